/*
** sb_mime_conv.h -- the conversions to UTF-8 beside iconv's own: a
** single-byte charset by a table built from iconv's answers, UTF-7's
** text of direct bytes as itself, and a charset of more than one byte
** a character through iconv's UCS-4 (one step of glibc's where its
** UTF-8 takes two) with UTF-8 written here.  Included by sb_mime.c
** alone (through sb_mime_charset.h), after REPL and sb_mime_alloc.
*/

#ifndef SB_MIME_CONV_H
#define SB_MIME_CONV_H

/*
** Is the charset of 'cd' a single-byte one, converted a byte at a time
** as iconv converts it whole: every byte below 0x80 gives itself, every
** other byte one character (or is refused: U+FFFD, as with_iconv writes
** for it), at once, nothing held back for the next byte (as CP1255 and
** CP1258 hold a letter that a mark may follow) and no shift state?
** Then 'tab' holds each byte >= 0x80 as iconv gives it.
*/
static int sbcs_table (iconv_t cd, unsigned char tab[128][4]) {
  int c, ok = 1, fresh = 0;  /* (the state initial: a flush left it so) */
  for (c = 0; c < 256 && ok; c++) {
    char in = (char)c, out[8], *ip = &in, *op = out, *fp;
    size_t il = 1, ol = sizeof out, fl, k;
    if (!fresh) iconv(cd, NULL, NULL, NULL, NULL);
    fresh = 0;
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1) {
      ok = errno == EILSEQ && c >= 0x80 && op == out;
      if (ok) { memcpy(tab[c - 0x80], REPL, 3); tab[c - 0x80][3] = 3; }
      continue;
    }
    k = (size_t)(op - out);
    fp = op;
    fl = ol;
    fresh = iconv(cd, NULL, NULL, &fp, &fl) != (size_t)-1;  /* nothing more
                                                               on a flush */
    ok = il == 0 && fp == op && k >= 1 && k <= 3
      && (c >= 0x80 || (k == 1 && out[0] == (char)c));
    if (ok && c >= 0x80) { memcpy(tab[c - 0x80], out, k); tab[c - 0x80][3] = (unsigned char)k; }
  }
  iconv(cd, NULL, NULL, NULL, NULL);
  return ok;
}

/*
** The ASCII bytes of a charset that is not single-byte (sbcs_table
** refused it) that iconv gives as themselves, each alone: set in 'bits'
** (bit c).  Only UTF-7 asks (direct_text): there a text of such bytes
** alone, with no '+' to start a shift, is read as itself.
*/
static void direct_bytes (iconv_t cd, unsigned char bits[16]) {
  int c, fresh = 0;  /* (the state initial: a flush left it so) */
  memset(bits, 0, 16);
  for (c = 1; c < 0x80; c++) {
    char in = (char)c, out[8], *ip = &in, *op = out;
    size_t il = 1, ol = sizeof out;
    if (!fresh) iconv(cd, NULL, NULL, NULL, NULL);
    fresh = 0;
    if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1 || il != 0) continue;
    if (iconv(cd, NULL, NULL, &op, &ol) == (size_t)-1) continue;
    fresh = 1;
    if (op - out == 1 && out[0] == (char)c && c != '+')
      bits[c >> 3] |= (unsigned char)(1u << (c & 7));
  }
  iconv(cd, NULL, NULL, NULL, NULL);
}

/* is every byte of [s, s+n) one of 'bits' (direct_bytes)? */
static int direct_text (const char *s, size_t n, const unsigned char bits[16]) {
  size_t i;
  for (i = 0; i < n; i++) {
    unsigned c = (unsigned char)s[i];
    if (c >= 0x80 || !(bits[c >> 3] & (1u << (c & 7)))) return 0;
  }
  return 1;
}

/* [s, s+n) converted by a single-byte charset's table (sbcs_table), in
   with_iconv's room (3 bytes for one at most) */
static sb_mstr with_table (sb_mail *m, const char *s, size_t n,
                           const unsigned char (*tab)[4]) {
  sb_mstr r;
  size_t i, k = 0;
  char *out = (char *)sb_mime_alloc(m, 3 * n + 16);
  r.p = out;
  r.n = 0;
  if (out == NULL) { r.p = ""; return r; }
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) out[k++] = (char)c;
    else {
      const unsigned char *t = tab[c - 0x80];
      out[k] = (char)t[0]; out[k + 1] = (char)t[1]; out[k + 2] = (char)t[2];
      k += t[3];
    }
  }
  r.n = k;
  return r;
}

/*
** Through UCS-4.  glibc converts a charset to UTF-8 in two steps, the
** charset to its internal UCS-4 (what it calls WCHAR_T), then that to
** UTF-8, and the second step costs as much as the first.  A text every
** byte of which the first step takes is converted here by that step
** alone, its UTF-8 written by put_utf8: the same bytes as iconv's.  Any
** other text (a byte refused, a character cut at the end, a code point
** UTF-8 holds only in glibc's own way: a surrogate, one past U+10FFFF)
** is left to with_iconv's own loop, from its start.
*/
#if defined(__GLIBC__)
#define SB_MIME_UCS4 1
#else
#define SB_MIME_UCS4 0
#endif

