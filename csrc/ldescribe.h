/*
** ldescribe.h -- reading the ruleset description the facade builds
** (compile.lua) into the C core's rule definitions, for lsmtpbounce.c
** (included once, where it stood there, before l_compile): sizes counted
** first, all arrays carved from one arena userdata, a malformed value
** raised with its path.
*/

#ifndef LDESCRIBE_H
#define LDESCRIBE_H

/* {======================================================================
** Reading the ruleset description
** ======================================================================= */

/*
** The description is made by the facade, so a malformed one is a bug
** there (or a caller bypassing it): raise with the path of the bad value.
** All arrays live in one userdata on the stack, so a raise leaks nothing.
*/

static size_t len_field (lua_State *L, int t, const char *k) {
  size_t n;
  lua_getfield(L, t, k);
  if (lua_isnil(L, -1)) n = 0;
  else {
    if (!lua_istable(L, -1))
      luaL_error(L, "ruleset description: '%s' must be a table", k);
    n = (size_t)lua_rawlen(L, -1);
  }
  lua_pop(L, 1);
  return n;
}

/* the value on top is a table, else raise naming 'what' (a field read a
** second time may differ from the first: __index, or a finalizer run by
** an allocation in between) */
static void need_table (lua_State *L, const char *what, int i) {
  if (lua_istable(L, -1)) return;
  if (i == 0) luaL_error(L, "ruleset description: '%s' must be a table", what);
  luaL_error(L, "ruleset description: %s[%d] must be a table", what, i);
}

static lua_Integer int_at (lua_State *L, int t, lua_Integer i,
                           lua_Integer lo, lua_Integer hi, const char *what) {
  lua_Number x;
  lua_rawgeti(L, t, (int)i);
  if (lua_type(L, -1) != LUA_TNUMBER)
    return luaL_error(L, "ruleset description: %s[%d] must be a number",
                      what, (int)i);
  x = lua_tonumber(L, -1);
  lua_pop(L, 1);
  /* compared as a float first: casting NaN or 1e300 is undefined */
  if (!(x >= (lua_Number)lo && x <= (lua_Number)hi))
    return luaL_error(L, "ruleset description: %s[%d] out of range",
                      what, (int)i);
  return (lua_Integer)x;
}

typedef struct Sizes {
  size_t nphrases, nrules, nids, nclauses, ncodes, nstatuses, nprovs;
  size_t nhosts, ndomains;
} Sizes;

static void count_rules (lua_State *L, int def, Sizes *z) {
  size_t i, j, n;
  lua_getfield(L, def, "rules");
  for (i = 1; i <= z->nrules; i++) {
    int r;
    lua_rawgeti(L, -1, (int)i);
    r = lua_gettop(L);
    if (!lua_istable(L, r)) luaL_error(L, "ruleset description: rules[%d]", (int)i);
    n = len_field(L, r, "codes");
    if (n % 2) luaL_error(L, "ruleset description: rules[%d].codes: odd length", (int)i);
    z->ncodes += n / 2;
    n = len_field(L, r, "statuses");
    if (n % 3) luaL_error(L, "ruleset description: rules[%d].statuses: bad length", (int)i);
    z->nstatuses += n / 3;
    z->nprovs += len_field(L, r, "provs");
    z->nclauses += len_field(L, r, "clauses");
    lua_getfield(L, r, "clauses");
    for (j = 1; lua_istable(L, -1) && j <= (size_t)lua_rawlen(L, -1); j++) {
      lua_rawgeti(L, -1, (int)j);
      if (!lua_istable(L, -1) || lua_rawlen(L, -1) < 2)
        luaL_error(L, "ruleset description: rules[%d].clauses[%d]", (int)i, (int)j);
      z->nids += (size_t)lua_rawlen(L, -1) - 1;
      lua_pop(L, 1);
    }
    lua_pop(L, 2);
  }
  lua_pop(L, 1);
}

/* one block for every array of the description */
typedef struct Arena {
  const char **phrases;  size_t *phrase_lens;
  uint32_t *token_phrase;  unsigned char *phase_phrase;
  uint32_t *ids;  sb_clause_def *clauses;  int *codes;  int *statuses;
  uint32_t *provs;  sb_rule_def *rules;
  const char **hosts;  size_t *host_lens;  uint32_t *host_prov;
  const char **domains;  size_t *domain_lens;  uint32_t *domain_prov;
} Arena;

/* next block of n elements of 'size' bytes, 8-byte aligned */
static void *carve (char **cur, size_t n, size_t size) {
  void *p = *cur;
  size_t bytes = (n ? n : 1) * size;
  *cur += (bytes + 7) & ~(size_t)7;
  return p;
}

