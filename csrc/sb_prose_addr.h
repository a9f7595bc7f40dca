/*
** sb_prose_addr.h -- an address in a text: the bytes of its local part
** and its domain, the marks a text sets against it (UTF-8 punctuation),
** a word a copied text runs into its last label, a domain literal.
** Included by sb_prose.c alone, after lower(), is_alnum(), ci_at(),
** is_space() and NONE.
*/

#ifndef SB_PROSE_ADDR_H
#define SB_PROSE_ADDR_H

/* bytes of a local part or a domain (UTF-8 bytes taken as letters); a
   local part's '/' and '?' are left out: a text's "https://h/u?e=a@b"
   names the address a@b */
static int local_byte (int c) {  /* !#$%&'*+-=^_`{|}~. besides */
  return byte_class[c & 0xff] & C_LOCAL;
}
static int domain_byte (int c) {  /* - . _ besides, and '*': a masked
                                     name ("*****.com") */
  return byte_class[c & 0xff] & C_DOMAIN;
}

/* quote marks around an address: Exchange 5.5's 'a@b' and `a@b' */
static int quote_byte (int c) { return c == '\'' || c == '`'; }

/* trim blanks at both ends of [*b, *e) */
static void trim (const char *s, size_t *b, size_t *e) {
  while (*b < *e && (is_space((unsigned char)s[*b]) || s[*b] == '\r')) (*b)++;
  while (*e > *b && (is_space((unsigned char)s[*e - 1]) || s[*e - 1] == '\r'))
    (*e)--;
}

/*
** A punctuation mark written in UTF-8 that ends at 'end' (u8_mark_end)
** or starts at i (u8_mark_at): its length, or 0.  The marks are those a
** text sets right against an address: the no-break space, guillemets
** and the middle dot (U+00A0, U+00AB, U+00B7, U+00BB), the quotes,
** dashes and bullets of U+2000-U+203F, the CJK marks of U+3000-U+303F
** ("\xe3\x80\x82", the ideographic full stop) and the full-width
** punctuation of U+FF00-U+FF65 ("\xef\xbc\x9a", the full-width colon
** after a CJK "recipient").  Other bytes of 0x80 and up stay letters of
** an address.
*/
static size_t u8_mark (const unsigned char *p, size_t n) {
  if (n == 2 && p[0] == 0xc2)
    return (p[1] == 0xa0 || p[1] == 0xab || p[1] == 0xb7 || p[1] == 0xbb) ? 2 : 0;
  if (n != 3) return 0;
  if ((p[0] == 0xe2 || p[0] == 0xe3) && p[1] == 0x80) return 3;
  if (p[0] == 0xef && p[1] == 0xbc)  /* not the digits, not the letters */
    return (p[2] < 0x90 || (p[2] >= 0x9a && p[2] <= 0xa0) || p[2] >= 0xbb) ? 3 : 0;
  if (p[0] == 0xef && p[1] == 0xbd)
    return (p[2] == 0x80 || (p[2] >= 0x9b && p[2] <= 0xa5)) ? 3 : 0;
  return 0;
}

/* is the UTF-8 lead byte c one of a script other than Latin (Greek,
   Cyrillic, Armenian, Hebrew, Arabic: 0xcd-0xdb; Thai: 0xe0 0xb8-0xb9;
   kana, CJK, Hangul: 0xe3-0xed)?  An ASCII address runs right into such
   a letter in CJK and other texts ("a@b.jp\xe3\x81\xb8", "\xe7\xbb\x99a@b.cn",
   "a@b.kr\xec\x97\x90\xea\xb2\x8c"): the change of script ends it */
