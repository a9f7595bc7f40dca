-- smtpbounce.log.sendmail -- Sendmail recipient ("to=") lines:
--
--   Oct  3 15:40:44 host sm-mta[9471]: 093DecOR009469: to=<bob@example.com>,
--     delay=00:00:06, xdelay=00:00:06, mailer=esmtp, pri=120592,
--     relay=mail.example.com. [192.0.2.1], dsn=5.0.0, stat=Service unavailable
--
-- (one line).  stat= says what Sendmail decided: "Sent (REMOTE TEXT)"
-- (the remote reply after its code), "Deferred: 421 4.7.0 REPLY" or
-- "Deferred: Connection refused by mx.example.com.", or, for a failure,
-- Sendmail's own words for the DSN ("User unknown").  When the logged text
-- has no reply code, the classifier is given the dsn= code in front of it
-- ("5.1.1 User unknown"): that is what Sendmail decided the reply meant,
-- unless the text names an enhanced status of its own ("(#5.1.3)").
-- A to= list ("to=<a@x>,<b@x>") gives one attempt per address.  Local
-- and program mailers (mailer=local, prog) and "stat=queued" are skipped;
-- dsn=4.4.7 or 5.4.7 (delivery time expired) reads as expired.

local lpeg = require "lpeg"
local common = require "smtpbounce.log.common"

local P, R, C, Cg, Ct = lpeg.P, lpeg.R, lpeg.C, lpeg.Cg, lpeg.Ct
local find, sub, match, gmatch, byte = string.find, string.sub, string.match,
                                       string.gmatch, string.byte
local domain_of = common.domain_of

local _M = { _VERSION = "0.1.0", name = "sendmail" }

-- time and queue id are made of characters that need no JSON escaping
_M.plain_ids = true

_M.prefilter = "stat="

local NOT_SMTP = { ["local"] = true, prog = true, ["*file*"] = true, ["*include*"] = true }


-- {======================================================================
-- The line
-- =======================================================================

local alnum = common.alnum
local qid = Cg(C(alnum * alnum^-31), "queue_id") * ": "
local key = (R"az" + "_")^1
-- a value runs to the next ", key=" (a span up to each comma)
local value = ((1 - P",")^1 + ("," * -(" " * key * "=")))^0
local field = P"relay=" * Cg(C(value), "relay_raw")
              + P"dsn=" * Cg(C(value), "dsn")
              + P"mailer=" * Cg(C(value), "mailer")
              + key * "=" * value
local body = qid * "to=" * Cg(C(value), "to") * (", " * -P"stat=" * field)^0
             * ", stat=" * Cg(C(P(1)^0), "stat")

local line = Ct(common.syslog_header * body)
-- a line without a syslog header we know: the body anywhere (common.search)
local anywhere = Ct(body)
local MARKERS = { ": to=" }

local MAX_SEARCH = 65536

-- a reply that starts with its code: "421 ...", "452-4.2.2 ...", "250"
local CODED = "^[2-5]%d%d[ %-]"
-- an enhanced status of the text's own ("(#5.1.3)", qmail's form)
local STATUS = "[245]%.%d%d?%d?%.%d%d?%d?"

-- }======================================================================


-- "mx.example.com. [192.0.2.1]", "[192.0.2.1] [192.0.2.1]", "mx.example.com."
local function relay_of (v)
    if not v then return nil end
    local h, ip = match(v, "^(%S+)%s+%[([^%]]*)%]")
    h = h or match(v, "^(%S+)")
    if h and byte(h, 1) == 91 then h = nil end        -- "[ip]": no name
    if h and byte(h, -1) == 46 then h = sub(h, 1, -2) end  -- trailing "."
    if not ip and not h then ip = match(v, "^%[([^%]]*)%]") end
    return h, ip
end

-- "<a@x>,<b@x>" -> { "a@x", "b@x" }: each item without its spaces and
-- one pair of "<>" (found with find, not "^%s*<?(.-)>?%s*$": that one
-- backtracks in quadratic time over "a <spaces> b")
local function addresses (v)
    local list = {}
    for a in gmatch(v, "[^,]+") do
        local i = find(a, "%S")
        if i then
            local j = #a
            while find(a, "^%s", j) do j = j - 1 end
            if byte(a, i) == 60 then i = i + 1 end            -- "<"
            if j >= i and byte(a, j) == 62 then j = j - 1 end  -- ">"
            if j >= i then list[#list + 1] = sub(a, i, j) end
        end
    end
    return list
end

--[[
Read one line.  Returns a record (with 'more', a list of further
recipients, for a to= list), nil for a line that is not a delivery
attempt, false for one that looks like one but cannot be read.
]]
function _M.parse (s)
    local t = line:match(s)
    if not t and #s <= MAX_SEARCH then t = common.search(s, anywhere, MARKERS) end
    if not t then
        if find(s, ": to=", 1, true) and find(s, "stat=", 1, true) then return false end
        return nil
    end
    if t.mailer and NOT_SMTP[t.mailer] then return nil end
    local stat, dsn = t.stat, t.dsn
    local rec = { time = common.header_time(t), queue_id = t.queue_id, dsn = dsn, reply = "" }
    rec.relay, rec.relay_ip = relay_of(t.relay_raw)
    if find(stat, "^Sent") then
        rec.mta_status, rec.phase = "sent", "eod"
        rec.reply = match(stat, "^Sent %((.*)%)$") or ""
    elseif find(stat, "^Deferred") then
        rec.mta_status = "deferred"
        local rest = match(stat, "^Deferred:?%s*(.*)$")
        if find(rest, CODED) then rec.reply = rest end
    elseif find(stat, "^queued") or stat == "" then
        return nil
    else
        rec.mta_status = "bounced"
        if find(stat, CODED) then rec.reply = stat end
    end
    if dsn and find(dsn, "^[45]%.4%.7") then rec.mta_status = "expired" end
    rec.text = stat
    if not find(rec.reply, CODED) then
        -- no reply code logged: give the classifier the DSN code Sendmail
        -- chose, unless the text names a status of its own (the remote
        -- server's "(#5.1.3)" says more than Sendmail's "dsn=5.0.0")
        local words = rec.reply ~= "" and rec.reply or stat
        rec.classify = dsn and not find(words, STATUS) and (dsn .. " " .. words) or words
    end
    local list = addresses(t.to)
    if #list == 0 then return false end
    rec.recipient = list[1]
    rec.domain = domain_of(list[1])
    if #list > 1 then
        rec.more = {}
        for i = 2, #list do rec.more[#rec.more + 1] = list[i] end
    end
    return rec
end

return _M
