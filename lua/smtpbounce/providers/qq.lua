-- Tencent QQ Mail / Exmail and NetEase (163.com, 126.com, yeah.net).
-- QQ's replies link service.mail.qq.com or service.exmail.qq.com help
-- pages; NetEase's carry a two-part code, "DT:SPM", "HL:ICC", "MI:DMC",
-- whose letters say why.
-- Sources:
--   https://service.mail.qq.com/detail/122 (QQ Mail bounce help; the
--   wordings are collected in Sisimai's lib/Sisimai/Rhost/Tencent.pm,
--   https://github.com/sisimai/p5-sisimai)
--   https://qqmailbox.com/transceivers/169.html, https://smtp.codes/qq
--   NetEase's bounce code list (help.mail.163.com), as quoted at
--   https://www.51yue.net/news/thread/20200123/14841169.html and
--   https://biecuoliao.com/pa/MBRrwEM.html; http://163ns.com.cn/mail/MailFAQ.htm
return {
    providers = {
        { id = "qq", name = "Tencent QQ Mail",
          hosts = { "qq.com", "exmail.qq.com" },
          domains = { "qq.com", "vip.qq.com", "foxmail.com" },
          tokens = { "service.mail.qq.com", "service.exmail.qq.com",
                     "mail.qq.com/cgi-bin", "exmail.qq.com/cgi-bin",
                     "qq邮箱" } },
        { id = "netease", name = "NetEase (163.com, 126.com)",
          hosts = { "netease.com", "163.com", "126.com", "yeah.net" },
          domains = { "163.com", "126.com", "yeah.net", "vip.163.com",
                      "vip.126.com", "188.com" },
          tokens = { "mail.163.com/", "dt:spm", "dt:rbl", "hl:rep", "hl:icc",
                     "hl:ifc", "hl:ifq", "hl:mep", "hl:ihu", "mi:cel", "mi:dmc",
                     "mi:ccl", "mi:sfq", "mi:stc", "rp:drc", "rp:ccl", "rp:cel",
                     "wm:bli", "wm:blu" } },
    },
    rules = {
        -- QQ: the sending IP, domain, sender or connection went over
        -- QQ's (undisclosed) per-minute/hour/day limits.  The wording means
        -- a rate limit whoever says it, so no provider condition.
        { id = "qq.frequency", reason = "ratelimited",
          any = { "frequency limited" },
          examples = {
            "550 Domain frequency limited",
            "550 Connection frequency limited",
            "550 Sender frequency limited. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000723",
          },
          source = "https://service.mail.qq.com/detail/122/172" },

        -- QQ: the recipient is receiving very many messages; sending to it
        -- is barred for a while (not an unknown mailbox).
        { id = "qq.access-denied", provider = "qq", reason = "ratelimited",
          any = { "mailbox unavailable or access denied",
                  "mailbox unavailable or access denined" },
          examples = {
            { reply = "550 Mailbox unavailable or access denied", mx = "mx1.qq.com" },
          },
          source = "https://service.mail.qq.com/detail/122/166" },

        -- QQ: the sender's domain or operator is suspected of sending
        -- spam.
        { id = "qq.spam-sender", provider = "qq", reason = "badreputation",
          any = { "suspected spam sender" },
          examples = {
            { reply = "550 Suspected spam sender.", mx = "mx1.qq.com" },
          },
          source = "https://smtp.codes/qq" },

        -- QQ: the content is spam-like (reported by many users).
        { id = "qq.content", provider = "qq", reason = "spamdetected",
          any = { "mail content denied", "content rejected",
                  "spam is embedded in the email" },
          examples = {
            "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
          },
          source = "https://service.mail.qq.com/detail/122/171" },

        -- QQ: "Bad address syntax" for RCPT: the recipient address is not
        -- a valid address.
        { id = "qq.bad-address", provider = "qq", reason = "userunknown",
          any = { "bad address syntax" },
          examples = {
            "501 Bad address syntax. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000730",
          },
          source = "https://service.mail.qq.com/detail/122/167" },

        -- NetEase HL:REP / HL:MEP: the IP's sending looks abnormal (many
        -- unknown recipients, forged sender domains); barred for a while.
        { id = "netease.reputation", provider = "netease", reason = "badreputation",
          any = { "hl:rep", "hl:mep" },
          examples = { "421 HL:REP", "421 HL:MEP" },
          source = "https://www.51yue.net/news/thread/20200123/14841169.html" },

        -- NetEase HL:ICC/HL:IFC/HL:IFQ (IP: too many connections or
        -- messages), MI:DMC / RP:DRC (too many messages or recipients in
        -- one connection), MI:SFQ (sender over its 15-minute quota).
        { id = "netease.rate", provider = "netease", reason = "ratelimited",
          any = { "hl:icc", "hl:ifc", "hl:ifq", "mi:dmc", "rp:drc", "mi:sfq" },
          examples = { "421 HL:ICC", "421 HL:IFC", "450 MI:DMC", "450 RP:DRC",
                       "451 MI:DMC" },
          source = "https://www.51yue.net/news/thread/20200123/14841169.html" },

        -- NetEase MI:STC: the sender's messages for the day are used up
        -- (an enterprise account's daily allowance; it resets at midnight).
        { id = "netease.daily-quota", provider = "netease", reason = "ratelimited",
          any = { "mi:stc" },
          examples = { "DATA - 554 5.5.0 MI:STC .For more information, please visit xxxxxx" },
          source = "https://github.com/ComsenzDiscuz/DiscuzX/issues/2 (NetEase enterprise mail's 554 MI:STC once the account's 100 messages a day were sent)" },

        -- NetEase: the account may not send through SMTP until its owner
        -- turns client access on ("550 User has no permission").  The
        -- sender's permission, not the recipient: the wording means the
        -- same whoever says it.
        { id = "netease.no-permission", reason = "rejected",
          any = { "user has no permission" },
          examples = { "550 User has no permission" },
          source = "https://github.com/open-falcon/mail-provider/issues/6 (NetEase's refusal of an account whose SMTP client access is off; the thread links NetEase's help)" },

        -- NetEase MI:CEL / RP:CEL / MI:CCL / RP:CCL: too many wrong or too
        -- many commands; check the sending program.
        { id = "netease.commands", provider = "netease", reason = "syntaxerror",
          any = { "mi:cel", "rp:cel", "mi:ccl", "rp:ccl" },
          examples = { "450 MI:CEL", "451 RP:CEL" },
          source = "https://www.51yue.net/news/thread/20200123/14841169.html" },

        -- NetEase HL:IHU: the IP is suspended for breaking the terms of
        -- service.  (DT:RBL, the IP is in an RBL, is left to the generic
        -- block-list rule, which names it.)
        { id = "netease.suspended-ip", provider = "netease", reason = "blocked",
          any = { "hl:ihu" },
          examples = { "554 HL:IHU" },
          source = "http://163ns.com.cn/mail/MailFAQ.htm" },

        -- NetEase WM:BLI / WM:BLU: the IP or the sender is not on the
        -- receiving side's list of allowed senders.
        { id = "netease.not-allowed", provider = "netease", reason = "filtered",
          any = { "wm:bli", "wm:blu" },
          examples = { "450 WM:BLI", "450 WM:BLU" },
          source = "https://www.51yue.net/news/thread/20200123/14841169.html" },

        -- NetEase DT:SPM: the content looks like spam (451: retry after
        -- two minutes; 554: refused).
        { id = "netease.spam", provider = "netease", reason = "spamdetected",
          any = { "dt:spm" },
          examples = {
            "451 DT:SPM ,please try again",
            "Error: Message failed: 554 DT:SPM 126 smtp2,DMmowAAnNDQz4zxdCk6LIw--.52838S2 1564271411,please see http://mail.163.com/help/help_spam_16.htm?ip=219.143.176.2&hostid=smtp2&time=1564271411",
          },
          source = "https://www.51yue.net/news/thread/20200123/14841169.html" },

        -- NetEase: too many failed logins; login barred for a while.  The
        -- wording is NetEase's own and means the same whoever says it.
        { id = "netease.auth-failures", reason = "securityerror",
          any = { "too much fail authentication" },
          examples = {
            "451 Requested mail action not taken: too much fail authentication",
          },
          source = "https://www.51yue.net/news/thread/20200123/14841169.html" },
    },
}