static int other_script (const unsigned char *p, size_t n) {
  if (n >= 2 && p[0] >= 0xcd && p[0] <= 0xdb) return 1;
  if (n >= 3 && p[0] == 0xe0 && (p[1] == 0xb8 || p[1] == 0xb9)) return 1;
  return n >= 3 && p[0] >= 0xe3 && p[0] <= 0xed;
}
/* the same for the character that ends at 'end' (after its last byte) */
static int other_script_end (const char *s, size_t b, size_t end) {
  size_t k = end;
  while (k > b && end - k < 4 && ((unsigned char)s[k - 1] & 0xc0) == 0x80) k--;
  if (k == b || k == end) return 0;
  k--;  /* the lead byte */
  return other_script((const unsigned char *)s + k, end - k);
}
static size_t u8_mark_end (const char *s, size_t b, size_t end) {
  if (end >= b + 2 && u8_mark((const unsigned char *)s + end - 2, 2)) return 2;
  if (end >= b + 3 && u8_mark((const unsigned char *)s + end - 3, 3)) return 3;
  return 0;
}
/* is the mark of n bytes at p one that stands for a space (the
   no-break space U+00A0, the spaces U+2000-U+200A and U+202F, the
   ideographic space U+3000)?  A CJK or HTML text sets one between an
   address and what follows ("<a@b>\xe3\x80\x80(reason: ...)") */
static int u8_blank (const char *s, size_t i, size_t n) {
  const unsigned char *p = (const unsigned char *)s + i;
  if (n == 2) return p[0] == 0xc2 && p[1] == 0xa0;
  if (n != 3) return 0;
  if (p[0] == 0xe3) return p[1] == 0x80 && p[2] == 0x80;
  return p[0] == 0xe2 && p[1] == 0x80 && (p[2] <= 0x8a || p[2] == 0xaf);
}

/* a mark a writer puts in place of the name he hides, three bytes at
   p: the wave dash U+301C and the full-width tilde U+FF5E (a Japanese
   text's three wave dashes before "@b.jp"), the ellipsis U+2026 (the
   end of a name cut short, "ab" and an ellipsis before "@b.com").  Other
   marks end a local part; these, right against the '@', are part of it */
static int mask_mark (const unsigned char *p) {
  return (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x9c)
      || (p[0] == 0xef && p[1] == 0xbd && p[2] == 0x9e)
      || (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xa6);
}

/* b + max moved back to the start of the character it falls in (3
   bytes back at most): where a line longer than the bytes read is cut,
   so that no diagnostic taken from it ends inside a character (the
   text is UTF-8; s[b + max] is in it) */
static size_t u8_cut (const char *s, size_t b, size_t max) {
  size_t c = b + max;
  int k;
  for (k = 0; k < 3 && c > b && ((unsigned char)s[c] & 0xC0) == 0x80; k++) c--;
  return c;
}

static size_t u8_mark_at (const char *s, size_t i, size_t e) {
  if (i + 2 <= e && u8_mark((const unsigned char *)s + i, 2)) return 2;
  if (i + 3 <= e && u8_mark((const unsigned char *)s + i, 3)) return 3;
  return 0;
}

/* words a sentence goes on with that a copied text (Gmail's, from HTML)
   runs into the address's last label ("a@example.govbecause the
   address ..."); no top-level domain ends with one */
static const Lit glued_words[] = {
  LIT("because"), LIT("porque"), LIT("parce"), LIT("weil"), LIT("perche"),
  LIT("omdat"), LIT("fordi"), LIT("eftersom"), LIT("couldn"), LIT("wasn")
};

/* the end of the domain [d, r) without a glued word at the end of its
   last label, when a label of two letters or more is left; without the
   digits a table's next cell runs into a last label of letters
   ("a@example.com550 5.1.1": no top-level domain ends with a digit but
   an IDN's "xn--", which has a '-') or a word from a capital on
   ("a@example.comUser unknown") */
static size_t unglue (const char *s, size_t d, size_t r) {
  size_t dot = r, k, dg;
  while (dot > d && s[dot - 1] != '.') dot--;
  if (dot == d) return r;
  for (dg = r; dg > dot && s[dg - 1] >= '0' && s[dg - 1] <= '9'; dg--) ;
  if (dg < r && dg - dot >= 2) {
    for (k = dot; k < dg && ((s[k] >= 'a' && s[k] <= 'z')
                             || (s[k] >= 'A' && s[k] <= 'Z')); k++) ;
    if (k == dg) return dg;
  }
  /* a capital after two small letters starts the next cell's word
     ("a@example.comUser unknown") */
  for (k = dot; k < r && s[k] >= 'a' && s[k] <= 'z'; k++) ;
  if (k - dot >= 2 && k + 1 < r && s[k] >= 'A' && s[k] <= 'Z'
      && s[k + 1] >= 'a' && s[k + 1] <= 'z')
    return k;
  for (k = 0; k < sizeof glued_words / sizeof glued_words[0]; k++) {
    size_t n = glued_words[k].len, i;
    if (r - dot < n + 2 || !ci_at(s, r, r - n, glued_words[k].w, n)) continue;
    for (i = dot; i < r - n; i++)
      if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')))
        return r;
    return r - n;
  }
  return r;
}

