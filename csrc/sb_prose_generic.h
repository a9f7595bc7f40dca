/*
** sb_prose_generic.h -- the part of sb_prose.c that no family's markers
** lead to: the generic reading of a text without a list (an address the
** text names as a recipient, paired with a failing reply or a failure
** phrase on its line or a few lines below), the labels before a reply
** that any MTA writes ("Permanent Failure:", "Delay reason:"),
** Stalwart's "(host 'H' ... with code 550 (5.1.1) 'text')" after a
** recipient, the SMTP phase a diagnostic names (sb_mail_phase, which the
** mail reader also asks of a DSN's Diagnostic-Code), a hit's diagnostic
** cleaned as it is reported.  The last resorts and what works on the
** lines left are in sb_prose_last.h.  Included by sb_prose.c alone,
** after its reader state; its phrases are in sb_prose_words.h.
*/

#ifndef SB_PROSE_GENERIC_H
#define SB_PROSE_GENERIC_H

static int excluded (const St *st, size_t ab, size_t ae);
static void find_host (St *st, int t, size_t b, size_t e);
static void find_diag (St *st, int t, size_t b, size_t e);
static void after_failure (St *st, int r);
static int rcpt_field (St *st, size_t tb, size_t te);

/* a list item's mark or label before an address ("- ", "* ", "1. ", a
   bullet, a short label naming a recipient or an address: "Recipient: ",
   "Intended Recipients: ", "Failed address: ", "E-mail: "): where the
   address may start */
static size_t list_item (const char *s, size_t b, size_t e) {
  size_t p = b, k;
  if (p + 1 < e && (s[p] == '-' || s[p] == '*' || s[p] == '+')
      && is_space((unsigned char)s[p + 1])) p += 2;
  else if (e - p > 3 && (unsigned char)s[p] == 0xe2 && (unsigned char)s[p + 1]
           == 0x80 && (unsigned char)s[p + 2] == 0xa2) p += 3;  /* U+2022 */
  else {
    while (p < e && p - b < 3 && is_digit((unsigned char)s[p])) p++;
    if (p > b && p + 1 < e && (s[p] == '.' || s[p] == ')')
        && is_space((unsigned char)s[p + 1])) p += 2;
    else p = b;
  }
  while (p < e && is_space((unsigned char)s[p])) p++;
  for (k = p; k < e && k - p < 48 && (is_alnum((unsigned char)s[k])
                                      || s[k] == ' ' || s[k] == '-'); k++) ;
  if (k < e && k > p && s[k] == ':'
      && (CI_FIND(s, p, k, "recipient") != NONE || CI_FIND(s, p, k, "address")
          != NONE || CI_FIND(s, p, k, "mail") != NONE || CI_FIND(s, p, k, "rcpt")
          != NONE || CI_FIND(s, p, k, "user") != NONE)
      && CI_FIND(s, p, k, "from") == NONE && CI_FIND(s, p, k, "sender") == NONE) {
    for (p = k + 1; p < e && is_space((unsigned char)s[p]); p++) ;
    if (CI_AT(s, e, p, "rfc822;"))  /* a delivery status field's type */
      for (p += 7; p < e && is_space((unsigned char)s[p]); p++) ;
  }
  return p;
}

/* "Kim Example <kim@example.org>": where the address starts after a
   name of a few words before '<', or b */
