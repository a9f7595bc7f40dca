-- Bounce texts kept as test fixtures by crisp-oss/email-bounce-parser
-- (github.com/crisp-oss/email-bounce-parser test/fixtures/*.txt), read
-- through the code index.  The fixtures are the text part of real bounces
-- (2023, most from Postfix at Crisp's sending host, some Exchange Online /
-- Office 365 NDRs, one sendmail, one Exim, one unnamed MTA) without the
-- mail's header: each .eml here is that text byte for byte under a
-- two-line header added for the file to be a mail ("MIME-Version: 1.0",
-- "Content-Type: text/plain; charset=utf-8"): no From, no Subject, no
-- delivery-status part, so only the prose tells.  Personal addresses were
-- replaced by userN@<same domain> (also where the local part stands alone,
-- user26); role addresses (support@, contact@, paypal@, test@, ...) kept.
local S = "github.com/crisp-oss/email-bounce-parser test/fixtures/"
local function m (file, format, addr, status, reason, family, note)
    return { source = S .. file .. ".txt (" .. note .. "; header added, personal addresses masked)",
             format = format,
             recipients = { { recipient = addr, dsn_action = "failed", status = status,
                              reason = reason, family = family } } }
end
return {
    ["550_5_1_1_no_such_user_variant_2.eml"] = m("550_5_1_1_no_such_user_variant_2", "postfix", "support@loveastrology.com", "5.1.1", "userunknown", "address", "Postfix, GoDaddy 550 5.1.1 Recipient not found"),
    ["554_5_4_0_hops.eml"] = m("554_5_4_0_hops", "postfix", "user5@gi.com.br", "5.4.0", "networkerror", "system", "Postfix, Locaweb 554 5.4.0 Error: too many hops after end of DATA"),
    ["421_4_4_2_timeout.eml"] = m("421_4_4_2_timeout", "postfix", "user1@dashone.net", "4.4.2", "networkerror", "system", "Postfix, 'refused to talk to me: 421 4.4.2 ... Error: timeout exceeded'"),
    ["421_4_7_0_deferred.eml"] = m("421_4_7_0_deferred", "postfix", "user2@yahoo.com", "4.7.0", "badreputation", "reputation", "Postfix, Yahoo 421 4.7.0 [TSS04] temporarily deferred due to unexpected volume or user complaints, after MAIL FROM"),
    ["421_4_7_28_ip_blocked_spam.eml"] = m("421_4_7_28_ip_blocked_spam", "postfix", "user3@gmail.com", "4.7.28", "badreputation", "reputation", "Postfix, Gmail 421-4.7.28 unusual rate of unsolicited mail, temporarily rate limited"),
    ["421_too_many_connections.eml"] = m("421_too_many_connections", "postfix", "user4@orange.fr", nil, "ratelimited", "rate", "Postfix, Orange 421 'Trop de connexions ... Too many connections, slow down' (French and English)"),
    ["450_4_2_1_rate_limited.eml"] = m("450_4_2_1_rate_limited", "postfix", "user6@gmail.com", "4.2.1", "ratelimited", "rate", "Postfix, Gmail 450-4.2.1 the user is receiving mail at a rate that prevents additional messages"),
    ["451_4_7_500_server_busy.eml"] = m("451_4_7_500_server_busy", "postfix", "user7@decimetre.com", "4.7.500", "ratelimited", "rate", "Postfix, Exchange Online 451 4.7.500 Server busy. Please try again later from [ip]"),
    ["451_action_aborted_local_error.eml"] = m("451_action_aborted_local_error", "postfix", "user8@yahoo.com", nil, "rejected", "relay", "Postfix, Yahoo 451 temporarily deferred due to unresolvable RFC.5321 from domain"),
    ["550_5_2_1_account_disabled.eml"] = m("550_5_2_1_account_disabled", "postfix", "user9@enhance.com", "5.2.1", "suspend", "address", "Postfix, Gmail 550-5.2.1 the email account is inactive"),
    ["550_no_such_recipient_variant_5.eml"] = m("550_no_such_recipient_variant_5", "postfix", "user10@139.com", nil, "userunknown", "address", "Postfix, 139.com 550 User not found; no final newline"),
    ["550_5_4_1_no_such_recipient_variant_2.eml"] = m("550_5_4_1_no_such_recipient_variant_2", "generic", "user11@rakad.com", "5.4.1", "userunknown", "address", "three-line notice 'The following message to <...> was undeliverable. The reason for the problem: 5.1.0 - Unknown address error' quoting Exchange Online 550 5.4.1 Recipient address rejected: Access denied"),
    ["550_5_1_1_no_such_recipient_variant_18.eml"] = m("550_5_1_1_no_such_recipient_variant_18", "postfix", "user12@peoplemadein.co.kr", "5.1.1", "userunknown", "address", "Postfix, worksmobile.com 550 5.1.1 No such user"),
    ["550_mailbox_unavailable.eml"] = m("550_mailbox_unavailable", "postfix", "user13@nice.com.mm", nil, "userunknown", "address", "Postfix, 550 no mailbox by that name is currently available"),
    ["550_5_4_1_no_such_recipient.eml"] = m("550_5_4_1_no_such_recipient", "postfix", "user14@owenhales.ac.uk", "5.4.1", "userunknown", "address", "Postfix, Exchange Online 550 5.4.1 Recipient address rejected: Access denied"),
    ["550_5_4_1_no_such_recipient_variant_1.eml"] = m("550_5_4_1_no_such_recipient_variant_1", "exchange", "user15@smh365.mail.onmicrosoft.com", "5.4.1", "userunknown", "address", "Exchange NDR text 'rejected your message to the following email addresses', 550 5.4.1 Access denied; the diagnostic section names a slightly different address (user16@, so in the source)"),
    ["550_5_4_310_server_unknown.eml"] = m("550_5_4_310_server_unknown", "exchange", "test@yaloc.moc", "5.4.310", "hostunknown", "address", "Exchange Online NDR text with the DSN fields flattened into it: 550 5.4.310 DNS domain does not exist"),
    ["550_unkown_server.eml"] = m("550_unkown_server", "postfix", "paypal@bc-node.nl", nil, "userunknown", "address", "Postfix, 550-The mail server could not deliver mail ... The account or domain may not exist"),
    ["550_permanent_failure.eml"] = m("550_permanent_failure", "postfix", "user17@nogew.com.mx", nil, "filtered", "filter", "Postfix, 550 permanent failure for one or more recipients (address:blocked) after end of DATA"),
    ["550_not_allowed.eml"] = m("550_not_allowed", "postfix", "textmanager@text121chat.biz", nil, "blocked", "reputation", "Postfix, 550 Your host is not allowed to connect to this server"),
    ["554_5_7_1_no_such_recipient.eml"] = m("554_5_7_1_no_such_recipient", "postfix", "contact@monsson.com", "5.7.1", "userunknown", "address", "Postfix, 554 5.7.1 Recipient address rejected: user ... does not exist; no final newline"),
    ["552_no_such_recipient.eml"] = m("552_no_such_recipient", "postfix", "user18@yahoo.com", nil, "userunknown", "address", "Postfix, Yahoo 552 1 Requested mail action aborted, mailbox not found"),
    ["550_5_7_26_authentication_failure.eml"] = m("550_5_7_26_authentication_failure", "postfix", "user19@fyguare.com", "5.7.26", "authfailure", "auth", "Postfix, Gmail 550-5.7.26 unauthenticated email not accepted due to domain's DMARC policy"),
    ["554_5_7_105_sender_blocked.eml"] = m("554_5_7_105_sender_blocked", "postfix", "user20@aeolia.com", "5.7.105", "filtered", "filter", "Postfix at OVH, 554 5.7.105 SenderFilterAgent; Sender denied as sender's email address is on SenderFilterConfig list"),
    ["554_5_2_3_policy_violation.eml"] = m("554_5_2_3_policy_violation", "postfix", "support@databit.ch", "5.2.3", "policyviolation", "content", "Postfix, Zoho 554 5.2.3 MailPolicy violation"),
    ["552_5_2_2_mailbox_over_quota.eml"] = m("552_5_2_2_mailbox_over_quota", "postfix", "user21@protonmail.com", "5.2.2", "mailboxfull", "mailbox", "Postfix, Proton 552 5.2.2 Mailbox quota exceeded"),
    ["550_5_7_129_restricted_permissions.eml"] = m("550_5_7_129_restricted_permissions", "exchange", "user22@lin.com", "5.7.129", "filtered", "filter", "Exchange Online NDR text: 550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission"),
    ["550_5_7_1_service_refused.eml"] = m("550_5_7_1_service_refused", "postfix", "user23@laposte.net", "5.7.1", "spamdetected", "content", "Postfix, La Poste 550 5.7.1 'Service refuse ... service refused, please try later. LPN007_510' (French and English)"),
    ["550_5_2_0_message_rejected.eml"] = m("550_5_2_0_message_rejected", "postfix", "user24@orange.fr", "5.2.0", "spamdetected", "content", "Postfix, Orange 550 5.2.0 'Mail rejete. Mail rejected. OFR_506': the words name no cause; labelled as the reply corpus labels this text (Orange's OFR_506, a content refusal)"),
    ["451_4_7_650_reputation.eml"] = m("451_4_7_650_reputation", "postfix", "user25@outlook.com", "4.7.650", "badreputation", "reputation", "Postfix, Outlook.com 451 4.7.650 temporarily rate limited due to IP reputation; no final newline"),
    ["550_5_1_1_no_such_user_variant_22.eml"] = m("550_5_1_1_no_such_user_variant_22", "sendmail", "social-2728@social.com", "5.1.1", "userunknown", "address", "sendmail text (Proofpoint-hosted sender), Gmail 550-5.1.1 account does not exist"),
    ["550_5_1_1_no_such_user_variant_25.eml"] = m("550_5_1_1_no_such_user_variant_25", "exchange", "user26@napa365.com", "5.1.10", "userunknown", "address", "Office 365 NDR text, 550 5.1.10 RESOLVER.ADR.RecipientNotFound"),
    ["550_no_such_recipient_variant_11.eml"] = m("550_no_such_recipient_variant_11", "postfix", "support@alyaf.com", nil, "userunknown", "address", "Postfix, 550 No such recipient here"),
    ["550_5_1_1_no_such_user_variant_21.eml"] = m("550_5_1_1_no_such_user_variant_21", "exim", "user27@pc71-zth-95.jangehost.com", "5.1.1", "userunknown", "address", "Exim text, '(generated from ...)', LMTP error after RCPT TO: 550 5.1.1 User doesn't exist (the LMTP address differs in one digit, so in the source)"),
    ["550_5_1_1_no_such_user_variant_23.eml"] = m("550_5_1_1_no_such_user_variant_23", "exchange", "user29@socav.nl", "5.1.10", "userunknown", "address", "Dutch Exchange NDR text 'Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen', 550 5.1.10 RESOLVER.ADR.RecipientNotFound"),
    ["550_5_1_1_no_such_user_variant_11.eml"] = m("550_5_1_1_no_such_user_variant_11", "postfix", "user30@gamil.com", "5.1.1", "userunknown", "address", "Postfix, qmail chkuser '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)' at a misspelt domain"),
    ["550_5_1_1_no_such_user_variant_14.eml"] = m("550_5_1_1_no_such_user_variant_14", "postfix", "user31@icloud.com", "5.1.1", "userunknown", "address", "Postfix, iCloud 550 5.1.1 user does not exist"),
    ["550_5_1_1_no_such_user_variant_15.eml"] = m("550_5_1_1_no_such_user_variant_15", "postfix", "user32@iclod.com", "5.1.1", "userunknown", "address", "Postfix, orcon.net.nz 550 5.1.1 undeliverable address ... 550 unknown user (nested reply)"),
    ["550_5_1_1_no_such_user_variant_20.eml"] = m("550_5_1_1_no_such_user_variant_20", "postfix", "user33@privaterelay.appleid.com", "5.1.1", "rejected", "relay", "Postfix, Apple private relay 550 5.1.1 <the VERP sender>: unauthorized sender"),
    ["550_5_1_1_no_such_user_variant_17.eml"] = m("550_5_1_1_no_such_user_variant_17", "postfix", "user34@orange.fr", "5.1.1", "userunknown", "address", "Postfix, Orange 550 5.1.1 'Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416' (French and English)"),
    ["550_5_1_1_no_such_user_variant_16.eml"] = m("550_5_1_1_no_such_user_variant_16", "postfix", "user35@wash.ca", "5.1.1", "userunknown", "address", "Postfix, Cloudfilter 550 5.1.1 recipient address rejected"),
    ["550_5_1_1_no_such_user_variant_7.eml"] = m("550_5_1_1_no_such_user_variant_7", "postfix", "user36@ben-pregos.com.br", "5.1.1", "userunknown", "address", "Postfix, Locaweb 550 5.1.1 User unknown in virtual mailbox table"),
    ["550_no_such_recipient_variant_10.eml"] = m("550_no_such_recipient_variant_10", "postfix", "user37@escuderia.com.mx", nil, "userunknown", "address", "Postfix, 550 No Such User Here"),
    ["550_5_1_1_no_such_recipient_variant_1.eml"] = m("550_5_1_1_no_such_recipient_variant_1", "postfix", "user38@greytip.com", "5.1.1", "userunknown", "address", "Postfix, Google Workspace 550-5.1.1 account does not exist"),
    ["550_5_1_1_no_such_recipient_variant_12.eml"] = m("550_5_1_1_no_such_recipient_variant_12", "postfix", "user39@marver.com.mx", "5.1.1", "userunknown", "address", "Postfix, 550 5.1.1 Recipient address rejected: <domain> (the host's domain differs from the address's, so in the source)"),
    ["550_5_1_1_no_such_recipient_variant_13.eml"] = m("550_5_1_1_no_such_recipient_variant_13", "postfix", "hlep@cashdaily.com", "5.1.1", "userunknown", "address", "Postfix, Amazon SES inbound 550 5.1.1 Requested action not taken: mailbox unavailable"),
    ["550_5_1_1_no_such_recipient_variant_10.eml"] = m("550_5_1_1_no_such_recipient_variant_10", "postfix", "user40@atizapan.mx", "5.1.1", "userunknown", "address", "Postfix, 550 5.1.1 User unknown in local recipient table"),
}
