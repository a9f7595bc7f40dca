/*
** test_classify.c -- standalone tests of the classifier (sb_classify.c)
** on a small ruleset built here: the three entry points (classify,
** classify_buffer, classify_text) decide alike and write the text
** smtpbounce_text writes, the phrases found and their offsets, rule
** matching after a decision, the provider the caller's context names
** before a text token, and bad input: empty, NUL bytes, bytes that are
** no UTF-8, and a reply of megabytes.  Replies are of the seed guide
** (spec/fixtures/seed.lua).  The ruleset compiler, and classification
** over rulesets described every way (priority, every condition, provider
** detection, external rules, allocation), are tested in test_ruleset.c.
*/

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpbounce.h"
#include "check.h"

static void *alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  (void)ud;
  (void)osize;
  if (nsize == 0) {
    free(ptr);
    return NULL;
  }
  return realloc(ptr, nsize);
}

/* phrases 0..2; rules: 0 "user unknown" (failures), 1 "mailbox full"
   (failures), 2 any reply coded 550..559 */
static const char *const PHRASES[] = { "user unknown", "mailbox full", "spam" };
static const size_t PLENS[] = { 12, 12, 4 };
static const uint32_t IDS[] = { 0, 1 };
static const sb_clause_def CLAUSES[] = { { SB_ANY, 0, 1 }, { SB_ANY, 1, 1 } };
static const int CODES[] = { 550, 559 };
#define FAILURES (SB_CLASS_BIT(0) | SB_CLASS_BIT(4) | SB_CLASS_BIT(5))
static const sb_rule_def RULES[] = {
  { FAILURES, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0 },
  { FAILURES, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0 },
  { 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 },
};

static sb_ruleset *RS;
static sb_scratch *SC;

static void setup (void) {
  sb_ruleset_def d;
  memset(&d, 0, sizeof d);
  d.phrases = PHRASES;
  d.phrase_lens = PLENS;
  d.nphrases = 3;
  d.ids = IDS;
  d.nids = 2;
  d.clauses = CLAUSES;
  d.nclauses = 2;
  d.codes = CODES;
  d.ncodes = 1;
  d.rules = RULES;
  d.nrules = 3;
  CHECK_INT(smtpbounce_compile(&d, alloc, NULL, &RS), SB_OK);
  SC = RS ? smtpbounce_scratch_new(RS, alloc, NULL) : NULL;
  CHECK(SC != NULL);
}

/*
** Classify 's' three ways; they must agree, and classify_text must write
** what smtpbounce_text writes.  Returns the decision of the first.
*/
static sb_decision decide (int ln, const char *s, size_t len) {
  sb_reply r;
  sb_decision d, db, dt;
  char *text, *t2;
  smtpbounce_parse(s, len, &r);
  text = (char *)malloc(r.text_len + 1);
  t2 = (char *)malloc(r.text_len + 1);
  memset(&d, 0, sizeof d);
  if (text == NULL || t2 == NULL) {
    check_report(0, "malloc", __FILE__, ln);
    free(text); free(t2);
    return d;
  }
  smtpbounce_classify(RS, SC, s, len, &r, NULL, NULL, NULL, &d);
  smtpbounce_text(s, len, &r, text);
  smtpbounce_classify_buffer(RS, SC, s, len, &r, text, r.text_len, NULL, NULL, NULL, &db);
  smtpbounce_classify_text(RS, SC, s, len, &r, NULL, NULL, NULL, t2, &dt);
  check_report(d.rule == db.rule && d.rule == dt.rule && d.klass == db.klass
               && d.klass == dt.klass && d.provider == dt.provider,
               "the three entry points agree", __FILE__, ln);
  check_report(memcmp(text, t2, r.text_len) == 0, "classify_text writes the text",
               __FILE__, ln);
  free(text);
  free(t2);
  return d;
}

#define DECIDE(s)  decide(__LINE__, (s), strlen(s))

static void test_replies (void) {
  sb_decision d;
  d = DECIDE("550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown");
  CHECK_INT(d.rule, 0);
  CHECK_INT(d.klass, 5);
  CHECK_INT(d.provider, SB_NONE);
  CHECK_INT(d.phase, 0);
  d = DECIDE("452-4.2.2 The email account that you tried to reach is over quota\r\n"
             "452 4.2.2 Mailbox  FULL");
  CHECK_INT(d.rule, 1);
  CHECK_INT(d.klass, 4);
  d = DECIDE("554 5.7.1 Message rejected as spam");
  CHECK_INT(d.rule, 2);
  d = DECIDE("5.1.1 user unknown");
  CHECK_INT(d.rule, 0);
  CHECK_INT(d.klass, 5);
  /* phrase rules speak of failures only */
  d = DECIDE("250 2.0.0 OK user unknown");
  CHECK_INT(d.rule, SB_NONE);
  CHECK_INT(d.klass, 2);
  d = DECIDE("421 4.7.0 try again later");
  CHECK_INT(d.rule, SB_NONE);
}

