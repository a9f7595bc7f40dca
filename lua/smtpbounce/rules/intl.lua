-- Built-in phrase rules for replies in other languages (German, French,
-- Spanish, Italian, Portuguese, Russian, Japanese, Chinese).
--
-- These rules sit in the "phrases" layer right after the English ones
-- (rules/phrases.lua), so when a reply carries an English phrase as well
-- -- most non-English replies are bilingual, "Boite du destinataire
-- pleine. Recipient overquota." -- the English phrase decides; these
-- rules decide replies that are in one other language only.  Phrases are
-- matched bytewise (UTF-8) with ASCII-only case folding: a capital
-- Cyrillic or accented letter is a different byte sequence, so forms that
-- may start a sentence are listed capitalised as well.  Accented words
-- are also listed without their accents where servers write them so
-- ("ueberschritten", "refuse").
--
-- A rule is added only for a meaning for which a real reply in that
-- language was found (corpus entries and the sources named per rule).
-- Most servers answer in English even in those countries (see e.g.
-- https://bs2internet.com/mensagens-de-erro-ao-enviar-e-mails, "90% of
-- them use English"); no real Spanish, Italian, Portuguese or Russian
-- SMTP reply text was found, so those languages have no rules yet.
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
        }, {
            examples = {
                "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
                "422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)",
            },
            source = "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html",
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
                "550 5.7.0 Code d'authentification invalide OFR 305",
            },
            source = "https://github.com/sisimai/p5-sisimai/issues/243",
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
            -- ("552 mail from invalid. (发件人地址不合法)", from the same
            -- source, is decided by its English words: phrase.sender-bad)
            examples = {
                "553 host denies the sender. (拒绝发件人地址)",
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

        -- }==================================================================
    },
}
