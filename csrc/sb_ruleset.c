/*
** sb_ruleset.c -- compile a ruleset description into an immutable ruleset:
** the phrase automaton (a byte-class DFA), the rule tables, the candidate
** index and the provider host tables.  All memory comes from the caller's
** allocator; nothing here keeps global state.
*/

#include <string.h>

#include "sb_internal.h"
#include "sb_bytes.h"  /* SB_ALL256: byte tables */


/* {======================================================================
** Allocation helpers
** ======================================================================= */

typedef struct Builder {
  sb_alloc alloc;         /* caller's allocator */
  void *ud;               /* its user data */
  sb_ruleset *rs;         /* ruleset under construction */
} Builder;

/* a block of n items of 'size' bytes, not cleared: for one its user
   writes in full before reading it */
static void *b_alloc_raw (Builder *b, size_t n, size_t size) {
  void *p;
  if (n == 0) n = 1;
  if (n > ((size_t)-1) / size) return NULL;
  p = b->alloc(b->ud, NULL, 0, n * size);
  if (p != NULL) b->rs->size += n * size;
  return p;
}

/* a cleared block of n items of 'size' bytes */
static void *b_alloc (Builder *b, size_t n, size_t size) {
  void *p = b_alloc_raw(b, n, size);
  if (p != NULL) memset(p, 0, (n == 0 ? 1 : n) * size);
  return p;
}

/* free a block allocated by b_alloc with the same n and size */
static void b_free (Builder *b, void *p, size_t n, size_t size) {
  if (p == NULL) return;
  if (n == 0) n = 1;
  b->alloc(b->ud, p, n * size, 0);
  b->rs->size -= n * size;
}

/* }====================================================================== */


/*
** A byte the automaton reads as a space: whitespace and control bytes,
** and '_', which qmail's logs (and some feeds' field values) write for a
** space ("delivery 5: failure: Remote_host_said:_550_No_such_user/"):
** a phrase "no such user" matches "No_such_user", and a phrase is never
** stored with a '_'.
*/
static int is_space (unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c < ' ' || c == 0x7f || c == '_';
}

static unsigned char lower (unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + ('a' - 'A')) : c;
}

size_t smtpbounce_normalize (const char *s, size_t len, char *out) {
  size_t i, n = 0, k = 0;
  int sp = 0;
  unsigned char la, lb;
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (SB_CURLY(s + i, len - i)) {  /* U+2019: "'" (classify) */
      out[n++] = '\'';
      sp = 0;
      i += 2;
    }
    else if (i + 1 < len && sb_fold2(c, (unsigned char)s[i + 1], &la, &lb)) {
      out[n++] = (char)la;  /* a capital beyond ASCII: its small letter */
      out[n++] = (char)lb;
      sp = 0;
      i += 1;
    }
    else if (is_space(c) || (k = sb_uspace(s, len, i)) != 0) {
      if (!sp) out[n++] = ' ';
      sp = 1;
      if (!is_space(c)) i += k - 1;  /* (U+00A0 and the like: the walker's ' ') */
    }
    else {
      out[n++] = (char)lower(c);
      sp = 0;
    }
  }
  return n;
}


/* {======================================================================
** Phrase automaton
** ======================================================================= */

/*
** Sparse trie used while building: node i has its first child, next
** sibling and the byte class of the edge that leads to it.
*/
typedef struct Trie {
  uint32_t *child;        /* first child or 0 */
  uint32_t *sibling;      /* next sibling or 0 */
  unsigned char *edge;    /* class of the edge into the node */
  uint32_t n;             /* nodes in use */
  uint32_t cap;           /* nodes allocated */
} Trie;

static uint32_t trie_step (const Trie *t, uint32_t node, unsigned char c) {
  uint32_t k;
  for (k = t->child[node]; k != 0; k = t->sibling[k])
    if (t->edge[k] == c) return k;
  return 0;
}

/* the byte a phrase p[0..len) reads as at p[j], lower case, and the
   bytes it takes there (*w): a typeset apostrophe reads as "'", a space
   beyond ASCII's (sb_uspace) as ' ', each byte of a capital beyond
   ASCII's (sb_fold2) as that of its small letter */
static unsigned char phrase_byte (const char *p, size_t len, size_t j,
                                  size_t *w) {
  const unsigned char *u = (const unsigned char *)p;
  unsigned char la, lb;
  if (SB_CURLY(p + j, len - j)) { *w = 3; return (unsigned char)'\''; }
  if ((*w = sb_uspace(p, len, j)) != 0) return (unsigned char)' ';
  *w = 1;
  if (j + 1 < len && sb_fold2(u[j], u[j + 1], &la, &lb)) return la;
  if (j > 0 && sb_fold2(u[j - 1], u[j], &la, &lb)) return lb;
  return lower(u[j]);
}

