/*
** sb_prose_lang.h -- words of the generic reading in the languages
** bounces come in besides English (German, French, Spanish, Portuguese,
** Italian, Dutch, the Nordic languages, Polish, Czech, Slovak,
** Hungarian, Romanian, Turkish, Russian, Ukrainian, Japanese, Chinese,
** Korean, Vietnamese): what failed, who the recipient is, and the
** Subject of a delay notice.  ASCII letters lowercase (matched without
** case), the rest as UTF-8 bytes.  Data only, included by sb_prose.c.
*/

#ifndef SB_PROSE_LANG_H
#define SB_PROSE_LANG_H

/* a failure, as fail_words (sb_prose_words.h) in English */
#define FW(w)  { w, sizeof(w) - 1 }
static const FailWord fail_words_intl[] = {
  FW("konnte nicht"), FW("nicht zugestellt"), FW("fehlgeschlagen"),
  FW("nicht gefunden"), FW("ung\xc3\xbcltig"), FW("abgelehnt"),
  FW("nicht erreicht"), FW("pas pu \xc3\xaatre"), FW("pas atteint"),
  FW("kan niet worden"), FW("n'a pas pu"), FW("impossible de"), FW("\xc3\xa9\x63hec"),
  FW("introuvable"), FW("refus\xc3\xa9"), FW("non remis"), FW("invalide"),
  FW("n'existe"), FW("no se pudo"), FW("no pudo"), FW("no ha podido"),
  FW("rechazad"), FW("no v\xc3\xa1lid"), FW("no se entreg"),
  FW("no se encontr"), FW("no se encuentra"), FW("se bloque"),
  FW("bloquead"), FW("pas \xc3\xa9t\xc3\xa9"), FW("bloqu\xc3\xa9"),
  FW("n\xc3\xa3o foi poss\xc3\xadvel"), FW("n\xc3\xa3o existe"),
  FW("n\xc3\xa3o foi entregue"), FW("n\xc3\xa3o p\xc3\xb4" "de"),
  FW("n\xc3\xa3o foi encontrad"), FW("n\xc3\xa3o encontrad"),
  FW("desconhecido"), FW("rejeitad"), FW("inv\xc3\xa1lid"), FW("falha"),
  FW("non \xc3\xa8 stato possibile"), FW("non esiste"), FW("inesistente"),
  FW("non \xc3\xa8 stato consegnat"), FW("non \xc3\xa8 stato trovat"),
  FW("non trovat"), FW("bloccat"), FW("blockiert"), FW("gesperrt"),
  FW("niet gevonden"), FW("geblokkeerd"),
  FW("non recapitat"), FW("rifiutat"), FW("sconosciut"), FW("impossibile"),
  FW("kon niet"), FW("niet bezorgd"), FW("niet afgeleverd"),
  FW("bestaat niet"), FW("mislukt"), FW("geweigerd"), FW("onbestelbaar"),
  FW("kunde inte"), FW("kunne ikke"), FW("misslyckades"), FW("mislykkedes"),
  FW("finns inte"), FW("findes ikke"), FW("finnes ikke"),
  FW("ok\xc3\xa4nd"), FW("ukendt"), FW("ukjent"), FW("ep\xc3\xa4onnistui"),
  FW("ei voitu"), FW("tuntematon"), FW("nie zosta\xc5\x82"),
  FW("nie mo\xc5\xbcna"), FW("nie istnieje"), FW("nieznan"), FW("odrzucon"),
  FW("niedostarczon"), FW("nelze"), FW("nebyl"), FW("neexistuje"),
  FW("nedoru\xc4\x8d\x65n"), FW("nezn\xc3\xa1m"), FW("sikertelen"),
  FW("nem siker\xc3\xbclt"), FW("nem l\xc3\xa9tezik"), FW("ismeretlen"),
  FW("k\xc3\xa9zbes\xc3\xadthetetlen"), FW("nu a putut"),
  FW("nu exist\xc4\x83"), FW("teslim edilemedi"),
  FW("ba\xc5\x9f\x61r\xc4\xb1s\xc4\xb1z"), FW("bulunamad\xc4\xb1"),
  FW("mevcut de\xc4\x9fil"),
  FW("\xd0\xbd\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd"),
  FW("\xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x8b\xd0\xbb\xd0\xbe \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe"),
  FW("\xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c"),
  FW("\xd0\xbd\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe"),
  FW("\xd0\xbd\xd0\xb5 \xd1\x81\xd1\x83\xd1\x89\xd0\xb5\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd0\xb5\xd1\x82"),
  FW("\xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd"),
  FW("\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0"),
  FW("\xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xbe\xd0\xbd\xd0\xb5\xd0\xbd"),
  FW("\xd0\xbd\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd"),
  FW("\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f"),
  FW("\xd0\xbd\xd0\xb5 \xd1\x96\xd1\x81\xd0\xbd\xd1\x83\xd1\x94"),
  FW("\xe5\xa4\xb1\xe6\x95\x97"),
  FW("\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93"),
  FW("\xe5\xad\x98\xe5\x9c\xa8\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93"),
  FW("\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc"),
  FW("\xe4\xb8\x8d\xe6\x98\x8e"), FW("\xe6\x8b\x92\xe5\x90\xa6"),
  FW("\xe5\xa4\xb1\xe8\xb4\xa5"),
  FW("\xe4\xb8\x8d\xe5\xad\x98\xe5\x9c\xa8"),
  FW("\xe6\x97\xa0\xe6\xb3\x95"), FW("\xe7\x84\xa1\xe6\xb3\x95"),
  FW("\xe6\x9c\xaa\xe8\x83\xbd"), FW("\xe6\x8b\x92\xe7\xbb\x9d"),
  FW("\xe6\x8b\x92\xe7\xb5\x95"), FW("\xe9\x94\x99\xe8\xaf\xaf"),
  FW("\xe9\x8c\xaf\xe8\xaa\xa4"), FW("\xe9\x80\x80\xe4\xbf\xa1"),
  FW("\xec\x8b\xa4\xed\x8c\xa8"),
  FW("\xec\xa1\xb4\xec\x9e\xac\xed\x95\x98\xec\xa7\x80 \xec\x95\x8a"),
  FW("\xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4"),
  FW("\xea\xb1\xb0\xeb\xb6\x80"), FW("\xec\x98\xa4\xeb\xa5\x98"),
  FW("kh\xc3\xb4ng th\xe1\xbb\x83"),
  FW("kh\xc3\xb4ng t\xe1\xbb\x93n t\xe1\xba\xa1i"),
  FW("th\xe1\xba\xa5t b\xe1\xba\xa1i")
};
#undef FW

