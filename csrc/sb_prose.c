/*
** sb_prose.c -- bounce mails written as prose by an MTA or a provider
** (no RFC 3464 part).  The text is read line by line: marker phrases
** name the family, then the lines that hold a recipient and the lines
** of its diagnostic are picked with the family's layout.
*/

#include <string.h>

#include "sb_prose.h"

static int lower (int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
static int is_digit (int c) { return c >= '0' && c <= '9'; }
static int is_alnum (int c) {
  return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* the case-insensitive literal 'l' at s[i..n): 1 if it is there */
static int ci_at (const char *s, size_t n, size_t i, const char *l,
                  size_t ln) {
  size_t j;
  if (i > n || n - i < ln) return 0;
  for (j = 0; j < ln; j++)
    if (lower((unsigned char)s[i + j]) != (unsigned char)l[j]) return 0;
  return 1;
}

/* first occurrence of the lowercase literal 'l' in s[b..e): its offset,
   or (size_t)-1 */
static size_t ci_find (const char *s, size_t b, size_t e, const char *l,
                       size_t ln) {
  size_t i;
  if (ln == 0 || e < b || e - b < ln) return (size_t)-1;
  for (i = b; i + ln <= e; i++)
    if (lower((unsigned char)s[i]) == (unsigned char)l[0]
        && ci_at(s, e, i, l, ln)) return i;
  return (size_t)-1;
}


/* {======================================================================
** SMTP phase named by a diagnostic
** ======================================================================= */

typedef struct PhaseWord {
  const char *w;      /* lowercase phrase */
  unsigned char len;  /* its length */
  unsigned char phase;  /* sb_phase */
} PhaseWord;

#define PW(w, p)  { w, sizeof(w) - 1, p }
static const PhaseWord phase_words[] = {
  /* Postfix: "(in reply to RCPT TO command)" */
  PW("in reply to rcpt to command", SB_PHASE_RCPT),
  PW("in reply to mail from command", SB_PHASE_MAIL),
  PW("in reply to end of data command", SB_PHASE_EOD),
  PW("in reply to data command", SB_PHASE_DATA),
  PW("in reply to ehlo command", SB_PHASE_HELO),
  PW("in reply to helo command", SB_PHASE_HELO),
  PW("in reply to lhlo command", SB_PHASE_HELO),
  PW("in reply to starttls command", SB_PHASE_HELO),
  PW("in reply to auth command", SB_PHASE_HELO),
  PW("in reply to bdat command", SB_PHASE_EOD),
  PW("while receiving the initial server greeting", SB_PHASE_CONNECT),
  /* Exim: "SMTP error from remote mail server after RCPT TO:<x>:" */
  PW("after pipelined rcpt to", SB_PHASE_RCPT),
  PW("after rcpt to", SB_PHASE_RCPT),
  PW("after rcpt", SB_PHASE_RCPT),
  PW("after pipelined mail from", SB_PHASE_MAIL),
  PW("after mail from", SB_PHASE_MAIL),
  PW("after end of data", SB_PHASE_EOD),
  PW("after sending data block", SB_PHASE_EOD),
  PW("after pipelined data", SB_PHASE_DATA),
  PW("after data", SB_PHASE_DATA),
  PW("after initial connection", SB_PHASE_CONNECT),
  PW("after ehlo", SB_PHASE_HELO),
  PW("after helo", SB_PHASE_HELO),
  PW("after starttls", SB_PHASE_HELO),
  PW("after auth", SB_PHASE_HELO),
  /* qmail-remote */
  PW("does not like recipient", SB_PHASE_RCPT),
  PW("but sender was rejected", SB_PHASE_MAIL),
  PW("failed after i sent the message", SB_PHASE_EOD),
  PW("failed on data command", SB_PHASE_DATA),
  PW("but greeting failed", SB_PHASE_CONNECT),
  PW("but my name was rejected", SB_PHASE_HELO),
  /* Yahoo's tags after the reply */
  PW("[rcpt_to]", SB_PHASE_RCPT),
  PW("[mail_from]", SB_PHASE_MAIL),
  PW("[body]", SB_PHASE_EOD),
  PW("[data]", SB_PHASE_DATA),
  /* SMTP transcripts (sendmail, Courier): the command sent */
  PW(">>> rcpt to", SB_PHASE_RCPT),
  PW(">>> mail from", SB_PHASE_MAIL),
  PW(">>> data", SB_PHASE_DATA),
  PW(">>> .", SB_PHASE_EOD),
  PW(">>> ehlo", SB_PHASE_HELO),
  PW(">>> helo", SB_PHASE_HELO),
  PW(">>> starttls", SB_PHASE_HELO),
  /* others */
  PW("during rcpt to", SB_PHASE_RCPT),
  PW("during mail from", SB_PHASE_MAIL),
  PW("in response to rcpt to", SB_PHASE_RCPT),
  PW("in response to mail from", SB_PHASE_MAIL),
  PW("in response to end of data", SB_PHASE_EOD),
  PW("in response to data", SB_PHASE_DATA),
};
#undef PW

/* the phrase at s[i]: its phase, or 0; the phrase must end a word */
static int phase_at (const char *s, size_t n, size_t i) {
  size_t k;
  int c = lower((unsigned char)s[i]);
  for (k = 0; k < sizeof phase_words / sizeof phase_words[0]; k++) {
    const PhaseWord *p = &phase_words[k];
    size_t e = i + p->len;
    if (c != (unsigned char)p->w[0] || !ci_at(s, n, i, p->w, p->len))
      continue;
    if (e < n && is_alnum((unsigned char)s[e])
        && is_alnum((unsigned char)p->w[p->len - 1])) continue;
    return p->phase;
  }
  return SB_PHASE_UNKNOWN;
}

/*
** The phase of the first phrase found (the table puts longer phrases
** before their prefixes).  Each position is tried against a bounded
** table: linear in len.
*/
int sb_mail_phase (const char *s, size_t len) {
  size_t i;
  if (s == NULL) return SB_PHASE_UNKNOWN;
  for (i = 0; i < len; i++) {
    int c = lower((unsigned char)s[i]);
    if (c == 'i' || c == 'a' || c == 'w' || c == 'd' || c == 'b'
        || c == 'f' || c == '[' || c == '>') {
      int ph = phase_at(s, len, i);
      if (ph != SB_PHASE_UNKNOWN) return ph;
    }
  }
  return SB_PHASE_UNKNOWN;
}

/* }====================================================================== */


/* {======================================================================
** Lines, addresses, replies
** ======================================================================= */

#define NONE  ((size_t)-1)

static int is_space (int c) { return c == ' ' || c == '\t'; }

/* bytes of a local part or a domain (UTF-8 bytes taken as letters) */
static int local_byte (int c) {
  return is_alnum(c) || c >= 0x80 || (c != 0 && strchr("!#$%&'*+-/=?^_`{|}~.", c) != NULL);
}
static int domain_byte (int c) {
  return is_alnum(c) || c >= 0x80 || c == '-' || c == '.';
}

/* trim blanks at both ends of [*b, *e) */
static void trim (const char *s, size_t *b, size_t *e) {
  while (*b < *e && (is_space((unsigned char)s[*b]) || s[*b] == '\r')) (*b)++;
  while (*e > *b && (is_space((unsigned char)s[*e - 1]) || s[*e - 1] == '\r'))
    (*e)--;
}

/*
** The address whose '@' is at 'at' in [b, e): sets *ab, *ae and returns 1
** when both sides are non-empty and the domain holds a dot.  The local
** part never runs back over an '@', so trying each '@' of a line once is
** linear.
*/
static int addr_at (const char *s, size_t b, size_t e, size_t at,
                    size_t *ab, size_t *ae) {
  size_t l = at, r = at + 1, dot = 0;
  while (l > b && local_byte((unsigned char)s[l - 1])) l--;
  while (l < at && s[l] == '.') l++;
  while (r < e && domain_byte((unsigned char)s[r])) {
    if (s[r] == '.') dot = 1;
    r++;
  }
  while (r > at + 1 && s[r - 1] == '.') r--;
  if (l == at || r == at + 1 || !dot) return 0;
  if (s[at + 1] == '.' || s[at + 1] == '-') return 0;
  *ab = l; *ae = r;
  return 1;
}

/* the first address in [b, e) at or after 'from' */
static int find_addr (const char *s, size_t from, size_t e, size_t *ab,
                      size_t *ae) {
  size_t i, lo = from;
  for (i = from; i < e; i++)
    if (s[i] == '@') {
      if (addr_at(s, lo, e, i, ab, ae)) return 1;
      lo = i + 1;
    }
  return 0;
}

/* a reply code at i ("550 ", "550-", "550" at the end): 1 */
static int code_at (const char *s, size_t e, size_t i) {
  if (e - i < 3 || i >= e) return 0;
  if (s[i] < '2' || s[i] > '5' || !is_digit((unsigned char)s[i + 1])
      || !is_digit((unsigned char)s[i + 2])) return 0;
  return i + 3 == e || s[i + 3] == ' ' || s[i + 3] == '-' || s[i + 3] == '\t';
}

/* an enhanced status at i ("5.1.1"): its end, or NONE */
static size_t status_at (const char *s, size_t e, size_t i) {
  size_t j = i, k;
  if (i >= e || (s[i] != '2' && s[i] != '4' && s[i] != '5')) return NONE;
  j = i + 1;
  for (k = 0; k < 2; k++) {
    size_t d;
    if (j >= e || s[j] != '.') return NONE;
    j++;
    for (d = 0; j < e && is_digit((unsigned char)s[j]) && d < 3; d++) j++;
    if (d == 0) return NONE;
  }
  if (j < e && (is_digit((unsigned char)s[j]) || s[j] == '.')) return NONE;
  return j;
}

/* a reply code or an enhanced status at i */
static int reply_at (const char *s, size_t e, size_t i) {
  return code_at(s, e, i) || status_at(s, e, i) != NONE;
}

/* the host name ending before 'end' (a word of host bytes) */
static size_t host_back (const char *s, size_t b, size_t end) {
  while (end > b && domain_byte((unsigned char)s[end - 1])) end--;
  return end;
}

/* }====================================================================== */


/* {======================================================================
** Marker phrases
** ======================================================================= */

enum {
  FAM_NONE = 0, FAM_QMAIL, FAM_POSTFIX, FAM_EXIM, FAM_SENDMAIL,
  FAM_EXCHANGE, FAM_GMAIL, FAM_YAHOO, FAM_DOMINO, FAM_COURIER,
  FAM_MAILENABLE, FAM_KERIO, FAM_MDAEMON, FAM_GROUPWISE, FAM_MESSAGELABS,
  FAM_MIMECAST, FAM_GENERIC,
  FAM_MAX
};

static const char *const fam_names[FAM_MAX] = {
  NULL, "qmail", "postfix", "exim", "sendmail", "exchange", "gmail",
  "yahoo", "domino", "courier", "mailenable", "kerio", "mdaemon",
  "groupwise", "messagelabs", "mimecast", "generic"
};

/* what a marker line does (Marker.flags) */
#define M_LIST    0x01  /* recipients follow */
#define M_SHARED  0x02  /* a diagnostic for all recipients follows */
#define M_TEMP    0x04  /* still being retried */
#define M_PERM    0x08  /* given up */
#define M_STOP    0x10  /* the returned message starts: stop reading */
#define M_START   0x20  /* only at the start of a (trimmed) line */
#define M_INLINE  0x40  /* the recipient follows on the same line */
#define M_WEAK    0x80  /* names the family only if nothing else does */

typedef struct Marker {
  const char *w;        /* lowercase phrase */
  unsigned char len;    /* its length */
  unsigned char fam;    /* family it names, or FAM_NONE */
  unsigned char flags;  /* M_* */
} Marker;

#define MK(w, f, fl)  { w, sizeof(w) - 1, f, fl }
static const Marker markers[] = {
  /* qmail-send.c, qmail-remote.c, vpopmail, qmail-ldap */
  MK("this is the qmail-send program at", FAM_QMAIL, 0),
  MK("i'm afraid i wasn't able to deliver your message", FAM_QMAIL, M_LIST),
  MK("this is a permanent error; i've given up", FAM_QMAIL, M_PERM | M_LIST),
  MK("su mensaje no pudo ser entregado", FAM_QMAIL, M_LIST),
  MK("--- below this line is a copy of the message", FAM_NONE, M_STOP),
  MK("--- enclosed are the original headers of the message", FAM_NONE, M_STOP),
  /* Yahoo (a qmail descendant) */
  MK("sorry, we were unable to deliver your message to the following",
     FAM_YAHOO, M_LIST | M_PERM),
  MK("message from yahoo.com", FAM_YAHOO, 0),
  MK("unable to deliver message to the following address", FAM_YAHOO, M_LIST),
  /* Postfix bounce templates (bounce.cf.default) */
  MK("this is the mail system at host", FAM_POSTFIX, 0),
  MK("this is the postfix program at host", FAM_POSTFIX, 0),
  MK("i'm sorry to have to inform you that your message could not",
     FAM_POSTFIX, M_PERM | M_LIST),
  MK("this is a warning only.", FAM_POSTFIX, M_TEMP | M_LIST),
  MK("your message could not be delivered for more than", FAM_POSTFIX,
     M_TEMP | M_LIST),
  MK("the mail system", FAM_NONE, M_START | M_LIST),
  /* Exim (src/deliver.c, exim_bounce and warn messages) */
  MK("this message was created automatically by mail delivery software",
     FAM_EXIM, 0),
  MK("the following address(es) failed:", FAM_EXIM, M_LIST | M_PERM),
  MK("this is a permanent error. the following address", FAM_EXIM,
     M_LIST | M_PERM),
  MK("has not yet been delivered to one or more", FAM_EXIM, M_TEMP),
  MK("message has not yet been delivered is:", FAM_EXIM, M_LIST | M_TEMP),
  MK("message has not yet been delivered are:", FAM_EXIM, M_LIST | M_TEMP),
  MK("no action is required on your part. delivery attempts", FAM_EXIM,
     M_TEMP),
  MK("------ this is a copy of the message", FAM_NONE, M_STOP),
  MK("------ this is a copy of the body of the message", FAM_NONE, M_STOP),
  MK("------ the body of the message is", FAM_NONE, M_STOP),
  /* sendmail (savemail.c, deliver.c) */
  MK("----- the following addresses had permanent fatal errors -----",
     FAM_SENDMAIL, M_LIST | M_PERM),
  MK("----- the following addresses had transient non-fatal errors -----",
     FAM_SENDMAIL, M_LIST | M_TEMP),
  MK("----- transcript of session follows -----", FAM_SENDMAIL,
     M_LIST | M_SHARED),
  MK("this is a warning message only", FAM_SENDMAIL, M_TEMP),
  MK("warning: message still undelivered after", FAM_SENDMAIL, M_TEMP),
  MK("the original message was received at", FAM_SENDMAIL, M_WEAK),
  MK("----- original message follows -----", FAM_NONE, M_STOP),
  MK("----- unsent message follows -----", FAM_NONE, M_STOP),
  MK("----- message header follows -----", FAM_NONE, M_STOP),
  MK("----- returned message follows -----", FAM_NONE, M_STOP),
  /* Microsoft Exchange, Microsoft 365, Outlook.com */
  MK("delivery has failed to these recipients or groups", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("delivery is delayed to these recipients or groups", FAM_EXCHANGE,
     M_LIST | M_TEMP),
  MK("diagnostic information for administrators", FAM_EXCHANGE, M_LIST),
  MK("your message did not reach some or all of the intended recipients",
     FAM_EXCHANGE, 0),
  MK("the following recipient(s) cannot be reached", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("the following recipient(s) could not be reached", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("your message to ", FAM_NONE, M_START | M_INLINE),
  MK("couldn't be delivered.", FAM_EXCHANGE, M_PERM | M_WEAK),
  MK("original message headers:", FAM_NONE, M_STOP),
  MK("-----original message-----", FAM_NONE, M_STOP),
  /* Google */
  MK("delivery to the following recipient failed permanently",
     FAM_GMAIL, M_LIST | M_PERM),
  MK("delivery to the following recipients failed permanently",
     FAM_GMAIL, M_LIST | M_PERM),
  MK("delivery to the following recipient has been delayed",
     FAM_GMAIL, M_LIST | M_TEMP),
  MK("delivery to the following recipients has been delayed",
     FAM_GMAIL, M_LIST | M_TEMP),
  MK("technical details of permanent failure", FAM_GMAIL, M_SHARED | M_PERM),
  MK("technical details of temporary failure", FAM_GMAIL, M_SHARED | M_TEMP),
  MK("the error that the other server returned was", FAM_GMAIL, M_SHARED),
  MK("the response from the remote server was", FAM_GMAIL, M_SHARED),
  MK("** address not found **", FAM_GMAIL, M_PERM),
  MK("** message not delivered **", FAM_GMAIL, M_PERM),
  MK("** message blocked **", FAM_GMAIL, M_PERM),
  MK("** delivery incomplete **", FAM_GMAIL, M_TEMP),
  MK("your message wasn't delivered to ", FAM_NONE, M_INLINE),
  MK("there was a temporary problem delivering your message to ", FAM_NONE,
     M_INLINE | M_TEMP),
  MK("----- original message -----", FAM_NONE, M_STOP),
  /* HCL/IBM Domino */
  MK("was not delivered to:", FAM_DOMINO, M_LIST | M_PERM),
  MK("because:", FAM_NONE, M_START | M_SHARED),
  /* Courier */
  MK("running the courier mail server", FAM_COURIER, 0),
  MK("your message to the following recipients cannot be delivered",
     FAM_COURIER, M_LIST | M_PERM),
  MK("your message to the following recipients has been delayed",
     FAM_COURIER, M_LIST | M_TEMP),
  /* MailEnable, Kerio, MDaemon, GroupWise */
  MK("this message was undeliverable due to the following reason",
     FAM_GENERIC, M_LIST | M_PERM),
  MK("mailenable", FAM_MAILENABLE, M_WEAK),
  MK("kerio connect", FAM_KERIO, M_WEAK),
  MK("mdaemon", FAM_MDAEMON, M_WEAK),
  MK("groupwise", FAM_GROUPWISE, M_WEAK),
  /* Symantec Email Security.cloud (MessageLabs), Mimecast */
  MK("i was unable to deliver your message to the following addresses",
     FAM_MESSAGELABS, M_LIST | M_PERM),
  MK("the message you sent to ", FAM_NONE, M_START | M_INLINE),
  MK("couldn't be delivered due to:", FAM_MIMECAST, M_SHARED | M_PERM),
  /* wordings shared by several MTAs */
  MK("these recipients of your message have been processed by the mail",
     FAM_GENERIC, M_LIST),
  MK("the following message to <", FAM_NONE, M_INLINE),
  MK("could not be delivered to the following recipients", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("delivery to the following recipients failed", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("unable to deliver your message to the following address", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("the following recipients did not receive this message", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("message headers follow", FAM_NONE, M_STOP),
  MK("original message follows", FAM_NONE, M_STOP | M_START),
  MK("--- original message follows", FAM_NONE, M_STOP),
  MK("--- mensaje original adjunto", FAM_NONE, M_STOP),
  MK("received: from ", FAM_NONE, M_STOP | M_START),
  MK("return-path: <", FAM_NONE, M_STOP | M_START),
};
#undef MK

#define NMARKERS  (sizeof markers / sizeof markers[0])

/*
** Markers in the line [b, e): calls back nothing, fills 'out' with up to
** 'max' marker indices in the order of the table.  Each marker is tried
** at each position whose byte starts it: bounded work per byte.
*/
static int line_markers (const char *s, size_t b, size_t e, size_t *pos,
                         const Marker **out, int max) {
  size_t i, k;
  int n = 0;
  for (i = b; i < e && n < max; i++) {
    int c = lower((unsigned char)s[i]);
    if (i > b && is_alnum((unsigned char)s[i - 1])) continue;
    if (!(c == 't' || c == 'i' || c == 's' || c == '-' || c == 'm'
          || c == 'u' || c == 'y' || c == 'h' || c == 'n' || c == 'r'
          || c == 'd' || c == 'c' || c == 'w' || c == '*' || c == 'o'
          || c == 'b' || c == 'k' || c == 'g' || c == 'a' || c == '<'))
      continue;
    for (k = 0; k < NMARKERS && n < max; k++) {
      const Marker *m = &markers[k];
      if ((unsigned char)m->w[0] != c) continue;
      if ((m->flags & M_START) && i != b) continue;
      if (!ci_at(s, e, i, m->w, m->len)) continue;
      pos[n] = i;
      out[n++] = m;
    }
  }
  return n;
}

/* }====================================================================== */


/* {======================================================================
** Reader state
** ======================================================================= */

#if !defined(SB_PROSE_MAXREC)
/* recipients held at once for merging (a bounce naming more is reported
   in batches of this size) */
#define SB_PROSE_MAXREC 64
#endif

enum { CONT_NONE, CONT_REPLY, CONT_INDENT, CONT_PARA };

#define SHARED  (-2)  /* Diag.target: the diagnostic of every recipient */

typedef struct Rec {
  sb_prose_hit h;     /* what is reported */
  int rank;           /* of its diagnostic: 0 none, 1 prose .. 4 transcript */
} Rec;

typedef struct Diag {
  int target;         /* recipient index, SHARED, or -1 when closed */
  int cont;           /* CONT_*: which lines continue it */
  int lt;             /* its lines start with "<<< " */
  char code[3];       /* reply code continuation lines repeat */
} Diag;

typedef struct St {
  const char *s;      /* the text */
  size_t n;           /* its length */
  int fam;            /* FAM_* */
  const char *from;   /* the bounce's own address, or NULL */
  size_t from_len;
  Rec rec[SB_PROSE_MAXREC];
  int nrec;
  Rec shared;         /* diagnostic given once for all recipients */
  int cur;            /* recipient the lines speak of, or -1 */
  size_t rec_indent;  /* indentation of the last recipient line */
  int list;           /* address lines are recipients */
  int in_shared;      /* lines give the shared diagnostic */
  int temp;           /* -1, 0, 1: last retry marker seen */
  int await;          /* the next line is a reply (Exim) */
  const char *host;   /* "while talking to H" (sendmail) */
  size_t host_len;
  Diag d;             /* diagnostic being read */
  int stop;           /* the returned message starts: stop reading */
  int halt;           /* the callback asked to stop */
  sb_prose_cb cb;
  void *ud;
} St;

static Rec *target_rec (St *st, int t) {
  if (t == SHARED) return &st->shared;
  if (t >= 0 && t < st->nrec) return &st->rec[t];
  return NULL;
}

/* the recipient the lines speak of now: one, all, or none (NULL) */
static int cur_target (const St *st) {
  if (st->cur >= 0) return st->cur;
  if (st->in_shared) return SHARED;
  return -1;
}

static int same_addr (const char *a, size_t al, const char *b, size_t bl) {
  size_t i;
  if (al != bl) return 0;
  for (i = 0; i < al; i++)
    if (lower((unsigned char)a[i]) != lower((unsigned char)b[i])) return 0;
  return 1;
}

static void emit_all (St *st);

/* the recipient [ab, ae): its index, made when 'make' */
static int rec_get (St *st, size_t ab, size_t ae, int make) {
  int i;
  Rec *r;
  for (i = 0; i < st->nrec; i++)
    if (same_addr(st->rec[i].h.recipient, st->rec[i].h.recipient_len,
                  st->s + ab, ae - ab)) return i;
  if (!make) return -1;
  if (st->nrec == SB_PROSE_MAXREC) emit_all(st);
  if (st->halt) return -1;
  r = &st->rec[st->nrec];
  memset(r, 0, sizeof *r);
  r->h.recipient = st->s + ab;
  r->h.recipient_len = ae - ab;
  r->h.temporary = st->temp;
  r->h.phase = SB_PHASE_UNKNOWN;
  return st->nrec++;
}

/* a diagnostic of rank 'rank' at [b, e) for target t; opens it for
   continuation lines when it is the best so far */
static void diag_start (St *st, int t, size_t b, size_t e, int rank,
                        int cont) {
  Rec *r = target_rec(st, t);
  st->d.target = -1;
  if (r == NULL || b >= e || rank <= r->rank) return;
  r->rank = rank;
  r->h.diag = st->s + b;
  r->h.diag_len = e - b;
  r->h.status = NULL;
  r->h.status_len = 0;
  st->d.target = t;
  st->d.cont = cont;
  st->d.lt = 0;
  if (cont == CONT_REPLY) {
    if (!code_at(st->s, e, b)) st->d.cont = CONT_NONE;
    else memcpy(st->d.code, st->s + b, 3);
  }
}

static void diag_extend (St *st, size_t e) {
  Rec *r = target_rec(st, st->d.target);
  if (r != NULL && e > (size_t)(r->h.diag - st->s))
    r->h.diag_len = e - (size_t)(r->h.diag - st->s);
}

static void set_host (St *st, int t, size_t b, size_t e) {
  Rec *r = target_rec(st, t);
  while (e > b && st->s[e - 1] == '.') e--;
  if (r == NULL || r->h.remote_mta != NULL || b >= e) return;
  r->h.remote_mta = st->s + b;
  r->h.remote_mta_len = e - b;
}

static void set_phase (St *st, int t, int ph) {
  Rec *r = target_rec(st, t);
  if (r != NULL && r->h.phase == SB_PHASE_UNKNOWN) r->h.phase = ph;
}

/* }====================================================================== */


/* {======================================================================
** One line
** ======================================================================= */

#define CI_FIND(s, b, e, lit)  ci_find(s, b, e, lit, sizeof(lit) - 1)
#define CI_AT(s, e, i, lit)    ci_at(s, e, i, lit, sizeof(lit) - 1)

/*
** A line that starts with an address ("<a@b>:", "a@b", "a@b (a@b)",
** "<a@b>... User unknown"): the address in *ab, *ae and where the text
** after it starts in *rest.
*/
static int addr_line (const char *s, size_t b, size_t e, size_t *ab,
                      size_t *ae, size_t *rest) {
  size_t p = b, at;
  if (p < e && (s[p] == '<' || s[p] == '"')) p++;
  if (CI_AT(s, e, p, "mailto:")) p += 7;
  at = p;
  while (at < e && local_byte((unsigned char)s[at])) at++;
  if (at == p || at >= e || s[at] != '@') return 0;
  if (!addr_at(s, p, e, at, ab, ae) || *ab != p) return 0;
  p = *ae;
  if (p < e && (s[p] == '>' || s[p] == '"')) p++;
  if (p < e && !(is_space((unsigned char)s[p]) || s[p] == ':' || s[p] == '.'
                 || s[p] == '<' || s[p] == ',' || s[p] == ';'))
    return 0;
  /* " (expanded from <x>):" (Postfix), ":", "..." (sendmail) */
  while (p < e && is_space((unsigned char)s[p])) p++;
  if (CI_AT(s, e, p, "(expanded from")) {
    while (p < e && s[p] != ')') p++;
    if (p < e) p++;
  }
  while (p < e && (s[p] == ':' || s[p] == '.' || s[p] == ';'
                   || is_space((unsigned char)s[p])))
    p++;
  *rest = p;
  return 1;
}

/* "host H[ip]", "H [ip]", "while talking to H.:", qmail's "Connected to
   H but", "H does not like recipient", "Giving up on H." */
static void find_host (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  size_t i, j;
  if ((i = CI_FIND(s, b, e, "while talking to ")) != NONE) {
    i += 17;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    st->host = s + i;
    st->host_len = j - i;
    while (st->host_len > 0 && st->host[st->host_len - 1] == '.')
      st->host_len--;
    set_host(st, t, i, j);
    return;
  }
  if ((i = CI_FIND(s, b, e, "remote server at ")) != NONE
      || (i = CI_FIND(s, b, e, "remote mta ")) != NONE) {
    i += lower((unsigned char)s[i + 7]) == 's' ? 17 : 11;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, i, j);
    return;
  }
  if ((i = CI_FIND(s, b, e, "connected to ")) != NONE
      || (i = CI_FIND(s, b, e, "giving up on ")) != NONE) {
    i += 13;
    for (j = i; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, i, j);
    return;
  }
  if (CI_FIND(s, b, e, " does not like recipient") != NONE
      || CI_FIND(s, b, e, " failed after i sent the message") != NONE
      || CI_FIND(s, b, e, " failed on data command") != NONE) {
    for (j = b; j < e && domain_byte((unsigned char)s[j]); j++) ;
    set_host(st, t, b, j);
    return;
  }
  /* a host name right before "[digits" or "[IPv6:", with or without
     a space */
  for (i = b; i < e; i++) {
    size_t end = i, hb;
    if (s[i] != '[' || i + 1 >= e) continue;
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

/* the trimmed lines a prose diagnostic never starts with */
static int not_prose (const char *s, size_t b, size_t e) {
  if (b >= e) return 1;
  if (s[b] == '(' || s[b] == '[' || s[b] == '>' || s[b] == '-'
      || s[b] == '*' || s[b] == '=' || s[b] == '_') return 1;
  if (CI_AT(s, e, b, "host ") && memchr(s + b, '[', e - b) != NULL
      && CI_FIND(s, b, e, " said") == NONE) return 1;
  return CI_AT(s, e, b, "giving up on ") || CI_AT(s, e, b, "connected to ")
      || CI_AT(s, e, b, "generating server:")
      || CI_AT(s, e, b, "subject:") || CI_AT(s, e, b, "sent:")
      || CI_AT(s, e, b, "to:") || CI_AT(s, e, b, "date:")
      || CI_FIND(s, b, e, " does not like recipient") != NONE
      || CI_FIND(s, b, e, " failed after i sent the message") != NONE
      || CI_FIND(s, b, e, " failed on data command") != NONE
      || CI_FIND(s, b, e, "learn more") != NONE;
}

/* the continuation style of prose in the family */
static int prose_cont (const St *st) {
  switch (st->fam) {
    case FAM_QMAIL: case FAM_YAHOO: case FAM_GMAIL: return CONT_PARA;
    case FAM_POSTFIX: case FAM_EXIM: return CONT_INDENT;
    default: return CONT_NONE;
  }
}

/*
** The start of a diagnostic in [b, e) (trimmed), for target t.  The
** marked forms (a reply after "said:", "Remote Server returned '", a
** transcript line, "(reason: ") rank above a bare reply line, which
** ranks above prose.
*/
static void find_diag (St *st, int t, size_t b, size_t e) {
  const char *s = st->s;
  size_t i, j;
  int shared = (t == SHARED);
  if (t == -1 || b >= e) return;
  if (CI_AT(s, e, b, "<<< ") && b + 4 < e && reply_at(s, e, b + 4)) {
    diag_start(st, t, b + 4, e, 4, CONT_REPLY);
    st->d.lt = 1;
    return;
  }
  if ((i = CI_FIND(s, b, e, "remote host said:")) != NONE) {
    for (i += 17; i < e && is_space((unsigned char)s[i]); i++) ;
    diag_start(st, t, i, e, 3, CONT_PARA);
    return;
  }
  if ((i = CI_FIND(s, b, e, " said: ")) != NONE) {
    diag_start(st, t, i + 7, e, 3, CONT_INDENT);
    return;
  }
  if ((i = CI_FIND(s, b, e, " returned '")) != NONE) {
    i += 11;
    for (j = e; j > i && s[j - 1] != '\''; j--) ;
    diag_start(st, t, i, j > i ? j - 1 : e, 3, CONT_NONE);
    return;
  }
  if ((i = CI_FIND(s, b, e, "(reason: ")) != NONE) {
    i += 9;
    for (j = e; j > i && s[j - 1] != ')'; j--) ;
    diag_start(st, t, i, j > i ? j - 1 : e, 3, CONT_NONE);
    return;
  }
  if ((i = CI_FIND(s, b, e, "smtp diagnostic: ")) != NONE) {
    diag_start(st, t, i + 17, e, 3, CONT_NONE);
    return;
  }
  if ((i = CI_FIND(s, b, e, "diagnostic code: smtp;")) != NONE
      || (i = CI_FIND(s, b, e, "diagnostic-code: smtp;")) != NONE) {
    for (i += 22; i < e && is_space((unsigned char)s[i]); i++) ;
    diag_start(st, t, i, e, 3, CONT_NONE);
    return;
  }
  /* Exchange: "mx.example.com #550 5.1.1 ... ##", "<mx #5.1.1 smtp;550 ...>" */
  for (i = b; i < e; i++) {
    size_t st_end;
    if (s[i] != '#' || (i > b && !is_space((unsigned char)s[i - 1]))
        || i + 1 >= e || !reply_at(s, e, i + 1)) continue;
    if (i > b) {
      j = host_back(s, b, i - 1);
      if (j < i - 1) set_host(st, t, j, i - 1);
    }
    st_end = status_at(s, e, i + 1);
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
      return;
    }
    j = CI_FIND(s, i, e, " ##");
    diag_start(st, t, i + 1, j == NONE ? e : j, 3, CONT_NONE);
    return;
  }
  if ((i = CI_FIND(s, b, e, "smtp error from remote mail")) != NONE) {
    /* Exim: the reply follows, on this line after "host H [ip]: " or on
       the next */
    j = CI_FIND(s, i, e, "host ");
    if (j != NONE && skip_host_prefix(s, j, e) != j)
      diag_start(st, t, skip_host_prefix(s, j, e), e, 3, CONT_INDENT);
    else st->await = 1;
    return;
  }
  i = skip_host_prefix(s, b, e);
  if (reply_at(s, e, i)) {
    diag_start(st, t, i, e, shared || i != b ? 3 : 2, CONT_REPLY);
    return;
  }
  if (CI_AT(s, e, b, "reason: ")) {
    for (i = b + 8; i < e && is_space((unsigned char)s[i]); i++) ;
    diag_start(st, t, i, e, reply_at(s, e, i) ? 3 : 1, CONT_NONE);
    return;
  }
  if (!not_prose(s, b, e)) diag_start(st, t, b, e, 1, prose_cont(st));
}

/* does the line [b, e) (trimmed at tb) continue the open diagnostic? */
static int continues (const St *st, size_t b, size_t tb, size_t e) {
  const char *s = st->s;
  switch (st->d.cont) {
    case CONT_REPLY:
      if (st->d.lt) {
        if (!CI_AT(s, e, tb, "<<< ")) return 0;
        tb += 4;
      }
      return code_at(s, e, tb) && memcmp(s + tb, st->d.code, 3) == 0;
    case CONT_INDENT:
      return tb - b > st->rec_indent;
    case CONT_PARA:
      return !CI_AT(s, e, tb, "giving up on ");
    default:
      return 0;
  }
}

/* a line with markers: what they do; 1 when the line is used up */
static int apply_markers (St *st, size_t b, size_t e) {
  const Marker *m[4];
  size_t pos[4];
  int n = line_markers(st->s, b, e, pos, m, 4), k, used = 0;
  for (k = 0; k < n; k++) {
    unsigned fl = m[k]->flags;
    if (fl & M_STOP) { st->stop = 1; return 1; }
    if (fl & M_TEMP) st->temp = 1;
    else if (fl & M_PERM) st->temp = 0;
    if (fl & (M_LIST | M_SHARED)) {
      st->cur = -1;
      st->d.target = -1;
      st->await = 0;
      st->in_shared = (fl & M_SHARED) != 0;
      if (fl & M_LIST) st->list = 2;  /* a marker opened a list */
    }
    if (fl & M_INLINE) {
      size_t ab, ae;
      if (find_addr(st->s, pos[k] + m[k]->len, e, &ab, &ae)) {
        int r = rec_get(st, ab, ae, 1);
        if (r >= 0) { st->cur = r; st->in_shared = 0; st->d.target = -1; }
        st->list = 2;
      }
    }
    if (!(fl & M_WEAK)) used = 1;
    if ((fl & M_SHARED) && pos[k] + m[k]->len < e) {
      /* "The error that the other server returned was: 550 ..." */
      size_t r = pos[k] + m[k]->len;
      while (r < e && (st->s[r] == ':' || is_space((unsigned char)st->s[r]))) r++;
      if (r < e) find_diag(st, SHARED, r, e);
    }
  }
  return used;
}

/* the bounce's own address or a mailer daemon: never a recipient */
static int excluded (const St *st, size_t ab, size_t ae) {
  const char *s = st->s;
  if (st->from != NULL && same_addr(st->from, st->from_len, s + ab, ae - ab))
    return 1;
  return CI_AT(s, ae, ab, "mailer-daemon@");
}

/* ">>> RCPT To:<a@b>" selects the recipient the replies below speak of */
static void transcript_cmd (St *st, size_t b, size_t e) {
  size_t ab, ae;
  int ph = sb_mail_phase(st->s + b, e - b);
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
static void recipient_line (St *st, size_t indent, size_t ab, size_t ae,
                            size_t rest, size_t e) {
  const char *s = st->s;
  int r = rec_get(st, ab, ae, 1);
  if (r < 0) return;
  st->cur = r;
  st->rec_indent = indent;
  st->in_shared = 0;
  st->await = 0;
  st->d.target = -1;
  if (rest < e && s[rest] != '(' && s[rest] != '<' && s[rest] != '['
      && !CI_AT(s, e, rest, "on ")) {
    int ph = sb_mail_phase(s + rest, e - rest);
    if (ph != SB_PHASE_UNKNOWN) set_phase(st, r, ph);
    find_host(st, r, rest, e);
    find_diag(st, r, rest, e);
  }
}

/* a line that continues the open diagnostic; a prose one gives way to a
   reply the line names ("host\n    H[ip] said: 553 ...") */
static void continue_line (St *st, size_t tb, size_t te, int ph) {
  int t = st->d.target;
  Rec *r = target_rec(st, t);
  if (r != NULL && r->rank < 3) {
    Diag saved = st->d;
    int rank = r->rank;
    find_diag(st, t, tb, te);
    if (r->rank > rank) {
      find_host(st, t, tb, te);
      if (ph != SB_PHASE_UNKNOWN) set_phase(st, t, ph);
      return;
    }
    st->d = saved;
  }
  diag_extend(st, te);
  find_host(st, t, tb, te);
  if (ph != SB_PHASE_UNKNOWN) set_phase(st, t, ph);
}

static void process_line (St *st, size_t b, size_t e) {
  const char *s = st->s;
  size_t tb = b, te = e, ab, ae, rest;
  int t, ph;
  trim(s, &tb, &te);
  if (tb == te) { st->d.target = -1; return; }
  if (apply_markers(st, tb, te)) return;
  t = cur_target(st);
  if (CI_AT(s, te, tb, ">>> ")) { transcript_cmd(st, tb, te); return; }
  ph = sb_mail_phase(s + tb, te - tb);
  if (st->d.target != -1 && continues(st, b, tb, te)) {
    continue_line(st, tb, te, ph);
    return;
  }
  if (st->list && addr_line(s, tb, te, &ab, &ae, &rest)) {
    if (!excluded(st, ab, ae)) recipient_line(st, tb - b, ab, ae, rest, te);
    return;
  }
  st->d.target = -1;
  if (t == -1) return;
  find_host(st, t, tb, te);
  if (ph != SB_PHASE_UNKNOWN) set_phase(st, t, ph);
  if (st->await) {
    size_t i = skip_host_prefix(s, tb, te);
    st->await = 0;
    diag_start(st, t, i, te, 3, CONT_INDENT);
    return;
  }
  find_diag(st, t, tb, te);
}

/* }====================================================================== */


/* {======================================================================
** Reporting
** ======================================================================= */

/* the diagnostic without Postfix's "(in reply to X command)" tail and
   blanks at its ends */
static void clean_diag (sb_prose_hit *h) {
  size_t b = 0, e = h->diag_len, i, last = NONE;
  const char *d = h->diag;
  if (d == NULL) return;
  for (i = 0; (i = ci_find(d, i, e, "(in reply to ", 13)) != NONE; i++)
    last = i;
  if (last != NONE && CI_FIND(d, last, e, "command") != NONE) e = last;
  trim(d, &b, &e);
  while (e > b && (d[e - 1] == '\n' || d[e - 1] == '\r')) e--;
  trim(d, &b, &e);
  h->diag = d + b;
  h->diag_len = e - b;
}

/* qmail's "(#5.1.1)" in a diagnostic */
static void prose_status (sb_prose_hit *h) {
  size_t i, j;
  if (h->status != NULL || h->diag == NULL) return;
  for (i = 0; (i = ci_find(h->diag, i, h->diag_len, "(#", 2)) != NONE; i++) {
    j = status_at(h->diag, h->diag_len, i + 2);
    if (j != NONE && j < h->diag_len && h->diag[j] == ')') {
      h->status = h->diag + i + 2;
      h->status_len = j - i - 2;
      return;
    }
  }
}

static void emit_all (St *st) {
  int i;
  for (i = 0; i < st->nrec && !st->halt; i++) {
    Rec *r = &st->rec[i];
    sb_prose_hit h = r->h;
    int rank = r->rank;
    if (st->shared.rank > rank) {
      rank = st->shared.rank;
      h.diag = st->shared.h.diag;
      h.diag_len = st->shared.h.diag_len;
      h.status = st->shared.h.status;
      h.status_len = st->shared.h.status_len;
    }
    if (h.phase == SB_PHASE_UNKNOWN) h.phase = st->shared.h.phase;
    if (h.remote_mta == NULL) {
      h.remote_mta = st->shared.h.remote_mta;
      h.remote_mta_len = st->shared.h.remote_mta_len;
    }
    if (h.temporary < 0) h.temporary = st->temp;
    if (st->list < 2 && rank < 2) continue;  /* no list and no reply */
    clean_diag(&h);
    prose_status(&h);
    if (h.diag_len == 0) h.diag = NULL;
    if (st->cb != NULL && st->cb(st->ud, &h) != 0) st->halt = 1;
  }
  st->nrec = 0;
}

/* }====================================================================== */


/* {======================================================================
** Family and scan
** ======================================================================= */

/* the next line of s[*pos..n): its bounds; 0 at the end */
static int next_line (const char *s, size_t n, size_t *pos, size_t *b,
                      size_t *e) {
  const char *nl;
  if (*pos >= n) return 0;
  *b = *pos;
  nl = (const char *)memchr(s + *pos, '\n', n - *pos);
  *e = nl == NULL ? n : (size_t)(nl - s);
  *pos = nl == NULL ? n : *e + 1;
  return 1;
}

/* the family the markers name before the returned message; 0 if none */
static int find_family (const char *s, size_t n) {
  size_t pos = 0, b, e;
  int weak = FAM_NONE;
  while (next_line(s, n, &pos, &b, &e)) {
    const Marker *m[4];
    size_t at[4];
    int k, nm;
    trim(s, &b, &e);
    nm = line_markers(s, b, e, at, m, 4);
    for (k = 0; k < nm; k++) {
      if (m[k]->flags & M_STOP) return weak;
      if (m[k]->fam == FAM_NONE) continue;
      if (!(m[k]->flags & M_WEAK)) return m[k]->fam;
      if (weak == FAM_NONE) weak = m[k]->fam;
    }
  }
  return weak;
}

/* a From or Subject that says "bounce" */
static int bounce_headers (const char *subject, size_t sl, const char *from,
                           size_t fl) {
  static const char *const subj[] = {
    "undeliver", "delivery fail", "delivery status notification",
    "returned mail", "failure notice", "mail delivery", "non remis",
    "delivery problem", "not delivered", "nondeliverable", "rejected"
  };
  size_t k;
  if (from != NULL && (CI_FIND(from, 0, fl, "mailer-daemon") != NONE
                       || CI_FIND(from, 0, fl, "postmaster") != NONE
                       || CI_FIND(from, 0, fl, "mail delivery") != NONE))
    return 1;
  if (subject == NULL) return 0;
  for (k = 0; k < sizeof subj / sizeof subj[0]; k++)
    if (ci_find(subject, 0, sl, subj[k], strlen(subj[k])) != NONE) return 1;
  return 0;
}

const char *sb_prose_scan (const char *text, size_t len,
                           const char *subject, size_t subject_len,
                           const char *from, size_t from_len,
                           sb_prose_cb cb, void *ud) {
  St st;
  size_t pos = 0, b, e, ab, ae;
  int fam;
  if (text == NULL) return NULL;
  if (subject == NULL) subject_len = 0;
  if (from == NULL) from_len = 0;
  fam = find_family(text, len);
  if (fam == FAM_NONE) {
    if (!bounce_headers(subject, subject_len, from, from_len)) return NULL;
    fam = FAM_GENERIC;
  }
  memset(&st, 0, sizeof st);
  st.s = text;
  st.n = len;
  st.fam = fam;
  st.cb = cb;
  st.ud = ud;
  st.cur = -1;
  st.temp = -1;
  st.d.target = -1;
  st.shared.h.temporary = -1;
  if (from != NULL && find_addr(from, 0, from_len, &ab, &ae)) {
    st.from = from + ab;
    st.from_len = ae - ab;
  }
  while (!st.stop && !st.halt && next_line(text, len, &pos, &b, &e))
    process_line(&st, b, e);
  if (st.list == 0 && !st.halt) {
    /* no list marker: any address line may name a recipient, and only
       one with a reply is reported */
    st.list = 1;
    st.stop = 0;
    st.nrec = 0;
    memset(&st.shared, 0, sizeof st.shared);
    st.cur = -1;
    st.d.target = -1;
    pos = 0;
    while (!st.stop && !st.halt && next_line(text, len, &pos, &b, &e))
      process_line(&st, b, e);
  }
  emit_all(&st);
  return fam_names[fam];
}

/* }====================================================================== */
