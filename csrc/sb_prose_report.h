/*
** sb_prose_report.h -- for sb_prose_generic.h (included once, where it
** stood there): a prose hit's diagnostic as it is reported (a heading's
** rule run into the line cut off, the enhanced status the text gives),
** and the replies that labels introduce: a delivery status field written
** into the text, a reply after "Permanent Failure: " or "Reported
** error:", Stalwart's "(host 'H' rejected command ... with code 550
** (5.1.1) 'text')" after a recipient.
*/

#ifndef SB_PROSE_REPORT_H
#define SB_PROSE_REPORT_H

/* {======================================================================
** A hit's diagnostic as reported
** ======================================================================= */

/* where a heading's rule starts in d[0..n) that a text run into one
   line kept inside the diagnostic ("... not found ----- Original message
   -----", "... here ------ This is a copy of the message", "...
   recipient. ====== Failed message follows: ======"): a blank, three
   dashes or equals signs or more, a blank and a letter; else n */
static size_t rule_of (const char *d, size_t n, int c) {
  const char *p = d, *e = d + n;
  while ((p = (const char *)memchr(p, c, (size_t)(e - p))) != NULL) {
    const char *q = p;
    while (q < e && *q == c) q++;
    if (p > d && p[-1] == ' ' && q - p >= 3 && e - q >= 2 && *q == ' '
        && ((q[1] | 32) >= 'a' && (q[1] | 32) <= 'z'))
      return (size_t)(p - d);
    p = q;
  }
  return n;
}

static size_t run_on_rule (const char *d, size_t n) {
  return rule_of(d, rule_of(d, n, '-'), '=');
}

/* the diagnostic without Postfix's "(in reply to X command)" tail, a
   heading run into its line after it (run_on_rule) and blanks at its
   ends */
static void clean_diag (sb_prose_hit *h) {
  size_t b = 0, e = h->diag_len, i, last = NONE;
  const char *d = h->diag;
  if (d == NULL) return;
  e = run_on_rule(d, e);
  for (i = 0; (i = ci_find(d, i, e, "(in", 3)) != NONE; i++)
    if (ws_at(d, e, i, "(in reply to ", 13) != 0) last = i;
  if (last != NONE && CI_FIND(d, last, e, "command") != NONE) e = last;
  trim(d, &b, &e);
  while (e > b && (d[e - 1] == '\n' || d[e - 1] == '\r')) e--;
  trim(d, &b, &e);
  /* the closing corner bracket of a quotation the notice sits in (a
     Japanese text's U+300C ... U+300D), its opening one not in the reply */
  if (e >= b + 3 && memcmp(d + e - 3, "\xe3\x80\x8d", 3) == 0
      && ci_find(d, b, e - 3, "\xe3\x80\x8c", 3) == NONE) {
    e -= 3;
    trim(d, &b, &e);
  }
  h->diag = d + b;
  h->diag_len = e - b;
}

/*
** An enhanced status of class 4 or 5 at a word start in [b, e) as the
** prose writes it ("#5.1.1", "(#5.7.1)", "550-5.1.1", "550 5.1.1",
** "[5.1.1]", "Status: 5.1.1"): its offset and end, or NONE.  Its
** subject is one digit ("4.92.3", a version, is none) and no digit,
** letter or dot comes before it (an IP address is none).
*/
static size_t status_in (const char *s, size_t b, size_t e, size_t *end) {
  size_t i, j;
  for (i = b; i + 5 <= e; i++) {
    /* the next '.' that may follow the class (memchr) */
    const char *dot = (const char *)memchr(s + i + 1, '.', e - 4 - i);
    if (dot == NULL) break;
    i = (size_t)(dot - s) - 1;
    if ((s[i] != '4' && s[i] != '5')
        || !is_digit((unsigned char)s[i + 2]) || s[i + 3] != '.') continue;
    if (i > b && (is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '.'
                  || s[i - 1] == '_' || s[i - 1] == '/' || s[i - 1] == '='))
      continue;
    for (j = i + 4; j < e && j < i + 7 && is_digit((unsigned char)s[j]); j++) ;
    if (j == i + 4 || (j < e && (is_alnum((unsigned char)s[j])
                                 || s[j] == '@' || s[j] == '-')))
      continue;
    if (j + 1 < e && s[j] == '.' && is_digit((unsigned char)s[j + 1]))
      continue;  /* "5.1.1.2": an IP address */
    *end = j;
    return i;
  }
  return NONE;
}

/* the first enhanced status of the diagnostic when the prose gave none
   apart from it (qmail's "(#5.1.1)", a reply's "550-5.1.1", "[5.1.1]") */