static void test_hits (void) {
  sb_reply r;
  uint32_t id;
  size_t off;
  const char *s = "550 user unknown, mailbox full";
  sb_decision d;
  smtpbounce_parse(s, strlen(s), &r);
  smtpbounce_classify(RS, SC, s, strlen(s), &r, NULL, NULL, NULL, &d);
  CHECK_INT(d.rule, 0);
  CHECK_INT(smtpbounce_nhits(SC), 2);
  if (smtpbounce_nhits(SC) == 2) {
    smtpbounce_hit(SC, 0, &id, &off);
    CHECK_INT(id, 0);
    CHECK_INT(off, 0);
    smtpbounce_hit(SC, 1, &id, &off);
    CHECK_INT(id, 1);
    CHECK_INT(off, 14);
  }
  /* the rules that matched, besides the decision */
  CHECK(smtpbounce_rule_matches(RS, SC, &r, &d, 0));
  CHECK(smtpbounce_rule_matches(RS, SC, &r, &d, 1));
  CHECK(smtpbounce_rule_matches(RS, SC, &r, &d, 2));
}

static void test_bad_input (void) {
  static const char nul[] = "550 5.1.1 user\0unknown";
  static const char nuls[] = "\0\0\0";
  sb_decision d;
  d = decide(__LINE__, "", 0);
  CHECK_INT(d.rule, SB_NONE);
  CHECK_INT(d.klass, 0);
  /* NUL bytes fold like spaces and never end the reply */
  d = decide(__LINE__, nul, sizeof nul - 1);
  CHECK_INT(d.rule, 0);
  CHECK_INT(d.klass, 5);
  d = decide(__LINE__, nuls, sizeof nuls - 1);
  CHECK_INT(d.rule, SB_NONE);
  d = DECIDE("550 \xff\xfe user \xc0\xaf unknown");
  CHECK_INT(d.rule, 2);
  d = DECIDE("\xff\xfe user unknown \xed\xa0\x80");
  CHECK_INT(d.rule, 0);
  CHECK_INT(d.klass, 0);
}

/* a reply of megabytes: a phrase at the very end is still found */
static void test_huge (void) {
  const size_t len = (size_t)8 << 20;
  char *s = (char *)malloc(len);
  sb_decision d;
  if (!CHECK(s != NULL)) return;
  memset(s, 'x', len);
  memcpy(s, "451 ", 4);
  s[len - 13] = ' ';
  memcpy(s + len - 12, "mailbox full", 12);
  d = decide(__LINE__, s, len);
  CHECK_INT(d.rule, 1);
  CHECK_INT(d.klass, 4);
  memset(s + 4, ' ', len - 4);
  d = decide(__LINE__, s, len);
  CHECK_INT(d.rule, SB_NONE);
  free(s);
}

/*
** The provider: the caller's mx and domain before a token of the text.
** Yahoo's reply quotes "gsmtp"-like wording of another provider (here
** the token stands for Gmail's); the mx decides over the domain.
*/
enum { GMAIL, YAHOO, NPROV };

static void prov_case (int ln, const sb_ruleset *rs, sb_scratch *sc,
                       const char *s, const sb_reply *r, const char *mx,
                       const char *dom, uint32_t want) {
  sb_ctx ctx;
  sb_decision d;
  ctx.mx = mx;  ctx.mx_len = mx != NULL ? strlen(mx) : 0;
  ctx.domain = dom;  ctx.domain_len = dom != NULL ? strlen(dom) : 0;
  ctx.phase = 0;  ctx.provider = SB_NONE;
  smtpbounce_classify(rs, sc, s, strlen(s), r, &ctx, NULL, NULL, &d);
  check_int_((long long)d.provider, (long long)want, "provider", __FILE__, ln);
  check_int_((long long)d.rule, 0, "rule", __FILE__, ln);
}