/* a byte >= 0x80 in the phrase as read (phrase_byte) */
static int is_high (const char *p, size_t len) {
  size_t j, w;
  for (j = 0; j < len; j += w)
    if (phrase_byte(p, len, j, &w) >= 0x80) return 1;
  return 0;
}

/* phrase i belongs to automaton 'which' */
#define IN_DFA(def, i, which) \
  (is_high((def)->phrases[i], (def)->phrase_lens[i]) == (which))

/* assign byte classes: one per distinct (lowercased) phrase byte */
static void make_classes (sb_dfa *d, const sb_ruleset_def *def, int which) {
  uint32_t i;
  size_t j, w;
  memset(d->cls, 0, sizeof(d->cls));
  d->nclasses = 1;
  for (i = 0; i < def->nphrases; i++) {
    if (!IN_DFA(def, i, which)) continue;
    for (j = 0; j < def->phrase_lens[i]; j += w) {
      unsigned char c = phrase_byte(def->phrases[i], def->phrase_lens[i], j, &w);
      if (is_space(c)) c = ' ';
      if (d->cls[c] == 0) d->cls[c] = (unsigned char)d->nclasses++;
    }
  }
  if (d->cls[' '] == 0) d->cls[' '] = (unsigned char)d->nclasses++;
  d->cls['_'] = d->cls[' '];  /* the text's '_' reads as a space */
  for (i = 'A'; i <= 'Z'; i++) d->cls[i] = d->cls[i + ('a' - 'A')];
}

/* insert the phrases of 'which'; returns SB_OK or SB_EINVAL (empty or
   duplicate phrase) */
static sb_error build_trie (sb_ruleset *rs, sb_dfa *d, Trie *t,
                            const sb_ruleset_def *def, int which) {
  uint32_t i;
  for (i = 0; i < def->nphrases; i++) {
    const char *p = def->phrases[i];
    size_t j, w, len = def->phrase_lens[i], nlen = 0;
    uint32_t node = 0;
    int sp = 0;
    if (!IN_DFA(def, i, which)) continue;
    for (j = 0; j < len; j += w) {
      unsigned char c = phrase_byte(p, len, j, &w);
      uint32_t next;
      if (is_space(c)) {
        if (sp) continue;
        sp = 1;
        c = ' ';
      }
      else sp = 0;
      c = d->cls[c];
      next = trie_step(t, node, c);
      if (next == 0) {
        next = t->n++;
        t->edge[next] = c;
        t->sibling[next] = t->child[node];
        t->child[node] = next;
      }
      node = next;
      nlen++;
    }
    if (node == 0 || d->out[node] != SB_NONE) return SB_EINVAL;
    d->out[node] = i;
    rs->plen[i] = (uint32_t)nlen;
  }
  return SB_OK;
}

/* the cell (class c, state p) of a table of ns states, class-major */
#define CELL(F16, F32, ns, c, p) \
  ((F16) != NULL ? (uint32_t)(F16)[(size_t)(c) * (ns) + (p)] \
                 : (F32)[(size_t)(c) * (ns) + (p)])
#define SET_CELL(F16, F32, ns, c, p, v) do { \
    size_t k_ = (size_t)(c) * (ns) + (p); \
    if ((F16) != NULL) (F16)[k_] = (uint16_t)(v); else (F32)[k_] = (v); \
  } while (0)

/* state 's' (a trie node) ends a phrase, itself or along its dictionary
   links */
#define HAS_OUT(d, s)  ((d)->out[s] != SB_NONE || (d)->dict[s] != 0)

/* a state's column (nc cells 'ns' apart) copied from another's, four
   cells a step: the loop the build spends most of its time in */
static void copy_column16 (uint16_t *dst, const uint16_t *src, size_t ns,
                           uint32_t nc) {
  uint32_t c = 0;
  for (; c + 4 <= nc; c += 4, dst += 4 * ns, src += 4 * ns) {
    dst[0] = src[0];
    dst[ns] = src[ns];
    dst[2 * ns] = src[2 * ns];
    dst[3 * ns] = src[3 * ns];
  }
  for (; c < nc; c++, dst += ns, src += ns) *dst = *src;
}

