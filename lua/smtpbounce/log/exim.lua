-- smtpbounce.log.exim -- Exim main log delivery lines:
--
--   2024-01-15 10:23:46 1rPQxY-0001Ab-CD => bob@example.com R=dnslookup
--     T=remote_smtp H=mx.example.com [192.0.2.1] X=TLS1.3:...:256 CV=yes
--     C="250 2.0.0 OK 1705314226 a1si2 - gsmtp"
--   2024-01-15 10:23:46 1rPQxY-0001Ab-CD == bob@example.com R=dnslookup
--     T=remote_smtp defer (-44) H=mx.example.com [192.0.2.1]: SMTP error
--     from remote mail server after RCPT TO:<bob@example.com>: 451 4.7.1 ...
--   2012-02-13 14:39:22 1RookS-000Pg8-VO ** bob@example.com: retry timeout exceeded
--
-- (each one line).  "=>" and "->" (delivered; without a host, a local
-- delivery, skipped), "==" (deferred), "**" (failed; expired when Exim
-- gave up because retries ran out); "*>" (-N) and "<=" are skipped.  Optional
-- pieces Exim's log_selector adds are read or skipped: milliseconds, a
-- time zone, "[pid]", the parent address "<alias@x>", R= T= H= X= CV= DN=
-- C= K QT= DT= S= F= P= I= fields, a ":port" after the host address;
-- both message-id formats (Exim < 4.97 and later); a syslog header in
-- front when Exim logs to syslog.  The reply is the text after "SMTP error
-- from remote mail server after CMD: [host H [ip]: ]" (or "...remote
-- mailer...", "LMTP error after CMD: "); Exim writes the lines of a
-- multi-line reply joined by the two characters "\n", which the
-- classifier is given as real line breaks.

local lpeg = require "lpeg"
local common = require "smtpbounce.log.common"

local P, S, C, Cc, Cg, Ct = lpeg.P, lpeg.S, lpeg.C, lpeg.Cc, lpeg.Cg, lpeg.Ct
local find, gsub = string.find, string.gsub
local phase_of, domain_of = common.phase_of, common.domain_of
local digit, sp, alnum = common.digit, common.sp, common.alnum

local _M = { _VERSION = "0.1.0", name = "exim" }

-- time and queue id are made of characters that need no JSON escaping
_M.plain_ids = true

-- no cheap substring is shared by every delivery line and rare elsewhere;
-- the grammar's first pieces (time, message id, flag) fail fast instead
_M.prefilter = nil

local STATUS = { ["=>"] = "sent", ["->"] = "sent", ["=="] = "deferred", ["**"] = "bounced" }


-- {======================================================================
-- The line
-- =======================================================================

local function exim_iso (d, t, z)
    if z ~= "" then
        z = z:sub(1, 3) .. ":" .. z:sub(4)
    end
    return d .. "T" .. t .. z
end

local zone = sp * C(S"+-" * digit * digit * digit * digit)
local ts = (C(common.date) * sp * C(common.hms * common.frac) * (zone + Cc"")) / exim_iso
local pid = sp * "[" * digit^1 * "]"
-- 1rPQxY-0001Ab-CD (6-6-2) and, since 4.97, 1rvlMJ-00000000C1o-17 (6-11-4)
local msgid = alnum * alnum^-7 * "-" * alnum * alnum^-15 * "-" * alnum * alnum^-5
local flag = P"=>" + "->" + "==" + "**"

local prefix = (common.syslog_header)^-1 * Cg(ts, "time") * pid^-1 * sp
               * Cg(C(msgid), "queue_id") * sp * Cg(C(flag), "flag") * sp

-- the address, and the parent ("<alias@example.org>") when there is one
-- a value ends at a space, or at a ":" that ends the fields (": message")
local plain = ((1 - S": ")^1 + (":" * -(sp + -1)))^1
local address = Cg(C(plain), "recipient") * (" <" * (1 - P">")^0 * ">")^-1
local quoted = '"' * ((1 - S'"\\')^1 + ("\\" * P(1)))^0 * '"'
local hostname = (1 - S" [:")^1
local hfield = "H=" * (Cg(C(hostname), "relay") * sp)^-1
               * "[" * Cg(C((1 - P"]")^0), "relay_ip") * "]" * (":" * digit^1)^-1
               + "H=" * Cg(C(hostname), "relay")
local cfield = 'C="' * Cg(C(((1 - S'"\\')^1 + ("\\" * P(1)))^0), "confirm") * '"'
local field = hfield + cfield
              + (alnum + "*")^1 * "=" * (quoted + plain)
              + "defer (" * (S"-+"^-1 * digit^1) * ")"
              + plain
local message = ":" * sp^0 * Cg(C(P(1)^0), "message")

local line = Ct(prefix * address * (sp * field)^0 * message^-1 * -1)

-- }======================================================================


