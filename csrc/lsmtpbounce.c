/*
** lsmtpbounce.c -- Lua binding of the smtpbounce C core: module
** smtpbounce.core (parse, classify, explain, template, compile a
** ruleset).  Log reading has a binding of its own (llogio.c).
**
** A compiled ruleset is a full userdata ("smtpbounce.ruleset", see
** lruleset.h) that owns the C ruleset and one scratch area; everything
** else crosses as plain values and tables.  The Lua facade
** (lua/smtpbounce/init.lua) builds the description that core.compile
** takes and the result tables callers see.
*/

#define _POSIX_C_SOURCE 200809L  /* open, fstat, mmap (limage.h) */

#include <string.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"

#include "compat.h"
#include "lruleset.h"
#include "sb_internal.h"  /* smtpbounce_image_write, smtpbounce_image_read */
#include "smtpbounce.h"

#define RULESET  SMTPBOUNCE_RULESET


static void *l_alloc (void *ud, void *ptr, size_t osize, size_t nsize) {
  const LRuleset *lr = (const LRuleset *)ud;
  return lr->alloc(lr->ud, ptr, osize, nsize);
}

/*
** The ruleset at 'i'.  Every function that takes one has the ruleset
** metatable as upvalue 1, so a ruleset is known without the registry
** lookup of luaL_checkudata; anything else goes on to luaL_checkudata,
** for its usual error.
*/
static LRuleset *check_ruleset (lua_State *L, int i) {
  LRuleset *lr = (LRuleset *)lua_touserdata(L, i);
  int ok = 0;
  if (lr != NULL && lua_getmetatable(L, i)) {
    ok = lua_rawequal(L, -1, lua_upvalueindex(1));
    lua_pop(L, 1);
  }
  if (!ok) lr = (LRuleset *)luaL_checkudata(L, i, RULESET);
  if (lr->rs == NULL) luaL_argerror(L, i, "ruleset already freed");
  return lr;
}


/* the reply code whose forward path a result always carries (551 User
   not local; please try <forward-path>: RFC 5321 3.4) */
#define SB_FORWARD_CODE  551

#include "ldescribe.h"  /* reading the ruleset description */


/*
** core.compile(description) -> ruleset
*/
static int l_compile (lua_State *L) {
  Sizes z;
  Arena a;
  sb_ruleset_def def;
  LRuleset *lr;
  sb_error err;
  lua_Integer nprov;
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 1);
  memset(&z, 0, sizeof(z));
  lua_getfield(L, 1, "nproviders");
  nprov = luaL_optinteger(L, -1, 0);
  lua_pop(L, 1);
  if (nprov < 0 || nprov > 0xFFFFFF)
    return luaL_error(L, "ruleset description: bad nproviders");
  z.nphrases = len_field(L, 1, "phrases");
  z.nrules = len_field(L, 1, "rules");
  z.nhosts = len_field(L, 1, "hosts");
  z.ndomains = len_field(L, 1, "domains");
  count_rules(L, 1, &z);
  make_arena(L, &z, &a);  /* index 2 */
  read_phrases(L, 1, &z, &a, nprov);
  read_rules(L, 1, &z, &a, nprov);
  read_hosts(L, 1, "hosts", z.nhosts, a.hosts, a.host_lens, a.host_prov, nprov);
  read_hosts(L, 1, "domains", z.ndomains, a.domains, a.domain_lens,
             a.domain_prov, nprov);
  memset(&def, 0, sizeof(def));
  def.phrases = a.phrases;  def.phrase_lens = a.phrase_lens;
  def.nphrases = (uint32_t)z.nphrases;
  def.ids = a.ids;  def.nids = (uint32_t)z.nids;
  def.clauses = a.clauses;  def.nclauses = (uint32_t)z.nclauses;
  def.codes = a.codes;  def.ncodes = (uint32_t)z.ncodes;
  def.statuses = a.statuses;  def.nstatuses = (uint32_t)z.nstatuses;
  def.provs = a.provs;  def.nprovs = (uint32_t)z.nprovs;
  def.rules = a.rules;  def.nrules = (uint32_t)z.nrules;
  def.nproviders = (uint32_t)nprov;
  def.token_phrase = a.token_phrase;
  def.phase_phrase = a.phase_phrase;
  def.hosts = a.hosts;  def.host_lens = a.host_lens;
  def.host_prov = a.host_prov;  def.nhosts = (uint32_t)z.nhosts;
  def.domains = a.domains;  def.domain_lens = a.domain_lens;
  def.domain_prov = a.domain_prov;  def.ndomains = (uint32_t)z.ndomains;
  lr = (LRuleset *)lua_newuserdatauv(L, sizeof(LRuleset), 0);
  memset(lr, 0, sizeof(*lr));
  lr->alloc = lua_getallocf(L, &lr->ud);
  luaL_setmetatable(L, RULESET);  /* __gc frees whatever got built */
  err = smtpbounce_compile(&def, l_alloc, lr, &lr->rs);
  if (err == SB_OK) {
    lr->sc = smtpbounce_scratch_new(lr->rs, l_alloc, lr);
    if (lr->sc == NULL) err = SB_ENOMEM;
  }
  /* ETOOBIG and ENOMEM are about the operator's data, not a call site
     inside the facade: no position prefix */
  switch (err) {
    case SB_OK: return 1;
    case SB_ETOOBIG:
      lua_pushfstring(L, "ruleset too large (phrase automaton over %d MB)",
                      (int)(SB_MAX_AUTOMATON >> 20));
      return lua_error(L);
    case SB_EINVAL:
      return luaL_error(L, "ruleset description: empty or duplicate phrase, "
                           "or an index out of range");
    default:
      lua_pushliteral(L, "not enough memory");
      return lua_error(L);
  }
}

