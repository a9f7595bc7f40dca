/*
** llogio.c -- Lua binding for reading mail logs: module smtpbounce.logio.
** Line reading and skipping for smtpbounce scan and the CLI, the
** Postfix delivery-line reader of sb_logline.c, and the CLI's reading
** of precompiled Lua chunks (file_stamp, load_bytecode).  Independent of the
** classifier (smtpbounce.core): nothing here touches a ruleset.
*/

#define _POSIX_C_SOURCE 200809L  /* fileno, isatty, open, st_mtim */

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"  /* LUA_FILEHANDLE in 5.1 and LuaJIT */

#include "compat.h"
#include "sb_logline.h"


/* {======================================================================
** Files
** ======================================================================= */

/* the open FILE * of the Lua file handle at 'i', else raise */
static FILE *check_file (lua_State *L, int i) {
  FILE *f = smtpbounce_openfile(luaL_checkudata(L, i, LUA_FILEHANDLE));
  if (f == NULL) luaL_argerror(L, i, "attempt to use a closed file");
  return f;
}

/*
** logio.readline(file) -> the next line without its "\n", NUL bytes
** kept, or nil at the end.  For pipes read line by line (a co-process
** must get each answer at once): Lua 5.1 and LuaJIT end a line read with
** io.lines at a NUL byte.
*/
static int l_readline (lua_State *L) {
  FILE *f = check_file(L, 1);
  luaL_Buffer b;
  int c, any = 0;
  luaL_buffinit(L, &b);
  while ((c = getc(f)) != EOF) {
    any = 1;
    if (c == '\n') break;
    luaL_addchar(&b, (char)c);
  }
  if (!any) {
    lua_pushnil(L);
    return 1;
  }
  luaL_pushresult(&b);
  return 1;
}

/*
** logio.isatty(file) -> whether the file handle is a terminal (whether
** scan draws a progress bar, or prints a summary by default)
*/
static int l_isatty (lua_State *L) {
  FILE *f = check_file(L, 1);
  lua_pushboolean(L, isatty(fileno(f)) == 1);
  return 1;
}

/*
** logio.write_failed(file) -> whether a write to the file handle failed
** since it was opened (ferror): with line buffering a failed line is
** lost at its write, and a later flush, with nothing left, succeeds
** (bin/smtpbounce checks standard output before it exits)
*/
static int l_write_failed (lua_State *L) {
  FILE *f = check_file(L, 1);
  lua_pushboolean(L, ferror(f) != 0);
  return 1;
}

/* }====================================================================== */


/* {======================================================================
** Lines passed over
** ======================================================================= */

