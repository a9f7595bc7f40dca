-- Fresh dev batch (round 9): real address failures (no such user or
-- domain, disabled or moved accounts, and for contrast full mailboxes),
-- with a reply code, with a status only, or with neither.  From sources
-- no earlier batch used: small mail servers' and delivery agents' source
-- strings (Kopano, mireka, Mimecast's Robin, gumdrop, an Exim-based
-- filtering service, a C and a Node server read through the code index),
-- help pages in Japanese, Vietnamese, Indonesian, Chinese, Arabic,
-- French, Spanish, Italian, Polish and Portuguese (GoDaddy, OVHcloud,
-- Microsoft, SmarterMail hosts), a list archive and issue threads.
-- Template values are filled with documentation values (example.org,
-- 192.0.2.1) where the source has a placeholder.  Labelled from each
-- source's meaning (reason, action by the policy of
-- accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local A, M = "address", "mailbox"
local B, D = "bounced", "deferred"

local GD_JA = "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy help in Japanese, recipient bounces)"
local GD_VI = "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568 (GoDaddy help in Vietnamese, recipient-account bounces)"
local GD_ID = "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685 (GoDaddy help in Indonesian, recipient bounces)"
local SMW = "http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx (a SmarterMail host's knowledge base: common delivery failures)"
local KOPANO = "github.com/Kopano-dev/kopano-core spooler/DAgent.cpp (the LMTP delivery agent's replies)"
local MIREKA = "github.com/hontvari/mireka "
local ROBIN = "Mimecast Robin MTA, com/mimecast/robin/smtp/SmtpResponses.java, read via the code index (file id 53185874078)"
local GUMDROP = "gumdrop (GNU Java server, org.bluezoo.gumdrop.smtp) RecipientPolicyResult.java, read via the code index (file id 8320518438)"
local CSRV = "a small C SMTP server's reply_codes.h, read via the code index (file id 32827114520)"
local AF = "github.com/roman-rybalko/af services/smtp/exim/main.conf (AdvancedFiltering's Exim ACLs; deny gives 550)"
local ARAB = "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/ (Arabic help article: e-mail error messages by group)"
local VN = "https://cdspvinhlong.edu.vn/nhung-ma-loi-email-thuong-gap-trung-tam-ho-tro-ky-thuat/ (Vietnamese help page of a Mat Bao mail host: common error codes)"
local function ovh (lang)
    return "github.com/ovh/docs pages/web_cloud/email_and_collaborative_solutions/troubleshooting/diagnostic_advanced/guide." .. lang .. ".md (OVHcloud's table of SMTP replies and their meaning)"
end
local MSIT = "http://windows.microsoft.com/it-it/outlook/delivery-failed (Outlook.com help in Italian: the common delivery-failure messages)"
local MSJA = "https://support.microsoft.com/ja-jp/topic/f711b1bd-c517-9cc4-10fd-58acfac6ca59 (Microsoft help in Japanese: undeliverable mail coming back)"

