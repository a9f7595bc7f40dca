/*
** sb_prose_index.h -- the marker phrases grouped by their first seven
** bytes, the phase phrases, the failure phrases and the word sets of
** find_any by their first byte, all built once and kept (indexes());
** the markers of a line (line_markers), kept for the next pass over it
** (markers_of).  Included by sb_prose.c alone, after the tables
** (sb_prose_words.h, sb_prose_lang.h), lower(), is_alnum(), ci_at(),
** WordSet and NONE.
*/

#ifndef SB_PROSE_INDEX_H
#define SB_PROSE_INDEX_H

#define NMARKERS  (sizeof markers / sizeof markers[0])

/* the first eight bytes at s (of which n, 8 at most, are there; the
   others 0) as one number, bit 5 of each set: a letter's two cases as
   one (and a few other bytes with them), so equal, once masked to the
   same bytes, for a phrase and for any text that starts with it in any
   case (a filter: ci_at decides) */
static inline uint64_t fold8 (const char *s, size_t n) {
  uint64_t v;
  if (n >= 8) memcpy(&v, s, 8);
  else {
    unsigned char t[8] = { 0, 0, 0, 0, 0, 0, 0, 0 };
    if (n > 0) memcpy(t, s, n);
    memcpy(&v, t, 8);
  }
  return v | 0x2020202020202020u;
}

/* a mask of the first n bytes (n <= 8) of what fold8 gives */
static uint64_t mask_of (size_t n) {
  unsigned char t[8] = { 0, 0, 0, 0, 0, 0, 0, 0 };
  uint64_t v;
  memset(t, 0xff, n);
  memcpy(&v, t, 8);
  return v;
}

#define MARK_BUCKETS  512
/* a marker's key (its first bytes folded) as one of MARK_BUCKETS */
#define MARK_HASH(k)  ((unsigned)(((k) * 0x9e3779b97f4a7c15u) >> 55))
/* the same as one of 32768 */
#define QUAD_HASH(k)  ((unsigned)(((k) * 0x9e3779b97f4a7c15u) >> 49))

/* the markers grouped by their first klen bytes (the length of the
   shortest marker, 8 at most), folded: those whose key hashes to h are
   ord[start[h] .. start[h + 1]), in table order (built once: indexes
   below) */
typedef struct MarkEnt {
  uint64_t key;              /* the marker's first klen bytes, fold8 */
  uint64_t key2;             /* its next (up to) eight, fold8, masked */
  uint64_t mask2;            /* the mask of key2's bytes that it has */
  unsigned short id;         /* its index in markers[] */
  unsigned char start_only;  /* M_START */
} MarkEnt;

/*
** With SSE2, the bytes of 0xC0 and up (UTF-8 lead bytes) that a table
** marks MC_FIRST, each in all sixteen lanes (the rest zero), for a scan
** of word starts (starts16) to pass over the others sixteen bytes at a
** time: CJK text has a lead byte every three bytes, nearly none of them
** a phrase's first.  n: how many, HI_MAX + 1 when more (then none is
** passed over).
*/
#define HI_MAX  8
#if SB_SIMD16
typedef struct HiBytes {
  __m128i v[HI_MAX];
  int n;
} HiBytes;
#define HI_FIELD  HiBytes hi;  /* (hi_bytes) */
#else
#define HI_FIELD
#endif

typedef struct MarkIdx {
  unsigned short start[MARK_BUCKETS + 1];
  MarkEnt ent[NMARKERS];     /* the markers, by group */
  size_t klen;               /* the bytes of the key */
  uint64_t kmask;            /* mask_of(klen) */
  unsigned char quad[4096];  /* bit QUAD_HASH(key) for each marker: most
                                text positions find theirs clear */
  unsigned char quad_mid[4096];  /* the same for the markers that may
                                    start mid-line (no M_START) */
  unsigned char first[256];  /* 1 for a byte a marker starts with, in
                                either case */
  unsigned char cls[256];    /* MC_FIRST (a byte a marker of no M_START
                                starts with, either case) | MC_ALNUM
                                (is_alnum) */
  int words;                 /* starts_in_words(cls) */
  HI_FIELD
} MarkIdx;

