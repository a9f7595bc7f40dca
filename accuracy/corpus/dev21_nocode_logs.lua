-- Round 21: MTA log lines and delivery-agent texts WITHOUT a reply code,
-- as operators quote them in public issue threads and pastes (Postfix
-- "status=..." parentheses and warnings, Exim defer lines, sendmail log
-- lines, Postal, ZoneMTA and Stalwart texts, a Postfix relay
-- how-to's list of SASL errors): connection failures, lost connections,
-- TLS and SASL failures, local delivery and mail-system trouble.
-- Labels follow what each source says happened to the message (the log's
-- own status= word, the DSN's Action, or the thread's account of it),
-- mapped by the policy of accuracy/corpus/README.md; without a code the
-- outcome is deferred where the message stayed queued and bounced where
-- it was returned.  Set before any classifier output was seen.  Texts are
-- quoted as the threads show them (their own redactions kept); a note says
-- where a log line was cut to its diagnostic.
-- "code index file id N" names a file read through the public code index.
-- One entry from a paste the hold-out also quotes was taken out again
-- after the merge.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local noted = E.noted
local function e (...) return noted(nil, ...) end
local B, D = "bounced", "deferred"

local gh = E.issue

return {
  -- {==================================================================
  -- Postfix: the connection and the conversation
  -- ===================================================================
  e(D, "networkerror", "retry", gh("whyscream/postfix-grok-patterns", 87, "postfix/error log, dsn=4.4.2, status=deferred"),
    "Delivery to the site is suspended after the connection was lost during RCPT TO; the message stays queued.",
    [==[delivery temporarily suspended: lost connection with mta7.am0.yahoodns.net[98.136.216.22] while sending RCPT TO]==]),
  e(D, "networkerror", "retry", gh("mail-in-a-box/mailinabox", 1144, "Postfix queue listing; the content filter on 127.0.0.1 stopped answering"),
    "The connection to the local content filter was lost during the message body; the message stays in the queue.",
    [==[(delivery temporarily suspended: lost connection with 127.0.0.1[127.0.0.1] while sending message body)]==]),
  e(D, "networkerror", "retry", gh("Mailu/Mailu", 2926, "Postfix log quoted in the title; all mail was deferred"),
    "The connection to the mailbox server's LMTP port timed out; mail was deferred.",
    [==[connect to imap[192.168.203.2]:2525: Operation timed out]==]),
  -- {==================================================================
  -- Postfix: TLS and SASL towards the next hop
  -- ===================================================================
  e(D, "securityerror", "retry", "code index file id 45402217895 (OP5 Monitor knowledge base, 'relay mail through an external SMTP server': SASL errors listed as status=deferred)",
    "The relay offered no authentication mechanism Postfix may use over this connection; the message is deferred.",
    [==[SASL authentication failed: server mail.relay.server[192.0.2.10] offered no compatible authentication mechanisms for this type of connection security]==]),
  e(D, "securityerror", "retry", "code index file id 45402217895 (OP5 Monitor knowledge base: a Postfix warning listed with the SASL errors)",
    "The relay offers only mechanisms Postfix filters out; authentication cannot start and mail is deferred.",
    [==[warning: mail.relay.server[192.0.2.10]:25 offered no supported AUTH mechanisms: 'PLAIN LOGIN']==]),
  e(D, "securityerror", "retry", gh("tarickb/sasl-xoauth2", 50, "Postfix log, dsn=4.7.0, status=deferred"),
    "SMTP authentication to Gmail's relay failed in the XOAUTH2 plug-in; the message is deferred.",
    [==[SASL authentication failed; cannot authenticate to server smtp.gmail.com[142.251.9.109]: bad protocol / cancel]==],
    "the parenthesised reason of a status=deferred line"),
  e(D, "securityerror", "retry", gh("tarickb/sasl-xoauth2", 48, "Postfix relay log; the OAuth token could not be used"),
    "SMTP authentication to Gmail's relay failed (the plug-in's token step failed); the message stays queued.",
    [==[SASL authentication failed; cannot authenticate to server smtp.gmail.com[74.125.136.108]: transient failure (e.g., weak key)]==]),
  e(D, "securityerror", "retry", gh("ServerContainers/mail-gateway", 5, "Postfix warning relaying to Amazon SES; the SASL modules were missing"),
    "The Cyrus SASL library had no usable mechanism, so Postfix could not authenticate to the relay; mail is deferred.",
    [==[warning: SASL authentication failure: No worthy mechs found]==]),
  e(B, "securityerror", "fix", "https://github.com/mullvad/mullvadvpn-app/issues/7100 (Postfix log; mail to the domain was not delivered)",
    "The receiving server's certificate matches none of the domain's DANE TLSA records; Postfix will not deliver over it and defers.",
    [==[server certificate verification failed for mail2.mullvadvpn.net[45.83.220.124]:25: num=65:no matching DANE TLSA records]==]),

  -- {==================================================================
  -- Postfix: the mail system itself (local delivery, transports)
  -- ===================================================================
  e(D, "systemerror", "retry", gh("eaudeweb/edw.docker.mailtrap", 12, "postfix/local log, dsn=4.2.0, status=deferred"),
    "Local delivery could not lock the mailbox file; the message stays queued.",
    [==[cannot update mailbox /var/mail/user1 for user user1. unable to create lock file /var/mail/user1.lock: File exists]==]),
  e(D, "systemerror", "retry", "https://github.com/wader/postfix-relay/pull/147 (postfix/local log quoted, dsn=4.2.0, status=deferred)",
    "Local delivery refused to write a mailbox owned by someone else; the message stays queued.",
    [==[cannot update mailbox /var/mail/root for user root. destination /var/mail/root is not owned by recipient]==]),
  e(D, "networkerror", "retry", "https://github.com/modoboa/modoboa-webmail/issues/51 (Postfix LMTP log, dsn=4.4.1, status=deferred)",
    "The connection to the local LMTP service was refused; the message stays queued.",
    [==[connect to mydomain.fr[private/dovecot-lmtp]: Connection refused]==]),
  e(D, "systemfull", "retry", gh("vstakhov/rmilter", 175, "the milter refused connections; the disk of its container was full"),
    "The filter could not write the message: no space left on the device; mail is refused for now.",
    [==[mlfi_body: file write error: No space left on device]==]),

  -- {==================================================================
  -- Exim
  -- ===================================================================
  e(D, "systemerror", "retry", "https://github.com/MailScanner/v5/issues/41 (Exim queue run quoted by a hosting provider; 2,200 messages waiting)",
    "Exim's router defers every delivery to MailScanner, which was not processing the queue; the messages stay queued.",
    [==[R=defer_router defer (-1): All deliveries are handled by MailScanner]==],
    "the router's defer text from a '== address R=defer_router defer (-1): ...' line"),

  -- {==================================================================
  -- sendmail
  -- ===================================================================
  e(D, "networkerror", "retry", "http://linuxweblog.com/link-tags/sendmail (sendmail DNS lookup trouble)",
    "Sendmail hit a problem with a DNS lookup of the destination domain and queued the message for later.",
    [==[Transient parse error -- message queued for future delivery]==]),

  -- {==================================================================
  -- Other MTAs and sending programs
  -- ===================================================================
  e(D, "networkerror", "retry", gh("postalserver/postal", 547, "Postal soft fail; the server had no working IPv6"),
    "Postal could not reach the MX hosts over IPv6 and one attempt timed out; a soft failure, retried.",
    [==[Network is unreachable - connect(2) for "2a00:1450:400c:c0a::1b" port 25, execution expired, Network is unreachable - connect(2) for "2a00:1450:4010:c0f::1a" port 25, Network is unreachable - connect(2) for "2404:6800:4003:c00::1a" port 25]==]),
  e(D, "networkerror", "retry", gh("postalserver/postal", 193, "Postal worker log; the host blocked SMTP over IPv6"),
    "Postal could not connect to the MX host (open timeout); it tries again.",
    [==[Cannot connect to 2a00:1450:4013:c03::1b:25 (gmail-smtp-in.l.google.com) (Net::OpenTimeout: execution expired)]==]),
  e(D, "networkerror", "retry", gh("postalserver/postal", 264, "Postal worker log"),
    "Postal could not connect: the local IPv6 source address could not be assigned; it tries again.",
    [==[Cannot connect to 2404:6800:4003:c01::1a:25 (alt2.gmail-smtp-in.l.google.com) (Errno::EADDRNOTAVAIL: Cannot assign requested address - connect(2) for "2404:6800:4003:c01::1a" port 25]==]),
  e(D, "networkerror", "retry", gh("postalserver/postal", 1838, "Postal soft failures and pending messages"),
    "None of the domain's MX hosts could be reached (timeouts); a soft failure, retried.",
    [==[No SMTP servers were available for gmail.com. Tried gmail-smtp-in.l.google.com, alt1.gmail-smtp-in.l.google.com, alt2.gmail-smtp-in.l.google.com, alt3.gmail-smtp-in.l.google.com, and alt4.gmail-smtp-in.l.google.com

execution expired, Net::ReadTimeout with #<TCPSocket:(closed)>, Net::OpenTimeout]==]),
  e(B, "securityerror", "fix", gh("postalserver/postal", 1838, "Postal soft failures and pending messages"),
    "The TLS handshake with the receiving server failed at the client hello; a soft failure, retried.",
    [==[SSL_connect SYSCALL returned=5 errno=0 state=SSLv3/TLS write client hello]==]),
  e(B, "securityerror", "fix", gh("stalwartlabs/stalwart", 191, "Stalwart outbound delivery log, tls unavailable event"),
    "Stalwart did not see STARTTLS offered by the MX host, so the delivery attempt could not go on over TLS.",
    [==[STARTTLS was not advertised by host]==],
    "the reason field of the log event"),
  e(D, "networkerror", "retry", gh("zone-eu/zone-mta", 458, "ZoneMTA CONNFAIL log; the provider blocked port 25"),
    "ZoneMTA could not connect to the MX host in time; the delivery is retried.",
    [==[Network error when connecting to MX server alt2.gmail-smtp-in.l.google.com[172.217.78.27] for gmail.com: Connection timed out]==]),
}
