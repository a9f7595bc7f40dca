-- smtpbounce.log.common -- pieces the mail-log grammars share: LPeg
-- patterns for timestamps, hosts and SMTP commands, and the conversions
-- from what a log says to smtpbounce's vocabulary (SMTP phase, time).
-- Everything here is compiled once, at load.
--
-- Times: every grammar hands back ISO 8601 text ("2026-11-28T01:02:03",
-- with a fraction and a zone when the log has them).  Syslog timestamps
-- ("Nov 28 01:02:03") carry no year: the current year is assumed
-- (_M.year; a log of December read in January gets the wrong year).

local lpeg = require "lpeg"
local cache = require "smtpbounce.cache"

local P, S, R, C, Cg = lpeg.P, lpeg.S, lpeg.R, lpeg.C, lpeg.Cg
local tonumber, type, ipairs, os_time, os_date = tonumber, type, ipairs, os.time, os.date
local fmt, lower, sub, find, byte, match = string.format, string.lower, string.sub,
                                           string.find, string.byte, string.match

local _M = { _VERSION = "0.1.0" }

-- the year assumed for syslog timestamps (they have none)
_M.year = tonumber(os_date("%Y"))

-- ISO text of syslog minutes ("Nov  8 01:02" -> "2026-11-08T01:02"),
-- and its new generation (read again after each call that may swap it)
local minutes = cache.new(4096)
local minutes_new = minutes.new
local last_stamp, last_iso

function _M.set_year (y)
    _M.year = y or tonumber(os_date("%Y"))
    minutes:flush()
    minutes_new = minutes.new
    last_stamp, last_iso = nil, nil
end