/* whether [l, r) is all its line holds in [b, e) but blanks and the
   angle brackets or quotes around it: its line's start, else NONE */
static size_t alone_on_line (const char *s, size_t b, size_t e, size_t l, size_t r) {
  size_t i;
  for (i = r; i < e && s[i] != '\n'; i++)
    if (!is_space((unsigned char)s[i]) && s[i] != '\r' && s[i] != '>' && s[i] != '"')
      return NONE;
  for (i = l; i > b && s[i - 1] != '\n'; i--)
    if (!is_space((unsigned char)s[i - 1]) && s[i - 1] != '\r' && s[i - 1] != '<'
        && s[i - 1] != '"')
      return NONE;
  return i;
}

/* where an address starts that an environment's assignment names at l
   ("RECIPIENT=a@b", "SENDER=c@d" in a pipe's output a notice quotes: a
   name of four or more capitals and '_', then '='): after the '=';
   else l (a fax gateway's "FAX=014@host" is one address; an SRS or
   VERP local part has digits or lowercase letters before its '=':
   "SRS0=", "bounces+a=b.org") */
static size_t env_assign (const char *s, size_t l, size_t at) {
  size_t k = l;
  while (k < at && ((s[k] >= 'A' && s[k] <= 'Z') || s[k] == '_')) k++;
  return k >= l + 4 && k + 1 < at && s[k] == '=' ? k + 1 : l;
}

