-- Built-in phrase rules: what the words of a reply say, whoever sent it.
-- First match wins inside this layer, so the specific come before the
-- general: a named blocklist before "spam", a full mailbox before a size
-- limit (the seed's 552 names both and advises not to resend).
-- Phrases are matched case-insensitively with whitespace folded; a phrase
-- may start or end with a space to mean a word boundary there.  By
-- default these rules apply to failures only (4xx, 5xx, no code).
local r = require "smtpbounce.rules.rule"
local patterns = require "smtpbounce.rules.patterns"

-- the 4xx codes a bare "try again later" may come with (421 is the
-- seed's volume reply: rules/codes.lua, phrase.421-later)
local RETRY_CODES = {}
for code = 400, 499 do
    if code ~= 421 then RETRY_CODES[#RETRY_CODES + 1] = code end
end


-- words of a cause that is the recipient's own (its user, mailbox or
-- account unknown, full, moved or closed): a rule that reads the cause
-- after Postfix's "address rejected:" yields to the address rules on these
local ADDRESS_CAUSE = {
    "user", "mailbox", "no such", "unknown recipient", "recipient unknown",
    "unknown address", "address unknown", "unknown local", "unknown alias",
    "unknown mailbox", "not exist", "n't exist",
    "not found", "invalid", "undeliverable", "account", "disabled",
    "inactive", "suspended", "quota", " full", "moved", "not a valid",
    "no longer", "deleted", "alias", "recipient address rejected: access denied",
}

-- the causes of a mailbox a bare access-table refusal does not name
-- (phrase.rejected-status-domain, -moved): with one of these the words decide
local BARE_REJECT_CAUSE = {
    "user unknown", "unknown user", "no such", "mailbox", "not exist",
    "n't exist", "unknown recipient", "recipient unknown", "unknown local",
    "invalid", "disabled", "inactive", "suspended", "quota", " full",
    "deleted", "no longer", "not found", "access denied",
}

return {
    rules = {
        -- A gateway's own reply code names the cause, whatever words come
        -- before it (Vade writes "Connection refused" before a code that
        -- means no such recipient).
        -- Vade (Vade Secure, OX's US platform): OXSUSnnnn_NNN, explained on
        -- its postmaster page; the page and its copies write the family
        -- with three or four digits (OXSUS0001_403, OXSUS001_403)
        r("phrase.vade-recipient", "userunknown", { "_403" }, {
          all = { { "oxsus" } },
          examples = {
              { reply = [[550 5.7.1 Connection refused - OXSUS0001_403]],
                source = "https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_403: the recipient does not exist, or its address is malformed)" },
              { reply = [[550 5.7.1 Connection refused - OXSUS001_403]],
                source = "https://www.suped.com/knowledge/email-deliverability/troubleshooting/is-vades-use-of-550-571-a-hard-bounce-and-what-do-the-error-codes-mean" },
          } }),
        r("phrase.vade-rate", "ratelimited", { "_110", "_136", "_139", "_140", "_404" }, {
          all = { { "oxsus" } },
          examples = {
              { reply = [[421 4.2.1 Connection refused - OXSUS0001_110]],
                source = "https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_110: too many connections from one IP)" },
              { reply = [[421 4.2.1 Connection refused - OXSUS0001_140]],
                source = "https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_140: the IP reached its limit of messages)" },
              { reply = [[450 4.2.0 Recipient temporarily rejected - OXSUS0006_404]],
                source = "https://sinosoft.guru/knowledgebase/291/How-to-Fix-OX-Outbound-Error-450-4.2.0--Recipient-Temporarily-Rejected-OXSUS0006_404.html" },
          } }),
        r("phrase.vade-ptr", "requireptr", { "_105" }, {
          all = { { "oxsus" } },
          examples = {
              { reply = [[550 5.7.1 Connection refused - OXSUS0001_105]],
                source = "https://postmaster-oxsus.vadesecure.com/ (OXSUS0001_105: no reverse DNS)" },
          } }),
        -- MailChannels' outbound filter tags its refusals: [CS] is its
        -- content scan (spam patterns in the message, not the sender's IP)
        r("phrase.content-scan-tag", "spamdetected", { "[cs]" }, {
          all = { { "blocked", "rejected" } },
          examples = {
              { reply = [[550 5.7.1 [CS] Message blocked]],
                source = "https://github.com/jeremydumais/CPP-SMTPClient-library/issues/46 (MailChannels' answer: [CS] is its content filter)" },
              { reply = [[550 5.7.1 [CS] Message blocked. If this is a false positive, please report this to your hosting service provider.]],
                source = "https://pastebin.com/BihkfJpV" },
          } }),

        -- the receiving side's own scanner or filter failed (before
        -- "virus" and "spam", whose words these replies carry): its
        -- trouble, retried, never the address
        r("phrase.filter-trouble", "systemerror", {
            "scanner", "scan error", "scan timeout", "scan timed out",
            "filter failed", "filter error", "spamd", "unpacking",
            -- the scan itself could not run ("Could not virus scan message")
            "virus scan", "spamassassin scan", "spam scan", "could not scan",
            "unable to scan", "failed to scan", "cannot scan",
            -- the message could not be checked ("could not be inspected by DLP")
            "be inspected", "be scanned",
        }, {
          all = { { "error", "fail", "timed out", "timeout", "problem",
                    "unavailable", "unable", "could not", "cannot" } },
          none = { "found", "detected", "infected", "contains", "exceed",
                   "score", "listed", "suspicious" },
          examples = {
              { reply = [[451 4.7.1 Virus filter failed]],
                source = "github.com/OpenSMTPD/OpenSMTPD-extras extras/filters/filter-clamav/filter_clamav.c clamav_on_eom()" },
              { reply = [[450 Virus scanner timed out]],
                source = "github.com/haraka/haraka-plugin-clamd index.js classify_outcome() (scan_timeout)" },
              { reply = [[450 spamd scan error]],
                source = "github.com/haraka/haraka-plugin-spamassassin index.js get_spamd_socket() (defer.error)" },
              { reply = [[451 4.3.0 Could not virus scan message]],
                source = "github.com/bruceg/mailfront plugin-clamav.c (RESPONSE text when the scan cannot run)" },
          },
        }),

        -- the receiving side's content check or filtering could not run
        -- just now ("Spam check temporarily unavailable", "Temporary
        -- filtering failure"): asked to come back, its trouble; a check
        -- that ran and found something is not this
        r("phrase.check-trouble", "systemerror", {
            "spam check", "virus check", "content check", "spam filter",
            "virus filter", "content filter", "filtering", "antispam",
            "anti-spam", "antivirus", "anti-virus",
        }, {
          all = { { "temporar", "unavailable", "not available", "timed out",
                    "timeout", "try again", "try later", "retry" } },
          none = { "found", "detected", "infected", "contains", "exceed",
                   "score", "listed", "suspicious", "block", "rejected as",
                   -- (greylisting a new sender "as an anti-spam measure")
                   "first-time sender", "first time sender", "greylist",
                   "identified", "classified", "considered", "looks like",
                   "spammy",
                   -- a verdict the filter gave ("mail is denied, by spam
                   -- filter"), not its trouble
                   "denied", "by spam filter", "by the spam filter" },
          examples = {
              { reply = [[451 4.7.1 Spam check temporarily unavailable, try again later]],
                source = "a go-smtp server's Rspamd check (fail-close when Rspamd is unreachable), read via the code index (file id 53272610369)" },
              { reply = [[451 4.7.1 Temporary filtering failure]],
                source = "a spam-classifier milter's design document (classification failed, fail_open=false), read via the code index (file id 61108802518)" },
          },
        }),

        -- the receiving side's rate limiter or policy service itself is
        -- down ("Submission rate limiting is temporarily unavailable"):
        -- its trouble, retried; a limit reached or in force is not this
        r("phrase.limiter-trouble", "systemerror", {
            "rate limiting", "rate limiter", "rate-limiting", "rate-limiter",
            "ratelimiting", "ratelimiter", "policy service", "policy server",
            "policy daemon",
        }, {
          all = { { "unavailable", "not available", "is down", "not responding",
                    "unreachable", "failure", "failed" } },
          none = { "exceed", "reached", "too many", "in effect", "active",
                   "enforced", "limit of", "per hour", "per minute", "per day" },
          examples = {
              { reply = [[4.7.1 Submission rate limiting is temporarily unavailable; try again later]],
                source = "a mail engine's Postfix policy service (rate_verdict(): Redis unreachable), read via the code index (file id 71438754740)" },
          },
        }),

        -- the receiving side's own setup failed while it checked the
        -- client, the sender or the recipient ("Client host rejected:
        -- Server configuration error", "Sender address rejected: server
        -- misconfiguration"): a temporary refusal that is its trouble,
        -- whatever part of the envelope the prefix names; a sender's DNS,
        -- SPF or DKIM record set up wrongly is not this
        r("phrase.config-trouble", "systemerror", {
            "configuration error", "configuration problem", "config error",
            "misconfiguration", "misconfigured", "configured incorrectly",
            "incorrectly configured",
        }, {
          class = { 4 },
          none = { "your", "spf", "dkim", "dmarc", "dns", "record", "tls",
                   "certificate", "sender domain", "client's", "sender's" },
          examples = {
              { reply = [[451 4.3.5 <foo.dunno.com[131.155.210.17]>: Client host rejected: Server configuration error]],
                source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd_error.ref (client access table lookup failed)" },
              { reply = [[451 4.3.5 <>: Sender address rejected: Server configuration error]],
                source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd_error.ref (sender access table lookup failed)" },
              { reply = [==[451 4.3.5 <reject@dunno.domain>: Recipient address rejected: Server configuration error]==],
                source = "Postfix smtpd_check's list of reply texts (a reject_* restriction whose table lookup failed), read via the code index (file id 45293503365)" },
              { reply = [[451 4.3.5 Server configuration problem]],
                source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd_check.c check_policy_service() (the policy service failed)" },
          },
        }),

        -- malware first: nothing else matters once a virus is named
        -- the receiving side's licence or subscription run out ("Message
        -- rejected because your license has expired"): its filter or
        -- server takes no mail until its owner renews it; the trouble of
        -- that side, never the message's or the address's
        r("phrase.license-expired", "systemerror", {
            "license has expired", "licence has expired", "license expired",
            "licence expired", "expired license", "expired licence",
            "license is expired", "licence is expired", "license has lapsed",
            "licence has lapsed", "subscription has expired",
        }, {
          examples = {
              { reply = [[XGEMAIL_0007 Message rejected because your license has expired.]],
                source = "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html" },
          },
        }),

        -- {==============================================================
        -- The sending side's own words, without a code (a delivery
        -- agent's exit status, its SMTP client's SASL, TLS and network
        -- failures, a sending service's credits).  Here, ahead of the
        -- receiving side's causes below, because their words overlap
        -- theirs ("protocol", "limit exceeded", "verification failed",
        -- "listed", "inactive"); a reply with a code never reaches them.
        -- ===============================================================

        -- a delivery agent's exit status, as Postfix (global/sys_exits.c)
        -- and sendmail (sysexits.c, its stat= text) name it, where both
        -- treat it as final: the message is returned; the sending
        -- system's trouble ("can't create output" and "insufficient
        -- permission" are left to the mailbox rules: a full mailbox's
        -- usual words in procmail and maildrop deliveries)
        r("phrase.agent-exit-final", "systemerror", {
            "internal software error", "critical os file missing",
            "system file missing", "remote error in protocol",
            "stat=remote protocol error", "command line usage error",
            "cannot open input", "local configuration error",
            "stat=internal error", "stat=service unavailable",
            -- a delivery command killed for running too long (pipe(8))
            "command time limit exceeded", "time limit exceeded: \"",
        }, {
          class = { 0 }, action = "contact",
          none = { "quota", "mailbox full", "over quota", "disk full" },
          examples = {
              { reply = [[internal software error]],
                source = "github.com/vdukhovni/postfix postfix/src/global/sys_exits.c (EX_SOFTWARE, not recoverable)" },
              { reply = [[stat=Local configuration error]],
                source = "github.com/freebsd/freebsd-src contrib/sendmail/src/sysexits.c SysExMsg[] (EX_CONFIG, ' 554 Local configuration error')" },
              { reply = [[Command time limit exceeded: "/usr/bin/procmail"]],
                source = "postfix src/global/pipe_command.c pipe_command() time limit (code index file id 362075089), command filled in" },
          },
        }),
        -- ... and the statuses both treat as passing: retried
        r("phrase.agent-exit-passing", "systemerror", {
            "system resource problem", "stat=operating system error",
            "timeout on file open", "file open timeout",
        }, {
          class = { 0 }, action = "retry",
          examples = {
              { reply = [[system resource problem]],
                source = "github.com/vdukhovni/postfix postfix/src/global/sys_exits.c (EX_OSERR, recoverable)" },
              { reply = [[Timeout on file open]],
                source = "github.com/freebsd/freebsd-src contrib/sendmail/src/err.c sm_errstring() (E_SM_OPENTIMEOUT)" },
          },
        }),
        -- the message data itself malformed, as the delivery agent says
        r("phrase.agent-data", "contenterror", {
            "data format error", "input data was incorrect",
        }, {
          class = { 0 }, action = "fix",
          examples = {
              { reply = [[data format error]],
                source = "github.com/vdukhovni/postfix postfix/src/global/sys_exits.c (EX_DATAERR, not recoverable)" },
          },
        }),
        -- our SMTP client could not authenticate to the next hop (Postfix
        -- smtp_sasl_glue.c and smtp_sasl_proto.c, Cyrus SASL's "no worthy
        -- mechs", Courier's temporary SASL error): Postfix defers such a
        -- message (4.7.0) until the set-up is mended
        r("phrase.client-sasl", "securityerror", {
            "sasl authentication failed", "sasl authentication failure",
            "cannot authenticate to server", "no worthy mechs",
            "offered no supported auth", "offered no compatible auth",
            "no compatible authentication mechanisms", "temporary sasl",
        }, {
          class = { 0 }, action = "retry",
          examples = {
              { reply = [=[SASL authentication failed: server mail.relay.server[192.0.2.10] offered no compatible authentication mechanisms for this type of connection security]=],
                source = "code index file id 45402217895 (OP5 Monitor knowledge base: Postfix relay SASL errors, status=deferred)" },
              { reply = [=[SASL authentication failed; cannot authenticate to server smtp.gmail.com[142.251.9.109]: bad protocol / cancel]=],
                source = "https://github.com/tarickb/sasl-xoauth2/issues/50 (Postfix log, dsn=4.7.0, status=deferred)" },
              { reply = [=[warning: SASL authentication failure: No worthy mechs found]=],
                source = "https://github.com/ServerContainers/mail-gateway/issues/5 (Postfix relaying to Amazon SES)" },
          },
        }),
        -- the receiving server's certificate could not be verified, or
        -- matched none of the domain's DANE TLSA records: our client will
        -- not go on until one side's TLS set-up changes (fix; the cause's
        -- class, bounced: accuracy/corpus/README.md; phrase.tls and
        -- nocode.tls read the rest of TLS)
        r("phrase.client-cert", "securityerror", {
            "certificate verification failed", "matching dane tlsa",
            "no matching tlsa", "tlsa records",
        }, {
          class = { 0 }, action = "fix", none = r.SAYS_QUEUED,
          examples = {
              { reply = [=[server certificate verification failed for mail2.mullvadvpn.net[45.83.220.124]:25: num=65:no matching DANE TLSA records]=],
                source = "https://github.com/mullvad/mullvadvpn-app/issues/7100 (Postfix log; mail to the domain not delivered)" },
          },
        }),
        -- the receiving host could not be reached at all: nothing answered
        -- at the MX hosts, or the connection was refused outright (Windows'
        -- WSAECONNREFUSED text, which names the service "inactive")
        r("phrase.client-unreached", "networkerror", {
            "actively refused", "no connection could be made",
            "no answer from any host", "no answer from host",
            "refused to accept a connection",
        }, {
          class = { 0 },
          examples = {
              { reply = [=[No connection could be made because the target machine actively refused it 127.0.0.1:25]=],
                source = "https://github.com/namshi/docker-smtp/issues/62 (.NET client to a relay container whose port was not published)" },
              { reply = [=[No answer from any hosts listed in MX]=],
                source = "code index file id 10876164575 (KumoMTA ready-queue text: too many connection failures, the queue is delayed)" },
          },
        }),
        -- the receiving host name does not resolve: the resolver's own
        -- words for a name that is not there, as an MTA quotes them
        -- ("unable to look up host mx.example.com: Name or service not
        -- known", Postfix 5.4.4); a client library's lookup of its own
        -- SMTP server (getaddrinfo, errno) is nocode.dns's
        r("phrase.host-not-known", "hostunknown", {
            "name or service not known", "host name unknown",
            "no address associated with hostname",
        }, {
          class = { 0 },
          -- (a bare "Name or service not known" is phrase.no-domain's)
          all = { { "look up host", "lookup of host", "host name unknown" } },
          none = { "getaddrinfo", "errno", "socket", "smtp host", "smtp server",
                   "failed to connect", "connect to server", "try again", "temporar" },
          examples = {
              { reply = [=[unable to look up host mx.example.com: Name or service not known]=],
                source = "postfix src/smtp/smtp_addr.c smtp_addr_one() (EAI_NONAME: 5.4.4; NetBSD copy, code index file id 128005833), host filled in" },
              { reply = [[host name unknown]],
                source = "github.com/vdukhovni/postfix postfix/src/global/sys_exits.c (EX_NOHOST, not recoverable)" },
          },
        }),
        -- a sending service's credits or its account's e-mail quota used
        -- up (SendGrid: "Maximum credits exceeded"; MailerSend: "Your
        -- account reached its email quota limit"): nothing more is sent
        -- until they renew; our volume, not the recipient's mailbox
        r("phrase.sending-credits", "ratelimited", {
            "credits exceeded", "maximum credits", "credit limit", "out of credits",
            "credits renew", "insufficient credits", "email quota limit",
            "reached its email quota", "reached its sending quota",
        }, {
          class = { 0 }, action = "throttle",
          none = { "recipient", "mailbox", "inbox", "storage", "user's" },
          examples = {
              { reply = [=[{"errors":["Maximum credits exceeded"],"message":"error"}]=],
                source = "https://github.com/openwhyd/openwhyd/issues/178 (SendGrid API responses after a sending spike)" },
              { reply = [=[You have reached your credit limit and you will not be able to send email until your credits renew or you upgrade your account.]=],
                source = "https://github.com/SoPR/sopr-platform/issues/35 (SendGrid's notice quoted)" },
              { reply = [=[Your account reached its email quota limit. Contact support to increase it. #MS42204]=],
                source = "https://github.com/geeksforsocialchange/PlaceCal/issues/2297 (MailerSend account quota)" },
          },
        }),
        -- the queue gave up on a message whose delivery timed out, or
        -- whose attempts to connect all failed (SmarterMail: "Failed all
        -- attempts to connect to the recipients mail server"): returned
        r("phrase.queue-timed-out", "expired", {
            "message timed out", "delivery cancelled; message",
        }, {
          class = { 0 },
          examples = {
              { reply = [[delivery cancelled; message timed out]],
                source = "Exim deliver.c (timeout_frozen_after: a frozen message given up), as the Exim 4.96 message strings hold it" },
          },
        }),
        r("phrase.connect-attempts-failed", "networkerror", {
            "failed all attempts to connect", "attempts to connect to recipients",
            "attempts to connect to the recipient",
        }, {
          class = { 0 }, action = "contact",
          examples = {
              { reply = [[Failed four Attempts to connect to recipients mail server]],
                source = "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx (SmarterMail: four attempts to connect failed)" },
          },
        }),
        -- the resolver call itself failed (nullmailer's "Temporary error in
        -- gethostbyname", "Fatal error in gethostbyname"): the network's
        -- trouble, final where it says so
        r("phrase.resolver-call-final", "networkerror", { "fatal", "permanent" }, {
          class = { 0 }, action = "contact",
          all = { { "gethostbyname", "gethostbyaddr", "gethostbyname2" } },
          examples = {
              { reply = [[Fatal error in gethostbyname]],
                source = "github.com/bruceg/nullmailer lib/errcodes.cc errorstr[] (ERR_GHBN_FATAL, a permanent error)" },
          },
        }),
        r("phrase.resolver-call", "networkerror", { "gethostbyname", "gethostbyaddr" }, {
          class = { 0 },
          examples = {
              { reply = [[Temporary error in gethostbyname]],
                source = "github.com/bruceg/nullmailer lib/errcodes.cc errorstr[] (ERR_GHBN_TEMP, a temporary error)" },
          },
        }),
        -- the local delivery could not write the mailbox file (a maildir's
        -- file, a permission): the receiving system's trouble, retried; a
        -- full mailbox or quota is the mailbox rules'
        r("phrase.local-delivery-trouble", "systemerror", {
            "maildir delivery failed", "create maildir file", "maildir file",
            "mailbox delivery failed",
            -- the store mounted read-only (EROFS: "Read-only file system")
            "read-only file system", "read only file system",
            "read-only filesystem", "read only filesystem",
        }, {
          class = { 0 }, action = "retry",
          none = { "quota", "overdrawn", " full", "too large", "size limit" },
          examples = {
              { reply = [[maildir delivery failed: create maildir file /var/www/Maildir/tmp/1492097290.P12775.FQDN: Permission denied]],
                source = "https://pastebin.com/2C2Np8p7 (a local delivery's log line)" },
              { reply = [[maildrop: Maildir/: Read-only file system]],
                source = "an r7.com qmail-send bounce quoted in the comments of a Java bounce parser, QmailSendParser (code index file id 7097421826)" },
          },
        }),
        -- }===============================================================

        r("phrase.virus", "virusdetected", {
            "virus", "malware", "infected", "trojan", "malicious content",
            "malicious attachment", "phishing",
        }, {
          -- a virus word that names no message: a relay refusal from a
          -- gateway whose name holds the word ("550 Relaying denied.
          -- (F-Secure/virusgw_smtp/...)"), and the sending host "may be
          -- infected" (a blocklist's reason: phrase.blocklist's)
          none = { "spam or virus", "relaying denied", "relay access denied",
                   "not permitted to relay", "may be infected" },
          examples = {
              { reply = [[550 virus detected]],
                source = "https://smtp.codes/free" },
              { reply = [[552 5.7.1 virus [name] detected by Zoho Mail]],
                source = "https://smtp.codes/zoho" },
          },
        }),

        -- a bounce (null sender) refused by the receiver's policy: our
        -- bounce, not the recipient ("Recipient address rejected: Policy
        -- rejection due to null sender" is only where the check hooks in)
        r("phrase.null-sender", "rejected", {
            "null sender", "null reverse-path", "null reverse path",
            "empty sender", "empty envelope sender", "empty return-path",
        }, {
          none = { "user unknown", "unknown user", "no such user", "does not exist",
                   "too many", "spf" },
          examples = {
              { reply = [=[554 5.7.1 <bob@example.org>: Recipient address rejected: Policy rejection due to null sender]=],
                source = "github.com/iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS (as Postfix renders a REJECT; addresses are documentation values)" },
          },
        }),

        -- our sender's quota (a sending limit), named after "Sender
        -- address rejected:" or "sender": a rate, not the sender's address
        r("phrase.sender-quota", "ratelimited", {
            "sender",
        }, {
          all = { { "quota exceeded", "quota exceed", "exceeded quota",
                    "over quota", "sending limit", "limit exceeded" } },
          none = { "recipient", "mailbox" },
          examples = {
              { reply = [=[554 5.7.1 <alice@example.com>: Sender address rejected: Quota exceeded (number of mails in total)]=],
                source = "github.com/iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS, version 1.9.2 (reject_exceed_max_msgs, as Postfix renders it)" },
          },
        }),

        -- our sender on the list of the recipient's own (its domain's,
        -- its user's): that recipient does not want our mail
        r("phrase.sender-listed", "filtered", {
            "sender", "from address",
        }, {
          examples = {
              { reply = [[551 Sender is on domain's blacklist]],
                source = "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html" },
          },
          all = { { "blacklist", "blocklist", "black list", "block list",
                       "blacklisted", "blocklisted", "black listed" },
                  { "domain's", "recipient's", "user's", "personal",
                    "own list", "own black", "own block" } },
             none = { "ip ", " ip", "spamhaus", "spamcop", "barracuda", "rbl",
                      "sorbs", "client host", "dnsbl", "verify failed",
                      "verification failed", "locally", "postmaster",
                      "spam" } }),

        -- we are on a list the recipient keeps ("You are registered as
        -- spammer (by user's reject list)"), said without "sender": the
        -- list's owner is named, so a spammer word does not make it the
        -- server's; that recipient does not want our mail
        r("phrase.user-list", "filtered", {
            "user's reject list", "user's rejection list", "user's deny list",
            "user's block list", "user's blocklist", "user's blacklist",
            "user's black list", "recipient's reject list",
            "recipient's deny list", "recipient's block list",
            "recipient's blocklist", "recipient's blacklist",
            "personal reject list", "personal deny list",
            "personal block list", "personal blocklist", "personal blacklist",
            -- the recipient (user) or its organization's sender filter
            -- blocked us ("The sender address has been blocked by the
            -- user", Exchange's SenderFilterAgent / SenderFilterConfig)
            "blocked by the user", "blocked by the recipient", "blocked by recipient",
            "senderfilteragent", "senderfilterconfig",
            -- "... is in the user block list" (a hosted filter's per-user list)
            "user block list", "user blocklist",
            -- the recipient's own refusal of our address (cPanel
            -- BoxTrapper's "The user <addr> does not accept mail from your
            -- address", a Sieve reject's "I do not accept messages from
            -- this address")
            "does not accept mail from your address",
            -- (and "This address does not accept mail from you.", a
            -- Cloudflare Email Worker's refusal of one sender; a country's
            -- refusal, "does not accept mail from your country", is not the
            -- recipient's)
            "does not accept mail from you",
            -- the recipient put our address on its own block list ("The
            -- recipient has blocked your email address.", a Haraka plugin's
            -- per-user mute list)
            "recipient has blocked you",
            "does not accept email from your address",
            "does not accept e-mail from your address",
            "does not accept messages from your address",
            "doesn't accept mail from your address",
            "i do not accept messages from", "i do not accept mail from",
            "i do not accept email from", "i don't accept messages from",
            "i don't accept mail from", "i don't accept email from",
            -- a challenge-response filter that holds what senders the
            -- recipient has not approved ("Sender not pre-approved")
            "not pre-approved", "not preapproved", "not pre approved",
            "not an approved sender", "not on the approved senders",
            "not on the recipient's approved",
            -- the recipient's own whitelist that does not name us ("412
            -- You are not whitelisted by this recipient"): held back for
            -- that recipient, not a block of our host
            "not whitelisted by this recipient", "not whitelisted by the recipient",
            "not on the recipient's whitelist", "not in the recipient's whitelist",
        }, {
          none = { "ip ", " ip", "spamhaus", "spamcop", "rbl", "dnsbl",
                   "client host", "country" },
          examples = {
              { reply = [[This address does not accept mail from you.]],
                source = "code index file id 71319916307 (a Cloudflare Email Worker's setReject reason)" },
              { reply = [[The recipient has blocked your email address.]],
                source = "code index file id 51787773523 (a Haraka plugin: the recipient's mute list, DENY at RCPT)" },
              { reply = [[The user user1@nathiafricaps.co.za does not accept mail from your address.]],
                source = "cPanel BoxTrapper's refusal of 2013 quoted in the comments of a Java bounce parser, BoxTrapperParser (code index file id 7589043353); the address replaced" },
              { reply = [[Sender not pre-approved. Follow instructions in above notice]],
                source = "Debian source package libmail-deliverystatus-bounceparser-perl 1.543 (CPAN Mail-DeliveryStatus-BounceParser) t/corpus/boxbe-cr.msg (Boxbe's challenge, X-Boxbe-Notice, 2010)" },
              { reply = [[I do not accept messages from this address.]],
                source = "github.com/dovecot/core src/lib-lda/mail-send.c mail_send_rejection(), filled with example values: the MDN form of a Sieve reject, the reason the recipient's script gives" },
              { reply = [[412 You are not whitelisted by this recipient, please try again later.]],
                source = "Debian courier-mta 1.0.16, /usr/lib/courier/courier/submit (message string)" },
              { reply = [[550 You are registered as spammer (by user's reject list)]],
                source = "https://puffinknight.tistory.com/102 (Korean list of return-mail texts: refused by the recipient's spam setting)" },
              { reply = [[554 5.7.105 SenderFilterAgent; Sender denied as sender's email address is on SenderFilterConfig list]],
                source = "github.com/crisp-oss/email-bounce-parser test/fixtures/554_5_7_105_sender_blocked.txt (an OVH-hosted Exchange's refusal; the recipient side's sender filter)" },
          },
        }),

        -- our sender on a list that names no owner: the receiving
        -- server's (an access map, a milter's or a proxy's list, a
        -- sender guard), a block to take up with it, not one recipient's
        -- wish (sent to another recipient there it fails alike)
        r("phrase.sender-blacklisted", "blocked", {
            "sender", "from address",
        }, {
          examples = {
              { reply = [=[550 5.7.1 Rejecting due to security policy - Sender '<bob@example.com>' has been blacklisted, Please see: http://www.example.com/policy.html#blacklistedsender]=],
                source = "github.com/nkhorman/spamilter src/hndlrs.c (sendmail milter; mlfi_setreply text)" },
              { reply = [[554 Sender is blacklisted and not allowed.]],
                source = "code index file id 1256968931 (smtp-server onMailFrom(): sender on the blacklist)" },
          },
          all = { { "blacklist", "blocklist", "black list", "block list",
                       "blacklisted", "blocklisted", "black listed" } },
             -- (a failed sender verification lists "may be blacklisted"
             -- among its guesses: the sender rule decides it)
             -- (nor a server-wide list of senders refused for spamming,
             -- "locally blacklisted here ... get in touch with postmaster":
             -- the sender's standing there, not one recipient's filter)
             none = { "ip ", " ip", "spamhaus", "spamcop", "barracuda", "rbl",
                      "sorbs", "client host", "dnsbl", "verify failed",
                      "verification failed", "locally", "postmaster",
                      "spam" } }),

        -- a filter's own rule that matched our sending IP ("553 User
        -- defined policy matched for 192.0.2.1"): our IP refused there;
        -- the recipient not named
        r("phrase.policy-matched", "blocked", {
            "policy matched for",
        }, {
          none = { "recipient", "rcpt", "mailbox", "address" },
          examples = {
              { reply = [[553 User defined policy matched for 192.0.2.1]],
                source = "https://hardwaresecrets.com/understanding-email-bounce-messages/4/ (grouped with the blocklist refusals of the sending IP)" },
          },
        }),

        r("phrase.blocklist", "blocked", {
            "spamhaus", "spamcop", "barracudacentral", "b.barracuda",
            "sorbs", "uceprotect", "spamrats", "psbl", "dnsbl", "rbl ",
            " rbl", "rbl:", "blacklist", "black list", "blocklist",
            "block list", "blocked using", "listed at", "listed on", "black ip",
            "listed in", "is listed", "realtime blackhole",
            "ip listed", "host listed", "server listed",
            -- a host put on a (local) blackhole list ("Service
            -- unavailable, blackholed", "blackholes.mail-abuse.org")
            "blackholed", "black-holed", "blackholes",
            -- the list itself called a blackhole site or list ("refused
            -- by blackhole site rhsbl.example.org")
            "blackhole site", "blackhole list", "black hole list",
            -- the AHBL list named, and a host refused as likely infected
            -- (Spamhaus' XBL as Gandi's servers word it: "Client host
            -- [192.0.2.1] blocked you may be infected")
            "ahbl", "may be infected",
        }, {
          -- Domino's "not listed in public Name & Address Book" (no such
          -- user) and cPanel's list of guesses ("The account or domain may
          -- not exist, they may be blacklisted, or ...") name no listing;
          -- a failed sender verification lists "may be blacklisted" among
          -- its guesses too: the sender rule decides it
          none = { "not listed in public", "not listed in the public",
                   "not listed in domino", "not listed in the domino",
                   "address book", "may be blacklisted", "verify failed",
                   -- the recipient's domain directory (Exchange Online's
                   -- "the recipient's email address is not listed in the
                   -- domain's directory"): no such user, phrase.no-user's
                   "in the domain's directory", "in the domain directory",
                   "in the directory", "in its directory", "in our directory",
                   "verification failed",
                   -- a kind of file the site refuses ("the extension of the
                   -- attached file is blacklisted"): phrase.attachment's
                   "file extension", "attached file",
                   -- the list could not be asked ("DNS error doing RBL
                   -- lookup"): the receiver's trouble
                   "dns error", "lookup error", "lookup failure", "lookup failed" },
          examples = {
              { reply = [[450 DT:RBL]],
                source = "https://www.51yue.net/news/thread/20200123/14841169.html" },
              { reply = [[550 5.7.1 Mail from example.net refused by blackhole site rhsbl.example.org]],
                source = "Debian sendmail-cf 8.17.1.9, cf/feature/rhsbl.m4 (its default refusal, filled with example values)" },
              { reply = [[550 IP in RBL]],
                source = "http://zimhosts.com/clients/knowledgebase/364/EML114-Why-do-I-get-the-message-550-IP-in-XBL-SBL-PBL-RBL-or-SCBL-when-sending-mail.html" },
              { reply = [[550 5.7.1 Host is on the AHBL - Please see http://www.ahbl.org/tools/lookup.php?ip=192.0.2.1]],
                source = "http://www.hotdomain.hosting/support/support-fuer-technische-fragen/e-mail-spam/probleme-mit-der-spamlisten.html (a German host's help, X.X.X.X filled with 192.0.2.1)" },
              { reply = [[554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked you may be infected]],
                source = "https://docs.gandi.net/ja/gandimail/faq/error_messages.html (Gandi's FAQ: the sending IP listed by Spamhaus)" },
              { reply = [[550 5.7.1 <user@example.com>: Recipient address rejected: Service unavailable, blackholed.]],
                action = "contact",
                source = "github.com/jschrewe/tumgreyspf tumgreyspf (blackholecheck: the client IP wrote to a trap address; its '550 Service unavailable, blackholed.' action as Postfix renders it)" },
          },
        }),
        r("phrase.ptr", "requireptr", {
            "reverse dns", "reverse-dns", "rdns", "ptr record", "no ptr",
            "reverse lookup", "reverse hostname", "reverse mapping",
            "cannot find your hostname", "cannot resolve your hostname",
            "hostname does not resolve", "ptr lookup", "fcrdns",
            "does not have a valid ptr", "reverse name", "ptr resource record",
            "failure in dns look-up", "ptr name",
            -- our IP address named as not resolving (to a name): its PTR
            "ip address not resolving", "ip not resolving", "ip does not resolve",
            "ip doesn't resolve", "ip address does not resolve",
            "ip address doesn't resolve", "ip address is not resolving",
            "ip address did not resolve", "ip did not resolve",
            -- our IP told it must resolve ("Sender IP must resolve"), or
            -- the reverse record named missing in the other word order
            -- ("no DNS reverse for 192.0.2.1")
            "ip must resolve", "ip address must resolve", "dns reverse",
        }, {
          -- the lookup of our PTR timed out: a passing DNS trouble
          -- (phrase.dns-temp), not a missing record
          none = { "lookup timeout", "lookup timed out",
                   -- a relay refusal that names the missing reverse entry
                   -- only as a further guess (cPanel's Exim: "... is not
                   -- permitted to relay through ... You may also have been
                   -- rejected because your ip address does not have a
                   -- reverse DNS entry."): phrase.relay's
                   "not permitted to relay" },
          examples = {
              { reply = [[550 5.7.25 Reverse DNS validation failed]],
                source = "RFC 7372 §3.3; IANA SMTP Enhanced Status Codes registry (RFC 3463 / RFC 7372)" },
              { reply = [[421 Refused. You have no reverse DNS entry]],
                source = "https://blog.51cto.com/u_14074978/2394085" },
              { reply = [[451 4.7.1 Sender IP address not resolving]],
                source = "accuracy/corpus/dev10_other_filters.lua (a milter's tempfail for a client IP without a name)" },
              { reply = [[501 5.7.1 <user1@example.com>...Sender IP must resolve]],
                source = "http://www.veraciti.com/Customer-Support/reverse-dns.html (a provider's reverse DNS help)" },
              { reply = [[554 cmg1.fe.forpsi.com bizsmtp 0bcW1i00G0jifNx01bcmHa no DNS reverse for 192.0.2.1]],
                source = "https://support.arubacloud.pl/kb/a2837/wiadomosc-e-mail-zostala-odrzucona-z-bledem-brak-reverse-dns-dla-x_x_x_x.aspx (Forpsi's refusal of a client without a PTR)" },
          },
        }),

        -- the sending server named as lacking a DNS entry ("Senders
        -- mail server does not have a valid DNS entry"): our host's
        -- naming, as a reverse DNS demand is (a domain named so is the
        -- recipient's, the address rules' words)
        r("phrase.sender-host-dns", "requireptr", {
            "valid dns entry", "valid dns record", "no dns entry",
            "no dns record", "without a dns entry", "dns entry missing",
        }, {
          all = { { "sender's mail server", "senders mail server",
                    "sender mail server", "sending server", "sending host",
                    "your server", "your mail server", "your host",
                    "sending mail server", "connecting host", "client host",
                    "your ip", "sending ip" } },
          examples = {
              { reply = [[Senders mail server does not have a valid DNS entry]],
                source = "https://confluence-public.open-xchange.com/display/SKB/Mail+Server+error+codes+of+OX+App+Suite+Cloud+and+OX+AppSuite+Managed+MX+handlers" },
          },
        }),

        -- reputation without a named list, worded about our IP
        r("phrase.ip-reputation", "badreputation", {
            "suspicious activity", "poor reputation", "bad reputation",
            "low reputation", "reputation of your ip", "ip reputation",
            "sender score", "senderscore",
            "reputation", "poor sending", "bulk mail",
            -- complaints about the mail (a bare "complaints" is also a
            -- department in a display name: "(... - Complaints)")
            "user complaints", "spam complaints", "member complaints",
            "due to complaints", "complaints from", "number of complaints",
            "many complaints", "high complaint", "complaint rate",
            "complaints about", "complaints received", "generating complaints",
            "suspected spam sender",
            -- the sender's history scored against it (qpsmtpd's and
            -- Haraka's karma, penalty boxes)
            "karma", "naughty", "penalized", "penalised", "penalty box",
        }, {
          -- (the message classified as bulk or spam by a filter is a
          -- verdict on the message: phrase.spam's)
          none = { "classification as", "classified as" },
          examples = {
              { reply = [[Reason: 550 Message rejected due to sender IP reputation ([xx.xx.xx.xx])]],
                source = "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html" },
              { reply = [[550 You were naughty. You are penalized for 0.99 more days.]],
                source = "github.com/smtpd/qpsmtpd plugins/karma connect_handler() (reply shown in the plugin's POD)" },
              { reply = [[550 very bad karma score: -7]],
                source = "github.com/haraka/haraka-plugin-karma index.js should_we_deny() (default deny message)" },
          },
        }),

        -- a score too low: a score the sender has to reach, which is a
        -- reputation's (a spam score refuses a message for being too high)
        r("phrase.score-too-low", "badreputation", {
            "score",
        }, {
          all = { { "too low", "below the minimum", "below minimum",
                    "under the minimum", "not high enough" } },
          none = { "spam score", "spam-score", "spamscore", "bounce score" },
          examples = {
              { reply = [[550 5.7.1 message rejected, SIQ score 10 too low #617]],
                source = "github.com/SirWumpus/smtpf doc/reply.html.in, reply #617 (siq-score-reject option)" },
          },
        }),

        -- a server that answers with a security or policy status (X.7)
        -- and says it refuses the connection refuses us by policy, not
        -- by a network failure ("550 5.7.1 Connection refused - ..."):
        -- the network's "connection refused" comes from our own side,
        -- without a status of the other's
        r("phrase.connection-policy", "blocked", {
            "connection refused", "connection rejected", "connection denied",
            "connection not allowed", "connection not accepted",
            "connections refused", "connections not accepted",
        }, {
          status = { "x.7" },
          examples = {
              { reply = [[550 5.7.1 Connection refused - OXSUS0001_101]],
                source = "https://postmaster-oxsus.vadesecure.com/ (the reply carries the OXSUS code named there)" },
          },
        }),

        -- too many connections from our IP, or its rate controlled: a
        -- rate, whatever the IP words around it ("450 too many
        -- connections from your IP (rate controlled)"); before the IP
        -- block (other "too many connections" are phrase.rate's)
        r("phrase.connection-rate", "ratelimited", {
            "too many connections from your ip", "rate controlled",
            -- a limit on our volume or connections named with our IP ("Connection
            -- limit reached for your IP", "too much mail from your IP")
            "connection limit", "too much mail from", "too much email from",
            "too many messages from your",
            "too many mails from your", "too many emails from your",
            "limit reached for your", "limit exceeded for your",
        }, {
          none = { "listed", "blacklist", "blocklist", "spamhaus", "banned" },
          examples = {
              { reply = [[450 too many connections from your IP (rate controlled)]],
                source = "https://gist.github.com/pbruna/4595838 (Postfix log line)" },
          },
        }),
        r("phrase.ip-blocked", "blocked", {
            "client host rejected", "ip blocked", "ip address blocked",
            "ip has been blocked", "ip address has been blocked",
            "your ip", "banned ip", "ip is banned", "ip banned",
            "blocked your ip", "connection refused by policy",
            "your host has been blocked", "host blocked",
            "access denied, banned sender", "helo command rejected: access denied",
            "access denied for", "not accepting connections", "bad ip",
            "intrusion prevention", "no access for this ip",
            "no access for this domain", "your host is not allowed",
            -- our host or region denied, or banned for what it did
            "your host has been denied", "your host is denied",
            "dictionary attack",
            -- our host taken for an end-user (dynamic) one
            "non-static-ip", "non-static ip",
            -- our IP refused, denied, put under control or hung up, in
            -- the words of Korean and Chinese portals and mail servers
            -- ("SPAM_SUSPECT:IP_CONTROL", "denyip.php?IP=", "IP is Hangup")
            "ip_control", "ip control", "denyip", "deny ip", "denied ip",
            "ip is denied", "ip denied", "ip is rejected",
            "ip is blocked", "ip is hangup", "ip hangup",
            -- traffic from our IP refused as such ("Access denied,
            -- traffic not accepted from this IP")
            "not accepted from this ip", "not accepted from your ip",
            "traffic not accepted",
            -- the service itself denied to our host before any message
            -- (ASSP: "Service denied, closing transmission channel")
            "service denied", "service is denied",
            -- mail refused "because of IP Block" (a gateway's own wording
            -- of a block on our IP)
            " ip block",
        }, {
          examples = {
              { reply = [[550 Decision Engine classified the mail item was rejected because of IP Block (from outbound normal IP pools)]],
                source = "https://learn.microsoft.com./pt-pt/archive/blogs/latam/o365-exchange-online-destinatarios-informam-que-o-e-mail-foi-bloqueado-message-filtered-554-5-7-1-client-host-blocked (a Microsoft support blog quoting the NDR)" },
              { reply = [[554 <random.bad.domain[123.123.123.123]>: Client host rejected: match bad.domain]],
                source = "https://github.com/vdukhovni/postfix/blob/master/postfix/src/smtpd/smtpd_check.ref (Postfix smtpd_check regression-test output)" },
              { reply = [[554 5.7.2 Service denied, closing transmission channel (SESSIONID)]],
                source = "https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095 (ASSP: the sending IP is blocked at IP level)" },
              { reply = [=[550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653 AS(7230) [SJ0PR17MB4759.namprd17.prod.outlook.com 2025-10-05T14:02:00.442Z 08DE02F80918EC88]]=],
                mx = "gmail-smtp-in.l.google.com",
                source = "a Spanish guide on error 5.7.708 in a project's docs (code index file id 25868131597) quoting an Exchange Online NDR" },
              { reply = [[550 Sorry, no access for this ip]],
                source = "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73 (ISP help desk table of Sendmail session replies and their explanations)" },
              -- IceWarp: the IP is blocked for a while (too many connections,
              -- failed logins or unknown recipients, a DNSBL listing)
              { reply = [=[554 Please visit http://antispam.sina.com.cn/denyip.php?IP=192.0.2.1 (#5.7.1)]=],
                source = "http://www.eyousoft.net/eyoumailserver/knowledge006.htm (EyouMailServer: common bounce texts, Sina's refusal)" },
              { reply = [=[5.1.0 - Unknown address error 550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)']=],
                source = "https://puffinknight.tistory.com/102 (Korean list of return-mail texts: IPs blocked for bulk sending)" },
              { reply = [=[421 4.7.1 Intrusion prevention active for [192.0.2.1]]=],
                action = "throttle",
                source = "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Spam%20Queues/Intrusion%20Prevention.htm; http://bayern-online.com/v2261/artikel.cfm/203/Fehlermeldung-Intrusion-prevention-active-for.html" },
          },
          none = { "reverse", "ptr", "rdns", "user unknown", "unknown user",
                   "no such user",
                   -- "your IP" against the literal of our greeting: phrase.helo
                   "ip literal", "address literal",
                   -- the session's encryption our host must use ("Your
                   -- IPv6 address must be send with an encryption"):
                   -- phrase.tls
                   "with an encryption", "encrypted smtp", "encrypted session",
                   -- our IP refused as a relay client ("Your IP is not
                   -- permitted to relay through this server"): phrase.relay
                   "permitted to relay", "allowed to relay", "authorized to relay",
                   "authorised to relay" } }),

        -- our IP, host, server or connection refused in other words than
        -- the ones above ("is banned", "not allowed to connect", "spam
        -- source"): the cause is our sending side, never the address
        -- a block a reply without a code says is for a while ("Your
        -- connection has been blocked temporarily - Try again later"):
        -- our sending held back, to slow down and retry, not a final
        -- refusal (with a code, the code's class says it)
        r("phrase.block-for-now", "blocked", {
            "blocked temporarily", "temporarily blocked", "banned temporarily",
            "temporarily banned", "blacklisted temporarily",
            "temporarily blacklisted", "temporarily denied",
            "denied temporarily",
        }, {
          class = { 0 }, action = "throttle",
          none = { "recipient", "user", "mailbox", "account", "rcpt" },
          examples = {
              { reply = [[Your connection has been blocked temporarily - Try again later]],
                source = "https://wiki.pscs.co.uk/how_to:your_connection_has_been_blocked_temporarily_-_try_again_later" },
          },
        }),

        -- access to the server refused as such ("550 5.7.1 Access not
        -- allowed": a black list filter or an access rule of the
        -- receiving server): our sending side, not the address (a
        -- mailbox, user or relay named is the rules' that read those)
        r("phrase.access-refused", "blocked", {
            "access not allowed", "access is not allowed", "access not permitted",
            "access is not permitted", "access forbidden", "access is forbidden",
        }, {
          none = { "recipient", "user", "mailbox", "account", "rcpt", "relay",
                   "auth", "login", "password", "attachment", "list", "folder" },
          examples = {
              { reply = [[550 5.7.1 Access not allowed]],
                source = "http://tutorialurdu.blogspot.com/2012 (copy of the IceWarp/Merak SMTP error table)" },
          },
        }),

        r("phrase.host-refused", "blocked", {
            "not allowed to connect", "connection rejected",
            "connections not accepted", "connections will not be accepted",
            "connection not accepted", "is banned", "are banned",
            "been banned", "is blocked", "are blocked", "been blocked",
            "is blacklisted", "been blacklisted", "is blocklisted",
            "spam source", "source of spam", "blocked for spam",
            "blocked from sending",
            -- refused for what our sending did ("Service refused due to
            -- bad behavior - Too many spam messages")
            "bad behavior", "bad behaviour", "abusive behavior",
            "abusive behaviour", "too many spam messages",
        }, {
          all = { { " ip", "ip ", "ip[", "ip(", "ip:", "host", "server",
                    "client", "connect", "network", "sender", "domain",
                    "source", " mta", "service refused" } },
          none = { "recipient", "user", "mailbox", "account", "rcpt",
                   "attachment", "file", "content", "message is",
                   "message was", "message has", "sender is blocked",
                   "blocked senders", "sender address", "by the user",
                   "by recipient" },
          examples = {
              { reply = [[554 5.7.1 You are not allowed to connect.]],
                source = "github.com/mail-in-a-box/mailinabox/issues/1194" },
              { reply = [=[501 Connection rejected by policy [7.7]]=],
                source = "github.com/docker-mailserver/docker-mailserver/issues/534 (Symantec)" },
              { reply = [[The sender 192.0.2.80 is banned]],
                source = "https://bastion.umanix.net/info (Baruwa mail filter reply table)" },
              { reply = [[571 spam source blocked - psmtp]],
                source = "https://blog.mxtoolbox.com/2011/09/ (Postini)" },
              { reply = [[450 4.7.1 SFR_IN_101 Service refused due to bad behavior - Too many spam messages]],
                action = "throttle",
                source = "https://bentonow.com/smtp-errors/sfr (SFR's reply codes)" },
          },
        }),

        -- a mailing list that refuses a post for the number of recipients
        -- it names (Mailman's max-recipients rule, its German notice
        -- "Nachricht hat mehr als 10 Empfänger"): the message's
        -- addressing breaks the list's rule, the list address is not
        -- refusing us (phrase.list-refusal, intl.any.list-post)
        r("phrase.list-recipient-count", "policyviolation", {
            "has more than", "hat mehr als",
        }, {
          all = { { "recipients", "empfänger" },
                  { "mailing list", "mailing-list", "mailingliste", "the list ",
                    "die liste", "der liste" } },
          examples = {
              { reply = "Ihre Nachricht an die Mailingliste devel wurde\nmit folgender Begründung abgelehnt:\n\nNachricht hat mehr als 10 Empfänger\n\nDie Originalnachricht wie von uns erhalten ist angehängt.",
                source = "gitlab.com/mailman/mailman src/mailman/templates/de and messages/de/LC_MESSAGES/mailman.po (Debian mailman3 3.3.8; rejected.txt; max_recipients.py; list name filled)" },
          },
        }),

        -- a moderated recipient that has no one to approve the message
        -- (Exchange's "Resolver.MT.NoModeratorAddresses; No moderator
        -- addresses for approval process"): the receiving organisation's
        -- set-up, not the address nor a refusal of our post
        r("phrase.no-moderator", "systemerror", {
            "nomoderatoraddresses", "no moderator addresses", "no moderators for",
        }, {
          examples = {
              { reply = [[550 5.2.0 Resolver.MT.NoModeratorAddresses; No moderator addresses for approval process]],
                source = "Exchange's SmtpResponse table (NoModeratorAddresses), decompiled (code index file id 11855963925)" },
          },
        }),

        -- a mailing list's or group's refusal of a post (not a member or
        -- subscriber, posts held back for moderators, the sender's posts
        -- refused, an invitation-only group), in English, German, Italian,
        -- Portuguese, French and Spanish: the list address takes no mail
        -- from us (before the connecting-party and moved-address rules,
        -- whose words such texts carry: "you are not allowed", "your new
        -- address"); a DMARC, SPF or content cause is not this
        r("phrase.list-refusal", "filtered", {
            "not allowed to post", "allowed to post messages", "may not post",
            "reject your posts", "only subscribers may", "only subscribers can",
            "subscribers may post", "subscribers only", "subscriber-only",
            "restricted to list subscribers", "restricted to list moderators",
            "restricted to list members", "message distribution in",
            "message distribution for", "invite only", "invited by the group owner",
            -- a list moderator's or owner's refusal ("forbidden from
            -- posting", "deemed inappropriate by the moderator", "The message
            -- comes from a moderated member", "This list is restricted")
            "forbidden from posting", "by the moderator", "by a moderator",
            "a moderator rejected", "moderator rejected",
            "from a moderated member", "list is restricted",
            -- the list owner's own access rules (mlmmj: "because of an
            -- access rule set up by the list administrator")
            "access rule set up by the list", "set up by the list administrator",
            "set up by the list owner",
            -- German, Italian, Portuguese, French, Spanish
            "nachrichten von abonnenten", "an diese liste senden",
            "an diese listen senden", "ihre nachrichten nicht anzunehmen",
            "solo gli iscritti", "messaggi a questa lista", "rifiutare i tuoi messaggi",
            "somente assinantes", "apenas assinantes", "rejeitando as suas mensagens",
            "diffusion de message", "diffusion des messages", "réservée aux abonnés",
            "réservée aux modérateurs", "reservee aux abonnes",
            "solo los suscriptores", "sólo los suscriptores",
        }, {
          none = { "dmarc", "spf", "dkim", "spam", "virus", "blacklist", "blocklist",
                   "too large", "larger than", "size limit" },
          examples = {
              { reply = [=[I'm sorry, you are not allowed to post messages to this list (#5.7.2)]=],
                source = "github.com/bruceg/ezmlm-idx lang/en_US/messages (ERR_NO_POST)" },
              { reply = [=[Message distribution for this list is restricted to list moderators.]=],
                source = "github.com/sympa-community/sympa default/mail_tt2/authorization_reject.tt2 (send_editor)" },
              { reply = [=[Mi dispiace, solo gli iscritti possono spedire messaggi.]=],
                source = "github.com/bruceg/ezmlm-idx lang/it/messages (TXT_ONLY_SUBSCRIBERS)" },
              { reply = [=[Your message was deemed inappropriate by the moderator.]=],
                source = "GNU Mailman 2 Mailman/Handlers/Hold.py class ModeratedPost (rejection)" },
              { reply = [=[You are forbidden from posting messages to this list.]=],
                source = "GNU Mailman 2 Mailman/Handlers/Hold.py class ForbiddenPoster (rejection)" },
              { reply = [=[The message was unable to be delivered because of an access rule set up by the list administrator.]=],
                source = "mlmmj listtexts en/deny-post (access rule branch), http://www.git.stargrave.org/?p=mlmmj-listtexts.git;a=blob;f=en/deny-post" },
          },
        }),

        -- a list address the list manager does not know: the address
        -- does not exist there
        r("phrase.list-unknown", "userunknown", {
            "not a known mailing list", "not a known list", "no such list",
            "no such mailing list", "list does not exist", "mailing list does not exist",
            "list unknown", "unknown mailing list",
            -- the list manager's own lookup that found no such list
            -- (Mailman's post script: "list not found: <name>")
            "list not found", "mailing list not found", "unknown list",
            "list is unknown", "list is not known",
        }, {
          none = { "blacklist", "blocklist", "whitelist", "allowlist", "safelist",
                   "listed", "sender" },
          examples = {
              { reply = [=[The following address is not a known mailing list: team@lists.example.org]=],
                source = "github.com/sympa-community/sympa default/mail_tt2/list_unknown.tt2" },
              { reply = [=[<cc-europe@lists.ibiblio.org>: Command died with status 1: "/usr/lib/mailman/mail/mailman post cc-europe". Command output: post script, list not found: cc-europe]=],
                source = "https://github.com/creativecommons/internal/issues/42" },
          },
        }),

        -- a list manager that takes only posts whose To: or Cc: name the
        -- list (a guard on the message's headers, not on an address)
        r("phrase.list-headers", "policyviolation", {
            "must be in to: or cc:", "in either the to: or cc:", "to: or cc: header",
            "(to:) oder", "to: oder cc:", "to: oder im cc:", "in to: o cc:",
            "en to: ou cc:",
            -- Spanish ("las cabeceras Para: (To:) o Cc:") and Russian ("в
            -- заголовке To:, либо в заголовке Cc:")
            "(to:) o cc:", "заголовке to:",
        }, {
          examples = {
              { reply = [=[List address must be in To: or Cc: (#5.7.0)]=],
                source = "github.com/bruceg/ezmlm-idx lang/en_US/messages (ERR_NO_ADDRESS)" },
              { reply = [=[Para poder enviar mensajes a la lista, la dirección de la lista debe aparecer en las cabeceras Para: (To:) o Cc: del mensaje.]=],
                source = "github.com/neonkore/MLmmj listtexts/es/notintocc" },
          },
        }),

        -- a list that refuses posts From: a domain whose DMARC policy is
        -- reject or quarantine (Mailman's dmarc_moderation_action reject):
        -- the list's rule on our sender's domain, not a DMARC check our
        -- message failed at a receiver (phrase.auth) nor a refusal of our
        -- host (phrase.client-denied); the list named in several languages
        r("phrase.list-dmarc", "rejected", {
            "dmarc",
        }, {
          all = { { "mailing list", "mailing-list", "mailing listu", "this list",
                    "mailingliste", "maillijst", "liste de diffusion",
                    "lista de correo", "lista di distribuzione", "lista de discussão",
                    "posta liste", "tę listę", "te liste", "список рассылки",
                    "メーリングリスト" } },
          examples = {
              { reply = [=[You are not allowed to post to this mailing list From: a domain which publishes a DMARC policy of reject or quarantine, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at list-owner@example.org.]=],
                source = "GNU Mailman 2.1 Mailman/Handlers/Moderate.py, dmarc_moderation_action reject (code index file id 918123672)" },
              { reply = [=[U mag niet naar deze maillijst posten vanuit (From:) een domein dat een DMARC reject of quarantine policy publiceert. Uw bericht werd automatisch geweigerd.]=],
                source = "gitlab.com/mailman/mailman messages/nl/LC_MESSAGES/mailman.po (Debian mailman3 3.3.8; dmarc.py, dmarc_moderation_action reject)" },
          },
        }),

        -- a refusal whose subject is the connecting party itself ("Connection
        -- from you denied", "You are not allowed to use this mail server",
        -- "Client IP is not allowed"): our sending side, whatever verb
        r("phrase.client-denied", "blocked", {
            "denied", "not allowed", "refused", "rejected", "not permitted",
            "forbidden", "prohibited", "not accepted",
        }, {
          all = { { "connection from you", "connections from you", "your host",
                    "your ip", "your server", "your mail server", "your network",
                    "client ip", "you are not allowed", "you're not allowed",
                    "you are not permitted" } },
          none = { "recipient", "user", "mailbox", "account", "rcpt",
                   "relay", "auth", "helo", "ehlo", "reverse", "ptr", "rdns",
                   "dns", "attachment", "content",
                   -- the sender's address or domain refused from this host
                   "send from", "sending from", "sender", "mail from",
                   "from domain", "this address",
                   -- a count of mails or a time limit: a rate ("you are not
                   -- allowed to send more e-mails within 24 hours")
                   "send more", "within 24 hours", "per hour", "per day" },
          examples = {
              { reply = [[550 Connection from you denied, bye bye.]],
                source = "github.com/smtpd/qpsmtpd lib/Qpsmtpd/SMTP.pm start_conversation() (a connect hook answered DENY without text)" },
              { reply = [[451 You are not allowed to use this mail server.]],
                source = "github.com/bruceg/mailfront smtpfront-reject.c (the reject front end's default answer to every command)" },
          },
        }),

        -- the recipient (a group, a list, a mailbox) takes mail from some
        -- senders only and we are not among them: its own delivery
        -- restriction ("delivery to this address is restricted", "you do
        -- not have permission(s) to send to this distribution list", "the
        -- sender isn't a group member", Exchange's RESOLVER.RST.* codes),
        -- before the SMTP AUTH words its notices carry ("authentication
        -- required") and the sender rules' "permissions to send"; the
        -- sending account kept from a kind of recipient is our side
        r("phrase.recipient-restricted", "filtered", {
            "delivery to this address is restricted",
            "delivery to this recipient is restricted",
            "delivery to this group is restricted",
            "permission to send to", "permissions to send to",
            "permitted to send to this group", "allowed to send to this group",
            "isn't a group member", "is not a group member", "not a member of the group",
            "only accepts messages from", "only accepts mail from",
            "only accepts email from", "accepts messages only from",
            "resolver.rst.authrequired", "resolver.rst.notauthorized",
            "resolver.rst.restrictedto", "resolver.rst.sendernotauthenticated",
            "delivery restriction check",
            "recipient address rejected: not authorized",
            "recipient address rejected: not authorised",
            -- Exchange 5.x's report of a delivery restriction
            "does not have permission to submit",
        }, {
          none = { "relay", "send as", "your account", "this account", "sending account",
                   "external recipients", "outside your organization", "trial" },
          examples = {
              { reply = [[Your message can't be delivered because delivery to this address is restricted. #550 5.7.1 RESOLVER.RST.AuthRequired; authentication required ##rfc822;user@example.com]],
                source = "https://pastebin.com/E0GbbMMA (an Exchange NDR; the address obfuscated by the site, filled here)" },
              { reply = [[Your message can't be delivered because you do not have permissions to send to this distribution list]],
                source = "https://faq.icto.um.edu.mo/why-cant-i-send-email-to-mail-group/" },
              { reply = [[550 5.7.193 UnifiedGroupAgent; Delivery failed because the sender isn't a group member or external senders aren't permitted to send to this group.]],
                source = "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3014" },
              { reply = [[554 5.7.1 <list@example.com>: Recipient address rejected: Not authorized]],
                source = "github.com/iredmail/iRedAPD libs/__init__.py SMTP_ACTIONS reject_not_authorized (the list access policy's REJECT as Postfix renders it at RCPT)" },
              { reply = [[The originator does not have permission to submit message]],
                source = "Microsoft KB Q246274 'XCLN: The Originator Does Not Have Permission to Submit Message' (an Exchange 5.0 NDR under a delivery restriction)" },
          },
        }),

        -- SMTP AUTH: the client must log in
        r("phrase.smtp-auth", "securityerror", {
            "client was not authenticated", "client not authenticated",
            "authentication required", "must authenticate", "not logged in",
            "temporary authentication failure", "authentication failure",
            "auth required", "smtp auth", "authentication is required",
            "unauthenticated commands", "too many login attempts",
            "login attempts", "failed logins", "authentication type", "xoauth",
            "invalid credentials", "username and password", "must be authenticated",
            "sasl authentication failed",
            "authentication not enabled", "authentication mechanism",
            "authentication method", "permissions to submit",
            -- RFC 4954's 432 4.7.12: the account must change its password
            "password transition",
            -- mail refused for want of a login ("Unable to deliver to
            -- external recipients without authentication")
            "without authentication", "without smtp authentication",
            "without authenticating",
        }, {
          -- ("relaying denied, authentication required"; "Sender is not same
          -- as SMTP authenticate username" is the sender's, phrase.sender)
          none = { "relay", "not same as",
                   -- our own client's note that it went on without a login
                   -- (notqmail's "continuing without authentication")
                   "continuing without" },
          examples = {
              { reply = [[530 5.7.0 Authentication required]],
                source = "RFC 4954 §6" },
              { reply = [[530 5.5.1 Authentication Required.]],
                source = "https://support.google.com/a/answer/3726730" },
              { reply = [[550 5.7.1 Client does not have permissions to submit to this server]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs (Exchange Server transport reply strings, decompiled): SubmitDenied" },
              { reply = [[504 Authentication mechanism not supported.]],
                source = "github.com/hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPConnection.cpp _ProtocolAUTH()" },
          },
        }),
        -- RFC 4954 gives 530 to "authentication required": a 530 that says
        -- the client is not authenticated is about SMTP AUTH, not SPF/DKIM
        r("phrase.530-auth", "securityerror", {
            "not authenticated", "unauthenticated",
        }, {
          code = 530,
          examples = {
              { reply = [[530 5.7.1 Not authenticated]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: NotAuthenticated (Exchange Server transport reply strings, decompiled)" },
          },
        }),

        -- RFC 4954 reserves 535 (credentials invalid), 534 (mechanism too
        -- weak) and 538 (encryption required for the mechanism) for SMTP
        -- AUTH: whatever such a reply adds (our account suspended, not
        -- subscribed, the credential refused), it is our login, never the
        -- recipient; before the address rules that read "suspended" or
        -- "not subscribed"
        r("phrase.auth-codes", "securityerror", {
            "auth", "login", "credential", "password", "account", "user",
            "suspended", "subscribed", "denied", "invalid", "failed",
            "refused", "disabled", "blocked", "not allowed", "server",
        }, {
          code = { 534, 535, 538 },
          examples = {
              { reply = [[535 Account not subscribed to SES]],
                source = "github.com/awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md" },
              { reply = [[535 Mail server has been suspended]],
                source = "github.com/postalserver/postal app/lib/smtp_server/client.rb rcpt_to() (server.suspended?)" },
          },
        }),

        -- the recipient (a group, a mailbox) takes mail from signed-in
        -- senders only: its setting, not our SPF/DKIM
        r("phrase.internal-only", "filtered", {
            "not authenticated for", "sender was not authenticated",
            "only accepts mail from authenticated",
        }, {
          examples = {
              { reply = [[5.7.134 Sender was not authenticated for mailbox]],
                source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
          },
        }),

        -- our envelope sender checked and found wanting by a call-back to
        -- its own domain ("Sender does not exist", "sender address does
        -- not accept mail: 550 5.1.1 ... User unknown", "sender address
        -- failed verification: 451 ..."): the quoted user-unknown or DNS
        -- words are about the sender, never the recipient (before the DNS
        -- and the address rules)
        -- Exim's log of a sender verification it could not finish ("sender
        -- verify defer for <x>: host lookup did not complete", the sender's
        -- server answering the callout 4xx): our sender, put off for now;
        -- without a code the deferral is the log's word
        r("phrase.sender-verify-defer", "rejected", {
            "sender verify defer", "sender verification defer",
        }, {
          class = { 0 },
          action = "retry",
          examples = {
              { reply = [[H=our.super_mailer.com [127.0.0.88] sender verify defer for <ourmail@domain.example>: host lookup did not complete]],
                source = "a Russian Exim troubleshooting note, 'host lookup did not complete', 2021-06-03 (code index file id 32326199669)" },
          },
        }),
        r("phrase.sender-verify", "rejected", {
            "sender does not exist", "sender doesn't exist",
            "sender address does not exist", "sender does not accept",
            "sender address does not accept", "sender failed verification",
            "sender address failed verification", "sender verification failed",
            "sender address verification failed", "sender could not be verified",
            "sender address could not be verified", "could not verify sender",
            "unable to verify sender", "cannot verify sender",
            -- Exim's log of the same ("sender verify fail for <x>: ...",
            -- "sender verify defer for <x>: host lookup did not complete")
            "sender verify fail for", "sender verify defer",
        }, {
          -- (a gateway's check of the recipient is the recipient's)
          none = { "recipient verification", "recipient address verification",
                   "recipient callout", "rcpt verification" },
          examples = {
              { reply = [=[517-MX server mx.example.org said:
517 Sender does not exist: sender@example.org]=],
                source = "github.com/hannob/courier-pythonfilter filters/pythonfilter/dialback.py do_filter()" },
              { reply = [[554 5.7.1 <user@example.com>: Recipient address rejected: sender address does not accept mail: 550 5.1.1 <sender@example.org>: Recipient address rejected: User unknown in virtual mailbox table]],
                source = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/SMTPVerify.pm (POD example perm_fail_action)" },
              { reply = [[450 4.7.1 <user@example.com>: Recipient address rejected: sender address failed verification: 451 4.3.0 Temporary lookup failure]],
                source = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/SMTPVerify.pm (POD example temp_fail_action)" },
              { reply = [[H=(evil.localhost) [192.0.2.1] sender verify fail for <eviluser@localhost>: Unknown user]],
                source = "https://github.com/MNEMO-CERT/PoC--CVE-2019-10149_Exim/issues/3 (an Exim log line; the IP filled)" },
          },
        }),

        -- Postfix's permanent DNS failure (HOST_NOT_FOUND, NO_DATA) names
        -- the name service error too: before "dns-temp"; its temporary
        -- form (TRY_AGAIN) ends in "Host not found, try again"
        r("phrase.dns-nxdomain", "hostunknown", {
            "host or domain name not found",
        }, {
          none = { "try again" },
          examples = {
              { reply = [[Host or domain name not found. Name service error for name=x.example type=MX: Host not found]],
                action = "suppress",
                source = "github.com/vdukhovni/postfix postfix/src/dns/dns_lookup.c dns_query() ('Host or domain name not found. Name service error for name=%s type=%s: %s'); dns_strerror() (HOST_NOT_FOUND)" },
          },
        }),

        -- DNS trouble while checking us: temporary, on the way
        r("phrase.dns-temp", "networkerror", {
            "dns lookup failure", "lookup failure", "lookup error", "temporary lookup",
            "dns lookup failed", "mx lookup failed", "domain lookup failed",
            "unable to look up", "lookup did not complete", "not found, try again",
            "name service error", "name server reply",
            "temporary dns", "dns temporary", "dns timeout", "dns temp",
            "lookup timeout", "lookup timed out",
            "resolver error",
            -- a lookup of the recipient's domain that went wrong, in a
            -- sending service's words ("423 Dns resolve error")
            "dns resolve error", "dns resolving error", "dns resolution error",
            "servfail", "temporary failure in name resolution",
            "temporary failure in dns", "dns server failure",
            -- an answer the resolver could not use (Exchange's 5.4.4
            -- "DNS returned an invalid response for this domain"): the
            -- domain's DNS is broken, which says nothing of the address
            "dns returned an invalid", "invalid dns response", "invalid dns reply",
            -- the lowest MX names the sending host itself (qmail, Exim):
            -- a DNS set-up fault on the way
            "points to local host",
            -- sendmail: a lookup in its host map deferred
            "host map",
        }, {
          -- a lookup whose answer is that the name does not exist is no
          -- passing trouble (the permanent DNS rules decide)
          -- (Go's resolver says "no such host" for NXDOMAIN)
          none = { "nxdomain", "non-existent domain", "nonexistent domain", "no such domain",
                   "domain does not exist", "domain doesn't exist", "domain not found",
                   "no such host",
                   -- the TLSA records DANE needs: the TLS set-up's (phrase.tls)
                   "tlsa",
                   -- Postfix's own table (map) lookup failed: its system's
                   -- trouble (nocode.congestion)
                   "table lookup",
                   -- the sender's SPF record that could not be looked up
                   -- (SPF's temperror): the sender's authentication
                   -- (phrase.auth), not the recipient's route
                   "spf" },
          examples = {
              { reply = [[423 Dns resolve error]],
                source = "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail, Chinese: its own return codes)" },
              { reply = [[450 4.4.0 <email@example.com> Temporary DMARC DNS lookup failure (G1E)]],
                source = "https://smtp.codes/rackspace" },
              { reply = [[421 client [192.0.2.1] rDNS lookup timeout]],
                source = "github.com/haraka/haraka-plugin-fcrdns index.js do_dns_lookups() (timer expired, DENYSOFT)" },
              { reply = [[450 Temp. resolver error (ESERVFAIL)]],
                source = "github.com/haraka/Haraka plugins/mail_from.is_resolvable.js mxErr() (DENYSOFT; Node's dns error code filled in)" },
              { reply = [[temporarily rejected RCPT <sales@yyy.com>: lowest numbered MX record points to local host]],
                source = "https://github.com/hestiacp/hestiacp/issues/4132 (Exim deferral quoted)" },
              { reply = [[host map: lookup (DOMAIN): deferred]],
                source = "http://support.linogate.com/en/mail/mailq.html (mail queue status messages: name resolution failed)" },
              { reply = [[554 5.4.4 SMTPSEND.DNS.InvalidData; DNS returned an invalid response for this domain]],
                action = "contact",
                source = "Exchange's SmtpResponse table (DnsInvalidData), decompiled (code index file id 11855963925)" },
          },
        }),

        -- our sending volume against a quota counted per hour or day (the
        -- provider's limit on our account or domain, often worded as a
        -- recipient refusal: "Recipient address rejected: Sender Daily
        -- Quota Exceeded"): before the sender and recipient rules
        r("phrase.volume-limit", "ratelimited", {
            "per hour", "per day", "per minute", "hourly limit",
            "daily limit", "hourly quota", "daily quota", "bounce limit",
            "max emails", "max messages", "max defers",
            "defers and failures",
            -- longer periods, and a count or volume quota of our traffic
            -- ("smtp traffic quota has been exceeded", "Message count
            -- quota exceeded", "Number of messages exceeded
            -- administrative limit")
            "monthly limit", "monthly quota", "weekly limit", "weekly quota",
            "traffic quota", "count quota", "cumulative message size",
            "number of messages exceeded",
            -- recipients counted over a window ("recipient limit exceeded,
            -- try again after ...")
            "recipient limit exceeded", "recipients limit exceeded",
            "recipient limit reached",
            -- our account's or IP's sending limit reached, in the words of
            -- a provider's own relay ("Your mail limit has been reached")
            "your mail limit", "mail limit has been reached", "mail limit reached",
            "your message limit", "your sending limit", "your send limit",
            "sending limit has been reached", "sending limit reached",
            "send limit reached", "send limit has been reached",
            -- the count of our sent mail over the sender's or the IP's
            -- limit ("Number of sent emails has exceeded our sender limit.
            -- Come back later.")
            "number of sent emails", "our sender limit", "our ip limit",
            "daily sending limit", "hourly sending limit",
            -- the sending account's own limits ("The limits for your
            -- account are exceeded. Please try again later.")
            "limits for your account", "limit for your account",
            "your account limit", "your account's limit",
            "account limits exceeded", "account limit exceeded",
        }, {
          none = { "mailbox", "storage", "disk", "over quota", "inbox" },
          examples = {
              { reply = [[550 5.4.6 <user@domain.com>: Recipient address rejected: Sender Daily Quota Exceeded]],
                source = "https://support.neo.space/hc/en-us/articles/37327516188441-Understanding-Outgoing-Email-Reject-Codes" },
              { reply = [[Domain mydomain.com has exceeded the max emails per hour (100/100) allowed.]],
                source = "https://faq.xperts.net.pk/common-bounce-messages.html (cPanel/Exim)" },
              { reply = [[5.7.1 <DATA>: Data command rejected: only 10 messages per day]],
                source = "github.com/root-io/vmail/issues/67" },
              { reply = [[450 4.7.1 <bob@example.com>: Recipient address rejected: Policy rejection; Message count quota exceeded]],
                source = "github.com/hummermania/policyd cbp/modules/Quotas.pm (MessageCount limit, as Postfix renders a DEFER)" },
              { reply = [[MAX RCPT TO DAILY LIMIT]],
                source = "https://netfabric.freshdesk.com/support/solutions/articles/6000236440-problemi-invio-posta-italiano-" },
              { reply = [[550 5.7.1 Your mail limit has been reached.]],
                source = "https://support.startmail.com/hc/de/articles/360006737337-Gesendet-empfangen-Limit" },
              { reply = [['Invalid Addresses' (3x caused by later): 471 4.7.1 <valid@mail.com>: The limits for your account are exceeded. Please try again later.]],
                source = "https://github.com/eclipse-ee4j/angus-mail/issues/160 (replies JavaMail reported as 'Invalid addresses')" },
          },
        }),

        -- our sending counted over a time window and found over its
        -- limit, in any words: a count per hour, day or minute, or per
        -- N seconds ("192.0.2.1 has exceeded 100 messages per 1 hour",
        -- "connections 31 exceed 30/60s"); a mailbox's storage is not
        -- a window
        r("phrase.rate-window", "ratelimited", {
            "exceed", "limit", "too many", "maximum", "max ", "max.",
            "reached", "allowed",
            -- "too many" as some servers spell it ("You sent to many mails
            -- from different domains in the last 10 minutes")
            "sent to many",
        }, {
          pattern = patterns.rate_window,
          none = { "mailbox", "storage", "disk", "inbox", "over quota",
                   "folder", " full" },
          examples = {
              { reply = [[450 4.7.1 192.0.2.1 has exceeded 100 messages per 1 hour]],
                source = "github.com/SirWumpus/milter-limit milter-limit.c limitExceeded() (default policy 'later'; IP and limit filled in)" },
              { reply = [[451 DATA BLOCKED - THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 50 MESSAGES IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER]],
                action = "throttle",
                source = "github.com/lavabit/magma src/servers/smtp/smtp.c smtp_data_outbound() (smtp_check_transmit_quota; the limit filled in)" },
              { reply = [[421 4.4.5 client mail.example.net [192.0.2.1] connections 31 exceed 30/60s #522]],
                source = "github.com/SirWumpus/smtpf doc/reply.html.in, reply #522 (Rate-Connect: access-map tag; values filled in)" },
          },
        }),

        -- a recipient (or the server) that takes no more than so many
        -- messages over a window ("configured not to accept more than 100
        -- messages in a twenty-four hour period"): a rate, retried later,
        -- though the reply opens with RFC 5321's "mailbox unavailable"
        r("phrase.accept-window", "ratelimited", {
            "accept more than", "accept no more than", "receive more than",
            "receive no more than", "accepts no more than", "receives no more than",
        }, {
          pattern = patterns.rate_window,
          none = { "storage", "disk", "over quota", " full" },
          examples = {
              { reply = [[451 MAILBOX UNAVAILABLE - THE ACCOUNT <jane@example.com> IS CONFIGURED NOT TO ACCEPT MORE THAN 100 MESSAGES IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER]],
                action = "throttle",
                source = "github.com/lavabit/magma src/servers/smtp/smtp.c smtp_rcpt_to() (smtp_check_receive_quota; address and limit filled in)" },
          },
        }),

        -- our sending account throttled for what its own mail keeps
        -- causing ("Sender throttled due to continuous mailbox full
        -- errors"): the sender's rate, though the words name mailboxes
        r("phrase.sender-throttled", "ratelimited", {
            "sender throttled", "sender is throttled", "sender has been throttled",
            "sending throttled", "sending is throttled", "throttled due to",
        }, {
          examples = {
              { reply = [[550 5.2.251 Sender throttled due to continuous mailbox full errors.]],
                source = "github.com/x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions.md" },
          },
        }),

        -- the envelope sender named and found wanting (before "protocol":
        -- "sender address too long"; before "null-mx": the sender's domain)
        r("phrase.sender-bad", "rejected", {
            "sender address", "mail from", "your from address",
            "sender's address", "sender domain",
            "return email domain", "mailfrom",
            -- the same in other words ("Sender e-mail address domain
            -- does not exist")
            "sender e-mail address", "sender email address",
            "sender mail address", "sender's e-mail", "sender's email",
            "sender's domain", "sender mail domain",
            -- the identity an authenticated user sends as ("You are not
            -- authorized to send email using this identity")
            "this identity", "sender identity",
        }, {
          all = { { "malformed", "invalid", "too long", "must be",
                    "must not", "does not match", "not match",
                    "any mx", "no mx", "null mx", "no valid mx", "not hosted",
                    "not valid", "must be specified", "is invalid",
                    "failed to obtain dns",
                    -- the sender's domain or address not there at all
                    "does not exist", "doesn't exist", "return mx",
                    "does not resolve", "doesn't resolve",
                    -- the sender address used without the right to it
                    "unauthori", "not authori", "address required",
                    "without @", "without .", "not a valid" } },
          none = { "recipient address", "blacklist", "blocklist", "rcpt",
                   "listed", "user unknown", "unknown user", "no such user",
                   "user does not",
                   -- the sending side's words on a broken reply to our
                   -- MAIL FROM ("Malformed SMTP reply in response to")
                   "smtp reply",
                   -- the address's syntax: MAIL FROM's argument (phrase.syntax)
                   "sender syntax", "address syntax" },
          examples = {
              { reply = [[501 5.7.27 Domain in MAIL FROM has null MX record]],
                source = "github.com/foxcpp/maddy internal/check/dns/dns.go requireMXRecord()" },
              { reply = [[553 5.1.8 Sender e-mail address domain does not exist.]],
                source = "https://linuxkitchen.com/2013/08/16/smtp-greske-koje-mogu-da-se-jave-pri-slanju-mail-a/" },
              { reply = [[501 5.1.7 Sender address too long]],
                source = "github.com/albertito/chasquid internal/smtpsrv/conn.go MAIL()" },
              { reply = [[550 No MX for your FROM address]],
                source = "github.com/haraka/Haraka plugins/mail_from.is_resolvable.js implicit_mx() (DENY at MAIL FROM: 550)" },
              { reply = [[552 mail from invalid. (发件人地址不合法)]],
                source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html" },
              { reply = [[554 refused mailfrom because return MX does not exist]],
                source = "github.com/qmail-ldap/qmail-ldap qmail-smtpd.c (RETURNMXCHECK refusal)" },
              { reply = [[550 5.7.1 You are not authorized to send email using this identity]],
                source = "github.com/InterLinked1/lbbs nets/net_smtp.c check_identity()" },
              { reply = [[553 5.7.0 Unauthorized use of sender address (msg ID = 7f3c2a91)]],
                source = "github.com/foxcpp/maddy internal/check/authorize_sender/authorize_sender.go authzSender() (no_match_action reject; the endpoint appends the message ID, a placeholder here)" },
          },
        }),

        -- the recipient address itself is malformed (before "protocol" and
        -- "content": "address too long", "malformed")
        r("phrase.rcpt-bad", "userunknown", {
            "recipient address", "destination address",
        }, {
          all = { { "malformed", "improper", "too long", "invalid",
                    "not valid" } },
          -- Postfix: "Recipient address rejected: Improper use of SMTP
          -- command pipelining" is about the conversation
          -- (nor "Recipient address rejected: Invalid HELO/EHLO; ...", a
          -- policy service's verdict on our HELO name)
          none = { "sender", "relay", "command", "pipelining", "helo", "ehlo" },
          examples = {
              { reply = [[501 5.1.3 Malformed destination address]],
                source = "github.com/albertito/chasquid internal/smtpsrv/conn.go RCPT()" },
              { reply = [[554 Improper recipient address. Try supplying a domain name.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_RCPT_TO_LOCAL (REJECT_SEVERITY_PERMANENT \"554 \")" },
          },
        }),
        r("phrase.rcpt-domain-bad", "hostunknown", {
            "recipient domain", "destination domain",
        }, {
          all = { { "malformed", "improper", "invalid", "not valid" } },
          none = { "sender", "relay" },
          examples = {
              { reply = [[501 5.1.2 Malformed destination domain (IDNA conversion failed)]],
                source = "github.com/albertito/chasquid internal/smtpsrv/conn.go RCPT()" },
          },
        }),

        -- authentication of the sender: SPF, DKIM, DMARC
        -- the connecting IP or host not permitted to send for the
        -- sender's domain, worded without naming SPF ("the address
        -- [192.0.2.1] is not authorized to send messages from <x>"): the
        -- domain's authentication, fixed by the sender; a user or account
        -- that may not use an address is phrase.sender's, and an IP told
        -- to use its provider's relay is not this
        r("phrase.ip-not-permitted", "authfailure", {
            "not authorized to send messages from", "not authorised to send messages from",
            "not authorized to send mail from", "not authorised to send mail from",
            "not authorized to send email from", "not authorised to send email from",
            "not authorized to send mail for", "not authorised to send mail for",
            "not authorized to send email for", "not authorised to send email for",
            "not authorized to send messages for", "not authorised to send messages for",
            "not permitted to send mail for", "not permitted to send messages for",
            "not a permitted sender", "not an authorized sender for",
            "not an authorised sender for",
        }, {
          all = { { "[", " ip", "ip:", "host", "client", "server" } },
          none = { "user", "account", "directly", "relay", "login", "authenticat" },
          examples = {
              { reply = [[550 MESSAGE BLOCKED - THE MESSAGE IS BEING REJECTED BECAUSE THE ADDRESS [192.0.2.1] IS NOT AUTHORIZED TO SEND MESSAGES FROM <sender@example.org> - PLEASE CORRECT THE ISSUE AND TRY AGAIN]],
                action = "fix",
                source = "github.com/lavabit/magma src/servers/smtp/smtp.c smtp_rcpt_to() (spf_check failed and the account refuses SPF failures; IP and address filled in)" },
          },
        }),

        r("phrase.auth", "authfailure", {
            "spf", "dkim", "dmarc", "sender policy framework",
            "not authenticated", "unauthenticated", "authentication results",
            "sender authentication", "domain authentication",
            "failed authentication checks", "arc validation",
            -- Gmail's 5.7.26 in the other word order ("Multiple
            -- authentication checks failed")
            "authentication checks failed", "authentication check failed",
            -- ... or named as not passed ("fails to pass authentication
            -- checks")
            "authentication checks",
            -- the message carries no (valid) signature at all
            "not signed", "unsigned message", "no signature", "missing signature",
            "signature missing", "signature is missing",
            -- the sending domain short of the receiver's authentication
            -- demands, or refused by its owner's (DMARC) policy, in words
            -- that name neither ("doesn't meet the required authentication
            -- level", "due to domain owner policy restrictions")
            "required authentication level", "authentication requirements defined",
            "domain owner policy", "domain owner's policy", "domain owners policy",
        }, {
          examples = {
              { reply = [[Access denied, sending domain WU.AC.AT doesn't meet the required authentication level.]],
                source = "github.com/ropensci/daiquiri/issues/29 (CRAN's maintainer quotes a Microsoft 365 tenant's refusal)" },
              { reply = [[550 5.7.0 (SNT004-MC4F16) Unfortunately, messages from (85.XXX.XXX.XXX) on behalf of (yahoo.com) could not be delivered due to domain owner policy restrictions.]],
                source = "github.com/odoo/odoo/issues/3347 (Hotmail's refusal quoted from a Postfix log)" },
              { reply = [[451 4.7.24 SPF validation error]],
                source = "RFC 7372 §3.2; IANA SMTP Enhanced Status Codes registry (RFC 3463 / RFC 7372)" },
              { reply = [[550 5.7.23 SPF validation failed]],
                source = "RFC 7372 §3.2; IANA SMTP Enhanced Status Codes registry (RFC 3463 / RFC 7372)" },
          },
          -- (a refusal as spam that advises SPF among its remedies)
          -- (nor an unknown recipient whose address holds the word, as a
          -- DMARC report mailbox does: "<dmarc_agg@...>: ... No such user")
          none = { "tls", "starttls", "spam classification", "classified as spam",
                   "no such user", "user unknown", "unknown user", "user not found",
                   "no such recipient", "recipient not found", "unknown recipient",
                   "recipient unknown", "no such mailbox", "mailbox not found",
                   -- ("spf" inside a German compound: "Weiterleitungspfad")
                   "spfad" } }),

        -- TLS demanded in so many words (5xx): before "protocol", whose
        -- "bad sequence of commands" may carry it (without a code:
        -- nocode.tls)
        r("phrase.tls-demand", "securityerror", {
            "tls required", "tls is required", "requires tls",
            "require tls", "tls must be", "must use tls",
            "encryption is required", "secure connection required",
        }, {
          class = { 5 },
          examples = {
              { reply = [[503 Bad sequence of commands (TLS required)]],
                source = "github.com/PHPMailer/PHPMailer/issues/767 (AOL)" },
          },
        }),

        -- the conversation itself went wrong (before "tls": these may
        -- mention STARTTLS)
        r("phrase.protocol", "syntaxerror", {
            -- (none: "internal protocol error" is the server's own trouble)
            "protocol violation", "protocol error", "command out of sequence",
            "bad sequence of commands", "pipelining not", "synchronization error",
            "may not be repeated", "bad sequence of command",
            "command pipelining", "address too long", "talk too soon",
            "not following the smtp protocol",
            -- a forward or reverse path over RFC 5321's limits (§4.5.3.1.3)
            "path too long",
            -- the client spoke before the greeting (early talkers)
            "before smtp greeting", "before the smtp greeting",
            "before greeting", "before the greeting", "early talker",
            "transmitting before", "talking before",
            -- HELO and EHLO mixed in one session ("EHLO protocol mismatch")
            "protocol mismatch",
        }, {
          none = { "internal" },
          examples = {
              { reply = [[503 Bad sequence of commands]],
                source = "RFC 5321 4.2.2" },
              { reply = [[554 Refused. You are not following the SMTP protocol.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_EARLYTALKER (REJECT_SEVERITY_PERMANENT \"554 \")" },
              { reply = [[421 mx.example.com You talk too soon]],
                source = "github.com/nodemailer/smtp-server lib/smtp-connection.js (command before the greeting); Haraka's early_talker plugin uses the same words" },
              { reply = [[550 Connecting host started transmitting before SMTP greeting]],
                source = "github.com/smtpd/qpsmtpd plugins/check_earlytalker connect_handler() (action deny)" },
              { reply = [[550 EHLO protocol mismatch]],
                source = "github.com/haraka/haraka-plugin-helo.checks index.js proto_mismatch()" },
          },
        }),

        -- our HELO/EHLO name does not resolve (Postfix reject_unknown_helo_hostname)
        r("phrase.helo-dns", "requireptr", {
            "helo", "ehlo",
        }, { all = { { "host not found", "hostname not found",
                       "does not match", "not the same as", "no matching",
                       "does not resolve",
                       -- no forward-confirmed name, or a name of an
                       -- end-user line ("HELO host has no forward DNS
                       -- match", "HELO is dynamic")
                       "forward dns", "is dynamic", "looks dynamic" } },
             -- an address literal that is not our IP is the greeting's
             -- form (phrase.helo), not our DNS
             none = { "literal" },
             examples = {
                 { reply = [[450 4.7.1 <mail.example.com>: Helo command rejected: Host not found]],
                   source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd_check.c reject_unknown_hostname() (host name filled in)" },
                 { reply = [[550 The host name specified in HELO does not match IP address.]],
                   source = "github.com/hmailserver/hmailserver hmailserver/source/Server/Common/AntiSpam/SpamTestHeloHost.cpp (sent after '550 ')" },
                 { reply = [[550 5.7.0 No matching A/AAA records found for the EHLO hostname]],
                   source = "github.com/foxcpp/maddy internal/check/dns/dns.go requireMatchingEHLO()" },
                 { reply = [[550 HELO host has no forward DNS match]],
                   source = "github.com/haraka/haraka-plugin-helo.checks index.js forward_dns()" },
                 { reply = [[550 HELO is dynamic]],
                   source = "github.com/haraka/haraka-plugin-helo.checks index.js dynamic()" },
             } }),
        -- our HELO name is not in the DNS, in the words an unknown user
        -- is given ("does not exist"): before the address rules
        r("phrase.helo-exist", "requireptr", {
            "helo", "ehlo",
        }, {
          all = { { "does not exist", "doesn't exist", "did not resolve",
                    "not resolve", "no dns", "no address record" } },
          none = { "user", "mailbox", "recipient", "account", "rcpt" },
          examples = {
              { reply = [[550 HELO hostname does not exist]],
                source = "github.com/smtpd/qpsmtpd plugins/helo no_forward_dns() (NXDOMAIN)" },
              { reply = [[550 HELO hostname did not resolve]],
                source = "github.com/smtpd/qpsmtpd plugins/helo no_forward_dns() (no A/AAAA)" },
          },
        }),

        -- the receiver's callout to the sender's own server could not be
        -- set up (Exim's "Callback setup failed while verifying <sender>"): the sender's
        -- server setup, before the bounce rule whose words the callout's
        -- explanation carries
        -- a gateway that could not finish asking the recipient's own
        -- server about the recipient ("Could not complete recipient
        -- callout"): the check did not run, which says nothing of the
        -- address (a callout that ran and found no such user is the
        -- address rules')
        r("phrase.recipient-callout", "systemerror", {
            "could not complete recipient", "unable to complete recipient",
            "cannot complete recipient", "couldn't complete recipient",
            "recipient callout timed out", "recipient verification timed out",
            "recipient callout could not", "recipient verification could not",
        }, {
          none = { "user unknown", "unknown user", "no such", "not found",
                   "does not exist", "doesn't exist", "invalid" },
          examples = {
              { reply = [[Could not complete recipient callout]],
                source = "https://vipre.freshdesk.com/support/solutions/articles/1000290396-email-rejection-reasons (inbound rejection reasons)" },
          },
        }),

        r("phrase.sender-callout", "rejected", {
            "callback setup failed", "callout setup failed",
        }, {
          -- (a gateway's callout to the recipient's own server that found
          -- no such recipient is the recipient's: "Callout verification
          -- failed: 550 5.1.10 ... Recipient not found")
          none = { "recipient", "user unknown", "unknown user", "no such", "not found" },
          examples = {
              { reply = [=[550-Callback setup failed while verifying xxx@xxx.xxx 550-(result of an earlier callout reused).]=],
                source = "https://github.com/andris9/simplesmtp/pull/77 (Exim callout refusal quoted)" },
          },
        }),

        -- the sending service could not build the message from its
        -- template ("Error while rendering part html", "Attribute 'x' is
        -- not present in the rendering data"): the message is at fault,
        -- never sent, whatever the code
        r("phrase.render", "contenterror", {
            "while rendering", "rendering failure", "rendering data",
            "rendering error", "error rendering", "failed to render",
            "could not render", "unable to render", "cannot render",
            "template rendering", "render the template",
        }, {
          examples = {
              { reply = [[554 5.3.3 [internal] Error while rendering part html: ...]],
                source = "github.com/anymail/django-anymail tests/test_sparkpost_webhooks.py (SparkPost generation_failure event)" },
              { reply = [[Attribute 'attributeName' is not present in the rendering data.]],
                source = "github.com/awsdocs/amazon-ses-developer-guide doc-source/event-publishing-retrieving-sns-examples.md (Rendering Failure record)" },
          },
        }),

        -- our bounce refused because it answers no message sent from
        -- there (bounce address tag validation, BATV; backscatter filters
        -- that check the original's signature), or because that server
        -- takes no bounces at all: our sending, not the recipient
        r("phrase.bounce-refused", "rejected", {
            "not our message", "did not originate here",
            "did not originate from here", "in response to an old message",
            "no bounces accepted", "bounces are not accepted",
            "bounces are administratively denied", "do not accept bounces",
            "don't accept bounces", "does not accept bounces",
            "bounce address tag",
        }, {
          none = { "user unknown", "unknown user", "no such", "not exist",
                   "more than one recipient", "multi-recipient",
                   "one recipient" },
          examples = {
              { reply = [[553 Not our message (#5.7.1)]],
                source = "github.com/indimail/indimail-mta qmail-smtpd.c (BATV: a bounce to a local address without a BATV signature)" },
              { reply = [[550 5.7.1 DSN or MDN for message that did not originate here]],
                source = "github.com/SirWumpus/milter-null milter-null.c filterEndMessage() (a DSN without the tag of a message sent from here)" },
          },
        }),

        -- a bounce (null sender) refused as such: to several recipients,
        -- with a Return-Path, or taken for backscatter; the recipients
        -- are not at fault (before the address rules: "Recipient address
        -- rejected: Multi-recipient bounce")
        r("phrase.bounce-misuse", "policyviolation", {
            "bounce message", "multi-recipient bounce", "bogus bounce",
            "backscatter", "bounces must", "bounce return path",
            "legitimate bounces",
            -- a milter's words for the same ("550 5.7.1 DSN to multiple
            -- recipients")
            "dsn to multiple recipients", "dsn to several recipients",
        }, {
          none = { "user unknown", "unknown user", "no such", "not exist",
                   "mailbox unavailable", "invalid recipient",
                   "unknown recipient",
                   -- a sending service reporting the bounce it received
                   -- ("The recipient's email provider sent a hard bounce
                   -- message"): the bounce's own cause, not a refusal of one
                   "sent a bounce", "sent a hard bounce", "sent a soft bounce",
                   "sent a general bounce", "received a bounce",
                   "received a hard bounce", "received a soft bounce" },
          examples = {
              { reply = [[550 5.5.3 Recipient address rejected: Multi-recipient bounce]],
                source = "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes" },
              { reply = [[552 fail, this bounce message does not have 1 recipient]],
                source = "github.com/smtpd/qpsmtpd plugins/bogus_bounce hook_data_post() (DENY after DATA: 552)" },
              { reply = [[550 5.7.1 DSN to multiple recipients]],
                source = "github.com/sdgathman/milter bms.py (a DSN addressed to several recipients refused)" },
          },
        }),

        -- our HELO/EHLO name
        r("phrase.helo", "syntaxerror", {
            "helo should", "ehlo should", "helo requires", "fqdn",
            "invalid helo", "bad helo", "helo name",
            "fully-qualified hostname", "address literal",
            "helo invalid", "ehlo invalid", "ehlo requires",
            -- the greeting missing or its name unfit ("It's polite to say
            -- HELO first", "hello name cannot be numeric ip")
            "say helo", "say hello", "helo first", "ehlo first",
            "hello name", "greeting expected", "mta hostname",
            "invalid hostname", "source hostname",
            -- the name or literal given in the greeting itself ("Invalid
            -- address format in HELO", "HELO IP literal does not match")
            "in helo", "in ehlo", "ip literal",
        }, {
          -- (a greeting taken for a forgery, "Forged IP in HELO", is a
          -- refusal of our host: the block rules')
          none = { "user", "mailbox", "recipient", "rcpt", "sender", "forged" },
          examples = {
              { reply = [[550 R1: HELO should be a FQDN or address literal (See RFC 2821 4.1.1.1)]],
                source = "https://netbit.com.br/suporte/kb_E-mail_Problemas-comuns-no-envio.php" },
              { reply = [[550 Invalid address format in HELO]],
                source = "github.com/haraka/haraka-plugin-helo.checks index.js bare_ip()" },
              { reply = [[550 HELO IP literal does not match your IP address]],
                source = "github.com/haraka/haraka-plugin-helo.checks index.js literal_mismatch()" },
          },
        }),

        -- our HELO name against our DNS in other words ("is not
        -- matching your DNS configuration")
        r("phrase.helo-mismatch", "requireptr", {
            "helo", "ehlo",
        }, {
          all = { { "not matching", "mismatch", "doesn't match",
                    "do not match" } },
          examples = {
              { reply = [[421 EHLO MXIN201 Your HELO/EHLO hostname.that.does.not.match.ptr.record.in.dns is not matching your DNS configuration ...]],
                source = "github.com/PHPMailer/PHPMailer/issues/2189 (Ziggo)" },
          },
        }),

        -- a command's arguments refused as such (HELO with no name, bad
        -- syntax): before the destination rules ("invalid domain name")
        r("phrase.command-args", "syntaxerror", {
            "command argument", "invalid argument", "helo argument",
            "ehlo argument", "syntactically invalid",
        }, {
          examples = {
              { reply = [[501 5.5.4 Invalid command arguments: Invalid domain name]],
                source = "github.com/OpenSMTPD/OpenSMTPD/issues/1054 (OpenSMTPD's reply to an empty HELO)" },
              { reply = [[remote delivery deferred: could not perform server greeting: 501 Syntactically invalid EHLO argument(s)]],
                source = "github.com/corecode/dma/pull/87 (Exim's reply, as dma logs it)" },
          },
        }),

        -- our HELO/EHLO name refused by the receiver's list or pattern,
        -- in other words than the ones above ("Your HELO hostname is not
        -- allowed"); log lines that name a recipient or sender and carry
        -- "helo=<...>" are someone else's
        r("phrase.helo-refused", "blocked", {
            "helo", "ehlo",
        }, {
          all = { { "not allowed", "rejected", "refused", "denied",
                    "not accepted", "forbidden", "badhelo" } },
          none = { "user", "mailbox", "recipient", "rcpt", "account",
                   "sender", "address rejected", "invalid", "empty",
                   "syntax", "argument", "helo=<" },
          -- (a 50x is the code's syntax error already; "helo=<" is the
          -- trailer of a Postfix reject log line, not the refusal's subject)
          code = { "4xx", "55x", 521, 556, 0 },
          examples = {
              { reply = [[550 Your HELO hostname is not allowed]],
                source = "github.com/smtpd/qpsmtpd plugins/helo is_regex_match() (badhelo pattern)" },
              { reply = [[554 5.7.1 Helo rejected]],
                source = "github.com/OpenSMTPD/OpenSMTPD-extras extras/filters/filter-regex/filter_regex.c regex_on_helo()" },
          },
        }),
        -- a connector (the gateway's set-up for a partner's or our own
        -- traffic: Exchange Online's inbound and outbound connectors)
        -- configured or missing: our relay set-up, fixed by us
        r("phrase.connector", "rejected", {
            "connector",
        }, {
          all = { { "configur", "attribution", "not set up", "no connector",
                    "matched the" } },
          none = { "timed out", "timeout", "connection refused", "unreachable",
                   "dns", "tls negotiation" },
          examples = {
              { reply = [[550 5.7.51 TenantInboundAttribution; There is a partner connector configured that matched the message's recipient domain. The connector had either the RestrictDomainsToIPAddresses or RestrictDomainsToCertificate set]],
                source = "a Japanese guide to Exchange Online mail-flow errors, its table of NDR texts (code index file id 21850524900)" },
          },
        }),

        -- a 4xx that asks us to use STARTTLS: our setup must change, and
        -- the fix may land before the give-up time, so the retry hints stay
        -- (Exchange's RequireTLSToSendMail, RFC 3207's "530 Must issue a
        -- STARTTLS command first" sent as a temporary reply)
        r("phrase.tls-required-4xx", "securityerror", {
            "starttls is required", "must issue a starttls", "starttls required",
            "starttls command first",
        }, {
          class = 4, action = "fix", scope = "sender",
          retry_after = 600, give_up_after = 72 * 3600,
          examples = {
              { reply = [[451 5.7.3 STARTTLS is required to send mail]],
                action = "fix",
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: RequireTLSToSendMail (Exchange Server transport reply strings, decompiled)" },
          },
        }),

        -- TLS and SMTP AUTH (without a code: nocode.tls, a sending
        -- side's TLS failure that it retries)
        r("phrase.tls", "securityerror", {
            "starttls", " tls", "tls ", "encryption required",
            "must issue a starttls", "secure connection", " ssl",
            "authentication required", "must authenticate", "auth required",
            "certificate", "encrypted connection",
            -- the session to be encrypted ("via an encrypted SMTP session",
            -- "must be send with an encryption")
            "encrypted smtp", "encrypted session", "with an encryption",
            -- DANE's TLSA records could not be had ("TLSA lookup error")
            "tlsa",
            -- RFC 3463's texts for X.7.3 to X.7.6: the security the
            -- message or the session needs cannot be had
            "security conversion required", "security features not supported",
            "cryptographic failure", "cryptographic algorithm not supported",
        }, {
          class = { 4, 5 },
          examples = {
              { reply = [[554 5.7.5 Cryptographic failure]],
                source = "RFC 3463 §3.8 (X.7.5 Cryptographic failure)" },
              { reply = [[550 5.7.30 REQUIRETLS support required]],
                source = "RFC 8689 §5; IANA enhanced status code X.7.30" },
              { reply = [[530 Must issue a STARTTLS command first]],
                source = "RFC 3207 §4" },
          },
          -- relaying refused, logging in named as the way to relay
          -- ("Relaying denied. Proper authentication required."): a
          -- relay refusal (phrase.relay), as phrase.smtp-auth yields
          none = { "rate exceeded", "relaying denied", "relay access denied",
                   "relay denied", "unable to relay", "not permitted to relay",
                   "relaying not allowed", "not allowed to relay" },
        }),

        -- our own sending account is suspended or disabled by the server
        -- that refuses us (before "relay": it may add "relay denied"; before
        -- "suspended", which is about the recipient's account)
        -- our own sending account taken over: a receiving or submission
        -- server that says the sender's account was compromised or
        -- hacked asks for its password to change, the address it was
        -- sending to is not at fault ("Your mail account (...) was
        -- compromised. Please change your password"; before the rules
        -- that read an account as the recipient's)
        r("phrase.compromised", "securityerror", {
            "was compromised", "been compromised", "is compromised",
            "compromised account", "account compromised",
            "compromised mailbox", "compromised credentials",
            "was hacked", "been hacked", "hacked account",
        }, {
          all = { { "your", "sending", "sender", "outgoing", "outbound",
                    "change the password", "change your password",
                    "reset your password" } },
          none = { "recipient", "addressee" },
          examples = {
              { reply = [[554 Your mail account (sender@example.org) was compromised. Please change your password immediately after next login.]],
                source = "github.com/Vnet-as/postfwd-anti-geoip-spam-plugin docs/README.md (example rules BAN_BOTNET_COUNTRY, BAN_BOTNET_IP)" },
          },
        }),

        -- a sending service's main (master) account not in a state to
        -- send ("551 Main account unavailable"): our account, whatever
        -- the recipient
        r("phrase.main-account", "rejected", {
            "main account", "master account",
        }, {
          all = { { "unavailable", "restricted", "suspended", "disabled",
                    "frozen", "locked", "not active", "inactive" } },
          examples = {
              { reply = [[551 Main account unavailable]],
                source = "http://cryptsofthecoliseum.com/article-show-50-294.html (a copy of a mail-push service's bounce-code table: the sending account is restricted or not in a normal state)" },
          },
        }),

        r("phrase.sending-account", "rejected", {
            "sending email account", "sending account",
            "sending for this account", "sending from this account",
            -- a reply speaks to the sending party: "your" account is the
            -- sender's ("Your account has been suspended"), the recipient's
            -- is a third party's
            "your account", "your e-mail account", "your email account",
            "your mail account", "your user account",
            -- a sending service's relay holding back our domain
            -- ("Sending from this domain is paused")
            "sending from this domain", "sending from your domain",
            "sending for this domain", "sending for your domain",
        }, {
          all = { { "suspended", "disabled", "blocked", "locked",
                    "deactivated", "restricted", "frozen", "paused" } },
          examples = {
              { reply = [[550 5.7.0 Email relay denied 192.0.2.1. The sending email account has been temporarily suspended due to abuse.]],
                source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes" },
              { reply = [[550 message sending for this account is disabled]],
                source = "https://mailout.ru/2015/09" },
              { reply = [[550 Sending from this domain is paused]],
                source = "https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/" },
          },
        }),

        -- a sending service's test (sandbox, free) account that may send
        -- only to the addresses registered with it: our account's limit,
        -- not the recipient ("Sandbox subdomains are for test purposes
        -- only. Please add your own domain or add the address to
        -- authorized recipients in Account Settings.")
        r("phrase.test-account", "rejected", {
            "sandbox subdomain", "sandbox domain", "for test purposes only",
            "to authorized recipients", "to authorised recipients",
        }, {
          none = { "malware", "virus", "threat", "detonat", "attachment" },
          examples = {
              { reply = [[554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.]],
                source = "github.com/swapmyvote/swapmyvote/issues/182 (Mailgun's refusal as Net::SMTP raised it)" },
              { reply = [[free accounts are for test purposes only]],
                source = "github.com/mailgun/wordpress-plugin/issues/68 (the error as the plugin's test showed it, quoted by the reporter)" },
          },
        }),

        -- relaying refused to a client that did log in ("Authenticated
        -- user <x> is not permitted to relay to <y>"): the account's own
        -- limit, our side, not a recipient domain this host lacks
        -- POP-before-SMTP: the server takes mail from a client only after
        -- it fetched its own mail ("Please receive your mail before
        -- sending"): our sending set-up, not the recipient
        r("phrase.pop-before-smtp", "rejected", {
            "receive your mail before sending", "check your mail before sending",
            "check your email before sending", "read your mail before sending",
            "pop before smtp", "pop-before-smtp", "pop3 before smtp",
            "pop3-before-smtp",
        }, {
          examples = {
              { reply = [[553 5.3.0 <xxx@xxx.xxx>... Please receive your mail before sending]],
                source = "http://www.ddn.ne.jp/support/faq/email/mailerdaemon.html (DDNet, a Japanese ISP's FAQ: the qmail bounce its server sends; addresses shown as xxx by the page)" },
          },
        }),
        -- a relay refusal that asks the client to log in ("relay access
        -- denied - please authenticate", a sending service's submission
        -- server): said to its own client, whose missing login is our
        -- setup; a remote MX that does not serve the recipient's domain
        -- asks no one to authenticate (phrase.relay)
        r("phrase.relay-login-asked", "securityerror", {
            "please authenticate", "authenticate first",
        }, {
          all = { { "relay" } },
          examples = {
              { reply = [[550 relay access denied - please authenticate]],
                source = "https://github.com/mastodon/mastodon/issues/22669 (SMTP2GO refusing an instance that did not log in)" },
          },
        }),
        r("phrase.relay-authenticated", "rejected", {
            "authenticated user", "authenticated sender", "authenticated account",
            -- the sending user named as the one who may not relay ("End-of-data
            -- rejected: user not permitted to relay", after the recipients
            -- were taken)
            "user not permitted to relay", "user is not permitted to relay",
        }, {
          all = { { "relay" } },
          none = { "not authenticated", "unauthenticated", "non-authenticated",
                   "must be authenticated", "only authenticated" },
          examples = {
              { reply = [[550 Authenticated user alice@example.com is not permitted to relay to bob@example.net]],
                source = "github.com/jdelic/opensmtpd-filter-denyrelay main.go (the filter's refusal of an authenticated user's relay; addresses filled)" },
              { reply = [[554 5.7.1 : End-of-data rejected: user not permitted to relay]],
                source = "http://www.ssmhelp.com/email/can-receive-but-not-send-email (the sender's own provider stops the sending account)" },
          },
        }),

        -- a relay refusal whose subject is our sender or From address
        -- ("553 Sender is not allowed to relay emails": a submission
        -- server that will not send with an address the account does not
        -- own): the sender refused, not the recipient's domain (before
        -- phrase.relay)
        r("phrase.sender-relay", "rejected", {
            "not allowed to relay", "not permitted to relay", "not authorized to relay",
            "not authorised to relay", "may not relay", "cannot relay", "can't relay",
        }, {
          all = { { "sender is ", "sender not ", "sender address is ", "sender address not ",
                    "senders are ", "sender may ", "sender cannot ", "sender can't ",
                    "from address is ", "from address not " } },
          none = { "recipient", "rcpt" },
          examples = {
              { reply = [[553 Sender is not allowed to relay emails]],
                action = "fix",
                source = "code index file id 70999058381 (a project's send record quoting Zoho's SMTP refusal of a From address that is not a send-as identity of the account)" },
          },
        }),
        -- Microsoft's 5.7.64 (TenantAttribution): the relay refused mail
        -- that came in over an inbound connector or from an on-premises
        -- organisation whose sending domain is not attributed to the
        -- tenant: our connector setup, whatever else the text says ("550
        -- 5.7.64 Relay Access Denied ATTR36"), not the recipient's domain
        r("phrase.relay-tenant", "norelaying", {
            "relay", "tenantattribution",
        }, {
          status = { "5.7.64", "4.7.64" },
          action = "fix", scope = "sender",
          examples = {
              { reply = [[550 5.7.64 Relay Access Denied ATTR36. For more details please refer to: https://support.microsoft.com/kb/3169958]],
                action = "fix",
                source = "https://github.com/MicrosoftDocs/OfficeDocs-Support/blob/public/Exchange/ExchangeHybrid/hybrid-configuration-wizard-errors/relay-access-denied-attr36-ndr.md (the on-premises side may not send for a domain not accepted in the tenant)" },
          },
        }),

        r("phrase.relay", "norelaying", {
            "relay access denied", "relaying denied", "relay denied",
            "relay not permitted", "not permitted to relay",
            "unable to relay", "relaying not allowed", "relay not allowed",
            "not allowed to relay", "we do not relay", "no relaying",
            "allowed rcpthosts", "relaying disallowed", "relay prohibited",
            -- qmail's rcpthosts reply cut short ("that domain isn't in
            -- my list of allowed")
            "that domain isn't in my list of allowed",
            "not a gateway", "relay rejected", "cannot deliver mail for",
            "don't relay", "dont relay", "unauthorized relay",
            -- the server's own refusal to relay, in other verbs ("This
            -- server does not relay", "will not relay for")
            "does not relay", "doesn't relay", "do not relay", "will not relay",
            "won't relay", "cannot relay", "can't relay",
            "unauthorised relay", "not an open relay",
            -- the same refusal in a translated wording ("550 5.7.1
            -- Retransmission denied", Mailgun's MX as a webmail showed it)
            "retransmission denied", "retransmission not allowed",
            -- qmail's rcpthosts named in a translated reply ("553 lo
            -- sentimos, ese dominio no está en mi lista de rcpthosts
            -- permitidos (#5.7.1)", "lijst met toegestane rcpt-hosts")
            "rcpthost", "rcpt-host",
        }, {
          examples = {
              { reply = [[550 Relaying Denied]],
                source = "http://help.g-wip.com/cat-285/550550.html" },
              { reply = [[550 5.7.1 <torvalds@osdl.com>... Relaying denied. Proper authentication required.]],
                source = "linux-kernel list 2003-07-21, a renamed Postfix's notice quoted in 'Re: Problems contacting Linus' (code index file id 28253284396)" },
              { reply = [[Reason: 553 Relay denied]],
                source = "https://knowledge.broadcom.com/external/article/161393/rejection-errors-when-delivering-to-3rd.html" },
              { reply = [[553 lo sentimos, ese dominio no está en mi lista de rcpthosts permitidos (#5.7.1)]],
                source = "https://support.microsoft.com/es-es/office/recibo-un-error-550-553-o-retransmisi%C3%B3n-prohibido-al-enviar-mensajes-de-correo-electr%C3%B3nico-65b494a4-0a15-433e-829f-e73651e0245e (Microsoft's relay-error article in Spanish)" },
              { reply = [[550 Relaying denied.(F-Secure/virusgw_smtp/virusgw1.sppd.jp)]],
                source = "https://sppd.ne.jp/support/client/manual_mail_trouble.php (a Japanese host's gateway without POP before SMTP)" },
              { reply = [[550 5.7.1 Your IP is not permitted to relay through this server]],
                source = "code index file id 51830954081 (a Python relay server built on aiosmtpd: RCPT from an IP it does not relay for)" },
          },
        }),
        r("phrase.relay-words", "norelaying", {
            "relay",
        }, { all = { { "deni", "not allowed", "not permitted", "refused",
                       "prohibited", "forbidden", "reject", "disabled",
                       -- "isn't allowed to be relayed thru this MTA"
                       "n't allowed", "n't permitted",
                       -- the client not authorised to relay ("Client not
                       -- authorized to relay, use SMTP AUTH")
                       "not authori", "unauthori" } },
             -- (a connection refused by a host named relay.* is the network's)
             none = { "relay host", "recipient table", "user unknown",
                      "unknown user", "connection refused", "connect to " },
             examples = {
                 { reply = [[553 host denies relay. (拒绝中继)]],
                   source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html" },
             } }),

        -- the recipient domain is not one this host (a gateway, a hosted
        -- filter, an MX) serves: mail for it is relaying ("Domain not
        -- served here", "the recipient's domain isn't a ... protected
        -- domain", "Your domain is not configured to use this MX host");
        -- an unknown mailbox inside a served domain is the address rules'
        -- (the recipient is RFC 5321's forward-path: "Domain of forward
        -- path is not allowed", a gateway's relay domains list)
        r("phrase.domain-not-served", "norelaying", {
            "served here", "domain not served", "domains not served",
            "protected domain", "configured to use this mx",
            -- "Recipient domain is not hosted here"
            "hosted here", "hosted on this server", "hosted by this server",
            "domain of forward path", "forward path domain",
        }, {
          all = { { "not ", "n't", "no longer" } },
          none = { "user", "mailbox", "address doesn't", "address does not",
                   "account", "exist" },
          examples = {
              { reply = [=[550 5.1.2 Domain not served here [example.org]]=],
                source = "Mimecast Robin MTA, com/mimecast/robin/smtp/SmtpResponses.java, read via the code index (file id 53185874078) UNKNOWN_DOMAIN_550" },
              { reply = [[XGEMAIL_0010 Message rejected because the recipient's domain isn't a Sophos Email protected domain.]],
                source = "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html" },
              { reply = [[550 Domain of forward path is not allowed]],
                source = "https://success.trendmicro.com/dcx/s/solution/1106332 (InterScan Messaging Security: the recipient domain is not in its relay domains list)" },
          },
        }),

        -- the envelope sender
        -- the sender's own domain named as having no DNS or MX ("Your
        -- domain has not DNS/MX entries"): the envelope sender refused,
        -- not the recipient's domain (which the address rules read)
        r("phrase.sender-domain-dns", "rejected", {
            "dns/mx", "mx entries", "mx entry", "mx record", "dns entries",
            "dns entry", "dns record", "not dns", "no dns", "no mx",
            "not resolve", "does not resolve", "doesn't resolve",
        }, {
          all = { { "your domain", "sender domain", "sender's domain",
                    "senders domain", "sending domain", "domain of the sender",
                    "sender address domain", "mail from domain" } },
          none = { "recipient", "spf", "dkim", "dmarc" },
          examples = {
              { reply = [[505 Your domain has not DNS/MX entries]],
                source = "github.com/warren-bank/mirror-XMail-mail-server SMTPSvr.cpp SMTPCheckReturnPath() (CheckMailerDomain)" },
          },
        }),

        -- an address failure under a status that names the sender's
        -- address (X.1.7 bad sender mailbox syntax, X.1.8 bad sender
        -- system address), such as a log line's own "dsn=5.1.8" beside
        -- "stat=User unknown" from a relay that refused the sender's
        -- domain: our sender, not the recipient
        r("phrase.sender-status", "rejected", {
            "unknown", "not found", "not exist", "n't exist", "invalid",
            "rejected", "refused", "denied", "unrouteable", "unroutable",
            -- the sender's domain without a mail exchanger or address
            "no valid mx", "no mx", "not resolve",
        }, {
          status = { "x.1.7", "x.1.8" },
          examples = {
              { reply = [[Apr 18 21:45:01 server sendmail[18320]: r3J4ix8q018318: to=<user@example.com>, ctladdr=<root@PROD-asterisk3> (0/0), delay=00:00:01, xdelay=00:00:01, mailer=relay, pri=120356, relay=[192.0.2.10] [192.0.2.10], dsn=5.1.8, stat=User unknown]],
                action = "fix",
                source = "Ubuntu Forums, 'Finishing sendmail relay server on 12.04', 2013-04-18 (the relay logged 553 5.1.8 Domain of sender address root@PROD-asterisk3 does not exist; addresses filled), read via the code index (file id 57131950080)" },
              { reply = [[501 5.1.7 sender user1@example.org contains a domain with no valid MX records]],
                source = "Apache James ValidSenderDomainHandler (code index file id 4780947483), sender filled in" },
          },
        }),

        r("phrase.sender", "rejected", {
            -- ("553 5.7.1 SENDER REJECT": the verb without its ending)
            "sender address rejected", "sender reject", "sender denied",
            "sender verify failed", "sender unknown", "unknown sender",
            "invalid sender", "sender domain", "domain of sender",
            "sender address is invalid", "mail from address",
            -- the envelope sender must be the logged-in user's ("553 Mail
            -- from must equal authorized user")
            "mail from must",
            "sender is not allowed", "bad sender", "sender not allowed",
            "sender cannot", "sender may not",
            "return path", "envelope sender", "sender verification",
            "sender verify", "required for sender address",
            "valid from", "from: domain", "from domain", "sender address has",
            "sending denied", "send as", "permissions to send",
            "not allowed to send", "sender address is not allowed",
            -- a local user or client kept from sending (an outbound policy)
            "blocked from sending",
            "invalid dns mx", "dns mx",
            -- Exim's sender callout ("Verification failed for <sender>");
            -- Amazon SES: the From/Return-Path identity is not verified
            "verification failed for", "address is not verified",
            "verified sender identity", "sender identity",
            "identities failed the check",
            -- Exim's sender verification: the sender address does not
            -- route; a callout found the sender domain refusing the empty
            -- sender (<>) its bounces would come from
            "route to sender", "accept the empty address",
            -- a failure found in the sender address ("unknown local-part
            -- in sender", "invalid domain in sender"), and a logged-in
            -- user sending from an address that is not theirs ("You can
            -- only send from your own addresses")
            "in sender", "only send from", "only send as", "send from your own",
            -- the From domain is not a sending domain set up (or verified)
            -- in the sending account ("Unconfigured Sending Domain")
            "unconfigured sending domain", "sending domain not configured",
            "sending domain is not configured", "unverified sending domain",
            "sending domain not verified", "sending domain is not verified",
            -- a sender callout's refusal in other words: the sender must
            -- exist, the return address was rejected ("550 Sender must
            -- exist", "rejected your return address")
            "sender must exist", "sender must be valid", "sender must be a valid",
            "rejected your return address", "refused your return address",
            "return address rejected", "return address was rejected",
            "return address refused",
            -- an Exim ACL's words for its sender check ('550 administrative
            -- prohibition "mailserver verify address"', listed among the
            -- sender-verification refusals)
            "mailserver verify address",
            -- a logged-in user or account sending with an address it may
            -- not use ("is not authorized to send messages with the
            -- address", "is unauthorized to send on behalf of"), and a
            -- submission server's refusal of a sender that is not its own
            -- ("not local sender")
            "authorized to send messages with", "authorised to send messages with",
            "authorized to send mail with", "authorised to send mail with",
            "authorized to send with", "authorised to send with",
            "authorized to send on behalf", "authorised to send on behalf",
            "allowed to send on behalf", "permitted to send on behalf",
            "not local sender", "not a local sender", "non-local sender",
            "sender is not local", "sender not local",
            -- the sender not acceptable or not authorised as such, or
            -- breaking the receiving side's sender policy
            "sender not acceptable", "sender is not acceptable",
            "unacceptable sender", "sender authorisation", "sender authorization",
            "sender address violates", "spoofed mail from", "spoofed sender",
            -- the sender that must be the logged-in user's ("Sender is not
            -- same as SMTP authenticate username")
            "sender is not same as", "not same as smtp",
            -- the sender not the authenticated user's own ("Sender not
            -- owned by authenticated user", a policy service's words for
            -- Postfix's "not owned by user")
            "sender not owned", "not owned by authenticated", "not owned by the authenticated",
            -- sendmail's access map refusing our envelope sender by name
            -- ("550 Sorry, no access for this user": a known spammer's
            -- sender, README's label rule), and a server that refuses the
            -- sender as such ("553 host denies the sender.")
            "no access for this user", "no access for this sender",
            "denies the sender", "denied the sender", "refuses the sender",
            "refused the sender", "rejects the sender",
        }, {
          examples = {
              { reply = [[550 DATA BLOCKED - THIS USER ACCOUNT IS NOT AUTHORIZED TO SEND MESSAGES WITH THE ADDRESS <other@example.org> - PLEASE CHECK YOUR EMAIL CLIENT SETTINGS AND TRY AGAIN]],
                action = "fix",
                source = "github.com/lavabit/magma src/servers/smtp/smtp.c smtp_data_outbound() (smtp_check_authorized_from; the address filled in)" },
              { reply = [[554 5.7.1 <DATA>: Data command rejected: uid=jane,ou=People,dc=example,dc=com is unauthorized to send on behalf of uid=boss,ou=People,dc=example,dc=com]],
                action = "fix",
                source = "github.com/sicherha/pykolab bin/kolab_smtp_access_policy.py verify_delegate() (the policy's REJECT as Postfix renders it at DATA; DNs filled in)" },
              { reply = [[550 not local sender over smtp]],
                action = "fix",
                source = "github.com/nitinsh06/Django-Verify-Email/issues/35 (an unauthenticated submission with a sender not of the server's domains)" },
              { reply = [[553 5.7.1 SENDER REJECT]],
                action = "fix",
                source = "code index file id 31059219951 (a Java bulk sender's markers: Sohu's refusal of the sending account)" },
              { reply = [[553 5.7.1 Sender not owned by authenticated user]],
                action = "fix",
                source = "code index file id 18186443493 (a Go Postfix policy service: the sender is not an address of the logged-in user)" },
              { reply = [[554 5.1.0 Sender denied]],
                source = "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html" },
              { reply = [[550 Sender verify failed]],
                source = "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html" },
              { reply = [[550 administrative prohibition "mailserver verify address"]],
                source = "https://techjourney.net/?p=4273 (listed among the refusals of a sender verification)" },
              { reply = [[550 news@example.com That sender cannot send mail here]],
                source = "github.com/haraka/haraka-plugin-access index.js mail_from_access() (mail_from.access.blacklist)" },
              { reply = [[550 Verification failed for <bounce@example.com>]],
                action = "fix",
                source = "github.com/Exim/exim src/src/smtp_in.c smtp_handle_acl_fail() ('Verification failed for <%s>', sender_verified_failed)" },
              { reply = [[550 5.7.1 Message rejected: Email address is not verified]],
                action = "fix",
                source = "https://repost.aws/knowledge-center/ses-554-400-message-rejected-error ('Message rejected: Email address is not verified. The following identities failed the check in region ...')" },
              { reply = [[550 rejected: cannot route to sender <martijn at fake.mail.address>]],
                action = "fix",
                source = "https://lists.samba.org/archive/linux/2002-July/004006.html (Exim session quoted on the list)" },
              { reply = [[550 5.7.1 <addr>... recipient denied, because MX 10 mail.example.' [192.0.2.1] for <user@example> did not accept the empty address, <>, as required by RFC 821, 1123, 2505, and 2821]],
                action = "fix",
                source = "http://bbs.chinaunix.net/forum.php?action=printable&mod=viewthread&tid=618870 (forum thread; placeholders as in the post)" },
              { reply = [[550 unknown local-part in sender]],
                action = "fix",
                source = "an early Exim 4 src/verify.c verify_sender() (code index file id 18109678278)" },
              { reply = [[553 5.7.1 You can only send from your own addresses]],
                action = "fix",
                source = "PhoneMail's inbound SMTP server onMailFrom() (code index file id 70262645217)" },
              { reply = [[550 Sorry, no access for this user]],
                action = "fix",
                source = "http://www.icglink.net/cgi-bin/icglink/helpdesk/kb.cgi?view=73 (ISP help desk table of sendmail session replies: the sender is a known spammer)" },
              { reply = [[553 host denies the sender. (拒绝发件人地址)]],
                action = "fix",
                source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html (a Chinese table of mail-server replies: the sender address refused)" },
              { reply = [[550 Sender must exist]],
                action = "fix",
                source = "https://techjourney.net/?p=4273 (the replies of a failed sender verification)" },
              { reply = [[550 The destination mail system rejected your return address]],
                action = "fix",
                source = "https://techjourney.net/?p=4273 (the replies of a failed sender verification)" },
          },
          -- ("in sender" is no word edge: "listed in SenderBase", "a
          -- low score in SenderScore", "in Sender Policy Framework" are
          -- not our sender address; greylisting worded on the sender,
          -- "Sender address rejected: Greylisted for 60 sec.", is a delay:
          -- phrase.greylist)
          -- "Bad sender address syntax": MAIL FROM's argument does not
          -- parse, phrase.syntax's)
          none = { "reputation", "spam", "senderbase", "senderscore", "sender score",
                   "sender base", "sender policy",
                   "greylist", "graylist", "grey list", "gray list",
                   "sender syntax", "sender address syntax",
                   -- the session's encryption the sender must use ("Your
                   -- sender domain is required to send via an encrypted
                   -- SMTP session"): phrase.tls
                   "with an encryption", "encrypted smtp", "encrypted session" } }),

        -- an address failure whose address is named as the sender's, the
        -- return or envelope address or the sending user ("Sender Address
        -- Unknown", "Return address not found"): the words of an unknown
        -- recipient, about our side.  ("mail from" and "from address"
        -- are not enough: "email from that domain", a From header.)
        r("phrase.sender-words", "rejected", {
            "sender address", "sender's address", "sender e-mail", "sender email",
            "sender mail address", "return address", "reply-to address",
            "envelope from", "envelope sender", "envelope-from", "return-path",
            "return path", "sending user", "sending address", "sender domain",
            "sender's domain", "sending domain", "originator",
            -- the sender named by its address ("sender <x> verification
            -- failed")
            "sender <",
            -- the sender itself, or its name ("554 sender is unvalidated.",
            -- "530 From/Sender name is not valid")
            "sender is ", "sender name",
        }, {
          all = { { "unknown", "not found", "not exist", "n't exist", "invalid",
                    "not valid", "not verified", "unverified", "unvalidated",
                    "not validated", "not authori",
                    "unauthori", "does not match", "mismatch",
                    -- not the authenticated user's to send as
                    "not owned by", "does not belong to", "doesn't belong to",
                    -- or claimed falsely ("sending user <x> faked")
                    "faked", "forged", "spoofed",
                    -- or failed its check, or its domain may not send
                    -- ("verification failed", "reserved domain", "must be
                    -- sent from <its own servers>")
                    "verification failed", "reserved domain", "must be sent from",
                    -- or may not be used at all ("Forbidden domain 'x' in
                    -- Envelope-From", "sender address not permitted")
                    "forbidden", "not allowed", "not permitted" } },
          none = { "recipient", "rcpt", "user unknown", "unknown user",
                   "no such user", "to address", "destination", "mailbox",
                   "blacklist", "blocklist", "blocked", "listed", "spam",
                   "reputation", "relay",
                   -- an unknown or reserved top-level domain is
                   -- fallback.tld-sender's
                   "tld", "top-level" },
          examples = {
              { reply = [[550 Sender Address Unknown]],
                source = "a small Python SMTP server's MAIL FROM check (sender not one of its mailboxes), read via the code index (file id 47173768441)" },
              { reply = [[550 5.1.0 sending user <info@example.net> faked, I will not accept this mail]],
                action = "fix",
                source = "github.com/DerDakon/Qsmtp qsmtpd/qsmtpd.c (the sender claims a local address the session may not use)" },
              { reply = [[554 sender is unvalidated.]],
                action = "fix",
                source = "https://360docs.net/doc/a61843873.html (a Chinese table of mail-server replies: 发信人地址不合法, the sender address not valid)" },
              { reply = [[530 From/Sender name is not valid]],
                action = "fix",
                source = "https://github.com/postalserver/postal/issues/1346 (the From domain is not one of the credential's server domains)" },
              { reply = [[550 5.7.1 sender <user@example.com> from RFC2606 reserved domain #128]],
                action = "fix",
                source = "http://www.milter.info/smtp/smtpf/reply.html (smtpf 2.1.56 reply list, #128: a sender in an RFC 2606 reserved domain)" },
          },
        }),

        -- the envelope sender or From address that does not match the
        -- logged-in account ('"MAIL FROM" doesn't conform with
        -- authentication', "From address is not one of your addresses"):
        -- our sending setup, never the recipient
        r("phrase.sender-login-mismatch", "rejected", {
            "conform with auth", "conform to auth", "conform with the auth",
            "match the auth", "match auth", "match the login", "match your login",
            "match the logged", "match your account", "match the account",
            "differs from the auth", "different from the auth",
            "not one of your addresses", "not one of your address",
            "not one of your email", "not one of your e-mail",
        }, {
          all = { { "mail from", "from address", "sender", "envelope", "from:" } },
          none = { "recipient", "rcpt", "spf", "dkim", "dmarc" },
          examples = {
              { reply = [[From address is not one of your addresses]],
                action = "fix",
                source = "https://github.com/TryGhost/Ghost/issues/17012 (iCloud's submission server refusing a From that is not the account's)" },
          },
        }),

        -- 501 is the answer to a MAIL FROM the server will not take; a
        -- bare refusal with it ("501 5.7.1 <x>... Permission denied": the
        -- login may not send as that address) is about our sender
        r("phrase.mail-from-denied", "rejected", {
            "permission denied", "access denied", "not permitted",
        }, {
          code = 501,
          none = { "recipient", "rcpt", "relay", "user unknown", "unknown user",
                   "no such", "mailbox" },
          examples = {
              { reply = [[501 5.7.1 Permission denied]],
                source = "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm (the AUTH user differs from MAIL FROM)" },
          },
        }),

        -- the receiving server takes no mail from this sender ("Mailbox
        -- unavailable. This server does not accept mails from this sender
        -- address"): our sender refused, whatever mailbox words come first
        -- (before "mailbox-unavailable")
        r("phrase.sender-not-accepted", "rejected", {
            "from this sender", "from the sender address", "from that sender",
            "from your sender address", "from this email address",
            "from this e-mail address", "from this address",
        }, {
          all = { { "not accept", "n't accept", "refuse", "not allowed",
                    "not permitted", "no mail", "will not take", "does not take" } },
          examples = {
              { reply = [[said: 550 5.2.1 Mailbox unavailable. This server does not accept mails from this sender address (]],
                source = "code index file id 27231749662 (a mailing tool's table of the refusals Yandex's bounces quoted: cummins-power.com.ua)" },
          },
        }),

        -- a relay's expiry notice quotes the last deferral: the expiry decides
        r("phrase.expired-notice", "expired", {
            "message expired", "delivery time expired", "expired in queue",
            "too long in queue", "queue too long", "retry timeout exceeded",
            "message has been in queue too long", "returned to sender",
            "in the queue too long",
            -- Exim (transports/smtp.c): every host failed past the retry
            -- cutoff, so the address is failed for good
            "after a long failure period", "failing for a long time",
            -- Exchange / hMailServer style: every retry failed
            "delivery attempts failed", "all delivery attempts",
            "message has expired", "delivery expired", "delivery period expired",
            -- the envelope's time in the queue ran out (OpenSMTPD's
            -- scheduler: "Envelope expired")
            "envelope expired", "envelope has expired",
            "max time without delivery", "maximum time in queue",
            "queue lifetime", "too long in the queue", "have given up",
            "gave up after", "giving up after",
            -- the retries themselves ran out
            "retry period expired", "retry period exceeded", "retry time expired",
            "retry count exceeded", "retry limit exceeded", "retries exceeded",
            "maximum retry", "maximum number of retries", "max retries",
            "maximum number of delivery attempts", "delivery attempts exceeded",
            "within the allowed time", "within the timeout period",
            "undeliverable within", "in the queue for too long",
            "queue for too long", "queued for too long", "delivery time exceeded",
            "delivery time limit", "after multiple retries", "after multiple attempts",
            "after several attempts", "after repeated attempts",
            -- the attempts are counted out without a number ("After one or
            -- more unsuccessful delivery attempts the attached message has
            -- been removed from the mail queue")
            "unsuccessful delivery attempts",
            -- Exim (deliver.c): a message frozen in its queue (its own
            -- delivery failure) and cancelled when timeout_frozen_after ran
            -- out; before the account words, whose "frozen" is a mailbox's
            "timeout_frozen", "frozen message timed out", "frozen message expired",
        }, {
          -- a full mailbox that outlived the queue is still a full mailbox
          none = { "mailbox is full", "mailbox full", "over quota", "quota exceeded" },
          examples = {
              { reply = [[4.4.7 Message expired]],
                source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
              { reply = [[5.4.300 Message expired]],
                source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
              { reply = [[retry time not reached for any host after a long failure period]],
                source = "Exim src/src/transports/smtp.c (retry data), quoted in bounce parsers" },
              { reply = [[<jparada@bankia.com> Reason: multiple delivery attempts failed]],
                source = "https://pastebin.com/PXk0HAPS" },
              { reply = [[cancelled by timeout_frozen_after]],
                source = "github.com/Exim/exim src/src/deliver.c (a frozen message's delivery cancelled)" },
              { reply = [[Envelope expired]],
                source = "OpenSMTPD usr.sbin/smtpd/queue.c, IMSG_SCHED_ENVELOPE_EXPIRE (code index file id 825748799)" },
          },
        }),

        -- delivery time expired for good (5.4.7) and said so in words of
        -- the message's time running out: the expiry decides over the last
        -- temporary failure it quotes ("message timeout (last transfail:
        -- 454 4.4.4 no MX or A for domain)"); a 4.4.7 delay ("Message
        -- delayed: connection timed out") names no expiry and is not this,
        -- a 4.4.7 whose words say the time ran out is ("550 4.4.7 Message
        -- dropped. Message too old", not a Date header's age)
        r("phrase.expired-status", "expired", {
            "message timeout", "message timed out", "expired", "too long", "too old",
            "last transfail", "last temporary failure", "last transient failure",
        }, {
          status = { "5.4.7", "4.4.7" },
          none = { "mailbox is full", "mailbox full", "over quota", "quota exceeded" },
          examples = {
              { reply = [[550 4.4.7 Message dropped. Message too old]],
                source = "Exchange's SmtpResponse table (MessageTooOld), decompiled (code index file id 11855963925)" },
              { reply = [[554 5.4.7 [internal] message timeout (last transfail: 454 4.4.4 [internal] no MX or A for domain)]],
                source = "github.com/SparkPost/support-docs articles/faq/understanding-delays-bounces.md" },
          },
        }),

        -- a delivery that failed "after N attempts/days": the retries ran
        -- out (qmail's "failed after I sent the message" names no count)
        r("phrase.expired-attempts", "expired", {
            "failed after", "undeliverable after", "not delivered after",
            "unsuccessful after", "could not be delivered after",
            "could not deliver message within", "could not be delivered within",
            "not delivered within", "queued for",
        }, {
          all = { { " attempts", " tries", " retries", " days", " hours" } },
          none = { "will be retried", "retried until", "warning",
                   "mailbox is full", "mailbox full", "over quota", "quota exceeded" },
          examples = {
              { reply = [[Delivery failed after 5 attempts]],
                source = "delivery-failure wording of relays' final notices (e.g. PHPMailer-BMH and bounce-handler rule lists: 'Delivery failed 20 attempts'); https://alexborras.com/errores-y-warnings-habituales-en-retorno-de-email/" },
          },
        }),

        -- the count of failed attempts given as the cause ("Delivery failed
        -- 10 attempts"): the tries ran out; an address cause named with it
        -- or a count of none ("delivery attempts: 0") is another reading
        r("phrase.expired-failed-count", "expired", {
            "delivery failed ", "delivery has failed ", "sending failed ",
        }, {
          all = { { " attempts", " tries", " retries" } },
          none = r.with(ADDRESS_CAUSE, { "delivery attempts:", "attempts: 0", "will be retried",
                                       "retried until", "warning", "temporar",
                                       "spam", "blocked", "refused", "rejected" }),
          examples = {
              { reply = [[Delivery failed 10 attempts: info@example.net]],
                source = "IMail's 'Undeliverable Mail' of 2012 kept as a test fixture by mailgun/flanker (bounce/broken-mime.eml)" },
          },
        }),

        -- sendmail's queue timeout: "Cannot send message for 5 days" (the
        -- status) and "Message could not be delivered for 5 days" (the
        -- transcript); a time span must follow.  Postfix's delay warning
        -- ("... could not be delivered for 4.0 hours. It will be retried
        -- until it is 5.0 days old.") is not an expiry
        r("phrase.expired-queue", "expired", {
            "cannot send message for", "could not be delivered for",
        }, {
          all = { { " day", " hour", " minute", " week" } },
          none = { "will be retried", "retried until", "warning" },
          examples = {
              { reply = [[Cannot send message for 5 days]],
                action = "contact",
                source = "sendmail sendmail/queue.c dropenvelope() (queue timeout: e_message = 'Cannot send message for %s', pintvl(TimeOuts.to_q_return[...]))" },
              { reply = [[Message could not be delivered for 5 days]],
                action = "contact",
                source = "sendmail sendmail/queue.c dropenvelope() (queue timeout, written to the transcript: 'Message could not be delivered for %s')" },
          },
        }),
        -- sendmail's delay warning ("Warning: could not send message for
        -- past 4 hours"): still queued and retried, not yet an expiry
        r("phrase.delay-warning", "networkerror", {
            "could not send message for past", "could not send message for",
            "not yet been delivered", "delivery is delayed", "delivery has been delayed",
            "delivery delayed", "will be retried until", "will continue trying",
            "is delayed", "been delayed", "was delayed",
            "still trying to deliver",
            -- still not delivered after some hours, in English and French
            -- ("Warning: Message Still Undeliverable After 4 Hours", "ce
            -- message n'a pu être envoyé ces 4 dernières heures")
            "still undeliverable", "still undelivered", "still not delivered",
            "n'a pu être envoyé", "n'a pas pu être envoyé", "n'a pu etre envoye",
            -- the warning's short form ("warning: cannot send message for
            -- 4 hours"), not the expiry's "Cannot send message for 5 days"
            "warning: cannot send message",
        }, {
          all = { { " day", " hour", " minute", "past", "retr", "trying", "delay",
                    " heure", " jour" } },
          class = { 0, 4 },
          examples = {
              { reply = [[Warning: could not send message for past 4 hours]],
                source = "http://museum-web2.sakuraha.jp/20040701103314/support/post/manual/trouble/smtp_451.html" },
              { reply = [[Warning: Message Still Undeliverable After 4 Hours]],
                source = "http://help.dycon.com/win95folder/emailerror.html (an ISP's list of mail errors; 'xxx' there, filled)" },
              { reply = [[Avertissement : ce message n'a pu être envoyé ces 4 dernières heures]],
                source = "https://www.arobase.org:443/ecole/erreurs.htm (the recipient's server is probably down; retried for days)" },
              { reply = [[Could not send message for x hours]],
                source = "https://www.computerbild.de/artikel/cb-Tipps-Internet-Mailer-Daemon-Was-hat-es-mit-der-Fehlermeldung-auf-sich-31408087.html" },
              { reply = [[warning: cannot send message for 4 hours]],
                source = "code index file id 475186803 (sendmail 8.6 envelope.c dropenvelope(), the delay warning's short form)" },
          },
        }),

        -- greylisting: a policy delay that a retry clears
        r("phrase.greylist", "undefined", {
            "greylist", "graylist", "grey list", "gray list",
            "greylisted", "try again in", "not yet authorized to deliver",
            -- a first-time sender asked to come back
            "first-time sender", "first time sender",
            -- the greylisting daemons that name themselves ("Recipient
            -- address rejected: Delayed by Postgrey", SQLgrey's replies)
            "postgrey", "sqlgrey",
        }, {
          examples = {
              { reply = [[Recipient address rejected: Delayed by Postgrey]],
                source = "https://github.com/docker-mailserver/docker-mailserver/issues/3497 (iCloud mail delayed by Postgrey)" },
              { reply = [[451 This server employs greylisting as a means of reducing spam. Please resend e-mail shortly]],
                source = "https://www.mailenable.com/kb/content/article.asp?ID=ME020631" },
              { reply = [[450 4.7.1 Recipient address rejected: Policy Rejection- Greylisted for 60 seconds: Please try later]],
                source = "http://www.symantec.com/connect/forums/error-452-too-many-recipients-received-hour-will-these-messages-be-sent-again-brightmail" },
              { reply = [[4.2.0 Sender address rejected: Greylisted for 60 sec.]],
                source = "https://www.spam-mail-blocker.de/greylisted.html (XX there)" },
          },
          -- (a rate or volume limit that names its wait, "Too many mails
          -- (mail bomb), try again in 1 hour(s)", is the rate's)
          none = { "too many", "mail bomb", "mailbomb", "rate limit", "ratelimit",
                   "rate-limit", "rate exceeded", "throttl" },
          class = { 0, 4 }, action = "retry", retry_after = 300,
             tags = { "greylisted" } }),
        -- a recipient check still running (Postfix's "unverified address:
        -- Address verification in progress"): nothing known yet of the
        -- address, a retry will find out
        r("phrase.verify-pending", "undefined", {
            "verification in progress", "verification is in progress",
            "verification pending", "verification is pending",
            "being verified",
        }, {
          class = { 0, 4 }, action = "retry",
          examples = {
              { reply = [[450 4.1.1 <recipient@example.com>: Recipient address rejected: unverified address: Address verification in progress]],
                source = "https://inmotionhosting.com/support/email/email-error-450 (RemoteDomain.com there)" },
          },
        }),

        -- a policy service's quota refused ("Policy Rejection - Quota
        -- Exceeded"): the sender's allowance per hour or day, not the
        -- recipient's mailbox (which phrase.mailbox-full reads)
        r("phrase.policy-quota", "ratelimited", {
            "policy rejection", "policy reject",
        }, {
          all = { { "quota" } },
          none = { "mailbox", "recipient's quota", "recipients quota", "user's quota" },
          examples = {
              { reply = [[Recipient address rejected: Policy Rejection - Quota Exceeded.]],
                source = "https://faq.active24.com/eng/588328-Common-e-mail-problems-Quota-exceeded-Greylisting (Active24: its outgoing servers' hourly limit)" },
          },
        }),

        -- our volume
        r("phrase.rate", "ratelimited", {
            "too many messages", "too many connections", "too many recipients",
            "too many concurrent", "too many sessions", "too many mails",
            "too many emails", "too frequent", "too fast",
            "receiving mail too quickly", "receiving mail at a rate",
            "rate limit", "ratelimit", "rate-limit", "rate exceeded",
            "exceeded the rate", "sending rate", "connection limit",
            "connection rate", "message rate", "throttling", "slow down",
            "mail flood", "exceeded the maximum number of",
            -- a flood of mail from us ("flood policy violation"), in any words
            " flood",
            "too many invalid recipients", "unusual rate", "frequency limited",
            "concurrent connections", "limit for this connection",
            "maximum number of concurrent",
            -- sessions or connections at once over the limit ("Max
            -- concurrent sessions")
            "concurrent sessions", "simultaneous connections",
            "simultaneous sessions", "max concurrent", "maximum concurrent",
            "parallel connections", "parallel sessions",
            -- the sending account's own allowance ("Recipient List over
            -- Package Quota"): its plan, not a mailbox
            "package quota", "plan quota", "sending quota", "plan limit",
            -- recipients per message or per transaction over the limit
            -- ("Maximum limit of 100 recipients reached", "One recipient
            -- at a time")
            "recipients reached", "one recipient at a time",
            -- the recipients of one message counted over the limit ("The
            -- number of RCPTs is over size", Alibaba Cloud DirectMail)
            "number of rcpt",
        }, {
          examples = {
              { reply = [[450 4.3.2 Too many mails (mail bomb), try again in 1 hour(s) 25 minute(s) and see ( http://portal.gmx.net/serverrules ) {mx-us011}]],
                source = "code index file id 25279307272 (an Exim log line of GMX's deferral in a log-search tool's test)" },
              { reply = [=[451 4.5.1 [192.0.2.1] Max concurrent sessions (#1.04)]=],
                action = "throttle",
                source = "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (#1.04 ERR_SMTP_REJECT_CONCURRENT; IP filled in)" },
              { reply = [[452 Too many recipients]],
                source = "https://eomatica.gal/gl/component/content/article/14-blogue/271-erros-frecuentes-nos-envios-de-email.html" },
              { reply = [[451 4.7.28 flood policy violation (HOTtest)]],
                source = "github.com/fastmail/authentication_milter lib/Mail/Milter/Authentication/Handler/Blocker.pm (example rule in the generated blocker config)" },
              { reply = [[4.5.3 Too many recipients]],
                source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
              { reply = [[421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: TooManyConnectionsPerSource (Exchange Server transport reply strings, decompiled)" },
              { reply = [[421 4.3.2 The maximum number of concurrent server connections has exceeded a limit, closing transmission channel]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: TooManyConnections (Exchange Server transport reply strings, decompiled)" },
              { reply = [[421 4.4.2 Message size limit for this connection reached]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: MessageSizeLimitReached (Exchange Server transport reply strings, decompiled)" },
              { reply = [[556 The number of RCPTs is over size]],
                source = "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail, Chinese: its own return codes)" },
          },
          -- "too many messages on the server": a full mailbox (WEB.DE)
          none = { "on the server", "in the mailbox", "in mailbox",
                   "in this mailbox", "in your mailbox", "in this folder",
                   "mailbox has exceeded", "mailbox contains" },
        }),

        r("phrase.throttled", "ratelimited", {
            "throttled", "excessive volume", "high volume", "unusual volume",
            "too much traffic",
            -- a limit of ours reached, in other words
            "reached its limit", "reached the limit", "reached your limit",
            "limit reached", "limit exceeded", "limits exceeded",
            "exceeded the limit", "exceeded its limit", "exceeded your limit",
            "over the limit", "too much mail", "too much email",
            "too many requests", "rate controlled", "sending too much",
        }, {
          examples = {
              { reply = [[421 4.1.0 192.0.2.1 Throttled - try again later]],
                source = "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-should-i-do-about-comcast-throttling-and-deferral-errors" },
          },
          -- "(throttled)": a note some tools add; a size, storage or
          -- mailbox limit is not our volume (nor Gmail's "Their inbox is full, or it's getting too much mail")
          none = { "(throttled)", "size", "storage", "disk", "quota", "mailbox",
                   "inbox", "line", "header", "length", "bytes", "account", "user",
                   "mail data", "service unavailable" } }),
        -- a 4xx that names the server's own state (shutting down, in
        -- maintenance) or a timeout: not our volume
        r("phrase.4xx-down", "systemerror", {
            "shutting down", "shutdown in progress", "maintenance",
            "restarting", "being restarted",
        }, {
          class = 4,
          none = { "too many", "rate" },
          examples = {
              { reply = [=[421 4.3.0 Server is shutting down. Please try again later. Sayonara!]=],
                source = "github.com/flashmob/go-guerrilla response/enhanced.go (canned response on shutdown)" },
          },
        }),
        -- seed: a 421 is usually about too many messages or connections
        r("phrase.421-later", "ratelimited", {
            "try again later", "try later", "closing connection",
            "temporarily deferred", "temporarily rejected", "later",
        }, {
          examples = {
              { reply = [[421 4.7.0 Try again later, closing connection.]],
                source = "https://support.google.com/a/answer/3726730" },
          },
          -- (a timeout is the network's: the network rule decides it)
          -- (nor a problem the server names as its own: "421 4.4.0 Problem
          -- attempting to execute commands", "I'm too busy now", the
          -- system's rules decide; nor failed logins, the login's)
          code = 421, none = { "system problem", "server busy", "unavailable",
                               "timeout", "timed out", "problem", "too busy",
                               "overloaded", "failed logins", "failed login",
                               -- the machine's load named ("Too much load")
                               "too much load", "high load", "load too high",
                               "load is too high" } }),
        r("phrase.rate-words", "ratelimited", {
            " rate ", " rates ", "-rate ",
        }, {
          examples = {
              { reply = [[Message not delivered. Reason: host destination-1834.routing.emailservice.io[12.172.74.114] said: 421 4.4.2 Message submission rate for this client has exceeded the configured limit (in reply to MAIL FROM command)]],
                source = "https://support.mailprotector.com/hc/en-us/articles/360048244891-Common-Email-Bouncebacks" },
          },
          all = { { "exceed", "limit" } } }),
        r("phrase.sending-quota", "ratelimited", {
            "exceeded your", "your quota", "sending quota", "outbound quota",
            "daily quota", "hourly quota", "send quota", "daily limit",
            "hourly limit", "sending limit", "too much email", "send quota exceeded",
            "submission quota", "submissionquota", "too much mail from",
            "maximum number of messages",
            "messages per session",
            "short period of time", "recipient quota", "queue quota",
            "submission has been disabled",
            -- a group's or an account's count of recipients ("The group
            -- ... has exceeded its quota for total number of external
            -- recipients")
            "quota for total number", "number of external recipients",
            -- a session's byte budget
            "transfer quota", "transfer limit",
            -- a hosting panel's cap on a mailbox's or domain's outgoing
            -- mail ("The limit on the number of allowed outgoing messages
            -- was exceeded")
            "allowed outgoing messages", "outgoing messages was exceeded",
            "outgoing messages exceeded", "limit on outgoing", "outgoing mail limit",
            "outgoing message limit", "number of outgoing messages",
        }, {
          -- a mailbox holding its maximum number of messages is full
          none = { "mailbox has exceeded", "in the mailbox", "in mailbox",
                   "mailbox contains" },
          examples = {
              { reply = [[421 4.7.1 Recipient quota exceeded]],
                source = "https://knowledge.broadcom.com/external/article/159004/understanding-maximum-number-of-outbound.html" },
              { reply = [[450 4.7.0 Organization queue quota exceeded.]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: OrgQueueQuotaExceeded (Exchange Server transport reply strings, decompiled)" },
              { reply = [[451 4.7.28 mx.example.com Session exceeded transfer quota.]],
                source = "github.com/stalwartlabs/mail-server crates/smtp/src/inbound/spawn.rs handle_conn() (host name filled in)" },
              { reply = [[5.7.0 Your message could not be sent. The limit on the number of allowed outgoing messages was exceeded. Try again later.]],
                source = "https://www.plesk.com/kb/support/what-will-happen-to-emails-that-are-sent-once-the-outgoing-limit-is-reached/ (Plesk's outgoing mail control, its milter-reject text)" },
              { reply = [[554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException]],
                source = "github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150 (the sender's daily recipient limit)" },
              { reply = [[The group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.]],
                source = "github.com/codeforamerica/brigade/issues/242 (Google's text after 'Technical details of permanent failure:')" },
          },
        }),
        -- a quota exceeded under a policy status (X.7: security or
        -- policy), naming no mailbox, disk or recipient ("550 5.7.1 Email
        -- quota exceeded.", Google's for a sending quota): our volume;
        -- a full mailbox is X.2.2 and says whose quota it is
        r("phrase.quota-policy", "ratelimited", {
            "quota exceeded", "over quota", "exceeded quota",
        }, {
          status = { "x.7" },
          none = { "mailbox", "recipient", "user", "disk", "storage", "full",
                   "inbox", "rcpt", "account", "folder" },
          examples = {
              { reply = [[550 5.7.1 Email quota exceeded.]],
                source = "https://support.google.com/a/answer/3726730 (the sending quota was exceeded)" },
          },
        }),

        -- general words for causes the lists above miss: "too many"
        -- anything but hops, errors and stored mail is our volume
        -- our session's count of failed recipients over the server's limit
        -- (a dictionary-attack guard): our sending, not the address, though
        -- the words name recipients
        r("phrase.failed-recipients", "ratelimited", {
            "failed recipients", "bad recipients", "invalid recipients",
            "rejected recipients", "failed rcpt", "bad rcpt",
        }, {
          all = { { "too many", "exceeded", "limit", "number of", "count" } },
          -- (a reply that names the user, mailbox or account is about it)
          none = { "user", "mailbox", "account", "no such" },
          examples = {
              { reply = [==[550 Number of failed recipients exceeded.  Come back in a few hours.]==],
                source = "github.com/Exim4U/src etc/exim/exim.conf (Exim4U ACLs: the message text of its dictionary-attack drop)" },
          },
        }),
        r("phrase.too-many", "ratelimited", {
            "too many ", "mail bomb", "mailbomb",
        }, {
          -- (Haraka's "Too many failures (Tried all MXs)": its tries of the
          -- way there, fallback.network's)
          none = { "hops", "received", "error", "tried all mx", "bad command",
                   "unrecognized", "invalid command", "unimplemented", "on the server",
                   "loop", "mailbox", "folder", "inbox", "stored",
                   "login", "auth",
                   -- a spam score's "too many spam points", a message's
                   -- "too many MIME parts": the message, not our rate
                   "spam", "mime", "parts" },
          examples = {
              { reply = [[450 Too many recipient attempts]],
                source = "github.com/knadh/listmonk/issues/1300" },
          },
        }),
        -- the message's size, however the limit is worded ("max message
        -- size", "more than N bytes")
        r("phrase.size-words", "emailtoolarge", {
            "message size", " bytes",
            -- a limit named in megabytes ("Message exceeds the 25 MiB
            -- limit.", a Cloudflare Email Worker's refusal)
            "mib limit", "mb limit",
            -- "Maximum size of the message reached" (a size, not a quota)
            "size of the message", "size of your message", "size of this message",
            "size of the email", "size of your email",
        }, {
          all = { { "exceed", "more than", "larger than", "too large",
                    "too big", "too long", "maximum", "limit" } },
          -- (a service's soft bounce that a smaller message may still pass
          -- is phrase.size-temp's)
          none = { "mailbox", "quota", "storage", "full", "disk",
                   "may be able to", "might be able to" },
          examples = {
              { reply = [[550 Error reading data, max message size exceeded]],
                source = "github.com/nodemailer/nodemailer/issues/1047" },
              { reply = [[Message exceeds the 25 MiB limit.]],
                source = "code index file id 67398553656 (a Cloudflare Email Worker's setReject reason)" },
              { reply = [[554 Message rejected: Stream is more than 10485760 bytes long.]],
                source = "github.com/freescout-help-desk/freescout/issues/318" },
              { reply = [[5.2.0 Taille limite du message atteinte. Maximum size of the message reached. Veuillez vérifier le message et essayer à nouveau.]],
                source = "github.com/sisimai/p5-sisimai/issues/240 (Orange's reply as a user quoted it; its own token 'OFR_514 [514]' cut, which Orange's rules read)" },
          },
        }),
        -- the receiving server overloaded
        r("phrase.busy", "systemerror", {
            "too busy", "server is busy", "overloaded", "system is busy",
            -- its service or components not running ("Service not
            -- active"): before the inactive-account words
            "service not active", "service is not active",
        }, {
          none = { "mailbox", "user" },
          examples = {
              { reply = [[421 Server too busy.]],
                source = "http://kbit.tistory.com/tag/reply%20error%20message" },
              { reply = [[550 System is busy.]],
                source = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm (the receiving server is busy)" },
          },
        }),
        -- content judged unacceptable in other words than "spam"
        r("phrase.content-words", "spamdetected", {
            "inappropriate", "objectionable", "associated with junk",
            -- the content named as what was refused, in either order
            -- (Mailjet's "content blocked", Amazon SES's "Bad content")
            "content blocked", "blocked content", "bad content", "content rejected",
            "rejected content", "content refused", "content not accepted",
            "prohibited content",
        }, {
          examples = {
              { reply = [[content blocked]],
                source = "code index file id 6737354752 (Mailjet Event API documentation, 'Possible values for errors' table: spam / content blocked)" },
              { reply = [[554 5.7.1 Bad content]],
                source = "github.com/awsdocs/amazon-ses-developer-guide doc-source/event-publishing-retrieving-sns-examples.md (a Reject record's reason, with a refusal's code)" },
              { reply = [[550 The mail may contain inappropriate words or content.]],
                source = "github.com/gophish/gophish/issues/5954 (QQ Mail)" },
              { reply = [[550 5.7.1 The Triple-X in subject is way too often associated with junk email, please rephrase.]],
                source = "linux-kernel list 2003-04-08, vger's refusal quoted in a returned mail (Message-ID <20030408071845.GA10002@schiele.local>)" },
          },
        }),
        -- the message's data refused as such ("553 Mail data refused"),
        -- with nothing of a recipient or the command: the content
        r("phrase.data-refused", "spamdetected", {
            "data refused", "data rejected",
        }, {
          none = { "recipient", "rcpt", "user", "mailbox", "sequence", "command",
                   "size", "too large", "timeout", "timed out", "no valid" },
          examples = {
              { reply = [[553 Mail data refused]],
                source = "https://kaifang.email/606.html (a host's table of bounce texts: refused by the recipient's anti-spam policy)" },
          },
        }),
        -- a group that takes no posts by mail (its setting, not an
        -- unknown address)
        r("phrase.group-posting", "filtered", {
            "allow posting", "allows posting", "posting is not allowed",
            "posting not allowed",
        }, {
          examples = {
              { reply = [[The group netpyne-forum@googlegroups.com does not allow posting through email.]],
                source = "github.com/suny-downstate-medical-center/netpyne/issues/529" },
          },
        }),

        -- malformed messages (some servers add "to reduce spam" to these)
        r("phrase.content", "contenterror", {
            "malformed", "invalid message", "rfc 5322", "rfc5322", "rfc 2822",
            "rfc2822", "rfc 822", "8bit", "line too long", "bare lf",
            "message-id", "bad message", "mime", "encoding", "non-compliant",
            "not rfc", "smtplf", "bare linefeed", "duplicate header",
            "multiple from", "header is missing", "missing header",
            "header missing", "invalid header", "header syntax",
            "headers are", "multiple reply-to", "from: header",
            "line ending", "header error",
            -- a NUL byte, which RFC 5321 (§4.1.1.4) does not allow in a
            -- message ("NUL byte in message body")
            "nul byte", "null byte", "nul character", "null character",
            -- the message has no From address to read ("unable to locate
            -- the \"from\" address in the message")
            "\"from\" address in the message", "from address in the message",
            "no from address", "missing from address", "from address is missing",
            "missing from header", "from header is missing",
            "without a from header", "without from header",
            -- a character set the recipient's side will not take ("does
            -- not accept email in non-Western (non-Latin) character sets")
            "character set", "charset",
            -- a content type or an empty subject refused, in several languages
            "inhaltstyp", "empty subject", "senza oggetto", "ohne betreff",
            "sans objet", "sin asunto", "sem assunto",
        }, {
          -- a sending side's words on a broken reply it got ("Malformed
          -- SMTP reply"), not on our message; a command's argument said
          -- to be malformed ("Malformed HELO", "malformed auth input",
          -- "Malformed email address. Use form email@host"): the
          -- command's syntax, not the message
          none = { "smtp reply", "malformed helo", "malformed ehlo",
                   "malformed auth", "malformed email address" },
          examples = {
              { reply = [[500 Line Too Long]],
                source = "https://note.com/sendmagic/n/neb6bbe7e51cf" },
              { reply = [[550 DATA FAILED - UNABLE TO LOCATE THE "FROM" ADDRESS IN THE MESSAGE - PLEASE CHECK YOUR EMAIL CLIENT SETTINGS AND TRY AGAIN]],
                action = "fix",
                source = "github.com/lavabit/magma src/servers/smtp/smtp.c smtp_data_outbound() (no address in the From header)" },
              { reply = [[521 5.5.2 Error reading DATA: invalid line ending]],
                source = "github.com/albertito/chasquid internal/smtpsrv/conn.go DATA() (errInvalidLineEnding)" },
              { reply = [[451 See http://pobox.com/~djb/docs/smtplf.html.]],
                source = "https://hewgill.com/journal/entries/30-qmail-may-be-eating-your-email.html" },
              { reply = [[The user does not accept email in non-Western (non-Latin) character sets.]],
                source = "GoodNews (bitego) GoodNewsBounceMailHandler DSN rules, the sample beside rule 0043 (code index)" },
          },
        }),

        -- unwanted mail counted from our IP address (in the words of other
        -- languages too: "unerwünschter E-Mails von Ihrer IP-Adresse"): the
        -- IP's reputation, not this message's content.  (Named blocklists,
        -- and a block of the IP, are read before.)
        r("phrase.spam-from-ip", "badreputation", {
            "spam", "unsolicited", "unerwünscht", "unerwuenscht", "来路不明",
            "垃圾邮件", "來路不明", "垃圾郵件", "não solicitad", "nao solicitad", "no solicitad",
            "non sollecitat", "non sollicité", "indésirable",
        }, {
          all = { { "your ip", "ihrer ip", "您的 ip", "您的ip", "sua ip", "seu ip",
                    "seu endereço ip", "votre ip", "votre adresse ip", "su ip",
                    "su dirección ip", "tuo ip", "tuo indirizzo ip" } },
          examples = {
              { reply = [==[421 4.7.0 Unser System hat eine ungewöhnliche Anzahl unerwünschter E-Mails von Ihrer IP-Adresse festgestellt.]==],
                source = "https://support.google.com/a/answer/3726730?hl=de (the G Suite table of SMTP errors in German)" },
              { reply = [==[421 4.7.0 我們的系統偵測到您的 IP 位址發出數量異常龐大的來路不明電子郵件。]==],
                source = "http://webmail.ublink.org/index.php/service/tech-know/nodif/gmail-smtp-%E9%8C%AF%E8%AA%A4%E5%92%8C%E4%BB%A3%E7%A2%BC (the same in Traditional Chinese)" },
          },
        }),

        -- the sender, not the message, judged by its spam: a spammer, a
        -- source of spam, an IP or domain that sends spam or hit a
        -- spam trap ("has been sending nothing but spam", "Stop spamming
        -- us", "Spam IP rejected"): the sender's reputation; a reply that
        -- speaks of the message's own faults is the message's
        r("phrase.spam-sender", "blocked", {
            "spammer", "spamming", "spam source", "source of spam",
            "sending spam", "sends spam", "sent spam", "sending nothing but spam",
            "sending mostly spam", "spamtrap", "spam trap", "spam ip",
            "spam host", "spam sender", "spam domain", "spam network",
            "spambot", "spam bot", "originating from your",
            -- our domain blocked for spam ("550 Domain Blocked - Spam")
            "domain blocked", "domain is blocked", "domain has been blocked",
            -- our host held for spam abuse ("Access denied - Under
            -- investigation for spam abuse"): a block on the sender
            "spam abuse",
        }, {
          none = { "your message", "this message", "the message", "header",
                   "boundary", "attachment", "helo" },
          examples = {
              { reply = [[550 5.7.1 Your domain has been sending nothing but spam]],
                source = "github.com/sdgathman/milter bms.py (domain with a spam-only history)" },
              { reply = [[554 5.5.4 Spam IP rejected]],
                source = "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes" },
              { reply = [[554 Access denied - Under investigation for spam abuse. Contact your email provider for more info]],
                source = "https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html (the sending IP on Proximus' blacklist)" },
          },
        }),

        -- a sending service will not send: the recipient is on its
        -- suppression list (earlier hard bounces, complaints, protected
        -- addresses), whatever code and words of policy come with it
        r("phrase.suppression-list", "userunknown", {
            "address was suppressed", "address suppressed", "recipient suppressed",
            "recipient was suppressed", "recipient is suppressed",
            "on the suppression list", "suppression list",
        }, {
          -- (with a code; a sending service's code-less record is
          -- nocode.suppressed's)
          class = { 4, 5 },
          examples = {
              { reply = [[554 5.7.1 [internal] recipient address was suppressed due to customer policy]],
                source = "Braze documentation, email reporting: troubleshooting bounced emails (code index file id 66602005665)" },
              { reply = [[554 5.7.1 recipient address was suppressed due to customer policy (Spam Complaint)]],
                source = "github.com/SparkPost/support-docs articles/faq/getting-an-error-554-5-7-1-when-trying-to-send.md" },
          },
        }),

        -- a sending service's refusal to send to a recipient it marked
        -- inactive after earlier hard bounces or complaints (Postmark's
        -- "marked as inactive"): the address, whatever else it names
        r("phrase.inactive-recipient", "userunknown", {
            "marked as inactive", "inactive recipient", "inactive addresses",
        }, {
          none = { "your account", "sender", "sending domain", "api key", "server token" },
          examples = {
              { reply = [[You tried to send to a recipient that has been marked as inactive. Found inactive addresses: user1@example.com. Inactive recipients are ones that have generated a hard bounce or a spam complaint. ]],
                source = "https://pastebin.com/04peBCvB (Postmark's batch API answer)" },
          },
        }),

        -- a sending service's record without a code that the message was
        -- taken for spam and says the refusal is for now ("vorübergehend
        -- abgelehnt", "de forma temporal"): deferred, slowed down, not
        -- the final refusal of a content filter.  Only without a code: a
        -- code decides
        r("phrase.spam-temp", "spamdetected", {
            "spam", "junk mail", "unsolicited",
        }, {
          class = { 0 },
          all = { { "temporar", "temporär", "vorübergehend", "voruebergehend",
                    "temporaire", "temporal", "temporane", "tymczasow", "一時的",
                    "временн" } },
          action = "throttle",
          examples = {
              { reply = [[Ihre E‑Mail wurde als Spam markiert oder vorübergehend abgelehnt]],
                source = "https://support.google.com/mail/answer/6596?hl=de (Gmail help, German: marked as spam or temporarily rejected)" },
              { reply = [[Beim Versand ist ein vorübergehender Fehler aufgetreten, da der ISP den E-Mail-Inhalt als Spam klassifiziert hat.]],
                source = "Adobe Journey Optimizer documentation (German), bounce type 52 (code index file id 33854560543)" },
          },
        }),
        -- the spam laid to the sender, not to the message: its address
        -- ("Sender address rejected: spam", "your email address is
        -- suspected of sending spam"), its site or server ("refused spam
        -- site"), its part in spamming ("involved with spam"), in English,
        -- German, French, Spanish, Italian and Portuguese: the sender
        -- blocked.  Words on the message itself (its content, score,
        -- classification, a filter's verdict) leave it to phrase.spam
        r("phrase.spam-attributed", "blocked", {
            "spam",
        }, {
          all = { {
              "sender address", "sender's address", "senders address",
              "your address", "your email address", "your e-mail address",
              "your mail address", "spam site", "spam server",
              "involved with spam", "involved in spam", "suspected of sending",
              "ihre e-mail-adresse", "ihre adresse", "absenderadresse",
              "absender-adresse", "spam zu senden", "spam zu versenden",
              "votre adresse", "adresse de l'expéditeur", "adresse d'expéditeur",
              "adresse expéditeur", "envoi de spam", "source de spam", "spammeur",
              "su dirección", "dirección del remitente", "dirección de remitente",
              "envío de spam", "enviando spam", "fuente de spam",
              "il tuo indirizzo", "indirizzo del mittente", "indirizzo mittente",
              "invio di spam", "fonte di spam",
              "seu endereço", "endereço do remetente", "endereço de remetente",
              "envio de spam", "fonte de spam",
          } },
          none = { "content", "score", "classif", "looks like", "looks spam",
                   "spammy", "this message", "the message", "message is",
                   "message was", "message has", "message contains",
                   "message rejected", "header", "body", "attachment", "link",
                   "subject", "filter", "probability", "points",
                   "marked your", "reported your", "complaint",
                   "inhalt", "contenu", "contenido", "contenuto", "conteúdo" },
          examples = {
              { reply = [[554 5.7.1 <alice@example.org>: Sender address rejected: spam]],
                source = "a NixOS mail server module's sender_access map ('REJECT spam'), as Postfix renders it, read via the code index (file id 16098194398)" },
              { reply = [[550 Logged for review as likely involved with spam warmup service]],
                source = "github.com/mxroute/da_server_updates exim/warmup_sender_acl_deploy.sh (deny senders, RCPT ACL; 550)" },
          },
        }),
        r("phrase.spam", "spamdetected", {
            "unsolicited", "suspicious due to the nature", "content denied",
            "spam", "junk mail", "message content",
            "content filter", "contentfilter", "rejected for policy reasons (spam)",
            "looks like spam", "considered spam", "bulk", "message filtered",
            "filtered as", "score", "false positive", "due to its content",
            -- the message judged suspicious, not the address
            "suspicious content", "suspicious link", "suspicious message",
            "looks suspicious", "suspicious mail", "suspicious email",
            -- the message taken for a solicitation ("No soliciting") or
            -- for its words ("Watch your language": profanity)
            "soliciting", "solicitation", "profanity", "bad words",
            "obscene", "obscenit", "offensive language", "offensive content",
            -- Chinese "junk mail" (NetEase's DT:SPM text)
            "垃圾邮件", "垃圾郵件",
        }, {
          -- (a sending service that will not send to a person who
          -- reported its mail as spam: that person's choice, not the
          -- message's fault: rules/nocode.lua's nocode.unsubscribed)
          -- (a list manager's "bounce score", which counts bounces: no
          -- spam score)
          none = { "bounce score", "bounce_score",
                   "marked your messages as spam", "marked your message as spam",
                   "marked your email as spam", "marked your emails as spam",
                   "reported your messages as spam", "reported your message as spam" },
          examples = {
              { reply = [[550 spam detected]],
                source = "http://postmaster.free.fr/" },
              { reply = [[550-5.7.1 The message was rejected due to classification as Bulk mail. Please see http://support.sample.com/email-administrators-guide/error-codes 550 5.7.1 Please see http://support.sample.com/email-administrators-guide/error-codes for explanation of the problem.]],
                source = "Debian source package libmail-deliverystatus-bounceparser-perl 1.543 (CPAN Mail-DeliveryStatus-BounceParser) t/corpus/spam-rejection38.msg" },
              { reply = [[554 Refused. Your message has been blocked due to its content.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_HEADER_BLACKLISTED (REJECT_SEVERITY_PERMANENT \"554 \")" },
          },
        }),

        -- a sending service's soft bounce that names the message's size,
        -- content or attachment and says a changed message may still go
        -- through ("You might be able to send a message to the same
        -- recipient if you reduce the size of the message"): retried,
        -- deferred.  Only without a code: a code decides
        r("phrase.size-temp", "emailtoolarge", {
            "too large", "too big", "message size", "size limit",
        }, {
          class = { 0 },
          all = { { "may be able to", "might be able to" } },
          action = "retry",
          examples = {
              { reply = [[Amazon SES received a message too large bounce. You may be able to successfully send to this recipient if you reduce the size of the message.]],
                source = "Amazon SES Developer Guide, event publishing contents: the bounce types table, Transient / MessageTooLarge (code index file id 6694744658)" },
          },
        }),
        r("phrase.content-temp", "policyviolation", {
            "content", "attachment",
        }, {
          class = { 0 },
          all = { { "may be able to", "might be able to" },
                  { "reject", "not allow", "n't allow", "unacceptable", "not accept" } },
          action = "retry",
          examples = {
              { reply = [[Amazon SES received an attachment rejected bounce. You may be able to successfully send to this recipient if you remove or change the attachment.]],
                source = "Amazon SES Developer Guide, event publishing contents: the bounce types table, Transient / AttachmentRejected (code index file id 6694744658)" },
              { reply = [[The recipient's email provider sent a bounce message because the message you sent contains content that the provider doesn't allow. You might be able to send a message to the same recipient if you change the content of the message.]],
                source = "https://resend.com/docs/dashboard/emails/email-bounces (Transient / ContentRejected)" },
          },
        }),

        -- the mailbox
        -- a delivery agent's quota refusal that itself says it is temporary
        -- (Postfix pipe: "temporary failure. Command output: ..." for a
        -- command's EX_TEMPFAIL; "please try again later"): still queued
        -- and retried, so deferred even without a code (outcome: a reply
        -- that asks to try again).  Only without a code: a code decides
        -- the server could not get at the mailbox just now ("mailbox
        -- access error", "unable to access mailbox"): its trouble, retried,
        -- whatever the status's X.2.2 says (a 4xx only: a 5xx of these
        -- words may mean a mailbox that is not there)
        r("phrase.mailbox-access", "systemerror", {
            "mailbox access error", "mailbox access failed", "mailbox access failure",
            "error accessing mailbox", "error accessing the mailbox",
            "failed to access mailbox", "failed to access the mailbox",
            "could not access mailbox", "could not access the mailbox",
            "unable to access mailbox", "unable to access the mailbox",
            "cannot access mailbox", "cannot access the mailbox",
            "can't access mailbox", "can't access the mailbox",
        }, {
          code = { "4xx" },
          none = { "quota", " full", "exceed", "no such", "unknown", "not exist" },
          examples = {
              { reply = [[451 4.2.2 jane@example.com mailbox access error (#3.15)]],
                source = "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (#3.15; the address filled in)" },
          },
        }),

        r("phrase.mailbox-full-temp", "mailboxfull", {
            "temporary failure", "try again later", "tempfail",
            -- a log's deferral ("defer (-22): mailbox is full"), a
            -- service's soft bounce ("may ... send ... in the future");
            -- not "temporarily over quota", the mailbox's state
            "defer", "transient", "soft bounce", "in the future",
            -- asked in other words ("resend the message at a later time",
            -- "try later", run together: "pleasetryagain later")
            "at a later time", "again later", "try later", "retry later",
            "resend later", "send it later",
        }, {
          class = { 0 },
          all = { { "over quota", "overquota", "over-quota", "quota exceeded", "exceeded quota",
                    "over the quota", "diskspace quota", "disk quota", "mailbox full",
                    "mailbox is full", "maildir is full", "mailbox quota",
                    "disk space quota", "inbox is full", "storage quota",
                    "inbox was full", "mailbox was full", "inbox full" } },
          -- (a sending quota is our volume, not the mailbox)
          none = { "sending", "send quota", "outbound", "submission", "per hour",
                   "per day", "per minute", "daily", "hourly", "rate" },
          action = "retry",
          examples = {
              { reply = [[(temporary failure. Command output: maildrop: maildir over quota.)]],
                source = "https://pastebin.com/77TuQwuG" },
              { reply = [[<info@example.com>: maildir delivery failed: Sorry, the user's maildir has overdrawn his diskspace quota, please try again later.]],
                source = "http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja" },
              { reply = [[The user to whom this message was addressed has exceeded the allowed mailbox quota. Please resend the message at a later time.]],
                source = "GoodNews (bitego) GoodNewsBounceMailHandler DSN rules, the sample beside rule 0187 (code index)" },
          },
        }),
        -- RFC 5321's default 552 text ("exceeded storage allocation")
        -- under RFC 3463's X.2.3, a message over the recipient's size
        -- limit: the status names the cause the stock text does not
        r("phrase.storage-size-status", "emailtoolarge", {
            "storage allocation",
        }, {
          status = { "x.2.3" },
          none = { "mailbox full", "mailbox is full", "quota" },
          examples = {
              { reply = [[552 5.2.3 Requested mail action aborted: exceeded storage allocation]],
                source = "github.com/DerDakon/Qsmtp qsmtpd/filters/usersize.c (message larger than the user's size limit)" },
          },
        }),
        -- the receiving system could not write or open a file it delivers
        -- through (a .forward file, a mailbox or its lock) for want of
        -- permission: its own set-up fault, not a full mailbox ("Can't
        -- create output" is sendmail's word for both) nor the address
        r("phrase.local-permission", "systemerror", { "permission denied" }, {
          all = { { "can't create", "cannot create", "could not create",
                    "can't open", "cannot open", "could not open",
                    "unable to open", "can't write", "cannot write",
                    "unable to write", "could not write", ".forward",
                    "forward file" } },
          none = { "quota", " full", "no space", "disk", "storage",
                   "relay", "spam", "blocked", "policy", "sender", "auth" },
          examples = {
              { reply = [[550 /directory-path/.forward: line 1: (contents of line 1) ... Can't create output: Permission denied]],
                source = "http://helpdesk.umd.edu/documents/3/3025/ (university help desk: the recipient's .forward file cannot be used)" },
          },
        }),
        r("phrase.mailbox-full", "mailboxfull", {
            "mailbox full", "mailbox is full", "mailbox has exceeded",
            "over quota", "overquota", "over-quota", "quota exceeded",
            "quota-exceeded", "exceeded quota",
            "exceeds quota", "quota exceed", "exceeded storage",
            "storage allocation", "mailbox size limit", "mail quota",
            "user quota", "disk quota", "out of storage space",
            "full mailbox", "mailbox over", "inbox is full", "insufficient quota",
            "mailbox size exceeded", "exhausted allowed storage",
            "exhausted its storage", "exhausted the allowed storage",
            "quota violation",
            -- quota and storage worded without "mailbox"
            "remaining quota", "over the quota", "over its quota",
            "over their quota", "over his quota", "over her quota",
            "disk space limit", "disk space quota", "storage quota",
            "storage limit exceeded", "storage space exceeded",
            "allotted space", "allotted storage",
            "exceeded their storage", "exceeded its storage",
            -- the recipient domain's whole storage used up ("The domain
            -- size limit has been exceeded", SmarterMail)
            "domain size limit", "domain's size limit", "domain storage limit",
            "domain quota",
            -- the mailbox's size limit reached while storing, in other words
            -- (GNU maidag, procmail's sendmail "Can't create output")
            "mailbox limit exceeded", "maximum mailbox size", "can't create output",
        }, {
          examples = {
              { reply = [[Could not deliver message to the following recipient(s):
Failed Recipient: user@example_domain.com
Reason: The domain size limit has been exceeded]],
                source = "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx (SmarterMail: the recipient's domain used up its disk space allocation)" },
              { reply = [[451 Over-quota]],
                source = "github.com/Exim/exim test/mail/0098.CALLER (the test server's RCPT reply quoted in Exim's delay warning)" },
              { reply = [[550 Quota Exceeded]],
                source = "https://www.ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email/" },
              { reply = [[552 Mailbox is full]],
                source = "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html" },
              { reply = [[Message size exceeds remaining quota]],
                source = "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000" },
              { reply = [[alice: mailbox quota exceeded for this recipient]],
                source = "http://mailutils.org/manual/html_node/Mailbox-Quotas.html (GNU Mailutils maidag)" },
          },
          -- (a delivery to a program, "|/usr/local/bin/filter", that could
          -- not write its output is that program's trouble)
          none = { "\"|", "|/" },
        }),
        -- a mailbox (inbox, folder, maildir, account) and its quota or
        -- storage named apart, in any wording
        r("phrase.mailbox-full-words", "mailboxfull", {
            "mailbox", "mail box", "mailfolder", "inbox", "folder", "maildir",
            "account", "recipient", "mailbag", "destination file",
        }, {
          all = { { "quota", " full", "storage limit", "storage space",
                    "storage exceeded", "exhausted", "exceeds allowed", "allowed size",
                    "message count", "number of messages", "folder size",
                    "has reached its", "reached its limit", "reached the maximum",
                    "space limit", "no space", "space not enough",
                    "not enough space", "out of space", "no room",
                    "too many messages", "overdrawn",
                    -- Postfix local: the mbox file hit the size limit
                    -- (EFBIG: "cannot update mailbox ... File too large")
                    "file too large" } },
          none = { "sending", "send limit", "outbound", "submission",
                   "per hour", "per day", "per minute", "daily", "hourly",
                   "rate", "fully", "full name", "too many recipients",
                   "message is too", "message size", "too many messages from",
                   "connection", "attachment", "recipient limit",
                   "message exceeds", "sending limit", "of recipients",
                   "recipients per", "messages per",
                   "recipients limit", "user limit", "user rate",
                   -- the system's disk (ENOSPC's text, "mailbox disk is
                   -- full": the store's disk), not the mailbox
                   "left on device", "disk is full",
                   -- a sending service's soft bounce that lists a full
                   -- mailbox among its possible causes (Firefox Relay's notice,
                   -- github.com/mozilla/fx-private-relay/issues/1116)
                   "soft bounce", "soft “bounce”", "soft \"bounce\"" },
          examples = {
              { reply = [[<mfrey1@versatel.nl>: The users mailfolder is over the allowed quota (size).]],
                source = "github.com/osandum/bounce-parser src/test/java/dk/sandum/mail/QmailFailureParserTest.java" },
              { reply = [[<info@example.com>: maildir delivery failed: the user's maildir has overdrawn his diskspace quota]],
                source = "http://support.kagoya.jp/kir/faq/index.php?action=artikel&cat=5&id=328&artlang=ja (without its 'please try again later')" },
              { reply = [[Allocated mailbox storage exceeded (#1.02)]],
                source = "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (#1.02 ERR_MAILBOX_QUOTA)" },
              { reply = [[Diagnostic-Code:550 5.2.5 Folder full]],
                source = "https://github.com/voku/PHPMailer-BMH/issues/23" },
              { reply = [[cannot update mailbox /var/mail/munin for user munin. error writing message: File too large]],
                source = "https://pastebin.com/Kr2naZ2y (Postfix local, dsn=5.2.2)" },
          },
        }),
        -- the allowed quota or the space worded without a mailbox word
        -- ("Over the allowed quota", "Does not have enough space"); a
        -- sending quota or the disk of the system is not the mailbox
        r("phrase.mailbox-space", "mailboxfull", {
            "over the allowed quota", "over allowed quota",
            "exceeds the allowed quota", "does not have enough space",
            "doesn't have enough space", "has not enough space",
        }, {
          none = { "sending", "send ", "outbound", "per hour", "per day",
                   "daily", "hourly", "disk", "system", "server", "spool",
                   "queue", "attachment", "message size" },
          examples = {
              { reply = [[Over the allowed quota]],
                source = "https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce (reply texts the platform files as full mailboxes)" },
              { reply = [[Does not have enough space]],
                source = "https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce (reply texts the platform files as full mailboxes)" },
          },
        }),
        -- the user's own storage used up ("The user exceeded his storage
        -- limit"), whatever the reply adds about sending again later
        r("phrase.user-storage", "mailboxfull", {
            "exceeded his storage", "exceeded her storage", "exceeded their storage",
            "exceeded its storage", "exceeds his storage", "exceeds her storage",
            "exceeds their storage", "user exceeded the storage",
            "user has exceeded the storage", "user's storage limit",
            "user's storage quota",
        }, {
          none = { "sending", "outbound", "per hour", "per day", "daily", "hourly",
                   "disk", "system", "server", "spool", "queue" },
          examples = {
              { reply = [[The user exceeded his storage limit. Please try to send the message again later.]],
                source = "a b1gMail bounce of 2013 (hallomail.ch) in the comments of a Java bounce parser, B1gMailParser (code index file id 6695687884)" },
          },
        }),
        -- the number of messages a mailbox holds at its limit, worded
        -- without a mailbox word ("Over the maximum allowed number of
        -- messages"); a count per hour, connection or sender is volume
        r("phrase.mailbox-count", "mailboxfull", {
            "number of messages", "messages in this mailbox",
            "messages in the mailbox", "messages in your mailbox",
            "messages in mailbox", "number of stored messages",
            "message count",
        }, {
          all = { { "maximum", "max ", "allowed", "limit", "too many",
                    "exceed", "reached" } },
          none = { "per hour", "per day", "per minute", "per connection",
                   "per session", "per transaction", "per message",
                   "hourly", "daily", "sent", "sending", "send ",
                   "outbound", "recipients", "connection", "session",
                   "transaction", "queue", "rate", "from your",
                   "from this", "from you", "from ip" },
          examples = {
              { reply = [[Over the maximum allowed number of messages]],
                source = "https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce (reply texts the platform files as full mailboxes)" },
          },
        }),
        r("phrase.system-full", "systemfull", {
            "insufficient system storage", "insufficient storage",
            "disk full", "disk is full", "out of disk", "no space left", "system full",
            "not enough space", "insufficient disk", "space shortage",
            -- the server short of disk ("Low on disk space.")
            "low on disk", "low disk space", "disk space low",
            -- its storage low ("452 4.3.1 storage low, try again later")
            "storage low", "storage is low", "low on storage",
        }, {
          examples = {
              { reply = [[452 Requested action not taken: insufficient system storage]],
                source = "RFC 5321 §4.2.2-4.2.3" },
              { reply = [[Low on disk space.]],
                source = "Debian courier-mta 1.0.16, /usr/lib/courier/courier/courierd (the scheduler holds deliveries)" },
              { reply = [[452 4.3.1 storage low, try again later]],
                source = "code index file id 59358318094 (a Python mail intake refusing mail while its data volume is low on disk)" },
              { reply = [[cannot update mailbox /var/mail/jdoe for user jdoe. error writing message: No space left on device]],
                source = "github.com/vdukhovni/postfix postfix/src/local/mailbox.c deliver_mailbox_file() (ENOSPC's text; example values filled in)" },
          },
        }),
        r("phrase.size", "emailtoolarge", {
            "message is too long", "message too long", "attachment is too long",
            "too much mail data",
            "attachment too large", "mail is too long",
            "message too large", "message too big", "message is too large",
            "message is too big", "message size exceeds", "exceeds size limit",
            "size limit", "exceeds the maximum size", "maximum message size",
            -- the DATA the client sent, measured ("The length of DATA content
            -- is achieved the maximum threshold", Alibaba Cloud DirectMail)
            "length of data",
            "message length exceeds", "message is larger than", "too large",
            "size exceeds", "exceeded maximum size", "mail size",
            "size violation", "maximum message length",
            -- the size a filter allows ("it exceeded the allowed size")
            "allowed size", "permitted size", "size allowed",
            "size permitted", "exceeded the size", "exceeds the size",
        }, {
          -- (a domain's storage allowance is the recipient's space)
          none = { "domain size", "domain's size" },
          examples = {
              { reply = [[Message exceeds email size limit]],
                source = "https://community.mimecast.com/docs/DOC-1415" },
              { reply = [[5.2.0 Email size exceeded the policy.]],
                source = "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html" },
              { reply = [[557 The length of DATA content is achieved the maximum threshold]],
                source = "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail, Chinese: its own return codes)" },
          },
        }),
        -- Microsoft Graph's refusal of the sending mailbox ("The mailbox
        -- is either inactive, soft-deleted, or is hosted on-premise", its
        -- MailboxNotEnabledForRESTAPI): the account we send from is not
        -- usable there, no recipient is involved (before "suspended")
        r("phrase.api-mailbox", "rejected", {
            "hosted on-premise", "hosted on premise", "mailboxnotenabledforrestapi",
        }, {
          examples = {
              { reply = [[The mailbox is either inactive, soft-deleted, or is hosted on-premise.]],
                source = "https://github.com/WPManageNinja/fluent-smtp/issues/96 (the plugin's Microsoft connection, the sending account just set up)" },
          },
        }),
        r("phrase.suspended", "suspend", {
            "disabled", "inactive", "suspended", "deactivated",
            "account locked", "mailbox locked", "account has been locked",
            " locked", "rejected: blocked", "rejected: inactive",
            "not active", "no longer active", "blocked account",
            "account is unavailable", "mailbox is frozen", "frozen",
            -- closed, expired, dormant or switched-off accounts
            "account expired", "account has expired", "mailbox expired",
            "mailbox has expired", "expired account", "expired mailbox",
            "account closed", "account is closed", "account has been closed",
            "mailbox closed", "mailbox is closed", "mailbox has been closed",
            "account terminated", "account has been terminated",
            "account cancelled", "account canceled", "dormant",
            "recipient is not accepting", "mailbox is not accepting",
            "user is not accepting", "account is not accepting",
            "mailbox not accepting", "recipient not accepting",
            "not activated", "not been activated", "not yet activated",
            "mailbox not enabled", "mailbox is not enabled",
            "account not enabled", "account is not enabled",
            -- an address that stopped taking mail ("this address no longer
            -- accepts mail")
            "no longer accepts mail",
            "no longer accepts email", "no longer accepts messages",
            "no longer accepting mail", "no longer accepting email",
            "no longer accepting messages",
        }, {
          examples = {
              { reply = [[User suspended]],
                source = "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0" },
              { reply = [[550 user is locked. (邮箱被锁)]],
                source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html" },
              { reply = [[554 Refused. The recipient is not accepting mail right now.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_UNAVAILABLE_RECIPIENT" },
          },
          -- a 500-504 is about the command ("502 disabled by the lord in
          -- her infinite wisdom": qmail-smtpd's disabled command); 525 is
          -- RFC 4954's answer to AUTH for the client's own disabled account
          code = { 0, "4xx", 505, 506, 507, 508, 509, "51x", 520, 521, 522,
                   523, 524, 526, 527, 528, 529, "53x",
                   "54x", "55x", "56x", "57x", "58x", "59x" },
          -- Postfix defers with "delivery temporarily suspended: <cause>"
          none = { "spam", "relay", "temporarily suspended", "support is disabled",
                   "momentarily suspended", "delivery suspended",
                   "submission",
                   -- refusing our side ("no longer accepts mail from your
                   -- IP"), not a closed account
                   "from your", "from this ip", "from ip ",
                   "command is disabled",
                   -- a list manager's member disabled for its bounce score:
                   -- the list's bookkeeping, no reply of the mailbox's
                   "bounce score", "bounce_score",
                   -- Postfix smtp: "all network protocols are disabled"
                   -- (inet_protocols leaves none): our setup
                   "protocols are disabled", "protocol is disabled",
                   -- the server's own queue that takes no mail for now ("451
                   -- Queuing declined or disabled, try later"): phrase.system
                   "queuing declined", "queueing declined",
                   "queuing disabled", "queueing disabled" } }),
        -- a mailbox or recipient named as disabled or inactive: its state,
        -- whatever the code (o2.pl answers RCPT with 504, which
        -- phrase.suspended leaves to the command's syntax)
        r("phrase.suspended-mailbox", "suspend", {
            "mailbox is disabled", "mailbox disabled", "mailbox has been disabled",
            "mailbox was disabled", "recipient is disabled", "recipient disabled",
            "mailbox is inactive", "mailbox inactive",
        }, {
          class = { 0, 4, 5 },
          none = { "spam", "relay", "submission", "from your", "from this ip",
                   "from ip ", "bounce score", "bounce_score" },
          examples = {
              { reply = [[host mx11.go2.pl[193.17.41.141] said: 504 mailbox is disabled (in reply to rcpt to command)]],
                source = "github.com/sympa-community/historic-sympa t/bounce.t (a real bounce sample's reply; code index file id 12981260221)" },
          },
        }),
        -- the account or mailbox named apart from its state, in any
        -- wording: "User account is expired", "blocked due to inactivity",
        -- "address no longer in use" (the delivery's own expiry, the
        -- sender's account and certificates are decided elsewhere or not
        -- the address)
        r("phrase.suspended-words", "suspend", {
            "expired", "inactivity", "no longer in use", "not in use",
        }, {
          all = { { "account", "mailbox", "mail box", "user", "recipient",
                    "address" } },
          none = { "certificate", "message expired", "password", "session",
                   "delivery", "queue", "time expired", "your account",
                   "sender", "login", "auth", "token", "key expired",
                   "subscription", "trial", "license", "licence" },
          examples = {
              { reply = [[User account is expired]],
                source = "expired-account wording listed among hard bounces (github.com/twisted1919/bounce-handler BounceHandler/rules.php: '550 account expired'; rule over account/mailbox/user + suspend|expire)" },
              { reply = [[This mailbox has been blocked due to inactivity]],
                source = "inactive-mailbox wording (Italian 'bloccato per inutilizzo', Spanish 'expirado por falta de uso': github.com/twisted1919/bounce-handler BounceHandler/rules.php)" },
          },
        }),

        -- an account left unused: long inactivity, no login for months
        -- (an idle connection or session timing out is the network)
        r("phrase.inactive-account", "suspend", {
            "extended inactivity", "prolonged inactivity", "long inactivity",
            "due to inactivity", "because of inactivity", "for inactivity",
            "hasn't entered during", "has not entered during",
            "hasn't logged in", "has not logged in", "not logged in for",
            "has not been used for", "not been accessed for",
        }, {
          none = { "connection", "session", "timeout", "timed out", "idle",
                   "command", "your account", "password", "smtp", "data",
                   "transaction", "login attempt" },
          examples = {
              { reply = [[Extended inactivity new mail is not currently being accepted]],
                source = "https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce (reply texts the platform files as disabled accounts)" },
              { reply = [[User hasn't entered during last]],
                source = "https://university.4dem.it/article/723-elenco-delle-motivazioni-di-soft-bounce (reply texts the platform files as disabled accounts)" },
          },
        }),

        -- Postfix's "<rcpt>: Recipient address rejected: <text>" (and
        -- "Sender address rejected:") is where a policy service's answer
        -- hooks in, whatever it is about: after the colon the cause words
        -- decide.  A cause that names our client (its IP, country, a
        -- trap it hit, a list it is on) or a bare policy, with no word of
        -- the user or mailbox, is not the address (before "no-user",
        -- whose "address rejected" would otherwise take it, and before
        -- "no-domain", whose "no such domain" may be our HELO name's)
        -- the same refusal for a greeting name that is no FQDN or address
        -- literal at all (a policy server's HELO check behind Postfix's
        -- RCPT restriction): the greeting's form, phrase.helo's reason,
        -- not its DNS
        r("phrase.rejected-helo-form", "syntaxerror", {
            "address rejected:", "recipient rejected:",
        }, {
          all = { { "helo/ehlo", "invalid helo", "invalid ehlo", "helo name",
                    "ehlo name", "helo hostname", "helo host", "your helo" },
                  { "fqdn", "address literal", "fully-qualified", "fully qualified" } },
          none = { "user", "mailbox", "account", "alias", "recipient unknown",
                   "unknown recipient" },
          examples = {
              { reply = [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; Must be a FQDN or an address literal, not 'localhost']==],
                source = "github.com/hummermania/policyd cbp/modules/CheckHelo.pm (Policyd v2 HELO check: neither a FQDN nor an address literal; its reject text as Postfix sends it at RCPT)" },
          },
        }),
        r("phrase.rejected-helo", "requireptr", {
            "address rejected:", "recipient rejected:",
        }, {
          -- (the cause's own words, not a log line's "helo=<...>" field)
          all = { { "helo/ehlo", "invalid helo", "invalid ehlo", "bad helo",
                    "helo name", "ehlo name", "helo hostname", "helo host",
                    "your helo", "in helo", "in ehlo", "helo greeting" } },
          none = { "user", "mailbox", "account", "alias", "recipient unknown",
                   "unknown recipient" },
          examples = {
              { reply = [==[554 5.7.1 <bob@example.com>: Recipient address rejected: Invalid HELO/EHLO; No A or MX records found for 'mail.example.com']==],
                source = "github.com/hummermania/policyd cbp/modules/CheckHelo.pm (Policyd v2 HELO check, its reject text as Postfix sends it at RCPT)" },
          },
        }),
        r("phrase.rejected-client", "blocked", {
            "address rejected:", "recipient rejected:",
        }, {
          all = { { "delivery from", "connection from", "connections from",
                    "mail from ", "client host", "client ip", "your client",
                    "your ip", "ip address",
                    "honeypot", "honeypod", "spamtrap", "spam trap", "trapped",
                    "country", "geoip", "geo-ip", "reputation", "banned",
                    "blacklist", "blocklist", "black list", "block list",
                    " listed", "rbl", "dnsbl", "your host", "your server",
                    "your network",
                    -- or refuses it in so many words ("Domain is blocked",
                    -- "Your mail server is not authorized")
                    "blocked", "banned", "denied", "refused", "not authori",
                    "unauthori",
                    -- the kind of client: dynamic, unknown, suspicious
                    "dynamic", "dial-up", "dialup", "residential",
                    "unknown client", "client unknown", "suspicious" } },
          none = ADDRESS_CAUSE,
          examples = {
              { reply = [==[554 5.7.1 Recipient address rejected: Dynamic IP]==],
                source = "a Chinese mail service's help page of reply codes (the sending server on a dynamic IP), read via the code index (file id 21854747617)" },
              { reply = [==[554 5.7.1 <bob@example.com>: Recipient address rejected: delivery from CN (192.0.2.1) rejected]==],
                source = "github.com/benningm/mtpolicyd lib/Mail/MtPolicyd/Plugin/GeoIPAction.pm (default reject_message, as Postfix sends a policy REJECT at RCPT)" },
          },
        }),
        -- the recipient is a trap address (a honeypot or spam trap that a
        -- sending service will not mail): the address takes no mail of ours
        r("phrase.trap-recipient", "filtered", {
            "honeypot", "honeypod", "spamtrap", "spam trap",
        }, {
          all = { { "rcpt", "recipient" } },
          -- a trap the client hit (its IP listed): phrase.rejected-client
          none = { "address rejected", "recipient rejected", "client", "your ip",
                   "ip address", "listed", "banned", "sender" },
          examples = {
              { reply = [==[561 Honeypot rcptto [@out060104]]==],
                source = "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail, Chinese: its own return codes)" },
          },
        }),
        -- (the receiving side's own trouble: "Internal error, please retry")
        r("phrase.rejected-system", "systemerror", {
            "address rejected:", "recipient rejected:",
        }, {
          all = { { "error", "unavailable", "try again", "retry", "temporar",
                    "timeout", "timed out", "lookup fail", "local problem" } },
          none = ADDRESS_CAUSE,
          examples = {
              { reply = [==[450 4.7.1 <recipient@example.com>: Recipient address rejected: Internal error, API request failed]==],
                source = "https://github.com/discourse/discourse/pull/17537" },
          },
        }),
        r("phrase.rejected-policy", "policyviolation", {
            "address rejected:", "recipient rejected:",
        }, {
          all = { { "policy", "not allowed", "not permitted", "prohibited",
                    "forbidden", "restricted", "by administrator",
                    "administratively", "rule" } },
          none = ADDRESS_CAUSE,
          examples = {
              { reply = [==[554 Recipient address rejected: Policy Rejection- Abuse. Go away.]==],
                source = "a Ruby bounce classifier's HARD_BOUNCE_CODES comment quoting the reply, read via the code index (file id 8906030049)" },
          },
        }),

        -- the message falls short of the receiver's stated requirements
        -- ("This message does not meet our delivery requirements"): its
        -- rules refuse this message, not the address; requirements of
        -- authentication or reputation are their own rules' (an earlier
        -- match, or refused here)
        r("phrase.requirements", "policyviolation", {
            "delivery requirements", "does not meet our", "doesn't meet our",
            "does not meet the requirements", "doesn't meet the requirements",
            "fails to meet our", "failed to meet our", "does not comply with our",
            "doesn't comply with our",
        }, {
          none = r.with(ADDRESS_CAUSE, { "authenticat", "spf", "dkim", "dmarc",
                                         "reputation", "ip address", "your ip" }),
          examples = {
              { reply = [==[554 5.7.1 This message does not meet our delivery requirements]==],
                source = "https://github.com/forwardemail/forwardemail.net/issues/423" },
          },
        }),

        -- the destination domain
        -- a log's deferral of an address whose domain has no usable MX
        -- ("== ... defer (-1): missing MX, or all MXs point to missing A
        -- records, and defer requested"): the domain's cause, but held
        -- and retried by the sending side, not yet a final verdict
        r("phrase.no-domain-deferred", "hostunknown", {
            "missing mx", "mxs point to missing", "point to missing a records",
            "mx points to missing", "point to non-existent hosts",
        }, {
          class = { 0 }, action = "retry",
          all = { { " defer (", "defer requested", "deferred", "will retry",
                    "will be retried" } },
          examples = {
              { reply = [[== userx@mxt2.test.ex R=bydns defer (-1): missing MX, or all MXs point to missing A records, and defer requested]],
                source = "github.com/Exim/exim test/log/0099 (dnslookup router, MX hosts without address records, defer requested)" },
          },
        }),
        -- a recipient in a domain reserved for documentation and tests
        -- (RFC 2606, RFC 6761: example.com, .test, .invalid): no mail is
        -- ever delivered there (Exchange's "Recipient address reserved by
        -- RFC 2606"); our own host or sender so named is fallback.tld's
        r("phrase.reserved-recipient-domain", "notaccept", {
            "reserved by rfc 2606", "reserved by rfc2606", "reserved by rfc 6761",
            "reserved by rfc6761", "reserved top-level domain", "reserved top level domain",
            "reserved tld",
        }, {
          all = { { "recipient", "rcpt", "destination", "to address" } },
          none = { "sender", "mail from", "helo", "ehlo", "client", "host " },
          examples = {
              { reply = [[SMTPRecipientsRefused: {u'admin@example.com': (501, '5.1.5 Recipient address reserved by RFC 2606')}]],
                source = "https://github.com/frappe/frappe/pull/8514 (traceback in the pull request's description)" },
          },
        }),
        -- a sending program's own attempt to connect to a host it names
        -- with its port ("could not open connection to mx.example.net:25 :
        -- Unknown host", masqmail): the MX was found, its host name did
        -- not resolve for now; the way there, retried (a coded reply is
        -- the receiving side's, so not these)
        r("phrase.connect-attempt", "networkerror", {
            "could not open connection to", "cannot open connection to",
            "unable to open connection to",
        }, {
          class = { 0 }, action = "retry",
          examples = {
              { reply = "could not open connection to mx.example.net:25 :\n\tUnknown host",
                source = "github.com/ossilator/masqmail src/deliver.c deliver_msglist_host_smtp() (hstrerror(h_errno) of a failed lookup; deferred unless connect_error_fail; host filled with a documentation value)" },
          },
        }),
        r("phrase.no-domain", "hostunknown", {
            "host not found", "domain not found", "no such domain",
            "domain does not exist", "domain doesn't exist", "host unknown",
            "unknown host", "unknown domain", "name or service not known",
            "nxdomain", "unrouteable", "unroutable", "no route to domain",
            "domain is not valid", "invalid domain", "bad destination system",
            "could not be resolved", "host or domain name not found",
            "point to non-existent hosts",
            "no valid mx", "host name is unknown", "hostname is unknown",
            "domain name is unknown", "no such host", "unknown domain name",
            "domain name not found", "non-existent domain", "nonexistent domain",
            "non-existent host", "nonexistent host", "domain does not resolve",
            "unrecognized host name", "no valid mail exchanger",
            -- Gmail: the domain has neither MX nor address record (NODATA)
            "returned answer with no data",
            "no mx or a ", "no mx or a record", "no mx or address",
            "host is unknown", "domain is unknown", "bad host",
            -- Gmail: MX, AAAA and A lookups all answered with no record
            "had no relevant answers",
            -- the domain's own lookup that failed, and a host or domain
            -- name refused as illegal ("Illegal Host/Domain Name found")
            "domain lookup failed", "domain look up failed",
            "domain name lookup failed", "illegal host", "illegal domain",
            -- a name server's NXDOMAIN said in words (MDaemon's "Name
            -- server reports domain name unknown")
            "domain name unknown", "domain unknown",
        }, {
          -- the sending program could not resolve its own submission
          -- server (Python's "[Errno -2] Name or service not known", PHP's
          -- "getaddrinfo failed"): our setup or network, not the recipient
          none = { "getaddr", "errno -2",
                   -- a client library's lookup of its own server (.NET's
                   -- "The remote name could not be resolved", Java's
                   -- UnknownHostException) or a resolver's failure
                   "the remote name", "smtpexception", "webexception",
                   "unknownhostexception", "unknown smtp host", "failed to resolve",
                   -- a Go program's dial of the server it was given ("dial
                   -- tcp: lookup smtp.example.com ...: no such host")
                   "dial tcp",
                   -- our own HELO name refused ("Bad host name in HELO")
                   "in helo", "in ehlo", "helo name", "helo command",
                   "ehlo command", "helo argument",
                   -- a sending domain's verification with the service
                   -- ("Invalid domain verification setup for <domain>")
                   "domain verification",
                   -- our own host, named as the client's, the sender's or
                   -- "yours" ("Client host unknown"): our DNS, not theirs
                   "client host", "client hostname", "your host", "sending host",
                   "connecting host", "sender domain", "sender's domain" },
          examples = {
              { reply = [[550 Host unknown]],
                source = "http://help.g-wip.com/cat-285/550550.html" },
              { reply = [[Domain look up failed]],
                source = "https://bignames.co.uk/client/index.php?rp=/knowledgebase/38/Understanding-email-bounce-back-messages.html" },
              { reply = [[Illegal Host/Domain Name found]],
                source = "http://www.ee.usyd.edu.au/tutorials_online/topics/itopics/bounced.html" },
              { reply = [[unrouteable domain 'xxx.de']],
                source = "https://www.telekom.de/hilfe/festnetz-internet-tv/e-mail/e-mail-adresse-passwoerter-und-sicherheit/fehler-mailer-daemon" },
              { reply = [[f.ballouchy@beltransfo.com: no valid MX hosts found]],
                source = "https://pastebin.com/qGkRtmww" },
              { reply = [[<juniorionut@yahoo.com>... Unrecognized host name yahoo.com.]],
                source = "https://pastebin.com/PZKDmWP8 (sendmail, 5.1.2)" },
              { reply = [["luafr@librelist.com": domain has no valid mail exchangers]],
                source = "https://github.com/zedshaw/librelist/issues/4 (GMX bounce)" },
              { reply = [[Delivery to the following recipient failed permanently: susan@susanorlean.com Technical details of permanent failure: DNS Error: DNS server returned answer with no data]],
                source = "https://pastebin.com/FFbF5ezY" },
              { reply = [[Name server reports domain name unknown]],
                source = "an MDaemon PRO 10.0.4 'Permanent Delivery Failure' quoted in a bounce parser's comments (accuracy/mail/dev/vendors/mdaemon-dns-domain-unknown.eml)" },
          },
        }),
        -- the sending program's own resolver failing on its server's name
        -- ("no-domain" leaves these): the network on our side, retried
        r("phrase.dns-client", "networkerror", {
            "name or service not known", "getaddrinfo failed",
            "the remote name could not be resolved", "unknownhostexception",
            "failed to resolve",
            -- a client library's words for it (lettre's "could not resolve
            -- hostname"): a host name, not the recipient's domain
            "could not resolve hostname", "could not resolve host name",
        }, {
          examples = {
              { reply = [[[Errno -2] Name or service not known]],
                source = "https://github.com/getsentry/self-hosted/issues/125" },
              { reply = [[SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: Name or service not known (0)]],
                source = "https://github.com/PHPMailer/PHPMailer/issues/2248" },
              { reply = [[could not resolve hostname]],
                source = "github.com/lettre/lettre src/transport/smtp/error.rs (Error::Resolution)" },
          },
        }),
        -- the destination domain or host named apart from its failure, in
        -- any wording ("the domain mail.example couldn't be found")
        r("phrase.no-domain-words", "hostunknown", {
            "domain", "host name", "hostname", "mail exchanger",
        }, {
          all = { { "couldn't be found", "could not be found", "cannot be found",
                    "can't be found", "wasn't found", "was not found",
                    "is unknown", "not known", "does not exist",
                    "doesn't exist", "not registered", "not resolve",
                    -- (MailEnable: "the domain name (...) does not appear to
                    -- be registered")
                    "appear to be registered", "appears to be unregistered",
                    "is unregistered", "no longer registered",
                    "no dns", "no address record", "can't find",
                    "cannot find", "could not find", "couldn't find",
                    "unable to find", "weren't able to find",
                    "were not able to find", "wasn't able to find",
                    -- "DNS Error: domain example.com not found"
                    " not found" } },
          -- (Exchange's "<address> wasn't found at <domain>": the domain
          -- was found, the address at it not)
          none = { "sender", "from address", "mail from", "your domain",
                   "user", "mailbox", "account", "recipient", "address couldn't",
                   "address could not", "address was not", "address wasn't",
                   "wasn't found at", "was not found at", "not found at the",
                   "try again later", "try later", "temporar", "servfail", "timeout", "timed out",
                   "helo", "ehlo", "reverse", "ptr", "client host",
                   "dkim", "spf", "dmarc", "certificate", "tls" },
          examples = {
              { reply = [[Address not found Your message wasn't delivered to contact@mail.zenao.io because the domain mail.zenao.io couldn't be found. Check for typos or unnecessary spaces and try again.]],
                source = "https://github.com/samouraiworld/zenao/issues/646" },
              { reply = [[The message could not be delivered because the domain name (co.cz.au.com) does not appear to be registered.]],
                source = "a C# product's bounce tests (EmailParserTest / BounceBackEmailDetails tests; code index file id 69494860367): a MailEnable note, 'Reason Code: Invalid Domain Name', 'Error Number: 9003'" },
          },
        }),
        r("phrase.null-mx", "notaccept", {
            "does not accept mail", "doesn't accept mail", "accepts no mail",
            "null mx", "nullmx", "not accepting mail", "no mx",
            "no smtp service",
            "does not accept email", "doesn't accept email",
            "does not accept e-mail", "accepts no email", "not accepting email",
            "does not receive mail", "doesn't receive mail", "no mail service",
            "mail is not being accepted",
        }, {
          examples = {
              { reply = [[554 No SMTP service here]],
                source = "RFC 5321 §3.1, §4.2.3" },
              { reply = [[521 Server does not accept mail]],
                source = "RFC 7504 §3 (quoted in github.com/sisimai/p5-sisimai/issues/130)" },
              { reply = [[554 Refused. Mail is not being accepted.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_UNCONDITIONAL" },
          },
          -- (Microsoft's "5.7.510 Access denied, [domain] does not accept
          -- email over IPv6" is about our connection, not the domain)
          -- (nor is "does not accept mail from you/your host": a refusal
          -- of our side, which the refusal rules decide)
          none = { "sender", "this address", "ipv6", "access denied",
                   -- no MX host reachable ("No MX could be reached") is a
                   -- connection failure, not a domain without mail
                   "reached", "reachable", "could not connect",
                   "from you", "from this host", "from hosts", "from this ip",
                   "from your",
                   -- mail of a kind refused ("not accepting mail with
                   -- attachments or embedded images"): phrase.attachment's
                   "with attachment", "embedded image", "with images",
                   -- a lookup the sending side logs as temporary (OpenSMTPD's
                   -- "TempFail ... stat=No MX found for domain")
                   "tempfail", "temporar", "try again" } }),
        r("phrase.moved", "hasmoved", {
            "user not local", "has moved", "moved to", "forwarded to",
            -- RFC 5321's 551 in other words ("The recipient is not local
            -- to the server")
            "not local to the server", "not local to this server",
            "recipient is not local", "recipient not local",
            "new address", "changed address",
            "address has changed", "address changed",
            -- (status x.1.6 "recipient no longer on server")
            "no longer on server", "no longer on this server",
            "recipient moved", "recipient has moved", "mailbox moved",
            "user moved",
            -- French: the recipient's address has changed
            "destinataire a changé", "adresse a changé",
            -- the new address to send to instead ("PLEASE RESEND YOUR
            -- EMAIL TO: new@example.com", a provider's bounce alias)
            "resend your email to", "resend your e-mail to", "resend your mail to",
            "resend your message to", "please resend to",
        }, {
          examples = {
              { reply = [[551 User not local; please try <user@example.org>]],
                source = "RFC 5321 §3.4, §4.2.3" },
              { reply = [[551 The recipient is not local to the server.]],
                source = "http://newsite.useinbox.com/tr/yardim-merkezi/bounce-hata-kodlari-ve-anlamlari (a Turkish help centre's list of bounce codes: its 551)" },
              { reply = [[550 5.1.6 Destination mailbox has moved, No forwarding address]],
                source = "RFC 3463 §3.2 (X.1.6)" },
              { reply = [[550 5.7.1 <user@rahul.net>: Recipient address rejected: PLEASE RESEND YOUR EMAIL TO: new@example.com]],
                source = "https://info.rahul.net/bounce_alias (the provider's bounce alias; the page hides the addresses, filled)" },
          },
          code = { 551, "55x", 0 } }),

        -- a mailing list or group that takes posts from members (or signed-in
        -- senders) only: the group address refuses us (before "no-user":
        -- Google Groups says the group "may not exist, or you may not have
        -- permission to post")
        r("phrase.list-post", "filtered", {
            "non-member", "members-only", "members only", "permission to post",
            "not allowed to post", "closed mailing list", "nonmember",
            "only members", "members may post", "members can post",
            "only subscribers", "subscribers only", "non-subscriber",
            "not subscribed", "you are not a member", "not a member of this",
            "not a member of the group", "not a member of the list",
            "group you tried to contact",
        }, {
          examples = {
              { reply = [[Post by non-member to a members-only list]],
                source = "GNU Mailman 2 Mailman/Handlers/Hold.py NonMemberPost" },
              { reply = [[The group you tried to contact (info) may not exist, or you may not have permission to post messages to the group.]],
                source = "Google Groups delivery failure notice (quoted in public issue threads)" },
          },
        }),

        -- the MTA's own local trouble (Postfix pipe/transport errors): before
        -- "does not exist", which their texts may carry
        r("phrase.local-mta", "systemerror", {
            "child process", "mail transport unavailable",
            "unknown mail transport error",
        }, {
          examples = {
              { reply = [[mail transport unavailable]],
                source = "Postfix status text, logged in https://github.com/YoRyan/mailrise/issues/117" },
          },
        }),

        -- the recipient
        -- Postfix's bare "Recipient address rejected: <table's text>"
        -- with an access table's own status: when the text names no
        -- cause of the mailbox, the status does ("554 5.1.2 <u@d>:
        -- Recipient address rejected: reject" is the domain, 5.1.6 an
        -- address that moved); a named mailbox cause keeps its reading
        r("phrase.rejected-status-domain", "hostunknown", {
            "recipient address rejected", "address rejected",
        }, {
          status = { "x.1.2" },
          none = BARE_REJECT_CAUSE,
          examples = {
              { reply = [[554 5.1.2 <user@4.1.2_dsn>: Recipient address rejected: reject]],
                source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd_check_dsn.ref (access table entry with status 4.1.2)" },
          },
        }),
        r("phrase.rejected-status-moved", "hasmoved", {
            "recipient address rejected", "address rejected",
        }, {
          status = { "x.1.6" },
          none = BARE_REJECT_CAUSE,
          examples = {
              { reply = [[554 5.1.6 <user@4.1.6_dsn>: Recipient address rejected: reject]],
                source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd_check_dsn.ref (access table entry with status 4.1.6)" },
          },
        }),
        -- a store that cannot say which of two things is wrong ("Recipient's
        -- Inbox does not exist or is busy", MS Mail: the mailbag locked,
        -- busy or damaged on the post office): an administrator's problem
        -- that may clear, the address not shown bad
        r("phrase.missing-or-busy", "systemerror", {
            "does not exist or is busy", "doesn't exist or is busy",
        }, {
          examples = {
              { reply = [[Recipient's Inbox does not exist or is busy]],
                source = "github.com/jeffpar/kbarchive kb/212/Q212756/README.md (Microsoft KB Q212756, MS Mail NDR)" },
          },
        }),
        r("phrase.no-user", "userunknown", {
            -- (none: Postfix's temporary and access forms of
            -- "Recipient address rejected", decided elsewhere)
            "user unknown", "unknown user", "no such user", "no such mailbox",
            "no such recipient", "no such account", "does not exist",
            "doesn't exist", "not exist", "invalid recipient",
            "invalid mailbox", "mailbox not found", "recipient not found",
            "recipient unknown", "unknown recipient", "user not found",
            "not a valid mailbox", "no mailbox", "invalid address",
            "bad destination mailbox", "unknown local part",
            "not our customer", "unknown or illegal alias",
            "recipient address rejected", "address rejected", "no user",
            "user doesn't", "user does not", "unknown mailbox",
            "mailbox unknown", "account does not", "address unknown",
            "unknown address", "invalid user", "not a known user",
            "addressee unknown", "recipient rejected", "unknown alias",
            "not listed in", "mailbox does not",
            "recipient does not", "non-existent", "nonexistent",
            "undeliverable address", "does not have an account",
            "no longer exists", "not in route list",
            "no longer valid", "no longer available",
            -- Exchange Online: "<local part> wasn't found at <domain>"
            "wasn't found at", "was not found at",
            "doesn't have this account",
            "does not have this account",
            "no such person", "no such local", "no such address",
            "no account exists",
            "no such e-mail", "no such email", "no such mail box",
            "no such box", "unknown local-part", "no mail box",
            -- a terminated (deleted) account: Mail.ru's "user is terminated"
            "user is terminated", "account is terminated",
            "mailbox is terminated",
            "recipnotfound", "recipientnotfound", "not a registered",
            -- RFC 5321's 553 text: the mailbox name itself is refused
            "mailbox name not allowed", "mailbox name is not allowed",
            "mailbox name invalid", "invalid mailbox name",
            -- misspelt and broken-English forms servers send ("dosn't
            -- exist", "user path no exist"), plural and bare forms
            "n't exist", " no exist ", "recipients are invalid",
            "addresses are invalid",
            "recipient is invalid", "recipient invalid", "bad address",
            "bad recipient", "wrong recipient", "wrong address",
            "account has been deleted", "account was deleted",
            "mailbox has been deleted", "mailbox was deleted",
            "user has been deleted", "address has been deleted",
            "account has been removed", "mailbox has been removed",
            "user has been removed", "no longer in use",
            -- an address said to be unused ("550 <x@ukr.net> not used") or
            -- malformed in the other word order ("address invalid")
            "> not used", "address not used", "address is not used",
            "mailbox not used", "address invalid",
            -- its person gone from the organisation that hosts it
            "left the company", "left the organization", "left the organisation",
            "no longer with the company", "no longer with the organization",
            "no longer with the organisation", "no longer employed",
            "not a valid user", "not a valid recipient", "recipient is not valid",
            "recipient not valid", "not our user", "no account by that name",
            "not on this server", "user not on file", "unrecognized recipient",
            "unrecognised recipient", "not in directory", "not in the directory",
            -- an account, user, address or mailbox the server does not
            -- recognise ("sent to an unrecognized account")
            "unrecognized account", "unrecognised account", "unrecognized user",
            "unrecognised user", "unrecognized address", "unrecognised address",
            "unrecognized mailbox", "unrecognised mailbox",
            -- the recipient's address itself malformed (as x.1.3 says)
            "recipient address is not formatted", "recipient address is malformed",
            "malformed recipient", "recipient address is badly formed",
            "recipient address is not well formed",
            "address does not receive mail",
            "recipient is not defined", "recipient not defined",
            -- a sending service's suppression of an address that bounced
            -- as invalid before (Mailgun, Amazon SES)
            "previously bounced", "history of bouncing", "hard-bounced",
            "hard bounced", "nosuchuser", "unresolvable address",
            "not a member of this domain", "not a member of domain",
            -- Gmail's notice ("... because the address couldn't be found,
            -- or is unable to receive mail"), whatever the address holds
            "address couldn't be found", "address could not be found",
            "address can't be found", "address cannot be found",
            -- the receiver (the recipient) in other words ("Invalid receiver
            -- address", "receiver unknown")
            "invalid receiver", "receiver address invalid", "receiver is invalid",
            "receiver invalid", "no such receiver",
            -- GroupWise: the user has no mailbox on the post office (its
            -- mail store) that received the message
            "not on post office", "not on the post office", "not on this post office",
            -- no route to the recipient's address itself (1&1's "550 Cannot
            -- route to <addr>"; our sender's is phrase.sender-callout's)
            "cannot route to <", "can't route to <", "unable to route to <",
            -- a recipient name the directory matches more than once (Domino:
            -- "Recipient user name ... not unique. Several matches found")
            "several matches found", "multiple matches found",
        }, {
          -- (Postfix's "mail for <domain> loops back to myself" rides on
          -- "undeliverable address": a routing fault, not the mailbox)
          -- (Postfix local's "can't create user output file" and procmail's
          -- lock and write errors are local faults, whatever path they name)
          none = { "try again later", "try later", "access denied",
                   "unable to look up", "temporarily", "loops back",
                   "from address", "from-address",
                   "user output file", "lock failure",
                   -- a malformed address (sendmail's "501 Bad address
                   -- syntax"), ours or theirs, is a syntax error
                   "bad address syntax", "address mailbox syntax",
                   "address format",
                   -- a recipient or sender "not authorised" (BT's "550
                   -- Recipient Not Authorised [recipient rejected due to no
                   -- authorised destination groups]" for an invalid From):
                   -- a permission refused, not an address that is missing
                   "not authorised", "not authorized", "no authorised",
                   "no authorized", "unauthorised", "unauthorized" },
          examples = {
              { reply = [[550 User unknown]],
                source = "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html" },
              { reply = [[? Invalid receiver address: 12345.678@compuserve.com]],
                source = "Microsoft Knowledge Base Q136413 'How to Send E-mail to CompuServe Accounts' (CompuServe's Electronic Postmaster notice, the placeholder filled with an example address)" },
              { reply = [[550 Cannot route to <webmaster@b-w-f.net>]],
                source = "a PHP mail-daemon parser's comments (code index file id 36191344931): an Exim 3 notice of 2002 quoting 1&1's MX after RCPT TO" },
              { reply = [[Recipient user name info (info@rimibaltic.com ) not unique. Several matches found in Domino Directory.]],
                source = "github.com/ronbeltran/bounce_email tests/bounces/tt_bounce_15.txt (a Lotus Domino DSN)" },
              { reply = [[User not on post office]],
                source = "a Java bounce parser's comments, NovellGroupWiseParser (code index file id 7135543917): Novell GroupWise Internet Agent 7.0.1, 'mbathal (User not on post office)'" },
              { reply = [[550 No Such User Here]],
                source = "http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages" },
              { reply = [[host mxs.ukr.net[195.214.192.100] said: 550 <user1@ukr.net> not used (in reply to rcpt to command)]],
                source = "github.com/sympa-community/historic-sympa t/bounce.t (a real bounce sample's reply; code index file id 12981260221)" },
              { reply = [[Your message wasn't delivered to opensource@1password.com because the address couldn't be found, or is unable to receive mail.]],
                source = "github.com/1Password/for-open-source/issues/1 (Gmail's notice; the inbox did not exist yet)" },
              { reply = [[Email has been sent to an unrecognized account]],
                source = "https://servicedesk.louisiana.edu/get-help/knowledgebase/email/email-bource-back-errors" },
              { reply = [[The recipient address is not formatted correctly]],
                source = "https://helpcenter.blendee.com/en/article/bounce-email-definitions/" },
              { reply = [[Your message to brian@xnergycapital.com couldn't be delivered. brian wasn't found at xnergycapital.com.]],
                source = "https://pastebin.com/gJSdfVeR" },
              { reply = [[The address you sent your message to wasn't found at the destination domain. It might be misspelled or it might not exist.]],
                source = "https://github.com/jal278/spotify-playlist-export/issues/16 (an Outlook notice for a university address)" },
              -- (an address that holds "dmarc" is still an unknown recipient)
              { reply = [[550 5.1.1 <dmarc_agg@example.com>: Recipient address rejected: undeliverable address: host mx.example.com[192.0.2.1] said: 550 No such user (dmarc_agg@example.com)]],
                source = "github.com/hardenize/hardenize-public/issues/23 (host and domain replaced by documentation values)" },
          },
        }),
        -- the recipient (user, mailbox, account, address) named apart from
        -- its failure, in any wording: "the address couldn't be found",
        -- "user name is unknown", "the email address was not found"
        r("phrase.no-user-words", "userunknown", {
            "user", "recipient", "mailbox", "mail box", "account", "address",
            "addressee", "local part", "e-mail", "email", "local name",
            "receiver", "adress", "receipient",
        }, {
          all = { { "not found", "unknown", "unkown", "not known",
                    "not recognized", "not recognised", "couldn't be found",
                    "could not be found", "cannot be found", "can't be found",
                    "not be found", "does not exist", "doesn't exist",
                    "do not exist", "not registered", "not available here",
                    "no longer exist", "does not like recipient",
                    "not a valid email address", "not a valid e-mail address",
                    -- an address the receiving side takes for a mistake
                    -- ("Recipient email address is possibly incorrect")
                    "possibly incorrect", "may be incorrect", "might be incorrect",
                    "probably incorrect", "appears to be incorrect",
                    -- the lookup that found nothing
                    "can't find", "cannot find", "could not find",
                    "couldn't find", "unable to find", "unable to locate",
                    "could not locate", "weren't able to find",
                    "were not able to find", "wasn't able to find",
                    "was not able to find",
                    -- a recipient the server could not verify (callout)
                    "cannot be verified", "could not be verified",
                    "can't be verified" } },
          none = { "sender", "from address", "mail from", "your address",
                   -- the sending host's own address to connect from
                   -- ("Could not find a valid source address")
                   "source address",
                   -- (a client library that could not reach its own server)
                   "unknownhostexception", "mailconnectexception",
                   "couldn't connect to host", "connection failed",
                   " domain", "relay", "temporar", "try again later",
                   "try later", "please try again", "quota", " full",
                   "disabled", "suspended", "inactive", "spam", "blocked",
                   "policy", "dns", "lookup", "authentication", "password",
                   "login", "unknown error", "error unknown", "unknown reason",
                   "unknown command", "command unknown", "unknown option",
                   "unrecognized command", "command unrecognized",
                   "command not recognized",
                   "loops back", "loop", "ip address", "ip adress", "client",
                   "tls", "certificate", " rate", "too many",
                   -- a signature, header or command argument found invalid
                   -- is the message or our side, not the mailbox
                   "signature", "dkim", "spf", "dmarc", "header", "syntax",
                   "format", "parameter", "argument", "helo", "ehlo",
                   "token", "credential", "session" },
          examples = {
              { reply = [[user name is unknown]],
                source = "https://www.hocoroco.net/internet_lifeguide/errormail.html" },
              { reply = [[Your email was rejected. The email address was not found. Please check the receiving email address. SMTP Reply Code = 550, SMTP Status Code = 5.1.1]],
                source = "https://github.com/arithmetric/aws-lambda-ses-forwarder/pull/127" },
              { reply = [[Connected to remote host, but it does not like recipient.]],
                source = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm" },
              { reply = [[Recipient email address is possibly incorrect.]],
                source = "a sales tool's bounce-matcher tests (code index file id 55622495235), its Mimecast / postmaster NDR ('The message you sent to addr couldn't be delivered due to: Recipient email address is possibly incorrect.')" },
              { reply = [[Receipient email address is not a valid email address. (LDAP-ERR #200)]],
                source = "github.com/qmail-ldap/qmail-ldap qmail-lspawn.c report() (LDAP lookup: no such recipient)" },
          },
        }),
        -- RFC 5321's default 550 text; a 450 saying it is just temporary
        r("phrase.mailbox-unavailable", "userunknown", {
            "mailbox unavailable", "mailbox not available",
            "mailbox is permanently unavailable",
            "mailbox permanently unavailable",
            "mailbox is unavailable", "mailbox is not available",
        }, {
          class = { 0, 5 },
          -- 1&1 opens its policy refusals of the sending IP with RFC 5321's
          -- default text: the rest of the reply decides
          none = { "due to policy", "policy restriction", "mail from command",
                   "spam", "blocked",
                   -- the reply itself asks to come back later (GMX's
                   -- "550 Failure sending mail. Try again later" to a
                   -- sender over its rate): a lasting address failure
                   -- would not
                   "try again later", "try later", "try again in",
                   "retry later", "come back later" },
          examples = {
              { reply = [[550 mailbox unavailable. (邮箱不存在)]],
                source = "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html" },
          },
        }),

        -- Exchange Online's directory-based edge blocking: a recipient not
        -- in the domain's directory is refused at RCPT with 5.4.1 (or
        -- 5.7.504) "Recipient address rejected: Access denied", whoever
        -- relays the reply and whether or not it names the Microsoft host
        -- (the same words with another status are an access table's
        -- refusal: phrase.refused-by-recipient's)
        r("phrase.directory-edge", "userunknown", {
            "recipient address rejected: access denied",
        }, {
          status = { "x.4.1", "x.7.504" },
          examples = {
              { reply = [[550 5.4.1 Recipient address rejected: Access denied]],
                source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (5.4.1: a recipient directory-based edge blocking finds no such address for)" },
              { reply = [[5.4.1 Recipient address rejected: Access denied.]],
                source = "a sales tool's bounce-processor test (code index file id 61252211190), NEP_POSTMASTER_BODY: a postmaster's delivery failure notification quoting the reply" },
          },
        }),
        -- Exim's words for an ACL "deny" that gives no message of its
        -- own: a refusal by the receiving side's policy that names no
        -- cause, so nothing blames the address (a block: ask its
        -- postmaster, as Postal's maintainer read one in
        -- github.com/postalserver/postal/issues/571); a cause named
        -- beside them decides first
        r("phrase.acl-refusal", "blocked", {
            "administrative prohibition",
        }, {
          examples = {
              { reply = [[550 Administrative prohibition]],
                source = "github.com/Exim/exim src/src/smtp_in.c smtp_handle_acl_fail() (an ACL deny without a message)" },
          },
        }),
        r("phrase.refused-by-recipient", "filtered", {
            "recipient does not accept", "rejected by recipient",
            "blocked by recipient", "blocked by the recipient",
            "user has blocked", "not authorized to send", "sender is blocked",
            "blocked senders", "envelope blocked",
            "on the recipient's block", "only accepts mail from",
            "refused by recipient", "allowed-senders", "allowed senders",
            "recipient address rejected: access denied",
            "not in whitelist", "permission to send to",
            -- a rule the recipient's organization set (Microsoft 365's
            -- "mail flow rule", Exchange's "transport rule")
            "mail flow rule", "transport rule",
            -- "Message bounced due to organizational settings"
            "organizational settings", "organisational settings",
            -- the recipient's own mail filter (a Sieve "reject", which
            -- Dovecot words "Your message to <x> was automatically
            -- rejected:" followed by the script's reason; a full mailbox
            -- said so is read by the mailbox rules above)
            "was automatically rejected", "rejected by the recipient's filter",
            "rejected by recipient's filter",
            -- the recipient refused by a rule of that server ("Recipient
            -- Prohibited (3)", "Recipient violates local policy"), or its
            -- policy against this sender ("user recipient policy")
            "recipient prohibited", "recipient violates",
            "recipient block policy", "user recipient policy",
        }, {
          examples = {
              { reply = [[550 Mail is rejected by recipients]],
                source = "https://smtp.codes/qq" },
              { reply = [[A custom mail flow rule created by an admin at minneapolismngov.onmicrosoft.com has blocked your message.]],
                source = "github.com/alandgton/activism-mailbot/issues/1 (an Office 365 notice as a user copied it)" },
              { reply = [[Your message to <user@example.com> was automatically rejected: I am not taking mail from you.]],
                source = "Dovecot src/deliver/deliver.h DEFAULT_MAIL_REJECTION_HUMAN_REASON with a Sieve reject reason (recipient and reason filled)" },
              { reply = [[550 5.7.1 Recipient Prohibited (3)]],
                source = "https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x (VPOP3: an SMTP rule rejects this recipient)" },
          },
        }),

        -- no route to the recipient's domain from a server's own routing
        -- set-up (Exchange's "ROUTING.NoNextHop": no connector for that
        -- address space; a Notes router's "No route found to domain ...
        -- Check Server, Connection and Domain documents"): a set-up its
        -- administrator must fix, not a domain that does not exist
        -- ("no-domain" reads "unrouteable", status.5.4.4 a bare "Unable to
        -- route"; an invalid recipient named is the address rules')
        r("phrase.no-route", "networkerror", {
            "nonexthop", "no next hop", "no route found to domain",
        }, {
          -- final (the router gave up; without a code, bounced): only its
          -- administrator can add the route
          class = { 5, 0 }, action = "contact",
          none = { "recipient", "user", "mailbox", "invalid", "not exist",
                   "unknown" },
          examples = {
              { reply = [[550 5.4.4 ROUTING.NoNextHop; unable to route]],
                source = "Exchange's SmtpResponse table (NoNextHop), decompiled (code index file id 11855963925)" },
              { reply = [[No route found to domain LOTUSDOMAIN from server SERVERNAME/LOTUSDOMAIN. Check Server, Connection and Domain documents in Name and Address book.]],
                source = "code index file id 16084108091 (Microsoft KB article: the NDR a Lotus Notes server returns; names filled with documentation values)" },
          },
        }),

        -- mail loops, whatever the wording says about headers (without a
        -- code: nocode.loop)
        r("phrase.loop", "networkerror", {
            "too many received", "too many hops", "mail loop", "routing loop",
            "loop detected", "looping", "loops back", "forwarding loop",
            "loop count", "hop count",
            -- the recipient domain's DNS pointing back on itself (Exchange
            -- Online's SMTPSEND.DNS.MxLoopback): a route, not the address
            "configured in a loop", "mxloopback", "mx loopback", "dns loop",
            "mx record loop",
        }, {
          class = { 4, 5 },
          examples = {
              { reply = [[5.4.14 Routing loop detected]],
                source = "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online" },
              { reply = [[450 4.4.6 Routing loop detected (G16)]],
                source = "https://smtp.codes/rackspace" },
              { reply = [[smtp;554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop]],
                source = "https://helpdesk.insnap.in/support/solutions/articles/44002320792-email-campaign-technical-faq" },
          },
        }),

        -- the message
        r("phrase.attachment", "policyviolation", {
            "attachment", "file type", "filename", "executable", "macro",
            "spoofed", "spoofing", "content rejected", "message denied",
            "permanently rejected message",
            "content restriction", "file extension", "forbidden_file",
            "attached file",
            "prohibited", "banned", "not permitted", "local policy",
            "policy violation", "violates", "against policy",
            "unacceptable content", "content is unacceptable",
            "identical sender and recipient",
            -- a message whose recipients are all hidden (the To: header's
            -- "undisclosed-recipients:;"), refused as such
            "for undisclosed recipients", "to undisclosed recipients",
            -- archives the filter cannot or may not open
            "archives", "encrypted archive", "nested archive", "archive file",
            "zip file", "password-protected", "password protected",
            "encrypted attachment", "attach type",
            -- a kind of file refused ("vbs files are not accepted here")
            "files are not accepted", "files not accepted",
            "files are not allowed", "files not allowed",
        }, {
          -- a syntax error named beside the words ("Syntax error - your
          -- mail software violates RFC 821"): the protocol's
          -- (phrase.syntax), no policy on the message
          none = { "syntax error" },
          examples = {
              { reply = [[554 Rejected due to banned content]],
                source = "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html" },
              { reply = [[550 5.7.1 Message rejected due to content restrictions]],
                source = "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html" },
              { reply = [[550 vbs files are not accepted here]],
                source = "an Exim DATA ACL deny on attachment extensions worms use, read via the code index (file id 38881268601)" },
              { reply = [[554 Refused. Identical sender and recipient addresses are not allowed.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_IDENTICAL_FROM_TO (REJECT_SEVERITY_PERMANENT \"554 \")" },
              { reply = [[550 Message rejected because of unacceptable content]],
                action = "fix",
                source = "reply reported in the issue \"Decisions an operator can trust\" (server not named)" },
              { reply = [[554 The extension of the attached file is blacklisted]],
                source = "github.com/hannob/courier-pythonfilter filters/pythonfilter/attachments.py do_filter()" },
              { reply = [[MSG-EXT: Blacklisted high risk file extension detected]],
                source = "https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (relay response prefixes)" },
              { reply = [[550 Message contains encrypted archive]],
                source = "github.com/haraka/haraka-plugin-attachment index.js start_attachment() (allow_encrypted_archives off)" },
              { reply = [[Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images: exampleuser]],
                source = "Debian source package libmail-deliverystatus-bounceparser-perl 1.543 (CPAN Mail-DeliveryStatus-BounceParser) t/corpus/aol.attachment.msg (AOL AIRmail 'Mail Delivery Problem', 2009)" },
              { reply = [[Disallowed Attach Type]],
                source = "https://www.uniroma3.it/servizi/servizi-al-personale/servizi-informatici-e-telematici/posta-elettronica-di-ateneo/guida-ai-messaggi-di-errore/ (university guide: executables refused)" },
          },
        }),

        -- the way there (a loop is phrase.loop's, or without a code
        -- nocode.loop's)
        r("phrase.network", "networkerror", {
            "connection refused", "connection timed out", "timed out",
            "connection expired", "try reconnecting", "closed connection",
            "cannot assign requested address", "retry time not reached",
            "lost connection", "connection reset", "no route to host",
            "network is unreachable", "connection dropped", "timeout",
            "name server", "dns failure", "dns error",
            "unable to connect", "cannot connect",
            "dropped connection", "dropped the connection", "unable to contact",
            "could not contact", "cannot contact", "momentarily suspended",
            "delivery deferred", "delivery differed", "did not respond",
            "not responding", "not answering", "does not answer", "did not answer",
            -- a host name that did not resolve for now ("Temporary failure
            -- of hostname lookup"), a read or write that failed on the
            -- connection ("Read/Write error over network connection")
            "hostname lookup", "host name lookup", "error over network",
            "network connection error", "network read error",
            "network write error",
            -- the connection lost in other words ("421 Lost incoming
            -- connection", "connection lost"), a communication trouble
            -- with the other server, DNS (RFC 3463's X.4.3 "Directory
            -- server failure")
            "lost incoming connection", "connection lost", "lost the connection",
            "communication problem", "communication error", "communication failure",
            "directory server failure",
        }, {
          -- (a delivery deferred because the receiver offers no STARTTLS
          -- that the sender requires names TLS: nocode.tls)
          none = { "starttls" },
          examples = {
              { reply = [[451 4.4.2 Timeout - closing connection.]],
                source = "https://support.google.com/a/answer/3726730" },
              { reply = [[421 4.4.2 mail.yandex.net Error: timeout exceeded]],
                source = "https://smtp.codes/yandex" },
              { reply = [[421 4.2.1 Unable to connect]],
                source = "github.com/evilashz/exchange-server-27065 Microsoft.Exchange.Data.Transport/Data/Transport/Smtp/SmtpResponse.cs: UnableToConnect (Exchange Server transport reply strings, decompiled)" },
              { reply = [[RETRY.17 Temporary failure of hostname lookup]],
                source = "https://wanglu.net/thread/t12-245059-0.html (a webmail delivery log's retried failures)" },
              { reply = [[RETRY.23 Read/Write error over network connection]],
                source = "https://wanglu.net/thread/t12-245059-0.html (a webmail delivery log's retried failures)" },
              { reply = [[421 Lost incoming connection]],
                source = "Debian exim4-daemon-light 4.96, /usr/sbin/exim4 (receive.c: the connection went away mid-message)" },
              { reply = [[There was a SMTP communication problem with the recipient's email server. Please contact your system administrator.]],
                source = "http://support.toast.net/KB/a75/ptr-due-to-mis-configured-dns-settings.aspx (bounces a sender receives)" },
              { reply = [[Directory server failure]],
                source = "Debian opensmtpd 6.8.0p2, /usr/sbin/smtpd (its text for status 4.4.3)" },
          },
        }),
        -- a coded reply that carries the connection's own failure: the
        -- system's error names (Node.js, libc: "connect EADDRNOTAVAIL
        -- 192.0.2.1:443") or a server that never answered; without a
        -- code these are nocode.connect's
        r("phrase.network-coded", "networkerror", {
            "econnrefused", "etimedout", "econnreset", "ehostunreach",
            "enetunreach", "econnaborted", "eaddrnotavail",
            "didn't respond", "failed to respond",
        }, {
          code = { "4xx", "5xx" },
          examples = {
              { reply = [[550 connect EADDRNOTAVAIL 157.245.9.156:443 - Local (138.197.213.185:0); If you need help, forward this email to support@forwardemail.net or visit https://forwardemail.net.]],
                source = "https://github.com/forwardemail/forwardemail.net/issues/185 (the forwarding service's own connection failed; every alias refused)" },
          },
        }),

        -- the other side's trouble
        -- a 4xx that only asks to come back later, naming no cause
        -- ("451 Please try again later", "450 4.7.1 try again later"):
        -- greylisting's usual words, and nothing says the server is in
        -- trouble, so the reason stays undefined (the retry is the same);
        -- a word of the server's own state, or of our volume, is the
        -- rules' around it (421: rules above)
        r("phrase.retry-later", "undefined", {
            "try again later", "try later", "come back later", "retry later",
            "try again in", "tempfail", "temporarily rejected",
            "temporarily deferred",
        }, {
          code = RETRY_CODES,
          none = { "error", "unavailable", "not available", "busy", "problem",
                   "fail", "overload", "resource", "database", "queue",
                   "disabled", "local", "backend", "configuration", "transient",
                   "internal", "processing", "system", "server", "service",
                   "maintenance", "load", "cannot", "unable",
                   "exceed", "limit", "rate", "too many",
                   "quota", "full", "mailbox", "user", "recipient", "account",
                   "spam", "block", "listed", "dns", "lookup", "timeout",
                   "timed out", "connection", "network" },
          examples = {
              { reply = [[451 4.7.1 Please try again later]],
                source = "github.com/milter-regex/milter-regex milter-regex.8 (tempfail's default text)" },
              { reply = [[450 4.7.1 try again later]],
                source = "github.com/SirWumpus/milter-gris milter-gris.c filterRcpt() (grey-list tuple still blocked)" },
          },
        }),

        -- a server's own DATA stage that failed for the message ("551
        -- DATA FAILED - UNABLE TO DELIVER THE MESSAGE TO THE RECIPIENT",
        -- magma: storing or forwarding failed for every recipient); the
        -- causes such a reply names (size, content, relay, loop) are the
        -- rules' above
        r("phrase.data-failed", "systemerror", {
            "data failed",
        }, {
          none = { "user", "mailbox", "no such", "not exist", "unknown", "invalid" },
          examples = {
              { reply = [[551 DATA FAILED - UNABLE TO DELIVER THE MESSAGE TO THE RECIPIENT]],
                source = "https://github.com/lavabit/magma src/servers/smtp/smtp.c (smtp_data_inbound: every recipient ended in SMTP_OUTCOME_PERM_FAILURE)" },
          },
        }),
        r("phrase.system", "systemerror", {
            "temporary local problem", "local error", "temporarily unavailable",
            "temporary failure", "temporary error", "system error",
            "internal error", "server error", "service unavailable",
            "service not available", "try again later", "please try later",
            "try later", "resources temporarily", "temporarily rejected",
            "mail system problem", "configuration error", "backend",
            "temporary system problem", "server busy", "system problem",
            "currently unavailable", "come back later", "unable to verify",
            "transient", "error in processing", "tempfail",
            -- the server's own state in other words
            "overloaded", "too busy", "database error",
            -- a busy signal, a service failure ("454 Temporary service
            -- failure", "responded with a busy signal")
            "busy signal", "service failure",
            "database temporary", "queue unavailable", "queuing declined",
            "not available at the moment", "temporarily disabled",
            -- a table or database the server reads that it could not open
            -- ("alias database unavailable"), the machine's load too high
            -- ("421 Too much load; please try again later")
            "database unavailable", "database is unavailable",
            "database not available", "too much load", "load too high",
            "load is too high", "high load",
            -- the server could not queue, store or write the message
            -- ("458 Unable to queue message", "550 Internal delivery
            -- error", "Error creating temporary file")
            "unable to queue", "internal delivery error", "temporary file",
        }, {
          -- a block said beside the trouble is the reply's cause ("554
          -- 5.7.1 Service unavailable; Client host [192.0.2.1] blocked")
          none = { "blocked" },
          examples = {
              { reply = [[451 4.3.2 Internal server error]],
                source = "https://smtp.codes/yahoo" },
              { reply = [[421 Too much load; please try again later.]],
                source = "Debian exim4-daemon-light 4.96, /usr/sbin/exim4 (smtp_load_reserve's refusal)" },
              { reply = [[alias database unavailable]],
                source = "Debian postfix 3.7.11, /usr/lib/postfix/sbin/local (the local delivery agent's deferral)" },
              { reply = [[452 4.3.1 Temporary System Error]],
                source = "https://smtp.codes/zoho" },
              { reply = [[205.188.190.2 failed after I sent the message. Remote host said: 521 5.2.1 "TempFail"]],
                source = "https://wordtothewise.com/2012/10/mail-problems-at-aol" },
              { reply = [[451 4.5.0 Error in processing, id=27311-09-9, quar+notif FAILED: mail_dispatch: no recognized protocol name: 0 at /usr/sbin/amavisd line 8516.]],
                source = "https://lists.amavis.org/pipermail/amavis-users/2013-August/002450.html (amavisd-new reply in a Postfix log)" },
              { reply = [[458 Unable to queue message]],
                source = "https://github.com/kura/blackhole docs/source/response-codes.rst (bounce codes)" },
              { reply = [[550 Internal delivery error]],
                source = "Citadel/UX serv_smtp.c smtp_data() (code index file id 48088590234)" },
          },
        }),

        -- a refusal after the message was sent, naming nothing else, is
        -- about the content
        r("phrase.eod-refusal", "spamdetected", {
            "policy", "denied", "rejected", "refused", "blocked",
            "not accepted",
        }, {
          examples = {
              { reply = [[host vip-smtp.alstom.com[159.245.16.220] said: 550 Denied by policy (in reply to end of DATA command]],
                source = "https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015" },
          },
          phase = "eod", class = 5 }),

        r("phrase.syntax", "syntaxerror", {
            "syntax error", "command unrecognized", "unrecognized command",
            "command not implemented", "not implemented",
            "bad sequence of commands", "parameter not implemented",
            "invalid command", "unknown command", "line too long for",
            "bad command", "too many errors", "bad smtp command",
            "support is disabled", "command is disabled",
            -- Postfix's DATA after every RCPT was refused ("554 5.5.1
            -- Error: no valid recipients"): the sequence of commands;
            -- without its "Error:", phrase.no-valid-recipients below
            "error: no valid recipients",
            -- a message submitted that named nobody ("contained no
            -- recipient addresses")
            "no recipient addresses", "no recipients specified",
            "one valid recipient",
            "unrecognized commands", "unimplemented command",
            -- a command's parameter refused ("Invalid RCPT PARAM")
            "invalid param", "unknown param", "unsupported param",
            "rcpt param", "mail param",
            -- a command's argument that does not parse ("malformed auth
            -- input", "Malformed email address. Use form email@host")
            "malformed auth", "malformed email address",
            -- MAIL FROM's address that does not parse ("501 5.1.7 Bad
            -- sender address syntax", "INVALID SENDER SYNTAX")
            "sender address syntax", "sender syntax",
        }, {
          examples = {
              { reply = [[A message that you sent contained no recipient addresses, and therefore no delivery could be attempted.]],
                source = "github.com/Exim/exim test/mail/0021.CALLER (a message submitted with -t and an empty To:)" },
              { reply = [[555 5.5.2 Syntax error.]],
                source = "https://support.google.com/a/answer/3726730" },
              { reply = [[502 Command not implemented]],
                source = "RFC 5321 §4.2.2-4.2.3" },
              { reply = [[554 Refused. You must specify at least one valid recipient.]],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_ZERO_RECIPIENTS (REJECT_SEVERITY_PERMANENT \"554 \")" },
          },
        }),

        -- a refusal of the message because none of its recipients is
        -- valid ("554 qq Sorry, no valid recipients (#5.1.3)", "Message
        -- rejected (no valid recipients)"): the addresses do not exist,
        -- as the pages that explain it say (Postfix's sequence reply,
        -- "Error: no valid recipients", is phrase.syntax's above)
        r("phrase.no-valid-recipients", "userunknown", {
            "no valid recipients",
        }, {
          examples = {
              { reply = [[554 qq Sorry, no valid recipients (#5.1.3)]],
                source = "https://github.com/twisted1919/bounce-handler BounceHandler/rules.php (a comment above a classifier rule, quoting the diagnostic that triggers it)" },
              { reply = [[Message rejected (no valid recipients)]],
                source = "https://help.lws-hosting.com/en/Main-email-error-codes-and-their-meaning" },
          },
        }),

        -- a permanent refusal worded as a missing permission ("Recipient
        -- Not Authorised [... no authorised destination groups]", "User
        -- ... is not authorized to perform ses:SendRawEmail"), naming no
        -- other cause: the sending side may not send this; it says nothing
        -- of the recipient's mailbox (the rules above read SPF, relay,
        -- sender-identity and blocklist forms of the same words; a bare
        -- "5.7.1 Not authorized" is Exchange's recipient restriction,
        -- status.x.7.1's)
        r("phrase.not-authorised", "rejected", {
            "recipient not authorised", "recipient not authorized",
            "authorised destination", "authorized destination",
            "not authorised to perform", "not authorized to perform",
            -- the permission itself said to have failed ("553
            -- authorization failure (#5.7.1)", indimail's closed user
            -- group: this sender may not send here)
            "authorization failure", "authorisation failure",
        }, {
          code = { "5xx" },
          none = { "spf", "dkim", "dmarc", "relay", "block", "listed",
                   "user unknown", "no such user", "does not exist" },
          examples = {
              { reply = [=[Server Response: 550 Recipient Not Authorised [recipient rejected due to no authorised destination groups]]=],
                source = "https://www.bt.com/help/email/bt-email-problems--error-code-0x800ccc79--error-550- (the sending address is invalid or not yet active)" },
              { reply = [[554 Access denied: User arn:aws:iam::123456789012:user/ses-smtp is not authorized to perform ses:SendRawEmail on resource arn:aws:ses:us-east-1:123456789012:identity/example.org]],
                source = "github.com/awsdocs/amazon-ses-developer-guide doc-source/smtp-response-codes.md (ARNs filled with documentation values; the IAM user may not send)" },
              { reply = [[553 authorization failure (#5.7.1)]],
                source = "github.com/indimail/indimail-mta qmail-smtpd.c (CUGMAIL: the sender's domain or account may not send here)" },
          },
        }),
    },
}
