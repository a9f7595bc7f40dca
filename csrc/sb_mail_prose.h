/*
** sb_mail_prose.h -- the mail reader's side of prose bounces: the
** records of the prose reader's hits, a delivery status pasted as text
** (found in a text part; a hard wrap's cut Diagnostic-Code), the text
** of a delivery status read for the replies and phases its records
** lack, the header block a prose
** bounce quotes, what the reporting MTA wrote for people, and
** X-Failed-Recipients.  Included by sb_mail.c alone.
*/

#ifndef SB_MAIL_PROSE_H
#define SB_MAIL_PROSE_H

/* {======================================================================
** Prose bounces
** ======================================================================= */

/* parts joined by "\n" */
static sb_mstr join (sb_mail *m, const sb_mstr *t, int n) {
  size_t total = 0, k = 0;
  int i;
  char *out;
  sb_mstr r;
  if (n == 1) return t[0];
  for (i = 0; i < n; i++) total += t[i].n + 1;
  r.p = out = (char *)sb_mime_alloc(m, total);
  r.n = 0;
  if (out == NULL) return r;
  for (i = 0; i < n; i++) {
    memcpy(out + k, t[i].p, t[i].n);
    k += t[i].n;
    out[k++] = '\n';
  }
  r.n = k;
  return r;
}

/* a delivery status pasted as text whose Final-Recipient line comes
   after some of its fields ("Action: failed\nFinal-Recipient: ..."):
   where the run of those field lines right above 'f' starts */
static const char *ds_back (sb_mstr t, const char *f) {
  static const char *const names[] = {
    "action:", "status:", "original-recipient:", "diagnostic-code:",
    "remote-mta:"
  };
  const char *p = f;
  while (p > t.p && p[-1] == '\n') {
    const char *b = p - 1;
    size_t k, l = 0;
    while (b > t.p && b[-1] != '\n') b--;
    for (k = 0; k < sizeof names / sizeof names[0]; k++)
      if ((size_t)(p - b) > (l = strlen(names[k]))
          && sb_mime_ieq(b, l, names[k]))
        break;
    if (k == sizeof names / sizeof names[0]) break;
    p = b;
  }
  return p;
}

/* a text part written as a delivery status (the part's type is wrong):
   from its first line "Reporting-MTA:" or "Final-Recipient:", whichever
   comes first (a tool's view may list a recipient's fields above the
   message's), a Final-Recipient line with the fields pasted above it.
   When there is none and 'pre' is not NULL, *pre the first such line
   after blanks or quote marks ('>'), NULL when none is */
static sb_mstr ds_in_text (sb_mstr t, const char **pre) {
  static const char rm[] = "reporting-mta:", fr[] = "final-recipient:";
  size_t i = 0;
  sb_mstr r, f;
  r.p = f.p = NULL;
  r.n = f.n = 0;
  if (pre != NULL) *pre = NULL;
  while (i < t.n) {  /* one pass: the first of either kind of line */
    const char *p = t.p + i;
    int c = *p | 32;
    if (c == 'r' && f.p == NULL && t.n - i >= sizeof rm - 1
        && sb_mime_ieq(p, sizeof rm - 1, rm)) {
      r.p = p;
      r.n = t.n - i;
      return r;
    }
    if (c == 'f' && f.p == NULL && t.n - i >= sizeof fr - 1
        && sb_mime_ieq(p, sizeof fr - 1, fr)) {
      f.p = p;
      f.n = t.n - i;
      break;  /* before any Reporting-MTA line: the fields read from here */
    }
    if ((*p == ' ' || *p == '\t') && pre != NULL && *pre == NULL) {
      const char *q = p, *e = t.p + t.n;
      while (q < e && (*q == ' ' || *q == '\t')) q++;
      if (q < e && ((c = *q | 32) == 'r' || c == 'f')
          && (((size_t)(e - q) >= sizeof rm - 1 && sb_mime_ieq(q, sizeof rm - 1, rm))
              || ((size_t)(e - q) >= sizeof fr - 1 && sb_mime_ieq(q, sizeof fr - 1, fr))))
        *pre = p;
    }
    p = sb_mime_nl(p, t.p + t.n);  /* to the next line */
    if (p == NULL) break;
    i = (size_t)(p - t.p) + 1;
  }
  if (f.p != NULL) {  /* with the fields pasted above it */
    const char *q = ds_back(t, f.p);
    f.n += (size_t)(f.p - q);
    f.p = q;
  }
  return f;  /* (whichever of the two kinds of line comes first) */
}

/* are the bytes of [p, e) all blanks */
static int blanks_to (const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\r')) p++;
  return p == e;
}

/*
** A copy of the text t with the prefix pre[0, l) taken off each line that
** starts with it; any other line kept ('keep') or made empty, and made
** empty when it holds blanks alone.  NULL when there is no memory.
*/
static sb_mstr unprefixed (sb_mail *m, sb_mstr t, const char *pre, size_t l, int keep) {
  const char *p = t.p, *e = t.p + t.n;
  char *out = (char *)sb_mime_alloc(m, t.n);
  size_t k = 0;
  sb_mstr c;
  c.p = NULL;
  c.n = 0;
  if (out == NULL) return c;
  while (p < e) {
    const char *nl = sb_mime_nl(p, e), *le = nl != NULL ? nl : e;
    if ((size_t)(le - p) >= l && memcmp(p, pre, l) == 0) p += l;  /* the prefix off */
    else if (!keep || blanks_to(p, le)) p = le;
    memcpy(out + k, p, (size_t)(le - p));
    k += (size_t)(le - p);
    if (nl == NULL) break;
    out[k++] = '\n';
    p = nl + 1;
  }
  c.p = out;
  c.n = k;
  return c;
}

/*
** A text part written as a delivery status (ds_in_text), its lines
** indented as a paste leaves them (a markdown code block's
** "    Final-Recipient: ...", a forum's tab): read in a copy of the text with
** the blanks before the first field taken off each line that starts
** with them (a line of blanks alone made empty, the others kept), the
** fields' folds kept.  Only when the mail says "bounce" by 'cue' (an
** empty Return-Path, a report's type) or a daemon's From, not under a
** reply's Subject, nor quoted with '>': a person who writes of a bounce
** quotes its fields so.  r and pre: what ds_in_text(t, &pre) gave.
*/
static int daemon_from (const sb_mail *m);  /* (sb_mail.c) */

