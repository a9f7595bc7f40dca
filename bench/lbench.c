/*
** lbench.c -- module smtpbounce.bench (built by `make bench` only): loops
** in C over a list of replies, so the C core is timed without the Lua
** call in between.  Each function returns seconds of CLOCK_MONOTONIC and
** a checksum (so the work cannot be optimised away).
*/

#define _POSIX_C_SOURCE 200809L

#include <string.h>
#include <time.h>

#include "lua.h"
#include "lauxlib.h"

#include "compat.h"
#include "lruleset.h"
#include "smtpbounce.h"

#define MAXR 100000

typedef struct List {
  const char *s[MAXR];
  size_t len[MAXR];
  int n;
} List;

static double now (void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* the strings of the list at 'idx' (they stay referenced by it) */
static List *get_list (lua_State *L, int idx) {
  List *l = (List *)lua_newuserdata(L, sizeof(List));
  int i;
  luaL_checktype(L, idx, LUA_TTABLE);
  l->n = (int)lua_rawlen(L, idx);
  if (l->n > MAXR) l->n = MAXR;
  for (i = 0; i < l->n; i++) {
    lua_rawgeti(L, idx, i + 1);
    l->s[i] = luaL_checklstring(L, -1, &l->len[i]);
    lua_pop(L, 1);
  }
  return l;
}

/* bench.floor(list, rounds): read every byte once (a byte sum) */
static int b_floor (lua_State *L) {
  List *l = get_list(L, 1);
  long rounds = (long)luaL_checkinteger(L, 2), k;
  unsigned long sum = 0;
  double t = now();
  int i;
  size_t j;
  for (k = 0; k < rounds; k++)
    for (i = 0; i < l->n; i++)
      for (j = 0; j < l->len[i]; j++) sum += (unsigned char)l->s[i][j];
  lua_pushnumber(L, now() - t);
  lua_pushinteger(L, (lua_Integer)(sum & 0xFFFFFF));
  return 2;
}

/* bench.parse(list, rounds) */
static int b_parse (lua_State *L) {
  List *l = get_list(L, 1);
  long rounds = (long)luaL_checkinteger(L, 2), k;
  unsigned long sum = 0;
  sb_reply r;
  double t = now();
  int i;
  for (k = 0; k < rounds; k++)
    for (i = 0; i < l->n; i++) {
      smtpbounce_parse(l->s[i], l->len[i], &r);
      sum += (unsigned long)r.code + r.text_len;
    }
  lua_pushnumber(L, now() - t);
  lua_pushinteger(L, (lua_Integer)(sum & 0xFFFFFF));
  return 2;
}

/*
** bench.classify(list, rounds, ruleset): a ruleset compiled by
** smtpbounce.core (a classifier's .rs), driven here through its C
** ruleset and scratch (lruleset.h)
*/
static int b_classify (lua_State *L) {
  List *l = get_list(L, 1);
  long rounds = (long)luaL_checkinteger(L, 2), k;
  const LRuleset *lr = (const LRuleset *)luaL_checkudata(L, 3, SMTPBOUNCE_RULESET);
  const sb_ruleset *rs = lr->rs;
  sb_scratch *sc = lr->sc;
  unsigned long sum = 0;
  sb_reply r;
  sb_decision d;
  double t;
  int i;
  size_t tlen, maxlen = 0;
  char *buf;
  luaL_argcheck(L, rs != NULL && sc != NULL, 3, "ruleset already freed");
  for (i = 0; i < l->n; i++) if (l->len[i] > maxlen) maxlen = l->len[i];
  buf = (char *)lua_newuserdata(L, maxlen + 1);  /* the caller's buffer */
  t = now();
  for (k = 0; k < rounds; k++)
    for (i = 0; i < l->n; i++) {
      smtpbounce_parse_head(l->s[i], l->len[i], &r);
      tlen = smtpbounce_text(l->s[i], l->len[i], &r, buf);
      smtpbounce_classify_buffer(rs, sc, l->s[i], l->len[i], &r, buf, tlen,
                                 NULL, NULL, NULL, &d);
      sum += d.rule;
    }
  lua_pushnumber(L, now() - t);
  lua_pushinteger(L, (lua_Integer)(sum & 0xFFFFFF));
  return 2;
}

/* bench.now() -> seconds of CLOCK_MONOTONIC */
static int b_now (lua_State *L) {
  lua_pushnumber(L, now());
  return 1;
}

static const luaL_Reg funcs[] = {
  {"floor", b_floor}, {"parse", b_parse}, {"classify", b_classify},
  {"now", b_now},
  {NULL, NULL}
};

SB_EXPORT int luaopen_smtpbounce_bench (lua_State *L);

SB_EXPORT int luaopen_smtpbounce_bench (lua_State *L) {
  int i;
  lua_createtable(L, 0, 3);
  for (i = 0; funcs[i].name; i++) {
    lua_pushcfunction(L, funcs[i].func);
    lua_setfield(L, -2, funcs[i].name);
  }
  return 1;
}
