/*
** sb_prose_last.h -- the part of sb_prose.c's generic reading that works
** on what the lines left: the last resorts (the single To or Cc of the
** returned message's header block, the single address of the Subject),
** the headers of the returned message a prose bounce quotes, where a
** forward's bounce starts and where its returned message ends, the
** addresses listed one under another that share the reply below them,
** and Exchange's list lines naming a recipient by a display name.
** Included by sb_prose.c alone, after sb_prose_generic.h.
*/

#ifndef SB_PROSE_LAST_H
#define SB_PROSE_LAST_H

/* whether record i names a mail system's channel rather than a mailbox
   (Messaging Server's "user@ims-ms-daemon": a domain of one label that
   ends in "-daemon") while another record names an address with a
   dotted domain (its "Original address: user@host.example"): then it is
   no recipient of its own */
static int channel_rcpt (const St *st, int i) {
  const Rec *r = &st->rec[i];
  const char *a = r->h.recipient, *at;
  size_t n = r->h.recipient_len;
  int k;
  if (a == NULL || n < 8 || !CI_AT(a, n, n - 7, "-daemon")
      || (at = memchr(a, '@', n)) == NULL || memchr(at, '.', n - (size_t)(at - a)))
    return 0;
  for (k = 0; k < st->nrec; k++) {
    const Rec *o = &st->rec[k];
    const char *oat = o->h.recipient != NULL
        ? memchr(o->h.recipient, '@', o->h.recipient_len) : NULL;
    if (k != i && oat != NULL
        && memchr(oat, '.', o->h.recipient_len - (size_t)(oat - o->h.recipient)))
      return 1;
  }
  return 0;
}

/* the addresses of a To line [b, e), counted on from n (at most 2) and
   the first kept in *ab, *ae; the same address twice ('"a@b" <a@b>')
   counts once */
static int to_addrs (const char *s, size_t b, size_t e, int n, size_t *ab,
                     size_t *ae) {
  size_t xb, yb, ye;
  for (xb = b; n < 2 && find_addr(s, xb, e, &yb, &ye); xb = ye) {
    if (n == 1 && same_addr(s + *ab, *ae - *ab, s + yb, ye - yb)) continue;
    if (n++ == 0) { *ab = yb; *ae = ye; }
  }
  return n;
}

/*
** The one address of the To and Cc fields of the attached original's
** header block (st->orig): a pointer into it and its length in *n, or
** NULL when they name more or fewer than one, or only the bounce's own
** sender or a mailer-daemon.  Lines are read up to SB_PROSE_MAXLINE
** bytes, the block up to its first empty line.
*/
static const char *attached_to (const St *st, size_t *n) {
  const char *s = st->orig;
  size_t pos = 0, b, e, ab = 0, ae = 0, vb = 0, ve = 0;
  int in_to = 0, nto = 0, env = 0;
  while (next_line(s, st->orig_len, &pos, &b, &e)) {
    int folded = b < e && is_space((unsigned char)s[b]);
    trim_line(s, &b, &e);
    if (b == e) break;  /* the end of the header block */
    if (!folded) {
      in_to = CI_AT(s, e, b, "to:") || CI_AT(s, e, b, "cc:");
      if (!env && (CI_AT(s, e, b, "x-original-to:")
                   || CI_AT(s, e, b, "delivered-to:")
                   || CI_AT(s, e, b, "envelope-to:")))
        env = find_addr(s, b, e, &vb, &ve);  /* who it was delivered to */
    }
    if (in_to && (nto = to_addrs(s, b, e, nto, &ab, &ae)) > 1) return NULL;
  }
  if (nto == 0 && env) { ab = vb; ae = ve; nto = 1; }
  if (nto != 1 || CI_AT(s, ae, ab, "mailer-daemon@")
      || (st->from != NULL && same_addr(st->from, st->from_len, s + ab, ae - ab)))
    return NULL;
  *n = ae - ab;
  return s + ab;
}

static int first_failure (St *st, size_t *db, size_t *de);
static size_t unquote (const char *s, size_t b, size_t e);

