-- smtpbounce.lint -- check a classifier's rules: every example reply is
-- decided by the rule that carries it (and gives the reason and action it
-- declares), every built-in rule carries an example, and no rule is
-- shadowed for good by a rule above it.  Ids and vocabulary are checked
-- when the rules are compiled.

local core = require "smtpbounce.core"

local ipairs = ipairs
local fmt, find = string.format, string.find

local _M = { _VERSION = "0.1.0" }


-- {======================================================================
-- Shadowing: does rule A match every reply rule B matches?
-- =======================================================================

local function mask_within (b, a)  -- every bit of b is in a (nil = all)
    if a == nil or a == 0 then return true end
    if b == nil or b == 0 then return false end
    local bit = 1
    while b > 0 or a > 0 do
        if b % 2 == 1 and a % 2 == 0 then return false end
        b, a, bit = (b - b % 2) / 2, (a - a % 2) / 2, bit * 2
    end
    return true
end

local function codes_within (b, a)
    if a == nil then return true end
    if b == nil then return false end
    for i = 1, #b, 2 do
        local inside = false
        for j = 1, #a, 2 do
            if b[i] >= a[j] and b[i + 1] <= a[j + 1] then inside = true; break end
        end
        if not inside then return false end
    end
    return true
end

local function statuses_within (b, a)
    if a == nil then return true end
    if b == nil then return false end
    for i = 1, #b, 3 do
        local inside = false
        for j = 1, #a, 3 do
            local ok = true
            for k = 0, 2 do
                if a[j + k] ~= -1 and a[j + k] ~= b[i + k] then ok = false end
            end
            if ok then inside = true; break end
        end
        if not inside then return false end
    end
    return true
end

local function set_within (b, a)
    if a == nil then return true end
    if b == nil then return false end
    local s = {}
    for _, x in ipairs(a) do s[x] = true end
    for _, x in ipairs(b) do if not s[x] then return false end end
    return true
end

-- the clauses a rule needs, each a list of alternatives (normalised)
local function needs (r)
    local out = {}
    local function add (list) out[#out + 1] = list end
    if r.any then add(r.any) end
    for _, alt in ipairs(r.all or {}) do add(alt) end
    for _, p in ipairs(r.ordered or {}) do add({ p }) end
    for k, list in ipairs(out) do  -- (copies: the rule's own lists stay)
        local n = {}
        for i, p in ipairs(list) do n[i] = core.normalize(p) end
        out[k] = n
    end
    return out
end

-- clause 'ca' of A holds whenever some clause of B holds for sure
local function implied (ca, nb)
    for _, cb in ipairs(nb) do
        local all = true
        for _, pb in ipairs(cb) do
            local found = false
            for _, pa in ipairs(ca) do
                if find(pb, pa, 1, true) then found = true; break end
            end
            if not found then all = false; break end
        end
        if all then return true end
    end
    return false
end

local function subsumes (a, b)
    if a.pattern or a.none then return false end
    if not (mask_within(b.classes, a.classes) and mask_within(b.phases, a.phases)
            and codes_within(b.codes, a.codes) and statuses_within(b.statuses, a.statuses)
            and set_within(b.providers, a.providers)) then
        return false
    end
    local nb = needs(b)
    for _, ca in ipairs(needs(a)) do
        if not implied(ca, nb) then return false end
    end
    return true
end

-- }======================================================================


--[[
Check classifier 'c' (from smtpbounce.new).  An example must be decided
by its rule; for the defaults layer, by any rule that gives the same
reason (and action, if the rule sets one).  'layer' limits the checks to
the rules of one layer (e.g. "operator"); 'require_examples' makes a
missing example a problem.  Returns a list of problems and counts.
]]
function _M.check (c, layer, require_examples)
    local problems, nrules, nexamples = {}, 0, 0
    local function problem (r, msg, ...)
        problems[#problems + 1] = fmt("%s: rule '%s': " .. msg, r.where, r.id, ...)
    end
    local rules = c:rule_list()
    for i, r in ipairs(rules) do
        if not layer or r.layer == layer then
            nrules = nrules + 1
            if not r.examples and require_examples then
                problem(r, "no example reply")
            end
            for n, e in ipairs(r.examples or {}) do
                nexamples = nexamples + 1
                local ctx = (e.mx or e.domain or e.phase or e.provider) and
                            { mx = e.mx, domain = e.domain, phase = e.phase,
                              provider = e.provider } or nil
                local res = c:classify(e.reply, ctx)
                -- a default (code or status table) is a fallback: an
                -- example that a more specific rule decides the same way
                -- still shows the default is right
                local same = r.layer == "defaults" and res.reason == r.reason
                             and (r.action == nil or res.action == r.action)
                if res.rule ~= r.id and not same then
                    problem(r, "example %d is decided by '%s' (%s/%s)", n,
                            res.rule, res.reason, res.action)
                elseif e.reason and res.reason ~= e.reason then
                    problem(r, "example %d gives reason %s, not %s", n, res.reason, e.reason)
                elseif e.action and res.action ~= e.action then
                    problem(r, "example %d gives action %s, not %s", n, res.action, e.action)
                end
            end
            for j = 1, i - 1 do
                if subsumes(rules[j], r) then
                    problem(r, "can never win: '%s' (%s) matches whenever it does",
                            rules[j].id, rules[j].where)
                    break
                end
            end
        end
    end
    return problems, nrules, nexamples
end

_M.subsumes = subsumes

return _M