static int l_gc (lua_State *L) {
  LRuleset *lr = (LRuleset *)luaL_checkudata(L, 1, RULESET);
  if (lr->buf) lr->alloc(lr->ud, lr->buf, lr->bufsize, 0);
  lr->buf = NULL;
  lr->bufsize = 0;
  smtpbounce_scratch_free(lr->sc, l_alloc, lr);
  smtpbounce_free(lr->rs, l_alloc, lr);
  lr->sc = NULL;
  lr->rs = NULL;
  if (lr->image != NULL) munmap(lr->image, lr->image_len);
  lr->image = NULL;
  return 0;
}


#include "limage.h"  /* core.image, core.load_image */

static int l_tostring (lua_State *L) {
  LRuleset *lr = (LRuleset *)luaL_checkudata(L, 1, RULESET);
  if (lr->rs == NULL) lua_pushliteral(L, "smtpbounce.ruleset (freed)");
  else lua_pushfstring(L, "smtpbounce.ruleset (%d bytes): %p",
                       (int)smtpbounce_ruleset_size(lr->rs), (void *)lr);
  return 1;
}

static int l_size (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  lua_pushinteger(L, (lua_Integer)smtpbounce_ruleset_size(lr->rs));
  return 1;
}


/* {======================================================================
** Parse and classify
** ======================================================================= */

/* decimal digits of 0 <= v <= 999 at p; returns the end */
static char *put_num (char *p, int v) {
  if (v >= 100) *p++ = (char)('0' + v / 100);
  if (v >= 10) *p++ = (char)('0' + v / 10 % 10);
  *p++ = (char)('0' + v % 10);
  return p;
}

/* "c.s.d" into buf (12 bytes); returns its length */
static size_t status_str (const sb_reply *r, char *buf) {
  char *p = put_num(buf, r->st_class);
  *p++ = '.';
  p = put_num(p, r->st_subject);
  *p++ = '.';
  p = put_num(p, r->st_detail);
  return (size_t)(p - buf);
}

static void push_status (lua_State *L, const sb_reply *r) {
  char buf[16];
  if (r->st_class == 0) lua_pushnil(L);
  else lua_pushlstring(L, buf, status_str(r, buf));
}

static void push_span (lua_State *L, const char *s, sb_span sp) {
  if (sp.len == 0) lua_pushnil(L);
  else lua_pushlstring(L, s + sp.off, sp.len);
}

static void push_text (lua_State *L, const char *s, size_t len,
                       const sb_reply *r) {
  luaL_Buffer b;
  sb_walk w;
  const char *p;
  size_t n;
  smtpbounce_walk_init(&w, s, len, r);
  luaL_buffinit(L, &b);
  while (smtpbounce_walk_next(&w, &p, &n)) luaL_addlstring(&b, p, n);
  luaL_pushresult(&b);
}

static const struct { unsigned bit; const char *name; } flag_names[] = {
  {SB_F_MULTILINE, "multiline"}, {SB_F_CODE_MISMATCH, "code_mismatch"},
  {SB_F_NO_FINAL, "no_final_line"}, {SB_F_STATUS_MISMATCH, "status_mismatch"},
  {SB_F_STATUS_IN_TEXT, "status_in_text"}, {SB_F_PREFIX, "prefix"},
  {SB_F_ENTITIES, "entities"}, {SB_F_BLANK, "blank"}, {SB_F_NUL, "nul"},
  {SB_F_BAD_CODE, "bad_code"}, {0, NULL}
};

