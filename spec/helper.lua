-- spec/helper.lua -- loaded by busted before the specs (see .busted).
-- Puts the checkout's Lua modules and the C module built for the running
-- interpreter first on the search paths, so the same specs run under
-- lua5.1 .. lua5.4 and LuaJIT (`make LUA=lua5.1 && busted --lua=lua5.1`).
-- Specs get the small shared tools below with `require "spec.helper"`.

local jit = rawget(_G, "jit")
local version = jit and "luajit" or ("lua" .. _VERSION:match("%d+%.%d+"))

local M = { version = version, build = "build/" .. version }

if not package.path:find("^lua/%?%.lua;") then
    package.path = "lua/?.lua;lua/?/init.lua;" .. package.path
    package.cpath = M.build .. "/?.so;" .. package.cpath
end

-- the interpreter the CLI runs under: $LUA, else the one running the specs
M.lua = os.getenv("LUA")
if M.lua == nil or M.lua == "" then M.lua = version end

function M.shell_quote (s)
    return "'" .. s:gsub("'", "'\\''") .. "'"
end

function M.read_file (path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

function M.write_file (path, s)
    local f = assert(io.open(path, "wb"))
    f:write(s)
    f:close()
    return path
end

-- a temporary file holding 's'; returns its name
function M.temp_file (s)
    return M.write_file(os.tmpname(), s or "")
end

--[[
Run bin/smtpbounce with the list 'args' (strings, shell-quoted here) and
'stdin' (a string, or nil for /dev/null).  Returns exit status, stdout,
stderr.  Works on Lua 5.1 too: the status comes back through the shell.
]]
function M.cli (args, stdin)
    local inp = M.temp_file(stdin or "")
    local out, err = os.tmpname(), os.tmpname()
    local parts = { M.lua, "bin/smtpbounce" }
    for _, a in ipairs(args or {}) do parts[#parts + 1] = M.shell_quote(a) end
    local cmd = table.concat(parts, " ") .. " <" .. M.shell_quote(inp)
                .. " >" .. M.shell_quote(out) .. " 2>" .. M.shell_quote(err)
                .. "; echo $?"
    local p = assert(io.popen(cmd, "r"))
    local status = tonumber(p:read("*a"):match("%d+"))
    p:close()
    local o, e = M.read_file(out), M.read_file(err)
    os.remove(inp); os.remove(out); os.remove(err)
    return status, o, e
end

-- lines of 's' (without their "\n"); a final line without "\n" counts.
-- Plain find, not an unanchored pattern: s:match("([^\n]+)$") retries at
-- every byte of a long last line (minutes for a 200 KB line)
function M.lines (s)
    local t, i = {}, 1
    while true do
        local j = s:find("\n", i, true)
        if not j then break end
        t[#t + 1] = s:sub(i, j - 1)
        i = j + 1
    end
    if i <= #s then t[#t + 1] = s:sub(i) end
    return t
end

-- is 'v' a whole number (an integer subtype where the Lua version has one)?
local math_type = rawget(math, "type")  -- Lua 5.3+
-- the error f(...) raises (the check fails when it raises none)
function M.error_of (f, ...)
    local ok, e = pcall(f, ...)
    require("luassert").is_false(ok, "no error raised")
    return e
end

function M.is_integer (v)
    if math_type then return math_type(v) == "integer" end
    return type(v) == "number" and v % 1 == 0
end

-- is 's' valid UTF-8?
function M.valid_utf8 (s)
    local i, n = 1, #s
    while i <= n do
        local c = s:byte(i)
        local len = c < 0x80 and 1 or (c >= 0xC2 and c <= 0xDF) and 2
                    or (c >= 0xE0 and c <= 0xEF) and 3
                    or (c >= 0xF0 and c <= 0xF4) and 4 or nil
        if not len or i + len - 1 > n then return false end
        for k = 1, len - 1 do
            local d = s:byte(i + k)
            if d < 0x80 or d > 0xBF then return false end
        end
        local d = s:byte(i + 1)
        if (c == 0xE0 and d < 0xA0) or (c == 0xED and d > 0x9F)
           or (c == 0xF0 and d < 0x90) or (c == 0xF4 and d > 0x8F) then
            return false
        end
        i = i + len
    end
    return true
end

-- {======================================================================
-- The public vocabulary, copied from DESIGN.md (not from the code): the
-- facade's specs check results against it, rulecheck's and vocab's the
-- lists in their messages and tables
-- =======================================================================

M.DESIGN = {
    outcomes = { "delivered", "deferred", "bounced", "unknown" },
    reasons = {
        "delivered", "userunknown", "hostunknown", "notaccept", "hasmoved",
        "suspend", "mailboxfull", "emailtoolarge", "ratelimited", "blocked",
        "badreputation", "requireptr", "rejected", "norelaying", "filtered",
        "spamdetected", "virusdetected", "policyviolation", "contenterror",
        "authfailure", "securityerror", "systemerror", "systemfull",
        "networkerror", "expired", "syntaxerror", "undefined",
    },
    actions = { "none", "retry", "throttle", "suppress", "fix", "contact" },
    scopes = { "recipient", "message", "sender", "destination", "none" },
    phases = { "connect", "helo", "mail", "rcpt", "data", "eod" },
    give_up_4xx = 72 * 3600,
}

-- }======================================================================


-- {======================================================================
-- Linear time.  Times are never compared with a constant: each check
-- measures an input and one ten times its size (the small one several
-- times, keeping the least) and allows 20x the time for 10x the size.
-- Tests whose inputs reach 16 MB or 100,000 phrases carry the tag #big
-- (`make valgrind` leaves them out; `make valgrind-full` runs them).
-- =======================================================================

-- the least time f(x) takes over 'tries' runs (a collection before each)
function M.least (tries, f, x)
    local best = math.huge
    for _ = 1, tries do
        collectgarbage()
        local t0 = os.clock()
        f(x)
        local t = os.clock() - t0
        if t < best then best = t end
    end
    return best
end

--[[
f(make(n)) and f(make(10 * n)): the second may take at most 'allow' (20)
times the first (plus 10 ms for the timer's grain).  Returns both times.
]]
function M.linear (what, make, n, f, allow)
    local small_in, big_in = make(n), make(10 * n)
    allow = allow or 20
    f(small_in)  -- warm up (the default classifier, caches)
    local small = M.least(5, f, small_in)
    local big = M.least(3, f, big_in)
    require("luassert").is_true(big <= allow * small + 0.01,
        string.format("%s: n = %d took %.4fs, 10n took %.4fs (%.1fx)",
                      what, n, small, big, big / math.max(small, 1e-9)))
    return small, big
end

-- every byte value once, in order
local bytes = {}
for b = 0, 255 do bytes[#bytes + 1] = string.char(b) end
M.ALL_BYTES = table.concat(bytes)

-- }======================================================================


-- {======================================================================
-- Mail-log grammars (spec/log_*_spec.lua): a case is a real line and the
-- fields a grammar must read from it
-- =======================================================================

-- syslog stamps carry no year: the grammars assume the current one
M.THIS_YEAR = os.date("%Y")

M.LOG_FIELDS = { "time", "queue_id", "recipient", "domain", "relay", "relay_ip",
                 "phase", "mta_status", "dsn", "reply" }

--[[
grammar.parse(case.line) against 'case': case.skip (no delivery line:
nil), case.bad (a delivery line that cannot be read: false), else the
fields of LOG_FIELDS the case names, its text, the fields it says are
absent (case.none), the further recipients (case.more) and the text
given to the classifier (case.classify).
]]
function M.log_check (grammar, case)
    local assert = require "luassert"
    local rec = grammar.parse(case.line)
    if case.skip then
        assert.is_nil(rec, case.line)
        return
    end
    if case.bad then
        assert.are.equal(false, rec, case.line)
        return
    end
    assert.are.equal("table", type(rec), case.line)
    for _, k in ipairs(M.LOG_FIELDS) do
        if case[k] ~= nil then
            assert.are.equal(case[k], rec[k], k .. " of " .. case.line)
        end
    end
    if case.text then assert.are.equal(case.text, rec.text, "text of " .. case.line) end
    if case.none then
        for _, k in ipairs(case.none) do assert.is_nil(rec[k], k .. " of " .. case.line) end
    end
    if case.more then assert.are.same(case.more, rec.more) end
    if case.classify then assert.are.equal(case.classify, rec.classify) end
end

-- one it() per case of 'list' ('it' is busted's, from the spec's
-- environment: a helper has none)
function M.log_cases (it, grammar, list)
    for i, case in ipairs(list) do
        it(("reads line %d (%s)"):format(i, case.source), function () M.log_check(grammar, case) end)
    end
end

--[[
scan passes over lines without the grammar's prefilter unread: every line
of 'lines' the grammar reads as a delivery attempt must hold it, and the
same line without it must be read as none.  Returns how many were read.
]]
function M.prefilter_holds (grammar, lines)
    local assert = require "luassert"
    local pre, n = grammar.prefilter, 0
    assert.are.equal("string", type(pre))
    local pre_pattern, other = pre:gsub("%p", "%%%0"), pre:gsub("=$", ":")
    for _, line in ipairs(lines) do
        if type(grammar.parse(line)) == "table" then
            n = n + 1
            assert.is_truthy(line:find(pre, 1, true), line)
            local without = line:gsub(pre_pattern, other)
            assert.are_not.equal("table", type(grammar.parse(without)), without)
        end
    end
    return n
end

-- }======================================================================


package.loaded["spec.helper"] = M
-- the one record smtpbounce.mail (the module, given) reads from
-- 'message', asserting there is exactly one
-- a perturbation tool's REQUIRED kinds (tools/*-perturb.lua): each one
-- of its KINDS, at least 'min' of them (a kind left out of REQUIRED, or
-- misspelt there, would drop its test without a word)
function M.required_kinds (perturb, min)
    local assert = require "luassert"
    local kinds, n = {}, 0
    for _, kind in ipairs(perturb.KINDS) do kinds[kind] = true end
    for kind in pairs(perturb.REQUIRED) do
        assert.is_true(kinds[kind], kind)
        n = n + 1
    end
    assert.is_true(n >= min, n .. " required")
end

function M.one_record (smtpbounce, message)
    local assert = require "luassert"
    local recs = smtpbounce.mail(message)
    assert.is_table(recs)
    assert.equal(1, #recs)
    return recs[1]
end

-- a message of the header lines 'headers' (a list) and 'body'
function M.message (headers, body)
    return table.concat(headers, "\n") .. "\n\n" .. body
end

-- the header lines of a plain-text message
M.PLAIN_HEADERS = { "MIME-Version: 1.0", "Content-Type: text/plain; charset=us-ascii" }

-- an output stream that keeps what is written: sink():text()
function M.sink ()
    local buf = {}
    return { write = function (self, ...)
        for i = 1, select("#", ...) do buf[#buf + 1] = select(i, ...) end
        return self
    end, text = function () return table.concat(buf) end }
end

--[[
A fake of ngx.shared.DICT on its own clock d.now (seconds, fractions
too): get, set (exptime; with 'capacity' the least recently set key goes
and set says forcible), add, delete, incr (with init), expire, get_keys.
d.sets lists every set as { key, exptime }.
]]
function M.fake_dict (capacity)
    local d = { data = {}, exp = {}, order = {}, now = 0, sets = {} }
    local function alive (k)
        if d.exp[k] and d.exp[k] <= d.now then d.data[k], d.exp[k] = nil, nil end
        return d.data[k]
    end
    local function evict ()
        for i, k in ipairs(d.order) do
            if d.data[k] ~= nil then
                d.data[k], d.exp[k] = nil, nil
                table.remove(d.order, i)
                return true
            end
        end
        return false
    end
    function d.get (_, k) return alive(k) end
    function d.set (_, k, v, exptime)
        local forcible = false
        d.sets[#d.sets + 1] = { k, exptime }
        if capacity and d.data[k] == nil then
            local n = 0
            for _ in pairs(d.data) do n = n + 1 end
            if n >= capacity then forcible = evict() end
        end
        d.data[k] = v
        d.exp[k] = exptime and exptime > 0 and d.now + exptime or nil
        d.order[#d.order + 1] = k
        return true, nil, forcible
    end
    function d.add (self, k, v, exptime)
        if alive(k) ~= nil then return false, "exists" end
        return self:set(k, v, exptime)
    end
    function d.delete (_, k) d.data[k], d.exp[k] = nil, nil end
    function d.incr (_, k, n, init)
        local v = alive(k)
        if v == nil then
            if init == nil then return nil, "not found" end
            v = init
        end
        d.data[k] = v + n
        return d.data[k]
    end
    function d.expire (_, k, ttl)
        if alive(k) == nil then return nil, "not found" end
        d.exp[k] = ttl > 0 and d.now + ttl or nil
        return true
    end
    function d.get_keys (_, max)
        local out = {}
        for k in pairs(d.data) do
            if alive(k) ~= nil then out[#out + 1] = k end
            if max > 0 and #out >= max then break end
        end
        return out
    end
    return d
end

--[[
Every test must assert something: a test that ends without one call of
luassert (assert.*, assert(...), a spy's assert, has_error) fails with
"this test asserted nothing", so that a loop that ran zero times or a
branch that returned early cannot pass with nothing checked.  Counted
from busted's own events: at each test's start its function is wrapped.
(Only under busted; once, though busted loads this file and the specs
require it.)
]]
local ok_busted, busted = pcall(require, "busted")
if ok_busted and type(busted) == "table" and not package.loaded["spec.helper:counting"] then
    package.loaded["spec.helper:counting"] = true
    local namespaces, luassert = require "luassert.namespaces", require "luassert"
    local made, wrapped = 0, {}
    local function wrap_all ()
        for _, a in pairs(namespaces.assertion) do
            if not wrapped[a] then
                local callback = a.callback
                a.callback = function (...) made = made + 1; return callback(...) end
                wrapped[a] = true
            end
        end
    end
    local mt = getmetatable(luassert)
    local call = mt.__call
    mt.__call = function (...) made = made + 1; return call(...) end
    busted.subscribe({ "test", "start" }, function (element)
        wrap_all()
        local run = element.run
        if type(run) == "function" then
            element.run = function (...)
                made = 0
                run(...)
                if made == 0 then error("this test asserted nothing", 0) end
            end
        end
        return nil, true
    end)
end

return M