/*
** Resolve the trie into a complete DFA, written straight into the table
** the scan reads (class-major).  States are numbered as they are
** reached, breadth first: those without output upwards from 1, those
** with output downwards from the last (a node's dictionary link, hence
** whether it has output, is known when it is reached: its failure state
** is shallower).  A state's failure state is resolved before the state,
** so its column entries are copied for the edges the state lacks.  pos
** gives a trie node's state number, node the node of a state number;
** queue and fail are scratch.  'out' and 'dict' (by trie node) move to
** the state numbers.
*/
static void build_dfa (sb_dfa *d, const Trie *t, uint16_t *F16, uint32_t *F32,
                       uint32_t *queue, uint32_t *fail, uint32_t *pos,
                       uint32_t *node) {
  uint32_t nc = d->nclasses, ns = d->nstates, head = 0, tail = 0, c, k, s;
  uint32_t lo = 1, hi = ns - 1, *tmp = fail;
  pos[0] = 0;
  node[0] = 0;
  d->dict[0] = 0;
  for (c = 0; c < nc; c++) SET_CELL(F16, F32, ns, c, 0, 0);
  for (k = t->child[0]; k != 0; k = t->sibling[k]) {
    fail[k] = 0;
    d->dict[k] = 0;
    pos[k] = HAS_OUT(d, k) ? hi-- : lo++;
    node[pos[k]] = k;
    SET_CELL(F16, F32, ns, t->edge[k], 0, pos[k]);
    queue[tail++] = k;
  }
  while (head < tail) {
    uint32_t p, pf;
    s = queue[head++];
    p = pos[s];
    pf = pos[fail[s]];
    if (F16 != NULL)  /* failure moves first */
      copy_column16(F16 + p, F16 + pf, ns, nc);
    else
      for (c = 0; c < nc; c++) F32[(size_t)c * ns + p] = F32[(size_t)c * ns + pf];
    for (k = t->child[s]; k != 0; k = t->sibling[k]) {
      uint32_t f = node[CELL(F16, F32, ns, t->edge[k], pf)];
      fail[k] = f;
      d->dict[k] = (d->out[f] != SB_NONE) ? f : d->dict[f];
      pos[k] = HAS_OUT(d, k) ? hi-- : lo++;
      node[pos[k]] = k;
      SET_CELL(F16, F32, ns, t->edge[k], p, pos[k]);
      queue[tail++] = k;
    }
  }
  d->omin = lo;
  /* a run of spaces reads as one: a state entered by a space stays on
     more ('_' is a space too, so "is _my_ address" holds "is my address") */
  for (k = 1; k < ns; k++)
    if (t->edge[k] == d->cls[' ']) SET_CELL(F16, F32, ns, t->edge[k], pos[k], pos[k]);
  /* out and dict by state number ('fail' is scratch now) */
  for (s = 0; s < ns; s++) tmp[s] = d->out[s];
  for (s = 0; s < ns; s++) d->out[s] = SB_NONE;
  for (s = 0; s < ns; s++) d->out[pos[s]] = tmp[s];
  for (s = 0; s < ns; s++) tmp[s] = d->dict[s];
  for (s = 0; s < ns; s++) d->dict[s] = 0;
  for (s = 0; s < ns; s++) d->dict[pos[s]] = tmp[s];
  for (s = 0; s < ns; s++) d->dict[s] = d->dict[s] ? pos[d->dict[s]] : 0;
  for (k = 0; k < 256; k++) d->col[k] = (uint32_t)d->cls[k] * ns;
}

