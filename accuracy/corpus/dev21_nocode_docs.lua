-- Round 21: code-less delivery texts from MTA source tables and from
-- sending services' and providers' own help pages: the exit-status texts
-- Postfix and sendmail give a delivery agent's failure (sys_exits.c,
-- sysexits.c), Postfix's address-lookup texts (smtp_addr.c) and pipe time
-- limit (pipe_command.c), Stalwart's DSN texts for a queued message
-- (dsn.rs), sending services' rate and quota texts, and delay warnings
-- and expiry notices that providers show their users.
-- Labels follow what each source says happens to the message: for source
-- code, the code path's own verdict (Postfix's soft/hard flag of each
-- exit status, its 4.x/5.x DSN choice; sendmail's 4xx/5xx reply beside
-- each text, whose leading ':' appends an errno text, left out here); for
-- help pages and threads, what they say happens.  Mapped by the
-- policy of accuracy/corpus/README.md; without a code the outcome is
-- deferred for a temporary failure, bounced for a permanent one.  Set
-- before any classifier output was seen.  Host names and addresses in
-- source templates are filled with example values; a note says so.
-- "code index file id N" names a file read through the public code index.
-- Sources: see each entry.
local noted = dofile("accuracy/entry.lua").noted
local function e (...) return noted(nil, ...) end
local B, D = "bounced", "deferred"

local PF_EXITS = "github.com/vdukhovni/postfix postfix/src/global/sys_exits.c sys_exits_table (code index file id 682874163)"
local function pfx (what) return PF_EXITS .. ", " .. what end
local SM_EXITS = "github.com/freebsd/freebsd-src contrib/sendmail/src/sysexits.c SysExMsg[] (the text sendmail logs as stat=)"
local function smx (what) return SM_EXITS .. ", " .. what end
local PF_ADDR = "postfix src/smtp/smtp_addr.c smtp_addr_one()/smtp_domain_addr() (NetBSD copy, code index file id 128005833)"
local STALWART = "github.com/stalwartlabs/stalwart crates/smtp/src/queue/dsn.rs (DSN text of a queued message's failure)"
local FILLED = "the template's host name and address filled in with example values"