/* a text run into one line ("... I've given up. Subject: hi To: a@b ---
   Below this line is a copy of the message."): before the returned
   message [b, x), a summary's To after its Subject, counted as to_addrs
   counts; the run as the diagnostic (*db, *de) when it says what failed */
static int run_summary (St *st, size_t b, size_t x, size_t *pb, size_t *pe,
                        size_t *db, size_t *de) {
  const char *s = st->s;
  size_t j = CI_FIND(s, b, x, "subject: "), t;
  int n;
  if (j == NONE || (t = CI_FIND(s, j, x, " to: ")) == NONE) return 0;
  n = to_addrs(s, t + 5, x, 0, pb, pe);
  if (n == 1 && *db == NONE && (fail_in(st, b, j) != NONE || reply_in(s, b, j) != NONE)) {
    *db = b;
    *de = j;
  }
  return n;
}

/*
** The last resort of a text that names no recipient but says what
** failed ("User not on post office"): the one address of the To field
** of the returned message, with the first failing line as its
** diagnostic.  Nothing when the returned message has no headers, or
** its To names more or fewer than one address.  When the text quotes
** no To and the original is attached apart (st->orig), its To and Cc
** (attached_to).
*/
static void original_to (St *st) {
  const char *s = st->s;
  size_t pos = 0, b, e, db = NONE, de = 0, ab = 0, ae = 0, pb = 0, pe = 0;
  size_t rb = 0, re = 0;  /* the To of a run of fields above (run & 1) */
  size_t lb = NONE, le = 0;  /* a lead-in that says what failed ("The
                                following message was not delivered:") */
  int stopped = 0, heads = 0, in_to = 0, nto = 0, pre = 0, r, run = 0;
  int apart = 1, was_apart;  /* the line above empty or ending in ':' */
  while (next_line(s, st->n, &pos, &b, &e)) {
    int folded = b < e && is_space((unsigned char)s[b]);
    trim_line(s, &b, &e);
    b = unquote(s, b, e);  /* a notice quoted whole ("> To: a@b") */
    was_apart = apart;
    apart = b == e || s[e - 1] == ':';
    if (!stopped) {
      const Marker *m[4];
      size_t at[4];
      int k, nm = markers_of(st->mx, st->mc, s, b, e, at, m);
      for (k = 0; k < nm; k++)
        if (marker_stops(m[k], s, b, e)) {
          stopped = 1;
          if (pre == 0 && at[k] > b) pre = run_summary(st, b, at[k], &pb, &pe, &db, &de);
        }
      if (!folded && b < e && !stopped && header_line(s, b, e)) {
        if (!(run & 1) && CI_AT(s, e, b, "to:")) {
          rb = b;
          re = e;
          run |= was_apart ? 1 | 8 : 1;
        }
        run |= CI_AT(s, e, b, "subject:") ? 2
             : CI_AT(s, e, b, "from:")
               && find_any(&st->ix->ws[WS_SENDERS], s, b, e) ? 4 : 0;
      } else if (!folded || stopped) {
        /* a summary of the message above the returned one, its To
           and a Subject or set apart ("... not be delivered:\n\nTo:
           a@b\nSubject: ...", "Delivery failed.\n\nTo: a@b\nReason:"),
           not the bounce's own header pasted (its From a mailer daemon):
           the To a last resort reads */
        if ((run & 5) == 1 && (run & 10)) pre = to_addrs(s, rb, re, pre, &pb, &pe);
        run = 0;
      }
      if (stopped) {  /* "Received: from" and "Return-Path:" start it */
        heads = CI_AT(s, e, b, "received:") || CI_AT(s, e, b, "return-path:");
        continue;
      }
      if (folded && CI_AT(s, e, b, "to:"))  /* an indented summary of the
                                  message: "Your message\n   To: a@b\n   Subject:" */
        pre = to_addrs(s, b, e, pre, &pb, &pe);
      if (db == NONE && b < e && nm == 0 && !header_line(s, b, e)
          && s[e - 1] != ':'  /* "... for the following reasons:" leads in */
          && (reply_in(s, b, e) != NONE || fail_in(st, b, e) != NONE)) {
        db = b;
        de = e;
      } else if (lb == NONE && b < e && nm == 0 && s[e - 1] == ':'
                 && fail_in(st, b, e) != NONE) {
        lb = b;
        le = e;
      }
      continue;
    }
    if (b == e) {
      if (heads) break;  /* the end of the returned headers */
      continue;
    }
    if (!folded) {
      heads = 1;
      in_to = CI_AT(s, e, b, "to:");
    }
    if (!in_to) continue;
    if ((nto = to_addrs(s, b, e, nto, &ab, &ae)) > 1) return;
  }
  if ((run & 5) == 1 && (run & 10)) pre = to_addrs(s, rb, re, pre, &pb, &pe);
  /* no plain line says what failed, only a marker's ("I'm afraid I
     wasn't able to deliver the following message.") above a summary
     that sets one To apart ("Subject: ...\nTo: a@b"): that To, the
     marker's line its diagnostic */
  if (db == NONE && pre == 1 && lb != NONE) {  /* the lead-in above a
                                   summary that sets one To apart */
    db = lb;
    de = le;
  }
  if (db == NONE && (pre != 1 || !first_failure(st, &db, &de))) return;
  if (nto == 0 && st->orig != NULL) {  /* the original is attached */
    size_t an = 0;
    const char *a = attached_to(st, &an);
    if (a != NULL) {
      if ((r = rec_new(st, a, an)) >= 0) diag_start(st, r, db, de, 2, CONT_NONE);
      return;
    }
  }
  if (nto == 0 && pre == 1) {  /* the To the text gives above what failed */
    nto = 1;
    ab = pb;
    ae = pe;
  }
  if (nto != 1 || excluded(st, ab, ae)) return;
  r = rec_get(st, ab, ae, 1);
  if (r >= 0) diag_start(st, r, db, de, 2, CONT_NONE);
}