static sb_mstr ds_pasted (sb_mail *m, sb_mstr t, int cue, sb_mstr r,
                          const char *pre) {
  const char *e = t.p + t.n, *q;
  sb_mstr c;
  if (r.p != NULL || pre == NULL || !(cue || daemon_from(m))
      || sb_prose_reply_subject(m->subject.p, m->subject.n))
    return r;
  for (q = pre; q < e && (*q == ' ' || *q == '\t'); q++) {}
  c = unprefixed(m, t, pre, (size_t)(q - pre), 1);
  return c.p != NULL ? ds_in_text(c, NULL) : r;
}

/* where the line at p (in t, ending at e) has its "Final-Recipient:"
   when it is quoted, after its quote marks ('>', blanks: ">
   Final-Recipient: ..."), or NULL */
static const char *quoted_final (const char *p, const char *e) {
  const char *q;
  if (*p != '>') return NULL;
  for (q = p; q < e && (*q == '>' || *q == ' '); q++) {}
  if ((size_t)(e - q) > 16 && (*q | 32) == 'f' && sb_mime_ieq(q, 16, "final-recipient:"))
    return q;
  return NULL;
}

/*
** A prose bounce quoted in a person's mail with its delivery status
** ("> Final-Recipient: rfc822; a@b\n> Status: 5.1.1"): the status those
** quoted fields give each record of the same recipient, as the fields
** of a status pasted unquoted give it.  The text's lines quoted as the
** first Final-Recipient line is are read unquoted as fields (the others
** as blank lines); the records they make are left out.  f: that first
** line's field (quoted_final), or NULL.
*/
static void quoted_status (Walk *w, sb_mstr t, const char *f, sb_mstr date) {
  sb_mail *m = w->m;
  const char *pre;
  size_t n0 = m->nrecs, i, j;
  unsigned flags = m->flags;
  sb_mstr c;
  if (f == NULL) return;
  for (pre = f; pre > t.p && pre[-1] != '\n'; pre--) {}
  c = unprefixed(m, t, pre, (size_t)(f - pre), 0);  /* (the quote marks off) */
  if (c.p == NULL || (c = ds_in_text(c, NULL)).p == NULL || read_ds(w, c, date) == 0) return;
  for (i = 0; i < n0; i++)
    for (j = n0; j < m->nrecs; j++)
      if (m->recs[j].status.n > 0 && same_address(m->recs[i].recipient, m->recs[j].recipient)) {
        m->recs[i].status = m->recs[j].status;
        m->recs[i].status_text = m->recs[j].status_text;
        break;
      }
  m->nrecs = n0;
  m->flags = flags;
}

/* was the line of the text t that ends before 'b' (b at the start of
   the next) cut by a hard wrap: the text wrapped (sb_wrap_width) and
   the next line's first word would not have fit on it */
static int wrap_cut (sb_mstr t, const char *b) {
  const char *l = b - 1, *q, *e = t.p + t.n;
  size_t width;
  while (l > t.p && l[-1] != '\n') l--;
  for (q = b; q < e && *q != ' ' && *q != '\n'; q++) ;
  return (width = sb_wrap_width(t.p, t.n, 0)) <= SB_WRAP_MAX
      && (size_t)(b - 1 - l) + 1 + (size_t)(q - b) > width;
}

/*
** A delivery status pasted as text and hard wrapped loses the blanks
** that fold a Diagnostic-Code ("Diagnostic-Code: smtp; 451 4.3.0
** <a@b>...\nFirst-time sender tempfailed ...\n\nLast-Attempt-Date: ...")
** or another field of a recipient ("Remote-MTA: dns; mx.example (192.0.2.1,
** the\nserver for the domain example.org.)\nDiagnostic-Code: ..."):
** in a text hard wrapped (sb_wrap_width), the block's last field, a
** Diagnostic-Code or a recipient's field whose line was cut (the next line's first word would
** not have fit on it), goes on over the lines after it that are no
** field, to a blank line or a field ("... yaloc.moc does\nnot exist
** [Message=...]\nX-Display-Name: ..."); returns the bytes taken.
*/
static size_t ds_field_at (const char *p, const char *e, int rcpt);
static size_t diag_lost_fold (Walk *w, sb_mstr t, const char *b) {
  sb_hfield *f;
  const char *p = b, *q, *e = t.p + t.n;
  int k;
  if (w->hb.n == 0 || (f = &w->hb.f[w->hb.n - 1], !IEQ_LIT(f->name, f->nlen, "diagnostic-code")
                        && ds_field_at(f->name, f->name + f->nlen + 1, 1) != f->nlen))
    return 0;
  q = b - 1;  /* (b - 1 its line end) */
  if (q > f->val && q[-1] == '\r') q--;
  if (q <= f->val || q[-1] == '\n') return 0;  /* a blank line ended the block */
  if (!((*b | 32) >= 'a' && (*b | 32) <= 'z') && !(*b >= '0' && *b <= '9')
      && *b != '<' && *b != '[' && *b != '(')
    return 0;  /* no words ("```" closing a paste's code block) */
  if (!wrap_cut(t, b))
    return 0;  /* not a text hard wrapped, or the field's line not cut */
  for (k = 0; k < SB_MAIL_DIAG_LOST && p < e && *p != '\n' && *p != '\r'; k++) {
    const char *le = sb_mime_nl(p, e);
    if (le == NULL) le = e;
    for (q = p; q < le && *q > ' ' && *q < 127 && *q != ':'; q++) ;
    if (q > p && q < le && *q == ':') break;  /* a field */
    p = le < e ? le + 1 : e;
  }
  if (p == b || (p < e && *p != '\n' && *p != '\r' && k == SB_MAIL_DIAG_LOST))
    return 0;  /* no blank line nor field after */
  f->vlen = (size_t)(p - f->val);
  w->hb_s = NULL;  /* (the block read is no longer as read_headers made it) */
  return (size_t)(p - b);
}

/* the fields of a delivery status (RFC 3464 sections 2.2 and 2.3): the
   message's, then a recipient's ('rcpt') */
