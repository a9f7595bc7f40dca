/*
** test_parse.c -- standalone tests of the reply parser (sb_parse.c); the
** template of a clean text (sb_template.c) is tested in test_template.c.
** CHECK (check.h) counts passes and failures, prints each failure with
** its file:line, and main exits 1 when anything failed.
**
** Every input goes through 'parse_at', which also checks what must hold
** for any reply: text_len equals the bytes smtpbounce_text writes and the
** concatenated walker chunks, chunks are never empty and point into the
** input or the walker, the text is folded (no control bytes, no leading,
** trailing or double space), spans lie inside the input, and so on.
*/

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpbounce.h"
#include "check.h"

/* a check at a given line of this file (the helpers below report the
   caller's line) */
#define CHECK_AT(c, ln)   check_report((c) != 0, #c, __FILE__, (ln))

static void eq_int (int ln, const char *what, long got, long want) {
  check_report(got == want, what, __FILE__, ln);
  if (got != want) printf("    got %ld, want %ld\n", got, want);
}

static void eq_bytes (int ln, const char *what, const char *got, size_t gn,
                      const char *want, size_t wn) {
  int ok = gn == wn && (wn == 0 || memcmp(got, want, wn) == 0);
  check_report(ok, what, __FILE__, ln);
  if (!ok) {
    printf("    got  ");
    check_put(got, gn);
    printf("\n    want ");
    check_put(want, wn);
    putchar('\n');
  }
}


/* {======================================================================
** Parsing with invariant checks
** ======================================================================= */

static sb_reply R;          /* the last parsed reply */
static char *IN;            /* its input (malloc'd) */
static size_t INLEN;
static char *TXT;           /* its clean text (malloc'd) */

/* is [p, p+n) inside [base, base+size)?  (compared as integers) */
static int inside (const void *p, size_t n, const void *base, size_t size) {
  uintptr_t a = (uintptr_t)p, b = (uintptr_t)base;
  return a >= b && a - b <= size && n <= size - (a - b);
}

static int span_ok (sb_span sp, size_t len) {
  return sp.off <= len && sp.len <= len - sp.off;
}

/* concatenate the walker's chunks into 'buf' (text_len + 1 bytes) */
static size_t walk_all (int ln, const char *s, size_t len, char *buf,
                        size_t cap) {
  sb_walk w;
  const char *p;
  size_t n, t = 0;
  int bad_chunk = 0, overflow = 0;
  smtpbounce_walk_init(&w, s, len, &R);
  while (smtpbounce_walk_next(&w, &p, &n)) {
    if (n == 0 || !(inside(p, n, s, len) || inside(p, n, &w, sizeof w)))
      bad_chunk = 1;
    if (t + n > cap) { overflow = 1; break; }
    memcpy(buf + t, p, n);
    t += n;
  }
  CHECK_AT(!bad_chunk, ln);
  CHECK_AT(!overflow, ln);
  return t;
}

/* the text is folded: no control byte, no leading/trailing/double space */
static int text_folded (const char *t, size_t n) {
  size_t i;
  if (n > 0 && (t[0] == ' ' || t[n - 1] == ' ')) return 0;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c < 0x20 || c == 0x7f) return 0;
    if (c == ' ' && i > 0 && t[i - 1] == ' ') return 0;
  }
  return 1;
}

static void reply_invariants (int ln, size_t len) {
  int cls = smtpbounce_class(&R);
  CHECK_AT(R.code == 0 || (R.code >= 200 && R.code <= 559), ln);
  CHECK_AT(R.st_class == 0 || R.st_class == 2 || R.st_class == 4
           || R.st_class == 5, ln);
  CHECK_AT(cls == 0 || (cls >= 2 && cls <= 5), ln);
  /* the body ends before trailing blanks, Postfix's "(in reply to ...)"
     and the closers of the quotes that open it; without a prefix it
     starts at 0 or after the one quote or bracket that wraps the whole
     input */
  CHECK_AT(R.body.off + R.body.len <= len, ln);
  CHECK_AT(span_ok(R.prefix, len) && R.prefix.off == 0, ln);
  CHECK_AT((R.flags & SB_F_PREFIX) ? R.prefix.len == R.body.off
           && R.body.off > 0 : R.prefix.len == 0 && (R.body.off == 0
           || strchr("([\"'`", IN[R.body.off - 1]) != NULL), ln);
  CHECK_AT(R.relay.len == 0 || R.relay.off + R.relay.len <= R.prefix.len, ln);
  CHECK_AT(span_ok(R.forward, len) && R.forward.len <= 320, ln);
  CHECK_AT(R.forward.len == 0 || R.forward.off >= R.body.off, ln);
  CHECK_AT(((R.flags & SB_F_MULTILINE) != 0) == (R.nlines > 1), ln);
  CHECK_AT(!(R.flags & SB_F_BLANK) || (R.code == 0 && R.text_len == 0), ln);
  CHECK_AT(((R.flags & SB_F_NUL) != 0) == (len > 0
           && memchr(IN, 0, len) != NULL), ln);
  CHECK_AT(R.text_len <= len, ln);
}

/*
** Parse, check the invariants, keep the text in TXT.  The input is copied
** to an exact-size heap block so that ASan/valgrind see any read past it.
*/
static void parse_at (int ln, const char *s, size_t len) {
  char *in = (char *)malloc(len ? len : 1), *buf;
  size_t wn, tn;
  if (in == NULL) { puts("out of memory"); exit(2); }
  if (len) memcpy(in, s, len);
  free(IN);
  free(TXT);
  IN = in;
  INLEN = len;
  smtpbounce_parse(in, len, &R);
  reply_invariants(ln, len);
  TXT = (char *)malloc(R.text_len + 1);
  buf = (char *)malloc(R.text_len + 1);
  if (TXT == NULL || buf == NULL) { puts("out of memory"); exit(2); }
  tn = smtpbounce_text(in, len, &R, TXT);
  eq_int(ln, "text_len == bytes smtpbounce_text wrote", (long)tn,
         (long)R.text_len);
  wn = walk_all(ln, in, len, buf, R.text_len + 1);
  eq_int(ln, "text_len == bytes of the walker chunks", (long)wn,
         (long)R.text_len);
  CHECK_AT(wn == tn && memcmp(buf, TXT, tn) == 0, ln);
  CHECK_AT(text_folded(TXT, tn), ln);
  free(buf);
}

static void status_str (char *out, const sb_reply *r) {
  if (r->st_class == 0) out[0] = '\0';
  else sprintf(out, "%d.%d.%d", r->st_class, r->st_subject, r->st_detail);
}

/* parse 'len' bytes and check code, status ("c.s.d" or ""), flags, text */
static void t_reply (int ln, const char *s, size_t len, int code,
                     const char *st, unsigned flags, const char *text) {
  char got[40];
  parse_at(ln, s, len);
  eq_int(ln, "code", R.code, code);
  status_str(got, &R);
  eq_bytes(ln, "status", got, strlen(got), st, strlen(st));
  eq_int(ln, "flags", (long)R.flags, (long)flags);
  eq_bytes(ln, "text", TXT, R.text_len, text, strlen(text));
}

/* input given as a string literal (it may hold NUL bytes) */
#define T(in, code, st, flags, text) \
  t_reply(__LINE__, in, sizeof(in) - 1, code, st, flags, text)

