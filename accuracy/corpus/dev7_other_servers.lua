-- Fresh dev batch (round 7), fifth part: reply texts of Java (SubEthaSMTP),
-- Node (smtp-server), C# (SmtpServer) and Python (pymilter) mail servers
-- and filters that blame something other than the address, found through
-- the code index by the shape of their reply statements.  Labelled from
-- the condition the code attaches to each reply (reason, action by the
-- policy of accuracy/corpus/README.md), before any classifier ran on
-- them.  Values an exception or a variable supplies are filled with
-- plausible documentation values.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local function ci (id, what)
    return "code index file id " .. id .. " (" .. what .. ")"
end

return {
  -- SubEthaSMTP message handlers (RejectException code and text)
  e(O, B, "systemerror", "contact", ci("24409343643", "SubEthaSMTP handler: ConfigurationException while handling DATA"),
    "The receiving server's own configuration is wrong.",
    [==[554 Mail server configuration is wrong]==]),
  e(O, B, "systemerror", "contact", ci("54914087330", "SubEthaSMTP handler: exception while processing the data"),
    "The receiving server failed while processing the message.",
    [==[554 Internal Server Error processing email data]==]),
  e(O, B, "networkerror", "contact", ci("1345813587", "SubEthaSMTP relay: forwarding the message failed; the exception text is appended"),
    "The relay could not pass the message on to its next hop.",
    [==[554 Error sending message: Could not connect to SMTP host: localhost, port: 25]==]),
  e(O, B, "systemerror", "contact", ci("40033767", "SubEthaSMTP handler: MessagingException while storing the message"),
    "The receiving server failed with the message.",
    [==[554 Server error]==]),
  e(O, B, "networkerror", "contact", ci("24268564015", "SubEthaSMTP handler: more Received headers than allowed"),
    "The message has looped through too many hops.",
    [==[554 Routing loop detected]==]),
  e(O, B, "systemerror", "contact", ci("24354803775", "SubEthaSMTP handler: unexpected RuntimeException"),
    "An unexpected internal error of the receiving server.",
    [==[550 Internal error]==]),
  e(O, B, "blocked", "contact", ci("70278507662", "SubEthaSMTP handler: client IP not in the allowed list"),
    "The client's IP is not allowed to deliver here.",
    [==[550 Client IP is not allowed]==]),
  e(O, B, "rejected", "fix", ci("55920295737", "SubEthaSMTP handler: sender not on the whitelist"),
    "The envelope sender is not on the server's list of allowed senders.",
    [==[550 Sender not allowed]==]),

  -- Node smtp-server handlers (err.responseCode and message)
  e(O, B, "blocked", "contact", ci("59795978829", "smtp-server onConnect(): client IP on a DNS blocklist"),
    "The connecting IP is blacklisted.",
    [==[554 Connection rejected — your IP is blacklisted]==]),
  e(O, B, "networkerror", "contact", ci("55161622234", "smtp-server onData(): loop check, the reason appended"),
    "The message is looping (too many Received headers).",
    [==[554 Mail loop detected: too many Received headers]==]),
  e(O, B, "blocked", "contact", ci("10500154104", "smtp-server: client IP listed by Spamhaus"),
    "The connecting IP is listed by Spamhaus.",
    [==[554 5.7.1 IP blacklisted by Spamhaus]==]),
  e(O, B, "blocked", "contact", ci("1256968931", "smtp-server onMailFrom(): sender on the blacklist"),
    "The envelope sender is blacklisted.",
    [==[554 Sender is blacklisted and not allowed.]==]),

  -- SmtpServer (C#)
  e(O, D, "securityerror", "retry", ci("70190804468", "SmtpServer user authenticator: address locked out after failed logins (ServiceUnavailable = 421)"),
    "Logins from this address are locked out for a while after failures.",
    [==[421 4.7.0 Too many failed logins, try again later]==]),
  e(O, B, "securityerror", "fix", ci("20379446853", "SmtpServer AUTH command: credentials refused (AuthenticationFailed = 535)"),
    "The client's credentials were refused.",
    [==[535 authentication failed, 2 attempt(s) remaining.]==]),

  -- pymilter filters (setreply code, enhanced code, text)
  e(O, B, "policyviolation", "fix", ci("3238362923", "hashcash milter eom(): inbound mode without a valid stamp"),
    "The receiving MX requires a hashcash stamp the message lacks.",
    [==[550 5.7.1 Hashcash required for this MX]==]),
  e(O, B, "syntaxerror", "fix", ci("6135695282", "pymilter sample milter hello(): HELO name without a dot"),
    "The HELO name is not a proper (dotted) host name.",
    [==[550 5.7.1 Sheesh people! Use a proper helo name!]==]),
  e(O, B, "rejected", "fix", ci("53120710180", "pymilter gateway envfrom(): null sender with ALLOW_BOUNCES=false"),
    "Bounces (null-sender messages) are not accepted here.",
    [==[550 5.7.1 Bounces not accepted]==]),
}
