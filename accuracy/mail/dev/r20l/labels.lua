-- A fresh group (r20l) of 16 mails, 15 labelled recipients, taken for
-- bounce notices as they survive in public mailing-list archives and in
-- the web archive of a user forum: bounces quoted ('> ', '>>', ' > ')
-- inside list posts by the people who received them (Postfix, sendmail,
-- Exchange Online, a qmail-remote fragment, a ZMailer report forwarded as
-- message/rfc822 by a list postmaster), one quoted-printable post whose
-- soft line breaks cut the notice mid-word, a Gmail rejection forwarded
-- three levels deep, a notice whose poster hid the final address, and
-- Ubuntu Forums posts (as its web archive renders them: the forum's '> '
-- on the notice's first line only, BBCode [email] tags, hosts masked as
-- 'xxx.xxx.xxx.ca') of Postfix, Gmail and Exim notices; plus two list
-- posts that are no bounce though they speak of one ('Undelivered Mail
-- Returned to Sender', a subject naming a '[FAILED(1)]' report).
-- The lists are linux-kernel, linux-arm-msm, linux-bluetooth,
-- platform-driver-x86 and bpf (lore.kernel.org mirror, as lfdr.de keeps
-- it), qemu-devel (lists.nongnu.org) and git (gmane): other lists than the
-- hold-out's.  Each list mail keeps the archive's own header lines (From,
-- To, Cc, Subject, Date, Message-ID, MIME and list fields); Received, DKIM,
-- ARC and spam-scoring lines were cut.  A forum post has no mail header:
-- the archive's poster name, thread title and post date were put as From,
-- Subject and Date ("FORUM").  Nothing else was added: no Return-Path, no
-- MAILER-DAEMON sender the archive does not show.  Cuts inside a body are
-- said per mail.  Recipients are labelled as the archive shows them;
-- masked or placeholder addresses are kept as shown.
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.  A seventeenth mail (an Ubuntu Forums post of 2006,
-- Gmail's notice for a mistyped Comcast address) was left out at the
-- merge: the hold-out had taken its source.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local CUT = "; Received/DKIM/ARC/spam lines cut"
local FORUM = "; the archive's poster, thread title and post date put as From/Subject/Date (FORUM)"
return {
    ["postfix-platform-driver-x86-vger-html-reject-quoted-qp.eml"] = {
        source = "platform-driver-x86 list 2022-03-16, Alexandru Dinu 'Re: Undelivered Mail Returned to Sender' (lore.kernel.org mirror, " .. CI .. "14905277425): his reply quoting lindbergh.monkeyblade.net's Postfix notice (vger's '550 5.7.1 Content-Policy reject msg: The message contains HTML subpart'), quoted-printable with soft breaks inside 'sa=/id:', 'subpar=/t'; his own text cut to its first and last paragraphs, the forwarded copy below the notice cut after its first lines, an older nested notice (same recipient, same reason) cut" .. CUT,
        format = "postfix",
        recipients = { r("platform-driver-x86@vger.kernel.org", "failed", "5.7.1", "policyviolation", "content") },
    },
    ["postfix-qemu-devel-redhat-oracle-unknown-recipient-quoted.eml"] = {
        source = "qemu-devel list 2019-10-16, Laszlo Ersek 'Re: [SeaBIOS] Re: [PATCH v7 7/8] bootdevice: FW_CFG interface for LCHS values' (https://lists.nongnu.org/archive/html/qemu-devel/, " .. CI .. "31615957401): mx1.redhat.com's Postfix notice quoted ('<shmuel.eiderman@oracle.com>: host aserp2030.oracle.com[...] said: 550 5.1.1 Unknown recipient address.'); the post names the same person's other address (sameid@google.com)" .. CUT,
        format = "postfix",
        recipients = { r("shmuel.eiderman@oracle.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-qemu-devel-amsat-forward-gmail-unsolicited-nested-quote.eml"] = {
        source = "qemu-devel list 2022-02-16, Philippe Mathieu-Daudé 'Re: Undelivered Mail Returned to Sender' (" .. CI .. "25779047503): an Outlook-style reply header and a Gmail 'Forwarded message' block nested in one quote, inside them mail-01.amsat.org's Postfix notice ('<philippe.mathieu.daude@gmail.com> (expanded from <f4bug@amsat.org>)', Gmail '550-5.7.1 ... likely unsolicited mail', the reply wrapped by the quoting mailer); the list's 'via' From as archived; UTF-8 8bit" .. CUT,
        format = "postfix",
        recipients = { r("philippe.mathieu.daude@gmail.com", "failed", "5.7.1", "spamdetected", "content") },
    },
    ["exchange-online-linux-arm-msm-two-quicinc-not-found-nested-quote.eml"] = {
        source = "linux-arm-msm list 2022-08-11, Manivannan Sadhasivam 'Re: [PATCH 0/2] Fix crash when using Qcom LLCC/EDAC drivers' (" .. CI .. "41278162948): Borislav Petkov's quote of an Exchange Online NDR ('Delivery has failed to these recipients or groups:', two addresses with '<mailto:...>', 'The email address you entered couldn't be found', a stray '+' from a patch quote); the Cc line names the same two addresses and their old codeaurora.org ones" .. CUT,
        format = "exchange",
        recipients = {
            r("vnkgutta@quicinc.com", "failed", nil, "userunknown", "address"),
            r("ckadabi@quicinc.com", "failed", nil, "userunknown", "address"),
        },
    },
    ["postfix-linux-bluetooth-address-hidden-gmail-5-7-26-quoted-dsn.eml"] = {
        source = "linux-bluetooth list 2025-04-10, Andrew Sayers 'security@bluez.org doesn't work' (" .. CI .. "20765735207): mail.holtmann.org's Postfix notice and its delivery-status fields quoted with ' > ', lines re-wrapped by his mailer; the poster replaced the final address with '(address hidden)' (Final-Recipient too), so the recipient is labelled by the address it was expanded from (Original-Recipient security@bluez.org); Gmail's '550 5.7.26' unauthenticated-sender reply (the quoted Status field says 4.7.26, Action failed)",
        format = "postfix",
        recipients = { r("security@bluez.org", "failed", "5.7.26", "authfailure", "auth") },
    },
    ["sendmail-lkml-2002-linux-raid-rutgers-user-unknown-nested-quote.eml"] = {
        source = "linux-kernel list 2002-06-30, Juri Haberland 'Re: Can't boot from /dev/md0 (RAID-1)' (" .. CI .. "33634646480): the sendmail lines Roy Karlsbakk quoted ('----- The following addresses had permanent fatal errors -----', '(reason: 550 5.1.1 <linux-raid@vger.rutgers.edu>... User unknown)'), quoted again" .. CUT,
        format = "sendmail",
        recipients = { r("linux-raid@vger.rutgers.edu", "failed", "5.1.1", "userunknown", "address") },
    },
    ["zmailer-git-list-gmane-davem-forwarded-report-message-id-553.eml"] = {
        source = "git list 2007-06-20, David Miller 'git-send-email (Fw: Delivery reports about your email [FAILED(1)])' (gmane, http://permalink.gmane.org/gmane.comp.version-control.git/50557, " .. CI .. "48580842748): vger's ZMailer report forwarded as a message/rfc822 part (text part with the 'FAILED:' block and the SMTP transcript, then message/delivery-status); the returned headers cut to a few lines, the returned patch (a third part) cut; Received lines of the outer mail cut",
        format = "rfc3464",
        recipients = { r("jan.kromel@lynx.sk", "failed", "5.0.0", "contenterror", "content") },
    },
    ["postfix-ubuntu-forums-2007-masked-host-local-user-unknown.eml"] = {
        source = "Ubuntu Forums 'Squirrel Mail and Mailman', DavidRussellCA 2007-09-27 (" .. CI .. "56886353793): a local Postfix notice ('<mesmail@xxx.xxx.xxx.ca>: user unknown'), host masked by the poster, the forum's '> ' on its first line only; the aliases file below cut to its first lines" .. FORUM,
        format = "postfix",
        recipients = { r("mesmail@xxx.xxx.xxx.ca", "failed", nil, "userunknown", "address") },
    },
    ["postfix-ubuntu-forums-2009-smarthost-553-sender-domain-does-not-exist.eml"] = {
        source = "Ubuntu Forums 'sending root and system mail and notifications to an external account', BarryDocks 2009-10-05 (" .. CI .. "57035720494): a Postfix notice ('<adrian@myISP.co.uk> (expanded from <root>): host smtpin.myISP.co.uk[...] said: 553 fileserver.ispmail.ntl.com does not exist (in reply to MAIL FROM command)'), the ISP's name masked by the poster; the main.cf below shortened" .. FORUM,
        format = "postfix",
        recipients = { r("adrian@myISP.co.uk", "failed", nil, "rejected", "relay") },
    },
    ["notbounce-git-list-gmane-reply-about-failed-report-subject.eml"] = {
        source = "git list 2010-09-07, Ryan Anderson 'Re: git-send-email (Fw: Delivery reports about your email [FAILED(1)])' (gmane, http://permalink.gmane.org/gmane.comp.version-control.git/155705, " .. CI .. "2154732871): a reply about the report of the mail above, quoting only its prose and one Message-Id line; no bounce" .. CUT,
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-bpf-list-reply-mentions-undelivered-mail.eml"] = {
        source = "bpf list 2025-12-29, Steven Rostedt 'Re: [PATCH v3 1/2] cpufreq: Replace trace_cpu_frequency with trace_policy_frequency' (" .. CI .. "34486269537): 'I got a bunch of \"Undelivered Mail Returned to Sender\"' in a reply; no bounce; the long Cc list shortened" .. CUT,
        format = "notbounce",
        recipients = {},
    },
    ["qmail-style-lkml-2006-vger-553-mail-from-policy-fragment-nested-quote.eml"] = {
        source = "linux-kernel list 2006-08-16, Greg KH 'Re: [linux-usb-devel] [PATCH] usb: The HID Simple Driver Interface 0.3.1 (core)' (" .. CI .. "24209352573): liyu's quote of a qmail-remote style fragment ('Connected to 209.132.176.167 but sender was rejected.', 'Remote host said: 553 5.7.1 ... for your MAIL FROM address <liyu@ccoss.com.cn> policy analysis reported: Your address is not liked source for email'); the fragment names no recipient, the poster's sentence above it does (<linux-kernel@vger.kernel.org>)" .. CUT,
        format = "qmail",
        recipients = { r("linux-kernel@vger.kernel.org", "failed", "5.7.1", "rejected", "relay") },
    },
    ["gmail-ubuntu-forums-2007-perm-failure-relay-access-denied-bbcode.eml"] = {
        source = "Ubuntu Forums 'can send mail but not receive (Postfix)', obeisance 2007-12-05 (" .. CI .. "57040645017): Gmail's old notice ('Delivery to the following recipient failed permanently:', '[email]sms@inertdomain.com[/email]', 'PERM_FAILURE: SMTP Error (state 13): 554 5.7.1 <...>: Relay access denied'), then his mail.log and main.cf (shortened)" .. FORUM,
        format = "gmail",
        recipients = { r("sms@inertdomain.com", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["gmail-ubuntu-forums-2009-dns-error-domain-not-found-root-at-host.eml"] = {
        source = "Ubuntu Forums 'Postfix, Gmail, Won't Sent from Cron', TaBaScO77 2009-08-24 (" .. CI .. "57038805265): Gmail's notice for 'root@ubuntu' ('DNS Error: Domain name not found', an empty '----- Original message -----'); main.cf shortened; masked gmail addresses in the aliases file and a mailx line" .. FORUM,
        format = "gmail",
        recipients = { r("root@ubuntu", "failed", nil, "hostunknown", "address") },
    },
    ["gmail-ubuntu-forums-2008-delay-connection-dropped-bbcode.eml"] = {
        source = "Ubuntu Forums 'Dovecot can't recieve emails', andrewjmonks 2008-12-04 (" .. CI .. "56954628949): Gmail's delay warning ('THIS IS A WARNING MESSAGE ONLY.', 'Delivery to the following recipient has been delayed:', 'The recipient server did not accept our requests to connect.', '[andrewmonks.net (1): Connection dropped]'), the returned header block naming a second address in To" .. FORUM,
        format = "gmail",
        recipients = { r("andrew@andrewmonks.net", "delayed", nil, "networkerror", "system") },
    },
    ["exim-ubuntu-forums-2008-fragment-barracuda-blacklisted-placeholder.eml"] = {
        source = "Ubuntu Forums 'Have you ever been unable to send email because your server was blacklisted?', diablo75 2008-11-18 (" .. CI .. "56931887031): one Exim line as the poster retyped it ('SMTP error from remote mail server after RCPT TO: <recepient@theiraddress.com>: host ... 550-Message rejected because procyon.lunarpages.com [lunar IP address] is 550 blacklisted'), his placeholders kept" .. FORUM,
        format = "exim",
        recipients = { r("recepient@theiraddress.com", "failed", nil, "blocked", "reputation") },
    },
}
