/*
** sb_mime.c -- MIME pieces of the bounce-mail reader (sb_mime.h): the
** per-message memory, header blocks, parameters (RFC 2045, RFC 2231),
** transfer encodings (base64, quoted-printable) and conversion to UTF-8
** (iconv(3), RFC 2047 encoded words).  Nothing fails on bad bytes: a bad
** base64 character is skipped, a bad charset read as UTF-8, a byte that
** is no character becomes U+FFFD.
*/

#define _POSIX_C_SOURCE 200809L  /* iconv */

#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sb_mime.h"


/* {======================================================================
** Memory: blocks freed together with the message
** ======================================================================= */

typedef struct Block {
  struct Block *next;   /* the block allocated before */
  size_t size;          /* bytes of data */
  size_t used;          /* bytes handed out */
} Block;

#define BLOCK_MIN   ((size_t)16 << 10)
#define ALIGN(n)    (((n) + 15) & ~(size_t)15)
#define HDR         ALIGN(sizeof(Block))

void *sb_mime_alloc (sb_mail *m, size_t n) {
  Block *b = (Block *)m->arena;
  n = ALIGN(n ? n : 1);
  if (m->buf != NULL && m->bufsize - m->bufused >= n) {  /* the caller's */
    m->bufused += n;
    return m->buf + m->bufused - n;
  }
  if (b == NULL || b->size - b->used < n) {
    size_t size = n > BLOCK_MIN ? n : BLOCK_MIN;
    Block *nb;
    if (size > ((size_t)-1) - HDR || (nb = (Block *)malloc(HDR + size)) == NULL) {
      m->nomem = 1;
      return NULL;
    }
    nb->size = size;
    nb->used = 0;
    if (b != NULL && size > BLOCK_MIN) {  /* a big one: keep the old open */
      nb->next = b->next;
      b->next = nb;
      nb->used = n;
      return (char *)nb + HDR;
    }
    nb->next = b;
    m->arena = b = nb;
  }
  b->used += n;
  return (char *)b + HDR + b->used - n;
}

void sb_mime_arena_free (sb_mail *m) {
  Block *b = (Block *)m->arena;
  while (b != NULL) {
    Block *next = b->next;
    free(b);
    b = next;
  }
  m->arena = NULL;
}

/* }====================================================================== */


/* {======================================================================
** Small string helpers
** ======================================================================= */

#include "sb_lower.h"  /* lower(): ASCII case folding by a table */

static int is_space (int c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* is c (a byte) one of the bytes below 64 set in 'set' (BIT64 of each):
   one test for a set of blanks and marks */
#define BIT64(c)  ((uint64_t)1 << (c))
static int in_set64 (int c, uint64_t set) {
  return c < 64 && ((set >> c) & 1) != 0;
}
#define SPACES64  (BIT64(' ') | BIT64('\t') | BIT64('\r') | BIT64('\n'))

int sb_mime_ieq (const char *s, size_t n, const char *w) {
  size_t i;
  for (i = 0; i < n; i++) {
    int a = (unsigned char)s[i], b = (unsigned char)w[i];
    if (b == '\0') return 0;
    if (a != b && lower(a) != lower(b)) return 0;  /* (most bytes are equal) */
  }
  return w[n] == '\0';
}

/* bit 7 of a byte of the result set where v has the byte c or C (and
   maybe in a byte above one that has: a filter) */
SB_WORD_FN uint64_t has_either8 (uint64_t v, int c, int C) {
  const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
  uint64_t x = v ^ (one * (unsigned char)c), y = v ^ (one * (unsigned char)C);
  return (((x - one) & ~x) | ((y - one) & ~y)) & hi;
}

/* does w (wl bytes) start at s, ASCII case ignored */
static int ieq_at (const char *s, const char *w, size_t wl) {
  size_t j;
  for (j = 0; j < wl; j++)
    if (lower((unsigned char)s[j]) != lower((unsigned char)w[j])) return 0;
  return 1;
}

/*
** The word's least common byte (byte_rank), at its offset k, looked for
** first, each place it is at checked whole: a byte of one case by
** memchr, a letter in either case sixteen text bytes a step (SSE2) or
** eight (the bytes of a step that may be it in turn).  The places are tried in order: the
** first occurrence.
*/
const char *sb_mime_ifind (const char *s, size_t n, const char *w) {
  size_t i, j, k = 0, wl = strlen(w), last;
  int c, C, rk = -1;
  if (wl == 0) return s;
  if (n < wl) return NULL;
  for (j = 0; j < wl; j++) {  /* (the first of the rarest) */
    int r = byte_rank[(unsigned char)w[j]];
    if (r > rk) { rk = r; k = j; }
  }
  c = lower((unsigned char)w[k]);
  last = n - wl + k;  /* the last offset byte k may be at */
  if (c < 'a' || c > 'z') {
    const char *p = s + k, *end = s + last + 1;
    for (; p < end && (p = (const char *)memchr(p, c, (size_t)(end - p))) != NULL; p++)
      if (ieq_at(p - k, w, wl)) return p - k;
    return NULL;
  }
  C = c - 32;
  i = k;
#if SB_MIME_SIMD16
  for (; n - i >= 16 && i <= last; i += 16) {  /* (c | 0x20: either case) */
    const __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + i)),
                                   _mm_set1_epi8(0x20));
    unsigned hit = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)c)));
    for (; hit != 0; hit &= hit - 1) {
      size_t at = i + (size_t)__builtin_ctz(hit);
      if (at > last) return NULL;
      if (ieq_at(s + at - k, w, wl)) return s + at - k;
    }
  }
  if (i <= last && n >= 16) {  /* the last sixteen bytes once more, those
                                  looked at before masked out */
    const __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(s + n - 16)),
                                   _mm_set1_epi8(0x20));
    unsigned hit = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)c)));
    for (hit &= 0xffffu << (unsigned)(i - (n - 16)); hit != 0; hit &= hit - 1) {
      size_t at = n - 16 + (size_t)__builtin_ctz(hit);
      if (at > last) return NULL;
      if (ieq_at(s + at - k, w, wl)) return s + at - k;
    }
    return NULL;
  }
