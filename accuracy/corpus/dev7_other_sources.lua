-- Fresh dev batch (round 7): replies that blame something other than the
-- address, taken from the reply texts of spam filters, milters, policy
-- daemons and MTA configurations.  Most are short or oddly worded and
-- carry no enhanced status code.  Labelled from what each source's code,
-- configuration and comments say (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.  Format strings
-- are filled with documentation values (example.com, 192.0.2.1,
-- bob@example.com).  Where a policy daemon's text reaches the client
-- through Postfix, the reply is written as Postfix sends a policy REJECT
-- or DEFER given at RCPT time ("<rcpt>: Recipient address rejected:
-- <text>").
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D, U = "bounced", "deferred", "unknown"

local EXIM4U = "github.com/Exim4U/src etc/exim/exim.conf (Exim4U ACLs: the message = text of each deny, drop or defer)"
local EXIM4U_GREY = "github.com/Exim4U/src etc/exim/exim-greylist.conf.inc (greylist ACL, defer message)"
local POSTFWD = "github.com/postfwd/postfwd etc/postfwd.cf.sample (sample ruleset; Postfix sends the action text of the matching rule)"
local SIMSCAN = "github.com/qmail/simscan simscan.c (ENABLE_CUSTOM_SMTP_REJECT texts, passed to qmail-smtpd through the qmail-queue custom-error patch as permanent 554 replies)"
local MTPOLICYD = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/Greylist.pm (default defer_message with the wait time appended)"
local SPAMD = "github.com/openbsd/src etc/mail/spamd.conf (blacklist msg= texts; spamd(8) answers a blacklisted host with 550 and these lines, %A the client address)"
local ZEF = "github.com/jmarcio/ze-filter reply texts of the sendmail milter (ze-reply.h English MSG_* strings, read via the code index, file id 11106140295; set with smfi_setreply, 550 5.7.1 for content and policy rejects as in its ze-callbacks code, temporary texts with 421/451)"
local CBP = "github.com/hummermania/policyd cbp/modules/CheckHelo.pm (Policyd v2 / cluebringer HELO checks; PROTO_REJECT text returned to Postfix)"
local CBP_SPF = "Policyd v2 (cluebringer) cbp/modules/CheckSPF.pm, read via the code index (file id 8914290283): PROTO_REJECT 'Failed SPF check; <reason>'"
local CBP_GREY = "Policyd v2 (cluebringer) cbp/modules/Greylisting.pm, read via the code index (file id 40162337275): auto-blacklisted sending server"

return {
  -- {==================================================================
  -- Exim4U (Exim configuration of a hosting distribution)
  -- ===================================================================
  e(O, B, "blocked", "contact", EXIM4U, "acl_connect drops a client whose IP is on the local IP blacklist.",
    [==[554 Blacklisted]==]),
  e(O, D, "ratelimited", "throttle", EXIM4U, "acl_connect defers a host over the connection rate limit on port 25.",
    [==[450 Host has been ratelimited.  You may try again at a later time.]==]),
  e(O, B, "syntaxerror", "fix", EXIM4U, "MAIL was given before any HELO/EHLO.",
    [==[550 HELO error: Polite folks say HELO first!]==]),
  e(O, B, "rejected", "fix", EXIM4U, "The client's HELO gave one of the receiving server's own names or addresses.",
    [==[550 HELO error: Dropped spammer pretending to be us]==]),
  e(O, B, "syntaxerror", "fix", EXIM4U, "The HELO argument is (or starts with) a bare IP address.",
    [==[550 HELO error: Dropped IP-only or IP-starting helo]==]),
  e(O, B, "norelaying", "suppress", EXIM4U, "The recipient domain is neither local nor a relay domain of this server.",
    [==[550 relay not permitted]==]),
  e(O, B, "ratelimited", "throttle", EXIM4U, "Dictionary-attack guard: more than three failed recipients in the connection; the client is rate-limited and dropped.",
    [==[550 Number of failed recipients exceeded.  Come back in a few hours.]==]),
  e(O, B, "blocked", "contact", EXIM4U, "The client IP is listed on a DNS blocklist.",
    [==[550 Spammer rejected. DNSBL listed at zen.spamhaus.org at https://www.spamhaus.org/query/ip/192.0.2.1.]==]),
  e(O, B, "authfailure", "fix", EXIM4U, "The sender address fails the SPF check for a domain that has SPF checking enabled.",
    [==[550 Your rcpt is not permitted (SPF - read spf.pobox.com)]==]),
  e(O, B, "policyviolation", "fix", EXIM4U, "An attachment has a Windows executable file extension.",
    [==[550 Blacklisted file extension detected]==]),
  e(O, B, "policyviolation", "fix", EXIM4U, "A .zip attachment contains a file with an executable extension.",
    [==[550 Blacklisted file extension detected within .zip attachment]==]),
  e(O, B, "policyviolation", "fix", EXIM4U, "A .rar attachment contains a file with an executable extension.",
    [==[550 Blacklisted file extension detected within .rar attachment]==]),
  e(O, B, "contenterror", "fix", EXIM4U, "The demime condition found a serious MIME error in the message.",
    [==[550 This message contains a MIME error (MIME boundary nesting too deep)]==]),
  e(O, B, "virusdetected", "fix", EXIM4U, "ClamAV found malware in the message.",
    [==[550 This message contains malware (Eicar-Test-Signature)]==]),
  e(O, B, "spamdetected", "fix", EXIM4U, "SpamAssassin's score is at or above the reject score.",
    [==[550 This message is rejected as spam.]==]),
  e(O, D, "undefined", "retry", EXIM4U_GREY, "Greylisting: a suspicious message is deferred until the sender retries.",
    [==[451 Mail is suspicious. Please retry later.]==]),

  -- {==================================================================
  -- postfwd sample ruleset
  -- ===================================================================
  e(O, D, "systemerror", "retry", POSTFWD, "Temporary reject during the receiving site's maintenance window.",
    [==[421 maintenance - please try again later]==]),
  e(O, B, "blocked", "contact", POSTFWD, "The client is listed on two or more DNS blocklists.",
    [==[554 5.7.1 blocked using 2 dnsbls, INFO: [zen.spamhaus.org, bl.spamcop.net]]==]),
  e(O, B, "blocked", "contact", POSTFWD, "Listed on a DNSBL and the client's name looks like a dynamic address.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: listed on dnsbl and dsl-192-0-2-1.dyn.example.net looks like dynip, INFO: [zen.spamhaus.org]]==]),
  e(O, B, "blocked", "contact", POSTFWD, "Listed on a DNSBL and the HELO name does not match the client's name.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: listed on dnsbl and mail.example.org does not match dsl-192-0-2-1.dyn.example.net, INFO: [bl.spamcop.net]]==]),
  e(O, D, "ratelimited", "throttle", POSTFWD, "Rate limit for listed or dynamic clients: one attempt per five minutes.",
    [==[450 4.7.1 please do not try more than once per 5 minutes]==]),

  -- {==================================================================
  -- simscan (qmail content scanner)
  -- ===================================================================
  e(O, B, "policyviolation", "fix", SIMSCAN, "A configured regular-expression filter matched the message.",
    [==[554 Your email was rejected because it matches a filter (X-Mailer: BulkMailer)]==]),
  e(O, B, "spamdetected", "fix", SIMSCAN, "DSPAM classified the message as spam.",
    [==[554 Your email is considered spam (0.9921 probability)]==]),
  e(O, B, "spamdetected", "fix", SIMSCAN, "SpamAssassin scored the message as spam.",
    [==[554 Your email is considered spam (12.40 spam-hits)]==]),
  e(O, B, "policyviolation", "fix", SIMSCAN, "The message carries an attachment type the site blocks.",
    [==[554 Your email was rejected because it contains a bad attachment: invoice.pif]==]),
  e(O, B, "virusdetected", "fix", SIMSCAN, "A virus scanner found a virus.",
    [==[554 Your email was rejected because it contains the Eicar-Test-Signature virus]==]),

  -- {==================================================================
  -- mtpolicyd (Postfix policy daemon)
  -- ===================================================================
  e(O, D, "undefined", "retry", MTPOLICYD, "Greylisting: the client retried before the minimum wait; the seconds left are appended.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: greylisting is active (240s left)]==]),

  -- {==================================================================
  -- OpenBSD spamd blacklists
  -- ===================================================================
  e(O, B, "blocked", "contact", SPAMD, "The client sent mail to a university spamtrap in the last 24 hours.",
    [==[550-Your address 192.0.2.1 has sent mail to a ualberta.ca spamtrap
550 within the last 24 hours]==]),
  e(O, B, "blocked", "contact", SPAMD, "The client address is on the nixspam list.",
    [==[550-Your address 192.0.2.1 is in the nixspam list
550 See http://www.heise.de/ix/nixspam/dnsbl_en/ for details]==]),
  e(O, B, "blocked", "contact", SPAMD, "The client address is in a country-wide block list (China).",
    [==[550-SPAM. Your address 192.0.2.1 appears to be from China
550 See http://www.okean.com/asianspamblocks.html for more details]==]),
  e(O, B, "blocked", "contact", SPAMD, "The client address is in a country-wide block list (Korea).",
    [==[550-SPAM. Your address 192.0.2.1 appears to be from Korea
550 See http://www.okean.com/asianspamblocks.html for more details]==]),

  -- {==================================================================
  -- ze-filter / j-chkmail (sendmail milter)
  -- ===================================================================
  e(O, B, "spamdetected", "fix", ZEF, "The body content filter judged the message to be spam.",
    [==[550 5.7.1 Sorry, this message is being rejected as it seems to be a spam !]==]),
  e(O, B, "contenterror", "fix", ZEF, "The message has no To, Cc or Bcc header.",
    [==[550 5.7.1 No To, CC or Bcc header field]==]),
  e(O, B, "emailtoolarge", "fix", ZEF, "The message is larger than the size allowed for this client class.",
    [==[550 5.7.1 Message size exceeds limit allowed in this transaction]==]),
  e(O, B, "policyviolation", "fix", ZEF, "The body is binary, which the site refuses.",
    [==[554 5.7.1 Binary message]==]),
  e(O, B, "policyviolation", "fix", ZEF, "An executable file was found in the message.",
    [==[550 5.7.1 *** A suspicious file (executable code) was found in the message !]==]),
  e(O, B, "virusdetected", "fix", ZEF, "A virus was found in the message.",
    [==[550 5.7.1 *** A virus was detected in your message]==]),
  e(O, B, "policyviolation", "fix", ZEF, "The message breaks the site's policy.",
    [==[550 5.7.1 This message violates our policy]==]),
  e(O, B, "requireptr", "fix", ZEF, "The client's IP address has no reverse DNS name.",
    [==[550 5.7.1 RESOLVE : SMTP client IP address doesn't resolve]==]),
  e(O, B, "requireptr", "fix", ZEF, "The client's reverse DNS name does not resolve back (forged).",
    [==[550 5.7.1 RESOLVE : SMTP client hostname seems to be forged]==]),
  e(O, B, "contenterror", "fix", ZEF, "The message is empty or too short.",
    [==[550 5.7.1 Empty or too short message]==]),
  e(O, D, "ratelimited", "throttle", ZEF, "Too many errors from this client; it must come back later.",
    [==[421 4.7.1 Too many errors ! Come back later.]==]),
  e(O, D, "ratelimited", "throttle", ZEF, "The client holds too many simultaneous connections.",
    [==[421 4.7.1 Too many open connections]==]),
  e(O, D, "ratelimited", "throttle", ZEF, "The per-connection message limit is reached.",
    [==[421 4.7.1 Too many messages for this connection]==]),
  e(O, B, "policyviolation", "fix", ZEF, "The Subject matches a site content rule.",
    [==[550 5.7.1 Subject contents violates site policy]==]),
  e(O, B, "policyviolation", "fix", ZEF, "A header matches a site content rule.",
    [==[550 5.7.1 Header contents violates site policy]==]),
  e(O, B, "policyviolation", "fix", ZEF, "The text contains content the site does not allow.",
    [==[550 5.7.1 MESSAGE CONTENTS VIOLATE SITE POLICY]==]),
  e(O, B, "policyviolation", "fix", ZEF, "The site refuses encoded message bodies.",
    [==[550 5.7.1 We don't accept encoded messages]==]),
  e(O, B, "policyviolation", "fix", ZEF, "The site refuses base64-encoded message bodies.",
    [==[550 5.7.1 No BASE 64 messages !]==]),
  e(O, B, "rejected", "fix", ZEF, "A null-sender (bounce) message that is not a valid bounce.",
    [==[550 5.7.1 Bad NULL sender]==]),
  e(O, B, "syntaxerror", "fix", ZEF, "The HELO/EHLO argument is invalid.",
    [==[550 5.7.1 Invalid HELO/EHLO parameter]==]),
  e(O, D, "undefined", "retry", ZEF, "Greylisting is applied to this delivery.",
    [==[451 4.7.1 Greylist is ON !!!]==]),
  e(O, B, "contenterror", "fix", ZEF, "The message has no From header.",
    [==[550 5.7.1 No From header field]==]),
  e(O, B, "contenterror", "fix", ZEF, "The message has no headers at all.",
    [==[550 5.7.1 No headers at all]==]),

  -- {==================================================================
  -- Policyd v2 (cluebringer)
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", CBP, "The HELO is neither a fully qualified name nor an address literal.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; Must be a FQDN or an address literal, not 'localhost']==]),
  e(O, B, "requireptr", "fix", CBP, "The HELO name has no A or MX record.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; No A or MX records found for 'mail.example.com']==]),
  e(O, B, "requireptr", "fix", CBP, "The HELO name does not exist in DNS (NXDOMAIN).",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; Cannot resolve 'mx1.example.com', no such domain]==]),
  e(O, B, "requireptr", "fix", CBP, "The HELO name exists but has no records.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; Cannot resolve 'mx1.example.com', no records found]==]),
  e(O, B, "requireptr", "fix", CBP, "Resolving the HELO name failed (SERVFAIL).",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; Failure while trying to resolve 'mx1.example.com']==]),
  e(O, B, "blocked", "contact", CBP, "The client IP is on the HELO blacklist (it used a blacklisted HELO recently).",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; Blacklisted]==]),
  e(O, B, "blocked", "contact", CBP, "HELO randomization prevention: the client used too many different HELO names.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; HRP limit exceeded]==]),
  e(O, B, "authfailure", "fix", CBP_SPF, "The sender fails SPF and the policy says reject.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Failed SPF check; Sender is not authorized by default to use 'alice@example.com' in 'mfrom' identity (mechanism '-all' matched)]==]),
  e(O, B, "blocked", "contact", CBP_GREY, "The greylisting module auto-blacklisted the sending server.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Greylisting in effect, sending server blacklisted]==]),

  -- {==================================================================
  -- other milters (code index)
  -- ===================================================================
  e(O, B, "policyviolation", "fix", "sendmail milter (smf- family) smf_header(), read via the code index (file id 27347531571): REJECT_UNDISCLOSED",
    "The To header says undisclosed recipients, which the site refuses.",
    [==[554 5.7.1 Message for undisclosed recipients]==]),
  e(O, B, "spamdetected", "fix", "sendmail SpamAssassin milter, read via the code index (file id 39000422886): score over the reject threshold",
    "SpamAssassin scored the message over the reject threshold.",
    [==[554 5.7.1 Sorry, looks like spam. Contact postmaster@example.com to resolve this issue]==]),
  e(O, B, "policyviolation", "fix", "blacklist-milter, read via the code index (file id 5722399696): header check on virus-scanner notices",
    "Automatic virus-scanner notices (forged bounces) are not accepted.",
    [==[554 5.7.1 Forged bounce message not accepted - update your virus scanner]==]),
  e(O, B, "virusdetected", "fix", "ClamAV milter mlfi_eom(), read via the code index (file id 4674043936)",
    "The virus scanner found a virus.",
    [==[554 5.7.1 Infected: Eicar-Test-Signature]==]),
  e(O, B, "virusdetected", "fix", "sendmail ClamAV milter (smf- family), read via the code index (file id 27421922144)",
    "ClamAV found a virus.",
    [==[554 5.7.1 Virus Eicar-Test-Signature detected by the ClamAV AntiVirus]==]),
  e(O, B, "virusdetected", "fix", "early clamav-milter clamfi_eom(), read via the code index (file id 23141543815)",
    "ClamAV found a virus.",
    [==[550 5.7.1 Virus detected by ClamAV - http://clamav.elektrapro.com]==]),
  e(O, D, "systemerror", "retry", "sendmail milter mlfi_eom() database error path, read via the code index (file id 5738674244)",
    "The milter's own processing failed; try again later.",
    [==[451 4.7.1 Please try again later (TEMPFAIL)]==]),
  e(O, B, "rejected", "fix", "sendmail milter mlfi_eom(), read via the code index (file id 6779391632): envelope sender differs from the header From",
    "The envelope sender does not match the From header.",
    [==[550 5.7.1 Rejected due to unmatching envelope and header sender.]==]),
}
