-- Microsoft: Outlook.com / Hotmail / Live / MSN and Exchange Online
-- (Microsoft 365, Exchange Online Protection).
--
-- Sources:
--   "Email non-delivery reports and SMTP errors in Exchange Online"
--     https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online
--     and its pages per code (5.7.700-750, 5.7.5xx, 5.7.321-325 DANE, ...)
--   Outlook.com postmaster pages (block list S3140/S3150, rate limits
--     S3113/S3115, legacy Hotmail SC-/OU-/DY-/RP- codes)
--     https://sendersupport.olc.protection.outlook.com/pm/
--
-- Exchange Online writes its own enhanced codes (5.7.501-512, 5.7.606-649,
-- 5.7.700-750, 5.7.12x-13x, ...) with fixed English texts ("Access denied,
-- banned sending IP [...]"), so those texts serve as tokens: an NDR quoted
-- without a host name is still recognised.  Host names in brackets
-- ("[DB5EUR03FT043.eop-EUR03.prod.protection.outlook.com]") and "AS(nnn)"
-- codes are the usual tokens of real replies.
local SRC = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"
local PM = "https://sendersupport.olc.protection.outlook.com/pm/"
local MX = "contoso-com.mail.protection.outlook.com"

-- a documented reply, as received from an Exchange Online / Outlook.com MX
local function m (reply) return { reply = reply, mx = MX } end

return {
    providers = {
        { id = "microsoft", name = "Microsoft (Outlook.com, Exchange Online)",
          hosts = { "protection.outlook.com", "outlook.com", "hotmail.com",
                    "olc.protection.outlook.com", "mail.protection.outlook.com",
                    "mail.eo.outlook.com", "office365.com" },
          domains = { "outlook.com", "hotmail.com", "live.com", "msn.com",
                      "hotmail.co.uk", "hotmail.fr", "live.co.uk", "outlook.fr",
                      "hotmail.de", "hotmail.it", "hotmail.es", "passport.com" },
          tokens = {
              ".protection.outlook.com", ".prod.outlook.com", ".outlook.com",
              " as(", "sendersupport.olc", "olc.protection", "mail.protection.outlook",
              "[s3150]", "[s3140]", "(s3150)", "(s3140)", "(s3130)", "(as3150)",
              "(as3140)", "(as3130)", "(s3115)", "(s3114)", "(s3113)", "(s775)",
              "(s844)", "(s77719)",
              "smtpsend.", "resolver.adr.", "resolver.rst.", "storedrv.",
              "transport.rules.", "tenantattribution",
              "mail.live.com", "postmaster.live.com", "go.microsoft.com/fwlink",
              "sender.office.com", "messaging.microsoft.com",
              "windows live hotmail",
              -- legacy Hotmail block and rate codes
              " sc-001", " sc-002", " sc-003", " sc-004", " ou-001", " ou-002",
              " dy-001", " dy-002", " rp-001", " rp-002", " rp-003",
              -- fixed Exchange Online / Outlook.com texts
              "weren't sent. please contact your internet service provider",
              "we have limits for how many messages can be sent",
              "rate limited due to ip reputation",
              "access denied, banned sending ip", "access denied, banned sender",
              "access denied, spam abuse detected",
              "access denied, bad outbound sender", "access denied, bad helo",
              "access denied, banned recipient",
              "access denied, rejected by recipient",
              "access denied, traffic not accepted",
              "access denied, tenant has exceeded threshold",
              "does not pass dmarc verification",
              "the sending ipv6 address", "does not accept email over ipv6",
              "rfc 5322 section 3.6.2", "unregistered domains",
              "sender not in allowed-senders list",
              "not authenticated by organization", "not authenticated for group",
              "not authenticated for public folder",
              "not authenticated to send anonymous mail",
              "basic authentication is disabled",
              "permissions to send as this sender",
              "x-dg-ref header", "starttls-not-supported:", "certificate-expired:",
              "tlsa-invalid:", "dnssec-invalid:", "certificate-host-mismatch:",
          } },
    },
    rules = {
        -- {== the sender: block lists, reputation, volume =============

        -- S3140/S3150 (Outlook.com block list), legacy SC-/OU-/DY- codes,
        -- 5.7.501-503/511 banned accounts and IPs, 5.7.606-649 banned
        -- sending IP, 5.7.507 the recipient's organisation blocks us,
        -- 5.7.513 customer block list, 5.7.700-749 tenant over threshold,
        -- 5.7.708 traffic not accepted, 5.1.8 bad outbound sender
        { id = "microsoft.blocklist", provider = "microsoft", reason = "blocked",
          any = { "on our block list", "banned sending ip", "banned sender",
                  "spam abuse detected", "bad outbound sender",
                  "traffic not accepted from this ip", "tenant has exceeded threshold",
                  "access denied, rejected by recipient", "customer block list",
                  "blocked using blocklist", "(s3140)", "(s3150)", "(as3140)",
                  "(as3150)", " sc-00", " ou-00", " dy-00" },
          examples = {
            "550 5.7.606 Access denied, banned sending IP [168.245.63.135]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 (AS16012609) [VE1EUR02FT006.eop-EUR02.prod.protection.outlook.com]",
            "Reason: Remote host said: 550 5.7.1 Unfortunately, messages from\n[162.144.33.237] weren't sent. Please contact your Internet service provider\nsince part of their network is on our block list (AS3150). You can also\nrefer your provider to\nhttp://mail.live.com/mail/troubleshooting.aspx#errors.\n[SG2APC01FT054.eop-APC01.prod.protection.outlook.com]",
            "5.7.501 Access denied, spam abuse detected",
            "5.7.511 Access denied, banned sender",
            "5.1.8 Access denied, bad outbound sender",
            "5.7.507 Access denied, rejected by recipient",
            "5.7.708 Access denied, traffic not accepted from this IP",
            m "550 5.7.705 Access denied, tenant has exceeded threshold",
            { reply = ": host zzzzzzzzz.mail.eo.outlook.com[xxx.xxx.xxx.xxx]\nsaid: 550 5.7.1 Service unavailable; Client host [yyy.yy.yy.yy] blocked\nusing Blocklist 1; To request removal from this list please forward this\nmessage to delist@messaging.microsoft.com (in reply to RCPT TO command)",
              mx = "zzzzzzzzz.mail.eo.outlook.com" },
          },
          source = SRC },
        -- 4.7.650/651 (S3113): rate limited for the IP's reputation
        { id = "microsoft.reputation", provider = "microsoft", reason = "badreputation",
          any = { "due to ip reputation", "(s3113)" },
          examples = {
            "451 4.7.650 The mail server [167.89.12.138] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S3113) [VI1EUR06FT038.eop-eur06.prod.protection.outlook.com]",
          },
          source = PM },
        -- Hotmail RP-00x / PR(dt1) hourly and per-connection limits,
        -- 4.7.652 (S3115) connections, 4.7.500 "Server busy" (S77719),
        -- 5.2.121/122 recipient receive limits, 5.1.90 / 5.2.2 submission
        -- quotas, 4.3.2 recipient thread limit, 5.7.508 IPv6 range limits
        { id = "microsoft.ratelimit", provider = "microsoft", reason = "ratelimited",
          any = { "we have limits for how many messages", "exceeded the rate limit",
                  "maximum number of connections", "(s3115)", "server busy",
                  "(s77719)", "message receive limit", "submission quota exceeded",
                  "limit for message recipients", "thread limit exceeded",
                  "exceeded permitted limits", "too many recipients" },
          examples = {
            "Aug 20 07:00:29 veepiz postfix/smtp[15000]: DC8BD1641F1: host mx3.hotmail.com[65.55.92.152] said: 421 RP-001 (SNT0-MC2-F19) Unfortunately, some messages from 50.57.111.177 weren't sent. Please try again. We have limits for how many messages can be sent per hour and per day. You can also refer to http://mail.live.com/mail/troubleshooting.aspx#errors. (in reply to MAIL FROM command)",
            "421 PR(dt1) The mail server IP connecting to Windows Live Hotmail server has exceeded the rate limit allowed on this connection. If you are not an e-mail/network admin please contact your E-mail/Internet Service Provider for help. For e-mail delivery information, please go to",
            m "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
            m "4.5.3 Too many recipients",
          },
          source = SRC },

        -- }== the sender: authentication and setup ====================

        -- 5.7.23 SPF, 5.7.509 DMARC, 4.7.26/5.7.26 IPv6 without SPF/DKIM,
        -- 5.7.515 the domain lacks the required authentication
        { id = "microsoft.auth", provider = "microsoft", reason = "authfailure",
          any = { "sender policy framework", "dmarc", "spf", "dkim",
                  "required authentication level" },
          examples = {
            m "5.7.23 The message was rejected because of Sender Policy Framework violation",
            "5.7.509 Access denied, sending domain [example.com] does not pass DMARC verification",
          },
          source = SRC },
        { id = "microsoft.ptr", provider = "microsoft", reason = "requireptr",
          any = { "reverse dns" },
          -- a relay refusal that names the reverse entry only as a further
          -- guess (cPanel's "not permitted to relay ... may also have been
          -- rejected because ... reverse DNS"): phrases.lua's phrase.relay
          none = { "not permitted to relay" },
          examples = {
            "5.7.25 Access denied, the sending IPv6 address [2a01:111:f200:2004::240] must have a reverse DNS record",
          },
          source = SRC },
        -- SMTP AUTH / submission (smtp.office365.com): 5.7.3, 5.7.57, 5.7.139
        { id = "microsoft.smtp-auth", provider = "microsoft", reason = "securityerror",
          any = { "authentication unsuccessful", "client was not authenticated",
                  "basic authentication is disabled",
                  "smtpclientauthentication is disabled" },
          examples = {
            "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]",
            "5.7.3 Authentication unsuccessful [DB6P18901CA0015.EURP189.PROD.OUTLOOK.COM]",
            "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
          },
          source = SRC },
        -- 5.7.321-325: outbound DANE/TLS checks of the destination failed
        { id = "microsoft.tls", provider = "microsoft", reason = "securityerror",
          any = { "starttls-not-supported", "certificate-expired",
                  "tlsa-invalid", "dnssec-invalid", "certificate-host-mismatch",
                  "must support tls" },
          examples = {
            "5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail.",
            "5.7.322 certificate-expired: Destination mail server's certificate is expired.",
            "5.7.324 dnssec-invalid: Destination domain returned invalid DNSSEC records",
          },
          source = SRC },
        -- 5.7.506 the client greeted with the receiving server's own name
        { id = "microsoft.helo", provider = "microsoft", reason = "syntaxerror",
          any = { "bad helo" },
          examples = { "5.7.506 Access Denied, Bad HELO" },
          source = SRC },
        -- 5.7.60 send-as rights, 5.7.750 unregistered sending domains,
        -- 5.1.0 sender denied
        { id = "microsoft.sender", provider = "microsoft", reason = "rejected",
          any = { "permissions to send as this sender", "unregistered domains",
                  "sender denied" },
          examples = {
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
            "5.7.750 Service unavailable. Client blocked from sending from unregistered domains",
          },
          source = SRC },
        -- 5.7.64 TenantAttribution: the message came in over an inbound
        -- connector that no longer matches our sending server (certificate
        -- or IP): our connector setup, not the recipient's address
        { id = "microsoft.connector", provider = "microsoft", reason = "norelaying",
          action = "fix", scope = "sender",
          any = { "tenantattribution" },
          examples = {
            { reply = "550 5.7.64 TenantAttribution; Relay Access Denied", action = "fix" },
            "5.7.64 TenantAttribution; Relay Access Denied",
          },
          source = SRC },
        -- 5.4.1 Relay Access Denied: the recipient domain is not served here
        { id = "microsoft.relay", provider = "microsoft", reason = "norelaying",
          any = { "relay access denied" },
          examples = {
            m "5.4.1 Relay Access Denied",
          },
          source = SRC },

        -- }== the recipient ============================================

        -- 5.7.12, 5.7.133-136: the recipient (mailbox, group, public
        -- folder, mail user) takes mail from its own organisation only;
        -- 5.7.124 not in a group's allowed senders; 5.7.1 delivery not
        -- authorized (restricted recipient or transport rule)
        { id = "microsoft.restricted", provider = "microsoft", reason = "filtered",
          any = { "not authenticated by organization", "not authenticated for group",
                  "not authenticated for public folder", "not authenticated for mailbox",
                  "sender was not authenticated", "allowed-senders list",
                  "delivery not authorized" },
          examples = {
            "5.7.12 Sender was not authenticated by organization",
            "5.7.133 Sender not authenticated for group",
            "5.7.135 Sender was not authenticated for public folder",
            m "5.7.136 Sender was not authenticated",
            "5.7.124 Sender not in allowed-senders list",
            m "5.7.1 Delivery not authorized",
          },
          source = SRC },
        -- 5.4.1 / 5.7.504 directory-based edge blocking, 5.1.10
        -- RecipientNotFound, 5.7.505 banned recipient, Outlook.com 5.5.0
        -- "mailbox unavailable"
        { id = "microsoft.userunknown", provider = "microsoft", reason = "userunknown",
          any = { "recipient address rejected: access denied",
                  "recipientnotfound", "recipient not found",
                  "mailbox unavailable", "banned recipient",
                  "bad destination mailbox address" },
          class = { 0, 5 },
          -- (a reply that itself asks to come back later is not a lasting
          -- address failure: phrase.mailbox-unavailable's reading)
          none = { "try again later", "try later", "retry later", "come back later" },
          examples = {
            "Aug 12 21:56:59 7018869c144e postfix/smtp[592]: F180CB7A: to=<user@example.com>, relay=example-br.mail.protection.outlook.com[207.46.163.74]:25, delay=5.5, delays=0.09/0/0.43/5, dsn=5.4.1, status=bounced (host example-br.mail.protection.outlook.com[207.46.163.74] said: 550 5.4.1 [user@example.com]: Recipient address rejected: Access denied [BL2NAM02FT061.eop-nam02.prod.protection.outlook.com] (in reply to RCPT TO command))",
            "5.7.505 Access denied, banned recipient",
            m "550 5.5.0 Requested action not taken: mailbox unavailable",
            m "5.1.10 Recipient not found",
          },
          source = SRC },
        { id = "microsoft.nodomain", provider = "microsoft", reason = "hostunknown",
          any = { "dns.nonexistentdomain", "nonexistent domain" },
          examples = {
            m "554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
          },
          source = SRC },
        { id = "microsoft.quota", provider = "microsoft", reason = "mailboxfull",
          any = { "quotaexceeded", "mailbox full", "mailbox is full",
                  "mailbox has exceeded" },
          -- (SubmissionQuotaExceededException: the sender's sending limit)
          none = { "submissionquota" },
          examples = {
            m "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message Cannot open mailbox.",
          },
          source = SRC },
        -- 5.7.510: the recipient does not take mail over IPv6
        { id = "microsoft.ipv6", provider = "microsoft", reason = "networkerror",
          any = { "does not accept email over ipv6" },
          examples = {
            "5.7.510 Access denied, [contoso.com] does not accept email over IPv6",
          },
          source = SRC },

        -- }== the message ==============================================

        -- 5.7.900-999 transport rules, 5.0.350 policy violation (AS345,
        -- nested attachments), 5.7.520 external forwarding not allowed
        { id = "microsoft.policy", provider = "microsoft", reason = "policyviolation",
          any = { "transport.rules.", "by organization policy",
                  "policy violation detected", "does not allow external forwarding" },
          examples = {
            "Remote Server returned '550 5.7.900 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy'",
            m "5.0.350 Requested action not taken: policy violation detected (AS345)",
          },
          source = SRC },
        -- 5.0.350 x-dg-ref too long, 5.7.512 no valid From:, 5.6.11 bare LF
        { id = "microsoft.content", provider = "microsoft", reason = "contenterror",
          any = { "x-dg-ref header", "rfc 5322 section 3.6.2", "invalid characters",
                  "header is too long" },
          examples = {
            "5.0.350 x-dg-ref header is too long",
            "5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant",
            m "5.6.11 Invalid characters",
          },
          source = SRC },
        { id = "microsoft.spam", provider = "microsoft", reason = "spamdetected",
          any = { "identified as spam", "detected as spam" },
          examples = {
            m "550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)",
          },
          source = SRC },

        -- }== the way there and Microsoft's side ========================

        { id = "microsoft.expired", provider = "microsoft", reason = "expired",
          any = { "message expired" },
          examples = { m "5.4.300 Message expired", m "4.4.7 Message expired" },
          source = SRC },
        -- 4.4.316 the destination refused the connection, 5.4.14 loops
        { id = "microsoft.network", provider = "microsoft", reason = "networkerror",
          any = { "connection refused", "routing loop", "socket error" },
          examples = {
            m "4.4.316 Connection refused [Message=Socket error code 10061]",
            m "5.4.14 Routing loop detected",
          },
          source = SRC },
        -- the store refused a message over its submission size limit
        -- (MessageSubmissionExceededException / MapiExceptionMaxSubmissionExceeded):
        -- the message's size, not the mailbox or the server
        { id = "microsoft.storedrv-size", provider = "microsoft", reason = "emailtoolarge",
          any = { "maxsubmissionexceeded", "messagesubmissionexceeded" },
          examples = {
            { reply = "There's a problem with the recipients mailbox. Please try to resend your message later.\n[{LED=554 5.2.0 STOREDRV.Deliver.Exception:MessageSubmissionExceededException.MapiExceptionMaxSubmissionExceeded; Failed to process message due to a permanent exception with message Cannot save changes made to an item to store. [Stage: CreateMessage]};{MSG=};{FQDN=EXCHANGE.sub.mydomain.com};{IP=192.168.1.246}]",
              source = "https://learn.microsoft.com/en-us/answers/questions/2192662/exchange-2019-on-premise-wont-accept-large-emails (a 65 MB message refused; raising the size limits fixed it; the diagnostic list cut)" },
          },
          source = SRC },
        -- the store driver refusing a submission whose From the signed-in
        -- account may not send as (SendAsDenied): our sender, not the
        -- store; before the store driver's own trouble
        { id = "microsoft.send-as", provider = "microsoft", reason = "rejected",
          any = { "sendasdenied", "send as denied", "not allowed to send as" },
          examples = {
            { reply = "554 5.2.252 SendAsDenied; delightgx46@outlook.com not allowed to send as security@sfb.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.",
              source = "https://github.com/gophish/gophish/issues/2900" },
          },
          source = SRC },
        -- store driver exceptions delivering into the mailbox
        { id = "microsoft.storedrv", provider = "microsoft", reason = "systemerror",
          any = { "storedrv.deliver.exception", "mapiexception" },
          examples = {
            "#554 5.2.0 STOREDRV.Deliver.Exception:AccessDeniedException.MapiExceptionNotAuthorized; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing.",
          },
          source = SRC },
    },
}
