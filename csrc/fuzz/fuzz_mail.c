/*
** fuzz_mail.c -- libFuzzer target for the bounce-mail reader (sb_mail.c,
** sb_mime.c and the prose scanner it calls): the input is one mail, read
** from a copy of exactly its size.  Checks: the reader never fails but
** for memory; a format name exactly when there are records, a reason
** exactly when there are none; at most SB_MAIL_MAX_RCPTS records; every
** string of a record and of the mail valid UTF-8 (what the reader hands
** to Lua and JSON) and of bounded size; phases in range; a delivery
** status record has a recipient; the original's headers readable with
** smtpbounce_mail_header; reading again with a buffer and converters
** kept from input to input (smtpbounce_mail_read_buf, as the binding
** reads) gives the same records; the explanation (sb_mail.explanation)
** valid UTF-8 within its cap, only beside records.
*/

#include "fuzz_common.h"
#include "sb_mail.h"

/* is [p, p+n) valid UTF-8 */
static int valid_utf8 (const char *p, size_t n) {
  const unsigned char *s = (const unsigned char *)p;
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i], cp, min;
    size_t len, k;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; cp = c & 0x07; }
    else return 0;
    if (n - i < len) return 0;
    for (k = 1; k < len; k++) {
      if ((s[i + k] & 0xC0) != 0x80) return 0;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    i += len;
  }
  return 1;
}

/* a string of the result: absent, or valid UTF-8 of at most 'max' bytes */
static void check_str (sb_mstr v, size_t max) {
  if (v.p == NULL) return;
  FUZZ_CHECK(v.n <= max);
  FUZZ_CHECK(valid_utf8(v.p, v.n));
}

static int same (sb_mstr a, sb_mstr b) {
  return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

static char buf[SB_MAIL_BUFSIZE];
static sb_mail_convs convs;  /* kept from input to input, never freed */

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  char *copy = (char *)malloc(size ? size : 1);
  size_t i, max = 3 * size + 16;  /* no string outgrows its UTF-8 */
  sb_mail m, m2;
  const char *name;
  FUZZ_CHECK(copy != NULL);
  memcpy(copy, data, size);
  FUZZ_CHECK(smtpbounce_mail_read(&m, copy, size) == SB_OK);
  name = smtpbounce_mail_format_name(&m);
  FUZZ_CHECK((name != NULL) == (m.nrecs > 0));
  FUZZ_CHECK((m.why != NULL) == (m.nrecs == 0));
  FUZZ_CHECK(m.format != SB_MAIL_PROSE || m.family != NULL);
  FUZZ_CHECK(m.nrecs <= SB_MAIL_MAX_RCPTS);
  check_str(m.reporting_mta, max);
  check_str(m.subject, max);
  check_str(m.from, max);
  check_str(m.feedback_type, max);
  check_str(m.message_id, max);
  for (i = 0; i < 3; i++) check_str(m.envelope[i], max);
  check_str(m.explanation, SB_MAIL_MAX_EXPLAIN);
  FUZZ_CHECK(m.explanation.p == NULL || m.nrecs > 0);
  FUZZ_CHECK(!m.forwarded || m.nrecs > 0);
  for (i = 0; i < m.nrecs; i++) {
    const sb_mail_rec *r = &m.recs[i];
    check_str(r->recipient, max);
    check_str(r->original_recipient, max);
    check_str(r->action, max);
    check_str(r->status, max);
    check_str(r->status_text, max);
    check_str(r->remote_mta, max);
    check_str(r->reply, max);
    check_str(r->time, max);
    FUZZ_CHECK(r->phase >= 0 && r->phase < SB_PHASE_MAX);
    if (m.format == SB_MAIL_RFC3464 || m.format == SB_MAIL_AUTOREPLY)
      FUZZ_CHECK(r->recipient.n > 0);
    if (m.format == SB_MAIL_PROSE)  /* or the one record of a notice
                                       that names no one */
      FUZZ_CHECK(r->recipient.n > 0 || (r->recipient.p == NULL && m.nrecs == 1));
    if (r->status.p) FUZZ_CHECK(r->status.n >= 5 && r->status.n <= 9);
  }
  if (m.orig_headers.p) {
    sb_mstr v;
    if (smtpbounce_mail_header(&m, m.orig_headers, "subject", 7, &v)) check_str(v, max);
    if (smtpbounce_mail_header(&m, m.orig_headers, "x-campaign-id", 13, &v)) check_str(v, max);
  }
  /* again, as the binding reads (a buffer, converters kept across
     inputs): the same */
  FUZZ_CHECK(smtpbounce_mail_read_buf(&m2, copy, size, buf, sizeof buf, &convs) == SB_OK);
  FUZZ_CHECK(m2.format == m.format && m2.nrecs == m.nrecs && m2.flags == m.flags);
  FUZZ_CHECK(m2.forwarded == m.forwarded && same(m2.explanation, m.explanation));
  for (i = 0; i < m.nrecs; i++) {
    FUZZ_CHECK(same(m.recs[i].recipient, m2.recs[i].recipient));
    FUZZ_CHECK(same(m.recs[i].reply, m2.recs[i].reply));
  }
  smtpbounce_mail_free(&m2);
  smtpbounce_mail_free(&m);
  free(copy);
  return 0;
}
