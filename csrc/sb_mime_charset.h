/*
** sb_mime_charset.h -- a text's charset to UTF-8: valid UTF-8 as it is
** (bad bytes U+FFFD), ISO-8859-1 by hand, the rest through iconv(3) with
** its converters kept per message (or per classifier), and the
** conversions beside iconv's own (sb_mime_conv.h).  Included by sb_mime.c
** alone, where this section stood (after the transfer encodings).
*/

#ifndef SB_MIME_CHARSET_H
#define SB_MIME_CHARSET_H

/* {======================================================================
** Charsets to UTF-8
** ======================================================================= */

/* length of the valid UTF-8 sequence at s[0..n), or 0 */
static size_t utf8_len (const unsigned char *s, size_t n) {
  unsigned c = s[0];
  size_t len, i;
  unsigned min, cp;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; cp = c & 0x1F; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; cp = c & 0x0F; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; cp = c & 0x07; }
  else return 0;
  if (n < len) return 0;
  for (i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (s[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return len;
}

static const char REPL[] = "\xEF\xBF\xBD";  /* U+FFFD */

/* [s, s+n) as UTF-8, invalid bytes replaced: a view when valid */
static sb_mstr utf8_clean (sb_mail *m, const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0, k, l;
  sb_mstr r;
  char *out;
  for (;;) {  /* ASCII 32, then 8 bytes at a time, the rest a sequence
                 at a time */
    uint64_t v, w[4];
    while (n - i >= 32) {
      memcpy(w, u + i, 32);
      if (((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080u) != 0) break;
      i += 32;
    }
    if (i + 8 <= n && (memcpy(&v, u + i, 8), (v & 0x8080808080808080u) == 0)) {
      i += 8;
      continue;
    }
    if (i >= n || (l = utf8_len(u + i, n - i)) == 0) break;
    i += l;
  }
  r.p = s;
  r.n = n;
  if (i == n) return r;
  out = (char *)sb_mime_alloc(m, 3 * n);
  if (out == NULL) { r.n = 0; return r; }
  memcpy(out, s, i);
  k = i;
  while (i < n) {
    l = utf8_len(u + i, n - i);
    if (l == 0) { memcpy(out + k, REPL, 3); k += 3; i++; }
    else { memcpy(out + k, s + i, l); k += l; i += l; }
  }
  r.p = out;
  r.n = k;
  return r;
}

/* ISO-8859-1 to UTF-8 (no table needed) */
static sb_mstr latin1 (sb_mail *m, const char *s, size_t n) {
  sb_mstr r;
  size_t i, k = 0;
  char *out = (char *)sb_mime_alloc(m, 2 * n);
  r.p = out;
  r.n = 0;
  if (out == NULL) return r;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) out[k++] = (char)c;
    else { out[k++] = (char)(0xC0 | (c >> 6)); out[k++] = (char)(0x80 | (c & 0x3F)); }
  }
  r.n = k;
  return r;
}

/* names iconv does not know, or knows by a wider set */
static const char *const ALIASES[][2] = {
  { "gb2312", "GBK" }, { "x-gbk", "GBK" }, { "ks_c_5601-1987", "CP949" },
  { "x-sjis", "SHIFT_JIS" }, { "sjis", "SHIFT_JIS" }, { "shift-jis", "SHIFT_JIS" },
  { "x-euc-jp", "EUC-JP" }, { "big5-hkscs", "BIG5-HKSCS" }, { "utf8", "UTF-8" },
  { "iso-8859-8-i", "ISO-8859-8" }, { "x-mac-roman", "MACINTOSH" },
  { "cp-850", "CP850" }, { "134", "GBK" }, { "unicode-1-1-utf-7", "utf-7" }
};

void smtpbounce_mail_convs_free (sb_mail_convs *c) {
  int i;
  for (i = 0; i < SB_MAIL_NCONV; i++) {
    if (c->name[i][0] != '\0') iconv_close((iconv_t)c->cd[i]);
    if (c->wide_ok[i] == 1) iconv_close((iconv_t)c->wide[i]);
    c->name[i][0] = '\0';
    c->sbcs[i] = 0;
    c->tab_ok[i] = 0;
    c->wide_ok[i] = 0;
  }
}

/* a converter from 'cs' to UTF-8: the one of m->convs for it (reset),
   else a new one (kept there, *slot its index, when there are convs;
   else *slot is -1); (iconv_t)-1 when iconv does not know the charset */
static iconv_t conv_open (sb_mail *m, const char *cs, int *slot) {
  sb_mail_convs *c = m->convs;
  iconv_t cd;
  unsigned i;
  *slot = -1;
  if (c != NULL) {
    for (i = 0; i < SB_MAIL_NCONV; i++)
      if (c->name[i][0] != '\0' && strcmp(c->name[i], cs) == 0) {  /* a slot in use */
        cd = (iconv_t)c->cd[i];
        iconv(cd, NULL, NULL, NULL, NULL);
        *slot = (int)i;
        return cd;
      }
  }
  cd = iconv_open("UTF-8", cs);
  if (cd == (iconv_t)-1 || c == NULL || cs[0] == '\0' || strlen(cs) >= sizeof c->name[0])
    return cd;
  i = c->next++ % SB_MAIL_NCONV;
  if (c->name[i][0] != '\0') iconv_close((iconv_t)c->cd[i]);
  if (c->wide_ok[i] == 1) iconv_close((iconv_t)c->wide[i]);
  strcpy(c->name[i], cs);
  c->cd[i] = (void *)cd;
  c->sbcs[i] = 0;
  c->tab_ok[i] = 0;
  c->wide_ok[i] = 0;
  *slot = (int)i;
  return cd;
}

#include "sb_mime_conv.h"  /* single-byte tables, UTF-7's direct bytes,
                              the conversion through UCS-4 */

/* are the table's entries (sbcs_table) each one valid UTF-8 sequence? */
static int table_utf8 (const unsigned char (*tab)[4]) {
  int c;
  for (c = 0; c < 128; c++)
    if (utf8_len(tab[c], tab[c][3]) != tab[c][3]) return 0;
  return 1;
}

/* with iconv: NULL result when iconv does not know the charset; *valid
   set when the text is valid UTF-8 by the way it was made (written from
   UCS-4 by put_utf8, by a table of valid sequences, ASCII as itself),
   else cleared: iconv's own output is checked by the caller */
static sb_mstr with_iconv (sb_mail *m, const char *s, size_t n, const char *cs,
                           int *valid) {
  sb_mstr r;
  int slot;
  iconv_t cd = conv_open(m, cs, &slot), wd;
  size_t cap = 3 * n + 16;
  char *out, *op, *ip = (char *)(size_t)s;  /* iconv's prototype lacks const */
  size_t il = n, ol;
  r.p = NULL;
  r.n = 0;
  *valid = 0;
  if (cd == (iconv_t)-1) return r;
  if (slot >= 0) {  /* a kept converter: a single-byte charset by table */
    sb_mail_convs *c = m->convs;
    if (c->sbcs[slot] == 0) {
      c->sbcs[slot] = sbcs_table(cd, c->tab[slot]) ? 1 : 2;
      if (c->sbcs[slot] == 2) direct_bytes(cd, c->direct[slot]);
      else
        c->tab_ok[slot] = (unsigned char)table_utf8((const unsigned char (*)[4])c->tab[slot]);
    }
    if (c->sbcs[slot] == 1) {
      *valid = c->tab_ok[slot];
      return with_table(m, s, n, (const unsigned char (*)[4])c->tab[slot]);
    }
    if (strcmp(cs, "utf-7") == 0 && direct_text(s, n, c->direct[slot])) {
      r.p = s;  /* (as iconv gives it: itself) */
      r.n = n;
      *valid = 1;  /* (ASCII) */
      return r;
    }
  }
  out = (char *)sb_mime_alloc(m, cap);
  if (out == NULL) {
    if (slot < 0) iconv_close(cd);
    r.p = "";
    return r;
  }
  if (slot >= 0 && (wd = wide_conv(m->convs, slot, cs)) != (iconv_t)-1
      && via_ucs4(wd, s, n, out, cap - 4, &r.n)) {
    r.p = out;
    *valid = 1;
    return r;
  }
  op = out;
  ol = cap - 4;  /* room for one U+FFFD more */
  while (il > 0) {
    /* in windows: a sanitizer's iconv checks the whole input it is
       given, once per call, and a bad byte costs a call */
    size_t win = il < 4096 ? il : 4096, left = win;
    size_t rc = iconv(cd, &ip, &left, &op, &ol);
    il -= win - left;
    if (rc != (size_t)-1) continue;
    if (errno == E2BIG) break;
    if (errno == EINVAL && il > left && left < win) continue;  /* cut by the window */
    /* EILSEQ, or EINVAL at the end: one byte replaced, and on */
    if (ol < 3) break;
    memcpy(op, REPL, 3);
    op += 3;
    ol -= 3;
    ip++;
    il--;
    iconv(cd, NULL, NULL, NULL, NULL);
  }
  if (ol >= 8) {  /* flush a stateful encoding's shift state */
    iconv(cd, NULL, NULL, &op, &ol);
  }
  if (slot < 0) iconv_close(cd);
  r.p = out;
  r.n = (size_t)(op - out);
  return r;
}

/* convert [s, s+n) from charset 'cs' ('clen' bytes, may be NULL) */
/* is [s, s+n) ASCII without NUL and ESC (ISO-2022 escapes): eight bytes
   a step, the bytes of a step that has one of them one by one */
static int plain_ascii (const char *s, size_t n) {
  const uint64_t lo = 0x0101010101010101u, hi = 0x8080808080808080u;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t v, x;
    memcpy(&v, s + i, 8);
    x = v ^ (lo * 0x1B);
    if ((v & hi) != 0 || ((v - lo) & ~v & hi) != 0 || ((x - lo) & ~x & hi) != 0)
      break;
  }
  for (; i < n; i++)
    if ((unsigned char)s[i] >= 0x80 || s[i] == 0x1B || s[i] == '\0') return 0;
  return 1;
}