/* words before an address that name it as the recipient, as mention()'s
   in English */
static const char *const rcpt_nouns[] = {
  "\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba",
  "\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85",
  "\xe6\x94\xb6\xe4\xbf\xa1\xe4\xba\xba", "\xe5\xae\x9b\xe5\x85\x88",
  "\xe5\x8f\x97\xe4\xbf\xa1\xe8\x80\x85",
  "\xec\x88\x98\xec\x8b\xa0\xec\x9e\x90",
  "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c",
  "\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb",
  "\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0\xd1\x82",
  "p\xc5\x99\xc3\xadjemce", "adres\xc3\xa1t", "odbiorc", "adresat",
  "ontvanger", "mottagar", "modtager", "mottaker", "c\xc3\xadmzett",
  "al\xc4\xb1\x63\xc4\xb1", "vastaanottaja",
  "ng\xc6\xb0\xe1\xbb\x9di nh\xe1\xba\xadn", "destinataire", "destinatario",
  "destinat\xc3\xa1rio", "indirizzo", "adresse", "direcci\xc3\xb3n",
  "endere\xc3\xa7o", "adres"
};

/* a Subject that says the mail is only delayed, still being retried */
static const char *const delay_subjects[] = {
  "delay", "warning:", "still being retried", "not yet been delivered",
  "will retry", "retrying", "verz\xc3\xb6gert", "verz\xc3\xb6gerung",
  "retard\xc3\xa9", "retard de", "retrasad", "vertraagd", "ritardat",
  "op\xc3\xb3\xc5\xbanion",
  "\xd0\xb7\xd0\xb0\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6",
  "\xe9\x81\x85\xe5\xbb\xb6", "\xe5\xbb\xb6\xe8\xbf\x9f",
  "\xe5\xbb\xb6\xe9\x81\xb2", "\xec\xa7\x80\xec\x97\xb0"
};

/* a Subject that names a failure no retry mends ("Warning: a@b - User
   unknown!" is MDaemon's failure, not a delay) */
static const char *const perm_subjects[] = {
  "user unknown", "unknown user", "no such user", "permanent"
};

#endif