#endif
  for (; n - i >= 8 && i <= last; i += 8) {
    uint64_t hit;
    for (hit = has_either8(load8(s + i), c, C); hit != 0; hit &= hit - 1) {
      size_t at = i + low_byte(hit);
      if (at > last) return NULL;
      if (lower((unsigned char)s[at]) == c && ieq_at(s + at - k, w, wl)) return s + at - k;
    }
  }
  for (; i <= last; i++)
    if (lower((unsigned char)s[i]) == c && ieq_at(s + i - k, w, wl)) return s + i - k;
  return NULL;
}

int sb_mime_icontains (const char *s, size_t n, const char *w) {
  return sb_mime_ifind(s, n, w) != NULL;
}

sb_mstr sb_mime_trim (const char *s, size_t n) {
  sb_mstr r;
  while (n > 0 && is_space((unsigned char)*s)) { s++; n--; }
  while (n > 0 && is_space((unsigned char)s[n - 1])) n--;
  r.p = s;
  r.n = n;
  return r;
}

/* }====================================================================== */


/* {======================================================================
** Header blocks
** ======================================================================= */

/* the end of the line at 'p' (its "\n", or 'e') */
static const char *eol (const char *p, const char *e) {
  const char *nl = sb_mime_nl(p, e);
  return nl ? nl : e;
}

/* bit 7 of each byte of v set where the byte ends a field name: a
   blank or a control (up to ' '), 127 and up, ':' (each byte's low
   seven bits compared by one addition, which never carries into the
   next byte) */
SB_WORD_FN uint64_t name_ends8 (uint64_t v) {
  const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
  uint64_t t = v & ~hi, z = t ^ (one * ':');
  return (v | ~(t + one * (0x80 - 0x21)) | (t + one) | ~(z + one * 0x7f)) & hi;
}

#if SB_MIME_SIMD16
/* bit k set for each of the sixteen bytes at s + k that name_ends8
   marks: out of 0x21..0x7e ((c - 0x21) ^ 0x80 not below 0x5e - 128,
   signed), or ':' */
static inline __attribute__((always_inline)) unsigned name_ends16 (const char *s) {
  const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
  __m128i in = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8(0x21)),
                                            _mm_set1_epi8(-128)),
                              _mm_set1_epi8(0x5e - 128));
  return ((unsigned)_mm_movemask_epi8(in) ^ 0xffffu)
         | (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
}
#endif

/* where the field name at q ends (before le): the first byte
   name_ends8 marks, or le; sixteen bytes a step (SSE2), else eight */
static inline const char *name_end (const char *q, const char *le) {
#if SB_MIME_SIMD16
  for (; le - q >= 16; q += 16) {
    unsigned m = name_ends16(q);
    if (m != 0) return q + __builtin_ctz(m);
  }
#endif
  for (; le - q >= 8; q += 8) {
    uint64_t m = name_ends8(load8(q));
    if (m != 0) return q + low_byte(m);
  }
  while (q < le && *q > ' ' && *q < 127 && *q != ':') q++;
  return q;
}

/* a field name: printable ASCII but ':', then ':' (blanks allowed
   before it); returns the colon, or NULL, and where the name ends in
   *ne */
