/*
** sb_parse.c -- SMTP reply parser and clean-text walker (see the "Reply
** parser" section of smtpbounce.h).
**
** Invariants that hold for the whole file:
** - every byte read goes through 'at' (which answers -1 past the end) or
**   sits behind an explicit 'i < len' test, so nothing is read out of
**   bounds and no NUL terminator is needed;
** - every scan is one forward pass with bounded look-ahead (at most a few
**   hundred bytes, or a run of blanks that no other look-ahead covers), so
**   parsing and walking are linear in the input length;
** - nothing allocates and nothing here is mutable outside the caller's
**   structs (the tables are const).
*/

#include <string.h>

#include "smtpbounce.h"

#define NONE ((size_t)-1)  /* "no position" */

#if !defined(SB_MAX_FORWARD)
/* longest forward address: 64 (local) + 1 + 255 (domain), RFC 5321 */
#define SB_MAX_FORWARD 320
#endif

#if !defined(SB_MAX_HOST)
/* longest host name in a "host NAME[ip] said:" prefix, RFC 1035 */
#define SB_MAX_HOST 255
#endif

#if !defined(SB_MAX_BRACKET)
/* longest "[ip]" after that name (an IPv6 literal with its tag fits) */
#define SB_MAX_BRACKET 64
#endif

#if !defined(SB_MAX_DIAGTYPE)
/* longest RFC 3464 diagnostic type ("smtp", "X-Postfix") before ';' */
#define SB_MAX_DIAGTYPE 32
#endif


/* {======================================================================
** Bytes and small tokens
** ======================================================================= */

/* byte 'i' of the input, or -1 past its end */
static int at (const char *s, size_t len, size_t i) {
  return i < len ? (int)(unsigned char)s[i] : -1;
}

static int is_digit (int c) { return c >= '0' && c <= '9'; }

/* space and every ASCII control byte (NUL, DEL too): folded in the text */
static int is_space (int c) { return c >= 0 && (c <= 0x20 || c == 0x7f); }

static int is_eol (int c) { return c == '\r' || c == '\n'; }

static int is_blank (int c) { return c == ' ' || c == '\t'; }

