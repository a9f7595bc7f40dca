/*
** sb_ruleset_image.h -- images: a compiled ruleset as one block of bytes
** (smtpbounce_image_write, smtpbounce_image_read; sb_internal.h says
** what they do).  Part of sb_ruleset.c, which includes it once: it uses
** that file's allocation helpers (Builder, b_alloc_raw).
*/
/* {======================================================================
** Images: a compiled ruleset as one block of bytes
** ======================================================================= */

/*
** An image is a 32-byte header (magic, the byte order and sizes of the
** build that wrote it, its length, the checksum of the rest), the
** counts (IMG_*), each automaton's byte classes, then every array of
** the ruleset in a fixed order, each padded to 8 bytes, and last the
** caller's bytes.  Only the build that wrote an image reads it: the
** header's probe and shape differ on any other.
*/
#define IMG_MAGIC   "sbimage1"
#define IMG_HEADER  32
#define IMG_PROBE   0x01020304u
#define IMG_SHAPE   ((uint32_t)(sizeof(size_t) | sizeof(sb_rule) << 8 | \
                     sizeof(sb_clause_def) << 16 | sizeof(int) << 24))

/* the counts, in this order */
enum { IMG_NPHRASES, IMG_NPROVIDERS, IMG_NRULES, IMG_NCLAUSES, IMG_NIDS,
       IMG_NCODES, IMG_NSTATUSES, IMG_NPROVS, IMG_NTRIG, IMG_NPLAIN,
       IMG_NHOSTS, IMG_HOSTSLOTS, IMG_NDOMAINS, IMG_DOMAINSLOTS,
       IMG_STRINGS, IMG_SIZE, IMG_EXTRA,
       IMG_DFA,  /* per automaton: nstates, nclasses, omin, out_cap */
       IMG_NCOUNTS = IMG_DFA + 8 };

/* 64-bit checksum of p[0..n) (n a multiple of 8): eight lanes of
   multiply-xor over 8-byte words (eight chains of multiplies side by
   side: the image's 10 MB in about two thirds of the time four took),
   then mixed */
#define SUM_M  0x100000001b3u
#define SUM_STEP(h, q)  do { uint64_t w_; memcpy(&w_, (q), 8); \
                             (h) = ((h) ^ w_) * SUM_M; } while (0)
#define SUM_MIX(h, x, r)  ((h) = ((h) ^ ((x) >> (r)) ^ ((x) << (64 - (r)))) * SUM_M)

static uint64_t img_sum (const unsigned char *p, size_t n) {
  uint64_t h0 = 0x9e3779b97f4a7c15u, h1 = 0xc2b2ae3d27d4eb4fu,
           h2 = 0x165667b19e3779f9u, h3 = 0xd6e8feb86659fd93u,
           h4 = 0xff51afd7ed558ccdu, h5 = 0xc4ceb9fe1a85ec53u,
           h6 = 0x85ebca6b27d4eb2fu, h7 = 0x27bb2ee687b0b0fdu;
  size_t i = 0;
  for (; i + 64 <= n; i += 64) {
    SUM_STEP(h0, p + i);
    SUM_STEP(h1, p + i + 8);
    SUM_STEP(h2, p + i + 16);
    SUM_STEP(h3, p + i + 24);
    SUM_STEP(h4, p + i + 32);
    SUM_STEP(h5, p + i + 40);
    SUM_STEP(h6, p + i + 48);
    SUM_STEP(h7, p + i + 56);
  }
  for (; i + 8 <= n; i += 8) SUM_STEP(h0, p + i);
  SUM_MIX(h0, h1, 7);
  SUM_MIX(h0, h2, 13);
  SUM_MIX(h0, h3, 29);
  SUM_MIX(h0, h4, 37);
  SUM_MIX(h0, h5, 43);
  SUM_MIX(h0, h6, 51);
  SUM_MIX(h0, h7, 59);
  return h0 ^ (h0 >> 32) ^ (uint64_t)n;
}

typedef struct Img {
  unsigned char *out;     /* NULL: only count */
  size_t n;               /* bytes written so far */
} Img;

static void img_put (Img *w, const void *p, size_t len) {
  if (w->out != NULL && len > 0) memcpy(w->out + w->n, p, len);
  w->n += len;
  for (; w->n % 8 != 0; w->n++)
    if (w->out != NULL) w->out[w->n] = 0;
}

