/*
** test_ruleset.c -- standalone tests of the ruleset compiler (sb_ruleset.c)
** and the classifier over the rulesets it builds (sb_classify.c; the
** classifier's entry points on a small ruleset and bad input are in
** test_classify.c), without Lua: rulesets are described
** directly as sb_ruleset_def and compiled through a counting allocator
** that records every allocation and free, checks the sizes it is told,
** and fails on demand.
**
** Covered: phrase automaton hits (overlaps, suffixes, case, whitespace,
** word-boundary phrases), rule priority, every rule condition, provider
** detection order, external (confirmed) rules, no allocation while
** classifying, every byte freed, allocation failure at every allocation
** index, SB_EINVAL and SB_ETOOBIG.
*/

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpbounce.h"
#include "check.h"


/* {======================================================================
** Counting allocator
** ======================================================================= */

typedef struct Counter {
  long calls;             /* allocation attempts (new blocks and resizes) */
  long nalloc;            /* new blocks handed out */
  long nfree;             /* blocks freed */
  long bad_size;          /* frees or resizes whose osize was wrong */
  long fail_at;           /* fail attempt number fail_at (0-based); -1 never */
  size_t live;            /* bytes handed out and not freed */
  size_t peak;            /* most bytes live at once */
} Counter;

/* each block carries its size in front, to check the osize of frees */
typedef union Header {
  size_t size;
  long double align_ld;
  void *align_p;
  long long align_ll;
} Header;

static void *counting_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  Counter *c = (Counter *)ud;
  Header *h = NULL;
  if (ptr != NULL) {
    h = (Header *)ptr - 1;
    if (h->size != osize) c->bad_size++;
  }
  if (nsize == 0) {
    if (h != NULL) {
      c->nfree++;
      c->live -= h->size;
      free(h);
    }
    return NULL;
  }
  if (c->fail_at >= 0 && c->calls++ == c->fail_at) return NULL;
  if (c->fail_at < 0) c->calls++;
  if (h == NULL) {
    h = (Header *)malloc(sizeof(Header) + nsize);
    if (h == NULL) return NULL;
    c->nalloc++;
  }
  else {
    size_t old = h->size;
    Header *nh = (Header *)realloc(h, sizeof(Header) + nsize);
    if (nh == NULL) return NULL;
    h = nh;
    c->live -= old;
  }
  h->size = nsize;
  c->live += nsize;
  if (c->live > c->peak) c->peak = c->live;
  return h + 1;
}

static void counter_init (Counter *c) {
  memset(c, 0, sizeof(*c));
  c->fail_at = -1;
}

/* }====================================================================== */


/* {======================================================================
** Building descriptions
** ======================================================================= */

#define MAXP  2048

typedef struct Def {
  const char *phrases[MAXP];
  size_t plens[MAXP];
  uint32_t token_phrase[MAXP];
  unsigned char phase_phrase[MAXP];
  uint32_t nphrases;
  uint32_t ids[256];
  uint32_t nids;
  sb_clause_def clauses[64];
  uint32_t nclauses;
  int codes[128];
  uint32_t ncodes;        /* pairs */
  int statuses[192];
  uint32_t nstatuses;     /* triples */
  uint32_t provs[64];
  uint32_t nprovs;
  sb_rule_def rules[64];
  uint32_t nrules;
  const char *hosts[16];
  size_t host_lens[16];
  uint32_t host_prov[16];
  uint32_t nhosts;
  const char *domains[16];
  size_t domain_lens[16];
  uint32_t domain_prov[16];
  uint32_t ndomains;
  uint32_t nproviders;
  sb_ruleset_def def;
} Def;

static Def D;  /* the description under construction (large: static) */

static void def_init (Def *d) {
  memset(d, 0, sizeof(*d));
}

/* a phrase of 'len' bytes, always a new one (duplicates are for tests) */
static uint32_t add_phrase (Def *d, const char *s, size_t len) {
  uint32_t i = d->nphrases++;
  d->phrases[i] = s;
  d->plens[i] = len;
  d->token_phrase[i] = SB_NONE;
  d->phase_phrase[i] = 0;
  return i;
}

/* the id of phrase 's', added if new */
static uint32_t phrase (Def *d, const char *s) {
  uint32_t i;
  for (i = 0; i < d->nphrases; i++)
    if (d->plens[i] == strlen(s) && memcmp(d->phrases[i], s, d->plens[i]) == 0)
      return i;
  return add_phrase(d, s, strlen(s));
}

/* a new rule, lowest priority so far; conditions are added below */
static uint32_t rule (Def *d) {
  sb_rule_def *r = &d->rules[d->nrules];
  memset(r, 0, sizeof(*r));
  r->code_first = d->ncodes;
  r->status_first = d->nstatuses;
  r->prov_first = d->nprovs;
  r->clause_first = d->nclauses;
  return d->nrules++;
}

static sb_rule_def *last_rule (Def *d) {
  return &d->rules[d->nrules - 1];
}

static void r_code (Def *d, int lo, int hi) {
  d->codes[2 * d->ncodes] = lo;
  d->codes[2 * d->ncodes + 1] = hi;
  d->ncodes++;
  last_rule(d)->code_count++;
}

static void r_status (Def *d, int cl, int sub, int det) {
  d->statuses[3 * d->nstatuses] = cl;
  d->statuses[3 * d->nstatuses + 1] = sub;
  d->statuses[3 * d->nstatuses + 2] = det;
  d->nstatuses++;
  last_rule(d)->status_count++;
}

static void r_prov (Def *d, uint32_t p) {
  d->provs[d->nprovs++] = p;
  last_rule(d)->prov_count++;
}

/* a clause of 'kind' over the phrases given, NULL-terminated */
static void r_clause (Def *d, int kind, ...) {
  va_list ap;
  const char *s;
  sb_clause_def *c = &d->clauses[d->nclauses++];
  c->kind = kind;
  c->first = d->nids;
  c->count = 0;
  va_start(ap, kind);
  while ((s = va_arg(ap, const char *)) != NULL) {
    d->ids[d->nids++] = phrase(d, s);
    c->count++;
  }
  va_end(ap);
  last_rule(d)->clause_count++;
}

