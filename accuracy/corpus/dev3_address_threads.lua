-- Delivery-agent and MTA diagnostics quoted in public issue threads
-- (Postfix local/virtual/lmtp/error, Dovecot LDA/LMTP, Exim, sendmail,
-- qmail, procmail), many without a reply code.  Labelled from what each
-- thread and the quoted log say, before any classifier output was seen.
-- family: "address" for the address failures (userunknown, hostunknown,
-- notaccept, hasmoved, suspend), "other" for the rest.
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

return {
  -- {==================================================================
  -- mailbox full, in the delivery agent's words
  -- ===================================================================
  -- {==================================================================
  -- the local delivery agent's own trouble (temporary)
  -- ===================================================================
  e(O, D, "systemerror", "retry", "https://github.com/LukeSmithxyz/emailwiz/issues/155",
    "Postfix local (dsn=4.3.0, deferred): the Dovecot LDA command failed on a permission problem on the server.",
    [==[temporary failure. Command output: lda(root): Error: net_connect_unix(/var/run/dovecot/stats-writer) failed: Permission denied]==]),
  e(O, D, "systemerror", "retry", "https://github.com/LukeSmithxyz/emailwiz/issues/155",
    "Dovecot LDA's Sieve log: the store failed on an internal server error (temporary).",
    [==[sieve: msgid=<20210728223713.5A58B8A0DC9@mail.mydomain.xyz>: failed to store into mailbox 'INBOX': Internal error occurred. Refer to server log for more information. [2021-07-29 00:57:13]]==]),
  -- {==================================================================
  -- unknown users
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "https://github.com/haraka/Haraka/issues/477",
    "Dovecot LMTP refused the recipient: the user does not exist.",
    [==[550 5.1.1 <adfd@abhas.in> User doesn't exist: adfd@abhas.in]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/jeboehm/docker-mailserver/issues/81",
    "Postfix local (dsn=5.1.1, bounced): no such local user.",
    [==[unknown user: "ewan"]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/mlandauer/cuttlefish/issues/191",
    "Postfix refused the recipient at RCPT: no such local user.",
    [==[550 5.1.1 <asdasdasd>: Recipient address rejected: User unknown in local recipient table]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/maxking/docker-mailman/issues/341",
    "Exim refused the recipient: no router accepted the address (the list address is not known there).",
    [==[rejected RCPT <postorius@tommylike.me>: Unrouteable address]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/sisimai/p5-sisimai/issues/93",
    "Exim bounce (permanent error): the alias expanded to an address no router accepts.",
    [==[bounce@test.ex (generated from userxx@test.ex) Unrouteable address]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/jeboehm/docker-mailserver/issues/221",
    "Postfix refused the recipient: no such user.",
    [==[550 5.1.1 : Recipient address rejected: User unknown in local recipient table]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/mailcow/mailcow-dockerized/issues/2237",
    "The receiving server has no mailbox of that name (the reporter's MX pointed elsewhere).",
    [==[550 no mailbox by that name is currently available]==]),

  -- {==================================================================
  -- connections that failed (no reply code): deferred
  -- ===================================================================
  e(O, D, "networkerror", "retry", "https://github.com/catatnight/docker-postfix/issues/22",
    "Postfix smtp (dsn=4.4.1, deferred): every MX timed out (the ISP blocks port 25).",
    [==[connect to pb-mx10.pobox.com[64.147.108.51]:25: Connection timed out]==]),
  e(O, D, "networkerror", "retry", "https://github.com/huan/docker-simple-mail-forwarder/issues/42",
    "Postfix smtp (dsn=4.4.1, deferred): connection to Gmail's MX timed out.",
    [==[connect to alt2.gmail-smtp-in.l.google.com[64.233.185.26]:25: Connection timed out]==]),
  e(O, D, "networkerror", "retry", "https://github.com/Mailu/Mailu/issues/1187",
    "Postfix smtp (dsn=4.4.1, deferred): outbound port 25 blocked by the cloud provider.",
    [==[connect to mail.appmaildev.com[13.67.59.48]:25: Operation timed out]==]),
  e(O, D, "networkerror", "retry", "https://github.com/mailcow/mailcow-dockerized/issues/1010",
    "Postfix smtp (dsn=4.4.1, deferred): connection timed out.",
    [==[connect to mail.doolittle.com[45.56.102.194]:25: Connection timed out]==]),
  e(O, D, "networkerror", "retry", "https://github.com/docker-mailserver/docker-mailserver/issues/961",
    "Postfix lmtp (dsn=4.4.1, deferred): the LMTP socket is missing (a local connection failure).",
    [==[connect to mail.bupt.edu.cn[/var/run/dovecot/lmtp]: No such file or directory]==]),
  -- {==================================================================
  -- DNS: the domain does not exist (permanent) or the lookup failed
  -- (temporary)
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", "https://github.com/marlam/msmtp/issues/42",
    "Postfix DSN (Status 5.4.4): the recipient domain (a typo ending in '_') does not exist.",
    [==[Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error for name=receivingdomain.com_ type=AAAA: Host not found]==]),
  e(O, D, "networkerror", "retry", "https://github.com/mailcow/mailcow-dockerized/issues/3746",
    "Postfix: the MX lookup failed temporarily (try again).",
    [==[Host or domain name not found. Name service error for name=xxx.it type=MX: Host not found, try again]==]),
  e(O, D, "networkerror", "retry", "https://github.com/mailcow/mailcow-dockerized/issues/1287",
    "Postfix (dsn=4.4.3, deferred): the local resolver failed (temporary).",
    [==[Host or domain name not found. Name service error for name=yahoo.com type=MX: Host not found, try again]==]),
  e(A, B, "hostunknown", "suppress", "https://github.com/mailcow/mailcow-dockerized/issues/1645",
    "Postfix bounce: the domain has no address record of the asked type (the reporter's DNS was wrong).",
    [==[<admin@<domain>.de>: Host or domain name not found. Name service error for name=<domain>.de type=AAAA: Host found but no data record of requested type]==]),

  -- {==================================================================
  -- mail loops (Postfix): the routing is wrong, no reply code
  -- ===================================================================
  e(O, B, "networkerror", "contact", "https://github.com/mailcow/mailcow/issues/185",
    "Postfix (backup MX set on the primary): the mail loops back to the server itself.",
    [==[mail for domain.com loops back to myself]==]),
  e(O, B, "networkerror", "contact", "https://github.com/mailcow/mailcow/issues/246",
    "Postfix DSN (Status 5.4.6): a routing loop, the domain was set up as a backup MX.",
    [==[Diagnostic-Code: X-Postfix; mail for domain.tld loops back to myself]==]),
  e(O, B, "networkerror", "contact", "https://github.com/bokysan/docker-postfix/issues/88",
    "Postfix smtp (dsn=5.4.6): the relay's own domain loops back to it (a configuration fault).",
    [==[to=<contact@domain.com>, relay=none, delay=0.01, delays=0/0/0/0, dsn=5.4.6, status=bounced (mail for domain.com loops back to myself)]==]),
  e(O, B, "networkerror", "contact", "https://github.com/postfixadmin/postfixadmin/issues/40",
    "Postfix: the autoreply domain is not handled locally, so the mail loops (configuration).",
    [==[mail for autoreply.domain.tld loops back to myself]==]),

  -- {==================================================================
  -- more delivery-agent texts: Cyrus lmtpd, Dovecot LMTP, Postfix VDA
  -- ===================================================================
  e(O, B, "mailboxfull", "suppress", "https://github.com/cyrusimap/cyrus-imapd/issues/2191",
    "Cyrus lmtpd's log: the recipient check failed because the mailbox is over quota.",
    [==[verify_user(test@sendmaid.org) failed: Over quota]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/cyrusimap/cyrus-imapd/issues/5593",
    "Cyrus lmtpd's log: the recipient check failed, no such mailbox (here because mupdate was not yet synced).",
    [==[verify_user(xxxxxxxxx) failed: Mailbox does not exist]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/cyrusimap/cyrus-imapd/issues/5593",
    "Exim (** failed): Cyrus LMTP answered that the mailbox is unknown.",
    [==[SMTP error from remote mail server after RCPT TO:<xxxxxxxxxxxx@xxxxxxxxxxxx>: 550-Mailbox unknown.  Either there is no mailbox associated with this\n550-name or you do not have authorization to see it.\n550 5.1.1 User unknown DT=0s]==]),
  e(O, B, "mailboxfull", "suppress", "https://github.com/hardware/mailserver/issues/48",
    "Postfix VDA's bounce text for a maildir over its quota (virtual_maildir_limit_message).",
    [==[The user you are trying to reach is over quota.]==]),

  -- {==================================================================
  -- sendmail and Exim connection failures (no reply code)
  -- ===================================================================
  e(O, D, "networkerror", "retry", "https://github.com/trustedsec/social-engineer-toolkit/issues/355",
    "sendmail: the receiving MX refused the connection; the message stays queued.",
    [==[stat=Deferred: Connection refused by [redacted]]==]),
  e(O, D, "networkerror", "retry", "https://github.com/trustedsec/social-engineer-toolkit/issues/355",
    "sendmail mailq: the connection to Gmail's MX timed out; deferred.",
    [==[stat=Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com]==]),
  e(O, D, "networkerror", "retry", "https://github.com/roundcube/roundcubemail/issues/6110",
    "Exim main log: the remote_smtp transport deferred after a connection time-out.",
    [==[R=dnslookup T=remote_smtp defer (110): Connection timed out]==]),
  -- {==================================================================
  -- replies quoted by senders (RCPT-time refusals and NDR lines)
  -- ===================================================================
  e(A, D, "hostunknown", "retry", "https://github.com/dyve-agency/zeitkit/issues/92",
    "Net::SMTPServerBusy: the recipient's domain was not found (temporary 450).",
    [==[450 4.1.2 <mike.scharber@scharbers.com>: Recipient address rejected: Domain not found]==]),
  e(A, D, "hostunknown", "retry", "https://github.com/simple-login/app/issues/510",
    "Postfix NOQUEUE reject at RCPT: the recipient domain does not resolve on that server (450).",
    [==[450 4.1.2 <avd-newsletter@mydomain.com>: Recipient address rejected: Domain not found; from=<avd-newsletter=mydomain.com@b.wordpress.com> to=<avd-newsletter@mydomain.com> proto=ESMTP helo=<smtp-backup.dca.wordpress.com>]==]),
  e(A, D, "hostunknown", "retry", "https://github.com/RainLoop/rainloop-webmail/issues/510",
    "The submission server refused the recipient: its domain (a typo, gmail.gr) was not found.",
    [==[SMTP Error (450): Failed to add recipient "xxxx@gmail.gr" (4.1.2 <xxxx@gmail.gr>: Recipient address rejected: Domain not found).]==]),
  e(O, D, "rejected", "retry", "https://github.com/postalserver/postal/issues/1380",
    "Postal: the receiving server could not resolve the sender's return-path domain.",
    [==[450 4.1.8 <f2anry@psrp.emailsender.club>: Sender address rejected: Domain not found]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/corecode/dma/issues/143",
    "dma: the receiving server has no such user.",
    [==[remote delivery to mailin-02.mx.example.net [1.2.3.4] failed after RCPT TO: 550 5.1.1 <fake-seth-test-23n243gn4g@example.net>... No such user here]==]),
  e(O, D, "networkerror", "retry", "https://github.com/nodemailer/smtp-server/issues/166",
    "Nodemailer client: the server's greeting never arrived (ETIMEDOUT at CONN).",
    [==[Error: Greeting never received]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/dirtsimple/poste.io/issues/26",
    "poste.io (Haraka) refused the recipient: not a local user.",
    [==[SMTP Error (550): Failed to add recipient "example@mydomain.com" (Error: No such user)]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/alistapart/AListApart/issues/442",
    "Gmail: the account does not exist.",
    [==[550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser i189-20020a6387c6000000b00439495f4eadsor8053548pge.28 - gsmtp]==], "gmail"),
  e(A, B, "userunknown", "suppress", "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2654",
    "Exchange Online directory-based edge blocking: the recipient address does not exist in the tenant.",
    [==[550 5.4.1 Recipient address rejected: Access denied.]==], "microsoft"),
  e(A, B, "userunknown", "suppress", "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/2336",
    "Exchange Online's edge refusal of an address it does not know (the reporter compares it with 5.1.1).",
    [==[550 5.4.1 Recipient address rejected: Access denied. AS(xxxxxxx)]==], "microsoft"),
  e(O, B, "networkerror", "contact", "https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1252",
    "Exchange: the message looped between servers until the hop count limit (a routing setup fault).",
    [==[554 5.4.14 Hop count exceeded - possible mail loop]==], "microsoft"),
  e(O, B, "networkerror", "contact", "https://github.com/postalserver/postal/issues/1074",
    "Postal: the message came back to the server that sent it (a mail loop in the DNS set-up).",
    [==[550 Loop detected]==]),
  e(O, D, "ratelimited", "throttle", "https://github.com/MicrosoftDocs/OfficeDocs-Exchange/pull/2409",
    "Exchange Online: the recipient mailbox receives too many messages too quickly and is throttled.",
    [==[432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded]==], "microsoft"),
  e(O, D, "networkerror", "retry", "https://github.com/haraka/Haraka/issues/3478",
    "Haraka outbound: no MX could be used (all skipped or failed); temporary failure.",
    [==[Temp fail for: Tried all MXs]==]),
  e(O, D, "networkerror", "retry", "https://github.com/haraka/Haraka/issues/2507",
    "Haraka outbound: the TCP connection to the MX timed out.",
    [==[Failed to get pool entry: Outbound connection timed out to 59.37.97.124:25]==]),
  e(O, D, "networkerror", "retry", "https://github.com/haraka/Haraka/issues/2754",
    "Haraka outbound: the receiving server closed the connection mid-transaction; next MX tried.",
    [==[Remote end 142.250.4.26:25 closed connection while we were processing mail. Trying next MX.]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/haraka/Haraka/issues/936",
    "Haraka outbound log: Gmail refused the recipient, no such account.",
    [==[recipient <chnacllckelcialecteq@gmail.com> rejected: 550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at http://support.google.com/mail/bin/answer.py?answer=6596 de9si27369759pdb.176 - gsmtp]==], "gmail"),
  e(O, "unknown", "undefined", "contact", "https://github.com/haraka/Haraka/issues/936",
    "Haraka's bounce reason names no cause (the recipient's reply is not carried into it).",
    [==[bouncing mail: Some recipients failed: <chnacllckelcialecteq@gmail.com>]==]),
  e(O, B, "syntaxerror", "fix", "https://github.com/haraka/Haraka/issues/2296",
    "The receiving server answered EHLO and HELO with 'unrecognized command'.",
    [==[500 5.5.2 unrecognized command]==]),
  e(O, D, "networkerror", "retry", "https://github.com/getsentry/self-hosted/issues/125",
    "The sending application could not resolve its mail server's name (a DNS or network error on the sending side).",
    [==[[Errno -2] Name or service not known]==]),
  e(O, D, "networkerror", "retry", "https://github.com/PHPMailer/PHPMailer/issues/2248",
    "PHPMailer could not resolve the submission server's name (wrong host name or broken local DNS).",
    [==[SMTP ERROR: Failed to connect to server: php_network_getaddresses: getaddrinfo failed: Name or service not known (0)]==]),
  e(A, B, "hostunknown", "suppress", "https://github.com/mailcow/mailcow-dockerized/issues/1647",
    "Postfix bounce (German thread): the host name of the recipient domain does not exist.",
    [==[<root@richtigerhostname.your-server.de> (expanded from <root>): Host or domain name not found. Name service error for name=richtigerhostname.your-server.de type=A: Host not found]==]),
  e(A, B, "hostunknown", "suppress", "https://github.com/zedshaw/librelist/issues/4",
    "GMX bounce (permanent error): the list domain's MX points to a CNAME, so it has no usable mail exchanger.",
    [==["luafr@librelist.com": domain has no valid mail exchangers]==], "gmx_webde_ionos"),
  e(O, D, "networkerror", "retry", "https://github.com/OpenSMTPD/OpenSMTPD/issues/639",
    "OpenSMTPD relay log: the relay host name does not resolve; the envelope is kept (TempFail).",
    [==[relay: TempFail for da22753dbfba3245: session=0000000000000000, from=someone@example.com, to=dest@example.com, rcpt=<->, source=-, relay=mysmtp.local, delay=1d4h26m40s, stat=No MX found for domain]==]),
  e(O, B, "mailboxfull", "suppress", "https://github.com/chatmail/relay/pull/929",
    "Dovecot doveadm: saving failed, the mailbox is over its quota.",
    [==[doveadm(test@do.ain): Error: Saving failed: Quota exceeded (mailbox for user is full)]==]),
}