static int is_alnum (unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* the mark, and the tables whose keys it is looked up in */
typedef struct Mark {
  const char *s;          /* the mark, NULL for none */
  size_t len;             /* its length */
  int t1, t2;             /* stack indices of the two tables */
} Mark;

/* does the line [b, e) end with the mark after a word that is a key of
   either table (words of more than 32 bytes never are) */
static int marked (lua_State *L, const char *b, const char *e, const Mark *m) {
  const char *w;
  int found;
  if (e > b && e[-1] == '\r') e--;
  if ((size_t)(e - b) < m->len || memcmp(e - m->len, m->s, m->len) != 0)
    return 0;
  e -= m->len;
  for (w = e; w > b && e - w <= 32 && is_alnum((unsigned char)w[-1]); w--) {}
  if (w == e || e - w > 32) return 0;
  lua_pushlstring(L, w, (size_t)(e - w));
  lua_pushvalue(L, -1);
  lua_rawget(L, m->t1);
  found = !lua_isnil(L, -1);
  lua_pop(L, 1);
  if (!found) {
    lua_rawget(L, m->t2);
    found = !lua_isnil(L, -1);
  }
  lua_pop(L, 1);
  return found;
}

/*
** logio.skiplines(s, i, j, max [, mark, t1, t2]) -> n, k, e: how many
** lines end ("\n") in s[i..j], counted from i and stopping before a line
** of more than 'max' bytes; k is the position after the last one counted
** (i when none), and e that of the first "\n" from k on, anywhere in s
** (nil when none): the end of the line scan reads next.  scan passes over
** runs of lines it has no use for with it.
**   With 'mark' (a string) and the tables t1 and t2, it also stops before
** a line that ends with 'mark' (and perhaps "\r") after a word of letters
** and digits that is a key of either table: Postfix's "QID: removed" for
** a queue id scan follows.
*/
static int l_skiplines (lua_State *L) {
  size_t len, p, end;
  const char *s = luaL_checklstring(L, 1, &len), *nl;
  lua_Integer i = luaL_checkinteger(L, 2), j = luaL_checkinteger(L, 3);
  lua_Integer max = luaL_checkinteger(L, 4), n = 0;
  Mark m;
  m.s = NULL;  m.len = 0;  m.t1 = 6;  m.t2 = 7;
  if (!lua_isnoneornil(L, 5)) {
    m.s = luaL_checklstring(L, 5, &m.len);
    luaL_checktype(L, 6, LUA_TTABLE);
    luaL_checktype(L, 7, LUA_TTABLE);
    if (m.len == 0) m.s = NULL;
  }
  if (i < 1) i = 1;
  if (j > (lua_Integer)len) j = (lua_Integer)len;
  p = (size_t)i - 1;
  end = j >= i ? (size_t)j : p;
  while (p < end && (nl = (const char *)memchr(s + p, '\n', end - p)) != NULL
         && (lua_Integer)(nl - (s + p)) <= max) {
    if (m.s && marked(L, s + p, nl, &m)) break;
    p = (size_t)(nl - s) + 1;
    n++;
  }
  lua_pushinteger(L, n);
  lua_pushinteger(L, (lua_Integer)p + 1);
  nl = p < len ? (const char *)memchr(s + p, '\n', len - p) : NULL;
  if (nl) lua_pushinteger(L, (lua_Integer)(nl - s) + 1);
  else lua_pushnil(L);
  return 3;
}

/* }====================================================================== */


/* {======================================================================
** Postfix delivery lines
** ======================================================================= */

/*
** Field names of postfix_line's table, kept as upvalues of the function
** so that filling the table never hashes a C string.
*/
static const char *const pf_keys[] = {
  "plain", "time", "stamp", "rest", "program", "queue_id", "recipient",
  "domain", "relay", "relay_ip", "dsn", "status", "text_pos", NULL
};
enum { P_PLAIN = 1, P_TIME, P_STAMP, P_REST, P_PROGRAM, P_QUEUE_ID,
       P_RECIPIENT, P_DOMAIN, P_RELAY, P_RELAY_IP, P_DSN, P_STATUS,
       P_TEXT_POS, P_NKEYS = P_TEXT_POS };

/* the line being read and the table being filled */
typedef struct PfOut {
  lua_State *L;
  const char *s;          /* the line */
  int t;                  /* stack index of the table */
  int fresh;              /* the table is new: absent fields are skipped */
} PfOut;

/* t[key] = the span's text, or nil when 'has' is 0 */
static void put_span (const PfOut *o, int key, int has, sb_span sp) {
  if (!has && o->fresh) return;
  lua_pushvalue(o->L, lua_upvalueindex(key));
  if (has) lua_pushlstring(o->L, o->s + sp.off, sp.len);
  else lua_pushnil(o->L);
  lua_rawset(o->L, o->t);
}

/*
** logio.postfix_line(s [, into]) -> a table of the line's fields, or nil
** when the line is not in the layout Postfix writes (sb_logline.h); with
** 'into', that table is filled (every field below replaced, nil where
** absent) and returned.  The fields, those of smtpbounce.log.postfix's
** 'fast' LPeg pattern, which defines them:
**   plain      true when the line is printable ASCII without '"' or '\\'
**              (nothing in it needs escaping in JSON), else false
**   time       the RFC 3339 stamp, or nil (a syslog stamp)
**   stamp      a syslog stamp: its minute ("Nov 28 01:02") when in fixed
**              columns, else the whole stamp; nil for RFC 3339
**   rest       fixed columns: the rest of the stamp (":03[.fraction]")
**   program    the program name ("postfix/smtp")
**   queue_id   the queue id
**   recipient  the recipient, without its "<>"
**   domain     what follows its last "@" as written, or nil when none
**   relay      the relay host, or the relay= value when it is not
**              host[ip] ("none")
**   relay_ip   the address inside the relay's "[]", or nil
**   dsn        the dsn= value
**   status     the status= word (sent, deferred, bounced, ...)
**   text_pos   the position of the status text (after " (", 1-based)
*/
static int l_postfix_line (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  sb_pfline f;
  PfOut o;
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  if (!smtpbounce_postfix_line(s, len, &f)) {
    lua_pushnil(L);
    return 1;
  }
  o.L = L;  o.s = s;  o.fresh = lua_isnil(L, 2);
  if (o.fresh) lua_createtable(L, 0, P_NKEYS);
  else lua_pushvalue(L, 2);
  o.t = lua_gettop(L);
  lua_pushvalue(L, lua_upvalueindex(P_PLAIN));
  lua_pushboolean(L, f.plain);
  lua_rawset(L, o.t);
  put_span(&o, P_TIME, f.header == SB_PF_RFC3339, f.time);
  put_span(&o, P_STAMP, f.header != SB_PF_RFC3339, f.time);
  put_span(&o, P_REST, f.header == SB_PF_FIXED, f.rest);
  put_span(&o, P_PROGRAM, 1, f.prog);
  put_span(&o, P_QUEUE_ID, 1, f.qid);
  put_span(&o, P_RECIPIENT, 1, f.rcpt);
  put_span(&o, P_DOMAIN, f.has_rdomain, f.rdomain);
  put_span(&o, P_RELAY, 1, f.relay);
  put_span(&o, P_RELAY_IP, f.has_ip, f.relay_ip);
  put_span(&o, P_DSN, 1, f.dsn);
  put_span(&o, P_STATUS, 1, f.status);
  lua_pushvalue(L, lua_upvalueindex(P_TEXT_POS));
  lua_pushinteger(L, (lua_Integer)f.tpos + 1);
  lua_rawset(L, o.t);
  return 1;
}

/* a field that may be absent: its text, or false */
static void push_opt (lua_State *L, const char *s, int has, sb_span sp) {
  if (has) lua_pushlstring(L, s + sp.off, sp.len);
  else lua_pushboolean(L, 0);
}

/*
** logio.postfix_values(s) -> plain, time, stamp, rest, program, queue_id,
**   recipient, domain, relay, relay_ip, dsn, status, text_pos; or nothing
**   when the line is not in the layout.
** The fast path of smtpbounce.log.postfix, which reads every Postfix
** delivery line with it: postfix_line's fields as values, in that order,
** false where postfix_line has nil (as the 'fast' pattern gives them).
** Kept positional because a table costs what it saves: 13 fields set here
** and read back in Lua are about 2,700 more instructions a delivery line
** (+5% a line of `scan --json` over a Postfix log, tools/instructions.sh),
** even with one table refilled and its keys kept as upvalues.
*/
static int l_postfix_values (lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  sb_pfline f;
  if (!smtpbounce_postfix_line(s, len, &f)) return 0;
  luaL_checkstack(L, 13, NULL);
  lua_pushboolean(L, f.plain);
  push_opt(L, s, f.header == SB_PF_RFC3339, f.time);
  push_opt(L, s, f.header != SB_PF_RFC3339, f.time);
  push_opt(L, s, f.header == SB_PF_FIXED, f.rest);
  lua_pushlstring(L, s + f.prog.off, f.prog.len);
  lua_pushlstring(L, s + f.qid.off, f.qid.len);
  lua_pushlstring(L, s + f.rcpt.off, f.rcpt.len);
  push_opt(L, s, f.has_rdomain, f.rdomain);
  lua_pushlstring(L, s + f.relay.off, f.relay.len);
  push_opt(L, s, f.has_ip, f.relay_ip);
  lua_pushlstring(L, s + f.dsn.off, f.dsn.len);
  lua_pushlstring(L, s + f.status.off, f.status.len);
  lua_pushinteger(L, (lua_Integer)f.tpos + 1);
  return 13;
}

/* }====================================================================== */


/* {======================================================================
** Precompiled chunks (the CLI's start-up; `make` writes them)
** ======================================================================= */

/* the first line of a precompiled chunk: this tag, the interpreter
   ('ident'), the source's stamp; then the bytes of string.dump */
#define BC_TAG  "smtpbounce-bytecode"
/* a stamp: "size mtime-seconds mtime-nanoseconds inode" */
#define STAMP_MAX  96

/* the stamp of the file 'path' into 'buf'; 0 when it cannot be read */
static int stamp_of (const char *path, char *buf, size_t n) {
  struct stat sb;
  if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) return 0;
  snprintf(buf, n, "%lld %lld %ld %llu", (long long)sb.st_size,
           (long long)sb.st_mtim.tv_sec, (long)sb.st_mtim.tv_nsec,
           (unsigned long long)sb.st_ino);
  return 1;
}

