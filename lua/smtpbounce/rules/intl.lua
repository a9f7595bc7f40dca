-- Built-in phrase rules for replies in other languages (German, French,
-- Spanish, Italian, Portuguese, Russian, Japanese, Chinese).
--
-- These rules sit in the "phrases" layer right after the English ones
-- (rules/phrases.lua), so when a reply carries an English phrase as well
-- -- most non-English replies are bilingual, "Boite du destinataire
-- pleine. Recipient overquota." -- the English phrase decides; these
-- rules decide replies that are in one other language only.  Phrases are
-- matched bytewise (UTF-8), a capital read as its small letter in ASCII,
-- Latin-1, Latin Extended-A, Greek and Cyrillic (sb_fold2 in
-- csrc/sb_internal.h), so a phrase is written in small letters once.
-- Accented words are also listed without their accents where servers
-- write them so ("ueberschritten", "refuse").
--
-- A rule is added only for a meaning for which a real reply in that
-- language was found (corpus entries and the sources named per rule).
-- Most servers answer in English even in those countries (see e.g.
-- https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails, "90% of
-- them use English").  Localised non-delivery texts were found for:
--   German  -- Exchange's "Die eingegebene E-Mail-Adresse konnte nicht
--              gefunden werden" (pastebin.com/BsjRCWQL) and Gmail's "Das
--              E-Mail-Konto ... ist nicht vorhanden";
--   Spanish -- Exchange's "El buzón del destinatario está lleno"
--              (pastebin.com/HGKcccQU), Exchange Online's "... no se
--              encontraba en el dominio de destino" (pastebin.com/qSHqkmLq)
--              and Gmail's "La dirección ... del destinatario no existe";
--   Italian -- Outlook.com's "Cassetta postale non trovata ... oppure
--              utente sconosciuto", "Cassetta postale piena o quota
--              superata" and Gmail's "L'account email ... non esiste";
--   Portuguese -- only a temporary "421 Servidor temporariamente
--              indisponível" (ix-one.com: intl.pt.system) and a content
--              refusal, no address failure, so no Portuguese address rule.
-- The rules below name the cause in each language's general words (the
-- mailbox/address word and the failure word apart), not one server's
-- sentence.  No Russian, Czech or Turkish reply text was found (pages in
-- those languages quote English replies), so those have no rules; for
-- Polish only Forpsi's "Naruszenie zasad" (policy violation) was found.
-- The "any language" rules at the end read a cause in every language's
-- general words at once (the spam filter, a list's refusal, an expired
-- message; mail received too fast, a message too big, a server busy or
-- in trouble, a domain unreachable); the last four were written from
-- Gmail's reply table as Google's German, Portuguese and Chinese help
-- pages translate it and from Adobe Campaign's failure types in its
-- eleven translations.  The last seven (a server that does not answer,
-- a block list named, the recipient's own filter, the attempts run out,
-- a command not understood, a temporary problem, the sender's
-- reputation) were written from help pages, glossaries and hosting
-- tables in Chinese, Japanese, Korean, Turkish, Swedish, Dutch,
-- Norwegian, Russian, Polish and German (accuracy/corpus/dev21_intl_*).
local r = require "smtpbounce.rules.rule"

