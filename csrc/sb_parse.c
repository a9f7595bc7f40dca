/*
** sb_parse.c -- SMTP reply parser and clean-text walker (see the "Reply
** parser" section of smtpbounce.h).
**
** Invariants that hold for the whole file:
** - every byte read goes through 'at' (which answers -1 past the end) or
**   sits behind an explicit 'i < len' test, so nothing is read out of
**   bounds and no NUL terminator is needed;
** - every scan is one forward pass with bounded look-ahead (at most a few
**   hundred bytes, or a run of whitespace that only a bounded number of
**   other look-aheads cover) and look-behind (a few bytes), so parsing and
**   walking are linear in the input length;
** - nothing allocates and nothing here is mutable outside the caller's
**   structs (the tables are const).
*/

#include <string.h>

#include "sb_internal.h"  /* (sb_uspace) */

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

/*
** Byte classes for the scanning loops: B_SPACE (space, control bytes,
** DEL), B_EOL (CR, LF), B_DIGIT, B_STOP ('&', and the first bytes of the
** spaces beyond ASCII: A0 C2 E1 E2 E3 EF), B_OPEN ('(' '[' '#': a
** delimited status may start), B_LT ('<' '&': a forward path may start),
** B_ALPHA (ASCII letters), B_HOST (letters, digits, '.', '-', '_').
*/
#define B_SPACE  1
#define B_EOL    2
#define B_DIGIT  4
#define B_STOP   8
#define B_OPEN   16
#define B_LT     32
#define B_ALPHA  64
#define B_HOST   128

static const unsigned char bclass[256] = {
    1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   3,   1,   1,   3,   1,   1,
    1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,   1,
    1,   0,   0,  16,   0,   0,  40,   0,  16,   0,   0,   0,   0, 128, 128,   0,
  132, 132, 132, 132, 132, 132, 132, 132, 132, 132,   0,   0,  32,   0,   0,   0,
    0, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192,
  192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192,  16,   0,   0,   0, 128,
    0, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192,
  192, 192, 192, 192, 192, 192, 192, 192, 192, 192, 192,   0,   0,   0,   0,   1,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    8,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   8,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,
    0,   8,   8,   8,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   8,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0
};

#define BC(s, i)  (bclass[(unsigned char)(s)[i]])

/*
** Word-at-a-time search: eight bytes are loaded at once and tested for
** a byte of a given value (the "has a zero byte" test on w ^ c * ONES),
** so long runs of ordinary bytes cost about one operation per byte.
*/
#define ONES   UINT64_C(0x0101010101010101)
#define HIGHS  UINT64_C(0x8080808080808080)
#define HAS_BYTE(w, c)  ((((w) ^ (c) * ONES) - ONES) & ~((w) ^ (c) * ONES) & HIGHS)

/*
** The first byte at or after 'i' of byte class 'bc', or 'len'; 'a', 'b'
** and 'c' are the byte values of that class the word test looks for.
*/
static inline size_t next_of (const char *s, size_t len, size_t i,
                              unsigned bc, int a, int b, int c) {
  uint64_t w;
  for (; i + 8 <= len; i += 8) {
    memcpy(&w, s + i, 8);
    if (HAS_BYTE(w, (unsigned)a) | HAS_BYTE(w, (unsigned)b)
        | HAS_BYTE(w, (unsigned)c)) break;
  }
  while (i < len && !(BC(s, i) & bc)) i++;
  return i;
}

#define eol_from(s, len, i)   next_of(s, len, i, B_EOL, '\n', '\r', '\r')
#define open_from(s, len, i)  next_of(s, len, i, B_OPEN, '(', '[', '#')
#define lt_from(s, len, i)    next_of(s, len, i, B_LT, '<', '&', '&')

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

static int is_quote (int c) { return c == '\'' || c == '"' || c == '`'; }

