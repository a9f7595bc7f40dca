-- RFC 5321 section 4.2 reply codes, read as the seed guide advises
-- (../shared seed: "Common SMTP Server Bounce Responses"): 4xx replies are
-- retried for up to 72 hours, 550/551/553 address failures suppress, 552
-- is not resent, an unknown 5xx counts the address as bad.  Used when
-- neither the enhanced status nor the text says more.  RFC 7504 adds 521
-- and 556; RFC 4954 adds 525 (the client's own account disabled), 530,
-- 534, 535, 538.
--
-- Every example is a reply a server sent or a server's own reply text,
-- with where it was found, and one this rule itself decides (a reply whose
-- words a phrase or provider rule knows is an example of that rule
-- instead).  Rules with no example: no such reply was found.
local function c (id, code, reason, examples, note)
    return { id = id, code = code, reason = reason,
             examples = examples, note = note, source = "RFC 5321 4.2.3" }
end

-- where the examples come from (repeated sources)
local RFC5321 = "RFC 5321 section 4.2.2-4.2.3"
local EXCHANGE_ACKS = "github.com/evilashz/exchange-server-27065 "
    .. "Microsoft.Exchange.Transport/Exchange/Transport/AckReason.cs"
    .. " (Exchange Server transport reply strings, decompiled)"
local SEED = "SendGrid support article 200181758 'Common SMTP Server Bounce "
    .. "Responses' (the seed guide, examples/seed-replies.txt; line "

return {
    rules = {
        c("smtp.2xx", "2xx", "delivered", {
            { reply = [[250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp]],
              source = SEED .. "24)" },
            { reply = [[250 ok dirdel]],
              source = SEED .. "25)" },
            { reply = [[250 <4798911130a2069f3483fda756b8e81c@www.example.com> Queued mail for delivery]],
              source = SEED .. "26, written there with &lt; &gt;)" },
        }),
        c("smtp.3xx", "3xx", "undefined", {
            { reply = [[354 Start mail input; end with <CRLF>.<CRLF>]],
              source = RFC5321 .. "; also Exchange Server's reply to DATA "
                  .. "(github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: StartData)" },
        }, "an intermediate reply where a final one was due"),
        c("smtp.421", 421, "ratelimited", {
            { reply = [[421 Max message per connection reached, closing transmission channel]],
              source = "https://smtp.codes/yahoo" },
        }, "seed: usually too many messages or connections"),
        c("smtp.451", 451, "systemerror", {
            { reply = [[451 Requested action aborted: local error in processing]],
              source = RFC5321 },
        }),
        c("smtp.452", 452, "systemfull", {
            { reply = [[452 temporary domain failure <example@example.com>]],
              source = "github.com/ActiveCampaign/smtp-field-manual data/codes/452.json (Yahoo)" },
        }),
        c("smtp.455", 455, "syntaxerror", {
            { reply = [[455 Server unable to accommodate parameters]],
              source = RFC5321 },
        }, "RFC 5321: server unable to accommodate parameters"),
        c("smtp.4xx", "4xx", "undefined", {
            { reply = [[420 4.2.0 RESOLVER.ADR.Ambiguous; ambiguous address]],
              source = EXCHANGE_ACKS .. ": AmbiguousAddressTransient" },
            { reply = [[420 4.2.0 STOREDRV.Deliver; recipient mailbox is remote]],
              source = EXCHANGE_ACKS .. ": RecipientMailboxIsRemote" },
        }),
        -- a 5xx greeting that neither its status nor its text explains
        -- (Postfix: "host X refused to talk to me: 554 X", the server's
        -- name alone; RFC 5321 3.1: 554 "no SMTP service here"): the
        -- server refuses our host, no address was given yet
        -- (550, 553 and 554 only: a 50x is the conversation's syntax, a
        -- 521 or 556 a server that takes no mail at all, a 530 our login)
        { id = "smtp.greeting", code = { 550, 553, 554 }, phase = "connect", reason = "blocked",
          examples = {
              { reply = [[host ironportin-lyk-3.it.gu.se[130.241.151.106] refused to talk to me: 554 ironportin-lyk-3.it.gu.se]],
                source = "https://github.com/docker-mailserver/docker-mailserver/issues/762 (a Postfix bounce quoted: an IronPort refuses the sending server at connection)" },
          },
          source = "RFC 5321 3.1 (554 at connection open)" },
        c("smtp.500", { 500, 501, 502, 503, 504, 555 }, "syntaxerror", {
            { reply = [[500 Error: bad syntax;]],
              source = "https://qqmailbox.com/transceivers/169.html" },
            { reply = [[504 <foo>: Helo command rejected: need fully-qualified hostname]],
              source = "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.ref" },
        }),
        -- a 521 with a security or policy status (5.7.x): a server that
        -- refuses our client by its policy (a block list, a client that
        -- broke its protocol rules), not RFC 7504's host that takes no
        -- mail at all (5.3.2); the address is not blamed
        { id = "smtp.521-policy", code = { 521 }, status = { "5.7" }, reason = "blocked",
          examples = {
              { reply = [[521 5.7.0 Error: I can break rules, too. Goodbye.]],
                source = "github.com/vdukhovni/postfix postfix/src/postscreen/postscreen_smtpd.c (non-SMTP command test, action drop)" },
          },
          source = "RFC 3463 (x.7: security or policy status); RFC 7504 section 3 (521 with 5.3.2)" },
        c("smtp.521", { 521, 556 }, "notaccept", {
            { reply = [[521 Server does not accept mail]],
              source = "RFC 7504 section 3" },
        }, "RFC 7504"),
        c("smtp.530", { 525, 530, 534, 535, 538 }, "securityerror", {
            { reply = [[535 Authentication Failed.]],
              source = "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html" },
        }, "RFC 4954"),
        c("smtp.550", 550, "userunknown", {
            { reply = [[550 No such person at this address.]],
              source = "https://github.com/ircf/sendy_smtp_bounce/issues/5" },
            { reply = [[550 5.2.0 RESOLVER.ADR.BadPrimary; recipient primary SMTP address is missing or invalid]],
              source = EXCHANGE_ACKS .. ": BadOrMissingPrimarySmtpAddress" },
        }),
        c("smtp.551", 551, "userunknown", {
            { reply = [[551 not our customer]], source = SEED .. "103)" },
        }, "551 with a forward path is hasmoved (phrase rules)"),
        c("smtp.552", 552, "mailboxfull", {
            { reply = [[552 Requested mail action aborted: exceeded storage allocation]],
              source = RFC5321 },
        }, "seed: exceeded storage, not resent"),
        c("smtp.553", 553, "userunknown", {
            { reply = [[553 Requested action not taken: mailbox name not allowed]],
              source = RFC5321 },
        }),
        c("smtp.5xx", "5xx", "undefined", {
            { reply = [[554 Transaction failed]],
              source = RFC5321 },
        }, "seed 554: consider the address bad unless the recipient says otherwise"),
        { id = "smtp.none", code = 0, reason = "undefined",
          examples = {
              { reply = "",
                source = SEED .. "142: a literally blank reply)" },
              { reply = [[Delayed Bounce - Unable to Parse Server Reason]],
                source = SEED .. "144)" },
          },
          source = "seed: Unable to Parse Server Reason",
          note = "no code: ask the receiving postmaster" },
    },
}
