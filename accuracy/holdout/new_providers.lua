-- providers
return {
  {
    reply   = [=[Remote-MTA: dns; mta5.am0.yahoodns.net
X-Supplementary-Info: <mta5.am0.yahoodns.net #5.0.0 smtp; 554 delivery error:
 dd Sorry, your message to email@yahoo.com cannot be delivered. This
 mailbox is disabled (554.30). - mta4490.mail.gq1.yahoo.com>]=],
    group   = "yahoo",
    provider = "yahoo",
    mx      = "mta5.am0.yahoodns.net",
    phase   = "rcpt",
    outcome = "bounced",
    reason  = "suspend",
    action  = "suppress",
    family  = "address",
    source  = "https://github.com/sisimai/p5-sisimai/issues/312",
    meaning = "Yahoo refuses mail for a mailbox that has been disabled (554.30); the maintainer classifies it as a suspended mailbox.",
    note    = "Delivery-status fields as the reporter pasted them (continuation lines kept).",
  },
  {
    reply   = [=[SMTP error from remote mail server after MAIL FROM:<carlos@carlos.carlos> SIZE=1384:
host mxs.mail.ru [94.100.180.31]: 550 Unroutable sender address]=],
    group   = "yandex",
    provider = "mailru",
    mx      = "mxs.mail.ru",
    phase   = "mail",
    outcome = "bounced",
    reason  = "rejected",
    action  = "fix",
    family  = "other",
    source  = "https://pastebin.com/GFSKpSPH",
    meaning = "Mail.ru refused MAIL FROM because the sender's domain (carlos.carlos, a made-up local domain) cannot be routed to.",
    note    = "Exim bounce as pasted. The failure is the sender's own address, not the mail.ru recipient.",
  },
  {
    reply   = [=[Reason:
delivery retry timeout exceeded]=],
    group   = "ionos",
    provider = "ionos",
    outcome = "bounced",
    reason  = "expired",
    action  = "contact",
    family  = "other",
    source  = "https://pastebin.com/8MufPjWC",
    meaning = "1&1/IONOS's relay (mrelayeu.kundenserver.de, the GMX/1&1 platform) stopped retrying an sbcglobal.net recipient and returned the message as a permanent error.",
    note    = "Provider id: the bounce comes from the United-Internet (1&1) relay that GMX shares; labelled provider ionos (the corpus's id for 1&1/IONOS). No code; expired, bounced.",
  },
  {
    reply   = [=[Message size exceeds capabilities of MX responsible for the recipient]=],
    group   = "ionos",
    provider = "ionos",
    outcome = "bounced",
    reason  = "emailtoolarge",
    action  = "fix",
    family  = "other",
    source  = "https://pastebin.com/G9vyqfbD",
    meaning = "1&1 (IONOS) outbound relay bounce: the message is larger than the recipient's mail exchanger accepts.",
    note    = "From a kundenserver.de (1&1) 'Mail delivery failed' bounce; 1&1 is labelled ionos as in the corpus. No code; the bounce says permanent error.",
  },
  {
    reply   = [=[Sorry address@example.com. Your mail to the following recipients could not be delivered because they are not accepting mail with attachments or embedded images:
	mykewlaolacct]=],
    group   = "yahoo",
    provider = "aol",
    outcome = "bounced",
    reason  = "filtered",
    action  = "suppress",
    family  = "other",
    source  = "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/master/t/corpus/aol-senderblock.msg",
    meaning = "AOL's 'Mail Delivery Problem' notice: the recipient's mail settings refuse messages with attachments or embedded images.",
    note    = "A recipient-side preference (filtered, family other): the address is valid. Screen name as in the corpus.",
  },
}