static void host (Def *d, const char *name, uint32_t prov) {
  d->hosts[d->nhosts] = name;
  d->host_lens[d->nhosts] = strlen(name);
  d->host_prov[d->nhosts++] = prov;
}

static void domain (Def *d, const char *name, uint32_t prov) {
  d->domains[d->ndomains] = name;
  d->domain_lens[d->ndomains] = strlen(name);
  d->domain_prov[d->ndomains++] = prov;
}

static void token (Def *d, const char *s, uint32_t prov) {
  d->token_phrase[phrase(d, s)] = prov;
}

static void phase_word (Def *d, const char *s, int phase) {
  d->phase_phrase[phrase(d, s)] = (unsigned char)phase;
}

static const sb_ruleset_def *finish (Def *d) {
  sb_ruleset_def *f = &d->def;
  memset(f, 0, sizeof(*f));
  f->phrases = d->phrases;  f->phrase_lens = d->plens;
  f->nphrases = d->nphrases;
  f->ids = d->ids;  f->nids = d->nids;
  f->clauses = d->clauses;  f->nclauses = d->nclauses;
  f->codes = d->codes;  f->ncodes = d->ncodes;
  f->statuses = d->statuses;  f->nstatuses = d->nstatuses;
  f->provs = d->provs;  f->nprovs = d->nprovs;
  f->rules = d->rules;  f->nrules = d->nrules;
  f->nproviders = d->nproviders;
  f->token_phrase = d->token_phrase;
  f->hosts = d->hosts;  f->host_lens = d->host_lens;
  f->host_prov = d->host_prov;  f->nhosts = d->nhosts;
  f->domains = d->domains;  f->domain_lens = d->domain_lens;
  f->domain_prov = d->domain_prov;  f->ndomains = d->ndomains;
  f->phase_phrase = d->phase_phrase;
  return f;
}

/* }====================================================================== */


/* {======================================================================
** Running
** ======================================================================= */

typedef struct Env {
  Counter c;
  sb_ruleset *rs;
  sb_scratch *sc;
  sb_reply r;
  sb_decision d;
} Env;

/* compile D into e (CHECKed); returns 1 on success */
static int env_open (Env *e) {
  sb_error err;
  counter_init(&e->c);
  err = smtpbounce_compile(finish(&D), counting_alloc, &e->c, &e->rs);
  if (!CHECK(err == SB_OK)) {
    printf("    smtpbounce_compile: error %d\n", (int)err);
    e->rs = NULL;
    return 0;
  }
  CHECK_INT(smtpbounce_ruleset_size(e->rs), e->c.live);
  e->sc = smtpbounce_scratch_new(e->rs, counting_alloc, &e->c);
  return CHECK(e->sc != NULL);
}

/* free everything and check that every byte came back */
static void env_close (Env *e) {
  if (e->rs == NULL) return;
  smtpbounce_scratch_free(e->sc, counting_alloc, &e->c);
  smtpbounce_free(e->rs, counting_alloc, &e->c);
  CHECK_INT(e->c.live, 0);
  CHECK_INT(e->c.nalloc, e->c.nfree);
  CHECK_INT(e->c.bad_size, 0);
  e->rs = NULL;
}

/* classify the NUL-terminated reply 's' with 'ctx' (may be NULL) */
static uint32_t classify_ctx (Env *e, const char *s, const sb_ctx *ctx) {
  size_t len = strlen(s);
  smtpbounce_parse(s, len, &e->r);
  smtpbounce_classify(e->rs, e->sc, s, len, &e->r, ctx, NULL, NULL, &e->d);
  return e->d.rule;
}

static uint32_t classify (Env *e, const char *s) {
  return classify_ctx(e, s, NULL);
}

static sb_ctx no_ctx (void) {
  sb_ctx c;
  memset(&c, 0, sizeof(c));
  c.provider = SB_NONE;
  return c;
}

/* offset of phrase 'id' in the clean text after the last classify, or -1 */
static long hit_at (const Env *e, uint32_t id) {
  uint32_t i, n = smtpbounce_nhits(e->sc), hid;
  size_t off;
  for (i = 0; i < n; i++) {
    smtpbounce_hit(e->sc, i, &hid, &off);
    if (hid == id) return (long)off;
  }
  return -1;
}

/* the clean text of the last classified reply, for offset checks */
static char text_buf[4096];
static size_t clean_text (const char *s) {
  sb_reply r;
  size_t len = strlen(s);
  smtpbounce_parse(s, len, &r);
  if (r.text_len >= sizeof(text_buf)) return 0;
  return smtpbounce_text(s, len, &r, text_buf);
}

/* }====================================================================== */


/* {======================================================================
** Tests
** ======================================================================= */

static void test_normalize (void) {
  char out[64];
  size_t n = smtpbounce_normalize("  Over \t\r\n QUOTA\001x ", 20, out);
  CHECK_STR(out, n, " over quota x ");
  n = smtpbounce_normalize("ABC\xC9\xE9", 5, out);
  CHECK_STR(out, n, "abc\xC9\xE9");
  n = smtpbounce_normalize("", 0, out);
  CHECK_INT(n, 0);
  /* two-byte capitals beyond ASCII: their small letters, same length */
  n = smtpbounce_normalize("\xC3\x89" "CHEC \xD0\x9D\xD0\x95 \xD0\x81\xD0\xA0", 16, out);
  CHECK_STR(out, n, "\xC3\xA9" "chec \xD0\xBD\xD0\xB5 \xD1\x91\xD1\x80");  /* échec не ёр */
  n = smtpbounce_normalize("\xC5\x81\xC5\xBB\xC4\x8C\xCE\x86\xCE\xA3\xD2\x90", 12, out);
  CHECK_STR(out, n, "\xC5\x82\xC5\xBC\xC4\x8D\xCE\xAC\xCF\x83\xD2\x91");  /* łżčάσґ */
  /* kept: ×, İ (its small letter is ASCII), small letters, a lone lead
     byte, a lead byte before another */
  n = smtpbounce_normalize("\xC3\x97\xC4\xB0\xC3\xA9\xC3\xC3\x89\xD0", 10, out);
  CHECK_STR(out, n, "\xC3\x97\xC4\xB0\xC3\xA9\xC3\xC3\xA9\xD0");
}