return {
  -- {==================================================================
  -- Postfix: delivery agent exit statuses (pipe(8), local(8) commands)
  -- ===================================================================
  e(D, "systemerror", "retry", pfx("EX_OSERR, flagged recoverable"),
    "The delivery command failed for lack of a system resource; Postfix treats it as a temporary failure.",
    [==[system resource problem]==]),
  e(B, "systemerror", "contact", pfx("EX_SOFTWARE, not recoverable"),
    "The delivery command hit an internal software error; Postfix returns the message.",
    [==[internal software error]==]),
  e(B, "systemerror", "contact", pfx("EX_OSFILE, not recoverable"),
    "A system file the delivery command needs is missing; Postfix returns the message.",
    [==[critical OS file missing]==]),
  e(B, "systemerror", "contact", pfx("EX_PROTOCOL, not recoverable"),
    "The delivery command reports a protocol error with the remote side; Postfix returns the message.",
    [==[remote error in protocol]==]),
  e(B, "systemerror", "contact", pfx("EX_USAGE, not recoverable"),
    "The delivery command was called wrongly (a configuration mistake on the sending side); Postfix returns the message.",
    [==[command line usage error]==]),
  e(B, "systemerror", "contact", pfx("EX_NOINPUT, not recoverable"),
    "The delivery command could not open its input; Postfix returns the message.",
    [==[cannot open input]==]),
  e(B, "hostunknown", "suppress", pfx("EX_NOHOST, not recoverable"),
    "The delivery command reports the destination host name as unknown; Postfix returns the message.",
    [==[host name unknown]==]),
  e(B, "contenterror", "fix", pfx("EX_DATAERR, not recoverable"),
    "The delivery command rejected the message data as badly formed; Postfix returns the message.",
    [==[data format error]==],
    "judgment call: the fault is in the message data, so contenterror"),
  e(B, "systemerror", "contact", "postfix src/global/pipe_command.c pipe_command() time limit (code index file id 362075089)",
    "The delivery command ran past its time limit and was killed; Postfix returns the message.",
    [==[Command time limit exceeded: "/usr/bin/procmail"]==],
    "the command name filled in with an example value"),

  -- {==================================================================
  -- sendmail: the text of a delivery agent's exit status (stat=)
  -- ===================================================================
  e(D, "systemerror", "retry", smx("EX_OSERR, ':451 Operating system error'"),
    "An operating system error (cannot fork, no memory) stopped the delivery; sendmail defers it.",
    [==[stat=Operating system error]==]),
  e(D, "networkerror", "retry", smx("EX_IOERR, ':451 I/O error'"),
    "An input/output error broke off the delivery; sendmail defers it.",
    [==[stat=I/O error]==],
    "judgment call: sendmail's I/O errors are mostly lost connections in transit; networkerror"),
  e(B, "systemerror", "contact", smx("EX_SOFTWARE, ':554 Internal error'"),
    "An internal software error in the delivery agent; the message is returned.",
    [==[stat=Internal error]==]),
  e(B, "systemerror", "contact", smx("EX_PROTOCOL, ' 554 Remote protocol error'"),
    "The remote side broke the protocol; the message is returned.",
    [==[stat=Remote protocol error]==]),
  e(B, "systemerror", "contact", smx("EX_CONFIG, ' 554 Local configuration error'"),
    "The sending system's configuration is wrong; the message is returned.",
    [==[stat=Local configuration error]==]),

  -- {==================================================================
  -- Postfix: address lookup of the mail exchangers
  -- ===================================================================
  e(B, "hostunknown", "suppress", PF_ADDR .. ", EAI_NONAME: 5.4.4",
    "The host name does not resolve (the resolver says it is not known); a permanent lookup failure.",
    [==[unable to look up host mx.example.com: Name or service not known]==], FILLED),
  e(D, "networkerror", "retry", PF_ADDR .. ", EAI_AGAIN: 4.4.4",
    "The host name lookup failed for now; the delivery is retried.",
    [==[unable to look up host mx.example.com: Temporary failure in name resolution]==], FILLED),
  e(D, "networkerror", "retry", PF_ADDR .. ", this host is a backup MX and no better MX answers: 4.4.4",
    "This server is only a backup MX for the domain and none of the preferred MX hosts could be used; the delivery is retried.",
    [==[unable to find primary relay for example.com]==], FILLED),

  -- {==================================================================
  -- Stalwart: the DSN texts of a queued message
  -- ===================================================================
  e(D, "networkerror", "retry", STALWART .. ", Error::ConnectionError, a temporary failure",
    "The connection to the recipient's MX was refused; a temporary failure.",
    [==[<jane@example.com> (connection to 'mx.example.com' failed: Connection refused (os error 111))]==], FILLED),
  e(D, "ratelimited", "throttle", STALWART .. ", Error::RateLimited",
    "The sending server's own outbound rate limit held the message back; it stays queued.",
    [==[<jane@example.com> (rate limited)]==], FILLED),
  e(D, "ratelimited", "throttle", STALWART .. ", Error::ConcurrencyLimited",
    "The sending server's limit on concurrent connections to that host held the message back; it stays queued.",
    [==[<jane@example.com> (too many concurrent connections to remote server)]==], FILLED),

  -- {==================================================================
  -- Sending services and providers
  -- ===================================================================
  e(B, "expired", "contact", "https://www.twilio.com/docs/glossary/expired.md (Twilio Email glossary: the label it shows)",
    "The message could not be delivered within 72 hours of deferrals and was given up.",
    [==[Bounced - Expired]==]),
  e(D, "ratelimited", "throttle", "https://emailit.com/de/docs/kb/429-rate-limit-exceeded (a sending service's API rate limit)",
    "The account sent faster than its per-second limit; the request is refused until it slows down.",
    [==[Too many requests. Maximum 2 messages per second allowed.]==]),
  e(D, "ratelimited", "throttle", "https://emailit.com/de/docs/kb/429-rate-limit-exceeded (a sending service's daily limit)",
    "The account reached its daily sending limit; more mail is refused until the limit resets.",
    [==[Daily sending limit of 5000 messages has been reached.]==]),
  e(D, "ratelimited", "throttle", "https://github.com/activerabbit-ai/activerabbit/pull/83 (Resend API error quoted: RateLimitExceededError)",
    "The Resend API refused the send because the account went over two requests per second.",
    [==[Too many requests. You can only make 2 requests per second. See rate limit response headers for more information. Or contact support to increase rate limit.]==]),
  e(D, "undefined", "retry", "http://www.cryer.co.uk/brian/windows/exchange/2010/help_delivery_is_delayed_to_these_recipients.htm (an Exchange 2010 delay notification quoted)",
    "A delay notice: the message is not delivered yet and the server keeps trying.",
    [==[This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 53 minutes. You'll be notified if the message can't be delivered by that time.]==]),
  e(D, "undefined", "retry", "https://support.protectedservice.net/kb/common-problem-receive-notification-servers-email-delayed/ (a filtering service's delay warning quoted)",
    "A delay notice from a filtering service: the onward delivery is having trouble and will be retried.",
    [==[We are having trouble delivering your email because of an onward issue. No
action is required on your part – we will continue to attempt delivery for
some days. This warning will be repeated at regular intervals if the
message remains undelivered. We can not cancel these warning messages.]==]),
  e(D, "undefined", "retry", "https://support.protectedservice.net/kb/common-problem-receive-notification-servers-email-delayed/ (the same warning's subject line)",
    "The subject of a delay warning: the message has been delayed two hours and is still queued.",
    [==[Warning: message 1Zb92h-0002aX-BS delayed 2 hours]==]),
  e(D, "undefined", "retry", "http://support.epidirect.com/KB/a16/after-sending-an-email-i-receive-message-delivery-status.aspx (a delay notification quoted)",
    "A warning only: delivery to the recipients has been delayed; nothing needs to be resent.",
    [==[This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.

YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed.]==]),

  -- {==================================================================
  -- Thread-quoted local delivery trouble
  -- ===================================================================
  e(D, "systemerror", "retry", "code index file id 57008715724 (ISPConfig forum thread copy, 2012: a MAILER-DAEMON notice quoting Postfix's pipe to maildrop)",
    "The local delivery command failed (authdaemon socket denied, a missing library, no dot-lock); Postfix called it a temporary failure.",
    [==[temporary failure. Command output: ERR: authdaemon: s_connect() failed: Permission denied /usr/bin/maildrop: Unable to create a dot-lock at /var/vmail/]==],
    "the three repeated 'error while loading shared libraries' lines between the two messages are left out"),
}
