/*
** lmail.c -- Lua binding of the bounce-mail reader (sb_mail.c): module
** smtpbounce.mailreader.  It gives the records as the mail tells them;
** smtpbounce.mail (lua/smtpbounce/mail.lua) classifies them.  Independent
** of the classifier: nothing here touches a ruleset.
*/

#define _POSIX_C_SOURCE 200809L  /* open, fstat, O_CLOEXEC, lstat */
#define _DEFAULT_SOURCE          /* struct dirent's d_type (glibc) */

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "lua.h"
#include "lauxlib.h"

#include "compat.h"
#include "sb_mail.h"


/*
** The reader's memory, held by the state (below): an error while the
** tables are built (out of memory) leaves it there, freed by the next
** read or by the state's __gc.
*/
typedef struct Box {
  sb_mail m;            /* the message read */
  int live;             /* m holds memory */
} Box;

static void box_free (Box *b) {
  if (b->live) {
    smtpbounce_mail_free(&b->m);
    b->live = 0;
  }
}

/*
** What read keeps between calls, one per Lua state (read never re-enters:
** it calls no Lua function): the reader's first memory and its charset
** converters (sb_mail.h), closed by __gc, and the message read.
*/
#define STATE "smtpbounce.mailreader.state"

/* the largest 'limit' of small_file: the bytes of its buffer */
#define SMALL_FILE_MAX  65536
/* the longest directory path small_file keeps open (dir_open) */
#define SMALL_DIR_MAX  1024

/*
** json_record's names, read once for a pair of tables ('fields', 'keys'
** as the module passes them: made once, never changed) and kept with
** them as upvalues 2 and 3, so that their strings stay: each field's
** name and key text, and the names by their string's address (a
** record's key is the same short string as the name: interned).
*/
#define JR_MAX    64
#define JR_SLOTS  128
typedef struct JrCache {
  int nf;
  const char *name[JR_MAX], *key[JR_MAX];
  size_t name_len[JR_MAX], key_len[JR_MAX];
  const char *slot_p[JR_SLOTS];   /* a name's address, or NULL */
  unsigned char slot_i[JR_SLOTS]; /* its field's index */
} JrCache;

typedef struct State {
  sb_mail_convs convs;       /* converters kept */
  Box box;                   /* the message read (freed before read returns) */
  union {
    char buf[SB_MAIL_BUFSIZE];  /* first memory of each read */
    double align;
  } u;
  char file[SMALL_FILE_MAX];  /* small_file's buffer */
  int dirfd;                  /* small_file's directory (dir_open), or -1 */
  int dirtry;                 /* it is to be opened on its next file */
  size_t dirlen;              /* the length of its path; 0 none */
  char dir[SMALL_DIR_MAX];    /* its path and a '/' (NUL-terminated) */
  unsigned char plain[256];  /* bytes a JSON string holds as they are */
  char *jb;                   /* json_record's text (malloc'd, kept) */
  size_t jlen, jcap;          /* its length, its size */
  JrCache *jr;                /* json_record's names (malloc'd, kept) */
} State;

/* (lmail_dir.h, included below) */
static void dir_close (State *st);
static FILE *file_arg (lua_State *L, int i);

static int state_gc (lua_State *L) {
  State *st = (State *)luaL_checkudata(L, 1, STATE);
  dir_close(st);
  box_free(&st->box);
  smtpbounce_mail_convs_free(&st->convs);
  free(st->jb);
  st->jb = NULL;
  free(st->jr);
  st->jr = NULL;
  st->jlen = st->jcap = 0;
  return 0;
}

/* the requested headers of the original (argument 2, an array of names)
   as a table name -> value, or nil */
static void push_headers (lua_State *L, sb_mail *m) {
  int i, n, t;
  if (lua_isnoneornil(L, 2) || m->orig_headers.p == NULL) {
    lua_pushnil(L);
    return;
  }
  n = (int)lua_rawlen(L, 2);
  lua_createtable(L, 0, n);
  t = lua_gettop(L);
  for (i = 1; i <= n; i++) {
    size_t nl;
    const char *name;
    sb_mstr v;
    lua_rawgeti(L, 2, i);
    name = lua_tolstring(L, -1, &nl);
    if (name != NULL && smtpbounce_mail_header(m, m->orig_headers, name, nl, &v)) {
      lua_pushlstring(L, v.p, v.n);
      lua_setfield(L, t, name);
    }
    lua_pop(L, 1);
  }
}

