-- smtpbounce.log.jsonl -- JSON-lines delivery logs: one JSON object per
-- line, the reply in one of its fields.  Which fields hold what is a
-- mapping from smtpbounce's names to dotted paths into the object:
--
--   time, queue_id, recipient, relay, relay_ip, phase, mta_status, dsn,
--   code, reply, text        e.g. reply=response.content,recipient=rcpt
--
-- "a|b" tries path a, then b; a number picks from a list, counting from 0
-- ("recipients.0").  Presets for the documented JSON logs of
-- two MTAs (their names also work as --fields values):
--
--   kumomta  KumoMTA's log record (docs.kumomta.com/reference/log_record):
--            type, id, recipient, peer_address.{name,addr}, timestamp,
--            response.{code,enhanced_code,content,command}
--   postal   Postal's delivery webhook payload (docs.postalserver.io/
--            developer/webhooks), one per line, bare or wrapped as
--            {"event":..., "payload":{...}}: status, details, output,
--            timestamp, message.{id,to}
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
}

_M.presets = {
    kumomta = {
        fields = { time = "timestamp", queue_id = "id", recipient = "recipient",
                   relay = "peer_address.name", relay_ip = "peer_address.addr",
                   phase = "response.command", mta_status = "type",
                   code = "response.code", dsn = "response.enhanced_code",
                   reply = "response.content" },
        status = { Delivery = "sent", TransientFailure = "deferred",
                   Bounce = "bounced", Expiration = "expired",
                   AdminBounce = "bounced", OOB = "bounced" },
    },
    postal = {
        fields = { time = "payload.timestamp|timestamp",
                   queue_id = "payload.message.id|message.id",
                   recipient = "payload.message.to|message.to",
                   mta_status = "payload.status|status",
                   reply = "payload.output|output", text = "payload.details|details" },
        status = { Sent = "sent", SoftFail = "deferred", HardFail = "bounced",
                   Bounced = "bounced" },
        -- "Message sent by SMTP to aspmx.l.google.com (2a00:...) (from ...)"
        relay_from_text = true,
    },
}

-- "a.b|c.0" -> { { "a", "b", n = 2, index = {} }, { "c", "0", n = 2,
-- index = { [2] = 1 } } }: index[i], the list position a number key
-- stands for ("list.0": the first)
local function compile_path (spec)
    local alts = {}
    for alt in gmatch(spec, "[^|]+") do
        local keys = { index = {} }
        for k in gmatch(alt, "[^.]+") do
            keys[#keys + 1] = k
            if find(k, "^%d+$") then keys.index[#keys] = tonumber(k) + 1 end
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
        end
    end
    if not (m.paths.reply or m.paths.text) then
        return nil, "the fields need a reply (or text) path"
    end
    return m
end

--[[
The preset a decoded object looks like: "kumomta" (a "type" and a
"response" or "peer_address"), "postal" (a webhook payload), or nil.
]]
function _M.guess (obj)
    if type(obj) ~= "table" then return nil end
    if type(obj.type) == "string" and (type(obj.response) == "table"
                                       or type(obj.peer_address) == "table") then
        return "kumomta"
    end
    local p = type(obj.payload) == "table" and obj.payload or obj
    if p.output ~= nil and p.status ~= nil and p.message ~= nil then return "postal" end
    return nil
end

-- }======================================================================


-- {======================================================================
-- Records
-- =======================================================================

local function lookup (obj, alts)
    if not alts then return nil end
    for a = 1, #alts do
        local keys = alts[a]
        local v = obj
        for i = 1, keys.n do
            if type(v) ~= "table" then v = nil; break end
            local x = v[keys[i]]
            if x == nil then
                local n = keys.index[i]           -- "list.0"
                if n then x = v[n] end
            end
            v = x
        end
        if v ~= nil and v ~= NULL then return v end
    end
    return nil
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

--[[
A parser for one mapping: { name = "jsonl", parse = function (line) }.
parse returns a record, nil (a line that is no delivery attempt: blank,
or a status the mapping says is something else), or false (not JSON,
or none of the mapped fields there).
]]
function _M.new (m)
    local paths = m.paths
    local status_map = m.status
    local function parse (s)
        if not find(s, "%S") then return nil end
        local obj = decode(s)
        if type(obj) ~= "table" then return false end
        local rcpt = lookup(obj, paths.recipient)
        local more
        if type(rcpt) == "table" then   -- KumoMTA's batched recipient list
            more = {}
            for i = 2, #rcpt do more[#more + 1] = text_of(rcpt[i]) end
            rcpt = rcpt[1]
        end
        rcpt = text_of(rcpt)
        local reply = text_of(lookup(obj, paths.reply)) or ""
        local text = text_of(lookup(obj, paths.text))
        local st = lookup(obj, paths.mta_status)
        local mta_status
        if st ~= nil then
            st = text_of(st) or ""
            if status_map then
                mta_status = status_map[st]
            else
                mta_status = GENERIC_STATUS[lower((st:gsub("[%s_%-]", "")))]
            end
            if not mta_status then return nil end
        end
        if not rcpt and reply == "" and not text then return false end
        local code = number_of(lookup(obj, paths.code))
        local dsn = dsn_of(lookup(obj, paths.dsn))
        if reply ~= "" and code and not find(reply, "^%d%d%d") then
            reply = code .. " " .. (dsn and (dsn .. " ") or "") .. reply
        end
        local relay = text_of(lookup(obj, paths.relay))
        if relay and byte(relay, -1) == 46 then relay = sub(relay, 1, -2) end
        local rec = {
            time = time_of(lookup(obj, paths.time)),
            queue_id = text_of(lookup(obj, paths.queue_id)),
            recipient = rcpt, domain = domain_of(rcpt), relay = relay,
            relay_ip = text_of(lookup(obj, paths.relay_ip)),
            phase = phase_of(text_of(lookup(obj, paths.phase))),
            mta_status = mta_status, dsn = dsn, reply = reply, text = text,
        }
        if not rec.relay and m.relay_from_text and text then
            rec.relay, rec.relay_ip = match(text, "SMTP to (%S+) %(([^)]+)%)")
        end
        if more and #more > 0 then rec.more = more end
        return rec
    end
    -- (a record without a recipient may name a queue id: an expiry of
    -- its deferred recipients)
    return { name = "jsonl", parse = parse, prefilter = nil, preset = m.preset,
             expiry_by_queue = true }
end

-- }======================================================================

return _M
