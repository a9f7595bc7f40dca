/*
** test_threads.c -- one compiled ruleset shared by 8 threads (the header's
** promise: "any number of threads may classify with one ruleset, each
** with its own scratch").  Every thread classifies the same replies many
** times, in its own order, alternating smtpbounce_classify and
** smtpbounce_classify_text, and compares each decision, the phrases hit
** and the clean text with a single-threaded run made first.
**
** `make test` runs it as a plain build; `make sanitize` and `make tsan`
** run it under ThreadSanitizer, which reports any data race.  The number
** of rounds comes from SB_THREAD_ROUNDS (default 200).
*/

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpbounce.h"
#include "check.h"

#define NTHREADS  8
#define MAXHITS   64


/* {======================================================================
** A ruleset with every kind of condition
** ======================================================================= */

static const char *const phrases[] = {
  "user unknown", "no such user", "mailbox", "full", "over quota",   /* 0-4 */
  "spam", "blocked", "rate", "too many", "try again later",          /* 5-9 */
  " gsmtp", "[gl01]", "in reply to rcpt to command",                 /* 10-12 */
  "after end of data", "virus", "spamhaus", "relay", "denied",       /* 13-17 */
  "tls", "greylist", "\xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8",
  "policy", " ip ", "reputation"                                     /* 21-23 */
};
#define NPHRASES  (sizeof(phrases) / sizeof(phrases[0]))

/* clause phrase ids */
static const uint32_t ids[] = {
  11,           /* 0: [gl01] */
  0, 1, 20,     /* 1-3: user unknown | no such user | (zh) */
  2, 3,         /* 4-5: ordered mailbox .. full */
  5, 14,        /* 6-7: none of spam, virus */
  6, 15,        /* 8-9: blocked | spamhaus */
  7, 8,         /* 10-11: rate | too many */
  9, 19,        /* 12-13: try again later | greylist */
  4,            /* 14: over quota */
  16, 17,       /* 15-16: ordered relay .. denied */
  18,           /* 17: tls */
  21, 22, 23    /* 18-20: policy | ip | reputation */
};

static const sb_clause_def clauses[] = {
  {SB_ANY, 0, 1},       /* 0 */
  {SB_ANY, 1, 3},       /* 1 */
  {SB_ORDERED, 4, 2},   /* 2 */
  {SB_NONEOF, 6, 2},    /* 3 */
  {SB_ANY, 8, 2},       /* 4 */
  {SB_ANY, 10, 2},      /* 5 */
  {SB_ANY, 12, 2},      /* 6 */
  {SB_ANY, 14, 1},      /* 7 */
  {SB_ORDERED, 15, 2},  /* 8 */
  {SB_ANY, 17, 1},      /* 9 */
  {SB_ANY, 18, 3}       /* 10 */
};

static const int codes[] = {550, 559, 400, 499, 421, 421, 554, 554};
static const int statuses[] = {5, 1, 1, -1, 2, 2, -1, 7, -1, 4, -1, -1};
static const uint32_t provs[] = {1, 0, 2};