/*
** core.parse(reply) -> { code, status, class, text, lines, flags = {...},
**                        relay, forward, prefix }
*/
static int l_parse (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  sb_reply r;
  int i;
  smtpbounce_parse(s, len, &r);
  lua_createtable(L, 0, 9);
  if (r.code) { lua_pushinteger(L, r.code); lua_setfield(L, -2, "code"); }
  push_status(L, &r);  lua_setfield(L, -2, "status");
  lua_pushinteger(L, smtpbounce_class(&r));  lua_setfield(L, -2, "class");
  push_text(L, s, len, &r);  lua_setfield(L, -2, "text");
  lua_pushinteger(L, (lua_Integer)r.nlines);  lua_setfield(L, -2, "lines");
  push_span(L, s, r.relay);  lua_setfield(L, -2, "relay");
  push_span(L, s, r.forward);  lua_setfield(L, -2, "forward");
  push_span(L, s, r.prefix);  lua_setfield(L, -2, "prefix");
  lua_newtable(L);
  for (i = 0; flag_names[i].name; i++) {
    if (r.flags & flag_names[i].bit) {
      lua_pushboolean(L, 1);
      lua_setfield(L, -2, flag_names[i].name);
    }
  }
  lua_setfield(L, -2, "flags");
  return 1;
}

typedef struct Confirm {
  lua_State *L;
  int fn;                 /* stack index of the confirm function */
  int text;               /* stack index of the clean text, or 0: */
  const char *buf;        /* ... the text is buf[0..len) (the first
                             confirm_cb makes it, at 'text' since) */
  size_t len;
} Confirm;

static int confirm_cb (void *ud, uint32_t rule) {
  Confirm *c = (Confirm *)ud;
  int ok;
  lua_pushvalue(c->L, c->fn);
  lua_pushinteger(c->L, (lua_Integer)rule + 1);
  if (c->text) lua_pushvalue(c->L, c->text);
  else {  /* (made once: kept below the call, run's clean text) */
    lua_pushlstring(c->L, c->buf, c->len);
    lua_insert(c->L, -3);
    c->text = lua_gettop(c->L) - 2;
    lua_pushvalue(c->L, c->text);
  }
  lua_call(c->L, 2, 1);
  ok = lua_toboolean(c->L, -1);
  lua_pop(c->L, 1);
  return ok;
}

static const char *opt_host (lua_State *L, int i, size_t *len) {
  *len = 0;
  return luaL_optlstring(L, i, NULL, len);
}

/*
** The ruleset's text buffer, at least 'need' bytes: grown with the Lua
** allocator and kept, so classify allocates only for a reply longer than
** any before (buffers over 1 MB are given back after use).
*/
static char *text_buffer (lua_State *L, LRuleset *lr, size_t need) {
  if (need > lr->bufsize) {
    char *nb = (char *)lr->alloc(lr->ud, lr->buf, lr->bufsize, need);
    if (nb == NULL) luaL_error(L, "not enough memory");
    lr->buf = nb;
    lr->bufsize = need;
  }
  return lr->buf;
}

static void trim_buffer (LRuleset *lr) {
  if (lr->bufsize > ((size_t)1 << 20)) {
    lr->alloc(lr->ud, lr->buf, lr->bufsize, 0);
    lr->buf = NULL;
    lr->bufsize = 0;
  }
}

/* arguments 1..7 of classify/explain into the C context and decision */
static void run (lua_State *L, LRuleset *lr, const char *s, size_t len,
                 sb_reply *r, sb_decision *d) {
  sb_ctx ctx;
  Confirm c;
  lua_Integer prov;
  ctx.mx = opt_host(L, 3, &ctx.mx_len);
  ctx.domain = opt_host(L, 4, &ctx.domain_len);
  ctx.phase = (int)luaL_optinteger(L, 5, 0);
  prov = luaL_optinteger(L, 6, 0);
  ctx.provider = (prov > 0) ? (uint32_t)(prov - 1) : SB_NONE;
  if (!lua_isnoneornil(L, 7)) luaL_checktype(L, 7, LUA_TFUNCTION);
  c.L = L;  c.fn = 7;  c.text = 0;
  c.buf = text_buffer(L, lr, len + 1);  /* the text is never longer */
  c.len = smtpbounce_parse_text(s, len, r, lr->buf);
  smtpbounce_classify_buffer(lr->rs, lr->sc, s, len, r, lr->buf,
                             r->text_len, &ctx,
                             lua_isfunction(L, 7) ? confirm_cb : NULL, &c, d);
  /* on top: the clean text (the one confirm_cb made, when it did) */
  if (c.text == 0) lua_pushlstring(L, lr->buf, r->text_len);
  trim_buffer(lr);
}

