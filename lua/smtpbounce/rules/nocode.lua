-- Built-in phrase rules for diagnostics WITHOUT a reply code or an
-- enhanced status: what a sending MTA, a delivery agent, a client
-- library or a sending service writes as the reason when no remote reply
-- exists (the connection failed, DNS answered nothing usable, the queue
-- gave up, the service would not send) or the reply was stripped.
--
-- Order.  These rules sit in the "phrases" layer after rules/phrases.lua,
-- rules/intl.lua and rules/intl_address.lua, and before
-- rules/fallback.lua (init.lua's BUILTIN): first match wins inside a
-- layer, so every address phrase and every named cause of those files
-- keeps its first say, and these rules see only the code-less texts that
-- none of them recognised.  Every rule here asks for class 0 (no code,
-- no status), so a reply with a code never reaches them and still falls
-- to fallback.lua or to its code's default.  They come before
-- fallback.lua because its cue words were written for a receiving
-- server's refusal ("refused", "denied", an IP address quoted): in a
-- code-less text from the sending side "refused" is a TCP connection
-- refused and the IP address is the receiver's (connect ECONNREFUSED
-- 192.0.2.25:25), not a block of ours.
--
-- The outcome of such a reply is the class its cause implies
-- (result.class_of): bounced for an address or domain that does not
-- exist, an expired message, a loop (its rule sets the final action
-- contact); deferred for connection and DNS troubles, a congested
-- system, or a text that itself says delivery will be retried (its rule
-- sets retry).
--   nocode.suppressed   a sending service will not send: the address bounced before
--   nocode.remove-address a sending service's hard bounce: drop the address, it says
--   nocode.unsubscribed a sending service will not send: the recipient opted out
--                       or reported its mail as spam
--   nocode.tls-setting  a client's STARTTLS not offered: switch it off (fix)
--   nocode.tls-deferred a TLS session failed or was required, and the text says it is retried
--   nocode.tls          a TLS session failed or was required (fix the set-up)
--   nocode.host         the recipient's domain has no mail server / does not exist
--   nocode.dns          a DNS lookup failed for now
--   nocode.host-intl    a host (the server a program was given) not found (other languages)
--   nocode.expired      the queue gave up: too old, too long, too many tries
--   nocode.loop         the message loops (back to this host, too many hops)
--   nocode.connect      the connection to the receiving server failed
--   nocode.connect-intl a connection lost, closed, timed out or failed (other languages)
--   nocode.host-down    the receiving host is down
--   nocode.congestion   the receiving or relaying system is congested or failed
--   nocode.quota-temp-de a full mailbox in German words apart, said to be temporary
--   nocode.quota-de     a full mailbox in German words apart
--   nocode.rate         the receiver's volume or rate limits (other languages)
--   nocode.wait-send    wait so long before sending again (a sender's own rate limit)
--   nocode.no-address   the recipient's address is invalid (other languages)
--   nocode.address-syntax the recipient's address is malformed
--   nocode.bad-address  a sending service's status: the recipient's address invalid
--   nocode.gone         the recipient's address deleted or no longer used
--   nocode.unrecognized the recipient's address not recognised
--   nocode.sender-intl  our sender address refused (other languages)
--   nocode.syntax-intl  a command not recognised (other languages)
--   nocode.blocked-message the receiving server blocked the message
--   nocode.retrying     the sending side says it will retry, no cause named
--   nocode.delayed-for  a delay warning's subject: delayed so many hours
--   nocode.permanent    the sending side says delivery failed for good, no cause named
--   nocode.client       a mail client or library could not reach its own
--                       outgoing (SMTP) server
--   nocode.send-failed  sending failed, an error while sending (other languages)
--   nocode.refused      the server refused or did not accept the mail, no cause named
local r = require "smtpbounce.rules.rule"

-- code-less replies only
local NOCODE = { 0 }

-- words that name a passing DNS trouble rather than a missing name
local DNS_TEMP = {
    "try again", "temporar", "timeout", "timed out", "servfail",
    "server failure", "misbehaving", "not complete",
}

-- "temporary" and its kin, in several languages (a cause said to pass)
local TEMP = {
    "temporar", "temporär", "temporaer", "vorübergehend", "voruebergehend",
    "temporaire", "temporal", "temporanea", "temporaneo", "tymczasow",
    "try again later", "in the future", "transient", "soft bounce", "defer",
}

-- sending or delivering, in English, Spanish, French, Italian,
-- Portuguese, German, Dutch, Polish, Czech, Russian, Ukrainian,
-- Turkish, Finnish, Swedish, Japanese, Chinese, Korean and Arabic
local SEND = {
    "sending", "send ", "envoi", "envoy", "enviar", "enviando", "envío", "envio",
    "invio", "inviare", "entrega", "senden", "versand", "versenden", "zustellung",
    "verzend", "versturen", "wysył", "wysyl", "wysła", "doręcz", "odesl", "odesíl",
    "posílání", "отправ", "доставк", "надісл", "доставит", "gönder", "gonder",
    "lähet", "skicka", "sändning", "leverans", "送信", "配信", "发送", "發送",
    "投递", "보내", "발송", "전송", "إرسال",
    -- sent or sending in German ("verschickt"), Galician ("enviou"),
    -- Basque ("bidali") and Icelandic ("senda")
    "verschick", "enviou", "bidal", "senda ",
    -- the SMTP session (an error during it: Claws Mail's "Wystąpił błąd
    -- podczas sesji SMTP.")
    "smtp session", "session smtp", "sesión smtp", "sessione smtp", "sessão smtp",
    "sesji smtp", "smtp-sitzung", "smtp-sessie", "smtp-session", "smtp relace",
    "smtp-relace", "smtp сесси", "smtp oturum", "smtp-istun", "smtpセッション",
    "smtp セッション", "smtp 会话", "smtp 세션",
}

-- failed, an error, could not, in the same languages
local FAILED = {
    "failed", "error", "échec", "échoué", "echec", "erreur", "falló",
    "fallid", "error al", "falha", "falhou", "errore", "non riuscit",
    "impossibile", "fehlgeschlagen", "fehler", "mislukt", "fout ",
    "fout opgetreden", "błąd", "nie udało", "nie powiodło", "chyba",
    "selhal", "ошибк", "не удалось", "помилк", "не вдалося",
    "hata", "başarısız", "gönderilemedi", "epäonnistui", "virhe",
    "misslyckades", "fel vid", "kunde inte", "失敗", "エラー", "できません",
    -- could not in German, Galician, Basque and Icelandic
    "konnte nicht", "non se ", "ezin ", "tókst ekki",
    "失败", "出错", "错误", "실패", "오류", "فشل", "تعذر",
}

-- a connection, in Spanish, French, Italian, Portuguese, German, Dutch,
-- Polish, Czech, Russian, Ukrainian, Turkish, Finnish, Swedish,
-- Japanese, Chinese, Korean and Arabic
local CONN = {
    "conexión", "conexion", "connexion", "connessione", "conexão", "conexao",
    "ligação", "verbindung", "verbinding", "połączeni", "polaczeni",
    "spojení", "připojení", "соединени", "подключени",
    "з’єднан", "з'єднан", "bağlantı", "baglanti", "yhteys", "yhteyden",
    "yhdistäminen", "anslutning", "förbindelse", "接続", "连接", "連線",
    "연결", "الاتصال", "الاتّصال",
}

-- lost, broken, closed, timed out, refused or failed (a connection's
-- fate) in the same languages
local CONN_FAILED = {
    "perdid", "perdu", "perdut", "perdida", "cerrad", "cerró", "fermé",
    "ferme", "interrompu", "interruption", "chius", "interrott", "scadut",
    "fechad", "encerrad", "fechou", "foi perdida", "esgot", "expirou",
    "non riuscit", "fallit", "geschlossen", "beendet", "abgebrochen", "unterbrochen", "verfallen",
    "fehlgeschlagen", "verbroken", "gesloten", "mislukt", "tijdslimiet",
    "zamknię", "zerwan", "utracon", "nie powiodło", "ztracen", "ukončen",
    "uzavřel", "selhal", "vypršel", "časový limit", "разорван", "прерван",
    "закрыл", "потерян", "сбой", "время ожидания", "розірван", "відмовлено",
    "koptu", "kesildi", "kapattı", "kurulamadı", "zaman aşımı", "menetetty",
    "katkais", "epäonnistui", "förlorad", "stängde", "avslutades",
    "misslyckades", "tidsgräns", "vägrades", "切った", "失敗", "タイムアウト",
    "クローズ", "丢失", "关闭", "超时", "失败", "끊어", "실패", "초과",
    "فُقد", "فقد", "تعذر", "excedió", "dépass", "rifiutat", "recusad",
    "rechazad", "refusé", "abgelehnt", "geweigerd", "odrzuc", "odmítnut",
    "отклон", "reddedil",
}

-- what refuses a text that says delivery failed for good
-- (nocode.permanent, nocode.send-failed, nocode.refused)
local NOT_FINAL = {
    -- a text that says it will be retried, in English, Russian,
    -- Ukrainian, German, French, Spanish, Italian, Dutch, Polish,
    -- Turkish, Czech, Greek, Japanese, Chinese and Korean
    "temporar", "will retry", "retried", "will try", "delay", "later", "yet",
    "временн", "повторн", "продолжа", "тимчасов", "vorübergehend",
    "voruebergehend", "erneut", "später", "temporair", "plus tard",
    "temporal", "más tarde", "mas tarde", "temporane", "più tardi",
    "tijdelijk", "tymczasow", "ponown", "geçici", "dočasn",
    "προσωρ", "一時", "暂时", "临时", "暫時", "일시",
    -- a named cause the later rules read (a blacklist, the message's
    -- size, spam, in Russian)
    "черн", "блеклист", "размер", "спам",
    -- a local program's failure, which fallback.local reads as the
    -- system's trouble ("maildir delivery failed: ...: Permission denied")
    "permission denied", "command", "exit status", "create",
    "executable", "unable to run", "unable_to_run", "ldap", "nfs",
    -- the way there, which fallback.network names, and the connection
    -- in other languages (a client's "送信 (SMTP) サーバーとの接続がタイム
    -- アウトしたため、メッセージを送信できませんでした" is nocode.client's)
    "connect", "network", "verbindung", "connexion", "conexión",
    "conexion", "connessione", "conexão", "conexao", "verbinding",
    "połączen", "polaczen", "соединени", "подключени", "bağlantı",
    "baglanti", "spojení", "spojeni", "σύνδεσ", "kapcsolat",
    "conexiun", "anslutning", "kết nối", "接続", "连接", "連線",
    "연결", "الاتصال", "החיבור",
}

-- a TLS session that failed or was required (nocode.tls-deferred,
-- nocode.tls)
local TLS_WORDS = {
    "starttls", " tls", "tls ", "tls:", " ssl", "ssl ", "ssl_", "tlsa",
    "certificate", "handshake", "cipher", "x509", "encryption is required",
    "secure connection", "encrypted connection",
}
-- a connection reset, refused or timed out around the handshake: the
-- network's, not the TLS set-up's
local TLS_NETWORK = { "econnreset", "econnrefused", "etimedout", "socket disconnected" }

local with = r.with

return {
    rules = {
        -- a sending service refused to send to an address that bounced
        -- before (its suppression list): the address is bad
        r("nocode.suppressed", "userunknown", {
            "previously bounced", "history of bouncing", "history of hard bounces",
            "previously hard bounced", "previously hard-bounced",
            -- the service's own list of such addresses
            "suppression list", "suppressed sending", "address suppressed",
            "recipient suppressed", "suppressed address", "suppressed recipient",
            "suppressed due to",
            -- its list of addresses that bounced ("Bounced Address")
            "bounced address",
        }, {
          class = NOCODE,
          examples = {
              { reply = [=[Amazon SES has suppressed sending to this address because it is on the account-level suppression list. This does not count toward your bounce rate metric.]=],
                source = "Amazon SES bounce subtype OnAccountSuppressionList, as a bounce parser quotes it (code index file id 36019233631)" },
          },
        }),

        -- a sending service's hard bounce that names no cause but says
        -- to drop the address from the list: its advice decides
        r("nocode.remove-address", "undefined", {
            "remove the recipient", "remove this recipient", "remove the address",
            "remove this address", "remove the email address", "remove the e-mail address",
        }, {
          class = NOCODE,
          all = { { "from your mailing list", "from your list", "from the list",
                    "from your recipient list", "from your mailing lists" } },
          action = "suppress",
          scope = "recipient",
          examples = {
              { reply = [=[Amazon SES received a general hard bounce. If you receive this type of bounce, you should remove the recipient's email address from your mailing list.]=],
                source = "Amazon SES Developer Guide, event publishing contents: the bounce types table, Permanent / General (code index file id 6694744658)" },
          },
        }),

        -- a sending service refused to send: the recipient unsubscribed
        -- or opted out of this sender's mail (a recipient's setting)
        r("nocode.unsubscribed", "filtered", {
            "unsubscribed", "opted out", "opted-out", "has opted out",
            "unsubscribe list",
            -- or reported this sender's mail as spam (a complaint)
            "marked your messages as spam", "marked your message as spam",
            "marked your email as spam", "marked your emails as spam",
            "reported your messages as spam", "reported your message as spam",
        }, {
          class = NOCODE,
          -- (the recipient's side now blocks this sender's mail: a block
          -- of ours, "Marked your email as spam and is currently blocked")
          none = { "blocked", "blocking" },
          examples = {
              { reply = [=[Not delivering to unsubscribed address]=],
                source = "Mailgun's reason for a dropped message (code 606), as a webhook converter lists it (code index file id 474041440)" },
              { reply = [=[Not delivering to a user who marked your messages as spam]=],
                source = "Mailgun's reason for a dropped message (code 607), as a webhook converter lists it (code index file id 474041440)" },
          },
        }),

        -- a client's STARTTLS the server does not offer, with the advice
        -- to switch it off in the account's settings (Thunderbird's
        -- startTlsFailed in every language: "Disable STARTTLS for that
        -- server or contact your service provider"): the set-up must
        -- change; nothing will be retried (the cause's class: bounced, fix)
        r("nocode.tls-setting", "securityerror", { "starttls" }, {
          class = NOCODE,
          all = { {
              "switch off", "turn off", "disable", "schalten sie starttls",
              "désactivez", "desactivez", "desactive", "disattivare",
              "disattiva", "desligue", "desative", "schakel starttls",
              "wyłącz", "wylacz", "отключите", "вимкніть",
              "zrušte", "vypněte",
              "kapcsolja ki", "dezactivează", "dezactiveaza", "stäng av",
              "slå fra", "slå av", "poista", "απενεργοποιήστε", "devre dışı",
              "devre disi", "tắt", "nonaktifkan", "無効", "끄거나", "끄십시오",
              "关闭", "關閉", "أوقف", "عطّل", "כבה", "השבת",
              -- or the server does not support it at all, a client library
              -- says ("STARTTLS is required but host does not support
              -- STARTTLS", "STARTTLS extension not supported by server")
              "not support", "n't support",
          } },
          examples = {
              { reply = [=[Une erreur est survenue lors de l’envoi de l’e-mail : impossible d’établir un lien sécurisé avec le serveur SMTP « smtp.example.com » en utilisant « STARTTLS » puisqu’il ne propose pas cette fonctionnalité. Désactivez « STARTTLS » pour ce serveur ou contactez votre fournisseur d’accès à Internet.]=],
                source = "github.com/thunderbird/thunderbird-l10n fr/mail/chrome/messenger/messengercompose/composeMsgs.properties (startTlsFailed, server filled in)" },
              { reply = [=[javax.mail.MessagingException: STARTTLS is required but host does not support STARTTLS]=],
                source = "https://github.com/zhuangjinxin/issues/issues/5 (JavaMail: the client requires STARTTLS, the server does not offer it)" },
          },
        }),

        -- TLS failed or was demanded, and the text itself says the
        -- message stays queued (Postfix's "status=deferred (no matching
        -- cipher found)", "will be retried"): deferred, retried (the
        -- rule's action: result.class_of); the set-up may still need a
        -- fix.  A connection reset or dropped around the handshake is
        -- the network's (Node's "Client network socket disconnected
        -- before secure TLS connection was established", "read
        -- ECONNRESET at TLSWrap").
        r("nocode.tls-deferred", "securityerror", TLS_WORDS, {
          class = NOCODE, action = "retry",
          all = { r.SAYS_QUEUED },
          none = TLS_NETWORK,
          examples = {
              { reply = [=[status=deferred (no matching cipher found)]=],
                source = "relay set-up guide's list of Postfix TLS deferrals (code index file id 52791348038)" },
          },
        }),

        -- TLS failed or was demanded, and nothing says it is retried: a
        -- sending MTA's log (Postfix "Cannot start TLS: handshake
        -- failure", "TLS is required, but was not offered", "Server
        -- certificate not verified") or a client ("x509: certificate
        -- signed by unknown authority").  A retry alone does not help
        -- until one side's TLS set-up changes: fix, as for a 451 5.7.3
        -- "STARTTLS is required" (the cause's class, bounced).
        r("nocode.tls", "securityerror", TLS_WORDS, {
          class = NOCODE, action = "fix",
          none = TLS_NETWORK,
          examples = {
              { reply = [=[TLS is required, but was not offered by host 127.0.0.1[127.0.0.1]]=],
                source = "github.com/iredmail/iRedMail/issues/265 (Postfix smtp client status)" },
              { reply = [=[Your message could not be delivered to the following recipients:
<user1@xxx.com.ar> (TLS error from 'mail.xxx.com.ar': I/O error: tls handshake eof)]=],
                source = "https://github.com/stalwartlabs/stalwart/issues/2059" },
          },
        }),

        -- the recipient's domain has no mail server, or its name does
        -- not exist (NXDOMAIN, no MX, MX hosts without addresses); not
        -- our relay host, not a lookup that may yet succeed
        r("nocode.host", "hostunknown", {
            "no mail server", "no mail servers", "no mx", "no valid mx",
            "mx records point",
            "lookups failed permanently", "lookup failed permanently",
            "nxdomain", "enotfound", "no such host", "no such domain",
            "domain not found", "domain name not found", "host not found",
            "domain couldn't be found", "domain could not be found",
            "domain does not exist", "domain doesn't exist",
            "domain does not resolve", "does not resolve",
            "non-existent domain", "nonexistent domain", "non-existent host",
            "unknown domain", "unknown host", "host unknown", "host named",
            "bad destination system", "find a mail exchanger", "no mail exchanger",
            "find a mail server", "unknown mail server",
            "mx record not found", "mx records not found", "mx not found",
            -- a sending service's words for such a domain ("Known bad
            -- domain", "unable to get mx info", "no mail host")
            "bad domain", "mx info", "no mail host",
            -- a service's status for a domain without usable DNS or MX
            -- ("Server Not Found/Bad DNS/MX"), or the address's domain
            -- said invalid ("The domain of the email address is invalid")
            "bad dns", "bad mx", "domain of the email address is invalid",
            "domain of the e-mail address is invalid",
            "domain of the address is invalid", "email domain is invalid",
            "invalid email domain", "invalid e-mail domain",
            -- no (usable) DNS record, no SMTP server for the domain (a
            -- sending service's status; Russian as well)
            "record in dns", "records in dns", "no dns record", "no smtp server",
            "запись в dns", "записи в dns", "записей в dns", "smtp сервер отсутствует",
            "smtp-сервер отсутствует",
            -- no route to the recipient's domain (a routing failure, not
            -- a network one)
            "could not route", "unable to route", "cannot route", "can't route",
            "routing failed", "no route found",
            -- an invalid domain in Chinese ("無效域"); "host unknown" in
            -- German words
            "无效域", "無效域", "gastgeber unbekannt",
            -- Node's resolver: the recipient's domain has no MX record
            -- ("queryMx ENODATA example.com"; a queryA for our own
            -- server is the sending side's, not matched here)
            "querymx enodata",
        }, {
          class = NOCODE,
          none = with(DNS_TEMP, { "relay", "smarthost",
                                  -- its servers exist, none could be reached
                                  -- ("No SMTP servers were available ... Tried")
                                  "were available", "tried ",
                                  -- ("No MX could be reached": a connection
                                  -- failure to hosts that exist)
                                  "could be reached", "could not be reached",
                                  "unreachable",
                                  -- a client library's own SMTP server name (ours),
                                  -- a Go program's dial of the server it was given
                                  "getaddrinfo", "dial tcp" }),
          examples = {
              { reply = [[Error: queryMx ENODATA voila.fr]],
                source = "https://github.com/nmanousos/email-existence/issues/41" },
              { reply = [=[Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.]=],
                source = "hMailServer ExternalDelivery.cpp, bounce text (code index file id 29218552499)" },
              { reply = [=[Server Not Found/Bad DNS/MX]=],
                source = "https://mailclickconvert.com/resources/knowledge-articles/understanding-list-email-status-codes (a list status: no mail server reachable for the domain)" },
              { reply = [=[2002 The domain of the email address is invalid]=],
                source = "https://support.sportsground.com/hc/en-us/articles/360016702371-Notification-of-undelivered-emails-to-eNewsletter-recipients (a service's own error 2002)" },
              { reply = [=[all host address lookups failed permanently]=],
                source = "Exim routers/dnslookup.c (address lookups of every host failed)" },
          },
        }),

        -- a DNS lookup failed for now (server failure, no answer yet)
        r("nocode.dns", "networkerror", with({
            "lookup failed", "lookup failure", "lookup error", "lookup did not complete",
            "server misbehaving", "servfail", "dns query has failed", "dns failure",
            "dns error", "dns lookup", "name resolution", "resolver", "name server",
            "nameserver", "could not resolve", "couldn't resolve", "unable to resolve",
            "getaddrinfo", "resolving", "resolution failed", "resolution failure",
            "dns resolution", "no address associated",
            -- qmail-remote's temporary (#4.1.2) wording
            "host by that name",
            -- the same in other languages (German, French, Spanish, Dutch)
            "dns-fehler", "dns fehler", "erreur dns", "error de dns", "error dns",
            "dns-fout", "dns fout",
            -- Chinese: a record lookup or a name resolution failed
            "记录查询失败", "域名解析失败", "dns解析失败", "記錄查詢失敗",
            -- a host's address not found (smail: "IP address for %s not found")
            "ip address for",
            -- Node's resolver: the query refused or failed by the server
            -- ("Error: queryA EREFUSED smtp.example.com", code 'EDNS')
            "erefused", "eservfail", "querya ", "queryaaaa ", "querymx ",
            -- a Go program's lookup of the server it dials, whatever the
            -- resolver answered ("dial tcp: lookup smtp.example.com on
            -- 8.8.8.8:53: no such host"): the sending side's DNS or setup
            "dial tcp: lookup",
        }, r.RESOLVER_UNKNOWN, {
            -- (the resolver's "Name or service not known" in other
            -- languages: rule.RESOLVER_UNKNOWN, above) a host name that
            -- did not resolve ("impossible de résoudre le nom d'hôte")
            "résoudre le nom", "resoudre le nom", "namensauflösung",
        }), {
          class = NOCODE,
          -- (the MTA's own table lookup: nocode.congestion)
          none = { "table lookup" },
          examples = {
              { reply = [=[Unable to find the recipient's email server. The DNS query has failed.]=],
                source = "hMailServer ExternalDelivery.cpp _HandleNoRecipientServers() (code index file id 29218552499)" },
              { reply = [=[deferred (SRV lookup failed)]=],
                source = "Exim 4.96 router message string (strings of the Debian exim4-daemon-light binary)" },
              { reply = [=[dial tcp: lookup smtp.bliibli.com on 8.8.8.8:53 no such host]=],
                source = "https://github.com/gophish/gophish/issues/887 (Gophish: the SMTP host in the sending profile does not resolve)" },
              { reply = [=[Error: queryA EREFUSED smtp.yandex.ru]=],
                source = "https://github.com/nodemailer/nodemailer/issues/1113 (nodemailer; the maintainer: a DNS resolving issue)" },
              { reply = [=[lookup example.com on 127.0.0.53:53: server misbehaving]=],
                source = "Go net package, errServerMisbehaving (SERVFAIL), as Go MTAs log an MX lookup" },
          },
        }),

        -- a host (the server a program was given) not found, in Spanish,
        -- French, Italian, Portuguese, German, Dutch, Polish, Czech,
        -- Russian, Turkish, Finnish, Swedish, Japanese, Chinese, Korean
        -- (NeoMutt's 'Host "smtp.example.com" nie został znaleziony'): a
        -- lookup that failed, not the recipient's domain, which its words
        -- would name (intl.any.no-domain) and which refuses it here
        r("nocode.host-intl", "networkerror", {
            "host", "hôte", "hote", "hostitel", "počítač", "värd", "rechner",
            "machine", "узел", "сервер", "servidor", "palvelin", "sunucu",
            "makine", "ホスト", "主机", "主機", "호스트",
        }, {
          class = NOCODE,
          all = { { "trovare", "nie został znaleziony", "nie znaleziono",
                    "찾을 수 없", "見つから", "无法找到", "找不到", "no se encontr",
                    "nicht gefunden", "kann host", "introuvable", "impossible de trouver",
                    "hitta", "nelze nalézt", "nenalezen", "не найден",
                    "не удалось определить", "bulunamadı", "ei löytynyt",
                    "niet achterhalen", "não foi possível encontrar" } },
          none = with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
              "dominio", "domínio", "domaine", "domäne", "domein", "domain", "domena",
              "doména", "домен", "alan adı", "domän", "verkkotunnus", "ドメイン",
              "域名", "도메인" }),
          examples = {
              { reply = [=[Host "smtp.example.com" nie został znaleziony]=],
                source = "Debian neomutt 20220429+dfsg1, neomutt.mo pl (Could not find the host \"%s\"), server filled in" },
          },
        }),

        -- the queue gave up: the message is too old, was queued too long,
        -- ran out of retries
        r("nocode.expired", "expired", {
            "time limit", "queue too long", "queued too long", "queued for too long",
            -- a service's status ("Bounced - Expired", "Envelope expired")
            "- expired", "envelope expired",
            "queue lifetime", "could not be delivered for",
            "could not be delivered within", "not delivered within",
            "not been delivered for", "delivery time expired", "message expired",
            "message has expired", "has expired", "expired after", "status=expired",
            "message timed out", "retry timeout", "retry period", "giving up",
            "gave up", "given up", "too old", "message is old", "failing for a long time",
            -- Exchange's NDR prose once the queue gave up ("Several attempts
            -- to deliver your message were unsuccessful and we stopped
            -- trying", "... without success, and has stopped trying")
            "stopped trying", "has stopped trying",
            "long failure period", "maximum number of retries", "max retries",
            "too many retries", "retries exceeded", "retry limit", "maximum retries",
            "retries reached", "retry count exceeded", "retry time exceeded",
            "retry time expired",
            -- German: the message's validity ran out, it took too long;
            -- "expired" alone as a status
            "gültigkeit abgelaufen", "gueltigkeit abgelaufen", "zu lange gedauert",
            "abgelaufen",
            -- Spanish, Portuguese: the delivery time ran out
            "entrega vencido", "entrega vencida", "entrega expirado",
        }, {
          class = NOCODE,
          -- (a retry not yet due is a deferral; a delivery command's own
          -- time limit, an expired certificate or account are other causes)
          -- (qmail's opening of every permanent failure, "This is a
          -- permanent error; I've given up", names no expiry)
          none = { "permanent error; i've given up", "permanent error; i have given up",
                   "not reached)", "command", "certificate", "cert ", "password",
                   "account", "subscription", "license", "token",
                   -- (the same in German)
                   "passwort", "kennwort", "zertifikat", "konto", "lizenz",
                   -- an address that is expired or invalid (Strato's "da die
                   -- E-Mailadresse abgelaufen oder ungültig ist"): the address
                   "e-mailadresse", "e-mail-adresse", "emailadresse",
                   "e-mailabdresse", "abgelaufen oder ungültig" },
          examples = {
              { reply = [[This message is old and undeliverable.]],
                source = "github.com/simta/simta bounce.c bounce() (ENV_OLD)" },
              { reply = [=[Could not deliver the message in the time limit specified.  Please retry or contact your administrator.]=],
                source = "Exchange NDR text quoted in a forum post (code index file id 57074024809)" },
          },
        }),

        -- the message loops: back to this host, through too many hops;
        -- a retry only repeats it, so contact (and, without a code,
        -- bounced: result.class_of)
        r("nocode.loop", "networkerror", {
            "loop", "too many hops", "hop count", "loops back", "points back to",
            "is the local host", "points to local host", "points to this host",
            "delivered-to line", "best-preference mx",
        }, {
          class = NOCODE, action = "contact",
          examples = {
              { reply = [=[remote host address is the local host]=],
                source = "Exim routers/rf_self_action.c (code index file id 13881655558)" },
              { reply = [[Maximum forwarding loop count exceeded]],
                source = "https://snapoverflow.com/server/question/758971/explanation-of-various-smtp-error-codes-bounced-by-mailservers (copy of a Server Fault question)" },
          },
        }),

        -- the connection to the receiving server failed or broke: the
        -- way there, not the message or its address
        r("nocode.connect", "networkerror", {
            -- a refusal or failure of the TCP connection itself (system
            -- and library words: "connect ECONNREFUSED 192.0.2.25:25")
            "connection refused", "econnrefused", "etimedout", "econnreset",
            "ehostunreach", "enetunreach", "econnaborted", "connect() failed",
            "connect failed", "connect error", "connection error", "failed to connect",
            "unable to connect", "cannot connect", "can't connect",
            "no route to host", "network is unreachable", "connectionclosed",
            "establish an smtp connection", "establish a connection",
            "establish connection",
            -- the mail servers could not be reached ("No SMTP servers were
            -- available for example.com. Tried mx1..."), a connection
            -- issue or problem (a sending service's words)
            "servers were available", "hosts were available",
            "connection issue", "connection problem",
            "connection timed out", "connection timeout", "timed out", "timeout",
            -- the conversation broke before any reply
            "reading response", "read error from", "write error to", "socket error",
            -- a read that failed ("read error: ...", "got read error")
            "read error:", "read error (", "got read error",
            "bad connection", "did not respond", "network trouble",
            "didn't respond", "failed to respond",
            "eaddrnotavail",
            -- qmail-remote's "Connected to 192.0.2.1 but connection died."
            "connection died", "greeting failed",
            -- the connection ended under the conversation (closed, lost:
            -- fallback.network's words)
            "terminated prematurely", "connection terminated",
            -- the connection failed or broke, a host or network out of
            -- reach, no socket (nullmailer's, CommuniGate's words)
            "connection failed", "connection broken", "is broken",
            "broken connection", "unreachable", "socket failed",
            -- no mail host could be reached (OpenSMTPD's "No MX could be
            -- reached")
            "could be reached",
            "network is down", "network down",
            "connection was lost", "connection is lost",
            "unexpectedly disconnected", "disconnected unexpectedly",
            "failed to establish",
            -- the peer shut the connection, or the client lost its socket
            -- (Courier's "Network connection shut down by the remote mail
            -- server", "Cannot obtain local socket IP address."; Node's
            -- "Client network socket disconnected before ...")
            "connection shut down", "shut down by the remote", "socket disconnected",
            "socket ip address", "local socket address",
            -- Postfix's "connect to HOST[ADDR]:25: reason"
            "connect to ",
            -- a read error in other languages (NeoMutt's "SMTP-sessie is
            -- mislukt: leesfout")
            "leesfout", "läsfel", "lesefehler", "erreur de lecture",
            "error de lectura", "errore di lettura", "erro de leitura",
            "błąd odczytu", "chyba při čtení", "ошибка чтения",
            "помилка читання", "okuma hatası", "lukuvirhe", "読み出しエラー",
            "読み込みエラー", "读错误", "读取错误", "읽기 오류",
            -- timed out, the network unreachable, in French, Ukrainian,
            -- Spanish, Italian, Portuguese, German, Dutch, Polish, Czech,
            -- Russian, Turkish, Swedish, Japanese, Chinese, Korean (msmtp's
            -- "l'opération a dépassée le délai d'inactivité", "réseau
            -- inaccessible", "rede inalcançável")
            "délai d'inactivité", "délai d'attente", "строк очікування",
            "час очікування", "réseau inaccessible", "red inaccesible",
            "rete non raggiungibile", "rede inalcançável", "rede inacessível",
            "netzwerk nicht erreichbar", "netwerk onbereikbaar",
            "sieć nieosiągalna", "síť je nedostupná", "сеть недоступна",
            "мережа недоступна", "ağa ulaşılamıyor", "nätverk oåtkomligt",
            "ネットワークに到達できません", "网络不可达", "네트워크에 연결할 수 없",
            -- the connection refused, failed or timed out in other languages
            "verbindung abgelehnt", "verbindung verweigert", "verbindungsfehler",
            "connexion refusée", "connexion refusee", "conexión rechazada",
            "conexion rechazada", "connessione rifiutata", "conexão recusada",
            "连接被拒绝", "连接失败", "连接超时", "无法连接", "連線被拒", "無法連線",
            "連線逾時",
            -- a client could not connect, in German, French, Spanish,
            -- Italian, Dutch, Polish, Korean and Turkish (PHPMailer's
            -- "Konnte keine Verbindung zum SMTP-Host herstellen", "Échec de
            -- la connexion SMTP", "Nie można połączyć się z wybranym
            -- hostem", "SMTP 호스트에 접속할 수 없습니다", "SMTP sunucusuna
            -- bağlanılamadı")
            "keine verbindung", "verbindung fehlgeschlagen",
            "échec de la connexion", "echec de la connexion",
            "imposible conectar", "impossibile connettersi",
            "kon niet verbinden", "kon geen verbinding", "verbinding mislukt",
            "nie można połączyć", "nie mozna polaczyc",
            "접속할 수 없", "연결을 실패", "bağlanılamadı", "baglanilamadi",
            -- the socket closed under the client before the transaction
            -- ended (nodemailer's "Unexpected socket close")
            "socket close", "unexpected socket",
            -- the stream ended under the client ("End of socket stream
            -- data"), or the server's address would not do
            "end of socket stream", "end of stream", "socket stream",
            -- no suitable server to hand the message to, in Italian
            "nessun server adeguato",
            "invalid server address", "server address is invalid",
            "server unavailable", "server is unavailable", "server not available",
            "server is down", "server down", "find smtp server", "find the smtp server",
            "find mail server", "find the mail server",
            "network problem", "network error",
            -- a network error in German, French, Spanish, Italian,
            -- Portuguese; RFC 3463's X.4.0 title as a DSN's only words
            "netzwerkfehler", "netzwerk-fehler", "erreur réseau", "erreur reseau",
            "error de red", "errore di rete", "erro de rede",
            "network or routing status",
            -- no usable route or source address towards the MX hosts
            -- (OpenSMTPD: "No valid route to remote MX", "Address family
            -- mismatch on destination MXs")
            "route to remote", "route to destination", "address family mismatch",
            "source address", "destination mxs",
            -- a backup MX none of whose better MX hosts answered (Postfix
            -- smtp_addr.c: "unable to find primary relay for example.com")
            "primary relay",
            -- the connection could not be made, broke off or got no answer,
            -- in Spanish, French, Czech, Polish, Russian, Japanese and
            -- Vietnamese ("No se pudo conectar con el servidor", "n'a pas
            -- pu être contacté", "Nepodařilo se spojit", "Połączenie
            -- zerwane", "соединение с сервером оборвалось", "接続できません
            -- でした", "Mất kết nối")
            "no se pudo conectar", "pas pu être contacté", "pas pu etre contacte",
            "nepodařilo se spojit", "nepodarilo se spojit", "spojení selhalo",
            "połączenie zerwane", "polaczenie zerwane", "nie odpowiada",
            "не принимает соединения", "оборвалось", "не ответил вовремя",
            "нет сети", "сервер не найден", "接続できません", "通信が途中で切れ",
            "mất kết nối", "không thể kết nối",
            -- the receiving server would not take the connection (Gmail's
            -- "did not accept our requests to connect")
            "requests to connect",
        }, {
          class = NOCODE,
          -- (an address failure, or a local directory the delivering side
          -- failed to reach: fallback.local's "ldap connection")
          none = { "mailbox", "user unknown", "no such user", "ldap" },
          examples = {
              { reply = [=[The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720]=],
                source = "https://github.com/olav-st/screencloud/issues/186 (Gmail's delay notice quoted)" },
              { reply = [=[read error: generic::failed_precondition: read error (0): error]=],
                source = "github.com/lavab/web/issues/493 (2015): Gmail's delay notice, 'Technical details of temporary failure: read error: ...'" },
              { reply = [=[Error: connect ECONNREFUSED 192.0.2.25:25]=],
                source = "Node.js net error text (lib/internal/errors.js), as nodemailer reports a refused connection" },
              { reply = [=[Unable to read data from the transport connection: net_io_connectionclosed.]=],
                source = ".NET System.Net.Mail SmtpClient (net_io_connectionclosed)" },
              { reply = [=[SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting]=],
                source = "PHPMailer src/PHPMailer.php (smtpConnect() failure)" },
              { reply = [=[Your message couldn't be delivered. Despite repeated attempts to contact the recipient's email system it didn't respond.]=],
                source = "https://github.com/forwardemail/free-email-forwarding/issues/142 (Outlook's notice; the forwarding server was down for hours)" },
              { reply = [=[No MX could be reached]=],
                source = "OpenSMTPD usr.sbin/smtpd/mta.c mta_find_route() (a temporary failure; code index file id 5670718690)" },
              { reply = [=[End of socket stream data]=],
                source = "https://puffinknight.tistory.com/102 (Korean list of return-mail texts: temporary delivery failures)" },
              { reply = [=[Nepodařilo se spojit s e-mailovým serverem. Zkontrolujte SMTP adresu, port a internetové připojení.]=],
                source = "code index file id 60455435373 (an app's Czech text for ECONNREFUSED, ETIMEDOUT, ENOTFOUND)" },
              { reply = [=[SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.]=],
                source = "github.com/PHPMailer/PHPMailer language/phpmailer.lang-de.php (connect_host)" },
              { reply = [=[Unexpected socket close]=],
                source = "https://github.com/nodemailer/nodemailer/issues/830 (nodemailer: the connection closed before the transaction ended)" },
              { reply = [=[соединение с сервером оборвалось]=],
                source = "code index file id 70317648388 (a Russian mail client's text for a reset or aborted connection)" },
              { reply = [=[Połączenie zerwane w trakcie doręczania.]=],
                source = "code index file id 60789717296 (a Polish bounce dashboard's help line for 4.4.2)" },
              { reply = [=[Netzwerkfehler]=],
                source = "https://support.paytsoftware.com/de/was-bedeutet-die-fehlermeldung-e-mail-nicht-zustellbar (Payt: a temporary fault at the recipient)" },
              { reply = [=[OTHER OR UNDEFINED NETWORK OR ROUTING STATUS]=],
                source = "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email (Libero: a temporary remote network problem)" },
              { reply = [=[No valid route to remote MX]=],
                source = "github.com/OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mta.c mta_on_source() (IMSG_MTA_DELIVERY_TEMPFAIL)" },
              { reply = [=[Address family mismatch on destination MXs]=],
                source = "github.com/OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mta.c mta_on_source() (IMSG_MTA_DELIVERY_TEMPFAIL)" },
          },
        }),

        -- a connection lost, closed, timed out, refused or failed, in
        -- other languages (the connection's word and its fate apart:
        -- "Verbindung zu smtp.example.com:25 von der Gegenstelle
        -- geschlossen", "Spojení se serverem bylo ztraceno"): the way
        -- there, retried; an address or a block named is another cause
        r("nocode.connect-intl", "networkerror", CONN, {
          class = NOCODE,
          all = { CONN_FAILED },
          none = with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
              "spam", "black", "schwarze", "bloqu", "blocc", "blokad", "zablok",
              "заблок", "черн", "engellen", "ldap",
              -- (a client's outgoing server named: nocode.client's)
              "outgoing server", "outgoing mail server", "smtp host", "smtp server",
              "(smtp)", "(smtp-)", "smtp-server", "servidor smtp", "serveur smtp",
              "postausgang", "送信サーバ", "smtp 서버", "smtp-сервер", "исходящ" }),
          examples = {
              { reply = [=[Spojení se serverem bylo ztraceno.]=],
                source = "Debian libkpimsmtp-data 22.12.3-1, libksmtp5.mo cs (KSMTP: Connection to server lost.)" },
              { reply = [=[Verbindung zu smtp.example.com:25 von der Gegenstelle geschlossen.]=],
                source = "Debian claws-mail-i18n 4.1.1-2, claws-mail.mo de (Connection to %s:%d closed by the remote host.), server filled in" },
          },
        }),

        -- the receiving or relaying system is congested, overloaded or
        -- failed inside: retried
        -- the receiving host is down (sendmail's EHOSTDOWN text "Host
        -- mx.example.com is down", a host seen down before): the message waits
        r("nocode.host-down", "networkerror", { " is down", " was down", " seems down" }, {
          class = NOCODE,
          all = { { "host", "mx", "server" } },
          none = { "mailbox", "account", "user " },
          examples = {
              { reply = [=[Host mx.example.com is down]=],
                source = "github.com/freebsd/freebsd-src contrib/sendmail/src/err.c sm_errstring() (EHOSTDOWN), host filled in" },
          },
        }),
        r("nocode.congestion", "systemerror", {
            "congestion", "congested", "overloaded", "too busy", "server busy",
            "system busy", "internal error", "internal server error", "internal failure",
            "resources temporarily", "insufficient resources",
            -- resources short for now, in other word orders and forms
            -- ("Resources temporary unavailable", "Resources unavailable
            -- temporarily")
            "resources temporary", "resource temporary",
            "resources unavailable temporarily", "resource unavailable temporarily",
            "resources are temporarily", "resources currently unavailable",
            -- out of memory, resources short, in English, Italian,
            -- Spanish, French; RFC 3463's X.3.0 title
            "out of memory", "memoria esaurita", "memoria insuficiente",
            "mémoire insuffisante", "memoire insuffisante",
            "risorse temporaneamente", "risorse insufficienti",
            "recursos temporalmente", "recursos insuficientes",
            "ressources temporairement", "ressources insuffisantes",
            "undefined mail system status",
            -- a service's own words for a fault on its side ("system
            -- issue", "technical problem")
            "system issue", "technical issue", "technical problem",
            "technical difficult",
            -- the server answered what a client cannot read ("Bad server
            -- response")
            "bad server response", "invalid server response",
            -- (Exim: "Malformed SMTP reply (an empty line) in response to ...")
            "malformed smtp reply", "malformed reply", "malformed response",
            "unexpected server response", "invalid response from server",
            -- the delivering system's own store or directory failed
            -- (a lock, a user database, a directory service)
            "lock failure", "unable to lock", "cannot lock", "can't lock",
            "trouble reading", "unable to read", "cannot read", "can't read",
            "ldap server", "user database", "no space left on device",
            -- a mailbox file the local delivery could not lock or would not
            -- write (Postfix local(8): "unable to create lock file ...",
            -- "destination ... is not owned by recipient"; maildrop's
            -- "Unable to create a dot-lock")
            "lock file", "dot-lock", "dotlock", "not owned by recipient",
            -- a table (map) lookup of the MTA's own failed (Postfix: "table
            -- lookup failure")
            "table lookup",
            -- a file of the delivering system not opened or written
            -- (vpopmail's "can not open new email file errno=13")
            "can not open", "cannot open", "can't open", "unable to open",
            "input/output error", "i/o error", "no such file or directory",
            -- the server's side failed, or has no space, in other
            -- languages (Polish, German, French, Spanish, Italian,
            -- Portuguese, Dutch, Russian, Chinese)
            "po stronie serwera", "błąd serwera", "serverfehler",
            "erreur du serveur", "erreur serveur", "error del servidor",
            "error de servidor", "errore del server", "erro do servidor",
            -- an empty or invalid reply from the server, in German,
            -- French, Spanish, Italian, Portuguese, Dutch, Polish, Czech,
            -- Russian, Ukrainian, Turkish, Finnish, Swedish, Japanese,
            -- Chinese, Korean (msmtp's "der Server sendete eine leere
            -- Antwort", Mailutils' "Ungültige Antwort vom entfernten Rechner")
            "empty reply", "empty response", "leere antwort", "réponse vide",
            "respuesta vacía", "risposta vuota", "resposta vazia", "lege reactie",
            "leeg antwoord", "pusta odpowiedź", "prázdná odpověď", "пустой ответ",
            "порожню відповідь", "порожня відповідь", "boş yanıt", "tyhjä vastaus",
            "tomt svar", "ungültige antwort", "réponse invalide", "respuesta inválida",
            "risposta non valida", "resposta inválida", "ongeldig antwoord",
            "nieprawidłowa odpowiedź", "neplatná odpověď", "неверный ответ",
            "некорректный ответ", "geçersiz yanıt", "virheellinen vastaus",
            "ogiltigt svar", "無効な応答", "无效响应", "无效的响应", "잘못된 응답",
            "serverfout", "ошибка сервера", "ошибка на сервере", "服务器错误", "伺服器錯誤",
        }, {
          class = NOCODE,
          examples = {
              { reply = [=[Risorse temporaneamente non disponibili]=],
                source = "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062 (Outlook.com, Italian: a temporary error)" },
              { reply = [=[Memoria esaurita]=],
                source = "https://support.office.com/it-it/article/la-posta-inviata-in-outlook-com-restituisce-un-messaggio-di-mancato-recapito-45e048ac-f7b1-4c0f-b525-081cb34f1062 (Outlook.com, Italian: a temporary error)" },
              { reply = [=[Resources temporary unavailable]=],
                source = "https://support.iphost.net/index.php?/Knowledgebase/Article/View/synh8h-sfalmata-poy-prokaloyn-bounce-back-emails (Greek: the mail server has a temporary problem and retries)" },
              { reply = [=[Mail system congestion]=],
                source = "RFC 3463 section 3.5, X.4.5 (the description a DSN generator prints in place of a reply)" },
              { reply = [=[Malformed SMTP reply (an empty line) in response to pipelined MAIL FROM]=],
                source = "github.com/Exim/exim src/src/transports/smtp.c check_response() (ERRNO_SMTPFORMAT)" },
          },
        }),

        -- a full mailbox in German words apart ("das Postfach des
        -- Empfängers ist voll"; intl.lua's rules read the joined words),
        -- said to be temporary: deferred, retried
        -- (or one that asks to try again later: "Bitte versuchen Sie es
        -- später erneut")
        r("nocode.quota-temp-de", "mailboxfull",
          r.with(TEMP, { "später erneut", "spaeter erneut", "später noch einmal",
                         "spaeter noch einmal" }), {
          class = NOCODE, action = "retry",
          ordered = { "postfach", "voll" },
          examples = {
              { reply = [=[Bei der Nachricht ist ein vorübergehender Versandfehler aufgetreten, da das Postfach der Empfängerin bzw. des Empfängers voll war.]=],
                source = "Adobe Journey Optimizer documentation (German), bounce type 22 (code index file id 33854560543)" },
              { reply = [=[Das Postfach des Empfängers ist voll. Bitte versuchen Sie es später erneut.]=],
                source = "code index file id 56691098662 (a German booking app's text for '552 5.2.2' / 'mailbox full')" },
          },
        }),
        -- the same without a word of a passing cause: the cause's
        -- class (bounced)
        r("nocode.quota-de", "mailboxfull", { "postfach" }, {
          class = NOCODE,
          ordered = { "postfach", "voll" },
          examples = {
              { reply = [=[Das Postfach des Empfängers ist voll und konnte die Nachricht nicht empfangen.]=],
                source = "Adobe Campaign documentation (German), reasons for quarantine: 'Postfach voll' (code index file id 37551630787)" },
          },
        }),

        -- the receiver's volume or rate limits, in other languages'
        -- words (English is phrases.lua's): our sending, throttle
        r("nocode.rate", "ratelimited", {
            "ratenbeschränkung", "ratenbeschraenkung", "ratenbegrenzung",
            "ratenlimit", "volumenbeschränkung", "sendelimit", "versandlimit",
            "limite de débit", "limite d'envoi", "límite de envío", "limite de envio",
            "limite di invio", "przekroczył próg", "przekroczono limit",
        }, {
          class = NOCODE, action = "throttle",
          examples = {
              { reply = [=[Beim Versand ist ein vorübergehender Fehler aufgrund hoher Volumen- oder Ratenbeschränkungen des ISPs aufgetreten.]=],
                source = "Adobe Journey Optimizer documentation (German), bounce type 50 (code index file id 33854560543)" },
          },
        }),

        -- wait so long before sending again (a sending program's own
        -- rate limit: Roundcube's "Bitte warten Sie 30 Sekunde(n) vor dem
        -- Senden dieser Nachricht."), in English, German, French,
        -- Spanish, Italian, Portuguese, Dutch, Polish, Czech, Russian,
        -- Ukrainian, Turkish, Finnish, Swedish, Japanese, Chinese, Korean
        -- and Arabic: our sending, throttle
        r("nocode.wait-send", "ratelimited", {
            "please wait", "warten sie", "patienter", "veuillez attendre",
            "espere", "espera ", "attendi", "attendere", "aguarde", "wacht ",
            "poczekać", "poczekaj", "počkejte", "подожд", "зачекайте", "bekleyin",
            "odota", "vänta", "お待ち", "请等待", "請等待", "기다려", "انتظر",
        }, {
          class = NOCODE, action = "throttle",
          all = { SEND },
          -- a connection's time-out in Catalan and Spanish ("s'ha esgotat
          -- el temps d'espera de la connexió", "tiempo de espera agotado")
          -- is the network's, not a wait asked of the sender
          none = { "temps d'espera", "tiempo de espera" },
          examples = {
              { reply = [=[Bitte warten Sie 30 Sekunde(n) vor dem Senden dieser Nachricht.]=],
                source = "Debian roundcube-core 1.6, program/localization/de_DE/messages.inc (senttooquickly, seconds filled in)" },
          },
        }),

        -- the recipient's address is invalid, in German words apart
        -- ("Die Adresse des Empfängers ist ungültig"); not our sender
        -- address or IP
        r("nocode.no-address", "userunknown", { "adresse" }, {
          class = NOCODE,
          all = { { "ungültig", "ungueltig" } },
          ordered = { "adresse", "ung" },
          none = { "absender", "ip-adresse", "ip adresse", "server", "vorübergehend",
                   "voruebergehend" },
          examples = {
              { reply = [=[Die Adresse der Empfängerin bzw. des Empfängers ist ungültig.]=],
                source = "Adobe Journey Optimizer documentation (German), bounce type 10 (code index file id 33854560543)" },
          },
        }),

        -- the recipient's address is malformed: no domain, a bad local
        -- part (an address failure, as the syntax of RCPT's argument)
        r("nocode.address-syntax", "userunknown", {
            "invalid local name", "local name syntax", "invalid local part",
            "local part syntax", "specify a domain", "domain missing",
            "missing domain", "no domain part", "malformed address",
            "malformed recipient", "bad address syntax", "invalid address syntax",
        }, {
          class = NOCODE,
          none = { "sender", "from address", "return path" },
          examples = {
              { reply = [=[invalid local name syntax]=],
                source = "https://01net.com/astuces/decryptez-votre-messagerie-272181.html" },
          },
        }),

        -- a sending service's status or report for an invalid recipient
        -- address ("Bad Mailbox", "Failed address", "The email address is
        -- invalid", "not in a valid format"); not our sender's address
        r("nocode.bad-address", "userunknown", {
            "bad mailbox", "bad address", "failed address", "failed addresses",
            "email address is invalid", "e-mail address is invalid",
            "invalid email address", "invalid e-mail address",
            "not in a valid format", "not a valid format",
            "email address was rejected", "e-mail address was rejected",
        }, {
          class = NOCODE,
          none = { "sender", "from address", "from:", "return path", "return address",
                   "reply-to", "your address", "your email address", "your e-mail address" },
          examples = {
              { reply = [=[Bad Mailbox]=],
                source = "https://redikersupport.freshdesk.com/support/solutions/articles/14000148668-appendix-adminplus-notify-email-status-report-error-explanations (a status report category: the address is invalid)" },
              { reply = [=[2001 The email address is invalid]=],
                source = "https://support.sportsground.com/hc/en-us/articles/360016702371-Notification-of-undelivered-emails-to-eNewsletter-recipients (a service's own error 2001, a permanent failure)" },
          },
        }),

        -- the recipient's address gone: deleted, removed, no longer used
        -- (a sending service's status for an address that existed)
        r("nocode.gone", "userunknown", {
            "no longer used", "no longer in use", "not in use any more",
            "not in use anymore", "now it's deleted",
            "has been deleted", "was deleted", "been removed", "was removed",
            "address is unavailable", "address is not available",
        }, {
          class = NOCODE,
          all = { { "address", "mailbox", "account", "user", "recipient" } },
          none = { "message", "attachment", "virus", "spam", "sender", "your account",
                   "content", "file", "folder", "from address", "return path" },
          examples = {
              { reply = [=[Email address was active earlier, but now it’s deleted]=],
                source = "Unisender Go delivery status constants of a C# client, Err_mailbox_discarded (code index file id 17075733318)" },
          },
        }),

        -- the recipient's address not recognised (no such address here,
        -- in other words than "unknown"); not a command, not our sender
        r("nocode.unrecognized", "userunknown", {
            "unrecogni", "not recogni", "not be recogni", "could not recogni",
            "cannot recogni", "can't recogni",
        }, {
          class = NOCODE,
          all = { { "address", "recipient", "user", "mailbox" } },
          none = { "sender", "from address", "return path", "command", "syntax",
                   "certificate", "login", "password" },
          examples = {
              { reply = [=[A copy of your message is being returned to you because one or more of the addresses you specified could not be recognized as addresses that are understood by, or reachable from, this system.]=],
                source = "github.com/rzachariassen/zmailer proto/forms/unresolvable (ZMailer's 'Unresolvable mail address' bounce)" },
          },
        }),

        -- our sender address refused, in other languages' words (the
        -- envelope sender: fix our setup)
        r("nocode.sender-intl", "rejected", {
            "adres nadawcy", "absenderadresse", "adresse des absenders",
            "adresse de l'expéditeur", "adresse de l'expediteur",
            "dirección del remitente", "direccion del remitente",
            "indirizzo del mittente", "endereço do remetente", "endereco do remetente",
            "发件人地址", "寄件者地址", "адрес отправителя",
            -- the sender's address or mailbox, or an address used as the
            -- sender, in Japanese, Polish and French ("差出人のアドレスを...
            -- 断られました", "Skrzynka nadawcy nie istnieje", "L'adresse
            -- email utilisée comme expéditeur n'a pas encore été autorisée")
            "差出人のアドレス", "差出人アドレス", "送信者のアドレス",
            -- the sender's e-mail address, in Outlook's Japanese ("差出人の
            -- 電子メール アドレスが拒否されたため")
            "差出人の電子メール", "差出人のメール アドレス", "差出人のメールアドレス",
            "送信者の電子メール", "送信者のメール アドレス", "送信者のメールアドレス",
            "skrzynka nadawcy", "konto nadawcy", "comme expéditeur",
            "comme expediteur",
            -- the sender's address without the article (PHPMailer's
            -- "L'adresse d'expéditeur suivante a échouée", "La siguiente
            -- dirección de remitente falló")
            "adresse d'expéditeur", "adresse d'expediteur",
            "dirección de remitente", "direccion de remitente",
            -- the sender's (Ukrainian), a sender rejected (mailio's "Mail
            -- sender rejection.")
            "відправника", "sender rejection",
            -- the sender's address in another Japanese word ("発信者
            -- アドレスによる拒否")
            "発信者アドレス", "発信者のアドレス", "発信者メールアドレス",
            "発信者のメールアドレス",
        }, {
          class = NOCODE,
          examples = {
              { reply = [=[Niewłaściwy adres nadawcy – adres nadawcy jest niepoprawny]=],
                source = "https://sare.pl/baza-wiedzy/2017/03/21/analiza-zwrotow/ (Polish mailing-platform knowledge base)" },
              { reply = [=[差出人の電子メール アドレスが拒否されたため、メッセージを送信できませんでした。]=],
                source = "https://koregasiritai.com/sashidashinin-server-kyohi-error (a Japanese page on mail clients' sender-refused errors)" },
              { reply = [=[発信者アドレスによる拒否]=],
                source = "https://www.neo-vps.com/wp/2015/11/16/ (a Japanese host's blog: a bulk-mail tool's error category, the sender's address refused)" },
              { reply = [=[Skrzynka nadawcy nie istnieje lub aplikacja nie ma do niej dostępu]=],
                source = "code index file id 56130627144 (a Polish app's text for Microsoft Graph's ResourceNotFound: the sender's mailbox)" },
          },
        }),

        -- the SMTP conversation itself: a command not recognised, in
        -- other languages' words
        r("nocode.syntax-intl", "syntaxerror", {
            "无法识别的错误命令", "无法识别的命令", "未知命令", "錯誤命令", "未知的命令",
            "unbekannter befehl", "befehl nicht erkannt", "commande inconnue",
            "commande non reconnue", "comando desconocido", "comando no reconocido",
            "comando sconosciuto", "nieznane polecenie",
        }, {
          class = NOCODE,
          examples = {
              { reply = [=[退信原因:无法识别的错误命令(邮件系统指令)。]=],
                source = "http://mysdqq.cn/a460000-show/news-1981.html (a mail reseller's reasons for returned mail, Chinese)" },
          },
        }),

        -- the receiving server blocked the message (a sending service's
        -- block, "The hotmail.com server blocked this message from being
        -- delivered"): a block of ours, not the address
        r("nocode.blocked-message", "blocked", {
            "blocked this message", "blocked the message", "blocked your message",
            "blocked this email", "blocked the email", "blocked your email",
        }, {
          class = NOCODE, action = "contact",
          none = { "spam", "virus", "attachment" },
          examples = {
              { reply = [=[The hotmail.com server blocked this message from being delivered. While we won't try to send this message again, we will attempt to send new messages to this address in the future.]=],
                source = "https://github.com/sendgrid/docs/issues/3939 (a SendGrid Blocks entry's explanation quoted by a commenter)" },
          },
        }),

        -- the sending side says it will try again, and names no cause:
        -- deferred, retried (the rule's own action: result.class_of)
        r("nocode.retrying", "undefined", {
            "will retry", "will be retried", "retry for", "will keep trying",
            "will try again", "delivery attempts will continue", "still trying",
            -- a filtering service's delay notice ("We are having trouble
            -- delivering your email because of an onward issue ... we will
            -- continue to attempt delivery for some days")
            "continue to attempt", "continue attempting", "trouble delivering",
            "attempts continue", "will be retried later",
            -- attempts go on, in Russian, German, French, Spanish,
            -- Italian, Portuguese, Dutch, Polish, Turkish, Japanese,
            -- Chinese, Korean
            "попытки продолжаются", "продолжаются попытки", "повторная попытка",
            "будет переотправлено", "wird erneut versucht", "weitere versuche",
            "nouvelle tentative", "nouvelles tentatives", "se reintentará",
            "se reintentara", "nuevo intento", "verrà ritentat", "nuovo tentativo",
            "nova tentativa", "novas tentativas", "opnieuw geprobeerd",
            "ponowna próba", "ponowna proba", "tekrar denenecek",
            "temporary problem", "temporarily failed", "temporary failure",
            "has been delayed", "delivery delayed", "delivery is delayed",
            "message delayed", "not yet been delivered", "not yet delivered",
            "soft bounce", "soft-bounce", "softbounce", "being retried",
            -- a soft bounce in Swedish, French, Spanish, Italian, Polish
            -- and Dutch (a service's status: "Mjuk studs")
            "mjuk studs", "rebond doux", "rebote suave", "rebote blando",
            "rimbalzo morbido", "miękkie odbicie", "miekkie odbicie", "zachte bounce",
            -- a log's own status for the attempt (sendmail, Postfix, Exim)
            "stat=deferred", "status=deferred", " defer (", "deferred:",
            "delivery temporarily suspended",
            -- a service's soft bounce: sending may succeed later
            "in the future", "transient",
            -- "temporary" in other languages
            "vorübergehend", "voruebergehend", "temporär", "temporaer",
            "temporaire", "temporal", "temporanea", "temporaneo", "tymczasow",
            -- Japanese "temporarily", "will resend"
            "一時的に", "送り直します", "再送します",
        }, {
          class = NOCODE, action = "retry",
          -- (not a local program's failure or the way there, which
          -- fallback.lua names)
          none = { "permission denied", "command", "exit status", "create",
                   "executable", "unable to run", "unable_to_run", "ldap", "nfs",
                   "connect", "closed", "reset", "greeting", "tried all" },
          examples = {
              { reply = [=[There was a temporary problem delivering your message to apply@example.com. Gmail will retry for 47 more hours.]=],
                source = "Gmail delay notice quoted in a test fixture (code index file id 71532518748)" },
          },
        }),

        -- the sending side says delivery failed for good, and names no
        -- cause the rules above know: bounced (the final action contact:
        -- result.class_of), and only the receiving postmaster can say
        -- why, so the address is not blamed on these words alone
        -- a delay warning's subject, the message still queued after so
        -- long (Exim's "Warning: message 1Zb92h-0002aX-BS delayed 2
        -- hours"): no cause named, retried
        r("nocode.delayed-for", "undefined", { " delayed " }, {
          class = NOCODE, action = "retry",
          all = { { " hour", " minute", " day" } },
          examples = {
              { reply = [=[Warning: message 1Zb92h-0002aX-BS delayed 2 hours]=],
                source = "https://support.protectedservice.net/kb/common-problem-receive-notification-servers-email-delayed/ (a filtering service's delay warning, its subject line)" },
          },
        }),
        -- the delivering side's own local delivery (its transport to a
        -- mailbox, file or program) failed, and nothing else is named
        -- (Exim's "local delivery failed"): that system's trouble, not
        -- the address; a mailbox, quota or user named is the address rules'
        r("nocode.local-delivery", "systemerror", {
            "local delivery failed", "local delivery failure", "local delivery error",
        }, {
          class = NOCODE, action = "contact",
          none = with(r.ADDRESS, { "quota", " full", "no space", "unknown", "not found",
                                   "unrouteable", "no such" }),
          examples = {
              { reply = [=[local delivery failed]=],
                source = "github.com/openstreetmap/openstreetmap-website/issues/5871 (2025): an Exim failure notice for an address whose local delivery failed" },
          },
        }),
        r("nocode.permanent", "undefined", {
            "permanent error", "permanent failure", "permanently failed",
            "failed permanently", "permanent fatal", "fatal error",
            "undeliverable", "could not be delivered", "couldn't be delivered",
            "cannot be delivered", "can't be delivered", "was not delivered",
            "wasn't delivered", "unable to deliver", "failed to deliver",
            "delivery failed", "delivery failure", "delivery has failed",
            "returned to sender", "returning message to sender",
            "cannot be reached", "could not be reached", "not delivered",
            "hard bounce", "hard-bounce", "hardbounce", "nondeliverable",
            -- a sending service's status word for a message that bounced
            "bounced",
            -- a hard bounce in French ("Rebond dur", a service's status)
            "rebond dur",
            -- the same in Swedish, Spanish, Italian, Polish and Dutch;
            -- returned to the sender in French, Spanish, Portuguese,
            -- Italian and German
            "hård studs", "rebote duro", "rimbalzo duro", "twarde odbicie",
            "harde bounce", "retourné à l'expéditeur", "retourne a l'expediteur",
            "devuelto al remitente", "devolvido ao remetente",
            "restituito al mittente", "an den absender zurück",
            "non-deliverable", "not deliverable",
            -- a bounce's subject line as its only reason
            "failure notice", "returned mail", "notification (failure)",
            -- the receiving server refused it, no cause named
            "rejected the message", "refused the message", "rejected your message",
            "refused your message", "message was rejected", "message was refused",
            -- a bounce's list of the recipients that failed
            "following recipients failed", "following recipient failed", "address(es) failed",
            "addresses failed", "being returned to you", "returned unprocessed",
            -- "delivery failed", "could not be delivered" in Russian,
            -- Ukrainian, German, French, Spanish, Italian, Portuguese,
            -- Dutch, Polish, Turkish, Czech, Greek, Japanese, Chinese, Korean
            "доставка не удалась", "не удалось доставить",
            "не может быть доставлено",
            "доставка не вдалася", "не вдалося доставити",
            "zustellung fehlgeschlagen", "konnte nicht zugestellt werden",
            "échec de la remise", "echec de la remise", "n'a pas pu être remis",
            "n'a pas pu etre remis", "no se pudo entregar", "no pudo ser entregado",
            "entrega fallida", "non è stato possibile recapitare",
            "non e stato possibile recapitare", "recapito non riuscito",
            "não foi possível entregar", "nao foi possivel entregar", "falha na entrega",
            "kon niet worden bezorgd", "kon niet worden afgeleverd",
            "nie można dostarczyć", "nie mozna dostarczyc",
            "nie udało się dostarczyć", "nie udalo sie dostarczyc",
            "teslim edilemedi", "nelze doručit", "nelze dorucit", "nebyla doručena",
            "δεν ήταν δυνατή η παράδοση", "配信できませんでした", "送信できませんでした",
            "投递失败", "无法投递", "傳送失敗", "전송 실패", "전달하지 못했",
            -- "could not be delivered", "not delivered" in Danish,
            -- Norwegian, Swedish, Finnish, Estonian, Latvian, Lithuanian,
            -- French, Italian, Portuguese, Russian and Ukrainian, Czech,
            -- Slovak, Slovenian, Croatian, Hungarian, Greek, Persian,
            -- Japanese and Chinese (Horde IMP's "ERROR: Your message could
            -- not be delivered." in its catalogues)
            "kunne ikke afleveres", "kunne ikke leveres", "kunde inte levereras",
            "ei voitu toimittaa", "ei õnnestunud kätte toimetada",
            "nav iespējams piegādāt", "neizdevās piegādāt", "nepasiekė adresato",
            "n'a pas pu être distribué", "n'a pas pu etre distribue",
            "impossibile consegnare", "impossibile recapitare", "non recapitato",
            "não pôde ser entregue", "nao pode ser entregue", "não foi entregue",
            "не доставлен", "не было доставлено", "не можу доставити",
            "nemohla být doručena", "nemohl být doručen", "nemohlo být doručeno",
            "nebolo možné doručiť", "nepodarilo sa doručiť",
            "ni bilo mogoče dostaviti", "nije isporuč",
            "nem sikerült kézbesíteni", "nem kézbesíthető",
            "δεν μπορεί να παραδοθεί", "δεν παραδόθηκε", "تحویل داده نشد",
            "配達できませんでした", "无法送达", "無法送達", "无法递送", "無法遞送",
            "無法被遞送", "无法被递送",
        }, {
          class = NOCODE, action = "contact",
          none = NOT_FINAL,
          examples = {
              { reply = [=[A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.]=],
                source = "Exim deliver.c, the bounce message's opening (Exim 4.96 message strings)" },
              { reply = [=[The e-mail system was unable to deliver the message, but did not report a specific reason.  Check the address and try again.  If it still fails, contact your system administrator.]=],
                source = "Exchange NDR text quoted in a list post (code index file id 56904442882)" },
              { reply = [=[bounced]=],
                source = "https://emailit.com/docs/webhooks/events/email-bounced (the status of an e-mail that permanently failed delivery)" },
              { reply = [=[VIRHE: viestiäsi ei voitu toimittaa.]=],
                source = "Debian php-horde-imp 6.2.27-3, imp.mo fi (ERROR: Your message could not be delivered.)" },
              { reply = [=[ОШИБКА: Ваше сообщение не было доставлено получателю]=],
                source = "Debian php-horde-imp 6.2.27-3, imp.mo ru (ERROR: Your message could not be delivered.)" },
          },
        }),

        -- a mail client or library could not hand the message to its own
        -- outgoing (SMTP) server (unknown, unreachable, refusing, timed
        -- out, dropped): nothing was sent, the way there failed;
        -- deferred (networkerror's class), the client sends again
        r("nocode.client", "networkerror", {
            "outgoing server", "outgoing mail server", "smtp host", "smtp server",
            "(smtp)", "smtp-server", "smtp-tenaren", "διακομιστή smtp",
            "διακομιστής smtp", "servidor de salida", "servidor saliente",
            "servidor smtp", "serveur sortant", "serveur smtp", "postausgangsserver",
            "postausgangs-server", "发件服务器", "寄件伺服器", "送信サーバー",
            "送信サーバ", "исходящ", "smtp-сервер",
            -- Dutch "uitgaande (SMTP-)server", Korean "SMTP 서버"
            "(smtp-)", "smtp 서버",
            -- Catalan "servidor de sortida (SMTP)" (Finnish "SMTP-palvelimeen" below)
            "servidor de sortida",
            -- the SMTP server in Italian and Indonesian, Romanian, Turkish,
            -- Finnish, Russian and Ukrainian, Norwegian, Japanese, Chinese,
            -- Arabic, Hebrew, Hungarian, Polish and Bulgarian (SOGo's
            -- "error when connecting to the SMTP server" in its catalogues)
            "server smtp", "serverul smtp", "smtp sunucu", "smtp -palvelim",
            "smtp-palvelim", "сервером smtp", "smtp-tjener", "smtpサーバー",
            "smtp服务器", "smtp伺服器", "خادم smtp", "שרת smtp",
            "smtp kiszolgáló", "serwerem smtp", "smtp сървър",
        }, {
          class = NOCODE,
          none = { "user unknown", "no such user", "mailbox", "recipient address",
                   -- (the recipient's domain without an SMTP server)
                   "no smtp server", "smtp сервер отсутствует", "smtp-сервер отсутствует",
                   -- (a login to it that failed, in Italian, Spanish and
                   -- Portuguese: an authentication failure's)
                   "autentica" },
          examples = {
              { reply = [=[The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.com failed. The server may be unavailable or is refusing SMTP connections. Please verify that your Outgoing server (SMTP) settings are correct and try again.]=],
                source = "Thunderbird messengercompose.ftl send-error-smtp-request-refused (code index file id 66784789847), host filled in" },
              { reply = [=[Unknown SMTP host: foobar]=],
                source = "JavaMail's UnknownHostException message, as an error mapper quotes it (code index file id 2179868422)" },
              { reply = [=[送信 (SMTP) サーバー smtp.example.com との接続がタイムアウトしたため、メッセージを送信できませんでした。再度試してください。]=],
                source = "github.com/thunderbird/thunderbird-l10n ja/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpSendTimeout, server filled in)" },
              { reply = [=[SMTP 서버(smtp.example.com) 연결 시간이 초과되어 메시지를 보낼 수 없습니다.  서버 관리자에게 문의해 보시기 바랍니다.]=],
                source = "github.com/thunderbird/thunderbird-l10n ko/mail/chrome/messenger/messengercompose/composeMsgs.properties (smtpSendTimeout, server filled in)" },
              { reply = [=[No s'ha pogut enviar el missatge perquè s'ha esgotat el temps d'espera de la connexió al servidor de sortida (SMTP) smtp.example.com. Torneu-ho a provar.]=],
                source = "Debian thunderbird-l10n-ca 1:153.8.0esr-1~deb12u1, composeMsgs.properties (smtpSendTimeout, server filled in)" },
              { reply = [=[Viestiä ei voitu lähettää, koska yhteys SMTP-palvelimeen smtp.example.com katkesi kesken tiedonsiirron. Yritä uudelleen tai ota yhteyttä verkon ylläpitoon.]=],
                source = "Debian thunderbird-l10n-fi 1:153.8.0esr-1~deb12u1, composeMsgs.properties (smtpSendInterrupted, server filled in)" },
              { reply = [=[Nie można wysłać wiadomości - błąd połączenia z serwerem SMTP]=],
                source = "Debian sogo-common 5.8.0-2+deb12u4, MailerUI.SOGo/Resources/Polish.lproj/Localizable.strings (SOGo's message when it could not connect to its SMTP server)" },
          },
        }),

        -- sending or delivery failed, an error while sending, in other
        -- languages (the sending word and the failure word apart:
        -- "Fehler beim Senden der Nachricht.", "İleti gönderilemedi.",
        -- "Odesílání zprávy selhalo."), no cause named: as nocode.permanent
        -- (after nocode.client: a client's text that names its own server
        -- is that rule's)
        r("nocode.send-failed", "undefined", SEND, {
          class = NOCODE, action = "contact",
          all = { FAILED },
          none = NOT_FINAL,
          examples = {
              { reply = [=[Fehler beim Senden der Nachricht.]=],
                source = "Debian claws-mail-i18n 4.1.1-2, claws-mail.mo de (Error occurred while sending the message.)" },
              { reply = [=[Odesílání zprávy selhalo.]=],
                source = "Debian roundcube-core 1.6, program/localization/cs_CZ/messages.inc (sendingfailed)" },
              { reply = [=[ERROREA: ezin izan da mezua bidali.]=],
                source = "Debian php-horde-imp 6.2.27-3, imp.mo eu (ERROR: Your message could not be delivered.)" },
          },
        }),

        -- the server (or the remote side) refused or did not accept the
        -- mail, in German, French, Spanish, Italian, Portuguese, Dutch,
        -- Polish, Czech, Russian, Ukrainian, Turkish, Finnish, Swedish
        -- and Japanese, no cause named ("der Server hat die Mail nicht
        -- akzeptiert", "Operation wurde von der Gegenstelle abgewiesen"):
        -- bounced, only the receiving side can say why (contact); a
        -- block or the sender named is another cause
        r("nocode.refused", "undefined", {
            "nicht akzeptiert", "n'a pas accepté", "n'a pas accepte", "não aceitou",
            "nao aceitou", "no aceptó", "no acepto", "non ha accettato",
            "niet geaccepteerd", "nie zaakceptował", "nepřijal", "не принял",
            "відмовився приймати", "kabul etmedi", "ei hyväksynyt",
            "accepterade inte", "受け付けませんでした", "abgewiesen", "torjui",
            "rejetée", "rejetee", "odrzucon", "rejeitad", "rechazad", "rifiutat",
            "geweigerd", "odmítnut", "отклонен", "reddedil", "avvisad",
            -- refused (past tense) in Spanish, German, Czech, French,
            -- Japanese and Chinese ("El servidor rechazó el mensaje",
            -- "相手のメールサーバーに受け取りを拒否されました")
            "rechazó", "abgelehnt", "odmítl", "odmitl", "refusé", "拒否され", "遭拒",
            -- rejected in Dutch, Finnish, Estonian, Hungarian, Swedish,
            -- Basque, Galician, Greek, Korean, Vietnamese, Russian and
            -- Chinese ("Het bericht ... is afgewezen")
            "afgewezen", "hylätty", "lükati tagasi", "visszautasít",
            "nekats", "gaitzets", "rexeit", "απορρίφθηκε", "거부", "từ chối",
            "отвергнут", "被拒绝", "被拒絕",
        }, {
          class = NOCODE, action = "contact",
          none = with(NOT_FINAL, { " ip", "ip ", "ip-", "black", "liste", "rbl", "spam",
                                   "absender", "expéditeur", "remitente", "mittente",
                                   "remetente", "afzender", "nadawc", "отправител" }),
          examples = {
              { reply = [=[der Server hat die Mail nicht akzeptiert]=],
                source = "Debian msmtp 1.8.23, msmtp.mo de (the server did not accept the mail)" },
              { reply = [=[Operation wurde von der Gegenstelle abgewiesen]=],
                source = "Debian mailutils-common 3.15, mailutils.mo de (Operation rejected by remote party)" },
              { reply = [=[Etäkone torjui toiminnon]=],
                source = "Debian mailutils-common 3.15, mailutils.mo fi (Operation rejected by remote party)" },
              { reply = [=[Operacja odrzucona przez zdalny system]=],
                source = "Debian mailutils-common 3.15, mailutils.mo pl (Operation rejected by remote party)" },
          },
        }),
    },
}