-- {======================================================================
-- Patterns
-- =======================================================================

local digit = R"09"
local sp = P" "
_M.digit, _M.sp = digit, sp
_M.alnum = R("09", "AZ", "az")

local MONTHS = { Jan = "01", Feb = "02", Mar = "03", Apr = "04", May = "05",
                 Jun = "06", Jul = "07", Aug = "08", Sep = "09", Oct = "10",
                 Nov = "11", Dec = "12" }
local month = P(false)
for name in pairs(MONTHS) do month = month + P(name) end

local hms = digit * digit * ":" * digit * digit * ":" * digit * digit
local frac = ("." * digit^1)^-1

-- "Nov 28 01:02:03", "Nov  8 01:02:03", "Nov 28 01:02:03.123456"
_M.syslog_stamp = month * sp^1 * digit * digit^-1 * sp * hms * frac

-- ISO text of a syslog stamp.  The same stamp as the line before (lines
-- of one second follow each other): the same text again.  The usual
-- layout ("Nov  8 01:02:03", fixed columns) is converted a minute at a
-- time: one table lookup and one concatenation per line; other layouts
-- in full.

-- ISO text of a syslog stamp's first 12 bytes ("Nov  8 01:02"), or nil
local function minute_iso (minute)
    local prefix = minutes_new[minute]
    if prefix then return prefix end
    prefix = minutes:get(minute)
    if not prefix then
        local mon, day, hm = match(minute, "^(%a%a%a) +(%d%d?) (%d%d:%d%d)$")
        if not mon then return nil end
        prefix = fmt("%04d-%s-%02dT%s", _M.year, MONTHS[mon], tonumber(day), hm)
        minutes:set(minute, prefix)
    end
    minutes_new = minutes.new
    return prefix
end

local function stamp_iso (stamp)
    if byte(stamp, 7) == 32 and byte(stamp, 10) == 58 and byte(stamp, 13) == 58 then
        local prefix = minute_iso(sub(stamp, 1, 12))
        return prefix and prefix .. sub(stamp, 13)
    end
    local mon, day, rest = match(stamp, "^(%a%a%a) +(%d%d?) (.*)$")
    if not mon then return nil end
    return fmt("%04d-%s-%02dT%s", _M.year, MONTHS[mon], tonumber(day), rest)
end

function _M.syslog_iso (stamp)
    if stamp ~= last_stamp then
        last_stamp, last_iso = stamp, stamp_iso(stamp)
    end
    return last_iso
end

-- the usual layout, fixed columns ("Nov 28 01:02:03", "Nov  8 01:02:03",
-- with a fraction or not), as two captures for syslog_iso_at: the minute
-- ("Nov 28 01:02") and the rest (":03.123")
_M.syslog_fixed = C(month * sp * (sp * digit + digit * digit) * sp * digit * digit * ":"
                    * digit * digit) * C(":" * digit * digit * frac)

-- ISO text of a stamp captured with syslog_fixed (as syslog_iso's)
function _M.syslog_iso_at (minute, rest)
    local prefix = minute_iso(minute)
    return prefix and prefix .. rest
end

-- "2026-11-28T01:02:03.123456+00:00" (RFC 3339, as rsyslog and journald
-- write it), kept as it is
local date = digit * digit * digit * digit * "-" * digit * digit * "-" * digit * digit
local zone = P"Z" + S"+-" * digit * digit * (P":"^-1) * digit * digit
_M.rfc3339 = C(date * "T" * hms * frac * zone^-1)
_M.date, _M.hms, _M.frac = date, hms, frac

-- a syslog line's header: timestamp, then any tokens (host name, level,
-- facility) up to the program, "name[pid]: " or "name: ".  Named
-- captures (for a table capture): time (RFC 3339 stamps) or stamp
-- (syslog's, for syslog_iso), and prog.  Linear: each token is looked at
-- once.
local token = (1 - S" ")^1
local progname = (1 - S" [:")^1
local prog = progname * ("[" * digit^1 * "]")^-1 * ":" * sp
_M.syslog_header = (Cg(_M.rfc3339, "time") + Cg(C(_M.syslog_stamp), "stamp"))
                   * (sp^1 * -prog * token)^0 * sp^1
                   * Cg(C(progname), "prog") * ("[" * digit^1 * "]")^-1 * ":" * sp

-- at most this many places of a line are tried by search()
_M.SEARCH_TRIES = 16

local function is_alnum (b)
    return b and ((b >= 48 and b <= 57) or (b >= 65 and b <= 90) or (b >= 97 and b <= 122))
end

--[[
The captures of 'body' (an LPeg pattern that starts with a queue id of at
most 32 letters and digits, then one of the plain strings in 'markers',
such as ": to=") at the first place in s where it matches, for lines
without a syslog header the grammar knows.  The places tried are those
of the markers, SEARCH_TRIES of them at most: LPeg's (1 - body)^0 * body
would try every position, and since a body can read to the end of the
line before it fails (an address without its ">"), that is quadratic on a
line of many "QID: to=<" pieces.  nil when none matched.
]]
function _M.search (s, body, markers)
    local at, tries = {}, 0
    for i, m in ipairs(markers) do at[i] = find(s, m, 1, true) or false end
    while tries < _M.SEARCH_TRIES do
        local k, which = false, nil
        for i = 1, #markers do
            if at[i] and (not k or at[i] < k) then k, which = at[i], i end
        end
        if not k then return nil end
        at[which] = find(s, markers[which], k + 1, true) or false
        local start = k
        while start > k - 32 and is_alnum(byte(s, start - 1)) do start = start - 1 end
        if start < k then
            tries = tries + 1
            local t = body:match(s, start)
            if t then return t end
        end
    end
    return nil
end

-- the ISO time of a table captured with syslog_header
function _M.header_time (t)
    return t.time or (t.stamp and _M.syslog_iso(t.stamp))
end

-- "mx.example.com[192.0.2.1]" (Postfix's host[address] form)
_M.host = (1 - S"[ ")^1
_M.bracketed = "[" * C((1 - S"] ")^0) * "]"

-- }======================================================================


-- {======================================================================
-- SMTP commands and what phase they belong to
-- =======================================================================

local COMMAND_PHASE = {
    ["rcpt"] = "rcpt", ["rcpt to"] = "rcpt",
    ["mail"] = "mail", ["mail from"] = "mail",
    ["data"] = "data", ["bdat"] = "data",
    ["end of data"] = "eod", ["end of data command"] = "eod", ["."] = "eod",
    ["end of data block"] = "eod", ["sending data block"] = "eod",
    ["ehlo"] = "helo", ["helo"] = "helo", ["lhlo"] = "helo",
    ["starttls"] = "helo", ["auth"] = "helo", ["xforward"] = "helo",
    ["initial connection"] = "connect", ["greeting"] = "connect",
    ["banner"] = "connect", ["connect"] = "connect",
    -- the phase names themselves (JSON logs may already use them)
    ["eod"] = "eod", ["rcpt_to"] = "rcpt", ["mail_from"] = "mail",
}

--[[
The SMTP phase of a command as logs name it: "RCPT TO", "RCPT TO:<a@b>",
"pipelined end of data", "MAIL FROM:<> SIZE=1234", "end of DATA",
"EHLO mx.example.com", "." (KumoMTA's end of data).  nil when unknown.
]]
function _M.phase_of (cmd)
    if type(cmd) ~= "string" or cmd == "" then return nil end
    local c = lower(cmd)
    local direct = COMMAND_PHASE[c]
    if direct then return direct end
    if sub(c, 1, 10) == "pipelined " then c = sub(c, 11) end
    if find(c, "^rcpt") then return "rcpt" end
    if find(c, "^mail") then return "mail" end
    if find(c, "end of data", 1, true) then return "eod" end
    if find(c, "^data") or find(c, "^bdat") then return "data" end
    if find(c, "^[ehl]hlo") or find(c, "^starttls") or find(c, "^auth")
       or find(c, "tls", 1, true) then
        return "helo"
    end
    if find(c, "greeting", 1, true) or find(c, "^initial") or find(c, "^connect") then
        return "connect"
    end
    return COMMAND_PHASE[c]
end

-- the recipient's domain, lower case ("<Bob@Example.COM>" -> "example.com")
function _M.domain_of (addr)
    if not addr then return nil end
    local at = find(addr, "@", 1, true)
    if not at then return nil end
    while true do                      -- the last "@"
        local more = find(addr, "@", at + 1, true)
        if not more then break end
        at = more
    end
    local d = sub(addr, at + 1)
    if byte(d, -1) == 62 then d = sub(d, 1, -2) end    -- ">"
    if d == "" then return nil end
    return lower(d)
end

-- "(text)" -> "text" (Postfix's status text), tolerating a missing ")"
function _M.unparen (s)
    if byte(s, -1) == 41 then return sub(s, 1, -2) end  -- ")"
    return s
end

-- }======================================================================


-- {======================================================================
-- Times (for --since)
-- =======================================================================

-- days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
-- days_from_civil)
local function days_from_civil (y, m, d)
    if m <= 2 then y = y - 1 end
    local era = (y >= 0 and y or y - 399)
    era = (era - era % 400) / 400
    local yoe = y - era * 400
    local mp = (m + 9) % 12
    local doy = (153 * mp + 2 - (153 * mp + 2) % 5) / 5 + d - 1
    local doe = yoe * 365 + (yoe - yoe % 4) / 4 - (yoe - yoe % 100) / 100 + doy
    return era * 146097 + doe - 719468
end

-- the days of each month (February's 29th: leap years only)
local DAYS = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

--[[
Seconds since the epoch of an ISO 8601 date or date-time: "2026-11-28",
"2026-11-28T01:02:03", "2026-11-28 01:02:03.5", with "Z", "+01:00" or
"+0100".  Without a zone the time is local (as syslog timestamps are).
Returns nil for text that is not such a time.
]]
function _M.epoch (s)
    if type(s) ~= "string" then return nil end
    local y, mo, d, rest = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)(.*)$")
    if not y then return nil end
    y, mo, d = tonumber(y), tonumber(mo), tonumber(d)
    if mo < 1 or mo > 12 or d < 1 or d > DAYS[mo] then return nil end
    if mo == 2 and d == 29 and (y % 4 ~= 0 or (y % 100 == 0 and y % 400 ~= 0)) then return nil end
    local h, mi, se, z = 0, 0, 0, nil
    if rest ~= "" then
        local hh, mm, ss, tail = rest:match("^[T ](%d%d):(%d%d):?(%d?%d?)(.*)$")
        if not hh then return nil end
        h, mi, se = tonumber(hh), tonumber(mm), tonumber(ss) or 0
        tail = tail:gsub("^%.%d+", "")
        tail = tail:gsub("^ ", "")
        if tail == "Z" or tail == "z" then
            z = 0
        elseif tail ~= "" then
            local sign, zh, zm = tail:match("^([+-])(%d%d):?(%d%d)$")
            if not sign then return nil end
            z = (tonumber(zh) * 60 + tonumber(zm)) * 60
            if sign == "-" then z = -z end
        end
        if h > 23 or mi > 59 or se > 60 then return nil end
    end
    if z then
        return days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - z
    end
    return os_time{ year = y, month = mo, day = d, hour = h, min = mi, sec = se }
end

-- the seconds of 1000-01-01 and of 9999-12-31T23:59:59: the years of
-- four digits
local MIN_TIME, MAX_TIME = -30610224000, 253402300799

-- "2026-11-28T01:02:03Z" for seconds since the epoch (JSON logs' numbers);
-- nil for a number that is no such time (NaN, infinities, years past
-- 9999, which os.date raises on, and before 1000)
function _M.iso_utc (t)
    if type(t) ~= "number" or not (t >= MIN_TIME and t <= MAX_TIME) then return nil end
    return os_date("!%Y-%m-%dT%H:%M:%SZ", t - t % 1)
end

-- }======================================================================


return _M
