-- smtpbounce.json -- JSON in and out, through lua-cjson (Debian package
-- lua-cjson; required).
--
--   json.string(s)              --> '"..."' (nil: "null")
--   json.value(v)               --> string, number, boolean, array or nil
--   json.object(t, fields)      --> '{...}', the fields in that order
--   json.decode(s)              --> value | nil, "invalid JSON" (never raises)
--   json.number_text(n)         --> "550" (never "550.0")
--   json.typed(t, types)        --> whether t's fields named in types
--                                   are absent or of those types
--   local m, str = json.memo(4096)  -- str(s): json.string(s), kept in m
--
-- Strings are written the project's way: lua-cjson's escapes, but "/"
-- left alone, and invalid UTF-8 (remote servers send any byte) replaced
-- by U+FFFD, so the output is always valid JSON.  Objects list their
-- fields in a fixed order; empty arrays are [].  The result object
-- (json.result) is smtpbounce.result's.

local cjson = require "cjson"
local lpeg = require "lpeg"
local cache = require "smtpbounce.cache"

local ipairs, pairs, type, tostring, pcall, require, error =
      ipairs, pairs, type, tostring, pcall, require, error
local concat = table.concat
local byte, find, sub, gsub, match, fmt = string.byte, string.find, string.sub,
    string.gsub, string.match, string.format

local _M = { _VERSION = "0.1.0" }

-- an instance of our own: its settings are nobody else's
local codec = cjson.new()
-- NaN, Infinity, hex and leading zeros are no JSON numbers
codec.decode_invalid_numbers(false)
local encode, cj_decode = codec.encode, codec.decode

-- JSON null, as decode() gives it
_M.null = cjson.null


-- {======================================================================
-- Strings
-- =======================================================================

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
The fast path.  Most strings a log gives (queue ids, addresses, hosts,
replies) are printable ASCII without '"' or '\\': they are written
between quotes as they are, after one LPeg span over them (no capture,
no copy); only the others go through lua-cjson.  `scan --json`,
instructions a line (tools/instructions.sh's generated logs; the Exim
one has a '"' in 9% of its lines; commit 5e4567f, before this module,
took 8,031-8,046 and 39,330-39,587):

                                             Postfix    Exim
  the span, else lua-cjson (this)              8,132   40,461
  the span, else an LPeg escaper of our own    8,124   39,661
  lua-cjson for every string                   8,253   42,751
    (... with utf8_clean's old pattern find,
     and "\/" always looked for)               8,768   50,312

The span keeps Exim within 5% of what it was; an escaper of our own
beside lua-cjson's would save 2% there, nothing on Postfix: not kept.
]]
local plain_p, ascii_p
do
    local R, S = lpeg.R, lpeg.S
    plain_p = (R"\32\126" - S'"\\')^0 * -1
    ascii_p = R"\0\127"^0 * -1
end
_M.plain = plain_p

--[[
Replace invalid UTF-8 with U+FFFD.  Linear; returns 's' itself when it
is ASCII.
]]
function _M.utf8_clean (s)
    if type(s) ~= "string" and type(s) ~= "number" then _M.arg_error(1, "utf8_clean", "string", s) end
    if ascii_p:match(s) then return s end
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

-- JSON text of the string 's' (nil: null)
local function jstring (s)
    if s == nil then return "null" end
    if type(s) ~= "string" then  -- (a number: written as its string)
        if type(s) ~= "number" then _M.arg_error(1, "string", "string", s) end
        s = tostring(s)
    end
    if plain_p:match(s) then return '"' .. s .. '"' end
    local j = encode(utf8_clean(s))
    -- lua-cjson escapes every "/"; "\\/" only ever stands for one
    if find(j, "/", 1, true) then j = gsub(j, "\\/", "/") end
    return j
end
_M.string = jstring

--[[
A memo of strings' JSON text for values that come again and again
(vocabulary, rule ids, relays, dsn codes): returns the cache (at most
'limit' strings a generation) and str(s), which is json.string(s) kept
in it.  A hot path probes inline: m.new[s] or str(s) (see
smtpbounce.cache).
]]
function _M.memo (limit)
    if type(limit) ~= "number" or limit < 1 or limit % 1 ~= 0 then
        _M.arg_error(1, "memo", "positive whole number", limit)
    end
    local m = cache.new(limit)
    local function str (s)
        if s == nil then return "null" end
        local j = m.new[s] or m:get(s)
        if j then return j end
        j = jstring(s)
        m:set(s, j)
        return j
    end
    return m, str
end

-- }======================================================================


