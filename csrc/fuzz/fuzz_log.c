/*
** fuzz_log.c -- libFuzzer target for the mail-log grammars (smtpbounce.log,
** LPeg in Lua) and for `smtpbounce scan` (smtpbounce.scan): a Lua 5.4
** state with LPeg and this tree's modules runs csrc/fuzz/fuzz_log.lua on
** every input, which treats the bytes as a log file and checks what the
** grammars and the scanner make of it.  A Lua error escaping, or a check
** that fails there, prints its message and aborts, so that libFuzzer saves
** the input.
**
** Coverage: Debian's Lua and LPeg carry no instrumentation, so the Lua
** side gives libFuzzer a signal of its own, through 8-bit counters in the
** "__libfuzzer_extra_counters" section (which libFuzzer reads as features
** and clears before each input):
**   - a line hook hashes (chunk, line) and (previous line, line) pairs:
**     which lines of the grammars, the scanner and the driver ran, and in
**     what order;
**   - fuzz.feature(s) from the driver hashes a short description of what
**     a grammar matched (which fields, which kind of status text), since
**     what LPeg does inside one match call is invisible to the hook.
** The C modules (smtpbounce.core, which scan classifies with, and
** smtpbounce.logio, which it reads lines with) are loaded from
** build/fuzz/lua, built with the fuzzer's own instrumentation and
** sanitizers.
*/

#define _GNU_SOURCE         /* fdopen, F_SETPIPE_SZ */

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* this tree's root (the Makefile passes it) */
#if !defined(FUZZ_ROOT)
#define FUZZ_ROOT  "."
#endif

/* where the instrumented smtpbounce/core.so and logio.so are */
#if !defined(FUZZ_CPATH)
#define FUZZ_CPATH  FUZZ_ROOT "/build/fuzz/lua"
#endif

/* counters for the line hook, and as many for the driver's features */
#define NLINES     (1 << 16)
#define NFEATURES  (1 << 14)

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

__attribute__((used, section("__libfuzzer_extra_counters")))
static uint8_t counters[NLINES + NFEATURES];

static lua_State *L;
static int driver_ref = LUA_NOREF;    /* the function fuzz_log.lua returns */


/* {======================================================================
** Coverage from Lua
** ======================================================================= */

static uint32_t fnv (const char *s, size_t n) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  return h;
}

static void bump (size_t i) {
  if (counters[i] != 255) counters[i]++;   /* saturate, never wrap to 0 */
}

static const char *hook_src;    /* last chunk name seen, and its hash */
static uint32_t hook_src_hash;
static uint32_t hook_prev;      /* previous line's hash */

/*
** Line events: the chunk name is a string the chunk's prototypes share for
** as long as the module is loaded, so its hash is kept per pointer; the
** hash of the name (not the pointer) keeps indices the same from one
** process to the next.
*/
static void line_hook (lua_State *l, lua_Debug *ar) {
  uint32_t h;
  if (!lua_getinfo(l, "S", ar)) return;
  if (ar->source != hook_src) {
    hook_src = ar->source;
    hook_src_hash = fnv(ar->source, strlen(ar->source));
  }
  h = (hook_src_hash ^ ((uint32_t)ar->currentline * 2654435761u)) * 16777619u;
  bump(h % NLINES);
  bump((h ^ (hook_prev >> 1)) % NLINES);
  hook_prev = h;
}

/* fuzz.feature(s): one counter for the string s */
static int l_feature (lua_State *l) {
  size_t n;
  const char *s = luaL_checklstring(l, 1, &n);
  bump(NLINES + fnv(s, n) % NFEATURES);
  return 0;
}

/* }====================================================================== */


/* {======================================================================
** A pipe holding a string, as a Lua file handle (scan reads pipes line by
** line with logio.readline, files in blocks; a pipe cannot seek, which is
** how scan tells them apart)
** ======================================================================= */