/* a span of the last reply holds exactly 'want' */
#define SPAN(sp, want) \
  eq_bytes(__LINE__, #sp, IN + R.sp.off, R.sp.len, want, strlen(want))

#define NLINES(n)  eq_int(__LINE__, "nlines", (long)R.nlines, (long)(n))

/* }====================================================================== */


#define ML   SB_F_MULTILINE
#define MIS  SB_F_CODE_MISMATCH
#define NOF  SB_F_NO_FINAL
#define SMIS SB_F_STATUS_MISMATCH
#define INT  SB_F_STATUS_IN_TEXT
#define PRE  SB_F_PREFIX
#define ENT  SB_F_ENTITIES
#define BLK  SB_F_BLANK
#define NUL  SB_F_NUL
#define BAD  SB_F_BAD_CODE

/* every example reply of seed/000_55ba397b7b469416.txt */
static void test_seed_2xx_4xx (void) {
  T("250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp", 250, "2.0.0", 0,
    "OK 1376056636 i3si9508927obz.16 - gsmtp");
  NLINES(1);
  SPAN(body, "250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp");
  SPAN(forward, "");
  T("250 ok dirdel", 250, "", 0, "ok dirdel");
  /* the seed shows the brackets as entities; decoded in the text */
  T("250 &lt;4798911130a2069f3483fda756b8e81c@www.example.com&gt; Queued mail"
    " for delivery", 250, "", ENT,
    "<4798911130a2069f3483fda756b8e81c@www.example.com> Queued mail for"
    " delivery");
  SPAN(forward, "4798911130a2069f3483fda756b8e81c@www.example.com");
  T("250 <4798911130a2069f3483fda756b8e81c@www.example.com> Queued mail"
    " for delivery", 250, "", 0,
    "<4798911130a2069f3483fda756b8e81c@www.example.com> Queued mail for"
    " delivery");
  SPAN(forward, "4798911130a2069f3483fda756b8e81c@www.example.com");
  T("421 4.7.0 [GL01] Message from (X.X.X.X) temporarily deferred", 421,
    "4.7.0", 0, "[GL01] Message from (X.X.X.X) temporarily deferred");
  T("421 4.7.1 : (DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html"
    " (throttled)", 421, "4.7.1", 0,
    "(DYN:T1) http://postmaster.info.aol.com/errors/421dynt1.html"
    " (throttled)");
  T("421 4.7.0 [GL01] Message from (X.X.X.X) temporarily deferred - 4.16.50."
    " Please refer to http://postmaster.yahoo.com/errors/postmaster-21.html",
    421, "4.7.0", 0,
    "[GL01] Message from (X.X.X.X) temporarily deferred - 4.16.50. Please"
    " refer to http://postmaster.yahoo.com/errors/postmaster-21.html");
  T("450 4.2.1 The user you are trying to contact is receiving mail too"
    " quickly. Please resend your message at a later time. If the user is"
    " able to receive mail at that time, your message will be delivered.",
    450, "4.2.1", 0,
    "The user you are trying to contact is receiving mail too quickly."
    " Please resend your message at a later time. If the user is able to"
    " receive mail at that time, your message will be delivered.");
  T("450 too frequent connects from 198.37.147.135, please try again later."
    " (throttled)", 450, "", 0,
    "too frequent connects from 198.37.147.135, please try again later."
    " (throttled)");
  T("451 mta1012.mail.gq1.yahoo.com Resources temporarily unavailable."
    " Please try again later [#4.16.1].", 451, "4.16.1", INT,
    "mta1012.mail.gq1.yahoo.com Resources temporarily unavailable. Please"
    " try again later [#4.16.1].");
}

static void test_seed_5xx (void) {
  T("451 Temporary local problem - please try later", 451, "", 0,
    "Temporary local problem - please try later");
  T("452 Too many recipients received this hour (throttled)", 452, "", 0,
    "Too many recipients received this hour (throttled)");
  T("452. 4.3.1 Insufficient system storage (throttled)", 452, "4.3.1", 0,
    "Insufficient system storage (throttled)");
  T("452 4.2.2 Over Quota", 452, "4.2.2", 0, "Over Quota");
  T("550 5.1.1 The email account that you tried to reach does not exist."
    " Please try double-checking the recipient's email address for typos or"
    " unnecessary spaces.", 550, "5.1.1", 0,
    "The email account that you tried to reach does not exist. Please try"
    " double-checking the recipient's email address for typos or unnecessary"
    " spaces.");
  T("550 Requested action not taken: mailbox unavailable", 550, "", 0,
    "Requested action not taken: mailbox unavailable");
  T("550 5.1.1 &lt;address@aol.com&gt;: Recipient address rejected: aol.com",
    550, "5.1.1", ENT, "<address@aol.com>: Recipient address rejected:"
    " aol.com");
  SPAN(forward, "address@aol.com");
  T("551 not our customer", 551, "", 0, "not our customer");
  T("551 user does not exist", 551, "", 0, "user does not exist");
  T("552 5.2.2 This message is larger than the current system limit or the"
    " recipient's mailbox is full. Create a shorter message body or remove"
    " attachments and try sending it again.", 552, "5.2.2", 0,
    "This message is larger than the current system limit or the"
    " recipient's mailbox is full. Create a shorter message body or remove"
    " attachments and try sending it again.");
  T("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
    553, "5.7.1", INT,
    "sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)");
  T("553 Invalid/inactive user.", 553, "", 0, "Invalid/inactive user.");
  T("554 5.7.1 - ERROR: Mail refused", 554, "5.7.1", 0,
    "ERROR: Mail refused");
  T("554 5.7.1 [P4] Message blocked due to spam content in the message.",
    554, "5.7.1", 0,
    "[P4] Message blocked due to spam content in the message.");
  T("Delayed Bounce - Unable to Parse Server Reason", 0, "", 0,
    "Delayed Bounce - Unable to Parse Server Reason");
  SPAN(body, "Delayed Bounce - Unable to Parse Server Reason");
  SPAN(prefix, "");
  NLINES(1);
}

static void test_multiline (void) {
  T("550-5.1.1 first\r\n550-5.1.1 second\r\n550 5.1.1 last", 550, "5.1.1",
    ML, "first second last");
  NLINES(3);
  T("550-5.1.1 first\n550-5.1.1 second\n550 5.1.1 last", 550, "5.1.1", ML,
    "first second last");
  NLINES(3);
  T("550-5.1.1 first\r550-5.1.1 second\r550 5.1.1 last", 550, "5.1.1", ML,
    "first second last");
  NLINES(3);
  T("250-mx.example.com Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n"
    "250 8BITMIME\r\n", 250, "", ML,
    "mx.example.com Hello PIPELINING SIZE 35882577 8BITMIME");
  NLINES(4);
  T("550-5.1.1 a\r\n551 5.1.1 b", 550, "5.1.1", ML | MIS, "a b");
  T("550-a\n450-b\n550 c", 550, "", ML | MIS, "a b c");
  T("550-5.1.1 a\r\n550-5.1.1 b\r\n", 550, "5.1.1", ML | NOF, "a b");
  NLINES(2);
  T("550-5.1.1 only", 550, "5.1.1", NOF, "only");
  NLINES(1);
  T("550-5.1.1 a\nplain text\n550 5.1.1 b", 550, "5.1.1", ML,
    "a plain text b");
  NLINES(3);
  T("550-a\n550 b\nextra words", 550, "", ML, "a b extra words");
  T("550-a\n550-b\nextra", 550, "", ML | NOF, "a b extra");
  T("550-5.1.1 a\n    550-5.1.1 b\n\t550 5.1.1 c", 550, "5.1.1", ML,
    "a b c");
  T("550 x\r\n\r\n  \r\n", 550, "", 0, "x");
  NLINES(1);
  T("550\r\n", 550, "", 0, "");
  NLINES(1);
  T("550-a\n550", 550, "", ML, "a");
  NLINES(2);
  /* lines whose start is no code line are text */
  T("550-a\n550x\n550 b", 550, "", ML, "a 550x b");
  T("550-a\n5500 b\n550 c", 550, "", ML, "a 5500 b c");
  T("550-a\n999 b\n550 c", 550, "", ML, "a 999 b c");
  T("550 5.1.1 a\r\nb", 550, "5.1.1", ML, "a b");
  /* a later line's status is removed and does not replace the first */
  T("550-5.1.1 a\n550 4.2.2 b", 550, "5.1.1", ML, "a b");
  /* no status on the first line: the first later-line status counts */
  T("550-Mailbox unavailable\r\n550 5.1.1 User unknown", 550, "5.1.1",
    ML | INT, "Mailbox unavailable User unknown");
  T("550-a (#5.1.2)\r\n550 5.1.1 b", 550, "5.1.2", ML | INT,
    "a (#5.1.2) b");
  T("550-a\r\n550-5.1.1 b (#5.1.2)\r\n550 c", 550, "5.1.1", ML | INT,
    "a b (#5.1.2) c");
  /* without a first code, later lines are plain text... */
  T("hello\nworld", 0, "", ML, "hello world");
  T("hello\n550 world", 0, "", ML, "hello 550 world");
  /* ...unless one has the shape of a reply line (see test_prefix_lines) */
  T("hello\n550-world", 550, "", PRE | NOF, "world");
  SPAN(prefix, "hello\n");
  T("  \n  hello", 0, "", 0, "hello");
  NLINES(1);
  SPAN(prefix, "");
}

static void test_codes (void) {
  T("452 ", 452, "", 0, "");
  T("452-", 452, "", NOF, "");
  T("452.", 452, "", 0, "");
  T("550", 550, "", 0, "");
  NLINES(1);
  T("550:", 550, "", 0, "");
  T("550: 5.1.1 x", 550, "5.1.1", 0, "x");
  T("550 5.1.1:", 550, "5.1.1", 0, "");
  T("550 5.1.1: user unknown", 550, "5.1.1", 0, "user unknown");
  T("550 5.1.1.", 550, "5.1.1", 0, "");
  T("550 5.1.1", 550, "5.1.1", 0, "");
  T("550 #5.1.1 x", 550, "5.1.1", 0, "x");
  T("550-#5.1.1 x", 550, "5.1.1", NOF, "x");
  T("550\t5.1.1\tx", 550, "5.1.1", 0, "x");
  T("259 x", 259, "", 0, "x");
  T("299 x", 0, "", BAD, "299 x");
  T("559 x", 559, "", 0, "x");
  T("200 x", 200, "", 0, "x");
  /* three digits that are no reply code */
  T("000 foo", 0, "", BAD, "000 foo");
  T("999", 0, "", BAD, "999");
  T("199 x", 0, "", BAD, "199 x");
  T("560 x", 0, "", BAD, "560 x");
  T("600 x", 0, "", BAD, "600 x");
  T("099-x", 0, "", BAD, "099-x");
  /* a code must be followed by a non-digit (and not by a letter) */
  T("5500 x", 0, "", 0, "5500 x");
  T("55 x", 0, "", 0, "55 x");
  T("550abc def", 0, "", 0, "550abc def");
  /* status only */
  T("5.7.1 Message rejected", 0, "5.7.1", 0, "Message rejected");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 5);
  T("4.2.2 Over quota", 0, "4.2.2", 0, "Over quota");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 4);
  T("2.0.0 OK", 0, "2.0.0", 0, "OK");
  T("#5.7.1 x", 0, "5.7.1", 0, "x");
  T("5.7.1", 0, "5.7.1", 0, "");
  T("5.7.1.200 x", 0, "", 0, "5.7.1.200 x");
  /* what follows the code is no status */
  T("550 5.7.1.200 x", 550, "", 0, "5.7.1.200 x");
  T("550 4.3.2.1 x", 550, "", 0, "4.3.2.1 x");
  T("550 5.1.1234 x", 550, "", 0, "5.1.1234 x");
  T("550 5.1234.1 x", 550, "", 0, "5.1234.1 x");
  T("550 6.1.1 x", 550, "", 0, "6.1.1 x");
  T("550 5.1 x", 550, "", 0, "5.1 x");
  T("550 2.5 million", 550, "", 0, "2.5 million");
  T("550 5.123.456 x", 550, "5.123.456", 0, "x");
  /* class disagreement: both kept */
  T("550 2.0.0 x", 550, "2.0.0", SMIS, "x");
  T("450 5.1.1 x", 450, "5.1.1", SMIS, "x");
  T("250 4.2.0 x", 250, "4.2.0", SMIS, "x");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 2);
  T("550 x #4.2.1", 550, "4.2.1", INT | SMIS, "x #4.2.1");
}

