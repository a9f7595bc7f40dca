/*
** lmail_dir.h -- the file side of smtpbounce.mailreader: the tree of
** files below a directory (mailreader.tree), the directory whose files
** small_file opens (dir_open), small_file, the FILE * of a file of io
** (file_arg), and `mail --json`'s writing to it (json_mail, and
** json_files for a listing's files).  Included by lmail.c alone, after
** the rest of it.
*/

#ifndef LMAIL_DIR_H
#define LMAIL_DIR_H

/*
** The file 'path' opened for small_file with open(2)'s 'flags': by
** openat(2) in the directory of the file before it when both name the
** same one (a listing's files, one after another: the directory's path
** is looked up once, not once a file), else by open(2).  The directory
** is opened on the second file from it in a row, kept in the state and
** closed for another one or by the state's __gc.  A directory renamed or
** replaced while its files are read is read as it was when opened, and
** a relative path is taken from the working directory of that time.
*/
static void dir_close (State *st) {
  if (st->dirfd >= 0) close(st->dirfd);
  st->dirfd = -1;
  st->dirlen = 0;
}

static int dir_open (State *st, const char *path, int flags) {
  const char *slash = strrchr(path, '/');
  size_t n = slash != NULL ? (size_t)(slash - path) + 1 : 0;
  if (n == 0 || slash[1] == '\0' || n >= SMALL_DIR_MAX) return open(path, flags);
  if (n != st->dirlen || memcmp(path, st->dir, n) != 0) {  /* another one */
    dir_close(st);
    memcpy(st->dir, path, n);
    st->dir[n] = '\0';
    st->dirlen = n;
    st->dirtry = 1;
    return open(path, flags);
  }
  if (st->dirtry) {  /* (once: a directory that cannot be opened is not
                        tried again for each of its files) */
    st->dirtry = 0;
    st->dirfd = open(st->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  }
  return st->dirfd >= 0 ? openat(st->dirfd, slash + 1, flags) : open(path, flags);
}

/* {======================================================================
** Directory trees (smtpbounce.mailbox's files())
** ======================================================================= */

#define DIRBOX "smtpbounce.mailreader.dir"

/* an open directory, closed by __gc when an error leaves it open */
typedef struct DirBox {
  DIR *d;
} DirBox;

static int dirbox_gc (lua_State *L) {
  DirBox *b = (DirBox *)luaL_checkudata(L, 1, DIRBOX);
  if (b->d != NULL) closedir(b->d);
  b->d = NULL;
  return 0;
}

/* 'f' (a file name) and 'd' (1 a directory, 0 a regular file, -1
   neither) of the entry 'e' whose path is on the top of the stack */
static int entry_kind (lua_State *L, const struct dirent *e) {
  struct stat sb;
#if defined(_DIRENT_HAVE_D_TYPE) && defined(DT_UNKNOWN)
  if (e->d_type == DT_REG) return 0;
  if (e->d_type == DT_DIR) return 1;
  if (e->d_type != DT_UNKNOWN) return -1;
#else
  (void)e;
#endif
  if (lstat(lua_tostring(L, -1), &sb) != 0) return -1;
  return S_ISREG(sb.st_mode) ? 0 : S_ISDIR(sb.st_mode) ? 1 : -1;
}

/* a path of the list sort_paths sorts, and its place there */
typedef struct PathAt {
  const char *s;   /* its bytes past the prefix all the paths share */
  size_t n;        /* their length */
  uint64_t key;    /* its first 8 of them, big-endian, 0s past its end */
  lua_Integer at;  /* its index in the list */
} PathAt;

/* byte order, a prefix first: Lua's '<' on strings in the C locale (no
   path holds a 0 byte: equal keys are equal first 8 bytes, or the same
   path when one ends in them); x before y */
static int path_before (const PathAt *x, const PathAt *y) {
  size_t xn, yn;
  int c;
  if (x->key != y->key) return x->key < y->key;
  xn = x->n > 8 ? x->n - 8 : 0;  /* the bytes past the key's */
  yn = y->n > 8 ? y->n - 8 : 0;
  c = xn && yn ? memcmp(x->s + 8, y->s + 8, xn < yn ? xn : yn) : 0;
  return c != 0 ? c < 0 : xn < yn;
}

/* the n paths of p sorted (path_before), 'tmp' room for as many: a merge
   sort of pointers, the keys compared in place (qsort's call a
   comparison and copy a move cost most of a listing's time) */
static void sort_at (const PathAt **p, const PathAt **tmp, size_t n) {
  const PathAt **from = p, **to = tmp, **t;
  size_t w, i;
  for (w = 1; w < n; w *= 2) {
    for (i = 0; i < n; i += 2 * w) {
      size_t a = i, am = i + w < n ? i + w : n, b = am, bm = i + 2 * w < n ? i + 2 * w : n, k = i;
      while (a < am && b < bm) to[k++] = path_before(from[b], from[a]) ? from[b++] : from[a++];
      while (a < am) to[k++] = from[a++];
      while (b < bm) to[k++] = from[b++];
    }
    t = from; from = to; to = t;
  }
  if (from != p) memcpy(p, from, n * sizeof *p);
}

/* the list of n strings at index 'i' replaced by a sorted copy (the
   strings stay anchored in the list while they are sorted) */
static void sort_paths (lua_State *L, int i, lua_Integer n) {
  PathAt *v = (PathAt *)lua_newuserdatauv(L, (size_t)n * (sizeof *v + 2 * sizeof(PathAt *)) + 1, 0);
  const PathAt **o = (const PathAt **)(void *)(v + n);  /* their order */
  lua_Integer k;
  size_t cp = 0, j;
  for (k = 0; k < n; k++) {
    lua_rawgeti(L, i, (int)(k + 1));
    v[k].s = lua_tolstring(L, -1, &v[k].n);
    v[k].at = k + 1;
    lua_pop(L, 1);
    if (k == 0) cp = v[0].n;  /* (the shared prefix: mostly a memcmp a path) */
    else if (v[k].n < cp || memcmp(v[k].s, v[0].s, cp) != 0) {
      for (j = 0; j < cp && j < v[k].n && v[k].s[j] == v[0].s[j];) j++;
      cp = j;
    }
  }
  for (k = 0; k < n; k++) {
    uint64_t key = 0;
    v[k].s += cp;
    v[k].n -= cp;
    for (j = 0; j < 8; j++)
      key = (key << 8) | (j < v[k].n ? (unsigned char)v[k].s[j] : 0u);
    v[k].key = key;
  }
  for (k = 0; k < n; k++) o[k] = &v[k];
  sort_at(o, o + n, (size_t)n);
  lua_createtable(L, (int)n, 0);
  for (k = 0; k < n; k++) {
    lua_rawgeti(L, i, (int)o[k]->at);
    lua_rawseti(L, -2, (int)(k + 1));
  }
  lua_replace(L, i);
  lua_pop(L, 1);
}

/*
** mailreader.tree(dir) -> files, dirs: the paths of the regular files
** (a list, sorted by their bytes: sort_paths) and of the directories (a
** set: path -> true) below 'dir', at any depth, as
** `find DIR -mindepth 1 \( -type f -o -type d \)` names them (DIR, a
** "/" unless DIR ends with one, the names below); symbolic links are not
** followed, nor is 'dir' itself when it is one (nothing is below it
** then).  nil and a message when a directory below cannot be read.
*/
static int l_tree (lua_State *L) {
  const char *root = luaL_checkstring(L, 1);
  lua_Integer nf = 0, qn = 1, qi = 1;
  struct stat sb;
  DirBox *box;
  lua_settop(L, 1);
  lua_newtable(L);  /* 2: files */
  lua_newtable(L);  /* 3: directories (a set) */
  lua_newtable(L);  /* 4: directories still to read */
  box = (DirBox *)lua_newuserdatauv(L, sizeof *box, 0);  /* 5 */
  box->d = NULL;
  luaL_setmetatable(L, DIRBOX);
  if (lstat(root, &sb) != 0) {
    lua_pushnil(L);
    lua_pushstring(L, strerror(errno));
    return 2;
  }
  if (!S_ISDIR(sb.st_mode)) {
    lua_settop(L, 3);
    return 2;
  }
  lua_pushvalue(L, 1);
  lua_rawseti(L, 4, 1);
  while (qi <= qn) {
    size_t dl;
    const char *d;
    lua_rawgeti(L, 4, (int)qi);  /* 6: the directory */
    lua_pushnil(L);
    lua_rawseti(L, 4, (int)qi++);
    d = lua_tolstring(L, 6, &dl);
    box->d = opendir(d);
    if (box->d == NULL) {
      lua_pushnil(L);
      lua_pushfstring(L, "%s: %s", d, strerror(errno));
      return 2;
    }
    for (;;) {
      struct dirent *e;
      int kind;
      errno = 0;
      e = readdir(box->d);
      if (e == NULL) break;
      if (e->d_name[0] == '.' && (e->d_name[1] == '\0'
                                  || (e->d_name[1] == '.' && e->d_name[2] == '\0')))
        continue;
      {  /* the entry's path, made at once */
        luaL_Buffer b;
        luaL_buffinit(L, &b);
        luaL_addlstring(&b, d, dl);
        if (dl == 0 || d[dl - 1] != '/') luaL_addchar(&b, '/');
        luaL_addstring(&b, e->d_name);
        luaL_pushresult(&b);
      }
      kind = entry_kind(L, e);
      if (kind == 0) {
        lua_rawseti(L, 2, (int)++nf);
      } else if (kind == 1) {
        lua_pushvalue(L, -1);
        lua_pushboolean(L, 1);
        lua_rawset(L, 3);
        lua_rawseti(L, 4, (int)++qn);
      } else {
        lua_pop(L, 1);
      }
    }
    if (errno != 0) {
      int en = errno;
      lua_pushnil(L);
      lua_pushfstring(L, "%s: %s", d, strerror(en));
      return 2;
    }
    closedir(box->d);
    box->d = NULL;
    lua_settop(L, 5);
  }
  sort_paths(L, 2, nf);
  lua_settop(L, 3);
  return 2;
}

/* }====================================================================== */

static void jb_add (lua_State *L, State *st, const char *s, size_t n);

/* a line "From ..." (an mbox's separator), "" or "\r" (a blank one) */
static int is_from (const char *l, size_t n) { return n >= 5 && memcmp(l, "From ", 5) == 0; }
static int is_blank (const char *l, size_t n) { return n == 0 || (n == 1 && l[0] == '\r'); }

/*
** The messages of the mbox s[0..n) (its first line a separator) into a
** new table, as smtpbounce.mailbox's messages() splits them: at each
** "From " line after a blank line, the separator left out, a line
** ">From " or ">>From " losing one ">", the blank line before the next
** separator left out, lines joined by "\n".  (No line and no message is
** over messages()' cap: the file is shorter.)
*/
static void push_mbox (lua_State *L, State *st, const char *s, size_t n) {
  size_t pos = 0, k = 0;
  const char *nl = (const char *)memchr(s, '\n', n);
  int pending = 1;
  pos = nl ? (size_t)(nl - s) + 1 : n;  /* past the first separator */
  lua_newtable(L);
  while (pending) {
    int prev_blank = 0, nlines = 0;
    size_t last_at = 0;  /* st->jlen before the last line (and its "\n") */
    pending = 0;
    st->jlen = 0;
    while (pos < n) {
      const char *l = s + pos;
      size_t len;
      nl = (const char *)memchr(l, '\n', n - pos);
      len = nl ? (size_t)(nl - l) : n - pos;
      pos = nl ? pos + len + 1 : n;
      if (prev_blank && is_from(l, len)) {
        pending = 1;
        break;
      }
      prev_blank = is_blank(l, len);
      last_at = st->jlen;
      if (nlines++ > 0) jb_add(L, st, "\n", 1);
      if (len > 0 && l[0] == '>') {  /* ">+From ": one '>' less */
        size_t j = 1;
        while (j < len && l[j] == '>') j++;
        if (is_from(l + j, len - j)) l++, len--;
      }
      jb_add(L, st, l, len);
    }
    if (nlines > 0 && prev_blank) st->jlen = last_at;
    lua_pushlstring(L, st->jb != NULL ? st->jb : "", st->jlen);
    lua_rawseti(L, -2, (int)++k);
  }
}

/*
** mailreader.small_file(path, limit [, mbox [, regular]]) -> the one
** message of 'path' when it is a file of 1 to limit - 1 bytes (limit at
** most 65536) that starts neither with gzip's magic bytes nor with an
** mbox's "From ": its bytes less the newline that ends its last line
** (what smtpbounce.mailbox's general path gives for it); with 'mbox', a
** file that starts with "From " gives a table of its messages
** (push_mbox); else nil (also when it cannot be opened or read: the
** general path says why).  Read with one read(2) into a buffer kept in
** the state, no stdio, no garbage the size of the buffer.  'regular':
** the caller found 'path' a regular file (a directory's listing), so
** no fstat(2) asks again: a read that stops short of 'limit' has met the
** end of the file, as a regular file's read does.
*/
/*
** The file 'path' read into st->file as small_file reads it ('lim' and
** 'regular' its): its length, with *kind 1 for one message (the length
** less the newline that ends its last line), 2 for an mbox (the file's
** length), 0 for neither (nothing to read here).
*/
static size_t small_read (State *st, const char *path, size_t lim, int regular,
                          int *kind) {
  const char *f = st->file;
  struct stat sb;
  size_t got = 0, want;
  int fd = dir_open(st, path, O_RDONLY | O_CLOEXEC | O_NOCTTY), ok = 1;
  *kind = 0;
  if (fd < 0) return 0;
  /* a regular file of a known size is read to that size (no read more
     for the end), one too long is left to the general path unread;
     others (a FIFO, /proc) to their end, as they can be read once; one
     known to be regular is read once, up to 'lim' */
  if (regular) {
    ssize_t k;
    do k = read(fd, st->file, lim); while (k < 0 && errno == EINTR);
    ok = k >= 0;
    got = k > 0 ? (size_t)k : 0;
    want = 0;
  } else {
    ok = fstat(fd, &sb) == 0;
    want = ok && S_ISREG(sb.st_mode) && sb.st_size > 0 ? (size_t)sb.st_size : lim;
    if (want > lim) ok = 0;
  }
  while (ok && got < want) {
    ssize_t k = read(fd, st->file + got, lim - got);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) ok = 0;
    if (k <= 0) break;
    got += (size_t)k;
  }
  close(fd);
  if (!ok || got == 0 || got >= lim
      || (got >= 2 && (unsigned char)f[0] == 31 && (unsigned char)f[1] == 139))
    return 0;
  *kind = is_from(f, got) ? 2 : 1;
  return *kind == 1 && f[got - 1] == '\n' ? got - 1 : got;
}

