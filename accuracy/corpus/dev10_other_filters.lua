-- Fresh dev batch (round 10): replies that blame something other than
-- the address, from filters and small servers the corpus had not read:
-- Anthony Howe's (SnertSoft) sendmail milters (milter-spiff, milter-null,
-- milter-length, milter-gris, milter-limit), Daniel Hartmeier's
-- milter-regex (its sample rules and manual), SubEthaSMTP-based Java
-- servers, gen_smtp (Erlang) handlers, go-smtp (Go) backends, aiosmtpd
-- (Python) handlers, pymilter and libmilter filters, Haraka plugins,
-- SmtpServer (C#) policies and Exim ACLs found through the code index.
-- Many are minimal: a cause in two or three words, a bare enhanced
-- status, or an address word that belongs to the sender.
-- How each program renders its reply: libsnert's smfReply() gives
-- "CODE X.7.1 text" when no status is named (class taken from the code);
-- milter-regex answers "554 5.7.1 <text>" for reject and "451 4.7.1
-- <text>" for tempfail (milter-regex.8); Haraka's DENY is 550, DENYSOFT
-- 450; Exim's deny in the RCPT ACL is 550 with the ACL's message;
-- Postfix renders an access map's "REJECT text" as "554 5.7.1 <what>:
-- Sender address rejected: text" / "Client host rejected: text";
-- SubEthaSMTP's RejectException(code, text) is "code text".  Template
-- values are filled with documentation values (example.org, 192.0.2.1).
-- Replies whose exact text the corpus already held were left out.
-- Labelled from each source's meaning (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local SNERT = "github.com/SirWumpus/"
local MREGEX = "github.com/milter-regex/milter-regex "
local function idx (id, what)
    return what .. ", read via the code index (file id " .. id .. ")"
end

return {
  -- {==================================================================
  -- SnertSoft milters (libsnert smfReply)
  -- ===================================================================
  e(O, B, "blocked", "contact", SNERT .. "milter-spiff milter-spiff.c filterOpen() (access map REJECT for the connecting host)",
    "The connecting client host is black-listed in the milter's access map.",
    [==[550 5.7.1 connection mail.example.net [192.0.2.1] blocked]==]),
  e(O, B, "rejected", "fix", SNERT .. "milter-null milter-null.c filterMail() (access map REJECT for the SMTP AUTH identity)",
    "The sender's authentication identity is refused by the access map.",
    [==[550 5.7.1 sender authorisation <alice> denied]==]),
  e(O, B, "rejected", "fix", SNERT .. "milter-null milter-null.c filterRcpt() (one-rcpt-per-null: a null sender may name one recipient)",
    "A bounce (null sender) may have only one recipient; the second is refused.",
    [==[550 5.7.1 too many recipients]==]),
  e(O, B, "rejected", "fix", SNERT .. "milter-null milter-null.c filterEndMessage() applyPolicy() with policy=reject",
    "A DSN or MDN answers a message older than the allowed time: treated as backscatter.",
    [==[550 5.7.1 DSN or MDN in response to an old message]==]),
  e(O, B, "rejected", "fix", SNERT .. "milter-null milter-null.c filterEndMessage() applyPolicy() with policy=reject",
    "A DSN or MDN does not carry the tag of a message sent from here: backscatter refused.",
    [==[550 5.7.1 DSN or MDN for message that did not originate here]==]),
  e(O, B, "emailtoolarge", "fix", SNERT .. "milter-length milter-length.c filterEndMessage()",
    "The message is larger than the size limit set for this client, sender or recipient.",
    [==[550 5.3.4 mail.example.net [192.0.2.1] (2097152 bytes) exceeded max. message size of 1048576 bytes]==]),
  e(O, D, "undefined", "retry", SNERT .. "milter-gris milter-gris.c filterRcpt() (grey-list tuple still blocked)",
    "Greylisting: the tuple is new or still inside its block time; retry later.",
    [==[450 4.7.1 try again later]==]),
  e(O, B, "rejected", "fix", SNERT .. "milter-gris milter-gris.c filterData() (MAIL FROM:<postmaster@...> may only be used for call-backs)",
    "A message sent with a postmaster sender from outside is refused; that sender is allowed for call-backs only.",
    [==[550 5.7.1 Message from <postmaster@example.org> not permitted.]==]),
  e(O, D, "ratelimited", "throttle", SNERT .. "milter-limit milter-limit.c limitExceeded() (default policy 'later')",
    "The connecting client exceeded its message limit for the period; try later.",
    [==[450 4.7.1 192.0.2.1 has exceeded 100 messages per 1 hour]==]),
  e(O, B, "ratelimited", "throttle", SNERT .. "milter-limit milter-limit.c limitExceeded() (policy 'reject')",
    "The sender exceeded its message limit for the period.",
    [==[550 5.7.1 alice@example.org has exceeded 500 messages per 1 day]==]),

  -- {==================================================================
  -- milter-regex (554 5.7.1 for reject, 451 4.7.1 for tempfail)
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", MREGEX .. "rules (sample configuration)",
    "The HELO name is not a domain (no dot).",
    [==[554 5.7.1 Malformed HELO (not a domain, no dot)]==]),
  e(O, B, "blocked", "contact", MREGEX .. "rules (sample configuration)",
    "The client's HELO claims the receiving server's own address: a forged identity, refused.",
    [==[554 5.7.1 Spoofed HELO (my own IP address, nice try)]==]),
  e(O, B, "policyviolation", "fix", MREGEX .. "rules (sample configuration)",
    "HTML mail is not accepted here.",
    [==[554 5.7.1 HTML mail not accepted]==]),
  e(O, B, "virusdetected", "fix", MREGEX .. "rules (sample configuration)",
    "The message matches the Swen worm's header signature.",
    [==[554 5.7.1 Swen worm (caps)]==]),
  e(O, B, "policyviolation", "fix", MREGEX .. "rules (sample configuration)",
    "The message carries an executable attachment type that is refused.",
    [==[554 5.7.1 Unwanted (executable) attachment type]==]),
  e(O, B, "spamdetected", "fix", MREGEX .. "rules (sample configuration)",
    "Mail from an opt-out 'mailing list' is refused as spam (its list headers match).",
    [==[554 5.7.1 Opt-out 'mailing list', spam, get lost (otcjournal)]==]),
  e(O, B, "blocked", "contact", MREGEX .. "rules (sample configuration)",
    "Mail relayed through a network known for spam (matched in the Received header) is refused.",
    [==[554 5.7.1 sonicsurf.ch spam, get lost]==]),
  e(O, B, "spamdetected", "fix", MREGEX .. "rules (sample configuration)",
    "The body matches a known spammer's texts.",
    [==[554 5.7.1 Eat your socks, you fscking spammer.]==]),
  e(O, B, "blocked", "contact", MREGEX .. "rules (sample configuration)",
    "The From header names a domain known for spam; the sender is refused.",
    [==[554 5.7.1 Spammer]==]),
  e(O, D, "requireptr", "fix", MREGEX .. "milter-regex.8 EXAMPLES (tempfail for a client without reverse DNS)",
    "The client's IP has no resolving host name (reverse DNS); deferred.",
    [==[451 4.7.1 Sender IP address not resolving]==]),
  e(O, B, "blocked", "contact", MREGEX .. "milter-regex.8 EXAMPLES (country rule)",
    "Mail of this sender domain from that country (by client IP) is refused.",
    [==[554 5.7.1 Email is not sent from the country]==]),
  e(O, B, "spamdetected", "fix", MREGEX .. "milter-regex.8 EXAMPLES",
    "The body matches a known spammer's texts.",
    [==[554 5.7.1 Business Corp spam, get lost]==]),

  -- {==================================================================
  -- libmilter and pymilter filters (code index)
  -- ===================================================================
  e(O, B, "syntaxerror", "fix", idx("27347531571", "a sendmail milter's HELO check (REJECT_HELO, bogus HELO pattern)"),
    "The HELO name matches the patterns of bogus HELO names.",
    [==[550 5.7.1 Unwanted contents of the HELO command]==]),
  e(O, B, "syntaxerror", "fix", idx("38412885851", "Mail::Milter::Module::HeloRawLiteral helo_callback() (Perl)"),
    "The HELO is a raw IP address without the square brackets RFC 2821 requires.",
    [==[554 5.7.1 HELO/EHLO 192.0.2.1: command rejected: raw IP literal not in [square brackets], required by RFC2821:4.1.3]==]),
  e(O, B, "blocked", "contact", idx("53110297575", "a Python milter's test suite (webhook verdict reject_permanent, reason spamhaus_drop_listed)"),
    "The client IP is on the Spamhaus DROP list.",
    [==[554 5.7.1 Rejected - client IP listed in Spamhaus DROP]==]),
  e(O, D, "blocked", "throttle", idx("31958831383", "a sendmail DNSBL milter's HELO handler (ACTION_TEMPFAIL)"),
    "The client is temporarily black-listed; try again later.",
    [==[421 4.3.2 temporarily blacklisted - please try again later]==]),
  e(O, D, "undefined", "retry", idx("11186503027", "j-chkmail's recipient handler (greylisting, default GREY_REPLY)"),
    "Greylisting: the message is delayed; retry later.",
    [==[451 4.3.2 Tempfail : Try again later, please]==]),
  e(O, B, "spamdetected", "fix", idx("61108802518", "a spam-classifier milter's design document (mode=reject, score above reject_threshold)"),
    "The message scored as spam above the reject threshold.",
    [==[550 5.7.1 Message rejected by spam policy]==]),
  e(O, D, "systemerror", "retry", idx("61108802518", "a spam-classifier milter's design document (classification failed, fail_open=false)"),
    "The filter itself failed; the message is deferred.",
    [==[451 4.7.1 Temporary filtering failure]==]),
  e(O, B, "blocked", "contact", idx("5722399696", "blacklist-milter (iptables-backed) blacklist_connect()"),
    "The client IP was black-listed after sending spam; its mail is refused for a while.",
    [==[550 5.7.1 Your IP is blacklisted because you are sending spam]==]),
  e(O, B, "virusdetected", "fix", idx("10527100739", "an early clamav-milter clamfi_eom()"),
    "ClamAV found a virus in the message.",
    [==[550 5.7.1 Virus detected by ClamAV - http://www.clamav.net]==]),
  e(O, B, "rejected", "fix", idx("5222788513", "a pymilter on a web host that blocks local users from sending"),
    "The local system user who submitted the message is blocked from sending mail.",
    [==[550 5.7.1 User www-data is blocked from sending mail]==]),

  -- {==================================================================
  -- go-smtp backends (Go)
  -- ===================================================================
  e(O, D, "authfailure", "retry", idx("28185252042", "a go-smtp server's SPF errors (SPFTempError)"),
    "The SPF record could not be checked now (temporary DNS problem).",
    [==[451 4.4.3 Temporary failure: unable to validate sender policy framework record]==]),
  e(O, B, "contenterror", "fix", idx("71044887519", "a go-smtp attachment-securing gateway (errMalformed)"),
    "The message could not be parsed.",
    [==[550 5.6.0 Malformed message]==]),
  e(O, D, "authfailure", "retry", idx("2502371711", "a go-smtp mailing-list server (errSPFTemp)"),
    "SPF could not be evaluated for now.",
    [==[451 4.4.3 Temporary spf error]==]),
  e(O, D, "systemerror", "retry", idx("53272610369", "a go-smtp server's Rspamd check (fail-close when Rspamd is unreachable)"),
    "The spam checker is unavailable; deferred.",
    [==[451 4.7.1 Spam check temporarily unavailable, try again later]==]),
  e(O, B, "policyviolation", "fix", idx("61580970501", "a go-smtp delivery-decision gateway decisionError() (default reason, DecisionReject)"),
    "The receiving gateway's policy refused the message.",
    [==[550 5.7.1 Message rejected by policy]==]),
  e(O, D, "policyviolation", "retry", idx("61580970501", "a go-smtp delivery-decision gateway decisionError() (default reason, DecisionDefer)"),
    "The receiving gateway's policy deferred the message.",
    [==[451 4.7.1 Message rejected by policy]==]),
  e(O, D, "systemerror", "retry", idx("33603254593", "a go-smtp server's spam check (SpamCheckFailClosed)"),
    "The spam check failed; deferred.",
    [==[451 4.7.1 Temporary spam check failure, try again later]==]),
  e(O, D, "ratelimited", "throttle", idx("21387122714", "a go-smtp backend's rate limiter"),
    "The sender exceeded the rate limit; try later.",
    [==[452 4.7.1 Rate limit exceeded, try again later]==]),
  e(O, D, "ratelimited", "throttle", idx("54534490743", "a go-smtp relay's per-address rate limiter"),
    "The rate limit for this address is exceeded; retry later.",
    [==[450 4.7.1 rate limit exceeded, please retry later]==]),
  e(O, D, "ratelimited", "throttle", idx("58140390545", "a go-smtp outbound relay's error mapping (ErrRateLimited)"),
    "The outbound rate limit is exceeded.",
    [==[450 4.7.1 outbound rate limit exceeded]==]),
  e(O, B, "authfailure", "fix", idx("58140390545", "a go-smtp outbound relay's error mapping (ErrDKIMKeyNotFound)"),
    "No DKIM key is configured for the sender's domain: the relay will not sign or send.",
    [==[550 5.7.0 dkim key not configured for sender domain]==]),
  e(O, B, "rejected", "fix", idx("58140390545", "a go-smtp outbound relay's error mapping (ErrSenderNotAllowed)"),
    "The sender is not allowed to send through this relay.",
    [==[553 5.7.1 sender not allowed]==]),
  e(O, D, "systemerror", "retry", idx("69432564323", "a Go MTA's milter chain (a milter unavailable, fail-closed)"),
    "A filter of the receiving server is unavailable; retry later.",
    [==[451 4.7.1 Filter clamav unavailable, try again later]==]),
  e(O, B, "blocked", "contact", idx("19365984571", "a go-smtp proxy's DNSBL check (DnsblChkWithContext)"),
    "The client IP is listed on too many DNS blocklists.",
    [==[550 5.7.0 Error: You are in too many blacklists.]==]),
  e(O, B, "policyviolation", "fix", idx("39778247410", "a Go MTA's check runner (score at or above reject_score)"),
    "The message's check score (several local policy checks) reached the reject score.",
    [==[550 5.7.0 Message is rejected due to multiple local policy violations (score 12)]==]),

  -- {==================================================================
  -- aiosmtpd handlers and other Python servers
  -- ===================================================================
  e(O, D, "undefined", "retry", idx("53249856485", "an aiosmtpd handler _check_smtp_greylist()"),
    "Greylisting: first attempt deferred.",
    [==[451 4.7.1 Greylisted, please retry later]==]),
  e(O, B, "spamdetected", "fix", idx("23697485419", "a small Python content filter (its spam filter matched the text part)"),
    "The message text was judged to be spam.",
    [==[550 Bad address: SPAM]==]),
  e(O, B, "rejected", "fix", idx("70813106793", "a Go delivery engine's tests (a peer's permanent reply to MAIL)"),
    "The receiving server refuses the envelope sender.",
    [==[550 5.7.1 sender rejected]==]),
  e(O, D, "ratelimited", "throttle", idx("68519111923", "an aiosmtpd ingest server (device rate limit hit)"),
    "The sending device exceeded its rate limit; retry later.",
    [==[451 4.7.1 Rate limit exceeded, retry later]==]),

  -- {==================================================================
  -- Haraka plugins (DENY gives 550)
  -- ===================================================================
  e(O, B, "rejected", "fix", idx("16974598495", "a Haraka plugin's bounce check (bounces not accepted)"),
    "Bounces (null sender) are not accepted here.",
    [==[550 No bounces accepted here]==]),
  e(O, B, "contenterror", "fix", idx("2311982950", "a Haraka plugin's data check (only Haraka's own Received header present)"),
    "The message must already carry a Received header; it has none.",
    [==[550 Mails here must have a Received header]==]),
  e(O, B, "rejected", "fix", idx("1979711994", "a Haraka plugin's mail_from check (local sender domain from a non-relaying client)"),
    "The sender claims one of the server's own domains without relaying rights: a spoofed sender.",
    [==[550 Spoofed MAIL FROM]==]),
  e(O, B, "systemerror", "contact", idx("44316934735", "a Haraka queue plugin (database insert failed)"),
    "The receiving server could not store the message.",
    [==[550 storage error]==]),
  e(O, B, "spamdetected", "fix", idx("53261889159", "a Haraka spam-classifier plugin (label spam above threshold, rejectSpam)"),
    "The message was classified as spam.",
    [==[550 Message detected as spam]==]),

  -- {==================================================================
  -- gen_smtp (Erlang) and SubEthaSMTP (Java) servers
  -- ===================================================================
  e(O, B, "contenterror", "fix", idx("21528949842", "a gen_smtp server callback handle_DATA() (MIME decoding failed)"),
    "The message's MIME structure could not be processed.",
    [==[554 MIME type not supported.]==]),
  e(O, B, "syntaxerror", "fix", idx("28430627549", "gen_smtp's example server callback handle_HELO()"),
    "The HELO host name is refused as invalid.",
    [==[554 invalid hostname]==]),
  -- {==================================================================
  -- SmtpServer (C#) policies
  -- ===================================================================
  e(O, D, "blocked", "throttle", idx("55655142105", "SmtpServer's tests (a session policy answering OnConnectionAccepted with ServiceUnavailable)"),
    "The server refuses the connecting client at connect time.",
    [==[421 blocked]==]),
  -- {==================================================================
  -- Exim ACLs and Postfix access maps
  -- ===================================================================
  e(O, B, "blocked", "contact", idx("53687400837", "an Exim configuration's acl_check_rcpt (dnslists zen.spamhaus.org, message with $dnslist_text)"),
    "The client IP is on a DNS blocklist; the list's text follows.",
    "550-Rejected because 192.0.2.1 is in a black list at zen.spamhaus.org\n550 https://www.spamhaus.org/query/ip/192.0.2.1"),
  e(O, B, "syntaxerror", "fix", idx("62604164999", "an Exim configuration's HELO ACL"),
    "The HELO name contains an IP address.",
    [==[550 Helo name contains an IP address (HELO was 192.0.2.1)]==]),
  e(O, B, "badreputation", "throttle", idx("25573494226", "an Exim configuration guide's acl_check_rcpt example (dnslists on the sender domain)"),
    "The sender's domain has a poor reputation (listed).",
    [==[550 Rejected because example.org has a poor reputation]==]),
  e(O, B, "blocked", "contact", idx("5932985842", "an Exim configuration (Russian comments) deny for +spammers_hosts"),
    "The client host was seen sending spam only; it is blocked, though the postmaster may be contacted.",
    [==[550 Your IP was blocked due spam. You may contact with postmaster anyway]==]),
  e(O, B, "blocked", "contact", idx("71621486158", "an Elixir mail server's restriction tests (client_access REJECT spam source)"),
    "The client's network is listed as a spam source in the access map.",
    [==[554 5.7.1 Client host [192.0.2.7] rejected: spam source]==]),
  e(O, B, "blocked", "contact", idx("16098194398", "a NixOS mail server module's sender_access map ('REJECT spam'), as Postfix renders it"),
    "The sender's domain is on the server's list of spam sources.",
    [==[554 5.7.1 <alice@example.org>: Sender address rejected: spam]==]),
  e(O, B, "blocked", "contact", idx("16098194398", "a NixOS mail server module's banned_ips map ('REJECT spam') as a client access map, as Postfix renders it"),
    "The client IP is banned as a spam source.",
    [==[554 5.7.1 <unknown[192.0.2.1]>: Client host rejected: spam]==]),
}
