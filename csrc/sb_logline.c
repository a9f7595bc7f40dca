/*
** sb_logline.c -- a Postfix delivery line in the layout Postfix writes,
** read in one pass.  The definition is the 'fast' LPeg pattern of
** lua/smtpbounce/log/postfix.lua: this reader gives the same fields for
** every line (fuzz_log and spec/logio_spec.lua check that the two agree),
** only with less work a line, for smtpbounce scan's hot loop.  A line in
** any other layout is left to the LPeg grammar (0 returned).
**
** Every rule below names the piece of the pattern it reads.  Repetitions
** and optional parts are possessive, as in LPeg: they take all they can
** and are never tried shorter.
*/

#include <string.h>

#include "sb_logline.h"

static int digit (unsigned char c) { return c >= '0' && c <= '9'; }
static int alnum (unsigned char c) {
  return digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* 1 for the bytes JSON must escape and those that are not ASCII: what
   smtpbounce.log.postfix's all_plain refuses (controls, '"' 34, '\\' 92,
   127 and up) */
static const unsigned char not_plain[256] = {
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};

typedef struct In {
  const unsigned char *s;
  size_t n;
} In;

/* the literal 'lit' at i: the position after it, or 0 */
static size_t lit (const In *in, size_t i, const char *l, size_t ln) {
  if (in->n - i < ln || memcmp(in->s + i, l, ln) != 0) return 0;
  return i + ln;
}
#define LIT(in, i, l)  lit(in, i, l, sizeof(l) - 1)

/* exactly k digits at i: the position after them, or 0 */
static size_t digits (const In *in, size_t i, size_t k) {
  size_t j;
  if (in->n - i < k) return 0;
  for (j = 0; j < k; j++) if (!digit(in->s[i + j])) return 0;
  return i + k;
}

/* a run of bytes none of which is a, b or c: its end */
static size_t run_not (const In *in, size_t i, int a, int b, int c) {
  while (i < in->n && in->s[i] != a && in->s[i] != b && in->s[i] != c) i++;
  return i;
}

/* month: one of the twelve English month abbreviations */
static size_t month (const In *in, size_t i) {
  static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  size_t m;
  if (in->n - i < 3) return 0;
  for (m = 0; m < 36; m += 3)
    if (memcmp(in->s + i, names + m, 3) == 0) return i + 3;
  return 0;
}

/* frac: ("." * digit^1)^-1 */
static size_t frac (const In *in, size_t i) {
  if (i + 1 < in->n && in->s[i] == '.' && digit(in->s[i + 1])) {
    i += 2;
    while (i < in->n && digit(in->s[i])) i++;
  }
  return i;
}

/* hms: digit digit ":" digit digit ":" digit digit */
static size_t hms (const In *in, size_t i) {
  if (!(i = digits(in, i, 2)) || !(i = LIT(in, i, ":")) ||
      !(i = digits(in, i, 2)) || !(i = LIT(in, i, ":"))) return 0;
  return digits(in, i, 2);
}

/* common.rfc3339 at 0: date "T" hms frac zone^-1 */
static size_t rfc3339 (const In *in) {
  size_t i = 0, z;
  if (!(i = digits(in, i, 4)) || !(i = LIT(in, i, "-")) ||
      !(i = digits(in, i, 2)) || !(i = LIT(in, i, "-")) ||
      !(i = digits(in, i, 2)) || !(i = LIT(in, i, "T")) || !(i = hms(in, i)))
    return 0;
  i = frac(in, i);
  /* zone: "Z" + S"+-" * digit * digit * P":"^-1 * digit * digit */
  if (i < in->n && in->s[i] == 'Z') return i + 1;
  if (i < in->n && (in->s[i] == '+' || in->s[i] == '-') &&
      (z = digits(in, i + 1, 2)) != 0) {
    if (z < in->n && in->s[z] == ':') z++;
    if ((z = digits(in, z, 2)) != 0) return z;
  }
  return i;
}

/* common.syslog_fixed at 0: the minute ("Nov 28 01:02"), then the rest
   (":03[.frac]"); *mid gets the end of the minute */
static size_t syslog_fixed (const In *in, size_t *mid) {
  size_t i;
  if (!(i = month(in, 0)) || !(i = LIT(in, i, " "))) return 0;
  if (i < in->n && in->s[i] == ' ') {
    if (!(i = digits(in, i + 1, 1))) return 0;
  } else if (!(i = digits(in, i, 2))) return 0;
  if (!(i = LIT(in, i, " ")) || !(i = digits(in, i, 2)) ||
      !(i = LIT(in, i, ":")) || !(i = digits(in, i, 2))) return 0;
  *mid = i;
  if (!(i = LIT(in, i, ":")) || !(i = digits(in, i, 2))) return 0;
  return frac(in, i);
}

/* common.syslog_stamp at 0: month sp^1 digit digit^-1 sp hms frac */
static size_t syslog_stamp (const In *in) {
  size_t i;
  if (!(i = month(in, 0)) || !(i = LIT(in, i, " "))) return 0;
  while (i < in->n && in->s[i] == ' ') i++;
  if (!(i = digits(in, i, 1))) return 0;
  if (i < in->n && digit(in->s[i])) i++;
  if (!(i = LIT(in, i, " ")) || !(i = hms(in, i))) return 0;
  return frac(in, i);
}

/* progname * progtail at i: (1 - S" [:")^1, ("[" digit^1 "]")^-1, ": ";
   the end of the name in *name_end */
static size_t program (const In *in, size_t i, size_t *name_end) {
  size_t j = run_not(in, i, ' ', '[', ':'), k;
  if (j == i) return 0;
  *name_end = j;
  if (j < in->n && in->s[j] == '[' && j + 1 < in->n && digit(in->s[j + 1])) {
    k = j + 1;
    while (k < in->n && digit(in->s[k])) k++;
    if (k < in->n && in->s[k] == ']') j = k + 1;
  }
  return LIT(in, j, ": ");
}

