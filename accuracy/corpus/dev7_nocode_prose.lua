-- Fresh dev batch (round 7, second part): code-less diagnostics from
-- webmail providers' prose bounces (Gmail), Windows mail servers
-- (hMailServer), SMTP client libraries (what applications log as the
-- reason when no reply exists: Node, Python, Java, .NET, PHP, Go) and
-- the RFC 3463 status descriptions that some DSN generators print in
-- place of a reply.  No entry carries a reply code or an enhanced
-- status.  Labelled from what each source says (outcome as the text
-- or its bounce states it; reason and action by the policy of
-- accuracy/corpus/README.md), before any was classified.  Format strings
-- are filled with documentation values (example.com, 192.0.2.x); each
-- such entry says so.  "code index file id N" names a file read through
-- the public code index.
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local FILLED = " (format string filled with documentation values)"
local RFC3463 = function (sec) return "RFC 3463 section " .. sec .. " (the status description a DSN generator prints in place of a reply)" end
local HMS = "code index file id 29218552499 (hMailServer ExternalDelivery.cpp: the bounce text for a recipient domain without mail servers; the recipient is retried, then bounced with 'Tried N time(s)')"

return {
  -- {==================================================================
  -- Gmail's prose bounces (remote reply absent)
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", "code index file id 57110698258 (forum post quoting a Gmail bounce, 'failed permanently')",
    "Gmail: the recipient domain does not exist (permanent failure).",
    [==[Technical details of permanent failure: DNS Error: Domain name not found]==]),
  e(A, B, "hostunknown", "suppress", "code index file id 57038805265 (forum post quoting a Gmail bounce)",
    "Gmail: delivery failed permanently, the domain name was not found.",
    [==[Delivery to the following recipient failed permanently: root@ubuntu Technical details of permanent failure: DNS Error: Domain name not found]==]),
  e(O, D, "networkerror", "retry", "code index file id 56785824776 (forum post quoting Gmail's delay notice)",
    "Gmail could not connect to the recipient's server (timed out); it will retry.",
    [==[Technical details of temporary failure: The recipient server did not accept our requests to connect. Learn more at http://mail.google.com/support/bin/answer.py?answer=7720 [private-server.example.cc. (10): Connection timed out]]==]),
  e(O, D, "networkerror", "retry", "code index file id 56954628949 (forum post quoting Gmail's delay notice)",
    "Gmail's connection was dropped by the recipient's server; it will retry for 2 more days.",
    [==[Message will be retried for 2 more day(s) Technical details of temporary failure: The recipient server did not accept our requests to connect. Learn more at http://mail.google.com/support/bin/answer.py?answer=7720 [example.net (1): Connection dropped]]==]),
  e(O, D, "networkerror", "retry", "code index file id 37675478566 (a bounce sample with Gmail's delay notice)",
    "Gmail timed out connecting to the recipient's server; it will retry.",
    [==[Technical details of temporary failure: The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [mail.example.com 192.0.2.9: timed out]]==]),
  e(O, B, "networkerror", "contact", "code index file id 57941141314 (a test of a bounce classifier with a Gmail 'Message not delivered' body)",
    "Gmail gave up: the recipient's server refused the connection.",
    [==[The recipient server did not accept our requests to connect. FAILED_PRECONDITION: connect error (111): Connection refused]==]),
  e(O, D, "undefined", "retry", "code index file id 60688908704 (notes quoting a Gmail delay notice; the domain had no zone at all)",
    "Gmail: a temporary problem, it will retry for 45 more hours (no cause given).",
    [==[Delivery incomplete. There was a temporary problem delivering your message to privacy@example.com. Gmail will retry for 45 more hours.]==]),
  e(O, D, "undefined", "retry", "code index file id 71532518748 (a test fixture quoting a Gmail delay notice)",
    "Gmail: still being retried, no cause given.",
    [==[There was a temporary problem delivering your message to apply@example.com. Gmail will retry for 47 more hours.]==]),

  -- {==================================================================
  -- hMailServer
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", HMS,
    "No mail server exists for the recipient's domain; the sender is asked to check the address for typos.",
    [==[Error Type: SMTP Error Description: No mail servers appear to exists for the recipient's address. Additional information: Please check that you have not misspelled the recipient's email address.]==]),
  e(O, D, "networkerror", "retry", "code index file id 29218552499 (hMailServer ExternalDelivery.cpp _CollectDeliveryResult(): the text of a recipient left undecided, retried)",
    "The remote server closed the connection; the recipient is retried.",
    [==[Remote server closed connection.]==]),

  -- {==================================================================
  -- SMTP client libraries (no reply from a server)
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", "code index file id 36901019459 (issue text: an e-mail verifier's error for a domain without MX)",
    "The recipient domain has no MX record (the name does not exist).",
    [==[Error: Error: queryMx ENOTFOUND example-nonexistent.com]==]),
  e(O, D, "networkerror", "retry", "github.com/nodemailer/nodemailer lib/smtp-connection/index.js (ETIMEDOUT on connect)",
    "The client's connection to the server timed out.",
    [==[Error: Connection timeout]==]),
  e(O, D, "networkerror", "retry", "github.com/nodemailer/nodemailer lib/smtp-connection/index.js (_onClose(): ECONNECTION)",
    "The server closed the connection in the middle of the transaction.",
    [==[Error: Connection closed unexpectedly]==]),
  e(O, D, "networkerror", "retry", "github.com/nodejs/node lib/internal/errors.js (exceptionWithHostPort: 'connect ECONNREFUSED host:port'), as nodemailer reports it" .. FILLED,
    "The server refused the TCP connection.",
    [==[Error: connect ECONNREFUSED 192.0.2.25:25]==]),
  e(O, D, "networkerror", "retry", "github.com/nodejs/node lib/internal/errors.js (exceptionWithHostPort)" .. FILLED,
    "The TCP connection to the server timed out.",
    [==[Error: connect ETIMEDOUT 192.0.2.25:587]==]),
  e(O, D, "networkerror", "retry", "github.com/python/cpython Lib/smtplib.py (SMTPServerDisconnected)",
    "The server closed the connection unexpectedly.",
    [==[smtplib.SMTPServerDisconnected: Connection unexpectedly closed]==]),
  e(O, D, "networkerror", "retry", "github.com/python/cpython Lib/socket.py / strerror(ECONNREFUSED), as smtplib raises it",
    "The server refused the connection.",
    [==[ConnectionRefusedError: [Errno 111] Connection refused]==]),
  e(O, D, "networkerror", "retry", "github.com/python/cpython (socket.gaierror EAI_AGAIN, as smtplib raises it)",
    "The name of the server could not be resolved for now (temporary DNS failure).",
    [==[socket.gaierror: [Errno -3] Temporary failure in name resolution]==]),
  e(O, D, "networkerror", "retry", "github.com/javaee/javamail mail/src/main/java/com/sun/mail/smtp/SMTPTransport.java (MailConnectException)" .. FILLED,
    "JavaMail could not connect to the SMTP host.",
    [==[com.sun.mail.util.MailConnectException: Couldn't connect to host, port: mx.example.com, 25; timeout -1]==]),
  e(O, D, "networkerror", "retry", "github.com/javaee/javamail SMTPTransport.java readServerResponse() (IOException while reading)",
    "JavaMail lost the connection while reading the reply.",
    [==[javax.mail.MessagingException: Exception reading response]==]),
  e(O, D, "networkerror", "retry", "github.com/dotnet/runtime System.Net.Mail strings (net_io_connectionclosed)",
    ".NET SmtpClient: the server closed the connection.",
    [==[Unable to read data from the transport connection: net_io_connectionclosed.]==]),
  e(O, D, "networkerror", "retry", "github.com/dotnet/runtime System.Net.Mail (SmtpException on timeout)",
    ".NET SmtpClient: the operation timed out.",
    [==[System.Net.Mail.SmtpException: The operation has timed out.]==]),
  e(O, D, "networkerror", "retry", "github.com/PHPMailer/PHPMailer language/phpmailer.lang-en (connect_host)",
    "PHPMailer could not connect to the SMTP host.",
    [==[SMTP Error: Could not connect to SMTP host.]==]),
  e(O, D, "networkerror", "retry", "github.com/PHPMailer/PHPMailer src/PHPMailer.php (smtpConnect() failure)",
    "PHPMailer's connection to the SMTP server failed.",
    [==[SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting]==]),
  e(O, D, "networkerror", "retry", "github.com/golang/go src/net (OpError text: 'dial tcp addr: connect: connection refused'), as Go MTAs log it" .. FILLED,
    "The server refused the TCP connection.",
    [==[dial tcp 192.0.2.25:25: connect: connection refused]==]),
  e(O, D, "networkerror", "retry", "github.com/golang/go src/net (timeout OpError), as Go MTAs log it" .. FILLED,
    "The TCP connection timed out.",
    [==[dial tcp 192.0.2.25:25: i/o timeout]==]),
  e(A, B, "hostunknown", "suppress", "github.com/golang/go src/net/dnsclient_unix.go (errNoSuchHost: NXDOMAIN), as Go MTAs log the MX lookup" .. FILLED,
    "The recipient domain does not exist (NXDOMAIN).",
    [==[lookup example.invalid on 127.0.0.53:53: no such host]==]),
  e(O, D, "networkerror", "retry", "github.com/golang/go src/net/dnsclient_unix.go (errServerMisbehaving: SERVFAIL)" .. FILLED,
    "The name server failed (SERVFAIL): a temporary DNS failure.",
    [==[lookup example.com on 127.0.0.53:53: server misbehaving]==]),

  -- {==================================================================
  -- RFC 3463 descriptions printed as the diagnostic
  -- ===================================================================
  e(O, B, "expired", "contact", RFC3463("3.5 (X.4.7)"),
    "The message was considered too old by the rejecting system: delivery time expired.",
    [==[Delivery time expired]==]),
  e(O, B, "networkerror", "contact", RFC3463("3.5 (X.4.6)"),
    "A routing loop was detected.",
    [==[Routing loop detected]==]),
  e(A, B, "userunknown", "suppress", RFC3463("3.2 (X.1.1)"),
    "The mailbox specified does not exist.",
    [==[Bad destination mailbox address]==]),
  e(A, B, "hostunknown", "suppress", RFC3463("3.2 (X.1.2)"),
    "The destination system specified does not exist or cannot accept mail.",
    [==[Bad destination system address]==]),
  e(A, B, "hasmoved", "suppress", RFC3463("3.2 (X.1.6)"),
    "The mailbox has moved and there is no forwarding address.",
    [==[Destination mailbox has moved, no forwarding address]==]),
  e(A, B, "suspend", "suppress", RFC3463("3.3 (X.2.1)"),
    "The mailbox exists but is not accepting messages (disabled).",
    [==[Mailbox disabled, not accepting messages]==]),
  e(O, B, "emailtoolarge", "fix", RFC3463("3.3 (X.2.3)"),
    "The message is larger than the per-message size limit.",
    [==[Message length exceeds administrative limit]==]),
  e(O, D, "networkerror", "retry", RFC3463("3.5 (X.4.1)"),
    "The outbound connection attempt was not answered.",
    [==[No answer from host]==]),
  e(O, D, "networkerror", "retry", RFC3463("3.5 (X.4.2)"),
    "The outbound connection was established but could not complete the transaction.",
    [==[Bad connection]==]),
  e(O, D, "systemerror", "retry", RFC3463("3.5 (X.4.5)"),
    "The mail system is congested: try later.",
    [==[Mail system congestion]==]),
  e(O, D, "systemfull", "retry", RFC3463("3.4 (X.3.1)"),
    "The mail system's storage is exhausted: try later.",
    [==[Mail system full]==]),

  -- {==================================================================
  -- Exchange NDR prose (the '<host #x.y.z ...>' line left out)
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "code index file id 54001679393 (forum post quoting an Exchange NDR)",
    "Exchange: the e-mail account does not exist at the recipient's organization.",
    [==[The e-mail account does not exist at the organization this message was sent to. Check the e-mail address, or contact the recipient directly to find out the correct address.]==]),
  e(A, B, "userunknown", "suppress", "code index file id 8913938534 (a test configuration holding the Exchange NDR text it expects)",
    "Exchange: the e-mail account does not exist.",
    [==[Undeliverable The e-mail account does not exist at the organization this message was sent to.  Check the e-mail address, or contact the recipient directly to find out the correct address.]==]),
  e(O, B, "undefined", "suppress", "code index file id 56904442882 (list post quoting an Exchange NDR)",
    "Exchange: the message could not be delivered and no specific reason was reported.",
    [==[The e-mail system was unable to deliver the message, but did not report a specific reason.  Check the address and try again.  If it still fails, contact your system administrator.]==]),
  e(O, B, "mailboxfull", "suppress", "code index file id 3602994330 (Microsoft support article quoting the NDR)",
    "Exchange Online NDR: the recipient's mailbox is full.",
    [==[Delivery has failed to these recipients or groups: AggregateGroupMailbox.A.201708181918@contoso.onmicrosoft.com the recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.]==]),
  e(O, B, "mailboxfull", "suppress", "code index file id 9899644307 (a script's comment quoting an Outlook.com NDR)",
    "Outlook.com NDR: the recipient's mailbox is full.",
    [==[Fellow Tradie (jdoe@hotmail.com) The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.]==]),

  -- {==================================================================
  -- sendmail queue listings (mailq): the reason in parentheses
  -- ===================================================================
  e(O, D, "undefined", "retry", "code index file id 38835413318 (list post quoting a sendmail mailq listing)",
    "Sendmail's delay warning: the message could not be sent for an hour; still queued.",
    [==[(Warning: could not send message for past 1 hour)]==]),
  e(O, D, "networkerror", "retry", "code index file id 20261928010 (a mailq summariser's patterns for sendmail's queue reasons)",
    "Sendmail: the DNS lookup of the host failed temporarily; the message stays queued.",
    [==[(Deferred: Name server: mx.example.com: host name lookup failure)]==]),
  e(O, D, "networkerror", "retry", "code index file id 20261928010 (a mailq summariser's patterns for sendmail's queue reasons)",
    "Sendmail: the host map lookup was deferred (DNS); the message stays queued.",
    [==[(host map: lookup (example.com): deferred)]==]),

  -- {==================================================================
  -- More DNS failures, in providers' and libraries' words
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", "code index file id 14952039040 (kernel mailing-list post quoting Gmail's bounce)",
    "Gmail: the recipient's domain could not be found.",
    [==[Your message wasn't delivered to dfustini@example.org because the domain example.org couldn't be found. Check for typos or unnecessary spaces and try again.]==]),
  e(A, B, "hostunknown", "suppress", "code index file id 62544222459 (a test quoting a Gmail bounce received for a mistyped domain)",
    "Gmail: the MX lookup of the recipient domain answered NXDOMAIN.",
    [==[DNS Error: 2320449 DNS type 'mx' lookup of gmail.com.il responded with code NXDOMAIN]==]),
  e(A, B, "hostunknown", "suppress", "code index file id 59236679744 (a test with a Gmail 'Address not found' body)",
    "Gmail: the recipient's domain was not found.",
    [==[DNS Error: domain example.com not found]==]),
  e(A, B, "hostunknown", "suppress", "code index file id 7057038074 (list post quoting web.de's permanent-failure bounce; the domain's mail host had no address record)",
    "web.de: permanent error, no usable MX host for the recipient domain.",
    [==[A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address failed: "sunshine@example.com": no valid MX hosts found]==]),
  e(A, B, "notaccept", "suppress", "code index file id 2400389136 (mailgun/holster MX lookup: errNullMXRecord)",
    "The recipient domain publishes a null MX: it accepts no mail.",
    [==[domain accepts no mail]==]),
  e(A, B, "hostunknown", "suppress", "code index file id 2400389136 (mailgun/holster MX lookup: errNoValidMXHosts)",
    "No MX host of the recipient domain is usable.",
    [==[no valid MX hosts]==]),
}
