/*
** test_mail.c -- standalone tests of the bounce-mail reader (sb_mail.c)
** and its MIME pieces (sb_mime.c): header blocks and unfolding, RFC 2047
** words, RFC 2231 parameters, base64 and quoted-printable, charsets to
** UTF-8 (the ones bounces come in), delivery-status records, the caps,
** and bad input (empty, NUL bytes, every cut of a mail, deep nesting,
** many parts).  Charset samples are the UTF-8 strings below converted by
** Python's codecs; each is checked back to its UTF-8.
*/

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sb_mail.h"
#include "sb_mime.h"
#include "sb_prose.h"
#include "check.h"

#define MSTR(v, want)  mstr_is((v), (want), __LINE__)

/* the string is 'want' (one evaluation of the string's expression) */
static void mstr_is (sb_mstr v, const char *want, int line) {
  check_str_(v.p ? v.p : "", v.n, want, "string", __FILE__, line);
}

static sb_error read_str (sb_mail *m, const char *s) {
  return smtpbounce_mail_read(m, s, strlen(s));
}

/* the mail 's' reads as one record, for the recipient 'want' (the
   caller's line reported) */
#define ONE_RCPT(s, want)  one_rcpt((s), (want), __LINE__)
static void one_rcpt (const char *s, const char *want, int line) {
  sb_mail m;
  check_report(read_str(&m, s) == SB_OK, "read_str(s) == SB_OK", __FILE__, line);
  if (check_report(m.nrecs == 1, "m.nrecs == 1", __FILE__, line))
    mstr_is(m.recs[0].recipient, want, line);
  smtpbounce_mail_free(&m);
}

/* {======================================================================
** MIME pieces
** ======================================================================= */

/* the header block of the n bytes at h, read into a new block with 'm'
   cleared first (the caller frees both) */
static sb_hblock *read_headers (sb_mail *m, const char *h, size_t n) {
  sb_hblock *hb = (sb_hblock *)malloc(sizeof *hb);
  memset(m, 0, sizeof *m);
  sb_mime_headers(m, h, n, hb);
  return hb;
}

static void test_headers (void) {
  static const char H[] =
    "From x Mon Dec  1 00:00:00 2026\n"
    "Subject: one\n two\r\n\tthree\n"
    "X-Empty:\n"
    "Bad line\n"
    "After: no\n";
  sb_mail m;
  sb_hblock *hb = read_headers(&m, H, sizeof H - 1);
  const sb_hfield *f;
  CHECK_INT(hb->n, 2);
  CHECK(hb->body == (size_t)(strstr(H, "Bad line") - H));  /* no blank line */
  f = sb_mime_field(hb, "SUBJECT");
  if (CHECK(f != NULL)) MSTR(sb_mime_unfold(&m, f->val, f->vlen), "one two three");
  CHECK(sb_mime_field(hb, "after") == NULL);
  f = sb_mime_field(hb, "x-empty");
  if (CHECK(f != NULL)) CHECK_INT(f->vlen, 0);
  smtpbounce_mail_free(&m);
  free(hb);
}

/* a field's fold that lost its blank ("id 1234; ..." under a Received
   line), the block going on with fields to its blank line: part of the
   field, and the fields after it read */
static void test_lost_fold (void) {
  static const char H[] =
    "Received: from a.example by b.example\n"
    "id BAA27258; Wed, 5 Feb 1997 01:06:23 -0800\n"
    "Subject: Returned mail\n"
    "Content-Type: text/html\n\n<p>x</p>\n";
  sb_mail m;
  sb_hblock *hb = read_headers(&m, H, sizeof H - 1);
  const sb_hfield *f;
  CHECK_INT(hb->n, 3);
  CHECK(hb->body == (size_t)(strstr(H, "<p>") - H));
  f = sb_mime_field(hb, "received");
  if (CHECK(f != NULL))
    MSTR(sb_mime_unfold(&m, f->val, f->vlen),
         "from a.example by b.example id BAA27258; Wed, 5 Feb 1997 01:06:23 -0800");
  CHECK(sb_mime_field(hb, "content-type") != NULL);
  smtpbounce_mail_free(&m);
  free(hb);
}

/* an HTML break's own line end in the source is no second break, nor
   is the line end between two table rows: the delivery status fields
   written one a line with <br>, or one a row, stay one block */
static void test_html_breaks (void) {
  sb_mail m;
  sb_mstr h, t;
  memset(&m, 0, sizeof m);
  h.p = "<p>a<br>\nb<br>\r\nc</p>\n<p>d</p>";
  h.n = strlen(h.p);
  t = sb_mime_strip_html(&m, h);
  MSTR(t, "\na\nb\nc\n\nd\n");
  /* a table's rows one a line, its cells one blank apart */
  h.p = "<table>\n<tr><td>Action:</td><td>failed</td></tr>\n"
        "<tr><td>Status:</td><td>5.0.0</td></tr>\n</table>";
  h.n = strlen(h.p);
  t = sb_mime_strip_html(&m, h);
  MSTR(t, "\nAction: failed\nStatus: 5.0.0 \n");
  smtpbounce_mail_free(&m);
}

static void test_words (void) {
  sb_mail m;
  const char *w1 = "=?ISO-8859-1?Q?R=E9union?= =?UTF-8?B?w6l0w6k=?= end";
  const char *w2 = "=?utf-8*fr?q?a_b?=";
  const char *w3 = "=?bogus?x?zz?= =?utf-8?b?";
  memset(&m, 0, sizeof m);
  MSTR(sb_mime_decode_words(&m, w1, strlen(w1)), "R\xC3\xA9union\xC3\xA9t\xC3\xA9 end");
  MSTR(sb_mime_decode_words(&m, w2, strlen(w2)), "a b");
  MSTR(sb_mime_decode_words(&m, w3, strlen(w3)), "=?bogus?x?zz?= =?utf-8?b?");
  smtpbounce_mail_free(&m);
}

static void test_params (void) {
  sb_mail m;
  sb_mstr v;
  const char *ct1 = "multipart/report; report-type=delivery-status;\n"
                    "\tboundary=\"a\\\"b;c\"";
  const char *ct2 = "multipart/mixed; boundary*1*=%2Dz; boundary*0*=us-ascii'en'x%41y";
  const char *ct3 = "text/plain; CHARSET = \"ISO-2022-JP\" ; format=flowed";
  char type[64];
  memset(&m, 0, sizeof m);
  sb_mime_ctype(ct1, strlen(ct1), type, sizeof type);
  CHECK_STR(type, strlen(type), "multipart/report");
  if (CHECK(sb_mime_param(&m, ct1, strlen(ct1), "boundary", &v))) MSTR(v, "a\"b;c");
  if (CHECK(sb_mime_param(&m, ct1, strlen(ct1), "report-type", &v))) MSTR(v, "delivery-status");
  if (CHECK(sb_mime_param(&m, ct2, strlen(ct2), "boundary", &v))) MSTR(v, "xAy-z");
  if (CHECK(sb_mime_param(&m, ct3, strlen(ct3), "charset", &v))) MSTR(v, "ISO-2022-JP");
  CHECK(!sb_mime_param(&m, ct3, strlen(ct3), "boundary", &v));
  sb_mime_ctype("nonsense", 8, type, sizeof type);
  CHECK_STR(type, strlen(type), "");
  smtpbounce_mail_free(&m);
}

static void test_encodings (void) {
  sb_mail m;
  const char *b64 = "aGVs\nbG8g!d29y bGQ=\n=junk";
  const char *qp = "caf=C3=A9=\r\n au=\nlait =zz=4";
  memset(&m, 0, sizeof m);
  CHECK_INT(sb_mime_cte(" Base64 ", 8), SB_CTE_BASE64);
  CHECK_INT(sb_mime_cte("quoted-printable", 16), SB_CTE_QP);
  CHECK_INT(sb_mime_cte("8bit", 4), SB_CTE_PLAIN);
  MSTR(sb_mime_text(&m, b64, strlen(b64), SB_CTE_BASE64, NULL, 0), "hello world");
  MSTR(sb_mime_text(&m, qp, strlen(qp), SB_CTE_QP, "utf-8", 5), "caf\xC3\xA9 aulait =zz=4");
  smtpbounce_mail_free(&m);
}

/* one charset sample: bytes in 'cs', and the UTF-8 they are */
typedef struct Sample {
  const char *cs;
  const char *bytes;
  const char *utf8;
} Sample;

static const Sample SAMPLES[] = {
  { "ISO-2022-JP", "\x1b$B%a!<%k\x1b(B ok", "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB ok" },
  { "Shift_JIS", "\x83\x81\x81\x5b\x83\x8b", "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB" },
  { "EUC-JP", "\xa5\xe1\xa1\xbc\xa5\xeb", "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB" },
  { "gb2312", "\xd3\xca\xbc\xfe", "\xE9\x82\xAE\xE4\xBB\xB6" },
  { "GBK", "\xd3\xca\xbc\xfe", "\xE9\x82\xAE\xE4\xBB\xB6" },
  { "Big5", "\xb6\x6c\xa5\xf3", "\xE9\x83\xB5\xE4\xBB\xB6" },
  { "KOI8-R", "\xd0\xc9\xd3\xd8\xcd\xcf", "\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8C\xD0\xBC\xD0\xBE" },
  { "windows-1252", "\x80 caf\xe9", "\xE2\x82\xAC caf\xC3\xA9" },
  { "windows-1251", "\xef\xe8\xf1\xfc\xec\xee", "\xD0\xBF\xD0\xB8\xD1\x81\xD1\x8C\xD0\xBC\xD0\xBE" },
  { "ISO-8859-1", "caf\xe9", "caf\xC3\xA9" },
  { "iso-8859-2", "\xb1", "\xC4\x85" },
  { "\"UTF-8\"", "caf\xC3\xA9 \xff!", "caf\xC3\xA9 \xEF\xBF\xBD!" },
  { "x-unknown", "a\xC3\xA9\xC3", "a\xC3\xA9\xEF\xBF\xBD" },
  { "Shift_JIS", "\x83\xff\x83\x81", "\xEF\xBF\xBD\xEF\xBF\xBD\xE3\x83\xA1" },
  { "EUC-JP", "\xa5", "\xEF\xBF\xBD" },
};

