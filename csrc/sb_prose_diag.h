/*
** sb_prose_diag.h -- where a line of a prose bounce gives a diagnostic:
** a transcript's reply, a reply the text marks ("said:", "Remote Server
** returned '", "(reason: ", Exchange's "#550 5.1.1 ... ##"), a bare
** reply, prose; and the remote host a line names.  Included by
** sb_prose.c alone, inside its reading of one line.
*/

#ifndef SB_PROSE_DIAG_H
#define SB_PROSE_DIAG_H

/*
** The bytes of [b, e) (bytes_of), or of a range around it read before
** (a line: find_host and find_diag look at the same one): a filter
** before each search for a literal there (CI_FIND_L).
*/
static uint64_t line_bytes (St *st, size_t b, size_t e) {
  if (b < st->lb_b || e > st->lb_e) {
    st->lb = bytes_of(st->s, b, e);
    st->lb_b = b;
    st->lb_e = e;
  }
  return st->lb;
}

/* CI_FIND in s; none looked for when [b, e), whose bytes are in
   'set' (line_bytes), lacks a byte of it */
#define CI_FIND_L(set, s, b, e, lit)  \
  (LIT_OUT(set, lit) ? NONE : CI_FIND(s, b, e, lit))

/* "host H[ip]", "H [ip]", "while talking to H.:", qmail's "Connected to
   H but", "H does not like recipient", "Giving up on H." */
static void find_host (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  const Rec *r = target_rec(st, t);
  const uint64_t set = line_bytes(st, b, e);
  size_t i, j;
  if ((i = CI_FIND_L(set, s, b, e, "while talking to ")) != NONE) {
    i += 17;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    st->host = s + i;
    st->host_len = j - i;
    while (st->host_len > 0 && st->host[st->host_len - 1] == '.')
      st->host_len--;
    set_host(st, t, i, j);
    return;
  }
  if (r == NULL || r->h.remote_mta != NULL) return;  /* none to set */
  if ((i = CI_FIND_L(set, s, b, e, "remote server at ")) != NONE
      || (i = CI_FIND_L(set, s, b, e, "remote mta ")) != NONE) {
    i += lower((unsigned char)s[i + 7]) == 's' ? 17 : 11;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, i, j);
    return;
  }
  /* Exchange: "The following organization rejected your message: H." */
  if ((i = CI_FIND_L(set, s, b, e, "rejected your message: ")) != NONE) {
    i += 23;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, i, j);
    return;
  }
  if ((i = CI_FIND_L(set, s, b, e, "connected to ")) != NONE
      || (i = CI_FIND_L(set, s, b, e, "giving up on ")) != NONE) {
    i += 13;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, i, j);
    return;
  }
  if (CI_FIND_L(set, s, b, e, " does not like recipient") != NONE
      || CI_FIND_L(set, s, b, e, " failed after i sent the message") != NONE
      || CI_FIND_L(set, s, b, e, " failed on data command") != NONE) {
    for (j = b; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, b, j);
    return;
  }
  /* a host name right before "[digits" or "[IPv6:", with or without
     a space */
  for (i = b; i < e; i++) {
    const char *lb = (const char *)memchr(s + i, '[', e - i);
    size_t end, hb;
    if (lb == NULL) break;  /* (each '[' in turn) */
    end = i = (size_t)(lb - s);
    if (i + 1 >= e) continue;
    if (!is_digit((unsigned char)s[i + 1]) && !CI_AT(s, e, i + 1, "ipv6:"))
      continue;
    if (end > b && s[end - 1] == ' ') end--;
    hb = host_back(s, b, end);
    if (hb < end && memchr(s + hb, '.', end - hb) != NULL) {
      set_host(st, t, hb, end);
      return;
    }
  }
}

/* "host H [ip]: " or "host H[ip] said: " before a reply: where the reply
   starts, or b */
