/*
** sb_internal.h -- layout of a compiled ruleset, shared by sb_ruleset.c
** (which builds it) and sb_classify.c (which reads it), and the
** characters beyond ASCII that text and phrases read as ASCII (sb_parse.c
** too).  Not installed.
*/

#ifndef SB_INTERNAL_H
#define SB_INTERNAL_H

#include "smtpbounce.h"

/*
** A phrase automaton is a complete DFA (Aho-Corasick with every failure
** transition resolved) over byte classes.  The table is stored by
** class: the next state for (state, byte) is at col[byte] + state, so a
** step is one add and one load.  States are numbered breadth first,
** those that end no phrase (themselves or along their dictionary links)
** upwards from 1, those that do downwards from the last (sb_ruleset.c's
** build_dfa): a state number >= 'omin' means output, and the
** shallow states most bytes lead to lie together at the start of every
** column.  Values are 16-bit when there are at most 65536 states.  Phrases with bytes >= 0x80 (UTF-8) live in a second automaton, so
** their many byte classes do not widen the first one.
*/
typedef struct sb_dfa {
  uint32_t nstates;       /* states; state 0 is the root */
  uint32_t nclasses;      /* byte classes (class 0 = bytes in no phrase) */
  uint32_t omin;          /* the first state with output */
  unsigned char cls[256]; /* byte -> class (ASCII letters folded) */
  uint32_t col[256];      /* byte -> offset of its class's column */
  uint16_t *t16;          /* nclasses * nstates values, or NULL ... */
  uint32_t *t32;          /* ... when these are used instead */
  uint32_t *out;          /* state -> phrase ending here, or SB_NONE */
  uint32_t *dict;         /* state -> next state with output on the
                             failure chain, or 0 */
  size_t out_cap;         /* entries allocated for 'out' */
} sb_dfa;

typedef struct sb_rule {
  unsigned classes;       /* SB_CLASS_BIT mask; 0 = any */
  unsigned phases;        /* 1 << sb_phase mask; 0 = any */
  uint32_t code_first, code_count;      /* pairs in rs->codes */
  uint32_t status_first, status_count;  /* triples in rs->statuses */
  uint32_t prov_first, prov_count;      /* indices in rs->provs */
  uint32_t clause_first, clause_count;  /* entries in rs->clauses */
  int external;           /* needs the caller's confirmation */
} sb_rule;

/* the index ranges of a clause (c, an sb_clause_def) and of a rule (r,
   an sb_rule_def or sb_rule: the same field names) inside the tables
   whose counts 't' (an sb_ruleset_def or sb_ruleset) gives: what a
   description is checked for before it is compiled, and a ruleset image
   before it is used */
#define SB_CLAUSE_OK(c, t) \
  ((c)->kind >= SB_ANY && (c)->kind <= SB_NONEOF && (c)->count != 0 && \
   (c)->first <= (t)->nids && (c)->count <= (t)->nids - (c)->first)
#define SB_RANGE_OK(first, count, n)  ((first) <= (n) && (count) <= (n) - (first))
#define SB_RULE_OK(r, t) \
  (SB_RANGE_OK((r)->code_first, (r)->code_count, (t)->ncodes) && \
   SB_RANGE_OK((r)->status_first, (r)->status_count, (t)->nstatuses) && \
   SB_RANGE_OK((r)->prov_first, (r)->prov_count, (t)->nprovs) && \
   SB_RANGE_OK((r)->clause_first, (r)->clause_count, (t)->nclauses))

typedef struct sb_host {
  const char *name;       /* lowercase suffix, inside rs->strings */
  size_t len;             /* its length */
  uint32_t prov;          /* provider index */
  uint32_t hash;          /* sb_host_hash of the name */
} sb_host;

/* host names by hash: open addressing, linear probing, at most half full */
typedef struct sb_hosts {
  sb_host *h;             /* the names, in the description's order */
  uint32_t n;             /* their number */
  uint32_t *slot;         /* index into h, or SB_NONE for an empty slot */
  uint32_t nslots;        /* a power of 2 >= 2 * n; 0 when n is 0 */
} sb_hosts;

