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
