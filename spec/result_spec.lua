-- smtpbounce.result: the result's fields, the effect of a deciding rule,
-- result tables and their JSON (the CLI's object, scan's members).

require "spec.helper"
local smtpbounce = require "smtpbounce"
local result = require "smtpbounce.result"
local core = require "smtpbounce.core"

-- replies of the seed guide (examples/seed-replies.txt), with contexts
local function seed_replies ()
    local t = {}
    for line in io.lines("examples/seed-replies.txt") do t[#t + 1] = line end
    return t
end

describe("smtpbounce.result", function ()

    describe("FIELDS", function ()
        it("lists DESIGN.md's result fields in its order, then template", function ()
            assert.are.same({ "code", "status", "outcome", "reason", "action", "scope",
                              "provider", "text", "tags", "forward", "retry_after",
                              "give_up_after", "rule", "basis", "template" }, result.FIELDS)
        end)
    end)

    describe("effect()", function ()
        local c = smtpbounce.new{
            rules = { { id = "ops.full", any = { "box is full" }, reason = "mailboxfull",
                        action = "retry", retry_after = 60 } },
            policy = { { reason = "mailboxfull", provider = "gmail", action = "suppress" },
                       { reason = "ratelimited", class = 4, retry_after = 7200 } },
        }
        local function rule_index (id)
            for i, r in ipairs(c.rules) do if r.id == id then return i end end
        end
        local function provider_index (id) return c.provider_index[id] end

        it("takes the rule's own fields over its reason's defaults", function ()
            local e = result.effect(c, rule_index("ops.full"), 4, nil)
            assert.are.equal("retry", e.action)
            assert.are.equal(60, e.retry_after)
            assert.are.equal(259200, e.give_up_after)   -- a 4xx: the 72 hours
            assert.are.equal("ops.full", e.rule)
            assert.are.equal("mailboxfull", e.reason)
        end)

        it("takes the operator's policy over the rule's fields, for its provider alone", function ()
            local i = rule_index("ops.full")
            assert.are.equal("suppress", result.effect(c, i, 5, provider_index("gmail")).action)
            assert.are.equal("retry", result.effect(c, i, 5, provider_index("yahoo")).action)
        end)

        it("applies a policy to its reply class alone", function ()
            local i
            for k, r in ipairs(c.rules) do
                if r.reason == "ratelimited" then i = k; break end
            end
            assert.are.equal(7200, result.effect(c, i, 4, nil).retry_after)
            assert.are_not.equal(7200, result.effect(c, i, 5, nil).retry_after)
        end)

        it("gives the rule 'none' when no rule decided, and keeps each effect", function ()
            local e = result.effect(c, nil, 0, nil)
            assert.are.equal("none", e.rule)
            assert.are.equal("undefined", e.reason)
            assert.are.equal(e, result.effect(c, nil, 0, nil))
        end)
    end)

    describe("basis_of()", function ()
        it("names what a rule's conditions read", function ()
            local ALL = core.CLASS_BIT[0]
            assert.are.equal("text", result.basis_of{ any = { "user unknown" }, statuses = { 5, 1, 1 } })
            assert.are.equal("text", result.basis_of{ ordered = { "a", "b" }, codes = { 550, 550 } })
            assert.are.equal("text", result.basis_of{ all = { { "a" }, { "b" } } })
            assert.are.equal("text", result.basis_of{ pattern = true, codes = { 550, 550 } })
            assert.are.equal("status", result.basis_of{ statuses = { 5, 1, 1 }, providers = { "yahoo" } })
            assert.are.equal("status", result.basis_of{ statuses = { 5, 1, 1 }, none = { "x" } })
            assert.are.equal("code", result.basis_of{ codes = { 550, 550 } })
            assert.are.equal("code", result.basis_of{ codes = { 500, 599 }, providers = { "gmail" } })
            assert.are.equal("code", result.basis_of{ codes = { 554, 554 }, phases = 2 })
            assert.are.equal("code", result.basis_of{ classes = 32 })
            assert.are.equal("none", result.basis_of{ codes = { 0, 0 } })
            assert.are.equal("none", result.basis_of{ classes = ALL })
            assert.are.equal("none", result.NO_RULE.basis)
        end)

        it("is set on every rule when the ruleset is built", function ()
            local c = smtpbounce.new()
            for _, r in ipairs(c.rules) do
                assert.are.equal(result.basis_of(r), r.basis, r.id)
            end
        end)
    end)

    describe("class_of()", function ()
        -- operator rules for replies without a code: one of each kind
        local c = smtpbounce.new{ rules = {
            { id = "ops.again", class = 0, any = { "box busy" }, reason = "mailboxfull",
              action = "retry" },
            { id = "ops.loop", class = 0, any = { "went round" }, reason = "networkerror",
              action = "contact" },
            { id = "ops.net", class = 0, any = { "wire cut" }, reason = "networkerror" },
            { id = "ops.odd", class = 0, any = { "odd words" }, reason = "undefined" },
        } }
        local function rule_index (id)
            for i, r in ipairs(c.rules) do if r.id == id then return i end end
        end

        it("keeps the reply's own class, then the caller's DSN status's", function ()
            assert.are.equal(5, result.class_of(c, rule_index("ops.again"), 5, 4))
            assert.are.equal(5, result.class_of(c, rule_index("ops.again"), 0, 5))
        end)

        it("without either, takes a temporary action as 4 and a final one as 5", function ()
            assert.are.equal(4, result.class_of(c, rule_index("ops.again"), 0))
            assert.are.equal(5, result.class_of(c, rule_index("ops.loop"), 0))
            assert.are.same({ "deferred", "mailboxfull", "retry" },
                            { c:classify("the box busy").outcome, c:classify("the box busy").reason,
                              c:classify("the box busy").action })
            assert.are.same({ "bounced", "networkerror", "contact" },
                            { c:classify("it went round").outcome, c:classify("it went round").reason,
                              c:classify("it went round").action })
        end)

        it("else the class of the reason, none for undefined or no rule", function ()
            assert.are.equal(4, result.class_of(c, rule_index("ops.net"), 0))
            assert.are.equal(0, result.class_of(c, rule_index("ops.odd"), 0))
            assert.are.equal(0, result.class_of(c, nil, 0))
            assert.are.equal("unknown", c:classify("odd words").outcome)
        end)
    end)

    describe("profiles and phases", function ()
        local seed, cautious = smtpbounce.new(), smtpbounce.new{ profile = "cautious" }
        local function effect_of (c, reply, phase)
            local d = core.classify(c.rs, reply, nil, nil, phase and smtpbounce.vocab.phase_index[phase])
            return result.effect(c, d.rule, d.class, d.provider, smtpbounce.vocab.early[d.phase])
        end

        it("cautious asks for contact where only the code blamed the address", function ()
            local a, b = effect_of(seed, "550 Transaction failed"), effect_of(cautious, "550 Transaction failed")
            assert.are.same({ "suppress", "recipient", "code" }, { a.action, a.scope, a.basis })
            assert.are.same({ "contact", "recipient", "code" }, { b.action, b.scope, b.basis })
        end)

        it("cautious keeps suppress for a named address failure or an address status", function ()
            for _, reply in ipairs{ "550 5.1.1 user unknown", "550 5.1.1 x", "550 5.2.1 x" } do
                assert.are.equal("suppress", effect_of(cautious, reply).action, reply)
            end
            -- a full mailbox is no address failure: contact
            assert.are.equal("contact", effect_of(cautious, "552 5.2.2 mailbox full").action)
            assert.are.equal("suppress", effect_of(seed, "552 5.2.2 mailbox full").action)
        end)

        it("address_failure() reads the basis, the reason and the rule's statuses", function ()
            assert.is_true(result.address_failure({ reason = "userunknown" }, "text"))
            assert.is_false(result.address_failure({ reason = "mailboxfull" }, "text"))
            assert.is_false(result.address_failure({ reason = "userunknown" }, "code"))
            assert.is_true(result.address_failure({ reason = "filtered" }, "history"))
            assert.is_true(result.address_failure({ reason = "suspend", statuses = { -1, 2, 1 } }, "status"))
            assert.is_true(result.address_failure({ reason = "rejected", statuses = { -1, 1, -1 } }, "status"))
            assert.is_false(result.address_failure({ reason = "filtered", statuses = { -1, 7, 1 } }, "status"))
            assert.is_false(result.address_failure({ reason = "userunknown",
                                                     statuses = { -1, 1, 1, -1, 7, 1 } }, "status"))
        end)

        it("at connect, helo and mail nothing blames the recipient, whatever the profile", function ()
            for _, c in ipairs{ seed, cautious } do
                for _, phase in ipairs{ "connect", "helo", "mail" } do
                    local e = effect_of(c, "554 5.7.1 go away", phase)
                    assert.are.same({ "contact", "sender" }, { e.action, e.scope }, phase)
                    e = effect_of(c, "550 5.1.1 user unknown", phase)
                    assert.are.same({ "contact", "sender" }, { e.action, e.scope }, phase)
                end
                local e = effect_of(c, "554 5.7.1 go away", "rcpt")
                assert.are.equal("recipient", e.scope)
            end
        end)

        it("at an early phase an action other than suppress stands; system reasons keep destination", function ()
            local e = effect_of(seed, "421 4.7.0 [GL01] slow down", "connect")
            assert.are.same({ "throttle", "sender" }, { e.action, e.scope })
            local c = smtpbounce.new{ policy = { { reason = "systemerror", scope = "recipient",
                                                   action = "suppress" } } }
            e = effect_of(c, "554 5.3.0 mail system error", "helo")
            assert.are.same({ "systemerror", "contact", "destination" }, { e.reason, e.action, e.scope })
        end)

        it("memoises each phase group apart", function ()
            local c = smtpbounce.new()
            local d = core.classify(c.rs, "550 Transaction failed")
            local late, early = result.effect(c, d.rule, d.class, nil),
                                result.effect(c, d.rule, d.class, nil, true)
            assert.are_not.equal(late, early)
            assert.are.equal(early, result.effect(c, d.rule, d.class, nil, 1))
            assert.are.equal(late, result.effect(c, d.rule, d.class, nil, 0))
        end)

        it("policy entries may match on basis", function ()
            local c = smtpbounce.new{ policy = { { reason = "userunknown", basis = "code",
                                                   action = "contact" } } }
            assert.are.equal("contact", effect_of(c, "550 Transaction failed").action)
            assert.are.equal("suppress", effect_of(c, "550 5.1.1 user unknown").action)
            assert.are.same({}, result.policy_why(c.policy, c.rules[core.classify(c.rs, "550 5.1.1 x").rule], 5))
        end)
    end)

    describe("env()", function ()
        it("gives core.result the effect as an array", function ()
            local c = smtpbounce.new()
            local env = result.env(c)
            assert.are.equal(result.MT, env.mt)
            local a = env.resolve(0, 5, c.provider_index.gmail)
            assert.are.same({ "undefined", a[2], a[3], nil, nil, "none", {}, "bounced",
                              "gmail", false }, { a[1], a[2], a[3], a[4], a[5], a[6], a[7],
                                                  a[8], a[9], a[10] })
            assert.is_false(env.resolve(0, 2, 0)[9])
            assert.are.equal("contact", env.resolve(0, 5, 0, 1)[2])
        end)
    end)

    describe("MT", function ()
        it("computes 'template' when first read, from code, status and text", function ()
            local r = smtpbounce.classify("550 5.1.1 <bob@example.com>: no such user")
            assert.are.equal(result.MT, getmetatable(r))
            assert.is_nil(rawget(r, "template"))
            assert.are.equal("550 5.1.1 <{email}>: no such user", r.template)
            assert.are.equal(r.template, rawget(r, "template"))
            assert.is_nil(r.nosuchfield)
        end)
    end)

    describe("new()", function ()
        it("builds explain's table from core's values", function ()
            local c = smtpbounce.new()
            local reply = "452 4.2.2 Mailbox full"
            local v = { core.explain(c.rs, reply, nil, nil, nil, nil, c.confirm) }
            local r = result.new(c, v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10])
            local want = c:classify(reply)
            for _, k in ipairs(result.FIELDS) do
                assert.are.same(want[k], r[k], k)
            end
        end)
    end)

    describe("json()", function ()
        it("writes the fields in order, nil ones left out", function ()
            local r = smtpbounce.classify("452 4.2.2 Mailbox full", { mx = "mx.example.com" })
            assert.are.equal('{"code":452,"status":"4.2.2","outcome":"deferred","reason":"mailboxfull",'
                             .. '"action":"retry","scope":"recipient","text":"Mailbox full","tags":[],'
                             .. '"retry_after":600,"give_up_after":259200,'
                             .. '"rule":"phrase.mailbox-full","basis":"text","template":"452 4.2.2 Mailbox full"}',
                             result.json(r))
        end)

        it("writes explain's 'why' last", function ()
            local r = smtpbounce.explain("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown")
            local j = result.json(r)
            assert.is_truthy(j:find('"rule":"phrase.no-user","basis":"text","template":"550 5.1.1 <{email}>: '
                                    .. 'Recipient address rejected: User unknown","why":{"rule":'
                                    .. '"phrase.no-user","layer":"phrases","where":', 1, true), j)
            assert.is_truthy(j:find('"matched":[{"phrase":"user unknown","at":48,"len":12},', 1, true), j)
            local tail = '"why":"lower layer (defaults < phrases)"}]}}'
            assert.are.equal(tail, j:sub(-#tail))
        end)
    end)

    describe("scan_entry()", function ()
        local c = smtpbounce.new()
        local json = require "smtpbounce.json"
        local contexts = { { nil, nil, nil }, { "gmail-smtp-in.l.google.com", "gmail.com", "rcpt" },
                           { "mx.example.net", "yahoo.com", "data" }, { nil, nil, "connect" } }

        it("writes what result.json writes, without the '{'", function ()
            local m, str = json.memo(64)
            local entry = result.scan_entry(c, m, str, { json = true })
            local replies = seed_replies()
            replies[#replies + 1] = 'Message &quot;rejected&quot; \255 "x" \\ /'
            replies[#replies + 1] = "551 5.1.6 User has moved; please try <new@example.org>"
            for _, reply in ipairs(replies) do
                for _, ctx in ipairs(contexts) do
                    local j, template = entry(reply, ctx[1], ctx[2], ctx[3], nil)
                    local r = c:classify(reply, { mx = ctx[1], domain = ctx[2], phase = ctx[3] })
                    assert.are.equal(result.json(r), "{" .. j, reply)
                    assert.are.equal(r.template, template)
                end
            end
        end)

        it("trusts a plain log line's text only without HTML entities", function ()
            local m, str = json.memo(64)
            local entry = result.scan_entry(c, m, str, { json = true })
            local reply = "550 5.7.1 Message &quot;rejected&quot;"
            local j = entry(reply, nil, nil, nil, true)
            assert.is_truthy(j:find('"text":"Message \\"rejected\\""', 1, true), j)
        end)

        it("gives the fields the lines and the summary read", function ()
            local m, str = json.memo(64)
            local entry = result.scan_entry(c, m, str, { fields = true, templates = true })
            local e, template = entry("550 5.1.1 <bob@example.com>: no such user", nil,
                                      "example.com", "rcpt", nil)
            assert.is_nil(e.json)
            assert.are.same({ outcome = "bounced", reason = "userunknown", action = "suppress",
                              scope = "recipient", status = "5.1.1",
                              rule = e.r.rule, basis = "text",
                              text = "<bob@example.com>: no such user",
                              template = template }, e.r)
            assert.are.equal("550 5.1.1 <{email}>: no such user", template)
            entry = result.scan_entry(c, m, str, { json = true, fields = true })
            e = entry("550 5.1.1 <bob@example.com>: no such user", nil, nil, nil, nil)
            assert.are.equal("string", type(e.json))
            assert.is_nil(e.r.template)
        end)
    end)
end)