#define MC_FIRST  1
#define MC_ALNUM  2

#if SB_SIMD16
/* the HiBytes of a table 'cls' */
static void hi_bytes (HiBytes *x, const unsigned char *cls) {
  int c, n;
  for (n = 0; n < HI_MAX; n++) x->v[n] = _mm_setzero_si128();
  for (n = 0, c = 0xC0; c < 256; c++)
    if (cls[c] & MC_FIRST) {
      if (n < HI_MAX) x->v[n] = _mm_set1_epi8((char)c);
      n++;
    }
  x->n = n > HI_MAX ? HI_MAX + 1 : n;
}
#endif

static int starts_in_words (const unsigned char *cls);

typedef char marker_count_check[NMARKERS < 65536 ? 1 : -1];

static void mark_index (MarkIdx *x) {
  unsigned short fill[MARK_BUCKETS];
  unsigned char mid[256];  /* 1 for a byte a marker of no M_START starts
                              with, in either case */
  size_t k;
  int h;
  memset(x->start, 0, sizeof x->start);
  memset(x->quad, 0, sizeof x->quad);
  memset(x->quad_mid, 0, sizeof x->quad_mid);
  memset(x->first, 0, sizeof x->first);
  memset(mid, 0, sizeof mid);
  x->klen = 8;
  for (k = 0; k < NMARKERS; k++)
    if (markers[k].len < x->klen) x->klen = markers[k].len;
  x->kmask = mask_of(x->klen);
  for (k = 0; k < NMARKERS; k++) {
    const Marker *m = &markers[k];
    uint64_t key = fold8(m->w, x->klen) & x->kmask;
    unsigned q;
    unsigned char *f = (m->flags & M_START) ? x->first : mid;
    f[(unsigned char)m->w[0]] = 1;
    if (m->w[0] >= 'a' && m->w[0] <= 'z') f[(unsigned char)m->w[0] - 32] = 1;
    q = QUAD_HASH(key);
    x->quad[q >> 3] |= (unsigned char)(1u << (q & 7));
    if (!(m->flags & M_START)) x->quad_mid[q >> 3] |= (unsigned char)(1u << (q & 7));
    x->start[MARK_HASH(key) + 1]++;
  }
  for (h = 0; h < 256; h++) {
    x->first[h] |= mid[h];
    x->cls[h] = (unsigned char)((mid[h] ? MC_FIRST : 0)
                                | (is_alnum(h) ? MC_ALNUM : 0));
  }
  x->words = starts_in_words(x->cls);
#if SB_SIMD16
  hi_bytes(&x->hi, x->cls);
#endif
  for (h = 0; h < MARK_BUCKETS; h++) x->start[h + 1] += x->start[h];
  memcpy(fill, x->start, sizeof fill);
  for (k = 0; k < NMARKERS; k++) {  /* in table order within a group */
    const Marker *m = &markers[k];
    size_t rest = m->len - x->klen;
    uint64_t key = fold8(m->w, x->klen) & x->kmask;
    MarkEnt *t = &x->ent[fill[MARK_HASH(key)]++];
    t->key = key;
    t->mask2 = mask_of(rest < 8 ? rest : 8);
    t->key2 = fold8(m->w + x->klen, rest < 8 ? rest : 8) & t->mask2;
    t->id = (unsigned short)k;
    t->start_only = (m->flags & M_START) != 0;
  }
}

#define NPHASE  (sizeof phase_words / sizeof phase_words[0])
/* two bytes as one of 4096 */
#define PAIR_HASH(c0, c1)  \
  ((((unsigned)(c0) << 8 | (unsigned)(c1)) * 2654435761u) >> 20 & 4095u)

