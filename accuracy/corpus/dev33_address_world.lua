-- Round 33 (generalisation): address failures worded in as many ways
-- as could be found, and replies of the same kinds of source that blame
-- something else, from sources no earlier round drew on: a Chinese
-- mail host's table of bounce texts and their causes (35.com), another
-- host's table of texts, causes and fixes (kaifang), the reply table of
-- ElasticInbox's LMTP server, the bounce texts a mailing-list manager's
-- tests expect its parser to extract from real bounces (Sympa), the
-- replies of iCloud's servers quoted in a bounce parser's comments,
-- mailing-list messages and notes that quote the bounce of a dead
-- maintainer or list address, and issue threads and pastes of mail
-- servers, mailing tools and web applications quoting the replies they
-- met (relays that refuse to relay, blocklists, rate limits, reputation,
-- authentication, content).
-- Labels follow what each source says, mapped by the policy of
-- accuracy/corpus/README.md (a reply without a code takes the outcome
-- its named cause implies: no such user or host, a block, spam, expiry:
-- bounced; rate, reputation, a connection, the remote system: deferred;
-- a DNSBL lookup refused because the receiving side asks through an
-- open resolver is that side's trouble, systemerror/contact, as in an
-- earlier round).  Set before any classifier output was seen.
-- Placeholders and personal addresses are filled with example values
-- (example.com, 192.0.2.x, userN@ the same domain).
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local O, A = "other", "address"
local B, D = "bounced", "deferred"

local gh = E.github

local BOOYUN = "http://m.booyun.com/cn/theme/detail/xLdD1rKL (35.com's table of bounce texts and their causes)"
local KAIFANG = "https://kaifang.email/606.html (a host's table of bounce texts, causes and fixes)"
local ELASTIC = "code index file id 11214622167 (ElasticInbox's LMTPReply enum: the LMTP server's replies)"

local SYMPA = "github.com/sympa-community/historic-sympa t/bounce.t (the bounce texts its parser must extract from real bounce samples, lower-cased as the parser returns them; code index file id 12981260221)"
local APPLE = "github.com/sisimai/go-sisimai rhost/apple.go (comments quoting the replies iCloud's servers gave; code index file id 70749421)"

local YANDEX_DSN = "code index file id 27231749662 (a mailing tool's table of the refusals Yandex's bounces quoted, by recipient domain)"

local NOUSER_CN = "The table puts this text with 'the recipient does not exist': the address is wrong or gone."
local DISABLED = "The recipient's account exists but is disabled or suspended."
local SPAM_CN = "The table puts this text with 'refused by the receiving side's anti-spam system': the message was judged to be spam."
local RELAY = "The server refused to relay to a domain it does not serve for this client (no authentication or relay permission)."
local OPENRES = "Spamhaus's answer: the receiving server queried its lists through an open resolver, so every client looks listed; "
    .. "the problem is that server's configuration, not the sender's listing."