static void img_hosts (Img *w, const sb_ruleset *rs, const sb_hosts *t) {
  uint32_t i;
  for (i = 0; i < t->n; i++) {
    uint32_t e[4];
    e[0] = (uint32_t)(t->h[i].name - rs->strings);
    e[1] = (uint32_t)t->h[i].len;
    e[2] = t->h[i].prov;
    e[3] = t->h[i].hash;
    img_put(w, e, sizeof e);
  }
  img_put(w, t->slot, (size_t)t->nslots * sizeof(uint32_t));
}

size_t smtpbounce_image_write (const sb_ruleset *rs, const char *extra,
                               size_t extra_len, char *out) {
  Img w;
  uint64_t c[IMG_NCOUNTS];
  uint32_t probe = IMG_PROBE, shape = IMG_SHAPE;
  int k;
  w.out = (unsigned char *)out;
  w.n = 0;
  c[IMG_NPHRASES] = rs->nphrases;  c[IMG_NPROVIDERS] = rs->nproviders;
  c[IMG_NRULES] = rs->nrules;  c[IMG_NCLAUSES] = rs->nclauses;
  c[IMG_NIDS] = rs->nids;  c[IMG_NCODES] = rs->ncodes;
  c[IMG_NSTATUSES] = rs->nstatuses;  c[IMG_NPROVS] = rs->nprovs;
  c[IMG_NTRIG] = rs->trig_first[rs->nphrases];
  c[IMG_NPLAIN] = rs->plain_first[SB_NLISTS];
  c[IMG_NHOSTS] = rs->hosts.n;  c[IMG_HOSTSLOTS] = rs->hosts.nslots;
  c[IMG_NDOMAINS] = rs->domains.n;  c[IMG_DOMAINSLOTS] = rs->domains.nslots;
  c[IMG_STRINGS] = rs->strings_len;  c[IMG_SIZE] = rs->size;
  c[IMG_EXTRA] = extra_len;
  for (k = 0; k < 2; k++) {
    c[IMG_DFA + 4 * k] = rs->dfa[k].nstates;
    c[IMG_DFA + 4 * k + 1] = rs->dfa[k].nclasses;
    c[IMG_DFA + 4 * k + 2] = rs->dfa[k].omin;
    c[IMG_DFA + 4 * k + 3] = rs->dfa[k].out_cap;
  }
  img_put(&w, IMG_MAGIC, 8);
  img_put(&w, &probe, 4);
  w.n -= 4;  /* (probe and shape share a word) */
  img_put(&w, &shape, 4);
  w.n += 16;  /* length and checksum, filled in below */
  img_put(&w, c, sizeof c);
  for (k = 0; k < 2; k++) {
    const sb_dfa *d = &rs->dfa[k];
    size_t n = (size_t)d->nstates * d->nclasses;
    img_put(&w, d->cls, sizeof d->cls);
    if (d->nstates == 0) continue;
    if (d->t16 != NULL) img_put(&w, d->t16, n * sizeof(uint16_t));
    else img_put(&w, d->t32, n * sizeof(uint32_t));
    img_put(&w, d->out, d->nstates * sizeof(uint32_t));
    img_put(&w, d->dict, d->nstates * sizeof(uint32_t));
  }
  img_put(&w, rs->plen, rs->nphrases * sizeof(uint32_t));
  img_put(&w, rs->phase_of, rs->nphrases);
  img_put(&w, rs->token_prov, rs->nphrases * sizeof(uint32_t));
  img_put(&w, rs->rules, rs->nrules * sizeof(sb_rule));
  img_put(&w, rs->clauses, rs->nclauses * sizeof(sb_clause_def));
  img_put(&w, rs->ids, rs->nids * sizeof(uint32_t));
  img_put(&w, rs->codes, 2 * (size_t)rs->ncodes * sizeof(int));
  img_put(&w, rs->statuses, 3 * (size_t)rs->nstatuses * sizeof(int));
  img_put(&w, rs->provs, rs->nprovs * sizeof(uint32_t));
  img_put(&w, rs->trig_first, (rs->nphrases + 1) * sizeof(uint32_t));
  img_put(&w, rs->trig, c[IMG_NTRIG] * sizeof(uint32_t));
  img_put(&w, rs->plain_first, (SB_NLISTS + 1) * sizeof(uint32_t));
  img_put(&w, rs->plain, c[IMG_NPLAIN] * sizeof(uint32_t));
  img_hosts(&w, rs, &rs->hosts);
  img_hosts(&w, rs, &rs->domains);
  img_put(&w, rs->strings, rs->strings_len);
  img_put(&w, extra, extra_len);
  if (out != NULL) {
    uint64_t total = w.n, sum = img_sum(w.out + IMG_HEADER, w.n - IMG_HEADER);
    memcpy(out + 16, &total, 8);
    memcpy(out + 24, &sum, 8);
  }
  return w.n;
}