#define C(k)  SB_CLASS_BIT(k)
static const sb_rule_def rules[] = {
  /* classes, phases, codes, statuses, provs, clauses, external */
  {0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0},                     /* [gl01], yahoo */
  {C(5), 0, 0, 1, 0, 1, 0, 0, 1, 1, 0},                  /* 5.1.1 + unknown */
  {0, 0, 0, 0, 1, 1, 0, 0, 2, 2, 0},                     /* x.2.2 mailbox full, no spam */
  {0, 1u << SB_PHASE_RCPT, 0, 0, 0, 0, 0, 0, 4, 1, 0},   /* blocked at RCPT */
  {C(4), 0, 0, 0, 0, 0, 1, 1, 5, 1, 0},                  /* rate, gmail */
  {0, 0, 2, 1, 0, 0, 0, 0, 6, 1, 0},                     /* 421 try again */
  {0, 0, 0, 0, 0, 0, 0, 0, 7, 1, 1},                     /* over quota, external */
  {0, 0, 3, 1, 0, 0, 0, 0, 8, 1, 0},                     /* 554 relay .. denied */
  {0, 0, 0, 0, 2, 1, 2, 1, 9, 1, 0},                     /* x.7.x tls, prov 2 */
  {C(5) | C(4), 1u << SB_PHASE_EOD, 0, 0, 0, 0, 0, 0, 10, 1, 1},
  {0, 0, 0, 0, 3, 1, 0, 0, 1, 1, 0},                     /* 4.x.x unknown */
  {0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 0},                     /* no spam/virus */
  {C(4), 0, 1, 1, 0, 0, 0, 0, 0, 0, 0},                  /* 4xx */
  {C(0), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},                  /* no code */
  {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}                      /* anything */
};
#undef C
#define NRULES  (sizeof(rules) / sizeof(rules[0]))

static const char *const hosts[] = {"gmail-smtp-in.l.google.com", "yahoodns.net",
                                    "mx.example.net"};
static const uint32_t host_prov[] = {0, 1, 2};
static const char *const domains[] = {"gmail.com", "yahoo.com", "example.net"};
static const uint32_t domain_prov[] = {0, 1, 2};

static sb_ruleset_def def;
static size_t plens[NPHRASES], host_lens[3], domain_lens[3];
static uint32_t token_phrase[NPHRASES];
static unsigned char phase_phrase[NPHRASES];

static void make_def (void) {
  size_t i;
  for (i = 0; i < NPHRASES; i++) {
    plens[i] = strlen(phrases[i]);
    token_phrase[i] = SB_NONE;
    phase_phrase[i] = 0;
  }
  token_phrase[10] = 0;  /* " gsmtp" -> gmail */
  token_phrase[11] = 1;  /* "[gl01]" -> yahoo */
  phase_phrase[12] = SB_PHASE_RCPT;
  phase_phrase[13] = SB_PHASE_EOD;
  for (i = 0; i < 3; i++) {
    host_lens[i] = strlen(hosts[i]);
    domain_lens[i] = strlen(domains[i]);
  }
  memset(&def, 0, sizeof(def));
  def.phrases = phrases;  def.phrase_lens = plens;
  def.nphrases = (uint32_t)NPHRASES;
  def.ids = ids;  def.nids = (uint32_t)(sizeof(ids) / sizeof(ids[0]));
  def.clauses = clauses;
  def.nclauses = (uint32_t)(sizeof(clauses) / sizeof(clauses[0]));
  def.codes = codes;  def.ncodes = (uint32_t)(sizeof(codes) / sizeof(codes[0]) / 2);
  def.statuses = statuses;
  def.nstatuses = (uint32_t)(sizeof(statuses) / sizeof(statuses[0]) / 3);
  def.provs = provs;  def.nprovs = (uint32_t)(sizeof(provs) / sizeof(provs[0]));
  def.rules = rules;  def.nrules = (uint32_t)NRULES;
  def.nproviders = 3;
  def.token_phrase = token_phrase;
  def.phase_phrase = phase_phrase;
  def.hosts = hosts;  def.host_lens = host_lens;
  def.host_prov = host_prov;  def.nhosts = 3;
  def.domains = domains;  def.domain_lens = domain_lens;
  def.domain_prov = domain_prov;  def.ndomains = 3;
}

static void *sys_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud; (void)osize;
  if (nsize == 0) { free(ptr); return NULL; }
  return realloc(ptr, nsize);
}

/* }====================================================================== */


/* {======================================================================
** Replies and the single-threaded answers
** ======================================================================= */

static const char nul_reply[] = "550\0 5.1.1 a\0b user unknown";