/* a mail of one text part in 'cs' */
static void mail_in (char *out, const Sample *s) {
  sprintf(out, "Content-Type: text/plain; charset=\"%s\"\n\n%s\n", s->cs[0] == '"' ? "utf-8" : s->cs,
          s->bytes);
}

/* the reader with kept converters (sb_mail_convs) and the caller's
   buffer: three rounds over every sample, the same records as without */
static void test_convs (void) {
  static char buf[SB_MAIL_BUFSIZE];
  sb_mail_convs convs;
  char mail[256];
  int round;
  size_t i;
  memset(&convs, 0, sizeof convs);
  for (round = 0; round < 3; round++) {
    for (i = 0; i < sizeof SAMPLES / sizeof SAMPLES[0]; i++) {
      sb_mail a, b;
      mail_in(mail, &SAMPLES[i]);
      CHECK_INT(smtpbounce_mail_read(&a, mail, strlen(mail)), SB_OK);
      CHECK_INT(smtpbounce_mail_read_buf(&b, mail, strlen(mail), buf, sizeof buf, &convs), SB_OK);
      CHECK(a.format == b.format && a.nrecs == b.nrecs);
      CHECK((a.why == NULL) == (b.why == NULL));
      smtpbounce_mail_free(&a);
      smtpbounce_mail_free(&b);
      {  /* the text itself, through a kept converter */
        sb_mail m;
        const Sample *sm = &SAMPLES[i];
        memset(&m, 0, sizeof m);
        m.convs = &convs;
        MSTR(sb_mime_text(&m, sm->bytes, strlen(sm->bytes), SB_CTE_PLAIN, sm->cs,
                          strlen(sm->cs)), sm->utf8);
        smtpbounce_mail_free(&m);
      }
    }
  }
  CHECK(convs.name[0][0] != '\0');  /* some converter was kept */
  smtpbounce_mail_convs_free(&convs);
  CHECK(convs.name[0][0] == '\0');
}

/* a single-byte charset converted by a kept converter's table gives
   iconv's own bytes (random text, bytes of every value, each charset
   read twice through the same convs: the table, then again); a charset
   with state or held-back letters is left to iconv: the same bytes too */
static void test_sbcs_tables (void) {
  static const char *const CS[] = {
    "iso-8859-1", "iso-8859-2", "iso-8859-3", "iso-8859-5", "iso-8859-7",
    "iso-8859-8", "iso-8859-13", "iso-8859-15", "windows-1250", "windows-1251",
    "windows-1252", "windows-1253", "windows-1255", "windows-1256", "windows-1257",
    "windows-1258", "koi8-r", "koi8-u", "cp850", "cp437", "macintosh", "tis-620",
    "tcvn", "gbk", "shift_jis", "euc-jp", "utf-7", "iso-2022-jp", "big5", "ebcdic-us"
  };
  static char text[4096];
  sb_mail_convs convs;
  unsigned seed = 12345;
  size_t i, k;
  int round, tables = 0;
  memset(&convs, 0, sizeof convs);
  for (k = 0; k < sizeof text; k++) {
    seed = seed * 1103515245u + 12345u;
    text[k] = (char)(k < 256 ? k : (seed >> 16) & 0xff);
  }
  for (round = 0; round < 2; round++)
    for (i = 0; i < sizeof CS / sizeof CS[0]; i++) {
      sb_mail a, b;
      sb_mstr x, y;
      memset(&a, 0, sizeof a);
      memset(&b, 0, sizeof b);
      b.convs = &convs;
      x = sb_mime_text(&a, text, sizeof text, SB_CTE_PLAIN, CS[i], strlen(CS[i]));
      y = sb_mime_text(&b, text, sizeof text, SB_CTE_PLAIN, CS[i], strlen(CS[i]));
      CHECK(x.n == y.n && (x.n == 0 || memcmp(x.p, y.p, x.n) == 0));
      smtpbounce_mail_free(&a);
      smtpbounce_mail_free(&b);
      for (k = 0; k < SB_MAIL_NCONV; k++)  /* its slot: by table or not */
        if (strcmp(convs.name[k], CS[i]) == 0) {
          int multi = strcmp(CS[i], "gbk") == 0 || strcmp(CS[i], "shift_jis") == 0
                   || strcmp(CS[i], "euc-jp") == 0 || strcmp(CS[i], "utf-7") == 0
                   || strcmp(CS[i], "iso-2022-jp") == 0 || strcmp(CS[i], "big5") == 0
                   || strcmp(CS[i], "ebcdic-us") == 0;
          CHECK(convs.sbcs[k] == (multi ? 2 : 1) || (convs.sbcs[k] == 2 && !multi
                && strncmp(CS[i], "iso-8859-", 9) != 0 && strcmp(CS[i], "koi8-r") != 0));
          tables += convs.sbcs[k] == 1;
        }
    }
  CHECK(tables >= 2 * 14);  /* the ISO-8859 ones and KOI8-R went by table, twice */
  smtpbounce_mail_convs_free(&convs);
}

/* a text of more than one byte a character that iconv takes whole is
   converted by the kept converter's step to UCS-4 (sb_mime_conv.h) into
   iconv's own UTF-8 bytes; the same text with a byte changed or cut short
   too (then converted as before): written from UTF-8 (CJK, Cyrillic,
   Greek, accented Latin, a character past U+FFFF, '+' and '-' for UTF-7)
   by iconv, the characters a charset lacks left out */
static void test_ucs4_path (void) {
  static const char *const CS[] = {
    "gbk", "gb18030", "big5", "shift_jis", "euc-jp", "iso-2022-jp", "euc-kr",
    "cp949", "utf-7", "utf-16", "utf-16le", "utf-32", "windows-1255", "windows-1258"
  };
  static const char U[] = "Undeliverable: \xe7\x94\xa8\xe6\x88\xb7\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8 "
    "\xd0\x9f\xd0\xbe\xd1\x87\xd1\x82\xd0\xb0 \xce\xb1\xce\xb2 caf\xc3\xa9 a+b-c "
    "\xe3\x81\x82\xe3\x82\xa2 \xea\xb0\x80 \xf0\x9f\x93\xa7 550 5.1.1 <a@b.example>\r\n";
  sb_mail_convs convs;
  size_t i;
  int wide = 0;
  memset(&convs, 0, sizeof convs);
  for (i = 0; i < sizeof CS / sizeof CS[0]; i++) {
    iconv_t to = iconv_open(CS[i], "UTF-8");
    char in[64 * sizeof U], out[8 * sizeof U], *ip = in, *op = out;
    size_t il, ol = sizeof out, n, k, cut;
    if (to == (iconv_t)-1) continue;
    for (k = 0, n = 0; k < 60; k++) { memcpy(in + n, U, sizeof U - 1); n += sizeof U - 1; }
    il = n;
    while (il > 0 && iconv(to, &ip, &il, &op, &ol) == (size_t)-1 && errno == EILSEQ)
      do { ip++; il--; } while (il > 0 && ((unsigned char)*ip & 0xC0) == 0x80);
    iconv(to, NULL, NULL, &op, &ol);
    iconv_close(to);
    n = (size_t)(op - out);
    for (cut = 0; cut < 3; cut++) {  /* whole, a byte changed, cut short */
      sb_mail a, b;
      sb_mstr x, y;
      size_t len = cut == 2 ? n - 1 : n;
      if (cut == 1) out[n / 2] = (char)0xff;
      memset(&a, 0, sizeof a);
      memset(&b, 0, sizeof b);
      b.convs = &convs;
      x = sb_mime_text(&a, out, len, SB_CTE_PLAIN, CS[i], strlen(CS[i]));
      y = sb_mime_text(&b, out, len, SB_CTE_PLAIN, CS[i], strlen(CS[i]));
      CHECK(x.n > 0 && x.n == y.n && memcmp(x.p, y.p, x.n) == 0);
      smtpbounce_mail_free(&a);
      smtpbounce_mail_free(&b);
    }
  }
  for (i = 0; i < SB_MAIL_NCONV; i++) wide += convs.wide_ok[i] == 1;
#if defined(__GLIBC__)
  CHECK(wide > 0);  /* the step to UCS-4 was taken */
#endif
  smtpbounce_mail_convs_free(&convs);
  for (i = 0; i < SB_MAIL_NCONV; i++) CHECK(convs.wide_ok[i] == 0);
}

static void test_charsets (void) {
  size_t i;
  sb_mail m;
  memset(&m, 0, sizeof m);
  for (i = 0; i < sizeof SAMPLES / sizeof SAMPLES[0]; i++) {
    const Sample *s = &SAMPLES[i];
    sb_mstr v = sb_mime_text(&m, s->bytes, strlen(s->bytes), SB_CTE_PLAIN, s->cs,
                             strlen(s->cs));
    int before = check_nfail;
    MSTR(v, s->utf8);
    if (check_nfail != before) printf("    charset %s\n", s->cs);
  }
  smtpbounce_mail_free(&m);
}

/* }====================================================================== */


/* {======================================================================
** Messages
** ======================================================================= */

static const char DSN[] =
  "From: MAILER-DAEMON@mx.example.org\n"
  "Subject: =?us-ascii?Q?Undelivered_Mail?=\n"
  "Date: Tue, 2 Dec 2026 10:15:02 +0000\n"
  "X-Original-To: b+u=example.com@example.org\n"
  "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n"
  "\n"
  "preamble\n"
  "--B\n"
  "Content-Type: text/plain\n"
  "\n"
  "text\n"
  "--B\n"
  "Content-Type: message/delivery-status\n"
  "\n"
  "Reporting-MTA: dns; mx.example.org\n"
  "Arrival-Date: Tue, 2 Dec 2026 10:15:00 +0000\n"
  "\n"
  "Original-Recipient: rfc822;A@example.net\n"
  "Final-Recipient: rfc822; <a@example.net>\n"
  "Action: Failed\n"
  "Status: 5.1.1 (bad mailbox)\n"
  "Remote-MTA: dns; mx.example.net\n"
  "Diagnostic-Code: smtp; 550 5.1.1 no such\n"
  "   user\n"
  "\n"
  "Final-Recipient: rfc822; b@example.net (the second)\n"
  "Action: delayed\n"
  "Status: 4.4.1\n"
  "Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.1]:25:\n"
  "    Connection timed out\n"
  "Last-Attempt-Date: Tue, 2 Dec 2026 10:15:01 +0000\n"
  "--B\n"
  "Content-Type: message/rfc822\n"
  "\n"
  "Message-ID: <orig@example.com>\n"
  "X-Tag: =?utf-8?q?caf=C3=A9?=\n"
  "  more\n"
  "\n"
  "body\n"
  "--B--\n"
  "epilogue\n";