static sb_error build_one (Builder *b, sb_dfa *d, const sb_ruleset_def *def,
                           int which) {
  Trie t;
  uint32_t *queue = NULL, *fail = NULL, *pos = NULL, *node = NULL, i;
  size_t bound = 1, n;
  sb_error err = SB_ENOMEM;
  make_classes(d, def, which);
  for (i = 0; i < def->nphrases; i++) {
    if (IN_DFA(def, i, which)) bound += def->phrase_lens[i];
    if (bound > ((size_t)1 << 30)) return SB_ETOOBIG;
  }
  memset(&t, 0, sizeof(t));
  t.cap = (uint32_t)bound;
  t.n = 1;
  t.child = (uint32_t *)b_alloc(b, bound, sizeof(uint32_t));
  t.sibling = (uint32_t *)b_alloc(b, bound, sizeof(uint32_t));
  t.edge = (unsigned char *)b_alloc(b, bound, 1);
  d->out = (uint32_t *)b_alloc(b, bound, sizeof(uint32_t));
  d->out_cap = d->out ? bound : 0;
  if (!t.child || !t.sibling || !t.edge || !d->out) goto done;
  for (i = 0; i < bound; i++) d->out[i] = SB_NONE;
  if ((err = build_trie(b->rs, d, &t, def, which)) != SB_OK) goto done;
  d->nstates = t.n;
  if ((size_t)d->nstates * d->nclasses >
      SB_MAX_AUTOMATON / sizeof(uint32_t)) {
    err = SB_ETOOBIG;
    goto done;
  }
  err = SB_ENOMEM;
  /* (every cell is written: build_dfa writes each state's column
     entries once) */
  n = (size_t)d->nstates * d->nclasses;
  if (d->nstates <= 0x10000) d->t16 = (uint16_t *)b_alloc_raw(b, n, sizeof(uint16_t));
  else d->t32 = (uint32_t *)b_alloc_raw(b, n, sizeof(uint32_t));
  d->dict = (uint32_t *)b_alloc(b, d->nstates, sizeof(uint32_t));
  queue = (uint32_t *)b_alloc(b, d->nstates, sizeof(uint32_t));
  fail = (uint32_t *)b_alloc(b, d->nstates, sizeof(uint32_t));
  pos = (uint32_t *)b_alloc(b, d->nstates, sizeof(uint32_t));
  node = (uint32_t *)b_alloc(b, d->nstates, sizeof(uint32_t));
  if ((d->t16 == NULL && d->t32 == NULL) || !d->dict || !queue || !fail || !pos || !node)
    goto done;
  build_dfa(d, &t, d->t16, d->t32, queue, fail, pos, node);
  err = SB_OK;
done:
  b_free(b, queue, d->nstates, sizeof(uint32_t));
  b_free(b, fail, d->nstates, sizeof(uint32_t));
  b_free(b, pos, d->nstates, sizeof(uint32_t));
  b_free(b, node, d->nstates, sizeof(uint32_t));
  b_free(b, t.child, bound, sizeof(uint32_t));
  b_free(b, t.sibling, bound, sizeof(uint32_t));
  b_free(b, t.edge, bound, 1);
  return err;
}

static sb_error build_automaton (Builder *b, const sb_ruleset_def *def) {
  sb_ruleset *rs = b->rs;
  sb_error err;
  uint32_t i;
  int high = 0;
  rs->plen = (uint32_t *)b_alloc(b, def->nphrases, sizeof(uint32_t));
  if (rs->plen == NULL) return SB_ENOMEM;
  for (i = 0; i < def->nphrases; i++)
    high |= is_high(def->phrases[i], def->phrase_lens[i]);
  if ((err = build_one(b, &rs->dfa[0], def, 0)) != SB_OK) return err;
  return high ? build_one(b, &rs->dfa[1], def, 1) : SB_OK;
}

static void free_dfa (Builder *b, sb_dfa *d) {
  size_t n = (size_t)d->nstates * d->nclasses;
  if (b->rs->image != NULL) return;  /* (the tables are the image's) */
  b_free(b, d->t16, n, sizeof(uint16_t));
  b_free(b, d->t32, n, sizeof(uint32_t));
  b_free(b, d->out, d->out_cap, sizeof(uint32_t));
  b_free(b, d->dict, d->nstates, sizeof(uint32_t));
}

/* }====================================================================== */


/* {======================================================================
** Rules and the candidate index
** ======================================================================= */

#define COPY(b, dst, src, n, type) \
  (((dst) = (type *)b_alloc(b, (n), sizeof(type))) != NULL && \
   ((n) == 0 || memcpy((dst), (src), (size_t)(n) * sizeof(type))))

/* check every index in the description before anything trusts it */
static sb_error check_def (const sb_ruleset_def *def) {
  uint32_t i, j;
  for (i = 0; i < def->nids; i++)
    if (def->ids[i] >= def->nphrases) return SB_EINVAL;
  for (i = 0; i < def->nprovs; i++)
    if (def->provs[i] >= def->nproviders) return SB_EINVAL;
  for (i = 0; i < def->nclauses; i++)
    if (!SB_CLAUSE_OK(&def->clauses[i], def)) return SB_EINVAL;
  for (i = 0; i < def->nrules; i++)
    if (!SB_RULE_OK(&def->rules[i], def)) return SB_EINVAL;
  for (i = 0; i < def->nhosts; i++)
    if (def->host_prov[i] >= def->nproviders) return SB_EINVAL;
  for (i = 0; i < def->ndomains; i++)
    if (def->domain_prov[i] >= def->nproviders) return SB_EINVAL;
  for (i = 0; def->token_phrase && i < def->nphrases; i++)
    if (def->token_phrase[i] != SB_NONE &&
        def->token_phrase[i] >= def->nproviders) return SB_EINVAL;
  for (j = 0; def->phase_phrase && j < def->nphrases; j++)
    if (def->phase_phrase[j] >= SB_PHASE_MAX) return SB_EINVAL;
  return SB_OK;
}

