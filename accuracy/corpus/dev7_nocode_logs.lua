-- Fresh dev batch (round 7, third part): the reasons Postfix writes in
-- its delivery log when a local delivery agent, a pipe command or the
-- queue manager fails (no remote reply), and the bounce lines that quote
-- them, taken from forum posts, list archives, set-up notes and log
-- parsers' test data.  No entry carries a reply code or an enhanced
-- status (log lines keep their status= part, their dsn= field is left
-- out).  Labelled from what each source says (the log's status, or the
-- poster's account), before any was classified.  "code index file id
-- N" names a file read through the public code index.
local e = dofile("accuracy/entry.lua")
local A, O = "address", "other"
local B, D = "bounced", "deferred"

return {
  e(O, D, "mailboxfull", "retry", "code index file id 10909999702 (a log analyser's rules with sample Postfix lines from a university mail relay; user and path shortened)",
    "procmail could not write the message: the user's quota is exceeded; Postfix defers.",
    [==[temporary failure. Command output: procmail: Quota exceeded while writing "/users/staff/jdoe/Maildir/tmp/1157969601.28098_0.relay.example.ie"]==]),
  e(O, D, "systemerror", "retry", "code index file id 38936227980 (set-up notes quoting a Postfix pipe log line)",
    "Dovecot's LDA failed on its own configuration: Postfix defers.",
    [==[status=deferred (temporary failure. Command output: lda: Error: user felix@example.fr: Error reading configuration: Invalid settings: postmaster_address setting not given lda: Fatal: Internal error occurred. Refer to server log for more information. )]==]),
  e(O, D, "systemerror", "retry", "code index file id 42702505463 (maildrop troubleshooting notes quoting a Postfix pipe log line)",
    "maildrop could not reach the authentication daemon: a temporary failure.",
    [==[temporary failure. Command output: ERR: authdaemon: s_connect() failed: Connection refused /usr/bin/maildrop: Temporary authentication failure.]==]),
  e(O, D, "systemerror", "retry", "code index file id 57023316528 (forum post: Postfix pipe to maildrop; the poster says the account is not over quota)",
    "maildrop's time limit was exceeded: deferred (not the mailbox quota).",
    [==[status=deferred (temporary failure. Command output: maildrop: Timeout quota exceeded. )]==]),
  e(O, D, "systemerror", "retry", "code index file id 56918863893 (forum post: Postfix log line)",
    "The pipe command could not be executed (no such file): Postfix defers.",
    [==[status=deferred (temporary failure. Command output: pipe: fatal: pipe_command: execvp : No such file or directory )]==]),
  e(O, D, "systemerror", "retry", "code index file id 32784219737 (set-up notes quoting a Postfix pipe log line)",
    "Dovecot's LDA could not open its log or stats socket (permissions): deferred.",
    [==[temporary failure. Command output: lda(jdoe@example.private): Error: net_connect_unix(/run/dovecot/stats-writer) failed: Permission denied Can't open log file /var/log/dovecot.log: Permission denied]==]),
  e(O, D, "networkerror", "retry", "code index file id 70896828391 (project notes: a Postfix pipe to an HTTP endpoint while its host was down)",
    "The delivery command could not resolve the host it posts to: deferred.",
    [==[status=deferred (temporary failure. Command output: curl: (6) Could not resolve host: sm5-receiver)]==]),
  e(O, D, "systemerror", "retry", "code index file id 57066892202 (forum post: Postfix pipe to maildrop)",
    "maildrop could not open the mailbox: deferred.",
    [==[status=deferred (temporary failure. Command output: /usr/bin/maildrop: Unable to open mailbox. )]==]),
  e(O, D, "systemerror", "retry", "code index file id 56689295019 (list post: Postfix pipe to maildrop)",
    "maildrop could not change to the home directory (authdaemon permission error): temporary failure.",
    [==[temporary failure. Command output: ERR: authdaemon: s_connect() failed: Permission denied /usr/bin/maildrop: Unable to change to home directory.]==]),
  e(A, B, "userunknown", "suppress", "code index file id 57004625551 (forum post: Postfix error(8) log line)",
    "The recipient is not in the virtual alias table: bounced.",
    [==[to=<jdoe@example.com>, relay=none, delay=0.22, delays=0.21/0.01/0/0.01, status=bounced (User unknown in virtual alias table)]==]),
  e(A, B, "userunknown", "suppress", "code index file id 41650549116 (a Postfix/Dovecot how-to quoting a pipe log line)",
    "Dovecot (via Postfix pipe) reports the user unknown: bounced.",
    [==[to=<aaa@example.com.tr>, relay=dovecot, delay=0.39, delays=0.21/0.04/0/0.14, status=bounced (user unknown)]==]),
  e(O, B, "expired", "contact", "code index file id 18542100 (Postfix qmgr_active.c: the message exceeded maximal_queue_lifetime)" .. " (format string filled with documentation values)",
    "The message stayed in the queue past its lifetime and was returned to the sender.",
    [==[from=<jdoe@example.com>, status=expired, returned to sender]==]),
  e(O, B, "expired", "contact", "code index file id 14035177831 (a log parser's test data: a Postfix qmgr line)",
    "Postfix returned the message to its sender: its queue lifetime expired.",
    [==[C93CEB08A046: from=<ina@example.com>, status=expired, returned to sender]==]),

  -- {==================================================================
  -- Sending services' descriptions of a failure without a reply
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "code index file id 25084876422 (a test's Amazon SES bounce notification, bounceSubType Suppressed)",
    "SES did not send: the address has a recent history of bouncing as invalid.",
    [==[Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address. For more information about how to remove an address from the suppression list, see the Amazon SES Developer Guide]==]),
  e(A, B, "userunknown", "suppress", "code index file id 18014317 (a Mailgun 'failed' event fixture: delivery-status description)",
    "Mailgun did not send: the address bounced before.",
    [==[Not delivering to previously bounced address]==]),
  e(A, B, "userunknown", "suppress", "code index file id 25656256126 (Postmark's bounce webhook documentation example, type HardBounce)",
    "Postmark's hard bounce: unknown user or mailbox not found.",
    [==[The server was unable to deliver your message (ex: unknown user, mailbox not found).]==]),
  e(O, D, "networkerror", "retry", "code index file id 66022775467 (a script's comment quoting Postmark's bounce type Transient)",
    "Postmark's transient bounce: delayed by network troubles.",
    [==[Message delayed - The server could not temporarily deliver your message (ex: Message is delayed due to network troubles).]==]),
}