static size_t skip_host_prefix (const char *s, size_t b, size_t e) {
  size_t i;
  if (!CI_AT(s, e, b, "host ")) return b;
  i = CI_FIND(s, b, e, "]: ");
  if (i != NONE && i + 3 < e && reply_at(s, e, i + 3)) return i + 3;
  return b;
}

/* where the first address may start on a list heading's line after its
   marker (at p): past dashes, a colon and blanks ("----- ... fatal
   errors ----- <a@b>"), or past the heading's last words up to its colon
   ("... have been processed by the mail server: a@b; Failed; ...") */
static size_t heading_end (const char *s, size_t p, size_t e) {
  size_t q, lim = e - p > 40 ? p + 40 : e;
  for (q = p; q < lim && (is_alnum((unsigned char)s[q])
                          || is_space((unsigned char)s[q])); q++) ;
  if (q > p && q < lim && s[q] == ':') p = q;
  while (p < e && (s[p] == '-' || s[p] == ':' || is_space((unsigned char)s[p])))
    p++;
  return p;
}

/* a recipient's line that ends in one word after the address, Postfix
   wrapping "a@b (expanded from <c>): Host\n    or domain name not found":
   the word starts its diagnostic, which the lines below go on with */
static void lone_word (St *st, int r, size_t rest, size_t e) {
  const char *s = st->s;
  size_t i;
  if (r < 0 || st->rec[r].rank > 0 || rest >= e || e - rest > 24) return;
  for (i = rest; i < e; i++)
    if (!((s[i] | 32) >= 'a' && (s[i] | 32) <= 'z')) return;
  diag_start(st, r, rest, e, 1, CONT_INDENT);
}

/* the trimmed lines a prose diagnostic never starts with */
static int not_prose (St *st, size_t b, size_t e) {
  const char *s = st->s;
  uint64_t set;
  size_t ab, ae;
  if (b >= e) return 1;
  if (memchr(s + b, '@', e - b) != NULL && find_addr(s, b, e, &ab, &ae)
      && (contact_addr(s, st->n, ab, ae) || CI_AT(s, ae, ab, "postmaster@")
          || CI_FIND(s, b, ab, "reply to") != NONE
          || CI_FIND(s, b, ab, "write to") != NONE
          || CI_FIND(s, b, ab, "contact") != NONE)) {
    st->contact_line = st->line;
    return 1;  /* whom to write to ("Please reply to postmaster@h\nif ...") */
  }
  if (st->contact_line != 0 && st->line == st->contact_line + 1
      && s[b] >= 'a' && s[b] <= 'z')
    return 1;  /* (and the rest of its sentence) */
  set = line_bytes(st, b, e);
  if (s[b] == '(' || s[b] == '[' || s[b] == '>' || s[b] == '-'
      || s[b] == '*' || s[b] == '=' || s[b] == '_' || s[b] == '<') return 1;
  if (CI_AT(s, e, b, "host ") && memchr(s + b, '[', e - b) != NULL
      && CI_FIND_L(set, s, b, e, " said") == NONE) return 1;
  return CI_AT(s, e, b, "giving up on ") || CI_AT(s, e, b, "connected to ")
      || CI_AT(s, e, b, "generating server:")
      || CI_AT(s, e, b, "subject:") || CI_AT(s, e, b, "sent:")
      || CI_AT(s, e, b, "to:") || CI_AT(s, e, b, "date:")
      || CI_FIND_L(set, s, b, e, " does not like recipient") != NONE
      || CI_FIND_L(set, s, b, e, " failed after i sent the message") != NONE
      || CI_FIND_L(set, s, b, e, " failed on data command") != NONE
      || CI_AT(s, e, b, "learn more");  /* (a sentence before it is
                                           prose: Gmail's "The recipient
                                           server did not accept our
                                           requests to connect. Learn more
                                           at ...") */
}

/* sendmail 8.7-8.8's note after an address of "had delivery problems"
   ("a@b  (unrecoverable error)", "(transient failure)"): says whether
   it will be retried, not why it failed, which the transcript tells */