static void test_dsn (void) {
  sb_mail m;
  sb_mstr v;
  if (!CHECK(read_str(&m, DSN) == SB_OK)) return;
  CHECK_STR(smtpbounce_mail_format_name(&m), 7, "rfc3464");
  CHECK_INT(m.nrecs, 2);
  MSTR(m.reporting_mta, "mx.example.org");
  MSTR(m.subject, "Undelivered Mail");
  MSTR(m.message_id, "orig@example.com");
  MSTR(m.envelope[0], "b+u=example.com@example.org");
  if (m.nrecs == 2) {
    MSTR(m.recs[0].recipient, "a@example.net");
    MSTR(m.recs[0].original_recipient, "A@example.net");
    MSTR(m.recs[0].action, "failed");
    MSTR(m.recs[0].status, "5.1.1");
    MSTR(m.recs[0].status_text, "5.1.1 (bad mailbox)");
    MSTR(m.recs[0].remote_mta, "mx.example.net");
    MSTR(m.recs[0].reply, "550 5.1.1 no such user");
    MSTR(m.recs[0].time, "Tue, 2 Dec 2026 10:15:00 +0000");
    MSTR(m.recs[1].recipient, "b@example.net");
    MSTR(m.recs[1].action, "delayed");
    MSTR(m.recs[1].reply, "connect to mx.example.net[192.0.2.1]:25: Connection timed out");
    MSTR(m.recs[1].time, "Tue, 2 Dec 2026 10:15:01 +0000");
    CHECK(m.recs[1].original_recipient.p == NULL);
  }
  if (CHECK(smtpbounce_mail_header(&m, m.orig_headers, "x-tag", 5, &v)))
    MSTR(v, "caf\xC3\xA9 more");
  CHECK(!smtpbounce_mail_header(&m, m.orig_headers, "x-none", 6, &v));
  CHECK_INT(m.flags, 0);
  smtpbounce_mail_free(&m);
}

/* RFC 6533: a utf-8 address with \x{..} escapes */
static void test_global (void) {
  sb_mail m;
  static const char G[] =
    "Content-Type: message/global-delivery-status\n\nReporting-MTA: dns; x\n\n"
    "Original-Recipient: utf-8; j\\x{FC}rgen@b\\x{FC}cher.example\n"
    "Final-Recipient: utf-8; \\x{1F600}\\x{zz}@example.net\n"
    "Action: failed\nStatus: 5.1.1\n";
  if (CHECK(read_str(&m, G) == SB_OK) && CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].original_recipient, "j\xC3\xBC" "rgen@b\xC3\xBC" "cher.example");
    MSTR(m.recs[0].recipient, "\xF0\x9F\x98\x80\\x{zz}@example.net");
  }
  smtpbounce_mail_free(&m);
}

static void test_formats (void) {
  sb_mail m;
  static const char ARF[] =
    "Content-Type: multipart/report; report-type=feedback-report; boundary=x\n\n"
    "--x\nContent-Type: message/feedback-report\n\n"
    "Feedback-Type: Abuse\nOriginal-Rcpt-To: <u@example.com>\n"
    "Original-Rcpt-To: v@example.com\nArrival-Date: then\n--x--\n";
  static const char AUTO[] =
    "From: Someone <s@example.net>\nSubject: Out of Office: hello\n"
    "Date: now\n\nAway.\n";
  static const char WEAK[] =
    "From: s@example.net\nAuto-Submitted: auto-replied\n\nAway.\n";
  static const char NONE[] = "From: s@example.net\n\nHello.\n";
  if (CHECK(read_str(&m, ARF) == SB_OK)) {
    CHECK_STR(smtpbounce_mail_format_name(&m), 3, "arf");
    MSTR(m.feedback_type, "abuse");
    CHECK_INT(m.nrecs, 2);
    if (m.nrecs == 2) {
      MSTR(m.recs[0].recipient, "u@example.com");
      MSTR(m.recs[1].recipient, "v@example.com");
      MSTR(m.recs[1].time, "then");
    }
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, AUTO) == SB_OK)) {
    CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
    if (CHECK(m.nrecs == 1)) MSTR(m.recs[0].recipient, "s@example.net");
  }
  smtpbounce_mail_free(&m);
  read_str(&m, WEAK);
  CHECK(m.format == SB_MAIL_AUTOREPLY || m.format == SB_MAIL_PROSE);
  smtpbounce_mail_free(&m);
  read_str(&m, NONE);
  if (m.format == SB_MAIL_NONE) CHECK(m.why != NULL && m.nrecs == 0);
  smtpbounce_mail_free(&m);
}

/* every cut of a mail, and NUL bytes in it: no crash (ASan, valgrind
   watch the reads), records only from what is there */
static void test_cuts (void) {
  size_t n, len = sizeof DSN - 1;
  char *buf = (char *)malloc(len);
  sb_mail m;
  int full = 0;
  for (n = 0; n <= len; n++) {
    memcpy(buf, DSN, n);  /* a copy of exactly n bytes: overreads show */
    CHECK_INT(smtpbounce_mail_read(&m, buf, n), SB_OK);
    if (n == len) full = (int)m.nrecs;
    CHECK(m.nrecs <= 2);
    smtpbounce_mail_free(&m);
  }
  CHECK_INT(full, 2);
  memcpy(buf, DSN, len);
  for (n = 0; n < len; n += 3) buf[n] = '\0';
  CHECK_INT(smtpbounce_mail_read(&m, buf, len), SB_OK);
  smtpbounce_mail_free(&m);
  free(buf);
}

/* nesting past SB_MAIL_MAX_DEPTH and parts past SB_MAIL_MAX_PARTS: flags */
static void test_caps (void) {
  size_t i, k = 0, cap = 200000;
  char *buf = (char *)malloc(cap);
  sb_mail m;
  for (i = 0; i < 100; i++)
    k += (size_t)sprintf(buf + k, "Content-Type: multipart/mixed; boundary=b%lu\n\n--b%lu\n",
                         (unsigned long)i, (unsigned long)i);
  CHECK_INT(smtpbounce_mail_read(&m, buf, k), SB_OK);
  CHECK(m.flags & SB_MAIL_F_DEPTH);
  smtpbounce_mail_free(&m);
  k = (size_t)sprintf(buf, "Content-Type: multipart/mixed; boundary=b\n\n");
  for (i = 0; i < 2 * SB_MAIL_MAX_PARTS; i++) k += (size_t)sprintf(buf + k, "--b\n\nx\n");
  CHECK_INT(smtpbounce_mail_read(&m, buf, k), SB_OK);
  CHECK(m.flags & SB_MAIL_F_PARTS);
  smtpbounce_mail_free(&m);
  memset(buf, 'x', cap);
  memcpy(buf, "X-Long: ", 8);
  CHECK_INT(smtpbounce_mail_read(&m, buf, cap), SB_OK);
  CHECK(m.flags & SB_MAIL_F_HEADER);
  smtpbounce_mail_free(&m);
  {  /* a status line cut by the header cap inside a character: the
        record's strings stay UTF-8 (each "\xC3\xA9" whole or left out) */
    static const char head[] = "Content-Type: message/delivery-status\n\n"
                               "Final-Recipient: rfc822; a@example.net\nAction: failed\n"
                               "Diagnostic-Code: smtp; 550 ";
    size_t j, hl = sizeof head - 1;
    memcpy(buf, head, hl);
    for (j = hl; j + 1 < cap; j += 2) { buf[j] = '\xC3'; buf[j + 1] = '\xA9'; }
    CHECK_INT(smtpbounce_mail_read(&m, buf, cap - 1), SB_OK);
    if (CHECK(m.nrecs == 1)) {
      sb_mstr r = m.recs[0].reply;
      CHECK(r.n > 4 && (unsigned char)r.p[r.n - 1] == 0xA9);
    }
    smtpbounce_mail_free(&m);
  }
  memset(buf, 0x80, cap);  /* a field of continuation bytes only: ends */
  memcpy(buf, "X:", 2);
  CHECK_INT(smtpbounce_mail_read(&m, buf, cap), SB_OK);
  smtpbounce_mail_free(&m);
  free(buf);
}

static void test_empty (void) {
  sb_mail m;
  CHECK_INT(smtpbounce_mail_read(&m, "", 0), SB_OK);
  CHECK_INT(m.format, SB_MAIL_NONE);
  CHECK(smtpbounce_mail_format_name(&m) == NULL);
  if (CHECK(m.why != NULL)) CHECK_STR(m.why, strlen(m.why), "empty message");
  smtpbounce_mail_free(&m);
}

/* }====================================================================== */


/* {======================================================================
** Bounce readings added to the walk: X-Failed-Recipients, the attached
** original's To, the report's human-readable part, transcript marks,
** a forwarded bounce
** ======================================================================= */

/* X-Failed-Recipients: the recipients when the text names none (here a
   text in no language the prose reading knows), and the confirmation
   of the ones it names (an address it took from elsewhere dropped) */
