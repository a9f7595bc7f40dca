-- Fresh dev batch (round 9, second part): real address failures and,
-- for contrast, full mailboxes, plus near-misses that carry address
-- words but blame the sender, the client's login or the transaction.
-- From sources no earlier batch used: Twisted's SMTP server, a C# SMTP
-- server's RCPT handling, the RFC 7293 (RRVS) and RFC 4954 status codes
-- as IANA lists them, two docker-mailserver issue threads, a Japanese
-- blog post and a Polish paste.  Placeholders are filled with
-- documentation values (example.org).  Labelled from each source's
-- meaning (reason, action by the policy of accuracy/corpus/README.md),
-- before any was classified.
local e = dofile("accuracy/entry.lua")
local A, M, O = "address", "mailbox", "other"
local B = "bounced"

local TWISTED = "github.com/twisted/twisted src/twisted/mail/smtp.py (SMTPBadRcpt, SMTPBadSender and do_DATA defaults), read via the code index (file id 248721699)"
local CSHARP = "a C# SMTP server's command processor (RCPT TO and DATA handling), read via the code index (file id 59454776573)"
local IANA = "IANA SMTP enhanced status codes registry (RFC 7293 and RFC 4954 entries), as copied into a PHP table read via the code index (file id 999379909)"
local RRVS = "RFC 7293 section 3 (an RRVS check that fails is answered 550 with the registry's X.7.17 / X.7.18), with the IANA text (code index file id 11393471851)"

return {
  -- Twisted: the recipient validator refused the address
  e(A, B, "userunknown", "suppress", TWISTED, "The server's recipient check refused the address: it will not take mail for it.",
    [==[550 Cannot receive for specified address]==]),
  e(A, B, "userunknown", "suppress", TWISTED, "The same refusal, in the form the exception prints with the address.",
    [==[550 <bob@example.org>... Cannot receive for specified address]==]),
  -- the C# server's answers to its user lookup
  e(A, B, "userunknown", "suppress", CSHARP, "The user lookup says the mailbox address is bad (no such mailbox).",
    [==[550 5.1.1 Requested action not taken: Bad destination mailbox address]==]),
  e(A, B, "hostunknown", "suppress", CSHARP, "The user lookup says the destination system (domain) is bad.",
    [==[550 5.1.2 Requested action not taken: Bad destination system address]==]),
  e(A, B, "userunknown", "suppress", CSHARP, "The address matches no single mailbox; it cannot be delivered as written.",
    [==[550 5.1.4 Requested action not taken: Destination mailbox address ambiguous]==]),
  e(A, B, "hasmoved", "suppress", CSHARP, "The mailbox has moved and no forwarding address is known.",
    [==[550 5.1.6 Requested action not taken: Destination mailbox has moved, No forwarding address]==]),
  -- RRVS: the address changed hands since the sender last knew it
  e(A, B, "userunknown", "suppress", RRVS, "The mailbox has not been held by the same person since the given date: the intended recipient is gone.",
    [==[550 5.7.17 Mailbox owner has changed]==]),
  e(A, B, "hostunknown", "suppress", RRVS, "The recipient's domain has changed owner since the given date.",
    [==[550 5.7.18 Domain owner has changed]==]),
  -- Dovecot LMTP behind Postfix, quoted in issue threads
  e(A, B, "userunknown", "suppress", "https://github.com/docker-mailserver/docker-mailserver/issues/2323",
    "The delivery agent has no such user.",
    [==[<test@example.com>: host mail.example.com[/var/run/dovecot/lmtp] said: 550 5.1.1 <test@example.com> User doesn't exist: test@example.com (in reply to RCPT TO command)]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/docker-mailserver/docker-mailserver/issues/1944 (mail log excerpt)",
    "The delivery agent has no such user (the amavis address was never created).",
    [==[to=<amavis@example.org>, relay=example.org[/var/run/dovecot/lmtp], delay=0.02, delays=0.01/0/0/0.01, dsn=5.1.1, status=bounced (host example.org[/var/run/dovecot/lmtp] said: 550 5.1.1 <amavis@example.org> User doesn't exist: amavis@example.org (in reply to RCPT TO command))]==]),
  -- full mailboxes in disguise
  e(M, B, "mailboxfull", "suppress", "https://yyengine.jp/2014/05/19/mail-error/ (Japanese blog: a returned mail explained)",
    "maildrop could not store the mail because the maildir is over quota; the 'permission' text is the sendmail side's wording for it.",
    [==[maildrop: maildir over quota. 550 5.0.0... Insufficient permission]==]),
  e(M, B, "mailboxfull", "suppress", "https://pastebin.com/HJQ7Mvep (Polish paste of a returned-mail report)",
    "The recipient's mailbox quota is exceeded.",
    [==[554 5.7.1 <adresodbiorcy>: Recipient address rejected: Quota exceeded]==]),

  -- near-misses: address words, another cause
  e(O, B, "rejected", "fix", TWISTED, "The server's sender check refused the MAIL FROM address.",
    [==[550 <alice@example.net>... Sender not acceptable]==]),
  e(O, B, "syntaxerror", "fix", TWISTED, "DATA came before a valid MAIL FROM and RCPT TO: a command-order error by the client.",
    [==[550 Must have valid receiver and originator]==]),
  e(O, B, "rejected", "fix", CSHARP, "The lookup refused the sender's address, not the recipient's.",
    [==[550 5.1.8 Requested action not taken: Bad sender's mailbox address syntax]==]),
  e(O, B, "ratelimited", "throttle", CSHARP, "More recipients than the server takes in one transaction.",
    [==[550 5.5.3 Too many recipients]==]),
  e(O, B, "syntaxerror", "fix", CSHARP, "DATA was sent before any accepted recipient.",
    [==[503 5.5.1 RCPT TO first.]==]),
  e(O, B, "authfailure", "fix", IANA, "An AUTH answer: the client's own login account is disabled (X.7.13 comes after authenticating to a disabled account).",
    [==[525 5.7.13 User Account Disabled]==]),
}
