/*
** smtpbounce.h -- C core of smtpbounce: SMTP reply parser, phrase
** automaton and classifier.  No Lua headers here or in the files that
** implement this interface; lsmtpbounce.c is its only binding.  (The
** Postfix log-line reader has its own header, sb_logline.h.)
**
** Inputs are (const char *, size_t) and need no NUL terminator.  Nothing
** here allocates except the ruleset compiler and smtpbounce_scratch_new,
** which go through the caller's allocator.  A compiled ruleset is
** immutable: any number of threads may classify with one ruleset, each
** with its own scratch.
*/

#ifndef SMTPBOUNCE_H
#define SMTPBOUNCE_H

#include <stddef.h>
#include <stdint.h>

#define SMTPBOUNCE_VERSION "0.1.0"

typedef enum sb_error {
  SB_OK = 0,          /* success */
  SB_ENOMEM,          /* the allocator failed */
  SB_ETOOBIG,         /* the ruleset exceeds SB_MAX_AUTOMATON bytes */
  SB_EINVAL           /* malformed ruleset description */
} sb_error;


/* {======================================================================
** Reply parser
** ======================================================================= */

/* parser flags (sb_reply.flags) */
#define SB_F_MULTILINE        0x0001  /* more than one reply line */
#define SB_F_CODE_MISMATCH    0x0002  /* a line's code differs from the first */
#define SB_F_NO_FINAL         0x0004  /* last code line was a continuation "ddd-" */
#define SB_F_STATUS_MISMATCH  0x0008  /* enhanced class disagrees with code class */
#define SB_F_STATUS_IN_TEXT   0x0010  /* enhanced code found inside the text */
#define SB_F_PREFIX           0x0020  /* a log or DSN prefix was skipped */
#define SB_F_ENTITIES         0x0040  /* HTML entities were decoded in the text */
#define SB_F_BLANK            0x0080  /* input empty or only whitespace */
#define SB_F_NUL              0x0100  /* input contains NUL bytes */
#define SB_F_BAD_CODE         0x0200  /* three digits that are no valid reply code */

/* SMTP phases (sb_ctx.phase, sb_decision.phase) */
typedef enum sb_phase {
  SB_PHASE_UNKNOWN = 0,
  SB_PHASE_CONNECT,   /* greeting / banner */
  SB_PHASE_HELO,      /* HELO / EHLO / STARTTLS / AUTH */
  SB_PHASE_MAIL,      /* MAIL FROM */
  SB_PHASE_RCPT,      /* RCPT TO */
  SB_PHASE_DATA,      /* the DATA command itself */
  SB_PHASE_EOD,       /* end of data (after the message was sent) */
  SB_PHASE_MAX
} sb_phase;

typedef struct sb_span {
  size_t off;         /* offset in the input */
  size_t len;         /* length in bytes; 0 when absent */
} sb_span;

typedef struct sb_reply {
  int code;           /* basic reply code 200..559, 0 when none */
  int st_class;       /* enhanced status class 2, 4, 5; 0 when none */
  int st_subject;     /* enhanced status subject (0..999) */
  int st_detail;      /* enhanced status detail (0..999) */
  unsigned flags;     /* SB_F_* */
  size_t nlines;      /* lines of the reply (after any prefix) */
  sb_span prefix;     /* skipped log/DSN prefix, e.g. "host x said: " */
  sb_span relay;      /* host named in a "host X[ip] said:" prefix */
  sb_span body;       /* from the first reply line to the end of the reply
                         (no trailing blanks, Postfix "(in reply to ...)"
                         tail or closers of the quotes that open it) */
  sb_span forward;    /* first <local@domain> address in the text */
  size_t text_len;    /* bytes smtpbounce_text() writes */
} sb_reply;

/*
** Parse 'len' bytes at 's' into 'r'.  Never fails: a reply that cannot be
** read gives code 0 and status class 0.  Linear in 'len'.
*/
void smtpbounce_parse (const char *s, size_t len, sb_reply *r);

/*
** The same without measuring the text or looking for a forward address:
** r->text_len is only a bound (len), r->forward is empty, SB_F_ENTITIES
** and SB_F_BLANK are not set.  For callers that write the text with
** smtpbounce_text right after (it returns the length), and that call
** smtpbounce_find_forward only when they want the address (a 551).
*/
void smtpbounce_parse_head (const char *s, size_t len, sb_reply *r);
void smtpbounce_find_forward (const char *s, size_t len, sb_reply *r);

/* effective class: code / 100, else the enhanced class, else 0 */
int smtpbounce_class (const sb_reply *r);

