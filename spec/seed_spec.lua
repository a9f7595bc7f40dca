-- The seed guide's replies (spec/fixtures/seed.lua), through the Lua API
-- and through the CLI: every one must come out as the guide advises.

local helper = require "spec.helper"
local smtpbounce = require "smtpbounce"
local cjson = require "cjson"

local fixtures = require "spec.fixtures.seed"

local GIVE_UP_4XX = 72 * 3600  -- the guide: "retry ... for up to 72 hours"

-- a one-line label for a reply in test names
local function label (reply)
    if reply == "" then return "(blank reply)" end
    if #reply > 70 then return reply:sub(1, 67) .. "..." end
    return reply
end

local function action_ok (want, got)
    if type(want) == "string" then return want == got end
    for _, a in ipairs(want) do
        if a == got then return true end
    end
    return false
end

local function action_text (want)
    if type(want) == "string" then return want end
    return table.concat(want, " or ")
end

-- compare one result (API table or decoded JSON object) with a fixture
local function check (f, r, via)
    local what = via .. ": " .. label(f.reply)
    assert.are.equal(f.code, r.code, what .. ": code")
    assert.are.equal(f.status, r.status, what .. ": status")
    assert.are.equal(f.outcome, r.outcome, what .. ": outcome")
    assert.are.equal(f.reason, r.reason, what .. ": reason")
    assert.is_true(action_ok(f.action, r.action),
                   what .. ": action " .. tostring(r.action) .. ", want "
                   .. action_text(f.action))
    if f.scope then assert.are.equal(f.scope, r.scope, what .. ": scope") end
    if f.provider then
        assert.are.equal(f.provider, r.provider, what .. ": provider")
    end
    if f.text then assert.are.equal(f.text, r.text, what .. ": text") end
    -- none of the guide's replies carries a forward path
    assert.is_nil(r.forward, what .. ": forward")
    assert.are.equal("string", type(r.rule), what .. ": rule")
    if f.outcome == "deferred" then
        assert.are.equal(GIVE_UP_4XX, r.give_up_after, what .. ": give_up_after")
        assert.is_true(type(r.retry_after) == "number" and r.retry_after > 0
                       and r.retry_after <= GIVE_UP_4XX, what .. ": retry_after")
    else
        assert.is_nil(r.give_up_after, what .. ": give_up_after")
    end
    if f.outcome == "delivered" then
        assert.is_nil(r.retry_after, what .. ": retry_after")
    end
end

describe("seed guide replies in the entity form", function ()
    -- the guide writes two replies with &lt; &gt;; delivery logs and
    -- webhooks carry them so too: each must get the result of its
    -- decoded form, field for field
    it("get the result of the decoded reply", function ()
        local n = 0
        for _, f in ipairs(fixtures) do
            if f.form == "entities" then
                n = n + 1
                local decoded = f.reply:gsub("&lt;", "<"):gsub("&gt;", ">")
                assert.are_not.equal(decoded, f.reply)
                local want, got = smtpbounce.classify(decoded), smtpbounce.classify(f.reply)
                want.template, got.template = want.template, got.template  -- computed when read
                assert.are.same(want, got, f.reply)
            end
        end
        assert.are.equal(2, n)
    end)
end)

describe("the shipped demo (`smtpbounce classify` < examples/seed-replies.txt)", function ()
    -- `make demo` prints these columns; each line must say what the
    -- guide advises for its reply
    it("prints the guide's advice for every reply, one line each, in order", function ()
        local by_reply = {}
        for _, f in ipairs(fixtures) do by_reply[f.reply] = f end
        local replies = helper.lines(helper.read_file("examples/seed-replies.txt"))
        local status, out, err = helper.cli({ "classify" }, table.concat(replies, "\n") .. "\n")
        assert.are.equal(0, status)
        assert.are.equal("", err)
        local lines = helper.lines(out)
        assert.are.equal(#replies, #lines)
        assert.is_true(#replies >= 25)
        local function col (v) return v == nil and "-" or tostring(v) end
        for i, reply in ipairs(replies) do
            local f = by_reply[reply]
            assert.is_truthy(f, "not in spec/fixtures/seed.lua: " .. reply)
            -- outcome reason action scope code status provider rule basis text
            local outcome, reason, action, scope, code, st, provider, rule, _, text =
                lines[i]:match("^(%S+) +(%S+) +(%S+) +(%S+) +(%S+) +(%S+) +(%S+) +(%S+) +(%S+) *(.*)$")
            local what = "line " .. i .. ": " .. lines[i]
            assert.is_truthy(rule, what)
            assert.are.equal(f.outcome, outcome, what)
            assert.are.equal(f.reason, reason, what)
            assert.is_true(action_ok(f.action, action), what .. ": want " .. action_text(f.action))
            if f.scope then assert.are.equal(f.scope, scope, what) end
            assert.are.equal(col(f.code), code, what)
            assert.are.equal(col(f.status), st, what)
            if f.provider then assert.are.equal(f.provider, provider, what) end
            if f.text then assert.are.equal(f.text, text, what) end
        end
    end)
end)

describe("seed guide replies through smtpbounce.classify()", function ()
    for _, f in ipairs(fixtures) do
        it(f.source .. ": " .. label(f.reply), function ()
            check(f, smtpbounce.classify(f.reply), "classify")
        end)
    end
end)

describe("seed guide replies through smtpbounce.explain()", function ()
    for _, f in ipairs(fixtures) do
        it(f.source .. ": " .. label(f.reply), function ()
            local e = smtpbounce.explain(f.reply)
            check(f, e, "explain")
            assert.are.equal(e.rule, e.why.rule)
            local r = smtpbounce.classify(f.reply)
            e.why = nil
            assert.are.same(r, e)
        end)
    end
end)

describe("seed guide replies through `smtpbounce classify --json`", function ()
    -- all replies on standard input, one per line, the blank one included
    local input = {}
    for i, f in ipairs(fixtures) do input[i] = f.reply end
    local status, out, err, lines

    local function run ()
        if not lines then
            status, out, err = helper.cli({ "classify", "--json" },
                                          table.concat(input, "\n") .. "\n")
            lines = helper.lines(out)
        end
    end

    it("exits 0, prints nothing on stderr and one line per input line", function ()
        run()
        assert.are.equal(0, status)
        assert.are.equal("", err)
        assert.are.equal(#fixtures, #lines)
    end)

    for i, f in ipairs(fixtures) do
        it(f.source .. ": " .. label(f.reply), function ()
            run()
            local ok, obj = pcall(cjson.decode, lines[i] or "")
            assert.is_true(ok, "not JSON: " .. tostring(lines[i]))
            -- JSON null fields are left out; cjson gives null as cjson.null
            for k, v in pairs(obj) do
                if v == cjson.null then obj[k] = nil end
            end
            check(f, obj, "cli")
            -- the same result as the API, field by field
            local r = smtpbounce.classify(f.reply)
            for _, k in ipairs{ "code", "status", "outcome", "reason", "action",
                                "scope", "provider", "text", "forward",
                                "retry_after", "give_up_after", "rule" } do
                assert.are.equal(r[k], obj[k], "field " .. k)
            end
            assert.are.same(r.tags, obj.tags)
        end)
    end
end)
