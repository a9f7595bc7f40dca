-- A group (r23) of 30 mails, 30 labelled recipients, taken for the prose
-- notices of mail systems and services the other groups have few of, and
-- for old forms as help pages and programs keep them: Lotus SMTP's
-- 'Failure Reasons' notice, Yahoo's 'here in samColo' over-quota text, an
-- MMS SMTP relay's return, a sendmail notice with two procmail-unknown
-- recipients (a list manager's bounce module quoting them in its comments);
-- an IMail 'Delivery failed 2 attempts:' notice for AOL, AOL's own 'not
-- accepting mail from' notice naming a screen name only and its 'The mail
-- you sent could not be delivered to: 552 <addr> has a full mailbox', a
-- Windows text delay DSN with a masked recipient, sendmail notices of
-- 1991, 1997 and 2004 (a transcript alone, a masked local part, a warning,
-- Juno and Hotmail quota texts), a Postfix maildrop over-quota line without
-- the 'The mail system' banner, a qmail notice whose address a help page
-- lost to its HTML, an Exim delay warning pasted in a code fence, a bare
-- Postfix fragment; filled templates of a list manager's DSNs (Sympa:
-- unknown list twice, too large, virus, delivered) and of a mail
-- retriever's bounces (fetchmail: too large, two MDA rejections, a general
-- error, a spam refusal, a MAIL FROM refusal); a list reply quoting a
-- listmaster's bounce report and a parcel-delivery spam (notbounce).
-- Where a source shows only the text, a minimal header in the usual form of
-- the system named was added (said per mail: "HDR"); addresses and dates in
-- such a header are stand-ins.  Addresses a source masks or gives as
-- examples were kept as shown.  Filled templates carry example values of
-- ours ("FILL").  Labels were written from each mail's own text and its
-- source, before any reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
local CI = "code index file id "
local HDR = "; a header added (the source shows the text alone)"
local ECARTIS = "the Ecartis list manager's bounce module, src/modules/bouncer/custom.c comments (" .. CI .. "1105660880): "
local SYMPA = GH .. "sympa-community/sympa default/mail_tt2/delivery_status_notification.tt2 (" .. CI .. "12760519007), filled in (FILL: list host lists.example.org, the poster, dates, the diagnostic text and the returned headers are ours): "
local FETCH = "fetchmail sink.c send_bouncemail() and handle_smtp_report() / open_smtp_sink() (" .. CI .. "65588055), filled in (FILL: host, addresses, the SMTP replies and dates are ours): "
local CHILI = "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html (an ISP's help page, 2005-2008): "
return {
    ["lotus-smtp-failure-reasons-name-address-book.eml"] = {
        source = ECARTIS .. "the Lotus notice it parses ('------- Failure Reasons  --------', 'User  not listed in public Name & Address Book', the address on the next line, '------- Returned Message --------')" .. HDR .. " (Postmaster sender and 'Undeliverable Message' subject are stand-ins)",
        format = "notes",
        recipients = { r("email@example.com", "failed", nil, "userunknown", "address") },
    },
    ["yahoo-samcolo-overquota-original-follows.eml"] = {
        source = ECARTIS .. "the yahoo.com notice it parses ('Message from  yahoo.com.', 'Unable to deliver message to the following address(es).', '<email@yahoo.com>:', 'here in samColo', 'Sorry, your message to email@yahoo.com cannot be delivered.  This account is overquota.' twice, '--- Original message follows.')" .. HDR,
        format = "yahoo",
        recipients = { r("email@yahoo.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["mms-smtp-relay-returning-invalid-recipient.eml"] = {
        source = ECARTIS .. "the 'MMS SMTP Relay' notice it parses ('The MMS SMTP Relay is returning your message because:', 'Unable to deliver to receipient on remote mail host:', '<foo@bar.com> - 550 invalid recipient')" .. HDR,
        format = "generic",
        recipients = { r("foo@bar.com", "failed", nil, "userunknown", "address") },
    },
    ["sendmail-two-addresses-procmail-unknown-user.eml"] = {
        source = ECARTIS .. "the sendmail notice it parses (two addresses under 'The following addresses had permanent fatal errors', 'procmail: Unknown user \"email1\"', '550 <email1@example.com>... User unknown' for each)" .. HDR,
        format = "sendmail",
        recipients = {
            r("email1@example.com", "failed", nil, "userunknown", "address"),
            r("email2@example.com", "failed", nil, "userunknown", "address"),
        },
    },
    ["imail-delivery-failed-attempts-aol-dynamic-block.eml"] = {
        source = "http://www.webpan.com/Customers/bounces.htm (a web host's support page, 2006): the notice it shows for mail to AOL from a blocked host ('Delivery failed 2 attempts: janedoey@aol.com', 'Body of message generated response:', '421-: (DYN:T1)', AOL's error page link, '421 SERVICE NOT AVAILABLE'), the form of IMail's 'Undeliverable Mail' notice" .. HDR,
        format = "imail",
        recipients = { r("janedoey@aol.com", "failed", nil, "blocked", "reputation") },
    },
    ["aol-not-accepting-mail-from-sender-screen-name.eml"] = {
        source = "http://blog.jangomail.com/2009/02/bug-fix-for-inadvertent-aol-bounces.html (a mailing service's blog, 2009): AOL's notice as the post gives it (From MAILER-DAEMON@aol.com, Subject 'Mail Delivery Problem', 'Your mail to the following recipients could not be delivered because they are not accepting mail from SENDER@jangomail.com jquest14', run together as shown); the recipient is named by AOL screen name only, the only full address is the sender's; To and date stand-ins",
        format = "aol",
        recipients = { r("jquest14", "failed", nil, "filtered", "filter") },
    },
    ["sendmail-juno-mail-quota-exceeded-transcript.eml"] = {
        source = CHILI .. "its sendmail example ('<JDOE@JUNO.COM>' under 'The following addresses had permanent fatal errors', '<<< 552 <JDOE@JUNO.COM>... Mail quota exceeded', '554 <JDOE@JUNO.COM>... Service unavailable'); the page's line breaks inside the dashed lines taken back" .. HDR,
        format = "sendmail",
        recipients = { r("JDOE@JUNO.COM", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["aol-mail-you-sent-could-not-be-delivered-full-mailbox.eml"] = {
        source = CHILI .. "the America Online form it shows ('The mail you sent could not be delivered to:', '552 jdoe@aol.com has a full mailbox')" .. HDR,
        format = "aol",
        recipients = { r("jdoe@aol.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["sendmail-hotmail-exceeded-storage-fragment.eml"] = {
        source = CHILI .. "the HotMail reply as a sendmail transcript fragment ('<<< 552 Requested mail action aborted: exceeded storage allocation', '554 5.0.0 <JDOE@HOTMAIL.COM>... Service unavailable')" .. HDR,
        format = "sendmail",
        recipients = { r("JDOE@HOTMAIL.COM", "failed", "5.0.0", "mailboxfull", "mailbox") },
    },
    ["sendmail-1997-westelcom-masked-local-user-unknown.eml"] = {
        source = "http://help.westelcom.com/articles/e-mail_bounce.htm (an ISP's help page): the 1997 sendmail notice it shows with its header (Return-Path, Date, From, To, Subject, Auto-Submitted as given), the local part masked as 'xxxxxxx', '>>> RCPT To:<xxxxxxx>', '550 <xxxxxxx@westelcom.com>... User' broken before 'unknown', the report fields run on as text up to the page's Arrival-Date (its time completed from the Date header); MIME-Version and Content-Type added",
        format = "sendmail",
        recipients = { r("xxxxxxx@westelcom.com", "failed", nil, "userunknown", "address") },
    },
    ["postfix-maildrop-maildir-over-quota-command-output.eml"] = {
        source = "http://blogs.iphouse.net/2010/01/19/undeliverable-mail/ (an ISP's blog, 2010): the first test bounce it shows, the Postfix notice of smtpin-2.iphouse.net without its postmaster paragraphs and 'The mail system' line, '<blogtest@iphouse.com>: permission denied. Command output: maildrop: maildir over quota.'" .. HDR .. " (Postfix's sender and subject; To and date stand-ins)",
        format = "postfix",
        recipients = { r("blogtest@iphouse.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["sendmail-1991-transcript-only-user-unknown-cc-postmaster.eml"] = {
        source = "http://softlab.ntua.gr/facilities/documentation/internet/zen-1.0/zen-1.0_14.html (Zen and the Art of the Internet, 1991): the returned-mail example with its header (From MAILER-DAEMON, Cc Postmaster@cs.widener.edu, 'Returned mail: User unknown'), the transcript alone ('>>> RCPT To:<lsimpson@cs.widener.edu>', '<<< 550 <lsimpson@cs.widener.edu>... User unknown', '550 lsimpson... User unknown') and the unsent message's header; the page's line breaks taken back",
        format = "sendmail",
        recipients = { r("lsimpson@cs.widener.edu", "failed", nil, "userunknown", "address") },
    },
    ["sendmail-warning-transient-deferred-connection-refused.eml"] = {
        source = "https://informit.com/articles/article.aspx?p=170904&seqNum=3 (an article on mail errors, 2004): its first example, a sendmail warning ('THIS IS A WARNING MESSAGE ONLY', '<user@example.net>' under 'transient non-fatal errors', '<user@example.net>... Deferred: Connection refused by mail.example.com.', 'Warning: message still undelivered after 14 hours'), the page's line breaks taken back in sendmail's layout" .. HDR,
        format = "sendmail",
        recipients = { r("user@example.net", "delayed", nil, "networkerror", "system") },
    },
    ["sendmail-permanent-fatal-user-unknown-example.eml"] = {
        source = "https://informit.com/articles/article.aspx?p=170904&seqNum=3 (an article on mail errors, 2004): its second example, a sendmail failure ('<user@example.com>' under 'permanent fatal errors', '<<< 550 <user@example.com>... user unknown'), the page's line breaks taken back" .. HDR,
        format = "sendmail",
        recipients = { r("user@example.com", "failed", nil, "userunknown", "address") },
    },
    ["qmail-help-page-address-lost-in-html.eml"] = {
        source = "http://comp-u-talk.com/newsletters/2006-march.htm (a computer shop's newsletter, 2006): the qmail notice it quotes, whose '<address>:' line the page lost as an HTML tag (a bare ':' left), '10.10.10.10. does not like recipient.', 'Remote host said: 550 MAILBOX NOT FOUND', 'Giving up on 10.10.10.10.'" .. HDR .. "; no recipient labelled: the text names none",
        format = "qmail",
        recipients = {},
    },
    ["postfix-fragment-recipient-not-allowed-no-preamble.eml"] = {
        source = GH .. "softwerkskammer/Agora/issues/1420 (2020, in German): the Postfix lines the poster pasted ('<magdeburg@softwerkskammer.org>: host hyrrokkin.uberspace.de[185.26.156.210] said: 550 magdeburg@softwerkskammer.org That recipient is not allowed (in reply to RCPT TO command)'); the poster's German sentence and the quoted reply not taken" .. HDR .. " (Postfix's sender and subject; To and date stand-ins); the thread says the group addresses no longer exist",
        format = "postfix",
        recipients = { r("magdeburg@softwerkskammer.org", "failed", nil, "userunknown", "address") },
    },
    ["sympa-dsn-not-a-known-mailing-list.eml"] = {
        source = SYMPA .. "the 5.1.1 branch ('The following address is not a known mailing list:', the address indented, the WHICH hint), the returned headers as text/rfc822-headers",
        format = "rfc3464",
        recipients = { r("nosuchlist@lists.example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["sympa-dsn-list-does-not-exist-5-1-2.eml"] = {
        source = SYMPA .. "the 5.1.2 branch ('Impossible to distribute your message for list '<addr>' for the following reason:', 'List '<addr>' does not exist.')",
        format = "rfc3464",
        recipients = { r("oldlist@lists.example.org", "failed", "5.1.2", "userunknown", "address") },
    },
    ["sympa-dsn-message-too-large-for-list.eml"] = {
        source = SYMPA .. "the 5.2.3 branch ('Your message could not be sent because its size (10240 kB) was over the maximum size (5120 kB) allowed on this list.')",
        format = "rfc3464",
        recipients = { r("bigfiles@lists.example.org", "failed", "5.2.3", "emailtoolarge", "content") },
    },
    ["sympa-dsn-virus-alert-stopped-delivery.eml"] = {
        source = SYMPA .. "the 5.7.0 branch ('V I R U S    A L E R T', 'Our viruschecker found a virus named ... in a message addressed to <addr> and that seems to be yours', 'We stopped delivery of this email.')",
        format = "rfc3464",
        recipients = { r("team@lists.example.org", "failed", "5.7.0", "virusdetected", "content") },
    },
    ["sympa-dsn-successfully-delivered.eml"] = {
        source = SYMPA .. "the 'delivered' branch ('Message was successfully delivered to following address:', Action: delivered), the message attached as message/rfc822",
        format = "rfc3464",
        recipients = { r("announce@lists.example.org", "delivered", "2.0.0", "delivered", "delivered") },
    },
    ["fetchmail-bounce-too-large-smtp-error-552.eml"] = {
        source = FETCH .. "the 552 branch ('Reason: This message was too large (SMTP error 552).', the address and '   SMTP error: 552 5.3.4 ...' under 'The following address(es) failed:'), its RFC 1894 part and the headers part",
        format = "rfc3464",
        recipients = { r("jdoe@example.org", "failed", "5.3.4", "emailtoolarge", "content") },
    },
    ["fetchmail-bounce-addresses-rejected-by-mda-two.eml"] = {
        source = FETCH .. "the bad-address branch ('Reason: Some addresses were rejected by the MDA fetchmail forwards to.'), two recipients each with its own 550 5.1.1 reply",
        format = "rfc3464",
        recipients = {
            r("alice@example.org", "failed", "5.1.1", "userunknown", "address"),
            r("bob@example.org", "failed", "5.1.1", "userunknown", "address"),
        },
    },
    ["fetchmail-bounce-general-smtp-error-relay-denied.eml"] = {
        source = FETCH .. "the default 5xx branch ('Reason: General SMTP/ESMTP error.', '554 5.7.1 <carol@example.net>: Relay access denied')",
        format = "rfc3464",
        recipients = { r("carol@example.net", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["fetchmail-bounce-spam-filter-rejected-because.eml"] = {
        source = FETCH .. "the antispam branch with spambounce ('Reason: spam filter or virus scanner rejected message because:' and the reply on the next line, '550 5.7.1 Message rejected as spam by Content Filtering.')",
        format = "rfc3464",
        recipients = { r("dave@example.org", "failed", "5.7.1", "spamdetected", "content") },
    },
    ["fetchmail-bounce-invalid-mail-from-553.eml"] = {
        source = FETCH .. "the 553 branch built with __DONT_FEED_THE_SPAMMERS__ ('Reason: Invalid address in MAIL FROM (SMTP error 553).', '553 5.1.8 <sender@example.com>... Domain of sender address example.com does not exist')",
        format = "rfc3464",
        recipients = { r("erin@example.org", "failed", "5.1.8", "rejected", "relay") },
    },
    ["notbounce-list-reply-quoting-listmaster-bounce-notice.eml"] = {
        source = "https://mid.mail-archive.com/debian-user@lists.debian.org/msg683187.html (debian-user, 2015-03-19): a member's reply explaining a bounce, quoting the Debian listmaster's 'lists.debian.org has received bounces from you' notice with the archive's address masks ('listmas...@', 'mudonglianga...@hotmail.com'); the archive gives the text alone, so From, Message-ID, In-Reply-To and the date are stand-ins; UTF-8 8bit (ENC)",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-spam-courier-could-not-deliver-parcel.eml"] = {
        source = GH .. "ThomasGrund/nwcommands/issues/60 (2017): a parcel-delivery spam mailed into the tracker ('Courier was not able to deliver your parcel (ID08884462, UPS)', 'the courier was unable to deliver parcel to you'); its From and subject as the issue title gives them, To and date stand-ins",
        format = "notbounce",
        recipients = {},
    },
}