/*
** Walker over the clean text of a parsed reply: lines joined by single
** spaces, repeated codes of continuation lines removed, HTML entities
** decoded, runs of whitespace folded to one space (spaces beyond ASCII's
** too: U+00A0 and Latin-1's byte A0 where no UTF-8 character holds it,
** U+1680, U+2000..U+200B, U+202F, U+205F, U+3000, the BOM U+FEFF; the
** parser reads them as blanks where a blank may come, as after the code
** and around the status), no leading or trailing space.  Each call to smtpbounce_walk_next gives the next chunk; chunks
** point into the input or into the walker itself.
*/
typedef struct sb_walk {
  const char *s;      /* input */
  size_t len;         /* input length */
  size_t pos;         /* next byte to read */
  const sb_reply *r;  /* the parsed reply */
  int bol;            /* after a line end: a repeated code may follow */
  int tok;            /* at a token start: a joined-in code may follow */
  int pending_space;  /* a space is owed before the next chunk */
  int started;        /* something was emitted already */
  int entities;       /* an HTML entity was decoded */
  char tmp[8];        /* decoded character (0..3) and the space (4) */
} sb_walk;

void smtpbounce_walk_init (sb_walk *w, const char *s, size_t len,
                           const sb_reply *r);
/* returns 1 and sets *p, *n to the next chunk, or 0 at the end */
int smtpbounce_walk_next (sb_walk *w, const char **p, size_t *n);

/*
** Write the clean text into 'out', which must hold r->text_len bytes
** (never more than 'len').  Returns the number of bytes written.
*/
size_t smtpbounce_text (const char *s, size_t len, const sb_reply *r,
                        char *out);

/*
** smtpbounce_parse_head, then smtpbounce_text into 'out' (which holds
** 'len' bytes), in one: r->text_len is set to the length written, which
** is returned.
*/
size_t smtpbounce_parse_text (const char *s, size_t len, sb_reply *r,
                              char *out);

/*
** The shape of a clean text: addresses, IPs, host names, numbers and ids
** replaced by {email} {ip} {host} {n} {hex} {id}, given to 'emit' in
** pieces.  Linear, no allocation.
*/
typedef void (*sb_emit) (void *ud, const char *p, size_t n);
void smtpbounce_template (const char *s, size_t len, sb_emit emit, void *ud);

/* the same shape written to 'out', which holds SB_TEMPLATE_MAX(len)
** bytes (len <= SB_TEMPLATE_MAXLEN); returns the length written */
#define SB_TEMPLATE_MAX(len)  (3 * (len))
#define SB_TEMPLATE_MAXLEN    (((size_t)-1) / 3)
size_t smtpbounce_template_write (const char *s, size_t len, char *out);

/* }====================================================================== */


/* {======================================================================
** Ruleset
** ======================================================================= */

typedef void *(*sb_alloc) (void *ud, void *ptr, size_t osize, size_t nsize);

#if !defined(SB_MAX_AUTOMATON)
/* largest phrase automaton accepted, in bytes (hostile rule files) */
#define SB_MAX_AUTOMATON ((size_t)256 << 20)
#endif

#define SB_NONE  0xFFFFFFFFu  /* "no index" */

/* class mask bits for sb_rule_def.classes */
#define SB_CLASS_BIT(c)  (1u << (c))  /* c = 0 (no code), 2, 3, 4, 5 */

/* clause kinds */
typedef enum sb_clause_kind {
  SB_ANY = 0,         /* at least one phrase of the clause occurs */
  SB_ORDERED,         /* all phrases occur, in this order, not overlapping */
  SB_NONEOF           /* none of the phrases occurs */
} sb_clause_kind;

typedef struct sb_clause_def {
  int kind;           /* sb_clause_kind */
  uint32_t first;     /* index of its first phrase id in sb_ruleset_def.ids */
  uint32_t count;     /* number of phrase ids */
} sb_clause_def;

typedef struct sb_rule_def {
  unsigned classes;   /* SB_CLASS_BIT mask of effective classes; 0 = any */
  unsigned phases;    /* 1 << sb_phase mask; 0 = any */
  uint32_t code_first, code_count;      /* ranges in codes[] (pairs lo, hi) */
  uint32_t status_first, status_count;  /* triples in statuses[], -1 = any */
  uint32_t prov_first, prov_count;      /* provider indices in provs[] */
  uint32_t clause_first, clause_count;  /* clauses in clauses[] */
  int external;       /* 1 if the caller must confirm a match (LPeg) */
} sb_rule_def;

typedef struct sb_ruleset_def {
  const char *const *phrases;  /* phrase texts (normalised by the compiler) */
  const size_t *phrase_lens;
  uint32_t nphrases;
  const uint32_t *ids;         /* phrase ids referenced by clauses */
  uint32_t nids;
  const sb_clause_def *clauses;
  uint32_t nclauses;
  const int *codes;            /* lo, hi pairs */
  uint32_t ncodes;             /* number of pairs */
  const int *statuses;         /* class, subject, detail triples */
  uint32_t nstatuses;          /* number of triples */
  const uint32_t *provs;       /* provider indices */
  uint32_t nprovs;
  const sb_rule_def *rules;    /* in decreasing priority: first match wins */
  uint32_t nrules;
  /* provider detection */
  uint32_t nproviders;
  const uint32_t *token_phrase;  /* phrase id -> provider index, or SB_NONE
                                    (nphrases entries) */
  const char *const *hosts;      /* host suffixes (MX or relay) */
  const size_t *host_lens;
  const uint32_t *host_prov;     /* provider index of each host suffix */
  uint32_t nhosts;
  const char *const *domains;    /* recipient domains */
  const size_t *domain_lens;
  const uint32_t *domain_prov;
  uint32_t ndomains;
  /* phase detection: phrase id -> sb_phase, or 0 (nphrases entries) */
  const unsigned char *phase_phrase;
} sb_ruleset_def;