static const struct { const char *w; unsigned char n, rcpt; } DS_FIELDS[] = {
  { "reporting-mta", 13, 0 }, { "received-from-mta", 17, 0 }, { "arrival-date", 12, 0 },
  { "original-envelope-id", 20, 0 }, { "dsn-gateway", 11, 0 },
  { "final-recipient", 15, 1 }, { "original-recipient", 18, 1 }, { "action", 6, 1 },
  { "status", 6, 1 }, { "remote-mta", 10, 1 }, { "diagnostic-code", 15, 1 },
  { "last-attempt-date", 17, 1 }, { "will-retry-until", 16, 1 }, { "final-log-id", 12, 1 }
};
#define DS_NFIELDS  (sizeof DS_FIELDS / sizeof DS_FIELDS[0])

/* the length of the name of the field of DS_FIELDS ('rcpt': of a
   recipient's) at p, followed by its colon before e; 0 when none */
static size_t ds_field_at (const char *p, const char *e, int rcpt) {
  size_t i, n = (size_t)(e - p);
  for (i = 0; n > 0 && i < DS_NFIELDS; i++) {
    size_t k = DS_FIELDS[i].n;
    if ((DS_FIELDS[i].rcpt || !rcpt) && DS_FIELDS[i].w[0] == (*p | 32) && n > k
        && p[k] == ':' && sb_mime_ieq(p, k, DS_FIELDS[i].w))
      return k;
  }
  return 0;
}

/*
** A Diagnostic-Code a hard wrap cut before a colon: the line below, read
** as a field of its own, is the rest of its value when its name is none a
** delivery status writes ("550 5.7.1\n<a@b>: Relay access denied", "...
** Requested action not\ntaken: relaying denied"): an address, or one
** word in lower case and no DSN field's.  The value takes the line in,
** the field is dropped.
*/
static void diag_cut_name (Walk *w, sb_mstr t) {
  size_t i, k, j;
  for (i = 1; i < w->hb.n; i++) {
    sb_hfield *d = &w->hb.f[i - 1], *f = &w->hb.f[i];
    int addr = 0, lower = 1;
    if (!IEQ_LIT(d->name, d->nlen, "diagnostic-code")) continue;
    for (k = 0; k < f->nlen; k++) {
      unsigned char c = (unsigned char)f->name[k];
      if (c == '<' || c == '@') addr = 1;
      if (c < 'a' || c > 'z') lower = 0;
    }
    for (k = 0; lower && k < DS_NFIELDS; k++)
      if (f->nlen == DS_FIELDS[k].n && sb_mime_ieq(f->name, f->nlen, DS_FIELDS[k].w)) lower = 0;
    if (!(addr || lower) || f->name <= t.p || f->name[-1] != '\n'
        || !wrap_cut(t, f->name))
      continue;
    d->vlen = (size_t)(f->val + f->vlen - d->val);
    for (j = i + 1; j < w->hb.n; j++) w->hb.f[j - 1] = w->hb.f[j];
    w->hb.n--;
    w->hb_s = NULL;  /* (the block is no longer as read_headers made it) */
  }
}

/* whether the delivery status 't' goes on at 'pos', past blank lines,
   with a field of a recipient */
static int ds_goes_on (sb_mstr t, size_t pos) {
  const char *p = t.p + pos, *e = t.p + t.n;
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
  return ds_field_at(p, e, 1) > 0;
}

static sb_mstr span (const char *p, size_t n) {
  sb_mstr r;
  r.p = n ? p : NULL;
  r.n = n;
  return r;
}

static int prose_hit (void *ud, const sb_prose_hit *h) {
  Walk *w = (Walk *)ud;
  sb_mail *m = w->m;
  sb_mail_rec *r;
  /* a display name (no '@', no '<': Exchange's "Kim Example on <date>")
     whole, an address as address() cuts it; none for a notice that
     names no one (sb_prose's nameless record) */
  sb_mstr rc = h->recipient == NULL ? span(NULL, 0)
             : memchr(h->recipient, '@', h->recipient_len) == NULL
               && memchr(h->recipient, '<', h->recipient_len) == NULL
             ? sb_mime_trim(h->recipient, h->recipient_len)
             : address(span(h->recipient, h->recipient_len));
  size_t i;
  if (rc.n == 0 && h->recipient != NULL) return 0;
  for (i = 0; i < rc.n; i++)  /* from the attached original's raw headers */
    if ((unsigned char)rc.p[i] >= 0x80) { rc = sb_mime_decode_words(m, rc.p, rc.n); break; }
  if (h->recipient == NULL) {  /* kept apart: the first one, the record
                                  only when no other reading names anyone
                                  (nameless) */
    if (w->nameless_hit) return 0;
    w->nameless_hit = 1;
    r = &w->nameless;
  } else if ((r = new_rec(m)) == NULL) {
    return 1;
  }
  r->recipient = rc;
  r->reply = squeeze_lines(m, span(h->diag, h->diag_len), 1);
  if (r->reply.n == 0) r->reply.p = NULL;
  r->remote_mta = span(h->remote_mta, h->remote_mta_len);
  r->status = status_of(span(h->status, h->status_len));
  r->phase = h->phase ? h->phase : r->reply.n ? sb_mail_phase(r->reply.p, r->reply.n) : 0;
  r->action.p = h->temporary == 1 ? "delayed" : "failed";
  r->action.n = strlen(r->action.p);
  return 0;
}

static int domain_byte (unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
         || c == '.' || c == '-';
}

