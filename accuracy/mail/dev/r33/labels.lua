-- A group (r33) of 7 bounce notices, 29 labelled recipients, taken for
-- mail systems the dev set has few or none of: ZoneMTA's 'Delivery to
-- the following recipient failed permanently' DSN (user unknown, mailbox
-- full); a small Go MTA's 'Delivery to <addr> failed permanently. /
-- Reason:' lines (a failure and a delay); mireka's 'had delivery
-- problems' DSN with a comment in its Status field (one recipient; two,
-- one with a folded two-line diagnostic); GNU Mailutils' Sieve rejection
-- (no Subject, no From, 'Action: deleted'); and a real Microsoft SMTPSVC
-- DSN for 21 QQ Mail recipients refused for SPF ('550 SPF check failed')
-- sent to a list as backscatter.
-- Addresses, dates and ids in the filled templates are stand-ins.
-- Personal addresses were replaced with userN@<same domain>; role, list,
-- test and placeholder addresses were kept.  Labels were written from
-- each mail's own text and its source, before any reader ran on it.
-- Far fewer mails and systems than meant.  Eighteen more mails collected
-- with these were left out before any reader ran on them: nine because
-- the hold-out names their pages (OpenSMTPD's 2020 notices: failed,
-- delayed, relayed, delivered; a Momentum Sieve DSN from its
-- documentation; two Apache James DSNBounce notices; an iCloud Messaging
-- Server notice in an issue form; a Postfix notice for six list members
-- in a list manager's issue), nine because the reply corpus already
-- takes its texts from the same Stalwart source file (Stalwart's DSNs:
-- refused RCPT, delays, DANE, TLS, MTA-STS, partial and mixed notices,
-- a success notice).  The issue threads and pages found quoting Kerio,
-- Axigen, IceWarp, CommuniGate, GroupWise, Domino, Yandex, Tutanota,
-- iCloud and the Japanese carriers were already dev or reply-corpus
-- sources.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local HDR = "; a header added (the source shows the text alone)"
return {
    ["zonemta-failed-permanently-technical-details.eml"] = {
        source = "github.com/zone-eu/zone-mta plugins/core/email-bounce.js (code index file id 1468073876), filled in with example values: X-Failed-Recipients, 'Delivery to the following recipient failed permanently:', 'Technical details of permanent failure:' and a Postfix '550 5.1.1 ... User unknown in virtual mailbox table' reply, Status 5.0.0 in the report",
        format = "rfc3464",
        recipients = { r("user1@example.org", "failed", "5.0.0", "userunknown", "address") },
    },
    ["gomta-dsn-failed-and-delayed-reason-lines.eml"] = {
        source = "a Go MTA's dsn package Build() (code index file id 66160644878), filled in with example values: 'Delivery to <addr> failed permanently. / Reason: smtp;550 5.1.1 No such user' and 'Delivery to <addr> has been delayed. / Reason: smtp;421 4.7.0 Try again later, closing connection', the report" .. HDR,
        format = "rfc3464",
        recipients = {
            r("user1@example.org", "failed", "5.1.1", "userunknown", "address"),
            r("user2@example.net", "delayed", "4.7.0", "ratelimited", "rate"),
        },
    },
    ["mireka-had-delivery-problems-unrecoverable-status-comment.eml"] = {
        source = "github.com/hontvari/mireka src/mireka/transmission/dsn/DsnMailCreator.java (code index file id 24414595735), filled in with example values: '----- The following addresses had delivery problems -----', '<addr>  (unrecoverable error)', a Status field with a comment ('5.1.1 (Remote MTA rejected the recipient)'), a remote '550 5.1.1 ... User unknown'",
        format = "rfc3464",
        recipients = { r("user1@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["mailutils-sieve-reject-refused-by-filtering-program-no-subject.eml"] = {
        source = "GNU Mailutils libmu_sieve/actions.c sieve_action_reject / build_mime (gnu-mirror-unofficial/mailutils, code index file id 4340774609), filled in with example values: a multipart/mixed mail with only a To header, 'Message was refused by recipient's mail filtering program. / Reason given was as follows:' and the script's reason, a delivery-status part with Reporting-UA, 'Action: deleted' and an MDN Disposition",
        format = "mailutils",
        recipients = { r("user1@mail.example.net", "failed", nil, "filtered", "filter") },
    },
    ["smtpsvc-qq-spf-check-failed-twenty-one-recipients-list-backscatter.eml"] = {
        source = "industrypack-devel list 2020-11-15 '[Industrypack-devel] Delivery Status Notification (Failure)' (lfdr.de list archive, code index file id 15611645964): a Microsoft SMTPSVC DSN ('Delivery to the following recipients failed.', 21 addresses) for a spam that forged the list's address, QQ Mail refusing twenty with '550 SPF check failed [...]' and one with '550 Mailbox unavailable or access denied'; the QQ addresses (personal) replaced, DKIM, spam-report and filter headers and the returned message's HTML body and image left out",
        format = "rfc3464",
        recipients = (function ()
            local t = {}
            for i = 1, 21 do
                if i == 2 then
                    t[i] = r("user2@qq.com", "failed", "5.5.0", "userunknown", "address")
                else
                    t[i] = r(("user%d@qq.com"):format(i), "failed", "5.5.0", "authfailure", "auth")
                end
            end
            return t
        end)(),
    },
    ["zonemta-failed-permanently-mailbox-full.eml"] = {
        source = "github.com/zone-eu/zone-mta plugins/core/email-bounce.js (code index file id 1468073876), filled in with example values: the same DSN for a '552 5.2.2 <addr>: mailbox is full (quota exceeded)' reply, Status 5.0.0 in the report",
        format = "rfc3464",
        recipients = { r("user2@example.net", "failed", "5.0.0", "mailboxfull", "mailbox") },
    },
    ["mireka-two-recipients-multiline-diagnostic.eml"] = {
        source = "github.com/hontvari/mireka src/mireka/transmission/dsn/DsnMailCreator.java (code index file id 24414595735), filled in with example values: two '<addr>  (unrecoverable error)' lines, the second recipient's Diagnostic-Code a two-line 552 5.2.2 'mailbox ... is full' reply folded as the creator folds it",
        format = "rfc3464",
        recipients = {
            r("user1@example.org", "failed", "5.1.1", "userunknown", "address"),
            r("user2@example.org", "failed", "5.2.2", "mailboxfull", "mailbox"),
        },
    },
}
