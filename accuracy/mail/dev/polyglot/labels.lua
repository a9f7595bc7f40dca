-- Prose bounces (no delivery-status part) in several languages and
-- unusual layouts, from sources no other group took: bounces quoted in a
-- mailing-list archive, in documentation and help pages (German, Polish),
-- in bounce handlers' tests and comments (Spanish, Portuguese, English,
-- Polish), in a Q&A thread (French), in blog posts and issue pastes, and
-- mail programs' templates filled in with example values (MMDF, sendmail
-- without DSN, KMail's smail-style bounce, indimail's slowq-send).  Where
-- a source shows only the body, a minimal header was added (From, To,
-- Subject, Date, MIME lines, in the usual form of the program named) and
-- the source field says so.  Personal addresses were replaced by
-- userN@<same domain>; role and list addresses kept.  Labels were written
-- from each mail's own text, before any reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
return {
    ["qmail-openwall-dmarc.eml"] = {
        source = "oss-security list (lists.openwall.com), Reed Loden's reply of 2015-07-16 'Re: [oss-security] Re: ezmlm warning' (" .. CI .. "69326201805), quoting Grant Ridder's post that quotes the ezmlm warning with the qmail bounce it enclosed: the bounce's own header lines and body as quoted, '> > ' marks removed; the recipient masked",
        format = "qmail",
        recipients = { r("user1@gmail.com", "failed", "5.7.1", "authfailure", "auth") },
    },
    ["qmail-ovh-ezmlm-empty-subject.eml"] = {
        source = "OVH documentation on mailing lists, German edition (" .. CI .. "6295763355), 'Senden ohne Angabe eines Betreffs': the bounce body as the page shows it; header added",
        format = "qmail",
        recipients = { r("newsletter@testinterne.ovh", "failed", "5.7.0", "policyviolation", "content") },
    },
    ["qmail-ovh-ezmlm-list-address.eml"] = {
        source = "the same OVH page (" .. CI .. "6295763355), 'Senden durch Eingabe der Adresse der Mailingliste in Blindkopie': the bounce body; header added",
        format = "qmail",
        recipients = { r("newsletter@testinterne.ovh", "failed", "5.7.0", "policyviolation", "content") },
    },
    ["generic-rathi-run-in.eml"] = {
        source = "eris.parser.providers QmailSendParser comments (" .. CI .. "7097421826): a 2013 notice from postmaster@rathi.com, header lines and body as logged ('//\\t' comment marks removed); the address, run into 'to:', masked",
        format = "generic",
        recipients = { r("user1@rathi.com", "failed", nil, "userunknown", "address") },
    },
    ["qmail-bouncehost-no-mailbox.eml"] = {
        source = "the same QmailSendParser comments (" .. CI .. "7097421826): a qmail-send bounce from MAILER-DAEMON@bouncehost with its From/To/Subject lines; the copy's header lines after the separator added; the recipient masked",
        format = "qmail",
        recipients = { r("user1@danikadairy.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["qmail-wp-pl-polish-quota.eml"] = {
        source = "the same QmailSendParser comments (" .. CI .. "7097421826): a Wirtualna Polska bounce (Polish then English text), its logged header lines ('HEADER> ') and body ('MESS>> ' marks removed); the recipient masked",
        format = "qmail",
        recipients = { r("user1@wp.pl", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["qmail-r7-maildrop-readonly.eml"] = {
        source = "the same QmailSendParser comments (" .. CI .. "7097421826): the body of an r7.com.br qmail-send bounce; header added; the recipient masked",
        format = "qmail",
        recipients = { r("user1@r7.com", "failed", nil, "systemerror", "system") },
    },
    ["exim-spanish-defer-limit.eml"] = {
        source = "a Spanish-translated Exim bounce pasted into a Java controller's comment (" .. CI .. "27193580549): the body as pasted; header added (Exim's usual From and Subject); the recipient masked.  The reason is the sending host's own limit ('Dominio ... ha superado el máximo de aplazamientos y fallas por hora')",
        format = "exim",
        recipients = { r("user1@litasco.ch", "failed", nil, "ratelimited", "rate") },
    },
    ["exchange-html-bertelsmann.eml"] = {
        source = "a German blog post (" .. CI .. "37048404582) quoting the notice postmaster@Bertelsmann.de sent for kontakt@sonybmg.com: its From/Subject lines and the body as the post's HTML lines (with their <br>), kept as a text/html body; To, Date and MIME lines added.  The notice gives no reason",
        format = "exchange",
        recipients = { r("kontakt@sonybmg.com", "failed", nil, "undefined", "undefined") },
    },
    ["postfix-html-relay-fragment.eml"] = {
        source = "the same blog post (" .. CI .. "37048404582): the RTL server's reply the poster got for feedback@clipfish.de, as HTML lines; a header added (sender masked as user2@die-welt.net in the header and the text).  The text names the sender too: only feedback@clipfish.de is a recipient",
        format = "generic",
        recipients = { r("feedback@clipfish.de", "failed", nil, "norelaying", "relay") },
    },
    ["sendmail-aol-body-only.eml"] = {
        source = "Mautic EmailBundle BodyParserTest (" .. CI .. "43228167062): the AOL/sendmail bounce body of the test; header added",
        format = "sendmail",
        recipients = { r("recipient@example.net", "failed", nil, "userunknown", "address") },
    },
    ["sendmail-chz-host-unknown.eml"] = {
        source = "a Chinese Linux mail note (" .. CI .. "18650361585) pasting a sendmail bounce from its mbox: the header and the first MIME part as pasted (the paste ends before the delivery-status part; the closing boundary added)",
        format = "sendmail",
        recipients = { r("root@192.168.80.100", "failed", nil, "hostunknown", "address") },
    },
    ["generic-rmail-host-not-found.eml"] = {
        source = "a Rust mail client's rmail-retry-failure test bounce (" .. CI .. "55585609875): the body as the test gives it; header added",
        format = "generic",
        recipients = { r("nobody@example.invalid", "failed", nil, "hostunknown", "address") },
    },
    ["exchange-french-sendas-denied.eml"] = {
        source = "Microsoft Q&A question 2242315 'basic Send As permission not work Exchange 2019' (" .. CI .. "57892572023): the French Exchange 2019 non-delivery text the poster pasted, cut after the response headers; the masked address ('******@contoso.com') written as user1@contoso.com; a header added.  The cause is the sender's missing Send As right",
        format = "exchange",
        recipients = { r("user1@contoso.com", "failed", nil, "securityerror", "auth") },
    },
    ["generic-gordano-destination.eml"] = {
        source = "eris.parser.providers GordanoParser comments (" .. CI .. "7173860909): the X-Mailer and MIME lines and the text part's 'The requested destination was:' lines as logged; From/To/Subject added; the recipient masked.  The logged part gives no reason",
        format = "generic",
        recipients = { r("user1@goldcircle.co.za", "failed", nil, "undefined", "undefined") },
    },
    ["generic-pineapp-quarantined.eml"] = {
        source = "eris.parser.providers PineAppParser comments (" .. CI .. "7265099225): the X-PineApp-Mail-Rcpt-To header and the 'was Quarantined' line as logged; From/Subject added; the recipient masked",
        format = "generic",
        recipients = { r("user1@weaversworld.co.za", "failed", nil, "spamdetected", "content") },
    },
    ["smail-kmail-bounce.eml"] = {
        source = "KMail's KMMessage::createBounce (" .. CI .. "41241819), filled in: receiver kim@example.org, sender pat@example.net, a short original",
        format = "generic",
        recipients = { r("kim@example.org", "failed", nil, "userunknown", "address") },
    },
    ["qmail-kei-pl-polish-quota.eml"] = {
        source = "https://www.kei.pl/pomoc/wiadmosc-zwrotna/ (a Polish hosting help page, pages search): its first example, the page's annotations '(Adres odbiorcy)' and '(Informacja wyjaśniająca problem)' left out; header added",
        format = "qmail",
        recipients = { r("biuro@kontotestowe.e-kei.pl", "failed", nil, "mailboxfull", "mailbox") },
    },
    ["sendmail-informit-warning.eml"] = {
        source = "https://informit.com/articles/article.aspx?p=170904&seqNum=3 ('Understanding Common Mail Errors'): the first sendmail example, its line breaks put back in sendmail's layout (the page run them together); header added",
        format = "sendmail",
        recipients = { r("user@example.net", "delayed", nil, "networkerror", "system") },
    },
    ["sendmail-informit-user-unknown.eml"] = {
        source = "the same informit page: the second sendmail example, line breaks put back; header added",
        format = "sendmail",
        recipients = { r("user@example.com", "failed", nil, "userunknown", "address") },
    },
    ["postfix-three-addresses-body-only.eml"] = {
        source = "https://github.com/fschulze/jumpnbump/issues/3 (TheRaffy, 2021-06-19): the three Postfix address paragraphs as pasted (markdown bold removed, no preamble in the paste); header added; addresses masked",
        format = "postfix",
        recipients = {
            r("user1@acc.umu.se", "failed", "5.1.1", "userunknown", "address"),
            r("user2@student.liu.se", "failed", "5.4.1", "userunknown", "address"),
            r("user3@student.liu.se", "failed", "5.4.1", "userunknown", "address"),
        },
    },
    ["exchange-german-not-found.eml"] = {
        source = "the same issue (fschulze/jumpnbump#3): the German Exchange Online lines 'Ihre Nachricht an ... konnte nicht zugestellt werden. -- ... wurde nicht in swipnet.se gefunden.'; header added; the address masked in both lines",
        format = "exchange",
        recipients = { r("user1@swipnet.se", "failed", nil, "userunknown", "address") },
    },
    ["sendmail-expanded-alias-template.eml"] = {
        source = "Sendmail savemail.c errbody() (" .. CI .. "20081732) without a MIME boundary (the non-DSN form), filled in: one failed address expanded from an alias ('(expanded from: ...)'), its transcript, 'Original message follows' with a To/Cc header",
        format = "sendmail",
        recipients = { r("kim@mx.example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["sendmail-transient-template.eml"] = {
        source = "the same errbody() (" .. CI .. "20081732): the warning form (transient non-fatal errors, two addresses), 'Message header follows' and 'Message body suppressed'",
        format = "sendmail",
        recipients = {
            r("lee@slow.example.com", "delayed", nil, "networkerror", "system"),
            r("ana@slow.example.com", "delayed", nil, "networkerror", "system"),
        },
    },
    ["sendmail-relayed-non-dsn-template.eml"] = {
        source = "the same errbody() (" .. CI .. "20081732): the successful-notification form, one address 'relayed to non-DSN-aware mailer'",
        format = "sendmail",
        recipients = { r("kim@legacy.example.com", "relayed", nil, "delivered", "delivered") },
    },
    ["gmail-es-address-not-found.eml"] = {
        source = "a Chilean pipeline's NDR tests (" .. CI .. "56597911046), test_gmail_spanish_no_se_entrego_a: the Spanish Gmail text; header added (Gmail's From/Subject; only the text part); the recipient masked",
        format = "gmail",
        recipients = { r("user1@valma.cl", "failed", nil, "userunknown", "address") },
    },
    ["gmail-es-message-blocked.eml"] = {
        source = "the same tests (" .. CI .. "56597911046), test_gmail_spanish_mensaje_bloqueado_para: the text; header added.  The text gives no cause beyond 'blocked'",
        format = "gmail",
        recipients = { r("informacion_productos@bestpharma.cl", "failed", nil, "undefined", "undefined") },
    },
    ["gmail-es-domain-not-found.eml"] = {
        source = "the same tests (" .. CI .. "56597911046), test_gmail_spanish_dns_domain_not_found: the text; header added",
        format = "gmail",
        recipients = { r("ventas@rider.cl", "failed", nil, "hostunknown", "address") },
    },
    ["gmail-en-wasnt-delivered-wrapped.eml"] = {
        source = "the same tests (" .. CI .. "56597911046), test_gmail_english_wasnt_delivered_to: the text (address then 'because the address' wrapped to the next line); header added; the recipient masked",
        format = "gmail",
        recipients = { r("user1@unilever.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-en-not-delivered-learn-more.eml"] = {
        source = "the same tests (" .. CI .. "56597911046), test_gmail_english_was_not_delivered_to: the one line (address followed by a full stop); header added.  No cause given",
        format = "gmail",
        recipients = { r("farmacia@heel.cl", "failed", nil, "undefined", "undefined") },
    },
    ["gmail-en-one-line.eml"] = {
        source = "a Brazilian project's bounce tests (" .. CI .. "61017915190), the 'not delivered to' fallback case: the one-line Gmail text; header added; the recipient masked",
        format = "gmail",
        recipients = { r("user1@gmail.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-pt-response-was.eml"] = {
        source = "a Brazilian project's devolucoes test (" .. CI .. "56776227205), BOUNCE_GMAIL: the Portuguese Gmail text with its English 'The response was' line; header added",
        format = "gmail",
        recipients = { r("fulano@exemplo.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-pt-ig-not-found.eml"] = {
        source = "a Brazilian firm's bounce detector tests (" .. CI .. "63259574086), test_extrai_do_texto_google_portugues: the text; header added; the recipient masked",
        format = "gmail",
        recipients = { r("user1@ig.com.br", "failed", nil, "userunknown", "address") },
    },
    ["postfix-bol-portuguese-subject.eml"] = {
        source = "the same tests (" .. CI .. "63259574086): the Subject and From of mx3.bol.com.br's bounce (test_reconhece_bounce_do_bol_portugues) and its body as the test gives it ('formato real do mx3.bol.com.br', test_extrai_bounce_postfix_bol_real); To/Date added; the recipient masked",
        format = "postfix",
        recipients = { r("user1@bol.com.br", "failed", nil, "userunknown", "address") },
    },
    ["mmdf-failed-mail-template.eml"] = {
        source = "MMDF's NIFTP return module rtn_errmsg()/rtn_nogood()/rtn_cite() (" .. CI .. "28454376442), filled in: two bad addresses, subject 'Failed mail', the cited original with a Cc line.  The template gives no reason",
        format = "generic",
        recipients = {
            r("kim@host1.example.ac.uk", "failed", nil, "undefined", "undefined"),
            r("lee@host2.example.ac.uk", "failed", nil, "undefined", "undefined"),
        },
    },
    ["slowq-send-two-recipients-template.eml"] = {
        source = "indimail slowq-send injectbounce() with MIME (" .. CI .. "1264919579), filled in: two recipients whose reports use qmail-remote's usual wording (a 550 5.1.1 refusal, a host not found), the original as message/rfc822 with To and Cc",
        format = "qmail",
        recipients = {
            r("kim@example.org", "failed", "5.1.1", "userunknown", "address"),
            r("lee@example.net", "failed", "5.1.2", "hostunknown", "address"),
        },
    },
    ["slowq-send-double-bounce-template.eml"] = {
        source = "the same injectbounce() (" .. CI .. "1264919579), the double-bounce form sent to postmaster: the bounce for old-sender@example.org bounced (no mailbox), the original bounce enclosed.  The failed address is the bounce's own recipient, not the one named inside the enclosed bounce",
        format = "qmail",
        recipients = { r("old-sender@example.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["generic-ionos-star-bullet.eml"] = {
        source = "a UK outreach tool's inbound-mail tests (" .. CI .. "66267793405), 'reads IONOS delivery-failure bounces': From, Subject and text of the kundenserver.de bounce; To/Date added; the recipient masked",
        format = "generic",
        recipients = { r("user1@wearedefy.co.uk", "failed", nil, "userunknown", "address") },
    },
    ["exchange-online-unknown-to-short.eml"] = {
        source = "the same tests (" .. CI .. "66267793405), 'Microsoft 365 unknown-recipient undeliverable mail': From, Subject and the three text lines; To/Date added; the recipient masked in both lines",
        format = "exchange",
        recipients = { r("user1@theundergroundbakery.co.uk", "failed", nil, "userunknown", "address") },
    },
    ["postfix-hostinger-sender-blocked.eml"] = {
        source = "the same tests (" .. CI .. "66267793405), 'sender-blocked 5.7.1': From, Subject and the one line; To/Date added; the recipient masked",
        format = "postfix",
        recipients = { r("user1@gmail.com", "failed", "5.7.1", "blocked", "reputation") },
    },
    ["exim-tarhely-lmtp-mailbox-full.eml"] = {
        source = "the same tests (" .. CI .. "66267793405), 'mailbox-full': From, Subject and text of the Exim bounce; To/Date added",
        format = "exim",
        recipients = { r("mail@gopkft.com", "failed", "4.2.2", "mailboxfull", "mailbox") },
    },
    ["exchange-online-gmail-print-view.eml"] = {
        source = "a GitHub README (" .. CI .. "31785469972) pasting Gmail's print view of an Office 365 NDR from postmaster@sci-bono.co.za: the NDR text (tab-separated table rows kept, the 'Message Hops' table cut after two hops, a few original header lines) with a header made from the print view's From/To/Date lines; addresses masked (user1 the recipient, user2 the sender)",
        format = "exchange",
        recipients = { r("user1@sci-bono.co.za", "failed", "5.4.14", "systemerror", "system") },
    },
}
