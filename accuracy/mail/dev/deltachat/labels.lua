-- Bounces kept as test data by a messenger that reads them (Delta Chat,
-- test-data/message/*_ndn.eml, read through the code index): whole mails
-- as the providers sent them in 2020; long trace, spam-filter and
-- signature headers and the returned message's body were cut.  The test
-- accounts' own addresses are throwaway strings and were kept.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local DC = "github.com/deltachat/deltachat-core-rust test-data/message/"
return {
    ["yahoo-not-valid-recipient.eml"] = {
        source = DC .. "yahoo_ndn.eml (Yahoo 'Failure Notice', 2020-06-10): X-YMail headers, DKIM and the HTML alternative of the returned message cut",
        format = "yahoo",
        recipients = { r("haeclirth.sinoenrat@yahoo.com", "failed", nil, "userunknown", "address") },
    },
    ["aol-user-unknown.eml"] = {
        source = DC .. "aol_ndn.eml (AOL, sent by Yahoo's MAILER-DAEMON, 2020-06-10): X-YMail headers, DKIM and the HTML alternative of the returned message cut",
        format = "yahoo",
        recipients = { r("hsnaeirternaeiho@testrun.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["tiscali-dsn-aborted.eml"] = {
        source = DC .. "tiscali_ndn.eml (Tiscali, Italy, 2020-06-15): the Autocrypt key and DKIM lines of the returned headers cut",
        format = "rfc3464",
        recipients = { r("shenauithz@testrun.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-de-address-not-found.eml"] = {
        source = DC .. "gmail_ndn.eml (Gmail, German text 'Die Adresse wurde nicht gefunden', 2020-05-18): ARC/DKIM headers, the HTML alternative, the icon and the returned message's HTML part cut",
        format = "rfc3464",
        recipients = { r("assidhfaaspocwaeofi@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmx-rcpt-no-such-account.eml"] = {
        source = DC .. "gmx_ndn.eml (GMX 'Mail delivery failed', 2020-06-09): the X-UI filter-result and signature headers cut",
        format = "exim",
        recipients = { r("snaerituhaeirns@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-two-quota.eml"] = {
        source = DC .. "ndn_with_attachment.eml (a Postfix relay's bounce of 2022-06-25, two recipients over quota; its prose names bob@example.net where its delivery-status part names bob@example.org, labelled as the delivery-status part gives them): trace and DKIM lines and the encrypted body of the returned message cut",
        format = "rfc3464",
        recipients = {
            r("bob@example.org", "failed", "5.2.2", "mailboxfull", "mailbox"),
            r("bob2@example.net", "failed", "5.2.2", "mailboxfull", "mailbox"),
        },
    },
    ["posteo-relayed-success.eml"] = {
        source = DC .. "dsn_relayed.eml (Posteo 'Successful Mail Delivery Report', Action relayed, 2021-06-12): trace, spam-filter and DKIM lines cut",
        format = "rfc3464",
        recipients = { r("anon_2@gmx.at", "relayed", "2.0.0", "delivered", "delivered") },
    },
    ["postfix-global-dsn-host-not-found.eml"] = {
        source = DC .. "testrun_ndn_2.eml (a Postfix bounce of 2021-08-12 with message/global-delivery-status and message/global-headers parts, status 5.4.4 'Host or domain name not found'): the DKIM and Autocrypt lines of the returned headers cut",
        format = "rfc3464",
        recipients = { r("bob@example.org", "failed", "5.4.4", "hostunknown", "address") },
    },
}