static void test_failed_header (void) {
  static const char NONE[] =
    "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
    "Subject: Mail delivery failed: returning message to sender\n"
    "X-Failed-Recipients: ann@example.net,\n <bob@example.net>\n\n"
    "Zustellung nicht moeglich.\n";
  static const char CONFIRM[] =
    "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
    "Subject: Mail delivery failed: returning message to sender\n"
    "X-Failed-Recipients: ann@example.net\n\n"
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) failed:\n\n"
    "  ann@example.net\n"
    "    host mx.example.net [192.0.2.1]\n"
    "    SMTP error from remote mail server after RCPT TO:<ann@example.net>:\n"
    "    550 5.1.1 no such user\n"
    "  carl@example.net\n"
    "    host mx.example.net [192.0.2.1]\n"
    "    SMTP error from remote mail server after RCPT TO:<carl@example.net>:\n"
    "    550 5.1.1 no such user\n";
  sb_mail m;
  if (CHECK(read_str(&m, NONE) == SB_OK) && CHECK(m.nrecs == 2)) {
    CHECK_INT(m.format, SB_MAIL_PROSE);
    MSTR(m.recs[0].recipient, "ann@example.net");
    MSTR(m.recs[1].recipient, "bob@example.net");
    MSTR(m.recs[1].action, "failed");
    CHECK(m.recs[0].reply.p == NULL);
    MSTR(m.explanation, "Zustellung nicht moeglich.");
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, CONFIRM) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK_STR(smtpbounce_mail_format_name(&m), 4, "exim");
    MSTR(m.recs[0].recipient, "ann@example.net");
    MSTR(m.recs[0].reply, "550 5.1.1 no such user");
    CHECK(m.explanation.p == NULL);
  }
  smtpbounce_mail_free(&m);
}

/* a prose text that says what failed but names no recipient, the
   original attached apart: its one To/Cc address; none with two */
static void test_attached_to (void) {
  static const char HEAD[] =
    "From: Postmaster <postmaster@mail.example.org>\n"
    "Subject: DELIVERY FAILURE: User not listed in Domino Directory\n"
    "Content-Type: multipart/mixed; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/plain\n\n"
    "Your message\n\n  Subject: hello\n\n"
    "was not delivered to the recipient because:\n\n"
    "  User not listed in Domino Directory\n\n"
    "--b\nContent-Type: message/rfc822\n\n"
    "From: sender@example.com\n";
  static const char ONE[] = "To: Dora <dora@example.org>\nSubject: hello\n\nHi.\n--b--\n";
  static const char TWO[] = "To: dora@example.org\nCc: eve@example.org\nSubject: hello\n\nHi.\n--b--\n";
  char buf[1024];
  sb_mail m;
  snprintf(buf, sizeof buf, "%s%s", HEAD, ONE);
  if (CHECK(read_str(&m, buf) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK_INT(m.format, SB_MAIL_PROSE);
    MSTR(m.recs[0].recipient, "dora@example.org");
    MSTR(m.recs[0].reply, "User not listed in Domino Directory");
  }
  smtpbounce_mail_free(&m);
  snprintf(buf, sizeof buf, "%s%s", HEAD, TWO);
  CHECK_INT(read_str(&m, buf), SB_OK);
  if (CHECK(m.nrecs == 1))  /* which of the two failed is not said: */
    CHECK(m.recs[0].recipient.p == NULL);  /* a record naming no one */
  smtpbounce_mail_free(&m);
}

/* RFC 3464 appendix, "DSN from gateway to foreign system": no
   diagnostic, the first part explains */
static void test_explanation (void) {
  static const char GW[] =
    "From: Message Router Submission Agent <AMMGR@corp.timeplex.com>\n"
    "Subject: Status of: Re: Battery current sense\n"
    "content-type: multipart/report;\n    report-type=delivery-status;\n"
    "    boundary=\"84229080704991.122306.SYS30\"\n\n"
    "--84229080704991.122306.SYS30\ncontent-type: text/plain\n\n"
    "Invalid address - nair_s\n%DIR-E-NODIRMTCH, No matching Directory Entry\n"
    "Entry found\n\n"
    "--84229080704991.122306.SYS30\ncontent-type: message/delivery-status\n\n"
    "Reporting-MTA: mailbus; SYS30\n\n"
    "Final-Recipient: unknown; nair_s\nStatus: 5.0.0 (unknown permanent failure)\n"
    "Action: failed\n\n--84229080704991.122306.SYS30--\n";
  sb_mail m;
  if (CHECK(read_str(&m, GW) == SB_OK) && CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].recipient, "nair_s");
    CHECK(m.recs[0].reply.p == NULL);
    MSTR(m.explanation, "Invalid address - nair_s %DIR-E-NODIRMTCH, No matching "
                        "Directory Entry Entry found");
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, DSN) == SB_OK)) CHECK(m.explanation.p == NULL);  /* replies */
  smtpbounce_mail_free(&m);
}

/* an auto-reply's refusal whose sentence runs past its 300 bytes with no
   '.': its reply is cut between characters, never inside one */
static void test_refusal_cut (void) {
  char mail[2048];
  size_t n, k;
  sb_mail m;
  n = (size_t)sprintf(mail, "From: kim@example.org\nTo: ann@example.com\n"
                      "Subject: Re: news\nPrecedence: auto_reply\n\n"
                      "The user kim@example.org does not accept mail from your address ");
  for (k = 0; k < 200; k++) { memcpy(mail + n, "\xc3\xa9", 2); n += 2; }
  mail[n++] = '\n';
  mail[n] = '\0';
  if (CHECK(read_str(&m, mail) == SB_OK) && CHECK(m.nrecs == 1)) {
    sb_mstr v = m.recs[0].reply;
    if (CHECK(v.p != NULL && v.n > 2))
      CHECK((unsigned char)v.p[v.n - 1] == 0xa9 && (unsigned char)v.p[v.n - 2] == 0xc3);
  }
  smtpbounce_mail_free(&m);
}

/* a person's forward of a notice ("Fwd:", the forwarder's line, then
   "On ..., <daemon> wrote:"): the generic reading that follows the list
   reading starts with no shared run open (the list reading's "La
   respuesta fue:" opened one), so the forwarder's first line is no
   recipient's reply; the reply the notice quotes is */
static void test_forward_first_line (void) {
  static const char FWD[] =
    "From: Ann <ann@example.org>\nTo: help@example.com\n"
    "Subject: Fwd: Delivery Status Notification (Failure)\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Please have a look.\n\n"
    "On Tue, 16 Oct 2018, Mail Delivery Subsystem <mailer-daemon@googlemail.com> wrote:\n\n"
    "** No se ha encontrado la direcci\xc3\xb3n **\n\n"
    "Tu mensaje no se ha entregado a kim@example.com porque no se ha encontrado "
    "la direcci\xc3\xb3n o esta no puede recibir correo.\n\n"
    "La respuesta fue:\n\n"
    "The email account that you tried to reach does not exist.\n";
  sb_mail m;
  if (CHECK(read_str(&m, FWD) == SB_OK) && CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].recipient, "kim@example.com");
    MSTR(m.recs[0].reply, "The email account that you tried to reach does not exist.");
  }
  smtpbounce_mail_free(&m);
}

/* a sendmail transcript's "<<< " after a line end: dropped in a prose
   reply and in a Diagnostic-Code folded over transcript lines */
static void test_marks (void) {
  static const char PROSE[] =
    "From: Mail Delivery Subsystem <MAILER-DAEMON@example.com>\n"
    "Subject: Returned mail: see transcript for details\n\n"
    "   ----- The following addresses had permanent fatal errors -----\n"
    "<invaliduser@invaliduser.invalid>\n"
    "    (reason: 550-5.1.1 The email account that you tried to reach does not exist. Please try)\n\n"
    "   ----- Transcript of session follows -----\n"
    "... while talking to aspmx.l.google.com.:\n>>> DATA\n"
    "<<< 550-5.1.1 The email account that you tried to reach does not exist. Please try\n"
    "<<< 550-5.1.1 double-checking the recipient's email address for typos or\n"
    "<<< 550 5.1.1 unnecessary spaces.\n"
    "550 5.1.1 <invaliduser@invaliduser.invalid>... User unknown\n";
  static const char DS[] =
    "Content-Type: message/delivery-status\n\nReporting-MTA: dns; example.com\n\n"
    "Final-Recipient: rfc822; a@example.net\nAction: failed\nStatus: 5.1.1\n"
    "Diagnostic-Code: smtp; 550-5.1.1 The account does not exist.\n"
    "    <<< 550 5.1.1 Try again <<< later\n    <<<\n";
  sb_mail m;
  if (CHECK(read_str(&m, PROSE) == SB_OK) && CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].reply, "550-5.1.1 The email account that you tried to reach does not "
         "exist. Please try 550-5.1.1 double-checking the recipient's email address for "
         "typos or 550 5.1.1 unnecessary spaces.");
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, DS) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].reply, "550-5.1.1 The account does not exist. 550 5.1.1 Try again <<< later");
  smtpbounce_mail_free(&m);
}

/* a bounce forwarded by a person: read from its one message/rfc822
   part; not when there are two, not two levels deep, not when the part
   is no bounce */