/*
** A record's fields in the order of its JSON line, each key's JSON
** ',"k":' and its length: smtpbounce.mail's FIELDS, smtpbounce.result's
** (core.result_values'; mail.lua compares the names).  Their names are
** upvalues of read (after the state, upvalue 1: R_KEY) so that filling a
** record hashes no C string.
*/
#define JM_MAIL    13
#define JM_RESULT  15
#define JM_FIELDS(X) \
  X("recipient") X("original_recipient") X("dsn_action") X("dsn") \
  X("remote_mta") X("reporting_mta") X("reply") X("format") X("time") \
  X("message_id") X("headers") X("verp_recipient") X("feedback_type") \
  X("code") X("status") X("outcome") X("reason") X("action") X("scope") \
  X("provider") X("text") X("tags") X("forward") X("retry_after") \
  X("give_up_after") X("rule") X("basis") X("template")
#define JM_KEY(name)  { ",\"" name "\":", sizeof(name) + 3 },
#define JM_SPACED(name)  " " name
static const struct { const char *k; size_t n; } jm_key[JM_MAIL + JM_RESULT] = {
  JM_FIELDS(JM_KEY)
};
/* the name of member f pushed */
#define JM_NAME(L, f)  lua_pushlstring(L, jm_key[f].k + 2, jm_key[f].n - 4)
enum { JM_OUTCOME = JM_MAIL + 2, JM_REASON, JM_TEXT = JM_MAIL + 7,
       JM_TEMPLATE = JM_MAIL + 14 };

#define R_KEY(f)  lua_upvalueindex(2 + (f))

/* t[the name of field f] = the string, when present */
static void set_str (lua_State *L, int t, int f, sb_mstr v) {
  if (v.p == NULL) return;
  lua_pushvalue(L, R_KEY(f));
  lua_pushlstring(L, v.p, v.n);
  lua_rawset(L, t);
}

/* the mail's string fields of record r, by field (mail.FIELDS' order;
   'headers' and 'verp_recipient', not the reader's strings, left
   empty): what the record table and the JSON line both take */
static void rec_strings (const sb_mail *m, const sb_mail_rec *r, const char *format,
                         sb_mstr v[JM_MAIL]) {
  memset(v, 0, JM_MAIL * sizeof v[0]);
  v[0] = r->recipient;
  v[1] = r->original_recipient;
  v[2] = r->action;
  v[3] = r->status;
  v[4] = r->remote_mta;
  v[5] = m->reporting_mta;
  v[6] = r->reply;
  v[7].p = format;
  v[7].n = strlen(format);
  v[8] = r->time;
  v[9] = m->message_id;
  v[12] = m->feedback_type;
}

/* one record table, the mail's fields included (its reply the string at
   'rs', when not 0) */
static void push_rec (lua_State *L, const sb_mail *m, const sb_mail_rec *r,
                      const char *format, int headers, int rs) {
  sb_mstr ms[JM_MAIL];
  int t, f;
  lua_createtable(L, 0, 32);  /* room for the result's fields too */
  t = lua_gettop(L);
  rec_strings(m, r, format, ms);
  for (f = 0; f < JM_MAIL; f++) {
    if (rs == 0 || f != 6 || ms[f].p == NULL) set_str(L, t, f, ms[f]);
    else {  /* (the reply's string, made once for the table and jm_values) */
      lua_pushvalue(L, R_KEY(f));
      lua_pushvalue(L, rs);
      lua_rawset(L, t);
    }
  }
  if (!lua_isnil(L, headers)) {
    lua_pushvalue(L, R_KEY(10));
    lua_pushvalue(L, headers);
    lua_rawset(L, t);
  }
}