return {
  -- {==================================================================
  -- Chinese hosts' tables of bounce texts
  -- ===================================================================
  e(A, B, "userunknown", "suppress", BOOYUN, NOUSER_CN, [==[User unknown in virtual mailbox table]==]),
  e(A, B, "userunknown", "suppress", BOOYUN, NOUSER_CN, [==[sorry,we didn't accept mail by no user]==]),
  e(A, B, "userunknown", "suppress", BOOYUN, NOUSER_CN, [==[Requested action not taken: mailbox unavailable or not local]==]),
  e(A, B, "userunknown", "suppress", BOOYUN, NOUSER_CN, [==[This Gmail user does not exist]==]),
  e(A, B, "userunknown", "suppress", BOOYUN, NOUSER_CN, [==[User not found]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[this mail is rejected by antispam system, id=aisp8-mta@dg.example.com]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[Sorry, this message appears to be spam]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[DT:SPM mx21, R8CowLDLrAxo6fhHEnA7Uw==.2775S2 1207495016 http://mail.163.com/help/help_spam_16.htm]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[The message was rejected because it contains prohibited virus or spam content]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[Message rejected as spam by Content Filtering]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[Sorry your email was considered as spam]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[your message looks like a spam...]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[this mail is blocked by kenfor.spam system,blockid=spam-gw.kenfor.net.example]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[Transaction Failed; Rejected by Content Filter]==]),
  e(O, B, "spamdetected", "fix", BOOYUN, SPAM_CN, [==[Email was rejected by 35 AntiSpam System, id=example]==]),
  e(O, B, "spamdetected", "fix", KAIFANG, "The table: refused by the recipient's server, usually its anti-spam policy.",
    [==[552 Error: content rejected]==]),
  e(O, B, "spamdetected", "fix", KAIFANG, "The table: refused by the recipient's server, usually its anti-spam policy.",
    [==[553 Mail data refused]==]),
  e(A, B, "hostunknown", "suppress", KAIFANG, "The table: the domain part of the address cannot be resolved.",
    [==[Sorry, I couldnt find any host named kail.com.cn. (#5.1.2)]==]),
  -- {==================================================================
  -- LMTP servers' replies (relayed by the MTA in front of them)
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", ELASTIC, "TOO_MANY_CONNECTIONS: the client holds too many connections at once.",
    [==[421 4.2.1 Too many concurrent connections. Please try again later.]==]),
  -- {==================================================================
  -- replies quoted in issue threads
  -- ===================================================================
  e(A, B, "userunknown", "suppress", gh("customeros/mailsherpa", "issues", 19, "replies its parser should read"),
    "A recipient address refused by the receiving server.", [==[550 #5.1.0 Address rejected.]==]),
  e(O, B, "norelaying", "suppress", gh("docker-mailserver/docker-mailserver", "issues", 385), RELAY,
    [==[554 5.7.1 <test@example.com>: Relay access denied]==]),
  e(O, B, "norelaying", "suppress", gh("iredmail/dockerized", "issues", 32, "Postfix log quoted"), RELAY,
    [==[NOQUEUE: reject: RCPT from unknown[172.17.0.1]: 554 5.7.1 <user1@qq.com>: Relay access denied; from=<postmaster@example.cn> to=<user1@qq.com> proto=ESMTP helo=<windows10.example.cn>]==]),
  e(O, D, "badreputation", "throttle", gh("mail-in-a-box/mailinabox", "issues", 1771, "Postfix log quoted"),
    "Gmail detected an unusual rate of unsolicited mail from the sending IP and rate-limits it.",
    [==[host alt1.aspmx.l.google.com[74.125.28.26] said: 421-4.7.28 [192.0.2.1       4] Our system has detected an unusual rate of 421-4.7.28 unsolicited mail originating from your IP address. To protect our 421-x.x.xx users from spam, mail sent from your IP address has been temporarily 421-x.x.xx rate limited. Please visit 421-x.x.xx  https://support.google.com/mail/?p=UnsolicitedRateLimitError to 421 x.x.xx review our Bulk Email Senders Guidelines. z1si9679476pln.401 - gsmtp (in reply to end of DATA command)]==]),
  e(O, D, "ratelimited", "throttle", gh("zone-eu/zone-mta", "issues", 110, "the answer: the recipient gets too much mail"),
    "The recipient receives mail at a rate that stops more from being delivered for now.",
    [==[450-4.2.1 The user you are trying to contact is receiving mail at a rate that
450-prevents additional messages from being delivered. Please resend your
450-message at a later time. If the user is able to receive mail at that]==]),
  e(O, B, "blocked", "contact", gh("zone-eu/zone-mta", "pull", 251, "SpamCop listing, classified as a blacklist"),
    "The sending IP is listed on SpamCop's blocklist.",
    [==[550-"JunkMail rejected - mail.example.com [192.0.2.4]:24706 is in an RBL: Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.4"]==]),
  e(O, B, "blocked", "contact", gh("mailcow/mailcow-dockerized", "issues", 2532, "Postfix log quoted"),
    "T-Online refuses the sending IP (BL: its block list); the postmaster should contact T-Online.",
    [==[host mx02.t-online.de[194.25.134.9] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)]==]),
  e(O, B, "blocked", "contact", gh("getconversio/email-deep-validator", "issues", 9, "a 550 that is not a bad recipient"),
    "The sending IP is listed in a DNSBL (Spamhaus).",
    [==[550-"JunkMail rejected - ec2-54-74-157-229.eu-west-1.compute.amazonaws.com
550-(example.com.sg) [54.74.157.229]:34032 is in an RBL, see
550 https://www.spamhaus.org/query/ip/54.74.157.229"]==]),
  e(O, B, "blocked", "contact", gh("getconversio/email-deep-validator", "pull", 20, "host blocked errors to detect"),
    "The sending host is blocked by Barracuda's reputation list.",
    [==[554-Service unavailable; Client host [bl11-253-215.dsl.example.pt] blocked using
554-Barracuda Reputation;
554 http://www.barracudanetworks.com/reputation/?r=1&ip=192.0.2.7]==]),
  e(O, B, "blocked", "contact", gh("zone-eu/zone-mta", "pull", 177, "Trend Micro RBL+ rejection"),
    "The sending IP is listed on Trend Micro's RBL+.",
    [==[550 Service unavailable; Client Host [192.0.2.4] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=192.0.2.4]==]),
  e(O, B, "blocked", "contact", gh("QubesOS/qubes-issues", "issues", 4304, "the provider's relay refused the sending host"),
    "The client host is listed on Spamhaus's SBL and refused.",
    [==[5.7.1 Service unavailable; Client host [192.0.2.22] blocked using sbl.dnsbl; https://www.spamhaus.org/sbl/query/SBL398362.]==]),
  e(O, B, "systemerror", "contact", gh("simple-login/app", "issues", 2675, "all mail refused; Spamhaus explains why"), OPENRES,
    [==[NOQUEUE: reject: RCPT from example.net[192.0.2.9]: 554 5.7.1 Service unavailable; Client host [192.0.2.9] blocked using zen.spamhaus.org; Error: open resolver; https://check.spamhaus.org/returnc/pub/46.38.225.230/]==]),
  e(O, D, "ratelimited", "throttle", gh("mailcow/mailcow-dockerized", "issues", 6911, "the client's connection refused at the greeting"),
    "The server refuses the client for holding too many connections.",
    [==[421 4.7.0 mail.example.com Error: too many connections from 192.0.2.1]==]),
  e(O, D, "ratelimited", "throttle", gh("hardware/mailserver", "issues", 152, "rspamd's limit after ten messages in a row"),
    "The server's rate limit for the sending user was exceeded.",
    [==[4.7.1 Ratelimit "user" exceeded]==]),
  e(O, B, "badreputation", "throttle", gh("hitobito/hitobito", "issues", 953, "Bluewin's refusal quoted; its support: limits by reputation"),
    "Bluewin limits the sending IP by its reputation.",
    [==[host mxbw.lb.bluewin.ch[195.186.227.50] said:
554 5.2.0 sc969: IP reputation ratelimit in effect -
 https://support.bluewin.ch/provider/bounce/aXA9NS4xMDIuMTQ1LjIzO2M9c2M5Njk7aWQ9VkxwTGplU2ZXMEVmalZMcExqWFFZYTt0cz0xNTg4NTQwMDI3
(in reply to end of DATA command)]==]),
  -- {==================================================================
  -- more issue threads: address failures
  -- ===================================================================
  e(A, B, "userunknown", "suppress", gh("knadh/listmonk", "issues", 2623, "Postfix log: dsn=5.1.1, status=bounced"),
    "Gmail: the account does not exist.",
    [==[said: 550-5.1.1 The email account that you tried to reach does not exist.]==]),
  e(A, B, "hostunknown", "suppress", gh("mautic/mautic", "issues", 10162, "Swift Mailer log quoted"),
    "The recipient's domain was not found.",
    [==[550 5.1.2 : Recipient address rejected: Domain not found]==]),
  e(A, B, "suspend", "suppress", gh("jbostoen/itop-jb-mail-to-ticket-automation-v2", "issues", 35, "examples of mailboxes that no longer exist"),
    "Gmail: the account is disabled.",
    [==[<user1@example.org> failed: host aspmx.l.google.com
 (2a00:1450:400c:c01::1b) said: 550 5.2.1 The email account that you tried to  reach is disabled. Learn more at  https://support.google.com/mail/?p=DisabledUser
 n4-20020a7bc5c4000000b003efd8c5fc10si8100417wmk.101 - gsmtp (in reply to RCPT
 command)]==]),
  e(A, B, "userunknown", "suppress", gh("MIT-LCP/bhi-bsn-challenge", "issues", 5, "the project's address had broken"),
    "The address is unknown to the receiving server.",
    [==[<data-challenge@physionet.org>: 554 5.1.1 <data-challenge@physionet.org>: Recipient address rejected: User unknown in local recipient table]==]),
  e(A, B, "userunknown", "suppress", gh("Joe12387/detectIncognito", "issues", 24, "the maintainer fixed the address"),
    "Gmail: the account does not exist.",
    [==[<user1@dreggle.com>: host aspmx.l.google.com[142.250.27.27] said: 550-5.1.1 The
    email account that you tried to reach does not exist. Please try 550-5.1.1
    double-checking the recipient's email address for typos or 550-5.1.1
    unnecessary spaces. Learn more at 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser
    gb41-20020a170907962900b0078db6f56d51si11074896ejc.808 - gsmtp (in reply to
    RCPT TO command)]==]),
  e(A, B, "userunknown", "suppress", gh("mfbx9da4/deep-email-validator", "issues", 86, "the maintainer: the MX answered 550"),
    "The recipient's server does not recognise the mailbox.", [==[Mailbox not found.]==]),
  e(A, B, "userunknown", "suppress", gh("teamsinger/uk.teamsinger.civicrm.mailgun", "issues", 1, "a bounce pattern met through Mailgun"),
    "Exchange could not resolve the recipient: no such address.", [==[550 5.1.1 RESOLVER.ADR.RecipNotFound]==]),
  e(A, B, "userunknown", "suppress", gh("lsils/benchmarks", "issues", 5, "the contact address on the page bounced"),
    "The recipient address is refused: no such address.", [==[550: #5.1.0 Address rejected]==]),
  e(A, B, "userunknown", "suppress", gh("DigiByte-Core/digibyte", "issues", 450, "the security contact bounced"),
    "The recipient address is undeliverable: the mailbox may be disabled or not exist.",
    [==[554 5.1.1 <security@digibyte.org>: Recipient address rejected: undeliverable address: Mailbox might be disabled, full, or may not exist on the server. Reason: JFE030050]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/Bv7SeYDG (a bounce quoted)",
    "The recipient is unknown.", [==[550 550 unknown user (state 14)]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/j00JLuAh (sendmail DSN from 163.com)",
    "163.com has no such user.", [==[(reason: 550 User not found: user1@163.com)]==]),
  -- {==================================================================
  -- a mailing-list manager's bounce tests: real replies, lower-cased
  -- ===================================================================
  e(A, B, "userunknown", "suppress", SYMPA, "o2.pl has no such user (a 500 code is used).",
    [==[host mx11.go2.pl[193.17.41.141] said: 500 no such user (in reply to rcpt to command)]==]),
  e(A, B, "suspend", "suppress", SYMPA, "o2.pl: the mailbox is disabled.",
    [==[host mx11.go2.pl[193.17.41.141] said: 504 mailbox is disabled (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "The server has no such user.",
    [==[host bigsearcher.com[69.194.230.130] said: 550 no such user here (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "iiNet refuses the recipient address (5.1.0).",
    [==[host as-av.iinet.net.au[203.0.178.180] said: 550 #5.1.0 address rejected. (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "The recipient is not a known user.",
    [==[host mx1.freesurf.fr[80.168.44.23] said: 550 "user1@freesurf.fr" is not a known user (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "Yahoo (for BT): no such BT account.",
    [==[host mx-bt.mail.am0.yahoodns.net[212.82.111.207] said: 554 delivery error: dd this user doesn't have a btinternet.com account (user1@btinternet.com) [0] - mta1017.bt.mail.ird.yahoo.com (in reply to end of data command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "Mimecast: the recipient is invalid.",
    [==[host mail51.mimecast.co.za[41.74.193.51] said: 550 invalid recipient - http://www.mimecast.com/knowledgebase/kbid10473.htm#550 (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "Mail.ru: the local mailbox is unavailable, the user not found.",
    [==[host mxs.mail.ru[94.100.176.20] said: 550 message was not accepted -- invalid mailbox. local mailbox user1@inbox.ru is unavailable: user not found (in reply to end of data command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "ukr.net: the address is not in use.",
    [==[host mxs.ukr.net[195.214.192.100] said: 550 <user1@ukr.net> not used (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "NetEase (126.com): the user is not found.",
    [==[host 126mx02.mxmail.netease.com[220.181.14.133] said: 550 user not found: user1@126.com (in reply to rcpt to command)]==]),
  e(A, B, "suspend", "suppress", SYMPA, "everyone.net: the account is inactive.",
    [==[host sitemail.everyone.net[216.200.145.235] said: 550 account inactive (in reply to end of data command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "GoDaddy's server refuses the recipient address (5.1.0).",
    [==[host smtp.secureserver.net[72.167.238.201] said: 550 #5.1.0 address rejected. (in reply to rcpt to command)]==]),
  e(A, B, "suspend", "suppress", SYMPA, "EarthLink: the user's account is unavailable.",
    [==[host mx4.earthlink.net[209.86.93.229] said: 550 user1@earthlink.net...user account is unavailable (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "Windstream: the recipient does not exist.",
    [==[host mx01.windstream.net[162.39.147.49] said: 550 recipient does not exist here (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "Gandi: the user is unknown.",
    [==[host spool.mail.gandi.net[2001:4b98:c:521::6] said: 550 5.1.1 <user1@example.org>: recipient address rejected: user unknown in virtual mailbox table (in reply to rcpt to command)]==]),
  e(A, B, "suspend", "suppress", SYMPA, "Gmail (for Virgin): the account is disabled.",
    [==[host aspmx.l.google.com[2a00:1450:400c:c03::1b] said: 550 5.2.1 the email account that you tried to reach is disabled. va4si4196384wjc.145 - gsmtp (in reply to rcpt to command)]==]),
  e(A, B, "hostunknown", "suppress", SYMPA, "The recipient's domain has no address records.",
    [==[host or domain name not found. name service error for name=zeusmail.org type=aaaa: host not found]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "The recipient is unknown.",
    [==[host mx1.imag.fr[2001:660:5301:6::5] said: 550 5.1.1 <user1@imag.fr>... user unknown (in reply to rcpt to command)]==]),
  e(A, B, "userunknown", "suppress", SYMPA, "The local part is not a known user.",
    [==[unknown user: "nim"]==]),
  -- {==================================================================
  -- iCloud's replies quoted in a bounce parser
  -- ===================================================================
  e(A, B, "suspend", "suppress", APPLE, "iCloud: the address is inactive.",
    [==[550 5.1.1 <user1@icloud.com>: inactive email address (in reply to RCPT TO command)]==]),
  e(A, B, "userunknown", "suppress", APPLE, "iCloud: no such alias.",
    [==[550 5.1.1 unknown or illegal alias: user1@icloud.com]==]),
  e(A, B, "hasmoved", "suppress", APPLE, "iCloud: the recipient is no longer on the server.",
    [==[550 5.1.6 recipient no longer on server: user1@icloud.com]==]),
  -- {==================================================================
  -- mailing-list messages and notes quoting address bounces
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "code index file id 45121276169 (a kernel mailing-list message: a maintainer's address bounced)",
    "The recipient address is not in the server's local list.",
    [==[Remote host said[Response Message]: 550 sorry, your recipient address is not in my local list]==]),
  e(A, B, "userunknown", "suppress", "code index file id 16402638824 (a qmail bounce kept in a mail archive: a mistyped list address)",
    "vger cannot resolve the address: no such user.",
    [==[Remote host said: 554 Hi [192.35.100.1], 5.0.0 unresolvable address: <linux-kerne@vger.kernel.org>; nosuchuser; linux-kerne@vger.kernel.org]==]),
  e(A, B, "userunknown", "suppress", "code index file id 7506231158 (a kernel mailing-list message: a contributor's address bounced)",
    "Aliyun's enterprise mail: the recipient does not exist.",
    [==[SMTP error from remote mail server after RCPT TO:<user1@208suo.com>:
    554 RCPT (user1@208suo.com) dosn't exist]==]),
  e(A, B, "userunknown", "suppress", "code index file id 40150757578 (a kernel mailing-list message: a list address in MAINTAINERS bounced)",
    "qmail: no mailbox by this name.", [==[<linux-hippi@sunsite.dk>:
Sorry, no mailbox here by that name. (#5.1.1)]==]),
  e(A, B, "userunknown", "suppress", "code index file id 5869045479 (a mailing-list program's bounce handler, comment quoting a GoDaddy bounce)",
    "No mailbox by this name.", [==[host mail.example.org [...]: 550 sorry, no mailbox here by that name. (#5.7.17)]==]),
  e(A, B, "userunknown", "suppress", "code index file id 42401687182 (a kernel mailing-list message: a maintainer's old address bounced)",
    "Intel's server: the user is unknown (the relaying system's own wording around it).",
    [==[5.1.0 - Unknown address error 550-'5.1.1 <user1@linux.intel.com>: Recipient address rejected: User unknown in
+virtual mailbox table']==]),
  e(A, B, "userunknown", "suppress", "code index file id 3005700746 (a shop's desktop tool showing the MAILER-DAEMON text it met)",
    "The recipient is invalid.",
    [==[192.0.2.9 
does not like recipient.Remote host said: 550 
Invalid recipient:(user1@example.jp):Giving up on 192.0.2.9.]==]),
  e(A, B, "userunknown", "suppress", "code index file id 16888619400 (a bounce kept in a mail archive: mail to made-up QQ addresses)",
    "QQ refuses the made-up recipient: no such mailbox.",
    [==[<user1@qq.com>: host mx3.qq.com[58.251.110.111] said: 550 Mailbox
    unavailable or access denied
    [MLxRkUvayv60iwoaaH4VBU79LrZv2aTStbpb5CxA51vOz+qqddCsJWgZK3stPujrbA== IP:
    139.129.209.233] (in reply to RCPT TO command)]==]),
  e(A, B, "userunknown", "suppress", "code index file id 11122157129 (a kernel patch: a maintainer's e-mail is bouncing)",
    "Gmail (relayed by the sender's system): the account does not exist.",
    [==[The following message to <user1@cogentembedded.com> was undeliverable.
The reason for the problem:
5.1.0 - Unknown address error 550-"5.1.1 The email account that you tried to
reach does not exist. Please try\n5.1.1 double-checking the recipient's email
address for typos or\n5.1.1 unnecessary spaces. For more information, go
to\n5.1.1  https://support.google.com/mail/?p=NoSuchUser]==]),
  e(A, B, "userunknown", "suppress", "code index file id 21462695128 (a kernel mailing-list message: a tester's address bounced)",
    "The address could not be found (Exchange's wording).",
    [==[The email address you entered couldn't be found.]==]),
  e(A, B, "userunknown", "suppress", "code index file id 27694837571 (a kernel patch: a maintainer's address bounced)",
    "codeaurora.org: no such user (an unusual 585 code).",
    [==[585 5.1.1 <user1@codeaurora.org>: Recipient address rejected: undeliverable address: No such user here.]==]),
  e(A, B, "userunknown", "suppress", "code index file id 36027437414 (a log reporter's sample Postfix lines)",
    "Postfix's recipient verification: the next hop has no such user.",
    [==[NOQUEUE: reject: RCPT from mail.example.com[10.0.0.1]: 550 <unknown@example.net>: Recipient address rejected: undeliverable address: host mail.example.net[192.168.0.1] said: 550 <unknown@example.net>: User unknown in virtual alias table (in reply to RCPT TO command); from=<from@example.com> to=<unknown@example.net> proto=SMTP helo=<mail.example.com>]==]),
  e(A, B, "userunknown", "suppress", "code index file id 13883488 (a mail server how-to: the log line recipient verification writes)",
    "Recipient verification through Dovecot's LMTP: the user does not exist.",
    [==[Recipient address rejected: undeliverable address: host tux.example.com[private/dovecot-lmtp] said: 550 5.1.1 < user1@example.com > User doesn't exist: user1@example.com (in reply to RCPT TO command); from=< user2@example.org > to=< user1@example.com >]==]),
  e(A, B, "userunknown", "suppress", "code index file id 8816051365 (a kernel mailing-list message quoting the bounce of a maintainer's address)",
    "Huawei's gateway: the recipient failed its directory (LDAP) check: no such user.",
    [==[<user1@huawei.com>: host mx5.huawei.com[124.71.93.234] said: 551 5.1.1
    <user1@huawei.com>: Recipient address rejected: Failed recipient
    validation check.: host 127.0.0.1[127.0.0.1] said: 554 5.7.1 recipient
    verify from ldap failed (in reply to RCPT TO command) (in reply to RCPT TO
    command)]==]),
  e(A, B, "suspend", "suppress", YANDEX_DSN, "i.ua / bigmir.net: the mailbox is frozen.", [==[said: 550 Mailbox is frozen.]==]),
  e(A, B, "userunknown", "suppress", YANDEX_DSN, "Rambler: the user deleted the account.",
    [==[: Recipient address rejected: Account deleted by user (in reply to RCPT TO command)]==]),
  e(A, B, "userunknown", "suppress", YANDEX_DSN, "Mail.ru: the mailbox is invalid.",
    [==[said: 550 5.1.1 Bad destination mailbox address: invalid mailbox. Local mailbox]==]),
  e(A, B, "userunknown", "suppress", YANDEX_DSN, "The recipient is unknown.", [==[said: 554 5.1.1 Unknown user;]==]),
  -- {==================================================================
  -- pastes of bounces and logs: address failures
  -- ===================================================================
  e(A, B, "userunknown", "suppress", "https://www.rubydoc.info/gems/maildiode/MailDiode/SMTPError (an SMTP server's reply constants: UNKNOWN_RECIPIENT)",
    "The server has no such recipient.", [==[550 Error: No such recipient here]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/AcwfHEdP (Exim bounce to a 1&1 mailbox)",
    "1&1 refuses the recipient: no mailbox by this address.",
    [==[SMTP error from remote mail server after RCPT TO:<user1@example.com>:
host mx01.1and1.com [74.208.5.21]: 550 Requested action not taken:
mailbox unavailable]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/JXn6c7Qj (1&1 relay bounce to a Hotmail address)",
    "Hotmail refuses the recipient: no mailbox by this address.",
    [==[SMTP error from remote server for RCPT TO command, host: mx3.hotmail.com (134.170.2.199) reason: 550 Requested action not taken: mailbox unavailable]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/YN4A4hzr (sendmail DSN)",
    "The recipient is unknown.", [==[(reason: 550 5.1.1 <user1@example.jp>... User unknown)]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/vw8FH0uF (a Mailgun 'bounced' webhook: code 550, error field)",
    "The account does not exist (Google's wording, relayed by Mailgun).",
    [==[5.1.1 The email account that you tried to reach does not exist. Please try
5.1.1 double-checking the recipient's email address for typos or
5.1.1 unnecessary spaces. Learn more at
5.1.1 http://support.example.com/mail/bin/answer.py]==]),
  e(A, B, "suspend", "suppress", "https://raw.githubusercontent.com/dbsanfte/eq-archives/master/mailing-lists/eqbards/html/26052.html (a list archive: the mail admin's notice)",
    "The account was closed for lack of use; mail to it is not read.",
    [==[This account has been closed. It had been unused since 12/1/2003. If you are receiving emails from this account then those emails are spam have spoofed addresses.]==]),
  e(A, D, "userunknown", "retry", "https://pastebin.com/MJ6Zuqfk (Postfix log, a 450 for unknown users)",
    "The recipient is unknown; the server answers with a temporary code (unknown_local_recipient_reject_code 450).",
    [==[NOQUEUE: reject: RCPT from example.com[192.0.2.84]: 450 4.1.1 <user1@ppa.com.br>: Recipient address rejected: User unknown in local recipient table; from=<user2@example.com> to=<user1@ppa.com.br> proto=SMTP helo=<example.com>]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/hZXZfAFD (Postfix log)",
    "The recipient is unknown.",
    [==[NOQUEUE: reject: RCPT from it.example.com[193.34.146.22]: 550 5.1.1 <d>: Recipient address rejected: User unknown in local recipient table; from=<system@it.example.com> to=<d> proto=ESMTP helo=<localhost.localdomain>]==]),
  e(A, B, "userunknown", "suppress", "https://gist.github.com/qrush/10138 (Postfix log)",
    "The recipient is unknown.",
    [==[NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <user1@example.com>: Recipient address rejected: User unknown in local recipient table; from=<webmaster@example.com> to=<user1@example.com> proto=ESMTP helo=<localhost.localdomain>]==]),
  e(A, B, "hostunknown", "suppress", "https://pastebin.com/SM6faCKj (Postfix log)",
    "The recipient's domain has no address records: it cannot be found.",
    [==[to=<user1@example.de>, relay=none, delay=0.07, delays=0.05/0.01/0/0, dsn=5.4.4, status=bounced (Host or domain name not found. Name service error for name=example.de type=A: Host not found)]==]),
  e(A, B, "userunknown", "suppress", "https://raw.githubusercontent.com/simple-login/app/master/local_data/email_tests/bounce.eml (a real bounce kept as a test fixture)",
    "Gmail: the account does not exist.",
    [==[host gmail-smtp-in.l.google.com[142.251.5.27] said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser z127si6173191wmc.132 - gsmtp (in reply to RCPT TO command)]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/fdiGYCB1 (Postfix log, Dovecot LMTP)",
    "Dovecot's LMTP server has no such user.",
    [==[to=<user1@mail.com>, relay=mail.com[private/dovecot-lmtp], delay=0.05, delays=0.01/0.01/0/0.02, dsn=5.1.1, status=bounced (host mail.com[private/dovecot-lmtp] said: 550 5.1.1 <user1@mail.com> User doesn't exist: user1@mail.com (in reply to RCPT TO command))]==]),
  e(A, B, "userunknown", "suppress", "https://pastebin.com/04peBCvB (Postmark's batch API answer)",
    "Postmark will not send: the recipient is marked inactive after a hard bounce or a spam complaint.",
    [==[You tried to send to a recipient that has been marked as inactive. Found inactive addresses: user1@example.com. Inactive recipients are ones that have generated a hard bounce or a spam complaint. ]==]),
  -- {==================================================================
  -- pastes of bounces and logs: other causes
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", "https://pastebin.com/7XTHEi9g (Postfix log of Gmail deferrals)",
    "Gmail: the recipient receives mail at a rate that stops more for now.",
    [==[status=deferred (host gmail-smtp-in.l.google.com[74.125.140.26] said: 450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. Please resend your 450-4.2.1 message at a later time. If the user is able to receive mail at that 450-4.2.1 time, your message will be delivered. For more information, please 450-4.2.1 visit 450 4.2.1 https://support.google.com/mail/?p=ReceivingRate 13si703206wrw.433 - gsmtp (in reply to RCPT TO command))]==]),
  e(O, D, "ratelimited", "throttle", "https://pastebin.com/Pxdx1Lg2 (sendmail log of Yandex deferrals)",
    "Yandex: the recipient exceeded their message rate limit; try later.",
    [==[dsn=4.0.0, stat=Deferred: 451 4.5.1 The recipient <user1@yandex.ru> has exceeded their message rate limit. Try again later. sbr47PA4-sbr4Rewq]==]),
  e(O, D, "ratelimited", "throttle", "https://pastebin.com/5Bjubpqp (Exim log on a cPanel host)",
    "The sending host's own limit: the sender's domain had too many deferrals and failures this hour, so the message was discarded.",
    [==[** user1@shell.com <User1@shell.com> R=enforce_mail_permissions: Domain example.com has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.]==]),
  e(O, B, "norelaying", "suppress", "https://pastebin.com/Q2pb27Y8 (mailx session against a relay)", RELAY,
    [==[550 relay is not permitted on this host.]==]),
  e(O, B, "norelaying", "suppress", "https://pastebin.com/8wKRGXBK (an open-relay test against Postfix)", RELAY,
    [==[554 5.7.1 <nobody@mail-abuse.org>: Relay access denied]==]),
  e(O, B, "norelaying", "suppress", "https://pastebin.com/BR1uBY1S (Postfix log: a web application's mail refused)", RELAY,
    [==[NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 554 5.7.1 <user1@gmail.com>: Relay access denied; from=<noreply@example.info> to=<user1@gmail.com> proto=ESMTP helo=<unimatrix-01.example.com>]==]),
  e(O, D, "norelaying", "retry", "https://pastebin.com/pWVfFvVN (Postfix log: a temporary relay refusal)", RELAY,
    [==[NOQUEUE: reject: RCPT from example.net[96.65.158.1]: 454 4.7.1 <user1@tiscali.it>: Relay access denied; from=<user1@tiscali.it> to=<user1@tiscali.it> proto=ESMTP helo=<nztl6-PC>]==]),
  e(O, B, "authfailure", "fix", "https://pastebin.com/nQSrLt48 (Postfix DSN from WP's MX)",
    "WP refuses the sender: SPF fails for the sending host.",
    [==[<user1@wp.pl>: host mx.wp.pl[212.77.101.4] said: 550 BLAD SPF - zobacz strone
/ SPF Error: Please see
http://spf.pobox.com/why.html?sender=user1%40wp.pl&ip=171.66.124.133&receiver=smtp.wp.pl
Jesli jestes uzytkownikiem poczta.wp.pl sprawdz poprawnosc autoryzacji SMTP
/ If you are a poczta.wp.pl user check SMTP configuration:
http://poczta.wp.pl/autoryzacja/ (in reply to MAIL FROM command)]==]),
  e(O, B, "authfailure", "fix", "https://pastebin.com/DZU9YnKv (a filtering service's notice to the sender)",
    "The message failed the sender domain's published DMARC policy.",
    [==[A message claiming to be from you has failed the published DMARC
policy for your domain.
Sender Domain: example.one
Sender IP Address: 192.0.2.197
SPF Alignment: no
DKIM Alignment: no
DMARC Results: Quarantine]==]),
  e(O, B, "rejected", "fix", "https://pastebin.com/w116qRkA (Postfix log: WP refuses the sender)",
    "WP refuses the envelope sender: its domain has no MX.",
    [==[status=bounced (host mx.wp.pl[212.77.101.4] said: 554 sorry, refused mailfrom because return MX does not exist (in reply to MAIL FROM command))]==]),
  e(O, B, "badreputation", "throttle", "https://pastebin.com/YvH8wVdW (Postfix DSN from Hornetsecurity's gateway)",
    "The sending IP has a bad reputation at the filtering service; it offers an unblock form.",
    [==[Diagnostic-Code: smtp; 554 5.5.4 Your IP 162.210.70.57 address has a bad
reputation. To unblock visit
http://cloud-security.net/unblock?a=2906&b=user1@example.com&c=user2@example.hn&d=6&e=162.210.70.57-mx-gate24-hz3]==]),
  e(O, B, "blocked", "contact", "https://pastebin.com/gzX5MRhp (Postfix log)",
    "The client host is listed on Spamhaus (SBL CSS).",
    [==[NOQUEUE: reject: RCPT from unknown[193.32.160.135]: 554 5.7.1 Service unavailable; Client host [193.32.160.135] blocked using zen.spamhaus.org; https://www.spamhaus.org/sbl/query/SBLCSS; from=<user1@example.com> to=<user2@example.com> proto=ESMTP helo=<[193.32.160.135]>]==]),
  e(O, B, "spamdetected", "fix", "https://pastebin.com/5N4DrDdQ (Exim log on a cPanel host: outgoing scan)",
    "The sending host's own scanner found the outgoing message to be spam.",
    [==[rejected after DATA: "SpamAssassin as cpaneleximscanner detected OUTGOING smtp message as spam (URIBL domains: example.com) (Spam score: 7.7) (Subject: Nearby babes Meet your pair)"]==]),
  e(O, B, "spamdetected", "fix", "https://pastebin.com/SBEX4mSP (XMail bounce)",
    "The receiving side detected the message as spam.",
    [==[XMail bounce: Rcpt=[user1@example.se];Error=[554 5.7.1 This email has been rejected. The email message was detected as spam.]]==]),
  e(O, B, "badreputation", "throttle", "https://pastebin.com/uXQCt8Ly (Postfix log: refused at the greeting)",
    "The receiving system refuses the sending MTA for its poor reputation.",
    [==[host mx2.mail.plasa.com[222.124.18.72] refused to talk to me: 554-mx2.mail.plasa.com 554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.]==]),
  e(O, D, "networkerror", "retry", "https://pastebin.com/e083Tkj0 (Postfix log: the local content filter is down)",
    "The sending host's own content filter does not answer; delivery is suspended for now.",
    [==[to=<user1@example.com>, relay=none, delay=395, delays=395/0.02/0/0, dsn=4.4.1, status=deferred (delivery temporarily suspended: connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)]==]),
  e(O, B, "securityerror", "fix", "https://pastebin.com/q9ynDRAd (Postfix log: a relay service)",
    "The relay requires SMTP authentication.",
    [==[status=bounced (host relay.dynu.com[199.233.237.19] said: 530 SMTP authentication is required. (in reply to RCPT TO command))]==]),
  e(O, B, "securityerror", "fix", "https://pastebin.com/t22G4F69 (sendmail DSN against Amazon SES)",
    "SES requires STARTTLS before authentication.", [==[<<< 530 Must issue a STARTTLS command first]==]),
  e(O, B, "securityerror", "fix", "https://pastebin.com/t22G4F69 (sendmail DSN against Amazon SES)",
    "SES requires authentication.", [==[(reason: 530 Authentication required)]==]),
  e(O, B, "rejected", "fix", "https://gist.github.com/sibok/efb72be811a51691913a (Postfix log)",
    "The envelope sender is not one the authenticated user owns.",
    [==[NOQUEUE: reject: RCPT from host.example.es[127.0.0.1]: 553 5.7.1 <user1@example.com>: Sender address rejected: not owned by user user2@example.es; from=<user1@example.com> to=<user3@example.es> proto=ESMTP helo=<example.es>]==]),
  e(O, B, "securityerror", "fix", "https://pastebin.com/xDPN2fTF (SMTP session with Mail.ru)",
    "Mail.ru requires authorization for mail from its users' domain.",
    [==[503 Administrative prohibition -- authorization required. Users in your domain are not allowed to send email without authorization. See http://help.mail.ru/mail-help/mailer/popsmtp for details.]==]),
  e(O, B, "rejected", "fix", "https://pastebin.com/CqbMYEiF (Exim log against Yandex's submission server)",
    "Yandex refuses an envelope sender the authenticated user does not own.",
    [==[SMTP error from remote mail server after MAIL FROM:<user1@example.com> SIZE=1957: host smtp.yandex.ru [93.158.134.38]: 553 5.7.1 Sender address rejected: not owned by auth user.]==]),
  e(O, B, "rejected", "fix", "https://pastebin.com/iZTjg9SQ (Postfix DSN)",
    "The receiving server refuses its own domain as sender from a client that has not logged in.",
    [==[553 5.7.1 <user1@example.net>:
Sender address rejected: not logged in (in reply to RCPT TO command)]==]),
  e(O, B, "badreputation", "throttle", "https://pastebin.com/18ewYuZs (Exim bounce: refused at the greeting)",
    "The receiving system refuses the sending MTA for its poor reputation.",
    [==[SMTP error from remote mail server after initial connection:
554-gw-smtp3.voeazul.com.br
554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.]==]),
  e(O, B, "spamdetected", "fix", "https://pastebin.com/fFHSCnwu (Exim log on a cPanel host: outgoing scan of a script's mail)",
    "The sending host's own scanner found the outgoing message to be spam.",
    [==[rejected by non-SMTP ACL: "SpamAssassin as cpaneleximscanner detected OUTGOING not smtp message as spam (URIBL domains: ) (Spam score: 5.1) (Subject: Test...)"]==]),
  e(O, B, "rejected", "fix", "https://pastebin.com/tzcREq2M (SMTP session and Postfix log of a submission server)",
    "The envelope sender is not one the authenticated user owns.",
    [==[553 5.7.1 <user1@example.co.uk>: Sender address rejected: not owned by user user2@example.co.uk]==]),
  e(O, B, "policyviolation", "fix", gh("green-button/green-button.github.io", "issues", 118, "mail to the project refused"),
    "The receiving side refuses the content as banned by its policy.", [==[Reason: 554 rejecting banned content]==]),
  e(O, B, "spamdetected", "fix", gh("woodpecker-ci/woodpecker", "issues", 6289, "a notification judged spam"),
    "The receiving side's local policy refused the message as spam.", [==[550 5.7.1 Refused by local policy. No SPAM please!]==]),
  e(O, D, "networkerror", "retry", "https://pastebin.com/xBT4cWzD (Gmail's bounce: the recipient server would not connect)",
    "Gmail could not connect to the recipient's server; it gave up.",
    [==[The recipient server did not accept our requests to connect. Learn more at https://support.google.com/mail/answer/7720 [example.com. 192.0.2.5: socket error]]==]),
  e(O, B, "rejected", "fix", "https://pastebin.com/2m8NY2fW (Orange's refusal of the envelope sender)",
    "Orange refuses the sender address as invalid.", [==[550 5.1.0 Emetteur invalide. Invalid Sender. OFR_415 [415]]==]),
  e(O, B, "syntaxerror", "fix", "https://pastebin.com/DaVxcqzT (Postfix DSN from Verizon's MX)",
    "The receiving server refused the MAIL FROM command as invalid.",
    [==[500 5.5.1 Invalid command (in reply to MAIL FROM command)]==]),
  e(O, B, "blocked", "contact", "https://pastebin.com/uWkHs4n0 (AOL's refusal of the sender)",
    "AOL blocks the sender.", [==[554 5.7.1 Message sender blocked by receiving server]==]),
  e(O, B, "authfailure", "fix", "https://vietnap.vn/a/loi-thu-dien-tu/ (a Vietnamese host's guide to bounce texts)",
    "Gmail: the message has no authentication (SPF/DKIM) or fails it.",
    [==[550-5.7.1 This message does not have authentication information or fails to pass authentication checks.]==]),
  e(O, B, "norelaying", "suppress", SYMPA, "Panda's filter will not relay for this recipient.",
    [==[host mx01.mep.pandasecurity.com[87.236.241.209] said: 550 relay not permitted (in reply to rcpt to command)]==]),
  e(O, D, "networkerror", "retry", SYMPA, "The recipient's server did not send its greeting in time.",
    [==[conversation with citycampus.com[199.59.243.118] timed out while receiving the initial server greeting]==]),
  e(O, D, "networkerror", "retry", SYMPA, "The connection to the recipient's server timed out.",
    [==[connect to mx2.maciste.it[62.149.198.62]:25: connection timed out]==]),
  e(O, B, "authfailure", "fix", APPLE, "iCloud refuses the message under the sender domain's DMARC policy.",
    [==[554 5.7.1 Your message was rejected due to example.jp's DMARC policy. See https://support.apple.com/en-us/HT204137 for]==]),
  e(O, B, "authfailure", "fix", APPLE, "iCloud blocked the message for failing SPF and DKIM.",
    [==[554 5.7.1 [HME1] This message was blocked for failing both SPF and DKIM authentication checks. See https://support.apple.com/en-us/HT204137 for mailing best practices]==]),
  e(O, B, "blocked", "contact", APPLE, "The sending IP is on Proofpoint's DNS blocklist.",
    [==[550 5.7.0 Blocked - see https://support.proofpoint.com/dnsbl-lookup.cgi?ip=192.0.1.2]==]),
  e(O, D, "rejected", "retry", APPLE, "iCloud refuses the envelope sender: its domain is not found (for now).",
    [==[450 4.1.8 <user1@example.jp>: Sender address rejected: Domain not found]==]),
  e(O, B, "blocked", "contact", APPLE, "iCloud's inbound server does not accept connections from the client.",
    [==[554 xxxx-smtpin001.me.com ESMTP not accepting connections]==]),
  e(O, D, "ratelimited", "throttle", "code index file id 25279307272 (an Exim log line in a log-search tool's test)",
    "GMX: too many messages to this recipient; try again after the given time.",
    [==[SMTP error from remote mail server after RCPT TO:<user1@london.com>: host mx0.gmx.com [74.208.5.90]: 450 4.3.2 Too many mails (mail bomb), try again in 1 hour(s) 25 minute(s) and see ( http://portal.gmx.net/serverrules ) {mx-us011}]==]),
  e(O, B, "norelaying", "suppress", "code index file id 56929694056 (a forum thread: mail sent through an ISP's relay)",
    "NTL's relay does not relay mail to that domain for this client.",
    [==[status=bounced (host smtp.ntlworld.com[81.103.221.11] said: 550 relaying mail to work.ac.uk is not allowed (in reply to RCPT TO command))]==]),
  e(O, B, "blocked", "contact", "code index file id 56684027223 (a forum thread: Postfix log of refusals)",
    "1&1 refuses the sending IP: it is on a block list.",
    [==[host mx01.1and1.es[217.72.192.67] refused to talk to me: 554-kundenserver.de (mxeue111) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed.]==]),
  e(O, B, "blocked", "contact", "code index file id 56794545250 (a Postfix log posted in a forum thread)",
    "AOL refuses the connecting IP (RTR:DU: dynamic or residential address).",
    [==[host mailin-03.mx.aol.com[64.12.90.33] refused to talk to me: 554- (RTR:DU)  http://postmaster.info.aol.com/errors/554rtrdu.html 554  Connecting IP: 192.0.2.6]==]),
  e(O, B, "requireptr", "fix", "code index file id 9983855361 (an admin's notes on a server's mail log)",
    "GMX refuses the sending IP for its bad reverse DNS (PTR) record.",
    [==[host mx01.emig.gmx.net[212.227.17.5] refused to talk to me: 554-gmx.net (mxgmx114) Nemesis ESMTP Service not available 554-No SMTP service 554-Bad DNS PTR resource record. 554 For explanation visit http://postmaster.gmx.com/en/error-messages?ip=192.0.2.246&c=rdns]==]),
  e(O, B, "rejected", "fix", YANDEX_DSN, "The receiving server does not accept mail from this sender address.",
    [==[said: 550 5.2.1 Mailbox unavailable. This server does not accept mails from this sender address (]==]),
  e(O, B, "authfailure", "fix", "code index file id 16041743832 (a bounce kept in a mail archive: QQ refused mail relayed for a sender)",
    "QQ refuses the message: the SPF check failed for the sending IP.",
    [==[The following message to <user1@qq.com> was undeliverable.
The reason for the problem:
5.3.0 - Other mail system problem 550-'SPF check failed [MPf7Mks9mtErD1Fu/P4qoIVx2ocLGWC7Ehw6PkGYUi69ZE0ZXc9AyAjcW9i5tdnGKw==  IP: 203.116.38.243]. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001445&&id=20022.']==]),
  e(O, D, "blocked", "throttle", "code index file id 69685077145 (a project's notes on a bounce from Naver)",
    "Naver blocks the sending IP at connection.",
    [==[host mx4.mail.naver.com refused to talk to me:
421 4.3.2 Your ip blocked from this server.   ref VPdBxVRJReWvU4oJvox9JA]==]),
  e(O, B, "blocked", "contact", "code index file id 68286466468 (a project's notes: a provider's sending IP refused)",
    "The sending IP is on the HostKarma blocklist.", [==[550 ... black list hostkarma.junkemailfilter.com]==]),
  e(O, B, "norelaying", "suppress", "code index file id 37681414972 (a kernel patch: a maintainer's address bounces permanently)",
    "MediaTek's server will not relay to that address for the sender.",
    [==[550 Relaying mail to user1@mediatek.com is not allowed (in reply to RCPT TO command)]==]),
  e(O, B, "blocked", "contact", "code index file id 59691207943 (a shop's mail routing notes: web.de and GMX refuse a provider's IP range)",
    "United Internet refuses the sending IP range by policy.", [==[550 Reject due to policy restrictions]==]),
  e(O, B, "norelaying", "suppress", "code index file id 48739057529 (a setup guide: mail to a domain whose MX was not yet active)",
    "The server will not relay for the recipient's domain (it is not set up there yet).", [==[553 Relaying disallowed]==]),
  e(O, B, "norelaying", "suppress", "code index file id 56854369504 (a forum thread: Postfix relaying through GoDaddy)",
    "GoDaddy's relay does not accept that recipient domain from this client.",
    [==[status=bounced (host smtpout.secureserver.net[64.202.165.58] 
said: 553 Sorry, that domain isn't in my list of allowed rcpthosts. (in reply to RCPT TO command))]==]),
  e(O, B, "norelaying", "suppress", "code index file id 56749406060 (a forum thread: Yahoo's bounce of mail to a self-hosted domain)",
    "GoDaddy's server refuses to relay from the sending location.",
    [==[<user1@satimis.com>:
64.202.166.11 does not like recipient.
Remote host said: 553 sorry, relaying denied from your location 
[66.163.179.83] (#5.7.1)
Giving up on 64.202.166.11.]==]),
  e(O, B, "rejected", "fix", "code index file id 57109139667 (a forum thread: Postfix relaying through an ISP)",
    "The ISP's relay refuses the envelope sender: its domain does not exist.",
    [==[status=bounced (host smtpdsl4.pldtdsl.net[210.213.253.193] said: 553 #5.1.8 Domain of sender address <user1@domain.com> 
does not exist (in reply to MAIL FROM command))]==]),
  e(O, B, "blocked", "contact", "code index file id 70106585350 (a mailer's test of a server's multi-line refusal)",
    "The sending IP is listed by Spamhaus; the server ignores its mail until resolved.",
    [==[551-5.7.1 Your IP is black listed by Spamhaus.org
551 5.7.1 we will ignore all incoming emails from you until the matter is resolved.]==]),
}
