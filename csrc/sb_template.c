/*
** sb_template.c -- the shape of a reply text, with the parts that differ
** between occurrences of "the same" reply replaced by placeholders:
** addresses {email}, IP addresses {ip}, host names {host}, numbers {n},
** hex strings {hex} and mixed letter-digit ids {id}.  Operators group
** the replies no rule explained by this shape.  One pass, no allocation:
** the output goes to the caller's emit function.
*/

#include "smtpbounce.h"

static int is_digit (unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha (unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static int is_hex (unsigned char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* characters a token is made of: letters, digits and . - _ @ + % : = */
static int is_word (unsigned char c) {
  return is_alpha(c) || is_digit(c) || c == '.' || c == '-' || c == '_' ||
         c == '@' || c == '+' || c == '%' || c == ':' || c == '=';
}

typedef struct Shape {
  size_t digits, alphas, hexes, dots, colons, ats, others;
  size_t groups;          /* dot-separated digit groups (IPv4 test) */
  int digit_groups;       /* every dot-separated part is all digits */
  int last_alpha;         /* length of the trailing all-letter label */
} Shape;

static void shape_of (const unsigned char *p, size_t n, Shape *sh) {
  size_t i, part = 0, part_alpha = 0;
  int part_digits = 1;
  sh->digits = sh->alphas = sh->hexes = sh->dots = sh->colons = 0;
  sh->ats = sh->others = 0;
  sh->groups = 1;
  sh->digit_groups = 1;
  for (i = 0; i < n; i++) {
    unsigned char c = p[i];
    if (c == '.') {
      sh->dots++;
      sh->groups++;
      if (part == 0 || !part_digits) sh->digit_groups = 0;
      part = 0; part_alpha = 0; part_digits = 1;
      continue;
    }
    part++;
    if (is_digit(c)) sh->digits++;
    else part_digits = 0;
    if (is_alpha(c)) { sh->alphas++; part_alpha++; }
    if (is_hex(c)) sh->hexes++;
    if (c == ':') sh->colons++;
    else if (c == '@') sh->ats++;
    else if (!is_alpha(c) && !is_digit(c)) sh->others++;
  }
  if (part == 0 || !part_digits) sh->digit_groups = 0;
  sh->last_alpha = (part > 0 && part_alpha == part) ? (int)part : 0;
}

/* the placeholder for token p[0..n), or NULL to keep it as it is */
static const char *placeholder (const unsigned char *p, size_t n) {
  Shape sh;
  shape_of(p, n, &sh);
  if (sh.ats == 1 && p[0] != '@' && p[n - 1] != '@' && sh.dots > 0)
    return "{email}";
  if (sh.digit_groups && sh.groups == 4 && sh.digits <= 12) return "{ip}";
  if (sh.colons >= 2 && sh.hexes + sh.colons + sh.dots == n) return "{ip}";
  if (sh.digit_groups && sh.groups == 3 && sh.digits <= 7 &&
      (p[0] == '2' || p[0] == '4' || p[0] == '5'))
    return NULL;  /* an enhanced status code: part of the meaning */
  if (sh.dots >= 1 && sh.last_alpha >= 2 && sh.alphas > 0 && sh.ats == 0 &&
      sh.colons == 0 && p[0] != '.' && p[n - 1] != '.')
    return "{host}";
  if (sh.digits == n || (sh.digits + sh.dots == n && sh.digits > 0))
    return sh.digits >= 2 ? "{n}" : NULL;
  if (n >= 8 && sh.hexes == n && sh.digits > 0) return "{hex}";
  if (sh.digits >= 3 && sh.alphas > 0 && (n >= 8 || sh.digits >= 5))
    return "{id}";
  return NULL;
}

static size_t cstrlen (const char *s) {
  size_t n = 0;
  while (s[n]) n++;
  return n;
}

void smtpbounce_template (const char *s, size_t len, sb_emit emit,
                          void *ud) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < len) {
    size_t j = i, end;
    const char *ph;
    if (!is_word(p[i])) {
      while (j < len && !is_word(p[j])) j++;
      emit(ud, s + i, j - i);
      i = j;
      continue;
    }
    while (j < len && is_word(p[j])) j++;
    /* trailing sentence punctuation is not part of the token */
    end = j;
    while (end > i && (p[end - 1] == '.' || p[end - 1] == ':' ||
                       p[end - 1] == '-' || p[end - 1] == '=')) end--;
    if (end == i) { emit(ud, s + i, j - i); i = j; continue; }
    ph = placeholder(p + i, end - i);
    if (ph) emit(ud, ph, cstrlen(ph));
    else emit(ud, s + i, end - i);
    if (end < j) emit(ud, s + end, j - end);
    i = j;
  }
}
