-- Round 13: the replies of sending services' and hosts' own relays and
-- policy servers (limits, sender domains), from their help pages and a
-- policy server's shipped rate-limit notes.  Sources: see each entry.
return {
  {
    reply    = [=[530 From/Sender domain is not verified for this workspace. From: news@example.com]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = "https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/ (a sending service's relay replies)",
    meaning  = "The relay refuses the message: the From domain is not verified in the sender's workspace.",
    note     = "the source ends the reply with an ellipsis; an example address filled in",
  },
  {
    reply    = [=[530 API key is restricted to sending domain: acme.com. From/Sender address must use this domain. From: news@example.org]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = "https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/ (a sending service's relay replies)",
    meaning  = "The sender's key may only send from one domain; the From address uses another.",
    note     = "the source ends the reply with an ellipsis; an example address filled in",
  },
  {
    reply    = [=[550 Sending from this domain is paused]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "rejected", action = "fix",
    source   = "https://emailit.com/docs/kb/smtp-530-from-domain-not-verified/ (a sending service's relay replies)",
    meaning  = "The relay does not send from the sender's domain for now (e.g. the domain lost its verification).",
  },
  {
    reply    = [=[452 4.4.5 Messages per second limit exceeded]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://emailit.com/docs/smtp/troubleshooting/ (a sending service's relay replies)",
    meaning  = "The sender submits more messages per second than allowed.",
  },
  {
    reply    = [=[452 4.5.3 Daily message limit exceeded]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://emailit.com/docs/smtp/troubleshooting/ (a sending service's relay replies)",
    meaning  = "The sender's daily message limit is used up.",
  },
  {
    reply    = [=[only 5 recipients per 5 minutes allowed]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits (a mail setup's postfwd rate limits, German notes)",
    meaning  = "Unknown servers may send to 5 recipients per 5 minutes; more is refused.",
  },
  {
    reply    = [=[Too many recipients, please reduce to less than 50 or consider using a mailing list]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits (a mail setup's postfwd rate limits, German notes)",
    meaning  = "No more than 50 recipients per message.",
  },
  {
    reply    = [=[Number messages per hour exceeded]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits (a mail setup's postfwd rate limits, German notes)",
    meaning  = "A user may send no more than 50 messages an hour.",
  },
  {
    reply    = [=[Number recipients per hour exceeded]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "ratelimited", action = "throttle",
    source   = "https://git.oopen.de/install/mailsystem/raw/commit/3eb53b54635f88f84864097f58bd10ab58a94c61/DOC/postfwd/README.default-rate-limits (a mail setup's postfwd rate limits, German notes)",
    meaning  = "A user may send to no more than 250 recipients an hour.",
  },
  {
    reply    = [=[550 DICTIONARY ATTACK]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "blocked", action = "contact",
    source   = "http://www.01hosting.com/hostgator-email/ (HostGator e-mail errors)",
    meaning  = "The host's outgoing server stops the sender as a dictionary attack: stop sending, pause the lists, wait an hour.",
  },
}
