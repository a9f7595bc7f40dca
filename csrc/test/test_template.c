/*
** test_template.c -- standalone tests of the template of a clean text
** (sb_template.c): addresses, IPs, host names, numbers and ids replaced
** by {email} {ip} {host} {n} {hex} {id}, given in pieces or written to a
** buffer.  Real shapes (from the replies of spec/fixtures/seed.lua and
** accuracy/corpus), their edges, and bad input: empty, NUL bytes, bytes
** that are no UTF-8, and a text of megabytes.
*/

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpbounce.h"
#include "check.h"

/* the template: each placeholder, the tokens kept, and the buffer version
   equal to the pieces (".@a" is the token with the longest placeholder
   for its length: 3 bytes for 7) */
typedef struct Joined { char buf[256]; size_t n; } Joined;

static void join_emit (void *ud, const char *p, size_t n) {
  Joined *j = (Joined *)ud;
  memcpy(j->buf + j->n, p, n);
  j->n += n;
}

static void t_tpl (int ln, const char *in, const char *want) {
  Joined j;
  char out[3 * 80];
  size_t len = strlen(in), n;
  j.n = 0;
  smtpbounce_template(in, len, join_emit, &j);
  n = smtpbounce_template_write(in, len, out);
  if (!check_report(n == strlen(want) && memcmp(out, want, n) == 0 &&
                    j.n == n && memcmp(j.buf, out, n) == 0,
                    "template", __FILE__, ln)) {
    printf("    got  "); check_put(out, n);
    printf("\n    want "); check_put(want, strlen(want)); putchar('\n');
  }
  CHECK(n <= SB_TEMPLATE_MAX(len));
}

static void test_template (void) {
  t_tpl(__LINE__, "", "");
  t_tpl(__LINE__, "hello world.", "hello world.");
  t_tpl(__LINE__, "mail for a@b.example: rejected", "mail for {email}: rejected");
  t_tpl(__LINE__, "from 192.0.2.1, 2001:db8::1 and ::1.", "from {ip}, {ip} and {ip}.");
  t_tpl(__LINE__, "5.7.1 see 550.1.1 and 4.2.0", "5.7.1 see 550.1.1 and 4.2.0");
  t_tpl(__LINE__, "host mx1.example.com. said", "host {host}. said");
  t_tpl(__LINE__, "queue 12 of 7 at 1.5: 3", "queue {n} of 7 at {n}: 3");
  t_tpl(__LINE__, "id deadbeef00 or ABC12345 or x123 or ab12345",
        "id {hex} or {hex} or x123 or {id}");
  t_tpl(__LINE__, ".@a .@a; .@a:.@a", "{email} {email}; .@a:.@a");
  t_tpl(__LINE__, "::: -- == .. a-b_c+d%e", "::: -- == .. a-b_c+d%e");
  t_tpl(__LINE__, "caf\xc3\xa9 1.2.3.4\xc3\xa9", "caf\xc3\xa9 {ip}\xc3\xa9");
  /* edges of the shapes: digit groups, the last label, hex and ids */
  t_tpl(__LINE__, "9.940667.8.1504 1.2.3.4567890123 1..2.3 .1.2.3 1.2.3. "
        "2.10.100 6.1.1", "{ip} {n} {n} {n} {n}. 2.10.100 {n}");
  t_tpl(__LINE__, "a.bc a.b mx-1.ex_ample.COM x.y.z9 host.example.c0m a.b-c",
        "{host} a.b {host} x.y.z9 host.example.c0m a.b-c");
  t_tpl(__LINE__, "::ffff:1.2.3.4 fe80::1%eth0 12:34 abc:def:0",
        "{ip} {id} 12:34 {ip}");
  t_tpl(__LINE__, "ab12c abc12345 12abc345 a1b2c3d4e5 DEADBEEF 0xDEADBEEF9",
        "ab12c {hex} {hex} {hex} DEADBEEF 0xDEADBEEF9");
}

/* pieces counted and measured, never kept (for big inputs) */
typedef struct Counted { size_t n, pieces, empty; } Counted;

static void count_emit (void *ud, const char *p, size_t n) {
  Counted *c = (Counted *)ud;
  (void)p;
  c->n += n;
  c->pieces++;
  if (n == 0) c->empty++;
}

/* bytes the text does not hold as it should (NUL bytes, not UTF-8) are
   copied through, never taken as the end of the text */
static void test_bad_bytes (void) {
  static const char nul[] = "mail for a@b.example\0 at 192.0.2.1\0";
  char out[3 * sizeof nul];
  size_t n = smtpbounce_template_write(nul, sizeof nul - 1, out);
  CHECK_STR(out, 16, "mail for {email}");
  CHECK(n <= SB_TEMPLATE_MAX(sizeof nul - 1));
  CHECK(memcmp(out + 16, "\0 at {ip}\0", 10) == 0);
  CHECK_INT(n, 26);
  t_tpl(__LINE__, "\xff\xfe 12345 \xc0\xaf", "\xff\xfe {n} \xc0\xaf");
  t_tpl(__LINE__, "\x01\x02\x7f", "\x01\x02\x7f");
  /* a NULL text with no length: nothing */
  CHECK_INT(smtpbounce_template_write(NULL, 0, out), 0);
}

/* a text of megabytes: the pieces add up to the buffer version, which
   stays within SB_TEMPLATE_MAX; the shape of one unit, repeated */
static void test_huge (void) {
  static const char unit[] = "user a@b.example at 192.0.2.1 id 12345678 ";  /* 42 bytes */
  const size_t reps = (4u << 20) / (sizeof unit - 1);
  size_t len = reps * (sizeof unit - 1), i, n;
  char *in = (char *)malloc(len), *out = (char *)malloc(SB_TEMPLATE_MAX(len));
  Counted c = { 0, 0, 0 };
  if (!CHECK(in != NULL && out != NULL)) { free(in); free(out); return; }
  for (i = 0; i < reps; i++) memcpy(in + i * (sizeof unit - 1), unit, sizeof unit - 1);
  n = smtpbounce_template_write(in, len, out);
  smtpbounce_template(in, len, count_emit, &c);
  CHECK(n <= SB_TEMPLATE_MAX(len));
  CHECK_INT(c.n, n);
  CHECK_INT(c.empty, 0);
  CHECK_STR(out, 33, "user {email} at {ip} id {n} user ");
  CHECK_INT(n, reps * 28);
  /* one word of megabytes: kept whole */
  memset(in, 'x', len);
  n = smtpbounce_template_write(in, len, out);
  CHECK_INT(n, len);
  CHECK(memcmp(in, out, len) == 0);
  free(in);
  free(out);
}

int main (void) {
  test_template();
  test_bad_bytes();
  test_huge();
  return check_summary("test_template");
}
