-- Round 22 (safety): near misses -- replies that name the recipient, the
-- user, the mailbox or the address, or come wrapped in a client's
-- "recipients refused / failed to add recipient" error, while the
-- source says the cause is something else: a block list or reputation,
-- SPF or DMARC, a rate or sending quota, greylisting, a temporary lookup
-- or configuration failure on the receiving side, the sender address
-- (its domain does not resolve, the sender is a known spammer), content
-- judged as spam, relaying refused.
-- Sources: public GitHub issue threads quoting the reply (mail servers,
-- client libraries' error reports, applications' error trackers) and a
-- university help desk's table of bounce texts.  Labels follow what each
-- source says the reply means (the thread's diagnosis, the maintainer's
-- answer, or the server code path named there), mapped by the policy of
-- accuracy/corpus/README.md; without a code the outcome is the class the
-- cause implies.  Set before any classifier output was seen.  Texts are
-- quoted as the threads show them, their own redactions kept.
-- Three entries were taken out before any output was seen: two whose
-- pages the hold-out also quotes (matched by address, counts only), one
-- whose thread the development corpus already quotes.  Three more, from
-- a thread of the SMTP Field Manual's project, were left out as well:
-- the hold-out quotes that project's data.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local O = "other"
local B, D = "bounced", "deferred"

local gh = E.issue
local UMD = "http://helpdesk.umd.edu/documents/3/3025/ (university help desk: session transcripts of bounces and their explanations)"