/* whitespace proper: space, \t, \n, \v, \f, \r */
static int is_ws (int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int to_lower (int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int is_alpha (int c) {
  c = to_lower(c);
  return c >= 'a' && c <= 'z';
}

static int is_alnum (int c) { return is_alpha(c) || is_digit(c); }

static int is_hostc (int c) {
  return is_alnum(c) || c == '.' || c == '-' || c == '_';
}

/* length of 'lit' (lowercase) if it occurs at 'i' ignoring case, else 0 */
static size_t lit_at (const char *s, size_t len, size_t i, const char *lit) {
  size_t k;
  for (k = 0; lit[k] != '\0'; k++)
    if (to_lower(at(s, len, i + k)) != (unsigned char)lit[k]) return 0;
  return k;
}

/* same, case-sensitive (HTML entity names) */
static size_t str_at (const char *s, size_t len, size_t i, const char *lit) {
  size_t k;
  for (k = 0; lit[k] != '\0'; k++)
    if (at(s, len, i + k) != (unsigned char)lit[k]) return 0;
  return k;
}

static size_t skip_blanks (const char *s, size_t len, size_t i) {
  while (is_blank(at(s, len, i))) i++;
  return i;
}

/* separators between a code, its status and the text: blanks and "-.:" */
static size_t skip_seps (const char *s, size_t len, size_t i) {
  int c;
  while ((c = at(s, len, i)) == ' ' || c == '\t' || c == '-' || c == '.'
         || c == ':')
    i++;
  return i;
}

/* value of exactly three digits at 'i' (no fourth one), else -1 */
static int digits3 (const char *s, size_t len, size_t i) {
  int a = at(s, len, i), b = at(s, len, i + 1), c = at(s, len, i + 2);
  if (!is_digit(a) || !is_digit(b) || !is_digit(c)
      || is_digit(at(s, len, i + 3)))
    return -1;
  return (a - '0') * 100 + (b - '0') * 10 + (c - '0');
}

/* a reply code: first digit 2-5, second 0-5, third 0-9 */
static int valid_code (int n) {
  return n >= 200 && n < 600 && n % 100 < 60;
}

/*
** Reply code at 'i': a valid code followed by the end, a space or control
** byte, or one of "-.:" ("550 ", "550-", "452.", "550:", "550").  0 if none.
*/
static int code_at (const char *s, size_t len, size_t i) {
  int n = digits3(s, len, i), f = at(s, len, i + 3);
  if (!valid_code(n)) return 0;
  return (f < 0 || is_space(f) || f == '-' || f == '.' || f == ':') ? n : 0;
}

/*
** Code that opens a later line of a multi-line reply: only the RFC 5321
** forms "ddd-", "ddd " and "ddd" at the end of the line.  0 if none.
*/
static int line_code_at (const char *s, size_t len, size_t i) {
  int n = code_at(s, len, i), f = at(s, len, i + 3);
  return (n && (f < 0 || f == '-' || is_space(f))) ? n : 0;
}

/* one to three digits at '*i' (advanced past them): value, or -1 */
static int num13 (const char *s, size_t len, size_t *i) {
  int v = 0, k;
  for (k = 0; k < 3 && is_digit(at(s, len, *i)); k++, (*i)++)
    v = v * 10 + (at(s, len, *i) - '0');
  return k ? v : -1;
}

/*
** Enhanced status code at 'i' (RFC 3463): class 2, 4 or 5, '.', subject
** and detail of 1-3 digits, ending at a boundary -- neither a digit nor
** '.'+digit follows -- so "5.7.1.200" and "4.3.2.1" never give one.
** Returns its end and fills 'st'; NONE (and 'st' untouched) if none.
*/
static size_t status_at (const char *s, size_t len, size_t i, int st[3]) {
  size_t j = i + 2;
  int c = at(s, len, i), sub, det;
  if ((c != '2' && c != '4' && c != '5') || at(s, len, i + 1) != '.')
    return NONE;
  if ((sub = num13(s, len, &j)) < 0 || at(s, len, j) != '.') return NONE;
  j++;
  if ((det = num13(s, len, &j)) < 0 || is_digit(at(s, len, j))) return NONE;
  if (at(s, len, j) == '.' && is_digit(at(s, len, j + 1))) return NONE;
  st[0] = c - '0';
  st[1] = sub;
  st[2] = det;
  return j;
}

/* the same, optionally '#'-prefixed ("550 #5.1.1") */
static size_t status_hash_at (const char *s, size_t len, size_t i,
                              int st[3]) {
  if (at(s, len, i) == '#') i++;
  return status_at(s, len, i, st);
}

/*
** From the start of a reply line: past the code, its separator, the status
** right after it and the separator after that ("554 5.7.1 - ERROR" stops
** at "ERROR").  Without a code, past a leading status only.  '*code' and
** 'st' get what was found (0 when absent).  Never crosses a line end.
*/
static size_t skip_code_status (const char *s, size_t len, size_t p,
                                int *code, int st[3]) {
  size_t e;
  st[0] = st[1] = st[2] = 0;
  *code = code_at(s, len, p);
  if (*code) p = skip_seps(s, len, p + 3);
  e = status_hash_at(s, len, p, st);
  return e == NONE ? p : skip_seps(s, len, e);
}

/* }====================================================================== */


/* {======================================================================
** Prefixes
** ======================================================================= */

/* "Diagnostic-Code:" + blanks at 'i', else NONE */
static size_t diag_at (const char *s, size_t len, size_t i) {
  size_t n = lit_at(s, len, i, "diagnostic-code:");
  return n ? skip_blanks(s, len, i + n) : NONE;
}

/* RFC 3464 diagnostic type "smtp;", "X-Postfix;" + blanks, else NONE */
static size_t dtype_at (const char *s, size_t len, size_t i) {
  size_t j = i + 1;
  int c;
  if (!is_alpha(at(s, len, i))) return NONE;
  while (j - i < SB_MAX_DIAGTYPE && ((c = at(s, len, j)) == '-' || is_alnum(c)))
    j++;
  if (at(s, len, j) != ';') return NONE;
  return skip_blanks(s, len, j + 1);
}

/* end of a "[...]" at 'i' (no blanks inside, 1..SB_MAX_BRACKET), or NONE */
static size_t bracket_at (const char *s, size_t len, size_t i) {
  size_t k;
  int c;
  if (at(s, len, i) != '[') return NONE;
  for (k = i + 1; k - i <= SB_MAX_BRACKET; k++) {
    c = at(s, len, k);
    if (c == ']') return k > i + 1 ? k + 1 : NONE;
    if (c < 0 || is_space(c) || c == '[') return NONE;
  }
  return NONE;
}

/*
** Postfix "host NAME[ip] said: " or Exim "host NAME [ip]: " at 'i'.  With
** "said:" the "[ip]" may be absent; without it the "[ip]" must be there,
** and then the line may also end (newer Exim puts the reply on the next
** lines).  Returns the end (blanks included) and sets '*relay' to NAME,
** or NONE.  Look-ahead is bounded.
*/
static size_t host_at (const char *s, size_t len, size_t i, sb_span *relay) {
  size_t n, j, k, b;
  int c;
  if (!lit_at(s, len, i, "host ")) return NONE;
  n = j = skip_blanks(s, len, i + 5);
  while (j - n <= SB_MAX_HOST && is_hostc(at(s, len, j))) j++;
  if (j == n || j - n > SB_MAX_HOST) return NONE;
  k = skip_blanks(s, len, j);
  b = bracket_at(s, len, k);
  if (b != NONE) k = skip_blanks(s, len, b);
  if (lit_at(s, len, k, "said:")) k += 5;
  else if (b == NONE) return NONE;
  else if ((c = at(s, len, k)) == ':') k++;
  else if (c >= 0 && !is_eol(c)) return NONE;
  relay->off = n;
  relay->len = j - n;
  return skip_blanks(s, len, k);
}

/* does a reply (code, status) or a "host ... said:" prefix start at 'k'? */
static int reply_follows (const char *s, size_t len, size_t k) {
  int st[3];
  sb_span dummy;
  return code_at(s, len, k) || status_hash_at(s, len, k, st) != NONE
         || host_at(s, len, k, &dummy) != NONE;
}

/*
** First separator on the line from 'i' that a reply follows: ':' or ';'
** plus one or more blanks, or "said:" with blanks optional.  Returns where
** the reply starts, or NONE; then '*tail' is just past a ':' that ends the
** line (only blanks after it), or NONE.  One pass up to the line end; the
** blanks after a separator are looked at twice at most.
*/
static size_t find_sep (const char *s, size_t len, size_t i, size_t *tail) {
  size_t k, last = NONE;  /* 'last': last non-blank byte of the line */
  int c;
  for (; (c = at(s, len, i)) >= 0 && !is_eol(c); i++) {
    if (c == ':' || c == ';') {
      k = skip_blanks(s, len, i + 1);
      if ((k > i + 1 || (c == ':' && i >= 4 && lit_at(s, len, i - 4, "said")))
          && reply_follows(s, len, k))
        return k;
    }
    if (!is_blank(c)) last = i;
  }
  *tail = (last != NONE && at(s, len, last) == ':') ? last + 1 : NONE;
  return NONE;
}

/*
** Exim "SMTP error from remote mail server after RCPT TO:<a@b.c>: " at 'i':
** up to the separator that precedes the reply, so the "after ..." words
** stay in the prefix; or, when the line ends with ':', the whole line.
** Uses the separators of 'find_sep', so when this fails the fallback scan
** of the same line fails as well (no rescanning).
*/
static size_t exim_at (const char *s, size_t len, size_t i) {
  size_t n, k, tail;
  n = lit_at(s, len, i, "smtp error from remote mail server");
  if (n == 0) n = lit_at(s, len, i, "smtp error from remote mailer");
  if (n == 0) return NONE;
  k = find_sep(s, len, i + n, &tail);
  return k != NONE ? k : tail;
}

/*
** Where the reply starts: skip the known prefixes (in any order, any
** number of times), and when no code or status comes next, look on the
** current line for a separator a reply follows.  Each step either moves
** strictly forward past all it scanned or ends the search, so the whole
** is linear.  Returns NONE if no reply is found (then the three digits
** where it was expected, if they are no valid code, set SB_F_BAD_CODE).
*/
static size_t find_body (const char *s, size_t len, sb_reply *r) {
  size_t p = 0, q, e, tail;
  int st[3];
  for (;;) {
    q = p;
    while (is_ws(at(s, len, q))) q++;
    if (code_at(s, len, q) || status_hash_at(s, len, q, st) != NONE)
      return q;
    if ((e = diag_at(s, len, q)) == NONE && (e = dtype_at(s, len, q)) == NONE
        && (e = host_at(s, len, q, &r->relay)) == NONE
        && (e = exim_at(s, len, q)) == NONE)
      e = find_sep(s, len, q, &tail);
    if (e == NONE) {
      int n = digits3(s, len, q);
      if (n >= 0 && !valid_code(n)) r->flags |= SB_F_BAD_CODE;
      return NONE;
    }
    p = e;
  }
}

/* }====================================================================== */


/* {======================================================================
** Lines, status in the text, forward address
** ======================================================================= */

/*
** A later line that starts (after blanks) at 'i': if it opens with a reply
** code, note a code that differs from the first and the first status
** right after such a code.  Returns whether the last code line so far is
** a continuation ("ddd-"); 'cont' is that answer before this line.
*/
static int later_line (const char *s, size_t len, size_t i, sb_reply *r,
                       int cont, size_t *st_off, int st[3]) {
  int c = line_code_at(s, len, i), tmp[3];
  size_t p;
  if (c == 0) return cont;
  if (c != r->code) r->flags |= SB_F_CODE_MISMATCH;
  p = skip_seps(s, len, i + 3);
  if (*st_off == NONE && status_hash_at(s, len, p, tmp) != NONE) {
    *st_off = p;
    memcpy(st, tmp, sizeof tmp);
  }
  return at(s, len, i + 3) == '-';
}

/*
** One pass over the body: count the lines that are not blank (CRLF, LF
** and bare CR all end a line); when the first line has a code, look at
** the code of each later line.  '*st_off' gets the offset of the first
** status right after a later line's code, or NONE.
*/
static void scan_lines (const char *s, size_t len, sb_reply *r,
                        size_t *st_off, int st[3]) {
  size_t i = r->body.off;
  int cont = r->code && at(s, len, i + 3) == '-', first = 1;
  *st_off = NONE;
  while (i < len) {
    while (i < len && is_space(at(s, len, i)) && !is_eol(at(s, len, i)))
      i++;
    if (i < len && !is_eol(at(s, len, i))) {
      r->nlines++;
      if (!first && r->code)
        cont = later_line(s, len, i, r, cont, st_off, st);
      while (i < len && !is_eol(at(s, len, i))) i++;
    }
    first = 0;
    i++;  /* past the line end */
  }
  if (r->nlines > 1) r->flags |= SB_F_MULTILINE;
  if (cont) r->flags |= SB_F_NO_FINAL;
}

/*
** First status in the delimited forms servers put in the text --
** "(#5.7.1)", "[5.7.1]", "(5.7.1)", "[#4.16.1]" (closing bracket needed)
** and "#5.1.0" -- from 'i'.  Offset of the form, or NONE.
*/
static size_t find_delimited (const char *s, size_t len, size_t i,
                              int st[3]) {
  size_t e;
  int c;
  for (; i < len; i++) {
    c = at(s, len, i);
    if (c == '(' || c == '[') {
      e = status_hash_at(s, len, i + 1, st);
      if (e != NONE && at(s, len, e) == (c == '(' ? ')' : ']')) return i;
    }
    else if (c == '#' && status_at(s, len, i + 1, st) != NONE)
      return i;
  }
  return NONE;
}

/* the address inside '<' ... '>' (or "&lt;" ... "&gt;") that starts at 'a'
** and stops at 'j'; 'ent' tells which brackets */
static int forward_ok (const char *s, size_t len, size_t a, size_t j,
                       size_t atpos, int ent) {
  if (ent ? !str_at(s, len, j, "&gt;") : at(s, len, j) != '>') return 0;
  return atpos > a && atpos + 1 < j && j - a <= SB_MAX_FORWARD;
}

/*
** First "<local@domain>" (exactly one '@', no spaces, at most
** SB_MAX_FORWARD bytes), or "&lt;local@domain&gt;", from 'i'.  A failed
** candidate resumes at the byte that stopped it, and no candidate can
** start in between, so each byte is read at most twice.
*/
static sb_span find_forward (const char *s, size_t len, size_t i) {
  sb_span f = {0, 0};
  size_t a, j, atpos;
  int c, ent, nat;
  while (i < len) {
    c = at(s, len, i);
    if (c == '<') { ent = 0; a = i + 1; }
    else if (c == '&' && str_at(s, len, i, "&lt;")) { ent = 1; a = i + 4; }
    else { i++; continue; }
    nat = 0;
    atpos = NONE;
    for (j = a; (c = at(s, len, j)) >= 0 && j - a <= SB_MAX_FORWARD; j++) {
      if (c == '@') { nat++; atpos = j; }
      else if (is_space(c) || c == '<' || c == '>' || c == '&') break;
    }
    if (nat == 1 && forward_ok(s, len, a, j, atpos, ent)) {
      f.off = a;
      f.len = j - a;
      return f;
    }
    i = j;  /* a > i, so j > i */
  }
  return f;
}

/* }====================================================================== */


/* {======================================================================
** Parser
** ======================================================================= */

/*
** The status: right after the code (found by 'skip_code_status'), else
** the first of a delimited form in the text and a status right after a
** later line's code.
*/
static void find_status (const char *s, size_t len, sb_reply *r,
                         size_t text_off, size_t line_off,
                         const int line_st[3]) {
  int st[3];
  size_t d = find_delimited(s, len, text_off, st);
  if (line_off != NONE && (d == NONE || line_off < d)) {
    memcpy(st, line_st, sizeof st);
    d = line_off;
  }
  if (d == NONE) return;
  r->st_class = st[0];
  r->st_subject = st[1];
  r->st_detail = st[2];
  r->flags |= SB_F_STATUS_IN_TEXT;
}

/* text length and SB_F_ENTITIES, with the walker the caller will use */
static void measure_text (const char *s, size_t len, sb_reply *r) {
  sb_walk w;
  const char *p;
  size_t n, t = 0;
  smtpbounce_walk_init(&w, s, len, r);
  while (smtpbounce_walk_next(&w, &p, &n)) t += n;
  r->text_len = t;
  if (w.entities) r->flags |= SB_F_ENTITIES;
}

void smtpbounce_parse (const char *s, size_t len, sb_reply *r) {
  size_t b, text_off, line_off;
  int st[3], line_st[3];
  memset(r, 0, sizeof *r);
  if (s == NULL) len = 0;
  b = find_body(s, len, r);
  if (b == NONE) {  /* no reply found: no prefix, the input is the body */
    b = 0;
    r->relay.off = r->relay.len = 0;
  }
  else if (b > 0) {
    r->flags |= SB_F_PREFIX;
    r->prefix.len = b;
  }
  r->body.off = b;
  r->body.len = len - b;
  text_off = skip_code_status(s, len, b, &r->code, st);
  r->st_class = st[0];
  r->st_subject = st[1];
  r->st_detail = st[2];
  scan_lines(s, len, r, &line_off, line_st);
  if (r->st_class == 0) find_status(s, len, r, text_off, line_off, line_st);
  if (r->code && r->st_class && r->st_class != r->code / 100)
    r->flags |= SB_F_STATUS_MISMATCH;
  r->forward = find_forward(s, len, b);
  if (len > 0 && memchr(s, 0, len) != NULL) r->flags |= SB_F_NUL;
  measure_text(s, len, r);
  if (r->code == 0 && r->st_class == 0 && r->text_len == 0)
    r->flags |= SB_F_BLANK;
}

int smtpbounce_class (const sb_reply *r) {
  return r->code ? r->code / 100 : r->st_class;
}

/* }====================================================================== */


/* {======================================================================
** Clean-text walker
** ======================================================================= */

/* UTF-8 bytes of the Unicode scalar value 'v' in 'out'; their count */
static size_t utf8_put (unsigned long v, char *out) {
  if (v < 0x80) { out[0] = (char)v; return 1; }
  if (v < 0x800) {
    out[0] = (char)(0xC0 | (v >> 6));
    out[1] = (char)(0x80 | (v & 0x3F));
    return 2;
  }
  if (v < 0x10000) {
    out[0] = (char)(0xE0 | (v >> 12));
    out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
    out[2] = (char)(0x80 | (v & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (v >> 18));
  out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
  out[3] = (char)(0x80 | (v & 0x3F));
  return 4;
}

/*
** Numeric entity "&#NN;" / "&#xHH;" at 'i': at most 7 decimal or 6 hex
** digits (more is overlong), a ';', and a Unicode scalar value other than
** 0.  Returns its length and puts its UTF-8 in 'out', or 0.
*/
static size_t numeric_at (const char *s, size_t len, size_t i, char out[4],
                          size_t *n) {
  size_t j = i + 2, k, maxd = 7;
  unsigned long v = 0, base = 10;
  int c, d;
  if ((c = at(s, len, j)) == 'x' || c == 'X') { base = 16; maxd = 6; j++; }
  for (k = 0;; k++, j++) {
    c = at(s, len, j);
    if (is_digit(c)) d = c - '0';
    else if (base == 16 && (c = to_lower(c)) >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else break;
    if (k == maxd) return 0;
    v = v * base + (unsigned long)d;
  }
  if (k == 0 || at(s, len, j) != ';') return 0;
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *n = utf8_put(v, out);
  return j + 1 - i;
}

/*
** HTML entity at 'i' (an '&'): returns its length and puts the decoded
** bytes (1..4) in 'out', or 0 when it is none we decode (the '&' is then
** plain text).  "&nbsp;" gives ' ', which the walker folds.
*/
static size_t entity_at (const char *s, size_t len, size_t i, char out[4],
                         size_t *n) {
  static const struct { const char *name; char c; } named[] = {
    {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'},
    {"&apos;", '\''}, {"&nbsp;", ' '}
  };
  size_t k, m;
  if (at(s, len, i + 1) == '#') return numeric_at(s, len, i, out, n);
  for (k = 0; k < sizeof named / sizeof named[0]; k++)
    if ((m = str_at(s, len, i, named[k].name)) != 0) {
      out[0] = named[k].c;
      *n = 1;
      return m;
    }
  return 0;
}

/*
** At a token start, a code repeated by a log that joined a multi-line
** reply onto one line: "<code>-" optionally followed by the reply's status
** and a space, or "<code> <status> ".  Returns the end of what to drop
** (the space stays), or 'q' when nothing matches.
*/
static size_t skip_joined (const char *s, size_t len, size_t q,
                           const sb_reply *r) {
  int st[3], f = at(s, len, q + 3);
  size_t e;
  if (digits3(s, len, q) != r->code || (f != '-' && f != ' ')) return q;
  e = r->st_class ? status_at(s, len, q + 4, st) : NONE;
  if (e != NONE && (st[0] != r->st_class || st[1] != r->st_subject
                    || st[2] != r->st_detail || !is_space(at(s, len, e))))
    e = NONE;
  if (e != NONE) return e;
  return f == '-' ? q + 4 : q;
}

/*
** At a line start ('bol') or a token start ('tok'): drop a later line's
** leading code and status, or a joined-in repeated code.  Clears both
** marks; 1 if something was dropped (always at least 3 bytes).
*/
static int walk_repeat (sb_walk *w) {
  int code, st[3], bol = w->bol;
  size_t q = w->pos;
  w->bol = w->tok = 0;
  if (w->r->code == 0) return 0;
  if (bol && line_code_at(w->s, w->len, q))
    q = skip_code_status(w->s, w->len, q, &code, st);
  else
    q = skip_joined(w->s, w->len, q, w->r);
  if (q == w->pos) return 0;
  w->pos = q;
  w->tok = is_space(at(w->s, w->len, q - 1));
  return 1;
}

/* a run of spaces and control bytes: owe one space, note a line end */
static void walk_space (sb_walk *w) {
  int c;
  while ((c = at(w->s, w->len, w->pos)) >= 0 && is_space(c)) {
    if (is_eol(c)) w->bol = 1;
    w->pos++;
  }
  w->pending_space = 1;
  w->tok = 1;
}

/* before content: gives the owed space (1), or drops it at the start (0) */
static int owe_space (sb_walk *w, const char **p, size_t *n) {
  int owe = w->pending_space && w->started;
  w->pending_space = 0;
  if (!owe) return 0;
  w->tmp[4] = ' ';
  *p = w->tmp + 4;
  *n = 1;
  return 1;
}

/*
** Entity at 'pos': 1 with a chunk, 0 when it folded into a space (loop
** again), -1 when there is none.  When a space is owed first, the space
** is the chunk and the entity is decoded again on the next call.
*/
static int walk_entity (sb_walk *w, const char **p, size_t *n) {
  char buf[4];
  size_t k = 0, m = entity_at(w->s, w->len, w->pos, buf, &k);
  if (m == 0) return -1;
  w->entities = 1;
  if (k == 1 && is_space((unsigned char)buf[0])) {
    w->pos += m;
    w->pending_space = 1;
    return 0;
  }
  if (owe_space(w, p, n)) return 1;
  memcpy(w->tmp, buf, k);
  w->pos += m;
  w->started = 1;
  *p = w->tmp;
  *n = k;
  return 1;
}

/* plain bytes from 'pos' up to a space or a decodable entity; never empty */
static int walk_run (sb_walk *w, const char **p, size_t *n) {
  size_t i = w->pos + 1, k;
  char buf[4];
  int c;
  if (owe_space(w, p, n)) return 1;
  while ((c = at(w->s, w->len, i)) >= 0 && !is_space(c)
         && !(c == '&' && entity_at(w->s, w->len, i, buf, &k)))
    i++;
  *p = w->s + w->pos;
  *n = i - w->pos;
  w->pos = i;
  w->started = 1;
  return 1;
}

void smtpbounce_walk_init (sb_walk *w, const char *s, size_t len,
                           const sb_reply *r) {
  int code, st[3];
  size_t off = r->body.off;
  if (s == NULL) len = 0;
  if (off > len) off = len;
  w->s = s;
  w->len = len;
  w->r = r;
  w->pos = skip_code_status(s, len, off, &code, st);
  w->bol = 0;
  w->tok = 1;  /* the text start counts as a token start */
  w->pending_space = 0;
  w->started = 0;
  w->entities = 0;
}

int smtpbounce_walk_next (sb_walk *w, const char **p, size_t *n) {
  int c, e;
  while (w->pos < w->len) {
    c = at(w->s, w->len, w->pos);
    if (is_space(c)) { walk_space(w); continue; }
    if ((w->bol || w->tok) && walk_repeat(w)) continue;
    if (c == '&' && (e = walk_entity(w, p, n)) >= 0) {
      if (e) return 1;
      continue;
    }
    return walk_run(w, p, n);
  }
  return 0;
}

size_t smtpbounce_text (const char *s, size_t len, const sb_reply *r,
                        char *out) {
  sb_walk w;
  const char *p;
  size_t n, t = 0;
  smtpbounce_walk_init(&w, s, len, r);
  /* never more than r->text_len, even for a reply parsed from other input */
  while (t < r->text_len && smtpbounce_walk_next(&w, &p, &n)) {
    if (n > r->text_len - t) n = r->text_len - t;
    memcpy(out + t, p, n);
    t += n;
  }
  return t;
}

/* }====================================================================== */
