/*
** sb_classify.c -- scan a parsed reply with the phrase automaton and pick
** the deciding rule.  Reads the ruleset, writes only the caller's scratch
** and decision: no allocation, no global state.
*/

#include <string.h>

#include "sb_internal.h"
#include "sb_bytes.h"  /* SB_ALL256: byte tables */


/* {======================================================================
** Scanning
** ======================================================================= */

/* the longest local part of an address held back (RFC 5321 4.5.3.1.1) */
#define LOCAL_MAX  64

typedef struct Scan {
  const sb_ruleset *rs;
  sb_scratch *sc;
  const sb_dfa *d;        /* the automaton being run */
  uint32_t t;             /* current state */
  uint32_t pos;           /* bytes fed so far (saturates) */
  int text;               /* 1 while scanning the text, 0 for the prefix */
  int high;               /* a byte >= 0x80 was seen in the text */
  int phase;              /* first phase phrase seen */
  int tail;               /* the phase what follows the body names */
  uint32_t token;         /* first provider token seen */
  int in_local;           /* after a '<': bytes that may be a local part */
  size_t nlocal;          /* ... held back in 'local' */
  unsigned char local[LOCAL_MAX];
} Scan;

/* record phrase 'id' ending just before stream position 'end' */
static void hit (Scan *S, uint32_t id, uint32_t end) {
  const sb_ruleset *rs = S->rs;
  sb_scratch *sc = S->sc;
  uint32_t start = end - rs->plen[id];
  if (S->phase == 0 && rs->phase_of[id] != 0) S->phase = rs->phase_of[id];
  if (!S->text) return;  /* the prefix only tells the phase */
  if (S->token == SB_NONE && rs->token_prov[id] != SB_NONE)
    S->token = rs->token_prov[id];
  if (sc->first[id] == SB_NONE) {
    sc->first[id] = start;
    sc->touched[sc->ntouched++] = id;
  }
  sc->last[id] = start;
}

/* every phrase that ends at the state reached by transition value 't' */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void report (Scan *S, uint32_t t) {
  const sb_dfa *d = S->d;
  uint32_t st = t;
  if (d->out[st] != SB_NONE) hit(S, d->out[st], S->pos);
  for (st = d->dict[st]; st != 0; st = d->dict[st])
    hit(S, d->out[st], S->pos);
}

#define POS_MAX  0xFFFFFFF0u  /* positions saturate: a huge reply never wraps */

/* stream position after byte i of a chunk that started at 'base' */
static uint32_t pos_after (uint32_t base, size_t i) {
  return (i + 1 < (size_t)(POS_MAX - base)) ? base + (uint32_t)(i + 1) : POS_MAX;
}

/*
** The hot loop only follows transitions; it leaves for a transition with
** output, so nothing it holds in registers is spilled around the call.
*/
#define FEED_LOOP(T) \
  while (i < n) { \
    for (; i < n; i++) { \
      t = T[col[p[i]] + t]; \
      if (t >= omin) break; \
    } \
    if (i == n) break; \
    S->t = t;  S->pos = pos_after(base, i);  report(S, t); \
    i++; \
  }

/* feed bytes that are already folded (the walker's chunks) */
static void feed (Scan *S, const unsigned char *p, size_t n) {
  const sb_dfa *d = S->d;
  const uint32_t *col = d->col;
  uint32_t t = S->t, base = S->pos, omin = d->omin;
  size_t i = 0;
  if (d->t16 != NULL) { const uint16_t *T = d->t16;  FEED_LOOP(T) }
  else { const uint32_t *T = d->t32;  FEED_LOOP(T) }
  S->t = t;
  S->pos = n > 0 ? pos_after(base, n - 1) : base;
}

/*
** Feed a chunk of the clean text to an automaton with each typeset
** apostrophe (U+2019, bytes E2 80 99) read as "'", and each capital of
** two bytes beyond ASCII's (sb_fold2) as its small letter, as phrases are
** normalised (smtpbounce_normalize): a phrase says "doesn't" where a word
** processor or a web page wrote the other, "не удалось" where a sentence
** starts "Не удалось".  Positions stay those of the text (the two bytes
** the apostrophe's fold drops are counted after the "'").  The walker
** never splits a character between chunks.
*/
static void feed_folded (Scan *S, const unsigned char *p, size_t n) {
  size_t i = 0, k = 0;  /* p[k..i) is not fed yet */
  unsigned char lo[2];
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0xC3 || c > 0xE2) i++;
    else if (c == 0xE2 && SB_CURLY(p + i, n - i)) {
      feed(S, p + k, i - k);
      S->pos = pos_after(S->pos, 1);  /* (the "'" ends where the character does) */
      feed(S, (const unsigned char *)"'", 1);
      k = i += 3;
    }
    else if (i + 1 < n && sb_fold2(c, p[i + 1], &lo[0], &lo[1])) {
      feed(S, p + k, i - k);
      feed(S, lo, 2);
      k = i += 2;
    }
    else i++;
  }
  feed(S, p + k, n - k);
}