/* known prefixes */
static void test_prefix_fixed (void) {
  T("smtp; 550 5.1.1 user unknown", 550, "5.1.1", PRE, "user unknown");
  SPAN(prefix, "smtp; ");
  SPAN(body, "550 5.1.1 user unknown");
  T("SMTP;550 5.1.1 x", 550, "5.1.1", PRE, "x");
  SPAN(prefix, "SMTP;");
  T("Diagnostic-Code: smtp; 550 5.1.1 x", 550, "5.1.1", PRE, "x");
  SPAN(prefix, "Diagnostic-Code: smtp; ");
  T("diagnostic-code:\tSMTP;  550 5.1.1 x", 550, "5.1.1", PRE, "x");
  SPAN(prefix, "diagnostic-code:\tSMTP;  ");
  T("X-Postfix; host mx.example.com[192.0.2.1] said: 550 5.1.1 <a@b.c>:"
    " Recipient address rejected: User unknown (in reply to RCPT TO"
    " command)", 550, "5.1.1", PRE, "<a@b.c>: Recipient address rejected:"
    " User unknown");
  SPAN(prefix, "X-Postfix; host mx.example.com[192.0.2.1] said: ");
  SPAN(relay, "mx.example.com");
  SPAN(forward, "a@b.c");
  T("host mx.example.com[192.0.2.1] said: 550 5.1.1 x (in reply to RCPT TO"
    " command)", 550, "5.1.1", PRE, "x");
  SPAN(body, "550 5.1.1 x");
  SPAN(relay, "mx.example.com");
  T("host mx.example.com said: 451 4.3.0 try later", 451, "4.3.0", PRE,
    "try later");
  SPAN(relay, "mx.example.com");
  SPAN(prefix, "host mx.example.com said: ");
  T("host mx.example.com[2001:db8::1] said: 550 x", 550, "", PRE, "x");
  SPAN(relay, "mx.example.com");
  T("Diagnostic-Code: X-Postfix; host mx.example.com[192.0.2.1] said: 550"
    " 5.1.1 x", 550, "5.1.1", PRE, "x");
  SPAN(relay, "mx.example.com");
  T("   550 x", 550, "", PRE, "x");
  SPAN(prefix, "   ");
  T("\r\n\t550 x", 550, "", PRE, "x");
  SPAN(prefix, "\r\n\t");
  NLINES(1);
}

static void test_prefix_exim (void) {
  T("SMTP error from remote mail server after RCPT TO:<a@b.c>: 550 5.1.1 No"
    " such user", 550, "5.1.1", PRE, "No such user");
  SPAN(prefix, "SMTP error from remote mail server after RCPT TO:<a@b.c>: ");
  SPAN(forward, "");
  SPAN(relay, "");
  T("SMTP error from remote mail server after MAIL FROM:<a@b.c> SIZE=1234:"
    " 552 5.3.4 Message too big", 552, "5.3.4", PRE, "Message too big");
  SPAN(prefix, "SMTP error from remote mail server after MAIL FROM:<a@b.c>"
       " SIZE=1234: ");
  T("SMTP error from remote mail server after end of data: 554 5.7.1"
    " Rejected", 554, "5.7.1", PRE, "Rejected");
  SPAN(prefix, "SMTP error from remote mail server after end of data: ");
  T("SMTP error from remote mail server after initial connection: 554 No"
    " SMTP service here", 554, "", PRE, "No SMTP service here");
  SPAN(prefix, "SMTP error from remote mail server after initial"
       " connection: ");
  T("SMTP error from remote mail server after pipelined RCPT TO:<x@y.z>: 550"
    " 5.1.1 unknown", 550, "5.1.1", PRE, "unknown");
  SPAN(prefix, "SMTP error from remote mail server after pipelined RCPT"
       " TO:<x@y.z>: ");
  T("SMTP error from remote mailer after RCPT TO:<a@b.c>: host mx.b.c"
    " [192.0.2.1]: 550 5.1.1 unknown", 550, "5.1.1", PRE, "unknown");
  SPAN(relay, "mx.b.c");
  SPAN(prefix, "SMTP error from remote mailer after RCPT TO:<a@b.c>: host"
       " mx.b.c [192.0.2.1]: ");
  T("SMTP error from remote mail server after RCPT TO:<a@b.c>:\n    host"
    " mx.b.c [192.0.2.1]: 550 5.1.1 <a@b.c>: unknown", 550, "5.1.1", PRE,
    "<a@b.c>: unknown");
  SPAN(relay, "mx.b.c");
  SPAN(forward, "a@b.c");
  NLINES(1);
  T("host mx.b.c [192.0.2.1]\n    SMTP error from remote mail server after"
    " RCPT TO:<a@b.c>:\n    550-5.1.1 first\n    550 5.1.1 second", 550,
    "5.1.1", PRE | ML, "first second");
  SPAN(relay, "mx.b.c");
  SPAN(body, "550-5.1.1 first\n    550 5.1.1 second");
  NLINES(2);
}

/* the fallback: first separator a reply follows, on the first line */
static void test_prefix_fallback (void) {
  T("<user@example.com>: host mx1.example.com[1.2.3.4] said: 550 5.1.1 x",
    550, "5.1.1", PRE, "x");
  SPAN(prefix, "<user@example.com>: host mx1.example.com[1.2.3.4] said: ");
  SPAN(relay, "mx1.example.com");
  SPAN(forward, "");
  T("Remote host said: 554 5.7.1 rejected", 554, "5.7.1", PRE, "rejected");
  SPAN(prefix, "Remote host said: ");
  T("Connected to 1.2.3.4 but sender was rejected. Remote host said: 550"
    " 5.7.1 denied", 550, "5.7.1", PRE, "denied");
  SPAN(prefix, "Connected to 1.2.3.4 but sender was rejected. Remote host"
       " said: ");
  T("Final-Recipient: rfc822; a@b.c; SMTP; 550 5.1.1 x", 550, "5.1.1", PRE,
    "x");
  SPAN(prefix, "Final-Recipient: rfc822; a@b.c; SMTP; ");
  T("Reason: 550 5.1.1 x", 550, "5.1.1", PRE, "x");
  SPAN(prefix, "Reason: ");
  T("Remote host said:550 x", 550, "", PRE, "x");
  SPAN(prefix, "Remote host said:");
  T("Remote host said: 5.7.1 blocked", 0, "5.7.1", PRE, "blocked");
  SPAN(prefix, "Remote host said: ");
  /* nothing found: no prefix, the whole input is the body */
  T("Remote server replied:550 x", 0, "", 0, "Remote server replied:550 x");
  T("Error: something bad happened", 0, "", 0,
    "Error: something bad happened");
  SPAN(prefix, "");
  SPAN(body, "Error: something bad happened");
  /* the search goes on past the first line */
  T("Error: foo\nReason: 550 x", 550, "", PRE, "x");
  SPAN(prefix, "Error: foo\nReason: ");
  NLINES(1);
  T("smtp; Connection timed out", 0, "", 0, "smtp; Connection timed out");
  SPAN(body, "smtp; Connection timed out");
  T("host mx.example.com[192.0.2.1] said: Connection refused", 0, "", 0,
    "host mx.example.com[192.0.2.1] said: Connection refused");
  SPAN(relay, "");
  T("smtp; 999 bad", 0, "", BAD, "smtp; 999 bad");
  T("host  said: 550 x", 550, "", PRE, "x");  /* no name: fallback */
  SPAN(relay, "");
  SPAN(prefix, "host  said: ");
  T("host mx.example.com: 550 x", 550, "", PRE, "x");  /* no [ip]: fallback */
  SPAN(relay, "");
  T("host mx.example.com [192.0.2.1]: 550 x", 550, "", PRE, "x");
  SPAN(relay, "mx.example.com");
}