static int sendmail_note (const char *s, size_t b, size_t e) {
  return (e - b == 19 && CI_AT(s, e, b, "unrecoverable error"))
      || (e - b == 17 && CI_AT(s, e, b, "transient failure"));
}

/* the continuation style of prose in the family */
static int prose_cont (const St *st) {
  switch (st->fam) {
    case FAM_QMAIL: case FAM_YAHOO: case FAM_GMAIL: case FAM_EXCHANGE:
      return CONT_PARA;
    case FAM_POSTFIX: case FAM_EXIM: return CONT_INDENT;
    default: return CONT_NONE;
  }
}

/* a transcript's reply ("<<< 550 ...", MDaemon's "<-- 550 ...": a
   failing one is the diagnostic) or an MDaemon note: 1 if the line is one */
static int transcript_diag (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  if (CI_AT(s, e, b, "<<< ") || CI_AT(s, e, b, "<-- ")) {
    /* a transcript's reply: a failing one is the diagnostic */
    if (b + 4 < e && (s[b + 4] == '4' || s[b + 4] == '5')
        && reply_at(s, e, b + 4)) {
      diag_start(st, t, b + 4, e, 4, s[b] == '<' && s[b + 1] == '<'
                 ? CONT_REPLY : CONT_NONE);
      if (st->d.target == t) st->d.lt = 1;
    }
    return 1;
  }
  if (st->fam == FAM_MDAEMON && CI_AT(s, e, b, "*  ")) {
    /* MDaemon's notes: "*  Name server reports ...", the last one
       counts; "*  Subject: ..." are the message's */
    Rec *r = target_rec(st, t);
    if (memchr(s + b, ':', e - b) == NULL && r != NULL && r->rank <= 2) {
      r->rank = 1;
      diag_start(st, t, b + 3, e, 2, CONT_NONE);
    }
    return 1;
  }
  return 0;
}

/*
** Exchange's "Remote Server returned '...'" wrapped over lines (as a
** forward or a paste re-wraps it: "returned '400\n4.4.7 Message
** delayed'"): the end of the quoted reply, a quote that ends a line no
** more than eight lines on and before a blank line; else 'e', the end
** of the line it starts on.
*/
static size_t quote_end (const char *s, size_t n, size_t e) {
  size_t p = e, lines = 0;
  while (p < n && lines < 8 && p - e < 1024) {
    size_t q = p, k;
    while (q < n && s[q] != '\n') q++;  /* the line [p, q) */
    for (k = q; k > p && (s[k - 1] == '\r' || is_space((unsigned char)s[k - 1])); k--) ;
    if (p != e && k == p) return e;  /* a blank line: no quote closed it */
    if (k > p && s[k - 1] == '\'') return k - 1;
    p = q + 1;
    lines++;
  }
  return e;
}

/* a reply that only says the notice's own delay (Exchange's "400 4.4.7
   Message delayed" above the attempts' replies) */
static int delay_note (const char *d, size_t n) {
  return d != NULL && n <= 40 && ci_find(d, 0, n, "4.4.7", 5) != NONE
      && ci_find(d, 0, n, "message delayed", 15) != NONE;
}

/* Exchange's wrapper round the remote reply ("451 4.4.0 Primary target
   IP address responded with: \"451 4.7.3 ...\" Attempted failover
   ...", its words wrapped anywhere): where the reply it quotes starts,
   *e its end; else b */
static size_t inner_reply (const char *s, size_t b, size_t *e) {
  size_t i = CI_FIND(s, b, *e, "responded"), j;
  if (i == NONE || (j = ws_at(s, *e, i, "responded with: \"", 17)) == 0
      || !reply_at(s, *e, j)) return b;
  for (i = j; j < *e && s[j] != '"'; j++) ;
  *e = j;
  return i;
}

