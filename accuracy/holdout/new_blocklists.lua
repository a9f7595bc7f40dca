-- blocklists
return {
  {
    reply   = [=[550 Mail from 192.0.2.1 refused by rbl-plus.mail-abuse.org. Please refer to http://mail-abuse.org/rbl+ for an explanation]=],
    group   = "blocklist",
    provider = nil,
    outcome = "bounced",
    reason  = "blocked",
    action  = "contact",
    family  = "other",
    source  = "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
    meaning = "Trend Micro's Email Reputation Services (RBL+) lists the sending IP, so the receiving side refuses its mail; the IP must be removed from the database.",
    note    = "The source writes <IP adress> (filled with 192.0.2.1) and breaks the line before 'Please refer' (joined).",
  },
  {
    reply   = [=[550 Service unavailable; Client host [192.0.2.1] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.1]=],
    group   = "blocklist",
    provider = nil,
    outcome = "bounced",
    reason  = "blocked",
    action  = "contact",
    family  = "other",
    source  = "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers",
    meaning = "The receiving server checks the Trend Micro RBL+ reputation list, which lists the sending IP; delisting is needed.",
    note    = "<IP adress> filled with 192.0.2.1; the source's line break before 'Please see' joined.",
  },
}
