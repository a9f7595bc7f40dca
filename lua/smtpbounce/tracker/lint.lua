-- smtpbounce.tracker.lint -- check the tracker's rules against a
-- classifier (what `smtpbounce rules --check` does for the classifier's):
-- every provider and classifier rule id a rule names exists, and every
-- rule's example reply, decided by the classifier and replayed 'count'
-- times inside the rule's window, makes the rule fire (a recipient rule
-- suppresses the address, a provider rule pauses or slows).  Built-in
-- rules must carry an example.

local ipairs, pairs, type, pcall, tostring = ipairs, pairs, type, pcall, tostring
local fmt = string.format

local _M = { _VERSION = "0.1.0" }

local ADDRESS = "someone@example.org"
local T0 = 1000000000

-- the problem with rule 'c''s example, or nil
local function replay (tracker, classifier, c)
    local e = c.example
    if type(e) == "string" then e = { reply = e } end
    local r = classifier:classify(e.reply, { mx = e.mx, domain = e.domain })
    local t = tracker.new{ builtin = false }
    t.rules, t.rrules, t.prules, t.by_id = { c }, {}, {}, { [c.id] = c }
    local list = c.on == "recipient" and t.rrules or t.prules
    list[1] = c
    local step = c.window / c.count
    local d, now
    for i = 1, c.count do
        now = T0 + (i - 1) * step
        d = t:observe(r, { recipient = ADDRESS, ip = "192.0.2.1", time = now,
                           domain = e.domain })
    end
    local what = fmt("decided %s/%s/%s by '%s'", r.reason, r.action, r.scope, r.rule)
    if c.on == "recipient" then
        if d.action ~= "suppress" or d.basis ~= "history" then
            return "example not suppressed after " .. c.count .. " replies (" .. what .. ")"
        end
    else
        local a = t:advice({ provider = r.provider, domain = e.domain or "example.org" },
                           "192.0.2.1", now)
        if a.state == "normal" or a.rule ~= c.id then
            return "example did not fire after " .. c.count .. " replies (" .. what .. ")"
        end
    end
    return nil
end

--[[
check(classifier, opts, layer) -> problems (a list of strings),
rules checked, examples replayed.  'opts' (optional) as tracker.new takes them
(rules, files, rule_files, disable, builtin); the rules checked are those
of that tracker ('layer': only those of that layer, "operator" or
"builtin").
]]
function _M.check (classifier, opts, layer)
    local tracker = require "smtpbounce.tracker"
    local ok, t = pcall(tracker.new, opts)
    if not ok then return { tostring(t) }, 0, 0 end
    local provs, ids = classifier.provider_index, {}
    for _, r in ipairs(classifier:rule_list()) do ids[r.id] = true end
    local problems, nex, n = {}, 0, 0
    local function problem (c, msg, ...)
        problems[#problems + 1] = fmt("%s: tracker rule '%s': " .. msg, c.where, c.id, ...)
    end
    local function check_one (c)
        for p in pairs(c.providers or {}) do
            if not provs[p] then problem(c, "unknown provider '%s'", p) end
        end
        for id in pairs(c.rules or {}) do
            if not ids[id] then problem(c, "no classifier rule with id '%s'", id) end
        end
        if c.example then
            nex = nex + 1
            local msg = replay(tracker, classifier, c)
            if msg then problem(c, "%s", msg) end
        elseif c.layer == "builtin" then
            problem(c, "no example")
        end
    end
    for _, c in ipairs(t:rule_list()) do
        if layer == nil or c.layer == layer then n = n + 1; check_one(c) end
    end
    return problems, n, nex
end

--[[
counting(t, result, provider) -> the rules of tracker 't' that would count
'result' (explain's "tracker" section), in order, each { id, on, layer, where,
count, window, expire (recipient rules), pause, slow ("300/hour"), quiet,
per (provider rules) }: the recipient rules when the result blames the
address (scope recipient, not a delivery, not already a suppress), the
provider rules whose conditions hold; as in observe(), only the first
layer (operator, then built-in) whose rules match counts.  (t:counting
calls it, 'provider' defaulting to result.provider.)
]]
function _M.counting (t, r, prov)
    local matches = require("smtpbounce.tracker.check").matches
    local out = {}
    local function take (list)
        local top
        for _, c in ipairs(list) do
            if (top == nil or c.layer == top) and matches(c, r, prov) then
                top = c.layer
                out[#out + 1] = { id = c.id, on = c.on, layer = c.layer, where = c.where,
                                  count = c.count, window = c.window, expire = c.expire,
                                  pause = c.pause, quiet = c.rate and c.quiet or nil,
                                  slow = c.rate and fmt("%d/%s", c.rate, c.per_unit) or nil,
                                  per = c.per }
            end
        end
    end
    if r.outcome ~= "delivered" and r.scope == "recipient" and r.action ~= "suppress" then
        take(t.rrules)
    end
    take(t.prules)
    return out
end

return _M
