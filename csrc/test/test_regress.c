/*
** test_regress.c -- inputs the fuzz targets (csrc/fuzz/) found, replayed
** through the same checks in a plain build: fuzz_parse.c's and
** fuzz_compile.c's LLVMFuzzerTestOneInput are compiled in under other
** names, with FUZZ_CHECK counting like CHECK instead of aborting.  Each
** input that once failed is listed with what went wrong; minimal forms
** of the bug follow with their exact expected text.
**
** fuzz_classify needs the built-in rules dumped from Lua (make fuzz), so
** its finds are replayed in spec/smtpbounce_spec.lua ("hostile replies")
** instead.
*/

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "smtpbounce.h"
#include "check.h"

#define FUZZ_CHECK(c)  ((void)CHECK(c))

int fuzz_parse_one (const uint8_t *data, size_t size);
int fuzz_compile_one (const uint8_t *data, size_t size);
int fuzz_mail_one (const uint8_t *data, size_t size);

#define LLVMFuzzerTestOneInput fuzz_parse_one
#include "../fuzz/fuzz_parse.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_compile_one
#include "../fuzz/fuzz_compile.c"
#undef LLVMFuzzerTestOneInput
#define LLVMFuzzerTestOneInput fuzz_mail_one
#include "../fuzz/fuzz_mail.c"
#undef LLVMFuzzerTestOneInput

typedef struct Case {
  const char *what;       /* what failed, and where it was fixed */
  int (*target) (const uint8_t *, size_t);
  const char *data;
  size_t len;
} Case;

#define CASE(what, target, lit)  {what, target, lit, sizeof(lit) - 1}

