/*
** sb_mail.h -- the bounce-mail reader: MIME structure, transfer
** encodings, charsets (to UTF-8, iconv), RFC 3464/6522 and RFC 6533
** delivery status, RFC 5965 feedback reports, RFC 3834 auto-replies, and
** the prose bounces sb_prose.c recognises.  No Lua headers; the binding
** is lmail.c (module smtpbounce.mailreader), which smtpbounce.mail
** (lua/smtpbounce/mail.lua) classifies the records of.
**
** A message is any byte string: nothing here needs a NUL terminator, and
** nothing fails on bad input (truncated, NUL bytes, wrong boundaries, bad
** base64 or charsets): the reader gives records, or a reason why the
** message is no bounce.  It allocates per message (malloc), within the
** caps below; time is linear in the message's length (times the depth
** cap, a constant).
*/

#ifndef SB_MAIL_H
#define SB_MAIL_H

#include <stddef.h>

#include "smtpbounce.h"

/* {======================================================================
** Caps (each counted per message; the reader stops at a cap, keeps what
** it has read and sets a flag in sb_mail.flags)
** ======================================================================= */

#if !defined(SB_MAIL_MAX_PARTS)
/* MIME parts looked at (a million parts cost no more than this many) */
#define SB_MAIL_MAX_PARTS   512
#endif

#if !defined(SB_MAIL_MAX_DEPTH)
/* multipart nesting followed (each level rescans its body once) */
#define SB_MAIL_MAX_DEPTH   16
#endif

#if !defined(SB_MAIL_MAX_HEADER)
/* bytes of one header block read (the rest of the block is skipped) */
#define SB_MAIL_MAX_HEADER  ((size_t)64 << 10)
#endif

#if !defined(SB_MAIL_MAX_FIELDS)
/* header fields kept per header block */
#define SB_MAIL_MAX_FIELDS  256
#endif

#if !defined(SB_MAIL_MAX_DECODED)
/* bytes decoded and converted to UTF-8 over the whole message */
#define SB_MAIL_MAX_DECODED ((size_t)16 << 20)
#endif

#if !defined(SB_MAIL_MAX_RCPTS)
/* recipient records per message */
#define SB_MAIL_MAX_RCPTS   1000
#endif

#if !defined(SB_MAIL_MAX_EXPLAIN)
/* bytes of sb_mail.explanation (the start of the text is what explains) */
#define SB_MAIL_MAX_EXPLAIN 1024
#endif

/* sb_mail.flags: which cap was reached */
#define SB_MAIL_F_PARTS     0x01  /* more parts than SB_MAIL_MAX_PARTS */
#define SB_MAIL_F_DEPTH     0x02  /* nesting deeper than SB_MAIL_MAX_DEPTH */
#define SB_MAIL_F_HEADER    0x04  /* a header block cut at a cap */
#define SB_MAIL_F_DECODED   0x08  /* decoding stopped at SB_MAIL_MAX_DECODED */
#define SB_MAIL_F_RCPTS     0x10  /* more recipients than SB_MAIL_MAX_RCPTS */

/* }====================================================================== */


/*
** Charset converters kept between messages (iconv_open loads a charset's
** module, and iconv_close may unload it: per message, most of the cost
** of a mail in GBK).  Caller-owned, one per thread; zeroed before first
** use, smtpbounce_mail_convs_free when done.
*/
#define SB_MAIL_NCONV  8
typedef struct sb_mail_convs {
  char name[SB_MAIL_NCONV][32];  /* charset of each slot, "" when free */
  void *cd[SB_MAIL_NCONV];       /* its iconv_t */
  unsigned next;                 /* the slot replaced next */
  /* a slot's charset once tried: 1 single-byte (each byte one character,
     ASCII as itself, no state: converted by 'tab', built from iconv's own
     answers), 2 not; 0 not tried yet */
  unsigned char sbcs[SB_MAIL_NCONV];
  unsigned char tab_ok[SB_MAIL_NCONV];  /* sbcs 1: each entry of 'tab' is
                                           one valid UTF-8 sequence */
  unsigned char tab[SB_MAIL_NCONV][128][4];  /* bytes 0x80-0xFF: UTF-8,
                                                its length in [3] */
  /* a charset of more than one byte a character or with a state (sbcs
     2): bit c of 'direct' set for each ASCII byte c that iconv gives
     as itself wherever it stands outside a shift (UTF-7's '+' one) */
  unsigned char direct[SB_MAIL_NCONV][16];
  /* a slot's converter to UCS-4 (glibc: a text of more than one byte a
     character converted in one step of iconv's, its UTF-8 written by the
     reader): 0 not opened yet, 1 in 'wide', 2 none to be had */
  unsigned char wide_ok[SB_MAIL_NCONV];
  void *wide[SB_MAIL_NCONV];
} sb_mail_convs;

/* a string: a view into the message or into the reader's own memory */
typedef struct sb_mstr {
  const char *p;      /* NULL when absent */
  size_t n;           /* length in bytes */
} sb_mstr;

/* what the message is (sb_mail.format) */
typedef enum sb_mail_format {
  SB_MAIL_NONE = 0,   /* no bounce: sb_mail.why says why */
  SB_MAIL_RFC3464,    /* delivery status (RFC 3464/6522, RFC 6533) */
  SB_MAIL_ARF,        /* feedback report (RFC 5965) */
  SB_MAIL_AUTOREPLY,  /* auto-reply (RFC 3834 and the usual marks) */
  SB_MAIL_PROSE       /* prose bounce: sb_mail.family names it */
} sb_mail_format;

