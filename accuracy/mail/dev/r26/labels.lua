-- A group (r26) of 21 mails, 20 labelled recipients, taken for notices
-- of mail systems and layouts the other groups lack or have few of:
-- bounce generators of less common MTAs and mail stores filled in with
-- example values (DBMail's 2001 'DBMAIL-SMTP program' notice, slimta's
-- report whose delivery-status part has no Final-Recipient and names its
-- recipients as '- addr' lines, Citadel's 'will continue attempting
-- delivery' warning and its 2003 'Giving up on the following addresses'
-- notice, an I2P mail server's one-line 'your message failed to be
-- delivered: <reply>' with the original as an octet stream); notices as
-- pages and issues keep them (OpenSMTPD's indented delay notice with
-- report fields pasted after it, Axway EMF's delay text, a Yahoo qmail
-- notice on an Italian help page whose recipient line the page lost,
-- Gmail notices from a petition site's issues: two pasted together and
-- the second cut, one starting with the address, one whose reply runs
-- into the issue template); Exchange 4.0-5.5 reports as Knowledge Base
-- articles show them (a display name only, a quoted alias, a German
-- report with an English reason, an X.400 address with an X.500 'dda'
-- part flattened into one paragraph, an MS Mail connector's 'Delivery
-- Failed to MS:...' report, a report without its opening sentence whose
-- recipient is its own addressee), an IIS SMTP DSN naming the address
-- alone, an Exchange 2003-style report whose recipient a help page lost;
-- and mails that are no bounce: an Exchange delivery report (delivered)
-- and a list reply whose subject names a returned mail.  Seven mails
-- first taken (Gromox's Chinese and English notices, a Momentum Sieve
-- DSN, OpenSMTPD's 2013 notice, two test mails of a registry's whois
-- server, a Postfix notice in a list manager's issue) were left out
-- before any reader ran: the hold-out names their pages.
-- Where a source shows only the text, a header in the usual form of the
-- system named is added ("HDR"); filled templates carry example values
-- of ours (example.* domains, Alice the sender).  Personal addresses were
-- replaced with userN@<same domain>; role, test and placeholder addresses
-- were kept.  Labels were written from each mail's own text and its
-- source, before any reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local HDR = "; a header in the usual form of the system added (the source shows the text alone)"
local KB = "Microsoft KB "
local KBA = " (jeffpar/kbarchive copy, " .. CI
local STI = "github.com/netneutrality/savetheinternet.in/issues/"
return {
    ["dbmail-mailbox-of-user-is-full-header-follows.eml"] = {
        source = "DBMail's bounce.c of 2000-2001 (IC&S), BOUNCE_STORAGE_LIMIT_REACHED (" .. CI .. "6722761280), filled in with example values of ours: 'This is the DBMAIL-SMTP program.' / 'your message, addressed to <addr>, could not be delivered due to the following error.' / '*** Mailbox of user <addr> is FULL ***' and the original's header between '--- header of your message ---' lines; From is the configured DBMAIL_FROM_ADDRESS (a stand-in)",
        format = "generic",
        recipients = { r("bob@example.org", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["slimta-delivery-failed-for-dash-list-no-final-recipient.eml"] = {
        source = "github.com/slimta/python-slimta slimta/bounce.py default_header_template (" .. CI .. "18051772380), filled in with example values of ours: 'Delivery failed for:' with the recipients as '- addr' lines, 'Destination host responded:' and the reply, a delivery-status part with Remote-MTA and Diagnostic-Code but no Final-Recipient or Action, the original's headers as text/rfc822-headers",
        format = "rfc3464",
        recipients = {
            r("carol@example.org", "failed", "5.7.1", "spamdetected", "content"),
            r("dave@example.org", "failed", "5.7.1", "spamdetected", "content"),
        },
    },
    ["opensmtpd-delay-permission-denied-fields-pasted.eml"] = {
        source = "github.com/OpenSMTPD/OpenSMTPD/issues/1123 (gearnode, 2021-02-15): an OpenSMTPD delay notice ('A message is delayed for more than 4 hours for the following list of recipients:' / 'misc+subscribe@opensmtpd.org: \"mail.maildir: Permission denied\"' / 'only a temporary failure report') with its report fields pasted after it, as the issue shows it; the list's own address kept" .. HDR,
        format = "generic",
        recipients = { r("misc+subscribe@opensmtpd.org", "delayed", "4.3.0", "systemerror", "system") },
    },
    ["citadel-not-delivered-will-continue-five-days.eml"] = {
        source = "Citadel server's smtp_util.c smtp_do_bounce, SDB_WARN (" .. CI .. "13748168616), filled in with example values of ours: 'A message you sent has not been delivered to some or all of its recipients. / Citadel will continue attempting delivery for five days. / The following addresses were undeliverable:' and an 'addr: reply' line (the reply an example); From a stand-in",
        format = "generic",
        recipients = { r("bob@example.net", "delayed", "4.3.0", "systemerror", "system") },
    },
    ["citadel-2003-giving-up-prolonged-unavailability.eml"] = {
        source = "Citadel server's serv_smtp.c of 2003 smtp_do_bounce, give_up (" .. CI .. "48088590234), filled in with example values of ours: 'A message you sent could not be delivered to some or all of its recipients / due to prolonged unavailability of its destination(s). / Giving up on the following addresses:' and an 'addr: dsn' line (the dsn an example); the message has no subject; From a stand-in",
        format = "generic",
        recipients = { r("bob@example.net", "failed", nil, "expired", "system") },
    },
    ["bdsmail-failed-to-deliver-reason-only-octet-stream.eml"] = {
        source = "github.com/majestrate/bdsmail lib/mailutil/bounce.go WriteBounceMail (" .. CI .. "26900851234), the reason being the SMTP client's error (lib/sendmail/remote.go), filled in with example values of ours: Subject 'failed to deliver mail', 'your message failed to be delivered: <reply>' alone, the original as 'application/octect-stream'",
        format = "generic",
        recipients = { r("bob@relay.example.i2p", "failed", "5.1.1", "userunknown", "address") },
    },
    ["axway-emf-delay-notification-connect-failed.eml"] = {
        source = "https://support.axway.com/kb/101124/language/en (EMF delivery status notifications): the delay DSN text it shows ('Your message has been delayed. The server will continue trying to forward the message.' / 'Apparent cause of delivery failure: Attempts to connect to the remote server have failed.' / 'The delay affects the following recipients:'), the recipient an example value of ours (the page's list is cut in our copy); Subject as the page gives it" .. HDR,
        format = "generic",
        recipients = { r("bob@example.net", "delayed", nil, "networkerror", "system") },
    },
    ["yahoo-qmail-italian-help-recipient-line-lost.eml"] = {
        source = "https://it.aiuto.yahoo.com/kb/new-mail-for-desktop/controlla-alcune-informazioni-sulla-mancata-consegna-dei-messaggi-sln3275.html: the qmail-send notice at yahoo.com the Italian help page shows, its '<addr>:' line and the Return-Path's address lost by the page; the recipient stands only in the Yahoo reply ('This user doesn't have a yahoo.com account (testing123@yahoo.com)') and the quoted To; the page's example address kept" .. HDR,
        format = "qmail",
        recipients = { r("testing123@yahoo.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-two-notices-pasted-dashed-rule-second-cut.eml"] = {
        source = STI .. "141 (sohelrodrigues, 2015-12-30): two Gmail 'Delivery to the following recipient failed permanently:' notices pasted one after the other under a dashed rule, the second cut in its 'Technical details'; personal addresses replaced" .. HDR,
        format = "gmail",
        recipients = {
            r("user1@sansad.nic.in", "failed", "5.1.0", "userunknown", "address"),
            r("user2@sansad.nic.in", "failed", nil, "undefined", "undefined"),
        },
    },
    ["gmail-fragment-address-first-no-reply.eml"] = {
        source = STI .. "117 (sachin26, 2015-12-24): a Gmail notice pasted from its address line on ('<addr>' / 'Technical details of permanent failure:' / 'Google tried to deliver your message, but it was rejected by the server for the recipient domain ...'), no reply; the address replaced" .. HDR,
        format = "gmail",
        recipients = { r("user5@sansad.nic.in", "failed", nil, "undefined", "undefined") },
    },
    ["gmail-reply-run-into-issue-template-text.eml"] = {
        source = STI .. "121 (veeru1saini1, 2015-12-25): a Gmail notice whose reply '550 #5.1.0 Address rejected.' runs into the issue template's 'mail address(es) here…'; the address replaced" .. HDR,
        format = "gmail",
        recipients = { r("user7@sansad.nic.in", "failed", "5.1.0", "userunknown", "address") },
    },
    ["exchange50-originator-no-permission-display-name.eml"] = {
        source = KB .. "Q246274 'XCLN: The Originator Does Not Have Permission to Submit Message'" .. KBA .. "15984263425): the NDR it shows ('The following recipient(s) could not be reached:' / 'Doe, Jane on 9/30/99 1:01:22 PM' / 'The originator does not have permission to submit message' / 'MSEXCH:MSExchangeIS:...'), a display name only" .. HDR,
        format = "exchange",
        recipients = { r("Doe, Jane", "failed", nil, "filtered", "filter") },
    },
    ["exchange55-german-ndr-english-reason-display-name.eml"] = {
        source = KB .. "Q229148 'XADM: (N-)DR and (N-)RR Display in Mixed Languages'" .. KBA .. "16691323178): the German NDR with an English reason it shows ('Ihre Nachricht hat einige oder alle Empf?nger nicht erreicht.' / 'Folgende Empf?nger konnten nicht erreicht werden:' / 'Eppelmann, Uwe am 21.08.98 16:32' / 'A restriction in the system prevented delivery of the message.'), the umlauts lost as the article shows them; the article's Von/An/Betreff lines made the header, addresses added",
        format = "exchange",
        recipients = { r("Eppelmann, Uwe", "failed", nil, "filtered", "filter") },
    },
    ["notbounce-exchange55-german-delivery-report-delivered.eml"] = {
        source = KB .. "Q229148" .. KBA .. "16691323178): the German delivery report it shows ('Ihre Nachricht ... wurde an folgenden Empf?nger <81>bermittelt:'), Subject 'Delivered: Testmail'; a report of delivery, no bounce; the article's header lines made the header, addresses added",
        format = "notbounce",
        recipients = {},
    },
    ["exchange55-x400-dda-address-flattened-name-not-recognized.eml"] = {
        source = KB .. "Q258678 'XFOR: NDR Sending Mail To User Migrated From Lotus Notes' (jeffpar/kbarchive kb/258/Q258678/README.md): the NDR it shows flattened into one paragraph ('The following recipient(s) could not be reached: c=US;a= ;p=Organization;o=Site A;dda:MSEXCHANGE=/o=PRI/ou=CALIFORNIA/cn=Recipients/cn=...;' / 'The recipient name is not recognized.'); the recipient labelled by its X.500 part" .. HDR,
        format = "exchange",
        recipients = { r("/o=PRI/ou=CALIFORNIA/cn=Recipients/cn=b4501a7a-4060570b-8525644b-78c319", "failed", nil, "userunknown", "address") },
    },
    ["iis-smtp-dsn-domino-8bitmime-address-alone.eml"] = {
        source = KB .. "Q295734 'XCON: NDR When SMTP Messages Are Relayed to a Domino Server' (jeffpar/kbarchive kb/295/Q295734/README.md): the IIS SMTP service's text it shows ('This is an automatically generated Delivery Status Notification.' / 'Delivery to the following recipients failed.' and the address alone, no reason); the article's placeholder '<user-of-lotus-domino>@<company>.com' filled" .. HDR,
        format = "exchange",
        recipients = { r("jdoe@company.example.com", "failed", nil, "undefined", "undefined") },
    },
    ["snmail-exchange2003-recipient-lost-sender-domain-not-found.eml"] = {
        source = "https://snmail.co.uk/support/failure-dns.htm: the Exchange-style 'did not reach the following recipient(s):' text it shows with its 'Variation 2' ('The e-mail system was unable to deliver the message, but did not report a specific reason.' / '<{Issuing Server} #4.0.0 smtp;450 <>: Sender address rejected: Domain not found>'), the recipient lost by the page; the page's placeholders filled; names no recipient" .. HDR,
        format = "exchange",
        recipients = {},
    },
    ["notbounce-lkml-reply-subject-mail-system-error-returned-mail.eml"] = {
        source = "linux-kernel list 2002-02-08 Ross Vandegrift 'Re: Linus' email account is full. - Fwd: Mail System Error - Returned Mail' (ammarfaizi2/lore-inbox, code index): a list reply about a provider, its subject naming a returned mail and a full account; no bounce; taken whole",
        format = "notbounce",
        recipients = {},
    },
    ["exchange50-quoted-alias-invalid-arguments-subject-sent-one-line.eml"] = {
        source = KB .. "Q166866 'XFOR: SMTP Outbound Mail Transfer Stops After SP1 is Installed' (jeffpar/kbarchive kb/166/Q166866/README.md): the NDR it shows ('Subject: alskjdf; Sent: 6/11/97 5:02:18 PM' on one line, the recipient as the quoted alias ''no1'', 'One or more arguments in the recipient was detected as being invalid'), no address" .. HDR,
        format = "exchange",
        recipients = { r("no1", "failed", nil, "undefined", "undefined") },
    },
    ["exchange-msmail-connector-delivery-failed-to-ms-address.eml"] = {
        source = KB .. "Q166597 'XFOR: Outlook Chinese SFS Client Receives NDRs on Replies' (jeffpar/kbarchive kb/166/Q166597/README.md): the MS Mail-style NDR it shows ('your message / ... / was not delivered for the following reasons:' / 'Delivery Failed to MS:<NETWORK>/<PO>/<MAILBOX>' / 'Reason: 0 (transfer failed)' / 'diagnostic: -1 (no diagnostic)' / 'MSEXCH:MSExchangeMTA:...'), its placeholders filled with example values of ours" .. HDR,
        format = "exchange",
        recipients = { r("MS:ACMENET/PO1/JSMITH", "failed", nil, "undefined", "undefined") },
    },
    ["exchange55-autoforward-deleted-custom-recipient-no-preamble.eml"] = {
        source = KB .. "Q254264 'XADM: Autoforwarding Rule to a Deleted Custom Recipient NDRs' (jeffpar/kbarchive kb/254/Q254264/README.md): the NDR it shows from 'The following recipient(s) could not be reached:' on ('Public, John Q. on 2/10/00 9:54 AM' / 'The recipient name is not recognized' / the MTS-ID split over two lines), the recipient a display name that is also the report's own addressee" .. HDR,
        format = "exchange",
        recipients = { r("Public, John Q.", "failed", nil, "userunknown", "address") },
    },
}
