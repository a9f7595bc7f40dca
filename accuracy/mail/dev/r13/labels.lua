-- A fresh group (r13) of 27 bounces and one mail that is no bounce, taken
-- for layouts and wordings the other groups lack: Mail.ru's Russian notice
-- over Exim's, Amazon WorkMail's 'Technical report:' written into the text
-- part (its To naming the failed recipient), Google Groups refusals in six
-- layouts (quoted, forwarded with markdown links, in a code fence, flattened
-- into one paragraph, in a list reply, with X-Failed-Recipients), a Firefox
-- Relay soft-bounce notice, a Russian robot notice naming the addressee
-- inline, Chinese provider text quoted with '> ', Office 365 texts (a
-- flattened table, a quoted 'rejected the message you sent', an inbox
-- preview with two addresses on one line), a Thundermail/Barracuda notice
-- with two recipients and DSN fields pasted as text, a Proofpoint block seen
-- through a forwarder, Postfix fragments (a markdown mail link, a chat
-- client's error line, a delay warning quoted on its first line), a sendmail
-- example of an ISP's help page, two Gmail notices pasted together (one line
-- in backticks), a Gmail inbox preview; MTA source templates filled in with
-- example values (Twisted's bounce.py, mox's failure and delay DSNs, maddy's
-- DSN, the Kopano spooler's error mail with retried and failed lists); a
-- worm's fake failure notice, markdown-escaped (notbounce).
-- Where a source shows only the text, a minimal header in the usual form of
-- the program named was added (said per mail); trace, DKIM/ARC and anti-spam
-- header fields and attachments were cut where said.  Addresses as the
-- sources show them (most already made up or masked by their authors).
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
local EE = GH .. "postalsys/emailengine test/fixtures/bounces/"
local HDR = "; a header added (the source shows the text alone)"
return {
    ["mailru-russian-exim-notice.eml"] = {
        source = EE .. "mailru.eml (2022): Mail.ru's Russian notice ('Ваше письмо не может быть доставлено одному или нескольким получателям') above Exim's English text, with its delivery-status part; trace, DKIM and anti-spam header fields cut, the returned message shortened to its main headers and text",
        format = "rfc3464",
        recipients = { r("tfhgyuftghjyftghv@hot.ee", "failed", "5.0.0", "userunknown", "address") },
    },
    ["workmail-technical-report-in-text.eml"] = {
        source = EE .. "workmail.eml (2022): Amazon WorkMail's 'An error occurred while trying to deliver the mail to the following recipients:', the address alone on the next line, and the DSN fields written into the text part after 'Technical report:' (no delivery-status part); the bounce's To is the failed recipient; the TNEF attachment and the returned message's HTML alternative cut",
        format = "generic",
        recipients = { r("gfdutydrfghutydrfcuftydh@hot.ee", "failed", "5.1.1", "userunknown", "address") },
    },
    ["twisted-returned-mail-template.eml"] = {
        source = GH .. "twisted/twisted src/twisted/mail/bounce.py BOUNCE_FORMAT and generateBounce(), filled in with example values: the default transcript ('I'm sorry, the following address has permanent errors: ...'), a delivery-status part with Arrival-Date and Final-Recipient only, the returned message written straight after it as the code does",
        format = "rfc3464",
        recipients = { r("bob.smith@mail.example.org", "failed", nil, "undefined", "undefined") },
    },
    ["mox-failed-permanently-dsn.eml"] = {
        source = GH .. "mjl-/mox queue/dsn.go deliverDSNFailure() and dsn.Message.Compose(), filled in with example values: 'Delivery has failed permanently for your email to:' with the address on a tab-indented line, the error and the full SMTP response below",
        format = "rfc3464",
        recipients = { r("dave.jones@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["mox-delayed-text-tab-address.eml"] = {
        source = GH .. "mjl-/mox queue/dsn.go deliverDSNDelay(), filled in with example values: 'Delivery has been delayed of your email to:', the address tab-indented, a connection timeout as the last error",
        format = "rfc3464",
        recipients = { r("erin@example.com", "delayed", "4.0.0", "networkerror", "system") },
    },
    ["maddy-delivery-to-failed-with-error.eml"] = {
        source = GH .. "foxcpp/maddy internal/dsn/dsn.go failedText and GenerateDSN(), filled in with example values: 'Delivery to <addr> failed with error: ...' after the notice",
        format = "rfc3464",
        recipients = { r("grace@example.com", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["googlegroups-consumer-quoted-in-issue.eml"] = {
        source = GH .. "openopps/openopps-platform/issues/1384 (2016): a Google Groups refusal as quoted in the issue (between double quotes), for openopps-platform@googlegroups.com (the issue names the address; the notice names the group and signs 'Google Groups')" .. HDR,
        format = "gmail",
        recipients = { r("openopps-platform@googlegroups.com", "failed", nil, "filtered", "filter") },
    },
    ["googlegroups-workspace-forwarded-markdown.eml"] = {
        source = GH .. "prebid/prebid-server/issues/3816 (2024): a Google Workspace group refusal forwarded into the issue ('---------- Forwarded message ---------'), its greeting and its signature as markdown links ('[driftpixel.ai](http://driftpixel.ai/) admins'); the group is developer@driftpixel.ai (the issue's text names it); the forwarder's From/Subject added",
        format = "gmail",
        recipients = { r("developer@driftpixel.ai", "failed", nil, "filtered", "filter") },
    },
    ["googlegroups-lbl-failed-recipients-header.eml"] = {
        source = GH .. "mej/nhc/issues/7 (2016): a Google Groups refusal pasted with its header lines (X-Failed-Recipients: nhc@lbl.gov); the body as far as the issue quotes it (the help-center line and signature not quoted); the scanner's header lines cut but one",
        format = "gmail",
        recipients = { r("nhc@lbl.gov", "failed", nil, "filtered", "filter") },
    },
    ["googlegroups-workspace-code-fence.eml"] = {
        source = GH .. "OpenHunting/openhunt/issues/39 (2015): a Google Workspace group refusal in a code fence, signed 'openhunt.co admins', for all@openhunt.co (the issue names it)" .. HDR,
        format = "gmail",
        recipients = { r("all@openhunt.co", "failed", nil, "filtered", "filter") },
    },
    ["googlegroups-list-reply-quoted.eml"] = {
        source = "git list 2017-11-23 Igor Djordjevic 'Re: Delivery Status Notification (Failure)' (code index file id 15288575950): a reply quoting a Google Groups refusal with '> ' for the git-for-windows group (git-for-windows@googlegroups.com); trace, DKIM and anti-spam header fields cut",
        format = "gmail",
        recipients = { r("git-for-windows@googlegroups.com", "failed", nil, "filtered", "filter") },
    },
    ["googlegroups-flattened-one-paragraph.eml"] = {
        source = GH .. "USCiLab/cereal/issues/305 (2016): a Google Groups refusal pasted with its header lines, its body run into one paragraph up to the returned message's trace lines (where the issue's text stops being legible); the group is cerealcpp@googlegroups.com (the issue names the documented address); a Content-Type line added",
        format = "gmail",
        recipients = { r("cerealcpp@googlegroups.com", "failed", nil, "filtered", "filter") },
    },
    ["thundermail-host-rejected-command-two-rcpts.eml"] = {
        source = GH .. "thunderbird/mailstrom/issues/162 (2025): Thundermail's 'Your message could not be delivered to the following recipients:' with two '<addr> (host ... rejected command 'DATA' with code 550 ...)' lines and DSN fields pasted as text, as far as the issue shows them (the second recipient's fields cut)" .. HDR,
        format = "generic",
        recipients = {
            r("xxxxx@domain.com", "failed", "5.5.0", "blocked", "reputation"),
            r("zzzzz@domain.com", "failed", nil, "blocked", "reputation"),
        },
    },
    ["firefox-relay-soft-bounce-notice.eml"] = {
        source = GH .. "mozilla/fx-private-relay/issues/1116 (2021): Firefox Relay's notice 'We are currently unable to send email to <addr>. We received a soft bounce ... We will try again on ...' (cause not given)" .. HDR .. " (the From address is a stand-in)",
        format = "generic",
        recipients = { r("myusername@hotmail.com", "delayed", nil, "undefined", "undefined") },
    },
    ["russian-robot-notice-addressee-inline.eml"] = {
        source = GH .. "podivilov/nginx-blackout/pull/1 (2019): a Russian notice 'Ваше письмо не может быть доставлено адресату <addr>.' naming the addressee inline, the causes behind a link" .. HDR,
        format = "generic",
        recipients = { r("mihail@podivilov.ru", "failed", nil, "undefined", "undefined") },
    },
    ["kopano-spooler-retried-and-failed-lists.eml"] = {
        source = "kopano-core spooler error mail (code index file id 10878740040, SendUndeliverable), filled in with example values: 'Recipients that will be retried:' and 'Recipients that failed permanently:' lists of tab-indented 'Name <addr>' lines, no diagnostic; a header added (Kopano stores the mail through MAPI)",
        format = "generic",
        recipients = {
            r("ingrid.bakker@partner.example.nl", "delayed", nil, "undefined", "undefined"),
            r("jan.smit@example.org", "failed", nil, "undefined", "undefined"),
        },
    },
    ["sendmail-user-unknown-isp-kb.eml"] = {
        source = "https://tickets.sitevision.com/KB/a32/email-sending-errors.aspx: the 'User Unknown' sendmail example of an ISP's help page (address as the page masks it)" .. HDR,
        format = "sendmail",
        recipients = { r("JDOE@MICHIANAWIRELESS.COM", "failed", "5.1.1", "userunknown", "address") },
    },
    ["o365-preview-two-addresses-comma-inline.eml"] = {
        source = "a sales tool's bounce-detector tests (code index file id 56094510203): an Office 365 NDR as an inbox preview, 'Couldn't deliver the message to the following recipients: <a>, <b>' on one line, From the original sender as the test gives it; a MIME header added",
        format = "exchange",
        recipients = {
            r("nic@mysa.wine", "failed", nil, "undefined", "undefined"),
            r("holly@mysa.wine", "failed", nil, "undefined", "undefined"),
        },
    },
    ["gmail-preview-address-not-found-one-line.eml"] = {
        source = "the same tests (code index file id 56094510203): Gmail's 'Address not found' as an inbox preview of one line, 'Your message wasn't delivered to <addr>'; a Content-Type line added",
        format = "gmail",
        recipients = { r("micah@rootcology.com", "failed", nil, "userunknown", "address") },
    },
    ["postfix-delay-warning-quoted-first-line.eml"] = {
        source = GH .. "mail-in-a-box/mailinabox/issues/1194 (2017): a Postfix delay warning pasted with its first line quoted ('> This is the mail system ...') and its DSN fields as text, as far as the issue shows them (the Diagnostic-Code line cut)" .. HDR,
        format = "postfix",
        recipients = { r("clerc@xxxxx.com", "delayed", "4.7.1", "blocked", "reputation") },
    },
    ["chinese-provider-quoted-cannot-send-to.eml"] = {
        source = GH .. "lisijie/webcron/issues/14 (2016): a Chinese provider's notice quoted with '> ' ('无法发送到<addr>', '系统应答：', '退信原因：连接收件方邮件系统失败')" .. HDR,
        format = "generic",
        recipients = { r("admin@example.com", "failed", nil, "networkerror", "system") },
    },
    ["forwarder-system-generated-could-not-be-delivered.eml"] = {
        source = GH .. "forwardemail/free-email-forwarding/issues/219 (2020): 'This is a system-generated message to inform you that your email could not be delivered to one or more recipients', a Postfix-style line quoting a Proofpoint block ('550 5.7.0 Blocked')" .. HDR,
        format = "generic",
        recipients = { r("test@example.com", "failed", "5.7.0", "blocked", "reputation") },
    },
    ["o365-ndr-flattened-table-wasnt-found.eml"] = {
        source = GH .. "bwya77/O365-Admin-Center/issues/12 (2018): an Office 365 NDR pasted as text, 'Your message to <addr> couldn't be delivered.' and '<local> wasn't found at <domain>.', its table cells run together with tabs; the advice cut after its bullet list" .. HDR,
        format = "exchange",
        recipients = { r("request@o365admin.center", "failed", nil, "userunknown", "address") },
    },
    ["o365-rejected-message-quoted-in-comment.eml"] = {
        source = GH .. "MicrosoftDocs/windowsserverdocs/issues/5308 (2021): the '> '-quoted lines of an Office 365 NDR ('<host> rejected the message you sent to the following email address:', 'addr (addr)') as the comment quotes them; the commenter's own lines cut" .. HDR,
        format = "exchange",
        recipients = { r("rdsdev@microsoft.com", "failed", nil, "userunknown", "address") },
    },
    ["postfix-fragment-markdown-mailto.eml"] = {
        source = GH .. "microsoft/Analysis-Services/issues/233 (2023): a Postfix fragment pasted with the address as a markdown mail link inside the angle brackets; the reporter's sentence cut" .. HDR,
        format = "postfix",
        recipients = { r("pbibestpractice@microsoft.com", "failed", "5.4.1", "userunknown", "address") },
    },
    ["chat-client-error-line-postfix-icloud.eml"] = {
        source = GH .. "chatmail/relay/issues/446 (2024): a chat client's message-info view, 'Error: Undelivered Mail Returned to Sender – This is the mail system at host ...' and the Postfix notice after it, as far as the issue shows it (the reply's link cut)" .. HDR,
        format = "postfix",
        recipients = { r("chat@casperzandbergen.nl", "failed", "5.7.1", "policyviolation", "content") },
    },
    ["gmail-two-notices-pasted-backtick-line.eml"] = {
        source = GH .. "minsk-hackerspace/hackerspace.by/issues/76 (2015): two Gmail notices pasted one after the other, the first's failed address line in backticks ('`<addr>: 550 5.1.1 ...`'), the second the old 'Delivery to the following recipient failed permanently:' text" .. HDR,
        format = "gmail",
        recipients = {
            r("root@hackerspace.by", "failed", "5.1.1", "userunknown", "address"),
            r("abuse@hackerspace.by", "failed", "5.1.1", "userunknown", "address"),
        },
    },
    ["notbounce-worm-isc-occured-errors-escaped.eml"] = {
        source = GH .. "Perl/perl5/issues/7625 (2004): a worm's fake failure notice ('Occured_Errors: ... does_not_like_recipient', 'MAILBOX NOT FOUND') behind a virus gateway's notice, markdown-escaped as the migrated issue shows it; it names no recipient" .. HDR,
        format = "notbounce",
        recipients = {},
    },
}