/*
** The address whose '@' is at 'at' in [b, e): sets *ab, *ae and returns 1
** when both sides are non-empty and the domain holds a dot (or is x's).  The local
** part never runs back over an '@', so trying each '@' of a line once is
** linear.
*/
static int addr_at (const char *s, size_t b, size_t e, size_t at,
                    size_t *ab, size_t *ae) {
  size_t l = at, r = at + 1, dot = 0, m;
  int quoted = 0;
  if (l > b && s[l - 1] == '"') {  /* a quoted local part: '""@b', '"a b"@c' */
    for (l -= 1; l > b && at - l < 66 && s[l - 1] != '"' && s[l - 1] != '\n'
                 && s[l - 1] != '@'; l--) ;
    if (l > b && s[l - 1] == '"') { l--; quoted = 1; }
    else l = at;
  }
  while (!quoted && l > b && local_byte((unsigned char)s[l - 1])) {
    if ((unsigned char)s[l - 1] >= 0x80
        && (u8_mark_end(s, b, l) != 0
            || (l < at && is_alnum((unsigned char)s[l])
                && other_script_end(s, b, l))))
      break;
    l--;
  }
  if (!quoted && l == at && l >= b + 3
      && mask_mark((const unsigned char *)s + l - 3)) {
    /* a local part masked (the marks, then any letters before them) */
    while (l >= b + 3 && mask_mark((const unsigned char *)s + l - 3)) l -= 3;
    while (l > b && (unsigned char)s[l - 1] < 0x80
           && local_byte((unsigned char)s[l - 1])) l--;
  }
  if (l > b && (s[l - 1] == '?' || s[l - 1] == '&' || s[l - 1] == '/')) {
    size_t q;  /* a URL's "?email=a@b": the address after the last '=' */
    for (q = at; q > l && s[q - 1] != '='; q--) ;
    l = q;
  }
  if (!quoted) l = env_assign(s, l, at);
  while (l < at && (s[l] == '.' || quote_byte((unsigned char)s[l]))) l++;
  if (r < e && s[r] == '[' && l < at) {  /* a domain literal: "a@[192.0.2.7]" */
    for (r++; r < e && r - at < 48 && (is_alnum((unsigned char)s[r])
                                       || s[r] == '.' || s[r] == ':'); r++) ;
    if (r >= e || s[r] != ']' || r == at + 2) return 0;
    *ab = l; *ae = r + 1;
    return 1;
  }
  while (r < e && domain_byte((unsigned char)s[r])) {
    if ((unsigned char)s[r] >= 0x80 && (m = u8_mark_at(s, r, e)) != 0) break;
    if ((unsigned char)s[r] >= 0x80 && r > at + 1
        && is_alnum((unsigned char)s[r - 1])
        && other_script((const unsigned char *)s + r, e - r))
      break;
    if (s[r] == '.') dot = 1;
    r++;
  }
  while (r > at + 1 && s[r - 1] == '.') r--;
  if (!dot && r >= at + 4) {  /* a domain a list archive hid with x's
                                 ("a@xxxxxxxxxxx", MHonArc's) */
    for (m = at + 1; m < r && s[m] == 'x'; m++) ;
    dot = m == r;
  }
  if (!dot && l < at && r >= at + 3 && alone_on_line(s, b, e, l, r) != NONE) {
    /* a host's own name with no dot ("root@ubuntu", "kim@localhost"):
       only an address alone on its line, as a notice lists one */
    for (m = at + 1; m < r && (is_alnum((unsigned char)s[m]) || s[m] == '-'); m++) ;
    dot = m == r && ((s[at + 1] | 32) >= 'a' && (s[at + 1] | 32) <= 'z');
  }
  if (l == at || r == at + 1 || !dot) return 0;
  if (s[at + 1] == '.' || s[at + 1] == '-') return 0;
  r = unglue(s, at + 1, r);
  /* marks of emphasis or a table around it: "*a@b*", "**a@b**", "_a@b_",
     "{a@b}", "|a@b|" */
  while (l < at && r > at + 2 && (s[l] == '*' || s[l] == '_')
         && s[r - 1] == s[l]) {
    l++;
    r--;
  }
  if (l < at && r < e && ((s[l] == '{' && s[r] == '}')
                          || (s[l] == '|' && s[r] == '|')))
    l++;
  if (l == at) return 0;
  *ab = l; *ae = r;
  return 1;
}

/* the first address in [b, e) at or after 'from' */
static int find_addr (const char *s, size_t from, size_t e, size_t *ab,
                      size_t *ae) {
  size_t i, lo = from;
  const char *at;
  for (i = from; i < e && (at = (const char *)memchr(s + i, '@', e - i)) != NULL;
       i++) {  /* (each '@' in turn) */
    i = (size_t)(at - s);
    if (addr_at(s, lo, e, i, ab, ae)) return 1;
    lo = i + 1;
  }
  return 0;
}

/* Exchange's "on <date>" after a recipient, in English or another
   language ("le 05/12/2026", "am 05.12.2026", "el", "en", "il", "op",
   "em", "den"; a day's name first too, "am Mon, 1 Mar 1999"): is one at
   p? */
static int on_date (const char *s, size_t e, size_t p) {
  static const Lit w[] = {
    LIT("on "), LIT("le "), LIT("am "), LIT("el "), LIT("en "), LIT("il "),
    LIT("op "), LIT("em "), LIT("den "), LIT("dnia ")
  };
  size_t k, n;
  int c;
  if (p >= e) return 0;
  if (ci_at(s, e, p, "on ", 3)) return 1;
  c = lower((unsigned char)s[p]);
  for (k = 1; k < sizeof w / sizeof w[0]; k++) {
    n = w[k].len;
    if (c == (unsigned char)w[k].w[0] && ci_at(s, e, p, w[k].w, n) && p + n < e
        && (is_digit((unsigned char)s[p + n])
            || (p + n + 4 < e && s[p + n + 3] == ',' && s[p + n + 4] == ' '
                && is_alnum((unsigned char)s[p + n]) && !is_digit((unsigned char)s[p + n])
                && is_alnum((unsigned char)s[p + n + 1])
                && is_alnum((unsigned char)s[p + n + 2]))))
      return 1;
  }
  return 0;
}

#endif
