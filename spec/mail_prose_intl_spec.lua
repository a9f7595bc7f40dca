-- smtpbounce.mail on prose notices in other languages and their layouts:
-- Spanish perfect-tense wordings, a Japanese sentence quoting the address,
-- a label that names the reason ("英文说明:"), a list heading that ends in
-- a colon before the first address, a Postfix line wrapped after one word,
-- an HTML row the style hides, a Japanese text whose charset went missing,
-- an address to write to named by words after it (Japanese) or before it,
-- a local part hidden with wave dashes or full-width tildes.
local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"

local function mail (subject, ctype, body)
    return table.concat({
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.net>",
        "To: sender@example.org",
        "Subject: " .. subject,
        "MIME-Version: 1.0",
        "Content-Type: " .. ctype,
        "",
        body }, "\n")
end

local function one (m) return helper.one_record(smtpbounce, m) end

describe("prose notices in other languages", function ()
    it("reads Gmail's Spanish sentence with the perfect tense", function ()
        local r = one(mail("Delivery Status Notification (Failure)", "text/plain; charset=utf-8",
            "Tu mensaje no se ha entregado a kim@example.com porque no se ha encontrado la direcci\195\179n"
            .. " o esta no puede recibir correo.\n"))
        assert.equal("kim@example.com", r.recipient)
        assert.equal("userunknown", r.reason)
    end)

    it("gives a Japanese sentence that quotes the address as its diagnostic", function ()
        local r = one(mail("Error", "text/plain; charset=utf-8",
            "\227\129\130\227\129\170\227\129\159\227\129\140\233\128\129\227\130\141\227\129\134\227\129\168"
            .. "\227\129\151\227\129\159\227\130\162\227\131\137\227\131\172\227\130\185\227\128\140kim@example.jp"
            .. "\227\128\141\227\129\175\227\128\129\231\153\187\233\140\178\227\129\149\227\130\140\227\129\166"
            .. "\227\129\132\227\129\190\227\129\155\227\130\147\227\128\130\n"))
        assert.equal("kim@example.jp", r.recipient)
        assert.equal("userunknown", r.reason)
    end)

    it("takes the first address after a list heading's colon on its line", function ()
        local r = one(mail("Delivery Status Notification", "text/plain",
            "These recipients of your message have been processed by the mail server: kim@example.it;"
            .. " Failed; 5.2.2 (mailbox full)\n"))
        assert.equal("kim@example.it", r.recipient)
        assert.equal("5.2.2", r.status)
    end)

    it("starts a Postfix reason at the one word its line ends in", function ()
        local r = one(mail("Undelivered Mail Returned to Sender", "text/plain", table.concat({
            "This is the mail system at host mx.example.net.", "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.", "",
            "                   The mail system", "",
            "<root@host.example.de> (expanded from <root>): Host",
            "    or domain name not found. Name service error for",
            "    name=host.example.de type=A: Host not found", "" }, "\n")))
        assert.equal("hostunknown", r.reason)
    end)

    it("reads Coremail's HTML without its hidden rows, the English label's reply", function ()
        local r = one(mail("\231\179\187\231\187\159\233\128\128\228\191\161", "text/html; charset=utf-8",
            table.concat({
                "<table><tr><th>\230\148\182\228\187\182\228\186\186\239\188\154</th>",
                "<td>kim@example.cn</td></tr>",
                "<tr style=\"display:none;\"><th>cc</th>", "<td>xxx</td></tr>",
                "<tr style=\"display:none;\"><th>bcc</th>", "<td>yyy</td></tr>",
                "<tr><th>\233\128\128\228\191\161\229\142\159\229\155\160\239\188\154</th><td>",
                "<div>\229\175\185\230\150\185\233\128\128\228\191\161\228\186\134\227\128\130</div>",
                "<div>\232\139\177\230\150\135\232\175\180\230\152\142:rcpt handle timeout.</div>",
                "</td></tr></table>" }, "\n")))
        assert.equal("kim@example.cn", r.recipient)
        assert.equal("networkerror", r.reason)
    end)

    it("reads a Japanese text in ISO-2022-JP whose charset is not declared", function ()
        local body = "\27$BAw?.@h\27(B: kim@example.jp\n\27$B860x\27(B: The peer SMTP host reports that it"
            .. " received bad SMTP command syntax.\n"
        local r = one(mail("Returned mail", "text/plain", body))
        assert.equal("kim@example.jp", r.recipient)
        assert.equal("syntaxerror", r.reason)
    end)

    it("takes no address the text names as someone to write to for a recipient", function ()
        -- OCN's Postfix notice with its Japanese text (accuracy/mail/dev/r21x): "<support@ocn.ad.jp>"
        -- then, wrapped, "へご連絡ください。" ("please contact")
        local r = one(helper.read_file(
            "accuracy/mail/dev/r21x/postfix-ocn-japanese-translated-intx-blog-host-not-found.eml"))
        assert.equal("hostunknown", r.reason)
        -- written for this check: Korean "로 문의" after the address, German "wenden Sie sich an"
        -- before it, each under a Japanese failure sentence naming the recipient
        local ja = "\227\129\147\227\129\174\227\131\161\227\131\188\227\131\171\227\129\175"
            .. "\233\133\141\228\191\161\227\129\167\227\129\141\227\129\190\227\129\155"
            .. "\227\130\147\227\129\167\227\129\151\227\129\159\227\128\130\n"
        for _, help in ipairs({ "help@example.net\235\161\156 \235\172\184\236\157\152\237\149\152"
                                .. "\236\139\173\236\139\156\236\152\164.\n",
                                "Bei Fragen wenden Sie sich an help@example.net.\n" }) do
            r = one(mail("Returned mail", "text/plain; charset=utf-8",
                ja .. "<kim@example.jp>: User unknown\n\n" .. help))
            assert.equal("kim@example.jp", r.recipient)
        end
    end)

    it("takes a local part a writer hid with wave dashes or full-width tildes", function ()
        for _, mask in ipairs({ "\227\128\156\227\128\156\227\128\156", "\239\189\158\239\189\158" }) do
            local r = one(mail("Undelivered Mail Returned to Sender", "text/plain; charset=utf-8",
                "This is the Postfix program at host mx.example.jp.\n\n"
                .. "I'm sorry to have to inform you that your message could not\n"
                .. "be delivered to one or more recipients. It's attached below.\n\n"
                .. "<" .. mask .. "@example.jp>: host 192.0.2.1[192.0.2.1] said: 552 the volume of\n"
                .. "    recipient's mailbox exceeded the local limit (in reply to end of DATA command)\n"))
            assert.equal(mask .. "@example.jp", r.recipient)
            assert.equal("mailboxfull", r.reason)
        end
    end)
end)