static void test_hits (void) {
  Env e;
  uint32_t user_unknown, unknown, abcd, bcde, mail, mailbox, rbl, tls, quota,
           cafe, twice, sboi, he;
  size_t tl;
  def_init(&D);
  user_unknown = phrase(&D, "user unknown");
  unknown = phrase(&D, "unknown");        /* a suffix of the one above */
  abcd = phrase(&D, "abcd");
  bcde = phrase(&D, "bcde");              /* overlaps abcd */
  mail = phrase(&D, "mail");
  mailbox = phrase(&D, "mailbox");        /* mail is its prefix */
  rbl = phrase(&D, " rbl");               /* word start */
  tls = phrase(&D, "tls ");               /* word end */
  quota = phrase(&D, "Over  \t Quota");   /* case and spaces folded */
  cafe = phrase(&D, "caf\xE9");           /* a Latin-1 byte: no folding */
  twice = phrase(&D, "twice");
  sboi = phrase(&D, "\xD1\x81\xD0\xB1\xD0\xBE\xD0\xB9");  /* сбой */
  he = phrase(&D, "H\xC3\xA9");         /* Hé */
  if (!env_open(&e)) return;

  classify(&e, "550 5.1.1 user unknown");
  CHECK_INT(smtpbounce_nhits(e.sc), 2);
  CHECK_INT(hit_at(&e, user_unknown), 0);
  CHECK_INT(hit_at(&e, unknown), 5);
  CHECK_INT(e.d.rule, SB_NONE);           /* no rules at all */

  classify(&e, "550 xabcdex");
  CHECK_INT(smtpbounce_nhits(e.sc), 2);
  CHECK_INT(hit_at(&e, abcd), 1);
  CHECK_INT(hit_at(&e, bcde), 2);
  {
    uint32_t id;
    size_t off;
    smtpbounce_hit(e.sc, 0, &id, &off);   /* in the order first seen */
    CHECK_INT(id, abcd);
    smtpbounce_hit(e.sc, 1, &id, &off);
    CHECK_INT(id, bcde);
  }

  classify(&e, "550 Your MAILBOX");
  CHECK_INT(hit_at(&e, mail), 5);
  CHECK_INT(hit_at(&e, mailbox), 5);
  CHECK_INT(smtpbounce_nhits(e.sc), 2);

  /* the scratch forgets the previous reply */
  classify(&e, "550 nothing here");
  CHECK_INT(smtpbounce_nhits(e.sc), 0);
  CHECK_INT(hit_at(&e, mail), -1);

  /* word boundaries: the text is scanned between two virtual spaces */
  classify(&e, "550 rbl");
  CHECK_INT(hit_at(&e, rbl), 0);
  classify(&e, "550 listed in rbl.example");
  tl = clean_text("550 listed in rbl.example");
  CHECK_STR(text_buf, tl, "listed in rbl.example");
  CHECK_INT(hit_at(&e, rbl), 9);          /* the space before "rbl" */
  classify(&e, "550 surbl");
  CHECK_INT(hit_at(&e, rbl), -1);
  classify(&e, "550 need TLS");
  CHECK_INT(hit_at(&e, tls), 5);
  classify(&e, "550 tls here");
  CHECK_INT(hit_at(&e, tls), 0);
  classify(&e, "550 need tlsv1");
  CHECK_INT(hit_at(&e, tls), -1);

  /* case and whitespace, also across continuation lines */
  classify(&e, "452 4.2.2 OVER\t\t QUOTA");
  CHECK_INT(hit_at(&e, quota), 0);
  classify(&e, "452-4.2.2 over\r\n452 4.2.2 quota");
  CHECK_INT(hit_at(&e, quota), 0);
  classify(&e, "452 overquota");
  CHECK_INT(hit_at(&e, quota), -1);

  classify(&e, "550 CAF\xE9");
  CHECK_INT(hit_at(&e, cafe), 0);
  classify(&e, "550 caf\xC9");
  CHECK_INT(hit_at(&e, cafe), -1);
  /* UTF-8 capitals read as small letters, in text and phrase alike */
  classify(&e, "550 \xD0\x9D\xD0\x95 \xD0\xA1\xD0\x91\xD0\x9E\xD0\x99 h\xC3\x89");  /* НЕ СБОЙ hÉ */
  CHECK_INT(hit_at(&e, sboi), 5);
  CHECK_INT(hit_at(&e, he), 14);

  /* a phrase seen twice is one hit, at its first place */
  classify(&e, "550 twice and twice");
  CHECK_INT(smtpbounce_nhits(e.sc), 1);
  CHECK_INT(hit_at(&e, twice), 0);

  /* entities are decoded before matching; offsets are in the clean text */
  classify(&e, "550 &lt;a@b&gt; user unknown");
  tl = clean_text("550 &lt;a@b&gt; user unknown");
  CHECK_STR(text_buf, tl, "<a@b> user unknown");
  CHECK_INT(hit_at(&e, user_unknown), 6);
  env_close(&e);
}

