-- smtpbounce.log: the mail-log formats (Postfix, Exim, Sendmail, JSON
-- lines), telling the format from the first lines (detect, open), and
-- what every grammar promises (parse never raises, in time linear in the
-- line).  Each grammar's lines are checked in its own spec
-- (spec/log_postfix_spec.lua, log_exim_spec, log_sendmail_spec,
-- log_jsonl_spec; what they share in log_common_spec).  Lines are real
-- ones from public bug reports, source beside each.

local helper = require "spec.helper"
local log = require "smtpbounce.log"
local common = require "smtpbounce.log.common"

local postfix = log.grammar("postfix")
local exim = log.grammar("exim")
local sendmail = log.grammar("sendmail")
local jsonl = log.grammar("jsonl")
local linear, rep = helper.linear, string.rep

describe("smtpbounce.log", function ()

    describe("detect()", function ()
        it("tells the format from the first line that says it", function ()
            assert.are.equal("postfix", log.detect{ "", "Nov  3 18:05:55 mail postfix/qmgr[1434]: 81571C2D: removed" })
            assert.are.equal("postfix", log.detect{ "2024-04-25T22:16:21.690657+02:00 MYDESKTOP postfix/error[70720]: x" })
            assert.are.equal("exim", log.detect{ "2023-11-02 20:55:00 1qyjOm-0000Jc-1Z <= debian@localhost U=debian P=local S=442" })
            assert.are.equal("exim", log.detect{ "Feb 14 18:12:33 192.168.55.51 exim[46483]: 2025-02-14 18:12:33 Warning: purging the environment." })
            assert.are.equal("sendmail", log.detect{ "Oct  3 15:40:41 2862 sm-mta[9471]: STARTTLS=client, relay=mail.eclipso.de., version=TLSv1.3" })
            assert.are.equal("jsonl", log.detect{ '  {"type":"Delivery"}' })
            -- dovecot first, then Postfix
            assert.are.equal("postfix", log.detect{
                "Nov 22 03:47:13 mx dovecot: lda(inovv@domain.com): saved mail to INBOX",
                "Nov 22 03:47:13 mx postfix/pipe[9078]: D549FB08A08B: to=<sinovv@domain.com>, relay=dovecot" })
        end)
        it("says 'syslog' for syslog lines of other programs, nil for the rest", function ()
            local f, why = log.detect{ "Nov 22 03:47:13 mx dovecot: lda(x): saved mail to INBOX" }
            assert.is_nil(f)
            assert.are.equal("syslog", why)
            f, why = log.detect{ "garbage", "\0\1\2" }
            assert.is_nil(f)
            assert.is_nil(why)
        end)

        -- fuzz-log/detect-quadratic-trim (a find of csrc/fuzz/fuzz_log.c)
        it("trims a line in linear time: 'x <spaces> y'", function ()
            linear("x <spaces> y", function (n) return "x" .. rep(" ", n) .. "y" end, 2000,
                   function (s) return log.detect{ s } end)
            linear("2024-01-15 10:23:46 <spaces> x", function (n)
                return "2024-01-15 10:23:46 1rPQxY-0001Ab-CD" .. rep(" ", n) .. "Completed"
            end, 2000, function (s) return log.detect{ s } end)
            assert.are.equal("jsonl", log.detect{ " \t {x" })
            assert.are.equal("exim", log.detect{ "  2024-01-15 10:23:46 1rPQxY-0001Ab-CD <= a@b" })
            assert.is_nil(log.detect{ " \t\r " })
        end)
    end)

    describe("open()", function ()
        -- next_line over a list (a number: a line too long to keep)
        local function lines_of (t)
            local i = 0
            return function () i = i + 1; return t[i] end, function () return i end
        end
        -- (lines made from pieces, as when `make golden`'s inputs came from
        -- the fuzz seeds: tools/fuzz-seeds.lua takes each log line the
        -- specs quote whole as a seed)
        local PF = ("Nov  3 18:05:55 mail %s/qmgr[1434]: 81571C2D: removed"):format("postfix")
        local DOVECOT = "Nov 22 03:47:13 mx dovecot: lda(x): saved mail to INBOX"
        local KUMO = "{" .. '"type":"Delivery","id":"1","recipient":"a@b.example",'
                     .. '"response":{"code":250,"content":"ok"},"timestamp":1}'

        it("reads lines until one says the format, and gives them back", function ()
            local next_line, read = lines_of{ "", 99, DOVECOT, PF, "not read" }
            local g, first, seen = log.open(next_line)
            assert.are.equal("postfix", g.name)
            assert.are.same({ "", 99, DOVECOT, PF }, first)
            assert.are.same({ said = "postfix", text = true }, seen)
            assert.are.equal(4, read())
        end)

        it("reads syslog lines of other programs as postfix, with a note", function ()
            local g, first, seen = log.open((lines_of{ DOVECOT, DOVECOT }))
            assert.are.equal("postfix", g.name)
            assert.are.equal(2, #first)
            assert.are.equal("no MTA's lines among the first 2; reading it as postfix (use --format)",
                             seen.note)
        end)

        it("reads blank input as postfix, without a word", function ()
            local g, first, seen = log.open((lines_of{ "", "  ", 5000 }))
            assert.are.equal("postfix", g.name)
            assert.are.same({ "", "  ", 5000 }, first)
            assert.are.same({ text = false }, seen)
        end)

        it("returns nil and a message when the format cannot be told", function ()
            assert.are.same({ nil, "cannot tell the log format from its first lines; use --format "
                                   .. "(postfix, exim, sendmail, jsonl)" },
                            { log.open((lines_of{ "garbage", "more" })) })
        end)

        it("takes a forced format, and says what the lines said", function ()
            local g, first, seen = log.open((lines_of{ PF }), { format = "exim" })
            assert.are.equal("exim", g.name)
            assert.are.same({ PF }, first)
            assert.are.equal("postfix", seen.said)
            local _
            g, _, seen = log.open((lines_of{ "garbage" }), { format = "sendmail" })
            assert.are.equal("sendmail", g.name)
            assert.is_nil(seen.said)
        end)

        it("stops after DETECT_LINES lines with text, or max_bytes", function ()
            local t = {}
            for i = 1, 300 do t[i] = "x" end
            local next_line, read = lines_of(t)
            assert.is_nil(log.open(next_line))
            assert.are.equal(log.DETECT_LINES, read())
            next_line, read = lines_of{ ("x"):rep(10), ("y"):rep(10), PF }
            assert.is_nil(log.open(next_line, { max_bytes = 15 }))
            assert.are.equal(2, read())
        end)

        it("gives JSON lines the preset they look like, looking a little further", function ()
            local t = { "{}" }
            for i = 2, 40 do t[i] = '{"x":1}' end
            t[41] = KUMO
            local g, first = log.open((lines_of(t)))
            assert.are.equal("jsonl", g.name)
            assert.are.equal("kumomta", g.preset)
            assert.are.equal(41, #first)
            local m = jsonl.mapping("reply=r")
            g = log.open((lines_of{ '{"r":"550 no"}' }), { fields = m })
            assert.is_nil(g.preset)
            assert.are.equal("550 no", g.parse('{"r":"550 no"}').reply)
        end)

        it("returns nil and a message for JSON lines no preset knows", function ()
            local t = {}
            for i = 1, 100 do t[i] = '{"to":"a@b.example"}' end
            local next_line, read = lines_of(t)
            assert.are.same({ nil, "JSON lines of a shape no preset knows; name the fields with --fields" },
                            { log.open(next_line) })
            assert.are.equal(1 + log.GUESS_LINES, read())
        end)
    end)

    describe("grammar()", function ()
        it("gives each format's grammar, with its name", function ()
            for _, name in ipairs(log.formats) do
                local g = log.grammar(name)
                assert.are.equal("table", type(g), name)
                assert.are.equal(name, g.name)
                assert.is_true(log.is_format[name])
            end
            assert.are.same({ "postfix", "exim", "sendmail", "jsonl" }, log.formats)
        end)
    end)

    describe("every grammar's parse()", function ()
        local grammars = { postfix = postfix, exim = exim, sendmail = sendmail,
                           jsonl = jsonl.new(jsonl.mapping("kumomta")) }

        it("never raises on random bytes, cut lines or NUL bytes", function ()
            local seeds = {
                "Nov  3 18:06:25 mail postfix/smtp[1436]: 81571C2D: to=<root@mail.mydomain.com>, relay=none, dsn=4.4.1, status=deferred (connect to mail.mydomain.com[123.456.789.123]:25: Connection timed out)",
                "2023-11-02 20:55:11 1qyjOm-0000Jc-1Z ** a@b.c R=x T=y H=h [1.2.3.4]: SMTP error from remote mail server after RCPT TO:<a@b.c>: 550 no",
                "Oct  3 15:40:44 2862 sm-mta[9471]: 093DecOR009469: to=<c@e.de>, relay=m. [1.2.3.4], dsn=5.0.0, stat=Service unavailable",
                '{"type":"Bounce","recipient":"a@b.c","response":{"code":550,"content":"no"}}',
            }
            math.randomseed(20261128)
            for name, g in pairs(grammars) do
                for _, seed in ipairs(seeds) do
                    for cut = 0, #seed do
                        local ok, err = pcall(g.parse, seed:sub(1, cut))
                        assert.is_true(ok, name .. ": " .. tostring(err))
                    end
                end
                for _ = 1, 300 do
                    local t = {}
                    for k = 1, math.random(0, 200) do t[k] = string.char(math.random(0, 255)) end
                    local s = seeds[math.random(#seeds)]
                    local at = math.random(1, #s)
                    local ok, err = pcall(g.parse, s:sub(1, at) .. table.concat(t) .. s:sub(at + 1))
                    assert.is_true(ok, name .. ": " .. tostring(err))
                end
            end
        end)

        it("reads a 10 MB line in linear time", function ()
            local big = ("x"):rep(10 * 1024 * 1024)
            local lines = {
                "Nov  3 18:06:25 mail postfix/smtp[1]: ABC: to=<a@b.c>, relay=none, dsn=4.4.1, status=deferred (host h[1.2.3.4] said: 451 " .. big .. " (in reply to RCPT TO command))",
                "Nov  3 18:06:25 mail postfix/smtp[1]: ABC: to=<" .. big .. ">, status=",
                ("ABC: to=<"):rep(100000) .. "status=",
                "2024-01-15 10:23:46 1rPQxY-0001Ab-CD == a@b.c R=d T=r defer (-44): " .. (" H=x"):rep(1000000),
                "Oct  3 15:40:44 h sm-mta[1]: Q: to=" .. big .. ", stat=Sent (" .. big .. ")",
                '{"recipient":"a@b.c","response":{"content":"' .. big .. '"}}',
            }
            for name, g in pairs(grammars) do
                for _, line in ipairs(lines) do
                    local t0 = os.clock()
                    assert.is_true(pcall(g.parse, line))
                    assert.is_true(os.clock() - t0 < 10, name .. " took " .. (os.clock() - t0) .. " s")
                end
            end
        end)

        --[[
        Inputs fuzz_log (csrc/fuzz/fuzz_log.c) failed on once, kept in
        spec/fixtures/fuzz-log: each goes through the target's checks
        (csrc/fuzz/fuzz_log.lua) again, with the hash fuzz_log.c gives it
        (32-bit FNV-1a), so with the same line limit, read sizes and
        blown-up lines.  Times are checked where each find is named
        (spec/log_spec.lua's detect(), log_postfix_spec, log_sendmail_spec,
        log_common_spec's search(), log_jsonl_spec).  Needs Lua 5.3+ (utf8)
        and lua-cjson, as the target does.
        ]]
        local xor8 = {}
        for a = 0, 255 do
            xor8[a] = {}
            for b = 0, 255 do
                local x, bit, p, q = 0, 1, a, b
                for _ = 1, 8 do
                    if p % 2 ~= q % 2 then x = x + bit end
                    p, q, bit = (p - p % 2) / 2, (q - q % 2) / 2, bit * 2
                end
                xor8[a][b] = x
            end
        end
        local function fnv (s)
            local h = 2166136261
            for i = 1, #s do
                h = (h - h % 256) + xor8[h % 256][s:byte(i)]
                h = (h * 16777619) % 4294967296
            end
            return math.floor(h)
        end
        local scan = require "smtpbounce.scan"
        local can = rawget(_G, "utf8") and pcall(require, "cjson")
        local names = {}
        local p = io.popen("ls spec/fixtures/fuzz-log")
        for name in p:lines() do names[#names + 1] = name end
        p:close()
        -- (an empty or misnamed directory would leave no test below)
        it("finds the inputs kept in spec/fixtures/fuzz-log", function ()
            assert.is_true(#names >= 6, #names .. " found")
        end)
        for _, name in ipairs(names) do
            local what = "passes fuzz_log's checks: spec/fixtures/fuzz-log/" .. name
            if not can then what = what .. " (pending: needs Lua 5.3+ and lua-cjson)" end
            (can and it or pending)(what, function ()
                local one = assert(loadfile("csrc/fuzz/fuzz_log.lua"))({
                    feature = function () end,
                    pipe = function () return nil end,    -- (the C target's pipes)
                    too_slow = math.huge,
                })
                local data = helper.read_file("spec/fixtures/fuzz-log/" .. name)
                local max_line = scan.MAX_LINE
                local ok, err = pcall(one, data, fnv(data))
                scan.MAX_LINE = max_line
                common.set_year()
                assert.is_true(ok, tostring(err))
            end)
        end
    end)
end)