/*
** Exchange's "Remote Server returned '<reply>'" from i, on the line
** ending at e: the reply to the quote that ends the line, or to one
** that ends a line below (quote_end), else to the line's last quote.
** A delay notice's first reply ("400 4.4.7 Message delayed") gives way
** to a later attempt's, which says why; the notice's status and delay
** stay.
*/
static void returned_reply (St *st, int t, size_t i, size_t e) {
  const char *s = st->s, *note = NULL;
  Rec *r = target_rec(st, t);
  size_t j = e, nn = 0, k;
  if (i >= e || s[e - 1] != '\'') {
    if ((j = quote_end(s, st->n, e)) == e)
      for (j = e; j > i && s[j - 1] != '\''; j--) ;  /* the line's last */
    else j++;
  }
  j = j > i ? j - 1 : e;
  if (r != NULL && r->rank == 3 && delay_note(r->h.diag, r->h.diag_len)) {
    r->rank = 2;
    note = r->h.diag;
    nn = r->h.diag_len;
    r->h.temporary = 1;
  }
  i = inner_reply(s, i, &j);
  diag_start(st, t, i, j, 3, CONT_NONE);
  if (note != NULL && st->d.target == t
      && (k = status_in(note, 0, nn, &j)) != NONE) {
    r->h.status = note + k;
    r->h.status_len = j - k;
  }
}

/* a reply the line marks: "Remote host said:", "said:", "returned '",
   "Server Returned:", "(reason: ", "SMTP diagnostic:", "Diagnostic code:
   smtp;"; 1 if the line has one */
static int marked_diag (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  const uint64_t set = line_bytes(st, b, e);
  size_t i, j;
  if ((i = CI_FIND_L(set, s, b, e, "remote host said:")) != NONE) {
    for (i += 17; i < e && is_space((unsigned char)s[i]); i++) ;
    diag_start(st, t, i, e, 3, CONT_PARA);
    return 1;
  }
  if ((i = CI_FIND_L(set, s, b, e, " said:")) != NONE
      || (i = CI_FIND_L(set, s, b, e, " says:")) != NONE || CI_AT(s, e, b, "said:")) {
    /* Postfix: "host H[ip] said: 550 ...", wrapped anywhere: open to
       its "command)" (pf) in its family, or when one follows a few lines
       below ("said: 550\n   Error ...\nresponse=550 5.7.0\n   Blocked
       ... (in\n   reply to end of DATA command)") */
    for (i = i == NONE ? b + 5 : i + 6; i < e && is_space((unsigned char)s[i]);
         i++) ;
    if (i < e) {
      diag_start(st, t, i, e, 3, CONT_INDENT);
      if (st->d.target == t && CI_FIND(s, i, e, "command)") == NONE
          && (st->fam == FAM_POSTFIX
              || CI_FIND(s, e, st->n - e > 640 ? e + 640 : st->n,
                         "command)") != NONE))
        st->d.pf = 1;
    }
    else st->await = 1;
    return 1;
  }
  if ((i = CI_FIND_L(set, s, b, e, " returned '")) != NONE
      || (b > 0 && CI_AT(s, e, b, "returned '") && (i = b - 1) != NONE)) {
    returned_reply(st, t, i + 11, e);  /* (wrapped: "Remote Server at H\n
                                          returned '...'") */
    return 1;
  }
  if ((i = CI_FIND_L(set, s, b, e, "server returned: ")) != NONE) {
    diag_start(st, t, i + 17, e, 3, CONT_NONE);  /* MailEnable */
    return 1;
  }
  if ((i = CI_FIND_L(set, s, b, e, "(reason: ")) != NONE) {
    /* sendmail's summary; one without a reply code ("(reason: Can't
       create output)") ranks below the transcript's reply for the
       address ("550 5.0.0 <a@b>... Can't create output") */
    i += 9;
    for (j = e; j > i && s[j - 1] != ')'; j--) ;
    diag_start(st, t, i, j > i ? j - 1 : e, reply_at(s, e, i) ? 3 : 2, CONT_NONE);
    return 1;
  }
  if ((i = CI_FIND_L(set, s, b, e, "smtp diagnostic: ")) != NONE) {
    diag_start(st, t, i + 17, e, 3, CONT_NONE);
    return 1;
  }
  if ((i = CI_FIND_L(set, s, b, e, "diagnostic code: smtp;")) != NONE
      || (i = CI_FIND_L(set, s, b, e, "diagnostic-code: smtp;")) != NONE) {
    for (i += 22; i < e && is_space((unsigned char)s[i]); i++) ;
    diag_start(st, t, i, e, 3, CONT_NONE);
    return 1;
  }
  return 0;
}