static int pipe_close (lua_State *l) {
  luaL_Stream *p = (luaL_Stream *)luaL_checkudata(l, 1, LUA_FILEHANDLE);
  return luaL_fileresult(l, fclose(p->f) == 0, NULL);
}

/*
** fuzz.pipe(s): a file handle reading s from a pipe, or nil when s does
** not fit into the pipe's buffer (then no one would read the other end).
*/
static int l_pipe (lua_State *l) {
  size_t n, done = 0;
  const char *s = luaL_checklstring(l, 1, &n);
  luaL_Stream *p;
  int fd[2];
  if (pipe(fd) != 0) return luaL_error(l, "pipe: %s", strerror(errno));
  if (n >= 65536) (void)fcntl(fd[1], F_SETPIPE_SZ, 1 << 20);
  (void)fcntl(fd[1], F_SETFL, O_NONBLOCK);
  while (done < n) {
    ssize_t w = write(fd[1], s + done, n - done);
    if (w <= 0) break;
    done += (size_t)w;
  }
  close(fd[1]);
  if (done < n) {
    close(fd[0]);
    lua_pushnil(l);
    return 1;
  }
  p = (luaL_Stream *)lua_newuserdatauv(l, sizeof(luaL_Stream), 0);
  p->closef = NULL;               /* not open yet, for __gc */
  luaL_setmetatable(l, LUA_FILEHANDLE);
  p->f = fdopen(fd[0], "rb");
  if (p->f == NULL) {
    close(fd[0]);
    return luaL_error(l, "fdopen: %s", strerror(errno));
  }
  p->closef = pipe_close;
  return 1;
}

/* }====================================================================== */


static int traceback (lua_State *l) {
  const char *msg = lua_tostring(l, 1);
  luaL_traceback(l, l, msg ? msg : "(error object is not a string)", 1);
  return 1;
}

static void fail (const char *what) {
  fprintf(stderr, "fuzz_log: %s\n", what);
  abort();
}

int LLVMFuzzerInitialize (int *argc, char ***argv) {
  static const luaL_Reg funcs[] = {
    {"feature", l_feature},
    {"pipe", l_pipe},
    {NULL, NULL}
  };
  (void)argc; (void)argv;
  L = luaL_newstate();
  if (L == NULL) fail("cannot create a Lua state");
  luaL_openlibs(L);
  lua_pushcfunction(L, traceback);
  /* this tree's modules first; LPeg and lua-cjson from the system */
  if (luaL_dostring(L,
        "package.path = '" FUZZ_ROOT "/lua/?.lua;" FUZZ_ROOT "/lua/?/init.lua;'"
        " .. package.path\n"
        "package.cpath = '" FUZZ_CPATH "/?.so;' .. package.cpath\n"
        "return loadfile('" FUZZ_ROOT "/csrc/fuzz/fuzz_log.lua')") != LUA_OK
      || lua_isnil(L, -1))
    fail(lua_tostring(L, -1) ? lua_tostring(L, -1) : "cannot load fuzz_log.lua");
  luaL_newlib(L, funcs);
  if (lua_pcall(L, 1, 1, 1) != LUA_OK) fail(lua_tostring(L, -1));
  if (!lua_isfunction(L, -1)) fail("fuzz_log.lua returns no function");
  driver_ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_sethook(L, line_hook, LUA_MASKLINE, 0);
  return 0;
}

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size) {
  lua_settop(L, 1);                        /* the traceback handler */
  hook_prev = 0;
  lua_rawgeti(L, LUA_REGISTRYINDEX, driver_ref);
  lua_pushlstring(L, (const char *)data, size);
  /* the input's hash: picks a run's variations (line limit, read sizes) */
  lua_pushinteger(L, (lua_Integer)fnv((const char *)data, size));
  if (lua_pcall(L, 2, 0, 1) != LUA_OK) fail(lua_tostring(L, -1));
  return 0;
}
