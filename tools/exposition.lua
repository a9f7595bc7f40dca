-- exposition.lua -- a strict reader of the Prometheus text exposition
-- format (version 0.0.4), for the checks of smtpbounce.openresty's
-- metrics (tools/openresty_checks.lua, spec/openresty_metrics_spec.lua):
--
--   local families, err = dofile("tools/exposition.lua").parse(text)
--   families[name] = { type =, help =, samples = { { name =, labels =
--                      { label = value }, key = "name{...}", value = n } } }
--
-- What it refuses (nil, "line N: why"): a name or label name outside the
-- format's alphabet, a label value with an escape other than \\ \" \n, a
-- HELP text with one other than \\ \n, a duplicate label, a value that is
-- no float (NaN, +Inf, -Inf allowed), a TYPE or HELP given twice or a
-- TYPE after the family's first sample, a family whose samples are not
-- together, the same series twice, a counter below zero or whose name
-- does not end in _total (the convention this project keeps; a sample
-- name counts as its family's when it is the family's name), and text
-- that does not end in a line feed.

local M = {}

local NAME = "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
local LABEL = "^[a-zA-Z_][a-zA-Z0-9_]*$"
local TYPES = { counter = true, gauge = true, histogram = true, summary = true, untyped = true }

local function value_of (s)
    if s == "NaN" then return 0 / 0 end
    if s == "+Inf" or s == "Inf" then return math.huge end
    if s == "-Inf" then return -math.huge end
    if not s:match("^[-+]?%d*%.?%d*[eE]?[-+]?%d*$") or not s:match("%d") then return nil end
    return tonumber(s)
end

-- unescape 'raw' where 'allowed' maps the character after a backslash to
-- what it stands for; nil on any other escape
local function unescape (raw, allowed)
    local bad = false
    local out = raw:gsub("\\(.?)", function (c)
        local v = allowed[c]
        if not v then bad = true; return "" end
        return v
    end)
    if bad then return nil end
    return out
end

local LABEL_ESC = { ["\\"] = "\\", ['"'] = '"', n = "\n" }
local HELP_ESC = { ["\\"] = "\\", n = "\n" }

