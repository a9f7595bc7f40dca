/*
** sb_word.h -- eight bytes as one word, for the reader's scans that step
** eight bytes at a time (the MIME walk, the prose reader): the bytes
** loaded in text order whatever the machine's byte order, and the
** first byte a word's flags mark.  Included by sb_mime.h and sb_prose.c.
*/

#ifndef SB_WORD_H
#define SB_WORD_H

#include <stdint.h>

/* inlined (GCC, clang: a call would cost more than the eight bytes'
   work) */
#if defined(__GNUC__)
#define SB_WORD_FN  static inline __attribute__((always_inline))
#else
#define SB_WORD_FN  static
#endif

/* the eight bytes at s, the first in the low byte (one load where the
   compiler merges the byte loads) */
SB_WORD_FN uint64_t load8 (const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  return (uint64_t)u[0] | (uint64_t)u[1] << 8 | (uint64_t)u[2] << 16
       | (uint64_t)u[3] << 24 | (uint64_t)u[4] << 32 | (uint64_t)u[5] << 40
       | (uint64_t)u[6] << 48 | (uint64_t)u[7] << 56;
}

/* the index of the lowest byte whose bit 7 is set in m (not 0) */
SB_WORD_FN unsigned low_byte (uint64_t m) {
#if defined(__GNUC__)
  return (unsigned)__builtin_ctzll(m) >> 3;
#else
  unsigned k = 0;
  while (!(m & 0x80)) { m >>= 8; k++; }
  return k;
#endif
}

/* whether the eight bytes at s, their ASCII capitals made small, are
   the eight at w (lowercase already): one word's arithmetic, t (the low
   seven bits) never carrying into the next byte */
SB_WORD_FN int ieq8 (const char *s, const char *w) {
  const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
  uint64_t v = load8(s), t = v & ~hi;
  uint64_t up = (t + one * (0x80 - 'A')) & ~(t + one * (0x7f - 'Z')) & ~v & hi;
  return (v | up >> 2) == load8(w);
}

#endif
