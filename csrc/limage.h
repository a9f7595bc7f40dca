/*
** limage.h -- core.image and core.load_image: a compiled ruleset kept in
** a file (sb_internal.h: smtpbounce_image_write, smtpbounce_image_read).
** Part of lsmtpbounce.c, which includes it once.
*/
/* {======================================================================
** Ruleset images (a compiled ruleset kept in a file)
** ======================================================================= */

/*
** core.image(ruleset [, extra]) -> the image of the ruleset with the
** string 'extra' kept in it (smtpbounce_image_write): bytes for a file
** that core.load_image reads, in a process of this same build.
*/
static int l_image (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  size_t elen, n;
  const char *extra = luaL_optlstring(L, 2, "", &elen);
  char *buf;
  n = smtpbounce_image_write(lr->rs, extra, elen, NULL);
  /* (written in a userdata: a raise leaks nothing) */
  buf = (char *)lua_newuserdatauv(L, n, 0);
  smtpbounce_image_write(lr->rs, extra, elen, buf);
  lua_pushlstring(L, buf, n);
  return 1;
}

/*
** core.load_image(path, head [, bare]) -> ruleset, extra; or nil, message.  The
** file 'path' must start with the bytes 'head', then zero bytes up to a
** multiple of 8, then an image core.image made (its checksum, format
** and every index are checked: smtpbounce_image_read).  The file is
** mapped, not read: the automaton tables are views into it for as long
** as the ruleset lives.  With 'bare' true, 'extra' is its length alone:
** its bytes are read where they are mapped (core.image_part).
*/
static int l_load_image (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  size_t hlen, off, len;
  const char *head = luaL_checklstring(L, 2, &hlen);
  int bare = lua_toboolean(L, 3);
  const char *extra;
  size_t elen;
  LRuleset *lr;
  struct stat st;
  void *map;
  int fd;
  sb_error err;
  off = (hlen + 7) & ~(size_t)7;
  fd = open(path, O_RDONLY);
  if (fd < 0) {
    lua_pushnil(L);
    lua_pushliteral(L, "cannot open");
    return 2;
  }
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= (off_t)off) {
    close(fd);
    lua_pushnil(L);
    lua_pushliteral(L, "not an image");
    return 2;
  }
  len = (size_t)st.st_size;
  map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (map == MAP_FAILED) {
    lua_pushnil(L);
    lua_pushliteral(L, "cannot map");
    return 2;
  }
  lr = (LRuleset *)lua_newuserdatauv(L, sizeof(LRuleset), 0);
  memset(lr, 0, sizeof(*lr));
  lr->alloc = lua_getallocf(L, &lr->ud);
  lr->image = map;
  lr->image_len = len;
  luaL_setmetatable(L, RULESET);  /* __gc unmaps it */
  if (memcmp(map, head, hlen) != 0) err = SB_EINVAL;
  else {
    size_t i;
    for (i = hlen; i < off && ((const char *)map)[i] == '\0'; i++) {}
    err = i < off ? SB_EINVAL
        : smtpbounce_image_read((const char *)map + off, len - off, l_alloc, lr,
                                &lr->rs, &extra, &elen);
  }
  if (err == SB_OK) {
    lr->sc = smtpbounce_scratch_new(lr->rs, l_alloc, lr);
    if (lr->sc == NULL) err = SB_ENOMEM;
  }
  if (err != SB_OK) {
    smtpbounce_free(lr->rs, l_alloc, lr);
    lr->rs = NULL;
    munmap(lr->image, lr->image_len);
    lr->image = NULL;
    lua_pushnil(L);
    lua_pushstring(L, err == SB_ENOMEM ? "not enough memory" : "not an image");
    return 2;
  }
  lr->extra = extra;
  lr->extra_len = elen;
  if (bare) lua_pushinteger(L, (lua_Integer)elen);
  else lua_pushlstring(L, extra, elen);
  return 2;
}

/*
** core.image_part(ruleset, offset, length [, name]) -> the bytes
** [offset, offset + length) of the extra bytes of a ruleset read by
** core.load_image, as a string; with 'name', the binary Lua chunk they
** hold, loaded (a function; or nil, message) from where they are mapped,
** with no string of them made.
*/
static int l_image_part (lua_State *L) {
  LRuleset *lr = check_ruleset(L, 1);
  lua_Integer off = luaL_checkinteger(L, 2), len = luaL_checkinteger(L, 3);
  const char *name = luaL_optstring(L, 4, NULL);
  if (lr->extra == NULL || off < 0 || len < 0 || (size_t)off > lr->extra_len ||
      (size_t)len > lr->extra_len - (size_t)off)
    return luaL_error(L, "no such part of the image");
  if (name == NULL) {
    lua_pushlstring(L, lr->extra + off, (size_t)len);
    return 1;
  }
  if (len == 0 || lr->extra[off] != LUA_SIGNATURE[0]) {  /* (binary only) */
    lua_pushnil(L);
    lua_pushliteral(L, "not a binary chunk");
    return 2;
  }
  if (luaL_loadbuffer(L, lr->extra + off, (size_t)len, name) != 0) {
    lua_pushnil(L);
    lua_insert(L, -2);
    return 2;
  }
  return 1;
}

/* }====================================================================== */
