-- Fresh dev batch (round 6): replies of qmail-family front ends and
-- delivery agents (mailfront, qmail-ldap, indimail), both sides: address
-- failures and other causes, many without an enhanced status code (only
-- qmail's "(#x.y.z)" comment) or with none at all (delivery-agent texts
-- that reach the sender in a qmail bounce).  Also a few replies quoted
-- from live servers in a public test file and in mailing-list posts.
-- Labelled from what each source's code and comments say (reason,
-- action by the policy of accuracy/corpus/README.md), before any was
-- classified.  Format strings filled with documentation values.
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local MF = function (file) return "github.com/bruceg/mailfront " .. file .. " (RESPONSE code and text as the front end sends them)" end
local QLS = "github.com/qmail-ldap/qmail-ldap qmail-smtpd.c (out() reply strings)"
local QLV = "github.com/qmail-ldap/qmail-ldap qmail-verify.c and qmail-smtpd.c (rcptcheck: qmail-smtpd answers 554 followed by qmail-verify's text)"
local QLL = "github.com/qmail-ldap/qmail-ldap qmail-lspawn.c report() (delivery-agent text; D = permanent, Z = temporary; it reaches the sender in qmail's bounce without a reply code)"
local INDI = "github.com/indimail/indimail-mta qmail-smtpd.c (indimail's qmail-smtpd; out() reply strings)"
local LIVE = "public code index file 70440439981 (a reply classifier's tests; the file says these replies were captured from live mail servers on 2026-09-23)"