SB_WORD_FN const char *field_colon (const char *p, const char *le,
                                   const char **ne) {
  const char *q = name_end(p, le);
  if (q == p) return NULL;
  *ne = q;
  while (q < le && (*q == ' ' || *q == '\t')) q++;
  return (q < le && *q == ':') ? q : NULL;
}

/* is the line [p, le) empty (perhaps a lone "\r") */
static int blank_line (const char *p, const char *le) {
  return le == p || (le - p == 1 && *p == '\r');
}

/* the rest of a header block cut at a cap: to after its blank line (or
   the end); sets the flag */
static const char *skip_block (sb_mail *m, const char *p, const char *e) {
  m->flags |= SB_MAIL_F_HEADER;
  while (p < e) {
    const char *le = eol(p, e), *next = le < e ? le + 1 : e;
    if (blank_line(p, le)) return next;
    p = next;
  }
  return p;
}

/* a line of a field's value that lost the blank folding starts it with
   ("Received: from a by b\nid 1234; Wed, 5 Feb 1997 ..." as some MTAs
   and pastes write it): the line is no field, and the block goes on
   from 'next' with fields, their folds and such lines, never more than
   SB_MIME_LOST_RUN of them in a row (a value wrapped twice or more
   without its blanks: "...designates\n1.2.3.4 as permitted sender)\n
   envelope-from=a@b;\nReceived: ..."), to its blank line with a field
   before it (within SB_MIME_FOLD_LINES lines) */
#if !defined(SB_MIME_FOLD_LINES)
#define SB_MIME_FOLD_LINES  64
#endif
#define SB_MIME_LOST_RUN  4
static int lost_fold (const char *next, const char *e) {
  int k, run = 1, fields = 0;
  const char *ne;
  for (k = 0; k < SB_MIME_FOLD_LINES && next < e; k++) {
    const char *le = eol(next, e);
    if (blank_line(next, le)) return fields > 0;
    if (*next == ' ' || *next == '\t') run = 0;
    else if (field_colon(next, le, &ne) != NULL) { run = 0; fields++; }
    else if (++run > SB_MIME_LOST_RUN) return 0;
    next = le < e ? le + 1 : e;
  }
  return 0;
}

void sb_mime_headers (sb_mail *m, const char *s, size_t len, sb_hblock *hb) {
  const char *p = s, *e = s + len;
  sb_hfield *last = NULL;
  hb->n = 0;
  while (p < e) {
    const char *le = eol(p, e), *next = le < e ? le + 1 : e, *colon, *ne;
    int cut = 0;
    if (blank_line(p, le)) { p = next; break; }
    if ((size_t)(p - s) >= SB_MAIL_MAX_HEADER) { p = skip_block(m, p, e); break; }
    if ((size_t)(le - s) > SB_MAIL_MAX_HEADER) {
      /* a line across the cap: cut there, between characters (3 bytes
         back at most, never to its start), the rest skipped below */
      le = s + SB_MAIL_MAX_HEADER;
      while (cut < 3 && le - 1 > p && ((unsigned char)*le & 0xC0) == 0x80) { le--; cut++; }
      next = le;
      cut = 1;
    }
    if (*p == ' ' || *p == '\t') {  /* continuation */
      if (last) last->vlen = (size_t)(le - last->val);
    } else if ((colon = field_colon(p, le, &ne)) != NULL) {
      if (hb->n < SB_MAIL_MAX_FIELDS) {
        last = &hb->f[hb->n++];
        last->name = p;
        last->nlen = (size_t)(ne - p);  /* (the blanks before ':' off) */
        last->val = colon + 1;
        last->vlen = (size_t)(le - colon - 1);
      } else {
        m->flags |= SB_MAIL_F_HEADER;
        last = NULL;
      }
    } else if (p == s && le - p > 5 && memcmp(p, "From ", 5) == 0) {
      /* an mbox separator line before the first field */
    } else if (last != NULL && !cut && lost_fold(next, e)) {
      last->vlen = (size_t)(le - last->val);  /* a fold whose blank was lost */
    } else {
      break;  /* no field: the body starts here (no blank line) */
    }
    p = next;
    if (cut) { p = skip_block(m, p, e); break; }
  }
  hb->body = (size_t)(p - s);
}

const sb_hfield *sb_mime_field (const sb_hblock *hb, const char *name) {
  size_t i, nl = strlen(name);
  int c0 = lower((unsigned char)name[0]);
  for (i = 0; i < hb->n; i++)  /* (the length and the first byte first) */
    if (hb->f[i].nlen == nl && lower((unsigned char)hb->f[i].name[0]) == c0
        && sb_mime_ieq(hb->f[i].name, nl, name)) return &hb->f[i];
  return NULL;
}