/* the fallback looks past the first line: wrapped Postfix and Exim forms */
static void test_prefix_lines (void) {
  T("<a@b.c>: host\nmx.x.com[192.0.2.1] said: 550 5.7.1\nText here", 550,
    "5.7.1", PRE | ML, "Text here");
  SPAN(prefix, "<a@b.c>: host\nmx.x.com[192.0.2.1] said: ");
  SPAN(relay, "mx.x.com");
  NLINES(2);
  T("<a@b.c>: host\nmx.x.com[192.0.2.1]\nsaid: 550 5.7.1 x (in reply to RCPT"
    " TO\ncommand)", 550, "5.7.1", PRE, "x");
  SPAN(relay, "mx.x.com");
  T("<a@b.c> failed: host mx.x.com\n (2001:db8::1b) said: 550 5.2.1 gone",
    550, "5.2.1", PRE, "gone");
  SPAN(relay, "mx.x.com");
  T("host mx.x.com[192.0.2.1] refused to talk to me:\n    554 5.7.1 go away",
    554, "5.7.1", PRE, "go away");
  SPAN(prefix, "host mx.x.com[192.0.2.1] refused to talk to me:\n    ");
  SPAN(relay, "mx.x.com");
  T("<a@b.c>: delivery temporarily suspended: host\nmx.x.com[192.0.2.1]"
    " refused to talk to me: 421\nTry later.", 421, "", PRE | ML,
    "Try later.");
  SPAN(relay, "mx.x.com");
  T("a@b.c (connect to mx.x.com[192.0.2.1]: server refused to talk to me:\n"
    "554 No PTR)", 554, "", PRE, "No PTR)");
  SPAN(relay, "");
  T("The error that the other server returned was:\n550 5.2.0 Rejected.",
    550, "5.2.0", PRE, "Rejected.");
  T("SMTP error from remote server after RCPT command:\n5.7.1 Your message"
    " was rejected", 0, "5.7.1", PRE, "Your message was rejected");
  SPAN(prefix, "SMTP error from remote server after RCPT command:\n");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 5);
  T("Connected to 192.0.2.1 but sender was rejected.\nRemote host said: 550"
    " denied", 550, "", PRE, "denied");
  T("x:  \n\n \t 550 y", 550, "", PRE, "y");
  SPAN(prefix, "x:  \n\n \t ");
  /* Exim with an IPv6 host and no name: no relay */
  T("SMTP error from remote mail server after end of data:\n    host"
    " [2001:db8::1b]:\n    550-5.7.1 a\n    550 5.7.1 b", 550, "5.7.1",
    PRE | ML, "a b");
  SPAN(relay, "");
  NLINES(2);
  /* a line that has the shape of a reply line */
  T("Our system has detected that\n550-5.7.1 this is not compliant.\n550"
    " 5.7.1 More.", 550, "5.7.1", PRE | ML, "this is not compliant. More.");
  SPAN(prefix, "Our system has detected that\n");
  /* a wrapped text's number at a line start is no code */
  T("The limit is\n500 messages per hour", 0, "", ML,
    "The limit is 500 messages per hour");
  /* a separator's code still wins over one in the shape of a line */
  T("a\n550-5.7.1 b\nsaid: 450 c", 450, "", PRE, "c");
  /* real: Postfix wrapped at 80 columns */
  T("<kontakt@dkarausch.eu>: host\ndkarausch-eu.mail.protection.outlook.com"
    "[104.47.8.36] said: 550 5.7.606\nAccess denied, banned sending IP"
    " [185.234.72.45]. (in reply to RCPT TO\ncommand)", 550, "5.7.606",
    PRE | ML, "Access denied, banned sending IP [185.234.72.45].");
  SPAN(relay, "dkarausch-eu.mail.protection.outlook.com");
  SPAN(forward, "");
  T("<delta4@comcast.net>: delivery temporarily suspended: connect to\n"
    "mx2.comcast.net[76.96.30.116]:\nserver refused to talk to me: 554\n"
    "IMTA01.emeryville.ca.mail.comcast.net comcast 66.242.23.142 Comcast\n"
    "requires that", 554, "", PRE | ML,
    "IMTA01.emeryville.ca.mail.comcast.net comcast 66.242.23.142 Comcast"
    " requires that");
  NLINES(3);
}

/* quotes and brackets around the reply */
static void test_prefix_quoted (void) {
  T("Remote Server returned '550 5.4.1 [a@b.c]: Recipient address rejected'",
    550, "5.4.1", PRE, "[a@b.c]: Recipient address rejected");
  SPAN(prefix, "Remote Server returned '");
  T("Erreur serveur : '552 5.1.1 Boite pleine.'", 552, "5.1.1", PRE,
    "Boite pleine.");
  T("Response: \"('550', ['There is no such active account.'])\"", 550, "",
    PRE, "There is no such active account.'])\"");
  SPAN(prefix, "Response: \"('");
  T("'550' x", 550, "", PRE, "x");
  /* quotes, brackets or Exchange's '#' that open the input: the reply
     inside, without their closers */
  T("#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", 550, "5.1.1", PRE,
    "RESOLVER.ADR.RecipNotFound; not found");
  SPAN(body, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found");
  T("(550 IP in XBL)", 550, "", PRE, "IP in XBL");
  T("[421 4.7.0 Try again later] ", 421, "4.7.0", PRE, "Try again later");
  T("'5.1.1 szn; User unknown'", 0, "5.1.1", PRE, "szn; User unknown");
  T("(500 MB) left", 0, "", 0, "(500 MB) left");
  /* ... and a text with neither that one quote or bracket wraps whole */
  T("'Brievenbus vol'", 0, "", 0, "Brievenbus vol");
  SPAN(body, "Brievenbus vol");
  T("[Host not found]\n", 0, "", 0, "Host not found");
  T("(a) b (c)", 0, "", 0, "(a) b (c)");
  T("'a' b", 0, "", 0, "'a' b");
  T(" (Reject, id=1 - BAD_HEADER)", 0, "", 0, "Reject, id=1 - BAD_HEADER");
  T("\"550\"", 550, "", PRE, "");
  T("'550\" x", 0, "", 0, "'550\" x");
  T("550' x", 0, "", 0, "550' x");
  /* Cisco: a code beats the status of an earlier "Reason:" */
  T("Thu Dec 26 18:36:59 2003 Info: Bounced: 45346670:0 \nFrom:<c@y.com>"
    " To:<u@s.com>\nReason: \"5.1.0 - Unknown address error\" Response:"
    " \"('550', ['There is no \nsuch active account.'])\"", 550, "",
    PRE | ML, "There is no such active account.'])\"");
  /* ... but "000" is no code: the status of "Reason:" counts */
  T("Wed Jan 29 00:06:30 2003 Info: Bounced: 203:0 \nFrom:<c@y.com>"
    " To:<u@s.com> \nReason:\"5.1.2 - Bad destination host\" Response:"
    " \"('000', [])\"", 0, "5.1.2", PRE,
    "Bad destination host\" Response: \"('000', [])");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 5);
  T("Response: \"('000', [])\"", 0, "", 0, "Response: \"('000', [])\"");
  T("Mon Mar 31 20:00:27 2003 Info: Bounced: DCID 3 MID 4 to RID 0 - 5.1.0"
    " \n- Unknown address error ('550', ['<g@y.com>... Relaying \ndenied'])"
    " []", 550, "", PRE | ML, "<g@y.com>... Relaying denied']) []");
  SPAN(forward, "g@y.com");
  T("Wed Jun 16 21:42:38 2004 Info: MID 200257070 RID [0] Response 2.6.0 \n"
    "<37gva9$5uvbhe@mail.example.com> Queued mail for delivery", 0, "2.6.0",
    PRE | ML, "<37gva9$5uvbhe@mail.example.com> Queued mail for delivery");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 2);
  /* PHPMailer: the code its "SMTP code:" labels after a status that
     "Detail:" introduced comes after the text: the status starts it */
  T("SMTP Error: data not accepted.SMTP server error: DATA END command"
    " failed Detail: 5.7.60 SMTP; Client does not have permissions to send"
    " as this sender SMTP code: 550", 0, "5.7.60", PRE,
    "SMTP; Client does not have permissions to send as this sender SMTP"
    " code: 550");
  T("Detail: 5.7.60 x SMTP code: 550 (Mode: normal)", 0, "5.7.60", PRE,
    "x SMTP code: 550 (Mode: normal)");
  /* ... with no such status, the labelled code is the reply's */
  T("Message could not be sent. Error code: 550 no such user", 550, "",
    PRE, "no such user");
  /* ... and a code of another label still wins ("said:") */
  T("Detail: 5.7.60 x; host mx said: 550 y", 550, "", PRE, "y");
}

