-- Request handlers for examples/openresty/nginx.conf.
--   POST /classify   body: one reply per line, or JSON: ["reply", ...],
--                    {"replies": [...]} or [{"reply": ..., "mx": ...}, ...]
--                    -> JSON array of results
--   GET  /classify?reply=...[&mx=&domain=&phase=&provider=&recipient=]
--                    -> one result
--   With 'time' (seconds since the epoch: when the reply came), and
--   'recipient', 'ip' (our sending IP) where known, each reply also goes
--   to the tracker, and the tracker's decision comes back (a soft bounce
--   that history escalated to "suppress"); in JSON, per object.
--   GET  /explain?reply=...  -> one result with "why"
--   GET  /stats      -> counters per provider, reason, action, outcome
--   GET  /advice?provider=...[&ip=][&time=] -> the tracker's advice
--   GET  /suppressed[?time=] -> the tracker's review list
--   GET  /metrics[?time=]    -> Prometheus text (the advice read at 'time')
--   POST /reload     -> recompile the rules in every worker
-- Bad requests get 400 and {"error": "..."} (counted as errors of kind
-- "request"); nothing raises out of here.  Every answer names the worker
-- (X-Worker: its pid), so that a check can tell the workers apart.
local sbo = require "smtpbounce.openresty"
local json = require "smtpbounce.json"
local cjson = require "cjson.safe"

local ngx = ngx
local concat, type, ipairs, pcall, tostring, tonumber =
      table.concat, type, ipairs, pcall, tostring, tonumber

local _M = {}

local CTX = { "mx", "domain", "phase", "provider", "recipient" }
local TRACK = { "recipient", "provider", "ip", "domain" }
local MAX_REPLIES = 10000

local function send (status, body)
    ngx.status = status
    ngx.header["X-Worker"] = ngx.worker.pid()
    ngx.header["Content-Type"] = "application/json"
    ngx.say(body)
    return ngx.exit(status)
end

local function fail (status, msg)
    sbo.count_error("request")
    return send(status, json.object({ error = msg }, { "error" }))
end

-- ctx from a table of strings; nil when it has none of the fields
local function ctx_of (t)
    local ctx
    for _, k in ipairs(CTX) do
        if t[k] ~= nil then
            if type(t[k]) ~= "string" then return nil, "'" .. k .. "' must be a string" end
            ctx = ctx or {}
            ctx[k] = t[k]
        end
    end
    return ctx
end

-- the tracker's ctx from 't' (query arguments or a JSON object): nil
-- without 'time'
local function track_of (t)
    if t.time == nil then return nil end
    local tm = tonumber(t.time)
    if not tm then return nil, "'time' must be a number (seconds since the epoch)" end
    local track = { time = tm }
    for _, k in ipairs(TRACK) do
        if t[k] ~= nil then
            if type(t[k]) ~= "string" then return nil, "'" .. k .. "' must be a string" end
            track[k] = t[k]
        end
    end
    return track
end