static int to_lower (int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

#include "sb_parse_space.h"

/* 'c' is a byte (0..255) or -1 (past the end) */
static int is_alpha (int c) { return c >= 0 && (bclass[c] & B_ALPHA); }

static int is_alnum (int c) {
  return c >= 0 && (bclass[c] & (B_ALPHA | B_DIGIT));
}

static int is_hostc (int c) { return c >= 0 && (bclass[c] & B_HOST); }

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
** Reply code at 'i': a valid code followed by the end, a space or control
** byte (or a space beyond ASCII's: "550\xC2\xA05.1.1") or '-' ("550 ",
** "550-", "550"); by one of ".:," and then the end or a space ("452. 4.3.1", "550: x", "(554, 'x')", but never "209.86.1.2"
** or "203:0"); by the quote that precedes it ("'550'"); or, URL-encoded,
** by '+' and a status ("550+5.7.1+Text").  0 if none.
*/
static int code_at (const char *s, size_t len, size_t i) {
  int n = digits3(s, len, i), f = at(s, len, i + 3), g = at(s, len, i + 4);
  int st[3];
  if (!valid_code(n)) return 0;
  if (f < 0 || is_space(f) || f == '-' || uspc(f, s, len, i + 3)) return n;
  if (f == '.' || f == ':' || f == ',')
    return (g < 0 || is_space(g) || uspc(g, s, len, i + 4)) ? n : 0;
  if (is_quote(f)) return (i > 0 && at(s, len, i - 1) == f) ? n : 0;
  return (f == '+' && status_at(s, len, i + 4, st) != NONE) ? n : 0;
}

/*
** Code that opens a later line of a multi-line reply: only the RFC 5321
** forms "ddd-", "ddd " and "ddd" at the end of the line.  0 if none.
*/
static int line_code_at (const char *s, size_t len, size_t i) {
  int n = code_at(s, len, i), f = at(s, len, i + 3);
  return (n && (f < 0 || f == '-' || is_space(f) || uspc(f, s, len, i + 3)))
         ? n : 0;
}

/*
** What opens the text of a quoted or listed reply after its code and
** separators -- Cisco "('550', ['Text'])", Python "(554, b'Text')" --: an
** optional '[' or '(', an optional 'b', and a quote, all or nothing.
*/
static size_t skip_lead (const char *s, size_t len, size_t i) {
  size_t j = i;
  int c = at(s, len, j);
  if (c == '[' || c == '(') j++;
  if (at(s, len, j) == 'b' && is_quote(at(s, len, j + 1))) j++;
  return is_quote(at(s, len, j)) ? j + 1 : i;
}

/*
** From the start of a reply line: past the code (and its closing quote or
** the '+' of a URL-encoded log), its separator, the opening of a quoted
** text (see 'skip_lead'), the status right after it and the separator
** after that ("554 5.7.1 - ERROR" stops at "ERROR").  Without a code, past
** a leading status only.  '*code' and 'st' get what was found (0 when
** absent).  Never crosses a line end.
*/
static size_t skip_code_status (const char *s, size_t len, size_t p,
                                int *code, int st[3]) {
  size_t e;
  int f = 0;
  st[0] = st[1] = st[2] = 0;
  *code = code_at(s, len, p);
  if (*code) {
    f = at(s, len, p + 3);
    p = skip_seps(s, len, p + (is_quote(f) || f == '+' ? 4 : 3));
    if (is_quote(f) || f == ',') p = skip_lead(s, len, p);
  }
  e = status_hash_at(s, len, p, st);
  if (e != NONE && f == '+' && at(s, len, e) == '+') e++;
  return e == NONE ? p : skip_seps(s, len, e);
}

/*
** SMTP transcript marker at 'i' -- one to three '<' (received) or '>'
** (sent) and a blank, as in "<<< 550 ..." -- and the blanks after it: the
** end, or 'i' when there is none.
*/
static size_t skip_marker (const char *s, size_t len, size_t i) {
  size_t j = i;
  int c = at(s, len, i);
  if (c != '<' && c != '>') return i;
  while (j - i < 3 && at(s, len, j) == c) j++;
  return blank_at(s, len, j) ? skip_blanks(s, len, j) : i;
}

/* up to three quotes, brackets or '#' that may open a wrapped reply */
static size_t skip_open (const char *s, size_t len, size_t i) {
  size_t j = i;
  int c;
  while (j - i < 3 && ((c = at(s, len, j)) == '(' || c == '[' || c == '#'
                       || is_quote(c)))
    j++;
  return j;
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

/*
** End of a "[...]" or "(...)" at 'i' (no blanks inside, 1..SB_MAX_BRACKET
** bytes), or NONE.
*/
static size_t bracket_at (const char *s, size_t len, size_t i) {
  size_t k;
  int c, o = at(s, len, i), close = o == '[' ? ']' : ')';
  if (o != '[' && o != '(') return NONE;
  for (k = i + 1; k - i <= SB_MAX_BRACKET; k++) {
    c = at(s, len, k);
    if (c == close) return k > i + 1 ? k + 1 : NONE;
    if (c < 0 || is_space(c) || c == '[' || c == '(') return NONE;
  }
  return NONE;
}

/*
** "host NAME[ip] said:", "host NAME said:" or "host NAME [ip]" at 'i',
** where any whitespace, line breaks included, may come between "host" and
** NAME (at least one byte), NAME and "[ip]", and before "said:" (Postfix
** wraps its bounces); "(ip)" counts as "[ip]".  Returns the end of "[ip]",
** or of NAME when there is none, or NONE; sets '*name', and '*said' to
** the end of "said:" or NONE.  Look-ahead is bounded but for whitespace.
*/
static size_t relay_at (const char *s, size_t len, size_t i, sb_span *name,
                        size_t *said) {
  size_t n, j, k, b;
  if (!lit_at(s, len, i, "host") || !ws_at(s, len, i + 4)) return NONE;
  n = j = skip_ws(s, len, i + 4);
  while (j - n <= SB_MAX_HOST && is_hostc(at(s, len, j))) j++;
  if (j == n || j - n > SB_MAX_HOST) return NONE;
  k = skip_ws(s, len, j);
  b = bracket_at(s, len, k);
  if (b != NONE) k = skip_ws(s, len, b);
  *said = lit_at(s, len, k, "said:") ? k + 5 : NONE;
  if (b == NONE && *said == NONE) return NONE;
  name->off = n;
  name->len = j - n;
  return b != NONE ? b : j;
}

/*
** As a prefix: Postfix "host NAME[ip] said: " or Exim "host NAME [ip]: ",
** where Exim may also end the line after "[ip]" (newer versions put the
** reply on the next lines).  Returns the end (blanks included) and sets
** '*relay' to NAME, or NONE.
*/
static size_t host_at (const char *s, size_t len, size_t i, sb_span *relay) {
  sb_span name;
  size_t said, k, b = relay_at(s, len, i, &name, &said);
  int c;
  if (b == NONE) return NONE;
  if (said != NONE) k = said;
  else if ((c = at(s, len, k = skip_blanks(s, len, b))) == ':') k++;
  else if (c >= 0 && !is_eol(c)) return NONE;
  *relay = name;
  return skip_blanks(s, len, k);
}

/*
** Is the code at 'o', after the opening quotes or brackets [i, o), a
** wrapped reply?  Yes without openers, with a status after the code
** ('st0'), with a quote among the openers ("'550 x", "\"550\"", "('550'"),
** or with a comma and a quoted text after the code ("(554, 'x')", "(553,
** b'x')"); not so the "(500 MB)" of a text.
*/
static int wrap_ok (const char *s, size_t len, size_t i, size_t o,
                    int st0) {
  size_t l;
  if (o == i || st0) return 1;
  for (l = i; l < o; l++)
    if (is_quote(at(s, len, l))) return 1;
  l = skip_seps(s, len, o + 3);
  return at(s, len, o + 3) == ',' && skip_lead(s, len, l) > l;
}

/*
** Where a reply follows a separator that ends at 'k': whitespace (line
** breaks too) and a transcript marker after it, up to three opening
** quotes or brackets, then a reply code ('wrap_ok'), or a status (which
** after an opener must end at a space: "(#5.7.1)" is text).  Whitespace
** or an opener is needed unless 'tight' ("said:550", "CODE :550").
** Returns the start of the code or status, or NONE.
*/
static size_t reply_after (const char *s, size_t len, size_t k, int tight) {
  size_t j = skip_ws(s, len, k), o, e;
  int st[3], c;
  if (j > k) j = skip_marker(s, len, j);
  o = skip_open(s, len, j);
  if (o == k && !tight) return NONE;
  if (code_at(s, len, o)) {
    skip_code_status(s, len, o, &c, st);
    return wrap_ok(s, len, j, o, st[0]) ? o : NONE;
  }
  if ((e = status_hash_at(s, len, o, st)) == NONE) return NONE;
  c = at(s, len, e);
  return (o == j || c < 0 || is_space(c) || uspc(c, s, len, e)) ? o : NONE;
}

/*
** The fallback scan weighs the replies it meets that no separator
** introduces: the best one wins, the earliest of equals.
*/
typedef struct sb_scan {
  size_t best;          /* best candidate so far, or NONE */
  int score;            /* its score (0 while there is none) */
  sb_span best_relay;   /* the relay named before it */
  sb_span relay;        /* the last "host NAME[ip]" seen */
} sb_scan;

static void weigh (sb_scan *S, int score, size_t pos) {
  if (score > S->score) {
    S->score = score;
    S->best = pos;
    S->best_relay = S->relay;
  }
}

/*
** At a line start 'i': blanks and a transcript marker, then a code that
** has a marker, a status or a continuation '-' ("<<< 550 x", "550 5.7.1
** x", "550-x"; not the "500 messages" of a wrapped text): score 4, 5
** with a status.
*/
static void weigh_line (const char *s, size_t len, size_t i, sb_scan *S) {
  size_t j = skip_blanks(s, len, i), m = skip_marker(s, len, j);
  int code, st[3];
  if (!code_at(s, len, m)) return;
  skip_code_status(s, len, m, &code, st);
  if (m > j || st[0] || at(s, len, m + 3) == '-')
    weigh(S, 4 + (st[0] != 0), m);
}

/*
** Does a word that announces a code -- "with code", "error", "...fehler",
** "server" -- end just before 'i' (blanks and a comma between)?
*/
static int code_word_before (const char *s, size_t len, size_t i) {
  static const char *const words[] = {"code", "error", "fehler", "server"};
  size_t j = i, k, n;
  int c;
  while (i - j < 4) {  /* (spaces beyond ASCII's too) */
    if (j > 0 && ((c = at(s, len, j - 1)) == ',' || is_blank(c))) j--;
    else if ((k = sb_uspace_before(s, len, j)) != 0) j -= k;
    else break;
  }
  for (k = 0; k < sizeof words / sizeof words[0]; k++) {
    n = strlen(words[k]);
    if (j >= n && lit_at(s, len, j - n, words[k]) && !is_alnum(at(s, len, j)))
      return 1;
  }
  return 0;
}

/*
** At a token start 'i': a code after up to three quotes or brackets
** ('wrap_ok') scores 4, 5 with a status; a bare code scores 3 with a
** status right after it ("- 501 5.1.7", "failed:554 5.1.8",
** "550+5.7.60+"), else 2 after a word that announces it ("with code 550
** (0.0.0) x", "Serverfehler 550: x") and when text follows on its line.
** The "(500 MB)" or "after 250 seconds" of a reply without a code count
** for nothing.
*/
static void weigh_token (const char *s, size_t len, size_t i, sb_scan *S) {
  size_t o = skip_open(s, len, i), e;
  int code, st[3], c;
  if (!code_at(s, len, o)) return;
  e = skip_code_status(s, len, o, &code, st);
  c = at(s, len, e);
  if (o > i) {
    if (wrap_ok(s, len, i, o, st[0])) weigh(S, 4 + (st[0] != 0), o);
  }
  else if (st[0]) weigh(S, 3, o);
  else if (c >= 0 && !is_space(c) && code_word_before(s, len, i))
    weigh(S, 2, o);
}

/*
** At a word start 'i': note a "host NAME[ip]" relay; a reply introduced
** by "returned" or "response" (whitespace or an opener between) is
** returned at once; sendmail's "dsn=5.1.1" scores 1 (its "stat=" text
** has the code, when it has one).  NONE when no reply was found.
*/
static size_t weigh_word (const char *s, size_t len, size_t i, sb_scan *S) {
  static const char *const intro[] = {"returned", "response"};
  sb_span name;
  size_t k, n, e;
  int st[3];
  if (relay_at(s, len, i, &name, &e) != NONE) S->relay = name;
  for (k = 0; k < sizeof intro / sizeof intro[0]; k++)
    if ((n = lit_at(s, len, i, intro[k])) != 0 && !is_alnum(at(s, len, i + n))
        && (e = reply_after(s, len, i + n, 0)) != NONE)
      return e;
  if ((n = lit_at(s, len, i, "dsn=")) != 0
      && status_at(s, len, i + n, st) != NONE)
    weigh(S, 1, i + n);
  return NONE;
}

/*
** What a byte before a token start is: 1 whitespace proper or one of
** ",:;=" (weigh_token looks at the token), 2 maybe the last byte of a
** space beyond ASCII's (it looks when it is one), 0 neither.
*/
static const unsigned char token_after[256] = {
  0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
  2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
};

/*
** Is the ':' at 'i' a code's label ("SMTP code:", "Error code:")?  After a
** status a separator introduced (PHPMailer's "... Detail: 5.7.60 SMTP;
** Client does not have permissions ... SMTP code: 550"), the code it
** labels comes after the reply's text: the status starts the reply.
*/
static int code_label (const char *s, size_t len, size_t i) {
  return i >= 4 && lit_at(s, len, i - 4, "code") && !is_alnum(at(s, len, i - 5));
}

/*
** The fallback: one pass from 'q' to the end of the input.  The first
** code a separator introduces wins at once -- ':' or ';' (see
** 'reply_after'), "said:" or " :" even without whitespace, "returned" and
** "response"; a status alone so introduced scores 6 (Cisco's "Reason:
** \"5.1.0 ...\" Response: \"('550', [...])\"" gives 550), and else the best
** candidate weighed on the way wins; after such a status, a code a
** label introduces ('code_label') is a candidate of score 3 only.  Every
** check looks ahead a bounded number of bytes, but for whitespace runs,
** and each run is looked at by a bounded number of checks: linear.  Sets r->relay to the last "host
** NAME[ip]" before the reply.  The start of the reply, or NONE.
*/
static size_t scan_reply (const char *s, size_t len, size_t q, sb_reply *r) {
  sb_scan S;
  size_t i, k;
  int c, p = -1, tight;
  S.best = NONE;
  S.score = 0;
  S.relay = S.best_relay = r->relay;
  for (i = q; i < len; p = c, i++) {
    c = at(s, len, i);
    if (p < 0 || is_eol(p)) weigh_line(s, len, i, &S);
    k = NONE;
    if (c == ':' || c == ';') {
      tight = c == ':' && (is_blank(p) || (i >= 4 && lit_at(s, len, i - 4,
                                                            "said")));
      k = reply_after(s, len, i + 1, tight);
    }
    else if (is_alpha(c) && !is_hostc(p))
      k = weigh_word(s, len, i, &S);
    if (k != NONE) {
      int code = code_at(s, len, k);
      if (code && !(S.score >= 6 && code_label(s, len, i))) {
        r->relay = S.relay;
        return k;
      }
      weigh(&S, code ? 3 : 6, k);
    }
    if (p < 0 || token_after[p] == 1
        || (token_after[p] == 2 && sb_uspace_before(s, len, i)))
      weigh_token(s, len, i, &S);
  }
  r->relay = S.best_relay;
  return S.best;
}

#include "sb_parse_end.h"

/*
** Where the reply starts: skip the known prefixes (in any order, any
** number of times) and transcript markers, and when no code or status
** comes next (nor after quotes or brackets that open it: 'opened_at'),
** scan the rest of the input for one ('scan_reply').  Each
** step moves strictly forward, and the scan ends the search: linear.
** Returns NONE if no reply is found (then the three digits where it was
** expected, if they are no valid code, set SB_F_BAD_CODE).
*/
static size_t find_body (const char *s, size_t len, sb_reply *r) {
  size_t p = 0, q, e;
  int st[3], n;
  for (;;) {
    q = skip_ws(s, len, p);
    if (code_at(s, len, q) || status_hash_at(s, len, q, st) != NONE)
      return q;
    if ((e = opened_at(s, len, q)) != NONE) return e;
    if ((e = diag_at(s, len, q)) == NONE && (e = dtype_at(s, len, q)) == NONE
        && (e = host_at(s, len, q, &r->relay)) == NONE
        && (e = skip_marker(s, len, q)) == q)
      break;
    p = e;
  }
  if ((e = scan_reply(s, len, q, r)) == NONE
      && (n = digits3(s, len, q)) >= 0 && !valid_code(n))
    r->flags |= SB_F_BAD_CODE;
  return e;
}

/* }====================================================================== */


/* {======================================================================
** Lines, status in the text, forward address
** ======================================================================= */

/*
** A later line that starts (after blanks) at 'i': if it opens with a reply
** code, after a transcript marker if any, note a code that differs from
** the first and the first status right after such a code.  Returns whether
** the last code line so far is a continuation ("ddd-"); 'cont' is that
** answer before this line.
*/
static int later_line (const char *s, size_t len, size_t i, sb_reply *r,
                       int cont, size_t *st_off, int st[3]) {
  int c, tmp[3];
  size_t p;
  i = skip_marker(s, len, i);
  if ((c = line_code_at(s, len, i)) == 0) return cont;
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
  len = i + r->body.len;
  while (i < len) {
    size_t k = 1;
    while (k != 0) {  /* (blanks, spaces beyond ASCII's too) */
      while (i < len && (BC(s, i) & (B_SPACE | B_EOL)) == B_SPACE) i++;
      i += k = usp(s, len, i);
    }
    if (i < len && !(BC(s, i) & B_EOL)) {
      r->nlines++;
      if (!first && r->code)
        cont = later_line(s, len, i, r, cont, st_off, st);
      i = eol_from(s, len, i);
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
  for (; (i = open_from(s, len, i)) < len; i++) {
    c = (unsigned char)s[i];
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
  while ((i = lt_from(s, len, i)) < len) {
    c = (unsigned char)s[i];
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

static void walk_start (sb_walk *w, const char *s, size_t len,
                        const sb_reply *r, size_t pos);

/* text length and SB_F_ENTITIES, with the walker the caller will use */
static void measure_text (const char *s, size_t len, sb_reply *r,
                          size_t text_off) {
  sb_walk w;
  const char *p;
  size_t n, t = 0;
  walk_start(&w, s, len, r, text_off);
  while (smtpbounce_walk_next(&w, &p, &n)) t += n;
  r->text_len = t;
  if (w.entities) r->flags |= SB_F_ENTITIES;
}

/* smtpbounce_parse_head; returns where the text starts */
static size_t parse_head (const char *s, size_t len, sb_reply *r) {
  size_t b, text_off, line_off;
  int st[3], line_st[3];
  memset(r, 0, sizeof *r);
  if (s == NULL) len = 0;
  b = find_body(s, len, r);
  if (b == NONE) b = 0;  /* no reply found: no prefix, the input is body */
  if (r->relay.off + r->relay.len > b)  /* a relay lies inside the prefix */
    r->relay.off = r->relay.len = 0;
  if (b > 0) {
    r->flags |= SB_F_PREFIX;
    r->prefix.len = b;
  }
  if (b == 0) b = unwrap_start(s, len, b);
  r->body.off = b;
  r->body.len = body_end(s, len, b) - b;
  text_off = skip_code_status(s, len, b, &r->code, st);
  r->st_class = st[0];
  r->st_subject = st[1];
  r->st_detail = st[2];
  scan_lines(s, len, r, &line_off, line_st);
  if (r->st_class == 0) find_status(s, len, r, text_off, line_off, line_st);
  if (r->code && r->st_class && r->st_class != r->code / 100)
    r->flags |= SB_F_STATUS_MISMATCH;
  if (len > 0 && memchr(s, 0, len) != NULL) r->flags |= SB_F_NUL;
  r->text_len = len;  /* a bound: the text is never longer */
  return text_off;
}

void smtpbounce_parse_head (const char *s, size_t len, sb_reply *r) {
  parse_head(s, len, r);
}

void smtpbounce_find_forward (const char *s, size_t len, sb_reply *r) {
  if (s == NULL) len = 0;
  r->forward = find_forward(s, len, r->body.off);
}

void smtpbounce_parse (const char *s, size_t len, sb_reply *r) {
  size_t text_off = parse_head(s, len, r);
  if (s == NULL) len = 0;
  r->forward = find_forward(s, len, r->body.off);
  measure_text(s, len, r, text_off);
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

#include "sb_parse_entity.h"

/*
** At a token start, a code repeated by a log that joined a multi-line
** reply onto one line: "<code>-" optionally followed by the reply's status
** and a space, or "<code> <status> ", or, when the reply opened with
** "<code>-" (so lines were joined), "<code> " alone (Postfix's "550-one
** 550 two").  Returns the end of what to drop (the space stays), or 'q'
** when nothing matches.
*/
static size_t skip_joined (const char *s, size_t len, size_t q,
                           const sb_reply *r) {
  int st[3], f = at(s, len, q + 3);
  size_t e, sp;
  if (digits3(s, len, q) != r->code) return q;
  sp = f == ' ' ? 1 : uspc(f, s, len, q + 3);  /* (a space's bytes) */
  if (f != '-' && sp == 0) return q;
  e = r->st_class ? status_at(s, len, q + 3 + (sp ? sp : 1), st) : NONE;
  if (e != NONE && (st[0] != r->st_class || st[1] != r->st_subject
                    || st[2] != r->st_detail
                    || !(is_space(at(s, len, e)) || usp(s, len, e))))
    e = NONE;
  if (e != NONE) return e;
  if (sp && q > r->body.off && at(s, len, r->body.off + 3) == '-')
    return q + 3;
  return f == '-' ? q + 4 : q;
}

/*
** At a line start ('bol') or a token start ('tok'): drop a later line's
** leading code and status (with the transcript marker before them), or a
** joined-in repeated code.  Clears both marks; 1 if something was dropped
** (always at least 3 bytes).
*/
static int walk_repeat (sb_walk *w) {
  int code, st[3], bol = w->bol;
  size_t q = w->pos, m = bol ? skip_marker(w->s, w->len, q) : q;
  w->bol = w->tok = 0;
  if (w->r->code == 0) return 0;
  if (bol && line_code_at(w->s, w->len, m))
    q = skip_code_status(w->s, w->len, m, &code, st);
  else
    q = skip_joined(w->s, w->len, q, w->r);
  if (q == w->pos) return 0;
  w->pos = q;
  w->tok = is_space(at(w->s, w->len, q - 1))
           || sb_uspace_before(w->s, w->len, q) != 0;
  return 1;
}

/* a run of spaces and control bytes (and spaces beyond ASCII's): owe
   one space, note a line end */
static void walk_space (sb_walk *w) {
  size_t k;
  int c;
  for (;;) {
    if ((c = at(w->s, w->len, w->pos)) >= 0 && is_space(c)) {
      if (is_eol(c)) w->bol = 1;
      w->pos++;
    }
    else if ((k = uspc(c, w->s, w->len, w->pos)) != 0) w->pos += k;
    else break;
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
  if ((k == 1 && is_space((unsigned char)buf[0])) || usp(buf, k, 0) == k) {
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

/*
** A single space inside a run can stay in it when nothing at the next
** token start needs a look: not more whitespace, and not a digit that
** could begin a repeated code (only replies with a code repeat one).
*/
static int space_stays (const sb_walk *w, size_t i) {
  int d = at(w->s, w->len, i + 1);
  return d >= 0 && !is_space(d) && d != '&'  /* "&nbsp;" may fold too */
         && !(w->r->code != 0 && is_digit(d)) && !uspc(d, w->s, w->len, i + 1);
}

/* plain bytes from 'pos' up to whitespace that must fold (a space beyond
   ASCII's too), a token that must be looked at, or a decodable entity;
   never empty */
static int walk_run (sb_walk *w, const char **p, size_t *n) {
  size_t i = w->pos + 1, k;
  char buf[4];
  int c;
  if (owe_space(w, p, n)) return 1;
  for (;;) {
    while (i < w->len && !(BC(w->s, i) & (B_SPACE | B_STOP))) i++;  /* fast */
    if ((c = at(w->s, w->len, i)) < 0) break;
    if (c == ' ' ? !space_stays(w, i) : c != '&' && (c < 0x80 || usp_at(w->s, w->len, i)))
      break;
    if (c == '&' && entity_at(w->s, w->len, i, buf, &k)) break;
    i++;
  }
  *p = w->s + w->pos;
  *n = i - w->pos;
  w->pos = i;
  w->started = 1;
  return 1;
}

/* the walker at 'pos', the start of the text (after the code and status) */
static void walk_start (sb_walk *w, const char *s, size_t len,
                        const sb_reply *r, size_t pos) {
  w->s = s;
  w->len = r->body.off + r->body.len < len ? r->body.off + r->body.len : len;
  w->r = r;
  w->pos = pos;
  w->bol = 0;
  w->tok = 1;  /* the text start counts as a token start */
  w->pending_space = 0;
  w->started = 0;
  w->entities = 0;
}

void smtpbounce_walk_init (sb_walk *w, const char *s, size_t len,
                           const sb_reply *r) {
  int code, st[3];
  size_t off = r->body.off;
  if (s == NULL) len = 0;
  if (off > len) off = len;
  walk_start(w, s, len, r, skip_code_status(s, len, off, &code, st));
}

int smtpbounce_walk_next (sb_walk *w, const char **p, size_t *n) {
  int c, e;
  while (w->pos < w->len) {
    c = at(w->s, w->len, w->pos);
    if (is_space(c) || uspc(c, w->s, w->len, w->pos)) { walk_space(w); continue; }
    if ((w->bol || w->tok) && walk_repeat(w)) continue;
    if (c == '&' && (e = walk_entity(w, p, n)) >= 0) {
      if (e) return 1;
      continue;
    }
    return walk_run(w, p, n);
  }
  return 0;
}

/* the walker's chunks into 'out', never more than r->text_len bytes */
static size_t write_text (sb_walk *w, const sb_reply *r, char *out) {
  const char *p;
  size_t n, t = 0;
  /* never more than r->text_len, even for a reply parsed from other input */
  while (t < r->text_len && smtpbounce_walk_next(w, &p, &n)) {
    if (n > r->text_len - t) n = r->text_len - t;
    memcpy(out + t, p, n);
    t += n;
  }
  return t;
}

size_t smtpbounce_text (const char *s, size_t len, const sb_reply *r,
                        char *out) {
  sb_walk w;
  smtpbounce_walk_init(&w, s, len, r);
  return write_text(&w, r, out);
}

/*
** smtpbounce_parse_head and smtpbounce_text in one: the text starts where
** the head parse found it, so the first line's code and status are read
** once.
*/
size_t smtpbounce_parse_text (const char *s, size_t len, sb_reply *r,
                              char *out) {
  sb_walk w;
  size_t off = parse_head(s, len, r);
  walk_start(&w, s, s == NULL ? 0 : len, r, off);
  r->text_len = write_text(&w, r, out);
  return r->text_len;
}

/* }====================================================================== */
