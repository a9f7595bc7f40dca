-- smtpbounce.openresty -- smtpbounce in OpenResty / nginx + lua-nginx-module.
-- The only module of smtpbounce that touches `ngx`.
--
--   lua_shared_dict smtpbounce 1m;
--   lua_shared_dict smtpbounce_tracker 10m;
--   init_worker_by_lua_block {
--       require("smtpbounce.openresty").init{ rules = "/etc/smtpbounce/ops.lua",
--                                             cache = 10000, dict = "smtpbounce",
--                                             tracker = { dict = "smtpbounce_tracker" } }
--   }
--   ... local r = require("smtpbounce.openresty").classify(reply, ctx)
--   ... local d = require("smtpbounce.openresty").classify(reply, ctx,
--                     { time = t, recipient = rcpt, ip = ip })
--   location = /metrics { content_by_lua_block {
--       require("smtpbounce.openresty").serve_metrics() } }
--
-- One compiled classifier per worker, built in init_worker; an optional
-- per-worker LRU cache of results (resty.lrucache); counters per outcome,
-- reason, action and provider in a shared dict (every worker adds to the
-- same ones); reload() makes every worker swap in a newly compiled ruleset
-- on its next request, without a restart.  With 'tracker', one
-- smtpbounce.tracker per worker over one shared-dict store: every worker
-- counts every worker's events, each observe() under the store's lock.
-- metrics() writes the counters and the tracker's advice in the
-- Prometheus text format.

local smtpbounce = require "smtpbounce"
local tracker_mod = require "smtpbounce.tracker"
local prometheus = require "smtpbounce.prometheus"

local ngx = ngx
local error, type, pcall, tostring, pairs, ipairs =
      error, type, pcall, tostring, pairs, ipairs
local fmt, match = string.format, string.match
local huge = math.huge

local _M = { _VERSION = smtpbounce._VERSION }

local lru_ok, lrucache = pcall(require, "resty.lrucache")

-- per-worker state
local classifier, cache, dict, version
local trk, tstore  -- the tracker and its shared-dict store
local opts = {}

local VERSION_KEY = "rules:version"
local PATH_KEY = "rules:path"

local function build (path)
    local ok, c = pcall(smtpbounce.new, path and { file = path } or nil)
    if not ok then return nil, tostring(c) end
    return c
end

-- an argument error from inside raised again at 'level', as init's 'field' if given
local function again (err, level, field)
    local msg = type(err) == "string" and match(err, "^[^\n]-:%d+: (bad argument .*)$") or err
    if type(msg) ~= "string" or not match(msg, "^bad argument ") then error(err, 0) end
    if field then msg = fmt("bad argument #1 to 'init' (%s: %s)", field, match(msg, "%((.*)%)$")) end
    error(msg, level + 1)
end

-- f(...) for init_tracker, its argument errors init's 'field''s
local function checked (field, f, ...)
    local ok, v = pcall(f, ...)
    if not ok then again(v, 4, field) end
    return v
end

local function new_cache ()
    if not opts.cache or opts.cache <= 0 then return nil end
    if not lru_ok then return nil end
    return lrucache.new(opts.cache)
end

