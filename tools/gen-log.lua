-- gen-log.lua FORMAT [LINES] [--seed N] -- write a mail log of LINES lines
-- (default 10000) in FORMAT to standard output: postfix (tools/gen-postfix-
-- log.lua does it), exim, sendmail, kumomta or postal (JSON lines).
-- Every delivery attempt carries a real reply from accuracy/corpus, with
-- fresh queue ids, as real logs have; about
-- one line in four is a delivery attempt, the rest the MTA's other lines.
-- Deterministic for a given seed: the byte-identity checks
-- (tools/golden.sh) and the benchmarks read these logs.
--   lua5.4 tools/gen-log.lua exim 20000 > /tmp/exim.log

local fmt, concat = string.format, table.concat
local random = math.random

local format, total, seed = arg[1], 10000, 42
local i = 2
while arg[i] do
    if arg[i] == "--seed" then seed = tonumber(arg[i + 1]); i = i + 1
    else total = tonumber(arg[i]) or total end
    i = i + 1
end
local FORMATS = { postfix = true, exim = true, sendmail = true, kumomta = true,
                  postal = true }
if not FORMATS[format] then
    io.stderr:write("usage: gen-log.lua postfix|exim|sendmail|kumomta|postal [LINES] [--seed N]\n")
    os.exit(2)
end
if format == "postfix" then
    local lua = arg[-1] or "lua5.4"
    local p = io.popen(fmt("%s tools/gen-postfix-log.lua %d --seed %d", lua, total, seed))
    io.stdout:write(p:read("*a"))
    os.exit(p:close() and 0 or 1)
end
math.randomseed(seed)