const sb_hfield *sb_mime_field_n (const sb_hblock *hb, const char *name,
                                  size_t nl) {
  size_t i;
  for (i = 0; i < hb->n; i++)  /* (the length and the first byte first) */
    if (hb->f[i].nlen == nl
        && lower((unsigned char)hb->f[i].name[0]) == (unsigned char)name[0]
        && sb_mime_ieq_n(hb->f[i].name, name, nl)) return &hb->f[i];
  return NULL;
}

sb_mstr sb_mime_unfold (sb_mail *m, const char *v, size_t n) {
  sb_mstr t = sb_mime_trim(v, n), r;
  char *out;
  size_t i, k = 0;
  if (t.n == 0 || (memchr(t.p, '\n', t.n) == NULL && memchr(t.p, '\r', t.n) == NULL))
    return t;
  out = (char *)sb_mime_alloc(m, t.n);
  if (out == NULL) { t.n = 0; return t; }
  for (i = 0; i < t.n; i++) {
    unsigned char c = (unsigned char)t.p[i];
    if (c == '\r' || c == '\n') {
      while (k > 0 && (out[k - 1] == ' ' || out[k - 1] == '\t')) k--;
      while (i + 1 < t.n && is_space((unsigned char)t.p[i + 1])) i++;
      out[k++] = ' ';
    } else {
      out[k++] = (char)c;
    }
  }
  r.p = out;
  r.n = k;
  return r;
}

/* }====================================================================== */


/* {======================================================================
** Parameters (RFC 2045, RFC 2231)
** ======================================================================= */

void sb_mime_ctype (const char *v, size_t n, char *type, size_t tsize) {
  size_t i = 0, k = 0;
  while (i < n && is_space((unsigned char)v[i])) i++;
  for (; i < n && k + 1 < tsize; i++) {
    unsigned char c = (unsigned char)v[i];
    if (in_set64(c, SPACES64 | BIT64(';') | BIT64('(') | BIT64('"'))) break;
    type[k++] = (char)lower(c);
  }
  type[k] = '\0';
  if (memchr(type, '/', k) == NULL) type[0] = '\0';
}

#define MAX_SECTIONS 32
typedef char sections_check[MAX_SECTIONS <= 32 ? 1 : -1];  /* a bit each (sb_mime_param) */

