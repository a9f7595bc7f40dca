-- smtpbounce.rulecheck: the field checks of rule, provider and policy
-- data, and where a rule is defined.  A mistake raises an error naming
-- the file (or the line of the new{} call), the line the rule is defined
-- at, the rule and the field, with the bad value.  Most checks are made
-- through smtpbounce.new, as a caller makes them; rulecheck's own
-- functions are called directly at the end.  What compile.lua raises
-- itself (duplicate ids, policies, providers, rule files that do not
-- load) is in spec/compile_spec.lua.

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local rulecheck = require "smtpbounce.rulecheck"

local error_of = helper.error_of
local temp_rules = helper.temp_file

local REASON_LIST = table.concat(helper.DESIGN.reasons, ", ")
local ACTION_LIST = table.concat(helper.DESIGN.actions, ", ")
local PHASE_LIST = table.concat(helper.DESIGN.phases, ", ")
local CODES = " (a number such as 550, or a string such as '5xx' or '55x'; 0: no code)"

describe("smtpbounce.rulecheck", function ()

    describe("check_rule(), through new{}", function ()
        describe("in rules given as tables", function ()
            -- the message starts with where new{} was called
            local function rule_error (opts)
                local line = debug.getinfo(1, "l").currentline + 1
                local e = error_of(function () local c = smtpbounce.new(opts); return c end)
                local at, msg = e:match("^(.-rulecheck_spec%.lua:%d+): (.*)$")
                assert.is_truthy(at, e)
                assert.are.equal(tostring(line), at:match(":(%d+)$"))
                return msg
            end

            it("name the rule, the field and the bad value", function ()
                assert.are.equal("rule 'x': field 'reason': unknown reason 'nope' (one of: " .. REASON_LIST .. ")",
                    rule_error{ rules = { { id = "x", reason = "nope" } } })
                assert.are.equal("rule 'x': field 'reason' is missing (one of: " .. REASON_LIST .. ")",
                    rule_error{ rules = { { id = "x" } } })
                assert.are.equal("rule 'x': field 'action': unknown action 'drop' (one of: " .. ACTION_LIST .. ")",
                    rule_error{ rules = { { id = "x", reason = "blocked", action = "drop" } } })
                assert.are.equal("rule 'x': unknown field 'colour'",
                    rule_error{ rules = { { id = "x", reason = "blocked", colour = "red" } } })
                assert.are.equal("rule 'x': field 'phase': unknown phase 'bogus' (" .. PHASE_LIST .. ")",
                    rule_error{ rules = { { id = "x", reason = "blocked", phase = "bogus" } } })
                assert.are.equal("rule 'x': field 'provider': unknown provider 'bogus'",
                    rule_error{ rules = { { id = "x", reason = "blocked", provider = "bogus" } } })
            end)

            it("name bad types", function ()
                assert.are.equal("rule 'x': field 'any' item 1 must be a non-empty string",
                    rule_error{ rules = { { id = "x", reason = "blocked", any = 5 } } })
                assert.are.equal("rule 'x': field 'any' item 2 must be a non-empty string",
                    rule_error{ rules = { { id = "x", reason = "blocked", any = { "a", "" } } } })
                assert.are.equal("rule 'x': field 'any' must be a string or a list of strings",
                    rule_error{ rules = { { id = "x", reason = "blocked", any = {} } } })
                assert.are.equal("rule 'x': field 'code' item 1: bad reply code 999" .. CODES,
                    rule_error{ rules = { { id = "x", reason = "blocked", code = 999 } } })
                assert.are.equal("rule 'x': field 'code' item 2: bad reply code '6xx'" .. CODES,
                    rule_error{ rules = { { id = "x", reason = "blocked", code = { 550, "6xx" } } } })
                assert.are.equal("rule 'x': field 'status' item 1: bad enhanced status '5.x.1'",
                    rule_error{ rules = { { id = "x", reason = "blocked", status = "5.x.1" } } })
                assert.are.equal("rule 'x': field 'class' item 1: bad class 6 (0, 2, 3, 4 or 5)",
                    rule_error{ rules = { { id = "x", reason = "blocked", class = 6 } } })
                assert.are.equal("rule 'x': field 'retry_after' must be a whole number of seconds",
                    rule_error{ rules = { { id = "x", reason = "blocked", retry_after = -1 } } })
                assert.are.equal("rule 'x': field 'give_up_after' must be a whole number of seconds",
                    rule_error{ rules = { { id = "x", reason = "blocked", give_up_after = "10" } } })
                assert.are.equal("rule 'x': field 'pattern' must be an LPeg pattern or a re string",
                    rule_error{ rules = { { id = "x", reason = "blocked", pattern = 5 } } })
                assert.are.equal("rule 'x': field 'source' must be a string",
                    rule_error{ rules = { { id = "x", reason = "blocked", source = 5 } } })
                assert.are.equal("rules: item 1: field 'id' must be a string of letters, digits, '_', '.', '-', ':'",
                    rule_error{ rules = { { reason = "blocked" } } })
                assert.are.equal("rules: item 2: field 'id' must be a string of letters, digits, '_', '.', '-', ':'",
                    rule_error{ rules = { { id = "ok", reason = "blocked" }, { id = "a b", reason = "blocked" } } })
                assert.are.equal("rules: item 1 is a number, not a rule table",
                    rule_error{ rules = { 5 } })
            end)

            it("refuse a phrase of blanks only, or an empty one: it would hold for every reply", function ()
                for _, f in ipairs{ "any", "ordered", "none" } do
                    assert.are.equal("rule 'x': field '" .. f .. "' item 2 is blanks only "
                                     .. "(it would hold for every reply)",
                        rule_error{ rules = { { id = "x", reason = "blocked", [f] = { "a", " \t_ " } } } })
                end
                assert.are.equal("rule 'x': field 'all' item 1 is blanks only (it would hold for every reply)",
                    rule_error{ rules = { { id = "x", reason = "blocked", all = { "   " } } } })
                assert.are.equal("rule 'x': field 'all' item 2 must be a non-empty string or a list",
                    rule_error{ rules = { { id = "x", reason = "blocked", all = { "a", "" } } } })
            end)

            it("refuse a pattern that matches the empty string: it would hold for every reply", function ()
                local lpeg = require "lpeg"
                local EMPTY = "rule 'x': field 'pattern' matches the empty string (it would hold for every reply)"
                for _, p in ipairs{ "'a'*", "", "!'a'", lpeg.P"a" ^ 0, lpeg.P(-1), lpeg.P(true) } do
                    assert.are.equal(EMPTY,
                        rule_error{ rules = { { id = "x", reason = "blocked", pattern = p } } })
                end
                -- a pattern needing a character, and one that looks behind
                -- (it matches "" only past position 1: not refused)
                for _, p in ipairs{ "'a'+", "'a'?'b'", lpeg.B"a" } do
                    local c = smtpbounce.new{ builtin = false,
                                              rules = { { id = "x", reason = "blocked", pattern = p } } }
                    assert.are.equal("none", c:classify("550 zzz").rule)
                end
            end)

            it("report a bad 're' pattern with re's own message", function ()
                local msg = rule_error{ rules = { { id = "x", reason = "blocked", pattern = "[" } } }
                assert.is_truthy(msg:match("^rule 'x': field 'pattern': .+"), msg)
                assert.is_nil(msg:match("'pattern': nil$"), msg)
            end)
        end)

        describe("in rule files", function ()
            local files = {}
            local function file (text)
                local f = temp_rules(text)
                files[#files + 1] = f
                return f
            end
            teardown(function ()
                for _, f in ipairs(files) do os.remove(f) end
            end)

            it("name the rule and its line for a pattern that matches the empty string", function ()
                local f = file([[
local lpeg = require "lpeg"
return {
    { id = "ops.ok", reason = "blocked", pattern = lpeg.P"widget" },
    { id = "ops.x", reason = "blocked", pattern = lpeg.P"widget" ^ 0 },
}
]])
                assert.are.equal(f .. ":4: rule 'ops.x': field 'pattern' matches the empty string "
                                 .. "(it would hold for every reply)", error_of(smtpbounce.new, { file = f }))
            end)

            it("name the file, the rule's line and the field", function ()
                local f = file([[
return {
    rules = {
        { id = "ok.one", reason = "blocked", any = "foo" },
        { id = "bad.two",
          reason = "nope", any = "bar" },
    },
}
]])
                assert.are.equal(f .. ":4: rule 'bad.two': field 'reason': unknown reason 'nope' (one of: "
                                 .. REASON_LIST .. ")", error_of(smtpbounce.new, { file = f }))
                f = file([[
return {
  { id = "x1", reason = "blocked", any = "foo" },
  { id = "x2", reason = "blocked", any = "foo", colour = "red" },
}
]])
                assert.are.equal(f .. ":3: rule 'x2': unknown field 'colour'",
                                 error_of(smtpbounce.new, { file = f }))
                f = file([[
local function r (id, reason, any) return { id = id, reason = reason, any = any } end
return {
    r("h.one", "blocked", "foo"),
    r("h.two", "blocked", {}),
}
]])
                assert.are.equal(f .. ":4: rule 'h.two': field 'any' must be a string or a list of strings",
                                 error_of(smtpbounce.new, { files = { f } }))
            end)
        end)

        describe("on hostile rule data", function ()
            -- the message after "<file>:<line>: " of new{}'s call site
            local function rule_error (opts)
                local e = error_of(smtpbounce.new, opts)
                return (e:gsub("^[^:]*:%d+: ", ""))
            end

            it("tables with cycles are refused, never followed", function ()
                local t = {}
                t[1] = t
                assert.are.equal("rules: item 1: field 'id' must be a string of letters, digits, '_', '.', '-', ':'",
                                 rule_error{ rules = t })
                for _, field in ipairs{ "any", "ordered", "none", "tags", "status", "phase" } do
                    assert.are.equal("rule 'x': field '" .. field .. "' item 1 must be a non-empty string",
                                     rule_error{ rules = { { id = "x", reason = "blocked", any = "q", [field] = t } } })
                end
                assert.are.equal("rule 'x': field 'all' item 1 must be a non-empty string",
                                 rule_error{ rules = { { id = "x", reason = "blocked", all = t } } })
                assert.are.equal("rule 'x': field 'examples' item 1 must be a reply string or a table "
                                 .. "with a 'reply' string",
                                 rule_error{ rules = { { id = "x", reason = "blocked", any = "q", examples = t } } })
                assert.are.equal("providers: item 1 needs an 'id' string", rule_error{ providers = t })
                assert.are.equal("rule 'p': field 'hosts' item 1 must be a non-empty string",
                                 rule_error{ providers = { { id = "p", hosts = t } } })
                assert.are.equal("rules: field 'disable' item 1 must be a non-empty string",
                                 rule_error{ disable = t })
                assert.are.equal("bad argument #1 to 'new' ('file' must be a path string)",
                                 error_of(smtpbounce.new, { files = t }))
                -- options that contain themselves: no loop; refused as a
                -- 'rules' that is no list (it was read as an empty one)
                local o = { builtin = false }
                o.rules = o
                local e = error_of(smtpbounce.new, o)
                assert.truthy(e:find("field 'rules' must be a list, not a table with field '", 1, true), e)
            end)

            it("values of the wrong type are refused, naming the rule and the field", function ()
                local base = function (k, v)
                    local r = { id = "x", reason = "blocked", any = "q" }
                    r[k] = v
                    return { rules = { r } }
                end
                local cases = {
                    { "code", math.huge, "rule 'x': field 'code' item 1: bad reply code inf" .. CODES },
                    { "code", true, "rule 'x': field 'code' item 1: bad reply code true" .. CODES },
                    { "code", 550.5, "rule 'x': field 'code' item 1: bad reply code 550.5" .. CODES },
                    { "code", "55", "rule 'x': field 'code' item 1: bad reply code '55'" .. CODES },
                    -- a code written as a string: the quotes say what is wrong
                    { "code", "550", "rule 'x': field 'code' item 1: bad reply code '550'" .. CODES },
                    { "class", 1e300, "rule 'x': field 'class' item 1: bad class 1e+300 (0, 2, 3, 4 or 5)" },
                    { "class", "5", "rule 'x': field 'class' item 1: bad class 5 (0, 2, 3, 4 or 5)" },
                    { "retry_after", math.huge, "rule 'x': field 'retry_after' must be a whole number of seconds" },
                    { "retry_after", 2 ^ 63, "rule 'x': field 'retry_after' must be a whole number of seconds" },
                    { "give_up_after", 0.5, "rule 'x': field 'give_up_after' must be a whole number of seconds" },
                    { "give_up_after", {}, "rule 'x': field 'give_up_after' must be a whole number of seconds" },
                    { "reason", print,
                      "rule 'x': field 'reason': unknown reason '" .. tostring(print) .. "' (one of: " },
                    { "action", 5, "rule 'x': field 'action': unknown action '5' (one of: " },
                    { "note", {}, "rule 'x': field 'note' must be a string" },
                    { "pattern", true, "rule 'x': field 'pattern' must be an LPeg pattern or a re string" },
                    { "any", { "a", "b", x = 1 }, "rule 'x': field 'any' must be a string or a list of strings" },
                    { "any", { [2] = "b" }, "rule 'x': field 'any' must be a string or a list of strings" },
                    { "provider", 5, "rule 'x': field 'provider' item 1 must be a non-empty string" },
                    { 1, "positional", "rule 'x': unknown field '1'" },
                }
                for _, c in ipairs(cases) do
                    local msg = rule_error(base(c[1], c[2]))
                    assert.are.equal(c[3], msg:sub(1, #c[3]), tostring(c[1]))
                end
                assert.are.equal("rules: item 1 is a boolean, not a rule table", rule_error{ rules = { true } })
                assert.are.equal("field 'providers' must be a table, got function", rule_error{ providers = print })
                assert.are.equal("policy entry #1: field 'retry_after' must be a whole number of seconds",
                                 rule_error{ policy = { { reason = "blocked", retry_after = 2 ^ 60 } } })
            end)

            it("a rule table whose fields raise passes the error on", function ()
                local r = setmetatable({}, { __index = function () error("boom", 0) end })
                assert.are.equal("boom", error_of(smtpbounce.new, { rules = { r } }))
            end)
        end)
    end)

    describe("check_rule()", function ()
        local src = { file = "ops.lua", lines = { x = 3 }, layer = "operator" }

        it("returns a checked copy: lists for single values, where it is defined", function ()
            local c = rulecheck.check_rule(src, { id = "x", reason = "blocked", any = "widget",
                                                  code = 550, phase = "rcpt" }, 1, {})
            assert.are.equal("x", c.id)
            assert.are.equal("ops.lua:3", c.where)
            assert.are.equal("operator", c.layer)
            assert.are.equal("blocked", c.reason)
            assert.are.same({ "widget" }, c.any)
            assert.are.same({}, c.tags)
            assert.is_not_nil(c.codes)
            assert.is_not_nil(c.phases)
            assert.is_nil(c.action)
        end)

        it("raises naming the file, the rule's line, the rule and the field", function ()
            assert.are.equal("ops.lua:3: rule 'x': field 'reason': unknown reason 'nope' (one of: "
                             .. REASON_LIST .. ")",
                             error_of(rulecheck.check_rule, src, { id = "x", reason = "nope" }, 1, {}))
            assert.are.equal("ops.lua: rules: item 2 is a string, not a rule table",
                             error_of(rulecheck.check_rule, src, "x", 2, {}))
            assert.are.equal("ops.lua:3: rule 'x': field 'provider': unknown provider 'acme'",
                             error_of(rulecheck.check_rule, src,
                                      { id = "x", reason = "blocked", provider = "acme" }, 1, {}))
            assert.are.equal("blocked", rulecheck.check_rule(src,
                { id = "x", reason = "blocked", provider = "acme" }, 1, { acme = {} }).reason)
        end)
    end)

    describe("lead()", function ()
        local lpeg = require "lpeg"
        local d = lpeg.R("09")^1
        local function ip () return d * "." * d * "." * d * "." * d end

        it("returns the pattern it marks", function ()
            local p = ip()
            assert.are.equal(p, rulecheck.lead(p, lpeg.R("09")))
        end)

        it("finds what the unmarked pattern finds, wherever it starts", function ()
            local function rule_of (pattern)
                local c = smtpbounce.new{ rules = { { id = "ops.ip", reason = "blocked", code = 550,
                                                      pattern = pattern } } }
                return function (text) return c:classify(text).rule end
            end
            local marked, plain = rule_of(rulecheck.lead(ip(), lpeg.R("09"))), rule_of(ip())
            local texts = {
                "550 from 192.0.2.1 refused", "550 192.0.2.1", "550 x192.0.2.1y",
                "550 version 1.2.3 then 10.0.0.9", "550 1.2.3 only", "550 9.9.9.",
                "550 no digits here", "550 " .. ("7."):rep(200) .. "7",
            }
            local hits = 0
            for _, t in ipairs(texts) do
                assert.are.equal(plain(t), marked(t), t)
                if marked(t) == "ops.ip" then hits = hits + 1 end
            end
            -- both ways the same: five texts hold an address, three do not
            assert.are.equal(5, hits)
        end)
    end)

    describe("policy_lines()", function ()
        it("gives the line of each entry of the policy list, skipping comments and strings", function ()
            local f = helper.temp_file(table.concat({
                '-- policy = { { "a comment" } }',
                'local s = "policy = { {"',
                '--[[ policy = {',
                '  { x } ]]',
                'return {',
                '    rules = { { id = "r", reason = "blocked", any = "a, b" } },',
                '    policy = {',
                '        { reason = "blocked", note = "a, b; {c}" },',
                '        setmetatable({ reason = "blocked" }, nil),',
                '',
                '        -- a comment, with a comma',
                '        { reason = "mailboxfull",',
                '          retry_after = 60 }; [[long,',
                'string]],',
                '        { reason = "blocked" },',
                '    },',
                '    disable = { "x", "y" },',
                '}',
            }, "\n") .. "\n")
            local lines = rulecheck.policy_lines(f)
            os.remove(f)
            assert.are.same({ 8, 9, 12, 13, 15 }, lines)
            assert.are.same({}, rulecheck.policy_lines("/nonexistent/rules.lua"))
        end)

        it("finds a list named before it is returned", function ()
            local f = helper.temp_file('local policy = {\n\n  { reason = "blocked" } }\n'
                                       .. 'return { policy = policy }\n')
            local lines = rulecheck.policy_lines(f)
            os.remove(f)
            assert.are.same({ 3 }, lines)
        end)
    end)

    describe("id_lines()", function ()
        it("gives the line of each id, and of a repeated id's second definition", function ()
            local f = helper.temp_file('return {\n  { id = "a", reason = "blocked" },\n'
                                       .. '  r("b", "blocked"),\n  { id = "a" },\n}\n')
            local lines, again = rulecheck.id_lines(f)
            os.remove(f)
            assert.are.same({ a = 2, b = 3 }, lines)
            assert.are.same({ a = 4 }, again)
            lines, again = rulecheck.id_lines("/nonexistent/rules.lua")
            assert.are.same({}, lines)
            assert.are.same({}, again)
        end)
    end)
end)
