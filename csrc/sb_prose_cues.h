/*
** sb_prose_cues.h -- what the mail around a prose text says: a Subject
** or From that names a bounce (in English and in the languages bounces
** come in), the other cues (an empty Return-Path, an attached header
** block or message), and the addresses that are never recipients (the
** bounce's own To, the attached original's From, Reply-To, Sender,
** Return-Path and Message-ID), the lines that say "bounce" by
** themselves.  Included by sb_prose.c alone, after its reader state.
*/

#ifndef SB_PROSE_CUES_H
#define SB_PROSE_CUES_H

/* the Subject of a bounce, lowercase (ASCII), matched anywhere in it */
static const char *const bounce_subjects[] = {
  "undeliver", "delivery fail", "delivery status notification",
  "returned mail", "failure notice", "mail delivery", "non remis",
  "delivery problem", "not delivered", "nondeliverable", "rejected",
  "unzustellbar", "non-deliver", "non deliver", "could not be delivered",
  "couldn't be delivered", "delivery notification", "failed delivery",
  "failure delivery", "mail system error", "returned to sender",
  "delivery report", "warning: message", "message delayed",
  "delivery delayed", "delivery has failed", "undelivered",
  "no se puede entregar", "onbestelbaar", "niet bezorgd",
  "non recapitabile", "nicht zustellbar", "zustellung fehlgeschlagen",
  "kan ikke leveres", "kan inte levereras", "nie dostarczono",
  "n\xc3\xa3o entregue", "n\xc3\xa3o \xc3\xa9 poss\xc3\xadvel entregar",
  "impossible de remettre", "problem z dostarczeniem",
  "recipient does not exist", "failed mail", "could not send message",
  "delayed mail", "still being retried", "not deliverable", "ndn:",
  "delivery failure", "bounced mail", "mail bounced", "message bounced",
  "returned message", "message not sent", "delivery error",
  "delivery warning", "delivery incomplete", "message blocked",
  "address not found", "non-delivery", "mail could not be sent",
  "message could not be sent", "unable to deliver", "failed to deliver",
  "error sending message", "nondelivery", "delay in message delivery",
  "delivery reports about your", "mail failure",
  "\xe9\x85\x8d\xe4\xbf\xa1\xe4\xb8\x8d\xe8\x83\xbd",
  "\xe9\x85\x8d\xe4\xbf\xa1\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc",
  "\xe9\x85\x8d\xe4\xbf\xa1\xe5\xa4\xb1\xe6\x95\x97",
  "\xe4\xb8\x8d\xe9\x81\x94",
  "\xe6\x9c\xaa\xe9\x81\x94",
  "\xe9\x85\x8d\xe9\x80\x81\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc",
  "\xe9\x85\x8d\xe9\x80\x81\xe5\xa4\xb1\xe6\x95\x97",
  "\xe9\x80\x81\xe4\xbf\xa1\xe5\xa4\xb1\xe6\x95\x97",
  "\xe9\x80\x81\xe4\xbf\xa1\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc",
  "\xe6\x9c\xaa\xe9\x85\x8d\xe9\x81\x94", "\xe9\x80\x80\xe4\xbf\xa1",
  "\xe6\x8a\x95\xe9\x80\x92\xe5\xa4\xb1\xe8\xb4\xa5",
  "\xe6\x97\xa0\xe6\xb3\x95\xe6\x8a\x95\xe9\x80\x92",
  "\xe6\x9c\xaa\xe9\x80\x81\xe8\xbe\xbe",
  "\xe5\x8f\x91\xe9\x80\x81\xe5\xa4\xb1\xe8\xb4\xa5",
  "\xe7\xb3\xbb\xe7\xb5\xb1\xe9\x80\x80\xe4\xbf\xa1",
  "\xe7\x84\xa1\xe6\xb3\x95\xe6\x8a\x95\xe9\x81\x9e",
  "\xe6\x8a\x95\xe9\x81\x9e\xe5\xa4\xb1\xe6\x95\x97",
  "\xeb\xb0\x98\xec\x86\xa1",
  "\xec\xa0\x84\xec\x86\xa1 \xec\x8b\xa4\xed\x8c\xa8",
  "\xeb\xb0\xb0\xeb\x8b\xac \xec\x8b\xa4\xed\x8c\xa8",
  "\xec\xa0\x84\xeb\x8b\xac \xec\x8b\xa4\xed\x8c\xa8",
  "\xeb\xb0\x9c\xec\x86\xa1 \xec\x8b\xa4\xed\x8c\xa8",
  "\xd0\x9d\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd0\xbe\xd0\xb5",
  "\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd0\xbe\xd0\xb5",
  "\xd0\xbd\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
  "\xd0\x9d\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe",
  "\xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c",
  "\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c",
  "\xd0\xbd\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c",
  "\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c",
  "nedoru\xc4\x8diteln", "nedoru\xc4\x8d\x65n", "niedostarczon",
  "nie mo\xc5\xbcna dostarczy\xc4\x87", "k\xc3\xa9zbes\xc3\xadthetetlen",
  "teslim edilemedi", "iletilemedi", "mancata consegna", "non consegnat",
  "impossibile recapitare", "non recapitato",
  "\xc3\xa9\x63hec de la remise", "echec de la remise",
  "non distribu\xc3\xa9", "non d\xc3\xa9livr\xc3\xa9", "no entregado",
  "n\xc3\xa3o foi poss\xc3\xadvel entregar", "nicht zugestellt",
  "unzustellbare", "niet afgeleverd", "kon niet worden bezorgd",
  "olevererbart", "kunne ikke leveres", "toimittamaton",
  "ei voitu toimittaa", "nije isporu\xc4\x8d\x65n",
  "correo devuelto", "mensaje devuelto", "mensagem devolvida",
  "e-mail devolvido", "email devolvido", "mancato recapito", "gagal terkirim",
  "tidak terkirim",
  "\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x80\xce\xb1\xcf\x81\xce\xac\xce\xb4\xce\xbf\xcf\x83\xce\xb7\xcf\x82",
  "\xce\xb1\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x80\xce\xb1\xcf\x81\xce\xac\xce\xb4\xce\xbf\xcf\x83\xce\xb7\xcf\x82",
  "\xe8\xa2\xab\xe9\x80\x80\xe5\x9b\x9e",
  "kh\xc3\xb4ng g\xe1\xbb\xadi \xc4\x91\xc6\xb0\xe1\xbb\xa3\x63"
};

