/*
** sb_mail_paste.h -- a prose bounce's text as people pass it on, its
** marks taken off before it is read: HTML's escapes kept in a plain
** text (a web archive's or a page's source pasted: "&lt;a@b&gt;") and
** its references to characters of no width ("&#8203;"), an address or
** host made a markdown link ("[a@b](mailto:a@b)"), punctuation markdown
** escaped ("\-\-\-", "\<a@b>"), a line made bold ("**Delivery
** failed: a@b**"), an Outlook plain text's link after an address
** ("a@b<mailto:a@b>"); and when it named no one, read again with its
** lines as they were before a program wrapped them or ran them into
** one.  Included by sb_mail.c alone, after sb_mail_prose.h and its Walk
** and Top.
*/

#ifndef SB_MAIL_PASTE_H
#define SB_MAIL_PASTE_H

/* the escapes a plain text keeps of HTML and what each stands for */
static const struct { const char *w; size_t n; char c; } paste_ents[] = {
  { "&lt;", 4, '<' }, { "&gt;", 4, '>' }, { "&amp;", 5, '&' },
  { "&quot;", 6, '"' }, { "&#39;", 5, '\'' }, { "&nbsp;", 6, ' ' },
  { "&#64;", 5, '@' }, { "&#x40;", 6, '@' }, { "&commat;", 8, '@' },
  { "&#60;", 5, '<' }, { "&#62;", 5, '>' }, { "&#46;", 5, '.' }
};

/* the characters of no width a paste keeps as references (zero width
   space, non-joiner and joiner, word joiner, byte order mark, soft
   hyphen): removed */
static const struct { const char *w; size_t n; } paste_none[] = {
  { "&#8203;", 7 }, { "&#x200b;", 8 }, { "&#8204;", 7 }, { "&#8205;", 7 },
  { "&#8288;", 7 }, { "&#65279;", 8 }, { "&#173;", 6 }, { "&shy;", 5 }
};

/* ASCII punctuation, which markdown escapes with a backslash */
static int md_punct (int c) {
  return c > ' ' && c < 127 && !((c | 32) >= 'a' && (c | 32) <= 'z') && !(c >= '0' && c <= '9');
}

#if !defined(SB_MAIL_MD_ESCAPES)
/* the markdown escapes ("\-", "\<", "\.") that say a text was written
   as markdown source: fewer are a path's backslashes ("C:\_mail\") */
#define SB_MAIL_MD_ESCAPES  4
#endif

/* does the text escape punctuation as markdown does, that often */
static int md_escaped (const char *p, const char *e) {
  int n = 0;
  for (; p + 1 < e && (p = (const char *)memchr(p, '\\', (size_t)(e - p - 1))) != NULL; p += 2)
    if (p[1] != '\\' && md_punct((unsigned char)p[1]) && ++n >= SB_MAIL_MD_ESCAPES) return 1;
  return 0;
}

