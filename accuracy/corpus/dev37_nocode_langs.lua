-- Round 37 (replies whose words alone tell the cause): texts without a
-- code or an enhanced status, or with a bare basic code that names no
-- cause, from sources no earlier round drew on.  JAPANESE help pages:
-- the error-mail pages of ISPs and hosts (KCN, GMO's help desk, ICS,
-- Omakase, b-space, os-speedup) and Xserver's FAQ read through the code
-- index.  CHINESE: Alibaba Cloud DirectMail's table of its own refusal
-- codes, the replies two small SMTP servers written in Chinese send
-- (code index), and QQ's and NetEase's refusals quoted in Chinese
-- projects' issues.  CZECH/SLOVAK host: Active24's outgoing limit.
-- TURKISH and MALAY pages: a DSN headline and cPanel's defer limit.
-- ISSUE THREADS: rate limits (QQ's connection limit, an SMTP relay,
-- Mailu, concurrent connections), Postfix, Exim and Haraka texts of
-- the remote system and the network (a lost greeting, a DNS lookup for
-- now, a queued-for-days warning, Gmail's connect failure), OpenSMTPD's
-- and Postal's give-ups, a relay refusal, GMX's PTR refusal, sender
-- refusals (a domain not found, an address the login does not own).
-- Twenty-five entries were taken out before this commit: the hold-out
-- names their pages or threads (a Japanese ISP's page, a Chinese host's
-- keyword table, a Catalan network's page, and issue threads).
-- Labels follow what each source says, mapped by the policy of
-- accuracy/corpus/README.md, set before any classifier output was
-- seen: a full mailbox without a code bounced / suppress; a limit on
-- sending per time or per message ratelimited (throttle; deferred
-- without a code); an address or host that does not exist userunknown
-- / hostunknown (suppress); a lookup or connection that failed for now
-- networkerror (retry); the receiving side's own fault systemerror; a
-- queue lifetime or attempt count used up expired (contact); a bare
-- relay refusal norelaying (suppress); a sender refused for the account
-- it may use, or for a domain that does not exist, rejected (fix); a
-- refused command sequence syntaxerror (fix); a text that names no
-- cause undefined, as the corpus reads its copies.  Placeholders and
-- personal addresses are filled with example values (example.com/.net,
-- user1@..., 192.0.2.x).
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local A, O = "address", "other"
local B, D, U = "bounced", "deferred", "unknown"

local issue, ix = E.issue, E.index

local KCN = "https://www.kcn.jp/support/internet/komatta/mail.html (KCN, Japanese: return mails and what their messages mean)"
local GMO = "https://help-gmobb.dga.jp/faq_detail.html?category=49&id=1021046&page=1 (GMO BB help, Japanese: what to do when an error mail comes back)"
local ICS = "https://www.ics.ne.jp/iclusta2019/support/faq/index.htm (ICS, Japanese: FAQ on sending failures)"
local OMA = "https://member.omakase.jp/support/faq/tech.html (Omakase server service, Japanese: technical FAQ)"
local BSP = "https://www.b-space.net/okutta-mail-kaettekuru-error-message-check/ (b-space, Japanese: how to read the error in a returned mail)"
local OSS = "https://os-speedup.net/vista/archives/276 (os-speedup, Japanese: English return mails and their cause)"
local ALI = "https://www.alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions (Alibaba Cloud DirectMail, Chinese: its common return codes and how to handle them)"

local NOHOST = "The domain part of the recipient address does not exist (mistyped or gone): no host to deliver to."
local BIG = "The message (with its attachments) is larger than the receiving server accepts; send it smaller or split."
local RELAY = "The server refuses to relay the message for this client (here: a client that had not authenticated by POP before SMTP)."
local ALIQ = "DirectMail refuses the send because the account's sending quota (per day or month) is used up."

return {
  -- {==================================================================
  -- JAPANESE HELP PAGES
  -- ===================================================================
  e(A, B, "userunknown", "suppress", KCN,
    "The part left of the @ is wrong or does not exist (for a phone, the handset may also refuse mail from computers).",
    [==[Invalid recipient]==]),
  e(O, B, "emailtoolarge", "fix", KCN, BIG,
    [==[message size 26214400 exceeds size limit 20971520 of server mx.example.com]==]),
  e(A, B, "hostunknown", "suppress", KCN, NOHOST,
    [==[Host not found]==]),
  e(O, B, "mailboxfull", "suppress", GMO, "The recipient's mailbox is full and cannot receive; the recipient must delete mail.",
    [==[Message size exceeds remaining quota]==]),
  e(O, B, "mailboxfull", "suppress", GMO, "The recipient's mailbox is full and cannot receive; the recipient must delete mail.",
    [==[over quota]==]),
  e(A, B, "hostunknown", "suppress", GMO, NOHOST,
    [==[HOST unknown]==]),
  e(O, B, "mailboxfull", "suppress", ix("8459647867", "xserver.ne.jp support/faq/service_mail_trouble_not_receive_error.php, Japanese FAQ"),
    "The error mail sent when the receiving mailbox is over its capacity and the mail cannot be delivered.",
    [==[maildir over quota]==]),
  e(O, B, "norelaying", "suppress", ICS, RELAY,
    [==[Relay operation rejected]==]),
  e(O, B, "norelaying", "suppress", ICS, RELAY,
    [==[Relaying denied]==]),
  e(O, B, "mailboxfull", "suppress", OMA,
    "When the customer's mailbox is over its disk capacity the server takes no new mail, and the sender gets this return mail.",
    [==[Returned mail: Can't create output]==]),
  e(O, B, "mailboxfull", "suppress", BSP, "The recipient's mailbox is over its capacity.",
    [==[Mail box full]==]),
  e(O, B, "emailtoolarge", "fix", BSP, "The message is larger than the size that may be sent.",
    [==[Message size exceed maximum size]==]),
  e(O, B, "emailtoolarge", "fix", OSS, "The message is larger than the server's per-message limit; compress or shrink it.",
    [==[that message size exceeds my databytes limit]==]),

  -- {==================================================================
  -- CHINESE PAGES
  -- ===================================================================
  e(O, B, "securityerror", "fix", ALI, "Authentication failed: check the server address, sending address and password.",
    [==[535 Authentication failure.]==]),
  e(O, D, "rejected", "retry", ALI,
    "The MAIL FROM must be the authenticated account's own sending address; a different address is refused.",
    [==[436 "MAIL FROM" doesn't conform with authentication [@sm060104] (Auth Account:service1@example.com|Mail Account:service2@example.com)]==]),
  e(O, B, "ratelimited", "throttle", ALI, "The message has more recipients than one message may carry.",
    [==[556 The number of RCPTs is over size]==]),
  e(O, B, "emailtoolarge", "fix", ALI, "The message is larger than the size limit.",
    [==[557 The length of DATA content is achieved the maximum threshold]==]),
  e(O, D, "networkerror", "retry", ALI, "The MX lookup of the recipient's domain failed; the recipient should check the domain's MX records.",
    [==[423 Dns resolve error]==]),
  e(O, B, "ratelimited", "throttle", ALI, ALIQ,
    [==[552 Monthly sending quota exceeded]==]),
  e(O, B, "ratelimited", "throttle", ALI, ALIQ,
    [==[552 Not enough sending quota]==]),
  e(O, B, "spamdetected", "fix", ALI, "The message was judged spam; change the content and send again.",
    [==[554 Reject by content spam]==]),
  e(O, B, "filtered", "suppress", ALI, "The recipient address is a honeypot (spam trap) address; DirectMail does not send to it.",
    [==[561 Honeypot rcptto [@out060104]]==]),
  e(O, B, "syntaxerror", "fix", ALI, "The value of the X-AliDM-Settings header is not a valid setting.",
    [==[504 Invalid setting [@sm190210]]==]),
  e(A, B, "userunknown", "suppress", ix("20269617443", "a Java SMTP server's RCPT handler, Chinese replies"),
    "The server answers RCPT TO for a user it does not have: the recipient does not exist.",
    [==[550 收件人不存在]==]),
  e(O, B, "syntaxerror", "fix", ix("20269617443", "a Java SMTP server's command handler, Chinese replies"),
    "The client sent a command before EHLO/HELO: a wrong command order.",
    [==[503 请先发送EHLO或HELO命令]==]),
  e(O, B, "syntaxerror", "fix", ix("20269617443", "a Java SMTP server's RCPT handler, Chinese replies"),
    "The RCPT TO command is malformed.",
    [==[501 无效的RCPT TO命令]==]),
  e(O, B, "systemerror", "contact", ix("20269617443", "a Java SMTP server's command loop, Chinese replies"),
    "An exception inside the server while it handled the command: the server's own failure.",
    [==[500 处理命令时发生错误]==]),
  e(A, B, "userunknown", "suppress", ix("53348160761", "a NestJS inbound SMTP service on smtp-server, Chinese replies"),
    "The recipient is not an account registered with this service.",
    [==[550 收件人未在本服务注册: user1@example.com]==]),

  -- {==================================================================
  -- OTHER LANGUAGES' PAGES
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", "https://faq.active24.com/eng/588328-Common-e-mail-problems-Quota-exceeded-Greylisting (Active24: common e-mail problems, quota exceeded)",
    "Active24's outgoing servers take only so many messages per hour from a mailbox; the sender must wait an hour or use the bulk server.",
    [==[Recipient address rejected: Policy Rejection - Quota Exceeded.]==]),
  e(O, B, "undefined", "suppress", "http://alinweb.blogspot.com/2010/12/postmaster-nedir.html (a Turkish blog on Delivery Status Notifications)",
    "The mail did not reach the listed addresses: either the addresses are wrong or the users' mailboxes are full.",
    [==[This is an automatically generated Delivery Status Notification. Delivery to the following recipients failed.]==]),
  e(O, D, "ratelimited", "throttle", "https://billing.netkl.com/knowledgebase/152/-Domain-has-exceeded-the-max-defers-and-failures-per-hour-5or5-100-allowed.-Message-discarded.----cPanel.html (NetKL, English and Malay)",
    "The sending domain had too many failed or deferred messages this hour; the server stops its mail until the next hour.",
    [==[Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.]==]),

  -- {==================================================================
  -- ISSUE THREADS
  -- ===================================================================
  e(O, B, "ratelimited", "throttle", issue("ssrpanel/SSRPanel", 1324, "notification mail sent in bursts"),
    "The mail provider limits how often a client may connect; the panel's bursts of notices hit the limit.",
    [==[Expected response code 250 but got code "550", with message "550 Connection frequency limited "]==]),
  e(O, D, "ratelimited", "throttle", issue("logstash-plugins/logstash-output-email", 40, "the SMTP server's answer to the plugin"),
    "The SMTP server refuses because too much mail is being sent; to try later.",
    [==[Too many outgoing mail, pleasy try it later]==]),
  e(O, D, "ratelimited", "throttle", issue("Mailu/Mailu", 2416, "the rate limit on authenticated senders"),
    "Mailu's message rate limit for a logged-in sender was reached (MESSAGE_RATELIMIT).",
    [==[SASL login name rejected: You are sending too many emails too fast.]==]),
  e(O, D, "networkerror", "retry", issue("rubima/rubima", 133, "mail to the editors' list not delivered"),
    "Gmail could not connect to the list's server (connection timed out) and keeps trying.",
    [==[Technical details of temporary failure: The recipient server did not accept our requests to connect. Learn more at http://support.google.com/mail/bin/answer.py?answer=7720 [(10) mail.example.net. [192.0.2.155]:25: Connection timed out]]==]),
  e(O, D, "networkerror", "retry", issue("haraka/Haraka", 568, "Haraka's own bounce reason"),
    "Haraka tried every MX of the recipient's domain and each failed; the reason names no refusal of the remote side.",
    [==[Too many failures (Tried all MXs)]==]),
  e(O, U, "undefined", "contact", issue("haraka/Haraka", 848, "the bounce gives no SMTP reply"),
    "Haraka's bounce names no cause: the remote server's actual refusal (a blocklist) was only in the log.",
    [==[Failure Reason: Error: Some recipients failed: <user1@example.org>]==]),
  e(O, B, "norelaying", "suppress", issue("postalserver/postal", 647, "some messages hard fail"),
    "The recipient's server refused to relay: the problem is on the recipient's side.",
    [==[550 relay not permitted!]==]),
  -- {==================================================================
  -- MORE ISSUE THREADS (no code, or a bare code whose words tell)
  -- ===================================================================
  e(O, D, "networkerror", "retry", issue("YoRyan/mailrise", 117, "Postfix's queue while the relay was down"),
    "Postfix could not talk to the next hop (the connection was lost before its greeting) and keeps the mail queued.",
    [==[delivery temporarily suspended: lost connection with mailrise01.example.net[192.168.8.16] while receiving the initial server greeting]==]),
  e(O, B, "expired", "contact", E.github("OpenSMTPD/OpenSMTPD", "pull", 1133, "the status OpenSMTPD gives an expired envelope"),
    "The envelope stayed in the queue past its lifetime and OpenSMTPD gave it up.",
    [==[Envelope expired]==]),
  e(O, B, "expired", "contact", issue("postalserver/postal", 399, "Postal giving up on a deferring receiver"),
    "Postal gave up after its maximum number of delivery attempts and suppressed the address.",
    [==[Maximum number of delivery attempts (18) has been reached. Added user1@yahoo.com to suppression list because delivery has failed 18 times.]==]),
  e(O, D, "networkerror", "retry", issue("mail-in-a-box/mailinabox", 1607, "mail to one domain deferred"),
    "The MX lookup of the recipient's domain failed for now (SERVFAIL); Postfix keeps the mail and tries again.",
    [==[Host or domain name not found. Name service error for name=example.es type=MX: Host not found, try again]==]),
  e(O, D, "networkerror", "retry", issue("mailcow/mailcow-dockerized", 3746, "mail to one domain deferred"),
    "The MX lookup of one recipient domain failed for now; other senders reach it.",
    [==[(Host or domain name not found. Name service error for name=example.it type=MX: Host not found, try again)]==]),
  e(O, D, "ratelimited", "throttle", issue("PHPMailer/PHPMailer", 2070, "the hosting server refusing the site's mail"),
    "The server allows only so many concurrent SMTP connections from the client; to try later.",
    [==[421 Too many concurrent SMTP connections; please try again later.]==]),
  e(O, B, "policyviolation", "fix", issue("NethServer/dev", 5779, "the mail filter's new rejection messages"),
    "The filter refuses a message whose attachment has a forbidden file-name extension.",
    [==[Forbidden attachment name extension]==]),
  e(O, D, "undefined", "retry", issue("mozilla/fx-private-relay", 1116, "Relay's notice of a soft bounce"),
    "Relay got a soft bounce from the user's provider (no connection, or a full mailbox: it does not say which) and will try again.",
    [==[We are currently unable to send email to user1@hotmail.com. We received a soft “bounce” from your email provider when trying to forward emails to you. This can happen if Relay couldn’t connect to your email provider, or if your mailbox was full. We will try again on 20/09/2021 2:23 a.m..]==]),
  e(O, D, "undefined", "retry", issue("hestiacp/hestiacp", 2828, "Exim's delay warning for mail to Gmail"),
    "Exim's warning that the message has sat in its queue for three days; it goes on trying and names no cause.",
    [==[A message that you sent has not yet been delivered to one or more of its recipients after more than 72 hours on the queue on mail.example.tk.]==]),
  e(O, B, "rejected", "fix", issue("BoostIO/Homepage", 55, "sign-in mail from a sender domain that does not exist"),
    "The receiving Postfix refuses the mail because the sender's domain does not resolve; the sending side must create the domain's DNS records.",
    [==[boostmails-marketing.example.io>: Sender address rejected: Domain not found]==]),
  e(O, B, "emailtoolarge", "fix", issue("freescout-help-desk/freescout", 318, "Google refusing a large message over SMTP"),
    "The provider refuses a message larger than its limit (10 MB) for SMTP submission.",
    [==[Send error. Expected response code 250 but got code "554", with message "554 Message rejected: Stream is more than 10485760 bytes long. "]==]),
  e(O, B, "spamdetected", "fix", issue("Jinnrry/PMail", 220, "forwarding to QQ refused"),
    "QQ Mail refuses the forwarded message for its content (its help page 122/171).",
    [==[550 Mail content denied [MJ8vvB3Z9HILDyk+wodtP4MX11azy2kRSERV7gfPvneArAnaGVv31DttVmD2vtJv1Q== IP: 192.0.2.10]. https://service.mail.qq.com/detail/122/171.]==]),
  e(O, B, "spamdetected", "fix", issue("sansan0/TrendRadar", 373, "QQ Mail refusing a digest"),
    "QQ Mail's SMTP refuses the message because its content looks inappropriate (spam-like words).",
    [==[(550, b'The mail may contain inappropriate words or content.')]==]),
  e(O, B, "ratelimited", "throttle", issue("ComsenzDiscuz/DiscuzX", 2, "NetEase enterprise mail's daily quota"),
    "NetEase enterprise mail refuses further messages once the account's daily sending quota (100) is used up; it resets at midnight.",
    [==[DATA - 554 5.5.0 MI:STC .For more information, please visit xxxxxx]==]),
  e(O, B, "rejected", "fix", issue("open-falcon/mail-provider", 6, "NetEase refusing the sender"),
    "NetEase refuses the sending account: its SMTP client access is not enabled (the account's permission), to be switched on by the sender.",
    [==[550 User has no permission]==]),
  e(O, B, "requireptr", "fix", issue("OpenSMTPD/OpenSMTPD", 446, "GMX's banner refusal"),
    "GMX refuses the connection because the sending IP's reverse DNS (PTR) record is bad.",
    [==[554-gmx.net (mxgmx008) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.41&c=rdns]==]),
  e(O, D, "networkerror", "retry", issue("namshi/docker-smtp", 49, "Exim deferring mail to Gmail"),
    "Exim's DNS lookup of the recipient's domain did not complete; the message is deferred.",
    [==[== test@gmail.com R=dnslookup defer (-1): host lookup did not complete]==]),
  e(O, B, "rejected", "fix", issue("samuelaguilera/sar-friendly-smtp", 12, "WordPress mail refused by the SMTP server"),
    "The submission server refuses a sender address that the logged-in user does not own.",
    [==[SMTP Error: The following recipients failed: user1@example.com: : Sender address rejected: not owned by user uek266c]==]),
}
