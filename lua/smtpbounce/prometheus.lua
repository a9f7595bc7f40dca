-- smtpbounce.prometheus -- the Prometheus text exposition format
-- (version 0.0.4: https://prometheus.io/docs/instrumenting/exposition_formats/),
-- written from plain tables; smtpbounce.openresty's metrics() uses it.
--
--   require("smtpbounce.prometheus").exposition{
--       { name = "x_total", type = "counter", help = "Things done.",
--         samples = { { labels = { { "kind", "a" } }, value = 3 } } } }
--   --> "# HELP x_total Things done.\n# TYPE x_total counter\nx_total{kind=\"a\"} 3\n"

local error, type, ipairs, tostring, tonumber = error, type, ipairs, tostring, tonumber
local fmt, gsub, match, sub = string.format, string.gsub, string.match, string.sub
local concat, sort = table.concat, table.sort
local floor, huge = math.floor, math.huge

local _M = { _VERSION = "0.1.0" }

-- label values: backslash, double quote and line feed escaped
local LABEL_ESC = { ["\\"] = "\\\\", ['"'] = '\\"', ["\n"] = "\\n" }
-- HELP text: backslash and line feed
local HELP_ESC = { ["\\"] = "\\\\", ["\n"] = "\\n" }

local function number (v)
    if v ~= v then return "NaN" end
    if v == huge then return "+Inf" end
    if v == -huge then return "-Inf" end
    if v == floor(v) and v > -2^53 and v < 2^53 then return fmt("%d", v) end
    -- the shortest that reads back as the same number
    for digits = 15, 16 do
        local s = fmt("%." .. digits .. "g", v)
        if tonumber(s) == v then return s end
    end
    return fmt("%.17g", v)
end

local function label_set (labels)
    if not labels or #labels == 0 then return "" end
    local out = {}
    for i, l in ipairs(labels) do
        out[i] = l[1] .. '="' .. gsub(tostring(l[2]), '[\\"\n]', LABEL_ESC) .. '"'
    end
    return "{" .. concat(out, ",") .. "}"
end

local NAME = "^[a-zA-Z_:][a-zA-Z0-9_:]*$"
local LABEL = "^[a-zA-Z_][a-zA-Z0-9_]*$"
local TYPES = { counter = true, gauge = true, untyped = true }

--[[
exposition(families) -> text in the Prometheus text format: for each
family { name =, help =, type = "counter" | "gauge" | "untyped",
samples = { { labels = { { name, value }, ... }, value = n }, ... } },
a HELP line, a TYPE line, then its samples in the order given.  Names
are checked (a counter's must end in _total), label values and help
escaped; a family without samples still gets its HELP and TYPE.
]]
-- (a family or sample that is none: argument #1's, at exposition's caller)
local function bad (msg) error("bad argument #1 to 'exposition' (" .. msg .. ")", 4) end

local function check_family (i, f)
    if type(f) ~= "table" then bad(fmt("item %d: table expected, got %s", i, type(f))) end
    local name = f.name
    if type(name) ~= "string" or not match(name, NAME) then
        bad("bad metric name '" .. tostring(name) .. "'")
    end
    if not TYPES[f.type] then bad(name .. ": bad type '" .. tostring(f.type) .. "'") end
    if f.type == "counter" and sub(name, -6) ~= "_total" then
        bad("counter " .. name .. " must end in _total")
    end
    if f.help ~= nil and type(f.help) ~= "string" then bad(name .. ": help must be a string") end
    if f.samples ~= nil and type(f.samples) ~= "table" then bad(name .. ": samples must be a table") end
    for _, smp in ipairs(f.samples or {}) do
        if type(smp) ~= "table" then bad(name .. ": a sample must be a table") end
        if smp.labels ~= nil and type(smp.labels) ~= "table" then bad(name .. ": labels must be a table") end
        for _, l in ipairs(smp.labels or {}) do
            local n = type(l) == "table" and l[1]
            if type(n) ~= "string" or not match(n, LABEL) or sub(n, 1, 2) == "__" then
                bad(name .. ": bad label name '" .. tostring(n or l) .. "'")
            end
        end
        if type(smp.value) ~= "number" then bad(name .. ": value must be a number") end
    end
end

function _M.exposition (families)
    if type(families) ~= "table" then
        error("bad argument #1 to 'exposition' (table expected, got "
              .. (families == nil and "no value" or type(families)) .. ")", 2)
    end
    local out = {}
    for i, f in ipairs(families) do
        check_family(i, f)
        local name = f.name
        out[#out + 1] = "# HELP " .. name .. " " .. gsub(f.help or "", "[\\\n]", HELP_ESC)
        out[#out + 1] = "# TYPE " .. name .. " " .. f.type
        for _, smp in ipairs(f.samples or {}) do
            out[#out + 1] = name .. label_set(smp.labels) .. " " .. number(smp.value)
        end
    end
    out[#out + 1] = ""
    return concat(out, "\n")
end

-- samples sorted by their label values, in the order of the label names
function _M.sorted (samples)
    sort(samples, function (a, b)
        for i = 1, #a.labels do
            local x, y = a.labels[i][2], b.labels[i][2]
            if x ~= y then return x < y end
        end
        return false
    end)
    return samples
end

return _M