/* the first line before the returned message that says what failed (a
   failing reply or a failure phrase, no header field), one without a
   marker before a marker's ("The attached message had PERMANENT fatal
   delivery errors!"): its bounds, or 0 */
static int first_failure (St *st, size_t *db, size_t *de) {
  const char *s = st->s;
  size_t pos = 0, b, e;
  int got = 0;
  while (next_line(s, st->n, &pos, &b, &e)) {
    const Marker *m[4];
    size_t at[4];
    int k, nm;
    trim_line(s, &b, &e);
    nm = markers_of(st->mx, st->mc, s, b, e, at, m);
    for (k = 0; k < nm; k++)
      if (marker_stops(m[k], s, b, e)) return got;
    if (b < e && (nm == 0 || !got) && !header_line(s, b, e)
        && s[e - 1] != ':'
        && (reply_in(s, b, e) != NONE || fail_in(st, b, e) != NONE)) {
      *db = b;
      *de = e;
      if (nm == 0) return 1;
      got = 1;
    }
  }
  return got;
}

/* a last resort's record: the recipient [p, p+n) (NULL: no one), paired
   with what failed, the text's line [db, de) */
static void last_resort (St *st, const char *p, size_t n, size_t db, size_t de) {
  int r = rec_new(st, p, n);
  if (r >= 0) {
    st->rec[r].paired = 1;
    diag_start(st, r, db, de, 2, CONT_NONE);
  }
}

