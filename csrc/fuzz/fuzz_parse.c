/*
** fuzz_parse.c -- libFuzzer target for the reply parser, the clean-text
** walker, smtpbounce_text and the template: the input is one reply.
** Checks every invariant of fz_check_reply (spans inside the input,
** text_len equal to what smtpbounce_text writes into a buffer of exactly
** that size and to the walker's chunks, folded text, flags that agree with
** the input) and of fz_check_template, on the input and on its clean text.
** Also parses the text again: the clean text of a clean text is never
** longer.  And reads the input as a Postfix delivery line
** (smtpbounce_postfix_line, from a copy of exactly its size): every field
** inside the input, in the line's order (fuzz_log checks the values
** against the LPeg pattern they stand for).
*/

#include "fuzz_common.h"
#include "sb_logline.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  const char *s = (const char *)data;
  sb_reply r, r2;
  char *text, *text2;
  smtpbounce_parse(s, size, &r);
  text = fz_check_reply(s, size, &r);
  fz_check_template(s, size);
  fz_check_template(text, r.text_len);
  /* parse_head + text in one: the same reply and the same text */
  text2 = (char *)malloc(size + 1);
  FUZZ_CHECK(text2 != NULL);
  FUZZ_CHECK(smtpbounce_parse_text(s, size, &r2, text2) == r.text_len);
  FUZZ_CHECK(r2.text_len == r.text_len &&
             memcmp(text2, text, r.text_len) == 0);
  FUZZ_CHECK(r2.code == r.code && r2.st_class == r.st_class &&
             r2.st_subject == r.st_subject && r2.st_detail == r.st_detail &&
             r2.body.off == r.body.off && r2.relay.off == r.relay.off &&
             r2.relay.len == r.relay.len &&
             (r2.flags | SB_F_ENTITIES | SB_F_BLANK) ==
             (r.flags | SB_F_ENTITIES | SB_F_BLANK));
  free(text2);
  /* the text parsed as a reply: still every invariant */
  smtpbounce_parse(text, r.text_len, &r2);
  text2 = fz_check_reply(text, r.text_len, &r2);
  FUZZ_CHECK(r2.text_len <= r.text_len);
  free(text2);
  free(text);
  {
    char *copy = (char *)malloc(size ? size : 1);
    sb_pfline f;
    memcpy(copy, data, size);
    if (smtpbounce_postfix_line(copy, size, &f)) {
      const sb_span *order[] = { &f.time, &f.prog, &f.qid, &f.rcpt, &f.relay,
                                 &f.dsn, &f.status };
      size_t i, end = 0;
      for (i = 0; i < sizeof order / sizeof order[0]; i++) {
        FUZZ_CHECK(order[i]->off >= end && order[i]->off + order[i]->len <= size);
        end = order[i]->off + order[i]->len;
      }
      FUZZ_CHECK(f.tpos >= end && f.tpos <= size);
      FUZZ_CHECK(f.header >= SB_PF_RFC3339 && f.header <= SB_PF_STAMP);
      FUZZ_CHECK(!f.has_rdomain || (f.rdomain.off >= f.rcpt.off &&
                 f.rdomain.off + f.rdomain.len <= f.rcpt.off + f.rcpt.len));
      FUZZ_CHECK(!f.has_ip || (f.relay_ip.off > f.relay.off + f.relay.len &&
                 f.relay_ip.off + f.relay_ip.len < f.dsn.off));
    }
    free(copy);
  }
  /* NULL input reads as empty */
  smtpbounce_parse(NULL, size, &r2);
  FUZZ_CHECK(r2.text_len == 0 && r2.code == 0 && (r2.flags & SB_F_BLANK));
  return 0;
}