/* the phrase ids whose presence a rule needs: its first positive clause */
static const sb_clause_def *trigger_clause (const sb_ruleset *rs,
                                            const sb_rule *r) {
  uint32_t k;
  for (k = 0; k < r->clause_count; k++) {
    const sb_clause_def *c = &rs->clauses[r->clause_first + k];
    if (c->kind != SB_NONEOF) return c;
  }
  return NULL;
}

/*
** Can rule 'r' hold for a reply whose effective class has slot 'slot'
** and whose enhanced status class has status slot 'sts' (SB_LIST)?  Only
** what is sure to fail is left out: the class mask; a code condition no
** code of the class (or no code at all) meets; a status condition when
** the reply has no status, or none of whose triples has its class.
*/
static int may_match (const sb_ruleset *rs, const sb_rule *r, int slot,
                      int sts) {
  static const int st_class[SB_NSTSLOTS] = { 0, 2, 4, 5, -1 };
  uint32_t k;
  int ok;
  if (r->classes != 0 &&
      !(slot < 6 && (r->classes & SB_CLASS_BIT(slot)) != 0)) return 0;
  if (r->code_count > 0 && slot < 6) {  /* codes slot*100..+99, or 0 */
    for (k = 0, ok = 0; k < r->code_count && !ok; k++) {
      const int *p = rs->codes + 2 * (r->code_first + k);
      ok = (p[0] <= 0 && p[1] >= 0) ||
           (p[0] <= slot * 100 + 99 && p[1] >= slot * 100);
    }
    if (!ok) return 0;
  }
  if (r->status_count == 0 || st_class[sts] < 0) return 1;
  for (k = 0; k < r->status_count; k++) {
    const int *p = rs->statuses + 3 * (r->status_first + k);
    if (st_class[sts] > 0 && (p[0] < 0 || p[0] == st_class[sts])) return 1;
  }
  return 0;
}

/*
** Two passes over the rules: count, then fill.  Rules are visited in
** priority order, so every list comes out ascending.
*/
static sb_error build_index (Builder *b) {
  sb_ruleset *rs = b->rs;
  uint32_t i, k, l, ntrig = 0, nplain = 0, *fill;
  rs->trig_first = (uint32_t *)b_alloc(b, rs->nphrases + 1, sizeof(uint32_t));
  rs->plain_first = (uint32_t *)b_alloc(b, SB_NLISTS + 1, sizeof(uint32_t));
  if (!rs->trig_first || !rs->plain_first) return SB_ENOMEM;
  for (i = 0; i < rs->nrules; i++) {
    const sb_rule *r = &rs->rules[i];
    const sb_clause_def *c = trigger_clause(rs, r);
    if (c == NULL) {
      for (l = 0; l < SB_NLISTS; l++)
        if (may_match(rs, r, (int)(l / SB_NSTSLOTS), (int)(l % SB_NSTSLOTS)))
          { rs->plain_first[l]++; nplain++; }
    }
    else {
      uint32_t n = (c->kind == SB_ORDERED) ? 1 : c->count;
      for (k = 0; k < n; k++) rs->trig_first[rs->ids[c->first + k]]++;
      ntrig += n;
    }
  }
  /* counts -> starts (before allocating, so that a failure below still
     leaves sizes smtpbounce_free can recompute) */
  for (i = 0, k = 0; i <= rs->nphrases; i++) {
    uint32_t n = (i < rs->nphrases) ? rs->trig_first[i] : 0;
    rs->trig_first[i] = k;
    k += n;
  }
  for (l = 0, k = 0; l <= SB_NLISTS; l++) {
    uint32_t n = (l < SB_NLISTS) ? rs->plain_first[l] : 0;
    rs->plain_first[l] = k;
    k += n;
  }
  rs->trig = (uint32_t *)b_alloc(b, ntrig, sizeof(uint32_t));
  rs->plain = (uint32_t *)b_alloc(b, nplain, sizeof(uint32_t));
  fill = (uint32_t *)b_alloc(b, rs->nphrases + SB_NLISTS, sizeof(uint32_t));
  if (!rs->trig || !rs->plain || !fill) {
    b_free(b, fill, rs->nphrases + SB_NLISTS, sizeof(uint32_t));
    return SB_ENOMEM;
  }
  for (i = 0; i < rs->nphrases; i++) fill[i] = rs->trig_first[i];
  for (l = 0; l < SB_NLISTS; l++)
    fill[rs->nphrases + l] = rs->plain_first[l];
  for (i = 0; i < rs->nrules; i++) {
    const sb_rule *r = &rs->rules[i];
    const sb_clause_def *c = trigger_clause(rs, r);
    if (c == NULL) {
      for (l = 0; l < SB_NLISTS; l++)
        if (may_match(rs, r, (int)(l / SB_NSTSLOTS), (int)(l % SB_NSTSLOTS)))
          rs->plain[fill[rs->nphrases + l]++] = i;
    }
    else {
      uint32_t n = (c->kind == SB_ORDERED) ? 1 : c->count;
      for (k = 0; k < n; k++) {
        uint32_t id = rs->ids[c->first + k];
        /* a phrase listed twice in one clause triggers the rule once */
        if (fill[id] == rs->trig_first[id] || rs->trig[fill[id] - 1] != i)
          rs->trig[fill[id]++] = i;
      }
    }
  }
  /* duplicates dropped above leave holes at the end of a list: mark them */
  for (i = 0; i < rs->nphrases; i++)
    for (k = fill[i]; k < rs->trig_first[i + 1]; k++) rs->trig[k] = SB_NONE;
  b_free(b, fill, rs->nphrases + SB_NLISTS, sizeof(uint32_t));
  return SB_OK;
}

