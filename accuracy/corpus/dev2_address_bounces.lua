-- Bounce reports quoted in public pastes and support threads: the
-- diagnostic an MTA or a webmail wrote, with or without a reply code,
-- many in the sender's own language (Exchange and Outlook NDRs in German,
-- Spanish, Portuguese; Postfix, Exim, qmail and IONOS reports).
-- Labelled from what the report itself says (and, for the NDR texts, what
-- the NDR says the cause is), before any classifier output was seen.
-- family: "address" for the address failures (userunknown, hostunknown,
-- notaccept, hasmoved, suspend), "other" for the rest.
return {
  -- {==================================================================
  -- Exchange / Outlook NDR texts (no reply code in the sentence)
  -- ===================================================================
  {
    reply   = [==[Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenden Sie sich an den Helpdesk, falls das Problem weiterhin besteht.]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/BsjRCWQL",
    meaning = "German Exchange NDR: the address entered was not found (diagnostic: 550 5.1.1 RESOLVER.ADR.RecipNotFound).",
  },
  {
    reply   = [==[Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen: wordpress@bordesholm.de (wordpress@bordesholm.de) Die eingegebene E-Mail-Adresse konnte nicht gefunden werden. Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found']==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/BsjRCWQL",
    meaning = "The same German Exchange NDR with its diagnostic line: recipient not found.",
  },
  {
    reply   = [==[Your message to kayraleigh.henson@crs.org couldn't be delivered. kayraleigh.henson wasn't found at crs.org.]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/qSAw128t",
    meaning = "Office 365 NDR: the recipient was not found at the domain (Action Required: Unknown To address).",
  },
  {
    reply   = [==[Your message to brian@xnergycapital.com couldn't be delivered. brian wasn't found at xnergycapital.com.]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/gJSdfVeR",
    meaning = "Office 365 NDR: unknown To address.",
  },
  {
    reply   = [==[Your message to emre.demir@firma.com.tr couldn't be delivered. emre.demir@firma.com.tr wasn't found at firma.com.tr. Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; not found']==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://kozyatagibilisim.com/blog/exchange-ndr-no-such-user-550-5-1-10",
    meaning = "Exchange NDR quoted on a Turkish IT blog: the mailbox of a departed employee was deleted, the recipient is not found.",
  },
  {
    reply   = [==[Algunos de los destinatarios no recibieron su mensaje. No se puede localizar a los destinatarios siguientes: 'rumanas@bncr.fi.cr' en 14/10/2019 8:15 Error del servidor: '451 Requested action aborted: local error in processing']==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "systemerror", action = "retry",
    source  = "https://pastebin.com/rrDb8Y6g",
    meaning = "Spanish Outlook report quoting the server's 451 local error in processing: a temporary failure of the receiving server.",
  },
  {
    reply   = [==[No se puede localizar a los destinatarios siguientes: '<jlsotorrio@lsanvicente.com' en 16/03/2020 16:48 Error del servidor: '501 Syntax error in parameters or arguments']==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "syntaxerror", action = "fix",
    source  = "https://pastebin.com/9LAaRhhi",
    meaning = "Spanish Outlook report: the server refused the (malformed, '<' left open) address argument with 501.",
  },
  -- }==================================================================

  -- {==================================================================
  -- Postfix reports
  -- ===================================================================
  {
    reply   = [==[<sales@mywebsite.com>: unknown user: "sales"]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/fRV9iiD7 (same Postfix local(8) wording: <x@chioccia.ufficio.lan>: unknown user: \"x\")",
    meaning = "Postfix local delivery: no such local user (Status: 5.1.1).",
  },
  {
    reply   = [==[<kuima@dell.localdomain> (expanded from <kuima@localhost>): delivery via local: unknown user: "kuima"]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/QBqiPrRd",
    meaning = "Postfix delivery report (sendmail -bv probe): local delivery would fail, unknown user (Status: 5.1.1).",
  },
  {
    reply   = [==[<tolga@ozses.net>: unknown user: "tolga"]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/7dVN6nAa",
    meaning = "Postfix local(8) bounce: no such user.",
  },
  {
    reply   = [==[<abuse@tarassul.sy>: host 82.137.201.8[82.137.201.8] said: 550 User <abuse> unknown (in reply to RCPT TO command)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/CzBQxZUu",
    meaning = "The remote server refused RCPT: the user is unknown.",
  },
  {
    reply   = [==[host servername.servername.com[private/dovecot-lmtp] said: 550 5.1.1 <myusername@servername.servername.com> User doesn't exist: myusername@servername.servername.com (in reply to RCPT TO command)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/gnaVkm2a",
    meaning = "Dovecot LMTP refused the recipient: no such user.",
  },
  {
    reply   = [==[<viviana@ideagroup.it>: lost connection with mail.ideagroup.it[82.193.33.205] while receiving the initial server greeting]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://pastebin.com/QkzRqrvh",
    meaning = "Postfix could not talk to the receiving server (connection lost before the greeting): a network failure on the way.",
  },
  {
    reply   = [==[<ayfer.esin@hotmail.fr>: host eur.olc.protection.outlook.com[104.47.2.33] said: 550 5.5.0 Requested action not taken: mailbox unavailable. (in reply to RCPT TO command)]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/r35f04G9",
    meaning = "Outlook.com refused the recipient at RCPT: the mailbox is unavailable (does not exist).",
  },
  {
    reply   = [==[<j.s@elprojektering-be.se> failed: elprojektering-be.se->MX: 550 5.1.1 yG4QZNGttZRyvyG4QZgw6k Recipient Rejected [503]]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/S0ay8vQY",
    meaning = "One.com's Halon relay: the recipient's MX rejected the recipient with 5.1.1.",
  },
  {
    reply   = [==[<anna@chavinoles.com>: host mx00.1and1.es[212.227.15.41] said: 550-Requested action not taken: mailbox unavailable 550-Reject due to policy restrictions. 550 For explanation visit http://postmaster.1and1.com/en/error-messages?ip=46.16.61.54&c=poli (in reply to MAIL FROM command)]==],
    group   = "gmx_webde_ionos", family = "other",
    outcome = "bounced", reason = "blocked", action = "contact",
    source  = "https://pastebin.com/syADHViD",
    meaning = "1&1/IONOS refused the sending IP at MAIL FROM by policy (the explanation link names the IP): not about the recipient.",
  },
  {
    reply   = [==[<Claudia.RuedaRuiz@canaccord.com>: host mxb-00070601.gslb.pphosted.com[67.231.151.6] said: 553 5.1.8 Domain of sender address does not exist (in reply to MAIL FROM command)]==],
    group   = "proofpoint", family = "other",
    outcome = "bounced", reason = "rejected", action = "fix",
    source  = "https://pastebin.com/ZZzdk8Vg",
    meaning = "Proofpoint refused the envelope sender: its domain does not resolve.",
  },
  -- }==================================================================

  -- {==================================================================
  -- Exim and IONOS (kundenserver) reports
  -- ===================================================================
  {
    reply   = [==[SMTP error from remote mail server after RCPT TO:<p_tennis_zizloo@hotmail.com>: host mx2.hotmail.com [65.55.37.72]: 550 Requested action not taken: mailbox unavailable]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/Nwy2EGmz",
    meaning = "Exim: Hotmail refused the recipient, mailbox unavailable (no such mailbox).",
  },
  {
    reply   = [==[The following address(es) failed: denis.renoux@crer.info No Such User Here]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/BtQBagDW",
    meaning = "Exim (cPanel) bounce: no such user at the destination.",
  },
  {
    reply   = [==[SMTP error from remote server for RCPT TO command, host: smtp-in.orange.fr (193.252.22.65) reason: 550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]]==],
    group   = "orange_laposte_free", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/XQgFD6m9",
    meaning = "Orange refused the recipient: at least one recipient address is invalid (French and English).",
  },
  {
    reply   = [==[<jparada@bankia.com> Reason: multiple delivery attempts failed]==],
    group   = "gmx_webde_ionos", family = "other",
    outcome = "bounced", reason = "expired", action = "contact",
    source  = "https://pastebin.com/PXk0HAPS",
    meaning = "IONOS relay gave up after repeated failed delivery attempts (permanent error report).",
  },
  {
    reply   = [==[This message was created automatically by mail delivery software. A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed: <facturacion.seafood@olano.groupe.com> Reason: multiple delivery attempts failed]==],
    group   = "gmx_webde_ionos", family = "other",
    outcome = "bounced", reason = "expired", action = "contact",
    source  = "https://pastebin.com/ksdX2Qmi",
    meaning = "IONOS relay: delivery attempts ran out.",
  },
  {
    reply   = [==[<rosaerinha@gmail.com> <fragata72@gmail.com> Reason: delivery retry timeout exceeded]==],
    group   = "gmx_webde_ionos", family = "other",
    outcome = "bounced", reason = "expired", action = "contact",
    source  = "https://pastebin.com/gwHtk6Ha",
    meaning = "IONOS relay: the retry time ran out before delivery succeeded.",
  },
  {
    reply   = [==[<bumperfw@aol.com> Reason: delivery retry timeout exceeded]==],
    group   = "gmx_webde_ionos", family = "other",
    outcome = "bounced", reason = "expired", action = "contact",
    source  = "https://pastebin.com/b1KzxmL8",
    meaning = "IONOS relay: the retry time ran out.",
  },
  {
    reply   = [==[Mail delivery failed: returning message to sender A message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed: Mailbox quota exceeded]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://blog.ixirhost.com/mail-delivery-failed-returning-message-to-sender-mailbox-quota-exceeded/",
    meaning = "Exim bounce quoted by a Turkish host: the recipient's mailbox quota is used up.",
  },
  {
    reply   = [==[Message expired for domain example.com. Remote host said: 454 4.7.1 <user@example.com>: Relay access denied [RCPT_TO]]==],
    group   = "yahoo_aol", family = "other",
    outcome = "deferred", reason = "expired", action = "contact",
    source  = "https://did2memo.net/2020/02/16/yahoo-mail-failure-notice-mail",
    meaning = "Yahoo! JAPAN failure notice: the message expired in the queue; the last reply was a relay refusal.",
  },
  -- }==================================================================

  -- {==================================================================
  -- qmail reports
  -- ===================================================================
  {
    reply   = [==[Sorry, I couldn't find any host named htechlab.net. (#5.1.2)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://pastebin.com/SEVYCkQX",
    meaning = "qmail-remote: the recipient domain does not exist in DNS.",
  },
  {
    reply   = [==[218.102.23.218 does not like recipient. Remote host said: 550 #5.1.0 Address rejected. Giving up on 218.102.23.218.]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/SEVYCkQX",
    meaning = "qmail: the remote host rejected the recipient address (5.1.0).",
  },
  {
    reply   = [==[212.227.15.41 does not like recipient. Remote host said: 550 Requested action not taken: mailbox unavailable Giving up on 212.227.15.41.]==],
    group   = "gmx_webde_ionos", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/10b7vuGs",
    meaning = "qmail: IONOS refused the recipient, mailbox unavailable (no such mailbox).",
  },
  {
    reply   = [==[<x@example.com>: user is over quota]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "http://faq.busblog.jp/faq/show/410",
    meaning = "qmail failure notice quoted by a Japanese blog host: the recipient's mailbox is over its quota.",
  },
  {
    reply   = [==[This Message was undeliverable due to the following reason: The user(s) account is temporarily over quota.]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "http://faq.busblog.jp/faq/show/410",
    meaning = "'Mail System Error - Returned Mail': the recipient's mailbox is over quota.",
  },
  {
    reply   = [==[550 No such user here (#5.7.1)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/nHtbDeyx",
    meaning = "qmail-style refusal: there is no such user (the status says 5.7.1, the words say unknown user).",
  },
  -- }==================================================================

  -- {==================================================================
  -- sendmail and Google relays
  -- ===================================================================
  {
    reply   = [==[Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 550 550 unknown user (state 14).]==],
    group   = "gmail", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/WiTcnYy7",
    meaning = "Gmail relay report: the remote server answered unknown user.",
  },
  {
    reply   = [==[----- The following addresses had permanent fatal errors ----- Yahav (reason: 550 5.1.1 <Yahav@localhost6.localdomain6>... User unknown) (expanded from: Yahav)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/6er4iPih",
    meaning = "sendmail DSN: user unknown.",
  },
  -- }==================================================================
}
