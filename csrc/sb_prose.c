/*
** sb_prose.c -- bounce mails written as prose by an MTA or a provider
** (no RFC 3464 part): qmail and its descendants (Yahoo), Postfix, Exim,
** sendmail, Exchange / Microsoft 365 (and hMailServer, which copies its
** wording), Gmail, Domino, Courier, MDaemon, MailEnable, MailMarshal,
** MessageLabs, Mimecast, T-Online, OpenSMTPD, SmarterMail, Sun/Oracle
** Messaging Server, Apache James, and a generic reading for the rest.
**
** Two passes over the lines, neither allocating: the first finds the
** family (the first marker phrase that names one, before the returned
** message starts); the second reads recipients and diagnostics.  Marker
** lines open a list of recipients, a diagnostic given once for all of
** them (Gmail's "Technical details", a sendmail transcript), or end the
** reading (the returned message).  In a list, a line that starts with an
** address names a recipient; the lines after it give its diagnostic,
** ranked: a transcript's failing reply, then a reply after "said:",
** "Remote Server returned '", "(reason: ", Exchange's "#", then a line
** that starts with a reply code, then prose.
**
** A text with no list marker, or whose list named no one, gets the
** generic reading (sb_prose_generic.h), read again without the sender's
** addresses excluded when it found no one.  A text no marker names is
** read only when the mail around it says "bounce" (sb_prose_cues.h).
** Where a line's diagnostic starts: sb_prose_diag.h; the words, in
** English and other languages: sb_prose_words.h, sb_prose_lang.h;
** how they are looked for: sb_prose_find.h, sb_prose_index.h; an
** address in a text: sb_prose_addr.h; what a line's markers and
** addresses do: sb_prose_line.h.
**
** Each line is read up to SB_PROSE_MAXLINE bytes, each phrase table is
** bounded and looked up by first bytes, and at most five passes are
** made (family, list, generic twice, last resorts), twice that for a
** forward read again from its separator, so the work is linear in the
** text.
*/

#include <stdint.h>
#include <string.h>

#include "sb_prose.h"
#include "sb_wrap.h"   /* a hard wrap's width */
#include "sb_prose_words.h"  /* phase_words[], FAM_*, markers[] */
#include "sb_prose_lang.h"   /* the same words in other languages */

#define NELEM(t)  (sizeof (t) / sizeof (t)[0])

/* a lowercase literal and its length */
typedef struct Lit {
  const char *w;
  unsigned char len;
} Lit;
#define LIT(w)  { w, sizeof(w) - 1 }

#include "sb_lower.h"  /* lower(): ASCII case folding by a table */
#include "sb_word.h"   /* load8, low_byte: eight bytes a step */
static int is_digit (int c) { return c >= '0' && c <= '9'; }
/* what a byte is to the reader (byte_class[c]: the sum of these) */
#define C_ALNUM   0x01  /* an ASCII letter or digit */
#define C_LOCAL   0x02  /* in an address's local part (local_byte) */
#define C_DOMAIN  0x04  /* in a domain (domain_byte) */
#define C_NAME    0x08  /* in a person's name before '<' (named) */
#define C_NSTART  0x10  /* starts one */
#define C_INNAME  0x20  /* a failure phrase does not start after it
                           (fail_in): a word's or a name's */

#define CL_DIGIT(c)   ((c) >= '0' && (c) <= '9')
#define CL_LETTER(c)  (((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z'))
#define CL_ALNUM(c)   (CL_DIGIT(c) || CL_LETTER(c))
#define CL_LOCAL(c)   (CL_ALNUM(c) || (c) >= 0x80 || (c) == '!' || (c) == '#' \
                       || (c) == '$' || (c) == '%' || (c) == '&' || (c) == '\'' \
                       || (c) == '*' || (c) == '+' || (c) == '-' || (c) == '=' \
                       || (c) == '^' || (c) == '_' || (c) == '`' || (c) == '{' \
                       || (c) == '|' || (c) == '}' || (c) == '~' || (c) == '.')
#define CL_DOMAIN(c)  (CL_ALNUM(c) || (c) >= 0x80 || (c) == '-' || (c) == '.' \
                       || (c) == '_' || (c) == '*')
#define CL_NSTART(c)  ((c) == '"' || (c) >= 0x80 || CL_LETTER(c))
#define CL_NAME(c)    (CL_NSTART(c) || (c) == ' ' || (c) == '.' || (c) == '\'' \
                       || (c) == '-' || (c) == ',')
#define CL_INNAME(c)  (CL_ALNUM(c) || (c) == '.' || (c) == '@' || (c) == '-' \
                       || (c) == '_')
#define CL(c)  ((CL_ALNUM(c) ? C_ALNUM : 0) | (CL_LOCAL(c) ? C_LOCAL : 0) \
                | (CL_DOMAIN(c) ? C_DOMAIN : 0) | (CL_NAME(c) ? C_NAME : 0) \
                | (CL_NSTART(c) ? C_NSTART : 0) | (CL_INNAME(c) ? C_INNAME : 0))

static const unsigned char byte_class[256] = { SB_ALL256(CL) };

static int is_alnum (int c) { return byte_class[c & 0xff] & C_ALNUM; }

/* the case-insensitive literal 'l' at s[i..n): 1 if it is there */
static int ci_at (const char *s, size_t n, size_t i, const char *l,
                  size_t ln) {
  size_t j;
  if (i > n || n - i < ln) return 0;
  for (j = 0; j < ln; j++)
    if (lower((unsigned char)s[i + j]) != (unsigned char)l[j]) return 0;
  return 1;
}

