-- Yandex Mail and Mail.ru.  Yandex's MX (NwSMTP) ends refusals with a
-- session id and, for spam, a ya.cc short link; Mail.ru links its
-- help pages (help.mail.ru).
-- Sources:
--   https://yandex.com/support/mail/bounces/yandex.html (replies of the
--   Yandex MX and what they mean)
--   https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html
--   https://github.com/yandex/NwSMTP (src/smtp_connection.cpp: reply texts)
--   https://smtp.codes/yandex, https://smtp.codes/mailru
--   https://help.mail.ru/mail-help/postmaster/dmarc
return {
    providers = {
        { id = "yandex", name = "Yandex Mail",
          hosts = { "yandex.net", "yandex.ru", "yandex.com" },
          domains = { "yandex.ru", "yandex.com", "ya.ru", "yandex.by",
                      "yandex.kz", "yandex.ua", "yandex.com.tr", "narod.ru" },
          tokens = { "ya.cc/", ".yandex.net", "yandex.ru/support",
                     "yandex.com/support",
                     "policy rejection on the target address" } },
        { id = "mailru", name = "Mail.ru",
          hosts = { "mail.ru" },
          domains = { "mail.ru", "inbox.ru", "list.ru", "bk.ru",
                      "internet.ru" },
          tokens = { "help.mail.ru", "corp.mail.ru", "postmaster.mail.ru" } },
    },
    rules = {
        -- The recipient's account is blocked for breaking the user
        -- agreement.  Yandex's own sentence, so no provider condition.
        { id = "yandex.policy-rejection", reason = "suspend",
          any = { "policy rejection on the target address" },
          examples = {
            "550 5.7.1 Policy rejection on the target address",
          },
          source = "https://yandex.com/support/mail/bounces/yandex/policy-rejection-on-the-target-address.html" },

        -- The sending IP or mailbox is blocked for its spam statistics
        -- (24 hours for a mailbox that sends only spam).
        { id = "yandex.spam-statistics", reason = "blocked",
          any = { "blocked by spam statistics" },
          examples = {
            "Blocked by spam statistics — see...",
          },
          source = "https://yandex.com/support/mail/bounces/yandex.html" },

        -- NwSMTP sends "450 4.7.1 No such user!" when the recipient
        -- lookup failed for now (check result TEMPFAIL), not for an
        -- unknown user.
        { id = "yandex.lookup-tempfail", provider = "yandex", reason = "systemerror",
          class = 4, any = { "no such user!" },
          examples = {
            { reply = "450 4.7.1 No such user!", mx = "mx.yandex.ru" },
          },
          source = "https://github.com/yandex/NwSMTP" },

        -- "Error: too many errors": the client made too many protocol
        -- errors in the session and is disconnected.
        { id = "yandex.too-many-errors", provider = "yandex", reason = "syntaxerror",
          any = { "error: too many errors" },
          examples = {
            "421 4.7.0 mxback1.mail.yandex.net Error: too many errors",
          },
          source = "https://github.com/yandex/NwSMTP" },

        -- A temporary refusal of service: come back later.
        { id = "yandex.unavailable", provider = "yandex", reason = "systemerror",
          class = 4, any = { "service is currently unavailable", "come back later" },
          examples = {
            { reply = "451 4.7.1 Sorry, the service is currently unavailable. Please come back later.",
              mx = "mx.yandex.ru" },
          },
          source = "https://smtp.codes/yandex" },

        -- Mail.ru's spam filter; the link asks for a review.
        { id = "mailru.spam", provider = "mailru", reason = "spamdetected",
          any = { "notspam-support", "spam message rejected" },
          examples = {
            "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=7y4ytdHbuOGv3O50NYTwpz1F-TVIpnactxtFPeFQSDYMAAAAaKgAAOX_3hE~ or report details to abuse@corp.mail.ru. Error code: ###. ID: #",
          },
          source = "https://smtp.codes/mailru" },
    },
}
