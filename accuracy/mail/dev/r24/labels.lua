-- A group (r24) of 30 mails, 30 labelled recipients, taken for prose and
-- near-prose notices of 1997-2015 as they reached list managers, forums
-- and help pages: a list manager's bounce test corpus of real notices
-- (qmail at two hosting providers with 'chkuser', Yahoo and Gmail replies,
-- GoDaddy's own qmail wording 'Your mail message to the following
-- address(es) could not be delivered' with 'child status 100...', 1&1's
-- Exim-like notices with the address apart from its SMTP error and a
-- 'for RCPT TO command, host: ... reason:' line, Exim with
-- X-Failed-Recipients, Yahoo's 'Failure Notice' naming the recipient only
-- as 'To:' in a report without a delivery-status part, Hotmail's DSN text
-- with the address in UTF-7 ('+AEA-' for '@'), Amazon SES texts 'The
-- following message to <addr> was undeliverable.' with quoted-printable
-- breaks inside words, Postfix notices: '(expanded from <alias>)', a
-- 'delivery temporarily suspended' failure, one re-sent by the list
-- manager under its own From); Ubuntu Forums posts (pre-2.3 Postfix
-- notices with the 'The Postfix program' banner, dashed rules, BBCode
-- [email]/[EMAIL=]/[FONT] tags in headers and text, a DSN cut off, a
-- preamble with no recipient; a sendmail DSN whose text names one of its
-- two recipients, the other 'snip'ped); a 1997 HP-UX sendmail notice
-- (transcript only) kept in a text file; an Exchange 5.5 NDR a 1999 list
-- post quoted (recipient by display name); a university help page's
-- examples (Sun Messaging Server 'Recipient address: user@ims-ms-daemon' /
-- 'Original address:', Exim fragments); an SES fragment pasted between
-- scissors lines in a patch mail.
-- Where a source shows only the text, a minimal header in the usual form
-- of the system named was added (said per mail: "HDR"); addresses and
-- dates in such a header are stand-ins.  Personal addresses were replaced
-- with userN@<same domain> (also inside list URLs and mailto links of the
-- returned messages); addresses a source masks, test addresses and
-- placeholders were kept as shown.  Labels were written from each mail's
-- own text and its source, before any reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local HDR = "; a header added (the source shows the text alone)"
local DADA = "github.com/justingit/dada-mail, the list manager's bounce-handler test corpus "
local TUFTS = "http://uit.tufts.edu/?pid=548 (Tufts University IT 'Bounced Message Documentation', 2009-2013): "
return {
    ["exim-yahoo-disabled-after-end-of-data.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-exim-something.eml (Exim 4.69, 2012, X-Failed-Recipients, 'SMTP error from remote mail server after end of data:', Yahoo's 554 'This account has been disabled or discontinued [#102]'); a list URL's personal address replaced",
        format = "exim",
        recipients = { r("subscriber@example.com", "failed", nil, "suspend", "address") },
    },
    ["qmail-chkuser-511-no-mailbox-headers-only.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-qmail-551-no_mailbox_here.t (a hosting provider's qmail, 2011, '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)', the original headers enclosed)",
        format = "qmail",
        recipients = { r("ljdfsajlkadfsmndfsalkjfdsapimoiasdfiodfsakl@skazat.com", "failed", nil, "userunknown", "address") },
    },
    ["godaddy-qmail-mailfolder-full-child-status.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-secureservers.net-mailfolder_is_full.eml (GoDaddy's qmail, 2011, own preamble 'Your mail message to the following address(es) could not be delivered.', 'child status 100...The e-mail message could not be delivered because the user's mailfolder is full.'); list URL addresses replaced",
        format = "qmail",
        recipients = { r("subscriber@example.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["qmail-secureserver-mail-quota-exceeded.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce_secureserver.net-mail_quota_exceeded.eml (qmail, 2011, 'Mail quota exceeded.' alone under the address); list URL addresses replaced",
        format = "qmail",
        recipients = { r("subscriber@example.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["oneandone-gmail-disabled-rcpt-to-command.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounces-disabled.eml (1&1 'Mail delivery failed', 2021, 'subscriber@example.com:' then 'SMTP error from remote server for RCPT TO command, host: ... reason: 550-5.2.1 The email account that you tried to reach is disabled.' wrapped mid-word); list URL and mailto addresses replaced",
        format = "exim",
        recipients = { r("subscriber@example.com", "failed", nil, "suspend", "address") },
    },
    ["qmail-yahoo-554-no-account-after-data.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounces-qmail-554_no_account.eml (a hosting provider's qmail, 2011, 'failed after I sent the message', Yahoo's 554 'This user doesn't have a yahoo.com account'); the list owner's address replaced",
        format = "qmail",
        recipients = { r("ljdfsajlkadfsmndfsalkjfdsapimoiasdfiodfsakl@yahoo.com", "failed", nil, "userunknown", "address") },
    },
    ["oneandone-address-apart-from-smtp-error.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bouncing_email_with_brackets.eml (1&1, 2009, 'The following addresses failed:', '<addr>' then a blank line, then 'SMTP error from remote server after RCPT command:' and '550 Requested action not taken: mailbox unavailable')",
        format = "exim",
        recipients = { r("bouncing.email@example.com", "failed", nil, "userunknown", "address") },
    },
    ["qmail-gmail-550-5.1.1-multiline.eml"] = {
        source = DADA .. "app/dada/t/corpus/email_messages/bounce-qmail-550-5.1.1.eml (a hosting provider's qmail, 2011, Gmail's multi-line 550-5.1.1 reply); the list owner's address replaced",
        format = "qmail",
        recipients = { r("ljdfsajlkadfsmndfsalkjfdsapimoiasdfiodfsakl@gmail.com", "failed", nil, "userunknown", "address") },
    },
    ["yahoo-failure-notice-to-line-no-status-part.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/permanent_error.eml (Yahoo 'Failure Notice', 2021: a multipart/report with no delivery-status part, 'I'm afraid I wasn't able to deliver the following message.', the recipient named only in a 'To:' line under 'Subject:', no reason); three long opaque headers (X-SONIC-DKIM-SIGN, X-Rocket-Delivery, X-YMailISG) left out; list URL and mailto addresses replaced",
        format = "yahoo",
        recipients = { r("subscriber@example.com", "failed", nil, "undefined", "undefined") },
    },
    ["hotmail-dsn-utf7-address-in-text.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/hotmail-utf7.eml (Hotmail, 2015, text part in charset utf-7 naming 'bouncing.email+AEA-example.com', a delivery-status part with Status 5.5.0 and '550 Requested action not taken: mailbox unavailable'); a list URL's address replaced",
        format = "exchange",
        recipients = { r("bouncing.email@example.com", "failed", "5.5.0", "userunknown", "address") },
    },
    ["ses-text-following-message-to-was-undeliverable-nxdomain.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounces-amazon_ses_bounce_status-5.1.2.eml (Amazon SES, 2011, the address broken by a quoted-printable soft break, '5.1.2 - Bad destination host ... NXDomain', Status 5.0.0); the list owner's address replaced",
        format = "rfc3464",
        recipients = { r("asdfljasdfljkasdfjklasdfjklasdflasdflafsdjkl@sdfajdsafljfadsjldfsajl.com", "failed", "5.0.0", "hostunknown", "address") },
    },
    ["postfix-expanded-from-alias-user-unknown.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-dsn-user_unknown.eml (Postfix, 2012, '<final.recipient@example.com> (expanded from <subscriber@example.com>)', 550 5.1.1 User unknown, Original-Recipient the alias)",
        format = "postfix",
        recipients = { r("final.recipient@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-delivery-temporarily-suspended-4.4.1-failed.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-dsn-4.4.1.eml (Postfix, 2012, returned after the queue lifetime: 'delivery temporarily suspended: connect to ...: Connection refused', Action failed, Status 4.4.1)",
        format = "postfix",
        recipients = { r("subscriber@example.com", "failed", "4.4.1", "networkerror", "system") },
    },
    ["ses-text-gmail-soft-break-in-undeliverable.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-gmail-550-5.1.1.eml (Amazon SES relaying Gmail's 5.1.1, 2011, 'was u=' / 'ndeliverable' split by a soft break, Status 5.0.0)",
        format = "rfc3464",
        recipients = { r("this.is.going.to.bounce.67876543@gmail.com", "failed", "5.0.0", "userunknown", "address") },
    },
    ["postfix-notice-resent-by-list-manager-not-daemon.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/mailbox_not_found-01_14_21.eml (2022: a Postfix DSN as the list manager re-sent it, From and To the list's own address, '552 1 Requested mail action aborted, mailbox not found', Status 5.0.0); some long spam-filter and signature headers left out",
        format = "postfix",
        recipients = { r("bouncingemail@subscriberdomain.com", "failed", "5.0.0", "userunknown", "address") },
    },
    ["postfix-cox-invalid-recipient-error-codes-url.eml"] = {
        source = DADA .. "dada/t/corpus/email_messages/bounce-cox_500_5.1.1.eml (Postfix to Cox, 2012, '550 5.1.1 <addr> invalid recipient - Refer to Error Codes section at ...'); the returned message's headers shortened, a list URL's address replaced",
        format = "postfix",
        recipients = { r("subscriber@cox.net", "failed", "5.1.1", "userunknown", "address") },
    },
    ["ses-text-no-such-user-here-quote-mismatch.eml"] = {
        source = DADA .. "app/dada/t/corpus/email_messages/bounces-amazon_ses_status-5.5.0.eml (Amazon SES, 2011, \"550-'No Such User Here\\\"'\", Status 5.0.0); the list owner's address replaced, two list URL headers and the footer's link left out",
        format = "rfc3464",
        recipients = { r("nonexistingaddress@dadademo.com", "failed", "5.0.0", "userunknown", "address") },
    },
    ["ubuntu-forums-postfix-pre23-rbl-blocked.eml"] = {
        source = "Ubuntu Forums '[SOLVED] Problems with sending mail via squirrel webmail' 2007-07-12 (" .. CI .. "57175830473): the first Postfix notice the poster pasted ('The Postfix program' banner, 554 'Client host [...] blocked using zen.spamhaus.org', the link doubled by the forum's markdown)" .. HDR .. " (From as the poster gives it later in the thread)",
        format = "postfix",
        recipients = { r("Privatfortolling@posten.no", "failed", nil, "blocked", "reputation") },
    },
    ["ubuntu-forums-postfix-pre23-connect-timed-out-dashes.eml"] = {
        source = "Ubuntu Forums '[SOLVED] Problems with sending mail via squirrel webmail' 2008-03-11 (" .. CI .. "57175830473): the second notice the poster pasted between dashed rules ('connect to mx2...: Connection timed out'); the personal address replaced" .. HDR,
        format = "postfix",
        recipients = { r("user2@skatteetaten.no", "failed", nil, "networkerror", "system") },
    },
    ["ubuntu-forums-postfix-bbcode-headers-530-auth-cut.eml"] = {
        source = "Ubuntu Forums 'Sending Bulk Emails One at a Time' 2006-01-30 (" .. CI .. "56975169922): the notice as pasted from its From line ([email]...[/email] BBCode in From, To and X-Postfix-Sender), '530 authentication required' in reply to MAIL FROM, the delivery-status part cut off after X-Postfix-Sender; the personal address replaced",
        format = "postfix",
        recipients = { r("user1@aidshike.org", "failed", nil, "authfailure", "auth") },
    },
    ["ubuntu-forums-sendmail-dsn-two-recipients-one-snipped.eml"] = {
        source = "Ubuntu Forums 'Getting sendmail working in 7.10' 2008-01-08 (" .. CI .. "57115237483): a sendmail 8.14 DSN pasted from mailx ('Message 1:' and the mbox 'From ' line left out), the text naming one recipient and then 'snip', the delivery-status part naming two, 554 'Please check your SMTP server is set to smtp.orangehome.co.uk' (the ISP's block of direct SMTP); personal addresses replaced",
        format = "sendmail",
        recipients = {
            r("user1@gmail.com", "failed", "5.5.0", "blocked", "reputation"),
            r("user3@foo.com", "failed", "5.5.0", "blocked", "reputation"),
        },
    },
    ["ubuntu-forums-postfix-bbcode-email-font-tags.eml"] = {
        source = "Ubuntu Forums 'Postfix: Ubuntu Configuration' 2010-01-03 (" .. CI .. "56679419574): a Postfix notice and its report fields as pasted, wrapped in [FONT=-moz-fixed] and every address in [EMAIL=\"...\"]...[/EMAIL] tags, '550 #5.1.0 Address rejected', Status 5.0.0; personal addresses replaced" .. HDR,
        format = "postfix",
        recipients = { r("user1@glasstowerstudios.com", "failed", "5.0.0", "userunknown", "address") },
    },
    ["ubuntu-forums-postfix-pre23-preamble-only-no-recipient.eml"] = {
        source = "Ubuntu Forums \"can't send out email after installtion\" 2005-07-23 (" .. CI .. "56788934383): a pre-2.3 Postfix notice pasted up to its banner, naming no recipient and no reason" .. HDR,
        format = "postfix",
        recipients = {},
    },
    ["sendmail-1997-host-unknown-transcript-only.eml"] = {
        source = "a text file of placement papers with a 1997 bounce pasted into it (" .. CI .. "41615779409): an HP-UX sendmail notice (Subject 'Returned mail: Host unknown', transcript only: '550 maths.iitkgp.ernet.in (tcp)... Host unknown', '550 <addr>... Host unknown', the unsent message); the mbox 'From ' line left out, the returned attachment cut after its first lines; personal addresses and the sender's name replaced",
        format = "sendmail",
        recipients = { r("user2@maths.iitkgp.ernet.in", "failed", nil, "hostunknown", "address") },
    },
    ["exchange55-list-ndr-display-name-congestion.eml"] = {
        source = "https://colorist.org/archives/oldtig_mhonarc/1999/msg00191.html (the TIG list, 1999): the Exchange NDR a poster quoted ('Your message ... did not reach the following recipient(s):', the recipient by display name only, 'The recipient could not be processed due to congestion in the message transfer service'); the display name replaced" .. HDR,
        format = "exchange",
        recipients = { r("Person, One", "failed", nil, "systemfull", "system") },
    },
    ["sun-messaging-recipient-original-address-over-quota.eml"] = {
        source = TUFTS .. "the over-quota example ('Recipient address: user@ims-ms-daemon', 'Original address: user@host.tufts.edu', 'Reason: Over quota'), the form of Sun Java System Messaging Server's notice" .. HDR,
        format = "messagingserver",
        recipients = { r("user@host.tufts.edu", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["exim-fragment-unknown-or-illegal-alias.eml"] = {
        source = TUFTS .. "the unknown-user example (the address, 'SMTP error from remote mailer after RCPT TO::', '550 5.1.1 unknown or illegal alias:' and the address again)" .. HDR,
        format = "exim",
        recipients = { r("user@host.tufts.edu", "failed", nil, "userunknown", "address") },
    },
    ["exim-fragment-unrouteable-address.eml"] = {
        source = TUFTS .. "the unrouteable example (the address, then 'Unrouteable address')" .. HDR,
        format = "exim",
        recipients = { r("user@host.com", "failed", nil, "hostunknown", "address") },
    },
    ["exim-illegal-attachment-after-end-of-data-annotated.eml"] = {
        source = TUFTS .. "the illegal-attachment example ('Original address:' and 'Recipient address:' lines above Exim's 'A message that you sent could not be delivered to all of its recipients.', 'SMTP error from remote mailer after end of data:', '552 Illegal Attachment')" .. HDR,
        format = "exim",
        recipients = { r("user@host.com", "failed", nil, "policyviolation", "content") },
    },
    ["ses-text-quoted-in-patch-mail-scissors.eml"] = {
        source = "linux-media list 2025-08-08, a patch mail 'media: MAINTAINERS: Orphan the rcar_jpu driver' (" .. CI .. "11122157129) with the bounce pasted between '===========8<-----------' lines (SES's 'The following message to <addr> was undeliverable.', Gmail's 5.1.1 inside); the personal address replaced" .. HDR,
        format = "rfc3464",
        recipients = { r("user1@cogentembedded.com", "failed", nil, "userunknown", "address") },
    },
}
