-- Ruleset images: the built-in rules compiled once and kept in a file
-- (core.image, core.load_image; smtpbounce.compile's image, which `make`
-- writes with tools/bytecode.lua --ruleset for bin/smtpbounce).  A
-- classifier read from an image decides every reply as the compiled one
-- does; an image that is not the one of the files as they are now, or
-- is damaged, is never used.

local helper = require "spec.helper"
local core = require "smtpbounce.core"
local compile = require "smtpbounce.compile"
local logio = require "smtpbounce.logio"
local smtpbounce = require "smtpbounce"
local image = require "smtpbounce.image"


-- the image file of the built-in rules as tools/bytecode.lua writes it;
-- its first line and its bytes after it
local function image_file ()
    local path = helper.temp_file("")
    image.write(path, logio.file_stamp)
    local data = helper.read_file(path)
    local head = data:match("^[^\n]*\n")
    return path, head, data:sub(#head + (8 - #head % 8) % 8 + 1)
end

-- every reply the built-in rules' examples give, with a context or not
local function replies ()
    local out = {}
    for _, r in ipairs(smtpbounce.new():rule_list()) do
        for _, e in ipairs(r.examples or {}) do
            local ctx = (e.mx or e.domain or e.phase or e.provider) and
                        { mx = e.mx, domain = e.domain, phase = e.phase, provider = e.provider }
            out[#out + 1] = { reply = e.reply, context = ctx }
        end
    end
    return out
end

-- smtpbounce.new(opts) with compile.image = 'image'; the number of images
-- core.load_image read, and of rule files read (compile.add_file)
local function with_image (image_of, opts)
    local load, add_file, n, files = core.load_image, compile.add_file, 0, 0
    core.load_image = function (...)
        local rs, extra = load(...)
        if rs then n = n + 1 end
        return rs, extra
    end
    compile.add_file = function (...)
        files = files + 1
        return add_file(...)
    end
    compile.image = image_of
    local ok, c = pcall(smtpbounce.new, opts)
    compile.image = nil
    core.load_image, compile.add_file = load, add_file
    assert(ok, c)
    return c, n, files
end

describe("ruleset images", function ()
    local path, head, img
    setup(function () path, head, img = image_file() end)
    teardown(function () os.remove(path) end)

    describe("core.load_image()", function ()
        it("reads back the image core.image wrote, and its extra bytes", function ()
            local rs, extra = core.load_image(path, head)
            assert.is_not_nil(rs)
            assert.are.equal(img, core.image(rs, extra))
            assert.are.equal(core.image(smtpbounce.new().rs, extra), img)
            assert.are.equal(core.size(smtpbounce.new().rs), core.size(rs))
        end)

        it("refuses another first line", function ()
            assert.same({ nil, "not an image" }, { core.load_image(path, head .. "x") })
            assert.same({ nil, "not an image" }, { core.load_image(path, "x" .. head:sub(2)) })
        end)

        it("refuses a missing file", function ()
            assert.same({ nil, "cannot open" }, { core.load_image(path .. ".none", head) })
        end)

        it("refuses an image with any byte changed, cut or grown", function ()
            local data = helper.read_file(path)
            local at = #head + (8 - #head % 8) % 8
            local bad = helper.temp_file("")
            local cases = {}
            -- the magic, the header's length, the counts, the first
            -- automaton's table, the rule tables, the extra bytes
            for _, k in ipairs{ 1, 17, 40, 100, 5000, math.floor(#img / 2), #img - 3000, #img } do
                cases[#cases + 1] = data:sub(1, at + k - 1)
                                    .. string.char((data:byte(at + k) + 1) % 256)
                                    .. data:sub(at + k + 1)
            end
            cases[#cases + 1] = data:sub(1, -9)
            cases[#cases + 1] = data .. string.rep("\0", 8)
            cases[#cases + 1] = data:sub(1, at)
            for i, d in ipairs(cases) do
                helper.write_file(bad, d)
                assert.same({ nil, "not an image" }, { core.load_image(bad, head) }, "case " .. i)
            end
            os.remove(bad)
        end)
    end)

    describe("smtpbounce.new() with compile.image", function ()
        local stamp = logio.file_stamp

        it("reads the built-in rules from the image and decides as compiled", function ()
            local plain = smtpbounce.new()
            local c, n, files = with_image({ path = path, stamp = stamp })
            assert.are.equal(1, n)
            -- (no file read: the rules' LPeg patterns come from
            -- smtpbounce.rules.patterns, by the names the image keeps)
            assert.are.equal(0, files)
            -- (the phrases, and the rules' phrase lists and examples, are
            -- read from the image when rule_list or explain first asks)
            assert.is_nil(c.phrases)
            local pr, cr = plain:rule_list(), c:rule_list()
            assert.same(plain.phrases, c.phrases)
            assert.are.equal(#pr, #cr)
            for i, r in ipairs(pr) do
                for _, k in ipairs{ "id", "layer", "reason", "action", "scope", "basis", "any", "all",
                                    "none", "ordered", "examples", "tags", "codes", "statuses",
                                    "classes", "phases", "providers", "source", "note", "where" } do
                    assert.same(r[k], cr[i][k], r.id .. ": " .. k)
                end
            end
            for _, e in ipairs(replies()) do
                assert.same(plain:classify(e.reply, e.context), c:classify(e.reply, e.context))
                assert.same(plain:explain(e.reply, e.context), c:explain(e.reply, e.context))
            end
        end)

        it("is not used once a source's stamp differs", function ()
            local c, n = with_image({ path = path, stamp = function (p)
                local s = stamp(p)
                if p:find("phrases%.lua$") then s = s:gsub("^%d+", "1") end
                return s
            end })
            assert.are.equal(0, n)
            assert.are.equal(core.image(smtpbounce.new().rs), core.image(c.rs))
        end)

        it("is not used when the built-in files are others", function ()
            local last = table.remove(smtpbounce.builtin)
            local ok, c = pcall(with_image, { path = path, stamp = stamp })
            local okp, plain = pcall(smtpbounce.new)
            table.insert(smtpbounce.builtin, last)
            assert(ok, c)
            assert(okp, plain)
            assert.are.equal(core.image(plain.rs), core.image(c.rs))
            assert.are.equal(#plain:rule_list(), #c:rule_list())
            assert.is_true(#smtpbounce.new():rule_list() > #c:rule_list())
        end)

        it("is not used when its rules come out other than it says", function ()
            -- (a file read as another: its last rule missing)
            local add_checked = compile.add_checked
            compile.add_checked = function (set, p, layer, seg)
                if p:find("phrases%.lua$") then table.remove(seg.rules) end
                return add_checked(set, p, layer, seg)
            end
            local ok, c = pcall(with_image, { path = path, stamp = stamp })
            compile.add_checked = add_checked
            assert(ok, c)
            assert.are.equal(core.image(smtpbounce.new().rs), core.image(c.rs))
            assert.are.equal(#smtpbounce.new():rule_list(), #c:rule_list())
        end)

        it("gives the rule data the files give", function ()
            local plain, c = smtpbounce.new(), with_image({ path = path, stamp = stamp })
            local a, b = plain:rule_list(), c:rule_list()
            assert.are.equal(#a, #b)
            for i = 1, #a do
                local x, y = {}, {}
                for k, v in pairs(a[i]) do if k ~= "src" and k ~= "pattern" then x[k] = v end end
                for k, v in pairs(b[i]) do if k ~= "src" and k ~= "pattern" then y[k] = v end end
                assert.same(x, y)
                assert.are.equal(a[i].src.file, b[i].src.file)
                assert.are.equal(a[i].src.layer, b[i].src.layer)
                assert.are.equal(type(a[i].pattern), type(b[i].pattern))
            end
            assert.are.equal(#plain.providers, #c.providers)
            for i, p in ipairs(plain.providers) do
                local q = c.providers[i]
                assert.same({ p.id, p.name, p.hosts, p.domains, p.tokens, p.where },
                            { q.id, q.name, q.hosts, q.domains, q.tokens, q.where })
            end
            assert.same(plain.policy, c.policy)
        end)

        it("is not used by `rules --check`, which reads and checks every rule file", function ()
            local load, add_file, n, files = core.load_image, compile.add_file, 0, 0
            core.load_image = function (...)
                n = n + 1
                return load(...)
            end
            compile.add_file = function (...)
                files = files + 1
                return add_file(...)
            end
            local out, err = assert(io.tmpfile()), assert(io.tmpfile())
            local given = { path = path, stamp = stamp }
            compile.image = given
            local ok, rc = pcall(require("smtpbounce.cli").main, { "rules", "--check" }, out, err, io.stdin)
            local after = compile.image
            compile.image = nil
            core.load_image, compile.add_file = load, add_file
            assert(ok, rc)
            out:seek("set")
            local text = out:read("*a")
            out:close(); err:close()
            assert.are.equal(0, rc)
            assert.is_truthy(text:find("^%d+ rules, %d+ examples checked, 0 problems\n"))
            assert.are.equal(0, n)
            assert.are.equal(#smtpbounce.builtin, files)
            assert.are.equal(given, after)  -- (given back for what runs next)
            -- (and the other commands still read the image)
            local _, m = with_image({ path = path, stamp = stamp })
            assert.are.equal(1, m)
        end)

        it("is not used with operator rules, files or other profiles' rules", function ()
            local _, n = with_image({ path = path, stamp = stamp },
                                    { rules = { { id = "x", reason = "undefined", any = "x y z" } } })
            assert.are.equal(0, n)
            _, n = with_image({ path = path, stamp = stamp }, { files = { "examples/rules/disable-rule.lua" } })
            assert.are.equal(0, n)
            _, n = with_image({ path = path, stamp = stamp }, { builtin = false })
            assert.are.equal(0, n)
            _, n = with_image({ path = path, stamp = stamp }, { profile = "cautious" })
            assert.are.equal(1, n)  -- (the profile is no part of the ruleset)
        end)
    end)
end)