#include "ltemplate.h"  /* core.template */

/*
** Field names of the tables classify, explain and result fill, kept as
** upvalues of those functions (after the ruleset metatable, upvalue 1)
** so that filling a table never hashes a C string.
*/
static const char *const field_keys[] = {
  "code", "status", "outcome", "reason", "action", "scope", "provider",
  "text", "tags", "forward", "retry_after", "give_up_after", "rule",
  "memo", "mt", "phase", "class", "flags", "template", "holds", "hits",
  "basis", NULL
};
enum { K_CODE = 2, K_STATUS, K_OUTCOME, K_REASON, K_ACTION, K_SCOPE,
       K_PROVIDER, K_TEXT, K_TAGS, K_FORWARD, K_RETRY, K_GIVEUP, K_RULE,
       K_MEMO, K_MT, K_PHASE, K_CLASS, K_FLAGS, K_TEMPLATE, K_HOLDS,
       K_HITS, K_BASIS };

/* a field is set in two steps: KEY(L, k) pushes its name, then the value
   is pushed and put() stores the pair */
#define KEY(L, k)  lua_pushvalue(L, lua_upvalueindex(k))

/* t[key] = value (the two on top); a nil into a new table ('fresh') is
   only popped, so that it takes no slot */
static void put (lua_State *L, int t, int fresh) {
  if (fresh && lua_isnil(L, -1)) lua_pop(L, 2);
  else lua_rawset(L, t);
}

/* a 0-based index of the core as Lua's 1-based one; SB_NONE as nil */
static void push_index (lua_State *L, uint32_t i) {
  if (i == SB_NONE) lua_pushnil(L);
  else lua_pushinteger(L, (lua_Integer)i + 1);
}

/* classify's fields, in the order push_decision pushes their values */
static const int decision_keys[] = {
  K_RULE, K_PROVIDER, K_PHASE, K_CLASS, K_CODE, K_STATUS, K_TEXT,
  K_FORWARD, K_FLAGS, K_TEMPLATE
};
#define NDECISION  ((int)(sizeof decision_keys / sizeof decision_keys[0]))

/* the values of classify's fields (the clean text is at 'text') */
static void push_decision (lua_State *L, LRuleset *lr, const char *s,
                           size_t len, sb_reply *r, const sb_decision *d,
                           int text) {
  luaL_checkstack(L, NDECISION + 2, NULL);  /* and set_decision's pair */
  push_index(L, d->rule);
  push_index(L, d->provider);
  lua_pushinteger(L, d->phase);
  lua_pushinteger(L, d->klass);
  if (r->code) lua_pushinteger(L, r->code); else lua_pushnil(L);
  push_status(L, r);
  lua_pushvalue(L, text);
  smtpbounce_find_forward(s, len, r);
  push_span(L, s, r->forward);
  lua_pushinteger(L, (lua_Integer)r->flags);
  push_template(L, lr, r, text);
}

/* the NDECISION values on top into the table at 't', and popped
** ('fresh': t is a new table, where a nil takes no slot) */
static void set_decision (lua_State *L, int t, int fresh) {
  int i, v = lua_gettop(L) - NDECISION;
  for (i = 0; i < NDECISION; i++) {
    KEY(L, decision_keys[i]);
    lua_pushvalue(L, v + 1 + i);
    put(L, t, fresh);
  }
  lua_settop(L, v);
}

/*
** core.classify(ruleset, reply [, mx, domain, phase, provider, confirm
**               [, into]]) -> a table of the decision:
**   rule      index of the deciding rule (1-based), nil when none
**   provider  index of the provider detected or forced, nil when none
**   phase     the sb_phase used (core.PHASES names them; 0 unknown)
**   class     the effective class: 0 (none), 2, 3, 4 or 5
**   code      the reply code, nil when none
**   status    the enhanced status ("5.1.1"), nil when none
**   text      the clean text
**   forward   the first <local@domain> address in the text, nil when none
**   flags     the parser's SB_F_* bits (core.FLAGS names them), but for
**             blank and entities: classify does not look for them (the
**             text is read once, by smtpbounce_parse_text)
**   template  "code status shape-of-text" (core.template)
** With 'into', that table is filled (these fields replaced, nil where
** absent) and returned.  'confirm(rule, text)' decides external rules.
*/
static int l_classify (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  size_t len;
  const char *s = luaL_checklstring(L, 2, &len);
  sb_reply r;
  sb_decision d;
  int fresh = lua_isnoneornil(L, 8);
  if (!fresh) luaL_checktype(L, 8, LUA_TTABLE);
  lua_settop(L, 8);
  run(L, lr, s, len, &r, &d);  /* text at 9 */
  if (fresh) lua_createtable(L, 0, NDECISION);
  else lua_pushvalue(L, 8);
  push_decision(L, lr, s, len, &r, &d, 9);
  set_decision(L, 10, fresh);
  return 1;
}

