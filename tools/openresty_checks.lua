-- openresty_checks.lua BASE_URL RULES_FILE -- HTTP checks against the
-- example nginx (tools/test-openresty.sh starts it, 2 workers).  Uses
-- curl, and LuaSocket for keep-alive connections that each stay with one
-- worker (so that a check can send one event to each worker in turn).
local cjson = require "cjson.safe"
local socket = require "socket"
local expo = dofile((arg[0]:match("^(.*)/") or ".") .. "/exposition.lua")
local base, rules_file = arg[1], arg[2]
local passed, failed = 0, 0

local function check (name, ok, detail)
    if ok then passed = passed + 1
    else failed = failed + 1; print("FAIL " .. name .. (detail and (": " .. detail) or "")) end
end

local function sh_quote (s) return "'" .. s:gsub("'", "'\\''") .. "'" end

-- request -> status, body
local function http (method, path, body, ctype)
    local tmp = os.tmpname()
    local cmd = "curl -s -o " .. tmp .. " -w '%{http_code}' -X " .. method
    if body then
        local bf = os.tmpname()
        local f = io.open(bf, "wb"); f:write(body); f:close()
        cmd = cmd .. " --data-binary @" .. bf .. " -H " .. sh_quote("Content-Type: " .. (ctype or "text/plain"))
    end
    local p = io.popen(cmd .. " " .. sh_quote(base .. path))
    local status = tonumber(p:read("*a"))
    p:close()
    local f = io.open(tmp, "rb"); local out = f and f:read("*a") or ""; if f then f:close() end
    os.remove(tmp)
    return status, out
end

local function get_json (method, path, body, ctype)
    local status, out = http(method, path, body, ctype)
    return status, cjson.decode(out), out
end

local function urlencode (s)
    return (s:gsub("[^%w%-%._~]", function (c) return string.format("%%%02X", c:byte()) end))
end

local _, s0 = get_json("GET", "/stats")
local total0 = s0 and s0.total or -1

local st, r = get_json("GET", "/classify?reply=" .. urlencode("452. 4.3.1 Insufficient system storage (throttled)"))
check("GET classify status", st == 200, tostring(st))
check("GET classify result", r and r.code == 452 and r.status == "4.3.1" and r.reason == "systemfull"
      and r.outcome == "deferred")

st, r = get_json("GET", "/classify")
check("GET classify without reply is 400", st == 400 and r and type(r.error) == "string")