static size_t named (const char *s, size_t b, size_t e) {
  size_t p, i;
  if (b >= e || !(byte_class[(unsigned char)s[b]] & C_NSTART)) return b;
  for (p = b; p < e && p - b < 64 && (byte_class[(unsigned char)s[p]] & C_NAME);
       p++) ;
  if (p == b || p + 1 >= e || s[p] != '<' || s[p + 1] == '/') return b;
  for (i = b; i < p; i++)  /* each word capitalised: "Please reply to" is none */
    if ((i == b || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z') return b;
  return p;
}

/* {======================================================================
** SMTP phase named by a diagnostic (the phrases: sb_prose_words.h)
** ======================================================================= */

/* the phrase at s[i]: its phase, or 0; the phrase must end a word.
   None is looked for when no phrase starts with the text's first two
   bytes (x->pair, hashed), and those whose first eight bytes (norm8) differ
   from the text's are passed over without a comparison */
static int phase_at (const PhaseIdx *x, const char *s, size_t n, size_t i) {
  size_t k, nl;
  int c = lower((unsigned char)s[i]);
  uint64_t v;
  if (i + 1 < n) {
    unsigned pr = PAIR_HASH(c, lower((unsigned char)s[i + 1]));
    if (!(x->pair[pr >> 3] & (1u << (pr & 7)))) return SB_PHASE_UNKNOWN;
  }
  v = norm8(s, n, i, &nl);
  for (k = x->start[c]; k < x->start[c + 1]; k++) {
    unsigned o = x->ord[k];
    const PhaseWord *p = &phase_words[o];
    size_t e;
    if ((v & x->mask[o]) != x->key[o]
        || (e = ws_at(s, n, i, p->w, p->len)) == 0)
      continue;
    if (e < n && is_alnum((unsigned char)s[e])
        && is_alnum((unsigned char)p->w[p->len - 1])) continue;
    return p->phase;
  }
  return SB_PHASE_UNKNOWN;
}

/*
** The phase of the first phrase found (the table puts longer phrases
** before their prefixes).  The text's start and each word start whose
** byte starts a phrase (x->cls: MC_FIRST; word starts: line_markers')
** is tried against the phrases that start with it: linear in len.
*/
static int phase_in (const PhaseIdx *x, const char *s, size_t len) {
  size_t i;
  int ph;
  if (s == NULL || len == 0) return SB_PHASE_UNKNOWN;
  if ((x->cls[(unsigned char)s[0]] & MC_FIRST)
      && (ph = phase_at(x, s, len, 0)) != SB_PHASE_UNKNOWN) return ph;
#if SB_SIMD16
  for (i = 1; x->words && len - i >= 16; i += 16) {
    unsigned c;
    for (c = starts16(s + i) & ~high_out16(&x->hi, s + i); c; c &= c - 1) {
      size_t j = i + (size_t)__builtin_ctz(c);
      if ((x->cls[(unsigned char)s[j]] & MC_FIRST)
          && (ph = phase_at(x, s, len, j)) != SB_PHASE_UNKNOWN) return ph;
    }
  }
  for (; i < len; i++)  /* (one byte a step) */
    if ((x->cls[(unsigned char)s[i]] & MC_FIRST)
        && !(x->cls[(unsigned char)s[i - 1]] & MC_ALNUM)
        && (ph = phase_at(x, s, len, i)) != SB_PHASE_UNKNOWN) return ph;
#else
  i = (x->cls[(unsigned char)s[0]] & MC_ALNUM) ? alnum_end(x->cls, s, 1, len) + 1 : 1;
  while (i < len) {  /* i: after a byte no alnum */
    int k = x->cls[(unsigned char)s[i]];
    if (k == 0) {  /* (bytes of neither class, stepped over in a run) */
      i = next_in(x->cls, s, i + 1, len);
      continue;
    }
    if ((k & MC_FIRST) && (ph = phase_at(x, s, len, i)) != SB_PHASE_UNKNOWN)
      return ph;
    if (k & MC_ALNUM)  /* past the word and the byte after it */
      i = alnum_end(x->cls, s, i + 1, len);
    i++;
  }
#endif
  return SB_PHASE_UNKNOWN;
}

int sb_mail_phase (const char *s, size_t len) {
  Idx mine;
  if (s == NULL) return SB_PHASE_UNKNOWN;
  return phase_in(&indexes(&mine)->px, s, len);
}

/* }====================================================================== */


#include "sb_prose_report.h"  /* a hit's diagnostic as reported */

/* {======================================================================
** The generic reading (no list marker): an address the text speaks of,
** and a failing reply or a failure phrase on its line or a few below
** ======================================================================= */

/* a failing reply ("550 ", "5.1.1") at a word start in [b, e): its
   offset, or NONE */
static size_t reply_in (const char *s, size_t b, size_t e) {
  const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
  size_t i = b;
  while (i < e) {
    if (e - i >= 8) {  /* to the next '4' or '5', eight bytes a step (the
                          two differ in bit 0 alone) */
      uint64_t y = (load8(s + i) | one) ^ (one * '5'), z = (y - one) & ~y & hi;
      if (z == 0) {
        i += 8;
        continue;
      }
      i += low_byte(z);  /* (the lowest byte flagged is one) */
    } else if (s[i] != '4' && s[i] != '5') {
      i++;
      continue;
    }
    if (!(i > b && (is_alnum((unsigned char)s[i - 1]) || s[i - 1] == '.'
                    || s[i - 1] == '-'))
        && (code_at(s, e, i) || status_at(s, e, i) != NONE))
      return i;
    i++;
  }
  return NONE;
}

/* is the reply reply_in found at r in [b, e) the status a line's text
   ends with in qmail's way, "... by that name. (#5.1.1)": words before
   it, no code at it; then the text is the line's, not from r */
static int trailer_status (const char *s, size_t b, size_t e, size_t r) {
  size_t i;
  if (!(r >= b + 4 && s[r - 1] == '#' && (s[r - 2] == '(' || s[r - 2] == ' ')
        && !code_at(s, e, r)))
    return 0;
  for (i = b; i + 2 < r; i++)
    if (((unsigned char)s[i] | 0x20) >= 'a' && ((unsigned char)s[i] | 0x20) <= 'z')
      return 1;
  return 0;
}

/* a failure phrase at s[i] (the line ending at e): 1 if one is there */
static int fail_at (const St *st, size_t i, size_t e) {
  const char *s = st->s;
  int c = lower((unsigned char)s[i]);
  size_t k;
  if (st->ix->fail_two) {  /* those of the same first two bytes */
    const unsigned short *s2 = st->ix->fail2_start;
    unsigned h;
    if (i + 1 >= e) return 0;  /* none fits */
    h = FAIL_HASH(c, lower((unsigned char)s[i + 1]));
    for (k = s2[h]; k < s2[h + 1]; k++) {
      const FailWord *f = fail_word(st->ix->fail2_ord[k]);
      if (ci_at(s, e, i, f->w, f->len)) return 1;
    }
    return 0;
  }
  for (k = st->ix->fail_start[c]; k < st->ix->fail_start[c + 1]; k++) {
    const FailWord *f = fail_word(st->ix->fail_ord[k]);
    if (ci_at(s, e, i, f->w, f->len)) return 1;
  }
  return 0;
}

/* a failure phrase at a word start in [b, e): its offset, or NONE */
static size_t fail_scan (const St *st, size_t b, size_t e) {
  const char *s = st->s;
  const unsigned char *first = st->ix->fail_first;
  size_t i;
  for (i = b; i < e; i++) {  /* i: b, or after a byte not C_INNAME */
    int c = (unsigned char)s[i];
    if (first[c] && fail_at(st, i, e)) return i;
    if (byte_class[c] & C_INNAME) {  /* none starts in a word or a name
                                        ("example.invalid"): past it and
                                        the byte after it */
      do i++; while (i < e && (byte_class[(unsigned char)s[i]] & C_INNAME));
    }
  }
  return NONE;
}

/* fail_scan, its answer kept for the line (a reading asks again for the
   lines it read: the generic passes, the lines a diagnostic spans) */
static size_t fail_in (St *st, size_t b, size_t e) {
  unsigned h = ((unsigned)b * 2654435761u) >> 26 & 63u;
  uint64_t bit = (uint64_t)1 << h;
  if ((st->fi_used & bit) && st->fi[h].b == b && st->fi[h].e == e)
    return st->fi[h].at;
  st->fi_used |= bit;
  st->fi[h].b = b;
  st->fi[h].e = e;
  return st->fi[h].at = fail_scan(st, b, e);
}

/* a header of the returned or forwarded message: its addresses are no
   recipients */
static int header_line (const char *s, size_t b, size_t e) {
  static const Lit h[] = {
    LIT("from:"), LIT("to:"), LIT("cc:"), LIT("bcc:"), LIT("reply-to:"),
    LIT("sender:"), LIT("return-path:"), LIT("message-id:"),
    LIT("in-reply-to:"), LIT("references:"), LIT("date:"), LIT("subject:"),
    LIT("sent:"), LIT("received:"), LIT("original-recipient:"),
    LIT("envelope-to:"), LIT("delivered-to:"), LIT("errors-to:"), LIT("x-"),
    LIT("list-"), LIT("mail from:"), LIT(">>> mail from"), LIT("--> mail from")
  };
  uint64_t firsts = 0;
  size_t k;
  int c;
  if (b >= e) return 0;
  SB_UNROLL  /* (the set of their first bytes, byte_bit's: a constant for
                GCC and clang; a line whose first byte is none of them
                is no such line) */
  for (k = 0; k < sizeof h / sizeof h[0]; k++) firsts |= BYTE_BIT(h[k].w[0]);
  if (!(firsts & BYTE_BIT(s[b]))) return 0;
  c = lower((unsigned char)s[b]);
  for (k = 0; k < sizeof h / sizeof h[0]; k++)  /* the first byte first */
    if ((unsigned char)h[k].w[0] == c && ci_at(s, e, b, h[k].w, h[k].len))
      return 1;
  return 0;
}

/* bytes before an address where the words naming it are looked for, and
   addresses of a line that are tried: both bound the work of a line */
#define LOOKBACK  80
#define LINE_ADDRS  16

/* a line that labels the address on the line below as no recipient's:
   the sender's alone (Exchange's "Original Message Details": "Sender
   Address:\nann@example.org\nRecipient Address:\nkim@example.com"), or
   one ending in whom to write to ("(If you need help, write to:)\n
   <postmaster@h>") */
static int sender_label (const char *s, size_t b, size_t e) {
  static const char *const w[] = {
    "sender", "sender address", "sender's address", "sender email",
    "from", "envelope from", "mail from", "absender", "remitente",
    "mittente", "afzender", "exp\xc3\xa9\x64iteur", "remetente"
  };
  size_t k, n;
  if (e > b && s[e - 1] == ')') e--;
  if (e - b < 5 || s[e - 1] != ':') return 0;
  for (n = e - 1; n > b && is_space((unsigned char)s[n - 1]); n--) ;
  for (k = 0; k < sizeof w / sizeof w[0]; k++)
    if (n - b == strlen(w[k]) && ci_at(s, n, b, w[k], n - b)) return 1;
  return (n - b >= 8 && CI_AT(s, n, n - 8, "write to"))
      || (n - b >= 7 && CI_AT(s, n, n - 7, "contact"))
      || (n - b >= 8 && CI_AT(s, n, n - 8, "scrivi a"));
}

/* an address the text names as the sender or as someone to write to
   ("from a@b", "sender: a@b", "contact a@b", "mail to a@b"): the word
   before it */
static int not_recipient (const char *s, size_t b, size_t ab) {
  static const char *const w[] = {
    "from", "sender", "contact", "contacting", "by", "mailto",
    "envelope-from", "return-path", "message", "id", "message-id", "msgid"
  };
  size_t we = ab, wb, k;
  if (ab - b > LOOKBACK) b = ab - LOOKBACK;  /* linear: a bounded look */
  for (wb = ab; wb > b && !is_space((unsigned char)s[wb - 1])
                && s[wb - 1] != '<' && s[wb - 1] != '"'; wb--)
    if (wb - b >= 3 && s[wb - 1] == '/' && s[wb - 2] == '/' && s[wb - 3] == ':')
      return 1;  /* in a link: "https://h/u?email=a@b" */
  while (we > b && (s[we - 1] == '<' || s[we - 1] == '"' || s[we - 1] == ':'
                    || s[we - 1] == '=' /* a log's "from=<a@b>" */
                    || s[we - 1] == '(' || quote_byte((unsigned char)s[we - 1])
                    || is_space((unsigned char)s[we - 1]))) we--;
  for (wb = we; wb > b && (is_alnum((unsigned char)s[wb - 1])
                           || s[wb - 1] == '-'); wb--) ;
  if ((wb >= b + 9 && CI_AT(s, wb, wb - 9, "expanded "))
      || (wb >= b + 10 && CI_AT(s, wb, wb - 10, "generated ")))
    return 0;  /* Postfix's "(expanded from <a@b>)", Exim's "generated by
                  a@b" and "(generated from a@b)" under a pipe, a file or
                  an undisclosed address: the one written to */
  if (wb >= b + 2 && s[wb - 1] == '(' && s[wb - 2] == ']')
    return 0;  /* "[a@b](mailto:a@b)": the link of an address written */
  for (k = 0; k < sizeof w / sizeof w[0]; k++)
    if (we - wb == strlen(w[k]) && ci_at(s, we, wb, w[k], we - wb)) return 1;
  if (CI_FIND(s, b, ab, "contact") != NONE
      || CI_FIND(s, b, ab, "send mail to") != NONE
      || CI_FIND(s, b, ab, "write to") != NONE)
    return 1;
  /* "please forward this email to a@b": someone to ask for help, the
     request maybe wrapped onto the line of the address */
  b = ab > LOOKBACK ? ab - LOOKBACK : 0;
  if ((k = CI_FIND(s, b, ab, "forward ")) == NONE) return 0;
  return CI_AT(s, ab, k + 8, "this") || CI_AT(s, ab, k + 8, "it to");
}

/* the words before an address that name it as a recipient (mention;
   in other languages: rcpt_nouns) */
static const char *const mention_words[] = {
  "deliver", "recipient", "rcpt to", "address", "mailbox", "user",
  "to:", "to <", "failed", "zustell", "destinat", "empf"
};

/* is [b, e) a short label in a charset the mail did not declare (before
   an address alone on its line: "Recipient" in GBK, read as bytes that
   are no UTF-8, as U+FFFD, or, taken for Latin-1, as letters of
   U+0080-U+00FF only:
   "\xc3\x8a\xc3\x95\xc2\xbc\xc3\xbe\xc3\x88\xc3\x8b"), blanks
   between, a colon at its end?  A word of a script the tables read is
   no such label, nor one with ASCII letters ("Empf\xc3\xa4nger:"). */
static int undecoded_label (const char *s, size_t b, size_t e) {
  size_t i;
  int n = 0, other = 0, bad = 0;
  while (e > b && (is_space((unsigned char)s[e - 1]) || s[e - 1] == ':')) e--;
  if (e - b < 2 || e - b > 32) return 0;
  for (i = b; i < e; i++) {
    unsigned c = (unsigned char)s[i], k, len;
    if (c < 0x80) {
      if (!is_space((int)c)) return 0;
      continue;
    }
    n++;
    len = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 && c < 0xf0 ? 3
        : c >= 0xc2 && c < 0xe0 ? 2 : 0;
    for (k = 1; k < len; k++)
      if (i + k >= e || ((unsigned char)s[i + k] & 0xc0) != 0x80) break;
    if (len == 0 || k < len) { bad = 1; continue; }  /* no UTF-8 here */
    if (c == 0xef && (unsigned char)s[i + 1] == 0xbf
        && (unsigned char)s[i + 2] == 0xbd)
      bad = 1;  /* U+FFFD: a byte the decoder could not read */
    else if (c > 0xc3) other = 1;  /* a letter past U+00FF */
    i += len - 1;
  }
  return n >= 2 && (bad || !other);
}

/* does the text before an address in its line [b, ab) name it as a
   recipient ("could not deliver to", "Recipient:", "RCPT TO:<"), or is
   the address alone on its line? */
static int mention (const Idx *ix, const char *s, size_t b, size_t ab,
                    size_t ae, size_t e) {
  size_t p = ae;
  if (not_recipient(s, b, ab)) return 0;
  if (ab - b > LOOKBACK)  /* the words before it, in a bounded look */
    return find_any(&ix->ws[WS_MENTION], s, ab - LOOKBACK, ab)
        || find_any(&ix->ws[WS_NOUNS], s, ab - LOOKBACK, ab);
  {  /* "<a@b>: ..." (a recipient's line, its reply after the colon) */
    size_t c = ae;
    if (c < e && s[c] == '>') c++;
    if (c < e && s[c] == ':' && (c + 1 == e || is_space((unsigned char)s[c + 1]))
        && ab > b && s[ab - 1] == '<')
      return 1;
  }
  {  /* "a@b: host H said: ..." and "a@b (expanded from": a Postfix
        recipient's line without the brackets */
    size_t q = b;
    while (q < ab && (s[q] == '-' || s[q] == '*' || is_space((unsigned char)s[q])))
      q++;
    if (q == ab && ((ae < e && s[ae] == ':'
                     && (ae + 1 == e || is_space((unsigned char)s[ae + 1])))
                    || CI_AT(s, e, ae, " (expanded from")))
      return 1;
  }
  while (p < e && (s[p] == '>' || s[p] == ':' || s[p] == '"' || s[p] == ','
                   || quote_byte((unsigned char)s[p])
                   || is_space((unsigned char)s[p]))) p++;
  if (p == e || on_date(s, e, p)) {  /* alone, or Exchange's "on date" */
    size_t q = b;
    while (q < ab && (s[q] == '<' || s[q] == '"' || s[q] == '-'
                      || s[q] == '*' || quote_byte((unsigned char)s[q])
                      || is_space((unsigned char)s[q]))) q++;
    if (q == ab || undecoded_label(s, q, ab)) return 1;
    q = named(s, q, e);  /* "Kim Example <a@b>" alone */
    if (q + 1 == ab && s[q] == '<') return 1;
  }
  return find_any(&ix->ws[WS_MENTION], s, b, ab)
      || find_any(&ix->ws[WS_NOUNS], s, b, ab);
}

/* does the line before the one starting at tb end with "(expanded
   from" (Postfix folding "a@b (expanded from\n    c@d): ...")? */
static int expanded_before (const char *s, size_t tb) {
  size_t k = tb;
  while (k > 0 && (is_space((unsigned char)s[k - 1]) || s[k - 1] == '\n'
                   || s[k - 1] == '\r')) k--;
  return k >= 14 && CI_AT(s, k, k - 14, "(expanded from");
}

/* a sentence cut after an address by wrapping, its failure on the next
   line ("The message you sent to a@b\nwas quarantined."): the line
   [.., te) ends in no stop and the next starts with a letter and, in
   its first 80 bytes, says what failed */
static int wrapped_fail (St *st, size_t te) {
  const char *s = st->s, *nl;
  size_t b, e;
  int c = (unsigned char)s[te - 1], blank = 0;
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ')' || c == '>'
      || (nl = memchr(s + te, '\n', st->n - te)) == NULL)
    return 0;
  b = (size_t)(nl - s) + 1;
  for (;;) {  /* its quote marks too ("> was ..."), and one blank line (an
                 HTML text's lines made paragraphs) before a lowercase word */
    while (b < st->n && (is_space((unsigned char)s[b]) || s[b] == '>')) b++;
    if (blank || b >= st->n || (s[b] != '\r' && s[b] != '\n')) break;
    blank = 1;
    b += s[b] == '\r' && b + 1 < st->n && s[b + 1] == '\n' ? 2 : 1;
  }
  if (b >= st->n || (s[b] | 32) < 'a' || (s[b] | 32) > 'z'
      || (blank && (s[b] < 'a' || s[b] > 'z')))
    return 0;
  e = st->n - b > 80 ? b + 80 : st->n;
  if ((nl = memchr(s + b, '\n', e - b)) != NULL) e = (size_t)(nl - s);
  return fail_in(st, b, e) != NONE;
}

/*
** Addresses in a line of a text without a list: one the line or the
** lines below pair with a failing reply or a failure phrase is a
** recipient, with the line from the reply (or the text after the
** address) as its diagnostic; an address inside a quote mark or bracket
** (u8_mark_end: as a CJK text sets it) takes the whole line, the words
** before it too.  1 when the line gave a diagnostic.
*/
/* does the label before an address at ab name what is wrong with it
   ("Invalid receiver address: a@b", "Unknown user: a@b"): a cause that
   outranks a failure said more vaguely below ("could not be delivered") */
static int label_cause (const char *s, size_t b, size_t ab) {
  static const char *const causes[] = {
    "invalid", "unknown", "no such", "not found", "illegal", "does not exist", NULL
  };
  size_t e = ab;
  while (e > b && (s[e - 1] == '<' || s[e - 1] == '"' || is_space((unsigned char)s[e - 1])))
    e--;
  if (e == b || s[e - 1] != ':') return 0;
  return ci_find_any(s, b, e, causes);
}

/* does the sentence after an address say that its reason follows
   ("a@b: your mail could not be delivered for the following reason.",
   NAVER's Korean "a@b 님께 보내신 메일 ... 이 다음과 같은 이유로 전송
   실패했습니다."): the lines below give the why, not this one */
static int reason_follows (const char *s, size_t b, size_t e) {
  static const char *const w[] = {
    "following reason", "reason below", "reasons below",
    "\xeb\x8b\xa4\xec\x9d\x8c\xea\xb3\xbc \xea\xb0\x99\xec\x9d\x80 "
    "\xec\x9d\xb4\xec\x9c\xa0",  /* Korean "the following reason" */
    "\xe4\xbb\xa5\xe4\xb8\x8b\xe3\x81\xae\xe7\x90\x86\xe7\x94\xb1",
    /* Japanese "the reason below" */
    "\xe4\xbb\xa5\xe4\xb8\x8b\xe5\x8e\x9f\xe5\x9b\xa0",
    "\xe4\xb8\x8b\xe5\x88\x97\xe5\x8e\x9f\xe5\x9b\xa0",  /* Chinese */
    NULL
  };
  return ci_find_any(s, b, e, w);
}

/* is the word right before an address at ab (no ':' between) the noun
   its sentence speaks of ("Mailbox of user a@b is FULL", "E-mail address
   a@b is not known here", "The account a@b has been disabled"): the
   phrase after the address says what of it, the line whole is the
   diagnostic, not the words after the address alone */
static int subject_before (const char *s, size_t b, size_t ab) {
  static const char *const nouns[] = {
    "user", "mailbox", "address", "account", "recipient", "addressee", NULL
  };
  size_t we = ab, wb;
  int i;
  while (we > b && (s[we - 1] == '<' || s[we - 1] == '"'
                    || quote_byte((unsigned char)s[we - 1])
                    || is_space((unsigned char)s[we - 1]))) we--;
  for (wb = we; wb > b && is_alnum((unsigned char)s[wb - 1]); wb--) ;
  for (i = 0; nouns[i] != NULL; i++)
    if (we - wb == strlen(nouns[i]) && ci_at(s, we, wb, nouns[i], we - wb))
      return 1;
  return 0;
}

/*
** Does the line starting at tb go on an address field of a quoted or
** returned header ("cc: a@b, \"C D\" <c@d>," / "e@f, g@h")?  The lines
** above it (up to eight) each end with a comma, the first of them a To,
** Cc, Bcc, From or Reply-To field: its addresses are the message's
** other addressees, no recipients.
*/
static int comma_field (const char *s, size_t tb) {
  static const Lit h[] = {
    LIT("to:"), LIT("cc:"), LIT("bcc:"), LIT("from:"), LIT("reply-to:")
  };
  size_t pe = tb, pb, k;
  int n;
  for (n = 0; n < 8; n++) {
    if (pe == 0 || s[pe - 1] != '\n') return 0;
    pe--;  /* the previous line: [pb, pe), trimmed */
    if (pe > 0 && s[pe - 1] == '\r') pe--;
    for (pb = pe; pb > 0 && s[pb - 1] != '\n'; pb--) ;
    while (pe > pb && (s[pe - 1] == ' ' || s[pe - 1] == '\t')) pe--;
    if (pe == pb || s[pe - 1] != ',') return 0;
    {
      size_t q = pb;
      while (q < pe && (s[q] == ' ' || s[q] == '\t' || s[q] == '>')) q++;
      for (k = 0; k < sizeof h / sizeof h[0]; k++)
        if (ci_at(s, pe, q, h[k].w, h[k].len)) return 1;
    }
    pe = pb;
  }
  return 0;
}

/* a line [tb, te) naming no address that says what failed (a reply at
   rp, or NONE and a failure phrase): the generic reading's fail line, the
   addresses may follow; a failing reply there (the line whole when it
   ends in qmail's status, 'trailer') counted among those naming no one */
/*
** sendmail's own line for an address ("554 5.0.0 <a@b>... Service
** unavailable") right below the remote server's reply in the transcript
** ("<<< 552 Requested mail action aborted: exceeded storage allocation"),
** [tb, te) naming the address that ends at ae: the reply is the
** address's diagnostic, the line below it only sendmail's summary (its
** status the record's when the reply gives none).  1 when so.
*/
static int transcript_summary (St *st, int r, size_t tb, size_t ae, size_t te) {
  const char *s = st->s;
  size_t j;
  if (st->lt_line == 0 || st->line != st->lt_line + 1 || !code_at(s, te, tb)
      || te - ae < 4 || !CI_AT(s, te, ae, ">..."))
    return 0;
  j = status_at(s, te, tb + 4);
  st->cur = r;
  st->cur_line = st->line;
  diag_start(st, r, st->lt_b, st->lt_e, 4, CONT_NONE);
  if (j != NONE && status_at(s, st->lt_e, st->lt_b + 4) == NONE) {
    st->rec[r].pstatus = s + tb + 4;  /* (sendmail's status, the reply
                                         giving none) */
    st->rec[r].pstatus_len = j - (tb + 4);
  }
  return 1;
}

static void failure_line (St *st, size_t tb, size_t te, size_t rp, int trailer) {
  const char *s = st->s;
  size_t lb = trailer ? tb : rp;
  st->fail_line = st->line;
  st->fail_b = tb;
  st->fail_e = te;
  if (rp == tb + 4 && CI_AT(s, te, tb, "<<< ")) {
    st->lt_line = st->line;  /* (transcript_summary) */
    st->lt_b = rp;
    st->lt_e = te;
  }
  if (rp != NONE && (s[rp] == '4' || s[rp] == '5')
      && (st->nloose == 0 || te - lb != st->loose_e - st->loose_b
          || memcmp(s + lb, s + st->loose_b, te - lb) != 0)) {
    st->nloose++;
    st->loose_b = lb;
    st->loose_e = te;
  }
}

/*
** A line that labels a cause, its text on the next line ("Apparent
** cause of delivery failure:" / "Attempts to connect to the remote
** server have failed.", "Reason:" / "..."): that next line is the why
** of the list that follows (after_failure), over a heading that only
** says what failed.  Lines naming no address.
*/
static void cause_label (St *st, size_t tb, size_t te) {
  const char *s = st->s;
  if (memchr(s + tb, '@', te - tb) != NULL) return;
  if (st->why_label != 0 && st->line == st->why_label + 1 && te > tb
      && s[te - 1] != ':') {
    st->why_line = st->line;
    st->why_b = tb;
    st->why_e = te;
  }
  if (te > tb && s[te - 1] == ':' && te - tb <= 64
      && (CI_FIND(s, tb, te, "cause") != NONE
          || CI_FIND(s, tb, te, "reason") != NONE))
    st->why_label = st->line;
}

/* where the words after an address that ends at ae start on its line
   [.., te): past the marks that close or follow it ('>', ':', '"', ')',
   ']', quote marks, blanks, and with 'dot' a '.') */
static size_t past_addr (const char *s, size_t ae, size_t te, int dot) {
  size_t db = ae;
  while (db < te && (s[db] == '>' || s[db] == ':' || s[db] == '"'
                     || (dot && s[db] == '.') || s[db] == ')' || s[db] == ']'
                     || quote_byte((unsigned char)s[db])
                     || is_space((unsigned char)s[db]))) db++;
  return db;
}

/* where the words after the address at [ab, ae) on the line [tb, te)
   start, the line that wrapped_fail found cut before its failure ("<a@b>:
   User" / "unknown in virtual alias table"): the line whole when the word
   before the address is its sentence's noun; NONE if no words follow
   ("a@b,") */
static size_t wrapped_words (const char *s, size_t tb, size_t ab, size_t ae,
                             size_t te) {
  size_t db = past_addr(s, ae, te, 0), k;
  for (k = db; k < te && !is_alnum((unsigned char)s[k]); k++) ;
  if (k >= te) return NONE;
  return u8_mark_end(s, tb, ab) != 0 || subject_before(s, tb, ab) ? tb : db;
}

/* after the line [tb, te) of a recipient wrapped_words found: when the
   line gave its recipient no diagnostic as any line would (find_diag,
   generic_fail: "<a@b>: connect to" / "H[ip]:25: Connection refused"),
   the diagnostic is its words, going on as the sentence a wrap cut (soft_wrap); a
   prose's rank, so that a line saying what failed that does not go on
   with it still takes its place (generic_fail) */
static void wrapped_phrase (St *st, size_t tb, size_t te) {
  int r = st->wrap_rec - 1;
  st->wrap_rec = 0;
  if (r < 0 || r >= st->nrec || st->rec[r].rank >= 2
      || (st->rec[r].h.diag != NULL && st->rec[r].h.diag >= st->s + tb))
    return;
  st->rec[r].paired = 1;
  st->rec[r].rank = 0;  /* (over what after_failure gave) */
  diag_start(st, r, st->wrap_db, te, 1, CONT_NONE);
}

/* the recipient r named on the line: the current one, no diagnostic
   open */
static void line_rcpt (St *st, int r) {
  st->cur = r;
  st->cur_line = st->line;
  st->in_shared = 0;
  st->d.target = -1;
}

/* a reply a hard wrap cut from its words at its code, ending the line
   above the one at p ("... failed to be delivered: 550 5.1.1\n<a@b>:
   Recipient address rejected"): where the code starts, or NONE */
static size_t code_above (const char *s, size_t p) {
  size_t e, i;
  while (p > 0 && s[p - 1] != '\n') p--;
  if (p < 2) return NONE;
  e = p - 1;  /* the line above ends at e */
  if (s[e - 1] == '\r') e--;
  while (e > 0 && is_space((unsigned char)s[e - 1])) e--;
  for (i = e; i > 0 && i + 12 > e && (is_digit((unsigned char)s[i - 1])
                                       || s[i - 1] == '.' || s[i - 1] == ' '); i--) ;
  while (i < e && s[i] == ' ') i++;
  if (e - i < 3 || (i > 0 && s[i - 1] != ' ' && s[i - 1] != ':'
                     && s[i - 1] != '\n')  /* (a code alone on its line) */
      || !code_alone(s + i, e - i))
    return NONE;
  return i;
}

static int generic_line (St *st, size_t tb, size_t te) {
  const char *s = st->s;
  size_t p = tb, ab, ae, rp, fp;
  int got = 0, tried = 0, field, trailer;
  st->wrap_rec = 0;
  if ((field = rcpt_field(st, tb, te)) != 0) return field > 0;
  if (header_line(s, tb, te) || comma_field(s, tb)) return 1;
  cause_label(st, tb, te);
  rp = reply_in(s, tb, te);
  if (rp == NONE && s[tb] == '<' && find_addr(s, tb, te, &ab, &ae) && ab == tb + 1
      && ae + 1 < te && s[ae] == '>' && s[ae + 1] == ':')
    rp = code_above(s, tb);  /* "<a@b>: words" under a reply's code */
  trailer = rp != NONE && trailer_status(s, tb, te, rp);
  fp = rp == NONE ? fail_in(st, tb, te) : NONE;
  if ((rp != NONE || fp != NONE) && !find_addr(s, tb, te, &ab, &ae))
    failure_line(st, tb, te, rp, trailer);
  else if (rp == NONE && fp == NONE && find_addr(s, tb, te, &ab, &ae)
           && alone_on_line(s, tb, te, ab, ae) != NONE && !excluded(st, ab, ae)) {
    st->alone_line = st->line;  /* (apply_markers: details may follow) */
    st->alone_b = ab;
    st->alone_e = ae;
  }
  while (p < te && tried++ < LINE_ADDRS && find_addr(s, p, te, &ab, &ae)) {
    int r;
    size_t db;
    p = ae;
    if (excluded(st, ab, ae)) continue;
    if (ab == tb && st->cur >= 0 && expanded_before(s, tb))
      continue;  /* the address the recipient was expanded from */
    if (rp == NONE && fp == NONE) {
      int wf = wrapped_fail(st, te) && !not_recipient(s, tb, ab);
      if (!mention(st->ix, s, tb, ab, ae, te) && !wf
          && (st->fail_line == 0
          || st->line - st->fail_line > GENERIC_SPAN
          || not_recipient(s, tb, ab))) {
        if (!not_recipient(s, tb, ab) && (r = rec_get(st, ab, ae, 0)) >= 0)
          line_rcpt(st, r);  /* a recipient named again (Exim's "------ a@b
                                ------" over the text the delivery attempt
                                gave): what follows is its own */
        continue;
      }
      r = rec_get(st, ab, ae, 1);
      if (r < 0) return 1;
      line_rcpt(st, r);
      after_failure(st, r);
      if (wf && (st->wrap_db = wrapped_words(s, tb, ab, ae, te)) != NONE)
        st->wrap_rec = r + 1;  /* (read_line: wrapped_phrase) */
      continue;
    }
    if (not_recipient(s, tb, ab)) continue;
    r = rec_get(st, ab, ae, 1);
    if (r < 0) return 1;
    if (rp == tb && transcript_summary(st, r, tb, ae, te)) {
      got = 1;
      continue;
    }
    st->cur = r;
    st->cur_line = st->line;
    st->in_shared = 0;
    if (rp != NONE && !trailer) db = rp;
    else {  /* the phrase: the text after the address, or the line */
      db = past_addr(s, ae, te, 1);
      if (db >= te || fp < ab || u8_mark_end(s, tb, ab) != 0
          || subject_before(s, tb, ab)) db = tb;
      else if (CI_AT(s, te, db, "delayed") || CI_AT(s, te, db, "deferred"))
        st->rec[r].h.temporary = 1;  /* "delivery to 'a@b' delayed" */
    }
    find_host(st, r, tb, te);
    line_phase(st, r, tb, te);
    if (rp != NONE && rp > ae) {  /* "<a@b>: host H said: 550 ..." */
      size_t q = ae;
      while (q < te && (s[q] == '>' || s[q] == ':' || s[q] == '"'
                        || is_space((unsigned char)s[q]))) q++;
      find_diag(st, r, q, te);
    }
    if (rp == NONE && (fp < ab || reason_follows(s, db, te))) {
      /* "could not deliver to a@b": what failed, the why may follow */
      st->rec[r].paired = 1;
      if (st->rec[r].rank <= 1) {  /* over the line that named it */
        st->rec[r].rank = 0;
        diag_start(st, r, tb, te, 1 + label_cause(s, tb, ab), CONT_NONE);
        if (fp > ab) st->rec[r].rank = 0;  /* (reason_follows: the next
                                              words of prose give way) */
      }
      st->d.target = -1;
    } else if (st->rec[r].rank < (rp != NONE ? 3 : 2)) {
      /* (a failing reply on the address's line outranks a phrase said
         of it before: "host H: 452 4.2.2 <a@b>: over quota" under "you
         will get a failure notice")
         a phrase goes on over lines indented more, or, cut in the
         middle of its sentence ("an a@b konnte nicht" / "zugestellt
         werden, da ..."), to the end of its paragraph */
      int mid = rp == NONE && db > ab && te > db
             && (is_alnum((unsigned char)s[te - 1])
                 || (unsigned char)s[te - 1] >= 0x80);
      st->rec_indent = st->indent;
      diag_start(st, r, db, te, rp != NONE ? 3 : 2,
                 rp != NONE ? CONT_REPLY : mid ? CONT_PARA : CONT_INDENT);
    }
    got = 1;
  }
  return got;
}

/* an address named a few lines below a line that said what failed
   ("could not be delivered to the following recipients:"): a recipient,
   that line its diagnostic until a better one comes */
static void after_failure (St *st, int r) {
  Rec *rec = &st->rec[r];
  if (st->fail_line == 0 || st->line - st->fail_line > GENERIC_SPAN) return;
  rec->paired = 1;
  if (rec->rank == 0) {
    if (st->why_line != 0 && st->why_line < st->fail_line
        && st->fail_line - st->why_line <= GENERIC_SPAN)
      diag_start(st, r, st->why_b, st->why_e, 1, CONT_NONE);  /* cause_label */
    else
      diag_start(st, r, st->fail_b, st->fail_e, 1, CONT_NONE);
    st->d.target = -1;
  }
}

/*
** "Final-Recipient: rfc822; a@b", "Original-Recipient: ..." and "Rcpt
** To: a@b" written into the prose: the address is a recipient (an Original-Recipient
** right above a Final-Recipient gives way to it), as each address of a
** pasted "X-Failed-Recipients:" is.  1 when the line was one, -1 when
** it named no address, 0 when it is none.
*/
static int rcpt_field (St *st, size_t tb, size_t te) {
  const char *s = st->s;
  size_t ab, ae;
  int orig = CI_AT(s, te, tb, "original-recipient:"), r;
  if (CI_AT(s, te, tb, "x-failed-recipients:")) {
    /* Exim's header, pasted with the notice: each address a recipient */
    size_t p = tb + 20;
    int got = -1;
    while (find_addr(s, p, te, &ab, &ae)) {
      p = ae;
      if (excluded(st, ab, ae) || (r = rec_get(st, ab, ae, 1)) < 0) continue;
      st->rec[r].paired = 1;
      st->cur = r;
      st->cur_line = st->line;
      got = 1;
    }
    st->in_shared = 0;
    st->d.target = -1;
    return got;
  }
  if (!orig && !CI_AT(s, te, tb, "final-recipient:")
      && !CI_AT(s, te, tb, "rcpt to:"))  /* the envelope's, in a notice's
                                            details ("Mail from: .. / Rcpt
                                            To: a@b") */
    return 0;
  if (!find_addr(s, tb, te, &ab, &ae)) return -1;
  if (excluded(st, ab, ae) && (orig || CI_AT(s, te, tb, "final-recipient:")
                               || CI_AT(s, ae, ab, "mailer-daemon@")))
    return -1;  /* (a route's notice may come from the address it refused:
                   its Rcpt To still names it) */
  if (!orig && st->orig_rec >= 0 && st->orig_rec == st->nrec - 1
      && st->line - st->orig_line <= 2 && rec_get(st, ab, ae, 0) < 0) {
    Rec *o = &st->rec[st->orig_rec];  /* renamed: the final one */
    o->h.recipient = s + ab;
    o->h.recipient_len = ae - ab;
    r = st->orig_rec;
  } else if ((r = rec_get(st, ab, ae, 1)) < 0) return 1;
  st->orig_rec = orig ? r : -1;
  st->orig_line = st->line;
  st->cur = r;
  st->cur_line = st->line;
  st->in_shared = 0;
  st->d.target = -1;
  st->rec[r].paired = 1;
  return 1;
}

/* in a text without a list, a line that only says what failed: the
   current address's diagnostic when nothing better came */
static void generic_fail (St *st, int t, size_t tb, size_t te) {
  Rec *r = target_rec(st, t);
  const char *s = st->s;
  size_t rp;
  if (r == NULL || t == SHARED || r->rank > 2) return;
  if ((rp = reply_in(s, tb, te)) != NONE && (r->h.diag == NULL
      || reply_in(r->h.diag, 0, r->h.diag_len) == NONE)) {
    r->rank = 0;  /* a failing reply below a phrase: the reply */
    diag_start(st, t, trailer_status(s, tb, te, rp) ? tb : rp, te, 3, CONT_REPLY);
    return;
  }
  if (r->rank >= 2) return;
  if (te - tb < 48 && (s[te - 1] == ':' || (te - tb >= 3
      && CI_AT(s, te, te - 3, "\xef\xbc\x9a")))) {
    st->await = 1;  /* "Reason:" alone: the why is on the next line */
    return;
  }
  if (fail_in(st, tb, te) != NONE) diag_start(st, t, tb, te, 2, CONT_NONE);
}

/* }====================================================================== */

#endif
