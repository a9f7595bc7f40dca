/*
** sb_logline.h -- mail-log lines read in C (sb_logline.c): a Postfix
** delivery line in the layout Postfix writes.  No Lua headers; the
** binding is llogio.c (module smtpbounce.logio).  Spans are those of
** smtpbounce.h: views into the caller's line, which needs no NUL.
*/

#ifndef SB_LOGLINE_H
#define SB_LOGLINE_H

#include <stddef.h>

#include "smtpbounce.h"

/* how a line's stamp is written (sb_pfline.header) */
typedef enum sb_pfheader {
  SB_PF_RFC3339 = 1,  /* "2026-11-28T01:02:03.5+02:00" */
  SB_PF_FIXED,        /* syslog in fixed columns: "Nov 28 01:02:03" */
  SB_PF_STAMP         /* another syslog stamp: "Nov 8 01:02:03" */
} sb_pfheader;

/*
** A Postfix delivery line in the layout Postfix writes (to=, [orig_to=,]
** relay=, [conn_use=,] delay=, delays=, dsn=, status=, after a syslog or
** RFC 3339 stamp and the program name): the fields of the 'fast' LPeg
** pattern of smtpbounce.log.postfix, which defines them.
*/
typedef struct sb_pfline {
  int plain;          /* printable ASCII without '"' or '\\' throughout */
  int header;         /* sb_pfheader: how the line's stamp is written */
  sb_span time;       /* RFC 3339: the stamp; fixed columns: the minute
                         ("Nov 28 01:02"); other syslog stamps: the stamp */
  sb_span rest;       /* fixed columns: the rest (":03[.fraction]") */
  sb_span prog;       /* program name ("postfix/smtp") */
  sb_span qid;        /* queue id */
  sb_span rcpt;       /* recipient, inside "<>" */
  int has_rdomain;    /* the recipient has an "@" ... */
  sb_span rdomain;    /* ... and this follows its last one */
  sb_span relay;      /* relay host, or the whole relay= value */
  int has_ip;         /* relay=host[ip], and not a value of another form */
  sb_span relay_ip;   /* the ip inside "[]" */
  sb_span dsn;        /* dsn= value */
  sb_span status;     /* status= word (sent, deferred, ...) */
  size_t tpos;        /* offset of the status text, after " (" */
} sb_pfline;

/*
** Read the line of 'len' bytes at 's' into 'f'.  Returns 1, or 0 when
** the line is not in that layout (then 'f' holds nothing of use).
** Linear in 'len'; never allocates.
*/
int smtpbounce_postfix_line (const char *s, size_t len, sb_pfline *f);

#endif
