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
  if (lua_field(line, "status", want, sizeof want) && h->status != NULL)
    CHECK_STR(h->status, h->status_len, want);
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
}

/* }====================================================================== */


int main (void) {
  test_phase();
  test_fixtures();
  return check_summary("test_prose");
}
