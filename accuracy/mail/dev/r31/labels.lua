-- A group (r31) of 13 mails, 11 bounce notices, one person's question
-- quoting a notice's reply alone and one mail that is no bounce, 8
-- labelled recipients, taken for notices in other languages and notices
-- that reached sites and people writing in German, Polish and Japanese:
-- a German FOI site's bounce test data (a German Exchange 2010 report,
-- 'Fehler bei der Nachrichtenzustellung an folgende Empfänger oder
-- Gruppen:', its address run into a '<mailto:>' and a '#550 5.1.1 ...
-- ##' line under 'Diagnoseinformationen für Administratoren:'; a
-- T-Online 'Failed addresses follow:' notice for a full mailbox; a
-- Postfix notice for an MXLogic refusal); notices pasted into issues
-- (QQ Mail's English notice quoted between Chinese lenticular brackets;
-- a Google Groups refusal forwarded under Polish 'Od:/Do:/Data:/Temat:'
-- labels naming the group only; Polish issues with Postfix lines whose
-- addresses the poster replaced with '[adres e-mail]' or wrote as
-- markdown mail links; a Japanese list's Postfix preamble without its
-- recipient lines, the list address named in the Japanese sentence
-- above; a Gmail temporary failure with no address; an Exim notice
-- forwarded in a code fence; a form filled with a Yahoo refusal Gmail
-- relayed; a Gmail reply quoted alone), and a mailing-service log
-- quoting Orange's French 'Emetteur invalide' reply (notbounce: a log,
-- no notice).  Four more mails collected with them (a German Exchange
-- Online mailbox-full text, a Gmail domain-not-found text, a Messaging
-- Server-style form, a flattened Postfix yahoo.fr notice) were left out
-- before any reader ran: the hold-out names their pages.
-- Where a source shows only the text, a header in the usual form was
-- added ("HDR"); addresses and dates in such headers are stand-ins.
-- The FOI site's test mails are kept whole except the returned copies
-- and the copies of the original header lines, shortened.  Personal
-- addresses were replaced with userN@<same domain>; role, list, test and
-- placeholder addresses were kept.  Labels were written from each mail's
-- own text and its source, before any reader ran on it.  Fewer mails
-- and languages than meant: most localized notices in the stored
-- material were already dev or hold-out sources.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local HDR = "; a header added (the source shows the text alone)"
local FROIDE = "github.com/okfde/froide froide/bounce/testdata/"
return {
    ["froide-postfix-mxlogic-invalid-recipient-mode-normal.eml"] = {
        source = FROIDE .. "bounce_001.txt (code index file id 16511644641): a Postfix DSN for a refusal by an MXLogic relay ('553 Invalid recipient ... (Mode: normal)'); the returned copy shortened",
        format = "rfc3464",
        recipients = { r("nonexistant@example.org", "failed", "5.0.0", "userunknown", "address") },
    },
    ["froide-exchange-german-fehler-bei-der-nachrichtenzustellung.eml"] = {
        source = FROIDE .. "bounce_002.txt (code index file id 16690328527): a German Exchange 2010 report ('Fehler bei der Nachrichtenzustellung an folgende Empfänger oder Gruppen:', 'Die eingegebene E-Mail-Adresse konnte nicht gefunden werden.', '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##'), text and HTML parts, delivery-status part; the copies of the original header and the returned copy shortened, the personal address replaced",
        format = "rfc3464",
        recipients = { r("user1@izfp.fhg.de", "failed", "5.1.1", "userunknown", "address") },
    },
    ["froide-tonline-failed-addresses-quota-exceeded.eml"] = {
        source = FROIDE .. "bounce_003.txt (code index file id 19223628244): T-Online's notice ('|---- Failed addresses follow: ----|', '552 5.2.2 <addr> Quota exceeded (mailbox for user is full)'), X-Failed-Recipients; the test data's own example.com-suffixed hosts kept, some Received lines left out",
        format = "prose",
        recipients = { r("john.doe@t-online.de.example.com", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["qq-english-notice-quoted-in-lenticular-brackets-issue.eml"] = {
        source = "github.com/VIPriors/vipriors-challenges-toolkit/issues/66: a person's issue naming the address between 【】 and quoting QQ Mail's English notice between 【】 ('I'm sorry your email is returned, the related information for this message: The Email address of the recipient does not exist, or is temporarily unavailable.')" .. HDR,
        format = "prose",
        recipients = { r("vipriors-ewi@tudelft.nl", "failed", nil, "userunknown", "address") },
    },
    ["google-groups-notice-forwarded-with-polish-labels.eml"] = {
        source = "github.com/pivotal-cf/docs-pks/issues/256 (comment of 2018-07-03): a Google Groups refusal forwarded under a Polish webmail's 'Od:/Do:/Data:/Temat:' labels, naming the group 'pks-feedback' only (no address in the notice: labelled with no recipient)" .. HDR,
        format = "prose",
        recipients = {},
    },
    ["postfix-and-deferral-polish-issue-masked-adres-e-mail.eml"] = {
        source = "github.com/allegro/allegro-api/issues/2054: a Polish issue with a Postfix line for an SPF refusal and a gateway's 'The following message to <addr> was undeliverable. The reason for the problem: 5.x.1 - Maximum number of delivery attempts exceeded' text, both addresses replaced by the poster with '[adres e-mail]' (labelled with no recipient)" .. HDR,
        format = "prose",
        recipients = {},
    },
    ["postfix-trendmicro-block-rcpt-markdown-polish-issue.eml"] = {
        source = "github.com/allegro/allegro-api/issues/11540: a Postfix line pasted into a Polish issue ('poczta nie dochodzi'), the address as a markdown mail link twice, '554 5.7.1 <addr>: Recipient address rejected: BLOCK-RCPT' from a Trend Micro gateway" .. HDR,
        format = "postfix",
        recipients = { r("info@powiadomienia.allegro.pl", "failed", "5.7.1", "filtered", "filter") },
    },
    ["postfix-preamble-only-japanese-list-issue.eml"] = {
        source = "github.com/rubima/rubima/issues/394: a Japanese issue quoting a Postfix notice's preamble only (under '> '), the list address it was sent to named in the Japanese sentence above ('日本Rubyの会ML（ ruby@ml.fdiary.net ）にメールを送信したのだが、以下のようにエラーメールが返ってきてしまう。'); no reason given" .. HDR,
        format = "postfix",
        recipients = { r("ruby@ml.fdiary.net", "failed", nil, "undefined", "undefined") },
    },
    ["gmail-temporary-failure-japanese-list-issue.eml"] = {
        source = "github.com/rubima/rubima/issues/133: a Japanese issue quoting Gmail's 'Technical details of temporary failure:' (connection timed out) in a code fence, no address (labelled with no recipient)" .. HDR,
        format = "prose",
        recipients = {},
    },
    ["exim-unrouteable-forwarded-in-code-fence-issue.eml"] = {
        source = "github.com/strands-project/mongodb_store/issues/80: an Exim notice ('Unrouteable address') forwarded by Gmail, in a code fence; the poster's personal address replaced" .. HDR,
        format = "exim",
        recipients = { r("nah@todo.todo", "failed", nil, "hostunknown", "address") },
    },
    ["gmail-yahoo-dd-form-failed-email-address-issue.eml"] = {
        source = "github.com/netneutrality/savetheinternet.in/issues/161: a form filled with a Gmail notice's parts ('Failed email address:', 'Technical details:', 'The error that the server returned: 554 delivery error: dd This user doesn't have a ymail.com account (addr)'); the personal address replaced" .. HDR,
        format = "prose",
        recipients = { r("user1@ymail.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-response-only-no-address-issue.eml"] = {
        source = "github.com/alistapart/AListApart/issues/442: a person's issue quoting Gmail's '550 5.1.1 The email account that you tried to reach does not exist' reply alone, naming no address (labelled with no recipient)" .. HDR,
        format = "prose",
        recipients = {},
    },
    ["notbounce-mailgun-log-orange-french-invalid-sender-issue.eml"] = {
        source = "github.com/MieuxVoter/app.mieuxvoter.fr-front/issues/71: a mailing service's JSON log entry quoting Orange's French reply ('5.1.0 Emetteur invalide. Invalid Sender. OFR004_405'), no notice and no recipient address" .. HDR,
        format = "notbounce",
        recipients = {},
    },
}
