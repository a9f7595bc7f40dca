/*
** test_prose.c -- the prose-bounce reader (sb_prose.c): the phase a
** diagnostic names; every mail of spec/fixtures/mail/prose against its
** labels (labels.lua, read here line by line: one recipient a line); bad
** input (empty, no newline, megabytes of one line, binary, lone "<",
** cut markers, more recipients than are held at once).
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

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
  CHECK_INT(PHASE("blocked (in reply to MAIL FROM\n    command)"),
            SB_PHASE_MAIL);
  CHECK_INT(PHASE("(in reply\r\n    to end of DATA command)"), SB_PHASE_EOD);
  CHECK_INT(PHASE("in reply toRCPT TO command"), SB_PHASE_UNKNOWN);
  CHECK_INT(PHASE("1.2.3.4 does not like recipient."), SB_PHASE_RCPT);
  CHECK_INT(PHASE("after database lookup"), SB_PHASE_UNKNOWN);
  CHECK_INT(PHASE("550 5.1.1 user unknown"), SB_PHASE_UNKNOWN);
  CHECK_INT(PHASE(""), SB_PHASE_UNKNOWN);
  CHECK_INT(sb_mail_phase(NULL, 5), SB_PHASE_UNKNOWN);
}

/* {======================================================================
** Fixtures
** ======================================================================= */

#define FIXDIR "spec/fixtures/mail/prose/"
#define MAXHIT 16

typedef struct Got {
  int n;
  sb_prose_hit h[MAXHIT];
} Got;

static int collect (void *ud, const sb_prose_hit *h) {
  Got *g = (Got *)ud;
  if (g->n < MAXHIT) g->h[g->n] = *h;
  g->n++;
  return 0;
}

static char *read_file (const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  char *buf;
  long n;
  if (f == NULL) return NULL;
  fseek(f, 0, SEEK_END);
  n = ftell(f);
  fseek(f, 0, SEEK_SET);
  buf = (char *)malloc((size_t)n + 1);
  if (buf == NULL || fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    fclose(f);
    return NULL;
  }
  buf[n] = '\0';
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/* the Lua string value of 'key = "..."' in line, unescaped into out */
static int lua_field (const char *line, const char *key, char *out,
                      size_t max) {
  char pat[64];
  const char *p;
  size_t n = 0;
  snprintf(pat, sizeof pat, "%s = \"", key);
  p = strstr(line, pat);
  while (p != NULL && p != line && p[-1] != ' ' && p[-1] != '{')
    p = strstr(p + 1, pat);
  if (p == NULL) return 0;
  for (p += strlen(pat); *p && *p != '"' && n + 1 < max; p++) {
    if (*p == '\\' && p[1]) {
      p++;
      out[n++] = *p == 'n' ? '\n' : *p;
    } else out[n++] = *p;
  }
  out[n] = '\0';
  return 1;
}

/* s with runs of blanks and line ends folded to one space, trimmed, and
   a transcript's "<<< " after a line end dropped (sb_prose.h) */
static size_t fold (const char *s, size_t n, char *out) {
  size_t i, k = 0;
  int sp = 0;
  for (i = 0; i < n; i++) {
    char c = s[i];
    if (c == '\n' && i + 4 < n && memcmp(s + i + 1, "<<< ", 4) == 0) i += 4;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { sp = k > 0; continue; }
    if (sp) out[k++] = ' ';
    sp = 0;
    out[k++] = c;
  }
  return k;
}

/* a header's value in the head of the mail (unfolded lines not needed) */
static const char *header (const char *m, size_t hlen, const char *name,
                           size_t *vlen) {
  size_t nl = strlen(name), i = 0;
  while (i < hlen) {
    size_t e = i;
    while (e < hlen && m[e] != '\n') e++;
    if (e - i > nl && strncmp(m + i, name, nl) == 0) {
      i += nl;
      while (i < e && m[i] == ' ') i++;
      *vlen = e - i;
      return m + i;
    }
    i = e + 1;
  }
  *vlen = 0;
  return NULL;
}

static const char *const phase_names[] = {
  "unknown", "connect", "helo", "mail", "rcpt", "data", "eod"
};

/* labelled statuses compared with a hit's own: a hit without one (the
   status is in the DSN part, not the prose) is not compared, so
   test_fixtures checks that most of them were */
static int status_compared = 0;

static void check_recipient (const char *name, const char *line,
                             const sb_prose_hit *h) {
  char want[2048], folded[4096];
  size_t fl;
  int before = check_nfail;
  if (lua_field(line, "recipient", want, sizeof want))
    CHECK_STR(h->recipient, h->recipient_len, want);
  if (lua_field(line, "dsn_action", want, sizeof want))
    CHECK_INT(h->temporary == 1, strcmp(want, "delayed") == 0);
  if (lua_field(line, "reply", want, sizeof want)) {
    fl = h->diag == NULL || h->diag_len > sizeof folded ? 0
       : fold(h->diag, h->diag_len, folded);
    CHECK_STR(folded, fl, want);
  }
  if (lua_field(line, "remote_mta", want, sizeof want))
    CHECK_STR(h->remote_mta == NULL ? "" : h->remote_mta,
              h->remote_mta_len, want);
  if (lua_field(line, "phase", want, sizeof want))
    CHECK_STR(phase_names[h->phase], strlen(phase_names[h->phase]), want);
  if (lua_field(line, "status", want, sizeof want) && h->status != NULL) {
    CHECK_STR(h->status, h->status_len, want);
    status_compared++;
  }
  if (check_nfail != before) printf("    in %s\n", name);
}

/* one fixture: its family and recipients against the label lines */
static void check_mail (const char *name, const char *format,
                        char lines[][2048], int nlines) {
  char path[512];
  size_t len, hlen, sl, fl;
  char *m, *body;
  const char *fam, *subj, *from;
  Got g;
  int i;
  snprintf(path, sizeof path, FIXDIR "%s", name);
  m = read_file(path, &len);
  if (!CHECK(m != NULL)) { printf("    %s\n", path); return; }
  body = strstr(m, "\n\n");
  hlen = body == NULL ? len : (size_t)(body - m) + 1;
  body = body == NULL ? m + len : body + 2;
  subj = header(m, hlen, "Subject:", &sl);
  from = header(m, hlen, "From:", &fl);
  memset(&g, 0, sizeof g);
  fam = sb_prose_scan(body, len - (size_t)(body - m), subj, sl, from, fl,
                      collect, &g);
  if (strcmp(format, "notbounce") == 0) CHECK_INT(g.n, 0);
  else {
    int before = check_nfail;
    CHECK_STR(fam == NULL ? "(none)" : fam, fam == NULL ? 6 : strlen(fam),
              format);
    CHECK_INT(g.n, nlines);
    if (check_nfail != before) printf("    in %s\n", name);
    for (i = 0; i < nlines && i < g.n && i < MAXHIT; i++)
      check_recipient(name, lines[i], &g.h[i]);
  }
  free(m);
}

static void test_fixtures (void) {
  static char lines[MAXHIT][2048];
  FILE *f = fopen(FIXDIR "labels.lua", "r");
  char line[8192], name[256] = "", format[64] = "";
  int n = 0, mails = 0;
  if (!CHECK(f != NULL)) return;
  while (fgets(line, sizeof line, f) != NULL) {
    const char *p = strstr(line, "[\"");
    if (strncmp(line, "  [\"", 4) == 0 && p != NULL) {
      if (name[0]) { check_mail(name, format, lines, n); mails++; }
      sscanf(p + 2, "%255[^\"]", name);
      n = 0;
      format[0] = '\0';
    } else if (strstr(line, "    format = ") == line)
      lua_field(line, "format", format, sizeof format);
    else if (strstr(line, "{ recipient = ") != NULL && n < MAXHIT)
      strcpy(lines[n++], line);
  }
  if (name[0]) { check_mail(name, format, lines, n); mails++; }
  fclose(f);
  CHECK(mails >= 40);
  CHECK(status_compared >= 40);   /* 41 of the 48 labelled statuses */
}

/* }====================================================================== */


/* {======================================================================
** Bad input
** ======================================================================= */

typedef struct Bounds {
  const char *text;   /* the text scanned */
  size_t len;
  const char *from;   /* the From given */
  size_t from_len;
  int n;              /* hits seen */
  int bad;            /* hits with a span outside the text */
  int stop_after;     /* return nonzero at this hit (0: never) */
} Bounds;

static int in_text (const Bounds *b, const char *p, size_t n) {
  if (p == NULL) return n == 0;
  return p >= b->text && n <= b->len && (size_t)(p - b->text) <= b->len - n;
}

static int bounds_cb (void *ud, const sb_prose_hit *h) {
  Bounds *b = (Bounds *)ud;
  b->n++;
  if (!in_text(b, h->recipient, h->recipient_len)
      || (h->recipient != NULL && h->recipient_len == 0)
      || !in_text(b, h->diag, h->diag_len)
      || !in_text(b, h->remote_mta, h->remote_mta_len)
      || !in_text(b, h->status, h->status_len)
      || h->phase < SB_PHASE_UNKNOWN || h->phase >= SB_PHASE_MAX
      || h->temporary < -1 || h->temporary > 1) b->bad++;
  return b->stop_after != 0 && b->n >= b->stop_after;
}

static const char *scan (Bounds *b, const char *s, size_t n) {
  memset(b, 0, sizeof *b);
  b->text = s;
  b->len = n;
  return sb_prose_scan(s, n, "failure notice", 14, NULL, 0, bounds_cb, b);
}

static const char QMAIL[] =
  "Hi. This is the qmail-send program at mx.example.org.\n"
  "I'm afraid I wasn't able to deliver your message to the following "
  "addresses.\n\n";

static void test_small (void) {
  Bounds b;
  const char *f;
  CHECK(sb_prose_scan(NULL, 10, NULL, 0, NULL, 0, bounds_cb, &b) == NULL);
  CHECK(sb_prose_scan("", 0, NULL, 0, NULL, 0, bounds_cb, &b) == NULL);
  CHECK(sb_prose_scan("hello\n", 6, "Lunch?", 6, "a@b.example", 11,
                      bounds_cb, &b) == NULL);
  f = scan(&b, QMAIL, sizeof QMAIL - 1);
  CHECK_STR(f, strlen(f), "qmail");
  CHECK_INT(b.n, 0);
  f = scan(&b, "<", 1);
  CHECK_INT(b.n, 0);
  f = scan(&b, "<\n<\n<>\n<@>:\n<a@>:\n<@b.c>:\n", 24);
  CHECK_INT(b.n, 0);
  /* no newline at the end; a callback of NULL */
  {
    static const char one[] = "Hi. This is the qmail-send program at x.\n"
      "I'm afraid I wasn't able to deliver your message.\n<a@b.example>:\n"
      "Remote host said: 550 5.1.1 no";
    f = scan(&b, one, sizeof one - 1);
    CHECK_INT(b.n, 1);
    CHECK_INT(b.bad, 0);
    CHECK(sb_prose_scan(one, sizeof one - 1, NULL, 0, NULL, 0, NULL, NULL)
          != NULL);
  }
}

/* the bounce's own address and a mailer daemon are no recipients; a
   callback returning nonzero stops the scan */
static void test_exclude_stop (void) {
  static const char t[] =
    "Hi. This is the qmail-send program at x.\n"
    "I'm afraid I wasn't able to deliver your message to the following "
    "addresses.\n\n<me@example.org>:\nSorry. (#5.1.1)\n\n"
    "<MAILER-DAEMON@example.org>:\nSorry. (#5.1.1)\n\n"
    "<a@example.net>:\nSorry. (#5.1.1)\n\n<b@example.net>:\nSorry. (#5.1.1)\n";
  Bounds b;
  memset(&b, 0, sizeof b);
  b.text = t;
  b.len = sizeof t - 1;
  sb_prose_scan(t, sizeof t - 1, NULL, 0, "Me <me@example.org>", 19,
                bounds_cb, &b);
  CHECK_INT(b.n, 2);
  memset(&b, 0, sizeof b);
  b.text = t;
  b.len = sizeof t - 1;
  b.stop_after = 1;
  sb_prose_scan(t, sizeof t - 1, NULL, 0, "Me <me@example.org>", 19,
                bounds_cb, &b);
  CHECK_INT(b.n, 1);
}

/* no list marker: an address line takes a reply only a few lines on */
static void test_generic (void) {
  static const char near[] = "Delivery failed.\n\nbob@example.net\n"
    "550 5.1.1 no such user\n";
  static const char far[] = "bob@example.net wrote:\n1\n2\n3\n4\n5\n6\n7\n"
    "550 5.1.1 no such user\n";
  Bounds b;
  const char *f = scan(&b, near, sizeof near - 1);
  CHECK_STR(f, strlen(f), "generic");
  CHECK_INT(b.n, 1);
  scan(&b, far, sizeof far - 1);
  CHECK_INT(b.n, 0);
  {
    static const char pm[] = "Delivery failed.\nContact:\n"
      "postmaster@example.net\n550 5.1.1 no such user\n";
    scan(&b, pm, sizeof pm - 1);
    CHECK_INT(b.n, 0);
  }
}

/* the generic reading pairs an address anywhere in a line with a
   failing reply or a failure phrase on its line or a few lines below;
   senders, addresses to write to, headers and 2xx replies are not
   recipients */
typedef struct One {
  int n;
  int temporary;      /* the first hit's */
  char rcpt[64];
  char diag[128];
  char host[64];      /* the first hit's remote_mta, or "" */
} One;

static int one_cb (void *ud, const sb_prose_hit *h) {
  One *o = (One *)ud;
  size_t rl = h->recipient_len < 63 ? h->recipient_len : 63;
  size_t dl = h->diag == NULL ? 0 : h->diag_len < 127 ? h->diag_len : 127;
  if (o->n++ == 0) {
    size_t hl = h->remote_mta == NULL ? 0
              : h->remote_mta_len < 63 ? h->remote_mta_len : 63;
    if (h->recipient != NULL) {
      memcpy(o->rcpt, h->recipient, rl);
      o->rcpt[rl] = '\0';
    } else {
      strcpy(o->rcpt, "(none)");  /* a notice naming no one */
    }
    if (hl > 0) memcpy(o->host, h->remote_mta, hl);
    o->host[hl] = '\0';
    o->temporary = h->temporary;
    if (dl > 0) memcpy(o->diag, h->diag, dl);
    o->diag[dl] = '\0';
  }
  return 0;
}

/* the count of hits, and the first one's recipient and diagnostic */
#define CHECK_ONE(o, count, rcpt_, diag_) do { \
    CHECK_INT((o).n, count); \
    CHECK_STR((o).rcpt, strlen((o).rcpt), rcpt_); \
    CHECK_STR((o).diag, strlen((o).diag), diag_); \
  } while (0)

