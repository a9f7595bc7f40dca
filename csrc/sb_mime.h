/*
** sb_mime.h -- what the bounce-mail reader (sb_mail.c) uses of sb_mime.c:
** the per-message memory, header blocks, header parameters (RFC 2045,
** RFC 2231), transfer encodings and charset conversion to UTF-8 (RFC
** 2047 encoded words included).  Internal: no part of the public API.
*/

#ifndef SB_MIME_H
#define SB_MIME_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "sb_mail.h"

/* one header field: its name, and its value as written (folds kept) */
typedef struct sb_hfield {
  const char *name;   /* the field name */
  size_t nlen;
  const char *val;    /* after the colon, up to the line end of its last
                         continuation line */
  size_t vlen;
} sb_hfield;

/* a header block */
typedef struct sb_hblock {
  sb_hfield f[SB_MAIL_MAX_FIELDS];  /* the fields, in order */
  size_t n;           /* how many */
  size_t body;        /* offset of the body (after the blank line) */
} sb_hblock;

#include "sb_word.h"  /* load8, low_byte: eight bytes a step */

/* sixteen bytes a step (SSE2, GCC or clang) */
#if defined(__SSE2__) && defined(__GNUC__) && !defined(SB_NO_SIMD)
#include <emmintrin.h>
#define SB_MIME_SIMD16  1
#else
#define SB_MIME_SIMD16  0
#endif

/* sb_mime_ieq(s, n, w) for a lowercase w of exactly n bytes (a string
   literal): eight bytes a step (ieq8) */
SB_WORD_FN int sb_mime_ieq_n (const char *s, const char *w, size_t n) {
  size_t j = 0;
  for (; n - j >= 8; j += 8)
    if (!ieq8(s + j, w + j)) return 0;
  for (; j < n; j++) {
    int a = (unsigned char)s[j];
    if ((a >= 'A' && a <= 'Z' ? a + 32 : a) != (unsigned char)w[j]) return 0;
  }
  return 1;
}

/* an element of an HTML text its style hides ("<tr style=\"display:none;\">",
   a row no reader sees): for the tag at p[i] ('<', its '>' at p[i + tl]),
   the offset after its closing tag (nested tags of its name counted), or
   0 when it is no hidden one or is not closed.  The bytes looked at for
   the closing tag are taken from *budget, shared by a text's calls (twice
   its length: a closed element is skipped whole, so only elements never
   closed scan the same bytes again); 0 once it is spent: linear in n
   over a whole text, whatever its tags. */
SB_WORD_FN size_t sb_mime_hidden_end (const char *p, size_t n, size_t i,
                                      size_t tl, size_t *budget) {
  size_t k, j, nl = 0, depth = 1;
  for (k = i + 1; k + 12 <= i + tl; k++)
    if (((unsigned char)p[k] | 32) == 'd'  /* (the first byte first) */
        && (sb_mime_ieq_n(p + k, "display:none", 12)
            || (k + 13 <= i + tl && sb_mime_ieq_n(p + k, "display: none", 13))))
      break;
  if (k + 12 > i + tl) return 0;
  while (i + 1 + nl < n && nl < 16
         && ((unsigned)((unsigned char)p[i + 1 + nl] | 32) - 'a' < 26u
             || (p[i + 1 + nl] >= '0' && p[i + 1 + nl] <= '9')))
    nl++;
  if (nl == 0) return 0;
  for (j = i + tl; j + 2 + nl < n; j++) {
    int close;
    if (*budget == 0) return 0;
    --*budget;
    if (p[j] != '<') continue;
    close = p[j + 1] == '/';
    for (k = 0; k < nl && ((unsigned char)p[j + 1 + close + k] | 32)
                          == ((unsigned char)p[i + 1 + k] | 32); k++) ;
    if (k < nl || ((unsigned)((unsigned char)p[j + 1 + close + nl] | 32) - 'a' < 26u))
      continue;  /* another tag ("<td>" in a "<tr>", "<trx>") */
    if (!close) depth++;
    else if (--depth == 0) {
      const char *gt = (const char *)memchr(p + j, '>', n - j);
      return gt != NULL ? (size_t)(gt - p) + 1 : 0;
    }
  }
  return 0;
}

/* a charset's name of k bytes in name[] ended; with none declared (k 0),
   a text that designates JIS X 0208 by ISO-2022-JP's escapes ("ESC $ B",
   "ESC $ @": a Japanese mail whose charset parameter went missing) is
   named so.  The name's length. */
SB_WORD_FN size_t sb_mime_name_end (char *name, size_t k, const char *s,
                                    size_t n) {
  const char *p = s, *e = s + n;
  name[k] = '\0';
  while (k == 0 && p + 2 < e
         && (p = (const char *)memchr(p, 0x1B, (size_t)(e - p - 2))) != NULL) {
    if (p[1] == '$' && (p[2] == 'B' || p[2] == '@')) {
      memcpy(name, "iso-2022-jp", 12);
      return 11;
    }
    p++;
  }
  return k;
}

