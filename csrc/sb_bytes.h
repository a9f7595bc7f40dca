/*
** sb_bytes.h -- a table of the 256 bytes made from one rule:
** SB_ALL256(F) is F(0), F(1), ..., F(255) (F a macro of one int
** expression), for the C core's and the reader's byte tables.
*/
#ifndef SB_BYTES_H
#define SB_BYTES_H

#define SB_ALL4(F, c)   F(c), F((c) + 1), F((c) + 2), F((c) + 3)
#define SB_ALL16(F, c)  SB_ALL4(F, c), SB_ALL4(F, (c) + 4), SB_ALL4(F, (c) + 8), \
                        SB_ALL4(F, (c) + 12)
#define SB_ALL64(F, c)  SB_ALL16(F, c), SB_ALL16(F, (c) + 16), SB_ALL16(F, (c) + 32), \
                        SB_ALL16(F, (c) + 48)
#define SB_ALL256(F)    SB_ALL64(F, 0), SB_ALL64(F, 64), SB_ALL64(F, 128), SB_ALL64(F, 192)

#endif