/* the count of hits, and the first one's diagnostic */
#define CHECK_DIAG(o, count, diag_) do { \
    CHECK_INT((o).n, count); \
    CHECK_STR((o).diag, strlen((o).diag), diag_); \
  } while (0)

static const char *scan_one (One *o, const char *t, const char *subj,
                             const char *from) {
  memset(o, 0, sizeof *o);
  return sb_prose_scan(t, strlen(t), subj, subj ? strlen(subj) : 0,
                       from, from ? strlen(from) : 0, one_cb, o);
}

static void test_generic_more (void) {
  One o;
  const char *f;
  /* mid-line address, the phrase two lines below */
  f = scan_one(&o, "I could not deliver your mail to:kim@example.org\n\n"
               "This mailbox does not exist here.\n", "Mail failure",
               "postmaster@example.org");
  CHECK_STR(f, strlen(f), "generic");
  CHECK_ONE(o, 1, "kim@example.org", "This mailbox does not exist here.");
  /* the reply before the address on its line */
  scan_one(&o, "Sorry.\n550 5.1.1 <lee@example.org>: Recipient address "
           "rejected\n", "Undeliverable: hi", NULL);
  CHECK_ONE(o, 1, "lee@example.org",
            "550 5.1.1 <lee@example.org>: Recipient address rejected");
  /* a 2xx reply is no failure; a sender and a header are no recipients */
  scan_one(&o, "Delivered.\nmax@example.org\n250 2.0.0 Ok\n",
           "Delivery report", NULL);
  CHECK_INT(o.n, 0);
  scan_one(&o, "Your message from amy@example.org was rejected.\n"
           "To: ann@example.org\nuser unknown\n", "Returned mail", NULL);
  CHECK_INT(o.n, 0);
  scan_one(&o, "Please write to help@example.org: user unknown\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 0);
  /* a person's reply about a bounce is no bounce */
  CHECK(scan_one(&o, "My mail to alice@example.org came back: user "
                 "unknown.  Any idea?\n", "Re: Undeliverable: lunch",
                 "bob@example.org") == NULL);
  CHECK_INT(o.n, 0);
  /* no bounce header, no marker: not a bounce, whatever the text says */
  CHECK(scan_one(&o, "bob@example.org\n550 5.1.1 user unknown\n",
                 "Lunch", "amy@example.org") == NULL);
  CHECK_INT(o.n, 0);
  /* a list that names no one: the generic reading still runs */
  scan_one(&o, "Delivery to the following recipients failed.\n\n"
           "  Recipient <ed@example.org> is unknown: 550 no such user\n",
           NULL, "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "ed@example.org");
  /* a reason in parentheses after a listed address; a Reason: line
     under an inline Recipient: (example texts) */
  scan_one(&o, "The message that you sent was undeliverable to the "
           "following:\n\tmo@example.com (User not on post office)\n",
           "Undeliverable mail", NULL);
  CHECK_DIAG(o, 1, "User not on post office");
  scan_one(&o, "Each of the following recipients was rejected by a remote "
           "mail server.\n\n    Recipient: <jo@example.com>\n"
           "    Reason:    <jo@example.com>... User unknown\n",
           "Mail System Error - Returned Mail", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "jo@example.com");
  /* the last resort: the one address of the returned message's To */
  scan_one(&o, "The message that you sent was undeliverable to the "
           "following:\n\tmbathal (User not on post office)\n\n"
           "----- Original message follows -----\n\n"
           "Return-Path: <amy@example.org>\nTo: mbathal@example.com\n"
           "Subject: hi\n\nbody to: x@example.net\n", "Undeliverable mail",
           NULL);
  CHECK_ONE(o, 1, "mbathal@example.com", "mbathal (User not on post office)");
  scan_one(&o, "The message that you sent was undeliverable to the "
           "following:\n\tmbathal (User not on post office)\n\n"
           "----- Original message follows -----\n\n"
           "To: a@example.com,\n b@example.com\n\nbody\n",
           "Undeliverable mail", NULL);
  /* the returned To names two others: the user id the list names */
  CHECK_ONE(o, 1, "mbathal", "User not on post office");
}

/* addresses set against words or marks: a copied Gmail text runs the
   next word into the address ("...govbecause"), a CJK label puts a
   full-width colon before it and an ideographic full stop after it;
   failure phrases of Gmail's Spanish and Portuguese texts, a filter's
   "was Quarantined" (example texts in the layouts of bounce handlers'
   tests and parsers' comments) */
static void test_set_against (void) {
  One o;
  scan_one(&o, "Address not found\nYour message wasn't delivered to "
           "kim@example.govbecause the address couldn't be found.\n",
           "Delivery Status Notification (Failure)",
           "mailer-daemon@googlemail.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.gov");
  scan_one(&o, "kim@example.orgbecause\n", "Returned mail", NULL);
  CHECK_INT(o.n, 0);  /* no failure named: nothing */
}

static void test_set_langs (void) {
  One o;
  /* failure phrases and "Recipient:" / "Reason:" labels of more
     languages (Korean, Spanish, French, Czech, Japanese, Hindi; German,
     Croatian, Bulgarian, Chinese) */
  {
    static const char *const body[] = {
      "\xec\x88\x98\xec\x8b\xa0\xec\x9e\x90 <kim@example.kr> \xec\x97\x90"
      "\xea\xb2\x8c \xec\xa0\x84\xeb\x8b\xac\xed\x95\x98\xec\xa7\x80 "
      "\xeb\xaa\xbb\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.\n",
      "No se ha podido entregar su mensaje a kim@example.es.\n",
      "Remise impossible au destinataire kim@example.fr.\n",
      "Zpr\xc3\xa1va nemohla b\xc3\xbdt doru\xc4\x8d\x65na kim@example.cz.\n",
      "kim@example.jp \xe3\x81\xb8\xe3\x81\xae\xe3\x83\xa1\xe3\x83\xbc"
      "\xe3\x83\xab\xe3\x81\xaf\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81\x95"
      "\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7"
      "\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\n",
      "Empf\xc3\xa4nger: kim@example.de\nGrund: Postfach voll\n",
      "Primatelj: kim@example.hr\nRazlog: korisnik ne postoji\n",
      "\xd0\x9f\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5"
      "\xd0\xbb: kim@example.bg\n",
      "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9akim@example.cn\n"
      "\xe5\x8e\x9f\xe5\x9b\xa0\xef\xbc\x9a\xe4\xbf\xa1\xe7\xae\xb1"
      "\xe5\xb7\xb2\xe6\xbb\xa1\n"
    };
    size_t k;
    for (k = 0; k < sizeof body / sizeof body[0]; k++) {
      scan_one(&o, body[k], "Undelivered Mail", "MAILER-DAEMON@example.org");
      CHECK_INT(o.n, 1);
      CHECK(o.rcpt != NULL && strncmp(o.rcpt, "kim@example.", 12) == 0);
    }
  }
}

static void test_set_marks (void) {
  One o;
  /* marks around an address: emphasis and table bars of pasted text,
     parentheses, curly quotes and CJK brackets on a list heading's line */
  {
    static const char *const body[] = {
      "Your message could not be delivered to *kim@example.com*.\n",
      "Your message could not be delivered to **kim@example.com**.\n",
      "Your message could not be delivered to _kim@example.com_.\n",
      "Your message could not be delivered to {kim@example.com}.\n",
      "Delivery to the following recipient failed permanently: "
      "(kim@example.com)\n",
      "Delivery to the following recipient failed permanently: "
      "\xe2\x80\x9ckim@example.com\xe2\x80\x9d\n",
      "Delivery to the following recipient failed permanently: "
      "\xe3\x80\x8ckim@example.com\xe3\x80\x8d\n"
    };
    size_t k;
    for (k = 0; k < sizeof body / sizeof body[0]; k++) {
      scan_one(&o, body[k], "Undelivered Mail", "MAILER-DAEMON@example.org");
      CHECK_INT(o.n, 1);
      CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
    }
  }
  scan_one(&o, "Your message could not be delivered to k*m@example.com.\n",
           "Undelivered Mail", "MAILER-DAEMON@example.org");
  CHECK_STR(o.rcpt, strlen(o.rcpt), "k*m@example.com");  /* inside: kept */
}

static void test_set_scripts (void) {
  One o;
  /* an ASCII address set right against letters of another script ends
     where the script changes; an address all in CJK stays whole */
  {
    static const char *const body[] = {
      "kim@example.jp\xe3\x81\xb8\xe3\x81\xae\xe3\x83\xa1\xe3\x83\xbc"
      "\xe3\x83\xab\xe3\x81\xaf\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81\xa7"
      "\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\n",
      "\xe6\x82\xa8\xe5\x8f\x91\xe7\xbb\x99kim@example.jp\xe7\x9a\x84"
      "\xe9\x82\xae\xe4\xbb\xb6\xe6\x97\xa0\xe6\xb3\x95\xe9\x80\x81"
      "\xe8\xbe\xbe\n",
      "\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6"
      "\xd0\xbd\xd0\xbe \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2"
      "\xd0\xb8\xd1\x82\xd1\x8c \xd0\xbd\xd0\xb0 kim@example.jp\xd0\xbf"
      "\xd0\xbe\n"
    };
    size_t k;
    for (k = 0; k < sizeof body / sizeof body[0]; k++) {
      scan_one(&o, body[k], "Undelivered Mail", "MAILER-DAEMON@example.org");
      CHECK_INT(o.n, 1);
      CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.jp");
    }
    scan_one(&o, "\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90."
             "\xe5\xb9\xbf\xe5\x91\x8a \xe6\x97\xa0\xe6\xb3\x95\xe6\x8a"
             "\x95\xe9\x80\x92\n", "Undelivered Mail",
             "MAILER-DAEMON@example.org");
    CHECK_INT(o.n, 1);
    CHECK_STR(o.rcpt, strlen(o.rcpt), "\xe7\x94\xa8\xe6\x88\xb7@"
              "\xe4\xbe\x8b\xe5\xad\x90.\xe5\xb9\xbf\xe5\x91\x8a");
  }
  /* Japanese "could not deliver" in the plain past and its "send-to"
     noun; Korean "was returned" and "recipient" (su-sin-in) */
  scan_one(&o, "\xe9\x85\x8d\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3"
           "\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f\xe3\x80\x82\n"
           "\xe9\x80\x81\xe4\xbf\xa1\xe5\x85\x88\xef\xbc\x9a"
           "kim@example.jp\n", "Undelivered Mail", "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.jp");
  scan_one(&o, "\xeb\xb3\xb4\xeb\x82\xb4\xec\x8b\xa0 \xeb\xa9\x94"
           "\xec\x9d\xbc\xec\x9d\xb4 \xeb\xb0\x98\xec\x86\xa1\xeb\x90"
           "\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.\n"
           "\xec\x88\x98\xec\x8b\xa0\xec\x9d\xb8 : kim@example.kr\n",
           "Undelivered Mail", "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.kr");
  /* a localised Exchange 2003 recipient line: "a@b op <date>" */
  scan_one(&o, "De volgende geadresseerde(n) kan/kunnen niet worden "
           "bereikt:\n\n      kim@example.nl op 05-12-2026 7:00\n"
           "            Het e-mailadres bestaat niet.\n",
           "Onbestelbaar: hello", "Systeembeheerder <postmaster@example.nl>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.nl");
}

static void test_set_cells (void) {
  One o;
  /* a table's cells run together once its tags are gone */
  scan_one(&o, "Delivery failed to these recipients:\n"
           "kim@example.com550 5.1.1 User unknown\n", "Returned mail", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  scan_one(&o, "Delivery failed to these recipients:\n"
           "kim@example.comUser unknown\n", "Returned mail", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  scan_one(&o, "Delivery failed to kim@mx1.example.xn--p1ai2: no such user\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 1);  /* a label with '-' keeps its digits */
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@mx1.example.xn--p1ai2");
  scan_one(&o, "\xe9\x82\xae\xe4\xbb\xb6\xe6\x8a\x95\xe9\x80\x92"
           "\xe5\xa4\xb1\xe8\xb4\xa5\n\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba"
           "\xba\xef\xbc\x9alee@example.cn\xe3\x80\x82\n"
           "550 User not found\n", "Undelivered", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "lee@example.cn");
  scan_one(&o, "\xe7\x94\xa8\xe6\x88\xb7@\xe4\xbe\x8b\xe5\xad\x90.cn: "
           "550 user unknown\n", "Undelivered", NULL);
  CHECK_INT(o.n, 1);  /* an address in CJK letters stays whole */
  CHECK_INT((int)strlen(o.rcpt), 16);
  scan_one(&o, "** No se encontr\xc3\xb3 la direcci\xc3\xb3n **\nTu mensaje "
           "no se entreg\xc3\xb3 a ana@example.cl porque la direcci\xc3\xb3n "
           "no se encuentra\n", "Delivery Status Notification (Failure)",
           "mailer-daemon@googlemail.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "ana@example.cl");
  scan_one(&o, "Endere\xc3\xa7o n\xc3\xa3o encontrado\nSua mensagem "
           "n\xc3\xa3o foi entregue a rui@example.com.br porque o "
           "endere\xc3\xa7o n\xc3\xa3o foi encontrado.\n",
           "Delivery Status Notification (Failure)",
           "mailer-daemon@googlemail.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "rui@example.com.br");
  scan_one(&o, "The message you have sent to val@example.co.za was "
           "Quarantined.\n", "Message Quarantined", "postmaster@example.co.za");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "val@example.co.za");
}

/* the last resorts of a text that names no recipient by a failure: the
   one address of the Subject, with the text's failing line; one address
   set apart in a text that says nothing failed (a Gordano notice's "The
   requested destination was:"), not in one that speaks of delivery */
static void test_last_resorts (void) {
  One o;
  scan_one(&o, "User unknown.\n", "Undeliverable: kim@example.com",
           "MAILER-DAEMON@example.org");
  CHECK_ONE(o, 1, "kim@example.com", "User unknown.");
  scan_one(&o, "User unknown.\n", "Undeliverable: kim@example.com, "
           "lee@example.com", "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 0);  /* two: which one? */
  scan_one(&o, "Thank you.\n", "Undeliverable: kim@example.com",
           "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 0);  /* nothing failed */
  scan_one(&o, "User unknown.\n", "Undeliverable: postmaster@example.com",
           "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 0);
  scan_one(&o, "The requested destination was:\n\n\tmo@example.co.za\n",
           "Undeliverable mail", "postmaster@example.co.za");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "mo@example.co.za");
  scan_one(&o, "The requested destination was:\n\n\tmo@example.co.za\n"
           "\tjo@example.co.za\n", "Undeliverable mail",
           "postmaster@example.co.za");
  CHECK_INT(o.n, 0);  /* two set apart, nothing failed: no guess */
  /* both ask a daemon's From and a bounce Subject, and the lone address
     a line that leads in to it */
  scan_one(&o, "User unknown.\n", "Undeliverable: kim@example.com",
           "kim@example.org");
  CHECK_INT(o.n, 0);
  scan_one(&o, "User unknown.\n", "Meeting with kim@example.com",
           "MAILER-DAEMON@example.org");
  CHECK_INT(o.n, 0);
  scan_one(&o, "The requested destination was:\n\n\tmo@example.co.za\n",
           "Undeliverable mail", "mo@example.org");
  CHECK_INT(o.n, 0);
  scan_one(&o, "Please write to\n\n\tmo@example.co.za\n",
           "Undeliverable mail", "postmaster@example.co.za");
  CHECK_INT(o.n, 0);
  scan_one(&o, "Your message was delivered to:\n\n\tmo@example.co.za\n",
           "Delivery report", NULL);
  CHECK_INT(o.n, 0);
  /* Subjects of more languages say "bounce" ("Correo devuelto") */
  scan_one(&o, "kim@example.es: 550 user unknown\n", "Correo devuelto", NULL);
  CHECK_INT(o.n, 1);
  scan_one(&o, "kim@example.es: user unknown\n", "Correo devuelto", NULL);
  CHECK_INT(o.n, 1);
  /* (a line that pairs the address with a failing reply says "bounce"
     by itself: test_pair_lines; one that pairs it with a phrase needs
     the Subject) */
  scan_one(&o, "kim@example.es: user unknown\n", "Correo", NULL);
  CHECK_INT(o.n, 0);
}

/* a bounce a person forwards comes after the forwarder's note and the
   separator; a domain literal is an address ("root@[192.0.2.7]") */
/*
** A person's From and a plain Subject, a notice's own text read as a
** bounce by its opening: one that says which message on a short line,
** sets its recipient or fields apart below it, then says it was not
** delivered; a session's transcript ("RCPT TO:" and the reply on the
** line below, a reply that names the address sendmail's way); a line
** that leads in to the address it failed for, a host's reply below it.
** Not a person's sentence with none, nor one that comes between.
*/
static void test_notice_openings (void) {
  static const struct { const char *text; int n; } cases[] = {
    { "Failure Notice\n\n  Your message sent to\n    kim@example.com\n"
      "  has failed to be delivered.\n", 1 },
    { "Your Message\n\n   To:      'kim@example.com'\n   Subject:  Hi\n\n"
      "Was not delivered for the following reasons:\n\n  Reason: 0 (transfer "
      "failed)\n", 1 },
    { "Sent RCPT TO: kim@example.com\nReceived 550 5.1.1 User unknown\n\n"
      "Could not deliver mail to this user.\n", 1 },
    { "  ===== transcript follows =====\n\n550 <kim@example.com>... User "
      "unknown\n", 1 },
    { "rcpt to: kim@example.com is what I typed, then\nit said it was fine.\n", 0 },
    { "Delivery failed: kim@example.com\n192.0.2.1 does not like recipient.\n"
      "Remote host said: 550 sorry, no such user\nGiving up on 192.0.2.1.\n", 1 },
    { "Unable to send to kim@example.com\nBounce reason: the address does not "
      "exist.\n550 No such user\n", 1 },
    { "Unable to send to kim@example.com today, the link was down.\nCan "
      "you try again?\n", 0 },
    { "Your message\n\nI read it twice, kim@example.com said.\n"
      "It was rejected by the committee.\n", 0 },
  };
  One o;
  size_t k;
  for (k = 0; k < sizeof cases / sizeof cases[0]; k++) {
    scan_one(&o, cases[k].text, "Notice", "Kim <info@example.org>");
    if (!CHECK(o.n == cases[k].n)) printf("    case %u: got %d\n", (unsigned)k, o.n);
  }
}

static void test_forwarded (void) {
  One o;
  const char *f;
  f = scan_one(&o, "Can you check this?\n\n-----Original Message-----\n"
               "From: Microsoft Outlook\nTo: bob@example.net\n"
               "Subject: Undeliverable: budget\n\nYour message to "
               "kim@example.com couldn't be delivered.\nkim wasn't found at "
               "example.com.\n", "FW: Undeliverable: budget", "bob@example.net");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  /* not a forward: the text before the separator is all there is */
  scan_one(&o, "Thanks!\n\n-----Original Message-----\nFrom: kim@example.com"
           "\n\nYour message to lee@example.com couldn't be delivered.\n",
           "Re: budget", "bob@example.net");
  CHECK_INT(o.n, 0);
  /* Gmail's forward: the forwarded mail's own From says "bounce" for
     the text after its header block; a reply is still no bounce */
  {
    static const char fwd[] =
      "Hi, this one came back.\n\n---------- Forwarded message ---------\n"
      "From: MAILER-DAEMON@mail.example.org\nDate: Mon, 2 Mar 2026\n"
      "Subject: Warning: could not yet send message\nTo: lee@example.org\n\n"
      "Sorry, but your mail could not yet be delivered to all recipients.\n"
      "Delivery to the following recipients has been defered:\n\n"
      "pat@example.net\n\nDelivery will be tried again.\n";
    f = scan_one(&o, fwd, "Fwd: Warning: could not yet send message",
                 "Robin <robin@example.org>");
    CHECK(f != NULL);
    CHECK_INT(o.n, 1);
    CHECK_STR(o.rcpt, strlen(o.rcpt), "pat@example.net");
    scan_one(&o, fwd, "Re: Warning: could not yet send message",
             "Robin <robin@example.org>");
    CHECK_INT(o.n, 0);
    /* the same under "On <date>, <who> wrote:" with every line quoted */
    f = scan_one(&o, "See below.\n\nOn Mon, 2 Mar 2026, MAILER-DAEMON@mail."
                 "example.org wrote:\n> Sorry, but your mail could not yet be"
                 " delivered to all recipients.\n> Delivery to the following recipients "
                 "has been defered:\n>\n> pat@example.net\n>\n> Delivery "
                 "will be tried again.\n", "Fwd: Warning: could not yet send "
                 "message", "Robin <robin@example.org>");
    CHECK_INT(o.n, 1);
    CHECK_STR(o.rcpt, strlen(o.rcpt), "pat@example.net");
  }
  /* no header says "bounce", the opening does: it speaks to the sender
     of their message and says it was not delivered (one line or two) */
  scan_one(&o, "Die E-Mail an kim@example.de konnte nicht\nzugestellt "
           "werden, da die Adresse ung\xc3\xbcltig ist.\n", "Nachricht",
           "Kim <info@example.org>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.de");
  scan_one(&o, "Hello,\n\nTu mensaje no se entreg\xc3\xb3 a ana@example.es "
           "porque la direcci\xc3\xb3n no se encuentra.\n", "Aviso", NULL);
  CHECK_INT(o.n, 1);
  /* ... not when quoted, under a reply's Subject, without the failure,
     or past the opening's lines */
  scan_one(&o, "> Your message to kim@example.com could not be delivered: "
           "user unknown\n", "Question", NULL);
  CHECK_INT(o.n, 0);
  scan_one(&o, "Your message to kim@example.com could not be delivered: "
           "user unknown\n", "Re: Question", NULL);
  CHECK_INT(o.n, 0);
  scan_one(&o, "Your message to kim@example.com was read. Thanks, user "
           "unknown to me\n", "Question", NULL);
  CHECK_INT(o.n, 0);
  scan_one(&o, "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\nYour message to "
           "kim@example.com could not be delivered: user unknown\n",
           "Question", NULL);
  CHECK_INT(o.n, 0);
  /* "From: <>", the null sender, says "bounce" like an empty Return-Path */
  scan_one(&o, "You sent mail to a@b.c. That's not a valid user here.\n",
           NULL, "<>");
  CHECK_INT(o.n, 1);
  scan_one(&o, "You sent mail to a@b.c. That's not a valid user here.\n",
           NULL, "Kim <kim@example.org>");
  CHECK_INT(o.n, 0);
  scan_one(&o, "Delivery to root@[192.0.2.7] failed: 550 user unknown\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "root@[192.0.2.7]");
  scan_one(&o, "Delivery to root@[192.0.2.7 failed: 550 user unknown\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 0);  /* no closing bracket: no address */
}

/* a Postfix recipient's lines without brackets and without the notice's
   preamble (as pasted): the recipient, not the address it was expanded
   from on the folded line, the reply two lines below */
static void test_postfix_bare (void) {
  One o;
  scan_one(&o, "kim@example.de (expanded from\n    kim@other.example.de: host "
           "mx.example.de[192.0.2.9] said:\n    550 5.1.2 No such mailbox (in "
           "reply to RCPT TO command)\n", "Undelivered Mail Returned to Sender",
           "MAILER-DAEMON@example.de");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.de");
  CHECK(strstr(o.diag, "550 5.1.2") == o.diag);
}

/* a returned message no marker announces: its header fields in a row
   end the reading once a recipient was found above them, and the
   addresses its body speaks of are no recipients; fields above any
   recipient (a summary of the message) end nothing */
static void test_unmarked_return (void) {
  Bounds b;
  static const char t[] =
    "Delivery to kim@example.com failed: user unknown.\n\n"
    "=== Message follows ===\nFrom: sender@example.net\nTo: kim@example.com\n"
    "Subject: hi\n\nPlease forward this to ana@example.com, she could not "
    "receive it.\n";
  One o;
  scan(&b, t, sizeof t - 1);
  CHECK_INT(b.n, 1);
  scan_one(&o, "Your message\n\nFrom: sender@example.net\nSubject: hi\n\n"
           "could not be delivered to lee@example.com: user unknown\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "lee@example.com");
}

/* failure phrases and recipient words of more languages (example
   sentences in Russian, Polish, Greek, Hebrew, Thai and Indonesian) */
static void test_more_languages (void) {
  static const char *const t[] = {
    "\xd0\x92\xd0\xb0\xd1\x88\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 "
    "\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5\xd1\x82 \xd0\xb1\xd1\x8b\xd1\x82\xd1\x8c "
    "\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe:\n\nkim@example.ru\n",
    "Nie uda\xc5\x82o si\xc4\x99 dostarczy\xc4\x87 wiadomo\xc5\x9b\x63i do "
    "kim@example.pl.\n",
    "\xce\x97 \xcf\x80\xce\xb1\xcf\x81\xce\xac\xce\xb4\xce\xbf\xcf\x83\xce\xb7 \xcf\x83\xcf\x84\xce\xbf\xce\xbd "
    "kim@example.gr \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5.\n",
    "\xd7\x94\xd7\x9e\xd7\xa1\xd7\x99\xd7\xa8\xd7\x94 \xd7\x9c- kim@example.co.il "
    "\xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c\xd7\x94\n",
    "\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xaa\xe0\xb8\xb2\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\x96 "
    "kim@example.co.th\n",
    "Pesan Anda gagal terkirim ke kim@example.co.id.\n"
  };
  size_t k;
  One o;
  for (k = 0; k < sizeof t / sizeof t[0]; k++) {
    scan_one(&o, t[k], "Undelivered Mail", "MAILER-DAEMON@example.org");
    CHECK_INT(o.n, 1);
    CHECK(strncmp(o.rcpt, "kim@example.", 12) == 0);
  }
}

/* an address in a link is no recipient, a query's address is cut at its
   '='; a pasted X-Failed-Recipients field names recipients */
static void test_links_fields (void) {
  One o;
  Bounds b;
  static const char t[] = "Delivery to kim@example.com failed: user unknown.\n"
    "Manage it at https://example.com/u?email=lee@example.com (failed)\n";
  scan(&b, t, sizeof t - 1);
  CHECK_INT(b.n, 1);
  scan_one(&o, "Delivery failed for /u?email=lee@example.com: user unknown\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "lee@example.com");
  scan_one(&o, "Delivery failed.\nX-Failed-Recipients: ann@example.com\n",
           "Mail delivery failed", "Mailer-Daemon@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "ann@example.com");
}

/* GMX's Exim-like notice names the host as "host: H (ip)" and puts the
   reply after "reason: " (Delta Chat's gmx_ndn.eml, 2020); MDaemon's
   Subject "Warning: a@b - User unknown!" is a failure, not a delay
   (an MDaemon PRO bounce of 2013 quoted in a parser's comments) */
static void test_vendor_lines (void) {
  One o;
  const char *f;
  f = scan_one(&o, "This message was created automatically by mail "
               "delivery software.\n\nA message that you sent could not "
               "be delivered to one or more of\nits recipients. This is a "
               "permanent error. The following address(es)\nfailed:\n\n"
               "kim@example.com:\nSMTP error from remote server for RCPT TO "
               "command, host: mx.example.com (192.0.2.1) reason: 550-5.1.1 "
               "The email account that you tried to reach does not exist. "
               "Please\n try\n550 5.1.1 double-checking\n\n",
               "Mail delivery failed: returning message to sender",
               "\"GMX Mailer Daemon\" <mailer-daemon@gmx.de>");
  CHECK_STR(f, strlen(f), "exim");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  CHECK(strncmp(o.diag, "550-5.1.1 The email account", 27) == 0);
  CHECK_STR(o.host, strlen(o.host), "mx.example.com");
  CHECK_INT(o.temporary, 0);
  scan_one(&o, "kim@example.at - no such user here.\n",
           "Warning: kim@example.at - User unknown!",
           "\"MDaemon at mail.example.at\" <MDaemon@example.at>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.at");
  CHECK(o.temporary != 1);
  /* the same text under a Subject that only warns: "delayed" */
  scan_one(&o, "kim@example.at - no such user here.\n",
           "Warning: message delayed", "MDaemon@example.at");
  CHECK_INT(o.n, 1);
  CHECK_INT(o.temporary, 1);
}

/* a list line no family's marker names, whose recipients follow as
   bullets (Tiscali's notice, Delta Chat's tiscali_ndn.eml, 2020); a
   phrase cut in the middle of its sentence goes on to the end of its
   paragraph (a Strato bounce quoted in a project's documentation) */
static void test_generic_lines (void) {
  One o;
  const char *f;
  f = scan_one(&o, "      This is an automatically generated Delivery "
               "Status Notification.      \n\nDelivery to the following "
               "recipients was aborted after 2 second(s):\n\n"
               "  * shenauithz@testrun.org\n\n",
               "Delivery status notification",
               "Mail Delivery System <mail-daemon@smtp.tiscali.it>");
  CHECK_STR(f, strlen(f), "generic");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "shenauithz@testrun.org");
  CHECK(strncmp(o.diag, "Delivery to the following recipients was aborted",
                48) == 0);
  scan_one(&o, "Die E-Mail an kim@example.de konnte nicht\n"
           "zugestellt werden, da die E-Mailabdresse abgelaufen oder "
           "ung\xc3\xbcltig ist.\n\nDie Nachricht konnte nicht zugestellt "
           "werden.\n", "Returned Mail: Angebot",
           "MAILER-DAEMON@smtp.strato.de");
  CHECK_ONE(o, 1, "kim@example.de", "konnte nicht\nzugestellt werden, da "
            "die E-Mailabdresse abgelaufen oder ung\xc3\xbcltig ist.");
}

/* Exim's forms for an address delivered through a filter or kept
   secret: "save to inbox" / "generated by a@b", "an undisclosed address"
   / "(generated from a@b)" with the attempt's text further below (bounces
   of 2013 quoted in a Java parser's comments) */
static void test_exim_generated (void) {
  One o;
  static const char head[] =
    "This message was created automatically by mail delivery software.\n\n"
    "A message that you sent could not be delivered to one or more of its\n"
    "recipients. This is a permanent error. The following address(es) "
    "failed:\n\n";
  char t[1024];
  snprintf(t, sizeof t, "%s  save to inbox\n    generated by kim@example.de\n"
           "    mailbox is full: retry timeout exceeded\n", head);
  scan_one(&o, t, "Mail delivery failed: returning message to sender",
           "Mail Delivery System <Mailer-Daemon@example.de>");
  CHECK_ONE(o, 1, "kim@example.de", "mailbox is full: retry timeout exceeded");
  snprintf(t, sizeof t, "%s  an undisclosed address\n    (generated from "
           "lee@example.net)\n\nThe following text was generated during the "
           "delivery attempt:\n\n------ an undisclosed address\n       "
           "(generated from lee@example.net) ------\n\nMail quota "
           "exceeded.\n\n------ This is a copy of the message, including all "
           "the headers. ------\n", head);
  scan_one(&o, t, "Mail delivery failed: returning message to sender",
           "Mail Delivery System <Mailer-Daemon@example.net>");
  CHECK_ONE(o, 1, "lee@example.net", "Mail quota exceeded.");
  /* Trend Micro's one line: the recipient on the list line itself (a
     notice of 2013 quoted in a parser's comments) */
  scan_one(&o, "The following recipient(s) could not be reached: "
           "kim@example.co.za. \n", "Undeliverable Mail",
           "no-reply@emailsecurity.trendmicro.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.co.za");
  /* "from" alone still names a sender */
  scan_one(&o, "Your message from amy@example.org was rejected.\n",
           "Returned mail", NULL);
  CHECK_INT(o.n, 0);
}

/* the German headings of an Exchange NDR (Microsoft's German Exchange
   documentation names "Diagnoseinformationen f\u00fcr Administratoren" and
   "Urspr\u00fcngliche Nachrichtenkopfzeilen"); the lines between are
   examples */
static void test_german (void) {
  static const char t[] =
    "Diagnoseinformationen f\xc3\xbcr Administratoren:\n\n"
    "Generierender Server: EX01.example.de\n\nanna@example.de\n"
    "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; "
    "not found'\n\nUrspr\xc3\xbcngliche Nachrichtenkopfzeilen:\n\n"
    "To: bert@example.de\n";
  Bounds b;
  const char *f = scan(&b, t, sizeof t - 1);
  CHECK_STR(f, strlen(f), "exchange");
  CHECK_INT(b.n, 1);
  CHECK_INT(b.bad, 0);
}

/* 200 recipients: more than are held at once, each reported once */
static void test_many (void) {
  size_t cap = 200 * 80 + sizeof QMAIL, n = sizeof QMAIL - 1;
  char *t = (char *)malloc(cap);
  Bounds b;
  int i;
  if (!CHECK(t != NULL)) return;
  memcpy(t, QMAIL, n);
  for (i = 0; i < 200; i++)
    n += (size_t)sprintf(t + n, "<u%d@example.net>:\nRemote host said: 550 "
                         "5.1.1 no user %d\n\n", i, i);
  scan(&b, t, n);
  CHECK_INT(b.n, 200);
  CHECK_INT(b.bad, 0);
  free(t);
}

/* the three hostile texts of test_big, 'n' bytes each, in 't' */
static void big_texts (char *t, size_t n, Bounds *b) {
  size_t i;
  unsigned x = 12345;
  memcpy(t, QMAIL, sizeof QMAIL - 1);
  memset(t + sizeof QMAIL - 1, '<', n - sizeof QMAIL + 1);
  scan(b, t, n);
  CHECK_INT(b->bad, 0);
  for (i = 0; i < n; i++) {
    x = x * 1103515245u + 12345u;
    t[i] = (char)(x >> 16);
  }
  scan(b, t, n);
  CHECK_INT(b->bad, 0);
  for (i = 0; i < n; i++) t[i] = "<a@b.c>:\n550 \n  x"[i % 17];
  scan(b, t, n);
  CHECK_INT(b->bad, 0);
}

/* megabytes: one line, binary bytes, address-like text.  Linear: 10x
   the bytes may take at most 20x the time of 1 MB (a quadratic reading
   takes 100x), plus 50 ms for the clock's grain; a ratio, so a slow or
   instrumented machine (valgrind) does not fail it */
static void test_big (void) {
  size_t n = (size_t)10 << 20;
  char *t = (char *)malloc(n);
  Bounds b;
  clock_t t0;
  double small, large;
  if (!CHECK(t != NULL)) return;
  t0 = clock();
  big_texts(t, n / 10, &b);
  small = (double)(clock() - t0) / CLOCKS_PER_SEC;
  t0 = clock();
  big_texts(t, n, &b);
  large = (double)(clock() - t0) / CLOCKS_PER_SEC;
  if (!CHECK(large <= 20.0 * small + 0.05))
    fprintf(stderr, "  1 MB: %.3f s, 10 MB: %.3f s\n", small, large);
  free(t);
}

static void test_prefixes (void) {
  static const char *const names[] = {
    "qmail-6.eml", "postfix-6.eml", "exim-1.eml", "exim-4.eml",
    "sendmail-1.eml", "exchange-1.eml", "exchange-3.eml", "gmail-5.eml",
    "yahoo-2.eml", "domino-1.eml", "courier-1.eml", "generic-1.eml"
  };
  size_t k, i, len;
  int bad = 0;
  for (k = 0; k < sizeof names / sizeof names[0]; k++) {
    char path[256], *m;
    Bounds b;
    snprintf(path, sizeof path, FIXDIR "%s", names[k]);
    m = read_file(path, &len);
    if (!CHECK(m != NULL)) continue;
    for (i = 0; i <= len; i++) {
      char *cut = (char *)malloc(i + 1);  /* exactly i bytes readable */
      memcpy(cut, m, i);
      scan(&b, cut, i);
      bad += b.bad;
      free(cut);
    }
    free(m);
  }
  CHECK_INT(bad, 0);
}

/* }====================================================================== */


/* Exchange lists naming a recipient by a display name and its date
   ("Kim Example on Mon, 17 Jan 2000 ...", "'Jo Doe' le 05/12/1999"),
   under an English or a localised heading; a name with no date after
   it is none; a warning's "you will get a failure notice" gives way to
   the reply on the address's line below it */
static void test_names_delays (void) {
  One o;
  const char *f;
  f = scan_one(&o, "Your message\n\n  To: Kim Example\n  Subject: x\n\n"
               "did not reach the following recipient(s):\n\n"
               "Kim Example on Mon, 17 Jan 2000 16:49:22 -0500\n"
               "    The recipient name is not recognized\n",
               "Undeliverable: x", "System Administrator <postmaster@ex.example>");
  CHECK_STR(f, strlen(f), "exchange");
  CHECK_ONE(o, 1, "Kim Example", "The recipient name is not recognized");
  scan_one(&o, "Impossible de joindre le(s) destinataire(s) suivant(s) :\n\n"
           "'Jo Doe' le 05/12/1999 10:11\n"
           "    Le nom du destinataire n'est pas reconnu\n",
           "Non remis : x", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "Jo Doe");
  scan_one(&o, "did not reach the following recipient(s):\n\n"
           "SMTP:kim@example.org on 1/17/2000 4:49 PM\n"
           "    The recipient name is not recognized\n",
           "Undeliverable: x", "postmaster@ex.example");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  scan_one(&o, "did not reach the following recipient(s):\n\n"
           "Kim Example\n    The recipient name is not recognized\n",
           "Undeliverable: x", "postmaster@ex.example");
  CHECK_INT(o.n, 0);
  scan_one(&o, "Sorry, but your mail could not yet be delivered to all recipients.\n"
           "Delivery to the following recipients has been defered:\n\n"
           "sophie@example.be\n\n"
           "If the latter happens, you will get a delivery failure notice.\n\n"
           "host mx.example.be: 452 4.2.2 <sophie@example.be>: over quota\n",
           "Warning: could not yet send message", "MAILER-DAEMON@mx.example.fr");
  CHECK_INT(o.n, 1);
  CHECK_INT(o.temporary, 1);
  CHECK_STR(o.diag, strlen(o.diag), "452 4.2.2 <sophie@example.be>: over quota");
}

/* a text no marker and no header names as a bounce, whose lines pair
   an address at a line's start with a reply a host gave for it: read;
   the same line in a reply ("Re: "), and a reply quoted inside a
   sentence, are not */
static void test_pair_lines (void) {
  One o;
  const char *f;
  f = scan_one(&o, "<kim@example.org>: host mx.example.org[192.0.2.1] said: "
               "550 5.1.1 <kim@example.org>: Recipient address rejected: "
               "User unknown (in reply to RCPT TO command)\n", "hello",
               "Jo <jo@example.net>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  scan_one(&o, "lee@example.org: 550 5.1.1 no such user\n", NULL, NULL);
  CHECK_INT(o.n, 0);  /* a bare reply: a header's word is needed */
  f = scan_one(&o, "<kim@example.org>: host mx.example.org said: 550 5.1.1 "
               "user unknown (in reply to RCPT TO command)\n",
               "Re: my mail bounced", "Jo <jo@example.net>");
  CHECK(f == NULL);
  CHECK_INT(o.n, 0);
  f = scan_one(&o, "Hi, mail to kim@example.org gets 550 5.1.1 back, any idea?\n",
               "question", "Jo <jo@example.net>");
  CHECK(f == NULL);
  f = scan_one(&o, "kim@example.org: host mx.example.org said: 250 2.0.0 Ok\n",
               "log", NULL);
  CHECK(f == NULL);
}

/* an address line whose reply comes on the lines below it, or that goes
   on with an MTA client's own error, under no header's word (dev group
   r20l: notices as list archives and forums keep them) */
static void test_pair_below (void) {
  One o;
  const char *f;
  f = scan_one(&o, "<kim@example.org>:\n"
               "Sorry, no mailbox here by that name. (#5.1.1)\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  f = scan_one(&o, "<kim@example.org>: host\n"
               "    mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in\n"
               "    reply to RCPT TO command)\n", "Message", "Jo <jo@example.net>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  f = scan_one(&o, "<kim@example.org>: Host or domain name not found. Name "
               "service error for name=example.org type=MX: Host not found\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  f = scan_one(&o, "... while talking to mx.example.org.:\n"
               ">>> RCPT To:<kim@example.org>\n"
               "<<< 550 5.1.1 <kim@example.org>... User unknown\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  f = scan_one(&o, "kim@example.org\n"
               "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound'\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  /* quoted by a person answering: no bounce */
  f = scan_one(&o, "> <kim@example.org>:\n"
               "> Sorry, no mailbox here by that name. (#5.1.1)\n\nThanks.\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f == NULL);
  /* an address alone over a reply a person writes: no bounce */
  f = scan_one(&o, "kim@example.org\nThey said: 550 is the code we got.\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f == NULL);
  /* a blank line ends the paragraph the reply is looked for in */
  f = scan_one(&o, "<kim@example.org>:\n\nI wrote to them; they said: 550.\n",
               "Message", "Jo <jo@example.net>");
  CHECK(f == NULL);
}

/* readings taken for general layouts (dev group r12): a failure phrase
   "problem (while) delivering", French "échoué", a label in a charset
   the mail did not declare before an address alone on its line, a To
   and Subject summarising the returned message */
static void test_r12_readings (void) {
  One o;
  const char *f;
  f = scan_one(&o, "There was a temporary problem while delivering your "
               "message to kim@example.org. We will retry for 46 more hours.\n",
               "Delivery Status Notification (Delay)",
               "Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  CHECK_INT(o.temporary, 1);
  f = scan_one(&o, "La remise du message a \xc3\xa9" "chou\xc3\xa9 pour le "
               "destinataire lee@example.org.\n", "Notification",
               "postmaster@example.org");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "lee@example.org");
  /* GBK bytes under no declared charset: a label all the same */
  f = scan_one(&o, "      \xd6\xf7  \xcc\xe2 hello\n"
               "      \xca\xd5\xbc\xfe\xc8\xcb joe@example.org\n\n"
               "      \xcd\xcb\xd0\xc5\xd4\xad\xd2\xf2\xa3\xba\n"
               "      SMTP error, RCPT TO: Host example.org said 550 No such "
               "user here\n", "x", "Postmaster@163.com");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "joe@example.org");
  /* the To of a summary of the returned message, not a daemon's header */
  f = scan_one(&o, "Your message could not be delivered.\n\n"
               "To: amy@example.org\nSubject: hello\n", "Undeliverable: hello",
               "postmaster@example.net");
  CHECK(f != NULL);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "amy@example.org");
  scan_one(&o, "Your message could not be delivered.\n\n"
           "From: MAILER-DAEMON@example.net\nTo: amy@example.org\n"
           "Subject: Undeliverable\n", "Undeliverable: hello",
           "postmaster@example.net");
  CHECK(o.n == 0 || strcmp(o.rcpt, "amy@example.org") != 0);
}

/* (r12 readings, continued) */
static void test_r12_names (void) {
  One o;
  const char *f;
  /* a display name and a localised "on <date>" under a list heading in
     any language, a day's name first too; not under addresses */
  f = scan_one(&o, "Su mensaje no lleg\xc3\xb3 a algunos destinatarios.\n\n"
               "No se pudo tener acceso a los siguientes destinatarios:\n\n"
               "      Kim Ejemplo el 01/03/2004 10:00\n"
               "            No se reconoce el nombre del destinatario\n",
               "No se puede entregar: hola", "postmaster@example.org");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "Kim Ejemplo");
  f = scan_one(&o, "Uw bericht heeft niet alle geadresseerden bereikt.\n\n"
               "De volgende ontvanger(s) kan/kunnen niet worden bereikt:\n\n"
               "      Kim Voorbeeld op 1-3-2004 10:00\n", "Onbestelbaar: hallo",
               "postmaster@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "Kim Voorbeeld");
  scan_one(&o, "Delivery failed.\nFailed recipient(s):\n\n"
           "Sent on Mon, 1 Mar 2004 10:00\n", "Undeliverable: hi",
           "postmaster@example.org");
  CHECK_INT(o.n, 0);  /* English "on" outside Exchange's family: no name */
  f = scan_one(&o, "Ihre Nachricht\n\nhat folgende Empf\xc3\xa4nger nicht "
               "erreicht:\n\nKim Beispiel am Mon, 1 Mar 1999 10:00:05 +0100\n"
               "    Der Empf\xc3\xa4ngername wurde nicht erkannt\n",
               "Unzustellbar: Hallo", "postmaster@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "Kim Beispiel");
  scan_one(&o, "Les destinataires suivants :\n\nkim@example.org\n"
           "Message envoye le 01/03/2004 10:00\n550 5.1.1 User unknown\n",
           "Non remis", "postmaster@example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  /* a notice of delivery: no failure */
  scan_one(&o, "Votre message a \xc3\xa9t\xc3\xa9 remis aux destinataires "
           "suivants :\n\nkim@example.org\n", "Remis : bonjour",
           "postmaster@example.org");
  CHECK_INT(o.n, 0);
  /* a wrapped sentence's address after "by" is no recipient */
  scan_one(&o, "Your message was sent by amy@example.org\n"
           "and rejected.\n", "Undeliverable", "postmaster@example.org");
  CHECK_INT(o.n, 0);
  /* a sentence wrapped after the address, its failure on the next line */
  f = scan_one(&o, "The message you have sent to lee@example.org\n"
               "was quarantined.\n", "Message Quarantined", "postmaster@example.org");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "lee@example.org");
  scan_one(&o, "The message you have sent to lee@example.org.\n"
           "Quarantined messages are kept for 30 days.\n", "Notice",
           "postmaster@example.org");
  CHECK_INT(o.n, 0);  /* the sentence ended */
  /* the words after the address start the diagnostic, on to the end of
     the sentence the wrap cut; the address a line expanded to is none */
  scan_one(&o, "This is the mail system at host mx.example.org.\n\n"
           "<kim (expanded from <kim@example.org>): User\nunknown in\n"
           "    virtual alias table\n", "Undelivered Mail Returned to Sender",
           "MAILER-DAEMON@mx.example.org");
  CHECK_ONE(o, 1, "kim@example.org", "User\nunknown in\n"
            "    virtual alias table");
  scan_one(&o, "Address not found\n\nYour message wasn't delivered to\n"
           "kim@example.org because the address\ncouldn't be found, or is "
           "unable to receive mail.\n", "Delivery Status Notification (Failure)",
           "Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  CHECK_ONE(o, 1, "kim@example.org", "because the address\ncouldn't be "
            "found, or is unable to receive mail.");
  /* words the line gave a diagnostic of its own stay */
  scan_one(&o, "<kim@example.org>: connect to\n"
           "    example.org[192.0.2.1]:25: Connection refused\n",
           "Undelivered Mail Returned to Sender", "MAILER-DAEMON@example.net");
  CHECK_ONE(o, 1, "kim@example.org", "example.org[192.0.2.1]:25: "
            "Connection refused");
  /* an address a list archive hid the domain of with x's */
  f = scan_one(&o, "Delivery to the following recipient failed permanently:\n\n"
               "     kim@xxxxxxxxxxx\n\nThe email account does not exist.\n",
               "Delivery Status Notification (Failure)",
               "Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@xxxxxxxxxxx");
  /* a lone To line above the reason, no Subject under it */
  f = scan_one(&o, "Delivery failed.\n\nTo: Kim <kim@example.org>\n"
               "Reason: 550 User unknown\n", "Undeliverable mail",
               "postmaster@example.org");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
}

/* Exchange's forms: a display name alone under the 2007-and-later
   heading (not under Exchange 5.5's), a name with digits before its
   date, a "Remote Server returned '...'" wrapped over lines, a delay
   notice's "4.4.7 Message delayed" giving way to the attempt's reply
   (its status and its delay kept), the reply quoted inside Exchange's
   "Primary target IP address responded with:", Spanish delay heading */
static void test_exchange_forms (void) {
  One o;
  const char *f;
  f = scan_one(&o, "Delivery has failed to these recipients or distribution lists:\n\n"
               "Project Archive\n"
               "Microsoft Exchange has been trying to deliver this message without success\n"
               "and has stopped trying.\n\n"
               "#550 4.4.7 QUEUE.Expired; message expired ##\n",
               "Undeliverable: x", "postmaster@ex.example");
  CHECK_STR(f, strlen(f), "exchange");
  CHECK_ONE(o, 1, "Project Archive",
            "550 4.4.7 QUEUE.Expired; message expired");
  scan_one(&o, "Delivery has failed to these recipients or groups:\n\n"
           "Your message wasn't delivered.\n", "Undeliverable: x", NULL);
  CHECK_INT(o.n, 0);  /* a sentence is no name */
  scan_one(&o, "The following recipient(s) could not be reached:\n\n"
           "      Room2 Booking on 6/14/2004 10:21 AM\n"
           "            The recipient name is not recognized\n",
           "Undeliverable: x", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "Room2 Booking");
  scan_one(&o, "Delivery is delayed to these recipients or groups:\n\n"
           "kim@example.net\n\n"
           "Diagnostic information for administrators:\n\n"
           "kim@example.net\n"
           "Remote Server at mx.example.net (192.0.2.1) returned '400\n"
           "4.4.7 Message delayed'\n"
           "3/1/2024 10:05:00 AM - Remote Server at mx.example.net\n"
           "(192.0.2.1) returned '451 4.4.0 Primary target IP address responded\n"
           "with: \"421 4.4.2 Connection dropped due to timeout.\" Attempted failover\n"
           "to alternate host, but that did not succeed.'\n",
           "Delivery delayed:x", NULL);
  CHECK_INT(o.n, 1);
  CHECK_INT(o.temporary, 1);
  CHECK_STR(o.diag, strlen(o.diag), "421 4.4.2 Connection dropped due to timeout.");
  scan_one(&o, "Delivery is delayed to these recipients or groups:\n\n"
           "kim@example.net\n\n"
           "kim@example.net\n"
           "Remote Server at mx.example.net (192.0.2.1) returned '400 4.4.7 Message delayed'\n",
           "Delivery delayed:x", NULL);
  CHECK_INT(o.n, 1);  /* no later reply: the notice's own stays */
  CHECK_STR(o.diag, strlen(o.diag), "400 4.4.7 Message delayed");
  scan_one(&o, "Delivery has failed to these recipients or groups:\n\n"
           "kim@example.net\n\n"
           "kim@example.net\n"
           "Remote Server returned '550 5.7.1 Unable to relay; it's\n"
           "not allowed'\n", "Undeliverable: x", NULL);
  CHECK_DIAG(o, 1, "550 5.7.1 Unable to relay; it's\nnot allowed");
  f = scan_one(&o, "Se retras\xc3\xb3 la entrega a estos destinatarios o grupos:\n"
               "kim@example.cl (kim@example.cl)\n"
               "Este mensaje a\xc3\xban no se entreg\xc3\xb3.\n",
               "Retraso en la entrega: x", NULL);
  CHECK_STR(f, strlen(f), "exchange");
  CHECK_INT(o.n, 1);
  CHECK_INT(o.temporary, 1);
}

/* a local part hidden with wave dashes, full-width tildes or an
   ellipsis right against the '@' is the local part; a reply code alone
   gives way to a reply with words of the same rank, a code without an
   enhanced status to the same code with one; sendmail's "(reason: text)"
   without a code gives way to the transcript's reply */
static void test_r22_readings (void) {
  One o;
  scan_one(&o, "This is the Postfix program at host mx.example.jp.\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n"
           "<\xe3\x80\x9c\xe3\x80\x9c\xe3\x80\x9c@pdx.example.jp>: host 10.0.0.1[10.0.0.1] said: 552 mailbox\n"
           "    full (in reply to end of DATA command)\n",
           "Undelivered Mail Returned to Sender", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "\xe3\x80\x9c\xe3\x80\x9c\xe3\x80\x9c@pdx.example.jp");
  scan_one(&o, "Hi. This is the qmail-send program at mx.example.org.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
           "<\xef\xbd\x9e\xef\xbd\x9e@example.jp>:\nuser is over quota\n\n"
           "<ab\xe2\x80\xa6@example.com>:\nno mailbox here by that name\n",
           "failure notice", NULL);
  CHECK_INT(o.n, 2);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "\xef\xbd\x9e\xef\xbd\x9e@example.jp");
  scan_one(&o, "Hi. This is the qmail-send program at mx.example.org.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n\n"
           "<ab\xe2\x80\xa6@example.com>:\nno mailbox here by that name\n",
           "failure notice", NULL);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "ab\xe2\x80\xa6@example.com");
  /* a mark before a local part that has letters stays outside it */
  scan_one(&o, "I could not deliver your mail to:\xe3\x80\x9ckim@example.org\n\n"
           "This mailbox does not exist here.\n", "Mail failure", NULL);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  /* sendmail */
  scan_one(&o, "   ----- The following addresses had permanent fatal errors -----\n"
           "<kim@example.jp>\n    (reason: Can't create output)\n\n"
           "   ----- Transcript of session follows -----\n"
           "procmail: Quota exceeded while writing \"/var/mail/kim\"\n"
           "550 5.0.0 <kim@example.jp>... Can't create output\n",
           "Returned mail: see transcript for details", NULL);
  CHECK_DIAG(o, 1, "550 5.0.0 <kim@example.jp>... Can't create output");
  /* the same quoted between corner brackets: the closing one is none of the reply */
  scan_one(&o, "\xe3\x80\x8c ----- The following addresses had permanent fatal errors -----\n"
           "<kim@example.jp>\n(reason: Can't create output)\n"
           "----- Transcript of session follows -----\n"
           "550 5.0.0 <kim@example.jp>... Can't create output \xe3\x80\x8d\n",
           "Returned mail: see transcript for details", NULL);
  CHECK_DIAG(o, 1, "550 5.0.0 <kim@example.jp>... Can't create output");
  scan_one(&o, "   ----- The following addresses had permanent fatal errors -----\n"
           "<kim@example.jp>\n    (reason: 550 Host unknown)\n\n"
           "   ----- Transcript of session follows -----\n"
           "550 5.1.2 <kim@example.jp>... Host unknown (Name server: example.jp.: host not found)\n",
           "Returned mail: see transcript for details", NULL);
  /* (with a code the summary keeps its rank: the transcript's reply of
     the same code adds the enhanced status) */
  CHECK_STR(o.diag, strlen(o.diag), "550 5.1.2 <kim@example.jp>... Host unknown (Name "
            "server: example.jp.: host not found)");
  scan_one(&o, "   ----- The following addresses had permanent fatal errors -----\n"
           "<kim@example.jp>\n    (reason: 550 5.1.1 User unknown)\n\n"
           "   ----- Transcript of session follows -----\n"
           "550 5.7.1 <kim@example.jp>... Relaying denied\n",
           "Returned mail: see transcript for details", NULL);
  CHECK_STR(o.diag, strlen(o.diag), "550 5.1.1 User unknown");
  /* Office 365's "Status code:" above the reported error */
  scan_one(&o, "Your message to kim@example.com couldn't be delivered.\n"
           "Security or policy settings at example.com have rejected your message.\n\n"
           "More Info for Email Admins\nStatus code: 550 5.7.1\n\n"
           "This error occurs when the recipient's domain has security or policy settings.\n\n"
           "Error Details\n"
           "Error:  554 5.7.1 Message rejected due to local policy\n"
           "Message rejected by:    mx.example.com\n",
           "Undeliverable: hello", NULL);
  CHECK_DIAG(o, 1, "554 5.7.1 Message rejected due to local policy");
  scan_one(&o, "Your message to kim@example.com couldn't be delivered.\n\n"
           "Error:  554 5.7.1 Message rejected due to local policy\n\n"
           "Status code: 550 5.7.1\n",
           "Undeliverable: hello", NULL);
  CHECK_STR(o.diag, strlen(o.diag), "554 5.7.1 Message rejected due to local policy");
  /* a label run into its reply ("Reported error:550 ..."); a time's
     colon is none */
  scan_one(&o, "Your message to kim@example.com couldn't be delivered.\n\n"
           "More Info for Email Admins\nStatus code: 550 5.7.350\n\n"
           "Error Details\n"
           "Reported error:550 5.7.350 Remote server returned message detected as spam\n"
           "DSN generated by:mx.example.com\n",
           "Undeliverable: hello", NULL);
  CHECK_STR(o.diag, strlen(o.diag),
            "550 5.7.350 Remote server returned message detected as spam");
  scan_one(&o, "Your message to kim@example.com couldn't be delivered.\n\n"
           "Status code: 550 5.7.350\n\nSent at 10:55 in the morning\n",
           "Undeliverable: hello", NULL);
  CHECK_STR(o.diag, strlen(o.diag), "550 5.7.350");
}

/* r22c: Outlook's Spanish report naming a recipient by a name and "en
   <date>"; a label line alone before the reason; a quoted Cc field's
   folded lines */
static void test_r22c_readings (void) {
  One o;
  scan_one(&o, "Algunos de los destinatarios no recibieron su mensaje.\n\n"
           "Asunto: Prueba\nEnviado el: 15/07/2019 04:33 p.m.\n\n"
           "No se puede localizar a los destinatarios siguientes:\n\n"
           "'Ana Ejemplo' en 15/07/2019 04:33 p.m.\n"
           "Error del servidor: '550 5.1.1 User unknown'\n",
           "No se puede entregar: Prueba", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "Ana Ejemplo");
  scan_one(&o, "N\xc3\xa3o foi poss\xc3\xadvel entregar aos destinat\xc3\xa1rios seguintes:\n\n"
           "kim@example.com.br\n550 5.1.1 Mailbox unknown\n",
           "N\xc3\xa3o entregue: Teste", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com.br");
  /* the label alone: the reason is the line under it */
  scan_one(&o, "The following message to <kim@example.org> was undeliverable.\n"
           "The reason for the problem:\n"
           "5.x.0 - Message bounced by administrator\n",
           "Delivery Status Notification (Failure)", NULL);
  CHECK_DIAG(o, 1, "5.x.0 - Message bounced by administrator");
  scan_one(&o, "Your message could not be delivered to kim@example.org.\n"
           "Reason for the failure:\nThe mailbox has been disabled\n",
           "Undeliverable", "postmaster@example.org");
  CHECK_STR(o.diag, strlen(o.diag), "The mailbox has been disabled");
  /* a Cc field folded over lines: its addresses are no recipients */
  scan_one(&o, "Delivery Failure Report\n\n"
           "Your message: Hello\n\nwas not delivered to: kim@example.org\n\n"
           "because: 5.1.2 - Bad destination host\n\n"
           "To: kim@example.org\ncc: lee@example.org, \"Ann\" <ann@example.net>,\n"
           "max@example.net, \"Bo\" <bo@example.com>,\n"
           "jo@example.com\n",
           "DELIVERY FAILURE: Hello", NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.org");
  /* a reply to the postmaster bounced: the address under Exchange's
     heading is the recipient though the report's From is the same */
  scan_one(&o, "Delivery has failed to these recipients or distribution lists:\n\n"
           "postmaster@example.com<mailto:postmaster@example.com>\n"
           "The recipient's mailbox is full and can't accept messages now.\n",
           "Undeliverable: Re: hello", "postmaster@example.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "postmaster@example.com");
  /* ... but the report's From named in its text is none */
  scan_one(&o, "Delivery has failed to these recipients or distribution lists:\n\n"
           "kim@example.com\nThe recipient's mailbox is full.\n\n"
           "Please write to postmaster@example.com for help.\n",
           "Undeliverable: hello", "postmaster@example.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  /* Exim's lines run together: each address's reply up to the next
     address, none after the returned message's rule */
  scan_one(&o, "This message was created automatically by mail delivery software. "
           "A message that you sent could not be delivered to one or more of its "
           "recipients. This is a permanent error. The following address(es) failed: "
           "kim@example.com host mx.example.com [192.0.2.1] SMTP error from remote "
           "mail server after RCPT TO:<kim@example.com>: 550 5.1.1 No such user "
           "lee@example.com host mx.example.com [192.0.2.1] SMTP error from remote "
           "mail server after initial connection: 554 mx.example.com "
           "------ This is a copy of the message, including all the headers. ------ "
           "Return-path: <ann@example.org> To: max@example.com\n",
           "Mail delivery failed: returning message to sender", NULL);
  CHECK_ONE(o, 2, "kim@example.com", "550 5.1.1 No such user");
}

/* notices quoted in a list's replies, and Coremail's bilingual notice */
static void test_quoted_notices (void) {
  One o;
  const char *f;
  /* Exchange's address and diagnostic line, pasted and quoted, with the
     reply's words around them */
  f = scan_one(&o, "> I tried to write to him myself and got:\n"
               "> kim@example.com\n"
               "> Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound;"
               " not found'\n> \n> Nobody else seems to know him.\n\n"
               "Thanks, I'll drop him then.\n", "Re: [PATCH] fix",
               "Lee <lee@example.org>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  /* ... not a person's own line under a quoted address */
  scan_one(&o, "> kim@example.com\n> I wrote to him and he said 550 is fine\n"
           "\nOK.\n", "Re: [PATCH] fix", "Lee <lee@example.org>");
  CHECK_INT(o.n, 0);
  /* a quoted reply separator above does not end the reading of the
     quoted lines below it */
  f = scan_one(&o, ">> -----Original Message-----\n>> From: Ann "
               "<ann@example.org>\n>> Subject: Re: [PATCH] fix\n>>\n"
               ">> Looks good.\n>\n> I wrote to him and got:\n"
               "> kim@example.com\n> Remote Server returned '550 5.1.1 "
               "RESOLVER.ADR.RecipNotFound; not found'\n\nThanks.\n",
               "Re: [PATCH] fix", "Lee <lee@example.org>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  /* the quoted mail's header block: the addresses of its fields, and
     of the lines the quoting client folded them on, are no recipients */
  f = scan_one(&o, "> -----Original Message-----\n> From: Ann "
               "<ann@example.org>\n> To: team@lists.example.org\n"
               "> Cc: Pat <pat@example.org>; linux-\n> list@example.net; "
               "bob@example.net\n> Subject: RE: Fix PHY init timeout issues\n>\n"
               "> I got this:\n> kim@example.com\n> Remote Server returned "
               "'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n",
               "RE: [PATCH] fix", "Ann <ann@example.org>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  /* a list's footer ends the post: its address is the list's */
  scan_one(&o, "> Your message couldn't be delivered to kim@example.com. "
           "Their inbox is full.\n\nThat too.\n\n"
           "_______________________________________________\n"
           "team mailing list\nteam@lists.example.org\n"
           "http://lists.example.org/mailman/listinfo/team\n",
           "Re: [PATCH] fix", "Lee <lee@example.org>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  /* ... as it does unquoted */
  scan_one(&o, "-----Original Message-----\nFrom: Ann <ann@example.org>\n"
           "\n> I wrote to him and got:\n> kim@example.com\n> Remote "
           "Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not "
           "found'\n", "Re: [PATCH] fix", "Lee <lee@example.org>");
  CHECK_INT(o.n, 0);
  /* where the quote ends, the reply's words are no diagnostic */
  scan_one(&o, "> Delivery to the following recipient failed permanently:\n"
           ">\n>      kim@example.com\n>\n> The recipient's mailbox is full.\n"
           "Mine was full as well, last week.\n", "Fwd: Delivery Status "
           "Notification (Failure)", "Lee <lee@example.org>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  CHECK(strstr(o.diag, "last week") == NULL);
  /* Coremail: "To :" with its Chinese label, the reason below its own
     label line, the footer where the notice ends */
  f = scan_one(&o, "\xe6\x8a\xb1\xe6\xad\x89\xef\xbc\x8c\xe6\x82\xa8\xe7\x9a"
               "\x84\xe9\x82\xae\xe4\xbb\xb6\xe8\xa2\xab\xe9\x80\x80\xe5\x9b"
               "\x9e\xe6\x9d\xa5\xe4\xba\x86\xe2\x80\xa6\xe2\x80\xa6/\n"
               "Sorry, your mail is returned...\n"
               "Original e-mail message :\n"
               "Subject : \tHello\n"
               "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba/To : \tkim@example.cn\n"
               "Bounce reason : \t\n"
               "Can not connect to recipient's server because of unstable "
               "network or firewall filter.\n"
               "Proposed Solution : \t\n\n"
               "This message is generated by Coremail.\n"
               "ann@example.cn\n", "Re: Hello", "Lee <lee@example.org>");
  CHECK(f != NULL);
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.cn");
  CHECK(strstr(o.diag, "Can not connect") != NULL);
}

/* a diagnostic a hard wrap cut goes on to the rest of its sentence, not
   to a program's line nor into a quoted reply's own lines */
static void test_soft_wrap (void) {
  One o;
  const char *f;
  f = scan_one(&o, "Your mail message to the following address(es) could "
               "not be\ndelivered.\n\n<kim@example.com>:\n"
               "child status 100...The e-mail message could not be\n"
               "delivered because the user's mailfolder is full.\n",
               "failure notice", "MAILER-DAEMON@example.com");
  CHECK(f != NULL);
  CHECK_DIAG(o, 1, "child status 100...The e-mail message"
            " could not be\ndelivered because the user's mailfolder is full.");
  /* the next line a program's ("procmail: ...") or a new sentence */
  scan_one(&o, "   ----- The following addresses had permanent fatal errors"
           " -----\n<kim@example.com>\n\n   ----- Transcript of session "
           "follows -----\n550 <kim@example.com>... User unknown here for\n"
           "procmail: Unknown user \"lee\"\n", "Returned mail: see transcript"
           " for details", "MAILER-DAEMON@example.com");
  CHECK_INT(o.n, 1);
  CHECK(strstr(o.diag, "procmail") == NULL);
  /* a reply read on to its closing quote is not read on again */
  scan_one(&o, "Delivery has failed to these recipients or groups:\n\n"
           "kim@example.net\n\nkim@example.net\n"
           "Remote Server returned '550 5.7.1 Unable to relay for the "
           "domain you\nnamed here'\nsee the help pages\n", "Undeliverable: x",
           NULL);
  CHECK_DIAG(o, 1, "550 5.7.1 Unable to relay for the "
            "domain you\nnamed here");
  /* a reply cut after its code goes on to the line below, whatever it
     starts with */
  scan_one(&o, "Delivery to the following recipient failed permanently:\n\n"
           "     kim@example.com\n\nTechnical details of permanent failure:\n"
           "The response from the remote server was:\n554 5.7.1\n"
           "<kim@example.com>: Relay access denied\n", "Delivery Status "
           "Notification (Failure)", "mailer-daemon@googlemail.com");
  CHECK_DIAG(o, 1, "554 5.7.1\n<kim@example.com>: Relay "
            "access denied");
  /* a status that gives its class alone ("Status: 5.0.0", pasted fields)
     does not take the place of what the notice said; Exim's lead-in to
     what the delivery attempt printed is no diagnostic */
  scan_one(&o, "A message that you sent could not be delivered to one or more "
           "of its\nrecipients. This is a permanent error. The following "
           "address(es) failed:\n\n  kim@example.com\n    retry timeout exceeded\n"
           "Action: failed\nFinal-Recipient: rfc822;kim@example.com\n"
           "Status: 5.0.0\n", "Mail delivery failed: returning message to sender",
           "Mailer-Daemon@mx.example.net");
  CHECK_ONE(o, 1, "kim@example.com", "retry timeout exceeded");
  scan_one(&o, "A message that you sent could not be delivered to one or more "
           "of its\nrecipients. This is a permanent error. The following "
           "address(es) failed:\n\n  kim@example.com\n\nThe following text "
           "was generated during the delivery attempt:\n\n------ kim@example.com "
           "------\n\nprocmail: Quota exceeded while writing\n",
           "Mail delivery failed: returning message to sender",
           "Mailer-Daemon@mx.example.net");
  CHECK_ONE(o, 1, "kim@example.com", "procmail: Quota exceeded while writing");
  /* a reply a hard wrap cut after its code and status, or after the
     address it names and a colon, goes on to the words below, a capital
     first */
  scan_one(&o, "This message was created automatically by mail delivery "
           "software.\n\nA message that you sent could not be delivered to "
           "one or more of its\nrecipients. The following address(es) failed:"
           "\n\n  kim@example.com\n    SMTP error from remote mailer after "
           "RCPT\nTO:<kim@example.com>:\n    host mx.example.com [192.0.2.1]: "
           "550 5.7.1\nUnable to relay for kim@example.com\n",
           "Mail delivery failed: returning message to sender",
           "Mail Delivery System <Mailer-Daemon@example.org>");
  CHECK_DIAG(o, 1, "550 5.7.1\nUnable to relay for "
            "kim@example.com");
  scan_one(&o, "The following recipient(s) could not be reached:\n\n"
           "kim@example.com\n   Error Type: SMTP\n   Remote server replied: "
           "550 5.7.1 <kim@example.com>:\nRelay access denied\n", "Message "
           "undeliverable: Report", "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "550 5.7.1 <kim@example.com>:\nRelay "
            "access denied");
  /* in a text wrapped at some width (no line longer than 80 bytes), a
     reply whose line was cut (the next line's first word would not have
     fit on it) goes on to that line, a capital first too; not in a text
     with longer lines */
  f = "This message was created automatically by mail delivery\n"
      "software.\n\nA message that you sent could not be delivered to one or\n"
      "more of its recipients. The following address(es) failed:\n\n"
      "  kim@example.com\n    host mx.example.com [192.0.2.1]: 550 5.7.1 "
      "The message\nHTML subpart, therefore we consider it spam.\n";
  scan_one(&o, f, "Mail delivery failed: returning message to sender",
           "Mail Delivery System <Mailer-Daemon@example.org>");
  CHECK_DIAG(o, 1, "550 5.7.1 The message\nHTML subpart, "
            "therefore we consider it spam.");
  scan_one(&o, "This message was created automatically by mail delivery "
           "software.\n\n  kim@example.com\n    host mx.example.com "
           "[192.0.2.1]: 550 5.7.1 The message has an HTML subpart, we refuse "
           "it\nPlease send plain text.\n", "Mail delivery failed: returning "
           "message to sender", "Mail Delivery System "
           "<Mailer-Daemon@example.org>");
  CHECK_DIAG(o, 1, "550 5.7.1 The message has an HTML "
            "subpart, we refuse it");
  /* a quoted notice re-wrapped: the tail of a quoted line, unquoted,
     goes on with the reply the quoted line cut */
  scan_one(&o, "> This is the mail system at host mx.example.org.\n>\n> I'm "
           "sorry to have to inform you that your message could not\n> be "
           "delivered to one or more recipients. It's attached below.\n>\n"
           ">                    The mail system\n>\n> <kim@example.com>: host "
           "mx.example.com[192.0.2.1]\n>     said: 550 5.7.1 Client host "
           "rejected: cannot find\nyour hostname,\n>    [192.0.2.9] (in reply "
           "to RCPT TO command)\n", "Undelivered Mail Returned to Sender",
           "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "550 5.7.1 Client host rejected: cannot "
            "find\nyour hostname,\n>    [192.0.2.9]");
  /* ... a tail between two quoted lines, whatever it starts with */
  scan_one(&o, "> This is the mail system at host mx.example.org.\n>\n> I'm "
           "sorry to have to inform you that your message could not\n> be "
           "delivered to one or more recipients. It's attached below.\n>\n"
           ">                    The mail system\n>\n> <kim@example.com>: "
           "host mx.example.com\n192.0.2.1[192.0.2.1] said:\n>     550 5.7.1 "
           "Content-Policy reject msg: HTML subpart\n", "Undelivered Mail "
           "Returned to Sender", "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "550 5.7.1 Content-Policy reject msg: "
            "HTML subpart");
  /* ... tails as long as a line, over the lines of the sentence */
  scan_one(&o, "> mx.example.com rejected the message you sent to the\n"
           "following email address:\n>\n> kim@example.com (kim@example.com)\n"
           "> The message was rejected by the recipient's domain\nbecause the "
           "address is not listed in the domain's\ndirectory.\n\nAny idea?\n",
           "Undeliverable: hi", "postmaster@example.com");
  CHECK_DIAG(o, 1, "The message was rejected by the recipient's domain\n"
            "because the address is not listed in the domain's\ndirectory.");
  /* ... the tail of the quoted line that named the recipient, no
     diagnostic open yet */
  scan_one(&o, "> I'm sorry to have to inform you that the message returned\n"
           "> below could not be delivered to one or more destinations.\n>\n"
           "> <kim@example.com>: host mx.example.com[192.0.2.1]\nsaid: 550 "
           "5.7.1\n>     <kim@example.com>... Relaying denied. Proper\n"
           "authentication required. (in\n>     reply to RCPT TO command)\n",
           "Undelivered Mail Returned to Sender", "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "550 5.7.1\n>     <kim@example.com>... Relaying denied. "
            "Proper\nauthentication required. (in\n>     reply to RCPT TO "
            "command)");
  /* a reply cut from its words at its code, the next line starting with
     the address it names: the reply starts at the code */
  scan_one(&o, "Your message failed to be delivered: 550 5.1.1\n<kim@example"
           ".org>: Recipient address rejected: User\nunknown in local "
           "recipient table\n", "Delivery failure", "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "550 5.1.1\n<kim@example.org>: "
            "Recipient address rejected: User\nunknown in local recipient "
            "table");
  /* a reply's line "550-" says more follow, past the words a wrap cut
     from it */
  scan_one(&o, "Hi. This is the smtp delivery program.\nI'm afraid I wasn't "
           "able to deliver your message to the\nfollowing addresses.\nThis "
           "is a permanent error; I've given up. Sorry it didn't\nwork out.\n"
           "<kim@example.com>, remote server said: 550-5.7.1\n[192.0.2.1  12] "
           "Our system has detected that this\nmessage is\n550 5.7.1 likely "
           "unsolicited mail.\n", "failure notice", "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "550-5.7.1\n[192.0.2.1  12] Our system has detected that "
            "this\nmessage is\n550 5.7.1 likely unsolicited mail.");
  /* a reply cut after a colon goes on to the words below the wrap moved
     down (not prose naming no reply: "..., host:" / "H (ip) reason: 550") */
  scan_one(&o, "Delivery has failed to these recipients or groups:\n\n"
           "kim@example.com\n\nRemote server returned '554 5.0.0\n"
           "<gmail-smtp-in.l.google.com #5.0.0 smtp; 550-5.7.1\n[192.0.2.1] "
           "Mails with two addresses in From:\nheader are refused.\n",
           "Undeliverable: hi", "postmaster@example.net");
  CHECK_DIAG(o, 1, "554 5.0.0\n<gmail-smtp-in.l.google.com #5.0.0 smtp; "
            "550-5.7.1\n[192.0.2.1] Mails with two addresses in From:\n"
            "header are refused.");
  scan_one(&o, "A message that you sent could not be delivered to one or\n"
           "more of its recipients. The following address(es)\nfailed:\n\n"
           "kim@example.com:\nSMTP error from remote server for TEXT command, "
           "host:\nmx.example.com (192.0.2.1) reason: 550 5.7.1\nContent-Policy "
           "reject msg: Wrong MIME labeling on 8-bit\n", "Mail delivery failed: "
           "returning message to sender", "Mailer-Daemon@example.org");
  CHECK(o.n == 1 && strncmp(o.diag, "550 5.7.1", 9) == 0);
  /* a reply after "said:" goes on to the "(in reply to ... command)" a
     few lines below, over lines the wrap left unindented, whatever the
     notice's family */
  scan_one(&o, "This is a system-generated message to inform you that your\n"
           "email could not be delivered to one or more recipients.\n\n"
           "<kim@example.com>: host\nmx.example.com[192.0.2.1] said: 550-Callout"
           "\n    verification failed: 550-550 5.1.10\nRESOLVER.ADR.Recipient"
           "NotFound;\n    Recipient not found (in reply to RCPT TO command)\n",
           "Undelivered Mail", "MAILER-DAEMON@example.org");
  CHECK(o.n == 1 && strstr(o.diag, "RecipientNotFound;\n    Recipient not "
                           "found") != NULL);
  /* ... the code alone on its line */
  scan_one(&o, "Your message couldn't be delivered to\nkim@example.org because "
           "the remote server is\nmisconfigured.\n\nThe response from the "
           "remote server was:\n554 5.7.1\n<kim@example.org>: Relay access "
           "denied\n", "Delivery Status Notification (Failure)",
           "Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  CHECK_DIAG(o, 1, "554 5.7.1\n<kim@example.org>: Relay access denied");
  /* not from a line too short to have been cut (Microsoft's "Status
     code: 550 5.7.1" over its own explanation) */
  scan_one(&o, "Delivery has failed to these recipients or groups:\n\n"
           "kim@example.com\nStatus code: 550 5.7.1\nThis error occurs when "
           "the domain has security or policy settings.\n", "Undeliverable: "
           "Report", "postmaster@example.org");
  CHECK_DIAG(o, 1, "550 5.7.1");
  /* Exchange's German notice: the line under the one that names the
     recipient says why */
  scan_one(&o, "Ihre Nachricht an kim@example.se konnte nicht zugestellt "
           "werden.\n--\nkim wurde nicht in example.se gefunden.\n",
           "Unzustellbar: Hallo", "postmaster@example.org");
  CHECK_ONE(o, 1, "kim@example.se", "kim wurde nicht in example.se gefunden.");
  /* addresses a comma joins on the line under the heading: each one a
     recipient, the second no diagnostic of the first */
  scan_one(&o, "Couldn't deliver the message to the following recipients:\n"
           "nic@example.com, holly@example.com\n", "Undeliverable: Hello",
           "postmaster@example.com");
  CHECK_DIAG(o, 2, "");
  /* a code a hard wrap cut from its enhanced status goes on to the status
     of its class that starts the next line */
  scan_one(&o, "<kim@example.com>: host smtp.example.org said: 550\n"
           "5.7.1 [ESA] Sender blocked.\n", "Undelivered Mail Returned to "
           "Sender", "MAILER-DAEMON@mx.example.net");
  CHECK_DIAG(o, 1, "550\n5.7.1 [ESA] Sender blocked.");
  /* a reply whose line says more follow ("550-") goes on to the next line
     of its code, its first words run together with an underscore */
  scan_one(&o, "Hi. This is the qmail-send program at example.net.\n"
           "I'm afraid I wasn't able to deliver your message to the following "
           "addresses.\nThis is a permanent error; I've given up. Sorry it "
           "didn't work out.\n\n<kim@example.com>, remote server said: "
           "550-5.7.1 Our system has detected that this message is\n"
           "550-5.7.1_likely unsolicited mail.\n550 5.7.1 more information.\n",
           "failure notice", "MAILER-DAEMON@example.net");
  CHECK_INT(o.n, 1);
  CHECK(strstr(o.diag, "unsolicited") != NULL);
}

/* an address a sentence names inline, then why ("because ..."): the
   sentence is the diagnostic, on over the line a wrap cut it at */
static void test_inline_why (void) {
  One o;
  scan_one(&o, "Address not found\nYour message wasn't delivered to "
           "kim@example.com because the address\ncouldn't be found, or is "
           "unable to receive mail.\n", "Delivery Status Notification "
           "(Failure)", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  CHECK_DIAG(o, 1, "Your message wasn't delivered to "
            "kim@example.com because the address\ncouldn't be found, or is "
            "unable to receive mail.");
}

/* the one failing reply a notice gives, above the details that name the
   recipient, outranks a details line below the address */
static void test_reply_above_details (void) {
  One o;
  scan_one(&o, "Error message below:\n550 - Requested action not taken: no "
           "such user here\n\nMessage details:\n  Subject: hello\n"
           "  MAIL FROM: ann@example.org\n  RCPT TO: kim@example.com\n\n"
           "  Size: 10.4 KiB\n", "Undeliverable", "postmaster@example.com");
  CHECK_ONE(o, 1, "kim@example.com", "550 - Requested action not taken: no "
            "such user here");
}

/* an address under a line that labels it the sender's, or whom to write
   to, is no recipient */
static void test_label_above (void) {
  One o;
  scan_one(&o, "Your message to kim@example.com couldn't be delivered.\n\n"
           "Original Message Details\nCreated Date:\n5/11/2026 5:34:18 PM\n"
           "Sender Address:\nann@example.org\nRecipient Address:\n"
           "kim@example.com\nSubject:\nhello\n", "Undeliverable: hello",
           "postmaster@example.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
  scan_one(&o, "This message was created automatically by mail delivery "
           "software.\nA message that you sent has not yet been delivered to"
           " one or more of its recipients.\n\n  kim@example.com\n\n"
           "host mx.example.net: 421 4.3.2 Service not available\n\n"
           "In caso ti serva aiuto scrivi a:\n(If you need help, write to:)\n"
           "  <help@posta.example.it>.\n", "Warning: message delayed",
           "MAILER-DAEMON@posta.example.it");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
}

/* a line naming whom to write to, and the rest of its sentence, is no
   diagnostic */
static void test_contact_not_diag (void) {
  One o;
  scan_one(&o, "This Message was undeliverable due to the following reason:"
           "\n\n     Host example.org not found\n\nThe following recipients "
           "did not receive this message:\n\n     <kim@example.org>\n\n"
           "Please reply to Postmaster@example.net\nif you feel this message "
           "to be in error.\n", "Returned mail: see transcript for details",
           "Mail Administrator <Postmaster@example.net>");
  CHECK_INT(o.n, 1);
  CHECK(strstr(o.diag, "reply to") == NULL);
  CHECK(strstr(o.diag, "in error") == NULL);
}

/* the words a label says are the reply ("The response was:") outrank the
   unlabelled line a forwarder wrote above the notice */
static void test_labelled_reply (void) {
  One o;
  scan_one(&o, "Hi, this one came back. Can you check?\n\n---------- "
           "Forwarded message ---------\nFrom: Mail Delivery Subsystem "
           "<mailer-daemon@googlemail.com>\nDate: Tue, 10 Jun 2025 15:06:03 "
           "-0700\nSubject: Delivery Status Notification (Failure)\nTo: "
           "ann@example.cl\n\nTu mensaje no se entreg\xc3\xb3 a kim@example.cl"
           " porque no encontramos el dominio example.cl.\nLa respuesta fue: "
           "DNS Error: DNS type 'mx' lookup of example.cl responded with code "
           "NXDOMAIN\n", "Fwd: Delivery Status Notification (Failure)",
           "Robin <robin@example.org>");
  CHECK_ONE(o, 1, "kim@example.cl", "DNS Error: DNS type 'mx' lookup of "
            "example.cl responded with code NXDOMAIN");
}

/* early OpenSMTPD's temporary failure notice, IceWarp's delay notice:
   the recipients delayed, not failed (no Subject says so) */
static void test_opensmtpd_temporary (void) {
  One o;
  scan_one(&o, "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail"
           " it is\njust a notification to let you know that an error has "
           "occured.\n\nYou ran into a TEMPORARY FAILURE, which means that "
           "the e-mail can't\nbe delivered right now.\n\nThe following "
           "recipients caused a temporary failure:\n\t<oscar@example.net>:\n"
           "452 4.2.2 <oscar@example.net>... Mailbox full\n", NULL,
           "MAILER-DAEMON@mx.example.org");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "oscar@example.net");
  CHECK_INT(o.temporary, 1);
  /* IceWarp's "Message delivery to 'a@b' delayed": the word after the
     address says it */
  scan_one(&o, "Message delivery to 'kim@example.net' delayed SMTP module"
           "(domain example.net) reports:\n connection with mx.example.net "
           "is broken\n", NULL, NULL);
  CHECK_INT(o.n, 1);
  CHECK_INT(o.temporary, 1);
  scan_one(&o, "Message delivery to 'kim@example.net' failed SMTP module"
           "(domain example.net) reports:\n 550 no such user\n", NULL, NULL);
  CHECK_INT(o.n, 1);
  CHECK_INT(o.temporary, -1);
}

/* scan_one, the caller taking a hit without recipient */
static const char *scan_nameless (One *o, const char *t, const char *subj,
                                  const char *from) {
  sb_prose_ctx c;
  memset(o, 0, sizeof *o);
  memset(&c, 0, sizeof c);
  c.subject = subj;
  c.subject_len = subj ? strlen(subj) : 0;
  c.from = from;
  c.from_len = from ? strlen(from) : 0;
  c.cues = SB_PROSE_NAMELESS;
  return sb_prose_read(t, strlen(t), &c, one_cb, o);
}

/* a mailer daemon's notice (From and Subject) that says what failed but
   names no one: one hit without recipient, its diagnostic the failing
   reply the text gives apart from any address, else the line that says
   what failed, when the caller asks (SB_PROSE_NAMELESS); nothing under
   a reply's Subject or a person's From */
static void test_nameless (void) {
  static const char qmail[] = "Hi. This is the qmail-send program at "
      "mx.example.org.\nI'm afraid I wasn't able to deliver your message to "
      "the following addresses.\nThis is a permanent error; I've given up. "
      "Sorry it didn't work out.\n:\n192.0.2.7 does not like recipient.\n"
      "Remote host said: 550 MAILBOX NOT FOUND\nGiving up on 192.0.2.7.\n";
  One o;
  const char *f = scan_nameless(&o, qmail, "failure notice", "MAILER-DAEMON@mx.example.org");
  CHECK_STR(f, strlen(f), "qmail");
  CHECK_ONE(o, 1, "(none)", "550 MAILBOX NOT FOUND");
  scan_nameless(&o, "Your email could not be delivered to the recipient.\n",
           "Mail Delivery Failure: 01J9", "Mail Delivery System <mailer-daemon@h.example>");
  CHECK_DIAG(o, 1, "Your email could not be delivered to the recipient.");
  scan_nameless(&o, qmail, "Re: failure notice", "MAILER-DAEMON@mx.example.org");
  CHECK_INT(o.n, 0);
  scan_nameless(&o, qmail, "failure notice", "Kim <kim@example.org>");
  CHECK_INT(o.n, 0);
  scan_nameless(&o, "Your message is attached below.\n", "failure notice",
           "MAILER-DAEMON@mx.example.org");
  CHECK_INT(o.n, 0);
  /* not asked for: nothing */
  scan_one(&o, qmail, "failure notice", "MAILER-DAEMON@mx.example.org");
  CHECK_INT(o.n, 0);
  /* a mailbox's placeholder for a stored message whose file is gone
     (hMailServer, dev r30): a message to the reader, no bounce; one
     sent "to your colleague" still is */
  scan_nameless(&o, "The mail server could not deliver the message to you "
      "since the file C:\\Data\\{7D3F}.eml does not exist on the server.\n",
      "Message undeliverable", "Postmaster");
  CHECK_INT(o.n, 0);
  scan_nameless(&o, "The mail server could not deliver the message to your "
      "colleague.\n", "Message undeliverable", "Postmaster");
  CHECK_INT(o.n, 1);
}

/* group r26: wordings and layouts of less common systems */
static void test_r26_readings (void) {
  One o;
  /* Citadel's warning: 'will continue attempting delivery' is a retry */
  scan_one(&o, "A message you sent has not been delivered to some or all of "
           "its recipients.\nCitadel will continue attempting delivery for "
           "five days.\nThe following addresses were undeliverable:\n\n"
           "bob@example.net: 451 4.3.0 <bob@example.net>: Temporary lookup "
           "failure\n", "Delivery Status Notification (Failure)",
           "Citadel <citadel@mail.example.org>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "bob@example.net");
  CHECK_INT(o.temporary, 1);
  /* Exchange 5.x in German, its umlauts lost to '?' by a wrong charset:
     the plural heading, then the recipient by name "am <date>" */
  scan_one(&o, "Ihre Nachricht hat einige oder alle Empf?nger nicht "
           "erreicht.\n Betreff: Test\n\nFolgende Empf?nger konnten nicht "
           "erreicht werden:\nEppelmann, Uwe am 21.08.98 16:32\nA "
           "restriction in the system prevented delivery of the message.\n"
           "MSEXCH:MSExchangeMTA:HAY:HAY04\n", "Undeliverable: Test",
           "System Administrator <postmaster@example.de>");
  CHECK_ONE(o, 1, "Eppelmann, Uwe", "A restriction in the system prevented "
            "delivery of the message.");
  /* DBMail: the failure phrase after the address speaks of the noun
     before it ("Mailbox of user <a> is FULL"): the line whole */
  scan_one(&o, "This is the DBMAIL-SMTP program.\n\nI'm sorry to inform you "
           "that your message, addressed to bob@example.org,\ncould not be "
           "delivered due to the following error.\n\n*** Mailbox of user "
           "bob@example.org is FULL ***\n", "DBMAIL: delivery failure",
           "DBMAIL-MAILER@mail.example.org");
  CHECK_ONE(o, 1, "bob@example.org", "*** Mailbox of user bob@example.org is "
            "FULL ***");
  /* Axway EMF: a line labelling the cause, its why on the next line,
     gives the listed recipient its diagnostic over the list's heading */
  scan_one(&o, "Your message has been delayed. The server will continue "
           "trying\nto forward the message. You do not need to resend the "
           "message.\nApparent cause of delivery failure:\nAttempts to "
           "connect to the remote server have failed.\nThe delay affects the "
           "following recipients:\nbob@example.net\n",
           "Delivery Notification - Your message has been delayed",
           "postmaster@emf.example.com");
  CHECK_ONE(o, 1, "bob@example.net", "Attempts to connect to the remote "
            "server have failed.");
  CHECK_INT(o.temporary, 1);
  /* a Gmail notice pasted from its address on, the heading above cut:
     the address just above "Technical details ..." is the recipient */
  scan_one(&o, "user5@sansad.nic.in\n\nTechnical details of permanent "
           "failure:\nGoogle tried to deliver your message, but it was "
           "rejected by the server for the recipient domain sansad.nic.in "
           "by mailgw.nic.in.\n", "Delivery Status Notification (Failure)",
           "Mail Delivery Subsystem <mailer-daemon@googlemail.com>");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "user5@sansad.nic.in");
  /* ... but not an address written before the details that a list
     heading already named */
  scan_one(&o, "Delivery to the following recipient failed permanently:\n\n"
           "     kim@example.com\n\nTechnical details of permanent failure:\n"
           "Google tried to deliver your message, but it was rejected by the "
           "server for the recipient domain example.com.\n", "Delivery "
           "Status Notification (Failure)", "mailer-daemon@googlemail.com");
  CHECK_INT(o.n, 1);
  CHECK_STR(o.rcpt, strlen(o.rcpt), "kim@example.com");
}

/* a notice run into one line: the diagnostic ends where a heading's
   rule starts on that line (the returned message's) */
static void test_run_on_rule (void) {
  One o;
  scan_one(&o, "Delivery to the following recipient failed permanently: "
           "kim@example.com Technical details of permanent failure: DNS "
           "Error: Domain name not found ----- Original message ----- "
           "MIME-Version: 1.0 Subject: Hi From: ann@example.org To: "
           "kim@example.com Content-Type: text/plain Hello\n",
           "Delivery Status Notification (Failure)",
           "mailer-daemon@googlemail.com");
  CHECK_DIAG(o, 1, "DNS Error: Domain name not found");
  scan_one(&o, "A copy of your message is being returned, because: \"KIM\" "
           "at EXAMPLE.ORG is an unknown recipient. ============ Failed "
           "message follows: ============ Date: Fri, 25 Jan 1991 00:06:58 "
           "EST From: ann@example.org To: kim@example.org Subject: Hi\n",
           "Failed mail", "MAILER-DAEMON@example.org");
  CHECK_DIAG(o, 1, "A copy of your message is being "
            "returned, because: \"KIM\" at EXAMPLE.ORG is an unknown "
            "recipient.");
}

/* a heading and its list run into one line: each address after the
   first that a blank alone joins to it is a recipient too */
static void test_list_run_on (void) {
  static const char t[] = "----- The following addresses had permanent "
      "fatal errors ----- <kim@example.com> <lee@example.com> ----- "
      "Transcript of session follows ----- 550 <kim@example.com>... User "
      "unknown\n";
  static const char subj[] = "Returned mail: see transcript for details";
  Got g;
  memset(&g, 0, sizeof g);
  sb_prose_scan(t, sizeof t - 1, subj, sizeof subj - 1, "MAILER-DAEMON", 13,
                collect, &g);
  CHECK_INT(g.n, 2);
  if (g.n == 2)
    CHECK_STR(g.h[1].recipient, g.h[1].recipient_len, "lee@example.com");
}

int main (void) {
  test_phase();
  test_nameless();
  test_opensmtpd_temporary();
  test_fixtures();
  test_small();
  test_exclude_stop();
  test_generic();
  test_generic_more();
  test_set_against();
  test_set_langs();
  test_set_marks();
  test_set_scripts();
  test_set_cells();
  test_last_resorts();
  test_forwarded();
  test_notice_openings();
  test_postfix_bare();
  test_unmarked_return();
  test_more_languages();
  test_links_fields();
  test_vendor_lines();
  test_generic_lines();
  test_exim_generated();
  test_german();
  test_many();
  test_big();
  test_prefixes();
  test_names_delays();
  test_pair_lines();
  test_pair_below();
  test_r12_readings();
  test_r12_names();
  test_exchange_forms();
  test_r22_readings();
  test_r22c_readings();
  test_quoted_notices();
  test_soft_wrap();
  test_labelled_reply();
  test_run_on_rule();
  test_list_run_on();
  test_inline_why();
  test_reply_above_details();
  test_label_above();
  test_contact_not_diag();
  test_r26_readings();
  return check_summary("test_prose");
}
