-- bench/mail.lua [LUA] -- `make bench-mail`: bounce mails per second over
-- one corpus, in BENCH_RUNS rounds (default 5), each round timing every
-- side once in turn (interleaved), every figure given as the best and the
-- median of its runs, the ratios as best to best and median to median;
-- the corpus:
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
local RUNS = tonumber(os.getenv("BENCH_RUNS") or "") or 5
local TARGET = tonumber(os.getenv("BENCH_MAIL_N") or "") or 10000
local have_bench, bench = pcall(require, "smtpbounce.bench")
local now = have_bench and bench.now or os.clock

-- reasons by family, as in accuracy/report.lua
local FAMILY = dofile("accuracy/family.lua")

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

-- the best (least) and the median of a list of times
local function best_median (t)
    local s = {}
    for i, v in ipairs(t) do s[i] = v end
    table.sort(s)
    local n = #s
    local med = n % 2 == 1 and s[(n + 1) / 2] or (s[n / 2] + s[n / 2 + 1]) / 2
    return s[1], med
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
          .. "%.0f bytes on average; %d rounds", LUA, #mails, #dev, CORPUS, rep, bytes / #mails, RUNS))
-- }====

-- {==== the runs, interleaved: each round times the Lua API, the CLI
-- and Sisimai once, in turn, so a noisy moment of the shared machine
-- falls on one run of one side, not on every run of it; each side is
-- then given by its best run (the least disturbed) and its median run
local env = "LUA_PATH='lua/?.lua;lua/?/init.lua;;' LUA_CPATH='build/" .. LUA .. "/?.so;;' "
local have_cli = sh(env .. LUA .. " bin/smtpbounce mail --json " .. flat .. " > /dev/null 2>&1")
local have_sis = sh("perl -MSisimai -e 1 > /dev/null 2>&1")
local T = { api = {}, cli = {}, sis = {}, sis_all = {} }
local n_recs, sis_recs
-- the default classifier made (its rules read) before the clock starts:
-- start-up is excluded on both sides of the API's ratio
smtpbounce.mail(mails[1])
for round = 1, RUNS do
    -- (a) Lua API, one process
    local recs = 0
    local t = now()
    for _, m in ipairs(mails) do
        local r = smtpbounce.mail(m)
        if r then recs = recs + #r end
    end
    T.api[round] = now() - t
    n_recs = recs
    -- (b) the CLI over the files
    if have_cli then
        t = now()
        sh(fmt("%s%s bin/smtpbounce mail --json %s > /dev/null 2>&1", env, LUA, dir))
        T.cli[round] = now() - t
    end
    -- (c) Sisimai
    if have_sis then
        t = now()
        local out = lines_of(fmt("perl bench/sisimai_bench.pl %s 2> /dev/null", dir))
        T.sis_all[round] = now() - t
        local r, s = (out[#out] or ""):match("(%d+) records ([%d.]+) s")
        T.sis[round] = tonumber(s) or 0 / 0
        sis_recs = tonumber(r)
    end
end
print(fmt("method: %d rounds, each timing the Lua API, the CLI and Sisimai once in turn; "
          .. "per figure the best run and the median run (mails/s)", RUNS))
local function row (label, times, note)
    local b, m = best_median(times)
    print(fmt("%-26s best %8.0f  median %8.0f mails/s  (%s)", label, #mails / b, #mails / m, note))
    return b, m
end
local api_b, api_m = row("Lua API smtpbounce.mail", T.api,
                         fmt("%d records; start-up excluded", n_recs))
local cli_b, cli_m
if have_cli then
    cli_b, cli_m = row("CLI smtpbounce mail --json", T.cli, "start-up included")
else
    print("CLI smtpbounce mail --json          -  (`smtpbounce mail` not available in this build)")
end
local sis_b, sis_m, sis_all_b, sis_all_m
if have_sis then
    sis_b, sis_m = row("Sisimai make", T.sis, fmt("%d records; start-up excluded", sis_recs or 0))
    sis_all_b, sis_all_m = row("Sisimai perl process", T.sis_all, "start-up included")
else
    print("Sisimai                             -  (libsisimai-perl not installed)")
end
-- }====

-- {==== ratios: best to best and median to median
if have_sis then
    print(fmt("ratio Lua API / Sisimai (start-up excluded)  best %6.1fx  median %6.1fx",
              sis_b / api_b, sis_m / api_m))
    if have_cli then
        print(fmt("ratio CLI / Sisimai (start-up included)      best %6.1fx  median %6.1fx",
                  sis_all_b / cli_b, sis_all_m / cli_m))
    end
end
-- }====

-- {==== second opinion: Sisimai's reason beside ours on the dev corpus
if have_sis then
    local theirs = {}
    for _, l in ipairs(lines_of(fmt("perl bench/sisimai_bench.pl %s --reasons 2> /dev/null", flat))) do
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
