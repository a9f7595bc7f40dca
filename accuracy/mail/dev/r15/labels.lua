-- A fresh group (r15) of 18 bounces and a list reply that is no bounce,
-- taken for layouts and wordings the other groups lack: notices of
-- filters and appliances (Proofpoint's block behind iCloud, Mimecast's
-- own one-line notice and a Mimecast refusal quoted in an application's
-- notice, Outlook.com's S3140 block), hosting panels and webmail users'
-- reports (Roundcube, Sentora, HestiaCP, Mailu, a bounce-handler's
-- report view of a Postfix notice), Office 365's French and English
-- notice with the recipient as a markdown mail link, SmarterMail's
-- 'Failed Recipient:' line, one-line previews of Exchange, Mimecast and
-- Gmail notices, Postfix notices quoted with '> ' and code fences, delay
-- warnings with their delivery-status fields run into the text, fields
-- between backticks and in BBCode [email] tags; Postfix bounce templates
-- of sites (Spanish failure and delay texts, a 'Regards, / The mail
-- system / .' ending, an 'Undeliverable mail!' one-liner) filled in with
-- example values the way Postfix sends them; a list reply quoting a
-- bounce's lines (notbounce).
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
    ["postfix-outlook-block-s3140-roundcube.eml"] = {
        source = GH .. "roundcube/roundcubemail/issues/6858 (2019): a Postfix notice pasted by a webmail user, Outlook.com refusing the sending IP at MAIL FROM ('part of their network is on our block list (S3140)')" .. HDR,
        format = "postfix",
        recipients = { r("malactico15@hotmail.co.uk", "failed", "5.7.1", "blocked", "reputation") },
    },
    ["postfix-proofpoint-blocked-dsn-fields-fenced.eml"] = {
        source = GH .. "docker-mailserver/docker-mailserver/issues/22 (2015): a Postfix notice in a code fence, iCloud's MX refusing with Proofpoint's 'Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=...', the delivery-status fields run on under the recipient line" .. HDR,
        format = "postfix",
        recipients = { r("xxxxx@me.com", "failed", "5.7.0", "blocked", "reputation") },
    },
    ["postfix-cannot-find-hostname-quoted-fence.eml"] = {
        source = GH .. "omega8cc/boa/issues/532 (2014): a Postfix notice quoted with '> ' and a code fence around 'The mail system', the relay refusing the client whose hostname it cannot find; the quote cut where the issue cuts it" .. HDR .. " (the issue's own From/To/Re lines kept in the quote)",
        format = "postfix",
        recipients = { r("jo@soap.com", "failed", "5.7.1", "requireptr", "reputation") },
    },
    ["smartermail-failed-recipient-gmail-suchuser.eml"] = {
        source = GH .. "rgl/MailBounceDetector/issues/10 (2018): 'Could not deliver message to the following recipient(s):', 'Failed Recipient: addr' and 'Reason: Remote host said: 550 5.1.1 ...' with Gmail's SuchUser lines" .. HDR .. " (Subject a stand-in)",
        format = "smartermail",
        recipients = { r("huhhup123124@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["o365-french-english-mailbox-full-markdown-link.eml"] = {
        source = GH .. "ForumPostAssistant/FPA/issues/136 (2026): an Office 365 notice in French then English ('Échec de la remise pour ces destinataires ou groupes :', 'Delivery failed for these recipients or groups:'), the recipient a markdown mail link with a display name, the mailbox full" .. HDR .. " (Subject a stand-in)",
        format = "exchange",
        recipients = { r("notifications@github.com", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["dada-report-postfix-yahoo-dd-user.eml"] = {
        source = GH .. "justingit/dada-mail/issues/318 (2012): a bounce handler's report of a Postfix notice, the delivery-status fields and the notice's text as 'Field: value' lines in a code fence, Yahoo's 'dd This user doesn't have a yahoo.co.uk account'; cut where the issue's text is cut" .. HDR,
        format = "postfix",
        recipients = { r("emailaddress@yahoo.co.uk", "failed", "5.0.0", "userunknown", "address") },
    },
    ["postfix-relaying-denied-dsn-bbcode-forum.eml"] = {
        source = "forum post 'postfix using exclusively a smarthost with smtp-auth' 2005-01-06 by fhd (code index file id 57109572693): a Postfix notice's delivery-status part as a mail reader showed it ('[-- Attachment #2: Delivery report --]'), the addresses in BBCode [email] tags, the smarthost answering 'Relaying denied'" .. HDR,
        format = "postfix",
        recipients = { r("fdahlke@arcor.de", "failed", "5.0.0", "norelaying", "relay") },
    },
    ["exchange-amazon-remote-server-returned-preview.eml"] = {
        source = "a sales tool's bounce-matcher tests (code index file id 55622495235), 'Amazon NDR': the subject 'Delivery has failed to these recipients or groups:' and the body preview (the address, then \"Remote Server returned '554 5.1.1 bounced address: could not resolve address ...'\")" .. HDR,
        format = "exchange",
        recipients = { r("collint@amazon.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["mimecast-message-you-sent-possibly-incorrect.eml"] = {
        source = "a sales tool's bounce-matcher tests (code index file id 55622495235), 'Mimecast / postmaster NDR': the subject 'Your message couldn't be delivered' and the body preview ('The message you sent to addr couldn't be delivered due to: Recipient email address is possibly incorrect.')" .. HDR,
        format = "generic",
        recipients = { r("ariana@princesspolly.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-address-not-found-preview-one-line.eml"] = {
        source = "a sales tool's bounce-matcher tests (code index file id 55622495235), 'Google NDR': the subject 'Address not found' and the one-line body preview" .. HDR,
        format = "gmail",
        recipients = { r("micah@rootcology.com", "failed", nil, "userunknown", "address") },
    },
    ["app-notice-mimecast-envelope-blocked-quoted.eml"] = {
        source = GH .. "openaustralia/planningalerts/issues/1969 (2025): an application's notice of a hard bounce quoted with '> ' (markdown links, the recipient's server said \"bounced (host ...mimecast.com[...] said: 550 Envelope blocked - User Entry - ...)\": the recipient's own block list)" .. HDR .. " (From/Subject stand-ins)",
        format = "generic",
        recipients = { r("planning@fremantle.wa.gov.au", "failed", nil, "filtered", "filter") },
    },
    ["postfix-delay-sentora-fields-run-on.eml"] = {
        source = GH .. "sentora/sentora-core/issues/346 (2020): a Postfix delay warning from a hosting panel's server, its delivery-status fields and the returned headers run on under the recipient line, cut where the issue's text is cut" .. HDR,
        format = "postfix",
        recipients = { r("muhsin.3009@gmail.com", "delayed", "4.4.1", "networkerror", "system") },
    },
    ["postfix-dsn-fields-backticks-host-not-found.eml"] = {
        source = GH .. "marlam/msmtp/issues/42 (2021): a Postfix notice's delivery-status fields pasted between single backticks (a HestiaCP panel's mail), the recipient's domain mistyped with a trailing '_' (kept as the fields show it)" .. HDR,
        format = "postfix",
        recipients = { r("email@receivingdomain.com_", "failed", "5.4.4", "hostunknown", "address") },
    },
    ["postfix-delay-markdown-link-fences.eml"] = {
        source = GH .. "Mailu/Mailu/issues/2478 (2022): a Postfix delay warning split over code fences, the recipient a markdown mail link inside '<>', its delivery-status fields in a second fence (the returned message's headers in a third, not taken)" .. HDR,
        format = "postfix",
        recipients = { r("vipmorgana@gmail.com", "delayed", "4.4.1", "networkerror", "system") },
    },
    ["postfix-template-regards-dot-user-unknown.eml"] = {
        source = "a student union's Postfix bounce template shown in an issue (bounce.cf failure_template: one-line paragraphs ending 'Regards,', 'The mail system', '.'; code index file id 12943966382) filled in with example values the way Postfix sends it (a Google relay's 550 5.1.1 to RCPT TO)",
        format = "rfc3464",
        recipients = { r("anna.berg@student.lu.se", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-template-undeliverable-mail-only.eml"] = {
        source = "a project README's Postfix bounce template whose whole text is 'Undeliverable mail!' (code index file id 10165547523) filled in with example values the way Postfix sends it (the relay refusing unauthenticated senders at MAIL FROM)",
        format = "rfc3464",
        recipients = { r("reports@partner.example.org", "failed", "5.0.0", "securityerror", "auth") },
    },
    ["postfix-template-es-failure-mailbox-unknown.eml"] = {
        source = "a Spanish mail-server setup script's Postfix failure_template ('Servidor de correo: Mensaje no entregado', 'No ha sido posible entregar su mensaje a uno o más destinatarios.'; code index file id 5419529233) filled in with example values the way Postfix sends it (550 5.1.1 user unknown)",
        format = "rfc3464",
        recipients = { r("pedro.gil@ayto.example.es", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-template-es-delay-connection-timed-out.eml"] = {
        source = "the same script's Postfix delay_template ('Servidor de correo: Mensaje postpuesto', 'ÉSTE ES SÓLO UN MENSAJE DE AVISO', 'Su mensaje no pudo ser entregado al destinatario después de intentarlo durante N hora(s).'; code index file id 5419529233) filled in with example values the way Postfix sends it (connection timed out)",
        format = "rfc3464",
        recipients = { r("info@colegio.example.org", "delayed", "4.4.1", "networkerror", "system") },
    },
    ["notbounce-list-reply-quoting-exim-fragment.eml"] = {
        source = "linux-wireless list 2023-08-10 Bagas Sanjaya 'Re: [PATCH] net: wireless: ralink: rt2x00: ...' (code index file id 7506231158): a list reply quoting, three levels deep, an Exim notice's address and 'SMTP error from remote mail server after RCPT TO:' lines; a person's mail, no bounce",
        format = "notbounce",
        recipients = {},
    },
}
