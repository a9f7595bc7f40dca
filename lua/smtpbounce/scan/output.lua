-- smtpbounce.scan.output -- what scan writes for each delivery attempt:
-- its classification (from a bounded cache by relay, domain, phase, dsn
-- and text), then its JSON line (the log fields, then the result's members:
-- smtpbounce.result) or its text line, and its share of the summary.
--
--   local o = output.new{ classifier = c, mode = "json", out = out, ... }
--   o.input(grammar)   -- before each input
--   o.emit(rec)        -- one attempt
--
-- Per attempt, on the hot path: the cache probed in place (no key string
-- made), the log fields' JSON from a memo probed in place, and the line
-- written in one concatenation and one write.

local cache = require "smtpbounce.cache"
local json = require "smtpbounce.json"
local result = require "smtpbounce.result"

local find = string.find

local _M = { _VERSION = "0.1.0" }

-- the fields of each attempt's JSON object, before the result's
_M.LOG_FIELDS = { "time", "queue_id", "recipient", "domain", "relay", "phase",
                  "mta_status", "dsn", "reply", "format" }

-- strings whose JSON text is kept (vocabulary, rule ids, relays, dsn codes)
_M.MEMO = 4096

--[[
classify(rec): the cache entry of the text an attempt classifies, in its
context.  Kept by context (relay, domain, phase, the MTA's dsn; false
when absent), then by the text:
generation[relay][domain][phase][dsn][text], nested in the cache's
generations (no key string made per line).  The dsn is the class of a
reply without a code or status (result.class_of): two attempts with the
same such reply and different dsn= are two classifications.  'entry' makes an
entry (result.scan_entry); 'limit' entries a generation.
]]
local function classifier (entry, limit)
    local classified = cache.new(limit)
    -- its generations, read again whenever added() may have swapped them
    local gen, older = classified.new, classified.old
    return function (rec)
        local text = rec.classify or (rec.reply ~= "" and rec.reply) or rec.text or ""
        local relay = rec.relay
        if relay == "none" or relay == "" then relay = nil end
        -- (a JSON event's class: the provider's verdict, for a reply
        -- that has none)
        local dsn = rec.dsn or rec.class
        local kr, kd, kp, ks = relay or false, rec.domain or false, rec.phase or false,
                               dsn or false
        local by_domain = gen[kr]
        local by_phase = by_domain and by_domain[kd]
        local by_dsn = by_phase and by_phase[kp]
        local by_text = by_dsn and by_dsn[ks]
        local e = by_text and by_text[text]
        if e then return e end
        local old = older[kr]
        old = old and old[kd]
        old = old and old[kp]
        old = old and old[ks]
        e = old and old[text]
        local moved = false
        if e then
            old[text], moved = nil, true    -- to the new generation
        else
            local template
            e, template = entry(text, relay, rec.domain, rec.phase, rec.plain, dsn)
            -- a reply that names its message or recipient (an id, a hex
            -- string, an address) does not come again: not kept (numbers
            -- alone are most often a limit, a delay or an RFC's: kept)
            if template and (find(template, "{id}", 1, true) or find(template, "{hex}", 1, true)
                             or find(template, "{email}", 1, true)) then
                return e
            end
        end
        if not by_text then
            if not by_domain then by_domain = {}; gen[kr] = by_domain end
            by_phase = by_domain[kd]
            if not by_phase then by_phase = {}; by_domain[kd] = by_phase end
            by_dsn = by_phase[kp]
            if not by_dsn then by_dsn = {}; by_phase[kp] = by_dsn end
            by_text = {}
            by_dsn[ks] = by_text
        end
        by_text[text] = e
        classified:added(moved)
        gen, older = classified.new, classified.old
        return e
    end
end

--[[
write_json(rec, members): an attempt's JSON line to 'out', the log
fields then the result's members (the cache entry's), in one string and
one write.  'memo', 'str': a json.memo.  input(g) before each input.
]]
local function json_writer (out, memo, str)
    local jstring, plain_p = json.string, json.plain
    -- the grammar of the input being read says its time and queue id need
    -- no escaping (Postfix, Exim, Sendmail: digits, letters, "-:.T+")
    local plain_ids = false
    local function input (g)
        plain_ids = g.plain_ids or false
    end

    local last_t, last_tj = nil, "null"
    local function write_json (rec, rj)
        local t, q, rcpt, dom = rec.time, rec.queue_id, rec.recipient, rec.domain
        if t ~= last_t then
            -- (lines of the same second follow each other)
            last_t = t
            if t == nil then last_tj = "null"
            elseif plain_ids then last_tj = '"' .. t .. '"'
            else last_tj = jstring(t) end
        end
        local m = memo.new
        local rl, ph, ms, dsn = rec.relay, rec.phase, rec.mta_status, rec.dsn
        rl = rl and m[rl] or str(rl)
        ph = ph and m[ph] or str(ph)
        ms = ms and m[ms] or str(ms)
        dsn = dsn and m[dsn] or str(dsn)
        local reply = rec.reply
        if rec.plain and q and rcpt and dom then
            -- (the grammar saw that nothing in the line needs escaping)
            out:write('{"time":' .. last_tj .. ',"queue_id":"' .. q .. '","recipient":"' .. rcpt
                      .. '","domain":"' .. dom .. '","relay":' .. rl .. ',"phase":' .. ph
                      .. ',"mta_status":' .. ms .. ',"dsn":' .. dsn .. ',"reply":"' .. reply
                      .. '","format":"' .. rec.format .. '",' .. rj .. "\n")
            return
        end
        local qj
        if plain_ids and q then qj = '"' .. q .. '"' else qj = jstring(q) end
        -- the recipient and its domain (a part of it, lower case), and the
        -- reply: plain text most often, written between quotes as it is
        local rcj, dj
        if rcpt and plain_p:match(rcpt) then
            rcj, dj = '"' .. rcpt .. '"', dom and ('"' .. dom .. '"') or "null"
        else
            rcj, dj = jstring(rcpt), jstring(dom)
        end
        out:write('{"time":' .. last_tj .. ',"queue_id":' .. qj .. ',"recipient":' .. rcj
                  .. ',"domain":' .. dj .. ',"relay":' .. rl .. ',"phase":' .. ph
                  .. ',"mta_status":' .. ms .. ',"dsn":' .. dsn .. ',"reply":'
                  .. (reply == "" and '""' or jstring(reply)) .. ',"format":"' .. rec.format
                  .. '",' .. rj .. "\n")
    end
    return write_json, input
