-- fleet-check.lua URL STATE T... -- compare the fleet's tracker (the Redis
-- store at URL, as a new node sees it) with the tracker of one scan's
-- state file STATE (`scan --state STATE` over the same logs merged by
-- time): at each time T (seconds since the epoch), the suppress list and
-- the advice for every provider and domain either knows of must be the
-- same.  Prints one line per difference, then
-- "fleet-check: N passed, N failed" (a check: one T's list, or one T's
-- advice for one name).  Run from the checkout, with LUA_PATH/LUA_CPATH
-- set as for the specs.
local cjson = require "cjson"
local tracker = require "smtpbounce.tracker"
local tstore = require "smtpbounce.tracker.store"
local redis = require "smtpbounce.tracker.redis"

local url, path = arg[1], arg[2]
local times = {}
for i = 3, #arg do times[#times + 1] = tonumber(arg[i]) end
if not url or not path or #times == 0 then
    io.stderr:write("usage: fleet-check.lua URL STATE T...\n")
    os.exit(2)
end

local o = assert(redis.parse_url(url))
o.host_id, o.file, o.spool = nil, nil, nil
o.node = "fleet-check"
local fleet_store = redis.new(o)
local fleet = tracker.new{ store = fleet_store }

local f = assert(io.open(path, "rb"))
local saved = cjson.decode(f:read("*a"))
f:close()
local mem = tstore.memory()
for _, ns in ipairs{ "r", "t" } do
    for _, kv in ipairs(saved.tracker[ns]) do mem:set(ns, kv[1], kv[2]) end
end
local one = tracker.new{ store = mem }

-- every name advice may be asked about: the targets' providers and domains
local names = {}
for k in mem:each("t") do
    local who = k:match("^[pd]=([^|]+)")
    if who then names[who] = true end
end
fleet:suppressed(times[1])  -- (fills the fleet's mirror: its targets too)
local list = {}
for who in pairs(names) do list[#list + 1] = who end
table.sort(list)

local passed, failed = 0, 0
local function check (ok, what, a, b)
    if ok then passed = passed + 1; return end
    failed = failed + 1
    print("DIFF " .. what .. "\n  fleet: " .. a .. "\n  one:   " .. b)
end

-- numbers as "%.14g" (a state file's are read back as floats)
local function n (v)
    return type(v) == "number" and string.format("%.14g", v) or tostring(v)
end

local function show_list (l)
    local out = {}
    for _, s in ipairs(l) do
        out[#out + 1] = string.format("%s %s %s %s %s", s.address, s.basis, n(s.count),
                                      n(s.first_seen), n(s["until"]))
    end
    return table.concat(out, "; ")
end

local function show_advice (a)
    local ev = {}
    for _, e in ipairs(a.events or {}) do ev[#ev + 1] = n(e.time) end
    return string.format("%s %s %s %s [%s]", a.state, n(a["until"]), tostring(a.rule),
                         n(a.rate), table.concat(ev, ","))
end

local nsup, nadv = 0, 0
for _, t in ipairs(times) do
    local a, b = show_list(fleet:suppressed(t)), show_list(one:suppressed(t))
    check(a == b, "suppressed at " .. t, a, b)
    nsup = nsup + #one:suppressed(t)
    for _, who in ipairs(list) do
        local x = fleet:advice(who, nil, t)
        local sa, sb = show_advice(x), show_advice(one:advice(who, nil, t))
        check(sa == sb and x.store == "ok", "advice for " .. who .. " at " .. t,
              sa .. " store=" .. tostring(x.store), sb)
        if x.state ~= "normal" then nadv = nadv + 1 end
    end
end
print(string.format("fleet-check: %d names, %d times; %d suppressed and %d advice not normal "
                    .. "(summed over the times)", #list, #times, nsup, nadv))
print(string.format("fleet-check: %d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)