/* the lowercase literal 'l' at s[i..n), a space in it matching any run
   of blanks and line ends (Postfix wraps "(in reply to ... command)"):
   the end of the match, or 0 */
static size_t ws_at (const char *s, size_t n, size_t i, const char *l,
                     size_t ln) {
  size_t j;
  for (j = 0; j < ln; j++) {
    if (l[j] == ' ') {
      size_t k = i;
      while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
                       || s[i] == '\r')) i++;
      if (i == k) return 0;
    } else if (i >= n || lower((unsigned char)s[i++]) != (unsigned char)l[j])
      return 0;
  }
  return i;
}

#include "sb_prose_find.h"   /* ci_find: a literal in a text; find_any */


/* {======================================================================
** Lines, addresses, replies
** ======================================================================= */

#define NONE  ((size_t)-1)

/* does any of the words 'w' (a list ending in NULL) occur in s[b..e),
   in either case (ci_find: each word whole)? */
static int ci_find_any (const char *s, size_t b, size_t e, const char *const *w) {
  for (; *w != NULL; w++)
    if (ci_find(s, b, e, *w, strlen(*w)) != NONE) return 1;
  return 0;
}

static int is_space (int c) { return c == ' ' || c == '\t'; }

#include "sb_prose_addr.h"  /* an address in a text */