/*
** A Google Groups refusal, which names the group alone ("the group you
** tried to contact (dev) may not exist, or you may not have permission
** to post messages to the group"): a record for the group's address,
** its domain the last one the signature's line names before " admins"
** (a Workspace group's: "example.org admins"), else, signed "Google
** Groups", Google's (googlegroups.com).  Returns the records made.
*/
static size_t group_refusal (sb_mail *m, sb_mstr t, sb_mstr date) {
  static const char cue[] = "group you tried to contact ";
  const char *c = t.p, *e = t.p + t.n, *b, *q, *a, *d = NULL;
  size_t dn = 0, nn, cl = sizeof cue - 1;
  sb_mail_rec *r;
  char *addr;
  /* the cue before a '(' (memchr's pace: most texts have few) */
  while ((c = (const char *)memchr(c, '(', (size_t)(e - c))) != NULL
         && !((size_t)(c - t.p) >= cl && sb_mime_ieq(c - cl, cl, cue)))
    c++;
  if (c == NULL) return 0;
  b = c + 1;
  c -= cl;
  for (q = b; q < e && q - b < 64 && (domain_byte((unsigned char)*q) || *q == '_' || *q == '+'); q++) ;
  if (q == b || q >= e || *q != ')') return 0;
  if ((a = sb_mime_ifind(q, (size_t)(e - q), " admins")) != NULL) {  /* Workspace */
    const char *l = a, *x = a;
    while (l > q && l[-1] != '\n') l--;
    while (x > l && d == NULL) {  /* the last name with a dot before it */
      const char *y;
      while (x > l && !domain_byte((unsigned char)x[-1])) x--;
      for (y = x; y > l && domain_byte((unsigned char)y[-1]); y--) ;
      if (memchr(y, '.', (size_t)(x - y)) != NULL && x[-1] != '.') { d = y; dn = (size_t)(x - y); }
      x = y;
    }
  } else if (sb_mime_icontains(q, (size_t)(e - q), "google groups")) {
    d = "googlegroups.com";
    dn = 16;
  }
  if (d == NULL || (r = new_rec(m)) == NULL) return 0;
  nn = (size_t)(q - b);
  if ((addr = (char *)sb_mime_alloc(m, nn + 1 + dn)) == NULL) return 0;
  memcpy(addr, b, nn);
  addr[nn] = '@';
  memcpy(addr + nn + 1, d, dn);
  r->recipient = span(addr, nn + 1 + dn);
  for (a = q; a < e && *a != '.' && *a != '\n' && (unsigned char)*a < 0x80  /* (English) */
              && a - c < 300; a++) ;
  if (c - t.p >= 4 && sb_mime_ieq(c - 4, 4, "the ")) c -= 4;  /* (with its "the ") */
  r->reply = squeeze_lines(m, span(c, (size_t)(a - c)), 1);
  r->action = span("failed", 6);
  r->time = date;
  return 1;
}

/* who sent an auto-reply: its From, or when a list put its own address
   there ("Kim via list" <list@...>: the From of Mailman, Google Groups,
   Sympa and others under DMARC) the other address its Reply-To names */
static sb_mstr auto_who (sb_mstr from, sb_mstr reply_to) {
  sb_mstr f = first_address(from), r = first_address(reply_to);
  const char *lt = from.n ? (const char *)memchr(from.p, '<', from.n) : NULL;
  size_t i;
  if (r.n == 0 || f.n == 0 || lt == NULL
      || !sb_mime_icontains(from.p, (size_t)(lt - from.p), " via "))
    return from;
  for (i = 0; i < r.n && r.n == f.n; i++)
    if ((r.p[i] | 32) != (f.p[i] | 32)) break;
  return i < r.n || r.n != f.n ? r : from;
}

/* who a challenge ('held': challenge() said it is one) holds the message
   for: the address its Subject names ("kim@example.org: ...
   (Quarantine)"), else the auto-reply's sender */
static sb_mstr held_for (const sb_mail *m, sb_mstr reply_to, int held) {
  sb_mstr a = first_address(m->subject);
  while (a.n > 0 && strchr(":.,;)", a.p[a.n - 1]) != NULL) a.n--;  /* "a@b: ..." */
  return held && a.n > 0 ? a : auto_who(m->from, reply_to);
}

/* a reply marked automatic that refuses the message (refusal): the
   record of its sender, failed, the line that refuses as its reply */
static size_t read_refusal (sb_mail *m, sb_mstr reply_to, sb_mstr text, sb_mstr date) {
  sb_mstr who = first_address(auto_who(m->from, reply_to));
  const char *p = refusal_at(text), *l, *e, *end = text.p + text.n;
  sb_mail_rec *r;
  size_t n;
  if (p == NULL || who.n == 0 || (r = new_rec(m)) == NULL) return 0;
  for (l = p; l > text.p && l[-1] != '\n'; l--) ;  /* its sentence */
  for (e = p; e < end && *e != '.' && e - p < 300; e++) ;
  n = (size_t)(e - l) + (e < end);  /* (and its '.') */
  while (n > 0 && l + n < end && ((unsigned char)l[n] & 0xC0) == 0x80)
    n--;  /* a long one cut between characters, not inside one */
  r->recipient = who;
  r->reply = squeeze_lines(m, span(l, n), 1);
  r->action = span("failed", 6);
  r->time = date;
  m->format = SB_MAIL_PROSE;
  m->family = "generic";
  return 1;
}

/* the words that say "to" or "for" before an address, in English and
   in the languages of the notices read (Spanish, Portuguese and Italian
   "a" and "para", French "à" and "pour", German "für", Dutch "aan",
   Russian "адресату"), lower case; not the words English uses otherwise
   (German "an", Italian "per", Swedish "till": "created by an admin at
   example.org") */
static const char *const TO_WORDS[] = {
  "to", "for", "a", "para", "\xc3\xa0", "pour", "f\xc3\xbcr", "aan",
  "\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0\xd1\x82\xd1\x83"
};

/* is w[0..n) one of TO_WORDS (ASCII letters in any case)? */
static int to_word (const char *w, size_t n) {
  size_t i, k;
  for (i = 0; i < sizeof TO_WORDS / sizeof TO_WORDS[0]; i++) {
    const char *x = TO_WORDS[i];
    if (strlen(x) != n) continue;
    for (k = 0; k < n && (((unsigned char)w[k] < 0x80 ? w[k] | 32 : w[k]) == x[k]); k++) {}
    if (k == n) return 1;
  }
  return 0;
}

/* does the word before the blank at p [ls, ...) read as a reply code or
   an enhanced status ("550", "5.1.1": "said: 550 5.1.1 <a@b>: Recipient
   address rejected", where the address is the reply's, not a line's
   lead; "552 kim at example.org has a full mailbox") */
static int paste_after_code (const char *p, const char *ls) {
  const char *q = p;
  int digits = 0;
  while (q > ls && ((q[-1] >= '0' && q[-1] <= '9') || q[-1] == '.')) digits += *--q != '.';
  return digits >= 3 && (q == ls || q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\n')
      && *q >= '2' && *q <= '5';
}

/* a byte of a hidden address's local part: an atom's, '.', '_', '+', a
   bang path's '!', a route's '%', a VERP's '=' and a mask's '*'
   ("****** at example.jp") */
#define HID_LOCAL(c)  (ATOM(c) || (c) == '.' || (c) == '_' || (c) == '+' || (c) == '!' \
                       || (c) == '%' || (c) == '=' || (c) == '*')

/* does a character of CJK or Hangul script, or a full width punctuation
   mark ("\xef\xbc\x9a", "\xef\xbc\x88"), end at b (after [s, b)) or
   start at p (before e)?  (three bytes of UTF-8 led by 0xe3 to 0xed, or
   0xef 0xbc or 0xbd) */