static sb_error copy_rules (Builder *b, const sb_ruleset_def *def) {
  sb_ruleset *rs = b->rs;
  uint32_t i;
  rs->nrules = def->nrules;
  rs->rules = (sb_rule *)b_alloc(b, def->nrules, sizeof(sb_rule));
  if (rs->rules == NULL) return SB_ENOMEM;
  for (i = 0; i < def->nrules; i++) {
    const sb_rule_def *d = &def->rules[i];
    sb_rule *r = &rs->rules[i];
    r->classes = d->classes;
    r->phases = d->phases;
    r->code_first = d->code_first;  r->code_count = d->code_count;
    r->status_first = d->status_first;  r->status_count = d->status_count;
    r->prov_first = d->prov_first;  r->prov_count = d->prov_count;
    r->clause_first = d->clause_first;  r->clause_count = d->clause_count;
    r->external = d->external;
  }
  rs->nclauses = def->nclauses;  rs->nids = def->nids;
  rs->ncodes = def->ncodes;  rs->nstatuses = def->nstatuses;
  rs->nprovs = def->nprovs;
  if (!COPY(b, rs->clauses, def->clauses, def->nclauses, sb_clause_def) ||
      !COPY(b, rs->ids, def->ids, def->nids, uint32_t) ||
      !COPY(b, rs->codes, def->codes, 2 * def->ncodes, int) ||
      !COPY(b, rs->statuses, def->statuses, 3 * def->nstatuses, int) ||
      !COPY(b, rs->provs, def->provs, def->nprovs, uint32_t))
    return SB_ENOMEM;
  rs->phase_of = (unsigned char *)b_alloc(b, def->nphrases, 1);
  rs->token_prov = (uint32_t *)b_alloc(b, def->nphrases, sizeof(uint32_t));
  if (!rs->phase_of || !rs->token_prov) return SB_ENOMEM;
  for (i = 0; i < def->nphrases; i++) {
    rs->phase_of[i] = def->phase_phrase ? def->phase_phrase[i] : 0;
    rs->token_prov[i] = def->token_phrase ? def->token_phrase[i] : SB_NONE;
  }
  return SB_OK;
}

/* }====================================================================== */


/* {======================================================================
** Provider host tables
** ======================================================================= */

/*
** A name's hash is taken from its last byte to its first, lowercased
** (FNV-1a), so that one pass from the end of a host gives the hash of
** every suffix.
*/
#define HOST_SEED  2166136261u

/* lower(c) for every byte, without a branch */
#define LOWER_OF(c)  ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c)))
static const unsigned char lower_of[256] = { SB_ALL256(LOWER_OF) };
#undef LOWER_OF

static uint32_t host_step (uint32_t h, unsigned char c) {
  return (h ^ lower_of[c]) * 16777619u;
}

static uint32_t host_slot (const sb_hosts *t, uint32_t h) {
  return (h ^ (h >> 15)) & (t->nslots - 1);
}

/* the entry for s[0..len) (hash h), or SB_NONE */
static uint32_t host_probe (const sb_hosts *t, uint32_t h, const char *s,
                            size_t len) {
  uint32_t k = host_slot(t, h), e;
  while ((e = t->slot[k]) != SB_NONE) {
    const sb_host *x = &t->h[e];
    if (x->hash == h && x->len == len) {
      size_t i = 0;
      while (i < len &&
             lower_of[(unsigned char)s[i]] == (unsigned char)x->name[i]) i++;
      if (i == len) return e;
    }
    k = (k + 1) & (t->nslots - 1);
  }
  return SB_NONE;
}