/*
** What smtpbounce.mail derives from a record to classify it, found here
** once rather than by Lua patterns (a pattern with a set costs thousands
** of instructions a call):
**   rcpt_mx      the host of a Remote-MTA value: after an optional '[',
**                the run of bytes up to a blank, '[', ']' or ';' (none:
**                no host); Lua's match(v, "^%[?([^%s%]%[;]+)")
**   rcpt_domain  what follows the last '@' of the recipient, when not
**                empty; match(v, "@([^@]+)$")
**   dsn_class    2, 4 or 5 for a Status "c.d.d" with 1 to 3 digits in
**                each of the last two numbers, else 0;
**                smtpbounce.vocab.dsn_class
*/
static int mx_stop (int c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == '[' || c == ']' || c == ';';
}

static sb_mstr rcpt_mx (sb_mstr v) {
  size_t i = (v.n > 0 && v.p[0] == '[') ? 1 : 0, j = i;
  sb_mstr h;
  while (j < v.n && !mx_stop((unsigned char)v.p[j])) j++;
  h.p = j > i ? v.p + i : NULL;
  h.n = j - i;
  return h;
}

static sb_mstr rcpt_domain (sb_mstr v) {
  size_t i = v.n;
  sb_mstr d;
  while (i > 0 && v.p[i - 1] != '@') i--;
  d.p = (i > 0 && i < v.n) ? v.p + i : NULL;
  d.n = v.n - i;
  return d;
}

/* 1 to 3 digits at s[*i], then s[*i] is the byte after them */
static int digits3 (const char *s, size_t n, size_t *i) {
  size_t k = 0;
  while (*i < n && k < 3 && s[*i] >= '0' && s[*i] <= '9') { (*i)++; k++; }
  return k > 0;
}

static int dsn_class (sb_mstr v) {
  size_t i = 2;
  if (v.n < 5 || (v.p[0] != '2' && v.p[0] != '4' && v.p[0] != '5') || v.p[1] != '.')
    return 0;
  if (!digits3(v.p, v.n, &i) || i >= v.n || v.p[i] != '.') return 0;
  i++;
  if (!digits3(v.p, v.n, &i) || i != v.n) return 0;
  return v.p[0] - '0';
}


#include "lmail_json.h"  /* JSON of records: mailreader.json_record, json_string */

/*
** s[0..len) read into the state's box: its format's name; or NULL, nil
** and "not a bounce: <why>" pushed (the box freed).
*/
static const char *read_box (lua_State *L, State *st, const char *s, size_t len) {
  Box *b = &st->box;
  const char *format;
  sb_error err;
  box_free(b);  /* (what a read that raised left) */
  err = smtpbounce_mail_read_buf(&b->m, s, len, st->u.buf, SB_MAIL_BUFSIZE, &st->convs);
  b->live = 1;
  if (err != SB_OK) {
    box_free(b);
    luaL_error(L, "not enough memory");
    return NULL;
  }
  format = smtpbounce_mail_format_name(&b->m);
  if (format == NULL) {
    const char *why = b->m.why ? b->m.why : "unknown";  /* a static string */
    box_free(b);
    lua_pushnil(L);
    lua_pushfstring(L, "not a bounce: %s", why);
  }
  return format;
}

/* {======================================================================
** A mail's records classified and written (`smtpbounce mail --json`)
** ======================================================================= */

/* json_mail's arguments (below) */
enum { A_MSG = 1, A_SOURCE, A_FH, A_VALUES, A_RS, A_CONFIRM, A_ENV, A_FIXED,
       A_FALLBACK, A_LIMIT, A_REGULAR };

/* member f (jm_key) with the string v */
static void jm_str (lua_State *L, State *st, int f, sb_mstr v) {
  if (v.p == NULL) return;  /* (none) */
  jb_add(L, st, jm_key[f].k, jm_key[f].n);
  jb_string(L, st, v.p, v.n);
}

/* the member for name f, its value at 'v' (nil: none): a string here,
   another value as jb_member writes it */