static void test_forwarded (void) {
  static const char OUT[] =
    "From: Alice <alice@example.com>\nTo: postmaster@example.com\n"
    "Subject: Fwd: Undelivered Mail\n"
    "Content-Type: multipart/mixed; boundary=\"o\"\n\n"
    "--o\nContent-Type: text/plain\n\nWhy did this fail?\n\n";
  static const char PART[] = "--o\nContent-Type: message/rfc822\n\n";
  static const char INNER_ORD[] = "From: x@example.net\nSubject: hi\n\nJust a mail.\n";
  size_t cap = 16384;
  char *buf = (char *)malloc(cap);
  sb_mail m;
  snprintf(buf, cap, "%s%s%s--o--\n", OUT, PART, DSN);
  if (CHECK(read_str(&m, buf) == SB_OK) && CHECK(m.nrecs == 2)) {
    CHECK_INT(m.format, SB_MAIL_RFC3464);
    CHECK_INT(m.forwarded, 1);
    MSTR(m.recs[0].recipient, "a@example.net");
    MSTR(m.subject, "Undelivered Mail");  /* the bounce's own */
    MSTR(m.message_id, "orig@example.com");
  }
  smtpbounce_mail_free(&m);
  snprintf(buf, cap, "%s%s%s%s%s--o--\n", OUT, PART, DSN, PART, DSN);
  CHECK_INT(read_str(&m, buf), SB_OK);
  CHECK_INT(m.format, SB_MAIL_NONE);
  CHECK_INT(m.nrecs, 0);
  smtpbounce_mail_free(&m);
  {  /* the forward of a forward: one level only */
    size_t k = (size_t)snprintf(buf, cap, "%s%s", OUT, PART);
    k += (size_t)snprintf(buf + k, cap - k, "%s%s%s--o--\n", OUT, PART, DSN);
    snprintf(buf + k, cap - k, "--o--\n");
    CHECK_INT(read_str(&m, buf), SB_OK);
    CHECK_INT(m.format, SB_MAIL_NONE);
    smtpbounce_mail_free(&m);
  }
  {  /* a forwarded out-of-office reply is no bounce */
    static const char AUTO[] = "From: Someone <s@example.net>\n"
                               "Subject: Out of Office: hello\n\nAway.\n";
    snprintf(buf, cap, "%s%s%s--o--\n", OUT, PART, AUTO);
    CHECK_INT(read_str(&m, buf), SB_OK);
    CHECK_INT(m.format, SB_MAIL_NONE);
    smtpbounce_mail_free(&m);
  }
  snprintf(buf, cap, "%s%s%s--o--\n", OUT, PART, INNER_ORD);
  CHECK_INT(read_str(&m, buf), SB_OK);
  CHECK_INT(m.format, SB_MAIL_NONE);
  CHECK_INT(m.forwarded, 0);
  if (CHECK(m.why != NULL)) CHECK(strncmp(m.why, "no delivery status", 18) == 0);
  MSTR(m.subject, "Fwd: Undelivered Mail");
  smtpbounce_mail_free(&m);
  free(buf);
}

/* forms of pasted, forwarded and translated bounces */
static void test_pasted (void) {
  sb_mail m;
  /* delivery-status fields pasted as text, the address a markdown link */
  ONE_RCPT("From: Mail Delivery System <Mailer-Daemon@mx.example.net>\n"
           "Subject: Mail delivery failed\n\n"
           "Reporting-MTA: dns; mx.example.net\n\n"
           "Final-Recipient: rfc822;[kim@example.com](mailto:kim@example.com)\n"
           "Action: failed\nStatus: 5.0.0\n",
           "kim@example.com");
  /* a list heading with its first address on the same line */
  CHECK_INT(read_str(&m, "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
                         "Subject: Returned mail: see transcript for details\n\n"
                         "----- The following addresses had permanent fatal errors -----"
                         " <kim@example.com>\n\n"
                         "   ----- Transcript of session follows ----- <kim@example.com>..."
                         " Deferred: Connection timed out with example.com.\n"), SB_OK);
  if (CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].recipient, "kim@example.com");
    CHECK_INT(m.format, SB_MAIL_PROSE);
  }
  smtpbounce_mail_free(&m);
  /* a forwarded failure notice, its lines quoted as ">text", a named
     address alone on its line */
  CHECK_INT(read_str(&m, "From: Lee <lee@example.org>\nSubject: FW: failure notice\n\n"
                         "See below.\n\n"
                         "><Kim Example <kim@example.com>>:\n"
                         ">Sorry, I couldn't find any host named example.com. (#5.1.2)\n\n"
                         "<Pat <pat@example.net>>:\n"
                         "Sorry, I couldn't find any host named example.net. (#5.1.2)\n"),
            SB_OK);
  if (CHECK(m.nrecs == 2)) {
    MSTR(m.recs[0].recipient, "kim@example.com");
    MSTR(m.recs[1].recipient, "pat@example.net");
  }
  smtpbounce_mail_free(&m);
  /* a reply to a bounce is no bounce */
  CHECK_INT(read_str(&m, "From: Lee <lee@example.org>\nSubject: Re: failure notice\n\n"
                         "<kim@example.com>:\n"
                         "Sorry, I couldn't find any host named example.com. (#5.1.2)\n"),
            SB_OK);
  CHECK_INT(m.nrecs, 0);
  smtpbounce_mail_free(&m);
  /* an Exchange NDR in French: the address alone under the failure */
  ONE_RCPT("From: postmaster@mx.example.net\nSubject: Non remis : test\n\n"
           "Le(s) destinataire(s) suivant(s) n'a (n'ont) pas pu \xc3\xaatre"
           " atteint(s) :\n\n      kim@example.com le 01/02/2003 10:00\n"
           "            <mx.example.net #5.1.1>\n",
           "kim@example.com");
  /* an address with a colon, its reply on the next line, no heading */
  CHECK_INT(read_str(&m, "From: MAILER-DAEMON@mx.example.net\n"
                         "Subject: Undelivered Mail Returned to Sender\n\n"
                         "<kim@example.com>: host mx.example.com[192.0.2.1] said:\n"
                         "    550 5.1.1 No such user (in reply to RCPT TO command)\n"), SB_OK);
  if (CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].recipient, "kim@example.com");
    MSTR(m.recs[0].status, "5.1.1");
  }
  smtpbounce_mail_free(&m);
  /* the one reply of a text, apart from the address it is about */
  CHECK_INT(read_str(&m, "From: MAILER-DAEMON@mx.example.net\n"
                         "Subject: Warning: could not yet send message\n\n"
                         "Delivery to the following recipients has been deferred:\n\n"
                         "pat@example.net\n\nDelivery will be tried again.\n\n"
                         "More words that say nothing.\nAnd more.\nAnd more.\n"
                         "And more.\n\nThe error was:\n\n"
                         "host mx.example.net: 451 4.3.0 Temporary lookup failure\n"), SB_OK);
  if (CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].recipient, "pat@example.net");
    MSTR(m.recs[0].status, "4.3.0");
  }
  smtpbounce_mail_free(&m);
  /* addresses one under the other, one reply below them: each has it */
  CHECK_INT(read_str(&m, "From: Mail Delivery System <MAILER-DAEMON@relay.example.net>\n"
                         "Subject: Undelivered Mail Returned to Sender\n\n"
                         "This is the mail system at host relay.example.net.\n\n"
                         "Your message could not be delivered to the following recipients:\n\n"
                         "   kim@example.org\n   pat@example.org\n\nReason:\n"
                         "   550 5.1.1 Recipient address rejected: User unknown\n"), SB_OK);
  if (CHECK(m.nrecs == 2)) {
    MSTR(m.recs[0].recipient, "kim@example.org");
    MSTR(m.recs[0].status, "5.1.1");
    MSTR(m.recs[1].status, "5.1.1");
  }
  smtpbounce_mail_free(&m);
  /* a person's reply sent with the null sender: an auto-reply; the same
     from a mailer daemon with no bounce text: nothing */
  CHECK_INT(read_str(&m, "Return-Path: <>\nFrom: Kim Example <kim@example.com>\n"
                         "Subject: Thank you for your mail\n\nI will answer soon.\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
  if (CHECK(m.nrecs == 1)) MSTR(m.recs[0].recipient, "kim@example.com");
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.net\n"
                         "Subject: Notice\n\nNothing failed.\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_NONE);
  CHECK_INT(m.nrecs, 0);
  smtpbounce_mail_free(&m);
}

/* }====================================================================== */


/* an HTML-only bounce: list items and table cells stay apart once the
   tags are gone */
static void test_html_cells (void) {
  sb_mail m;
  CHECK_INT(read_str(&m, "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
                         "Subject: Undeliverable: hello\n"
                         "Content-Type: text/html\n\n"
                         "<h3>Delivery has failed to these recipients:</h3><ul>"
                         "<li>kim@example.com</li><li>lee@example.com</li></ul>"
                         "<table><tr><td>joe@example.com</td><td>user unknown"
                         "</td></tr></table>\n"), SB_OK);
  if (CHECK(m.nrecs == 3)) {
    MSTR(m.recs[0].recipient, "kim@example.com");
    MSTR(m.recs[1].recipient, "lee@example.com");
    MSTR(m.recs[2].recipient, "joe@example.com");
  }
  smtpbounce_mail_free(&m);
}

/* every cut of an HTML notice with a hidden row (a '<' last among
   them), each an exact-size copy: no read past its end (ASan and
   valgrind watch); once the hidden row is closed, its address is no
   record (an element never closed is not hidden) */
static void test_html_cuts (void) {
  static const char html[] =
    "From: MAILER-DAEMON@mx.example.net\nSubject: Undeliverable: hi\n"
    "Content-Type: text/html\n\n<p>Delivery has failed to these recipients:</p>"
    "<table><tr style=\"display: none\"><td>ghost@example.com</td></tr>"
    "<tr><td>kim@example.com</td><td>550 5.1.1 user unknown</td></tr></table><";
  size_t n, k, len = sizeof html - 1;
  size_t closed = (size_t)(strstr(html, "</tr>") - html) + 5;
  char *buf = (char *)malloc(len);
  sb_mail m;
  for (n = 0; n <= len; n++) {
    memcpy(buf, html, n);
    CHECK_INT(smtpbounce_mail_read(&m, buf, n), SB_OK);
    for (k = 0; n >= closed && k < m.nrecs; k++)
      CHECK(m.recs[k].recipient.n != 17 || memcmp(m.recs[k].recipient.p, "ghost@example.com", 17) != 0);
    if (n == len && CHECK(m.nrecs == 1)) MSTR(m.recs[0].recipient, "kim@example.com");
    smtpbounce_mail_free(&m);
  }
  free(buf);
}

/* a Final-Recipient masked for privacy: the address the text names;
   a delivery-status part with no field in it read as text; a status
   pasted as text with fields above its Final-Recipient line */
static void test_masked_pasted (void) {
  static const char MASKED[] =
    "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail Returned to Sender\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/plain\n\nThe mail system\n\n"
    "<kim@example.com>: Message delivery failed\n\n"
    "--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n"
    "Final-Recipient: rfc822; ********@*******\nAction: failed\nStatus: 5.2.0\n"
    "Diagnostic-Code: X-Postfix; Message delivery failed\n\n--b--\n";
  static const char EMPTY[] =
    "From: Mail Delivery Subsystem <mailer-daemon@example.org>\n"
    "Subject: Delivery Status Notification (Failure)\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
    "--b\nContent-Type: text/html\n\n<p>Your message wasn't delivered.</p>\n"
    "--b\nContent-Type: message/delivery-status\n\n"
    "Delivery to the following recipient failed permanently:\n\n"
    "     lee@example.com\n\n--b--\n";
  static const char PASTED[] =
    "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n\n"
    "Your message could not be delivered.\n\n"
    "Action: failed\nStatus: 5.1.1\nFinal-Recipient: rfc822; joe@example.com\n"
    "Diagnostic-Code: smtp; 550 5.1.1 user unknown\n";
  sb_mail m;
  if (CHECK(read_str(&m, MASKED) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK_INT(m.format, SB_MAIL_RFC3464);
    MSTR(m.recs[0].recipient, "kim@example.com");
    MSTR(m.recs[0].status_text, "5.2.0");
  }
  smtpbounce_mail_free(&m);
  {  /* a mask with its domain kept: an address of that domain only */
    char buf[2048];
    const char *f = strstr(MASKED, "********@*******");
    const char *k = strstr(MASKED, "<kim@example.com>");
    if (CHECK(f != NULL && k != NULL)) {
      snprintf(buf, sizeof buf, "%.*s<kim@other.org>%.*sxxxx@example.com%s",
               (int)(k - MASKED), MASKED, (int)(f - k - 17), k + 17, f + 16);
      if (CHECK(read_str(&m, buf) == SB_OK) && CHECK(m.nrecs == 1))
        MSTR(m.recs[0].recipient, "xxxx@example.com");
      smtpbounce_mail_free(&m);
      snprintf(buf, sizeof buf, "%.*sxxxx@example.com%s",
               (int)(f - MASKED), MASKED, f + 16);
      if (CHECK(read_str(&m, buf) == SB_OK) && CHECK(m.nrecs == 1))
        MSTR(m.recs[0].recipient, "kim@example.com");
      smtpbounce_mail_free(&m);
    }
  }
  if (CHECK(read_str(&m, EMPTY) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].recipient, "lee@example.com");
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, PASTED) == SB_OK) && CHECK(m.nrecs == 1)) {
    MSTR(m.recs[0].recipient, "joe@example.com");
    MSTR(m.recs[0].action, "failed");
    MSTR(m.recs[0].status_text, "5.1.1");
  }
  smtpbounce_mail_free(&m);
}

