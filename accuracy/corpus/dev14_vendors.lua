-- Round 14: filtering gateways' and hosts' own lists of their replies
-- and rejection reasons (Sophos Email, Vade's postmaster page, VIPRE,
-- VPOP3, an OX App Suite page, a FortiMail article, a Turkish and a
-- Pakistani blog quoting server replies, a support blog's bounce).
-- Gateway reasons shown without a code are kept as shown.  Placeholders
-- are filled with documentation values.  Sources: see each entry.
local SOPHOS = "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html"
local VADE = "https://postmaster-oxsus.vadesecure.com/ (the reply carries the OXSUS code named there)"
local VIPRE = "https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons (inbound rejection reasons)"
local BACKLINK = "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari (Turkish blog: 550 replies and their meaning)"
local OX = "https://confluence-public.open-xchange.com/display/SKB/Mail+Server+error+codes+of+OX+App+Suite+Cloud+and+OX+AppSuite+Managed+MX+handlers"

return {
  -- Sophos Email (reasons shown with their XGEMAIL code)
  {
    reply    = [=[XGEMAIL_0001 Message didn't contain a valid DKIM signature.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = SOPHOS, meaning = "The message had no valid DKIM signature.",
  },
  {
    reply    = [=[XGEMAIL_0002 Message failed an SPF check.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = SOPHOS, meaning = "The sending host is not authorised by the sender domain's SPF record.",
  },
  {
    reply    = [=[XGEMAIL_0003 Message failed a DMARC check.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = SOPHOS, meaning = "The message failed the From domain's DMARC policy.",
  },
  {
    reply    = [=[XGEMAIL_0004 Sender IP address failed an RBL test.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = SOPHOS, meaning = "The sending IP is on a DNS blocklist.",
  },
  {
    reply    = [=[XGEMAIL_0005 Sender domain failed a DBL test.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = SOPHOS, meaning = "The sender's domain is on a domain blocklist.",
  },
  {
    reply    = [=[XGEMAIL_0006 Message rejected because the TLS version used doesn't match the version configured in your policy.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = SOPHOS, meaning = "The TLS version of the connection is below what the receiving policy requires.",
  },
  {
    reply    = [=[XGEMAIL_0007 Message rejected because your license has expired.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "systemerror", action = "contact",
    source   = SOPHOS,
    meaning  = "The receiving organisation's filtering licence has expired, so the gateway takes no mail for it; only the receiving side can fix it.",
    note     = "judgment call: a refusal by the receiving system for its own reason, given as a final rejection",
  },
  {
    reply    = [=[XGEMAIL_0008 Message rejected because a domain, an IP address, or an email address is in the admin block list.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = SOPHOS, meaning = "The sender's domain, IP or address is on the receiving organisation's block list.",
  },
  {
    reply    = [=[XGEMAIL_0009 Message rejected because a domain, an IP address, or an email address is in the user block list.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "filtered", action = "suppress",
    source   = SOPHOS, meaning = "The recipient has put the sender on their own block list.",
  },
  {
    reply    = [=[XGEMAIL_0010 Message rejected because the recipient's domain isn't a Sophos Email protected domain.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "norelaying", action = "suppress",
    source   = SOPHOS, meaning = "The gateway does not handle mail for the recipient's domain.",
  },
  {
    reply    = [=[XGEMAIL_0011 Message rejected because the recipient's email address doesn't exist in the Sophos Email protected domain.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = SOPHOS, meaning = "The recipient address does not exist in the protected domain.",
  },
  {
    reply    = [=[XGEMAIL_0012 Message rejected because it exceeded the allowed size.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "emailtoolarge", action = "fix",
    source   = SOPHOS, meaning = "The message is larger than the size allowed.",
  },
  {
    reply    = [=[XGEMAIL_0014 Message rejected because it exceeded the recipient's inbound rate limit for the single sender.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = SOPHOS, meaning = "This sender sent more to the recipient than the recipient's inbound rate limit allows.",
  },
  {
    reply    = [=[XGEMAIL_0015 Message rejected because it exceeded the recipient's total inbound rate limit from all senders.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = SOPHOS, meaning = "The recipient's total inbound rate limit from all senders was exceeded.",
  },
  -- Vade (OX App Suite's US platform)
  {
    reply    = [=[550 5.7.1 Connection refused - OXSUS0001_101]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = VADE, meaning = "The sending provider's IP is on Vade's threat network list of spam sources.",
  },
  {
    reply    = [=[421 4.2.1 Connection deferred - OXSUS0001_102]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = VADE, meaning = "The server has trouble delivering to its back-end servers (too many messages queued); retry later.",
  },
  {
    reply    = [=[550 5.7.1 Connection refused - OXSUS0001_105]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = VADE, meaning = "The sending IP has no reverse DNS.",
  },
  {
    reply    = [=[421 4.2.1 Connection refused - OXSUS0001_110]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = VADE, meaning = "Too many connections were opened from the sending IP; retry in another session.",
  },
  {
    reply    = [=[421 4.2.1 Connection refused - OXSUS0001_140]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = VADE, meaning = "The sending IP reached its limit of messages; retry later.",
  },
  {
    reply    = [=[550 5.7.1 Connection refused - OXSUS0001_403]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = VADE .. "; https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-does-the-vade-secure-oxsus0001_403-error-code-mean-and-how-should-it-be-handled",
    meaning  = "The recipient (customer or user) does not exist; bulk senders are told to unsubscribe the address.",
    note     = "Vade also describes this code as a malformed recipient address in RCPT TO; both blame the address",
  },
  {
    reply    = [=[450 4.2.0 Recipient temporarily rejected - OXSUS0006_404]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://sinosoft.guru/knowledgebase/291/How-to-Fix-OX-Outbound-Error-450-4.2.0--Recipient-Temporarily-Rejected-OXSUS0006_404.html",
    meaning  = "OX's outbound relay refuses for now because the sending account passed its hourly or daily message, recipient or connection limits.",
  },
  -- OX App Suite's MX error descriptions
  {
    reply    = [=[Senders mail server does not have a valid DNS entry]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "requireptr", action = "fix",
    source   = OX, meaning = "The sending server has no valid DNS entry; the sender must fix it.",
  },
  {
    reply    = [=[Mail content not allowed]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "policyviolation", action = "fix",
    source   = OX, meaning = "The content of the mail is not allowed by the filtering partner's rules.",
  },
  -- VIPRE Email Security (rejection reasons shown in its portal)
  {
    reply    = [=[Your domain is not configured to use this MX host.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "norelaying", action = "suppress",
    source   = VIPRE, meaning = "Mail was sent to this MX for a domain that is not on the service.",
  },
  {
    reply    = [=[Could not complete recipient callout]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = VIPRE, meaning = "The downstream server timed out when asked about the recipient.",
  },
  {
    reply    = [=[Invalid Mailbox (Call FWD)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = VIPRE, meaning = "The downstream mail server rejected the recipient mailbox when asked.",
  },
  {
    reply    = [=[Sender Verify Failed]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = VIPRE, meaning = "The sender address could not be verified with the sender's own mail server.",
  },
  {
    reply    = [=[Your sender domain is required to send via an encrypted SMTP session]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = VIPRE, meaning = "Mail from this TLS-enforced sender domain arrived without TLS.",
  },
  -- VPOP3
  {
    reply    = [=[Your connection has been blocked temporarily - Try again later]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "blocked", action = "throttle",
    source   = "https://wiki.pscs.co.uk/how_to:your_connection_has_been_blocked_temporarily_-_try_again_later",
    meaning  = "The server's intrusion prevention saw abnormal behaviour from the IP (failed logins, relay attempts, unknown recipients) and blocks it for a while.",
  },
  {
    reply    = [=[550 5.7.1 Recipient Prohibited (3)]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "filtered", action = "suppress",
    source   = "https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x",
    meaning  = "An SMTP rule on the receiving server (number in brackets) rejects this recipient.",
  },
  -- IceWarp / Merak reply table (a blog's copy)
  {
    reply    = [=[550 5.7.1 Access not allowed]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = "http://tutorialurdu.blogspot.com/2012 (copy of the IceWarp/Merak SMTP error table)",
    meaning  = "The SMTP server blocked access through a black list filter (or a local-domain sender was not authorised).",
  },
  -- FortiMail
  {
    reply    = [=[reject=550 5.1.8 <username@invalid-or-expired-domain.com>: Sender address rejected: Domain not found]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = "https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-Avoiding-a-Recipient-Verification-Reject/ta-p/229320",
    meaning  = "A recipient verification probe failed because the probe's sender domain does not exist; the recipient server refused the sender.",
  },
  -- blogs quoting replies
  {
    reply    = [=[550 Recipient does not exist here]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = BACKLINK, meaning = "The recipient does not exist on this server.",
  },
  {
    reply    = [=[550 Recipient Rejected: No account by that name here]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = BACKLINK, meaning = "There is no account with that name on the server.",
  },
  {
    reply    = [=[550 This user's mailbox is full (user@example.com) - Try again later]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = BACKLINK, meaning = "The recipient's mailbox is full.",
  },
  {
    reply    = [=[siteprotect.com #550 5.7.1 <do-not-reply-user@example.com>: Recipient address rejected: Invalid recipient ##]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = "http://cpumd.com/KB1039tag/failed-send (a bounce explained: the recipient address is invalid)",
    meaning  = "The receiving server rejects the recipient address as invalid.",
  },
}
