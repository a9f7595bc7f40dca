-- smtpbounce.mailbox: where `smtpbounce mail` finds its messages (mbox
-- splitting and quoting, Maildir folders, directories, gzip, standard
-- input), and the JSON of a record.  No bounce-mail reader is needed
-- here: the messages are given back as they were read.

local helper = require "spec.helper"
local mailbox = require "smtpbounce.mailbox"

-- a handle over the string 's' (fh:read(n) in pieces of at most 'step')
local function handle (s, step)
    local pos = 1
    return { read = function (_, n)
        if pos > #s then return nil end
        n = math.min(n, step or n)
        local piece = s:sub(pos, pos + n - 1)
        pos = pos + n
        return piece
    end }
end

-- every (n, message, err) of the string 's'
local function all (s, step)
    local it, mbox = mailbox.messages(handle(s, step))
    local out = {}
    for n, msg, err in it do out[#out + 1] = { n = n, msg = msg, err = err } end
    return out, mbox
end

local MSG1 = "From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n\nbody one\n"
local MSG2 = "From: postmaster@example.net\nSubject: Returned mail\n\nbody two\n"

local function tmpdir ()
    local d = os.tmpname()
    os.remove(d)
    assert(os.execute("mkdir -p " .. helper.shell_quote(d)))
    return d
end

local function mkdirs (base, list)
    for _, d in ipairs(list) do
        assert(os.execute("mkdir -p " .. helper.shell_quote(base .. "/" .. d)))
    end
end

-- smtpbounce.mailbox as a build without the reader's tree loads it (its
-- listing by find(1))
local function without_tree ()
    local real, loaded = require "smtpbounce.mailreader", require "smtpbounce.mailbox"
    package.loaded["smtpbounce.mailreader"] = { }
    package.loaded["smtpbounce.mailbox"] = nil
    local by_find = require "smtpbounce.mailbox"
    package.loaded["smtpbounce.mailreader"], package.loaded["smtpbounce.mailbox"] = real, loaded
    return by_find
end