static const char *const base[] = {
  "550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown",
  "550-5.1.1 The email account that you tried to reach does not exist.\r\n"
  "550 5.1.1 user unknown - gsmtp",
  "452 4.2.2 The mailbox is full",
  "552 5.2.2 mailbox full of spam",
  "554 5.7.1 Service unavailable; Client host blocked using spamhaus",
  "host mx.example.net[192.0.2.1] said: 554 5.7.1 blocked (in reply to RCPT "
  "TO command)",
  "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
  "421 Try again later",
  "450 4.2.1 The user is receiving mail at a rate that prevents delivery",
  "452 4.5.3 Too many recipients",
  "554 5.7.1 Relay access denied",
  "530 5.7.0 Must issue a STARTTLS command first (TLS)",
  "552 5.2.2 over quota",
  "550 message rejected after end of data: policy violation, ip reputation",
  "451 4.7.1 Greylisting in action, please come back later",
  "550 5.1.1 \xe8\xaf\xa5\xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8",
  "250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp",
  "", "   ", "Delayed Bounce - Unable to Parse Server Reason",
  nul_reply,
  "&lt;a@b.example&gt; 550 5.1.1 &amp; user&nbsp;unknown",
  "5.7.1 virus found",
  "000", "999 no", "4.4.7 message expired: too many retries",
};
#define NBASE  (sizeof(base) / sizeof(base[0]))
#define NCTX   4
#define NREPLIES  (NBASE * NCTX)

typedef struct Answer {
  sb_decision d;
  uint32_t nhits;
  uint32_t hit_id[MAXHITS];
  size_t hit_off[MAXHITS];
  size_t text_len;
  char text[512];
} Answer;

static Answer want[NREPLIES];

static size_t base_len (size_t i) {
  return base[i] == nul_reply ? sizeof(nul_reply) - 1 : strlen(base[i]);
}

/* reply k: base reply k / NCTX with context k % NCTX */
static void make_ctx (size_t k, sb_ctx *ctx) {
  memset(ctx, 0, sizeof(*ctx));
  ctx->provider = SB_NONE;
  switch (k % NCTX) {
    case 1: ctx->mx = "alt1.gmail-smtp-in.l.google.com";
            ctx->mx_len = strlen(ctx->mx); break;
    case 2: ctx->domain = "yahoo.com";  ctx->domain_len = 9;
            ctx->phase = SB_PHASE_RCPT; break;
    case 3: ctx->provider = 2;  ctx->phase = SB_PHASE_EOD; break;
    default: break;
  }
}

/* external rules: a pure function of the rule and the thread's counter */
typedef struct Confirm {
  long calls;
} Confirm;

static int confirm (void *ud, uint32_t rule) {
  ((Confirm *)ud)->calls++;
  return rule % 2 == 0;
}

static void answer (const sb_ruleset *rs, sb_scratch *sc, size_t k,
                    int with_text, Confirm *cf, Answer *a) {
  const char *s = base[k / NCTX];
  size_t len = base_len(k / NCTX);
  sb_reply r;
  sb_ctx ctx;
  uint32_t i;
  make_ctx(k, &ctx);
  smtpbounce_parse(s, len, &r);
  memset(a, 0, sizeof(*a));
  if (with_text) {
    smtpbounce_classify_text(rs, sc, s, len, &r, &ctx, confirm, cf,
                             a->text, &a->d);
  }
  else {
    smtpbounce_classify(rs, sc, s, len, &r, &ctx, confirm, cf, &a->d);
    smtpbounce_text(s, len, &r, a->text);
  }
  a->text_len = r.text_len;
  a->nhits = smtpbounce_nhits(sc);
  for (i = 0; i < a->nhits && i < MAXHITS; i++)
    smtpbounce_hit(sc, i, &a->hit_id[i], &a->hit_off[i]);
}

