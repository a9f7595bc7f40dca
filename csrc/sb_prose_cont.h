/*
** sb_prose_cont.h -- which lines go on with the open diagnostic: by the
** style it was opened with (a reply's code repeated, Postfix's indent, a
** paragraph), as the rest of a sentence a hard wrap cut (soft_wrap), and
** what such a line adds (continue_line); a line that names the next
** recipient instead (new_item).  Included by sb_prose.c alone, after
** sb_prose_diag.h.
*/

#ifndef SB_PROSE_CONT_H
#define SB_PROSE_CONT_H

/* the start of the last line of d[0..n) (its blanks skipped) */
static const char *last_line (const char *d, size_t n) {
  size_t i = n;
  while (i > 0 && d[i - 1] != '\n') i--;
  while (i < n && is_space((unsigned char)d[i])) i++;
  return d + i;
}

/* does the last line of d[0..n) start with a reply code that says more
   lines follow ("550-")? */
static int more_lines (const char *d, size_t n) {
  const char *l = last_line(d, n);
  size_t k = (size_t)(d + n - l);
  return k > 4 && code_at(l, k, 0) && l[3] == '-';
}

#if !defined(SB_PROSE_WRAPPED)
/* the shortest line a hard wrap leaves before the next (wrapping at 60
   to 78 columns cuts at a blank, a word or so short of it) */
#define SB_PROSE_WRAPPED  40
#endif

/* a reply a hard wrap cut before its words, on a line of the text s
   long enough to have been cut: its code and status alone ("550
   5.7.1"), or after the address it names and a colon ("550 5.7.1
   <a@b>:", sendmail's "<a@b>...") */
static int cut_reply (const char *s, const char *d, size_t n) {
  const char *l = d + n;
  if (!code_at(d, n, 0)) return 0;
  while (l > s && l[-1] != '\n' && d + n - l < SB_PROSE_WRAPPED) l--;
  if (d + n - l < SB_PROSE_WRAPPED) return 0;
  if (code_alone(d, n)) return 1;
  while (n > 0 && (d[n - 1] == ':' || d[n - 1] == '.')) n--;
  return n > 0 && d[n - 1] == '>';
}

/* a line that may be a reply's words a hard wrap moved down: a letter
   first, its first word no address and no field's name ("Name: value") */
static int wrap_rest (const char *s, size_t tb, size_t e) {
  size_t i;
  if (!(((unsigned char)s[tb] | 32) >= 'a' && ((unsigned char)s[tb] | 32) <= 'z'))
    return 0;
  for (i = tb; i < e && s[i] != ' ' && s[i] != '@'; i++) ;
  return (i == e || s[i] == ' ') && s[i - 1] != ':';
}

/*
** A line that goes on with the sentence a hard wrap cut (a text wrapped
** at 60 to 78 columns by a mail client, a list archive or a forum): the
** open diagnostic ends inside a sentence (a letter, a digit or a comma
** last, after four bytes or more) and the line starts with a lower-case
** letter, names no address and starts with no word a colon ends (a
** field, "Status: ...", a program's "procmail: ...").  Any continuation
** style: "... could not be\ndelivered because ...".  A reply cut after
** its code (code_alone) goes on to the address that starts the next line
** ("550 5.7.1\n<a@b>: Relay access denied"), a code cut from its enhanced
** status to the status of its class ("550\n5.7.1 Sender blocked"); a
** reply cut before its words on a line long enough to have been cut
** (cut_reply) to a line of words, a capital first too ("550 5.7.1
** <a@b>:\nRelay access denied"; not Microsoft's short "Status code: 550
** 5.7.1" over its own explanation).  A reply whose last line says more
** follow ("550-") goes on to the next line of the same code, whatever
** style opened it.
*/
static int soft_wrap (const St *st, size_t tb, size_t e) {
  const char *s = st->s;
  const Rec *r = open_rec(st);
  size_t i;
  unsigned char c;
  if (r == NULL || r->h.diag == NULL || r->h.diag_len < 3
      || (size_t)(r->h.diag - s) + r->h.diag_len > tb)
    return 0;  /* (a quoted reply read on to its quote covers the line) */
  if (r->h.diag_len == 3)  /* "said: 550\n5.7.1 [ESA] Sender blocked." */
    return code_at(r->h.diag, 3, 0) && r->h.diag[0] == s[tb]
        && status_at(s, e, tb) != NONE;
  if (code_alone(r->h.diag, r->h.diag_len) && s[tb] == '<')
    return 1;  /* "550 5.7.1\n<a@b>: Relay access denied" */
  if (cut_reply(s, r->h.diag, r->h.diag_len) && wrap_rest(s, tb, e))
    return 1;  /* "550 5.7.1 <a@b>:\nRelay access denied" */
  if (more_lines(r->h.diag, r->h.diag_len) && code_at(s, e, tb)
      && memcmp(s + tb, last_line(r->h.diag, r->h.diag_len), 3) == 0)
    return 1;  /* "said: 550-5.7.1 ...\n550-5.7.1 ...\n550 5.7.1 ..." */
  c = (unsigned char)r->h.diag[r->h.diag_len - 1];
  if (!(is_alnum(c) || c == ',') || s[tb] < 'a' || s[tb] > 'z'
      || memchr(s + tb, '@', e - tb) != NULL)
    return 0;
  for (i = tb; i < e && s[i] != ' '; i++) ;
  return s[i - 1] != ':';  /* not a program's "procmail: ..." */
}

