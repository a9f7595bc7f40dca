-- Round 21: code-less failure texts read from MTA source code (the Courier
-- mail server's ESMTP client, sendmail's error strings, KumoMTA) and quoted
-- in public issue threads and a mailing-list post (maddy, Stalwart, .NET,
-- a Postfix relay's TLS warnings, a sendmail delay warning, a sending
-- service's quota notice): connection and DNS failures, TLS and SASL
-- failures, loops, local file trouble, delay warnings, quota.
-- Labels follow what each source says happens to the message: for source
-- code, the code path's own verdict (Courier's soft_error/hard_error and
-- its '4'/'5' class, sendmail's deferral); for threads, what the thread
-- reports.  Mapped by the policy of accuracy/corpus/README.md; without a
-- code the outcome is deferred for a temporary failure, bounced for a
-- permanent one.  Set before any classifier output was seen.  Host names
-- in source templates are filled with example values; a note says so.
-- "code index file id N" names a file read through the public code index.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local noted = E.noted
local function e (...) return noted(nil, ...) end
local B, D = "bounced", "deferred"

local gh = E.issue
local COURIER = "github.com/svarshavchik/courier courier/courier/module.esmtp/"
local function courier (file, what) return COURIER .. file .. " (" .. what .. ")" end
local SENDMAIL = "github.com/freebsd/freebsd-src contrib/sendmail/src/err.c sm_errstring()"
local FILLED = "the host name filled in with an example value"

return {
  -- {==================================================================
  -- Courier: courieresmtp's own failure texts
  -- ===================================================================
  e(D, "networkerror", "retry", courier("esmtpclient.c", "connect_error1(): ECONNRESET, recorded as a soft error"),
    "The remote mail server reset the connection; the delivery is deferred.",
    [==[Network connection shut down by the remote mail server]==]),
  e(D, "networkerror", "retry", courier("esmtpclient.c", "connect_error1(): no errno, a soft error"),
    "The remote host closed the connection; the delivery is deferred.",
    [==[Connection closed by remote host.]==]),
  e(D, "networkerror", "retry", courier("libesmtp.c", "connection_closed(), class '4'"),
    "The remote host closed the connection in the middle of the conversation; a temporary error.",
    [==[Connection unexpectedly closed by remote host.]==]),
  e(B, "securityerror", "fix", courier("libesmtp.c", "esmtp_enable_tls(), class '4'"),
    "The remote server dropped the connection when asked to start TLS; a temporary error.",
    [==[Remote mail server disconnected after receiving the STARTTLS command]==]),
  e(B, "hostunknown", "suppress", courier("libesmtp.c", "do_esmtp_connect_to(): RFC1035_MX_HARDERR, class '5'"),
    "The recipient's domain does not exist in DNS; a permanent error.",
    [==[No such domain.]==]),
  e(B, "hostunknown", "suppress", courier("libesmtp.c", "do_esmtp_connect_to(): RFC1035_MX_BADDNS or an MX naming an address, class '5'"),
    "The domain's DNS records are broken (an MX that is not a host name); mail to it fails for good.",
    [==[This domain's DNS violates RFC 1035.]==],
    "judgment call: the domain cannot be resolved to a mail host; hostunknown"),
  e(D, "networkerror", "retry", courier("libesmtp.c", "do_esmtp_connect_to(): any other MX lookup failure, class '4'"),
    "The DNS lookup of the domain failed for now; the delivery is retried.",
    [==[DNS lookup failed.]==]),
  e(D, "networkerror", "retry", courier("libesmtp.c", "local_sock_address(), class '4'"),
    "The local socket address could not be read after connecting; a temporary error.",
    [==[Cannot obtain local socket IP address.]==]),
  e(D, "securityerror", "retry", courier("libesmtp.c", "esmtp_auth(), class '4'"),
    "SMTP authentication to the relay failed for now; a temporary error.",
    [==[Temporary SASL authentication error.]==]),
  e(B, "securityerror", "fix", courier("libesmtp.c", "esmtp_auth(): AUTHSASL_NOMETHODS, class '5'"),
    "The relay offers no SASL method the client supports; authentication cannot work as set up.",
    [==[Compatible SASL authentication not available.]==]),
  e(B, "networkerror", "contact", courier("libesmtp.c", "do_esmtp_connect_to(): this host is the best MX, class '5'"),
    "The domain's MX points back at this server: a mail loop from a DNS or configuration problem.",
    [==[configuration error: mail loops back to myself (MX problem).]==]),
  e(B, "securityerror", "fix", courier("libesmtp.c", "do_esmtp_connect_to(): ROUTE_TLS_REQUIRED, class '5'"),
    "The route requires TLS but the receiving server does not offer it.",
    [==[/SECURITY=REQUIRED set, but TLS is not available]==]),

  -- {==================================================================
  -- sendmail: error strings of its own
  -- ===================================================================
  e(D, "networkerror", "retry", SENDMAIL .. " (EHOSTDOWN)",
    "The destination host is down; sendmail defers the message.",
    [==[Host mx.example.com is down]==], FILLED),
  e(D, "systemerror", "retry", SENDMAIL .. " (E_SM_OPENTIMEOUT)",
    "Opening a file needed for delivery (such as a .forward on a file server) timed out; the delivery is deferred.",
    [==[Timeout on file open]==]),
  e(D, "undefined", "retry", "code index file id 15796671632 (linux-mips list, Thiemo Seufer 2001, quoting a sendmail warning)",
    "A warning only: the message is still undelivered after 4 hours and sendmail keeps trying for 5 days.",
    [==[Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old]==]),

  -- {==================================================================
  -- KumoMTA
  -- ===================================================================
  e(D, "networkerror", "retry", "code index file id 54899358137 (KumoMTA proxy test snapshot, TransientFailure)",
    "No candidate host could be reached and every failure was a proxy connection failure; a transient failure.",
    [==[KumoMTA internal: failed to connect to any candidate hosts: All failures are related to proxy connection issues. Is the proxy infrastructure online and healthy?]==],
    "the snapshot's text up to the end of its first sentences; the per-host details that follow are left out"),

  -- {==================================================================
  -- Issue threads
  -- ===================================================================
  e(B, "networkerror", "contact", gh("foxcpp/maddy", 422, "maddy queue log: 'not delivered, permanent error'; port 25 filtered"),
    "No MX host could be used: the last connection attempt timed out; maddy gave up.",
    [==[No usable MXs, last err: dial tcp 142.250.153.26:25: connect: connection timed out]==]),
  e(D, "networkerror", "retry", gh("namshi/docker-smtp", 62, ".NET client to the relay container; the port was not published"),
    "The relay refused the connection (nothing listening on the port).",
    [==[No connection could be made because the target machine actively refused it 127.0.0.1:25]==]),
  e(D, "networkerror", "retry", gh("stalwartlabs/stalwart", 2435, "Stalwart outbound delivery error on Windows"),
    "The connection to the remote MX could not be made from the local address; delivery failed for now.",
    [==[Error for inbound-smtp.us-east-1.amazonaws.com: Connection failed: I/O error: The requested address is not valid in its context. (os error 10049)]==]),
  e(B, "securityerror", "fix", gh("bokysan/docker-postfix", 221, "Postfix relaying to Gmail on port 587 with the wrong TLS mode"),
    "The TLS handshake with the relay failed (implicit TLS against a STARTTLS port); the mail stays queued.",
    [==[SSL_connect error to smtp.gmail.com[142.250.110.108]:587: -1]==]),
  e(D, "ratelimited", "throttle", gh("geeksforsocialchange/PlaceCal", 2297, "MailerSend account quota reached"),
    "The sending account reached its email quota; more mail is refused until the quota is raised.",
    [==[Your account reached its email quota limit. Contact support to increase it. #MS42204]==]),
}
