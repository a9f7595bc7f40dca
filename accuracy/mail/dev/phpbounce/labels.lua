-- Mails from the bounce collection of cfortune/PHP-Bounce-Handler (eml/),
-- read through the code index.  Real personal addresses in the Argentine
-- campaign bounces (eml/1..30.eml) and eml/exchange1.eml were replaced by
-- userN@<same domain>, in mail and labels alike; the returned copies'
-- long HTML bodies were shortened to one line.  The rest are shown as the
-- repository has them (already anonymised there).
local S = "github.com/cfortune/PHP-Bounce-Handler eml/"
return {
    ["fbl-yahoo.eml"] = {
        source = S .. "fbl-yahoo.txt (Yahoo CFL feedback report)",
        format = "arf",
        recipients = { { recipient = "someuser@yahoo.com", reason = "feedback", family = "feedback", feedback_type = "abuse" } },
    },
    ["fbl-hotmail.eml"] = {
        source = S .. "fbl-hotmail.txt (Microsoft JMRP complaint: the complained-of message as message/rfc822 with X-HmXmrOriginalRecipient, no message/feedback-report part)",
        format = "arf",
        recipients = { { recipient = "somerecipient@example.com", reason = "feedback", family = "feedback" } },
    },
    ["fbl-aol.eml"] = {
        source = S .. "fbl-aol.txt (AOL SComp feedback report, recipient redacted)",
        format = "arf",
        recipients = { { reason = "feedback", family = "feedback", feedback_type = "abuse" } },
    },
    ["vac1.eml"] = {
        source = S .. "vac1.eml (Pigeonhole Sieve vacation reply, Auto-Submitted: auto-replied)",
        format = "autoreply",
        recipients = { { recipient = "user@example.com", reason = "vacation", family = "delivered" } },
    },
    ["vac2.eml"] = {
        source = S .. "vac2.eml (CMU Sieve vacation reply, French)",
        format = "autoreply",
        recipients = { { recipient = "user@example.com", reason = "vacation", family = "delivered" } },
    },
    ["exchange1.eml"] = {
        source = S .. "exchange1.eml (Exchange/IIS SMTPSVC DSN; the recipient's address replaced; DKIM headers of the returned copy dropped)",
        format = "rfc3464",
        recipients = { { recipient = "user1@example.no", dsn_action = "failed", status = "5.1.1",
                         reason = "userunknown", family = "address" } },
    },
    ["sendmail-invaliduser.eml"] = {
        source = S .. "sendmail-invaliduser.eml (Sendmail 8.14 DSN, Google 550 5.1.1)",
        format = "rfc3464",
        recipients = { { recipient = "invaliduser@invaliduser.invalid", dsn_action = "failed", status = "5.1.1",
                         reason = "userunknown", family = "address" } },
    },
    ["1.eml"] = {
        source = S .. "1.eml (qmail at prima.com.ar, 2006)",
        format = "qmail",
        recipients = { { recipient = "user2@ciudad.com.ar", dsn_action = "failed", status = "5.1.1",
                         reason = "userunknown", family = "address" } },
    },
    ["2.eml"] = {
        source = S .. "2.eml (Exim 4.60, Hotmail 550 after RCPT TO)",
        format = "exim",
        recipients = { { recipient = "user3@hotmail.com", dsn_action = "failed",
                         reason = "userunknown", family = "address" } },
    },
    ["4.eml"] = {
        source = S .. "4.eml (qmail at prima.com.ar: 'Esta casilla ha expirado por falta de uso', mailbox expired for lack of use)",
        format = "qmail",
        recipients = { { recipient = "user4@ubbi.com", dsn_action = "failed",
                         reason = "suspend", family = "address" } },
    },
    ["10.eml"] = {
        source = S .. "10.eml (Hotmail SMTPSVC DSN, 2006)",
        format = "rfc3464",
        recipients = { { recipient = "user5@hotmail.com", dsn_action = "failed", status = "5.5.0",
                         reason = "userunknown", family = "address" } },
    },
    ["30.eml"] = {
        source = S .. "30.eml (qmail at prima.com.ar, quota exceeded)",
        format = "qmail",
        recipients = { { recipient = "user6@ciudad.com.ar", dsn_action = "failed",
                         reason = "mailboxfull", family = "mailbox" } },
    },
    ["sendmail-dsn-hdrs-delivered.eml"] = {
        source = S .. "sendmail-dsn-hdrs-delivered.eml (Sendmail return receipt, Action: relayed)",
        format = "rfc3464",
        recipients = { { recipient = "externaluser@example.net", dsn_action = "relayed", status = "2.1.5",
                         reason = "delivered", family = "delivered" } },
    },
    ["sendmail-dsn-hdrs-552-allaboutspam.eml"] = {
        source = S .. "sendmail-dsn-hdrs-552-allaboutspam.eml (a test service refusing at DATA with 552; Sendmail wrote Status 5.2.2 though no mailbox is full: the text names no cause)",
        format = "rfc3464",
        recipients = { { recipient = "test@allaboutspam.com", dsn_action = "failed", status = "5.2.2",
                         reason = "undefined", family = "undefined" } },
    },
    ["sendmail-nohost.eml"] = {
        source = S .. "sendmail-nohost.eml (Sendmail: Host unknown)",
        format = "rfc3464",
        recipients = { { recipient = "baddomain@baddomainxxxsdkjfhsdhfkdsfhsd.com", dsn_action = "failed", status = "5.1.2",
                         reason = "hostunknown", family = "address" } },
    },
    ["arf2.eml"] = {
        source = S .. "arf2.txt (opt-out report, Removal-Recipient, text/rfc822-header part)",
        format = "arf",
        recipients = { { recipient = "user@example.com", reason = "feedback", family = "feedback", feedback_type = "opt-out" } },
    },
    ["fbl-comcast.eml"] = {
        source = S .. "fbl-comcast.txt (Comcast feedback loop through Return Path, recipient redacted@comcast.net)",
        format = "arf",
        recipients = { { recipient = "redacted@comcast.net", reason = "feedback", family = "feedback", feedback_type = "abuse" } },
    },
    ["vac3.eml"] = {
        source = S .. "vac3.eml (Lotus Notes out-of-office reply, DKIM/IronPort headers dropped)",
        format = "autoreply",
        recipients = { { recipient = "user@ca.ibm.com", reason = "vacation", family = "delivered" } },
    },
}