/* code point v (no surrogate, at most U+10FFFF) as UTF-8 at o: its
   length */
static inline size_t utf8_at (unsigned char *o, uint32_t v) {
  if (v < 0x80) {
    o[0] = (unsigned char)v;
    return 1;
  }
  if (v < 0x800) {
    o[0] = (unsigned char)(0xC0 | (v >> 6));
    o[1] = (unsigned char)(0x80 | (v & 0x3F));
    return 2;
  }
  if (v < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (v >> 12));
    o[1] = (unsigned char)(0x80 | ((v >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (v & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (v >> 18));
  o[1] = (unsigned char)(0x80 | ((v >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((v >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (v & 0x3F));
  return 4;
}

/* a code point UTF-8 cannot carry: a surrogate or past U+10FFFF */
#define UTF8_BAD(v)  ((v) - 0xD800u < 0x800u || (v) > 0x10FFFFu)

/* the code points c[0 .. n) as UTF-8 at out[*k ..], none a surrogate or
   past U+10FFFF, all within 'room' bytes: 1 (*k moved on), else 0.
   Where four bytes a code point are left, no check of the room per
   character */
static int put_utf8 (char *out, size_t *k, size_t room, const uint32_t *c,
                     size_t n) {
  unsigned char *o = (unsigned char *)out;
  size_t i, j = *k;
  if (j <= room && (room - j) / 4 >= n) {
    for (i = 0; i < n; i++) {  /* (each length tested once, in turn) */
      uint32_t v = c[i];
      if (v < 0x80) o[j++] = (unsigned char)v;
      else if (v < 0x800) {
        o[j] = (unsigned char)(0xC0 | (v >> 6));
        o[j + 1] = (unsigned char)(0x80 | (v & 0x3F));
        j += 2;
      } else if (v < 0x10000) {
        if (v - 0xD800u < 0x800u) return 0;  /* a surrogate */
        o[j] = (unsigned char)(0xE0 | (v >> 12));
        o[j + 1] = (unsigned char)(0x80 | ((v >> 6) & 0x3F));
        o[j + 2] = (unsigned char)(0x80 | (v & 0x3F));
        j += 3;
      } else if (v > 0x10FFFFu) return 0;
      else j += utf8_at(o + j, v);
    }
  } else {
    for (i = 0; i < n; i++) {
      uint32_t v = c[i];
      size_t len = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4;
      if (j >= room || room - j < len || UTF8_BAD(v)) return 0;
      j += utf8_at(o + j, v);
    }
  }
  *k = j;
  return 1;
}
#undef UTF8_BAD

/* the slot's converter to UCS-4 (opened when first asked), or
   (iconv_t)-1 */
static iconv_t wide_conv (sb_mail_convs *c, int slot, const char *cs) {
  if (!SB_MIME_UCS4) return (iconv_t)-1;
  if (c->wide_ok[slot] == 0) {
    iconv_t wd = iconv_open("WCHAR_T", cs);
    c->wide[slot] = (void *)wd;
    c->wide_ok[slot] = wd == (iconv_t)-1 ? 2 : 1;
  }
  return c->wide_ok[slot] == 1 ? (iconv_t)c->wide[slot] : (iconv_t)-1;
}

/*
** [s, s+n) by 'wd' (wide_conv) as UTF-8 at 'out', 'room' bytes at most,
** then the converter's flush when 8 bytes of room are left for it (as
** with_iconv flushes): 1 and *k bytes written, or 0 for a text with_iconv
** converts its own way (above; 'out' then holds nothing of use).
*/
static int via_ucs4 (iconv_t wd, const char *s, size_t n, char *out,
                     size_t room, size_t *k) {
  uint32_t tmp[1024];
  char *ip = (char *)(size_t)s;  /* iconv's prototype lacks const */
  size_t il = n;
  int flush = 0;
  *k = 0;
  iconv(wd, NULL, NULL, NULL, NULL);
  for (;;) {
    char *op = (char *)tmp;
    size_t ol = sizeof tmp, rc, got;
    rc = flush ? iconv(wd, NULL, NULL, &op, &ol) : iconv(wd, &ip, &il, &op, &ol);
    got = (size_t)(op - (char *)tmp) / sizeof tmp[0];
    if (rc == (size_t)-1 && (errno != E2BIG || got == 0)) return 0;
    if (!put_utf8(out, k, room, tmp, got)) return 0;
    if (rc == (size_t)-1) continue;  /* (E2BIG: more to come) */
    if (flush || room - *k < 8) return 1;
    flush = 1;
  }
}

#endif