static void make_arena (lua_State *L, const Sizes *z, Arena *a) {
  size_t bytes = 0;
  char *cur;
  bytes += z->nphrases * (sizeof(char *) + sizeof(size_t) + sizeof(uint32_t) + 1);
  bytes += z->nids * sizeof(uint32_t) + z->nclauses * sizeof(sb_clause_def);
  bytes += (2 * z->ncodes + 3 * z->nstatuses) * sizeof(int);
  bytes += z->nprovs * sizeof(uint32_t) + z->nrules * sizeof(sb_rule_def);
  bytes += (z->nhosts + z->ndomains) *
           (sizeof(char *) + sizeof(size_t) + sizeof(uint32_t));
  bytes += 16 * (sizeof(sb_rule_def) + 8);  /* rounding, empty arrays */
  cur = (char *)lua_newuserdatauv(L, bytes, 0);
  a->phrases = (const char **)carve(&cur, z->nphrases, sizeof(char *));
  a->hosts = (const char **)carve(&cur, z->nhosts, sizeof(char *));
  a->domains = (const char **)carve(&cur, z->ndomains, sizeof(char *));
  a->phrase_lens = (size_t *)carve(&cur, z->nphrases, sizeof(size_t));
  a->host_lens = (size_t *)carve(&cur, z->nhosts, sizeof(size_t));
  a->domain_lens = (size_t *)carve(&cur, z->ndomains, sizeof(size_t));
  a->rules = (sb_rule_def *)carve(&cur, z->nrules, sizeof(sb_rule_def));
  a->clauses = (sb_clause_def *)carve(&cur, z->nclauses, sizeof(sb_clause_def));
  a->token_phrase = (uint32_t *)carve(&cur, z->nphrases, sizeof(uint32_t));
  a->ids = (uint32_t *)carve(&cur, z->nids, sizeof(uint32_t));
  a->provs = (uint32_t *)carve(&cur, z->nprovs, sizeof(uint32_t));
  a->host_prov = (uint32_t *)carve(&cur, z->nhosts, sizeof(uint32_t));
  a->domain_prov = (uint32_t *)carve(&cur, z->ndomains, sizeof(uint32_t));
  a->codes = (int *)carve(&cur, 2 * z->ncodes, sizeof(int));
  a->statuses = (int *)carve(&cur, 3 * z->nstatuses, sizeof(int));
  a->phase_phrase = (unsigned char *)carve(&cur, z->nphrases, 1);
}

