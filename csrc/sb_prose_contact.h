/*
** An address the text names as someone to write to for help, in words of
** other languages than the English ones not_recipient reads ("contact",
** "send mail to", "write to"): such an address is no recipient.
** Included by sb_prose.c (needs is_space, ci_at, CI_FIND, Lit, NONE).
*/

/* bytes looked at beside an address */
#define CONTACT_LOOK  80

/* the words before an address, on its line, that name it as someone to
   write to: German "wenden Sie sich an a@b", Italian "contattare a@b",
   Portuguese "entre em contato com a@b", Polish, Czech, Swedish "kontakt",
   Japanese "連絡先: a@b", "お問い合わせ先", Chinese "请联系 a@b", Korean
   "문의: a@b" */
static int contact_before (const char *s, size_t ab) {
  size_t b = ab > CONTACT_LOOK ? ab - CONTACT_LOOK : 0, i;
  uint64_t set;
  for (i = ab; i > b && s[i - 1] != '\n'; i--) ;  /* its line only */
  set = bytes_of(s, i, ab);  /* (a word none of whose bytes are there is
                                not looked for: LIT_OUT) */
#define CONTACT_IN(lit)  (!LIT_OUT(set, lit) && CI_FIND(s, i, ab, lit) != NONE)
  return CONTACT_IN("wenden sie sich an") || CONTACT_IN("contatt")
      || CONTACT_IN("contato") || CONTACT_IN("kontakt")
      || CONTACT_IN("\xe9\x80\xa3\xe7\xb5\xa1\xe5\x85\x88")  /* 連絡先 */
      || CONTACT_IN("\xe5\x95\x8f\xe3\x81\x84\xe5\x90\x88\xe3\x82\x8f\xe3\x81\x9b")  /* 問い合わせ */
      || CONTACT_IN("\xe5\x95\x8f\xe5\x90\x88\xe3\x81\x9b")  /* 問合せ */
      || CONTACT_IN("\xe8\x81\x94\xe7\xb3\xbb")  /* 联系 */
      || CONTACT_IN("\xe8\x81\xaf\xe7\xb9\xab")  /* 聯繫 */
      || CONTACT_IN("\xeb\xac\xb8\xec\x9d\x98");  /* 문의 */
#undef CONTACT_IN
}

/* the words after an address that name it as someone to write to, the
   sentence maybe wrapped onto the next line: Japanese "<a@b>へご連絡くだ
   さい", "a@b までお問い合わせください", Korean "a@b로 문의하십시오",
   "a@b에게 연락": a particle, then a verb of contacting */
static int contact_after (const char *s, size_t n, size_t ae) {
  static const Lit part[] = {
    LIT("\xe3\x81\xb8"),                          /* へ */
    LIT("\xe3\x81\xbe\xe3\x81\xa7"),              /* まで */
    LIT("\xe5\xae\x9b\xe3\x81\xab"),              /* 宛に */
    LIT("\xe5\xae\x9b\xe3\x81\xa6\xe3\x81\xab"),  /* 宛てに */
    LIT("\xe3\x81\xab"),                          /* に */
    LIT("\xec\x9c\xbc\xeb\xa1\x9c"),              /* 으로 */
    LIT("\xeb\xa1\x9c"),                          /* 로 */
    LIT("\xec\x97\x90\xea\xb2\x8c")               /* 에게 */
  };
  static const Lit verb[] = {
    LIT("\xe3\x81\x94\xe9\x80\xa3\xe7\xb5\xa1"),  /* ご連絡 */
    LIT("\xe9\x80\xa3\xe7\xb5\xa1"),              /* 連絡 */
    LIT("\xe3\x81\x8a\xe5\x95\x8f"),              /* お問 (お問い合わせ, お問合せ) */
    LIT("\xe5\x95\x8f\xe3\x81\x84\xe5\x90\x88"),  /* 問い合 */
    LIT("\xe3\x81\x94\xe7\x9b\xb8\xe8\xab\x87"),  /* ご相談 */
    LIT("\xeb\xac\xb8\xec\x9d\x98"),              /* 문의 */
    LIT("\xec\x97\xb0\xeb\x9d\xbd")               /* 연락 */
  };
  size_t lim = n - ae > CONTACT_LOOK ? ae + CONTACT_LOOK : n, p = ae, k, j;
  int breaks = 0;
  while (p < lim && (s[p] == '>' || s[p] == ')' || s[p] == ']'
                     || is_space((unsigned char)s[p]) || s[p] == '\r'
                     || (s[p] == '\n' && ++breaks <= 1)))
    p++;
  for (k = 0; k < sizeof part / sizeof part[0]; k++) {
    size_t pl = part[k].len, q;
    if (!ci_at(s, lim, p, part[k].w, pl)) continue;
    for (q = p + pl; q < lim && is_space((unsigned char)s[q]); q++) ;
    for (j = 0; j < sizeof verb / sizeof verb[0]; j++)
      if (ci_at(s, lim, q, verb[j].w, verb[j].len)) return 1;
  }
  return 0;
}

/* is the address [ab, ae) of s[0..n) someone to write to? */
static int contact_addr (const char *s, size_t n, size_t ab, size_t ae) {
  return contact_before(s, ab) || contact_after(s, n, ae);
}
