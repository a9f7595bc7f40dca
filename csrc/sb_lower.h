/*
** sb_lower.h -- ASCII case folding by a table (one load, no test), for the
** readers that fold every byte they compare (sb_mime.c, sb_prose.c), and
** how common each byte is in a text (byte_rank: their searches look for a
** literal's least common byte first)
*/
#ifndef SB_LOWER_H
#define SB_LOWER_H

#include "sb_bytes.h"  /* SB_ALL256 */

#define SB_LO(c)  ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
static const unsigned char sb_lower_byte[256] = { SB_ALL256(SB_LO) };
#undef SB_LO

/* 'c' (a byte) in lower case if it is an ASCII capital */
static int lower (int c) { return sb_lower_byte[c & 0xff]; }

/* how common each byte of a literal is in a text (0 = most: the space,
   then the letters after their usual frequency in English, then digits
   and '.', ',', '-', '/'; 30 the rest and every byte of 128 and up):
   ci_find and sb_mime_ifind look for a literal's least common byte
   first */
static const unsigned char byte_rank[256] = {
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
     0, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 12, 12, 12, 12,
    12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30,  3, 20, 12, 11,  1, 15, 17,  9,  5, 24, 22, 10, 14,  6,  4,
    16, 25,  8,  7,  2, 13, 21, 18, 23, 19, 26, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30
};

#endif