/*
** The effect record for (rule, class, provider, phase group): env.memo[key],
** made by env.resolve(rule, class, provider, early) on first use; 'early'
** is 1 for a reply at connect, HELO/EHLO or MAIL (the recipient is not
** blamed there), else 0.  An array:
** { reason, action, scope, retry_after, give_up_after, rule id, tags,
**   outcome, provider id or false, forward wanted, basis }
*/
static void push_effect (lua_State *L, int env, const sb_decision *d) {
  lua_Integer ri = d->rule == SB_NONE ? 0 : (lua_Integer)d->rule + 1;
  lua_Integer pi = d->provider == SB_NONE ? 0 : (lua_Integer)d->provider + 1;
  lua_Integer early = d->phase >= SB_PHASE_CONNECT && d->phase <= SB_PHASE_MAIL;
  lua_Integer key = ((ri * 8 + d->klass) * 2 + early) * 0x10000 + pi;
  KEY(L, K_MEMO);
  lua_rawget(L, env);
  lua_rawgeti(L, -1, key);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_getfield(L, env, "resolve");
    lua_pushinteger(L, ri);
    lua_pushinteger(L, d->klass);
    lua_pushinteger(L, pi);
    lua_pushinteger(L, early);
    lua_call(L, 4, 1);
    if (!lua_istable(L, -1)) luaL_error(L, "effect resolver must return a table");
    lua_pushvalue(L, -1);
    lua_rawseti(L, -3, key);
  }
  lua_remove(L, -2);  /* memo */
}

/* result.tags: a copy of the effect's tags (at 'eff'[7]) the caller may
   change; the caller's own tags table is refilled when reusing 'res' */
static void set_tags (lua_State *L, int res, int eff, int reuse) {
  size_t i, n, old = 0;
  lua_rawgeti(L, eff, 7);
  n = (size_t)lua_rawlen(L, -1);
  KEY(L, K_TAGS);
  if (reuse) {
    lua_pushvalue(L, -1);
    lua_rawget(L, res);
    if (lua_istable(L, -1)) old = (size_t)lua_rawlen(L, -1);
    else { lua_pop(L, 1); reuse = 0; }
  }
  if (!reuse) lua_createtable(L, (int)n, 0);
  for (i = 1; i <= n; i++) {
    lua_rawgeti(L, -3, (int)i);
    lua_rawseti(L, -2, (int)i);
  }
  for (i = n + 1; i <= old; i++) {
    lua_pushnil(L);
    lua_rawseti(L, -2, (int)i);
  }
  lua_rawset(L, res);
  lua_pop(L, 1);  /* the effect's tags */
}


/* a field's value pushed: with 'res' (not 0) its key first, and the
   pair set into the table there ('fresh': a new table); with 'res' 0 the
   value is left on the stack (core.result_values) */
#define FIELD(L, res, k)  do { if (res) KEY(L, k); } while (0)
#define SET(L, res, fresh)  do { if (res) put(L, res, fresh); } while (0)

/* field k from the effect's i-th value (push_effect's indices) */
#define EFFECT(L, res, eff, i, k, fresh)  \
  do { FIELD(L, res, k); lua_rawgeti(L, eff, i); SET(L, res, fresh); } while (0)

