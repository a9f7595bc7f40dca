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
local concat = table.concat
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
function _M.exposition (families)
    if type(families) ~= "table" then
        error("bad argument #1 to 'exposition' (table expected, got " .. type(families) .. ")", 2)
    end
    local out = {}
    for _, f in ipairs(families) do
        local name = f.name
        if type(name) ~= "string" or not match(name, NAME) then
            error("exposition: bad metric name '" .. tostring(name) .. "'", 2)
        end
        if not TYPES[f.type] then
            error("exposition: " .. name .. ": bad type '" .. tostring(f.type) .. "'", 2)
        end
        if f.type == "counter" and sub(name, -6) ~= "_total" then
            error("exposition: counter " .. name .. " must end in _total", 2)
        end
        out[#out + 1] = "# HELP " .. name .. " " .. gsub(f.help or "", "[\\\n]", HELP_ESC)
        out[#out + 1] = "# TYPE " .. name .. " " .. f.type
        for _, smp in ipairs(f.samples or {}) do
            for _, l in ipairs(smp.labels or {}) do
                if type(l[1]) ~= "string" or not match(l[1], LABEL) or sub(l[1], 1, 2) == "__" then
                    error("exposition: " .. name .. ": bad label name '" .. tostring(l[1]) .. "'", 2)
                end
            end
            if type(smp.value) ~= "number" then
                error("exposition: " .. name .. ": value must be a number", 2)
            end
            out[#out + 1] = name .. label_set(smp.labels) .. " " .. number(smp.value)
        end
    end
    out[#out + 1] = ""
    return concat(out, "\n")
end

return _M