/* the From of a bounce, lowercase, matched anywhere in it */
static const char *const bounce_senders[] = {
  "mailer-daemon", "mailer daemon", "mailerdaemon", "postmaster",
  "mail delivery", "system administrator", "mail administrator",
  "mail-daemon", "mailer_daemon", "mdaemon", "systemadministrator",
  "delivery subsystem", "mail delivery system", "microsoftexchange",
  "mail system", "mailsystem", "delivery status", "maildelivery",
  "mail transport",
  /* Exchange's "System Administrator" in French, German, Spanish,
     Italian, Dutch */
  "administrateur syst", "systemverwalter", "administrador del sistema",
  "amministratore di sistema", "systeembeheerder",
  /* "Mail Delivery System" in French, German, Spanish, Portuguese,
     Italian, Dutch */
  "distribution du courrier", "zustellsystem", "sistema de entrega",
  "sistema di consegna", "bezorgsysteem"
};

/* a reply or a forward written by a person ("Re: undeliverable mail")
   says nothing by its Subject */
static const Lit forward_marks[] = {
  LIT("re:"), LIT("re :"), LIT("aw:"), LIT("sv:"), LIT("vs:"), LIT("odp:"),
  LIT("antw:"), LIT("\xe5\x9b\x9e\xe5\xa4\x8d"),
  /* from here on forwards: a bounce passed on is still one */
  LIT("fw:"), LIT("fwd:"), LIT("wg:"), LIT("tr:"), LIT("rv:")
};
#define FIRST_FORWARD  8


/*
** How the headers and parts say "bounce": 2 (the From or Subject, an
** empty From or Return-Path, or an attached header block: the text is read as a
** bounce), 1 (only an attached message: a bounce only where the text
** pairs an address with a failing reply), 0 (nothing).
*/
static int bounce_headers (const Idx *ix, const char *subject, size_t sl,
                           const char *from, size_t fl, int cues) {
  size_t k;
  if (cues & (SB_PROSE_CUE_NULLPATH | SB_PROSE_CUE_HEADERS)) return 2;
  if (find_any(&ix->ws[WS_SENDERS], from, 0, fl)) return 2;
  if (from != NULL) {  /* "From: <>": the null sender, as a bounce's */
    size_t b = 0, e = fl;
    trim(from, &b, &e);
    if (e - b == 2 && from[b] == '<' && from[b + 1] == '>') return 2;
  }
  if (subject != NULL) {
    for (k = 0; k < NELEM(forward_marks); k++)
      if (ci_at(subject, sl, 0, forward_marks[k].w, forward_marks[k].len))
        break;
    if (k < FIRST_FORWARD) return 0;  /* a reply: speaks of a bounce */
    if (find_any(&ix->ws[WS_SUBJECTS], subject, 0, sl)) return 2;
  }
  return (cues & SB_PROSE_CUE_MESSAGE) ? 1 : 0;
}

/* do the From and the Subject both say "bounce" (a mailer daemon or a
   postmaster, and a Subject of bounce_subjects)?  The last resorts that
   go on the Subject or a lone address ask both */
static int daemon_headers (const Idx *ix, const sb_prose_ctx *ctx) {
  return ctx->from != NULL && ctx->subject != NULL
      && find_any(&ix->ws[WS_SENDERS], ctx->from, 0, ctx->from_len)
      && find_any(&ix->ws[WS_SUBJECTS], ctx->subject, 0, ctx->subject_len);
}

/* a Subject that starts with a forward's mark ("Fwd: ", "FW: "): the
   bounce may come after the forwarder's note and its separator */
static int forward_subject (const char *subject, size_t sl) {
  size_t k;
  if (subject == NULL) return 0;
  for (k = FIRST_FORWARD; k < NELEM(forward_marks); k++)
    if (ci_at(subject, sl, 0, forward_marks[k].w, forward_marks[k].len))
      return 1;
  return 0;
}

/* a Subject that starts with a reply's mark ("Re: ", "AW: "): a person
   speaking of a bounce */
static int reply_subject (const char *subject, size_t sl) {
  size_t k;
  if (subject == NULL) return 0;
  for (k = 0; k < FIRST_FORWARD; k++)
    if (ci_at(subject, sl, 0, forward_marks[k].w, forward_marks[k].len))
      return 1;
  return 0;
}

/* a mailer daemon's notice by its headers alone: a From of
   bounce_senders or the null sender's, a Subject of bounce_subjects
   that no reply's mark starts (nameless_rcpt asks it) */
static int daemon_notice (const Idx *ix, const sb_prose_ctx *ctx) {
  if (ctx->subject == NULL || reply_subject(ctx->subject, ctx->subject_len)
      || !find_any(&ix->ws[WS_SUBJECTS], ctx->subject, 0, ctx->subject_len))
    return 0;
  return (ctx->cues & SB_PROSE_CUE_NULLPATH)
      || (ctx->from != NULL && find_any(&ix->ws[WS_SENDERS], ctx->from, 0, ctx->from_len));
}

/* a Subject that says the mail is only delayed (delay_subjects) and
   names no failure no retry mends (perm_subjects) */
static int delay_subject (const Idx *ix, const char *subject, size_t sl) {
  return find_any(&ix->ws[WS_DELAY], subject, 0, sl)
      && !find_any(&ix->ws[WS_PERM], subject, 0, sl);
}

/* the addresses of [b, e) as no recipients, while room is left */
static void not_rcpt (St *st, const char *s, size_t b, size_t e) {
  size_t ab, ae;
  while (st->nnot < SB_PROSE_MAXNOT && find_addr(s, b, e, &ab, &ae)) {
    st->nots[st->nnot] = s + ab;
    st->notl[st->nnot++] = ae - ab;
    b = ae;
  }
}

