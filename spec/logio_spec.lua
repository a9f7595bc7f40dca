-- smtpbounce.logio: the C module that reads mail logs for smtpbounce scan
-- and the CLI: lines from pipes (readline), terminals (isatty), runs of
-- lines scan has no use for (skiplines), and Postfix delivery lines in
-- the layout Postfix writes (postfix_line), which must read what the LPeg
-- pattern it stands in for (smtpbounce.log.postfix's 'fast') reads.  The
-- Postfix lines are the layout of examples/postfix-maillog.log (a real
-- Postfix run, tools/mta-test.sh), and variations of it.

local helper = require "spec.helper"
local logio = require "smtpbounce.logio"
local postfix = require("smtpbounce.log").grammar("postfix")

-- a temporary file holding 's', open for reading
local function file_of (s)
    local name = helper.temp_file(s)
    local f = assert(io.open(name, "rb"))
    os.remove(name)
    return f
end

describe("smtpbounce.logio", function ()
    it("has the core's version", function ()
        assert.are.equal(require("smtpbounce.core")._VERSION, logio._VERSION)
    end)

    describe("readline()", function ()
        it("gives each line without its newline, NUL bytes kept, then nil", function ()
            local f = file_of("ab\0c\n\nlast")
            assert.are.equal("ab\0c", logio.readline(f))
            assert.are.equal("", logio.readline(f))
            assert.are.equal("last", logio.readline(f))
            assert.is_nil(logio.readline(f))
            assert.is_nil(logio.readline(f))
            f:close()
        end)

        it("reads a pipe a line at a time", function ()
            local p = assert(io.popen("printf 'one\\ntwo\\n'"))
            assert.are.equal("one", logio.readline(p))
            assert.are.equal("two", logio.readline(p))
            assert.is_nil(logio.readline(p))
            p:close()
        end)

        it("raises for a closed file or a value that is no file", function ()
            local f = file_of("x\n")
            f:close()
            assert.has_error(function () logio.readline(f) end,
                             "bad argument #1 to 'readline' (attempt to use a closed file)")
            assert.has_error(function () logio.readline("x") end,
                             "bad argument #1 to 'readline' (FILE* expected, got string)")
            assert.has_error(function () logio.readline() end,
                             "bad argument #1 to 'readline' (FILE* expected, got no value)")
        end)
    end)

    describe("isatty()", function ()
        it("is false for a file and a pipe", function ()
            local f = file_of("x")
            assert.is_false(logio.isatty(f))
            f:close()
            local p = assert(io.popen("true"))
            assert.is_false(logio.isatty(p))
            p:close()
        end)

        -- the controlling terminal, else (CI) one that util-linux's
        -- script(1) makes for a child interpreter; pending without both
        local tty = io.open("/dev/tty", "rb")
        local rc = not tty and os.execute("command -v script >/dev/null 2>&1")
        local script = rc == true or rc == 0
        local check = (tty or script) and it or pending
        check(tty and "is true for a terminal" or script and "is true for a terminal (script(1)'s)"
              or "is true for a terminal: none here (no /dev/tty, no script(1))", function ()
            if tty then
                assert.is_true(logio.isatty(tty))
                tty:close()
                return
            end
            local code = "package.cpath = " .. ("%q"):format(package.cpath)
                         .. " local l = require 'smtpbounce.logio'"
                         .. " io.write(tostring(l.isatty(io.stdin)), ' ', tostring(l.isatty(io.stdout)))"
            local cmd = helper.lua .. " -e " .. helper.shell_quote(code)
            -- (under make sanitize the ASan runtime is preloaded into
            -- script(1) too: its own leaks are not ours to report; the
            -- child interpreter keeps the checks it was given)
            local asan = os.getenv("ASAN_OPTIONS")
            if asan then
                cmd = "ASAN_OPTIONS=" .. helper.shell_quote(asan) .. " " .. cmd
            end
            local p = assert(io.popen((asan and "ASAN_OPTIONS=detect_leaks=0 " or "")
                                      .. "script -qec " .. helper.shell_quote(cmd)
                                      .. " /dev/null </dev/null 2>&1"))
            local out = p:read("*a")
            p:close()
            assert.are.equal("true true", (out:gsub("%s+$", "")))
        end)

        it("raises for a closed file or a value that is no file", function ()
            local f = file_of("x")
            f:close()
            assert.has_error(function () logio.isatty(f) end,
                             "bad argument #1 to 'isatty' (attempt to use a closed file)")
            assert.has_error(function () logio.isatty(1) end,
                             "bad argument #1 to 'isatty' (FILE* expected, got number)")
        end)
    end)

    describe("skiplines() (scan's pass over lines it has no use for)", function ()
        local skiplines = logio.skiplines
        -- line ends ("\n") at 3, 7, 8 and 14; "k" at 15 has none yet
        local s = "ab\ncde\n\nfghij\nk"

        it("counts the lines that end in s[i..j], says where the next starts and ends", function ()
            assert.same({ 4, 15 }, { skiplines(s, 1, #s, 100) })   -- "k": no end (nil)
            assert.same({ 2, 8, 8 }, { skiplines(s, 1, 7, 100) })
            assert.same({ 3, 9, 14 }, { skiplines(s, 1, 8, 100) })
            assert.same({ 2, 9, 14 }, { skiplines(s, 4, 8, 100) })
            assert.same({ 0, 15 }, { skiplines(s, 15, #s, 100) })
        end)

        it("stops before a line longer than the limit", function ()
            assert.same({ 3, 9, 14 }, { skiplines(s, 1, #s, 4) })  -- "fghij" is 5 bytes
            assert.same({ 0, 1, 3 }, { skiplines(s, 1, #s, 1) })   -- "ab" is 2
        end)

        it("with a mark, stops before a line the mark ends after a word the tables hold", function ()
            local t = "a\nX: ABC: removed\nY: DEF: removed\r\nZ: ABC: removed x\n"
            local M = ": removed"
            assert.same({ 1, 3, 18 }, { skiplines(t, 1, #t, 100, M, { ABC = true }, {}) })
            assert.same({ 2, 19, 35 }, { skiplines(t, 1, #t, 100, M, {}, { DEF = 1 }) })
            assert.same({ 4, 54 }, { skiplines(t, 1, #t, 100, M, {}, {}) })
            -- (a mark not at the end of its line does not stop it)
            assert.same({ 2, 54 }, { skiplines(t, 19, #t, 100, M, { ABC = true }, {}) })
            -- queue ids are 1 to 32 letters and digits
            local long = ("A"):rep(33)
            local u = "Q: " .. long .. ": removed\nQ: " .. long:sub(2) .. ": removed\n"
            assert.same({ 1, 47, 91 }, { skiplines(u, 1, #u, 100, M, { [long] = 1, [long:sub(2)] = 1 }, {}) })
            -- the word is the one just before the mark; none: nothing to look up
            assert.same({ 0, 1, 11 }, { skiplines("x: removed\n", 1, 11, 100, M, { x = 1 }, {}) })
            assert.same({ 1, 11 }, { skiplines(": removed\n", 1, 10, 100, M, { [""] = 1 }, {}) })
        end)

        it("takes any range without reading outside the string", function ()
            assert.same({ 0, 5, 7 }, { skiplines(s, 5, 2, 100) })
            assert.same({ 4, 15 }, { skiplines(s, -3, 1000000000, 100) })
            assert.same({ 0, 1 }, { skiplines("", 1, 0, 100) })
        end)

        it("raises for a mark without its two tables, or a non-string", function ()
            local t = "X: ABC: removed\n"
            assert.has_error(function () logio.skiplines(t, 1, #t, 100, ": removed", {}) end,
                             "bad argument #7 to 'skiplines' (table expected, got no value)")
            assert.has_error(function () logio.skiplines(t, 1, #t, 100, ": removed", 1, {}) end,
                             "bad argument #6 to 'skiplines' (table expected, got number)")
            assert.has_error(function () logio.skiplines({}, 1, 1, 100) end,
                             "bad argument #1 to 'skiplines' (string expected, got table)")
        end)
    end)

    describe("postfix_line()", function ()
        local base = "postfix/smtp[1]: 3F2A1: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as X)"
        -- the fields, in the order of the pattern's values
        local FIELDS = { "plain", "time", "stamp", "rest", "program", "queue_id", "recipient",
                         "domain", "relay", "relay_ip", "dsn", "status", "text_pos" }

        -- the pattern's values as postfix_line's table: nil where it has
        -- false (but for 'plain'); nil for no match
        local function fast (line)
            local v = { n = select("#", postfix.fast:match(line)), postfix.fast:match(line) }
            if v.n == 1 and v[1] == nil then return nil end
            assert.are.equal(#FIELDS, v.n, line)
            local t = {}
            for i, k in ipairs(FIELDS) do
                if v[i] ~= false or k == "plain" then t[k] = v[i] end
            end
            return t
        end

        it("names the fields of a line", function ()
            local line = "Nov 28 01:02:03 mx " .. base
            assert.same({ plain = true, stamp = "Nov 28 01:02", rest = ":03", program = "postfix/smtp",
                          queue_id = "3F2A1", recipient = "bob@example.com", domain = "example.com",
                          relay = "mx.example.com", relay_ip = "192.0.2.1", dsn = "2.0.0",
                          status = "sent", text_pos = #line - #"250 2.0.0 Ok: queued as X)" + 1 },
                        logio.postfix_line(line))
            line = "2026-11-28T01:02:03.5+02:00 mx " .. base:gsub("bob@example.com", "Root")
                   :gsub("relay=[^,]*", "relay=none"):gsub("Ok:", "Ok \"x\":")
            assert.same({ plain = false, time = "2026-11-28T01:02:03.5+02:00", program = "postfix/smtp",
                          queue_id = "3F2A1", recipient = "Root", relay = "none", dsn = "2.0.0",
                          status = "sent", text_pos = #line - #"250 2.0.0 Ok \"x\": queued as X)" + 1 },
                        logio.postfix_line(line))
            line = "Nov 8 01:02:03.25 mx " .. base  -- not in fixed columns
            local t = logio.postfix_line(line)
            assert.are.equal("Nov 8 01:02:03.25", t.stamp)
            assert.is_nil(t.time)
            assert.is_nil(t.rest)
        end)

        it("fills the table given: every field replaced, others kept", function ()
            local into = { mine = 1 }
            local a = "Nov 28 01:02:03 mx " .. base
            local b = "2026-11-28T01:02:03Z mx " .. base:gsub("relay=[^,]*", "relay=none")
                                                       :gsub("bob@example.com", "bob")
            assert.are.equal(into, logio.postfix_line(a, into))
            assert.are.equal(into, logio.postfix_line(b, into))
            local want = fast(b)
            want.mine = 1
            assert.same(want, into)
            -- a line in another layout: nil, and the table as it was
            assert.is_nil(logio.postfix_line("Nov 28 01:02:03 mx postfix/qmgr[2]: 3F2A1: removed", into))
            assert.same(want, into)
        end)

        it("reads the usual layout exactly as its LPeg pattern does", function ()
            local lines = {}
            for l in io.lines("examples/postfix-maillog.log") do lines[#lines + 1] = l end
            for _, stamp in ipairs{ "Nov 28 01:02:03 mx", "Nov  8 01:02:03 mx", "Nov 28 01:02:03.123456 mx",
                                    "Nov 8 01:02:03 mx", "Nov   8 01:02:03 mx", "2026-11-28T01:02:03Z mx",
                                    "2026-11-28T01:02:03.5+02:00 mx", "2026-11-28T01:02:03-0700 mx",
                                    "2026-11-28T01:02:03+02 mx", "2026-11-28T01:02:03. mx",
                                    "Nov 28 01:02:03 mx mail.info", "Nov 28 01:02:03  mx", "Nov 28 01:02:03",
                                    "Foo 28 01:02:03 mx", "Nov 28 01:02 mx" } do
                lines[#lines + 1] = stamp .. " " .. base
            end
            for _, v in ipairs{ { "bob@example.com", "bob" }, { "bob@example.com", "a@b@C.Example" },
                                { "bob@example.com", "bob@" }, { "bob@example.com", "" },
                                { "relay=mx.example.com%[192.0.2.1%]:25", "relay=none" },
                                { "relay=mx.example.com%[192.0.2.1%]:25", "relay=mx[2001:db8::1]:25" },
                                { "relay=mx.example.com%[192.0.2.1%]:25", "relay=mx[192.0.2.1]" },
                                { "relay=mx.example.com%[192.0.2.1%]:25", "relay=mx[192.0.2.1]:x" },
                                { "relay=mx.example.com%[192.0.2.1%]:25", "relay=mx[1 2]" },
                                { ", relay=", ", orig_to=<root>, relay=" }, { ", relay=", ", orig_to=<root, relay=" },
                                { ", delay=", ", conn_use=2, delay=" }, { ", delay=", ", conn_use=, delay=" },
                                { "3F2A1", string.rep("A", 32) }, { "3F2A1", string.rep("A", 33) },
                                { "postfix/smtp%[1%]", "postfix/smtp[x]" }, { "postfix/smtp%[1%]", "postfix-out/smtp" },
                                { "queued as X", "queued \"as\" X" }, { "queued as X", "queued\0as\255X" },
                                { "status=sent", "status=SENT" }, { "dsn=2.0.0", "dsn=" } } do
                lines[#lines + 1] = "Nov 28 01:02:03 mx " .. base:gsub(v[1], v[2])
            end
            -- and each of them cut and changed in a few places
            local seed, n = 12345, #lines
            local function rand (k) seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k + 1 end
            local bits = { " ", "[", "]", ":", ",", "<", ">", "@", "=", "\0", "\"", "\255", "1", ", " }
            for i = 1, n do
                for _ = 1, 20 do
                    local l = lines[i]
                    local p = rand(#l + 1)
                    if rand(2) == 1 then l = l:sub(1, p - 1) .. l:sub(p + rand(4))
                    else l = l:sub(1, p - 1) .. bits[rand(#bits)] .. l:sub(p) end
                    lines[#lines + 1] = l
                end
            end
            -- as values (the fast path), into a new table, and into one
            -- refilled line after line
            local function pack (...) return { n = select("#", ...), ... } end
            local read, into = 0, {}
            for _, l in ipairs(lines) do
                local values = pack(postfix.fast:match(l))
                if values.n == 1 and values[1] == nil then values.n = 0 end
                assert.are.same(values, pack(logio.postfix_values(l)), l)
                local want = fast(l)
                assert.are.same(want, logio.postfix_line(l), l)
                local got = logio.postfix_line(l, into)
                if want then
                    assert.are.equal(into, got, l)
                    assert.are.same(want, into, l)
                    read = read + 1
                else
                    assert.is_nil(got, l)
                end
            end
            -- (hundreds of them are read: the check is not only of refusals)
            assert.is_true(read > 500, read .. " of " .. #lines)
        end)

        it("gives nil for an empty or a huge line", function ()
            assert.is_nil(logio.postfix_line(""))
            assert.is_nil(logio.postfix_line(("x"):rep(1000000)))
        end)

        it("has a fast path giving the fields as values, false where absent", function ()
            local line = "2026-11-28T01:02:03Z mx " .. base:gsub("relay=[^,]*", "relay=none")
            local t = logio.postfix_line(line)
            assert.same({ true, t.time, false, false, "postfix/smtp", "3F2A1", "bob@example.com",
                          "example.com", "none", false, "2.0.0", "sent", t.text_pos },
                        { logio.postfix_values(line) })
            -- nothing at all (not even nil) for a line in another layout
            assert.are.equal(0, select("#", logio.postfix_values("")))
            assert.are.equal(0, select("#", logio.postfix_values(("x"):rep(1000000))))
            assert.has_error(function () logio.postfix_values({}) end,
                             "bad argument #1 to 'postfix_values' (string expected, got table)")
        end)

        it("raises for a non-string line or an 'into' that is no table", function ()
            assert.has_error(function () logio.postfix_line(nil) end,
                             "bad argument #1 to 'postfix_line' (string expected, got nil)")
            assert.has_error(function () logio.postfix_line({}) end,
                             "bad argument #1 to 'postfix_line' (string expected, got table)")
            assert.has_error(function () logio.postfix_line() end,
                             "bad argument #1 to 'postfix_line' (string expected, got no value)")
            assert.has_error(function () logio.postfix_line("x", 5) end,
                             "bad argument #2 to 'postfix_line' (table expected, got number)")
            assert.has_error(function () logio.postfix_line("x", "t") end,
                             "bad argument #2 to 'postfix_line' (table expected, got string)")
        end)
    end)
end)