static void test_priority (void) {
  Env e;
  uint32_t r0, r1, r2;
  /* a plain rule (no phrase) before a phrase rule */
  def_init(&D);
  r0 = rule(&D);  r_code(&D, 550, 550);
  r1 = rule(&D);  r_clause(&D, SB_ANY, "widget", NULL);
  if (!env_open(&e)) return;
  CHECK_INT(classify(&e, "550 widget"), r0);
  CHECK_INT(classify(&e, "551 widget"), r1);
  CHECK_INT(classify(&e, "551 gadget"), SB_NONE);
  env_close(&e);
  /* and after it */
  def_init(&D);
  r0 = rule(&D);  r_clause(&D, SB_ANY, "widget", NULL);
  r1 = rule(&D);  r_code(&D, 550, 550);
  if (!env_open(&e)) return;
  CHECK_INT(classify(&e, "550 widget"), r0);
  CHECK_INT(classify(&e, "550 gadget"), r1);
  env_close(&e);
  /* the first rule wins whatever order its phrases occur in */
  def_init(&D);
  r0 = rule(&D);  r_clause(&D, SB_ANY, "beta", NULL);
  r1 = rule(&D);  r_clause(&D, SB_ANY, "alpha", "beta", NULL);
  r2 = rule(&D);  r_clause(&D, SB_ANY, "alpha", NULL);
  if (!env_open(&e)) return;
  CHECK_INT(classify(&e, "550 alpha beta"), r0);
  CHECK_INT(classify(&e, "550 beta alpha"), r0);
  CHECK_INT(classify(&e, "550 alpha"), r1);
  CHECK_INT(classify(&e, "550 gamma"), SB_NONE);
  CHECK_INT(smtpbounce_nrules(e.rs), 3);
  (void)r2;
  /* every rule that holds, for explain */
  classify(&e, "550 alpha beta");
  CHECK(smtpbounce_rule_matches(e.rs, e.sc, &e.r, &e.d, r0));
  CHECK(smtpbounce_rule_matches(e.rs, e.sc, &e.r, &e.d, r1));
  CHECK(smtpbounce_rule_matches(e.rs, e.sc, &e.r, &e.d, r2));
  classify(&e, "550 alpha");
  CHECK(!smtpbounce_rule_matches(e.rs, e.sc, &e.r, &e.d, r0));
  CHECK(!smtpbounce_rule_matches(e.rs, e.sc, &e.r, &e.d, 3));
  CHECK(!smtpbounce_rule_matches(e.rs, e.sc, &e.r, &e.d, SB_NONE));
  env_close(&e);
}

static void test_conditions (void) {
  Env e;
  sb_ctx ctx = no_ctx();
  uint32_t r4, rnocode, rrange, rst1, rst57, rst5, rnone, rphase, rany;
  def_init(&D);
  phase_word(&D, "in reply to rcpt to command", SB_PHASE_RCPT);
  r4 = rule(&D);  D.rules[r4].classes = SB_CLASS_BIT(4);
  r_clause(&D, SB_ANY, "only4", NULL);
  rnocode = rule(&D);  D.rules[rnocode].classes = SB_CLASS_BIT(0);
  r_clause(&D, SB_ANY, "nocode", NULL);
  rrange = rule(&D);  r_code(&D, 521, 521);  r_code(&D, 552, 559);
  r_clause(&D, SB_ANY, "range", NULL);
  rst1 = rule(&D);  r_status(&D, -1, 1, 1);
  r_clause(&D, SB_ANY, "st", NULL);
  rst57 = rule(&D);  r_status(&D, 5, 7, -1);
  r_clause(&D, SB_ANY, "st", NULL);
  rst5 = rule(&D);  r_status(&D, 5, -1, -1);
  r_clause(&D, SB_ANY, "st", NULL);
  rnone = rule(&D);  D.rules[rnone].classes = SB_CLASS_BIT(5);
  r_code(&D, 554, 554);
  r_clause(&D, SB_NONEOF, "spam", "virus", NULL);
  rphase = rule(&D);  D.rules[rphase].phases = 1u << SB_PHASE_RCPT;
  r_clause(&D, SB_ANY, "phased", NULL);
  rany = rule(&D);  /* no conditions at all: matches every reply */
  if (!env_open(&e)) return;

  CHECK_INT(classify(&e, "450 only4"), r4);
  CHECK_INT(e.d.klass, 4);
  CHECK_INT(classify(&e, "550 only4"), rany);
  CHECK_INT(classify(&e, "only4"), rany);
  CHECK_INT(classify(&e, "nocode"), rnocode);
  CHECK_INT(e.d.klass, 0);
  CHECK_INT(classify(&e, "250 nocode"), rany);

  CHECK_INT(classify(&e, "521 range"), rrange);
  CHECK_INT(classify(&e, "552 range"), rrange);
  CHECK_INT(classify(&e, "559 range"), rrange);
  CHECK_INT(classify(&e, "551 range"), rany);

  CHECK_INT(classify(&e, "450 4.1.1 st"), rst1);
  CHECK_INT(classify(&e, "550 5.1.1 st"), rst1);
  CHECK_INT(classify(&e, "550 5.1.2 st"), rst5);
  CHECK_INT(classify(&e, "550 5.7.26 st"), rst57);
  CHECK_INT(classify(&e, "450 4.7.1 st"), rany);
  CHECK_INT(classify(&e, "550 st"), rany);    /* no status: no match */

  CHECK_INT(classify(&e, "554 no reason"), rnone);
  CHECK_INT(classify(&e, "554 SPAM"), rany);
  CHECK_INT(classify(&e, "554 a virus"), rany);
  CHECK_INT(classify(&e, "454 no reason"), rany);

  CHECK_INT(classify(&e, "550 phased"), rany);
  CHECK_INT(e.d.phase, SB_PHASE_UNKNOWN);
  ctx.phase = SB_PHASE_RCPT;
  CHECK_INT(classify_ctx(&e, "550 phased", &ctx), rphase);
  CHECK_INT(e.d.phase, SB_PHASE_RCPT);
  ctx.phase = SB_PHASE_MAIL;
  CHECK_INT(classify_ctx(&e, "550 phased", &ctx), rany);
  CHECK_INT(classify(&e, "550 phased (in reply to RCPT TO command)"), rphase);
  CHECK_INT(e.d.phase, SB_PHASE_RCPT);
  /* the caller's phase beats the text's */
  CHECK_INT(classify_ctx(&e, "550 phased (in reply to RCPT TO command)", &ctx), rany);
  CHECK_INT(e.d.phase, SB_PHASE_MAIL);
  /* out-of-range phases are ignored */
  ctx.phase = SB_PHASE_MAX;
  CHECK_INT(classify_ctx(&e, "550 phased (in reply to RCPT TO command)", &ctx), rphase);
  ctx.phase = -1;
  CHECK_INT(classify_ctx(&e, "550 phased", &ctx), rany);
  /* the phase also shows in a log prefix */
  CHECK_INT(classify(&e, "host mx.example.com[192.0.2.1] said: 550 phased "
                         "(in reply to RCPT TO command)"), rphase);
  env_close(&e);
}