/*
** logio.file_stamp(path) -> the file's size, modification time (to the
** nanosecond) and inode as one string, or nil when it is no regular file
** that can be reached.  Any change of the file's bytes changes it.
*/
static int l_file_stamp (lua_State *L) {
  char buf[STAMP_MAX];
  if (!stamp_of(luaL_checkstring(L, 1), buf, sizeof buf)) lua_pushnil(L);
  else lua_pushstring(L, buf);
  return 1;
}

typedef struct Chunk {
  const char *p;  /* the bytes not yet given to lua_load */
  size_t n;       /* their length */
} Chunk;

static const char *chunk_reader (lua_State *L, void *ud, size_t *size) {
  Chunk *c = (Chunk *)ud;
  (void)L;
  *size = c->n;
  c->n = 0;
  return *size > 0 ? c->p : NULL;
}

/* the whole file 'fd' (a regular file) in a new userdata on the stack,
   its length in *n; 0 when it cannot be read */
static int read_all (lua_State *L, int fd, size_t *n) {
  struct stat sb;
  char *p;
  size_t got = 0;
  if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size <= 0) return 0;
  *n = (size_t)sb.st_size;
  p = (char *)lua_newuserdatauv(L, *n, 0);
  while (got < *n) {
    ssize_t k = read(fd, p + got, *n - got);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return 0;
    got += (size_t)k;
  }
  return 1;
}