/* the From, Reply-To, Sender, Return-Path and Message-ID of the
   attached original's header block: no recipients */
static void orig_senders (St *st) {
  const char *s = st->orig;
  size_t pos = 0, b, e;
  int in = 0;
  while (st->nnot < SB_PROSE_MAXNOT
         && next_line(s, st->orig_len, &pos, &b, &e)) {
    int folded = b < e && is_space((unsigned char)s[b]);
    trim_line(s, &b, &e);
    if (b == e) break;  /* the end of the header block */
    if (!folded)
      in = CI_AT(s, e, b, "from:") || CI_AT(s, e, b, "reply-to:")
        || CI_AT(s, e, b, "sender:") || CI_AT(s, e, b, "return-path:")
        || CI_AT(s, e, b, "message-id:");
    if (in) not_rcpt(st, s, b, e);
  }
}


#if !defined(SB_PROSE_OPENING)
/* the lines of a text's opening, where a notice speaks to the sender */
#define SB_PROSE_OPENING  12
#endif

/*
** A text that says "bounce" by its opening though no header does: one
** of its first SB_PROSE_OPENING lines that are not blank (none of them
** quoted with '>': a person's reply), alone or with the line before,
** speaks to the sender of their own message (you_words: "your message",
** "Ihre Nachricht", "tu mensaje", "the message you sent") and says it
** was not delivered (open_fail: "could not be delivered", "konnte nicht
** zugestellt werden", "no se entregó", "wasn't able to deliver"); or a
** short line that speaks so opens it, the message's recipient or fields
** set apart below, and a line within four says it was not delivered
** right after them (head_between).
*/
/* the line before the one at b: an address alone or a field
   ("To: a@b", "Subject: ..."), as a notice sets apart what "your
   message" was ("Your message sent to\n  a@b\nhas failed to be
   delivered", "Your Message\n  To: a@b\n  Subject: hi\n\nWas not
   delivered ...") */
static int head_between (const char *s, size_t b) {
  size_t e = b, p;
  while (e > 0 && (s[e - 1] == '\n' || s[e - 1] == '\r' || is_space((unsigned char)s[e - 1]))) e--;
  for (p = e; p > 0 && s[p - 1] != '\n'; p--) {}
  while (p < e && is_space((unsigned char)s[p])) p++;
  if (p == e) return 0;
  if (memchr(s + p, ' ', e - p) == NULL && memchr(s + p, '@', e - p) != NULL) return 1;
  for (b = p; b < e && b - p < 16 && s[b] != ' '; b++)  /* "Name:" */
    if (s[b] == ':') return b > p;
  return 0;
}

/* (a line's open_fail is looked for only where it may tell: on a line
   of you_words or the one below it, or within four lines of a short
   one; -1 while not looked for) */
#define OPEN_FAIL(f, b, e)  \
  ((f) < 0 ? ((f) = find_any(&ix->ws[WS_OPENFAIL], s, b, e)) : (f))

static int opening (const Idx *ix, const char *s, size_t n) {
  size_t pos = 0, b, e, b0 = 0, e0 = 0;
  int k = 0, you0 = 0, fail0 = 0, youk = -9;
  while (k < SB_PROSE_OPENING && next_line(s, n, &pos, &b, &e)) {
    int you, fail = -1;
    trim_line(s, &b, &e);
    if (b == e) continue;
    if (s[b] == '>') return 0;
    k++;
    you = find_any(&ix->ws[WS_YOU], s, b, e);
    if (you ? OPEN_FAIL(fail0, b0, e0) || OPEN_FAIL(fail, b, e)
        : you0 && OPEN_FAIL(fail, b, e))
      return 1;  /* (either line says it, the failure on one of them) */
    if (k - youk <= 4 && OPEN_FAIL(fail, b, e) && head_between(s, b)) return 1;
    if (you && e - b <= 40) youk = k;  /* a short line that opens it */
    you0 = you;
    fail0 = fail;
    b0 = b;
    e0 = e;
  }
  return 0;
}
#undef OPEN_FAIL

static int addr_line (const char *s, size_t b, size_t e, size_t *ab,
                      size_t *ae, size_t *rest);
/* a line quoted in a reply or a forward ("> ", "> > ", ">> ", and as
   some clients quote, ">text"; a transcript's ">>> " is kept): where its
   text starts */
static size_t unquote (const char *s, size_t b, size_t e) {
  for (;;) {
    size_t q = b;
    while (q < e && s[q] == '>') q++;
    if (q == b || q - b == 3) return b;
    if (q < e && !is_space((unsigned char)s[q])) return q;
    while (q < e && is_space((unsigned char)s[q])) q++;
    b = q;
  }
}

/* how deep the line [b, e), trimmed, whose words start at q (unquote)
   is quoted ('>' marks, as unquote() takes them off), or -1 for a line
   with none */
static int depth_of (const char *s, size_t b, size_t e, size_t q) {
  int d = 0;
  if (q == e) return -1;
  for (; b < q; b++) d += s[b] == '>';
  return d;
}

/* the same for the line [b, e) as it is (cut and trimmed here) */
static int quote_depth (const char *s, size_t b, size_t e) {
  if (e - b > SB_PROSE_MAXLINE) e = b + SB_PROSE_MAXLINE;
  trim(s, &b, &e);
  return depth_of(s, b, e, unquote(s, b, e));
}


/* the fields of a forward's header block as mail programs write them
   (English, German, French, Spanish, Portuguese, Italian, Dutch,
   Polish, Swedish, Chinese, Japanese, Korean): a From first, a Subject
   second, the others after */
