/*
** sb_parse_entity.h -- the HTML entities the clean-text walker decodes
** ("&lt;", "&nbsp;", "&#8217;", "&#x2019;"): the part of sb_parse.c's
** walker that reads them.  Included by sb_parse.c only, after its byte
** helpers.
*/

/* UTF-8 bytes of the Unicode scalar value 'v' in 'out'; their count */
static size_t utf8_put (unsigned long v, char *out) {
  if (v < 0x80) { out[0] = (char)v; return 1; }
  if (v < 0x800) {
    out[0] = (char)(0xC0 | (v >> 6));
    out[1] = (char)(0x80 | (v & 0x3F));
    return 2;
  }
  if (v < 0x10000) {
    out[0] = (char)(0xE0 | (v >> 12));
    out[1] = (char)(0x80 | ((v >> 6) & 0x3F));
    out[2] = (char)(0x80 | (v & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (v >> 18));
  out[1] = (char)(0x80 | ((v >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((v >> 6) & 0x3F));
  out[3] = (char)(0x80 | (v & 0x3F));
  return 4;
}

/*
** Numeric entity "&#NN;" / "&#xHH;" at 'i': at most 7 decimal or 6 hex
** digits (more is overlong), a ';', and a Unicode scalar value other than
** 0.  Returns its length and puts its UTF-8 in 'out', or 0.
*/
static size_t numeric_at (const char *s, size_t len, size_t i, char out[4],
                          size_t *n) {
  size_t j = i + 2, k, maxd = 7;
  unsigned long v = 0, base = 10;
  int c, d;
  if ((c = at(s, len, j)) == 'x' || c == 'X') { base = 16; maxd = 6; j++; }
  for (k = 0;; k++, j++) {
    c = at(s, len, j);
    if (is_digit(c)) d = c - '0';
    else if (base == 16 && (c = to_lower(c)) >= 'a' && c <= 'f')
      d = c - 'a' + 10;
    else break;
    if (k == maxd) return 0;
    v = v * base + (unsigned long)d;
  }
  if (k == 0 || at(s, len, j) != ';') return 0;
  if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *n = utf8_put(v, out);
  return j + 1 - i;
}

/*
** HTML entity at 'i' (an '&'): returns its length and puts the decoded
** bytes (1..4) in 'out', or 0 when it is none we decode (the '&' is then
** plain text).  "&nbsp;" gives ' ', which the walker folds.
*/
static size_t entity_at (const char *s, size_t len, size_t i, char out[4],
                         size_t *n) {
  static const struct { const char *name; char c; } named[] = {
    {"&lt;", '<'}, {"&gt;", '>'}, {"&amp;", '&'}, {"&quot;", '"'},
    {"&apos;", '\''}, {"&nbsp;", ' '}
  };
  size_t k, m;
  if (at(s, len, i + 1) == '#') return numeric_at(s, len, i, out, n);
  for (k = 0; k < sizeof named / sizeof named[0]; k++)
    if ((m = str_at(s, len, i, named[k].name)) != 0) {
      out[0] = named[k].c;
      *n = 1;
      return m;
    }
  return 0;
}
