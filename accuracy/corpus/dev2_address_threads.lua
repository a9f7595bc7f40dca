-- Replies and MTA diagnostics quoted in public issue threads (mail server
-- projects, forwarding services, bounce processors): the lines users
-- pasted from their logs and bounces.  Labelled from what the thread says
-- the cause was (or, where the thread does not say, from the reply's own
-- words), before any classifier output was seen.  family: "address" for
-- the address failures (userunknown, hostunknown, notaccept, hasmoved,
-- suspend), "other" for the rest.
return {
  -- {==================================================================
  -- disabled and deactivated accounts
  -- ===================================================================
  {
    reply   = [==[552 5.2.1 : Recipient address rejected: User disabled]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "suspend", action = "suppress",
    source  = "https://github.com/anonaddy/anonaddy/issues/624",
    meaning = "The forwarding service refuses the alias: its account has been disabled.",
  },
  {
    reply   = [==[Remote server returned '552 5.2.1 <(name)@anonaddy.me>: Recipient address rejected: User disabled']==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "suspend", action = "suppress",
    source  = "https://github.com/anonaddy/anonaddy/issues/580",
    meaning = "The account behind the alias was disabled for breaking the terms of service.",
  },
  {
    reply   = [==[Si è verificato un problema con la cassetta postale del destinatario. Prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'amministratore della posta elettronica. mail2.anonaddy.me ha restituito questo errore: <phz5gwmw@anonaddy.com>: Recipient address rejected: User disabled]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "suspend", action = "suppress",
    source  = "https://github.com/anonaddy/anonaddy/issues/757",
    meaning = "Italian Outlook NDR quoting the forwarding service: the recipient's account is disabled.",
  },
  {
    reply   = [==[Your message couldn't be delivered to the recipient because you don't have permission to send to it. Ask the recipient's email admin to add you to the accept list for the recipient. For more information, see DSN 5.7.129 Errors in Exchange Online and Office 365.]==],
    group   = "microsoft", family = "other",
    outcome = "bounced", reason = "filtered", action = "suppress",
    source  = "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/1208",
    meaning = "Exchange Online: the recipient accepts mail only from listed senders (seen after the user's AD account was disabled).",
  },
  {
    reply   = [==[550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302)]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2836",
    meaning = "Outlook.com/Hotmail: the address is not in use, nearly the same as 5.1.10 (recipient not found).",
  },
  {
    reply   = [==[Your email was rejected. The email address was not found. Please check the receiving email address. SMTP Reply Code = 550, SMTP Status Code = 5.1.1]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/arithmetric/aws-lambda-ses-forwarder/pull/127",
    meaning = "The forwarder's notice to the sender: no such recipient at the domain.",
  },
  -- }==================================================================

  -- {==================================================================
  -- unknown domains and DNS (permanent and temporary)
  -- ===================================================================
  {
    reply   = [==[450 4.1.2 <b8grvq@ubsonline.com>: Recipient address rejected: Domain not found]==],
    group   = "generic", family = "address",
    outcome = "deferred", reason = "hostunknown", action = "retry",
    source  = "https://github.com/hitobito/hitobito/issues/495",
    meaning = "Postfix reject_unknown_recipient_domain: the recipient's domain does not resolve (a temporary reply).",
  },
  {
    reply   = [==[450 4.1.8 <bounces+19390322-d49f-info=filser-webdesign.de@em7169.erxes.io>: Sender address rejected: Domain not found]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "rejected", action = "retry",
    source  = "https://github.com/docker-mailserver/docker-mailserver/issues/1744",
    meaning = "Postfix reject_unknown_sender_domain: the envelope sender's domain has no DNS records.",
  },
  {
    reply   = [==[Host or domain name not found. Name service error for name=fontarboleas.es type=MX: Host not found, try again]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/mail-in-a-box/mailinabox/issues/1607",
    meaning = "Postfix deferred (dsn=4.4.3): the MX lookup got SERVFAIL, a temporary DNS failure.",
  },
  {
    reply   = [==[Host or domain name not found. Name service error for name=dovecot-ce type=AAAA: Host not found, try again]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/kalungia/ox-app-suite/issues/9",
    meaning = "Postfix LMTP deferred (dsn=4.4.3): a temporary name service error.",
  },
  {
    reply   = [==[delivery temporarily suspended: Host or domain name not found. Name service error for name=yahoo.co.id type=MX: Host not found, try again]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/panubo/docker-postfix/issues/37",
    meaning = "Postfix deferred (dsn=4.4.3): DNS lookups were failing temporarily (the container's resolver).",
  },
  {
    reply   = [==[connect to alt4.gmail-smtp-in.l.google.com[209.85.147.27]:25: Connection timed out]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/panubo/docker-postfix/issues/37",
    meaning = "Outbound port 25 blocked by the provider: connections time out.",
  },
  {
    reply   = [==[retry time not reached for any host for 'mydomain.com']==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/ix-ai/smtp/issues/8",
    meaning = "Exim deferred the address: earlier attempts to the smarthost failed and the retry time has not come (the relay was not allowed to connect).",
  },
  {
    reply   = [==[TCP active open: Failed connect() to TCP port 25 of 109.195.87.80(No formatted text for errno = 111)]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/mailcow/mailcow-dockerized/issues/201",
    meaning = "Delivery attempt history: the connection to port 25 was refused; still being retried.",
  },
  {
    reply   = [==[Temporary error from SMTP partner: smtp;421 4.4.2 mx.maxus.email Error: timeout exceeded]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/mailcow/mailcow-dockerized/issues/201",
    meaning = "The receiving server timed out the session: a temporary failure.",
  },
  {
    reply   = [==[admin@maxus.email: smtp;451 4.3.0 <alex.1501@icloud.com>: Temporary lookup failure]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "systemerror", action = "retry",
    source  = "https://github.com/mailcow/mailcow-dockerized/issues/201",
    meaning = "The receiving Postfix could not look up its own tables: the receiving system's temporary trouble.",
  },
  {
    reply   = [==[H=us-smtp-inbound-1.mimecast.com [205.139.110.242]: SMTP error from remote mail server after RCPT TO:<XXXXX@redhat.com>: 451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [XXXXX]]==],
    group   = "mimecast", family = "other",
    outcome = "deferred", reason = "systemerror", action = "retry",
    source  = "https://github.com/tianon/dockerfiles/issues/96",
    meaning = "Mimecast's temporary internal resource problem; Exim retries.",
  },
  {
    reply   = [==[501 Connection rejected by policy [7.7]]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "blocked", action = "contact",
    source  = "https://github.com/docker-mailserver/docker-mailserver/issues/534",
    meaning = "Symantec's internal blocklist refuses the sending server's connection.",
  },
  -- }==================================================================

  -- {==================================================================
  -- full mailboxes
  -- ===================================================================
  {
    reply   = [==[host c3.testrun.org[private/dovecot-lmtp] said: 552 5.2.2 <user1697413481.021437_1@c3.testrun.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://github.com/chatmail/relay/pull/21",
    meaning = "Dovecot LMTP refused the message: the user's quota is used up.",
  },
  {
    reply   = [==[sieve: msgid=<20200511113535.889CA28724D@mail.my-domain.com>: failed to store into mailbox 'INBOX': Quota exceeded (mailbox for user is full)]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://github.com/docker-mailserver/docker-mailserver/issues/1508",
    meaning = "Dovecot could not store the message: the mailbox is full.",
  },
  {
    reply   = [==[procmail: Quota exceeded while writing "/home/_user_/homes/info/Maildir/tmp/1635844454.19097_0._server_"]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://github.com/virtualmin/virtualmin-gpl/issues/326",
    meaning = "The user is over quota; procmail could not write the message.",
  },
  -- }==================================================================
  -- {==================================================================
  -- unknown recipients, quoted from bounces and logs
  -- ===================================================================
  {
    reply   = [==[Your message cannot be delivered to the following recipients: Recipient address: user@docker-mail.tld Reason: Remote SMTP server has rejected address Diagnostic code: smtp;550 5.1.1 <user@docker-mail.tld >: Recipient address rejected: User unknown in local recipient table]==],
    group   = "icloud", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/docker-mailserver/docker-mailserver/issues/97",
    meaning = "iCloud's report: the receiving server rejected the address as unknown.",
  },
  {
    reply   = [==[to=<mereng.marina@example.com>, orig_to=<yappele.lydia@example.com>, relay=none, delay=102, delays=4.6/0.19/0/97, dsn=5.1.1, status=bounced (User unknown in virtual alias table)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/docker-mailserver/docker-mailserver/issues/2033",
    meaning = "Postfix bounced the alias: no such user in the virtual alias table.",
  },
  {
    reply   = [==[<XXXXXXXX (expanded from <depotviewer@open4me.de>): User unknown in virtual alias table]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/littleyoda/hibiscus.depotviewer/issues/67",
    meaning = "Postfix bounce (quoted by a German user): the alias points nowhere.",
  },
  {
    reply   = [==[Une erreur est survenue lors de l’envoi du courrier. Le serveur de courrier a répondu : 5.1.1 <test@liste.domain.tld>: Recipient address rejected: User unknown in virtual mailbox table. Veuillez vérifier l’adresse du destinataire test@liste.domain.tld et essayer à nouveau.]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/YunoHost-Apps/mailman_ynh/issues/6",
    meaning = "French Thunderbird error quoting Postfix: the list address is an unknown user (a server misconfiguration in that case).",
  },
  {
    reply   = [==[ngofeedback@fairnopoly.de: host w00ec7a1.kasserver.com[85.13.149.73] said: 550 5.1.1 ngofeedback@fairnopoly.de: Recipient address rejected: User unknown in virtual alias table (in reply to RCPT TO command)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/fairmondo/fairmondo/issues/183",
    meaning = "The feedback address did not exist at the host.",
  },
  {
    reply   = [==[address not found + The answer from the remote server is: 550 5.2.0 No such mailbox]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/mailcow/mailcow-dockerized/issues/3435",
    meaning = "Gmail's bounce: the receiving server has no such mailbox.",
  },
  {
    reply   = [==[koninkrijk.amsterdam | Office 365 | Constituent Action Required Recipient Unknown To address]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2403",
    meaning = "Office 365 NDR (from a Dutch user, on the 5.1.1 fix page): the To address is unknown.",
  },
  {
    reply   = [==[Diagnostic-Code:550 5.2.5 Folder full]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://github.com/voku/PHPMailer-BMH/issues/23",
    meaning = "The recipient's folder is full.",
  },
  -- }==================================================================

  -- {==================================================================
  -- other causes met in the same threads
  -- ===================================================================
  {
    reply   = [==[delivery 245: failure: Unable_to_run_qmail-remote./]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "systemerror", action = "retry",
    source  = "https://github.com/notqmail/notqmail/issues/244",
    meaning = "qmail-send could not run qmail-remote: a local system fault that the reporter expects to be temporary.",
  },
  {
    reply   = [==[data: unexpected EOF, transient]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://github.com/mjl-/mox/issues/198",
    meaning = "mox: the connection to iCloud closed during DATA; a transient error.",
  },
  {
    reply   = [==[64.233.184.27 failed after I sent the message. Remote host said: 550-5.7.1 Unauthenticated email from example.no is not accepted due to 550-5.7.1 domain's DMARC policy. Please contact the administrator of 550-5.7.1 example.no domain if this was a legitimate mail.]==],
    group   = "gmail", family = "other",
    outcome = "bounced", reason = "authfailure", action = "fix",
    source  = "https://github.com/bruceg/ezmlm-idx/issues/11",
    meaning = "Gmail refused a list message that fails the author domain's DMARC policy.",
  },
  {
    reply   = [==[recipient <hanna.cohen@hilleltoronto.org> rejected: 550 5.7.1 Service unavailable; Client host [107.6.51.128 <-- barontel.com] blocked using FBLW15; To request removal from this list please forward this message to delist@messaging.microsoft.com]==],
    group   = "microsoft", family = "other",
    outcome = "bounced", reason = "blocked", action = "contact",
    source  = "https://github.com/haraka/Haraka/issues/848",
    meaning = "Microsoft's blocklist refused the sending IP.",
  },
  {
    reply   = [==[554 Message not allowed - [299]]==],
    group   = "yahoo_aol", family = "other",
    outcome = "bounced", reason = "spamdetected", action = "fix",
    source  = "https://github.com/dart-mailer/mailer/issues/235",
    meaning = "Yahoo refused the message itself (every message to Yahoo addresses), not the address.",
  },
  -- }==================================================================
}
