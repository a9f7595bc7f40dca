-- Round 15: replies and webmail notices in languages other than English
-- whose cause is not the recipient's address: Gmail's replies as a
-- Taiwanese host's page gives them in Traditional Chinese, the headings of
-- Google's SMTP relay error page in Traditional Chinese, the notices
-- Gmail shows when a sending limit is reached (Google Workspace "Gmail
-- sending limits" and Gmail "Limits for sending & getting mail" in
-- Italian, Japanese, Chinese, Russian, Ukrainian, German and French), the
-- causes Gmail's Latin-American Spanish help names for a bounce, a German
-- host's replies with their German gloss, a Chinese host's and a Tencent
-- reseller's notices, and the Korean notices Naver and Daum add to a
-- size refusal.  Replies given with a code keep it; the help pages'
-- notices carry none.  Labelled from what each source says the reply
-- means, by the policy of accuracy/corpus/README.md, before any was
-- classified: without a code, a rate or sending limit and a temporary
-- problem are deferred, a size refusal bounced.
-- The host's quota reply ("Speicherplatz des Kontos ueberschritten"), an
-- example of rules/intl.lua word for word, is left out.
-- Sources: see each entry.
local function e (outcome, reason, action, source, meaning, reply, note)
    return { reply = reply, group = "intl15", provider = nil, family = "other",
             outcome = outcome, reason = reason, action = action,
             source = source, meaning = meaning, note = note }
end
local B, D = "bounced", "deferred"

local UBLINK = "http://webmail.ublink.org/index.php/service/tech-know/nodif/gmail-smtp-%E9%8C%AF%E8%AA%A4%E5%92%8C%E4%BB%A3%E7%A2%BC (Gmail SMTP 錯誤和代碼)"
local UB_NOTE = "The page gives code, status, Gmail's English text and its Traditional Chinese rendering; code, status and the Chinese text kept."
local RELAY_TW = "https://support.google.com/a/answer/6140680?hl=zh-Hant&ref_topic=2921034 (SMTP 轉發服務錯誤訊息)"
local LIM_IT = "https://support.google.com/a/answer/166852?hl=it&topic=28609&ctx=topic (Limiti di invio di Gmail)"
local LIM_JA = "https://support.google.com/a/answer/166852?hl=ja (Google Workspace における Gmail の送信制限)"
local LIM_JA2 = "https://support.google.com/mail/answer/22839?hl=ja&ref_topic=7280460 (メールの送受信数に関する制限)"
local LIM_ZH = "https://support.google.com/a/answer/166852?hl=zh-Hans (Google Workspace 中的 Gmail 发送上限)"
local LIM_RU = "https://support.google.com/a/answer/166852?hl=ru&ref_topic=28609 (ограничения на отправку Gmail)"
local LIM_UK = "https://support.google.com/a/answer/166852?hl=uk (Ліміти для надсилання листів Gmail)"
local LIM_DE = "https://support.google.com/a/answer/166852?hl=de&from=166862&rd=1 (Gmail-Sendebeschränkungen in Google Workspace)"
local LIM_FR = "https://support.google.com/mail/bin/answer.py?hl=fr&hlrm=en&answer=22839 (Limites d'envoi et de réception des messages)"
local KUTASI = "http://kutasi.blogspot.com/2015/04/20153-nachricht-wegen-sendelimit.html (copy of Gmail's German help 'Nachricht wegen Sendelimit zurückgeschickt')"
local G6596_ES = "https://support.google.com/mail/answer/6596?hl=es-419&ref_topic=2467017 (Gmail: the errors a bounce names)"
local BYTECAMP = "https://www.bytecamp.net/de/faq/email/zustellen.html (FAQ: Fehlermeldungen bei Zustellproblemen)"
local GZ138 = "http://www.138.gz.cn/service_v76.html (发件人发送频率超过限制)"
local YDADM = "http://ydadm.com/news_in/335 (a Tencent Exmail reseller quoting exmail.qq.com's bounce explanation)"
local FOXY = "https://foxydog.tistory.com/69 (리턴 메시지 : message size exceeds limit; the notices Naver and Daum add)"

