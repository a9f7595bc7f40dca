-- Built-in last-resort phrase rules: cue words that name a cause other
-- than the address, for replies no more specific phrase recognised.
--
-- These rules sit in the "phrases" layer after the English and the other
-- languages' rules (rules/phrases.lua, rules/intl.lua): first match wins
-- inside a layer, so every address phrase ("user unknown", "recipient
-- address rejected", "mailbox full", ...) has already had its say and a
-- reply such as "550 user unknown (192.0.2.1)" never reaches them.  What
-- reaches them would otherwise fall to the reply code's default (550 ->
-- userunknown -> suppress), although the text names another cause:
--   fallback.local        the delivering side's own program failed
--   fallback.blocked      a block, ban, blacklisting or denial of access
--   fallback.refused      a bare refusal naming no cause (policy)
--   fallback.ip-literal   a refusal that quotes an IPv4 address (ours)
--   fallback.header       a message header refused as invalid/missing
--   fallback.network      the way there failed (closed, unreachable, ...)
--   fallback.credentials  our own login/authentication was refused
--   fallback.identity     our name or address taken for a forgery
--   fallback.unwelcome    "not welcome", "not accepted here", a denial
--   fallback.policy       a refusal that only names a policy
--   fallback.message      the message (not its recipient) refused, bare
--   fallback.format       the message's lines or encoding refused
--   fallback.size         the message too big, in other words
--   fallback.threat       a threat (malware) found, in other words
--   fallback.sender       our sender refused, no cause named
--   fallback.empty        the message refused as empty or too short
--   fallback.rdns         our IP's reverse DNS (PTR) missing or not resolving
--   fallback.helo         our HELO/EHLO name refused, in any words
--   fallback.rate         our sending too often or over a sending limit
--   fallback.server       the receiving server's own storage or memory failed
--   fallback.tld          our host or sender in a reserved or unknown domain
-- Each rule still refuses texts that speak of a user, mailbox, recipient
-- or account, so an address failure in unusual words keeps its default.
-- The last three take only the codes whose default would blame the
-- address or retry (4xx, 55x, 521, 556, none): a 50x protocol reply
-- keeps the code's syntax error.
local r = require "smtpbounce.rules.rule"

-- words that make a reply about the address after all, in English and
-- in the other languages the cue lists below use (rules/rule.lua): a rule
-- that takes a foreign cue word refuses the foreign ones as well
local ADDRESS, INTL_ADDRESS = r.ADDRESS, r.INTL_ADDRESS

-- the codes whose default the newer rules stand in for
local NOT_PROTOCOL = { "4xx", "55x", 521, 556, 0 }

local with = r.with

-- the address words in all the languages above, for the rules that take
-- foreign cue words
local ADDRESS_ALL = with(ADDRESS, INTL_ADDRESS)