static int l_small_file (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  lua_Integer limit = luaL_checkinteger(L, 2);
  int mbox = lua_toboolean(L, 3), regular = lua_toboolean(L, 4), kind;
  State *st = (State *)lua_touserdata(L, lua_upvalueindex(1));
  size_t got;
  luaL_argcheck(L, limit > 0 && limit <= SMALL_FILE_MAX, 2, "out of range");
  got = small_read(st, path, (size_t)limit, regular, &kind);
  if (kind == 1) lua_pushlstring(L, st->file, got);
  else if (kind == 2 && mbox) push_mbox(L, st, st->file, got);
  else lua_pushnil(L);
  return 1;
}

/* the FILE * of the open file of io at i, or NULL (another value; a
   closed file; Lua 5.1, whose handles this does not read) */
static FILE *file_arg (lua_State *L, int i) {
#if LUA_VERSION_NUM >= 502
  luaL_Stream *p = (luaL_Stream *)luaL_testudata(L, i, LUA_FILEHANDLE);
  if (p != NULL && p->closef != NULL) return p->f;
#else
  (void)L;
  (void)i;
#endif
  return NULL;
}

/*
** mailreader.json_mail(message, source, fh, result_values, ruleset,
**                      confirm, env, fixed, fallback [, limit, regular])
**   -> the number of records, or nil, "not a bounce: <why>"; false when
**   'fh' is no file this can write, or with 'limit' ('message' a path,
**   read as small_file reads it) when that gives no message.
** What smtpbounce.mail's read (no ctx) and record_writer give, in one
** call: the records' values (jm_values; no record or result table) and
** their lines written to 'fh' (a file of io).  'fixed', as read's;
** 'fallback', json_record's.
*/
static int l_json_mail (lua_State *L) {
  State *st = (State *)lua_touserdata(L, lua_upvalueindex(1));
  size_t len;
  const char *s = luaL_checklstring(L, A_MSG, &len);
  FILE *fh = file_arg(L, A_FH);
  int n, kind = 1;
  if (fh != NULL && !lua_isnoneornil(L, A_LIMIT)) {  /* a file's path */
    lua_Integer limit = luaL_checkinteger(L, A_LIMIT);
    luaL_argcheck(L, limit > 0 && limit <= SMALL_FILE_MAX, A_LIMIT, "out of range");
    len = small_read(st, s, (size_t)limit, lua_toboolean(L, A_REGULAR), &kind);
    s = st->file;
  }
  if (fh == NULL || kind != 1) {
    lua_pushboolean(L, 0);
    return 1;
  }
  luaL_checkstring(L, A_SOURCE);
  luaL_checktype(L, A_FIXED, LUA_TTABLE);
  luaL_checktype(L, A_FALLBACK, LUA_TFUNCTION);
  lua_settop(L, A_REGULAR + 4);  /* (no ctx: nil) */
  st->jlen = 0;
  if ((n = jm_mail(L, st, s, len, A_SOURCE)) < 0) return 2;
  fwrite(st->jb, 1, st->jlen, fh);
  lua_pushinteger(L, n);
  return 1;
}