static void test_providers (void) {
  static const char *const phr[] = { "gsmtp" };
  static const size_t plen[] = { 5 };
  static const uint32_t token[] = { GMAIL };
  static const char *const hosts[] = { "google.com", "yahoodns.net" };
  static const size_t hlen[] = { 10, 12 };
  static const uint32_t hprov[] = { GMAIL, YAHOO };
  static const char *const doms[] = { "gmail.com", "yahoo.com" };
  static const size_t dlen[] = { 9, 9 };
  static const uint32_t dprov[] = { GMAIL, YAHOO };
  static const sb_rule_def rules[] = { { 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0 } };
  const char *s = "550 5.7.9 This mail has been blocked because the sender is "
                  "unauthenticated. gsmtp";
  sb_ruleset_def def;
  sb_ruleset *rs = NULL;
  sb_scratch *sc;
  sb_reply r;
  memset(&def, 0, sizeof def);
  def.phrases = phr;  def.phrase_lens = plen;  def.nphrases = 1;
  def.codes = CODES;  def.ncodes = 1;  def.rules = rules;  def.nrules = 1;
  def.nproviders = NPROV;  def.token_phrase = token;
  def.hosts = hosts;  def.host_lens = hlen;  def.host_prov = hprov;  def.nhosts = 2;
  def.domains = doms;  def.domain_lens = dlen;  def.domain_prov = dprov;
  def.ndomains = 2;
  CHECK_INT(smtpbounce_compile(&def, alloc, NULL, &rs), SB_OK);
  if (rs == NULL) return;
  sc = smtpbounce_scratch_new(rs, alloc, NULL);
  if (!CHECK(sc != NULL)) { smtpbounce_free(rs, alloc, NULL); return; }
  smtpbounce_parse(s, strlen(s), &r);
#define PROV(mx, dom, want)  prov_case(__LINE__, rs, sc, s, &r, (mx), (dom), (want))
  PROV(NULL, NULL, GMAIL);                   /* the text alone: its token */
  PROV(NULL, "yahoo.com", YAHOO);            /* the caller's domain first */
  PROV("mta7.am0.yahoodns.net", NULL, YAHOO);
  PROV("mta7.am0.yahoodns.net", "gmail.com", YAHOO);  /* the mx decides */
  PROV("aspmx.l.google.com", "yahoo.com", GMAIL);
  PROV("mx.unknown.example", "yahoo.com", YAHOO);     /* an unknown mx */
  PROV("mx.unknown.example", "example.org", GMAIL);   /* neither known */
#undef PROV
  smtpbounce_scratch_free(sc, alloc, NULL);
  smtpbounce_free(rs, alloc, NULL);
}

/* a reply, the phrase it must hit (id, offset in the text) and its text
   (NULL: the reply as sent after its code) */
typedef struct PhraseCase { const char *s; size_t off; uint32_t id; const char *text; } PhraseCase;

/* one rule taking any of the phrases 'phr': each case hits just its
   phrase, at its offset, with its text */
static void phrase_cases (const char *const *phr, const size_t *plen, const uint32_t *ids,
                          size_t nphr, const PhraseCase *cases, size_t ncases) {
  sb_clause_def cl[1];
  static const sb_rule_def rules[] = { { 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0 } };
  sb_ruleset_def def;
  sb_ruleset *rs = NULL;
  sb_scratch *sc;
  size_t k;
  cl[0].kind = SB_ANY;  cl[0].first = 0;  cl[0].count = (uint32_t)nphr;
  memset(&def, 0, sizeof def);
  def.phrases = phr;  def.phrase_lens = plen;  def.nphrases = nphr;
  def.ids = ids;  def.nids = nphr;  def.clauses = cl;  def.nclauses = 1;
  def.rules = rules;  def.nrules = 1;
  CHECK_INT(smtpbounce_compile(&def, alloc, NULL, &rs), SB_OK);
  if (rs == NULL) return;
  sc = smtpbounce_scratch_new(rs, alloc, NULL);
  if (!CHECK(sc != NULL)) { smtpbounce_free(rs, alloc, NULL); return; }
  for (k = 0; k < ncases; k++) {
    const char *s = cases[k].s, *want = cases[k].text ? cases[k].text : s + 4;
    char text[64];
    sb_reply r;
    sb_decision d;
    uint32_t id;
    size_t off;
    smtpbounce_parse(s, strlen(s), &r);
    smtpbounce_classify_text(rs, sc, s, strlen(s), &r, NULL, NULL, NULL, text, &d);
    CHECK_INT(d.rule, 0);
    CHECK_INT(smtpbounce_nhits(sc), 1);
    if (smtpbounce_nhits(sc) != 1) continue;
    smtpbounce_hit(sc, 0, &id, &off);
    CHECK_INT(id, cases[k].id);
    CHECK_INT(off, cases[k].off);
    if (cases[k].text) CHECK_INT(r.text_len, strlen(want));
    CHECK(memcmp(text, want, r.text_len) == 0);
  }
  smtpbounce_scratch_free(sc, alloc, NULL);
  smtpbounce_free(rs, alloc, NULL);
}

