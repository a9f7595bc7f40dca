/*
** fuzz_parse.c -- libFuzzer target for the reply parser, the clean-text
** walker, smtpbounce_text and the template: the input is one reply.
** Checks every invariant of fz_check_reply (spans inside the input,
** text_len equal to what smtpbounce_text writes into a buffer of exactly
** that size and to the walker's chunks, folded text, flags that agree with
** the input) and of fz_check_template, on the input and on its clean text.
** Also parses the text again: the clean text of a clean text is never
** longer.
*/

#include "fuzz_common.h"

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
  /* NULL input reads as empty */
  smtpbounce_parse(NULL, size, &r2);
  FUZZ_CHECK(r2.text_len == 0 && r2.code == 0 && (r2.flags & SB_F_BLANK));
  return 0;
}