static int cjk_lead (const unsigned char *p) {
  return (p[0] >= 0xe3 && p[0] <= 0xed) || (p[0] == 0xef && (p[1] == 0xbc || p[1] == 0xbd));
}
static int cjk_end (const char *s, const char *b) {
  return b - s >= 3 && cjk_lead((const unsigned char *)b - 3)
      && ((unsigned char)b[-1] & 0xc0) == 0x80 && ((unsigned char)b[-2] & 0xc0) == 0x80;
}
static int cjk_start (const char *p, const char *e) {
  return e - p >= 3 && cjk_lead((const unsigned char *)p)
      && ((unsigned char)p[1] & 0xc0) == 0x80 && ((unsigned char)p[2] & 0xc0) == 0x80;
}

/* a hidden address whose local part [l, p) is led in to as an address
   is in a sentence: after '(', '[', a quote, ':', ';' or ',', a word of
   TO_WORDS ("delivery to kim at example.org failed", "entregue a kim at
   example.org"), a reply code or status ("552 kim at example.org has a
   full mailbox") or after a CJK character or mark, or one no word of
   prose is (a digit, '.', '_' or '+' in it: "kim.lee at example.org") */
static int hid_lead (sb_mstr t, const char *l, const char *p) {
  const char *b = l, *w;
  for (w = l; w < p; w++)
    if ((*w >= '0' && *w <= '9') || *w == '.' || *w == '_' || *w == '+') return 1;
  while (b > t.p && (b[-1] == ' ' || b[-1] == '\t')) b--;
  if (b == t.p) return 0;  /* (a line's start: hid_place's) */
  if (cjk_end(t.p, b)) return 1;  /* after a CJK character or its punctuation,
                                     glued or not: "\xe5\x88\xb0kim at ...",
                                     "\xef\xbc\x9a kim at ..." */
  if (b[-1] == '(' || b[-1] == '"' || b[-1] == '\'' || b[-1] == ':' || b[-1] == ','
      || b[-1] == ';' || b[-1] == '[' || (b == l && b[-1] == ']'))
    return 1;  /* (with or without a blank: "550 (kim at example.org)...";
                  a forum's "[email]kim at example.org[/email]") */
  if (b < l && paste_after_code(b, t.p)) return 1;
  if (b == l) return 0;
  for (w = b; w > t.p && (((w[-1] | 32) >= 'a' && (w[-1] | 32) <= 'z')
                          || (unsigned char)w[-1] >= 0x80); w--) {}
  if (w > t.p && w[-1] != ' ' && w[-1] != '\t' && w[-1] != '\n') return 0;
  return to_word(w, (size_t)(b - w));
}

/* is the hidden address [.., p) " at " [.., q) where an address stands
   alone: in angle brackets ("<kim at example.org>"), or alone on its
   line ("  kim at example.org", "kim at example.org:"), and not in a
   sentence ("Kim wasn't found at example.org.")? */
static int hid_place (sb_mstr t, const char *p, const char *q) {
  const char *l = p, *e = t.p + t.n;
  while (l > t.p && p - l < 64 && HID_LOCAL(l[-1])) l--;
  if (l > t.p && l[-1] == '<') return q < e && *q == '>';
  if ((size_t)(e - q) > 8 && sb_mime_ieq(q, 8, "<mailto:"))
    return 1;  /* an Outlook plain text's link after it: "kim at
                  example.org<mailto:kim at example.org>" */
  if (hid_lead(t, l, p)) return 1;
  for (;;) {  /* a list item's blanks and mark: '*', '-', '\u2022'; a
                quote's '>' */
    if (l > t.p && (l[-1] == ' ' || l[-1] == '\t' || l[-1] == '*' || l[-1] == '-'
                    || l[-1] == '>')) l--;
    else if (l - t.p >= 3 && memcmp(l - 3, "\xe2\x80\xa2", 3) == 0) l -= 3;
    else break;
  }
  if (l > t.p && l[-1] != '\n') return 0;
  if (q < e && (cjk_start(q, e) || (q + 1 < e && *q == ' ' && cjk_start(q + 1, e))))
    return 1;  /* a line that starts with it, a CJK sentence going on:
                  "kim at example.org \xeb\x8b\x98\xea\xbb\x98 ..." */
  if (q + 1 < e && *q == ' ' && (q[1] == '(' || (q + 3 < e && q[1] == 'o' && q[2] == 'n'
                                                && q[3] == ' ')))
    return 1;  /* a line that starts with it: "kim at example.org (expanded
                  from ...", "kim at example.org on 6/17/2015 11:06 AM" */
  if (q < e && (*q == ':' || *q == ';' || *q == ','))
    return 1;  /* a label, a list: "kim at example.org: host ...",
                  "kim at example.org; Failed; 5.2.2" */
  while (q < e && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
  return q == e || *q == '\n';
}

/* the next 't' at or after q in [.., e) that hid_next looks at (q[-1]
   read), or NULL: sixteen bytes a step (SSE2) the first after an 'a',
   in the last few bytes (or without SSE2) any 't' (memchr; hid_next
   passes over one after no 'a') */
static const char *next_t (const char *q, const char *e) {
#if SB_MIME_SIMD16
  for (; e - q >= 16; q += 16) {
    const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
    const __m128i w = _mm_loadu_si128((const __m128i *)(const void *)(q - 1));
    unsigned hit = (unsigned)_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('t')),
                    _mm_cmpeq_epi8(w, _mm_set1_epi8('a'))));
    if (hit != 0) return q + __builtin_ctz(hit);
  }
#endif
  return (const char *)memchr(q, 't', (size_t)(e - q));
}

/* the space or bracket at or after p in [b, e) that starts a hidden
   "at" (hid_word), found by its 't', or MARC's " () " by its ')'; e when
   none does */
static const char *hid_next (const char *b, const char *p, const char *e) {
  const char *q = p + 2, *r = p + 2;
  while (q < e && (q = next_t(q, e)) != NULL) {
    if (q[-1] == 'a') {  /* (" (at) " before its bracket's "(at)") */
      if (q - 3 >= p && q - 3 >= b && hid_word(q - 3, e, 0) != 0) {
        q--;
        break;
      }
      if (q - 2 >= p && hid_word(q - 2, e, 0) != 0) break;
    }
    q++;
  }
  q = q == NULL || q >= e ? e : q - 2;
  while (r < q && (r = (const char *)memchr(r, ')', (size_t)(q - r))) != NULL) {
    if (r - 2 >= p && marc_at(r - 2) && hid_word(r - 2, e, 0) != 0) return r - 2;
    r++;
  }
  return q;
}