static const char *const fwd_fields[] = {
  "from:", "von:", "de:", "de :", "da:", "van:", "od:", "fr\xc3\xa5n:",
  "\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba:", "\xe5\x8f\x91\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a",
  "\xe5\xaf\x84\xe4\xbb\xb6\xe8\x80\x85:", "\xe5\xaf\x84\xe4\xbb\xb6\xe8\x80\x85\xef\xbc\x9a",
  "\xe5\xb7\xae\xe5\x87\xba\xe4\xba\xba:", "\xeb\xb3\xb4\xeb\x82\xb8 \xec\x82\xac\xeb\x9e\x8c:",
  "subject:", "betreff:", "objet:", "objet :", "asunto:", "assunto:",
  "oggetto:", "onderwerp:", "temat:", "\xc3\xa4mne:",
  "\xe4\xb8\xbb\xe9\xa2\x98:", "\xe4\xb8\xbb\xe9\xa2\x98\xef\xbc\x9a", "\xe4\xb8\xbb\xe6\x97\xa8:",
  "\xe4\xb8\xbb\xe6\x97\xa8\xef\xbc\x9a", "\xe4\xbb\xb6\xe5\x90\x8d:", "\xec\xa0\x9c\xeb\xaa\xa9:",
  "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba:", "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a",
  "\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85:", "\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85\xef\xbc\x9a",
  "\xe5\x8f\x91\xe9\x80\x81\xe6\x97\xb6\xe9\x97\xb4:", "\xe5\x8f\x91\xe9\x80\x81\xe6\x97\xb6\xe9\x97\xb4\xef\xbc\x9a",
  "\xe6\x8a\x84\xe9\x80\x81:", "\xe5\xae\x9b\xe5\x85\x88:", "\xe9\x80\x81\xe4\xbf\xa1\xe6\x97\xa5\xe6\x99\x82:",
  "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c:", "\xeb\xb3\xb4\xeb\x82\xb8 \xeb\x82\xa0\xec\xa7\x9c:",
  "sent:", "date:", "to:", "cc:", "gesendet:", "datum:", "an:",
  "envoy\xc3\xa9 :", "envoy\xc3\xa9:", "date :", "\xc3\xa0 :", "enviado:",
  "fecha:", "para:", "inviato:", "data:", "a:", "verzonden:", "aan:",
  "wys\xc5\x82\x61no:", "do:", "skickat:", "till:"
};
#define FWD_FIRST_SUBJECT 14
#define FWD_FIRST_OTHER   30

/* the words that end the line over a quoted forward ("On <date>, <who>
   wrote:") */
static const Lit fwd_wrote[] = {
  LIT("wrote:"), LIT("schrieb:"), LIT("a \xc3\xa9\x63rit :"),
  LIT("a \xc3\xa9\x63rit:"), LIT("escribi\xc3\xb3:"), LIT("escreveu:"),
  LIT("ha scritto:"), LIT("schreef:"), LIT("napisa\xc5\x82:"), LIT("skrev:")
};

typedef char fwd_count_check[NELEM(fwd_fields) <= FWD_MAX ? 1 : -1];

static void fwd_index (FwdIdx *x) {
  unsigned char fill[256];
  size_t k;
  int c;
  memset(x->start, 0, sizeof x->start);
  for (k = 0; k < NELEM(fwd_fields); k++) {
    x->start[(unsigned char)fwd_fields[k][0] + 1]++;
    x->len[k] = (unsigned char)strlen(fwd_fields[k]);
  }
  for (c = 0; c < 256; c++) x->start[c + 1] += x->start[c];
  memcpy(fill, x->start, sizeof fill);
  for (k = 0; k < NELEM(fwd_fields); k++)
    x->ord[fill[(unsigned char)fwd_fields[k][0]]++] = (unsigned char)k;
}

/* the kind of a forward's header line at s[b..e): 1 From, 2 Subject, 3
   another field, 0 none; *v: where its value starts (the first field
   in table order that the line starts with: only those of its first
   byte are tried) */
static int fwd_field (const FwdIdx *x, const char *s, size_t b, size_t e,
                      size_t *v) {
  int c = lower((unsigned char)s[b]);
  size_t j;
  for (j = x->start[c]; j < x->start[c + 1]; j++) {
    size_t k = x->ord[j], l = x->len[k];
    if (ci_at(s, e, b, fwd_fields[k], l)) {
      for (*v = b + l; *v < e && is_space((unsigned char)s[*v]); (*v)++) {}
      return k < FWD_FIRST_SUBJECT ? 1 : k < FWD_FIRST_OTHER ? 2 : 3;
    }
  }
  return 0;
}

/* a ':' or the first byte of a full-width one (0xef) in the first 16
   bytes of [b, e): a field's colon comes early.  Two eight-byte steps
   when 16 bytes are there */
static int early_colon (const char *s, size_t b, size_t e) {
  const uint64_t hi = 0x8080808080808080u, one = 0x0101010101010101u;
  size_t n = e - b > 16 ? 16 : e - b, i;
  if (n == 16) {
    uint64_t v = load8(s + b), w = load8(s + b + 8), x, y, z, u;
    x = v ^ (one * ':');
    y = v ^ (one * 0xef);
    z = w ^ (one * ':');
    u = w ^ (one * 0xef);
    return ((((x - one) & ~x) | ((y - one) & ~y) | ((z - one) & ~z)
             | ((u - one) & ~u)) & hi) != 0;
  }
  for (i = 0; i < n; i++)
    if (s[b + i] == ':' || (unsigned char)s[b + i] == 0xef) return 1;
  return 0;
}

/* Mailman's list footer, where a list post ends: a rule of underscores,
   then "<list> mailing list" (the list's address and page below it are
   the list's, no recipient's).  rule_line: the line is the rule (20 or
   more '_' alone; rule_trimmed: of a line trimmed); footer_name: the
   line after it names the list */
static int rule_trimmed (const char *s, size_t b, size_t e) {
  size_t n = 0;
  for (; b < e && s[b] == '_'; b++) n++;
  return b == e && n >= 20;
}

static int rule_line (const char *s, size_t b, size_t e) {
  trim(s, &b, &e);
  return rule_trimmed(s, b, e);
}

