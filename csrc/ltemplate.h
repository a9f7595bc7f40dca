/*
** ltemplate.h -- core.template: the shape of a reply, "code status
** shape-of-text" (smtpbounce_template), and the same for a reply just
** classified (push_template).  Part of lsmtpbounce.c, which includes it
** once (after put_num, status_str and text_buffer).
*/

/* the usual template's room, on the C stack: a text up to
   (TEMPLATE_SMALL - 48) / 3 bytes (SB_TEMPLATE_MAX), a 3-digit code, a
   status up to 32 bytes */
#if !defined(TEMPLATE_SMALL)
#define TEMPLATE_SMALL  2048
#endif

static void emit_buffer (void *ud, const char *p, size_t n) {
  luaL_addlstring((luaL_Buffer *)ud, p, n);
}

/*
** core.template(text [, code [, status]]) -> "code status shape-of-text"
** A short text is written into a buffer on the stack and pushed once (no
** luaL_Buffer, no number made a string: the same bytes).
*/
static int l_template (lua_State *L) {
  size_t len, slen = 0, n = 0;
  const char *text = luaL_checklstring(L, 1, &len);
  lua_Integer code = luaL_optinteger(L, 2, 0);
  const char *st = luaL_optlstring(L, 3, NULL, &slen);
  char small[TEMPLATE_SMALL];
  luaL_Buffer b;
  if (code < 1000 && slen <= 32 && len <= (TEMPLATE_SMALL - 48) / 3) {
    if (code > 0) {
      n = (size_t)(put_num(small, (int)code) - small);
      small[n++] = ' ';
    }
    if (st != NULL) {
      memcpy(small + n, st, slen);
      n += slen;
      small[n++] = ' ';
    }
    n += smtpbounce_template_write(text, len, small + n);
    lua_pushlstring(L, small, n);
    return 1;
  }
  luaL_buffinit(L, &b);
  if (code > 0) {
    lua_pushinteger(L, code);
    luaL_addvalue(&b);
    luaL_addchar(&b, ' ');
  }
  if (st != NULL) {
    luaL_addlstring(&b, st, slen);
    luaL_addchar(&b, ' ');
  }
#if LUA_VERSION_NUM >= 502
  if (len <= SB_TEMPLATE_MAXLEN) {  /* written at once, not piece by piece */
    char *out = luaL_prepbuffsize(&b, SB_TEMPLATE_MAX(len));
    luaL_addsize(&b, smtpbounce_template_write(text, len, out));
  }
  else
#endif
  smtpbounce_template(text, len, emit_buffer, &b);
  luaL_pushresult(&b);
  return 1;
}

/*
** "code status shape-of-text": what groups replies no rule explained.
** Written into the ruleset's text buffer (the clean text it held is a
** Lua string by now, at 'text') and pushed once.
*/
static void push_template (lua_State *L, LRuleset *lr, const sb_reply *r,
                           int text) {
  size_t len, n = 0;
  const char *s = lua_tolstring(L, text, &len);
  char *b;
  if (len > SB_TEMPLATE_MAXLEN - 32) luaL_error(L, "not enough memory");
  b = text_buffer(L, lr, SB_TEMPLATE_MAX(len) + 32);
  if (r->code) {
    n = (size_t)(put_num(b, r->code) - b);
    b[n++] = ' ';
  }
  if (r->st_class) {
    n += status_str(r, b + n);
    b[n++] = ' ';
  }
  n += smtpbounce_template_write(s, len, b + n);
  lua_pushlstring(L, b, n);
  trim_buffer(lr);
}
