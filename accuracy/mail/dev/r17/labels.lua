-- A fresh group (r17) of 23 bounces, 3 mails that are no bounce and an
-- out-of-office reply, taken for the prose notices of older and less
-- common mail systems (1996-2025, most 1997-2012) as they reached people
-- and mailing lists: qmail notices (a site's own preamble over
-- qmail-remote's lines, fragments quoted on lists, a variant with
-- 'Delivery failed:' and 'Remote host said[Response Message]:'), Exim 3
-- '(Exim).' notices and a forwarded one without its preamble, Exim 4
-- notices quoted on lists, a webmail provider's three-recipient notice
-- ('SMTP error from remote server for TEXT command ... reason:'), sendmail
-- transcripts of 1996-1997 from a list manager's guide and a list
-- software's page (parentheses for angle brackets, an address only in the
-- transcript, '(expanded from: ...)', 'Cannot send message for 5 days'),
-- sendmail fragments (a Proofpoint relay with no reason, a Japanese blog's
-- run-together line with a masked Japanese local part), pre-DSN Postfix
-- notices ('This is the Postfix program at host', a renamed ISP build, a
-- notice pasted inline in a patch mail, a forum paste with its fields),
-- Postfix 1.x's bounce template filled in (a delay warning for two
-- recipients, no delivery-status part), T-Online's 'Failed addresses
-- follow:' banner, a Zoho notice quoted on a list, a Prodigy service
-- 'Return to Sender' notice naming a Prodigy ID; list posts that quote a
-- bounce or carry an InterScan 'no virus found' stamp (notbounce) and a
-- Lotus Notes out-of-office text.
-- Where a source shows only the text, a minimal header in the usual form
-- of the program named was added (said per mail: "HDR"); addresses and
-- dates in such a header are stand-ins.  Addresses as the sources show
-- them (most are list or role addresses, or already masked).
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local HDR = "; a header added (the source shows the text alone)"
return {
    ["qmail-horizon-recording-nosuchuser.eml"] = {
        source = "linux-kernel list 2004-08-26, linux@horizon.com 'Re: 1GB/2GB/3GB User Space Splitting Patch 2.6.8.1 (PSEUDO SPAM)' (" .. CI .. "16402638824): the qmail bounce the poster got, posted whole under an mbox From_ line (its Date/From/To/Subject and body taken; the site's own long preamble over qmail-remote's '<addr>: / does not like recipient. / Remote host said: / Giving up on' lines); the returned message's body cut after its first lines",
        format = "qmail",
        recipients = { r("linux-kerne@vger.kernel.org", "failed", "5.0.0", "userunknown", "address") },
    },
    ["qmail-fragment-no-smtp-connection-queue-too-long.eml"] = {
        source = "linux-kernel list 2005-01-17, Michael H. Warfield 'Re: [2.6 patch] remove obsolete Computone MAINTAINERS entry (fwd)' (" .. CI .. "37023634359), quoting Adrian Bunk's quote of a qmail bounce: the three lines ('Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)', 'I'm not going to try again; this message has been in the queue too long.'), quote marks removed" .. HDR,
        format = "qmail",
        recipients = { r("linux-computone@lazuli.wittsend.com", "failed", "4.4.1", "expired", "system") },
    },
    ["notbounce-lkml-reply-quoting-qmail-spf-addresses.eml"] = {
        source = "linux-kernel list 2005-01-10, Stephen Pollei 'Re: [2.6 patch] remove SPF-using wbsd lists from MAINTAINERS' (" .. CI .. "36031912242): a person's reply quoting two qmail address paragraphs ('Connected to ... but sender was rejected.', an SPF refusal, 'I'm not going to try again') inside a quoted patch; signed multipart; no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["exim3-forward-unable-to-relay.eml"] = {
        source = "linux-kernel list 2001-06-17, Vojtech Pavlik 'Re: Oopses with heavy disk activity with 2.4 on VIA Apollo (VT82C586B)' (" .. CI .. "44457681668), quoting Peter Cordes's forward of an Exim 3.22 bounce ('----- Forwarded message from Mail Delivery System <Mailer-Daemon@llama.nslug.ns.ca> -----'): the address and 'SMTP error from remote mailer after RCPT TO:' lines as forwarded (no preamble in the forward), the copy's header and first lines; quote marks removed; the From from the forward line, Exim's usual Subject and a Date added",
        format = "exim",
        recipients = { r("bugs@linux-ide.org", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["webde-style-three-recipients-text-command-policy.eml"] = {
        source = "linux-media list 2016-10-12, Markus Elfring's patch mail (" .. CI .. "26169734724) quoting the notice his provider's mail system sent ('Mailer Daemon wrote'): three addresses, each 'SMTP error from remote server for TEXT command, host: ... reason: 550 5.7.1 Content-Policy reject msg: Wrong MIME labeling on 8-bit characte / r texts' (the wrap kept); quote marks removed" .. HDR,
        format = "generic",
        recipients = {
            r("linux-media@vger.kernel.org", "failed", "5.7.1", "contenterror", "content"),
            r("kernel-janitors@vger.kernel.org", "failed", "5.7.1", "contenterror", "content"),
            r("linux-kernel@vger.kernel.org", "failed", "5.7.1", "contenterror", "content"),
        },
    },
    ["qmail-variant-delivery-failed-not-in-local-list.eml"] = {
        source = "linux-input list 2022-01-03, Dmitry Torokhov 'Re: drivers/input/touchscreen/melfas_mip4.c: Maintainer email address bounces' (" .. CI .. "45121276169), quoting Paul Menzel's quote of the bounce ('Delivery failed: addr', 'does not like recipient.', 'Remote host said[Response Message]: 550 sorry, your recipient address is not in my local list', 'Giving up on'); quote marks and indentation removed, the quote's line wrap kept" .. HDR .. " (the sender's site as the From domain)",
        format = "qmail",
        recipients = { r("jeesw@melfas.com", "failed", nil, "userunknown", "address") },
    },
    ["qmail-fragment-no-mailbox-list-address.eml"] = {
        source = "netdev list 2024-12-16, Simon Horman 'Re: [PATCH net-next] hippi: Remove unused hippi_neigh_setup_dev' (" .. CI .. "40150757578), quoting David Alan Gilbert's quote of the bounce lines ('<linux-hippi@sunsite.dk>:', 'Sorry, no mailbox here by that name. (#5.1.1)'); quote marks removed" .. HDR,
        format = "qmail",
        recipients = { r("linux-hippi@sunsite.dk", "failed", "5.1.1", "userunknown", "address") },
    },
    ["notbounce-list-reply-quoting-qmail-no-mailbox.eml"] = {
        source = "netdev list 2024-12-16, David Alan Gilbert's reply in the same thread (" .. CI .. "39893759094), quoting the same qmail lines two levels deep; the archive's Received/ARC/DKIM header lines cut; a person's mail, no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-lkml-post-interscan-safestamp.eml"] = {
        source = "linux-kernel list 2003-06-16, Guido Seifert 'Kernel 2.5.71 cannot unmount nfs' (" .. CI .. "1500707592): a list post sent through Exchange with an InterScan E-Mail VirusWall NT 'No virus found' stamp attached as a second text part; no bounce",
        format = "notbounce",
        recipients = {},
    },
    ["sendmail-1996-list-guide-user-unknown-parens.eml"] = {
        source = "http://www.abanet.org/discussions/bounces.html (ABA Network 'Bounced Message Guide' for list managers), EXAMPLE [1] of 1996: the Subject and text as the page shows them (the address in parentheses, the 'had delivery problems' line without the address, which only the transcript names)" .. HDR .. " (From/To/Date stand-ins)",
        format = "sendmail",
        recipients = { r("notarealperson@firmname.com", "failed", nil, "userunknown", "address") },
    },
    ["sendmail-1996-list-guide-host-unknown.eml"] = {
        source = "the same ABA page, EXAMPLE [2]: 'Returned mail: Host unknown (Name server: notarealplace.com: host not found)'; Subject and text as shown" .. HDR .. " (From/To/Date stand-ins)",
        format = "sendmail",
        recipients = { r("person@notarealplace.com", "failed", nil, "hostunknown", "address") },
    },
    ["sendmail-1996-list-guide-loops-back-config-error.eml"] = {
        source = "the same ABA page, EXAMPLE [3]: 'Returned mail: Local configuration error', '553 dialup.oar.net config error: mail loops back to myself' (the receiving side's misconfiguration, as the page explains)" .. HDR .. " (From/To/Date stand-ins)",
        format = "sendmail",
        recipients = { r("jdonaldson@jdrp.com", "failed", nil, "systemerror", "system") },
    },
    ["sendmail-1997-cannot-send-5-days-expanded-from.eml"] = {
        source = "http://mailbounce.net/new_bounce.html (MailBounce 'Submitting New Bounce Formats', sample of a 1997 bounce to a list owner): its header lines and text as the page shows them, cut where the page's text stops after the transcript line; the MIME lines left out (the page shows no part boundaries); '(expanded from: verespey@nxxsi.com)'",
        format = "sendmail",
        recipients = { r("verespey@athena.is.nxxsi.com", "failed", nil, "expired", "system") },
    },
    ["sendmail-fragment-run-together-spamhaus-masked.eml"] = {
        source = "a Japanese blog post 'SPAM Block List に載りメールが送信できない' (norikazum, 2016-06-11; " .. CI .. "13727733362): the one quoted line, the banner, the masked recipient (a Japanese local part at 'xx.xx') and '(reason: 550 5.7.1 ... blocked using Spamhaus ...)' run together with ideographic spaces, kept" .. HDR .. " (UTF-8)",
        format = "sendmail",
        recipients = { r("社長@xx.xx", "failed", "5.7.1", "blocked", "reputation") },
    },
    ["exim-forum-2005-no-reason-bbcode-quote.eml"] = {
        source = "Ubuntu Forums 'Mail Server: Cannot Receive From Outside LAN' (Mhaddy, 2005-11-17; " .. CI .. "57092088841): an Exim 4.51 notice as posted, the forum's '> ' on its first line and [email] tags kept; no reason line under the address" .. HDR,
        format = "exim",
        recipients = { r("mhaddy@maddogstudios.net", "failed", nil, "undefined", "undefined") },
    },
    ["sendmail-fragment-permanent-fatal-no-reason.eml"] = {
        source = "qemu-devel list 2020-10-12, David Gibson 'Re: [PATCH v2 0/6] spapr/xive: Activate StoreEOI in P10 compat guests' (" .. CI .. "2289130244), quoting Cédric Le Goater's quote of a bounce from a Proofpoint sendmail relay ('The original message was received at ... from m0098419.ppops.net', the permanent-fatal banner and the address, no reason); quote marks removed" .. HDR,
        format = "sendmail",
        recipients = { r("david@gibson.dropbear.id.au", "failed", nil, "undefined", "undefined") },
    },
    ["exim-quoted-unrouteable-address-rcpt.eml"] = {
        source = "netdev list 2020-02-18, Jakub Kicinski 'Re: [PATCH] MAINTAINERS: remove Felix Fietkau for the Mediatek ethernet driver' (" .. CI .. "44855766874), quoting Russell King's patch mail with the Exim notice ('SMTP error from remote mail server after RCPT TO:<addr>:', '550 Unrouteable address'); quote marks removed" .. HDR,
        format = "exim",
        recipients = { r("nbd@openwrt.org", "failed", nil, "userunknown", "address") },
    },
    ["zoho-list-headers-fail-syntax-check-fields.eml"] = {
        source = "qemu-devel list 2025-05-28, Li Chen's reply (" .. CI .. "17538632983) re-quoting his own report of Zoho's notice: 'qemu-devel@nongnu.org, ERROR CODE :550 - Message headers fail syntax check', the delivery-status fields as text (a 'Status: 550'), the poster's '(... qemu-riscv/qemu-arm ...)' elisions kept (only the named address labelled); quote marks and code fence removed" .. HDR,
        format = "generic",
        recipients = { r("qemu-devel@nongnu.org", "failed", nil, "contenterror", "content") },
    },
    ["prodigy-return-to-sender-invalid-id.eml"] = {
        source = "https://github.com/ProdigyReloaded/delivery-system/issues/23 (pheller, 2023-02-08): an original Prodigy service delivery failure as a user printed it ('From: PRODIGY SERVICE', 'Subject: Return to Sender', 'This message was not delivered.  Check these Addressees for accuracy:' and a Prodigy ID), the printout's '<original message here>' kept; no To/Date.  The recipient is a Prodigy ID, no e-mail address",
        format = "generic",
        recipients = { r("STORY", "failed", nil, "userunknown", "address") },
    },
    ["postfix-old-no-dsn-forum-relay-access-denied-fence.eml"] = {
        source = "a forum thread of 2009-08-02 (artheus; " .. CI .. "56691931346): a Postfix notice of the old wording ('This is the Postfix program at host', 'The Postfix program') and its delivery-status fields pasted as text in a code fence, kept" .. HDR,
        format = "postfix",
        recipients = { r("mail@mydomain.com", "failed", "5.0.0", "norelaying", "relay") },
    },
    ["postfix-old-inline-in-patch-mail-administrative-prohibition.eml"] = {
        source = "linux-kernel list 2004-06-10, Pavel Machek's swsusp patch mail (" .. CI .. "16300657817) with the Postfix notice pasted inline ('BTW I have problems getting mail to you:'): the notice's text, the host and 'said:' run together as pasted, '550 mail from ... rejected: administrative prohibition'" .. HDR,
        format = "postfix",
        recipients = { r("herbert@gondor.apana.org.au", "failed", nil, "blocked", "reputation") },
    },
    ["postfix-renamed-isp-quoted-relaying-denied.eml"] = {
        source = "linux-kernel list 2003-07-21, John Bradford 'Re: Problems contacting Linus' (" .. CI .. "28253284396), quoting Pavel Machek's quote of a Postfix notice renamed by the ISP ('This is the Internet on Line ESMTP server program at host smtp-out1.iol.cz.'), '> ' marks and Pavel's first line kept" .. HDR,
        format = "postfix",
        recipients = { r("torvalds@osdl.com", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["postfix-1x-template-delay-warning-two-recipients.eml"] = {
        source = "Postfix 1.x bounce_notify_service.c, bounce_header()/bounce_boilerplate()/bounce_diagnostics()/bounce_original() without DSN (" .. CI .. "1279011083), filled in with example values: the delay warning ('Delayed Mail (still being retried)', 'THIS IS A WARNING ONLY', 4 hours, 5 days) for two recipients whose log lines say connection timed out, the headers of the original as text/rfc822-headers",
        format = "postfix",
        recipients = {
            r("petra.svobodova@firma.example.com", "delayed", nil, "networkerror", "system"),
            r("karel.dvorak@firma.example.com", "delayed", nil, "networkerror", "system"),
        },
    },
    ["exim3-isp-cannot-route-rcpt-comment.eml"] = {
        source = "a PHP mail-daemon parser's comments (" .. CI .. "36191344931), its 'Exim' example of 2002: the Exim 3 text ('... mail delivery software (Exim).', no blank lines), 'SMTP error from remote mailer after RCPT TO:', '550 Cannot route to <addr>' from 1&1's MX" .. HDR,
        format = "exim",
        recipients = { r("webmaster@b-w-f.net", "failed", nil, "userunknown", "address") },
    },
    ["sendmail-transcript-fragment-cannot-route-user-unknown.eml"] = {
        source = "the same comments (" .. CI .. "36191344931), its 'Sendmail' example: the transcript lines alone ('... while talking to', '>>> RCPT To:', '<<< 550 Cannot route to', '550 5.1.1 Name <addr>... User unknown')" .. HDR,
        format = "sendmail",
        recipients = { r("avni@bilgin-online.de", "failed", "5.1.1", "userunknown", "address") },
    },
    ["tonline-failed-addresses-follow-unknown-user.eml"] = {
        source = "the same comments (" .. CI .. "36191344931), its 'T-Online' example: the 'Failed addresses follow:' and 'Message text follows:' banners around '<addr> ... unknown user / Teilnehmer existiert nicht' (the address with a dot before the '@', kept)" .. HDR,
        format = "tonline",
        recipients = { r("roland.tusche.@t-online.de", "failed", nil, "userunknown", "address") },
    },
    ["autoreply-notes-out-of-office-mapi-converted.eml"] = {
        source = "a Ruby MAPI library's property-set test (" .. CI .. "9284101861): the expected MIME output of a Lotus Notes out-of-office text of 2007 ('I will be out of the office starting 15.02.2007 and will not return until 27.02.2007.'), plain and HTML, with the test's From/Subject (stand-ins of the test); the part boundary written in its usual form",
        format = "autoreply",
        recipients = { { recipient = "sender@email.com", reason = "vacation", family = "delivered" } },
    },
}