-- a client that could not connect to its own outgoing server ("which may
-- be busy / unavailable") names the connection (nocode.connect): the
-- busy and unavailable servers' rules below refuse it
local CONNECT_FAILED = {
    "無法連線", "无法连接", "連線失敗", "连接失败", "寄件伺服器", "发件服务器",
    "發件伺服器", "keine verbindung", "verbindung fehlgeschlagen",
    "impossible de se connecter", "no se pudo conectar",
    "impossibile connettersi", "não foi possível conectar",
    "kon geen verbinding", "接続できません", "연결할 수 없",
    -- the client's own connection set-up to its outgoing server
    -- (Thunderbird in German and Dutch: "der Verbindungsaufbau mit dem
    -- SMTP-Server ... ist fehlgeschlagen", "het verbinden met uitgaande
    -- (SMTP-)server ... is mislukt")
    "verbindungsaufbau", "het verbinden met", "uitgaande (smtp",
    "postausgangs"
}

return {
    rules = {
        -- {==================================================================
        -- German
        -- ===================================================================

        -- WEB.DE "Benutzer hat das Speichervolumen ueberschritten",
        -- bytecamp "Speicherplatz des Kontos ueberschritten", T-Online
        -- "Mailbox voll", "Benutzer hat zuviele Mails auf dem Server".
        r("intl.de.mailbox-full", "mailboxfull", {
            "speichervolumen", "speicherplatz des kontos",
            "speicherplatz überschritten", "speicherplatz ueberschritten",
            "postfach voll", "postfach ist voll", "mailbox voll",
            "mailbox ist voll", "zuviele mails auf dem server",
            "zu viele mails auf dem server",
            -- the storage limit of the account or mailbox reached
            "speicherplatzbegrenzung", "speicherplatzlimit", "speicherlimit",
            "kein speicherplatz", "nicht genügend speicherplatz",
            "nicht genuegend speicherplatz",
        }, {
            examples = {
                "550 Benutzer hat das Speichervolumen ueberschritten.",
                "422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)",
            },
            source = "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
        }),

        -- the recipient's address, account or mailbox not found / not
        -- there / unknown (Exchange, Gmail in German)
        r("intl.de.no-user", "userunknown", {
            "adresse", "empfänger", "empfaenger", "benutzer", "konto",
            "postfach", "mailbox", "nutzer", "adressat",
        }, {
            -- (and plural "are invalid": SOGo's "Alle Empfänger sind
            -- ungültig"; the singular is nocode.no-address's)
            all = { { "nicht gefunden", "nicht vorhanden", "existiert nicht",
                      "unbekannt", "gibt es nicht", "nicht bekannt", "sind ungültig",
                      "sind ungueltig" } },
            none = { "absender", "domäne", "domaene", "domain",
                     "vorübergehend", "voruebergehend", "später", "spaeter" },
            examples = {
                { reply = "Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an den Helpdesk, falls das Problem weiterhin besteht.",
                  source = "https://pastebin.com/BsjRCWQL (Exchange NDR in German)" },
                { reply = "Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden",
                  source = "https://support.google.com/mail/bin/answer.py?hl=de&answer=82454&topic=1668979&ctx=topic" },
            },
        }),
        -- Exchange's "<local part> wasn't found at <domain>" in German:
        -- "<local part> wurde nicht in <domain> gefunden"
        r("intl.de.not-found-at", "userunknown", {
            "wurde nicht in", "wurde nicht bei",
        }, {
            all = { { "gefunden" } },
            none = { "absender", "domäne", "domaene", "domain", "dns",
                     "vorübergehend", "voruebergehend", "später", "spaeter" },
            examples = {
                { reply = "Ihre Nachricht an equel@swipnet.se konnte nicht zugestellt werden. equel wurde nicht in swipnet.se gefunden.",
                  source = "https://github.com/fschulze/jumpnbump/issues/3 (German Exchange Online NDR text, quoted)" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Japanese
        -- ===================================================================

        -- DTI (point.ne.jp) writes its "User unknown" in Japanese: "<addr>
        -- のユーザーは登録されていません" (no such user is registered).
        r("intl.ja.no-user", "userunknown", {
            "ユーザーは登録されていません", "ユーザは登録されていません",
        }, {
            examples = {
                "<pwd1234567@m.point.ne.jp> のユーザーは登録されていません",
            },
            source = "http://dream.jp/support/techinfo/mail/error/error05.html",
        }),

        -- }==================================================================


        -- {==================================================================
        -- French
        -- ===================================================================

        -- "Relais refusé": the server does not relay for this client
        -- (Outlook in French quotes the server's reply).
        r("intl.fr.relay", "norelaying", {
            "relais refusé", "relais refuse", "relais interdit",
            "relayage interdit", "relais non autorisé", "relais non autorise",
        }, {
            -- an unknown recipient named first ("550 5.1.1 destinataire
            -- inconnu — relais refusé"): the address rules' (intl.any.no-user)
            none = { "destinataire inconnu", "utilisateur inconnu", "adresse inconnue" },
            examples = {
                "Impossible d'envoyer le message car l'un des destinataires a été refusé par le serveur. L'adresse de messagerie refusée était '<personne@exemple.com>'. Objet : '<Test>', Compte : '<Test>', Serveur : '<smtp.exemple.com>', Protocole : SMTP, Réponse du serveur : '550 <personne@exemple.com>... Relais refusé', Port : 25, Sécurisé (SSL) : Non, Erreur du serveur : 550, Numéro d'erreur : 0x800CCC79",
            },
            source = "http://support.microsoft.com/kb/290842/fr",
        }),

        -- Orange / La Poste submission: "Code d'authentification
        -- invalide" (login failed), "Authentification requise".
        r("intl.fr.auth", "securityerror", {
            "code d'authentification invalide", "authentification requise",
            "authentification obligatoire",
        }, {
            examples = {
                -- (with its "OFR 305" code the reply is Orange's own, which
                -- providers/orange.lua reads; here the words alone)
                { reply = "550 5.7.0 Code d'authentification invalide",
                  source = "https://github.com/sisimai/p5-sisimai/issues/243 (the reply without its Orange code)" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Spanish
        -- ===================================================================

        -- the mailbox (buzón, bandeja, casilla) full or out of space
        r("intl.es.mailbox-full", "mailboxfull", {
            "buzón", "buzon", "bandeja", "casilla", "correo lleno",
        }, {
            all = { { "lleno", "llena", "sin espacio", "no tiene espacio",
                      "espacio de almacenamiento", "cuota excedida",
                      "excedido su cuota", "supera la cuota",
                      -- its maximum size exceeded (Mailutils' "el mensaje
                      -- excedería el tamaño máximo del buzón")
                      "tamaño máximo del buzón", "tamano maximo del buzon" } },
            examples = {
                { reply = "El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.",
                  source = "https://pastebin.com/HGKcccQU (Exchange NDR in Spanish)" },
                { reply = "La bandeja Recibidos del destinatario no tiene espacio de almacenamiento disponible",
                  source = "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017" },
            },
        }),

        -- the address, mailbox, user or account does not exist / was not
        -- found / is unknown
        r("intl.es.no-user", "userunknown", {
            "dirección", "direccion", "buzón", "buzon", "usuario", "cuenta",
            "destinatario", "directorio",
        }, {
            all = { { "no existe", "no se encontr", "no se encuentra", "no fue encontrad",
                      "desconocid", "inexistente",
                      -- the perfect tense ("no se ha encontrado la dirección")
                      "no se ha encontrad", "no ha sido encontrad",
                      -- wrong or not valid ("La dirección de correo
                      -- electrónico es incorrecta")
                      "es incorrect", "no es válid", "no es valid" } },
            -- (the domain of the address wrong or gone is the domain's:
            -- rules/intl_address.lua's intl.any.no-domain)
            none = { "remitente", "temporal", "dominio de la direcci",
                     "dominio del correo",
                     -- (a password or an IP address wrong is not the
                     -- recipient's)
                     "contraseña", "contrasena", "dirección ip", "direccion ip",
                     -- (nor a server's address: NeoMutt's "No se encontró la
                     -- dirección del servidor", its own server's name)
                     "dirección del servidor", "direccion del servidor" },
            examples = {
                { reply = "La dirección de correo electrónico del destinatario no existe",
                  source = "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017" },
                { reply = "No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible. Es posible que se haya escrito de forma incorrecta la dirección de correo electrónico o que no exista.",
                  source = "https://pastebin.com/qSHqkmLq (Exchange Online NDR in Spanish)" },
                { reply = "Tu mensaje no se ha entregado a a@example.com porque no se ha encontrado la dirección o esta no puede recibir correo.",
                  source = "Gmail's notice in Spanish, as quoted in a mail client's export (accuracy/mail/dev/r18)" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Italian
        -- ===================================================================

        -- the mailbox (cassetta postale, casella) full or its quota exceeded
        r("intl.it.mailbox-full", "mailboxfull", {
            "cassetta postale piena", "casella piena", "casella di posta piena",
            "quota superata", "superato la quota", "spazio esaurito",
            "spazio insufficiente nella casella",
        }, {
            examples = {
                { reply = "Cassetta postale piena o quota superata",
                  source = "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062" },
            },
        }),

        -- the mailbox, user, account or address not found / does not
        -- exist / unknown
        r("intl.it.no-user", "userunknown", {
            "cassetta postale", "casella", "utente", "account", "indirizzo",
            "destinatario",
        }, {
            all = { { "non trovata", "non trovato", "non esiste",
                      "sconosciuto", "inesistente" } },
            none = { "mittente", "dominio", "temporane" },
            examples = {
                { reply = "Cassetta postale non trovata o non valida oppure utente sconosciuto",
                  source = "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062" },
                { reply = "L'account email che hai cercato di raggiungere non esiste",
                  source = "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454" },
            },
        }),

        -- }==================================================================


        -- {==================================================================
        -- Chinese (simplified and traditional forms)
        -- ===================================================================

        -- Coremail-style "(发件人地址不合法)" sender address invalid,
        -- "(拒绝发件人地址)" sender address refused.
        r("intl.zh.sender", "rejected", {
            "发件人地址不合法", "发信人地址不合法", "拒绝发件人",
            "發件人地址不合法",
        }, {
            -- ("552 mail from invalid. (发件人地址不合法)" and "553 host
            -- denies the sender. (拒绝发件人地址)", from the same source,
            -- are decided by their English words: phrase.sender-bad,
            -- phrase.sender)
            examples = {
                { reply = "SMTP 拒绝发件人，请检查发件邮箱",
                  source = "code index file id 69366681021 (a Go mailer's delivery error when the server refuses MAIL FROM)" },
            },
            source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html",
        }),

        -- QQ Mail "收件人空间不足" (the recipient's space is not
        -- enough); "邮箱已满" / "邮箱空间已满" mailbox full.
        r("intl.zh.mailbox-full", "mailboxfull", {
            "收件人空间不足", "邮箱空间不足", "邮箱已满", "邮箱空间已满",
            "邮箱容量已满", "郵箱已滿", "信箱已滿",
        }, {
            examples = {
                "收件人空间不足",
            },
            source = "https://qqmailbox.com/transceivers/169.html",
        }),

        -- QQ Mail "该用户不存在" / "该用户未开通QQ邮箱" (no such user / the
        -- user has no QQ mailbox), Coremail-style "550 mailbox unavailable.
        -- (邮箱不存在)" (blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html).
        r("intl.zh.no-user", "userunknown", {
            "用户不存在", "用戶不存在", "邮箱不存在", "郵箱不存在",
            "收件人不存在", "账号不存在", "帐号不存在", "未开通qq邮箱",
        }, {
            examples = {
                "该用户未开通QQ邮箱",
                "该用户不存在",
            },
            source = "https://qqmailbox.com/transceivers/169.html",
        }),

        -- "(内部错误)" internal error of the receiving server.
        r("intl.zh.system", "systemerror", {
            "内部错误", "內部錯誤", "系统繁忙", "系統繁忙",
        }, {
            examples = {
                "450 out of memory. (内部错误)",
            },
            source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html",
        }),
        -- "处理…时发生错误" (an error occurred while processing): the
        -- receiving server's own failure, whatever command it names
        r("intl.zh.processing-error", "systemerror", {
            "发生错误", "發生錯誤", "出现错误", "出現錯誤",
        }, {
            all = { { "处理", "處理" } },
            examples = {
                "500 处理命令时发生错误",
            },
            source = "code index file id 20269617443 (a Java SMTP server's reply when handling a command raised an exception)",
        }),

        -- {==================================================================
        -- Portuguese
        -- ===================================================================

        -- "temporariamente indisponível" (temporarily unavailable), "tente
        -- novamente mais tarde" (try again later): the receiving server's
        -- state, not our volume (a 421's default reads rate)
        r("intl.pt.system", "systemerror", {
            "temporariamente indispon", "indisponível", "indisponivel",
            "tente novamente mais tarde",
        }, {
            -- the mailbox said unavailable is the address's (intl.any.mailbox-unavailable)
            none = { "caixa de correio", "caixa postal" },
            examples = {
                "421 Servidor temporariamente indisponível. Tente novamente mais tarde. IB101",
            },
            source = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
        }),

        -- {==================================================================
        -- Polish
        -- ===================================================================

        -- "naruszenie zasad" (a violation of the rules/policy): the
        -- sender's traffic broke the receiver's policy, never the address
        -- (Forpsi gives it with 5.1.0 for a sending account it throttles).
        r("intl.pl.policy", "policyviolation", {
            "naruszenie zasad",
        }, {
            examples = {
                "550 5.1.0 Naruszenie zasad cNkj1y0022zrrQM01NkjaD, zobacz https://support.forpsi.com/kb/a4071",
            },
            source = "http://support.konto.pl/kb/a2813/blad-policy-violation-spam-do-qq_com-yahoo_com.aspx",
        }),

        -- {==================================================================
        -- Any language: the meaning's words apart
        -- ===================================================================

        -- a client could not authenticate to its own outgoing server, or
        -- its relay credentials are invalid, in German, French, Spanish,
        -- Italian, Portuguese, Dutch, Polish, Russian, Ukrainian, Czech,
        -- Hungarian, Romanian, Greek, Swedish, Turkish, Japanese,
        -- Korean, Chinese, Vietnamese, Arabic and Hebrew (the
        -- authentication's word and the failure's word apart): our
        -- set-up (password, method), fix; a message's SPF, DKIM or DMARC
        -- result is authfailure's, not this
        r("intl.any.auth-failed", "securityerror", {
            "authentifiz", "authentisier", "authentifi", "autenticazione",
            "autenticación", "autenticacion", "autenticação", "autenticacao",
            "método de identificación", "metodo de identificacion",
            "authenticeren", "authenticatie", "uwierzytelni", "аутентифи",
            "автентифік", "autentizac", "hitelesít", "hitelesit",
            "autentific", "πιστοποίησ", "ταυτοποίησ", "autentiser",
            "kimlik doğrula", "kimlik dogrula", "認証", "인증", "认证", "認證",
            "xác thực", "استيثاق", "مصادقة", "אימות", "憑證", "凭证",
            -- the login details or the authorisation, in German, Czech,
            -- Polish, Spanish, Japanese ("Die E-Mail-Zugangsdaten sind
            -- falsch", "Přihlašovací údaje ... nejsou správné", "Błąd
            -- autoryzacji", "ログインを拒否されました")
            "zugangsdaten", "anmeldedaten", "přihlašovací údaj",
            "prihlasovaci udaj", "autoryzacj", "datos de acceso", "ログイン",
            -- the authorisation in Turkish; logging in, in Chinese and
            -- Turkish ("登录失败", "Oturum açılamadı")
            "otorizasyon", "登录", "登入", "oturum aç", "oturum ac",
            -- identifying oneself in Finnish ("tunnistautua", "todennus"),
            -- the check of authenticity in Russian ("проверку подлинности")
            "tunnistautu", "todennus", "todennu", "подлинност",
        }, {
            all = { {
                "kann nicht", "fehlgeschlagen", "nicht möglich", "impossible",
                "imposible", "수 없", "açılamadı", "acilamadi",
                "échec", "echec", "no se puede", "falló", "fallida",
                "non riuscit", "fallit", "não foi possível", "nao foi possivel",
                "falhou", "kan niet", "mislukt", "nie udało", "nie udalo",
                "nie powiodło", "не удалось", "не вдалося", "nezdařil",
                "nezdaril", "selhal", "nem sikerült", "sikertelen",
                "nu se poate", "eșuat", "esuat", "αδυναμία", "απέτυχε",
                "kan inte", "misslyck", "doğrulanamadı", "dogrulanamadi",
                "başarısız", "失敗", "실패", "失败", "无法", "無法", "không thể",
                "تعذر", "فشل", "נכשל", "לא ניתן", "无效", "無效",
                -- wrong, not correct, an error, refused
                "falsch", "nejsou správn", "nejsou spravn", "błąd", "blad ",
                "no son correctos", "incorrect", "拒否",
                -- not done / could not be done (Turkish: "kimlik doğrulama
                -- yapılmamış", "otorizasyon yapılamamıştır"), and required,
                -- in German, French, Spanish, Portuguese, Italian, Dutch,
                -- Polish, Russian, Czech, Swedish, Danish, Norwegian,
                -- Finnish, Hungarian, Greek, Turkish, Japanese, Korean
                "yapılmamış", "yapilmamis", "yapılamadı", "yapilamadi",
                "yapılamamış", "yapilamamis", "erforderlich", "requise",
                "obligatoire", "requerida", "requerido", "obrigatória",
                "obrigatorio", "richiesta", "vereist", "wymagane", "wymagana",
                "требуется", "vyžadován", "krävs", "kræves", "kreves",
                "vaaditaan", "szükséges", "απαιτείται", "gerekli", "が必要",
                "필요합니다",
                -- could not (Finnish), not found (Russian: "не найден
                -- подходящий метод"), and not supported, in Spanish,
                -- Dutch, Portuguese, German, French, Italian, Polish,
                -- Czech, Russian, Ukrainian, Turkish, Finnish, Swedish,
                -- Japanese, Chinese, Korean (NeoMutt's "El servidor SMTP
                -- no soporta autenticación")
                "ei voitu", "не найден", "no soporta", "no admite",
                "ondersteunt geen", "ondersteunt niet", "oferece suporte",
                "não suporta", "nao suporta", "unterstützt kein",
                "unterstuetzt kein", "ne supporte pas", "ne prend pas en charge",
                "non supporta", "nie wspiera", "nie obsługuje", "nie obsluguje",
                "nepodporuje", "не поддерживает", "не підтримує", "desteklemiyor",
                "ei tue", "stöder inte", "stoder inte", "サポートしていない",
                "サポートされていません", "不支持", "不支援", "지원하지 않",
            } },
            none = { "spf", "dkim", "dmarc", "送信ドメイン認証", "ドメイン認証" },
            examples = {
                { reply = "SMTP oturumunda kimlik doğrulama yapılmamış",
                  source = "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari (Turkish hosting help: the cause of a 530)" },
                { reply = "Der Postausgangs-Server (SMTP) smtp.example.com kann nicht authentifiziert werden. Bitte überprüfen Sie das Passwort und die gewählte „Authentifizierungsmethode“ unter „Konten-Einstellungen | Postausgangs-Server (SMTP)“.",
                  source = "github.com/thunderbird/thunderbird-l10n de/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpAuthFailure, server filled in)" },
                { reply = "Die E-Mail-Zugangsdaten sind falsch. Prüfen Sie unter Einstellungen → Firmen-E-Mail das Passwort oder verbinden Sie das Konto erneut.",
                  source = "code index file id 60455435373 (an app's German text for 535/534, invalid login)" },
                { reply = "メールサーバー（smtp.example.com）にログインを拒否されました。送信用メールアドレス（ユーザー名）とパスワードを確認してください",
                  source = "code index file id 70167647510 (a Japanese outreach tool's text for a refused login; host filled in)" },
                { reply = "轉發憑證無效",
                  source = "https://support.google.com/a/answer/6140680?hl=zh-Hant&ref_topic=2921034 (Google's SMTP relay errors: invalid relay credentials)" },
            },
        }),

        -- the message's size over a limit, in French, Swedish, German,
        -- Spanish, Italian, Portuguese, Dutch, Polish, Russian, Czech,
        -- Hungarian, Romanian, Greek, Turkish, Finnish, Danish,
        -- Norwegian, Japanese, Korean, Chinese and Vietnamese (the
        -- message's size and "exceeds" apart; intl.any.too-large reads
        -- "too big"): a mailbox's size or quota is the full mailbox's
        r("intl.any.size-limit", "emailtoolarge", {
            "taille du message", "taille de votre message",
            "storleken på meddelandet", "größe der nachricht",
            "groesse der nachricht", "nachrichtengröße", "nachrichtengroesse",
            "tamaño del mensaje", "tamano del mensaje",
            "dimensione del messaggio", "tamanho da mensagem",
            "grootte van het bericht", "rozmiar wiadomości",
            "rozmiar wiadomosci", "размер сообщения", "размер письма",
            "velikost zprávy", "velikost zpravy", "üzenet mérete",
            "mărimea mesajului", "marimea mesajului", "μέγεθος του μηνύματος",
            "mesaj boyutu", "viestin koko", "meddelelsens størrelse",
            "meldingens størrelse", "メッセージのサイズ", "메시지 크기",
            "메일 크기", "邮件大小", "郵件大小", "kích thước thư",
            -- the attachment's size (Korean, Japanese, Chinese), the size
            -- of an e-mail in German, the allowed or largest size in
            -- Russian, the mail's size ("dung lượng thư") in Vietnamese
            "첨부파일 크기", "첨부 파일 크기", "添付ファイルのサイズ", "附件大小",
            "größe einer e-mail", "größe der e-mail", "e-mail-größe",
            "mailgröße", "допустимый размер", "допустимого размера",
            "максимальный размер", "dung lượng thư",
            -- the maximum size in French, Spanish, Italian, Portuguese,
            -- Dutch, Swedish and Chinese (a list's or a server's limit)
            "taille maximale", "tamaño máximo", "tamano maximo",
            "dimensione massima", "tamanho máximo", "tamanho maximo",
            "maximale grootte", "största tillåtna storlek", "的最大值",
            -- the message's size in other word forms (Spanish "tamaño de
            -- mensaje", Dutch "berichtgrootte", Turkish "ileti boyutu",
            -- Russian, Chinese "消息长度"), the allowed size
            -- (Dutch, Chinese, Arabic "الحجم الأقصى"), a size in bytes
            -- (Turkish "bayt boyutu")
            "tamaño de mensaje", "tamano de mensaje", "berichtgrootte",
            "toegestane grootte", "leti boyutu", "mesajın boyutu",
            "bayt boyutu", "消息长度",
            "信件大小", "最大允许", "الحجم الأقصى", "حجم الرسالة",
        }, {
            all = { {
                "excède", "excede", "dépasse", "depasse", "överskrider",
                "überschreitet", "ueberschreitet", "übersteigt", "supera",
                "ultrapassa", "overschrijdt", "przekracza", "превышает",
                "превышен", "překračuje", "prekracuje", "překročil",
                "meghaladja", "depășește", "depaseste", "υπερβαίνει",
                "aşıyor", "asiyor", "ylittää", "overskrider", "超え", "초과",
                "超过", "超過", "超出", "vượt quá",
                -- limited to (German), over the limit (Vietnamese)
                "beschränkt", "begrenzt", "vượt giới hạn",
                -- went over (Spanish, Russian, Swedish), heavier or bigger
                -- than (French, Dutch, Chinese)
                "superaba", "превысил", " över ", "plus lourd", "groter dan",
                "大于", "大於",
                -- exceeded (Spanish, Dutch, Turkish), exceeds (Arabic)
                "excedido", "overschreden", "geçildi", "gecildi", "aşıldı",
                "asildi", "تتخطّى", "تتخطى", "تتجاوز", "يتجاوز",
            } },
            none = r.with(r.INTL_ADDRESS, {
                "quota", "quote", "cuota", "kvot", "квот", "容量", "配额",
            }),
            examples = {
                { reply = "첨부파일 크기 초과",
                  source = "https://d31.nicesongtoyou.com/?p=4530 (Korean blog: causes of receiving errors)" },
                { reply = "La taille du message que vous essayez d’envoyer excède la limite de taille globale (10485760 octets) du serveur. Le message n’a pas été envoyé ; réduisez la taille du message et essayez à nouveau.",
                  source = "github.com/thunderbird/thunderbird-l10n fr/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpPermSizeExceeded1, the limit filled in)" },
            },
        }),

        -- relaying refused or not allowed, in German, Spanish, Italian,
        -- Portuguese, Dutch, Swedish, Polish, Russian, Chinese, Japanese
        -- and Korean (the relay's word and the refusal's word apart; the
        -- French words are intl.fr.relay's): the server does not relay
        -- for us
        r("intl.any.relay", "norelaying", {
            "relay", "relais", "relayage", "ретрансляц", "przekazywani",
            -- Portuguese, Spanish, Italian words for relaying
            "reencaminhamento", "retransmis", "ritrasmission",
            "中继", "中繼", "转发", "轉發", "リレー", "릴레이",
            -- forwarding as the translations of a relay refusal say it,
            -- in Dutch, Italian, German and Swedish, and the transfer in
            -- Czech and Slovak ("Doorsturen geweigerd", "Inoltro negato",
            -- "Weiterleitung verweigert", "Vidarebefordran nekad",
            -- "Přenos byl odepřen", "Prenos odmietnutý")
            "doorsturen", "inoltro", "weiterleitung", "vidarebefordran",
            "přenos", "prenos",
        }, {
            all = { {
                "nicht erlaubt", "nicht gestattet", "verweigert", "abgelehnt",
                "no permitido", "denegado", "rechazado", "non consentit",
                "non permess", "negato", "rifiutat", "não permitido",
                "nao permitido", "negado", "recusad", "niet toegestaan",
                "geweigerd", "inte tillåt", "nekad", "niedozwolon",
                "zabronion", "odmow", "запрещен", "запрещён", "не разрешен",
                "不允许", "不允許", "禁止", "拒绝", "拒絕", "拒否", "거부",
                "허용되지",
                -- the feminine "refused" of Spanish and Portuguese
                -- ("Retransmisión denegada", "Retransmissão Negada"), and
                -- Czech and Slovak "refused"
                "denegada", "negada", "odepřen", "odmietnut",
            } },
            examples = {
                { reply = "Relay nicht erlaubt",
                  source = "code index file id 70760414113 (a German web application's mail setup notes: the causes its test message names, among them 'Relay nicht erlaubt')" },
                { reply = "550 <someone@example.com>... Retransmisión denegada",
                  source = "https://support.microsoft.com/es-es/office/recibo-un-error-550-553-o-retransmisi%C3%B3n-prohibido-al-enviar-mensajes-de-correo-electr%C3%B3nico-65b494a4-0a15-433e-829f-e73651e0245e (Microsoft's relay-error article in Spanish, the server's reply it quotes)" },
                { reply = "550 <someone@example.com>... Inoltro negato",
                  source = "https://support.office.com/it-it/article/Visualizzazione-di-un-errore-550-553-o-di-inoltro-durante-l-invio-di-messaggi-di-posta-elettronica-65B494A4-0A15-433E-829F-E73651E0245E (the same article in Italian)" },
                { reply = "550 <someone@example.com>... Vidarebefordran nekad",
                  source = "https://support.microsoft.com/sv-se/office/jag-f%C3%A5r-ett-felmeddelande-om-550-553-eller-f%C3%B6rbjuden-vidarebefordran-n%C3%A4r-jag-skickar-e-postmeddelanden-65b494a4-0a15-433e-829f-e73651e0245e (the same article in Swedish)" },
            },
        }),

        -- the message refused as spam, in Russian, German, French,
        -- Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Czech,
        -- Japanese, Chinese, Korean (the spam word and "as"/"filter"
        -- together); the recipient's own words (an address) refuse it
        r("intl.any.spam", "spamdetected", {
            "как спам", "спам-фильтр", "спам фильтр", "als spam", "comme spam",
            "como spam", "come spam", "jako spam", "olarak spam", "jako spam",
            "spamfilter", "filtre anti-spam", "filtro antispam", "filtro anti-spam",
            "filtr antyspamowy", "スパムと判定", "垃圾邮件", "垃圾郵件", "스팸으로",
            -- "as spam / junk mail" in Swedish, Danish, Norwegian,
            -- Icelandic ("merkt sem ruslpóstur"), Finnish, Hungarian,
            -- Romanian, Greek and Vietnamese
            "som spam", "som skräppost", "sem ruslpóst", "spamiksi",
            "spamként", "ca spam", "ως spam", "là thư rác",
            -- "as spam / junk" in Estonian and Finnish, and "spam's mark",
            -- "as spam" in Japanese
            "kui rämpspost", "roskaksi", "roskapostiksi", "スパムの印", "スパムとして",
        }, {
            none = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
                "blacklist", "черн", "блеклист", " ip", "ip "
            }),
            examples = {
                { reply = "See kiri on märgitud kui rämpspost",
                  source = "Debian sympa 6.2.70, sympa.mo et (This message has been tagged as spam.)" },
                { reply = "Письмо отклонено сервером как спам.",
                  source = "UniSender checkEmail status err_spam_rejected in Russian, mapped by a PHP integration (code index file id 21001082884)" },
                { reply = "Netfangið þitt var merkt sem ruslpóstur.",
                  source = "https://tecnobits.com/is/correo-no-entregado-con-direccion-correcta-en-gmail (Icelandic article: causes of Gmail bounces)" },
            },
        }),

        -- the list the message was sent to does not exist (a list
        -- manager's notice: the list's word and "does not exist" or
        -- "unknown" apart, in Italian, Spanish, Portuguese, French,
        -- German, Polish, Dutch, Swedish, Hungarian, Russian, Japanese,
        -- Korean and Chinese): an unknown recipient; a block list's words
        -- refuse it
        r("intl.any.list-unknown", "userunknown", {
            "mailing list", "la lista", "a lista", "la liste", "die liste",
            "lista '", "de lijst", "listan", "nevű lista",
            "рассылк", "というリスト", "리스트", "邮件列表",
            "郵件列表"
        }, {
            all = { {
                "non esiste", "no existe", "não existe", "nao existe",
                "n'existe pas", "est inconnue", "existiert nicht",
                "nie istnieje", "bestaat niet", "finns inte", "Nincs",
                "не существует", "ありません", "존재하지 않", "不存在",
                "does not exist", "unknown list", "list unknown",
                "not a known mailing list"
            } },
            none = {
                "blacklist", "blocklist", "black list", "lista negra",
                "liste noire", "schwarze liste", "zwarte lijst", "rbl", "dnsbl",
                "subscri", "member", "abonn", "iscritt", "membr"
            },
            examples = {
                { reply = "Rozesłanie wiadomości na listę 'devel' jest niemożliwe z następującego powodu:\nLista 'devel' nie istnieje.",
                  source = "github.com/sympa-community/sympa po/sympa/pl.po, delivery_status_notification.tt2 (5.1.2; the list name filled)" },
            },
        }),

        -- a mailing list refused the post (not a member or subscriber,
        -- moderated, restricted): the list's word and the refusal's word
        -- apart, in English, German, French, Spanish, Italian,
        -- Portuguese, Polish, Russian, Chinese and Japanese; a blocklist's
        -- words (a "list" of IPs) or a content cause refuse it
        r("intl.any.list-post", "filtered", {
            "mailing list", "mailing-list", "mailinglist", "to the list",
            "to this list", "the list ", "this list ", "list subscriber",
            "list member", "list posting", "list owner", "list administrator",
            "liste de diffusion", "mailingliste", "verteilerliste",
            "lista de correo", "lista de distribución", "lista de distribucion",
            "lista di distribuzione", "lista de discussão", "lista de discussao",
            "lista dyskusyjn", "listy dyskusyjn", "список рассылки",
            "邮件列表", "郵件列表", "メーリングリスト",
            -- the list named with an article or a preposition (German,
            -- French, Italian, Spanish, Danish), a Russian mailing, a
            -- Czech "konference"
            "die liste", "der liste", "dieser liste", "à la liste", "a la liste",
            "alla lista", "la lista", "til listen", "postlisten", "рассылк",
            "konferenc",
            -- the list in Polish, Czech, Dutch, Swedish and Indonesian,
            -- and a list's owner address (list-owner@, the one to write to)
            "na listę", "na liste", "opiekunem listy", "opiekuna listy",
            "tohoto listu", "do listu", "deze lijst", "de lijst",
            "listan", "list ini", "-owner@",
            -- the list in Polish and Portuguese (its other cases), Turkish,
            -- Hungarian, Japanese, Korean, and a Sympa list's name quoted
            "tej listy", "obrębie listy", "obrebie listy", "para a lista",
            "na lista", "posta listesi", "listára", "このリスト", "リストの",
            "리스트", "lista '",
            -- the list in Catalan and Hebrew ("la llista de correu",
            -- "רשימת הדיוור", "לרשימה")
            "llista", "רשימת הדיוור", "לרשימה", "הרשימה",
            -- "this list" in Spanish, Galician, Portuguese, Italian,
            -- French and German, the list in Greek, Basque, Finnish
            -- ("listalle") and Vietnamese ("hộp thư chung")
            "esta lista", "nesta lista", "questa lista", "cette liste", "diese liste",
            "λίστα", "zerrenda", "listalle", "hộp thư chung",
            -- the list after a preposition (German "für Liste", French
            -- "pour la liste"), Hungarian "listán" (Sympa's "Message %1
            -- for list '%2' has been rejected.")
            "für liste", "fur liste", "pour la liste", "listán",
        }, {
            all = { {
                "reject", "restrict", "not allowed", "not permitted", "member",
                "moderat", "subscri", "denied", "refused",
                "abgelehnt", "mitglied", "abonnent", "refusé", "refuse",
                "abonné", "membre", "rechazad", "miembro", "suscrit",
                "rifiutat", "iscritt", "membro", "rejeitad", "assinante",
                "odrzucon", "członk", "subskryb", "отклонен", "подписчик",
                "участник", "拒绝", "拒絕", "成员", "成員", "拒否", "メンバー",
                -- registered (German, French, Danish, Czech), rejected (French)
                "eingetragen", "inscrit", "tilmeldt", "prihlasen", "přihlášen",
                "rejet",
                -- subscriber or member (Polish, Swedish, Dutch, Hungarian,
                -- Indonesian), refuse or reject (Polish, Czech, Dutch,
                -- Danish, Portuguese), "not allowed" (Swedish, Indonesian),
                -- "not delivered" (Dutch), the list's filter
                "prenumerator", "prenumerant", "ingeschreven", "leden",
                "listatag", "pelanggan", "odrzuca", "odmít", "odmit",
                "weiger", "afvis", "rejeitar", "tillåter inte",
                "tidak dibolehkan", "niet afgeleverd", "filter",
                -- restricted to, only (Spanish, Italian, Portuguese, Dutch,
                -- Hungarian, Chinese), refused (Turkish), not allowed
                -- (Dutch, Korean), readers or subscribers (Japanese,
                -- Chinese), moderators (Polish, Swedish)
                "restringid", "limitata", "restrit", "beperkt", "csak a",
                "仅限", "僅限", "reddedil", "niet toegestaan", "허용되지",
                "読者", "订阅者", "訂閱者", "moderator",
                -- allowed only, restricted (Greek, Galician, Basque,
                -- Finnish, Korean, Vietnamese, Russian), only through
                -- (German), moderators (Japanese)
                "επιτρέπεται μόνο", "restrinx", "mugatuta", "rajoitettu", "제한",
                "hạn chế", "разрешена только", "nur durch", "モデレータ",
                -- refused, forbidden, not allowed, not accepted, members
                -- only (Czech, Russian, Japanese, Dutch: GNU Mailman 2's
                -- refusals of a post, accuracy/corpus/dev32_weak_families)
                "zamítnut", "zamitnut", "zakázán", "zakazan", "nemáte povoleno",
                "účastní", "nebyl akceptován", "nebyl přijat", "запрещено доставлять",
                "запрещено отправлять сообщения в",
                "не одобрен", "не было одобрено", "посторонн", "会員以外",
                "投稿を禁止", "投稿が制限", "投稿は制限", "投稿できません",
                "lijst is besloten", "besloten lijst", "niet goedgekeurd",
                -- rejected or refused in Catalan, Hebrew and Korean
                -- (GNU Mailman 3's refusal of a post: "s'ha rebutjat",
                -- "נדחתה", "거절되었습니다")
                "rebutjat", "נדחת", "נדחה", "거절",
                -- rejected in Dutch, Finnish, Basque, Galician, Hungarian,
                -- Korean, Russian, Swedish, Vietnamese, Greek and Occitan
                -- (Sympa's "Message %1 for list '%2' has been rejected.")
                "afgewezen", "hylätty", "gaitzets", "rexeit", "visszautasít",
                "거부", "отвергнут", "nekats", "từ chối", "απορριφθ", "regetat",
            } },
            none = {
                "blacklist", "blocklist", "block list", "blocked list", "rbl",
                -- (a listing in its own words: Turkish "listeden", from the
                -- list, starts like "listed")
                "dnsbl", "spamhaus", "spamcop", "listed at", "listed in",
                "listed on", "listed by", " listed ", " listed.", " listed,",
                " listed;", "removal", "delist",
                "whitelist", "allowlist", "allow list", "allowed senders",
                "greylist", "grey list", "gray list", "spam", "virus",
                "dmarc", "spf", "dkim", "your mailing list", "unsubscri",
                "zwarte lijst",
                -- a blocklist in French, Spanish, Portuguese, Italian,
                -- Greek and Korean (its word holds the list's)
                "liste noire", "lista negra", "lista nera", "μαύρη λίστα", "블랙리스트",
                -- spam and bulk mailing in Russian ("массовая рассылка
                -- запрещена" is a sender's block, not a list's refusal)
                "спам", "массов",
            },
            examples = {
                { reply = "Nachricht <20261207093012.4711@example.org> für Liste 'team' wurde abgelehnt.",
                  source = "Debian sympa 6.2.70, sympa.mo de (Message %1 for list '%2' has been rejected.; the id and list filled)" },
                { reply = "Viestien jakelu listalle on rajoitettu listan tilaajille.",
                  source = "Debian sympa 6.2.70, sympa.mo fi (Message distribution in the list is restricted to list subscribers.)" },
                { reply = [[会員以外の方はこのリストに投稿できません]],
                  source = "github.com/jaredmauch/mailman2-python3 messages/ja/LC_MESSAGES/mailman.po (Mailman/Handlers/Hold.py NonMemberPost, Japanese)" },
                { reply = [[Máte zakázáno přispívat do této konference.]],
                  source = "github.com/jaredmauch/mailman2-python3 messages/cs/LC_MESSAGES/mailman.po (Mailman/Handlers/Hold.py ForbiddenPoster, Czech)" },
                { reply = "The message from bob@example.org with subject \"Hello\" was unable to be delivered to the list because you are not a list subscriber.",
                  source = "mlmmj's list texts, en/deny-post (reason subonlypost), at http://www.git.stargrave.org/?p=mlmmj-listtexts.git;a=blob;f=en/deny-post (poster and subject filled in)" },
                { reply = "Przykro mi, ale tylko prenumeratorzy mogą wysyłać pocztę na listę...",
                  source = "github.com/bruceg/ezmlm-idx lang/pl/messages (TXT_ONLY_SUBSCRIBERS, Polish)" },
                { reply = "Tyvärr, endast prenumeranter får posta. Ifall du är en prenumerant, skicka detta meddelande vidare till list-owner@example.org för att få din nya adress inkluderad i listan.",
                  source = "github.com/bruceg/ezmlm-idx lang/sv/messages (TXT_ONLY_SUBSCRIBERS, Swedish)" },
                { reply = "Echter is dit adres niet ingeschreven en alleen leden mogen mailen naar deze lijst.",
                  source = "github.com/neonkore/MLmmj listtexts/nl/subonlypost" },
                { reply = "El seu missatge a la llista de correu devel s'ha rebutjat per les següents raons: El missatge no és d'un membre de la llista",
                  source = "Debian mailman3 3.3.8, templates/ca/list:user:notice:rejected.txt with the ca catalogue's reason (moderation.py: not from a list member)" },
                { reply = "devel posta listesine mesajınız aşağıdaki nedenlerden dolayı reddedildi: Mesajı gönderen user1@example.com bu listeden yasaklandı",
                  source = "Debian mailman3 3.3.8, templates/tr/list:user:notice:rejected.txt with the tr catalogue's reason (banned_address.py)" },
            },
        }),

        -- the message expired (the queue's time ran out): the message's
        -- word and "expired" apart, in German, French, Spanish, Italian,
        -- Portuguese, Dutch, Polish, Russian, Turkish, Czech, Greek,
        -- Japanese, Chinese and Korean (English is the expiry phrases');
        -- an account's, a password's or a certificate's expiry refuses it
        r("intl.any.expired", "expired", {
            "nachricht", "mensaje", "messaggio", "mensagem", "bericht",
            "wiadomość", "wiadomosc", "сообщени", "письм", "mesaj", "zpráva",
            "zprava", "μήνυμα", "メッセージ", "메시지", "邮件", "郵件", "信件"
        }, {
            all = { {
                "abgelaufen", "expiré", "expiree", "caducad", "expirad",
                "expirou", "scadut", "verlopen", "wygasł", "wygasl", "истек",
                "истёк", "süresi dol", "suresi dol", "vypršel", "vypršela",
                "vyprsel", "έληξε", "期限切れ", "已过期", "已過期", "逾期", "만료"
            } },
            none = {
                "e-mailadresse", "e-mail-adresse", "emailadresse",
                "e-mailabdresse", "ungültig", "ungueltig",
                "konto", "passwort", "kennwort", "zertifikat", "abonnement",
                "compte", "mot de passe", "certificat", "cuenta", "contraseña",
                "certificado", "account", "password", "certificate",
                "hasło", "haslo", "certyfikat", "пароль", "сертификат",
                "аккаунт", "şifre", "heslo", "certifikát", "パスワード",
                "証明書", "密码", "证书", "비밀번호", "인증서",
                -- (a connection's time limit run out is a timeout, not
                -- the queue's)
                "verbindung", "connexion", "conexión", "conexion",
                "connessione", "conexão", "conexao", "verbinding",
                "połączen", "polaczen", "соединени", "подключени", "bağlantı",
                "baglanti", "spojení", "spojeni", "σύνδεσ", "接続", "连接",
                "連線", "연결", "smtp"
            },
            examples = {
                { reply = "550 4.4.7 WARTESCHLANGE.Abgelaufen ist; Nachricht ist abgelaufen",
                  source = "http://support.microsoft.com/kb/2625264/de (Microsoft KB in German: the NDR for a message that expired in the queue)" },
            },
        }),

        -- the recipient (or its server) receives mail too fast or too
        -- often, in German, French, Spanish, Italian, Portuguese, Dutch,
        -- Polish, Russian, Chinese, Japanese and Korean: the rate, not
        -- the address the reply names (Gmail's 450 4.2.1 "The user you
        -- are trying to contact is receiving mail too quickly", translated)
        r("intl.any.too-fast", "ratelimited", {
            "zu rasch", "zu schnell", "zu häufig", "zu haeufig",
            "in einer geschwindigkeit", "trop rapidement", "trop vite",
            "trop fréquemment", "à un rythme qui", "demasiado rápido",
            "demasiado rapido", "demasiada frecuencia", "a un ritmo que",
            "troppo velocemente", "troppo rapidamente", "troppo frequentemente",
            "muito rápido", "muito rapido", "rápido demais", "a uma taxa que",
            "te snel", "zbyt szybko", "zbyt często", "zbyt czesto",
            "слишком быстро", "слишком часто", "频率过高", "频率太高",
            "过于频繁", "太频繁", "頻率過高", "過於頻繁", "太頻繁", "速すぎ",
            "頻度が高すぎ", "너무 빠르", "너무 자주",
            -- too fast in Swedish, Danish, Norwegian, Finnish, Czech and
            -- Slovak (Gmail's "tar emot e-post för snabbt")
            "för snabbt", "for hurtigt", "for raskt", "liian nopeasti",
            "příliš rychle", "prilis rychle", "príliš rýchlo",
            -- "is receiving a large amount of mail" (Chinese)
            "正在接收大量", "接收大量郵件", "接收大量邮件",
            -- too many connections or messages (from us), in the same
            -- languages
            "trop de connexions", "zu viele verbindungen",
            "demasiadas conexiones", "troppe connessioni", "muitas conexões",
            "muitas conexoes", "te veel verbindingen", "för många anslutningar",
            "zbyt wiele połączeń", "zbyt wiele polaczen",
            "слишком много соединений", "слишком много подключений",
            "连接数过多", "连接过多", "連線數過多", "接続数が多すぎ",
            "연결이 너무 많", "trop de messages", "zu viele nachrichten",
            "demasiados mensajes", "troppi messaggi", "muitas mensagens",
            "te veel berichten", "för många meddelanden",
            "zbyt wiele wiadomości", "zbyt wiele wiadomosci",
            "слишком много сообщений", "слишком много писем",
            -- too many recipients (of one message), in German, French,
            -- Spanish, Italian, Portuguese, Dutch, Swedish, Polish,
            -- Russian, Czech, Turkish, Chinese, Japanese and Korean
            "zu viele empfänger", "trop de destinataires",
            "demasiados destinatarios", "troppi destinatari",
            "muitos destinatários", "muitos destinatarios",
            "te veel ontvangers", "för många mottagare",
            "zbyt wielu odbiorców", "zbyt wielu odbiorcow",
            "слишком много получателей", "příliš mnoho příjemců",
            "prilis mnoho prijemcu", "çok fazla alıcı", "收件人过多",
            "收件人太多", "收件人過多", "宛先が多すぎ",
            "受信者が多すぎ", "수신자가 너무 많",
            -- sent too often in Chinese ("邮件发送太过频繁"), an excessive
            -- number of messages in Greek, a large number of letters in
            -- Russian, too many messages in Czech and Turkish
            "太过频繁", "太過頻繁", "υπερβολικού αριθμού μηνυμάτων",
            "υπερβολικό αριθμό μηνυμάτων", "πάρα πολλά μηνύματα",
            "большое количество писем", "большого количества писем",
            "большое количество сообщений", "příliš mnoho zpráv",
            "çok fazla e-posta", "çok fazla ileti", "çok fazla mesaj"
        }, {
            -- (too many messages stored in the mailbox is a full mailbox)
            none = {
                "auf dem server", "im postfach", "dans la boîte",
                "dans la boite", "en el buzón", "en el buzon",
                "nella casella", "na caixa", "in de mailbox", "in het postvak",
                "w skrzynce", "в ящике", "в почтовом ящике"
            },
            examples = {
                { reply = "邮件发送太过频繁,被系统临时禁止发信",
                  source = "https://xiayuyun.com/zonghe/74184.html (Chinese blog: mail sent too often, sending forbidden for a while)" },
                { reply = "450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, erhält zu rasch E-Mails. Senden Sie Ihre Nachricht zu einem späteren Zeitpunkt noch einmal.",
                  source = "https://support.google.com/a/answer/3726730?hl=de (Gmail's 450 4.2.1 in German)" },
                { reply = "450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde.",
                  source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br (the same in Portuguese)" },
                { reply = "450 4.2.1 Användaren du försöker kontakta tar emot e-post för snabbt. Skicka om meddelandet senare.",
                  source = "https://support.google.com/a/answer/3726730?utm_source=thenewsletternewsletter&utm_medium=website&utm_campaign=100623 (the same in Swedish)" },
                { reply = "450 4.2.1 您尝试联系的用户接收电子邮件的频率过高。请稍后重发您的邮件。",
                  source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=zh-cn (the same in Chinese)" },
            },
        }),
        -- our sending volume against a limit counted per hour or per day,
        -- in Spanish, Portuguese, French, German, Italian and Dutch, as
        -- phrase.volume-limit reads it in English ("... ha superado el
        -- máximo de aplazamientos y fallas por hora": an Exim host's
        -- "max defers and failures per hour", translated)
        r("intl.any.volume-limit", "ratelimited", {
            "máximo de aplazamientos", "maximo de aplazamientos",
            "mensajes por hora", "correos por hora", "fallas por hora",
            "envíos por hora", "envios por hora", "mensajes por día",
            "mensajes por dia", "mensagens por hora", "mensagens por dia",
            "e-mails por hora", "messages par heure", "messages par jour",
            "nachrichten pro stunde", "nachrichten pro tag", "e-mails pro stunde",
            "messaggi all'ora", "messaggi al giorno", "messaggi per ora",
            "berichten per uur", "berichten per dag"
        }, {
            examples = {
                { reply = "Dominio ceag ha superado el máximo de aplazamientos y fallas por hora",
                  source = "a Spanish-translated Exim bounce pasted into a Java controller's comment (code index file id 27193580549; accuracy/mail/dev/polyglot)" },
            },
        }),

        -- the message too big, in German, French, Spanish, Italian,
        -- Portuguese, Dutch, Swedish, Polish, Russian, Chinese, Japanese
        -- and Korean (the message's word and "too big" apart), even where
        -- it names the recipient's mailbox it is too big for (the size
        -- rule of rules/fallback.lua refuses address words); a full
        -- mailbox's words refuse it
        r("intl.any.too-large", "emailtoolarge", {
            "zu groß", "zu gross", "trop volumineu", "trop gros", "trop grand",
            "demasiado grande", "troppo grande", "muito grande",
            "grande demais", "te groot", "för stor", "för stort",
            "za duż", "za duz", "слишком больш", "太大", "过大", "過大",
            "大きすぎ", "너무 큽", "너무 커",
            -- Czech and Polish "too big", Russian "bigger than the limit"
            "příliš velk", "prilis velk", "zbyt duż", "zbyt duz", "больше лимита",
            -- Russian "too large", Czech "too big" in its other forms,
            -- Japanese "too long" (of a mail: Mailman 2's size refusal)
            "слишком велик", "příliš velik", "prilis velik", "長すぎ",
            -- Korean "the size is big", "too big" written without a space
            -- (Naver's and Daum's notices on a refused size)
            "크기가 커", "너무커", "너무큽",
            -- Danish "is too big", Catalan "too big", Slovak "too long"
            -- (MailScanner's reports in those languages)
            "er for stor", "massa gran", "prilis dlh", "príliš dlh"
        }, {
            all = { {
                "e-mail", "nachricht", "message", "mensaje", "messaggio",
                "mensagem", "bericht", "meddelande", "wiadomo", "сообщени",
                "zpráv", "zprav",
                "письм", "邮件", "郵件", "メール", "메일", "anhang",
                "pièce jointe", "adjunto", "allegato", "anexo", "bijlage",
                "bilaga", "załącznik", "вложени", "附件", "添付", "첨부",
                -- Danish, Catalan, Czech and Slovak message and attachment
                "besked", "vedhæftede", "missatge", "fitxer", "příloh", "priloh",
                "správa", "sprava"
            } },
            none = {
                "voll", "plein", "pleine", "lleno", "llena", "pieno", "piena",
                "cheio", "cheia", " vol ", "full", "pełn", "переполнен",
                "已满", "已滿", "満杯", "가득", "quota", "quot", "cuota",
                "kvot", "квот",
                -- a store's space ("... for storage"), not the message's size
                "storage"
            },
            examples = {
                { reply = [[Размер вашего сообщения слишком велик, пожалуйста, составьте его так, чтобы его размер находился в пределах 40 Кб.]],
                  source = "github.com/jaredmauch/mailman2-python3 messages/ru/LC_MESSAGES/mailman.po (Mailman/Handlers/Hold.py MessageTooBig, Russian)" },
                { reply = "Die E-Mail ist zu groß für den Posteingang des Empfängers.",
                  source = "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107 (Gmail help in German: a reason a bounce names)" },
                { reply = "Wiadomość jest zbyt duża — zmniejsz rozmiar załączników",
                  source = "code index file id 56130627144 (a Polish app's text for Microsoft Graph's MessageSizeExceeded)" },
                { reply = "발송하신 편지의 크기가 너무커서 받는이가 속한 메일서버에서 수신을 거부하였습니다.",
                  source = "https://foxydog.tistory.com/69 (the notice Daum adds to a size refusal)" },
                { reply = "Beskeden er for stor",
                  source = "MailScanner v5 reports/dk/languages.conf, TooBig (code index file id 8363784066)" },
                { reply = "El fitxer adjunt és massa gran",
                  source = "MailScanner v5 reports/ca/languages.conf, AttachmentTooLarge (code index file id 26353984552)" },
            },
        }),

        -- too many attachments in one message, in English, German, French,
        -- Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Czech,
        -- Catalan, Russian and Chinese (a content filter's limit on the
        -- message's parts, MailScanner's reports): the message, not the
        -- address
        r("intl.any.too-many-attachments", "policyviolation", {
            "too many attachments", "zu viele anhänge", "zu viele anhaenge",
            "trop de pièces jointes", "trop de pieces jointes",
            "demasiados archivos adjuntos", "demasiados adjuntos", "troppi allegati",
            "anexos demais", "te veel bijlagen", "för många bilagor",
            "for mange bilag", "příliš mnoho příloh", "prilis mnoho priloh",
            "masses fitxers adjunts", "massa fitxers adjunts",
            "слишком много вложений", "附件过多", "附件太多"
        }, {
            examples = {
                { reply = "Zu viele Anhänge in der E-Mail",
                  source = "MailScanner v5 reports/de/languages.conf, TooManyAttachments (code index file id 70567794309)" },
                { reply = "Prilis mnoho priloh ve zprave",
                  source = "MailScanner v5 reports/cz/languages.conf, TooManyAttachments (code index file id 44711643017)" },
            },
        }),

        -- an archive protected by a password (a scanner cannot open it;
        -- the site's policy refuses it), in English, German, French,
        -- Spanish, Italian, Portuguese, Dutch, Czech, Slovak, Swedish,
        -- Danish, Catalan and Russian, an archive's or attachment's word
        -- apart
        r("intl.any.password-archive", "policyviolation", {
            "password-protected", "password protected", "passwort geschützt",
            "passwort-geschützt", "passwortgeschützt", "kennwortgeschützt",
            "protégé par un mot de passe", "protege par un mot de passe",
            "protegido con contraseña", "protegido con contrasena",
            "protetto da password", "protegido com senha", "protegido por senha",
            "wachtwoord is beveiligd", "met een wachtwoord beveiligd",
            "chráněný heslem", "chraneny heslem", "chránený heslom", "chraneny heslom",
            "lösenordsskyddat", "beskyttet af password", "beskyttet med adgangskode",
            "protegit amb contrasenya", "protegit amb contrassenya",
            "защищенный паролем", "защищённый паролем"
        }, {
            all = { {
                "archiv", "archive", "archief", "arkiv", "arquivo", "архив",
                "zip", "rar", "comprim", "compress", "pakket", "anexo", "adjunto",
                "allegato", "annex", "attachment", "anhang", "pièce jointe"
            } },
            examples = {
                { reply = "Die Nachricht enthielt eine durch ein Passwort geschützte, komprimierte Datei (Archiv)",
                  source = "MailScanner v5 reports/de/languages.conf, PasswordedArchive (code index file id 70567794309)" },
                { reply = "Het bericht bevat een archief dat met een wachtwoord is beveiligd",
                  source = "MailScanner v5 reports/nl/languages.conf, PasswordedArchive (code index file id 26781063492)" },
            },
        }),

        -- an attachment's name or type on a filter's block list, in
        -- English, German, French, Spanish, Italian, Portuguese, Czech and
        -- Catalan (MailScanner's filename rules): the message's content,
        -- not a block of the sender
        r("intl.any.blocked-filename", "policyviolation", {
            "blocked filename", "blocked file name", "blocked filetype", "blocked file type",
            "blockierten dateinamen", "blockierter dateiname", "blockierten dateityp",
            "blockierter dateityp", "nom de fichier bloqué", "type de fichier bloqué",
            "nombre de archivo bloqueado", "tipo de archivo bloqueado",
            "nome di file bloccato", "tipo di file bloccato",
            "nome de arquivo bloqueado", "tipo de arquivo bloqueado",
            "blokované jméno souboru", "blokovane jmeno souboru",
            "blokovaný typ souboru", "blokovany typ souboru",
            "nom de fitxer blocat", "tipus de fitxer blocat"
        }, {
            examples = {
                { reply = "Blockierten Dateinamen entdeckt",
                  source = "MailScanner v5 reports/de/languages.conf, FoundBlockedFilename (code index file id 70567794309)" },
                { reply = "Se detecto un nombre de archivo bloqueado",
                  source = "MailScanner v5 reports/es/languages.conf, FoundBlockedFilename (code index file id 9464118246)" },
            },
        }),

        -- the message classed or marked as unwanted (French
        -- "indésirable": spam), even by the recipient's mail system (which
        -- intl.any.spam's address words refuse); an IP named refuses it
        r("intl.fr.unwanted", "spamdetected", {
            "classé indésirable", "classe indesirable", "classé comme indésirable",
            "classe comme indesirable", "marqué comme indésirable",
            "marque comme indesirable", "considéré comme indésirable"
        }, {
            none = { " ip", "ip ", "liste noire", "blacklist" },
            examples = {
                { reply = "Le message a été classé indésirable par la messagerie du destinataire. Essayez une autre adresse pour vérifier votre configuration.",
                  source = "code index file id 68855521836 (a French shop back-office's text for SPAM_REJECTED)" },
            },
        }),

        -- the secure (TLS) connection refused or failed, or a certificate
        -- that cannot be verified, in German, Czech, Spanish, French,
        -- Italian, Portuguese, Dutch, Polish, Russian and Japanese (the
        -- secure link's word and a refusal or failure apart): the setup of
        -- the sending side must change
        r("intl.any.secure-connection", "securityerror", {
            "sichere verbindung", "zabezpečené spojení", "zabezpecene spojeni",
            "conexión segura", "conexion segura", "connexion sécurisée",
            "connexion securisee", "connessione sicura", "conexão segura",
            "conexao segura", "beveiligde verbinding", "bezpieczne połączenie",
            "bezpieczne polaczenie", "защищённое соединение", "защищенное соединение",
            "証明書"
        }, {
            all = { {
                "abgelehnt", "fehlgeschlagen", "odmítl", "odmitl", "selhal",
                "rechaz", "falló", "fallo", "refus", "échec", "echec",
                "rifiutat", "non riuscit", "recusad", "falhou", "geweigerd",
                "mislukt", "odrzuc", "nie powiodło", "отклон", "не удалось",
                "確認できません", "拒否", "失敗"
            } },
            examples = {
                { reply = "Der E-Mail-Server hat die sichere Verbindung abgelehnt. Prüfen Sie die SMTP-Einstellungen bei Ihrem Anbieter.",
                  source = "code index file id 60455435373 (an app's German text for certificate, TLS and SSL errors)" },
                { reply = "メールサーバーの証明書を確認できませんでした。セキュリティソフト（ESET・カスペルスキー等）や社内ネットワークがメール通信に割り込んでいる可能性があります。",
                  source = "code index file id 70167647510 (a Japanese outreach tool's text for a certificate it cannot verify)" },
            },
        }),

        -- an internal error (of the receiving system), in Spanish,
        -- French, Italian, Portuguese, German, Dutch, Finnish, Polish,
        -- Russian, Arabic, Chinese, Japanese, Korean, Vietnamese and
        -- Indonesian: the destination's system, as "Internal error" is
        r("intl.any.internal", "systemerror", {
            "error interno", "erreur interne", "errore interno", "erro interno",
            "interner fehler", "interne fout", "sisäinen virhe",
            "błąd wewnętrzny", "blad wewnetrzny", "внутренняя ошибка",
            "خطأ داخلي", "内部错误", "內部錯誤",
            "内部エラー", "내부 오류", "lỗi nội bộ",
            "kesalahan internal", "wewnętrznego błędu", "wewnetrznego bledu",
            "belső szerver hiba", "belso szerver hiba"
        }, {
            none = r.with(r.ADDRESS, r.INTL_ADDRESS),
            examples = {
                { reply = "Error interno",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/es/messages.php (its category for the receiving server's I/O errors)" },
                { reply = "Sisäinen virhe",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/fi/messages.php (the same in Finnish)" },
            },
        }),

        -- an error in the server's processing (RFC 5321's 451 "local
        -- error in processing" and its words in other languages: French,
        -- Spanish, Catalan, Italian, Portuguese, German, Dutch, Swedish,
        -- Danish, Finnish, Hungarian, Polish, Russian, Ukrainian, Greek,
        -- Turkish, Chinese, Japanese, Korean): the destination's system,
        -- retried; the recipient's mailbox or address named is the
        -- address rules'
        r("intl.any.processing", "systemerror", {
            "erreur de traitement", "erreur lors du traitement",
            "erreur pendant le traitement", "error en procesamiento",
            "error en el procesamiento", "error de procesamiento",
            "error al procesar", "error en el processament",
            "error de processament", "errore nell'elaborazione",
            "errore di elaborazione", "errore durante l'elaborazione",
            "erro no processamento", "erro de processamento", "erro ao processar",
            "fehler bei verarbeitung", "fehler bei der verarbeitung",
            "verarbeitungsfehler", "fout tijdens verwerken",
            "fout tijdens de verwerking", "fout bij verwerking", "verwerkingsfout",
            "fel i behandling", "fel vid behandling", "behandlingsfel",
            "fejl i processering", "fejl i behandling", "fejl under behandling",
            "virhe käsittelyssä", "käsittelyvirhe", "hiba a feldolgozás",
            "feldolgozási hiba", "błąd podczas przetwarzania",
            "blad podczas przetwarzania", "błąd przetwarzania",
            "ошибка при обработке", "ошибка обработки",
            "помилка при обробці",
            "помилка обробки",
            "σφάλμα κατά την επεξεργασία", "σφάλμα επεξεργασίας",
            "işlem sırasında hata", "işleme hatası",
            "处理出错", "處理出錯", "处理时出错", "處理時出錯", "处理错误", "處理錯誤",
            "処理中にエラー", "処理エラー", "처리하는데 오류", "처리 중 오류", "처리 오류"
        }, {
            none = r.with(r.ADDRESS, r.INTL_ADDRESS),
            examples = {
                { reply = "La commande DATA a échoué : Opération demandée abandonnée : erreur de traitement",
                  source = "Debian evolution-data-server-common 3.46.4, locale fr (camel-smtp-transport.c: a failed DATA command, the server's 451 rendered)" },
                { reply = "DATA-kommandot misslyckades: Begärd åtgärd avbruten: fel i behandling",
                  source = "Debian evolution-data-server-common 3.46.4, locale sv (the same in Swedish)" },
                { reply = "DATP 命令失败：动作请求已放弃：处理出错",
                  source = "Debian evolution-data-server-common 3.46.4, locale zh_CN (the same in Chinese; 'DATP' as the catalogue writes it)" },
            },
        }),

        -- the server short of storage for the message (RFC 5321's 452
        -- "insufficient system storage" and its words in other languages):
        -- the destination's system, retried; a mailbox or account that is
        -- full or over quota is the recipient's (the mailbox rules)
        r("intl.any.system-storage", "systemfull", {
            "archivio di sistema non sufficiente", "spazio di archiviazione insufficiente",
            "onvoldoende ruimte op systeem", "onvoldoende opslagruimte",
            "armazenamento de sistema insuficiente", "armazenamento insuficiente",
            "espaço de armazenamento insuficiente", "no hi ha prou espai",
            "espai d'emmagatzematge insuficient", "rendszertárhely",
            "nincs elegendő tárhely", "ανεπαρκής αποθήκευση", "ανεπαρκής χώρος",
            "espace de stockage insuffisant", "stockage insuffisant",
            "espace disque insuffisant", "almacenamiento insuficiente",
            "espacio de almacenamiento insuficiente", "nicht genügend speicher",
            "nicht genuegend speicher", "unzureichender speicher",
            "otillräckligt lagringsutrymme", "otillräckligt systemutrymme",
            "utilstrækkelig lagringsplads", "levytila ei riitä",
            "niewystarczająco miejsca", "niewystarczajaco miejsca",
            -- (not Russian "Недостаточно места" alone: a page gives it for
            -- a full mailbox, accuracy/corpus/dev21_intl_europe)
            "保存領域が足りません", "記憶領域が不足",
            "存储空间不足", "儲存空間不足", "저장 공간이 부족"
        }, {
            none = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
                "quota", "quot", "cuota", "kvot", "квот", "容量", "limit", "límite",
                "plein", "lleno", "llena", "pieno", "piena", "cheio", "cheia", "voll",
                "full", "pełn", "переполнен", "已满", "가득"
            }),
            examples = {
                { reply = "Comando DATA non riuscito: Azione richiesta non intrapresa: archivio di sistema non sufficiente",
                  source = "Debian evolution-data-server-common 3.46.4, locale it (camel-smtp-transport.c: a failed DATA command, the server's 452 rendered)" },
                { reply = "DATA-opdracht mislukt: Opdracht niet uitgevoerd: onvoldoende ruimte op systeem",
                  source = "Debian evolution-data-server-common 3.46.4, locale nl (the same in Dutch)" },
            },
        }),
        -- the mail server's storage full, in Japanese ("メールサーバの容量が
        -- 一杯"): the destination's system, as above; the mailbox's or an
        -- account's is the recipient's
        r("intl.ja.server-storage", "systemfull", {
            "メールサーバの容量", "メールサーバーの容量",
        }, {
            all = { { "一杯", "いっぱい", "満杯", "不足", "オーバー" } },
            none = r.with(r.ADDRESS, r.INTL_ADDRESS),
            examples = {
                { reply = "メールサーバの容量が一杯",
                  source = "https://www.neo-vps.com/wp/2015/11/16/ (a Japanese host's blog: a bulk-mail tool's error category, the receiving server's storage full)" },
            },
        }),

        -- a syntax error in the conversation (RFC 5321's 500 "syntax error,
        -- command unrecognized") in other languages' words, as English
        -- "syntax error" is phrase.syntax's: the client's commands, fixed
        r("intl.any.syntax", "syntaxerror", {
            "erreur de syntaxe", "error de sintaxis", "errore di sintassi",
            "erro de sintaxe", "syntaxfehler", "syntactische fout", "syntaxfel",
            "syntaksfejl", "syntaksivirhe", "szintaktikai hiba", "błąd składni",
            "błąd składniowy", "blad skladni", "syntaktická chyba",
            "синтаксическая ошибка",
            "синтаксична помилка", "σφάλμα σύνταξης",
            "sözdizimi hatası", "sozdizimi hatasi", "lỗi cú pháp",
            "语法错误", "語法錯誤", "構文エラー", "構文解析エラー",
            "구문 오류", "문법 오류"
        }, {
            none = r.with(r.ADDRESS, r.INTL_ADDRESS),
            examples = {
                { reply = "DATA-kommandot misslyckades: Syntaxfel, okänt kommando",
                  source = "Debian evolution-data-server-common 3.46.4, locale sv (camel-smtp-transport.c: a failed DATA command, the server's 500 rendered)" },
                { reply = "Помилка команди DATA: Синтаксична помилка, команду не розпізнано",
                  source = "Debian evolution-data-server-common 3.46.4, locale uk (the same in Ukrainian)" },
            },
        }),

        -- delivery delayed, in Spanish, French, Italian, Portuguese,
        -- German, Dutch, Finnish, Polish and Russian words: a warning that
        -- the attempts go on, as phrases.lua's "delivery delayed"
        r("intl.any.delayed", "networkerror", {
            "entrega retrasada", "entrega demorada", "entrega atrasada",
            "livraison retardée", "livraison retardee", "remise retardée",
            "consegna ritardata", "zustellung verzögert", "zustellung verzoegert",
            "vertraagde bezorging", "bezorging vertraagd", "toimitus myöhässä",
            "doręczenie opóźnione", "opóźnione doręczenie", "доставка задерживается",
            "доставка задержана"
        }, {
            action = "retry",
            examples = {
                { reply = "Entrega retrasada",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/es/messages.php (its category for a delivery delayed while the servers cannot be reached)" },
                { reply = "Livraison retardée",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager resources/lang/fr/messages.php (the same in French)" },
            },
        }),

        -- refused because of the content, in Spanish, French, Finnish,
        -- Italian, Portuguese, German, Dutch, Polish, Russian and Arabic
        -- words ("rejected because of its content"): the message's policy,
        -- as "Mail rejected due to content" is
        r("intl.any.content", "policyviolation", {
            "por contenido", "por su contenido", "en raison du contenu",
            "à cause du contenu", "a cause du contenu", "sisällön vuoksi",
            "a causa del contenuto", "per il contenuto", "devido ao conteúdo",
            "devido ao conteudo", "wegen des inhalts", "aufgrund des inhalts",
            "vanwege de inhoud", "ze względu na treść", "ze wzgledu na tresc",
            "из-за содержания", "بسبب المحتوى",
            -- "the content (was) refused" in Chinese ("内容被拒绝")
            "内容被拒", "內容被拒", "内容违规", "內容違規"
        }, {
            examples = {
                { reply = "内容被拒绝,可能是收件人对所接收的邮件进行了设置,内容中含有特定词汇等会被拒绝",
                  source = "https://xiayuyun.com/zonghe/74184.html (Chinese blog: the content refused)" },
                { reply = "Correo rechazado por contenido.",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/es/messages.php (its category for a refusal of the content)" },
                { reply = "Courrier rejeté en raison du contenu",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager resources/lang/fr/messages.php (the same in French)" },
            },
        }),

        -- the receiving server or system busy, overloaded, down or in
        -- trouble, in German, French, Spanish, Italian, Portuguese, Dutch,
        -- Swedish, Polish, Russian, Chinese, Japanese and Korean (the
        -- state word and the server's or system's word apart): the
        -- destination's system, whatever the code's default says
        r("intl.any.busy", "systemerror", {
            "ausgelastet", "überlastet", "ueberlastet", "ausgefallen",
            "surchargé", "surcharge", "sobrecargado", "sobrecarregado",
            "sovraccaric", "overbelast", "överbelast", "przeciążon",
            "przeciazon", "перегружен", "繁忙", "忙碌", "过载", "過載",
            "過負荷", "混雑", "과부하", "ocupado", "occupato", "occupé",
            "zajęty", "zajety", "занят",
            -- "a (temporary) system problem"
            "systemproblem", "problème système", "problème de système",
            "problema del sistema", "problema de sistema", "problema di sistema",
            "problema do sistema", "problema no sistema", "systeemprobleem",
            "系统问题", "系統問題", "システムの問題", "시스템 문제",
            -- Polish "for now / temporarily does not accept"
            "chwilowo nie przyjmuje", "tymczasowo nie przyjmuje",
            -- "the system had a (temporary) problem" in Chinese (Gmail's
            -- 421 4.7.0 as a Taiwanese page gives it: "系統暫時發生問題")
            "發生問題", "发生问题",
            -- "the server (is) down" in Korean ("서버 다운으로 인한 이메일
            -- 미전송")
            "서버 다운", "서버가 다운"
        }, {
            all = { {
                "server", "serveur", "servidor", "serwer", "сервер", "system",
                "système", "sistema", "systeem", "服务器", "伺服器", "系统",
                "系統", "サーバ", "システム", "서버", "시스템"
            } },
            none = CONNECT_FAILED,
            examples = {
                { reply = "서버 다운으로 인한 이메일 미전송",
                  source = "https://d31.nicesongtoyou.com/?p=4530 (Korean blog: mail not sent because the server is down)" },
                { reply = "421 4.4.5 Server ist ausgelastet. Bitte versuchen Sie es später noch einmal.",
                  source = "https://support.google.com/a/answer/3726730?hl=de (Gmail's 421 4.4.5 in German)" },
                { reply = "Serwer odbiorcy chwilowo nie przyjmuje.",
                  source = "code index file id 60789717296 (a Polish bounce dashboard's help line for 4.3.2)" },
                { reply = "421 4.7.0 临时系统问题。请稍后重试。",
                  source = "https://laod.cn/5512.html (Gmail's 421 4.7.0 'Temporary System Problem' in Chinese)" },
                { reply = "421 4.7.0 系統暫時發生問題。請稍後再試",
                  source = "http://webmail.ublink.org/index.php/service/tech-know/nodif/gmail-smtp-%E9%8C%AF%E8%AA%A4%E5%92%8C%E4%BB%A3%E7%A2%BC (the same in Traditional Chinese)" },
            },
        }),

        -- the receiving server or service unavailable, in German,
        -- French, Spanish, Italian, Dutch, Swedish, Polish, Russian,
        -- Chinese, Japanese and Korean (the state word and the server's
        -- or service's word apart; Portuguese is intl.pt.system's): the
        -- destination's system; the recipient's mailbox or address
        -- unavailable is the address's, and refuses it
        r("intl.any.unavailable", "systemerror", {
            "nicht verfügbar", "nicht verfuegbar", "indisponible",
            "no disponible", "non disponibile", "niet beschikbaar",
            "inte tillgänglig", "niedostępn", "niedostepn", "недоступен",
            "недоступна", "不可用", "無法使用", "利用できません",
            "사용할 수 없",
            -- "is not available" as a phrase (French, Spanish, Italian,
            -- Portuguese), and in Danish, Norwegian, Finnish, Hungarian,
            -- Romanian, Greek, Vietnamese; "not available / out of
            -- service" in Turkish ("Sunucu geçici olarak hizmet dışı")
            "pas disponible", "no está disponible", "no esta disponible",
            "non è disponibile", "não está disponível", "nao esta disponivel",
            "ikke tilgængelig", "ikke tilgjengelig", "ei ole käytettävissä",
            "nem elérhető", "nu este disponibil", "δεν είναι διαθέσιμ",
            "không khả dụng", "müsait değil", "musait degil", "hizmet dışı",
            "hizmet disi",
            -- not available in Portuguese, Swedish and Czech without the
            -- verb ("Serviço não disponível", "Tjänst ej tillgänglig",
            -- "Služba není dostupná"), in Arabic ("خدمة غير متوفرة")
            "não disponível", "nao disponivel", "ej tillgänglig",
            "není dostupn", "neni dostupn", "غير متوفر", "غير متاح",
            -- not available with the negation apart (Russian, Ukrainian
            -- "не доступен", "не доступна", Polish "nie jest dostępna")
            "не доступен", "не доступна", "не доступно", "не доступний",
            "nie jest dostępn", "nie jest dostepn"
        }, {
            all = { {
                "server", "serveur", "servidor", "serwer", "сервер",
                "服务器", "伺服器", "サーバ", "서버", "dienst", "service",
                "servicio", "servizio", "tjänst", "usług", "uslug", "сервис",
                "служба", "服务", "服務", "サービス", "서비스",
                -- the server or service in Finnish, Hungarian, Romanian,
                -- Greek, Vietnamese, Turkish
                "palvelin", "szerver", "serverul", "διακομιστ", "máy chủ",
                "sunucu", "hizmet",
                -- the service, the server in Portuguese, Czech, Arabic
                "serviço", "servico", "služba", "sluzba", "خدمة", "خادم",
                -- the service capitalised in Russian and Ukrainian, in
                -- Danish and Norwegian
                "tjeneste"
            } },
            none = r.with(r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), CONNECT_FAILED), {
                "dominio", "domaine", "domain", "domäne", "domein", "domän",
                "域名", "網域", "ドメイン", "도메인"
            }),
            examples = {
                { reply = "Sunucu geçici olarak hizmet dışı",
                  source = "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari (Turkish hosting help: the cause of a 421)" },
                { reply = "Сбой команды DATA: Сервис не доступен, закрытие канала передачи",
                  source = "Debian evolution-data-server-common 3.46.4, locale ru (camel-smtp-transport.c: a failed DATA command, the server's 421 rendered)" },
                { reply = "Le serveur de messagerie n'est pas disponible.",
                  source = "https://tecnobits.com/fr/E-mail-non-d%C3%A9livr%C3%A9-avec-l%27adresse-correcte-dans-Gmail (French article: causes of Gmail bounces)" },
                { reply = "421 4.4.5 Server nicht verfügbar, versuchen Sie es später noch einmal.",
                  source = "https://netcomplete.ch/bwl-knowledge-base/general/ueberblick-ueber-smtp-fehler (Gmail's 421 4.4.5 in German)" },
            },
        }),

        -- a domain (or its server) temporarily unreachable, in French,
        -- Spanish, Italian, Portuguese, Dutch, German, Swedish, Polish,
        -- Russian, Japanese, Korean and Chinese (the domain's or server's
        -- word and "unreachable" apart): the network, not the address; a
        -- domain that does not exist, or the recipient's mailbox, refuses it
        r("intl.any.unreachable", "networkerror", {
            "inatteignable", "injoignable", "inaccesible", "non raggiungibil",
            "irraggiungibil", "inatingível", "inatingivel", "inalcançável",
            "onbereikbaar", "niet bereikbaar", "unerreichbar",
            "nicht erreichbar", "inte kan nås", "kan inte nås",
            "nieosiągaln", "nieosiagaln", "未到達",
            "到達できません", "연결할 수 없", "不可到达", "无法到达",
            "無法到達", "无法访问", "無法訪問",
        }, {
            all = { {
                "domaine", "dominio", "domínio", "domein", "domäne",
                "domain", "domän", "domena", "домен", "ドメイン", "도메인", "域",
                "serveur", "servidor", "server", "serwer", "сервер", "服务器",
                "伺服器", "サーバ", "서버", "hôte", "host"
            } },
            none = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
                "existe", "esiste", "existiert", "bestaat", "finns inte",
                "存在", "존재", "inconnu", "desconocid", "sconosciut",
                "unbekannt", "onbekend", "desconhecid"
            }),
            examples = {
                { reply = "Une erreur s’est produite dans la chaîne de diffusion du message (domaine temporairement inatteignable, par exemple).",
                  source = "github.com/AdobeDocs/campaign-standard.fr-FR help/sending/using/understanding-delivery-failures.md (failure type Unreachable)" },
                { reply = "メッセージ配信チェーン(ドメインの一時未到達など)でエラーが発生しました。",
                  source = "github.com/AdobeDocs/campaign-standard.ja-JP help/sending/using/understanding-delivery-failures.md (the same in Japanese)" },
            },
        }),


        -- the recipient's server does not answer, in Swedish, German,
        -- French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
        -- Czech, Turkish, Danish, Norwegian, Finnish, Japanese, Korean and
        -- Chinese (the server's word and "does not answer" apart): the
        -- network on the way, retried; unlike intl.any.unreachable the
        -- recipient's word may name whose server it is ("Mottagarens
        -- e-postserver svarar inte"), but a mailbox that does not answer
        -- is no server's
        r("intl.any.no-answer", "networkerror", {
            "svarar inte", "antwortet nicht", "ne répond pas",
            "ne repond pas", "no responde", "non risponde", "não responde",
            "nao responde", "reageert niet", "antwoordt niet",
            "nie odpowiada", "не отвечает", "neodpovídá", "neodpovida",
            "yanıt vermiyor", "cevap vermiyor", "svarer ikke", "ei vastaa",
            "応答がありません", "응답이 없", "没有响应", "無回應", "无响应"
        }, {
            all = { {
                "server", "serveur", "servidor", "serwer", "сервер",
                "palvelin", "sunucu", "服务器", "伺服器", "サーバ", "서버",
                "hôte", "host"
            } },
            none = {
                "postfach", "mailbox", "brevlåda", "skrzynk", "ящик", "boîte",
                "boite", "buzón", "buzon", "casella", "caixa", "postvak",
                "schránk", "posta kutusu", "メールボックス", "邮箱", "信箱",
                "메일함"
            },
            examples = {
                { reply = "Mottagarens e-postserver svarar inte",
                  source = "https://hjalp.styrelseproffset.se/sv/articles/4017179-utskicksfel (a Swedish help's reasons a mail bounces)" },
            },
        }),

        -- a block list named (a black list, a spam list) in German,
        -- Dutch, French, Spanish, Italian, Portuguese, Polish, Czech,
        -- Russian, Ukrainian, Swedish, Danish, Norwegian, Finnish,
        -- Hungarian, Romanian, Greek, Turkish, Vietnamese, Chinese,
        -- Japanese and Korean, or a "blacklisting" in Russian: the
        -- sender refused as listed, whatever else the text says about
        -- retrying ("Сообщение отвергнуто из-за блеклистинга. Будет
        -- переотправлено.")
        r("intl.any.blocklist", "blocked", {
            "schwarze liste", "schwarzen liste", "sperrliste", "zwarte lijst",
            "spamlijst", "spam lijst", "liste noire", "lista negra",
            "lista nera", "czarna lista", "czarnej liście", "czarnej liscie",
            "černá listina", "černé listině", "cerne listine",
            "черный список", "чёрный список", "черном списке", "чёрном списке",
            "черного списка", "чёрного списка", "блеклист", "блэклист",
            "чорний список", "чорному списку", "svartlist", "svartelist",
            "sortlist", "mustalla listalla", "mustalista", "feketelist",
            "lista neagră", "lista neagra", "μαύρη λίστα", "kara liste",
            "danh sách đen", "黑名单", "黑名單", "ブラックリスト", "블랙리스트"
        }, {
            examples = {
                { reply = "Сообщение отвергнуто из-за блеклистинга. Будет переотправлено.",
                  source = "UniSender checkEmail status err_blacklisted in Russian, mapped by a PHP integration (code index file id 21001082884)" },
                { reply = "Det kan være at du har fått tildelt en IP-adresse fra din ISP som er svartelistet.",
                  source = "https://www.mekke.no/brukerhjelp-mail-forsvinner-8373s.html (Norwegian help: the sending IP blacklisted)" },
            },
        }),

        -- the recipient's own filter or setting refuses the mail (a filter,
        -- a receiving block list, "does not wish to receive"), in Chinese,
        -- Korean, Japanese, German, French, Spanish, Portuguese, Italian,
        -- Dutch and Polish: the recipient's choice; an IP or a server
        -- named is the sender's standing, not the recipient's setting
        r("intl.any.recipient-filter", "filtered", {
            "过滤器", "過濾器", "过滤规则", "過濾規則", "수신차단", "수신 차단",
            "メール拒否", "受信拒否", "von ihnen empfangen möchte",
            "von ihnen erhalten möchte", "ne souhaite pas recevoir",
            "no desea recibir", "no quiere recibir", "não deseja receber",
            "nao deseja receber", "não quer receber", "non desidera ricevere",
            "non vuole ricevere", "wil geen e-mails", "nie chce otrzymywać",
            "nie chce otrzymywac"
        }, {
            none = {
                " ip", "ip ", "ip-", "ip주소", "ip 주소", "ip地址", "ipアドレス",
                "아이피", "서버", "server", "サーバ", "服务器", "伺服器",
                "垃圾", "spam", "спам", "스팸", "迷惑",
                -- an address that may not exist is the address's
                -- ("受信拒否されました(またはアドレスが存在しません)")
                "存在", "존재"
            },
            examples = {
                { reply = "邮箱被拒收:收件人的邮箱设置或电子邮件过滤器可能会拒绝来自某些发件人或特定邮件的投递。",
                  source = "https://bentuzi.cn/question/1628307034690555904.html (Chinese Q&A: the recipient's settings or filter refuse some senders)" },
                { reply = "메일을 보내신 분의 주소가 질문자님의 수신차단 목록에 등록된 경우",
                  source = "https://kin.naver.com/qna/detail.naver?d1id=1&dirId=1060108&docId=228964450 (Naver Q&A: the sender on the recipient's block list)" },
                { reply = "Der Empfänger hat in den Einstellungen festgelegt, dass er keine E‑Mails von Ihnen empfangen möchte.",
                  source = "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107 (Gmail help in German: the recipient chose not to receive your mail)" },
            },
        }),

        -- the delivery attempts ran out (tried several times, the
        -- retrying period over), in Japanese ("(再送期間終了)"), German,
        -- French, Spanish, Italian,
        -- Portuguese, Dutch, Polish and Russian (the attempts and the
        -- failure apart): the message expired, as the expiry phrases say
        r("intl.any.retries", "expired", {
            "再送期間", "再試行期間", "再送信期間",
            "mehrere versuche", "mehreren versuchen", "plusieurs tentatives",
            "varios intentos", "diversi tentativi", "vários tentativas",
            "várias tentativas", "varias tentativas", "meerdere pogingen",
            "meerdere keren geprobeerd", "kilka prób", "kilku prób",
            "несколько попыток", "нескольких попыток"
        }, {
            all = { {
                "終了",
                "nicht zugestellt", "n'a pas pu être", "n'a pu être",
                "no se pudo", "non è stato possibile", "non e stato possibile",
                "não foi possível", "nao foi possivel", "niet gelukt",
                "niet bezorgd", "nie udało", "nie udalo", "не удалось",
                "не доставлено", "できませんでした"
            } },
            examples = {
                { reply = "受信側でエラーが発生したため、送信できませんでした。(再送期間終了)",
                  source = "https://hprhelp.hammock.jp/hc/ja/articles/360039440231 (HammockPR mail error flags, Japanese: the resend period ended)" },
            },
        }),

        -- a command unknown, invalid or not supported (the SMTP
        -- conversation itself wrong), in German, French, Spanish,
        -- Italian, Portuguese, Dutch, Polish, Russian, Czech, Turkish,
        -- Japanese and Korean (the command's word and the fault
        -- apart): the sending side's protocol; an address, or the
        -- authentication or TLS commands (the security rules'), refuse it
        r("intl.any.command", "syntaxerror", {
            "befehl", "commande", "comando", "commando", "polecenie",
            "команд", "příkaz", "prikaz", "komut",
            "コマンド", "명령"
        }, {
            all = { {
                "unbekannt", "ungültig", "ungueltig", "nicht unterstützt",
                "nicht erkannt", "inconnue", "invalide", "non reconnue",
                "non prise en charge", "desconocido", "no reconocido",
                "inválido", "invalido", "no soportado", "no admitido",
                "non riconosciut", "sconosciut", "non support",
                "desconhecido", "não reconhecido", "não suportado",
                "ongeldig", "onbekend", "niet herkend", "niet ondersteund",
                "nieznane", "nieprawidłow", "nieobsługiwan", "неизвестн",
                "неверн", "не поддерживается", "не распознан", "neznám",
                "neplatn", "nepodporovan", "geçersiz", "gecersiz",
                "desteklenmiyor", "tanınmıyor", "错误", "錯誤", "无效", "無效",
                "不支持", "不支援", "无法识别", "無法識別", "認識されません",
                "サポートされていません", "인식할 수 없", "지원되지"
            } },
            none = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
                "auth", "認証", "인증", "认证", "認證", "kimlik", "tls", "ssl",
                -- (a command "not recognised" in Chinese is
                -- nocode.syntax-intl's)
                "无法识别的"
            }),
            examples = {
                { reply = "Geçersiz SMTP komutu gönderildi",
                  source = "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari (Turkish hosting help: the cause of a 500)" },
            },
        }),

        -- a temporary problem or error (of the receiving side), in
        -- German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
        -- Danish, Norwegian, Polish, Russian, Czech, Turkish, Finnish,
        -- Hungarian, Romanian, Greek, Japanese, Chinese, Korean and
        -- Vietnamese: the destination's system, retried; a mailbox full
        -- or over quota (the full mailbox's temporary reading) refuses it
        r("intl.any.temporary", "systemerror", {
            "vorübergehendes problem", "voruebergehendes problem",
            "vorübergehender fehler", "voruebergehender fehler",
            "problème temporaire", "probleme temporaire", "erreur temporaire",
            "problema temporal", "error temporal", "problema temporaneo",
            "errore temporaneo", "problema temporário", "problema temporario",
            "erro temporário", "erro temporario", "tijdelijk probleem",
            "tijdelijke fout", "tillfälligt problem", "tillfälligt fel",
            "midlertidig fejl", "midlertidig feil", "midlertidigt problem",
            "tymczasowy problem", "tymczasowy błąd", "tymczasowy blad",
            "временная проблема", "временная ошибка",
            "временный сбой",
            "dočasný problém", "docasny problem", "dočasná chyba",
            "dočasný lokální problém", "geçici bir hata", "geçici bir sorun",
            "geçici hata", "geçici sorun", "gecici hata",
            "väliaikainen virhe", "väliaikainen ongelma", "ideiglenes hiba",
            "eroare temporară", "eroare temporara", "προσωρινό πρόβλημα",
            "προσωρινό σφάλμα", "一時的な問題", "一時的なエラー", "暂时的问题",
            "临时问题", "暫時的問題", "臨時問題", "일시적인 문제",
            "일시적인 오류", "일시적 오류", "lỗi tạm thời", "sự cố tạm thời"
        }, {
            -- whose problem: the server's or system's, or the recipient's
            -- side ("mit dem Posteingang des Empfängers", "Sunucu
            -- tarafında"); a temporary error that names no side names no
            -- cause
            all = { {
                "server", "serveur", "servidor", "serwer", "сервер", "sunucu",
                "palvelin", "szerver", "máy chủ", "system", "système",
                "sistema", "systeem", "систем", "系统", "系統", "システム",
                "시스템", "サーバ", "서버", "服务器", "伺服器", "empfänger",
                "destinatari", "destinataire", "destinatário", "ontvanger",
                "mottagar", "modtager", "mottaker", "odbiorc", "получател",
                "příjemc", "alıcı", "alici", "posteingang", "bandeja", "boîte",
                "boite", "caixa", "casella", "postfach", "受信", "收件", "수신",
                "người nhận", "παραλήπτ"
            } },
            none = {
                "voll", "plein", "lleno", "llena", "pieno", "piena", "cheio",
                "cheia", " vol ", "full", "pełn", "переполнен", "plná", "dolu",
                "いっぱい", "満杯", "已满", "가득", "quota", "quot", "cuota",
                "kvot", "квот", "容量",
                -- a limit or a volume named is the rate's (intl.any.limit,
                -- nocode.rate: "Das ist ein vorübergehender Fehler" after a
                -- relay limit exceeded)
                "limit", "beschränkung", "beschraenkung", "límite", "limite",
                "limiet", "лимит", "限制", "上限", "制限", "한도", "zu viele",
                "trop de", "demasiad", "troppi", "слишком много", "过多", "過多"
            },
            examples = {
                { reply = "Sunucu tarafında geçici bir hata",
                  source = "https://destek.sh.com.tr/rehber/smtp-mail-gonderim-hata-kodlari (Turkish hosting help: the cause of a 451)" },
                { reply = "Es gibt ein vorübergehendes Problem mit dem Posteingang des Empfängers.",
                  source = "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107 (Gmail help in German: a temporary problem with the recipient's inbox)" },
                { reply = "Hay un problema temporal con la bandeja de entrada del destinatario",
                  source = "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017 (the same in Spanish)" },
            },
        }),

        -- refused or deferred for the sender's reputation, in Polish
        -- ("Chwilowo odroczone na tle reputacji"), French, Spanish,
        -- Italian, Portuguese, Dutch, Czech, Russian, Turkish, Chinese,
        -- Japanese and Korean (English is the reputation phrases'): our
        -- standing, throttled; the recipient's words refuse it
        r("intl.any.reputation", "badreputation", {
            "reputacj", "réputation", "reputación", "reputacion",
            "reputazione", "reputação", "reputacao", "reputatie",
            "reputace", "reputaci", "репутац",
            -- (Turkish "itibar" without its ending would read "itibaren",
            -- "from ... on")
            "itibarı", "itibarın", "itibar puan",
            "信誉", "信譽", "声誉", "レピュテーション", "평판"
        }, {
            none = r.with(r.ADDRESS, r.INTL_ADDRESS),
            examples = {
                { reply = "Chwilowo odroczone na tle reputacji.",
                  source = "code index file id 60789717296 (a Polish bounce dashboard's help line for 4.7.0)" },
            },
        }),

        -- }==================================================================
    },
}
