/*
** sb_mail_addr.h -- small readings of the addresses in delivery status
** fields: an address a forum's BBCode wraps, one a list archive hid
** ("kim at example.org"), and whether two addresses are the same.
** Included by sb_mail.c alone, before address().
*/

#ifndef SB_MAIL_ADDR_H
#define SB_MAIL_ADDR_H

/* the words a list archive writes for '@' and '.' to hide addresses
   from harvesters ("kim at example.org", "kim at example dot org",
   "kim [at] example.org", "kim(at)example(dot)org", MARC's "kim ()
   example ! org"): the length of one at p, or 0 */
static size_t hid_word (const char *p, const char *e, int dot) {
  static const struct { const char *w; size_t n; } w[2][6] = {
    { { " at ", 4 }, { " (at) ", 6 }, { " [at] ", 6 }, { "(at)", 4 }, { "[at]", 4 },
      { " () ", 4 } },
    { { " dot ", 5 }, { " (dot) ", 7 }, { " [dot] ", 7 }, { "(dot)", 5 }, { "[dot]", 5 },
      { " ! ", 3 } }
  };
  int k;
  if (p >= e || (*p != ' ' && *p != '(' && *p != '['))
    return 0;  /* (the first byte of each first: most places start none) */
  for (k = 0; k < 6; k++) {
    size_t l = w[dot][k].n;
    if ((size_t)(e - p) > l && memcmp(p, w[dot][k].w, l) == 0) return l;
  }
  return 0;
}

/* MARC's hidden '@' (" () ") at p, and its hidden '.' (" ! "), where
   hid_word found one */
static int marc_at (const char *p) { return p[0] == ' ' && p[1] == '(' && p[2] == ')'; }
static int marc_dot (const char *p) { return p[0] == ' ' && p[1] == '!'; }

#define ATOM(c)  ((((c) | 32) >= 'a' && ((c) | 32) <= 'z') || ((c) >= '0' && (c) <= '9') \
                  || (c) == '-')

/* the end of the domain a hidden address goes on with at q (in [q, e)):
   labels joined by '.' (and, with 'dot' 1, by a hidden dot: hid_word;
   with 'dot' 2, after MARC's " () ", by its " ! " alone), two of them or
   more, the last of two letters or more and ending in one; NULL when
   there is none such */
static const char *hid_domain (const char *q, const char *e, int dot) {
  size_t labels = 0, tld = 0, l;
  for (;;) {
    const char *b = q;
    while (q < e && ATOM(*q)) q++;
    if (q == b) break;
    labels++;
    tld = (size_t)(q - b);
    if (q + 1 < e && *q == '.' && ATOM(q[1])) q++;
    else if (dot && (l = hid_word(q, e, 1)) != 0 && marc_dot(q) == (dot == 2) && q + l < e
             && ATOM(q[l]))
      q += l;
    else break;
  }
  if (labels < 2 || tld < 2 || ((q[-1] | 32) < 'a' || (q[-1] | 32) > 'z')) return NULL;
  return q;
}

/* the end of a hidden address in v whose local part ends at i (v.p[i]
   a blank): i + " at " (or MARC's " () ") + its domain (hid_domain, with
   '.' alone, or MARC's " ! "), then the end of v or a blank; 0 when none
   is */
static size_t hidden_at_end (sb_mstr v, size_t i) {
  const char *e = v.p + v.n, *q;
  size_t l = hid_word(v.p + i, e, 0);
  if (l == 0 || (q = hid_domain(v.p + i + l, e, marc_at(v.p + i) ? 2 : 0)) == NULL
      || (q < e && *q != ' ' && *q != '\t'))
    return 0;
  return (size_t)(q - v.p);
}

static const char *entity_at (sb_mstr v);

/* "[tag]a@b[/tag]" whose first tag ends at 'i': the inside when it holds
   an address ('@', or one hidden: "[email]kim at example.org[/email]",
   "[email]kim&#64;example.org[/email]") and a closing tag follows, else
   'v' as it is */
static sb_mstr bbcode_inner (sb_mstr v, size_t i) {
  size_t j = i + 1, k;
  sb_mstr in;
  while (j + 1 < v.n && !(v.p[j] == '[' && v.p[j + 1] == '/')) j++;
  if (j + 1 >= v.n) return v;
  in.p = v.p + i + 1;
  in.n = j - i - 1;
  if (memchr(in.p, '@', in.n) != NULL || entity_at(in) != NULL) return in;
  for (k = 0; k < in.n && in.p[k] != ' '; k++) {}
  return k < in.n && hidden_at_end(in, k) == in.n ? in : v;
}

/* where a page's "&#64;" for '@' starts in v, or NULL */
static const char *entity_at (sb_mstr v) {
  const char *p = v.p, *e = v.p + v.n;
  while ((p = (const char *)memchr(p, '&', (size_t)(e - p))) != NULL) {
    if (e - p >= 5 && memcmp(p, "&#64;", 5) == 0) return p;
    p++;
  }
  return NULL;
}

/* an address address() took with its '@' hidden (hidden_at_end, or a
   page's "&#64;"): the address written back ("kim@example.org"), else v
   as it is */
static sb_mstr at_joined (sb_mail *m, sb_mstr v) {
  const char *p, *d, *e = v.p + v.n;
  char *out;
  size_t k, l;
  if (v.n < 6 || memchr(v.p, '@', v.n) != NULL) return v;
  if ((p = entity_at(v)) != NULL) {
    l = 5;  /* "kim&#64;example.org" */
  } else if ((p = (const char *)memchr(v.p, ' ', v.n)) == NULL
             || hidden_at_end(v, (size_t)(p - v.p)) != v.n) {
    return v;
  } else {
    l = hid_word(p, e, 0);
  }
  if ((out = (char *)sb_mime_alloc(m, v.n)) == NULL) return v;
  k = (size_t)(p - v.p);
  memcpy(out, v.p, k);
  out[k++] = '@';
  for (d = p + l; d < e;) {  /* the domain, MARC's " ! " as '.' */
    if (*d == ' ' && (l = hid_word(d, e, 1)) != 0) {
      d += l;
      out[k++] = '.';
    } else {
      out[k++] = *d++;
    }
  }
  v.p = out;
  v.n = k;
  return v;
}

/* what "<" at lt and ">" at gt enclose, an Outlook plain text's link
   after an address taken off: "a@b<mailto:a@b>" (the link alone
   bracketed: "mailto:a@b" gives "a@b"), "<a@b<mailto:a@b>>" (the
   first '>' the link's: "a@b<mailto:a@b" gives "a@b") */
static sb_mstr angled (const char *lt, const char *gt) {
  sb_mstr v;
  const char *q;
  v.p = lt + 1;
  v.n = (size_t)(gt - lt - 1);
  if (v.n > 7 && sb_mime_ieq(v.p, 7, "mailto:")) {
    v.p += 7;
    v.n -= 7;
  } else if (v.n > 8 && (q = (const char *)memchr(v.p, '<', v.n)) != NULL
             && (size_t)(v.p + v.n - q) > 8 && sb_mime_ieq(q + 1, 7, "mailto:")) {
    v.n = (size_t)(q - v.p);
  }
  return v;
}

/* whether two addresses are the same, ASCII letters compared without
   their case */
static int same_address (sb_mstr a, sb_mstr b) {
  size_t i;
  if (a.n != b.n || a.n == 0) return 0;
  for (i = 0; i < a.n; i++) {
    unsigned char x = (unsigned char)a.p[i], y = (unsigned char)b.p[i];
    if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
    if (x != y) return 0;
  }
  return 1;
}

#endif