typedef struct sb_ruleset sb_ruleset;  /* opaque, immutable once built */

sb_error smtpbounce_compile (const sb_ruleset_def *def, sb_alloc alloc,
                             void *ud, sb_ruleset **out);
void smtpbounce_free (sb_ruleset *rs, sb_alloc alloc, void *ud);
size_t smtpbounce_ruleset_size (const sb_ruleset *rs);
uint32_t smtpbounce_nrules (const sb_ruleset *rs);
int smtpbounce_rule_external (const sb_ruleset *rs, uint32_t i);

/* normalise a phrase as the automaton sees text: ASCII lowercase, runs of
** whitespace, '_' and spaces beyond ASCII's (U+00A0 ..., as the walker
** reads them) folded to one space, the typeset apostrophe (U+2019) as
** "'"; returns the length written to out (out holds at least len bytes) */
size_t smtpbounce_normalize (const char *s, size_t len, char *out);

/* }====================================================================== */


/* {======================================================================
** Classification
** ======================================================================= */

/* per-thread working memory for one ruleset */
typedef struct sb_scratch sb_scratch;

sb_scratch *smtpbounce_scratch_new (const sb_ruleset *rs, sb_alloc alloc,
                                    void *ud);
void smtpbounce_scratch_free (sb_scratch *sc, sb_alloc alloc, void *ud);

typedef struct sb_ctx {
  const char *mx;      /* receiving host name, or NULL */
  size_t mx_len;
  const char *domain;  /* recipient domain, or NULL */
  size_t domain_len;
  int phase;           /* sb_phase the caller knows, or 0 */
  uint32_t provider;   /* provider index the caller forces, or SB_NONE */
} sb_ctx;

/* external condition callback: 1 if rule 'rule' really matches */
typedef int (*sb_confirm) (void *ud, uint32_t rule);

typedef struct sb_decision {
  uint32_t rule;       /* index of the deciding rule, SB_NONE if none */
  uint32_t provider;   /* detected provider index, SB_NONE if none */
  int phase;           /* sb_phase used */
  int klass;           /* effective class (0, 2, 3, 4, 5) */
} sb_decision;

/*
** Scan the reply (parsed into 'r') and decide.  'confirm' is called only for
** rules marked external whose other conditions hold and that would beat
** the best rule found so far; it may be NULL (external rules then never
** match).  The automaton reads the clean text with a typeset apostrophe
** (U+2019) as "'" and the local part of an address in angle brackets
** ("<a.b@example.org>": up to 64 bytes after the '<', then an '@') as
** bytes of no phrase; offsets stay those of the clean text.
*/
void smtpbounce_classify (const sb_ruleset *rs, sb_scratch *sc,
                          const char *s, size_t len, const sb_reply *r,
                          const sb_ctx *ctx, sb_confirm confirm, void *cud,
                          sb_decision *d);

/*
** Classify with the clean text already written (by smtpbounce_text) to
** 'text', 'tlen' bytes: one tight pass of the automaton over it.
*/
void smtpbounce_classify_buffer (const sb_ruleset *rs, sb_scratch *sc,
                                 const char *s, size_t len,
                                 const sb_reply *r, const char *text,
                                 size_t tlen, const sb_ctx *ctx,
                                 sb_confirm confirm, void *cud,
                                 sb_decision *d);

/*
** Same, and also write the clean text (r->text_len bytes, as
** smtpbounce_text would) into 'text', in the same pass.
*/
void smtpbounce_classify_text (const sb_ruleset *rs, sb_scratch *sc,
                               const char *s, size_t len, const sb_reply *r,
                               const sb_ctx *ctx, sb_confirm confirm,
                               void *cud, char *text, sb_decision *d);

/*
** After smtpbounce_classify, and before the next call with the same
** scratch: does rule 'i' match (ignoring its external condition)?
*/
int smtpbounce_rule_matches (const sb_ruleset *rs, const sb_scratch *sc,
                             const sb_reply *r, const sb_decision *d,
                             uint32_t i);

/* phrases found in the clean text by the last smtpbounce_classify, in the
** order first seen: the number of them, and the i-th (0-based) with the
** offset of its first occurrence in the clean text */
uint32_t smtpbounce_nhits (const sb_scratch *sc);
void smtpbounce_hit (const sb_scratch *sc, uint32_t i, uint32_t *id,
                     size_t *off);

/* }====================================================================== */

#endif
