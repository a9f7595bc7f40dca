/*
** sb_parse_end.h -- where a reply starts after the quotes or brackets
** that open it, and where it ends: the parts of sb_parse.c that read
** what MTAs and logs put around a reply ("'550 x'", "(550 x)",
** Exchange's "#550 x ##", Postfix's "... (in reply to RCPT TO
** command)", qmail's "Giving up on 192.0.2.1.").  Included by sb_parse.c only, after its byte helpers.
*/

#if !defined(SB_MAX_TAIL)
/* longest Postfix "(in reply to ... command)" tail, wrapped blanks and
   all ("(in reply to end of DATA command)" is 34 bytes) */
#define SB_MAX_TAIL 96
#endif

/* trim_end's loop where a byte >= 0x80 stopped the plain one: spaces
   beyond ASCII's too (out of line: trim_end stays small) */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static size_t trim_wide (const char *s, size_t b, size_t e) {
  size_t k;
  while (e > b) {
    if (is_space((unsigned char)s[e - 1])) e--;
    else if ((k = sb_uspace_before(s, e, e)) != 0 && e - k >= b) e -= k;
    else break;
  }
  return e;
}

/* 'e' moved back over whitespace (spaces beyond ASCII's too), never
   before 'b' */
static inline size_t trim_end (const char *s, size_t b, size_t e) {
  while (e > b && is_space((unsigned char)s[e - 1])) e--;
  return e > b && (unsigned char)s[e - 1] >= 0x80 ? trim_wide(s, b, e) : e;
}

/* what closes the opener 'o' at the end of a reply */
static int closer_of (int o) {
  return o == '(' ? ')' : o == '[' ? ']' : o == '`' ? '\'' : o;
}

/*
** At the start of the input (or after a known prefix) 'q': up to three
** quotes, brackets or '#' and then a code, or a status and a blank:
** where the code or status starts, or NONE.  (Inside a text "(500 MB)"
** is no reply; at its start an opener only wraps one: a code, a blank
** or '-' after it and the opener's closer at the end, or what 'wrap_ok'
** takes.)
*/
static size_t opened_at (const char *s, size_t len, size_t q) {
  size_t o = skip_open(s, len, q), e;
  int st[3], c;
  if (o == q) return NONE;
  /* (an opener starts no known prefix: the caller's loop ends here, so
     the input's end is looked at once) */
  if (code_at(s, len, o)) {  /* "(550 x)", "#550-x ##", "('550', 'x')" */
    e = trim_end(s, o, len);
    return ((c = at(s, len, o + 3)) == ' ' || c == '-' || uspc(c, s, len, o + 3))
           && (unsigned char)s[e - 1] == closer_of(s[o - 1])
           ? o : wrap_ok(s, len, q, o, 0) ? o : NONE;
  }
  if ((e = status_at(s, len, o, st)) == NONE) return NONE;
  return blank_at(s, len, e) ? o : NONE;
}

/*
** Is "lit" at 'i', where each blank of 'lit' stands for a run of one or
** more whitespace bytes (line breaks too: Postfix wraps its bounces),
** case-insensitive?  The end, or 0.
*/
static size_t folded_at (const char *s, size_t len, size_t i,
                         const char *lit) {
  size_t k;
  for (k = 0; lit[k] != '\0'; k++) {
    if (lit[k] == ' ') {
      if (!ws_at(s, len, i)) return 0;
      i = skip_ws(s, len, i);
    }
    else if (to_lower(at(s, len, i++)) != (unsigned char)lit[k]) return 0;
  }
  return i;
}

/*
** Postfix's "(in reply to X command)" ending at 'e' (the last byte
** before 'e' its ')', no other bracket inside, at most SB_MAX_TAIL bytes
** back, not before 'b'): where its '(' is, or NONE.
*/
static size_t postfix_tail (const char *s, size_t b, size_t e) {
  size_t i;
  if (e <= b || s[e - 1] != ')') return NONE;
  for (i = e - 1; i > b && e - i <= SB_MAX_TAIL; i--) {
    int c = (unsigned char)s[i - 1];
    if (c == ')') return NONE;
    if (c == '(')
      return folded_at(s, e, i - 1, "(in reply to ") ? i - 1 : NONE;
  }
  return NONE;
}