/*
** The last resort of a text that names no recipient (after original_to):
** the one address of the bounce's Subject ("Undeliverable: a@b",
** MDaemon's "Warning: a@b - User unknown!"), not the bounce's sender, a
** mailer daemon or a postmaster, with the text's first line that says
** what failed as its diagnostic.  Nothing when the Subject names more
** or fewer than one address, or the text no failure.
*/
static void subject_rcpt (St *st, const char *subj, size_t sl) {
  size_t ab, ae, xb, xe, db, de;
  int k;
  if (subj == NULL || sl > SB_PROSE_MAXLINE || !find_addr(subj, 0, sl, &ab, &ae))
    return;
  for (xb = ae; find_addr(subj, xb, sl, &xb, &xe); xb = xe)
    if (!same_addr(subj + ab, ae - ab, subj + xb, xe - xb)) return;
  if (CI_AT(subj, ae, ab, "mailer-daemon@") || CI_AT(subj, ae, ab, "postmaster@")
      || (st->from != NULL && same_addr(st->from, st->from_len, subj + ab,
                                        ae - ab)))
    return;
  for (k = 0; k < st->nnot; k++)
    if (same_addr(st->nots[k], st->notl[k], subj + ab, ae - ab)) return;
  if (first_failure(st, &db, &de)) last_resort(st, subj + ab, ae - ab, db, de);
}

/* does the failing line say the message was the reader's to receive
   ("could not deliver the message to you since the file ... does not
   exist"): a mailbox's own notice of a stored message, no bounce of
   one the reader sent ("to your" and "to yourself" are other words) */
static int to_you (const char *s, size_t b, size_t e) {
  size_t at = b;
  while ((at = CI_FIND(s, at, e, "to you")) != NONE) {
    at += 6;
    if (at >= e || !is_alnum((unsigned char)s[at])) return 1;
  }
  return 0;
}

/*
** The last resort of a notice by its headers (daemon_notice) that says
** what failed but names no recipient that can be read: a notice that
** lists none, an address masked past reading ("<???@free.fr>"), a text
** cut before its list.  One record naming no one (recipient NULL), its
** diagnostic the one failing reply the text gives apart from any
** address, else the first line that says what failed: the caller still
** holds the bounce, whose returned Message-ID, headers and VERP address
** join the record back to what was sent.
*/
static void nameless_rcpt (St *st) {
  size_t db, de;
  if (st->generic && st->nloose == 1) {
    db = st->loose_b;
    de = st->loose_e;
  } else if (!first_failure(st, &db, &de)) {
    return;
  }
  if (to_you(st->s, db, de)) return;
  last_resort(st, NULL, 0, db, de);
}

/* the generic reading: does a block of the returned message's header
   fields start at this line (unindented fields in a row, one of them
   From, Return-Path, Received or Message-ID), with recipients found
   above it?  A returned message no marker announces ("=== Message
   follows ===") speaks of others below its headers */
static int returned_headers (St *st, size_t b, size_t tb, size_t te) {
  const char *s = st->s;
  if (tb != b || !header_line(s, tb, te)) {
    st->hdr_run = st->hdr_from = 0;
    return 0;
  }
  st->hdr_run++;
  if (CI_AT(s, te, tb, "from:") || CI_AT(s, te, tb, "return-path:")
      || CI_AT(s, te, tb, "received:") || CI_AT(s, te, tb, "message-id:"))
    st->hdr_from = 1;
  return st->hdr_run >= 2 && st->hdr_from && st->nrec > 0;
}

/* where the line after the first one that starts the returned or
   forwarded message ends: the offset after it, or 0 */
static size_t after_stop (const MarkIdx *mx, const char *s, size_t n) {
  size_t pos = 0, b, e;
  while (next_line(s, n, &pos, &b, &e)) {
    const Marker *m[4];
    size_t at[4];
    int k, nm;
    trim_line(s, &b, &e);
    nm = line_markers(mx, s, b, e, at, m, 4);
    for (k = 0; k < nm; k++)
      if (m[k]->flags & M_STOP) return pos;
  }
  return 0;
}

/* a callback passed on, the hits that name someone counted (one that
   names no one leaves the other readings to be tried: the caller keeps
   it for when none of them names anyone) */
typedef struct Passed {
  sb_prose_cb cb;
  void *ud;
  int n;
} Passed;

static int pass_cb (void *ud, const sb_prose_hit *h) {
  Passed *p = (Passed *)ud;
  p->n += h->recipient != NULL;
  return p->cb != NULL ? p->cb(p->ud, h) : 0;
}

/* is recipient r's address alone on its line (blanks, '<', '>', quotes
   around it), under a line that ends with ':' (blank lines between)? */