-- "{a="x",b="y"}" at 'pos' of 'line' -> labels, position after the brace
local function labels_of (line, pos)
    local labels, names = {}, {}
    pos = pos + 1
    while true do
        local close = line:match("^%s*()}", pos)
        if close then return labels, names, close + 1 end
        local name, after = line:match("^%s*([^=%s]+)%s*=%s*\"()", pos)
        if not name then return nil, "bad label list" end
        if not name:match(LABEL) then return nil, "bad label name '" .. name .. "'" end
        if labels[name] ~= nil then return nil, "label '" .. name .. "' twice" end
        -- the value runs to the first quote not escaped
        local i, raw = after
        while true do
            local c = line:sub(i, i)
            if c == "" then return nil, "unterminated label value" end
            if c == "\\" then i = i + 2
            elseif c == '"' then raw = line:sub(after, i - 1); break
            else i = i + 1 end
        end
        local v = unescape(raw, LABEL_ESC)
        if not v then return nil, "bad escape in label value of '" .. name .. "'" end
        labels[name] = v
        names[#names + 1] = name
        pos = i + 1
        local sep = line:match("^%s*(,?)", pos)
        pos = pos + #line:match("^%s*,?", pos)
        if sep == "" and not line:match("^%s*}", pos) then return nil, "expected ',' or '}'" end
    end
end

-- the family a sample name belongs to (histogram and summary parts)
local function family_of (fams, name)
    if fams[name] then return name end
    for _, suf in ipairs{ "_bucket", "_sum", "_count" } do
        local base = name:sub(1, -#suf - 1)
        if name:sub(-#suf) == suf and fams[base] and
           (fams[base].type == "histogram" or fams[base].type == "summary") then
            return base
        end
    end
    return name
end

function M.parse (text)
    if type(text) ~= "string" then return nil, "no text" end
    if #text > 0 and text:sub(-1) ~= "\n" then return nil, "text does not end in a line feed" end
    local fams, series, order, closed = {}, {}, {}, {}
    local current  -- the family whose samples come now
    local n = 0
    -- the family 'name', made the first time it is named
    local function family (name)
        local f = fams[name]
        if not f then
            f = { samples = {} }
            fams[name] = f
            order[#order + 1] = name
        end
        return f
    end
    -- 'name' becomes the current family; false when it was current before
    -- and another came between (a family split)
    local function enter (name)
        if current ~= name then
            if current then closed[current] = true end
            if closed[name] then return false end
            current = name
        end
        return true
    end
    for line in text:gmatch("([^\n]*)\n") do
        n = n + 1
        local function bad (why) return nil, "line " .. n .. ": " .. why .. ": " .. line end
        if line:match("^%s*#") then
            local kw, name, rest = line:match("^%s*#%s+(%S+)%s+(%S+)%s?(.*)$")
            if kw == "HELP" or kw == "TYPE" then
                if not name:match(NAME) then return bad("bad metric name") end
                local f = family(name)
                if kw == "HELP" then
                    if f.help then return bad("second HELP") end
                    f.help = unescape(rest, HELP_ESC)
                    if not f.help then return bad("bad escape in HELP") end
                else
                    if f.type then return bad("second TYPE") end
                    if #f.samples > 0 then return bad("TYPE after the samples") end
                    if not TYPES[rest] then return bad("unknown type") end
                    f.type = rest
                end
                if not enter(name) then return bad("family '" .. name .. "' split") end
            end
        elseif line:match("%S") then
            local name, pos = line:match("^%s*([^%s{]+)()")
            if not name or not name:match(NAME) then return bad("bad metric name") end
            local labels, names = {}, {}
            if line:sub(pos, pos) == "{" then
                local l, nm, p = labels_of(line, pos)
                if not l then return bad(nm) end
                labels, names, pos = l, nm, p
            end
            local vs, ts = line:match("^%s+(%S+)%s*(%S*)%s*$", pos)
            if not vs then return bad("no value") end
            local v = value_of(vs)
            if v == nil then return bad("bad value '" .. vs .. "'") end
            if ts ~= "" and not ts:match("^%-?%d+$") then return bad("bad timestamp") end
            local fname = family_of(fams, name)
            if not enter(fname) then return bad("family '" .. fname .. "' split") end
            local f = family(fname)
            table.sort(names)
            local parts = {}
            for i, k in ipairs(names) do parts[i] = k .. "=" .. string.format("%q", labels[k]) end
            local key = name .. "{" .. table.concat(parts, ",") .. "}"
            if series[key] then return bad("series twice") end
            series[key] = true
            if f.type == "counter" and (v ~= v or v < 0) then return bad("counter below zero") end
            f.samples[#f.samples + 1] = { name = name, labels = labels, key = key, value = v }
        end
    end
    for _, name in ipairs(order) do
        local f = fams[name]
        if f.type == "counter" and name:sub(-6) ~= "_total" then
            return nil, "counter '" .. name .. "' does not end in _total"
        end
    end
    return fams, order
end

-- the value of the sample of family 'name' with exactly 'labels' (a
-- table), or nil
function M.value (fams, name, labels)
    local f = fams[name]
    if not f then return nil end
    for _, s in ipairs(f.samples) do
        local same = true
        for k, v in pairs(labels or {}) do
            if s.labels[k] ~= v then same = false end
        end
        for k in pairs(s.labels) do
            if (labels or {})[k] == nil then same = false end
        end
        if same then return s.value end
    end
    return nil
end

-- the sum of the samples of family 'name'
function M.sum (fams, name)
    local f, t = fams[name], 0
    for _, s in ipairs(f and f.samples or {}) do t = t + s.value end
    return t
end

return M
