-- Round 15: hosted filters, relays and providers explaining their own
-- refusals (Sophos Email, a Czech filtering service, Telstra BigPond, a
-- relay service's documented response prefixes, a Proofpoint Essentials
-- migration write-up).  Replies shown by the source without a code are
-- kept without one; IPs are filled with documentation values.
-- Sources: see each entry.
local IRIDIS = "https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (mailRelay response codes: prefix, response, 4xx/5xx class)"

return {
  -- a relay service's documented response prefixes (iridis mailRelay)
  {
    reply    = [=[HST-RTE: Hourly send rate exceeded, retry later.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = IRIDIS,
    meaning  = "The sending account has used its hourly allowance on the relay; a temporary (4xx) refusal.",
  },
  {
    reply    = [=[HST-RTE: Daily send rate exceeded, retry later]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = IRIDIS,
    meaning  = "The sending account has used its daily allowance on the relay; a temporary (4xx) refusal.",
  },
  {
    reply    = [=[MSG-RFC: Your message does not conform to RFC2822 standard]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "contenterror", action = "fix",
    source   = IRIDIS,
    meaning  = "The message is not a well-formed RFC 2822 message; a permanent (5xx) refusal.",
  },
  {
    reply    = [=[MSG-EXT: Blacklisted high risk file extension detected]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "policyviolation", action = "fix",
    source   = IRIDIS,
    meaning  = "The message carries an attachment with a file extension the relay refuses (exe, scr, js...); a permanent (5xx) refusal.",
  },
  -- hosted filters and providers (help pages, forum threads, blogs)
  {
    reply    = [=[554 5.7.28 Mail flood detected;]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "ratelimited", action = "throttle",
    source   = "https://community.sophos.com/sophos-email/f/recommended-reads/136256/sophos-email-outbound-emails-bounced-with-554-5-7-28-mail-flood-detected",
    meaning  = "Sophos Email's outbound filter saw the mailbox send more mail than its per-10-minute or per-day allowance and refused further messages.",
  },
  {
    reply    = [=[421 Service temporarily not available]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://www.virusfree.cz/en/faq (most common delivery errors)",
    meaning  = "The Czech filtering service says this reply means the sender reached its limit of parallel SMTP connections.",
    note     = "hard case: the words are generic, the page gives the cause",
  },
  {
    reply    = [=[554 Message refused by the scanner]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "spamdetected", action = "fix",
    source   = "https://www.virusfree.cz/en/faq (most common delivery errors)",
    meaning  = "The filtering service's content scanner refused the message; the sender is asked to send it in for analysis.",
    note     = "judgment call: the scanner covers spam and malware; the page treats it as a content verdict to be reviewed",
  },
  {
    reply    = [=[The mail server sent an incorrect greeting: nschwcmgw08p BigPond Outbound [OB105. Connection refused. (192.0.2.1) is listed on the Exploits Block List (XBL). Please visit for more information.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = "https://crowdsupport.telstra.com.au/t5/broadband-nbn/why-is-my-email-being-blacklisted/ta-p/76234",
    meaning  = "Telstra BigPond's outbound server refuses the connection because the client's IP is on Spamhaus's Exploits Block List; the user must get it delisted.",
  },
  {
    reply    = [=[Connected to 192.0.2.1 but sender was rejected.
Remote host said: 192.0.2.1 Defined SPAM source: bl.spamcop.net]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = "http://www.themssforum.com/smallbiz/Email-blocked/ (qmail bounce from a BigPond server, IP filled)",
    meaning  = "The receiving server refused the sender because the sending IP is listed on the SpamCop blocklist.",
  },
  {
    reply    = [=[550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = "https://www.404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/",
    meaning  = "The sending IP (a new hosted-filter dispatch server) is not in the sender domain's SPF record, so recipients enforce the domain's SPF policy.",
  },
}