/*
** The longest listed suffix of host 's' that starts at a label boundary
** ("mx.example.com" matches "example.com" and "mx.example.com", not
** "ample.com").  A trailing dot is ignored.  One pass from the end: each
** label boundary is looked up with the hash so far, and the last found
** (the leftmost) is the longest.
*/
int sb_host_lookup (const sb_hosts *t, const char *s, size_t len,
                    uint32_t *prov) {
  uint32_t h = HOST_SEED, found = SB_NONE, e;
  size_t i;
  if (t->nslots == 0 || s == NULL) return 0;
  if (len > 0 && s[len - 1] == '.') len--;
  for (i = len; i > 0; i--) {
    unsigned char c = (unsigned char)s[i - 1];
    if (c == '.' && i < len &&  /* h is the hash of s[i..len) */
        (e = host_probe(t, h, s + i, len - i)) != SB_NONE) found = e;
    h = host_step(h, c);
  }
  if (len > 0 && (e = host_probe(t, h, s, len)) != SB_NONE) found = e;
  if (found == SB_NONE) return 0;
  *prov = t->h[found].prov;
  return 1;
}

/*
** Copy names into 'store' (lowercased, trailing dots cut) and hash them.
** A name listed twice keeps its lowest provider index.
*/
static sb_error copy_hosts (Builder *b, sb_hosts *t, uint32_t n,
                            const char *const *names, const size_t *lens,
                            const uint32_t *provs, char **store) {
  uint32_t i, k, nslots = 1;
  t->h = (sb_host *)b_alloc(b, n, sizeof(sb_host));
  if (t->h == NULL) return SB_ENOMEM;
  t->n = n;
  if (n == 0) return SB_OK;
  if (n > 0x40000000u) return SB_ETOOBIG;
  while (nslots < 2 * n) nslots *= 2;
  t->slot = (uint32_t *)b_alloc(b, nslots, sizeof(uint32_t));
  if (t->slot == NULL) return SB_ENOMEM;
  t->nslots = nslots;
  for (k = 0; k < nslots; k++) t->slot[k] = SB_NONE;
  for (i = 0; i < n; i++) {
    sb_host *x = &t->h[i];
    size_t j, len = lens[i];
    uint32_t h = HOST_SEED, e;
    while (len > 0 && names[i][len - 1] == '.') len--;
    for (j = 0; j < len; j++)
      (*store)[j] = (char)lower((unsigned char)names[i][j]);
    for (j = len; j > 0; j--) h = host_step(h, (unsigned char)(*store)[j - 1]);
    x->name = *store;
    x->len = len;
    x->prov = provs[i];
    x->hash = h;
    *store += len;
    e = host_probe(t, h, x->name, len);
    if (e == SB_NONE) {
      k = host_slot(t, h);
      while (t->slot[k] != SB_NONE) k = (k + 1) & (nslots - 1);
      t->slot[k] = i;
    }
    else if (x->prov < t->h[e].prov) {
      k = host_slot(t, h);
      while (t->slot[k] != e) k = (k + 1) & (nslots - 1);
      t->slot[k] = i;
    }
  }
  return SB_OK;
}

static sb_error build_hosts (Builder *b, const sb_ruleset_def *def) {
  sb_ruleset *rs = b->rs;
  size_t total = 0;
  uint32_t i;
  char *store;
  sb_error err;
  for (i = 0; i < def->nhosts; i++) total += def->host_lens[i];
  for (i = 0; i < def->ndomains; i++) total += def->domain_lens[i];
  rs->strings = store = (char *)b_alloc(b, total, 1);
  if (store == NULL) return SB_ENOMEM;
  rs->strings_len = total;
  err = copy_hosts(b, &rs->hosts, def->nhosts, def->hosts, def->host_lens,
                   def->host_prov, &store);
  if (err != SB_OK) return err;
  return copy_hosts(b, &rs->domains, def->ndomains, def->domains,
                    def->domain_lens, def->domain_prov, &store);
}

/* }====================================================================== */


