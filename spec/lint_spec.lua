-- smtpbounce.lint: the checks of `smtpbounce rules --check` (and `make
-- lint`): every example reply is decided by the rule that carries it,
-- with the reason and action it declares; every rule carries an example
-- when told to; no rule is shadowed for good by a rule above it.  The
-- rules are made up for each check, except the built-in ones, which must
-- pass (their examples, rule by rule: spec/rules_spec.lua).

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local lint = require "smtpbounce.lint"

-- operator rules only; the problems' "file:line" is this file's new{} call
-- (no tail call: Lua 5.1 would name the caller "(tail call):-1")
local function only (rules)
    local c = smtpbounce.new{ builtin = false, rules = rules }
    return c
end

-- the problems without their leading "file:line: "
local function problems (c, ...)
    local p, nrules, nexamples = lint.check(c, ...)
    local t = {}
    for i, s in ipairs(p) do t[i] = s:gsub("^.-lint_spec%.lua:%d+: ", "") end
    return t, nrules, nexamples
end

describe("smtpbounce.lint", function ()

    describe("check()", function ()
        it("finds no problem in the built-in rules, and counts them", function ()
            local p, nrules, nexamples = lint.check(smtpbounce.new())
            assert.are.same({}, p)
            assert.is_true(helper.is_integer(nrules) and nrules > 100)
            assert.is_true(nexamples >= nrules)
            -- no operator rules: nothing to check in that layer
            assert.are.same({ {}, 0, 0 }, { lint.check(smtpbounce.new(), "operator", true) })
        end)

        it("names an example another rule decides, or with another reason", function ()
            local c = only{
                { id = "wide", reason = "blocked", any = "widget" },
                { id = "narrow", reason = "filtered", any = "widget", code = 550,
                  examples = { "550 widget" } },
                { id = "other", reason = "filtered", any = "gadget",
                  examples = { { reply = "550 gadget", reason = "blocked" } } },
                { id = "act", reason = "filtered", any = "doohickey",
                  examples = { { reply = "550 doohickey", action = "fix" } } },
                { id = "good", reason = "mailboxfull", any = "bucket", examples = { "452 bucket" } },
            }
            local p, nrules, nexamples = problems(c, "operator")
            assert.are.same({
                "rule 'narrow': example 1 is decided by 'wide' (blocked/contact)",
                "rule 'other': example 1 gives reason filtered, not blocked",
                "rule 'act': example 1 gives action suppress, not fix",
            }, p)
            assert.are.equal(5, nrules)
            assert.are.equal(4, nexamples)
        end)

        it("names a rule without an example only when examples are required", function ()
            local c = only{ { id = "bare", reason = "blocked", any = "widget" } }
            assert.are.same({}, (problems(c, "operator")))
            assert.are.same({ "rule 'bare': no example reply" }, (problems(c, "operator", true)))
        end)

        it("leaves the rules' phrase lists as they were written", function ()
            local c = only{
                { id = "wide", reason = "blocked", any = { "Wide  Widget", "Ящик" },
                  examples = { "550 wide widget" } },
                { id = "narrow", reason = "filtered", all = { { "Widget" }, { "Frob" } } },
            }
            problems(c)
            local explained = c:explain("550 WIDE WIDGET")
            assert.are.equal("Wide  Widget", explained.why.matched[1].phrase)
        end)

        it("names a rule that can never win", function ()
            local c = only{
                { id = "wide", reason = "blocked", any = "widget", examples = { "550 widget" } },
                { id = "narrow", reason = "filtered", all = { "widget", "frob" } },
            }
            local p = problems(c)
            assert.are.equal(1, #p)
            assert.is_truthy(p[1]:find("^rule 'narrow': can never win: 'wide' %(.-lint_spec%.lua:%d+%) "
                                       .. "matches whenever it does$"), p[1])
        end)
    end)

    describe("subsumes()", function ()
        it("tells whether rule A matches every reply rule B matches", function ()
            local l = only{
                { id = "wide", reason = "blocked", any = "widget" },
                { id = "narrow", reason = "filtered", all = { "widget", "frob" } },
                { id = "coded", reason = "filtered", any = "widget", code = 550 },
                { id = "none", reason = "filtered", any = "widget", none = "frob" },
            }:rule_list()
            assert.is_true(lint.subsumes(l[1], l[2]))
            assert.is_false(lint.subsumes(l[2], l[1]))
            -- a code rule may match a reply of a class the phrase rule leaves out
            assert.is_false(lint.subsumes(l[1], l[3]))
            -- a rule with 'none' (or a pattern) is never taken to cover another
            assert.is_false(lint.subsumes(l[4], l[2]))
        end)
    end)
end)