-- {======================================================================
-- The message after the fields
-- =======================================================================

local host_ip = "host " * Cg(C(hostname), "relay") * " [" * Cg(C((1 - P"]")^0), "relay_ip")
                * "]" * (":" * digit^1)^-1 * ": "
local command = Cg(C((1 - P": ")^1) / phase_of, "phase")
local smtp_error = "SMTP error from remote mail" * (P" server" + "er") * " after "
                   * command * ": " * host_ip^-1 * Cg(C(P(1)^0), "reply")
local lmtp_error = "LMTP error after " * command * ": " * Cg(C(P(1)^0), "reply")
local timeout = ("SMTP timeout after " + P"Remote host closed connection in response to ")
                * command
-- "No route to host H=mx.example.net [192.0.2.1]: ..." (Exim 4.9x puts
-- the host after the error)
local late_host = (1 - P" H=")^0 * " H=" * (Cg(C(hostname), "relay") * sp)^-1
                  * "[" * Cg(C((1 - P"]")^0), "relay_ip") * "]"
local detail = Ct(smtp_error + lmtp_error + timeout + late_host)

-- a message id and a delivery flag anywhere in a line the grammar did not
-- read: the first such pair's flag (the line looks like a delivery line).
-- Such a pair starts at the last of a run of letters and digits: the line
-- is read a run at a time.
local id_flag = "-" * alnum^1 * "-" * alnum^1 * sp * C(S"=-*" * S"=>*") * sp
local first_flag = (alnum^1 * -id_flag + (1 - alnum)^1)^0 * alnum^1 * id_flag

-- "**" lines that say the retry period is over
local function expired (msg)
    return find(msg, "retry timeout exceeded", 1, true)
           or find(msg, "after a long failure period", 1, true)
           or find(msg, "have been failing for a long time", 1, true)
end

-- }======================================================================


--[[
Read one line.  Returns a record for a delivery line, nil for a line that
is not one, false for one that looks like one (time, message id and a
delivery flag) but cannot be read.
]]
function _M.parse (s)
    local t = line:match(s)
    if not t then
        -- a message id and a delivery flag ("*>": delivery suppressed, -N)
        -- (a flag ends in "=", ">" or "*", then a space)
        local f = (find(s, "= ", 1, true) or find(s, "> ", 1, true) or find(s, "* ", 1, true))
                  and first_flag:match(s)
        if f and f ~= "*>" then return false end
        return nil
    end
    local st = STATUS[t.flag]
    local rec = {
        time = t.time, queue_id = t.queue_id, recipient = t.recipient,
        domain = domain_of(t.recipient), mta_status = st,
        relay = t.relay, relay_ip = t.relay_ip, reply = "",
    }
    local msg = t.message
    if st == "sent" then
        -- no remote host: a local delivery (appendfile, pipe), not SMTP
        if not t.relay and not t.relay_ip then return nil end
        rec.reply, rec.phase = t.confirm or "", "eod"
        if t.confirm and find(t.confirm, '\\"', 1, true) then
            rec.reply = gsub(t.confirm, '\\"', '"')
        end
        return rec
    end
    if not msg or msg == "" then
        if st == "bounced" then return false end
        msg = ""
    end
    if st == "bounced" and expired(msg) then rec.mta_status = "expired" end
    local d = detail:match(msg)
    if d then
        rec.reply, rec.phase = d.reply or "", d.phase
        if d.relay then rec.relay = d.relay end
        if d.relay_ip then rec.relay_ip = d.relay_ip end
    end
    rec.text = msg
    if rec.reply ~= "" and find(rec.reply, "\\n", 1, true) then
        -- Exim's "\n" between the lines of a multi-line reply
        rec.classify = gsub(rec.reply, "\\n", "\n")
    end
    return rec
end

return _M
