-- A fresh group (r14) of 25 bounces, 27 recipients, taken for layouts and
-- wordings the other groups lack: delivery-status notices naming
-- recipients of different fates (a Courier notice with a delivered, a
-- relayed and a failed recipient; its delay warning), notices in Korean
-- (NAVER's own notice, twice) and with Chinese notes or Chinese header
-- labels (Winmail Server's help pages), a mobile carrier's SMS gateway
-- behind a Gmail notice, Zoho's own notice quoted under a forwarded header
-- block, an ITS COMSAT return, a Websense gateway, MailEnable's
-- '[SMTP:addr]' line, an Office 365 notice between double quotes, Gmail
-- notices old and new (a delay with an 'Original message' line, 'Address
-- not found' with a '--' line, the address twice once as a markdown link,
-- quoted with '> '), Postfix notices in code fences, forwarded under an
-- Outlook block and re-wrapped, a loop with its fields pasted as text,
-- sendmail notices as a webmail showed them in HTML and run together in
-- BBCode; Haraka's, Postal's and Courier's templates filled in with
-- example values.
-- Where a source shows only the text, a minimal header in the usual form
-- of the program named was added (said per mail: "HDR"); the sender's
-- address in such a header is a stand-in.  Addresses as the sources show
-- them (most already made up or masked by their authors).
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
local HDR = "; a header added (the source shows the text alone)"
return {
    ["postfix-loops-back-dsn-fields-pasted.eml"] = {
        source = GH .. "zookeepr/zookeepr/issues/34 (2010, imported from Launchpad): a Postfix notice whose recipient's mail loops back, 'The mail system' in a code fence and the recipient's delivery-status fields pasted as text below it" .. HDR,
        format = "postfix",
        recipients = { r("zookeepr-devel@zookeepr.org", "failed", "5.4.6", "systemerror", "system") },
    },
    ["gmail-delay-read-error-original-message.eml"] = {
        source = GH .. "lavab/web/issues/493 (2015): Gmail's old text delay notice ('Delivery to the following recipient has been delayed:', the address indented below it, 'Technical details of temporary failure: read error'), then '—— Original message ——' and the returned message's first DKIM lines, cut where the issue's text is cut" .. HDR,
        format = "gmail",
        recipients = { r("felix.vlooz@lavaboom.com", "delayed", nil, "networkerror", "system") },
    },
    ["gmail-address-not-found-twice-markdown-link.eml"] = {
        source = GH .. "EnterpriseDB/barman/issues/860 (2023): Gmail's 'Address not found' notice pasted twice, the second time with the address as a markdown mail link (the message went to an alias that forwards to that address)" .. HDR,
        format = "gmail",
        recipients = { r("gabriele.bartolini@2ndquadrant.it", "failed", nil, "userunknown", "address") },
    },
    ["gmail-address-not-found-dash-line.eml"] = {
        source = GH .. "dwyl/learn-to-send-email-via-google-script-html-no-server/issues/371 (2020): Gmail's 'Address not found' heading, a '--' line (a flattened table) and the sentence naming the address" .. HDR,
        format = "gmail",
        recipients = { r("Musaibahmad830@gmail.com", "failed", nil, "userunknown", "address") },
    },
    ["postfix-connection-refused-code-fence.eml"] = {
        source = GH .. "mozilla/persona/issues/2197 (2012): a Postfix notice in a code fence, the recipient refused at connect ('Connection refused')" .. HDR,
        format = "postfix",
        recipients = { r("Persona@persona.org", "failed", nil, "networkerror", "system") },
    },
    ["zoho-error-code-quoted-forward-block.eml"] = {
        source = GH .. "forwardemail/free-email-forwarding/issues/145 (2019): Zoho's notice from mailer-daemon@mail.eu.zoho.com as pasted in a comment, in a code fence: a From/Sent/To/Subject block, then the '> '-quoted line 'addr, ERROR_CODE :550, ERROR_CODE :The email you sent has an invalid DKIM signature...' (the mis-decoded character kept)" .. HDR,
        format = "generic",
        recipients = { r("test@heess-it.de", "failed", nil, "authfailure", "auth") },
    },
    ["gmail-sms-gateway-relaying-denied-backticks.eml"] = {
        source = GH .. "typpo/textbelt/issues/110 (2017): a Gmail 'Message not delivered' notice for a mobile carrier's e-mail-to-SMS gateway (txt.windmobile.ca, number masked by the author), its delivery-status fields pasted as text, between single backticks" .. HDR,
        format = "gmail",
        recipients = { r("xxxxxxxxxx@txt.windmobile.ca", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["websense-gateway-timed-out-code-fence.eml"] = {
        source = GH .. "jnoller/rackspace_devex_jobs/issues/8 (2015): a Websense Email Security Gateway notice (Postfix's text under the gateway's name) in a code fence, the recipient's delivery timed out while sending the message body" .. HDR,
        format = "postfix",
        recipients = { r("fireeye@raxempsscanner.corp", "failed", nil, "networkerror", "system") },
    },
    ["o365-quoted-delivery-failed-couldnt-be-found.eml"] = {
        source = GH .. "defund12/defund12.org/issues/1076 (2020): an Office 365 notice quoted between double quotes under a '=====' line ('Delivery has failed to these recipients or groups:', the address on its own line)" .. HDR .. " (Subject a stand-in)",
        format = "exchange",
        recipients = { r("abonds@dc.gov", "failed", nil, "userunknown", "address") },
    },
    ["gmail-remote-server-misconfigured-dash-line.eml"] = {
        source = GH .. "vendorsec/mvsp/pull/46 (2023): Gmail's 'Message not delivered' heading, a '--' line and 'Your message couldn't be delivered to addr because the remote server is misconfigured.' (details not pasted)" .. HDR,
        format = "gmail",
        recipients = { r("mvsp@groups.io", "failed", nil, "undefined", "undefined") },
    },
    ["mailenable-smtp-bracket-recipient-fenced.eml"] = {
        source = GH .. "green-button/green-button.github.io/issues/118 (2015): a MailEnable notice in a code fence, 'Recipient: [SMTP:addr]' and 'Reason: 554 rejecting banned content' on tab-indented lines" .. HDR .. " (Subject a stand-in)",
        format = "mailenable",
        recipients = { r("erich@enernex.com", "failed", nil, "policyviolation", "content") },
    },
    ["postfix-unknown-user-quoted-name-fenced.eml"] = {
        source = GH .. "tpokorra/KolabScripts/issues/18 (2014): a Postfix notice in a code fence, 'unknown user: \"test\"' after the recipient" .. HDR,
        format = "postfix",
        recipients = { r("test@alias20140721141933.de", "failed", nil, "userunknown", "address") },
    },
    ["its-comsat-unknown-recipient-returned.eml"] = {
        source = GH .. "PDP-10/its/issues/1513 (2019): an ITS COMSAT return as the issue shows it whole ('A copy of your message is being returned, because: \"NAME\" at HOST is an unknown recipient.', then the failed message with its To line)",
        format = "generic",
        recipients = { r("HIPY-PAPY-BTHUTHDTH-THUTHDA-BTHUTHDY@ES-ITS.SWENSON.ORG", "failed", nil, "userunknown", "address") },
    },
    ["postfix-outlook-forwarded-rewrapped.eml"] = {
        source = GH .. "kartoza/bims/issues/2855 (2021): a Postfix notice forwarded under an Outlook '-----Original Message-----' block, its Gmail reply re-wrapped with stray line breaks; the forwarder's From/Subject added (the issue shows the forwarded text alone), the forwarder's signature cut",
        format = "postfix",
        recipients = { r("gbif@kartoza.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["haraka-failure-notice-template.eml"] = {
        source = GH .. "haraka/Haraka config/outbound.bounce_message, filled in with example values: 'Hi. This is the Haraka Mailer program at HOST.', 'Intended Recipients: <addr>' and 'Failure Reason:' lines",
        format = "haraka",
        recipients = { r("bob.marsh@example.org", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["postal-route-bounce-rcpt-to-line.eml"] = {
        source = "Postal's BounceMessage (a mail platform's Ruby class, code index file id 3309889719), filled in with example values: the notice of a route that cannot take the message, the recipient named on a 'Rcpt To:' line and in the first sentence, the original message attached",
        format = "generic",
        recipients = { r("support@shop.example.com", "failed", nil, "undefined", "undefined") },
    },
    ["courier-dsn-delivered-relayed-failed.eml"] = {
        source = GH .. "svarshavchik/courier courier/module.dsn (dsn.C dodsn(), dsnheader/dsndelivered/dsnrelayed/dsnfailed/dsnfooter texts), filled in with example values: one notice with a recipient delivered (return receipt), one relayed to a gateway without receipts and one failed, each under its heading, and their delivery-status fields",
        format = "rfc3464",
        recipients = {
            r("ann.berg@example.net", "delivered", "2.0.0", "delivered", "delivered"),
            r("tom.fisher@partner.example.com", "relayed", "2.0.0", "delivered", "delivered"),
            r("ben.olsen@example.org", "failed", "5.0.0", "userunknown", "address"),
        },
    },
    ["courier-dsn-delayed-connection-error.eml"] = {
        source = GH .. "svarshavchik/courier courier/module.dsn (dsn.C dodsn() with the deferred flag, dsndelayed.txt), filled in with example values: the delay notice, the recipient with a ' *** ' connection error line, Action delayed and Will-Retry-Until",
        format = "rfc3464",
        recipients = { r("ines.vidal@example.com", "delayed", "4.0.0", "networkerror", "system") },
    },
    ["winmail-ndr-page-chinese-notes.eml"] = {
        source = "https://www.winmail.cn/ndr/ (Winmail Server's bounce guide): the typical Winmail notice the page shows, with the page's Chinese notes between and after its lines, and the returned message's header lines as far as the page's excerpt goes" .. HDR,
        format = "qmail",
        recipients = { r("test@blacklistdemo.com", "failed", nil, "blocked", "reputation") },
    },
    ["winmail-gmail-page-chinese-header-labels.eml"] = {
        source = "http://magicwinmail.com/docs/errormail/gmail.php (Winmail's page on bounces from Gmail): a Winmail notice shown under Chinese header labels (发件人/发送时间/收件人/主题), Gmail's 550-5.7.1 unsolicited-mail reply, the returned message's headers (the address also in its Cc)" .. HDR,
        format = "qmail",
        recipients = { r("winmaildemo@gmail.com", "failed", "5.7.1", "spamdetected", "content") },
    },
    ["sendmail-webmail-view-html-post.eml"] = {
        source = "OpenACS acs-tcl html-to-text test data quoting a 2001 forum post (code index file id 45006097241): a sendmail notice as a webmail showed it, in HTML (the webmail's 'Block Address | Add to Address Book' line, <br> and <p> tags), its delivery-status fields as text after 'Attachment: Message/delivery-status'; the blockquote taken, a header from the webmail's own lines added",
        format = "sendmail",
        recipients = { r("gmt3rd@aol.com", "failed", "5.5.0", "blocked", "reputation") },
    },
    ["sendmail-bbcode-run-together-forum.eml"] = {
        source = "Ubuntu Forums 'Setting up mail on 12.10' 2013-04-18, post by bullet333 (code index file id 56701460984): a sendmail notice quoted with BBCode colour and font tags, its lines run together" .. HDR,
        format = "sendmail",
        recipients = { r("myemail@domain.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["naver-korean-recipient-blocked-notice.eml"] = {
        source = GH .. "codechobostudy/code-chobo-study/issues/3 (2015, first comment): NAVER's Korean notice posted to the issue by mail ('addr 님께 보내신 메일 <Subject> 이 다음과 같은 이유로 전송 실패했습니다.', the recipient has blocked the sender's mail); a From/MIME header added, no Subject (the source does not show it)",
        format = "generic",
        recipients = { r("writer0713@naver.com", "failed", nil, "filtered", "filter") },
    },
    ["naver-korean-recipient-blocked-reply-subject.eml"] = {
        source = GH .. "codechobostudy/code-chobo-study/issues/3 (2015, second comment): the same NAVER notice for another recipient and a 'Re:' subject; a From/MIME header added, no Subject",
        format = "generic",
        recipients = { r("scarfunk@naver.com", "failed", nil, "filtered", "filter") },
    },
    ["gmail-address-not-found-quoted-learn-more-link.eml"] = {
        source = GH .. "your-digital-rights/yourdigitalrights.org/issues/736 (2025): Gmail's 'Address not found' notice quoted with '> ', its LEARN MORE link to the recipient's provider and NAVER's '550 5.1.1 No such user' reply" .. HDR,
        format = "gmail",
        recipients = { r("privacy@naver.com", "failed", "5.1.1", "userunknown", "address") },
    },
}