-- phases where ngx.sleep may yield (elsewhere the lock's wait spins)
local YIELDABLE = { rewrite = true, access = true, content = true, timer = true,
                    ssl_cert = true, ssl_session_fetch = true, ssl_client_hello = true }

local function sleep (s)
    if not YIELDABLE[ngx.get_phase()] then return false end
    ngx.sleep(s)
    return true
end

-- options of init's 'tracker' handed to smtpbounce.tracker.new as they are
local TRACKER_NEW = { rules = true, file = true, files = true, disable = true,
                      builtin = true, limits = true }
local TRACKER_DICT = "smtpbounce_tracker"

local function init_tracker (t)
    if t == nil or t == false then trk, tstore = nil, nil; return end
    if t == true then t = {} end
    if type(t) ~= "table" then
        error("bad argument #1 to 'init' (field 'tracker' must be a table or true)", 3)
    end
    if not dict then
        error("bad argument #1 to 'init' (field 'tracker' needs 'dict': the counters' shared dict)", 3)
    end
    local new_opts = {}
    for k, v in pairs(t) do
        if TRACKER_NEW[k] then new_opts[k] = v
        elseif k ~= "dict" and k ~= "lock" and k ~= "redis" then
            error("bad argument #1 to 'init' (unknown field 'tracker." .. tostring(k) .. "')", 3)
        end
    end
    if t.redis ~= nil then  -- the fleet's store: every worker and host (tracker.redis)
        local redis = require "smtpbounce.tracker.redis"
        local o, err = redis.parse_url(t.redis)
        if not o then error("bad argument #1 to 'init' (field 'tracker.redis': " .. tostring(err) .. ")", 3) end
        o.host_id, o.file, o.tcp, o.cosocket, o.clock = nil, nil, ngx.socket.tcp, true, ngx.now
        o.node = o.node or fmt("%s/%d", redis.host_name(), ngx.worker.pid())
        tstore = redis.new(o)
        new_opts.store = tstore
        trk = checked("field 'tracker'", tracker_mod.new, new_opts)
        local store = tstore  -- (the queue's bounded delay: a flush every 0.1 s)
        ngx.timer.every(0.1, function (premature) if not premature then pcall(store.flush, store) end end)
        return
    end
    local name = t.dict or TRACKER_DICT
    if name == opts.dict then
        error("bad argument #1 to 'init' (the tracker needs a shared dict of its own, not '"
              .. tostring(name) .. "')", 3)
    end
    local d = type(name) == "string" and ngx.shared[name]
    if not d then error(fmt("no lua_shared_dict named '%s'", tostring(name)), 3) end
    local lock = { owner = tostring(ngx.worker.pid()), sleep = sleep }
    if t.lock ~= nil then
        if type(t.lock) ~= "table" then
            error("bad argument #1 to 'init' (field 'tracker.lock' must be a table)", 3)
        end
        for k, v in pairs(t.lock) do lock[k] = v end
    end
    tstore = checked("field 'tracker.lock'", tracker_mod.shared_dict, d, lock)
    new_opts.store = tstore
    trk = checked("field 'tracker'", tracker_mod.new, new_opts)
end

--[[
init{ rules = path or nil, cache = entries or 0, dict = shared dict name
      or nil, tracker = { dict = "smtpbounce_tracker", rules =, file =,
      files =, disable =, builtin =, limits =, lock = { lock_ttl =,
      wait =, spins = }, redis = "redis://HOST:PORT/DB?prefix=P" } or nil }
      -- call in init_worker_by_lua*.  With 'redis' the tracker's store is
      Redis (smtpbounce.tracker.redis, shared with other hosts; 'dict'
      and 'lock' are not used): observe(), advice() and suppressed() talk
      to it from phases that may use cosockets (content, access,
      rewrite, timer); elsewhere events wait in the worker's queue.
Raises on a bad rules file, so a broken configuration fails at start, not
on the first request.  'tracker' (true: the defaults) needs 'dict' and
a shared dict of its own; its fields but 'dict' and 'lock' go to
smtpbounce.tracker.new, 'lock' to smtpbounce.tracker.store.shared_dict.
]]
local INIT, WANT = { rules = "string", cache = "number", dict = "string", tracker = true },
                  { cache = "whole number, 0 or more" }
function _M.init (o)
    if o ~= nil and type(o) ~= "table" then
        error("bad argument #1 to 'init' (table expected, got " .. type(o) .. ")", 2)
    end
    for k, v in pairs(o or {}) do
        local want = INIT[k]
        if not want then error("bad argument #1 to 'init' (unknown field '" .. tostring(k) .. "')", 2) end
        if want ~= true and type(v) ~= want or k == "cache" and not (v >= 0 and v < huge and v % 1 == 0) then
            error(fmt("bad argument #1 to 'init' (field '%s' must be a %s)", k, WANT[k] or want), 2)
        end
    end
    opts = o or {}
    dict = nil
    if opts.dict then
        dict = ngx.shared[opts.dict]
        if not dict then error(fmt("no lua_shared_dict named '%s'", opts.dict), 2) end
    end
    init_tracker(opts.tracker)
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

-- counters: "n:total", "c:outcome|reason|action|provider" (provider
-- "-" when none), "e:kind" (errors), "k:observed", "k:escalated"; incr
-- is atomic across workers
local function incr (key)
    if not dict then return end
    local _, err = dict:incr(key, 1, 0)
    if err then ngx.log(ngx.ERR, "smtpbounce: counter ", key, ": ", err) end
end

local function count (r)
    if not dict then return end
    incr("n:total")
    incr(fmt("c:%s|%s|%s|%s", r.outcome, r.reason, r.action, r.provider or "-"))
end

-- the kinds of error counted (smtpbounce_errors_total{kind=}), listed
-- with 0 before any happened
local ERRORS = { "classify", "observe", "tracker_lock", "reload", "request" }
local ERROR_KIND = {}
for _, k in ipairs(ERRORS) do ERROR_KIND[k] = true end

--[[
count_error(kind): one more error of 'kind' (one of "classify",
"observe", "tracker_lock", "reload", "request": a request refused by the
caller's handler).
]]
function _M.count_error (kind)
    if not ERROR_KIND[kind] then
        error("bad argument #1 to 'count_error' (unknown kind '" .. tostring(kind) .. "')", 2)
    end
    incr("e:" .. kind)
end

local function cache_key (reply, ctx)
    if ctx == nil then return reply end
    return fmt("%s\0%s\0%s\0%s\0%s", reply, tostring(ctx.mx), tostring(ctx.domain),
               tostring(ctx.phase), tostring(ctx.provider))
end

local function classify (reply, ctx)
    local key = cache and type(reply) == "string" and cache_key(reply, ctx)
    local r = key and cache:get(key)
    if not r then
        r = classifier:classify(reply, ctx)
        if key then cache:set(key, r) end
    end
    return r
end

--[[
observe(result, track) -> decision: the tracker's observe(result, track)
(track = { time =, recipient =, provider =, ip =, domain = }, time
required: the caller's, never the clock's), run under the shared store's
lock so that no worker's event is lost.  If the lock cannot be had within
its wait, observe() runs without it and smtpbounce_errors_total{kind=
"tracker_lock"} counts it.  Raises when there is no tracker and on
argument errors (counted as kind "observe").
]]
-- (never tail-called: 5.1 and LuaJIT count no frame for a tail call)
local function observe (r, track)
    if not trk then error("smtpbounce.openresty: no tracker (init{ tracker = ... })", 3) end
    local ok, locked, d
    if tstore.atomic then
        ok, locked, d = pcall(tstore.atomic, tstore, trk.observe, trk, r, track)
    else  -- (Redis: atomic on the server)
        ok, d = pcall(trk.observe, trk, r, track)
        locked = ok or d
    end
    if ok and not locked then
        incr("e:tracker_lock")
        ok, d = pcall(trk.observe, trk, r, track)
        if not ok then locked = d end
    end
    if not ok then
        incr("e:observe")
        again(locked, 3)
    end
    incr("k:observed")
    if d ~= r then incr("k:escalated") end
    return d
end

function _M.observe (r, track) local d = observe(r, track); return d end

--[[
classify(reply [, ctx] [, track]) -> result.  Results may come from the
cache: they are shared, so treat them as read-only.  Argument errors
raise as in smtpbounce.classify (counted as errors of kind "classify").
With 'track' (see observe()), the result goes to the tracker too and the
tracker's decision comes back: the result, or a copy that history
escalated to "suppress".
]]
function _M.classify (reply, ctx, track)
    if not classifier then error("smtpbounce.openresty: init() was not called", 2) end
    sync()
    local ok, r = pcall(classify, reply, ctx)
    if not ok then
        incr("e:classify")
        again(r, 2)
    end
    count(r)
    if track ~= nil then
        local d = observe(r, track)
        return d
    end
    return r
end

--[[
advice(provider, ip, now) -> the tracker's advice (see
smtpbounce.tracker: state, until, rate, per, rule, events) at 'now', from
the events of every worker.
]]
function _M.advice (who, ip, now)
    if not trk then error("smtpbounce.openresty: no tracker (init{ tracker = ... })", 2) end
    return trk:advice(who, ip, now)
end

--[[
suppressed(now) -> the tracker's review list at 'now' (see
smtpbounce.tracker).
]]
function _M.suppressed (now)
    if not trk then error("smtpbounce.openresty: no tracker (init{ tracker = ... })", 2) end
    return trk:suppressed(now)
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
    if not c then incr("e:reload"); return nil, err end
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
    local function add (t, k, n) t[k] = (t[k] or 0) + n end
    for _, k in ipairs(dict:get_keys(0)) do
        local o, r, a, p = match(k, "^c:([^|]*)|([^|]*)|([^|]*)|(.*)$")
        local n = o and dict:get(k)
        if n then
            add(s.outcome, o, n); add(s.reason, r, n); add(s.action, a, n); add(s.provider, p, n)
        end
    end
    s.total = dict:get("n:total") or 0
    s.rules_version = dict:get(VERSION_KEY) or 0
    return s
end


-- {======================================================================
-- Metrics in the Prometheus text format (smtpbounce.prometheus)
-- =======================================================================

_M.exposition = prometheus.exposition

local sorted = prometheus.sorted

-- the counters of the shared dict
local function counter_families ()
    local cls, errs, seen_err = {}, {}, {}
    local observed, escalated = 0, 0
    if dict then
        for _, k in ipairs(dict:get_keys(0)) do
            local n = dict:get(k)
            if type(n) == "number" then
                local o, r, a, p = match(k, "^c:([^|]*)|([^|]*)|([^|]*)|(.*)$")
                local e = match(k, "^e:(.*)$")
                if o then
                    cls[#cls + 1] = { labels = { { "outcome", o }, { "reason", r }, { "action", a },
                                                 { "provider", p == "-" and "none" or p } },
                                      value = n }
                elseif e then
                    errs[#errs + 1] = { labels = { { "kind", e } }, value = n }
                    seen_err[e] = true
                elseif k == "k:observed" then observed = n
                elseif k == "k:escalated" then escalated = n end
            end
        end
        for _, e in ipairs(ERRORS) do
            if not seen_err[e] then errs[#errs + 1] = { labels = { { "kind", e } }, value = 0 } end
        end
    end
    local fams = {
        { name = "smtpbounce_classifications_total", type = "counter",
          help = "Replies classified, by outcome, reason, action and provider (none: no provider).",
          samples = sorted(cls) },
        { name = "smtpbounce_errors_total", type = "counter",
          help = "Errors by kind: classify (bad arguments), observe, tracker_lock (observed "
                 .. "without the lock), reload (rules refused), request (refused by the handler).",
          samples = sorted(errs) },
        { name = "smtpbounce_rules_reloads_total", type = "counter",
          help = "Rule reloads done (reload()).",
          samples = { { value = dict and dict:get(VERSION_KEY) or 0 } } },
    }
    if trk then
        fams[#fams + 1] = { name = "smtpbounce_tracker_observations_total", type = "counter",
                            help = "Results given to the tracker.",
                            samples = { { value = observed } } }
        fams[#fams + 1] = { name = "smtpbounce_tracker_escalations_total", type = "counter",
                            help = "Results the tracker's history escalated to suppress.",
                            samples = { { value = escalated } } }
        fams[#fams + 1] = { name = "smtpbounce_tracker_evicted_total", type = "counter",
                            help = "Tracker records the shared dict dropped to make room.",
                            samples = { { value = tstore:evicted() } } }
    end
    return fams
end

local PER_HOUR = { minute = 60, hour = 1 }
local STATES = { "normal", "pause", "slow" }

local function advice_families (now)
    local state, untl, rate = {}, {}, {}
    for _, t in ipairs(require("smtpbounce.tracker.store").targets(tstore)) do
        local a = trk:advice(t[1], t[2] ~= "" and t[2] or nil, now)
        for _, st in ipairs(STATES) do
            state[#state + 1] = { labels = { { "provider", t[1] }, { "ip", t[2] }, { "state", st } },
                                  value = a.state == st and 1 or 0 }
        end
        if a.state ~= "normal" then
            untl[#untl + 1] = { labels = { { "provider", t[1] }, { "ip", t[2] } }, value = a["until"] }
        end
        if a.state == "slow" then
            rate[#rate + 1] = { labels = { { "provider", t[1] }, { "ip", t[2] } },
                                value = a.rate * PER_HOUR[a.per] }
        end
    end
    return {
        { name = "smtpbounce_tracker_advice_time_seconds", type = "gauge",
          help = "The time (seconds since the epoch) the advice below was read at.",
          samples = { { value = now } } },
        { name = "smtpbounce_tracker_advice_state", type = "gauge",
          help = "The tracker's advice per provider (or recipient domain) and sending IP: "
                 .. "1 for the state it is in (normal, pause or slow), 0 for the others.",
          samples = sorted(state) },
        { name = "smtpbounce_tracker_advice_until_seconds", type = "gauge",
          help = "When the pause or slow-down ends (seconds since the epoch); absent when normal.",
          samples = sorted(untl) },
        { name = "smtpbounce_tracker_advice_rate_per_hour", type = "gauge",
          help = "The sending rate to slow down to, in messages per hour; only in state slow.",
          samples = sorted(rate) },
    }
end

--[[
metrics([now]) -> the Prometheus text of the counters (every worker's)
and, with a tracker, its advice for every provider (or domain) and
sending IP it keeps events of, at 'now' (seconds since the epoch; default
ngx.time(): pass a log's time when replaying one).
]]
function _M.metrics (now)
    if now == nil then now = ngx.time() end
    if type(now) ~= "number" or now ~= now or now == huge or now == -huge then
        error("bad argument #1 to 'metrics' (number expected, got " .. type(now) .. ")", 2)
    end
    local fams = counter_families()
    if trk then
        for _, f in ipairs(advice_families(now)) do fams[#fams + 1] = f end
    end
    return prometheus.exposition(fams)
end

--[[
serve_metrics([now]): metrics(now) as the response, for a
content_by_lua* location (GET /metrics).
]]
function _M.serve_metrics (now)
    local body = _M.metrics(now)
    -- (ngx.header is written to, as lua-nginx-module means it to be)
    ngx.header["Content-Type"] = "text/plain; version=0.0.4; charset=utf-8"  -- luacheck: ignore 122
    ngx.print(body)
end

-- }======================================================================

return _M
