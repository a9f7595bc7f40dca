/*
** fuzz_compile.c -- libFuzzer target for smtpbounce_compile: the input is
** decoded into an arbitrary ruleset description -- phrases (raw bytes, or
** words that collide once normalised), clauses with any kind, first and
** count, rules with any class and phase masks and any ranges into the
** codes, statuses, provider indices and clauses, hosts, domains, token and
** phase phrases -- with out-of-range values now and then (the last few
** values of each index byte), and sometimes an allocation that fails.
**
** smtpbounce_compile must answer SB_OK exactly when the description is
** valid (fz_def_valid, written from the header's contract), SB_EINVAL
** otherwise, SB_ENOMEM only when an allocation failed; never leak, never
** crash.  A ruleset that compiles then classifies a few replies -- the
** rest of the input split at 0xFE bytes, and replies made of its own
** phrases -- each checked against the reference classifier.
*/

#include <limits.h>

#include "fuzz_common.h"

#define MAXP  24      /* phrases */
#define MAXI  64      /* clause phrase ids */
#define MAXC  32      /* clauses */
#define MAXR  24      /* rules */
#define MAXV  16      /* code pairs, status triples, provider indices */
#define MAXH  8       /* hosts, domains */

typedef struct In {
  const uint8_t *p;
  size_t n;
} In;

static unsigned get (In *in) {
  if (in->n == 0) return 0;
  in->n--;
  return *in->p++;
}

/* up to 'k' bytes of the input, as they are */
static const char *take (In *in, size_t k, size_t *got) {
  const char *s = (const char *)in->p;
  if (k > in->n) k = in->n;
  in->p += k;
  in->n -= k;
  *got = k;
  return s;
}

/* an index below 'lim' (any byte when lim is 0); byte values 250..255
** give values at or past the limit */
static uint32_t index_of (In *in, uint32_t lim) {
  static const uint32_t odd[] = {0, 1, SB_NONE, 0x7FFFFFFFu, 0x80000000u,
                                 0xFFFFFFFEu};
  unsigned b = get(in);
  if (b >= 250) return b - 250 < 2 ? lim + odd[b - 250] : odd[b - 250];
  return lim ? b % lim : b;
}

/* a range [first, first + count) inside an array of n, mostly */
static void range_of (In *in, uint32_t n, uint32_t *first, uint32_t *count,
                      int nonempty) {
  unsigned b = get(in);
  *first = (b >= 250) ? index_of(in, n) : b % (n + 1);
  b = get(in);
  if (b >= 250) *count = index_of(in, n);
  else if (nonempty && n > *first) *count = 1 + b % (n - *first);
  else *count = b % (n - (*first <= n ? *first : n) + 1);
}

static int int_of (In *in) {
  static const int vals[] = {0, 200, 250, 299, 400, 421, 450, 451, 499, 500,
                             550, 551, 552, 554, 559, 599, 999, -1, INT_MIN,
                             INT_MAX, 1, 2, 4, 5, 7};
  unsigned b = get(in);
  if (b < 200) return vals[b % (sizeof(vals) / sizeof(vals[0]))];
  return (int)(int16_t)(uint16_t)(get(in) << 8 | get(in));
}

static const char *const words[] = {
  "user unknown", "User  Unknown", "user\tunknown ", " ", "a", "550",
  "mailbox full", "spam", " gsmtp", "in reply to rcpt to command"
};
#define NWORDS  (sizeof(words) / sizeof(words[0]))

typedef struct Desc {
  const char *phrases[MAXP];
  size_t plens[MAXP];
  uint32_t token[MAXP];
  unsigned char phase[MAXP];
  uint32_t ids[MAXI];
  sb_clause_def clauses[MAXC];
  int codes[2 * MAXV];
  int statuses[3 * MAXV];
  uint32_t provs[MAXV];
  sb_rule_def rules[MAXR];
  const char *hosts[MAXH];
  size_t host_lens[MAXH];
  uint32_t host_prov[MAXH];
  const char *domains[MAXH];
  size_t domain_lens[MAXH];
  uint32_t domain_prov[MAXH];
  sb_ruleset_def def;
} Desc;

static void decode_phrases (In *in, Desc *D, sb_ruleset_def *d) {
  uint32_t i;
  unsigned flags;
  d->nphrases = get(in) % (MAXP + 1);
  for (i = 0; i < d->nphrases; i++) {
    unsigned b = get(in);
    if (b < 2 * NWORDS) {
      D->phrases[i] = words[b % NWORDS];
      D->plens[i] = strlen(words[b % NWORDS]);
    }
    else D->phrases[i] = take(in, b % 13, &D->plens[i]);
  }
  d->nproviders = get(in) % 6;
  flags = get(in);
  for (i = 0; i < d->nphrases; i++) {
    D->token[i] = SB_NONE;
    if ((flags & 1) && get(in) >= 128) D->token[i] = index_of(in, d->nproviders);
    D->phase[i] = 0;
    if (flags & 2) {
      unsigned b = get(in);
      D->phase[i] = (unsigned char)(b < 240 ? b % SB_PHASE_MAX : b);
    }
  }
  d->phrases = D->phrases;  d->phrase_lens = D->plens;
  d->token_phrase = (flags & 1) ? D->token : NULL;
  d->phase_phrase = (flags & 2) ? D->phase : NULL;
}