/* an auto-reply a list passed on with its own address in the From
   ("Kim via list"): the person is the Reply-To; not without the "via".
   A bounce a list archive hid the addresses of ("kim at example.org") */
static void test_auto_via_list (void) {
  static const char VIA[] =
    "From: \"Kim Example via team\" <team@lists.example.org>\n"
    "Reply-To: kim@example.com\nTo: team@lists.example.org\n"
    "Subject: Automatic reply: hello\nAuto-Submitted: auto-replied\n\n"
    "I am out of the office until Monday.\n";
  static const char HID[] =
    "From: Mail Delivery System <MAILER-DAEMON at mx.example.org>\n"
    "Subject: Undelivered Mail Returned to Sender\n\n"
    "This is the mail system at host mx.example.org.\n\n"
    "<kim at mail dot example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 "
    "User unknown (in reply to RCPT TO command)\n";
  static const char OWN[] =
    "From: Kim Example <kim@example.com>\nReply-To: desk@example.com\n"
    "Subject: Automatic reply: hello\nAuto-Submitted: auto-replied\n\n"
    "I am out of the office until Monday.\n";
  sb_mail m;
  if (CHECK(read_str(&m, VIA) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
    MSTR(m.recs[0].recipient, "kim@example.com");
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, OWN) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].recipient, "kim@example.com");
  smtpbounce_mail_free(&m);
  /* a list archive's copy, its addresses hidden: written back */
  if (CHECK(read_str(&m, HID) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].recipient, "kim@mail.example.org");
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "From: postmaster@example.org\nSubject: Undeliverable: hi\n\n"
                         "Your message couldn't be delivered.\n"
                         "Kim wasn't found at example.org.\n"), SB_OK);
  if (CHECK(m.nrecs == 1))  /* words in a sentence: no hidden address */
    CHECK(m.recs[0].recipient.p == NULL);
  smtpbounce_mail_free(&m);
}

/* a line or two that only says the mail came is an acknowledgement (an
   auto-reply); the same sentence in a longer reply is a person's */
static void test_ack_receipt (void) {
  sb_mail m;
  CHECK_INT(read_str(&m, "From: Kim <kim@example.com>\nSubject: Re: hello\n\n"
                         "OK. your email has been received.\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
  if (CHECK(m.nrecs == 1)) MSTR(m.recs[0].recipient, "kim@example.com");
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "From: Lee <lee@example.cn>\nSubject: Re: hello\n"
                         "Content-Type: text/plain; charset=UTF-8\n\n"
                         "\xe6\x82\xa8\xe5\xa5\xbd\xef\xbc\x8c\xe9\x82\xae\xe4\xbb\xb6"
                         "\xe5\xb7\xb2\xe6\x94\xb6\xe5\x88\xb0\xef\xbc\x8c"
                         "\xe8\xb0\xa2\xe8\xb0\xa2\xef\xbc\x81\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "From: Pat <pat@example.de>\nSubject: Re: hello\n\n"
                         "Ihre Nachricht ist bei uns eingegangen.\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "From: Kim <kim@example.com>\nSubject: Re: hello\n\n"
                         "Hi Lee, your email has been received and I looked at the\n"
                         "figures you sent: the second table does not add up, the\n"
                         "totals of March are off by two. Could you check them and\n"
                         "send the sheet again? Thanks, Kim\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_NONE);
  CHECK_INT(m.nrecs, 0);
  smtpbounce_mail_free(&m);
}

/* a person's list post that quotes the notice a mail to the list or
   the person it answers (its To) brought back: that To is the
   recipient, not the sender the notice went back to; an
   auto-reply pasted whole with its quote marks, no words of the
   sender's own around it */
static void test_quoted_in_posts (void) {
  sb_mail m;
  CHECK_INT(read_str(&m, "From: Lee <lee@example.org>\n"
                         "To: Kim <kim@example.com>, team@lists.example.org\n"
                         "List-Id: <team.lists.example.org>\n"
                         "Subject: RE: [PATCH] fix\n\n"
                         "> Hi all,\n> my patches were rejected:\n>\n"
                         "> Error Log:\n> team@lists.example.org\n"
                         "> mx.lists.example.org\n"
                         "> Remote Server returned '550 5.7.1 Message rejected as "
                         "spam'\n>\n> Did you see this before?\n"),
            SB_OK);
  if (CHECK(m.nrecs == 1)) MSTR(m.recs[0].recipient, "team@lists.example.org");
  smtpbounce_mail_free(&m);
  /* ... the quoted notice of a reply under the person's To */
  CHECK_INT(read_str(&m, "From: Lee <lee@example.org>\n"
                         "To: Kim <kim@example.com>\n"
                         "List-Id: <team.lists.example.org>\n"
                         "Subject: Re: [PATCH] fix\n\n"
                         "On Mon, 2 Mar 2026 Mail Delivery Subsystem\n"
                         "<mailer-daemon@mx.example.net> wrote:\n"
                         "> On Mon, 2 Mar 2026 Lee <lee@example.org> wrote:\n"
                         "> > Does anyone still use this driver?\n>\n"
                         "> Recipient inbox full\n>\n"
                         "> Your message couldn't be delivered to kim@example.com."
                         " Their inbox is full.\n\nThat too.\n"),
            SB_OK);
  if (CHECK(m.nrecs == 1)) MSTR(m.recs[0].recipient, "kim@example.com");
  /* what explains it is the quoted notice, not the thread around it */
  MSTR(m.explanation, "> Recipient inbox full > > Your message couldn't be "
       "delivered to kim@example.com. Their inbox is full.");
  smtpbounce_mail_free(&m);
  /* a reply read over quoted lines keeps none of their marks */
  CHECK_INT(read_str(&m, "From: Lee <lee@example.org>\nTo: Ann <ann@example.org>\n"
                         "Subject: Re: Undelivered Mail Returned to Sender\n\n"
                         "On Mon, 2 Mar 2026, MAILER-DAEMON wrote:\n"
                         "> I'm sorry to have to inform you that your message could not\n"
                         "> be delivered to one or more recipients.\n>\n"
                         "> <kim@example.com>: Host\n>     or domain name not found."
                         " Name service error for\n>     name=example.com type=A: "
                         "Host not found\n"), SB_OK);
  if (CHECK(m.nrecs == 1))
    MSTR(m.recs[0].reply, "Host or domain name not found. Name service error "
         "for name=example.com type=A: Host not found");
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "From: kim@example.com\nTo: lee@example.org\n"
                         "Subject: Re: hello\n\n> Hello,\n>\n"
                         "> I will be out of the office until Monday.\n>\n"
                         "> Kind regards,\n> Kim\n"), SB_OK);
  CHECK_INT(m.format, SB_MAIL_AUTOREPLY);
  smtpbounce_mail_free(&m);
  /* a reply with words of its own, quoting an out-of-office: a reply */
  CHECK_INT(read_str(&m, "From: lee@example.org\nTo: kim@example.com\n"
                         "Subject: Re: hello\n\nEnjoy your time off!\n\n"
                         "> I will be out of the office until Monday.\n"), SB_OK);
  CHECK(m.format != SB_MAIL_AUTOREPLY);
  smtpbounce_mail_free(&m);
}

/* a list manager's notice to its owner enclosing a bounce it could not
   read: the enclosed bounce's recipient, not the list the enclosed
   mail went to; an enclosed mail that is no bounce leaves the notice's
   own reading */