/*
** mailreader.json_files(paths, i, fh, result_values, ruleset, confirm,
**                       env, fixed, fallback, limit) -> j, messages,
**   records, not_bounces
** json_mail(path, path, fh, ..., limit, true) for paths[i], paths[i+1],
** ... (files a listing found regular) up to the first that is no file
** of one message small_file reads (j: its index; #paths + 1 for none):
** the lines of every record written, no Lua string made of a path's
** file, no call back to Lua but core.result_values; then how many
** messages, records and not-bounces were read.  (A not-bounce's 'why'
** is not kept: the caller that names them uses json_mail.)
*/
static int l_json_files (lua_State *L) {
  State *st = (State *)lua_touserdata(L, lua_upvalueindex(1));
  lua_Integer k = luaL_checkinteger(L, A_SOURCE), end, limit;
  lua_Integer msgs = 0, recs = 0, nb = 0;
  FILE *fh = file_arg(L, A_FH);
  if (fh == NULL) return luaL_argerror(L, A_FH, "open file expected");
  luaL_checktype(L, A_MSG, LUA_TTABLE);
  luaL_checktype(L, A_FIXED, LUA_TTABLE);
  luaL_checktype(L, A_FALLBACK, LUA_TFUNCTION);
  limit = luaL_checkinteger(L, A_LIMIT);
  luaL_argcheck(L, limit > 0 && limit <= SMALL_FILE_MAX, A_LIMIT, "out of range");
  lua_settop(L, A_REGULAR + 4);  /* (no ctx: nil) */
  for (end = (lua_Integer)lua_rawlen(L, A_MSG); k <= end; k++) {
    int kind, n, p;
    size_t len;
    lua_rawgeti(L, A_MSG, (int)k);
    p = lua_gettop(L);
    kind = 0;
    len = lua_type(L, p) == LUA_TSTRING
          ? small_read(st, lua_tostring(L, p), (size_t)limit, 1, &kind) : 0;
    if (kind != 1) break;
    st->jlen = 0;
    n = jm_mail(L, st, st->file, len, p);
    if (n < 0) nb++;
    else recs += n;
    msgs++;
    fwrite(st->jb, 1, st->jlen, fh);
    lua_settop(L, p - 1);
  }
  lua_pushinteger(L, k);
  lua_pushinteger(L, msgs);
  lua_pushinteger(L, recs);
  lua_pushinteger(L, nb);
  return 4;
}

#endif
