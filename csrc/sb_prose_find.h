/*
** sb_prose_find.h -- ci_find: where a lowercase literal first occurs in
** a text, ASCII case ignored, looked for by its least common byte (one
** memchr pass a case), found at compile time for a string literal
** (CI_FIND); find_any: whether one of a set of literals (a WordSet) is
** in a text.  Included by sb_prose.c alone, after lower(), byte_rank
** (sb_lower.h) and ci_at().
*/

#ifndef SB_PROSE_FIND_H
#define SB_PROSE_FIND_H

/* where a literal's least common byte is (the first of the rarest;
   byte_rank: sb_lower.h) */
static size_t rarest (const char *l, size_t ln) {
  size_t j, k = 0;
  int rk = -1;
  for (j = 0; j < ln; j++) {
    int r = byte_rank[(unsigned char)l[j]];
    if (r > rk) { rk = r; k = j; }
  }
  return k;
}

/*
** The same for a string literal (CI_FIND): the loop unrolled whole, so
** that GCC and clang fold it to a constant and a search pays nothing
** for it; other compilers run it.
*/
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 8)
#define SB_UNROLL  _Pragma("GCC unroll 64")
#define SB_ALWAYS_INLINE  __attribute__((always_inline))
#else
#define SB_UNROLL
#define SB_ALWAYS_INLINE
#endif

static inline SB_ALWAYS_INLINE size_t rarest_lit (const char *l, size_t ln) {
  size_t j, k = 0;
  int rk = -1;
  SB_UNROLL
  for (j = 0; j < ln; j++) {
    int r = byte_rank[(unsigned char)l[j]];
    if (r > rk) { rk = r; k = j; }
  }
  return k;
}

/* sixteen bytes a step (SSE2, GCC or clang) */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(SB_NO_SIMD)
#include <emmintrin.h>
#define SB_SIMD16  1
#else
#define SB_SIMD16  0
#endif

/* first occurrence of the lowercase literal 'l' in s[b..e), its byte k
   looked for first: its offset, or (size_t)-1.  Each occurrence of that
   byte, in either case (memchr; a letter's two cases sixteen bytes a
   step with SSE2), is checked whole: one pass over the text, linear in
   it.  Any k gives the same answer; the least common byte gives the
   fewest checks */
static size_t ci_find_k (const char *s, size_t b, size_t e, const char *l,
                         size_t ln, size_t k) {
  size_t i, last;
  int c;
  if (ln == 0 || e < b || e - b < ln) return (size_t)-1;
  c = (unsigned char)l[k];
  last = e - ln + k;  /* the last offset the byte k may be at */
  if (c < 'a' || c > 'z') {  /* a byte of one case: one memchr a step */
    const char *p = s + b + k, *end = s + last + 1;
    while ((p = (const char *)memchr(p, c, (size_t)(end - p))) != NULL) {
      if (ci_at(s, e, (size_t)(p - s) - k, l, ln)) return (size_t)(p - s) - k;
      if (++p == end) break;
    }
    return (size_t)-1;
  }
#if SB_SIMD16
  {  /* a letter: either case, bit 5 set (c | 0x20) */
    const char *p = s + b + k, *end = s + last + 1;
    for (; end - p >= 16; p += 16) {
      const __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)p),
                                     _mm_set1_epi8(0x20));
      unsigned hit = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)c)));
      for (; hit != 0; hit &= hit - 1) {
        i = (size_t)(p - s) + (size_t)__builtin_ctz(hit);
        if (ci_at(s, e, i - k, l, ln)) return i - k;
      }
    }
    if (p < end && end - (s + b + k) >= 16) {
      /* the last sixteen bytes once more, those looked at before left
         out of the mask (no byte outside the range read) */
      const char *q = end - 16;
      const __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)q),
                                     _mm_set1_epi8(0x20));
      unsigned hit = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)c)));
      for (hit &= 0xffffu << (unsigned)(p - q); hit != 0; hit &= hit - 1) {
        i = (size_t)(q - s) + (size_t)__builtin_ctz(hit);
        if (ci_at(s, e, i - k, l, ln)) return i - k;
      }
      return (size_t)-1;
    }
    for (; p < end; p++)
      if ((*p | 0x20) == c && ci_at(s, e, (size_t)(p - s) - k, l, ln))
        return (size_t)(p - s) - k;
    return (size_t)-1;
  }