return {
  -- {==================================================================
  -- mailfront
  -- ===================================================================
  e(O, D, "systemerror", "retry", MF("plugin-qmail-validate.c"), "The front end cannot change to the qmail directory.",
    [==[451 4.3.0 Could not change to the qmail directory.]==]),
  e(O, B, "rejected", "fix", MF("plugin-qmail-validate.c"), "The envelope sender is in badmailfrom.",
    [==[553 5.1.0 Sorry, your envelope sender is in my badmailfrom list.]==]),
  e(O, B, "norelaying", "suppress", MF("plugin-qmail-validate.c"), "The recipient domain is not in rcpthosts (no relaying for it).",
    [==[553 5.1.1 Sorry, that domain isn't in my list of allowed rcpthosts.]==]),
  e(O, B, "filtered", "suppress", MF("plugin-qmail-validate.c"), "The recipient address is in the badrcptto list.",
    [==[553 5.1.1 Sorry, that address is in my badrcptto list.]==]),
  e(A, B, "userunknown", "suppress", MF("plugin-cvm-validate.c"), "The CVM lookup says the recipient does not exist.",
    [==[553 5.1.1 Sorry, that recipient does not exist.]==]),
  e(O, D, "systemerror", "retry", MF("plugin-cvm-validate.c"), "The recipient lookup failed with an internal temporary error.",
    [==[451 4.1.0 Sorry, I could not verify that recipient (internal temporary error).]==]),
  e(O, B, "emailtoolarge", "fix", MF("plugin-counters.c"), "More data than DATABYTES.",
    [==[552 5.2.3 Sorry, that message exceeds the maximum message length.]==]),
  e(O, B, "networkerror", "contact", MF("plugin-counters.c"), "More Received/Delivered-To headers than MAXHOPS: a loop.",
    [==[554 5.6.0 This message is looping, too many hops.]==]),
  e(O, B, "ratelimited", "throttle", MF("plugin-counters.c"), "More recipients than MAXRCPTS.",
    [==[550 5.5.3 Too many recipients]==]),
  e(A, B, "hostunknown", "suppress", MF("plugin-check-fqdn.c"), "The (recipient) address has no domain part.",
    [==[554 5.1.2 Address is missing a domain name]==]),
  e(A, B, "hostunknown", "suppress", MF("plugin-check-fqdn.c"), "The (recipient) address's domain is not fully qualified.",
    [==[554 5.1.2 Address does not contain a fully qualified domain name]==]),
  e(O, D, "networkerror", "retry", MF("plugin-rbl.c"), "The receiver's DNS lookup for its RBL check failed.",
    [==[451 4.3.0 DNS error doing RBL lookup]==]),
  e(O, D, "blocked", "throttle", MF("plugin-rbl.c") .. "; the text after 'Blocked: ' is the list's TXT record, filled with a documentation value",
    "The client IP is listed on a configured RBL (the plugin answers 451).",
    [==[451 Blocked: Listed on example RBL, see http://rbl.example.org/lookup?ip=192.0.2.1]==]),
  e(O, B, "securityerror", "fix", MF("plugin-require-auth.c"), "Authentication is required before MAIL.",
    [==[530 5.7.1 You must authenticate first.]==]),
  e(O, D, "systemerror", "retry", MF("plugin-clamav.c"), "The virus scanner host name does not resolve.",
    [==[451 4.3.0 Could not resolve virus scanner hostname]==]),
  e(O, D, "systemerror", "retry", MF("plugin-clamav.c"), "The message could not be virus scanned.",
    [==[451 4.3.0 Could not virus scan message]==]),
  e(O, B, "virusdetected", "fix", MF("plugin-clamav.c") .. "; clamd's verdict filled with its test signature",
    "clamd found a virus.",
    [==[554 5.7.0 Virus scan failed: Eicar-Test-Signature FOUND]==]),
  e(O, D, "systemerror", "retry", MF("plugin-spamassassin.c"), "The message could not be scanned by SpamAssassin.",
    [==[451 4.3.0 Could not SpamAssassin scan message]==]),
  e(O, D, "systemerror", "retry", MF("responses.c"), "The front end ran out of memory.",
    [==[451 Out of memory.]==]),

  -- {==================================================================
  -- qmail-ldap qmail-smtpd and qmail-verify
  -- ===================================================================
  e(O, D, "networkerror", "retry", QLS, "The SMTP session timed out.",
    [==[451 timeout (#4.4.2)]==]),
  e(O, D, "systemerror", "retry", QLS, "The server ran out of memory.",
    [==[421 out of memory (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", QLS, "qmail-queue failed.",
    [==[451 qqt failure (#4.3.0)]==]),
  e(O, D, "rejected", "retry", QLS, "The MX lookup of the sender's domain failed temporarily (return MX check).",
    [==[421 DNS temporary failure at return MX check, try again later (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", QLS, "The LDAP lookup failed temporarily.",
    [==[451 temporary ldap lookup failure, try again later]==]),
  e(O, B, "rejected", "fix", QLS, "The envelope sender is in badmailfrom.",
    [==[553 sorry, your mail was administratively denied. (#5.7.1)]==]),
  e(O, B, "requireptr", "fix", QLS, "The sender is in badmailfrom-unknown and the client has no reverse DNS.",
    [==[553 sorry, your mail from a host [192.0.2.1] without valid reverse DNS was administratively denied (#5.7.1)]==]),
  e(O, B, "ratelimited", "throttle", QLS, "More recipients than MAXRCPTCOUNT.",
    [==[553 sorry, too many recipients (#5.7.1)]==]),
  e(O, B, "norelaying", "suppress", QLS, "The recipient domain is not in rcpthosts and the client may not relay.",
    [==[553 sorry, relaying denied from your location [192.0.2.1] (#5.7.1)]==]),
  e(O, B, "policyviolation", "fix", QLS, "A bounce (null sender) with more than one recipient.",
    [==[550 sorry, I don't accept bounce messages with more than one recipient. Go read RFC2821. (#5.7.1)]==]),
  e(O, B, "norelaying", "suppress", QLS, "A relay probe (%, ! or double @ in the recipient) is refused.",
    [==[553 sorry, we don't relay for [192.0.2.1] (#5.7.1)]==]),
  e(O, B, "blocked", "contact", QLS .. "; the RBL name filled in",
    "The client IP is listed on an RBL.",
    [==[553 sorry, your mailserver [192.0.2.1] is rejected by zen.spamhaus.org]==]),
  e(O, B, "blocked", "contact", QLS, "Mail from the client's location is denied by the administrator.",
    [==[553 sorry, mail from your location [192.0.2.1] is administratively denied (#5.7.1)]==]),
  e(O, B, "filtered", "suppress", QLS, "The recipient is in badrcptto.",
    [==[553 sorry, mail to that recipient is not accepted (#5.7.1)]==]),
  e(O, B, "rejected", "fix", QLS, "Bounces (null sender) are refused (NOBOUNCE).",
    [==[554 RFC2821 bounces are administratively denied]==]),
  e(O, B, "rejected", "fix", QLS, "The envelope sender has no @ (SANITYCHECK).",
    [==[554 mailfrom without @ is administratively denied]==]),
  e(O, B, "rejected", "fix", QLS, "The envelope sender's domain has no dot (SANITYCHECK).",
    [==[554 mailfrom without . in domain part is administratively denied]==]),
  e(O, B, "rejected", "fix", QLS, "The envelope sender's domain lacks a valid top-level domain (SANITYCHECK).",
    [==[554 mailfrom without country or top level domain is administratively denied]==]),
  e(O, B, "rejected", "fix", QLS, "The sender's domain has no MX (RETURNMXCHECK).",
    [==[554 refused mailfrom because return MX does not exist]==]),
  e(O, B, "rejected", "fix", QLS, "A local sender address is required (SENDERCHECK strict).",
    [==[554 refused mailfrom because valid local sender address required]==]),
  e(O, B, "securityerror", "fix", QLS, "Authentication is required (AUTHREQUIRED).",
    [==[530 authentication needed]==]),
  e(A, B, "userunknown", "suppress", QLV, "The recipient is not in the LDAP directory (or marked deleted).",
    [==[554 Sorry, no mailbox here by that name. (#5.1.1)]==]),
  e(A, B, "suspend", "suppress", QLV, "The recipient's account status is 'bounce': administratively disabled.",
    [==[554 Mailaddress is administratively disabled. (#5.2.1)]==]),

  -- {==================================================================
  -- qmail-ldap qmail-lspawn delivery texts (no reply code)
  -- ===================================================================
  e(A, B, "suspend", "suppress", QLL, "Permanent: the account's status is 'bounce' (disabled).",
    [==[Mailaddress is administrativley disabled. (LDAP-ERR #220)]==]),
  e(A, B, "userunknown", "suppress", QLL, "Permanent: the recipient address is not a valid email address.",
    [==[Receipient email address is not a valid email address. (LDAP-ERR #200)]==]),
  e(O, D, "systemerror", "retry", QLL, "Temporary: the LDAP connection could not be set up.",
    [==[Unable to initialize LDAP connection (bad server address or server down?) (LDAP-ERR #201).]==]),
  e(O, D, "systemerror", "retry", QLL, "Temporary: the delivery agent could not log into its own LDAP server.",
    [==[Unable to login into LDAP server (bad username/password?). (LDAP-ERR #203)]==]),
  e(O, D, "systemerror", "retry", QLL, "Temporary: an LDAP search failed internally.",
    [==[Internal error in ldap_search_ext_s. (LDAP-ERR #204)]==]),
  e(O, D, "systemerror", "retry", QLL, "Temporary failure of the local delivery spawner.",
    [==[Temporary failure in qmail-lspawn.]==]),
  e(O, D, "systemerror", "retry", QLL, "Temporary: the users/cdb database could not be read.",
    [==[Trouble reading users/cdb in qmail-lspawn.]==]),
  e(O, D, "systemerror", "retry", QLL, "Temporary: an NFS failure during local delivery.",
    [==[NFS failure in qmail-local.]==]),

  -- {==================================================================
  -- indimail qmail-smtpd (more)
  -- ===================================================================
  e(O, D, "networkerror", "retry", INDI, "Reading from the client failed.",
    [==[451 Sorry, I got read error (#4.4.2)]==]),
  e(O, D, "networkerror", "retry", INDI, "Writing to the client failed.",
    [==[451 Sorry, I got write error (#4.4.2)]==]),
  e(O, D, "networkerror", "retry", INDI, "The client timed out while sending data.",
    [==[451 Sorry, I reached a timeout reading from client (#4.4.2)]==]),
  e(O, D, "syntaxerror", "retry", INDI, "The HELO name is not fully qualified.",
    [==[451 unable to accept non-FQDN HELO (#4.3.0)]==]),
  e(O, D, "syntaxerror", "retry", INDI, "The HELO claims one of the server's own names from outside.",
    [==[451 invalid HELO greeting for local (#4.3.0)]==]),
  e(A, B, "userunknown", "suppress", INDI .. " err_mailbox(); sender and recipient filled with documentation values",
    "The recipient is absent on this domain.",
    [==[550 sorry, bob@example.com mailbox <alice@example.org> is absent on this domain (#5.1.1)]==]),
  e(A, B, "suspend", "suppress", INDI .. " err_mailbox(); sender and recipient filled with documentation values",
    "The recipient's mailbox is inactive.",
    [==[550 sorry, bob@example.com mailbox <alice@example.org> is inactive on this domain (#5.2.1)]==]),

  -- {==================================================================
  -- live replies quoted in a test file and in list posts
  -- ===================================================================
  e(O, B, "blocked", "contact", LIVE, "iCloud refuses the IP for a Spamhaus SBL listing.",
    [==[550 5.7.1 Mail from IP 106.219.72.198 was rejected due to listing in Spamhaus SBL]==], "icloud"),
  e(O, B, "requireptr", "fix", LIVE, "Yahoo: forward-confirmed reverse DNS of the sending IP failed.",
    [==[550 5.7.25 Forward-confirmed reverse DNS failed tnmpmscs]==], "yahoo_aol"),
  e(A, B, "userunknown", "suppress", LIVE, "Zoho: the mailbox does not exist.",
    [==[550 5.1.1 User does not exist - <x@zoho.com>]==], "zoho"),
  e(A, B, "userunknown", "suppress", LIVE, "Proton: the address does not exist.",
    [==[550 5.1.1 <x@proton.me>: Recipient address rejected: Address does not exist]==]),
  e(A, B, "suspend", "suppress", LIVE, "Google: the account exists but is inactive (5.2.1).",
    [==[550-5.2.1 The email account that you tried to reach is inactive. For more 550 5.2.1 information, go to https://support.google.com/mail/?p=DisabledUser]==], "gmail"),
  e(A, B, "userunknown", "suppress", "qemu-devel list post (MAINTAINERS update for nanoMIPS; public code index file 32540192000): the maintainer's address 'is bouncing'",
    "Microsoft 365 directory-based edge blocking: the recipient is not in the tenant's directory.",
    [==[550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DBAEUR03FT030.eop-EUR03.prod.protection.outlook.com]]==], "microsoft"),
  e(A, B, "userunknown", "suppress", "linux-kernel list post (a Reviewed-by address with a typo; public code index file 15466233408)",
    "The typed address does not exist at the recipient's provider.",
    [==[550 5.1.1 User does not exist - <angelogiocchino.delregno@collabora.com>]==]),

  -- {==================================================================
  -- more from the same sources
  -- ===================================================================
  e(O, B, "policyviolation", "fix", QLS, "An attachment with executable content (SMTPEXECCHECK).",
    [==[552 we don't accept email with this MIME content (#5.3.4)]==]),
  e(O, D, "systemerror", "retry", QLS, "STARTTLS offered but the server's certificate is missing.",
    [==[454 TLS not available: missing certificate (#4.3.0)]==]),
  e(O, D, "blocked", "throttle", QLS .. "; 421GREETING set for this client, host name filled in",
    "The client is refused at connect with the temporary greeting meant for abusers.",
    [==[421 mail.example.org Service temporarily not available (#4.3.2)]==]),
  e(O, B, "blocked", "contact", QLS .. "; 550GREETING set for this client, host name filled in",
    "The client is refused at connect (the administrator's deny greeting).",
    [==[554 mail.example.org Sorry, your mail was administratively denied. (#5.7.1)]==]),
  e(O, B, "securityerror", "fix", QLS, "The client asked for an AUTH type the server does not offer.",
    [==[504 authentication type not supported]==]),
  e(O, B, "syntaxerror", "fix", INDI, "MAIL before HELO/EHLO.",
    [==[503 Polite people say hello first (#5.5.4)]==]),
  e(O, B, "rejected", "fix", INDI, "Closed user group (CUGMAIL): the sender's domain or account may not send here.",
    [==[553 authorization failure (#5.7.1)]==]),
  e(O, B, "securityerror", "fix", INDI, "The sender claims a local domain without authenticating (ANTISPOOFING).",
    [==[530 authentication required for local users (#5.7.1)]==]),
  e(O, D, "authfailure", "retry", INDI, "The SPF lookup failed temporarily.",
    [==[451 SPF lookup failure (#4.3.0)]==]),
  e(O, B, "securityerror", "fix", INDI, "STARTTLS is required first (FORCE_TLS).",
    [==[530 must issue STARTTLS first (#5.7.0)]==]),
  e(O, B, "rejected", "fix", INDI, "BATV: a bounce to a local address that carries no BATV signature (not a reply to mail sent from here).",
    [==[553 Not our message (#5.7.1)]==]),
  e(O, B, "rejected", "fix", INDI, "BATV: a bounce whose BATV signature is malformed.",
    [==[553 message format wrong (#5.7.1)]==]),
  e(O, B, "rejected", "fix", INDI, "BATV: a bounce whose BATV signature has expired.",
    [==[553 message expired (#5.7.1)]==]),
  e(O, D, "systemerror", "retry", INDI, "An SRS recipient address could not be decoded (temporary).",
    [==[451 failed to decode srs address (#4.3.0)]==]),

  -- {==================================================================
  -- mailfront: older std-handle.c texts (no enhanced code) and others
  -- ===================================================================
  e(O, B, "policyviolation", "fix", MF("std-handle.c"), "A bounce (null sender) with more than one recipient.",
    [==[550 Bounce messages should have a single recipient.]==]),
  e(O, B, "emailtoolarge", "fix", MF("std-handle.c"), "More data than DATABYTES.",
    [==[552 Sorry, that message exceeds the maximum message length.]==]),
  e(O, B, "networkerror", "contact", MF("std-handle.c"), "More Received/Delivered-To headers than MAXHOPS: a loop.",
    [==[554 This message is looping, too many hops.]==]),
  e(O, D, "systemerror", "retry", MF("std-handle.c"), "An internal error in the front end.",
    [==[451 Internal error.]==]),
  e(O, B, "ratelimited", "throttle", MF("std-handle.c"), "More recipients than MAXRCPTS.",
    [==[550 Too many recipients]==]),
  e(O, B, "policyviolation", "fix", MF("plugin-patterns.c") .. " (its default message when a body or header pattern matches)",
    "The message matched a prohibited-content pattern.",
    [==[554 This message contains prohibited content]==]),
  e(O, D, "systemerror", "retry", MF("protocol-smtp.c"), "The server could not set up SMTP AUTH.",
    [==[421 4.3.0 Failed to initialize AUTH]==]),
  e(O, B, "emailtoolarge", "fix", MF("protocol-smtp.c"), "The SIZE given at MAIL exceeds the limit.",
    [==[552 5.2.3 The message would exceed the maximum message size.]==]),
  e(O, B, "syntaxerror", "fix", MF("protocol-smtp.c"), "The client sent more unimplemented commands than MAXNOTIMPL.",
    [==[503-5.5.0 Too many unimplemented commands.
503 5.5.0 Closing connection.]==]),
  e(O, D, "blocked", "throttle", MF("smtpfront-reject.c") .. " (the reject front end's default answer to every command)",
    "The client is not allowed to use this server at all (reject front end).",
    [==[451 You are not allowed to use this mail server.]==]),

  -- {==================================================================
  -- qmail-ldap QMTP / QMQP answers (a leading D marks them permanent;
  -- the sending qmail puts the text in its bounce without any reply code)
  -- ===================================================================
  e(O, B, "rejected", "fix", "github.com/qmail-ldap/qmail-ldap qmail-qmtpd.c (QMTP result text)",
    "The envelope sender is unacceptable (too long or contains NUL).",
    [==[unacceptable sender (#5.1.7)]==]),
  e(O, B, "norelaying", "suppress", "github.com/qmail-ldap/qmail-ldap qmail-qmtpd.c (QMTP result text)",
    "The recipient's domain is not in rcpthosts (no relaying).",
    [==[sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)]==]),
  e(A, B, "userunknown", "suppress", "github.com/qmail-ldap/qmail-ldap qmail-qmtpd.c (QMTP result text)",
    "The recipient address cannot be handled (too long or contains NUL): not a deliverable address.",
    [==[sorry, I can't handle that recipient (#5.1.3)]==]),
  e(A, B, "userunknown", "suppress", "github.com/qmail-ldap/qmail-ldap qmail-qmqpd.c (QMQP result text)",
    "A recipient address is malformed (not a deliverable address).",
    [==[sorry, I can't accept addresses like that (#5.1.3)]==]),
  e(O, B, "emailtoolarge", "fix", "github.com/qmail-ldap/qmail-ldap qmail-qmtpd.c (QMTP result text)",
    "The message exceeds DATABYTES.",
    [==[sorry, that message size exceeds my databytes limit (#5.3.4)]==]),
  e(O, D, "systemerror", "retry", INDI, "The SMTP AUTH checker child process failed.",
    [==[451 Sorry, there is a problem with my child and I can't auth (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The SMTP AUTH checker could not be started.",
    [==[451 Sorry, my child won't start and I can't auth (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "A pipe to the SMTP AUTH checker could not be opened.",
    [==[451 Sorry, I'm unable to open pipe and I can't auth (#4.3.0)]==]),

  e(O, B, "syntaxerror", "fix", INDI, "The AUTH exchange input could not be decoded.",
    [==[501 malformed auth input (#5.5.4)]==]),
  e(O, B, "syntaxerror", "fix", INDI, "The client cancelled the AUTH exchange.",
    [==[501 auth exchange cancelled (#5.0.0)]==]),
  e(O, B, "securityerror", "fix", INDI, "The AUTH mechanism asked for is not implemented.",
    [==[504 auth type unimplemented (#5.5.1)]==]),
  e(O, B, "syntaxerror", "fix", INDI .. " err_transaction(); the command name filled in",
    "AUTH was sent in the middle of a mail transaction.",
    [==[503 no auth during mail transaction (#5.5.0)]==]),
}
