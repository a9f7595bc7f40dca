-- smtpbounce.log -- mail-log grammars, and telling a log's format from
-- its first lines.
--
--   local log = require "smtpbounce.log"
--   local g, first, how = log.open(next_line, { format = nil, fields = nil })
--   -- parse the lines in 'first', then the rest of next_line()'s, with g
--   log.detect(lines)   --> "postfix", "exim", "sendmail", "jsonl" or nil
--   log.grammar(name)   --> the grammar module of a format
--
-- Every grammar (lua/smtpbounce/log/NAME.lua; for JSON lines, what
-- log.grammar("jsonl").new(mapping) makes) is a table with:
--   name        its format's name, as records' 'format'
--   parse(line [, into])
--               --> a record for a delivery attempt, nil for a line that
--               is none (another program's, or no attempt), false for one
--               that looks like an attempt but cannot be read (reported
--               with its line number).  'line' without its "\n" or "\r".
--               With 'into' a grammar may fill that table (every field of
--               a record replaced) rather than make one: the caller is
--               done with a record before it reads the next line.
--   prefilter   a plain string in every delivery line (Postfix "status=",
--               Sendmail "stat="), or nil: lines without it are never
--               given to parse (the scanner counts them in C, without
--               making strings of them)
--   plain_ids   true when records' time and queue_id never need escaping
--               in JSON (digits, letters, "-:.T+")
--   expiry_by_queue  true when an expiry line may name the queue id alone
--               (Postfix's qmgr): the scanner keeps each queue id's
--               deferred recipients, to name them, until the queue id
--   dequeued    (a plain string) is in a line that says it left the queue
--               (Postfix's ": removed"); dequeued_id(line) --> that queue
--               id, or nil.  Such lines lack the prefilter: the scanner
--               looks for the mark only while it keeps some queue id.
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
-- JSON-lines logs need a field mapping (a preset, or FIELD=PATH pairs):
--   local j = log.grammar("jsonl"); local g = j.new(j.mapping("kumomta"))

local lpeg = require "lpeg"
local common = require "smtpbounce.log.common"

local require, ipairs, type = require, ipairs, type
local find, sub, lower, fmt = string.find, string.sub, string.lower, string.format
local concat = table.concat

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
-- lines read past those, at most, for one a JSON-lines preset knows
_M.GUESS_LINES = 50

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
    -- (a JSON object, or a batch of them: a webhook's POST body)
    if find(s, "^{") or find(s, "^%[%s*{") then return "jsonl" end
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

-- the JSON-lines grammar of mapping 'm', or of the preset the lines in
-- 'first' (and up to GUESS_LINES more, added to it) look like
local function jsonl_grammar (first, next_line, m)
    local jl = _M.grammar("jsonl")
    if m then return jl.new(m) end
    local preset
    for _, l in ipairs(first) do
        if type(l) == "string" then preset = jl.guess(jl.decode(l)) end
        if preset then break end
    end
    for _ = 1, preset and 0 or _M.GUESS_LINES do       -- look a little further
        local l = next_line()
        if not l then break end
        first[#first + 1] = l
        if type(l) == "string" then preset = jl.guess(jl.decode(l)) end
        if preset then break end
    end
    if not preset then
        return nil, "JSON lines of a shape no preset knows; name the fields with --fields"
    end
    return jl.new(jl.mapping(preset))
end

--[[
Open a log: read its first lines through next_line() (each a string
without its "\n", a number for a line too long to be kept, nil at the
end) until one says the format, or DETECT_LINES lines with text, or
opts.max_bytes bytes (default 4 MiB).  opts: format (forced), fields (a
JSON-lines mapping, for "jsonl").  Returns the grammar ready to parse,
the lines read (to be parsed first, in order), and what was seen:

  { said = the format the lines said (nil: none; whatever was forced),
    text = whether a line with text was read,
    note = a warning for the user, or nil }

or nil and a message (the format cannot be told; JSON lines no preset
knows).  Blank input, and syslog lines of other programs only, are read
as Postfix (the latter with a note).
]]
function _M.open (next_line, opts)
    opts = opts or {}
    local max_bytes = opts.max_bytes or 4 * 1024 * 1024
    local first, said, syslog, texts, bytes = {}, nil, false, 0, 0
    -- buffer lines only until one says the format
    while true do
        local line = next_line()
        if not line then break end
        first[#first + 1] = line
        if type(line) == "string" then
            bytes = bytes + #line
            if find(line, "%S") then
                texts = texts + 1
                local v = vote(line)
                if v == "syslog" then
                    if #first <= _M.DETECT_LINES then syslog = true end
                elseif v then
                    said = v
                    break
                end
            end
        end
        if texts >= _M.DETECT_LINES or bytes > max_bytes then break end
    end
    local name, note = opts.format or said, nil
    if not name then
        if texts > 0 and not syslog then
            return nil, "cannot tell the log format from its first lines; use --format ("
                        .. concat(_M.formats, ", ") .. ")"
        end
        if texts > 0 then
            note = fmt("no MTA's lines among the first %d; reading it as postfix (use --format)",
                       #first)
        end
        -- (blank, or only too long: nothing to read in any format)
        name = "postfix"
    end
    local g, err
    if name == "jsonl" then
        g, err = jsonl_grammar(first, next_line, opts.fields)
        if not g then return nil, err end
    else
        g = _M.grammar(name)
    end
    return g, first, { said = said, text = texts > 0, note = note }
end

return _M
