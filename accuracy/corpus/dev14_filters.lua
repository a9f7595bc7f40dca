-- Round 14: replies read from the sources of mail servers, milters and
-- policy services not used before (XMail, DBMail's LMTP server, an LDAP
-- access-list milter, a Microsoft 365 tenant milter, a postfwd plugin,
-- an OpenSMTPD filter, NethServer's Rspamd rules) and an issue thread.
-- Most blame something other than the address while naming the
-- recipient or saying "denied", "rejected" or "policy".  Placeholders
-- are filled with documentation values (user@example.com for the
-- recipient, sender@example.org for the sender).  Sources: see each entry.
local XMAIL = "github.com/warren-bank/mirror-XMail-mail-server SMTPSvr.cpp "
local DBMAIL = "github.com/dbmail/dbmail src/lmtp.c "
local LAM = "github.com/chillout2k/ldap-acl-milter app/lam.py milter_action() "
    .. "(default messages in app/lam_config_backend.py; reasons in app/lam_policy_backend.py) "
local NETH = "github.com/NethServer/nethserver-mail pull 132 (Rspamd multimap rules reject "
    .. "with these messages; Rspamd's rejection is 554 5.7.1 and its message) "

return {
  -- XMail
  {
    reply    = [=[551 Server access forbidden by your IP]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = XMAIL .. "SMTPHandleCmd_MAIL() (SMTPF_BLOCKED_IP)",
    meaning  = "The connecting IP is in the server's map of refused addresses: mail from that IP is not taken.",
  },
  {
    reply    = [=[504 You are registered as spammer]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = XMAIL .. "SMTPCheckReturnPath() (sender in spam-address.tab)",
    meaning  = "The envelope sender is listed in the server's table of spammer addresses; mail from it is refused.",
  },
  {
    reply    = [=[505 Your domain has not DNS/MX entries]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = XMAIL .. "SMTPCheckReturnPath() (CheckMailerDomain)",
    meaning  = "The sender's domain has no DNS or MX records, so the envelope sender is refused.",
  },
  {
    reply    = [=[557 Access denied <list@example.com> for user <sender@example.org>]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "filtered", action = "suppress",
    source   = XMAIL .. "SMTPCheckForwardPath() (UsrMLCheckUserPost fails for a mailing list)",
    meaning  = "The recipient is a mailing list that does not let this sender post to it.",
  },
  {
    reply    = [=[452 Mailbox full <user@example.com>]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "mailboxfull", action = "retry",
    source   = XMAIL .. "SMTPCheckForwardPath() (UPopCheckMailboxSize fails)",
    meaning  = "The recipient's mailbox is over its size limit; mail is refused for now.",
  },
  {
    reply    = [=[550 Account disabled <user@example.com>]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "suspend", action = "suppress",
    source   = XMAIL .. "SMTPCheckForwardPath() (ReceiveEnable off)",
    meaning  = "The recipient account exists but is disabled for receiving.",
  },
  {
    reply    = [=[550 Mailbox unavailable <user@example.com>]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = XMAIL .. "SMTPCheckForwardPath() (local domain, no such user or alias)",
    meaning  = "The domain is local but no account or alias has that name.",
  },
  -- DBMail's LMTP server
  {
    reply    = [=[550 Recipient <user@example.com> FAIL]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "userunknown", action = "suppress",
    source   = DBMAIL .. "lmtp_tokenizer/LMTP_RCPT (dsnuser_resolve gives no deliverable user)",
    meaning  = "The address resolves to no user, alias or catch-all in the mail store.",
  },
  {
    reply    = [=[430 Temporary failure in recipient lookup]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = DBMAIL .. "LMTP_RCPT (dsnuser_resolve returns an error)",
    meaning  = "The server could not look the recipient up (its user database failed); try again later.",
  },
  {
    reply    = [=[430 Message not received]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = DBMAIL .. "LMTP_DATA (insert_messages fails)",
    meaning  = "The server failed to store the message; a temporary failure of its own.",
  },
  {
    reply    = [=[522 Recipient <user@example.com> Permanent Failure Mailbox Status Mailbox full]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = DBMAIL .. "LMTP_DATA per-recipient reply with dsn_tostring() texts (src/dm_dsn.c, 5.2.2)",
    meaning  = "The recipient's mailbox is over quota; the message was not stored for it.",
  },
  -- LDAP access-list milter
  {
    reply    = [=[550 5.7.1 Security policy violation! - reason: policy: mismatch from_src=envelope from=sender@example.org rcpt=user@example.com]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = LAM .. "(LamHardException 'policy: mismatch')",
    meaning  = "No access rule in the directory allows this sender to mail this recipient; the sender is not authorised for it.",
  },
  {
    reply    = [=[450 4.7.1 Service temporarily not available! Please try again later.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = LAM .. "(tmpfail on LamSoftException: the LDAP lookup failed)",
    meaning  = "The milter could not query its directory; a temporary failure on the receiving side.",
  },
  {
    reply    = [=[550 5.7.1 Security policy violation! - reason: Too many recipients!]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "ratelimited", action = "throttle",
    source   = LAM .. "eom() (milter_max_rcpt exceeded)",
    meaning  = "The message has more recipients than the milter allows in one transaction.",
  },
  {
    reply    = [=[550 5.7.1 Security policy violation! - reason: policy mismatch! Message rejected for all recipients!]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = LAM .. "eom() (DKIM mode: neither the envelope nor an aligned DKIM From is allowed)",
    meaning  = "Neither the envelope sender nor the DKIM-signed From is allowed by the access rules for the recipients.",
  },
  -- Microsoft 365 tenant milter
  {
    reply    = [=[550 5.7.1 Security policy violation!]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = "github.com/chillout2k/ExOTA-Milter app/exota-milter.py eom() (tenant id mismatch or DKIM failed)",
    meaning  = "The message lacks the Microsoft 365 tenant id or valid DKIM signature the policy requires for its From domain.",
  },
  -- postfwd plugin
  {
    reply    = [=[554 Your mail account (sender@example.org) was compromised. Please change your password immediately after next login.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "securityerror", action = "fix",
    source   = "github.com/Vnet-as/postfwd-anti-geoip-spam-plugin docs/README.md (example rules BAN_BOTNET_COUNTRY, BAN_BOTNET_IP)",
    meaning  = "The sending account logged in from too many countries or IPs; its sending is blocked until its password is changed.",
  },
  -- OpenSMTPD filter
  {
    reply    = [=[550 unknown sender domain]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = "github.com/poolpOrg/filter-checksenderdomain filter-checksenderdomain.go resolveDomain()",
    meaning  = "The domain of the envelope sender does not resolve; the sender is refused.",
  },
  -- NethServer's Rspamd rules
  {
    reply    = [=[554 5.7.1 Sender address rejected]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = NETH .. "(FROM_BLACKLIST)",
    meaning  = "The sender address is on the receiving server's refused list of From addresses.",
  },
  {
    reply    = [=[554 5.7.1 Sender domain address rejected]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = NETH .. "(FROM_DOMAINS_BLACKLIST)",
    meaning  = "The sender's domain is on the receiving server's refused list of From domains.",
  },
  {
    reply    = [=[554 5.7.1 Forbidden attachment name extension]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "policyviolation", action = "fix",
    source   = NETH .. "(attachment extension rule)",
    meaning  = "The message carries an attachment whose name extension the receiving server forbids.",
  },
  -- an issue thread
  {
    reply    = [=[permanent error (554): 5.7.1 Spam message rejected]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "spamdetected", action = "fix",
    source   = "https://github.com/seijikun/idlemail/issues/9",
    meaning  = "The destination's spam filter rejected the message.",
  },
  -- Apache's mail servers
  {
    reply    = [=[Recipient address rejected: ASF gnomes rejected your message: SPF fail - not authorized. See https://infra.apache.org/mail-rejection.html]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "authfailure", action = "fix",
    source   = "github.com/apache/infrastructure-website content/pages/mail-rejection.md",
    meaning  = "The sender's domain SPF record does not authorise the sending host (hard fail); the message is refused.",
  },
  {
    reply    = [=[550 Domain Blocked - Spam. Contact abuse@infra.apache.org]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = "github.com/apache/infrastructure-website content/pages/mail-rejection.md",
    meaning  = "The sending domain is blocked for spam; contact the abuse address for a review.",
  },
}