static void test_clauses (void) {
  Env e;
  uint32_t rord, rtwice, rall, rdup, rshare;
  def_init(&D);
  rord = rule(&D);  r_clause(&D, SB_ORDERED, "alpha", "beta", NULL);
  rtwice = rule(&D);  r_clause(&D, SB_ORDERED, "echo", "echo", NULL);
  /* all = { "gamma", { "delta", "epsilon" } } */
  rall = rule(&D);  r_clause(&D, SB_ANY, "gamma", NULL);
  r_clause(&D, SB_ANY, "delta", "epsilon", NULL);
  /* a phrase listed twice in one clause, and shared with the next rule */
  rdup = rule(&D);  r_code(&D, 551, 551);
  r_clause(&D, SB_ANY, "dup", "dup", "other", "dup", NULL);
  rshare = rule(&D);  r_clause(&D, SB_ANY, "dup", NULL);
  if (!env_open(&e)) return;

  CHECK_INT(classify(&e, "550 alpha then beta"), rord);
  CHECK_INT(classify(&e, "550 alphabeta"), rord);       /* adjacent */
  CHECK_INT(classify(&e, "550 beta alpha beta"), rord);
  CHECK_INT(classify(&e, "550 beta then alpha"), SB_NONE);
  CHECK_INT(classify(&e, "550 alpha"), SB_NONE);
  CHECK_INT(classify(&e, "550 beta"), SB_NONE);

  CHECK_INT(classify(&e, "550 echo echo"), rtwice);
  CHECK_INT(classify(&e, "550 echoecho"), rtwice);
  CHECK_INT(classify(&e, "550 echo"), SB_NONE);

  CHECK_INT(classify(&e, "550 epsilon gamma"), rall);
  CHECK_INT(classify(&e, "550 gamma delta"), rall);
  CHECK_INT(classify(&e, "550 gamma"), SB_NONE);
  CHECK_INT(classify(&e, "550 delta epsilon"), SB_NONE);

  CHECK_INT(classify(&e, "551 dup"), rdup);
  CHECK_INT(classify(&e, "551 other"), rdup);
  CHECK_INT(classify(&e, "550 dup"), rshare);
  CHECK_INT(classify(&e, "550 other"), SB_NONE);
  env_close(&e);

  /* overlapping occurrences are not "in order" */
  def_init(&D);
  rord = rule(&D);  r_clause(&D, SB_ORDERED, "abc", "bcd", NULL);
  if (!env_open(&e)) return;
  CHECK_INT(classify(&e, "550 abcd"), SB_NONE);
  CHECK_INT(classify(&e, "550 abc bcd"), rord);
  CHECK_INT(classify(&e, "550 abcbcd"), rord);
  env_close(&e);
}

enum { P_FORCED, P_MX, P_RELAY, P_TOKEN, P_DOMAIN, P_SHORT, P_DUP1, P_DUP2,
       NPROV };

static void test_providers (void) {
  Env e;
  sb_ctx ctx = no_ctx();
  static const char mxbuf[] = "a.mx.one.exampleGARBAGE";
  const char *all = "host mta.relay.example[192.0.2.1] said: 550 5.1.1 no "
                    "(acme-smtp)";
  uint32_t rp;
  def_init(&D);
  D.nproviders = NPROV;
  host(&D, "mx.one.example", P_MX);
  host(&D, "Relay.Example.", P_RELAY);    /* case and a trailing dot */
  token(&D, "acme-smtp", P_TOKEN);
  domain(&D, "dom.example", P_DOMAIN);
  host(&D, "one.example", P_SHORT);
  host(&D, "dup.example", P_DUP2);
  host(&D, "dup.example", P_DUP1);        /* same name: lowest index wins */
  rp = rule(&D);  r_prov(&D, P_TOKEN);  r_prov(&D, P_DOMAIN);
  if (!env_open(&e)) return;

  ctx.provider = P_FORCED;
  ctx.mx = mxbuf;  ctx.mx_len = 16;       /* no NUL: "a.mx.one.example" */
  ctx.domain = "dom.example";  ctx.domain_len = 11;
  classify_ctx(&e, all, &ctx);
  CHECK_INT(e.d.provider, P_FORCED);
  ctx.provider = 99;                      /* out of range: ignored */
  classify_ctx(&e, all, &ctx);
  CHECK_INT(e.d.provider, P_MX);
  ctx.provider = SB_NONE;
  classify_ctx(&e, all, &ctx);
  CHECK_INT(e.d.provider, P_MX);
  ctx.mx = NULL;  ctx.mx_len = 0;
  /* the caller's domain before anything the text says */
  CHECK_INT(classify_ctx(&e, all, &ctx), rp);
  CHECK_INT(e.d.provider, P_DOMAIN);
  CHECK_INT(classify_ctx(&e, "550 5.1.1 no (ACME-SMTP)", &ctx), rp);
  CHECK_INT(e.d.provider, P_DOMAIN);
  CHECK_INT(classify_ctx(&e, "550 5.1.1 no", &ctx), rp);
  CHECK_INT(e.d.provider, P_DOMAIN);
  /* a domain no provider has: the text's relay, then its token */
  ctx.domain = "other.example";  ctx.domain_len = 13;
  CHECK_INT(classify_ctx(&e, all, &ctx), SB_NONE);
  CHECK_INT(e.d.provider, P_RELAY);
  CHECK_INT(classify_ctx(&e, "550 5.1.1 no (ACME-SMTP)", &ctx), rp);
  CHECK_INT(e.d.provider, P_TOKEN);
  ctx.domain = NULL;  ctx.domain_len = 0;
  CHECK_INT(classify_ctx(&e, "550 5.1.1 no (ACME-SMTP)", &ctx), rp);
  CHECK_INT(e.d.provider, P_TOKEN);
  CHECK_INT(classify(&e, "550 5.1.1 no"), SB_NONE);
  CHECK_INT(e.d.provider, SB_NONE);
  /* a token in the log prefix does not count */
  classify(&e, "host x.invalid[192.0.2.1] said (acme-smtp): 550 5.1.1 no");
  CHECK_INT(e.d.provider, SB_NONE);

  /* host suffixes: label boundaries, longest suffix, case, trailing dot */
  ctx = no_ctx();
#define MX(name, want) \
  do { ctx.mx = (name); ctx.mx_len = strlen(name); \
       classify_ctx(&e, "550 x", &ctx); CHECK_INT(e.d.provider, (want)); } while (0)
  MX("mx.one.example", P_MX);
  MX("deep.er.MX.ONE.EXAMPLE", P_MX);
  MX("mx.one.example.", P_MX);
  MX("x.one.example", P_SHORT);
  MX("one.example", P_SHORT);
  MX("one.example..", SB_NONE);
  MX("xmx.one.example", P_SHORT);
  MX("notone.example", SB_NONE);
  MX("one.examplex", SB_NONE);
  MX("example", SB_NONE);
  MX("", SB_NONE);
  MX(".", SB_NONE);
  MX("relay.example", P_RELAY);
  MX("a.dup.example", P_DUP1);
  MX("dom.example", SB_NONE);             /* a domain is not a host */
#undef MX
  ctx = no_ctx();
  ctx.domain = "Sub.DOM.example.";
  ctx.domain_len = strlen(ctx.domain);
  classify_ctx(&e, "550 x", &ctx);
  CHECK_INT(e.d.provider, P_DOMAIN);
  ctx.domain = "undom.example";
  ctx.domain_len = strlen(ctx.domain);
  classify_ctx(&e, "550 x", &ctx);
  CHECK_INT(e.d.provider, SB_NONE);
  env_close(&e);
}

