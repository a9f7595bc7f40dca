-- A fresh group (r12) taken to see what the reader misses: bounces from
-- sources no other group took -- a mail API's test bounces from Russian
-- (Rambler), Chinese (163.com, base64 GBK), Estonian (Gmail, Office 365),
-- Fastmail, ZoneMTA, Yahoo and Zoho servers; SmarterMail notices from a
-- host's help page; an Exim delay warning from a German host's help page;
-- notices quoted in issues (Exim quoted with '> ', Exim with markdown mail
-- links, a Gmail delay sentence, a German Exchange diagnostic block, a Gmail
-- domain-not-found text); a CommuniGate-style 'Failed to deliver to' line;
-- bounce fixtures of a club-management application (a Swiss provider's
-- four-language notice with '* ' bullets), a chat-support application (a
-- Gmail notice whose delivery-status part is empty, a Postfix renamed
-- 'SMTP Server' with an empty From), a CRM (old and new Gmail texts) and a
-- mail library (five recipients, an iCloud notice with a masked
-- Final-Recipient, an InterMail SMS-gateway notice in a part mislabelled
-- message/delivery-status); a small Java MTA's template filled in (the
-- address on its own line under the failure sentence, the reason below it);
-- two auto-replies and two mails that are no bounce (a list post relayed
-- through Mercury/32, a worm's fake failure notice).
-- Where a source shows only the text, a header in the usual form of the
-- program named was added (said per mail); trace, DKIM/ARC and anti-spam
-- header fields and inline images were cut where said.  Addresses as the
-- sources show them (most already made up or masked by their authors).
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
local EE = GH .. "postalsys/emailengine test/fixtures/bounces/"
local HB = GH .. "hitobito/hitobito spec/fixtures/email/"
local CW = GH .. "chatwoot/chatwoot spec/fixtures/files/"
local CV = GH .. "civicrm/civicrm-core tests/phpunit/CRM/Utils/Mail/data/bounces/"
local MM = GH .. "mikel/mail spec/fixtures/emails/multipart_report_emails/"
local SM = "http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx (SmarterMail help article): "
local CUT = "; trace, DKIM/ARC and anti-spam header fields cut"
return {
    ["rambler-ru-en-postfix-no-such-user.eml"] = {
        source = EE .. "rambler.eml (2022): Rambler's Postfix notice, Russian text then English, with its delivery-status part; the windows-1251 text part written out as UTF-8" .. CUT .. "; the returned message shortened",
        format = "rfc3464",
        recipients = { r("yhfgcvjyutfdchgyufthgc@ethereal.email", "failed", "5.0.0", "userunknown", "address") },
    },
    ["fastmail-postfix-own-wording.eml"] = {
        source = EE .. "fastmail.eml (2022): Fastmail's Postfix notice with its own wording ('This is an automated message from the mail system at Fastmail')" .. CUT .. "; the returned message shortened",
        format = "rfc3464",
        recipients = { r("htfgvhyufthdgcvhgjyfthgc@ethereal.email", "failed", "5.0.0", "userunknown", "address") },
    },
    ["zonemta-failed-permanently-indented.eml"] = {
        source = EE .. "zonemta.eml (2022): ZoneMTA's 'Delivery to the following recipient failed permanently' with the address indented on the next line" .. CUT,
        format = "rfc3464",
        recipients = { r("sdffasdfgfasfadas@hot.ee", "failed", "5.0.0", "userunknown", "address") },
    },
    ["yahoo-unable-to-deliver-forwarded-copy.eml"] = {
        source = EE .. "yahoo.eml (2022): Yahoo's 'Sorry, we were unable to deliver your message to the following address.' in a multipart/report without a delivery-status part" .. CUT,
        format = "yahoo",
        recipients = { r("thgdcgrfchvutycfgxcvg@hot.ee", "failed", "5.1.1", "userunknown", "address") },
    },
    ["zoho-error-code-comma-status-550.eml"] = {
        source = EE .. "zoho.eml (2023): Zoho's notice ('recipient, ERROR CODE :550 - 5.2.1 ...'), its delivery-status part giving 'Status: 550'" .. CUT,
        format = "rfc3464",
        recipients = { r("recipient@example.com", "failed", "5.2.1", "suspend", "address") },
    },
    ["netease163-chinese-base64-gbk-notice.eml"] = {
        source = EE .. "163.eml (2022): 163.com's Coremail notice ('系统退信'), the recipient after '收件人' and the remote reply after '英文说明'; only its base64 GBK text part kept (the HTML part and the images cut, the MIME nesting kept)",
        format = "coremail",
        recipients = { r("jgfhhoiyfjhhugjhv@ethereal.email", "failed", nil, "userunknown", "address") },
    },
    ["outlook-estonian-ndr-text-only.eml"] = {
        source = EE .. "outlook.eml (2022): an Office 365 NDR in Estonian ('Kohaletoimetamatu'); its text part kept, shortened in the advice paragraphs; the HTML alternative, the delivery-status part and the returned headers cut" .. CUT,
        format = "exchange",
        recipients = { r("wfsddaSdasffasdqwqw@hot.ee", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-estonian-address-not-found.eml"] = {
        source = EE .. "gmail.eml (2022): Gmail's 'Aadressi ei leitud' (Estonian) with its delivery-status part; the HTML part, the icon and the returned message cut" .. CUT,
        format = "rfc3464",
        recipients = { r("jhfthgfuyfhvjkugjhvjuyfv@hot.ee", "failed", "5.1.1", "userunknown", "address") },
    },
    ["smartermail-failed-recipient-no-mx.eml"] = {
        source = SM .. "the first example ('Could not deliver message to the following recipient(s):', 'Failed Recipient:', 'Reason:'), the address as the page gives it; a header added (From 'System Administrator', as the page names the sender)",
        format = "smartermail",
        recipients = { r("user@example_domain.com", "failed", nil, "hostunknown", "address") },
    },
    ["smartermail-failed-recipient-mailbox-full.eml"] = {
        source = SM .. "the mailbox-full example; header added",
        format = "smartermail",
        recipients = { r("user@example_domain.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["smartermail-failed-recipient-domain-size.eml"] = {
        source = SM .. "the example for a domain over its disk allocation ('The domain size limit has been exceeded'); header added",
        format = "smartermail",
        recipients = { r("user@example_domain.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["exim-delay-warning-hoody-help-page.eml"] = {
        source = "https://www.hoody.de/hilfe/kommunikation/fehlermeldungen/warning-message-delayed: the Exim delay warning as the page quotes it (its odd wrapping kept); Exim's usual From/Subject added.  No reason given",
        format = "exim",
        recipients = { r("foobar@example.com", "delayed", nil, "undefined", "undefined") },
    },
    ["communigate-style-failed-to-deliver-quoted.eml"] = {
        source = "a job-application tracker's test data (code index file id 70436666615): the preview of an 'Undeliverable' notice from an AppRiver host ('Failed to deliver to '...' SMTP module(domain ...) reports: ...'); header in the form the test gives (From, Subject) completed",
        format = "communigate",
        recipients = { r("nicoleholtzhiII@aol.com", "failed", nil, "userunknown", "address") },
    },
    ["exim-quoted-reply-address-in-quotes.eml"] = {
        source = GH .. "nriley/Pester/issues/14 (2014): an Exim failure quoted with '> ' in a person's message, the address in double quotes and masked by the poster; the person's own header added",
        format = "exim",
        recipients = { r("xxxxx@xxxx.net", "failed", nil, "hostunknown", "address") },
    },
    ["exim-local-delivery-failed-mailto-links.eml"] = {
        source = GH .. "openstreetmap/openstreetmap-website/issues/5871 (2025): the Exim failure as pasted, every address written as a markdown [addr](mailto:addr) link; the header the poster quotes (From, Subject, Date, To) used",
        format = "exim",
        recipients = { r("m-1242263-Z0b5KG3N@messages.openstreetmap.org", "failed", nil, "systemerror", "system") },
    },
    ["exim-local-delivery-pipe-warning-fields.eml"] = {
        source = GH .. "openstreetmap/openstreetmap-website/issues/1246 (2016): the Exim failure with the pipe's output and the delivery-status fields pasted as text; Exim's usual From/Subject added",
        format = "exim",
        recipients = { r("m-575584-aeefb0@messages.openstreetmap.org", "failed", "5.0.0", "systemerror", "system") },
    },
    ["gmail-delay-while-delivering-fragment.eml"] = {
        source = GH .. "crisp-oss/email-bounce-parser/issues/2 (2023): the one Gmail delay sentence quoted ('There was a temporary problem while delivering your message to XXX@XXX.COM ...'); Gmail's usual From/Subject added.  No reason given",
        format = "gmail",
        recipients = { r("xxx@xxx.com", "delayed", nil, "undefined", "undefined") },
    },
    ["notbounce-worm-servgate-occured-errors.eml"] = {
        source = GH .. "Perl/perl5/issues/7639 (rt.perl.org #32748, 2004): a Sober worm mail dressed as a failure notice ('Occured_Errors'), with a gateway's virus notice on top; markdown escapes removed; header from the ticket's 'From' line",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-list-post-via-mercury.eml"] = {
        source = "apparmor list post of 2021-11-18 'Re: [apparmor] give a permission to a specific process' (code index file id 11758555871), relayed through Mercury/32: its text part kept, the HTML part, the list footer and some quoted paragraphs cut",
        format = "notbounce",
        recipients = {},
    },
    ["postfix-unknown-user-quoted-in-reply.eml"] = {
        source = HB .. "bounce.eml (2022): a Postfix notice, the remote reply naming the address in quotes" .. CUT,
        format = "rfc3464",
        recipients = { r("nothing@example2.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["swiss-provider-four-languages-bullet.eml"] = {
        source = HB .. "helpful-return.eml (2026): a Swiss provider's notice in German, French, Italian and English, the address after '   * ', its text double-encoded UTF-8 as the fixture holds it; a delivery-status part without Action or Status" .. CUT,
        format = "rfc3464",
        recipients = { r("lisa.tester@othermailer.example.org", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["autoreply-exchange-de-fr-via-list.eml"] = {
        source = HB .. "autorespond.eml (2023): an Exchange out-of-office reply in German and French that came back through a mailing list (From is the list, Reply-To the person)" .. CUT,
        format = "autoreply",
        recipients = { { recipient = "david.hasselhof@example.com", reason = "vacation", family = "delivered" } },
    },
    ["gmail-empty-delivery-status-part.eml"] = {
        source = CW .. "bounced_gmail.eml (2025): Gmail's 'Address not found' whose message/delivery-status part is empty; the HTML part shortened",
        format = "gmail",
        recipients = { r("alex.jones@fictionalcorp.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-renamed-empty-from-554-does-not-exist.eml"] = {
        source = CW .. "bounced_with_no_from.eml (2024): a Postfix notice from a relay that calls itself 'SMTP Server' (X-SMTP-Server-* fields), its From '\"\" (Mail Delivery System)'; 554 5.7.1 '... does not exist'" .. CUT,
        format = "rfc3464",
        recipients = { r("noreply@example-service.com", "failed", "5.7.1", "userunknown", "address") },
    },
    ["exchange-german-diagnostics-only-masked.eml"] = {
        source = GH .. "hitobito/hitobito/issues/2762 (2024): the 'Diagnoseinformationen für Administratoren' block of an Exchange NDR as pasted (the address alone on a line, masked by the poster; the remote reply cut off by the poster); Exchange's usual From and a 'Unzustellbar:' Subject added",
        format = "exchange",
        recipients = { r("xxxx@gmail.com", "failed", "5.0.0", "contenterror", "content") },
    },
    ["gmail-domain-not-found-text-copy.eml"] = {
        source = GH .. "phw198/OutlookGoogleCalendarSync/issues/2147 (2025): Gmail's 'Address not found' text as copied from the screen ('because the domain ... couldn't be found'); Gmail's usual From/Subject added",
        format = "gmail",
        recipients = { r("shlomi@sdrori.com.ogcs", "failed", nil, "hostunknown", "address") },
    },
    ["gmail-old-failed-permanently-no-mime.eml"] = {
        source = CV .. "bounce_no_verp.txt (2014): Gmail's old 'Delivery to the following recipient failed permanently' as one text/plain mail with the original below '----- Original message -----'" .. CUT,
        format = "gmail",
        recipients = { r("undeliverable@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-message-not-delivered-spam-relay.eml"] = {
        source = CV .. "test_nested_message.eml (2017): Gmail's 'Message not delivered' for a relay's spam rejection, with a message/global-delivery-status part; the HTML part and the images cut" .. CUT,
        format = "rfc3464",
        recipients = { r("bob@example.com", "failed", "5.2.0", "spamdetected", "content") },
    },
    ["autoreply-vacation-base64-emoji.eml"] = {
        source = CV .. "test_utf8mb4_character.txt (2018): a vacation reply, its one line base64 with emoji, 'Auto-Submitted: auto-replied (vacation)'" .. CUT,
        format = "autoreply",
        recipients = { { recipient = "my@example.com", reason = "vacation", family = "delivered" } },
    },
    ["postfix-five-gmail-recipients-2010.eml"] = {
        source = MM .. "multi_address_bounce1.eml (2010): a Postfix notice for five Gmail recipients" .. CUT .. "; the returned message shortened",
        format = "rfc3464",
        recipients = {
            r("bbbbvhvbbvkjbhfbvbvjhb@gmail.com", "failed", "5.1.1", "userunknown", "address"),
            r("bscdbcjhasbcjhbdscbhbsdhcbj@gmail.com", "failed", "5.1.1", "userunknown", "address"),
            r("egyfefsdvsfvvhjsd@gmail.com", "failed", "5.1.1", "userunknown", "address"),
            r("kfhejkfbsjkjsbhds@gmail.com", "failed", "5.1.1", "userunknown", "address"),
            r("qfvhgsvhgsduiohncdhcvhsdfvsfygusd@gmail.com", "failed", "5.1.1", "userunknown", "address"),
        },
    },
    ["icloud-postfix-masked-final-recipient.eml"] = {
        source = MM .. "original_recipient.eml (2023): iCloud's Postfix notice ('Message delivery failed'), its Final-Recipient masked with asterisks, its Original-Recipient another address; the text and the returned message name the iCloud address" .. CUT .. "; the returned message shortened",
        format = "rfc3464",
        recipients = { r("max.mustermann@icloud.com", "failed", "5.2.0", "undefined", "undefined") },
    },
    ["intermail-sms-restricted-prose-in-dsn-part.eml"] = {
        source = MM .. "multipart_report_multiple_status.eml (2010): an InterMail 'Mail System Error - Returned Mail' from a mobile carrier, the prose in a part labelled message/delivery-status ('<u@ci.com> has restricted SMS e-mail'), the real delivery-status part after it; the returned message's body cut",
        format = "intermail",
        recipients = { r("u@ci.com", "failed", "5.3.0", "filtered", "filter") },
    },
    ["postfix-hot-ee-relay-recipient-table.eml"] = {
        source = EE .. "postfix.eml (2022): a hosting provider's Postfix notice" .. CUT .. "; the returned message shortened",
        format = "rfc3464",
        recipients = { r("sdagfsdfgdasfsdf@hot.ee", "failed", "5.1.1", "userunknown", "address") },
    },
    ["hsmail-template-address-line-then-reason.eml"] = {
        source = "a small Java MTA's DeliveryStatusNotifier and its local delivery error text (code index file ids 3910221091, 18098117499), filled in: postmaster as From, '[Err] ' before the original Subject, the failure sentences, the address on its own line and 'The mailbox specified in the address does not exist.' below it, the original attached",
        format = "generic",
        recipients = { r("minsu.kim@mail.example.kr", "failed", nil, "userunknown", "address") },
    },
}
