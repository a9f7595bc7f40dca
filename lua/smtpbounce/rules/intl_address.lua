-- Built-in phrase rules for address failures (no such user, mailbox
-- full, account disabled) in more languages: Dutch, Polish, Portuguese,
-- Czech and Slovak, Russian, Turkish, Korean and Japanese, and the
-- disabled/expired accounts and unknown recipients of French, Spanish and
-- Italian that rules/intl.lua leaves out.
--
-- They sit in the "phrases" layer after rules/intl.lua (same matching:
-- bytewise UTF-8, ASCII-only case folding, so a word that may start a
-- sentence with a non-ASCII capital is listed capitalised as well;
-- accented words also without their accents).  Each rule names the
-- cause in the language's general words -- the address/user/mailbox
-- word and the failure word apart -- never one server's sentence, and
-- refuses the sender's words and the words for "temporary".
--
-- The examples are the replies found in each language (sources per
-- example); where no captured reply was found (Dutch and Russian mailbox
-- full, Czech/Slovak, Turkish, Korean), the example is the wording a help
-- page in that language uses for the failure (named per example).  A
-- meaning with neither (Polish mailbox full, French or German disabled
-- accounts) has no rule yet.
local function r (id, reason, any, t)
    t = t or {}
    t.id = id
    t.reason = reason
    t.any = any
    return t
end

