-- smtpbounce.vocab: the public vocabulary (outcome, reason, action,
-- scope, phase) and the default policy, against DESIGN.md's lists
-- (spec/helper.lua's DESIGN, copied from DESIGN.md, not from the code).
-- What the policy gives for a reply is checked through classify() in
-- spec/smtpbounce_spec.lua and spec/seed_spec.lua.

local helper = require "spec.helper"
local vocab = require "smtpbounce.vocab"
local core = require "smtpbounce.core"

local DESIGN = helper.DESIGN

describe("smtpbounce.vocab", function ()

    describe("lists", function ()
        it("are DESIGN.md's reasons, actions, scopes and phases, in its order", function ()
            assert.are.same(DESIGN.reasons, vocab.reasons)
            assert.are.same(DESIGN.actions, vocab.actions)
            assert.are.same(DESIGN.scopes, vocab.scopes)
            assert.are.same(DESIGN.phases, vocab.phases)
            -- the phases are numbered as the C core numbers them
            assert.are.same(core.PHASES, vocab.phases)
        end)

        it("come with sets that give each word's position", function ()
            for name, list in pairs{ is_reason = vocab.reasons, is_action = vocab.actions,
                                     is_scope = vocab.scopes, phase_index = vocab.phases } do
                for i, w in ipairs(list) do assert.are.equal(i, vocab[name][w], name .. " " .. w) end
                assert.is_nil(vocab[name].nope, name)
            end
        end)
    end)

    describe("outcome_of", function ()
        it("gives the outcome of each effective class", function ()
            assert.are.same({ [0] = "unknown", [2] = "delivered", [3] = "unknown",
                              [4] = "deferred", [5] = "bounced" }, vocab.outcome_of)
            for _, o in pairs(vocab.outcome_of) do
                local known = false
                for _, d in ipairs(DESIGN.outcomes) do known = known or d == o end
                assert.is_true(known, o)
            end
        end)
    end)

    describe("policy", function ()
        it("has a row for every reason, each column an action of the list", function ()
            local n = 0
            for reason, row in pairs(vocab.policy) do
                n = n + 1
                assert.is_not_nil(vocab.is_reason[reason], reason)
                for _, col in ipairs{ "t", "p", "x", "d" } do
                    assert.is_not_nil(vocab.is_action[row[col]], reason .. "." .. col)
                end
                assert.is_not_nil(vocab.is_scope[row.scope], reason)
                assert.is_not_nil(vocab.is_scope[row.xscope], reason)
                assert.is_not_nil(vocab.is_scope[row.dscope], reason)
            end
            assert.are.equal(#vocab.reasons, n)
            for class, col in pairs(vocab.column) do
                assert.is_not_nil(vocab.outcome_of[class], class)
                assert.is_truthy(col == "t" or col == "p" or col == "x" or col == "d", col)
            end
        end)

        it("gives each reason but undefined the class a code-less reply takes", function ()
            for _, reason in ipairs(vocab.reasons) do
                local k = vocab.cause_class[reason]
                if reason == "undefined" then assert.is_nil(k)
                else assert.is_truthy(k == 2 or k == 4 or k == 5, reason) end
            end
            assert.same({ 5, 4, 2 }, { vocab.dsn_class("5.4.4"), vocab.dsn_class("4.4.1"),
                                       vocab.dsn_class("2.0.0") })
            for _, s in ipairs{ "", "5", "5.4", "3.0.0", "5.4.4 ", "5.1234.1", "x5.1.1" } do
                assert.is_nil(vocab.dsn_class(s), s)
            end
        end)

        it("never suppresses a temporary failure; retries it for 72 hours at most", function ()
            for reason, row in pairs(vocab.policy) do
                assert.are_not.equal("suppress", row.t, reason)
            end
            assert.are.equal(DESIGN.give_up_4xx, vocab.GIVE_UP_4XX)
            assert.are.same({ retry = 600, throttle = 3600 }, vocab.RETRY_AFTER)
        end)
    end)
end)
