/*
** sb_prose_line.h -- what a line of a prose bounce does besides giving
** words: its marker phrases (apply_markers: a list opened, a diagnostic
** shared by all, the returned message's start), an address that names
** a recipient (recipient_line, the status and reply on its line), the
** addresses that name none (excluded), a transcript's command.
** Included by sb_prose.c alone, after sb_prose_diag.h and
** sb_prose_cont.h, before read_line.
*/

#ifndef SB_PROSE_LINE_H
#define SB_PROSE_LINE_H

static void recipient_line (St *st, size_t indent, size_t ab, size_t ae,
                            size_t rest, size_t e);
static void line_status (St *st, int t, size_t tb, size_t te);

/* has any recipient read so far been paired with what failed? */
static int any_paired (const St *st) {
  int i;
  for (i = 0; i < st->nrec; i++)
    if (st->rec[i].paired) return 1;
  return 0;
}

/* a line with markers: what they do; 1 when the line is used up */
static int apply_markers (St *st, size_t b, size_t e) {
  const Marker *m[4];
  size_t pos[4];
  int n = markers_of(st->mx, st->mc, st->s, b, e, pos, m), k, used = 0;
  for (k = 0; k < n; k++) {
    unsigned fl = m[k]->flags;
    if ((fl & M_QSEP) && st->qd > 0) st->qhdr = SB_PROSE_QHDR;  /* its fields */
    else if (fl & M_STOP) { st->stop = 1; return 1; }
    if (fl & M_OK) st->ok = 1;
    if (fl & M_TEMP) st->temp = 1;
    else if (fl & M_PERM) st->temp = 0;
    if ((fl & (M_LIST | M_INLINE)) && st->generic) {
      st->fail_line = st->line;  /* says what failed: addresses may follow */
      st->fail_b = b;
      st->fail_e = e;
    }
    if ((fl & M_SHARED) && st->generic && st->alone_line != 0
        && st->line - st->alone_line <= 2 && !any_paired(st)) {
      /* a notice pasted from its address on, no heading above it
         ("a@b" / "Technical details of permanent failure:"): the
         address just above the details is whom they speak of */
      int r = rec_get(st, st->alone_b, st->alone_e, 1);
      if (r >= 0) st->rec[r].paired = 1;
    }
    if (fl & (M_LIST | M_SHARED)) {
      st->cur = -1;
      st->d.target = -1;
      st->await = 0;
      st->in_shared = (fl & M_SHARED) != 0;
      if ((fl & M_LIST) && !st->generic) {  /* opened a list */
        st->list = 2;
        st->list_line = fl & M_NAMES ? st->line : 0;
      }
    }
    if ((fl & M_LIST) && !(fl & M_INLINE)) {
      /* the list's first address on the heading's line, after no more
         than dashes or a colon ("----- ... fatal errors ----- <a@b>") */
      size_t p = heading_end(st->s, pos[k] + m[k]->len, e), ab, ae, rest;
      if (p < e && p > pos[k] + m[k]->len
          && addr_line(st->s, p, e, &ab, &ae, &rest) && !excluded(st, ab, ae)) {
        if (!st->generic) st->list = 2;
        recipient_line(st, p - b, ab, ae, rest, e);
        used = 1;
        continue;
      }
      if ((fl & M_NAMES) && !st->generic && st->fam != FAM_EXCHANGE
          && p < e && p > pos[k] + m[k]->len && st->bare[2] == 0
          && bare_name(st->s, p, e, &ab, &ae, &rest))
        keep_bare(st, p - b, ab, ae, rest, e);  /* run into its heading's line */
    }
    if ((fl & M_INLINE) && !(st->fwd > 1 && (fl & M_START))) {
      size_t ab, ae, q;  /* (no label in a forward's header block) */
      if (find_addr(st->s, pos[k] + m[k]->len, e, &ab, &ae)) {
        int r = rec_get(st, ab, ae, 1);
        if (r >= 0) { st->cur = r; st->in_shared = 0; st->d.target = -1; }
        if (r >= 0 && (q = reply_after(st->s, ae, e)) != NONE)
          diag_start(st, r, q, e, 2, CONT_REPLY);  /* on the same line */
        else if (r >= 0 && (q = why_after(st->s, ae, e)) != NONE)
          diag_start(st, r, b, e, 1, CONT_NONE);  /* "... because ..." */
        else if (r >= 0) inline_more(st, ae, e, 0);
        if (!st->generic) st->list = 2;
      }
    }
    if (!(fl & M_WEAK)) used = 1;
    if ((fl & M_SHARED) && pos[k] + m[k]->len < e) {
      /* "The error that the other server returned was: 550 ..." */
      size_t r = pos[k] + m[k]->len;
      while (r < e && (st->s[r] == ':' || is_space((unsigned char)st->s[r])))
        r++;
      if (r < e) {
        st->labelled = 1;  /* (its prose outranks unlabelled lines) */
        find_diag(st, SHARED, r, e);
        st->labelled = 0;
      }
    }
  }
  return used;
}

