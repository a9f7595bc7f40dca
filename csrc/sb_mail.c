/*
** sb_mail.c -- the bounce-mail reader (sb_mail.h): walks the MIME tree,
** keeps the parts a bounce is read from (delivery status, feedback
** report, the original message or its headers, the text), then reads
** the records from the first of: a delivery-status part (or a text part
** written as one), a feedback report, an auto-reply's marks, the prose
** of the text (sb_prose.c).  MIME details (headers, parameters,
** encodings, charsets) are sb_mime.c's.
*/

#include <stddef.h>
#include <string.h>

#include "sb_mail.h"
#include "sb_mime.h"
#include "sb_prose.h"
#include "sb_wrap.h"

/* the high bit and the low bit of each of eight bytes */
#define HI8   0x8080808080808080u
#define ONE8  0x0101010101010101u

/* sb_mime_ieq for a lowercase string literal, its length compared first */
#define IEQ_LIT(s, n, lit)  ((n) == sizeof(lit) - 1 && sb_mime_ieq_n(s, lit, n))

/* text parts kept (more are not read: a bounce has one or two) */
#define MAX_TEXTS  32

/* what the walk keeps */
typedef struct Walk {
  sb_mail *m;
  int nparts;                 /* parts looked at */
  sb_mstr ds;                 /* delivery-status part, decoded */
  sb_mstr fr;                 /* feedback-report part, decoded */
  sb_mstr orig;               /* the original message (or its headers) */
  int nplain;                 /* plain[] filled */
  int nhtml;                  /* html[] filled */
  int html_first;             /* a text/html part came before any text/plain */
  sb_mstr msg;                /* the first message/rfc822 part, raw */
  int msg_cte;                /* its transfer encoding */
  int nmsg;                   /* message/rfc822 parts seen */
  int nheads;                 /* text/rfc822-headers parts seen */
  int ds_text;                /* ds is a text part's pasted status: 1; and
                                 the text named one of its records: 2 */
  const char *hb_s;           /* the bytes hb was read from (read_headers) */
  size_t hb_len;
  int nameless_hit;           /* the prose read a notice naming no one:
                                 1 as read_prose reads it, then 2 */
  const char *nameless_fam;   /* that reading's family */
  sb_mail_rec nameless;       /* and its record, without recipient */
  /* not cleared (WALK_CLEAR): each filled as far as its count says */
  sb_mstr plain[MAX_TEXTS];   /* text/plain parts, decoded */
  sb_mstr html[MAX_TEXTS];    /* text/html parts, decoded */
  sb_hblock hb;               /* scratch header block (each reading fills
                                 what it reads) */
} Walk;

#define WALK_CLEAR  offsetof(Walk, plain)  /* the bytes a walk starts cleared */

/* the header block at [s, s+len) into w->hb, unless hb holds it already
   (the message's own block: read by top_headers, then by the walk) */
static void read_headers (Walk *w, const char *s, size_t len) {
  if (w->hb_s == s && w->hb_len == len && s != NULL) return;
  sb_mime_headers(w->m, s, len, &w->hb);
  w->hb_s = s;
  w->hb_len = len;
}

/* a part's headers as the walk needs them */
typedef struct Entity {
  char type[64];              /* "type/subtype", lowercase; "" none */
  int cte;                    /* SB_CTE_* */
  sb_mstr boundary;           /* multipart boundary, or absent */
  sb_mstr charset;            /* text charset, or absent */
  int flowed;                 /* format=flowed (RFC 3676): 1, 2 with
                                 delsp=yes; 0 not */
  size_t body;                /* offset of the body */
} Entity;


/* {======================================================================
** The MIME walk
** ======================================================================= */

static void entity (Walk *w, const char *s, size_t len, const char *deftype,
                    Entity *e) {
  const sb_hfield *f;
  read_headers(w, s, len);
  e->body = w->hb.body;
  e->cte = SB_CTE_PLAIN;
  e->boundary.p = e->charset.p = NULL;
  e->boundary.n = e->charset.n = 0;
  e->flowed = 0;
  strcpy(e->type, deftype);
  if ((f = SB_MIME_FIELD(&w->hb, "content-type")) != NULL) {
    sb_mime_ctype(f->val, f->vlen, e->type, sizeof e->type);
    if (e->type[0] == '\0') strcpy(e->type, deftype);
    /* (only a multipart's boundary and a text's charset are read; a
       value without ';' has no parameter) */
    if (memchr(f->val, ';', f->vlen) != NULL) {
      if (strncmp(e->type, "multipart/", 10) == 0
          && !sb_mime_param(w->m, f->val, f->vlen, "boundary", &e->boundary))
        e->boundary.p = NULL;
      if (strncmp(e->type, "text/", 5) == 0
          && !sb_mime_param(w->m, f->val, f->vlen, "charset", &e->charset))
        e->charset.p = NULL;
      if (strcmp(e->type, "text/plain") == 0
          && sb_mime_icontains(f->val, f->vlen, "flowed")) {
        sb_mstr v;
        if (sb_mime_param(w->m, f->val, f->vlen, "format", &v)
            && sb_mime_ieq(v.p, v.n, "flowed"))
          e->flowed = sb_mime_param(w->m, f->val, f->vlen, "delsp", &v)
                      && sb_mime_ieq(v.p, v.n, "yes") ? 2 : 1;
      }
    }
  }
  if ((f = SB_MIME_FIELD(&w->hb, "content-transfer-encoding")) != NULL)
    e->cte = sb_mime_cte(f->val, f->vlen);
}