/* Exchange: "mx.example.com #550 5.1.1 ... ##", "<mx #5.1.1 smtp;550 ...>";
   1 if the line has one */
static int exchange_diag (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  size_t i, j;
  for (i = b; i < e; i++) {
    const char *h = (const char *)memchr(s + i, '#', e - i);
    size_t st_end;
    if (h == NULL) break;  /* (each '#' in turn) */
    i = (size_t)(h - s);
    if ((i > b && !is_space((unsigned char)s[i - 1]))
        || i + 1 >= e || !reply_at(s, e, i + 1)) continue;
    if (i > b) {
      j = host_back(s, b, i - 1);
      if (j < i - 1) set_host(st, t, j, i - 1);
    }
    st_end = status_at(s, e, i + 1);
    if (st_end != NONE && st_end < e && s[st_end] == '>') {
      /* Exchange 2000/2003's "<host #5.1.1>" under the prose: the status
         and the host, the prose stays the diagnostic */
      Rec *r = target_rec(st, t);
      if (r != NULL && r->h.status == NULL) {
        r->h.status = s + i + 1;
        r->h.status_len = st_end - i - 1;
      }
      return 1;
    }
    if (st_end != NONE && (j = CI_FIND(s, st_end, e, "smtp;")) != NONE) {
      Rec *r;
      size_t k = e;
      while (k > j + 5 && s[k - 1] != '>') k--;  /* "...>" ends it */
      if (k == j + 5) k = e + 1;
      k--;
      diag_start(st, t, j + 5, k, 3, CONT_NONE);
      r = target_rec(st, t);
      if (r != NULL && st->d.target == t) {
        r->h.status = s + i + 1;
        r->h.status_len = st_end - i - 1;
      }
      return 1;
    }
    j = CI_FIND(s, i, e, " ##");
    diag_start(st, t, i + 1, j == NONE ? e : j, 3, CONT_NONE);
    return 1;
  }
  return 0;
}

/* the end of a line's "Reason:" label in English or another language
   ("Grund:", "Raison :", "Motivo:", "Причина:", "原因：", "사유:"),
   else NONE */
static size_t reason_label (const char *s, size_t b, size_t e) {
  static const char *const w[] = {
    "reason", "grund", "ursache", "raison", "motif", "cause", "motivo",
    "causa", "raz\xc3\xb3n", "motiu", "reden", "oorzaak", "orsak",
    "\xc3\xa5rsak", "\xc3\xa5rsag", "syy", "pow\xc3\xb3" "d", "d\xc5\xafvod",
    "d\xc3\xb4vod", "sebep", "neden", "razlog", "motiv", "ok", "ok\xc3\xb3" "w",
    "\xd0\xbf\xd1\x80\xd0\xb8\xd1\x87\xd0\xb8\xd0\xbd\xd0\xb0",
    "\xce\xb1\xce\xb9\xcf\x84\xce\xaf\xce\xb1",
    "\xe5\x8e\x9f\xe5\x9b\xa0", "\xe7\x90\x86\xe7\x94\xb1",
    /* Chinese "bounce reason", "English explanation" (Coremail's label
       before the remote reply) */
    "\xe9\x80\x80\xe4\xbf\xa1\xe5\x8e\x9f\xe5\x9b\xa0",
    "\xe8\x8b\xb1\xe6\x96\x87\xe8\xaf\xb4\xe6\x98\x8e",
    "\xe8\x8b\xb1\xe6\x96\x87\xe8\xaa\xaa\xe6\x98\x8e",
    "\xec\x82\xac\xec\x9c\xa0", "\xec\x9b\x90\xec\x9d\xb8"
  };
  size_t k, i;
  if (b >= e) return NONE;
  for (k = 0; k < sizeof w / sizeof w[0]; k++) {
    size_t n;
    if (lower((unsigned char)s[b]) != (unsigned char)w[k][0]) continue;
    n = strlen(w[k]);  /* the first byte first */
    if (!ci_at(s, e, b, w[k], n)) continue;
    for (i = b + n; i < e && s[i] == ' '; i++) ;
    if (i < e && s[i] == ':' && (i + 1 == e || is_space((unsigned char)s[i + 1])
                                 || (unsigned char)w[k][0] >= 0x80))
      return i + 1;  /* ("Reason: ...", a CJK label's "...:rcpt handle") */
    if (i + 3 <= e && memcmp(s + i, "\xef\xbc\x9a", 3) == 0) return i + 3;
  }
  return NONE;
}