-- the request body as a list of { reply, ctx, track }
local function body_items ()
    ngx.req.read_body()
    local body = ngx.req.get_body_data()
    if not body then
        if ngx.req.get_body_file() then return nil, "request body too large" end
        return nil, "empty request body"
    end
    local ctype = ngx.var.content_type or ""
    local items = {}
    if ctype:find("json", 1, true) then
        local doc, err = cjson.decode(body)
        if doc == nil then return nil, "invalid JSON: " .. tostring(err) end
        if type(doc) == "table" and doc.replies ~= nil then doc = doc.replies end
        if type(doc) ~= "table" or #doc == 0 then
            return nil, "JSON must be a non-empty array of replies"
        end
        for i, x in ipairs(doc) do
            if type(x) == "string" then
                items[i] = { x }
            elseif type(x) == "table" and type(x.reply) == "string" then
                local ctx, err2 = ctx_of(x)
                local track, err3 = track_of(x)
                err2 = err2 or err3
                if err2 then return nil, "item " .. i .. ": " .. err2 end
                items[i] = { x.reply, ctx, track }
            else
                return nil, "item " .. i .. " must be a string or an object with a 'reply' string"
            end
        end
    else
        for line in (body .. "\n"):gmatch("([^\n]*)\n") do
            items[#items + 1] = { (line:gsub("\r$", "")) }
        end
        if body:sub(-1) == "\n" then items[#items] = nil end
    end
    if #items > MAX_REPLIES then return nil, "more than " .. MAX_REPLIES .. " replies" end
    return items
end

local function one_from_args (explain)
    local args, err = ngx.req.get_uri_args(20)
    if err == "truncated" then return fail(400, "too many arguments") end
    if type(args.reply) ~= "string" then return fail(400, "missing 'reply' argument") end
    local ctx, cerr = ctx_of(args)
    if cerr then return fail(400, cerr) end
    local track, terr = track_of(args)
    if terr then return fail(400, terr) end
    local ok, r
    if explain then ok, r = pcall(sbo.explain, args.reply, ctx)
    else ok, r = pcall(sbo.classify, args.reply, ctx, track) end
    if not ok then return fail(400, tostring(r)) end
    return send(200, json.result(r))
end

function _M.classify ()
    local method = ngx.req.get_method()
    if method == "GET" then return one_from_args(false) end
    if method ~= "POST" then return fail(405, "use GET or POST") end
    local items, err = body_items()
    if not items then return fail(400, err) end
    local out = {}
    for i, it in ipairs(items) do
        local ok, r = pcall(sbo.classify, it[1], it[2], it[3])
        if not ok then return fail(400, "item " .. i .. ": " .. tostring(r)) end
        out[i] = json.result(r)
    end
    return send(200, "[" .. concat(out, ",") .. "]")
end

function _M.explain ()
    if ngx.req.get_method() ~= "GET" then return fail(405, "use GET") end
    return one_from_args(true)
end

function _M.stats ()
    local s = sbo.stats()
    local function counts (t)
        local parts = {}
        for k, v in pairs(t) do parts[#parts + 1] = json.value(k) .. ":" .. v end
        table.sort(parts)
        return "{" .. concat(parts, ",") .. "}"
    end
    return send(200, ('{"total":%d,"rules_version":%d,"provider":%s,"reason":%s,'
        .. '"action":%s,"outcome":%s}'):format(s.total, s.rules_version,
        counts(s.provider), counts(s.reason), counts(s.action), counts(s.outcome)))
end

-- 'time' of the query, else the clock's
local function time_arg (args)
    if args.time == nil then return ngx.time() end
    return tonumber(args.time)
end

function _M.advice ()
    local args = ngx.req.get_uri_args(20)
    if type(args.provider) ~= "string" then return fail(400, "missing 'provider' argument") end
    if args.ip ~= nil and type(args.ip) ~= "string" then return fail(400, "'ip' must be a string") end
    local now = time_arg(args)
    if not now then return fail(400, "'time' must be a number") end
    local ok, a = pcall(sbo.advice, args.provider, args.ip, now)
    if not ok then return fail(400, tostring(a)) end
    return send(200, cjson.encode(a))
end

function _M.suppressed ()
    local now = time_arg(ngx.req.get_uri_args(20))
    if not now then return fail(400, "'time' must be a number") end
    local ok, list = pcall(sbo.suppressed, now)
    if not ok then return fail(400, tostring(list)) end
    return send(200, #list == 0 and "[]" or cjson.encode(list))
end

-- Prometheus text; ?time= reads the tracker's advice at that time (a
-- replayed log's), else now
function _M.metrics ()
    if ngx.req.get_method() ~= "GET" then return fail(405, "use GET") end
    local now = time_arg(ngx.req.get_uri_args(20))
    if not now then return fail(400, "'time' must be a number") end
    ngx.header["X-Worker"] = ngx.worker.pid()
    return sbo.serve_metrics(now)
end

function _M.reload ()
    if ngx.req.get_method() ~= "POST" then return fail(405, "use POST") end
    local ok, err = sbo.reload()
    if not ok then return fail(400, err) end
    return send(200, '{"reloaded":true}')
end

return _M
