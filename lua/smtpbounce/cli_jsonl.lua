-- smtpbounce.cli_jsonl -- `smtpbounce classify --jsonl`: one JSON object
-- in, one JSON object out, per line (smtpbounce.cli reads the lines).
--
--   cli_jsonl.answer(c, opts, line, n)  --> the output line (never raises)
--
-- A line is {"reply": "...", "mx", "domain", "phase", "dsn", "provider",
-- "recipient", "id"}: 'reply' is required, the context fields default to
-- the command line's options ('opts'), the recipient's domain is the
-- domain when neither names one.  The answer is the result object
-- (smtpbounce.result's JSON) with "id" and "recipient" first when the
-- line had them; a line that cannot be read gets {"id", "error", "line"}.

local json = require "smtpbounce.json"
local result = require "smtpbounce.result"
local vocab = require("smtpbounce").vocab

local ipairs, type, tostring, pcall, next = ipairs, type, tostring, pcall, next
local concat = table.concat
local sub, match = string.sub, string.match
local NULL = json.null

local _M = { _VERSION = "0.1.0" }

local CONTEXT = { "mx", "domain", "phase", "dsn", "provider", "recipient" }

local HUGE = math.huge

-- a number JSON can write back (lua-cjson reads 1e400 as inf)
local function finite (v)
    return type(v) == "number" and v == v and v ~= HUGE and v ~= -HUGE
end

-- the members written in front of a result or an error: id, recipient
local function echo (obj)
    local parts = {}
    if type(obj) ~= "table" then return parts end
    local id = obj.id
    if finite(id) then
        parts[#parts + 1] = '"id":' .. json.number_text(id)
    elseif type(id) == "string" then
        parts[#parts + 1] = '"id":' .. json.string(id)
    end
    if type(obj.recipient) == "string" then
        parts[#parts + 1] = '"recipient":' .. json.string(obj.recipient)
    end
    return parts
end

--[[
The context of one decoded line: its fields, the options where the line
has none, the recipient's domain when neither names a domain.  Returns
ctx, or nil and the message of the first bad field (the options' own
wording, after the field's name).
]]
local function context (c, opts, obj)
    local ctx = { mx = opts.mx, domain = opts.domain, phase = opts.phase,
                  provider = opts.provider, dsn = opts.dsn }
    for _, k in ipairs(CONTEXT) do
        local v = obj[k]
        if v ~= nil and v ~= NULL then
            if type(v) ~= "string" then return nil, k .. ": not a string" end
            ctx[k] = v
        end
    end
    local id = obj.id
    if id ~= nil and id ~= NULL and type(id) ~= "string" and not finite(id) then
        return nil, "id: not a string or a number"
    end
    if ctx.phase and not vocab.phase_index[ctx.phase] then
        return nil, "phase: unknown phase '" .. ctx.phase .. "' ("
                    .. concat(vocab.phases, ", ") .. ")"
    end
    if ctx.dsn and not vocab.dsn_class(ctx.dsn) then
        return nil, "dsn: not a DSN status such as 5.1.1: '" .. ctx.dsn .. "'"
    end
    if ctx.provider and not c.provider_index[ctx.provider] then
        return nil, "provider: unknown provider '" .. ctx.provider .. "'"
    end
    if not ctx.domain and ctx.recipient then
        ctx.domain = match(ctx.recipient, "@([^@>%s]+)>?%s*$")
    end
    ctx.recipient = nil
    return ctx
end

-- the decoded object of 'line', or nil and why it is none
local function object_of (line)
    local obj = json.decode(line)
    if obj == nil then return nil, "invalid JSON" end
    -- lua-cjson gives {} for both {} and []
    if type(obj) ~= "table" or obj[1] ~= nil or (next(obj) == nil and match(line, "^%s*%[")) then
        return nil, "not a JSON object"
    end
    if type(obj.reply) ~= "string" then
        return obj, obj.reply == nil and "reply: missing" or "reply: not a string"
    end
    return obj
end

--[[
The answer to input line number 'n' with the classifier 'c' and the
options 'opts' (mx, domain, phase, provider, dsn: the defaults).  Never
raises: whatever the line, one line of JSON (without "\n").
]]
function _M.answer (c, opts, line, n)
    local obj, e = object_of(line)
    local ctx
    if not e then ctx, e = context(c, opts, obj) end
    local parts = echo(obj)
    if not e then
        local ok, r = pcall(c.classify, c, obj.reply, ctx)
        if ok then
            local j = result.json(r)
            if #parts == 0 then return j end
            return "{" .. concat(parts, ",") .. "," .. sub(j, 2)
        end
        e = "classify failed: " .. tostring(r)
    end
    parts[#parts + 1] = '"error":' .. json.string(e)
    parts[#parts + 1] = '"line":' .. n
    return "{" .. concat(parts, ",") .. "}"
end

return _M
