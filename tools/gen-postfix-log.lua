-- gen-postfix-log.lua [LINES] [--seed N] [--rfc3339] -- write a realistic
-- mixed Postfix mail log of LINES lines (default 1000000) to standard
-- output, for measuring `smtpbounce scan`.  Per message: smtpd connect,
-- client= and disconnect, cleanup message-id, qmgr from= and removed,
-- an smtp TLS line, sometimes a "connect to ...: Connection refused" line,
-- then one status line per recipient (1-3): sent (~75%, 250 replies with
-- unique ids, as real ones have), deferred or bounced with a real reply
-- from accuracy/corpus/*.lua, or a connection failure; plus some
-- postscreen/anvil/dovecot noise.  About one line in eight is a delivery
-- attempt.  Deterministic for a given seed.
--   lua5.4 tools/gen-postfix-log.lua 1000000 > /tmp/big.log

local fmt, concat = string.format, table.concat
local random = math.random

local total, seed, rfc3339 = 1000000, 42, false
local i = 1
while arg[i] do
    if arg[i] == "--seed" then seed = tonumber(arg[i + 1]); i = i + 1
    elseif arg[i] == "--rfc3339" then rfc3339 = true
    else total = tonumber(arg[i]) or total end
    i = i + 1
end
math.randomseed(seed)

-- real replies, by provider group, with the domain and MX they come from
local MX = {
    gmail = { "gmail.com", "gmail-smtp-in.l.google.com" },
    yahoo = { "yahoo.com", "mta7.am0.yahoodns.net" },
    yahoo_aol = { "aol.com", "mx-aol.mail.gm0.yahoodns.net" },
    microsoft = { "outlook.com", "outlook-com.olc.protection.outlook.com" },
    icloud = { "icloud.com", "mx01.mail.icloud.com" },
    comcast = { "comcast.net", "mx1a1.comcast.net" },
    gmx = { "gmx.de", "mx00.emig.gmx.net" },
    tonline = { "t-online.de", "mx00.t-online.de" },
    orange = { "orange.fr", "smtp-in.orange.fr" },
    yandex = { "yandex.ru", "mx.yandex.ru" },
    qq = { "qq.com", "mx3.qq.com" },
    zoho = { "zoho.com", "mx.zoho.com" },
}
local GENERIC = { { "example.net", "mx.example.net" }, { "example.org", "mail.example.org" },
                  { "corp.example", "mx1.corp.example" }, { "shop.example", "mx.shop.example" } }

local replies = { [4] = {}, [5] = {} }
local p = io.popen("ls accuracy/corpus/*.lua 2>/dev/null")
for f in p:lines() do
    local ok, entries = pcall(dofile, f)
    if ok and type(entries) == "table" then
        for _, e in ipairs(entries) do
            local r = type(e.reply) == "string" and e.reply:gsub("[\r\n]+", " ") or ""
            local k = tonumber(r:match("^([45])%d%d[ %-]"))
            if k then
                local dm = MX[e.group or ""] or MX[e.provider or ""]
                           or GENERIC[random(#GENERIC)]
                local list = replies[k]
                list[#list + 1] = { r, dm[1], e.mx or dm[2] }
            end
        end
    end
end
p:close()
if #replies[4] == 0 or #replies[5] == 0 then
    io.stderr:write("gen-postfix-log: run from the checkout (needs accuracy/corpus)\n")
    os.exit(1)
end

local DOMAINS = {}
for _, v in pairs(MX) do DOMAINS[#DOMAINS + 1] = v end
for _, v in ipairs(GENERIC) do DOMAINS[#DOMAINS + 1] = v end
table.sort(DOMAINS, function (a, b) return a[1] < b[1] end)

local NAMES = { "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
                "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter" }
local ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

local function ident (n, chars)
    local t = {}
    for k = 1, n do
        local j = random(#chars)
        t[k] = chars:sub(j, j)
    end
    return concat(t)
end
local function ip () return fmt("%d.%d.%d.%d", random(11, 223), random(0, 255), random(0, 255), random(1, 254)) end
local function address (domain)
    return NAMES[random(#NAMES)] .. (random(1, 20000)) .. "@" .. domain
end

local MONTHS = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" }
local t = os.time{ year = 2026, month = 11, day = 28, hour = 0, min = 0, sec = 0 }
local function stamp ()
    t = t + (random() < 0.3 and 1 or 0)
    if rfc3339 then
        return os.date("!%Y-%m-%dT%H:%M:%S", t) .. fmt(".%06d+00:00", random(0, 999999))
    end
    local d = os.date("*t", t)
    return fmt("%s %2d %02d:%02d:%02d", MONTHS[d.month], d.day, d.hour, d.min, d.sec)
end

local out = io.stdout
out:setvbuf("full")
local n = 0
local function line (prog, pid, text)
    n = n + 1
    out:write(stamp(), " mail postfix/", prog, "[", pid, "]: ", text, "\n")
end

local NETWORK = {
    "connect to %s[%s]:25: Connection refused",
    "connect to %s[%s]:25: Connection timed out",
    "lost connection with %s[%s] while receiving the initial server greeting",
    "conversation with %s[%s] timed out while sending end of data -- message may be sent more than once",
    "host %s[%s] refused to talk to me: 421 4.7.0 Try again later, closing connection.",
}
local COMMANDS = { "RCPT TO", "RCPT TO", "RCPT TO", "MAIL FROM", "end of DATA", "DATA" }

while n < total do
    local qid = ident(10, "0123456789ABCDEF")
    local client, cip = "client" .. random(1, 500) .. ".example.com", ip()
    local spid, cpid, qpid, mpid = random(1000, 30000), random(1000, 30000), 900, random(1000, 30000)
    line("smtpd", spid, fmt("connect from %s[%s]", client, cip))
    line("smtpd", spid, fmt("%s: client=%s[%s], sasl_method=PLAIN, sasl_username=app%d",
                            qid, client, cip, random(1, 50)))
    line("cleanup", cpid, fmt("%s: message-id=<%s@app.example.com>", qid, ident(20, ALNUM)))
    local nrcpt = random() < 0.8 and 1 or random(2, 3)
    line("qmgr", qpid, fmt("%s: from=<bounce-%d@app.example.com>, size=%d, nrcpt=%d (queue active)",
                           qid, random(1, 99999), random(2000, 90000), nrcpt))
    line("smtpd", spid, fmt("disconnect from %s[%s] ehlo=1 auth=1 mail=1 rcpt=%d data=1 quit=1 commands=%d",
                            client, cip, nrcpt, 5 + nrcpt))
    if random() < 0.05 then
        line("postscreen", random(100, 999), fmt("CONNECT from [%s]:%d to [192.0.2.10]:25", ip(), random(1024, 65535)))
    end
    if random() < 0.03 then
        line("anvil", 800, fmt("statistics: max connection rate 3/60s for (smtp:%s) at %s", ip(), stamp()))
    end
    for _ = 1, nrcpt do
        local x = random()
        local domain, mx, reply, status, dsn, cmd
        if x < 0.75 then
            local dm = DOMAINS[random(#DOMAINS)]
            domain, mx = dm[1], dm[2]
            status, dsn = "sent", "2.0.0"
            if random() < 0.5 then
                reply = fmt("250 2.0.0 OK %d %s.%d - gsmtp", t, ident(12, ALNUM), random(1, 400))
            else
                reply = fmt("250 2.0.0 Ok: queued as %s", ident(11, "0123456789ABCDEF"))
            end
        elseif x < 0.98 then
            local k = x < 0.90 and 4 or 5
            local r = replies[k][random(#replies[k])]
            reply, domain, mx = r[1], r[2], r[3]
            status = k == 4 and "deferred" or "bounced"
            dsn = reply:match("^%d%d%d[ %-]([245]%.%d+%.%d+)") or (k .. ".0.0")
            cmd = COMMANDS[random(#COMMANDS)]
        else
            local dm = DOMAINS[random(#DOMAINS)]
            domain, mx = dm[1], dm[2]
            status, dsn = "deferred", "4.4.1"
        end
        local mip = ip()
        local rcpt = address(domain)
        if random() < 0.1 then
            line("smtp", mpid, fmt("connect to %s[%s]:25: Connection refused", mx, ip()))
        end
        line("smtp", mpid, fmt("Trusted TLS connection established to %s[%s]:25: TLSv1.3 with cipher "
                               .. "TLS_AES_256_GCM_SHA384 (256/256 bits)", mx, mip))
        local text, relay
        if reply and status == "sent" then
            text, relay = reply, fmt("%s[%s]:25", mx, mip)
        elseif reply then
            text = fmt("host %s[%s] said: %s (in reply to %s command)", mx, mip, reply, cmd)
            relay = fmt("%s[%s]:25", mx, mip)
        else
            text = fmt(NETWORK[random(#NETWORK)], mx, mip)
            relay = "none"
        end
        line("smtp", mpid, fmt("%s: to=<%s>, relay=%s, delay=%.1f, delays=%.2f/0.01/%.2f/%.2f, dsn=%s, status=%s (%s)",
                               qid, rcpt, relay, random() * 5, random(), random(), random() * 3, dsn, status, text))
    end
    line("qmgr", qpid, qid .. ": removed")
end
out:flush()