-- the corpus replies, in file order (files sorted by name)
local replies = {}
do
    local ls = io.popen("ls accuracy/corpus/*.lua")
    local files = {}
    for f in ls:lines() do files[#files + 1] = f end
    ls:close()
    table.sort(files)
    for _, f in ipairs(files) do
        for _, e in ipairs(dofile(f)) do
            if type(e.reply) == "string" and e.reply ~= "" then
                replies[#replies + 1] = (e.reply:gsub("\r?\n", " "))
            end
        end
    end
end

local DOMAINS = { "gmail.com", "yahoo.com", "outlook.com", "icloud.com", "gmx.de",
                  "orange.fr", "example.com", "example.net", "t-online.de", "qq.com" }
local out = io.stdout
local t0 = 1764291709  -- 2025-11-28T01:01:49Z

local function stamp (n, style)
    local t = t0 + math.floor(n / 7)
    if style == "iso" then return os.date("!%Y-%m-%d %H:%M:%S", t) end
    if style == "syslog" then return os.date("!%b %d %H:%M:%S", t) end
    return t
end

local function b62 (n, len)
    local a = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    local s = {}
    for k = len, 1, -1 do
        local d = n % 62
        s[k] = a:sub(d + 1, d + 1)
        n = math.floor(n / 62)
    end
    return concat(s)
end

-- a JSON object of key, value pairs in the order given (so the output is
-- the same whatever the interpreter's hash seed)
local RAW = {}
local function obj (kv)
    local parts = {}
    for k = 1, #kv, 2 do
        local v = kv[k + 1]
        local j
        if type(v) == "table" and v[RAW] then j = v[RAW]
        elseif type(v) == "number" then j = fmt("%d", v)
        else
            j = '"' .. v:gsub('[%c"\\]', function (c)
                return fmt("\\u%04x", c:byte())
            end) .. '"'
        end
        parts[#parts + 1] = '"' .. kv[k] .. '":' .. j
    end
    return setmetatable({ [RAW] = "{" .. concat(parts, ",") .. "}" },
                        { __tostring = function (t) return t[RAW] end })
end

local function reply () return replies[random(#replies)] end
local function rcpt (n)
    return fmt("u%d@%s", n, DOMAINS[random(#DOMAINS)])
end

local n = 0
local function line (s)
    n = n + 1
    out:write(tostring(s), "\n")
end

while n < total do
    local id = n + 1
    if format == "exim" then
        local qid = fmt("1x%s-%s-%s", b62(id, 4), b62(id * 7, 6), b62(id % 3844, 2))
        local ts = stamp(n, "iso")
        local to = rcpt(id)
        line(fmt("%s %s <= sender@example.org H=(client) [198.51.100.7] P=esmtp S=%d id=%d@example.org",
                 ts, qid, 400 + id % 5000, id))
        local kind, r = random(4), reply()
        local code = r:match("^(%d)")
        if kind == 1 or code == "2" then
            line(fmt('%s %s => %s R=dnslookup T=remote_smtp H=mx.%s [192.0.2.%d] C="250 2.0.0 OK id%d"',
                     ts, qid, to, to:match("@(.*)"), id % 250 + 1, id))
        else
            local mark = code == "4" and "==" or "**"
            line(fmt("%s %s %s %s R=dnslookup T=remote_smtp%s H=mx.%s [192.0.2.%d]: "
                     .. "SMTP error from remote mail server after RCPT TO:<%s>: %s",
                     ts, qid, mark, to, mark == "==" and " defer (-44)" or "",
                     to:match("@(.*)"), id % 250 + 1, to, r))
        end
        line(fmt("%s %s Completed", ts, qid))
        if random(3) == 1 then line(fmt("%s Start queue run: pid=%d", ts, 1000 + id)) end
    elseif format == "sendmail" then
        local qid = fmt("xAS%s%06d", b62(id % 62, 1), id)
        local ts = stamp(n, "syslog")
        local to, r = rcpt(id), reply()
        local code = r:match("^(%d)") or "5"
        line(fmt("%s mx sendmail[%d]: %s: from=<a@example.org>, size=%d, class=0, nrcpts=1, "
                 .. "msgid=<%d@example.org>, proto=ESMTP, relay=localhost [127.0.0.1]",
                 ts, 1000 + id % 9000, qid, 400 + id % 5000, id))
        if code == "2" or random(4) == 1 then
            line(fmt("%s mx sendmail[%d]: %s: to=<%s>, delay=00:00:01, xdelay=00:00:01, "
                     .. "mailer=esmtp, pri=120000, relay=mx.%s. [192.0.2.1], dsn=2.0.0, "
                     .. "stat=Sent (%s)", ts, 1000 + id % 9000, qid, to, to:match("@(.*)"),
                     code == "2" and r or "OK id=" .. id))
        else
            line(fmt("%s mx sendmail[%d]: %s: to=<%s>, delay=00:00:01, xdelay=00:00:01, "
                     .. "mailer=esmtp, pri=120000, relay=mx.%s. [192.0.2.1], dsn=%s.0.0, "
                     .. "stat=%s", ts, 1000 + id % 9000, qid, to, to:match("@(.*)"), code,
                     code == "4" and "Deferred: " .. r or r))
        end
        line(fmt("%s mx sm-mta[%d]: STARTTLS=client, relay=mx.example.net., version=TLSv1.3, "
                 .. "verify=FAIL, cipher=TLS_AES_256_GCM_SHA384, bits=256/256", ts, 2000 + id % 9000))
        line(fmt("%s mx sendmail[%d]: %s: done", ts, 1000 + id % 9000, qid))
    else
        local to, r = rcpt(id), reply()
        local code = tonumber(r:match("^(%d%d%d)"))
        local kind = code and (code < 300 and 1 or code < 500 and 2 or 3) or random(3)
        local dom = to:match("@(.*)")
        if format == "kumomta" then
            line(obj{ "type", ({ "Delivery", "TransientFailure", "Bounce" })[kind],
                      "id", fmt("%032x", id), "sender", "a@example.org", "recipient", to,
                      "queue", dom, "site", "", "size", 1000 + id % 5000,
                      "response", obj{ "code", code or 550, "content", r,
                                       "command", "RCPT TO" },
                      "peer_address", obj{ "name", "mx." .. dom, "addr", "192.0.2.1" },
                      "timestamp", stamp(n) })
            if random(3) == 1 then
                line(obj{ "type", "Reception", "id", fmt("%032x", id + 1),
                          "sender", "a@example.org", "recipient", to, "timestamp", stamp(n) })
            end
        else
            line(obj{ "event", "MessageDeliveryFailed", "timestamp", stamp(n),
                      "payload", obj{ "status", ({ "Sent", "SoftFail", "HardFail" })[kind],
                          "output", r, "details", "Message sent by SMTP to mx." .. dom
                          .. " (192.0.2.1) (from 198.51.100.7)", "timestamp", stamp(n),
                          "message", obj{ "id", id, "token", b62(id, 8), "to", to,
                                          "from", "a@example.org", "subject", "Hello" } } })
        end
    end
end