static void jm_member (lua_State *L, State *st, int f, int v) {
  int t = lua_type(L, v);
  if (t == LUA_TNIL) return;
  if (t == LUA_TSTRING) {
    sb_mstr m;
    m.p = lua_tolstring(L, v, &m.n);
    jm_str(L, st, f, m);
    return;
  }
  JM_NAME(L, f);
  lua_pushvalue(L, v);
  jb_member(L, st, lua_gettop(L) - 1, 0, A_FALLBACK);
  lua_pop(L, 1);
}

/* whether the value at i is the string 'lit' */
static int jm_is (lua_State *L, int i, const char *lit) {
  size_t n;
  const char *s = lua_type(L, i) == LUA_TSTRING ? lua_tolstring(L, i, &n) : NULL;
  return s != NULL && n == strlen(lit) && memcmp(s, lit, n) == 0;
}

/* core.result_values over the string at 'at' in record r's context (its
   Remote-MTA's host, recipient's domain, diagnostic's phase, Status's
   class; the caller's mx, domain, phase and provider at ctx..ctx+3
   first, when not nil): its 15 values pushed ('lazy': no template,
   env.mt makes it when read) */
static void jm_result_of (lua_State *L, const sb_mail_rec *r, int at, int ctx,
                          int lazy) {
  int k = r->status.p ? dsn_class(r->status) : 0;
  sb_mstr mx, dom;
  mx.p = dom.p = NULL;
  if (r->remote_mta.p) mx = rcpt_mx(r->remote_mta);
  if (r->recipient.p) dom = rcpt_domain(r->recipient);
  lua_pushvalue(L, A_VALUES);
  lua_pushvalue(L, A_RS);
  lua_pushvalue(L, at);
  if (!lua_isnil(L, ctx)) lua_pushvalue(L, ctx);
  else if (mx.p) lua_pushlstring(L, mx.p, mx.n); else lua_pushnil(L);
  if (!lua_isnil(L, ctx + 1)) lua_pushvalue(L, ctx + 1);
  else if (dom.p) lua_pushlstring(L, dom.p, dom.n); else lua_pushnil(L);
  if (!lua_isnil(L, ctx + 2)) lua_pushvalue(L, ctx + 2);
  else if (r->phase > SB_PHASE_UNKNOWN && r->phase < SB_PHASE_MAX) lua_pushinteger(L, r->phase);
  else lua_pushnil(L);
  lua_pushvalue(L, ctx + 3);
  lua_pushvalue(L, A_CONFIRM);
  lua_pushvalue(L, A_ENV);
  lua_pushnil(L);
  if (k) lua_pushinteger(L, k); else lua_pushnil(L);
  lua_pushboolean(L, lazy);
  lua_call(L, 11, JM_RESULT);
}

/* jm_result_of over the string on the top (popped) */
static void jm_result (lua_State *L, const sb_mail_rec *r, int ctx, int lazy) {
  int at = lua_gettop(L);
  jm_result_of(L, r, at, ctx, lazy);
  lua_remove(L, at);
}

/* the 15 values on top replace the 15 below them */
static void jm_take (lua_State *L) {
  int i;
  for (i = 0; i < JM_RESULT; i++) lua_replace(L, -1 - JM_RESULT);
}

/* whether v (not empty) occurs in s[0..n): string.find's plain search */
static int jm_find (const char *s, size_t n, sb_mstr v) {
  size_t i;
  for (i = 0; i + v.n <= n; i++)
    if (s[i] == v.p[0] && memcmp(s + i, v.p, v.n) == 0) return 1;
  return 0;
}

#define JM_DIGIT(c)  ((c) >= '0' && (c) <= '9')
/* whether v is the string literal 'lit' */
#define JM_EQ(v, lit)  ((v).n == sizeof(lit) - 1 && memcmp((v).p, lit, (v).n) == 0)

/* a Status "c.d.ddd" (class 2, 4 or 5) whose detail is not x.0.0 (but
   for class 2): one a reply naming no cause is read with */
