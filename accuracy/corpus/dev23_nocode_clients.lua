-- Round 23 (clients): what sending programs and mail libraries log when
-- a message could not be handed over, often without a reply code or in
-- the program's own words around one: Go's net dialer, Ruby's Net::SMTP
-- and ActionMailer, Python's smtplib, Node's nodemailer, JavaMail,
-- .NET's SmtpClient, Objective-C MailCore, and PHPMailer's error texts
-- in twelve languages (its language files, one per locale: could not
-- connect, connect() failed, could not authenticate, the From address
-- failed).
-- Sources: public issue threads quoting the error (the maintainer's or
-- reporter's diagnosis gives the meaning) and PHPMailer's language
-- files (github.com/PHPMailer/PHPMailer language/phpmailer.lang-*.php;
-- the key's meaning is the English original's).  Labels follow what each
-- source says went wrong, mapped by the policy of
-- accuracy/corpus/README.md.  These programs keep no queue: a failed
-- connection, name lookup or TLS set-up leaves the message unsent and it
-- can be sent again, so without a code the outcome is deferred; a failed
-- authentication or a missing STARTTLS is our setup's fault and lasts
-- until fixed (bounced, fix), as round 15 labelled the same keys of
-- Thunderbird's catalogue.  Set before any classifier output was seen.
-- Texts are quoted as the threads show them; stack-trace lines after the
-- message are left out.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local O, A = "other", "address"
local B, D = "bounced", "deferred"

local gh = E.issue
local function pr (repo, n, what) return E.github(repo, "pull", n, what) end
local function pm (loc, key, lang)
    return "github.com/PHPMailer/PHPMailer language/phpmailer.lang-" .. loc .. ".php (" .. key .. ", " .. lang .. ")"
end
local CONNECT = "PHPMailer could not connect to the SMTP host: nothing was sent; the English original is 'SMTP Error: Could not connect to SMTP host.'"
local AUTH = "PHPMailer could not authenticate to the SMTP server: the credentials or method must be corrected; the English original is 'SMTP Error: Could not authenticate.'"
local SMTPCONN = "PHPMailer's connection to the SMTP server failed: nothing was sent; the English original is 'SMTP connect() failed.'"
local FROM = "The SMTP server refused the envelope sender PHPMailer gave (MAIL FROM failed); the English original is 'The following From address failed: '"
local NOTE_FROM = "judgment call: the sender refused (rejected), bounced/fix; the server's own reason is not part of this text; the address is an example value"
local NOTE_AUTH = "judgment call: bounced/fix for a failed login, as round 15 labelled Thunderbird's smtpAuthFailure"

return {
  -- {==================================================================
  -- Name lookups, connections and timeouts on the sending side
  -- ===================================================================
  e(O, D, "networkerror", "retry", gh("gophish/gophish", 570, "Gophish on Windows, sending profile smtp.gmail.com:587"),
    "The sending host could not resolve the SMTP server's name; a firewall was blocking it, and once fixed mail went out.",
    [==[dial tcp: lookup smtp.gmail.com: getaddrinfow: No such host is known.]==]),
  e(O, D, "networkerror", "retry", gh("gophish/gophish", 887, "Gophish test mail"),
    "The SMTP host name in the sending profile does not resolve (the maintainer: not a valid hostname); the message was not sent.",
    [==[dial tcp: lookup smtp.bliibli.com on 8.8.8.8:53 no such host]==],
    "judgment call: deferred networkerror like the other name-lookup failures of sending programs, though the cause lasts until the profile is fixed"),
  e(O, D, "networkerror", "retry", gh("knadh/listmonk", 1859, "listmonk test mail through SendGrid"),
    "Looking up the SMTP relay's name timed out; the maintainer: a network or firewall issue.",
    [==[Error: dial tcp: lookup smtp.sendgrid.net: i/o timeout]==]),
  e(O, D, "networkerror", "retry", gh("yanokohei/goenbako", 171, "ActionMailer in production"),
    "The application tried to deliver through localhost port 25, where no mail server listens; the connection was refused.",
    [==[Errno::ECONNREFUSED (Connection refused - connect(2) for "localhost" port 25)]==]),
  e(O, D, "networkerror", "retry", gh("mikel/mail", 726, "Ruby mail gem"),
    "The connection to the SMTP server was refused; the gem did not catch the exception.",
    [==[/usr/local/lib/ruby/2.0.0/net/smtp.rb:541:in `initialize': Connection refused - connect(2) (Errno::ECONNREFUSED)]==]),
  e(O, D, "networkerror", "retry", gh("kootenpv/yagmail", 104, "yagmail to Gmail"),
    "The sending machine had no route to the SMTP server; a network problem on the sending side.",
    [==[socket.error: [Errno 101] Network is unreachable]==]),
  e(O, D, "networkerror", "retry", gh("selfteaching/selfteaching-python-camp", 2302, "Python smtplib on Chinese Windows"),
    "Chinese Windows' connection timeout (the peer did not answer in time); a maintainer: the network was poor, try again.",
    [==[TimeoutError:由于连接方在一段时间后没有正确答复或连接的主机没有反应，连接尝试失败]==]),
  e(O, D, "networkerror", "retry", gh("OnyxfireInc/OnyxBackupVM", 20, "backup report mail"),
    "The SMTP connection closed on a timeout; the maintainer: a client-side connection problem.",
    [==[(!) Email report failed to send: Connection unexpectedly closed: timed out]==]),
  e(O, D, "networkerror", "retry", gh("nodemailer/nodemailer", 830, "nodemailer"),
    "The connection closed before the SMTP transaction finished; the maintainer: probably a wrong SMTP configuration or a network problem.",
    [==[Unexpected socket close]==]),
  e(O, D, "networkerror", "retry", gh("nodemailer/nodemailer", 1113, "nodemailer to smtp.yandex.ru"),
    "The DNS query for the SMTP server's name was refused; the maintainer: a DNS resolving issue on the sending system.",
    [==[{ Error: queryA EREFUSED smtp.yandex.ru
    at QueryReqWrap.onresolve [as oncomplete] (dns.js:196:19)
  errno: 'EREFUSED',
  code: 'EDNS',
  syscall: 'queryA',
  hostname: 'smtp.yandex.ru',
  command: 'CONN' }]==]),
  e(O, D, "systemerror", "retry", gh("nodemailer/nodemailer", 1133, "nodemailer through Gmail"),
    "Gmail deferred the message at DATA with a temporary system problem; the maintainer: try again after a while.",
    [==[Error while sending email Error: Data command failed: 421 4.3.0 Temporary System Problem.  Try again later (10). c124sm10820896qke.13 - gsmtp.]==]),
  e(O, D, "ratelimited", "throttle", gh("exercism/website", 7025, "ActionMailer error report"),
    "The sending service refused the login while the account had too many connections open; try again later.",
    [==[Net::SMTPAuthenticationError in ActionMailer::MailDeliveryJob@mailers
421 Throttling failure: Too many open connection from Account. Try again later.]==]),

  -- {==================================================================
  -- Authentication and TLS of our own submission
  -- ===================================================================
  e(O, B, "securityerror", "fix", gh("andrewdavey/postal", 127, ".NET SmtpClient through Postal"),
    "The server refused a sender address of its own domain from an unauthenticated client; fixed by authenticating.",
    [==[System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: If MAIL FROM is local then you must authenticate]==],
    ".NET's 'Mailbox unavailable' is its wording for reply code 550; the cause named is authentication, not a mailbox"),
  e(O, B, "securityerror", "fix", gh("zhuangjinxin/issues", 5, "Spring JavaMailSender"),
    "The client requires STARTTLS but the server does not offer it; the setup must change.",
    [==[javax.mail.MessagingException: STARTTLS is required but host does not support STARTTLS]==],
    "judgment call: bounced/fix, as round 15 labelled Thunderbird's startTlsFailed"),
  e(O, B, "securityerror", "fix", gh("mmarodin/icinga2-plugins", 11, "Python notification script"),
    "No authentication method was usable because the script did not start TLS first; the reporter added STARTTLS.",
    [==[smtplib.SMTPException: No suitable authentication method found]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", gh("louislam/uptime-kuma", 3434, "Uptime Kuma with QQ Mail"),
    "QQ Mail refused the login: an authorization code, not the account password, must be used.",
    [==[Error: Invalid login: 535 Login Fail. Please enter your authorization code to login. More information in http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256]==]),
  e(O, B, "securityerror", "fix", gh("pandolia/qqbot", 221, "Python smtplib with QQ Mail"),
    "QQ Mail refused the login; the maintainer: the correct IMAP/SMTP authorization code was not given.",
    [==[SMTPAuthenticationError: (535, 'Error: \xc7\xeb\xca\xb9\xd3\xc3\xca\xda\xc8\xa8\xc2\xeb\xb5\xc7\xc2\xbc\xa1\xa3\xcf\xea\xc7\xe9\xc7\xeb\xbf\xb4: http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=28&&no=1001256')]==],
    "The Chinese text (GBK) is shown as Python byte escapes, as in the thread."),
  e(O, B, "securityerror", "fix", gh("jarvis2f/ais-ninja", 15, "nodemailer through Outlook"),
    "Outlook's submission server refused the login: authentication unsuccessful.",
    [==[Error: Invalid login: 535 5.7.3 Authentication unsuccessful [MN2PR12CA0030.namprd12.prod.outlook.com 2023-07-24T04:02:53.875Z 08DB8B9C4FC88489]]==]),
  e(O, B, "securityerror", "fix", pr("andris9/simplesmtp", 7, "Naver's submission server"),
    "Naver's server advertises AUTH PLAIN but fails it; the login must use another method.",
    [==[{ [AuthError: Invalid login - 553 5.3.0 Auth failure] name: 'AuthError']==]),

  -- {==================================================================
  -- A recipient refused, as a client library words it
  -- ===================================================================
  e(A, B, "userunknown", "suppress", gh("MailCore/MailCore", 57, "MailCore on iOS"),
    "The server answered 550 to RCPT TO; the maintainer: typically the address does not exist on that server, mostly a permanent error.",
    [==[Error Domain=mailcore Code=10 "Mailbox unavailable" UserInfo=0xb81d9c0 {NSLocalizedDescription=Mailbox unavailable}]==],
    "judgment call: the library's 'Mailbox unavailable' stands for the 550 the reporter saw at RCPT"),

  -- {==================================================================
  -- PHPMailer's texts in twelve languages
  -- ===================================================================
  e(O, D, "networkerror", "retry", pm("de", "connect_host", "German"), CONNECT,
    [==[SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen.]==]),
  e(O, D, "networkerror", "retry", pm("fr", "connect_host", "French"), CONNECT,
    [==[Erreur SMTP : impossible de se connecter au serveur SMTP.]==]),
  e(O, D, "networkerror", "retry", pm("es", "connect_host", "Spanish"), CONNECT,
    [==[Error SMTP: Imposible conectar al servidor SMTP.]==]),
  e(O, D, "networkerror", "retry", pm("it", "connect_host", "Italian"), CONNECT,
    [==[SMTP Error: Impossibile connettersi all'host SMTP.]==]),
  e(O, D, "networkerror", "retry", pm("pt_br", "connect_host", "Brazilian Portuguese"), CONNECT,
    [==[Erro de SMTP: Não foi possível conectar ao servidor SMTP.]==]),
  e(O, D, "networkerror", "retry", pm("nl", "connect_host", "Dutch"), CONNECT,
    [==[SMTP-fout: kon niet verbinden met SMTP-host.]==]),
  e(O, D, "networkerror", "retry", pm("pl", "connect_host", "Polish"), CONNECT,
    [==[Błąd SMTP: Nie można połączyć się z wybranym hostem.]==]),
  e(O, D, "networkerror", "retry", pm("ru", "connect_host", "Russian"), CONNECT,
    [==[Ошибка SMTP: не удается подключиться к SMTP-серверу.]==]),
  e(O, D, "networkerror", "retry", pm("ja", "connect_host", "Japanese"), CONNECT,
    [==[SMTPエラー: SMTPホストに接続できませんでした。]==]),
  e(O, D, "networkerror", "retry", pm("ko", "connect_host", "Korean"), CONNECT,
    [==[SMTP 오류: SMTP 호스트에 접속할 수 없습니다.]==]),
  e(O, D, "networkerror", "retry", pm("zh_cn", "connect_host", "Simplified Chinese"), CONNECT,
    [==[SMTP 错误：无法连接到 SMTP 主机。]==]),
  e(O, D, "networkerror", "retry", pm("tr", "connect_host", "Turkish"), CONNECT,
    [==[SMTP Hatası: SMTP sunucusuna bağlanılamadı.]==]),
  e(O, B, "securityerror", "fix", pm("de", "authenticate", "German"), AUTH,
    [==[SMTP-Fehler: Authentifizierung fehlgeschlagen.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("fr", "authenticate", "French"), AUTH,
    [==[Erreur SMTP : échec de l'authentification.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("es", "authenticate", "Spanish"), AUTH,
    [==[Error SMTP: Imposible autentificar.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("ru", "authenticate", "Russian"), AUTH,
    [==[Ошибка SMTP: ошибка авторизации.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("ja", "authenticate", "Japanese"), AUTH,
    [==[SMTPエラー: 認証できませんでした。]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("zh_cn", "authenticate", "Simplified Chinese"), AUTH,
    [==[SMTP 错误：登录失败。]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("it", "authenticate", "Italian"), AUTH,
    [==[SMTP Error: Impossibile autenticarsi.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("pt_br", "authenticate", "Brazilian Portuguese"), AUTH,
    [==[Erro de SMTP: Não foi possível autenticar.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("nl", "authenticate", "Dutch"), AUTH,
    [==[SMTP-fout: authenticatie mislukt.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("pl", "authenticate", "Polish"), AUTH,
    [==[Błąd SMTP: Nie można przeprowadzić uwierzytelnienia.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("ko", "authenticate", "Korean"), AUTH,
    [==[SMTP 오류: 인증할 수 없습니다.]==], NOTE_AUTH),
  e(O, B, "securityerror", "fix", pm("tr", "authenticate", "Turkish"), AUTH,
    [==[SMTP Hatası: Oturum açılamadı.]==], NOTE_AUTH),
  e(O, D, "networkerror", "retry", pm("de", "smtp_connect_failed", "German"), SMTPCONN,
    [==[Verbindung zum SMTP-Server fehlgeschlagen.]==]),
  e(O, D, "networkerror", "retry", pm("fr", "smtp_connect_failed", "French"), SMTPCONN,
    [==[Échec de la connexion SMTP.]==]),
  e(O, D, "networkerror", "retry", pm("nl", "smtp_connect_failed", "Dutch"), SMTPCONN,
    [==[SMTP Verbinding mislukt.]==]),
  e(O, D, "networkerror", "retry", pm("ru", "smtp_connect_failed", "Russian"), SMTPCONN,
    [==[Ошибка соединения с SMTP-сервером]==]),
  e(O, D, "networkerror", "retry", pm("ko", "smtp_connect_failed", "Korean"), SMTPCONN,
    [==[SMTP 연결을 실패하였습니다.]==]),
  e(O, D, "networkerror", "retry", pm("zh_cn", "smtp_connect_failed", "Simplified Chinese"), SMTPCONN,
    [==[SMTP服务器连接失败。]==]),
  e(O, B, "rejected", "fix", pm("de", "from_failed", "German"), FROM,
    [==[Die folgende Absenderadresse ist nicht korrekt: user1@example.com]==], NOTE_FROM),
  e(O, B, "rejected", "fix", pm("fr", "from_failed", "French"), FROM,
    [==[L'adresse d'expéditeur suivante a échouée : user1@example.com]==], NOTE_FROM),
  e(O, B, "rejected", "fix", pm("es", "from_failed", "Spanish"), FROM,
    [==[La siguiente dirección de remitente falló: user1@example.com]==], NOTE_FROM),
  e(O, B, "rejected", "fix", pm("ru", "from_failed", "Russian"), FROM,
    [==[Неверный адрес отправителя: user1@example.com]==], NOTE_FROM),
}