/* the bytes of an address's local part (RFC 5322 atext, and '.') */
#define LB(c)  (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') \
                || ((c) >= '0' && (c) <= '9') || (c) == '!' || (c) == '#' \
                || (c) == '$' || (c) == '%' || (c) == '&' || (c) == '\'' \
                || (c) == '*' || (c) == '+' || (c) == '-' || (c) == '/' \
                || (c) == '=' || (c) == '?' || (c) == '^' || (c) == '_' \
                || (c) == '`' || (c) == '{' || (c) == '|' || (c) == '}' \
                || (c) == '~' || (c) == '.')
static const unsigned char LOCAL_BYTE[256] = { SB_ALL256(LB) };
#undef LB

/* the bytes held back after a '<', fed as they are (no address) */
static void flush_local (Scan *S) {
  if (S->nlocal > 0) feed(S, S->local, S->nlocal);
  S->nlocal = 0;
  S->in_local = 0;
}

/*
** Feed a chunk of the clean text ('fold': with typeset apostrophes read
** as "'", feed_folded), but the local part of an address in angle
** brackets: its bytes are fed as bytes of no phrase (0x01), so that the
** words of someone's mailbox name are no cause ("550 5.1.1
** <spam-reports@example.org>: User unknown" blames no spam).  After a
** '<', up to LOCAL_MAX bytes of a local part are held back (across
** chunks) until an '@' follows them, or another byte: then they are fed
** as they are.  Positions stay those of the text.  flush_local ends a
** text.
*/
static void feed_text (Scan *S, const unsigned char *p, size_t n, int fold) {
  static const unsigned char NONE_BYTES[LOCAL_MAX] = { 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1 };
  while (n > 0) {
    if (!S->in_local) {
      const unsigned char *lt = (const unsigned char *)memchr(p, '<', n);
      size_t k = lt != NULL ? (size_t)(lt - p) + 1 : n, j;
      if (fold) feed_folded(S, p, k);
      else feed(S, p, k);
      p += k;
      n -= k;
      if (lt == NULL) return;
      for (j = 0; j < n && j <= LOCAL_MAX && LOCAL_BYTE[p[j]]; j++) {}
      if (j < n && j <= LOCAL_MAX) {  /* (the usual: all in this chunk) */
        feed(S, p[j] == '@' && j > 0 ? NONE_BYTES : p, j);  /* (ASCII: no fold) */
        p += j;
        n -= j;
      }
      else if (j <= LOCAL_MAX) S->in_local = 1;  /* (on in the next chunk) */
    }
    else if (LOCAL_BYTE[*p] && S->nlocal < LOCAL_MAX) {
      S->local[S->nlocal++] = *p++;
      n--;
    }
    else if (*p == '@' && S->nlocal > 0) {  /* (the '@' fed as it is) */
      feed(S, NONE_BYTES, S->nlocal);
      S->nlocal = 0;
      S->in_local = 0;
    }
    else flush_local(S);  /* (the byte read again, out of a local part) */
  }
}

/* a byte >= 0x80 in p[0..n), eight bytes at a time */
static int has_high (const unsigned char *p, size_t n) {
  uint64_t acc = 0, w;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    memcpy(&w, p + i, 8);
    acc |= w;
  }
  for (; i < n; i++) acc |= p[i];
  return (acc & UINT64_C(0x8080808080808080)) != 0;
}

static int is_ws (unsigned char c) {
  return c <= ' ' || c == 0x7f;
}

/* whitespace at s[j] of s[0..n): its bytes (a space beyond ASCII's,
   sb_uspace, only when 'high'), else 0 */
static size_t ws_len (const char *s, size_t n, size_t j, int high) {
  unsigned char c = (unsigned char)s[j];
  return is_ws(c) ? 1 : high && c >= 0xA0 ? sb_uspace(s, n, j) : 0;
}

/* feed raw bytes (the prefix; 'high': it has a byte >= 0x80), folding
   whitespace runs (spaces beyond ASCII's too) on the way */