return {
  -- GoDaddy's bounce table in three languages: the recipient-account bounces
  e(M, B, "mailboxfull", "suppress", GD_JA, "The recipient's account reached its storage limit and cannot receive mail now.",
    [==[アカウントストレージ制限]==]),
  e(A, B, "userunknown", "suppress", GD_JA, "The address the mail was sent to does not exist.",
    [==[アカウントが存在しません]==]),
  e(A, B, "suspend", "suppress", GD_JA, "The recipient account exists but its ability to receive mail is disabled, usually for good.",
    [==[アカウントが無効です]==]),
  e(M, B, "mailboxfull", "suppress", GD_VI, "The recipient account reached its storage limit and cannot receive mail now.",
    [==[Giới hạn dung lượng tài khoản]==]),
  e(A, B, "userunknown", "suppress", GD_VI, "The address the sender wrote to does not exist.",
    [==[Tài khoản không tồn tại]==]),
  e(A, B, "suspend", "suppress", GD_VI, "The recipient account exists but receiving mail is disabled, usually permanently.",
    [==[Tài khoản bị vô hiệu hóa]==]),
  e(M, B, "mailboxfull", "suppress", GD_ID, "The recipient account reached its storage limit.",
    [==[Batasan penyimpanan akun]==]),
  e(A, B, "userunknown", "suppress", GD_ID, "The address sent to does not exist.",
    [==[Akun tidak ada]==]),
  e(A, B, "suspend", "suppress", GD_ID, "The recipient account exists but cannot receive mail (disabled).",
    [==[Akun dinonaktifkan]==]),
  e(A, B, "userunknown", "suppress", "https://sg.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy help, invalid recipient bounces)",
    "The recipient is not a valid email address.",
    [==[550 Recipient not found]==]),
  e(A, B, "userunknown", "suppress", "https://tw.godaddy.com/help/what-does-my-email-bounce-mean-3568 (GoDaddy help in Chinese (Taiwan): the bounce for a non-existent address)",
    "Sending to an address that does not exist comes back with this (Microsoft 365's 5.4.1, translated).",
    [==[550 5.4.1 遭到收件人地址拒絕:存取遭拒]==]),
  e(A, B, "userunknown", "suppress", "https://sg.godaddy.com/zh/help/what-does-my-email-bounce-mean-3568 (GoDaddy help in Chinese (simplified): the bounce for a non-existent address)",
    "Sending to an address that does not exist comes back with this (Microsoft 365's 5.4.1, translated).",
    [==[550 5.4.1 收件人地址被拒绝：访问被拒绝]==]),

  -- a SmarterMail host's delivery failures
  e(M, B, "mailboxfull", "suppress", SMW, "The recipient's mailbox is full.",
    [==[Reason: The mailbox is full]==]),
  e(A, B, "hostunknown", "suppress", SMW, "A mistyped address: the recipient's domain has no mail server records.",
    [==[Reason: Failed to connect to the recipients mail server. No MX records were found for the 'example_domain.com' domain.]==]),

  -- a list archive (Indonesian MDaemon users' list)
  e(A, B, "userunknown", "suppress", "https://www.mail-archive.com/mdaemon-l@dutaint.com/msg40709.html (Indonesian MDaemon list, a member's bounce; the archive strips the addresses and host, filled here)",
    "The receiving server does not know the recipient.",
    [==[<user@example.org>: host mx.example.org[192.0.2.1] said: 550 <user@example.org>, Recipient unknown (in reply to RCPT TO command)]==]),

  -- delivery agents and small servers (source strings)
  e(A, B, "userunknown", "suppress", KOPANO .. ": RCPT for an address that resolves to no user",
    "The address does not resolve to a user.",
    [==[503 5.1.1 User does not exist]==]),
  e(M, B, "mailboxfull", "suppress", KOPANO .. ": delivery failed with MAPI_E_STORE_FULL",
    "The user's store is over its quota.",
    [==[552 5.2.2 jane@example.org Quota exceeded]==]),
  e(A, B, "userunknown", "suppress", MIREKA .. "src/mireka/smtp/UnknownUserException.java",
    "The mailbox in RCPT TO is unknown.",
    [==[550 5.1.1 User unknown <jane@example.org>]==]),
  e(A, B, "hostunknown", "suppress", MIREKA .. "src/mireka/transmission/EnhancedStatus.java BAD_DESTINATION_SYSTEM_ADDRESS (outbound: the recipient domain cannot be found)",
    "The destination system address (the domain) is bad.",
    [==[550 5.1.2 Bad destination system address]==]),
  e(A, B, "userunknown", "suppress", "a disposable-mail service built on Node's smtp-server, onRcptTo, read via the code index (file id 64100512957)",
    "The address was never created or its lifetime is over.",
    [==[550 5.1.1 Mailbox does not exist or has expired]==]),
  e(A, B, "userunknown", "suppress", ROBIN .. " UNKNOWN_MAILBOX_550",
    "Unknown destination mailbox address.",
    [==[550 5.1.1 Unknown destination mailbox address [jane@example.org]]==]),
  e(A, B, "userunknown", "suppress", ROBIN .. " DOVECOT_LDA_USER_UNKNOWN_550 (Dovecot LDA exit code 67)",
    "The delivery agent does not know the user.",
    [==[550 Dovecot-LDA user unknown]==]),
  e(A, B, "userunknown", "suppress", GUMDROP .. " REJECT_MAILBOX_UNAVAILABLE",
    "The recipient does not exist in the local user database.",
    [==[550 5.1.1 Mailbox unavailable]==]),
  e(M, B, "mailboxfull", "suppress", GUMDROP .. " REJECT_QUOTA_EXCEEDED",
    "The recipient's own mailbox quota is exceeded.",
    [==[552 5.2.2 Mailbox full, quota exceeded]==]),
  e(A, B, "hasmoved", "suppress", GUMDROP .. " REJECT_USER_NOT_LOCAL",
    "The recipient is not handled here and no forwarding is done; try the given path.",
    [==[551 5.1.1 User not local; please try <jane@example.net>]==]),
  e(A, B, "userunknown", "suppress", CSRV .. " REPLY_CODE_550",
    "The addressee is unknown.",
    [==[550 5.1.1 Addressee unknown]==]),
  e(A, B, "hasmoved", "suppress", CSRV .. " REPLY_CODE_551",
    "The user is not local; the reply names where to try.",
    [==[551 5.1.6 User not local; please try <alice@example.net>]==]),
  e(A, B, "hostunknown", "suppress", "an outbound mailer's MX lookup (DeliveryError with '550 5.1.2 Domain not found'), read via the code index (file id 70521458574)",
    "The recipient domain has neither MX nor address records.",
    [==[Domain example.org does not exist or has no mail server]==]),
  e(A, B, "userunknown", "suppress", AF .. " rcpt_acl (mailbox absent, no spam trap)",
    "The mailbox does not exist.",
    [==[550 !U:NMBC,!(NF|E),A,!S:ST/ (Mail box does not exist)]==]),
  e(A, B, "userunknown", "suppress", AF .. " data_acl (fakereject for an absent or unknown mailbox)",
    "The mailbox does not exist.",
    [==[550 A|NF/ (Mail box does not exist) id=1kXyZa-0003Qb-7T]==]),

  -- help pages in other languages
  e(M, B, "mailboxfull", "suppress", ARAB, "The recipient's mailbox is full.",
    [==[صندوق البريد ممتلئ]==]),
  e(A, B, "userunknown", "suppress", ARAB, "Unknown user: the address does not exist.",
    [==[مستخدم غير معروف]==]),
  e(A, B, "userunknown", "suppress", ARAB, "Invalid recipient: the address does not exist.",
    [==[مستلم غير صالح]==]),
  e(A, B, "hostunknown", "suppress", ARAB, "The recipient's domain was not found.",
    [==[لم يتم العثور على النطاق]==]),
  e(A, B, "userunknown", "suppress", VN, "The recipient address does not exist (Gmail's reply quoted).",
    [==[SMTP error from remote mail server after RCPT TO:<XXX@gmail.com>: 550-5.1.1 The email account that you tried to reach does not exist. Please try]==]),
  e(A, B, "userunknown", "suppress", VN, "The receiving address does not exist.",
    [==[Địa chỉ email nhận không tồn tại]==]),
  e(A, B, "userunknown", "suppress", ovh("fr-fr"), "The destination could not verify the address, most often an invalid destination address.",
    [==[550 Action demandée non effectuée : boîte aux lettres indisponible]==]),
  e(M, B, "mailboxfull", "suppress", ovh("fr-fr"), "The user has no space left to receive messages.",
    [==[Action de messagerie demandée interrompue : espace de stockage dépassé]==]),
  e(A, B, "userunknown", "suppress", ovh("fr-fr"), "Usually a wrong destination address.",
    [==[553 Action demandée non effectuée : adresse e-mail non autorisée]==]),
  e(M, B, "mailboxfull", "suppress", ovh("es-es"), "The user has no space left to receive messages.",
    [==[Petición de acción de correo interrumpida: espacio de almacenamiento superado]==]),
  e(A, B, "userunknown", "suppress", ovh("es-es"), "Usually a wrong destination address.",
    [==[553 Acción solicitada no realizada: dirección de correo electrónico no autorizada]==]),
  e(A, B, "userunknown", "suppress", ovh("it-it"), "Mostly an invalid destination address.",
    [==[Azione richiesta non effettuata: casella di posta non disponibile]==]),
  e(M, B, "mailboxfull", "suppress", ovh("it-it"), "The user has no space left to receive messages.",
    [==[552 Azione di messaggistica richiesta interrotta: spazio di storage superato]==]),
  e(A, B, "userunknown", "suppress", ovh("it-it"), "Usually a wrong destination address.",
    [==[Azione richiesta non effettuata: indirizzo email non autorizzato]==]),
  e(M, B, "mailboxfull", "suppress", ovh("pl-pl"), "The user has no space left to receive messages.",
    [==[552 Polecenie połączenia zostało przerwane: przekroczona przestrzeń dyskowa]==]),
  e(A, B, "userunknown", "suppress", ovh("pl-pl"), "Usually a wrong destination address.",
    [==[Operacja nie została wykonana: nieautoryzowany adres e-mail]==]),
  e(M, B, "mailboxfull", "suppress", ovh("pt-pt"), "The user has no space left to receive messages.",
    [==[Serviço de mensagens pedido interrompido: espaço de armazenamento ultrapassado]==]),
  e(A, B, "userunknown", "suppress", ovh("pt-pt"), "Usually a wrong destination address.",
    [==[553 Ação solicitada não efetuada: endereço de e-mail não autorizado]==]),
  e(A, B, "userunknown", "suppress", MSIT, "The destination address does not exist.",
    [==[Mailbox non trovata, Mailbox non valida o Utente sconosciuto]==]),
  e(A, B, "userunknown", "suppress", MSIT, "Mostly the same as mailbox not found.",
    [==[Mailbox non disponibile]==]),
  e(M, B, "mailboxfull", "suppress", MSIT, "The recipient's inbox holds too many messages to accept more.",
    [==[Casella di posta piena o Spazio disponibile superato]==]),
  e(A, B, "hostunknown", "suppress", MSIT, "The domain of the recipient's address does not exist.",
    [==[Host sconosciuto, Domain Lookup non riuscito]==]),
  e(A, B, "userunknown", "suppress", MSJA, "The address is wrong or no longer used.",
    [==[不明なアドレスです]==]),
  e(A, B, "userunknown", "suppress", MSJA, "The address is wrong or no longer used.",
    [==[ユーザーが見つかりません]==]),
  e(A, B, "userunknown", "suppress", MSJA, "The recipient address is not a usable one (its local part is malformed).",
    [==[無効な受信者です]==]),
  e(A, B, "userunknown", "suppress", "http://shbhlxxjs.com/onlineManualDetail161.html (Japanese hosting manual: errors when sending)",
    "The To: address does not exist or is wrong.",
    [==['550 5.1.1 <user@example.jp>... User unknown']==]),
  e(A, B, "hostunknown", "suppress", "https://thailandemailhosting.com/reject-message-as-spam-by-filltering/ (Thai mail host: example rejects)",
    "The recipient domain's MX records point to hosts that do not exist.",
    [==[Reject Message : MX records point to non-existent hosts or (invalidly) to IP addresses]==]),
  e(A, B, "userunknown", "suppress", "https://coviserver.de/e-mail-geblockt (German host: what a bounce says, the non-existent address example)",
    "5.1.0 normally says the recipient address does not exist.",
    [==[host 0815.maildomain.de[192.0.2.1] said: 550 #5.1.0 Address rejected. (in reply to RCPT TO command)]==]),

  -- issue threads
  e(M, B, "mailboxfull", "suppress", "https://github.com/anonaddy/anonaddy/issues/749",
    "The forwarding target is over its quota.",
    [==[552 5.2.2 : Recipient address rejected: User over quota]==]),
  e(A, B, "userunknown", "suppress", "https://github.com/OpenSMTPD/OpenSMTPD/issues/541 (the user lookup in the virtual users table found nothing)",
    "The recipient is not a known user.",
    [==[smtp-in: Failed command on session 7818378b78e6ffe0: "RCPT TO:<kanzer@darkmail.mx>" => 550 Invalid recipient]==]),
}
