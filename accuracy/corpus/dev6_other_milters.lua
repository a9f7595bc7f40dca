-- Fresh dev batch (round 6): replies of milters and an MTA that blame
-- something other than the address, most of them short or oddly worded,
-- many with no enhanced status code (qmail-style "(#x.y.z)" comments
-- only).  Labelled from what each source's code and comments say
-- (reason, action by the policy of accuracy/corpus/README.md), before
-- any was classified.  Format strings filled with documentation values
-- (example.com, 192.0.2.1, http://www.example.com/policy.html).
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local BMS = "github.com/sdgathman/milter bms.py (Python milter; setreply code, enhanced code and text lines as the milter sets them)"
local SPAMILTER = "github.com/nkhorman/spamilter src/hndlrs.c (sendmail milter; mlfi_setreply code, enhanced code and text)"
local SPFM = "github.com/sdgathman/milter spfmilter.py (setreply code, enhanced code and text)"
local INDI = "github.com/indimail/indimail-mta qmail-smtpd.c (indimail's qmail-smtpd; out() reply strings)"

return {
  -- {==================================================================
  -- bms.py (pymilter application)
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", BMS, "The client sent MAIL without HELO first.",
    [==[550 5.7.1 It's polite to say HELO first.]==]),
  e(O, B, "rejected", "fix", BMS, "Mail claiming an internal domain arrived from an IP not allowed to use it.",
    [==[550-5.7.1 We don't accept internal mail from example.com
550-5.7.1 Your email from example.com comes from an internal IP, however
550 5.7.1 internal senders are not authorized to use example.com.]==]),
  e(O, B, "blocked", "contact", BMS, "The envelope sender is on the local blacklist.",
    [==[550 5.7.1 Sender email local blacklist]==]),
  e(O, B, "requireptr", "fix", BMS, "The sending server has no PTR, an invalid or dynamic HELO and no SPF record.",
    [==[550-5.7.1 You must have a valid HELO or publish SPF: http://www.openspf.org 
550-5.7.1 Contact your mail administrator IMMEDIATELY!  Your mail server is 
550-5.7.1 severely misconfigured.  It has no PTR record (dynamic PTR records 
550-5.7.1 that contain your IP don't count), an invalid or dynamic HELO, 
550 5.7.1 and no SPF record.]==]),
  e(O, B, "badreputation", "throttle", BMS, "The sender domain's shared (GOSSiP) reputation is very bad.",
    [==[550 5.7.1 Your domain has been sending nothing but spam]==]),
  e(O, B, "authfailure", "fix", BMS, "The HELO name fails SPF: the sending host is not a designated MTA for it.",
    [==[550-5.7.1 SPF fail: see http://openspf.org/why.html?sender=mail.example.com&ip=192.0.2.1
550-5.7.1 The hostname given in your MTA's HELO response is not listed
550-5.7.1 as a legitimate MTA in the SPF records for your domain.  If you
550-5.7.1 get this bounce, the message was not in fact a forgery, and you
550 5.7.1 should IMMEDIATELY notify your email administrator of the problem.]==]),
  e(O, B, "rejected", "fix", BMS, "Mail claiming one of the receiver's own domains, without SPF, from outside.",
    [==[550 5.7.1 I hate talking to myself!]==]),
  e(O, B, "authfailure", "fix", BMS, "SPF softfail rejected by local policy.",
    [==[550-5.7.1 SPF softfail: If you get this Delivery Status Notice, your email
550-5.7.1 was probably legitimate.  Your administrator has published SPF
550-5.7.1 records in a testing mode.  The SPF record reported your email as
550-5.7.1 a forgery, which is a mistake if you are reading this.  Please
550 5.7.1 notify your administrator of the problem immediately.]==]),
  e(O, B, "authfailure", "fix", BMS, "SPF neutral for a domain that must pass SPF.",
    [==[550-5.7.1 mail from example.com must pass SPF: http://openspf.org/why.html
550-5.7.1 The example.com domain is one that spammers love to forge.  Due to
550-5.7.1 the volume of forged mail, we can only accept mail that
550-5.7.1 the SPF record for example.com explicitly designates as legitimate.
550-5.7.1 Sending your email through the recommended outgoing SMTP
550 5.7.1 servers for example.com should accomplish this.]==]),
  e(O, B, "blocked", "contact", BMS, "Local policy refuses the sender domain even though SPF passes.",
    [==[550-5.7.1 We don't accept mail from example.com
550-5.7.1 Your email from example.com comes from an authorized server, however
550 5.7.1 we still don't want it - we just don't like example.com.]==]),
  e(O, B, "authfailure", "fix", BMS, "The sender domain's SPF record has a fatal syntax error.",
    [==[550-5.5.2 SPF Permanent Error: Unknown mechanism found: ip:192.0.2.1
550-5.5.2 There is a fatal syntax error in the SPF record for example.com
550 5.5.2 We cannot accept mail from example.com until this is corrected.]==]),
  e(O, B, "syntaxerror", "fix", BMS, "The RCPT command carried parameters the milter could not parse.",
    [==[550 5.7.1 Invalid RCPT PARAM]==]),
  e(A, B, "userunknown", "suppress", BMS, "The recipient is an SRS address whose signature does not verify (no such return address).",
    [==[550 5.7.1 Invalid SRS signature]==]),
  e(A, B, "userunknown", "suppress", BMS, "The recipient is an SES-signed return address that does not verify.",
    [==[550 5.7.1 Invalid SES signature]==]),
  e(O, B, "norelaying", "suppress", BMS, "The recipient domain is a private relay domain not open to outside clients.",
    [==[550 5.7.1 Unauthorized relay for example.com]==]),
  e(O, B, "blocked", "contact", BMS, "The sending domain is on the blacklist.",
    [==[550 5.7.1 Sending domain has been blacklisted]==]),
  e(O, B, "badreputation", "throttle", BMS, "The sender domain's reputation is bad (mostly spam).",
    [==[550 5.7.1 example.com has been sending mostly spam]==]),
  e(O, D, "undefined", "retry", BMS, "Greylisting: retry after the stated delay.",
    [==[451-4.7.1 Greylisted: http://projects.puremagic.com/greylisting/
451 4.7.1 Please retry in 5.0 minutes]==]),
  e(O, B, "spamdetected", "fix", BMS, "The Subject contains a configured spam or porn keyword.",
    [==[550 5.7.1 That subject is not allowed]==]),
  e(O, B, "policyviolation", "fix", BMS, "Subjects in big5 or ISO-2022-JP encodings are refused by policy.",
    [==[550 5.7.1 We don't understand chinese]==]),
  e(O, B, "spamdetected", "fix", BMS, "The Subject is marked as an advertisement (ADV:).",
    [==[550 5.7.1 No soliciting allowed]==]),
  e(O, B, "policyviolation", "fix", BMS, "Unedited forwards (Subject Fwd:) are refused for this recipient.",
    [==[550 5.7.1 I find unedited forwards annoying]==]),
  e(O, B, "spamdetected", "fix", BMS, "The From display name contains a spam keyword.",
    [==[550 5.7.1 No soliciting]==]),
  e(O, B, "spamdetected", "fix", BMS, "The From display name contains a porn keyword.",
    [==[550 5.7.1 Watch your language]==]),
  e(O, B, "rejected", "fix", BMS, "Normal mail from a MAILER-DAEMON sender that is not a real DSN.",
    [==[550-5.7.1 I do not accept normal mail from MAILER-DAEMON.
550-5.7.1 All such mail has turned out to be Delivery Status Notifications
550-5.7.1 which failed to be marked as such.  Please send a real DSN if
550 5.7.1 you need to.  Use another MAIL FROM if you need to send me mail.]==]),
  e(O, B, "spamdetected", "fix", BMS, "The dspam header score marks the message as spam.",
    [==[550 5.7.1 Your Message looks spammy]==]),
  e(O, B, "policyviolation", "fix", BMS, "A DSN addressed to several recipients.",
    [==[550 5.7.1 DSN to multiple recipients]==]),
  e(O, D, "systemerror", "retry", BMS, "The spam database is locked (busy); try again later.",
    [==[450 4.2.0 Too busy discarding spam.  Please try again later.]==]),
  e(O, B, "contenterror", "fix", BMS, "The MIME structure is malformed (boundary error).",
    [==[554 5.7.7 Boundary error in your message, are you a spammer?]==]),
  e(O, B, "contenterror", "fix", BMS, "A header could not be parsed.",
    [==[554 5.7.7 Header parse error in your message, are you a spammer?]==]),
  e(O, B, "policyviolation", "fix", BMS, "An attachment with a banned extension.",
    [==[550-5.7.1 Attachment type not allowed.
550 5.7.1 You attempted to send an attachment with a banned extension.]==]),
  e(O, B, "blocked", "contact", BMS, "The sender address is blacklisted (large message not screened).",
    [==[550 5.7.1 bob@example.com has been blacklisted.]==]),
  e(O, B, "rejected", "fix", BMS, "The callback to the sender address failed (sender not verifiable).",
    [==[550 5.7.1 Callback failure]==]),

  -- {==================================================================
  -- spamilter (hndlrs.c)
  -- ===================================================================
  e(O, B, "blocked", "contact", SPAMILTER, "The client IP is listed on a DNSBL.",
    [==[550 5.7.1 Rejecting due to security policy - DNSBL, Please see: http://www.example.com/policy.html#dnsbl and http://www.spamcop.net/bl.shtml?192.0.2.1]==]),
  e(O, B, "syntaxerror", "fix", SPAMILTER, "No HELO/EHLO greeting before MAIL.",
    [==[550 5.7.1 Rejecting due to security policy - Helo or Ehlo MTA greeting expected, Please see: http://www.example.com/policy.html#helo]==]),
  e(O, D, "rejected", "retry", SPAMILTER, "The sender address could not be verified (temporary).",
    [==[450 4.7.1 Temporary failure - Unable to validate Sender address <bob@example.com>, Please see: http://www.example.com/policy.html#tempfailinvalidsender]==]),
  e(O, B, "rejected", "fix", SPAMILTER, "The sender address is not deliverable (sender verification failed).",
    [==[550 5.7.1 Rejecting due to security policy - Unable to validate Sender address <bob@example.com>, Please see: http://www.example.com/policy.html#invalidsender]==]),
  e(O, B, "blocked", "contact", SPAMILTER, "The sender (Reply-To) is blacklisted.",
    [==[550 5.7.1 Rejecting due to security policy - Sender '<bob@example.com>' has been blacklisted, Please see: http://www.example.com/policy.html#blacklistedsender]==]),
  e(A, B, "userunknown", "suppress", SPAMILTER, "The recipient is in neither the virtusertable, the aliases nor the local users.",
    [==[550 5.7.1 Rejecting due to security policy - Not deliverable, Please see: http://www.example.com/policy.html#undeliverable]==]),
  e(O, B, "policyviolation", "fix", SPAMILTER, "An inline attachment with an executable (MS) extension.",
    [==[550 5.7.1 Rejecting due to security policy - Inline executable attachement, Please see: http://www.example.com/policy.html#attachmentinline]==]),
  e(O, B, "blocked", "contact", SPAMILTER, "The HELO host name is on a domain blocklist (DBL).",
    [==[550 5.7.1 Rejecting due to security policy - Blacklisted host, Please see: http://www.example.com/policy.html#blacklistedhostdbl]==]),
  e(O, B, "blocked", "contact", SPAMILTER, "Mail relayed through a blacklisted country (GeoIP).",
    [==[550 5.7.1 Rejecting due to security policy - Country Code 'CN' has been blacklisted, Please see: http://www.example.com/policy.html#blacklistedcountrycode]==]),
  e(A, B, "userunknown", "suppress", SPAMILTER, "The forward host says the recipient is undeliverable.",
    [==[550 5.7.1 Rejecting due to security policy - Recipient undeliverable, Please see: http://www.example.com/policy.html#undeliverablerecipient]==]),
  e(O, B, "syntaxerror", "fix", SPAMILTER, "The HELO name is a bare IP address.",
    [==[550 5.7.1 Rejecting due to security policy - Ip address used as MTA hostname '192.0.2.1', Please see: http://www.example.com/policy.html#ipusedashostname]==]),
  e(O, B, "syntaxerror", "fix", SPAMILTER, "The HELO name is the recipient's own domain.",
    [==[550 5.7.1 Rejecting due to security policy - Invalid source hostname 'example.org', Please see: http://www.example.com/policy.html#invalidsourcehostname]==]),
  e(O, B, "syntaxerror", "fix", SPAMILTER, "The HELO name does not resolve.",
    [==[550 5.7.1 Rejecting due to security policy - Invalid hostname 'mailer.local', Please see: http://www.example.com/policy.html#invalidhostname]==]),
  e(O, B, "blocked", "contact", SPAMILTER, "The HELO host is on the local blacklist.",
    [==[550 5.7.1 Rejecting due to security policy - Blacklisted host, Please see: http://www.example.com/policy.html#blacklistedhost]==]),
  e(O, B, "syntaxerror", "fix", SPAMILTER, "The HELO name does not resolve to the connecting IP.",
    [==[550 5.7.1 Rejecting due to security policy - Helo hostname/ip mismatch, Please see: http://www.example.com/policy.html#hostnameipmismatch]==]),
  e(O, B, "authfailure", "fix", SPAMILTER, "SPF fails for the sender.",
    [==[550 5.7.1 Rejecting due to security policy - SPF fail - Please see http://www.openspf.org/Why?id=bob%40example.com&ip=192.0.2.1]==]),
  e(O, B, "rejected", "fix", SPAMILTER, "A local content rule refuses this sender.",
    [==[550 5.7.1 Rejecting due to security policy - unathorized sender]==]),
  e(O, B, "spamdetected", "fix", SPAMILTER, "A host linked in the body is blacklisted.",
    [==[550 5.7.1 Rejecting due to security policy - Blacklisted body URL, Please see: http://www.example.com/policy.html#bodyurl]==]),
  e(O, B, "spamdetected", "fix", SPAMILTER, "A host linked in the body is on a DBL.",
    [==[550 5.7.1 Rejecting due to security policy - Blacklisted body host, Please see: http://www.example.com/policy.html#bodyurldbl]==]),
  e(O, B, "policyviolation", "fix", SPAMILTER, "An attachment with an executable extension in the body.",
    [==[550 5.7.1 Rejecting due to security policy - Executable attachement, Please see: http://www.example.com/policy.html#attachmentbody]==]),
  e(O, B, "policyviolation", "fix", SPAMILTER, "The local content filter matched.",
    [==[550 5.7.1 Rejecting due to security policy - Content violation]==]),
  e(O, D, "undefined", "retry", SPAMILTER, "Greylisting.",
    [==[450 4.7.1 Temporary failure - Grey Listed]==]),
  e(O, B, "spamdetected", "fix", SPAMILTER, "A body URL's host is in a blacklisted country.",
    [==[550 5.7.1 Rejecting due to security policy - Blacklisted body URL Country Code, Please see: http://www.example.com/policy.html#bodyurlcc]==]),

  -- {==================================================================
  -- indimail-mta qmail-smtpd.c
  -- ===================================================================
  e(O, B, "blocked", "contact", INDI, "The HELO name is in the badhelo list.",
    [==[553 sorry, your HELO/EHLO greeting is in my badhelo list (#5.7.1)]==]),
  e(O, B, "syntaxerror", "fix", INDI, "The SMTP command line is too long.",
    [==[553 sorry, the given command is too long! (#5.5.2)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server ran out of memory.",
    [==[451 Sorry, I ran out of memory (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "A configured regular expression failed to compile.",
    [==[451 Sorry, regex compilation failed (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server cannot read its control files.",
    [==[451 Sorry, I'm unable to read controls (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server cannot determine its own IP addresses.",
    [==[451 Sorry, I'm unable to figure out my IP addresses (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server cannot create temporary files.",
    [==[451 Sorry, I'm unable to create temporary files (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "An address-match lookup failed locally.",
    [==[451 Sorry, there is a local system failure (#4.3.0)]==]),
  e(O, D, "contenterror", "retry", INDI, "The message contained a bare LF.",
    [==[451 Sorry, I received Bare LF. (#4.6.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server cannot write to its log filter fifo (queueing off).",
    [==[451 Unable to queue messages (#4.3.0)]==]),
  e(O, D, "networkerror", "retry", INDI, "A DNS lookup failed temporarily.",
    [==[451 Sorry, there is a DNS temporary failure (#4.4.3)]==]),
  e(O, B, "emailtoolarge", "fix", INDI, "The message exceeds DATABYTES.",
    [==[552 sorry, that message size exceeds my databytes limit (#5.3.4)]==]),
  e(O, B, "networkerror", "contact", INDI, "Too many Received headers: a mail loop.",
    [==[554 too many hops, this message is looping (#5.4.6)]==]),
  e(O, B, "rejected", "fix", INDI, "The sender's domain has no MX or address (Non-existing DNS_MX).",
    [==[553 Bad sender's system address (#5.1.8)]==]),
  e(O, B, "syntaxerror", "fix", INDI, "The HELO domain does not exist.",
    [==[553 sorry, helo domain must exist (#5.1.8)]==]),
  e(O, B, "rejected", "fix", INDI, "The authenticated user sends with a sender it may not use.",
    [==[553 sorry, this MTA does not accept masquerading/forging , auth <bob@example.com> #5.7.1]==]),
  e(O, B, "norelaying", "suppress", INDI, "The recipient domain is not in rcpthosts and the client is not authenticated.",
    [==[553 sorry, that domain isn't allowed to be relayed thru this MTA without authentication #5.7.1]==]),
  e(O, B, "policyviolation", "fix", INDI, "A bounce (null sender) with more than one recipient.",
    [==[553 sorry, bounce messages should have a single envelope recipient (#5.7.1)]==]),
  e(O, B, "rejected", "fix", INDI, "The envelope sender is in badmailfrom.",
    [==[553 sorry, your envelope sender has been denied (#5.7.1)]==]),
  e(O, B, "blocked", "contact", INDI, "The sending host IP is denied by host access rules.",
    [==[553 sorry, your host has been denied (#5.7.1)]==]),
  e(O, D, "blocked", "throttle", INDI, "The client IP is temporarily denied (BADIP).",
    [==[421 sorry, your IP (192.0.2.1) is temporarily denied (#4.7.1)]==]),
  e(O, B, "blocked", "contact", INDI, "The client host name is denied (BADHOST).",
    [==[553 sorry, your host (mail.example.com) has been denied (#5.7.1)]==]),
  e(O, B, "blocked", "contact", INDI, "The client is a known open relay.",
    [==[553 No mail accepted from an open relay (192.0.2.1); check your server configs (#5.7.1)]==]),
  e(O, B, "requireptr", "fix", INDI, "The client's PTR points to a name that does not match (TCPPARANOID).",
    [==[553 sorry, your IP address (192.0.2.1) PTR (reverse DNS) record points to wrong hostname (#5.7.1)]==]),
  e(O, B, "requireptr", "fix", INDI, "The client IP has no PTR record (REQPTR).",
    [==[553  Sorry, no PTR (reverse DNS) record for (192.0.2.1) (#5.7.1)]==]),
  e(O, B, "norelaying", "suppress", INDI, "The server does not relay.",
    [==[550 we don't relay (#5.7.1)]==]),
  e(O, B, "syntaxerror", "fix", INDI, "HELP is disabled.",
    [==[502 disabled by the lord in her infinite wisdom (#5.5.1)]==]),
  e(O, B, "ratelimited", "throttle", INDI, "More recipients than MAXRECIPIENTS in one message.",
    [==[557 sorry, too many recipients (#5.7.1)]==]),
  e(O, B, "securityerror", "fix", INDI, "Authentication is required.",
    [==[530 authentication required (#5.7.1)]==]),
  e(O, B, "securityerror", "fix", INDI, "The AUTH mechanism needs TLS.",
    [==[538 Encryption required for requested authentication mechanism (#5.7.11)]==]),
  e(O, D, "badreputation", "throttle", INDI, "The client gave too many invalid recipients; the session is closed.",
    [==[421 too many invalid addresses, goodbye (#4.7.1)]==]),
  e(O, D, "systemerror", "retry", INDI, "The greylisting server did not answer.",
    [==[451 greylist temporary failure - Timeout (#4.3.0)]==]),
  e(O, D, "undefined", "retry", INDI, "Greylisting: the triplet is new; try again later.",
    [==[450 try again later (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "qmail-queue failed temporarily.",
    [==[451 Sorry, I got a temporary queue failure (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The virtual domain library could not be loaded.",
    [==[451 Sorry, there is a problem loading indimail virtual domain library (#4.3.0)]==]),
  e(O, D, "systemerror", "retry", INDI, "The recipients database failed.",
    [==[451 unable to check recipients (#4.3.2)]==]),
  e(O, D, "systemerror", "retry", INDI, "The SQL user database failed temporarily.",
    [==[451 Sorry, I got a temporary database error (#4.3.2)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server is going down (SIGTERM).",
    [==[421 mail.example.org Service not available, closing tranmission channel (#4.3.2)]==]),
  e(O, D, "systemerror", "retry", INDI, "The server cannot read its passwd database.",
    [==[451 Sorry, I'm unable to read passwd database (#4.3.0)]==]),

  -- {==================================================================
  -- bms.py: connect, HELO and MAIL checks
  -- ===================================================================
  e(O, B, "blocked", "contact", BMS, "The client IP was banned after too many bad recipients (dictionary attack).",
    [==[550 5.7.1 Banned for dictionary attacks]==]),
  e(O, B, "requireptr", "fix", BMS, "The client's PTR name is 'localhost' (not a reasonable PTR).",
    [==[550 5.7.1 "localhost" is not a reasonable PTR name]==]),
  e(O, B, "syntaxerror", "fix", BMS, "The HELO name is a bare IP address.",
    [==[550 5.7.1 hello name cannot be numeric ip]==]),
  e(O, B, "syntaxerror", "fix", BMS, "The HELO claims the receiver's own name (HELO blacklist).",
    [==[550 5.7.1 Your mail server lies.  Its name is *not* example.com.]==]),
  e(O, B, "rejected", "fix", BMS, "An internal PC sends a DSN (null sender) without being an MTA.",
    [==[550-5.7.1 Your PC is trying to send a DSN even though it is not an MTA.
550-5.7.1 If you are running MS Outlook, it is broken.  If you want to
550 5.7.1 send return receipts, use a more standards compliant email client.]==]),
  e(O, B, "blocked", "contact", BMS .. "; the milter sends the format string unfilled",
    "The sender domain is on the banned-domain list.",
    [==[550 5.7.1 %s has been identified as a spammer domain.]==]),
  e(O, B, "rejected", "fix", BMS, "The authenticated user may not use this envelope sender.",
    [==[550 5.7.1 SMTP user bob is not authorized to use MAIL FROM alice@example.com.]==]),
  e(O, B, "rejected", "fix", BMS, "An internal client uses an envelope sender outside the internal domains.",
    [==[550-5.7.1 Your PC is using an unauthorized MAIL FROM.
550 5.7.1 It is either badly misconfigured or controlled by organized crime.]==]),

  -- {==================================================================
  -- spfmilter.py (same author as bms.py)
  -- ===================================================================
  e(O, B, "rejected", "fix", SPFM, "The authenticated user may not send from this domain.",
    [==[550 5.7.1 SMTP user bob is not authorized to send from domain example.com.]==]),
  e(O, B, "authfailure", "fix", SPFM .. "; pyspf's default explanation",
    "SPF fails for the sender.",
    [==[550 5.7.1 SPF fail: see http://openspf.net/why.html?sender=bob@example.com&ip=192.0.2.1]==]),
  e(O, B, "authfailure", "fix", SPFM, "Local policy requires SPF pass for this sender (result was neutral or none).",
    [==[550 5.7.1 mx.example.org requires an SPF PASS to accept mail from bob@example.com. [http://openspf.net]]==]),
  e(O, B, "blocked", "contact", SPFM, "The sender passes SPF but the receiver has blacklisted it.",
    [==[550 5.7.1 bob@example.com has been blacklisted by mx.example.org.]==]),
}
