-- smtpbounce.mail against variants of the dev corpus's bounces that real
-- life produces (tools/mail-perturb.lua): every variant of the kinds the
-- reader handles keeps the recipients, status and dsn_action the
-- unchanged mail's reading gives, over every second dev mail, and no
-- body, layout or wrap variant of a mail that is no bounce becomes one.
local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local perturb = dofile("tools/mail-perturb.lua")

describe("mail perturbation", function ()
    local corpus = perturb.corpus("accuracy/mail/dev", 2)
    local res, nb = perturb.run(perturb.reader(smtpbounce), corpus)

    it("reads a sample of the dev corpus", function ()
        assert.is_true(#corpus > 150)
    end)

    -- (a kind left out of REQUIRED, or misspelt there, would drop its test)
    it("requires 7 kinds or more, each one of KINDS" , function ()
        helper.required_kinds(perturb, 7)
    end)

    for _, kind in ipairs(perturb.KINDS) do
        if perturb.REQUIRED[kind] then
            it("keeps every recipient and its status: " .. kind, function ()
                local r = res[kind]
                assert.is_true(r.n > 50, kind .. ": only " .. r.n .. " variants made")
                assert.same({}, r.fails)
                assert.equal(r.n, r.status)
            end)
        end
    end

    it("makes no bounce of a mail that is none", function ()
        assert.is_true(nb.n > 50)
        assert.same({}, nb.fails)
        assert.equal(0, nb.bounces)
    end)
end)

describe("mail perturbation's variants", function ()
    local mail = table.concat({
        "Return-Path: <>",
        "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
        "To: sender@example.org",
        "Subject: Undelivered Mail Returned to Sender",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "This is the mail system at host mx.example.net (Gr\195\188\195\159e).",
        "",
        "I'm sorry to have to inform you that your message could not",
        "be delivered to one or more recipients.",
        "",
        "<kim@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User",
        "    unknown (in reply to RCPT TO command)",
        "" }, "\n")

    it("change what their kind says", function ()
        local seen = {}
        for _, v in ipairs(perturb.VARIANTS) do
            local m = v.make(mail)
            assert.is_string(m, v.kind .. "/" .. v.name)
            if v.kind ~= "returnpath" then  -- one of the two is the mail's own
                assert.are_not.equal(mail, m, v.kind .. "/" .. v.name)
            end
            seen[v.kind] = true
        end
        for _, k in ipairs(perturb.KINDS) do assert.is_true(seen[k], k) end
    end)

    it("encode the text as said", function ()
        local by = {}
        for _, v in ipairs(perturb.VARIANTS) do by[v.kind .. "/" .. v.name] = v end
        assert.matches("Content%-Transfer%-Encoding: base64", by["body/base64"].make(mail))
        assert.matches("Content%-Type: text/html", by["body/html-br"].make(mail))
        assert.not_matches("kim@example%.com>: host", by["body/base64"].make(mail))
        assert.matches("\r\n", by["layout/crlf"].make(mail))
        assert.matches("Subject: =%?KOI8%-R%?B%?", by["subject/ru-koi8r-b"].make(mail))
        assert.matches("%-%-%-%-%-Original Message%-%-%-%-%-", by["forward/outlook"].make(mail))
        assert.matches("\nI\226\128\153m sorry", by["typeset/apostrophe"].make(mail))
    end)
end)

describe("smtpbounce.mail on the forms the variants test", function ()
    local function mail (head, body)
        return table.concat(head, "\n") .. "\n\n" .. body
    end
    -- the one record smtpbounce.mail reads from 'message' (asserted: one)
    local function one_record (message) return helper.one_record(smtpbounce, message) end

    it("decodes numeric character references of an HTML-only text", function ()
        local recs = smtpbounce.mail(mail({
            "From: Suporte <suporte@example.com.br>", "To: ana@example.org",
            "Subject: Aviso", "Content-Type: text/html; charset=utf-8" },
            "<p>Sua mensagem n&#227;o foi entregue a <b>kim@example.com.br</b> porque o " ..
            "endere&#xE7;o n&#227;o foi encontrado.</p>\n"))
        assert.is_table(recs)
        assert.equal("kim@example.com.br", recs[1].recipient)
    end)

    it("reads a text whose apostrophes are typeset (U+2019) as one with \"'\"", function ()
        -- (a preview of Microsoft 365's notice a person pasted: the words
        -- alone say it is one)
        local got = {}
        for i, a in ipairs({ "'", "\226\128\153" }) do
            local recs = smtpbounce.mail(mail({
                "From: billy@example.co", "To: ana@example.org", "Subject: Re: the offer",
                "Content-Type: text/plain; charset=UTF-8" },
                "Couldn" .. a .. "t deliver the message to the following recipients: nic@example.net\n"))
            got[i] = recs and recs[1].recipient or "none"
        end
        assert.same({ "nic@example.net", "nic@example.net" }, got)
    end)

    it("reads a Postfix notice run into one line with its reply whole", function ()
        -- (the reply echoes the address, and its colons and sentences are
        -- its own: no line of the notice starts inside it)
        local r = one_record(mail({
            "From: MAILER-DAEMON@mx.example.net", "To: ana@example.org",
            "Subject: Undelivered Mail Returned to Sender", "Content-Type: text/plain; charset=us-ascii" },
            "I'm sorry to have to inform you that your message could not be delivered. " ..
            "The Postfix program <kim@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1 " ..
            "<kim@example.jp>: Recipient address rejected: User unknown in local recipient table " ..
            "(in reply to RCPT TO command)\n"))
        assert.equal("kim@example.jp", r.recipient)
        assert.equal("550 5.1.1 <kim@example.jp>: Recipient address rejected: User unknown in local " ..
                     "recipient table", r.reply)
    end)

    it("reads a format=flowed text unflowed (delsp=yes: a word cut at a soft break)", function ()
        local recs = smtpbounce.mail(mail({
            "From: MAILER-DAEMON@mx.example.net", "To: ana@example.org",
            "Subject: Undelivered Mail Returned to Sender",
            "Content-Type: text/plain; charset=us-ascii; format=flowed; delsp=yes" },
            "This is the mail system at host mx.example.net.\n\n<kim@example.com>: host  \n" ..
            "mx.example.com[192.0.2.1] said: 550 5.1.1 User unkn \nown (in reply to RCPT  \nTO command)\n"))
        assert.is_table(recs)
        assert.equal("kim@example.com", recs[1].recipient)
        assert.equal("5.1.1", recs[1].status)
        assert.equal("550 5.1.1 User unknown", recs[1].reply)
    end)

    it("reads a bounce a person forwards inline under the forwarded From", function ()
        local r = one_record(mail({
            "From: Robin <robin@example.org>", "To: help@example.com",
            "Subject: Fwd: Warning: could not yet send message",
            "Content-Type: text/plain; charset=us-ascii" },
            "Can you check?\n\n---------- Forwarded message ---------\n" ..
            "From: MAILER-DAEMON@mail.example.org\nSubject: Warning: could not yet send message\n" ..
            "To: robin@example.org\n\nSorry, but your mail could not yet be delivered to all recipients.\n" ..
            "Delivery to the following recipients has been defered:\n\n" ..
            "pat@example.net\n\nDelivery will be tried again.\n"))
        assert.equal("pat@example.net", r.recipient)
    end)

    -- a reply pasted with its address, as a person passes it on: the
    -- text is read as it was before the paste's marks
    local pasted = "%s: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n"
    local function person (text)
        return mail({ "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
                      "Content-Type: text/plain; charset=us-ascii" }, text)
    end

    for _, c in ipairs({
        { "HTML's escapes kept in a plain text", person(pasted:format("&lt;pat@example.com&gt;")) },
        { "an address made a markdown link", person(pasted:format("<[pat@example.com](mailto:pat@example.com)>")) },
        { "an address made a markdown link, '@' a page's escape",
          person(pasted:format("<[pat&#64;example.com](mailto:pat&#64;example.com)>")) },
        { "HTML's escapes of a qmail notice's lines", person("I got this back:\n\n&lt;pat@example.com&gt;:\n" ..
            "192.0.2.1 does not like recipient.\nRemote host said: 550 5.1.1 &lt;pat@example.com&gt;: " ..
            "Recipient address rejected: User unknown\nGiving up on 192.0.2.1.\n") },
        { "bold line", mail({ "From: MAILER-DAEMON@mx.example.net", "To: ana@example.org", "Subject: failure notice",
            "Content-Type: text/plain; charset=us-ascii" },
            "**Delivery failed: pat@example.com**\n\n550 5.1.1 User unknown\n") },
    }) do
        it("reads a pasted text's " .. c[1], function ()
            local r = one_record(c[2])
            assert.equal("pat@example.com", r.recipient)
            assert.equal("5.1.1", r.status)
        end)
    end
    -- a web archive's addresses hidden as "a at b.org" where they are
    -- led in to as addresses, not only alone on a line
    local daemon = { "From: MAILER-DAEMON@mx.example.net", "To: ana@example.org",
                     "Subject: Undelivered Mail Returned to Sender", "Content-Type: text/plain; charset=us-ascii" }
    for _, c in ipairs({
        { "a line that starts with it", "This is the mail system at host mx.example.net.\n\n" ..
            "kim.lee at example.com (expanded from\n    team at example.com): host mx.example.com[192.0.2.1] " ..
            "said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n" },
        { "a sentence, after 'to'", "Your message could not be delivered to kim at example.com.\n\n" ..
            "550 5.1.1 User unknown\n" },
        { "parentheses with no blank inside", "   ----- Transcript of session follows -----\n" ..
            ">>> RCPT To: (kim at example.com)\n<<< 550 5.1.1 (kim at example.com)... User unknown\n" },
        { "a bulleted line", "This is the mail system at host mx.example.net.\n\n" ..
            "  \226\128\162 kim at example.com: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n" },
        { "a reply, after its code", "The mail you sent could not be delivered to:\n" ..
            "550 5.1.1 kim at example.com is not a known user\n" },
        { "a quoted line", "> This is the mail system at host mx.example.net.\n>\n" ..
            "> kim at example.com: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n" },
        { "a forum's tags", "This is the mail system at host mx.example.net.\n\n" ..
            "[email]kim at example.com[/email]: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n" },
        { "a pasted field, in a forum's tags", "This is the mail system at host mx.example.net.\n\n" ..
            "Final-Recipient: rfc822; [email]kim at example.com[/email]\nAction: failed\nStatus: 5.1.1\n" },
        { "a pasted field, in a forum's tags, '@' a page's escape",
            "This is the mail system at host mx.example.net.\n\n" ..
            "Final-Recipient: rfc822; [email]kim&#64;example.com[/email]\nAction: failed\nStatus: 5.1.1\n" },
        { "a masked local part", "This is the mail system at host mx.example.net.\n\n" ..
            "<kim**** at example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n" },
        { "an Outlook plain text's link", "Delivery has failed to these recipients or groups:\n\n" ..
            "kim at example.com<mailto:kim at example.com>\nThe email address couldn't be found.\n\n" ..
            "Remote Server returned '550 5.1.1 User unknown'\n" },
        { "a CJK notice, after a full width colon", "\230\138\177\230\173\137\239\188\140\230\130\168" ..
            "\231\154\132\233\130\174\228\187\182\232\162\171\233\128\128\229\155\158\228\186\134\n" ..
            "\230\148\182\228\187\182\228\186\186\239\188\154 kim at example.com\n550 5.1.1 User unknown\n" },
    }) do
        it("reads an address an archive hid in " .. c[1], function ()
            local r = one_record(mail(daemon, c[2]))
            assert.matches("^kim.-@example%.com$", r.recipient)
            assert.equal("5.1.1", r.status)
        end)
    end
    it("reads the status of a notice's delivery-status fields quoted in a person's mail", function ()
        local r = one_record(mail({ "From: Kim <kim@example.org>", "To: ana@example.org",
            "Subject: Fwd: Undelivered Mail Returned to Sender", "Content-Type: text/plain; charset=us-ascii" },
            "Forwarded, see below.\n\nOn Mon, 2 Mar 2026, MAILER-DAEMON@mx.example.net wrote:\n" ..
            "> This is the mail system at host mx.example.net.\n>\n" ..
            "> <pat@example.com>: host mx.example.com[192.0.2.1] said: 550 5.7.1 Relaying denied\n" ..
            ">     (in reply to RCPT TO command)\n>\n> Reporting-MTA: dns; mx.example.net\n>\n" ..
            "> Final-Recipient: rfc822; pat@example.com\n> Action: failed\n> Status: 5.0.0\n"))
        assert.equal("pat@example.com", r.recipient)
        assert.equal("5.0.0", r.dsn)
    end)
    it("reads a notice hard wrapped by who passed it on, its lines joined again", function ()
        -- Google Groups' refusal as the dev corpus has it (r13), wrapped at 60
        local r = one_record(mail({
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "To: ana@example.org",
            "Subject: Delivery Status Notification (Failure)", "Content-Type: text/plain; charset=us-ascii" },
            "Hello ana@example.org,\n\nWe're writing to let you know that the group you tried to\n" ..
            "contact (team) may not exist, or you may not have permission\nto post messages to the group. " ..
            "A few more details on why you\nweren't able to post:\n\n * You might have spelled or formatted " ..
            "the group name\nincorrectly.\n\nThanks,\n\nexample.org admins\n"))
        assert.equal("team@example.org", r.recipient)
    end)
    it("reads a notice run into one line, its lines broken again", function ()
        local r = one_record(mail({
            "From: MAILER-DAEMON@mx.example.net", "To: ana@example.org",
            "Subject: Undelivered Mail Returned to Sender", "Content-Type: text/plain; charset=us-ascii" },
            "This is the mail system at host mx.example.net. I'm sorry to have to inform you that your " ..
            "message could not be delivered to one or more recipients. It's attached below. For further " ..
            "assistance, please send mail to postmaster. If you do so, please include this problem report. " ..
            "You can delete your own text from the attached returned message. The mail system " ..
            "<pat@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <pat@example.com>: " ..
            "Recipient address rejected: User unknown (in reply to RCPT TO command)\n"))
        assert.equal("pat@example.com", r.recipient)
        assert.equal("5.1.1", r.status)
    end)
    -- a notice run into one line, broken again around its headings'
    -- dashes and after its list's lead-in
    for _, c in ipairs({
        { "around its headings' dashes (qmail: the reply and \"--- Below this line\")",
          { "From: MAILER-DAEMON@mx.example.net", "Subject: failure notice" },
          "Hi. This is the qmail-send program at mx.example.net. I'm afraid I wasn't able to " ..
          "deliver your message to the following addresses. This is a permanent error; I've " ..
          "given up. Sorry it didn't work out. <pat@example.com>: Sorry, no mailbox here by " ..
          "that name. (#5.1.1) --- Below this line is a copy of the message. Return-Path: " ..
          "<ana@example.org> From: ana@example.org To: pat@example.com Subject: hello\n",
          "Sorry, no mailbox here by that name. (#5.1.1)" },
        { "after its list's lead-in (Exchange Online: \"... recipients or groups:\")",
          { "From: Microsoft Outlook <postmaster@example.onmicrosoft.com>",
            "Subject: Undeliverable: hello" },
          "Delivery has failed to these recipients or groups: Pat Lee (pat@example.com) The " ..
          "email address you entered couldn't be found. Please check the recipient's email " ..
          "address and try to resend the message. If the problem continues, please contact " ..
          "your helpdesk.\n",
          -- (the reason after the name's closing parenthesis, without it)
          "The email address you entered couldn't be found." },
        { "around its headings' framed dashes (T-Online: \"|--- Failed addresses follow: ---|\")",
          { "From: Mailer-Daemon@t-online.de", "Subject: Mail delivery failed" },
          "|------------------------- Failed addresses follow: ---------------------| " ..
          "<pat@example.com> ... unknown user / Teilnehmer existiert nicht " ..
          "|------------------------- Message text follows: ------------------------| " ..
          "From: ana@example.org To: pat@example.com Subject: hello\n",
          "unknown user / Teilnehmer existiert nicht" },
        { "before a heading's words (Gmail: \"a@b Technical details of permanent failure:\")",
          { "From: Kim <kim@example.org>", "Subject: Message" },
          "pat@example.com Technical details of permanent failure: Google tried to deliver your " ..
          "message, but it was rejected by the server for the recipient domain example.com by " ..
          "mx.example.com. [192.0.2.1]. The error that the other server returned was: 550 5.1.1 " ..
          "The email account that you tried to reach does not exist.\n",
          "550 5.1.1 The email account that you tried to reach does not exist." },
    }) do
        it("reads a notice run into one line " .. c[1], function ()
            local h = { c[2][1], "To: ana@example.org", c[2][2],
                        "Content-Type: text/plain; charset=us-ascii" }
            local r = one_record(mail(h, c[3]))
            assert.equal("pat@example.com", r.recipient)
            assert.equal("userunknown", r.reason)
            assert.equal(c[4], r.reply)
        end)
    end
    -- a notice whose delivery-status fields were run into its text (a
    -- webmail's view copied, a forum's post), one line or wrapped since
    for _, c in ipairs({ { "one line", " " }, { "and wrapped since", "\n" } }) do
        it("reads delivery-status fields run into a notice's text: " .. c[1], function ()
            local r = one_record(mail({
                "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
                "Content-Type: text/plain; charset=us-ascii" },
                "The following address(es) failed: pat@example.com host mx.example.com [192.0.2.1] " ..
                "SMTP error from remote mail server after end of data: 550 5.7.1 Message refused as " ..
                "unsolicited Reporting-MTA: dns; mx.example.net Action: failed" .. c[2] ..
                "Final-Recipient: rfc822;pat@example.com Status: 5.0.0 Remote-MTA: dns; mx.example.com " ..
                "Diagnostic-Code: smtp; 550 5.7.1 Message refused as unsolicited\n"))
            assert.equal("pat@example.com", r.recipient)
            assert.equal("5.0.0", r.dsn)
            assert.equal("failed", r.dsn_action)
            assert.equal("mx.example.net", r.reporting_mta)
            assert.equal("550 5.7.1 Message refused as unsolicited", r.reply)
        end)
    end
    it("reads delivery-status fields a person quotes, indented, as none", function ()
        -- (fields on lines of their own are no run: a reply that quotes them)
        assert.is_nil(smtpbounce.mail(mail({
            "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Re: the patch",
            "Content-Type: text/plain; charset=us-ascii" },
            "The maintainer's server didn't like the patch:\n\n  Action: failed\n" ..
            "  Final-Recipient: rfc822;pat@example.com\n  Status: 5.0.0\n\nShrug,\nKim\n")))
    end)
    it("reads a notice run into one line whose second recipient rides in the first one's reply", function ()
        -- (hMailServer's: the first reading names the first recipient, its
        -- reply runs on over the second's; read again with its lines broken)
        local recs = smtpbounce.mail(mail({
            "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
            "Content-Type: text/plain; charset=us-ascii" },
            "Your message did not reach some or all of the intended recipients. Sent: Mon, 14 Sep " ..
            "2026 10:12:03 +0200 Subject: Figures The following recipient(s) could not be reached: " ..
            "pat@example.com Error Type: SMTP Remote server (192.0.2.25) issued an error. hMailServer " ..
            "sent: RCPT TO:<pat@example.com> Remote server replied: 550 5.1.1 <pat@example.com>: " ..
            "Recipient address rejected: User unknown lee@example.net Error Type: SMTP Remote server " ..
            "(198.51.100.7) issued an error. hMailServer sent: RCPT TO:<lee@example.net> Remote server " ..
            "replied: 552 5.2.2 <lee@example.net>: Mailbox full hMailServer\n"))
        local got = {}
        for i, r in ipairs(recs or {}) do got[i] = { r.recipient, r.status, r.reason } end
        assert.same({ { "pat@example.com", "5.1.1", "userunknown" },
                      { "lee@example.net", "5.2.2", "mailboxfull" } }, got)
    end)
    it("ends a delivery status's last field run into one line where the notice's own prose starts", function ()
        -- (Exchange's text written as fields, then "Delivery has failed
        -- to these recipients or groups:", all on one line)
        local r = one_record(mail({
            "From: postmaster@example.net", "To: ana@example.org",
            "Subject: Undeliverable: Figures", "Content-Type: text/plain; charset=us-ascii" },
            "Reporting-MTA: dns;mx.example.net Arrival-Date: Mon, 14 Sep 2026 10:12:03 +0000 " ..
            "Final-Recipient: rfc822;pat@example.com Action: failed Status: 5.1.1 " ..
            "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found " ..
            "Delivery has failed to these recipients or groups: pat@example.com The email address " ..
            "that you entered couldn't be found. Check the address and try resending the message.\n"))
        assert.equal("pat@example.com", r.recipient)
        assert.equal("550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", r.reply)
        assert.equal("userunknown", r.reason)
    end)
    it("ends a reply read from a notice run into one line where the returned message starts", function ()
        -- (a notice quoted in a person's post, the post run into one line;
        -- the recipient's host has no dot: it is read with the lines broken)
        local recs = smtpbounce.mail(mail({
            "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Every day this",
            "Content-Type: text/plain; charset=us-ascii" },
            "I changed the host's name and now receive this every day: > This is an " ..
            "automatically generated Delivery Status Notification Delivery to the " ..
            "following recipient failed permanently: root@oldhost Technical details of " ..
            "permanent failure: DNS Error: Domain name not found ----- Original message ----- " ..
            "Received: by 10.0.0.1 with SMTP id x1; Fri, 23 Oct 2026 03:17:24 -0700 (PDT) " ..
            "Subject: Figures\n"))
        assert.is_table(recs)
        assert.equal("root@oldhost", recs[1].recipient)
        assert.equal("DNS Error: Domain name not found", recs[1].reply)
        assert.equal("hostunknown", recs[1].reason)
    end)
    it("reads a notice run into one line whose recipients lead their lines bare, a colon after each", function ()
        -- (a list of web.de's kind: "a@b: SMTP error from remote server
        -- for TEXT command, ...", each after the last one's queue id)
        local recs = smtpbounce.mail(mail({
            "From: Mailer Daemon <MAILER-DAEMON@mx.example.net>", "To: ana@example.org",
            "Subject: Mail delivery failed: returning message to sender",
            "Content-Type: text/plain; charset=us-ascii" },
            "This message was created automatically by mail delivery software. A message that you " ..
            "sent could not be delivered to one or more of its recipients. This is a permanent error. " ..
            "The following address(es) failed: pat@example.com: SMTP error from remote server for TEXT " ..
            "command, host: mx.example.com (192.0.2.1) reason: 550 5.7.1 Content-Policy reject msg: " ..
            "Wrong MIME labeling; id S933375 lee@example.com: SMTP error from remote server for TEXT " ..
            "command, host: mx.example.com (192.0.2.1) reason: 550 5.7.1 Content-Policy reject msg: " ..
            "Wrong MIME labeling; id S933376 kim@example.com: SMTP error from remote server for TEXT " ..
            "command, host: mx.example.com (192.0.2.1) reason: 550 5.7.1 Content-Policy reject msg: " ..
            "Wrong MIME labeling; id S933377\n"))
        local got = {}
        for i, r in ipairs(recs or {}) do got[i] = r.recipient .. " " .. r.status end
        assert.same({ "pat@example.com 5.7.1", "lee@example.com 5.7.1", "kim@example.com 5.7.1" }, got)
    end)
    it("reads a notice a person passes on whose opening sets the recipient apart", function ()
        local r = one_record(mail({
            "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
            "Content-Type: text/plain; charset=us-ascii" },
            "Failure Notice\n\n    Your message sent to\n\npat@example.com\n      has failed to be delivered.\n\n" ..
            "      * Reason : Mailbox unavailable\n"))
        assert.equal("pat@example.com", r.recipient)
    end)
    it("reads a notice pasted as markdown source, its escapes and zero width spaces taken off", function ()
        local r = one_record(mail({
            "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>", "To: ana@example.org",
            "Subject: Returned mail: see transcript for details", "Content-Type: text/plain; charset=us-ascii" },
            "&nbsp;   \\-\\-\\-\\-\\- The following addresses had permanent fatal errors \\-\\-\\-\\-\\-\n" ..
            "\\<pat\\-lee@&#8203;example\\.com>\n\n\\<\\<\\< 550 5\\.1\\.1 \\<pat\\-lee@&#8203;example\\.com>" ..
            "\\.\\.\\. User unknown\n"))
        assert.equal("pat-lee@example.com", r.recipient)
        assert.equal("5.1.1", r.status)
    end)
    it("reads a session's transcript a person passes on", function ()
        local r = one_record(mail({
            "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
            "Content-Type: text/plain; charset=us-ascii" },
            "Sent RCPT TO: pat@example.com\nReceived 550 5.1.1 User unknown\n\n" ..
            "Could not deliver mail to this user.\npat@example.com\n"))
        assert.equal("pat@example.com", r.recipient)
        assert.equal("5.1.1", r.status)
    end)
    it("reads a notice a person passes on that leads in to the address it failed for", function ()
        local r = one_record(mail({
            "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
            "Content-Type: text/plain; charset=us-ascii" },
            "Delivery failed: pat@example.com\n192.0.2.1 does not like recipient.\n" ..
            "Remote host said: 550 5.1.1 sorry, no such user\nGiving up on 192.0.2.1.\n"))
        assert.equal("pat@example.com", r.recipient)
        assert.equal("5.1.1", r.status)
    end)
    it("reads a delivery status's fields with an Outlook plain text's link after the address", function ()
        -- ("a@b<mailto:a@b>", and "<a@b<mailto:a@b>>" whose first '>' is the link's)
        for _, a in ipairs({ "pat@example.com<mailto:pat@example.com>",
                             "<pat@example.com<mailto:pat@example.com>>" }) do
            local r = one_record(mail({
                "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: Message",
                "Content-Type: text/plain; charset=us-ascii" },
                "Reporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; " .. a ..
                "\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n"))
            assert.equal("pat@example.com", r.recipient)
            assert.equal("5.1.1", r.status)
        end
    end)
    it("reads a bounce a person forwards quoted under the line \"On <date>, <who> wrote:\"", function ()
        -- (the quoted lines the forwarded mail's own, read under that
        -- line as their From; under a reply's Subject a person's words)
        local got = {}
        for i, subj in ipairs({ "Fwd: Undeliverable mail", "Re: Undeliverable mail" }) do
            local recs = smtpbounce.mail(mail({
                "From: Robin <robin@example.org>", "To: help@example.com", "Subject: " .. subj,
                "Content-Type: text/plain; charset=us-ascii" },
                "Can you check?\n\nOn Mon, 2 Mar 2026 09:00:00 +0100, postmaster@mx.example.net wrote:\n" ..
                "> The requested destination was:\n>\n> \tpat@example.com\n"))
            got[i] = recs and recs[1].recipient or "none"
        end
        assert.same({ "pat@example.com", "none" }, got)
    end)
    it("reads a delivery status pasted as text with its lines indented (a code block, a forum's tab)", function ()
        -- (under a daemon's From; a person's mail that quotes the fields
        -- so writes of a bounce: no record)
        for _, ind in ipairs({ "    ", "\t" }) do
            local fields = ("%sReporting-MTA: dns; mx.example.net\n\n%sFinal-Recipient: rfc822; pat@example.com\n" ..
                "%sAction: failed\n%sStatus: 5.0.0\n%sDiagnostic-Code: X-Postfix; host mx.example.com[192.0.2.1] " ..
                "said: 554\n%s    5.7.1 <pat@example.com>: Relay access denied (in reply to RCPT TO command)\n")
                :gsub("%%s", ind)
            local r = one_record(mail({
                "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)", "To: ana@example.org",
                "Subject: Undelivered Mail Returned to Sender", "Content-Type: text/plain; charset=us-ascii" },
                "The mail system could not deliver it:\n\n" .. fields))
            assert.equal("pat@example.com", r.recipient)
            assert.equal("5.0.0", r.dsn)
            assert.equal("mx.example.net", r.reporting_mta)
            assert.is_nil(smtpbounce.mail(mail({
                "From: Kim <kim@example.org>", "To: ana@example.org", "Subject: the patch",
                "Content-Type: text/plain; charset=us-ascii" },
                "FYI: their server did not like the patch, with:\n\n" .. fields)))
        end
    end)
end)
