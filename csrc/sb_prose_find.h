/*
** sb_prose_find.h -- ci_find: where a lowercase literal first occurs in
** a text, ASCII case ignored, looked for by its least common byte (one
** memchr pass a case).  Included by sb_prose.c alone, after lower() and
** ci_at().
*/

#ifndef SB_PROSE_FIND_H
#define SB_PROSE_FIND_H

/* how common each ASCII byte of a literal is in a text (0 = most: the
   space, then the letters after their usual frequency in English, then
   digits and '.', ',', '-', '/'; 30 the rest): ci_find looks for a
   literal's least common byte first */
static const unsigned char byte_rank[128] = {
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
     0, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30,  3, 20, 12, 11,  1, 15, 17,  9,  5, 24, 22, 10, 14,  6,  4,
    16, 25,  8,  7,  2, 13, 21, 18, 23, 19, 26, 30, 30, 30, 30, 30
};

/* the first of the bytes c and C (C = c when there is one) in s[i..n]
   (n included), or NULL */
static const char *first_of (const char *s, size_t i, size_t n, int c,
                             int C) {
  const char *p = (const char *)memchr(s + i, c, n - i + 1), *q;
  if (C == c) return p;
  q = (const char *)memchr(s + i, C, (p != NULL ? (size_t)(p - s) : n + 1) - i);
  return q != NULL ? q : p;
}

/* first occurrence of the lowercase literal 'l' in s[b..e): its offset,
   or (size_t)-1.  The literal's least common byte (at k) is looked for
   first in either case (memchr), each hit is then checked whole: one
   pass over the text, linear in it */
static size_t ci_find (const char *s, size_t b, size_t e, const char *l,
                       size_t ln) {
  size_t i, j, k = 0, last;
  int c, rk = 0;
  if (ln == 0 || e < b || e - b < ln) return (size_t)-1;
  for (j = 0; j < ln; j++) {
    int ch = (unsigned char)l[j], r = ch < 128 ? byte_rank[ch] : 30;
    if (r > rk || j == 0) { rk = r; k = j; }
  }
  c = (unsigned char)l[k];
  last = e - ln + k;  /* the last offset the byte k may be at */
  for (i = b + k; i <= last; i++) {
    const char *p = first_of(s, i, last, c, c >= 'a' && c <= 'z' ? c - 32 : c);
    if (p == NULL) break;
    i = (size_t)(p - s);
    if (ci_at(s, e, i - k, l, ln)) return i - k;
  }
  return (size_t)-1;
}

#endif