/* reading: a cursor over the image; 'bad' once anything was out of it */
typedef struct Cur {
  const unsigned char *p;  /* the image */
  size_t len;              /* its length */
  size_t at;               /* the next item's offset (a multiple of 8) */
  int bad;                 /* an item ran past the end */
} Cur;

/* the next item: n entries of 'size' bytes */
static const void *cur_get (Cur *r, uint64_t n, size_t size) {
  const void *p;
  size_t bytes;
  if (r->bad || n > (r->len - r->at) / size) { r->bad = 1; return NULL; }
  bytes = (size_t)n * size;
  p = r->p + r->at;
  r->at += (bytes + 7) & ~(size_t)7;
  if (r->at > r->len) { r->bad = 1; return NULL; }
  return p;
}

/* a copy of the next item in memory from the builder, or NULL (r->bad
   when the image ran out) */
static void *cur_copy (Builder *b, Cur *r, uint64_t n, size_t size) {
  const void *src = cur_get(r, n, size);
  void *p;
  if (src == NULL) return NULL;
  p = b_alloc_raw(b, (size_t)n, size);
  if (p != NULL && n > 0) memcpy(p, src, (size_t)n * size);
  return p;
}

#define COPY_IN(b, r, field, n, type) \
  (((field) = (type *)cur_copy(b, r, (n), sizeof(type))) != NULL)

/* every value of a[0..n) is below 'lim', or SB_NONE where 'none' */
static int below (const uint32_t *a, uint64_t n, uint64_t lim, int none) {
  uint64_t i;
  for (i = 0; i < n; i++)
    if (a[i] >= lim && !(none && a[i] == SB_NONE)) return 0;
  return 1;
}

/* an automaton: counts, classes, and its table, out and dict (views
   into the image); every state and class number in range but the
   table's (see below) */
static sb_error read_dfa (Cur *r, sb_dfa *d, const uint64_t *c,
                          uint64_t nphrases) {
  const unsigned char *cls = (const unsigned char *)cur_get(r, 256, 1);
  uint64_t ns = c[0], nc = c[1], i, n;
  const void *t;
  if (cls == NULL) return SB_EINVAL;
  memcpy(d->cls, cls, 256);
  if (ns == 0) return SB_OK;
  if (ns > 0xFFFFFFFFu || nc == 0 || nc > 256 || c[2] > ns || c[3] < ns ||
      c[3] > ((uint64_t)1 << 30))
    return SB_EINVAL;
  for (i = 0; i < 256; i++)
    if (cls[i] >= nc) return SB_EINVAL;
  n = ns * nc;
  t = cur_get(r, n, ns <= 0x10000 ? sizeof(uint16_t) : sizeof(uint32_t));
  if (t == NULL) return SB_EINVAL;
  /* (the cells are not checked one by one: the checksum holds them as
     build_dfa wrote them, every one a state number) */
  if (ns <= 0x10000) d->t16 = (uint16_t *)(uintptr_t)t;
  else d->t32 = (uint32_t *)(uintptr_t)t;
  d->nstates = (uint32_t)ns;
  d->nclasses = (uint32_t)nc;
  d->omin = (uint32_t)c[2];
  /* out and dict: views too (the scan reads the first ns of out only) */
  d->out_cap = (size_t)c[3];
  d->out = (uint32_t *)(uintptr_t)cur_get(r, ns, sizeof(uint32_t));
  d->dict = (uint32_t *)(uintptr_t)cur_get(r, ns, sizeof(uint32_t));
  if (d->out == NULL || d->dict == NULL) return SB_EINVAL;
  if (!below(d->out, ns, nphrases, 1) || !below(d->dict, ns, ns, 0))
    return SB_EINVAL;
  for (i = 0; i < 256; i++) d->col[i] = (uint32_t)d->cls[i] * (uint32_t)ns;
  return SB_OK;
}