/* the bounce's own address (but the line under Exchange's list heading:
   a reply to the postmaster bounced), a mailer daemon, without a list
   marker a postmaster ("please contact postmaster@..."), someone to
   write to in other languages (sb_prose_contact.h): no recipient */
static int excluded (const St *st, size_t ab, size_t ae) {
  const char *s = st->s;
  int k;
  if (st->sender_line != 0 && st->line == st->sender_line + 1)
    return 1;  /* under "Sender Address:" */
  if (st->from != NULL && same_addr(st->from, st->from_len, s + ab, ae - ab))
    return !(st->fam == FAM_EXCHANGE && st->list_line != 0
             && st->line == st->list_line + 1);
  for (k = 0; st->list == 1 && k < st->nnot; k++)  /* not where listed */
    if (same_addr(st->nots[k], st->notl[k], s + ab, ae - ab)) return 1;
  return CI_AT(s, ae, ab, "mailer-daemon@")
      || (st->list == 1 && CI_AT(s, ae, ab, "postmaster@"))
      || contact_addr(s, st->n, ab, ae);
}

/* ">>> RCPT To:<a@b>" selects the recipient the replies below speak of */
static void transcript_cmd (St *st, size_t b, size_t e) {
  size_t ab, ae;
  int ph = phase_in(st->px, st->s + b, e - b);
  if (CI_FIND(st->s, b, e, "rcpt to:") != NONE
      && find_addr(st->s, b, e, &ab, &ae) && !excluded(st, ab, ae)) {
    int r = rec_get(st, ab, ae, st->list);
    if (r >= 0) {
      st->cur = r;
      st->in_shared = 0;
      if (st->host != NULL)
        set_host(st, r, (size_t)(st->host - st->s),
                 (size_t)(st->host - st->s) + st->host_len);
    }
  }
  if (ph != SB_PHASE_UNKNOWN) {
    Rec *r = target_rec(st, cur_target(st));
    if (r != NULL) r->h.phase = ph;  /* the last command sent */
  }
  st->d.target = -1;
}

/* a recipient line: select the recipient, read what follows it */
/* does an address follow the comma or semicolon at p, after blanks and
   an opening '<' alone ("a@b, <c@d>")? */
static int joined_addr (const char *s, size_t p, size_t e) {
  size_t q = p + 1, ab, ae;
  while (q < e && is_space((unsigned char)s[q])) q++;
  return find_addr(s, q, e, &ab, &ae) && ab <= q + 1;
}

static void recipient_line (St *st, size_t indent, size_t ab, size_t ae,
                            size_t rest, size_t e) {
  const char *s = st->s;
  int r = rec_get(st, ab, ae, 1);
  if (r < 0) return;
  st->cur = r;
  st->cur_line = st->line;
  st->rec_indent = indent;
  st->in_shared = 0;
  st->await = 0;
  st->d.target = -1;
  line_status(st, r, rest, e);  /* "a@b; Failed; 4.2.2 (mailbox full)" */
  if (host_said(st, r, rest, e)) return;
  if (rest + 2 < e && s[rest] == '(' && s[e - 1] == ')'
      && memchr(s + rest, '@', e - rest) == NULL
      && !sendmail_note(s, rest + 1, e - 1)) {
    diag_start(st, r, rest + 1, e - 1, 1, CONT_NONE);  /* GroupWise */
    return;
  }
  if (rest < e && (s[rest] == ',' || s[rest] == ';') && joined_addr(s, rest, e)) {
    inline_more(st, ae, e, 0);  /* "a@b, c@d" under the heading: each one */
    return;
  }
  if (rest < e && rest > ae && joined_addr(s, rest - 1, e)) {
    inline_more(st, ae, e, 1);  /* "<a@b> <c@d>", the list run into a line */
    return;
  }
  if (rest < e && s[rest] != '(' && s[rest] != '<' && s[rest] != '['
      && !on_date(s, e, rest)) {
    line_phase(st, r, rest, e);
    find_host(st, r, rest, e);
    find_diag(st, r, rest, e);
    lone_word(st, r, rest, e);
  }
}


/* an enhanced status in a line about recipient t ("Status: 5.1.1", a
   reply's "5.1.1" below the address): its status when its diagnostic
   gives none */
static void line_status (St *st, int t, size_t tb, size_t te) {
  Rec *r = target_rec(st, t);
  size_t i, j = 0;
  if (r == NULL || t == SHARED || r->pstatus != NULL) return;
  if ((i = status_in(st->s, tb, te, &j)) != NONE) {
    r->pstatus = st->s + i;
    r->pstatus_len = j - i;
  }
}

#endif
