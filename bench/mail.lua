-- bench/mail.lua [LUA] -- `make bench-mail`: bounce mails per second, each
-- figure the median of BENCH_RUNS runs (default 3), over one corpus:
-- the mails listed in BENCH_MAIL_CORPUS (default bench/mail-corpus.txt,
-- the 248 dev mails of accuracy/mail/dev pinned on 2026-12-05: DSNs,
-- prose bounces, feedback reports, auto-replies and ordinary mails; a
-- pinned list keeps figures comparable while the dev set grows) repeated
-- in turn until there are BENCH_MAIL_N mails (default 10,000), one file a
-- mail in a directory under TMPDIR (deleted afterwards).
--   Lua API      smtpbounce.mail over the mails held in memory, one
--                process (start-up and file reading excluded)
--   CLI          `smtpbounce mail --json DIR` (start-up included)
--   Sisimai      bench/sisimai_bench.pl: Sisimai->make(DIR) (Debian's
--                libsisimai-perl) timed inside Perl (start-up excluded)
--                and as a whole process (start-up included)
-- then the ratios, and, as a second opinion only (never a label),
-- Sisimai's reason beside ours for each recipient both find in the dev
-- corpus.
local smtpbounce = require "smtpbounce"

local fmt = string.format
local LUA = arg[1] or "lua5.4"
local RUNS = tonumber(os.getenv("BENCH_RUNS") or "") or 3
local TARGET = tonumber(os.getenv("BENCH_MAIL_N") or "") or 10000
local have_bench, bench = pcall(require, "smtpbounce.bench")
local now = have_bench and bench.now or os.clock

-- reasons by family, as in accuracy/report.lua
local FAMILY = {
    userunknown = "address", hostunknown = "address", notaccept = "address",
    hasmoved = "address", suspend = "address",
    mailboxfull = "mailbox",
    blocked = "reputation", badreputation = "reputation", requireptr = "reputation",
    ratelimited = "rate",
    spamdetected = "content", virusdetected = "content", policyviolation = "content",
    contenterror = "content", emailtoolarge = "content",
    authfailure = "auth", securityerror = "auth",
    rejected = "relay", norelaying = "relay",
    filtered = "filter",
    systemerror = "system", systemfull = "system", networkerror = "system",
    expired = "system", syntaxerror = "system",
    delivered = "delivered", vacation = "delivered",
    feedback = "feedback", undefined = "undefined",
}

if type(smtpbounce.mail) ~= "function" then
    io.stderr:write("bench-mail: this smtpbounce has no mail() (the bounce-mail reader is not built in)\n")
    os.exit(1)
end

local function sh (cmd)
    local ok, how, code = os.execute(cmd)
    if type(ok) == "number" then return ok == 0 end   -- Lua 5.1
    return ok == true and how == "exit" and code == 0
end