typedef struct Confirm {
  long calls;             /* times called */
  int answer;             /* what to answer */
  uint32_t last;          /* rule asked about last */
} Confirm;

static int confirm (void *ud, uint32_t rule_index) {
  Confirm *c = (Confirm *)ud;
  c->calls++;
  c->last = rule_index;
  return c->answer;
}

static void test_external (void) {
  Env e;
  Confirm cf;
  uint32_t rext, rplain, rfall;
  const char *s;
  def_init(&D);
  rext = rule(&D);  r_code(&D, 550, 550);
  r_clause(&D, SB_ANY, "widget", NULL);
  D.rules[rext].external = 1;
  rplain = rule(&D);  r_clause(&D, SB_ANY, "widget", NULL);
  rfall = rule(&D);
  if (!env_open(&e)) return;
  CHECK(smtpbounce_rule_external(e.rs, rext));
  CHECK(!smtpbounce_rule_external(e.rs, rplain));
  CHECK(!smtpbounce_rule_external(e.rs, 99));

  /* without a callback an external rule never matches */
  CHECK_INT(classify(&e, "550 widget"), rplain);

  memset(&cf, 0, sizeof(cf));
  cf.answer = 1;
  s = "550 widget";
  smtpbounce_parse(s, strlen(s), &e.r);
  smtpbounce_classify(e.rs, e.sc, s, strlen(s), &e.r, NULL, confirm, &cf, &e.d);
  CHECK_INT(e.d.rule, rext);
  CHECK_INT(cf.calls, 1);
  CHECK_INT(cf.last, rext);

  cf.answer = 0;
  cf.calls = 0;
  smtpbounce_classify(e.rs, e.sc, s, strlen(s), &e.r, NULL, confirm, &cf, &e.d);
  CHECK_INT(e.d.rule, rplain);
  CHECK_INT(cf.calls, 1);

  /* not asked when the other conditions fail */
  cf.calls = 0;
  s = "551 widget";
  smtpbounce_parse(s, strlen(s), &e.r);
  smtpbounce_classify(e.rs, e.sc, s, strlen(s), &e.r, NULL, confirm, &cf, &e.d);
  CHECK_INT(e.d.rule, rplain);
  CHECK_INT(cf.calls, 0);
  s = "550 gadget";
  smtpbounce_parse(s, strlen(s), &e.r);
  smtpbounce_classify(e.rs, e.sc, s, strlen(s), &e.r, NULL, confirm, &cf, &e.d);
  CHECK_INT(e.d.rule, rfall);
  CHECK_INT(cf.calls, 0);
  env_close(&e);
}

static void test_empty_ruleset (void) {
  Env e;
  uint32_t r0;
  def_init(&D);
  if (!env_open(&e)) return;
  CHECK_INT(smtpbounce_nrules(e.rs), 0);
  CHECK_INT(classify(&e, "550 5.1.1 user unknown"), SB_NONE);
  CHECK_INT(e.d.provider, SB_NONE);
  CHECK_INT(e.d.klass, 5);
  CHECK_INT(smtpbounce_nhits(e.sc), 0);
  env_close(&e);
  /* rules without phrases only */
  def_init(&D);
  r0 = rule(&D);  D.rules[r0].classes = SB_CLASS_BIT(0);
  if (!env_open(&e)) return;
  CHECK_INT(classify(&e, ""), r0);
  CHECK_INT(classify(&e, "250 ok"), SB_NONE);
  env_close(&e);
}

/* a description using every part, for the allocation tests */
static void rich_def (void) {
  uint32_t r;
  def_init(&D);
  D.nproviders = 3;
  host(&D, "mx.one.example", 0);
  host(&D, "two.example", 1);
  domain(&D, "one.example", 0);
  domain(&D, "three.example", 2);
  token(&D, " gsmtp", 0);
  token(&D, "[gl01]", 1);
  phase_word(&D, "in reply to rcpt to command", SB_PHASE_RCPT);
  phase_word(&D, "after end of data", SB_PHASE_EOD);
  r = rule(&D);  r_prov(&D, 1);  r_clause(&D, SB_ANY, "[gl01]", NULL);
  r = rule(&D);  r_status(&D, -1, 1, 1);  r_clause(&D, SB_ANY, "user unknown",
                                                   "no such user", NULL);
  r = rule(&D);  r_code(&D, 550, 559);
  r_clause(&D, SB_ORDERED, "mailbox", "full", NULL);
  r_clause(&D, SB_NONEOF, "spam", NULL);
  r = rule(&D);  D.rules[r].phases = 1u << SB_PHASE_RCPT;
  r_clause(&D, SB_ANY, "blocked", "blocked", NULL);
  r = rule(&D);  D.rules[r].classes = SB_CLASS_BIT(4) | SB_CLASS_BIT(5);
  r_clause(&D, SB_NONEOF, "virus", NULL);
  r = rule(&D);  D.rules[r].external = 1;  r_clause(&D, SB_ANY, "score", NULL);
  r = rule(&D);  r_code(&D, 400, 499);
  r = rule(&D);
}