/* is the line [p, le) a delimiter "--b" (then 1; 2 for the close
   delimiter "--b--"); blanks may follow */
static int delimiter (const char *p, const char *le, sb_mstr b) {
  size_t n = (size_t)(le - p);
  const char *q;
  if (n < b.n + 2 || p[0] != '-' || p[1] != '-' || memcmp(p + 2, b.p, b.n) != 0)
    return 0;
  q = p + 2 + b.n;
  if (le - q >= 2 && q[0] == '-' && q[1] == '-') return 2;
  while (q < le && (*q == ' ' || *q == '\t' || *q == '\r')) q++;
  return q == le ? 1 : 0;
}

/* the start of the first line after the line end 'le' (a '\n', or e)
   that starts with "--" and the boundary b (only those can be
   delimiters), or e: the '-' bytes are looked for, not the line ends */
static const char *next_dashes (const char *le, const char *e, sb_mstr b) {
  const char *q = le;
  while (q < e) {
    q = (const char *)memchr(q + 1, '-', (size_t)(e - q - 1));
    if (q == NULL) return e;
    if (q[-1] == '\n' && (size_t)(e - q) >= b.n + 2 && q[1] == '-'
        && memcmp(q + 2, b.p, b.n) == 0)
      return q;
    while (q + 1 < e && q[1] == '-') q++;  /* (a run's other dashes start
                                              no line) */
  }
  return e;
}

/* the boundary a body uses when its own is missing or never occurs: the
   first line "--x" with no blank in x (a trailing "--" removed) */
static int guess_boundary (const char *s, size_t len, sb_mstr *b) {
  const char *p = s, *e = s + len;
  while (p < e) {
    const char *le = sb_mime_nl(p, e), *q;
    if (le == NULL) le = e;
    q = le;
    if (q > p && q[-1] == '\r') q--;
    if (q - p > 2 && p[0] == '-' && p[1] == '-' && p[2] != '-') {
      const char *x = p + 2;
      while (x < q && *x > ' ') x++;
      if (x == q) {
        if (q - p > 4 && q[-1] == '-' && q[-2] == '-') q -= 2;
        b->p = p + 2;
        b->n = (size_t)(q - p - 2);
        return 1;
      }
    }
    p = le + 1;
  }
  return 0;
}

static void walk (Walk *w, const char *s, size_t len, int depth, const char *deftype);

/* the parts of a multipart body */
static void multipart (Walk *w, const char *s, size_t len, sb_mstr b, int depth,
                       const char *deftype) {
  const char *p = s, *e = s + len, *start = NULL;
  int found = 0;
  if (b.p == NULL || b.n == 0) {
    if (!guess_boundary(s, len, &b)) return;
  }
  while (p < e) {
    const char *le = sb_mime_nl(p, e), *next;
    int d;
    if (le == NULL) le = e;
    next = le < e ? le + 1 : e;
    if ((d = delimiter(p, le, b)) != 0) {
      if (start != NULL) {
        const char *end = p;  /* the line end before belongs to the delimiter */
        if (end > start && end[-1] == '\n') end--;
        if (end > start && end[-1] == '\r') end--;
        walk(w, start, (size_t)(end - start), depth + 1, deftype);
        if (w->nparts >= SB_MAIL_MAX_PARTS) {  /* more may follow: not read */
          if (d != 2) w->m->flags |= SB_MAIL_F_PARTS;
          return;
        }
      }
      found = 1;
      start = d == 2 ? NULL : next;
      if (d == 2) return;
    }
    p = next_dashes(le, e, b);  /* (the lines between are no delimiters) */
  }
  if (start != NULL) walk(w, start, (size_t)(e - start), depth + 1, deftype);
  else if (!found) {  /* the boundary given never occurs: try another */
    sb_mstr g;
    if (guess_boundary(s, len, &g) && !(g.n == b.n && memcmp(g.p, b.p, b.n) == 0))
      multipart(w, s, len, g, depth, deftype);
  }
}

static int is_type (const char *t, const char *w) {
  return strcmp(t, w) == 0;
}