static sb_error read_hosts (Builder *b, Cur *r, sb_hosts *t, uint64_t n,
                            uint64_t nslots, uint64_t nprov) {
  sb_ruleset *rs = b->rs;
  const uint32_t *e = (const uint32_t *)cur_get(r, n, 4 * sizeof(uint32_t));
  uint64_t i;
  if (e == NULL || n > 0x40000000u || nslots > 0x80000000u ||
      (nslots & (nslots - 1)) != 0 || (n == 0) != (nslots == 0) ||
      nslots < n + 1)
    return n == 0 && nslots == 0 && e != NULL ? SB_OK : SB_EINVAL;
  t->h = (sb_host *)b_alloc(b, (size_t)n, sizeof(sb_host));
  if (t->h == NULL) return SB_ENOMEM;
  t->n = (uint32_t)n;
  for (i = 0; i < n; i++, e += 4) {
    if (e[0] > rs->strings_len || e[1] > rs->strings_len - e[0] ||
        e[2] >= nprov)
      return SB_EINVAL;
    t->h[i].name = rs->strings + e[0];
    t->h[i].len = e[1];
    t->h[i].prov = e[2];
    t->h[i].hash = e[3];
  }
  if (!COPY_IN(b, r, t->slot, nslots, uint32_t))
    return r->bad ? SB_EINVAL : SB_ENOMEM;
  t->nslots = (uint32_t)nslots;
  return below(t->slot, nslots, n, 1) ? SB_OK : SB_EINVAL;
}

/* the rule tables, as check_def checks a description */
static int rules_ok (const sb_ruleset *rs) {
  uint32_t i;
  if (!below(rs->ids, rs->nids, rs->nphrases, 0) ||
      !below(rs->provs, rs->nprovs, rs->nproviders, 0) ||
      !below(rs->token_prov, rs->nphrases, rs->nproviders, 1))
    return 0;
  for (i = 0; i < rs->nphrases; i++)
    if (rs->phase_of[i] >= SB_PHASE_MAX) return 0;
  for (i = 0; i < rs->nclauses; i++)
    if (!SB_CLAUSE_OK(&rs->clauses[i], rs)) return 0;
  for (i = 0; i < rs->nrules; i++)
    if (!SB_RULE_OK(&rs->rules[i], rs)) return 0;
  return 1;
}

/* a candidate list: starts ascending up to n, entries rules or holes */
static int index_ok (const uint32_t *first, uint32_t nlists, const uint32_t *a,
                     uint64_t n, uint32_t nrules, int holes) {
  uint32_t i;
  if (first[0] != 0 || first[nlists] != n) return 0;
  for (i = 0; i < nlists; i++)
    if (first[i] > first[i + 1]) return 0;
  return below(a, n, nrules, holes);
}

static sb_error read_image (Builder *b, Cur *r, const uint64_t *c) {
  sb_ruleset *rs = b->rs;
  sb_error err;
  int k;
  for (k = 0; k < IMG_DFA; k++)  /* (every count fits the image) */
    if (k != IMG_SIZE && c[k] > r->len) return SB_EINVAL;
  rs->nphrases = (uint32_t)c[IMG_NPHRASES];
  rs->nproviders = (uint32_t)c[IMG_NPROVIDERS];
  for (k = 0; k < 2; k++)
    if ((err = read_dfa(r, &rs->dfa[k], c + IMG_DFA + 4 * k,
                        c[IMG_NPHRASES])) != SB_OK)
      return err;
  if (rs->dfa[0].nstates == 0) return SB_EINVAL;
  rs->nrules = (uint32_t)c[IMG_NRULES];  rs->nclauses = (uint32_t)c[IMG_NCLAUSES];
  rs->nids = (uint32_t)c[IMG_NIDS];  rs->ncodes = (uint32_t)c[IMG_NCODES];
  rs->nstatuses = (uint32_t)c[IMG_NSTATUSES];  rs->nprovs = (uint32_t)c[IMG_NPROVS];
  if (!COPY_IN(b, r, rs->plen, rs->nphrases, uint32_t) ||
      !COPY_IN(b, r, rs->phase_of, rs->nphrases, unsigned char) ||
      !COPY_IN(b, r, rs->token_prov, rs->nphrases, uint32_t) ||
      !COPY_IN(b, r, rs->rules, rs->nrules, sb_rule) ||
      !COPY_IN(b, r, rs->clauses, rs->nclauses, sb_clause_def) ||
      !COPY_IN(b, r, rs->ids, rs->nids, uint32_t) ||
      !COPY_IN(b, r, rs->codes, 2 * c[IMG_NCODES], int) ||
      !COPY_IN(b, r, rs->statuses, 3 * c[IMG_NSTATUSES], int) ||
      !COPY_IN(b, r, rs->provs, rs->nprovs, uint32_t) ||
      !COPY_IN(b, r, rs->trig_first, c[IMG_NPHRASES] + 1, uint32_t))
    return r->bad ? SB_EINVAL : SB_ENOMEM;
  /* (the lists' lengths checked before they are allocated: smtpbounce_free
     takes them from the starts) */
  if (!rules_ok(rs) || rs->trig_first[rs->nphrases] != c[IMG_NTRIG])
    return SB_EINVAL;
  if (!COPY_IN(b, r, rs->trig, c[IMG_NTRIG], uint32_t) ||
      !COPY_IN(b, r, rs->plain_first, SB_NLISTS + 1, uint32_t))
    return r->bad ? SB_EINVAL : SB_ENOMEM;
  if (rs->plain_first[SB_NLISTS] != c[IMG_NPLAIN]) return SB_EINVAL;
  if (!COPY_IN(b, r, rs->plain, c[IMG_NPLAIN], uint32_t))
    return r->bad ? SB_EINVAL : SB_ENOMEM;
  if (!index_ok(rs->trig_first, rs->nphrases, rs->trig, c[IMG_NTRIG],
                rs->nrules, 1) ||
      !index_ok(rs->plain_first, SB_NLISTS, rs->plain, c[IMG_NPLAIN],
                rs->nrules, 0))
    return SB_EINVAL;
  {  /* the host tables' entries come before the names they point into */
    Cur s = *r;
    const void *names;
    cur_get(&s, c[IMG_NHOSTS], 4 * sizeof(uint32_t));
    cur_get(&s, c[IMG_HOSTSLOTS], sizeof(uint32_t));
    cur_get(&s, c[IMG_NDOMAINS], 4 * sizeof(uint32_t));
    cur_get(&s, c[IMG_DOMAINSLOTS], sizeof(uint32_t));
    names = cur_get(&s, c[IMG_STRINGS], 1);
    if (names == NULL) return SB_EINVAL;
    rs->strings = (char *)b_alloc_raw(b, (size_t)c[IMG_STRINGS], 1);
    if (rs->strings == NULL) return SB_ENOMEM;
    rs->strings_len = (size_t)c[IMG_STRINGS];
    if (c[IMG_STRINGS] > 0) memcpy(rs->strings, names, rs->strings_len);
  }
  if ((err = read_hosts(b, r, &rs->hosts, c[IMG_NHOSTS], c[IMG_HOSTSLOTS],
                        rs->nproviders)) != SB_OK ||
      (err = read_hosts(b, r, &rs->domains, c[IMG_NDOMAINS],
                        c[IMG_DOMAINSLOTS], rs->nproviders)) != SB_OK)
    return err;
  if (cur_get(r, c[IMG_STRINGS], 1) == NULL) return SB_EINVAL;
  return SB_OK;
}

