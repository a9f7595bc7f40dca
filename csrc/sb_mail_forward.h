/*
** sb_mail_forward.h -- a bounce inside a mail that is none (a person
** forwarding one, a bounce of a bounce), or inside a notice whose own
** records are only its last resorts.  Included by sb_mail.c alone, after
** read_message.
*/

#ifndef SB_MAIL_FORWARD_H
#define SB_MAIL_FORWARD_H

/*
** A mail that is no bounce but carries one message/rfc822 part (a person
** forwarding a bounce to the postmaster, a bounce of a bounce): the
** bounce in that part, read as a whole message, one level deep (what it
** carries is not looked into).  When the part is no bounce either (a
** feedback report or an auto-reply forwarded is none), 'm' stays as the
** outer mail left it.  The envelope (VERP decoding) is the
** inner message's, the outer's where the inner has none.  The same for
** a notice whose prose named no recipient, its record the last resort's
** (the attached message's To, the list or person the notice went to): a
** list manager handing its owner a bounce it enclosed ("The enclosed
** message ... has been identified as a possible delivery error
** notice"); when the part is no bounce, the notice's own reading stays.
*/
static void forwarded (sb_mail *m, Walk *w) {
  sb_mail save = *m;
  sb_mstr msg = w->msg;
  int i;
  if (w->nmsg != 1 || msg.n == 0) return;
  if (w->msg_cte != SB_CTE_PLAIN) msg = sb_mime_text(m, msg.p, msg.n, w->msg_cte, NULL, 0);
  if (msg.n == 0) return;
  m->format = SB_MAIL_NONE;
  m->family = m->why = NULL;
  m->reporting_mta.p = m->subject.p = m->from.p = m->feedback_type.p = NULL;
  m->message_id.p = m->orig_headers.p = m->explanation.p = NULL;
  m->reporting_mta.n = m->subject.n = m->from.n = m->feedback_type.n = 0;
  m->message_id.n = m->orig_headers.n = m->explanation.n = 0;
  for (i = 0; i < 3; i++) m->envelope[i].p = NULL, m->envelope[i].n = 0;
  m->nrecs = m->reccap = 0;
  m->recs = NULL;  /* the outer's records kept apart */
  if (read_message(m, msg.p, msg.n) != NULL
      && (m->format == SB_MAIL_RFC3464 || m->format == SB_MAIL_PROSE)) {
    m->forwarded = 1;
    for (i = 0; i < 3; i++)
      if (m->envelope[i].p == NULL) m->envelope[i] = save.envelope[i];
    return;
  }
  /* no bounce inside either: the outer mail's reading, the memory kept */
  m->format = save.format;
  m->family = save.family;
  m->why = save.why;
  m->reporting_mta = save.reporting_mta;
  m->subject = save.subject;
  m->from = save.from;
  m->feedback_type = save.feedback_type;
  m->message_id = save.message_id;
  m->orig_headers = save.orig_headers;
  m->explanation = save.explanation;
  for (i = 0; i < 3; i++) m->envelope[i] = save.envelope[i];
  m->flags = save.flags;
  m->recs = save.recs;
  m->reccap = save.reccap;
  m->nrecs = save.format == SB_MAIL_NONE ? 0 : save.nrecs;
}

/* are the records all the last resort's: read from the attached
   message's header block, or naming no one (nameless) */
static int from_attached (const sb_mail *m) {
  size_t k;
  const char *b = m->orig_headers.p;
  if (m->format != SB_MAIL_PROSE || m->nrecs == 0) return 0;
  for (k = 0; k < m->nrecs; k++) {
    const char *p = m->recs[k].recipient.p;
    if (p != NULL && (b == NULL || p < b || p >= b + m->orig_headers.n)) return 0;
  }
  return 1;
}

#endif