static const char *const replies[] = {
  "", "   ", "250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp",
  "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
  "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
  "550 5.1.1 user unknown - gsmtp",
  "host mx.two.example[192.0.2.1] said: 552 5.2.2 mailbox is full "
  "(in reply to RCPT TO command)",
  "554 5.7.1 blocked as spam, score 12",
  "550\0 5.1.1 a\0b", "&lt;&amp;&gt;", "000", "999", "5.5.5.5.5",
};
#define NREPLIES  (sizeof(replies) / sizeof(replies[0]))

static void test_no_alloc_while_classifying (void) {
  Env e;
  long calls, nalloc, nfree;
  size_t live;
  int i;
  sb_ctx ctx = no_ctx();
  Confirm cf;
  memset(&cf, 0, sizeof(cf));
  rich_def();
  if (!env_open(&e)) return;
  calls = e.c.calls;  nalloc = e.c.nalloc;  nfree = e.c.nfree;  live = e.c.live;
  ctx.mx = "in.mx.one.example";  ctx.mx_len = strlen(ctx.mx);
  ctx.domain = "three.example";  ctx.domain_len = strlen(ctx.domain);
  for (i = 0; i < 10000; i++) {
    const char *s = replies[i % NREPLIES];
    size_t len = (i % NREPLIES == 7) ? 15 : strlen(s);  /* the NUL one */
    cf.answer = i & 1;
    smtpbounce_parse(s, len, &e.r);
    smtpbounce_classify(e.rs, e.sc, s, len, &e.r, (i & 2) ? &ctx : NULL,
                        confirm, &cf, &e.d);
  }
  CHECK_INT(e.c.calls, calls);
  CHECK_INT(e.c.nalloc, nalloc);
  CHECK_INT(e.c.nfree, nfree);
  CHECK_INT(e.c.live, live);
  CHECK(cf.calls > 0);
  env_close(&e);
}

/*
** Fail the allocation numbered k, for every k up to the number a compile
** makes: each must give SB_ENOMEM, no ruleset and no leak.
*/
static void test_alloc_failures (void) {
  Counter c;
  sb_ruleset *rs;
  sb_scratch *sc;
  sb_error err;
  long total, k, bad = 0;
  rich_def();
  counter_init(&c);
  err = smtpbounce_compile(finish(&D), counting_alloc, &c, &rs);
  CHECK_INT(err, SB_OK);
  if (err != SB_OK) return;
  total = c.calls;
  CHECK(total > 10);
  smtpbounce_free(rs, counting_alloc, &c);
  CHECK_INT(c.live, 0);
  for (k = 0; k < total; k++) {
    counter_init(&c);
    c.fail_at = k;
    rs = (sb_ruleset *)&c;  /* must be reset to NULL */
    err = smtpbounce_compile(finish(&D), counting_alloc, &c, &rs);
    if (err != SB_ENOMEM || rs != NULL || c.live != 0 || c.nalloc != c.nfree ||
        c.bad_size != 0) {
      bad++;
      printf("    allocation %ld of %ld failed: error %d, live %lu, "
             "%ld allocs, %ld frees, %ld bad sizes\n", k, total, (int)err,
             (unsigned long)c.live, c.nalloc, c.nfree, c.bad_size);
      if (err == SB_OK) smtpbounce_free(rs, counting_alloc, &c);
    }
  }
  CHECK_INT(bad, 0);
  /* one more than needed: success */
  counter_init(&c);
  c.fail_at = total;
  err = smtpbounce_compile(finish(&D), counting_alloc, &c, &rs);
  CHECK_INT(err, SB_OK);
  if (err != SB_OK) return;
  /* the scratch area */
  c.fail_at = c.calls;
  sc = smtpbounce_scratch_new(rs, counting_alloc, &c);
  CHECK(sc == NULL);
  c.fail_at = -1;
  sc = smtpbounce_scratch_new(rs, counting_alloc, &c);
  CHECK(sc != NULL);
  smtpbounce_scratch_free(sc, counting_alloc, &c);
  smtpbounce_scratch_free(NULL, counting_alloc, &c);
  smtpbounce_free(rs, counting_alloc, &c);
  smtpbounce_free(NULL, counting_alloc, &c);
  CHECK_INT(c.live, 0);
  CHECK_INT(c.nalloc, c.nfree);
  CHECK_INT(c.bad_size, 0);
}

/* compile D expecting 'want'; no ruleset and no leak on failure */
static void expect_error (sb_error want, int line) {
  Counter c;
  sb_ruleset *rs = NULL;
  sb_error err;
  counter_init(&c);
  err = smtpbounce_compile(finish(&D), counting_alloc, &c, &rs);
  if (!check_report(err == want, "compile error", __FILE__, line))
    printf("    got error %d, want %d\n", (int)err, (int)want);
  if (err == SB_OK) smtpbounce_free(rs, counting_alloc, &c);
  else check_report(rs == NULL, "no ruleset on error", __FILE__, line);
  check_report(c.live == 0 && c.nalloc == c.nfree && c.bad_size == 0,
               "nothing leaked", __FILE__, line);
}
#define EXPECT(err)  expect_error((err), __LINE__)

static void base_def (void) {
  uint32_t r;
  def_init(&D);
  D.nproviders = 2;
  host(&D, "mx.example", 1);
  domain(&D, "example.org", 0);
  token(&D, "tok", 1);
  r = rule(&D);  r_code(&D, 550, 550);  r_status(&D, 5, 1, 1);  r_prov(&D, 0);
  r_clause(&D, SB_ANY, "abc", "def", NULL);
  (void)r;
}

