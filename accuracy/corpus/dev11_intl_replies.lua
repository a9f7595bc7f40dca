-- Fresh dev batch (round 11), second part: Gmail's SMTP replies and
-- bounce reasons as Google's localised help pages and pages copying them
-- word them in German, Portuguese and Chinese: the translated tables of
-- "Gmail SMTP errors and codes" (support.google.com/a/answer/3726730 in
-- German, knowledge.workspace.google.com's gmail-smtp-errors-and-codes in
-- Brazilian Portuguese and simplified Chinese; the corpus's gmail.lua
-- holds the English original, none of these translations), a Chinese
-- (laod.cn), a German (support.walkingtoweb.com) and a Swiss
-- (netcomplete.ch) page that copy the translated table, and the reasons
-- Gmail's German help page "Unzustellbare oder abgelehnte E-Mails"
-- (support.google.com/mail/answer/6596?hl=de) names for a bounce.  Each
-- reply is the translated text after its reply code and enhanced status,
-- as the page gives it (the "more information" pointers left out); the
-- help page's reasons carry no code.  Labelled from the meaning the
-- source gives (the same reply in English: the cause named), by the
-- policy of accuracy/corpus/README.md, before any was classified.
-- Texts the corpus or a rule's example already held word for word (the
-- Portuguese 452 4.2.2, an example of rules/intl_address.lua) are left out.
local function e (family, outcome, reason, action, source, meaning, reply)
    return { reply = reply, group = "intl11", family = family,
             outcome = outcome, reason = reason, action = action,
             source = source, meaning = meaning }
end
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local G_DE_OLD = "https://support.google.com/a/answer/3726730?hl=de (Referenz für SMTP-Fehler, the G Suite version of the table)"
local G_DE = "https://support.google.com/a/answer/3726730?hl=de&ref_topic=7279058 (Fehler und Codes bei Gmail-SMTP)"
local G_PT = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br (Erros e códigos SMTP do Gmail)"
local G_ZH = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=zh-cn (Gmail SMTP 错误消息)"
local LAOD = "https://laod.cn/5512.html (Gmail SMTP 错误代码参考: Google's table in Chinese)"
local WTW = "https://support.walkingtoweb.com/help/de-de/3-email-cloud/140-emails-kommen-mit-einer-fehlermeldung-zuruck-was-ist-der-smtp-fehler-xxx-xxx (a host's German list of Gmail's reply texts)"
local NETC = "https://netcomplete.ch/bwl-knowledge-base/general/ueberblick-ueber-smtp-fehler (Überblick über SMTP-Fehler, Gmail's table in German)"
local G6596 = "https://support.google.com/mail/answer/6596?hl=de&ref_topic=7065107 (Gmail help: the errors a bounce names)"

local M_FAST = "The recipient receives mail too fast; send again later (rate limit)."
local M_RELAY = "The customer's peak SMTP relay limit was exceeded; a temporary error."
local M_FULL4 = "The recipient's inbox has no storage space left (temporary)."
local M_TEMPREJ = "The mail server temporarily rejected the message."
local M_MULTI = "More than one destination domain in one transaction is not supported; try again."
local M_BUSY = "The server is busy; try again later."
local M_SYS = "A temporary system problem; try again later."
local M_WL = "The client IP is not on the recipient domain's allow list; connection closed."
local M_SPAMIP = "An unusual rate of unsolicited mail from the client IP: its mail is temporarily blocked."
local M_TLS = "The recipient domain requires TLS; connection closed."
local M_TIMEOUT = "Timeout; connection closed."

