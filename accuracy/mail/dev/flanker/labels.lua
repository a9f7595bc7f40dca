-- Bounces and reports from the test fixtures of mailgun's flanker (Python),
-- github.com/mailgun/flanker tests/fixtures/messages/bounce/*.eml and
-- tests/fixtures/messages/disposition-notification.eml, read through the
-- code index and written back byte for byte (the files with CRLF lines keep
-- them).  Addresses as the repository has them (made up there), except
-- zed.eml: the sender's own address and name replaced (user1@zedshaw.com,
-- "User One").  Left out: delayed.eml (the RFC 3464 example already in
-- dev/rfc) and office365.eml (65 kB); complaint-yahoo.eml is complaints/yahoo.eml.
local S = "github.com/mailgun/flanker tests/fixtures/messages/"
return {
    ["zed.eml"] = {
        source = S .. "bounce/zed.eml (Postfix DSN of 2009, Gmail 550-5.1.1 account does not exist; the sender's address and name replaced)",
        format = "rfc3464",
        recipients = { { recipient = "asdfasdfasdfasdfasdfasdfewrqertrtyrthsfgdfgadfqeadvxzvz@gmail.com", dsn_action = "failed",
                         status = "5.1.1", reason = "userunknown", family = "address" } },
    },
    ["mailbox-full.eml"] = {
        source = S .. "bounce/mailbox-full.eml (AOL 'Internet Inbound' DSN of 2011: 552 5.2.2 E4.12 user MAILBOX FULL)",
        format = "rfc3464",
        recipients = { { recipient = "user@aol.com", dsn_action = "failed", status = "5.2.2", reason = "mailboxfull", family = "mailbox" } },
    },
    ["gmail-invalid-address.eml"] = {
        source = S .. "bounce/gmail-invalid-address.eml (Gmail's 2013 text/plain bounce 'Delivery to the following recipient failed permanently', remote 550 5.1.0 Recipient rejected)",
        format = "gmail",
        recipients = { { recipient = "awfawfawfawfawfaw@someserverhere.com", dsn_action = "failed", status = "5.1.0",
                         reason = "userunknown", family = "address" } },
    },
    ["gmail-no-dns.eml"] = {
        source = S .. "bounce/gmail-no-dns.eml (Gmail's 2012 text/plain bounce, 'DNS Error: Domain name not found'; CRLF lines)",
        format = "gmail",
        recipients = { { recipient = "user@example.comm", dsn_action = "failed", reason = "hostunknown", family = "address" } },
    },
    ["gmail-spam-mail.eml"] = {
        source = S .. "bounce/gmail-spam-mail.eml (1&1/IONOS-style DSN of 2022 whose text gives Gmail's 550-5.7.1 unsolicited mail reply; the DSN part has Status 5.0.0 and no diagnostic; CRLF lines)",
        format = "rfc3464",
        recipients = { { recipient = "gmail-user@gmail.com", dsn_action = "failed", status = "5.0.0", reason = "spamdetected", family = "content" } },
    },
    ["no-mx.eml"] = {
        source = S .. "bounce/no-mx.eml (delay DSN of 2012, 'THIS IS A WARNING ONLY', 454 4.4.4 [internal] no MX or A for domain)",
        format = "rfc3464",
        recipients = { { recipient = "user@example.com", dsn_action = "delayed", status = "4.4.4", reason = "hostunknown", family = "address" } },
    },
    ["broken-mime.eml"] = {
        source = S .. "bounce/broken-mime.eml (text/plain 'Undeliverable Mail' of 2012: 'Delivery failed 10 attempts: info@example.net', 'Original message follows.' (IMail's wording); CRLF lines)",
        format = "imail",
        recipients = { { recipient = "info@example.net", dsn_action = "failed", reason = "expired", family = "system" } },
    },
    ["delayed-broken.eml"] = {
        source = S .. "bounce/delayed-broken.eml (a bare message/delivery-status mail: Action failed, Status 4.2.2, no diagnostic)",
        format = "rfc3464",
        recipients = { { recipient = "demo@example.com", dsn_action = "failed", status = "4.2.2", reason = "mailboxfull", family = "mailbox" } },
    },
    ["disposition-notification.eml"] = {
        source = S .. "disposition-notification.eml (a message disposition notification, RFC 8098 style 'displayed' read receipt: no bounce; CRLF lines)",
        format = "notbounce", recipients = {},
    },
    ["complaint-yahoo.eml"] = {
        source = S .. "complaints/yahoo.eml (Yahoo CFL abuse feedback report of 2012; CRLF lines)",
        format = "arf",
        recipients = { { recipient = "user@yahoo.com", reason = "feedback", family = "feedback", feedback_type = "abuse" } },
    },
}
