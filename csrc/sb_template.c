/*
** sb_template.c -- the shape of a reply text, with the parts that differ
** between occurrences of "the same" reply replaced by placeholders:
** addresses {email}, IP addresses {ip}, host names {host}, numbers {n},
** hex strings {hex} and mixed letter-digit ids {id}.  Operators group
** the replies no rule explained by this shape.  One pass, no allocation:
** the output goes to the caller's emit function or buffer.
*/

#include <string.h>

#include "smtpbounce.h"

/* byte classes */
#define C_WORD   1   /* token bytes: letters, digits, . - _ @ + % : = */
#define C_DIGIT  2   /* 0-9 */
#define C_ALPHA  4   /* ASCII letters */
#define C_HEX    8   /* 0-9 a-f A-F */
#define C_TRAIL 16   /* . : - = : trailing sentence punctuation */
#define C_MARK  32   /* . : @ : with digits, what any placeholder needs */

#define __  0
#define WD  C_WORD                              /* _ + % */
#define WT  (C_WORD | C_TRAIL)                  /* - = */
#define PM  (C_WORD | C_TRAIL | C_MARK)         /* . : */
#define AT  (C_WORD | C_MARK)                   /* @ */
#define DG  (C_WORD | C_DIGIT | C_HEX)          /* 0-9 */
#define HX  (C_WORD | C_ALPHA | C_HEX)          /* a-f A-F */
#define LT  (C_WORD | C_ALPHA)                  /* other letters */

static const unsigned char ctype[256] = {
  __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __,  /* 00 */
  __, __, __, __, __, __, __, __, __, __, __, __, __, __, __, __,  /* 10 */
  __, __, __, __, __, WD, __, __, __, __, __, WD, __, WT, PM, __,  /* 20 */
  DG, DG, DG, DG, DG, DG, DG, DG, DG, DG, PM, __, __, WT, __, __,  /* 30 */
  AT, HX, HX, HX, HX, HX, HX, LT, LT, LT, LT, LT, LT, LT, LT, LT,  /* 40 */
  LT, LT, LT, LT, LT, LT, LT, LT, LT, LT, LT, __, __, __, __, WD,  /* 50 */
  __, HX, HX, HX, HX, HX, HX, LT, LT, LT, LT, LT, LT, LT, LT, LT,  /* 60 */
  LT, LT, LT, LT, LT, LT, LT, LT, LT, LT, LT, __, __, __, __, __   /* 70 */
  /* 80-ff: 0 */
};

#undef __
#undef WD
#undef WT
#undef PM
#undef AT
#undef DG
#undef HX
#undef LT

#define IS(c, k)  ((ctype[(unsigned char)(c)] & (k)) != 0)

/* what a token byte counts as (tokens hold only ASCII word bytes) */
enum { K_OTHER, K_DIGIT, K_HEXL, K_ALPHA, K_DOT, K_COLON, K_AT, K_N };

#define O_  K_OTHER
#define D_  K_DIGIT
#define H_  K_HEXL
#define A_  K_ALPHA

static const unsigned char kind_of[128] = {
  O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,  /* 00 */
  O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_,  /* 10 */
  O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, O_, K_DOT, O_,
  D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, K_COLON, O_, O_, O_, O_, O_,
  K_AT, H_, H_, H_, H_, H_, H_, A_, A_, A_, A_, A_, A_, A_, A_, A_,
  A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, O_, O_, O_, O_, O_,  /* 50 */
  O_, H_, H_, H_, H_, H_, H_, A_, A_, A_, A_, A_, A_, A_, A_, A_,  /* 60 */
  A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, A_, O_, O_, O_, O_, O_   /* 70 */
};

#undef O_
#undef D_
#undef H_
#undef A_

typedef struct Shape {
  size_t digits, alphas, hexes, dots, colons, ats;
} Shape;

/* one count per kind of byte: one table load and one add a byte */
static void shape_of (const unsigned char *p, size_t n, Shape *sh) {
  size_t i, cnt[K_N] = { 0, 0, 0, 0, 0, 0, 0 };
  for (i = 0; i < n; i++) cnt[kind_of[p[i] & 0x7f]]++;
  sh->digits = cnt[K_DIGIT];
  sh->alphas = cnt[K_HEXL] + cnt[K_ALPHA];
  sh->hexes = cnt[K_DIGIT] + cnt[K_HEXL];
  sh->dots = cnt[K_DOT];
  sh->colons = cnt[K_COLON];
  sh->ats = cnt[K_AT];
}

/* 'groups' dot-separated parts, each of digits only and none empty */
static int digit_groups (const unsigned char *p, size_t n, const Shape *sh,
                         size_t groups) {
  size_t i;
  if (sh->dots + 1 != groups || sh->digits + sh->dots != n ||
      p[0] == '.' || p[n - 1] == '.') return 0;
  for (i = 1; i < n; i++)
    if (p[i] == '.' && p[i - 1] == '.') return 0;
  return 1;
}