static void feed_raw (Scan *S, const char *s, size_t n, int high) {
  size_t i = 0, k;
  int fold = high;  /* (a typeset apostrophe or a capital beyond ASCII's, maybe) */
  while (i < n) {
    size_t j = i;
    while (j < n && ws_len(s, n, j, high) == 0) j++;
    if (fold) feed_folded(S, (const unsigned char *)s + i, j - i);
    else feed(S, (const unsigned char *)s + i, j - i);
    if (j < n) {
      feed(S, (const unsigned char *)" ", 1);
      while (j < n && (k = ws_len(s, n, j, high)) != 0) j += k;
    }
    i = j;
  }
}

static void start (Scan *S, const sb_dfa *d, int text) {
  S->d = d;
  S->text = text;
  S->t = 0;
  S->pos = 0;
  S->in_local = 0;
  S->nlocal = 0;
}

/*
** The text is scanned between two virtual spaces, so that a phrase may
** start or end with a space to mean a word boundary at either end.  The
** first automaton runs as the walker goes (copying the text to 'out'
** when given); the second, for UTF-8 phrases, only when the text has a
** byte >= 0x80, over 'out' or a second walk.
*/
static void scan_text (Scan *S, const char *s, size_t len,
                       const sb_reply *r, char *out) {
  const sb_ruleset *rs = S->rs;
  int two = rs->dfa[1].nstates > 0;
  sb_walk w;
  const char *p;
  size_t n, t = 0;
  start(S, &rs->dfa[0], 1);
  S->high = 0;
  feed(S, (const unsigned char *)" ", 1);
  smtpbounce_walk_init(&w, s, len, r);
  while (smtpbounce_walk_next(&w, &p, &n)) {
    if (out != NULL && n <= r->text_len - t) {  /* never past text_len */
      memcpy(out + t, p, n);
      t += n;
    }
    if (!S->high) S->high = has_high((const unsigned char *)p, n);
    feed_text(S, (const unsigned char *)p, n, S->high);
  }
  flush_local(S);
  feed(S, (const unsigned char *)" ", 1);
  if (!S->high || !two) return;
  start(S, &rs->dfa[1], 1);
  feed(S, (const unsigned char *)" ", 1);
  if (out != NULL && t == r->text_len)
    feed_text(S, (const unsigned char *)out, t, 1);
  else {
    smtpbounce_walk_init(&w, s, len, r);
    while (smtpbounce_walk_next(&w, &p, &n))
      feed_text(S, (const unsigned char *)p, n, 1);
  }
  flush_local(S);
  feed(S, (const unsigned char *)" ", 1);
}

/* the clean text in a buffer: each automaton in one tight pass */
static void scan_buffer (Scan *S, const char *text, size_t tlen) {
  const sb_ruleset *rs = S->rs;
  int k, high = has_high((const unsigned char *)text, tlen);
  for (k = 0; k < 2; k++) {
    if (rs->dfa[k].nstates == 0) continue;
    if (k == 1 && !high) continue;
    start(S, &rs->dfa[k], 1);
    feed(S, (const unsigned char *)" ", 1);
    feed_text(S, (const unsigned char *)text, tlen, high);
    flush_local(S);
    feed(S, (const unsigned char *)" ", 1);
  }
}

/* the prefix tells the phase (phase phrases are in either automaton) */
static void scan_prefix (Scan *S, const char *s, size_t len) {
  int k, high = has_high((const unsigned char *)s, len);
  for (k = 0; k < 2; k++) {
    if (S->rs->dfa[k].nstates == 0) continue;
    if (k == 1 && !high) continue;
    start(S, &S->rs->dfa[k], 0);
    feed_raw(S, s, len, high);
  }
}

/* }====================================================================== */


/* {======================================================================
** Rule conditions
** ======================================================================= */

static int seen (const sb_scratch *sc, uint32_t id) {
  return sc->first[id] != SB_NONE;
}

/*
** Ordered clause: greedy, using the first and last start of each phrase.
** Exact for two phrases; for longer chains a middle phrase is tried at
** its first and its last occurrence only.
*/
static int ordered (const sb_ruleset *rs, const sb_scratch *sc,
                    const sb_clause_def *c) {
  uint32_t k, end = 0;
  for (k = 0; k < c->count; k++) {
    uint32_t id = rs->ids[c->first + k];
    if (!seen(sc, id)) return 0;
    if (sc->first[id] >= end) end = sc->first[id] + rs->plen[id];
    else if (sc->last[id] >= end) end = sc->last[id] + rs->plen[id];
    else return 0;
  }
  return 1;
}