sb_error smtpbounce_image_read (const void *img, size_t len, sb_alloc alloc,
                                void *ud, sb_ruleset **out,
                                const char **extra, size_t *extra_len) {
  const unsigned char *p = (const unsigned char *)img;
  Builder b;
  Cur r;
  sb_ruleset *rs;
  const uint64_t *c;
  uint64_t total, sum;
  uint32_t probe, shape;
  sb_error err;
  *out = NULL;
  if (len < IMG_HEADER || len % 8 != 0 || ((uintptr_t)p & 7) != 0 ||
      memcmp(p, IMG_MAGIC, 8) != 0)
    return SB_EINVAL;
  memcpy(&probe, p + 8, 4);
  memcpy(&shape, p + 12, 4);
  memcpy(&total, p + 16, 8);
  memcpy(&sum, p + 24, 8);
  if (probe != IMG_PROBE || shape != IMG_SHAPE || total != len ||
      sum != img_sum(p + IMG_HEADER, len - IMG_HEADER))
    return SB_EINVAL;
  r.p = p;  r.len = len;  r.at = IMG_HEADER;  r.bad = 0;
  c = (const uint64_t *)cur_get(&r, IMG_NCOUNTS, sizeof(uint64_t));
  if (c == NULL) return SB_EINVAL;
  rs = (sb_ruleset *)alloc(ud, NULL, 0, sizeof(sb_ruleset));
  if (rs == NULL) return SB_ENOMEM;
  memset(rs, 0, sizeof(*rs));
  rs->size = sizeof(sb_ruleset);
  rs->image = img;
  b.alloc = alloc;  b.ud = ud;  b.rs = rs;
  err = read_image(&b, &r, c);
  if (err == SB_OK) {
    const char *x = (const char *)cur_get(&r, c[IMG_EXTRA], 1);
    if (x == NULL || r.at != len) err = SB_EINVAL;
    else {
      *extra = x;
      *extra_len = (size_t)c[IMG_EXTRA];
      rs->size = (size_t)c[IMG_SIZE];
      *out = rs;
      return SB_OK;
    }
  }
  smtpbounce_free(rs, alloc, ud);
  return err;
}

/* }====================================================================== */

