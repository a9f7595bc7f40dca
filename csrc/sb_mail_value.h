/*
** sb_mail_value.h -- the values of delivery status fields as records keep
** them, for sb_mail.c (included once, after new_rec()): a value without
** its type ("rfc822; x"), an address, a status, an action word, a
** diagnostic with its folded lines squeezed, and \u escapes of a
** UTF-8 address undone.
*/

#ifndef SB_MAIL_VALUE_H
#define SB_MAIL_VALUE_H

/* a value "type; x" without its type (a word before ';', no '@' or blank
   in it), trimmed */
static sb_mstr untyped (sb_mstr v) {
  size_t i;
  for (i = 0; i < v.n && i < 32; i++) {
    char c = v.p[i];
    if (c == ';') return sb_mime_trim(v.p + i + 1, v.n - i - 1);
    if (c == '@' || c == ' ' || c == '<' || c == '"') break;
  }
  return v;
}

#include "sb_mail_addr.h"  /* BBCode around an address, same address */

/* an address: its type removed, "<>" and blanks around it removed (or,
   with no "<>", what follows its first blank) */
static sb_mstr address (sb_mstr v) {
  const char *lt, *gt;
  v = untyped(v);
  lt = (const char *)memchr(v.p, '<', v.n);
  if (lt != NULL && (gt = (const char *)memchr(lt, '>', v.n - (size_t)(lt - v.p))) != NULL) {
    v = angled(lt, gt);  /* (an Outlook link's "<mailto:a@b>" off) */
  } else {  /* a comment or more words after the address: dropped */
    size_t i;
    v = sb_mime_trim(v.p, v.n);
    /* a copy pasted as a markdown link: "[a@b](mailto:a@b)", or in a
       forum's BBCode: "[email]a@b[/email]" */
    if (v.n > 2 && v.p[0] == '[') {
      for (i = 1; i < v.n && v.p[i] != ']'; i++) ;
      if (i + 1 < v.n && v.p[i + 1] == '(') { v.p += 1; v.n = i - 1; }
      else v = bbcode_inner(v, i);
    }
    for (i = 0; i < v.n; i++)
      if (v.p[i] == ' ' || v.p[i] == '\t') {  /* (but "kim at example.org") */
        size_t h = hidden_at_end(v, i);
        v.n = h ? h : i;
        break;
      }
  }
  return sb_mime_trim(v.p, v.n);
}

/* the first address "x@y" in a header value (From, To): the part in <>
   if any, else the first word with an '@' */
static sb_mstr first_address (sb_mstr v) {
  const char *at;
  size_t a, b;
  sb_mstr r;
  r.p = NULL; r.n = 0;
  if (v.p == NULL) return r;
  if (memchr(v.p, '<', v.n) != NULL) {
    r = address(v);
    if (r.n > 0 && memchr(r.p, '@', r.n) != NULL) return r;
  }
  at = (const char *)memchr(v.p, '@', v.n);
  if (at == NULL) { r.p = NULL; r.n = 0; return r; }
  a = b = (size_t)(at - v.p);
  while (a > 0 && v.p[a - 1] > ' ' && v.p[a - 1] != '<' && v.p[a - 1] != ','
         && v.p[a - 1] != ':' && v.p[a - 1] != '"') a--;
  while (b < v.n && v.p[b] > ' ' && v.p[b] != '>' && v.p[b] != ',' && v.p[b] != ';') b++;
  r.p = v.p + a;
  r.n = b - a;
  return r;
}

/* an enhanced status "d.d.d" in v (its first), or absent */
static sb_mstr status_of (sb_mstr v) {
  size_t i;
  sb_mstr r;
  r.p = NULL; r.n = 0;
  for (i = 0; i + 4 < v.n + 0 && i < 64; i++) {
    size_t j = i;
    int ok = 1, k;
    if (!(v.p[i] >= '2' && v.p[i] <= '5') || (i > 0 && v.p[i - 1] >= '0' && v.p[i - 1] <= '9'))
      continue;
    j++;
    for (k = 0; k < 2 && ok; k++) {
      size_t d = 0;
      if (j >= v.n || v.p[j] != '.') { ok = 0; break; }
      j++;
      while (j < v.n && v.p[j] >= '0' && v.p[j] <= '9' && d < 3) { j++; d++; }
      if (d == 0) ok = 0;
    }
    if (ok) { r.p = v.p + i; r.n = j - i; return r; }
  }
  return r;
}

/* a lowercase copy of the first word of v */
static sb_mstr lower_word (sb_mail *m, sb_mstr v) {
  size_t i, n = 0;
  char *out;
  sb_mstr r;
  v = sb_mime_trim(v.p, v.n);
  while (n < v.n && v.p[n] > ' ' && v.p[n] != '(' && v.p[n] != ';') n++;
  r.p = v.p;
  r.n = n;
  if (n == 0 || (out = (char *)sb_mime_alloc(m, n)) == NULL) return r;
  for (i = 0; i < n; i++) {
    char c = v.p[i];
    out[i] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  }
  r.p = out;
  return r;
}