/* codes in the wrappers of programs and appliances */
static void test_prefix_wrapped (void) {
  /* Python tuples */
  T("smtplib.SMTPDataError: (554, b'DT:SPM 163 smtp10')", 554, "", PRE,
    "DT:SPM 163 smtp10'");
  SPAN(prefix, "smtplib.SMTPDataError: (");
  T("send mail error:        (554, 'DT:SPM 163')", 554, "", PRE,
    "DT:SPM 163'");
  T("(553, b'Relaying disallowed as \"email add\")", 553, "", PRE,
    "Relaying disallowed as \"email add\"");
  SPAN(prefix, "(");
  T("error:(535, b'Error: authentication failed')", 535, "", PRE,
    "Error: authentication failed'");
  /* Swift: two quoted codes, the one with a status wins */
  T("Expected response code 250 but got code \"550\", with message \"550"
    " 5.7.60 SMTP; Client does not have permissions\"", 550, "5.7.60", PRE,
    "SMTP; Client does not have permissions");
  T("Expected response code 250 but got code \"550\", with message \"550"
    " Connection frequency limited\n\"", 550, "", PRE,
    "with message \"550 Connection frequency limited");
  SPAN(prefix, "Expected response code 250 but got code \"");
  /* Barracuda: a code a word announces */
  T("<a@b.c> (host 'mx.b.c' rejected command 'DATA' with code 550 (0.0.0)"
    " 'Service unavailable')", 550, "", PRE,
    "(0.0.0) 'Service unavailable')");
  T("ERROR CODE :550 - spamcop.mimecast.org Blocked", 550, "", PRE,
    "spamcop.mimecast.org Blocked");
  SPAN(prefix, "ERROR CODE :");
  T("Serverfehler 550: Send quota exceeded", 550, "", PRE,
    "Send quota exceeded");
  T("SendMail: Failed to close connection to SMTP server, 553 Relaying"
    " disallowed", 553, "", PRE, "Relaying disallowed");
  T("#554 5.2.0 STOREDRV.Deliver.Exception", 554, "5.2.0", PRE,
    "STOREDRV.Deliver.Exception");
  SPAN(prefix, "#");
  T("[Status: Error, Address: <a@b.c>, ResponseCode 421, , 4.7.0 [TS02]"
    " deferred]", 421, "4.7.0", PRE, "[TS02] deferred");  /* the wrapper's
                                                                "]" dropped */
  /* a quote or bracket around a prefix and its reply: the closer is
     dropped when it ends the input and wraps the whole */
  T("'smtp; 450 user path no exist'", 450, "", PRE, "user path no exist");
  T("(<a@b.c>: host mx.b.c[192.0.2.1] said: 550 5.1.1 no such user (in"
    " reply to RCPT TO command))", 550, "5.1.1", PRE, "no such user");
  T("(host mx.b.c) said: 550 no such user (x)", 550, "", PRE,
    "no such user (x)");  /* closed before the end: no wrapper */
  T("\"smtp; 550 it's \"gone\"\"", 550, "", PRE,
    "it's \"gone\"\"");  /* the quote again inside: kept */
  T("Reason:Authentication failed:554 5.1.8 Sender Address Blocked", 554,
    "5.1.8", PRE, "Sender Address Blocked");
  T("SenderError: Mail from command failed - 501 5.1.7 Bad address", 501,
    "5.1.7", PRE, "Bad address");
  /* numbers of a reply without a code are no code */
  T("Message too large: (550 KB)", 0, "", 0, "Message too large: (550 KB)");
  T("quota exceeded (500 MB) today", 0, "", 0,
    "quota exceeded (500 MB) today");
  T("Message size exceeds limit (250, 300)", 0, "", 0,
    "Message size exceeds limit (250, 300)");
  T("Connection timed out after 250 seconds", 0, "", 0,
    "Connection timed out after 250 seconds");
  T("Archived recipient. LPN007 420\n(in reply to RCPT TO command)", 0, "",
    0, "Archived recipient. LPN007 420");
  /* qmail's own last line after the reply is no part of it */
  T("<a@b.c>:\n192.0.2.1 does not like recipient.\nRemote host said: 554"
    " Transaction failed\nGiving up on 192.0.2.1.\n", 554, "", PRE,
    "Transaction failed");
  T("550 x\nGiving up is not an option", 550, "", ML,
    "x Giving up is not an option");
  T("error code 550", 0, "", 0, "error code 550");
  T("see https://community.mimecast.com/docs/DOC-1369#550", 0, "", 0,
    "see https://community.mimecast.com/docs/DOC-1369#550");
}

/* SMTP transcripts: "<<< " and ">>> " at line starts */
static void test_prefix_transcript (void) {
  T("<< 503 5.5.1 Error: send HELO/EHLO first", 503, "5.5.1", PRE,
    "Error: send HELO/EHLO first");
  SPAN(prefix, "<< ");
  T(">>> 553 5.7.1 [TSS07] Connections will not be accepted", 553, "5.7.1",
    PRE, "[TSS07] Connections will not be accepted");
  T("< 550 x", 550, "", PRE, "x");
  T("<<<< 550 x", 0, "", 0, "<<<< 550 x");
  T("<<<550 x", 0, "", 0, "<<<550 x");
  T("<<< 550-5.7.1 [2610:48:100:820::3d] Our system has detected that this"
    " message is not\n<<< 550-5.7.1 RFC 5322 compliant: duplicate headers.\n"
    "<<< 550 5.7.1  RFC 5322 specifications for more information. - gsmtp",
    550, "5.7.1", PRE | ML, "[2610:48:100:820::3d] Our system has detected"
    " that this message is not RFC 5322 compliant: duplicate headers. RFC"
    " 5322 specifications for more information. - gsmtp");
  NLINES(3);
  T("... while talking to air29.mail.aol.com.:\n>>> RCPT To:<user@aol.com>\n"
    "<<< 550 Mailbox not found\n550 <user@aol.com>... User unknown", 550, "",
    PRE | ML, "Mailbox not found <user@aol.com>... User unknown");
  SPAN(prefix, "... while talking to air29.mail.aol.com.:\n>>> RCPT"
       " To:<user@aol.com>\n<<< ");
  SPAN(forward, "user@aol.com");
  NLINES(2);
  /* a marker line without a code is text */
  T("550-a\n>>> b\n550 c", 550, "", ML, "a >>> b c");
  T("550-a\n<<< 451 b\n550 c", 550, "", ML | MIS, "a b c");
  T("said:\n<<< 550 x", 550, "", PRE, "x");
}

/* URL-encoded logs (Exchange), sendmail's stat= and dsn= */
static void test_prefix_logs (void) {
  T("2018-02-19 23:06:36 40.97.132.226 OutboundConnectionResponse SMTPSVC1"
    " FBDC-001 - 0 - - 550+5.7.60+SMTP;+Client+does+not+have+permissions"
    "+to+send+as+this+sender+[BY2PR1001MB1094.namprd10.prod.outlook.com] 0"
    " 0 116 0 11485 SMTP - - - -", 550, "5.7.60", PRE,
    "SMTP;+Client+does+not+have+permissions+to+send+as+this+sender+"
    "[BY2PR1001MB1094.namprd10.prod.outlook.com] 0 0 116 0 11485 SMTP - - -"
    " -");
  T("550+5.1.1+User+unknown", 550, "5.1.1", 0, "User+unknown");
  T("x 550+5.1.1 y", 550, "5.1.1", PRE, "y");
  T("550+x", 0, "", 0, "550+x");
  T("550+5.1.1.1+x", 0, "", 0, "550+5.1.1.1+x");
  T("Jan 20 23:51:05 mysite sendmail[3444]: v0KN2jFQ020178:"
    " to=<a-gmail-user@gmail.com>, delay=07:48:20,\nxdelay=00:00:01,"
    " mailer=esmtp, pri=841986, relay=gmail-smtp-in.l.google.com."
    " [74.125.69.26], dsn=4.2.2,\nstat=Deferred: 452-4.2.2 The email account"
    " that you tried to reach is over quota. Please direct", 452, "4.2.2",
    PRE | NOF, "The email account that you tried to reach is over quota."
    " Please direct");
  T("to=<a@b.c>, relay=mx.b.c. [192.0.2.1], dsn=4.4.1, stat=Deferred:"
    " Connection refused by mx.b.c.", 0, "4.4.1", PRE,
    "stat=Deferred: Connection refused by mx.b.c.");
  SPAN(prefix, "to=<a@b.c>, relay=mx.b.c. [192.0.2.1], dsn=");
  T("dsn=4.4.1.2, stat=x", 0, "", 0, "dsn=4.4.1.2, stat=x");
}

/* what is no code: IP address starts, "203:0", a digit after ".:," */
static void test_false_codes (void) {
  T("209.86.93.228 does not like recipient.\nRemote host said: 550 User"
    " Unknown\nGiving up on 209.86.93.228.", 550, "", PRE, "User Unknown");
  SPAN(prefix, "209.86.93.228 does not like recipient.\nRemote host said: ");
  T("205.188.190.2 failed after I sent the message. Remote host said: 521"
    " 5.2.1 \"TempFail\"", 521, "5.2.1", PRE, "\"TempFail\"");
  T("Bounced: 203:0", 0, "", 0, "Bounced: 203:0");
  T("209.86.93.228", 0, "", 0, "209.86.93.228");
  T("550.5 x", 0, "", 0, "550.5 x");
  T("550:1 x", 0, "", 0, "550:1 x");
  T("550,1 x", 0, "", 0, "550,1 x");
  T("550. x", 550, "", 0, "x");
  T("550, x", 550, "", 0, "x");
  T("550,", 550, "", 0, "");
  T("550:\n5.1.1 x", 550, "", ML, "5.1.1 x");
  T("a 250.000 b", 0, "", 0, "a 250.000 b");
  /* a separator's code wins over earlier weak ones, the earliest of them */
  T("foo 550 5.1.1 x; said: 450 y", 450, "", PRE, "y");
  T("a: 550 x: 450 y", 550, "", PRE, "x: 450 y");
  T("a: 5.7.1 x; b: 550 y", 550, "", PRE, "y");
  T("a: 5.7.1 x; b: 4.2.2 y", 0, "5.7.1", PRE, "x; b: 4.2.2 y");
}