#else
  {  /* a letter: the next of each case kept apart, each looked for
        again only once passed (a text holds few of one of them: one
        memchr a candidate, not two) */
    const char *end = s + last + 1, *lo, *up;
    lo = (const char *)memchr(s + b + k, c, (size_t)(end - (s + b + k)));
    up = (const char *)memchr(s + b + k, c - 32, (size_t)(end - (s + b + k)));
    while (lo != NULL || up != NULL) {
      const char *p = up == NULL || (lo != NULL && lo < up) ? lo : up;
      i = (size_t)(p - s);
      if (ci_at(s, e, i - k, l, ln)) return i - k;
      if (++p == end) break;
      if (p - 1 == lo) lo = (const char *)memchr(p, c, (size_t)(end - p));
      else up = (const char *)memchr(p, c - 32, (size_t)(end - p));
    }
  }
  return (size_t)-1;
#endif
}

/* the same, by the literal's least common byte */
static size_t ci_find (const char *s, size_t b, size_t e, const char *l,
                       size_t ln) {
  return ci_find_k(s, b, e, l, ln, rarest(l, ln));
}

/* the first byte from i on in s[..e) whose entry in 'tab' is not 0, or
   e: four bytes a bound check */
static inline SB_ALWAYS_INLINE size_t next_in (const unsigned char *tab,
                                               const char *s, size_t i,
                                               size_t e) {
  for (; e - i >= 4; i += 4) {  /* (i <= e) */
    if (tab[(unsigned char)s[i]]) return i;
    if (tab[(unsigned char)s[i + 1]]) return i + 1;
    if (tab[(unsigned char)s[i + 2]]) return i + 2;
    if (tab[(unsigned char)s[i + 3]]) return i + 3;
  }
  while (i < e && !tab[(unsigned char)s[i]]) i++;
  return i;
}

/*
** A filter before a search: the bytes of a text as a set of 64 (bit
** byte_bit[c] for byte c: a letter's two cases one bit, each digit,
** the blank and the ASCII marks their own, but for a few marks that
** share one; tab, line ends, the other controls and bytes of 128 and up
** share the last).  Where a lowercase literal occurs, ASCII case
** ignored, every bit of its set is in the text's: a literal with a bit
** the text lacks is not in it (LIT_OUT).
*/
/* the bit of byte c (c an int expression of 0..255) */
#define BIT_OF(c)  \
  ((((c) | 32) >= 'a' && ((c) | 32) <= 'z') ? ((c) | 32) - 'a'  /* 0..25 */ \
   : (c) >= '0' && (c) <= '9' ? (c) - '0' + 26                  /* 26..35 */ \
   : (c) >= ' ' && (c) <= '/' ? (c) - ' ' + 36                  /* 36..51 */ \
   : (c) >= ':' && (c) <= '@' ? (c) - ':' + 52                  /* 52..58 */ \
   : (c) == '[' ? 59 : (c) == ']' ? 60 : (c) == '_' ? 61 \
   : (c) >= '[' && (c) <= '~' ? 62 : 63)
#define BB1(c)  ((unsigned char)BIT_OF(c))
static const unsigned char byte_bit[256] = { SB_ALL256(BB1) };

/* the same as one bit set (bytes_of: one load a byte, no shift) */
#define BS1(c)  ((uint64_t)1 << BB1(c))
static const uint64_t byte_set[256] = { SB_ALL256(BS1) };
#undef BS1
#undef BB1
#undef BIT_OF

#define BYTE_BIT(c)  ((uint64_t)1 << byte_bit[(unsigned char)(c)])

