-- Fresh dev batch (round 7), second part: replies that blame something
-- other than the address, quoted in public bug reports, forum posts and
-- hosting help pages, and the reply texts of a few OpenSMTPD filters.
-- Labelled from the reply's words and what the thread or page says
-- caused it (reason, action by the policy of accuracy/corpus/README.md),
-- before any was classified.  Addresses, hosts and IPs that the source
-- redacts are written with documentation values (example.com,
-- 192.0.2.1).  A reply quoted without its code is kept without one.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B, D = "bounced", "deferred"

local OPENMAIL = "http://open-mail.org/3strikes/SMTPmessages.txt (3strikes SMTP reply texts; the reply code is not part of the page)"
local DENYRELAY = "github.com/jdelic/opensmtpd-filter-denyrelay main.go (OpenSMTPD filter; HardReject and SoftReject of github.com/jdelic/opensmtpd-filters-go prefix 550 and 451)"
local DNSBLF = "github.com/catap/opensmtpd-filter-dnsbl main.c dnsbl_resolve() (osmtpd_filter_disconnect text; the client sees the text OpenSMTPD sends before closing)"

return {
  -- {==================================================================
  -- bug reports and forum threads
  -- ===================================================================
  e(O, B, "blocked", "contact", "https://github.com/nodemailer/nodemailer/issues/1257",
    "The receiving server refuses the client already at the greeting, for local policy.",
    [==[554 Local Policy Violation]==]),
  e(O, B, "blocked", "contact", "https://github.com/aschroder/Magento-SMTP-Pro-Email-Extension/issues/92",
    "The server refuses the sending host by local policy (a local blocklist, MBL); the thread quotes the reply without its code.",
    [==[5.7.1 refused by local policy (MBL-R)]==]),
  e(O, B, "blocked", "contact", "https://github.com/bluetiger9/SmtpClient-for-Qt/issues/116",
    "IONOS refuses the message after DATA by policy; the linked help page says the sending server mostly sends spam.",
    [==[554-Transaction failed
554-Reject due to policy restrictions.
554 For explanation visit https://www.ionos.com/help/index.php?id=2425&c=hd]==]),
  e(O, B, "authfailure", "fix", "https://github.com/deltachat/deltachat-desktop/issues/4159",
    "The receiving relay requires a valid DKIM signature and the message had none.",
    [==[554 5.7.1 No valid DKIM signature found]==]),
  e(O, B, "authfailure", "fix", "https://github.com/forwardemail/free-email-forwarding/issues/77",
    "Barracuda refuses mail whose sending service has neither SPF nor DKIM for the sender domain.",
    [==[mx27.ess.sfj.cudaops.com #550 permanent failure for one of more recipients (bob@example.com: Please ensure the email service you are sending from either has SPF or DKIM. You can most...) ##]==]),
  e(O, B, "requireptr", "fix", "https://github.com/fail2ban/fail2ban/issues/2996",
    "Postfix rejects a client without a reverse DNS name, with a 550 chosen by the administrator.",
    [==[550 5.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]]==]),
  e(O, B, "emailtoolarge", "fix", "https://github.com/postalserver/postal/issues/1328",
    "The message is larger than the server's configured maximum.",
    [==[552 Message too large (maximum size 14MB)]==]),
  e(O, B, "emailtoolarge", "fix", "https://github.com/Jinnrry/PMail/issues/157",
    "The message with its attachment exceeds the server's SIZE limit.",
    [==[552 Maximum message size exceeded]==]),
  e(O, B, "contenterror", "fix", "https://github.com/thieman/dagobah/issues/76",
    "A line of the message body is longer than the server accepts.",
    [==[552 message line is too long]==]),
  e(O, D, "ratelimited", "throttle", "https://github.com/in2code-de/luxletter/issues/247",
    "The sending server opened more concurrent SMTP connections than the relay allows.",
    [==[421 Too many concurrent SMTP connections]==]),
  e(O, B, "securityerror", "fix", "https://github.com/Billionmail/BillionMail/issues/156",
    "The relay (Amazon SES) requires SMTP authentication before MAIL FROM.",
    [==[530 Authentication required]==]),
  e(O, B, "securityerror", "fix", "https://github.com/guileen/node-sendmail/issues/73",
    "The receiving hMailServer requires SMTP authentication from this client.",
    [==[530 SMTP authentication is required.]==]),
  e(O, B, "securityerror", "fix", "https://github.com/osTicket/osTicket/issues/2519",
    "The submission server requires SMTP authentication.",
    [==[530 5.7.1 Authentication required]==]),
  e(O, B, "securityerror", "fix", "https://github.com/formtools/core/issues/757",
    "The server requires STARTTLS before authentication and mail.",
    [==[530 5.7.0 Must issue a STARTTLS command first]==]),
  e(O, B, "securityerror", "fix", "https://github.com/r-smith/vmPing/issues/73",
    "Office 365 requires STARTTLS on the submission port; the client shows the text without the reply code.",
    [==[5.7.3 STARTTLS is required to send mail]==]),
  e(O, D, "securityerror", "fix", "https://github.com/nedimf/maildroid/issues/29",
    "The server requires STARTTLS before mail.",
    [==[451 5.7.3 STARTTLS is required to send mail]==]),
  e(O, B, "syntaxerror", "fix", "https://github.com/uplusware/erisemail/issues/1",
    "The client sent a command before HELO/EHLO (it did not repeat EHLO after STARTTLS).",
    [==[503 5.5.1 Error: send HELO/EHLO first]==]),
  e(O, B, "networkerror", "contact", "https://github.com/haraka/Haraka/issues/1095",
    "Gmail refuses a forwarded message that has passed through too many hops (a loop).",
    [==[554-5.6.0 Message exceeded 50 hops, this may indicate a mail loop. Learn more at
554 5.6.0  https://support.google.com/mail/answer/6598 u78sm10746758ywu.13 - gsmtp]==]),
  e(O, D, "systemfull", "retry", "https://github.com/muquit/mailsend/issues/15",
    "The server has no room to queue the message (MAIL FROM refused for storage).",
    [==[452 4.3.1 Insufficient system storage]==]),
  e(O, D, "systemerror", "retry", "https://github.com/axllent/mailpit/issues/721",
    "The receiving server failed internally while accepting the message.",
    [==[451 4.3.0 Requested action aborted: local error in processing]==]),
  e(O, B, "rejected", "fix", "https://github.com/jackbisceglia/apptrack/issues/106",
    "Some receivers refuse the sending (Mailgun) domain because it has no DNS records; the issue quotes the text without code.",
    [==[Sender address rejected: Domain not found]==]),

  -- {==================================================================
  -- help pages
  -- ===================================================================
  e(O, B, "spamdetected", "fix", "https://my.weber.cloud/knowledgebase/article/71/meine-ip-befindet-sich-auf-einer-blacklist-was-tun",
    "The receiver identified the message as spam (the page's example for a blacklisted sending IP).",
    [==[554 Transaction Failed Spam Message not queued.]==]),
  e(O, B, "blocked", "contact", "https://www.tomokos.net/65/",
    "The sender's IP is on a blocklist (spamcop).",
    [==[550 mail not accepted from blacklisted IP address 192.0.2.1]==]),
  e(O, B, "blocked", "contact", OPENMAIL, "The client IP is currently sending large quantities of spam (CBL).",
    [==[Sorry! We REJECT your request for a mail session, because 192.0.2.1 is currrently sending large quantities of spam. See http://cbl.abuseat.org]==]),
  e(O, B, "blocked", "contact", OPENMAIL, "The client seems to run a dictionary attack or address probing.",
    [==[Sorry! We REJECT your request for a mail session, because 192.0.2.1 seems to be involved in a "dictionary attack" or probing for email addresses.]==]),
  e(O, B, "syntaxerror", "fix", OPENMAIL, "The HELO name is not valid.",
    [==[Sorry! We REJECT your request for a mail session, because localhost is not a valid HELO name. We do not accept mail from unidentified transmitters.]==]),
  e(O, B, "rejected", "fix", OPENMAIL, "The client may not use a HELO name in that domain (forged HELO).",
    [==[Sorry! We REJECT your request for a mail session, because 192.0.2.1 is not authorized to transmit with a HELO name ending in example.com. See http://open-mail.org/rejects for help.]==]),
  e(O, B, "badreputation", "throttle", OPENMAIL, "The recipient's server refuses the sender domain because of its current reputation.",
    [==[Sorry! We REJECT this message, bacause example.net won't accept mail from example.com, based on its current reputation. See http://open-mail.org/rejects for help.]==]),
  e(O, B, "blocked", "contact", OPENMAIL, "The recipient's domain has blacklisted the sender domain.",
    [==[Sorry! We REJECT this message, bacause example.net has blacklisted example.com. See http://open-mail.org/rejects for help.]==]),

  -- {==================================================================
  -- OpenSMTPD filters
  -- ===================================================================
  e(O, B, "blocked", "contact", DNSBLF, "The client IP is listed on the configured DNS blocklist.",
    [==[Listed at zen.spamhaus.org]==]),
  e(O, D, "systemerror", "retry", DNSBLF, "The blocklist lookup itself failed on the receiving side.",
    [==[DNS error on zen.spamhaus.org]==]),
  e(O, B, "rejected", "fix", DENYRELAY, "The authenticated submission user may not relay to this destination.",
    [==[550 Authenticated user alice@example.com is not permitted to relay to bob@example.net]==]),
  e(O, D, "systemerror", "retry", DENYRELAY, "The relay-policy check failed temporarily.",
    [==[451 Temporary failure while checking relay policy]==]),
  e(O, B, "authfailure", "fix", DENYRELAY, "The message's relay authorisation token is invalid.",
    [==[550 Invalid email auth token]==]),
  e(O, B, "authfailure", "fix", DENYRELAY, "Relaying needs an authorisation token the message did not carry.",
    [==[550 Valid email auth token required for relay]==]),
  e(O, D, "systemerror", "retry", DENYRELAY, "Validating the authorisation token failed temporarily.",
    [==[451 Temporary failure while validating email auth token]==]),
  e(O, D, "systemerror", "retry", "OpenSMTPD ClamAV filter commit(), read via the code index (file id 33308708294)",
    "The virus scan could not be done.",
    [==[451 4.7.1 Virus filter failed]==]),
  e(O, B, "virusdetected", "fix", "OpenSMTPD ClamAV filter commit(), read via the code index (file id 33308708294)",
    "ClamAV found a virus.",
    [==[554 5.7.1 Virus found]==]),
}