static const Case cases[] = {
  /* fuzz_parse: "invariant failed: ... text[i + 1] != ' '" -- a space
     kept inside a run (sb_parse.c walk_run/space_stays, a speed change)
     came right before an entity that decodes to a space ("&#x01;",
     "&nbsp;"), which then owed a second space: "amp;  Ay".  Fixed in
     space_stays: a space before '&' never stays in the run. */
  CASE("double space before a folding entity", fuzz_parse_one,
    "554 Message not allowed - [PH01] Email not accepted!for polic&amp;amp"
    ";amp;p;amp;amp;amp;amp;amp;amp;amp; mp;amp;amp;amp; &#x41; &#65; &#11"
    "141rea&# 11;0; &solns  &#11141&# 11;0; &lt[t120]ed - [PH01] Email not"
    " accepted!for polic&amp;a;appmm;p;amp;amp;amp;amp;amp;amp;amp; &#x01;"
    " &#65;y &amp;amp;amp;p;amp;amp;amp;amp;amp;am"),
  /* fuzz_compile: "invariant failed: end >= prev_end" -- the harness
     expected hits in order of position; since phrases with bytes >= 0x80
     run in a second automaton, they come after the others (the oracle
     learnt that; the code was right) */
  CASE("hits of the second automaton come last", fuzz_compile_one,
    "\000\004\011%end \000\005\000!mailbox\036foul\002\001\000\000\000\000"
    "\200\000f data!blocked\036rate\000\005\002\000\001"),
  /* fuzz_compile: "decision differs from the oracle's" -- the provider
     is now the caller's mx, then the caller's domain, then the relay the
     text names, then a token in the text (sb_classify.c detect); the
     oracle (fuzz_common.h) still put the relay and the token before the
     domain (the oracle learnt the new order; the code was right) */
  CASE("the caller's domain before the relay and tokens", fuzz_compile_one,
    "\000\005\000!mailbox\036full\007\010\002\001\000\000\000\000\200"
    "\000\005\000\001\002\003\003\004\000\000\000\001\001\001\002\003"
    "\000\000\004\000\002\012\016\004\010\002\027\024\024\021\025\021"
    "\001\001\006\000\000\000\000\001\000\000\000\000\000\001\000\000"
    "\000\000\000\001\001\000\000\001\002\000\000\000\000\000\000\000"
    "\000\001\003\0010\000\000\000\000\000\000\000\000\002\001\000\000"
    "\000\001\001\000\000\000\000\000\000\000\000\000\000\000\000\000"
    "\000\000\000\000\002\016mx.example.com\000\013example.net\001\001"
    "\013example.org\0010 5.7.0 Authentication required"),
  /* fuzz_compile: "hit offsets differ from the oracle's" -- a phrase
     ending on a typeset apostrophe (U+2019, read as "'") ended one byte
     early in the core's automaton, which counted the position after
     feeding the "'"; fixed in sb_classify.c feed_folded */
  CASE("a phrase that ends on a typeset apostrophe", fuzz_compile_one,
    "\000\004\011%end of data!blockedecipient\342\200\231s email \000\005"
    "\000!mailbox\036\002\027\024, conn_use=\024\021\025z\021\001\001\006"
    "\000\374\377\377\376\000\000\000\000\000\001\000\0004\000\000\001\001"
    "\000\000\001\002mailbox\000\001\003\0010\377-\377\377\377\377\377\377"
    "\377\377\377\377llllllllllllll, conn_use=xxxx) rep4.7.0\naccount is add"
    "ress. It is used if the \342\200\362ull (quota exceede\234invalid recip"
    "ient\342\200\231s \321\201\321\214\320\274\320\276 \320\275\320\265 "
    "\321\203\320\264\320\260\320\273\320\276\321\201\321\214 \320\264\320"
    "\276\321\201\321\202\320\260\320\262\320\270\321)\202\321\214. \320\237"
    "\320\270\321\201"),
  /* fuzz_mail: "every string valid UTF-8" -- a charset named "UTF-8"
     followed by garbage bytes, which iconv took as UTF-8, let raw EUC-JP
     bytes of the text into the record's reply; fixed in
     sb_mime_charset.h to_utf8 (what iconv gives is checked too) */
  CASE("a loosely named charset's bytes checked as UTF-8", fuzz_mail_one,
    "To: nospam-ml-admin@ffs.Tue, 5 Aug 2003 19:27:33 +0900\nMIME-Version: 1"
    ".0\nContent-T\245\341\241\274\245\353\245\334\245\303\245\257\245\271"
    "\244\313\315\306\316\314\300\251\270\302\244\254\244\242\244\352\244"
    "\336\244\271\241\243\n\244\242\244\312\244\277\315\315\244\254\245\341"
    "\241\274\245\353\007%7 \243U\000\000\244\362\301\367\244\303\331\244"
    "\277freeserve\245\346\241\274\245\266\241\274\244\316\245\377\241\274"
    "\245\353\245\334\245\303\245\257\245\271\244\254\300\251\270\302\303"
    "\315\244\313\303\243\244\267\244\306\244\252\n\244\355\241\242=A4tspr=C"
    "3=BCfung\077=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF"
    "-8\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372"
    "\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372"
    "\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372\372"
    "\372\372\372\nContent-Transfer-Encoding: 8bit\n\nDie E-Mail an user1@kl"
    "eppers-group.de konnte nicht\nzugestellt werden, da die E-Mailabdresse "
    "abgelaufen oder ung\303\274ltig ist.\n\nDie Nachricht kolM2Ie8A6\nConte"
    "nt-Type: text/plain; charset=us-ascii\nContent-Disposition: inline\nCon"
    "tent-Transfer-Encoding:~ quoted-printable\n\nHmm, vger does not like th"
    "e driver name of the Adaptec driver. ;-)\n\nRobert\n\n----- Forwarded m"
    "essage03 08:56:nnte nicht zugestellt werde\244\252\301\367\244\352\1348"
    "\244\312\244\303\244\277\245\341\241\274\245\353\244\362\274\365\244"
    "\261\274\350\244\353\244\263\244\310\244\254\275\320\315\350\244pport@f"
    "reeserve.ne.jp\n"),
};

/* the clean text of 's' is 'want' */
static void text_is (const char *s, const char *want) {
  sb_reply r;
  char out[256];
  size_t n;
  smtpbounce_parse(s, strlen(s), &r);
  n = smtpbounce_text(s, strlen(s), &r, out);
  CHECK_INT(n, r.text_len);
  CHECK_STR(out, n, want);
}

int main (void) {
  size_t i;
  for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
    int before = check_nfail;
    cases[i].target((const uint8_t *)cases[i].data, cases[i].len);
    if (check_nfail != before) printf("    in case: %s\n", cases[i].what);
  }
  /* minimal forms of the double space */
  text_is("554 x &#1;y", "x y");
  text_is("554 x &#x01; &#65;y", "x Ay");
  text_is("554 a &nbsp;", "a");
  text_is("554 a &nbsp; b", "a b");
  text_is("554 a &#32;&#9;&nbsp;b", "a b");
  text_is("a &nbsp;", "a");
  return check_summary("test_regress");
}
