-- smtpbounce.scan.input: opening inputs, the line reader, the pass over
-- the lines, the progress bar.

local helper = require "spec.helper"
local input = require "smtpbounce.scan.input"
local cache = require "smtpbounce.cache"

-- a seekable handle on 's' whose reads give at most 'chunk' bytes
local function string_handle (s, chunk)
    local pos = 1
    local fh = {}
    function fh.read (_, n)
        if pos > #s then return nil end
        if chunk and n > chunk then n = chunk end
        local r = s:sub(pos, pos + n - 1)
        pos = pos + #r
        return r
    end
    function fh.seek (_, whence, off)
        off = off or 0
        if whence == "set" then pos = off + 1
        elseif whence == "end" then pos = #s + 1 + off
        elseif whence == "cur" or whence == nil then pos = pos + off end
        return pos - 1
    end
    return fh
end

local sink = helper.sink

-- every line the reader gives
local function all (rd)
    local t = {}
    while true do
        local l = rd.next()
        if l == nil then return t end
        t[#t + 1] = l
    end
end

describe("smtpbounce.scan.input", function ()

    describe("open()", function ()
        it("gives standard input as it is", function ()
            local stdin = string_handle("abc\n")
            local fh, label, size, close = input.open("-", stdin)
            assert.are.equal(stdin, fh)
            assert.are.same({ "<stdin>", 4, false }, { label, size, close })
        end)

        it("opens a file, with its size", function ()
            local f = helper.temp_file("one\ntwo\n")
            local fh, label, size, close = input.open(f)
            assert.are.same({ f, 8, true }, { label, size, close })
            assert.are.equal("one\ntwo\n", fh:read("*a"))
            fh:close()
            os.remove(f)
        end)

        it("reads a gzip'd file through gzip -dc, its size unknown", function ()
            local f = helper.temp_file("one\ntwo\n")
            os.execute("gzip -f " .. helper.shell_quote(f))
            local fh, label, size, close = input.open(f .. ".gz")
            assert.are.same({ f .. ".gz", true }, { label, close })
            assert.is_nil(size)
            assert.are.equal("one\ntwo\n", fh:read("*a"))
            fh:close()
            os.remove(f .. ".gz")
        end)

        it("says why a file cannot be read", function ()
            assert.are.same({ nil, "/nonexistent/maillog: No such file or directory" },
                            { input.open("/nonexistent/maillog") })
            assert.are.same({ nil, "/: is a directory" }, { input.open("/") })
        end)
    end)

    describe("reader()", function ()
        local lines = "a\nbb\r\n\nccc"

        it("gives the lines, in blocks of any size", function ()
            local block = input.BLOCK
            for _, n in ipairs{ 1, 2, 3, 5, 65536 } do
                input.BLOCK = n
                local ok, t = pcall(all, input.reader(string_handle(lines), true, 100))
                input.BLOCK = block
                assert.is_true(ok, t)
                assert.are.same({ "a", "bb\r", "", "ccc" }, t, "blocks of " .. n)
            end
        end)

        it("gives the length of a line longer than the limit, never the line", function ()
            local block = input.BLOCK
            input.BLOCK = 2
            local ok, t = pcall(all, input.reader(string_handle("ab\n" .. ("x"):rep(10) .. "\ncd"), true, 4))
            input.BLOCK = block
            assert.is_true(ok, t)
            assert.are.same({ "ab", 10, "cd" }, t)
            assert.are.same({ "ab", 5 }, all(input.reader(string_handle("ab\nxxxxx"), true, 4)))
        end)

        it("reads a pipe a line at a time, NUL bytes kept", function ()
            local f = helper.temp_file("a\0b\nlong line\nc")
            local fh = io.open(f, "rb")
            assert.are.same({ "a\0b", 9, "c" }, all(input.reader(fh, false, 5)))
            fh:close()
            os.remove(f)
        end)
    end)

    describe("pass()", function ()
        local log = table.concat({
            "x status=sent 1",          -- 1
            "other",                    -- 2
            "Q: ABC: removed",          -- 3
            "Q: DEF: removed",          -- 4
            "y status=bounced 2",       -- 5
            "",                         -- 6
        }, "\n") .. "\n"

        local function run (block, pre, follow, draw, first)
            local rd = input.reader(string_handle(log), block, 100)
            local fed = {}
            local lines, passed = input.pass(rd, first or {}, function (line, lineno, checked)
                fed[#fed + 1] = { line, lineno, checked or false }
            end, pre, follow, draw)
            return fed, lines, passed
        end

        it("feeds every line with its number, without a prefilter", function ()
            local fed, lines, passed = run(true, nil)
            assert.are.equal(6, #fed)
            assert.are.same({ "Q: DEF: removed", 4, false }, fed[4])
            assert.are.same({ 6, 0 }, { lines, passed })
        end)

        it("passes over the lines without the prefilter, and counts them", function ()
            local fed, lines, passed = run(true, "status=")
            -- (the line that starts a block comes through the reader: not
            -- checked, the feed looks for the prefilter itself)
            assert.are.same({ { "x status=sent 1", 1, false }, { "y status=bounced 2", 5, true } }, fed)
            assert.are.same({ 6, 4 }, { lines, passed })
        end)

        it("feeds the lines read already first, then numbers on from them", function ()
            local rd = input.reader(string_handle("z status=x\n"), true, 100)
            local fed = {}
            local lines = input.pass(rd, { "first", 7 }, function (line, lineno)
                fed[#fed + 1] = { line, lineno }
            end, "status=")
            assert.are.same({ { "first", 1 }, { 7, 2 }, { "z status=x", 3 } }, fed)
            assert.are.equal(3, lines)
        end)

        it("gives the dequeue lines of the queue ids followed to dequeued()", function ()
            local pending = cache.new(10)
            pending:set("DEF", {})
            local seen = {}
            local follow = { mark = ": removed", pending = pending,
                             dequeued = function (line) seen[#seen + 1] = line end }
            local _, lines, passed = run(true, "status=", follow)
            assert.are.same({ "Q: DEF: removed" }, seen)
            assert.are.same({ 6, 4 }, { lines, passed })
            -- none followed: none looked at
            seen = {}
            pending:delete("DEF")
            run(true, "status=", follow)
            assert.are.same({}, seen)
        end)

        it("calls draw every PROGRESS_EVERY lines", function ()
            local every = input.PROGRESS_EVERY
            input.PROGRESS_EVERY = 2
            local drawn = {}
            local ok, err = pcall(run, true, "status=", nil, function (n) drawn[#drawn + 1] = n end)
            input.PROGRESS_EVERY = every
            assert.is_true(ok, err)
            assert.are.same({ 3, 6 }, drawn)
        end)

        it("feeds a pipe's lines one at a time", function ()
            local f = helper.temp_file(log)
            local fh = io.open(f, "rb")
            local rd = input.reader(fh, false, 100)
            local n = 0
            local lines, passed = input.pass(rd, {}, function () n = n + 1 end, "status=")
            fh:close()
            os.remove(f)
            assert.are.same({ 6, 0, 6 }, { lines, passed, n })
        end)
    end)

    describe("progress()", function ()
        it("draws a bar of the part read, then takes it away", function ()
            local err = sink()
            local fh = string_handle(("x"):rep(100))
            fh:read(50)
            local draw = input.progress(err, fh, 100)
            draw()                                  -- not drawn yet: nothing to take away
            draw(1234)
            draw()
            assert.are.equal("\r[===============               ]  50% 1234 lines\r"
                             .. (" "):rep(60) .. "\r", err.text())
        end)
    end)
end)