static sb_mstr ds_in_text (sb_mstr t, const char **pre);  /* sb_mail_prose.h */
static int ds_goes_on (sb_mstr t, size_t pos);
static void walk (Walk *w, const char *s, size_t len, int depth, const char *deftype) {
  Entity e;
  const char *body;
  size_t blen;
  if (w->nparts >= SB_MAIL_MAX_PARTS) { w->m->flags |= SB_MAIL_F_PARTS; return; }
  w->nparts++;
  entity(w, s, len, deftype, &e);
  body = s + e.body;
  blen = len - e.body;
  if (strncmp(e.type, "multipart/", 10) == 0) {
    if (depth >= SB_MAIL_MAX_DEPTH) { w->m->flags |= SB_MAIL_F_DEPTH; return; }
    multipart(w, body, blen, e.boundary, depth,
              is_type(e.type, "multipart/digest") ? "message/rfc822" : "text/plain");
  } else if (is_type(e.type, "message/delivery-status")
             || is_type(e.type, "message/global-delivery-status")) {
    sb_mstr d = sb_mime_text(w->m, body, blen, e.cte, NULL, 0);
    if (w->ds.p == NULL && ds_in_text(d, NULL).p != NULL) w->ds = d;
    else if (w->ds.p == NULL && d.n > 0 && w->nplain < MAX_TEXTS)
      w->plain[w->nplain++] = d;  /* no field in it: prose typed wrongly */
  } else if (is_type(e.type, "message/feedback-report")) {
    if (w->fr.p == NULL) w->fr = sb_mime_text(w->m, body, blen, e.cte, NULL, 0);
  } else if (is_type(e.type, "message/rfc822") || is_type(e.type, "message/global")
             || is_type(e.type, "text/rfc822-headers")
             || is_type(e.type, "text/rfc822-header")  /* as some reports write it */
             || is_type(e.type, "message/rfc822-headers")
             || is_type(e.type, "message/global-headers")) {
    int whole = e.type[0] == 'm' && (is_type(e.type, "message/rfc822")
                                     || is_type(e.type, "message/global"));
    if (!whole) w->nheads++;
    if (whole && w->nmsg++ == 0) {  /* a forwarded bounce is read from it */
      w->msg.p = body; w->msg.n = blen;
      w->msg_cte = e.cte;
    }
    if (w->orig.p == NULL) {
      if (e.cte == SB_CTE_PLAIN) { w->orig.p = body; w->orig.n = blen; }
      else w->orig = sb_mime_text(w->m, body, blen < SB_MAIL_MAX_HEADER * 2
                                  ? blen : SB_MAIL_MAX_HEADER * 2, e.cte, NULL, 0);
    }
  } else if (is_type(e.type, "text/plain") || is_type(e.type, "text/html")) {
    int html = e.type[5] == 'h';
    sb_mstr t;
    if ((html ? w->nhtml : w->nplain) >= MAX_TEXTS) return;
    t = sb_mime_text(w->m, body, blen, e.cte, e.charset.p, e.charset.n);
    if (e.flowed) t = sb_mime_unflow(w->m, t, e.flowed == 2);
    if (t.n == 0) return;
    if (html) w->html_first |= w->nplain == 0;
    if (html) w->html[w->nhtml++] = t;
    else w->plain[w->nplain++] = t;
  }
}

/* }====================================================================== */


/* {======================================================================
** Records
** ======================================================================= */

static sb_mail_rec *new_rec (sb_mail *m) {
  sb_mail_rec *r;
  if (m->nrecs >= SB_MAIL_MAX_RCPTS) { m->flags |= SB_MAIL_F_RCPTS; return NULL; }
  if (m->nrecs == m->reccap) {
    size_t cap = m->reccap ? 2 * m->reccap : 4;
    sb_mail_rec *nr = (sb_mail_rec *)sb_mime_alloc(m, cap * sizeof *nr);
    if (nr == NULL) return NULL;
    if (m->nrecs) memcpy(nr, m->recs, m->nrecs * sizeof *nr);
    m->recs = nr;
    m->reccap = cap;
  }
  r = &m->recs[m->nrecs++];
  memset(r, 0, sizeof *r);
  return r;
}

#include "sb_mail_value.h"  /* field values: untyped, address, status, squeezed text */

/* one recipient being read */
typedef struct Rcpt {
  sb_mstr final, original, actual, action, status, remote, diag, last;
  int any;                    /* a field after the recipient was read */
} Rcpt;

static void rcpt_done (sb_mail *m, Rcpt *c, sb_mstr arrival, sb_mstr date) {
  sb_mail_rec *r;
  sb_mstr who = c->final.n ? c->final : c->actual.n ? c->actual : c->original;
  if (who.n > 0 && (r = new_rec(m)) != NULL) {
    r->recipient = who;
    r->original_recipient = c->original;
    r->action = c->action.n ? action_word(m, c->action) : c->action;
    r->status = status_of(c->status);
    r->status_text = squeeze(m, c->status);
    r->remote_mta = c->remote;
    r->reply = c->diag;
    r->time = c->last.n ? c->last : arrival.n ? arrival : date;
    r->phase = c->diag.n ? sb_mail_phase(c->diag.p, c->diag.n) : 0;
  }
  memset(c, 0, sizeof *c);
}

/* the address of a recipient field's value: unfolded, its type and
   brackets removed, a hidden "at" and "\x{..}" escapes written back */
static sb_mstr field_address (sb_mail *m, sb_mstr v) {
  return unescape_utf8(m, at_joined(m, address(sb_mime_unfold(m, v.p, v.n))));
}