static void prose_status (sb_prose_hit *h) {
  const char *d = h->diag;
  size_t i, j = 0, first = NONE, fe = 0;
  if (h->status != NULL || d == NULL) return;
  int after_code = 0;
  for (i = 0; (i = status_in(d, i, h->diag_len, &j)) != NONE; i = j) {
    size_t k = i;
    if (i > 0 && d[i - 1] == '#') {  /* "(#5.1.1)", "<mx #5.7.133 smtp;...>":
                                        the MTA's own status */
      first = i;
      fe = j;
      break;
    }
    if (first == NONE) { first = i; fe = j; }
    while (k > 0 && (d[k - 1] == '\'' || d[k - 1] == '(' || d[k - 1] == '['))
      k--;
    if (!after_code && k >= 4 && (d[k - 1] == ' ' || d[k - 1] == '-')
        && code_at(d, k - 1, k - 4) && (k == 4 || !is_alnum((unsigned char)d[k - 5]))) {
      first = i;  /* the reply's own: "550-'5.4.1", "550 5.1.1" */
      fe = j;
      after_code = 1;
    }
  }
  if (first != NONE) {
    h->status = d + first;
    h->status_len = fe - first;
  }
}

/* }====================================================================== */


/* a field of a delivery status written into the text */
static int dsn_field (const char *s, size_t b, size_t e) {
  return CI_AT(s, e, b, "final-recipient:")
      || CI_AT(s, e, b, "original-recipient:") || CI_AT(s, e, b, "action:")
      || CI_AT(s, e, b, "status:") || CI_AT(s, e, b, "remote-mta:")
      || CI_AT(s, e, b, "reporting-mta:")
      || CI_AT(s, e, b, "diagnostic-code:");
}

/* a failing reply after ": " in [b, e) ("... reports: message text
   rejected by H: 552 ..."), or after a word's colon with no blank
   (Office 365's "Reported error:550 5.7.350 ..."): its offset, or NONE */
static size_t reply_after (const char *s, size_t b, size_t e) {
  size_t i;
  const char *c;
  for (i = b; (i = ci_find(s, i, e, ": ", 2)) != NONE; i++)
    if (i + 2 < e && (s[i + 2] == '4' || s[i + 2] == '5')
        && reply_at(s, e, i + 2)) return i + 2;
  for (i = b; i < e && (c = (const char *)memchr(s + i, ':', e - i)) != NULL; i++) {
    i = (size_t)(c - s);
    if (i > b && i + 1 < e && (s[i + 1] == '4' || s[i + 1] == '5')
        && ((s[i - 1] | 32) >= 'a' && (s[i - 1] | 32) <= 'z')
        && reply_at(s, e, i + 1)) return i + 1;
  }
  return NONE;
}

/* "Permanent Failure: ", "Delay reason: ", "Error: ", "Remote server
   replied: " before a reply: where the reply starts, or b */
static size_t skip_label (const char *s, size_t b, size_t e) {
  static const Lit l[] = {
    LIT("permanent failure:"), LIT("temporary failure:"), LIT("delay reason:"),
    LIT("error:"), LIT("remote server replied:"), LIT("server replied:"),
    LIT("smtp error:"), LIT("failed:"), LIT("reply:"), LIT("response:")
  };
  size_t k, i;
  int c;
  if (b >= e) return b;
  c = lower((unsigned char)s[b]);
  for (k = 0; k < sizeof l / sizeof l[0]; k++)
    if ((unsigned char)l[k].w[0] == c && ci_at(s, e, b, l[k].w, l[k].len)) {
      for (i = b + l[k].len; i < e && is_space((unsigned char)s[i]); i++) ;
      return reply_at(s, e, i) ? i : b;
    }
  return b;
}

/* "(host 'H' rejected command 'RCPT TO:<a@b>' with code 550 (5.1.1)
   'text')" after a recipient (Stalwart): 1 if the rest is one */
static int host_said (St *st, int r, size_t rest, size_t e) {
  const char *s = st->s;
  size_t i, j;
  if (!CI_AT(s, e, rest, "(host '")) return 0;
  i = rest + 7;
  for (j = i; j < e && s[j] != '\''; j++) ;
  set_host(st, r, i, j);
  if ((i = CI_FIND(s, j, e, "command '")) != NONE) {
    int ph = phase_in(st->px, s + i, e - i);
    i += 9;
    if (CI_AT(s, e, i, "rcpt")) ph = SB_PHASE_RCPT;
    else if (CI_AT(s, e, i, "mail")) ph = SB_PHASE_MAIL;
    else if (CI_AT(s, e, i, "data")) ph = SB_PHASE_DATA;
    if (ph != SB_PHASE_UNKNOWN) set_phase(st, r, ph);
  }
  if ((i = CI_FIND(s, rest, e, "with code ")) != NONE) {
    i += 10;
    for (j = e; j > i && s[j - 1] != ')'; j--) ;
    diag_start(st, r, i, j > i ? j - 1 : e, 3, CONT_NONE);
  }
  return 1;
}

#endif