static uint64_t bytes_of (const char *s, size_t b, size_t e) {
  uint64_t m = 0, m2 = 0;
  for (; b + 4 <= e; b += 4) {  /* (two sets: fewer dependent steps) */
    m |= byte_set[(unsigned char)s[b]] | byte_set[(unsigned char)s[b + 1]];
    m2 |= byte_set[(unsigned char)s[b + 2]] | byte_set[(unsigned char)s[b + 3]];
  }
  for (; b < e; b++) m |= byte_set[(unsigned char)s[b]];
  return m | m2;
}

/* the same for a string literal: a constant for GCC and clang */
static inline SB_ALWAYS_INLINE uint64_t bytes_lit (const char *l, size_t ln) {
  uint64_t m = 0;
  size_t j;
  SB_UNROLL
  for (j = 0; j < ln; j++) m |= BYTE_BIT(l[j]);
  return m;
}

/* 1 when the string literal 'lit' is in no text whose bytes are 'set' */
#define LIT_OUT(set, lit)  ((bytes_lit(lit, sizeof(lit) - 1) & ~(set)) != 0)

/* literals grouped by first byte: those starting with c are
   t[ord[start[c] .. start[c + 1])] (at most 255 literals), built once
   (indexes(), sb_prose_index.h) */
typedef struct WordSet {
  const char *const *t;        /* the lowercase literals */
  unsigned char start[257];
  unsigned char ord[255];
  unsigned short len[255];     /* each one's length */
  unsigned char first[256];    /* 1 for a byte whose lowercase starts one */
  unsigned char pair[512];     /* bit WS_PAIR(c0, c1) for the first two
                                  bytes of each literal, */
  int short_one;               /* unless one has fewer (then unused) */
} WordSet;

/* two lowercase bytes as one of 4096 */
#define WS_PAIR(c0, c1)  ((((unsigned)(c0) << 8 | (unsigned)(c1)) * 2654435761u) >> 20 & 4095u)

static void word_set (WordSet *x, const char *const *t, size_t nt) {
  unsigned char fill[256];
  size_t k;
  int c;
  x->t = t;
  memset(x->start, 0, sizeof x->start);
  for (k = 0; k < nt && k < 255; k++) {
    x->start[(unsigned char)t[k][0] + 1]++;
    x->len[k] = (unsigned short)strlen(t[k]);
  }
  for (c = 0; c < 256; c++) x->start[c + 1] += x->start[c];
  memcpy(fill, x->start, sizeof fill);
  for (k = 0; k < nt && k < 255; k++)
    x->ord[fill[(unsigned char)t[k][0]]++] = (unsigned char)k;
  for (c = 0; c < 256; c++)
    x->first[c] = x->start[lower(c)] != x->start[lower(c) + 1];
  memset(x->pair, 0, sizeof x->pair);
  x->short_one = 0;
  for (k = 0; k < nt && k < 255; k++) {
    unsigned h;
    if (x->len[k] < 2) { x->short_one = 1; continue; }
    h = WS_PAIR((unsigned char)t[k][0], (unsigned char)t[k][1]);
    x->pair[h >> 3] |= (unsigned char)(1u << (h & 7));
  }
}

/*
** Is one of the literals of x in s[b..e)?  Each position is tried
** against the literals that start with its byte only, and only when
** one starts with its first two bytes, lowercase (x->pair, hashed; a
** literal of one byte, x->short_one, makes every position tried).
*/
static int find_any (const WordSet *x, const char *s, size_t b, size_t e) {
  size_t i, k;
  if (s == NULL || e <= b) return 0;
  for (i = b; (i = next_in(x->first, s, i, e)) < e; i++) {
    int c = lower((unsigned char)s[i]);
    if (!x->short_one) {
      unsigned h;
      if (i + 1 >= e) break;  /* none fits */
      h = WS_PAIR(c, lower((unsigned char)s[i + 1]));
      if (!(x->pair[h >> 3] & (1u << (h & 7)))) continue;
    }
    for (k = x->start[c]; k < x->start[c + 1]; k++) {
      unsigned o = x->ord[k];
      if (ci_at(s, e, i, x->t[o], x->len[o])) return 1;
    }
  }
  return 0;
}

#endif