/* one field of a delivery status; 'a' the arrival date (per message) */
static void ds_field (Walk *w, Rcpt *c, const sb_hfield *f, sb_mstr *arrival,
                      sb_mstr date) {
  sb_mail *m = w->m;
  const char *nm = f->name;
  size_t nl = f->nlen;
  sb_mstr v;
  v.p = f->val; v.n = f->vlen;
  if (IEQ_LIT(nm, nl, "final-recipient")) {
    if (c->final.n) rcpt_done(m, c, *arrival, date);
    c->final = field_address(m, v);
  } else if (IEQ_LIT(nm, nl, "original-recipient")) {
    sb_mstr o = field_address(m, v);
    /* (the same address as the Final-Recipient's: a tool's field order) */
    if (c->original.n || (c->final.n && c->any
                          && !same_address(o, c->final)))
      rcpt_done(m, c, *arrival, date);
    c->original = o;
  } else if (IEQ_LIT(nm, nl, "x-actual-recipient")) {
    c->actual = field_address(m, v);
  } else if (IEQ_LIT(nm, nl, "action")) {
    /* a second Action after a recipient's: the next recipient's block
       (Exim writes Action above Final-Recipient) */
    if (c->action.n && c->final.n) rcpt_done(m, c, *arrival, date);
    c->action = sb_mime_trim(v.p, v.n); c->any = 1;
  } else if (IEQ_LIT(nm, nl, "status")) {
    c->status = sb_mime_trim(v.p, v.n); c->any = 1;
  } else if (IEQ_LIT(nm, nl, "remote-mta")) {
    c->remote = untyped(sb_mime_unfold(m, v.p, v.n)); c->any = 1;
  } else if (IEQ_LIT(nm, nl, "diagnostic-code")) {
    c->diag = untyped(squeeze_lines(m, v, 1)); c->any = 1;
  } else if (IEQ_LIT(nm, nl, "x-supplementary-info") && c->diag.n == 0) {
    c->diag = squeeze_lines(m, v, 1);  /* Hotmail's, with no Diagnostic-Code */
  } else if (IEQ_LIT(nm, nl, "last-attempt-date")) {
    c->last = sb_mime_unfold(m, v.p, v.n); c->any = 1;
  } else if (IEQ_LIT(nm, nl, "reporting-mta")) {
    if (m->reporting_mta.n == 0) m->reporting_mta = untyped(sb_mime_unfold(m, v.p, v.n));
  } else if (IEQ_LIT(nm, nl, "arrival-date")) {
    if (arrival->n == 0) *arrival = sb_mime_unfold(m, v.p, v.n);
  }
}

#if !defined(SB_MAIL_DIAG_LOST)
/* the most lines a Diagnostic-Code's value goes on over when they lost
   the blank that folds them */
#define SB_MAIL_DIAG_LOST  8
#endif

static size_t diag_lost_fold (Walk *w, sb_mstr t, const char *b);  /* sb_mail_prose.h */
static void diag_cut_name (Walk *w, sb_mstr t);

/* the records of a delivery-status text; returns how many */
static size_t read_ds (Walk *w, sb_mstr t, sb_mstr date) {
  sb_mail *m = w->m;
  size_t pos = 0, before = m->nrecs;
  sb_mstr arrival, action;
  Rcpt c;
  memset(&c, 0, sizeof c);
  arrival.p = action.p = NULL; arrival.n = action.n = 0;
  while (pos < t.n) {
    size_t i;
    read_headers(w, t.p + pos, t.n - pos);
    if (w->hb.n == 0 && w->hb.body == 0) {  /* a line that is no field */
      const char *nl = sb_mime_nl(t.p + pos, t.p + t.n);
      pos = nl ? (size_t)(nl - t.p) + 1 : t.n;
      continue;
    }
    diag_cut_name(w, t);
    if (w->hb.body > 0 && pos + w->hb.body < t.n)
      pos += diag_lost_fold(w, t, t.p + pos + w->hb.body);
    for (i = 0; i < w->hb.n; i++) ds_field(w, &c, &w->hb.f[i], &arrival, date);
    if (c.final.n + c.actual.n + c.original.n == 0 && c.action.n > 0)
      action = c.action;  /* in the per-message block, wrongly: for all */
    pos += w->hb.body ? w->hb.body : 1;
    /* a block ends a recipient, unless a field of one comes next, past
       the blank line (fields pasted as text, an HTML line a paragraph):
       then a recipient's field ends it, as in one block (ds_field) */
    if (c.final.n + c.actual.n + c.original.n == 0 || !ds_goes_on(t, pos))
      rcpt_done(m, &c, arrival, date);
  }
  for (pos = before; action.n > 0 && pos < m->nrecs; pos++)
    if (m->recs[pos].action.n == 0) m->recs[pos].action = action_word(m, action);
  return m->nrecs - before;
}

/* }====================================================================== */


/* {======================================================================
** Feedback reports (RFC 5965)
** ======================================================================= */

/* the records of a feedback report; 'to' the original's To (the
   recipient when the report names none) */
static size_t read_arf (Walk *w, sb_mstr t, sb_mstr to, sb_mstr date) {
  sb_mail *m = w->m;
  sb_mstr arrival, rcpts[16];
  size_t i, n = 0, before = m->nrecs;
  arrival.p = NULL; arrival.n = 0;
  read_headers(w, t.p, t.n);
  for (i = 0; i < w->hb.n; i++) {
    const sb_hfield *f = &w->hb.f[i];
    if (IEQ_LIT(f->name, f->nlen, "feedback-type")) {
      if (m->feedback_type.n == 0) m->feedback_type = lower_word(m, sb_mime_trim(f->val, f->vlen));
    } else if (IEQ_LIT(f->name, f->nlen, "original-rcpt-to")
               || IEQ_LIT(f->name, f->nlen, "removal-recipient")) {  /* ARF drafts */
      if (n < 16) rcpts[n++] = address(sb_mime_unfold(m, f->val, f->vlen));
    } else if (IEQ_LIT(f->name, f->nlen, "arrival-date")
               || IEQ_LIT(f->name, f->nlen, "received-date")) {
      if (arrival.n == 0) arrival = sb_mime_unfold(m, f->val, f->vlen);
    } else if (IEQ_LIT(f->name, f->nlen, "reporting-mta")) {
      if (m->reporting_mta.n == 0) m->reporting_mta = untyped(sb_mime_unfold(m, f->val, f->vlen));
    }
  }
  if (n == 0) {  /* the original's To; a report that names no one still
                   is one (a record without recipient) */
    rcpts[0] = first_address(to);
    n = 1;
  }
  for (i = 0; i < n; i++) {
    sb_mail_rec *r;
    if ((r = new_rec(m)) == NULL) continue;
    if (rcpts[i].n > 0) r->recipient = rcpts[i];
    r->time = arrival.n ? arrival : date;
  }
  return m->nrecs - before;
}