/*
** core.result's fields from the reply classified (r, d; the clean text
** at 11, the effect at 'eff'): into the table at 'res', or with 'res' 0
** pushed in result.FIELDS' order (the tags the effect's own table, the
** template made now when 'fresh', else nil).
*/
static void result_fields (lua_State *L, LRuleset *lr, const char *s, size_t len,
                           sb_reply *r, int eff, int res, int fresh) {
  int want;
  FIELD(L, res, K_CODE);
  if (r->code) lua_pushinteger(L, r->code); else lua_pushnil(L);
  SET(L, res, fresh);
  FIELD(L, res, K_STATUS);  push_status(L, r);  SET(L, res, fresh);
  EFFECT(L, res, eff, 8, K_OUTCOME, fresh);
  EFFECT(L, res, eff, 1, K_REASON, fresh);
  EFFECT(L, res, eff, 2, K_ACTION, fresh);
  EFFECT(L, res, eff, 3, K_SCOPE, fresh);
  FIELD(L, res, K_PROVIDER);
  lua_rawgeti(L, eff, 9);
  if (!lua_toboolean(L, -1)) { lua_pop(L, 1); lua_pushnil(L); }
  SET(L, res, fresh);
  FIELD(L, res, K_TEXT);  lua_pushvalue(L, 11);  SET(L, res, 0);
  if (res) set_tags(L, res, eff, !fresh);
  else lua_rawgeti(L, eff, 7);
  lua_rawgeti(L, eff, 10);
  want = lua_toboolean(L, -1) || r->code == SB_FORWARD_CODE;
  lua_pop(L, 1);
  if (want) smtpbounce_find_forward(s, len, r);  /* only when wanted */
  want = want && r->forward.len > 0;
  FIELD(L, res, K_FORWARD);
  if (want) lua_pushlstring(L, s + r->forward.off, r->forward.len);
  else lua_pushnil(L);
  SET(L, res, fresh);
  EFFECT(L, res, eff, 4, K_RETRY, fresh);
  EFFECT(L, res, eff, 5, K_GIVEUP, fresh);
  EFFECT(L, res, eff, 6, K_RULE, fresh);
  EFFECT(L, res, eff, 11, K_BASIS, fresh);
  if (!res && fresh) push_template(L, lr, r, 11);
  else if (!res) lua_pushnil(L);
}

/*
** Arguments 1..10 of core.result (and result_values) checked and the
** reply classified: the clean text at 11, the effect at 12; returns the
** reply (*len its length).
*/
static const char *result_run (lua_State *L, LRuleset *lr, sb_reply *r, size_t *len) {
  const char *s = luaL_checklstring(L, 2, len);
  sb_decision d;
  int dsn = (int)luaL_optinteger(L, 10, 0);
  luaL_checktype(L, 8, LUA_TTABLE);
  if (!lua_isnoneornil(L, 9)) luaL_checktype(L, 9, LUA_TTABLE);
  lua_settop(L, 10);
  run(L, lr, s, *len, r, &d);  /* text at 11 */
  if (d.klass == 0 && (dsn == 2 || dsn == 4 || dsn == 5)) d.klass = dsn;
  push_effect(L, 8, &d);
  return s;
}

/*
** core.result(ruleset, reply, mx, domain, phase, provider, confirm, env
**             [, into [, dsn class [, blank]]]) -> the result table of
** DESIGN.md, built here in one go with env.mt as its metatable; with
** 'into', that table is filled (its fields replaced, its tags table
** refilled) instead of a new one.  'dsn class' (2, 4 or 5: the class of
** the caller's ctx.dsn) is the class of a reply with neither a code nor
** an enhanced status: the rule is decided as without it, the effect
** (env.resolve, its memo key) is that class's.  Without it such a
** reply's class stays 0 here, and env.resolve gives the class its rule's
** cause implies.
** 'blank' (true: 'into' has none of the result's fields yet, as a
** record smtpbounce.mailreader made) spares clearing what is absent.
*/
static int l_result (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  sb_reply r;
  int res, reuse = !lua_isnoneornil(L, 9) && !lua_toboolean(L, 11);
  size_t len;
  const char *s;
  s = result_run(L, lr, &r, &len);  /* (a blank 'into' is filled as a new table) */
  if (!lua_isnil(L, 9)) lua_pushvalue(L, 9); else lua_createtable(L, 0, 16);
  res = lua_gettop(L);
  result_fields(L, lr, s, len, &r, 12, res, !reuse);
  if (reuse) {  /* 'template' is computed when first read (env.mt) */
    KEY(L, K_TEMPLATE);
    lua_pushnil(L);
    lua_rawset(L, res);
  }
  KEY(L, K_MT);
  lua_rawget(L, 8);
  lua_setmetatable(L, res);
  lua_settop(L, res);
  return 1;
}