static int footer_name (const char *s, size_t b, size_t e) {
  size_t k;
  trim(s, &b, &e);
  if (e - b < 14 || e - b > 80 || !CI_AT(s, e, e - 13, " mailing list")) return 0;
  for (k = b; k < e - 13; k++)  /* one name before it, no sentence */
    if (is_space((unsigned char)s[k])) return 0;
  return 1;
}

/* in a quoted mail's header block (under a quoted "-----Original
   Message-----"): is the line an address field the quoting client
   folded on ("> Cc: a@b; Kim\n> <c@d>; e@f"): its addresses are the
   older mail's, no recipients.  A field line is read (a forward's From
   and Subject tell what the mail is); any other line ends the block */
static int folded_field (St *st, size_t b, size_t e) {
  const char *s = st->s;
  size_t ab;
  if (e - b > SB_PROSE_MAXLINE) e = b + SB_PROSE_MAXLINE;
  trim(s, &b, &e);
  b = unquote(s, b, e);
  if (b < e && fwd_field(&st->ix->fx, s, b, e, &ab)) return 0;
  if (b < e && memchr(s + b, '@', e - b) != NULL
      && (s[b] == '<' || memchr(s + b, ';', e - b) != NULL
          || memchr(s + b, ',', e - b) != NULL)) return 1;
  st->qhdr = 0;
  return 0;
}

/* does the line s[b..e) end with a word of fwd_wrote (each ends in
   ':')? */
static int wrote_line (const char *s, size_t b, size_t e) {
  size_t k;
  if (e <= b || s[e - 1] != ':') return 0;
  for (k = 0; k < NELEM(fwd_wrote); k++) {
    size_t l = fwd_wrote[k].len;
    if (e - b > l && ci_at(s, e, e - l, fwd_wrote[k].w, l)) return 1;
  }
  return 0;
}

/*
** The bounce a person forwards inline: after the first run of two or
** more header lines that starts with a From ("From: ... / Sent: ... /
** To: ... / Subject: ..." under Gmail's "---------- Forwarded message
** ---------" or Outlook's "-----Original Message-----", '>' quoting
** allowed), or after a line that ends in "wrote:" over quoted lines.
** Returns where the forwarded text starts, 0 when there is none;
** [*fb, *fe): the forwarded mail's From (the "wrote:" line itself),
** [*sb, *se): its Subject (empty when none).  One pass over the lines.
*/
static size_t forwarded (const FwdIdx *fx, const char *s, size_t n,
                         size_t *fb, size_t *fe, size_t *sb, size_t *se) {
  size_t pos = 0, b, e, v, ls;
  int run = 0, kind;
  *fb = *fe = *sb = *se = 0;
  while (ls = pos, next_line(s, n, &pos, &b, &e)) {
    trim_line(s, &b, &e);
    b = unquote(s, b, e);
    kind = b < e ? fwd_field(fx, s, b, e, &v) : 0;
    if (kind == 1 && run == 0) {
      *fb = v; *fe = e;
      *sb = *se = 0;
      run = 1;
      continue;
    }
    if (kind != 0 && run > 0) {
      if (kind == 2 && *sb == *se) { *sb = v; *se = e; }
      run++;
      continue;
    }
    if (run >= 2) return ls;
    run = 0;
    if (b < e && wrote_line(s, b, e) && pos < n && s[pos] == '>') {
      *fb = b; *fe = e;
      *sb = *se = 0;
      return pos;
    }
  }
  return 0;
}

int sb_prose_reply_subject (const char *subject, size_t sl) {
  return reply_subject(subject, sl);
}

size_t sb_prose_quoted_forward (const char *s, size_t n, const char *subject,
                                size_t sl, size_t *wb, size_t *we) {
  size_t pos = 0, b, e;
  if (!forward_subject(subject, sl)) return 0;
  while (next_line(s, n, &pos, &b, &e)) {
    trim_line(s, &b, &e);
    if (wrote_line(s, b, e) && pos < n && s[pos] == '>') {
      *wb = b;
      *we = e;
      return pos;
    }
  }
  return 0;
}

/* does [b, e) end with the word a notice puts before a host's reply
   ("said:", "said", "response:", "reply:", "reply was:", "replied:"),
   blanks after it allowed? */
static int said_end (const char *s, size_t b, size_t e) {
  static const Lit words[] = {
    LIT("said:"), LIT("said"), LIT("response:"), LIT("reply:"),
    LIT("reply was:"), LIT("replied:")
  };
  size_t k;
  while (e > b && is_space((unsigned char)s[e - 1])) e--;
  for (k = 0; k < NELEM(words); k++) {
    size_t l = words[k].len;
    if (e - b >= l && ci_at(s, e, e - l, words[k].w, l)
        && (e - b == l || !is_alnum((unsigned char)s[e - l - 1])))
      return 1;
  }
  return 0;
}

/*
** What an MTA's client writes right after the address it failed for,
** no reply code given (Postfix's smtp client and resolver: "<a@b>:
** connect to H[ip]:25: Connection refused", "<a@b>: Host or domain name
** not found. Name service error for name=...", "<a@b>: delivery
** temporarily suspended: ...", "<a@b>: lost connection with H[ip] ...",
** "<a@b>: conversation with H[ip] timed out ..."): 1 if [b, e) starts so,
** 2 when the "H[ip]" of the first three is still to come.
*/
static int client_error (const char *s, size_t b, size_t e) {
  static const char *const lead[] = {
    "connect to", "lost connection with", "conversation with"
  };
  size_t k, l = 0;
  for (k = 0; k < NELEM(lead); k++)
    if (ci_at(s, e, b, lead[k], l = strlen(lead[k]))
        && (b + l == e || is_space((unsigned char)s[b + l])))
      break;
  if (k < NELEM(lead))  /* the host may be wrapped onto the next line: 2 */
    return memchr(s + b, '[', e - b) != NULL && memchr(s + b, ']', e - b) != NULL
           ? 1 : 2;
  return CI_AT(s, e, b, "host or domain name not found")
      || CI_AT(s, e, b, "delivery temporarily suspended:");
}

