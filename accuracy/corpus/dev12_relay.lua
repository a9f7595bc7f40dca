-- Round 12: replies of a small outgoing relay (decke/smtprelay, Go):
-- its own refusals, where "recipient" and "sender" name a setting of
-- the relay, not an address that does not exist.  Sources: see each
-- entry (main.go: connectionChecker, senderChecker, recipientChecker,
-- authChecker, mailHandler).
return {
  {
    reply    = [=[451 Bad recipient address]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "norelaying", action = "retry",
    source   = "github.com/decke/smtprelay main.go recipientChecker (recipient not matched by the relay's allowed_recipients pattern)",
    meaning  = "The relay's configuration does not allow relaying to this recipient: a relay setting, not a missing address.",
    note     = "hard case: an address word for a relay policy",
  },
  {
    reply    = [=[451 Bad sender address]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "rejected", action = "retry",
    source   = "github.com/decke/smtprelay main.go senderChecker (sender not allowed for the user or by allowed_sender)",
    meaning  = "The relay does not allow this envelope sender: the sender's setup.",
  },
  {
    reply    = [=[554 There are no appropriate remote_host or command]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "systemerror", action = "contact",
    source   = "github.com/decke/smtprelay main.go mailHandler (no smarthost or command configured for the sender)",
    meaning  = "The relay has nowhere to send the message: its own configuration.",
  },
  {
    reply    = [=[554 External command failed]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "systemerror", action = "contact",
    source   = "github.com/decke/smtprelay main.go mailHandler (the configured delivery command failed)",
    meaning  = "The relay's delivery program failed.",
  },
  {
    reply    = [=[421 Forwarding failed]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "networkerror", action = "retry",
    source   = "github.com/decke/smtprelay main.go mailHandler (a non-SMTP error talking to the smarthost)",
    meaning  = "The relay could not hand the message to its smarthost (connection or TLS trouble).",
  },
}
