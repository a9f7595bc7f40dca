/*
** sb_mail_auto.h -- auto-replies (RFC 3834) for sb_mail.c, included once
** after its top_fields(): the marks of the header (X-Autoreply and kin,
** Precedence: auto_reply, an auto-responder's subject, Auto-Submitted)
** and, for a mail marked no way, the cues of its text (an out-of-office
** or ticket-system reply, a short acknowledgement).  Read after the
** delivery status, the feedback report and the prose: a bounce that
** quotes an auto-reply is a bounce.
*/

#ifndef SB_MAIL_AUTO_H
#define SB_MAIL_AUTO_H

/* subjects auto-responders write (matched at the start, any case) */
static const char *const AUTO_SUBJECTS[] = {
  "auto:", "automatic reply", "autoreply", "auto-reply", "auto reply",
  "auto response", "auto-response", "autoresponse", "out of office",
  "out of the office", "abwesenheitsnotiz", "automatische antwort",
  "r\xC3\xA9ponse automatique", "respuesta autom\xC3\xA1tica",
  "risposta automatica", "automatisch antwoord", "autosvar",
  "\xE8\x87\xAA\xE5\x8B\x95\xE5\xBF\x9C\xE7\xAD\x94",   /* jidou outou */
  "\xE8\x87\xAA\xE5\x8A\xA8\xE5\x9B\x9E\xE5\xA4\x8D",   /* zidong huifu */
  "\xE8\x87\xAA\xE5\x8B\x95\xE5\x9B\x9E\xE8\xA6\x86",   /* zidong huifu (traditional) */
  "\xEC\x9E\x90\xEB\x8F\x99 \xEC\x9D\x91\xEB\x8B\xB5",    /* jadong eungdap */
  "automatyczna odpowied", "automaattinen vastaus", "otomatik yan\xC4\xB1t",
  "automatick\xC3\xA1 odpov\xC4\x9B\xC4\x8F",
  "\xD0\x90\xD0\xB2\xD1\x82\xD0\xBE\xD0\xBC\xD0\xB0\xD1\x82\xD0\xB8\xD1\x87\xD0\xB5\xD1\x81\xD0\xBA\xD0\xB8\xD0\xB9 "
  "\xD0\xBE\xD1\x82\xD0\xB2\xD0\xB5\xD1\x82",                          /* avtomaticheskiy otvet */
  NULL
};

