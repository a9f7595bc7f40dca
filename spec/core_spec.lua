-- smtpbounce.core: the binding of the C core, below the facade: the
-- named fields classify and explain give, classify_values (classify's
-- fast path, the same fields as values), the constants the rule
-- compiler and the facade take from C, and compile(): the description
-- smtpbounce.compile makes, when a caller bypassing it gets one wrong,
-- and a ruleset over the automaton limit.  Replies are the seed guide's
-- (spec/fixtures/seed.lua) and the corpus's, sources noted there.

local helper = require "spec.helper"
local core = require "smtpbounce.core"
local smtpbounce = require "smtpbounce"
local vocab = require "smtpbounce.vocab"
local fixtures = require "spec.fixtures.seed"

local FIELDS = { "rule", "provider", "phase", "class", "code", "status", "text", "forward",
                 "flags", "template" }

-- seed replies, plus a 551 with a forward path (RFC 5321 section 3.4)
local replies = { "551 User not local; please try <forward@example.org>", "", "hello" }
for _, f in ipairs(fixtures) do replies[#replies + 1] = f.reply end

describe("smtpbounce.core", function ()
    local c = smtpbounce.new()
    local yahoo = c.provider_index.yahoo

    describe("classify()", function ()
        it("gives the decision as named fields", function ()
            local t = core.classify(c.rs, "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred")
            assert.are.equal("yahoo", c.providers[t.provider].id)
            assert.are.equal("yahoo.ts", c:rule_list()[t.rule].id)
            assert.are.equal(4, t.class)
            assert.are.equal(0, t.phase)
            assert.are.equal(421, t.code)
            assert.are.equal("4.7.0", t.status)
            assert.are.equal("[TSS04] Messages from 192.0.2.1 temporarily deferred", t.text)
            assert.are.equal("421 4.7.0 [TSS04] Messages from {ip} temporarily deferred", t.template)
            assert.are.equal(0, t.flags)
            assert.is_nil(t.forward)
            local n = 0
            for _ in pairs(t) do n = n + 1 end
            assert.are.equal(9, n)  -- no forward
        end)

        it("names the phase, the provider and the flags", function ()
            local t = core.classify(c.rs, "550-5.1.1 no such user\r\n550 5.1.1 try <x@example.org>",
                                    "mx.example.net", "example.net", vocab.phase_index.rcpt, yahoo)
            assert.are.equal("rcpt", core.PHASES[t.phase])
            assert.are.equal(yahoo, t.provider)
            assert.are.equal("x@example.org", t.forward)
            assert.are.equal(core.FLAGS.multiline, t.flags)
            t = core.classify(c.rs, "550 x\0y")
            assert.are.equal(core.FLAGS.nul, t.flags)
            t = core.classify(c.rs, "")
            assert.are.equal(0, t.flags)  -- blank: not looked for (parse says it)
            assert.are.equal(0, t.class)
            assert.is_nil(t.code)
            assert.is_nil(t.status)
        end)

        it("fills the table given: every field replaced, nil where absent, others kept", function ()
            local into = { mine = 1 }
            assert.are.equal(into, core.classify(c.rs, replies[1], nil, nil, nil, nil, nil, into))
            assert.are.equal("forward@example.org", into.forward)
            assert.are.equal(551, into.code)
            assert.are.equal(into, core.classify(c.rs, "hello", nil, nil, nil, nil, nil, into))
            local want = core.classify(c.rs, "hello")
            want.mine = 1
            assert.same(want, into)
            assert.is_nil(into.forward)
            assert.is_nil(into.code)
        end)

        it("asks 'confirm' about external rules, with the clean text", function ()
            local seen = {}
            local ext = smtpbounce.new{ builtin = false, rules = {
                { id = "ext", reason = "blocked", any = "blocked", pattern = "'blocked' %s 'now'",
                  examples = { "554 blocked now" } } } }
            local t = core.classify(ext.rs, "554 blocked  now", nil, nil, nil, nil,
                                    function (i, text) seen[#seen + 1] = { i, text }; return true end)
            assert.same({ { 1, "blocked now" } }, seen)
            assert.are.equal(1, t.rule)
            t = core.classify(ext.rs, "554 blocked now", nil, nil, nil, nil, function () return false end)
            assert.is_nil(t.rule)
        end)

        it("raises for a ruleset, reply or table of the wrong type", function ()
            assert.has_error(function () core.classify(c.rs, "550 x", nil, nil, nil, nil, nil, 5) end,
                             "bad argument #8 to 'classify' (table expected, got number)")
            assert.has_error(function () core.classify(c.rs, "550 x", nil, nil, nil, nil, nil, "t") end,
                             "bad argument #8 to 'classify' (table expected, got string)")
            assert.has_error(function () core.classify(c.rs, {}) end,
                             "bad argument #2 to 'classify' (string expected, got table)")
            assert.has_error(function () core.classify({}, "550 x") end,
                             "bad argument #1 to 'classify' (smtpbounce.ruleset expected, got table)")
            assert.has_error(function () core.classify(c.rs, "550 x", nil, nil, nil, nil, 1) end,
                             "bad argument #7 to 'classify' (function expected, got number)")
        end)
    end)

    describe("classify_values()", function ()
        it("gives classify's fields as values, in order, for every reply", function ()
            local ctxs = { {}, { "mx.example.net", "example.net", vocab.phase_index.rcpt },
                           { nil, "yahoo.com", vocab.phase_index.connect }, { nil, nil, nil, yahoo } }
            for _, r in ipairs(replies) do
                for _, ctx in ipairs(ctxs) do
                    local t = core.classify(c.rs, r, ctx[1], ctx[2], ctx[3], ctx[4])
                    local v = { core.classify_values(c.rs, r, ctx[1], ctx[2], ctx[3], ctx[4]) }
                    for i, k in ipairs(FIELDS) do
                        assert.are.equal(t[k], v[i], k .. " of " .. r)
                    end
                    assert.are.equal(#FIELDS, select("#", core.classify_values(c.rs, r)))
                end
            end
        end)

        it("raises as classify does", function ()
            assert.has_error(function () core.classify_values(c.rs, nil) end,
                             "bad argument #2 to 'classify_values' (string expected, got nil)")
        end)
    end)

    describe("explain()", function ()
        it("gives classify's fields, the rules that hold and the phrases found", function ()
            local r = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"
            local t = core.explain(c.rs, r, "mx.example.net")
            local want = core.classify(c.rs, r, "mx.example.net")
            for _, k in ipairs(FIELDS) do assert.are.equal(want[k], t[k], k) end
            assert.are.equal(t.rule, t.holds[1])  -- the decider holds, first
            assert.is_true(#t.holds > 1)
            for i = 2, #t.holds do assert.is_true(t.holds[i] > t.holds[i - 1]) end
            -- phrase id, then its offset in the clean text (0-based)
            assert.is_true(#t.hits >= 2 and #t.hits % 2 == 0)
            for i = 1, #t.hits, 2 do
                local p = c.phrases[t.hits[i]]
                assert.are.equal(p, t.text:lower():sub(t.hits[i + 1] + 1, t.hits[i + 1] + #p))
            end
        end)

        it("has no rule, holds or hits for a reply nothing explains", function ()
            local none = smtpbounce.new{ builtin = false, rules = {
                { id = "x", reason = "blocked", any = "blocked", examples = { "554 blocked" } } } }
            local t = core.explain(none.rs, "250 ok")
            assert.is_nil(t.rule)
            assert.same({}, t.holds)
            assert.same({}, t.hits)
            assert.are.equal(2, t.class)
        end)

        it("raises for a reply that is no string", function ()
            assert.has_error(function () core.explain(c.rs, nil) end,
                             "bad argument #2 to 'explain' (string expected, got nil)")
        end)
    end)

    describe("constants", function ()
        it("CLAUSE names the clause kinds", function ()
            assert.same({ any = 0, ordered = 1, none = 2 }, core.CLAUSE)
        end)

        it("CLASS_BIT has the mask bit of each class a rule may name", function ()
            assert.same({ [0] = 1, [2] = 4, [3] = 8, [4] = 16, [5] = 32 }, core.CLASS_BIT)
        end)

        it("FLAGS has the bit of each flag parse() names", function ()
            assert.same({ multiline = 1, code_mismatch = 2, no_final_line = 4, status_mismatch = 8,
                          status_in_text = 16, prefix = 32, entities = 64, blank = 128, nul = 256,
                          bad_code = 512 }, core.FLAGS)
            -- the bits classify gives are the flags parse names (but for
            -- blank and entities, which classify does not look for)
            for _, r in ipairs{ "", "550-a\n551 b", "550 x\0y", "4.2.2 &lt;x&gt;", "999 x",
                                "host x said: 550 5.1.1 no\n" } do
                local bits, named = core.classify(c.rs, r).flags, core.parse(r).flags
                for name, bit in pairs(core.FLAGS) do
                    local want = named[name] == true and name ~= "blank" and name ~= "entities"
                    assert.are.equal(want, bits % (2 * bit) >= bit, name .. " of " .. r)
                end
            end
        end)

        it("PHASES names the SMTP phases in the core's order, as vocab does", function ()
            assert.same({ "connect", "helo", "mail", "rcpt", "data", "eod" }, core.PHASES)
            assert.same(core.PHASES, vocab.phases)
            assert.are_not.equal(core.PHASES, vocab.phases)  -- a copy
        end)

        it("MAX_AUTOMATON is the automaton's limit in bytes", function ()
            assert.are.equal(256 * 1024 * 1024, core.MAX_AUTOMATON)
        end)
    end)

    it("no longer has the log functions (smtpbounce.logio) or the benchmark handle", function ()
        for _, k in ipairs{ "readline", "skiplines", "postfix_line", "handle" } do
            assert.is_nil(core[k], k)
        end
    end)

    describe("compile()", function ()
        -- smtpbounce.compile makes it; a caller bypassing the facade gets
        -- an error naming the bad value, never a crash
        local error_of = helper.error_of
        local function compile_error (desc)
            return error_of(core.compile, desc)
        end

        it("refuses values of the wrong type", function ()
            local e = error_of(core.compile)
            -- (Lua 5.1 and LuaJIT name the function '?')
            assert.is_truthy(e:find("^bad argument #1 to '[%w.]*compile' %(table expected, got no value%)$")
                             or e:find("^bad argument #1 to '%?' %(table expected, got no value%)$"), e)
            assert.are.equal("ruleset description: hosts[1] must be a table",
                             compile_error{ nproviders = 1, hosts = { 5 } })
            assert.are.equal("ruleset description: domains[1] must hold a string",
                             compile_error{ nproviders = 1, domains = { { 5, 1 } } })
            assert.are.equal("ruleset description: 'rules' must be a table",
                             compile_error{ rules = "x" })
            assert.are.equal("ruleset description: rules[1]", compile_error{ rules = { 5 } })
            assert.are.equal("ruleset description: phrases[1] must be a non-empty string",
                             compile_error{ phrases = { 5 } })
            assert.are.equal("ruleset description: rules[1].clauses[1]",
                             compile_error{ phrases = { "a" }, rules = { { clauses = { 5 } } } })
            assert.are.equal("ruleset description: clause[2] must be a number",
                             compile_error{ phrases = { "a" }, rules = { { clauses = { { 0, "a" } } } } })
        end)

        it("refuses numbers out of range, NaN and infinities included", function ()
            for _, v in ipairs{ 0 / 0, math.huge, -math.huge, 1e300, -1, 1000, 2 ^ 63 } do
                assert.are.equal("ruleset description: codes[1] out of range",
                                 compile_error{ rules = { { codes = { v, 550 } } } })
                assert.are.equal("ruleset description: clause[1] out of range",
                                 compile_error{ phrases = { "a" }, rules = { { clauses = { { v, 1 } } } } })
            end
            assert.are.equal("ruleset description: clause[2] out of range",
                             compile_error{ phrases = { "a" }, rules = { { clauses = { { 0, 2 } } } } })
            assert.are.equal("ruleset description: provs[1] out of range",
                             compile_error{ nproviders = 1, rules = { { provs = { 2 } } } })
            assert.are.equal("ruleset description: empty or duplicate phrase, or an index out of range",
                             compile_error{ phrases = { "a", "A" } })
        end)

        it("refuses a description that changes while it is read", function ()
            -- __index answers differently each time: the counts made first
            -- must bound what is written (this overflowed the arena)
            local n = 0
            local rule = setmetatable({}, { __index = function (_, k)
                if k ~= "clauses" then return nil end
                n = n + 1
                if n < 3 then return {} end
                local cl = {}
                for i = 1, 50 do cl[i] = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 } end
                return cl
            end })
            assert.are.equal("ruleset description: clauses changed while being read",
                             compile_error{ phrases = { "a" }, rules = { rule } })
            for _, field in ipairs{ "codes", "statuses", "provs" } do
                local m = 0
                local r = setmetatable({}, { __index = function (_, k)
                    if k ~= field then return nil end
                    m = m + 1
                    if m < 2 then return {} end
                    return { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 }
                end })
                assert.are.equal("ruleset description: " .. field .. " changed while being read",
                                 compile_error{ nproviders = 1, rules = { r } })
            end
            local k = 0
            local def = setmetatable({ phrases = { "a" } }, { __index = function (_, key)
                if key ~= "rules" then return nil end
                k = k + 1
                return k <= 2 and { {} } or { 5 }
            end })
            assert.are.equal("ruleset description: rules[1] must be a table", compile_error(def))
        end)

        it("a ruleset over the automaton limit is refused", function ()
            -- ~200 byte classes x 400,000 states x 4 bytes > 256 MB; the
            -- check comes before the table is allocated
            local bytes = {}
            for b = 33, 255 do
                if b ~= 127 and not (b >= 65 and b <= 90) and b ~= 34 then
                    bytes[#bytes + 1] = string.char(b)
                end
            end
            local seed, phrases = 12345, {}
            for i = 1, 1000 do
                local t = {}
                for j = 1, 400 do
                    seed = (seed * 1103515245 + 12345) % 2147483648
                    t[j] = bytes[1 + math.floor(seed / 65536) % #bytes]
                end
                phrases[i] = table.concat(t)
            end
            local e = error_of(smtpbounce.new, { builtin = false,
                rules = { { id = "big", reason = "blocked", any = phrases } } })
            -- BUG (fixed in lsmtpbounce.c): the message began with a place
            -- inside the library ("lua/smtpbounce/compile.lua:518: ")
            assert.are.equal("ruleset too large (phrase automaton over 256 MB)", e)
        end)
    end)
end)
