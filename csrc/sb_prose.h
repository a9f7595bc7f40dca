/*
** sb_prose.h -- bounce mails written as prose (no RFC 3464 part): the
** family of the text (qmail, postfix, exim, sendmail, exchange, ...) and
** each failed or delayed recipient with the diagnostic the text gives.
** No Lua headers; spans point into the caller's text, which needs no NUL.
*/

#ifndef SB_PROSE_H
#define SB_PROSE_H

#include <stddef.h>

#include "smtpbounce.h"

/* one recipient found in a prose bounce; spans point into the text.  A
   diagnostic read from an SMTP transcript keeps the "<<< " that starts
   each of its lines after the first: unfolding it, drop a "<<< " that
   follows a line end. */
typedef struct sb_prose_hit {
  const char *recipient; size_t recipient_len;   /* bare address, no <>;
                     NULL (only when ctx->cues asks, SB_PROSE_NAMELESS):
                     a mailer daemon's notice (by its From or null sender
                     and its Subject) that says what failed and names no
                     one */
  const char *diag; size_t diag_len;   /* the diagnostic as written; may span lines */
  const char *remote_mta; size_t remote_mta_len; /* host named, or NULL */
  const char *status; size_t status_len;  /* X.Y.Z the prose gives apart from diag, or NULL */
  int phase;       /* sb_phase (smtpbounce.h) the prose names, or SB_PHASE_UNKNOWN */
  int temporary;   /* 1: still retrying (delayed), 0: failed, -1: not said */
} sb_prose_hit;

typedef int (*sb_prose_cb) (void *ud, const sb_prose_hit *hit); /* nonzero stops */

/* text: the decoded UTF-8 text of the bounce (text parts joined by "\n");
   subject/from: the bounce's decoded Subject and From (may be NULL);
   returns the family name (static string) or NULL when no prose family
   recognised (then no hit was reported). Linear in len, no allocation. */
const char *sb_prose_scan (const char *text, size_t len,
                           const char *subject, size_t subject_len,
                           const char *from, size_t from_len,
                           sb_prose_cb cb, void *ud);

/* the same, 'orig' the header block of the returned message when the
   bounce attaches it apart from the text (a message/rfc822 or
   text/rfc822-headers part; NULL when none): the last resort (a text
   that says what failed but names no recipient) then reads the one
   address of its To and Cc when the text quotes no returned message.
   A recipient found there points into 'orig'. */
const char *sb_prose_scan_orig (const char *text, size_t len,
                                const char *subject, size_t subject_len,
                                const char *from, size_t from_len,
                                const char *orig, size_t orig_len,
                                sb_prose_cb cb, void *ud);

/* what the mail around the text tells (every span may be NULL) */
typedef struct sb_prose_ctx {
  const char *subject; size_t subject_len;  /* the bounce's decoded Subject */
  const char *from; size_t from_len;        /* the bounce's decoded From */
  const char *orig; size_t orig_len;  /* the attached original's header
                                         block (sb_prose_scan_orig) */
  const char *notrcpt[4];   /* fields whose addresses are no recipients: */
  size_t notrcpt_len[4];    /* the bounce's To, X-Original-To, Delivered-To */
  int cues;                 /* SB_PROSE_CUE_*: what else says "bounce" */
} sb_prose_ctx;

#define SB_PROSE_CUE_NULLPATH  0x01  /* Return-Path: <> */
#define SB_PROSE_CUE_HEADERS   0x02  /* a text/rfc822-headers part */
#define SB_PROSE_CUE_MESSAGE   0x04  /* a message/rfc822 part */
#define SB_PROSE_NAMELESS      0x08  /* not a cue: the caller takes a hit
                                        without recipient (a daemon's
                                        notice that names no one) */

/* the same, the mail around the text in 'ctx' (NULL: nothing known).
   Besides the bounce's own From, the addresses of the fields
   ctx->notrcpt names and the From, Reply-To, Sender, Return-Path and
   Message-ID of ctx->orig are never recipients. */
const char *sb_prose_read (const char *text, size_t len,
                           const sb_prose_ctx *ctx, sb_prose_cb cb, void *ud);

/* does the Subject start with a reply's mark ("Re: ", "AW: ", "SV: "):
   a person answering speaks of what the text quotes */
int sb_prose_reply_subject (const char *subject, size_t subject_len);

/* a bounce a person forwards quoted under "On <date>, <who> wrote:" (a
   line of its own, not quoted, the next line quoted with '>'), under a
   forward's Subject ("Fwd: ...", "FW: ..."): where its quoted lines
   start, [*wb, *we) the "wrote:" line; 0 when the text is no such
   forward */
size_t sb_prose_quoted_forward (const char *text, size_t len, const char *subject,
                                size_t subject_len, size_t *wb, size_t *we);

/* the length of a notice's own opening or heading that starts at text
   ("Delivery has failed to these recipients", "This is the mail system
   at host", "----- Original message -----"), written as the notice
   writes it (its first letter a capital), 0 when none does: where a
   field's value run into the notice's prose ends */
size_t sb_prose_opening (const char *text, size_t len);

/* the SMTP phase a diagnostic names ("in reply to RCPT TO command",
   "after RCPT TO", "after end of data", "after MAIL FROM", ...), or
   SB_PHASE_UNKNOWN; used for DSN Diagnostic-Code too */
int sb_mail_phase (const char *s, size_t len);

#endif
