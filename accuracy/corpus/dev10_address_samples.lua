-- Fresh dev batch (round 10): real address failures (no such user or
-- domain, disabled, inactive, locked or expired accounts, and for
-- contrast full mailboxes), from sources no earlier batch used: the
-- sample diagnostics that GoodNews (a MODX newsletter module) keeps
-- beside each of its bounce rules (Sendmail, Postfix, qmail, Lotus Notes,
-- Yahoo Taiwan, CommuniGate and Chinese webmail servers' replies, as
-- Diagnostic-Code values; the "Diagnostic-Code: SMTP;" prefix is left
-- out), GoDaddy's German (Swiss) bounce page and a Polish accounting
-- program's help page that lists the texts it shows for server replies.
-- GoodNews' samples descend from PHPMailer-BMH's, whose rule comments
-- an earlier batch took through another copy (dev5_address_fixtures.lua,
-- twisted1919/bounce-handler): the texts that batch already held are
-- left out here.  Placeholders are kept as the source wrote them.  Labelled from each
-- source's meaning (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local A, M, O = "address", "mailbox", "other"
local B, D = "bounced", "deferred"

local GN = "GoodNews (bitego), GoodNewsBounceMailHandler DSN rules (loosely based on PHPMailer-BMH), read via the code index (file id 1560431902): the sample Diagnostic-Code beside rule "
local GD_CH = "https://ch.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy help in German, 'Der Empfänger springt zurück': bounces caused by the recipient's address or account)"
local JZK = "https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty (JZK's accounting program, help in Polish: the messages it shows when the mail server refuses)"

