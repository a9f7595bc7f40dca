-- `scan --state FILE` (smtpbounce.scan.state, smtpbounce.scan.resume): a
-- rerun reads only what is new; a log read in two runs gives what one run
-- over it gives (the attempts written, the summary, the suppress list);
-- rotated, renamed, gzip'd and truncated files; the state file itself.
-- scan.run is called in this process (the CLI's option is checked once).
--
-- Logs: examples/postfix-maillog.log and examples/exim-mainlog.log (real
-- MTAs, tools/mta-test.sh), logs made by tools/gen-postfix-log.lua and
-- tools/gen-log.lua, and Postfix lines written here around the tracker's
-- example replies (smtpbounce.tracker.rules: "452 4.2.2 Over Quota" from
-- seed/000_55ba397b7b469416.txt; Yahoo's [TSS04] deferral from
-- https://senders.yahooinc.com/smtp-error-codes/) in Postfix's smtp line
-- layout (examples/postfix-maillog.log).

local helper = require "spec.helper"
local cjson = require "cjson"
local smtpbounce = require "smtpbounce"
local scan = require "smtpbounce.scan"
local state = require "smtpbounce.scan.state"
local resume = require "smtpbounce.scan.resume"

local fmt = string.format
local read_file, write_file = helper.read_file, helper.write_file

local C = smtpbounce.new()

local function sh (cmd)
    local p = assert(io.popen(cmd, "r"))
    local s = p:read("*a")
    p:close()
    return s
end

local function tempdir ()
    return (sh("mktemp -d /tmp/smtpbounce-state.XXXXXX"):gsub("%s+$", ""))
end

local function append (path, s)
    local f = assert(io.open(path, "ab"))
    f:write(s)
    f:close()
end

--[[
One scan in this process: 'files' a list, 'o' { json, summary,
suppress_out, state, report, rule_files, classifier }.  Returns status, stdout, stderr.
]]
local function run (files, o)
    local outp, errp = os.tmpname(), os.tmpname()
    local out, err = io.open(outp, "w+b"), io.open(errp, "w+b")
    local status = scan.run{ classifier = o.classifier or C, files = files, json = o.json,
                             summary = o.summary or false, suppress_out = o.suppress_out,
                             state = o.state, report = o.report, out = out, err = err,
                             input = io.stdin, rule_files = o.rule_files }
    out:close(); err:close()
    local so, se = read_file(outp), read_file(errp)
    os.remove(outp); os.remove(errp)
    return status, so, se
end

local function lines (s)
    local t = {}
    for l in s:gmatch("[^\n]+") do t[#t + 1] = l end
    return t
end

-- a --json --summary run's output: its attempt lines, and its summary
-- line without what this run read (the counts members, the state's runs)
local function split_json (out)
    local ls = lines(out)
    local summ = table.remove(ls)
    assert.truthy(summ and summ:find('^{"summary":'), "no summary line")
    summ = summ:gsub('^{"summary":{"inputs":%d+,"lines":%d+,"attempts":%d+,"skipped":%d+,'
                     .. '"unreadable":%d+,"too_long":%d+,"before_since":%d+,', "")
    summ = summ:gsub('"runs":%d+,', "")
    return ls, summ
end

-- the text summary after its first line (what this run read)
local function body (text)
    return (text:gsub("^[^\n]*\n", ""))
end

-- the numbers of the headline of a text summary: lines, attempts
local function headline (text)
    local l, a = text:match("^Scanned %d+ inputs? %([^)]*%): (%d+) lines, (%d+) delivery attempts")
    return tonumber(l), tonumber(a)
end

--[[
What one run over 'log' (with a fresh state) gives, and what reading it
in two runs split at byte 'k' gives: { attempts, summary, suppress, text }
each.  The state file has the same name in both (the summary names it).
]]
local function whole_and_split (dir, log, k)
    local f, s, sup = dir .. "/maillog", dir .. "/state.json", dir .. "/suppress"
    local results = {}
    for round = 1, 2 do
        os.remove(s); os.remove(f)
        local attempts = {}
        local parts = round == 1 and { log } or { log:sub(1, k), log:sub(k + 1) }
        local summ
        for _, part in ipairs(parts) do
            append(f, part)
            local status, out, err = run({ f }, { json = true, summary = true, state = s,
                                                  suppress_out = sup })
            assert.are.equal(0, status, err)
            local ls
            ls, summ = split_json(out)
            for _, l in ipairs(ls) do attempts[#attempts + 1] = l end
        end
        -- the log unchanged: nothing new, and the summary of everything
        local status, text = run({ f }, { summary = true, state = s })
        assert.are.equal(0, status)
        assert.are.same({ 0, 0 }, { headline(text) })
        results[round] = { attempts = attempts, summary = summ, suppress = read_file(sup),
                           text = body(text) }
    end
    return results[1], results[2]
end

-- byte offsets to split 'log' at: in the middle of lines and just after one
local function split_points (log)
    local n = #log
    local pts = { 1, n - 1 }
    for i = 1, 6 do pts[#pts + 1] = math.floor(n * i / 7) end
    for _, at in ipairs{ 2 / 3, 5 / 6 } do
        local nl = log:find("\n", math.floor(n * at), true)
        pts[#pts + 1] = nl              -- just after a newline
        pts[#pts + 1] = nl - 1          -- just before it
    end
    return pts
end

-- Postfix smtp lines (the layout of examples/postfix-maillog.log)
local function pf (t, qid, rcpt, relay, dsn, status, reply)
    return fmt("Nov 28 %s mx postfix/smtp[7]: %s: to=<%s>, relay=%s[192.0.2.10]:25, delay=1, "
               .. "delays=0/0/0/1, dsn=%s, status=%s (host %s[192.0.2.10] said: %s (in reply "
               .. "to RCPT TO command))\n", t, qid, rcpt, relay, dsn, status, relay, reply)
end
local OVER = "452 4.2.2 Over Quota"
local TSS04 = "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to "
              .. "unexpected volume or user complaints - 4.16.55.1; see "
              .. "https://postmaster.yahooinc.com/error-codes"
local YMX = "mta5.am0.yahoodns.net"

-- a log the tracker acts on: an address over quota three times in a week
-- (suppressed by history), Yahoo deferring three times in ten minutes
-- (paused), a queue id deferred and later expired (qmgr names it alone)
local function history_log ()
    return table.concat{
        pf("01:00:00", "A1", "full@example.net", "mx.example.net", "4.2.2", "deferred", OVER),
        pf("01:00:05", "A2", "ok@example.net", "mx.example.net", "2.0.0", "sent", "250 2.0.0 Ok"),
        pf("01:01:00", "Y1", "u1@yahoo.com", YMX, "4.7.0", "deferred", TSS04),
        pf("01:02:00", "Y2", "u2@yahoo.com", YMX, "4.7.0", "deferred", TSS04),
        pf("01:03:00", "A3", "full@example.net", "mx.example.net", "4.2.2", "deferred", OVER),
        pf("01:04:00", "Y3", "u3@yahoo.com", YMX, "4.7.0", "deferred", TSS04),
        pf("01:05:00", "Q1", "late@example.org", "mx.example.org", "4.2.2", "deferred", OVER),
        pf("01:06:00", "A4", "full@example.net", "mx.example.net", "4.2.2", "deferred", OVER),
        "Nov 28 01:07:00 mx postfix/qmgr[2]: Q1: from=<s@example.org>, status=expired, "
            .. "returned to sender\n",
        pf("01:08:00", "A5", "other@example.net", "mx.example.net", "5.1.1", "bounced",
           "550 5.1.1 <other@example.net>: Recipient address rejected: User unknown"),
    }
end


describe("scan --state", function ()
    local dir
    before_each(function () dir = tempdir() end)
    after_each(function () os.execute("rm -rf '" .. dir .. "'") end)

    describe("a log read in two runs gives what one run gives", function ()
        local logs = {
            { "examples/postfix-maillog.log", function () return read_file("examples/postfix-maillog.log") end },
            { "examples/exim-mainlog.log", function () return read_file("examples/exim-mainlog.log") end },
            { "tools/gen-postfix-log.lua 3000", function ()
                return sh(helper.lua .. " tools/gen-postfix-log.lua 3000 --seed 7") end },
            { "tools/gen-log.lua exim 2000", function ()
                return sh(helper.lua .. " tools/gen-log.lua exim 2000 --seed 9") end },
            { "tools/gen-log.lua sendmail 2000", function ()
                return sh(helper.lua .. " tools/gen-log.lua sendmail 2000 --seed 11") end },
            { "tools/gen-log.lua kumomta 1500 (JSON lines)", function ()
                return sh(helper.lua .. " tools/gen-log.lua kumomta 1500 --seed 13") end },
            { "the tracker's log", history_log },
        }
        for _, case in ipairs(logs) do
            it(case[1] .. ", split at several points", function ()
                local log = case[2]()
                assert.truthy(#log > 1000 or case[1] == "the tracker's log")
                local mid, edge = false, false
                for _, k in ipairs(split_points(log)) do
                    if log:sub(k, k) == "\n" then edge = true else mid = true end
                    local one, two = whole_and_split(dir, log, k)
                    assert.are.same(one.attempts, two.attempts, "attempts, split at " .. k)
                    assert.are.equal(one.summary, two.summary, "JSON summary, split at " .. k)
                    assert.are.equal(one.suppress, two.suppress, "suppress list, split at " .. k)
                    assert.are.equal(one.text, two.text, "text summary, split at " .. k)
                end
                assert.is_true(mid and edge)
            end)
        end
    end)

    describe("reruns", function ()
        it("read only the new lines of a grown log, none of an unchanged one", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            local log = read_file("examples/postfix-maillog.log")
            write_file(f, log)
            local _, t1 = run({ f }, { summary = true, state = s })
            assert.are.same({ 114, 24 }, { headline(t1) })
            local _, t2 = run({ f }, { summary = true, state = s })
            assert.are.same({ 0, 0 }, { headline(t2) })
            assert.truthy(t2:find("With the state in " .. s .. ": 114 lines, 24 delivery "
                                  .. "attempts read in all", 1, true))
            append(f, pf("02:00:00", "N1", "new@example.net", "mx.example.net", "2.0.0", "sent",
                         "250 2.0.0 Ok"))
            local _, t3 = run({ f }, { summary = true, state = s })
            assert.are.same({ 1, 1 }, { headline(t3) })
            assert.truthy(t3:find(": 115 lines, 25 delivery attempts read in all", 1, true))
        end)

        it("leave a last line without its newline for the next run", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            local line = pf("01:00:00", "P1", "a@example.net", "mx.example.net", "2.0.0", "sent",
                            "250 2.0.0 Ok")
            write_file(f, line .. line:sub(1, 40))
            local _, out = run({ f }, { json = true, state = s })
            assert.are.equal(1, #lines(out))
            append(f, line:sub(41))
            _, out = run({ f }, { json = true, state = s })
            assert.are.equal(1, #lines(out))
            assert.are.equal("a@example.net", cjson.decode(out).recipient)
        end)

        it("read a gzip'd file's last line without its newline (it will not grow)", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            local line = pf("01:00:00", "P1", "a@example.net", "mx.example.net", "2.0.0", "sent",
                            "250 2.0.0 Ok")
            write_file(f, line .. line:sub(1, -2))
            sh("gzip -n '" .. f .. "'")
            local _, out = run({ f .. ".gz" }, { json = true, state = s })
            assert.are.equal(2, #lines(out))
            _, out = run({ f .. ".gz" }, { json = true, state = s })
            assert.are.equal("", out)
        end)

        it("number lines on from where the last run stopped", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, read_file("examples/postfix-maillog.log"))
            run({ f }, { state = s })
            append(f, "Nov 28 02:00:00 mx postfix/smtp[7]: Z1: to=<x@example.net>, relay=x, status=\n")
            local _, _, err = run({ f }, { state = s })
            assert.truthy(err:find(f .. ":115: unreadable postfix delivery line", 1, true), err)
        end)
    end)

    describe("rotation", function ()
        local log, a, b, c
        before_each(function ()
            log = read_file("examples/postfix-maillog.log")
            local n1, n2 = log:find("\n", 5000, true), log:find("\n", 11000, true)
            a, b, c = log:sub(1, n1), log:sub(n1 + 1, n2), log:sub(n2 + 1)
        end)

        -- run 1 reads 'a'; then 'b' is written, the file rotated as
        -- 'rotated' (made by rotate(f)), 'c' written to a new file
        local function rotated_run (rotate)
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, a)
            local _, out1 = run({ f }, { json = true, state = s })
            append(f, b)
            local old = rotate(f)
            write_file(f, c)
            local status, out2, err = run({ old, f }, { json = true, state = s })
            assert.are.equal(0, status, err)
            local _, whole = run({ dir .. "/whole" }, { json = true })
            return out1 .. out2, whole, err
        end

        before_each(function () end)

        it("a renamed file goes on where it stopped (same inode)", function ()
            write_file(dir .. "/whole", log)
            local got, want = rotated_run(function (f)
                assert(os.rename(f, f .. ".1"))
                return f .. ".1"
            end)
            assert.are.equal(want, got)
        end)

        it("a gzip'd copy is known by its first bytes", function ()
            write_file(dir .. "/whole", log)
            local got, want = rotated_run(function (f)
                sh("gzip -n '" .. f .. "'")
                assert(os.rename(f .. ".gz", f .. ".1.gz"))
                return f .. ".1.gz"
            end)
            assert.are.equal(want, got)
            -- read again: known whole, not decompressed, nothing new
            local _, t = run({ dir .. "/maillog.1.gz" }, { summary = true,
                                                           state = dir .. "/state.json" })
            assert.are.same({ 0, 0 }, { headline(t) })
        end)

        it("a copy then truncation (copytruncate) reads the copy's tail and the new file", function ()
            write_file(dir .. "/whole", log)
            local got, want = rotated_run(function (f)
                write_file(f .. ".1", read_file(f))    -- a new inode, the same first bytes
                write_file(f, "")
                return f .. ".1"
            end)
            assert.are.equal(want, got)
        end)

        it("a gzip'd copy of a file read whole gives nothing new", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, log)
            run({ f }, { state = s })
            sh("gzip -n -c '" .. f .. "' > '" .. f .. ".gz'")
            local _, t = run({ f .. ".gz" }, { summary = true, state = s })
            assert.are.same({ 0, 0 }, { headline(t) })
        end)

        it("a gzip'd file met again (same inode, size, first bytes) is not decompressed", function ()
            local f, s = dir .. "/big", dir .. "/state.json"
            write_file(f, sh(helper.lua .. " tools/gen-postfix-log.lua 3000 --seed 5"))
            sh("gzip -n '" .. f .. "'")
            local status, _, err = run({ f .. ".gz" }, { state = s })
            assert.are.equal(0, status, err)
            -- a byte past its first 4 KiB changed in place: gzip -dc would fail on it
            local z = read_file(f .. ".gz")
            assert.truthy(#z > 8192)
            local h = assert(io.open(f .. ".gz", "r+b"))
            h:seek("set", 6000)
            h:write(string.char((z:byte(6001) + 1) % 256))
            h:close()
            local _, t, err2 = run({ f .. ".gz" }, { summary = true, state = s })
            assert.are.same({ 0, 0 }, { headline(t) })
            assert.are.equal("", err2)
            -- without the state it is read, and found broken (Lua 5.1 and
            -- LuaJIT do not say how a pipe's process ended)
            local status3, _, err3 = run({ f .. ".gz" }, {})
            if _VERSION ~= "Lua 5.1" then
                assert.are.same({ 1, true }, { status3, err3:find("could not be read", 1, true) ~= nil })
            end
        end)

        it("a truncated file is read from its start again", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, log)
            run({ f }, { state = s })
            write_file(f, a)                        -- shorter than where it stopped
            local _, t, err = run({ f }, { summary = true, state = s })
            assert.are.equal(#lines(a), headline(t))
            assert.truthy(err:find("truncated, read from the start", 1, true), err)
        end)

        it("a file of the same inode with other first bytes is a new file", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, a)
            run({ f }, { state = s })
            write_file(f, read_file("examples/exim-mainlog.log"))
            local _, t, err = run({ f }, { summary = true, state = s })
            assert.are.equal(75, headline(t))
            assert.truthy(err:find("not the file read before under this inode", 1, true), err)
        end)
    end)

    describe("the tracker", function ()
        it("escalates the attempt that crosses a threshold (--json)", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            local log = history_log()
            local cut = log:find("A3", 1, true)
            write_file(f, log:sub(1, cut))
            run({ f }, { json = true, state = s })
            append(f, log:sub(cut + 1))
            local _, out = run({ f }, { json = true, state = s })
            local escalated = {}
            for _, l in ipairs(lines(out)) do
                local o = cjson.decode(l)
                if o.basis == "history" then escalated[#escalated + 1] = o end
            end
            assert.are.equal(1, #escalated)
            local e = escalated[1]
            assert.are.same({ "A4", "full@example.net", "suppress", "mailboxfull" },
                            { e.queue_id, e.recipient, e.action, e.reason })
            assert.are.same({ 3, 7 * 86400, "recipient.mailboxfull" },
                            { e.history.count, e.history.window, e.history.rule })
            assert.is_true(e.history.last_seen - e.history.first_seen == 360)
            -- and without --state, no tracker: nothing escalated
            local _, plain = run({ f }, { json = true })
            assert.is_nil(plain:find('"basis":"history"', 1, true))
        end)

        it("--summary shows its advice per provider and the addresses history suppressed", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, history_log())
            local _, t = run({ f }, { summary = true, state = s, suppress_out = dir .. "/sup" })
            assert.truthy(t:find("\nTracker advice at 2%d%d%d%-11%-28T01:08:00 %(the newest log time%):\n"
                                 .. "  yahoo +pause until 2%d%d%d%-11%-28T03:04:00 %(rule "
                                 .. "yahoo%.ts%-pause, 3 events%)\n"), t)
            assert.truthy(t:find("\nAddresses suppressed by history: 1\n  full@example.net +3 times, ")
                          , t)
            assert.truthy(read_file(dir .. "/sup"):find("full@example.net\tmailboxfull\thistory\n",
                                                        1, true))
            local _, j = run({ f }, { json = true, summary = true, state = s })
            local summ = cjson.decode(lines(j)[#lines(j)]).summary
            assert.are.same({ "yahoo", "pause", "yahoo.ts-pause", 3 },
                            { summ.state.advice[1].provider, summ.state.advice[1].state,
                              summ.state.advice[1].rule, summ.state.advice[1].events })
            assert.are.equal("full@example.net", summ.state.history[1].address)
            assert.are.equal(2, summ.state.runs)
        end)

        it("marks the address history suppressed in the suppress list and the summary's", function ()
            local f, s, sup = dir .. "/maillog", dir .. "/state.json", dir .. "/sup"
            write_file(f, history_log())
            local _, t = run({ f }, { summary = true, state = s, suppress_out = sup })
            -- the suppress file: address, reason, basis (history; the 5.1.1 its reply's)
            assert.are.equal("full@example.net\tmailboxfull\thistory\n"
                             .. "other@example.net\tuserunknown\ttext\n", read_file(sup))
            assert.truthy(t:find("\nAddresses to suppress: 2\n  full@example.net +mailboxfull "
                                 .. "%(history%)\n  other@example.net +userunknown\n"), t)
            -- the review list: first and last seen, the rule, until when
            assert.truthy(t:find("\n  full@example.net +3 times, 2%d%d%d%-11%-28T01:00:00 to "
                                 .. "2%d%d%d%-11%-28T01:06:00 %(rule recipient%.mailboxfull%), "
                                 .. "until 2%d%d%d%-12%-28T01:06:00\n"), t)
            os.remove(s)
            local _, j = run({ f }, { json = true, summary = true, state = s })
            local summ = cjson.decode(lines(j)[#lines(j)]).summary
            assert.are.same({ { address = "full@example.net", reason = "mailboxfull", basis = "history" },
                              { address = "other@example.net", reason = "userunknown", basis = "text" } },
                            summ.suppress)
            local h = summ.state.history[1]
            assert.are.same({ "full@example.net", "history", 3, 360, 30 * 86400 },
                            { h.address, h.basis, h.count, h.last_seen - h.first_seen,
                              h["until"] - h.last_seen })
        end)

        it("applies the tracker rules of the --rules files before the built-in ones", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            local rf = "examples/rules/tracker-mailboxfull.lua"
            write_file(f, history_log())
            local _, out = run({ f }, { json = true, state = s, rule_files = { rf },
                                        classifier = smtpbounce.new{ files = { rf } } })
            local escalated = {}
            for _, l in ipairs(lines(out)) do
                local o = cjson.decode(l)
                if o.basis == "history" then escalated[#escalated + 1] = o end
            end
            -- its 2 over-quota replies in 2 days: A3 crosses, A4 stays suppressed
            assert.are.same({ "A3", "A4" }, { escalated[1].queue_id, escalated[2].queue_id })
            assert.are.same({ 2, 2 * 86400, "ops.mailboxfull" },
                            { escalated[1].history.count, escalated[1].history.window,
                              escalated[1].history.rule })
            -- its Yahoo pause of an hour replaces the built-in one (disabled there)
            local _, t = run({ f }, { summary = true, state = dir .. "/s2", rule_files = { rf },
                                      classifier = smtpbounce.new{ files = { rf } } })
            assert.truthy(t:find("\n  yahoo +pause until 2%d%d%d%-11%-28T02:04:00 %(rule "
                                 .. "ops%.yahoo%-pause, 3 events%)\n"), t)
            -- without the file, the built-in rules (A4 crosses)
            local _, plain = run({ f }, { json = true, state = dir .. "/s3" })
            assert.truthy(plain:find('"rule":"recipient.mailboxfull"', 1, true))
            assert.is_nil(plain:find("ops.mailboxfull", 1, true))
        end)

        it("the CLI passes --rules to the tracker and refuses a malformed one with file:line", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, history_log())
            local status, out, err = helper.cli{ "scan", "--json", "--state", s, "--rules",
                                                 "examples/rules/tracker-mailboxfull.lua", f }
            assert.are.equal(0, status, err)
            assert.truthy(out:find('"rule":"ops.mailboxfull"', 1, true), out)
            local bad = dir .. "/bad.lua"
            write_file(bad, "return { tracker = {\n    { id = \"ops.bad\", on = \"provider\",\n"
                            .. "      reason = \"blocked\", count = 1, window = 60 },\n} }\n")
            status, out, err = helper.cli{ "scan", "--json", "--state", s, "--rules", bad, f }
            assert.are.equal(1, status)
            assert.are.equal("", out)
            assert.are.equal("smtpbounce: " .. bad .. ":2: rule 'ops.bad': a provider rule needs "
                             .. "'pause' or 'slow'\n", err)
        end)

        it("names a queue id's deferred recipients when it expires in a later run", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            local log = history_log()
            local cut = log:find("Nov 28 01:07:00", 1, true) - 1
            write_file(f, log:sub(1, cut))
            run({ f }, { json = true, state = s })
            append(f, log:sub(cut + 1))
            local _, out = run({ f }, { json = true, state = s })
            local o = cjson.decode(lines(out)[1])
            assert.are.same({ "Q1", "late@example.org", "expired" },
                            { o.queue_id, o.recipient, o.mta_status })
        end)

        it("forgets what aged out (its records past their expiry)", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, pf("01:00:00", "A1", "full@example.net", "mx.example.net", "4.2.2",
                             "deferred", OVER))
            run({ f }, { state = s })
            assert.are.equal(1, #cjson.decode(read_file(s)).tracker.r)
            -- ten days on: the 7-day window has passed
            append(f, (pf("01:00:00", "B1", "x@example.net", "mx.example.net", "2.0.0", "sent",
                          "250 2.0.0 Ok"):gsub("^Nov 28", "Dec  8")))
            run({ f }, { state = s })
            assert.are.same({}, cjson.decode(read_file(s)).tracker.r)
        end)
    end)

    describe("with --report", function ()
        -- the page of the last run, without what says how many runs there were
        local function page (path)
            return (read_file(path):gsub("lines read %(%d+ runs?%)", "lines read"))
        end

        for _, case in ipairs{
            { "tools/gen-postfix-log.lua 3000", function ()
                return sh(helper.lua .. " tools/gen-postfix-log.lua 3000 --seed 7") end },
            { "the tracker's log", history_log },
        } do
            it(case[1] .. ": read in two runs, the page of one run", function ()
                local log = case[2]()
                local f, s, r = dir .. "/maillog", dir .. "/state.json", dir .. "/r.html"
                local pages = {}
                for _, k in ipairs{ #log, math.floor(#log / 3), log:find("\n", math.floor(#log / 2), true) } do
                    os.remove(f); os.remove(s)
                    local parts = k == #log and { log } or { log:sub(1, k), log:sub(k + 1) }
                    for _, part in ipairs(parts) do
                        append(f, part)
                        assert.are.equal(0, (run({ f }, { state = s, report = r })))
                    end
                    pages[#pages + 1] = page(r)
                end
                assert.truthy(pages[1]:find('<figure><figcaption>', 1, true))
                assert.truthy(pages[1]:find('<ol class="replies"><li id="r1">', 1, true))
                assert.are.equal(pages[1], pages[2])
                assert.are.equal(pages[1], pages[3])
                -- the state keeps the report's tables
                local v = cjson.decode(read_file(s)).summary
                assert.are.equal("table", type(v.timeline and v.timeline.series))
                assert.truthy(v.nreplies > 0 and v.replies)
            end)
        end

        it("its totals count all runs; its Advice section is the tracker's", function ()
            local f, s, r = dir .. "/maillog", dir .. "/state.json", dir .. "/r.html"
            local log = history_log()
            local cut = log:find("\n", #log / 2, true)
            write_file(f, log:sub(1, cut))
            run({ f }, { state = s })
            append(f, log:sub(cut + 1))
            assert.are.equal(0, (run({ f }, { state = s, report = r })))
            local p = read_file(r)
            assert.truthy(p:find("<dt>lines read (2 runs)</dt><dd>10</dd>", 1, true), p)
            assert.truthy(p:find("<dt>delivery attempts</dt><dd>10</dd>", 1, true))
            assert.truthy(p:find('<section id="advice" class="advice">', 1, true))
            assert.truthy(p:find("<tr><td>yahoo</td><td>pause</td><td></td><td>2%d%d%d%-11%-28T"
                                 .. "03:04:00</td><td>yahoo%.ts%-pause</td><td>3</td></tr>"), p)
            -- without --state: no advice section
            run({ f }, { report = r })
            assert.is_nil(read_file(r):find('id="advice"', 1, true))
        end)

        it("a state's report tables of the wrong shape are left out", function ()
            local f, s, r = dir .. "/maillog", dir .. "/state.json", dir .. "/r.html"
            write_file(f, history_log())
            write_file(s, '{"format":"smtpbounce-scan-state","version":1,"summary":{'
                          .. '"replies":{"a":5,"b":{"i":"x"}},"timeline":{"step":"x"}}}')
            local status, _, err = run({ f }, { state = s, report = r })
            assert.are.same({ 0, "smtpbounce scan: 10 lines, 10 delivery attempts" },
                            { status, err:sub(1, 47) })
            -- the timeline and the last replies of this run alone
            assert.truthy(read_file(r):find("%d%d%d%d%-11%-28 01:00:00"))
            local v = cjson.decode(read_file(s)).summary
            assert.are.same({ "nil", "nil" }, { type(v.replies.a), type(v.replies.b) })
            local n = 0
            for _, x in pairs(v.replies) do
                n = n + 1
                assert.are.equal("number", type(x.i))
            end
            assert.truthy(n > 0)
            assert.are.equal(n, v.nreplies)
            write_file(s, '{"format":"smtpbounce-scan-state","version":1,"summary":{'
                          .. '"timeline":{"step":1,"width":1,"untimed":0,"n":1,"lo":9,"hi":3,'
                          .. '"series":[]}}}')
            assert.are.equal(0, (run({ f }, { state = s, report = r })))
        end)
    end)

    describe("the state file", function ()
        it("is versioned JSON, written whole (no temporary file left)", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, history_log())
            assert.are.equal(0, (run({ f }, { state = s })))
            local v = cjson.decode(read_file(s))
            assert.are.same({ "smtpbounce-scan-state", 1, 1 }, { v.format, v.version, v.runs })
            assert.are.same({ "files", "pending", "summary", "tracker" },
                            { v.files and "files", v.pending and "pending",
                              v.summary and "summary", v.tracker and "tracker" })
            assert.are.equal(f, v.files[1].path)
            assert.truthy(#history_log() < 4096)   -- (its head: the whole file so far)
            assert.are.same({ #history_log(), #history_log(), "postfix" },
                            { v.files[1].head_len, v.files[1].offset, v.files[1].format })
            assert.is_nil(io.open(s .. ".tmp"))
        end)

        it("of another version, or no state, is refused and left alone", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, history_log())
            for _, bad in ipairs{
                { '{"format":"smtpbounce-scan-state","version":2}',
                  "a scan state of version 2; this smtpbounce reads version 1" },
                { "return os.exit(3)", "not a scan state file (format 'smtpbounce-scan-state')" },
                { '{"format":"smtpbounce-tracker 1"}', "not a scan state file" },
            } do
                write_file(s, bad[1])
                local status, out, err = run({ f }, { state = s })
                assert.are.same({ 1, "", "smtpbounce: " .. s .. ": " .. bad[2] },
                                { status, out, err:sub(1, #("smtpbounce: " .. s .. ": " .. bad[2])) })
                assert.are.equal(bad[1], read_file(s))
            end
        end)

        it("of the right version but edited by hand: what has the wrong shape is left out", function ()
            local f, s = dir .. "/maillog", dir .. "/state.json"
            write_file(f, history_log())
            write_file(s, '{"format":"smtpbounce-scan-state","version":1,"runs":"x","files":"x",'
                          .. '"pending":[5,["Q",7]],"tracker":{"r":[1,["a",2]],"t":3},'
                          .. '"summary":{"groups":{"a":5,"b":{"provider":"p","domain":"d","n":1,'
                          .. '"outcome":{"bounced":1},"reason":{"x":"y"},"action":{}}},'
                          .. '"suppress":{"x@example.net":{"address":"x@example.net",'
                          .. '"reason":"userunknown","basis":"text"},"y":[1]},"templates":7}}')
            local status, out, err = run({ f }, { summary = true, state = s })
            assert.are.same({ 0, "" }, { status, err })
            assert.truthy(out:find("\nAddresses to suppress: 3\n", 1, true), out)
            assert.truthy(out:find("  x@example.net ", 1, true))
            assert.is_nil(out:find("  p  ", 1, true))
            assert.are.equal(1, cjson.decode(read_file(s)).runs)
        end)

        it("keeps at most FILES file entries, the most recently read", function ()
            local saved = state.FILES
            state.FILES = 3
            local s = dir .. "/state.json"
            local ok, e = pcall(function ()
                for i = 1, 5 do
                    local f = write_file(dir .. "/log" .. i, pf(fmt("01:00:%02d", i), "Q" .. i,
                        "a@example.net", "mx.example.net", "2.0.0", "sent", "250 2.0.0 Ok"))
                    run({ f }, { state = s })
                end
            end)
            state.FILES = saved
            assert(ok, e)
            local paths = {}
            for _, x in ipairs(cjson.decode(read_file(s)).files) do paths[#paths + 1] = x.path end
            assert.are.same({ dir .. "/log5", dir .. "/log4", dir .. "/log3" }, paths)
        end)

        it("counts standard input, which it cannot resume", function ()
            local s = dir .. "/state.json"
            local status, out = helper.cli({ "scan", "--summary", "--state", s, "-" },
                                           read_file("examples/postfix-maillog.log"))
            assert.are.equal(0, status)
            assert.are.same({ 114, 24 }, { headline(out) })
            assert.are.same({}, cjson.decode(read_file(s)).files)
        end)
    end)

    describe("mail --state", function ()
        -- bounce mails of spec/fixtures/mail (their sources in its labels.lua)
        local FIX = "spec/fixtures/mail/"
        local function mbox (names)
            local parts = {}
            for _, name in ipairs(names) do
                local m = read_file(FIX .. name)
                m = ("\n" .. m):gsub("\n(>*From )", "\n>%1"):sub(2)
                if m:sub(-1) ~= "\n" then m = m .. "\n" end
                parts[#parts + 1] = "From MAILER-DAEMON Tue Dec  2 10:15:02 2026\n" .. m .. "\n"
            end
            return table.concat(parts)
        end
        local function mail (args)
            local a = { "mail" }
            for _, x in ipairs(args) do a[#a + 1] = x end
            local status, out, err = helper.cli(a)
            assert.are.equal(0, status, err)
            return out, err
        end
        local function read_counts (text)
            return tonumber(text:match("^Read (%d+) messages?")),
                   tonumber(text:match(", (%d+) read before %(%-%-state%)"))
        end

        it("reads only the messages an mbox gained; the summary covers every run", function ()
            local box, s = dir .. "/mbox", dir .. "/mail-state.json"
            local names = { "postfix-dsn.eml", "arf.eml", "global-dsn.eml" }
            write_file(box, mbox{ names[1], names[2] })
            local t1 = mail{ "--summary", "--state", s, box }
            assert.are.same({ 2, 0 }, { read_counts(t1) })
            local t2 = mail{ "--summary", "--state", s, box }
            assert.are.same({ 0, 0 }, { read_counts(t2) })   -- the file: known whole
            write_file(box, mbox(names))
            local t3 = mail{ "--summary", "--state", s, "--suppress-out", dir .. "/sup", box }
            assert.are.same({ 1, 2 }, { read_counts(t3) })
            -- what one run over the whole mbox says
            local one = mail{ "--summary", "--suppress-out", dir .. "/sup1", box }
            assert.are.equal(body(one), body(t3))
            assert.are.equal(read_file(dir .. "/sup1"), read_file(dir .. "/sup"))
            local v = cjson.decode(read_file(s))
            assert.are.same({ "smtpbounce-mail-state", 1, 3 }, { v.format, v.version, v.runs })
        end)

        it("knows a message copied under another name, by Message-ID or else a hash", function ()
            local s = dir .. "/mail-state.json"
            local with = read_file(FIX .. "postfix-dsn.eml")
            assert.truthy(with:lower():find("\nmessage%-id:"))
            local without = ("\n" .. with):gsub("\n[Mm]essage%-[Ii][Dd]:[^\n]*", ""):sub(2)
            assert.is_nil(without:lower():find("\nmessage%-id:"))
            for i, m in ipairs{ with, without } do
                write_file(dir .. "/a" .. i, m)
                write_file(dir .. "/b" .. i, m)
                local _, e1 = mail{ "--state", s, dir .. "/a" .. i }
                local _, e2 = mail{ "--state", s, dir .. "/b" .. i }
                assert.truthy(e1:find(" 1 messages, 2 recipient records, .*, 0 read before"), e1)
                assert.truthy(e2:find(" 0 messages, 0 recipient records, .*, 1 read before"), e2)
            end
        end)

        it("refuses a scan state", function ()
            local s = dir .. "/state.json"
            write_file(dir .. "/maillog", history_log())
            run({ dir .. "/maillog" }, { state = s })
            local status, _, err = helper.cli({ "mail", "--state", s, FIX .. "arf.eml" })
            assert.are.same({ 1, "smtpbounce: " .. s .. ": not a mail state file (format "
                                 .. "'smtpbounce-mail-state')\n" }, { status, err })
        end)
    end)

    describe("state.clock()", function ()
        it("reads time stamps as log.common.epoch does", function ()
            local epoch = require("smtpbounce.log.common").epoch
            local seconds = state.clock()
            for _, t in ipairs{ "2026-11-28T01:41:35", "2026-11-28T01:41:59", "2026-11-28T01:42:00",
                                "2026-11-28T01:42:00.25", "2026-11-28T01:42:07Z",
                                "2026-11-28T01:42:07.5+01:00", "2026-11-28T01:42:08+0100",
                                "2026-11-28 01:42:09", "2026-03-29T02:30:10", "2026-11-28T01:42:61",
                                "2026-11-28T25:00:00", "2026-11-28", "2026-11-28T01:42:07 junk",
                                "Nov 28 01:41:35", "" } do
                assert.are.equal(epoch(t), seconds(t), t)
            end
        end)
    end)

    describe("resume.inode()", function ()
        it("gives device and inode, through lfs or else stat(1)", function ()
            local f = write_file(dir .. "/x", "x")
            local dev, ino = resume.inode(f)
            assert.is_number(ino)
            local saved_preload, saved = package.preload.lfs, package.loaded.lfs
            package.loaded["smtpbounce.scan.resume"], package.loaded.lfs = nil, nil
            package.preload.lfs = function () error("no lfs here") end
            local ok, r = pcall(require, "smtpbounce.scan.resume")
            package.preload.lfs, package.loaded.lfs = saved_preload, saved
            package.loaded["smtpbounce.scan.resume"] = resume
            assert(ok, r)
            assert.are.same({ dev, ino }, { r.inode(f) })
            assert.are.same({}, { r.inode(dir .. "/none") })
        end)
    end)

    describe("resume.hash()", function ()
        it("tells first bytes apart and is the same on every Lua", function ()
            assert.are.equal(resume.hash("abc"), resume.hash("abc"))
            assert.are_not.equal(resume.hash("abc"), resume.hash("abd"))
            -- (a value worked out by hand for "a": 97 in both sums)
            assert.are.equal("97.97", resume.hash("a"))
        end)
    end)
end)
