-- Round 21: code-less errors that sending programs report when a message
-- could not be handed to their mail server or sending service: Node's
-- nodemailer, PHPMailer, Python and Java mail clients (DNS, connection
-- and TLS certificate failures) and sending services' credit limits, as
-- quoted in public issue threads.
-- Labels follow what each thread says went wrong and happened to the
-- message, mapped by the policy of accuracy/corpus/README.md.  These
-- programs keep no queue: the message was not sent and can be sent again
-- once the cause is gone, so without a code the outcome is deferred
-- (judgment call, noted per entry where the cause would persist), except
-- for TLS failures (accuracy/corpus/README.md: bounced, fix).  Set
-- before any classifier output was seen.  Texts are quoted as the threads
-- show them; stack-trace lines after the message are left out.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local noted = E.noted
local function e (...) return noted(nil, ...) end
local B, D = "bounced", "deferred"

local gh = E.issue
local PERSISTS = "judgment call: a TLS failure that does not say it is retried is bounced with fix (accuracy/corpus/README.md, TLS failures without a code); the cause lasts until the certificate or trust store is fixed"

return {
  -- {==================================================================
  -- DNS and connection failures
  -- ===================================================================
  e(D, "networkerror", "retry", gh("nodemailer/nodemailer", 409, "sendMail error from a weekly cron job"),
    "The SMTP server's host name could not be resolved (a DNS failure on the sending side); the maintainer suggests trying again.",
    [==[Error: getaddrinfo ENOTFOUND smtp.gmail.com]==]),
  e(D, "networkerror", "retry", gh("zepochs/nestjs-mailer", 36, "nodemailer error under a NestJS mailer"),
    "The connection to the SMTP server was reset while connecting; the message was not sent.",
    [==[Error: read ECONNRESET
    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {
  errno: -4077,
  code: 'ESOCKET',
  syscall: 'read',
  command: 'CONN']==]),
  e(D, "networkerror", "retry", gh("nodemailer/nodemailer", 1240, "nodemailer error; it went away without a change on the user's side"),
    "The connection was closed before the TLS handshake with the SMTP server finished; the message was not sent.",
    [==[Error: Client network socket disconnected before secure TLS connection was established]==],
    "judgment call: the socket closed before TLS, a network failure rather than a certificate problem; networkerror"),

  -- {==================================================================
  -- TLS certificates
  -- ===================================================================
  e(B, "securityerror", "fix", gh("nodemailer/nodemailer", 1040, "nodemailer to Gmail; the maintainer blames a TLS-intercepting program"),
    "The SMTP server's certificate chain ends in a self-signed certificate the client does not trust; the message was not sent.",
    [==[{ Error: self signed certificate in certificate chain
    at TLSSocket.onConnectSecure (_tls_wrap.js:1055:34)
    at TLSSocket.emit (events.js:198:13)
    at TLSSocket._finishInit (_tls_wrap.js:633:8) code: 'ESOCKET', command: 'CONN' }]==], PERSISTS),
  e(B, "securityerror", "fix", gh("nodemailer/nodemailer", 530, "nodemailer to Mandrill's SMTP; the provider's certificate had expired"),
    "The sending service presented an expired certificate; mail could not be sent until the provider fixed it.",
    [==[Erorr: { [Error: certificate has expired] code: 'CERT_HAS_EXPIRED' }]==]),
  e(B, "securityerror", "fix", gh("PHPMailer/PHPMailer", 454, "PHPMailer with PHP 5.6, which verifies certificates"),
    "The SMTP server's certificate could not be verified, so the TLS connection and the send failed.",
    [==[Warning: stream_socket_enable_crypto(): SSL operation failed with code 1. OpenSSL Error messages: error:14090086:SSL routines:SSL3_GET_SERVER_CERTIFICATE:certificate verify failed in /Applications/XAMPP/xamppfiles/htdocs/class.smtp.php on line 344
Message could not be sent.Mailer Error: SMTP connect() failed. https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting]==], PERSISTS),
  e(B, "securityerror", "fix", gh("PHPMailer/PHPMailer", 196, "a comment quoting PHPMailer's warning"),
    "The SMTP server's certificate names another host than the one connected to; the connection failed.",
    [==[Warning: stream_socket_enable_crypto(): Peer certificate CN=`*.blabla.com' did not match expected CN=`smtp.blabla.net' in class.smtp.php on line 339
SMTP Error: Could not connect to SMTP host.]==], PERSISTS),
  e(B, "securityerror", "fix", gh("sabuhish/fastapi-mail", 91, "fastapi-mail to Gmail; fixed by refreshing the CA certificates"),
    "The client could not verify Gmail's certificate (no local issuer certificate); the connection failed.",
    [==[fastapi_mail.errors.ConnectionErrors: Exception raised [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1129), check your credentials or email service configuration]==], PERSISTS),
  e(B, "securityerror", "fix", gh("triplea-game/triplea", 7403, "TripleA error report: 'Failed to send game via email'"),
    "JavaMail could not start TLS: the server's certificate chain did not lead to a trusted root; the e-mail was not sent.",
    [==[java.io.IOException: javax.mail.MessagingException: Could not convert socket to TLS;
  nested exception is:
	javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target]==], PERSISTS),

  -- {==================================================================
  -- Sending services' credit limits
  -- ===================================================================
  e(D, "ratelimited", "throttle", gh("openwhyd/openwhyd", 178, "SendGrid API responses in production logs after a sending spike"),
    "The SendGrid account had used its sending credits; mail is refused until they renew.",
    [==[{"errors":["Maximum credits exceeded"],"message":"error"}]==]),
  e(D, "ratelimited", "throttle", gh("SoPR/sopr-platform", 35, "SendGrid's notice quoted"),
    "The account has used all its credits and cannot send until they renew or the plan is upgraded.",
    [==[You have reached your credit limit and you will not be able to send email until your credits renew or you upgrade your account. We recommend that you upgrade your account in order to continue to send email worry free!]==]),
}
