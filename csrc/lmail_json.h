/*
** lmail_json.h -- the JSON of records for lmail.c (included once, where
** it stood there): `mail --json` lines written into the state's buffer
** (jb_*), the fields and keys of a record read once and cached (jr_*),
** and mailreader.json_record and json_string.
*/

#ifndef LMAIL_JSON_H
#define LMAIL_JSON_H

/* {======================================================================
** JSON of records (smtpbounce.mailbox's `mail --json` lines)
** ======================================================================= */

/* st->jb grown to hold 'more' bytes after its text (the memory is the
   state's: an error here leaks nothing) */
static void jb_grow (lua_State *L, State *st, size_t more) {
  size_t cap = st->jcap ? st->jcap : 1024;
  char *p;
  while (cap - st->jlen < more) {
    if (cap > ((size_t)-1) / 4) luaL_error(L, "not enough memory");
    cap *= 2;
  }
  p = (char *)realloc(st->jb, cap);
  if (p == NULL) luaL_error(L, "not enough memory");
  st->jb = p;
  st->jcap = cap;
}

/* room for 'more' bytes after the text in st->jb (mostly there already) */
#define jb_need(L, st, more) \
  do { if ((st)->jcap - (st)->jlen < (more)) jb_grow(L, st, more); } while (0)

static void jb_add (lua_State *L, State *st, const char *s, size_t n) {
  jb_need(L, st, n);
  memcpy(st->jb + st->jlen, s, n);
  st->jlen += n;
}

/* length of the valid UTF-8 sequence at s[i] (of n bytes), or 0: the
   reading of smtpbounce.json's utf8_clean */
static size_t utf8_seq (const unsigned char *s, size_t i, size_t n) {
  unsigned c = s[i], d;
  size_t len = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2
             : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
  size_t k;
  if (len <= 1) return len;
  if (i + len > n) return 0;
  for (k = 1; k < len; k++)
    if (s[i + k] < 0x80 || s[i + k] > 0xBF) return 0;
  d = s[i + 1];
  if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F)
      || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F)) return 0;
  return len;
}

/* 1 when none of the 8 bytes at s needs a look: each printable ASCII
   but '"' and '\\' (each test below tells exactly whether some byte is
   below 0x20, above 0x7e, '"', '\\') */
static int plain8 (const unsigned char *s) {
  const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
  uint64_t v, q, b;
  memcpy(&v, s, 8);
  q = v ^ (ones * '"');
  b = v ^ (ones * '\\');
  return ((((v - ones * 0x20) & ~v) | ((v + ones) | v)
           | ((q - ones) & ~q) | ((b - ones) & ~b)) & high) == 0;
}