static int hexval (int c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

/* one parameter value at v[*i]: a quoted string or a token; returns
   its span (quotes removed, escapes still in) and moves *i past it */
static sb_mstr param_value (const char *v, size_t n, size_t *i, int *quoted) {
  sb_mstr r;
  size_t j = *i;
  *quoted = 0;
  if (j < n && v[j] == '"') {
    size_t st = ++j;
    while (j < n && v[j] != '"') {
#if SB_MIME_SIMD16
      if (n - j >= 16) {  /* to the next quote or backslash, sixteen bytes
                             a step */
        const __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(v + j));
        unsigned m = (unsigned)_mm_movemask_epi8(
          _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                       _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
        if (m == 0) {
          j += 16;
          continue;
        }
        j += (size_t)__builtin_ctz(m);
        if (v[j] == '"') break;
      }
#endif
      j += (v[j] == '\\' && j + 1 < n) ? 2 : 1;
    }
    r.p = v + st;
    r.n = (j < n ? j : n) - st;
    if (j < n) j++;
    *quoted = 1;
  } else {
    size_t st = j;
    while (j < n && !in_set64((unsigned char)v[j], SPACES64 | BIT64(';'))) j++;
    r.p = v + st;
    r.n = j - st;
  }
  *i = j;
  return r;
}

/* append section 'sv' to 'out' (at *k): escapes of quoted strings
   removed, %XX decoded when 'ext' (after a charset'lang' prefix when
   'first') */
static void put_section (char *out, size_t *k, sb_mstr sv, int quoted, int ext,
                         int first) {
  size_t j = 0;
  if (ext && first) {  /* charset'language'value */
    const char *q1 = (const char *)memchr(sv.p, '\'', sv.n), *q2;
    if (q1 && (q2 = (const char *)memchr(q1 + 1, '\'', sv.n - (size_t)(q1 + 1 - sv.p))))
      j = (size_t)(q2 + 1 - sv.p);
  }
  for (; j < sv.n; j++) {
    int c = (unsigned char)sv.p[j], h, l;
    if (quoted && c == '\\' && j + 1 < sv.n) c = (unsigned char)sv.p[++j];
    else if (ext && c == '%' && j + 2 < sv.n + 0 && (h = hexval((unsigned char)sv.p[j + 1])) >= 0
             && (l = hexval((unsigned char)sv.p[j + 2])) >= 0) {
      c = h * 16 + l;
      j += 2;
    }
    out[(*k)++] = (char)c;
  }
}

/* one parameter: its attribute (span), RFC 2231 section number (-1
   none) and '*' mark, its value (quotes removed) */
typedef struct Param {
  sb_mstr attr;
  int num;
  int ext;
  int quoted;
  sb_mstr val;
} Param;

/* the next parameter at or after v[*i] (after a ';'); 0 at the end */
static int next_param (const char *v, size_t n, size_t *pi, Param *p) {
  size_t i = *pi, a;
  for (;;) {
    while (i < n && v[i] != ';') {  /* to the next ';' (skip the type) */
      if (v[i] == '"') { param_value(v, n, &i, &p->quoted); continue; }
      i++;
    }
    if (i >= n) { *pi = i; return 0; }
    i++;
    while (i < n && is_space((unsigned char)v[i])) i++;
    a = i;
    while (i < n && !in_set64((unsigned char)v[i], SPACES64 | BIT64('=') | BIT64(';')
                                                   | BIT64('*')))
      i++;
    p->attr.p = v + a;
    p->attr.n = i - a;
    p->num = -1;
    p->ext = 0;
    if (i < n && v[i] == '*') {  /* name*, name*N, name*N* */
      i++;
      p->num = 0;
      if (i < n && v[i] >= '0' && v[i] <= '9') {
        while (i < n && v[i] >= '0' && v[i] <= '9') {
          if (p->num < 1000) p->num = p->num * 10 + (v[i] - '0');
          i++;
        }
        if (i < n && v[i] == '*') { p->ext = 1; i++; }
      } else {
        p->ext = 1;
      }
    }
    while (i < n && is_space((unsigned char)v[i])) i++;
    if (i >= n || v[i] != '=') continue;
    i++;
    while (i < n && is_space((unsigned char)v[i])) i++;
    p->val = param_value(v, n, &i, &p->quoted);
    *pi = i;
    return 1;
  }
}

int sb_mime_param (sb_mail *m, const char *v, size_t n, const char *name,
                   sb_mstr *out) {
  Param sec[MAX_SECTIONS], plain, p;
  size_t i = 0, nl = strlen(name), total = 0, k;
  int have_plain = 0, nsec = 0, s;
  uint32_t got = 0;  /* bit s: sec[s] is filled (the others unset) */
  char *buf;
  memset(&plain, 0, sizeof plain);
  while (next_param(v, n, &i, &p)) {
    if (p.attr.n != nl || !sb_mime_ieq(p.attr.p, p.attr.n, name)) continue;
    if (p.num < 0) {
      if (!have_plain) { plain = p; have_plain = 1; }
    } else if (p.num < MAX_SECTIONS && !(got >> p.num & 1)) {
      sec[p.num] = p;
      got |= (uint32_t)1 << p.num;
      if (p.num + 1 > nsec) nsec = p.num + 1;
    }
  }
  if (nsec == 0 || !(got & 1)) {  /* the plain form */
    if (!have_plain) return 0;
    if (!plain.quoted || memchr(plain.val.p, '\\', plain.val.n) == NULL) {
      *out = plain.val;
      return 1;
    }
    sec[0] = plain;
    nsec = 1;
    got |= 1;
  }
  for (s = 0; s < nsec && (got >> s & 1); s++) total += sec[s].val.n;
  buf = (char *)sb_mime_alloc(m, total);
  if (buf == NULL) return 0;
  k = 0;
  for (s = 0; s < nsec && (got >> s & 1); s++)
    put_section(buf, &k, sec[s].val, sec[s].quoted, sec[s].ext, s == 0);
  out->p = buf;
  out->n = k;
  return 1;
}

/* }====================================================================== */


/* {======================================================================
** Transfer encodings
** ======================================================================= */

int sb_mime_cte (const char *v, size_t n) {
  sb_mstr t = sb_mime_trim(v, n);
  if (sb_mime_ieq(t.p, t.n, "base64")) return SB_CTE_BASE64;
  if (sb_mime_ieq(t.p, t.n, "quoted-printable")) return SB_CTE_QP;
  return SB_CTE_PLAIN;
}

static int b64val (int c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;  /* '-', '_': the URL alphabet */
  if (c == '/' || c == '_') return 63;
  return -1;
}

/* base64 of [s, s+n) into 'out' (n * 3 / 4 + 3 bytes); characters
   outside the alphabet are skipped, the first '=' ends the data */
static size_t unbase64 (const char *s, size_t n, char *out) {
  size_t i, k = 0;
  unsigned acc = 0;
  int bits = 0;
  for (i = 0; i < n; i++) {
    int d = b64val((unsigned char)s[i]);
    if (d < 0) {
      if (s[i] == '=') break;  /* padding: the end of the data */
      continue;
    }
    acc = (acc << 6) | (unsigned)d;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (char)((acc >> bits) & 0xFF);
    }
  }
  return k;
}

