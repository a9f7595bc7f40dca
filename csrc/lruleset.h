/*
** lruleset.h -- the compiled-ruleset userdata of smtpbounce.core
** (lsmtpbounce.c), for C code in the same process that drives the core
** directly with a ruleset compiled from Lua (bench/lbench.c):
**
**   LRuleset *lr = (LRuleset *)luaL_checkudata(L, i, SMTPBOUNCE_RULESET);
**   ... smtpbounce_classify(lr->rs, lr->sc, ...) ...
**
** lr->rs is NULL once the ruleset was collected; the userdata must stay
** referenced while the pointers are in use.
*/

#ifndef LRULESET_H
#define LRULESET_H

#include <stddef.h>

#include "lua.h"

#include "smtpbounce.h"

/* name of the ruleset metatable in the registry */
#define SMTPBOUNCE_RULESET  "smtpbounce.ruleset"

typedef struct LRuleset {
  sb_ruleset *rs;         /* compiled ruleset, NULL once collected */
  sb_scratch *sc;         /* working memory for classify */
  char *buf;              /* clean-text buffer, reused between calls */
  size_t bufsize;         /* its size */
  lua_Alloc alloc;        /* allocator all of them came from */
  void *ud;               /* its user data */
  void *image;            /* the file mapping 'rs' was read from
                             (core.load_image), or NULL */
  size_t image_len;       /* its length */
  const char *extra;      /* the caller's bytes inside it (core.load_image) */
  size_t extra_len;       /* their length */
} LRuleset;

#endif