static int set_apart (const St *st, int r) {
  const char *s = st->s, *a = st->rec[r].h.recipient;
  size_t ab, ae, b, k;
  if (a < s || a >= s + st->n) return 0;
  ab = (size_t)(a - s);
  ae = ab + st->rec[r].h.recipient_len;
  if ((b = alone_on_line(s, 0, st->n, ab, ae)) == NONE) return 0;
  for (k = b; k > 0 && (s[k - 1] == '\n' || s[k - 1] == '\r'
                        || is_space((unsigned char)s[k - 1])); k--) ;
  return k > 0 && s[k - 1] == ':';
}

/* addresses listed one under the other ("a@b\n   c@d\n\nReason: 550
   ..."): one without a reply takes the reply of the next */
static void share_listed (St *st) {
  int i;
  for (i = st->nrec - 2; i >= 0; i--) {
    Rec *a = &st->rec[i], *n = &st->rec[i + 1];
    size_t p = (size_t)(a->h.recipient - st->s) + a->h.recipient_len,
           q = (size_t)(n->h.recipient - st->s), nl = 0;
    if (a->rank >= 2 || n->rank < 2 || n->h.diag == NULL || q <= p
        || q - p > 64)
      continue;
    for (; p < q && (is_space((unsigned char)st->s[p]) || st->s[p] == '\r'
                     || st->s[p] == '\n' || st->s[p] == '<' || st->s[p] == '>'
                     || st->s[p] == ','); p++)
      nl += st->s[p] == '\n';
    if (p < q || nl != 1) continue;
    a->h.diag = n->h.diag;
    a->h.diag_len = n->h.diag_len;
    a->h.status = n->h.status;
    a->h.status_len = n->h.status_len;
    if (a->h.remote_mta == NULL) {
      a->h.remote_mta = n->h.remote_mta;
      a->h.remote_mta_len = n->h.remote_mta_len;
    }
    if (a->h.phase == SB_PHASE_UNKNOWN) a->h.phase = n->h.phase;
    if (a->pstatus == NULL) {
      a->pstatus = n->pstatus;
      a->pstatus_len = n->pstatus_len;
    }
    a->rank = n->rank;
    a->paired = 1;
  }
}

/* have the recipients read so far no address (names alone, or none)?
   A list that names addresses has no name line ("Envoy\xc3\xa9 le ..."
   under them is no recipient) unless Exchange's family wrote it */
static int names_only (const St *st) {
  int i;
  for (i = 0; i < st->nrec; i++)
    if (memchr(st->rec[i].h.recipient, '@', st->rec[i].h.recipient_len) != NULL)
      return 0;
  return 1;
}

/*
** Exchange's list line naming a recipient by a display name alone, its
** date after it ("Kim Example on Mon, 17 Jan 2000 16:49:22 -0500",
** "'Kim Example' le 05/12/1999 10:11"): the name in *ab, *ae (quotes
** left out) and the line's end in *rest.  A name: one to six words of
** letters (the bytes of named()), no '@' and no ':' in the line before
** the date.  English's "on" only where Exchange's family wrote it
** ('english'): elsewhere "Sent on Mon, 1 Mar" names no one.
*/
static int name_line (const char *s, size_t b, size_t e, size_t *ab,
                      size_t *ae, size_t *rest, int english) {
  size_t p = list_item(s, b, e), q, end;
  int words = 1;
  if (p >= e || memchr(s + b, '@', e - b) != NULL) return 0;
  if (s[p] == '\'' || s[p] == '"') p++;
  if (p >= e || !(byte_class[(unsigned char)s[p]] & C_NSTART)) return 0;
  for (q = p; q < e && q - p < 64; q++) {
    if (!(byte_class[(unsigned char)s[q]] & C_NAME)
        && !(is_digit((unsigned char)s[q]) && s[q - 1] != ' ')) return 0;
    if (s[q] != ' ' || q == p || s[q - 1] == ' ') continue;
    if (english && ci_at(s, e, q + 1, "on ", 3)) {
      /* "on " and a digit or a day's name ("on Mon, 17 Jan 2000") */
      size_t d = q + 4;
      if (d < e && (is_digit((unsigned char)s[d])
          || (d + 3 < e && (s[d + 3] == ',' || s[d + 3] == ' ')
              && is_alnum((unsigned char)s[d]) && is_alnum((unsigned char)s[d + 1])
              && is_alnum((unsigned char)s[d + 2])))) break;
    } else if (!ci_at(s, e, q + 1, "on ", 3) && on_date(s, e, q + 1)) {
      break;  /* "le 05/...", "am 05...." */
    }
    if (++words > 6) return 0;
  }
  if (q >= e || q - p >= 64) return 0;
  end = q;
  while (end > p && (s[end - 1] == ',' || s[end - 1] == '\''
                     || s[end - 1] == '"')) end--;
  if (end == p) return 0;
  *ab = p;
  *ae = end;
  *rest = e;
  return 1;
}