/*
** A line that starts with an address and a reply a host gave for it on
** the same line ("<a@b>: host H[ip] said: 550 5.1.1 ...", "... the reply
** was: 550 ...", "... response: 550 ..."): 1; an MTA client's own error
** (client_error), or a transcript's reply that names the address
** sendmail's way ("550 <a@b>... User unknown"): 3.  2: the reply may
** come on the lines below (the
** address alone before a colon, as qmail writes it, "<a@b>: host" as
** Postfix wraps it, a line that ends in "said:"); 4: the address alone
** on its line (or in sendmail's ">>> RCPT To:<a@b>"), only an MTA's own
** form below it counts (mta_below); 5: a client's error whose host
** comes on the next line; 6: a transcript's "RCPT TO:<a@b>" (or "Sent
** RCPT TO:"), its reply at the start of the next line (or "Received
** 550 ..."); 7: a line that leads in to the address it failed for
** (lead_addr), a reply a host gave on the lines below; 0: none.
*/
/* a line that leads in to the address it failed for ("Delivery failed:
   a@b", "Unable to send to a@b", "Could not deliver to a@b") */
static int lead_addr (const char *s, size_t b, size_t e) {
  static const Lit leads[] = {
    LIT("delivery failed"), LIT("unable to send to "), LIT("unable to deliver to "),
    LIT("could not deliver to "), LIT("could not send to "), LIT("failed to deliver to ")
  };
  size_t k, ab, ae;
  for (k = 0; k < NELEM(leads); k++)
    if (ci_at(s, e, b, leads[k].w, leads[k].len))
      return find_addr(s, b + leads[k].len, e, &ab, &ae);
  return 0;
}

static int pair_addr (const char *s, size_t b, size_t e) {
  size_t ab, ae, rest, r;
  if (CI_AT(s, e, b, ">>> rcpt to:"))  /* sendmail's transcript: "<<< 550"
                                          below */
    return memchr(s + b, '@', e - b) != NULL ? 4 : 0;
  if (lead_addr(s, b, e)) return 7;  /* its reply on the lines below */
  if (CI_AT(s, e, b, "rcpt to:") || CI_AT(s, e, b, "sent rcpt to:"))
    return memchr(s + b, '@', e - b) != NULL ? 6 : 0;  /* a session's
                                   transcript: its reply on the line below */
  if (code_at(s, e, b) && (r = b + 4) < e) {  /* "550 <a@b>... User unknown",
                                                 a transcript's reply */
    size_t x = status_at(s, e, r);
    if (x != NONE && x < e && s[x] == ' ') r = x + 1;
    if (addr_line(s, r, e, &ab, &ae, &rest) && ab > b && s[ab - 1] == '<'
        && CI_AT(s, e, ae, ">..."))
      return 3;
  }
  if (memchr(s + b, '<', e - b) != NULL  /* (a cheap look first) */
      && (r = reply_in(s, b, e)) != NONE && r > b && said_end(s, b, r)
      && (r += 4) < e) {  /* "Remote host said: 550 5.1.1 <a@b>: ..." (the
                             reply echoes the address it refuses) */
    size_t x = status_at(s, e, r);
    if (x != NONE && x < e && s[x] == ' ') r = x + 1;
    if (r < e && s[r] == '<' && addr_line(s, r, e, &ab, &ae, &rest)
        && ae + 1 < e && s[ae] == '>' && s[ae + 1] == ':')
      return 3;
  }
  if (!addr_line(s, b, e, &ab, &ae, &rest) || s[ab] == '/') return 0;
  if (rest < e && (r = reply_in(s, rest, e)) != NONE
      && (CI_FIND(s, rest, r, "said") != NONE
          || CI_FIND(s, rest, r, "reply") != NONE
          || CI_FIND(s, rest, r, "response") != NONE))
    return 1;
  if (rest < e && (r = (size_t)client_error(s, rest, e)) != 0)
    return r == 1 ? 3 : 5;
  if (rest >= e || s[rest] == '>')  /* "<a@b>:", "<a@b:>": a colon after it;
                                      the address alone: 4 */
    return memchr(s + ae, ':', e - ae) != NULL ? 2 : 4;
  return CI_AT(s, e, rest, "host ") || (e - rest == 4 && CI_AT(s, e, rest, "host"))
      || said_end(s, rest, e) ? 2 : 0;
}

/*
** A reply an MTA's own notice writes on a line below the address it is
** for, at r in [b, e) (reply_in): qmail's "Sorry, ... (#5.1.1)",
** Exchange's "Remote Server returned '550 5.1.1 ...'" and its
** diagnostic "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##",
** sendmail's transcript "<<< 550 ...".  1 if one is there.
*/
static int mta_below (const char *s, size_t b, size_t e, size_t r) {
  if (r >= b + 2 && s[r - 1] == '#' && s[r - 2] == '(') return 1;
  if (r == b + 1 && s[b] == '#')
    return e - r > 2 && s[e - 1] == '#' && s[e - 2] == '#';
  if (r == b + 4 && CI_AT(s, e, b, "<<< ")) return 1;
  return CI_AT(s, e, b, "remote server returned '") && r == b + 24;
}

#if !defined(SB_PROSE_PAIR_BELOW)
/* the lines below an address line where its reply may be */
#define SB_PROSE_PAIR_BELOW  3
#endif