#define SPAN(sp, a, b)  ((sp).off = (a), (sp).len = (b) - (a))

/* #all_plain: printable ASCII without '"' or '\\', throughout (four
   bytes a step: the line is read whole) */
static int all_plain (const In *in) {
  unsigned bad = 0;
  size_t i, len = in->n;
  for (i = 0; i + 4 <= len; i += 4)
    bad |= not_plain[in->s[i]] | not_plain[in->s[i + 1]] |
           not_plain[in->s[i + 2]] | not_plain[in->s[i + 3]];
  for (; i < len; i++) bad |= not_plain[in->s[i]];
  return !bad;
}

/* the stamp, its kind and spans in f: the position after it, or 0 */
static size_t stamp (const In *in, sb_pfline *f) {
  size_t i, j;
  if ((i = rfc3339(in)) != 0) {
    f->header = SB_PF_RFC3339;
    SPAN(f->time, 0, i);
  } else if ((i = syslog_fixed(in, &j)) != 0) {
    f->header = SB_PF_FIXED;
    SPAN(f->time, 0, j);
    SPAN(f->rest, j, i);
  } else if ((i = syslog_stamp(in)) != 0) {
    f->header = SB_PF_STAMP;
    SPAN(f->time, 0, i);
  }
  return i;
}

/* frelay at i: "host[ip]" (":port" after it passed over) or a bare value
   up to ","; its spans in f, the position after it */
static size_t relay (const In *in, size_t i, sb_pfline *f) {
  size_t len = in->n, j = run_not(in, i, '[', ' ', ','), k;
  if (j > i && j < len && in->s[j] == '[' &&
      (k = run_not(in, j + 1, ']', ' ', ' ')) < len && in->s[k] == ']') {
    SPAN(f->relay, i, j);
    f->has_ip = 1;
    SPAN(f->relay_ip, j + 1, k);
    i = k + 1;
    if (i + 1 < len && in->s[i] == ':' && digit(in->s[i + 1])) {
      i += 2;
      while (i < len && digit(in->s[i])) i++;
    }
    return i;
  }
  j = run_not(in, i, ',', ',', ',');
  SPAN(f->relay, i, j);
  return j;
}

int smtpbounce_postfix_line (const char *s, size_t len, sb_pfline *f) {
  In in;
  size_t i, j, k, name_end;
  in.s = (const unsigned char *)s;
  in.n = len;
  memset(f, 0, sizeof *f);

  f->plain = all_plain(&in);
  if (!(i = stamp(&in, f))) return 0;

  /* (sp^1 * -(progname * progtail) * token)^0 */
  for (;;) {
    j = i;
    while (j < len && in.s[j] == ' ') j++;
    if (j == i || program(&in, j, &name_end)) break;
    k = run_not(&in, j, ' ', ' ', ' ');
    if (k == j) break;
    i = k;
  }
  /* sp^1 * C(progname) * progtail */
  j = i;
  while (j < len && in.s[j] == ' ') j++;
  if (j == i || !(i = program(&in, j, &name_end))) return 0;
  SPAN(f->prog, j, name_end);

  /* C(alnum * alnum^-31) * ": to=" */
  for (j = i; j < len && j - i < 32 && alnum(in.s[j]); j++) {}
  if (j == i) return 0;
  SPAN(f->qid, i, j);
  if (!(i = LIT(&in, j, ": to=<"))) return 0;

  /* frcpt: "<" C((local_part "@")^1 C(local_part) + local_part F) ">" */
  j = i;
  k = 0;                                        /* after the last "@" */
  for (;;) {
    j = run_not(&in, j, '@', '>', '>');
    if (j < len && in.s[j] == '@') { j++; k = j; } else break;
  }
  if (j >= len) return 0;                       /* neither ">" */
  if (k) { f->has_rdomain = 1; SPAN(f->rdomain, k, j); }
  SPAN(f->rcpt, i, j);
  i = j + 1;

  /* (", orig_to=" addr / 0)^-1 */
  if ((j = LIT(&in, i, ", orig_to=<")) != 0) {
    k = run_not(&in, j, '>', '>', '>');
    if (k < len) i = k + 1;
  }

  /* ", relay=" frelay */
  if (!(i = LIT(&in, i, ", relay="))) return 0;
  i = relay(&in, i, f);

  /* (", conn_use=" digit^1)^-1 */
  if ((j = LIT(&in, i, ", conn_use=")) != 0 && j < len && digit(in.s[j])) {
    while (j < len && digit(in.s[j])) j++;
    i = j;
  }

  /* ", delay=" fvalue ", delays=" fvalue */
  if (!(i = LIT(&in, i, ", delay="))) return 0;
  i = run_not(&in, i, ',', ',', ',');
  if (!(i = LIT(&in, i, ", delays="))) return 0;
  i = run_not(&in, i, ',', ',', ',');

  /* ", dsn=" C((1 - S", ")^1) */
  if (!(i = LIT(&in, i, ", dsn="))) return 0;
  j = run_not(&in, i, ',', ' ', ' ');
  if (j == i) return 0;
  SPAN(f->dsn, i, j);

  /* ", status=" C(R"az"^1) " (" */
  if (!(i = LIT(&in, j, ", status="))) return 0;
  for (j = i; j < len && in.s[j] >= 'a' && in.s[j] <= 'z'; j++) {}
  if (j == i) return 0;
  SPAN(f->status, i, j);
  if (!(i = LIT(&in, j, " ("))) return 0;
  f->tpos = i;
  return 1;
}
