/*
** fuzz_common.h -- shared by the libFuzzer targets in csrc/fuzz/: an
** invariant check that aborts (so libFuzzer records the input), a
** counting allocator that can fail on demand, the invariants every parsed
** reply must satisfy, and a naive reference classifier (the "oracle")
** that decides from first principles -- plain substring search over the
** clean text, every rule tried in order -- what smtpbounce_classify must
** decide.  Header-only; include it once per target.
*/

#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpbounce.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

#if !defined(FUZZ_CHECK)
static inline void fuzz_fail (const char *what, const char *file, int line) {
  fprintf(stderr, "%s:%d: invariant failed: %s\n", file, line, what);
  abort();
}

/* the invariant holds, or the run stops with the input saved (the C
** tests replaying fuzz finds define it as their CHECK) */
#define FUZZ_CHECK(c)  do { if (!(c)) fuzz_fail(#c, __FILE__, __LINE__); } while (0)
#endif


/* {======================================================================
** Counting allocator
** ======================================================================= */

typedef struct FzAlloc {
  long calls;             /* allocation attempts */
  long fail_at;           /* fail attempt number fail_at; -1 never */
  long nalloc, nfree;     /* blocks handed out and given back */
  size_t live;            /* bytes handed out and not freed */
} FzAlloc;

/* blocks carry their size in front, so every osize can be checked */
typedef union FzHeader {
  size_t size;
  long double align_ld;
  void *align_p;
} FzHeader;

static inline void *fz_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  FzAlloc *a = (FzAlloc *)ud;
  FzHeader *h = ptr ? (FzHeader *)ptr - 1 : NULL;
  if (h != NULL) FUZZ_CHECK(h->size == osize);
  if (nsize == 0) {
    if (h != NULL) { a->nfree++; a->live -= h->size; free(h); }
    return NULL;
  }
  if (a->calls++ == a->fail_at) return NULL;
  if (h != NULL) {
    FzHeader *nh = (FzHeader *)realloc(h, sizeof(FzHeader) + nsize);
    if (nh == NULL) return NULL;
    a->live -= nh->size;
    h = nh;
  }
  else {
    h = (FzHeader *)malloc(sizeof(FzHeader) + nsize);
    if (h == NULL) return NULL;
    a->nalloc++;
  }
  h->size = nsize;
  a->live += nsize;
  return h + 1;
}

static inline void fz_alloc_init (FzAlloc *a, long fail_at) {
  memset(a, 0, sizeof(*a));
  a->fail_at = fail_at;
}

/* }====================================================================== */


/* {======================================================================
** Reply invariants
** ======================================================================= */

static inline int fz_space (int c) { return c <= 0x20 || c == 0x7f; }

/*
** A space beyond ASCII's at s[i] of s[0..n), from its definition: one of
** the UTF-8 characters below, or Latin-1's byte A0 that no UTF-8
** character holds (up to three bytes before it are A0s, then an ASCII
** byte or the start).  Its length in bytes, else 0.
*/
static inline size_t fz_uspace (const char *s, size_t n, size_t i) {
  static const char *const chars[] = {
    "\xC2\xA0", "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82",
    "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87",
    "\xE2\x80\x88", "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\xAF",
    "\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF"
  };
  size_t k;
  if ((unsigned char)s[i] == 0xA0) {
    for (k = 1; k <= 3 && k <= i; k++)
      if ((unsigned char)s[i - k] != 0xA0) return (unsigned char)s[i - k] < 0x80;
    return 1;
  }
  for (k = 0; k < sizeof chars / sizeof chars[0]; k++) {
    size_t m = strlen(chars[k]);
    if (m <= n - i && memcmp(s + i, chars[k], m) == 0) return m;
  }
  return 0;
}

static inline int fz_span_in (sb_span sp, size_t len) {
  return sp.off <= len && sp.len <= len - sp.off;
}

#define FZ_ALL_FLAGS  0x03FFu