static int clause_holds (const sb_ruleset *rs, const sb_scratch *sc,
                         const sb_clause_def *c) {
  uint32_t k;
  switch (c->kind) {
    case SB_ORDERED: return ordered(rs, sc, c);
    case SB_NONEOF:
      for (k = 0; k < c->count; k++)
        if (seen(sc, rs->ids[c->first + k])) return 0;
      return 1;
    default:
      for (k = 0; k < c->count; k++)
        if (seen(sc, rs->ids[c->first + k])) return 1;
      return 0;
  }
}

static int code_ok (const sb_ruleset *rs, const sb_rule *r, int code) {
  uint32_t k;
  if (r->code_count == 0) return 1;
  for (k = 0; k < r->code_count; k++) {
    const int *p = rs->codes + 2 * (r->code_first + k);
    if (code >= p[0] && code <= p[1]) return 1;
  }
  return 0;
}

static int status_ok (const sb_ruleset *rs, const sb_rule *r,
                      const sb_reply *rp) {
  uint32_t k;
  if (r->status_count == 0) return 1;
  if (rp->st_class == 0) return 0;
  for (k = 0; k < r->status_count; k++) {
    const int *p = rs->statuses + 3 * (r->status_first + k);
    if ((p[0] < 0 || p[0] == rp->st_class) &&
        (p[1] < 0 || p[1] == rp->st_subject) &&
        (p[2] < 0 || p[2] == rp->st_detail)) return 1;
  }
  return 0;
}

static int prov_ok (const sb_ruleset *rs, const sb_rule *r, uint32_t prov) {
  uint32_t k;
  if (r->prov_count == 0) return 1;
  for (k = 0; k < r->prov_count; k++)
    if (rs->provs[r->prov_first + k] == prov) return 1;
  return 0;
}

/* every condition of rule 'i' except its external one */
static int rule_ok (const sb_ruleset *rs, const sb_scratch *sc,
                    const sb_reply *rp, const sb_decision *d, uint32_t i) {
  const sb_rule *r = &rs->rules[i];
  uint32_t k;
  if (r->classes != 0 && !(r->classes & SB_CLASS_BIT(d->klass))) return 0;
  if (r->phases != 0 && !(r->phases & (1u << d->phase))) return 0;
  if (!code_ok(rs, r, rp->code) || !status_ok(rs, r, rp) ||
      !prov_ok(rs, r, d->provider)) return 0;
  for (k = 0; k < r->clause_count; k++)
    if (!clause_holds(rs, sc, &rs->clauses[r->clause_first + k])) return 0;
  return 1;
}

int smtpbounce_rule_matches (const sb_ruleset *rs, const sb_scratch *sc,
                             const sb_reply *r, const sb_decision *d,
                             uint32_t i) {
  return i < rs->nrules && rule_ok(rs, sc, r, d, i);
}

/* }====================================================================== */


/* {======================================================================
** Deciding
** ======================================================================= */

/*
** The provider: the one the caller forces; else the caller's context,
** the MX (the server that answered) before the recipient domain when
** they name different providers; only when neither is given or known,
** what the text says: the relay it names ("host mx.x[...] said:"), then
** the first provider token (a bracketed "[TSS04]", "gsmtp").  A token
** another provider's replies quote (Yahoo's quoting Gmail's wording)
** never overrides a known host or domain.
*/
static uint32_t detect (const sb_ruleset *rs, const sb_reply *r,
                        const char *s, const sb_ctx *ctx, uint32_t token) {
  uint32_t prov;
  if (ctx && ctx->provider < rs->nproviders) return ctx->provider;
  if (ctx && ctx->mx &&
      sb_host_lookup(&rs->hosts, ctx->mx, ctx->mx_len, &prov))
    return prov;
  if (ctx && ctx->domain &&
      sb_host_lookup(&rs->domains, ctx->domain, ctx->domain_len, &prov))
    return prov;
  if (r->relay.len > 0 &&
      sb_host_lookup(&rs->hosts, s + r->relay.off, r->relay.len, &prov))
    return prov;
  return token;  /* SB_NONE when none */
}

static int accept (const sb_ruleset *rs, uint32_t i, sb_confirm confirm,
                   void *cud) {
  if (!rs->rules[i].external) return 1;
  return confirm != NULL && confirm(cud, i);
}

