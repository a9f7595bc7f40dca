/*
** test_logline.c -- standalone tests of the reader of Postfix delivery
** lines in the layout Postfix writes (sb_logline.c), which stands in for
** an LPeg pattern of smtpbounce.log.postfix (spec/logio_spec.lua checks
** the two agree).  Lines are those of examples/postfix-maillog.log (a
** real Postfix run, tools/mta-test.sh) and variations of them; bad
** input: empty, cut, NUL bytes, bytes that are no UTF-8, and megabytes.
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sb_logline.h"
#include "check.h"

#define SPAN(s, f, want)  CHECK_STR((s) + (f).off, (f).len, (want))

static const char SENT[] =
  "Nov 28 01:41:35 mta-test postfix/smtp[29202]: 3E6281027B0: "
  "to=<gmail-accept@example.com>, relay=127.0.0.1[127.0.0.1]:2525, "
  "delay=0.06, delays=0.03/0.02/0/0.01, dsn=2.0.0, status=sent "
  "(250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp)";

static const char BOUNCED[] =
  "2026-11-28T01:41:35.123+01:00 mta-test postfix/smtp[29207]: 4227C1027AE: "
  "to=<gmail-nosuchuser@example.com>, relay=127.0.0.1[127.0.0.1]:2525, "
  "delay=0.06, delays=0.02/0.02/0.01/0.02, dsn=5.1.1, status=bounced "
  "(host 127.0.0.1[127.0.0.1] said: 550 5.1.1 no such user "
  "(in reply to RCPT TO command))";

static int read_line (const char *s, size_t len, sb_pfline *f) {
  memset(f, 0, sizeof *f);
  return smtpbounce_postfix_line(s, len, f);
}

static void test_lines (void) {
  sb_pfline f;
  size_t len = sizeof SENT - 1;
  if (CHECK(read_line(SENT, len, &f) == 1)) {
    CHECK_INT(f.header, SB_PF_FIXED);
    SPAN(SENT, f.time, "Nov 28 01:41");
    SPAN(SENT, f.rest, ":35");
    SPAN(SENT, f.prog, "postfix/smtp");
    SPAN(SENT, f.qid, "3E6281027B0");
    SPAN(SENT, f.rcpt, "gmail-accept@example.com");
    CHECK(f.has_rdomain);
    SPAN(SENT, f.rdomain, "example.com");
    SPAN(SENT, f.relay, "127.0.0.1");
    CHECK(f.has_ip);
    SPAN(SENT, f.relay_ip, "127.0.0.1");
    SPAN(SENT, f.dsn, "2.0.0");
    SPAN(SENT, f.status, "sent");
    CHECK_STR(SENT + f.tpos, len - f.tpos - 1,
              "250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp");
    CHECK(f.plain);
  }
  len = sizeof BOUNCED - 1;
  if (CHECK(read_line(BOUNCED, len, &f) == 1)) {
    CHECK_INT(f.header, SB_PF_RFC3339);
    SPAN(BOUNCED, f.time, "2026-11-28T01:41:35.123+01:00");
    SPAN(BOUNCED, f.qid, "4227C1027AE");
    SPAN(BOUNCED, f.status, "bounced");
    SPAN(BOUNCED, f.dsn, "5.1.1");
  }
  /* not this layout: another program, a line Postfix writes of no delivery */
  CHECK_INT(read_line("Nov 28 01:41:35 mta-test postfix/qmgr[1]: 3E6281027B0: removed",
                      62, &f), 0);
  CHECK_INT(read_line("Nov 28 01:41:35 mta-test dovecot: lda(x): saved mail to INBOX",
                      61, &f), 0);
}

static void test_bad_input (void) {
  sb_pfline f;
  char buf[sizeof SENT];
  size_t len = sizeof SENT - 1, i;
  int read = 0;
  CHECK_INT(read_line("", 0, &f), 0);
  CHECK_INT(read_line(NULL, 0, &f), 0);
  /* every cut of the line: never read past its end, read only when the
     status text has begun */
  for (i = 0; i < len; i++) {
    memcpy(buf, SENT, i);
    if (read_line(buf, i, &f)) {
      read++;
      CHECK(f.tpos <= i && f.status.off + f.status.len <= i);
    }
  }
  CHECK(read < 60);
  /* NUL bytes and bytes that are no UTF-8 in the text: read, not plain */
  memcpy(buf, SENT, len);
  buf[len - 10] = '\0';
  buf[len - 12] = '\xff';
  CHECK_INT(read_line(buf, len, &f), 1);
  CHECK(!f.plain);
  /* a NUL byte in the header: not this layout */
  memcpy(buf, SENT, len);
  buf[3] = '\0';
  CHECK_INT(read_line(buf, len, &f), 0);
}

/* megabytes: a recipient and a status text of 4 MB each are read whole;
   4 MB of "to=<" pieces are no line of this layout */
static void test_huge (void) {
  const size_t mb4 = (size_t)4 << 20;
  const char *head = "Nov 28 01:41:35 mx postfix/smtp[1]: ABC: to=<";
  const char *mid = ">, relay=none, delay=1, delays=0/0/0/1, dsn=4.4.1, status=deferred (";
  size_t hl = strlen(head), ml = strlen(mid), len = hl + mb4 + ml + mb4 + 1, i;
  char *s = (char *)malloc(len);
  sb_pfline f;
  if (!CHECK(s != NULL)) return;
  memcpy(s, head, hl);
  memset(s + hl, 'a', mb4);
  memcpy(s + hl + mb4, mid, ml);
  memset(s + hl + mb4 + ml, 'x', mb4);
  s[len - 1] = ')';
  if (CHECK(read_line(s, len, &f) == 1)) {
    CHECK_INT(f.rcpt.len, mb4);
    CHECK(!f.has_rdomain);
    CHECK_INT(f.tpos, hl + mb4 + ml);
  }
  for (i = 0; i + 4 <= len; i += 4) memcpy(s + i, "to=<", 4);
  CHECK_INT(read_line(s, len, &f), 0);
  free(s);
}

int main (void) {
  test_lines();
  test_bad_input();
  test_huge();
  return check_summary("test_logline");
}