static int same (const Answer *a, const Answer *b) {
  uint32_t i;
  if (memcmp(&a->d, &b->d, sizeof(a->d)) != 0 || a->nhits != b->nhits ||
      a->text_len != b->text_len || memcmp(a->text, b->text, a->text_len) != 0)
    return 0;
  for (i = 0; i < a->nhits && i < MAXHITS; i++)
    if (a->hit_id[i] != b->hit_id[i] || a->hit_off[i] != b->hit_off[i])
      return 0;
  return 1;
}

/* }====================================================================== */


/* {======================================================================
** Threads
** ======================================================================= */

typedef struct Worker {
  pthread_t tid;
  const sb_ruleset *rs;
  int n;                  /* thread number */
  long rounds;
  long done;              /* classifications made */
  long wrong;             /* answers that differ from the single-threaded */
  long first_wrong;       /* reply index of the first, or -1 */
} Worker;

static void *work (void *arg) {
  Worker *w = (Worker *)arg;
  sb_scratch *sc = smtpbounce_scratch_new(w->rs, sys_alloc, NULL);
  Confirm cf;
  Answer a;
  long round;
  size_t j;
  cf.calls = 0;
  w->first_wrong = -1;
  if (sc == NULL) { w->wrong = -1; return NULL; }
  for (round = 0; round < w->rounds; round++) {
    for (j = 0; j < NREPLIES; j++) {
      /* each thread its own order: a stride coprime with NREPLIES */
      size_t k = (j * (size_t)(2 * w->n + 1) + (size_t)round) % NREPLIES;
      answer(w->rs, sc, k, (int)((round + j) & 1), &cf, &a);
      w->done++;
      if (!same(&a, &want[k])) {
        if (w->first_wrong < 0) w->first_wrong = (long)k;
        w->wrong++;
      }
    }
  }
  smtpbounce_scratch_free(sc, sys_alloc, NULL);
  return NULL;
}

/* }====================================================================== */


int main (void) {
  sb_ruleset *rs = NULL;
  sb_scratch *sc;
  Worker w[NTHREADS];
  Confirm cf;
  const char *env = getenv("SB_THREAD_ROUNDS");
  long rounds = env ? atol(env) : 200, total = 0;
  size_t k;
  int i, started = 0, distinct = 0;
  make_def();
  if (!CHECK(smtpbounce_compile(&def, sys_alloc, NULL, &rs) == SB_OK))
    return check_summary("test_threads");
  sc = smtpbounce_scratch_new(rs, sys_alloc, NULL);
  CHECK(sc != NULL);
  cf.calls = 0;
  for (k = 0; k < NREPLIES; k++) answer(rs, sc, k, 0, &cf, &want[k]);
  /* the fixture exercises many rules, not just the fallback */
  for (k = 0; k < NRULES; k++) {
    size_t j;
    for (j = 0; j < NREPLIES; j++)
      if (want[j].d.rule == k) { distinct++; break; }
  }
  CHECK(distinct >= 10);
  CHECK(cf.calls > 0);
  smtpbounce_scratch_free(sc, sys_alloc, NULL);
  for (i = 0; i < NTHREADS; i++) {
    memset(&w[i], 0, sizeof(w[i]));
    w[i].rs = rs;
    w[i].n = i;
    w[i].rounds = rounds;
    if (CHECK(pthread_create(&w[i].tid, NULL, work, &w[i]) == 0)) started++;
    else break;
  }
  for (i = 0; i < started; i++) {
    CHECK(pthread_join(w[i].tid, NULL) == 0);
    if (!CHECK(w[i].wrong == 0))
      printf("    thread %d: %ld of %ld answers differ (first: reply %ld)\n",
             i, w[i].wrong, w[i].done, w[i].first_wrong);
    CHECK_INT(w[i].done, rounds * (long)NREPLIES);
    total += w[i].done;
  }
  printf("test_threads: %d threads, %ld classifications, %d rules decided\n",
         started, total, distinct);
  smtpbounce_free(rs, sys_alloc, NULL);
  return check_summary("test_threads");
}