struct sb_ruleset {
  size_t size;            /* bytes allocated for this ruleset */
  sb_dfa dfa[2];          /* [0] ASCII phrases, [1] phrases with bytes
                             >= 0x80 (nstates 0 when there are none) */
  /* phrases */
  uint32_t nphrases;
  uint32_t *plen;         /* normalised length of each phrase */
  unsigned char *phase_of;/* phrase -> sb_phase, 0 = none */
  uint32_t *token_prov;   /* phrase -> provider index, or SB_NONE */
  /* rules, in priority order */
  uint32_t nrules;
  sb_rule *rules;
  sb_clause_def *clauses;
  uint32_t nclauses;
  uint32_t *ids;          /* phrase ids of the clauses */
  uint32_t nids;
  int *codes;             /* lo, hi pairs */
  uint32_t ncodes;        /* number of pairs */
  int *statuses;          /* class, subject, detail; -1 = any */
  uint32_t nstatuses;     /* number of triples */
  uint32_t *provs;
  uint32_t nprovs;
  /* candidate index */
  uint32_t *trig_first;   /* phrase -> first entry in trig (nphrases + 1) */
  uint32_t *trig;         /* rules triggered by each phrase, ascending */
  uint32_t *plain_first;  /* SB_LIST -> first entry in plain (+ 1) */
  uint32_t *plain;        /* rules with no positive phrase, by SB_LIST */
  /* provider detection */
  uint32_t nproviders;
  sb_hosts hosts;         /* MX and relay host suffixes */
  sb_hosts domains;       /* recipient domain suffixes */
  char *strings;          /* storage for host and domain names */
  size_t strings_len;     /* its size */
  const void *image;      /* the image (smtpbounce_image_read) the
                             automata's t16, t32, out and dict are views
                             into, or NULL */
};

struct sb_scratch {
  uint32_t nphrases;      /* size of the arrays below */
  uint32_t ntouched;      /* phrases seen by the last classification */
  uint32_t *first;        /* phrase -> first start (stream pos) or SB_NONE */
  uint32_t *last;         /* phrase -> last start (stream pos) */
  uint32_t *touched;      /* phrases seen, in order of first occurrence */
};

/* the typeset apostrophe (U+2019, bytes E2 80 99) at p[0..n): text and
   phrases read it as "'" (smtpbounce_normalize, the ruleset's phrases,
   the automaton's feed) */
#define SB_CURLY(p, n)  ((n) >= 3 && (unsigned char)(p)[0] == 0xE2 \
                         && (unsigned char)(p)[1] == 0x80 && (unsigned char)(p)[2] == 0x99)

/*
** A capital letter of two UTF-8 bytes a b: Latin-1's (À..Þ but ×), Latin
** Extended-A's (Ą, Č, Ł, Ś, Ž, ...; not İ, whose small letter is ASCII),
** Greek (Α..Ϋ, the accented Ά..Ώ) and Cyrillic (А..Я, Ѐ..Џ, Ґ).  Its small
** letter's two bytes in *la and *lb, and 1; else 0.  Text and phrases
** read these capitals as their small letters (smtpbounce_normalize, the
** ruleset's phrases, the automaton's feed of a text with bytes >= 0x80),
** as they read ASCII's: a sentence's first word is found as a phrase
** ("Не удалось доставить", "Échec de la remise").  The length stays,
** so positions stay those of the text.
*/
static inline int sb_fold2 (unsigned char a, unsigned char b,
                            unsigned char *la, unsigned char *lb) {
  unsigned cp;
  if (a < 0xC3 || a > 0xD2 || b < 0x80 || b > 0xBF) return 0;
  cp = ((unsigned)(a & 0x1F) << 6) | (unsigned)(b & 0x3F);
  if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
      || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2)
      || (cp >= 0x410 && cp <= 0x42F)) cp += 0x20;
  else if (cp >= 0x400 && cp <= 0x40F) cp += 0x50;        /* Ѐ..Џ */
  else if (cp == 0x386) cp = 0x3AC;                       /* Ά */
  else if (cp >= 0x388 && cp <= 0x38A) cp += 0x25;        /* Έ Ή Ί */
  else if (cp == 0x38C) cp = 0x3CC;                       /* Ό */
  else if (cp == 0x38E || cp == 0x38F) cp += 0x3F;        /* Ύ Ώ */
  else if (cp == 0x490) cp = 0x491;                       /* Ґ */
  else if (cp == 0x178) cp = 0xFF;                        /* Ÿ */
  else if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
           && (cp & 1) == 0 && cp != 0x130) cp += 1;      /* even: capital */
  else if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
           && (cp & 1) == 1) cp += 1;                     /* odd: capital */
  else return 0;
  *la = (unsigned char)(0xC0 | (cp >> 6));
  *lb = (unsigned char)(0x80 | (cp & 0x3F));
  return 1;
}