sb_error smtpbounce_compile (const sb_ruleset_def *def, sb_alloc alloc,
                             void *ud, sb_ruleset **out) {
  Builder b;
  sb_error err;
  sb_ruleset *rs;
  *out = NULL;
  if ((err = check_def(def)) != SB_OK) return err;
  rs = (sb_ruleset *)alloc(ud, NULL, 0, sizeof(sb_ruleset));
  if (rs == NULL) return SB_ENOMEM;
  memset(rs, 0, sizeof(*rs));
  rs->size = sizeof(sb_ruleset);
  b.alloc = alloc;  b.ud = ud;  b.rs = rs;
  rs->nphrases = def->nphrases;
  rs->nproviders = def->nproviders;
  if ((err = build_automaton(&b, def)) == SB_OK &&
      (err = copy_rules(&b, def)) == SB_OK &&
      (err = build_index(&b)) == SB_OK &&
      (err = build_hosts(&b, def)) == SB_OK) {
    *out = rs;
    return SB_OK;
  }
  smtpbounce_free(rs, alloc, ud);
  return err;
}

void smtpbounce_free (sb_ruleset *rs, sb_alloc alloc, void *ud) {
  Builder b;
  uint32_t ntrig, nplain;
  if (rs == NULL) return;
  b.alloc = alloc;  b.ud = ud;  b.rs = rs;
  ntrig = rs->trig_first ? rs->trig_first[rs->nphrases] : 0;
  nplain = rs->plain_first ? rs->plain_first[SB_NLISTS] : 0;
  free_dfa(&b, &rs->dfa[0]);
  free_dfa(&b, &rs->dfa[1]);
  b_free(&b, rs->plen, rs->nphrases, sizeof(uint32_t));
  b_free(&b, rs->phase_of, rs->nphrases, 1);
  b_free(&b, rs->token_prov, rs->nphrases, sizeof(uint32_t));
  b_free(&b, rs->rules, rs->nrules, sizeof(sb_rule));
  b_free(&b, rs->clauses, rs->nclauses, sizeof(sb_clause_def));
  b_free(&b, rs->ids, rs->nids, sizeof(uint32_t));
  b_free(&b, rs->codes, 2 * (size_t)rs->ncodes, sizeof(int));
  b_free(&b, rs->statuses, 3 * (size_t)rs->nstatuses, sizeof(int));
  b_free(&b, rs->provs, rs->nprovs, sizeof(uint32_t));
  b_free(&b, rs->trig_first, rs->nphrases + 1, sizeof(uint32_t));
  b_free(&b, rs->trig, ntrig, sizeof(uint32_t));
  b_free(&b, rs->plain_first, SB_NLISTS + 1, sizeof(uint32_t));
  b_free(&b, rs->plain, nplain, sizeof(uint32_t));
  b_free(&b, rs->hosts.h, rs->hosts.n, sizeof(sb_host));
  b_free(&b, rs->hosts.slot, rs->hosts.nslots, sizeof(uint32_t));
  b_free(&b, rs->domains.h, rs->domains.n, sizeof(sb_host));
  b_free(&b, rs->domains.slot, rs->domains.nslots, sizeof(uint32_t));
  b_free(&b, rs->strings, rs->strings_len, 1);
  alloc(ud, rs, sizeof(sb_ruleset), 0);
}

size_t smtpbounce_ruleset_size (const sb_ruleset *rs) {
  return rs->size;
}

uint32_t smtpbounce_nrules (const sb_ruleset *rs) {
  return rs->nrules;
}

int smtpbounce_rule_external (const sb_ruleset *rs, uint32_t i) {
  return i < rs->nrules && rs->rules[i].external;
}


#include "sb_ruleset_image.h"  /* smtpbounce_image_write, smtpbounce_image_read */

/* {======================================================================
** Scratch
** ======================================================================= */

sb_scratch *smtpbounce_scratch_new (const sb_ruleset *rs, sb_alloc alloc,
                                    void *ud) {
  size_t n = rs->nphrases ? rs->nphrases : 1;
  size_t bytes = sizeof(sb_scratch) + 3 * n * sizeof(uint32_t);
  sb_scratch *sc;
  uint32_t i;
  if (n > ((size_t)-1 - sizeof(sb_scratch)) / (3 * sizeof(uint32_t)))
    return NULL;
  sc = (sb_scratch *)alloc(ud, NULL, 0, bytes);
  if (sc == NULL) return NULL;
  sc->nphrases = rs->nphrases;
  sc->ntouched = 0;
  sc->first = (uint32_t *)(void *)(sc + 1);
  sc->last = sc->first + n;
  sc->touched = sc->last + n;
  for (i = 0; i < rs->nphrases; i++) sc->first[i] = SB_NONE;
  return sc;
}

void smtpbounce_scratch_free (sb_scratch *sc, sb_alloc alloc, void *ud) {
  size_t n;
  if (sc == NULL) return;
  n = sc->nphrases ? sc->nphrases : 1;
  alloc(ud, sc, sizeof(sb_scratch) + 3 * n * sizeof(uint32_t), 0);
}

/* }====================================================================== */
