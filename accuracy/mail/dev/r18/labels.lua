-- A fresh group (r18) of 18 bounce notices, 17 labelled recipients, taken
-- for prose notices in other languages than English and bilingual ones, and
-- for the English notices that reached users of non-English sites: 163.com's
-- Coremail notice ('系统退信') as its HTML alone (base64 GB2312, and once
-- quoted-printable GBK) and as a mail client's flattened one-line preview;
-- Seznam's Czech/English notice ('Vaše zpráva pro <addr> ze dne ... nemohla
-- být doručena' / 'Důvod / Reason:') and three other forms its help page
-- shows (sendmail, a 'Sent RCPT TO:'/'Could not deliver mail to this user.'
-- form, a qmail form with the colon inside the brackets); Gmail's Spanish
-- notice (quoted-printable, no SMTP code; flattened with 'MÁS INFORMACIÓN');
-- a Brazilian provider's Postfix fragment under a Portuguese/English
-- subject; Japanese notices kept in a list driver's comments (a Lotus Notes
-- '送信エラーレポート' with '送信先:'/'原因:', two ISP notices naming a masked
-- address inside Japanese sentences, and an ISP's mailbox-full notice that
-- names no address) in ISO-2022-JP, Shift_JIS and EUC-JP; a TIN/Virgilio
-- 'processed by the mail server' line quoted on an Italian page; Postfix
-- notices on a German host's help page (bullet lines under the preamble).
-- Two Postfix notices from German-language issues were dropped after the
-- first measure: the trackers group had taken both issues already.
-- Where a source shows only the text, a minimal header in the usual form of
-- the program or provider named was added (said per mail: "HDR"); addresses
-- and dates in such a header are stand-ins.  Where we chose the charset or
-- transfer encoding, the label says so ("ENC").  Personal addresses were
-- replaced with userN@<same domain>; addresses a source had already masked
-- (xxxxxxxx, ****, **, XXXXXXXX) and the help pages' example addresses were
-- kept as shown.
-- Labels were written from each mail's own text and its source, before any
-- reader ran on it.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
local CI = "code index file id "
local HDR = "; a header added (the source shows the text alone)"
local FML = "fmlorg/fml8 fml/lib/Mail/Bounce/Language/Japanese.pm, ERROR EXAMPLE section (the error mails a Japanese list driver's author received, 2001-2003)"
local SEZ = "https://napoveda.seznam.cz/uzivatel-neexistuje (Seznam help page 'Uživatel neexistuje')"
local WEBGO = "https://webgo.de/faq/fehlermeldung-undelivered-mail-returned-to-sender-was-kann-ich-tun (a German host's help page: the Postfix preamble, then one example line per bullet)"
local COREMAIL = "a PHP office suite's demo database dump (" .. CI .. "49457128551), table rows 1020/1021: two 163.com '系统退信' notices stored as their HTML (gb2312 meta), From Postmaster@163.com, Message-ID and time as stored"
return {
    ["coremail-163-html-only-base64-gb2312-rcpt-handle-timeout.eml"] = {
        source = COREMAIL .. " (row 1020); the HTML put alone in a text/html part, base64 GB2312 (ENC)" .. "; From/To/Subject/Message-ID/Date from the row",
        format = "generic",
        recipients = { r("leader@smeoa.com", "failed", nil, "networkerror", "system") },
    },
    ["coremail-163-html-only-qp-gbk-rcpt-handle-timeout.eml"] = {
        source = COREMAIL .. " (row 1021); the HTML put alone in a text/html part, quoted-printable GBK (ENC); From/To/Subject/Message-ID/Date from the row",
        format = "generic",
        recipients = { r("zhang@zhang.com", "failed", nil, "networkerror", "system") },
    },
    ["coremail-163-flattened-preview-cannot-connect.eml"] = {
        source = "a Chinese blog post on an Android mail client's database (" .. CI .. "12097441072): the stored one-line snippet of a 163.com '系统退信' notice ('收件人： kuaipan@wps.cn ... 退信原因： ... 英文说明:Can not connect to wps.cn:114.112.66.62:2', cut as stored), From/To/Subject/Message-ID/time from the row; the snippet as a text/plain UTF-8 body (ENC)",
        format = "generic",
        recipients = { r("kuaipan@wps.cn", "failed", nil, "networkerror", "system") },
    },
    ["seznam-czech-english-qp-latin2-user-not-mapped.eml"] = {
        source = SEZ .. ": the Czech/English notice the page shows ('5.1.1 szn; User hasn't got the service mapped', 'Permanent Failure - Bad destination mailbox address')" .. HDR .. "; quoted-printable ISO-8859-2 (ENC)",
        format = "generic",
        recipients = { r("vesely.uzivatel@seznam.cz", "failed", "5.1.1", "userunknown", "address") },
    },
    ["seznam-page-sendmail-form-user-unknown.eml"] = {
        source = SEZ .. ": the first of the other forms the page quotes (sendmail's 'The following addresses had permanent fatal errors' with '(reason: 550 5.1.1 ... User unknown)')" .. HDR,
        format = "sendmail",
        recipients = { r("jiri.novak@scdferg.cz", "failed", "5.1.1", "userunknown", "address") },
    },
    ["seznam-page-sent-rcpt-received-could-not-deliver.eml"] = {
        source = SEZ .. ": the page's next form ('Sent RCPT TO: addr' / 'Received 550 5.1.1 User unknown' and 'Could not deliver mail to this user.' over the address; the page sets them apart by blank lines only, taken together here)" .. HDR,
        format = "generic",
        recipients = { r("jiri.novak@scdferg.cz", "failed", "5.1.1", "userunknown", "address") },
    },
    ["seznam-page-qmail-form-colon-inside-brackets.eml"] = {
        source = SEZ .. ": the page's qmail form ('<addr:>' with the colon inside the brackets, 'does not like recipient.', 'Remote host said: 550 5.1.1 ... User unknown', 'Giving up on')" .. HDR,
        format = "qmail",
        recipients = { r("jiri.novak@scdferg.cz", "failed", "5.1.1", "userunknown", "address") },
    },
    ["gmail-spanish-qp-no-code-address-not-found.eml"] = {
        source = "a mail client project's JSON export of an inbox (" .. CI .. "14317073115), row 342 from mailer-daemon@googlemail.com (2018-10-16): the Spanish Gmail notice's quoted-printable text part as stored ('** No se ha encontrado la dirección **', 'La respuesta fue:' over the reply without an SMTP code); the HTML part and the rest cut; the address replaced; From from the row, Subject Gmail's usual, To/Date stand-ins",
        format = "gmail",
        recipients = { r("user1@gmail.com", "failed", nil, "userunknown", "address") },
    },
    ["gmail-spanish-flattened-mas-informacion-5-1-1.eml"] = {
        source = "a university procedure system's SQL dump (" .. CI .. "56214519257): a request whose stored text carries a Spanish Gmail notice flattened from HTML ('No se ha encontrado la dirección', 'MÁS INFORMACIÓN', 'La respuesta fue:', '550 5.1.1 ...'); the notice's lines alone taken, the address replaced" .. HDR,
        format = "gmail",
        recipients = { r("user2@gmail.com", "failed", "5.1.1", "userunknown", "address") },
    },
    ["bol-postfix-bilingual-subject-fragment-user-unknown.eml"] = {
        source = "a Brazilian law office's bounce detector tests (" .. CI .. "63259574086): From 'MAILER-DAEMON@mx3.bol.com.br' and the subject 'Problema ao entregar o e-mail - retorno ao remetente / Undelivered Mail Returned to Sender' of one test, and the body fragment another test gives as the real mx3.bol.com.br notice (no Final-Recipient); the address replaced; To/Date stand-ins",
        format = "postfix",
        recipients = { r("user3@bol.com.br", "failed", nil, "userunknown", "address") },
    },
    ["notes-japanese-send-error-report-iso2022jp.eml"] = {
        source = FML .. ", 'Lotus Notes': '送信エラーレポート' with '件名:', '送信先:' and '原因: The peer SMTP host reports that it received bad SMTP command syntax.'" .. HDR .. " (the body's title as Subject); ISO-2022-JP (ENC)",
        format = "generic",
        recipients = { r("xxxxxxxx@chuo.tokyo.nuinui.net", "failed", nil, "syntaxerror", "system") },
    },
    ["jpr-japanese-address-mismatch-masked-iso2022jp.eml"] = {
        source = FML .. ", 'jp-r.ne.jp': '送信先E-mailアドレスの不一致です' over 'To:****@jp-r.ne.jp' (masked in the source) and the returned Subject/body placeholders" .. HDR .. "; ISO-2022-JP (ENC)",
        format = "generic",
        recipients = { r("****@jp-r.ne.jp", "failed", nil, "userunknown", "address") },
    },
    ["pakeo-japanese-address-not-registered-base64-sjis.eml"] = {
        source = FML .. ", 'pakeo.ne.jp': 'あなたが送ろうとしたアドレス「...」は、登録されていません。' / 'もう一度確認して、送信しなおして下さい。'; the address as the module's comment gives the same line ('**@i.pakeo.ne.jp', masked there; the POD masks it whole)" .. HDR .. "; base64 Shift_JIS (ENC)",
        format = "generic",
        recipients = { r("**@i.pakeo.ne.jp", "failed", nil, "userunknown", "address") },
    },
    ["freeserve-japanese-mailbox-full-no-address-eucjp.eml"] = {
        source = FML .. ", 'freeserve.ne.jp': the header lines the module shows (To, Message-Id, X-Loop, From support@freeserve.ne.jp, Subject '【freeserve管理メール】メールを受け取ることが出来ませんでした。') and the body (the freeserve user's mailbox is at its limit); names no recipient address; Date from the Message-Id, EUC-JP (ENC)",
        format = "generic",
        recipients = {},
    },
    ["tin-virgilio-processed-by-mail-server-mailbox-full.eml"] = {
        source = "http://xoomer.virgilio.it/cpoeri/PCTel/Trucchi/Suggerimento007.htm (an Italian page on mail server notices): the notice line it quotes ('These recipients of your message have been processed by the mail server: tizio@virgilio.it; Failed; 5.2.2 (mailbox full) Remote MTA ims1c.cp.tin.it: SMTP diagnostic: 443 RCPT TO:<...> Mailbox disk quota exceeded')" .. HDR,
        format = "generic",
        recipients = { r("tizio@virgilio.it", "failed", "5.2.2", "mailboxfull", "mailbox") },
    },
    ["postfix-german-help-page-bullet-host-not-found.eml"] = {
        source = WEBGO .. "; the preamble and the first example ('• benutzer@falsche-domain.de: Host or domain name not found ...')" .. HDR,
        format = "postfix",
        recipients = { r("benutzer@falsche-domain.de", "failed", nil, "hostunknown", "address") },
    },
    ["postfix-german-help-page-bullet-relay-denied.eml"] = {
        source = WEBGO .. "; the preamble and the third example ('• benutzer@zieldomain.de: host ... said: 554 5.7.1 ... Relay access denied')" .. HDR,
        format = "postfix",
        recipients = { r("benutzer@zieldomain.de", "failed", "5.7.1", "norelaying", "relay") },
    },
    ["postfix-german-help-page-bullet-virtual-alias-unknown.eml"] = {
        source = WEBGO .. "; the preamble and the second example ('• test@richtige-domain.de: host ... said: 550 5.1.1 ... User unknown in virtual alias table')" .. HDR,
        format = "postfix",
        recipients = { r("test@richtige-domain.de", "failed", "5.1.1", "userunknown", "address") },
    },
}