static void test_enclosed_bounce (void) {
  static const char HEAD[] =
    "From: LISTSERV@lists.example.org\nTo: team-request@lists.example.org\n"
    "Subject: Possible delivery error notice\nMIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\n"
    "Content-Type: text/plain\n\nThe enclosed message, found in the team "
    "mailbox, has been identified as a possible delivery error notice.\n\n--b\n"
    "Content-Type: message/rfc822\n\nFrom: postmaster@example.com\n"
    "To: team@lists.example.org\n";
  char buf[2048];
  sb_mail m;
  snprintf(buf, sizeof buf, "%s%s", HEAD,
           "Subject: Delivery Status Notification (Failure)\n\n"
           "Delivery to the following recipients failed.\n\n"
           "       kim@example.com\n\n--b--\n");
  if (CHECK(read_str(&m, buf) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].recipient, "kim@example.com");
  smtpbounce_mail_free(&m);
  snprintf(buf, sizeof buf, "%s%s", HEAD,
           "Subject: Minutes\n\nThe minutes of the meeting are below.\n\n--b--\n");
  if (CHECK(read_str(&m, buf) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].recipient, "team@lists.example.org");
  smtpbounce_mail_free(&m);
}

/* a notice copied from markdown, the underscores of the address escaped
   with backslashes: the address as it was; a backslash elsewhere stays */
static void test_markdown_escapes (void) {
  ONE_RCPT("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "Subject: Delivery Status Notification (Failure)\n\n"
           "> Address not found\n\n> Your message wasn't delivered to "
           "kim\\_lee\\_2@example.com because the address couldn't be "
           "found.\n",
           "kim_lee_2@example.com");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\n"
           "Subject: Undelivered Mail Returned to Sender\n\n"
           "C:\\_mail\\ was read.\n"
           "<pat_o@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 "
           "User unknown (in reply to RCPT TO command)\n",
           "pat_o@example.org");
}

/* a text pasted with its marks (HTML's escapes, a markdown link, an
   Outlook link after the address) read as it was before them */
static void test_pasted_marks (void) {
  static const char *const addr[] = {
    "&lt;pat@example.com&gt;", "<[pat@example.com](mailto:pat@example.com)>",
    "<pat@example.com<mailto:pat@example.com>>"
  };
  char buf[512];
  size_t i;
  for (i = 0; i < sizeof addr / sizeof addr[0]; i++) {
    snprintf(buf, sizeof buf, "From: Kim <kim@example.org>\nSubject: Message\n\n"
             "%s: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown "
             "(in reply to RCPT TO command)\n", addr[i]);
    ONE_RCPT(buf,
             "pat@example.com");
  }
  /* markdown's escapes of punctuation and a zero width space's reference
     (a page's source pasted): as the text was */
  ONE_RCPT("From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>\n"
           "Subject: Returned mail: see transcript for details\n\n"
           "   \\-\\-\\-\\-\\- The following addresses had permanent fatal errors "
           "\\-\\-\\-\\-\\-\n\\<pat\\-lee@&#8203;example\\.com>\n\n"
           "\\<\\<\\< 550 5\\.1\\.1 \\<pat\\-lee@&#8203;example\\.com>\\.\\.\\. "
           "User unknown\n",
           "pat-lee@example.com");
}

/* an address a list archive hid as "a at b.org" where an address is led
   in to (after "to" or another language's word for it, right after a
   CJK text, starting a line that goes on "(expanded from" or "; Failed"),
   and a sentence's "at" left as it is */
static void test_hidden_in_sentence (void) {
  sb_mail m;
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\n"
           "Subject: Undelivered Mail Returned to Sender\n\n"
           "Your message could not be delivered to kim at example.com.\n\n"
           "550 5.1.1 User unknown\n",
           "kim@example.com");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\n"
           "Subject: Undelivered Mail Returned to Sender\n\n"
           "pat.lee at example.com (expanded from\n    team at example.com): host "
           "mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n",
           "pat.lee@example.com");
  /* led in to in other languages, glued to a CJK text, a list's line */
  ONE_RCPT("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "Subject: Delivery Status Notification (Failure)\n\n"
           "Tu mensaje no se entreg\xc3\xb3 a ventas at example.cl porque no "
           "encontramos el dominio example.cl.\n", "ventas@example.cl");
  ONE_RCPT("From: postmaster@mail.example.cn\nSubject: \xe9\x80\x80\xe4\xbf\xa1\n\n"
           "\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91\xe9\x80\x81\xe5\x88\xb0"
           "admin at example.com\n550 No such user here\n", "admin@example.com");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\nSubject: Delivery Status Notification\n\n"
           "- These recipients of your message have been processed by the mail server:\n"
           "kim at example.org; Failed; 5.2.2 (mailbox full)\n", "kim@example.org");
  /* MARC's "kim () example ! org", a bracket glued ("kim(at)example.org"),
     a page's "&#64;": in the text and in delivery-status fields */
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
           "<kim.lee () mail ! example ! org>: host mx.example.org[192.0.2.1] said: 550 "
           "5.1.1 User unknown (in reply to RCPT TO command)\n", "kim.lee@mail.example.org");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
           "<kim(at)example(dot)org>: host mx.example.org[192.0.2.1] said: 550 "
           "5.1.1 User unknown (in reply to RCPT TO command)\n", "kim@example.org");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
           "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kim () example ! org\n"
           "Action: failed\nStatus: 5.1.1\n", "kim@example.org");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail Returned to Sender\n\n"
           "Reporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kim&#64;example.org\n"
           "Action: failed\nStatus: 5.1.1\n", "kim@example.org");
  /* an English article is no "to": "an admin at example.org" stays */
  CHECK_INT(read_str(&m, "From: postmaster@example.net\nSubject: Undeliverable: hi\n\n"
                         "Delivery has failed to these recipients or groups:\n\n"
                         "kim@example.com\nA custom mail flow rule created by an admin at "
                         "example.org has blocked your message.\n"), SB_OK);
  CHECK(m.nrecs == 1 && m.recs[0].reply.p != NULL
        && memchr(m.recs[0].reply.p, '@', m.recs[0].reply.n) == NULL);
  smtpbounce_mail_free(&m);
  CHECK_INT(read_str(&m, "From: MAILER-DAEMON@mx.example.net\n"
                         "Subject: Undelivered Mail Returned to Sender\n\n"
                         "kim wasn't found at example.com.\n\nStatus code: 550 5.1.10\n"), SB_OK);
  CHECK(m.nrecs == 0 || m.recs[0].recipient.n != 17
        || memcmp(m.recs[0].recipient.p, "found@example.com", 17) != 0);
  smtpbounce_mail_free(&m);
}

/* a notice hard wrapped at 60 by who passed it on (a phrase cut over two
   lines) read with its paragraphs' lines joined when it named no one */
static void test_unwrapped (void) {
  ONE_RCPT("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "Subject: Delivery Status Notification (Failure)\n\n"
           "We're writing to let you know that the group you tried to\n"
           "contact (team) may not exist, or you may not have permission\n"
           "to post messages to the group.\n\nThanks,\n\nexample.org admins\n",
           "team@example.org");
}

/* a Postfix notice run into one line: its sentences and the recipient's
   "<a@b>: host" lines broken again when it named no one */
static void test_unflattened (void) {
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\n"
           "Subject: Undelivered Mail Returned to Sender\n\n"
           "This is the mail system at host mx.example.net. I'm sorry to have to inform "
           "you that your message could not be delivered to one or more recipients. "
           "You can delete your own text from the attached returned message. The mail "
           "system <pat@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
           "User unknown (in reply to RCPT TO command)\n",
           "pat@example.com");
  /* a short notice run into one line (shorter than SB_MAIL_FLAT, longer
     than any hard wrap), a text of one line */
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\n"
           "Subject: Undelivered Mail Returned to Sender\n\n"
           "Could not deliver message to the following recipient(s): Failed "
           "Recipient: pat@example.com Reason: The mailbox is full\n",
           "pat@example.com");
}

/* a delivery status pasted as text and hard wrapped: the Diagnostic-Code
   cut goes on over the lines that lost their fold's blank, to the blank
   line; not over a blank line, nor in a text not wrapped */
static void test_diag_lost_fold (void) {
  static const char head[] =
      "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n\n";
  static const char wrapped[] =
      "Reporting-MTA: dns; mx.example.net\n\n"
      "Final-Recipient: rfc822; kim@example.org\nAction: failed\n"
      "Status: 4.3.0\nDiagnostic-Code: smtp; 451 4.3.0 <ann@example.com>...\n"
      "First-time sender tempfailed as anti-spam measure; please\n"
      "try again\n\nLast-Attempt-Date: Thu, 4 Mar 2021 19:19:01 +0000\n";
  static const char blank[] =
      "Reporting-MTA: dns; mx.example.net\n\n"
      "Final-Recipient: rfc822; kim@example.org\nAction: failed\n"
      "Status: 4.3.0\nDiagnostic-Code: smtp; 451 4.3.0 <ann@example.com>...\n"
      "\nFirst-time sender tempfailed as anti-spam measure; please\n"
      "try again\n";
  char buf[1024];
  sb_mail m;
  snprintf(buf, sizeof buf, "%s%s", head, wrapped);
  CHECK(read_str(&m, buf) == SB_OK);
  CHECK_INT(m.nrecs, 1);
  if (m.nrecs == 1)
    MSTR(m.recs[0].reply, "451 4.3.0 <ann@example.com>... First-time sender "
         "tempfailed as anti-spam measure; please try again");
  smtpbounce_mail_free(&m);
  snprintf(buf, sizeof buf, "%s%s", head, blank);
  CHECK(read_str(&m, buf) == SB_OK);
  CHECK_INT(m.nrecs, 1);
  if (m.nrecs == 1) MSTR(m.recs[0].reply, "451 4.3.0 <ann@example.com>...");
  smtpbounce_mail_free(&m);
  /* ... or to a field */
  snprintf(buf, sizeof buf, "%s%s", head, "Reporting-MTA: dns; mx.example.net\n\n"
           "Final-Recipient: rfc822;kim@example.org\nAction: failed\n"
           "Status: 5.4.310\nDiagnostic-Code: smtp;550 5.4.310 DNS domain "
           "example.org does\nnot exist [Message=InfoDomainNonexistent]\n"
           "[LastAttemptedServerName=example.org]\nX-Display-Name: kim@example.org\n");
  CHECK(read_str(&m, buf) == SB_OK);
  CHECK_INT(m.nrecs, 1);
  if (m.nrecs == 1)
    MSTR(m.recs[0].reply, "550 5.4.310 DNS domain example.org does not exist "
         "[Message=InfoDomainNonexistent] [LastAttemptedServerName=example.org]");
  smtpbounce_mail_free(&m);
}

