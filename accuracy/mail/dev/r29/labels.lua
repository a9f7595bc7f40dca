-- A group (r29) of 4 mails, 3 labelled recipients: bounce notices and a
-- fake one as mailing-list archives keep them whole, headers and body as
-- archived: a Postfix notice sent to a list as backscatter of a spam that
-- forged the list's address (QQ's '550 Mailbox unavailable or access
-- denied'), an Exim 4.96 notice sent to a list for the list's own
-- address refused after end of data ('550 This message scored 11.4
-- points'), a 2005 Exim notice a member forwarded to a list as
-- message/rfc822 ('554 ... ESMTP not accepting messages' after initial
-- connection, no delivery-status part), and a phishing mail dressed as
-- an 'Undelivered Mail Returned to Sender' notice with a 'Force Send'
-- link (notbounce).  Personal addresses were replaced with
-- userN@<same domain>; list, role and daemon addresses and Message-IDs
-- were kept.  Labels were written from each mail's own text and its
-- source, before any reader ran on it.  Fewer mails than meant: the
-- time given ran out.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local IP = "linux-mailinglist-archives/industrypack-devel.lists.sourceforge.net.0 m (lfdr.de list archive), code index file id "
return {
    ["postfix-chinaebill-backscatter-qq-mailbox-unavailable.eml"] = {
        source = "industrypack-devel list (lists.sourceforge.net) 2020-10-22, '[Industrypack-devel] Undelivered Mail Returned to Sender', Message-Id <20201022092614.BB93C48066D@mail.chinaebill.cn> (" .. IP .. "15462139212): a Postfix notice of mail.chinaebill.cn sent to the list address a spam had forged: '<addr>: host mx3.qq.com[...] said: 550 Mailbox unavailable or access denied [...] (in reply to RCPT TO command)', Status 5.0.0, the returned spam",
        format = "postfix",
        recipients = { r("user1@qq.com", "failed", "5.0.0", "userunknown", "address") },
    },
    ["exim-backscatter-to-list-sourceforge-scored-spam.eml"] = {
        source = "industrypack-devel list (lists.sourceforge.net) 2023-08-16, '[Industrypack-devel] Mail delivery failed: returning message to sender', Message-Id <E1qWEER-00DoMi-03@ns-196.awsdns-24.com> (" .. IP .. "15657704645): an Exim 4.96 notice (X-Failed-Recipients) for the list's own address, forged as sender of a quarantine phishing mail: 'SMTP error from remote mail server after end of data: 550 This message scored 11.4 points. Congratulations!', Status 5.0.0; the returned phishing HTML",
        format = "exim",
        recipients = { r("industrypack-devel@lists.sourceforge.net", "failed", "5.0.0", "spamdetected", "content") },
    },
    ["exim-2005-forwarded-rfc822-not-accepting-messages-at-connection.eml"] = {
        source = "linux-kernel list 2005-07-24, David S. Miller '(was Re: [PATCH] 1 Wire drivers illegally overload NETLINK_NFLOG) Fw: Mail delivery failed: returning message to sender', Message-Id <20050724.192159.107919635.davem@davemloft.net> (ammarfaizi2/lore-inbox m, code index file id 34905150196): an Exim 4.52 notice forwarded as message/rfc822, no delivery-status part: '<addr> SMTP error from remote mail server after initial connection: host mailer.campus.mipt.ru [...]: 554 mailer.campus.mipt.ru ESMTP not accepting messages'; no status given",
        format = "exim",
        recipients = { r("user2@2ka.mipt.ru", "failed", nil, "notaccept", "address") },
    },
    ["notbounce-fake-undelivered-spam-force-send-link.eml"] = {
        source = "industrypack-devel list (lists.sourceforge.net) 2025-11-14, '[Industrypack-devel] [SPAM] Undelivered Mail Returned to Sender.', Message-ID <20251114092739.F5A8BF3560F300AC@tankanlagenbau.de> (" .. IP .. "15118645880): a phishing mail from a fake 'Mail Delivery System.' ('Email unable to send ... our system has identified it as spam ... fill the CAPTCHA', a 'Force Send' link to an IPFS page), HTML only, spam-flagged by the list host; no bounce",
        format = "notbounce",
        recipients = {},
    },
}
