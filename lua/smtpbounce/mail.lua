-- smtpbounce.mail -- bounce mails: the records smtpbounce.mailreader (C)
-- reads from a mail, each classified with a classifier's ruleset.
--
--   local mail = require "smtpbounce.mail"
--   mail.read(c, message, ctx, fname) --> records, or nil, "not a bounce: ..."
--   mail.json(record [, extra])       --> the record as a JSON object
--   mail.record_json(source, record)  --> its line of `smtpbounce mail --json`
--   mail.record_writer(out)           --> fn(source, record): that line to 'out'
--   mail.json_writer(c, out)          --> fn(source, message): its records' lines
--
-- smtpbounce.mail(message [, ctx]) and Classifier:mail call it.  A record
-- is a result table (smtpbounce.result: the same fields, core.result's
-- values, filled by smtpbounce.mailreader's read) with the mail's fields
-- added (mail.FIELDS); a feedback report's and an auto-reply's effect is
-- fixed here (FEEDBACK, VACATION), not read from a reply.

local core = require "smtpbounce.core"
local reader = require "smtpbounce.mailreader"
local vocab = require "smtpbounce.vocab"
local results = require "smtpbounce.result"
local json = require "smtpbounce.json"

local error, type, tostring, pairs, ipairs, select, pcall, next, getmetatable =
      error, type, tostring, pairs, ipairs, select, pcall, next, getmetatable
local fmt, match, gsub, find, sub = string.format, string.match, string.gsub, string.find,
                                    string.sub
local concat, sort = table.concat, table.sort
local result_values, read = core.result_values, reader.read
local phase_index = vocab.phase_index

local _M = { _VERSION = core._VERSION, caps = reader.caps }

-- the fields a record adds to the result's (results.FIELDS), in the
-- order of the CLI's JSON
_M.FIELDS = { "recipient", "original_recipient", "dsn_action", "dsn", "remote_mta",
              "reporting_mta", "reply", "format", "time", "message_id", "headers",
              "verp_recipient", "feedback_type" }
-- every field of a record: the result's, then the mail's
_M.ALL_FIELDS = {}
for _, f in ipairs(results.FIELDS) do _M.ALL_FIELDS[#_M.ALL_FIELDS + 1] = f end
for _, f in ipairs(_M.FIELDS) do _M.ALL_FIELDS[#_M.ALL_FIELDS + 1] = f end

-- a record's JSON members but 'headers' (an object of its own, below)
local JSON_FIELDS = {}
for _, f in ipairs(_M.ALL_FIELDS) do
    if f ~= "headers" then JSON_FIELDS[#JSON_FIELDS + 1] = f end
end

-- the effect of a feedback report (a complaint: the person asked for no
-- more mail) and of an auto-reply (the message arrived)
local FEEDBACK = { outcome = "delivered", reason = "feedback", action = "suppress",
                   scope = "recipient", rule = "mail.feedback", basis = "text" }
local VACATION = { outcome = "delivered", reason = "vacation", action = "none",
                   scope = "none", rule = "mail.autoreply", basis = "text" }
_M.FEEDBACK, _M.VACATION = FEEDBACK, VACATION
-- the fixed effects by format (mailreader's 'fixed')
local EFFECTS = { arf = FEEDBACK, autoreply = VACATION }


-- {======================================================================
-- Arguments
-- =======================================================================

local function argerror (fname, msg, level)
    error(fmt("bad argument #%d to '%s' (%s)", 2, fname, msg), level + 1)
end

-- whether 'v' can name a header field: printable ASCII, no blank, no ':'
function _M.header_name (v)
    return find(v, "^[!-9;-~]+$") ~= nil
end

local CTX_FIELDS = { headers = true, verp = true, mx = true, domain = true,
                     phase = true, provider = true }

-- ctx -> headers list, verp matcher, mx, domain, phase index, provider index
local verp_matcher
local function check_ctx (c, ctx, fname, level)
    if type(ctx) ~= "table" then argerror(fname, "table expected, got " .. type(ctx), level + 1) end
    for k in pairs(ctx) do
        if not CTX_FIELDS[k] then
            argerror(fname, "unknown field '" .. tostring(k) .. "'", level + 1)
        end
    end
    local h, verp, phase, prov = ctx.headers, nil, nil, nil
    if h ~= nil then
        if type(h) ~= "table" then argerror(fname, "field 'headers' must be a table", level + 1) end
        for _, name in ipairs(h) do
            if type(name) ~= "string" then
                argerror(fname, "field 'headers' must hold header names (strings)", level + 1)
            elseif not _M.header_name(name) then
                argerror(fname, "field 'headers': not a header name (no blank, no ':'): '"
                         .. name .. "'", level + 1)
            end
        end
    end
    if ctx.verp ~= nil then
        if type(ctx.verp) ~= "string" then
            argerror(fname, "field 'verp' must be a string", level + 1)
        end
        verp = verp_matcher(ctx.verp, fname, level + 1)
    end
    for _, k in ipairs{ "mx", "domain" } do
        if ctx[k] ~= nil and type(ctx[k]) ~= "string" then
            argerror(fname, "field '" .. k .. "' must be a string", level + 1)
        end
    end
    if ctx.phase ~= nil then
        phase = phase_index[ctx.phase]
        if not phase then argerror(fname, "unknown phase '" .. tostring(ctx.phase) .. "'", level + 1) end
    end
    if ctx.provider ~= nil then
        prov = c.provider_index[ctx.provider]
        if not prov then
            argerror(fname, "unknown provider '" .. tostring(ctx.provider) .. "'", level + 1)
        end
    end
    return h, verp, ctx.mx, ctx.domain, phase, prov
end

-- }======================================================================


-- {======================================================================
-- VERP
-- =======================================================================

-- a Lua pattern's mistakes (Lua finds them only when a match gets
-- there), else nil and its captures: its '(' outside escapes, %b's pairs
-- and sets
local function pattern_error (v)
    local i, n, depth, caps = 1, #v, 0, 0
    while i <= n do
        local ch = sub(v, i, i)
        if ch == "%" then
            if i == n then return "ends with '%'" end
            local k = sub(v, i + 1, i + 1)
            if k == "b" then
                if i + 3 > n then return "missing arguments to '%b'" end
                i = i + 2
            elseif k == "f" and sub(v, i + 2, i + 2) ~= "[" then
                return "missing '[' after '%f' in pattern"
            end
            i = i + 2
        elseif ch == "[" then
            local j = i + 1
            if sub(v, j, j) == "^" then j = j + 1 end
            if sub(v, j, j) == "]" then j = j + 1 end
            while j <= n and sub(v, j, j) ~= "]" do
                j = j + (sub(v, j, j) == "%" and 2 or 1)
            end
            if j > n then return "malformed pattern (missing ']')" end
            i = j + 1
        else
            if ch == "(" then depth, caps = depth + 1, caps + 1
            elseif ch == ")" then depth = depth - 1 end
            if depth < 0 then return "invalid pattern capture" end
            i = i + 1
        end
    end
    if depth > 0 then return "unfinished capture" end
    return nil, caps
end

-- a template of ctx.verp: "%l" and "%d" in it
local function template (v)
    return find(v, "%l", 1, true) ~= nil and find(v, "%d", 1, true) ~= nil
end

--[[
What is wrong with 'v' as a ctx.verp (`mail --verp`): nil, true when it
is a template or a Lua pattern with one capture; the pattern's mistake
when it is no Lua pattern; nil, false when it has no capture or two.
]]
function _M.verp_problem (v)
    local e, caps = pattern_error(v)
    if e then return e, false end
    return nil, caps == 1 or template(v)
end


--[[
ctx.verp: either a template with "%l" (the local part) and "%d" (the
domain), such as "bounces+%l=%d@", matched at the start of the bounce's
envelope recipient; or a Lua pattern with one capture, the address (a
capture with no "@" but an "=" has its last "=" read as the "@": the
usual VERP encoding; no capture or two are refused).  Returns function
(address) -> decoded or nil.
Matchers are kept per string (64 at most).  A malformed pattern raises
the argument error of 'fname' at 'level'.
]]
local matchers, nmatchers = {}, 0

function verp_matcher (v, fname, level)
    local m = matchers[v]
    if m then return m end
    if nmatchers >= 64 then matchers, nmatchers = {}, 0 end  -- bounded
    if template(v) then
        local lfirst = find(v, "%l", 1, true) < find(v, "%d", 1, true)
        local pat = gsub(v, "[%^%$%(%)%%%.%[%]%*%+%-%?]", "%%%0")
        pat = "^" .. gsub(gsub(pat, "%%%%l", "(.+)"), "%%%%d", "([^=@]+)")
        m = function (addr)
            local a, b = match(addr, pat)
            if not a then return nil end
            if lfirst then return a .. "@" .. b end
            return b .. "@" .. a
        end
    else
        local e, ok = _M.verp_problem(v)
        if e or not pcall(match, "", v) then
            argerror(fname, "field 'verp' is no valid Lua pattern", level + 1)
        elseif not ok then  -- (its whole match, or the first capture, is no address)
            argerror(fname, "field 'verp' must be a Lua pattern with one capture (the address), "
                     .. "or a template such as bounces+%l=%d@", level + 1)
        end
        m = function (addr)
            local cap = match(addr, v)
            if type(cap) ~= "string" or cap == "" then return nil end
            if not find(cap, "@", 1, true) and find(cap, "=", 1, true) then
                cap = gsub(cap, "=([^=]*)$", "@%1")
            end
            return cap
        end
    end
    matchers[v] = m
    nmatchers = nmatchers + 1
    return m
end

-- the first candidate (X-Original-To, Delivered-To, To) the matcher decodes
local function verp_decode (m, ...)
    for i = 1, 3 do
        local v = (select(i, ...))
        if v then
            local addr = match(v, "<([^>]*)>") or match(v, "^%s*([^%s,]+)")
            local got = addr and m(addr)
            if got then return got end
        end
    end
    return nil
end

-- }======================================================================


-- {======================================================================
-- Records
-- =======================================================================

--[[
mail.read(c, message, ctx, fname, level): the records of 'message' with
classifier 'c', or nil, "not a bounce: <why>".  'fname' and 'level'
name the caller in argument errors.  smtpbounce.mailreader's read makes
them and classifies each (core.result_values; its comment and
jm_classify's say how): a record of the delivery-status or prose
formats by its reply, in the context the record gives (mx: the
Remote-MTA's host; domain: the recipient's; phase: the diagnostic's;
the Status's class), the caller's mx, domain, phase and provider first;
a feedback report's and an auto-reply's effect fixed (EFFECTS).
]]
function _M.read (c, message, ctx, fname, level)
    level = (level or 1) + 1
    if type(message) ~= "string" then
        error(fmt("bad argument #1 to '%s' (string expected, got %s)", fname,
                  message == nil and "no value" or type(message)), level)
    end
    local headers, verp, mx, domain, phase, prov
    if ctx ~= nil then headers, verp, mx, domain, phase, prov = check_ctx(c, ctx, fname, level) end
    local recs, xto, dto, to = read(message, headers, verp ~= nil, result_values, c.rs,
                                    c.confirm, c.env, EFFECTS, mx, domain, phase, prov)
    if not recs then return nil, xto end
    local vr = verp and verp_decode(verp, xto, dto, to)
    if vr then
        for i = 1, #recs do recs[i].verp_recipient = vr end
    end
    return recs
end

--[[
mail.json(rec [, extra]): the record as a JSON object: the result's
members in result.FIELDS' order, then the mail's (FIELDS), nil ones left
out, 'headers' an object with its names sorted; 'extra', JSON text of
more members (a CLI's "source"), last.
]]
function _M.json (rec, extra)
    if type(rec) ~= "table" then json.arg_error(1, "json", "table", rec) end
    if extra ~= nil and type(extra) ~= "string" then json.arg_error(2, "json", "string", extra) end
    local h, hj = rec.headers, nil
    if h then
        local names, parts = {}, {}
        for k in pairs(h) do names[#names + 1] = k end
        sort(names)
        for i, k in ipairs(names) do parts[i] = json.string(k) .. ":" .. json.string(h[k]) end
        hj = '"headers":{' .. concat(parts, ",") .. "}"
    end
    if extra then hj = hj and hj .. "," .. extra or extra end
    return json.object(rec, JSON_FIELDS, hj)
end

-- }======================================================================


-- {======================================================================
-- The CLI's JSON line
-- =======================================================================

--[[
mail.record_json(source, rec): a record's line of `smtpbounce mail
--json`: {"source":..., the mail fields (FIELDS; 'headers' an object,
its names sorted), the result's members (results.FIELDS)}, nil ones left
out; the same bytes as '{"source":..,' .. mail fields ..
sub(results.json(rec), 2).  Written by smtpbounce.mailreader's
json_record (C: strings, whole numbers and empty tables, the keys'
JSON text given; other values through
'member' here), else in one concat: the keys' JSON text (',"key":')
made once, short strings' (the vocabulary, rule ids, DSN codes: most of
a record's) kept in a json.memo, whole numbers written as lua-cjson
writes them ("%.14g": the digits).
]]
do
    local jstring, value = json.string, json.value
    local memo, mstr = json.memo(4096)
    local c_record = reader.json_record
    local MAIL, RESULT = _M.FIELDS, results.FIELDS
    local KEY, BOTH, BOTH_KEY = {}, {}, {}
    for _, list in ipairs{ MAIL, RESULT } do
        for _, k in ipairs(list) do
            KEY[k] = "," .. jstring(k) .. ":"
            BOTH[#BOTH + 1] = k
            BOTH_KEY[#BOTH] = KEY[k]
        end
    end
    local function val (v)
        local t = type(v)
        if t == "string" then
            if #v <= 40 then return memo.new[v] or mstr(v) end
            return jstring(v)
        elseif t == "number" and v % 1 == 0 and v > -1e14 and v < 1e14 and v ~= 0 then
            return fmt("%d", v)
        elseif t == "table" and v[1] == nil and next(v) == nil then
            return "[]"
        end
        return value(v)
    end
    -- the JSON of a member's value (what json_record does not write)
    local function member (k, v)
        if k == "headers" and type(v) == "table" then
            local names, hp = {}, {}
            for name in pairs(v) do names[#names + 1] = name end
            sort(names)
            for i, name in ipairs(names) do hp[i] = jstring(name) .. ":" .. val(v[name]) end
            return "{" .. concat(hp, ",") .. "}"
        end
        return val(v)
    end
    local RESULT_MT = results.MT
    -- json_record over 'rec' (and to 'fh' when given)
    local function c_json (source, rec, fh)
        -- a result's metatable makes only its template (made here
        -- first): then the table's own fields are all there is
        local mt = getmetatable(rec)
        if mt == RESULT_MT then
            local _ = rec.template
            mt = nil
        end
        return c_record(source, rec, BOTH, member, mt == nil, BOTH_KEY, fh)
    end
    function _M.record_json (source, rec)
        if c_record and not rec.why then return c_json(source, rec) end
        local parts, n = { '{"source":', jstring(source) }, 2
        for i = 1, #MAIL do
            local k = MAIL[i]
            local v = rec[k]
            if v ~= nil then
                parts[n + 1] = KEY[k]
                parts[n + 2] = member(k, v)
                n = n + 2
            end
        end
        if rec.why then  -- (explain's; a mail's records carry none)
            return concat(parts) .. "," .. sub(results.json(rec), 2)
        end
        for i = 1, #RESULT do
            local k = RESULT[i]
            local v = rec[k]
            if v ~= nil then
                parts[n + 1] = KEY[k]
                parts[n + 2] = val(v)
                n = n + 2
            end
        end
        parts[n + 1] = "}"
        return concat(parts)
    end
    --[[
    mail.json_writer(c, out) -> a function (source, message) that writes
    the lines of the records of 'message' to 'out' (record_writer's, of
    the records read(c, message) gives) and returns their number, or
    nil, "not a bounce: <why>"; a function (path, limit, regular) that
    does the same for the file 'path' (its source) when it is one message
    (mailreader.small_file's arguments and reading), else returns false;
    and a function (paths, i, limit) that does it for paths[i], ...
    (regular files) up to the first that is not one, returning its index
    and the numbers of messages, records and not-bounces
    (mailreader.json_files).  nil when they cannot be made: 'c' not a
    classifier of smtpbounce.new, 'out' no file of io, no json_mail.
    Through smtpbounce.mailreader's json_mail, which reads, classifies
    (classify's steps, with core.result_values) and writes in one call:
    no record table, no result table.
    ]]
    local fields_c = reader.json_mail_fields
    function _M.json_writer (c, out)
        local json_mail, json_files, values = reader.json_mail, reader.json_files,
                                              core.result_values
        if not (json_mail and json_files and values and fields_c == concat(BOTH, " ")
                and io.type(out) == "file" and type(c) == "table"
                and c.mail == require("smtpbounce").CLASSIFIER_MAIL) then
            return nil
        end
        local rs, confirm, env, write = c.rs, c.confirm, c.env, _M.record_writer(out)
        -- (false: a file json_mail cannot write, as Lua 5.1's; "" is no bounce)
        if json_mail("", "", out, values, rs, confirm, env, EFFECTS, member) == false then
            return nil
        end
        return function (source, message)
            local n, why = json_mail(message, source, out, values, rs, confirm, env, EFFECTS,
                                     member)
            if n ~= false then return n, why end
            local recs  -- ('out' closed since: what record_writer does)
            recs, why = _M.read(c, message, nil, "mail", 1)
            if not recs then return nil, why end
            for i = 1, #recs do write(source, recs[i]) end
            return #recs
        end, function (path, limit, regular)
            return json_mail(path, path, out, values, rs, confirm, env, EFFECTS, member,
                             limit, regular or false)
        end, function (paths, i, limit)
            return json_files(paths, i, out, values, rs, confirm, env, EFFECTS, member, limit)
        end
    end
    --[[
    mail.record_writer(out) -> a function (source, rec) that writes the
    record's line (record_json's, then "\n") to 'out' (anything with
    :write); to a file of io by json_record at once, no string made.
    ]]
    function _M.record_writer (out)
        local record_json = _M.record_json
        if not (c_record and io.type(out) == "file") then
            return function (source, rec) out:write(record_json(source, rec), "\n") end
        end
        return function (source, rec)
            local mt = getmetatable(rec)
            if mt == RESULT_MT then  -- (its __index gives 'template' alone: made first)
                local _ = rec.template
                if not rawget(rec, "why")
                   and c_record(source, rec, BOTH, member, true, BOTH_KEY, out) then return end
            elseif not rec.why
                   and c_record(source, rec, BOTH, member, mt == nil, BOTH_KEY, out) then return end
            out:write(record_json(source, rec), "\n")
        end
    end
end

-- }======================================================================

return _M