/* quoted-printable into 'out' (n bytes at most) */
static size_t unqp (const char *s, size_t n, char *out) {
  size_t i = 0, k = 0;
  while (i < n) {
    int c, h, l;
#if SB_MIME_SIMD16
    if (n - i >= 16) {  /* the bytes up to an '=' copied sixteen a step
                           (out has room: k <= i) */
      const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
      unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('=')));
      _mm_storeu_si128((__m128i *)(void *)(out + k), v);
      if (m == 0) {
        i += 16;
        k += 16;
        continue;
      }
      i += (size_t)__builtin_ctz(m);
      k += (size_t)__builtin_ctz(m);
    }
#endif
    c = (unsigned char)s[i];
    if (c == '=' && i + 1 < n) {
      if (s[i + 1] == '\n') { i += 2; continue; }
      if (s[i + 1] == '\r' && i + 2 < n && s[i + 2] == '\n') { i += 3; continue; }
      if (i + 2 < n && (h = hexval((unsigned char)s[i + 1])) >= 0
          && (l = hexval((unsigned char)s[i + 2])) >= 0) {
        out[k++] = (char)(h * 16 + l);
        i += 3;
        continue;
      }
    }
    out[k++] = (char)c;
    i++;
  }
  return k;
}

/* }====================================================================== */


#include "sb_mime_charset.h"  /* charsets to UTF-8 */


/* {======================================================================
** RFC 2047 encoded words
** ======================================================================= */

/* an encoded word at v[i] ("=?cs?X?text?="): its parts and end, or 0 */
static int encoded_word (const char *v, size_t n, size_t i, sb_mstr *cs,
                         int *enc, sb_mstr *text, size_t *end) {
  size_t j = i + 2, q;
  if (i + 2 >= n || v[i] != '=' || v[i + 1] != '?') return 0;
  q = j;
  while (q < n && v[q] != '?' && !is_space((unsigned char)v[q])) q++;
  if (q + 2 >= n || v[q] != '?' || v[q + 2] != '?') return 0;
  cs->p = v + j;
  cs->n = q - j;
  if (cs->n == 0) return 0;
  *enc = lower((unsigned char)v[q + 1]);
  if (*enc != 'b' && *enc != 'q') return 0;
  j = q + 3;
  q = j;
  while (q + 1 < n && !(v[q] == '?' && v[q + 1] == '=')) {
    if (v[q] == ' ' || v[q] == '\t' || v[q] == '\n' || v[q] == '\r') return 0;
    q++;
  }
  if (q + 1 >= n) return 0;
  text->p = v + j;
  text->n = q - j;
  *end = q + 2;
  {  /* "charset*language" */
    const char *star = (const char *)memchr(cs->p, '*', cs->n);
    if (star) cs->n = (size_t)(star - cs->p);
  }
  return 1;
}

/* one encoded word's text decoded (B or Q) and converted, into out */
static size_t word_text (sb_mail *m, sb_mstr cs, int enc, sb_mstr text, char *out,
                          size_t room) {
  size_t i, k = 0;
  sb_mstr u;
  char *raw = (char *)sb_mime_alloc(m, text.n + 3);
  if (raw == NULL) return 0;
  if (enc == 'b') k = unbase64(text.p, text.n, raw);
  else {
    for (i = 0; i < text.n; i++) {
      int c = (unsigned char)text.p[i], h, l;
      if (c == '_') c = ' ';
      else if (c == '=' && i + 2 < text.n && (h = hexval((unsigned char)text.p[i + 1])) >= 0
               && (l = hexval((unsigned char)text.p[i + 2])) >= 0) {
        c = h * 16 + l;
        i += 2;
      }
      raw[k++] = (char)c;
    }
  }
  u = to_utf8(m, raw, k, cs.p, cs.n);
  if (u.n > room) u.n = room;
  memcpy(out, u.p, u.n);
  return u.n;
}

/* is [s, s+n) ASCII without a line end or a '?' (a value that needs no
   unfolding, decoding or cleaning): sixteen bytes a step (SSE2), else
   eight, the last few one by one */
