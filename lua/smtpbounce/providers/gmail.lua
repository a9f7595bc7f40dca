-- Google: Gmail and Google Workspace (including the Workspace SMTP relay,
-- smtp-relay.gmail.com, and smtp.gmail.com submission).
--
-- Sources:
--   Google Workspace Admin Help, "Gmail SMTP errors and codes"
--     https://support.google.com/a/answer/3726730
--     (the same table, newer wording, at
--     https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes)
--   Gmail email sender guidelines  https://support.google.com/mail/answer/81126
--   SMTP relay error messages      https://support.google.com/a/answer/6140680
--
-- Google appends " - gsmtp" to every reply (and "gcdp <id>" to rejections
-- by an administrator's custom domain policy), so real replies are found
-- by that token.  The other tokens are wordings only Google's table uses;
-- they let the bare table text (as quoted without "- gsmtp") be detected.
--
-- Order matters: the first rule that matches decides.  Google's 5.7.x
-- texts often carry a second cause in their boilerplate ("To reduce the
-- amount of spam sent to Gmail", "email ... has been temporarily rate
-- limited"), so the specific cause comes first and the boilerplate last.
local MX = "gmail-smtp-in.l.google.com"

-- a documented reply, as received from Google's MX
local function g (reply)
    return { reply = reply, mx = MX }
end

local SRC = "https://support.google.com/a/answer/3726730"

return {
    providers = {
        { id = "gmail", name = "Google (Gmail, Workspace)",
          hosts = { "google.com", "googlemail.com", "gmail-smtp-in.l.google.com",
                    "smtp.gmail.com", "smtp-relay.gmail.com" },
          domains = { "gmail.com", "googlemail.com" },
          tokens = {
              " gsmtp", " gcdp ", "support.google.com", ".google.com/mail/",
              -- wordings of Google's error table
              "the email account that you tried to reach",
              "the user you are trying to contact is receiving",
              "to reduce the amount of spam sent to gmail",
              "protect our users from spam",
              "is not accepted due to domain's dmarc policy",
              "content presents a potential security issue",
              "in a disallowed header", "ipv6 sending guidelines",
              "your email has been rate limited because",
              "has one or more suspicious entries", "messages missing a valid",
              "is not a valid rfc 5321 address",
              "blocked because the sender is unauthenticated",
              "is out of storage space and inactive",
              "xoauth is no longer supported",
              "too many unauthenticated commands",
              "no commands allowed to pipeline after starttls",
              "cannot authenticate due to",
              "gmail has detected", "gmail requires", "gmail does not accept",
              -- Gmail's own delay notice ("Gmail will retry for 47 more hours")
              "gmail will retry",
              "exceeded google's", "exceeds google's",
              "smtp relay limit exceeded", "smtp relay sending limit exceeded",
              "workspace smtp relay",
              "for rcpt domain, closing connection",
              "not authorized to send email directly to our servers",
              "the user or domain that you are sending to (or from)",
              "domain policy size per transaction exceeded",
              "multiple destination domains per transaction",
              "suspicious due to the very low reputation",
              "suspicious due to the nature of the content",
              "application-specific password required",
              "your web browser and then try again",
              "invalid credentials for relay",
              "not permitted for that auth mode",
              "no identity changes permitted",
              "message exceeded 50 hops",
              "daily user sending limit exceeded",
          } },
    },
    rules = {
        -- {== protocol and login (the client side of the session) ======

        { id = "gmail.protocol", provider = "gmail", reason = "syntaxerror",
          any = { "smtp protocol violation", "starttls may not be repeated",
                  "issued out of sequence", "ehlo/helo first", "helo/ehlo first",
                  "no data after bdat", "unrecognized command",
                  "unimplemented command", "helo/ehlo argument",
                  "cannot decode response", "no identity changes permitted",
                  "no parameters allowed" },
          examples = {
            g "451 4.5.0 SMTP protocol violation, see RFC 2821.",
            g "454 4.5.0 SMTP protocol violation, no commands allowed to pipeline after STARTTLS, see RFC 3207.",
            g "523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS.",
            g "503 5.7.0 No identity changes permitted.",
            g "501 5.5.2 Cannot Decode response.",
          },
          source = SRC },
        { id = "gmail.smtp-auth", provider = "gmail", reason = "securityerror",
          any = { "application-specific password", "your web browser and then try again",
                  "username and password not accepted", "invalid credentials for relay",
                  "unrecognized authentication type", "xoauth is no longer supported",
                  "not permitted for that auth mode", "authentication required",
                  "unauthenticated commands", "too many login attempts" },
          examples = {
            g "535 5.7.1 Application-specific password required.",
            g "535 5.7.1 Please log in with your web browser and then try again.",
            g "534 5.7.14 Please log in through your web browser and then try again.",
            g "535 5.5.4 Optional Argument not permitted for that AUTH mode.",
            g "550 5.7.1 Invalid credentials for relay.",
            g "504 5.7.40 Unrecognized authentication type.",
            g "554 5.7.0 Too Many Unauthenticated commands.",
            g "454 4.7.0 Too many login attempts, please try again later.",
          },
          source = SRC },
        { id = "gmail.tls", provider = "gmail", reason = "securityerror",
          any = { "tls required", "must issue a starttls command first",
                  "tls connection", "use tls" },
          examples = {
            g "421 4.7.0 TLS required for RCPT domain, closing connection.",
            g "530 5.7.0 Must issue a STARTTLS command first.",
            g "421 4.7.29 Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
            g "550 5.7.29 This message was blocked because it wasn't sent over a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections.",
          },
          source = SRC },

        -- }== and the sending IP/domain: reverse DNS, reputation, auth ====

        -- 5.7.25, and the IPv6 guideline text that names PTR records first
        { id = "gmail.ptr", provider = "gmail", reason = "requireptr",
          any = { "ptr record", "regarding ptr", "ipv6_authentication_error" },
          examples = {
            "550 5.7.25 [2401:3400:8000:1::69] The IP address sending this message does not\n5.7.25 have a PTR record setup, or the corresponding forward DNS entry does\n5.7.25 not match the sending IP. As a policy, Gmail does not accept\n5.7.25 messages from IPs with missing PTR records. For more information, go\n5.7.25 to\n5.7.25  https://support.google.com/a?p=sender-guidelines-ip\n5.7.25 To learn more about Gmail requirements for bulk senders, visit\n5.7.25  https://support.google.com/a?p=sender-guidelines. d9443c01a7336-1fed7ee81f0si149452475ad.272 - gsmtp",
            "Remote host said: 550-5.7.1 [2a01:4f8:d16:1250::2] Our system has detected that this message does\n550-5.7.1 not meet IPv6 sending guidelines regarding PTR records and\n550-5.7.1 authentication. Please review\n550-5.7.1 https://support.google.com/mail/?p=ipv6_authentication_error for more\n550 5.7.1 information. q43si37022102eeo.243 - gsmtp",
            g "421 4.7.0 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
          },
          source = "https://support.google.com/mail/answer/81126" },

        -- 4.7.28 / 5.7.28 "unusual rate of unsolicited mail" (from the IP,
        -- the DKIM/SPF domain or a URL domain) and the low-reputation
        -- texts: our reputation, whatever authentication word follows
        { id = "gmail.reputation", provider = "gmail", reason = "badreputation",
          any = { "unusual rate of unsolicited", "unusual amount of unsolicited",
                  "very low reputation",
                  "low reputation of the sending", "unsolicitedratelimiterror" },
          examples = {
            g "421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked.",
            "to=<example@example.com>, relay=alt1.aspmx.l.google.com[74.125.28.26]:25, delay=332, delays=328/0.03/3.4/0.57, dsn=4.7.28, status=deferred (host alt1.aspmx.l.google.com[74.125.28.26] said: 421-4.7.28 [xxx.59.88.xxx       4] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-x.x.xx users from spam, mail sent from your IP address has been temporarily 421-x.x.xx rate limited. Please visit 421-x.x.xx  https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 x.x.xx review our Bulk Email Senders Guidelines. z1si9679476pln.401 - gsmtp (in reply to end of DATA command))",
            g "421-4.7.28 Gmail has detected an unusual rate of unsolicited mail 421-4.7.28 originating from your DKIM domain [example.com 15]. 421-4.7.28 Mail sent from your domain has been temporarily rate limited.",
            g "421 4.7.28 Gmail has detected an unusual rate of unsolicited email originating from your SPF domain example.com. To protect our users from spam, email sent from your domain has been temporarily rate limited.",
            g "550 5.7.1 This message is likely suspicious due to the very low reputation of the sending IP address. To best protect our users from spam, the message has been blocked.",
            g "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked.",
          },
          source = SRC },

        -- x.7.1 end-user ranges told to use their provider's relay; 5.7.0
        -- a relay account suspended for abuse
        { id = "gmail.blocked", provider = "gmail", reason = "blocked",
          any = { "not authorized to send email directly to our servers",
                  "suspended due to abuse" },
          examples = {
            g "550 5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse.",
            g "550 5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
          },
          source = SRC },

        -- 4.7.24, 4.7.26/5.7.26 (DMARC, SPF hard fail, no SPF/DKIM pass),
        -- 4.7.27/5.7.27 (SPF), 4.7.30/5.7.30 (DKIM), 4.7.32 (alignment),
        -- 4.7.40 (no DMARC record); 504 5.7.40 is an AUTH mechanism
        -- and was decided above
        { id = "gmail.auth", provider = "gmail", reason = "authfailure",
          any = { "spf", "dkim", "dmarc", "unauthenticated email",
                  "sender is unauthenticated", "mail is unauthenticated",
                  "because it is unauthenticated",
                  "authentication information", "pass authentication checks",
                  "fails to pass authentication" },
          examples = {
            g "451 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
            g "451 4.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy, but temporary DNS failures prevent authentication. Please contact the administrator of example.com domain if this was a legitimate email.",
            g "421 4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate their email with SPF. Authentication results: SPF example.com with IP address: 192.0.2.1 = Did not pass.",
            g "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.",
            g "550 5.7.26 The (E)MAIL FROM domain [example.com] has an SPF record with a hard fail policy (-all) but it fails to pass SPF checks with the ip: [192.0.2.1]. To best protect our users from spam and phishing, the message has been blocked.",
            g "550 5.7.26 This message does not have authentication information or fails to pass authentication checks (SPF or DKIM). To best protect our users from spam, the message has been blocked.",
            { reply = "Remote server replied: 550-5.7.26 Your email has been blocked because the sender is unauthenticated.", mx = MX },
          },
          source = SRC },

        -- }== the message ==============================================

        { id = "gmail.size", provider = "gmail", reason = "emailtoolarge",
          any = { "exceeded google's", "exceeds google's", "size limit" },
          examples = {
            g "552 5.2.3 Your message exceeded Google's message size limits.",
            g "552 5.3.4 The number of attachments (12) exceeds Google's limit of 10 attachments.",
            g "552 5.3.4 Your message has a Subject: header that exceeds Google's message header size limits.",
          },
          source = SRC },
        -- 5.7.1 RFC 5322 checks: missing or repeated From:, Message-ID,
        -- Unicode in headers (these texts also carry the spam boilerplate)
        { id = "gmail.rfc5322", provider = "gmail", reason = "contenterror",
          any = { "rfc 5322 compliant", "rfc 2822 compliant", "rfcmessagenoncompliant",
                  "from: header", "message-id: header", "messageid header",
                  "disallowed header", "multiple addresses in the from",
                  "encoded-word syntax", "there is a malformed",
                  "message is malformed" },
          examples = {
            "SMTP error from remote mail server after end of data:\n    550-5.7.1 This message is not RFC 5322 compliant. There are multiple Reply-To\n    550-5.7.1 headers. To reduce the amount of spam sent to Gmail, this message has\n    550-5.7.1 been blocked. For more information, go to\n    550-5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant and review\n    550 5.7.1 RFC 5322 specifications. j13-20020a5d618d000000b003498b74f4b7si8282258wru.286 - gsmtp",
            g "550 5.7.1 Messages missing a valid Message-ID: header are not accepted.",
            g "550 5.7.1 The message contains a unicode character in a disallowed header.",
            g "554 5.6.0 Email message is malformed. Not accepted.",
          },
          source = SRC },
        -- 5.7.1 / 4.7.0 content judged to be spam
        { id = "gmail.spam", provider = "gmail", reason = "spamdetected",
          any = { "likely unsolicited", "unsolicitedmessageerror",
                  "nature of the content or the links",
                  "to reduce the amount of spam sent to gmail" },
          examples = {
            "550-5.7.1 [ip       7] Gmail has detected that this message is\n550-5.7.1 likely unsolicited mail. To reduce the amount of spam sent to Gmail,\n550-5.7.1 this message has been blocked. For more information, go to\n550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError 41be03b00d2f7-7fc9c37aa3dsi13433956a12.671 - gsmtp",
            g "421 4.7.0 This message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked.",
          },
          source = SRC },
        -- 552 5.7.0 blocked attachment types, 5.7.1 recipient/sender
        -- domain policy, gcdp = an administrator's custom rule
        { id = "gmail.policy", provider = "gmail", reason = "policyviolation",
          any = { "security issue", "blocked for security reasons",
                  "illegal attachment", "has a policy that prohibit",
                  "multiple destination domains per transaction", " gcdp " },
          examples = {
            "552 5.7.0 This message was blocked because its content presents a potential 5.7.0 security issue. Please visit 5.7.0 https://support.google.com/mail/?p=BlockedMessage to review our 5.7.0 message content and attachment content guidelines. l9-20020a170906a40900b00992b510089asm3696733ejz.84 - gsmtp",
            g "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail that you sent. Please contact your domain administrator for further details.",
            g "451 4.3.0 Multiple destination domains per transaction is unsupported. Please try again.",
            "550 5.7.1 This message violates example.com email policy. - gcdp 1234abcd - gsmtp",
          },
          source = SRC },

        -- }== volume ====================================================

        -- recipient receiving too fast, Workspace relay limits, per-user
        -- sending limits, recipients per transaction, DoS at HELO
        { id = "gmail.ratelimit", provider = "gmail", reason = "ratelimited",
          any = { "receiving mail too quickly", "receiving mail at a rate",
                  "unusual rate of email", "unusual rate of mail",
                  "receiving email too quickly", "receiving email at a rate",
                  "relay limit exceeded", "relay sending limit exceeded",
                  "exceeded the quota for sending",
                  "sending limit exceeded", "sending quota exceeded",
                  "email quota exceeded", "too many recipients",
                  "size per transaction exceeded",
                  "try again later, closing connection",
                  "has been rate limited", "temporarily rate limited" },
          examples = {
            g "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.",
            g "550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.",
            g "450 4.2.1 Peak SMTP relay limit exceeded for this customer.",
            g "550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.",
            g "550 5.4.5 Daily user sending limit exceeded.",
            g "550 5.7.1 Email quota exceeded.",
            g "452 4.5.3 Domain policy size per transaction exceeded, please try this recipient in a separate transaction.",
            g "421 4.7.0 Try again later, closing connection.",
            g "421 4.7.28 Gmail has detected an unusual rate of email originating from your IP address 192.0.2.1. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
            g "550 5.7.1 This email has been rate limited.",
            g "421 4.7.28 Gmail has detected this sender exceeded the quota for sending messages that have the same Message-ID:. To best protect our users, the message has been temporarily rejected.",
          },
          source = SRC },

        -- }== the recipient ============================================

        -- 4.7.0 the recipient domain admits listed IPs only
        { id = "gmail.allowlist", provider = "gmail", reason = "filtered",
          any = { "not in whitelist for rcpt domain" },
          examples = {
            g "421 4.7.0 IP not in whitelist for RCPT domain, closing connection.",
          },
          source = SRC },
        { id = "gmail.nosuchuser", provider = "gmail", reason = "userunknown",
          any = { "account that you tried to reach does not exist",
                  "?p=nosuchuser", "the recipient address" },
          none = { "sender address" },
          examples = {
            "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient's email address for typos or\n550-5.1.1 unnecessary spaces. Learn more at\n550 5.1.1 https://support.google.com/mail/?p=NoSuchUser a1si2 - gsmtp",
            g "553 5.1.3 The recipient address <user@example.com> is not a valid RFC 5321 address.",
          },
          source = SRC },
        { id = "gmail.nodomain", provider = "gmail", reason = "hostunknown",
          any = { "able to find the recipient domain" },
          examples = {
            g "553 5.1.2 We weren't able to find the recipient domain. Please check for any spelling errors, and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address.",
          },
          source = SRC },
        -- 553 5.1.7 / 550 5.7.0: the envelope sender or the sending
        -- account is not allowed (not registered in the Workspace domain)
        { id = "gmail.sender", provider = "gmail", reason = "rejected",
          any = { "the sender address", "sending denied" },
          examples = {
            g "553 5.1.7 The sender address <user@example.com> is not a valid RFC 5321 address.",
            g "550 5.7.0 Mail Sending denied.",
          },
          source = SRC },
        { id = "gmail.overquota", provider = "gmail", reason = "mailboxfull",
          any = { "out of storage space", "over quota", "?p=overquotatemp" },
          examples = {
            g "452 4.2.2 The email account that you tried to reach is over quota.",
            g "552 5.2.2 The recipient's inbox is out of storage space and inactive.",
          },
          source = SRC },
        { id = "gmail.disabled", provider = "gmail", reason = "suspend",
          any = { "account that you tried to reach is disabled",
                  "account that you tried to reach is inactive",
                  "?p=disableduser", "?p=disabledaccount" },
          examples = {
            g "550 5.2.1 The email account that you tried to reach is disabled.",
            g "550 5.2.1 The email account that you tried to reach is inactive.",
          },
          source = SRC },

        -- }== Google's side =============================================

        -- 4.4.2 / 4.7.0 the session timed out
        { id = "gmail.connection", provider = "gmail", reason = "networkerror",
          any = { "timeout - closing connection", "connection expired" },
          examples = {
            g "451 4.4.2 Timeout - closing connection.",
            g "421 4.7.0 Connection expired, try reconnecting.",
          },
          source = SRC },
        { id = "gmail.temp", provider = "gmail", reason = "systemerror",
          any = { "temporary system problem", "temporarily rejected",
                  "server busy", "temporary server error" },
          class = 4,
          examples = {
            "dma[27748]: remote delivery deferred: smtp.gmail.com [173.194.78.109] failed after DATA: 421 4.3.0 Temporary System Problem.  Try again later (10). w72sm5765858oie.49 - gsmtp",
            g "454 4.7.0 Cannot authenticate due to temporary system problem.",
            g "451 4.3.0 Mail server temporarily rejected message.",
          },
          source = SRC },
    },
}