static void decode_rules (In *in, Desc *D, sb_ruleset_def *d) {
  uint32_t i;
  d->nids = get(in) % (MAXI + 1);
  for (i = 0; i < d->nids; i++) D->ids[i] = index_of(in, d->nphrases);
  d->nclauses = get(in) % (MAXC + 1);
  for (i = 0; i < d->nclauses; i++) {
    static const int odd_kinds[] = {3, -1, INT_MIN, INT_MAX};
    unsigned b = get(in);
    D->clauses[i].kind = (b % 4 < 3) ? (int)(b % 4) : odd_kinds[(b >> 2) % 4];
    range_of(in, d->nids, &D->clauses[i].first, &D->clauses[i].count, 1);
  }
  d->ncodes = get(in) % (MAXV + 1);
  for (i = 0; i < 2 * d->ncodes; i++) D->codes[i] = int_of(in);
  d->nstatuses = get(in) % (MAXV + 1);
  for (i = 0; i < 3 * d->nstatuses; i++) D->statuses[i] = int_of(in);
  d->nprovs = get(in) % (MAXV + 1);
  for (i = 0; i < d->nprovs; i++) D->provs[i] = index_of(in, d->nproviders);
  d->nrules = get(in) % (MAXR + 1);
  for (i = 0; i < d->nrules; i++) {
    sb_rule_def *r = &D->rules[i];
    unsigned b = get(in);
    r->classes = b & 0x7f ? b & 0x7f : 0;
    if (b & 0x80) r->classes |= 0xFFFFFF00u;
    b = get(in);
    r->phases = b & 0x7f;
    if (b & 0x80) r->phases |= 0xFFFFFF00u;
    r->external = get(in) >= 224;
    range_of(in, d->ncodes, &r->code_first, &r->code_count, 0);
    range_of(in, d->nstatuses, &r->status_first, &r->status_count, 0);
    range_of(in, d->nprovs, &r->prov_first, &r->prov_count, 0);
    range_of(in, d->nclauses, &r->clause_first, &r->clause_count, 0);
  }
  d->ids = D->ids;  d->clauses = D->clauses;  d->codes = D->codes;
  d->statuses = D->statuses;  d->provs = D->provs;  d->rules = D->rules;
}

static void decode_hosts (In *in, Desc *D, sb_ruleset_def *d) {
  uint32_t i;
  d->nhosts = get(in) % (MAXH + 1);
  for (i = 0; i < d->nhosts; i++) {
    D->hosts[i] = take(in, get(in) % 20, &D->host_lens[i]);
    D->host_prov[i] = index_of(in, d->nproviders);
  }
  d->ndomains = get(in) % (MAXH + 1);
  for (i = 0; i < d->ndomains; i++) {
    D->domains[i] = take(in, get(in) % 20, &D->domain_lens[i]);
    D->domain_prov[i] = index_of(in, d->nproviders);
  }
  d->hosts = D->hosts;  d->host_lens = D->host_lens;
  d->host_prov = D->host_prov;
  d->domains = D->domains;  d->domain_lens = D->domain_lens;
  d->domain_prov = D->domain_prov;
}

typedef struct Confirm {
  const sb_ruleset_def *def;
  unsigned mask;          /* rule i is confirmed when bit i % 8 is set */
} Confirm;

static int confirm (void *ud, uint32_t rule) {
  const Confirm *c = (const Confirm *)ud;
  FUZZ_CHECK(rule < c->def->nrules && c->def->rules[rule].external);
  return (c->mask >> (rule % 8)) & 1;
}

static void classify_one (const sb_ruleset *rs, sb_scratch *sc, Oracle *o,
                          const char *s, size_t len, const sb_ctx *ctx,
                          Confirm *cf) {
  sb_reply r;
  sb_decision d;
  FzVerdict v;
  char *text, *text2;
  smtpbounce_parse(s, len, &r);
  text = fz_check_reply(s, len, &r);
  text2 = (char *)malloc(r.text_len ? r.text_len : 1);
  FUZZ_CHECK(text2 != NULL);
  smtpbounce_classify_text(rs, sc, s, len, &r, ctx, confirm, cf, text2, &d);
  FUZZ_CHECK(r.text_len == 0 || memcmp(text, text2, r.text_len) == 0);
  oracle_decide(o, s, len, &r, text, ctx, confirm, cf, &v);
  oracle_compare(o, rs, sc, &r, &d, &v);
  free(text2);
  free(text);
}