static void test_einval (void) {
  base_def();
  EXPECT(SB_OK);
  base_def();  D.ids[1] = D.nphrases;             EXPECT(SB_EINVAL);
  base_def();  D.ids[0] = SB_NONE;                EXPECT(SB_EINVAL);
  base_def();  D.provs[0] = D.nproviders;         EXPECT(SB_EINVAL);
  base_def();  D.clauses[0].kind = 3;             EXPECT(SB_EINVAL);
  base_def();  D.clauses[0].kind = -1;            EXPECT(SB_EINVAL);
  base_def();  D.clauses[0].count = 0;            EXPECT(SB_EINVAL);
  base_def();  D.clauses[0].count = 3;            EXPECT(SB_EINVAL);
  base_def();  D.clauses[0].first = 2;            EXPECT(SB_EINVAL);
  base_def();  D.clauses[0].first = 0xFFFFFFFFu;  EXPECT(SB_EINVAL);
  base_def();  D.rules[0].code_count = 2;         EXPECT(SB_EINVAL);
  base_def();  D.rules[0].code_first = 5;         EXPECT(SB_EINVAL);
  base_def();  D.rules[0].status_count = 2;       EXPECT(SB_EINVAL);
  base_def();  D.rules[0].prov_first = 1;         EXPECT(SB_EINVAL);
  base_def();  D.rules[0].clause_count = 2;       EXPECT(SB_EINVAL);
  base_def();  D.rules[0].clause_first = 0xFFFFFFFFu;  D.rules[0].clause_count = 1;
  EXPECT(SB_EINVAL);
  base_def();  D.host_prov[0] = 2;                EXPECT(SB_EINVAL);
  base_def();  D.domain_prov[0] = 7;              EXPECT(SB_EINVAL);
  base_def();  D.token_phrase[0] = 2;             EXPECT(SB_EINVAL);
  base_def();  D.phase_phrase[0] = SB_PHASE_MAX;  EXPECT(SB_EINVAL);
  /* phrases: empty, or the same once normalised */
  base_def();  add_phrase(&D, "", 0);             EXPECT(SB_EINVAL);
  base_def();  add_phrase(&D, "xyz", 0);          EXPECT(SB_EINVAL);
  base_def();  add_phrase(&D, "ABC", 3);          EXPECT(SB_EINVAL);
  base_def();  add_phrase(&D, "a  b", 4);  add_phrase(&D, "a\tb", 3);
  EXPECT(SB_EINVAL);
  base_def();  add_phrase(&D, "abcd", 3);         EXPECT(SB_EINVAL);
  /* but not the same: fine */
  base_def();  add_phrase(&D, "abc ", 4);  add_phrase(&D, " abc", 4);
  EXPECT(SB_OK);
}

/*
** More states x byte classes than SB_MAX_AUTOMATON allows: about 196
** classes (every non-space byte but A-Z) and 400,000 states.  The limit
** is checked before the transition table is allocated, so this costs a
** few MB, not the 300 MB the table would take.
*/
static void test_etoobig (void) {
  static char buf[1000 * 400];
  unsigned char bytes[256];
  unsigned long seed = 12345;
  int nb = 0, b;
  uint32_t i, nphr = 1000, plen = 400;
  Counter c;
  sb_ruleset *rs = NULL;
  sb_error err;
  for (b = 0x21; b < 256; b++)
    if (b != 0x7f && !(b >= 'A' && b <= 'Z')) bytes[nb++] = (unsigned char)b;
  if (SB_MAX_AUTOMATON / sizeof(uint32_t) / (size_t)(nb + 2) >=
      (size_t)nphr * plen) {
    printf("test_etoobig: skipped, SB_MAX_AUTOMATON is too large for it\n");
    return;
  }
  for (i = 0; i < nphr * plen; i++) {
    seed = (seed * 1103515245ul + 12345ul) & 0x7fffffffu;
    buf[i] = (char)bytes[(seed >> 16) % (unsigned long)nb];
  }
  def_init(&D);
  for (i = 0; i < nphr; i++) add_phrase(&D, buf + (size_t)i * plen, plen);
  counter_init(&c);
  err = smtpbounce_compile(finish(&D), counting_alloc, &c, &rs);
  CHECK_INT(err, SB_ETOOBIG);
  CHECK(rs == NULL);
  CHECK_INT(c.live, 0);
  CHECK_INT(c.nalloc, c.nfree);
  CHECK(c.peak < ((size_t)64 << 20));
  if (err == SB_OK) smtpbounce_free(rs, counting_alloc, &c);
}

/* hostile replies: no crash, sane decisions, hits inside the text */
static void test_hostile (void) {
  Env e;
  static char big[1 << 20];
  char all[256];
  size_t i;
  rich_def();
  if (!env_open(&e)) return;
  for (i = 0; i < 256; i++) all[i] = (char)i;
  for (i = 0; i < sizeof(big); i++) big[i] = "user unknown blocked "[i % 21];
  memcpy(big, "550 ", 4);
  {
    const char *inputs[3];
    size_t lens[3], k;
    inputs[0] = all;  lens[0] = sizeof(all);
    inputs[1] = big;  lens[1] = sizeof(big);
    inputs[2] = "550\0 5.1.1 a\0b";  lens[2] = 15;
    for (k = 0; k < 3; k++) {
      uint32_t n, h, id;
      size_t off;
      smtpbounce_parse(inputs[k], lens[k], &e.r);
      smtpbounce_classify(e.rs, e.sc, inputs[k], lens[k], &e.r, NULL, NULL,
                          NULL, &e.d);
      CHECK(e.d.rule == SB_NONE || e.d.rule < smtpbounce_nrules(e.rs));
      CHECK(e.d.klass == 0 || (e.d.klass >= 2 && e.d.klass <= 5));
      n = smtpbounce_nhits(e.sc);
      for (h = 0; h < n; h++) {
        smtpbounce_hit(e.sc, h, &id, &off);
        CHECK(off < e.r.text_len + 1);
      }
    }
  }
  env_close(&e);
}

/* }====================================================================== */


int main (void) {
  test_normalize();
  test_hits();
  test_priority();
  test_conditions();
  test_clauses();
  test_providers();
  test_external();
  test_empty_ruleset();
  test_no_alloc_while_classifying();
  test_alloc_failures();
  test_einval();
  test_etoobig();
  test_hostile();
  return check_summary("test_ruleset");
}