static sb_mstr to_utf8 (sb_mail *m, const char *s, size_t n, const char *cs,
                        size_t clen) {
  char name[48];
  size_t i, k = 0;
  sb_mstr r;
  int valid;
  if (cs != NULL) {
    sb_mstr t = sb_mime_trim(cs, clen);
    for (i = 0; i < t.n && k + 1 < sizeof name; i++)
      if (t.p[i] != '"' && t.p[i] != '\'') name[k++] = (char)lower((unsigned char)t.p[i]);
  }
  k = sb_mime_name_end(name, k, s, n);  /* (undeclared ISO-2022-JP named) */
  /* UTF-8 as it is (valid ASCII stays as it is: no look at it first) */
  if (k == 0 || strcmp(name, "utf-8") == 0 || strcmp(name, "us-ascii") == 0
      || strcmp(name, "ascii") == 0)
    return utf8_clean(m, s, n);
  /* names iconv does not know by the ones it does (Exchange's UTF-7 too), first */
  for (i = 0; i < sizeof ALIASES / sizeof ALIASES[0]; i++)
    if (strcmp(name, ALIASES[i][0]) == 0) {
      size_t l = strlen(ALIASES[i][1]);
      memcpy(name, ALIASES[i][1], l + 1);
      break;
    }
  /* ASCII text in any charset but the wide ones and UTF-7 */
  if (plain_ascii(s, n) && strncmp(name, "utf-16", 6) != 0
      && strncmp(name, "utf-32", 6) != 0 && strncmp(name, "ucs", 3) != 0
      && strcmp(name, "utf-7") != 0) {
    r.p = s;
    r.n = n;
    return r;
  }
  if (strcmp(name, "iso-8859-1") == 0 || strcmp(name, "latin1") == 0)
    return latin1(m, s, n);
  r = with_iconv(m, s, n, name, &valid);
  if (r.p == NULL) return utf8_clean(m, s, n);  /* unknown charset */
  if (valid) return r;
  return utf8_clean(m, r.p, r.n);  /* (what iconv gave for a name it took
                                      loosely, "UTF-8" and garbage: checked) */
}

sb_mstr sb_mime_text (sb_mail *m, const char *s, size_t n, int cte,
                      const char *charset, size_t clen) {
  sb_mstr r;
  size_t room = m->decoded < SB_MAIL_MAX_DECODED ? SB_MAIL_MAX_DECODED - m->decoded : 0;
  r.p = s;
  r.n = 0;
  if (n > room / 3) {  /* at most 3 bytes of UTF-8 for one byte read */
    n = room / 3;
    m->flags |= SB_MAIL_F_DECODED;
  }
  if (n == 0) return r;
  if (cte == SB_CTE_BASE64 || cte == SB_CTE_QP) {
    char *out = (char *)sb_mime_alloc(m, n + 3);
    if (out == NULL) return r;
    n = cte == SB_CTE_BASE64 ? unbase64(s, n, out) : unqp(s, n, out);
    s = out;
  }
  r = to_utf8(m, s, n, charset, clen);
  m->decoded += r.n > n ? r.n : n;
  return r;
}

/* }====================================================================== */

#endif
