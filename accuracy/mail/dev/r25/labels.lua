-- A group (r25) of 40 mails, 33 labelled recipients, taken for prose
-- notices of systems and senders the corpus has few of, notices whose
-- recipient stands only in a summary or the returned headers, list
-- managers' bounce notices, and mails that look like bounces but are
-- none: a provider's 'Bounce reason: ... Solution:' text naming two
-- addresses; Outlook's 'couldn't be delivered' with 'Original Message
-- Details' (plain and HTML only); Mimecast-style 'delivery failure
-- notification message' texts; notices logged in a Java bounce parser's
-- comments (i.ua's quarantine challenge naming the recipient only in its
-- Subject, a council's quarantine notice cut mid-sentence, cPanel
-- BoxTrapper's refusal sent from the recipient's own address under 'Re:',
-- MailMarshal's 'recipients were affected' and 'message was not
-- delivered' with the recipient in a 'To:' line, a 'Remote host said:'
-- line alone, an Indian mail service's 'failure delivery[550 Receipient
-- Not Found]' with 'In Response of [RCPT TO: <addr>]', MessageLabs'
-- qmail-like agent); a qmail and an InterMail notice run into one line,
-- addresses masked with black circles, from a Japanese FAQ; an Exchange
-- notice naming no one; an Exim notice whose placeholders a help article
-- left, filled in; and filled templates: Franz Inc.'s maild (a five-day
-- failure with '... expanded from', a transcript, two recipients with
-- their status lines apart, a 'Postmaster notify' double bounce), a
-- peer-to-peer mail store's 'Mail Delivery Failure' naming no recipient,
-- GNU Mailman's 'Uncaught bounce notification' enclosing a bounce,
-- Mailman 3-style owner notices (subscription disabled, member removed,
-- bounce score incremented, an unrecognized bounce enclosed, a post
-- rejected), Sympa's automatic bounce management notices (English,
-- French); and mails that are no bounce: a person's note that their reply
-- could not be delivered, a list manager's probe, membership warning,
-- refused request, held post, goodbye and no-more-replies notices,
-- Sympa's German and Czech 'could not forward an encrypted message to
-- you' notices, and a list autoresponse (autoreply).  Three mails first
-- taken (a Postfix notice in a list manager's tracker, two examples of a
-- Japanese shop system's help page) were left out before any reader ran:
-- the mail hold-out quotes their pages (matched by address, counts only).
-- Where a source shows only the text, the notice is given with a MIME
-- header alone ("MIME") or with a minimal header in the usual form of the
-- system named ("HDR"); addresses and dates in such headers are
-- stand-ins.  Filled templates carry example values of ours (example.*
-- domains, Alice the sender).  Personal addresses were replaced with
-- userN@<same domain>; role addresses, test addresses, masks and
-- placeholders were kept as shown.  Labels were written from each mail's
-- own text and its source, before any reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local HDR = "; a header in the usual form of the system added (the source shows the text alone)"
local MIMEH = "; a MIME header alone added (the source shows the text alone)"
local ERIS = "eris.parser.providers "
local TEST = "a sales tool's bounce-processor test (" .. CI .. "61252211190), "
local MAILD = "Franz Inc.'s maild bounce.cl, bounce-inner (" .. CI .. "22235908551), filled in with example values of ours: "
local LM = "a list manager's notice catalog ported from GNU Mailman 3's English templates (" .. CI .. "70104378701), "
local SYMPA = "github.com/sympa-community/sympa src/etc/templates/"
return {
    ["bounce-reason-solution-two-addresses-no-header.eml"] = {
        source = "github.com/jsdelivr/jsdelivr/issues/18728 (54ayao, 2026-07-31): a provider's notice pasted as text, 'Unable to send to <addr>' / 'Bounce reason: The recipient's email address (<addr>) does not exist' / the remote reply / 'Solution: ...', two role addresses" .. MIMEH,
        format = "generic",
        recipients = {
            r("abuse@jsdelivr.com", "failed", nil, "userunknown", "address"),
            r("legal@jsdelivr.com", "failed", nil, "userunknown", "address"),
        },
    },
    ["notbounce-person-says-reply-could-not-be-delivered-dkim.eml"] = {
        source = "github.com/alerque/libertinus/issues/558 (manfredlotz, 2024-10-05): a person of a package archive's team writes that their reply could not be delivered and quotes the 451 DKIM reply; a mail, not a bounce; a header of ours (the issue shows the text alone), the addresses stand-ins",
        format = "notbounce",
        recipients = {},
    },
    ["outlook-couldnt-be-delivered-original-message-details.eml"] = {
        source = TEST .. "OUTLOOK_NDR_BODY: 'Your message to <addr> couldn't be delivered.' and 'Original Message Details' with 'Recipient Address:' on its own line; the sender address is the test's tenant address, the subject the original's; personal addresses replaced" .. HDR,
        format = "exchange",
        recipients = { r("user1@clarkstoncapital.com", "failed", nil, "undefined", "undefined") },
    },
    ["postmaster-delivery-failure-notification-problem-appears-to-be.eml"] = {
        source = TEST .. "NEP_POSTMASTER_BODY: 'This is a delivery failure notification message indicating that / an email you addressed to email address : / -- <addr>', 'Recipient email address is possibly incorrect', '5.4.1 Recipient address rejected: Access denied.'; From postmaster@ and Subject 'Email Delivery Failure' as the test names them; the address replaced",
        format = "generic",
        recipients = { r("user1@nep.com", "failed", nil, "userunknown", "address") },
    },
    ["outlook-couldnt-be-delivered-html-only-no-header.eml"] = {
        source = TEST .. "HTML_OUTLOOK_BODY: the Outlook notice as HTML alone, the address inside an <a> element and after 'Recipient Address:'; the address replaced" .. MIMEH,
        format = "exchange",
        recipients = { r("user1@brookhavenpartners.com", "failed", nil, "undefined", "undefined") },
    },
    ["mimecast-delivery-failure-notification-fragment.eml"] = {
        source = ERIS .. "MimecastParser comments (" .. CI .. "7265469017): a Mimecast notice's lines as logged, the address after '-- ' under 'an email you addressed to email address :', '-- 550 5.1.1 User unknown' (the lines between left out by the log); the address replaced" .. MIMEH,
        format = "mimecast",
        recipients = { r("user1@eqstra.co.za", "failed", nil, "userunknown", "address") },
    },
    ["iua-quarantine-reply-to-release-subject-names-recipient.eml"] = {
        source = ERIS .. "QuarantineParser comments (" .. CI .. "7231460741): i.ua's quarantine notice of 2013, From quarantine@i.ua, the recipient named in the Subject and the release link only; the message held until the sender replies (a challenge); the Russian part the log left out ('(...)'), the English part kept; the address replaced",
        format = "autoreply",
        recipients = { { recipient = "user1@ua.fm", reason = "vacation", family = "delivered" } },
    },
    ["council-quarantined-notice-qp-cut-mid-sentence.eml"] = {
        source = ERIS .. "RedbridgeParser comments (" .. CI .. "7188573305): a council's notice of 2013 under the original's own Subject, quoted-printable, 'Your e-mail from ... sent to <addr> has been quarantined by the London Bor' (the log ends there); the part's closing line added; the address replaced",
        format = "generic",
        recipients = { r("user1@redbridge.gov.uk", "failed", nil, "filtered", "filter") },
    },
    ["cpanel-boxtrapper-user-does-not-accept-mail-from-your-address.eml"] = {
        source = ERIS .. "BoxTrapperParser comments (" .. CI .. "7589043353): cPanel BoxTrapper's refusal of 2013, sent from the recipient's own address under 'Re: <original subject>' with Precedence auto_reply, 'The user <addr> does not accept mail from your address.'; the address replaced",
        format = "boxtrapper",
        recipients = { r("user1@nathiafricaps.co.za", "failed", nil, "filtered", "filter") },
    },
    ["mailmarshal-following-recipients-were-affected.eml"] = {
        source = ERIS .. "MailMarshalParser comments (" .. CI .. "6827783509): a MailMarshal notice's 'The following recipients were affected:' and the indented address, with the Received line the parser keys on; no reason given; the address replaced" .. MIMEH,
        format = "mailmarshal",
        recipients = { r("user1@edcon.co.za", "failed", nil, "undefined", "undefined") },
    },
    ["mailmarshal-message-not-delivered-recipient-in-to-line.eml"] = {
        source = ERIS .. "MailMarshalParser comments (" .. CI .. "6827783509): the other MailMarshal form, 'The following message was not delivered:' with the original's From/To/Subject, the recipient named only in its 'To:' line; no reason given; the address replaced" .. MIMEH,
        format = "mailmarshal",
        recipients = { r("user1@lanxess.com", "failed", nil, "undefined", "undefined") },
    },
    ["yahoo-forward-remote-host-said-spf-recipient-rejected-fragment.eml"] = {
        source = ERIS .. "XYahooForwarderParser comments (" .. CI .. "7095415789): the 'Remote host said:' line of a Yahoo forwarding failure, '550 5.7.1 <addr>: Recipient address rejected: Please see http://www.openspf.org/Why?...' (an SPF failure), alone; the address replaced" .. MIMEH,
        format = "yahoo",
        recipients = { r("user1@adv.oabsp.org.br", "failed", nil, "authfailure", "auth") },
    },
    ["xgen-failure-delivery-receipient-not-found-in-response-of.eml"] = {
        source = ERIS .. "XGenParser comments (" .. CI .. "6730562158): an Indian mail service's notice of 2013, From postmaster@<domain>, Subject 'failure delivery[550 Receipient Not Found]', 'Message Undelivered due to following problem', 'In Response of [RCPT TO: <addr>]', the original's headers after 'Original Message Here ....'; the original's DKIM-Signature left out; the address replaced",
        format = "xgen",
        recipients = { r("user1@hal-india.com", "failed", nil, "userunknown", "address") },
    },
    ["messagelabs-mail-delivery-agent-does-not-like-recipient.eml"] = {
        source = ERIS .. "MessageLabsParser comments (" .. CI .. "7314046072): 'This is the mail delivery agent at messagelabs.com.', '<addr>:', 'does not like recipient.', 'Remote host said: 550 Mailbox unavailable or access denied'; the address replaced",
        format = "messagelabs",
        recipients = { r("user1@barclays.com", "failed", nil, "userunknown", "address") },
    },
    ["qmail-over-quota-address-masked-black-circles-one-line.eml"] = {
        source = "http://faq.busblog.jp/faq/show/410 (a blog host's FAQ): a qmail notice in one table cell, run into one line, host and address masked with black circles '<●●@●●.●●.●●>: user is over quota'; Subject 'failure notice' as the page gives it" .. HDR,
        format = "qmail",
        recipients = { r("●●@●●.●●.●●", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["intermail-temporarily-over-quota-address-masked-one-line.eml"] = {
        source = "http://faq.busblog.jp/faq/show/410: an InterMail 'Mail System Error - Returned Mail' notice from 'Mail Administrator' as the page gives it, run into one line, 'The user(s) account is temporarily over quota. <●●@●●.●●.●●>', the postmaster's address masked the same way" .. HDR,
        format = "intermail",
        recipients = { r("●●@●●.●●.●●", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["exchange-did-not-reach-some-or-all-no-recipient-listed.eml"] = {
        source = "https://www.calzadamedia.com/knowledgebase/kb11/message-undeliverable/ (a host's knowledge base): 'Your message did not reach some or all of the intended recipients.' with 'The following recipient(s) could not be reached:' and no recipient under it" .. MIMEH,
        format = "exchange",
        recipients = {},
    },
    ["exim-activation-mail-recipient-not-found-placeholders-filled.eml"] = {
        source = "https://typethink.freshdesk.com/support/solutions/articles/3000063194 (a web host's help article): an Exim failure with bracketed placeholders ('[An Email address which is unknown]', '[A SMTP Server]', '[<An IP Address>]'), filled in with example values of ours, '550 5.1.1 <addr> Recipient not found.  <>'",
        format = "exim",
        recipients = { r("unknown.person@example.org", "failed", nil, "userunknown", "address") },
    },
    ["fastn-mail-delivery-failure-email-id-no-recipient.eml"] = {
        source = "a peer-to-peer mail store's create_bounce_message (" .. CI .. "9032294471), filled in: From mailer-daemon@system.local, To 'Original Sender', 'Your email could not be delivered to the recipient.', 'Original Email ID:', 'Failure Reason:' (a reason of ours); the recipient not named",
        format = "generic",
        recipients = {},
    },
    ["maild-could-not-deliver-for-days-expanded-from-alias.eml"] = {
        source = MAILD .. "'----- Could not deliver message for 5 days -----', the address and '  ... expanded from <alias>' under 'The following addresses had permanent fatal errors', a status line under the transcript heading, the original after '----- Original message follows -----'",
        format = "maild",
        recipients = { r("bob@example.org", "failed", nil, "expired", "system") },
    },
    ["maild-permanent-fatal-errors-transcript-user-unknown.eml"] = {
        source = MAILD .. "Subject 'Returned mail', the address alone under 'The following addresses had permanent fatal errors', '550 5.1.1 <addr>... User unknown' under the transcript heading",
        format = "maild",
        recipients = { r("carol@example.net", "failed", nil, "userunknown", "address") },
    },
    ["maild-postmaster-notify-null-sender-mailbox-full.eml"] = {
        source = MAILD .. "the double bounce: a message from the null sender returned to postmaster under Subject 'Postmaster notify', '552 5.2.2 <addr>... Mailbox full'",
        format = "maild",
        recipients = { r("dave@example.net", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["mailman-uncaught-bounce-notification-encloses-returned-mail.eml"] = {
        source = "GNU Mailman 2.1 BounceRunner maybe_forward (" .. CI .. "2569592026), filled in: the list owner's 'Uncaught bounce notification' with the unrecognized bounce enclosed as message/rfc822; the enclosed bounce is maild's form as in this group, with example values of ours",
        format = "mailman",
        recipients = { r("erin@example.org", "failed", nil, "userunknown", "address") },
    },
    ["list-manager-owner-notice-subscription-disabled-bounce-score.eml"] = {
        source = LM .. "'list:admin:notice:disable' filled in: '<member>'s subscription has been disabled on <list> due to their bounce score exceeding the mailing list's bounce_score_threshold.'; a header of ours (the catalog has bodies alone)",
        format = "mailman",
        recipients = { r("frank@example.org", "failed", nil, "undefined", "undefined") },
    },
    ["list-manager-owner-notice-member-removed-excessive-bounces.eml"] = {
        source = LM .. "'list:admin:notice:removal' filled in: '<member> has been removed from <list> due to excessive bounces.'; a header of ours",
        format = "mailman",
        recipients = { r("grace@example.org", "failed", nil, "undefined", "undefined") },
    },
    ["list-manager-owner-notice-bounce-score-incremented.eml"] = {
        source = LM .. "'list:admin:notice:increment' filled in: '<member>'s bounce score on <list> has been incremented to 3.0.'; a header of ours",
        format = "mailman",
        recipients = { r("heidi@example.org", "failed", nil, "undefined", "undefined") },
    },
    ["list-manager-post-rejected-not-a-member.eml"] = {
        source = LM .. "'list:user:notice:rejected' filled in: 'Your message to the <list> mailing-list was rejected for the following reasons:' and a reason of ours ('The message is not from a list member'); the list address is the recipient that refused; a header of ours",
        format = "mailman",
        recipients = { r("mylist@lists.example.com", "failed", nil, "undefined", "undefined") },
    },
    ["list-manager-unrecognized-bounce-notice-encloses-returned-mail.eml"] = {
        source = LM .. "'list:admin:notice:unrecognized' filled in, the unrecognized bounce enclosed as message/rfc822 (maild's form as in this group, example values of ours); a header of ours",
        format = "mailman",
        recipients = { r("oscar@example.net", "failed", nil, "userunknown", "address") },
    },
    ["notbounce-list-manager-probe-to-member.eml"] = {
        source = LM .. "'list:user:notice:probe' filled in: a probe to a member, 'The <list> mailing list has received a number of bounces from you'; sent to the member, no bounce; a header of ours",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-list-manager-membership-disabled-warning-to-member.eml"] = {
        source = LM .. "'list:user:notice:warning' filled in: 'Your membership in the mailing list <list> has been disabled due to excessive bounces.' sent to the member; no bounce; a header of ours",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-list-manager-request-refused-by-moderator.eml"] = {
        source = LM .. "'list:user:notice:refuse' filled in: a subscription request 'has been rejected by the list moderator' with a reason of ours; no delivery failed; a header of ours",
        format = "notbounce",
        recipients = {},
    },
    ["list-manager-autoresponse-message-received-nobody-read-yet.eml"] = {
        source = LM .. "'list:user:notice:autoresponse' filled in: 'This is an automatic reply from the <list> mailing list ... Your message has been received. Nobody has read it yet'; an automatic reply of the list address; a header of ours",
        format = "autoreply",
        recipients = { { recipient = "mylist@lists.example.com", reason = "vacation", family = "delivered" } },
    },
    ["notbounce-list-manager-no-more-automated-responses-today.eml"] = {
        source = LM .. "'list:user:notice:no-more-today' filled in: 'we will not be sending you any further responses today'; no bounce; a header of ours",
        format = "notbounce",
        recipients = {},
    },
    ["sympa-owner-automatic-bounce-management-subscribers-removed.eml"] = {
        source = SYMPA .. "us/listowner_notification.us.tpl, automatic_bounce_management, remove_bouncers, filled in: 'Because we received MANY non-delivery reports, the subsribers listed bellow have been removed from list <list> :' and two addresses of ours",
        format = "sympa",
        recipients = {
            r("peggy@example.net", "failed", nil, "undefined", "undefined"),
            r("trent@example.com", "failed", nil, "undefined", "undefined"),
        },
    },
    ["sympa-listmaster-gestion-automatique-abonnes-en-erreur.eml"] = {
        source = SYMPA .. "fr/listmaster_notification.fr.tpl, automatic_bounce_management, notify_bouncers, filled in: 'Notre serveur ayant reçu de NOMBREUX rapports de non-remise, les <n> abonnés listés ci-dessous ont été informés ...' and two addresses of ours; sent as UTF-8",
        format = "sympa",
        recipients = {
            r("victor@example.fr", "failed", nil, "undefined", "undefined"),
            r("walter@example.fr", "failed", nil, "undefined", "undefined"),
        },
    },
    ["notbounce-sympa-verschluesselte-nachricht-nicht-weitergeleitet.eml"] = {
        source = SYMPA .. "us/x509-user-cert-missing.us.tpl, the German branch, filled in: an encrypted list message could not be forwarded to the member ('Es war nicht möglich die Nachricht an Sie weiterzuleiten'), sent to that member, ISO-8859-1; no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-sympa-sifrovana-zprava-nebylo-mozne-poslat.eml"] = {
        source = SYMPA .. "us/x509-user-cert-missing.us.tpl, the Czech branch, filled in: 'Nebylo ale možné ji poslat Vám', sent to the member, ISO-8859-2; no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["maild-two-recipients-two-status-lines-no-addresses-beside.eml"] = {
        source = MAILD .. "two failed recipients of one owner in one notice: both addresses under 'The following addresses had permanent fatal errors', then one status line each under the transcript heading, the second naming no address ('554 5.7.1 Message rejected as spam by content filter')",
        format = "maild",
        recipients = {
            r("mike@example.net", "failed", nil, "userunknown", "address"),
            r("nina@example.org", "failed", nil, "spamdetected", "content"),
        },
    },
    ["notbounce-list-manager-post-held-for-moderator.eml"] = {
        source = LM .. "'list:user:notice:hold' filled in: a post 'Is being held until the list moderator can review it for approval.' with a reason of ours; no bounce; a header of ours",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-list-manager-goodbye-unsubscribed.eml"] = {
        source = LM .. "'list:user:notice:goodbye' filled in: 'You have been unsubscribed from the \"Mylist\" mailing list'; no bounce; a header of ours",
        format = "notbounce",
        recipients = {},
    },
}
