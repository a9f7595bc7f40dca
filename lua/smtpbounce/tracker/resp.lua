-- smtpbounce.tracker.resp -- a small Redis client (RESP2) for the
-- tracker's Redis store: commands sent in one write, their replies read
-- back in order (a pipeline: one round trip), every wait bounded.
--
--   local resp = require "smtpbounce.tracker.resp"
--   local c = resp.new{ host = "127.0.0.1", port = 6379, db = 0, timeout = 0.2 }
--   local replies, err = c:pipeline{ { "PING" }, { "GET", "k" } }
--   replies[1] --> "PONG"; an error reply is { err = "ERR ..." }
--   c:call("SET", "k", "v")   --> "OK" | nil, err (an error reply too)
--   c:close()
--
-- The socket comes from 'tcp' (default LuaSocket's socket.tcp); nginx
-- hands in ngx.socket.tcp with cosocket = true (this module never reads
-- the global ngx).  Both speak connect, send, receive("*l"), receive(n),
-- settimeout and close; a cosocket's settimeout is in milliseconds, and
-- it goes back to nginx's pool (setkeepalive) after each pipeline, since
-- a cosocket cannot outlive the request that made it.  A failure of the
-- connection (refused, timed out, closed) closes the socket and returns
-- nil and a message; the next call connects again.

local type, tostring, tonumber, error, setmetatable, pairs =
      type, tostring, tonumber, error, setmetatable, pairs
local fmt, sub, byte = string.format, string.sub, string.byte
local concat = table.concat

local _M = { _VERSION = "0.1.0" }

-- the deepest nesting of arrays read (the tracker's scripts return two)
local MAX_DEPTH = 8

local Client = {}
Client.__index = Client

-- one command (a list of strings and numbers) in RESP
local function encode (cmd, out)
    local n = #out
    out[n + 1] = "*" .. #cmd .. "\r\n"
    n = n + 1
    for i = 1, #cmd do
        local a = cmd[i]
        if type(a) == "number" then a = fmt("%.17g", a) else a = tostring(a) end
        out[n + 1] = "$" .. #a .. "\r\n"
        out[n + 2] = a
        out[n + 3] = "\r\n"
        n = n + 3
    end
end
_M.encode = function (cmd) local out = {}; encode(cmd, out); return concat(out) end

-- read one reply; nil, err when the connection failed
local function read (sock, depth)
    local line, err = sock:receive("*l")
    if not line then return nil, err end
    local kind, rest = byte(line, 1), sub(line, 2)
    if kind == 43 then return rest                       -- + simple string
    elseif kind == 45 then return { err = rest }         -- - error
    elseif kind == 58 then return tonumber(rest)         -- : integer
    elseif kind == 36 then                               -- $ bulk string
        local n = tonumber(rest)
        if not n then return nil, "protocol error" end
        if n < 0 then return false end
        local data, rerr = sock:receive(n + 2)
        if not data then return nil, rerr end
        return sub(data, 1, n)
    elseif kind == 42 then                               -- * array
        local n = tonumber(rest)
        if not n then return nil, "protocol error" end
        if n < 0 then return false end
        if depth >= MAX_DEPTH then return nil, "protocol error (nesting)" end
        local out = {}
        for i = 1, n do
            local v, rerr = read(sock, depth + 1)
            if v == nil then return nil, rerr end
            out[i] = v
        end
        return out
    end
    return nil, "protocol error"
end

function Client:close ()
    if self.sock then self.sock:close() end
    self.sock = nil
end

local function fail (self, sock, err)
    sock:close()
    if self.sock == sock then self.sock = nil end
    return nil, tostring(err or "closed")
end

-- a connected socket | nil, err (a cosocket is the caller's alone: two
-- requests of one worker may be in pipeline() at once)
local function connect (self)
    local made, sock, err = pcall(self.tcp)  -- (nginx: no cosockets in some phases)
    if not made or not sock then return nil, made and err or sock end
    sock:settimeout(self.cosocket and self.timeout * 1000 or self.timeout)
    local ok, cerr = sock:connect(self.host, self.port)
    if not ok then sock:close(); return nil, cerr end
    -- a pipeline is one write then a wait: without it, Nagle's algorithm
    -- and the server's delayed ACK add 40 ms to a large one (nginx sets
    -- it on its own sockets)
    if not self.cosocket then sock:setoption("tcp-nodelay", true) end
    if self.cosocket and sock.getreusedtimes and (sock:getreusedtimes() or 0) > 0 then
        return sock  -- (from nginx's pool: the database is chosen already)
    end
    if self.db ~= 0 then
        local _, werr = sock:send(_M.encode{ "SELECT", self.db })
        local v, rerr
        if not werr then v, rerr = read(sock, 0) end
        if type(v) ~= "string" then
            sock:close()
            return nil, werr or rerr or (type(v) == "table" and v.err) or "select failed"
        end
    end
    if not self.cosocket then self.sock = sock end
    return sock
end

--[[
c:pipeline(cmds) -> replies | nil, err: sends every command of 'cmds'
(each a list of strings and numbers) in one write and reads as many
replies, in order.  An error reply is a table { err = message }; a null
is false.  nil, err when the connection failed (nothing is known then of
what the server did with the commands).
]]
function Client:pipeline (cmds)
    local sock = self.sock
    if not sock then
        local cerr
        sock, cerr = connect(self)
        if not sock then return nil, tostring(cerr) end
    end
    local out = {}
    for i = 1, #cmds do encode(cmds[i], out) end
    local _, err = sock:send(concat(out))
    if err then return fail(self, sock, err) end
    local replies = {}
    for i = 1, #cmds do
        local v, rerr = read(sock, 0)
        if v == nil then return fail(self, sock, rerr) end
        replies[i] = v
    end
    if self.cosocket then sock:setkeepalive(self.keepalive, self.pool) end
    return replies
end

-- c:call(...) -> the reply | nil, err (an error reply: nil, its message)
function Client:call (...)
    local r, err = self:pipeline{ { ... } }
    if not r then return nil, err end
    if type(r[1]) == "table" and r[1].err then return nil, r[1].err end
    return r[1]
end

-- (the kinds of number: what each must be)
local NUMBERS = { count = "a positive whole number", whole = "a whole number, 0 or more",
                  port = "a port number, 1 to 65535", seconds = "a positive number of seconds",
                  pause = "a number of seconds, 0 or more" }

local function number_ok (kind, v)
    if v ~= v or v == math.huge or v == -math.huge then return false end
    if kind == "count" then return v >= 1 and v % 1 == 0 end
    if kind == "whole" then return v >= 0 and v % 1 == 0 end
    if kind == "port" then return v >= 1 and v <= 65535 and v % 1 == 0 end
    if kind == "seconds" then return v > 0 end
    return v >= 0  -- pause
end

-- the options table of a new(): every key known to 'known' (name ->
-- type, or the kind of number: NUMBERS) and of that type, else an
-- error blaming new()'s caller
function _M.check_options (opts, known)
    for k, v in pairs(opts) do
        local want = known[k]
        if not want then
            error("bad argument #1 to 'new' (unknown option '" .. tostring(k) .. "')", 3)
        end
        local kind = NUMBERS[want] and want
        if type(v) ~= (kind and "number" or want) or kind and not number_ok(kind, v) then
            error(fmt("bad argument #1 to 'new' (option '%s' must be %s)", k,
                      kind and NUMBERS[kind] or "a " .. want), 3)
        end
    end
end

local OPTS = { host = "string", port = "port", db = "whole", timeout = "seconds",
               tcp = "function", cosocket = "boolean", keepalive = "whole", pool = "count" }

--[[
resp.new{ host = "127.0.0.1", port = 6379, db = 0, timeout = 0.2 (seconds,
each connect, send and receive), tcp = socket.tcp, cosocket = false,
keepalive = 10000 (ms, cosockets), pool = 16 (cosockets) }
]]
function _M.new (opts)
    opts = opts or {}
    if type(opts) ~= "table" then
        error("bad argument #1 to 'new' (table expected, got " .. type(opts) .. ")", 2)
    end
    _M.check_options(opts, OPTS)
    local tcp = opts.tcp
    if not tcp then tcp = require("socket").tcp end
    return setmetatable({ host = opts.host or "127.0.0.1", port = opts.port or 6379,
                          db = opts.db or 0, timeout = opts.timeout or 0.2, tcp = tcp,
                          cosocket = opts.cosocket or false, keepalive = opts.keepalive or 10000,
                          pool = opts.pool or 16 }, Client)
end


return _M
