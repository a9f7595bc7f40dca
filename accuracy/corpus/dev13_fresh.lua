-- Round 13, second part: collected after the round's rules were written,
-- as a fresh test of them (Brazilian, Japanese and Dutch hosts' pages, a
-- submission rate-limit policy service's replies).  Sources: see each entry.
return {
  {
    reply    = [=[421 throttle delay]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://portal.universonet.com.br/kb/a289/quantidade-de-envio-de-mensagens-plataforma-windows.aspx (Brazilian host: sending limits)",
    meaning  = "The mailbox or domain sent more than its hourly message or traffic limit; sending resumes after 60 minutes.",
  },
  {
    reply    = [=[452 Sender is throttled]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://portal.universonet.com.br/kb/a289/quantidade-de-envio-de-mensagens-plataforma-windows.aspx (Brazilian host: sending limits)",
    meaning  = "The sender went over the hourly sending limit and is held back for the hour.",
  },
  {
    reply    = [=[452 sorry, mailbox is full (#4.5.2)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "mailboxfull", action = "retry",
    source   = "http://www.tiki.ne.jp/ace/faq/mail.html (Japanese host: mail troubles)",
    meaning  = "The recipient account's mail storage is over its capacity; the server takes no new mail for now.",
  },
  {
    reply    = [=[Retry timeout exceeded]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "expired", action = "contact",
    source   = "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html (Dutch host: bounce messages)",
    meaning  = "Delivery was tried for a set period and given up; the address usually exists (often a full mailbox or a server without rights to write it).",
  },
  {
    reply    = [=[554 No relaying allowed - psmtp]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "norelaying", action = "suppress",
    source   = "https://www.weboke.nl/knowledgebase/6/Email-foutmeldingen-Mail-delivery-failed-returning-message-to-sender.html (Dutch host: bounce messages)",
    meaning  = "The mail server named for the recipient's domain does not take mail for that domain and will not pass it on.",
  },
  {
    reply    = [=[You (uw accountnaam) have reached your message limit]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "ratelimited", action = "throttle",
    source   = "https://www.weboke.nl/knowledgebase/31/You-uw-accountnaam-have-reached-your-message-limit-or-XX-emails-have-been-sent-yesterday-by-XXX.html (Dutch host: DirectAdmin's daily limit)",
    meaning  = "The account sent more than its daily number of messages (300); the counter resets at night.",
  },
  {
    reply    = [=[4.7.1 Submission rate limiting is temporarily unavailable; try again later]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "systemerror", action = "retry",
    source   = "a mail engine's Postfix policy service (rate_verdict(): Redis unreachable), read via the code index (file id 71438754740)",
    meaning  = "The rate limiter's counter store is down, so submissions from rate-limited mailboxes are deferred: the limiter's trouble, not a limit reached.",
  },
  {
    reply    = [=[4.7.1 Submission rate limit exceeded for this mailbox; try again later]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "a mail engine's Postfix policy service (rate_verdict(): count over the limit), read via the code index (file id 71438754740)",
    meaning  = "The sending mailbox went over its submission rate limit; try later.",
  },
}