return {
    rules = {
        -- the delivering side's own program failed (a delivery agent or
        -- filter command that died, a file it could not create): the
        -- system's trouble, whatever the code; before the refusal rules,
        -- whose "denied" a "Permission denied" would otherwise read
        r("fallback.local", "systemerror", {
            "command died", "terminated abnormally", "exit status",
            "permission denied", "unable_to_run", "unable to run",
            "can't create", "cannot create", "could not create",
            "not executable",
            -- its directory lookups or file systems failed (qmail-ldap:
            -- "Unable to login into LDAP server", "NFS failure")
            "ldap connection", "ldap server", "ldap lookup", "ldap error",
            "nfs failure", "trouble reading",
        }, {
          -- (no space left is the system's fullness; sendmail's "Can't
          -- create output" is most often the mailbox's)
          none = with(ADDRESS, { "relay", "spam", "blocked", "policy", "space",
                                 "disk", "storage", "quota", "output" }),
          examples = {
              { reply = [=[Command died with status 255: "procmail -a "$EXTENSION""]=],
                source = "https://pastebin.com/8H3mTzMM (Postfix local(8) delivery to a command)" },
              { reply = [=[delivery 245: failure: Unable_to_run_qmail-remote./]=],
                source = "https://github.com/notqmail/notqmail/issues/244" },
              { reply = [=[NFS failure in qmail-local.]=],
                source = "github.com/qmail-ldap/qmail-ldap qmail-lspawn.c report() (delivery-agent text, temporary)" },
          },
        }),

        -- a refusal worded as a block, a ban or a denial of access, with
        -- nothing else named: only the receiving postmaster can say more
        r("fallback.blocked", "blocked", {
            "blocked", "blacklisted", "blocklisted", "denylisted", "banned",
            "access denied", "access refused", "your access",
            "access is denied", "access is refused", "access has been denied",
            "access was denied", "access has been refused",
            -- a denial of the connection, or of a class of senders
            -- (infected hosts, whole regions)
            "denial of", "zombie", "botnet", "geographical",
            -- our client, host or server not authorised to connect or send
            "client not authori", "client is not authori", "host not authori",
            "host is not authori", "server not authori", "server is not authori",
            "ip not authori", "not authorized to connect", "not allowed to connect",
            "sending server rejected", "sending host rejected",
            -- our region or location refused as such
            "from your location",
            -- our server or network not trusted, or refused as such
            "not trusted", "untrusted", "from your network", "your network is",
            -- "access denied" in other languages (German, Spanish, French,
            -- Italian, Portuguese, Dutch, Polish, Russian)
            "zugriff verweigert", "zugang verweigert", "acceso denegado",
            "accès refusé", "acces refuse", "accesso negato", "acesso negado",
            "toegang geweigerd", "odmowa dostępu", "odmowa dostepu",
            "доступ запрещен", "доступ запрещён",
            -- "blocked" and "on a blacklist" in those languages (and
            -- Chinese, Japanese): bloquée/bloqueado, bloccato, geblokkeerd,
            -- zablokowany, заблокирован; liste noire, lista negra, ...
            "gesperrt", "blockiert", "bloqu", "bloccat", "geblokkeerd",
            "blokkeerd", "zablokowan", "blokowan", "заблокирован", "блокирован",
            "schwarze liste", "blacklist", "liste noire", "lista negra",
            "lista nera", "zwarte lijst", "czarna lista", "czarnej liście",
            "czarnej liscie", "черном списке", "чёрном списке", "черный список",
            "черного списка", "чёрного списка", "черных списков", "блеклист",
            "блэклист",
            "黑名单", "ブラックリスト",
            -- a block list in German, Dutch, French, Spanish, Italian,
            -- Portuguese, Turkish, Chinese, Japanese, Korean
            "sperrliste", "blockliste", "blocklijst", "liste de blocage",
            "lista de bloqueo", "lista di blocco", "lista de bloqueio",
            "kara liste", "黑名單", "ブロックリスト", "블랙리스트", "차단 목록",
            -- our IP refused as an end-user one (dynamic, dial-up,
            -- residential) that should send through its provider's relay
            "dynamic ip", "dynamic-ip", "dynip", "dynamic address",
            "dynamically assigned", "dynamically allocated", "dynamic pool",
            "dynamic host", "dialup", "dial-up", "residential",
            "your isp", "your provider", "smarthost", "smart host",
            "relay at your", "direct delivery", "deliver directly",
            "send directly", "directly to our",
            -- our country refused as such
            "your country", "from your region",
            -- "the connection was refused" in Chinese and Japanese bounce
            -- explanations (the receiving server refusing our connection)
            "连接被拒绝", "連線被拒絕", "接続が拒否", "接続を拒否",
        }, {
          none = with(ADDRESS_ALL, { "content", "attachment", "file", "virus",
                                     "malware", "size" }),
          examples = {
              { reply = [=[550 Blocked]=],
                source = "https://smtp.codes/550 (Barracuda)" },
              { reply = [=[554 Refused. Access is denied.]=],
                source = "github.com/chrisboulton/spamdyke spamdyke/spamdyke.h ERROR_ACCESS_DENIED" },
              { reply = "550-AOL no longer accepts connections from dynamically assigned\n"
                        .. "550-IP addresses to our relay servers.  Please contact your ISP\n"
                        .. "550 to have your mail redirected through your ISP's SMTP servers.",
                source = "a sendmail notice of 2001 quoted in OpenACS acs-tcl html-to-text test data (code index file id 45006097241)" },
              { reply = [=[450 Temporary denial of connection (450) for Zombie matches (ERS)]=],
                action = "throttle",
                source = "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes" },
          },
        }),

        -- a bare refusal that names no cause at all ("Denied", sendmail's
        -- default text for a milter's reject, "Command rejected"): the
        -- receiver's policy refused the transaction, not the address
        r("fallback.refused", "policyviolation", {
            "command rejected", "command refused", "denied", "forbidden",
            "prohibited", "not permitted", "not allowed",
            -- "not allowed / permitted" in German, French, Spanish,
            -- Italian, Portuguese, Polish, Swedish, Finnish, Hungarian,
            -- Russian, Vietnamese, Japanese and Chinese ("Multipart-Nachrichten
            -- sind in dieser Liste nicht erlaubt.")
            "nicht erlaubt", "ne sont pas autorisé", "n'est pas autorisé",
            "no se permite", "non sono permess", "non è permess", "não são permitid",
            "não é permitid", "nie są dozwolone", "nie jest dozwolon", "ej tillåtn",
            "ei salli", "nem engedélyezett", "запрещен", "không cho phép",
            "受け付けません", "不允许", "不允許",
            -- the same in Catalan, Galician, Occitan and Greek ("no estan
            -- permesos", "non se permiten", "son pas autorizats",
            -- "δεν επιτρέπονται")
            "no estan permes", "no està permès", "non se permit", "son pas autorizat",
            "δεν επιτρέπ",
            -- "denied" in German, Spanish, Galician, Italian, Portuguese,
            -- Polish, Hungarian, Swedish, Estonian and Basque
            -- ("Autorisierung verweigert", "autorizzazione negata")
            "verweigert", "denegad", "negata", "negado", "negada", "odmowa",
            "megtagad", "nekas", "keelatud", "ukatuta",
            -- a filter rule of the receiver's matched
            "rejected by rule", "matched rule", "rule imposed", "filter rule",
            "by filter", "by a filter", "by the filter",
            "by administrator", "by the administrator", "by admin",
        }, {
          none = with(ADDRESS, { "relay", "quota", "full", "helo", "ehlo",
                                 "invalid", "syntax" }),
          examples = {
              { reply = [=[554 Denied (Mode: normal)]=],
                source = "https://blog.mxtoolbox.com/2011/09/ (example bounces for spam and IP reputation denials)" },
              { reply = [=[550 5.7.1 Command rejected]=],
                source = "github.com/jcbf/smf-spf/issues/33 (sendmail's default text for a milter reject)" },
              { reply = [=[554 Message not allowed - [299]]=],
                source = "https://github.com/dart-mailer/mailer/issues/235 (reply quoted in the issue)" },
              { reply = [=[Multipart-Nachrichten sind in dieser Liste nicht erlaubt.]=],
                source = "Debian sympa 6.2.70, sympa.mo de (Multipart messages are not allowed in this list.)" },
              { reply = [=[Δεν επιτρέπονται multipart μηνύματα σε αυτή τη λίστα.]=],
                source = "Debian sympa 6.2.70, sympa.mo el (Multipart messages are not allowed in this list.)" },
              { reply = [=[Distribuzione del messaggio: autorizzazione negata]=],
                source = "Debian sympa 6.2.70, sympa.mo it (Message distribution: Authorization denied)" },
          },
        }),

        -- a refusal that quotes an IPv4 address and names no address: the
        -- receiving server echoes the client's IP (ours) when it refuses
        -- the client (the "host X[ip] said:" prefix of a relay's log line
        -- is not part of the text the rules read)
        r("fallback.ip-literal", "blocked", {
            "reject", "refuse", "denied", "block", "not allowed",
            "not accepted", "not permitted", "unauthori", "banned",
            "listed", "policy", "prohibited", "forbidden",
        }, {
          pattern = "%d+ '.' %d+ '.' %d+ '.' %d+",
          none = with(ADDRESS, { "helo", "ehlo", "invalid ip", "syntax" }),
          examples = {
              { reply = [=[550 unauthorized interface for <192.0.2.1>]=],
                source = "http://worldnet.att.net/general-info/bls_info/block_enduser.html (AT&T/BellSouth 'Error Message Summary')" },
          },
        }),

        -- a header refused as malformed, in other words than the content
        -- rules know (the field may be named instead of the word
        -- "header": "Subject contains invalid characters")
        r("fallback.header", "contenterror", {
            "header", "subject",
            -- a header named by its field ("Messages without To: fields")
            "to: field", "from: field", "cc: field", "date: field",
            "subject: field", "message-id: field",
            -- its date ("Message too old", "Date in future")
            "message too old", "date in future", "date in the future",
            "future date", "date is in",
            -- "header" in German, French, Spanish, Italian, Portuguese,
            -- Dutch, Polish, Russian
            "kopfzeile", "en-tête", "en-tete", "entête", "encabezado",
            "cabecera", "intestazione", "cabeçalho", "cabecalho",
            "koptekst", "nagłówek", "naglowek", "заголов",
        }, {
          all = { { "fail", "invalid", "error", "missing", "malformed",
                    "syntax", "not allowed", "bad ", "must not", "must be",
                    "required", "too old", "future", "too far", "only one",
                    "duplicate", "exceed", "too many", "too large",
                    "more than once",
                    -- broken, or present without a valid address in it
                    "broken", "not have a valid", "no valid",
                    -- a header absent ("No From header field"), too big
                    "no ", "without", "lacks", "absent", "too big", "too long",
                    -- "missing"/"invalid" in the languages above
                    "fehlt", "fehlend", "ungültig", "ungueltig", "manquant",
                    "invalide", "falta", "inválid", "invalid", "mancant",
                    "non valid", "ausente", "ontbreekt", "ongeldig", "brak",
                    "nieprawidłow", "отсутств", "неверн", "некоррект" } },
          none = ADDRESS_ALL,
          examples = {
              { reply = [=[Messages without To: fields are not accepted here]=],
                source = "github.com/ronbeltran/bounce_email tests/bounces/tt_bounce_03.txt (CommuniGate Pro)" },
              { reply = [=[Message headers fail syntax check]=],
                source = "github.com/Eugeny/ajenti-v/issues/177 (Exim acl_check_data message)" },
              { reply = [=[550 outgoing mail must not have a Return-Path header (RFC 5321)]=],
                source = "github.com/haraka/haraka-plugin-headers index.js invalid_return_path()" },
              { reply = [=[550 The Date header is too old]=],
                source = "github.com/haraka/haraka-plugin-headers index.js invalid_date()" },
              { reply = [=[550 Subject contains invalid characters]=],
                source = "https://www.vdx.nl/faq/email/email-overige/waarom-krijg-ik-de-melding-550-subject-contains-invalid-characters (non-ASCII Subject not encoded)" },
              { reply = [=[550 5.7.1 No From header field]=],
                source = "github.com/jmarcio/ze-filter reply texts (MSG_NO_FROM_HEADER), read via the code index, file id 11106140295" },
              { reply = [=[550 Header From exist, but not have a valid address]=],
                source = "github.com/BernardQuatermass/exim-wiki AclSmtpData.md (Null Address Check Headers, DATA ACL drop)" },
              { reply = [=[550 5.7.1 No To, CC or Bcc header field]=],
                source = "github.com/jmarcio/ze-filter reply texts (MSG_NO_RCPT_HEADER), read via the code index, file id 10898299093" },
          },
        }),

        -- the way there failed, in other words than the network rule knows
        r("fallback.network", "networkerror", {
            "connection closed", "closed by", "unreachable",
            "could not connect", "couldn't connect", "not responding",
            "no response from", "no answer from", "connection lost",
            -- the other side hung up or the line broke
            "closed the connection", "closed connection", "unexpectedly closed",
            "connection reset", "reset by peer", "broken pipe",
            "connection dropped", "dropped the connection", "lost connection",
            -- the way out failed before any reply
            "failed connect", "failed connection", "greeting never received",
            "tried all mx", "network protocols", "address family not supported",
            -- the connection closed or broken by the other side in German,
            -- Polish, Russian, French, Spanish, Portuguese and Italian
            -- (GNU Mailutils' "Connection closed by remote host" in its
            -- translations)
            "durch die gegenstelle geschlossen", "zerwał połączenie",
            "zerwal polaczenie", "прервала соединение", "разорвал соединение",
            "connexion fermée par", "connexion fermee par",
            "conexión cerrada por", "conexion cerrada por",
            "conexão encerrada pela", "conexao encerrada pela",
            "connessione chiusa da",
        }, {
          none = ADDRESS,
          examples = {
              { reply = [=[Too many failures (Tried all MXs)]=],
                source = "github.com/haraka/Haraka/issues/568 (2014): Haraka's outbound bounce" },
              { reply = [=[441 4.4.1 No answer from host]=],
                source = "http://kbit.tistory.com/tag/reply%20error%20message" },
              { reply = [=[remote side unexpectedly closed the connection with no status]=],
                source = "https://pastebin.com/Cymg8y1u (sending-platform deferral log)" },
              { reply = [=[TCP active open: Failed connect() to TCP port 25 of 109.195.87.80(No formatted text for errno = 111)]=],
                source = "https://github.com/mailcow/mailcow-dockerized/issues/201" },
          },
        }),

        -- our login: the server wants (other) credentials from us
        r("fallback.credentials", "securityerror", {
            "authenticat", "credential", "logged in", "log in", "login",
            -- a client library's words for a refused login (nodemailer's
            -- "Invalid login: 553 5.3.0 Auth failure")
            "auth failure", "auth failed",
            -- a token that stands for our login
            "auth token", "authentication token", "authorization token",
            "authorisation token",
            -- the session or the message must be encrypted (TLS), or go
            -- through the submission port where one logs in
            "encrypt", "submission port", "port 587",
            -- "authentication", "encryption" in German, French, Spanish,
            -- Italian, Portuguese, Polish, Russian, Chinese, Japanese
            "authentifi", "autentica", "uwierzytelni", "аутентифик",
            "авторизац", "认证", "認証", "verschlüssel", "verschluessel",
            "chiffr", "cifrad", "crittograf", "criptograf", "versleutel",
            "szyfrow", "шифрован",
        }, {
          none = with(ADDRESS_ALL, { "check", "spf", "dkim", "dmarc", "too long",
                                     "line", "attachment", "archive", "scan",
                                     -- an encrypted message refused is the
                                     -- content's matter, not our login
                                     "encrypted message" }),
          examples = {
              { reply = [=[MAIL FROM failed: '550 Authentication is required for relay']=],
                source = "github.com/4IceG/luci-app-sms-tool-js/issues/45" },
              { reply = [=[550 Invalid email auth token]=],
                source = "github.com/jdelic/opensmtpd-filter-denyrelay main.go (HardReject text of the relay filter)" },
          },
        }),

        -- our HELO name, IP or sender taken for a forgery ("I do not
        -- believe you are", "Forged IPs not accepted")
        r("fallback.identity", "blocked", {
            "forged", "forgery", "believe you are", "believe that you are",
            "impersonat", "claiming to be", "forging", "masquerad", "spoof",
            -- our HELO claims the receiver's own address or name
            "_my_ address", "is my address", "not me or ours",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS, { "content", "attachment", "virus", "phishing",
                                 "header" }),
          examples = {
              { reply = [=[550 Forged IPs not accepted here]=],
                source = "github.com/smtpd/qpsmtpd plugins/helo is_forged_literal()" },
              { reply = [=[550 192.0.2.25 is _my_ address]=],
                source = "github.com/BernardQuatermass/exim-wiki AclHeloTricks.md (HELO is faked interface address)" },
              { reply = [=[550 Sorry, I don't believe that you are aol.com.]=],
                source = "github.com/smtpd/qpsmtpd plugins/check_spamhelo hook_helo()" },
          },
        }),

        -- a refusal worded as being unwanted here, naming no cause
        r("fallback.unwelcome", "blocked", {
            "not welcome", "not accepted here", "not wanted here",
            -- mail from our side refused as such
            "accept mail from you", "accept email from you",
            "accept mail from this host", "accept mail from hosts",
            "accept messages from you", "mail accepted from",
            "not accepted from this", "not accepted from your",
            -- mail from a named domain or class of mail refused ("We don't
            -- accept mail from example.com", "accept internal mail")
            "accept mail from", "accept internal mail", "accept normal mail",
            -- our mail refused in so many words ("we do not accept your
            -- mail")
            "do not accept your", "don't accept your", "does not accept your",
            "not accept your",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS, { "content", "attachment", "file", "virus",
                                 "mime", "size" }),
          examples = {
              { reply = [=[550 You are not welcome here.]=],
                source = "github.com/haraka/haraka-plugin-access index.js any() (access.domains block list)" },
              { reply = [=[550 Email from that domain is not accepted here.]=],
                source = "github.com/haraka/haraka-plugin-access index.js data_any()" },
          },
        }),

        -- a refusal that names only a policy ("due to policy
        -- restrictions"): the receiver's policy, not the address
        -- (a word of its own: "usage-policy.html" in a link is not one)
        r("fallback.policy", "policyviolation", {
            " policy", " policies",
            -- "policy" in Spanish/Portuguese, French, German, Dutch,
            -- Polish, Russian, Chinese, Japanese
            " política", " politica", " politique", "richtlinie", " beleid",
            "polityk", "политик", "策略", "ポリシー",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS_ALL, { "relay", "quota", "full" }),
          examples = {
              { reply = [=[554-Reject due to policy restrictions]=],
                source = "github.com/tkrebs/ep3-bs/issues/355 (reply as quoted in the title)" },
          },
        }),

        -- the message itself refused, with no cause named ("550 Message
        -- rejected", "message refused", "not delivered due to security
        -- reasons"): the receiver's policy judged the message; the
        -- recipient was not named, so the address is not the cause
        r("fallback.message", "policyviolation", {
            "message rejected", "message refused", "message not accepted",
            "message was rejected", "message was refused", "message has been rejected",
            "message has been refused", "message is rejected", "message denied",
            "rejected message", "refused message", "security reason",
            -- the mail (not a recipient) refused or flagged, in other words
            "mail rejected", "email rejected", "e-mail rejected",
            "mail was rejected", "email was rejected",
            "mail not accepted", "email not accepted", "delivery refused",
            "delivery rejected", "permanently rejected", "permanently refused",
            "was flagged", "been flagged", "flagged as",
            "message permanently rejected", "message permanently refused",
            -- the message failed the receiver's content checks (or a
            -- header of it held words refused: "Subject: header contains")
            "content check", "content filter", "content scan", "header contains",
            "message discarded", "message quarantined", "quarantined",
            -- the message judged unsafe (a disguised link)
            "insecure", "link fake", "fake link",
            -- "message rejected" in other languages (German, French,
            -- Spanish, Italian, Portuguese, Dutch, Polish, Russian)
            "nachricht abgelehnt", "nachricht wurde abgelehnt",
            "message rejeté", "message rejete", "message refusé",
            "mensaje rechazado", "messaggio rifiutato", "mensagem rejeitada",
            "mensagem recusada", "bericht geweigerd", "bericht afgewezen",
            "wiadomość odrzucona", "wiadomosc odrzucona",
            "сообщение отклонено",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS, { "relay", "quota", "full", "size", "too large",
                                 "too big" }),
          examples = {
              { reply = [=[Rejected for Security Reasons]=],
                source = "http://www.eurohosting.cz/cs/smtp (Eurohosting's page for its rejection text)" },
              { reply = [=[550 This message displays a link fake, hidden and insecure]=],
                source = "github.com/BernardQuatermass/exim-wiki ExiscanContentBlocking.md (acl_check_mime drop)" },
              { reply = [=[PERM_FAILURE: SMTP Error (state 16): 550 5.7.1 Message rejected.]=],
                source = "https://pastebin.com/TcYErTGG (Gmail DSN quoting the remote reply)" },
              { reply = [=[Your message posting was rejected because: Subject: header contains: "OUT OF TOWN"]=],
                source = "https://dwlistore.dwli.org/knowledgebase/50/ListManager---Rejected-Posting-Subject-Header-Contains-a-Matched-String-Such-as-OUT-OF-TOWN.html (Lyris ListManager)" },
          },
        }),

        -- the message's lines or encoding refused: bare CR or LF, a line
        -- over the limit, 8-bit or UTF-8 data the server does not take
        r("fallback.format", "contenterror", {
            "bare cr", "bare lf", "bare linefeed", "bare <lf>", "bare newline",
            "line length", "message line", "lines too long", "line limit",
            "smtputf8", "8bitmime", "8-bit", "8bit data", "non-ascii", "strict ascii",
            "nul character", "null character", "invalid character",
            "zeile zu lang",
            -- a body encoding or a binary body the server does not take
            "encoded message", "encoded body", "base 64", "base64 message",
            "base64-encoded", "quoted printable message", "binary message",
            "binary body", "binary data",
            -- its MIME structure (parts, boundaries) refused
            "mime", "boundary",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS, { "sender" }),
          examples = {
              { reply = [=[552 message line is too long]=],
                source = "https://github.com/swiftmailer/swiftmailer/issues/989" },
              { reply = [=[line length exceeds SMTP permitted maximum: 1200 > 998]=],
                source = "https://www.chiark.greenend.org.uk/ucgi/~mdw/git/exim-config/commitdiff/5d2f8b656ffbe668f50ac5354dc0b37210032576 (Exim ACL deny message)" },
              { reply = [=[550 5.7.1 We don't accept encoded messages]=],
                source = "github.com/jmarcio/ze-filter reply texts (MSG_ENCODED_BODY), read via the code index, file id 11106140295" },
              { reply = [=[550 Boundary length too long: 1100 characters (max 1024)]=],
                source = "github.com/BernardQuatermass/exim-wiki ExiscanBugBlocking.md (acl_check_mime drop; length filled in)" },
              { reply = [=[554 5.7.1 Binary message]=],
                source = "github.com/jmarcio/ze-filter scan of the body, read via the code index, file id 10895120078" },
          },
        }),

        -- the message too big, in other words than the size rules know
        -- ("message file too big")
        r("fallback.size", "emailtoolarge", {
            "too big", "too large", "oversize", "over size",
            "maximum fixed size", "exceeds maximum size", "exceeds the maximum size",
            -- "too big" in German, French, Spanish, Italian, Portuguese,
            -- Dutch, Polish, Russian, Chinese, Japanese
            "zu groß", "zu gross", "trop volumineux", "trop gros", "trop grand",
            "demasiado grande", "troppo grande", "muito grande", "grande demais",
            "te groot", "za duż", "za duz", "слишком больш", "过大", "太大",
            "大きすぎ",
            -- "exceeds the allowed size" in Russian, German, French,
            -- Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Czech
            "превышает допустимый размер", "превышен допустимый размер",
            "размер письма превышает", "überschreitet die zulässige größe",
            "dépasse la taille", "depasse la taille", "excede el tamaño",
            "supera la dimensione", "excede o tamanho", "overschrijdt de maximale grootte",
            "przekracza dopuszczalny rozmiar", "boyutu aşıyor", "překračuje povolenou velikost",
        }, {
          none = with(ADDRESS_ALL, { "quota", "storage", "disk", "full", "header",
                                     "line", "too many" }),
          examples = {
              { reply = [=[552 552 5.3.4 Error: message file too big (state 18).]=],
                source = "https://pastebin.com/HCfTUB06 (Gmail DSN quoting the remote reply)" },
          },
        }),

        -- a threat found in the message, in other words than the virus
        -- rule knows ("threat detected: Eicar-Test-Signature")
        r("fallback.threat", "virusdetected", {
            "threat detected", "threat found", "threats found", "eicar",
            "dangerous attachment", "dangerous content", "harmful content",
            "ransomware", "spyware",
        }, {
          none = ADDRESS,
          examples = {
              { reply = [=[threat detected: Eicar-Test-Signature]=],
                source = "github.com/fumail/fuglu (rejectmessage template with the threat name filled in)" },
          },
        }),

        -- our sender refused with no cause named (qmail: "Connected to
        -- remote host, but sender was rejected." when the remote text is
        -- missing): the sender, not the address
        r("fallback.sender", "rejected", {
            "sender was rejected", "sender rejected", "sender refused",
            "sender was refused",
            -- the check calling our sender's server back failed
            "callback failure", "callback failed", "callback verification",
            -- our envelope sender and the From header do not agree, or the
            -- sender is not one our login or device may use
            "unmatching", "envelope and header", "header sender",
            "sender mismatch", "mismatched sender", "sender must be",
            "sender does not belong", "sender doesn't belong",
            -- our sender given as an IP literal instead of a domain
            "ip literal", "address literal", "domain literal",
            -- our bounces (null sender) not taken
            "bounces not", "bounces are not", "no bounces",
            "bounce not", "bounce rejected", "bounces rejected",
            -- our sender not verified or not authorised as such
            "unverified sender", "sender not verified", "sender is not verified",
            "sender unverified", "unauthorized sender", "unauthorised sender",
            "sender not authori", "sender is not authori",
            -- our sending domain not (or no longer) verified with the service
            "domain verification", "domain not verified", "unverified domain",
            -- "sender rejected" in German, French, Spanish, Italian,
            -- Portuguese, Dutch, Polish, Russian, Chinese
            "absender abgelehnt", "absender wurde abgelehnt", "absender nicht",
            "expéditeur refusé", "expediteur refuse", "expéditeur rejeté",
            "remitente rechazado", "mittente rifiutato", "remetente rejeitado",
            "remetente recusado", "afzender geweigerd", "nadawca odrzucon",
            "отправитель отклонен", "发件人被拒绝",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS_ALL, { "helo", "ehlo" }),
          examples = {
              { reply = [=[Connected to remote host, but sender was rejected.]=],
                source = "http://chouwenlao.cn/FAQhtml/faq14/faq1311.htm (qmail-remote's text)" },
              { reply = [=[550 5.7.1 Rejected due to unmatching envelope and header sender.]=],
                source = "sendmail milter mlfi_eom(), read via the code index (file id 6779391632)" },
              { reply = [=[550 Invalid domain verification setup for example.org]=],
                source = "a Haraka plugin's sender domain check, read via the code index (file id 52042844621)" },
              { reply = [=[550 5.7.1 sender does not belong to this device domain]=],
                source = "go-smtp device relay Mail(), read via the code index (file id 62481798372)" },
          },
        }),

        -- the message refused as empty or too short (a filter's content
        -- check, not the recipient)
        r("fallback.empty", "contenterror", {
            "empty message", "message is empty", "empty body", "body is empty",
            "empty or too short", "too short message", "message too short",
            "no message body", "zero bytes", "zero-length", "no message data",
            "send some data", "empty data",
            -- "empty message" in German, French, Spanish, Italian,
            -- Portuguese, Dutch, Polish, Russian
            "leere nachricht", "nachricht ist leer", "message vide",
            "mensaje vacío", "mensaje vacio", "messaggio vuoto",
            "mensagem vazia", "leeg bericht", "pusta wiadomo",
            "пустое сообщение",
        }, {
          code = NOT_PROTOCOL,
          none = ADDRESS_ALL,
          examples = {
              { reply = [=[550 5.7.1 Empty or too short message]=],
                source = "github.com/jmarcio/ze-filter reply texts (MSG_EMPTY_MSG), read via the code index, file id 11106140295" },
          },
        }),

        -- our IP's reverse DNS: no PTR, or a name that does not resolve
        -- back (the sender's domain not resolving is the sender's
        -- trouble, fallback.sender and the phrase rules)
        r("fallback.rdns", "requireptr", {
            "doesn't resolve", "does not resolve", "not resolve",
            "unresolvable", "reverse dns", "reverse lookup", "reverse hostname",
            "reverse name", "rdns", "ptr record", "ptr resource", "no ptr",
            "fcrdns", "forward-confirmed", "has no dns",
            -- "reverse DNS" in German, French, Spanish, Italian,
            -- Portuguese, Dutch, Polish, Russian, Japanese, Chinese
            "reverse-dns", "ptr-eintrag", "rückwärtsauflösung",
            "résolution inverse", "resolution inverse", "dns inverso",
            "dns reverso", "resolución inversa", "resolucion inversa",
            "risoluzione inversa", "omgekeerde dns", "odwrotn", "обратн",
            "逆引き", "反向解析",
        }, {
          code = NOT_PROTOCOL,
          -- (an address that does not resolve, "could not resolve address
          -- <addr>", is the address's, whatever status comes with it)
          none = with(ADDRESS_ALL, { "sender", "from address", "mail from",
                                     "domain of", "domain ", "resolve address",
                                     "resolve the address", "resolve recipient" }),
          examples = {
              { reply = [=[554: Kein PTR-Eintrag]=],
                source = "Microsoft Learn, German: a SMTP server hosted in Azure refused with '554: Kein PTR-Eintrag' "
                         .. "(no PTR record for its virtual IP), read via the code index, file id 22170073659" },
          },
        }),

        -- our HELO/EHLO name refused, in words the HELO phrase rules do
        -- not know ("HELO error: Dropped IP-only helo"): our setup
        r("fallback.helo", "syntaxerror", {
            "helo", "ehlo",
        }, {
          code = NOT_PROTOCOL,
          none = ADDRESS_ALL,
          examples = {
              { reply = [=[550 HELO error: Dropped IP-only or IP-starting helo]=],
                source = "github.com/Exim4U/src etc/exim/exim.conf (acl_check_mail drop message)" },
          },
        }),

        -- our sending too often or over a sending limit, in words the
        -- rate rules do not know ("not more than once per 5 minutes")
        r("fallback.rate", "ratelimited", {
            "once per", "per minute", "per hour", "per second", "per day",
            "per 24 hours", "in 24 hours", "per 24h", "in 24h", "per 24 h",
            "too often", "too frequent",
            "too fast", "too quickly", "frequency limit", "frequency limited",
            "sending limit", "sender limit", "ip limit", "limit reached",
            "limit exceeded", "limit reach",
            -- "too often", "too fast" in German, French, Spanish, Italian,
            -- Portuguese, Dutch, Polish, Russian, and "frequency" in
            -- Chinese and Japanese
            "zu oft", "zu häufig", "zu haeufig", "zu schnell", "trop souvent",
            "trop rapide", "trop fréquent", "trop frequent", "demasiado rápido",
            "demasiado rapido", "demasiada frecuencia", "troppo spesso",
            "troppo veloce", "muita frequência", "muita frequencia",
            "rápido demais", "rapido demais", "te vaak", "te snel",
            "zbyt często", "zbyt czesto", "zbyt szybko", "слишком часто",
            "слишком быстро", "频率", "頻度",
        }, {
          code = NOT_PROTOCOL,
          none = with(ADDRESS_ALL, { "size", "large", "big", "length", "line",
                                     "storage", "disk" }),
          examples = {
              { reply = [=[450 4.7.1 please do not try more than once per 5 minutes]=],
                source = "github.com/postfwd/postfwd etc/postfwd.cf.sample (rate() action text for listed or dynamic clients)" },
          },
        }),

        -- the receiving server's own storage, memory or queue failed
        -- (not the recipient's mailbox: 'full' quota words stay out)
        r("fallback.server", "systemerror", {
            -- (a bare "read error"/"write error" is as often the network's:
            -- qmail-remote's "I got read error")
            "file write error", "file read error", "i/o error", "disk error",
            "storage error", "queue full", "queue is full", "out of memory",
            "memory exhausted", "database error", "db error",
            -- its own configuration broken
            "configuration is wrong", "configuration error",
            -- the server down for maintenance, whatever the code
            "maintenance",
            "local configuration", "internal configuration",
            -- "internal error" in German, French, Spanish, Italian,
            -- Portuguese, Dutch, Polish, Russian, Chinese, Japanese
            "interner fehler", "erreur interne", "error interno",
            "errore interno", "erro interno", "interne fout",
            "błąd wewnętrzny", "blad wewnetrzny", "внутренняя ошибка",
            "内部错误", "内部エラー",
        }, {
          none = with(ADDRESS_ALL, { "quota", "spam", "virus" }),
          examples = {
              { reply = [=[451 Error: queue file write error]=],
                source = "github.com/vdukhovni/postfix postfix/src/smtpd/smtpd.c data_cmd() (cleanup could not write the queue file)" },
              { reply = [=[554 Mail server configuration is wrong]=],
                source = "SubEthaSMTP message handler (ConfigurationException), read via the code index (file id 24409343643)" },
          },
        }),

        -- our host's or our sender's domain in a reserved (RFC 2606) or
        -- unknown top-level domain: the sender's setup when the sender is
        -- named, else our host's standing (before the status default: a
        -- 5.7.1 would read as the recipient's filter)
        r("fallback.tld-sender", "rejected", {
            "unknown tld", "invalid tld", "unknown top-level", "invalid top-level",
            "reserved domain", "reserved tld", "rfc2606", "rfc 2606",
        }, {
          all = { { "sender", "mail from", "envelope from", "return-path",
                    "return path" } },
          none = ADDRESS_ALL,
          examples = {
              { reply = [=[550 5.7.1 sender <alice@example.invalid> from unknown TLD #129]=],
                source = "http://www.milter.info/smtp/smtpf/reply.html (smtpf reply list, #129)" },
          },
        }),
        r("fallback.tld", "blocked", {
            "unknown tld", "invalid tld", "unknown top-level", "invalid top-level",
            "reserved domain", "reserved tld", "rfc2606", "rfc 2606",
        }, {
          none = ADDRESS_ALL,
          examples = {
              { reply = [=[550 5.7.1 host mail.example.invalid [192.0.2.1] from unknown TLD #122]=],
                source = "http://www.milter.info/smtp/smtpf/reply.html (smtpf reply list, #122)" },
          },
        }),
    },
}
