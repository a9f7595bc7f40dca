-- Fresh dev batch (round 7), fourth part: reply texts of small SMTP
-- servers, relays and filters (Go go-smtp servers, Python aiosmtpd
-- handlers, milters) that blame something other than the address, found
-- through the code index by the shape of their reply statements.  Each is
-- labelled from the condition the code attaches to the reply (reason,
-- action by the policy of accuracy/corpus/README.md), before any was
-- classified.  Format values are documentation ones (example.com,
-- 192.0.2.1).  Collected after the round-7 rules were written; labelled
-- before any classifier ran on them.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local function ci (id, what)
    return "code index file id " .. id .. " (" .. what .. ")"
end

return {
  -- {==================================================================
  -- go-smtp servers (smtp.SMTPError code, enhanced code, message)
  -- ===================================================================
  e(O, B, "rejected", "fix", ci("60248770975", "go-smtp submission server, Mail(): envelope sender not owned by the login"),
    "The authenticated submission login may not use this envelope sender.",
    [==[550 5.7.1 Sender address not owned by the authenticated account]==]),
  e(O, B, "rejected", "fix", ci("69777829990", "go-smtp submission server, Mail(): sender must be the account's own address"),
    "The submission login may only send as its own address.",
    [==[550 5.7.1 Sender must be alice@example.com]==]),
  e(O, B, "spamdetected", "fix", ci("67569348612", "go-smtp server with rspamd, action reject"),
    "rspamd's verdict was reject (spam).",
    [==[550 5.7.1 Message rejected as spam]==]),
  e(O, B, "authfailure", "fix", ci("28185252042", "go-smtp server, SPFFail"),
    "The sender fails SPF.",
    [==[550 5.7.1 Sender not permitted: sender policy framework verification failed]==]),
  e(O, D, "authfailure", "retry", ci("28185252042", "go-smtp server, SPFTempError; code 451 as in the source, enhanced code not shown here"),
    "The SPF record could not be checked for now.",
    [==[451 Temporary failure: unable to validate sender policy framework record]==]),
  e(O, B, "rejected", "fix", ci("62481798372", "go-smtp relay for devices, Mail(): sender outside the device's domain"),
    "The relay only takes senders of the device's own domain.",
    [==[550 5.7.1 sender does not belong to this device domain]==]),
  e(O, B, "policyviolation", "fix", ci("71044887519", "go-smtp attachment gateway, errEncrypted"),
    "Encrypted messages are refused by the gateway's policy (they cannot be inspected).",
    [==[550 5.7.1 Encrypted messages are not accepted by policy]==]),
  e(O, D, "systemerror", "retry", ci("71044887519", "go-smtp attachment gateway, temporary failure while processing attachments"),
    "The gateway failed to process the attachments; retry.",
    [==[451 4.3.0 Temporary failure while securing attachments, please retry]==]),
  e(O, B, "spamdetected", "fix", ci("53709467006", "go-smtp server with rspamd, reject action"),
    "rspamd scored the message as spam.",
    [==[550 5.7.1 Message rejected: spam detected]==]),
  e(O, B, "rejected", "fix", ci("58067421175", "go-smtp test server, Mail(): sender domain on the reject list"),
    "The sender's domain is refused.",
    [==[550 5.7.1 sender domain rejected]==]),
  e(O, B, "authfailure", "fix", ci("2502371711", "go-smtp server, errSPFFail"),
    "The sender fails SPF.",
    [==[550 5.7.1 Failed spf]==]),
  e(O, D, "ratelimited", "throttle", ci("55205175604", "go-smtp backend NewSession(): connection cap"),
    "Too many concurrent connections from the client.",
    [==[421 4.7.0 too many concurrent connections, try again later]==]),
  e(O, D, "ratelimited", "throttle", ci("67509762664", "go-smtp backend NewSession(): per-IP cap"),
    "The per-IP connection cap is reached.",
    [==[421 4.7.0 too many concurrent connections, slow down]==]),
  e(O, D, "securityerror", "retry", ci("55606319554", "go-smtp submission, ErrAccountClosed"),
    "The submitting account is no longer allowed to send.",
    [==[421 4.7.0 Account no longer authorised]==]),
  e(O, D, "ratelimited", "throttle", ci("59783346181", "go-smtp submission backend: per-IP limiter"),
    "The client IP is over the submission rate limit.",
    [==[421 4.7.0 rate limit exceeded]==]),
  e(O, D, "securityerror", "retry", ci("53746501007", "go-smtp server: auth blocked after failures"),
    "Too many failed logins from this address; logins are refused for a while.",
    [==[421 4.7.0 Too many authentication failures, try again later]==]),
  e(O, B, "securityerror", "fix", ci("69571157896", "go-smtp server Auth(): plain-text login without TLS"),
    "Authentication needs STARTTLS first.",
    [==[538 5.7.11 STARTTLS required]==]),
  e(O, D, "securityerror", "retry", ci("69571157896", "go-smtp server Auth(): attempts counter"),
    "Too many authentication attempts in the session.",
    [==[454 4.7.0 Too many authentication attempts]==]),
  e(O, B, "securityerror", "fix", ci("70988513182", "go-smtp server: mechanism needs encryption"),
    "The chosen authentication mechanism needs an encrypted session.",
    [==[538 5.7.11 Encryption required for requested authentication mechanism (use STARTTLS)]==]),
  e(O, D, "securityerror", "retry", ci("66075119148", "go-smtp server ErrAuthTemporaryFailure"),
    "The authentication backend failed temporarily.",
    [==[454 4.7.0 temporary authentication failure: please try again later]==]),

  -- {==================================================================
  -- aiosmtpd handlers and other small servers
  -- ===================================================================
  e(O, B, "rejected", "fix", ci("62085307616", "aiosmtpd handler, handle_MAIL(): blocked sender domain"),
    "The sender's domain is on the server's block list.",
    [==[554 5.7.1 Sender domain not accepted]==]),
  e(O, B, "blocked", "contact", ci("56110714923", "aiosmtpd relay, peer not in the allowed sources"),
    "The connecting IP is not an allowed source.",
    [==[554 5.7.1 Access denied]==]),
  e(O, B, "blocked", "contact", ci("53249856485", "aiosmtpd server, client IP on the SMTP blacklist"),
    "The client IP is blacklisted.",
    [==[554 5.7.1 Client blocked]==]),
  e(O, B, "blocked", "contact", ci("53249856485", "aiosmtpd server, sender on the blacklist"),
    "The sender is blacklisted.",
    [==[554 5.7.1 Sender blocked]==]),
  e(O, B, "policyviolation", "fix", ci("5687017505", "aiosmtpd handler, sender refused by policy"),
    "The handler drops mail from senders it refuses, for policy reasons.",
    [==[554 Message yeeted for policy reasons]==]),
  e(O, B, "spamdetected", "fix", ci("8882314904", "spam-check script, spamc output appended"),
    "SpamAssassin judged the message to be spam.",
    [==[554 Mail rejected - spam detected: 9.2/5.0]==]),
  e(O, B, "policyviolation", "fix", ci("36867262125", "aiosmtpd gateway: phishing/malicious content check"),
    "The content filter refuses the message by policy (phishing or malicious content).",
    [==[554 Message rejected due to content policy]==]),
  e(O, B, "systemerror", "contact", ci("35970844985", "delivery program: unexpected error code"),
    "An unexpected internal error of the receiving program.",
    [==[554 5.0.0 Unexpected internal error]==]),
  e(O, B, "contenterror", "fix", ci("62136377672", "aiosmtpd handler, handle_DATA(): NUL in body"),
    "The body contains a NUL byte.",
    [==[554 5.6.0 NUL byte in message body]==]),
  e(O, D, "undefined", "retry", ci("33542531362", "greylisting script"),
    "Greylisting: the client is new; retry later.",
    [==[451 4.7.1 Greylisting in action, please try later.]==]),
  e(O, D, "systemerror", "retry", ci("54823854665", "aiosmtpd handler, DATA while the backend is saturated"),
    "The service is busy; retry later.",
    [==[451 4.7.1 Service busy, please retry later]==]),
  e(O, D, "ratelimited", "throttle", ci("63154638875", "aiosmtpd handler, per-IP rate limiter"),
    "The client IP is over the rate limit.",
    [==[451 4.7.1 Rate limit exceeded, please try again later]==]),
  e(O, D, "systemerror", "retry", ci("54716481160", "aiosmtpd DLP gateway, MIME parse failure"),
    "The data-loss-prevention scan could not inspect the message.",
    [==[451 4.7.1 Message could not be inspected by DLP]==]),

  -- {==================================================================
  -- milters (smfi_setreply)
  -- ===================================================================
  e(O, D, "systemerror", "retry", ci("11240259028", "ze-filter, no memory for the connection context"),
    "The filter is out of resources; retry later.",
    [==[421 4.5.1 I'm too busy now. Try again later !]==]),
  e(O, D, "ratelimited", "throttle", ci("10869375653", "ze-filter, connection rate over the limit (MSG_CONN_RATE)"),
    "The client's connection rate is over the limit.",
    [==[421 4.5.1 Connection Rate]==]),
  e(O, D, "ratelimited", "throttle", ci("10934466119", "ze-filter, too many unknown commands"),
    "Too many errors (unknown commands) from the client.",
    [==[421 4.5.1 Too many errors]==]),
  e(O, B, "blocked", "contact", ci("5651067931", "sendmail milter, sender on the site's block list"),
    "The site has banned this sender for good.",
    [==[553 5.3.0 You really got someone quite upset at this site: you won't be able to deliver mail here any more. Go Away!]==]),
}
