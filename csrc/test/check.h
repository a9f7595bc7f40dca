/*
** check.h -- the smallest test harness that will do: CHECK macros that
** count passes and failures and print each failure with its file:line,
** and check_summary() for the last line, "NAME: N passed, N failed"
** (the form tools/runtests.sh adds up).  Header-only; include it once.
*/

#ifndef CHECK_H
#define CHECK_H

#include <stddef.h>
#include <stdio.h>
#include <string.h>

static int check_npass = 0;   /* checks that held */
static int check_nfail = 0;   /* checks that failed */

static inline int check_report (int ok, const char *what, const char *file,
                                int line) {
  if (ok) check_npass++;
  else {
    check_nfail++;
    printf("%s:%d: FAILED: %s\n", file, line, what);
  }
  return ok;
}

/* print at most 120 bytes of a byte string, escaped */
static inline void check_put (const char *s, size_t n) {
  size_t i;
  putchar('"');
  for (i = 0; i < n && i < 120; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') printf("\\x%02x", c);
    else putchar(c);
  }
  if (n > 120) printf("...(%lu bytes)", (unsigned long)n);
  putchar('"');
}

static inline void check_int_ (long long got, long long want,
                               const char *what, const char *file, int line) {
  if (!check_report(got == want, what, file, line))
    printf("    got %lld, want %lld\n", got, want);
}

static inline void check_str_ (const char *got, size_t glen, const char *want,
                               const char *what, const char *file, int line) {
  size_t wlen = strlen(want);
  int ok = glen == wlen && (wlen == 0 || memcmp(got, want, wlen) == 0);
  if (!check_report(ok, what, file, line)) {
    printf("    got  ");
    check_put(got, glen);
    printf("\n    want ");
    check_put(want, wlen);
    putchar('\n');
  }
}

/* the condition holds */
#define CHECK(c)  check_report((c) != 0, #c, __FILE__, __LINE__)

/* two integers are equal (compared as long long) */
#define CHECK_INT(a, b) \
  check_int_((long long)(a), (long long)(b), #a " == " #b, __FILE__, __LINE__)

/* 'alen' bytes at 'a' are the NUL-terminated string 'b' */
#define CHECK_STR(a, alen, b) \
  check_str_((a), (alen), (b), #a " == " #b, __FILE__, __LINE__)

/* print the summary line; returns the exit status for main */
static inline int check_summary (const char *name) {
  printf("%s: %d passed, %d failed\n", name, check_npass, check_nfail);
  return check_nfail == 0 ? 0 : 1;
}

#endif