/* Microsoft's JMRP complaint: no feedback-report part, the original
   carries X-HmXmrOriginalRecipient */
static size_t read_jmrp (sb_mail *m, sb_mstr date) {
  sb_mstr v;
  sb_mail_rec *r;
  if (m->orig_headers.p == NULL
      || !smtpbounce_mail_header(m, m->orig_headers, "x-hmxmroriginalrecipient", 24, &v)
      || (r = new_rec(m)) == NULL)
    return 0;
  r->recipient = first_address(v);
  if (r->recipient.n == 0) r->recipient = v;
  r->time = date;
  return 1;
}

/* }====================================================================== */


/* {======================================================================
** Auto-replies (RFC 3834)
** ======================================================================= */

/* the fields of the bounce's own header block that are read, found in
   one pass over it (top_fields): each name's first field, or NULL */
enum { TF_SUBJECT, TF_FROM, TF_DATE, TF_FAILED, TF_XORIGTO, TF_DELIVEREDTO,
       TF_TO, TF_RETURNPATH, TF_CTYPE, TF_XAUTOREPLY, TF_XAUTORESPOND,
       TF_XAUTORESPONDER, TF_PRECEDENCE, TF_AUTOSUBMITTED, TF_REPLYTO, NTF };

#define TOPN(s)  { s, sizeof(s) - 1 }
static const struct { const char *name; size_t len; } TOP_NAMES[NTF] = {
  TOPN("subject"), TOPN("from"), TOPN("date"), TOPN("x-failed-recipients"),
  TOPN("x-original-to"), TOPN("delivered-to"), TOPN("to"), TOPN("return-path"),
  TOPN("content-type"), TOPN("x-autoreply"), TOPN("x-autorespond"),
  TOPN("x-autoresponder"), TOPN("precedence"), TOPN("auto-submitted"),
  TOPN("reply-to")
};

/* TOP_NAMES by length, kept with it: those of length n are TF_*
   BY_LEN[n][0] and [1] (-1 none; no length has more than two); a name's
   own length is compared too, so a slip here misses a field and never
   reads past a name */
#define TOP_MAXLEN  19
static const signed char BY_LEN[TOP_MAXLEN + 1][2] = {
  { -1, -1 }, { -1, -1 }, { TF_TO, -1 }, { -1, -1 },
  { TF_FROM, TF_DATE }, { -1, -1 }, { -1, -1 }, { TF_SUBJECT, -1 },
  { TF_REPLYTO, -1 }, { -1, -1 }, { TF_PRECEDENCE, -1 },
  { TF_RETURNPATH, TF_XAUTOREPLY }, { TF_DELIVEREDTO, TF_CTYPE },
  { TF_XORIGTO, TF_XAUTORESPOND }, { TF_AUTOSUBMITTED, -1 },
  { TF_XAUTORESPONDER, -1 }, { -1, -1 }, { -1, -1 }, { -1, -1 },
  { TF_FAILED, -1 }
};

static void top_fields (const sb_hblock *hb, const sb_hfield **tf) {
  size_t i;
  int k;
  for (k = 0; k < NTF; k++) tf[k] = NULL;
  for (i = 0; i < hb->n; i++) {
    const sb_hfield *f = &hb->f[i];
    if (f->nlen > TOP_MAXLEN) continue;
    for (k = 0; k < 2; k++) {
      int t = BY_LEN[f->nlen][k];
      if (t >= 0 && tf[t] == NULL && TOP_NAMES[t].len == f->nlen
          && ((unsigned char)f->name[0] | 0x20) == (unsigned char)TOP_NAMES[t].name[0]
          && sb_mime_ieq_n(f->name, TOP_NAMES[t].name, f->nlen)) {  /* (first byte first) */
        tf[t] = f;
        break;
      }
    }
  }
}

#include "sb_mail_auto.h"  /* auto-replies: marks, cues of the text */

/* }====================================================================== */


#include "sb_mail_prose.h"  /* prose bounces: records, explanation */


/* {======================================================================
** The message
** ======================================================================= */

/* what the bounce's own header block gives */
typedef struct Top {
  sb_mstr date;               /* Date */
  sb_mstr to;                 /* the original's To (feedback reports) */
  sb_mstr failed;             /* X-Failed-Recipients (Exim and others) */
  int autoreply;              /* auto_reply()'s answer */
  int nullpath;               /* Return-Path: <> */
  int report;                 /* Content-Type: multipart/report */
  sb_mstr replyto;            /* Reply-To (an auto-reply a list passed on) */
  int list;                   /* a List-Id: a list's post */
} Top;

#include "sb_mail_paste.h"  /* a pasted text's marks, wraps and runs */