static void test_status_in_text (void) {
  T("550 rejected #5.1.0 x", 550, "5.1.0", INT, "rejected #5.1.0 x");
  T("554 denied [5.7.1]", 554, "5.7.1", INT, "denied [5.7.1]");
  T("550 blocked (5.7.1)", 550, "5.7.1", INT, "blocked (5.7.1)");
  T("451 later [#4.16.1].", 451, "4.16.1", INT, "later [#4.16.1].");
  T("550 a (#5.1.1) b [5.7.1]", 550, "5.1.1", INT, "a (#5.1.1) b [5.7.1]");
  T("550 (#5.7.12)", 550, "5.7.12", INT, "(#5.7.12)");
  T("550 5.7.1.200 blocked (#5.7.1)", 550, "5.7.1", INT,
    "5.7.1.200 blocked (#5.7.1)");
  T("Sorry, no mailbox here by that name. (#5.1.1)", 0, "5.1.1", INT,
    "Sorry, no mailbox here by that name. (#5.1.1)");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 5);
  /* traps: IPs, versions, longer dotted numbers, open brackets */
  T("550 host [192.0.2.1] said no", 550, "", 0, "host [192.0.2.1] said no");
  T("550 host [2.0.2.1] said no", 550, "", 0, "host [2.0.2.1] said no");
  T("550 see (4.3.2.1)", 550, "", 0, "see (4.3.2.1)");
  T("550 client v5.1.10 too old", 550, "", 0, "client v5.1.10 too old");
  T("550 client 5.1.1 too old", 550, "", 0, "client 5.1.1 too old");
  T("550 (5.7.1.200)", 550, "", 0, "(5.7.1.200)");
  T("550 [5.7.1 blah]", 550, "", 0, "[5.7.1 blah]");
  T("550 (5.1.1", 550, "", 0, "(5.1.1");
  T("550 #5.7.1.200", 550, "", 0, "#5.7.1.200");
  T("550 (5.7.1234)", 550, "", 0, "(5.7.1234)");
  T("550 (1.2.3)", 550, "", 0, "(1.2.3)");
  T("550 [#4.3.2.1]", 550, "", 0, "[#4.3.2.1]");
}

static void test_bytes (void) {
  unsigned char all[256 + 10];
  char want[300];
  size_t i, n = 0;
  T("", 0, "", BLK, "");
  NLINES(0);
  T(" \t\r\n\v\f", 0, "", BLK, "");
  NLINES(0);
  T("\0\0", 0, "", BLK | NUL, "");
  T("550 a\0b", 550, "", NUL, "a b");
  T("550 5.1.1 a\0\0\0b\x01" "c\x7f", 550, "5.1.1", NUL, "a b c");
  T("\0" "550 x", 0, "", NUL, "550 x");
  T("550\0x", 550, "", NUL, "x");
  T("550 a\x1b[0mb\x7f\x7f", 550, "", 0, "a [0mb");
  /* invalid UTF-8 passes through unchanged */
  T("550 5.1.1 \xff\xfe \xc0\x80 bad \xed\xa0\x80 \xe2\x82", 550, "5.1.1", 0,
    "\xff\xfe \xc0\x80 bad \xed\xa0\x80 \xe2\x82");
  /* all 256 byte values, ascending: controls fold, the rest stays */
  for (i = 0; i < 256; i++) all[i] = (unsigned char)i;
  for (i = 0x21; i < 0x7f; i++) want[n++] = (char)i;
  want[n++] = ' ';
  for (i = 0x80; i < 0x100; i++) want[n++] = (char)i;
  parse_at(__LINE__, (const char *)all, 256);
  eq_int(__LINE__, "code", R.code, 0);
  eq_int(__LINE__, "flags", (long)R.flags, NUL);
  eq_bytes(__LINE__, "text", TXT, R.text_len, want, n);
  NLINES(1);
  SPAN(forward, "");
  /* after a reply code */
  memcpy(all, "550 5.1.1 ", 10);
  for (i = 0; i < 256; i++) all[10 + i] = (unsigned char)i;
  parse_at(__LINE__, (const char *)all, 266);
  eq_int(__LINE__, "code", R.code, 550);
  eq_int(__LINE__, "st_class", R.st_class, 5);
  eq_int(__LINE__, "flags", (long)R.flags, NUL | ML);
  eq_bytes(__LINE__, "text", TXT, R.text_len, want, n);
  NLINES(2);
  /* descending */
  for (i = 0; i < 256; i++) all[i] = (unsigned char)(255 - i);
  n = 0;
  for (i = 0xff; i >= 0x80; i--) want[n++] = (char)i;
  want[n++] = ' ';
  for (i = 0x7e; i >= 0x21; i--) want[n++] = (char)i;
  parse_at(__LINE__, (const char *)all, 256);
  eq_int(__LINE__, "code", R.code, 0);
  eq_int(__LINE__, "flags", (long)R.flags, NUL);
  eq_bytes(__LINE__, "text", TXT, R.text_len, want, n);
  NLINES(1);
  /* every single byte, and every byte after "550 " */
  for (i = 0; i < 256; i++) {
    char one[5] = {'5', '5', '0', ' ', 0};
    one[4] = (char)i;
    parse_at(__LINE__, one + 4, 1);
    CHECK(R.code == 0 && R.text_len == (i <= 0x20 || i == 0x7f || i == 0xa0 ? 0u : 1u));
    parse_at(__LINE__, one, 5);
    CHECK(R.code == 550 && R.text_len <= 1);
  }
}

/*
** Spaces beyond ASCII's, as a reply copied from a web page, a help desk
** or a mail client has them, read as a space where one may come (after
** the code, around the status, in a prefix) and fold into the text's
** spaces: U+00A0 (and Latin-1's byte A0, where no UTF-8 character holds
** it), U+2007, U+202F, U+3000, a BOM or U+200B; line ends mixed.
*/
static void test_wide_spaces (void) {
  T("550\xc2\xa0" "5.1.1 User unknown", 550, "5.1.1", 0, "User unknown");
  T("550\xc2\xa0" "5.1.1\xc2\xa0User\xc2\xa0unknown", 550, "5.1.1", 0, "User unknown");
  T("550\xc2\xa0User unknown", 550, "", 0, "User unknown");
  T("550:\xc2\xa0" "5.1.1 x", 550, "5.1.1", 0, "x");
  T("550\xa0" "5.1.1\xa0User\xa0\xa0unknown\xa0", 550, "5.1.1", 0, "User unknown");
  T("550\xe3\x80\x80" "5.1.1\xe3\x80\x80" "a\xe2\x80\xaf" "b\xe2\x80\x87" "c\t d", 550, "5.1.1",
    0, "a b c d");
  T("5.1.1\xc2\xa0User unknown", 0, "5.1.1", 0, "User unknown");
  /* before the reply: skipped as whitespace is (the prefix) */
  T("\xef\xbb\xbf" "550 5.1.1 x", 550, "5.1.1", PRE, "x");
  SPAN(prefix, "\xef\xbb\xbf");
  T("\xe2\x80\x8b" "550 5.1.1 x", 550, "5.1.1", PRE, "x");
  T("\xef\xbb\xbf", 0, "", BLK, "");
  T("host\xc2\xa0mx.example.net[192.0.2.1] said:\xc2\xa0" "550\xc2\xa0" "5.1.1 x "
    "(in\xc2\xa0reply to RCPT TO command)\xc2\xa0", 550, "5.1.1", PRE, "x");
  SPAN(relay, "mx.example.net");
  T("Remote Server returned '550\xc2\xa0" "5.1.1 x'", 550, "5.1.1", PRE, "x");
  T("Serverfehler\xc2\xa0" "550: x", 550, "", PRE, "x");
  /* a multi-line reply: its later codes and statuses go, line ends mixed */
  T("550-5.1.1\xc2\xa0one\r\n550\xc2\xa0" "5.1.1\xc2\xa0two", 550, "5.1.1", ML, "one two");
  T("550-5.1.1 one\r\n550-5.1.1 two\n550-5.1.1 three\r550 5.1.1 four\r\n", 550, "5.1.1", ML,
    "one two three four");
  NLINES(4);
  T("550-one\xc2\xa0" "550\xc2\xa0two", 550, "", NOF, "one two");  /* (joined) */
  /* entities that decode to one fold too */
  T("550 a&#160;b&#x200B;c&nbsp;&#xA0;d", 550, "", ENT, "a b c d");
  /* characters that hold the byte A0 stay: U+00E0, U+0820, and
     Latin-1's A0 after a byte >= 0x80 */
  T("550 voil\xc3\xa0 \xe0\xa0\xa0 caf\xe9\xa0x", 550, "", 0,
    "voil\xc3\xa0 \xe0\xa0\xa0 caf\xe9\xa0x");
  /* an incomplete one is no space */
  T("550 a\xe2\x80 b\xc2", 550, "", 0, "a\xe2\x80 b\xc2");
}