/*
** core.result_values(ruleset, reply, mx, domain, phase, provider,
**                    confirm, env [, nil [, dsn class [, lazy]]]) -> code, status,
**   outcome, reason, action, scope, provider, text, tags, forward,
**   retry_after, give_up_after, rule, basis, template: core.result's
**   fields as values, in result.FIELDS' order (nil where it has none),
**   the template made at once (nil with 'lazy': env.mt makes it when it
**   is read), 'tags' the effect's own table (not to be changed).  smtpbounce mail --json's records (smtpbounce.mailreader's
**   json_mail) are written from these, no result table made.
*/
static int l_result_values (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  sb_reply r;
  size_t len;
  const char *s;
  int lazy = lua_toboolean(L, 11);
  luaL_checkstack(L, 16, NULL);  /* (beyond the 12 slots below) */
  s = result_run(L, lr, &r, &len);
  result_fields(L, lr, s, len, &r, 12, 0, !lazy);
  return 15;
}

/*
** core.classify_values(ruleset, reply [, mx, domain, phase, provider,
**                      confirm]) -> rule, provider, phase, class, code,
**   status, text, forward, flags, template: classify's fields as values,
**   in that order (nil where classify leaves a field out).
** The fast path of Classifier:classify_values, which smtpbounce scan calls
** for every reply its cache does not hold: kept positional because
** classify's table costs about 1,850 instructions a call (10 fields set
** here and read back in Lua; +15% a call, +3% a line of `scan --json`
** over a Postfix log, tools/instructions.sh) with the table reused and
** its keys kept as upvalues.
*/
static int l_classify_values (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  size_t len;
  const char *s = luaL_checklstring(L, 2, &len);
  sb_reply r;
  sb_decision d;
  lua_settop(L, 7);
  run(L, lr, s, len, &r, &d);  /* text at 8 */
  push_decision(L, lr, s, len, &r, &d, 8);
  return NDECISION;
}

/*
** core.explain(ruleset, reply [, mx, domain, phase, provider, confirm])
**   -> a new table with classify's fields and
**   holds  the indices of every rule that holds, in priority order
**   hits   { phrase id, offset in the clean text (0-based), ... } for
**          every phrase found, in the order first seen
*/
static int l_explain (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  size_t len;
  const char *s = luaL_checklstring(L, 2, &len);
  sb_reply r;
  sb_decision d;
  Confirm c;
  uint32_t i, n, k = 0;
  lua_settop(L, 7);
  run(L, lr, s, len, &r, &d);  /* text at 8 */
  lua_createtable(L, 0, NDECISION + 2);  /* the result, at 9 */
  push_decision(L, lr, s, len, &r, &d, 8);
  set_decision(L, 9, 1);
  c.L = L;  c.fn = 7;  c.text = 8;
  KEY(L, K_HOLDS);
  lua_newtable(L);
  for (i = 0; i < smtpbounce_nrules(lr->rs); i++) {
    if (!smtpbounce_rule_matches(lr->rs, lr->sc, &r, &d, i)) continue;
    if (smtpbounce_rule_external(lr->rs, i) &&
        !(lua_isfunction(L, 7) && confirm_cb(&c, i))) continue;
    lua_pushinteger(L, (lua_Integer)i + 1);
    lua_rawseti(L, -2, (int)++k);
  }
  lua_rawset(L, 9);
  n = smtpbounce_nhits(lr->sc);
  KEY(L, K_HITS);
  lua_createtable(L, (int)n * 2, 0);
  for (i = 0; i < n; i++) {
    uint32_t id;
    size_t off;
    smtpbounce_hit(lr->sc, i, &id, &off);
    lua_pushinteger(L, (lua_Integer)id + 1);
    lua_rawseti(L, -2, (int)(2 * i + 1));
    lua_pushinteger(L, (lua_Integer)off);
    lua_rawseti(L, -2, (int)(2 * i + 2));
  }
  lua_rawset(L, 9);
  return 1;
}

/* }====================================================================== */


static int l_normalize (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  luaL_Buffer b;
  char *out;
  luaL_buffinit(L, &b);
  if (len <= LUAL_BUFFERSIZE) {
    out = luaL_prepbuffer(&b);
    luaL_addsize(&b, smtpbounce_normalize(s, len, out));
  }
  else {
    out = (char *)lua_newuserdatauv(L, len, 0);
    lua_pushlstring(L, out, smtpbounce_normalize(s, len, out));
    return 1;
  }
  luaL_pushresult(&b);
  return 1;
}


static const luaL_Reg ruleset_m[] = {
  {"__gc", l_gc},
  {"__tostring", l_tostring},
  {NULL, NULL}
};

