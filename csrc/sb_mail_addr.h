/*
** sb_mail_addr.h -- small readings of the addresses in delivery status
** fields: an address a forum's BBCode wraps, and whether two addresses
** are the same.  Included by sb_mail.c alone, before address().
*/

#ifndef SB_MAIL_ADDR_H
#define SB_MAIL_ADDR_H

/* "[tag]a@b[/tag]" whose first tag ends at 'i': the inside when it holds
   an '@' and a closing tag follows, else 'v' as it is */
static sb_mstr bbcode_inner (sb_mstr v, size_t i) {
  size_t j = i + 1;
  while (j + 1 < v.n && !(v.p[j] == '[' && v.p[j + 1] == '/')) j++;
  if (j + 1 < v.n && memchr(v.p + i + 1, '@', j - i - 1) != NULL) {
    v.p += i + 1;
    v.n = j - i - 1;
  }
  return v;
}

/* whether two addresses are the same, ASCII letters compared without
   their case */
static int same_address (sb_mstr a, sb_mstr b) {
  size_t i;
  if (a.n != b.n || a.n == 0) return 0;
  for (i = 0; i < a.n; i++) {
    unsigned char x = (unsigned char)a.p[i], y = (unsigned char)b.p[i];
    if (x >= 'A' && x <= 'Z') x = (unsigned char)(x + 32);
    if (y >= 'A' && y <= 'Z') y = (unsigned char)(y + 32);
    if (x != y) return 0;
  }
  return 1;
}

#endif
