-- Fresh dev batch (round 9), second part: near-misses of the address
-- failures -- replies that carry address words (recipient, user,
-- mailbox, domain, address, account, moved) yet blame something else:
-- the sender's address or domain, relaying, recipient limits, the
-- receiving system, a lookup error.  From sources no earlier batch used
-- (small servers' source strings, help pages, issue threads).  Template
-- values filled with documentation values.  Labelled from each source's
-- meaning (reason, action by the policy of accuracy/corpus/README.md),
-- before any was classified.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local KOPANO = "github.com/Kopano-dev/kopano-core spooler/DAgent.cpp"
local ROBIN = "Mimecast Robin MTA, com/mimecast/robin/smtp/SmtpResponses.java, read via the code index (file id 53185874078)"
local GUMR = "gumdrop (GNU Java server, org.bluezoo.gumdrop.smtp) RecipientPolicyResult.java, read via the code index (file id 8320518438)"
local GUMS = "gumdrop (GNU Java server, org.bluezoo.gumdrop.smtp) SenderPolicyResult.java, read via the code index (file id 7801835384)"
local CSRV = "a small C SMTP server's reply_codes.h, read via the code index (file id 32827114520)"
local AF = "github.com/roman-rybalko/af services/smtp/exim/main.conf (AdvancedFiltering's Exim ACLs; deny gives 550, defer 451)"
local MSPT = "https://support.microsoft.com/pt-pt/office/65b494a4-0a15-433e-829f-e73651e0245e (Microsoft help in Portuguese: 550, 553 or relaying-denied errors when sending)"

return {
  e(O, B, "systemerror", "contact", KOPANO .. ": RCPT when the address lookup itself fails (not MAPI_E_NOT_FOUND)",
    "The server could not look the address up (a connection error to its store), not an unknown user.",
    [==[503 5.1.1 Connection error: 0x80040115]==]),
  e(O, B, "syntaxerror", "fix", KOPANO .. ": DATA with no accepted recipient",
    "DATA was sent before any recipient was accepted: a command out of sequence.",
    [==[503 5.1.1 No recipients]==]),
  e(O, D, "systemerror", "retry", KOPANO .. ": delivery failed with any error other than a full store",
    "The delivery into the store failed for a temporary reason of the server.",
    [==[450 4.2.0 jane@example.org Mailbox Temporarily Unavailable]==]),
  e(O, D, "ratelimited", "throttle", ROBIN .. " RECIPIENTS_LIMIT_EXCEEDED_452",
    "Too many recipients in the transaction.",
    [==[452 4.5.3 Recipients limit exceeded [192.0.2.1]]==]),
  e(O, B, "norelaying", "suppress", ROBIN .. " UNKNOWN_DOMAIN_550",
    "The server does not serve the recipient's domain (it does not relay for it).",
    [==[550 5.1.2 Domain not served here [example.org]]==]),
  e(O, D, "systemerror", "retry", GUMR .. " TEMP_REJECT_UNAVAILABLE",
    "The mailbox exists but is unavailable for a while (maintenance, a lock or system trouble).",
    [==[450 4.2.1 Mailbox temporarily unavailable]==]),
  e(O, B, "norelaying", "suppress", GUMR .. " REJECT_RELAY_DENIED",
    "The recipient domain is not local and relaying is not permitted for this client.",
    [==[551 5.7.1 Relaying denied]==]),
  e(O, B, "filtered", "suppress", GUMR .. " REJECT_POLICY_VIOLATION",
    "The recipient address is refused by the server's local policy (business or compliance rules).",
    [==[553 5.7.1 Recipient violates local policy]==]),
  e(O, B, "rejected", "fix", GUMS .. " REJECT_INVALID_DOMAIN (MAIL FROM)",
    "The sender's domain does not exist in DNS.",
    [==[550 5.1.1 Sender domain does not exist]==]),
  e(O, B, "blocked", "contact", GUMS .. " REJECT_BLOCKED_DOMAIN (MAIL FROM)",
    "The sender's domain is on a blocklist or against local policy.",
    [==[550 5.1.1 Sender domain blocked by policy]==]),
  e(O, B, "rejected", "fix", GUMS .. " REJECT_POLICY_VIOLATION (MAIL FROM)",
    "The sender address violates local policy.",
    [==[553 5.7.1 Sender address violates local policy]==]),
  e(O, D, "ratelimited", "throttle", CSRV .. " TOO_MANY_RECIPIENTS",
    "Too many recipients.",
    [==[452 4.5.3 Too many recipients]==]),
  e(O, B, "syntaxerror", "fix", CSRV .. " NEED_RCPT_COMMAND",
    "DATA before any RCPT: a command out of sequence.",
    [==[503 5.0.0 Need RCPT (recipient)]==]),
  e(O, B, "syntaxerror", "fix", CSRV .. " BAD_SENDER (MAIL FROM)",
    "The sender's address in MAIL FROM is malformed.",
    [==[501 5.1.7 Syntax error in mailbox address]==]),
  e(O, D, "ratelimited", "throttle", CSRV .. " TOO_MANY_TRANSACTIONS",
    "Too many messages from the client's address.",
    [==[450 4.7.1 Error: too much mail from 192.0.2.1]==]),
  e(O, D, "networkerror", "retry", AF .. " rcpt_acl (the domain's client lives in another realm)",
    "The domain is served by another host of the service: try that host (routing), not a moved mailbox.",
    [==[451 R:O/ (Moved, please try another host)]==]),
  e(O, D, "ratelimited", "throttle", AF .. " rcpt_acl (recipients_count > 0: one recipient per transaction)",
    "Only one recipient per transaction; further recipients are deferred to a new transaction.",
    [==[451 RC/ (Mail box is temporarily unavailable, please try again later)]==]),
  e(O, B, "filtered", "suppress", AF .. " rcpt_acl (the recipient's own block list matched the sender)",
    "The recipient's policy blocks this sender address.",
    [==[550 U:BL/ (user recipient policy: sender mail address)]==]),
  e(O, B, "authfailure", "fix", AF .. " rcpt_acl (SPF fail)",
    "The sending IP is not allowed by the sender domain's SPF record.",
    [==[550 SPF/ (SPF: 192.0.2.1 is not allowed to send mail from example.org)]==]),
  e(O, B, "norelaying", "suppress", "github.com/ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced/guide.fr-fr.md (OVHcloud: 551)",
    "OVHcloud explains 551 'user not local' as the relay refusing to pass the message to another server.",
    [==[551 Utilisateur non local]==]),
  e(O, B, "rejected", "fix", "https://knowledge.workspace.google.com/kb/external-user-not-able-to-send-emails-to-a-group-000004604?hl=ko (Google Workspace KB in Korean: mail to a group bounces)",
    "The external sender's own Google account is disabled, so the group refuses the sender.",
    [==[The account sender@example.com is disabled]==]),
  e(O, B, "norelaying", "suppress", MSPT, "Relaying refused: the server does not relay for the recipient domain.",
    [==[550 <alguem@example.com>... Reencaminhamento Recusado]==]),
  e(O, B, "norelaying", "suppress", MSPT, "The recipient domain is not in the server's list of allowed rcpthosts (no relaying).",
    [==[553 – esse domínio não está na minha lista de rcpthosts permitidos (#5.7.1)]==]),
  e(O, B, "rejected", "fix", "https://github.com/anonaddy/anonaddy/issues/849",
    "The sender's domain does not resolve.",
    [==[554 5.1.8 <no-reply@community-mail.bt.com>: Sender address rejected: Domain not found]==]),
  e(O, B, "rejected", "fix", "https://github.com/mailcow/mailcow/issues/512 (the sender ACL of the mailbox)",
    "The authenticated user may not send as this sender address.",
    [==[Sender address rejected: not owned by user]==]),
  e(O, D, "systemerror", "retry", "https://coviserver.de/e-mail-geblockt (German host: a temporary refusal example)",
    "The receiving system is temporarily unavailable; worth waiting.",
    [==[host 1234.mailserver.de[192.0.2.2] said: 450 4.7.1 <adresse@domain.de>: Recipient address rejected: Service temporarily unavailable, please try later (in reply to RCPT TO command)]==]),
  e(O, D, "rejected", "retry", "https://github.com/matrix-org/synapse/issues/7715",
    "The sender's domain (an internal host name) does not resolve.",
    [==[450 4.1.8 <ubuntu@ip-172-26-13-215.ap-south-1.compute.internal>: Sender address rejected: Domain not found]==]),
  e(O, B, "rejected", "fix", "https://github.com/postalserver/postal/issues/641 (the receiving side checks the envelope-from domain)",
    "The domain of the sender (return-path) address does not exist.",
    [==[Domain of sender address does not exist]==]),
  e(O, B, "syntaxerror", "fix", "http://blog.softmail.co.kr/554 (IceWarp server's 5xx SMTP error table, Korean reseller's copy)",
    "The sender has no domain in MAIL FROM.",
    [==[501 5.5.2 Domain name required]==]),
}