static int jm_status_tells (sb_mstr v) {
  size_t i = 4;
  if (v.n < 5 || (v.p[0] != '2' && v.p[0] != '4' && v.p[0] != '5') || v.p[1] != '.'
      || !JM_DIGIT(v.p[2]) || v.p[3] != '.')
    return 0;
  while (i < v.n && JM_DIGIT(v.p[i])) i++;
  if (i != v.n) return 0;
  return v.p[0] == '2' || !(v.p[2] == '0' && v.n == 5 && v.p[4] == '0');
}

/* the slot of result field f (jm_key) in the 15 values from 'base';
   the first of the 15 values on the top */
#define JM_AT(base, f)  ((base) + (f) - JM_MAIL)
#define JM_TOP(L)  (lua_gettop(L) - JM_RESULT + 1)

/*
** Record r classified: its 15 result values pushed (jm_result's 'ctx',
** 'lazy'; 'x', an index or 0: the text the reporting MTA wrote for
** people).  The reply: the diagnostic, else the Status's whole value
** (its comment may name the cause), else the Status; with none, that
** text read first.  A reply naming no cause is read again: as that text
** when there is no diagnostic; with the Status before it when that names
** one, text and template kept.  A success for a recipient not delivered
** is read as a record without a reply.  (The steps smtpbounce.mail's
** classify took in Lua; the API's records and `mail --json` share them.)
** 'rs': the index of the record's reply as a string when the caller
** pushed it already (else 0: made here).
*/
static void jm_classify (lua_State *L, const sb_mail_rec *r, int x, int ctx, int lazy,
                         int rs) {
  sb_mstr st = r->status;
  int reply, R, own = !(r->reply.p && rs);  /* (a string of its own, removed
                                                at the end) */
  if (!own) reply = rs;
  else {
    if (r->reply.p) lua_pushlstring(L, r->reply.p, r->reply.n);
    else if (r->status_text.p) lua_pushlstring(L, r->status_text.p, r->status_text.n);
    else if (st.p) lua_pushlstring(L, st.p, st.n);
    else lua_pushliteral(L, "");
    reply = lua_gettop(L);
  }
  R = lua_gettop(L) + 1;  /* the result's values */
  jm_result_of(L, r, x && lua_rawlen(L, reply) == 0 ? x : reply, ctx, lazy);
  if (x && lua_rawlen(L, reply) == 0) {
    /* (only the people's text can tell: read first, the empty reply only
       when it tells nothing either) */
    if (jm_is(L, JM_AT(R, JM_REASON), "undefined")) {
      lua_pop(L, JM_RESULT);
      jm_result_of(L, r, reply, ctx, lazy);
    }
    if (own) lua_remove(L, reply);
    return;
  }
  if (x && r->reply.p == NULL && jm_is(L, JM_AT(R, JM_REASON), "undefined")) {
    /* (a Status that tells nothing, no diagnostic: the people's text, the
       Status still giving the class; the record's text the one read) */
    jm_result_of(L, r, x, ctx, lazy);
    if (jm_is(L, JM_AT(JM_TOP(L), JM_REASON), "undefined")) lua_pop(L, JM_RESULT);
    else jm_take(L);
  } else if (jm_is(L, JM_AT(R, JM_OUTCOME), "delivered") && r->action.p
             && (JM_EQ(r->action, "failed") || JM_EQ(r->action, "delayed"))) {
    /* (a success quoted for a recipient not delivered, a report quoting
       the remote end's "250 ... OK": read as a record without a reply,
       the people's text first when it says otherwise) */
    int got = 0;
    if (x) {
      jm_result_of(L, r, x, ctx, lazy);
      got = !jm_is(L, JM_AT(JM_TOP(L), JM_OUTCOME), "delivered");
      if (!got) lua_pop(L, JM_RESULT);
    }
    if (!got) {
      lua_pushliteral(L, "");
      jm_result(L, r, ctx, lazy);
    }
    jm_take(L);
  }
  if (jm_is(L, JM_AT(R, JM_REASON), "undefined") && st.p && jm_status_tells(st)) {
    size_t n;
    const char *s = lua_tolstring(L, reply, &n);
    if (!jm_find(s, n, st)) {
      /* (a reply naming no cause under a Status that does: Sun's "Illegal
         host/domain name found" of a 5.4.4 report, Sympa's "Message
         distributed" of a 2.0.0 one; read with the Status) */
      lua_pushlstring(L, st.p, st.n);
      lua_pushliteral(L, " ");
      lua_pushvalue(L, reply);
      lua_concat(L, 3);
      jm_result(L, r, ctx, lazy);
      if (jm_is(L, JM_AT(JM_TOP(L), JM_REASON), "undefined")) lua_pop(L, JM_RESULT);
      else {  /* (the text and the template kept as read) */
        int t = JM_TOP(L);
        lua_pushvalue(L, JM_AT(R, JM_TEXT));
        lua_replace(L, JM_AT(t, JM_TEXT));
        if (lazy) {  /* (the reply's template, made now) */
          jm_result_of(L, r, reply, ctx, 0);
          lua_replace(L, JM_AT(t, JM_TEMPLATE));
          lua_pop(L, JM_RESULT - 1);
        } else {
          lua_pushvalue(L, JM_AT(R, JM_TEMPLATE));
          lua_replace(L, JM_AT(t, JM_TEMPLATE));
        }
        jm_take(L);
      }
    }
  }
  if (own) lua_remove(L, reply);
}

