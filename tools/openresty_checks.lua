-- openresty_checks.lua BASE_URL RULES_FILE -- HTTP checks against the
-- example nginx (tools/test-openresty.sh starts it).  Uses curl.
local cjson = require "cjson.safe"
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

print(string.format("openresty: %d passed, %d failed", passed, failed))
print(string.format("%d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)