/* an Action, lowered; an MDN's "deleted" or "denied" there is "failed" */
static sb_mstr action_word (sb_mail *m, sb_mstr v) {
  sb_mstr r = lower_word(m, v);
  if ((r.n == 7 && !memcmp(r.p, "deleted", 7)) || (r.n == 6 && !memcmp(r.p, "denied", 6)))
    r.p = "failed", r.n = 6;
  return r;
}

/* whitespace runs (line ends too) folded to one space, trimmed; with
   'marks', a sendmail transcript's "<<< " after a line end (blanks may
   come between) dropped: a reply of several transcript lines, in the
   prose or in a Diagnostic-Code folded over them (sb_prose.h); and the
   '>' marks that start a quoted notice's lines after the first */
static sb_mstr squeeze_lines (sb_mail *m, sb_mstr v, int marks) {
  size_t i, k = 0;
  char *out;
  int sp = 0, bol = 0;
  v = sb_mime_trim(v.p, v.n);
  if (v.n == 0 || (out = (char *)sb_mime_alloc(m, v.n)) == NULL) return v;
  for (i = 0; i < v.n; i++) {
    char c = v.p[i];
    if (c == '\n') bol = 1;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') { sp = 1; continue; }
    if (bol && marks && c == '<' && v.n - i >= 3 && memcmp(v.p + i, "<<<", 3) == 0
        && (v.n - i == 3 || v.p[i + 3] == ' ' || v.p[i + 3] == '\t')) {
      i += 2;  /* the blank after it is a space run */
      continue;
    }
    if (bol && marks && c == '>') continue;  /* a quoted line's marks */
    bol = 0;
    if (sp && k > 0) out[k++] = ' ';
    sp = 0;
    out[k++] = c;
    /* the same again, eight bytes a step while eight are left (all eight
       copied, as many kept as come before a blank or a control; out has
       room: k <= i + 1) */
    while (v.n - (i + 1) >= 8) {
      uint64_t x = load8(v.p + i + 1), t = x & ~HI8;
      uint64_t low = ~(t + ONE8 * (0x80 - 0x21)) & ~x & HI8;  /* up to ' ' */
      memcpy(out + k, v.p + i + 1, 8);
      if (low != 0) {
        k += low_byte(low);
        i += low_byte(low);
        break;
      }
      k += 8;
      i += 8;
    }
    while (i + 1 < v.n && (unsigned char)v.p[i + 1] > ' ')  /* (none after a break) */
      out[k++] = v.p[++i];
  }
  v.p = out;
  v.n = k;
  return v;
}

static sb_mstr squeeze (sb_mail *m, sb_mstr v) {
  return squeeze_lines(m, v, 0);
}

/* }====================================================================== */


/* {======================================================================
** Delivery status (RFC 3464, RFC 6533)
** ======================================================================= */

/*
** An RFC 6533 utf-8 address with its "\x{HEX}" escapes (the xtext and
** unitext forms) as UTF-8; anything else as it is.
*/
static sb_mstr unescape_utf8 (sb_mail *m, sb_mstr v) {
  size_t i, k = 0;
  char *out;
  if (v.n < 5 || memchr(v.p, '\\', v.n) == NULL  /* (its first byte first) */
      || !sb_mime_icontains(v.p, v.n, "\\x{")) return v;
  if ((out = (char *)sb_mime_alloc(m, v.n)) == NULL) return v;
  for (i = 0; i < v.n; i++) {
    unsigned long cp = 0;
    size_t j = i + 3, d = 0;
    if (v.p[i] == '\\' && i + 3 < v.n && v.p[i + 1] == 'x' && v.p[i + 2] == '{') {
      while (j < v.n && d < 6 && ((v.p[j] >= '0' && v.p[j] <= '9')
             || ((v.p[j] | 32) >= 'a' && (v.p[j] | 32) <= 'f'))) {
        cp = cp * 16 + (unsigned long)(v.p[j] <= '9' ? v.p[j] - '0' : (v.p[j] | 32) - 'a' + 10);
        j++;
        d++;
      }
      if (d > 0 && j < v.n && v.p[j] == '}' && cp >= 0x80 && cp <= 0x10FFFF
          && !(cp >= 0xD800 && cp <= 0xDFFF)) {  /* fewer bytes than "\x{..}" */
        if (cp < 0x800) {
          out[k++] = (char)(0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
          out[k++] = (char)(0xE0 | (cp >> 12));
          out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        } else {
          out[k++] = (char)(0xF0 | (cp >> 18));
          out[k++] = (char)(0x80 | ((cp >> 12) & 0x3F));
          out[k++] = (char)(0x80 | ((cp >> 6) & 0x3F));
        }
        out[k++] = (char)(0x80 | (cp & 0x3F));
        i = j;
        continue;
      }
    }
    out[k++] = v.p[i];
  }
  v.p = out;
  v.n = k;
  return v;
}

#endif
