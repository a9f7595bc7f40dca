/*
** compat.h -- what the bindings (l*.c) share: the Lua 5.4 API they use,
** shimmed down to 5.1, 5.2, 5.3 and LuaJIT 2.1, and the export attribute
** of their luaopen_* functions.  Shims are renamed (smtpbounce_*) so that
** they never collide with a function an interpreter already exports:
** LuaJIT 2.1 reports 5.1 but has some 5.2 functions of its own.
*/

#ifndef SMTPBOUNCE_COMPAT_H
#define SMTPBOUNCE_COMPAT_H

#include <stdio.h>

#include "lua.h"
#include "lauxlib.h"

/* only luaopen_* leaves a module (the Makefile hides the rest) */
#if defined(__GNUC__)
#define SB_EXPORT  __attribute__((visibility("default")))
#else
#define SB_EXPORT
#endif

#if LUA_VERSION_NUM < 502

#define lua_rawlen(L, i)  lua_objlen(L, (i))

#define luaL_setfuncs smtpbounce_setfuncs
static inline void luaL_setfuncs (lua_State *L, const luaL_Reg *l, int nup) {
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
static inline void luaL_setmetatable (lua_State *L, const char *tname) {
  luaL_getmetatable(L, tname);
  lua_setmetatable(L, -2);
}

#endif

#if LUA_VERSION_NUM < 504
#define lua_newuserdatauv(L, sz, nuv)  lua_newuserdata(L, (sz))
#endif

/*
** The FILE * of the Lua file handle 'p' (a LUA_FILEHANDLE userdata), or
** NULL once it is closed.  Every version's handle starts with its FILE *;
** 5.1 and LuaJIT set it to NULL on close, 5.2 and later keep it (freed)
** and set the handle's close function to NULL instead.
*/
#if LUA_VERSION_NUM >= 502
#define smtpbounce_openfile(p)  \
  (((luaL_Stream *)(p))->closef != NULL ? ((luaL_Stream *)(p))->f : NULL)
#else
#define smtpbounce_openfile(p)  (*(FILE **)(p))
#endif

#endif
