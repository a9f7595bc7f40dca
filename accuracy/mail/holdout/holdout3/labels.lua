-- Hold-out group holdout3: bounce mails, mostly prose notices of many
-- MTAs and services, a few RFC 3464 reports, auto-replies and mails that
-- are no bounce.  Each entry says where the mail comes from and what was
-- added or cut.  Where a source quotes only a bounce's body, the sending
-- MTA's own From/Subject (and MIME headers where the text is not ASCII)
-- were put above it; where an MTA's source template was filled, the
-- example values are ours.  Personal addresses were replaced with userN@
-- at the same domain.  Labels were written from each mail's text and its
-- source before any reader ran on them.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["qmail-phorum-relay-denied.eml"] = {
        source = "github.com/Phorum/Core/issues/275 (2011, imported from trac ticket 290): the qmail notice as the reporter pasted it with its returned copy; From/To/Subject lines added (MAILER-DAEMON of the host the notice names, the sender of the copy, qmail's 'failure notice'); the reporter's AVG footer dropped",
        format = "qmail",
        recipients = { r("majordomo@lists.phorum.org", "failed", nil, "norelaying", "relay") },
    },
    ["qmail-sourceware-list-rule.eml"] = {
        source = "cygwin-patches list archive 2017-q2 msg00015 (Daniel Santos, 2017-04-19, forwarding the notice he got; code index file id 33218775226): the qmail notice as quoted, '> ' quote marks removed, cut where the quote ends; From/To/Subject added",
        format = "qmail",
        recipients = { r("cygwin@cygwin.com", "failed", nil, "policyviolation", "content") },
    },
    ["gmail-address-not-found.eml"] = {
        source = "github.com/dwyl/learn-to-send-email-via-google-script-html-no-server/issues/371 (2020): the Gmail notice text as pasted; Gmail's From and Subject added",
        format = "gmail",
        recipients = { r("User2@gmail.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-group-external-quota.eml"] = {
        source = "github.com/codeforamerica/brigade/issues/242 (2013): the Google notice as quoted; Gmail's From and Subject added. A Google group over its quota of external recipients: labelled as a sending-rate limit",
        format = "gmail",
        recipients = { r("brigade@codeforamerica.org", "failed", nil, "ratelimited", "rate") },
    },
    ["gmail-comcast-not-our-customer.eml"] = {
        source = "Ubuntu Forums thread (Evolution/comcast, post by catlett 2006-11-12; code index file id 57063845758): the Gmail notice as quoted, [email] tags removed; Gmail's From and Subject added",
        format = "gmail",
        recipients = { r("user1@comcast.net", "failed", nil, "userunknown", "address") },
    },
    ["exchange-gmail-nosuchuser-forum.eml"] = {
        source = "Ubuntu Forums thread on PTR/SPF and Gmail (code index file id 57017713965): the Exchange-style NDR the poster quotes (his own placeholders 'thesubject', 'thedate', 'date' kept), [email]/link markup removed; From 'System Administrator' and Subject added",
        format = "exchange",
        recipients = { r("badaddress@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange55-dl-size-q246388.eml"] = {
        source = "Microsoft KB Q246388 'XCON: Event ID 290 and NDR Returned When Sending to Large DL' (Exchange 5.5; jeffpar/kbarchive copy, code index file id 16669000737): the NDR as shown, indent removed; the 'Sent:'/'To:' display lines dropped. Recipient is the DL's display name (no address given)",
        format = "exchange",
        recipients = { r("EVERYONE_ALL_DL", "failed", nil, "emailtoolarge", "content") },
    },
    ["exchange40-syntax-q196920.eml"] = {
        source = "Microsoft KB Q196920 'XFOR: MAPI Embedded Message may NDR Due to Invalid Recipient' (Exchange 4.0; jeffpar/kbarchive copy, code index file id 16172619058): the NDR as shown; From/Subject added",
        format = "exchange",
        recipients = { r("user@microsoft.com", "failed", nil, "contenterror", "content") },
    },
    ["exchange55-custom-recipient-q262146.eml"] = {
        source = "Microsoft KB Q262146 'XCON: Messages to Custom Recipients Are Undeliverable with SP1' (Exchange 5.5; jeffpar/kbarchive copy, code index file id 16161474299): the NDR as shown; From/Subject added. Recipient is a display name (no address given)",
        format = "exchange",
        recipients = { r("FaxTest", "failed", nil, "userunknown", "address") },
    },
    ["exchange55-ims-no-proxy.eml"] = {
        source = "Microsoft KB article on the Exchange 5.5 Internet Mail Service and non-SMTP message types, 'No proxy for Recipient' (jeffpar/kbarchive copy, code index file id 15981790260): the NDR as shown, its Sent/To display lines dropped",
        format = "exchange",
        recipients = { r("user@domain.com", "failed", nil, "systemerror", "system") },
    },
    ["exchange2000-relaytest-nouser.eml"] = {
        source = "Microsoft KB article on relay tests against Exchange 2000 (jeffpar/kbarchive copy, code index file id 16367876026): the first of the two NDRs shown ('Relay Test 6'); From/Subject added",
        format = "exchange",
        recipients = { r("relaytest%contoso.net@northwindtraders.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange40-french-syntax-q175578.eml"] = {
        source = "Microsoft KB Q175578 (Exchange 4.0/5.0 with a Net-Tel Route400 MTA; jeffpar/kbarchive copy, code index file id 16282534469): French-language NDR ('Non remis'); the copy shows the accented letters as '?', restored here (è, é); the Sent/To display lines dropped. Recipient is a display name",
        format = "exchange",
        recipients = { r("luc vieujean", "failed", nil, "contenterror", "content") },
    },
    ["gromox-no-user.eml"] = {
        source = "github.com/grommunio/gromox data/local_bounce/ascii/BOUNCE_NO_USER (the MDA's local bounce template, read via the code index, commit 16bf795a): placeholders <rcpt>, <time>, <from>, <rcpts>, <subject>, <parts>, <length> filled with example values; the template's own spelling kept",
        format = "gromox",
        recipients = { r("nosuch.person@example.org", "failed", nil, "userunknown", "address") },
    },
    ["gromox-mailbox-full.eml"] = {
        source = "github.com/grommunio/gromox data/local_bounce/ascii/BOUNCE_MAILBOX_FULL (code index, commit 16bf795a): placeholders filled with example values",
        format = "gromox",
        recipients = { r("anna.berg@example.org", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["gromox-operation-error.eml"] = {
        source = "gromox local_bounce/ascii/BOUNCE_OPERATION_ERROR as installed by the openSUSE server:mail gromox-1.16 package (usr/share/gromox/local_bounce/ascii/BOUNCE_OPERATION_ERROR, pages corpus copy): placeholders filled with example values",
        format = "gromox",
        recipients = { r("lars@example.org", "failed", nil, "systemerror", "system") },
    },
    ["gromox-delivered.eml"] = {
        source = "github.com/grommunio/gromox data/local_bounce/ascii/BOUNCE_MAIL_DELIVERED (code index, commit 16bf795a): the delivery notice, placeholders filled with example values",
        format = "gromox",
        recipients = { r("mia@example.org", "delivered", nil, "delivered", "delivered") },
    },
    ["gromox-chinese-no-user.eml"] = {
        source = "github.com/grommunio/gromox data/local_bounce/gb2312/BOUNCE_NO_USER (Chinese; code index, commit 138f680b): placeholders filled with example values",
        format = "gromox",
        recipients = { r("wang.wei@example.cn", "failed", nil, "userunknown", "address") },
    },
    ["gromox-japanese-mailbox-full.eml"] = {
        source = "github.com/grommunio/gromox data/local_bounce/euc-jp/BOUNCE_MAILBOX_FULL (Japanese; code index, commit 138f680b): placeholders filled with example values",
        format = "gromox",
        recipients = { r("tanaka@example.jp", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["aol-not-accepting-from-sender.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/aol-spam.txt (AOL AIRmail 'Mail Delivery Problem', 2008, recipient already anonymised to 'anon' by that project; code index): the mbox 'From ' line dropped. The mail names the recipient by its local part only; the recipient refuses mail from this sender",
        format = "aol",
        recipients = { { dsn_action = "failed", reason = "filtered", family = "filter" } },
    },
    ["exim-retry-long-failure.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/exim-long-retry.txt (Exim at sponge.ukcod.org.uk, 2009; code index): the mbox 'From ' line dropped",
        format = "exim",
        recipients = { r("anon@lycos.co.uk", "failed", nil, "expired", "system") },
    },
    ["messagelabs-unknown-user.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/messagelabs-unknown-user.txt (MessageLabs qmail-style notice, 2009; code index): the mbox 'From ' line and some X- headers of the returned copy dropped",
        format = "qmail",
        recipients = { r("anon@bigwidetalk.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["qmail-boltblue-over-quota.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/qmail-over-quota.txt (qmail at boltblue.net with a provider preamble, 2009; code index): the mbox 'From ' line dropped",
        format = "qmail",
        recipients = { r("anon@boltblue.com", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["yahoo-connect-timeout.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/yahoo-timeout.txt (Yahoo 'Message from yahoo.com.' notice, 2008; code index): the mbox 'From ' line and the X-Rocket* headers of the returned copy dropped",
        format = "yahoo",
        recipients = { r("anon@btinternet.com", "failed", nil, "expired", "system") },
    },
    ["exim-hotmail-mailbox-unavailable.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/hotmail-mailbox-unavailable.txt (Exim at sponge.ukcod.org.uk relaying Hotmail's RCPT reply, 2009; code index): the mbox 'From ' line dropped",
        format = "exim",
        recipients = { r("anon@hotmail.com", "failed", nil, "userunknown", "address") },
    },
    ["kundenserver-retry-timeout.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/kundenserver.txt (1&1 kundenserver notice, 2016, addresses and the returned header already replaced by that project; code index): the mbox 'From ' line dropped",
        format = "kundenserver",
        recipients = { r("anon@example.org", "failed", nil, "expired", "system") },
    },
    ["exchange55-nested-report-rejected.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/exchange-rejected.txt (Exchange 5.5 IMS report forwarded inside a multipart/mixed by a Mimecast gateway, 2009; code index): whole. The report says only 'rejected by the recipient's e-mail system' with Status 5.1.0; labelled as an address failure",
        format = "rfc3464",
        recipients = { r("anon@anon.co.uk", "failed", "5.1.0", "userunknown", "address") },
    },
    ["messagelabs-no-host.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/messagelabs-no-host.txt (MessageLabs qmail-style notice, 2009; code index): duplicate X- headers of the returned copy dropped",
        format = "qmail",
        recipients = { r("anon@targetbgt.com", "failed", "5.1.2", "hostunknown", "address") },
    },
    ["dovecot-mdn-quota-rejected.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/dovecot-mdn-quota-exceeded.txt (Dovecot LDA rejection sent as a disposition-notification report, 2009; code index): the mbox 'From ' line and the X-Spam-Summary header of the returned copy dropped",
        format = "mdn",
        recipients = { r("anon@virgin.net", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["domino-out-of-office-no-header.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/out-of-office.txt (Lotus Notes out-of-office reply without Auto-Submitted, 2008; code index): the IronPort AV header dropped",
        format = "autoreply",
        recipients = { { recipient = "anon@anon.org", reason = "vacation", family = "delivered" } },
    },
    ["nhsmail-dsn-over-quota.eml"] = {
        source = "github.com/mysociety/commonlib perllib/mySociety/t/examples/nhs-user-over-quota.txt (NHSmail/Mirapoint report, 2009: Status 5.1.1 with an over-quota diagnostic; code index): the mbox 'From ' line, junk-mail scoring headers, the footer's NHS anniversary paragraph and the returned copy's scanner headers dropped",
        format = "rfc3464",
        recipients = { r("anon@nhs.net", "failed", "5.1.1", "mailboxfull", "mailbox") },
    },
    ["sendmail-warning-no-route.eml"] = {
        source = "linux-mips list archive, 2000-11-09 '[Fwd: Warning: could not send message for past 4 hours]' (code index file id 15222972053): the forwarded sendmail 8.10 warning taken out of the post's message/rfc822 part; the personal addresses replaced with user1@oss.sgi.com / user2@isratech.ro; the returned copy's body cut to two lines and its vcard dropped",
        format = "rfc3464",
        recipients = { r("user1@oss.sgi.com", "delayed", "4.4.1", "networkerror", "system") },
    },
    ["sendmail-warning-read-error.eml"] = {
        source = "EMDIS::ECS (CPAN) t/FileBackedMessage test, 'funky non-ECS message': a sendmail 8.9 warning of 2003 as the test writes it (code index file id 41752290581); Perl's \\@ escapes removed, two Received lines of the returned copy dropped. The message has no MIME Content-Type header (as in the test)",
        format = "sendmail",
        recipients = { r("emdis@fgm.fr", "delayed", "4.4.2", "networkerror", "system") },
    },
    ["office365-unknown-to-address.eml"] = {
        source = "github.com/bwya77/O365-Admin-Center/issues/12 (2018): the Office 365 NDR text as pasted (table cells flattened to tabs, as pasted), cut where the paste is cut; From (Microsoft Outlook, postmaster of the domain), Subject and MIME headers added",
        format = "exchange",
        recipients = { r("request@o365admin.center", "failed", nil, "userunknown", "address") },
    },
    ["postfix-outlook-blocklist.eml"] = {
        source = "github.com/roundcube/roundcubemail/issues/6858 (2019): the Postfix notice as pasted; Postfix's own From and Subject added; the recipient's personal address replaced with user1@hotmail.co.uk",
        format = "postfix",
        recipients = { r("user1@hotmail.co.uk", "failed", "5.7.1", "blocked", "reputation") },
    },
    ["yahoojapan-no-account.eml"] = {
        source = "http://mahoro-ba.net/e771.html (Japanese help page, example 2 'Delivery failure' from yahoo.co.jp, 2007; the page masks the address as xxxxxx): the beginning of the body as the page gives it, with the page's Subject; From added",
        format = "yahoo",
        recipients = { r("xxxxxx@yahoo.co.jp", "failed", nil, "userunknown", "address") },
    },
    ["postfix-old-no-route.eml"] = {
        source = "http://www.shopmaker.jp/ct/contents6.htm (Japanese shop-builder help, example 1 of error mails, old 'This is the Postfix program' text; the page's own placeholder IP 999.999.999.999 kept): From/Subject added",
        format = "postfix",
        recipients = { r("aaa@bbb.co.jp", "failed", nil, "networkerror", "system") },
    },
    ["postfix-old-user-unknown-inline-dsn.eml"] = {
        source = "http://www.shopmaker.jp/ct/contents6.htm (example 2-1, account missing on the server: the old Postfix text followed by the report fields as plain text, the page's placeholder IP kept): From/Subject added. The text gives 5.1.1 in the reply and 5.0.0 in its Status line; labelled with the reply's 5.1.1",
        format = "postfix",
        recipients = { r("no_user@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exim-delay-warning-template.eml"] = {
        source = "Exim src/deliver.c, the delay-warning message written when no warn_message_file is set (code index file id 4602069003): intro, address block with 'Delay reason:', final text, the delivery-status part (Action delayed, Status 4.0.0) and the text/rfc822-headers part, filled with example values",
        format = "rfc3464",
        recipients = { r("grace@example.org", "delayed", "4.0.0", "networkerror", "system") },
    },
    ["hmailserver-template-user-unknown.eml"] = {
        source = "hMailServer: the SEND_FAILED_NOTIFICATION server message (hm_servermessages row of its database script, code index file id 8445100207) with %MACRO_RECIPIENTS% filled in the form SMTPClientConnection.cpp writes a recipient's error (code index file id 15766516242), and the MESSAGE_UNDELIVERABLE subject; example values",
        format = "hmailserver",
        recipients = { r("eva@example.net", "failed", "5.1.1", "userunknown", "address") },
    },
    ["dbmail-no-such-user.eml"] = {
        source = "DBMail (early 2.x) bounce.c, BOUNCE_NO_SUCH_USER text (code index file id 6722761280): From/To/Subject and body as the code writes them to sendmail, DBMAIL_FROM_ADDRESS, POSTMASTER and the returned header filled with example values",
        format = "dbmail",
        recipients = { r("jan@example.org", "failed", nil, "userunknown", "address") },
    },
    ["dbmail-mailbox-full.eml"] = {
        source = "DBMail (early 2.x) bounce.c, BOUNCE_STORAGE_LIMIT_REACHED text (code index file id 6722761280): filled with example values as dbmail-no-such-user.eml",
        format = "dbmail",
        recipients = { r("petra@example.org", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["chinese-provider-address-not-exist.eml"] = {
        source = "github.com/dreamhunter2333/cloudflare_temp_email/issues/52 (2023): a Chinese provider's bounce as pasted (table cells flattened by the paste); the reporter had masked the domain as XXXXXXXX, written example.net here; From, Subject ('系统退信') and MIME headers added",
        format = "chinese",
        recipients = { r("tempi91glo4srso@example.net", "failed", "5.1.1", "userunknown", "address") },
    },
    ["chinese-provider-connect-failed.eml"] = {
        source = "github.com/lisijie/webcron/issues/14 (2016): a Chinese provider's bounce as quoted ('> ' marks removed; the reporter's mask mail@***.com kept); From, Subject ('退信') and MIME headers added",
        format = "chinese",
        recipients = { r("admin@example.com", "failed", nil, "networkerror", "system") },
    },
    ["forwarder-proofpoint-blocked.eml"] = {
        source = "github.com/forwardemail/free-email-forwarding/issues/219 (2020): the 'system-generated message' notice relaying a Proofpoint DNSBL block, as pasted; From/Subject added",
        format = "postfix",
        recipients = { r("test@example.com", "failed", "5.7.0", "blocked", "reputation") },
    },
    ["postfix-icloud-local-policy.eml"] = {
        source = "github.com/chatmail/relay/issues/446 (2024): the Postfix notice of nine.testrun.org as logged by the client, iCloud's CS01 'local policy' rejection; the recipient's personal address replaced with user1@ (same domain); From/Subject added",
        format = "postfix",
        recipients = { r("user1@casperzandbergen.nl", "failed", "5.7.1", "policyviolation", "content") },
    },
    ["smartermail-style-gmail-nosuchuser.eml"] = {
        source = "github.com/rgl/MailBounceDetector/issues/10 (2018): the 'Could not deliver message to the following recipient(s)' notice as pasted; From/Subject added (the issue gives no headers)",
        format = "smartermail",
        recipients = { r("huhhup123124@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exim-delay-mime-parser-error.eml"] = {
        source = "github.com/varnishcache/testrepo2/issues/60 (migrated varnish ticket, 2015, quoting an Exim warning of 2006): the warning text as quoted; From/Subject added in Exim's own form",
        format = "exim",
        recipients = { r("varnish-misc@projects.linpro.no", "delayed", "4.5.0", "systemerror", "system") },
    },
    ["gmail-sms-gateway-relaying-denied.eml"] = {
        source = "github.com/typpo/textbelt/issues/110 (2017): Gmail's 'Message not delivered' text and the report fields as the reporter pasted them (plain text), for a mobile carrier's e-mail-to-SMS gateway; the reporter's masked number kept; From/Subject added",
        format = "gmail",
        recipients = { r("xxxxxxxxxx@txt.windmobile.ca", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["xtra-delay-notice-quoted.eml"] = {
        source = "velocityreviews.com forum thread 'Xtra email failed again' (2012, http://www.velocityreviews.com/forums/t867866-xtra-email-failed-again.html): the delay notice as quoted ('> ' marks removed; the poster's mask **** kept), report fields in plain text; From/Subject added",
        format = "exchange",
        recipients = { r("****@xtra.co.nz", "delayed", "4.4.7", "expired", "system") },
    },
    ["postfix-fragment-spamhaus-open-resolver.eml"] = {
        source = "github.com/rsyslog/rsyslog/issues/5584 (2025): only the per-recipient paragraph of a Postfix notice, as the reporter pasted it; From/Subject added, nothing else. The reply names a DNSBL, but 'Error: open resolver' and the thread show the receiving server's own DNS setup failed: labelled a system error",
        format = "postfix",
        recipients = { r("rsyslog@lists.adiscon.com", "failed", "5.7.1", "systemerror", "system") },
    },
    ["exchange55-german-mixed-restriction.eml"] = {
        source = "Microsoft KB article on Exchange/Outlook reports in mixed languages (German client, McAfee GroupShield; jeffpar/kbarchive copy, code index file id 16691323178): the 'Read Receipt in Mixed Languages' example, a German NDR with English subject and reason; the copy's '?' restored as ä; the Outlook display lines Von/An/Gesendet/Betreff written as header lines. Recipient is a display name",
        format = "exchange",
        recipients = { r("Eppelmann, Uwe", "failed", nil, "filtered", "filter") },
    },
    ["citadel-template-user-unknown.eml"] = {
        source = "Citadel smtp client, smtp_do_bounce() (code index file id 49080155900): the multipart/mixed bounce with the 'could not be delivered to some or all of its recipients' text and one 'address: reply' line, example values; the From line is how the message's author/room fields are written out (assumed, not in the source)",
        format = "citadel",
        recipients = { r("otto@example.net", "failed", "5.1.1", "userunknown", "address") },
    },
    ["citadel-template-give-up.eml"] = {
        source = "Citadel smtp_do_bounce() (code index file id 49080155900): the give-up text ('prolonged unavailability of its destination(s)') with one address and a 4xx timeout reply, example values; no original attached (omsgid unset); From as for citadel-template-user-unknown.eml",
        format = "citadel",
        recipients = { r("kai@offline.example.com", "failed", "4.4.2", "expired", "system") },
    },
    ["slimta-template-no-final-recipient.eml"] = {
        source = "python-slimta slimta/bounce.py default_header_template and _get_delivery_info() (code index file id 572573888): the report as the Bounce class builds it, filled with example values. Its delivery-status part has no Final-Recipient, Action or Status field; the recipient is named only in the text part",
        format = "rfc3464",
        recipients = { r("paula@example.net", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-delay-not-allowed-to-connect.eml"] = {
        source = "github.com/mail-in-a-box/mailinabox/issues/1194 (2017): the Postfix delay notice with its report fields as the reporter pasted them (plain text; the reporter's masks xxxxx / mydomain kept; '> ' on the first line removed); cut before the truncated Diagnostic-Code line; From/Subject added",
        format = "postfix",
        recipients = { r("clerc@xxxxx.com", "delayed", "4.7.1", "blocked", "reputation") },
    },
    ["gmail-delay-read-error.eml"] = {
        source = "github.com/lavab/web/issues/493 (2015): Gmail's delay notice as pasted, the recipient's personal address replaced with user1@lavaboom.com; the returned copy's DKIM header replaced by four plain header lines (ours); From/Subject added",
        format = "gmail",
        recipients = { r("user1@lavaboom.com", "delayed", nil, "networkerror", "system") },
    },
    ["notbounce-list-post-quoting-qmail-bounce.eml"] = {
        source = "cygwin-patches list archive 2017-q2 msg00015 (code index file id 33218775226), the post itself: a person resending a patch review and quoting the qmail notice that rejected the first try (the same notice as qmail-sourceware-list-rule.eml); personal names and addresses replaced with User One/User Two, some list headers and most of the forwarded technical discussion cut",
        format = "notbounce",
        recipients = {},
    },
    ["vacation-program-reply.eml"] = {
        source = "vacation (vacation.sourceforge.net, Linux port of BSD vacation) vacation.c (code index file id 28188751335): sendmessage() writes Precedence/User-Agent/To then the default ~/.vacation.msg written by initialize(), $SUBJECT filled; the From line as sendmail -f/-F makes it (realname blanks turned to '_' as the code does), Received/Message-Id/Date and the version string are ours. No Auto-Submitted header, as the program sends none",
        format = "autoreply",
        recipients = { { recipient = "jonas@example.org", reason = "vacation", family = "delivered" } },
    },
    ["exchange-dc-gov-address-not-found.eml"] = {
        source = "github.com/defund12/defund12.org/issues/1076 (2020): the Exchange NDR text as quoted (its quotation marks removed); From (postmaster of the domain) and an 'Undeliverable:' Subject added",
        format = "exchange",
        recipients = { r("abonds@dc.gov", "failed", nil, "userunknown", "address") },
    },
    ["exim-t-option-no-recipients.eml"] = {
        source = "github.com/smartinez87/exception_notification/issues/8 (2011): Exim's notice for a 'sendmail -t' message left with no recipients, as pasted (the reporter's {{snip}} kept); From/To/Subject/Auto-Submitted added in Exim's form (example.org names). A failure notice that names no recipient: no recipient labelled",
        format = "exim",
        recipients = {},
    },
    ["exchange2000-relaytest7-quoted-local.eml"] = {
        source = "Microsoft KB article on relay tests against Exchange 2000 (jeffpar/kbarchive copy, code index file id 16367876026): the second NDR shown ('Relay Test 7'), recipient with a quoted local part; From/Subject added",
        format = "exchange",
        recipients = { r("\"nobody@mail-contoso.org\"@northwindtraders.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["iis-smtpsvc-qq-spf-list-copy.eml"] = {
        source = "osst-users list archive at lists.sourceforge.net, 2020-11-15 '[Osst-users] Delivery Status Notification (Failure)' (code index file id 16787638189): a Microsoft SMTPSVC 6.0 report to a spam run with a forged list sender, which the list then distributed (Mailman's multipart/mixed kept around the report). Cut to 5 of its 21 recipients (four 'SPF check failed', the one 'Mailbox unavailable or access denied'), the QQ numbers replaced with user1..user5@qq.com; DKIM/spam-report headers and the returned message's body dropped",
        format = "rfc3464",
        recipients = {
            r("user1@qq.com", "failed", "5.5.0", "authfailure", "auth"),
            r("user2@qq.com", "failed", "5.5.0", "userunknown", "address"),
            r("user3@qq.com", "failed", "5.5.0", "authfailure", "auth"),
            r("user4@qq.com", "failed", "5.5.0", "authfailure", "auth"),
            r("user5@qq.com", "failed", "5.5.0", "authfailure", "auth"),
        },
    },
    ["small-mta-host-not-found.eml"] = {
        source = "A small C++ MTA's Sender::createBounceMessage() (code index file id 20088435796; project not named in the file): the RF_HOST_NOT_FOUND text, recipient paragraph and report part as it writes them (its literal 'HOSTNAME GOES HERE (IP GOES HERE)' placeholder and its boundary with spaces kept), example values; the code ends the report without a closing boundary, as here",
        format = "rfc3464",
        recipients = { r("walt@exampel.org", "failed", "5.1.2", "hostunknown", "address") },
    },
    ["postfix-webde-ptr-refused.eml"] = {
        source = "github.com/mailcow/mailcow/issues/915 (2017): the Postfix notice and its report fields as pasted in one text (web.de refusing a sender without a valid PTR; the report says Action failed with Status 4.0.0); the recipient's personal address replaced with user1@web.de; From/Subject added",
        format = "postfix",
        recipients = { r("user1@web.de", "failed", "4.0.0", "requireptr", "reputation") },
    },
    ["postfix-report-fields-only-bad-domain.eml"] = {
        source = "github.com/marlam/msmtp/issues/42 (2021): only the report fields of a Postfix bounce, as pasted (the reporter's placeholder domains kept, the recipient domain with its trailing '_'); From/Subject added, no text part",
        format = "postfix",
        recipients = { r("email@receivingdomain.com_", "failed", "5.4.4", "hostunknown", "address") },
    },
}