static int plain_value (const char *s, size_t n) {
  const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
  size_t i = 0;
#if SB_MIME_SIMD16
  for (; n - i >= 16; i += 16) {
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i x = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                             _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
    x = _mm_or_si128(x, _mm_cmpeq_epi8(v, _mm_set1_epi8('?')));
    if (_mm_movemask_epi8(_mm_or_si128(x, v)) != 0) return 0;  /* (bit 7) */
  }
#endif
  for (; n - i >= 8; i += 8) {
    uint64_t v = load8(s + i), a = v ^ (one * '\n'), b = v ^ (one * '\r'),
             c = v ^ (one * '?');
    if (((v | ((a - one) & ~a) | ((b - one) & ~b) | ((c - one) & ~c)) & hi) != 0)
      return 0;
  }
  for (; i < n; i++)
    if ((unsigned char)s[i] >= 0x80 || s[i] == '\n' || s[i] == '\r' || s[i] == '?')
      return 0;
  return 1;
}

sb_mstr sb_mime_decode_words (sb_mail *m, const char *v, size_t n) {
  sb_mstr t = sb_mime_trim(v, n), cs, text;
  size_t i = 0, k = 0, end, gap = 0, prev_end = 0, cap;
  int enc, after_word = 0;
  char *out;
  if (plain_value(t.p, t.n)) return t;  /* what the steps below give it */
  t = sb_mime_unfold(m, v, n);
  if (t.n < 8 || !memchr(t.p, '?', t.n) || !sb_mime_icontains(t.p, t.n, "=?"))
    return utf8_clean(m, t.p, t.n);
  out = (char *)sb_mime_alloc(m, 3 * t.n + 8);
  if (out == NULL) return t;
  cap = 3 * t.n + 8;
  while (i < t.n) {
    if (t.p[i] == '=' && encoded_word(t.p, t.n, i, &cs, &enc, &text, &end)) {
      if (after_word && gap == i - prev_end) k -= gap;  /* blanks between words */
      k += word_text(m, cs, enc, text, out + k, k + t.n < cap ? cap - t.n - k : 0);
      i = end;
      prev_end = end;
      after_word = 1;
      gap = 0;
      continue;
    }
    if (t.p[i] == ' ' || t.p[i] == '\t') gap++;
    else after_word = 0;
    out[k++] = t.p[i++];
  }
  return utf8_clean(m, out, k);  /* the bytes around the words too */
}

/* }====================================================================== */


/* a numeric character reference at s ("&#233;", "&#xE9;", at most
   seven digits, a code point of Unicode but a control or surrogate) as
   UTF-8 in out, NUL-terminated (never longer than the reference): the
   reference's length, or 0 */
static size_t char_ref (const char *s, size_t n, char *out) {
  size_t i = 2, d = 0;
  unsigned long cp = 0;
  int hex = i < n && (s[i] == 'x' || s[i] == 'X');
  if (hex) i++;
  for (; i < n && d < 7; i++, d++) {
    int c = (unsigned char)s[i], v = hexval(c);
    if (v < 0 || (!hex && v > 9)) break;
    cp = cp * (hex ? 16 : 10) + (unsigned long)v;
  }
  if (d == 0 || i >= n || s[i] != ';' || cp < 32 || cp > 0x10FFFF
      || (cp >= 0xD800 && cp <= 0xDFFF) || (cp >= 0x7F && cp < 0xA0))
    return 0;
  if (cp < 0x80) {
    out[0] = (char)cp; out[1] = '\0';
  } else if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6)); out[1] = (char)(0x80 | (cp & 0x3F));
    out[2] = '\0';
  } else if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12)); out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F)); out[3] = '\0';
  } else {
    out[0] = (char)(0xF0 | (cp >> 18)); out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); out[3] = (char)(0x80 | (cp & 0x3F));
    out[4] = '\0';
  }
  return i + 1;
}

/* text/html as text: tags removed (line breaks for the block ones), the
   contents of style and script dropped, a few entities and the numeric
   character references decoded */
