-- United Internet: GMX, WEB.DE and IONOS (1&1).  The three brands share
-- one mail platform ("Nemesis"); replies name the brand's host, a short
-- text, and a link to the brand's postmaster page with a case code
-- ("c=rdns", "c=bl", "c=hi", "c=r0735", ...).
-- Sources:
--   https://postmaster.gmx.com/en/error-messages (structure, example)
--   https://postmaster.web.de/error-messages and /de/fehlermeldungen
--   https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/smtp-error-messages-for-the-1and1-mail-server-a793087.html
--   https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/
--   https://smtp.codes/unitedinternet/ and https://smtp.codes/webde
local UI = { "gmx", "webde", "ionos" }

return {
    providers = {
        { id = "gmx", name = "GMX",
          hosts = { "gmx.net", "gmx.com", "gmx.de" },
          domains = { "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.com",
                      "gmx.co.uk", "gmx.fr", "gmx.es", "gmx.it", "gmx.us",
                      "gmx.eu", "gmx.org", "gmx.info", "gmx.biz" },
          tokens = { "(mxgmx", "(mrgmx", "postmaster.gmx.", "gmx.net/mail/",
                     "gmx.com/mail/" } },
        { id = "webde", name = "WEB.DE",
          hosts = { "web.de" },
          domains = { "web.de" },
          tokens = { "(mxweb", "(mrweb", "postmaster.web.de", "web.de/email/" } },
        { id = "ionos", name = "IONOS (1&1)",
          hosts = { "kundenserver.de", "ionos.de", "ionos.com", "ionos.co.uk",
                    "ionos.fr", "ionos.es", "1and1.com", "1and1.co.uk",
                    "1und1.de", "perfora.net" },
          tokens = { "kundenserver.de", "perfora.net", "postmaster.1und1.",
                     "postmaster.1and1.", "ionos.com/help", "(mxeue", "(mreue" } },
    },
    rules = {
        -- Greeting refused: the sending IP's PTR record is missing, generic
        -- or does not match ("c=rdns").  The wording is United Internet's
        -- own, and means the same whoever says it, so no provider condition.
        { id = "unitedinternet.ptr", reason = "requireptr",
          any = { "dns ptr resource record", "c=rdns" },
          examples = {
            { reply = "554-gmx.net (mxgmx008) Nemesis ESMTP Service not available\n554-No SMTP service\n554-Bad DNS PTR resource record.\n554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=88.189.231.41&c=rdns",
              mx = "mx01.emig.gmx.net" },
            "554-kundenserver.de (mxeue010) Nemesis ESMTP Service not available\n554-No SMTP service\n554 invalid DNS PTR resource record, IP=198.179.57.23",
            "550 <example@example.com>: Bad DNS PTR resource record",
          },
          source = "https://smtp.codes/webde" },

        -- The sending IP is on a block list United Internet uses ("c=bl").
        { id = "unitedinternet.blocklist", provider = UI, reason = "blocked",
          any = { "ip address is block listed", "c=bl" },
          examples = {
            "permanent: gmx.net (mxgmx117) Nemesis ESMTP Service not available; No SMTP service; IP address is block listed.; For explanation visit https://www.gmx.net/mail/senderguidelines?c=bl",
          },
          source = "https://postmaster.gmx.com/en/error-messages" },

        -- WEB.DE: a high share of this IP's mail was spam; its mail is
        -- refused for a time.
        { id = "unitedinternet.ip-based", reason = "badreputation",
          all = { "policy restrictions", "(ip based)" },
          examples = {
            "550 <example@example.com>: Reject due to policy restrictions (IP based)",
          },
          source = "https://smtp.codes/webde" },

        -- WEB.DE: the same refusal for the sender domain's reputation, and
        -- for the message's headers.
        { id = "unitedinternet.domain-based", reason = "badreputation",
          all = { "policy restrictions", "(domain based)" },
          examples = {
            "550 <example@example.com>: Reject due to policy restrictions (domain based)",
          },
          source = "https://smtp.codes/webde" },
        { id = "unitedinternet.header-based", reason = "contenterror",
          all = { "policy restrictions", "(header based)" },
          examples = {
            "550 <example@example.com>: Reject due to policy restrictions (header based)",
          },
          source = "https://smtp.codes/webde" },

        -- 1&1/IONOS 421/450: the IP is blocked for a while for a poor
        -- delivery rate (too many unknown recipients) or an ever-changing
        -- HELO.
        { id = "unitedinternet.policy-violations", reason = "badreputation",
          class = 4, any = { "reject due to policy violations" },
          examples = {
            "421 Reject due to policy violations",
            "450 Reject due to policy violations.",
          },
          source = "https://help.1and1.com/e-mail-and-office-c37589/1and1-postmaster-c85193/smtp-error-messages-for-the-1and1-mail-server-a793087.html" },

        -- WEB.DE: the sender domain has no resolvable MX or A/AAAA record
        -- to take replies.
        { id = "unitedinternet.sender-dns", reason = "rejected",
          any = { "invalid dns mx or a/aaaa resource record" },
          examples = {
            "550 <example@example.com>: Invalid DNS MX or A/AAAA resource record",
          },
          source = "https://smtp.codes/webde" },

        -- WEB.DE (bilingual): the mailbox holds too many messages -- a full
        -- mailbox, not a rate limit.  WEB.DE's own sentences.
        { id = "webde.too-many-messages", reason = "mailboxfull",
          any = { "too many messages on the server",
                  "zuviele mails auf dem server" },
          examples = {
            "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
          },
          source = "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html" },

        -- 554 Transaction failed after DATA: the message breaks the
        -- platform's header rules (c=hi "header invalid"; the r07xx cases
        -- seen are a missing Date and an empty To header).
        { id = "unitedinternet.header", provider = UI, reason = "contenterror",
          all = { "transaction failed", "reject due to policy restrictions" },
          none = { "block listed", "ptr resource record", "(ip based)" },
          examples = {
            "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.web.de/en/case?c=hi",
            "554 Transaction failed\nReject due to policy restrictions.\nFor explanation visit https://postmaster.gmx.net/en/error-messages?ip=192.0.2.1&c=hi",
            "554-Transaction failed 554-Reject due to policy restrictions. 554 For\n    explanation visit\n    https://postmaster.gmx.net/de/case?c=r0735&i=ip&v=185.79.233.85&r=1McHM6-1srIWI1qNo-00dbDH\n    (in reply to end of DATA command)",
          },
          source = "https://postmaster.web.de/error-messages" },
    },
}
