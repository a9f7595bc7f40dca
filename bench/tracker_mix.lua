-- bench/tracker_mix.lua -- the reply mix both tracker benchmarks
-- (bench/tracker.lua, bench/redis.lua) observe: 80% deliveries, 10%
-- mailbox-full deferrals, 5% Yahoo TSS04 deferrals, 3% unknown users, 2%
-- Gmail rate limits, from 8 sending IPs, 20 observations a second of the
-- caller's time from T0.  Each reply is classified once, here.

local smtpbounce = require "smtpbounce"

local M = { T0 = 1764892800 }

local YMX = "mta5.am0.yahoodns.net"
local r = {
    ok = smtpbounce.classify("250 2.0.0 OK"),
    full = smtpbounce.classify("452 4.2.2 Over Quota"),
    tss04 = smtpbounce.classify("421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred "
                                .. "due to unexpected volume or user complaints", { mx = YMX }),
    nouser = smtpbounce.classify("550 5.1.1 user unknown"),
    gmail = smtpbounce.classify("421 4.7.28 Gmail has detected an unusual rate of unsolicited "
                                .. "email originating from your SPF domain example.com.",
                                { mx = "gmail-smtp-in.l.google.com" }),
}

-- by_slot[i % 100]: the result observation i records
M.by_slot = {}
for i = 0, 99 do
    M.by_slot[i] = i < 80 and r.ok or i < 90 and r.full or i < 95 and r.tss04
                   or i < 98 and r.nouser or r.gmail
end

-- ips[i % 8]: the sending IP of observation i
M.ips = {}
for i = 0, 7 do M.ips[i] = "192.0.2." .. (10 + i) end

return M
