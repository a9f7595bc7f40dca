/*
** fuzz_classify.c -- libFuzzer target: classify over the built-in
** ruleset (build/fuzz/default_ruleset.h, written by tools/dump-ruleset.lua
** from the Lua rule data).  Input: a control byte, an index byte, then
** the reply.  The control byte picks the context:
**   bits 0-2  phase (7 is out of range and must be ignored)
**   bits 3-4  mx: none, a listed host, "mx." + a listed host, the reply
**   bits 5-6  domain: none, a listed domain, a listed host, the reply
**   bit  7    force provider 'index' (out of range when >= nproviders)
** Every decision is compared with the reference classifier of
** fuzz_common.h; the text smtpbounce_classify_text writes must be the one
** smtpbounce_text writes; two scratch areas must agree.
*/

#include "fuzz_common.h"
#include "default_ruleset.h"

static sb_ruleset_def def;
static sb_ruleset *rs;
static sb_scratch *sc1, *sc2;
static Oracle oracle;
static FzAlloc heap;

int LLVMFuzzerInitialize (int *argc, char ***argv);

int LLVMFuzzerInitialize (int *argc, char ***argv) {
  (void)argc; (void)argv;
  dr_def(&def);
  fz_alloc_init(&heap, -1);
  FUZZ_CHECK(smtpbounce_compile(&def, fz_alloc, &heap, &rs) == SB_OK);
  FUZZ_CHECK(smtpbounce_nrules(rs) == DR_NRULES);
  sc1 = smtpbounce_scratch_new(rs, fz_alloc, &heap);
  sc2 = smtpbounce_scratch_new(rs, fz_alloc, &heap);
  FUZZ_CHECK(sc1 != NULL && sc2 != NULL);
  oracle_init(&oracle, &def);
  FUZZ_CHECK(oracle.valid);
  return 0;
}

/* the built-in rules have no external rule: never asked */
static int confirm (void *ud, uint32_t rule) {
  (void)ud;
  FUZZ_CHECK(smtpbounce_rule_external(rs, rule));
  return 1;
}

static char mxbuf[300];

static void make_ctx (sb_ctx *ctx, unsigned ctl, unsigned idx,
                      const char *s, size_t len) {
  memset(ctx, 0, sizeof(*ctx));
  ctx->provider = SB_NONE;
  ctx->phase = (int)(ctl & 7);
  switch ((ctl >> 3) & 3) {
    case 1:
      ctx->mx = dr_hosts[idx % DR_NHOSTS];
      ctx->mx_len = dr_host_lens[idx % DR_NHOSTS];
      break;
    case 2: {
      size_t n = dr_host_lens[idx % DR_NHOSTS];
      memcpy(mxbuf, "MX.", 3);
      memcpy(mxbuf + 3, dr_hosts[idx % DR_NHOSTS], n);
      ctx->mx = mxbuf;
      ctx->mx_len = n + 3;
      break;
    }
    case 3: ctx->mx = s; ctx->mx_len = len; break;
    default: break;
  }
  switch ((ctl >> 5) & 3) {
    case 1:
      ctx->domain = dr_domains[idx % DR_NDOMAINS];
      ctx->domain_len = dr_domain_lens[idx % DR_NDOMAINS];
      break;
    case 2:
      ctx->domain = dr_hosts[idx % DR_NHOSTS];
      ctx->domain_len = dr_host_lens[idx % DR_NHOSTS];
      break;
    case 3: ctx->domain = s; ctx->domain_len = len; break;
    default: break;
  }
  if (ctl & 0x80) ctx->provider = idx % (DR_NPROVIDERS + 2);
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  const char *s;
  size_t len;
  unsigned ctl = 0, idx = 0;
  sb_reply r;
  sb_ctx ctx;
  sb_decision d1, d2;
  FzVerdict v;
  char *text, *text2;
  long calls = heap.calls;
  if (size >= 1) ctl = data[0];
  if (size >= 2) idx = data[1];
  s = (const char *)data + (size >= 2 ? 2 : size);
  len = size >= 2 ? size - 2 : 0;
  make_ctx(&ctx, ctl, idx, s, len);
  smtpbounce_parse(s, len, &r);
  text = fz_check_reply(s, len, &r);
  smtpbounce_classify(rs, sc1, s, len, &r, &ctx, confirm, NULL, &d1);
  oracle_decide(&oracle, s, len, &r, text, &ctx, confirm, NULL, &v);
  oracle_compare(&oracle, rs, sc1, &r, &d1, &v);
  text2 = (char *)malloc(r.text_len ? r.text_len : 1);
  FUZZ_CHECK(text2 != NULL);
  smtpbounce_classify_text(rs, sc2, s, len, &r, &ctx, confirm, NULL, text2, &d2);
  FUZZ_CHECK(memcmp(&d1, &d2, sizeof(d1)) == 0);
  FUZZ_CHECK(r.text_len == 0 || memcmp(text, text2, r.text_len) == 0);
  FUZZ_CHECK(heap.calls == calls);  /* classifying never allocates */
  free(text2);
  free(text);
  return 0;
}
