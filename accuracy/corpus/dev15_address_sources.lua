-- Round 15: reply texts read from the source code of MTAs and milters not
-- used before (Qsmtp's qsmtpd, SirWumpus's milter-ahead recipient
-- call-ahead milter, Synchronet's mail server, two small smtp-server
-- based inbound servers) and one mailing-list message, labelled from what the code path that sends each
-- reply does.  Templates are filled with documentation values
-- (example.com, example.net, 192.0.2.1); where a reply quotes the next
-- hop's own text, that quoted text is an example value and the note says
-- so.  Sources: see each entry.
local QSMTPD = "github.com/DerDakon/Qsmtp qsmtpd/qsmtpd.c"
local QSMTPD_ADDR = "github.com/DerDakon/Qsmtp qsmtpd/addrparse.c"
local QSMTPD_FROM = "github.com/DerDakon/Qsmtp qsmtpd/filters/fromdomain.c"
local EXIMV = "an early Exim 4 src/verify.c (verify_sender_preliminary, verify_sender), read via the code index (file id 18109678278); Exim sends the code with the message"
local AHEAD = "github.com/SirWumpus/milter-ahead milter-ahead.c (filterRcpt)"
local SBBS = "github.com/SynchronetBBS/sbbs src/sbbs3/mailsrvr.cpp (smtp_client_thread: MAIL FROM and RCPT TO handling)"
local PHONEMAIL = "code index file id 70262645217 (PhoneMail's inbound SMTP server built on smtp-server: onMailFrom and onRcptTo)"
local SEND0 = "code index file id 70630882252 (send0's inbound MX listener built on smtp-server: checkRcpt)"
local LKML = "code index file id 5621721387 (a linux-renesas-soc mailing-list message, Nov 2019, quoting the 'unknown recipient' replies the poster got)"