/*
** A short line that only labels the reason to come ("The reason for the
** problem:", "Reason for the failure:", "The cause was:", "Failure
** reason:"): "reason" or "cause" at a word's start, the line ending
** with its colon, no address, no digit, at most six words.
*/
static int label_alone (const char *s, size_t b, size_t e) {
  size_t i;
  int words = 1;
  if (e - b < 6 || e - b > 48 || s[e - 1] != ':') return 0;
  for (i = b; i < e - 1; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '@' || c == ':' || is_digit(c)) return 0;
    if (c == ' ' && ++words > 6) return 0;
  }
  for (i = b; i < e - 1; i++)
    if ((i == b || s[i - 1] == ' ')
        && (CI_AT(s, e, i, "reason") || CI_AT(s, e, i, "cause")))
      return 1;
  return 0;
}

static void recipient_line (St *st, size_t indent, size_t ab, size_t ae,
                            size_t rest, size_t e);
static int excluded (const St *st, size_t ab, size_t ae);

/*
** Exim's notice with its lines run together ("... failed: a@b host H
** [ip] SMTP error from remote mail server after initial connection: 554
** H c@d host H [ip] SMTP error ...: 554 H ------ This is a copy ..."):
** the reply after the phrase's "after ...: " on the same line, up to
** the next address or to the returned message's rule; that address the
** next recipient, read the same way.  i: the phrase.  1 when read.
*/
static int exim_run_on (St *st, int t, size_t i, size_t e) {
  const char *s = st->s;
  size_t j = i, end, stop, ab, ae, k;
  while ((j = CI_FIND(s, j + 1, e, ": ")) != NONE && !reply_at(s, e, j + 2)) ;
  if (j == NONE || t < 0) return 0;
  j += 2;
  stop = CI_FIND(s, j, e, " ------");
  end = stop == NONE ? e : stop;
  k = ab = ae = end;
  if (find_addr(s, j, end, &ab, &ae))
    for (k = ab; k > j && s[k - 1] != ' '; k--) ;  /* (the address's word) */
  while (k > j && s[k - 1] == ' ') k--;
  diag_start(st, t, j, k, 3, CONT_NONE);
  if (ab < end && CI_FIND(s, ae, end, "smtp error from remote") != NONE
      && !excluded(st, ab, ae))
    recipient_line(st, 0, ab, ae, ae, end);
  return 1;
}

/*
** The start of a diagnostic in [b, e) (trimmed), for target t.  The
** marked forms (a reply after "said:", "Remote Server returned '", a
** transcript line, "(reason: ") rank above a bare reply line, which
** ranks above prose.
*/
/* a label line that names a reason and gives none ("Bounce reason :",
   "Reason :"): its last word before the colon is "reason" */
/* a short label alone that ends in "said" and a colon ("* Remote host
   said :"), the host's reply on the line below (an HTML notice puts a
   field's value under its label) */