/* one recipient */
typedef struct sb_mail_rec {
  sb_mstr recipient;           /* bare address, no "rfc822;" and no <>;
                                  NULL for a prose notice that says what
                                  failed but names no one */
  sb_mstr original_recipient;  /* Original-Recipient, bare */
  sb_mstr action;              /* DSN Action, lowercase (failed, ...) */
  sb_mstr status;              /* DSN Status "X.Y.Z", or the prose's */
  sb_mstr status_text;         /* the whole Status value, its comment
                                  included ("4.0.0 (host name lookup
                                  failure)"), unfolded */
  sb_mstr remote_mta;          /* Remote-MTA without its type, or the
                                  host the prose names */
  sb_mstr reply;               /* the diagnostic, type removed, unfolded */
  sb_mstr time;                /* Last-Attempt-Date, else Arrival-Date,
                                  else the bounce's Date, as given */
  int phase;                   /* sb_phase the diagnostic names, or 0 */
} sb_mail_rec;

/* the message read */
typedef struct sb_mail {
  int format;                  /* sb_mail_format */
  const char *family;          /* prose family (static string), or NULL */
  const char *why;             /* SB_MAIL_NONE: why (static string) */
  unsigned flags;              /* SB_MAIL_F_*: caps reached */
  sb_mstr reporting_mta;       /* Reporting-MTA without its type */
  sb_mstr subject;             /* the bounce's Subject, decoded (UTF-8) */
  sb_mstr from;                /* the bounce's From, decoded (UTF-8) */
  sb_mstr feedback_type;       /* ARF Feedback-Type */
  sb_mstr message_id;          /* the ORIGINAL message's Message-ID, no <> */
  sb_mstr orig_headers;        /* the original's header block, raw */
  sb_mstr envelope[3];         /* the bounce's X-Original-To, Delivered-To
                                  and To (VERP decoding), raw */
  sb_mstr explanation;         /* when a record has no reply: the text the
                                  reporting MTA wrote for people (a
                                  report's first part, a prose bounce's
                                  text, the lines of a notice a person's
                                  reply quotes), unfolded, at most
                                  SB_MAIL_MAX_EXPLAIN bytes; else absent */
  int forwarded;               /* 1: the records are those of a bounce
                                  forwarded inside this mail (its one
                                  message/rfc822 part), this mail being
                                  no bounce itself */
  sb_mail_rec *recs;           /* the records */
  size_t nrecs;                /* how many */
  /* private: the reader's memory */
  sb_mail_convs *convs;        /* the caller's converters, or NULL */
  char *buf;                   /* the caller's buffer, used first */
  size_t bufsize, bufused;     /* its size, and what is handed out */
  void *arena;                 /* blocks allocated for this message */
  size_t decoded;              /* bytes decoded so far (SB_MAIL_MAX_DECODED) */
  size_t reccap;               /* records allocated */
  int nomem;                   /* an allocation failed */
} sb_mail;

/*
** Read the message of 'len' bytes at 's' into 'm' (which need not be
** initialised).  Returns SB_OK, or SB_ENOMEM when malloc failed (then
** 'm' holds nothing of use but must still be freed).  Strings in 'm'
** point into 's' or into memory 'm' owns: valid until
** smtpbounce_mail_free(m) and as long as 's' is.
*/
sb_error smtpbounce_mail_read (sb_mail *m, const char *s, size_t len);

/* free the converters of 'c' (then 'c' may be used again) */
void smtpbounce_mail_convs_free (sb_mail_convs *c);

/*
** The same, the reader's memory taken first from 'buf' ('bufsize' bytes,
** aligned as malloc aligns; NULL for none), malloc only past it, and the
** converters of 'convs' (NULL for none: opened and closed per use): a
** caller that reads many mails keeps one buffer of SB_MAIL_BUFSIZE and
** one sb_mail_convs, and saves the allocations and module loads of a
** usual mail.  'buf' is the caller's again after smtpbounce_mail_free(m).
*/
sb_error smtpbounce_mail_read_buf (sb_mail *m, const char *s, size_t len,
                                   void *buf, size_t bufsize,
                                   sb_mail_convs *convs);

#if !defined(SB_MAIL_BUFSIZE)
/* a buffer that holds what a usual bounce needs */
#define SB_MAIL_BUFSIZE  ((size_t)48 << 10)
#endif

/* free what 'm' holds (then 'm' may be read into again) */
void smtpbounce_mail_free (sb_mail *m);

/*
** The value of the first field 'name' (case-insensitive) of the header
** block 'hb' (such as m->orig_headers): unfolded, RFC 2047 encoded words
** decoded to UTF-8, surrounding space removed.  Returns 1 and sets *out
** (memory of 'm'), or 0 when there is no such field.
*/
int smtpbounce_mail_header (sb_mail *m, sb_mstr hb, const char *name,
                            size_t nlen, sb_mstr *out);

/* the sb_mail_format's name as smtpbounce.mail gives it ("rfc3464",
   "arf", "autoreply", the prose family), or NULL for SB_MAIL_NONE */
const char *smtpbounce_mail_format_name (const sb_mail *m);

#endif