/*
** Everything smtpbounce_parse promises about 'r', parsed from s[0..len):
** spans inside the input, codes and statuses in range, flags that agree
** with the input, and the clean text -- as smtpbounce_text writes it into
** a buffer of exactly r->text_len bytes, and as the walker gives it in
** chunks -- folded, trimmed, without control bytes.  Returns the clean
** text (malloc'd, at least 1 byte) for more checks; the caller frees it.
*/
static inline char *fz_check_reply (const char *s, size_t len,
                                    const sb_reply *r) {
  sb_reply again;
  sb_walk w;
  const char *p;
  size_t n, t = 0, i;
  char *text;
  FUZZ_CHECK(fz_span_in(r->prefix, len) && fz_span_in(r->relay, len));
  FUZZ_CHECK(fz_span_in(r->body, len) && fz_span_in(r->forward, len));
  /* (the body ends before trailing blanks, Postfix's "(in reply to
     ...)" and closing quotes; with no prefix it starts at the input's
     start or after the one quote or bracket that wraps the whole input) */
  FUZZ_CHECK(r->body.off + r->body.len <= len);
  FUZZ_CHECK(r->prefix.off == 0 && (r->prefix.len == r->body.off
                                    || (r->prefix.len == 0 && r->body.off > 0
                                        && strchr("([\"'`", s[r->body.off - 1]))));
  FUZZ_CHECK(((r->flags & SB_F_PREFIX) != 0) == (r->prefix.len > 0));
  FUZZ_CHECK(r->relay.len == 0 || r->relay.off + r->relay.len <= r->body.off);
  FUZZ_CHECK(r->forward.len == 0 || r->forward.off >= r->body.off);
  FUZZ_CHECK(r->code == 0 ||
             (r->code >= 200 && r->code <= 599 && r->code % 100 < 60));
  FUZZ_CHECK(r->st_class == 0 || r->st_class == 2 || r->st_class == 4 ||
             r->st_class == 5);
  FUZZ_CHECK(r->st_subject >= 0 && r->st_subject <= 999);
  FUZZ_CHECK(r->st_detail >= 0 && r->st_detail <= 999);
  FUZZ_CHECK(r->st_class != 0 || (r->st_subject == 0 && r->st_detail == 0));
  FUZZ_CHECK((r->flags & ~FZ_ALL_FLAGS) == 0);
  FUZZ_CHECK(((r->flags & SB_F_NUL) != 0) ==
             (len > 0 && memchr(s, 0, len) != NULL));
  FUZZ_CHECK(((r->flags & SB_F_MULTILINE) != 0) == (r->nlines > 1));
  FUZZ_CHECK(((r->flags & SB_F_STATUS_MISMATCH) != 0) ==
             (r->code && r->st_class && r->st_class != r->code / 100));
  FUZZ_CHECK(!(r->flags & SB_F_ENTITIES) ||
             (len > 0 && memchr(s, '&', len) != NULL));
  FUZZ_CHECK(r->nlines <= len);
  FUZZ_CHECK(r->text_len <= len);
  FUZZ_CHECK(((r->flags & SB_F_BLANK) != 0) ==
             (r->code == 0 && r->st_class == 0 && r->text_len == 0));
  FUZZ_CHECK(smtpbounce_class(r) ==
             (r->code ? r->code / 100 : r->st_class));
  /* the forward address: <local@domain> or &lt;local@domain&gt; */
  if (r->forward.len > 0) {
    const char *f = s + r->forward.off;
    size_t ats = 0;
    for (i = 0; i < r->forward.len; i++) {
      FUZZ_CHECK(!fz_space((unsigned char)f[i]) && f[i] != '<' && f[i] != '>');
      ats += f[i] == '@';
    }
    FUZZ_CHECK(ats == 1 && f[0] != '@' && f[r->forward.len - 1] != '@');
    FUZZ_CHECK((r->forward.off >= 1 && f[-1] == '<') ||
               (r->forward.off >= 4 && memcmp(f - 4, "&lt;", 4) == 0));
  }
  /* the relay host: host name bytes only */
  for (i = 0; i < r->relay.len; i++) {
    int c = (unsigned char)s[r->relay.off + i];
    FUZZ_CHECK((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
               (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_');
  }
  /* the text, exactly r->text_len bytes (ASan catches a longer write) */
  text = (char *)malloc(r->text_len ? r->text_len : 1);
  FUZZ_CHECK(text != NULL);
  FUZZ_CHECK(smtpbounce_text(s, len, r, text) == r->text_len);
  smtpbounce_walk_init(&w, s, len, r);
  while (smtpbounce_walk_next(&w, &p, &n)) {
    FUZZ_CHECK(n > 0 && n <= r->text_len - t);
    FUZZ_CHECK(memcmp(text + t, p, n) == 0);
    t += n;
  }
  FUZZ_CHECK(t == r->text_len);
  for (i = 0; i < r->text_len; i++) {
    unsigned char c = (unsigned char)text[i];
    FUZZ_CHECK(c > 0x20 || c == ' ');
    FUZZ_CHECK(c != 0x7f);
    FUZZ_CHECK(c != ' ' || (i > 0 && i + 1 < r->text_len && text[i + 1] != ' '));
    /* (spaces beyond ASCII's fold too: Latin-1's A0 may stay, read
       where it was) */
    FUZZ_CHECK(fz_uspace(text, r->text_len, i) <= 1);
  }
  /* deterministic */
  smtpbounce_parse(s, len, &again);
  FUZZ_CHECK(memcmp(&again, r, sizeof(again)) == 0);
  return text;
}

/* }====================================================================== */


/* {======================================================================
** Template invariants
** ======================================================================= */

typedef struct FzTpl {
  const char *s;          /* the input of smtpbounce_template */
  size_t len;
  size_t cursor;          /* input consumed by plain pieces so far */
  int after_ph;           /* the last piece was a placeholder */
  size_t pieces;
  char *out;              /* the pieces joined, SB_TEMPLATE_MAX(len) bytes */
  size_t olen;
} FzTpl;

static const char *const fz_placeholders[] = {
  "{email}", "{ip}", "{host}", "{n}", "{hex}", "{id}", NULL
};

/*
** Each piece is a placeholder or the next bytes of the input, in order,
** never empty; input bytes are skipped only where a placeholder stands.
*/
static inline void fz_tpl_emit (void *ud, const char *p, size_t n) {
  FzTpl *t = (FzTpl *)ud;
  int k;
  FUZZ_CHECK(n > 0);
  t->pieces++;
  FUZZ_CHECK(n <= SB_TEMPLATE_MAX(t->len) - t->olen);
  memcpy(t->out + t->olen, p, n);
  t->olen += n;
  if (p >= t->s && p < t->s + t->len) {
    size_t off = (size_t)(p - t->s);
    FUZZ_CHECK(n <= t->len - off);
    FUZZ_CHECK(off == t->cursor || (t->after_ph && off > t->cursor));
    t->cursor = off + n;
    t->after_ph = 0;
    return;
  }
  for (k = 0; fz_placeholders[k]; k++)
    if (strlen(fz_placeholders[k]) == n && memcmp(p, fz_placeholders[k], n) == 0)
      break;
  FUZZ_CHECK(fz_placeholders[k] != NULL);
  FUZZ_CHECK(!t->after_ph);
  t->after_ph = 1;
}

static inline void fz_check_template (const char *s, size_t len) {
  FzTpl t;
  char *w;
  size_t wlen;
  memset(&t, 0, sizeof(t));
  t.s = s;
  t.len = len;
  t.out = (char *)malloc(SB_TEMPLATE_MAX(len) + 1);
  w = (char *)malloc(SB_TEMPLATE_MAX(len) + (len == 0));  /* exact: ASan */
  FUZZ_CHECK(t.out != NULL && w != NULL);
  smtpbounce_template(s, len, fz_tpl_emit, &t);
  FUZZ_CHECK(t.cursor == len || t.after_ph);
  FUZZ_CHECK(t.pieces <= len);
  /* the buffer version writes what the pieces say */
  wlen = smtpbounce_template_write(s, len, w);
  FUZZ_CHECK(wlen == t.olen && memcmp(w, t.out, wlen) == 0);
  FUZZ_CHECK(wlen <= SB_TEMPLATE_MAX(len));
  free(w);
  free(t.out);
}

/* }====================================================================== */


/* {======================================================================
** Reference classifier
** ======================================================================= */

/*
** Phrases are normalised here (not with smtpbounce_normalize) and found by
** brute force: for every position of the stream " " + lowercased text +
** " ", every phrase whose first two bytes match is compared.  The
** decision is the first rule, in priority order, whose conditions hold.
*/
typedef struct Oracle {
  const sb_ruleset_def *def;
  uint32_t n;             /* phrases */
  char **norm;            /* normalised phrases */
  size_t *nlen;
  uint32_t one[256];      /* the one-byte phrase of a byte, or SB_NONE */
  unsigned char *high;    /* the phrase has a byte >= 0x80 */
  uint32_t *start2;       /* 65537 bucket starts, by first two bytes */
  uint32_t *ids2;         /* phrases of two bytes or more, by bucket */
  /* per reply */
  uint32_t *first, *last; /* start of the first and last occurrence */
  int valid;              /* the description is one compile must accept */
} Oracle;

static inline int fz_is_space (unsigned char c) {
  return c <= ' ' || c == 0x7f || c == '_';  /* ('_': qmail's logs' space) */
}

static inline unsigned char fz_lower (unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* the typeset apostrophe (U+2019) at s[0..n), which reads as "'" */
static inline int fz_curly (const char *s, size_t n) {
  return n >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80
      && (unsigned char)s[2] == 0x99;
}

/*
** The small letter of a capital of two UTF-8 bytes at s[0..n), by a
** table of code point ranges (written apart from sb_fold2: Latin-1,
** Latin Extended-A, Greek, Cyrillic): its two bytes in out[0..2) and 1,
** else 0.
*/
static inline int fz_small2 (const char *s, size_t n, char *out) {
  static const struct { unsigned lo, hi, step; int delta; } T[] = {
    { 0x00C0, 0x00D6, 1, 32 }, { 0x00D8, 0x00DE, 1, 32 },
    { 0x0100, 0x012E, 2, 1 }, { 0x0132, 0x0136, 2, 1 }, { 0x0139, 0x0147, 2, 1 },
    { 0x014A, 0x0176, 2, 1 }, { 0x0178, 0x0178, 1, 0xFF - 0x178 },
    { 0x0179, 0x017D, 2, 1 }, { 0x0386, 0x0386, 1, 0x26 }, { 0x0388, 0x038A, 1, 0x25 },
    { 0x038C, 0x038C, 1, 0x40 }, { 0x038E, 0x038F, 1, 0x3F }, { 0x0391, 0x03A1, 1, 32 },
    { 0x03A3, 0x03AB, 1, 32 }, { 0x0400, 0x040F, 1, 80 }, { 0x0410, 0x042F, 1, 32 },
    { 0x0490, 0x0490, 1, 1 } };
  const unsigned char *u = (const unsigned char *)s;
  unsigned cp, k;
  if (n < 2 || (u[0] & 0xE0) != 0xC0 || (u[1] & 0xC0) != 0x80) return 0;
  cp = ((u[0] & 0x1Fu) << 6) | (u[1] & 0x3Fu);
  for (k = 0; k < sizeof T / sizeof T[0]; k++)
    if (cp >= T[k].lo && cp <= T[k].hi && (cp - T[k].lo) % T[k].step == 0) {
      cp = (unsigned)((int)cp + T[k].delta);
      out[0] = (char)(0xC0 | (cp >> 6));
      out[1] = (char)(0x80 | (cp & 0x3F));
      return 1;
    }
  return 0;
}

/* fold whitespace runs (spaces beyond ASCII's too) to one space, read
   typeset apostrophes as "'", lowercase ASCII and the two-byte capitals
   of fz_small2; returns length */
static inline size_t fz_fold (const char *s, size_t len, char *out) {
  size_t i, n = 0, k = 0;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (fz_curly(s + i, len - i)) {
      out[n++] = '\'';
      i += 2;
    }
    else if (fz_small2(s + i, len - i, out + n)) {
      n += 2;
      i += 1;
    }
    else if (fz_is_space(c) || (k = fz_uspace(s, len, i)) != 0) {
      if (n == 0 || out[n - 1] != ' ') out[n++] = ' ';
      if (!fz_is_space(c)) i += k - 1;
    }
    else out[n++] = (char)fz_lower(c);
  }
  return n;
}

static inline unsigned fz_key2 (const char *p) {
  return ((unsigned)(unsigned char)p[0] << 8) | (unsigned char)p[1];
}

/* does compile have to accept 'def'?  (indices, kinds, phrases) */
static inline int fz_def_valid (const Oracle *o) {
  const sb_ruleset_def *d = o->def;
  uint32_t i, j;
  for (i = 0; i < d->nids; i++) if (d->ids[i] >= d->nphrases) return 0;
  for (i = 0; i < d->nprovs; i++) if (d->provs[i] >= d->nproviders) return 0;
  for (i = 0; i < d->nclauses; i++) {
    const sb_clause_def *c = &d->clauses[i];
    if (c->kind < SB_ANY || c->kind > SB_NONEOF || c->count == 0 ||
        (uint64_t)c->first + c->count > d->nids) return 0;
  }
  for (i = 0; i < d->nrules; i++) {
    const sb_rule_def *r = &d->rules[i];
    if ((uint64_t)r->code_first + r->code_count > d->ncodes ||
        (uint64_t)r->status_first + r->status_count > d->nstatuses ||
        (uint64_t)r->prov_first + r->prov_count > d->nprovs ||
        (uint64_t)r->clause_first + r->clause_count > d->nclauses) return 0;
  }
  for (i = 0; i < d->nhosts; i++) if (d->host_prov[i] >= d->nproviders) return 0;
  for (i = 0; i < d->ndomains; i++)
    if (d->domain_prov[i] >= d->nproviders) return 0;
  for (i = 0; d->token_phrase && i < d->nphrases; i++)
    if (d->token_phrase[i] != SB_NONE && d->token_phrase[i] >= d->nproviders)
      return 0;
  for (i = 0; d->phase_phrase && i < d->nphrases; i++)
    if (d->phase_phrase[i] >= SB_PHASE_MAX) return 0;
  for (i = 0; i < o->n; i++) {
    if (o->nlen[i] == 0) return 0;
    for (j = 0; j < i; j++)
      if (o->nlen[i] == o->nlen[j] &&
          memcmp(o->norm[i], o->norm[j], o->nlen[i]) == 0) return 0;
  }
  return 1;
}

static inline void oracle_init (Oracle *o, const sb_ruleset_def *def) {
  uint32_t i, k;
  memset(o, 0, sizeof(*o));
  o->def = def;
  o->n = def->nphrases;
  o->norm = (char **)calloc(o->n + 1, sizeof(char *));
  o->nlen = (size_t *)calloc(o->n + 1, sizeof(size_t));
  o->high = (unsigned char *)calloc(o->n + 1, 1);
  o->start2 = (uint32_t *)calloc(65537, sizeof(uint32_t));
  o->ids2 = (uint32_t *)calloc(o->n + 1, sizeof(uint32_t));
  o->first = (uint32_t *)calloc(o->n + 1, sizeof(uint32_t));
  o->last = (uint32_t *)calloc(o->n + 1, sizeof(uint32_t));
  FUZZ_CHECK(o->norm && o->nlen && o->high && o->start2 && o->ids2 &&
             o->first && o->last);
  for (i = 0; i < o->n; i++) {
    o->norm[i] = (char *)malloc(def->phrase_lens[i] + 1);
    FUZZ_CHECK(o->norm[i] != NULL);
    o->nlen[i] = fz_fold(def->phrases[i], def->phrase_lens[i], o->norm[i]);
    for (k = 0; k < o->nlen[i]; k++)
      o->high[i] |= (unsigned char)o->norm[i][k] >= 0x80;
  }
  o->valid = fz_def_valid(o);
  if (!o->valid) return;
  for (k = 0; k < 256; k++) o->one[k] = SB_NONE;
  for (i = 0; i < o->n; i++) {
    if (o->nlen[i] == 1) o->one[(unsigned char)o->norm[i][0]] = i;
    else o->start2[fz_key2(o->norm[i]) + 1]++;
  }
  for (k = 0; k < 65536; k++) o->start2[k + 1] += o->start2[k];
  {
    uint32_t *fill = (uint32_t *)malloc(65536 * sizeof(uint32_t));
    FUZZ_CHECK(fill != NULL);
    memcpy(fill, o->start2, 65536 * sizeof(uint32_t));
    for (i = 0; i < o->n; i++)
      if (o->nlen[i] >= 2) o->ids2[fill[fz_key2(o->norm[i])]++] = i;
    free(fill);
  }
}

static inline void oracle_free (Oracle *o) {
  uint32_t i;
  for (i = 0; i < o->n; i++) free(o->norm[i]);
  free(o->norm); free(o->nlen); free(o->high); free(o->start2); free(o->ids2);
  free(o->first); free(o->last);
  memset(o, 0, sizeof(*o));
}

/*
** Visit every occurrence in the stream st[0..n): fn(ud, id, start), in
** order of start, then of length.
*/
typedef void (*fz_visit) (void *ud, const Oracle *o, uint32_t id, size_t at);

static inline void oracle_scan (const Oracle *o, const char *st, size_t n,
                                fz_visit fn, void *ud) {
  size_t k;
  for (k = 0; k < n; k++) {
    uint32_t id = o->one[(unsigned char)st[k]], b;
    if (id != SB_NONE) fn(ud, o, id, k);
    if (k + 1 >= n) continue;
    for (b = o->start2[fz_key2(st + k)]; b < o->start2[fz_key2(st + k) + 1]; b++) {
      id = o->ids2[b];
      if (o->nlen[id] <= n - k && memcmp(st + k, o->norm[id], o->nlen[id]) == 0)
        fn(ud, o, id, k);
    }
  }
}

/*
** The earliest-ending occurrence (longest on a tie) of a phrase with a
** token provider or a phase.  smtpbounce runs the phrases without bytes
** >= 0x80 and those with such bytes as two automata, one after the
** other, and "first seen" follows that: a pass over one kind ('high').
*/
typedef struct FzEarliest {
  int high;               /* the pass: phrases with high bytes or not */
  const uint32_t *tok;    /* token providers, or NULL */
  const unsigned char *phase;  /* phases, or NULL */
  size_t end;             /* best end so far, (size_t)-1 none */
  size_t len;             /* its length */
  uint32_t value;         /* its provider or phase */
} FzEarliest;

static inline void fz_earliest (void *ud, const Oracle *o, uint32_t id,
                                size_t at) {
  FzEarliest *e = (FzEarliest *)ud;
  uint32_t v = e->tok ? e->tok[id] : (e->phase ? e->phase[id] : 0);
  size_t end = at + o->nlen[id];
  if ((e->tok && v == SB_NONE) || (!e->tok && v == 0)) return;
  if (o->high[id] != e->high) return;
  if (e->end == (size_t)-1 || end < e->end ||
      (end == e->end && o->nlen[id] > e->len)) {
    e->end = end;
    e->len = o->nlen[id];
    e->value = v;
  }
}

/*
** The text's stream as the automaton reads it: '_' is a space, a run
** of spaces reads as one (the state a space entered is kept on more), so
** a phrase "is my address" is in "is _my_ address", and a typeset
** apostrophe (U+2019) reads as "'"; positions stay the stream's (a hit's
** start: its end less the phrase's length), and a phrase that ends in a
** space is seen again at each further space of its run.  oracle_scan
** over the stream so folded, each hit mapped back.
*/
typedef struct FzRun {
  fz_visit fn;
  void *ud;
  const uint32_t *map;    /* folded index -> stream index */
  const char *st;
  size_t n;
} FzRun;

static inline void fz_run_hit (void *ud, const Oracle *o, uint32_t id,
                               size_t at) {
  FzRun *R = (FzRun *)ud;
  size_t len = o->nlen[id], end = (size_t)R->map[at + len - 1] + 1;
  R->fn(R->ud, o, id, end - len);
  if (o->norm[id][len - 1] == ' ')
    while (end < R->n && R->st[end] == ' ') {
      end++;
      R->fn(R->ud, o, id, end - len);
    }
}

static inline void oracle_scan_text (const Oracle *o, const char *st, size_t n,
                                     fz_visit fn, void *ud) {
  char *f = (char *)malloc(n + 1);
  uint32_t *map = (uint32_t *)malloc((n + 1) * sizeof(uint32_t));
  size_t k, m = 0;
  FzRun R;
  FUZZ_CHECK(f != NULL && map != NULL);
  for (k = 0; k < n; k++) {
    if (st[k] == ' ' && m > 0 && f[m - 1] == ' ') continue;
    if (fz_curly(st + k, n - k)) {  /* (its end: its last byte's) */
      f[m] = '\'';
      map[m++] = (uint32_t)(k + 2);
      k += 2;
      continue;
    }
    f[m] = st[k];
    map[m++] = (uint32_t)k;
  }
  R.fn = fn, R.ud = ud, R.map = map, R.st = st, R.n = n;
  oracle_scan(o, f, m, fz_run_hit, &R);
  free(f);
  free(map);
}

static inline void fz_occur (void *ud, const Oracle *o, uint32_t id,
                             size_t at) {
  (void)ud;
  if (o->first[id] == SB_NONE) o->first[id] = (uint32_t)at;
  o->last[id] = (uint32_t)at;
}

/* sb_host_lookup from its definition: the longest suffix at a label
** boundary, the lowest provider index among equal names */
static inline uint32_t fz_host (const char *const *names, const size_t *lens,
                                const uint32_t *provs, uint32_t n,
                                const char *s, size_t len) {
  size_t i, k;
  uint32_t h, best;
  if (n == 0 || s == NULL) return SB_NONE;
  if (len > 0 && s[len - 1] == '.') len--;
  for (i = 0; i < len; i++) {
    if (i > 0 && s[i - 1] != '.') continue;
    best = SB_NONE;
    for (h = 0; h < n; h++) {
      size_t hl = lens[h];
      while (hl > 0 && names[h][hl - 1] == '.') hl--;
      if (hl != len - i) continue;
      for (k = 0; k < hl; k++)
        if (fz_lower((unsigned char)names[h][k]) !=
            fz_lower((unsigned char)s[i + k])) break;
      if (k == hl && provs[h] < best) best = provs[h];
    }
    if (best != SB_NONE) return best;
  }
  return SB_NONE;
}

typedef struct FzVerdict {
  uint32_t rule, provider;
  int phase, klass;
} FzVerdict;

/* every condition of rule i but the external one (phrases: o->first/last) */
static inline int oracle_rule_ok (const Oracle *o, uint32_t i,
                                  const sb_reply *r, const FzVerdict *v) {
  const sb_ruleset_def *d = o->def;
  const sb_rule_def *ru = &d->rules[i];
  uint32_t k, j;
  int ok;
  if (ru->classes && !(ru->classes & SB_CLASS_BIT(v->klass))) return 0;
  if (ru->phases && !(ru->phases & (1u << v->phase))) return 0;
  if (ru->code_count) {
    for (ok = 0, k = 0; k < ru->code_count; k++) {
      const int *c = d->codes + 2 * (ru->code_first + k);
      ok |= r->code >= c[0] && r->code <= c[1];
    }
    if (!ok) return 0;
  }
  if (ru->status_count) {
    if (r->st_class == 0) return 0;
    for (ok = 0, k = 0; k < ru->status_count; k++) {
      const int *t = d->statuses + 3 * (ru->status_first + k);
      ok |= (t[0] < 0 || t[0] == r->st_class) &&
            (t[1] < 0 || t[1] == r->st_subject) &&
            (t[2] < 0 || t[2] == r->st_detail);
    }
    if (!ok) return 0;
  }
  if (ru->prov_count) {
    for (ok = 0, k = 0; k < ru->prov_count; k++)
      ok |= d->provs[ru->prov_first + k] == v->provider;
    if (!ok) return 0;
  }
  for (k = 0; k < ru->clause_count; k++) {
    const sb_clause_def *c = &d->clauses[ru->clause_first + k];
    uint32_t end = 0;
    for (ok = c->kind != SB_ANY, j = 0; j < c->count; j++) {
      uint32_t id = d->ids[c->first + j];
      int seen = o->first[id] != SB_NONE;
      if (c->kind == SB_ANY) ok |= seen;
      else if (c->kind == SB_NONEOF) ok &= !seen;
      else if (!seen) ok = 0;
      else if (ok && o->first[id] >= end) end = o->first[id] + (uint32_t)o->nlen[id];
      else if (ok && o->last[id] >= end) end = o->last[id] + (uint32_t)o->nlen[id];
      else ok = 0;
    }
    if (!ok) return 0;
  }
  return 1;
}

/*
** The decision for reply s[0..len) parsed into 'r', with clean text
** text[0..r->text_len): phrases occurring, phase, provider, class, rule.
*/
/* a byte of an address's local part (RFC 5322 atext, and '.') */
static inline int fz_local_byte (unsigned char c) {
  return ((c | 32) >= 'a' && (c | 32) <= 'z') || (c >= '0' && c <= '9')
      || (c != 0 && strchr("!#$%&'*+-/=?^_`{|}~.", c) != NULL);
}

/* the local part of each address in angle brackets, as the automaton
   reads it: after a '<', 1 to 64 bytes of a local part and an '@' make
   bytes of no phrase (0x01) in the stream 'st' (the text's bytes, one
   for one) */
static inline void fz_mask_locals (const char *text, size_t n, char *st) {
  size_t i, j;
  for (i = 0; i < n; i++) {
    if (text[i] != '<') continue;
    for (j = i + 1; j < n && j - i - 1 <= 64 && fz_local_byte((unsigned char)text[j]); j++) {}
    if (j < n && text[j] == '@' && j - i - 1 >= 1 && j - i - 1 <= 64)
      memset(st + i + 1, 1, j - i - 1);
  }
}

static inline void oracle_decide (Oracle *o, const char *s, size_t len,
                                  const sb_reply *r, const char *text,
                                  const sb_ctx *ctx, sb_confirm confirm,
                                  void *cud, FzVerdict *v) {
  const sb_ruleset_def *d = o->def;
  size_t n = r->text_len + 2, pn, tn, end = r->body.off + r->body.len;
  char *st = (char *)malloc(n), *pre, *tail;
  FzEarliest e;
  uint32_t i, tok;
  int k, own;
  FUZZ_CHECK(st != NULL && end <= len);
  st[0] = ' ';
  for (i = 0; i < r->text_len; i++)
    if (fz_small2(text + i, r->text_len - i, st + i + 1)) i++;
    else st[i + 1] = text[i] == '_' ? ' ' : (char)fz_lower((unsigned char)text[i]);
  st[n - 1] = ' ';
  fz_mask_locals(text, r->text_len, st + 1);
  for (i = 0; i < o->n; i++) o->first[i] = o->last[i] = SB_NONE;
  oracle_scan_text(o, st, n, fz_occur, NULL);
  v->klass = r->code ? r->code / 100 : r->st_class;
  /* phase: the caller's, else the first phase phrase: prefix first,
     then what follows the body (Postfix's "(in reply to ...)"), then the
     text */
  memset(&e, 0, sizeof(e));
  e.phase = d->phase_phrase;
  e.end = (size_t)-1;
  pre = (char *)malloc(r->prefix.len + 1);
  tail = (char *)malloc(len - end + 1);
  FUZZ_CHECK(pre != NULL && tail != NULL);
  pn = fz_fold(s + r->prefix.off, r->prefix.len, pre);
  tn = fz_fold(s + end, len - end, tail);
  for (k = 0; k < 6 && d->phase_phrase && e.end == (size_t)-1; k++) {
    e.high = k & 1;  /* each part in both passes */
    if (k < 2) oracle_scan(o, pre, pn, fz_earliest, &e);
    else if (k < 4) oracle_scan(o, tail, tn, fz_earliest, &e);
    else oracle_scan_text(o, st, n, fz_earliest, &e);
  }
  v->phase = own = e.end != (size_t)-1 ? (int)e.value : 0;
  if (ctx && ctx->phase > 0 && ctx->phase < SB_PHASE_MAX) v->phase = ctx->phase;
  /* the tail's own phase, then the reply's own (prefix, tail or text),
     where it comes before the one taken */
  memset(&e, 0, sizeof(e));
  e.phase = d->phase_phrase;
  e.end = (size_t)-1;
  for (k = 0; k < 2 && d->phase_phrase && e.end == (size_t)-1; k++) {
    e.high = k;
    oracle_scan(o, tail, tn, fz_earliest, &e);
  }
  if (e.end != (size_t)-1 && (int)e.value < v->phase) v->phase = (int)e.value;
  if (own != 0 && own < v->phase) v->phase = own;
  free(pre);
  free(tail);
  /* provider: forced, MX, domain, relay, token in the text (the
     caller's mx and domain before anything the text says) */
  memset(&e, 0, sizeof(e));
  e.tok = d->token_phrase;
  e.end = (size_t)-1;
  for (k = 0; k < 2 && d->token_phrase && e.end == (size_t)-1; k++) {
    e.high = k;
    oracle_scan_text(o, st, n, fz_earliest, &e);
  }
  tok = e.end != (size_t)-1 ? e.value : SB_NONE;
  free(st);
  v->provider = SB_NONE;
  if (ctx && ctx->provider < d->nproviders) v->provider = ctx->provider;
  if (v->provider == SB_NONE && ctx && ctx->mx)
    v->provider = fz_host(d->hosts, d->host_lens, d->host_prov, d->nhosts,
                          ctx->mx, ctx->mx_len);
  if (v->provider == SB_NONE && ctx && ctx->domain)
    v->provider = fz_host(d->domains, d->domain_lens, d->domain_prov,
                          d->ndomains, ctx->domain, ctx->domain_len);
  if (v->provider == SB_NONE && r->relay.len > 0)
    v->provider = fz_host(d->hosts, d->host_lens, d->host_prov, d->nhosts,
                          s + r->relay.off, r->relay.len);
  if (v->provider == SB_NONE) v->provider = tok;
  /* the first rule that holds */
  v->rule = SB_NONE;
  for (i = 0; i < d->nrules && v->rule == SB_NONE; i++)
    if (oracle_rule_ok(o, i, r, v) &&
        (!d->rules[i].external || (confirm && confirm(cud, i))))
      v->rule = i;
}

/*
** Compare smtpbounce's decision 'dd' and hits in 'sc' with the oracle's,
** after oracle_decide; also smtpbounce_rule_matches for every rule.
*/
static inline void oracle_compare (const Oracle *o, const sb_ruleset *rs,
                                   const sb_scratch *sc, const sb_reply *r,
                                   const sb_decision *dd, const FzVerdict *v) {
  uint32_t i, n = smtpbounce_nhits(sc), seen = 0, id;
  size_t off, prev_end = 0;
  unsigned char high = 0;
  if (dd->rule != v->rule || dd->provider != v->provider ||
      dd->phase != v->phase || dd->klass != v->klass) {
    fprintf(stderr, "decision: rule %u provider %u phase %d class %d; "
            "oracle: rule %u provider %u phase %d class %d\n",
            (unsigned)dd->rule, (unsigned)dd->provider, dd->phase, dd->klass,
            (unsigned)v->rule, (unsigned)v->provider, v->phase, v->klass);
    FUZZ_CHECK(!"decision differs from the oracle's");
  }
  for (i = 0; i < o->n; i++) seen += o->first[i] != SB_NONE;
  FUZZ_CHECK(n == seen);
  for (i = 0; i < n; i++) {
    size_t end;
    smtpbounce_hit(sc, i, &id, &off);
    FUZZ_CHECK(id < o->n && o->first[id] != SB_NONE);
    FUZZ_CHECK(off == (o->first[id] > 0 ? o->first[id] - 1 : 0));
    FUZZ_CHECK(off <= r->text_len);
    /* in order of end: phrases without bytes >= 0x80, then those with */
    FUZZ_CHECK(o->high[id] >= high);
    if (o->high[id] != high) prev_end = 0;
    high = o->high[id];
    end = o->first[id] + o->nlen[id];
    FUZZ_CHECK(end >= prev_end);
    prev_end = end;
  }
  for (i = 0; i < o->def->nrules; i++)
    FUZZ_CHECK(smtpbounce_rule_matches(rs, sc, r, dd, i) ==
               oracle_rule_ok(o, i, r, v));
  FUZZ_CHECK(!smtpbounce_rule_matches(rs, sc, r, dd, o->def->nrules));
}

/* }====================================================================== */

#endif