/* length of the part after the last dot when it is all letters, else 0 */
static size_t last_alpha (const unsigned char *p, size_t n) {
  size_t m = 0;
  while (m < n && (IS(p[n - 1 - m], C_ALPHA))) m++;
  return (m == n || p[n - 1 - m] == '.') ? m : 0;
}

/* placeholders, and the length of each */
enum { P_NONE, P_EMAIL, P_IP, P_HOST, P_N, P_HEX, P_ID };
static const char *const ph_text[] = {
  "", "{email}", "{ip}", "{host}", "{n}", "{hex}", "{id}"
};
static const unsigned char ph_len[] = { 0, 7, 4, 6, 3, 5, 4 };

/* the placeholder for token p[0..n), or P_NONE to keep it as it is */
static int placeholder (const unsigned char *p, size_t n) {
  Shape sh;
  shape_of(p, n, &sh);
  if (sh.ats == 1 && p[0] != '@' && p[n - 1] != '@' && sh.dots > 0)
    return P_EMAIL;
  if (sh.digits <= 12 && digit_groups(p, n, &sh, 4)) return P_IP;
  if (sh.colons >= 2 && sh.hexes + sh.colons + sh.dots == n) return P_IP;
  if (sh.digits <= 7 && digit_groups(p, n, &sh, 3) &&
      (p[0] == '2' || p[0] == '4' || p[0] == '5'))
    return P_NONE;  /* an enhanced status code: part of the meaning */
  if (sh.dots >= 1 && sh.alphas > 0 && sh.ats == 0 && sh.colons == 0 &&
      p[0] != '.' && p[n - 1] != '.' && last_alpha(p, n) >= 2)
    return P_HOST;
  if (sh.digits == n || (sh.digits + sh.dots == n && sh.digits > 0))
    return sh.digits >= 2 ? P_N : P_NONE;
  if (n >= 8 && sh.hexes == n && sh.digits > 0) return P_HEX;
  if (sh.digits >= 3 && sh.alphas > 0 && (n >= 8 || sh.digits >= 5))
    return P_ID;
  return P_NONE;
}

/*
** The token p[i..j) (a maximal run of word bytes, 'acc' the OR of their
** classes) without its trailing sentence punctuation ends at *end; its
** placeholder, or P_NONE.  A token with no digit and none of . : @ never
** has one (each placeholder needs one of them), so most words are not
** looked at twice.
*/
static int token (const unsigned char *p, size_t i, size_t j, unsigned acc,
                  size_t *end) {
  size_t e = j;
  *end = j;
  if (!(acc & (C_DIGIT | C_MARK))) return P_NONE;
  while (e > i && IS(p[e - 1], C_TRAIL)) e--;
  *end = e;
  return e > i ? placeholder(p + i, e - i) : P_NONE;
}

void smtpbounce_template (const char *s, size_t len, sb_emit emit,
                          void *ud) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    size_t j = i, end;
    unsigned acc = 0;
    int ph;
    if (!IS(p[i], C_WORD)) {
      while (j < len && !IS(p[j], C_WORD)) j++;
      emit(ud, s + i, j - i);
      i = j;
      continue;
    }
    while (j < len && IS(p[j], C_WORD)) acc |= ctype[p[j++]];
    ph = token(p, i, j, acc, &end);
    if (end == i || ph == P_NONE) emit(ud, s + i, j - i);
    else {
      emit(ud, ph_text[ph], ph_len[ph]);
      if (end < j) emit(ud, s + end, j - end);
    }
    i = j;
  }
}

/*
** The same written to 'out', which holds SB_TEMPLATE_MAX(len) bytes; the
** length written is returned.  The bytes between placeholders are copied
** a span at a time.  A placeholder is never longer than three times its
** token (the shortest, ".@a", is 3 bytes for 7), so the output never
** passes 3 * len.
*/
size_t smtpbounce_template_write (const char *s, size_t len, char *out) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, o = 0, from = 0;  /* s[from..i) is still to be copied */
  for (;;) {
    size_t j, end;
    unsigned acc = 0;
    int ph;
    while (i < len && !IS(p[i], C_WORD)) i++;
    if (i == len) break;
    j = i;
    do acc |= ctype[p[j++]]; while (j < len && IS(p[j], C_WORD));
    if ((acc & (C_DIGIT | C_MARK)) &&
        (ph = token(p, i, j, acc, &end)) != P_NONE) {
      memcpy(out + o, s + from, i - from);
      o += i - from;
      memcpy(out + o, ph_text[ph], ph_len[ph]);
      o += ph_len[ph];
      from = end;  /* the trailing punctuation stays */
    }
    i = j;
  }
  if (len > from) memcpy(out + o, s + from, len - from);
  return o + (len - from);
}
