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
** core.load_image(path, head) -> ruleset, extra; or nil, message.  The
** file 'path' must start with the bytes 'head', then zero bytes up to a
** multiple of 8, then an image core.image made (its checksum, format
** and every index are checked: smtpbounce_image_read).  The file is
** mapped, not read: the automaton tables are views into it for as long
** as the ruleset lives.
*/
static int l_load_image (lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  size_t hlen, off, len;
  const char *head = luaL_checklstring(L, 2, &hlen);
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
  lua_pushlstring(L, extra, elen);
  return 2;
}

/* }====================================================================== */
