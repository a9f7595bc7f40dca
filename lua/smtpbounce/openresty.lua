-- smtpbounce.openresty -- smtpbounce in OpenResty / nginx + lua-nginx-module.
-- The only module of smtpbounce that touches `ngx`.
--
--   lua_shared_dict smtpbounce 1m;
--   init_worker_by_lua_block {
--       require("smtpbounce.openresty").init{ rules = "/etc/smtpbounce/ops.lua",
--                                             cache = 10000, dict = "smtpbounce" }
--   }
--   ... local r = require("smtpbounce.openresty").classify(reply, ctx)
--
-- One compiled classifier per worker, built in init_worker; an optional
-- per-worker LRU cache of results (resty.lrucache); counters per provider,
-- reason and action in a shared dict; reload() makes every worker swap in
-- a newly compiled ruleset on its next request, without a restart.

local smtpbounce = require "smtpbounce"

local ngx = ngx
local error, type, pcall, tostring, pairs = error, type, pcall, tostring, pairs
local fmt = string.format

local _M = { _VERSION = smtpbounce._VERSION }

local lru_ok, lrucache = pcall(require, "resty.lrucache")

-- per-worker state
local classifier, cache, dict, version
local opts = {}

local VERSION_KEY = "rules:version"
local PATH_KEY = "rules:path"

local function build (path)
    local ok, c = pcall(smtpbounce.new, path and { file = path } or nil)
    if not ok then return nil, tostring(c) end
    return c
end

local function new_cache ()
    if not opts.cache or opts.cache <= 0 then return nil end
    if not lru_ok then return nil end
    return lrucache.new(opts.cache)
end

--[[
init{ rules = path or nil, cache = entries or 0, dict = shared dict name
      or nil } -- call in init_worker_by_lua*.  Raises on a bad rules file,
so a broken configuration fails at start, not on the first request.
]]
function _M.init (o)
    if o ~= nil and type(o) ~= "table" then
        error("bad argument #1 to 'init' (table expected, got " .. type(o) .. ")", 2)
    end
    opts = o or {}
    if opts.dict then
        dict = ngx.shared[opts.dict]
        if not dict then error(fmt("no lua_shared_dict named '%s'", opts.dict), 2) end
    end
    local path = opts.rules
    if dict then
        path = dict:get(PATH_KEY) or path
        version = dict:get(VERSION_KEY) or 0
    end
    local c, err = build(path)
    if not c then error(err, 2) end
    classifier, cache = c, new_cache()
end

-- another worker reloaded: follow it
local function sync ()
    if not dict then return end
    local v = dict:get(VERSION_KEY) or 0
    if v == version then return end
    local c, err = build(dict:get(PATH_KEY) or opts.rules)
    if c then
        classifier, cache = c, new_cache()
    else
        ngx.log(ngx.ERR, "smtpbounce: reload failed, keeping the old rules: ", err)
    end
    version = v
end

local function count (r)
    if not dict then return end
    dict:incr("n:total", 1, 0)
    dict:incr("p:" .. (r.provider or "-"), 1, 0)
    dict:incr("r:" .. r.reason, 1, 0)
    dict:incr("a:" .. r.action, 1, 0)
    dict:incr("o:" .. r.outcome, 1, 0)
end

local function cache_key (reply, ctx)
    if ctx == nil then return reply end
    return fmt("%s\0%s\0%s\0%s\0%s", reply, tostring(ctx.mx), tostring(ctx.domain),
               tostring(ctx.phase), tostring(ctx.provider))
end

--[[
classify(reply [, ctx]) -> result.  Results may come from the cache: they
are shared, so treat them as read-only.  Argument errors raise as in
smtpbounce.classify.
]]
function _M.classify (reply, ctx)
    if not classifier then error("smtpbounce.openresty: init() was not called", 2) end
    sync()
    local key = cache and type(reply) == "string" and cache_key(reply, ctx)
    local r = key and cache:get(key)
    if not r then
        r = classifier:classify(reply, ctx)
        if key then cache:set(key, r) end
    end
    count(r)
    return r
end

function _M.explain (reply, ctx)
    if not classifier then error("smtpbounce.openresty: init() was not called", 2) end
    sync()
    return classifier:explain(reply, ctx)
end

--[[
reload([path]) -> true | nil, err.  Compiles the rules (the configured
file, or 'path') in this worker first: a broken file is refused and
every worker keeps its rules.  Then every worker swaps on its next call.
]]
function _M.reload (path)
    if path ~= nil and type(path) ~= "string" then
        error("bad argument #1 to 'reload' (string expected, got " .. type(path) .. ")", 2)
    end
    local c, err = build(path or (dict and dict:get(PATH_KEY)) or opts.rules)
    if not c then return nil, err end
    classifier, cache = c, new_cache()
    if dict then
        if path then dict:set(PATH_KEY, path) end
        version = dict:incr(VERSION_KEY, 1, 0)
    end
    return true
end

--[[
stats() -> { total = n, provider = { id = n }, reason = {...},
             action = {...}, outcome = {...}, rules_version = n }
(needs the shared dict)
]]
function _M.stats ()
    local s = { total = 0, provider = {}, reason = {}, action = {}, outcome = {},
                rules_version = 0 }
    if not dict then return s end
    local groups = { p = s.provider, r = s.reason, a = s.action, o = s.outcome }
    for _, k in pairs(dict:get_keys(0)) do
        local g, name = k:match("^(%a):(.*)$")
        if g == "n" then s.total = dict:get(k) or 0
        elseif groups[g] then groups[g][name] = dict:get(k) or 0 end
    end
    s.rules_version = dict:get(VERSION_KEY) or 0
    return s
end

return _M