return {
    rules = {
        -- {==================================================================
        -- Dutch
        -- ===================================================================

        -- the address, user or mailbox not found / does not exist /
        -- unknown (Exchange in Dutch: "Het door u ingevoerde e-mailadres
        -- is niet gevonden")
        r("intl.nl.no-user", "userunknown", {
            "adres", "gebruiker", "geadresseerde", "ontvanger", "mailbox",
            "postvak", "postbus", "account",
        }, {
            all = { { "niet gevonden", "bestaat niet", "onbekend",
                      "niet bekend", "ongeldig" } },
            none = { "afzender", "tijdelijk", "domein" },
            examples = {
                { reply = "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen: r.gelna@socav.nl Het door u ingevoerde e-mailadres is niet gevonden.",
                  source = "github.com/crisp-oss/email-bounce-parser test/fixtures/550_5_1_1_no_such_user_variant_23.txt (Exchange NDR in Dutch)" },
            },
        }),
        -- the mailbox full or over its quota
        r("intl.nl.mailbox-full", "mailboxfull", {
            "mailbox", "postvak", "postbus", "brievenbus",
        }, {
            all = { { " vol ", " vol.", "is vol", "zit vol", "quotum",
                      "opslagruimte" } },
            none = { "afzender" },
            examples = {
                { reply = "Het postvak van de ontvanger is vol.",
                  source = "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/ (its Dutch wording of 'mailbox full, quota exceeded')" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Polish
        -- ===================================================================

        -- no such account / the address does not exist / unknown user
        r("intl.pl.no-user", "userunknown", {
            "konta", "konto", "adres", "adresat", "odbiorc", "użytkownik",
            "uzytkownik", "skrzynk",
        }, {
            all = { { "nie istnieje", "nie ma takiego", "nie ma takiej",
                      "nieznany", "nieznana", "nie znaleziono",
                      "nie została znaleziona", "nie zostala znaleziona",
                      "nie został znaleziony", "nie zostal znaleziony" } },
            none = { "nadawc", "tymczasow", "zablokowan", "nieaktywn" },
            examples = {
                { reply = "Nie ma takiego konta",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Polish unknown-user reply)" },
            },
        }),
        -- the account blocked, inactive or suspended
        r("intl.pl.suspend", "suspend", {
            "konto", "konta", "skrzynk", "adres", "użytkownik", "uzytkownik",
        }, {
            all = { { "zablokowan", "nieaktywn", "zawieszon", "wyłączon",
                      "wylaczon", "dezaktywowan" } },
            none = { "nadawc", "spam", "tymczasow", " ip " },
            examples = {
                { reply = "Podane konto jest zablokowane administracyjnie lub nieaktywne",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Polish inactive-account reply)" },
            },
        }),
        -- }==================================================================


        -- {==================================================================
        -- Portuguese
        -- ===================================================================

        -- the user, address or mailbox invalid / non-existent / unknown /
        -- not found (iG: "Usuário Inválido ou Inexistente")
        r("intl.pt.no-user", "userunknown", {
            "usuário", "usuario", "utilizador", "endereço", "endereco",
            "destinatário", "destinatario", "caixa postal", " conta ",
        }, {
            all = { { "inexistente", "não existe", "nao existe", "desconhecid",
                      "não encontrad", "nao encontrad", "inválid", "invalido",
                      "invalida" } },
            none = { "remetente", "temporari", "domínio", "dominio" },
            examples = {
                { reply = "554 Usuário Inválido ou Inexistente.",
                  source = "github.com/cfortune/PHP-Bounce-Handler eml/6.eml (iG, Brazil; the reply without its English half)" },
            },
        }),
        -- the mailbox (caixa de entrada/postal/correio) full or out of space
        r("intl.pt.mailbox-full", "mailboxfull", {
            "caixa de entrada", "caixa postal", "caixa de correio",
            "caixa de e-mail",
        }, {
            all = { { "cheia", "sem espaço", "sem espaco", "excedeu",
                      "cota excedida", "quota excedida", "limite de armazenamento" } },
            none = { "remetente" },
            examples = {
                { reply = "A caixa de entrada do destinatário está sem espaço de armazenamento.",
                  source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br (Gmail's 452 4.2.2 text in Portuguese)" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Czech and Slovak
        -- ===================================================================

        -- the user, address, mailbox or account does not exist / unknown
        r("intl.cs.no-user", "userunknown", {
            "uživatel", "uzivatel", "adres", "schránk", "schrank",
            "účet", "Účet", "ucet", "príjemc", "příjemc", "prijemc",
        }, {
            all = { { "neexistuje", "neznám", "neznam", "nebyl nalezen",
                      "nebola nájden", "nebola najden", "nenalezen" } },
            none = { "odesílatel", "odesilatel", "odosielateľ",
                     "dočasn", "docasn" },
            examples = {
                { reply = "adresa príjemcu pravdepodobne nefunguje alebo už neexistuje",
                  source = "https://support.google.com/mail/answer/6596?hl=sk (Gmail's help on its 'E-mailový účet príjemcu...' bounce, in Slovak)" },
                { reply = "Schránka neexistuje",
                  source = "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou (Czech hosting FAQ's wording for '550 5.1.1 no mailbox here by that name')" },
            },
        }),
        -- the mailbox full or over its quota
        r("intl.cs.mailbox-full", "mailboxfull", {
            "schránka", "schranka", "schránky", "schranky",
        }, {
            all = { { "plná", "plna", "přeplněn", "preplnen", "překročen",
                      "prekrocen", "kvót", "kvot" } },
            none = { "odesílatel", "odesilatel" },
            examples = {
                { reply = "schránka příjemce je přeplněná",
                  source = "https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx (Czech hosting FAQ's wording for 'final recipient mailbox is full')" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Russian
        -- ===================================================================

        -- the address, mailbox, user or account does not exist / not found
        -- / unknown / no longer accepts mail (Plesk's Russian bounce for an
        -- unknown user: "этот адрес больше не принимает писем")
        r("intl.ru.no-user", "userunknown", {
            "адрес", "Адрес", "ящик", "Ящик", "пользовател", "Пользовател",
            "получател", "Получател", "адресат", "Адресат", "аккаунт",
            "Аккаунт", "учетн", "Учетн", "учётн", "Учётн",
        }, {
            all = { { "не существует", "не найден", "неизвестн",
                      "больше не принимает", "нет такого", "Нет такого" } },
            none = { "отправител", "временн", "Временн" },
            examples = {
                { reply = "этот адрес больше не принимает писем",
                  source = "Plesk 8.3 Russian locale (psa-locale-ru-ru-8.3, mirrored at ftp.hosteurope.de): the bounce its mail server returns for a non-existent user" },
            },
        }),
        -- the mailbox full (переполнен) or over its quota
        r("intl.ru.mailbox-full", "mailboxfull", {
            "ящик", "Ящик", "квот", "Квот",
        }, {
            all = { { "переполнен", "заполнен", "превышен", "нет места",
                      "недостаточно места" } },
            none = { "отправител" },
            examples = {
                { reply = "лимит свободного места для хранения писем в почтовом ящике превышен",
                  source = "https://mailout.ru/2015/09 (Russian help page's wording for 'Mailbox Full' / 'User quota exceeded')" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Turkish
        -- ===================================================================

        -- the user, address or account not found / does not exist / unknown
        r("intl.tr.no-user", "userunknown", {
            "kullanıcı", "kullanici", "adres", "alıcı", "alici", "hesap",
            "posta kutusu",
        }, {
            all = { { "bulunamadı", "bulunamadi", "mevcut değil", "mevcut degil",
                      "bilinmeyen", "var olmayan", "böyle bir", "boyle bir" } },
            none = { "gönderen", "gonderen", "geçici", "gecici" },
            examples = {
                { reply = "Bu adreste böyle bir kullanıcı yoktur.",
                  source = "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari (Turkish wording of '550 No Such User Here')" },
            },
        }),
        -- the mailbox full / quota exceeded
        r("intl.tr.mailbox-full", "mailboxfull", {
            "posta kutusu", "kota",
        }, {
            all = { { "dolu", "doldu", "aşıldı", "asildi", "aşmış", "asmis" } },
            none = { "gönderen", "gonderen" },
            examples = {
                { reply = "Bu kullanıcının posta kutusu dolu",
                  source = "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari (Turkish wording of '550 This user's mailbox is full')" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Korean
        -- ===================================================================

        -- the recipient, user, account or address does not exist / is not
        -- found
        r("intl.ko.no-user", "userunknown", {
            "받는사람", "받는 사람", "수신자", "사용자", "계정", "주소", "메일함",
        }, {
            all = { { "존재하지 않", "찾을 수 없", "없는 사용자" } },
            none = { "보낸 사람", "발신자", "일시적" },
            examples = {
                { reply = "받는사람이 존재하지 않는 경우",
                  source = "https://puffinknight.tistory.com/102 (Korean heading for '550 User unknown', '550 5.1.1 No such user')" },
            },
        }),
        -- the mailbox's capacity exceeded / full
        r("intl.ko.mailbox-full", "mailboxfull", {
            "메일함", "메일용량", "메일 용량", "사서함",
        }, {
            all = { { "초과", "가득" } },
            none = { "발신자" },
            examples = {
                { reply = "받는사람의 메일용량이 초과된 경우",
                  source = "https://puffinknight.tistory.com/102 (Korean heading for '552 ... exceeded storage allocation', 'mailbox is full')" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Japanese and Chinese (beyond rules/intl.lua)
        -- ===================================================================

        -- the account, address or user does not exist / was not found
        -- (Gmail in Japanese: "送信先のメール アカウントは存在しません")
        r("intl.ja.no-user-words", "userunknown", {
            "アカウント", "アドレス", "ユーザ", "宛先",
        }, {
            all = { { "存在しません", "見つかりません", "見つかりませんでした",
                      "不明" } },
            none = { "送信者", "差出人", "一時" },
            examples = {
                { reply = "送信先のメール アカウントは存在しません",
                  source = "https://support.google.com/mail/answer/6596?hl=ja (Gmail's bounce heading in Japanese)" },
            },
        }),
        -- the mailbox's capacity exceeded / full
        r("intl.ja.mailbox-full", "mailboxfull", {
            "メールボックス", "容量",
        }, {
            all = { { "容量オーバー", "容量超過", "満杯", "いっぱい", "一杯",
                      "空き容量" } },
            none = { "送信できる容量", "メールサイズ" },
            examples = {
                { reply = "送信先のメールボックスが満杯で送信できません",
                  source = "https://www.hocoroco.net/internet_lifeguide/errormail.html (Japanese wording of 'mail box is full')" },
            },
        }),
        -- }==================================================================


        -- {==================================================================
        -- French, Spanish, Italian, German: what rules/intl.lua leaves out
        -- ===================================================================

        -- the recipient, address or mailbox unknown / non-existent
        r("intl.fr.no-user", "userunknown", {
            "destinataire", "adresse", "utilisateur", "boite aux lettres",
            "boîte aux lettres", "compte",
        }, {
            all = { { "inconnu", "inexistant", "n'existe pas", "introuvable",
                      "non trouv" } },
            none = { "expéditeur", "expediteur", "temporair", "domaine" },
            examples = {
                { reply = "Destinataire inconnu ou boite aux lettres desactivee",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (French unknown-recipient reply)" },
            },
        }),
        -- the mailbox (boîte) full or its quota exceeded
        r("intl.fr.mailbox-full", "mailboxfull", {
            "boite", "boîte", "quota",
        }, {
            all = { { "pleine", "dépassé", "depasse", "plein", "saturée",
                      "saturee" } },
            none = { "expéditeur", "expediteur" },
            examples = {
                { reply = "Boite du destinataire pleine.",
                  source = "rules/intl.lua header (Orange/La Poste 'Boite du destinataire pleine. Recipient overquota.', without its English half)" },
            },
        }),
        -- the account, mailbox or user disabled, inactive, expired or
        -- suspended (Spanish, Italian)
        r("intl.es.suspend", "suspend", {
            "usuario", "cuenta", "casilla", "buzón", "buzon", "dirección",
            "direccion",
        }, {
            all = { { "inactiv", "expirad", "suspendid", "deshabilitad",
                      "desactivad", "bloquead", "dada de baja" } },
            none = { "remitente", "spam", " ip ", "dirección ip", "direccion ip" },
            examples = {
                { reply = "Esta casilla ha expirado por falta de uso",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Spanish expired-mailbox reply)" },
                { reply = "El usuario esta en estado: inactivo",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Spanish inactive-user reply)" },
            },
        }),
        r("intl.it.suspend", "suspend", {
            "indirizzo", "casella", "account", "utente", "cassetta",
        }, {
            all = { { "bloccat", "disattivat", "sospes", "inattiv",
                      "disabilitat", "scadut" } },
            none = { "mittente", "spam", " ip ", "indirizzo ip" },
            examples = {
                { reply = "Questo indirizzo e' bloccato per inutilizzo",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Italian address blocked for non-use)" },
            },
        }),
        r("intl.it.no-user-words", "userunknown", {
            "destinatario", "destin.", "indirizzo", "utente",
        }, {
            all = { { "errato", "sconosciut" } },
            none = { "mittente" },
            examples = {
                { reply = "Destinatario errato",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Italian wrong-recipient reply)" },
                { reply = "destin. Sconosciuto",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Italian unknown-recipient reply)" },
            },
        }),

        -- }==================================================================
    },
}