static void top_headers (Walk *w, const char *s, size_t len, Top *t) {
  sb_mail *m = w->m;
  const sb_hfield *f, *tf[NTF];
  int i;
  read_headers(w, s, len);
  top_fields(&w->hb, tf);
  if ((f = tf[TF_SUBJECT]) != NULL)
    m->subject = sb_mime_decode_words(m, f->val, f->vlen);
  if ((f = tf[TF_FROM]) != NULL)
    m->from = sb_mime_decode_words(m, f->val, f->vlen);
  if ((f = tf[TF_DATE]) != NULL)
    t->date = sb_mime_decode_words(m, f->val, f->vlen);
  if ((f = tf[TF_FAILED]) != NULL)
    t->failed = sb_mime_decode_words(m, f->val, f->vlen);  /* valid UTF-8 */
  for (i = 0; i < 3; i++)  /* X-Original-To, Delivered-To, To */
    if ((f = tf[TF_XORIGTO + i]) != NULL)
      m->envelope[i] = sb_mime_decode_words(m, f->val, f->vlen);
  t->autoreply = auto_reply(tf, &w->hb, m->subject);
  t->list = SB_MIME_FIELD(&w->hb, "list-id") != NULL;
  if ((f = tf[TF_RETURNPATH]) != NULL) {
    sb_mstr v = sb_mime_trim(f->val, f->vlen);
    t->nullpath = v.n == 0 || (v.n == 2 && v.p[0] == '<' && v.p[1] == '>');
  }
  if ((f = tf[TF_CTYPE]) != NULL)
    t->report = sb_mime_icontains(f->val, f->vlen, "report");
  if ((f = tf[TF_REPLYTO]) != NULL) t->replyto = sb_mime_unfold(m, f->val, f->vlen);
}

/* a From of a mailer daemon or a postmaster */
static int daemon_from (const sb_mail *m) {
  static const struct { const char *w; size_t n; } daemons[] = {
    { "mailer-daemon", 13 }, { "mailerdaemon", 12 }, { "mailer_daemon", 13 },
    { "postmaster", 10 }, { "mail delivery", 13 }, { "mail administrator", 18 },
    { "system administrator", 20 }
  };
  const char *s = m->from.p;
  size_t n = m->from.n, i, k;
  for (i = 0; i < n; i++) {  /* one pass: each name at each of its first bytes */
    int c = s[i] | 0x20;
    if (c != 'm' && c != 'p' && c != 's') continue;
    for (k = 0; k < sizeof daemons / sizeof daemons[0]; k++)
      if (daemons[k].w[0] == c && n - i >= daemons[k].n
          && sb_mime_ieq(s + i, daemons[k].n, daemons[k].w)) return 1;
  }
  return 0;
}

/* an auto-reply by Auto-Submitted alone (auto_reply()'s 1) that is a
   mailer daemon's own notice: a From of a daemon and a Subject with no
   auto-reply's word (RFC 3834 has notices marked "auto-replied" too: a
   notice to a local user of a full mailbox, a notice of a message
   without recipients) is no person's reply */
static int daemon_marked (const sb_mail *m, const Top *t) {
  return t->autoreply == 1 && daemon_from(m) && !auto_word(m->subject);
}

/* a person's reply sent with the null sender (RFC 3834 3.3) and marked no
   other way: a From that is no mailer daemon or postmaster, no report, no
   single message/rfc822 part (a bounce forwarded whole: forwarded()) */
static int null_sender_reply (const Walk *w, const Top *t) {
  const sb_mail *m = w->m;
  if (!t->nullpath || t->report || t->autoreply || w->ds.p != NULL || w->fr.p != NULL
      || w->nmsg == 1 || m->from.n == 0 || memchr(m->from.p, '@', m->from.n) == NULL)
    return 0;
  /* (any "mailer" too: a daemon's name in words such as "Mailer") */
  return !daemon_from(m) && !sb_mime_icontains(m->from.p, m->from.n, "mailer");
}

/* a reply marked no way whose text reads as an auto-reply (auto_text):
   from an address that is no mailer daemon's, no report, no list post */
static int text_reply (const Walk *w, const Top *t, sb_mstr text) {
  const sb_mail *m = w->m;
  if (t->report || t->list || w->ds.p != NULL || w->fr.p != NULL || text.n == 0
      || m->from.n == 0 || memchr(m->from.p, '@', m->from.n) == NULL || daemon_from(m))
    return 0;
  return auto_text(text);
}

/* the original message's header block and Message-ID */
static void original (Walk *w, sb_mstr o, Top *t) {
  sb_mail *m = w->m;
  const sb_hfield *f;
  if (o.p == NULL || o.n == 0) return;
  read_headers(w, o.p, o.n);
  if (w->hb.n == 0) return;
  m->orig_headers.p = o.p;
  m->orig_headers.n = w->hb.body;
  if ((f = SB_MIME_FIELD(&w->hb, "message-id")) != NULL) {
    sb_mstr id = sb_mime_decode_words(m, f->val, f->vlen);
    m->message_id = address(id);
  }
  if ((f = SB_MIME_FIELD(&w->hb, "to")) != NULL)
    t->to = sb_mime_decode_words(m, f->val, f->vlen);
}

/* the text a prose bounce is read from: text/plain parts, else (or with
   'html') text/html parts stripped of their tags */
static sb_mstr text_of (Walk *w, int html) {
  int i;
  sb_mstr t;
  if (w->nplain > 0 && !html) t = join(w->m, w->plain, w->nplain);
  else {
    for (i = 0; i < w->nhtml; i++) w->html[i] = sb_mime_strip_html(w->m, w->html[i]);
    t = join(w->m, w->html, w->nhtml);
  }
  typeset_apostrophes(w->m, &t);  /* "wasn\342\200\231t" */
  return t;
}

