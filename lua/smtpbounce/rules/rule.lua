-- The constructor the built-in phrase rule files (rules/phrases.lua,
-- intl.lua, intl_address.lua, nocode.lua, fallback.lua) write their rules with:
-- rule(id, reason, any [, t]) is the rule table t (a new one when absent)
-- with its id, its reason and its list of phrases 'any' set, so that each
-- rule reads as its id, reason and words first, then its other fields.
-- rule.with(list, more [, last]) is a new list: the words of 'list', then
-- those of 'more' (absent: none), then those of 'last', for a rule's
-- phrases or 'none' built around a shared list.
-- rule.RESOLVER_UNKNOWN is the resolver's "Name or service not known" in
-- the languages of its translations (below).
-- rule.SAYS_QUEUED: the words of a code-less text that says it stays queued.
-- rule.ADDRESS and rule.INTL_ADDRESS are the words that make a reply about
-- the address (user, mailbox, recipient, account), in English and in
-- German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
-- Chinese and Japanese, and the recipient, user and mailbox in Turkish,
-- Czech, Slovak, Greek, the Scandinavian languages, Finnish, Hungarian,
-- Romanian, Indonesian, Vietnamese, Ukrainian, Korean, Arabic and Hebrew:
-- the rules that read another cause refuse them
-- (rules/fallback.lua, rules/unread.lua).
-- Not a rule file: init.lua's BUILTIN does not list it.
local function rule (_, id, reason, any, t)
    t = t or {}
    t.id = id
    t.reason = reason
    t.any = any
    return t
end

local function with (list, more, last)
    local t = {}
    for i, v in ipairs(list) do t[i] = v end
    for _, v in ipairs(more or {}) do t[#t + 1] = v end
    for _, v in ipairs(last or {}) do t[#t + 1] = v end
    return t
end

local ADDRESS = {
    "user", "mailbox", "recipient", "account", "rcpt", "no such",
    "address rejected", "invalid address", "unknown address",
    "not exist", "mailbox unavailable", "deliverable",
}

local INTL_ADDRESS = {
    "empfänger", "empfaenger", "postfach", "benutzer", "konto",
    "destinataire", "boîte", "boite", "utilisateur", "compte",
    "destinatario", "buzón", "buzon", "usuario", "cuenta",
    "casella", "utente", "caixa", "usuário", "sua conta", "conta de",
    "conta inexist", "conta desativ",
    "ontvanger", "gebruiker", "odbiorc", "skrzynk", "użytkownik", "uzytkownik",
    "получател", "ящик", "пользовател", "аккаунт", "учетн", "учётн",
    "收件人", "用户", "邮箱", "帐号", "账号", "宛先", "ユーザ", "アカウント",
    -- the recipient, the user and the mailbox in more languages (the
    -- words a receiving server of that language names the address with;
    -- not "account" alone, which a sending side says of its own)
    "destinatário", "destinatar", "adressat", "adresát", "adresat", "адресат",
    "alıcı", "alici", "kullanıcı", "kullanici", "posta kutusu",
    "příjemce", "prijemce", "uživatel", "uzivatel", "používateľ", "schránk", "schrank",
    "παραλήπτ", "χρήστ", "γραμματοκιβώτι",
    "mottagar", "modtager", "mottaker", "brevlåda", "postkasse", "postboks",
    "användar", "bruger", "brukeren", "vastaanottaja", "käyttäjä", "postilaatikko",
    "brievenbus", "címzett", "felhasználó", "postafiók", "utilizator",
    "penerima", "pengguna", "kotak surat", "người nhận", "hộp thư",
    "одержувач", "отримувач", "скриньк",
    "користувач",
    "수신자", "받는 사람", "받는사람", "사용자", "메일함", "편지함",
    "收件者", "使用者", "信箱", "收信人", "受信者", "受取人", "メールボックス",
    "المستلم", "صندوق البريد", "הנמען",
}

-- the resolver's own "Name or service not known" (glibc's EAI_NONAME)
-- in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
-- Russian, Ukrainian, Turkish, Finnish, Swedish, Japanese, Korean and
-- Chinese: a sending program's lookup of the server it was given (msmtp's
-- "Host smtp.example.com kann nicht gefunden werden: Der Name oder der
-- Dienst ist nicht bekannt"), no recipient's domain (rules/nocode.lua's
-- nocode.dns reads it; rules/intl_address.lua's intl.any.no-domain gives
-- way to it)
local RESOLVER_UNKNOWN = {
    "der name oder der dienst", "nom ou service inconnu",
    "nombre o servicio desconocido", "nome o servizio sconosciuto",
    "nome ou serviço desconhecido", "naam of dienst is niet bekend",
    "nazwa lub usługa jest nieznana", "jméno nebo služba",
    "имя или служба", "назва чи сервіс", "ya da servis bilinmiyor",
    "tai palvelua ei tunneta", "namn eller tjänst okänd",
    "名前またはサービスが不明", "이름 혹은 서비스를 알 수 없", "未知的名称或服务",
}

-- a code-less text that itself says the message stays queued (Postfix's
-- "status=deferred (certificate verification failed)"): what keeps a TLS
-- failure deferred (rules/phrases.lua's phrase.client-cert gives way,
-- rules/nocode.lua's nocode.tls-deferred reads it)
local SAYS_QUEUED = {
    "status=deferred", "deferred", "will be retried", "will retry",
    "still trying", "queued", "try again later",
}

return setmetatable({ with = with, ADDRESS = ADDRESS, INTL_ADDRESS = INTL_ADDRESS,
                      RESOLVER_UNKNOWN = RESOLVER_UNKNOWN, SAYS_QUEUED = SAYS_QUEUED },
                    { __call = rule })
