-- Fresh dev batch (round 7), third part: more replies that blame
-- something other than the address, from policy daemons' default texts,
-- an Exim configuration's rate limits, hosting help pages and bug
-- reports.  Labelled from the reply's words and what the source says
-- caused it (reason, action by the policy of accuracy/corpus/README.md),
-- before any was classified.  Documentation values (example.com,
-- 192.0.2.1) stand in for redacted or format values.  Policy-daemon texts
-- are written as Postfix sends a policy REJECT or DEFER given at RCPT
-- time ("<rcpt>: Recipient address rejected: <text>").
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local MTP = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/"
local EXIM4U_RL = "github.com/Exim4U/src etc/exim/exim4u_local_rl.conf.inc (Exim4U rate limits: defer message texts)"
local EXIM4U = "github.com/Exim4U/src etc/exim/exim.conf router ditch_maxmsgsize (:fail: text of a per-mailbox size limit, given in the bounce without an SMTP code)"
local FORPSI = "https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-przychodzacych-na-serwerze-pocztowym-mxavas_forpsi_com.aspx"

return {
  -- {==================================================================
  -- mtpolicyd plugin defaults (reject_message)
  -- ===================================================================
  e(O, B, "badreputation", "throttle", MTP .. "SaAwlAction.pm, read via the code index (file id 41907558773): default reject_message",
    "The sender address or IP has a bad reputation in SpamAssassin's auto-whitelist history.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: sender address/ip has bad reputation]==]),
  e(O, B, "authfailure", "fix", MTP .. "SPF.pm, read via the code index (file id 41770097673): default reject_message with the default authority explanation",
    "The sender fails SPF.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: SPF validation failed: See http://www.example.com/why/id=alice@example.com;ip=192.0.2.1;r=mx.example.net]==]),
  e(O, B, "blocked", "contact", MTP .. "GeoIPAction.pm, read via the code index (file id 41687516789): default reject_message",
    "Mail from the client's country is refused by policy.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: delivery from CN (192.0.2.1) rejected]==]),
  e(O, B, "blocked", "contact", MTP .. "RBL.pm, read via the code index (file id 41658751509): default reject_message",
    "The client IP is listed on the configured DNS blocklist.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: delivery from 192.0.2.1 rejected (listed on zen.spamhaus.org)]==]),
  e(O, B, "badreputation", "throttle", MTP .. "CtIpRep.pm, read via the code index (file id 41674561600): default reject_message (full reply text)",
    "The Commtouch IP reputation service rates the client IP as a spam source.",
    [==[550 delivery from 192.0.2.1 is rejected. Check at http://www.commtouch.com/Site/Resources/Check_IP_Reputation.asp. Reference code: 0a1b2c3d]==]),
  e(O, B, "blocked", "contact", MTP .. "Honeypot.pm, read via the code index (file id 42084899315): default reject_message",
    "The client recently sent to a honeypot (spamtrap) address.",
    [==[554 5.7.1 <bob@example.com>: Recipient address rejected: trapped by honeypod]==]),
  e(O, D, "ratelimited", "throttle", "github.com/nitmir/policyd-rate-limit (default fail_action 'defer_if_permit Rate limit reach, retry later'; README and tests)",
    "The sender went over the configured sending rate.",
    [==[450 4.7.1 <bob@example.com>: Recipient address rejected: Rate limit reach, retry later]==]),

  -- {==================================================================
  -- Exim4U rate limits and size router
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", EXIM4U_RL, "The sending address or authenticated user has sent more than 250 recipients in 3 hours.",
    [==[450 Number of sent emails has exceeded our sender limit. Come back later.]==]),
  e(O, D, "ratelimited", "throttle", EXIM4U_RL, "The sending IP has sent more than 10 messages a minute.",
    [==[450 Number of sent emails has exceeded our IP limit. Come back later.]==]),
  e(O, B, "emailtoolarge", "fix", EXIM4U, "The message is larger than the maximum message size set for this mailbox.",
    [==[Your message is too big.
Your message was rejected because the user bob@example.com
does not accept messages larger than 2048 Kb.]==]),

  -- {==================================================================
  -- hosting help pages
  -- ===================================================================
  e(O, B, "blocked", "contact", FORPSI, "The recipient has put the sender on the mailbox's own blacklist (the page says to contact the recipient another way).",
    [==[550 5.1.1 <alice@example.com> sender is blacklisted]==]),
  e(O, B, "spamdetected", "fix", FORPSI, "The message was rejected as spam (the recipient chose to reject spam automatically).",
    [==[552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected]==]),
  e(O, B, "authfailure", "fix", FORPSI, "The sender domain's SPF record does not allow the sending IP.",
    [==[550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF]==]),
  e(O, B, "blocked", "contact", "https://www.lemat.priv.pl/index.php?m=page&pg_id=115",
    "The site's postmaster blocked the sending server (own blacklists, DNSBLs, SPF, HELO checks).",
    [==[550 Service unavailable; 192.0.2.1 blocked, see http://example.com/spam/]==]),
  e(O, B, "spamdetected", "fix", "https://support.brownrice.com/content/3/189/en/someone-sent-me-an-email-and-it-was-returned-to-them-with-a-554-mail-server-permanently-rejected-message-message-what_s-up-with-that.html",
    "The receiver's spam servers judged the incoming message to be spam (IP history or spam-like words).",
    [==[554 mail server permanently rejected message]==]),
  e(O, B, "blocked", "contact", "https://www.host2u.sk/faq/ked-mi-niekto-chce-poslat-mail-zobrai-sa-hlasenie-client-host-x-x-x-x-blocked-using-co-to-znamena-a-co-s-tym/",
    "The sending SMTP server is on a spam-server blocklist; the page quotes the text without a code.",
    [==[Client host [192.0.2.1] blocked using bl.spamcop.net]==]),

  -- {==================================================================
  -- bug reports
  -- ===================================================================
  e(O, B, "policyviolation", "fix", "https://github.com/holger-dev/nextledger/issues/21",
    "A relay refuses the invoice mail because of a blocked attachment file type.",
    [==[554 5.7.1 Message cannot be accepted, 'blocked file type "*.*"']==]),
  e(O, B, "blocked", "contact", "https://github.com/OpenSMTPD/OpenSMTPD/issues/483",
    "Aruba refuses the connection at the banner; the client IP is listed by Cloudmark.",
    [==[554 mxcmd04.ad.aruba.it bizsmtp hYzf1o0274Aa5Bp01 Connection refused from 192.0.2.1. See http://csi.cloudmark.com/reset-request/?ip=192.0.2.1 for more  information.]==]),
  e(O, B, "blocked", "contact", "https://github.com/iredmail/iRedMail/issues/264",
    "Gmail refuses direct delivery from this IP (not authorised to send directly; use the provider's relay).",
    [==[550-5.7.1 [192.0.2.1] The IP you're using to send mail is not authorized to
550-5.7.1 send email directly to our servers. Please use the SMTP relay at your
550-5.7.1 service provider instead. For more information, go to
550 5.7.1  https://support.google.com/mail/?p=NotAuthorizedError d2e1a72fcca58-715e57a0f50si1104d2710b3a.328 - gsmtp]==]),
  e(O, D, "undefined", "retry", "https://github.com/Mailu/Mailu/issues/1742",
    "Greylisting by the receiving Mailu server (rspamd); delivery succeeds later.",
    [==[451 4.7.1 Try again later]==]),
  e(O, B, "spamdetected", "fix", "https://github.com/zulip/zulip/issues/26721",
    "Outlook.com blocks the registration message as spam content.",
    [==[550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)]==]),
  e(O, B, "blocked", "contact", "https://github.com/simple-login/app/issues/497",
    "The receiving Postfix refuses a client listed on the SpamCop blocklist.",
    [==[554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1]==]),
  e(O, B, "spamdetected", "fix", "https://github.com/rspamd/rspamd/issues/5343",
    "rspamd's milter rejects a message it scored as spam.",
    [==[554 5.7.1 Spam message rejected]==]),
  e(O, B, "spamdetected", "fix", "https://github.com/mobizt/ESP32-Mail-Client/issues/63",
    "The provider's outgoing filter judged the message to be spam.",
    [==[550 5.7.1 Mail seems to be spam and will not be delivered. Please contact support. ID: 43c4e98f-a50c-11ea-99f4-0050569152ff]==]),
  e(O, B, "spamdetected", "fix", "https://github.com/swiftmailer/swiftmailer/issues/1244",
    "The server's content filter classified the message as spam.",
    [==[550 5.7.1 Message rejected as spam by Content Filtering.]==]),
  e(O, B, "contenterror", "fix", "https://github.com/trusteddomainproject/OpenDMARC/issues/202",
    "OpenDMARC's RequiredHeaders check rejects a message that breaks RFC 5322 header rules; Postfix sends its default text.",
    [==[550 5.7.1 Command rejected]==]),
  e(O, B, "spamdetected", "fix", "https://github.com/PHPMailer/PHPMailer/issues/3107",
    "The provider's spam filter rejects the message because of a malformed link in the body.",
    [==[550 5.2.0 3jhwtMREjkhQK Spam Rejected]==]),
  e(O, B, "syntaxerror", "fix", "https://github.com/Foundry376/Mailspring/issues/1054",
    "The submission server refuses a client whose HELO is a bare machine name.",
    [==[504 5.5.2 <Styx>: Helo command rejected: need fully-qualified hostname]==]),
  e(O, B, "ratelimited", "throttle", "https://github.com/deltachat/deltachat-core/issues/647",
    "The provider limits each client to 400 recipients a day; the client shows the text without the reply code.",
    [==[5.7.1 <DATA>: Data command rejected: limit of 400 rcpts per 24 hours for client alice@example.me reached]==]),
  e(O, B, "authfailure", "fix", "https://github.com/foxcpp/maddy/issues/627",
    "maddy rejects a message that fails DMARC for a sender domain with p=reject.",
    [==[550 5.7.1 DMARC check failed]==]),
  e(O, B, "systemerror", "contact", "https://github.com/hmailserver/hmailserver/issues/92",
    "A server bug: hMailServer could not save the received message (zero bytes).",
    [==[554 Your message was received but it could not be saved. Please retry later.]==]),
  e(O, D, "systemerror", "retry", "https://github.com/jstedfast/MailKit/issues/1106",
    "Office 365's submission service was temporarily not active.",
    [==[421 4.3.2 Service not active [TYAPR01CA0229.jpnprd01.prod.outlook.com]]==]),
  e(O, D, "networkerror", "retry", "https://github.com/OpenACalendar/OpenACalendar-Web-Core/issues/767",
    "The server timed out waiting for the client's data.",
    [==[421 Timeout waiting for data from client.]==]),
  e(O, B, "rejected", "fix", "https://github.com/r-raymond/nixos-mailserver/issues/9",
    "The submission server refuses an envelope sender the authenticated login does not own.",
    [==[553 5.7.1 <user2@example.com>: Sender address rejected: not owned by user user2@example.com]==]),
}