/*
** Record r's 15 result values pushed: the fields of its fixed effect when
** its format has one (the table at 'fx', 'fixed'[format] as the caller
** found it once a mail: smtpbounce.mail's FEEDBACK, VACATION), its text the feedback type of an arf record (else ""), its
** tags a new empty table; else classified (jm_classify: 'x', 'ctx',
** 'lazy', 'rs').  Returns whether it was classified.
*/
static int jm_values (lua_State *L, const sb_mail *m, const sb_mail_rec *r,
                      const char *format, int fx, int x, int ctx, int lazy,
                      int rs) {
  int f;
  if (!lua_istable(L, fx)) {
    jm_classify(L, r, x, ctx, lazy, rs);
    return 1;
  }
  for (f = JM_MAIL; f < JM_MAIL + JM_RESULT; f++) {
    if (f == JM_TEXT && m->feedback_type.p && strcmp(format, "arf") == 0)
      lua_pushlstring(L, m->feedback_type.p, m->feedback_type.n);
    else if (f == JM_TEXT) lua_pushliteral(L, "");
    else if (f == JM_TEXT + 1) lua_newtable(L);
    else {
      JM_NAME(L, f);
      lua_rawget(L, fx);
    }
  }
  return 0;
}

/*
** s[0..len) read into the state's box (read_box) and its explanation
** pushed (nil: none): its format's name, *x the explanation's index (0
** none); or NULL, nil and "not a bounce: <why>" pushed.
*/
static const char *jm_open (lua_State *L, State *st, const char *s, size_t len, int *x) {
  const char *format;
  luaL_checkstack(L, 4 * JM_RESULT + 16, NULL);
  format = read_box(L, st, s, len);
  if (format == NULL) return NULL;
  if (st->box.m.explanation.p)
    lua_pushlstring(L, st->box.m.explanation.p, st->box.m.explanation.n);
  else lua_pushnil(L);
  *x = st->box.m.explanation.p ? lua_gettop(L) : 0;
  return format;
}

/* record r's line (its source at 'si', its result's values from 'v')
   appended */
static void jm_line (lua_State *L, State *st, const sb_mail *m, const sb_mail_rec *r,
                     const char *format, int si, int v) {
  size_t n;
  const char *src = lua_tolstring(L, si, &n);
  sb_mstr ms[JM_MAIL];
  int f;
  jb_add(L, st, "{\"source\":", 10);
  jb_string(L, st, src, n);
  rec_strings(m, r, format, ms);
  for (f = 0; f < JM_MAIL; f++) jm_str(L, st, f, ms[f]);
  for (f = 0; f < JM_RESULT; f++) jm_member(L, st, JM_MAIL + f, v + f);
  jb_add(L, st, "}\n", 2);
}

