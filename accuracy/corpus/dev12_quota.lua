-- Round 12: full mailboxes worded as message counts, folder or disk
-- sizes and quota limits, from delivery agents, policy services and
-- hosting pages (and two near-misses: a size limit of the message, a
-- quota reply with the address words of a refusal).  Sources: see each
-- entry.  Placeholders are filled with documentation values.
return {
  {
    reply    = [=[vcheckquota: Sorry, the person you sent this message has too many messages stored in the mailbox]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "github.com/bruceg/vmailmgr commands/vcheckquota.cc (message count limit, die_fail: permanent)",
    meaning  = "The recipient's mailbox holds more messages than its count limit allows.",
  },
  {
    reply    = [=[vcheckquota: Message would exceed virtual user's disk quota.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "github.com/bruceg/vmailmgr commands/vcheckquota.cc (hard quota, die_fail: permanent)",
    meaning  = "Storing the message would put the recipient's mailbox over its disk quota.",
  },
  {
    reply    = [=[vcheckquota: Sorry, your message cannot be delivered. User's disk quota exceeded. A small message will be delivered should you wish to inform this person.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "github.com/bruceg/vmailmgr commands/vcheckquota.cc (soft quota, large message, die_fail: permanent)",
    meaning  = "The recipient is over the soft disk quota; only small messages are still accepted.",
  },
  {
    reply    = [=[vcheckquota: Sorry, this message is larger than the current maximum message size limit.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "emailtoolarge", action = "fix",
    source   = "github.com/bruceg/vmailmgr commands/vcheckquota.cc (message size limit, die_fail: permanent)",
    meaning  = "The message is larger than the account's message size limit: the message, not a full mailbox.",
    note     = "near-miss of a quota text (same program): the size of the message",
  },
  {
    reply    = [=[450 4.7.1 <alice@example.com>: Recipient address rejected: Quota exceeded: alice(1)]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "mailboxfull", action = "retry",
    source   = "github.com/melissaboiko/quotapolicy quotapolicy.py (action DEFER_IF_PERMIT 'Quota exceeded: user(rc)', as Postfix's smtpd words a policy deferral)",
    meaning  = "The recipient's filesystem quota is full; delivery is deferred.",
    note     = "the Postfix wrapper (450 4.7.1, 'Recipient address rejected:') is filled from Postfix's access(5) behaviour",
  },
  {
    reply    = [=[The mailbox is full.]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "https://github.com/stalwartlabs/stalwart/issues/1086 (queue reason quoted)",
    meaning  = "The message waits in the queue because the recipient's mailbox is over its quota.",
  },
  {
    reply    = [=[<user@example.com>: The user is over the quota. You can try again later.]=],
    group    = "generic", provider = nil,
    outcome  = "deferred", reason = "mailboxfull", action = "retry",
    source   = "https://edu.newpages.com.my/article/349/email-error-message (full-mailbox examples)",
    meaning  = "The recipient's mailbox is over its storage limit; the text asks to try later.",
  },
  {
    reply    = [=[Mailbox limit exceeded while appending message]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "https://edu.newpages.com.my/article/349/email-error-message (full-mailbox examples)",
    meaning  = "The recipient's mailbox is at its storage limit.",
  },
  {
    reply    = [=[procmail: Quota exceeded while writing "/mb/tt.example.ne.jp/user/Mailbox" 550 5.0.0 <user@tt.example.ne.jp>... Can't create output]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "https://digitallife2015.blogspot.com/2021/07/cant-create-output.html (bounce quoted; the masked path filled)",
    meaning  = "The recipient's mail storage is over its quota, so the delivery agent could not write the message (Japanese blog).",
  },
  {
    reply    = [=[552 5.2.2: Recipient address rejected: Mailbox is full]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "https://goope.jp/info/information/?id=712 (a hosting service's announced reply for mailboxes over their 5GB limit)",
    meaning  = "The recipient's mailbox is over its storage limit.",
  },
  {
    reply    = [=[alice: mailbox quota exceeded for this recipient]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "http://mailutils.org/manual/html_node/Mailbox-Quotas.html (GNU Mailutils maidag; the user name filled)",
    meaning  = "The recipient's mailbox has reached its size quota (550 by default).",
  },
  {
    reply    = [=[alice: message would exceed maximum mailbox size for this recipient]=],
    group    = "generic", provider = nil,
    outcome  = "bounced", reason = "mailboxfull", action = "suppress",
    source   = "http://mailutils.org/manual/html_node/Mailbox-Quotas.html (GNU Mailutils maidag; the user name filled)",
    meaning  = "Accepting the message would put the recipient's mailbox over its size quota.",
  },
}