/* a text whose addresses a list archive hid that way: *tp with them
   written back ("kim@example.org") and 1, or 0 when it hid none.  Read
   only when the text named no one otherwise: one pass then */
static int at_words (sb_mail *m, sb_mstr *tp) {
  sb_mstr t = *tp;
  const char *p = t.p, *e = t.p + t.n;
  char *out = NULL;
  size_t k = 0, n = 0;
  while (p < e) {
    const char *q = hid_next(t.p, p, e), *d;
    size_t l;
    if (out != NULL) {  /* (to the next hidden "at": no other space can
                           start one) */
      memcpy(out + k, p, (size_t)(q - p));
      k += (size_t)(q - p);
    }
    if ((p = q) == e) break;
    if (p == t.p || !HID_LOCAL(p[-1]) || (l = hid_word(p, e, 0)) == 0) {
      if (out != NULL) out[k++] = *p;
      p++;
      continue;
    }
    d = p + l;  /* the domain: labels joined by '.' or a hidden dot */
    if ((q = hid_domain(d, e, marc_at(p) ? 2 : 1)) == NULL
        || !hid_place(t, p, q)) {
      if (out != NULL) out[k++] = *p;
      p++;
      continue;
    }
    if (out == NULL) {
      if ((out = (char *)sb_mime_alloc(m, t.n)) == NULL) return 0;
      memcpy(out, t.p, (size_t)(p - t.p));
      k = (size_t)(p - t.p);
    }
    out[k++] = '@';
    while (d < q) {  /* the domain, its hidden dots as '.' */
      if (*d == ' ' || *d == '(' || *d == '[') {
        d += hid_word(d, q, 1);
        out[k++] = '.';
      } else {
        out[k++] = *d++;
      }
    }
    p = q;
    n++;
  }
  if (n == 0) return 0;
  tp->p = out;
  tp->n = k;
  return 1;
}
/* the length of the address token at p whose local part a markdown
   writer escaped ("kim\_lee@example.org"): its escapes, atoms and dots
   up to an '@' and a domain label; 0 when p starts none */
static size_t md_token (const char *p, const char *e) {
  const char *q = p;
  int esc = 0;
  while (q < e) {
    if (*q == '\\' && q + 1 < e && q[1] == '_') { esc = 1; q += 2; }
    else if (ATOM(*q) || *q == '.' || *q == '+') q++;
    else break;
  }
  return esc && q + 1 < e && *q == '@' && (ATOM(q[1])) ? (size_t)(q - p) : 0;
}

/*
** A text copied from markdown (an issue, a guide) whose writer escaped
** the underscores of an address's local part ("gitlab\_admin@example.com"):
** *tp with those escapes dropped and 1, or 0 when it has none.  Only
** address tokens change: a backslash elsewhere stays.
*/
static int md_escapes (sb_mail *m, sb_mstr *tp) {
  sb_mstr t = *tp;
  const char *p = t.p, *done = t.p, *e = t.p + t.n, *c;
  char *out = NULL;
  size_t k = 0;
  while ((c = (const char *)memchr(p, '\\', (size_t)(e - p))) != NULL) {
    const char *b = c, *q;
    size_t l;
    while (b > done && c - b < 64 && (ATOM(b[-1]) || b[-1] == '.' || b[-1] == '+')) b--;
    if (b == c || (l = md_token(b, e)) == 0) {
      p = c + 1;
      continue;
    }
    if (out == NULL && (out = (char *)sb_mime_alloc(m, t.n)) == NULL) return 0;
    memcpy(out + k, done, (size_t)(b - done));  /* the text before it */
    k += (size_t)(b - done);
    for (q = b; q < b + l; q++)
      if (!(*q == '\\' && q[1] == '_')) out[k++] = *q;
    done = p = b + l;
  }
  if (out == NULL) return 0;
  memcpy(out + k, done, (size_t)(e - done));
  tp->p = out;
  tp->n = k + (size_t)(e - done);
  return 1;
}

#undef ATOM

/*
** The typeset apostrophe (U+2019, bytes E2 80 99) as "'" in *tp, as the
** phrases and markers are written ("wasn't delivered", "couldn't be
** found"), when a word processor, a web page or a mail client set it
** ("wasn\342\200\231t"): 1 when there was one, else 0 (*tp kept).
*/
static int typeset_apostrophes (sb_mail *m, sb_mstr *tp) {
  const char *p = tp->p, *done = tp->p, *e = tp->p + tp->n, *c;
  char *out = NULL;
  size_t k = 0;
  while ((c = (const char *)memchr(p, 0xE2, (size_t)(e - p))) != NULL) {
    p = c + 1;
    if (e - c < 3 || (unsigned char)c[1] != 0x80 || (unsigned char)c[2] != 0x99) continue;
    if (out == NULL && (out = (char *)sb_mime_alloc(m, tp->n)) == NULL) return 0;
    memcpy(out + k, done, (size_t)(c - done));  /* the text before it */
    k += (size_t)(c - done);
    out[k++] = '\'';
    done = p = c + 3;
  }
  if (out == NULL) return 0;
  memcpy(out + k, done, (size_t)(e - done));
  tp->p = out;
  tp->n = k + (size_t)(e - done);
  return 1;
}

/* a name of a record of the delivery status (ASCII case-insensitive) */
static sb_mail_rec *rec_of (sb_mail *m, sb_mstr who) {
  size_t i, j;
  for (i = 0; i < m->nrecs; i++) {
    sb_mstr r = m->recs[i].recipient;
    if (r.n != who.n) continue;
    for (j = 0; j < r.n; j++) {
      char a = r.p[j], b = who.p[j];
      if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
      if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
      if (a != b) break;
    }
    if (j == r.n) return &m->recs[i];
  }
  return NULL;
}

/* the hint of phase_hint (below) whose 'y' or 'f' would be the text's
   byte j: 1 when it is there */
