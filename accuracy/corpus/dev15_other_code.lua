-- Round 15: replies and delivery errors that blame something other than
-- the address, read from the source of mail servers, filters, policy
-- services and client libraries not used before or only in part
-- (courier-pythonfilter, mtpolicyd's sender verification, Haraka's
-- helo.checks, fcrdns, bounce and early_talker plugins, Fastmail's
-- authentication_milter, OpenSMTPD's senderscore filter and mta, OpenBSD
-- spamd, Postfix's and Exim's SMTP clients, LBBS, CPython's smtplib,
-- .NET's System.Net.Mail, Go's crypto/tls and crypto/x509, Ruby's
-- net-protocol).  Each label follows what the code path that emits the
-- text does; several are near misses ("Recipient address rejected",
-- "does not exist", "User unknown") whose cause is the sender, the
-- content or the connection.  Template values are filled with
-- documentation values (192.0.2.1, example.com/org/net).
-- Sources: see each entry.
local CPF = "github.com/hannob/courier-pythonfilter "
local MTP = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/"
local HELO = "github.com/haraka/haraka-plugin-helo.checks index.js "
local FCRDNS = "github.com/haraka/haraka-plugin-fcrdns index.js "
local BOUNCE = "github.com/haraka/haraka-plugin-bounce index.js "
local AM = "github.com/fastmail/authentication_milter "
local PFX = "github.com/vdukhovni/postfix postfix/src/"
local LBBS = "github.com/InterLinked1/lbbs "
local EXIMT = "github.com/Exim/exim src/src/transports/smtp.c "
local OSMTPD = "github.com/OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mta.c "