/* "550 " and the phrases, in order or reversed, joined by spaces */
static size_t phrase_reply (const sb_ruleset_def *d, int reverse, char *buf) {
  size_t n = 0;
  uint32_t i;
  memcpy(buf, reverse ? "450 4.2.2 " : "550 ", reverse ? 10 : 4);
  n = reverse ? 10 : 4;
  for (i = 0; i < d->nphrases; i++) {
    uint32_t k = reverse ? d->nphrases - 1 - i : i;
    memcpy(buf + n, d->phrases[k], d->phrase_lens[k]);
    n += d->phrase_lens[k];
    buf[n++] = ' ';
  }
  return n;
}

static void classify_all (const sb_ruleset *rs, const sb_ruleset_def *d,
                          Oracle *o, In *in, FzAlloc *heap) {
  sb_scratch *sc = smtpbounce_scratch_new(rs, fz_alloc, heap);
  Confirm cf;
  sb_ctx ctx;
  char buf[4 + MAXP * 256 + 16];
  unsigned b;
  size_t n;
  int k;
  if (sc == NULL) return;  /* the failing allocation hit the scratch */
  cf.def = d;
  cf.mask = get(in);
  b = get(in);
  memset(&ctx, 0, sizeof(ctx));
  ctx.provider = (b & 1) ? index_of(in, d->nproviders) : SB_NONE;
  ctx.phase = (int)((b >> 1) & 7);
  if ((b & 16) && d->nhosts) {
    ctx.mx = d->hosts[0];  ctx.mx_len = d->host_lens[0];
  }
  if ((b & 32) && d->ndomains) {
    ctx.domain = d->domains[0];  ctx.domain_len = d->domain_lens[0];
  }
  for (k = 0; k < 2; k++) {
    n = phrase_reply(d, k, buf);
    classify_one(rs, sc, o, buf, n, k ? &ctx : NULL, &cf);
  }
  if (d->nhosts) {
    n = (size_t)sprintf(buf, "host ");
    memcpy(buf + n, d->hosts[0], d->host_lens[0]);
    n += d->host_lens[0];
    n += (size_t)sprintf(buf + n, "[192.0.2.1] said: 554 5.7.1 ");
    if (d->nphrases) {
      memcpy(buf + n, d->phrases[0], d->phrase_lens[0]);
      n += d->phrase_lens[0];
    }
    classify_one(rs, sc, o, buf, n, NULL, &cf);
  }
  /* the rest of the input: replies separated by 0xFE */
  while (in->n > 0) {
    const char *s = (const char *)in->p;
    const uint8_t *e = (const uint8_t *)memchr(in->p, 0xFE, in->n);
    size_t len = e ? (size_t)(e - in->p) : in->n;
    in->p += len + (e != NULL);
    in->n -= len + (e != NULL);
    classify_one(rs, sc, o, s, len, &ctx, &cf);
  }
  smtpbounce_scratch_free(sc, fz_alloc, heap);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  static Desc D;
  sb_ruleset_def *d = &D.def;
  In in;
  FzAlloc heap;
  Oracle o;
  sb_ruleset *rs = (sb_ruleset *)&heap;
  sb_error err;
  long fail_at = -1;
  unsigned b;
  in.p = data;
  in.n = size;
  memset(&D, 0, sizeof(D));
  b = get(&in);
  if (b >= 224) fail_at = (long)get(&in);
  decode_phrases(&in, &D, d);
  decode_rules(&in, &D, d);
  decode_hosts(&in, &D, d);
  oracle_init(&o, d);
  fz_alloc_init(&heap, fail_at);
  err = smtpbounce_compile(d, fz_alloc, &heap, &rs);
  if (err == SB_OK) FUZZ_CHECK(rs != NULL);
  else FUZZ_CHECK(rs == NULL && heap.live == 0 && heap.nalloc == heap.nfree);
  if (o.valid)
    FUZZ_CHECK(err == SB_OK || (err == SB_ENOMEM && fail_at >= 0));
  else
    FUZZ_CHECK(err == SB_EINVAL || (err == SB_ENOMEM && fail_at >= 0));
  if (err == SB_OK) {
    FUZZ_CHECK(smtpbounce_ruleset_size(rs) == heap.live);
    FUZZ_CHECK(smtpbounce_nrules(rs) == d->nrules);
    classify_all(rs, d, &o, &in, &heap);
    smtpbounce_free(rs, fz_alloc, &heap);
    FUZZ_CHECK(heap.live == 0 && heap.nalloc == heap.nfree);
  }
  oracle_free(&o);
  return 0;
}
