-- Round 26 (families): replies of the kinds read worst so far, from
-- sources no earlier round drew on: texts without a reply code whose
-- outcome follows from their words (queue expiry, DNS and connection
-- failures), MTA queue-expiry and delay templates filled with their
-- default values, list and group refusals of a post, permanent DNS
-- failures (no such domain, an MX host that does not exist) against
-- temporary ones (SERVFAIL, timeouts), "mailbox full" worded as a
-- quota, a folder's item limit or a procmail write failure,
-- greylisting in several wordings (one of them carrying the status
-- 4.2.2), and client-library errors that carry a server reply.
-- Labels follow what each source says, mapped by the policy of
-- accuracy/corpus/README.md (a list's refusal of a post is
-- filtered/suppress, as in round 12; greylisting is
-- undefined/retry, as in earlier rounds; a delay notice that names no
-- cause is undefined/retry).  Set before any classifier output was
-- seen.  Placeholders and personal addresses are filled with example
-- values (userN@ the same domain, example.com).
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local O, A = "other", "address"
local B, D = "bounced", "deferred"

local gh = E.issue
local idx = E.index

local SM86 = "sendmail 8.6 envelope.c dropenvelope()"
local PFX = "Postfix 1.x/2.x bounce_notify_util.c delay notice"
local EXSR = "Exchange SmtpResponse table, decompiled"

