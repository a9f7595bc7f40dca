-- smtpbounce.log -- mail-log grammars (LPeg) and format detection.
--
--   local log = require "smtpbounce.log"
--   local name = log.detect(first_lines)       --> "postfix", "exim", ...
--   local g = log.grammar(name)                 --> { name, prefilter, parse }
--   g.parse(line)  --> record | nil (not a delivery attempt) | false (unreadable)
--   g.parse(line, t)  --> the same; a grammar may fill 't' (every field of
--                     a record replaced) rather than make a new table
--
-- A record: time (ISO 8601 text), queue_id, recipient, domain (lower
-- case), relay, relay_ip, phase (connect helo mail rcpt data eod, or nil),
-- mta_status (sent deferred bounced expired: what the MTA decided), dsn,
-- reply (the remote reply as logged, "" when there was none), text (the
-- MTA's own words: what to classify when there is no reply), classify
-- (when the text to classify is not the reply or text as logged: Exim's
-- "\n", Sendmail's code-less text), more (further recipients of the same
-- line), plain (true when nothing in the line needs escaping in JSON:
-- printable ASCII without '"' or '\\'; a hint, nil when not known).
-- A grammar with expiry_by_queue has expiry lines that name the queue id
-- alone; its dequeued (a plain string) is in the lines that say a queue
-- id left the queue, dequeued_id(line) names it.  JSON-lines logs need a
-- field mapping first:
--   local j = log.grammar("jsonl"); local g = j.new(j.mapping("kumomta"))

local lpeg = require "lpeg"
local common = require "smtpbounce.log.common"

local require, ipairs, type = require, ipairs, type
local find, sub, lower = string.find, string.sub, string.lower

local _M = { _VERSION = "0.1.0" }

_M.formats = { "postfix", "exim", "sendmail", "jsonl" }
_M.is_format = {}
for _, f in ipairs(_M.formats) do _M.is_format[f] = true end

-- the grammar module of a format (loaded on first use)
function _M.grammar (name)
    return require("smtpbounce.log." .. name)
end

_M.common = common

-- lines looked at, at most, to tell a file's format
_M.DETECT_LINES = 200

local header = lpeg.Ct(common.syslog_header)
local exim_start = common.date * " " * common.hms

local SENDMAIL = { sendmail = true, ["sm-mta"] = true, ["sm-msp-queue"] = true }

-- the format one line says, or nil; "syslog" for a syslog line of some
-- other program
local function vote (line)
    -- (leading spaces only: "^%s*(.-)%s*$" is quadratic on "x <spaces> y")
    local first = find(line, "%S")
    if not first then return nil end
    local s = first > 1 and sub(line, first) or line
    if find(s, "^{") then return "jsonl" end
    if exim_start:match(s) then return "exim" end
    local h = header:match(s)
    if h then
        local prog = lower(h.prog)
        if find(prog, "postfix", 1, true) then return "postfix" end
        if SENDMAIL[prog] or find(prog, "sendmail", 1, true) then return "sendmail" end
        if find(prog, "^exim") then return "exim" end
        return "syslog"
    end
    if find(s, "postfix/", 1, true) then return "postfix" end
    return nil
end

--[[
The format of a log from its first lines (a list of strings): the first
line that says one decides.  Returns the name, or nil and "syslog" when
the lines are syslog lines of other programs only, or nil.
]]
function _M.detect (lines)
    local syslog = false
    for i, line in ipairs(lines) do
        if i > _M.DETECT_LINES then break end
        if type(line) == "string" then
            local v = vote(line)
            if v == "syslog" then
                syslog = true
            elseif v then
                return v
            end
        end
    end
    return nil, syslog and "syslog" or nil
end

return _M
