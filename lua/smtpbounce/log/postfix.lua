-- smtpbounce.log.postfix -- Postfix delivery lines, as syslog (or
-- Postfix's own maillog_file) writes them:
--
--   Nov 28 01:02:03 mail postfix/smtp[1234]: 4ABC123DEF: to=<bob@example.com>,
--     relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6,
--     dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1
--     <bob@example.com>: Recipient address rejected (in reply to RCPT TO command))
--   2026-11-28T01:02:03.123+00:00 mail postfix/qmgr[99]: 4ABC123DEF:
--     from=<alice@example.org>, status=expired, returned to sender
--
-- (each one line).  Delivery agents smtp, lmtp and any service name (relay,
-- error, retry, "postfix/relay/smtp", "postfix-out/smtp"); the local,
-- virtual, pipe and discard agents do not speak SMTP and are skipped, as
-- are address-verification probes (status=deliverable/undeliverable).
-- The status text is read for the remote reply and the phase it answered
-- ("host X[ip] said: REPLY (in reply to RCPT TO command)", "host X[ip]
-- refused to talk to me: REPLY"), or for the MTA's own words when there
-- was no reply (connection, DNS and TLS failures, "lost connection with
-- X[ip] while ...", "conversation with X[ip] timed out while ...");
-- Postfix's "delivery temporarily suspended: " wrapper is looked through.

local lpeg = require "lpeg"
local common = require "smtpbounce.log.common"
local cache = require "smtpbounce.cache"

local P, S, R, C, Cc, Cg, Ct, Cp = lpeg.P, lpeg.S, lpeg.R, lpeg.C, lpeg.Cc,
                                   lpeg.Cg, lpeg.Ct, lpeg.Cp
local find, sub, lower, match, byte = string.find, string.sub, string.lower,
                                      string.match, string.byte
local phase_of, domain_of, syslog_iso, syslog_iso_at = common.phase_of, common.domain_of,
                                                      common.syslog_iso, common.syslog_iso_at
local search = common.search
local digit, sp = common.digit, common.sp

local _M = { _VERSION = "0.1.0", name = "postfix" }

-- time and queue id are made of characters that need no JSON escaping
_M.plain_ids = true

-- every delivery line has it; lines without it are never looked at
_M.prefilter = "status="

-- qmgr's expiry line names the queue id alone: the scanner keeps the
-- deferred recipients of each queue id until the queue file is removed
-- ("QID: removed", from qmgr or postsuper: the message left the queue)
_M.expiry_by_queue = true
_M.dequeued = ": removed"


-- longest line the "anywhere" fallback (no syslog header) searches
local MAX_SEARCH = 65536

-- agents that deliver without SMTP
local NOT_SMTP = { ["local"] = true, virtual = true, pipe = true, discard = true }

-- status=... values: delivery attempts, and probes (skipped)
local ATTEMPT = { sent = true, deferred = true, bounced = true, expired = true }
local PROBE = { deliverable = true, undeliverable = true }


-- {======================================================================
-- The grammar: one match per line (each match call has a cost), spans
-- over character sets, and positions instead of copies where Lua can
-- cut the text out later
-- =======================================================================

local function while_phase (what)
    local w = lower(what)
    if find(w, "greeting", 1, true) then return "connect" end
    if find(w, "end of data", 1, true) then return "eod" end
    if find(w, "message body", 1, true) or find(w, "message content", 1, true) then
        return "data"
    end
    local cmd = match(w, "^sending (.+)$") or match(w, "^receiving the (.-) response")
                or match(w, "^performing the (.-) handshake")
    return phase_of(cmd or w)
end

local alnum = common.alnum
-- queue ids are short (10-12 hex digits, or 15+ with long queue ids);
-- bounded, so that searching a line for one stays linear
local qid_p = Cg(C(alnum * alnum^-31), "queue_id") * ": "
local addr = "<" * C((1 - S">")^0) * ">"
local key = (R"az" + "_")^1
-- a field's value runs to the next ","; commas inside (rare) must not be
-- followed by a space
local value = (1 - S",")^0 * ("," * -sp * (1 - S",")^0)^0
local host = (1 - S"[ ,")^1
local ipaddr = (1 - S"] ")^0

local relay_p = (Cg(C(host), "relay") * "[" * Cg(C(ipaddr), "relay_ip") * "]"
               * (":" * digit^1)^-1 * #(P"," + -1))
              + Cg(C(value), "relay_raw")
local field = P"relay=" * relay_p
              + P"dsn=" * Cg(C((1 - S", ")^1), "dsn")
              + key * "=" * value

local status = ", status=" * Cg(C(R"az"^1), "mta_status")
               * ((" (" + P", ") * Cg(Cp(), "tpos"))^-1
local delivery = qid_p * "to=" * Cg(addr, "recipient")
                 * (", " * -P"status=" * field)^0 * status
local expired = qid_p * "from=" * Cg(addr, "sender") * ", status="
                * Cg(C"expired", "mta_status") * (", " * Cg(Cp(), "tpos"))^-1
local body = delivery + expired

-- any field order, unknown fields, no header we know: a table of named
-- captures (slower; the fast path below takes the usual lines)
local line = Ct(common.syslog_header * body)
-- a line without a syslog header we know (truncated, or an unusual
-- syslog format): find the body anywhere (common.search)
local anywhere = Ct(body)
local MARKERS = { ": to=", ": from=" }

--[[
The fast path: the field order Postfix writes (log_adhoc.c: to=,
[orig_to=,] relay=, [conn_use=,] delay=, delays=, dsn=, status=), and
positions and plain values as the match's results: no table, few strings.
Results: whether the line is plain (printable ASCII, no '"' or '\\':
nothing in it needs escaping in JSON), time (RFC 3339) or false, stamp
(syslog: its minute and the rest when in fixed columns, else the stamp
and false) or false, false, program, queue id, recipient, its domain
(after its last "@", or false), relay host, relay address or false, dsn,
status, position of the status text.
]]
local F = Cc(false)
local token = (1 - S" ")^1
local progname = (1 - S" [:")^1
local progtail = ("[" * digit^1 * "]")^-1 * ":" * sp
local fhead = (common.rfc3339 * F * F + F * (common.syslog_fixed + C(common.syslog_stamp) * F))
              * (sp^1 * -(progname * progtail) * token)^0 * sp^1 * C(progname) * progtail
local fvalue = (1 - S",")^0
local frelay = C(host) * "[" * C(ipaddr) * "]" * (":" * digit^1)^-1 + C(fvalue) * F
local all_plain = (R"\32\126" - S'"\\')^0 * -1
local local_part = (1 - S"@>")^0
local frcpt = "<" * C((local_part * "@")^1 * C(local_part) + local_part * F) * ">"
local fast = (#all_plain * Cc(true) + F) * fhead * C(alnum * alnum^-31) * ": to=" * frcpt
             * (", orig_to=" * addr / 0)^-1
             * ", relay=" * frelay * (", conn_use=" * digit^1)^-1
             * ", delay=" * fvalue * ", delays=" * fvalue
             * ", dsn=" * C((1 - S", ")^1) * ", status=" * C(R"az"^1) * " (" * Cp()
_M.fast = fast

-- the same values, read in C in one pass (much less work a line):
-- smtpbounce.logio's fast path, postfix_values, which gives them as
-- values rather than as the named fields of logio.postfix_line (that
-- table would cost about 5% of a scan line); fuzz_log and
-- spec/logio_spec.lua check that the three agree
local fast_match = require("smtpbounce.logio").postfix_values

--[[
The status text, read from its start: what it says, when it says
something known.  Results: the position after Postfix's "delivery
temporarily suspended: " wrapper (or of the start), then a kind and its
values:
  "said", reply position             host X[ip] said: REPLY
  "refused", host, ip, reply position  host X[ip] refused to talk to me: REPLY
  "said_helo", reply position        SASL ... server X[ip] said: REPLY
  "helo", [host, ip]                 SASL / TLS failures
  "connect", host, ip                connect to X[ip]:25: ...
  "while", host, ip, position        conversation with / lost connection with
                                     X[ip] ... while WHAT
  "coded"                            a reply with its code, no host
or no kind when the text is none of these.  The host named is the one
that answered (or did not): it replaces relay= ("none" when no
connection was made).
]]
local hostip = C(common.host) * "[" * C((1 - S"]")^0) * "]"
local same_host = common.host * "[" * (1 - S"]")^0 * "]"
local said = "host " * same_host * " said: " * Cc"said" * Cp()
local refused = "host " * Cc"refused" * hostip * " refused to talk to me: " * Cp()
local sasl = "SASL authentication failed; server " * same_host * " said: " * Cc"said_helo" * Cp()
             + "SASL authentication failed; cannot authenticate to server " * Cc"helo" * hostip
local connect = "connect to " * Cc"connect" * hostip
local conversation = ("conversation with " + P"lost connection with ") * Cc"while" * hostip
                     * (" timed out while " + P" while ") * Cp()
local tls = (P"Cannot start TLS" + "TLS is required" + "Server certificate not"
             + "TLS handshake") * Cc"helo"
local coded = #(digit * digit * digit * (sp + "-" + ")")) * Cc"coded"
local detail = (P"delivery temporarily suspended: " * Cp() + Cp())
               * (said + refused + sasl + connect + conversation + tls + coded)^-1

-- program name -> whether its lines are SMTP deliveries, kept for the
-- few names a log has (a bounded cache: a hostile log can name a new
-- program on every line); probed in place in its new generation,
-- 'agents_new', read again after each call that may swap it
local agents = cache.new(256)
local agents_new = agents.new
local function smtp_agent (prog)
    local v = agents:get(prog)
    if v == nil then
        -- the name after the last "/" (found with plain finds: "([^/]+)$"
        -- tries each start and is quadratic on a long name before a "/")
        local last, k = 0, find(prog, "/", 1, true)
        while k do last, k = k, find(prog, "/", k + 1, true) end
        v = not NOT_SMTP[sub(prog, last + 1)]
        agents:set(prog, v)
    end
    agents_new = agents.new
    return v
end

local SUFFIX = " command)"

-- "QID: removed" (qmgr, postsuper): program and queue id
local removed = fhead * C(alnum * alnum^-31) * ": removed" * P"\r"^-1 * -1

-- the queue id of a Postfix "removed" line, or nil
function _M.dequeued_id (s)
    local _, _, _, prog, qid = removed:match(s)
    if prog and find(prog, "postfix", 1, true) then return qid end
    return nil
end

-- }======================================================================


--[[
Read one line (without its newline).  Returns a record table for a
delivery attempt; nil for a line that is not one; false for a line that
looks like one ("status=" and "to=<") but cannot be read.  With 'into',
that table is filled (every field of a record replaced) and returned,
for a caller that is done with the record before it reads the next line.
]]
function _M.parse (s, into)
    local plain, time, stamp, srest, prog, qid, rcpt, rdomain, relay, rip, dsn, st, tpos =
        fast_match(s)
    local sender, domain
    if srest then time, stamp = syslog_iso_at(stamp, srest), nil end
    if plain == nil then
        local t = line:match(s)
        if not t and #s <= MAX_SEARCH then t = search(s, anywhere, MARKERS) end
        if not t then
            if find(s, "to=<", 1, true) or find(s, "status=expired", 1, true) then
                return false
            end
            return nil
        end
        time, stamp, prog, qid, rcpt = t.time, t.stamp, t.prog, t.queue_id, t.recipient
        relay, rip, dsn, st, tpos, sender = t.relay or t.relay_raw, t.relay_ip, t.dsn,
                                            t.mta_status, t.tpos, t.sender
        domain = rcpt and domain_of(rcpt) or nil
        plain = nil
    elseif rdomain and rdomain ~= "" then
        domain = lower(rdomain)
    end
    if prog then
        local smtp = agents_new[prog]
        if smtp == nil then smtp = smtp_agent(prog) end
        if not smtp then return nil end
    end
    if PROBE[st] then return nil end
    if not ATTEMPT[st] then return false end
    if relay == "none" or relay == "" then relay = nil end
    time = time or (stamp and syslog_iso(stamp)) or nil
    local rec = into
    if rec then
        rec.time, rec.queue_id, rec.recipient, rec.domain = time, qid, rcpt, domain
        rec.relay, rec.relay_ip, rec.phase, rec.mta_status = relay, rip or nil, nil, st
        rec.dsn, rec.reply, rec.text, rec.sender, rec.plain = dsn, "", nil, sender, plain or nil
        rec.classify, rec.more = nil, nil
    else
        rec = { time = time, queue_id = qid, recipient = rcpt, domain = domain,
                relay = relay, relay_ip = rip or nil, phase = nil, mta_status = st,
                dsn = dsn, reply = "", text = nil, sender = sender, plain = plain or nil }
    end
    -- the status text ends the line, in "(...)" (or after ", ")
    local n = #s
    local last = (byte(s, n) == 41) and n - 1 or n     -- ")"
    if st == "sent" then
        -- the reply itself
        if tpos then rec.reply = sub(s, tpos, last) end
        rec.phase = "eod"
        return rec
    end
    if st == "expired" then
        -- no reply: the MTA's own words
        rec.text = "status=expired" .. (tpos and ", " .. sub(s, tpos, n) or "")
        return rec
    end
    if not tpos then
        rec.text = ""
        return rec
    end
    local dpos, kind, a, b, c = detail:match(s, tpos)
    if kind == "said" or kind == "said_helo" then
        -- "... (in reply to RCPT TO command)" at the end
        local k = find(s, " (in reply to ", n - 60 > a and n - 60 or a, true)
        if k and sub(s, last - #SUFFIX + 1, last) == SUFFIX then
            rec.reply = sub(s, a, k - 1)
            rec.phase = phase_of(sub(s, k + 14, last - #SUFFIX))
        else
            rec.reply = sub(s, a, last)
        end
        if kind == "said_helo" then rec.phase = "helo" end
        return rec
    end
    if kind == "refused" then
        rec.relay, rec.relay_ip = a, b
        rec.reply, rec.phase = sub(s, c, last), "connect"
        return rec
    end
    if kind == "coded" then
        rec.reply = sub(s, dpos, last)
        return rec
    end
    -- no reply: what the MTA says instead
    if kind == "connect" then
        rec.relay, rec.relay_ip, rec.phase = a, b, "connect"
    elseif kind == "while" then
        rec.relay, rec.relay_ip = a, b
        rec.phase = while_phase(sub(s, c, last))
    elseif kind == "helo" then
        if a then rec.relay, rec.relay_ip = a, b end
        rec.phase = "helo"
    end
    rec.text = sub(s, dpos, last)
    return rec
end

return _M