static const luaL_Reg core_f[] = {
  {"compile", l_compile},
  {"image", l_image},
  {"load_image", l_load_image},
  {"image_part", l_image_part},
  {"parse", l_parse},
  {"template", l_template},
  {"normalize", l_normalize},
  {"size", l_size},
  {"classify_values", l_classify_values},
  {NULL, NULL}
};

/* the functions that fill tables: field_keys as upvalues 2.. */
static const luaL_Reg core_keyed[] = {
  {"classify", l_classify},
  {"explain", l_explain},
  {"result", l_result},
  {"result_values", l_result_values},
  {NULL, NULL}
};


/* {======================================================================
** Constants
** ======================================================================= */

/* SMTP phase names, by sb_phase (SB_PHASE_UNKNOWN has none) */
static const char *const phase_names[SB_PHASE_MAX] = {
  [SB_PHASE_UNKNOWN] = NULL, [SB_PHASE_CONNECT] = "connect",
  [SB_PHASE_HELO] = "helo", [SB_PHASE_MAIL] = "mail",
  [SB_PHASE_RCPT] = "rcpt", [SB_PHASE_DATA] = "data",
  [SB_PHASE_EOD] = "eod"
};

/* the effective classes a rule may name (SB_CLASS_BIT) */
static const int rule_classes[] = { 0, 2, 3, 4, 5 };

/*
** The core's constants, for the rule compiler and the facade to use
** instead of repeating them:
**   CLAUSE         clause kind by name (sb_clause_kind): any, ordered, none
**   CLASS_BIT      CLASS_BIT[c]: the mask bit of effective class c
**   FLAGS          parser flag bit by name (SB_F_*: core.parse's flags)
**   PHASES         PHASES[i]: the name of SMTP phase i (sb_phase), 1..
**   MAX_AUTOMATON  the largest phrase automaton accepted, in bytes
**   FORWARD_CODE   the reply code whose forward path a result always
**                  carries (551, RFC 5321 3.4); smtpbounce.result adds
**                  the rules whose reason is hasmoved
*/
static void set_constants (lua_State *L) {
  int i;
  lua_createtable(L, 0, 3);
  lua_pushinteger(L, SB_ANY);  lua_setfield(L, -2, "any");
  lua_pushinteger(L, SB_ORDERED);  lua_setfield(L, -2, "ordered");
  lua_pushinteger(L, SB_NONEOF);  lua_setfield(L, -2, "none");
  lua_setfield(L, -2, "CLAUSE");
  lua_createtable(L, 5, 1);
  for (i = 0; i < (int)(sizeof rule_classes / sizeof rule_classes[0]); i++) {
    lua_pushinteger(L, (lua_Integer)SB_CLASS_BIT(rule_classes[i]));
    lua_rawseti(L, -2, rule_classes[i]);
  }
  lua_setfield(L, -2, "CLASS_BIT");
  lua_newtable(L);
  for (i = 0; flag_names[i].name; i++) {
    lua_pushinteger(L, (lua_Integer)flag_names[i].bit);
    lua_setfield(L, -2, flag_names[i].name);
  }
  lua_setfield(L, -2, "FLAGS");
  lua_createtable(L, SB_PHASE_MAX - 1, 0);
  for (i = SB_PHASE_UNKNOWN + 1; i < SB_PHASE_MAX; i++) {
    lua_pushstring(L, phase_names[i]);
    lua_rawseti(L, -2, i);
  }
  lua_setfield(L, -2, "PHASES");
  lua_pushinteger(L, (lua_Integer)SB_MAX_AUTOMATON);
  lua_setfield(L, -2, "MAX_AUTOMATON");
  lua_pushinteger(L, SB_FORWARD_CODE);
  lua_setfield(L, -2, "FORWARD_CODE");
}

/* }====================================================================== */


SB_EXPORT int luaopen_smtpbounce_core (lua_State *L);

SB_EXPORT int luaopen_smtpbounce_core (lua_State *L) {
  int i;
  luaL_newmetatable(L, RULESET);
  luaL_setfuncs(L, ruleset_m, 0);
  lua_pushliteral(L, "ruleset");
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 1);
  lua_createtable(L, 0, 16);
  luaL_getmetatable(L, RULESET);  /* upvalue 1 of every function */
  luaL_setfuncs(L, core_f, 1);
  luaL_getmetatable(L, RULESET);
  for (i = 0; field_keys[i] != NULL; i++) lua_pushstring(L, field_keys[i]);
  luaL_setfuncs(L, core_keyed, i + 1);
  lua_pushliteral(L, SMTPBOUNCE_VERSION);
  lua_setfield(L, -2, "_VERSION");
  set_constants(L);
  return 1;
}
