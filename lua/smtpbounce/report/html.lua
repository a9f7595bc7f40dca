-- smtpbounce.report.html -- text for the report page: log strings made
-- safe HTML, addresses redacted, counts and notes.

local json = require "smtpbounce.json"

local tostring = tostring
local fmt, gsub, byte = string.format, string.gsub, string.byte
local utf8_clean = json.utf8_clean

local _M = { _VERSION = "0.1.0" }

-- HTML text of a string from a log: valid UTF-8, control characters
-- (NUL among them) shown as U+FFFD, & < > " ' escaped
local ESC = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
              ["'"] = "&#39;", ["\t"] = " ", ["\n"] = " " }
local function h (s)
    if s == nil then return "" end
    s = utf8_clean(tostring(s))
    return (gsub(s, "[%c&<>\"']", function (c) return ESC[c] or "\239\191\189" end))
end
_M.escape = h

-- the same, keeping the line breaks (a <pre> block: a rule stub)
function _M.escape_lines (s)
    local out = {}
    for line in (s .. "\n"):gmatch("(.-)\n") do out[#out + 1] = h(line) end
    return table.concat(out, "\n")
end

-- an 8-digit hex hash of 's' (djb2, mod 2^32: 5.1's doubles hold it)
local function hash (s)
    local x = 5381
    for i = 1, #s do x = (x * 33 + byte(s, i)) % 4294967296 end
    return fmt("%08x", x)
end

--[[
A function that hides the local part of every address in a text
("bob@example.com" -> "u-1a2b3c4d@example.com": the same address, the
same hash, so rows still group), or leaves the text as it is.
]]
function _M.redactor (on)
    if not on then return function (s) return s end end
    return function (s)
        if s == nil then return nil end
        return (gsub(s, "([%w%.!#$%%&'*+/=?^_`|~%-]+)@([%w%-]+%.[%w%.%-]*%w)", function (l, d)
            return "u-" .. hash(l) .. "@" .. d
        end))
    end
end

function _M.num (n) return fmt("%d", n) end

-- keys of a table by count, largest first (ties by name): the summary's
_M.by_count = require("smtpbounce.scan.summary").by_count

-- "N more ..." past a cap
function _M.more (shown, total, what)
    if total <= shown then return "" end
    return fmt('<p class="note">%d of %d %s shown; %d more not listed.</p>', shown, total,
               what, total - shown)
end


return _M
