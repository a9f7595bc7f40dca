/*
** test_prose.c -- the prose-bounce reader (sb_prose.c): the phase a
** diagnostic names, and bad input.
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sb_prose.h"
#include "check.h"

#define PHASE(s)  sb_mail_phase((s), sizeof(s) - 1)

static void test_phase (void) {
  CHECK_INT(PHASE("host x[1.2.3.4] said: 550 5.1.1 no (in reply to RCPT TO command)"),
            SB_PHASE_RCPT);
  CHECK_INT(PHASE("(in reply to end of DATA command)"), SB_PHASE_EOD);
  CHECK_INT(PHASE("(in reply to DATA command)"), SB_PHASE_DATA);
  CHECK_INT(PHASE("(in reply to MAIL FROM command)"), SB_PHASE_MAIL);
  CHECK_INT(PHASE("SMTP error from remote mail server after RCPT TO:<a@b.c>:"),
            SB_PHASE_RCPT);
  CHECK_INT(PHASE("SMTP error from remote mail server after end of data:"),
            SB_PHASE_EOD);
  CHECK_INT(PHASE("SMTP error from remote mail server after MAIL FROM:<> SIZE=1:"),
            SB_PHASE_MAIL);
  CHECK_INT(PHASE("after initial connection"), SB_PHASE_CONNECT);
  CHECK_INT(PHASE("1.2.3.4 does not like recipient."), SB_PHASE_RCPT);
  CHECK_INT(PHASE("after database lookup"), SB_PHASE_UNKNOWN);
  CHECK_INT(PHASE("550 5.1.1 user unknown"), SB_PHASE_UNKNOWN);
  CHECK_INT(PHASE(""), SB_PHASE_UNKNOWN);
  CHECK_INT(sb_mail_phase(NULL, 5), SB_PHASE_UNKNOWN);
}

int main (void) {
  test_phase();
  return check_summary("test_prose");
}
