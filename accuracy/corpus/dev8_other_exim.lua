-- Fresh dev batch (round 8): replies that blame something other than the
-- address, in the words of Exim ACL "message =" texts from real
-- configurations and recipes on GitHub (the Exim wiki's recipes, the
-- Debian exim4-config ACLs, hosting and how-to repositories).  Exim
-- answers a "deny" or "drop" in the RCPT, MAIL or DATA ACL with 550 and
-- the message text (lines split at "\n" as a multi-line reply), and one
-- in the connect ACL with 554.  Expansion variables are filled with
-- documentation values (example.com, 192.0.2.1) or a plausible value of
-- the variable ($malware_name, $spam_score).  Labelled from the reply's
-- words and what the recipe says it guards against (reason, action by the
-- policy of accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B = "bounced"

local WIKI = "github.com/BernardQuatermass/exim-wiki "
local HELO = WIKI .. "AclHeloTricks.md (acl_smtp_rcpt/mail recipes; deny/drop answered with 550)"
local RCPT = WIKI .. "AclSmtpRcpt.md (RCPT ACL recipes; 550)"
local DATA = WIKI .. "AclSmtpData.md (DATA ACL recipes; 550)"
local VERIFY = WIKI .. "Verification.md (sender verification recipes; 550)"
local CRACK = WIKI .. "BlockCracking.md acl_check_connect (connect ACL drop: 554)"
local MIME = WIKI .. "ExiscanContentBlocking.md (acl_check_mime drops; 550 after DATA)"
local BUGS = WIKI .. "ExiscanBugBlocking.md (acl_check_mime drops; 550 after DATA)"
local BIAPY = "github.com/biapy/howto.biapy.com exim4/exim4_helo_checks.conf (RCPT ACL; 550)"
local DEBIAN = "Debian exim4-config ACLs (acl/30_exim4-config_check_rcpt and acl/40_exim4-config_check_data) in a generated exim4.conf, read via the code index (file id 17514927354); 550"
local function idx (id, what)
    return "an Exim configuration read via the code index (file id " .. id .. "): " .. what
end

return {
  -- {==================================================================
  -- HELO checks
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", HELO, "The client sent MAIL before any HELO/EHLO.",
    [==[550 HELO required before MAIL]==]),
  e(O, B, "syntaxerror", "fix", HELO, "The HELO name is a bare IP address that is not the client's own (an open proxy's).",
    [==[550 Open Proxy in HELO/EHLO (HELO was 192.0.2.77)]==]),
  e(O, B, "syntaxerror", "fix", HELO, "The HELO name is a bare IP address, not an address literal.",
    [==[550 Access denied - Invalid HELO name (See RFC2821 4.1.3)]==]),
  e(O, B, "syntaxerror", "fix", HELO, "The HELO name is neither an FQDN nor an address literal.",
    [==[550 Access denied - Invalid HELO name (See RFC2821 4.1.1.1)]==]),
  e(O, B, "syntaxerror", "fix", HELO, "The HELO name embeds an IP address and does not match the client's reverse DNS.",
    [==[550 Helo name contains a ip address (HELO was 192-0-2-1.dsl.example.net) and not is valid]==]),
  e(O, B, "blocked", "contact", HELO, "The HELO name claims one of the receiver's own domains.",
    [==[550 No you are not ME or OURS (HELO was example.com and equal my local domains or my domains relay)]==]),
  e(O, B, "blocked", "contact", HELO, "The HELO name claims a subdomain of the receiver's own domain.",
    [==[550 No you are not Me or OURS (HELO was mx1.mail.example.com and the subdomain is my domain mail.example.com)]==]),
  e(O, B, "blocked", "contact", HELO, "The HELO name resolves to the receiver's own interface address.",
    [==[550 No you are not ME or OURS (HELO was mx.example.com and equal my interface hostname)]==]),
  e(O, B, "syntaxerror", "fix", HELO, "The HELO name is not a full host name (too few dots).",
    [==[550 Invalid domain or IP given in HELO/EHLO (HELO was mailhost)]==]),
  e(O, B, "blocked", "contact", HELO, "The client impersonates the receiving host in its HELO (a spam tool's forgery).",
    [==[550 REJECTED - Bad HELO - Host impersonating [mx.example.com]]==]),
  e(O, B, "blocked", "contact", HELO, "The client gives the receiver's own IP address as its HELO.",
    [==[550 192.0.2.25 is _my_ address]==]),
  e(O, B, "blocked", "contact", HELO, "The HELO is an IP literal of the receiving host.",
    [==[550 Bad helo name]==]),
  e(O, B, "blocked", "contact", BIAPY, "The HELO names the receiver's own IP address (forged).",
    [==[550 X-Invalid-HELO: Forged IP in HELO: 192.0.2.25 is _my_ address]==]),
  e(O, B, "blocked", "contact", BIAPY, "The HELO is on the receiver's list of forged HELO names (its own IPs).",
    [==[550 X-Invalid-HELO: Forged IP in HELO.]==]),
  e(O, B, "securityerror", "fix", BIAPY, "The envelope sender claims a local domain but the client neither authenticated nor is a relay host.",
    [==[550 Sender claims to have a local address, but is not authenticated nor relayed (try using SMTP-AUTH!)]==]),
  e(O, B, "syntaxerror", "fix", DEBIAN, "The client sent RCPT without a HELO/EHLO first.",
    [==[550 nice hosts say HELO first]==]),
  e(O, B, "syntaxerror", "fix", idx("70092294132", "acl_check_mail deny without a HELO name"),
    "The client sent MAIL without a HELO/EHLO first.",
    [==[550 A HELO or EHLO greeting is required]==]),

  -- {==================================================================
  -- the client and its network
  -- ===================================================================
  e(O, B, "blocked", "contact", VERIFY, "The HELO looks like a dial-up or DSL host and the client IP is not an MX or SPF host of the sender domain.",
    [==[550 Helo is ADSL or DIAL (HELO was 192-0-2-1.dsl.example.net) and your ip 192.0.2.1 not is a MX/SPF of domain <example.org>]==]),
  e(O, B, "blocked", "contact", VERIFY, "The client's verified reverse DNS name looks like a dial-up or DSL host.",
    [==[550 Reverse verified (192-0-2-1.dyn.example.net) is ADSL or DIAL, Helo mail.example.org not is 192.0.2.1 and your ip 192.0.2.1 not is a MX/SPF of domain <example.org>]==]),
  e(O, B, "blocked", "contact", VERIFY, "The client's unverified reverse DNS name looks like a dial-up or DSL host.",
    [==[550 Reverse unchecked (192-0-2-1.pool.example.net) is ADSL or DIAL, Helo mail.example.org not is 192.0.2.1 and your ip 192.0.2.1 not is a MX/SPF of domain <example.org>]==]),
  e(O, B, "blocked", "contact", VERIFY, "The sender failed verification and the client IP is on a DNS blocklist.",
    [==[550 REJECTED - Sender Verify Failed and Host 192.0.2.1 is Blacklisted in bl.spamcop.net=127.0.0.2 - Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1]==]),
  e(O, B, "blocked", "contact", WIKI .. "BlackLists.md (older version, read via the code index (file id 38978010141)): drop on a dnslists match",
    "The client IP is listed on a DNS blocklist.",
    [==[550 REJECTED - 192.0.2.1 is blacklisted at zen.spamhaus.org (127.0.0.2); https://www.spamhaus.org/query/ip/192.0.2.1]==]),
  e(O, B, "blocked", "contact", CRACK, "The client IP is on the server's own list of hosts that tried to crack SMTP AUTH passwords.",
    [==[554 192.0.2.1 locally blacklisted for a bruteforce auth (username+password) cracking attempt]==]),
  e(O, B, "blocked", "contact", DEBIAN, "The client IP is on the local host blacklist.",
    [==[550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster]==]),
  e(O, B, "blocked", "contact", DEBIAN, "The envelope sender is on the local sender blacklist.",
    [==[550 sender envelope address alice@example.org is locally blacklisted here. If you think this is wrong, get in touch with postmaster]==]),
  e(O, B, "blocked", "contact", idx("52876961327", "acl_check_rcpt deny on a dnslists match"),
    "The client IP is on a DNS blocklist (zen.spamhaus.org).",
    [==[550 Rejected for policy reasons]==]),
  e(O, B, "blocked", "contact", idx("12572836487", "a how-to's deny on dnslists"),
    "The client IP is on a DNS blocklist.",
    [==[550 Rejected - 192.0.2.1 is blacklisted]==]),
  e(O, B, "blocked", "contact", idx("35148723458", "a GeoIP recipe's deny on the client's country"),
    "Mail from the client's country is refused.",
    [==[550 We do not accept messages from your country.]==]),
  e(O, B, "blocked", "contact", "github.com/chriscapisce/Custom-Exim4-Blacklists README.md (deny senders from a local list, RCPT ACL; 550)",
    "The sender address or domain is on the server's local blacklist.",
    [==[550 You have been blacklisted for sending SPAM.]==]),
  e(O, B, "blocked", "contact", "github.com/mxroute/da_server_updates exim/warmup_sender_acl_deploy.sh (deny senders, RCPT ACL; 550)",
    "The sender is on the provider's list of spam warm-up services.",
    [==[550 Logged for review as likely involved with spam warmup service]==]),

  -- {==================================================================
  -- the sender and its verification
  -- ===================================================================
  e(O, B, "rejected", "fix", DATA, "The From header's address failed a callout: the sender's own server says it is not valid.",
    [==[550 REJECTED - Sender Verify Failed - The email server for the domain [example.org] tells junkemailfilter.com that the sender's email address [alice@example.org] is not a valid. recipient]==]),
  e(O, B, "rejected", "fix", DATA, "Sender verification failed and the client has no reverse DNS.",
    [==[550 REJECTED - Sender Verify Failed and no RDNS - error code = recipient]==]),
  e(O, B, "rejected", "fix", VERIFY, "The envelope sender's own server rejected it at RCPT during a callout.",
    [==[550-REJECTED - Sender Verify Failed - error code "recipient"
550-
550 The return address you are using for this email message <alice@example.org>does not seem to be a working account.]==]),
  e(O, B, "rejected", "fix", VERIFY, "Sender verification failed and the client has no reverse DNS.",
    [==[550 REJECTED - Sender Verify Failed and no RDNS]==]),
  e(O, B, "rejected", "fix", DATA, "The address in the From header failed verification (its domain does not route).",
    [==[550 Header From have a invalid route: <alice@example.org>]==]),
  e(O, B, "rejected", "fix", DATA, "The address in the Reply-To header failed a callout to its own server.",
    [==[550 Header Reply have a invalid callout recipient: <alice@example.org>]==]),
  e(O, B, "rejected", "fix", DATA, "The address in the Sender header failed verification.",
    [==[550 Header Sender have a invalid mail: <alice@example.org>]==]),
  e(O, B, "blocked", "contact", DATA, "The From header's address is on the server's blacklist of senders.",
    [==[550 Header From <alice@example.org> black listed:]==]),
  e(O, B, "blocked", "contact", DATA, "The Reply-To header's address is on the server's blacklist of senders.",
    [==[550 Header Reply <alice@example.org> black listed:]==]),
  e(O, B, "blocked", "contact", DATA, "The Message-ID's domain is on the server's blacklist.",
    [==[550 Header Message-ID <1234.5678@example.org> black listed:]==]),
  e(O, B, "authfailure", "fix", DEBIAN, "The client IP is not allowed by the sender domain's SPF record.",
    [==[550 [SPF] 192.0.2.1 is not allowed to send mail from example.org.]==]),
  e(O, B, "authfailure", "fix", idx("6801316832", "deny on spf = fail : softfail"),
    "The client IP is not allowed by the sender domain's SPF record.",
    [==[550 SPF validation failed: 192.0.2.1 is not allowed to send mail from example.org]==]),

  -- {==================================================================
  -- volume and behaviour
  -- ===================================================================
  e(O, B, "ratelimited", "throttle", RCPT, "The client tried more than three recipients that failed verification in one session (a dictionary attack).",
    [==[550 REJECTED - Too many failed recipients - count = 4]==]),
  e(O, B, "policyviolation", "fix", RCPT, "A bounce (null sender) addressed to more than one recipient is refused.",
    [==[550 Legitimate bounces are never sent to more than one recipient.]==]),
  e(O, B, "ratelimited", "throttle", "github.com/fatalbanana/exim-bouncelimits exim4.conf acl_check_rcpt (deny; 550)",
    "The sending account is disabled after generating too many bounces in a day.",
    [==[550 Your account generated too many bounces]==]),
  e(O, B, "spamdetected", "fix", DATA, "A message with this Message-ID was already sent more often than the rate limit allows (likely spam).",
    [==[550 This message is duplicated id and has been previously sent. Possible SPAM!]==]),
  e(O, B, "spamdetected", "fix", DATA, "A message with this Subject was already sent more often than the rate limit allows (likely spam).",
    [==[550 This message is duplicated subject and has been previously sent. Possible SPAM!]==]),

  -- {==================================================================
  -- the message: spam and malware scanning
  -- ===================================================================
  e(O, B, "spamdetected", "fix", idx("9259541944", "DATA ACL deny on a SpamAssassin score"),
    "SpamAssassin scored the message above the server's reject threshold.",
    [==[550 This message scored too many spam points]==]),
  e(O, B, "spamdetected", "fix", idx("32176780829", "DATA ACL deny at spam scores above 12"),
    "SpamAssassin scored the message above the server's reject threshold.",
    [==[550 This message scored 14.3 spam points.]==]),
  e(O, B, "spamdetected", "fix", DEBIAN .. " (commented example)", "SpamAssassin scored the message above 15.",
    [==[550 Classified as spam (score 16.2)]==]),
  e(O, B, "spamdetected", "fix", idx("55045300751", "a how-to's DATA ACL deny on spam headers"),
    "The spam scanner flagged the message.",
    [==[550 Spam detected]==]),
  e(O, B, "virusdetected", "fix", idx("16155006344", "a setup script's DATA ACL deny on malware"),
    "The virus scanner found malware in the message.",
    [==[550 This message contains a virus (Eicar-Test-Signature).]==]),
  e(O, B, "virusdetected", "fix", idx("44345558613", "DATA ACL deny on malware"),
    "The virus scanner found malware in the message.",
    [==[550 This message was detected as possible malware (Win.Trojan.Agent-123456).]==]),
  e(O, B, "virusdetected", "fix", idx("20079307900", "a setup script's local ACL deny on malware"),
    "The virus scanner found malware in the message.",
    [==[550 This message is suspected of conatining malware (Eicar-Test-Signature).]==]),
  e(O, B, "virusdetected", "fix", idx("38881268601", "DATA ACL deny on malware"),
    "The virus scanner found malware in the message.",
    [==[550 This message contains malware (Eicar-Test-Signature)]==]),
  e(O, B, "policyviolation", "fix", idx("38881268601", "DATA ACL deny on attachment extensions used by worms"),
    "An attachment with an extension worms use is refused.",
    [==[550 vbs files are not accepted here]==]),

  -- {==================================================================
  -- the message: MIME, headers, form
  -- ===================================================================
  e(O, B, "policyviolation", "fix", MIME, "The message links to a file with an executable extension.",
    [==[550 This message contains an link to unwanted file extension mime]==]),
  e(O, B, "policyviolation", "fix", MIME, "The message embeds an image from a CGI URL (a tracking/validation script).",
    [==[550 This message contains an unwanted Embedded-CGI mime]==]),
  e(O, B, "policyviolation", "fix", MIME, "The message shows one link and points to another (a disguised link).",
    [==[550 This message displays a link fake, hidden and insecure]==]),
  e(O, B, "contenterror", "fix", BUGS, "The MIME boundary starts with white space (a mail client bug exploited by malware).",
    [==[550 This message contains an broken MIME container (Boundary Space Gap). Boundary:  ----=_NextPart_000_0001]==]),
  e(O, B, "contenterror", "fix", BUGS, "The headers contain a blank folded line.",
    [==[550 This message contains a broken headers (Blank Folding Vulnerability)]==]),
  e(O, B, "policyviolation", "fix", BUGS, "An attachment's name hides its type behind a CLSID extension.",
    [==[550 This message contains an unwanted CLSID hidden extension. Filename: invoice.{3050F4D8-98B5-11CF-BB82-00AA00BDCE0B}]==]),
  e(O, B, "contenterror", "fix", BUGS, "A multipart MIME part has an empty boundary.",
    [==[550 This message contains a broken MIME container (Empty MIME Boundary)]==]),
  e(O, B, "contenterror", "fix", BUGS, "The message has more MIME parts than the server allows.",
    [==[550 This message contains too many MIME parts: 300 (max 256)]==]),
  e(O, B, "contenterror", "fix", BUGS, "A MIME boundary is longer than 70 characters.",
    [==[550 This message contains a broken MIME container (Long MIME Boundary). Length: 84]==]),
  e(O, B, "contenterror", "fix", BUGS, "A line of the message or a header is longer than 8192 characters.",
    [==[550 Line length in message or single header exceeds 8192.]==]),
  e(O, B, "contenterror", "fix", BUGS, "An attachment's file name is longer than 512 characters.",
    [==[550 Proposed filename too long: 600 characters (max 512 )]==]),
  e(O, B, "contenterror", "fix", BUGS, "A MIME boundary is longer than 1024 characters.",
    [==[550 Boundary length too long: 1100 characters (max 1024)]==]),
  e(O, B, "contenterror", "fix", DATA, "A header has a syntax error (Exim's header_syntax verification).",
    [==[550 Header Syntax error: domain missing or malformed: failing address in "From:" header is: alice]==]),
  e(O, B, "contenterror", "fix", DATA, "The From header exists but holds no valid address.",
    [==[550 Header From exist, but not have a valid address]==]),
  e(O, B, "contenterror", "fix", DATA, "The Reply-To header exists but holds no valid address.",
    [==[550 Header Reply-to exist, but not have a valid address]==]),
  e(O, B, "contenterror", "fix", DATA, "The Sender header exists but holds no valid address.",
    [==[550 Header Sender exists, but not have a valid address]==]),
  e(O, B, "policyviolation", "fix", DATA, "A bounce (null sender) carries Bcc-style headers, which real bounces never do.",
    [==[550 Bounce errors never contains bind copy headers!]==]),
  e(O, B, "policyviolation", "fix", DATA, "The Message-ID claims one of the receiver's own domains (forged).",
    [==[550 No you are not ME or OURS (Message-ID was example.com and equal my local domains or my domains relay)]==]),
  e(O, B, "policyviolation", "fix", DATA, "The message has neither a Subject nor a body.",
    [==[550 REJECTED - No Subject or Body]==]),
  e(O, B, "contenterror", "fix", DEBIAN, "The message has a line longer than SMTP's 998-octet limit.",
    [==[550 maximum allowed line length is 998 octets, got 1412]==]),
  e(O, B, "contenterror", "fix", DEBIAN, "A header holds a badly formed address.",
    [==[550 header syntax]==]),
  e(O, B, "contenterror", "fix", DEBIAN, "None of Sender, Reply-To and From holds a verifiable address.",
    [==[550 No verifiable sender address in message headers]==]),
  e(O, B, "contenterror", "fix", idx("28752130306", "a forum how-to's DATA ACL deny on demime errors"),
    "The message's MIME structure is malformed.",
    [==[550 This message contains malformed MIME (MIME nesting level exceeds limit)]==]),

  -- {==================================================================
  -- more DATA and RCPT ACL texts from configurations on GitHub
  -- ===================================================================
  e(O, B, "blocked", "contact", idx("8305418141", "deny when the SPFBL query answers BLOCKED or BANNED"),
    "The SPFBL reputation service has the sender blocked or banned.",
    [==[550 Message rejected by SPFBL security policy]==]),
  e(O, B, "spamdetected", "fix", idx("26246438140", "a how-to's DATA ACL deny at a high spam score"),
    "SpamAssassin scored the message as high-probability spam.",
    [==[550 Message rejected as high-probability spam]==]),
  e(O, B, "blocked", "contact", idx("34306210635", "a how-to's deny on an RBL match ($sender_fullhost, $dnslist_text)"),
    "The client host is listed on a realtime blackhole list.",
    [==[550 Message rejected - mail.example.net [192.0.2.1] is in an RBL, see https://www.spamhaus.org/query/ip/192.0.2.1]==]),
  e(O, B, "spamdetected", "fix", idx("59665544259", "a hosting panel's DATA ACL deny above spam score 15"),
    "The spam scanner scored the message above the reject threshold.",
    [==[550 Message rejected as spam]==]),
  e(O, B, "rejected", "fix", idx("28834757163", "a hosting panel's deny when the FROM domain is not hosted on the server"),
    "The authenticated client may not send with a sender domain the server does not host.",
    [==[550 You are not authorized to send emails with FROM domain example.org.]==]),
}