return {
  -- {==================================================================
  -- GoodNews' samples: the address does not exist
  -- ===================================================================
  e(A, D, "userunknown", "retry", GN .. "0106 ('user path no exist', a hard bounce)",
    "The recipient's user (mailbox path) does not exist; the server answered with a 4xx code.",
    [==[450 user path no exist]==]),
  e(A, B, "userunknown", "suppress", GN .. "0185 (no valid recipient, hard)",
    "qmail's rejection: none of the recipients is valid here.",
    [==[554 qq Sorry, no valid recipients (#5.1.3)]==]),
  e(A, B, "userunknown", "suppress", GN .. "0111 sample 1 (invalid address, hard; the Big5 text came through undecoded)",
    "A Chinese server's rejection of an invalid (non-existent) recipient address.",
    [==[550 «Dªk¦a§} - invalid address (#5.5.0)]==]),
  e(A, B, "userunknown", "suppress", GN .. "0127 (user doesn't have an account, hard)",
    "Yahoo Taiwan: the recipient has no account at the domain.",
    [==[554 delivery error: dd This user doesn't have a domain.com account (www.xxxxx@yourdomain.com) [0] - mta134.mail.tpe.domain.com]==]),
  e(A, B, "userunknown", "suppress", GN .. "0128 (unknown or illegal alias, hard)",
    "Sun/Oracle messaging server: the address is unknown.",
    [==[550 5.1.1 unknown or illegal alias: xxxxx@yourdomain.com]==]),
  e(A, B, "userunknown", "suppress", GN .. "0123 (no mailbox, hard)",
    "qmail: there is no mailbox of that name.",
    [==[553 sorry, no mailbox here by that name (#5.7.1)]==]),
  e(A, B, "userunknown", "suppress", GN .. "0125 sample 1 (user unknown, hard)",
    "The recipient user is unknown.",
    [==[550 User (xxxxx@yourdomain.com) unknown.]==]),
  e(A, B, "userunknown", "suppress", GN .. "0125 sample 2 (addressee unknown, hard)",
    "Sendmail: the addressee is unknown.",
    [==[553 5.3.0 <xxxxx@yourdomain.com>... Addressee unknown, relay=[111.111.111.000]]==]),
  e(A, B, "userunknown", "suppress", GN .. "0136 sample 1 (mailbox not found, hard)",
    "The recipient mailbox was not found.",
    [==[550 MAILBOX NOT FOUND]==]),
  e(A, B, "userunknown", "suppress", GN .. "0136 sample 2 (not found or inactivated, hard)",
    "The recipient mailbox is not found or was inactivated.",
    [==[550 Mailbox ( xxxxx@yourdomain.com ) not found or inactivated]==]),
  e(A, B, "userunknown", "suppress", GN .. "0154 ('not our customer', hard)",
    "The receiving server does not serve this recipient: no such customer.",
    [==[551 not our customer]==]),
  e(A, B, "userunknown", "suppress", GN .. "0159 (wrong recipients; a status without a reply code)",
    "Unknown address error: the recipients are wrong (do not exist); no delivery attempt.",
    [==[5.1.0 - Unknown address error 540-'Error: Wrong recipients' (delivery attempts: 0)]==]),
  e(A, B, "userunknown", "suppress", GN .. "0160 sample 2 (bad address, hard)",
    "The recipient address is bad (no such mailbox).",
    [==[501 #5.1.1 bad address xxxxx@yourdomain.com]==]),
  e(A, B, "userunknown", "suppress", GN .. "0186 (user not OK, hard)",
    "The server refused the RCPT: the user is not valid here.",
    [==[550 Command RCPT User <xxxxx@yourdomain.com> not OK]==]),
  e(A, B, "userunknown", "suppress", GN .. "0195 (address lookup failed, hard)",
    "The recipient address was not found in the domain's address map.",
    [==[550 5.1.1 <xxxxx@yourdomain.com>... email address lookup in domain map failed]==]),
  e(A, B, "userunknown", "suppress", GN .. "0198 (not a member of domain, hard)",
    "The recipient user is not a member of the domain.",
    [==[550 User not a member of domain: <xxxxx@yourdomain.com>]==]),
  e(A, B, "userunknown", "suppress", GN .. "0202 (recipient cannot be verified, hard)",
    "The recipient could not be verified as an address of the domain.",
    [==[550-"The recipient cannot be verified.  Please check all recipients of this]==]),
  e(A, B, "userunknown", "suppress", GN .. "0205 sample 1 (user not exist, hard)",
    "The recipient user does not exist.",
    [==[550 xxxxx@yourdomain.com:user not exist]==]),
  e(A, B, "userunknown", "suppress", GN .. "0205 sample 2 (recipient doesn't exist, hard)",
    "qmail: the recipient does not exist.",
    [==[550 sorry, that recipient doesn't exist (#5.7.1)]==]),
  e(A, B, "userunknown", "suppress", GN .. "0207 (no account here, hard)",
    "The recipient has no account at this server.",
    [==[550-I'm sorry but xxxxx@yourdomain.com does not have an account here. I will not]==]),
  e(A, B, "userunknown", "suppress", GN .. "0184 (address no longer exists, hard)",
    "The recipient address no longer exists.",
    [==[553 5.3.0 <xxxxx@yourdomain.com>... Recipient address no longer exists]==]),

  -- {==================================================================
  -- GoodNews' samples: disabled, inactive, locked, expired accounts
  -- ===================================================================
  e(A, B, "suspend", "suppress", GN .. "0114 (disabled or discontinued, hard)",
    "Yahoo Taiwan: the account has been disabled or discontinued.",
    [==[554 delivery error: dd Sorry your message to xxxxx@yourdomain.com cannot be delivered. This account has been disabled or discontinued [#102]. - mta173.mail.tpe.domain.com]==]),
  e(A, B, "suspend", "suppress", GN .. "0133 sample 1 (user disabled, hard)",
    "The recipient user is disabled.",
    [==[550 user disabled]==]),
  e(A, D, "suspend", "retry", GN .. "0133 sample 2 (mailbox temporarily disabled)",
    "The recipient mailbox is disabled for now; the server answered with a 4xx code.",
    [==[452 4.2.1 mailbox temporarily disabled: xxxxx@yourdomain.com]==]),
  e(A, B, "suspend", "suppress", GN .. "0138 (deactivated mailbox, hard; Postfix's wording around the remote reply)",
    "The recipient mailbox is deactivated.",
    [==[host m2w-in1.domain.com[111.111.111.000] said: 551 <xxxxx@yourdomain.com> is a deactivated mailbox (in reply to RCPT TO command)]==]),
  e(A, B, "suspend", "suppress", GN .. "0152 (disabled with MTA service, hard)",
    "The recipient's mail service is disabled.",
    [==[550 <maxqin> is now disabled with MTA service.]==]),
  e(A, B, "suspend", "suppress", GN .. "0135 (inactive user, hard)",
    "The recipient user is inactive.",
    [==[550 <xxxxx@yourdomain.com>: inactive user]==]),
  e(A, B, "suspend", "suppress", GN .. "0155 (account inactive, hard)",
    "The recipient account is inactive.",
    [==[550 xxxxx@yourdomain.com Account Inactive]==]),
  e(A, B, "suspend", "suppress", GN .. "0170 (closed due to inactivity, hard)",
    "The recipient account was closed for inactivity; no forwarding address.",
    [==[550 <xxxxx@yourdomain.com>: Recipient address rejected: Account closed due to inactivity. No forwarding information is available.]==]),
  e(A, B, "suspend", "suppress", GN .. "0177 (account not activated, hard)",
    "The recipient account was never activated.",
    [==[550 <xxxxx@yourdomain.com>... User account not activated]==]),
  e(A, B, "suspend", "suppress", GN .. "0183 sample 1 (user suspended, hard)",
    "The recipient user is suspended.",
    [==[550 User suspended]==]),
  e(A, B, "suspend", "suppress", GN .. "0183 sample 2 (account expired, hard)",
    "The recipient account has expired.",
    [==[550 account expired]==]),
  e(A, B, "suspend", "suppress", GN .. "0228 (user locked, hard)",
    "The recipient user is locked.",
    [==[550 <xxxxx@yourdomain.com>: User status is locked.]==]),
  e(A, B, "suspend", "suppress", GN .. "0194 (CommuniGate's local module; no reply code)",
    "CommuniGate: the recipient account has mail receiving disabled; the message failed.",
    "Failed to deliver to '<xxxxx@yourdomain.com>'\nLOCAL module(account xxxx) reports:\nmail receiving disabled"),

  -- {==================================================================
  -- GoodNews' samples: the domain or host does not exist
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", GN .. "0208 (unrouteable address, hard)",
    "The recipient address cannot be routed: its domain does not resolve to a mail host.",
    [==[550 unrouteable address]==]),
  e(A, B, "hostunknown", "suppress", GN .. "0109 (invalid host name in Sendmail's transcript, hard)",
    "Sendmail: the recipient's host name is invalid.",
    "----- The following addresses had permanent fatal errors -----\nTan XXXX SSSS <xxxxx@yourdomain..com>\n----- Transcript of session follows -----\n553 5.1.2 XXXX SSSS <xxxxx@yourdomain..com>... Invalid host name"),
  e(A, B, "hostunknown", "suppress", GN .. "0140 (host unknown in Sendmail's transcript, hard)",
    "Sendmail: the recipient's host is unknown to the name server.",
    "----- Transcript of session follows -----\n550 5.1.2 xxxxx@yourdomain.com... Host unknown (Name server: .: no data known)"),
  e(O, D, "networkerror", "retry", GN .. "9005 (Postfix's 'Host or domain name not found', hard; no reply code)",
    "Postfix: the recipient domain has no MX and no host (name service error); label by the words (accuracy/corpus/README.md): 'Host not found, try again' is the resolver's TRY_AGAIN, a lookup that may yet succeed.",
    ": Host or domain name not found. Name\nservice error for name=domain.com type=MX: Host not found, try\nagain"),

  -- {==================================================================
  -- GoodNews' samples: full mailboxes (contrast)
  -- ===================================================================
  e(M, B, "mailboxfull", "suppress", GN .. "0105 sample 2 (over quota, soft)",
    "The recipient mailbox is over its quota.",
    [==[552 Requested mailbox exceeds quota.]==]),
  e(M, B, "mailboxfull", "suppress", GN .. "0145 sample 2 (recipient storage full, soft; Postfix's wording)",
    "The recipient's storage is full.",
    [==[host mta5.us4.domain.com.int[111.111.111.111] said: 552 recipient storage full, try again later (in reply to RCPT TO command)]==]),
  e(M, B, "mailboxfull", "suppress", GN .. "0145 sample 3 (destination mailbox full, soft; X-HERMES)",
    "The destination mailbox is full.",
    [==[host 127.0.0.1[127.0.0.1] said: 551 bounce as<the destination mailbox <xxxxx@yourdomain.com> is full> queue as 100.1.ZmxEL.720k.1140313037.xxxxx@yourdomain.com (in reply to end of DATA command)]==]),
  e(M, B, "mailboxfull", "suppress", GN .. "0192 sample 1 (Postfix local: mailbox file too large, soft; no reply code)",
    "Postfix's local delivery could not append to the mailbox: the mailbox file reached its size limit.",
    "cannot append message to destination file /var/mail/dale.me89g: error writing message: File too large"),
  e(M, B, "mailboxfull", "suppress", GN .. "0131 sample 1 (temporarily over quota, soft; no reply code)",
    "The recipient's account is over its quota; the message was returned.",
    "This Message was undeliverable due to the following reason:\nThe user(s) account is temporarily over quota.\n<xxxxx@yourdomain.com>"),
  e(M, B, "mailboxfull", "suppress", GN .. "0131 sample 2 (over quota, soft; no reply code)",
    "The recipient is over quota; the message was returned.",
    "Recipient address: xxxxx@yourdomain.com\nReason: Over quota"),
  e(M, B, "mailboxfull", "suppress", GN .. "0150 (quota limit exceeded, soft; no reply code)",
    "The recipient's quota is exceeded; the message is returned.",
    "Sorry the recipient quota limit is exceeded.\nThis message is returned as an error."),
  e(M, D, "mailboxfull", "retry", GN .. "0187 (exceeded the allowed mailbox quota, soft; no reply code; asks to resend later)",
    "The recipient exceeded the mailbox quota; the sender is asked to resend later.",
    "The user to whom this message was addressed has exceeded the allowed mailbox\nquota. Please resend the message at a later time."),
  e(M, B, "mailboxfull", "suppress", GN .. "0132 sample 1 (CommuniGate's local module: account full, soft; no reply code)",
    "CommuniGate: the recipient account is full (quota exceeded); the message failed.",
    "Failed to deliver to '<xxxxx@yourdomain.com>'\nLOCAL module(account xxxxxx) reports:\naccount is full (quota exceeded)"),

  -- {==================================================================
  -- GoDaddy (German): recipient bounces, as the bounce names them
  -- ===================================================================
  e(M, B, "mailboxfull", "suppress", GD_CH, "The recipient's account reached its storage limit and cannot receive mail now.",
    [==[Speicherplatzbegrenzung des Kontos]==]),
  e(A, B, "userunknown", "suppress", GD_CH, "The e-mail address the mail was sent to does not exist.",
    [==[Konto ist nicht vorhanden]==]),
  e(A, B, "suspend", "suppress", GD_CH, "The recipient account exists but receiving mail is disabled, usually for good.",
    [==[Konto deaktiviert]==]),
  e(O, D, "networkerror", "retry", GD_CH, "The delivery timed out, which can have several causes; try again later.",
    [==[Zustell-Timeout]==]),

  -- {==================================================================
  -- JZK (Polish): the texts shown for server refusals
  -- ===================================================================
  e(A, B, "notaccept", "suppress", JZK .. " ('this domain does not accept mail')",
    "The recipient's domain accepts no mail.",
    [==[Ta domena nie przyjmuje poczty.]==]),
  e(A, B, "hasmoved", "suppress", JZK .. " ('the given user is not local': the 551 reply)",
    "The recipient user is not local to the server (551, user not local).",
    [==[Wskazany użytkownik nie jest lokalny.]==]),
  e(O, D, "systemfull", "retry", JZK .. " ('no space on the server's side')",
    "The receiving server has no storage space left.",
    [==[Brak miejsca po stronie serwera.]==]),
  e(O, D, "systemerror", "retry", JZK .. " ('an error on the server's side')",
    "The receiving server failed with an error of its own.",
    [==[Błąd po stronie serwera.]==]),
  e(A, B, "norelaying", "suppress", GN .. "0204 ('not local host ..., not a gateway', hard)",
    "The receiving host does not serve the recipient's domain and is not a gateway for it.",
    [==[550 not local host domain.com, not a gateway]==]),
}