local M_LIMIT = "The account reached Gmail's sending limit; it cannot send for up to 24 hours (a rate limit on the sender)."
local M_RCPTS = "The account exceeded the maximum number of recipients; sending is blocked for up to 24 hours (a sending limit)."

return {
  -- Gmail's replies in Traditional Chinese (ublink)
  e(D, "systemerror", "retry", UBLINK, "A temporary system problem; try again later.", [==[421 4.7.0 系統暫時發生問題。請稍後再試]==], UB_NOTE),
  e(D, "systemerror", "retry", UBLINK, "The server is busy; try again later.", [==[421 4.4.5 伺服器忙碌中,請稍後再試。]==], UB_NOTE),
  e(D, "filtered", "retry", UBLINK, "The client IP is not on the recipient domain's allow list; the connection is closed.", [==[421 4.7.0 IP 不在 RCPT 網域許可清單中,正在關閉連線。]==], UB_NOTE),
  e(D, "badreputation", "throttle", UBLINK, "An unusual rate of unsolicited mail came from the client IP; its mail is temporarily blocked.", [==[421 4.7.0 我們的系統偵測到您的 IP 位址發出數量異常龐大的來路不明電子郵件。為保護使用者免於垃圾郵件騷擾,您的 IP 位址所發出的電子郵件已暫時遭到封鎖。]==], UB_NOTE),
  e(D, "systemerror", "retry", UBLINK, "A temporary system problem prevented the check; try again later.", [==[421 4.7.0 系統暫時發生問題,因此無法進行驗證,請稍後再試。]==], UB_NOTE),
  e(D, "securityerror", "retry", UBLINK, "The recipient domain requires TLS; the connection is closed.", [==[421 4.7.0 RCPT 網域需要使用 TLS,正在關閉連線。]==], UB_NOTE),
  e(D, "systemerror", "retry", UBLINK, "Try again later, the connection is closed (usually a denial of service at the HELO stage of the relay).", [==[421 4.7.0 正在關閉連線,請稍後再試。]==], UB_NOTE),
  e(D, "ratelimited", "throttle", UBLINK, "The recipient is receiving mail too fast; resend later.", [==[450 4.2.1 您要聯絡的使用者目前正在接收大量郵件,因此無法再接收其他的郵件,請稍後再重新傳送郵件。如果屆時對方已可接收郵件,系統就會將您的郵件寄出。]==], UB_NOTE),

  -- Google's SMTP relay errors (Traditional Chinese headings, no code)
  e(B, "norelaying", "fix", RELAY_TW, "Relay denied: the sending domain or IP is not registered in the relay settings; the sender's setup must change.", [==[郵件轉發遭拒]==], "The relay refuses our own mail for our setup, not the recipient's domain: fix, not suppress."),
  e(B, "securityerror", "fix", RELAY_TW, "Invalid relay credentials: the registered IP does not match the sending domain; use SMTP AUTH or a registered HELO name.", [==[轉發憑證無效]==]),
  e(D, "ratelimited", "throttle", RELAY_TW, "The customer reached its daily SMTP relay limit.", [==[客戶的 SMTP 每日轉發上限值超過限制]==]),
  e(D, "ratelimited", "throttle", RELAY_TW, "The customer exceeded its peak SMTP relay limit; a temporary error, relayed mail is delayed.", [==[客戶的 SMTP 最高轉發上限值超過限制]==]),
  e(D, "ratelimited", "throttle", RELAY_TW, "The user reached the daily SMTP relay limit.", [==[使用者的 SMTP 每日轉發上限值超過限制]==]),

  -- Gmail sending limits (webmail notices, no code)
  e(D, "ratelimited", "throttle", LIM_IT, M_LIMIT, [==[Hai raggiunto il limite di invio di Gmail.]==]),
  e(D, "ratelimited", "throttle", LIM_IT, M_RCPTS, [==[Hai superato il numero massimo di destinatari.]==]),
  e(D, "ratelimited", "throttle", LIM_JA, M_LIMIT, [==[送信できるメールの制限数に達しました]==]),
  e(D, "ratelimited", "throttle", LIM_JA, M_RCPTS, [==[受信者数の上限を超えています]==]),
  e(D, "ratelimited", "throttle", LIM_JA2, "The recipient is receiving too many messages in a short time; try again later.", [==[送信先がメール受信数の制限を超過しています]==]),
  e(D, "ratelimited", "throttle", LIM_ZH, M_LIMIT, [==[您已达到电子邮件发送上限。]==]),
  e(D, "ratelimited", "throttle", LIM_ZH, M_RCPTS, [==[收件人数量超过上限。]==]),
  e(D, "ratelimited", "throttle", LIM_RU, M_LIMIT, [==[Превышено ограничение на отправку сообщений.]==]),
  e(D, "ratelimited", "throttle", LIM_RU, M_RCPTS, [==[Превышено ограничение на количество получателей.]==]),
  e(D, "ratelimited", "throttle", LIM_UK, M_LIMIT, [==[Ви вичерпали ліміт для надсилання електронних листів]==]),
  e(D, "ratelimited", "throttle", LIM_UK, M_RCPTS, [==[Ви перевищили максимальну кількість одержувачів]==]),
  e(D, "ratelimited", "throttle", LIM_DE, M_LIMIT, [==[Sie haben die Gmail-Sendebeschränkung erreicht.]==]),
  e(D, "ratelimited", "throttle", LIM_DE, M_RCPTS, [==[Sie haben die maximale Empfängerzahl überschritten.]==]),
  e(D, "ratelimited", "throttle", LIM_FR, M_LIMIT, [==[Vous avez atteint la limite d'envoi d'e-mails]==]),
  e(D, "ratelimited", "throttle", LIM_FR, "The recipient receives mail at a rate that prevents delivery of new messages; try later.", [==[L'utilisateur que vous tentez de contacter reçoit des e-mails à un rythme qui empêche la distribution de tout nouveau message.]==]),
  e(D, "ratelimited", "throttle", KUTASI, "The message came back because the account hit Gmail's sending limit.", [==[Nachricht wegen Sendelimit zurückgeschickt]==]),

  -- Gmail help (Latin-American Spanish): the causes a bounce names
  e(D, "spamdetected", "throttle", G6596_ES, "The message was marked as spam or temporarily rejected.", [==[Tu correo electrónico se marcó como spam o se rechazó de forma temporal]==]),
  e(D, "ratelimited", "throttle", G6596_ES, "The sender reached the limit for sending mail.", [==[Alcanzaste el límite para enviar correos electrónicos]==]),
  e(D, "systemerror", "retry", G6596_ES, "A temporary problem with the recipient's inbox.", [==[Hay un problema temporal con la bandeja de entrada del destinatario]==]),

  -- a German host's replies with their German gloss
  e(B, "spamdetected", "fix", BYTECAMP, "The host's system judged the message to be spam and refused it.", [==[571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)]==]),

  -- Chinese hosts' notices (no code)
  e(D, "ratelimited", "throttle", GZ138, "The sender delivered a large number of messages in a short time and was stopped by the server; send again later in small batches.", [==[发件人发送频率超过限制]==]),
  e(D, "ratelimited", "throttle", YDADM, "The sending server's IP greatly exceeded Tencent Exmail's sending-frequency limits; it is barred for minutes to a day.", [==[出錯原因:該服務器IP的發信頻率大幅度超過騰訊企業郵箱限制。]==], "The page renders the notice in Traditional characters."),

  -- Korean notices added to a size refusal (Naver, Daum)
  e(B, "emailtoolarge", "fix", FOXY, "The message is too large; the receiving server refused it (Naver's notice).", [==[보내신 메일의 크기가 커서, 받는 서버에서 수신을 차단하였습니다.]==]),
  e(B, "emailtoolarge", "fix", FOXY, "The message is too large; the recipient's mail server refused it (Daum's notice).", [==[발송하신 편지의 크기가 너무커서 받는이가 속한 메일서버에서 수신을 거부하였습니다.]==]),
}
