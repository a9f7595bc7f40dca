-- A fresh group (r19x) of 25 mails, 21 labelled recipients, taken for the
-- Microsoft Exchange and Outlook family of non-delivery reports in its
-- several eras and shapes: Exchange 2003 'Your message did not reach some
-- or all of the intended recipients' / 'The following recipient(s) could
-- not be reached:' (recipients named by address or by display name only,
-- '<server #5.x.x>' lines); Exchange 2007/2010 'Delivery has failed to
-- these recipients or groups/distribution lists:' with 'Diagnostic
-- information for administrators:', 'Generating server:' and '#550 ...
-- ##' lines, once with the delivery-status fields flattened into the text
-- above it, once only the diagnostic fragment a pentest note kept; Exchange
-- 2013+ delay notices ('Delivery is delayed to these recipients or
-- groups:', 'Remote Server at ... returned ...'), as a multipart/report, as
-- a stored text body, forwarded by a user under a Dutch Outlook header and
-- in Spanish; Microsoft 365 notices ('Your message to X couldn't be
-- delivered.', 'More Info for Email Admins', 'Status code: ...') as text and
-- as HTML alone, in French and Russian; Microsoft Q&A pastes whose domains
-- the archive masks; an Outlook-displayed NDR pasted with its header block;
-- and four mails that are no bounce: two Outlook recall requests posted to
-- lists, an Outlook read receipt and an Exchange 5.5 'deleted without
-- being read' notice.
-- Where a source shows only the text, a minimal header in the usual form of
-- the Exchange/Outlook notice was added (said per mail: "HDR"); addresses
-- and dates in such a header are stand-ins.  Addresses a source masks
-- (xxxx, ****, X@X.Co.UK, the Q&A archive's 'keyman  .com') were kept as
-- masked, the archive's inner spaces removed; placeholders a source leaves
-- (dates 'date and time', '[user display name]') were filled with example
-- values, said per mail.  Where we chose the charset or transfer encoding,
-- the label says so ("ENC").
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local HDR = "; a header added (the source shows the text alone)"
local QA = "Microsoft Q&A question "
local MSG = "a Java Outlook .msg parser's tests (" .. CI .. "3500850377), the 'Delivery delayed:RE: Bosco Fraud Cases [ 2 of 8]' message of 2016-04-11 from ABMAIL13.ci.atlantic-beach.fl.us"
return {
    ["exchange2010-text-dsn-fields-then-recipnotfound.eml"] = {
        source = "a PHP bounce classifier's test message (" .. CI .. "47245373327): an Exchange 2010 NDR as stored text, the delivery-status fields first, then 'Delivery has failed to these recipients or groups:', 'Diagnostic information for administrators:' and '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', then the original headers (DKIM signature lines cut); its first line (the Subject) made the header" .. HDR,
        format = "exchange",
        recipients = { r("john.doe@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["o365-html-only-graph-doc-5-7-501-spam-ip-range.eml"] = {
        source = "Microsoft Graph documentation, multi-value extended property example (" .. CI .. "71377741835): the message resource of an 'Undeliverable: Celebrate Thanksgiving' NDR, its HTML body ('Delivery has failed to these recipients or groups:', 'Remote server returned '550 5.7.501 Service unavailable. Spam abuse detected from IP range...'') put alone in a text/html part; From/Subject/Message-ID/date and To (the failed address, as the resource gives it) from the resource",
        format = "exchange",
        recipients = { r("Terrie@contoso.com", "failed", "5.7.501", "blocked", "reputation") },
    },
    ["exchange2013-qa-delay-masked-secure-domain-disallowed.eml"] = {
        source = QA .. "112624 'Exchange not receiving and Sending emails from certain addresses' (https://learn.microsoft.com/en-us/answers/questions/112624, " .. CI .. "57868932363): the diagnostic section the poster pasted ('400 4.4.7 Message delayed', then '451 4.4.0 Primary target IP address responded with: \"451 4.7.3 The admin has temporarily disallowed this secure domain.\"'); the poster later found the domain-secure (TLS) lists the cause; the recipient masked in the post ('user1@xxxxxxxxxxxxx  .dk', space removed), the Q&A's doubled line breaks undone" .. HDR .. " (Exchange's 'Delivery delayed:' subject)",
        format = "exchange",
        recipients = { r("user1@xxxxxxxxxxxxx.dk", "delayed", "4.4.7", "securityerror", "auth") },
    },
    ["exchange2013-qa-system-administrator-empty-remote-reply.eml"] = {
        source = QA .. "412359 'Strange Exchange 2013 Standard NDR message' (https://learn.microsoft.com/en-us/answers/questions/412359, " .. CI .. "57425207748): the NDR the poster pasted (From 'Systemadministrator <IMCEASYSTEM-administrator@keyman  .com>', 'A problem occurred during the delivery of this message. Please try to resend the message later.', 'Remote Server returned '''), recipient masked as '******@externaldomain.com'; From/Subject/date from the paste, the To line (empty there) a stand-in",
        format = "exchange",
        recipients = { r("******@externaldomain.com", "failed", nil, "undefined", "undefined") },
    },
    ["exchange2013-delay-mimecast-relayed-hmrc-failed-to-connect.eml"] = {
        source = "a UK government mail service's Mailgun connector tests (" .. CI .. "66703895642): the 'body-plain' of a delay notice received back ('Delivery is delayed to these recipients or groups:', 'Remote Server at mdb27 (172.24.16.149) returned '400 4.4.7 Message delayed'', then '441 4.4.1 ... Failed to connect.'), with its original headers (ARC/DKIM signature lines cut)" .. HDR .. "; To the original's Return-Path",
        format = "exchange",
        recipients = { r("lisa.mably@morganplc.com", "delayed", "4.4.7", "networkerror", "system") },
    },
    ["exchange2013-delay-multipart-report-failed-to-connect.eml"] = {
        source = MSG .. ": its three parts as the test asserts them (the text body, the message/delivery-status part with 'Action: delayed' / 'Status: 4.4.7', the text/rfc822-headers part), put back into a multipart/report; From/To/Subject/time from the forwarded copy of the same notice in the same tests",
        format = "rfc3464",
        recipients = { r("Darren.vuzzo@myfloridalicence.com", "delayed", "4.4.7", "networkerror", "system") },
    },
    ["exchange2013-delay-forwarded-by-user-dutch-outlook-header.eml"] = {
        source = MSG .. ", forwarded by its recipient ('FW: Delivery delayed:...', a Dutch Outlook 'Van:/Verzonden:/Aan:/Onderwerp:' block, the notice's text with Outlook's '<mailto:...>' links and the original headers naming many other addresses); the forward's text body alone (its delivery-status and headers attachments cut); From from the quoted To, To/date stand-ins",
        format = "exchange",
        recipients = { r("Darren.vuzzo@myfloridalicence.com", "delayed", "4.4.7", "networkerror", "system") },
    },
    ["o365-french-echec-remise-stored-text-5-1-10.eml"] = {
        source = "a French property manager's bounce-notice tests (" .. CI .. "70099349778), AVIS_EXCHANGE 'relevée en base (message 56602)': the French Microsoft 365 text ('Échec de la remise pour ces destinataires ou groupes :', 'Nous n’avons pas trouvé l’adresse de courrier que vous avez entrée.', 'Informations de diagnostic pour les administrateurs :') with stray DKIM 'h=' lines and the delivery-status fields as stored, the address as the project replaced it" .. HDR .. " (French 'Non remis :' subject); UTF-8 8bit (ENC)",
        format = "exchange",
        recipients = { r("antoine@exemple.invalid", "failed", "5.1.10", "userunknown", "address") },
    },
    ["exchange-russian-mailbox-full-5-2-2.eml"] = {
        source = "a Russian sales tool's lead-qualifier tests (" .. CI .. "58736100270): a postmaster report kept as a real case ('Не удалось выполнить доставку следующим получателям или группам:', 'Почтовый ящик получателя переполнен', 'Формирующий сервер: cit.cs', '#554-5.2.2 mailbox full ... QuotaExceededException'), From 'postmaster@cit.cs' and Subject 'Не удается доставить: Re: подключение «СЗ» к сервису' from the test; To (the test's lead address)/date stand-ins; UTF-8 8bit, RFC 2047 subject (ENC)",
        format = "exchange",
        recipients = { r("cs@ruschem.ru", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["exchange2010-pentest-notes-generating-server-fragment.eml"] = {
        source = "a penetration tester's DNS/mail notes (" .. CI .. "5665668828), 'Mail to nonexistent account': the part of an Exchange 2010 NDR they kept ('Generating server: noa.nintendo.com', 'blah@nintendo.com', '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##', original headers of 2014-04-26)" .. HDR .. "; To the envelope sender the headers name",
        format = "exchange",
        recipients = { r("blah@nintendo.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange2003-kb842029-two-display-names-recipient-limit.eml"] = {
        source = "https://mskb.pkisolutions.com/kb/842029 (Microsoft KB 842029, Exchange Server 2003 journaling): the NDR it shows, two recipients named only by display name ('User1', 'User2'), 'The e-mail system limits the number of recipients that can be addressed in a single message.', 'Servername.contoso.com #5.5.3'; the page's 'date and time' placeholders filled with an example date; From 'System Administrator' and Subject added",
        format = "exchange",
        recipients = {
            r("User1", "failed", "5.5.3", "ratelimited", "rate"),
            r("User2", "failed", "5.5.3", "ratelimited", "rate"),
        },
    },
    ["notbounce-outlook-read-receipt-kb-article.eml"] = {
        source = "Microsoft support article 'Outlook read receipt shows incorrect information' (" .. CI .. "3985824261): the read receipt text it shows ('Your message / To: / Subject: Read receipt test / Sent: ... / was read on ...'); a read receipt, no bounce" .. HDR .. " (Outlook's 'Read:' subject, example addresses)",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-exchange55-deleted-without-being-read.eml"] = {
        source = "Microsoft KB Q222163 'XCLN: DR: \"Your message was deleted without being read\"' (jeffpar/kbarchive copy, " .. CI .. "16019007778): the tracking notice it shows ('Your message ... was deleted without being read on 3/12/99 12:18 PM.'); a not-read receipt, no bounce; the KB's From/To/Subject/Sent lines made the header, example addresses added to 'User A'/'User B'",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-lkml-outlook-recall-request-tnef.eml"] = {
        source = "linux-kernel list 2002-06-13 'Recall: [RFC] down and down_interruptible on x86' (" .. CI .. "37864154142): an Outlook recall request sent to the list ('... would like to recall the message, ...', winmail.dat, a disclaimer); no bounce; taken whole",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-amd-gfx-outlook-recall-request.eml"] = {
        source = "amd-gfx list 2021-06-07 'Recall: [PATCH] drm/amdgpu: Update psp fw attestation support list' (" .. CI .. "34214139836): an Exchange Online recall request posted to the list; no bounce; ARC seal/signature, DKIM and long anti-spam headers cut",
        format = "notbounce",
        recipients = {},
    },
    ["o365-html-only-spf-validation-5-7-23-masked.eml"] = {
        source = "a blog post 'Broken DKIM Signatures on Office365' of 2017-12-14 (" .. CI .. "18104283457): the Office 365 NDR the supplier received, as Gmail showed it ('Your message to sam.m****@a1comms.com couldn't be delivered.', 'SPF validation error', 'Status code: 550 5.7.23', 'Reported error: 550 5.7.23 ... -> 550 5.7.1 Unauthenticated email ... DMARC policy'), addresses masked as the post shows them; the HTML alone in a text/html part, Gmail's link-rewriting attributes, most styles and the Message Hops table cut" .. HDR,
        format = "exchange",
        recipients = { r("sam.m****@a1comms.com", "failed", "5.7.23", "authfailure", "auth") },
    },
    ["o365-lab-writeup-5-1-10-recipient-not-found.eml"] = {
        source = "a Microsoft 365 administration lab write-up (" .. CI .. "69395991344), Step Two: the NDR's summary line as its screenshot caption quotes it ('mjohnson wasn't found at brindeck.com.') and the technical detail it transcribes ('Status code: 550 5.1.10', 'Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; ...', Message Hops)" .. HDR,
        format = "exchange",
        recipients = { r("mjohnson@brindeck.com", "failed", "5.1.10", "userunknown", "address") },
    },
    ["o365-group-only-accepts-organization-5-7-133.eml"] = {
        source = "a Turkish exporter's mail-classifier tests (" .. CI .. "71296943410), O365_RED, kept from a real rejection of 2026-09-26: 'Your message to infomatro@matro.com.mx couldn't be delivered.', 'The group infomatro only accepts messages from people in its organization or on its allowed senders list.', 'Status code: 550 5.7.133'; header as the test gives it, date a stand-in; RFC 2047 subject (ENC)",
        format = "exchange",
        recipients = { r("infomatro@matro.com.mx", "failed", "5.7.133", "filtered", "filter") },
    },
    ["exchange2007-distribution-lists-queue-expired-display-name.eml"] = {
        source = "a blog post of 2009-02-11 '\"550 4.4.7 QUEUE.Expired; message expired\" when emailing mail-enabled Public folder' (" .. CI .. "46282726512): the Exchange 2007 user text it quotes ('Delivery has failed to these recipients or distribution lists:', '[user display name]', 'Microsoft Exchange has been trying to deliver this message without success and has stopped trying.') and the diagnostic line '#550 4.4.7 QUEUE.Expired; message expired ##'; the masked display name filled with 'Project Archive'" .. HDR,
        format = "exchange",
        recipients = { r("Project Archive", "failed", "4.4.7", "expired", "system") },
    },
    ["exchange2003-blog-btconnect-masked-5-1-1.eml"] = {
        source = "a support blog post of 2011 on BTConnect senders (" .. CI .. "54001679393): the Exchange 2003 NDR it quotes ('The following recipient(s) could not be reached:', 'X@X.Co.UK on 20/01/2011 11:02' (masked in the post), 'The e-mail account does not exist ...', '<HESA02UKER.HE.LOCAL #5.1.1>'); From 'System Administrator' and Subject added",
        format = "exchange",
        recipients = { r("X@X.Co.UK", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange-spanish-delay-se-retraso-la-entrega.eml"] = {
        source = "a Chilean traffic-agency notifier's bounce-detector tests (" .. CI .. "70607608151): a real Exchange delay notice a municipality's IT reported ('Se retrasó la entrega a estos destinatarios o grupos:', 'Este mensaje aún no se entregó. Se seguirá tratando de realizar la entrega.'), From 'postmaster@munivalpo.cl' and Subject 'Retraso en la entrega: Confirmación enviada' from the test; To/date stand-ins; UTF-8 8bit, RFC 2047 subject (ENC)",
        format = "exchange",
        recipients = { r("raul.salazar1984@gmail.com", "delayed", nil, "undefined", "undefined") },
    },
    ["exchange2010-qa-eop-tenantattribution-relay-denied.eml"] = {
        source = QA .. "304252 'Exchange 2010 & EOP Failing to deliver External Emails' (https://learn.microsoft.com/en-us/answers/questions/304252, " .. CI .. "57418148532): the NDR the poster pasted on one line ('Delivery has failed to these recipients or groups: User name (ExternalUser_EmailAddress@keyman  .com) ...', '#550 5.7.64 TenantAttribution; Relay Access Denied [...] ##'), its line breaks put back where Exchange 2010 has them, the archive's masked domain with its space removed" .. HDR,
        format = "exchange",
        recipients = { r("ExternalUser_EmailAddress@keyman.com", "failed", "5.7.64", "norelaying", "relay") },
    },
    ["exchange2013-qa-hybrid-hop-count-exceeded-nested.eml"] = {
        source = QA .. "301350 'on-prem exchange mailbox not receiving emails - hybrid migration' (https://learn.microsoft.com/en-us/answers/questions/301350, " .. CI .. "57566549685): the bounce lines the poster pasted ('The following organization rejected your message: ...', 'Remote Server returned '554 5.4.0 <... #5.4.14 smtp; 554 5.4.14 Hop count exceeded - possible mail loop ...>''), domains masked by the archive (space removed)" .. HDR,
        format = "exchange",
        recipients = { r("Administrator@keyman.ca", "failed", nil, "networkerror", "system") },
    },
    ["exchange2010-outlook-pasted-filter-quota-policy-rejection.eml"] = {
        source = "a mail filtering service's FAQ page 'What happens if I go over the quota?' (" .. CI .. "45505061936): the Outlook-displayed NDR it shows with Outlook's From/Sent/To/Subject block ('billie@holiday.com (billie@holiday.com) (mailto:...)', 'gw18.lax01.mailroute.net #554 5.7.1 <billie@holiday.com>: Recipient address rejected: Policy Rejection- Quota Exceeded. ##'); the quota is the sending customer's emails/recipients per hour, not the mailbox" .. HDR,
        format = "exchange",
        recipients = { r("billie@holiday.com", "failed", "5.7.1", "ratelimited", "rate") },
    },
    ["o365-lab-notes-gmail-unauthenticated-no-address.eml"] = {
        source = "a Microsoft 365 lab's notes (" .. CI .. "55195854106): the NDR text it quotes ('Your message wasn't delivered because the recipient's email provider rejected it.', 'mx.google.com gave this error: Your email has been blocked because the sender is unauthenticated. ...'); names no recipient address" .. HDR,
        format = "exchange",
        recipients = {},
    },
}
