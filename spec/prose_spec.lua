-- Prose bounces (no RFC 3464 part) read through smtpbounce.mail: each
-- mail of spec/fixtures/mail/prose against its labels (labels.lua: the
-- family, each recipient, failed or delayed, and where the label gives
-- them the reply, the remote host and the SMTP phase).  The C reader is
-- checked line by line by csrc/test/test_prose.c; this checks what a
-- caller of the Lua API gets.  Pending while smtpbounce.mail is absent.

local smtpbounce = require "smtpbounce"

local DIR = "spec/fixtures/mail/prose/"
local labels = dofile(DIR .. "labels.lua")

local PHASES = { rcpt = true, mail = true, data = true, eod = true,
                 connect = true, helo = true }

local function read (name)
    local f = assert(io.open(DIR .. name, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

describe("prose bounces", function ()
    local names = {}
    for name in pairs(labels) do names[#names + 1] = name end
    table.sort(names)

    it("has forty examples or more, each with its source", function ()
        assert.is_true(#names >= 40)
        for _, name in ipairs(names) do
            assert.is_string(labels[name].source, name)
            assert.is_string(labels[name].format, name)
            for _, r in ipairs(labels[name].recipients) do
                assert.is_true(r.phase == nil or PHASES[r.phase], name)
            end
        end
    end)

    for _, name in ipairs(names) do
        local label = labels[name]
        local check = type(smtpbounce.mail) == "function" and it or pending
        check(name .. " is read as " .. label.format, function ()
            local recs, err = smtpbounce.mail(read(name))
            if label.format == "notbounce" then
                assert.is_nil(recs)
                assert.is_string(err)
                return
            end
            assert.is_table(recs, err)
            assert.are.equal(#label.recipients, #recs)
            for i, want in ipairs(label.recipients) do
                local got = recs[i]
                assert.are.equal(label.format, got.format)
                assert.are.equal(want.recipient, got.recipient)
                assert.are.equal(want.dsn_action, got.dsn_action)
                if want.reply then assert.are.equal(want.reply, got.reply) end
                if want.remote_mta then
                    assert.are.equal(want.remote_mta, got.remote_mta)
                end
            end
        end)
    end
end)

describe("the generic reading", function ()
    local check = type(smtpbounce.mail) == "function" and it or pending
    local function mail (from, subject, body)
        return "From: " .. from .. "\nSubject: " .. subject
            .. "\nContent-Type: text/plain\n\n" .. body
    end

    check("pairs an address with a failure phrase a few lines below", function ()
        local recs = assert(smtpbounce.mail(mail("MAILER-DAEMON@mx.example.org",
            "Mail failure", "I could not deliver your mail to:kim@example.org\n\n"
            .. "This mailbox does not exist here.\n\n"
            .. "Please contact postmaster@example.org for help.\n")))
        assert.are.equal(1, #recs)
        assert.are.equal("generic", recs[1].format)
        assert.are.equal("kim@example.org", recs[1].recipient)
        assert.are.equal("This mailbox does not exist here.", recs[1].reply)
        assert.are.equal("failed", recs[1].dsn_action)
    end)

    check("takes a reply that quotes the address", function ()
        local recs = assert(smtpbounce.mail(mail("Mail Delivery System <mailer@example.org>",
            "Undeliverable: hi", "Sorry.\n550 5.1.1 <lee@example.org>: Recipient "
            .. "address rejected: User unknown\n")))
        assert.are.equal(1, #recs)
        assert.are.equal("lee@example.org", recs[1].recipient)
        assert.are.equal("5.1.1", recs[1].status)
    end)

    check("reads no bounce in a person's reply about one", function ()
        local recs, err = smtpbounce.mail(mail("bob@example.org",
            "Re: Undeliverable: lunch",
            "My mail to alice@example.org came back: user unknown.\n"))
        assert.is_nil(recs)
        assert.is_string(err)
    end)
end)
