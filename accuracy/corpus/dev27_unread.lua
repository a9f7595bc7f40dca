-- Round 27 (unread): replies whose words the rules may not read yet,
-- from sources no earlier round drew on: VPOP3's pages named after the
-- reply they explain, Trend Micro's IMSS and Worry-Free pages, GroupWise's
-- knowledge base, an OpenDMARC issue, a Mailpit pull request, and the
-- replies two test SMTP servers (GreenMail, Digipost's smtp-test-server)
-- give.  Entries from three more sources (a Momentum response table,
-- Zimbra's LMTP replies, Coremail's bounce prompts) were taken out before
-- any output was seen: the hold-out names their pages.
-- Labels follow what each source says, mapped by the policy of
-- accuracy/corpus/README.md.  Set before any classifier output was seen.
-- Sources: see each entry.
local e = dofile("accuracy/entry.lua").noted
local O, A = "other", "address"
local B, D = "bounced", "deferred"

local VPOP3 = "https://wiki.pscs.co.uk/how_to:"
local DIGI = "github.com/digipost/smtp-test-server-node server.js getResponseForRCPT()"
local GM = "github.com/greenmail-mail-test/greenmail greenmail-core/src/main/java/com/icegreen/greenmail/smtp/commands/"

return {
  -- {==================================================================
  -- VPOP3, Trend Micro, GroupWise, OpenDMARC, Mailpit
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", VPOP3 .. "421_4.3.2_vpop3_too_many_connections_from_your_ip_address_-_try_later",
    "Too many simultaneous connections from the sending IP; try later.",
    [==[421 4.3.2 VPOP3 Too many connections from your IP address - try later]==]),
  e(O, D, "systemerror", "retry", VPOP3 .. "421_4.3.2_vpop3_smtp_server_access_disabled_-_content_scanner_problem (page title)",
    "VPOP3 turned SMTP access off because its content scanner has a problem.",
    [==[421 4.3.2 VPOP3 SMTP server access disabled - content scanner problem]==]),
  e(O, B, "emailtoolarge", "fix", VPOP3 .. "552_5.2.3_message_too_large_-_contact_your_administrator (page title)",
    "The message exceeds VPOP3's size limit.",
    [==[552 5.2.3 Message too large - contact your administrator]==]),
  e(O, B, "norelaying", "suppress", VPOP3 .. "550_5.7.1_relaying_not_allowed_bad_sender_ip_address (page title)",
    "VPOP3 does not relay for the sending IP address.",
    [==[550 5.7.1 Relaying not allowed - bad sender IP address]==]),
  e(O, B, "norelaying", "suppress",
    "https://success.trendmicro.com/dcx/s/solution/1106332-550-domain-of-forward-path-is-not-allowed-error-message-appears-when-sending-mails-in-interscan-me",
    "IMSS refuses the recipient because its domain is not in the relay domains list.",
    [==[550 Domain of forward path is not allowed]==]),
  e(O, B, "blocked", "contact",
    "https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-of-worry-free-business-security-wfbs",
    "The sending IP is refused by Trend Micro's email reputation service.",
    [==[Your email messages have been blocked by Trend Micro Email Reputation Service.]==]),
  e(O, B, "contenterror", "fix",
    "https://github.com/trusteddomainproject/OpenDMARC/issues/202 (RequiredHeaders rejection)",
    "OpenDMARC's RequiredHeaders refused a message that breaks RFC 5322 header rules (e.g. not exactly one Date field).",
    [==[550 5.7.1 Command rejected]==]),
  e(A, B, "userunknown", "suppress", "https://support.microfocus.com/kb/doc.php?id=7002570 (GroupWise Internet Agent)",
    "GWIA refuses mail to a distribution list it does not expand: no such recipient.",
    [==[550 No such recipient]==]),
  e(A, B, "userunknown", "suppress", "https://support.microfocus.com/kb/doc.php?id=7002570 (GroupWise Internet Agent, the KB's title)",
    "GWIA answers a recipient it does not know (a distribution list it does not expand).",
    [==[553 Recipient unknown]==]),
  e(O, B, "filtered", "suppress", "https://github.com/axllent/mailpit/pull/549 (the default answer to a recipient outside --smtp-allowed-recipients)",
    "The recipient is not among those the server is set to accept.",
    [==[550 5.1.0 Requested action not taken: mailbox unavailable]==]),
  -- {==================================================================
  -- test SMTP servers: replies they give on purpose
  -- ===================================================================
  e(O, D, "systemerror", "retry", DIGI .. ", 'shutting-down'",
    "The server is shutting down; the sender should try again.",
    [==[421 4.4.2 Shutting down]==]),
  e(O, D, "systemerror", "retry", DIGI .. ", 'service-unavailable'",
    "The service is unavailable for now; try again later.",
    [==[451 4.3.0 Service unavailable - try again later]==]),
  e(O, D, "mailboxfull", "retry", DIGI .. ", 'mailbox-full'",
    "The recipient's mailbox is over quota.",
    [==[452 4.2.2 The user's mailbox is full (quota exceeded)]==]),
  e(O, B, "emailtoolarge", "fix", DIGI .. ", 'too-much-mail-data'",
    "The message is bigger than the server takes.",
    [==[552 5.2.3 Too much mail data]==]),
  e(A, B, "userunknown", "suppress", DIGI .. ", 'mailbox-syntax-incorrect'",
    "The recipient mailbox name is not allowed: its syntax is incorrect.",
    [==[553 5.1.2 Mailbox name not allowed / syntax incorrect]==]),
  e(O, B, "syntaxerror", "fix", GM .. "RcptCommand.java",
    "RCPT was sent before MAIL.",
    [==[503 MAIL must come before RCPT]==]),
  e(O, B, "syntaxerror", "fix", GM .. "RcptCommand.java",
    "The address in the RCPT command could not be parsed.",
    [==[501 Malformed email address. Use form email@host]==]),
  e(O, B, "syntaxerror", "fix", GM .. "DataCommand.java",
    "DATA was sent before any recipient.",
    [==[503 RCPT command(s) required]==]),
}
