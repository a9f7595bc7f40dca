-- smtpbounce.scan.fleet -- `scan --state redis://...`: a scan state whose
-- tracker is the fleet's (smtpbounce.tracker.redis), for scan.state.
--
--   fleet.is_url(s)                       -- a redis:// URL?
--   fleet.open(url, kind, state.open)     -- the state, or nil, message
--   fleet.note(st)                        -- what the run met, or nil

local tracker = require "smtpbounce.tracker"
local redis = require "smtpbounce.tracker.redis"

local fmt, tostring = string.format, tostring

local _M = { _VERSION = "0.1.0" }

_M.is_url = redis.is_url

--[[
open("redis://HOST:PORT/DB?prefix=P&host=H&file=F&spool=S"): a scan
state whose tracker is the fleet's (smtpbounce.tracker.redis, keys under
P), while what is this host's alone (file offsets, queue ids, the
summary) stays in the local state file F (default
".smtpbounce-P-H.state" in the current directory), so that the host
resumes its own logs even when the server is down.  H names the host
(default: the host name); its events are H/RUN:SEQ, so a run that is
stopped before it saves and read again sends the same events, which the
server keeps once.  Events the server cannot take go to the spool S
(default F.spool) and are sent by a later run.
]]
function _M.open (url, kind, open_file)
    if kind ~= "scan" then
        return nil, url .. ": mail --state takes a file (the mail reader keeps no tracker)"
    end
    local o, err = redis.parse_url(url)
    if not o then return nil, err end
    local host = o.host_id or redis.host_name()
    local file = o.file or fmt(".smtpbounce-%s-%s.state", o.prefix or "smtpbounce", host)
    local st, ferr = open_file(file, kind)
    if not st then return nil, ferr end
    o.host_id, o.file = nil, nil
    o.spool = o.spool or file .. ".spool"
    o.node = fmt("%s/%d", host, st.runs)
    st.url, st.store = url, redis.new(o)
    st.tracker = tracker.new{ store = st.store }
    return st
end

-- what the store met in this run (errors, the spool, a server that lost
-- its data), or nil when nothing went wrong
function _M.note (st)
    local x = st.store:stats()
    if x.errors == 0 and x.spooled == 0 and x.replayed == 0 and x.resent == 0 then return nil end
    return fmt("%s: %s; %d errors, %d events spooled, %d sent from the spool, %d sent again "
               .. "(the server lost its data)", st.url, x.state == "ok" and "reachable"
               or "unreachable (" .. tostring(st.store.last_error) .. ")",
               x.errors, x.spooled, x.replayed, x.resent)
end

return _M