/*
** A text whose own lines say "bounce" though no marker and no header
** does: a line that starts with an address (quoted or not) and goes on
** with a reply a host gave for it or its client's own error (pair_addr),
** or whose reply comes on the lines right below it, in the same
** paragraph: after a word that leads in to a reply ("Remote host said:
** 550 ...", "...[ip] said:" ending the line before), or in qmail's
** "(#5.1.1)" form.  Lines quoted with '>' count only with the reply on
** the address line (a person's reply quotes the lines it answers), or
** as the address alone with an MTA's own form of reply below it, quoted
** as deep (mta_below: Exchange's diagnostic lines pasted and quoted,
** "> a@b\n> Remote Server returned '550 5.1.1 ...'").
** Before the returned message.  A person who quotes
** an error writes it inside a sentence; a bare "a@b: 550 5.1.1 ..."
** still needs a header's word.
*/
static int pair_lines (const MarkIdx *mx, MarkCache *mc, const char *s,
                       size_t n) {
  size_t pos = 0, b, e, r, qlen = 0;
  int below = 0, told = 0, alone = 0, client = 0, qalone = 0, rcpt = 0, lead = 0;
  int failed = 0;  /* a line above starts with a failing reply ("550 ...") */
  while (next_line(s, n, &pos, &b, &e)) {
    const Marker *m[4];
    size_t at[4], q;
    int k, nm, a;
    trim_line(s, &b, &e);
    b = unquote(s, q = b, e);
    if (b >= e) {
      below = 0;  /* a paragraph ends */
      continue;
    }
    nm = markers_of(mx, mc, s, b, e, at, m);
    for (k = 0; k < nm; k++)
      if (marker_stops(m[k], s, q, e)) return 0;
    if ((a = pair_addr(s, b, e)) == 1) return 1;
    if (a == 3 && b == q) return 2;
    if (b > q && a == 4 && s[b] != '>') {  /* quoted, the address alone */
      below = SB_PROSE_PAIR_BELOW;
      qalone = 1;
      qlen = b - q;
      continue;
    }
    if (b > q && qalone && below > 0 && b - q == qlen) {
      below--;  /* only an MTA's own reply form, quoted as deep */
      if ((r = reply_in(s, b, e)) != NONE && mta_below(s, b, e, r)) return 2;
      continue;
    }
    qalone = 0;
    if (b > q) {  /* quoted: a person answering speaks of it */
      below = 0;
      continue;
    }
    failed |= code_at(s, e, b) && s[b] >= '4';
    if (a == 6 && failed)  /* "550 - ... no such user here\n\nMessage
                              details:\n  RCPT TO: a@b": the reply above */
      return 2;
    if (a == 2 || a == 4 || a == 5 || a == 6 || a == 7) {
      below = a == 5 || a == 6 ? 1 : SB_PROSE_PAIR_BELOW;
      alone = a >= 4;
      client = a == 5;
      rcpt = a == 6;
      lead = a == 7;
      told = said_end(s, b, e);
      continue;
    }
    if (below == 0) continue;
    below--;
    if (client && b < e && memchr(s + b, '[', e - b) != NULL
        && memchr(s + b, ']', e - b) != NULL)
      return 2;  /* "<a@b>: connect to\n    H[ip]:25: Connection refused" */
    if ((r = reply_in(s, b, e)) == NONE) {
      told = said_end(s, b, e);
      continue;
    }
    if (mta_below(s, b, e, r)) return 2;
    if (rcpt && (r == b || (r == b + 9 && CI_AT(s, e, b, "received "))))
      return 2;  /* "RCPT TO:<a@b>\n550 5.1.1 ...", "Received 550 ..." */
    if (lead && (r == b || said_end(s, b, r) || CI_FIND(s, b, r, "said") != NONE))
      return 2;  /* "Delivery failed: a@b\n...\nRemote host said: 550 ..." */
    if (!alone && (told || said_end(s, b, r))) return 1;
    told = said_end(s, b, e);
  }
  return 0;
}

/*
** A list manager's notice to the list's owner of a member whose mail
** keeps bouncing: a line that starts with the member's address and says
** why in the words list managers use ("a@b has been removed from l@h
** due to excessive bounces.", "a@b's subscription has been disabled on
** l@h due to their bounce score ...", "... Excessive or fatal bounces").
** Not a line that speaks of the reader's own membership ("Your
** membership ... has been disabled due to excessive bounces": no address
** starts it).  1 if the line is one.
*/
static int member_bounces (const char *s, size_t b, size_t e, size_t n) {
  static const Lit counts[] = {
    LIT("excessive bounces"), LIT("fatal bounces"), LIT("bounce score"),
    LIT("too many bounces"), LIT("excessive bouncing")
  };
  size_t ab, ae, k;
  if (!find_addr(s, b, e, &ab, &ae) || ab > b + 1) return 0;
  for (k = 0; k < NELEM(counts); k++)  /* on this line or the next (a
                                          sentence wrapped) */
    if (ci_find(s, ae, n, counts[k].w, counts[k].len) != NONE) return 1;
  return 0;
}

/* the addresses a list manager's notice of a member names after the
   member's on its line (the list's: "a@b has been removed from l@h due
   to excessive bounces"): no recipients */
static void member_lists (St *st) {
  const char *s = st->s;
  size_t pos = 0, b, e, ab, ae, x, nb, ne;
  if (CI_FIND(s, 0, st->n, "bounc") == NONE) return;  /* (one pass at most) */
  while (next_line(s, st->n, &pos, &b, &e)) {
    trim_line(s, &b, &e);
    b = unquote(s, b, e);
    x = pos;
    if (!next_line(s, st->n, &x, &nb, &ne)) ne = e;
    if (b < e && member_bounces(s, b, e, ne) && find_addr(s, b, e, &ab, &ae))
      not_rcpt(st, s, ae, e);
  }
}