return {
  -- German: Google's table
  e(O, D, "systemerror", "retry", G_DE_OLD, M_BUSY, [==[421 4.4.5 Server ist ausgelastet. Bitte versuchen Sie es später noch einmal.]==]),
  e(O, D, "filtered", "retry", G_DE_OLD, M_WL, [==[421 4.7.0 IP nicht auf weißer Liste für RCPT-Domain, Verbindung wird beendet.]==]),
  e(O, D, "badreputation", "throttle", G_DE_OLD, M_SPAMIP, [==[421 4.7.0 Unser System hat eine ungewöhnliche Anzahl unerwünschter E-Mails von Ihrer IP-Adresse festgestellt. Um unsere Nutzer vor Spam zu schützen, wurden E-Mails von Ihrer IP-Adresse vorübergehend blockiert.]==]),
  e(O, D, "systemerror", "retry", G_DE_OLD, M_SYS, [==[421 4.7.0 Vorübergehendes Systemproblem. Versuchen Sie es später noch einmal.]==]),
  e(O, D, "securityerror", "retry", G_DE_OLD, M_TLS, [==[421 4.7.0 TLS für RCPT-Domain erforderlich, Verbindung wird beendet.]==]),
  e(O, D, "ratelimited", "throttle", G_DE_OLD, M_FAST, [==[450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, erhält zu rasch E-Mails. Senden Sie Ihre Nachricht zu einem späteren Zeitpunkt noch einmal. Wenn der Nutzer zu diesem Zeitpunkt E-Mails empfangen kann, wird Ihre Nachricht zugestellt.]==]),
  e(O, D, "ratelimited", "throttle", G_DE, M_FAST, [==[450 4.2.1 Der Nutzer, den Sie kontaktieren möchten, empfängt E-Mails in einer Geschwindigkeit, die verhindert, dass zusätzliche Nachrichten zugestellt werden. Senden Sie Ihre Nachricht zu einem späteren Zeitpunkt noch einmal. Wenn der Nutzer zu diesem Zeitpunkt E-Mails empfangen kann, wird Ihre Nachricht zugestellt.]==]),
  e(O, D, "ratelimited", "throttle", G_DE, M_RELAY, [==[450 4.2.1 SMTP-Relay-Dienst-Höchstbeschränkung für diesen Kunden überschritten. Das ist ein vorübergehender Fehler.]==]),
  e(O, D, "mailboxfull", "retry", WTW, M_FULL4, [==[452 4.2.2 Im Posteingang des Empfängers ist kein Speicherplatz mehr verfügbar.]==]),
  e(O, D, "systemerror", "retry", WTW, M_TEMPREJ, [==[451 4.3.0 Diese Nachricht wurde vom eMail-Server vorübergehend abgelehnt.]==]),
  e(O, D, "networkerror", "retry", WTW, M_TIMEOUT, [==[451 4.4.2 Zeitüberschreitung – Verbindung wird beendet.]==]),
  e(O, D, "systemerror", "retry", WTW, M_BUSY, [==[421 4.4.5 Server überlastet. Versuchen Sie es später noch einmal.]==]),
  e(O, D, "systemerror", "retry", NETC, M_TEMPREJ, [==[451 4.3.0 Der E-Mail-Server hat die Nachricht vorübergehend abgelehnt.]==]),
  e(O, D, "policyviolation", "retry", NETC, M_MULTI, [==[451 4.3.0 Mehrere Ziel-Domains pro Transaktion werden nicht unterstützt. Bitte versuchen Sie es erneut.]==]),
  e(O, D, "systemerror", "retry", NETC, M_BUSY, [==[421 4.4.5 Server nicht verfügbar, versuchen Sie es später noch einmal.]==]),

  -- Portuguese (Brazil)
  e(O, D, "ratelimited", "throttle", G_PT, M_FAST, [==[450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails muito rápido. Reenvie sua mensagem mais tarde. Se o usuário puder receber e-mails naquele momento, sua mensagem será entregue.]==]),
  e(O, D, "ratelimited", "throttle", G_PT, M_FAST, [==[450 4.2.1 O usuário com quem você está tentando entrar em contato está recebendo e-mails a uma taxa que impede a entrega de outras mensagens. Reenvie sua mensagem mais tarde. Se o usuário puder receber e-mails naquele momento, sua mensagem será entregue.]==]),
  e(O, D, "ratelimited", "throttle", G_PT, M_RELAY, [==[450 4.2.1 Limite máximo de redirecionamento SMTP excedido para o cliente. Esse erro é temporário.]==]),
  e(O, D, "systemerror", "retry", G_PT, M_TEMPREJ, [==[451 4.3.0 O servidor de e-mail rejeitou temporariamente esta mensagem.]==]),

  -- Chinese (simplified)
  e(O, D, "ratelimited", "throttle", G_ZH, M_FAST, [==[450 4.2.1 您尝试联系的用户接收电子邮件的频率过高。请稍后重发您的邮件。如果届时用户可以接收电子邮件,则系统将递送您的邮件。]==]),
  e(O, D, "ratelimited", "throttle", G_ZH, M_FAST, [==[450 4.2.1 您尝试联系的用户目前接收电子邮件过于频繁,因此系统无法递送更多邮件。请稍后重发您的邮件。]==]),
  e(O, D, "ratelimited", "throttle", G_ZH, M_RELAY, [==[450 4.2.1 此客户的最高 SMTP 中继量超出限制。此错误是暂时性的。]==]),
  e(O, D, "mailboxfull", "retry", G_ZH, M_FULL4, [==[452 4.2.2 收件人的收件箱存储空间不足。]==]),
  e(O, D, "systemerror", "retry", G_ZH, M_TEMPREJ, [==[451 4.3.0 电子邮件服务器暂时拒绝了此邮件。]==]),
  e(O, D, "policyviolation", "retry", G_ZH, M_MULTI, [==[451 4.3.0 单次事务不可包含多个目标网域。请重试。]==]),
  e(O, D, "systemerror", "retry", LAOD, M_BUSY, [==[421 4.4.5 服务器繁忙,请稍后重试。]==]),
  e(O, D, "filtered", "retry", LAOD, M_WL, [==[421 4.7.0 IP 未列入 RCPT 网域的白名单,正在断开连接。]==]),
  e(O, D, "badreputation", "throttle", LAOD, M_SPAMIP, [==[421 4.7.0 我们的系统检测到您的 IP 地址发出了数量庞大、来路不明的邮件。为保护我们的用户免受垃圾邮件的骚扰,系统暂时屏蔽了从您的 IP 地址发出的邮件。]==]),
  e(O, D, "systemerror", "retry", LAOD, M_SYS, [==[421 4.7.0 临时系统问题。请稍后重试。]==]),
  e(O, D, "securityerror", "retry", LAOD, M_TLS, [==[421 4.7.0 RCPT 网域需要 TLS,正在断开连接。]==]),
  e(O, D, "systemerror", "retry", LAOD, M_TEMPREJ, [==[451 4.3.0 邮件服务器暂时拒绝接收邮件。]==]),
  e(O, D, "networkerror", "retry", LAOD, M_TIMEOUT, [==[451 4.4.2 超时 – 正在断开连接。]==]),

  -- German: the reasons Gmail's help names for a bounce (no code)
  e(A, B, "userunknown", "suppress", G6596, "The recipient's address does not exist.", [==[Die E‑Mail-Adresse des Empfängers existiert nicht]==]),
  e(O, D, "spamdetected", "throttle", G6596, "The message was marked as spam or temporarily rejected.", [==[Ihre E‑Mail wurde als Spam markiert oder vorübergehend abgelehnt]==]),
  e(O, D, "ratelimited", "throttle", G6596, "The sender reached the limit for sending mail.", [==[Sie haben das Limit zum Senden von E‑Mails erreicht.]==]),
  e(O, D, "systemerror", "retry", G6596, "A temporary problem with the recipient's inbox.", [==[Es gibt ein vorübergehendes Problem mit dem Posteingang des Empfängers.]==]),
  e(O, B, "mailboxfull", "suppress", G6596, "The recipient's inbox has no free storage.", [==[Der Posteingang des Empfängers hat keinen freien Speicherplatz.]==]),
  e(O, B, "emailtoolarge", "fix", G6596, "The message is too large for the recipient's inbox.", [==[Die E-Mail ist zu groß für den Posteingang des Empfängers.]==]),
  e(O, B, "mailboxfull", "suppress", G6596, "The recipient's inbox is full.", [==[Der Posteingang des Empfängers ist voll.]==]),
  e(O, B, "filtered", "suppress", G6596, "The recipient set up their settings not to receive mail from the sender.", [==[Der Empfänger hat in den Einstellungen festgelegt, dass er keine E‑Mails von Ihnen empfangen möchte.]==]),
  e(O, D, "systemerror", "retry", G6596, "The recipient's mail server is down.", [==[Der E-Mail-Server des Empfängers ist ausgefallen.]==]),
}
