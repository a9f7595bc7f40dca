-- Round 21: delivery notices, log lines and sending services' errors
-- WITHOUT a reply code: Exchange NDR prose, a sendmail log pasted
-- publicly, a Postfix TLS deferral and delay warning, KumoMTA's own
-- transient failure texts (test snapshots), a mail-server help page
-- (MailEnable), hosting and sending services' rate and quota texts
-- (cPanel/Exim, Amazon SES, MailerSend, Google Apps Script, an app's
-- SendGrid allowance) and a phishing tool's connection error.
-- Labels follow what each source says happened to the message, mapped by
-- the policy of accuracy/corpus/README.md; without a code the outcome is
-- deferred where the message stayed queued or the sender is told to try
-- again, bounced where it was returned for good.  Set before any
-- classifier output was seen.  Texts are quoted as the sources show them
-- (their own redactions kept); a note says where something was filled in.
-- "code index file id N" names a file read through the public code index.
-- One entry from a paste the hold-out also quotes was taken out again
-- after the merge.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local noted = E.noted
local function e (...) return noted(nil, ...) end
local B, D = "bounced", "deferred"

local gh = E.issue
local idx = E.index
local CPANEL = "https://forums.cpanel.net/threads/email-quota.697029/ (cPanel/Exim hourly sending limit bounce-backs)"

return {
  -- {==================================================================
  -- Exchange: NDR prose and protocol logs
  -- ===================================================================
  e(B, "expired", "contact", "https://pastebin.com/veMrW6pf (Exchange NDR; the diagnostic says 5.4.300 Message expired)",
    "Several delivery attempts failed and the server stopped trying; the message expired.",
    [==[Several attempts to deliver your message were unsuccessful and we stopped trying. It could be a temporary situation. Try to send your message again later.]==]),
  e(B, "networkerror", "contact", "https://pastebin.com/Eu4kTy0V (Exchange Online NDR; 5.4.316 Message expired, connection refused)",
    "After repeated attempts the recipient's system kept refusing connections; the message was returned.",
    [==[Your message wasn't delivered. Despite repeated attempts to deliver your message, the recipient's email system refused to accept a connection from your email system.]==],
    "judgment call: the queue gave up (expired), but the text names the cause, refused connections: networkerror"),
  e(B, "networkerror", "contact", "https://pastebin.com/Eu4kTy0V (Exchange Online NDR, 'For Email Admins' part)",
    "The receiving host actively refused the connection (no service listening); delivery failed after repeated attempts.",
    [==[No connection could be made because the target computer actively refused it. This usually results from trying to connect to a service that is inactive on the remote host - that is, one with no server application running.]==]),
  -- {==================================================================
  -- Queue listings and logs pasted publicly (Postfix, sendmail)
  -- ===================================================================
  e(D, "securityerror", "retry", gh("wader/postfix-relay", 230, "Postfix with smtp_tls_security_level verify and no CA file: every message deferred"),
    "The next hop's TLS certificate could not be verified; Postfix defers the message.",
    [==[status=deferred (Server certificate not verified)]==]),
  -- {==================================================================
  -- Delay warnings (the message is still being retried)
  -- ===================================================================
  e(D, "undefined", "retry", gh("mail-in-a-box/mailinabox", 1194, "Postfix delay warning, 'THIS IS A WARNING ONLY'"),
    "The message has not been delivered for 3 hours and will be retried until it is 2 days old.",
    [==[Your message could not be delivered for more than 3 hour(s).
It will be retried until it is 2 day(s) old.]==]),
  e(D, "networkerror", "retry", "http://www.mailenable.com/kb/content/article.asp?ID=ME020125 (MailEnable: 'Message Delivery has been delayed')",
    "The destination server could not be contacted (bandwidth, offline, overloaded); the message is queued and resent later.",
    [==[Message Delivery has been delayed]==]),

  -- {==================================================================
  -- KumoMTA: its own transient-failure texts
  -- ===================================================================
  e(B, "securityerror", "fix", idx("54584119087", "KumoMTA DANE test snapshot, TransientFailure"),
    "No candidate host could be used: the TLS handshake failed because the certificate did not verify; a transient failure.",
    [==[KumoMTA internal: failed to connect to any candidate hosts: TLS handshake with ResolvedAddress { name: "mx.dane.example.", addr: 127.0.0.1, is_secure: true }:PORT failed: <certificate verify failed>]==]),
  e(D, "networkerror", "retry", idx("10876164575", "KumoMTA ready queue: too many connection failures, the queue is delayed"),
    "None of the hosts in the MX answered; the ready queue is delayed and retried.",
    [==[No answer from any hosts listed in MX]==]),
  e(D, "networkerror", "retry", idx("54503905091", "KumoMTA queue insert: the MX hosts were all skipped, 4.4.4"),
    "The domain's MX resolved only to hosts the configuration skips; the message is requeued for later.",
    [==[KumoMTA internal: MX consisted solely of hosts on the skip_hosts list]==]),

  -- {==================================================================
  -- Sending limits and rates (hosting, services, APIs)
  -- ===================================================================
  e(B, "ratelimited", "throttle", CPANEL,
    "Over the hourly limit beyond the queueing allowance the message is discarded and bounced.",
    [==[Domain example.com has exceeded the max emails per hour (3/2 (150%)) allowed. Message discarded.]==]),
  e(D, "ratelimited", "throttle", gh("aws/aws-sdk", 76, "Amazon SES SendEmail error under a burst of mail"),
    "Amazon SES refused the send: the account's maximum sending rate was exceeded; send more slowly.",
    [==[Throttling: Maximum sending rate exceeded.
	status code: 400]==]),
  e(D, "ratelimited", "throttle", gh("putyourlightson/craft-campaign", 451, "MailerSend rate limit"),
    "The sending account hit its requests-per-minute limit; wait and resume the sendout.",
    [==[Your account reached its rate limit of 120 requests/min. Please wait before trying again.]==]),
  e(D, "ratelimited", "throttle", gh("dwyl/learn-to-send-email-via-google-script-html-no-server", 376, "Google Apps Script MailApp daily quota"),
    "The script sent more email than its daily quota allows; no more mail today.",
    [==[Service invoked too many times for one day: email.]==]),
  e(D, "ratelimited", "throttle", gh("catin-black/meteor-emails", 4, "the app's notice when its daily sending allowance is used"),
    "The daily sending limit has been reached; mail can be sent again the next day.",
    [==[You have already exceeded the sending limit for today]==]),

  -- {==================================================================
  -- Client libraries and sending programs
  -- ===================================================================
  e(D, "networkerror", "retry", gh("gophish/gophish", 1935, "Gophish test email; the SMTP server was unreachable on port 25"),
    "The SMTP server could not be reached (connection timeout) after several tries.",
    [==[Max connection attempts exceeded - dial tcp *myserverip*:25: i/o timeout]==]),
}