describe("smtpbounce.mailbox", function ()

    describe("messages()", function ()
        it("gives a file of one message whole (its last newline aside), numbered 0", function ()
            local got, mbox = all(MSG1)
            assert.is_false(mbox)
            assert.are.same({ { n = 0, msg = MSG1:sub(1, -2) } }, got)
        end)

        it("gives nothing for empty input", function ()
            local got = all("")
            assert.are.same({}, got)
        end)

        it("splits an mbox at each From line after an empty line, numbered from 1", function ()
            local mbox = "From MAILER-DAEMON Mon Nov 30 10:00:00 2026\n" .. MSG1 .. "\n"
                         .. "From postmaster@example.net Mon Nov 30 11:00:00 2026\n" .. MSG2 .. "\n"
            for _, step in ipairs{ 65536, 7, 1 } do
                local got, is_mbox = all(mbox, step)
                assert.is_true(is_mbox)
                assert.are.same({ { n = 1, msg = MSG1:sub(1, -2) }, { n = 2, msg = MSG2:sub(1, -2) } },
                                got, "read " .. step .. " bytes at a time")
            end
        end)

        it("unquotes >From (mboxo) and >>From (mboxrd) lines, one > each", function ()
            local mbox = "From a@example.org Mon Nov 30 10:00:00 2026\n"
                         .. "Subject: x\n\n>From the start\n>>From quoted\n>>>From deeper\n"
                         .. "> From not a From line\nFrom unquoted, after text\n"
            local got = all(mbox)
            assert.are.equal(1, #got)
            assert.are.equal("Subject: x\n\nFrom the start\n>From quoted\n>>From deeper\n"
                             .. "> From not a From line\nFrom unquoted, after text", got[1].msg)
        end)

        it("keeps CRLF line ends, and splits at From after a CRLF empty line", function ()
            local mbox = "From a Mon Nov 30 10:00:00 2026\r\nSubject: one\r\n\r\nx\r\n\r\n"
                         .. "From b Mon Nov 30 10:00:01 2026\r\nSubject: two\r\n\r\ny\r\n"
            local got = all(mbox)
            assert.are.same({ { n = 1, msg = "Subject: one\r\n\r\nx\r" },
                              { n = 2, msg = "Subject: two\r\n\r\ny\r" } }, got)
        end)

        it("skips a message over MAX_MESSAGE bytes with an error, and reads on", function ()
            local max = mailbox.MAX_MESSAGE
            mailbox.MAX_MESSAGE = 100
            local big = "From a Mon Nov 30 10:00:00 2026\nSubject: big\n\n" .. ("x"):rep(200) .. "\n\n"
                        .. "From b Mon Nov 30 10:00:01 2026\nSubject: small\n\ny\n"
            local ok, got = pcall(all, big)
            local one = { pcall(all, "Subject: big\n\n" .. ("y\n"):rep(100)) }
            mailbox.MAX_MESSAGE = max
            assert.is_true(ok)
            assert.are.same({ { n = 1, err = "message too large (over 100 bytes), skipped" },
                              { n = 2, msg = "Subject: small\n\ny" } }, got)
            assert.is_true(one[1])
            assert.are.same({ { n = 0, err = "message too large (over 100 bytes), skipped" } }, one[2])
        end)

        it("keeps NUL bytes and bytes that are no UTF-8", function ()
            local m = "Subject: \0\255\n\nbody\0\n"
            assert.are.equal(m:sub(1, -2), all(m)[1].msg)
        end)
    end)

    describe("files()", function ()
        it("lists every file below a directory by path, but in a Maildir only cur/ and new/", function ()
            local d = tmpdir()
            mkdirs(d, { "box/cur", "box/new", "box/tmp", "box/.Sub/cur", "box/.Sub/new", "box/.Sub/tmp",
                        "plain/deeper" })
            for _, f in ipairs{ "box/cur/2", "box/cur/1", "box/new/3", "box/tmp/4", "box/dovecot-uidlist",
                                "box/.Sub/new/5", "box/.Sub/tmp/6", "box/.Sub/maildirfolder",
                                "plain/b.eml", "plain/a.eml", "plain/deeper/c.eml", "plain/it's.eml" } do
                helper.write_file(d .. "/" .. f, "x")
            end
            -- listed by the reader's tree, and by find(1) (a build without it)
            local by_find = without_tree()
            for _, m in ipairs{ mailbox, by_find } do
                local list = assert(m.files(d))
                local rel = {}
                for i, f in ipairs(list) do rel[i] = f:sub(#d + 2) end
                assert.are.same({ "box/.Sub/new/5", "box/cur/1", "box/cur/2", "box/new/3",
                                  "plain/a.eml", "plain/b.eml", "plain/deeper/c.eml", "plain/it's.eml" }, rel)
            end
            assert.is_nil(by_find.files("/nonexistent/dir"))
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("lists every file, sorted, where no directory is a Maildir (cur/ alone is none)", function ()
            local d = tmpdir()
            mkdirs(d, { "x/cur", "x/tmp", "y/new" })
            for _, f in ipairs{ "x/cur/2", "x/tmp/1", "x/dovecot-uidlist", "y/new/3", "b", "a" } do
                helper.write_file(d .. "/" .. f, "x")
            end
            local by_find = without_tree()
            for _, m in ipairs{ mailbox, by_find } do
                local list = assert(m.files(d .. "/"))
                local rel = {}
                for i, f in ipairs(list) do rel[i] = f:sub(#d + 2) end
                assert.are.same({ "a", "b", "x/cur/2", "x/dovecot-uidlist", "x/tmp/1", "y/new/3" }, rel)
                -- the top directory a Maildir: its own files and tmp/ passed over
                mkdirs(d, { "cur", "new", "tmp" })
                helper.write_file(d .. "/new/4", "x")
                helper.write_file(d .. "/tmp/5", "x")
                rel = {}
                for i, f in ipairs(assert(m.files(d))) do rel[i] = f:sub(#d + 2) end
                assert.are.same({ "new/4", "x/cur/2", "x/dovecot-uidlist", "x/tmp/1", "y/new/3" }, rel)
                os.execute("rm -rf " .. helper.shell_quote(d .. "/cur") .. " " .. helper.shell_quote(d .. "/new")
                           .. " " .. helper.shell_quote(d .. "/tmp"))
            end
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("sorts paths by their bytes, a prefix first, however long the part they share", function ()
            local reader = require "smtpbounce.mailreader"
            local d = tmpdir()
            local names = { "a", "ab", "abcdefgh", "abcdefghi", "abcdefghij", "abcdefgh-1", "abcdefgh.2",
                            "abcdefgh\255", "abcdefgh\1", "abcdefghijklmnopq", "abcdefghijklmnopr", "b-c",
                            "b.d", "\200x", "A", "Z", "z" }
            mkdirs(d, { "abcdefgh0", "b" })
            for _, f in ipairs(names) do helper.write_file(d .. "/" .. f, "x") end
            for _, f in ipairs{ "abcdefgh0/x", "abcdefgh0/y", "b/d" } do
                helper.write_file(d .. "/" .. f, "x")
                names[#names + 1] = f
            end
            for i, f in ipairs(names) do names[i] = d .. "/" .. f end
            table.sort(names)
            assert.are.same(names, (reader.tree(d)))
            local one = d .. "/abcdefgh0"
            assert.are.same({ one .. "/x", one .. "/y" }, (reader.tree(one)))
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("lists as find(1) does: no symbolic link followed, a trailing / kept once", function ()
            local reader = require "smtpbounce.mailreader"
            local d = tmpdir()
            mkdirs(d, { "a/b/c", "e" })
            for _, f in ipairs{ "a/1", "a/b/2", "a/b/c/3", "e/.hidden", "e/sp ace" } do
                helper.write_file(d .. "/" .. f, "x")
            end
            assert(os.execute("ln -s " .. helper.shell_quote(d .. "/a") .. " " .. helper.shell_quote(d .. "/e/link-dir")
                              .. " && ln -s ../a/1 " .. helper.shell_quote(d .. "/e/link-file")
                              .. " && mkfifo " .. helper.shell_quote(d .. "/e/fifo")
                              .. " && ln -s " .. helper.shell_quote(d .. "/a") .. " "
                              .. helper.shell_quote(d .. "/top-link")))
            local function find_lists (dir)
                local p = io.popen("find " .. helper.shell_quote(dir) .. " -mindepth 1 \\( -type f -o -type d \\)"
                                   .. " -printf '%y%p\\n'")
                local files, dirs = {}, {}
                for l in p:lines() do
                    if l:sub(1, 1) == "f" then files[#files + 1] = l:sub(2) else dirs[#dirs + 1] = l:sub(2) end
                end
                p:close()
                table.sort(files)
                table.sort(dirs)
                return files, dirs
            end
            for _, dir in ipairs{ d, d .. "/", d .. "//", d .. "/a/./", d .. "/top-link", d .. "/e" } do
                local files, set = assert(reader.tree(dir))
                local dirs = {}
                for path, v in pairs(set) do
                    assert.are.equal(true, v)
                    dirs[#dirs + 1] = path
                end
                table.sort(files)
                table.sort(dirs)
                local want_f, want_d = find_lists(dir)
                assert.are.same(want_f, files)
                assert.are.same(want_d, dirs)
            end
            assert.are.equal(5, #(reader.tree(d)))  -- (the listing is not empty)
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("says when a directory cannot be listed", function ()
            local list, err = mailbox.files("/nonexistent/dir")
            assert.is_nil(list)
            assert.are.equal("/nonexistent/dir: cannot list every file (No such file or directory)", err)
        end)
    end)

    describe("sources()", function ()
        local function collect (paths, stdin)
            local got, bad = {}, {}
            local failed, inputs = mailbox.sources(paths, stdin, function (source, msg, err)
                got[#got + 1] = { source, msg or err }
            end, function (e) bad[#bad + 1] = e end)
            return got, bad, failed, inputs
        end

        it("names messages by path, PATH:N in an mbox; reads gzip'd files; goes on past errors", function ()
            local d = tmpdir()
            local one = helper.write_file(d .. "/one.eml", MSG1)
            local mbox = helper.write_file(d .. "/box.mbox", "From a Mon Nov 30 10:00:00 2026\n" .. MSG1
                                           .. "\nFrom b Mon Nov 30 10:00:01 2026\n" .. MSG2)
            helper.write_file(d .. "/zipped", "From a Mon Nov 30 10:00:00 2026\n" .. MSG2)
            assert(os.execute("gzip " .. helper.shell_quote(d .. "/zipped")))
            local got, bad, failed, inputs = collect({ one, d .. "/missing", mbox, d .. "/zipped.gz" })
            assert.are.same({ { one, MSG1:sub(1, -2) }, { mbox .. ":1", MSG1:sub(1, -2) },
                              { mbox .. ":2", MSG2:sub(1, -2) },
                              { d .. "/zipped.gz:1", MSG2:sub(1, -2) } }, got)
            assert.are.same({ d .. "/missing: No such file or directory" }, bad)
            assert.are.equal(1, failed)
            assert.are.equal(4, inputs)
            -- a directory: its files, sorted
            got = collect({ d })
            assert.are.same({ d .. "/box.mbox:1", d .. "/box.mbox:2", d .. "/one.eml",
                              d .. "/zipped.gz:1" },
                            { got[1][1], got[2][1], got[3][1], got[4][1] })
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("gives a small file of one message, read in one piece, as messages() reads it", function ()
            local d = tmpdir()
            local body = {}
            for i = 1, 3000 do body[i] = "line " .. i .. " of a long bounce" end
            local long = MSG1 .. table.concat(body, "\n") .. "\n"
            assert.is_true(#long > mailbox.WHOLE)  -- (the general path)
            local files = { ["a.eml"] = MSG1, ["b-no-newline.eml"] = MSG1:sub(1, -2),
                            ["c-crlf.eml"] = MSG1:gsub("\n", "\r\n"), ["d-empty.eml"] = "",
                            ["e-newline.eml"] = "\n", ["f-two-newlines.eml"] = MSG2 .. "\n",
                            ["g-long.eml"] = long, ["h-just-under.eml"] = long:sub(1, mailbox.WHOLE - 1),
                            ["i-exactly.eml"] = long:sub(1, mailbox.WHOLE),
                            ["j-nul.eml"] = "Subject: \0\255\n\nbody\0\n",
                            -- small mboxes (split in C)
                            ["k-mbox.eml"] = "From a\n" .. MSG1 .. "\nFrom b\n>From x\n>>From y\n>Fro\n\n",
                            ["l-mbox-crlf"] = "From a\r\n" .. MSG1:gsub("\n", "\r\n") .. "\r\nFrom b\r\n"
                                              .. MSG2:gsub("\n", "\r\n"),
                            ["m-mbox-empty"] = "From a\nFrom b\n\nFrom c\n\n\n\nFrom d",
                            ["n-mbox-body"] = "From a\nx\nFrom not-after-blank\n \nFrom b\n\n\n",
                            ["o-mbox-one"] = "From \n" }
            local want = {}
            for name, text in pairs(files) do
                helper.write_file(d .. "/" .. name, text)
                for _, m in ipairs(all(text, 4096)) do
                    local source = d .. "/" .. name .. (m.n > 0 and ":" .. m.n or "")
                    want[#want + 1] = { source, m.msg }
                end
            end
            table.sort(want, function (a, b) return a[1] < b[1] end)
            local got, bad = collect({ d })
            assert.are.same({}, bad)
            assert.are.equal(#want, #got)
            for i = 1, #want do
                assert.are.equal(want[i][1], got[i][1])
                assert.is_true(want[i][2] == got[i][2], want[i][1])
            end
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("reads the files of one directory in a row, of another, then of the first again", function ()
            local d = tmpdir()
            mkdirs(d, { "x", "y" })
            local paths, want = {}, {}
            for i, p in ipairs{ "x/1.eml", "x/2.eml", "x/3.eml", "y/1.eml", "y/2.eml", "x/4.eml",
                                "x/5.eml", "x/missing.eml", "x/6.eml" } do
                paths[i] = d .. "/" .. p
                if not p:find("missing", 1, true) then
                    helper.write_file(paths[i], MSG1 .. p .. "\n")
                    want[#want + 1] = { paths[i], MSG1 .. p }
                end
            end
            local got, bad = collect(paths)
            assert.are.same(want, got)
            assert.are.same({ d .. "/x/missing.eml: No such file or directory" }, bad)
            os.execute("rm -rf " .. helper.shell_quote(d))
        end)

        it("reads standard input for '-' or no path: one message, or an mbox", function ()
            local f = io.tmpfile()
            f:write(MSG2); f:seek("set", 0)
            assert.are.same({ { "-", MSG2:sub(1, -2) } }, (collect({}, f)))
            f:close()
            f = io.tmpfile()
            f:write("From a Mon Nov 30 10:00:00 2026\n" .. MSG1 .. "\nFrom b Mon Nov 30 10:00:01 2026\n"
                    .. MSG2)
            f:seek("set", 0)
            assert.are.same({ { "-:1", MSG1:sub(1, -2) }, { "-:2", MSG2:sub(1, -2) } }, (collect({ "-" }, f)))
            f:close()
        end)
    end)

    describe("record_json()", function ()
        it("writes source, the mail fields, headers (sorted), then the result's members", function ()
            local rec = { recipient = "jane@example.com", dsn_action = "failed", dsn = "5.1.1",
                          remote_mta = "mx.example.com", reply = "550 5.1.1 <jane@example.com>... User",
                          format = "rfc3464", message_id = "id@example.org",
                          headers = { ["X-Campaign-Id"] = "42", ["X-A"] = "\"q\"" },
                          code = 550, status = "5.1.1", outcome = "bounced", reason = "userunknown",
                          action = "suppress", scope = "recipient", text = "User", tags = {},
                          rule = "status.x.1.1", basis = "status" }
            assert.are.equal('{"source":"box:2","recipient":"jane@example.com","dsn_action":"failed",'
                .. '"dsn":"5.1.1","remote_mta":"mx.example.com",'
                .. '"reply":"550 5.1.1 <jane@example.com>... User","format":"rfc3464",'
                .. '"message_id":"id@example.org","headers":{"X-A":"\\"q\\"","X-Campaign-Id":"42"},'
                .. '"code":550,"status":"5.1.1","outcome":"bounced","reason":"userunknown",'
                .. '"action":"suppress","scope":"recipient","text":"User","tags":[],'
                .. '"rule":"status.x.1.1","basis":"status"}', mailbox.record_json("box:2", rec))
        end)

        -- the JSON smtpbounce.json writes for 'rec' (what record_json
        -- gives, in C or in Lua): source, mail fields, result fields
        local function expected (source, rec)
            local json = require "smtpbounce.json"
            local fields = {}
            for _, k in ipairs(require("smtpbounce.mail").FIELDS) do fields[#fields + 1] = k end
            for _, k in ipairs(require("smtpbounce.result").FIELDS) do fields[#fields + 1] = k end
            local parts = { '{"source":' .. json.string(source) }
            for _, k in ipairs(fields) do
                local v, j = rec[k], nil
                if k == "headers" and type(v) == "table" then
                    local names, hp = {}, {}
                    for name in pairs(v) do names[#names + 1] = name end
                    table.sort(names)
                    for i, name in ipairs(names) do hp[i] = json.string(name) .. ":" .. json.string(v[name]) end
                    j = "{" .. table.concat(hp, ",") .. "}"
                elseif v ~= nil then
                    j = json.value(v)
                end
                if j then parts[#parts + 1] = "," .. json.string(k) .. ":" .. j end
            end
            return table.concat(parts) .. "}"
        end

        -- byte strings that try the escapes and the UTF-8 checks: every
        -- byte, every pair from a set of edge bytes, and random strings
        -- (a fixed seed)
        local function strings ()
            local edge = { 0, 1, 8, 9, 10, 12, 13, 31, 32, 34, 47, 65, 92, 126, 127, 0x80, 0x8F,
                           0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF,
                           0xF0, 0xF4, 0xF5, 0xFF }
            local list = { "", "plain text", "a/b", "\\/", "\226\130\172", "\240\159\152\128",
                           "\237\160\128", "\224\128\128", "\244\144\128\128", "\195" }
            for c = 0, 255 do list[#list + 1] = string.char(c) end
            for _, a in ipairs(edge) do
                for _, b in ipairs(edge) do list[#list + 1] = string.char(a, b) end
            end
            local seed = 12345
            for _ = 1, 3000 do
                local t = {}
                for k = 1, seed % 9 do
                    seed = (seed * 1103515245 + 12345) % 2147483648
                    t[k] = string.char(edge[seed % #edge + 1] or 0)
                    if seed % 3 == 0 then t[k] = string.char(seed % 256) end
                end
                seed = (seed * 1103515245 + 12345) % 2147483648
                list[#list + 1] = table.concat(t)
            end
            return list
        end

        it("writes each string as smtpbounce.json does (escapes, '/', bad UTF-8), in C and in Lua", function ()
            local json = require "smtpbounce.json"
            local reader = require "smtpbounce.mailreader"
            local n = 0
            for _, s in ipairs(strings()) do
                local want = json.string(s)
                assert.are.equal(want, reader.json_string(s))
                local rec = { recipient = s, text = s, tags = { s }, headers = { [s] = s } }
                assert.are.equal(expected(s, rec), mailbox.record_json(s, rec))
                n = n + 1
            end
            assert.is_true(n > 4000)
        end)

        it("writes each field of the list, in its order, a field named twice twice (C writer)", function ()
            local reader = require "smtpbounce.mailreader"
            assert.is_function(reader.json_record)  -- (mail.lua falls back to Lua without it)
            local fields, keys = { "b", "a", "b" }, { ',"b":', ',"a":', ',"b":' }
            local none = function () return "null" end
            for _ = 1, 2 do  -- (the second time from what the first kept)
                assert.are.equal('{"source":"s","b":"y","a":"x","b":"y"}',
                                 reader.json_record("s", { a = "x", b = "y", c = "z" }, fields, none,
                                                    true, keys))
            end
            -- wrong types: an error that names them, with keys (kept or not) or without
            local rec = { a = "x" }
            for _, raw in ipairs{ true, false } do
                assert.has_error(function ()
                    reader.json_record("s", rec, { "a", 1 }, none, raw, { ',"a":', ',"1":' })
                end, "field names must be strings")
                assert.has_error(function () reader.json_record("s", rec, { "a" }, none, raw, { false }) end,
                                 "keys must be strings")
                assert.has_error(function () reader.json_record("s", rec, { 1 }, none, raw) end,
                                 "field names must be strings")
            end
            assert.has_error(function () reader.json_record("s", "rec", { "a" }, none, true, { ',"a":' }) end)
            assert.has_error(function () reader.json_record("s", rec, { "a" }, none, true, "keys") end)
            fields, keys = { "b", "a", "n", "t" }, { ',"b":', ',"a":', ',"n":', ',"t":' }
            assert.are.equal('{"source":"s","a":"x","n":7,"t":[]}',
                             reader.json_record("s", { a = "x", n = 7, t = {}, [1] = "q" }, fields,
                                                none, true, keys))
        end)

        it("writes numbers, booleans, tables and headers as smtpbounce.json does, in C and in Lua", function ()
            local recs = {
                { code = 550, status = "5.1.1", tags = {} },
                { code = 0, retry_after = 1.5, tags = { "a", "b\"c" } },
                { code = -3, time = 1e15, tags = { 1, 2.5 } },
                { code = 2 ^ 53, headers = {}, tags = {} },
                { code = 99999999999999, headers = { B = "2", a = "1" }, outcome = true },
                { code = 5.0, recipient = "x@example.org", reason = false },
            }
            local lua_path
            do  -- smtpbounce.mail without the C writer (a build without it)
                local real, saved = require "smtpbounce.mailreader", package.loaded["smtpbounce.mail"]
                package.loaded["smtpbounce.mailreader"] = setmetatable({ json_record = false },
                                                                       { __index = real })
                package.loaded["smtpbounce.mail"] = nil
                lua_path = require("smtpbounce.mail").record_json
                package.loaded["smtpbounce.mailreader"], package.loaded["smtpbounce.mail"] = real, saved
            end
            for i, rec in ipairs(recs) do
                assert.are.equal(expected("m:" .. i, rec), mailbox.record_json("m:" .. i, rec))
                assert.are.equal(expected("m:" .. i, rec), lua_path("m:" .. i, rec))
            end
        end)

        it("record_writer: the line and a newline, to a file (C) and to any writer (Lua)", function ()
            local mail = require "smtpbounce.mail"
            local recs = {
                { recipient = "a@example.com", code = 550, text = "x\1\255", tags = { "t" }, headers = { B = "1" } },
                setmetatable({ recipient = "b@example.com", text = "550 5.1.1 no such user" },
                             require("smtpbounce.result").MT),
            }
            local f = io.tmpfile()
            local got = {}
            local to_file = mail.record_writer(f)
            local to_table = mail.record_writer({ write = function (_, ...)
                for _, s in ipairs{ ... } do got[#got + 1] = s end
            end })
            local want = {}
            for i, rec in ipairs(recs) do
                to_file("s:" .. i, rec)
                to_table("s:" .. i, rec)
                want[i] = mailbox.record_json("s:" .. i, rec) .. "\n"
            end
            f:seek("set", 0)
            assert.are.equal(table.concat(want), f:read("*a"))
            assert.are.equal(table.concat(want), table.concat(got))
            f:close()
            assert.is_false(require("smtpbounce.mailreader").json_record("s", {}, {}, print, true, {}, f))
        end)
    end)
end)
