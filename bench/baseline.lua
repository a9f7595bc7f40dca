-- bench/baseline.lua -- the classifier an operator writes by hand, over
-- the same rules: take the code and status with patterns, lowercase the
-- text, then walk the rules in priority order and test each phrase with
-- string.find(text, phrase, 1, true); the first rule that holds wins.
-- The yardstick smtpbounce's compiled ruleset is measured against.
local find, lower, match = string.find, string.lower, string.match

local _M = {}

local function any_of (text, list)
    for i = 1, #list do
        if find(text, list[i], 1, true) then return true end
    end
    return false
end

local function is_one_of (x, list)
    for i = 1, #list do
        if list[i] == x then return true end
    end
    return false
end

local function in_ranges (code, ranges)
    for i = 1, #ranges, 2 do
        if code >= ranges[i] and code <= ranges[i + 1] then return true end
    end
    return false
end

local function status_ok (st, list)
    if not st then return false end
    for i = 1, #list, 3 do
        if (list[i] < 0 or list[i] == st[1]) and (list[i + 1] < 0 or list[i + 1] == st[2])
           and (list[i + 2] < 0 or list[i + 2] == st[3]) then
            return true
        end
    end
    return false
end

local function class_bit (k)
    return ({ [0] = 1, [2] = 4, [3] = 8, [4] = 16, [5] = 32 })[k] or 0
end

local function has_bit (mask, bit)
    return bit > 0 and mask % (2 * bit) >= bit
end

-- rules: the checked rules of a classifier (c:rule_list()), in order
function _M.new (rules, providers)
    local lowered = {}
    local function low (list)
        if not list then return nil end
        local out = {}
        for i, p in ipairs(list) do out[i] = lower(p) end
        return out
    end
    for i, r in ipairs(rules) do
        local all = {}
        for j, alt in ipairs(r.all or {}) do all[j] = low(alt) end
        lowered[i] = { any = low(r.any), all = all, ordered = low(r.ordered),
                       none = low(r.none) }
    end
    local tokens = {}
    for _, p in ipairs(providers) do
        for _, t in ipairs(p.tokens) do tokens[#tokens + 1] = { lower(t), p.id } end
    end
    local function classify (reply)
        local code = tonumber(match(reply, "^(%d%d%d)[%s%-%.]") or match(reply, "^(%d%d%d)$"))
        local a, b, c = match(reply, "^%d%d%d[%s%-]+(%d)%.(%d+)%.(%d+)")
        local st = a and { tonumber(a), tonumber(b), tonumber(c) } or nil
        local k = code and (code - code % 100) / 100 or (st and st[1]) or 0
        local text = lower(reply)
        local prov
        for _, t in ipairs(tokens) do
            if find(text, t[1], 1, true) then prov = t[2]; break end
        end
        for i, r in ipairs(rules) do
            local l = lowered[i]
            local ok = (not r.classes or r.classes == 0 or has_bit(r.classes, class_bit(k)))
                and (not r.codes or (code and in_ranges(code, r.codes)))
                and (not r.statuses or status_ok(st, r.statuses))
                and (not r.providers or (prov and is_one_of(prov, r.providers)))
                and not r.phases and not r.pattern
                and (not l.any or any_of(text, l.any))
                and (not l.none or not any_of(text, l.none))
            if ok then
                for _, alt in ipairs(l.all) do
                    if not any_of(text, alt) then ok = false; break end
                end
            end
            if ok and l.ordered then
                local pos = 1
                for _, p in ipairs(l.ordered) do
                    local _, e = find(text, p, pos, true)
                    if not e then ok = false; break end
                    pos = e + 1
                end
            end
            if ok then return r end
        end
        return nil
    end
    return classify
end

return _M
