-- Request handlers for examples/openresty/nginx.conf.
--   POST /classify   body: one reply per line, or JSON: ["reply", ...],
--                    {"replies": [...]} or [{"reply": ..., "mx": ...}, ...]
--                    -> JSON array of results
--   GET  /classify?reply=...[&mx=&domain=&phase=&provider=] -> one result
--   GET  /explain?reply=...  -> one result with "why"
--   GET  /stats      -> counters per provider, reason, action, outcome
--   POST /reload     -> recompile the rules in every worker
-- Bad requests get 400 and {"error": "..."}; nothing raises out of here.
local sbo = require "smtpbounce.openresty"
local json = require "smtpbounce.json"
local cjson = require "cjson.safe"

local ngx = ngx
local concat, type, ipairs, pcall, tostring = table.concat, type, ipairs, pcall, tostring

local _M = {}

local CTX = { "mx", "domain", "phase", "provider" }
local MAX_REPLIES = 10000

local function send (status, body)
    ngx.status = status
    ngx.header["Content-Type"] = "application/json"
    ngx.say(body)
    return ngx.exit(status)
end

local function fail (status, msg)
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

-- the request body as a list of { reply, ctx }
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
                if err2 then return nil, "item " .. i .. ": " .. err2 end
                items[i] = { x.reply, ctx }
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
    local ok, r = pcall(explain and sbo.explain or sbo.classify, args.reply, ctx)
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
        local ok, r = pcall(sbo.classify, it[1], it[2])
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

function _M.reload ()
    if ngx.req.get_method() ~= "POST" then return fail(405, "use POST") end
    local ok, err = sbo.reload()
    if not ok then return fail(400, err) end
    return send(200, '{"reloaded":true}')
end

return _M
