-- smtpbounce.compile: gathering rule data (rule tables, rule files,
-- providers, policies, disables, phase phrases) into a set and building
-- the ruleset from it.  What compile.lua raises itself is checked here,
-- mostly through smtpbounce.new as a caller meets it; the field checks of
-- each rule (smtpbounce.rulecheck) are in spec/rulecheck_spec.lua, the
-- description core.compile reads in spec/core_spec.lua.

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local compile = require "smtpbounce.compile"

local rep = string.rep
local error_of = helper.error_of
local temp_rules = helper.temp_file
local linear = helper.linear

local REASON_LIST = table.concat(helper.DESIGN.reasons, ", ")

local function ids (rules)
    local t = {}
    for i, r in ipairs(rules) do t[i] = r.id end
    return t
end

describe("smtpbounce.compile", function ()

    describe("through new{}", function ()
        describe("add(): rules given as tables", function ()
            -- the message starts with where new{} was called
            local function rule_error (opts)
                local line = debug.getinfo(1, "l").currentline + 1
                local e = error_of(function () local c = smtpbounce.new(opts); return c end)
                local at, msg = e:match("^(.-compile_spec%.lua:%d+): (.*)$")
                assert.is_truthy(at, e)
                assert.are.equal(tostring(line), at:match(":(%d+)$"))
                return msg
            end

            it("refuse a duplicate id, naming the first definition", function ()
                assert.are.equal("rule 'x': duplicate id (first defined at " .. "<this call>" .. ")",
                    (rule_error{ rules = { { id = "x", reason = "blocked", any = "a" },
                                           { id = "x", reason = "blocked", any = "b" } } }
                     :gsub("%(first defined at .-compile_spec%.lua:%d+%)$", "(first defined at <this call>)")))
                local codes = helper.read_file("lua/smtpbounce/rules/codes.lua")
                local n = 0
                for l in (codes .. "\n"):gmatch("([^\n]*)\n") do
                    n = n + 1
                    if l:find('"smtp.550"', 1, true) then break end
                end
                assert.are.equal("rule 'smtp.550': duplicate id (first defined at "
                                 .. "lua/smtpbounce/rules/codes.lua:" .. n .. ")",
                    rule_error{ rules = { { id = "smtp.550", reason = "blocked" } } })
            end)

            it("refuse bad policies, providers and disables", function ()
                assert.are.equal("policy entry #1: field 'reason': unknown reason 'nope' (one of: "
                                 .. REASON_LIST .. ")",
                    rule_error{ policy = { { reason = "nope" } } })
                assert.are.equal("policy entry #1: field 'provider': unknown provider 'nope'",
                    rule_error{ policy = { { reason = "blocked", provider = "nope" } } })
                assert.are.equal("policy entry #1: field 'basis': unknown basis 'guess' (one of: "
                                 .. "text, status, code, none, history)",
                    rule_error{ policy = { { reason = "blocked", basis = "guess" } } })
                assert.are.equal("policy entry #2: unknown field 'foo'",
                    rule_error{ policy = { { reason = "blocked" }, { reason = "blocked", foo = 1 } } })
                assert.are.equal("policy entry #1: field 'class' must be 0, 4 or 5",
                    rule_error{ policy = { { reason = "blocked", class = 2 } } })
                assert.are.equal("policy entry #2: must be a table, got string",
                    rule_error{ policy = { { reason = "blocked" }, "retry" } })
                assert.are.equal("providers: item 1 needs an 'id' string",
                    rule_error{ providers = { { hosts = "x.example" } } })
                assert.are.equal("provider 'p': unknown field 'foo'",
                    rule_error{ providers = { { id = "p", foo = 1 } } })
                assert.are.equal("disable: no rule with id 'nope'",
                    rule_error{ disable = { "nope" } })
                assert.are.equal("rules: field 'disable' item 1 must be a non-empty string",
                    rule_error{ disable = { 5 } })
            end)

            it("refuse top-level fields that are no table", function ()
                assert.are.equal("field 'rules' must be a table, got number",
                    rule_error{ rules = 5 })
                assert.are.equal("field 'policy' must be a table, got string",
                    rule_error{ policy = "x" })
            end)
        end)

        describe("add() and add_file(): rule files", function ()
            local files = {}
            local function file (text)
                local f = temp_rules(text)
                files[#files + 1] = f
                return f
            end
            teardown(function ()
                for _, f in ipairs(files) do os.remove(f) end
            end)

            it("names a rule file's runtime error with its path once", function ()
                local path = os.tmpname()
                local f = assert(io.open(path, "wb"))
                f:write("error('boom')\n")
                f:close()
                local ok, err = pcall(smtpbounce.new, { file = path })
                os.remove(path)
                assert.is_false(ok)
                local _, count = err:gsub(path:gsub("%p", "%%%0"), "")
                assert.are.equal(1, count, err)
                assert.is_truthy(err:find("boom", 1, true))
            end)

            it("name a bad policy entry and its line, found by position", function ()
                local f = file([[
return {
    policy = {
        { reason = "blocked", action = "retry" },
        { reason = "mailboxfull",
          acton = "retry" },
    },
}
]])
                assert.are.equal(f .. ":4: policy entry #2: unknown field 'acton'",
                                 error_of(smtpbounce.new, { file = f }))
                f = file('return { policy = {\n  { reason = "blocked" },\n  "retry",\n} }\n')
                assert.are.equal(f .. ":3: policy entry #2: must be a table, got string",
                                 error_of(smtpbounce.new, { file = f }))
                f = file('return { policy = {\n  { reason = "blocked", retry_after = -1 } } }\n')
                assert.are.equal(f .. ":2: policy entry #1: field 'retry_after' must be a whole number of seconds",
                                 error_of(smtpbounce.new, { file = f }))
            end)

            it("keep where each policy entry is defined", function ()
                local f = file('return { policy = {\n  { reason = "blocked" },\n\n'
                               .. '  { reason = "mailboxfull", action = "retry" } } }\n')
                local set = compile.new_set()
                compile.add_file(set, f, "operator")
                assert.are.equal(f .. ":2", set.policy[1].where)
                assert.are.equal(f .. ":4", set.policy[2].where)
            end)

            it("name the line of a repeated id", function ()
                local f = file([[
return {
    { id = "ops.x", reason = "blocked", any = "foo" },
    { id = "ops.y", reason = "blocked", any = "bar" },
    { id = "ops.x", reason = "blocked", any = "baz" },
}
]])
                assert.are.equal(f .. ":4: rule 'ops.x': duplicate id (first defined at " .. f .. ":2)",
                                 error_of(smtpbounce.new, { file = f }))
            end)

            it("name the file for syntax errors, runtime errors and non-tables", function ()
                local f = file('return { rules = { { id = "s", reason = "blocked" }\n')
                local e = error_of(smtpbounce.new, { file = f })
                assert.are.equal(f .. ":2:", e:sub(1, #f + 3))
                f = file('error("boom")\n')
                e = error_of(smtpbounce.new, { file = f })
                assert.are.equal(f .. ":", e:sub(1, #f + 1))
                assert.is_truthy(e:find(f .. ":1: boom", 1, true), e)
                f = file("return 5\n")
                assert.are.equal(f .. ": rule data must be a table, got number",
                                 error_of(smtpbounce.new, { file = f }))
                f = file("return { rules = {}, extra = {} }\n")
                assert.are.equal(f .. ": unknown top-level field 'extra'",
                                 error_of(smtpbounce.new, { file = f }))
                e = error_of(smtpbounce.new, { file = "/nonexistent/rules.lua" })
                assert.is_truthy(e:find("/nonexistent/rules.lua", 1, true), e)
            end)
        end)

        describe("build(): hostile rule data", function ()
            -- the message after "<file>:<line>: " of new{}'s call site
            local function rule_error (opts)
                local e = error_of(smtpbounce.new, opts)
                return (e:gsub("^[^:]*:%d+: ", ""))
            end

            it("huge strings are data: a 1 MB id, phrase, tag and reply", function ()
                local big = rep("ab", 512 * 1024)
                local c = smtpbounce.new{ builtin = false, rules = {
                    { id = rep("i", 1024 * 1024), reason = "blocked", any = big, tags = { big } },
                } }
                local r = c:classify("554 x " .. big .. " y")
                assert.are.equal(rep("i", 1024 * 1024), r.rule)
                assert.are.equal(big, r.tags[1])
                assert.are.equal("blocked", r.reason)
                assert.are.equal("none", c:classify("554 x " .. big:sub(2) .. " y").rule)
                local e = rule_error{ rules = { { id = "x", reason = rep("z", 1024 * 1024) } } }
                assert.are.equal("rule 'x': field 'reason': unknown reason 'zzz", e:sub(1, 45))
            end)

            it("a rule with 100,000 phrases compiles in linear time and decides #big", function ()
                local function phrases (n)
                    local t = {}
                    for i = 1, n do t[i] = "phrase " .. i end
                    return t
                end
                local function build (list)
                    return smtpbounce.new{ builtin = false,
                                           rules = { { id = "big", reason = "blocked", any = list } } }
                end
                local c = build(phrases(100000))
                assert.are.equal("big", c:classify("550 x phrase 99999 y").rule)
                assert.are.equal("big", c:classify("550 PHRASE   100000").rule)
                assert.are.equal("none", c:classify("550 phrase x 1").rule)
                local e = c:explain("550 phrase 5 and phrase 9")
                assert.are.equal("big", e.why.rule)
                assert.are.equal(2, #e.why.matched)
                -- compiling also grows Lua tables and collects garbage: 30x
                linear("new() with n phrases", phrases, 10000, build, 30)
            end)
        end)
    end)

    describe("new_set(), add() and build()", function ()
        it("build a ruleset: higher layers first, then in the order written", function ()
            local set = compile.new_set()
            compile.add(set, { rules = { { id = "low", reason = "blocked", any = "widget" } } },
                        { file = "low.lua", layer = "phrases" })
            compile.add(set, { { id = "op.b", reason = "filtered", any = "gadget" },
                               { id = "op.a", reason = "rejected", code = 550 } },
                        { file = "ops.lua", layer = "operator" })
            local rs, rules, provs, phrases = compile.build(set)
            assert.are.equal("userdata", type(rs))
            assert.are.same({ "op.b", "op.a", "low" }, ids(rules))
            assert.are.same({}, provs)
            table.sort(phrases)
            assert.are.same({ "gadget", "widget" }, phrases)
            assert.are.same({ "defaults", "phrases", "providers", "operator" }, compile.layers)
        end)

        it("raise naming the source", function ()
            local set = compile.new_set()
            assert.are.equal("x.lua: rule data must be a table, got number",
                             error_of(compile.add, set, 5, { file = "x.lua" }))
            assert.are.equal("x.lua: unknown top-level field 'rule'",
                             error_of(compile.add, set, { rule = {} }, { file = "x.lua" }))
            assert.are.equal("x.lua: disable: no rule with id 'nope'",
                             error_of(compile.add, set, { disable = { "nope" } }, { file = "x.lua" }))
        end)
    end)
end)
