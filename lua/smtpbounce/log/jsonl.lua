-- smtpbounce.log.jsonl -- JSON-lines delivery logs: one JSON object per
-- line, the reply in one of its fields.  Which fields hold what is a
-- mapping from smtpbounce's names to dotted paths into the object:
--
--   time, queue_id, recipient, relay, relay_ip, phase, mta_status, dsn,
--   code, reply, text        e.g. reply=response.content,recipient=rcpt
--
-- "a|b" tries path a, then b (an empty string counts as absent while an
-- alternative is left); a number picks from a list, counting from 0
-- ("recipients.0"); "*" stands for each element of a list: an object
-- whose list holds several recipients gives one attempt per element, the
-- paths with "*" read in that element ("bounce.bouncedRecipients.*.status").
-- A line holding a JSON array (a webhook's batch) gives the attempts of
-- each of its objects; so does a preset's list of events ("items" of a
-- Mailgun events page).  Presets for the documented JSON logs of two
-- MTAs and the event feeds of five sending services (their names also
-- work as --fields values):
--
--   kumomta  KumoMTA's log record (docs.kumomta.com/reference/log_record):
--            type, id, recipient, peer_address.{name,addr}, timestamp,
--            response.{code,enhanced_code,content,command}
--   postal   Postal's delivery webhook payload (docs.postalserver.io/
--            developer/webhooks), one per line, bare or wrapped as
--            {"event":..., "payload":{...}}: status, details, output,
--            timestamp, message.{id,to}
--   ses      Amazon SES notifications and event publishing records
--            (docs.aws.amazon.com/ses/latest/dg/notification-examples.html,
--            event-publishing-retrieving-sns-examples.html), bare or in
--            their SNS envelope ({"Type":"Notification","Message":"{...}"}):
--            notificationType|eventType, bounce.bouncedRecipients[].
--            {emailAddress,status,diagnosticCode}, bounce.bounceSubType,
--            complaint.complainedRecipients, complaintFeedbackType,
--            delivery.{recipients,smtpResponse}, deliveryDelay
--   sendgrid SendGrid's event webhook (twilio.com/docs/sendgrid/
--            for-developers/tracking-events/event): event, email, status,
--            reason|response, timestamp, sg_message_id
--   mailgun  Mailgun's events API items and webhooks ({"event-data":...}):
--            event, severity, recipient, timestamp, delivery-status.
--            {code,message,description,enhanced-code,mx-host}
--   postmark Postmark's bounce, spam complaint and delivery webhooks:
--            RecordType, Type, Email|Recipient, Details, Description,
--            BouncedAt|DeliveredAt, MessageID
--   sparkpost SparkPost's webhook batches and message events
--            ({"msys":{"message_event":...}}, or bare): type, rcpt_to,
--            raw_reason, error_code, timestamp, message_id
-- A complaint (SES Complaint, SendGrid spamreport, Mailgun complained,
-- Postmark SpamComplaint, SparkPost spam_complaint) is an attempt with
-- mta_status "complained": scan decides reason feedback, action suppress
-- for it (DESIGN.md, "Bounce mails").  SES's and Postmark's replies,
-- written with their RFC 3464 diagnostic type ("smtp; 550 5.1.1 user
-- unknown"), lose the type.  A reply without a code is classified in the
-- class of the provider's verdict (bounced: 5, deferred: 4, delivered:
-- 2; SES's bounceType), as an MTA's dsn= would give it.
--
-- A reply logged without its code (KumoMTA splits it into code,
-- enhanced_code and content) is put back together: "550 5.1.1 content".
-- The JSON is read by lua-cjson (smtpbounce.json): a line that is not
-- JSON, or nests deeper than 1000 levels, is unreadable, never an error.
-- Numbers come back as doubles: whole ones are written as integers
-- ("550", "12345"), whatever the Lua version.

local common = require "smtpbounce.log.common"
local json = require "smtpbounce.json"

local type, tonumber, tostring, ipairs, pairs =
      type, tonumber, tostring, ipairs, pairs
local find, sub, lower, match, gmatch, byte =
      string.find, string.sub, string.lower, string.match, string.gmatch, string.byte
local concat = table.concat
local phase_of, domain_of, iso_utc = common.phase_of, common.domain_of, common.iso_utc
local number_text, decode, NULL = json.number_text, json.decode, json.null

local _M = { _VERSION = "0.1.0", name = "jsonl" }

_M.prefilter = nil


-- JSON null (kept in arrays, so that they keep their positions)
_M.null = NULL

--[[
Decode one JSON text: the value, or nil and "invalid JSON" (never raises;
lua-cjson, smtpbounce.json's decode).
]]
_M.decode = decode


-- {======================================================================
-- Field mappings
-- =======================================================================

local TARGETS = { "time", "queue_id", "recipient", "relay", "relay_ip", "phase",
                  "mta_status", "dsn", "code", "reply", "text" }
local is_target = {}
for _, k in ipairs(TARGETS) do is_target[k] = true end
_M.targets = TARGETS

-- what MTAs call their outcomes -> sent, deferred, bounced, expired;
-- false: not a delivery attempt
local GENERIC_STATUS = {
    sent = "sent", delivered = "sent", delivery = "sent", success = "sent",
    ok = "sent", accepted = "sent", relayed = "sent",
    deferred = "deferred", defer = "deferred", delayed = "deferred",
    transientfailure = "deferred", softfail = "deferred", tempfail = "deferred",
    temporary = "deferred", retry = "deferred",
    bounced = "bounced", bounce = "bounced", failed = "bounced", fail = "bounced",
    hardfail = "bounced", permfail = "bounced", rejected = "bounced",
    permanentfailure = "bounced", failure = "bounced", adminbounce = "bounced",
    expired = "expired", expiration = "expired",
    complained = "complained", complaint = "complained", spamreport = "complained",
    spamcomplaint = "complained",
}

-- the presets (data: smtpbounce.log.presets)
_M.presets = require "smtpbounce.log.presets"

-- "a.b|c.0" -> { { "a", "b", n = 2, index = {} }, { "c", "0", n = 2,
-- index = { [2] = 1 } } }: index[i], the list position a number key
-- stands for ("list.0": the first); star, the position of a "*" key
-- ("list.*.x": 2), or nil
local function compile_path (spec)
    local alts = {}
    for alt in gmatch(spec, "[^|]+") do
        local keys = { index = {} }
        for k in gmatch(alt, "[^.]+") do
            keys[#keys + 1] = k
            if find(k, "^%d+$") then keys.index[#keys] = tonumber(k) + 1 end
            if k == "*" and not keys.star then keys.star = #keys end
        end
        keys.n = #keys
        if keys.n > 0 then alts[#alts + 1] = keys end
    end
    return alts
end

--[[
A mapping from a --fields value: "kumomta", "postal",
"reply=response.content,recipient=rcpt", or a preset followed by
overrides ("postal,relay=payload.host").  Returns the mapping, or nil and
a message naming what is wrong.
]]
function _M.mapping (spec)
    local m = { paths = {}, status = nil, names = {} }
    for item in gmatch(spec or "", "[^,]+") do
        local k, path = match(item, "^%s*([%w_]+)%s*=%s*(.-)%s*$")
        if k then
            if not is_target[k] then
                return nil, "unknown field '" .. k .. "' (" .. concat(TARGETS, ", ") .. ")"
            end
            if path == "" then return nil, "field '" .. k .. "' needs a path" end
            m.paths[k] = compile_path(path)
            m.names[k] = path
        else
            local name = match(item, "^%s*(.-)%s*$")
            local p = _M.presets[name]
            if not p then
                local known = {}
                for n in pairs(_M.presets) do known[#known + 1] = n end
                table.sort(known)
                return nil, "unknown preset '" .. name .. "' (" .. concat(known, ", ")
                            .. "; or FIELD=PATH pairs)"
            end
            for f, fpath in pairs(p.fields) do
                if not m.names[f] then
                    m.paths[f] = compile_path(fpath)
                    m.names[f] = fpath
                end
            end
            m.status, m.relay_from_text, m.preset = p.status, p.relay_from_text, name
            m.sns, m.hint, m.diagnostic = p.sns, p.hint, p.diagnostic
            if type(p.hint) == "table" then m.hint_path = compile_path(p.hint.path) end
            m.items = p.items and compile_path(p.items) or nil
        end
    end
    if not (m.paths.reply or m.paths.text) then
        return nil, "the fields need a reply (or text) path"
    end
    return m
end

-- an SNS HTTP notification's record (the JSON text in its Message), or nil
local function sns_record (obj)
    local msg = obj.Message
    if obj.Type == "Notification" and type(msg) == "string" and find(msg, "^%s*{") then
        local rec = decode(msg)
        if type(rec) == "table" then return rec end
    end
    return nil
end

--[[
The preset a decoded line looks like: "kumomta" (a "type" and a
"response" or "peer_address"), "postal" (a webhook payload), "ses" (a
"notificationType" or "eventType" and a "mail", bare or in its SNS
envelope), "sendgrid" (an "email", an "event" and an "sg_event_id"),
"mailgun" (an "event-data", or an "event" with a "recipient" and a
"delivery-status" or "log-level"; an events page's "items"),
"postmark" (a "RecordType" and a "MessageID"), "sparkpost" (an
"msys"; a message events page's "results" with "rcpt_to"), or nil.  A
batch (a JSON array) looks like its first object.
]]
function _M.guess (obj)
    if type(obj) ~= "table" then return nil end
    if obj[1] ~= nil then obj = obj[1] end
    if type(obj) ~= "table" then return nil end
    if type(obj.type) == "string" and (type(obj.response) == "table"
                                       or type(obj.peer_address) == "table") then
        return "kumomta"
    end
    local p = type(obj.payload) == "table" and obj.payload or obj
    if p.output ~= nil and p.status ~= nil and p.message ~= nil then return "postal" end
    local rec = sns_record(obj) or obj
    if (rec.notificationType or rec.eventType) and type(rec.mail) == "table" then
        return "ses"
    end
    if obj.email ~= nil and obj.event ~= nil and obj.sg_event_id ~= nil then return "sendgrid" end
    if type(obj["event-data"]) == "table" then return "mailgun" end
    local items = obj.items
    if type(items) == "table" and type(items[1]) == "table" then obj = items[1] end
    if obj.event ~= nil and obj.recipient ~= nil
       and (obj["delivery-status"] ~= nil or obj["log-level"] ~= nil or obj["user-variables"] ~= nil) then
        return "mailgun"
    end
    if obj.RecordType ~= nil and obj.MessageID ~= nil then return "postmark" end
    if type(obj.msys) == "table" then return "sparkpost" end
    local results = obj.results
    if type(results) == "table" and type(results[1]) == "table"
       and results[1].rcpt_to ~= nil and results[1].type ~= nil then
        return "sparkpost"
    end
    return nil
end

-- }======================================================================


-- {======================================================================
-- Records
-- =======================================================================

-- the value at the first of the paths 'alts' that has one in 'obj'
-- ("" only when it is the last); 'elt' the list element "*" stands for
local function lookup (obj, alts, elt)
    if not alts then return nil end
    local last = #alts
    for a = 1, last do
        local keys = alts[a]
        local v = obj
        for i = 1, keys.n do
            if type(v) ~= "table" then v = nil; break end
            local x
            if i == keys.star then
                x = elt and v[elt]
            else
                x = v[keys[i]]
                if x == nil then
                    local n = keys.index[i]           -- "list.0"
                    if n then x = v[n] end
                end
            end
            v = x
        end
        if v ~= nil and v ~= NULL and (v ~= "" or a == last) then return v end
    end
    return nil
end

-- how many elements the list of the first of the paths 'alts' with a
-- "*" has in 'obj' (0: none there; nil: no path has a "*")
local function star_count (obj, alts)
    if not alts then return nil end
    local any
    for a = 1, #alts do
        local keys = alts[a]
        if keys.star then
            any = true
            local v = obj
            for i = 1, keys.star - 1 do
                if type(v) ~= "table" then v = nil; break end
                v = v[keys[i]]
            end
            if type(v) == "table" and #v > 0 then return #v end
        end
    end
    return any and 0 or nil
end

local function text_of (v)
    local t = type(v)
    if t == "string" then return v end
    if t == "number" then return number_text(v) end
    if t == "boolean" then return tostring(v) end
    return nil
end

-- a number, or a string that is one, as text ("550"), or nil
local function number_of (v)
    v = tonumber(v)
    return v and number_text(v)
end

-- {class=5, subject=1, detail=1} or "5.1.1"
local function dsn_of (v)
    if type(v) == "table" then
        local c, s, d = number_of(v.class), number_of(v.subject), number_of(v.detail)
        if c and s and d then return c .. "." .. s .. "." .. d end
        return nil
    end
    return text_of(v)
end

local function time_of (v)
    if type(v) == "number" then return iso_utc(v) end
    return text_of(v)
end

-- "smtp; 550 ..." (an RFC 3464 Diagnostic-Code with its type) -> "550 ..."
local function without_type (reply)
    if byte(reply, 5) == 59 and lower(sub(reply, 1, 4)) == "smtp" then   -- "smtp;"
        return (match(reply, "^....;%s*(.*)$"))
    end
    return reply
end

-- the class the provider's verdict gives a reply that has none ("5.0.0"
-- for a bounce: scan classifies with it as with an MTA's dsn=), or nil
local HINT = { sent = "2.0.0", deferred = "4.0.0", bounced = "5.0.0", expired = "5.0.0" }
local function class_hint (m, obj, mta_status)
    local h = m.hint
    if m.hint_path then
        local v = h[text_of(lookup(obj, m.hint_path)) or ""]
        if v == false then return nil end
        if v then return v .. ".0.0" end
    end
    return HINT[mta_status]
end

--[[
The attempt of event 'obj' for the element 'elt' of its recipient list
(nil: none), appended to 'out'.  Returns true, nil (no delivery attempt:
a status the mapping says is something else) or false (none of the
mapped fields there).
]]
local function attempt_of (m, obj, elt, out)
    local paths = m.paths
    local rcpt = lookup(obj, paths.recipient, elt)
    local more
    if type(rcpt) == "table" then   -- KumoMTA's batched recipient list
        more = {}
        for i = 2, #rcpt do more[#more + 1] = text_of(rcpt[i]) end
        rcpt = rcpt[1]
    end
    rcpt = text_of(rcpt)
    local reply = text_of(lookup(obj, paths.reply, elt)) or ""
    local text = text_of(lookup(obj, paths.text, elt))
    local st = lookup(obj, paths.mta_status, elt)
    local mta_status
    if st ~= nil then
        st = text_of(st) or ""
        local status_map = m.status
        if status_map then
            mta_status = status_map[st]
        else
            mta_status = GENERIC_STATUS[lower((st:gsub("[%s_%-]", "")))]
        end
        if not mta_status then return nil end
    end
    if not rcpt and reply == "" and not text then return false end
    if m.diagnostic and reply ~= "" then reply = without_type(reply) end
    local code = number_of(lookup(obj, paths.code, elt))
    local dsn = dsn_of(lookup(obj, paths.dsn, elt))
    if reply ~= "" and code and not find(reply, "^%d%d%d") then
        reply = code .. " " .. (dsn and not find(reply, "^%d%.%d") and (dsn .. " ") or "")
                .. reply
    end
    local relay = text_of(lookup(obj, paths.relay, elt))
    if relay and byte(relay, -1) == 46 then relay = sub(relay, 1, -2) end
    local rec = {
        time = time_of(lookup(obj, paths.time, elt)),
        queue_id = text_of(lookup(obj, paths.queue_id, elt)),
        recipient = rcpt, domain = domain_of(rcpt), relay = relay,
        relay_ip = text_of(lookup(obj, paths.relay_ip, elt)),
        phase = phase_of(text_of(lookup(obj, paths.phase, elt))),
        mta_status = mta_status, dsn = dsn, reply = reply, text = text,
    }
    if not rec.relay and m.relay_from_text and text then
        rec.relay, rec.relay_ip = match(text, "SMTP to (%S+) %(([^)]+)%)")
    end
    if m.hint then rec.class = class_hint(m, obj, mta_status) end
    if more and #more > 0 then rec.more = more end
    out[#out + 1] = rec
    return true
end

--[[
The attempts of one event 'obj' appended to 'out': one, or one per
element of its recipient list (a path with "*").  Returns as attempt_of
does (true when any was made).
]]
local function attempts_of (m, obj, out)
    if m.sns then obj = sns_record(obj) or obj end
    local n = star_count(obj, m.paths.recipient)
    if not n or n == 0 then return attempt_of(m, obj, nil, out) end
    local got, skipped = false, false
    for i = 1, n do
        local r = attempt_of(m, obj, i, out)
        if r then got = true elseif r == nil then skipped = true end
    end
    if got then return true end
    if skipped then return nil end
    return false
end

--[[
A parser for one mapping: { name = "jsonl", parse = function (line) }.
parse returns a record, nil (a line that is no delivery attempt: blank,
or a status the mapping says is something else), or false (not JSON,
or none of the mapped fields there).  A line of several attempts (a
batch, a recipient list) gives the first, with the others as records
in its 'more' (KumoMTA's batched recipients: as addresses).
]]
function _M.new (m)
    local items = m.items
    local function parse (s)
        if not find(s, "%S") then return nil end
        local obj = decode(s)
        if type(obj) ~= "table" then return false end
        local events
        if obj[1] ~= nil then
            events = obj                            -- a webhook's batch
        elseif items then
            local list = lookup(obj, items)
            if type(list) == "table" and list[1] ~= nil then events = list end
        end
        local out = {}
        if not events then
            local r = attempts_of(m, obj, out)
            if not r then return r end
            if #out == 1 then return out[1] end
        else
            local skipped = false
            for i = 1, #events do
                local ev = events[i]
                if type(ev) == "table" then
                    if attempts_of(m, ev, out) == nil then skipped = true end
                end
            end
            if #out == 0 then
                if skipped then return nil end
                return false
            end
        end
        local first = out[1]
        if #out > 1 then
            local more = first.more or {}
            for i = 2, #out do more[#more + 1] = out[i] end
            first.more = more
        end
        return first
    end
    -- (a record without a recipient may name a queue id: an expiry of
    -- its deferred recipients)
    return { name = "jsonl", parse = parse, prefilter = nil, preset = m.preset,
             expiry_by_queue = true }
end

-- }======================================================================

return _M
