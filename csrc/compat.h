/*
** compat.h -- the Lua 5.4 API used by lsmtpbounce.c, shimmed down to 5.1,
** 5.2, 5.3 and LuaJIT 2.1.  Shims are renamed (smtpbounce_*) so that they
** never collide with a function an interpreter already exports: LuaJIT
** 2.1 reports 5.1 but has some 5.2 functions of its own.
*/

#ifndef SMTPBOUNCE_COMPAT_H
#define SMTPBOUNCE_COMPAT_H

#include "lua.h"
#include "lauxlib.h"

#if LUA_VERSION_NUM < 502

#define lua_rawlen(L, i)  lua_objlen(L, (i))

#define luaL_setfuncs smtpbounce_setfuncs
static void luaL_setfuncs (lua_State *L, const luaL_Reg *l, int nup) {
  luaL_checkstack(L, nup + 1, "too many upvalues");
  for (; l->name != NULL; l++) {
    int i;
    for (i = 0; i < nup; i++) lua_pushvalue(L, -nup);
    lua_pushcclosure(L, l->func, nup);
    lua_setfield(L, -(nup + 2), l->name);
  }
  lua_pop(L, nup);
}

#define luaL_setmetatable smtpbounce_setmetatable
static void luaL_setmetatable (lua_State *L, const char *tname) {
  luaL_getmetatable(L, tname);
  lua_setmetatable(L, -2);
}

#endif

#if LUA_VERSION_NUM < 504
#define lua_newuserdatauv(L, sz, nuv)  lua_newuserdata(L, (sz))
#endif

#endif