/*
** Candidates: rules triggered by a phrase that occurred, then rules with no
** positive phrase that may hold for this class and status class, in
** order, until they cannot beat the best found.  The lowest index that
** holds wins.
*/
static uint32_t decide (const sb_ruleset *rs, const sb_scratch *sc,
                        const sb_reply *r, const sb_decision *d,
                        sb_confirm confirm, void *cud) {
  uint32_t best = SB_NONE, h, k, l = SB_LIST(d->klass, r->st_class);
  for (h = 0; h < sc->ntouched; h++) {
    uint32_t id = sc->touched[h];
    for (k = rs->trig_first[id]; k < rs->trig_first[id + 1]; k++) {
      uint32_t i = rs->trig[k];
      if (i == SB_NONE || i >= best) break;  /* lists are ascending */
      if (rule_ok(rs, sc, r, d, i) && accept(rs, i, confirm, cud)) best = i;
    }
  }
  for (k = rs->plain_first[l]; k < rs->plain_first[l + 1]; k++) {
    uint32_t i = rs->plain[k];
    if (i >= best) break;
    if (rule_ok(rs, sc, r, d, i) && accept(rs, i, confirm, cud)) return i;
  }
  return best;
}

void smtpbounce_classify (const sb_ruleset *rs, sb_scratch *sc,
                          const char *s, size_t len, const sb_reply *r,
                          const sb_ctx *ctx, sb_confirm confirm, void *cud,
                          sb_decision *d) {
  smtpbounce_classify_text(rs, sc, s, len, r, ctx, confirm, cud, NULL, d);
}

/*
** Clear what the last classification left in the scratch; scan the
** prefix, and what follows the body (Postfix's "(in reply to RCPT TO
** command)"), for the phase.  The phase the tail names is the reply's
** own (S->tail): finish takes it where it comes before the caller's.
*/
static void begin (Scan *S, const sb_ruleset *rs, sb_scratch *sc,
                   const char *s, size_t len, const sb_reply *r) {
  uint32_t h;
  size_t end = r->body.off + r->body.len;
  for (h = 0; h < sc->ntouched; h++) sc->first[sc->touched[h]] = SB_NONE;
  sc->ntouched = 0;
  S->rs = rs;  S->sc = sc;  S->phase = 0;  S->tail = 0;  S->token = SB_NONE;
  if (r->prefix.len > 0) scan_prefix(S, s + r->prefix.off, r->prefix.len);
  if (s != NULL && end < len) {
    int before = S->phase;
    S->phase = 0;
    scan_prefix(S, s + end, len - end);
    S->tail = S->phase;
    if (before != 0) S->phase = before;
  }
}

static void finish (Scan *S, const char *s, const sb_reply *r,
                    const sb_ctx *ctx, sb_confirm confirm, void *cud,
                    sb_decision *d) {
  const sb_ruleset *rs = S->rs;
  d->klass = smtpbounce_class(r);
  d->phase = (ctx && ctx->phase > 0 && ctx->phase < SB_PHASE_MAX)
             ? ctx->phase : S->phase;
  /* (a reply whose own words name an earlier command than the caller's:
     a relay's inner refusal, "(in reply to MAIL FROM command)" given
     for our RCPT, the conversation stopped there; Exim's "sender verify
     fail for <a@b>: ... was: 553 ..." before the reply it quotes, the
     callout to our sender's server) */
  if (S->tail != 0 && S->tail < d->phase) d->phase = S->tail;
  if (S->phase != 0 && S->phase < d->phase) d->phase = S->phase;
  d->provider = detect(rs, r, s, ctx, S->token);
  d->rule = decide(rs, S->sc, r, d, confirm, cud);
}

void smtpbounce_classify_text (const sb_ruleset *rs, sb_scratch *sc,
                               const char *s, size_t len, const sb_reply *r,
                               const sb_ctx *ctx, sb_confirm confirm,
                               void *cud, char *text, sb_decision *d) {
  Scan S;
  begin(&S, rs, sc, s, len, r);
  scan_text(&S, s, len, r, text);
  finish(&S, s, r, ctx, confirm, cud, d);
}

void smtpbounce_classify_buffer (const sb_ruleset *rs, sb_scratch *sc,
                                 const char *s, size_t len,
                                 const sb_reply *r, const char *text,
                                 size_t tlen, const sb_ctx *ctx,
                                 sb_confirm confirm, void *cud,
                                 sb_decision *d) {
  Scan S;
  begin(&S, rs, sc, s, len, r);
  scan_buffer(&S, text, tlen);
  finish(&S, s, r, ctx, confirm, cud, d);
}

uint32_t smtpbounce_nhits (const sb_scratch *sc) {
  return sc->ntouched;
}

void smtpbounce_hit (const sb_scratch *sc, uint32_t i, uint32_t *id,
                     size_t *off) {
  uint32_t p = sc->touched[i];
  *id = p;
  /* stream position 0 is the leading virtual space */
  *off = sc->first[p] > 0 ? (size_t)sc->first[p] - 1 : 0;
}

/* }====================================================================== */
