-- A fresh group (r16) of 20 bounces and notices, 4 auto-replies and 2 mails
-- that are no bounce, taken for programs, services and layouts the other
-- groups lack: a Cyrus Sieve rejection (MDN), a Novell GroupWise notice
-- naming a user id only, an MDaemon notice in Spanish and English with its
-- non-ASCII letters lost, a Mirapoint-style 'processed by the mail server'
-- line, NHN Dooray!'s notice posted back to an issue (once with the address
-- masked), Purelymail's notice as HTML only, Mandrill's 'delivery problems'
-- notice with no Final-Recipient field, a Postfix notice cut to a site's
-- short template in quoted-printable, an Exim bounce whose texts a site
-- emptied (the address list alone), an early GNU Mailman owner notice
-- carrying the sendmail bounce that triggered it, a Google Groups quota
-- refusal, an Office 365 mail-flow-rule preview, an Exchange 2003 time-limit
-- notice from a help page, application notices naming the failed addresses
-- (FileSender in German, two recipients; a Russian webmail's notice in
-- base64, two recipients; WriteIt's notice with the address redacted);
-- Postfix notices in code fences (a masked free.fr address; Cyrus LMTP's
-- multi-line reply with the delivery-status fields run on) and a sendmail
-- fragment with the markdown escapes of a tracker migration; auto-replies
-- (a Sieve vacation reply in base64, QQ Mail's holiday reply in GB18030 and
-- base64, a bilingual Chinese/English reply, an English one posted to an
-- issue); a webmail's welcome message from the same sender as its notice and
-- an Outlook mail in windows-874 (notbounce).
-- Where a source shows only the text, a minimal header in the usual form of
-- the program named was added (said per mail: "HDR"); the sender's address
-- in such a header is a stand-in.  Programs' templates are filled in with
-- example values of ours (said per mail: "filled in").  Addresses as the
-- sources show them (most already made up or masked by their authors).
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
local HDR = "; a header added (the source shows the text alone)"
return {
    ["cyrus-sieve-reject-mdn.eml"] = {
        source = "Cyrus IMAP lmtpd send_rejection() (code index file id 6553920070): 'Your message was automatically rejected by Sieve, a mail filtering language.', 'The following reason was given:' and an MDN part (Final-Recipient, Disposition ...; deleted), filled in with example values (a reason of the recipient's script, the returned message)",
        format = "cyrus",
        recipients = { r("ines.romero@example.edu", "failed", nil, "filtered", "filter") },
    },
    ["groupwise-undeliverable-user-not-on-post-office.eml"] = {
        source = "a Java bounce parser's comments, NovellGroupWiseParser (code index file id 7135543917): X-Mailer 'Novell GroupWise Internet Agent 7.0.1' and the lines 'The message that you sent was undeliverable to the following:=20', a blank line, a tab and 'mbathal (User not on post office)' in a quoted-printable text part" .. HDR .. " (the multipart frame, From/Subject stand-ins); the notice names a user id, no address",
        format = "groupwise",
        recipients = { r("mbathal", "failed", nil, "userunknown", "address") },
    },
    ["mdaemon-spanish-english-transcript-cut.eml"] = {
        source = GH .. "Perl/perl5/issues/5407 (2002, migrated from rt.perl.org): an MDaemon 3.0 'Permanent Delivery Failure' in Spanish then English ('ESPA???OL', the accented letters lost as '???'), 'The attached message had PERMANENT fatal delivery errors!' and a 'Partial Session Transcript' (RCPT To accepted, DATA, 'Sending ... to [ip]'), cut where the stored copy's text ends, before the server's answer; the migration's markdown escapes (backslashes, &#8203;, &nbsp;) undone" .. HDR .. " (To/Date stand-ins); no cause shown",
        format = "mdaemon",
        recipients = { r("ilya@math.mps.ohio-state.edu", "failed", nil, "undefined", "undefined") },
    },
    ["telia-processed-failed-mailbox-full.eml"] = {
        source = GH .. "jungleran/inmail tests/src/Kernel/StandardDSNReasonAnalyzerTest.php (code index file id 25238892751), the text of its full.eml: '- These recipients of your message have been processed by the mail server:', 'user@example.org; Failed; 4.2.2 (mailbox full)' and 'Remote MTA ms5.han.skanova.net: SMTP diagnostic: 552 RCPT TO:<masked4@pne.telia.com> Mailbox disk quota exceeded'" .. HDR .. " (the usual subject of this form, 'Delivery Notification: Delivery has failed', a stand-in)",
        format = "generic",
        recipients = { r("user@example.org", "failed", "4.2.2", "mailboxfull", "mailbox") },
    },
    ["autoreply-sieve-vacation-base64.eml"] = {
        source = GH .. "jungleran/inmail tests/modules/inmail_test/eml/simple-autoreply.eml: a Dovecot Sieve vacation reply (Auto-Submitted: auto-replied (vacation)), its text base64-encoded",
        format = "autoreply",
        recipients = { { recipient = "nancy@example.com", reason = "vacation", family = "delivered" } },
    },
    ["dooray-failure-notice-mailbox-unavailable.eml"] = {
        source = GH .. "run-youngjoo/SC-FEGAN/issues/51 (2020): an NHN Dooray! 'Failure Notice' posted back to the issue by e-mail ('Your message sent to ... has failed to be delivered.', '* Recipient :', '* Remote host said :' with 'Requested action not taken: mailbox unavailable'), the address alone on its own lines" .. HDR,
        format = "dooray",
        recipients = { r("jongyoul@etri.re.kr", "failed", nil, "userunknown", "address") },
    },
    ["dooray-failure-notice-masked-denied.eml"] = {
        source = GH .. "ctgk/PRML/issues/45 (2024): the same Dooray! notice posted back to an issue, every address masked by GitHub as '***@***.***)', the remote host saying 'Your mail was denied from the receiver.'" .. HDR .. "; the recipient's address is not shown",
        format = "dooray",
        recipients = { { dsn_action = "failed", reason = "filtered", family = "filter" } },
    },
    ["purelymail-html-ses-dsn-refused.eml"] = {
        source = GH .. "Purelymail/purelymail-issues/issues/216 (2024): Purelymail's notice as a webmail forwarded it in HTML ('We could not deliver the attached mail for the following recipients.', the address as a mailto link, 'at remote mailserver ...: SMTPSendFailedException: 554 DSN is not RFC 3464 compliant ...'), the notice's part of the HTML kept as a text/html body" .. HDR .. " (the forward's table names From, To and 'Re:')",
        format = "purelymail",
        recipients = { r("010f018f1d1b543c-97a38cd9-5649-481a-88cf-c7a00dbaee14-000000@ses.voip.ms", "failed", nil, "contenterror", "content") },
    },
    ["postfix-cyrus-lmtp-multiline-fields-run-on.eml"] = {
        source = GH .. "planetalinux/planetalinux/issues/15 (2010, a Spanish issue): a Postfix notice with 'The mail system' in a code fence, Cyrus LMTP's multi-line '550-Mailbox unknown ... 550 5.1.1 User unknown' and the delivery-status fields run on under it; cut where the issue's text ends" .. HDR,
        format = "postfix",
        recipients = { r("rt@rt.planetalinux.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange2003-time-limit-help-page-filled.eml"] = {
        source = "https://snmail.co.uk/support/failure-timelimit.htm: an Exchange 2003 notice as a host's help page shows it with placeholders ('Your message', 'Subject: {Subject Title}', 'did not reach the following recipient(s): on {Date] ...', 'Could not deliver the message in the time limit specified. ...', '<{Issuing Server} #4.4.7>'), filled in with example values (the recipient's address the page lost before 'on', ours)",
        format = "exchange",
        recipients = { r("j.smith@harbour-example.co.uk", "failed", "4.4.7", "expired", "system") },
    },
    ["o365-mail-flow-rule-blocked-preview.eml"] = {
        source = GH .. "alandgton/activism-mailbot/issues/1 (2020): an Office 365 notice as a user copied it ('Your message to ... couldn't be delivered.', '--', 'A custom mail flow rule created by an admin at minneapolismngov.onmicrosoft.com has blocked your message.'), the third of three notices listed in the issue" .. HDR,
        format = "exchange",
        recipients = { r("Abdi.Warsame@minneapolismn.gov", "failed", nil, "filtered", "filter") },
    },
    ["gmail-group-external-recipients-quota-fenced.eml"] = {
        source = GH .. "codeforamerica/brigade/issues/242 (2013): Google's old text in a code fence ('Delivery to the following recipient failed permanently:', 'Technical details of permanent failure:', 'The group ... has exceeded its quota for total number of external recipients.')" .. HDR,
        format = "gmail",
        recipients = { r("brigade@codeforamerica.org", "failed", nil, "ratelimited", "rate") },
    },
    ["mailman-bounce-action-notice-sendmail-inside.eml"] = {
        source = "an early GNU Mailman's bouncer (HandleBouncingAddress, code index file id 8882080277): the list owner's 'bounce action notice' ('Maillist:', 'Member:', 'Action: Subscription disabled.', 'Reason: Excessive or fatal bounces.') with 'The triggering bounce notice is attached below.' and that notice's headers and text in a second text/plain part, filled in with example values; the triggering notice is sendmail 8.9's text without delivery-status part ('----- The following addresses had permanent fatal errors -----', a transcript with 550 User unknown), filled in",
        format = "mailman",
        recipients = { r("pjones@mail.example.net", "failed", nil, "userunknown", "address") },
    },
    ["filesender-german-bounce-report-two-recipients.eml"] = {
        source = GH .. "filesender/filesender language/de_DE/bounce_report.mail.php: FileSender's German report ('Nachrichtenübermittlungsfehler', 'ein oder mehrere Ihrer Empfänger haben Ihre Nachricht(en) nicht erhalten:', one line per failed recipient or guest, plain and HTML alternatives), filled in with example values (a recipient and a guest); no cause given",
        format = "generic",
        recipients = {
            r("k.schulz@uni-beispiel.de", "failed", nil, "undefined", "undefined"),
            r("gast.lehmann@example.com", "failed", nil, "undefined", "undefined"),
        },
    },
    ["mailbx-russian-notice-base64-two-addresses.eml"] = {
        source = "a Russian webmail's mail use case SendFailedSendingMessage (code index file id 28196016125): 'Ваше сообщение не доставлено', 'К сожалению, Ваше письмо не может быть доставлено одному или нескольким получателям:', the addresses one a line, 'Рекомендуем Вам проверить корректность указания адресов получателей.', from support@mailbx.ru; filled in with example values (two addresses), the text base64-encoded (the encoding ours)",
        format = "generic",
        recipients = {
            r("ivan.petrov@mail-primer.ru", "failed", nil, "userunknown", "address"),
            r("olga.smirnova@mailbx.ru", "failed", nil, "userunknown", "address"),
        },
    },
    ["notbounce-mailbx-welcome-same-sender.eml"] = {
        source = "the same webmail's SendWelcomeMessage (code index file id 28196016125): its welcome message from the same support address and with the same opening line as its notice ('Это письмо создано автоматически сервером Mailbx.ru, отвечать на него не нужно.'), filled in; no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["exim-wikimedia-empty-texts-address-list-only.eml"] = {
        source = "wikimedia/operations-puppet modules/profile/files/exim/bounce_message_file (a Subject and References header and five empty '****' sections) with Exim's deliver.c bounce code (code index file id 4602069003), filled in with example values: no prose at all, the failed address and Exim's SMTP error lines alone in the text part, then Exim's delivery-status part (Status: 5.0.0) and the returned message",
        format = "exim",
        recipients = { r("k.wagner@beispiel-verein.de", "failed", "5.0.0", "userunknown", "address") },
    },
    ["autoreply-qq-holiday-gb18030-base64.eml"] = {
        source = GH .. "wisdompeak/LeetCode/pull/22 (2021): QQ Mail's holiday auto-reply posted back to a pull request ('这是来自QQ邮箱的假期自动回复邮件。', '您好，我最近正在休假中，无法亲自回复您的邮件。...')" .. HDR .. " (the address a stand-in), the text in GB18030 and base64 (QQ Mail's usual encoding; ours here)",
        format = "autoreply",
        recipients = { { recipient = "user1@qq.com", reason = "vacation", family = "delivered" } },
    },
    ["autoreply-bilingual-out-of-office-qp.eml"] = {
        source = GH .. "microsoft/AI-System/pull/257 (2024): a Chinese and English out-of-office reply posted back to a pull request ('【自动回复】你好，我最近正在休假中 ...', 'Thank you for your email. Unfortunately, I am currently out of the office. ...')" .. HDR .. " (the address a stand-in; quoted-printable ours)",
        format = "autoreply",
        recipients = { { recipient = "user2@example.cn", reason = "vacation", family = "delivered" } },
    },
    ["autoreply-out-of-office-github-comment.eml"] = {
        source = GH .. "octocat/Hello-World/issues/172 (2014): an English out-of-office reply posted back to an issue ('Thank you for your email. I am out of the office Tuesday and Wednesday this week. ...')" .. HDR .. " (the address a stand-in)",
        format = "autoreply",
        recipients = { { recipient = "user3@example.com", reason = "vacation", family = "delivered" } },
    },
    ["postfix-free-fr-spam-detected-masked-fence.eml"] = {
        source = GH .. "JamBrain/JamBrain/issues/279 (2016): a Postfix line and its Diagnostic-Code in a code fence, free.fr's '550 spam detected' at end of DATA, the local part masked as '???'" .. HDR .. "; the recipient's address is not shown",
        format = "postfix",
        recipients = { { dsn_action = "failed", reason = "spamdetected", family = "content" } },
    },
    ["writeit-bounce-notice-redacted-contact.eml"] = {
        source = GH .. "mysociety/pombola/issues/2377 (2018): a WriteIt instance's notice in a code fence ('We are writing to you because there has been a bounce with the contact [REDACTED]@parliament.gov.za for ...', 'It has been marked as a bounce, so no more messages to that contact.')" .. HDR .. " (From/Subject stand-ins); the address is redacted and no cause given",
        format = "generic",
        recipients = { { dsn_action = "failed", reason = "undefined", family = "undefined" } },
    },
    ["odoo-postfix-short-template-qp-mailbox-unavailable.eml"] = {
        source = GH .. "odoo/odoo addons/test_mail/data/test_mail_data.py MAIL_BOUNCE_QP_RFC822_HEADERS, filled in with the values its test gives: a Postfix notice whose site template keeps two lines ('I'm sorry to have to inform you ...'), quoted-printable with a soft break inside '(in reply to', Outlook.com's '550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)', the returned headers quoted-printable too",
        format = "postfix",
        recipients = { r("rdesfrdgtfdrfesd@outlook.com", "failed", "5.5.0", "userunknown", "address") },
    },
    ["mandrill-delivery-problems-no-final-recipient.eml"] = {
        source = GH .. "odoo/odoo addons/test_mail/data/test_mail_data.py MAIL_NO_FINAL_RECIPIENT (a Mandrill bounce: '--- The following addresses had delivery problems ---', '<addr>   (5.7.1 <addr>: Recipient address rejected: Access denied)', a delivery-status part with Original-Recipient and no Final-Recipient), filled in with example values (the address ours)",
        format = "mandrill",
        recipients = { r("jules.martin@client-example.fr", "failed", "5.7.1", "userunknown", "address") },
    },
    ["notbounce-thai-windows-874-qp.eml"] = {
        source = GH .. "odoo/odoo addons/test_mail/data/test_mail_data.py THAI_EMAIL_WINDOWS_874: an Outlook.com mail in windows-874 (subject and quoted-printable text in Thai); no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["sendmail-fragment-markdown-escaped-rt-migration.eml"] = {
        source = GH .. "Perl/perl5/issues/3890 (2001, migrated from rt.perl.org): a sendmail notice's lines pasted into the ticket ('----- The following addresses had permanent fatal errors -----', the transcript with '550 5.1.1 <perlbug-test@perl.com>... User unknown'), kept with the migration's markdown escapes (backslashes, &#8203; inside the address, &nbsp;)" .. HDR,
        format = "sendmail",
        recipients = { r("perlbug-test@perl.com", "failed", "5.1.1", "userunknown", "address") },
    },
}