static void test_entities (void) {
  T("550 &lt;a@b.c&gt; &amp; &quot;x&quot; &apos;y&apos;", 550, "", ENT,
    "<a@b.c> & \"x\" 'y'");
  SPAN(forward, "a@b.c");
  T("550 a&nbsp;&nbsp;b", 550, "", ENT, "a b");
  T("550 &nbsp;x&nbsp;", 550, "", ENT, "x");
  T("550 &nbsp;", 550, "", ENT, "");
  T("&nbsp;", 0, "", ENT | BLK, "");
  T("550 a&lt;b", 550, "", ENT, "a<b");
  T("550 a &amp; b", 550, "", ENT, "a & b");
  T("550 &#65;&#x42;&#X43;&#x6a;", 550, "", ENT, "ABCj");
  T("550 &#0000065;&#x000041;", 550, "", ENT, "AA");
  T("550 caf&#233; &#x20AC;5 &#x1F600;", 550, "", ENT,
    "caf\xc3\xa9 \xe2\x82\xac" "5 \xf0\x9f\x98\x80");
  T("550 &#1114111;&#x10FFFF;&#xd7ff;&#xE000;", 550, "", ENT,
    "\xf4\x8f\xbf\xbf\xf4\x8f\xbf\xbf\xed\x9f\xbf\xee\x80\x80");
  T("550 &#x7f;&#x80;&#2047;&#2048;", 550, "", ENT,
    "\xc2\x80\xdf\xbf\xe0\xa0\x80");
  /* decoded controls fold like raw ones */
  T("550 a&#10;b&#9;c&#127;d&#x1;e", 550, "", ENT, "a b c d e");
  /* invalid, overlong, surrogate, unterminated: left as they are */
  T("550 &#xD800; &#55296; &#x110000; &#1114112; &#0; &#x0; &#; &#x; &#65"
    " &#00000065; &#x0000041; &bogus; &LT; &Amp; & x &#-1; &#x41 &lt",
    550, "", 0,
    "&#xD800; &#55296; &#x110000; &#1114112; &#0; &#x0; &#; &#x; &#65"
    " &#00000065; &#x0000041; &bogus; &LT; &Amp; & x &#-1; &#x41 &lt");
  /* single pass */
  T("550 &amp;amp;", 550, "", ENT, "&amp;");
  T("550 &amp;lt;", 550, "", ENT, "&lt;");
  T("550 &lt;&lt;&amp;", 550, "", ENT, "<<&");
  T("550 a&&amp;&", 550, "", ENT, "a&&&");
  T("&lt;a@b.c&gt; hello", 0, "", ENT, "<a@b.c> hello");
  SPAN(forward, "a@b.c");
  eq_int(__LINE__, "forward.off", (long)R.forward.off, 4);
}

static void test_forward (void) {
  char buf[400];
  size_t n;
  T("551 User not local; please try <b@example.org>", 551, "", 0,
    "User not local; please try <b@example.org>");
  SPAN(forward, "b@example.org");
  T("551 try <a b@c.d> x", 551, "", 0, "try <a b@c.d> x");
  SPAN(forward, "");
  T("551 <a@b@c>", 551, "", 0, "<a@b@c>");
  SPAN(forward, "");
  T("551 <@b.c>", 551, "", 0, "<@b.c>");
  SPAN(forward, "");
  T("551 <a@>", 551, "", 0, "<a@>");
  SPAN(forward, "");
  T("551 <>", 551, "", 0, "<>");
  SPAN(forward, "");
  T("551 <a@b.c", 551, "", 0, "<a@b.c");
  SPAN(forward, "");
  T("551 <a@b.c&gt;", 551, "", ENT, "<a@b.c>");
  SPAN(forward, "");
  T("551 &lt;a@b.c>", 551, "", ENT, "<a@b.c>");
  SPAN(forward, "");
  T("550 <x> <a@b.c> <d@e.f>", 550, "", 0, "<x> <a@b.c> <d@e.f>");
  SPAN(forward, "a@b.c");
  T("550 <<a@b.c>>", 550, "", 0, "<<a@b.c>>");
  SPAN(forward, "a@b.c");
  T("550 <a\0@b.c> <c@d.e>", 550, "", NUL, "<a @b.c> <c@d.e>");
  SPAN(forward, "c@d.e");
  /* 320 bytes are fine, 321 are not */
  memcpy(buf, "551 <", 5);
  memset(buf + 5, 'a', 318);
  memcpy(buf + 5 + 318, "@b>", 3);
  n = 5 + 318 + 3;
  parse_at(__LINE__, buf, n);
  eq_int(__LINE__, "forward.len", (long)R.forward.len, 320);
  eq_int(__LINE__, "forward.off", (long)R.forward.off, 5);
  memcpy(buf, "551 <", 5);
  memset(buf + 5, 'a', 319);
  memcpy(buf + 5 + 319, "@b> <x@y>", 9);
  n = 5 + 319 + 9;
  parse_at(__LINE__, buf, n);
  SPAN(forward, "x@y");
}

static void test_joined (void) {
  T("550-5.1.1 The email account that you tried to reach does not exist."
    " Please try 550-5.1.1 double-checking the recipient's email address for"
    " typos or 550-5.1.1 unnecessary spaces. 550 5.1.1"
    " https://support.google.com/mail/?p=NoSuchUser a1si2 - gsmtp (in reply"
    " to RCPT TO command)", 550, "5.1.1", NOF,
    "The email account that you tried to reach does not exist. Please try"
    " double-checking the recipient's email address for typos or unnecessary"
    " spaces. https://support.google.com/mail/?p=NoSuchUser a1si2 - gsmtp");
  T("host mx.google.com[142.250.1.26] said: 550-5.1.1 The email account"
    " that you tried to reach does not exist. Please try 550-5.1.1"
    " double-checking the recipient's email address for typos or 550-5.1.1"
    " unnecessary spaces. 550 5.1.1 https://support.google.com/mail/"
    "?p=NoSuchUser a1si2 - gsmtp (in reply to RCPT TO command)", 550,
    "5.1.1", PRE | NOF,
    "The email account that you tried to reach does not exist. Please try"
    " double-checking the recipient's email address for typos or unnecessary"
    " spaces. https://support.google.com/mail/?p=NoSuchUser a1si2 - gsmtp");
  SPAN(relay, "mx.google.com");
  T("550 Please try 550-double-checking", 550, "", 0,
    "Please try double-checking");
  T("550 5.1.1 a 550-5.1.2 b", 550, "5.1.1", 0, "a 5.1.2 b");
  T("550 5.1.1 a 551-5.1.1 b", 550, "5.1.1", 0, "a 551-5.1.1 b");
  T("550 5.1.1 a 550 5.1.1", 550, "5.1.1", 0, "a 550 5.1.1");
  /* a reply that opened with "ddd-": a joined-in "ddd " alone is the last
     line's code (Postfix's "550-one 550 two") */
  T("550-Sending from this 550 domain is paused", 550, "", NOF,
    "Sending from this domain is paused");
  T("550-5.7.1 Reject due to policy 550 violations", 550, "5.7.1", NOF,
    "Reject due to policy violations");
  T("550 Sending from this 550 domain", 550, "", 0,
    "Sending from this 550 domain");
  T("550 5.1.1 a x550-b", 550, "5.1.1", 0, "a x550-b");
  T("550 5.1.1 a 550 b", 550, "5.1.1", 0, "a 550 b");
  T("550 a 550 5.1.1 b", 550, "", 0, "a 550 5.1.1 b");
  T("550 5.1.1 a\t550 5.1.1\tb", 550, "5.1.1", 0, "a b");
  T("550 5.1.1 a 5500-b", 550, "5.1.1", 0, "a 5500-b");
}

/* a big buffer: 'n' copies of 'unit' after 'head', then 'tail' */
static char *repeat (const char *head, const char *unit, size_t n,
                     const char *tail, size_t *len) {
  size_t h = strlen(head), u = strlen(unit), t = strlen(tail), i;
  char *b = (char *)malloc(h + u * n + t + 1), *p;
  if (b == NULL) { puts("out of memory"); exit(2); }
  memcpy(b, head, h);
  for (p = b + h, i = 0; i < n; i++, p += u) memcpy(p, unit, u);
  memcpy(p, tail, t);
  *len = h + u * n + t;
  return b;
}

/* parse a big input; check code, flags, text length, and the text's start */
static void t_big (int ln, const char *head, const char *unit, size_t n,
                   const char *tail, int code, unsigned flags,
                   long text_len, const char *text_start) {
  size_t len, k = strlen(text_start);
  char *b = repeat(head, unit, n, tail, &len);
  parse_at(ln, b, len);
  eq_int(ln, "code", R.code, code);
  eq_int(ln, "flags", (long)R.flags, (long)flags);
  if (text_len >= 0) eq_int(ln, "text_len", (long)R.text_len, text_len);
  CHECK_AT(R.text_len >= k && memcmp(TXT, text_start, k) == 0, ln);
  free(b);
}

#define MB ((size_t)1 << 20)

