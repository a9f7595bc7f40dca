-- The shipped rule data (lua/smtpbounce/rules/*.lua and
-- lua/smtpbounce/providers/*.lua, the layers smtpbounce.new loads by
-- default): every built-in rule carries an example reply and decides it.
-- The seed guide's replies are checked as the guide advises in
-- spec/seed_spec.lua.

require "spec.helper"
local smtpbounce = require "smtpbounce"

describe("the built-in rules (smtpbounce.rules.*, smtpbounce.providers.*)", function ()
    -- DESIGN.md: "Every rule ships at least one example reply that the
    -- specs check it decides."  Here: each example that a built-in rule
    -- ships is decided by that rule -- or, for the defaults layer (the
    -- code and status tables, fallbacks by design), by a rule that
    -- gives the same reason and action (smtpbounce.lint does the same).
    local c = smtpbounce.new()
    for _, r in ipairs(c:rule_list()) do
        it(r.id .. " carries an example", function ()
            assert.is_truthy(r.examples and #r.examples > 0, r.where)
        end)
        if r.examples then
            it(r.id .. " decides its own examples", function ()
                for _, e in ipairs(r.examples) do
                    local ctx = { mx = e.mx, domain = e.domain, phase = e.phase,
                                  provider = e.provider }
                    local got = c:classify(e.reply, ctx)
                    if r.layer == "defaults" and got.rule ~= r.id then
                        assert.are.equal(r.reason, got.reason, e.reply)
                        if r.action then assert.are.equal(r.action, got.action, e.reply) end
                    else
                        assert.are.equal(r.id, got.rule, e.reply)
                    end
                    if e.reason then assert.are.equal(e.reason, got.reason, e.reply) end
                    if e.action then assert.are.equal(e.action, got.action, e.reply) end
                end
            end)
        end
    end
end)

describe("the code-less rules (smtpbounce.rules.nocode)", function ()
    local c = smtpbounce.new()

    it("come after the phrase rules: a phrase rule keeps its first say", function ()
        -- Postfix local(8)'s unknown user: phrase rules name it first
        assert.are_not.equal("nocode", c:classify([[unknown user: "jdoe"]]).rule:match("^[^.]*"))
        assert.are.equal("phrase.mailbox-full", c:classify("mailbox is full").rule)
    end)

    it("take the loops and TLS failures that have no code: bounced, deferred", function ()
        -- Postfix pipe(8)'s loop text: a retry only repeats it
        local loop = c:classify("mail forwarding loop for jdoe@example.com")
        assert.are.same({ "nocode.loop", "bounced", "contact" }, { loop.rule, loop.outcome, loop.action })
        assert.are.equal("phrase.loop", c:classify("554 5.4.6 mail forwarding loop for jdoe@example.com").rule)
        -- Postfix smtp(8) defers a failed TLS session, and says so
        local tls = c:classify("status=deferred (Cannot start TLS: handshake failure)")
        assert.are.same({ "nocode.tls-deferred", "securityerror", "deferred", "retry" },
                        { tls.rule, tls.reason, tls.outcome, tls.action })
        local coded = c:classify("530 5.7.0 Must issue a STARTTLS command first")
        assert.are.same({ "phrase.tls", "bounced", "fix" }, { coded.rule, coded.outcome, coded.action })
    end)

    it("read a TLS failure that says no retry as bounced, its setup to fix", function ()
        local final = c:classify("Your message could not be delivered to the following recipients:\n"
                                 .. "<jdoe@example.com> (TLS error from 'mx.example.com': "
                                 .. "I/O error: tls handshake eof)")
        assert.are.same({ "nocode.tls", "securityerror", "bounced", "fix" },
                        { final.rule, final.reason, final.outcome, final.action })
        -- a client's certificate failure: retrying alone does not help
        local cert = c:classify("x509: certificate signed by unknown authority")
        assert.are.same({ "nocode.tls", "bounced", "fix" }, { cert.rule, cert.outcome, cert.action })
        -- a deferral that says it will retry stays deferred
        local later = c:classify("status=deferred (TLS is required, but was not offered "
                                 .. "by host mx.example.com[192.0.2.25])")
        assert.are.same({ "nocode.tls-deferred", "deferred", "retry" },
                        { later.rule, later.outcome, later.action })
        -- a reset around the handshake is the network's
        local reset = c:classify("Client network socket disconnected before secure TLS connection was established")
        assert.are_not.equal("securityerror", reset.reason)
    end)

    it("read capitals beyond ASCII as small letters, where a sentence starts", function ()
        for _, t in ipairs{ "Не удалось доставить сообщение", "Échec de la remise",
                            "ΔΕΝ ΉΤΑΝ ΔΥΝΑΤΉ Η ΠΑΡΆΔΟΣΗ", "NIE MOŻNA DOSTARCZYĆ" } do
            local r = c:classify(t)
            assert.are.same({ "nocode.permanent", "bounced" }, { r.rule, r.outcome }, t)
        end
        -- the place of a match is the text's (the fold keeps the length)
        local ex = c:explain("Échec de la remise")
        assert.are.equal(1, ex.why.matched[1].at)
        assert.are.equal(#"échec de la remise", ex.why.matched[1].len)
    end)

    it("come before fallback.lua: a refused connection is no block of ours", function ()
        local r = c:classify("Error: connect ECONNREFUSED 192.0.2.25:25")
        assert.are.same({ "nocode.connect", "networkerror", "deferred", "retry" },
                        { r.rule, r.reason, r.outcome, r.action })
    end)

    it("leave a reply with a code or a status to the other rules", function ()
        assert.are.equal("nocode.congestion", c:classify("Mail system congestion").rule)
        assert.are_not.equal("nocode.congestion", c:classify("451 Mail system congestion").rule)
        assert.are_not.equal("nocode.congestion", c:classify("4.4.5 Mail system congestion").rule)
    end)

    it("give a final cause bounced and a passing one deferred", function ()
        local expired = c:classify("Could not deliver the message in the time limit specified.")
        local loop = c:classify("remote host address is the local host")
        local retry = c:classify("There was a temporary problem delivering your message to "
                                 .. "jdoe@example.com. Gmail will retry for 46 more hours.")
        assert.are.same({ "nocode.expired", "nocode.loop", "nocode.retrying" },
                        { expired.rule, loop.rule, retry.rule })
        assert.are.same({ "bounced", "bounced", "deferred" }, { expired.outcome, loop.outcome, retry.outcome })
        assert.are.same({ "contact", "contact", "retry" }, { expired.action, loop.action, retry.action })
    end)
end)

describe("the non-address cue rules (rules/phrases.lua guards, rules/fallback.lua)", function ()
    local c = smtpbounce.new()

    it("tell the recipient's own list of senders from the receiving server's", function ()
        local own = c:classify("551 Sender is on domain's blacklist")
        local server = c:classify("554 Sender is blacklisted and not allowed.")
        assert.are.same({ "phrase.sender-listed", "filtered", "suppress" },
                        { own.rule, own.reason, own.action })
        assert.are.same({ "phrase.sender-blacklisted", "blocked", "contact" },
                        { server.rule, server.reason, server.action })
    end)

    it("read a sender's quota or throttle as our sending rate", function ()
        for _, reply in ipairs{
            "550 5.7.1 <alice@example.org>: Sender address rejected: "
                .. "Sender throttled due to continuous too many recipients errors.",
            "554 5.2.0 <bob@example.com>: Recipient address rejected: smtp traffic quota has been exceeded",
        } do
            assert.are.equal("ratelimited", c:classify(reply).reason, reply)
        end
    end)

    it("read a message short of the receiver's requirements as its policy, not the address", function ()
        local r = c:classify("554 5.7.1 This message does not meet our delivery requirements")
        assert.are.same({ "phrase.requirements", "policyviolation", "fix" }, { r.rule, r.reason, r.action })
        -- requirements of authentication stay the authentication rules'
        assert.are_not.equal("policyviolation",
            c:classify("550 5.7.515 Access denied, sending domain EXAMPLE.ORG doesn't meet the required "
                       .. "authentication level.").reason)
    end)

    it("read a sender domain or address that may not be used as our sender's refusal", function ()
        local r = c:classify("550 Forbidden domain 'example.org' in Envelope-From (B-EFROM-STRATO)")
        assert.are.same({ "phrase.sender-words", "rejected", "fix" }, { r.rule, r.reason, r.action })
    end)

    it("still leave a reply that names the address to the address rules", function ()
        for _, reply in ipairs{
            "550 Mail rejected: user unknown",
            "550 Access is denied: no such mailbox",
            "554 Delivery refused: recipient does not exist",
        } do
            local r = c:classify(reply)
            assert.are.same({ "userunknown", "suppress" }, { r.reason, r.action }, reply)
        end
    end)
end)

describe("the address rules in other languages (smtpbounce.rules.intl_address)", function ()
    local c = smtpbounce.new()
    local function rule (reply) return c:classify(reply).rule end

    -- the replies are the rules' own examples (sources in the rule file)
    -- and the same wording turned to the sender's side or to sending,
    -- which each rule refuses
    it("read the recipient's account, not the sender's", function ()
        assert.are.equal("intl.any.suspend", rule("Tài khoản bị vô hiệu hóa"))
        assert.are_not.equal("intl.any.suspend", rule("Tài khoản người gửi bị vô hiệu hóa"))
        assert.are.equal("intl.any.no-user", rule("Akun tidak ada"))
        assert.are_not.equal("intl.any.no-user", rule("Akun pengirim tidak ada"))
    end)

    it("read the mailbox's storage, not a sending quota", function ()
        assert.are.equal("intl.any.mailbox-full", rule("Batasan penyimpanan akun"))
        assert.are_not.equal("intl.any.mailbox-full", rule("Kuota pengiriman akun Anda habis"))
    end)

    it("take RFC 5321's 553 text without a code or with a 5xx, never the sender's address", function ()
        local text = "Azione richiesta non effettuata: indirizzo email non autorizzato"
        assert.are.equal("intl.any.address-not-allowed", rule(text))
        assert.are.equal("intl.any.address-not-allowed", rule("553 " .. text))
        assert.are_not.equal("intl.any.address-not-allowed", rule("451 " .. text))
        assert.are_not.equal("intl.any.address-not-allowed",
                             rule("Azione richiesta non effettuata: indirizzo email del mittente non autorizzato"))
    end)

    it("name a host unknown, not the client's own host", function ()
        assert.are.equal("intl.any.no-domain", rule("Host sconosciuto, Domain Lookup non riuscito"))
        assert.are_not.equal("intl.any.no-domain", rule("Client host sconosciuto"))
    end)

    -- phrase.suspended (rules/phrases.lua) reads a disabled account on a
    -- recipient reply, not RFC 4954's 525 answer to AUTH, which is the
    -- client's own login account (IANA's X.7.13)
    it("leave the client's disabled login account (525) to others", function ()
        assert.are.equal("phrase.suspended", rule("550 5.2.1 User Account Disabled"))
        assert.are_not.equal("phrase.suspended", rule("525 5.7.13 User Account Disabled"))
    end)
end)