end

--[[
The writer of one run.  opts: classifier, mode ("json", "lines", or nil:
none), out, keep (the summary or --suppress-out wants each result: its
fields are kept in the cache beside the JSON), summary and add (or nil:
add(summary, rec, r) counts each attempt in it), counts (attempts are
counted here), limit (CACHE).
]]
function _M.new (opts)
    local out, counts = opts.out, opts.counts
    local sm, add = opts.summary, opts.add
    local mode, keep = opts.mode, opts.keep
    local json_mode = mode == "json"
    local keep_r = mode == "lines" or keep
    local o = {}

    -- values that repeat, their JSON text made once (probed in place:
    -- memo.new[s] or str(s)), shared by the log fields and the results'
    local memo, str = json.memo(_M.MEMO)
    -- a classification as the cache keeps it (its JSON members, or them
    -- and the fields the lines and the summary read)
    local classify = classifier(result.scan_entry(opts.classifier, memo, str, {
        json = json_mode, fields = keep_r, templates = keep }), opts.limit)
    local write_json, input = json_writer(out, memo, str)
    o.input = input

    -- a complaint (mta_status "complained": an event feed's spam report)
    -- is no reply to classify: reason feedback, action suppress, scope
    -- recipient (DESIGN.md, "Bounce mails"); the provider from the domain
    local c = opts.classifier
    local function complaint (rec)
        local _, _, provider = c:classify_values("", nil, rec.domain)
        local text = rec.text or rec.reply
        if text == nil or text == "" then text = "complaint" end
        local r = { outcome = "delivered", reason = "feedback", action = "suppress",
                    scope = "recipient", provider = provider, rule = "event.feedback",
                    basis = "text", text = text }
        local j
        if json_mode then
            j = '"outcome":"delivered","reason":"feedback","action":"suppress",'
                .. '"scope":"recipient"' .. (provider and ',"provider":' .. str(provider) or "")
                .. ',"text":' .. json.string(text)
                .. ',"tags":[],"rule":"event.feedback","basis":"text"}'
        end
        if not keep_r then return j end
        return { json = j, r = r }
    end

    function o.emit (rec)
        local e
        if rec.mta_status == "complained" then e = complaint(rec) else e = classify(rec) end
        counts.attempts = counts.attempts + 1
        if json_mode then
            write_json(rec, keep_r and e.json or e)
        elseif mode == "lines" then
            local r = e.r
            out:write(rec.time or "-", " ", rec.mta_status or "-", " ", r.outcome, " ",
                      r.reason, " ", r.action, " ", rec.recipient or "-", " ",
                      r.provider or "-", " ", r.rule, " ", r.basis, " ", r.text, "\n")
        end
        if add then add(sm, rec, e.r) end
    end

    return o
end

return _M