static inline int hint_at (sb_mstr t, size_t j) {
  static const struct { const char *s; size_t len, at; } hints[] = {
    { "in reply to ", 12, 7 }, { "after rcpt", 10, 1 }, { "after mail", 10, 1 },
    { "after data", 10, 1 }, { "after end of data", 17, 1 }
  };
  int c = t.p[j] | 32;
  size_t k;
  if (c != 'f' && c != 'y') return 0;
  for (k = 0; k < sizeof hints / sizeof hints[0]; k++) {
    size_t at = hints[k].at;
    if (hints[k].s[at] == c && j >= at && t.n - (j - at) >= hints[k].len
        && (t.p[j - at] | 32) == hints[k].s[0]  /* (the first byte first) */
        && sb_mime_ieq(t.p + j - at, hints[k].len, hints[k].s)) return 1;
  }
  return 0;
}

/* does the text name an SMTP phase as the MTAs that write one do
   (Postfix "in reply to RCPT TO command", Exim "after RCPT TO:"),
   ASCII case-insensitive.  Each hint has a 'y' (the first) or an 'f'
   (the others) at a fixed place ('at'): only the text's 'f's and 'y's
   are looked at, sixteen bytes a step (SSE2) or eight, each candidate
   of a step in turn */
static int phase_hint (sb_mstr t) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  size_t i = 0, j;
#if SB_MIME_SIMD16
  for (; i + 16 <= t.n; i += 16) {
    const __m128i v = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(t.p + i)),
                                   _mm_set1_epi8(0x20));
    unsigned hit = (unsigned)_mm_movemask_epi8(
      _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('f')),
                   _mm_cmpeq_epi8(v, _mm_set1_epi8('y'))));
    for (; hit != 0; hit &= hit - 1)
      if (hint_at(t, i + (size_t)__builtin_ctz(hit))) return 1;
  }
#endif
  for (; i + 8 <= t.n; i += 8) {  /* each 'f' or 'y' of a step (and maybe
                                     a byte above one: checked) */
    uint64_t v = load8(t.p + i) | ones * 0x20, f, y, hit;
    f = v ^ (ones * 'f');  /* ('F' and 'f' alike, 'Y' and 'y' alike) */
    y = v ^ (ones * 'y');
    for (hit = (((f - ones) & ~f) | ((y - ones) & ~y)) & high; hit != 0;
         hit &= hit - 1)
      if (hint_at(t, i + low_byte(hit))) return 1;
  }
  for (j = i; j < t.n; j++)
    if (hint_at(t, j)) return 1;
  return 0;
}

/* a recipient masked in the delivery status ("****@****", "xxx@..."
   written for privacy): no letter or digit before its '@' but x's */
static int masked (sb_mstr a) {
  size_t i;
  for (i = 0; i < a.n && a.p[i] != '@'; i++)
    if (((a.p[i] | 32) >= 'a' && (a.p[i] | 32) <= 'z' && (a.p[i] | 32) != 'x')
        || (a.p[i] >= '0' && a.p[i] <= '9') || (unsigned char)a.p[i] >= 0x80)
      return 0;
  return a.n > 0;
}

/* does the masked address 'a' have the domain of 'b', or a domain
   masked too ("****@****")?  (ASCII case-insensitive) */
static int same_domain (sb_mstr a, sb_mstr b) {
  const char *da = memchr(a.p, '@', a.n), *db = memchr(b.p, '@', b.n);
  size_t n, i;
  int letters = 0;
  if (da == NULL || db == NULL) return 0;
  n = a.n - (size_t)(da - a.p);
  for (i = 1; i < n; i++)
    letters |= ((da[i] | 32) >= 'a' && (da[i] | 32) <= 'z' && (da[i] | 32) != 'x')
            || (da[i] >= '0' && da[i] <= '9');
  if (!letters) return 1;
  if (n != b.n - (size_t)(db - b.p)) return 0;
  for (i = 1; i < n; i++)
    if ((da[i] | 32) != (db[i] | 32)) return 0;
  return 1;
}

/* a recipient the text of a delivery status names: its reply when the
   status part gave none, its phase when the diagnostic named none
   (Postfix writes "(in reply to RCPT TO command)" in the text only);
   its address when the status part's one record has it masked */
static int ds_text_hit (void *ud, const sb_prose_hit *h) {
  Walk *w = (Walk *)ud;
  sb_mail *m = w->m;
  sb_mstr who = address(span(h->recipient, h->recipient_len));
  sb_mail_rec *r = rec_of(m, who);
  sb_mstr diag;
  int addr = who.n > 0 && memchr(who.p, '@', who.n) != NULL && !masked(who);
  if (r != NULL && w->ds_text) w->ds_text = 2;
  if (r == NULL && m->nrecs == 1 && masked(m->recs[0].recipient) && addr
      && w->ds_text != 2 && same_domain(m->recs[0].recipient, who))
    (r = &m->recs[0])->recipient = who;
  if (r == NULL && addr && w->ds_text && m->nrecs > 0 && m->nrecs < 64) {
    /* a recipient of the text that a pasted status lost (cut short) */
    size_t k = m->nrecs;
    sb_mstr t0 = m->recs[0].time;
    prose_hit(ud, h);
    if (m->nrecs > k) m->recs[k].time = t0;
    return 0;
  }
  if (r == NULL) return 0;
  diag = squeeze_lines(m, span(h->diag, h->diag_len), 1);
  if (r->reply.p == NULL && diag.n > 0) r->reply = diag;
  if (r->phase == 0)
    r->phase = h->phase ? h->phase : diag.n ? sb_mail_phase(diag.p, diag.n) : 0;
  return 0;
}

/* does the line at p (text up to e) start a usual header field: the
   header block a prose bounce quotes starts there */
static int header_start (const char *p, const char *e) {
  static const struct { const char *s; size_t len; } names[] = {
    { "return-path:", 12 }, { "received:", 9 }, { "message-id:", 11 }
  };
  size_t k;
  int c = *p | 32;  /* (the first byte first) */
  for (k = 0; k < sizeof names / sizeof names[0]; k++) {
    size_t l = names[k].len;
    if (c == names[k].s[0] && (size_t)(e - p) >= l && sb_mime_ieq(p, l, names[k].s))
      return 1;
  }
  return 0;
}

/* the header block a prose bounce quotes (from its first line that
   header_start takes; looked for when 'hdrs'), and where its first
   quoted Final-Recipient is (quoted_final) in *fin: the text's lines
   read once for both */