/* a pasted Diagnostic-Code a hard wrap cut before a colon: the line
   below, read as a field named by an address or a word in lower case,
   is the rest of its value; a field of a delivery status is not */
static void test_diag_cut_name (void) {
  static const char head[] =
      "From: MAILER-DAEMON@mx.example.net\nSubject: Undelivered Mail\n\n"
      "Reporting-MTA: dns; mx.example.net\nX-Postfix-Sender: rfc822; "
      "Arrival-Date: Fri, 2 Jan 2015\n07:15:58 -0500 (EST)\n"
      "Final-Recipient: rfc822; kim@example.org\nAction: failed\n";
  char buf[1024];
  sb_mail m;
  snprintf(buf, sizeof buf, "%s%s", head, "Status: 5.7.1\nDiagnostic-Code: "
           "smtp; 550 5.7.1\n<kim.beispiel@mail.example.org>: Relay access denied.\n");
  CHECK(read_str(&m, buf) == SB_OK);
  CHECK_INT(m.nrecs, 1);
  if (m.nrecs == 1)
    MSTR(m.recs[0].reply, "550 5.7.1 <kim.beispiel@mail.example.org>: Relay "
         "access denied.");
  smtpbounce_mail_free(&m);
  snprintf(buf, sizeof buf, "%s%s", head, "Status: 5.7.1\nDiagnostic-Code: "
           "smtp; 550 5.7.1 Requested action not\ntaken: relaying denied\n"
           "Last-Attempt-Date: Fri, 2 Jan 2015 07:15:58 -0500\n");
  CHECK(read_str(&m, buf) == SB_OK);
  CHECK_INT(m.nrecs, 1);
  if (m.nrecs == 1)
    MSTR(m.recs[0].reply, "550 5.7.1 Requested action not taken: relaying denied");
  smtpbounce_mail_free(&m);
  snprintf(buf, sizeof buf, "%s%s", head, "Diagnostic-Code: smtp; 550 5.7.1 "
           "Requested action not taken\nstatus: 5.7.1\n");
  CHECK(read_str(&m, buf) == SB_OK);
  CHECK_INT(m.nrecs, 1);
  if (m.nrecs == 1) {
    MSTR(m.recs[0].reply, "550 5.7.1 Requested action not taken");
    MSTR(m.recs[0].status, "5.7.1");
  }
  smtpbounce_mail_free(&m);
}

/* a host's own name with no dot is a domain only where the address
   stands alone on its line, as a notice lists a recipient */
static void test_dotless (void) {
  ONE_RCPT("From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n"
           "Subject: Delivery Status Notification (Failure)\n\n"
           "Delivery to the following recipient failed permanently:\n\n"
           "     root@ubuntu\n\n"
           "Technical details of permanent failure:\n"
           "DNS Error: Domain name not found\n",
           "root@ubuntu");
  ONE_RCPT("From: MAILER-DAEMON@mx.example.net\n"
           "Subject: Undelivered Mail Returned to Sender\n\n"
           "Ask admin@intranet or root@ubuntu for help.\n\n"
           "<pat@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 "
           "User unknown (in reply to RCPT TO command)\n",
           "pat@example.com");
}

/* a delivery status whose record has no reply, its text a daemon's
   notice that names no one: the text is read for the record's reply
   (its recipient the report's), and no record naming no one is made
   (a fuzz find: the scan handed such a hit to the report's reading) */
static void test_nameless_under_report (void) {
  static const char msg[] =
      "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n"
      "MIME-Version: 1.0\nContent-Type: multipart/report; "
      "report-type=delivery-status; boundary=\"b\"\n\n--b\n"
      "Content-Type: text/plain\n\nYour message could not be delivered.\n"
      "Remote host said: 550 MAILBOX NOT FOUND\n--b\n"
      "Content-Type: message/delivery-status\n\nReporting-MTA: dns; "
      "mx.example.org\n\nFinal-Recipient: rfc822; kim@example.net\n"
      "Action: failed\nStatus: 5.0.0\n--b--\n";
  sb_mail m;
  if (CHECK(read_str(&m, msg) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK_INT(m.format, SB_MAIL_RFC3464);
    MSTR(m.recs[0].recipient, "kim@example.net");
  }
  smtpbounce_mail_free(&m);
}

/* Exim's per-recipient fields pasted as text, Action above each
   Final-Recipient: each Action is its own recipient's */
static void test_action_first (void) {
  static const char msg[] =
      "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\n"
      "Subject: Mail delivery failed: returning message to sender\n\n"
      "A message that you sent could not be delivered.\n\n"
      "Reporting-MTA: dns; mx.example.org\n\nAction: failed\n"
      "Final-Recipient: rfc822;ann@example.net\nStatus: 5.0.0\n\n"
      "Action: delayed\nFinal-Recipient: rfc822;bo@example.net\n"
      "Status: 4.0.0\n\nAction: failed\n"
      "Final-Recipient: rfc822;cy@example.net\nStatus: 5.0.0\n";
  sb_mail m;
  if (CHECK(read_str(&m, msg) == SB_OK) && CHECK(m.nrecs == 3)) {
    MSTR(m.recs[0].recipient, "ann@example.net");
    MSTR(m.recs[0].action, "failed");
    MSTR(m.recs[1].action, "delayed");
    MSTR(m.recs[2].recipient, "cy@example.net");
    MSTR(m.recs[2].action, "failed");
  }
  smtpbounce_mail_free(&m);
}

/* a person's mail in HTML alone, the delivery-status fields of a bounce
   pasted into it: its text is the mail's first, the fields read as in
   a plain text (they had been read as prose, the status the reply's) */
static void test_html_alone_pasted_status (void) {
  static const char msg[] =
      "From: Kim <kim@example.org>\nSubject: Fwd: Mail delivery failed\n"
      "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n"
      "<p>This came back.</p>\n<p>Reporting-MTA: dns; mx.example.org</p>\n"
      "<p>Action: failed<br>\nFinal-Recipient: rfc822;ann@example.net<br>\n"
      "Status: 5.0.0<br>\nDiagnostic-Code: smtp; 550-5.7.1 blocked as "
      "unsolicited<br>\n 550 5.7.1 see the help page</p>\n";
  sb_mail m;
  if (CHECK(read_str(&m, msg) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK_INT(m.format, SB_MAIL_RFC3464);
    MSTR(m.recs[0].recipient, "ann@example.net");
    MSTR(m.recs[0].status, "5.0.0");
  }
  smtpbounce_mail_free(&m);
}

/* a mailer daemon's own notices marked Auto-Submitted alone: a warning
   to a local user of a full mailbox is no bounce and no auto-reply; a
   notice of a message without recipients ("Mail failure") one record
   naming no one; a notice quoting a pipe's output, whose lines assign
   addresses ("RECIPIENT=a@b"), the address the pipe was generated by */
static void test_daemon_notices (void) {
  static const char WARN[] =
      "From: Mail Delivery System <Mailer-Daemon@host.example.org>\n"
      "To: kim@host.example.org\nAuto-Submitted: auto-replied\n"
      "Subject: Your mailbox\n\n"
      "The size of your mailbox is over the limit the administrator set.\n";
  static const char NORCPT[] =
      "From: Mail Delivery System <Mailer-Daemon@host.example.org>\n"
      "To: kim@host.example.org\nAuto-Submitted: auto-replied\n"
      "Subject: Mail failure - no recipient addresses\n\n"
      "The message you sent had no recipient addresses; nothing was sent.\n\n"
      "------ This is a copy of your message, including all the headers. ------\n\n"
      "From: kim@host.example.org\nSubject: hello\n\nhi\n";
  static const char PIPE[] =
      "From: Mail Delivery System <Mailer-Daemon@host.example.org>\n"
      "To: kim@host.example.org\n"
      "Subject: Mail delivery failed: returning message to sender\n\n"
      "A message that you sent could not be delivered to one or more of its\n"
      "recipients. This is a permanent error. The following address(es) failed:\n\n"
      "  pipe to |/usr/local/bin/store\n    generated by lee@example.org\n\n"
      "The following text was generated during the delivery attempt:\n\n"
      "------ pipe to |/usr/local/bin/store\n"
      "       generated by lee@example.org ------\n\n"
      "store: cannot open spool, environment follows\n"
      "RECIPIENT=lee@example.org\nSENDER=kim@host.example.org\n";
  sb_mail m;
  if (CHECK(read_str(&m, WARN) == SB_OK)) {
    CHECK_INT((int)m.nrecs, 0);
    CHECK(m.why != NULL && strstr(m.why, "auto-reply") == NULL);
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, NORCPT) == SB_OK) && CHECK(m.nrecs == 1)) {
    CHECK(m.recs[0].recipient.p == NULL);
    MSTR(m.recs[0].action, "failed");
  }
  smtpbounce_mail_free(&m);
  if (CHECK(read_str(&m, PIPE) == SB_OK) && CHECK(m.nrecs == 1))
    MSTR(m.recs[0].recipient, "lee@example.org");
  smtpbounce_mail_free(&m);
}

int main (void) {
  test_daemon_notices();
  test_nameless_under_report();
  test_html_alone_pasted_status();
  test_action_first();
  test_dotless();
  test_html_cells();
  test_html_cuts();
  test_headers();
  test_lost_fold();
  test_html_breaks();
  test_pasted();
  test_words();
  test_params();
  test_encodings();
  test_charsets();
  test_convs();
  test_sbcs_tables();
  test_ucs4_path();
  test_dsn();
  test_formats();
  test_global();
  test_cuts();
  test_caps();
  test_empty();
  test_failed_header();
  test_attached_to();
  test_explanation();
  test_marks();
  test_forward_first_line();
  test_refusal_cut();
  test_forwarded();
  test_masked_pasted();
  test_auto_via_list();
  test_ack_receipt();
  test_quoted_in_posts();
  test_enclosed_bounce();
  test_markdown_escapes();
  test_pasted_marks();
  test_hidden_in_sentence();
  test_unwrapped();
  test_unflattened();
  test_diag_lost_fold();
  test_diag_cut_name();
  return check_summary("test_mail");
}