/* does the line [b, e) (trimmed at tb) continue the open diagnostic by
   the style it was opened with? */
static int cont_style (const St *st, size_t b, size_t tb, size_t e) {
  const char *s = st->s;
  size_t ab, ae, rest;
  switch (st->d.cont) {
    case CONT_REPLY:
      if (st->d.lt) {
        if (!CI_AT(s, e, tb, "<<< ")) return 0;
        tb += 4;
      }
      if (code_at(s, e, tb)) return memcmp(s + tb, st->d.code, 3) == 0;
      if (st->d.lt || st->list == 2) return 0;
      /* the generic reading: a line indented more, or one that starts
         with the reply's enhanced status ("5.1.1 double-checking") */
      if ((ae = status_at(s, e, tb)) != NONE) {
        const Rec *r = open_rec(st);
        return r != NULL && ci_find(r->h.diag, 0, r->h.diag_len < 16
                                    ? r->h.diag_len : 16, s + tb, ae - tb)
                            != NONE;
      }
      return tb - b > st->d.indent && s[tb] != '<'
          && !addr_line(s, tb, e, &ab, &ae, &rest);
    case CONT_INDENT:  /* Postfix's reply goes on to "command)" */
      return tb - b > st->rec_indent || (st->d.pf && !dsn_field(s, tb, e));
    case CONT_PARA:
      if (st->fam == FAM_EXCHANGE && exchange_tail(s, tb, e)) return 0;
      return !CI_AT(s, e, tb, "giving up on ");
    default:
      return 0;
  }
}

/* ... or as the rest of a sentence a hard wrap cut (soft_wrap) */
static int continues (const St *st, size_t b, size_t tb, size_t e) {
  return cont_style(st, b, tb, e) || soft_wrap(st, tb, e);
}

/* a line that continues the open diagnostic; a prose one gives way to a
   reply the line names ("host\n    H[ip] said: 553 ...") */
static void continue_line (St *st, size_t tb, size_t te) {
  int t = st->d.target;
  Rec *r = target_rec(st, t);
  if (r != NULL && r->rank < 3) {
    Diag saved = st->d;
    int rank = r->rank;
    find_diag(st, t, tb, te);
    if (r->rank > rank) {
      find_host(st, t, tb, te);
      line_phase(st, t, tb, te);
      return;
    }
    st->d = saved;
  }
  diag_extend(st, te);
  find_host(st, t, tb, te);
  line_phase(st, t, tb, te);
  if (st->d.pf && CI_FIND(st->s, tb, te, "command)") != NONE) st->d.pf = 0;
  if (st->list == 1 && r != NULL && t != SHARED && !r->paired
      && fail_in(st, tb, te) != NONE)
    r->paired = 1;  /* the generic reading: the paragraph says what failed */
}

/* does a line that would go on with the open diagnostic name the next
   recipient instead: in a list, an address line under a paragraph; in
   the generic reading, any address under a paragraph, an address line
   indented no more than the reply above */
static int new_item (const St *st, size_t tb, size_t te) {
  const char *s = st->s;
  size_t ab, ae, rest;
  if (st->d.cont == CONT_PARA && st->list == 1)
    return memchr(s + tb, '@', te - tb) != NULL;
  if (st->d.cont == CONT_PARA || st->list == 1)
    return (st->list == 2 || st->indent <= st->d.indent)
        && addr_line(s, tb, te, &ab, &ae, &rest);
  return 0;
}

#endif