return {
  -- Qsmtp
  {
    reply    = [=[550 5.1.0 sending user <info@example.net> faked, I will not accept this mail]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = QSMTPD,
    meaning  = "At MAIL FROM: the sender address claims a local domain but no such local user exists, so the sender is taken as forged; the recipient is not involved.",
  },
  {
    reply    = [=[501 5.1.8 Sorry, can't find a mail exchanger for sender address]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = QSMTPD_FROM,
    meaning  = "The recipient's filter refuses the envelope sender because the sender's domain has no MX.",
  },
  {
    reply    = [=[501 5.4.0 all your mail exchangers have loopback addresses]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = QSMTPD_FROM,
    meaning  = "Every MX of the sender's domain points to a loopback address, so replies could never reach the sender; the sender is refused.",
  },
  -- milter-ahead: the gateway asks the next hop about the recipient
  {
    reply    = [=[550 5.7.1 server mail.example.com for <jdoe@example.com> rejected address saying "<jdoe@example.com>... User unknown"]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = AHEAD,
    meaning  = "The downstream server refused the recipient when the gateway called ahead; the gateway passes its text on (here that the user is unknown).",
    note     = "The quoted next-hop text is an example value (sendmail's user-unknown wording).",
  },
  {
    reply    = [=[550 5.7.1 server mx2.example.com for <jdoe@example.com> rejected address saying "<jdoe@example.com>: Recipient address rejected: User unknown in local recipient table"]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = AHEAD,
    meaning  = "The call-ahead to the internal server was refused for this recipient, which that server does not know.",
    note     = "The quoted next-hop text is an example value (Postfix's local recipient table wording).",
  },
  {
    reply    = [=[550 server mail.example.com for <jdoe@example.com> previously cached response: "550 5.1.1 <jdoe@example.com>... User unknown"]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = AHEAD,
    meaning  = "The recipient was refused by the downstream server on an earlier call-ahead and the cached refusal (unknown user) is repeated.",
    note     = "The cached next-hop text is an example value.",
  },
  {
    reply    = [=[452 4.7.1 server mail.example.com for <jdoe@example.com> rejected address saying "<jdoe@example.com>: Recipient address rejected: Mailbox is full"]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "mailboxfull", action = "retry",
    source   = AHEAD,
    meaning  = "The downstream server temporarily refused the recipient on call-ahead because the mailbox is full; the code says mailbox full is one of the expected causes.",
    note     = "The quoted next-hop text is an example value.",
  },
  {
    reply    = [=[450 4.7.1 server mail.example.com for <jdoe@example.com> not answering ]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = AHEAD,
    meaning  = "The gateway could not connect to the downstream server to verify the recipient; the address was not judged.",
  },
  {
    reply    = [=[451 4.4.3 server mail.example.com for <jdoe@example.com> communication error]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = AHEAD,
    meaning  = "An I/O error on the socket to the downstream server stopped the recipient check; temporary.",
  },
  {
    reply    = [=[421 server mail.example.com for <jdoe@example.com> responded with a busy signal]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = AHEAD,
    meaning  = "The downstream server greeted the recipient check with 421 (busy or closing); nothing was said about the address.",
  },
  {
    reply    = [=[550 5.7.1 too many failures 12 from mail.example.net [192.0.2.1]]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = AHEAD,
    meaning  = "The connecting client has caused too many failed recipient checks and is blocked until its cache entry expires; it blames the sending host, not this recipient.",
  },
  -- An early Exim 4 verify.c: sender verification (the sender, not the recipient)
  {
    reply    = [=[550 unknown local-part in sender]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = EXIMV,
    meaning  = "MAIL FROM refused: the sender's address is in a local domain but its local part does not exist, and it failed verification recently.",
  },
  {
    reply    = [=[550 cannot route to sender]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = EXIMV,
    meaning  = "MAIL FROM refused: the sender's address cannot be routed (verification failed), so replies could not reach it.",
  },
  {
    reply    = [=[451 temporarily unable to verify sender address (try again later)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "rejected", action = "retry",
    source   = EXIMV,
    meaning  = "Verifying the sender's address deferred (usually a DNS time-out); the sender is asked to try later.",
  },
  {
    reply    = [=[550 unknown local part in sender <info@example.net>]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = EXIMV,
    meaning  = "After DATA the message is refused because its envelope sender's local part does not exist; the wording names the sender, not the recipient.",
  },
  {
    reply    = [=[451 temporarily unable to verify sender address <info@example.net> (try later)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "rejected", action = "retry",
    source   = EXIMV,
    meaning  = "Sender verification deferred; the message is refused for now.",
  },
  {
    reply    = [=[550 there is no valid sender in any header line (envelope sender is <info@example.net>)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = EXIMV,
    meaning  = "Header sender checks found no verifiable sender address in Sender:, Reply-To: or From:; the sender side must fix its addresses.",
  },
  {
    reply    = [=[451 can't currently verify any sender in the header lines (envelope sender is <info@example.net>) - try later]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "rejected", action = "retry",
    source   = EXIMV,
    meaning  = "Verifying the header sender addresses deferred; temporary refusal that concerns the sender.",
  },
  -- Synchronet BBS mail server: SMTP receiver, RCPT/MAIL handling
  {
    reply    = [=[550 Closed mailbox: <sysop@bbs.example.com>]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "filtered", action = "suppress",
    source   = SBBS,
    meaning  = "The recipient exists but its account is restricted from receiving mail over unauthenticated SMTP, so outside mail to it is refused.",
    note     = "A near-miss: 'closed mailbox' here is a receive restriction on a live account, not a closed account.",
  },
  {
    reply    = [=[550 Sender address <info@example.net> not authorized for this account, try <jdoe@bbs.example.com>]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = SBBS,
    meaning  = "On the submission port the logged-in user may only use their own address as the envelope sender; the sender address given is refused.",
  },
  {
    reply    = [=[554 Sender not allowed.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = SBBS,
    meaning  = "The MAIL FROM address is on the server's list of refused e-mail addresses.",
  },
  {
    reply    = [=[452 Too many emails today]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = SBBS,
    meaning  = "The authenticated sending user has reached the number of e-mails their level may send per day.",
  },
  -- PhoneMail inbound server
  {
    reply    = [=[550 5.1.1 This address does not accept mail]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "notaccept", action = "suppress",
    source   = PHONEMAIL,
    meaning  = "The recipient is one of the service's reserved system local parts, which never receive mail.",
  },
  {
    reply    = [=[553 5.7.1 You can only send from your own addresses]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = PHONEMAIL,
    meaning  = "A logged-in user gave a MAIL FROM address that is not one of their own; the sender address is refused.",
  },
  -- send0 inbound MX
  {
    reply    = [=[550 5.2.1 Mailbox disabled]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "suspend", action = "suppress",
    source   = SEND0,
    meaning  = "The recipient inbox exists but is not active, so mail to it is refused at RCPT.",
  },
  -- a mailing-list message quoting the replies it got back
  {
    reply    = [=[<nandor.han@ge.com>: 550 5.1.1 No such user - pp]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = LKML,
    meaning  = "The maintainers' company addresses no longer exist; the poster calls these 'unknown recipient' replies.",
  },
}
