-- Fresh dev batch (round 10), second part: diagnostics WITHOUT a reply
-- code at their start (many with none at all): sending MTAs' own words
-- (Sendmail's "Deferred:" lines and its five-day give-up, Postfix's
-- "delivery temporarily suspended", qmail-send's and vpopmail's bounce
-- lines, Exim's permanent-error notice, CommuniGate's module reports),
-- the sample bodies GoodNews (a MODX newsletter module) keeps beside its
-- bounce rules, nullmailer's status texts and ZMailer's bounce forms.
-- GoodNews' samples descend from PHPMailer-BMH's, whose rule comments
-- an earlier batch took through another copy (dev5_address_fixtures.lua,
-- twisted1919/bounce-handler): the texts that batch already held are
-- left out here.
-- Placeholders are kept as the source wrote them.  Labelled from what
-- each source says (its hard/soft verdict, the MTA's defer/fail branch),
-- reason and action by the policy of accuracy/corpus/README.md, before
-- any was classified.
local e = dofile("accuracy/entry.lua")
local A, M, O = "address", "mailbox", "other"
local B, D = "bounced", "deferred"

local GN = "GoodNews (bitego), GoodNewsBounceMailHandler DSN rules (loosely based on PHPMailer-BMH), read via the code index (file id 1560431902): the sample beside rule "
local GB = "GoodNews (bitego), GoodNewsBounceMailHandler body rules (loosely based on PHPMailer-BMH), read via the code index (file id 1922620739): the sample beside rule "
local NM = "github.com/bruceg/nullmailer lib/errcodes.cc errorstr[] (the status text nullmailer-send reports), with lib/errcodes.h: "
local ZM = "github.com/rzachariassen/zmailer proto/forms/"

return {
  -- {==================================================================
  -- Sendmail: deferrals and the five-day give-up
  -- ===================================================================
  e(O, B, "expired", "contact", GN .. "0115 sample 1 (connection refused, then the queue lifetime ran out)",
    "Sendmail kept the message deferred (connection refused) until it gave up after 5 days and deleted it from the queue.",
    "----- Transcript of session follows -----\nxxxxx@yourdomain.com... Deferred: Connection refused by nomail.tpe.domain.com.\nMessage could not be delivered for 5 days\nMessage will be deleted from queue"),
  e(O, B, "expired", "contact", GN .. "0119 (connection timed out, then the queue lifetime ran out)",
    "Sendmail could not connect (timeouts) for 5 days and gave the message up.",
    "----- Transcript of session follows -----\nxxxxx@yourdomain.com... Deferred: Connection timed out with hkfight.com.\nMessage could not be delivered for 5 days\nMessage will be deleted from queue"),
  e(O, D, "networkerror", "retry", GN .. "0109 (no route to host, a Sendmail deferral)",
    "Sendmail deferred the message: no route to the remote host.",
    "----- Transcript of session follows -----\nxxxxx@yourdomain.com... Deferred: mail.domain.com.: No route to host"),
  e(O, D, "networkerror", "retry", GN .. "0121 (host name lookup failure, a Sendmail deferral)",
    "Sendmail deferred the message: the name server lookup of the host failed for now.",
    "----- Transcript of session follows -----\nxxxxx@yourdomain.com... Deferred: Name server: domain.com.: host name lookup failure"),
  e(O, D, "systemerror", "retry", GN .. "0141 (a local file error, a Sendmail deferral)",
    "Sendmail deferred the message on a local error (no such file or directory).",
    "----- Transcript of session follows -----\nxxxxx@yourdomain.com... Deferred: No such file or directory"),

  -- {==================================================================
  -- Postfix: deferrals and a loop
  -- ===================================================================
  e(O, D, "networkerror", "retry", GN .. "0188 (Postfix: delivery temporarily suspended, no route to host)",
    "Postfix suspended delivery to the host for now: no route to it.",
    "delivery temporarily suspended: connect to\n111.111.11.112[111.111.11.112]: No route to host"),
  e(O, D, "networkerror", "retry", GN .. "0213 (Postfix: delivery temporarily suspended, timeout)",
    "Postfix suspended delivery for now: the conversation timed out while sending the end of data.",
    "delivery temporarily suspended: conversation with\n111.111.111.11[111.111.111.11] timed out while sending end of data -- message may be\nsent more than once"),
  e(O, B, "networkerror", "contact", GN .. "9007 (mail loops back, a routing loop; hard)",
    "The recipient domain's mail host is this host itself: a loop; the message bounced.",
    ": mail for domain.com loops back to myself"),

  -- {==================================================================
  -- CommuniGate and resolver texts
  -- ===================================================================
  e(O, D, "networkerror", "retry", GN .. "0231 (CommuniGate's SMTP module: broken connection, soft)",
    "CommuniGate's SMTP module lost the connection to the remote host; a temporary failure.",
    "Failed to deliver to 'xxxxx@yourdomain.com'\nSMTP module(domain domain.com) reports:\nconnection with mx1.mail.domain.com is broken"),
  e(A, B, "hostunknown", "suppress", GN .. "9003 (the resolver's 'Name or service not known', hard)",
    "The recipient domain's name does not resolve (the name is not known); a hard bounce.",
    "Name or service not known"),
  e(O, B, "undefined", "suppress", GN .. "0176 / body rule 0013 (Exchange's bare failure notice, hard)",
    "Delivery to the listed recipient failed, with no reason given.",
    "Delivery to the following recipients failed.\nxxxxx@yourdomain.com"),

  -- {==================================================================
  -- GoodNews' body samples: the address does not exist or is inactive
  -- ===================================================================
  e(A, B, "userunknown", "suppress", GB .. "0237 (no such address, hard)",
    "There is no such address at the receiving host.",
    "xxxxx@yourdomain.com\nno such address here"),
  e(A, B, "userunknown", "suppress", GB .. "9001 (qmail's bounce quoting the remote reply, hard)",
    "The remote host did not like the recipient: user not found.",
    "<xxxxx@yourdomain.com>:\n111.111.111.111 does not like recipient.\nRemote host said: 550 User not found"),
  e(A, B, "userunknown", "suppress", GB .. "0157 (vpopmail: no mailbox, hard)",
    "vpopmail: there is no mailbox of that name.",
    "<xxxxx@yourdomain.com>:\nSorry, no mailbox here by that name. vpopmail (#5.1.1)"),
  e(A, B, "userunknown", "suppress", GB .. "0164 (qmail local: can't find the mailbox, hard)",
    "qmail's local delivery cannot find the user's mailbox.",
    "xxxxx@yourdomain.com<br>\nlocal: Sorry, can't find user's mailbox. (#5.1.1)<br>"),
  e(A, B, "hostunknown", "suppress", GB .. "0179 (Exim: unrouteable address, hard)",
    "The recipient address cannot be routed (its domain has no mail route).",
    "xxxxx@yourdomain.com\nUnrouteable address"),
  e(A, B, "userunknown", "suppress", GB .. "0232 (Exim: unknown local part, a permanent error)",
    "Exim: the local part is unknown in the recipient domain; a permanent error.",
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\nxxxxx@yourdomain.com\nunknown local-part \"xxxxx\" in domain \"yourdomain.com\""),
  e(A, B, "userunknown", "suppress", GB .. "0235 (address no longer accepts mail, hard)",
    "The address no longer accepts mail (it was given up).",
    "<xxxxx@yourdomain.com>:\nThis address no longer accepts mail."),
  e(A, B, "suspend", "suppress", GB .. "0171 (eYou MTA: user inactive, hard)",
    "eYou's MTA: the recipient user is inactive.",
    "xxxxx@yourdomain.com<br>\n553 user is inactive (eyou mta)"),
  e(A, B, "hasmoved", "suppress", GB .. "9010 (old domain name, hard)",
    "The recipient's domain changed: the sender used the old domain and is told the new one.",
    "You are using an old domainname for the intended recipient.\n              name@old-domain.com\n\nPlease change your contact detail to the new domain.\n\n              @new-domain.com"),

  -- {==================================================================
  -- GoodNews' body samples: full mailboxes, local and content failures
  -- ===================================================================
  e(M, B, "mailboxfull", "suppress", GB .. "0182 sample 1 (over quota, soft)",
    "The recipient account is over quota and cannot receive mail; the message was returned.",
    "<xxxxx@yourdomain.com>:\nThis account is over quota and unable to receive mail."),
  e(M, B, "mailboxfull", "suppress", GB .. "0182 sample 2 (mail folder over quota, soft)",
    "The user's mail folder is over its allowed size.",
    "<xxxxx@yourdomain.com>:\nWarning: undefined mail delivery mode: normal (ignored).\nThe users mailfolder is over the allowed quota (size). (#5.2.2)"),
  e(M, B, "mailboxfull", "suppress", GB .. "0126 (mail.local: disc quota exceeded, soft)",
    "The local delivery agent hit the recipient's disc quota; the message failed.",
    "----- Transcript of session follows -----\nmail.local: /var/mail/2b/10/kellen.lee: Disc quota exceeded\n554 <xxxxx@yourdomain.com>... Service unavailable"),
  e(M, D, "mailboxfull", "retry", GB .. "0158 (qmail-send: user disk quota exceeded, status 4.3.0, soft)",
    "qmail-send: the recipient's disk quota is exceeded (a temporary status).",
    "Hi. This is the qmail-send program at 263.domain.com.\n<xxxxx@yourdomain.com>:\n- User disk quota exceeded. (#4.3.0)"),
  e(M, B, "mailboxfull", "suppress", GB .. "0166 (mailbox full while writing, soft)",
    "The recipient mailbox is full (the MTA's quota was exceeded while writing).",
    "xxxxx@yourdomain.com\nmailbox is full (MTA-imposed quota exceeded while writing to file /mbx201/mbx011/A100/09/35/A1000935772/mail/.inbox):"),
  e(O, D, "systemerror", "retry", GB .. "0172 (vpopmail: input/output error, status 4.3.0, soft)",
    "vpopmail could not switch to the domain directory (I/O error); a temporary failure.",
    "<xxxxx@yourdomain.com>:\nUnable to switch to /var/vpopmail/domains/domain.com: input/output error. (#4.3.0)"),
  e(O, D, "systemerror", "retry", GB .. "0173 (vpopmail: cannot open a new mail file, soft)",
    "vpopmail could not create the mail file (permission error); a temporary failure.",
    "<xxxxx@yourdomain.com>:\ncan not open new email file errno=13 file=/home/vpopmail/domains/fromc.com/0/domain/Maildir/tmp/1155254417.28358.mx05,S=212350"),
  e(O, D, "systemerror", "retry", GB .. "0163 (remote resources temporarily unavailable, soft)",
    "The remote host failed after the message was sent: its resources are temporarily unavailable; try later.",
    "<xxxxx@yourdomain.com>:\n111.111.111.111 failed after I sent the message.\nRemote host said: 451 mta283.mail.scd.yahoo.com Resources temporarily unavailable. Please try again later [#4.16.5]."),
  e(O, B, "systemerror", "contact", GB .. "0169 (the delivery program could not create output, hard)",
    "The recipient's delivery filter program failed (can't create output); the message could not be delivered.",
    "This is an automated response from a mail delivery\nprogram.  Your message could not be delivered to\nthe following address:\n\n    \"|/usr/local/bin/mailfilt -u #dkms\"\n      (reason: Can't create output)\n      (expanded from: <xxxxx@yourdomain.com>)"),
  e(O, B, "contenterror", "fix", GB .. "0043 (non-Western character sets refused, soft)",
    "The recipient does not accept mail in non-Latin character sets: the message's content is refused.",
    "<xxxxx@yourdomain.com>:\nThe user does not accept email in non-Western (non-Latin) character sets."),

  -- {==================================================================
  -- nullmailer's status texts
  -- ===================================================================
  e(O, D, "networkerror", "retry", NM .. "ERR_GHBN_TEMP (temporary error)",
    "The host lookup failed with TRY_AGAIN; a temporary error.",
    "Temporary error in gethostbyname"),
  e(O, B, "networkerror", "contact", NM .. "ERR_GHBN_FATAL (permanent error)",
    "The host lookup failed with NO_RECOVERY; nullmailer counts it a permanent error.",
    "Fatal error in gethostbyname"),
  e(O, D, "networkerror", "retry", NM .. "ERR_CONN_UNREACHABLE (temporary error)",
    "The host or network is unreachable; a temporary error.",
    "Host or network unreachable"),
  e(A, B, "hostunknown", "suppress", NM .. "ERR_HOST_NOT_FOUND (temporary error: nullmailer keeps the message and tries again)",
    "The host lookup failed with HOST_NOT_FOUND; nullmailer counts it a temporary error.",
    "Host not found"),
  e(A, D, "hostunknown", "retry", NM .. "ERR_NO_ADDRESS (temporary error)",
    "The host lookup found the name but no address (NO_ADDRESS); a temporary error.",
    "Host has no address"),
  e(O, D, "systemerror", "retry", NM .. "ERR_SOCKET (temporary error)",
    "Creating the socket failed locally; a temporary error.",
    "Socket failed"),
  e(O, D, "networkerror", "retry", NM .. "ERR_CONN_FAILED (temporary error)",
    "The connection failed; a temporary error.",
    "Connection failed"),
  e(O, D, "undefined", "retry", NM .. "ERR_MSG_TEMPFAIL (temporary error)",
    "The server failed to receive the message for now; a temporary error.",
    "Temporary error in sending the message"),
  e(O, B, "undefined", "suppress", NM .. "ERR_MSG_PERMFAIL (permanent error)",
    "The server permanently failed to receive the message.",
    "Permanent error in sending the message"),
  e(O, B, "undefined", "suppress", NM .. "ERR_MSG_REFUSED (permanent error)",
    "The server refused the message; a permanent error.",
    "Server refused the message"),

  -- {==================================================================
  -- ZMailer's bounce form
  -- ===================================================================
  e(A, B, "userunknown", "suppress", ZM .. "unresolvable (the form of the 'Unresolvable mail address' bounce)",
    "The message is returned because an address could not be recognised as one this system understands or can reach.",
    "A copy of your message is being returned to you because one or more of\nthe addresses you specified could not be recognized as addresses that are\nunderstood by, or reachable from, this system."),
  e(A, B, "hostunknown", "suppress", ZM .. "wrongname (the 'Invalid domain name' bounce of the University of Toronto's set-up)",
    "The message named a domain that does not exist; the sender is told the registered ones.",
    "Your message arrived with an address that made reference to a domain\ncalled \"utoronto\" or \"utoronto.edu\" or \"toronto.ca\", which does not exist."),
  e(A, B, "hostunknown", "suppress", ZM .. "localhost (the bounce for an address at \"localhost\")",
    "The address used \"localhost\" as its host, which is no valid host for users here; the message is returned unprocessed.",
    "You might try one of those instead of just \"localhost\".  Your message is\nbeing returned unprocessed."),
  e(O, B, "networkerror", "contact", ZM .. "loopexceeded (the 'looping message' bounce)",
    "The message carried more Received: lines than the limit (50): taken to be looping, and returned.",
    "The following message was decided to exceed the sensible limit\non the number of \"Received:\" headers, which number is usually\nfairly small for any average email, but can become rather large,\nif the message loops somewhere."),
}