return {
  -- {==================================================================
  -- queue expiry and delay notices (templates filled with defaults)
  -- ===================================================================
  e(O, B, "expired", "contact", idx("475186803", SM86 .. ", to_q_return passed (default 5 days)"),
    "The message stayed in the queue past the return timeout; sendmail gives it up and returns it.",
    [==[Cannot send message for 5 days]==]),
  e(O, B, "expired", "contact", idx("475186803", SM86 .. ", transcript line written when the return timeout passed"),
    "The queue lifetime ran out: the message is deleted from the queue and returned.",
    [==[Message could not be delivered for 5 days
Message will be deleted from queue]==]),
  e(O, D, "undefined", "retry", idx("475186803", SM86 .. ", to_q_warning passed (4 hours)"),
    "A delay warning: the message is still queued and sendmail keeps trying; no cause is named.",
    [==[Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old]==]),
  e(O, D, "undefined", "retry", idx("475186803", SM86 .. ", the warning's short form"),
    "A delay warning: the message could not be sent for 4 hours and stays queued.",
    [==[warning: cannot send message for 4 hours]==]),
  e(O, D, "undefined", "retry", idx("44372427559", PFX .. " with delay_warning_time 4h, maximal_queue_lifetime 5d"),
    "A delay notice: delivery has not succeeded yet and will be retried until the queue lifetime.",
    [==[Your message could not be delivered for 4.0 hours. It will be retried until it is 5.0 days old.]==]),
  e(O, B, "expired", "contact", idx("11855963925", EXSR .. ": MessageTooOld"),
    "The message was too old and was dropped without delivery.",
    [==[550 4.4.7 Message dropped. Message too old]==]),
  e(O, B, "expired", "contact",
    "https://github.com/Perl/perl5/issues/5407 (an MDaemon notice quoted in a migrated RT ticket)",
    "MDaemon gave up after its configured delivery attempts and removed the message from its queue.",
    [==[The attached message had PERMANENT fatal delivery errors! After one or more unsuccessful delivery attempts the attached message has been removed from the mail queue on this server. The number and frequency of delivery attempts are determined by local configuration parameters. YOUR MESSAGE WAS NOT DELIVERED!]==]),
  e(O, D, "expired", "contact", idx("8484502163", "a qmail bounce saved in a repository; address replaced"),
    "qmail could not connect to the recipient's host until the message was too old in the queue; it gave up.",
    [==[<user1@montevideo.com>:
Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
I'm not going to try again; this message has been in the queue too long.]==]),
  e(O, D, "expired", "contact", idx("10822393153", "a kernel list mail quoting a qmail bounce for a defunct list's address"),
    "No connection could be made to the list host until the queue lifetime ran out.",
    [==[Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)
I'm not going to try again; this message has been in the queue too long.]==]),
  -- }==================================================================

  -- {==================================================================
  -- mailing lists and groups
  -- ===================================================================
  e(O, B, "filtered", "suppress",
    gh("pivotal-cf/docs-pks", 256, "a Google Groups refusal of a post to a feedback address"),
    "The group refused the post: it may not exist or the sender may not post to it.",
    [==[We're writing to let you know that the group you tried to contact (pks-feedback) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

* You might have spelled or formatted the group name incorrectly.
* The owner of the group may have removed this group.
* You may need to join the group before receiving permission to post.
* This group may not be open to posting.]==]),
  e(O, B, "filtered", "suppress",
    gh("google/starthinker", 65, "a Google Groups refusal of a post to a help address"),
    "The group refused the post: it may not exist or is not open to posting.",
    [==[We're writing to let you know that the group you tried to contact (starthinker-help) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.]==]),
  e(O, B, "filtered", "suppress",
    "http://listsearches.rootsweb.com/th/read/LIST-UPDATE/2007-09/1190478111 (Mailman's reject notice for non-members, as the list host quotes it)",
    "The list takes posts from members only; the post was rejected.",
    [==[You are not allowed to post to this mailing list, and your message has been automatically rejected. If you think that your messages are being rejected in error, contact the mailing list owner at list-owner@example.com.]==]),
  e(O, B, "filtered", "suppress", idx("11855963925", EXSR .. ": RecipientPermissionRestrictedToGroup"),
    "The sender may not send to this distribution list.",
    [==[550 5.7.1 RESOLVER.RST.NotAuthorizedToGroup; not authorized to send to the distribution list]==]),
  e(O, B, "systemerror", "contact", idx("11855963925", EXSR .. ": NoModeratorAddresses"),
    "The moderated recipient has no moderators set up: the receiving organisation must fix it.",
    [==[550 5.2.0 Resolver.MT.NoModeratorAddresses; No moderator addresses for approval process]==]),
  e(O, B, "systemerror", "contact", idx("11855963925", EXSR .. ": ModerationLoop"),
    "The approval process loops: a configuration fault at the receiving organisation.",
    [==[550 5.2.0 Resolver.MT.ModerationLoop; Loop in approval process]==]),
  -- }==================================================================

  -- {==================================================================
  -- DNS: no such domain or host (final) against a resolver failure
  -- ===================================================================
  e(A, B, "hostunknown", "suppress", idx("11855963925", EXSR .. ": DnsNonExistentDomain"),
    "Exchange found that the recipient's domain does not exist in DNS.",
    [==[554 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain]==]),
  e(O, B, "networkerror", "contact", idx("11855963925", EXSR .. ": DnsMxLoopback"),
    "The domain's DNS records point back to the sending server: a configuration loop, not the address.",
    [==[554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop]==]),
  e(O, D, "networkerror", "retry", idx("60208048709", "a blog post on an Exchange 2007/2010 coexistence: the queue's last error"),
    "The internal DNS lookup failed while routing between two Exchange servers; the queue keeps retrying.",
    [==[451 4.4.0 dns query failed. The error was: SMTPsend.dns.nonexistentdomain; nonexistent]==]),
  e(A, B, "hostunknown", "suppress", idx("56709760648", "a forum thread: a domain's MX names a host that does not exist"),
    "Gmail found the domain's MX host has no address records: mail cannot be delivered to the domain.",
    [==[DNS Error: 7549989 DNS type 'mx' lookup of ktlwik.ga responded with code NOERROR 7549989 DNS type 'aaaa' lookup of mail.ktlwik.ga. responded with code NXDOMAIN 7549989 DNS type 'a' lookup of mail.ktlwik.ga. responded with code NXDOMAIN]==]),
  e(A, B, "hostunknown", "suppress", idx("68854485395", "a mail product's troubleshooting docs (Spanish), the error as logged"),
    "The domain's MX names a host without A or AAAA records; the domain cannot receive mail.",
    [==[DNS Error: 9546905 DNS type 'mx' lookup of mydomain responded with code NOERROR
9546905 DNS type 'aaaa' lookup of mail.mydomain. responded with code NXDOMAIN
9546905 DNS type 'a' lookup of mail.mydomain. responded with code NXDOMAIN]==]),
  e(A, B, "hostunknown", "suppress", idx("39993392321", "a site's list of refused domains, with the Gmail error it got"),
    "The recipient's domain does not exist (NXDOMAIN).",
    [==[DNS Error: 6986617 DNS type 'mx' lookup of fmshool72.ru responded with code NXDOMAIN Domain name not found: fmshool72.ru]==]),
  e(O, B, "networkerror", "contact", idx("11855963925", EXSR .. ": DnsInvalidData"),
    "DNS gave an answer Exchange could not use for the recipient's domain; the destination's DNS is broken.",
    [==[554 5.4.4 SMTPSEND.DNS.InvalidData; DNS returned an invalid response for this domain]==]),
  e(O, B, "networkerror", "contact", idx("11855963925", EXSR .. ": NoNextHop"),
    "Exchange has no route for the recipient's domain (a routing or connector setup problem).",
    [==[550 5.4.4 ROUTING.NoNextHop; unable to route]==]),
  e(O, D, "networkerror", "retry",
    "http://www.brandonhutchinson.com/host_map__lookup_(domain)__deferred.html (sendmail's wording for a DNS lookup it could not finish)",
    "A DNS lookup for the destination failed (SERVFAIL); sendmail queues the message for later.",
    [==[host map: lookup (example.com): deferred]==]),
  e(O, D, "networkerror", "retry",
    "http://www.brandonhutchinson.com/host_map__lookup_(domain)__deferred.html (the same failure in another wording)",
    "A transient DNS failure: the message is queued for future delivery.",
    [==[Transient parse error -- message queued for future delivery]==]),
  -- }==================================================================

  -- {==================================================================
  -- mailbox full: quota, folder item limit, delivery-agent write
  -- ===================================================================
  e(O, B, "mailboxfull", "suppress",
    "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/remote-server-returned-mailbox-busy (a folder at Exchange Online's item limit)",
    "A folder of the mailbox holds the maximum number of items (one million); delivery fails until items are moved.",
    [==[Remote Server returned '554 4.3.2 mailbox busy; STOREDRV.Deliver.Exception:StoragePermanentException.MapiExceptionMaxObjsExceeded; Failed to process message due to a permanent exception with message Cannot complete delivery-time processing.]==]),
  e(O, B, "mailboxfull", "suppress",
    "https://manage.accuwebhosting.com/knowledgebase/4726/How-to-resolve-550-Mailbox-quota-exceeded.html (an Exim bounce quoted; address replaced)",
    "The recipient's mailbox is over its storage quota.",
    [==[SMTP error from remote mail server after RCPT TO:<user1@domain.com>:
host domain.com [11.22.33.44]: 550 Mailbox quota exceeded]==]),
  e(O, B, "mailboxfull", "suppress",
    "https://kb.diadem.in/print/69/ (a qmail bounce quoted by a host's help page)",
    "The recipient's mailbox is over its quota; the message was returned.",
    [==[Recipient's mailbox is full, message returned to sender.]==]),
  e(O, B, "mailboxfull", "suppress",
    "https://www.nttbiz.jp/hosting_user/faq_op/node/193 (a sendmail bounce with procmail quoted by a host's FAQ)",
    "The user's disk allotment is full: procmail could not write the message.",
    [==[(reason: can't create (user) output file)
----- Transcript of session follows -----
procmail: Quota exceeded while writing "user1"
550 5.0.0]==]),
  e(O, D, "mailboxfull", "retry",
    "https://www.ecenica.com/support/answer/happens-emails-sent-mailbox-full/ (the host's reply when a mailbox stays full for 4 days)",
    "The mailbox stayed full; the host returns a temporary mailbox-full failure.",
    [==[452 4.2.2 Mailbox is full]==]),
  e(O, D, "systemfull", "retry",
    "https://techshelps.github.io/MDaemon/misc__quotas.htm (MDaemon's reply for an account over quota, by default)",
    "MDaemon answers an over-quota account with a temporary storage failure by default.",
    [==[452 Requested action not taken: insufficient system storage]==]),
  e(O, B, "mailboxfull", "suppress",
    "https://techshelps.github.io/MDaemon/misc__quotas.htm (MDaemon's reply for an account over quota, with the permanent option)",
    "With the option set, MDaemon answers an over-quota account with a permanent failure.",
    [==[552 Requested mail action aborted: exceeded storage allocation]==]),
  -- }==================================================================

  -- {==================================================================
  -- greylisting
  -- ===================================================================
  e(O, D, "undefined", "retry",
    "http://www.exchangefreaks.com/Grey-list-t128141.html (a telnet test to a greylisting host, quoted in a newsgroup post)",
    "The host greylists new senders for 300 seconds; retry later.",
    [==[450 Recipient address rejected greylisted for 300 seconds]==]),
  e(O, D, "undefined", "retry",
    "https://www.kluenter.de/greylisted.html (the greylisting help page names the reply; cut where it names its own page)",
    "The server greylists; the mail is only delayed.",
    [==[Greylisted for 300 seconds]==]),
  e(O, D, "undefined", "retry", idx("2406918087", "Stalwart docs: a Sieve greylisting script's reject"),
    "A greylist rejects the first attempt from a new triplet; retry in a few moments.",
    [==[422 4.2.2 Greylisted, please try again in a few moments.]==]),
  e(O, D, "undefined", "retry", idx("70106723757", "a .NET mail server's greylist filter, SmtpReplyCode.Aborted with a 5-minute delay"),
    "The recipient is greylisted for the sender; retry after a few minutes.",
    [==[451 4.7.1 Greylisted, please try again in 5 minutes]==]),
  e(O, D, "undefined", "retry",
    gh("rspamd/rspamd", 2013, "Postfix log of rspamd's greylisting via milter"),
    "Rspamd greylisted the message at end of DATA; the sender retries later.",
    [==[milter-reject: END-OF-MESSAGE from relay2.uni-heidelberg.de[129.206.119.212]: 4.7.1 Try again later; from=<user1@example.com> to=<user2@example.com> proto=ESMTP helo=<relay2.uni-heidelberg.de>]==]),
  e(O, D, "undefined", "retry",
    gh("stalwartlabs/stalwart", 1108, "a Postfix bounce quoting a greylisting server's 422 (the sender's MTA took it as final)"),
    "The receiving server greylisted the first attempt; its reply asks to try again in a few moments.",
    [==[host mail.test.net[12.34.56.78] said: 422 4.2.2 Greylisted, please try again in a few moments. (in reply to RCPT TO command)]==]),
  e(O, D, "undefined", "retry",
    gh("warmbly/warmbly", 574, "a Go sender's wrapped error naming the step and the reply"),
    "The recipient's server greylisted the RCPT; a later attempt gets through.",
    [==[rcpt to: 450 "4.2.0 greylisted"]==]),
  -- }==================================================================

  -- {==================================================================
  -- connection-level texts and client libraries
  -- ===================================================================
  e(O, D, "networkerror", "retry",
    "https://rick.cogley.info/post/setup-smarthost-in-linux-sendmail/ (a sendmail maillog line)",
    "sendmail could not connect to the remote server in time; the message stays queued.",
    [==[dsn=4.0.0, stat=Deferred: Connection timed out with]==]),
  e(O, D, "networkerror", "retry",
    "https://worldtransport.net/us_1/transportnull-error-110-connection-timed-out/ (a sendmail log line discussed)",
    "The connection to Google's MX timed out; sendmail will try again later.",
    [==[stat=Deferred: Connection timed out with alt4.gmail-smtp-in.l.google.com.]==]),
  e(O, D, "networkerror", "retry",
    "https://perfectmail.com/kb/deferred_connection_timed_out (the appliance's knowledge base)",
    "The server failed to open a connection to the remote mail server; it keeps retrying for days.",
    [==[stat=Deferred: Connection timed out with mx.example.com.]==]),
  e(O, D, "ratelimited", "throttle",
    "http://developerit.com/en/search/page-34/mike-gifford (a sendmail relay's log in a question)",
    "The Exchange relay refused more concurrent connections; sendmail deferred and retried.",
    [==[dsn=4.0.0, stat=Deferred: 421 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission channel]==]),
  e(O, D, "systemfull", "retry",
    "http://developerit.com/en/search/page-34/mike-gifford (the next attempt in the same log)",
    "The relay lacked system resources; the message was deferred and later delivered.",
    [==[dsn=4.0.0, stat=Deferred: 452 4.3.1 Insufficient system resources]==]),
  e(O, D, "systemfull", "retry", idx("11855963925", EXSR .. ": MailboxDiskFull"),
    "The disk of the mailbox database is full: the server's storage, not the user's quota.",
    [==[431 4.3.1 STOREDRV; mailbox disk is full]==]),
  e(O, D, "systemerror", "retry", idx("11855963925", EXSR .. ": MailboxServerOffline"),
    "The mailbox server is offline; delivery is retried.",
    [==[432 4.3.2 STOREDRV; mailbox server is offline]==]),
  e(O, D, "systemerror", "retry", idx("11855963925", EXSR .. ": MailboxServerTooBusy"),
    "The mailbox server is too busy; delivery is retried.",
    [==[432 4.3.2 STOREDRV.Storage; mailbox server is too busy]==]),
  e(O, D, "systemerror", "retry", idx("11855963925", EXSR .. ": MailboxDatabaseMoved"),
    "The mailbox database has moved; delivery is retried towards its new place.",
    [==[421 4.2.1 STOREDRV.Deliver; mailbox database has moved.]==]),
  e(O, D, "networkerror", "retry", idx("11855963925", EXSR .. ": SuspiciousRemoteServerError"),
    "The remote server dropped the connection abruptly; the next attempt is delayed.",
    [==[451 4.4.0 SMTPSEND.SuspiciousRemoteServerError; remote server disconnected abruptly; retry will be delayed]==]),
  e(O, D, "ratelimited", "throttle", idx("11855963925", EXSR .. ": SenderRecipientThrottlingMessageRejected"),
    "Too many messages from this sender to this recipient in a short time.",
    [==[450 4.5.0 Message rejected.  Excessive message rate from sender to recipient.]==]),
  e(O, D, "networkerror", "retry",
    "https://github.com/chatmail/core/pull/5665 (Postfix under CI load)",
    "Postfix closed the session after its timeout; the client should retry.",
    [==[421 4.4.2 Error: timeout exceeded]==]),
  e(O, D, "networkerror", "retry",
    gh("warmbly/warmbly", 574, "the same sender's error when the port refuses connections"),
    "The submission port refused the connection; nothing was said about the address.",
    [==[dial smtp.example.com:465: connect: connection refused]==]),
  e(A, B, "userunknown", "suppress",
    gh("FeeiCN/Cobra", 377, "Python smtplib traceback; address replaced"),
    "The server refused the only recipient: no such mailbox.",
    [==[smtplib.SMTPRecipientsRefused: {'user1@meili-inc.com': (550, 'Mailbox not found or access denied')}]==]),
  e(O, B, "ratelimited", "throttle", idx("41784509132", "a web app's log line quoting smtplib; address replaced"),
    "The sending account is new and over its hourly sending limit; wait before sending more.",
    [==[smtplib.SMTPDataError: (552, b'User user1@cleantrack.in has recently been created/modified, and has exceeded an hourly sending limit. Please wait, and attempt to send your message at a later time.')]==]),
  -- }==================================================================
}