/*
** The JSON string of s[0..n) appended: smtpbounce.json.string's bytes
** (lua-cjson's escapes: '"', '\\', \b \t \n \f \r, other bytes below
** 32 and 127 as \u00xx; '/' left alone; a byte that starts no valid
** UTF-8 sequence replaced by U+FFFD).
*/
static void jb_string (lua_State *L, State *st, const char *p, size_t n) {
  static const char hex[] = "0123456789abcdef";
  const unsigned char *s = (const unsigned char *)p;
  size_t i = 0;
  char *o;
  if (n > ((size_t)-1) / 8) luaL_error(L, "not enough memory");
  jb_need(L, st, 6 * n + 2);  /* at most 6 bytes a byte ("\u001f") */
  o = st->jb + st->jlen;
  *o++ = '"';
  while (i < n) {
    unsigned c;
    size_t len;
    for (; n - i >= 8 && plain8(s + i); i += 8, o += 8)  /* (8 bytes a
                                                             store: room) */
      memcpy(o, s + i, 8);
    while (i < n && st->plain[s[i]]) *o++ = (char)s[i++];  /* printable
                                            ASCII but '"' and '\\' */
    if (i == n) break;
    c = s[i];
    if (c < 0x80) {
      *o++ = '\\';
      switch (c) {
        case '"': *o++ = '"'; break;
        case '\\': *o++ = '\\'; break;
        case '\b': *o++ = 'b'; break;
        case '\t': *o++ = 't'; break;
        case '\n': *o++ = 'n'; break;
        case '\f': *o++ = 'f'; break;
        case '\r': *o++ = 'r'; break;
        default:
          *o++ = 'u'; *o++ = '0'; *o++ = '0';
          *o++ = hex[c >> 4]; *o++ = hex[c & 15];
      }
      i++;
      continue;
    }
    len = utf8_seq(s, i, n);
    if (len == 0) {
      memcpy(o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    } else {
      memcpy(o, s + i, len);
      o += len;
      i += len;
    }
  }
  *o++ = '"';
  st->jlen = (size_t)(o - st->jb);
}

/* the decimal digits of x (a whole number, |x| < 1e14) appended: what
   "%lld" writes */
static void jb_integer (lua_State *L, State *st, long long x) {
  char num[24], *p = num + sizeof num;
  unsigned long long u = x < 0 ? (unsigned long long)-x : (unsigned long long)x;
  do *--p = (char)('0' + u % 10); while ((u /= 10) > 0);
  if (x < 0) *--p = '-';
  jb_add(L, st, p, (size_t)(num + sizeof num - p));
}

/*
** The value on the top of the stack (popped) as the member of key 'k'
** (the field name at index 'ki'; its JSON text ',"k":' at index 'kt'
** when kt is not 0): a string, a whole number below 1e14 but 0, or an
** empty table without a metatable (but for "headers": "[]"), written
** here; anything else by fallback(k, v) (index 'fb'), which gives its
** JSON text.
*/
static void jb_member (lua_State *L, State *st, int ki, int kt, int fb) {
  size_t n;
  int vi = lua_gettop(L), t = lua_type(L, vi);
  if (kt != 0) {
    const char *k = lua_tolstring(L, kt, &n);
    jb_add(L, st, k, n);
  } else {
    const char *k = lua_tolstring(L, ki, &n);
    jb_add(L, st, ",", 1);
    jb_string(L, st, k, n);
    jb_add(L, st, ":", 1);
  }
  if (t == LUA_TSTRING) {
    const char *v = lua_tolstring(L, vi, &n);
    jb_string(L, st, v, n);
  } else {
    lua_Number x = t == LUA_TNUMBER ? lua_tonumber(L, vi) : 0;
    if (x != 0 && x > -1e14 && x < 1e14 && x == (lua_Number)(long long)x) {
      jb_integer(L, st, (long long)x);
    } else if (t == LUA_TTABLE && !lua_getmetatable(L, vi)
               && (lua_pushnil(L), !lua_next(L, vi))
               && strcmp(lua_tostring(L, ki), "headers") != 0) {
      jb_add(L, st, "[]", 2);
    } else {
      lua_settop(L, vi);  /* (what the tests above left) */
      lua_pushvalue(L, fb);
      lua_pushvalue(L, ki);
      lua_pushvalue(L, vi);
      lua_call(L, 2, 1);
      if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "fallback gave no string");
      {
        const char *v = lua_tolstring(L, -1, &n);
        jb_add(L, st, v, n);
      }
    }
  }
  lua_settop(L, ki);
}

/* a name's slot in JrCache.slot_p, from its string's address */
#define JR_HASH(p)  ((unsigned)(((size_t)(p) >> 3) * 2654435761u) % JR_SLOTS)

/* the cache for 'fields' (3) and 'keys' (6), read anew when they are not
   the tables it was read from; NULL when they have too many fields */
