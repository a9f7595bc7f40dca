-- Second hold-out group: real bounce mails from sources apart from every
-- source of the dev corpus, of the fixtures and of the first hold-out
-- group (bug trackers quoting whole bounces, test data of mail software,
-- help pages showing a real bounce).  Labels were written from each
-- mail's own text and its source before any reader ran on them.
-- Personal addresses were replaced by userN@<same domain> in mail and
-- label alike.  Where a source quotes only the body of a bounce, the
-- From/Subject lines the sending MTA writes were put above it (named in
-- the source field); nothing else was changed unless the source field
-- says so.
local RIPE = "github.com/RIPE-NCC/whois whois-api/src/test/resources/testMail/"
local BMH = "github.com/hippich/PHPMailer-BMH/issues/"
return {
    ["ripe-exim-unknown.eml"] = {
        source = RIPE .. "permanentFailureMessageRfc822Real.mail (a real Exim 4.96 DSN from ripe.net, 2024-03-05, 'Unknown user'); the Reply-To address of the returned headers masked",
        format = "rfc3464",
        recipients = {
            { recipient = "testing4@ripe.net", dsn_action = "failed", status = "5.0.0",
              reason = "userunknown", family = "address" },
        },
    },
    ["ripe-cisco-accessdenied.eml"] = {
        source = RIPE .. "permanentFailureMessageRfc822.mail (a Cisco Secure Email DSN, 2024-02-23, passing on Exchange Online's directory-based edge block '550 5.4.1 Recipient address rejected: Access denied' as 'Unknown address error'; host names and ids were masked by the repository)",
        format = "rfc3464",
        recipients = {
            { recipient = "nonexistant@host.org", dsn_action = "failed", status = "5.0.0",
              reason = "userunknown", family = "address" },
        },
    },
    ["ripe-exim-delayed.eml"] = {
        source = RIPE .. "messageDelayedRfc822Headers.mail (an Exim 4.96 delay warning, 'delayed 4 hours', 2024-02-26; no cause given)",
        format = "rfc3464",
        recipients = {
            { recipient = "test-dbm@ripe.net", dsn_action = "delayed", status = "4.0.0",
              reason = "undefined", family = "undefined" },
        },
    },
    ["zammad-postfix-dsn.eml"] = {
        source = "github.com/zammad/zammad test/data/mail/mail033-undelivered-mail-returned-to-sender-notification.box (a Postfix DSN of 2015 from mx1.zammad.com, remote 550 5.1.1 User unknown); the sender's address masked; the text/html alternative of the returned message (multipart/related) left out",
        format = "rfc3464",
        recipients = {
            { recipient = "not_existing@znuny.com", dsn_action = "failed", status = "5.1.1",
              reason = "userunknown", family = "address" },
        },
    },
    ["sympa-postfix-spam-6rcpt.eml"] = {
        source = "https://github.com/sympa-community/sympa/issues/447 (FredMa01, 2018-10-17: a Postfix bounce to a Sympa list owner, six recipients 'Spam message rejected'); the quoted headers and the notification text; the delivery-status fields the issue shows after it and the returned message left out; the recipients masked",
        format = "postfix",
        recipients = {
            { recipient = "user6@gmail.com", dsn_action = "failed", reason = "spamdetected", family = "content" },
            { recipient = "user7@sfr.fr", dsn_action = "failed", reason = "spamdetected", family = "content" },
            { recipient = "user8@sfr.fr", dsn_action = "failed", reason = "spamdetected", family = "content" },
            { recipient = "user9@orange.fr", dsn_action = "failed", reason = "spamdetected", family = "content" },
            { recipient = "user10@orange.fr", dsn_action = "failed", reason = "spamdetected", family = "content" },
            { recipient = "user11@gmail.com", dsn_action = "failed", reason = "spamdetected", family = "content" },
        },
    },
    ["bmh-postfix-aim-550.eml"] = {
        source = BMH .. "1 (2012-01-27, 'aim.com bounce': the notification text of a Postfix bounce, AOL 550 5.1.1 'Recipient address rejected: aim.com'); Postfix's From/Subject put above it",
        format = "postfix",
        recipients = {
            { recipient = "email@aim.com", dsn_action = "failed", status = "5.1.1",
              reason = "userunknown", family = "address" },
        },
    },
    ["bmh-postfix-yahoofr-dd.eml"] = {
        source = BMH .. "2 (2012-01-27, 'yahoo.com bounces': the notification text of a Postfix bounce, Yahoo 554 'dd This user doesn't have a yahoo.fr account'); Postfix's From/Subject put above it",
        format = "postfix",
        recipients = {
            { recipient = "email@yahoo.fr", dsn_action = "failed",
              reason = "userunknown", family = "address" },
        },
    },
    ["bmh-postfix-usgpeople-5.1.0.eml"] = {
        source = "https://github.com/voku/PHPMailer-BMH/issues/20 (2022-06-01, first body: a Postfix notification text, mx.usgpeople.fr '550 #5.1.0 Address rejected', addresses masked by the poster); GitHub's mailto link rendering around the address undone; Postfix's From/Subject put above it",
        format = "postfix",
        recipients = {
            { recipient = "xxxxxx.yyyyyyy@zzzzzzzzzzz.fr", dsn_action = "failed", status = "5.1.0",
              reason = "userunknown", family = "address" },
        },
    },
    ["zenao-gmail-domain-notfound.eml"] = {
        source = "https://github.com/samouraiworld/zenao/issues/646 (2025-08-22: the text of a Gmail 'Address not found' bounce, the recipient domain does not exist); the issue title is the bounce's subject; Gmail's From put above it",
        format = "gmail",
        recipients = {
            { recipient = "contact@mail.zenao.io", dsn_action = "failed",
              reason = "hostunknown", family = "address" },
        },
    },
    ["yahoohelp-qmail-dd.eml"] = {
        source = "https://de.hilfe.yahoo.com/kb/Es-gibt-weitere-Informationen-%EF%BF%BD%EF%BF%BDber-nicht-zugestellte-E-Mails-sln3275.html (Yahoo help, 'Beispiel für eine Fehlermeldung': a Yahoo qmail bounce of 2010, 554 'dd This user doesn't have a yahoo.com account'; the page dropped the addresses in angle brackets); qmail's From/Subject put above it",
        format = "qmail",
        recipients = {
            { recipient = "testing123@yahoo.com", dsn_action = "failed",
              reason = "userunknown", family = "address" },
        },
    },
    ["newpipe-gmail-client-rejected.eml"] = {
        source = "https://github.com/TeamNewPipe/NewPipe/issues/405 (sm4rk0, 2017-01-03: the text of a Gmail bounce, the recipient's server refusing Google's sending host '554 5.7.1 ... Client host rejected: Access denied'); Gmail's From/Subject put above it",
        format = "gmail",
        recipients = {
            { recipient = "crashreport@newpipe.schabi.org", dsn_action = "failed", status = "5.7.1",
              reason = "blocked", family = "reputation" },
        },
    },
    ["promptchains-gmail-delayed-timeout.eml"] = {
        source = "https://github.com/MIATECHPARTNERS/PromptChains/issues/6 (2025-02-18: the text of a Gmail 'Delivery incomplete' notice as shown by Gmail, connection to the recipient's server timed out, retry for 45 more hours); Gmail's From/Subject put above it",
        format = "gmail",
        recipients = {
            { recipient = "support@agenticworkers.com", dsn_action = "delayed",
              reason = "networkerror", family = "system" },
        },
    },
    ["netneutrality-sunms-gmail-unknown.eml"] = {
        source = "https://github.com/netneutrality/savetheinternet.in/issues/166 (2016-01-11: the per-recipient block of a Sun/Oracle messaging-server bounce sent from Apple's mail servers, Gmail 550-5.1.1 account does not exist); only that block, no headers were quoted; the recipient masked",
        format = "other",
        recipients = {
            { recipient = "user12@gmail.com", dsn_action = "failed", status = "5.1.1",
              reason = "userunknown", family = "address" },
        },
    },
    ["zammad-gmail-delay-de.eml"] = {
        source = "github.com/zammad/zammad test/data/mail/mail078.box (a Gmail delay DSN in German, 2018, 'Zustellung nicht abgeschlossen', connection to the recipient's servers timed out; names example-ised by the repository)",
        format = "rfc3464",
        recipients = {
            { recipient = "bob.smith@example.de", dsn_action = "delayed", status = "4.4.1",
              reason = "networkerror", family = "system" },
        },
    },
    ["zammad-postfix-gmail-nosuchuser.eml"] = {
        source = "github.com/zammad/zammad test/data/mail/mail055.box (a Postfix DSN of 2017, Google's 550-5.1.1 'account ... does not exist'; names example-ised by the repository); the text/html alternative of the returned message (multipart/related) left out",
        format = "rfc3464",
        recipients = {
            { recipient = "ticket-bounce-trigger2@example.com", dsn_action = "failed", status = "5.1.1",
              reason = "userunknown", family = "address" },
        },
    },
    ["nixos-postfix-range-refused.eml"] = {
        source = "https://github.com/NixOS/infra/issues/668 (2025-04-29: the bounce a mail to ngi@nixos.org got, a Postfix notice from umbriel.nixos.org as Outlook showed it, the forwarding target's server refusing the forwarder's address range; the poster replaced the target address); the quoted sender line as From, Postfix's Subject put above it",
        format = "postfix",
        recipients = {
            { recipient = "destinationaddress@domain.com", dsn_action = "failed",
              reason = "blocked", family = "reputation" },
        },
    },
    ["tutanota-postfix-yahoo-tss04.eml"] = {
        source = "https://github.com/tutao/tutanota/issues/7113 (2024-06-21: the text of a Postfix bounce from mail.w14.tutanota.de, the subject line first, Yahoo '421 4.7.0 [TSS04] ... temporarily deferred due to unexpected volume or user complaints' at MAIL FROM); the recipient masked",
        format = "postfix",
        recipients = {
            { recipient = "user13@ymail.com", dsn_action = "failed", status = "4.7.0",
              reason = "ratelimited", family = "rate" },
        },
    },
    ["spamassassin-notbounce-ezmlm-list.eml"] = {
        source = "github.com/apache/spamassassin t/data/nice/ezmlm_message.txt (a 2002 post to the ezmlm list secprog@securityfocus.com as a subscriber received it, qmail/fetchmail Received lines); personal addresses masked, the body cut after its first section",
        format = "notbounce",
        recipients = {},
    },
    ["bmh-postfix-hotmail-550.eml"] = {
        source = BMH .. "3 (2012-01-27, 'hotmail.com': the notification text of a Postfix bounce, Hotmail '550 Requested action not taken: mailbox unavailable' at RCPT TO); Postfix's From/Subject put above it",
        format = "postfix",
        recipients = {
            { recipient = "email@hotmail.com", dsn_action = "failed",
              reason = "userunknown", family = "address" },
        },
    },
    ["roundcubeynh-exim-spamcop.eml"] = {
        source = "https://github.com/YunoHost-Apps/roundcube_ynh/issues/91 (2020-08-13: the text of an Exim bounce from ssdrs5.layerip.com, the recipient's server refusing the sending host listed on bl.spamcop.net; addresses and IPs masked XXXX by the poster); the delivery-status fields the issue shows after it left out; Exim's From/Subject put above it, the host from its Reporting-MTA",
        format = "exim",
        recipients = {
            { recipient = "XXXX@XXXX.com", dsn_action = "failed", status = "5.7.1",
              reason = "blocked", family = "reputation" },
        },
    },
    ["v9fs-qmail-qq-spf.eml"] = {
        source = "v9fs-developer mailing-list archive (lists.sourceforge.net, as mirrored by lfdr.de), 2020-12-01: a qmail bounce from crm.mm-cs.com distributed to the list (spam sent in the list's name, QQ Mail refusing it '550 SPF check failed'); read through the code index, file id 41216186317; the QQ recipient masked",
        format = "qmail",
        recipients = {
            { recipient = "user17@qq.com", dsn_action = "failed",
              reason = "authfailure", family = "auth" },
        },
    },
    ["v9fs-notbounce-fake-undeliverable.eml"] = {
        source = "v9fs-developer mailing-list archive (lists.sourceforge.net, as mirrored by lfdr.de), 2024-08-06: a phishing mail dressed as a delivery failure ('Undeliverable: Outgoing mail failed', From: Mail Delivery System), its HTML part removed by the list; read through the code index, file id 40731879618; the rule lines of its X-Spam-Report header left out",
        format = "notbounce",
        recipients = {},
    },
    ["netneutrality-gmail-nic-5.1.0.eml"] = {
        source = "https://github.com/netneutrality/savetheinternet.in/issues/134 (2015-12-26: the text of a Gmail bounce, mailgw.nic.in '550 #5.1.0 Address rejected.'); Gmail's From/Subject put above it; the recipient masked",
        format = "gmail",
        recipients = {
            { recipient = "user18@sansad.nic.in", dsn_action = "failed", status = "5.1.0",
              reason = "userunknown", family = "address" },
        },
    },
    ["netneutrality-gmail-yahoo-dd.eml"] = {
        source = "https://github.com/netneutrality/savetheinternet.in/issues/147 (riginoommen, 2015-12-29: the text of a Gmail bounce, Yahoo '554 delivery error: dd This user doesn't have a yahoo.co.in account'); Gmail's From/Subject put above it; the recipient masked",
        format = "gmail",
        recipients = {
            { recipient = "user19@yahoo.co.in", dsn_action = "failed",
              reason = "userunknown", family = "address" },
        },
    },
    ["opensmtpd-template-failed.eml"] = {
        source = "OpenSMTPD usr.sbin/smtpd/bounce.c (bounce_next(): the 'Delivery status notification: failed' notice, notice_error, the per-recipient report line and the message/delivery-status part inside multipart/mixed), read through the code index, filled with example.org/example.net values and a remote 550 5.1.1 reply",
        format = "rfc3464",
        recipients = {
            { recipient = "bob@example.net", dsn_action = "failed", status = "5.1.1",
              reason = "userunknown", family = "address" },
        },
    },
    ["opensmtpd-template-delayed.eml"] = {
        source = "OpenSMTPD usr.sbin/smtpd/bounce.c (the 'delayed' notice: notice_warning and notice_warning2 with durations of 4 hours and 4 days), read through the code index, filled with example.org/example.net values and a remote '421 4.3.0 Temporary System Problem' reply",
        format = "rfc3464",
        recipients = {
            { recipient = "bob@example.net", dsn_action = "delayed", status = "4.3.0",
              reason = "systemerror", family = "system" },
        },
    },
    ["sieve-template-vacation.eml"] = {
        source = "the vacation action of an early Dovecot Sieve (act_vacation_send(): Message-ID, Date, From, To, Subject 'Auto: ' + the original subject, In-Reply-To, 'Auto-Submitted: auto-replied (vacation)', X-Sieve, 'Precedence: bulk', a text/plain reason), read through the code index (file id 47171812225), filled with example.org/example.net values; the X-Sieve value is a placeholder for the implementation string",
        format = "autoreply",
        recipients = {
            { recipient = "carol@example.org", reason = "vacation", family = "delivered" },
        },
    },
}