sb_mstr sb_mime_strip_html (sb_mail *m, sb_mstr h) {
  size_t i = 0, k = 0, budget = 2 * h.n;  /* (sb_mime_hidden_end's) */
  char *out = (char *)sb_mime_alloc(m, h.n + 1);
  sb_mstr r;
  r.p = out; r.n = 0;
  if (out == NULL) return r;
  while (i < h.n) {
    char c = h.p[i];
    if (c == '<') {
      const char *gt = (const char *)memchr(h.p + i, '>', h.n - i);
      size_t tl = gt ? (size_t)(gt - h.p) - i : h.n - i - 1;  /* (tag[0..tl) in it) */
      const char *tag = h.p + i + 1;
      int skip = tl >= 6 && (sb_mime_ieq(tag, 5, "style") || sb_mime_ieq(tag, 6, "script"));
      size_t hid = i + 1 < h.n && tag[0] != '/'
                   ? sb_mime_hidden_end(h.p, h.n, i, tl, &budget) : 0;
      if (hid != 0) { i = hid; continue; }  /* hidden: no text of it */
      if (tl >= 3 && sb_mime_ieq(tag, 2, "tr")) {  /* a row: a line of its own */
        int nl = 0;  /* (the blanks and one line end before it dropped) */
        while (k > 0 && (out[k - 1] == ' ' || out[k - 1] == '\t'
                         || (out[k - 1] == '\n' && !nl++)))
          k--;
        out[k++] = '\n';
      } else if ((tl >= 3 && sb_mime_ieq(tag, 2, "br"))
          || (tl >= 2 && (sb_mime_ieq(tag, 1, "p") || sb_mime_ieq(tag, 2, "/p")))
          || (tl >= 4 && (sb_mime_ieq(tag, 3, "div") || sb_mime_ieq(tag, 4, "/div"))))
        out[k++] = '\n';
      else {  /* list items, headings and table cells (closing ones too) */
        const char *t = tag + (tl >= 2 && tag[0] == '/');
        if (tl >= 3 + (size_t)(t - tag)
            && (sb_mime_ieq(t, 2, "li") || sb_mime_ieq(t, 2, "ul")
                || sb_mime_ieq(t, 2, "ol")
                || ((t[0] == 'h' || t[0] == 'H') && t[1] >= '1' && t[1] <= '6')))
          out[k++] = '\n';
        else if (tl >= 3 + (size_t)(t - tag)
                 && (sb_mime_ieq(t, 2, "td") || sb_mime_ieq(t, 2, "th"))
                 && k > 0 && out[k - 1] != '\n' && out[k - 1] != ' ')
                 /* (a row's first: none; one between two cells) */
          out[k++] = ' ';
      }
      i = gt ? (size_t)(gt - h.p) + 1 : h.n;
      if (k > 0 && out[k - 1] == '\n') {  /* a break's own line end in the
                                            source: the same break */
        if (i < h.n && h.p[i] == '\r') i++;
        if (i < h.n && h.p[i] == '\n') i++;
      }
      if (skip) {  /* to the closing tag */
        while (i < h.n && !(h.p[i] == '<' && i + 1 < h.n && h.p[i + 1] == '/')) i++;
      }
      continue;
    }
    if (c == '&') {
      static const char *const ent[][2] = {
        { "&nbsp;", " " }, { "&lt;", "<" }, { "&gt;", ">" }, { "&amp;", "&" },
        { "&quot;", "\"" }, { "&#39;", "'" }
      };
      size_t e;
      for (e = 0; e < 6; e++) {
        size_t l = strlen(ent[e][0]);
        if (h.n - i >= l && sb_mime_ieq(h.p + i, l, ent[e][0])) {
          out[k++] = ent[e][1][0];
          i += l;
          break;
        }
      }
      if (e < 6) continue;
      if (i + 3 < h.n && h.p[i + 1] == '#') {  /* "&#233;", "&#xE9;" */
        size_t l = char_ref(h.p + i, h.n - i, out + k);
        if (l > 0) {
          k += strlen(out + k);
          i += l;
          continue;
        }
      }
    }
    out[k++] = c;
    i++;
  }
  r.n = k;
  return r;
}

/*
** A format=flowed text (RFC 3676) as its lines were before the sending
** program wrapped them: a line that ends in a space (a soft break, not
** the signature's "-- ") goes on with the next (its space dropped with
** delsp=yes), a line's stuffed leading space is dropped.
*/
sb_mstr sb_mime_unflow (sb_mail *m, sb_mstr t, int delsp) {
  char *out = (char *)sb_mime_alloc(m, t.n + 1);
  const char *p = t.p, *e = t.p + t.n;
  size_t k = 0;
  if (out == NULL || t.n == 0) return t;
  while (p < e) {
    const char *nl = (const char *)memchr(p, '\n', (size_t)(e - p));
    const char *le = nl != NULL ? nl : e;
    size_t n;
    if (le > p && le[-1] == '\r') le--;
    if (p < le && *p == ' ') p++;  /* space-stuffed */
    n = (size_t)(le - p);
    memcpy(out + k, p, n);
    k += n;
    if (nl != NULL && n > 0 && p[n - 1] == ' ' && !(n == 3 && memcmp(p, "-- ", 3) == 0)) {
      if (delsp) k--;
    } else if (nl != NULL) {
      out[k++] = '\n';
    }
    p = nl != NULL ? nl + 1 : e;
  }
  t.p = out;
  t.n = k;
  return t;
}