static JrCache *jr_cache (lua_State *L, State *st, size_t nf) {
  JrCache *c = st->jr;
  int i;
  if (c != NULL && lua_rawequal(L, 3, lua_upvalueindex(2))
      && lua_rawequal(L, 6, lua_upvalueindex(3)))
    return c;
  if (nf > JR_MAX || (size_t)lua_rawlen(L, 6) < nf) return NULL;
  if (c == NULL) {
    if ((c = (JrCache *)malloc(sizeof *c)) == NULL) {
      luaL_error(L, "not enough memory");
      return NULL;
    }
    st->jr = c;
  }
  lua_pushnil(L);  /* (the old tables let go first: c is being rewritten) */
  lua_replace(L, lua_upvalueindex(2));
  memset(c->slot_p, 0, sizeof c->slot_p);
  c->nf = (int)nf;
  for (i = 0; i < (int)nf; i++) {
    unsigned h;
    lua_rawgeti(L, 3, i + 1);
    lua_rawgeti(L, 6, i + 1);
    if (lua_type(L, -2) != LUA_TSTRING) luaL_error(L, "field names must be strings");
    if (lua_type(L, -1) != LUA_TSTRING) luaL_error(L, "keys must be strings");
    c->name[i] = lua_tolstring(L, -2, &c->name_len[i]);
    c->key[i] = lua_tolstring(L, -1, &c->key_len[i]);
    lua_pop(L, 2);
    for (h = JR_HASH(c->name[i]); c->slot_p[h] != NULL; h = (h + 1) % JR_SLOTS)
      if (c->slot_p[h] == c->name[i]) return NULL;  /* a name twice: each look-up */
    c->slot_p[h] = c->name[i];
    c->slot_i[h] = (unsigned char)i;
  }
  lua_pushvalue(L, 3);
  lua_replace(L, lua_upvalueindex(2));
  lua_pushvalue(L, 6);
  lua_replace(L, lua_upvalueindex(3));
  return c;
}

/* the field whose name is the string k (n bytes), or -1: by its address,
   else (a string not interned as the name is) by its bytes */
static int jr_field (const JrCache *c, const char *k, size_t n) {
  unsigned h;
  int i;
  for (h = JR_HASH(k); c->slot_p[h] != NULL; h = (h + 1) % JR_SLOTS)
    if (c->slot_p[h] == k) return c->slot_i[h];
  for (i = 0; i < c->nf; i++)
    if (c->name_len[i] == n && memcmp(c->name[i], k, n) == 0) return i;
  return -1;
}

/*
** json_record's members, with 'raw' and 'keys': the record's fields
** found in one traversal (lua_next), then written in the order of
** 'fields': a string at once, any other value as json_record writes it
** (jb_member).  The same bytes as one look-up a field.
*/
static void jr_members (lua_State *L, State *st, const JrCache *c) {
  const char *v[JR_MAX];
  size_t vn[JR_MAX];
  unsigned char kind[JR_MAX];  /* 0 absent, 1 a string, 2 another value */
  int i;
  memset(kind, 0, (size_t)c->nf);
  lua_pushnil(L);
  while (lua_next(L, 2)) {
    if (lua_type(L, -2) == LUA_TSTRING) {
      size_t kn;
      const char *k = lua_tolstring(L, -2, &kn);
      if ((i = jr_field(c, k, kn)) >= 0) {
        int t = lua_type(L, -1);
        kind[i] = t == LUA_TSTRING ? 1 : 2;
        if (t == LUA_TSTRING) v[i] = lua_tolstring(L, -1, &vn[i]);
      }
    }
    lua_pop(L, 1);
  }
  for (i = 0; i < c->nf; i++) {
    if (kind[i] == 1) {
      jb_add(L, st, c->key[i], c->key_len[i]);
      jb_string(L, st, v[i], vn[i]);
    } else if (kind[i] == 2) {
      lua_rawgeti(L, 3, i + 1);  /* 7: the name, 8: the key, 9: the value */
      lua_rawgeti(L, 6, i + 1);
      lua_pushvalue(L, 7);
      lua_rawget(L, 2);
      jb_member(L, st, 7, 8, 4);
      lua_settop(L, 6);
    }
  }
}