/* the prose of the text, with what the headers and parts tell */
static const char *read_prose (Walk *w, const Top *t, sb_mstr text) {
  sb_mail *m = w->m;
  sb_prose_ctx c;
  const char *fam;
  int i;
  memset(&c, 0, sizeof c);
  c.subject = m->subject.p; c.subject_len = m->subject.n;
  c.from = m->from.p; c.from_len = m->from.n;
  c.orig = m->orig_headers.p; c.orig_len = m->orig_headers.n;
  for (i = 0; i < 3; i++) {  /* the sender the bounce goes back to; not
                                the To of a list post a person sent (the
                                thread's people, among them the address a
                                bounce it quotes names) */
    if (i == 2 && t->list && !daemon_from(m)) break;
    c.notrcpt[i] = m->envelope[i].p;
    c.notrcpt_len[i] = m->envelope[i].n;
  }
  c.cues = (t->nullpath ? SB_PROSE_CUE_NULLPATH : 0)
         | (w->nheads > 0 ? SB_PROSE_CUE_HEADERS : 0)
         | (w->nmsg > 0 ? SB_PROSE_CUE_MESSAGE : 0) | SB_PROSE_NAMELESS;
  fam = sb_prose_read(text.p, text.n, &c, prose_hit, w);
  if (w->nameless_hit == 1) {
    w->nameless_hit = 2;
    w->nameless_fam = fam;
  }
  return fam;
}

/* the record of a notice that said what failed but named no one
   (prose_hit kept it apart), when no reading named anyone and no list
   passed the mail on (a list's post dressed as a notice, a notice sent
   back to the list: no one to tell of): its family */
static const char *nameless (Walk *w, const Top *t, const char *fam) {
  sb_mail_rec *r;
  if (w->m->nrecs > 0 || w->nameless_hit != 2 || t->list
      || (r = new_rec(w->m)) == NULL) return fam;
  *r = w->nameless;
  return w->nameless_fam;
}

/* decide what the message is and read its records */
static void classify_mail (Walk *w, Top *t) {
  sb_mail *m = w->m;
  sb_mstr text;
  int i, held, marked;
  if (w->nplain == 0 && w->nhtml > 0) {  /* HTML alone: read as its text,
                                             the mail's first */
    w->plain[0] = text_of(w, 0);
    w->nplain = 1;
    w->nhtml = 0;
    w->html_first = 0;
  }
  if (w->ds.p == NULL) {  /* a text part written as a delivery status (not a
                             later part of a mail a person sent, a post quoting
                             a report, nor its first one after an HTML text) */
    for (i = 0; i < w->nplain && w->ds.p == NULL; i++)
      if ((i == 0 && !w->html_first) || t->nullpath || t->report || daemon_from(m))
        w->ds_text = (w->ds = ds_in_part(w, i, t->nullpath || t->report)).p != NULL;
  }
  if (w->ds.p != NULL && read_ds(w, w->ds, t->date) > 0) {
    size_t k;
    int noreply = m->nrecs == 1 && masked(m->recs[0].recipient), nophase = 0;
    m->format = SB_MAIL_RFC3464;
    for (k = 0; k < m->nrecs; k++) {
      noreply |= m->recs[k].reply.p == NULL;
      nophase |= m->recs[k].phase == 0;
    }
    if ((noreply || nophase) && (text = text_of(w, 0)).n > 0
        && (noreply || phase_hint(text))) {  /* the text may tell (a masked
                                                recipient's address too) */
      at_words(m, &text);  /* (an archive's "a at b.org") */
      pasted_marks(m, &text);  /* (a paste's "[a@b](mailto:a@b)") */
      sb_prose_scan(text.p, text.n, m->subject.p, m->subject.n, m->from.p, m->from.n,
                    ds_text_hit, w);
    }
    for (k = 0, noreply = 0; k < m->nrecs; k++) noreply |= m->recs[k].reply.p == NULL;
    if (noreply)  /* the report's first part explains (RFC 3464 2.1) */
      explain(m, w->nplain > 0 ? w->plain[0] : w->nhtml > 0 ? w->html[0] : span(NULL, 0),
              w->ds.p);
    return;
  }
  if ((w->fr.p != NULL && read_arf(w, w->fr, t->to, t->date) > 0)
      || (w->fr.p == NULL && read_jmrp(m, t->date) > 0)) {
    m->format = SB_MAIL_ARF;
    return;
  }
  text = text_of(w, 0);
  if (t->autoreply == 2 && !refusal(text)
      && read_auto(m, auto_who(m->from, t->replyto), t->date) > 0) {
    m->format = SB_MAIL_AUTOREPLY;
    return;
  }
  at_words(m, &text);  /* an archive's "a at b.org" */
  md_escapes(m, &text);  /* "a\_b@c.org" as markdown writes it */
  pasted_marks(m, &text);  /* "&lt;a@b&gt;", "[a@b](mailto:a@b)" */
  if (text.n > 0 || t->failed.n > 0) {
    if (text.n > 0) m->family = read_prose(w, t, text);
    if (m->nrecs == 0 && w->nplain > 0 && w->nhtml > 0) {
      /* the plain part said nothing ("view this in HTML"): the HTML */
      text = text_of(w, 1);
      if (text.n > 0) m->family = read_prose(w, t, text);
    }
    if (m->nrecs == 0 && text.n > 0 && group_refusal(m, text, t->date) > 0)
      m->family = "google";  /* a group's refusal names the group alone */
    if (text.n > 0 && (m->nrecs == 0 || ran_into_one(text)))
      text = repasted(w, t, text);  /* its lines as before a wrap or a run */
    m->family = nameless(w, t, m->family);
    if (failed_recipients(m, t->failed, 0) > 0 && m->family == NULL)
      m->family = "generic";  /* listed by the header alone */
    if (m->family != NULL && m->nrecs > 0) {
      size_t k;
      int noreply = 0;
      m->format = SB_MAIL_PROSE;
      for (k = 0; k < m->nrecs; k++) {
        m->recs[k].time = t->date;
        noreply |= m->recs[k].reply.p == NULL;
      }
      quoted_read(w, text, t);  /* its header block, "> Status: 5.1.1" */
      if (noreply)  /* a notice quoted in a person's reply: its lines */
        explain(m, daemon_from(m) ? text : quoted_notice(text, m->recs[0].recipient),
                NULL);
      return;
    }
    m->family = NULL;
    m->nrecs = 0;
  }
  if (t->autoreply == 2 && read_refusal(m, t->replyto, text, t->date) > 0) return;
  held = challenge(m->subject, text);  /* (once: it says for whom too) */
  marked = daemon_marked(m, t);
  if (((t->autoreply == 1 && !marked) || null_sender_reply(w, t)
       || text_reply(w, t, text) || held)
      && !replies_stop(text) && read_auto(m, held_for(m, t->replyto, held), t->date) > 0) {
    m->format = SB_MAIL_AUTOREPLY;
    return;
  }
  m->why = w->ds.p != NULL ? "delivery status without recipients"
         : w->fr.p != NULL ? "feedback report without recipient"
         : t->autoreply && !marked ? "auto-reply without sender"
         : text.n == 0 ? "no delivery status, feedback report or text"
         : "no delivery status, feedback report or bounce text";
}

