/*
** sb_prose.c -- bounce mails written as prose by an MTA or a provider
** (no RFC 3464 part).  The text is read line by line: marker phrases
** name the family, then the lines that hold a recipient and the lines
** of its diagnostic are picked with the family's layout.
*/

#include <string.h>

#include "sb_prose.h"

static int lower (int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int is_digit (int c) { return c >= '0' && c <= '9'; }
static int is_alnum (int c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* the case-insensitive literal 'l' at s[i..n): 1 if it is there */
static int ci_at (const char *s, size_t n, size_t i, const char *l,
                  size_t ln) {
  size_t j;
  if (i > n || n - i < ln) return 0;
  for (j = 0; j < ln; j++)
    if (lower((unsigned char)s[i + j]) != (unsigned char)l[j]) return 0;
  return 1;
}

/* first occurrence of the lowercase literal 'l' in s[b..e): its offset,
   or (size_t)-1 */
static size_t ci_find (const char *s, size_t b, size_t e, const char *l,
                       size_t ln) {
  size_t i;
  if (ln == 0 || e < b || e - b < ln) return (size_t)-1;
  for (i = b; i + ln <= e; i++)
    if (lower((unsigned char)s[i]) == (unsigned char)l[0]
        && ci_at(s, e, i, l, ln)) return i;
  return (size_t)-1;
}


/* {======================================================================
** SMTP phase named by a diagnostic
** ======================================================================= */

typedef struct PhaseWord {
  const char *w;      /* lowercase phrase */
  unsigned char len;  /* its length */
  unsigned char phase;  /* sb_phase */
} PhaseWord;

#define PW(w, p)  { w, sizeof(w) - 1, p }
static const PhaseWord phase_words[] = {
  /* Postfix: "(in reply to RCPT TO command)" */
  PW("in reply to rcpt to command", SB_PHASE_RCPT),
  PW("in reply to mail from command", SB_PHASE_MAIL),
  PW("in reply to end of data command", SB_PHASE_EOD),
  PW("in reply to data command", SB_PHASE_DATA),
  PW("in reply to ehlo command", SB_PHASE_HELO),
  PW("in reply to helo command", SB_PHASE_HELO),
  PW("in reply to lhlo command", SB_PHASE_HELO),
  PW("in reply to starttls command", SB_PHASE_HELO),
  PW("in reply to auth command", SB_PHASE_HELO),
  PW("in reply to bdat command", SB_PHASE_EOD),
  PW("while receiving the initial server greeting", SB_PHASE_CONNECT),
  /* Exim: "SMTP error from remote mail server after RCPT TO:<x>:" */
  PW("after pipelined rcpt to", SB_PHASE_RCPT),
  PW("after rcpt to", SB_PHASE_RCPT),
  PW("after rcpt", SB_PHASE_RCPT),
  PW("after pipelined mail from", SB_PHASE_MAIL),
  PW("after mail from", SB_PHASE_MAIL),
  PW("after end of data", SB_PHASE_EOD),
  PW("after sending data block", SB_PHASE_EOD),
  PW("after pipelined data", SB_PHASE_DATA),
  PW("after data", SB_PHASE_DATA),
  PW("after initial connection", SB_PHASE_CONNECT),
  PW("after ehlo", SB_PHASE_HELO),
  PW("after helo", SB_PHASE_HELO),
  PW("after starttls", SB_PHASE_HELO),
  PW("after auth", SB_PHASE_HELO),
  /* qmail-remote */
  PW("does not like recipient", SB_PHASE_RCPT),
  PW("but sender was rejected", SB_PHASE_MAIL),
  PW("failed after i sent the message", SB_PHASE_EOD),
  PW("failed on data command", SB_PHASE_DATA),
  PW("but greeting failed", SB_PHASE_CONNECT),
  PW("but my name was rejected", SB_PHASE_HELO),
  /* Yahoo's tags after the reply */
  PW("[rcpt_to]", SB_PHASE_RCPT),
  PW("[mail_from]", SB_PHASE_MAIL),
  PW("[body]", SB_PHASE_EOD),
  PW("[data]", SB_PHASE_DATA),
  /* SMTP transcripts (sendmail, Courier): the command sent */
  PW(">>> rcpt to", SB_PHASE_RCPT),
  PW(">>> mail from", SB_PHASE_MAIL),
  PW(">>> data", SB_PHASE_DATA),
  PW(">>> .", SB_PHASE_EOD),
  PW(">>> ehlo", SB_PHASE_HELO),
  PW(">>> helo", SB_PHASE_HELO),
  PW(">>> starttls", SB_PHASE_HELO),
  /* others */
  PW("during rcpt to", SB_PHASE_RCPT),
  PW("during mail from", SB_PHASE_MAIL),
  PW("in response to rcpt to", SB_PHASE_RCPT),
  PW("in response to mail from", SB_PHASE_MAIL),
  PW("in response to end of data", SB_PHASE_EOD),
  PW("in response to data", SB_PHASE_DATA),
};
#undef PW

/* the phrase at s[i]: its phase, or 0; the phrase must end a word */
static int phase_at (const char *s, size_t n, size_t i) {
  size_t k;
  int c = lower((unsigned char)s[i]);
  for (k = 0; k < sizeof phase_words / sizeof phase_words[0]; k++) {
    const PhaseWord *p = &phase_words[k];
    size_t e = i + p->len;
    if (c != (unsigned char)p->w[0] || !ci_at(s, n, i, p->w, p->len))
      continue;
    if (e < n && is_alnum((unsigned char)s[e])
        && is_alnum((unsigned char)p->w[p->len - 1])) continue;
    return p->phase;
  }
  return SB_PHASE_UNKNOWN;
}

/*
** The phase of the first phrase found (the table puts longer phrases
** before their prefixes).  Each position is tried against a bounded
** table: linear in len.
*/
int sb_mail_phase (const char *s, size_t len) {
  size_t i;
  if (s == NULL) return SB_PHASE_UNKNOWN;
  for (i = 0; i < len; i++) {
    int c = lower((unsigned char)s[i]);
    if (c == 'i' || c == 'a' || c == 'w' || c == 'd' || c == 'b'
        || c == 'f' || c == '[' || c == '>') {
      int ph = phase_at(s, len, i);
      if (ph != SB_PHASE_UNKNOWN) return ph;
    }
  }
  return SB_PHASE_UNKNOWN;
}

/* }====================================================================== */


const char *sb_prose_scan (const char *text, size_t len,
                           const char *subject, size_t subject_len,
                           const char *from, size_t from_len,
                           sb_prose_cb cb, void *ud) {
  (void)subject; (void)subject_len; (void)from; (void)from_len;
  (void)cb; (void)ud;
  if (text == NULL) return NULL;
  if (ci_find(text, 0, len, "qmail-send program", 18) != (size_t)-1)
    return "qmail";
  return NULL;
}