/* memory of 'm': n bytes, or NULL (m->nomem set) */
void *sb_mime_alloc (sb_mail *m, size_t n);
void sb_mime_arena_free (sb_mail *m);

/* is [s, s+n) equal, ASCII case-insensitively, to the NUL-terminated 'w' */
int sb_mime_ieq (const char *s, size_t n, const char *w);
/* does [s, s+n) contain 'w' (ASCII case-insensitive); where it starts first,
   or NULL */
int sb_mime_icontains (const char *s, size_t n, const char *w);
const char *sb_mime_ifind (const char *s, size_t n, const char *w);
/*
** The first "\n" in [p, e), or NULL.  Searched in windows of a few
** hundred bytes: the line loops call it once a line, and a sanitizer's
** memchr checks the whole range it is given (quadratic over a text of
** many short lines).  Inlined: those loops call it for lines of a few
** dozen bytes, where a call of its own costs as much as the search.
*/
static inline const char *sb_mime_nl (const char *p, const char *e) {
  while (p < e) {
    size_t n = (size_t)(e - p) < 256 ? (size_t)(e - p) : 256;
    const char *nl = (const char *)memchr(p, '\n', n);
    if (nl != NULL) return nl;
    p += n;
  }
  return NULL;
}

/* trim ASCII space at both ends */
sb_mstr sb_mime_trim (const char *s, size_t n);

/*
** Read the header block at the start of [s, s+len) into 'hb': fields
** until an empty line, the end, or a line that is no field and no
** continuation (a body without its blank line).  Reads at most
** SB_MAIL_MAX_HEADER bytes and SB_MAIL_MAX_FIELDS fields (sets the flag
** in m->flags when cut).  hb->body is where the body starts.
*/
void sb_mime_headers (sb_mail *m, const char *s, size_t len, sb_hblock *hb);

/* the first field 'name' of 'hb', or NULL */
const sb_hfield *sb_mime_field (const sb_hblock *hb, const char *name);
/* the same for a lowercase name of nl bytes; SB_MIME_FIELD for a string
   literal */
const sb_hfield *sb_mime_field_n (const sb_hblock *hb, const char *name,
                                  size_t nl);
#define SB_MIME_FIELD(hb, lit)  sb_mime_field_n(hb, lit, sizeof(lit) - 1)

/* a field's value unfolded (each line end and the blanks around it one
   space) and trimmed: into m's memory, or the value itself when it has
   no line end */
sb_mstr sb_mime_unfold (sb_mail *m, const char *v, size_t n);

/* the same, RFC 2047 encoded words decoded to UTF-8, and the whole
   valid UTF-8 (a byte that is none becomes U+FFFD) */
sb_mstr sb_mime_decode_words (sb_mail *m, const char *v, size_t n);

/* a Content-Type value: type/subtype lowercased into 'type' (at most
   63 bytes, "" when unreadable) and parameters read with sb_mime_param */
void sb_mime_ctype (const char *v, size_t n, char *type, size_t tsize);

/*
** The parameter 'name' (lowercase) of a Content-Type or
** Content-Disposition value: quoted strings unquoted, RFC 2231
** continuations (name*0, name*1*, ...) joined in order and their %XX
** decoded (the charset'language' prefix dropped).  Returns 1 and *out
** (memory of 'm' or a view into 'v'), or 0.
*/
int sb_mime_param (sb_mail *m, const char *v, size_t n, const char *name,
                   sb_mstr *out);

/* transfer encodings (sb_mime_decode's 'cte') */
enum { SB_CTE_PLAIN = 0, SB_CTE_BASE64, SB_CTE_QP };
int sb_mime_cte (const char *v, size_t n);

/*
** A body decoded (transfer encoding) and converted from 'charset' (NULL
** or empty: UTF-8, US-ASCII and unknown charsets are read as UTF-8) to
** UTF-8, invalid bytes replaced by U+FFFD.  Counted against
** SB_MAIL_MAX_DECODED: past it the result is cut (m->flags).  The result
** is a view into 's' when nothing needed changing.
*/
sb_mstr sb_mime_text (sb_mail *m, const char *s, size_t n, int cte,
                      const char *charset, size_t clen);

/* text/html as text: tags removed (line breaks for the block ones), the
   contents of style and script dropped, a few entities decoded */
sb_mstr sb_mime_strip_html (sb_mail *m, sb_mstr h);

/* a format=flowed text part (RFC 3676) unflowed: soft breaks joined
   (their space dropped when delsp), stuffed spaces dropped */
sb_mstr sb_mime_unflow (sb_mail *m, sb_mstr t, int delsp);

#endif