-- {======================================================================
-- Values and objects
-- =======================================================================

-- (a value JSON has no text for: an argument error of the public
-- function 'fname', whose caller is 'd' calls above value's caller)
local function no_json (v, fname, d)
    local got = type(v)
    if got == "number" then got = v ~= v and "nan" or "inf" end
    error(fmt("bad argument #1 to '%s' (string, number, boolean, table or nil expected, got %s)",
              fname or "value", got), 3 + (d or 0))
end

local huge = math.huge
local function value (v, fname, d)
    local t = type(v)
    if t == "nil" then return "null" end
    if t == "string" then return jstring(v) end
    if t == "table" then
        local parts = {}
        for i, x in ipairs(v) do parts[i] = value(x, fname, (d or 0) + 1) end
        return "[" .. concat(parts, ",") .. "]"
    end
    if t == "function" or t == "thread" or t == "number" and (v ~= v or v == huge or v == -huge) then
        no_json(v, fname, d)
    end
    return encode(v)
end
_M.value = function (v)
    local j = value(v, "value", 1)
    return j  -- (no tail call: value's errors count this frame)
end

local function check_object (t, fields, fname, n, level)
    if type(t) ~= "table" then
        error(fmt("bad argument #%d to '%s' (table expected, got %s)", n, fname,
                  t == nil and "no value" or type(t)), level + 1)
    end
    if type(fields) ~= "table" then
        error(fmt("bad argument #%d to '%s' (table expected, got %s)", n + 1, fname,
                  fields == nil and "no value" or type(fields)), level + 1)
    end
end

-- an object with 'fields' of 't' in that order (nil fields left out);
-- 'extra', JSON text of more members, last
local function object (t, fields, extra, fname, d)
    local parts = {}
    d = d or 2
    for _, k in ipairs(fields) do
        if t[k] ~= nil then parts[#parts + 1] = value(k) .. ":" .. value(t[k], fname or "object", d) end
    end
    if extra then parts[#parts + 1] = extra end
    return "{" .. concat(parts, ",") .. "}"
end
function _M.object (t, fields, extra)
    check_object(t, fields, "object", 1, 2)
    if extra ~= nil and type(extra) ~= "string" then _M.arg_error(3, "object", "string", extra) end
    local j = object(t, fields, extra)
    return j
end

-- an array of objects, each with 'fields'
function _M.list (items, fields)
    check_object(items, fields, "list", 1, 2)
    local parts = {}
    for i, x in ipairs(items) do
        if type(x) ~= "table" then
            error(fmt("bad argument #1 to 'list' (item %d: table expected, got %s)", i, type(x)), 2)
        end
        parts[i] = object(x, fields, nil, "list", 2)
    end
    return "[" .. concat(parts, ",") .. "]"
end

-- raise the standard error of argument 'n' of 'fname' ('what' expected,
-- 'v' given) at the caller of the function that calls this
function _M.arg_error (n, fname, what, v)
    error(fmt("bad argument #%d to '%s' (%s expected, got %s)", n, fname, what,
              v == nil and "no value" or type(v)), 3)
end

--[[
Whether each field of 't' that 'types' names ({ offset = "number", ... })
is absent or of the type given there: a record of ours read back from a
file (scan's state, the tracker's store) that was edited by hand is
refused where it is read, not met later as a value of the wrong type.
]]
function _M.typed (t, types)
    check_object(t, types, "typed", 1, 2)
    for k, ty in pairs(types) do
        local v = t[k]
        if v ~= nil and type(v) ~= ty then return false end
    end
    return true
end

-- a classify result, with its 'why' when explain made it (kept here for
-- the callers of json.result: it is smtpbounce.result's json)
function _M.result (r)
    if type(r) ~= "table" then _M.arg_error(1, "result", "table", r) end
    return require("smtpbounce.result").json(r)
end

-- }======================================================================


-- {======================================================================
-- Reading
-- =======================================================================

--[[
What lua-cjson refuses but JSON-lines logs have been read with: a raw
NUL byte in a string (lua-cjson reads to the first), and a lone UTF-16
surrogate escape ("\ud800" without its low half: U+FFFD, as a decoder
that replaces what it cannot decode gives).  Linear; only for text
lua-cjson refused.
]]
local function mended (s)
    s = gsub(s, "%z", "\\u0000")
    local out, last, pos = {}, 1, 1
    while true do
        local i = find(s, "\\", pos, true)
        if not i then break end
        pos = i + 2
        if byte(s, i + 1) == 117 and match(s, "^[dD][89a-fA-F]%x%x", i + 2) then  -- \uD800-\uDFFF
            if match(s, "^[89abAB]", i + 3) and match(s, "^\\u[dD][c-fC-F]%x%x", i + 6) then
                pos = i + 12                                -- a pair: kept
            else
                out[#out + 1] = sub(s, last, i - 1)
                out[#out + 1] = "\\ufffd"
                pos, last = i + 6, i + 6
            end
        end
    end
    out[#out + 1] = sub(s, last)
    return concat(out)
end

--[[
Decode one JSON text.  Returns the value, or nil and "invalid JSON"
(never raises: not JSON, nested deeper than lua-cjson's 1000 levels,
numbers JSON has not: NaN, Infinity, hex, leading zeros).  Objects and
arrays are tables, null is json.null.  Every number is a float in Lua
5.3+ (lua-cjson reads doubles): write whole ones with number_text.
]]
function _M.decode (s)
    local ok, v = pcall(cj_decode, s)
    if ok then return v end
    if type(s) == "string" and (find(s, "%z") or find(s, "\\u", 1, true)) then
        ok, v = pcall(cj_decode, mended(s))
        if ok then return v end
    end
    return nil, "invalid JSON"
end

--[[
The text of a decoded number: a whole number as an integer ("550", where
tostring gives "550.0" in Lua 5.3+ and "1e+15" for big ones in 5.1),
others as tostring has them.  (Digits past a double's 53 bits are lost:
lua-cjson reads doubles.)
]]
local TWO63 = 2 ^ 63
function _M.number_text (v)
    if type(v) ~= "number" then _M.arg_error(1, "number_text", "number", v) end
    if v % 1 == 0 and v > -TWO63 and v < TWO63 then return fmt("%d", v) end
    return tostring(v)
end

-- }======================================================================

return _M