/* a blank or a line's end */
static int paste_blank (int c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* a markdown link at p ("[text](mailto:...)", "[text](https://...)")
   whose text is an address or a host (no blank, a '.' in it): the
   text's length, *len the whole link's; 0 when there is none */
static size_t md_link (const char *p, const char *e, size_t *len) {
  const char *q = p + 1, *r;
  int dot = 0;
  while (q < e && q - p < 256 && *q != ']' && *q != '[' && !paste_blank((unsigned char)*q)) {
    dot |= *q == '.';
    q++;
  }
  if (!dot || q + 2 >= e || *q != ']' || q[1] != '(') return 0;
  r = q + 2;
  if (!((size_t)(e - r) > 7 && (sb_mime_ieq(r, 7, "mailto:") || sb_mime_ieq(r, 7, "http://")
                                 || ((size_t)(e - r) > 8 && sb_mime_ieq(r, 8, "https://")))))
    return 0;
  while (r < e && r - q < 512 && *r != ')' && !paste_blank((unsigned char)*r)) r++;
  if (r >= e || *r != ')') return 0;
  *len = (size_t)(r + 1 - p);
  return (size_t)(q - p - 1);
}

/* the HTML escapes (paste_ents) of the n bytes at o, a link's text
   ("[kim&#64;example.org](mailto:...)"), taken off in place: the bytes
   left */
static size_t paste_ents_in (char *o, size_t n) {
  size_t i, j, x, cnt = sizeof paste_ents / sizeof paste_ents[0];
  if (memchr(o, '&', n) == NULL) return n;
  for (i = j = 0; i < n; i++) {
    for (x = 0; o[i] == '&' && x < cnt; x++)
      if (n - i >= paste_ents[x].n && memcmp(o + i, paste_ents[x].w, paste_ents[x].n) == 0) break;
    if (o[i] == '&' && x < cnt) {
      o[j++] = paste_ents[x].c;
      i += paste_ents[x].n - 1;
    } else {
      o[j++] = o[i];
    }
  }
  return j;
}

/* "**" that opens or closes a line's bold (not a masked address's
   stars: "**@example.jp", "****@example.jp") */
static int md_bold (const char *b, const char *p, const char *e) {
  const char *l = p, *r = p + 2;
  if (e - p < 2 || p[1] != '*' || (p > b && p[-1] == '*')) return 0;
  if (r < e && (*r == '*' || *r == '@')) return 0;
  while (l > b && (l[-1] == ' ' || l[-1] == '\t')) l--;
  if (l == b || l[-1] == '\n' || l[-1] == '>') return 1;  /* a line's start */
  while (r < e && (*r == ' ' || *r == '\t' || *r == '\r')) r++;
  return r == e || *r == '\n';  /* its end */
}

/* the bytes that may start a mark ('&', '\\', '[', '<', '*') */
static const unsigned char paste_lead[256] = {
  ['&'] = 1, ['\\'] = 1, ['['] = 1, ['<'] = 1, ['*'] = 1
};

/* the first byte from p on in [p, e) that may start a mark, or e: four
   bytes a bound check */
static const char *paste_next (const char *p, const char *e) {
  for (; e - p >= 4; p += 4) {
    if (paste_lead[(unsigned char)p[0]]) return p;
    if (paste_lead[(unsigned char)p[1]]) return p + 1;
    if (paste_lead[(unsigned char)p[2]]) return p + 2;
    if (paste_lead[(unsigned char)p[3]]) return p + 3;
  }
  while (p < e && !paste_lead[(unsigned char)*p]) p++;
  return p;
}

/* does [p, e) hold the byte c followed by d somewhere (a memchr a c) */
static int has_pair (const char *p, const char *e, int c, int d) {
  for (; p + 1 < e && (p = (const char *)memchr(p, c, (size_t)(e - p - 1))) != NULL; p++)
    if (p[1] == d) return 1;
  return 0;
}

/* may [p, e) hold a mark: what each starts with, '&', '\\', a markdown
   link's "](", bold's "**", "<mailto:" (a text with none of them has
   none; a '[' or a '*' alone, as in "[192.0.2.1]", starts none) */
static int marks_may (const char *p, const char *e) {
  size_t n = (size_t)(e - p);
  return memchr(p, '&', n) || memchr(p, '\\', n) || has_pair(p, e, ']', '(')
      || has_pair(p, e, '*', '*') || sb_mime_icontains(p, n, "<mailto:");
}

/*
** The text with those marks taken off: *tp a copy of it and 1, or 0 when
** it has none (or no memory is left).  The copy is never longer.
*/
static int pasted_marks (sb_mail *m, sb_mstr *tp) {
  sb_mstr t = *tp;
  const char *p = t.p, *e = t.p + t.n, *done = t.p;
  char *out = NULL;
  size_t k = 0;
  int md;
  if (t.n == 0 || !marks_may(t.p, e)) return 0;
  md = md_escaped(t.p, e);
  for (; p < e; p++) {
    size_t skip = 0, keep = 0, i, len;
    const char *from;
    int c = (unsigned char)*p;
    if (!paste_lead[c]) {  /* (to the next byte that may start one) */
      p = paste_next(p + 1, e) - 1;
      continue;
    }
    from = p;
    if (c == '&') {
      for (i = 0; i < sizeof paste_none / sizeof paste_none[0]; i++)
        if ((size_t)(e - p) >= paste_none[i].n && sb_mime_ieq(p, paste_none[i].n, paste_none[i].w))
          break;
      if (i < sizeof paste_none / sizeof paste_none[0])
        skip = paste_none[i].n;  /* (nothing kept) */
      else {
        for (i = 0; i < sizeof paste_ents / sizeof paste_ents[0]; i++)
          if ((size_t)(e - p) >= paste_ents[i].n && memcmp(p, paste_ents[i].w, paste_ents[i].n) == 0)
            break;
        if (i == sizeof paste_ents / sizeof paste_ents[0]) continue;
        skip = paste_ents[i].n;
        from = &paste_ents[i].c;
        keep = 1;
      }
    } else if (c == '\\' && md && p + 1 < e && md_punct((unsigned char)p[1])) {
      from = p + 1;  /* "\-" as markdown escapes it: "-" */
      keep = 1;
      skip = 2;
    } else if (c == '[' && (keep = md_link(p, e, &len)) > 0) {
      from = p + 1;  /* the link's text */
      skip = len;
    } else if (c == '<' && (size_t)(e - p) > 8 && sb_mime_ieq(p + 1, 7, "mailto:")) {
      const char *r = (const char *)memchr(p, '>', (size_t)(e - p));
      if (p > t.p && !paste_blank((unsigned char)p[-1]) && r != NULL && r - p < 512
          && !memchr(p, '\n', (size_t)(r - p))
          && (r + 1 == e || (r[1] != ' ' && r[1] != '\t')))
        skip = (size_t)(r + 1 - p);  /* "<a@b<mailto:a@b>>:", "a@b<mailto:a@b>"
                                        ending its line: the link dropped (a
                                        cell's text after it stays apart) */
      else {
        from = p;  /* "<mailto:a@b>": "<a@b>" */
        keep = 1;
        skip = 8;
      }
    } else if (c == '*' && md_bold(t.p, p, e)) {
      skip = 2;
    } else {
      continue;
    }
    if (out == NULL && (out = (char *)sb_mime_alloc(m, t.n)) == NULL) return 0;
    memcpy(out + k, done, (size_t)(p - done));  /* the text before it */
    k += (size_t)(p - done);
    if (keep > 0) {
      memcpy(out + k, from, keep);
      k += c == '[' ? paste_ents_in(out + k, keep) : keep;
    }
    done = p + skip;
    p = done - 1;
  }
  if (out == NULL) return 0;
  memcpy(out + k, done, (size_t)(e - done));
  tp->p = out;
  tp->n = k + (size_t)(e - done);
  return 1;
}

/* a line's bytes but its end and trailing blanks */
static size_t paste_len (const char *p, const char *le) {
  while (le > p && (le[-1] == '\r' || le[-1] == ' ' || le[-1] == '\t')) le--;
  return (size_t)(le - p);
}

/*
** A text hard wrapped by a program that passed it on (a phrase, an
** address and its reply cut over two lines): *tp with each line of at
** least SB_WRAPPED bytes joined by a blank to the next line of the
** same paragraph (not blank, not indented, not quoted when the line is
** not, and no field's "Name: value"), and 1; 0 when none was.  Read only
** when the text as it came named no one.
*/
static int unwrapped (sb_mail *m, sb_mstr *tp) {
  sb_mstr t = *tp;
  const char *p = t.p, *e = t.p + t.n;
  char *out = NULL;
  size_t k = 0;
  int n = 0;
  if (t.n == 0 || (out = (char *)sb_mime_alloc(m, t.n + 1)) == NULL) return 0;
  while (p < e) {
    const char *nl = (const char *)memchr(p, '\n', (size_t)(e - p));
    const char *le = nl != NULL ? nl : e, *q = le + 1;
    size_t len = paste_len(p, le);
    memcpy(out + k, p, len);
    k += len;
    if (nl == NULL) break;
    if (len >= SB_WRAPPED && q < e && *q != '\n' && *q != '\r' && *q != ' '
        && *q != '\t' && (*q != '>' || *p == '>')) {
      const char *ql = (const char *)memchr(q, '\n', (size_t)(e - q)), *c;
      if (ql == NULL) ql = e;
      c = (const char *)memchr(q, ':', (size_t)(ql - q));
      if (c == NULL || memchr(q, ' ', (size_t)(c - q)) != NULL
          || (*q >= 'a' && *q <= 'z' && paste_len(c + 1, ql) == 0)) {
        /* no field ("following:" alone ends a phrase cut before it) */
        if (*q == '>') {  /* the next line's quote marks as deep: off */
          const char *a = p, *b = q;
          while (a < le && b < ql && (*a == '>' || *a == ' ') && *a == *b) a++, b++;
          q = b;
        }
        out[k++] = ' ';
        p = q;
        n++;
        continue;
      }
    }
    out[k++] = '\n';
    p = q;
  }
  if (n == 0) return 0;
  tp->p = out;
  tp->n = k;
  return 1;
}

#if !defined(SB_MAIL_FLAT)
/* the shortest line taken for a text run into one line */
#define SB_MAIL_FLAT  200
#endif

#if !defined(SB_MAIL_FLAT_SHORT)
/* ... in a text of no more than SB_MAIL_FLAT_LINES lines with words (a
   short notice run into one, a heading or a signature beside it): one
   longer than any hard wrap leaves */
#define SB_MAIL_FLAT_SHORT  80
#define SB_MAIL_FLAT_LINES  3
#endif

/* the shortest line of the text t taken for lines run into one */
static size_t flat_min (sb_mstr t) {
  const char *p = t.p, *e = t.p + t.n;
  int lines = 0;
  while (p < e) {
    const char *nl = (const char *)memchr(p, '\n', (size_t)(e - p));
    const char *le = nl != NULL ? nl : e;
    if (paste_len(p, le) > 0 && ++lines > SB_MAIL_FLAT_LINES) return SB_MAIL_FLAT;
    p = le == e ? e : nl + 1;
  }
  return SB_MAIL_FLAT_SHORT;
}

/* does an address in angle brackets followed by ':' start at p ("<a@b>:
   host ... said: 550 ...", as Postfix and qmail lead a recipient's lines) */
static int paste_addr_colon (const char *p, const char *e) {
  const char *q = p + 1;
  int at = 0;
  if (*p != '<') return 0;
  while (q < e && q - p < 256 && *q != '>' && !paste_blank((unsigned char)*q)) at |= *q++ == '@';
  return at && q + 1 < e && *q == '>' && q[1] == ':';
}

/* is the word [p, c) before a colon a bare address ("a@b: SMTP error
   from remote server ...", as a list of Exim's kind leads a recipient's
   lines): an '@' in it, no bracket, its domain's last byte a letter */
static int paste_bare_addr (const char *p, const char *c) {
  return c - p > 2 && *p != '<' && ((c[-1] | 32) >= 'a' && (c[-1] | 32) <= 'z')
      && memchr(p, '@', (size_t)(c - p)) != NULL && memchr(p, '>', (size_t)(c - p)) == NULL
      && memchr(p, ':', (size_t)(c - p)) == NULL;
}

/* is the blank at p [ls, e) where a reply starts, after "said:" (an MTA's
   "host H said: 550 5.1.1 <a@b>: Recipient address rejected: ..."):
   its sentences and colons are the reply's, no line breaks */
static int paste_said (const char *p, const char *ls, const char *e) {
  return p - ls >= 5 && sb_mime_ieq_n(p - 5, "said:", 5) && e - p > 4
      && p[1] >= '2' && p[1] <= '5' && p[2] >= '0' && p[2] <= '9'
      && p[3] >= '0' && p[3] <= '9' && (p[4] == ' ' || p[4] == '-');
}

/* is the blank at p [ls, e) where a heading's run of dashes, run into
   its line, opens ("... work out. --- Below this line", the dashes then
   a word) or closes ("Transcript of session follows ----- <a@b>", a
   word then the dashes), framed by bars too (smail's and T-Online's
   "|------ Failed addresses follow: ------| <a@b> ...")? */
static int paste_rule (const char *p, const char *ls, const char *e) {
  const char *q = p + 1, *r = p;
  int bar = q < e && *q == '|';  /* (a frame's bar: "|----- Failed addresses follow: -----|") */
  for (q += bar; q < e && *q == '-'; q++) {}
  if (q - p - bar > 3 && q + 1 < e && *q == ' ' && ((q[1] | 32) >= 'a' && (q[1] | 32) <= 'z'))
    return 1;
  if (r > ls && r[-1] == '|') r--;
  for (q = r; q > ls && q[-1] == '-'; q--) {}
  return r - q >= 3 && q - ls >= 2 && q[-1] == ' '
      && (((q[-2] | 32) >= 'a' && (q[-2] | 32) <= 'z') || (r < p && q[-2] == ':'));
}

/* does a notice's heading that starts its own line start at p (to e),
   its words run into the line before ("a@b Technical details of
   permanent failure: ...", "... a@b Generating server: mx.example",
   "... denied Below is a copy of the original message:")? */
static int paste_heading (const char *p, const char *e) {
  static const struct { const char *w; size_t n; } heads[] = {
    { "Technical details of ", 21 }, { "Generating server: ", 19 },
    { "Diagnostic information for administrators:", 42 },
    { "Original message headers:", 25 },
    { "Below is a copy of ", 19 }  /* (OpenSMTPD's lead-in to the message) */
  };
  size_t i;
  if (*p != 'T' && *p != 'G' && *p != 'D' && *p != 'O' && *p != 'B') return 0;  /* (their first letters) */
  for (i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if ((size_t)(e - p) > heads[i].n && memcmp(p, heads[i].w, heads[i].n) == 0) return 1;
  return 0;
}

/* does the text [ls, p) end with a list's lead-in, a word that a
   bounce's list of recipients follows ("... to these recipients or
   groups:", "The following address(es) failed:", "... failed
   permanently:") and its colon? */
static int paste_list_colon (const char *p, const char *ls) {
  static const struct { const char *w; size_t n; } words[] = {
    { "recipients:", 11 }, { "recipient:", 10 }, { "groups:", 7 },
    { "failed:", 7 }, { "permanently:", 12 }, { "addresses:", 10 }
  };
  size_t i, n;
  if (p[-1] != ':') return 0;
  for (i = 0; i < sizeof words / sizeof words[0]; i++) {
    n = words[i].n;
    if ((size_t)(p - ls) > n && p[-(ptrdiff_t)n - 1] == ' ' && sb_mime_ieq_n(p - n, words[i].w, n))
      return 1;
  }
  return 0;
}

/* a blank after a sentence's end or a colon that a line break stood for
   before a capital, a digit, '<' or a word with an '@' (": a@b The email
   address ...", ". <a@b> Please reply to ...", "reason: The user(s)
   account ..."): not after a word and a colon before a lower-case word */
static int paste_sentence (const char *p, const char *e) {
  const char *q;
  unsigned char c = (unsigned char)p[1];
  if (p[-1] != '.' && p[-1] != ':' && p[-1] != '!' && p[-1] != '?') return 0;
  if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '<') return 1;
  for (q = p + 1; q < e && *q != ' ' && *q != '\n' && *q != '\t'; q++)
    if (*q == '@') return 1;
  return 0;
}

/* is the blank at p after a reply's address and its colon, the reply's
   code or status before it ("550 5.7.1 <a@b>: Relay access denied", as
   Postfix words a refusal: the words after the colon are the reply's) */
static int paste_code_addr (const char *p, const char *ls) {
  const char *a = p - 2;
  if (p - ls < 4 || p[-1] != ':' || *a != '>') return 0;
  while (a > ls && p - a < 258 && *a != '<' && *a != ' ') a--;
  return *a == '<' && a - ls >= 2 && a[-1] == ' ' && paste_after_code(a - 1, ls);
}

/*
** A text whose lines a web page or a log ran into one (a snippet, a
** notice flattened to one paragraph): *tp with each line of at least
** SB_MAIL_FLAT bytes (flat_min: fewer in a text of a few lines) broken
** again before an address that leads a recipient's lines ("<a@b>: host
** ...", "a@b: SMTP error ...": paste_bare_addr; not one after a reply
** code or a status), around a heading's
** dashes (paste_rule), and, but inside a reply that "said:" leads
** (paste_said: its sentences and colons are the reply's, to its "(in
** reply to ... command)"), after a
** sentence's end or a colon (paste_sentence) and after a recipient
** list's lead-in (paste_list_colon); and 1; 0 when none was.  Read only
** when the text as it came named no one.
*/
static int unflattened (sb_mail *m, sb_mstr *tp) {
  sb_mstr t = *tp;
  const char *p = t.p, *e = t.p + t.n, *ls = t.p;
  char *out;
  size_t k = 0, min;
  int n = 0, reply = 0;  /* (reply: in a reply after "said:") */
  if (t.n < SB_MAIL_FLAT_SHORT || (min = flat_min(t)) > t.n
      || (out = (char *)sb_mime_alloc(m, t.n)) == NULL) return 0;
  for (; p < e; p++) {
    const char *le;
    if (*p == '\n') ls = p + 1;
    out[k++] = *p;
    if (p == ls) {  /* a line's start: is it long? */
      le = (const char *)memchr(p, '\n', (size_t)(e - p));
      if ((size_t)((le ? le : e) - p) < min) {  /* no: copied whole */
        size_t l = (size_t)((le ? le + 1 : e) - p) - 1;
        memcpy(out + k, p + 1, l);
        k += l;
        p += l;
        ls = p + 1;
        continue;
      }
    }
    if (*p != ' ' && *p != '\n') {  /* (to the next blank or line end, the
                                       bytes between copied) */
      const char *q = p + 1;
      for (; e - q >= 8; q += 8) {  /* eight bytes a step (a word of a
                                       text without blanks is long) */
        uint64_t v = load8(q), x = v ^ (ONE8 * ' '), y = v ^ (ONE8 * '\n');
        uint64_t hit = (((x - ONE8) & ~x) | ((y - ONE8) & ~y)) & HI8;
        if (hit != 0) {
          q += low_byte(hit);  /* (the lowest byte flagged is one) */
          break;
        }
      }
      while (q < e && *q != ' ' && *q != '\n') q++;
      memcpy(out + k, p + 1, (size_t)(q - p - 1));
      k += (size_t)(q - p - 1);
      if (q[-1] == ':' && q < e && *q == ' ' && p > ls + 1 && p[-1] == ' '
          && paste_bare_addr(p, q - 1) && !paste_after_code(p - 1, ls)) {
        out[k - (size_t)(q - p) - 1] = '\n';  /* (the blank before it) */
        n++;
        reply = 0;
      }
      p = q - 1;
      continue;
    }
    if (*p == '\n'
        || (reply && p - ls >= 8 && sb_mime_ieq_n(p - 8, "command)", 8)))
      reply = 0;  /* (a line's end, the reply's "(in reply to ... command)") */
    if (p > ls && *p == ' ' && paste_said(p, ls, e)) reply = 1;
    else if (p + 2 < e && p > ls && *p == ' '
             && ((paste_addr_colon(p + 1, e) && !paste_after_code(p, ls))
                 || paste_rule(p, ls, e) || paste_heading(p + 1, e)
                 || (!reply && ((p[-1] == '.' && p[1] >= 'A' && p[1] <= 'Z')
                                || paste_list_colon(p, ls)
                                || (paste_sentence(p, e) && !paste_code_addr(p, ls)))))) {
      out[k - 1] = '\n';
      n++;
      reply = 0;
    }
  }
  if (n == 0) return 0;
  tp->p = out;
  tp->n = k;
  return 1;
}

#if !defined(SB_MAIL_DS_GAP)
/* the most bytes between two fields of a delivery status run into one
   line, before its Final-Recipient (a "Reporting-MTA: dns; host" value's,
   an Arrival-Date's): a name farther off is prose's */
#define SB_MAIL_DS_GAP  160
#endif

/* the length of a delivery status's field name and its colon at p, after
   a blank, capitalized as a report writes it ("Final-Recipient:",
   "Status:", "X-Postfix-Sender:"), 0 when none starts there */
static size_t ds_name_at (const char *p, const char *e) {
  size_t i, n = (size_t)(e - p);
  if (*p < 'A' || *p > 'Z') return 0;  /* (a heading's "Delivery status:" is none) */
  if (n > 3 && *p == 'X' && p[1] == '-') {  /* an MTA's own ("X-Postfix-Queue-ID:") */
    for (i = 2; i < n && i < 40 && (p[i] == '-' || domain_byte((unsigned char)p[i])); i++) {}
    return i < n && p[i] == ':' && i + 1 < n && p[i + 1] == ' ' ? i + 1 : 0;
  }
  i = ds_field_at(p, e, 0);
  return i > 0 && i + 1 < n && paste_blank((unsigned char)p[i + 1]) ? i + 1 : 0;
}

/* the end of the paragraph whose line starts at p: the line end before
   the next line of blanks alone, or e */
static const char *para_end (const char *p, const char *e) {
  const char *nl;
  while ((nl = (const char *)memchr(p, '\n', (size_t)(e - p))) != NULL) {
    const char *q = nl + 1;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
    if (q == e || *q == '\n') return nl;
    p = q;
  }
  return e;
}

/* does a field's "Name:" start the line at p (to e) */
static int field_line (const char *p, const char *e) {
  const char *q = p;
  if (p == e || !((*p | 32) >= 'a' && (*p | 32) <= 'z')) return 0;
  while (q < e && q - p < 40 && (*q == '-' || domain_byte((unsigned char)*q))) q++;
  return q < e && *q == ':';
}

/* does the text t name a Final-Recipient field as a report writes it,
   capitalized (a memchr a capital 'F': few in a text) */
static int ds_final (sb_mstr t) {
  const char *p = t.p, *e = t.p + t.n;
  for (; (size_t)(e - p) >= 16 && (p = (const char *)memchr(p, 'F', (size_t)(e - p - 15))) != NULL; p++)
    if (p[5] == '-' && sb_mime_ieq(p, 16, "final-recipient:")) return 1;
  return 0;
}

/* is the field name at p [ls, p) run into its line: a word before it on
   it (not a field line indented or quoted: blanks and '>' alone) */
static int ds_run_in (const char *ls, const char *p) {
  while (p > ls && (p[-1] == ' ' || p[-1] == '\t' || p[-1] == '>')) p--;
  return p > ls && p[-1] != '\n' && p[-1] != '\r';
}

/* where in the paragraph [ls, le) the fields of a delivery status run
   into its lines start: a Final-Recipient, an Action or a Status after
   it, each after a blank, the fields run before it (SB_MAIL_DS_GAP
   apart), one of them run into its line (ds_run_in); NULL when it holds
   none */
static const char *ds_run_from (const char *ls, const char *le) {
  const char *c, *p, *f = NULL, *from = NULL, *last = NULL;
  size_t n;
  int in = 0;
  for (c = ls; c < le && (c = (const char *)memchr(c, ':', (size_t)(le - c))) != NULL; c++) {
    for (p = c; p > ls && c - p < 40 && (p[-1] == '-' || domain_byte((unsigned char)p[-1])); p--) {}
    if ((p > ls && !paste_blank((unsigned char)p[-1])) || (n = ds_name_at(p, le)) == 0
        || p + n != c + 1)
      continue;  /* (from colon to colon: a name ends with one) */
    if (f == NULL && (last == NULL || p - last > SB_MAIL_DS_GAP)) {
      from = p;  /* (a run starts) */
      in = 0;
    }
    last = p;
    in |= ds_run_in(ls, p);
    if (f == NULL && n == 16 && sb_mime_ieq(p, 16, "final-recipient:")) f = p;
    else if (f != NULL && n == 7 && in) return from;  /* its Action or Status */
  }
  return NULL;
}

/* where the run of fields in t starts (ds_run_from), *le the end of
   its paragraph: the paragraph of the first field line r (ds_in_text's)
   alone, else the first paragraph that holds one; NULL when none does */
static const char *ds_run (sb_mstr t, const char *r, const char **le) {
  const char *ls = t.p, *e = t.p + t.n, *from;
  while (r != NULL && r > t.p && (ls = r - 1) >= t.p) {  /* back to its paragraph's start */
    while (ls > t.p && ls[-1] != '\n') ls--;
    if (paste_len(ls, r - 1) == 0) {
      ls = r;
      break;
    }
    r = ls;
  }
  do {
    from = ds_run_from(ls, *le = para_end(ls, e));
    ls = *le + 1;
  } while (from == NULL && r == NULL && ls < e);
  return from;
}

/* does the notice's own prose start after the blank at p in the run of
   fields [from, le) ("... RecipNotFound; not found Delivery has failed
   to these recipients or groups: ...", "... ----- Original message
   -----"): an opening or heading of a notice (sb_prose_opening) or a
   rule's dashes (paste_rule), where the last field's value ends */
static int ds_prose_at (const char *p, const char *from, const char *le) {
  return p > from && (sb_prose_opening(p + 1, (size_t)(le - p - 1)) > 0
                      || paste_rule(p, from, le));
}

/*
** A delivery status pasted as text whose lines a page or a log ran into
** one ("... said: 550 ... Reporting-MTA: dns; mx.example Arrival-Date: ...
** Final-Recipient: rfc822; a@b Action: failed Status: 5.0.0 ..."), the
** text part's i: the paragraph that holds such a run (ds_run; a program
** may have wrapped it since) read with a paste's marks off
** (pasted_marks), its lines joined from the run's start on (but before a
** field's line) and broken again before each field's name; the text
** part so read, and the status in it.  Else the status ds_in_text finds,
** the text as it came (*pre as ds_in_text sets it).
*/
static sb_mstr ds_in_run (Walk *w, size_t i, const char **pre) {
  sb_mstr t = w->plain[i], r = ds_in_text(t, pre);
  const char *p, *e, *from, *le = NULL;
  size_t k;
  char *out;
  if (t.n == 0 || !ds_final(t)
      || (from = ds_run(t, r.p, &le)) == NULL)
    return r;
  if (pasted_marks(w->m, &t) && (from = ds_run(t, ds_in_text(t, NULL).p, &le)) == NULL)
    return r;  /* (an Outlook's "a@b<mailto:a@b>": taken off, found again) */
  if ((out = (char *)sb_mime_alloc(w->m, t.n)) == NULL) return r;
  e = t.p + t.n;
  memcpy(out, t.p, (size_t)(from - t.p));
  for (k = (size_t)(from - t.p), p = from; p < le; p++) {
    out[k++] = (*p == '\n' && !field_line(p + 1, le)) || (*p == '\r' && p + 1 < le && p[1] == '\n'
               && !field_line(p + 2, le)) ? ' ' : *p;  /* (its lines joined, but
                                                          a field's: "status: ...") */
    if (p + 1 < le && paste_blank((unsigned char)*p)
        && (ds_name_at(p + 1, le) > 0 || ds_prose_at(p, from, le)))
      out[k - 1] = '\n';
  }
  memcpy(out + k, le, (size_t)(e - le));
  w->plain[i].p = out;
  w->plain[i].n = t.n;
  r.p = out + (from - t.p);
  r.n = t.n - (size_t)(from - t.p);
  return r;
}

/* the delivery status of the text part i: ds_in_run's, else one pasted
   with its lines indented (ds_pasted), the part's lines looked at once
   for both (ds_in_text) */
static sb_mstr ds_in_part (Walk *w, size_t i, int cue) {
  const char *pre;
  sb_mstr r = ds_in_run(w, i, &pre);
  return r.p != NULL ? r : ds_pasted(w->m, w->plain[i], cue, r, pre);
}

static void original (Walk *w, sb_mstr o, Top *t);  /* (sb_mail.c) */

/* the header block a bounce read as prose quotes (when the mail attached
   none: its original) and the status its quoted fields give
   (quoted_status), the text's lines read once for both */
static void quoted_read (Walk *w, sb_mstr text, Top *t) {
  const char *fin;
  int hdrs = w->m->orig_headers.p == NULL;
  sb_mstr h = quoted_parts(text, hdrs, &fin);
  if (hdrs) original(w, h, t);
  quoted_status(w, text, fin, t->date);  /* "> Status: 5.1.1" */
}

static const char *read_prose (Walk *w, const Top *t, sb_mstr text);
/*
** A bounce a person forwards quoted ("> ") under "On <date>, <who>
** wrote:" and a forward's Subject (sb_prose_quoted_forward): *tp the
** quoted lines after that line, each with its first quote mark off, to
** the first line with words quoted no more, *who the "wrote:" line, and
** 1; 0 when the text is no such forward.  The prose reader takes a
** quoted line for a person's words about what it quotes; these are the
** forwarded mail's own.
*/
static int unquoted_forward (sb_mail *m, sb_mstr *tp, sb_mstr *who) {
  sb_mstr t = *tp;
  size_t wb, we, k = 0,
         at = sb_prose_quoted_forward(t.p, t.n, m->subject.p, m->subject.n, &wb, &we);
  const char *p = t.p + at, *e = t.p + t.n;
  char *out;
  if (at == 0 || (out = (char *)sb_mime_alloc(m, t.n - at + 1)) == NULL) return 0;
  while (p < e) {
    const char *nl = (const char *)memchr(p, '\n', (size_t)(e - p));
    const char *le = nl != NULL ? nl : e, *q = p;
    if (*q == '>') q += q + 1 < le && q[1] == ' ' ? 2 : 1;
    else if (paste_len(p, le) > 0) break;  /* quoted no more */
    memcpy(out + k, q, (size_t)(le - q));
    k += (size_t)(le - q);
    out[k++] = '\n';
    p = nl != NULL ? nl + 1 : e;
  }
  tp->p = out;
  tp->n = k;
  who->p = t.p + wb;
  who->n = we - wb;
  return 1;
}


/* is the text t one run into a line: its first line SB_MAIL_FLAT bytes
   at least, blanks alone after it */
static int ran_into_one (sb_mstr t) {
  const char *e = t.p + t.n, *nl = (const char *)memchr(t.p, '\n', t.n), *p;
  if (paste_len(t.p, nl != NULL ? nl : e) < SB_MAIL_FLAT) return 0;
  for (p = nl != NULL ? nl : e; p < e && paste_blank((unsigned char)*p); p++) {}
  return p == e;
}

/* where the reply r names the address a (ASCII case aside, not inside a
   longer one, not at its start), 0 when it does not */
static size_t in_reply (sb_mstr r, sb_mstr a) {
  size_t i, j;
  for (i = 1; a.n > 0 && i + a.n <= r.n; i++) {
    for (j = 0; j < a.n && ((unsigned char)r.p[i + j] | 32) == ((unsigned char)a.p[j] | 32); j++) {}
    if (j == a.n && !domain_byte((unsigned char)r.p[i - 1])
        && (i + a.n == r.n || !domain_byte((unsigned char)r.p[i + a.n])))
      return i;
  }
  return 0;
}

/* does the record's reply name an address not its recipient's ("...
   User unknown lee@example.net Error Type: ...") */
static int names_other (sb_mail_rec r) {
  const char *p = r.reply.p, *e, *a, *b;
  if (p == NULL) return 0;
  for (e = p + r.reply.n; p < e && (p = (const char *)memchr(p, '@', (size_t)(e - p))) != NULL; p = b) {
    sb_mstr w;
    for (a = p; a > r.reply.p && !paste_blank((unsigned char)a[-1]) && a[-1] != '<'
                && a[-1] != '(' && a[-1] != '"'; a--) {}
    for (b = p + 1; b < e && domain_byte((unsigned char)*b); b++) {}
    while (b > p + 1 && b[-1] == '.') b--;  /* (a sentence's stop) */
    w.p = a;
    w.n = (size_t)(b - a);
    if (b > p + 1 && !same_address(w, r.recipient)) return 1;
  }
  return 0;
}

/*
** A text run into one line that named some (ran_into_one), a reply
** naming another address (names_other), read again with its lines
** broken (unflattened): the recipients after the first
** ride in the first one's reply ("The following address(es) failed: a@b
** host ... said: 550 ... c@d host ...").  The records read first kept
** as they are, those of the addresses only the second reading names
** and a reply read first names (in_reply) added after them, that reply
** cut where the first of them starts; the text as it came.
*/
static sb_mstr reflattened (Walk *w, const Top *t, sb_mstr text) {
  sb_mail *m = w->m;
  sb_mail_rec *recs = m->recs, *all;
  size_t n = m->nrecs, cap = m->reccap, i, j, k, at = 0;
  const char *fam = m->family;
  sb_mstr alt = text;
  for (i = 0; i < n && !names_other(recs[i]); i++) {}
  if (i == n || !unflattened(m, &alt)) return text;
  m->recs = NULL;
  m->nrecs = m->reccap = 0;
  read_prose(w, t, alt);
  all = m->nrecs > 0 ? (sb_mail_rec *)sb_mime_alloc(m, (n + m->nrecs) * sizeof *all) : NULL;
  if (all != NULL) {
    cap = n + m->nrecs;  /* (all's room) */
    memcpy(all, recs, n * sizeof *all);
    for (i = 0, k = n; i < m->nrecs; i++) {  /* (a recipient of its own, named
                                                 in a reply read first) */
      sb_mstr a = m->recs[i].recipient;
      for (j = 0; j < k && !same_address(all[j].recipient, a); j++) {}
      if (j < k || a.n < 3 || memchr(a.p, '@', a.n) == NULL) continue;
      for (j = 0; j < n && in_reply(all[j].reply, a) == 0; j++) {}
      if (j < n) all[k++] = m->recs[i];
    }
    for (i = n; i < k; i++)  /* (each reply cut where the first added starts) */
      for (j = 0; j < n; j++)
        if ((at = in_reply(all[j].reply, all[i].recipient)) > 0) {
          while (at > 0 && paste_blank((unsigned char)all[j].reply.p[at - 1])) at--;
          all[j].reply.n = at;
          if (at == 0) all[j].reply.p = NULL;
        }
    recs = all;
    n = k;
  }
  m->recs = recs;
  m->nrecs = n;
  m->reccap = cap;
  m->family = fam;
  return text;
}

/* a text run into one line that named some and is a group's refusal
   (group_refusal: it names the group alone; the address it named is the
   greeting's, "Hello a@b, We're writing to let you know that the group
   you tried to contact ..."): its records the group's, and 1; else the
   records as they were, and 0 */
static int regrouped (sb_mail *m, sb_mstr text, sb_mstr date) {
  sb_mail_rec *recs = m->recs;
  size_t n = m->nrecs, cap = m->reccap;
  m->recs = NULL;
  m->nrecs = m->reccap = 0;
  if (group_refusal(m, text, date) > 0) return 1;
  m->recs = recs;
  m->nrecs = n;
  m->reccap = cap;
  return 0;
}

/* the replies of the records read from a text run into one line, each
   cut where the notice's own prose goes on after it on that line
   (ds_prose_at: "DNS Error: Domain name not found ----- Original
   message ----- Received: ...", "... Delivery has failed to these
   recipients or groups: ..."), the blanks before that off */
static void replies_cut (sb_mail *m) {
  size_t i;
  for (i = 0; i < m->nrecs; i++) {
    sb_mstr *r = &m->recs[i].reply;
    const char *p, *e = r->p != NULL ? r->p + r->n : NULL;
    for (p = r->p; p != NULL && p + 1 < e; p++)
      if (*p == ' ' && ds_prose_at(p, r->p, e)) {
        while (p > r->p && paste_blank((unsigned char)p[-1])) p--;
        r->n = (size_t)(p - r->p);
        break;
      }
  }
}

/* a text that named no one read with its lines as they were before a
   program wrapped them (a group's refusal too), then ran them into one:
   the text read, the one given when neither named anyone */
static sb_mstr repasted_read (Walk *w, const Top *t, sb_mstr text) {
  sb_mail *m = w->m;
  sb_mstr alt = text, from = m->from;
  const char *fam = m->family;
  if (m->nrecs > 0 && regrouped(m, text, t->date)) {
    m->family = "google";
    return text;
  }
  if (m->nrecs > 0) return reflattened(w, t, text);
  if (unquoted_forward(m, &alt, &m->from)) {  /* read under the "wrote:"
                                                 line as its From */
    m->family = read_prose(w, t, alt);
    m->from = from;
    if (m->nrecs > 0) return alt;
    m->family = fam;
  }
  alt = text;
  if (unwrapped(m, &alt)) {
    if ((m->family = read_prose(w, t, alt), m->nrecs > 0)) return alt;
    if (group_refusal(m, alt, t->date) > 0) {
      m->family = "google";
      return alt;
    }
  }
  alt = text;
  if (unflattened(m, &alt) && (m->family = read_prose(w, t, alt), m->nrecs > 0)) return alt;
  return text;
}

/* the text read again as it was before a wrap or a run (repasted_read),
   the replies read from a text run into one line cut where the notice's
   own prose goes on after them (replies_cut) */
static sb_mstr repasted (Walk *w, const Top *t, sb_mstr text) {
  int flat = ran_into_one(text);
  sb_mstr r = repasted_read(w, t, text);
  if (flat) replies_cut(w->m);
  return r;
}

#endif