/*
** qmail's "Giving up on 192.0.2.1." on a line of its own after the reply
** ends at 'e' (at most SB_MAX_TAIL bytes, after 'b'): where its line
** starts, or NONE.
*/
static size_t qmail_tail (const char *s, size_t b, size_t e) {
  size_t i;
  for (i = e; i > b && e - i <= SB_MAX_TAIL; i--)
    if (is_eol((unsigned char)s[i - 1]))
      return folded_at(s, e, skip_ws(s, e, i), "giving up on ") ? i : NONE;
  return NONE;
}

/*
** A quote or bracket that opens the input (at 'q', before the reply's
** start 'b') and whose closer ends it ('e' just after it), wrapping the
** whole: a prefix quoted with its reply ("'smtp; 450 x'", "(<a@b>: host
** h said: 550 x (in reply to RCPT TO command))").  A quote must not come
** again inside; a bracket must not close before the end.  'e' less the
** closer, else 'e'.
*/
static size_t wrapper_end (const char *s, size_t q, size_t b, size_t e) {
  int c, k, depth = 1;
  size_t i;
  if (q >= b || e < b + 1) return e;
  c = (unsigned char)s[q];
  k = closer_of(c);
  if (!(c == '(' || c == '[' || is_quote(c)) || (unsigned char)s[e - 1] != k)
    return e;
  if (c != k) {
    for (i = q + 1; i < e - 1; i++) {
      if ((unsigned char)s[i] == c) depth++;
      else if ((unsigned char)s[i] == k && --depth == 0) return e;
    }
  }
  else if (memchr(s + q + 1, k, e - 1 - (q + 1)) != NULL) return e;
  return e - 1;
}

/*
** The end of the reply: the end of input less trailing whitespace and
** the closer of a quote or bracket wrapping the whole input
** (wrapper_end), Postfix's "(in reply to ...)" tail (the classifier reads
** its phase: smtpbounce_classify scans what follows the body) or qmail's
** "Giving up on" line, and, for each opener right before 'b' (innermost
** first), its closer ("##" for Exchange's '#').
*/
static size_t body_end (const char *s, size_t len, size_t b) {
  size_t e = trim_end(s, b, len), t, o, q = skip_ws(s, len, 0);
  /* (openers right before the reply are the loop's below) */
  if (q < b && skip_open(s, len, q) < b)
    e = trim_end(s, b, wrapper_end(s, q, b, e));
  t = postfix_tail(s, b, e);
  if (t == NONE) t = qmail_tail(s, b, e);
  if (t != NONE) e = trim_end(s, b, t);
  for (o = b; o > 0 && b - o < 3 && e > b; o--) {
    int c = (unsigned char)s[o - 1], k = closer_of(c);
    if (!(c == '(' || c == '[' || c == '#' || is_quote(c))) break;
    if ((unsigned char)s[e - 1] != k) break;
    e--;
    if (c == '#' && e > b && s[e - 1] == '#') e--;
    e = trim_end(s, b, e);
  }
  return e;
}

/*
** Input with no code or status that one quote or bracket wraps whole
** ("'Mailbox full'", "[Host not found]"), its closer nowhere inside: the
** start of the text inside ('body_end' drops the closer), else 'b'.
*/
static size_t unwrap_start (const char *s, size_t len, size_t b) {
  size_t q = skip_ws(s, len, b), e = trim_end(s, q, len);
  int c = at(s, len, q), k = closer_of(c);
  if (!(c == '(' || c == '[' || is_quote(c)) || e < q + 3 || s[e - 1] != k)
    return b;
  return memchr(s + q + 1, k, e - q - 2) == NULL ? q + 1 : b;
}