static int is_blank (int c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* the first eight bytes of s[i..n) as ws_at reads a phrase there:
   lowercase, a run of blanks and line ends as one space (those past the
   end 0), and how many there are in *len: equal for a phrase and any
   text that starts with it (a filter: ws_at decides) */
static uint64_t norm8 (const char *s, size_t n, size_t i, size_t *len) {
  unsigned char t[8] = { 0, 0, 0, 0, 0, 0, 0, 0 };
  uint64_t v;
  size_t k = 0;
  while (k < 8 && i < n) {
    int c = (unsigned char)s[i++];
    if (is_blank(c)) {
      while (i < n && is_blank((unsigned char)s[i])) i++;
      t[k++] = ' ';
    } else t[k++] = (unsigned char)lower(c);
  }
  memcpy(&v, t, 8);
  *len = k;
  return v;
}

/* the phase phrases grouped by first byte: those starting with c are
   phase_words[ord[start[c] .. start[c + 1])], in table order (built once:
   indexes below) */
typedef struct PhaseIdx {
  unsigned char start[257];
  unsigned char ord[NPHASE];
  unsigned char first[256];  /* 1 for a byte a phrase starts with, in
                                either case */
  uint64_t key[NPHASE];      /* norm8 of each phrase, masked to */
  uint64_t mask[NPHASE];     /* its bytes (8 at most) */
  unsigned char pair[512];   /* bit PAIR_HASH(c0, c1) for the first two
                                bytes of each phrase (a blank for a
                                space) */
  unsigned char cls[256];    /* MC_FIRST (first) | MC_ALNUM (is_alnum) */
  int words;                 /* starts_in_words(cls) */
  HI_FIELD
} PhaseIdx;

typedef char phase_count_check[NPHASE < 256 ? 1 : -1];

static void phase_index (PhaseIdx *x) {
  unsigned char fill[256];
  size_t k;
  int c;
  memset(x->start, 0, sizeof x->start);
  memset(x->first, 0, sizeof x->first);
  for (k = 0; k < NPHASE; k++) {
    int c0 = (unsigned char)phase_words[k].w[0];
    x->start[c0 + 1]++;
    x->first[c0] = 1;
    if (c0 >= 'a' && c0 <= 'z') x->first[c0 - 32] = 1;
  }
  for (c = 0; c < 256; c++) {
    x->start[c + 1] += x->start[c];
    x->cls[c] = (unsigned char)((x->first[c] ? MC_FIRST : 0)
                                | (is_alnum(c) ? MC_ALNUM : 0));
  }
  x->words = starts_in_words(x->cls);
#if SB_SIMD16
  hi_bytes(&x->hi, x->cls);
#endif
  memcpy(fill, x->start, sizeof fill);
  memset(x->pair, 0, sizeof x->pair);
  for (k = 0; k < NPHASE; k++) {
    const char *w = phase_words[k].w;
    size_t n;
    for (c = 0; c < 256; c++)  /* the second bytes it may be matched by */
      if (phase_words[k].len < 2 || (w[1] == ' ' ? is_blank(c) : lower(c) == (unsigned char)w[1])) {
        unsigned pr = PAIR_HASH((unsigned char)w[0], lower(c));
        x->pair[pr >> 3] |= (unsigned char)(1u << (pr & 7));
      }
    x->ord[fill[(unsigned char)w[0]]++] = (unsigned char)k;
    x->key[k] = norm8(phase_words[k].w, phase_words[k].len, 0, &n);
    x->mask[k] = mask_of(n);
  }
}

static int phase_in (const PhaseIdx *x, const char *s, size_t len);

/* the failure phrases of both tables (fail_words, fail_words_intl) */
#define NFAIL  (NELEM(fail_words) + NELEM(fail_words_intl))

static const FailWord *fail_word (size_t k) {
  return k < NELEM(fail_words) ? &fail_words[k]
       : &fail_words_intl[k - NELEM(fail_words)];
}

/* a failure phrase's first two bytes (c1 its second) as one of
   FAIL_BUCKETS */
#define FAIL_BUCKETS  1024
#define FAIL_HASH(c0, c1)  \
  ((((unsigned)(c0) << 8 | (unsigned)(c1)) * 2654435761u) >> 22 & (FAIL_BUCKETS - 1))

/* the word sets find_any looks in (word_sets() builds them) */
enum { WS_SENDERS, WS_SUBJECTS, WS_DELAY, WS_PERM, WS_MENTION, WS_NOUNS,
       WS_YOU, WS_OPENFAIL, NWS };

static void word_sets (WordSet *ws);

/* the fields of a forward's header block (fwd_fields, sb_prose_cues.h)
   by their first byte: fwd_fields[ord[start[c] .. start[c + 1])] start
   with c, in table order (fwd_index() builds it) */
#define FWD_MAX  96
typedef struct FwdIdx {
  unsigned char start[257];
  unsigned char ord[FWD_MAX];
  unsigned char len[FWD_MAX];   /* each field's length */
} FwdIdx;

static void fwd_index (FwdIdx *x);

/*
** The indexes, built by the first read and kept: its later reads,
** in any thread, use them as they are.  A read that finds them being
** built (by another thread) builds its own in 'mine'.  Without GCC's
** atomic builtins each read builds its own.
*/
typedef struct Idx {
  MarkIdx mx;
  PhaseIdx px;
  WordSet ws[NWS];                 /* WS_* */
  unsigned short fail_start[257];  /* the failure phrases by first byte: */
  unsigned short fail_ord[NFAIL];  /* fail_word(fail_ord[fail_start[c] ..
                                      fail_start[c + 1])] start with c */
  unsigned char fail_first[256];   /* 1 for a byte whose lowercase
                                      starts a failure phrase */
  int fail_two;                    /* every failure phrase has two bytes
                                      or more: fail2_* are made */
  unsigned short fail2_start[FAIL_BUCKETS + 1];  /* the same by their first
                                                    two bytes (FAIL_HASH) */
  unsigned short fail2_ord[NFAIL];
  FwdIdx fx;                       /* fwd_fields by first byte */
} Idx;

static void fail_index (Idx *x) {
  unsigned short fill[256], fill2[FAIL_BUCKETS];
  size_t k;
  int c, h;
  memset(x->fail_start, 0, sizeof x->fail_start);
  for (k = 0; k < NFAIL; k++) x->fail_start[(unsigned char)fail_word(k)->w[0] + 1]++;
  for (c = 0; c < 256; c++) x->fail_start[c + 1] += x->fail_start[c];
  memcpy(fill, x->fail_start, sizeof fill);
  for (k = 0; k < NFAIL; k++)
    x->fail_ord[fill[(unsigned char)fail_word(k)->w[0]]++] = (unsigned short)k;
  for (c = 0; c < 256; c++)
    x->fail_first[c] = x->fail_start[lower(c)] != x->fail_start[lower(c) + 1];
  x->fail_two = 1;
  memset(x->fail2_start, 0, sizeof x->fail2_start);
  for (k = 0; k < NFAIL; k++) {
    const FailWord *f = fail_word(k);
    if (f->len < 2) x->fail_two = 0;
    else x->fail2_start[FAIL_HASH((unsigned char)f->w[0], (unsigned char)f->w[1]) + 1]++;
  }
  for (h = 0; h < FAIL_BUCKETS; h++) x->fail2_start[h + 1] += x->fail2_start[h];
  memcpy(fill2, x->fail2_start, sizeof fill2);
  for (k = 0; k < NFAIL; k++) {
    const FailWord *f = fail_word(k);
    if (f->len >= 2)
      x->fail2_ord[fill2[FAIL_HASH((unsigned char)f->w[0], (unsigned char)f->w[1])]++]
        = (unsigned short)k;
  }
}

static void build_indexes (Idx *x) {
  mark_index(&x->mx);
  phase_index(&x->px);
  word_sets(x->ws);
  fail_index(x);
  fwd_index(&x->fx);
}

static const Idx *indexes (Idx *mine) {
#if defined(__GNUC__)
  static Idx kept;
  static int state;  /* 0 none, 1 being built, 2 built */
  int none = 0;
  if (__atomic_load_n(&state, __ATOMIC_ACQUIRE) == 2) return &kept;
  if (__atomic_compare_exchange_n(&state, &none, 1, 0, __ATOMIC_ACQ_REL,
                                  __ATOMIC_ACQUIRE)) {
    build_indexes(&kept);
    __atomic_store_n(&state, 2, __ATOMIC_RELEASE);
    return &kept;
  }
#endif
  build_indexes(mine);
  return mine;
}

/* ci_at for a marker, eight bytes a step (ieq8), the last few one by
   one: a marker read whole is long */
static int ci_at8 (const char *s, size_t n, size_t i, const char *l,
                   size_t ln) {
  size_t j;
  if (i > n || n - i < ln) return 0;
  for (j = 0; ln - j >= 8; j += 8)
    if (!ieq8(s + i + j, l + j)) return 0;
  return ci_at(s, n, i + j, l + j, ln - j);
}

/*
** The markers that start at i in a line that ends at e (i + klen <= e)
** added to out[n ..] (up to 'max' in all): the new count; 'mid' when i
** is past the line's start (a constant where inlined).  Only those
** whose first klen bytes, folded, hash to a bit set in x->quad
** (x->quad_mid past the line's start, where no M_START marker can be:
** most find it clear) are looked up, against the few markers whose
** first klen bytes hash as theirs; those whose folded keys differ are
** passed over without a comparison.
*/
static inline SB_ALWAYS_INLINE int markers_at (const MarkIdx *x,
                                               const char *s, int mid,
                              size_t e, size_t i, size_t *pos,
                              const Marker **out, int n, int max) {
  uint64_t key = fold8(s + i, e - i) & x->kmask, key2;
  unsigned q = QUAD_HASH(key), h;
  const unsigned char *quad = mid ? x->quad_mid : x->quad;
  size_t k;
  if (!(quad[q >> 3] & (1u << (q & 7)))) return n;
  h = MARK_HASH(key);
  /* the next eight bytes, to pass over markers of the same first bytes
     without comparing them whole */
  key2 = fold8(s + i + x->klen, e - i - x->klen);
  for (k = x->start[h]; k < x->start[h + 1] && n < max; k++) {
    const MarkEnt *t = &x->ent[k];
    if (t->key != key || (t->start_only && mid)
        || (key2 & t->mask2) != t->key2
        || !ci_at8(s, e, i, markers[t->id].w, markers[t->id].len))
      continue;
    pos[n] = i;
    out[n++] = &markers[t->id];
  }
  return n;
}

/*
** Word starts.  A scan of a text for phrases tries each byte 'cls' marks
** MC_FIRST (a phrase starts with it) whose byte before is no ASCII
** letter or digit (MC_ALNUM): a phrase starts a word, or after a mark.
** With SSE2, sixteen bytes a step: those after a letter or digit are
** passed over, and so are blanks, controls and the middle bytes of a
** UTF-8 character (0x80..0xBF), when the table marks none of them
** (starts_in_words() tells); the rest are looked up.  Without it, word
** by word (alnum_end), runs of bytes of neither class at once (next_in).
*/

/* do the bytes starts16 passes over all lack MC_FIRST in cls? */
static int starts_in_words (const unsigned char *cls) {
  int c;
  for (c = 0; c < 256; c++)
    if ((c <= ' ' || (c >= 0x80 && c < 0xC0)) && (cls[c] & MC_FIRST)) return 0;
  return 1;
}

#if !SB_SIMD16
/* the first byte from i on in s[..e) that is no letter or digit (bit
   MC_ALNUM of 'cls' clear), or e: four bytes a bound check */
static inline SB_ALWAYS_INLINE size_t alnum_end (const unsigned char *cls,
                                                 const char *s, size_t i,
                                                 size_t e) {
  for (; e - i >= 4; i += 4) {  /* (i <= e) */
    if (!(cls[(unsigned char)s[i]] & MC_ALNUM)) return i;
    if (!(cls[(unsigned char)s[i + 1]] & MC_ALNUM)) return i + 1;
    if (!(cls[(unsigned char)s[i + 2]] & MC_ALNUM)) return i + 2;
    if (!(cls[(unsigned char)s[i + 3]] & MC_ALNUM)) return i + 3;
  }
  while (i < e && (cls[(unsigned char)s[i]] & MC_ALNUM)) i++;
  return i;
}
#endif

#if SB_SIMD16
/* bit k for each of the sixteen bytes at s + k (s[-1] read too) whose
   byte before is no ASCII letter or digit and that is no blank, control
   or middle byte of a UTF-8 character.  (x - lo) < n, unsigned, is
   (x - lo) ^ 0x80 < n - 128, signed */
static inline SB_ALWAYS_INLINE unsigned starts16 (const char *s) {
  const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  const __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(s - 1));
  const __m128i flip = _mm_set1_epi8(-128);
  __m128i l = _mm_sub_epi8(_mm_or_si128(w, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
  __m128i d = _mm_sub_epi8(w, _mm_set1_epi8('0'));
  __m128i skip = _mm_or_si128(
    _mm_cmplt_epi8(_mm_xor_si128(l, flip), _mm_set1_epi8(26 - 128)),  /* after a letter */
    _mm_cmplt_epi8(_mm_xor_si128(d, flip), _mm_set1_epi8(10 - 128)));  /* or a digit */
  skip = _mm_or_si128(skip, _mm_cmplt_epi8(_mm_xor_si128(v, flip),
                                           _mm_set1_epi8(0x21 - 128)));  /* 0..0x20 */
  skip = _mm_or_si128(skip, _mm_cmplt_epi8(v, _mm_set1_epi8(0x40 - 128)));  /* 0x80..0xBF */
  return (unsigned)_mm_movemask_epi8(skip) ^ 0xffffu;
}

/* bit k for each of the sixteen bytes at s + k of 0x80 and up that is
   none of h's (starts16 leaves the middle bytes out already); none
   compared where all sixteen are ASCII */
static inline SB_ALWAYS_INLINE unsigned high_out16 (const HiBytes *h,
                                                    const char *s) {
  const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  unsigned m = (unsigned)_mm_movemask_epi8(v);
  __m128i keep = _mm_setzero_si128();
  int k;
  if (m == 0 || h->n > HI_MAX) return 0;
  SB_UNROLL
  for (k = 0; k < HI_MAX; k++) keep = _mm_or_si128(keep, _mm_cmpeq_epi8(v, h->v[k]));
  return m & ~(unsigned)_mm_movemask_epi8(keep);
}
#endif

/*
** Markers in the line [b, e): fills 'out' with up to 'max' of them, in
** the order they start.  Only b is tried whose byte starts a marker in
** either case (x->first), and past it the word starts of bytes a marker
** of no M_START starts with.
*/
static int line_markers (const MarkIdx *x, const char *s, size_t b,
                         size_t e, size_t *pos, const Marker **out, int max) {
  size_t i, lim;
  int n = 0;
  if (max <= 0 || e < b || e - b < x->klen) return 0;
  lim = e - x->klen + 1;  /* past the last start a marker fits at */
  if (x->first[(unsigned char)s[b]]) {  /* the line's start */
    n = markers_at(x, s, 0, e, b, pos, out, n, max);
    if (n >= max) return n;
  }
#if SB_SIMD16
  i = b + 1;
  if (x->words)  /* (i < lim while sixteen bytes are left: klen <= 8) */
    for (; e - i >= 16; i += 16) {
      unsigned c = starts16(s + i) & ~high_out16(&x->hi, s + i);
      if (lim - i < 16) c &= (1u << (lim - i)) - 1;
      for (; c != 0; c &= c - 1) {
        size_t j = i + (size_t)__builtin_ctz(c);
        if (!(x->cls[(unsigned char)s[j]] & MC_FIRST)) continue;
        n = markers_at(x, s, 1, e, j, pos, out, n, max);
        if (n >= max) return n;
      }
    }
  for (; i < lim; i++)  /* (one byte a step) */
    if ((x->cls[(unsigned char)s[i]] & MC_FIRST)
        && !(x->cls[(unsigned char)s[i - 1]] & MC_ALNUM)) {
      n = markers_at(x, s, 1, e, i, pos, out, n, max);
      if (n >= max) return n;
    }
#else
  /* word by word: past the first, then each byte after a word's end */
  i = (x->cls[(unsigned char)s[b]] & MC_ALNUM) ? alnum_end(x->cls, s, b + 1, e) + 1 : b + 1;
  while (i < lim) {
    int k = x->cls[(unsigned char)s[i]];
    if (k == 0) {  /* (bytes that are neither, stepped over in a run) */
      i = next_in(x->cls, s, i + 1, lim);
      continue;
    }
    if (k & MC_FIRST) {
      n = markers_at(x, s, 1, e, i, pos, out, n, max);
      if (n >= max) return n;
    }
    if (k & MC_ALNUM) i = alnum_end(x->cls, s, i + 1, e);  /* to the word's
                                                              end, */
    i++;  /* and past the byte after it */
  }
#endif
  return n;
}

/*
** The markers of a line kept for the next pass over it (the family
** pass, the list pass and the generic ones read the same lines): one
** slot per line start, hashed; a line whose slot holds another is read
** again.  Lines over 65535 bytes are not kept.
*/
#define MC_BITS   9
#define MC_SLOTS  (1 << MC_BITS)

typedef struct MarkSlot {
  size_t b;                 /* the line's start (when the slot is used) */
  unsigned short len;       /* and its length */
  unsigned char n;          /* its markers (at most 4) */
  unsigned short id[4];     /* each one's index in markers[] */
  unsigned short off[4];    /* where each starts, from b */
} MarkSlot;

typedef struct MarkCache {
  uint64_t used[MC_SLOTS / 64];  /* bit k: slot k holds a line */
  MarkSlot slot[MC_SLOTS];
} MarkCache;

static void mark_cache_init (MarkCache *mc) {
  memset(mc->used, 0, sizeof mc->used);  /* the slots need no clearing */
}

/* line_markers(x, s, b, e, pos, out, 4), through the cache 'mc' */
static int markers_of (const MarkIdx *x, MarkCache *mc, const char *s,
                       size_t b, size_t e, size_t *pos, const Marker **out) {
  MarkSlot *sl;
  unsigned h;
  uint64_t bit;
  int n, k;
  if (e - b > 0xffff) return line_markers(x, s, b, e, pos, out, 4);
  h = (((unsigned)b * 2654435761u) & 0xffffffffu) >> (32 - MC_BITS);
  sl = &mc->slot[h];
  bit = (uint64_t)1 << (h & 63);
  if ((mc->used[h >> 6] & bit) && sl->b == b && sl->len == e - b) {
    for (k = 0; k < sl->n; k++) {
      pos[k] = b + sl->off[k];
      out[k] = &markers[sl->id[k]];
    }
    return sl->n;
  }
  n = line_markers(x, s, b, e, pos, out, 4);
  mc->used[h >> 6] |= bit;
  sl->b = b;
  sl->len = (unsigned short)(e - b);
  sl->n = (unsigned char)n;
  for (k = 0; k < n; k++) {
    sl->id[k] = (unsigned short)(out[k] - markers);
    sl->off[k] = (unsigned short)(pos[k] - b);
  }
  return n;
}

#endif