/*
** What the lines of a text say when no marker and no header says
** "bounce" (prose_read's h): 2 when they say it as a notice does (an
** opening, pair_lines' MTA forms), 0 when only a reply said of an
** address does (read weakly), -1 when nothing does or the Subject is a
** reply's.
*/
static int lines_say (const Idx *ix, MarkCache *mc, const char *s, size_t n,
                      int re) {
  int p;
  int bounc;
  if (re) return -1;
  bounc = CI_FIND(s, 0, n, "bounc") != NONE;  /* (a probe and a notice of a
                                                 member speak of bounces) */
  if (bounc && (CI_FIND(s, 0, n, "probe message") != NONE
                || CI_FIND(s, 0, n, "bounces from you") != NONE))
    return -1;  /* a list manager's probe to a member whose mail bounced
                   ("This is a probe message. ... has received a number of
                   bounces from you"): sent to that member, no bounce */
  if (opening(ix, s, n)) return 2;
  if (bounc) {  /* a list manager's notice of a member's bounces (forwarded
        and quoted as well), the address starting a sentence: the line
        above empty or ending one (not a line wrapped before it) */
    size_t pos = 0, b, e, x;
    int starts = 1;
    while (next_line(s, n, &pos, &b, &e)) {
      trim_line(s, &b, &e);
      b = unquote(s, b, e);
      if (b < e && starts) {
        size_t nb, ne;  /* the sentence may end on the next line */
        x = pos;
        if (!next_line(s, n, &x, &nb, &ne)) ne = e;
        if (member_bounces(s, b, e, ne)) return 2;
      }
      starts = b == e || s[e - 1] == '.' || s[e - 1] == ':';
      for (x = b; !starts && x < e && !is_alnum((unsigned char)s[x]); x++)
        starts = x + 1 == e;  /* a fence or a rule line ("```", "---") */
    }
  }
  p = pair_lines(&ix->mx, mc, s, n);
  return p == 2 ? 2 : p == 1 ? 0 : -1;
}

static const char *prose_read (const Idx *ix, const char *text, size_t len,
                               const sb_prose_ctx *ctx, sb_prose_cb cb,
                               void *ud, int again);

/*
** A forward's text (its Subject starts with a forward's mark) read in
** the order a forwarded bounce asks: the whole text; when it names no
** one, the forwarded mail after its header block (forwarded()) under
** its own From and Subject, the forwarder no recipient; then what
** follows a separator that stops the reading ("-----Original
** Message-----").  1 and *fam when one of these readings was made.
*/
static int forward_read (const Idx *ix, const char *text, size_t len,
                         const sb_prose_ctx *ctx, sb_prose_cb cb, void *ud,
                         const char **fam) {
  size_t a = after_stop(&ix->mx, text, len), fb, fe, sb, se;
  size_t w = forwarded(&ix->fx, text, len, &fb, &fe, &sb, &se);
  Passed g;
  if (!((a > 0 && a < len) || (w > 0 && w < len))) return 0;
  g.cb = cb;
  g.ud = ud;
  g.n = 0;
  *fam = prose_read(ix, text, len, ctx, pass_cb, &g, 0);
  if (g.n > 0) return 1;
  if (w > 0 && w < len) {
    sb_prose_ctx c = *ctx;
    c.from = text + fb;
    c.from_len = fe - fb;
    if (se > sb) { c.subject = text + sb; c.subject_len = se - sb; }
    c.notrcpt[3] = ctx->from;
    c.notrcpt_len[3] = ctx->from != NULL ? ctx->from_len : 0;
    *fam = prose_read(ix, text + w, len - w, &c, pass_cb, &g, 0);
    if (g.n > 0 || a == 0 || a >= len) return 1;
  }
  /* nothing before the separator: what comes after it */
  *fam = prose_read(ix, text + a, len - a, ctx, cb, ud, 0);
  return 1;
}

/*
** A notice that carries the bounce it tells of in its own text, under
** that bounce's header block (a list's "bounce action notice": "The
** triggering bounce notice is attached below." over "Return-Path:
** <MAILER-DAEMON@h>", "From: Mail Delivery Subsystem <MAILER-DAEMON@h>",
** "Subject: Returned mail: User unknown"): when the whole text names no
** one and the block's From is a mailer daemon's or a postmaster's
** (bounce_senders; the first such block, a forward's own header block
** may come before it), the text after the block is read under that From
** and Subject, the notice's From no recipient.  Not under a reply's Subject
** (a person speaking of a bounce).  The family of the reading that named
** someone, else the whole text's.
*/
static const char *carried_read (const Idx *ix, const char *text,
                                 size_t len, const sb_prose_ctx *ctx,
                                 sb_prose_cb cb, void *ud) {
  static const sb_prose_ctx none;
  size_t fb = 0, fe = 0, sb = 0, se = 0, w = 0, at;
  sb_prose_ctx c;
  const char *fam, *got;
  Passed g;
  g.cb = cb;
  g.ud = ud;
  g.n = 0;
  fam = prose_read(ix, text, len, ctx, pass_cb, &g, 1);
  if (g.n > 0 || text == NULL) return fam;
  if (ctx == NULL) ctx = &none;
  if (reply_subject(ctx->subject, ctx->subject != NULL ? ctx->subject_len : 0))
    return fam;
  for (at = 0; at < len; at = w) {  /* the first such block (a forward's
                                        own comes before it) */
    w = forwarded(&ix->fx, text + at, len - at, &fb, &fe, &sb, &se);
    if (w == 0) return fam;
    fb += at; fe += at; sb += at; se += at; w += at;
    if (find_any(&ix->ws[WS_SENDERS], text, fb, fe)) break;
  }
  if (w >= len) return fam;
  c = *ctx;
  c.from = text + fb;
  c.from_len = fe - fb;
  c.subject = se > sb ? text + sb : NULL;
  c.subject_len = se > sb ? se - sb : 0;
  c.notrcpt[3] = ctx->from;
  c.notrcpt_len[3] = ctx->from != NULL ? ctx->from_len : 0;
  got = prose_read(ix, text + w, len - w, &c, pass_cb, &g, 0);
  return g.n > 0 ? got : fam;
}

/* the word sets of indexes(), their tables known only from here on */
static void word_sets (WordSet *ws) {
  word_set(&ws[WS_SENDERS], bounce_senders, NELEM(bounce_senders));
  word_set(&ws[WS_SUBJECTS], bounce_subjects, NELEM(bounce_subjects));
  word_set(&ws[WS_DELAY], delay_subjects, NELEM(delay_subjects));
  word_set(&ws[WS_PERM], perm_subjects, NELEM(perm_subjects));
  word_set(&ws[WS_MENTION], mention_words, NELEM(mention_words));
  word_set(&ws[WS_NOUNS], rcpt_nouns, NELEM(rcpt_nouns));
  word_set(&ws[WS_YOU], you_words, NELEM(you_words));
  word_set(&ws[WS_OPENFAIL], open_fail, NELEM(open_fail));
}

#endif