/*
** The message s[0..len) read and its records' lines (their source at
** 'si', ctx nil at A_REGULAR + 1: json_mail's stack) appended to st->jb:
** their number, or -1 for no bounce (nil, "not a bounce: <why>" pushed).
*/
static int jm_mail (lua_State *L, State *st, const char *s, size_t len, int si) {
  Box *b = &st->box;
  size_t i;
  int x, n;
  const char *format = jm_open(L, st, s, len, &x);
  if (format == NULL) return -1;
  lua_getfield(L, A_FIXED, format);
  for (i = 0; i < b->m.nrecs; i++) {
    jm_values(L, &b->m, &b->m.recs[i], format, lua_gettop(L), x, A_REGULAR + 1, 0, 0);
    jm_line(L, st, &b->m, &b->m.recs[i], format, si, JM_TOP(L));
    lua_pop(L, JM_RESULT);
  }
  lua_pop(L, 2);  /* (the explanation, the fixed effect) */
  n = (int)b->m.nrecs;
  box_free(b);
  return n;
}

/*
** The 15 values from 'v' into the record at 'rec' (a blank one: nil
** values left out), 'tags' a copy of the effect's.
*/
static void jm_fill (lua_State *L, int rec, int v) {
  int f;
  for (f = 0; f < JM_RESULT; f++) {
    if (lua_isnil(L, v + f)) continue;
    lua_pushvalue(L, R_KEY(JM_MAIL + f));
    if (JM_MAIL + f == JM_TEXT + 1) {  /* (the caller may change its tags) */
      int i, n = (int)lua_rawlen(L, v + f);
      lua_createtable(L, n, 0);
      for (i = 1; i <= n; i++) {
        lua_rawgeti(L, v + f, i);
        lua_rawseti(L, -2, i);
      }
    } else lua_pushvalue(L, v + f);
    lua_rawset(L, rec);
  }
}

/*
** mailreader.read(message, headers, envelope, result_values, ruleset,
**                 confirm, env, fixed [, mx, domain, phase, provider])
**   -> records, x_original_to, delivered_to, to; or nil, "not a bounce:
**   <why>".
** 'records': smtpbounce.mail's records, tables with the fields of
** sb_mail_rec and the mail's ('headers': the original's fields named in
** the array 'headers', one table shared by the records), and the
** result's as json_mail finds them (jm_values; the caller's mx, domain,
** phase index and provider index first; 'fixed': format -> its effect),
** env.mt the metatable of each classified one.  Then, with 'envelope' (else
** nil), the bounce's own X-Original-To, Delivered-To and To (raw, or
** nil) for VERP decoding.
*/
static int l_read (lua_State *L) {
  size_t len, i;
  const char *s = luaL_checklstring(L, A_MSG, &len), *format;
  State *st = (State *)lua_touserdata(L, lua_upvalueindex(1));
  Box *b = &st->box;
  int recs, headers, mt, x, fx, envelope = lua_toboolean(L, 3);
  if (!lua_isnoneornil(L, 2)) luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, A_ENV, LUA_TTABLE);
  luaL_checktype(L, A_FIXED, LUA_TTABLE);
  lua_settop(L, A_FIXED + 4);  /* the caller's mx, domain, phase, provider */
  lua_getfield(L, A_ENV, "mt");
  mt = lua_gettop(L);
  if ((format = jm_open(L, st, s, len, &x)) == NULL) return 2;
  lua_getfield(L, A_FIXED, format);
  fx = lua_gettop(L);
  push_headers(L, &b->m);
  headers = lua_gettop(L);
  lua_createtable(L, (int)b->m.nrecs, 0);
  recs = lua_gettop(L);
  for (i = 0; i < b->m.nrecs; i++) {
    const sb_mail_rec *r = &b->m.recs[i];
    int classified, rs = 0, rec;
    if (r->reply.p) {  /* (one string for the record and its reading) */
      lua_pushlstring(L, r->reply.p, r->reply.n);
      rs = recs + 1;
    }
    push_rec(L, &b->m, r, format, headers, rs);
    rec = lua_gettop(L);
    classified = jm_values(L, &b->m, r, format, fx, x, A_FIXED + 1, 1, rs);
    jm_fill(L, rec, JM_TOP(L));
    lua_pop(L, JM_RESULT);
    if (classified) {  /* (a fixed record has no metatable) */
      lua_pushvalue(L, mt);
      lua_setmetatable(L, rec);
    }
    lua_rawseti(L, recs, (int)i + 1);
    lua_settop(L, recs);
  }
  lua_pushvalue(L, recs);
  for (i = 0; i < 3; i++) {
    sb_mstr v = b->m.envelope[i];
    if (v.p && envelope) lua_pushlstring(L, v.p, v.n);
    else lua_pushnil(L);
  }
  box_free(b);  /* now rather than at the next collection */
  return 4;
}