static void test_big (void) {
  char *b;
  t_big(__LINE__, "550 5.1.1 ", "a", MB, "", 550, 0, (long)MB, "aaaa");
  t_big(__LINE__, "", "5", MB, "", 0, 0, (long)MB, "5555");
  t_big(__LINE__, "550 ", ".", MB, "", 550, 0, 0, "");
  t_big(__LINE__, "", ".", MB, "", 0, 0, (long)MB, "....");
  t_big(__LINE__, "", "&", MB, "", 0, 0, (long)MB, "&&&&");
  t_big(__LINE__, "550 ", "&", MB, "", 550, 0, (long)MB, "&&&&");
  t_big(__LINE__, "550 ", "&#1", MB, "", 550, 0, 3 * (long)MB, "&#1&#1");
  t_big(__LINE__, "550 &#", "1", MB, ";", 550, 0, (long)MB + 3, "&#111");
  t_big(__LINE__, "", "&lt;", MB, "", 0, ENT, (long)MB, "<<<<");
  t_big(__LINE__, "", ": ", MB, "", 0, 0, 2 * (long)MB - 1, ": : ");
  t_big(__LINE__, "", ";", MB, "", 0, 0, (long)MB, ";;;;");
  t_big(__LINE__, "", "said:", MB, "", 0, 0, 5 * (long)MB, "said:said:");
  t_big(__LINE__, "", "host a said: ", MB, "", 0, 0, 13 * (long)MB - 1,
        "host a said: host");
  t_big(__LINE__, "", "a: host a ", MB, "", 0, 0, 10 * (long)MB - 1,
        "a: host a a:");
  t_big(__LINE__, "", "SMTP error from remote mail server; host a said:",
        MB / 16, "", 0, 0, -1, "SMTP error");
  t_big(__LINE__, "", "smtp;", MB, "", 0, 0, 5 * (long)MB, "smtp;smtp;");
  t_big(__LINE__, "", "Diagnostic-Code: ", MB / 8, "x", 0, 0, -1,
        "Diagnostic-Code: Diagnostic-Code:");
  t_big(__LINE__, "550 ", "(", MB, "", 550, 0, (long)MB, "((((");
  t_big(__LINE__, "550 ", "[#5.7", MB, "", 550, 0, 5 * (long)MB, "[#5.7[");
  t_big(__LINE__, "550 ", "#", MB, "", 550, 0, (long)MB, "####");
  t_big(__LINE__, "550 ", "<", MB, "", 550, 0, (long)MB, "<<<<");
  t_big(__LINE__, "550 ", "<a@", MB, "", 550, 0, 3 * (long)MB, "<a@<a@");
  t_big(__LINE__, "550 ", "550-", MB, "", 550, 0, 4 * (long)MB - 4,
        "550-550-");
  t_big(__LINE__, "550-5.1.1 ", "550-5.1.1 x ", MB / 8, "", 550, NOF,
        2 * (long)(MB / 8) - 1, "x x x");
  t_big(__LINE__, "", " ", MB, "", 0, BLK, 0, "");
  b = (char *)calloc(MB, 1);
  if (b == NULL) { puts("out of memory"); exit(2); }
  parse_at(__LINE__, b, MB);
  eq_int(__LINE__, "flags", (long)R.flags, BLK | NUL);
  eq_int(__LINE__, "text_len", (long)R.text_len, 0);
  free(b);
}

/* adversarial inputs for the fallback scan: 4 MB each, linear time */
static void test_big_scan (void) {
  size_t m4 = 4 * MB;
  t_big(__LINE__, "", "said: ", m4 / 6, "", 0, 0, (long)(m4 / 6 * 6) - 1,
        "said: said:");
  t_big(__LINE__, "", "said: ", m4 / 6, "550 x", 550, PRE, 1, "x");
  t_big(__LINE__, "", "'", m4, "", 0, 0, (long)m4, "''''");
  t_big(__LINE__, "", "'", m4, " '550' x", 550, PRE, 1, "x");
  t_big(__LINE__, "", "<<< ", m4 / 4, "", 0, 0, (long)m4 - 1, "<<< <<<");
  t_big(__LINE__, "", "\n<<< ", m4 / 5, "", 0, ML, -1, "<<< <<<");
  t_big(__LINE__, "x\n", "<<< 550-x\n", m4 / 10, "<<< 550 y", 550,
        PRE | ML, -1, "x x x");
  t_big(__LINE__, "", "+", m4, "", 0, 0, (long)m4, "++++");
  t_big(__LINE__, "", "550+", m4 / 4, "", 0, 0, (long)m4, "550+550+");
  t_big(__LINE__, "", " 550+", m4 / 5, "", 0, 0, (long)(m4 / 5 * 5) - 1,
        "550+ 550+");
  t_big(__LINE__, "", ":", m4, "", 0, 0, (long)m4, "::::");
  t_big(__LINE__, "", " :", m4 / 2, "", 0, 0, (long)m4 - 1, ": :");
  t_big(__LINE__, "", ": \n", m4 / 3, "", 0, ML, -1, ": :");
  t_big(__LINE__, "x:", "\n", m4, "550 y", 550, PRE, 1, "y");
  t_big(__LINE__, "x:", " ", m4, "(#5.7.1)", 0, INT, 11, "x: (#5.7.1)");
  t_big(__LINE__, "", "host\n", m4 / 5, "", 0, ML, -1, "host host");
  t_big(__LINE__, "", "host a ", m4 / 7, "", 0, 0, (long)m4 / 7 * 7 - 1,
        "host a host a");
  t_big(__LINE__, "host", " ", m4, "a.b [1.2.3.4] said: 550 x", 550, PRE, 1,
        "x");
  SPAN(relay, "a.b");
  t_big(__LINE__, "", "('", m4 / 2, "", 0, 0, (long)m4, "('('");
  t_big(__LINE__, "", "(554, ", m4 / 6, "", 0, 0, -1, "(554, (554,");
  t_big(__LINE__, "", "\"550\" ", m4 / 6, "", 550, PRE, -1, "550\" \"550");
  t_big(__LINE__, "", "code 550 ", m4 / 9, "", 550, PRE, -1, "code 550");
  t_big(__LINE__, "", "returned ", m4 / 9, "", 0, 0, -1, "returned ret");
  t_big(__LINE__, "", "response ", m4 / 9, "'550 x", 550, PRE, 1, "x");
  t_big(__LINE__, "", "dsn=", m4 / 4, "", 0, 0, (long)m4, "dsn=dsn=");
  t_big(__LINE__, "", "dsn=5.1.1 ", m4 / 10, "", 0, PRE, -1, "dsn=5.1.1");
  t_big(__LINE__, "", "#", m4, "", 0, 0, (long)m4, "####");
  t_big(__LINE__, "", "x - 550 5.1.1 ", m4 / 14, "", 550, PRE, -1,
        "x - x - x");
  t_big(__LINE__, "a: 550 ", "-", m4, "", 550, PRE, 0, "");
  t_big(__LINE__, "a 550 5.1.1", " ", m4, "", 550, PRE, 0, "");
  t_big(__LINE__, "a 550 5.1.1", ",", m4, "x", 550, PRE, 1, "x");
}

static void test_big_lines (void) {
  size_t i, len;
  char *b, *want;
  /* 10 MB of "550-" continuation lines */
  t_big(__LINE__, "", "550-\r\n", 10 * MB / 6, "550 end", 550, ML,
        3, "end");
  eq_int(__LINE__, "nlines", (long)R.nlines, (long)(10 * MB / 6 + 1));
  t_big(__LINE__, "", "550-\n", 2 * MB, "", 550, ML | NOF, 0, "");
  /* 100,000 continuation lines, checked in full */
  b = repeat("", "550-5.1.1 line\r\n", 100000, "550 5.1.1 end", &len);
  parse_at(__LINE__, b, len);
  eq_int(__LINE__, "code", R.code, 550);
  eq_int(__LINE__, "flags", (long)R.flags, ML);
  eq_int(__LINE__, "nlines", (long)R.nlines, 100001);
  free(b);
  want = repeat("", "line ", 100000, "end", &len);
  eq_bytes(__LINE__, "text", TXT, R.text_len, want, len);
  free(want);
  /* 1 MB of one line of words */
  b = repeat("550 5.1.1 ", "word ", MB / 5, "", &len);
  parse_at(__LINE__, b, len);
  for (i = 0; i + 5 <= R.text_len && memcmp(TXT + i, "word ", 5) == 0; i += 5)
    ;
  eq_int(__LINE__, "text_len", (long)R.text_len, (long)(5 * (MB / 5) - 1));
  CHECK(i == R.text_len - 4);
  free(b);
}

static void test_misc (void) {
  sb_reply r;
  char out[8];
  T("550 5.1.1 hello world", 550, "5.1.1", 0, "hello world");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 5);
  /* smtpbounce_text never writes more than r->text_len */
  r = R;
  r.text_len = 3;
  eq_int(__LINE__, "capped", (long)smtpbounce_text(IN, INLEN, &r, out), 3);
  CHECK(memcmp(out, "hel", 3) == 0);
  T("no code here", 0, "", 0, "no code here");
  eq_int(__LINE__, "class", smtpbounce_class(&R), 0);
  /* a NULL input with a length reads nothing */
  smtpbounce_parse(NULL, 5, &r);
  CHECK(r.code == 0 && r.text_len == 0 && (r.flags & SB_F_BLANK));
}

int main (void) {
  test_seed_2xx_4xx();
  test_seed_5xx();
  test_multiline();
  test_codes();
  test_prefix_fixed();
  test_prefix_exim();
  test_prefix_fallback();
  test_prefix_lines();
  test_prefix_quoted();
  test_prefix_wrapped();
  test_prefix_transcript();
  test_prefix_logs();
  test_false_codes();
  test_status_in_text();
  test_bytes();
  test_wide_spaces();
  test_entities();
  test_forward();
  test_joined();
  /* `make valgrind` skips the ~150 MB of big inputs (minutes under
     memcheck); every other run, and `make valgrind-full`, keeps them */
  if (getenv("SB_SKIP_BIG") == NULL) {
    test_big();
    test_big_scan();
    test_big_lines();
  }
  test_misc();
  free(IN);
  free(TXT);
  return check_summary("test_parse");
}