static void read_phrases (lua_State *L, int def, const Sizes *z, Arena *a,
                          lua_Integer nprov) {
  size_t i;
  lua_getfield(L, def, "phrases");
  if (z->nphrases > 0) need_table(L, "phrases", 0);
  for (i = 0; i < z->nphrases; i++) {
    lua_rawgeti(L, -1, (int)i + 1);
    if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) == 0)
      luaL_error(L, "ruleset description: phrases[%d] must be a non-empty string",
                 (int)i + 1);
    a->phrases[i] = lua_tolstring(L, -1, &a->phrase_lens[i]);
    lua_pop(L, 1);  /* still referenced by the description */
    a->token_phrase[i] = SB_NONE;
    a->phase_phrase[i] = 0;
  }
  lua_pop(L, 1);
  lua_getfield(L, def, "token_of");
  for (i = 0; lua_istable(L, -1) && i < z->nphrases; i++) {
    lua_rawgeti(L, -1, (int)i + 1);
    if (!lua_isnil(L, -1))
      a->token_phrase[i] = (uint32_t)int_at(L, -2, (lua_Integer)i + 1, 1, nprov,
                                            "token_of") - 1;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  lua_getfield(L, def, "phase_of");
  for (i = 0; lua_istable(L, -1) && i < z->nphrases; i++) {
    lua_rawgeti(L, -1, (int)i + 1);
    if (!lua_isnil(L, -1))
      a->phase_phrase[i] = (unsigned char)int_at(L, -2, (lua_Integer)i + 1, 1,
                                                 SB_PHASE_MAX - 1, "phase_of");
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* "the description changed between counting and reading" */
static int changed (lua_State *L, const char *what) {
  return luaL_error(L, "ruleset description: %s changed while being read",
                    what);
}

/* an integer array field of the rule at 'r' into dst (room for 'cap');
** returns its length */
static size_t read_ints (lua_State *L, int r, const char *k, int *dst,
                         lua_Integer lo, lua_Integer hi, size_t cap) {
  size_t j, n;
  lua_getfield(L, r, k);
  n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
  if (n > cap) changed(L, k);
  for (j = 0; j < n; j++)
    dst[j] = (int)int_at(L, lua_gettop(L), (lua_Integer)j + 1, lo, hi, k);
  lua_pop(L, 1);
  return n;
}

static void read_clauses (lua_State *L, int r, sb_rule_def *rd, Arena *a,
                          const Sizes *z, Sizes *at) {
  size_t j, k, n;
  lua_getfield(L, r, "clauses");
  n = lua_istable(L, -1) ? (size_t)lua_rawlen(L, -1) : 0;
  if (n > z->nclauses - at->nclauses) changed(L, "clauses");
  rd->clause_first = (uint32_t)at->nclauses;
  rd->clause_count = (uint32_t)n;
  for (j = 0; j < n; j++) {
    sb_clause_def *c = &a->clauses[at->nclauses++];
    int ct;
    lua_rawgeti(L, -1, (int)j + 1);
    ct = lua_gettop(L);
    need_table(L, "clause", (int)j + 1);
    if (lua_rawlen(L, ct) < 2 || (size_t)lua_rawlen(L, ct) - 1 > z->nids - at->nids)
      changed(L, "clauses");
    c->kind = (int)int_at(L, ct, 1, SB_ANY, SB_NONEOF, "clause");
    c->first = (uint32_t)at->nids;
    c->count = (uint32_t)lua_rawlen(L, ct) - 1;
    for (k = 0; k < c->count; k++)
      a->ids[at->nids++] = (uint32_t)int_at(L, ct, (lua_Integer)k + 2, 1,
                                            (lua_Integer)z->nphrases, "clause") - 1;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_rules (lua_State *L, int def, const Sizes *z, Arena *a,
                        lua_Integer nprov) {
  Sizes at;
  size_t i, j;
  memset(&at, 0, sizeof(at));
  lua_getfield(L, def, "rules");
  if (z->nrules > 0) need_table(L, "rules", 0);
  for (i = 0; i < z->nrules; i++) {
    sb_rule_def *rd = &a->rules[i];
    int r, *tmp;
    lua_rawgeti(L, -1, (int)i + 1);
    r = lua_gettop(L);
    need_table(L, "rules", (int)i + 1);
    lua_getfield(L, r, "classes");
    rd->classes = (unsigned)luaL_optinteger(L, -1, 0);
    lua_getfield(L, r, "phases");
    rd->phases = (unsigned)luaL_optinteger(L, -1, 0);
    lua_getfield(L, r, "external");
    rd->external = lua_toboolean(L, -1);
    lua_pop(L, 3);
    rd->code_first = (uint32_t)at.ncodes;
    rd->code_count = (uint32_t)(read_ints(L, r, "codes", a->codes + 2 * at.ncodes,
                                          0, 999, 2 * (z->ncodes - at.ncodes)) / 2);
    at.ncodes += rd->code_count;
    rd->status_first = (uint32_t)at.nstatuses;
    rd->status_count = (uint32_t)(read_ints(L, r, "statuses",
                                  a->statuses + 3 * at.nstatuses, -1, 999,
                                  3 * (z->nstatuses - at.nstatuses)) / 3);
    at.nstatuses += rd->status_count;
    /* provider indices: 1-based in Lua */
    tmp = (int *)(void *)(a->provs + at.nprovs);
    rd->prov_first = (uint32_t)at.nprovs;
    rd->prov_count = (uint32_t)read_ints(L, r, "provs", tmp, 1, nprov,
                                         z->nprovs - at.nprovs);
    for (j = 0; j < rd->prov_count; j++)
      a->provs[at.nprovs + j] = (uint32_t)tmp[j] - 1;
    at.nprovs += rd->prov_count;
    read_clauses(L, r, rd, a, z, &at);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

static void read_hosts (lua_State *L, int def, const char *k, size_t n,
                        const char **names, size_t *lens, uint32_t *provs,
                        lua_Integer nprov) {
  size_t i;
  lua_getfield(L, def, k);
  if (n > 0) need_table(L, k, 0);
  for (i = 0; i < n; i++) {
    lua_rawgeti(L, -1, (int)i + 1);
    need_table(L, k, (int)i + 1);
    lua_rawgeti(L, -1, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      luaL_error(L, "ruleset description: %s[%d] must hold a string", k, (int)i + 1);
    names[i] = lua_tolstring(L, -1, &lens[i]);
    lua_pop(L, 1);
    provs[i] = (uint32_t)int_at(L, lua_gettop(L), 2, 1, nprov, k) - 1;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* }====================================================================== */

#endif