return {
  -- Block lists and sender reputation, with the recipient named ----------
  e(O, B, "blocked", "contact", gh("modoboa/modoboa-installer", 237, "desktop client rejected, Postfix log"),
    "The server refused the client because its IP is listed on zen.spamhaus.org (the DNSBL check ran before the client authenticated).",
    [==[NOQUEUE: reject: RCPT from [HOME_IP_ADDRESS]:61079: 550 5.7.1 Service unavailable; client [HOME_IP_ADDRESS] blocked using zen.spamhaus.org]==]),
  e(O, B, "blocked", "contact", gh("roundcube/roundcubemail", 6858, "Postfix bounce quoted by a Roundcube user"),
    "Outlook.com refused the mail because part of the sending provider's network is on its block list (S3140); the maintainer: the sending server is blocked by the recipient's server.",
    [==[<malactico15@hotmail.co.uk>: host eur.olc.protection.outlook.com[104.47.124.33]
    said: 550 5.7.1 Unfortunately, messages from [87.247.242.5] weren't sent.
    Please contact your Internet service provider since part of their network
    is on our block list (S3140). You can also refer your provider to
    http://mail.live.com/mail/troubleshooting.aspx#errors.
    [HK2APC01FT029.eop-APC01.prod.protection.outlook.com] (in reply to MAIL
    FROM command)]==]),
  e(O, B, "blocked", "contact", gh("roundcube/roundcubemail", 8103, "Roundcube's error on sending"),
    "The provider's submission server refuses the user's own address, which it has blacklisted; the maintainer: an SMTP server problem, not the recipient.",
    [==[SMTP Error (550): Failed to add recipient "indicates the email address to where the email could not be sent" (5.7.1 <webmail18.sd4.0x35.net[10.200.201.18]>: Client host rejected: Blacklisted user: indicates my email address).]==],
    "The reporter replaced both addresses with descriptions, kept as shown."),
  e(O, B, "blocked", "contact", gh("ietf-tools/datatracker", 10296, "delisting request"),
    "Outgoing mail is refused because the sending IP is on Vade's threat list; the reporter asks for delisting.",
    [==[550 5.7.1 – IP 103.152.79.203 blocked by Vade Threat List (OXSUS001_101)]==],
    "The reporter's rendering of the reply, quoted as written."),
  e(O, B, "blocked", "contact", UMD,
    "The help desk: the sender's IP address is a known spam source.",
    [==[550 Sorry, no access for this ip]==]),
  e(O, B, "blocked", "contact", UMD,
    "The help desk: the sender is in a known spam domain.",
    [==[550 Sorry, no access for this domain]==]),
  e(O, B, "rejected", "fix", UMD,
    "The help desk: the sender (the envelope sender's user) is a known spammer; the refusal is of the sender, not the recipient.",
    [==[550 Sorry, no access for this user]==],
    "Judgment: the sender address itself is refused, read as rejected (envelope sender refused)."),

  e(O, B, "blocked", "contact", gh("EmailVerify/email-verify", 42, "replies to an address verifier"),
    "GMX refused the connecting IP because it is on a block list; the reporter's addresses were not at fault.",
    [==[SERVER: 554-gmx.net (mxgmx016) Nemesis ESMTP Service not available
SERVER: 554-No SMTP service
SERVER: 554-IP address is black listed.]==]),

  -- SPF and DMARC, with the recipient named --------------------------------
  e(O, B, "authfailure", "fix", gh("docker-mailserver/docker-mailserver", 2066, "policyd-spf rejecting Amazon SES mail"),
    "policyd-spf refused the message because the sending IP is not authorised by the sender domain's SPF record; Postfix reports it against the recipient.",
    [==[NOQUEUE: reject: RCPT from unknown[172.18.0.1]: 550 5.7.23 <me@mydomain.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=<GUID>@eu-central-1.amazonses.com;ip=172.18.0.1;r=<UNKNOWN>; from=<0<GUID>@eu-central-1.amazonses.com> to=<me@mydomain.com> proto=ESMTP helo=<b224-5.smtp-out.eu-central-1.amazonses.com>]==]),
  e(O, B, "authfailure", "fix", gh("rubymonsters/speakerinnen_liste", 1327, "Exim bounce of a forwarded message"),
    "Gmail refused the forwarded message because the MAIL FROM domain's hard-fail SPF policy does not authorise the forwarding IP.",
    [==[<'name'>@gmail.com
(ultimately generated from info@<'domain'>.com)
    host gmail-smtp-in.l.google.com [172.217.215.27]
    SMTP error from remote mail server after pipelined end of data:
    550-5.7.26 The MAIL FROM domain [speakerinnen.org] has an SPF record with a hard
    550-5.7.26 fail policy (-all) but it fails to pass SPF checks with the ip:
    550-5.7.26 [80.67.18.40]. To best protect our users from spam and phishing, the
    550-5.7.26 message has been blocked. Please visit
    550-5.7.26  https://support.google.com/mail/answer/81126#authentication for more
    550 5.7.26 information. dc17-20020a05690c0f1100b005a81a489448si808794ywb.267 - gsmtp]==]),
  e(O, B, "authfailure", "fix", gh("Mailu/Mailu", 1473, "Postfix log of a DMARC bounce"),
    "Gmail refused the message because it failed the sender domain's DMARC policy (the reporter: a DKIM signing misconfiguration).",
    [==[to=<REDACTED@gmail.com>, relay=gmail-smtp-in.l.google.com[74.125.133.26]:25, delay=1.4, delays=0.44/0.08/0.61/0.23, dsn=5.7.26, status=bounced (host gmail-smtp-in.l.google.com[74.125.133.26] said: 550-5.7.26 Unauthenticated email from REDACTED is not accepted due to 550-5.7.26 domain's DMARC policy. Please contact the administrator of 550-5.7.26 REDACTED domain if this was a legitimate mail. Please 550-5.7.26 visit 550-5.7.26  https://support.google.com/mail/answer/2451690 to learn about the 550 5.7.26 DMARC initiative. i7si731267wml.114 - gsmtp (in reply to end of DATA command))]==]),

  -- Content judged as spam, with the recipient named ----------------------
  e(O, B, "spamdetected", "fix", gh("sympa-community/sympa", 447, "Postfix bounce to a list owner, Status 5.7.1"),
    "The relay rejected the list's message to each recipient as spam (Status 5.7.1); the recipients are not at fault.",
    [==[<camille.ct@gmail.com>: Spam message rejected]==],
    "No code in the text; the DSN's Status is 5.7.1."),
  e(O, B, "policyviolation", "fix", gh("dyve-agency/zeitkit", 62, "Airbrake report of a Ruby Net::SMTP error"),
    "Gandi's mail service refused the message for a policy reason (one of its numbered rules, explained on its postmaster page); the addresses are not blamed.",
    [==[Net::SMTPFatalError: 550 5.7.1  Reject for policy reason RULE3_2. See http://postmaster.gandi.net]==],
    "Judgment: the source names only 'policy reason'; read as policyviolation."),

  -- Rate limits and sending quotas ------------------------------------------
  e(O, B, "ratelimited", "throttle", gh("nodemailer/nodemailer", 1555, "bulk sending through GMX"),
    "The maintainer: the sending server rate-limits the sender; after about 30 minutes the same volume goes through again.",
    [==[Can’t send mail - all recipients were rejected: 550-Requested action not taken: mailbox unavailable 550 Failure sending mail. Try again later.]==]),
  e(O, D, "ratelimited", "throttle", gh("goauthentik/authentik", 10720, "Django SMTP backend traceback"),
    "The submission server refused the message at end of data because the sender made too many requests per time unit.",
    [==[smtplib.SMTPDataError: (450, b'4.7.1 <END-OF-MESSAGE>: End-of-data rejected: Sorry, too many requests per time unit')]==]),
  e(O, B, "ratelimited", "throttle", gh("iiuni/projektzapisy", 960, "Django traceback from the error tracker"),
    "Gmail refused the message because the sending account's daily sending quota is used up.",
    [==[SMTPDataError: (550, b'5.4.5 Daily user sending quota exceeded. s124sm6149838wme.29 - gsmtp')]==]),
  e(O, D, "ratelimited", "throttle", gh("zone-eu/zone-mta", 110, "Gmail deferral of mail to one address"),
    "Gmail defers because the user is receiving mail at too high a rate; the maintainer: the recipient gets too many mails, not specifically from you.",
    [==[450-4.2.1 450-4.2.1 The user you are trying to contact is receiving mail at a rate that
450-prevents additional messages from being delivered. Please resend your
450-message at a later time. If the user is able to receive mail at that]==],
    "The source cuts the reply where shown."),

  -- Greylisting and replies that ask to try again ---------------------------
  e(O, D, "undefined", "retry", gh("schweikert/postgrey", 84, "Exim bounce of a greylisted message"),
    "Postgrey greylisted the delivery: the receiver asks the sender to try again later.",
    [==[SMTP error from remote mail server after RCPT TO:<mirabellug@aful.org>:
450 4.2.0 <mirabellug@aful.org>: Recipient address rejected: Greylisted,
see http://postgrey.schweikert.ch/help/aful.org.html]==]),
  e(O, D, "undefined", "retry", gh("schweikert/postgrey", 82, "a proxy that never retries greylisted mail"),
    "Postgrey greylisted the delivery; the sending proxy did not retry.",
    [==[NOQUEUE: reject: RCPT from delivery.mailspamprotection.com[146.66.121.212]: 450 4.2.0 <phma@bezitopo.org>: Recipient address rejected: Greylisted]==]),
  e(O, D, "undefined", "retry", gh("docker-mailserver/docker-mailserver", 3497, "iCloud mail delayed by Postgrey"),
    "Postgrey delayed the message (greylisting, early retry); the reply asks the sender to come back later.",
    [==[Recipient address rejected: Delayed by Postgrey]==],
    "No code in the text; deferred as greylisting is."),
  e(O, D, "undefined", "retry", gh("knadh/listmonk", 2749, "campaign replies from many recipients' servers"),
    "The recipients' server asked to try again later (in English and German); the addresses are not said to be bad.",
    [==[Recipient address rejected: Please try again later! / Bitte versuchen Sie es spaeter erneut!]==],
    "No code in the text; the reply itself asks to retry."),

  -- Temporary lookup and configuration failures of the receiving side ------
  e(O, D, "systemerror", "retry", gh("modoboa/modoboa", 2200, "Postfix log, policy service unreachable"),
    "Postfix could not talk to its policy service (a configuration problem on the receiving server) and deferred the recipient.",
    [==[NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 451 4.3.5 <user@domain2.eu>: Recipient address rejected: Server configuration problem; from=<user@domain1.net> to=<user@domain2.eu> proto=ESMTP helo=<email.domain1.net>]==]),
  e(O, D, "systemerror", "retry", gh("modoboa/modoboa-installer", 352, "Thunderbird's error dialog, German"),
    "The server's recipient check failed on its own configuration (the installer's policy daemon); the address is not at fault.",
    [==[Fehler beim Senden der Nachricht: Der Mail-Server antwortete: 
451 4.3.5 <empfänger email>: Recipient address rejected: Server configuration problem.
 Bitte überprüfen Sie die E-Mail-Adresse des Empfängers "empfänger email" und wiederholen Sie den Vorgang.]==]),
  e(O, D, "systemerror", "retry", gh("modoboa/modoboa-installer", 380, "Thunderbird's error dialog"),
    "The server's recipient check failed on its own configuration (Postfix could not use a service it is set up with); the address is not at fault.",
    [==[An error occurred while sending mail. The mail server responded:
4.3.5 <test@blueappleonline.com>: Recipient address rejected: Server configuration problem.
Please check the message recipient "test@blueappleonline.com" and try again.]==],
    "No code in the text; the status 4.3.5 is temporary."),
  e(O, D, "systemerror", "retry", gh("stalwartlabs/stalwart", 386, "mail client's log"),
    "The receiving server's directory lookup failed temporarily; the account exists (shown in the thread).",
    [==[Recipient address 'admin@zeusit.lt' not accepted due to the following reason: 
             "4.3.0 <giedrius@zeusman.lt>: Temporary lookup failure
         "]==]),
  e(O, D, "systemerror", "retry", gh("Mailu/Mailu", 1883, "Roundcube error on sending"),
    "A temporary lookup failure inside the mail server (its lookup service was unreachable); sending and receiving both failed.",
    [==[SMTP Error (451): Failed to add recipient "xxx@gmail.com" (4.3.0 <admin@mydomain.com>: Temporary lookup failure).]==]),
  e(O, D, "systemerror", "retry", gh("outroll/vesta", 2028, "Roundcube error on sending"),
    "The server answered with its temporary local problem; the message should be retried.",
    [==[SMTP Error (451): Failed to add recipient "email@example.com" (Temporary local problem - please try later).]==]),
  e(O, D, "rejected", "retry", gh("PHPMailer/PHPMailer", 254, "PHPMailer debug output"),
    "The server could not verify the form's MAIL FROM address and deferred the recipient; with another sender address the same recipient is accepted.",
    [==[SMTP ERROR: RCPT TO command failed: 451 Temporary local problem - please try later
SMTP Error: The following recipients failed: support@pineisland48.com]==],
    "Judgment: the thread shows the sender address decides; read as the sender refused (for now)."),

  -- The sender's domain does not resolve -----------------------------------
  e(O, D, "rejected", "retry", gh("mailcow/mailcow-dockerized", 1359, "Postfix bounce from a Raspberry Pi sender"),
    "The receiving server refused the envelope sender because its domain does not resolve (reject_unknown_sender_domain).",
    [==[(host mail.[xx.xx.xx.xx] said: 450 4.1.8 <user@blub.tld>: Sender address rejected: Domain not found (in reply to RCPT TO command))]==]),
  e(O, D, "rejected", "retry", gh("docker-mailserver/docker-mailserver", 2921, "Postfix log, Amazon SES sender"),
    "Postfix refused the SES bounce address because its domain has no A, AAAA or MX record.",
    [==[NOQUEUE: reject: RCPT from a27-190.smtp-out.us-west-2.amazonses.com[54.240.27.190]: 450 4.1.8 <0101018-618fb3eb024d-000000@email.mydomain.com>: Sender address rejected: Domain not found; from=<0101018-618fb3eb024d-000000@email.mydomain.com> to=<email@mydomain.com> proto=ESMTP helo=<a27-190.smtp-out.us-west-2.amazonses.com>]==]),

  -- Relaying refused (our client's setup) -----------------------------------
  e(O, B, "norelaying", "suppress", gh("nodemailer/nodemailer", 386, "Nodemailer error object"),
    "The server would not relay for the client (the reporter had the wrong IP).",
    [==[{
 [Error: Can't send mail - all recipients were rejected]
  code: 'EENVELOPE',
  response: '550 5.7.1 Unable to relay for paris.team@parisoptimalplanning.com',
  responseCode: 550
 }]==]),
  e(O, B, "securityerror", "fix", gh("mikechabot/smtp-email-spoofer-py", 18, "Python traceback"),
    "The server refused to relay because the client did not authenticate (its login is what must change: the address is not at fault).",
    [==[smtplib.SMTPRecipientsRefused: {'bryanb@psych360.org': (550, b'relay access denied - please authenticate')}]==]),

  -- JavaMail reports every refused RCPT as "Invalid Addresses" -----------
  e(O, D, "ratelimited", "throttle", gh("eclipse-ee4j/angus-mail", 160, "replies JavaMail reported as 'Invalid addresses'"),
    "The reporter: the addresses were valid; the server refused because the sending account's limits were exceeded.",
    [==['Invalid Addresses' (3x caused by later): 471 4.7.1 <valid@mail.com>: The limits for your account are exceeded. Please try again later.]==]),
  e(O, B, "syntaxerror", "fix", gh("eclipse-ee4j/angus-mail", 160, "replies JavaMail reported as 'Invalid addresses'"),
    "The reporter: the addresses were valid; the server did not recognise a command.",
    [==['Invalid Addresses' (3x caused by later): 500 5.0.0 Syntax error, command unrecognized]==]),
  e(O, B, "syntaxerror", "fix", gh("eclipse-ee4j/angus-mail", 160, "replies JavaMail reported as 'Invalid addresses'"),
    "Gmail could not decode what the client sent (a protocol syntax error); the addresses were valid.",
    [==['Invalid Addresses' (3x caused by later): 555-5.5.2 Syntax error, cannot decode response. For more information, go to 555-5.5.2  https://support.google.com/a/answer/3221692 and review RFC 5321 555 5.5.2 specifications. ]==]),
  e(O, B, "blocked", "contact", gh("eclipse-ee4j/angus-mail", 160, "replies JavaMail reported as 'Invalid addresses'"),
    "The receiving server refused the sending client host; the addresses were valid.",
    [==['Invalid Addresses' (3x caused by later): 554 5.7.1 Client host rejected: Access denied]==]),
  e(O, B, "norelaying", "suppress", gh("eclipse-ee4j/angus-mail", 160, "replies JavaMail reported as 'Invalid addresses'"),
    "The server would not relay the message onward.",
    [==['Invalid Addresses' (3x caused by later): 550 5.4.4 Unable to relay]==]),

  -- The sending account or service is not allowed to send -------------------
  e(O, B, "rejected", "fix", gh("swapmyvote/swapmyvote", 332, "Airbrake report, Mailgun sandbox domain"),
    "Mailgun refused the message because the account still sends from a sandbox domain that may only mail authorised recipients; the thread: the sending configuration had been reset.",
    [==[554 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.]==],
    "Judgment: a refusal of the sending account's setup; read as rejected (fix)."),
  e(O, B, "rejected", "fix", gh("swiftmailer/swiftmailer", 1258, "Swift Mailer exception"),
    "The submission server refused the message because the authenticated client may not send as that sender address.",
    [==[Swift_TransportException in AbstractSmtpTransport.php line 383: Expected response code 250 but got code "550", with message "550 5.7.60 SMTP; Client does not have permissions to send as this sender"]==]),

  -- The receiving service is down or its DNS failed ----------------------
  e(O, B, "systemerror", "contact", gh("Gilwyad/mailnesia.com", 14, "Gmail's report while the service was down"),
    "The disposable-mail service's server failed (an internal error); the maintainer later: it is working again.",
    [==[Delivery to the following recipient failed permanently:

 khitupamarosu271@mailnesia.com
Technical details of permanent failure:
Google tried to deliver your message, but it was rejected by the server for the recipient domain mailnesia.com by mailnesia.com. [162.250.144.109].

The error that the other server returned was:
500 Internal Server Error]==]),
  e(O, B, "networkerror", "contact", gh("SjonHortensius/pfsense", 52, "Gmail's report, the owner's DNS provider failing"),
    "The domain exists; the owner: his DNS provider is having issues, so the lookup failed.",
    [==[Delivery to the following recipient failed permanently:

```
sjon@**********.***
```

Technical details of permanent failure: 
DNS Error: Address resolution of *********_.**_. failed: Domain name not found]==],
    "Hard case: the text reads as a domain that does not exist, the source says a DNS provider outage. No code; Gmail reported it as permanent."),

  e(O, D, "norelaying", "retry", gh("root-io/vmail", 68, "Windows Live Mail's error, Portuguese"),
    "The provider's submission server refused to relay for the client (temporarily, 454); the thread treats it as the service's relay setup.",
    [==[Erro de Servidor: 454
Resposta do Servidor: 454 4.7.1 <*@cnpd.pt>: Relay access denied
Servidor: 'vmail.me'
ID de Erro do Windows Live Mail: 0x800CCC79
Protocolo: SMTP
Porta: 465
Secure(SSL): Sim]==]),
  e(O, B, "norelaying", "suppress", gh("mike-koch/Mods-for-HESK", 116, "help-desk SMTP log against a Sophos appliance"),
    "The company's mail appliance refused to relay the help desk's message to an outside address.",
    [==[Error: 554 5.7.1 <you@me.com>: Relay access denied]==]),

  -- The recipient's own forwarding is broken --------------------------------
  e(O, B, "systemerror", "contact", UMD,
    "The help desk: the recipient has a .forward file whose contents cannot be used, so the receiving system cannot deliver.",
    [==[550 /directory-path/.forward: line 1: (contents of line 1) ... Can't create output: Permission denied]==],
    "Judgment: a delivery failure inside the receiving system, not an unknown address; read as systemerror."),
}