st, r = get_json("POST", "/classify", "550 5.1.1 user unknown\n\n421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred\n")
check("POST lines", st == 200 and r and #r == 3, tostring(st))
check("POST lines results", r and r[1].reason == "userunknown" and r[2].outcome == "unknown"
      and r[3].provider == "yahoo" and r[3].action == "throttle")

st, r = get_json("POST", "/classify", cjson.encode({ { reply = "550 5.7.1 rejected", mx = "mx1.hotmail.com" }, "250 ok" }), "application/json")
check("POST JSON objects", st == 200 and r and #r == 2 and r[1].provider == "microsoft"
      and r[2].outcome == "delivered", tostring(st))

st, r = get_json("POST", "/classify", '{"replies": ["452 4.2.2 Over Quota"]}', "application/json")
check("POST JSON replies", st == 200 and r and r[1].reason == "mailboxfull")

st, r = get_json("POST", "/classify", "{not json", "application/json")
check("POST invalid JSON is 400", st == 400 and r and r.error)
st, r = get_json("POST", "/classify", "[1, 2]", "application/json")
check("POST JSON non-string is 400", st == 400 and r and r.error)
st, r = get_json("POST", "/classify", '[{"reply": "550 x", "phase": "bogus"}]', "application/json")
check("POST JSON bad phase is 400", st == 400 and r and r.error and r.error:find("phase"))
st, r = get_json("PUT", "/classify", "x")
check("PUT is 405", st == 405 and r and r.error)
st, r = get_json("GET", "/classify?reply=" .. urlencode("550 \0\255\254 &amp;amp; x"))
check("hostile bytes answered", st == 200 and r and r.outcome == "bounced")

st, r = get_json("GET", "/explain?reply=" .. urlencode("550 5.1.1 <a@b.c>: Recipient address rejected: User unknown"))
check("explain", st == 200 and r and r.why and r.why.rule == r.rule and r.why.where
      and #r.why.matched > 0)

local _, s1 = get_json("GET", "/stats")
check("counters moved", s1 and s1.total == total0 + 8, tostring(s1 and s1.total) .. " vs " .. total0 + 8)  -- 8 classified; explain and errors are not counted
check("counters per reason", s1 and (s1.reason.userunknown or 0) >= 1 and (s1.provider.yahoo or 0) >= 1)

-- reload: a rule of the operator's own, then a broken file
local f = io.open(rules_file, "wb")
f:write([[return { rules = { { id = "ops.test.widget", any = { "widget failure" },
  reason = "systemerror", examples = { "451 4.3.0 widget failure" } } } }
]])
f:close()
st, r = get_json("POST", "/reload")
check("reload", st == 200 and r and r.reloaded == true, tostring(st))
local all = true
for _ = 1, 8 do  -- every worker must have swapped
    local _, x = get_json("GET", "/classify?reply=" .. urlencode("451 4.3.0 widget failure"))
    all = all and x and x.rule == "ops.test.widget"
end
check("reloaded rules in every worker", all)
f = io.open(rules_file, "wb"); f:write("return { rules = { { id = 'x', reason = 'nope' } } }\n"); f:close()
st, r = get_json("POST", "/reload")
check("broken rules refused with 400", st == 400 and r and r.error and r.error:find("nope"))
local _, x = get_json("GET", "/classify?reply=" .. urlencode("451 4.3.0 widget failure"))
check("old rules kept after a refused reload", x and x.rule == "ops.test.widget")
local _, s2 = get_json("GET", "/stats")
check("rules version moved once", s2 and s2.rules_version == 1, tostring(s2 and s2.rules_version))

-- {== the tracker across workers, and /metrics ==========================

local host, port = base:match("^http://([^:/]+):(%d+)")

-- one keep-alive connection: send requests (several at once: pipelined),
-- then read their answers in order
local Conn = {}
Conn.__index = Conn

local function connect ()
    local c = assert(socket.tcp())
    c:settimeout(10)
    assert(c:connect(host, tonumber(port)))
    return setmetatable({ sock = c }, Conn)
end

function Conn:send (method, path, body, ctype)
    local req = { method .. " " .. path .. " HTTP/1.1", "Host: " .. host }
    if body then
        req[#req + 1] = "Content-Type: " .. (ctype or "text/plain")
        req[#req + 1] = "Content-Length: " .. #body
    end
    req[#req + 1] = ""
    req[#req + 1] = body or ""
    assert(self.sock:send(table.concat(req, "\r\n")))
end

-- -> status, body, headers (names in lower case)
function Conn:receive ()
    local sock = self.sock
    local line = assert(sock:receive("*l"))
    local status = tonumber(line:match("^HTTP/1%.%d (%d+)"))
    local h = {}
    while true do
        line = assert(sock:receive("*l"))
        if line == "" then break end
        local k, v = line:match("^([^:]+):%s*(.*)$")
        h[k:lower()] = v
    end
    local body
    if h["content-length"] then
        body = assert(sock:receive(tonumber(h["content-length"])))
    elseif (h["transfer-encoding"] or ""):lower() == "chunked" then
        local parts = {}
        while true do
            local size = tonumber(assert(sock:receive("*l")):match("^%x+"), 16)
            if size == 0 then assert(sock:receive("*l")); break end
            parts[#parts + 1] = assert(sock:receive(size))
            assert(sock:receive("*l"))
        end
        body = table.concat(parts)
    else
        error("no length in the answer to a keep-alive request")
    end
    return status, body, h
end

function Conn:request (method, path, body, ctype)
    self:send(method, path, body, ctype)
    return self:receive()
end

function Conn:close () self.sock:close() end

-- two connections held by two different workers
local conns, pids = {}, {}
for _ = 1, 60 do
    local c = connect()
    local _, _, h = c:request("GET", "/stats")
    local pid = h["x-worker"]
    if pid and not pids[pid] and #conns < 2 then
        pids[pid] = true
        c.pid = pid
        conns[#conns + 1] = c
    else
        c:close()
    end
    if #conns == 2 then break end
end
check("two workers reached (X-Worker)", #conns == 2, tostring(#conns))
if #conns < 2 then
    print(string.format("openresty: %d passed, %d failed", passed, failed))
    print(string.format("%d passed, %d failed", passed, failed))
    os.exit(1)
end
local A, B = conns[1], conns[2]

-- GET /metrics?time=T on 'c' -> families (nil after a failed check)
local function metrics (c, t, name)
    local code, body, h = c:request("GET", "/metrics" .. (t and "?time=" .. t or ""))
    local fams, err = expo.parse(body)
    check(name .. ": /metrics answers 200", code == 200, tostring(code))
    check(name .. ": Content-Type of the text format",
          (h["content-type"] or ""):find("^text/plain; version=0%.0%.4") ~= nil, h["content-type"])
    check(name .. ": exposition format valid", fams ~= nil, err)
    return fams or {}
end

local function classify_on (c, args)
    local q = {}
    for k, v in pairs(args) do q[#q + 1] = k .. "=" .. urlencode(tostring(v)) end
    table.sort(q)
    local code, body, h = c:request("GET", "/classify?" .. table.concat(q, "&"))
    return code, cjson.decode(body), h["x-worker"]
end

local m0 = metrics(A, nil, "start")
for _, fam in ipairs{ "smtpbounce_classifications_total", "smtpbounce_errors_total",
                      "smtpbounce_rules_reloads_total", "smtpbounce_tracker_observations_total",
                      "smtpbounce_tracker_escalations_total", "smtpbounce_tracker_evicted_total",
                      "smtpbounce_tracker_advice_state", "smtpbounce_tracker_advice_until_seconds",
                      "smtpbounce_tracker_advice_rate_per_hour",
                      "smtpbounce_tracker_advice_time_seconds" } do
    local fm = m0[fam]
    check("family " .. fam .. " with HELP and TYPE", fm and fm.help and fm.help ~= "" and fm.type ~= nil)
end
check("counters as counter, advice as gauge", m0.smtpbounce_classifications_total
      and m0.smtpbounce_classifications_total.type == "counter"
      and m0.smtpbounce_tracker_advice_state and m0.smtpbounce_tracker_advice_state.type == "gauge")
check("reloads counted (1 from above)", expo.value(m0, "smtpbounce_rules_reloads_total", {}) == 1)
check("refused reload counted", expo.value(m0, "smtpbounce_errors_total", { kind = "reload" }) == 1)

-- counters add up over the workers: 7 on A, 5 on B
local BIG = "552 5.3.4 Message size exceeds fixed maximum message size"
local BIG_LABELS = { outcome = "bounced", reason = "emailtoolarge", action = "fix", provider = "none" }
local on = { [A.pid] = 0, [B.pid] = 0 }
for i = 1, 12 do
    local c = i <= 7 and A or B
    local _, res, pid = classify_on(c, { reply = BIG })
    if res and res.reason == "emailtoolarge" then on[pid] = (on[pid] or 0) + 1 end
end
check("each connection stayed with its worker", on[A.pid] == 7 and on[B.pid] == 5,
      string.format("%s on A, %s on B", tostring(on[A.pid]), tostring(on[B.pid])))
local e0 = expo.value(m0, "smtpbounce_errors_total", { kind = "request" }) or -1
A:request("GET", "/classify")
B:request("GET", "/classify?reply=x&time=soon")
local m1 = metrics(B, nil, "after 12")
local big0 = expo.value(m0, "smtpbounce_classifications_total", BIG_LABELS) or 0
local big1 = expo.value(m1, "smtpbounce_classifications_total", BIG_LABELS)
check("counter of both workers' classifications", big1 == big0 + 12,
      tostring(big1) .. " vs " .. big0 + 12)
check("sum of the counters grew by 12", expo.sum(m1, "smtpbounce_classifications_total")
      == expo.sum(m0, "smtpbounce_classifications_total") + 12)
local _, st1 = get_json("GET", "/stats")
check("stats total = sum of the counters", st1 and st1.total == expo.sum(m1, "smtpbounce_classifications_total"))
check("refused requests counted on both workers",
      expo.value(m1, "smtpbounce_errors_total", { kind = "request" }) == e0 + 2)

-- Yahoo's TSS04 deferrals, sent to the workers in turn: A, B, A.  The
-- third fires yahoo.ts-pause (3 in 10 minutes) only if A counted B's.
local T0 = 1764892800
local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to "
              .. "unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"
local Y = { provider = "yahoo", ip = "192.0.2.10" }
local function state_of (fams, code)
    return expo.value(fams, "smtpbounce_tracker_advice_state",
                      { provider = Y.provider, ip = Y.ip, state = code })
end
local ok_sent = true
for i, c in ipairs{ A, B } do
    local code, res = classify_on(c, { reply = TSS04, mx = "mta5.am0.yahoodns.net", time = T0 + 60 * (i - 1),
                                   ip = Y.ip, recipient = "someone@yahoo.com" })
    ok_sent = ok_sent and code == 200 and res and res.action == "throttle" and res.provider == "yahoo"
end
local m2 = metrics(B, T0 + 61, "after 2 events")
check("advice after 2 events: normal", state_of(m2, "normal") == 1 and state_of(m2, "pause") == 0
      and state_of(m2, "slow") == 0)
check("no until while normal", expo.value(m2, "smtpbounce_tracker_advice_until_seconds", Y) == nil)
local st3, r3 = classify_on(A, { reply = TSS04, mx = "mta5.am0.yahoodns.net", time = T0 + 120,
                                 ip = Y.ip, recipient = "someone@yahoo.com" })
check("TSS04 events classified", ok_sent and st3 == 200 and r3 and r3.rule == "yahoo.ts")
local m3 = metrics(B, T0 + 130, "pause")
check("advice time is the one passed", expo.value(m3, "smtpbounce_tracker_advice_time_seconds", {}) == T0 + 130)
check("A counted B's event: paused", state_of(m3, "pause") == 1 and state_of(m3, "normal") == 0
      and state_of(m3, "slow") == 0)
check("pause until 2 hours after the third",
      expo.value(m3, "smtpbounce_tracker_advice_until_seconds", Y) == T0 + 120 + 7200)
check("no rate while paused", expo.value(m3, "smtpbounce_tracker_advice_rate_per_hour", Y) == nil)
local m4 = metrics(A, T0 + 120 + 7200 + 1, "slow")
check("then slow, 300/hour, until an hour later", state_of(m4, "slow") == 1
      and expo.value(m4, "smtpbounce_tracker_advice_rate_per_hour", Y) == 300
      and expo.value(m4, "smtpbounce_tracker_advice_until_seconds", Y) == T0 + 120 + 7200 + 3600)
local m5 = metrics(A, T0 + 120 + 7200 + 3600, "normal again")
check("then normal again", state_of(m5, "normal") == 1 and state_of(m5, "slow") == 0
      and expo.value(m5, "smtpbounce_tracker_advice_until_seconds", Y) == nil)
local _, ab, ah = A:request("GET", "/advice?provider=yahoo&ip=192.0.2.10&time=" .. (T0 + 130))
local adv = cjson.decode(ab)
check("/advice agrees (pause, 3 events)", ah["x-worker"] == A.pid and adv and adv.state == "pause"
      and #adv.events == 3)

-- a mailbox full three times, the replies to the workers in turn: B, A, B
local full = {}
for i, c in ipairs{ B, A, B } do
    local _, res = classify_on(c, { reply = "452 4.2.2 Over Quota", time = T0 + 3600 * (i - 1),
                                  recipient = "full@example.org" })
    full[i] = res or {}
end
check("mailbox full: retry, retry, then suppress on history across workers",
      full[1].action == "retry" and full[2].action == "retry" and full[3].action == "suppress"
      and full[3].basis == "history",
      cjson.encode(full))
local m6 = metrics(A, T0, "escalation")
check("escalation counted", expo.value(m6, "smtpbounce_tracker_escalations_total", {})
      == (expo.value(m0, "smtpbounce_tracker_escalations_total", {}) or 0) + 1)
check("observations counted (3 + 3)", expo.value(m6, "smtpbounce_tracker_observations_total", {})
      == (expo.value(m0, "smtpbounce_tracker_observations_total", {}) or 0) + 6)
local _, sb = B:request("GET", "/suppressed?time=" .. (T0 + 7200))
local sl = cjson.decode(sb)
check("/suppressed lists it", sl and #sl == 1 and sl[1].address == "full@example.org" and sl[1].count == 3)

-- a burst: 20 events pipelined on each worker at once, towards one domain
-- and IP; the operator's rule pauses after 40, so none may be lost
local BURST = "451 4.3.0 Temporary server error"
for i = 1, 20 do
    for j, c in ipairs{ A, B } do
        local q = string.format("/classify?reply=%s&domain=burst.example&ip=192.0.2.99&time=%d",
                                urlencode(BURST), T0 + 2 * i + j)
        c:send("GET", q)
    end
end
local answered = 0
for _ = 1, 20 do
    for _, c in ipairs{ A, B } do
        local code, body = c:receive()
        local res = cjson.decode(body)
        if code == 200 and res and res.reason == "systemerror" then answered = answered + 1 end
    end
end
check("burst: 40 answered", answered == 40, tostring(answered))
local _, bb = B:request("GET", "/advice?provider=burst.example&ip=192.0.2.99&time=" .. (T0 + 100))
local ba = cjson.decode(bb)
check("burst: no event lost between the workers (paused, 40 events)", ba and ba.state == "pause"
      and ba.rule == "ops.test.burst" and #ba.events == 40, bb)
local m7 = metrics(B, T0 + 100, "burst")
check("burst: paused in /metrics", expo.value(m7, "smtpbounce_tracker_advice_state",
      { provider = "burst.example", ip = "192.0.2.99", state = "pause" }) == 1)
check("no observe ran without the lock", expo.value(m7, "smtpbounce_errors_total", { kind = "tracker_lock" }) == 0)
A:close(); B:close()

-- }======================================================================

print(string.format("openresty: %d passed, %d failed", passed, failed))
print(string.format("%d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)