static int fold_byte (int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* does 's' hold one of the subject words (any place, ASCII case
   ignored); the prefix "auto:" only at the start.  One pass: at each
   byte that starts a word, the words that start with it */
static int auto_word (sb_mstr s) {
  unsigned char first[256];
  size_t i, j;
  int k;
  if (s.n == 0) return 0;
  memset(first, 0, sizeof first);
  for (k = 1; AUTO_SUBJECTS[k] != NULL; k++)
    first[fold_byte((unsigned char)AUTO_SUBJECTS[k][0])] = 1;
  for (i = 0; i < s.n; i++) {
    int c = fold_byte((unsigned char)s.p[i]);
    if (!first[c]) continue;
    for (k = 1; AUTO_SUBJECTS[k] != NULL; k++) {
      const char *w = AUTO_SUBJECTS[k];
      if (fold_byte((unsigned char)w[0]) != c) continue;
      for (j = 1; w[j] != '\0' && i + j < s.n
                  && fold_byte((unsigned char)s.p[i + j])
                     == fold_byte((unsigned char)w[j]); j++) ;
      if (w[j] == '\0') return 1;
    }
  }
  return 0;
}

/* is the message one a mailbox rule generated, marked Auto-Submitted
   (Exchange's "X-MS-Exchange-Generated-Message-Source: Mailbox Rules
   Agent" or an Inbox-Rules loop mark with it) */
static int rule_generated (const sb_hblock *hb) {
  const sb_hfield *f = SB_MIME_FIELD(hb, "x-ms-exchange-generated-message-source");
  if (f != NULL && sb_mime_icontains(f->val, f->vlen, "mailbox rules")) return 1;
  return SB_MIME_FIELD(hb, "x-ms-exchange-inbox-rules-loop") != NULL;
}

/*
** 2: marked as an auto-reply; 1: marked weakly (bounces of some MTAs
** carry it too: "Auto-Submitted: auto-replied", or another
** Auto-Submitted value with an auto-responder's word anywhere in the
** subject or a mailbox rule's mark); 0: none.  'tf' top_fields', 'hb'
** the header block they are of.
*/
static int auto_reply (const sb_hfield *const *tf, const sb_hblock *hb,
                       sb_mstr subject) {
  const sb_hfield *f;
  int i;
  if (tf[TF_XAUTOREPLY] || tf[TF_XAUTORESPOND] || tf[TF_XAUTORESPONDER])
    return 2;
  if ((f = tf[TF_PRECEDENCE]) != NULL) {
    sb_mstr v = sb_mime_trim(f->val, f->vlen);
    if (sb_mime_ieq(v.p, v.n, "auto_reply")) return 2;
  }
  while (subject.n > 0 && (subject.p[0] == '[' || subject.p[0] == ' '))
    subject.p++, subject.n--;  /* "[Automatyczna odpowiedz] ..." */
  for (i = 0; subject.n > 0 && AUTO_SUBJECTS[i] != NULL; i++) {
    size_t l;
    int a = (unsigned char)subject.p[0], b = (unsigned char)AUTO_SUBJECTS[i][0];
    if (a >= 'A' && a <= 'Z') a += 32;
    if (b >= 'A' && b <= 'Z') b += 32;
    if (a != b) continue;  /* (the first byte first) */
    l = strlen(AUTO_SUBJECTS[i]);
    if (subject.n >= l && sb_mime_ieq(subject.p, l, AUTO_SUBJECTS[i])) return 2;
  }
  if ((f = tf[TF_AUTOSUBMITTED]) != NULL) {
    sb_mstr v = sb_mime_trim(f->val, f->vlen);
    if (sb_mime_icontains(v.p, v.n, "auto-replied")) return 1;
    if (v.n > 0 && !sb_mime_ieq(v.p, v.n, "no")
        && (auto_word(subject) || rule_generated(hb)))
      return 1;
  }
  return 0;
}

/* a responder's notice that it stops answering the sender ("we will not
   be sending you any further responses today", "no more automatic
   replies will be sent"): no reply to a message, an automatic notice of
   its own (in its first lines) */
static int replies_stop (sb_mstr text) {
  static const char *const words[] = {  /* (the line may break before) */
    "further responses", "further automatic", "further automated",
    "more automatic replies", "more automated responses", NULL
  };
  size_t n = text.n > 2048 ? 2048 : text.n;
  int i;
  for (i = 0; words[i] != NULL; i++)
    if (sb_mime_icontains(text.p, n, words[i])) return 1;
  return 0;
}

/* a reply marked automatic that refuses the message ("The user a@b does
   not accept mail from your address.", "... is not accepting mail from
   you", "has blocked your address"): read as the bounce it is */
/* where w (lowercase, its spaces matching any run of blanks and line
   ends: a sentence wrapped) first is in [s, s+n), ASCII case ignored;
   NULL if nowhere */
static const char *wrapped_find (const char *s, size_t n, const char *w) {
  size_t i, j, k;
  for (i = 0; i < n; i++) {
    for (j = i, k = 0; w[k] != '\0' && j < n; k++) {
      if (w[k] == ' ') {
        if (s[j] != ' ' && s[j] != '\t' && s[j] != '\r' && s[j] != '\n') break;
        while (j < n && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')) j++;
      } else if (fold_byte((unsigned char)s[j]) == w[k]) j++;
      else break;
    }
    if (w[k] == '\0') return s + i;
  }
  return NULL;
}

static const char *refusal_at (sb_mstr text) {
  static const char *const words[] = {
    "not accept mail from", "not accept messages from",
    "not accept email from", "not accepting mail from",
    "not accepting messages from", "not accepting email from",
    "blocked your address", "blocked your email address",
    "refuses mail from", "refuses messages from", NULL
  };
  size_t n = text.n > 2048 ? 2048 : text.n;
  const char *p;
  int i;
  if (!sb_mime_icontains(text.p, n, "accept") && !sb_mime_icontains(text.p, n, "refuses")
      && !sb_mime_icontains(text.p, n, "blocked"))
    return NULL;  /* (a word each phrase has, unwrapped: one look first) */
  for (i = 0; words[i] != NULL; i++)
    if ((p = wrapped_find(text.p, n, words[i])) != NULL) return p;
  return NULL;
}

static int refusal (sb_mstr text) { return refusal_at(text) != NULL; }

/*
** A challenge: the recipient's filter holds the message until the sender
** acts ("click on the following link to have your address added to the
** recipient's allowed list", "Your email was placed to the quarantine. If
** you want your addressee to receive it, then press button \"Reply\""):
** an automatic reply, under a reply's Subject or one that names the hold
** ("(Quarantine)", "verification"), whose first lines speak of a hold or
** a list of allowed senders and ask for a click or a reply.  Not a
** newsletter's "add us to your allowed list" (no reply's Subject).
*/
static int challenge (sb_mstr subject, sb_mstr text) {
  static const char *const held[] = {
    "allowed list", "approved sender", "whitelist", "white list",
    "verification", "verify that you", "quarantine", "held until",
    "your addressee to receive", "not yet delivered to", NULL
  };
  static const char *const asks[] = { "click", "link", "reply", NULL };
  sb_mstr sj = sb_mime_trim(subject.p, subject.n);
  size_t n = text.n > 3000 ? 3000 : text.n;
  int i, h = 0, a = 0;
  if (!(sj.n >= 3 && sb_mime_ieq(sj.p, 3, "re:"))
      && !sb_mime_icontains(sj.p, sj.n, "quarantin")
      && !sb_mime_icontains(sj.p, sj.n, "verif")
      && !sb_mime_icontains(sj.p, sj.n, "challenge"))
    return 0;
  for (i = 0; held[i] != NULL && !h; i++) h = sb_mime_icontains(text.p, n, held[i]);
  for (i = 0; asks[i] != NULL && !a; i++) a = sb_mime_icontains(text.p, n, asks[i]);
  return h && a;
}

/* the record of an auto-reply: its sender, who got the message */
static size_t read_auto (sb_mail *m, sb_mstr from, sb_mstr date) {
  sb_mail_rec *r;
  sb_mstr who = first_address(from);
  if (who.n == 0 || (r = new_rec(m)) == NULL) return 0;
  r->recipient = who;  /* no DSN action: no delivery status was given */
  r->time = date;
  return 1;
}

/* what an out-of-office, vacation or ticket-system reply writes of itself
   (any case; searched in its first lines) */
static const char *const AUTO_TEXT[] = {
  "out of the office", "out of office", "away from the office",
  "away from my office", "on annual leave", "on vacation until",
  "on holiday until", "this is an automated response",
  "this is an automatic response", "this is an automated reply",
  "this is an automatic reply", "this is an auto-reply",
  "automatically generated in response to", "automated response to your",
  "\xE8\x87\xAA\xE5\x8A\xA8\xE5\x9B\x9E\xE5\xA4\x8D",   /* zidong huifu */
  "\xE8\x87\xAA\xE5\x8B\x95\xE5\x9B\x9E\xE8\xA6\x86",   /* zidong huifu (traditional) */
  "\xE8\x87\xAA\xE5\x8B\x95\xE5\xBF\x9C\xE7\xAD\x94",   /* jidou outou */
  "\xE8\x87\xAA\xE5\x8B\x95\xE8\xBF\x94\xE4\xBF\xA1",   /* jidou henshin */
  "\xE4\xBC\x91\xE5\x81\x87\xE4\xB8\xAD",               /* xiujia zhong: on leave */
  NULL
};

/* an acknowledgement's thanks or receipt, and its promise to answer: a
   short text with one of each is an auto-responder's */
static const char *const ACK_THANKS[] = {
  "thank you for your e-mail", "thank you for your email",
  "thank you for your message", "thank you for your letter",
  "thanks for your e-mail", "thanks for your email", "thanks for your message",
  "thanks for your letter",
  "\xE6\x84\x9F\xE8\xB0\xA2\xE6\x82\xA8\xE7\x9A\x84\xE6\x9D\xA5\xE4\xBF\xA1", /* ganxie nin de laixin */
  "\xE6\x84\x9F\xE8\xB0\xA2\xE4\xBD\xA0\xE7\x9A\x84\xE6\x9D\xA5\xE4\xBF\xA1", /* ganxie ni de laixin */
  "\xE9\x82\xAE\xE4\xBB\xB6\xE5\xB7\xB2\xE6\x94\xB6\xE5\x88\xB0",             /* youjian yi shoudao */
  "\xE6\x9D\xA5\xE4\xBF\xA1\xE5\xB7\xB2\xE6\x94\xB6\xE5\x88\xB0",             /* laixin yi shoudao */
  NULL
};
static const char *const ACK_PROMISE[] = {
  "as soon as", "\xE5\xB0\xBD\xE5\xBF\xAB",  /* jinkuai */
  NULL
};

/* an acknowledgement that only says the mail came: a text of a line or
   two with one of these is an auto-responder's too ("OK. your email has
   been received.") */
static const char *const ACK_RECEIPT[] = {
  "your email has been received", "your e-mail has been received",
  "your mail has been received", "your message has been received",
  "we have received your email", "we have received your e-mail",
  "we have received your message", "i have received your email",
  "i have received your e-mail", "i have received your message",
  "ihre e-mail ist bei uns eingegangen", "ihre nachricht ist bei uns eingegangen",
  "votre message a bien \xC3\xA9t\xC3\xA9 re\xC3\xA7u",
  "votre e-mail a bien \xC3\xA9t\xC3\xA9 re\xC3\xA7u",
  "hemos recibido su correo", "hemos recibido su mensaje",
  "\xE9\x82\xAE\xE4\xBB\xB6\xE5\xB7\xB2\xE6\x94\xB6\xE5\x88\xB0",             /* youjian yi shoudao */
  "\xE6\x9D\xA5\xE4\xBF\xA1\xE5\xB7\xB2\xE6\x94\xB6\xE5\x88\xB0",             /* laixin yi shoudao */
  "\xE5\xB7\xB2\xE6\x94\xB6\xE5\x88\xB0\xE6\x82\xA8\xE7\x9A\x84\xE9\x82\xAE\xE4\xBB\xB6", /* yi shoudao nin de youjian */
  "\xE3\x83\xA1\xE3\x83\xBC\xE3\x83\xAB\xE3\x82\x92\xE5\x8F\x97\xE4\xBF\xA1\xE3\x81\x97\xE3\x81\xBE\xE3\x81\x97\xE3\x81\x9F", /* meeru o jushin shimashita */
  NULL
};

#define AUTO_TEXT_SPAN  800  /* the first bytes of the text searched */
#define ACK_TEXT_MAX    600  /* the longest text an acknowledgement is */
#define ACK_SHORT_MAX   120  /* the longest that needs no promise (the
                                lines not quoted with '>') */

/* does one of 'list' start at s (n bytes left); 'list' holds lowercase
   phrases, s is lowered */
static int phrase_at (const char *s, size_t n, const char *const *list) {
  int i;
  for (i = 0; list[i] != NULL; i++) {
    const char *w = list[i];
    size_t j;
    if (w[0] != s[0]) continue;
    for (j = 0; w[j] != '\0' && j < n && w[j] == s[j]; j++) ;  /* (no strlen) */
    if (w[j] == '\0') return 1;
  }
  return 0;
}

/*
** Does the text read as an auto-reply: one of AUTO_TEXT in its first
** lines, or (a short text) an acknowledgement's thanks and promise, or
** (a line or two) its receipt alone.
** Lines quoted with '>' are passed over (a person quoting an auto-reply),
** unless no line is left: a text that is all quote has no one's words
** of its own around it (an auto-reply pasted with its quote marks), and
** its lines are read without their marks.  The lines kept are lowered
** (ASCII) into one buffer, a line end after each (no phrase holds one),
** and the buffer read once: at each byte that starts a phrase of the
** lists, and whose next byte with it starts one (a filter: their pair
** hashed, AUTO_PAIR), those phrases are compared.
*/
#define AUTO_PAIR(a, b) \
  ((((unsigned)(unsigned char)(a) << 8 | (unsigned char)(b)) * 2654435761u) >> 22 & 1023u)

static int auto_text (sb_mstr t) {
  const char *const *lists[4];
  char buf[AUTO_TEXT_SPAN + 1];
  unsigned char first[256], pair[1024];
  unsigned one = 0;  /* bit k: a phrase of lists[k] has one byte (no pair) */
  const char *p, *e = t.p + (t.n < AUTO_TEXT_SPAN ? t.n : AUTO_TEXT_SPAN);
  size_t len = 0, i;
  int thanks = 0, promise = 0, receipt = 0, k, quoted, words = 0;
  sb_mstr all = sb_mime_trim(t.p, t.n);
  for (quoted = 0; quoted < 2 && !words; quoted++) {
    len = 0;
    for (p = t.p; p < e; ) {
      const char *nl = sb_mime_nl(p, e), *q = p, *le = nl != NULL ? nl : e;
      while (q < le && (*q == ' ' || *q == '\t')) q++;
      if (q < le && *q == '>' && quoted)  /* the quote marks off */
        while (q < le && (*q == '>' || *q == ' ' || *q == '\t')) q++;
      else if (q < le && *q == '>') q = le;  /* passed over */
      else q = p;
      words |= q < le && *q != ' ' && *q != '\t';
      for (; q < le; q++)
        buf[len++] = (char)(*q >= 'A' && *q <= 'Z' ? *q + 32 : *q);
      buf[len++] = '\n';
      p = nl != NULL ? nl + 1 : e;
    }
  }
  lists[0] = AUTO_TEXT, lists[1] = ACK_THANKS, lists[2] = ACK_PROMISE;
  lists[3] = ACK_RECEIPT;
  memset(first, 0, sizeof first);  /* bit k: a phrase of lists[k] starts so */
  memset(pair, 0, sizeof pair);
  for (k = 0; k < 4; k++)
    for (i = 0; lists[k][i] != NULL; i++) {
      const char *w = lists[k][i];
      first[(unsigned char)w[0]] |= (unsigned char)(1u << k);
      if (w[0] == '\0' || w[1] == '\0') one |= 1u << k;
      else pair[AUTO_PAIR(w[0], w[1])] |= (unsigned char)(1u << k);
    }
  for (i = 0; i < len; i++) {
    unsigned f = first[(unsigned char)buf[i]];
    if (f == 0) continue;
    if (i + 1 < len) f &= pair[AUTO_PAIR(buf[i], buf[i + 1])] | one;
    if (f == 0) continue;
    if ((f & 1) && phrase_at(buf + i, len - i, AUTO_TEXT)) return 1;
    if ((f & 2) && !thanks) thanks = phrase_at(buf + i, len - i, ACK_THANKS);
    if ((f & 4) && !promise) promise = phrase_at(buf + i, len - i, ACK_PROMISE);
    if ((f & 8) && !receipt) receipt = phrase_at(buf + i, len - i, ACK_RECEIPT);
  }
  return (thanks && promise && all.n <= ACK_TEXT_MAX)
      || (receipt && len <= ACK_SHORT_MAX && t.n <= AUTO_TEXT_SPAN);
}

#endif
