-- A fresh group taken to see what kinds of mails the reader misses: bounces
-- from sources no other group took, chosen for layouts and wordings the other
-- groups lack -- MasqMail's German, French and Italian templates (one with its
-- MIME lines pushed into the body by the template's own blank line), notices
-- quoted in issue trackers, forum posts and help pages (HTML-escaped, BBCode,
-- forwarded under an Outlook header block, quoted with '> ', fields run
-- together on one line, addresses with spaces inside the brackets), bare
-- Postfix fragments of a host's help page, a bounce handler's test data whose
-- MIME structure was lost (every body line indented by a space), Exchange
-- 5.5/IMS and Exchange Online texts, a Tencent-style English notice, a mail
-- server's text parts as a project's tests give them, ZMailer reports; and
-- four mails that are no bounce (a list post quoting a report, an ezmlm
-- warning, a worm's fake notice, an acknowledgement reply).
-- Where a source shows only the text, a header in the usual form of the
-- program named was added (said per mail).  Personal addresses were replaced
-- by userN@<same domain>; addresses a source had already masked or made up
-- were kept.  Labels were written from each mail's own text and its source,
-- before any reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local GH = "https://github.com/"
local CI = "code index file id "
local MQ = "ossilator/masqmail (code index) tpl/"
local APN = "apnscp knowledge base 'Understanding message failures' (2015-03-20; " .. CI .. "35289206652)"
local NOC = "NOCpulse test::TestAcknowledgement test data of 2002 (" .. CI .. "15568842458), "
return {
    ["masqmail-de-failure-template.eml"] = {
        source = MQ .. "failmsg.tpl.de, filled in: host mail.example.de, masqmail 0.3.4, one failed recipient, ${err_msg} an example 550 5.1.1 reply, a short original",
        format = "masqmail",
        recipients = { r("anna.berg@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["masqmail-de-warning-template.eml"] = {
        source = MQ .. "warnmsg.tpl.de, filled in as the failure one; ${err_msg} a connection time-out",
        format = "masqmail",
        recipients = { r("kai@example.net", "delayed", nil, "networkerror", "system") },
    },
    ["masqmail-fr-failure-template.eml"] = {
        source = MQ .. "failmsg.tpl.fr, filled in; ${err_msg} an example 552 5.2.2 'Mailbox full' reply",
        format = "masqmail",
        recipients = { r("luc.martin@example.org", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["masqmail-fr-warning-template.eml"] = {
        source = MQ .. "warnmsg.tpl.fr (French text first, English below), filled in; ${err_msg} an example 452 4.2.2 over-quota reply",
        format = "masqmail",
        recipients = { r("sophie@example.be", "delayed", "4.2.2", "mailboxfull", "mailbox") },
    },
    ["masqmail-it-failure-template.eml"] = {
        source = MQ .. "failmsg.tpl.it, filled in as written: the template's empty line after Subject leaves its MIME lines in the body and its first boundary is the closing one, so the mail is one text; ${err_msg} an example 554 5.7.1 spam rejection",
        format = "masqmail",
        recipients = { r("giulia.rossi@example.com", "failed", "5.7.1", "spamdetected", "content") },
    },
    ["masqmail-it-warning-template.eml"] = {
        source = MQ .. "warnmsg.tpl.it, filled in; ${err_msg} an example 421 4.3.2 reply",
        format = "masqmail",
        recipients = { r("paolo@example.net", "delayed", "4.3.2", "systemerror", "system") },
    },
    ["tencent-style-two-recipients.eml"] = {
        source = GH .. "jsdelivr/jsdelivr/issues/18728 (2026-07-31): the English bounce text as pasted (two 'Unable to send to' blocks with 'Bounce reason' and 'Solution' lines, the layout of a Chinese provider's notice); the source shows no header: From/Subject/To added",
        format = "generic",
        recipients = {
            r("abuse@jsdelivr.com", "failed", nil, "userunknown", "address"),
            r("legal@jsdelivr.com", "failed", "5.1.1", "userunknown", "address"),
        },
    },
    ["postfix-html-escaped-roundup.eml"] = {
        source = GH .. "openhatch/oh-mainline/issues/605 (a roundup comment of 2011 imported in 2014): the bounce as the imported comment holds it, HTML with escaped brackets and mailto links, kept as a text/html body; header added; the forwarder address masked",
        format = "postfix",
        recipients = { r("user1@forwarder.openhatch.org", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-mailman-list-not-found-fields.eml"] = {
        source = GH .. "creativecommons/internal/issues/42 (2015-08-11): the Postfix notice and the delivery-status fields pasted below it as text; header added.  The list does not exist on that host",
        format = "postfix",
        recipients = { r("cc-europe@lists.ibiblio.org", "failed", "5.3.0", "userunknown", "address") },
    },
    ["gmail-delay-two-lines.eml"] = {
        source = GH .. "sleuthkit/sleuthkit/issues/3474 (2026-04-17): the two lines quoted ('Delivery incomplete', 'There was a temporary problem delivering your message to ...'); Gmail's usual From/Subject added.  No reason given",
        format = "gmail",
        recipients = { r("security@sleuthkit.org", "delayed", nil, "undefined", "undefined") },
    },
    ["intermail-dti-spaced-brackets.eml"] = {
        source = "http://dream.jp/support/techinfo/mail/error/error05.html: the example error mail (To/From/Subject and English body as the page shows them, with the spaces inside the angle brackets); the page's Japanese translation below it not taken; the page's placeholder '\226\150\178' in the host written as 1; Date/MIME lines added",
        format = "intermail",
        recipients = { r("pwd1234567@m1.point.ne.jp", "failed", nil, "userunknown", "address") },
    },
    ["postfix-insufficient-storage-mail-from.eml"] = {
        source = APN .. ", sample 1: the whole Postfix notice as the page shows it; header added; the recipient masked",
        format = "postfix",
        recipients = { r("user1@host.ca", "failed", "4.3.1", "systemfull", "system") },
    },
    ["exchange-online-name-then-address.eml"] = {
        source = APN .. ", sample 2: the Exchange Online text (display name, address in parentheses); Exchange Online's usual From/Subject added.  The recipient's organisation refuses the sender by a rule",
        format = "exchange",
        recipients = { r("user@coca-cola.com", "failed", "5.7.1", "filtered", "filter") },
    },
    ["exchange-cannot-be-reached-deleted.eml"] = {
        source = APN .. ", 'Invalid user' sample 2 (Subject/Sent lines, 'The following recipient(s) cannot be reached:', the address alone, the reason); header added",
        format = "exchange",
        recipients = { r("someuser@anotherdomain.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-old-relay-access-denied.eml"] = {
        source = APN .. ", 'Relaying denied' sample 3: the Gmail text of 2015; Gmail's usual From/Subject added",
        format = "gmail",
        recipients = { r("info@mydomain.com", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["postfix-fragment-user-unknown-virtual.eml"] = {
        source = APN .. ", 'Invalid user' sample 1: the Postfix recipient line alone; Postfix's From/Subject added",
        format = "postfix",
        recipients = { r("test2@example.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-fragment-user-unknown-edu.eml"] = {
        source = APN .. ", 'Invalid user' sample 3: the recipient line alone; From/Subject added",
        format = "postfix",
        recipients = { r("user@some.edu", "failed", "5.1.1", "userunknown", "address") },
    },
    ["postfix-fragment-gmail-disabled.eml"] = {
        source = APN .. ", 'Invalid user' sample 4: the recipient line alone (Gmail: account disabled); From/Subject added",
        format = "postfix",
        recipients = { r("someuser@gmail.com", "failed", "5.2.1", "suspend", "address") },
    },
    ["postfix-fragment-host-not-found.eml"] = {
        source = APN .. ", 'Misconfigured DNS' sample 1: the recipient line alone; From/Subject added",
        format = "postfix",
        recipients = { r("user@example.com", "failed", nil, "networkerror", "system") },
    },
    ["postfix-fragment-connection-refused.eml"] = {
        source = APN .. ", 'Misconfigured DNS' sample 3: the recipient line alone; From/Subject added",
        format = "postfix",
        recipients = { r("guy@somedomain.com", "failed", nil, "networkerror", "system") },
    },
    ["postfix-fields-one-line-relay-denied.eml"] = {
        source = APN .. ", 'Relaying denied' sample 1: delivery-status fields as the page prints them (two fields run into one line), no text; From/Subject added",
        format = "postfix",
        recipients = { r("information@somedomain.com", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["postfix-fields-run-together-listed.eml"] = {
        source = APN .. ", 'DNS blacklist' sample 3: the fields all on one line, the Final-Recipient a placeholder of the page, the Original-Recipient an address; From/Subject added",
        format = "postfix",
        recipients = { r("some@address.com", "failed", "5.7.1", "blocked", "reputation") },
    },
    ["exchange-forum-bbcode-time-limit.eml"] = {
        source = "forum thread 'Server constantly emailing me' (2009-04-20; " .. CI .. "57074024809): the Exchange notice as posted, with the forum's [email] tags and the '> ' of the first line; header added (the host as the poster masked it)",
        format = "exchange",
        recipients = { r("root@xxxxxx.syndeticom.local", "failed", "4.4.7", "expired", "system") },
    },
    ["outlook-forum-email-tag-relay-denied.eml"] = {
        source = "Zimbra forum post of 2014-05-08 (" .. CI .. "56905141189): the Outlook notice as posted, with the forum's [EMAIL=...] tag around the address; the address (masked by the poster, kept in the tag) written as user1 in both places; header added",
        format = "exchange",
        recipients = { r("user1@gmail.com", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["sendmail-konto-cant-create-output.eml"] = {
        source = "https://support.konto.pl/kb/a2286/informacje-zwrotne-o-niedostarczeniu-wiadomosci.aspx, 'Przykład 1' (the page's cut of a sendmail notice of 2013, its leading space kept); the masked address written as user1; sendmail's usual From/Subject added",
        format = "sendmail",
        recipients = { r("user1@alpha.pl", "failed", "5.0.0", "mailboxfull", "mailbox") },
    },
    ["sendmail-konto-indented-user-unknown.eml"] = {
        source = "the same konto.pl page, 'Przykład 2' (every line indented by a space as the page shows it); the masked address and hosts written as user2@example.net.pl, example.net.pl, mail.example.pl; From/Subject added",
        format = "sendmail",
        recipients = { r("user2@example.net.pl", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange-dsn-text-portuguese-table.eml"] = {
        source = GH .. "root-io/vmail/issues/53 (2015-06-23): the Exchange text, its delivery-status fields and the Portuguese header table of the returned mail, all pasted as text (the address in a code fence); header added; the sender's address masked",
        format = "exchange",
        recipients = { r("CNP-PENSOES@seg-social.pt", "failed", "5.1.0", "userunknown", "address") },
    },
    ["nocpulse-exchange-ims-unmimed-test-data.eml"] = {
        source = NOC .. "$one: an Exchange 5.5 IMS notice with its MIME header lines lost, every body line after the first indented by a space (kept); $address filled with the test's nobody@nocpulse.com",
        format = "exchange",
        recipients = { r("5303303282@TESTORG.COM", "failed", nil, "userunknown", "address") },
    },
    ["nocpulse-sendmail-unmimed-user-unknown.eml"] = {
        source = NOC .. "$two: a sendmail DSN whose parts are text only (no MIME headers; the delivery-status fields are plain lines); $address filled in; the original's body cut after its first lines",
        format = "sendmail",
        recipients = { r("nobody@nocpulse.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["nocpulse-sendmail-unmimed-unable-to-deliver.eml"] = {
        source = NOC .. "$three: the same shape; the Final-Recipient field names a local address (3845351@yourorg) while the text names the envelope one; no reason beyond 'Unable to deliver'; the original's body cut",
        format = "sendmail",
        recipients = { r("nobody@nocpulse.com", "failed", "5.5.4", "undefined", "undefined") },
    },
    ["nocpulse-sendmail-unmimed-relay-prohibited.eml"] = {
        source = NOC .. "$four: UUNET's sendmail, 'unauthorized relay traffic prohibited'; the original's body cut",
        format = "sendmail",
        recipients = { r("nobody@nocpulse.com", "failed", "5.5.0", "norelaying", "relay") },
    },
    ["exchange55-kb-ambiguous-recipient.eml"] = {
        source = "Microsoft KB Q251152 'XADM: Finding Ambiguous or Duplicate Recipients' (jeffpar/kbarchive copy, " .. CI .. "16031878782): the NDR as the article shows it, with its header lines and indentation.  The address exists twice in the recipient's directory",
        format = "exchange",
        recipients = { r("testuser@microsoft.com", "failed", nil, "systemerror", "system") },
    },
    ["postfix-forwarded-outlook-block-rusr.eml"] = {
        source = "https://oliveit.tistory.com/39 (Korean blog, 2020): a Postfix notice forwarded under an Outlook '-----Original Message-----' block, its apostrophes written as \\\" and its addresses masked by the blog (kept); the forward's own header added",
        format = "postfix",
        recipients = { r("xxxxx@mydomain.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["exchange-majordomo-comment-not-recognized.eml"] = {
        source = "Majordomo 2 bounce parser POD (" .. CI .. "24105680965): the Exchange text it quotes (from 'did not reach' on); header added",
        format = "exchange",
        recipients = { r("Amanda_Weissert@roy-talman.com", "failed", nil, "userunknown", "address") },
    },
    ["exchange-ims-comment-ntl.eml"] = {
        source = "a PHP bounce parser's comment (" .. CI .. "7851556424) quoting an Exchange IMS text part of 2003 with its MIME boundary; the top header and MIME lines added",
        format = "exchange",
        recipients = { r("foo.bar@NTL.com", "failed", nil, "userunknown", "address") },
    },
    ["exchange-online-docs-not-authenticated.eml"] = {
        source = "Microsoft Learn, Exchange Online NDR article, 'How to interpret an Exchange NDR' (" .. CI .. "3501418619): the example as printed (lines run without blank lines, headers elided); header added",
        format = "exchange",
        recipients = { r("ronald@contoso.com", "failed", "5.7.1", "securityerror", "auth") },
    },
    ["stalwart-text-failed-rcpt.eml"] = {
        source = "a Brazilian project's tests of a Stalwart mail server's delivery notices (" .. CI .. "70099678629): the failure text and subject as the test gives them (CRLF kept); From added (the project's postmaster domain)",
        format = "generic",
        recipients = { r("pessoa@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["stalwart-text-delay-timeout.eml"] = {
        source = "the same tests (" .. CI .. "70099678629): the delay text and subject",
        format = "generic",
        recipients = { r("pessoa@gmail.com", "delayed", nil, "networkerror", "system") },
    },
    ["zmailer-report-8bit-data.eml"] = {
        source = "git list 2007-11-16, Matti Aarnio 'Fwd: [postmaster@vger.kernel.org: Delivery reports about your email [FAILED(1)]]' (" .. CI .. "8565069362): the forwarded ZMailer report (message/rfc822 part) taken as the mail; the returned message's body cut after its first line",
        format = "rfc3464",
        recipients = { r("jfunk@funktronics.ca", "failed", "5.1.1", "contenterror", "content") },
    },
    ["zmailer-report-bad-header.eml"] = {
        source = "git list 2007-11-20, Matti Aarnio 'quilt/0.46-1 misbehaviour...' (" .. CI .. "7868547209): the forwarded ZMailer report taken as the mail; the returned message's body cut",
        format = "rfc3464",
        recipients = { r("afds@cs.tu-berlin.de", "failed", "5.6.0", "contenterror", "content") },
    },
    ["notbounce-lkml-post-quoting-zmailer-report.eml"] = {
        source = "linux-kernel list 2001-09-21, Matti Aarnio 'Systems falsely rejecting email as POSSIBLE SPAM...' (" .. CI .. "16391130427): a list post carrying a ZMailer report as a text/plain part; the returned message's body cut",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-ezmlm-warning-perl5porters.eml"] = {
        source = GH .. "Perl/perl5/issues/695 (rt.perl.org #1593, 1999): an ezmlm warning that messages have been bouncing (no bounce itself); header added, the subscriber masked, the message-number list cut",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-worm-fake-delivery-failed.eml"] = {
        source = GH .. "Perl/perl5/issues/7682 (rt.perl.org #32876, 2004): a Sober worm mail dressed as a delivery failure, with a gateway's virus notice on top; markdown escapes removed; header from the ticket's 'From' line",
        format = "notbounce",
        recipients = {},
    },
    ["notbounce-nocpulse-ack-reply-quoting-alert.eml"] = {
        source = NOC .. "$five: a person's reply acknowledging an alert (quoting it)",
        format = "notbounce",
        recipients = {},
    },
}