local function lines_of (cmd)
    local p = io.popen(cmd)
    local t = {}
    for l in p:lines() do t[#t + 1] = l end
    p:close()
    return t
end

local function read (path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

local function write (path, s)
    local f = assert(io.open(path, "wb"))
    f:write(s)
    f:close()
end

local function median (fn)
    local t = {}
    for i = 1, RUNS do t[i] = fn() end
    table.sort(t, function (a, b) return a[1] < b[1] end)
    return (table.unpack or unpack)(t[math.ceil(RUNS / 2)])  -- luacheck: ignore
end

-- {==== the corpus
local CORPUS = os.getenv("BENCH_MAIL_CORPUS") or "bench/mail-corpus.txt"
local paths = {}
for l in io.lines(CORPUS) do
    if l ~= "" and not l:match("^#") then paths[#paths + 1] = l end
end
local dev = {}
for i, p in ipairs(paths) do dev[i] = read(p) end
local rep = math.ceil(TARGET / #dev)
local mails, bytes = {}, 0
for _ = 1, rep do
    for _, m in ipairs(dev) do
        mails[#mails + 1] = m
        bytes = bytes + #m
    end
end
local tmp = lines_of("mktemp -d " .. (os.getenv("TMPDIR") or "/tmp") .. "/smtpbounce-bench-mail.XXXXXX")[1]
assert(tmp and tmp ~= "", "mktemp failed")
local dir, flat = tmp .. "/mails", tmp .. "/dev"
assert(sh(fmt("mkdir -p %s %s", dir, flat)))
for i, m in ipairs(mails) do write(fmt("%s/%06d.eml", dir, i), m) end
for i, p in ipairs(paths) do
    write(fmt("%s/%s", flat, p:gsub("^accuracy/mail/dev/", ""):gsub("/", "__")), dev[i])
end
print(fmt("interpreter %s, %d mails: the %d mails of %s x %d, "
          .. "%.0f bytes on average; %d runs per figure", LUA, #mails, #dev, CORPUS, rep, bytes / #mails, RUNS))
-- }====

-- {==== (a) Lua API, one process
local t_api, n_recs = median(function ()
    local recs = 0
    local t = now()
    for _, m in ipairs(mails) do
        local r = smtpbounce.mail(m)
        if r then recs = recs + #r end
    end
    return { now() - t, recs }
end)
print(fmt("Lua API smtpbounce.mail    %10.0f mails/s  (%d records; start-up excluded)", #mails / t_api, n_recs))
-- }====

-- {==== (b) the CLI over the files
local env = "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/" .. LUA .. "/?.so;;' "
local t_cli
if sh(env .. LUA .. " bin/smtpbounce mail --json " .. flat .. " > /dev/null 2>&1") then
    t_cli = median(function ()
        local t = now()
        sh(fmt("%s%s bin/smtpbounce mail --json %s > /dev/null 2>&1", env, LUA, dir))
        return { now() - t }
    end)
    print(fmt("CLI smtpbounce mail --json %10.0f mails/s  (start-up included)", #mails / t_cli))
else
    print("CLI smtpbounce mail --json          -  (`smtpbounce mail` not available in this build)")
end
-- }====

-- {==== (c) Sisimai
local t_sis, t_sis_all
if sh("perl -MSisimai -e 1 > /dev/null 2>&1") then
    local recs
    t_sis, t_sis_all, recs = median(function ()
        local t = now()
        local out = lines_of(fmt("perl bench/sisimai_bench.pl %s", dir))
        local all = now() - t
        local r, s = (out[#out] or ""):match("(%d+) records ([%d.]+) s")
        return { tonumber(s) or 0 / 0, all, tonumber(r) }
    end)
    print(fmt("Sisimai %-18s %10.0f mails/s  (%d records; start-up excluded)", "make", #mails / t_sis, recs or 0))
    print(fmt("Sisimai %-18s %10.0f mails/s  (start-up included)", "perl process", #mails / t_sis_all))
else
    print("Sisimai                             -  (libsisimai-perl not installed)")
end
-- }====

-- {==== ratios
if t_sis then
    print(fmt("ratio Lua API / Sisimai (start-up excluded)  %6.1fx", t_sis / t_api))
    if t_cli then
        print(fmt("ratio CLI / Sisimai (start-up included)      %6.1fx", t_sis_all / t_cli))
    end
end
-- }====

-- {==== second opinion: Sisimai's reason beside ours on the dev corpus
if t_sis then
    local theirs = {}
    for _, l in ipairs(lines_of(fmt("perl bench/sisimai_bench.pl %s --reasons", flat))) do
        local file, rcpt, reason = l:match("^([^\t]*)\t([^\t]*)\t([^\t]*)$")
        if file then theirs[file .. "\0" .. rcpt:lower()] = reason end
    end
    local both, same, same_family = 0, 0, 0
    for i, p in ipairs(paths) do
        local file = p:gsub("^accuracy/mail/dev/", ""):gsub("/", "__")
        for _, r in ipairs(smtpbounce.mail(dev[i]) or {}) do
            local s = r.recipient and theirs[file .. "\0" .. r.recipient:lower()]
            if s then
                both = both + 1
                if s == r.reason then same = same + 1 end
                if FAMILY[s] and FAMILY[s] == FAMILY[r.reason] then same_family = same_family + 1 end
            end
        end
    end
    print(fmt("second opinion (dev corpus): of %d recipients both find, Sisimai's reason "
              .. "equals ours for %d, same family for %d", both, same, same_family))
end
-- }====

sh("rm -rf " .. tmp)