/* a reply code at i ("550 ", "550-", "550" at the end): 1 */
static int code_at (const char *s, size_t e, size_t i) {
  if (i >= e || e - i < 3) return 0;
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

/* a reply code alone, or with its enhanced status ("550 5.7.1") */
static int code_alone (const char *d, size_t n) {
  size_t i;
  if (!code_at(d, n, 0)) return 0;
  for (i = 3; i < n && d[i] != '\0' && strchr("0123456789.- \t\r", d[i]) != NULL; i++) ;
  return i == n;
}

/* at one rank, reply d gives way to b: a code alone ("550 5.7.1") to
   words, one without enhanced status to the same code with one */
static int gives_way (const char *d, size_t n, const char *b, size_t bn) {
  if (n < 4 || bn < 9 || !code_at(d, n, 0) || !code_at(b, bn, 0)) return 0;
  return code_alone(d, n) ? n < bn : !memcmp(d, b, 3) && status_at(d, n, 4) == NONE
                                     && status_at(b, bn, 4) != NONE;
}

/* the host name ending before 'end' (a word of host bytes) */
static size_t host_back (const char *s, size_t b, size_t end) {
  while (end > b && domain_byte((unsigned char)s[end - 1])) end--;
  return end;
}

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

/* }====================================================================== */


/* {======================================================================
** Marker phrases (the table: sb_prose_words.h)
** ======================================================================= */

#include "sb_prose_index.h"  /* markers and phase phrases indexed; the
                                markers of a line */

/* }====================================================================== */


/* {======================================================================
** Reader state
** ======================================================================= */

#if !defined(SB_PROSE_MAXREC)
/* recipients held at once for merging (a bounce naming more is reported
   in batches of this size) */
#define SB_PROSE_MAXREC 64
#endif

#if !defined(SB_PROSE_MAXLINE)
/* bytes of a line that are read (the rest of a longer line is not: no
   bounce writes such lines, and phrases are looked for in each) */
#define SB_PROSE_MAXLINE 4096
#endif

/* a line's bounds trimmed of blanks, then cut to the bytes that are read */
static void trim_line (const char *s, size_t *b, size_t *e) {
  trim(s, b, e);
  if (*e - *b > SB_PROSE_MAXLINE) *e = u8_cut(s, *b, SB_PROSE_MAXLINE);
}

#if !defined(SB_PROSE_MAXNOT)
/* addresses known to be no recipient (the sender's, the original's
   From, Reply-To and Message-ID): more are not kept */
#define SB_PROSE_MAXNOT 12
#endif

/* lines after an address line (in a text without a list marker) where
   its reply may be */
#define GENERIC_SPAN 6

enum { CONT_NONE, CONT_REPLY, CONT_INDENT, CONT_PARA };

#define SHARED  (-2)  /* Diag.target: the diagnostic of every recipient */

typedef struct Rec {
  sb_prose_hit h;     /* what is reported */
  int rank;           /* of its diagnostic: 0 none, 1 prose .. 4 transcript */
  int paired;         /* named below a line that says what failed */
  const char *pstatus;  /* an enhanced status in the lines about it */
  size_t pstatus_len;
} Rec;

typedef struct Diag {
  int target;         /* recipient index, SHARED, or -1 when closed */
  int cont;           /* CONT_*: which lines continue it */
  int lt;             /* its lines start with "<<< " */
  int pf;             /* Postfix's reply, open until "command)" ends it */
  char code[3];       /* reply code continuation lines repeat */
  size_t indent;      /* of the line it starts on: a line indented more
                         continues a reply */
} Diag;

typedef struct St {
  const Idx *ix;      /* the indexes (built once) */
  const MarkIdx *mx;  /* the markers by first byte */
  MarkCache *mc;      /* the markers of lines read before */
  const PhaseIdx *px;  /* the phase phrases by first byte */
  const char *s;      /* the text */
  size_t n;           /* its length */
  int fam;            /* FAM_* */
  const char *from;   /* the bounce's own address, or NULL */
  size_t from_len;
  int nrec;
  Rec shared;         /* diagnostic given once for all recipients */
  int cur;            /* recipient the lines speak of, or -1 */
  size_t rec_indent;  /* indentation of the last recipient line */
  size_t line;        /* lines read */
  size_t indent;      /* the indentation of the line being read */
  size_t cur_line;    /* the line that named the current recipient */
  int cur_qd;         /* how deep that line was quoted ('>' marks) */
  int qd;             /* how deep the line being read is quoted */
  int qhdr;           /* lines left of a quoted mail's header block */
  int rule;           /* the line before was a rule of underscores */
  size_t list_line;   /* the line of a heading a name alone may follow */
  size_t bare[5];     /* a name alone under such a heading outside
                         Exchange's family (indent, name, its end, the
                         reason's start, the line's end): a last resort */
  int list;           /* address lines are recipients */
  int in_shared;      /* lines give the shared diagnostic */
  int temp;           /* -1, 0, 1: last retry marker seen */
  int ok;             /* a notice of success (Postfix's NOTIFY=SUCCESS) */
  int await;          /* the next line is a reply (Exim) */
  int fwd;            /* lines of a forward's header block so far */
  size_t sender_line;  /* the last line that labels the sender's address
                          on the line below ("Sender Address:"), or 0 */
  size_t contact_line;  /* the last line that names whom to write to */
  int labelled;       /* the words being read follow a label that says
                         they are the reply ("The response was:") */
  const char *host;   /* "while talking to H" (sendmail) */
  size_t host_len;
  Diag d;             /* diagnostic being read */
  int stop;           /* the returned message starts: stop reading */
  int halt;           /* the callback asked to stop */
  size_t emitted;     /* recipients reported so far */
  int generic;        /* the generic reading: markers open no list */
  const char *orig;   /* the attached original's header block, or NULL */
  size_t orig_len;
  const char *nots[SB_PROSE_MAXNOT];  /* addresses that are no recipients */
  size_t notl[SB_PROSE_MAXNOT];
  int nnot;
  int cues;           /* sb_prose_ctx.cues */
  size_t fail_line;   /* the last line without address that said what
                         failed (the generic reading), or 0 */
  size_t fail_b, fail_e;  /* its bounds */
  size_t why_label;   /* the generic reading: the last line labelling a
                         cause ("Apparent cause of delivery failure:"), */
  size_t why_line, why_b, why_e;  /* and the line after it, its why */
  size_t alone_line, alone_b, alone_e;  /* the generic reading: the last
                         address alone on its line, and where */
  size_t loose_b, loose_e;  /* the generic reading: a failing reply on a
                              line naming no address, */
  int nloose;         /* and how many such lines (only one is shared) */
  size_t lt_line, lt_b, lt_e;  /* the generic reading: the last line of
                         a transcript's failing reply ("<<< 552 ..."), and
                         the reply's bounds */
  int wrap_rec;       /* the generic reading: 1 + the recipient whose line
                         a wrap cut before its failure (wrapped_words), */
  size_t wrap_db;     /* and where its words start; 0 when none */
  size_t tail_line;   /* the last line read as a quoted line's tail that
                         goes on with its sentence (quote_tail), or 0 */
  int orig_rec;       /* the recipient an "Original-Recipient:" line named */
  size_t orig_line;   /* that line */
  int weak;           /* only an attached message says "bounce": a
                         recipient needs a failing reply */
  int hdr_run;        /* the generic reading: header fields in a row, */
  int hdr_from;       /* and whether one named the sender or a hop */
  sb_prose_cb cb;
  void *ud;
  size_t lb_b, lb_e;  /* a range of the text, and its bytes (bytes_of): */
  uint64_t lb;        /* what find_host, find_diag look at (line_bytes) */
  uint64_t fi_used;   /* bit k: fi[k] holds an answer of fail_in */
  size_t width;       /* the width the text's lines were wrapped at
                         (wrap_width), 0 before it is first asked */
  /* not cleared at the start (ST_CLEAR): each made when first used */
  Rec rec[SB_PROSE_MAXREC];
  struct { size_t b, e, at; } fi[64];  /* fail_in's answers, by line start */
} St;

#define ST_CLEAR  offsetof(St, rec)  /* the bytes a scan starts cleared */

static Rec *target_rec (St *st, int t) {
  if (t == SHARED) return &st->shared;
  if (t >= 0 && t < st->nrec) return &st->rec[t];
  return NULL;
}

/* the record of the open diagnostic (st->d.target), or NULL */
static const Rec *open_rec (const St *st) {
  int t = st->d.target;
  return t == SHARED ? &st->shared : t >= 0 && t < st->nrec ? &st->rec[t] : NULL;
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

/* a new recipient at p (the text's, or the attached original's): its
   index, or -1 when the callback asked to stop */
static int rec_new (St *st, const char *p, size_t n) {
  Rec *r;
  if (st->nrec == SB_PROSE_MAXREC) emit_all(st);
  if (st->halt) return -1;
  r = &st->rec[st->nrec];
  memset(r, 0, sizeof *r);
  r->h.recipient = p;
  r->h.recipient_len = n;
  r->h.temporary = st->temp;
  r->h.phase = SB_PHASE_UNKNOWN;
  return st->nrec++;
}

/* the recipient [ab, ae): its index, made when 'make' */
static int rec_get (St *st, size_t ab, size_t ae, int make) {
  int i;
  for (i = 0; i < st->nrec; i++)
    if (same_addr(st->rec[i].h.recipient, st->rec[i].h.recipient_len,
                  st->s + ab, ae - ab)) return i;
  if (!make) return -1;
  return rec_new(st, st->s + ab, ae - ab);
}

/* a diagnostic of rank 'rank' at [b, e) for target t; opens it for
   continuation lines when it is the best so far */
/* is [b, e) an enhanced status that gives its class alone ("5.0.0"),
   nothing after it but blanks? */
static int bare_class (const char *s, size_t b, size_t e) {
  size_t j = status_at(s, e, b);
  if (j == NONE || j - b != 5 || s[b + 2] != '0' || s[b + 4] != '0') return 0;
  while (j < e && is_space((unsigned char)s[j])) j++;
  return j == e;
}

/*
** A reply code and status alone under a label ("Status code: 550
** 5.7.133", Microsoft's line below its own explanation "The group g only
** accepts messages from people in its organization ..."), the
** recipient's diagnostic a sentence of prose so far: the sentence stays
** its diagnostic, the label's status its status.  1 when so.
*/
static int code_label (St *st, Rec *r, size_t b, size_t e) {
  const char *s = st->s;
  size_t j;
  if (r->h.diag == NULL || r->rank > 2 || !code_alone(s + b, e - b)
      || code_at(r->h.diag, r->h.diag_len, 0) || b < 6
      || !ci_at(s, b, b - 6, "code: ", 6) || (j = status_at(s, e, b + 4)) == NONE)
    return 0;
  r->pstatus = s + b + 4;
  r->pstatus_len = j - (b + 4);
  return 1;
}

/* is [tb, te) a short label that ends in "code:" and a reply code and
   status alone ("Status code: 550 5.7.133")? */
static int code_line (const char *s, size_t tb, size_t te) {
  size_t i = tb;
  while (i < te && i - tb < 32 && s[i] != ':') i++;
  return i < te && s[i] == ':' && i - tb >= 4 && ci_at(s, te, i - 4, "code", 4)
      && i + 2 < te && s[i + 1] == ' ' && code_alone(s + i + 2, te - i - 2);
}

static void diag_start (St *st, int t, size_t b, size_t e, int rank,
                        int cont) {
  Rec *r = target_rec(st, t);
  st->d.target = -1;
  if (r == NULL || b >= e || rank < r->rank || (rank == r->rank && (rank < 2
      || !gives_way(r->h.diag, r->h.diag_len, st->s + b, e - b)))) return;
  if (r->h.diag != NULL && bare_class(st->s, b, e))
    return;  /* "Status: 5.0.0" under "retry timeout exceeded" */
  if (code_label(st, r, b, e)) return;
  r->rank = rank;
  r->h.diag = st->s + b;
  r->h.diag_len = e - b;
  r->h.status = NULL;
  r->h.status_len = 0;
  st->d.target = t;
  st->d.cont = cont;
  st->d.lt = 0;
  st->d.pf = 0;
  st->d.indent = st->indent;
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

/* set_phase with the phase s[b..e) names, looked for only when it is
   unset */
static void line_phase (St *st, int t, size_t b, size_t e) {
  Rec *r = target_rec(st, t);
  if (r != NULL && r->h.phase == SB_PHASE_UNKNOWN)
    r->h.phase = phase_in(st->px, st->s + b, e - b);
}

/* }====================================================================== */


#define CI_FIND(s, b, e, lit)  ci_find_k(s, b, e, lit, sizeof(lit) - 1, \
                                         rarest_lit(lit, sizeof(lit) - 1))
#define CI_AT(s, e, i, lit)    ci_at(s, e, i, lit, sizeof(lit) - 1)

#include "sb_prose_contact.h"  /* addresses to write to, other languages */
#include "sb_prose_generic.h"  /* the generic reading, shared forms */
#include "sb_prose_last.h"     /* last resorts, lists, returned headers */
#include "sb_prose_cues.h"     /* bounce headers, addresses of no recipient */


/* {======================================================================
** One line
** ======================================================================= */


/*
** A line that starts with an address ("<a@b>:", "a@b", "a@b (a@b)",
** "<a@b>... User unknown"): the address in *ab, *ae and where the text
** after it starts in *rest.
*/
static int addr_line (const char *s, size_t b, size_t e, size_t *ab,
                      size_t *ae, size_t *rest) {
  size_t p, at, u;
  if (b >= e || (memchr(s + b, '@', e - b) == NULL
                 && memchr(s + b, '/', e - b) == NULL))
    return 0;  /* no address, no X.500 name: the line is none */
  p = named(s, list_item(s, b, e), e);
  /* "(a@b)", "[a@b]", and UTF-8 marks: curly quotes, CJK brackets */
  if (p < e && (s[p] == '(' || s[p] == '[')) p++;
  else if ((u = u8_mark_at(s, p, e)) != 0) p += u;
  if (CI_AT(s, e, p, "&lt;")) p += 3;  /* "&lt;a@b&gt;": escaped as HTML */
  if (p < e && (s[p] == '<' || s[p] == '"' || quote_byte((unsigned char)s[p])))
    p += quote_byte((unsigned char)s[p]) && p + 1 < e && s[p + 1] == '<' ? 2 : 1;
    /* (a code span's "`<a@b>: 550 ...`") */
  if (CI_AT(s, e, p, "mailto:")) p += 7;
  else if (CI_AT(s, e, p, "smtp:")) p += 5;  /* Exchange's address type */
  if (CI_AT(s, e, p, "/o=")) {  /* an X.500 name (Exchange 5.5) */
    for (at = p; at < e && at - p < 256 && !is_space((unsigned char)s[at])
                 && s[at] != '>'; at++) ;
    *ab = p;
    *ae = at;
  } else {
    at = p;
    if (at < e && s[at] == '"') {  /* a quoted local part */
      for (at++; at < e && at - p < 66 && s[at] != '"'; at++) ;
      if (at < e && s[at] == '"') at++;
    }
    while (at < e && local_byte((unsigned char)s[at])) at++;
    if (at == p || at >= e || s[at] != '@') return 0;
    if (!addr_at(s, p, e, at, ab, ae) || *ab != p) return 0;
  }
  p = *ae;
  if (CI_AT(s, e, p, "&gt;")) p += 3;
  if (p < e && (s[p] == '>' || s[p] == '"' || quote_byte((unsigned char)s[p])))
    p += s[p] == '>' && p + 1 < e && quote_byte((unsigned char)s[p + 1]) ? 2 : 1;
  u = 0;  /* a closing mark, or a space mark that ends the address */
  if (p < e && (s[p] == ')' || s[p] == ']')) p++;
  else if ((u = u8_mark_at(s, p, e)) != 0) p += u;
  if (p < e && !u8_blank(s, p - u, u) && !(is_space((unsigned char)s[p])
      || s[p] == ':' || s[p] == '.' || s[p] == '<' || s[p] == ',' || s[p] == ';'))
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
  if (p + 1 < e && s[p] == '-' && s[p + 1] == ' ') {  /* "<a@b> - 550 ..." */
    for (p += 2; p < e && is_space((unsigned char)s[p]); p++) ;
  }
  *rest = s[*ab] == '/' && !reply_at(s, e, p) ? e : p;  /* after an X.500
                                                         name: its owner's */
  return 1;
}

#include "sb_prose_diag.h"  /* where a line's diagnostic starts */
#include "sb_prose_cont.h"  /* which lines go on with the diagnostic */
#include "sb_prose_line.h"  /* markers, recipient lines */

/* the line [b, e); [ub, ue) its words as read below (cut, trimmed, its
   quote marks passed over), or ub NONE to find them here */
static void read_line (St *st, size_t b, size_t e, size_t ub, size_t ue) {
  const char *s = st->s;
  size_t tb = b, te = e, ab, ae, rest;
  int t, nl;
  if (ub != NONE) {
    tb = ub;
    te = ue;
  } else {
    if (e - b > SB_PROSE_MAXLINE) e = u8_cut(s, b, SB_PROSE_MAXLINE);
    te = e;
    trim(s, &tb, &te);
    tb = unquote(s, tb, te);
  }
  if (tb == te) { st->d.target = -1; return; }
  st->line++;  /* (lines with words: an HTML text's blank ones count not) */
  if (sender_label(s, tb, te)) st->sender_line = st->line;
  if (st->list == 1 && st->cur >= 0 && st->line - st->cur_line > GENERIC_SPAN)
    st->cur = -1;  /* no list: a reply this far is not the address's */
  st->indent = tb - b;
  t = early_colon(s, tb, te) ? fwd_field(&st->ix->fx, s, tb, te, &ab) : 0;
  st->fwd = t == 1 ? 1 : t != 0 && st->fwd > 0 ? st->fwd + 1 : 0;
  if (st->fam == FAM_MDAEMON) {
    size_t p = stamp(s, tb, te);
    if (p != tb) {  /* a transcript line: notes and replies only */
      if (apply_markers(st, p, te)) return;
      if (CI_AT(s, te, p, "--> ")) { transcript_cmd(st, p, te); return; }
      if (CI_AT(s, te, p, "*  ") || CI_AT(s, te, p, "<-- "))
        find_diag(st, cur_target(st), p, te);
      return;
    }
  }
  if (apply_markers(st, tb, te)) return;
  t = cur_target(st);
  line_status(st, t, tb, te);
  if (CI_AT(s, te, tb, ">>> ") || CI_AT(s, te, tb, "--> ")) {
    transcript_cmd(st, tb, te);
    return;
  }
  if (st->d.target != -1 && code_line(s, tb, te))
    st->d.target = -1;  /* "Status code: 550 5.7.133": no prose's tail */
  if (st->d.target != -1 && continues(st, b, tb, te)
      && !new_item(st, tb, te)) {
    continue_line(st, tb, te);
    return;
  }
  if (st->list == 1 && returned_headers(st, b, tb, te)) {
    st->stop = 1;  /* the returned message, after its recipients */
    return;
  }
  if (st->await == 2 && st->list == 1 && cur_target(st) >= 0
      && memchr(s + tb, '@', te - tb) == NULL && !reply_at(s, te, tb)) {
    st->await = 0;  /* the reply under "Remote host said :" */
    diag_start(st, cur_target(st), tb, te, 3, CONT_INDENT);  /* (a host's
                                   reply, by its label, outranks prose) */
    return;
  }
  if (st->list == 1 && generic_line(st, tb, te)) return;
  t = cur_target(st);
  if (st->list == 2 && addr_line(s, tb, te, &ab, &ae, &rest)) {
    if (!excluded(st, ab, ae) && !comma_field(s, tb))  /* (a Cc's lines) */
      recipient_line(st, tb - b, ab, ae, rest, te);
    return;
  }
  if ((nl = list_name(st, tb, te, &ab, &ae, &rest)) != 0) {
    if (nl == 1 || st->fam == FAM_EXCHANGE) {
      recipient_line(st, tb - b, ab, ae, rest, te);  /* a name, no address */
      return;
    }
    keep_bare(st, tb - b, ab, ae, rest, te);  /* after the last resorts */
  }
  st->d.target = -1;
  if (t == -1) return;  /* no one the line may speak of */
  find_host(st, t, tb, te);
  line_phase(st, t, tb, te);
  if (st->await) {
    size_t i = skip_host_prefix(s, tb, te);
    if (i == tb && CI_AT(s, te, tb, "host ") && s[te - 1] == ':')
      return;  /* 1&1: "host H[ip]:" alone, the reply on the next line */
    st->await = 0;  /* (prose under "Reason:" ranks below a reply) */
    diag_start(st, t, i, te, reply_at(s, te, i) ? 3 : 2, CONT_INDENT);
    return;
  }
  find_diag(st, t, tb, te);
  if (st->list == 1) generic_fail(st, t, tb, te);
  if (st->wrap_rec != 0) wrapped_phrase(st, tb, te);
}

/* }====================================================================== */


/* {======================================================================
** Reporting
** ======================================================================= */

/* does a diagnostic only say that the message will be retried ("Message
   will be retried for 2 more day(s)" under Gmail's delayed address, the
   why in its "Technical details of temporary failure:")? */
static int retry_note (const char *d, size_t n) {
  static const char *const w[] = {
    "will be retried", "will retry", "will keep trying", "will try again",
    "will be reattempted", "will continue to try", NULL
  };
  return d != NULL && reply_in(d, 0, n) == NONE && ci_find_any(d, 0, n, w);
}

static void emit_all (St *st) {
  int i;
  share_listed(st);
  if (st->shared.rank > 0) {  /* once, not once a recipient */
    clean_diag(&st->shared.h);
    prose_status(&st->shared.h);
  }
  for (i = 0; i < st->nrec && !st->halt; i++) {
    Rec *r = &st->rec[i];
    sb_prose_hit h = r->h;
    int rank = r->rank;
    if (st->shared.rank > rank || (rank == 1 && st->shared.rank == 1)
        || (st->shared.rank > 0 && st->shared.rank == rank
            && retry_note(h.diag, h.diag_len))) {
      /* the diagnostic given for all ("Technical details ...:") before
         prose under the recipient */
      rank = st->shared.rank;
      h.diag = st->shared.h.diag;
      h.diag_len = st->shared.h.diag_len;
      h.status = st->shared.h.status;
      h.status_len = st->shared.h.status_len;
    }
    if (st->generic && st->nloose == 1 && rank < 3 && h.recipient != NULL
        && (st->loose_b > (size_t)(h.recipient - st->s)
            || (rank < 2 && (h.diag == NULL || h.diag > h.recipient)))) {
      /* the one reply the text gives apart from any address, below the
         recipient's: its reply ("Reason:\n   550 ..."); above it, over
         no more than prose below the address ("Error message below:\n
         550 ...\nMessage details: ... RCPT TO: a@b\n  Size: ...") */
      rank = 3;
      h.diag = st->s + st->loose_b;
      h.diag_len = st->loose_e - st->loose_b;
      h.status = NULL;
      h.status_len = 0;
    }
    if (h.phase == SB_PHASE_UNKNOWN) h.phase = st->shared.h.phase;
    if (h.remote_mta == NULL) {
      h.remote_mta = st->shared.h.remote_mta;
      h.remote_mta_len = st->shared.h.remote_mta_len;
    }
    if (h.temporary < 0) h.temporary = st->temp;
    if ((st->list < 2 && rank < 2 && !r->paired) || channel_rcpt(st, i)) continue;
    if (st->weak && (h.diag == NULL
                     || reply_in(h.diag, 0, h.diag_len) == NONE)) continue;
    if (st->ok && st->temp == -1) continue;  /* delivered, not failed */
    if (h.phase == SB_PHASE_UNKNOWN && h.diag != NULL)  /* across lines */
      h.phase = phase_in(st->px, h.diag, h.diag_len);
    clean_diag(&h);
    prose_status(&h);
    if (h.status == NULL && r->pstatus != NULL) {
      h.status = r->pstatus;
      h.status_len = r->pstatus_len;
    }
    if (h.diag_len == 0) h.diag = NULL;
    st->emitted++;
    if (st->cb != NULL && st->cb(st->ud, &h) != 0) st->halt = 1;
  }
  st->nrec = 0;
}

/* }====================================================================== */


/* {======================================================================
** Family and scan
** ======================================================================= */

/*
** A line, and where a quote ends: a recipient named in a quoted notice
** ("> Your message couldn't be delivered to a@b.") takes no diagnostic
** from the lines of the reply after the quote ("Yes, that too."): a line
** not quoted after the quoted one that named the current recipient ends
** what is read of it (not a line quoted less deeply: mailers quote a
** notice's lines unevenly, "> > <a@b>: host" over ">   H[ip] said: ...").
** Before it, the lines of a quoted mail's header block folded on
** (folded_field) are passed over, and a list's footer ends the text.
*/
static void process_line (St *st, size_t b, size_t e) {
  size_t tb = b, te = e, ub = NONE;
  int before = st->cur, qd;
  if (e - b <= SB_PROSE_MAXLINE) {  /* (all but a line cut: trimmed and
                                       unquoted once for what reads it) */
    trim(st->s, &tb, &te);
    ub = unquote(st->s, tb, te);
    qd = depth_of(st->s, tb, te, ub);
  } else qd = quote_depth(st->s, b, e);
  if (st->qhdr > 0 && qd > 0 && st->qhdr-- && folded_field(st, b, e)) return;
  if (st->rule && qd == 0 && footer_name(st->s, b, e)) { st->stop = 1; return; }
  st->rule = qd < 0 ? st->rule
           : ub != NONE ? rule_trimmed(st->s, tb, te) : rule_line(st->s, b, e);
  if (qd <= 0) st->qhdr = 0;
  if (qd == 0 && st->cur >= 0 && st->cur_qd > 0 && !quote_tail(st, b, e)) {
    st->cur = -1;
    st->d.target = -1;
  }
  st->qd = qd;
  read_line(st, b, e, ub, te);
  if (qd >= 0 && st->cur >= 0 && st->cur != before) st->cur_qd = qd;
}

/* the family the markers name before the returned message; generic
   when only markers of no family that open a list or name a recipient
   mid-line do ("the following message to <a@b> was undeliverable"); 0
   if none */
static int find_family (const MarkIdx *mx, MarkCache *mc, const char *s,
                        size_t n) {
  size_t pos = 0, b, e;
  int weak = FAM_NONE, gen = 0;
  while (next_line(s, n, &pos, &b, &e)) {
    const Marker *m[4];
    size_t at[4];
    int k, nm;
    trim_line(s, &b, &e);
    nm = markers_of(mx, mc, s, b, e, at, m);
    for (k = 0; k < nm; k++) {
      unsigned fl = m[k]->flags;
      if (marker_stops(m[k], s, b, e))
        return weak != FAM_NONE || !gen ? weak : FAM_GENERIC;
      if (fl & M_STOP) continue;
      if (m[k]->fam == FAM_NONE) {
        gen |= (fl & (M_LIST | M_INLINE)) && !(fl & (M_START | M_WEAK));
        continue;
      }
      if (!(m[k]->flags & M_WEAK)) return m[k]->fam;
      if (weak == FAM_NONE) weak = m[k]->fam;
    }
  }
  return weak != FAM_NONE || !gen ? weak : FAM_GENERIC;
}

/* the length of a notice's own opening or heading at s (n bytes there),
   as a text run into one line keeps it after a field's value ("... not
   found Delivery has failed to these recipients or groups: ..."): a
   marker (sb_prose_words.h) that names a family or where the returned
   message starts (M_STOP), none a recipient (M_INLINE) or the
   diagnostic (M_SHARED: "Technical details of temporary failure:")
   follows, written from a capital or a rule's dash; 0 when none */
size_t sb_prose_opening (const char *s, size_t n) {
  Idx mine;  /* used only when the kept indexes are being built */
  const Idx *ix;
  const Marker *m[4];
  size_t at[4];
  int k, nm;
  if (s == NULL || n == 0 || !((*s >= 'A' && *s <= 'Z') || *s == '-')) return 0;
  ix = indexes(&mine);
  if (n < ix->mx.klen) return 0;
  nm = markers_at(&ix->mx, s, 0, n, 0, at, m, 0, 4);  /* (the line's start) */
  for (k = 0; k < nm; k++)
    if (!(m[k]->flags & (M_INLINE | M_SHARED)) && (m[k]->fam != FAM_NONE || (m[k]->flags & M_STOP)))
      return m[k]->len;
  return 0;
}

const char *sb_prose_scan (const char *text, size_t len,
                           const char *subject, size_t subject_len,
                           const char *from, size_t from_len,
                           sb_prose_cb cb, void *ud) {
  return sb_prose_scan_orig(text, len, subject, subject_len, from, from_len,
                            NULL, 0, cb, ud);
}

const char *sb_prose_scan_orig (const char *text, size_t len,
                                const char *subject, size_t subject_len,
                                const char *from, size_t from_len,
                                const char *orig, size_t orig_len,
                                sb_prose_cb cb, void *ud) {
  sb_prose_ctx c;
  memset(&c, 0, sizeof c);
  c.subject = subject;
  c.subject_len = subject_len;
  c.from = from;
  c.from_len = from_len;
  c.orig = orig;
  c.orig_len = orig_len;
  return sb_prose_read(text, len, &c, cb, ud);
}

/* the generic reading of the whole text */
static void generic_pass (St *st) {
  size_t pos = 0, b, e;
  st->stop = 0;
  st->nrec = 0;
  memset(&st->shared, 0, sizeof st->shared);
  st->cur = -1;
  st->in_shared = 0;  /* (the list reading may have left a shared run open) */
  st->d.target = -1;
  st->orig_rec = -1;
  st->fail_line = 0;
  st->why_label = st->why_line = st->alone_line = 0;
  st->nloose = 0;
  st->lt_line = 0;
  st->hdr_run = st->hdr_from = st->qhdr = st->rule = 0;
  while (!st->stop && !st->halt && next_line(st->s, st->n, &pos, &b, &e))
    process_line(st, b, e);
}

static const char *prose_read (const Idx *ix, const char *text, size_t len,
                               const sb_prose_ctx *ctx, sb_prose_cb cb,
                               void *ud, int again);

const char *sb_prose_read (const char *text, size_t len,
                           const sb_prose_ctx *ctx, sb_prose_cb cb, void *ud) {
  Idx mine;  /* used only when the kept indexes are being built */
  return carried_read(indexes(&mine), text, len, ctx, cb, ud);
}

/*
** The reading of a text; 'again' when a forward's text that names no one
** before its separator ("-----Original Message-----") may be read once
** more from there: a bounce passed on by a person comes after it.
*/
static const char *prose_read (const Idx *ix, const char *text, size_t len,
                               const sb_prose_ctx *ctx, sb_prose_cb cb,
                               void *ud, int again) {
  static const sb_prose_ctx none;
  St st;
  MarkCache mc;
  size_t pos = 0, b, e, ab, ae;
  const char *got;
  int fam, k;
  if (text == NULL) return NULL;
  if (ctx == NULL) ctx = &none;
  mark_cache_init(&mc);
  fam = find_family(&ix->mx, &mc, text, len);
  memset(&st, 0, ST_CLEAR);
  if (again && forward_subject(ctx->subject, ctx->subject != NULL
                                ? ctx->subject_len : 0)
      && forward_read(ix, text, len, ctx, cb, ud, &got))
    return got;
  if (fam == FAM_NONE) {
    int h = bounce_headers(ix, ctx->subject, ctx->subject != NULL
                           ? ctx->subject_len : 0, ctx->from,
                           ctx->from != NULL ? ctx->from_len : 0, ctx->cues);
    int re = reply_subject(ctx->subject, ctx->subject != NULL
                           ? ctx->subject_len : 0);
    if (h <= 1) {  /* (an attached message alone: the lines may say more) */
      int l = lines_say(ix, &mc, text, len, re);
      if (l > h) h = l;
      else if (h == 0 && l < 0) return NULL;
    }
    st.weak = h <= 1;  /* the lines alone: only who a reply is said of */
    fam = FAM_GENERIC;
  }
  st.temp = delay_subject(ix, ctx->subject, ctx->subject != NULL
                          ? ctx->subject_len : 0) ? 1 : -1;
  st.ix = ix;
  st.mx = &ix->mx;
  st.mc = &mc;
  st.px = &ix->px;
  st.s = text;
  st.n = len;
  st.fam = fam;
  st.cb = cb;
  st.ud = ud;
  st.cues = ctx->cues;
  st.orig = ctx->orig;
  st.orig_len = ctx->orig != NULL ? ctx->orig_len : 0;
  st.cur = -1;
  st.d.target = -1;
  st.shared.h.temporary = -1;
  st.orig_rec = -1;
  if (ctx->from != NULL && find_addr(ctx->from, 0, ctx->from_len, &ab, &ae)) {
    st.from = ctx->from + ab;
    st.from_len = ae - ab;
  }
  for (k = 0; k < 4; k++)
    if (ctx->notrcpt[k] != NULL)
      not_rcpt(&st, ctx->notrcpt[k], 0, ctx->notrcpt_len[k] > SB_PROSE_MAXLINE
               ? SB_PROSE_MAXLINE : ctx->notrcpt_len[k]);
  if (st.orig != NULL) orig_senders(&st);
  member_lists(&st);
  while (!st.stop && !st.halt && next_line(text, len, &pos, &b, &e))
    process_line(&st, b, e);
  if ((st.list == 0 || (st.nrec == 0 && st.emitted == 0)) && !st.halt) {
    /* no list marker, or a list that named no one: any address the text
       speaks of may be a recipient, and only one paired with a failing
       reply or a failure phrase is reported */
    st.list = 1;
    st.generic = 1;
    generic_pass(&st);
    if (st.nrec == 0 && st.emitted == 0 && st.nnot > 0 && !st.halt) {
      /* none but the sender's own address (a redacted bounce writes the
         same one for both): taken after all */
      st.nnot = 0;
      generic_pass(&st);
    }
  }
  if (st.generic && st.nrec == 1 && st.emitted == 0 && !st.weak
      && !st.rec[0].paired && !st.halt && !first_failure(&st, &ab, &ae)
      && CI_FIND(text, 0, len, "deliver") == NONE
      && CI_FIND(text, 0, len, "success") == NONE
      && daemon_headers(ix, ctx) && set_apart(&st, 0))
    /* a bounce by its From and Subject whose text says nothing failed
       but sets one address apart under a line that leads in to it ("The
       requested destination was:\n\n\ta@b"): that address (not when the
       text speaks of delivery or success: "Delivered.\na@b\n250 Ok") */
    st.rec[0].paired = 1;
  if (st.nrec == 0 && st.emitted == 0 && !st.halt) {
    st.list = 1;
    original_to(&st);
  }
  if (st.nrec == 0 && st.emitted == 0 && !st.halt && st.bare[2] != 0) {
    /* the user id a list names alone (its returned To named no one) */
    recipient_line(&st, st.bare[0], st.bare[1], st.bare[2], st.bare[3], st.bare[4]);
    if (st.nrec > 0) st.rec[0].paired = 1;
  }
  if (st.nrec == 0 && st.emitted == 0 && !st.halt && daemon_headers(ix, ctx))
    subject_rcpt(&st, ctx->subject, ctx->subject != NULL ? ctx->subject_len : 0);
  if (st.nrec == 0 && st.emitted == 0 && !st.halt && (ctx->cues & SB_PROSE_NAMELESS)
      && daemon_notice(ix, ctx))
    nameless_rcpt(&st);
  emit_all(&st);
  return fam_names[fam];
}

/* }====================================================================== */