/*
** The typeset apostrophe (U+2019, E2 80 99) reads as "'" in the text and
** in the phrases alike, whichever a phrase is written with (one with
** no other byte >= 0x80 is in the ASCII automaton); a hit's offset is
** its end less the phrase's length as read; the text is as sent.
*/
static void test_typeset (void) {
  static const char *const phr[] = { "doesn't exist", "n\xe2\x80\x99" "existe pas" };
  static const size_t plen[] = { 13, 14 };
  static const uint32_t ids[] = { 0, 1 };
  static const PhraseCase cases[] = {
    { "550 The mailbox doesn\xe2\x80\x99t exist", 14, 0, NULL },  /* (14: "esn'...") */
    { "550 The mailbox doesn't exist", 12, 0, NULL },
    { "550 L'adresse n'existe pas", 10, 1, NULL },
    { "550 L\xe2\x80\x99" "adresse n\xe2\x80\x99" "existe pas", 14, 1, NULL },
  };
  phrase_cases(phr, plen, ids, 2, cases, sizeof cases / sizeof cases[0]);
}

/*
** Spaces beyond ASCII's (U+00A0, Latin-1's A0, U+3000 ...) read as a
** space: the text folds them into its spaces, so a phrase is found
** across one, and a phrase written with one reads as with a space (in
** either automaton); offsets are the text's.
*/
static void test_wide_spaces (void) {
  static const char *const phr[] = { "user unknown", "no\xc2\xa0such user",
                                     "bo\xc3\xaete\xe2\x80\xafpleine" };
  static const size_t plen[] = { 12, 13, 15 };
  static const uint32_t ids[] = { 0, 1, 2 };
  static const PhraseCase cases[] = {
    { "550\xc2\xa0" "5.1.1 user\xc2\xa0unknown", 0, 0, "user unknown" },
    { "550\xa0" "5.1.1\xa0The user\xa0\xa0unknown", 4, 0, "The user unknown" },
    { "550 5.1.1 No such user", 0, 1, "No such user" },
    { "550 5.1.1 No\xc2\xa0such\xe3\x80\x80user", 0, 1, "No such user" },
    { "\xef\xbb\xbf" "550 Bo\xc3\xaete pleine", 0, 2, "Bo\xc3\xaete pleine" },
  };
  char norm[16];
  CHECK_INT(smtpbounce_normalize(phr[1], plen[1], norm), 12);
  CHECK(memcmp(norm, "no such user", 12) == 0);
  phrase_cases(phr, plen, ids, 3, cases, sizeof cases / sizeof cases[0]);
}

/* the phrases found in 's' (DECIDE's three entry points agree) */
static uint32_t nhits_of (int ln, const char *s) {
  decide(ln, s, strlen(s));
  return smtpbounce_nhits(SC);
}

/*
** The local part of an address in angle brackets is no text to read: a
** recipient named "spam" is no spam.  Not without the brackets, the '@'
** or over 64 bytes; across the walker's chunks (an entity's '<').
*/
static void test_local_parts (void) {
  char long_local[128];
  uint32_t id;
  size_t off;
  CHECK_INT(nhits_of(__LINE__, "550 5.1.1 <spam@example.org>: user unknown"), 1);
  smtpbounce_hit(SC, 0, &id, &off);
  CHECK_INT(id, 0);
  CHECK_INT(nhits_of(__LINE__, "550 5.1.1 &lt;spam@example.org&gt;: user unknown"), 1);
  CHECK_INT(nhits_of(__LINE__, "550 <<spam-user unknown@x.org>"), 2);  /* (a blank: no address) */
  CHECK_INT(nhits_of(__LINE__, "550 rejected as spam <spam@example.org>"), 1);
  smtpbounce_hit(SC, 0, &id, &off);
  CHECK_INT(id, 2);
  CHECK_INT(off, 12);
  CHECK_INT(nhits_of(__LINE__, "550 <spam> example.org"), 1);
  CHECK_INT(nhits_of(__LINE__, "550 spam@example.org"), 1);
  /* 64 bytes of local part are held back, 65 are not */
  memset(long_local, 0, sizeof long_local);
  memcpy(long_local, "550 <", 5);
  memset(long_local + 5, 'x', 60);
  memcpy(long_local + 65, "spam@example.org>", 17);
  CHECK_INT(nhits_of(__LINE__, long_local), 0);
  long_local[5] = 'y';
  memmove(long_local + 6, long_local + 5, strlen(long_local + 5) + 1);
  CHECK_INT(nhits_of(__LINE__, long_local), 1);
}

int main (void) {
  setup();
  if (RS != NULL && SC != NULL) {
    test_replies();
    test_hits();
    test_bad_input();
    test_huge();
    test_providers();
    test_typeset();
    test_wide_spaces();
    test_local_parts();
  }
  if (SC != NULL) smtpbounce_scratch_free(SC, alloc, NULL);
  if (RS != NULL) smtpbounce_free(RS, alloc, NULL);
  return check_summary("test_classify");
}
