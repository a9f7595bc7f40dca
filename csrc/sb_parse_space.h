/*
** sb_parse_space.h -- the blanks, whitespace and separators sb_parse.c
** skips, with the spaces beyond ASCII's among them (sb_uspace: U+00A0
** and the like, as a reply copied from a web page, a help desk or a mail
** client has them).  Included by sb_parse.c only, after its byte helpers.
*/

/* sb_uspace out of line: the rare case (a byte >= 0xA0) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t usp_at (const char *s, size_t len, size_t i) {
  return sb_uspace(s, len, i);
}

/* a space beyond ASCII's at 'i' (sb_uspace): its length, else 0 */
static inline size_t usp (const char *s, size_t len, size_t i) {
  return i < len && (unsigned char)s[i] >= 0xA0 ? usp_at(s, len, i) : 0;
}

/* the same where 'c' is at(s, len, i) already */
static inline size_t uspc (int c, const char *s, size_t len, size_t i) {
  return c >= 0xA0 ? usp_at(s, len, i) : 0;
}

/* a blank (' ', '\t' or a space beyond ASCII's) at 'i' */
static int blank_at (const char *s, size_t len, size_t i) {
  return is_blank(at(s, len, i)) || usp(s, len, i) != 0;
}

/* whitespace proper or a space beyond ASCII's at 'i' */
static int ws_at (const char *s, size_t len, size_t i) {
  return is_ws(at(s, len, i)) || usp(s, len, i) != 0;
}

/* a separator (see skip_seps) */
static int is_sep (int c) {
  return c == ' ' || c == '\t' || c == '-' || c == '.' || c == ':' || c == ',';
}

/*
** Where the skips below stop at a byte >= 0xA0: on over the blanks
** ('kind' 0), whitespace proper (1) or separators (2), and the spaces
** beyond ASCII's among them.  (Out of line: the plain loops stay small.)
*/
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t skip_wide (const char *s, size_t len, size_t i, int kind) {
  size_t k;
  int c;
  for (;;) {
    c = at(s, len, i);
    if (kind == 0 ? is_blank(c) : kind == 1 ? is_ws(c) : is_sep(c)) i++;
    else if ((k = uspc(c, s, len, i)) != 0) i += k;
    else return i;
  }
}

/* blanks, spaces beyond ASCII's too (so in the two below) */
static inline size_t skip_blanks (const char *s, size_t len, size_t i) {
  while (is_blank(at(s, len, i))) i++;
  return at(s, len, i) >= 0xA0 ? skip_wide(s, len, i, 0) : i;
}

/* whitespace proper, line breaks included */
static inline size_t skip_ws (const char *s, size_t len, size_t i) {
  while (is_ws(at(s, len, i))) i++;
  return at(s, len, i) >= 0xA0 ? skip_wide(s, len, i, 1) : i;
}

/* separators between a code, its status and the text: blanks and "-.:," */
static inline size_t skip_seps (const char *s, size_t len, size_t i) {
  while (is_sep(at(s, len, i))) i++;
  return at(s, len, i) >= 0xA0 ? skip_wide(s, len, i, 2) : i;
}