/* }====================================================================== */


/* mailreader.caps -> the reader's caps (sb_mail.h) */
static void push_caps (lua_State *L) {
  const struct { const char *k; lua_Integer v; } caps[] = {
    {"parts", SB_MAIL_MAX_PARTS}, {"depth", SB_MAIL_MAX_DEPTH},
    {"header_bytes", (lua_Integer)SB_MAIL_MAX_HEADER},
    {"header_fields", SB_MAIL_MAX_FIELDS}, {"recipients", SB_MAIL_MAX_RCPTS},
    {"decoded_bytes", (lua_Integer)SB_MAIL_MAX_DECODED}};
  size_t i;
  lua_createtable(L, 0, 7);
  for (i = 0; i < sizeof caps / sizeof caps[0]; i++) {
    lua_pushinteger(L, caps[i].v);
    lua_setfield(L, -2, caps[i].k);
  }
}


#include "lmail_dir.h"  /* files: mailreader.tree, small_file, json_mail */


SB_EXPORT int luaopen_smtpbounce_mailreader (lua_State *L);

SB_EXPORT int luaopen_smtpbounce_mailreader (lua_State *L) {
  if (luaL_newmetatable(L, DIRBOX)) {
    lua_pushcfunction(L, dirbox_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, STATE)) {
    lua_pushcfunction(L, state_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  lua_createtable(L, 0, 7);
  {
    State *st = (State *)lua_newuserdatauv(L, sizeof(State), 0);
    int c;
    memset(&st->convs, 0, sizeof st->convs);
    st->box.live = 0;
    for (c = 0; c < 256; c++)
      st->plain[c] = (unsigned char)(c >= 0x20 && c < 0x7f && c != '"' && c != '\\');
    st->jb = NULL;
    st->jlen = st->jcap = 0;
    st->jr = NULL;
    st->dirfd = -1;
    st->dirtry = 0;
    st->dirlen = 0;
    luaL_setmetatable(L, STATE);
  }
  lua_pushvalue(L, -1);
  {
    int f;
    luaL_checkstack(L, JM_MAIL + JM_RESULT, NULL);
    for (f = 0; f < JM_MAIL + JM_RESULT; f++) JM_NAME(L, f);
    lua_pushcclosure(L, l_read, JM_MAIL + JM_RESULT + 1);
  }
  lua_setfield(L, -3, "read");
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, l_small_file, 1);
  lua_setfield(L, -3, "small_file");
  lua_pushvalue(L, -1);
  lua_pushnil(L);  /* the 'fields' and 'keys' json_record read last */
  lua_pushnil(L);
  lua_pushcclosure(L, l_json_record, 3);
  lua_setfield(L, -3, "json_record");
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, l_json_mail, 1);
  lua_setfield(L, -3, "json_mail");
  lua_pushvalue(L, -1);
  lua_pushcclosure(L, l_json_files, 1);
  lua_setfield(L, -3, "json_files");
  lua_pushstring(L, &JM_FIELDS(JM_SPACED)[1]);  /* (the names, space-separated) */
  lua_setfield(L, -3, "json_mail_fields");
  lua_pushcclosure(L, l_json_string, 1);
  lua_setfield(L, -2, "json_string");
  lua_pushcfunction(L, l_tree);
  lua_setfield(L, -2, "tree");
  push_caps(L);
  lua_setfield(L, -2, "caps");
  lua_pushliteral(L, SMTPBOUNCE_VERSION);
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