sb_error smtpbounce_mail_read (sb_mail *m, const char *s, size_t len) {
  return smtpbounce_mail_read_buf(m, s, len, NULL, 0, NULL);
}

/* read the message [s, s+len) into m (whose memory is set up); a new
   Walk from m's memory, returned (NULL when out of memory) */
static Walk *read_message (sb_mail *m, const char *s, size_t len) {
  Walk *w;
  Top t;
  memset(&t, 0, sizeof t);
  w = (Walk *)sb_mime_alloc(m, sizeof *w);
  if (w == NULL) return NULL;
  memset(w, 0, WALK_CLEAR);  /* 9 KB of texts and fields left as they are */
  w->hb.n = w->hb.body = 0;
  w->m = m;
  top_headers(w, s, len, &t);
  walk(w, s, len, 0, "text/plain");
  original(w, w->orig, &t);
  classify_mail(w, &t);
  return w;
}

#include "sb_mail_forward.h"  /* a bounce carried inside another mail */

sb_error smtpbounce_mail_read_buf (sb_mail *m, const char *s, size_t len,
                                   void *buf, size_t bufsize,
                                   sb_mail_convs *convs) {
  Walk *w;
  memset(m, 0, sizeof *m);
  m->convs = convs;
  m->buf = (char *)buf;
  m->bufsize = buf != NULL ? bufsize & ~(size_t)15 : 0;
  if (len == 0) {
    m->why = "empty message";
    return SB_OK;
  }
  if ((w = read_message(m, s, len)) == NULL) return SB_ENOMEM;
  if ((m->format == SB_MAIL_NONE || from_attached(m)) && !m->nomem) forwarded(m, w);
  if (m->nomem) return SB_ENOMEM;
  return SB_OK;
}

void smtpbounce_mail_free (sb_mail *m) {
  sb_mime_arena_free(m);
  memset(m, 0, sizeof *m);
}

int smtpbounce_mail_header (sb_mail *m, sb_mstr hb, const char *name,
                            size_t nlen, sb_mstr *out) {
  const char *p = hb.p, *e = hb.p + hb.n;
  /* the block's lines: a field named 'name', then its continuations */
  while (p != NULL && p < e) {
    const char *le = sb_mime_nl(p, e);
    const char *next = le ? le + 1 : e;
    if ((size_t)(e - p) > nlen && p[nlen] == ':' && sb_mime_ieq(p, nlen, name)
        && memchr(name, ':', nlen) == NULL) {
      const char *v = p + nlen + 1, *ve = next;
      while (ve < e && (*ve == ' ' || *ve == '\t')) {  /* continuation lines */
        const char *l2 = sb_mime_nl(ve, e);
        ve = l2 ? l2 + 1 : e;
      }
      *out = sb_mime_decode_words(m, v, (size_t)(ve - v));
      return 1;
    }
    p = next;
  }
  return 0;
}

const char *smtpbounce_mail_format_name (const sb_mail *m) {
  switch (m->format) {
    case SB_MAIL_RFC3464: return "rfc3464";
    case SB_MAIL_ARF: return "arf";
    case SB_MAIL_AUTOREPLY: return "autoreply";
    case SB_MAIL_PROSE: return m->family;
    default: return NULL;
  }
}

/* }====================================================================== */