/*
** The recipient by a name alone on the line after a list's heading that
** allows it (M_NAMES): Exchange 2007 and later ("Delivery has failed to
** these recipients or groups:" / "Kim Example" / the user text), a
** post office's user id with its reason in parentheses after it
** ("undeliverable to the following:" / "kim (User not on post
** office)"); no date and no address.  One to six words of a name's bytes
** (digits inside a word: "User2"), no ':' in the line, and no '.', ',' or
** quote at its end (a sentence of the user text, a label, is no name).
** The reason's '(' in *rp, else e.
*/
static int bare_name (const char *s, size_t b, size_t e, size_t *ab,
                      size_t *ae, size_t *rp) {
  size_t p = list_item(s, b, e), q;
  int words = 1;
  if (p >= e || e - p > 96 || memchr(s + p, '@', e - p) != NULL
      || memchr(s + p, ':', e - p) != NULL) return 0;
  if (!(byte_class[(unsigned char)s[p]] & C_NSTART) || s[p] == '"') return 0;
  *rp = e;
  if (s[e - 1] == ')' && (q = CI_FIND(s, p, e, " (")) != NONE && q > p) {
    *rp = q + 1;  /* "kim (User not on post office)": the name before */
    e = q;
  }
  if (e - p > 64) return 0;
  for (q = p; q < e; q++) {
    unsigned char c = (unsigned char)s[q];
    if (!(byte_class[c] & C_NAME) && !(is_digit(c) && s[q - 1] != ' '))
      return 0;
    if (c == ' ' && s[q - 1] != ' ' && ++words > 6) return 0;
  }
  while (e > p && s[e - 1] == ' ') e--;
  if (e == p || s[e - 1] == '.' || s[e - 1] == ',' || s[e - 1] == '\'') return 0;
  *ab = p;
  *ae = e;
  return 1;
}

/* the first name alone kept as a last resort (St.bare): its indent,
   [ab, ae), the reason's start and the line's end */
static void keep_bare (St *st, size_t indent, size_t ab, size_t ae,
                       size_t rest, size_t e) {
  if (st->bare[2] != 0) return;
  st->bare[0] = indent;
  st->bare[1] = ab;
  st->bare[2] = ae;
  st->bare[3] = rest;
  st->bare[4] = e;
}

/* a list line naming a recipient by a name, no address (name_line), in
   Exchange's family; in any, a name alone just under a heading that
   allows it (M_NAMES: bare_name, 2); a generic list's only while it
   names no address */
static int list_name (St *st, size_t tb, size_t te, size_t *ab, size_t *ae,
                      size_t *rest) {
  int exch = st->fam == FAM_EXCHANGE;
  if (st->list != 2) return 0;
  if ((exch || (st->fam == FAM_GENERIC && names_only(st)))
      && name_line(st->s, tb, te, ab, ae, rest, exch))
    return 1;
  return st->nrec == 0 && st->list_line != 0 && st->line == st->list_line + 1
         && bare_name(st->s, tb, te, ab, ae, rest) ? 2 : 0;
}

#endif
