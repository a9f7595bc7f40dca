/*
** sb_wrap.h -- what a hard wrap (a mail client, a list archive or a
** forum wrapping a text at 60 to 78 columns) leaves in a text: the
** width it wrapped at, the shortest line it leaves.  Shared by the mail
** reader (sb_mail.c: a pasted delivery status, a text read again with
** its lines joined) and the prose reader (sb_prose.c: a diagnostic cut
** over lines).
*/

#ifndef SB_WRAP_H
#define SB_WRAP_H

#include <stddef.h>
#include <string.h>

#if !defined(SB_WRAP_MAX)
/* the widest a text is hard wrapped at: a longer line says it was not */
#define SB_WRAP_MAX  80
#endif

#if !defined(SB_WRAPPED)
/* the shortest line a hard wrap leaves before the next (it cuts at a
   blank, a word or so short of its width) */
#define SB_WRAPPED  40
#endif

/* the width the lines of s[0..n) were hard wrapped at, as far as they
   show: the longest line with a blank after its first word (a line of
   one word, a long link, is not cut); 'quoted': a quote's '>' marks are
   leading blanks too ("> a-long-link" is one word) */
static size_t sb_wrap_width (const char *s, size_t n, int quoted) {
  const char *p = s, *e = s + n;
  size_t w = 1;
  while (p < e) {
    const char *nl = (const char *)memchr(p, '\n', (size_t)(e - p)), *q = p;
    const char *le = nl != NULL ? nl : e;
    if ((size_t)(le - p) > w) {
      while (q < le && (*q == ' ' || *q == '\t' || (quoted && *q == '>'))) q++;
      while (q < le && *q != ' ' && *q != '\t') q++;
      while (le > q && (le[-1] == '\r' || le[-1] == ' ')) le--;
      if (q < le && (size_t)(le - p) > w) w = (size_t)(le - p);
    }
    p = nl == NULL ? e : nl + 1;
  }
  return w;
}

#endif
