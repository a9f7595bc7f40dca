-- smtpbounce.json -- results as JSON, for the CLI and the OpenResty
-- handlers: fields in a fixed order (the order of DESIGN.md's result
-- table), empty arrays as [], invalid UTF-8 from remote servers replaced
-- by U+FFFD so the output stays valid JSON.  String escaping is
-- lua-cjson's.

local cjson = require "cjson"

local ipairs, type = ipairs, type
local concat = table.concat
local byte, find, sub = string.byte, string.find, string.sub
local encode = cjson.encode

local _M = { _VERSION = "0.1.0" }

_M.RESULT = { "code", "status", "outcome", "reason", "action", "scope",
              "provider", "text", "tags", "forward", "retry_after",
              "give_up_after", "rule", "template" }
_M.WHY = { "rule", "layer", "where", "source", "phase" }
_M.MATCHED = { "phrase", "at", "len" }
_M.LOST = { "rule", "layer", "where", "why" }

-- length of the valid UTF-8 sequence at s[i], or 0
local function seqlen (s, i, n)
    local c = byte(s, i)
    local len = c < 0x80 and 1 or c >= 0xC2 and c <= 0xDF and 2
                or c >= 0xE0 and c <= 0xEF and 3
                or c >= 0xF0 and c <= 0xF4 and 4 or 0
    if len <= 1 then return len end
    if i + len - 1 > n then return 0 end
    for k = 1, len - 1 do
        local d = byte(s, i + k)
        if d < 0x80 or d > 0xBF then return 0 end
    end
    local d = byte(s, i + 1)
    if (c == 0xE0 and d < 0xA0) or (c == 0xED and d > 0x9F)
       or (c == 0xF0 and d < 0x90) or (c == 0xF4 and d > 0x8F) then
        return 0
    end
    return len
end

--[[
Replace invalid UTF-8 with U+FFFD.  Linear; returns 's' itself when it
is plain ASCII.
]]
function _M.utf8_clean (s)
    if not find(s, "[\128-\255]") then return s end
    local out, i, n = {}, 1, #s
    while i <= n do
        local len = seqlen(s, i, n)
        if len > 0 then
            out[#out + 1] = sub(s, i, i + len - 1)
            i = i + len
        else
            out[#out + 1] = "\239\191\189"
            i = i + 1
        end
    end
    return concat(out)
end

local utf8_clean = _M.utf8_clean

local function value (v)
    local t = type(v)
    if t == "nil" then return "null" end
    if t == "string" then
        -- lua-cjson escapes every "/"; "\/" only ever stands for one
        return (encode(utf8_clean(v)):gsub("\\/", "/"))
    end
    if t == "table" then
        local parts = {}
        for i, x in ipairs(v) do parts[i] = value(x) end
        return "[" .. concat(parts, ",") .. "]"
    end
    return encode(v)
end
_M.value = value

-- an object with 'fields' of 't' in that order (nil fields left out)
local function object (t, fields, extra)
    local parts = {}
    for _, k in ipairs(fields) do
        if t[k] ~= nil then parts[#parts + 1] = value(k) .. ":" .. value(t[k]) end
    end
    if extra then parts[#parts + 1] = extra end
    return "{" .. concat(parts, ",") .. "}"
end
_M.object = object

local function list (items, fields)
    local parts = {}
    for i, x in ipairs(items) do parts[i] = object(x, fields) end
    return "[" .. concat(parts, ",") .. "]"
end

-- a classify result (with its 'why' when explain made it)
function _M.result (r)
    local extra
    if r.why then
        local w = r.why
        extra = '"why":' .. object(w, _M.WHY, '"matched":' .. list(w.matched, _M.MATCHED)
                                             .. ',"lost":' .. list(w.lost, _M.LOST))
    end
    return object(r, _M.RESULT, extra)
end

return _M