static int said_alone (const char *s, size_t b, size_t e) {
  size_t i;
  if (e - b < 5 || e - b > 48 || s[e - 1] != ':') return 0;
  for (i = b; i < e - 1; i++)
    if (s[i] == '@' || is_digit((unsigned char)s[i])) return 0;
  for (e--; e > b && is_space((unsigned char)s[e - 1]); e--) ;
  return e - b >= 5 && CI_AT(s, e, e - 5, " said");
}

static int reason_alone (const char *s, size_t b, size_t e) {
  e--;  /* the colon */
  while (e > b && is_space((unsigned char)s[e - 1])) e--;
  return e - b >= 6 && CI_AT(s, e, e - 6, "reason")
      && (e - b == 6 || is_space((unsigned char)s[e - 7]));
}

static void find_diag (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  uint64_t set;
  size_t i, j;
  int shared = (t == SHARED);
  if (t == -1 || b >= e || transcript_diag(st, t, b, e)
      || marked_diag(st, t, b, e) || exchange_diag(st, t, b, e)) return;
  set = line_bytes(st, b, e);
  if ((i = CI_FIND_L(set, s, b, e, "smtp error from remote mail")) != NONE
      || (i = CI_FIND_L(set, s, b, e, "smtp error from remote server")) != NONE) {
    /* Exim: the reply follows, on this line after "host H [ip]: " or on
       the next */
    j = CI_FIND(s, i, e, "host ");
    if (j != NONE && skip_host_prefix(s, j, e) != j)
      diag_start(st, t, skip_host_prefix(s, j, e), e, 3, CONT_INDENT);
    else if ((j = CI_FIND(s, i, e, " reason: ")) != NONE
             && reply_at(s, e, j + 9)) {
      /* GMX: "... for RCPT TO command, host: H (ip) reason: 550-5.1.1
         ...", the reply's other lines under it */
      size_t h = CI_FIND(s, i, j, "host: "), k;
      if (h != NONE) {
        for (h += 6, k = h; k < j && domain_byte((unsigned char)s[k]); k++) ;
        set_host(st, t, h, k);
      }
      diag_start(st, t, j + 9, e, 3, CONT_REPLY);
    }
    else if (!exim_run_on(st, t, i, e)) st->await = 1;
    return;
  }
  b = skip_label(s, b, e);
  i = skip_host_prefix(s, b, e);
  if (reply_at(s, e, i) && st->list == 1 && s[i] != '4' && s[i] != '5')
    return;  /* the generic reading: a 2xx reply is no failure */
  if (reply_at(s, e, i)) {
    size_t ab, ae;
    int r;
    if (shared && find_addr(s, i, e, &ab, &ae)
        && (r = rec_get(st, ab, ae, 0)) >= 0) {
      /* a transcript's "550 <a@b>... User unknown": a@b's own reply */
      diag_start(st, r, i, e, 3, CONT_REPLY);
      return;
    }
    diag_start(st, t, i, e, shared || i != b ? 3 : 2, CONT_REPLY);
    return;
  }
  if (e - b <= 11 && s[e - 1] == ':'
      && (CI_AT(s, e, b, "reason:") || CI_AT(s, e, b, "diagnostic:"))) {
    st->await = 1;  /* OpenSMTPD: the reply is on the next line */
    return;
  }
  if (e - b <= 24 && s[e - 1] == ':' && reason_alone(s, b, e)) {
    st->await = 1;  /* "Bounce reason :" (Coremail), the reason below */
    return;
  }
  if ((i = reply_after(s, b, e)) != NONE) {  /* "... by H: 552 ..." */
    diag_start(st, t, i, e, 2, CONT_REPLY);
    return;
  }
  if ((i = reason_label(s, b, e)) != NONE) {
    /* a reason its label names outranks the failure said before the
       address; wrapped, it goes on over the lines indented more */
    for (; i < e && is_space((unsigned char)s[i]); i++) ;
    diag_start(st, t, i, e, reply_at(s, e, i)
               || CI_AT(s, e, b, "\xe8\x8b\xb1\xe6\x96\x87") ? 3 : 2,
               CONT_INDENT);  /* ("English explanation:": the reply's text) */
    return;
  }
  if (st->list == 1 && said_alone(s, b, e)) {
    st->await = 2;  /* "* Remote host said :": the reply follows (read
                       before the generic reading's failure lines) */
    return;
  }
  if (label_alone(s, b, e)) {
    st->await = 1;  /* "The reason for the problem:": the why follows */
    return;
  }
  if (!not_prose(st, b, e) && memchr(s + b, ' ', e - b) != NULL)
    diag_start(st, t, b, e, 1 + st->labelled, prose_cont(st));  /* a word
                                        alone (a signature) says nothing */
}