return {
  -- courier-pythonfilter (Courier MTA filters; the filter's return string is the SMTP reply)
  {
    reply    = [=[421 Too many messages from 192.0.2.1, slow down.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = CPF .. "filters/pythonfilter/ratelimit.py do_filter()",
    meaning  = "The sending IP opened more connections in the interval than the filter allows; it is told to slow down and come back.",
  },
  {
    reply    = [=[517 SPF returns deny]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = CPF .. "filters/pythonfilter/spfcheck.py do_filter()",
    meaning  = "The sender domain's SPF record gives 'fail' for the sending IP, so the message is refused.",
  },
  {
    reply    = [=[517-MX server mx.example.org said:
517 Sender does not exist: sender@example.org]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = CPF .. "filters/pythonfilter/dialback.py do_filter() (the sender's own MX refused the sender at RCPT)",
    meaning  = "Sender call-back: the MX of the envelope sender's domain says the sender address does not exist, so the message is refused; the recipient is not in question.",
    note     = "near miss: 'does not exist' names the envelope sender, not the recipient",
  },
  {
    reply    = [=[421 No SMTP servers were available to authenticate sender]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "rejected", action = "retry",
    source   = CPF .. "filters/pythonfilter/dialback.py do_filter() (default reply when no MX of the sender's domain answered)",
    meaning  = "The filter could not reach any mail server of the sender's domain to verify the sender address; it defers the message.",
  },
  {
    reply    = [=[421 DNS failure resolving example.org]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = CPF .. "filters/pythonfilter/dialback.py do_filter() (MX lookup of the sender domain raised; the code comments 'Probably a DNS timeout')",
    meaning  = "The receiving filter's DNS lookup of the sender's domain failed (most likely a timeout); try again later.",
  },
  {
    reply    = [=[451 Internal failure locating control files]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = CPF .. "filters/pythonfilter/ratelimit.py, greylist.py, spfcheck.py do_filter()",
    meaning  = "The filter could not read the message's control files on the receiving server: a local failure there.",
  },
  {
    reply    = [=[554 The extension of the attached file is blacklisted]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "policyviolation", action = "fix",
    source   = CPF .. "filters/pythonfilter/attachments.py do_filter()",
    meaning  = "An attachment (or a file inside an attached archive) has a file-name extension the site refuses, such as .exe or .scr.",
  },
  {
    reply    = [=[430 Virus scanner error: Could not reach clamd using unix socket (/var/run/clamav/clamd.ctl)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = CPF .. "filters/pythonfilter/clamav.py scan_message() (pyclamd ConnectionError text appended)",
    meaning  = "The receiving side's virus scanner could not be reached, so the message could not be scanned; a temporary local failure.",
    note     = "the exception text is filled with a typical pyclamd connection message",
  },
  {
    reply    = [=[554 Virus found - Signature is Eicar-Test-Signature]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "virusdetected", action = "fix",
    source   = CPF .. "filters/pythonfilter/clamav.py handle_virus() (action = 'reject')",
    meaning  = "ClamAV found malware in the message, which is refused.",
  },
  {
    reply    = [=[554 Mail rejected - spam detected: Yes, score=11.2 required=5.0 tests=BAYES_99,HTML_MESSAGE,URIBL_BLACK autolearn=no]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "spamdetected", action = "fix",
    source   = CPF .. "filters/pythonfilter/spamassassin.py check_reject_condition() (X-Spam-Status header appended)",
    meaning  = "SpamAssassin judged the content to be spam, so the message is refused.",
  },
  -- mtpolicyd (Postfix policy daemon; a plugin's action placed in
  -- smtpd_recipient_restrictions comes back as Postfix's access reply)
  {
    reply    = [=[554 5.7.1 <user@example.com>: Recipient address rejected: sender address does not support STARTTLS]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = MTP .. "Plugin/SMTPVerify.pm POD example (no_starttls_action for a check of the sender address)",
    meaning  = "The mail server of the sender's domain does not offer STARTTLS, which this site demands of senders.",
  },
  {
    reply    = [=[554 5.7.1 <user@example.com>: Recipient address rejected: sender address does not accept mail: 550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown in virtual mailbox table]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = MTP .. "Plugin/SMTPVerify.pm POD example (perm_fail_action 'reject sender address does not accept mail: %MSG%', MSG the sender MX's reply)",
    meaning  = "Sender verification: the envelope sender's own mail server says that address does not exist, so the message is refused.",
    note     = "near miss: the quoted 'User unknown' is about the sender address",
  },
  {
    reply    = [=[450 4.7.1 <user@example.com>: Recipient address rejected: sender address failed verification: 451 4.3.0 Temporary lookup failure]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "rejected", action = "retry",
    source   = MTP .. "Plugin/SMTPVerify.pm POD example (temp_fail_action 'defer sender address failed verification: %MSG%')",
    meaning  = "Verification of the envelope sender got a temporary error from the sender's mail server; the message is deferred.",
  },
  -- Haraka plugins (Haraka answers DENY at HELO/EHLO, MAIL, RCPT and
  -- DATA with 550, DENYSOFT with 450; at connect and lookup_rdns DENY
  -- with 554 and DENYSOFT with 421)
  {
    reply    = [=[550 HELO host must be a FQDN or address literal (RFC 5321 2.3.5)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "syntaxerror", action = "fix",
    source   = HELO .. "valid_hostname() (reject.valid_hostname, HELO name without a dot)",
    meaning  = "The client's HELO name is a single label, neither a fully qualified name nor an address literal.",
  },
  {
    reply    = [=[501 5.5.4 HELO/EHLO argument invalid - HELO hostname contains non-ASCII characters (RFC 5321 2.3.5), closing connection]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "syntaxerror", action = "fix",
    source   = HELO .. "DSN.helo_not_ascii() used by valid_hostname()",
    meaning  = "The HELO name holds characters outside ASCII, which RFC 5321 does not allow.",
  },
  {
    reply    = [=[550 HELO host does not match rDNS]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = HELO .. "rdns_match() (reject.rdns_match)",
    meaning  = "The HELO name is not the client's reverse DNS name nor in the same organisational domain.",
  },
  {
    reply    = [=[550 Invalid address format in HELO]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "syntaxerror", action = "fix",
    source   = HELO .. "bare_ip() (an IP given without the [ ] of an address literal)",
    meaning  = "The client gave a bare IP address as its HELO name instead of a bracketed address literal.",
  },
  {
    reply    = [=[550 HELO is dynamic]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = HELO .. "dynamic() (the connecting IP appears inside the HELO name)",
    meaning  = "The HELO name embeds the client's IP address, the pattern of a dynamic or residential host name.",
    note     = "judgment call between requireptr and blocked: the sender must use a proper host name",
  },
  {
    reply    = [=[550 Big company w/o rDNS? Unlikely.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = HELO .. "big_company() (HELO is a well-known provider's name, the client has no rDNS)",
    meaning  = "The client claims a large provider's HELO name but its IP has no reverse DNS.",
  },
  {
    reply    = [=[550 HELO IP literal does not match your IP address]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "syntaxerror", action = "fix",
    source   = HELO .. "literal_mismatch() (reject.literal_mismatch)",
    meaning  = "The address literal given in HELO is not the IP the client connects from.",
  },
  {
    reply    = [=[550 HELO host has no forward DNS match]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = HELO .. "forward_dns() (HELO name resolves, but not to the connecting IP)",
    meaning  = "The HELO name does not resolve to the client's IP address: the sender's DNS does not match its identity.",
  },
  {
    reply    = [=[450 DNS timeout resolving your HELO hostname]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = HELO .. "forward_dns() (lookup timed out, DENYSOFT)",
    meaning  = "The receiving server timed out resolving the client's HELO name; a temporary DNS problem.",
  },
  {
    reply    = [=[550 EHLO protocol mismatch]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "syntaxerror", action = "fix",
    source   = HELO .. "proto_mismatch() (client switched between HELO and EHLO)",
    meaning  = "The client greeted first with one of HELO/EHLO and then with the other in the same session.",
  },
  {
    reply    = [=[554 client [192.0.2.1] rejected; no rDNS]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = FCRDNS .. "handle_ptr_error() (NXDOMAIN on the PTR lookup, reject.no_rdns)",
    meaning  = "The connecting IP has no reverse DNS (PTR) record.",
  },
  {
    reply    = [=[421 client [192.0.2.1] rDNS lookup error (Error: queryReverse ESERVFAIL 1.2.0.192.in-addr.arpa)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "requireptr", action = "fix",
    source   = FCRDNS .. "handle_ptr_error() (other DNS error, DENYSOFT)",
    meaning  = "The reverse DNS lookup of the client IP failed (the PTR zone's server fails); the server defers until rDNS works.",
  },
  {
    reply    = [=[421 client [192.0.2.1] rDNS lookup timeout]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = FCRDNS .. "do_dns_lookups() (timer expired, DENYSOFT)",
    meaning  = "The reverse DNS lookup of the client IP timed out; the connection is deferred.",
    note     = "judgment call: a timeout rather than a missing record",
  },
  {
    reply    = [=[554 client [192.0.2.1] rejected; invalid TLD in rDNS (mail.example.invalid)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = FCRDNS .. "do_dns_lookups() (reject.invalid_tld)",
    meaning  = "The client IP's PTR name ends in a top-level domain that does not exist.",
  },
  {
    reply    = [=[554 client host-192-0-2-1.dyn.example.net [192.0.2.1] rejected; generic rDNS, please use your ISPs SMTP relay]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = FCRDNS .. "check_fcrdns() (reject.generic_rdns: IP embedded in the PTR name)",
    meaning  = "The client's reverse DNS name is a generic, IP-derived one typical of end-user lines; it should send through its provider's relay.",
  },
  {
    reply    = [=[554 Sorry, no FCrDNS match found]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = FCRDNS .. "check_fcrdns() (reject.no_fcrdns)",
    meaning  = "None of the client's PTR names resolves back to its IP (no forward-confirmed reverse DNS).",
  },
  {
    reply    = [=[550 this bounce message has too many recipients]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "policyviolation", action = "fix",
    source   = BOUNCE .. "single_recipient() (null-sender message with more than one recipient)",
    meaning  = "A bounce (null sender) addressed to several recipients is taken to be forged and refused.",
  },
  {
    reply    = [=[550 Invalid bounce (spoofed sender)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = BOUNCE .. "bounce_spf() (no Received IP in the bounce passes SPF for the original sender domain)",
    meaning  = "The bounce claims to return mail from this domain, but none of the hosts it names is allowed by the domain's SPF record.",
  },
  {
    reply    = [=[550 bounce with non-empty Return-Path (RFC 3834)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "contenterror", action = "fix",
    source   = BOUNCE .. "empty_return_path() (reject.empty_return_path)",
    meaning  = "A null-sender message carries a non-empty Return-Path header, which a real bounce must not have.",
  },
  {
    reply    = [=[554 You talk too soon]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "syntaxerror", action = "fix",
    source   = "github.com/haraka/haraka-plugin-early_talker index.js early_talker() (DENYDISCONNECT at connect)",
    meaning  = "The client sent data before the server's greeting or reply, breaking the SMTP turn-taking; the connection is dropped.",
  },
  -- Authentication Milter (Fastmail's milter) and its extra handlers
  {
    reply    = [=[550 5.7.0 DMARC policy violation]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = AM .. "lib/Mail/Milter/Authentication/Handler/DMARC.pm (hard_reject and a DMARC disposition of reject)",
    meaning  = "The message fails DMARC for its From domain and that domain's policy is reject.",
  },
  {
    reply    = [=[550 5.7.0 SPAM policy violation]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "spamdetected", action = "fix",
    source   = "github.com/marcbradshaw/authentication_milter_extra lib/Mail/Milter/Authentication/Handler/SpamAssassin.pm (score at or over hard_reject_at) and RSpamD.pm (action 'reject')",
    meaning  = "The content filter scored the message as spam above the rejection threshold.",
  },
  {
    reply    = [=[550 5.7.0 Virus policy violation]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "virusdetected", action = "fix",
    source   = "github.com/marcbradshaw/authentication_milter_extra lib/Mail/Milter/Authentication/Handler/ClamAV.pm (virus found, hard_reject)",
    meaning  = "ClamAV found a virus in the message, so it is refused.",
  },
  {
    reply    = [=[451 4.7.28 flood policy violation (HOTtest)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = AM .. "lib/Mail/Milter/Authentication/Handler/Blocker.pm (example rule 'flood' in the generated blocker config)",
    meaning  = "A blocking rule for a flood of mail from the connecting IP defers its mail.",
  },
  -- OpenSMTPD filter
  {
    reply    = [=[550 your IP reputation is too low for this MX]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "badreputation", action = "throttle",
    source   = "github.com/poolpOrg/filter-senderscore filter-senderscore.go waitThenDisconnect() (SenderScore of the IP below blockBelow)",
    meaning  = "The connecting IP's SenderScore reputation is below the site's threshold, so the session is refused.",
  },
  -- OpenBSD spamd (greylisting and blacklist tarpit)
  {
    reply    = [=[450-Sorry 192.0.2.1
450-You are trying to send mail from an address listed by one
450 or more IP-based registries as being a SPAM source.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "blocked", action = "throttle",
    source   = "github.com/openbsd/src libexec/spamd/spamd.c build_reply() (generic reply when the client is on a blacklist without a message of its own)",
    meaning  = "The client's IP is on one of the blocklists spamd loads, so its mail is refused.",
  },
  -- Postfix SMTP client: delivery status texts (log line form, values filled)
  {
    reply    = [=[to=<user@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.4, delays=0.1/0/1.3/0, dsn=4.7.5, status=deferred (TLS is required, but our TLS engine is unavailable)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "securityerror", action = "retry",
    source   = PFX .. "smtp/smtp_proto.c smtp_start_tls() caller (TLS enforced, the client's TLS context failed to initialise)",
    meaning  = "The sending MTA must use TLS for this destination but its own TLS engine could not start: a local configuration problem.",
  },
  {
    reply    = [=[to=<user@example.com>, relay=none, delay=0.3, delays=0.1/0/0.2/0, dsn=4.7.5, status=deferred (TLSA lookup error for mx.example.com:25)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "securityerror", action = "retry",
    source   = PFX .. "smtp/smtp_tls_policy.c dane_init() (DANE: the TLSA record lookup failed, the message is deferred)",
    meaning  = "With DANE, the DNS lookup of the receiving host's TLSA records failed, so TLS cannot be set up securely; delivery is deferred.",
  },
  {
    reply    = [=[to=<user@example.com>, relay=smtp.example.net[192.0.2.1]:587, delay=0.9, delays=0.1/0/0.8/0, dsn=4.7.8, status=deferred (SASL authentication failed; server smtp.example.net[192.0.2.1] said: 535 5.7.8 Error: authentication failed: authentication failure)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = PFX .. "smtp/smtp_sasl_glue.c smtp_sasl_authenticate() (server refused the credentials; smtp_sasl_auth_soft_bounce makes it a deferral)",
    meaning  = "The relay refused the client's SMTP AUTH credentials; the sending side's login settings must be corrected.",
    note     = "The server's own 535 decides the outcome (DESIGN.md: a reply with a code keeps its class whatever the MTA decided); Postfix's deferral is its mta_status.",
  },
  -- client libraries: what a sending program reports (no SMTP code of its own)
  {
    reply    = [=[smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "github.com/python/cpython Lib/smtplib.py SMTP.starttls() (EHLO reply lacks STARTTLS)",
    meaning  = "The client was told to use STARTTLS but the server does not offer it; the connection settings (port, host or TLS mode) must change.",
  },
  {
    reply    = [=[smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "github.com/python/cpython Lib/smtplib.py SMTP.login() (EHLO reply lacks AUTH)",
    meaning  = "The client tries to log in but the server announces no AUTH on this connection (often before STARTTLS or on the wrong port).",
  },
  {
    reply    = [=[The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Authentication Required.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "System.Net.Mail SmtpException text (github.com/dotnet/runtime src/libraries/System.Net.Mail) with Gmail's submission reply, as quoted in code index files (e.g. id 12378715321)",
    meaning  = "The .NET mail client reached the submission server without a secure, authenticated session; the server requires authentication.",
  },
  {
    reply    = [=[The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "System.Net.Mail SmtpException text with the Microsoft 365 submission reply, as quoted in a code index file (id 16476062248)",
    meaning  = "Microsoft 365's submission endpoint refuses to send for a client that has not authenticated.",
  },
  {
    reply    = [=[x509: certificate signed by unknown authority]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "github.com/golang/go src/crypto/x509/verify.go UnknownAuthorityError.Error() (what Go's net/smtp reports after STARTTLS)",
    meaning  = "The mail server's TLS certificate chains to a certificate authority the client does not trust, so the TLS session is refused.",
  },
  {
    reply    = [=[tls: first record does not look like a TLS handshake]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "github.com/golang/go src/crypto/tls/conn.go readRecordOrCCS() (a Go mail client speaking implicit TLS to a plain-text SMTP port, as code index files describe)",
    meaning  = "The client started TLS at once but the server answered in plain text: the port or TLS mode of the client is wrong.",
  },
  {
    reply    = [=[Net::ReadTimeout]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = "github.com/ruby/net-protocol lib/net/protocol.rb BufferedIO#rbuf_fill (raised by Net::SMTP when the server does not answer in time)",
    meaning  = "The Ruby SMTP client waited too long for the server's reply; a timeout on the connection.",
  },
  -- LBBS (Lightweight Bulletin Board System) SMTP server and its modules
  {
    reply    = [=[550 5.7.1 You are not authorized to send email using this identity]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = LBBS .. "nets/net_smtp.c check_identity() (submission: MAIL FROM or From: header not an address of the logged-in user)",
    meaning  = "The authenticated user tried to send with a sender address that does not belong to that account.",
  },
  {
    reply    = [=[554 5.7.1 This message has been rejected by the recipient]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "filtered", action = "suppress",
    source   = LBBS .. "nets/net_smtp.c __smtp_run_delivery_callbacks() (default text when a Sieve or MailScript rule of the mailbox bounces the message)",
    meaning  = "A filtering rule of the receiving mailbox refused the message.",
  },
  {
    reply    = [=[550 5.7.1 Message rejected due to policy failure]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = LBBS .. "nets/net_smtp.c expand_and_deliver() (a filter set reject; the code notes this only happens on a DMARC reject)",
    meaning  = "The message failed DMARC for a domain whose policy is reject, so it is refused.",
    note     = "the words say only 'policy failure'; the code path is the DMARC reject",
  },
  {
    reply    = [=[451 Delivery failed]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = LBBS .. "nets/net_smtp.c do_deliver() (expand_and_deliver() failed locally, e.g. the spooled file could not be opened)",
    meaning  = "The receiving server hit an internal error while delivering the accepted data; try again later.",
  },
  {
    reply    = [=[421 Message greylisted, retry delivery later]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "undefined", action = "retry",
    source   = LBBS .. "modules/mod_smtp_greylisting.c processor()",
    meaning  = "Greylisting (RFC 6647): the message is deferred once and accepted when the sender retries after a delay.",
  },
  -- Exim smtp transport: delivery errors Exim writes itself (no SMTP code)
  {
    reply    = [=[a TLS session is required, but the server did not offer TLS support]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = EXIMT .. "smtp_setup_conn() (hosts_require_tls or DANE, EHLO reply without STARTTLS; TLS_FAILED is a temporary error)",
    meaning  = "The sending Exim must use TLS for this host but the receiving server does not announce STARTTLS; delivery is deferred.",
  },
  {
    reply    = [=[a TLS session is required, but an attempt to start TLS failed]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = EXIMT .. "smtp_setup_conn() (STARTTLS offered, negotiation failed, TLS required for the host)",
    meaning  = "TLS is required for this host and the TLS negotiation failed; delivery is deferred.",
  },
  {
    reply    = [=[REQUIRETLS support is required from the server but it was not offered]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = EXIMT .. "smtp_setup_conn() (EXPERIMENTAL_REQUIRETLS: the message demands REQUIRETLS; treated as a permanent failure)",
    meaning  = "The message was sent with REQUIRETLS but the next server does not support it, so it cannot be passed on.",
  },
  {
    reply    = [=[send() to mx.example.com [192.0.2.1] failed: Broken pipe]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = EXIMT .. "smtp_setup_conn() SEND_FAILED (writing to the connection failed; deferred)",
    meaning  = "Writing to the receiving server's connection failed because the peer had closed it; a temporary network failure.",
  },
  {
    reply    = [=[message has lines too long for transport (received 9176, limit 2048)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "contenterror", action = "fix",
    source   = "Exim transport error as quoted in code index files (ids 54015823009, 56888230107: a relay bounced an HTML mail whose single line exceeded the transport's line-length limit)",
    meaning  = "A line of the message body is longer than the transport allows; the message must be re-encoded (e.g. base64 or quoted-printable) before it can be sent.",
  },
  -- OpenSMTPD mta: relay failure strings (all set with a temporary failure)
  {
    reply    = [=[Network error on destination MXs]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = OSMTPD .. "mta_on_source() (connectors failed with CONNECTOR_ERROR_ROUTE_NET; IMSG_MTA_DELIVERY_TEMPFAIL)",
    meaning  = "Every route to the destination's MX hosts failed at the network level; delivery is retried later.",
  },
  {
    reply    = [=[No valid route to remote MX]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = OSMTPD .. "mta_on_source() (fewer usable connectors than sources tried; IMSG_MTA_DELIVERY_TEMPFAIL)",
    meaning  = "No usable path to any of the destination's MX hosts was found; a temporary routing failure.",
  },
  {
    reply    = [=[Address family mismatch on destination MXs]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = OSMTPD .. "mta_on_source() (CONNECTOR_ERROR_FAMILY: e.g. IPv6-only MX hosts and no IPv6 source; IMSG_MTA_DELIVERY_TEMPFAIL)",
    meaning  = "The destination's MX hosts use an address family the sending host has no source address for; delivery is deferred.",
  },
  {
    reply    = [=[Could not retrieve source address]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = OSMTPD .. "mta_on_source() (no connector could get a local source address; IMSG_MTA_DELIVERY_TEMPFAIL)",
    meaning  = "The sending MTA could not pick a local source address to connect from; a temporary routing problem on the sending side.",
    note     = "judgment call: a local routing failure, retried",
  },
  -- Exim smtp transport check_response(): texts Exim writes when the reply
  -- itself is missing or unusable (a temporary error by default)
  {
    reply    = [=[SMTP timeout after end of data (48213 bytes written)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = EXIMT .. "check_response() (ETIMEDOUT; bytes already written appended)",
    meaning  = "The receiving server did not answer in time after the message data was sent; the delivery is deferred and retried.",
  },
  {
    reply    = [=[Malformed SMTP reply (an empty line) in response to pipelined MAIL FROM]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = EXIMT .. "check_response() (ERRNO_SMTPFORMAT with an empty reply line)",
    meaning  = "The receiving server answered with an empty line instead of an SMTP reply; a fault on the remote side, retried later.",
    note     = "judgment call: a broken reply from the receiving system",
  },
  {
    reply    = [=[bad first read from TLS conn]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = EXIMT .. "check_response() (ERRNO_TLSFAILURE: the first read on the new TLS session failed, as with some GnuTLS and TLS 1.3 peers)",
    meaning  = "Reading the first reply over the freshly started TLS session failed; a TLS problem, deferred and retried.",
  },
  -- a ZoneMTA plugin quoted in an issue
  {
    reply    = [=[550 SPF Rejected: Not allowed to send from raviv@test.com]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = "https://github.com/zone-eu/zone-mta/issues/406 (a plugin throwing SMTPReject with responseCode 550 when SPF is none, softfail or fail)",
    meaning  = "The sender address's domain does not authorise the sending IP by SPF, so the relay refuses it.",
  },
}
