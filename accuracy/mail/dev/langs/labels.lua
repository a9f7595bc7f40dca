-- Bounces from providers the other groups lack, in other languages or
-- shown on pages in other languages (Strato, Yandex, a Korean wiki).
-- Personal addresses were replaced by userN@<same domain>.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["strato-de-address-invalid.eml"] = {
        source = "a project's documentation of German bounce support (code index file id 11847391748) quoting a Strato bounce ('Von: MAILER-DAEMON@smtp.strato.de', 'Betreff: Returned Mail: ...', 'Die E-Mail an ... konnte nicht zugestellt werden, da die E-Mailabdresse abgelaufen oder ungültig ist'); Von/Betreff written as From/Subject, To added",
        format = "generic",
        recipients = { r("user1@kleppers-group.de", "failed", nil, "userunknown", "address") },
    },
    ["yandex-ru-user-unknown.eml"] = {
        source = "a copy of Yandex's Postfix bounce template (failure_template with Russian and English text, From mailer-daemon@yandex.ru; code index file id 29394515253) filled in with example values the way Postfix sends it (notification, delivery-status and returned headers parts; a remote 550 5.1.1 reply to RCPT TO)",
        format = "rfc3464",
        recipients = { r("user1@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["kreonet-postfix-gmail-ipv6-ptr.eml"] = {
        source = "https://wiki.kreonet.net/plugins/viewsource/viewpagesrc.action?pageId=198181008 (a Korean wiki page on a Sympa list server, 'View last bounce': a Postfix bounce quoting Gmail's 550-5.7.1 IPv6 PTR/authentication refusal, printed there without its line breaks; the masked '****@yonsei.ac.kr' written as user1@yonsei.ac.kr; From/To/Subject added)",
        format = "postfix",
        recipients = { r("user1@yonsei.ac.kr", "failed", "5.7.1", "requireptr", "reputation") },
    },
}