/* the lines under Exchange's prose that are not part of it */
static int exchange_tail (const char *s, size_t b, size_t e) {
  return s[b] == '<' || s[b] == '#' || CI_AT(s, e, b, "the mts-id")
      || CI_AT(s, e, b, "msexch:") || CI_AT(s, e, b, "remote server returned")
      || CI_AT(s, e, b, "diagnostic information")
      || CI_AT(s, e, b, "generating server");
}

/* "...the following recipients: a@b, c@d": the addresses after the
   first (ending at p) that a comma or a semicolon joins to it on the
   heading's line, each a recipient; 'blank': a blank alone joins them
   too ("----- ... fatal errors ----- <a@b> <c@d> -----", a heading and
   its list run into one line) */
static void inline_more (St *st, size_t p, size_t e, int blank) {
  const char *s = st->s;
  size_t q, ab, ae;
  int n = 0;
  while (n++ < 16) {
    while (p < e && (s[p] == '>' || s[p] == ')')) p++;
    for (q = p; q < e && (s[q] == ',' || s[q] == ';'
                          || is_space((unsigned char)s[q])); q++) ;
    if (q == p || q >= e || (!blank && s[q - 1] != ',' && s[q - 1] != ';'
                             && CI_FIND(s, p, q, ",") == NONE
                             && CI_FIND(s, p, q, ";") == NONE))
      return;  /* no comma or semicolon before the next word */
    if (!find_addr(s, q, e, &ab, &ae) || ab > q + 1
        || (ae < e && s[ae] != '>' && !is_space((unsigned char)s[ae])))
      return;  /* (an address alone: not "c@d: reply") */
    rec_get(st, ab, ae, 1);
    p = ae;
  }
}

/* after an address a sentence names inline, the clause that says why
   ("... wasn't delivered to a@b because the address\ncouldn't be
   found"): where it starts (the first eight of glued_words, after
   blanks and a closing mark), or NONE */
static size_t why_after (const char *s, size_t p, size_t e) {
  size_t k;
  while (p < e && (s[p] == '>' || s[p] == ')' || s[p] == ','
                   || is_space((unsigned char)s[p]))) p++;
  for (k = 0; k < 8; k++) {
    size_t n = glued_words[k].len;
    if (e - p > n && ci_at(s, e, p, glued_words[k].w, n)
        && !is_alnum((unsigned char)s[p + n]))
      return p;
  }
  return NONE;
}

/* MDaemon's "Wed 2013-09-11 12:22:04: ": where the line goes on, or b */
static size_t stamp (const char *s, size_t b, size_t e) {
  static const char form[] = "Aaa 9999-99-99 99:99:99: ";
  size_t k;
  if (e - b < sizeof form - 1) return b;
  for (k = 0; k < sizeof form - 1; k++) {
    int c = (unsigned char)s[b + k], f = form[k];
    if (f == '9' ? !is_digit(c) : f == 'A' || f == 'a'
        ? !((c | 32) >= 'a' && (c | 32) <= 'z') : c != f) return b;
  }
  return b + k;
}

#endif
