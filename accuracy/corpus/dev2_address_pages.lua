-- Replies and diagnostics quoted by ISP and hosting help pages, most of
-- them written in the reader's language (Japanese, Chinese, Czech, Polish,
-- Dutch, German, Portuguese, Turkish...) around the English reply the
-- server sent, and a few replies a server wrote in that language.
-- Labelled from the meaning each page gives, before any classifier output
-- was seen.  family: "address" for the address failures (userunknown,
-- hostunknown, notaccept, hasmoved, suspend), "other" for the rest.
return {
  -- {==================================================================
  -- Japan
  -- ===================================================================
  {
    reply   = [==[user name is unknown]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://www.hocoroco.net/internet_lifeguide/errormail.html",
    meaning = "The local part (left of @) of the address does not exist.",
  },
  {
    reply   = [==[host name is unknown]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://www.hocoroco.net/internet_lifeguide/errormail.html",
    meaning = "The domain (right of @) of the address does not exist.",
  },
  {
    reply   = [==[mail box is full]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://www.hocoroco.net/internet_lifeguide/errormail.html",
    meaning = "The recipient's mailbox is full.",
  },
  {
    reply   = [==[could not send message for past xx hour]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://www.hocoroco.net/internet_lifeguide/errormail.html",
    meaning = "The destination server could not be reached for some hours; the message is still being retried (a delay warning).",
  },
  {
    reply   = [==[Warning: could not send message for past 4 hours]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "http://museum-web2.sakuraha.jp/20040701103314/support/post/manual/trouble/smtp_451.html",
    meaning = "sendmail delay warning: the server could not send the message for technical reasons and keeps it queued; no need to resend yet.",
  },
  {
    reply   = [==[temporarily over quota.]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1",
    meaning = "The recipient's mailbox has no free space.",
  },
  {
    reply   = [==[Invalid recipient]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://www.pa-solution.net/as/scope3/chupicom/web/detail.aspx?id=921&a=102&isCrawler=1",
    meaning = "The page gives this for a recipient-side anti-spam setting (accepting mail from chosen domains only), not a missing address.",
    note    = "Japanese carriers use the words of an unknown address for their recipients' reception filters.",
  },
  {
    reply   = [==[recipient rejected]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387",
    meaning = "The part of the address left of @ is wrong.",
  },
  {
    reply   = [==[Host Unknown/host not found]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://www.catv-yokohama.ne.jp/faq/internet/internet-email-usage/trouble-faq-internet-email-usage/11387",
    meaning = "The part of the address right of @ is wrong.",
  },
  {
    reply   = [==[Message size exceeds remaining quota]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000",
    meaning = "The recipient's inbox has no free space left (BBIQ's explanation).",
  },
  {
    reply   = [==[Message exceeds maximum fixed size]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "emailtoolarge", action = "fix",
    source  = "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000",
    meaning = "The message sent is too large.",
  },
  {
    reply   = [==[Host-unknown (host not found)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://faq.bbiq.jp/hikari/faq_detail.html?category=5524&id=7552&page=2000",
    meaning = "No such domain (right of @).",
  },
  {
    reply   = [==[<tech@desk.asahi-net.or.jp@mx1.asahi-net.or.jp>: User unknown: "tech@desk.asahi-net.or.jp"]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "http://asahi-net.jp/support/qa/item.html?sheetName=d01&questionNo=d01601",
    meaning = "Postfix report: the destination host has no such user.",
  },
  -- }==================================================================

  -- {==================================================================
  -- China (pages in Chinese quoting the English reply)
  -- ===================================================================
  {
    reply   = [==[invalid address (#5.5.0)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://wz.0733.com.cn/web/news-56.html",
    meaning = "The recipient's address does not exist or was mistyped.",
  },
  {
    reply   = [==[doesn't have this account]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://wz.0733.com.cn/web/news-56.html",
    meaning = "The recipient's address does not exist.",
  },
  {
    reply   = [==[Quota exceed the hard limit for user]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://wz.0733.com.cn/web/news-56.html",
    meaning = "The recipient's mailbox has no room for new mail.",
  },
  {
    reply   = [==[mail box space not enough]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://wz.0733.com.cn/web/news-56.html",
    meaning = "The recipient's mailbox has no room for new mail.",
  },
  {
    reply   = [==[550.5.1.1 user@example.com is not a valid mailbox]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://juduo.cc/club/3824545.html (the page hides the addresses; user@example.com stands for them)",
    meaning = "The address is wrong or no longer used.",
  },
  {
    reply   = [==[User is over the quota]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://juduo.cc/club/3824545.html (the page hides the addresses; user@example.com stands for them)",
    meaning = "The recipient's mailbox is full.",
  },
  {
    reply   = [==[552 user@example.com is full]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://juduo.cc/club/3824545.html (the page hides the addresses; user@example.com stands for them)",
    meaning = "The recipient's mailbox is full.",
  },
  {
    reply   = [==[554 Too many hops 27 (25 max): from <user@firstdomain.com> via mail.firstdomain.com, to user@example.com]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "networkerror", action = "contact",
    source  = "https://juduo.cc/club/3824545.html (the page hides the addresses; user@example.com stands for them)",
    meaning = "A forwarding loop: the mailbox settings forward the message in circles.",
  },
  {
    reply   = [==[<user@example.com>: connect to xxx.xxx.xxx.xxx timed out]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://juduo.cc/club/3824545.html (the page hides the addresses; user@example.com stands for them)",
    meaning = "The receiving server could not be reached in time (busy); retry later.",
  },
  {
    reply   = [==[550 System is busy.]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "systemerror", action = "contact",
    source  = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm",
    meaning = "The receiving server is busy.",
  },
  {
    reply   = [==[Connected to remote host, but it does not like recipient.]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm",
    meaning = "qmail: the receiving server was reached but the recipient address does not exist there.",
  },
  {
    reply   = [==[Connected to remote host, but sender was rejected.]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "rejected", action = "fix",
    source  = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm",
    meaning = "qmail: the receiving server refused the sender address.",
  },
  -- }==================================================================

  -- {==================================================================
  -- Czech Republic
  -- ===================================================================
  {
    reply   = [==[[x.x.x.x]: 550 5.1.1 Sorry, no mailbox here by that name.]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou",
    meaning = "Schránka neexistuje: the mailbox does not exist.",
  },
  {
    reply   = [==[Quota exceeded for user]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "http://blog.eabm.cz/nejcastejsi-chyby-pri-dorucovani-emailu",
    meaning = "The recipient has a full mailbox.",
  },
  {
    reply   = [==[Message size XXXXXXXX exceeds size limit]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "emailtoolarge", action = "fix",
    source  = "http://blog.eabm.cz/nejcastejsi-chyby-pri-dorucovani-emailu",
    meaning = "The attachment is too large.",
  },
  -- }==================================================================

  -- {==================================================================
  -- Poland
  -- ===================================================================
  {
    reply   = [==[sys_lock quota exceeded]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx",
    meaning = "przekroczona powierzchnia skrzynki odbiorczej: the recipient's mailbox space is exceeded.",
  },
  {
    reply   = [==[User not found (in reply to RCPT TO command)]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx",
    meaning = "nie ma takiego odbiorcy: no such recipient.",
  },
  {
    reply   = [==[Domain Not Found]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx",
    meaning = "The mail server was not found: the domain was mistyped.",
  },
  {
    reply   = [==[(reason: Can't create output) ----- Transcript of session follows ----- 550 5.0.0 <****@alpha.pl>... Can't create output]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx",
    meaning = "sendmail could not write the recipient's mailbox; the Chinese help at https://juduo.cc/club/3824545.html lists the same words under a full mailbox.",
  },
  -- }==================================================================

  -- {==================================================================
  -- Germany, the Netherlands, Turkey, Brazil, Italy
  -- ===================================================================
  {
    reply   = [==[Unrouteable domain]==],
    group   = "gmx_webde_ionos", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://web.de/email/tipps/posts/mailer-daemon/91/",
    meaning = "The part after @ is wrong (.net instead of .de): no such domain.",
  },
  {
    reply   = [==[Could not send message for x hours]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "networkerror", action = "retry",
    source  = "https://www.computerbild.de/artikel/cb-Tipps-Internet-Mailer-Daemon-Was-hat-es-mit-der-Fehlermeldung-auf-sich-31408087.html",
    meaning = "The recipient's server was not reachable (a delay notice).",
  },
  {
    reply   = [==[The recipient's inbox is out of storage space]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails",
    meaning = "Postfach voll / Speicherplatz überschritten: the recipient's mailbox is full.",
  },
  {
    reply   = [==[550 Mailbox unavailable / Account disabled]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "suspend", action = "suppress",
    source  = "https://mail.fr/de/hilfe/nachrichten/e-mail/mail_delivery_system_und_bounce_mails",
    meaning = "The mailbox is not available or has been deactivated.",
  },
  {
    reply   = [==[SMTP error from remote mail server after RCPT TO:<email@adres.nl> host mail.adres.nl [xxx.xx.x.xx]: 550 5.1.0 Recipient rejected.]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://forum.lasso-concepten.nl/t/foutmeldingen-bij-e-mail/154 (and Dutch host pages quoting the same Exim report)",
    meaning = "The domain has a mail server but refuses the address itself, usually because it does not exist.",
  },
  {
    reply   = [==[421 Servidor temporariamente indisponível. Tente novamente mais tarde. IB101]==],
    group   = "generic", family = "other",
    outcome = "deferred", reason = "systemerror", action = "retry",
    source  = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
    meaning = "Portuguese reply: the mail queue holds more messages than usual; try again later.",
  },
  {
    reply   = [==[Account storage limit]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
    meaning = "The recipient's account has reached its storage limit and cannot receive mail now.",
  },
  {
    reply   = [==[Account does not exist]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
    meaning = "The address the message was sent to does not exist.",
  },
  {
    reply   = [==[Account disabled]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "suspend", action = "suppress",
    source  = "http://ix-one.com/domainhostingFAQ/article/MS_27771.html",
    meaning = "The account exists but its ability to receive mail has been disabled (usually for good).",
  },
  {
    reply   = [==[553 Mailbox name invalid]==],
    group   = "generic", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://assistance.email/top-10-des-messages-derreur-e-mail/amp",
    meaning = "Adresse e-mail invalide: the address is not valid.",
  },
  {
    reply   = [==[552 <JDOE@JUNO.COM>... Mail quota exceeded]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html",
    meaning = "The user's mailbox exceeds its disk quota; the system refuses more mail for them.",
  },
  {
    reply   = [==[552 jdoe@aol.com has a full mailbox]==],
    group   = "generic", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html",
    meaning = "AOL: the recipient's mailbox is full.",
  },
  {
    reply   = [==[Das E-Mail-Konto, das Sie kontaktieren möchten, ist nicht vorhanden]==],
    group   = "gmail", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://support.google.com/mail/bin/answer.py?hl=de&answer=82454&topic=1668979&ctx=topic",
    meaning = "Google's German rendering of 'The email account that you tried to reach does not exist': the address was deactivated or never existed.",
  },
  {
    reply   = [==[L'account email che hai cercato di raggiungere non esiste]==],
    group   = "gmail", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454",
    meaning = "Google's Italian rendering of 'The email account that you tried to reach does not exist'.",
  },
  {
    reply   = [==[Address not found Your message wasn't delivered to ***@***.**** because the address couldn't be found, or is unable to receive mail.]==],
    group   = "gmail", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://github.com/deepskies/DeepSZSim/discussions/53",
    meaning = "Gmail's bounce: the address could not be found (the remote said the account does not exist).",
  },
  {
    reply   = [==[El buzón del destinatario está lleno y no puede aceptar mensajes. Microsoft Exchange no intentará volver a entregar este mensaje. Intente reenviarlo más tarde o póngase en contacto con el destinatario directamente.]==],
    group   = "microsoft", family = "other",
    outcome = "bounced", reason = "mailboxfull", action = "suppress",
    source  = "https://pastebin.com/HGKcccQU",
    meaning = "Spanish Exchange NDR: the recipient's mailbox is full and cannot accept messages.",
  },
  {
    reply   = [==[No se pudo entregar el mensaje. Parece que la dirección de correo electrónico donde envió el mensaje no se encontraba en el dominio de destino, o bien el buzón de correo del destinatario no estaba disponible. Es posible que se haya escrito de forma incorrecta la dirección de correo electrónico o que no exista.]==],
    group   = "microsoft", family = "address",
    outcome = "bounced", reason = "userunknown", action = "suppress",
    source  = "https://pastebin.com/qSHqkmLq",
    meaning = "Spanish Office 365 NDR for a refusal by kundenserver.de: the address was not found at the destination domain.",
  },
  {
    reply   = [==[f.ballouchy@beltransfo.com: no valid MX hosts found]==],
    group   = "gmx_webde_ionos", family = "address",
    outcome = "bounced", reason = "hostunknown", action = "suppress",
    source  = "https://pastebin.com/qGkRtmww",
    meaning = "IONOS relay: the recipient domain has no usable mail server (permanent error).",
  },
  -- }==================================================================
}