/*
** logio.load_bytecode(source, bytecode, ident) -> the chunk of the file
** 'bytecode', when its first line names the interpreter 'ident' and the
** stamp (file_stamp) the file 'source' has now, and the rest is a
** binary chunk that loads; else nil (the caller reads the source).  So
** a precompiled chunk is used only while its source is the one it was
** made from, by the interpreter that made it.
*/
static int l_load_bytecode (lua_State *L) {
  const char *src = luaL_checkstring(L, 1);
  const char *bc = luaL_checkstring(L, 2);
  const char *ident = luaL_checkstring(L, 3);
  char stamp[STAMP_MAX], line[sizeof BC_TAG + STAMP_MAX + 256];
  size_t n = 0;
  const char *p, *nl;
  Chunk c;
  int fd, ok;
  if (!stamp_of(src, stamp, sizeof stamp)) return 0;
  if ((size_t)snprintf(line, sizeof line, "%s %s %s\n", BC_TAG, ident, stamp)
      >= sizeof line) return 0;
  fd = open(bc, O_RDONLY | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return 0;
  ok = read_all(L, fd, &n);
  close(fd);
  if (!ok) return 0;
  p = (const char *)lua_touserdata(L, -1);
  nl = (const char *)memchr(p, '\n', n);
  if (nl == NULL || (size_t)(nl + 1 - p) != strlen(line)
      || memcmp(p, line, (size_t)(nl + 1 - p)) != 0) return 0;
  c.p = nl + 1;
  c.n = n - (size_t)(nl + 1 - p);
  if (c.n == 0 || c.p[0] != LUA_SIGNATURE[0]) return 0;  /* binary only */
  lua_pushfstring(L, "@%s", src);
  if (lua_load(L, chunk_reader, &c, lua_tostring(L, -1)
#if LUA_VERSION_NUM >= 502
               , "b"
#endif
               ) != 0) return 0;
  return 1;
}

/* }====================================================================== */


static const luaL_Reg logio_f[] = {
  {"readline", l_readline},
  {"isatty", l_isatty},
  {"write_failed", l_write_failed},
  {"skiplines", l_skiplines},
  {"postfix_values", l_postfix_values},
  {"file_stamp", l_file_stamp},
  {"load_bytecode", l_load_bytecode},
  {NULL, NULL}
};

SB_EXPORT int luaopen_smtpbounce_logio (lua_State *L);

SB_EXPORT int luaopen_smtpbounce_logio (lua_State *L) {
  int i;
  lua_createtable(L, 0, 6);
  luaL_setfuncs(L, logio_f, 0);
  for (i = 0; pf_keys[i] != NULL; i++) lua_pushstring(L, pf_keys[i]);
  lua_pushcclosure(L, l_postfix_line, i);
  lua_setfield(L, -2, "postfix_line");
  lua_pushliteral(L, SMTPBOUNCE_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