/*
** A space character beyond ASCII's at s[i] of s[0..n) (i < n), as web
** pages, help desks and mail clients leave them in a copied reply:
** U+00A0 NO-BREAK SPACE (C2 A0), U+1680, U+2000..U+200A, U+202F, U+205F,
** U+3000, the zero-width space U+200B and the BOM U+FEFF; and Latin-1's
** no-break space, a byte A0 that no UTF-8 character holds (the bytes
** before it, up to three, are A0s after an ASCII byte or the start).  Its
** length in bytes, else 0.  The parser reads it as a blank where one may
** come, the walker folds it into the text's spaces, and phrases
** (smtpbounce_normalize, the compiler) and the automaton's feed of a
** reply's prefix read it as a space.  Every byte it starts with is >= 0xA0.
*/
static inline size_t sb_uspace (const char *s, size_t n, size_t i) {
  const unsigned char *p = (const unsigned char *)s + i;
  size_t r = n - i, k;
  switch (p[0]) {
    case 0xA0:
      for (k = 1; k <= 3 && k <= i; k++)
        if (*(p - k) != 0xA0) return *(p - k) < 0x80;
      return 1;
    case 0xC2: return r >= 2 && p[1] == 0xA0 ? 2 : 0;
    case 0xE1: return r >= 3 && p[1] == 0x9A && p[2] == 0x80 ? 3 : 0;
    case 0xE2:
      return r >= 3 && ((p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8B)
                                          || p[2] == 0xAF))
                        || (p[1] == 0x81 && p[2] == 0x9F)) ? 3 : 0;
    case 0xE3: return r >= 3 && p[1] == 0x80 && p[2] == 0x80 ? 3 : 0;
    case 0xEF: return r >= 3 && p[1] == 0xBB && p[2] == 0xBF ? 3 : 0;
    default: return 0;
  }
}

/* such a space that ends at s[i] (just before it): its length, else 0
   (only those of one or two bytes end in A0, only they start there) */
static inline size_t sb_uspace_before (const char *s, size_t n, size_t i) {
  unsigned char c;
  if (i == 0 || i > n || (c = (unsigned char)s[i - 1]) < 0x80) return 0;
  if (c == 0xA0)
    return sb_uspace(s, n, i - 1) == 1 ? 1
           : i >= 2 && sb_uspace(s, n, i - 2) == 2 ? 2 : 0;
  return i >= 3 && sb_uspace(s, n, i - 3) == 3 ? 3 : 0;
}

/*
** The plain-rule index has a list for each slot of the effective class
** and each slot of the enhanced status class (none, 2, 4, 5, other):
** a rule is left out of a list only where it cannot hold.
*/
#define SB_SLOT(k)    ((k) >= 0 && (k) <= 5 ? (k) : 6)
#define SB_NSLOTS     7
#define SB_STSLOT(c)  ((c) == 0 ? 0 : (c) == 2 ? 1 : (c) == 4 ? 2 : \
                       (c) == 5 ? 3 : 4)
#define SB_NSTSLOTS   5
#define SB_NLISTS     (SB_NSLOTS * SB_NSTSLOTS)
#define SB_LIST(k, c) ((uint32_t)(SB_SLOT(k) * SB_NSTSLOTS + SB_STSLOT(c)))

int sb_host_lookup (const sb_hosts *t, const char *s, size_t len,
                    uint32_t *prov);

/*
** A compiled ruleset as one block of bytes (sb_ruleset.c), for a caller
** that keeps it in a file: smtpbounce_image_write writes the image of
** 'rs' followed by 'extra' (the caller's bytes, kept with it) into 'out'
** when it is not NULL, and returns its size either way.
** smtpbounce_image_read checks an image (size, format, checksum, every
** index in range but the automata's cells, which the checksum holds as
** written) and makes a ruleset whose automaton tables are views into
** it: 'img' (8-byte aligned) must outlive the ruleset.  SB_EINVAL
** for any image that is not one smtpbounce_image_write wrote; *extra is
** then the caller's bytes.
*/
size_t smtpbounce_image_write (const sb_ruleset *rs, const char *extra,
                               size_t extra_len, char *out);
sb_error smtpbounce_image_read (const void *img, size_t len, sb_alloc alloc,
                                void *ud, sb_ruleset **out,
                                const char **extra, size_t *extra_len);

#endif