static sb_mstr quoted_parts (sb_mstr t, int hdrs, const char **fin) {
  const char *p = t.p, *e = t.p + t.n;
  sb_mstr r;
  r.p = NULL; r.n = 0;
  *fin = NULL;
  while (p < e && (hdrs || *fin == NULL)) {
    const char *nl = sb_mime_nl(p, e);
    if (hdrs && header_start(p, e)) {
      r.p = p;
      r.n = (size_t)(e - p);
      hdrs = 0;
    }
    if (*fin == NULL) *fin = quoted_final(p, e);
    if (nl == NULL) break;
    p = nl + 1;
  }
  return r;
}

/*
** What the reporting MTA wrote for people, for records without a reply
** (sb_mail.explanation): 't' unfolded, cut before 'stop' when it lies
** in t (a delivery status written into the text), and at
** SB_MAIL_MAX_EXPLAIN bytes (on a UTF-8 character's start).
*/
static void explain (sb_mail *m, sb_mstr t, const char *stop) {
  sb_mstr v;
  if (t.p == NULL || t.n == 0) return;
  if (stop != NULL && stop >= t.p && stop < t.p + t.n) t.n = (size_t)(stop - t.p);
  if (t.n > 4 * SB_MAIL_MAX_EXPLAIN) t.n = 4 * SB_MAIL_MAX_EXPLAIN;
  v = squeeze(m, t);
  if (v.n > SB_MAIL_MAX_EXPLAIN) {
    v.n = SB_MAIL_MAX_EXPLAIN;
    while (v.n > 0 && ((unsigned char)v.p[v.n] & 0xC0) == 0x80) v.n--;
  }
  if (v.n > 0) m->explanation = v;
}

/* how deep the line at p (to e) is quoted ('>' marks, spaces between),
   *words set when a word follows the marks */
static int quoted_depth (const char *p, const char *e, int *words) {
  int d = 0;
  for (; p < e && *p != '\n'; p++)
    if (*p == '>') d++;
    else if (*p != ' ' && *p != '\t' && *p != '\r') break;
  *words = p < e && *p != '\n' && *p != '\r';
  return d;
}

/*
** The part of 't' that explains a recipient named at 'a' on a quoted
** line ("> Your message couldn't be delivered to a@b. ..."): a person's
** reply that quotes a notice wraps it in the thread's words (its own
** lines, the older posts quoted deeper), and the notice is the run of
** lines quoted as deep as a's around it (lines of the marks alone
** within).  All of 't' when a's line is not quoted.
*/
static sb_mstr quoted_notice (sb_mstr t, sb_mstr a) {
  const char *e = t.p + t.n, *b, *f, *p;
  int d, w, dd;
  if (a.p == NULL || a.p < t.p || a.p >= e) return t;
  for (b = a.p; b > t.p && b[-1] != '\n'; b--) {}
  if ((d = quoted_depth(b, e, &w)) == 0) return t;
  while (b > t.p) {  /* back, line by line */
    for (p = b - 1; p > t.p && p[-1] != '\n'; p--) {}
    dd = quoted_depth(p, e, &w);
    if (w ? dd != d : dd == 0 || dd > d) break;
    b = p;
  }
  while (quoted_depth(b, e, &w) > 0 && !w)  /* from its first words */
    b = (const char *)memchr(b, '\n', (size_t)(e - b)) + 1;
  for (f = a.p; f < e; ) {  /* and on */
    const char *nl = (const char *)memchr(f, '\n', (size_t)(e - f));
    f = nl != NULL ? nl + 1 : e;
    if (f >= e) break;
    dd = quoted_depth(f, e, &w);
    if (w ? dd != d : dd == 0 || dd > d) break;
  }
  return span(b, (size_t)(f - b));
}

/* the next address of a list "a@b, <c@d>, ..." (X-Failed-Recipients)
   from *pos: 1 and *out, or 0 at its end */
static int next_listed (sb_mstr v, size_t *pos, sb_mstr *out) {
  while (*pos < v.n) {
    size_t b = *pos, e;
    const char *c = (const char *)memchr(v.p + b, ',', v.n - b);
    e = c != NULL ? (size_t)(c - v.p) : v.n;
    *pos = e + 1;
    *out = first_address(span(v.p + b, e - b));
    if (out->n > 0) return 1;
  }
  return 0;
}

/* is 'who' in the list 'v' (ASCII case-insensitive) */
static int listed (sb_mstr v, sb_mstr who) {
  size_t pos = 0, j;
  sb_mstr a;
  while (next_listed(v, &pos, &a)) {
    if (a.n != who.n) continue;
    for (j = 0; j < a.n; j++) {
      char x = a.p[j], y = who.p[j];
      if (x >= 'A' && x <= 'Z') x = (char)(x + 32);
      if (y >= 'A' && y <= 'Z') y = (char)(y + 32);
      if (x != y) break;
    }
    if (j == a.n) return 1;
  }
  return 0;
}

/*
** X-Failed-Recipients (Exim and others) on a prose bounce: the MTA's own
** list of who failed.  When the text named recipients and some of them
** are listed, the ones not listed are dropped (an address the prose
** reading took from elsewhere); when it named none, the listed ones are
** the records (with no reply: the text explains, sb_mail.explanation).
** A record naming no one (the text said what failed, not who) gives
** way to the listed ones.  Returns the records now.
*/
static size_t failed_recipients (sb_mail *m, sb_mstr failed, size_t before) {
  size_t i, k, in = 0, pos = 0;
  sb_mstr a;
  if (failed.n == 0) return m->nrecs - before;
  if (failed.n > 4096) failed.n = 4096;  /* bounds the confirming */
  if (m->nrecs == before + 1 && m->recs[before].recipient.p == NULL
      && next_listed(failed, &pos, &a)) {
    m->nrecs = before;
    pos = 0;
  }
  for (i = before; i < m->nrecs; i++) in += listed(failed, m->recs[i].recipient);
  if (in > 0) {  /* confirm */
    for (i = k = before; i < m->nrecs; i++)
      if (listed(failed, m->recs[i].recipient)) m->recs[k++] = m->recs[i];
    m->nrecs = k;
  } else if (m->nrecs == before) {  /* the text named none */
    while (next_listed(failed, &pos, &a)) {
      sb_mail_rec *r;
      if (rec_of(m, a) != NULL) continue;
      if ((r = new_rec(m)) == NULL) break;
      r->recipient = a;
      r->action.p = "failed";
      r->action.n = 6;
    }
  }
  return m->nrecs - before;
}

/* }====================================================================== */

#endif
