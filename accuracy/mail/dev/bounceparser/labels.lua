-- Mails from the test corpus of the Perl module Mail::DeliveryStatus::BounceParser
-- (t/corpus/*.msg), taken from Debian's source package
-- libmail-deliverystatus-bounceparser-perl 1.543+repacked (orig tarball,
-- `apt-get source`), copied byte for byte as <name>.eml.  Addresses as the
-- module's authors left them (already made up or masked there).  Left out:
-- every corpus file that a hold-out source names (t/corpus files listed
-- there and the files used by t/various-unknown.t, t/various-domain.t,
-- t/user-disabled.t), no-message-collected.msg (a sendmail bounce whose
-- body is only '<<< No Message Collected >>>': no recipient to label) and
-- boxbe-cr2.msg (its text says the sender is on the guest list, its DSN
-- says failed: no truth to label).
-- Bounces of 2006-2014: Postfix, IIS SMTPSVC, Exchange 2007, Exim,
-- sendmail, AOL, BorderWare, XWall, Postini, SurfControl; challenge
-- replies, auto-replies and two spam mails (notbounce).
local S = "Debian source package libmail-deliverystatus-bounceparser-perl 1.543 (CPAN Mail-DeliveryStatus-BounceParser) t/corpus/"

local function dsn (file, note, rcpts)
    return { source = S .. file .. " (" .. note .. ")", format = "rfc3464", recipients = rcpts }
end
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local function postfix_spam (file, addr, status, note)
    return dsn(file, "Postfix DSN; " .. note, { r(addr, "failed", status, "spamdetected", "content") })
end

return {
    ["aol-vacation.eml"] = {
        source = S .. "aol-vacation.msg (AOL automatic response, Auto-Submitted: auto-replied)",
        format = "autoreply",
        recipients = { { recipient = "fredbloggs@test.com", reason = "vacation", family = "delivered" } },
    },
    ["aol.attachment.eml"] = {
        source = S .. "aol.attachment.msg (AOL AIRmail 'Mail Delivery Problem', 2009: recipients not accepting mail with attachments or embedded images; the mail names the recipient by its local part only, 'exampleuser')",
        format = "aol",
        recipients = { { dsn_action = "failed", reason = "policyviolation", family = "content" } },
    },
    ["autoreply.eml"] = {
        source = S .. "autoreply.msg ('Thank you for your e-mail' automatic reply, 2010)",
        format = "autoreply",
        recipients = { { recipient = "john@a.b.c", reason = "vacation", family = "delivered" } },
    },
    ["bluebottle.eml"] = {
        source = S .. "bluebottle.msg (Bluebottle challenge-response: the message held until the sender verifies, 2009)",
        format = "autoreply",
        recipients = { { recipient = "exampleuser@bluebottle.com", reason = "vacation", family = "delivered" } },
    },
    ["boxbe-cr.eml"] = dsn("boxbe-cr.msg", "Boxbe challenge as a multipart/report: 'waitlisted', Action failed, Status 4.7.0, X-Boxbe-Notice 'Sender not pre-approved', 2010",
        { r("bloggs.fred@googlemail.com", "failed", "4.7.0", "filtered", "filter") }),
    ["iis-multiple-bounce.eml"] = dsn("iis-multiple-bounce.msg", "IIS SMTPSVC DSN, four recipients, 550 mailbox unavailable, 2006", {
        r("bounced1@example.net", "failed", "5.0.0", "userunknown", "address"),
        r("bounced2@example.net", "failed", "5.0.0", "userunknown", "address"),
        r("bounced3@example.net", "failed", "5.0.0", "userunknown", "address"),
        r("bounced4@example.net", "failed", "5.0.0", "userunknown", "address"),
    }),
    ["malformed-dns.eml"] = dsn("malformed-dns.msg", "Postfix DSN, 'Name service error for name=a.b.c', 2010",
        { r("f.b@a.b.c", "failed", "5.4.4", "hostunknown", "address") }),
    ["message-too-large-2.eml"] = dsn("message-too-large-2.msg", "Postfix DSN, message size exceeds size limit, 2011",
        { r("john.smith@example.net", "failed", "5.3.4", "emailtoolarge", "content") }),
    ["message-too-large-3.eml"] = dsn("message-too-large-3.msg", "Postfix DSN, message size exceeds size limit, 2010",
        { r("a@b.c", "failed", "5.3.4", "emailtoolarge", "content") }),
    ["message-too-large.eml"] = dsn("message-too-large.msg", "Exchange 2007 NDR with DSN part, RESOLVER.RST.RecipSizeLimit, 2010",
        { r("john.smith@eu.a.b.c", "failed", "5.2.3", "emailtoolarge", "content") }),
    ["misidentified-recipient.eml"] = {
        source = S .. "misidentified-recipient.msg (Exim bounce through an SRS forwarder, 2010: 'all hosts have been failing for a long time and were last tried after this message arrived')",
        format = "exim",
        recipients = { { recipient = "john.b@b.c", dsn_action = "failed", reason = "expired", family = "system" } },
    },
    ["non-autoreply.eml"] = {
        source = S .. "non-autoreply.msg (Exim bounce of 2006 kept in an mbox: 'SMTP error from remote mail server after RCPT TO', 550 Recipient Rejected: No account by that name here)",
        format = "exim",
        recipients = { { recipient = "hbsdpphvfex@blackwebportal.com", dsn_action = "failed", reason = "userunknown", family = "address" } },
    },
    ["polish-autoreply.eml"] = {
        source = S .. "polish-autoreply.msg (wp.pl automatic reply, '[Automatyczna odpowiedź]', 2010)",
        format = "autoreply",
        recipients = { { recipient = "example10@wp.pl", reason = "vacation", family = "delivered" } },
    },
    ["postfix-malformed.eml"] = dsn("postfix-malformed.msg", "old Postfix DSN, 2009: 'Name service error for name=yyahoo.com type=MX: Malformed name server reply' for a misspelt domain",
        { r("exampleuser@yyahoo.com", "failed", "5.0.0", "hostunknown", "address") }),
    ["postfix-orig.eml"] = dsn("postfix-orig.msg", "old Postfix DSN, 2006, Original-Recipient differs: 554 Relay access denied after RCPT TO",
        { r("final@dest.example.com", "failed", "5.0.0", "norelaying", "relay") }),
    ["postfix-smtp-550.eml"] = dsn("postfix-smtp-550.msg", "old Postfix DSN, 2006: 550 5.1.1 is not a valid mailbox",
        { r("luser@otherhost.invalid", "failed", "5.0.0", "userunknown", "address") }),
    ["postfix.eml"] = dsn("postfix.msg", "old Postfix DSN, 2006: 554 Relay access denied after RCPT TO",
        { r("bounce@dest.example.com", "failed", "5.0.0", "norelaying", "relay") }),
    ["quota-2.eml"] = dsn("quota-2.msg", "Postfix DSN, 2010: 452 Mailbox size limit exceeded, returned as failed",
        { r("junkmail@b.c", "failed", "4.0.0", "mailboxfull", "mailbox") }),
    ["quota-4.eml"] = dsn("quota-4.msg", "DSN of 2010 with Status 5.1.1 but diagnostic '550 RCPT TO:<...> max message size exceeded'; labelled by the diagnostic",
        { r("fred-bloggs@a.b.c", "failed", "5.1.1", "emailtoolarge", "content") }),
    ["quota-6.eml"] = dsn("quota-6.msg", "Postfix DSN, 2010: web.de 550 'Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.'",
        { r("fred.bloggs@web.de", "failed", "5.0.0", "mailboxfull", "mailbox") }),
    ["rcpthosts.eml"] = dsn("rcpthosts.msg", "Postfix DSN, qmail 553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)",
        { r("john.smith@example.com", "failed", "5.0.0", "norelaying", "relay") }),
    ["relaying-denied.eml"] = dsn("relaying-denied.msg", "Postfix DSN, sendmail 550 ... Relaying denied",
        { r("a@example.com", "failed", "5.0.0", "norelaying", "relay") }),
    ["spam-bogus-email-in-report.eml"] = {
        source = S .. "spam-bogus-email-in-report.msg (a spam mail, 2006)",
        format = "notbounce", recipients = {},
    },
    ["spam-with-image.eml"] = {
        source = S .. "spam-with-image.msg (an image spam mail)",
        format = "notbounce", recipients = {},
    },
    ["spam-rejection-uribl.eml"] = postfix_spam("spam-rejection-uribl.msg", "fred.bloggs@example2.co.uk", "5.7.1", "550 5.7.1 Your email breaches local URIBL policy."),
    ["spam-rejection15.eml"] = postfix_spam("spam-rejection15.msg", "gf@sample.co.uk", "5.0.0", "550 Probable Spam"),
    ["spam-rejection27.eml"] = postfix_spam("spam-rejection27.msg", "john.smith@example.com", "5.0.0", "550 Backend Replied ... 5.7.1 Message rejected as spam by Conten[t filtering]"),
    ["spam-rejection28.eml"] = postfix_spam("spam-rejection28.msg", "john.smith@example2.com", "5.0.0", "554 rejected due to spam content"),
    ["spam-rejection3.eml"] = postfix_spam("spam-rejection3.msg", "aaa@b.c", "5.7.1", "550 5.7.1 Message rejected as spam by Content Filtering."),
    ["spam-rejection31.eml"] = postfix_spam("spam-rejection31.msg", "john.smith@example2.com", "5.0.0", "550 Spamming not allowed"),
    ["spam-rejection32.eml"] = postfix_spam("spam-rejection32.msg", "recipient@sample.com", "5.0.0", "551 5.0.0 This message was classified as spam"),
    ["spam-rejection33.eml"] = postfix_spam("spam-rejection33.msg", "john.smith@sample.ac.uk", "5.0.0", "550 Message refused by MailMarshal SpamProfiler"),
    ["spam-rejection34.eml"] = postfix_spam("spam-rejection34.msg", "john.smith@example.com.au", "5.7.1", "554 5.7.1 Your email appears similar to spam we have received before"),
    ["spam-rejection35.eml"] = postfix_spam("spam-rejection35.msg", "john.smith@example.ac.uk", "5.0.0", "550-This message scored 8.4 spam points and has been rejected"),
    ["spam-rejection36.eml"] = dsn("spam-rejection36.msg", "CipherTrust DSN of 2012: Postini '501 Spam Blocked - psmtp'",
        { r("fred.blogs@sample3.com", "failed", "5.0.0", "spamdetected", "content") }),
    ["spam-rejection37.eml"] = postfix_spam("spam-rejection37.msg", "fred.bloggs@sample.co.uk", "5.7.1", "550 5.7.1 Rejected - bulk email"),
    ["spam-rejection38.eml"] = postfix_spam("spam-rejection38.msg", "fred.bloggssample@gmail.com", "5.7.1", "forwarded recipient, 550-5.7.1 The message was rejected due to classification as Bulk mail"),
    ["spam-rejection39.eml"] = postfix_spam("spam-rejection39.msg", "fred.bloggs@sample.com", "5.0.0", "550 Error: SPAM-ID: ... Your email is probably spam"),
    ["spam-rejection40.eml"] = postfix_spam("spam-rejection40.msg", "fred.bloggs@sample.uk.com", "5.7.1", "550 5.7.1 Your message has been rejected because it appears to be SPAM."),
    ["spam-rejection41.eml"] = postfix_spam("spam-rejection41.msg", "fred.bloggs@sample.co.uk", "5.0.0", "550 Error: SPAM NOT ACCEPTED"),
    ["spam-rejection42.eml"] = {
        source = S .. "spam-rejection42.msg (XWall for Exchange 'Non delivery report: 5.9.8 (Spam)', 2013: multipart/report whose report part is message/xdelivery-status; the DSN fields repeated in the text part)",
        format = "xwall",
        recipients = { r("fred.bloggs@example.net", "failed", "5.9.8", "spamdetected", "content") },
    },
    ["spam-rejection43.eml"] = dsn("spam-rejection43.msg", "Postfix DSN from listbox.com: 554 Client host blocked using bl.spamcop.net",
        { r("yourface@example.gov", "failed", "5.0.0", "blocked", "reputation") }),
    ["spam-rejection6.eml"] = postfix_spam("spam-rejection6.msg", "recipient@example.net", "5.0.0", "550 Spam detected"),
    ["spamassassin.eml"] = postfix_spam("spamassassin.msg", "exampleuser@exampleclient.com", "5.0.0", "550 5.7.1 Blocked by SpamAssassin after end of DATA"),
    ["spambouncer.eml"] = postfix_spam("spambouncer.msg", "a@example.com", "5.0.0", "554 SpamBouncer identified SPAM, message permanently rejected (#5.3.0)"),
    ["surfcontrol-extra-newline.eml"] = dsn("surfcontrol-extra-newline.msg", "SurfControl DSN of 2006: '554 Service currently unavailable', no cause given",
        { r("recipient@example.net", "failed", "5.0.0", "undefined", "undefined") }),
    ["warning-1.eml"] = dsn("warning-1.msg", "IIS SMTPSVC DSN behind MessageLabs, 2009, no diagnostic code",
        { r("example@example.com", "failed", "5.1.1", "userunknown", "address") }),
    ["warning-2.eml"] = dsn("warning-2.msg", "IIS SMTPSVC DSN, two recipients, no diagnostic code",
        { r("b@example.co.uk", "failed", "5.1.1", "userunknown", "address"),
          r("c@example.co.uk", "failed", "5.1.1", "userunknown", "address") }),
    ["warning-3.eml"] = dsn("warning-3.msg", "Postfix DSN, local 'unknown user: \"1\"'",
        { r("1@server4.example.co.uk", "failed", "5.0.0", "userunknown", "address") }),
    ["warning-4.eml"] = dsn("warning-4.msg", "IIS SMTPSVC DSN, Status 5.2.2, no diagnostic code",
        { r("a@b.c", "failed", "5.2.2", "mailboxfull", "mailbox") }),
    ["warning-5.eml"] = {
        source = S .. "warning-5.msg (a one-line bounce, 2009: 'You sent mail to a@b.c. That's not a valid user here.')",
        format = "generic",
        recipients = { { recipient = "a@b.c", dsn_action = "failed", reason = "userunknown", family = "address" } },
    },
    ["warning-6.eml"] = {
        source = S .. "warning-6.msg (Lotus Notes 'AUTO: ... is out of the office' reply, 2010)",
        format = "autoreply",
        recipients = { { recipient = "John.Smith@b.c", reason = "vacation", family = "delivered" } },
    },
    ["warning-7.eml"] = {
        source = S .. "warning-7.msg (sendmail bounce of 2010 without DSN part: '(reason: 552 5.2.2 Over quota)'; the transcript shows '554 5.0.0 Service unavailable' from localhost)",
        format = "sendmail",
        recipients = { { recipient = "fred@mailgrp1.a.b.c", dsn_action = "failed", status = "5.2.2", reason = "mailboxfull", family = "mailbox" } },
    },
    ["warning-8.eml"] = dsn("warning-8.msg", "BorderWare Quarantine Server delay DSN, 2009 (CRLF lines): maildir delivery failed, Disc quota exceeded",
        { r("fred.bloggs@alfred.b.c", "delayed", "4.0.0", "mailboxfull", "mailbox") }),
    ["warning-9.eml"] = {
        source = S .. "warning-9.msg (sendmail bounce from demon.net, 2014, no DSN part: '(reason: 553 Sender Policy Framework (SPF) fail)' for the recipient, while the transcript shows MessageLabs '550 5.1.1 ... User unknown'; labelled by the recipient's reason line)",
        format = "sendmail",
        recipients = { { recipient = "gail.windy@example.com", dsn_action = "failed", reason = "authfailure", family = "auth" } },
    },
    ["whitelist.eml"] = dsn("whitelist.msg", "Postfix DSN, 550 Your server requires confirmation. Visit ... Whitelist.aspx ... to confirm this mail server",
        { r("john.smith@example.com", "failed", "5.0.0", "blocked", "reputation") }),
}