/*
** mailreader.json_record(source, rec, fields, fallback [, raw [, keys [, fh]]])
** -> the JSON object {"source":SOURCE, then each field of the array
** 'fields' whose value in 'rec' (rec[k], as Lua reads it; with 'raw',
** rawget) is not nil, in that order}.
** Strings and whole numbers are written here (smtpbounce.json's bytes,
** numbers as "%d"), and an empty table as "[]" (but for 'headers');
** other values by fallback(k, v), which returns the JSON text of the
** value.  (fallback must not call json_record, nor change 'rec'.)
** 'keys', when given, holds the JSON text ',"k":' of each field k of
** 'fields', in order;
** with 'raw' and 'keys' both tables are read once and kept (JrCache):
** the caller does not change them afterwards.
** With 'fh' (an open file of io), the object and a newline are written
** to it (fwrite: what fh:write does, its errors untold as the CLI leaves
** fh:write's) and true is returned, no string made; false when 'fh' is
** no file this can write (nothing done: the caller writes).
*/
static int l_json_record (lua_State *L) {
  State *st = (State *)lua_touserdata(L, lua_upvalueindex(1));
  size_t n, i, nf;
  const char *src = luaL_checklstring(L, 1, &n);
  int raw = lua_toboolean(L, 5), keys = !lua_isnoneornil(L, 6);
  FILE *fh = lua_isnoneornil(L, 7) ? NULL : file_arg(L, 7);
  if (!lua_isnoneornil(L, 7) && fh == NULL) {
    lua_pushboolean(L, 0);
    return 1;
  }
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, 3, LUA_TTABLE);
  luaL_checktype(L, 4, LUA_TFUNCTION);
  if (keys) luaL_checktype(L, 6, LUA_TTABLE);
  lua_settop(L, 6);
  st->jlen = 0;
  jb_add(L, st, "{\"source\":", 10);
  jb_string(L, st, src, n);
  nf = (size_t)lua_rawlen(L, 3);
  if (raw && keys) {
    const JrCache *c = jr_cache(L, st, nf);
    if (c != NULL) {
      jr_members(L, st, c);
      nf = 0;  /* (written) */
    }
  }
  for (i = 1; i <= nf; i++) {
    int t;
    lua_rawgeti(L, 3, (int)i);  /* 7: the name, then its value */
    if (lua_type(L, 7) != LUA_TSTRING) luaL_error(L, "field names must be strings");
    if (raw) lua_rawget(L, 2);
    else lua_gettable(L, 2);
    t = lua_type(L, 7);
    if (t == LUA_TSTRING && keys) {  /* (most members: written at once) */
      const char *k, *v;
      size_t kn;
      lua_rawgeti(L, 6, (int)i);  /* 8: the key's text */
      if (lua_type(L, 8) != LUA_TSTRING) luaL_error(L, "keys must be strings");
      k = lua_tolstring(L, 8, &kn);
      jb_add(L, st, k, kn);
      v = lua_tolstring(L, 7, &n);
      jb_string(L, st, v, n);
    } else if (t != LUA_TNIL) {
      lua_rawgeti(L, 3, (int)i);
      lua_insert(L, 7);  /* 7: the name, 8: the value */
      if (keys) {
        lua_rawgeti(L, 6, (int)i);  /* 9: the key's text */
        if (lua_type(L, 9) != LUA_TSTRING) luaL_error(L, "keys must be strings");
        lua_insert(L, 8);
        jb_member(L, st, 7, 8, 4);
      } else {
        jb_member(L, st, 7, 0, 4);
      }
    }
    lua_settop(L, 6);
  }
  if (fh != NULL) {
    jb_add(L, st, "}\n", 2);
    fwrite(st->jb, 1, st->jlen, fh);
    lua_pushboolean(L, 1);
    return 1;
  }
  jb_add(L, st, "}", 1);
  lua_pushlstring(L, st->jb, st->jlen);
  return 1;
}

/* mailreader.json_string(s) -> s as a JSON string (jb_string) */
static int l_json_string (lua_State *L) {
  State *st = (State *)lua_touserdata(L, lua_upvalueindex(1));
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  st->jlen = 0;
  jb_string(L, st, s, n);
  lua_pushlstring(L, st->jb, st->jlen);
  return 1;
}

/* }====================================================================== */

#endif
