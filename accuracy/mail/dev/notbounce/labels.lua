-- Ordinary mails that are no bounce: every one must give nil, "not a bounce".
-- mailman3-*: GNU Mailman 3 test messages, from Debian's mailman3 package
-- (apt-get download mailman3), /usr/lib/python3/dist-packages/mailman/...
-- baunsu-*: npm package baunsu 0.2.3, tests/emails/ (a GitHub notification and a spam mail).
local M = "Debian package mailman3, /usr/lib/python3/dist-packages/mailman/"
local function nb (src) return { source = src, format = "notbounce", recipients = {} } end
return {
    ["baunsu-ordinary_gmail.eml"] = nb("npm package baunsu 0.2.3, tests/emails/ordinary_gmail.txt (GitHub pull-request notification)"),
    ["baunsu-encoded_spam.eml"] = nb("npm package baunsu 0.2.3, tests/emails/encoded_spam.txt (GB2312 spam)"),
    ["mailman3-msg_rfc822.eml"] = nb(M .. "handlers/tests/data/msg_rfc822.eml (a mail with forwarded message/rfc822 parts)"),
    ["mailman3-html_to_plain.eml"] = nb(M .. "handlers/tests/data/html_to_plain.eml"),
    ["mailman3-collapse_alternatives.eml"] = nb(M .. "handlers/tests/data/collapse_alternatives.eml"),
    ["mailman3-scrub_test.eml"] = nb(M .. "utilities/tests/data/scrub_test.eml"),
    ["mailman3-ascii_in_utf7.eml"] = nb(M .. "runners/tests/data/ascii_in_utf7.eml (a list reply in UTF-7)"),
    ["mailman3-c_a_non_ascii.eml"] = nb(M .. "handlers/tests/data/c_a_non_ascii.eml"),
    ["mailman3-bad_email.eml"] = nb(M .. "email/tests/data/bad_email.eml (KOI8-R mail, raw 8-bit header words)"),
    ["mailman3-bad_email_2.eml"] = nb(M .. "email/tests/data/bad_email_2.eml (8-bit byte in a us-ascii body)"),
    ["mailman3-bad_email_3.eml"] = nb(M .. "email/tests/data/bad_email_3.eml (broken Message-ID and Content-Type)"),
    ["mailman3-bad_email_4.eml"] = nb(M .. "email/tests/data/bad_email_4.eml (multipart/alternative list post)"),
    ["mailman3-html_non_ascii.eml"] = nb(M .. "handlers/tests/data/html_non_ascii.eml (HTML-only, Czech)"),
}
