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

local searchpath = require("smtpbounce.rulecheck").searchpath

-- the built-in rule files, module -> path
local function builtin_paths ()
    local paths = {}
    for _, b in ipairs(smtpbounce.builtin) do paths[b[1]] = assert(searchpath(b[1])) end
    return paths
end

-- the image file of the built-in rules as tools/bytecode.lua writes it
-- ('head' instead of the true first line when given)
local function image_file (head)
    local set = compile.new_set()
    local paths = builtin_paths()
    for _, b in ipairs(smtpbounce.builtin) do compile.add_file(set, paths[b[1]], b[2]) end
    set.builtin_paths = paths
    local img = compile.image_of(set)
    head = head or assert(compile.image_head(paths, logio.file_stamp))
    return helper.temp_file(head .. string.rep("\0", (8 - #head % 8) % 8) .. img), head, img
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

-- smtpbounce.new(opts) with compile.image = 'image', counting the images
-- core.load_image read
local function with_image (image, opts)
    local load, n = core.load_image, 0
    core.load_image = function (...)
        local rs, lines = load(...)
        if rs then n = n + 1 end
        return rs, lines
    end
    compile.image = image
    local ok, c = pcall(smtpbounce.new, opts)
    compile.image = nil
    core.load_image = load
    assert(ok, c)
    return c, n
end

describe("ruleset images", function ()
    local path, head, img
    setup(function () path, head, img = image_file() end)
    teardown(function () os.remove(path) end)

    describe("core.load_image()", function ()
        it("reads back the image core.image wrote, and its extra bytes", function ()
            local rs, lines = core.load_image(path, head)
            assert.is_not_nil(rs)
            assert.are.equal(img, core.image(rs, table.concat(lines, "\n")))
            assert.are.equal(#smtpbounce.new().phrases + 1, #lines)
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
            local c, n = with_image({ path = path, stamp = stamp })
            assert.are.equal(1, n)
            assert.same(plain.phrases, c.phrases)
            assert.are.equal(#plain:rule_list(), #c:rule_list())
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

        it("is not used for an image of other rules", function ()
            -- the image of a set without its last rule, under the first
            -- line of the built-in rules
            local set = compile.new_set()
            local paths = builtin_paths()
            for _, b in ipairs(smtpbounce.builtin) do compile.add_file(set, paths[b[1]], b[2]) end
            set.disabled[set.rules[#set.rules].id] = true
            local other = compile.image_of(set)
            local f = helper.temp_file(head .. string.rep("\0", (8 - #head % 8) % 8) .. other)
            local c = with_image({ path = f, stamp = stamp })
            os.remove(f)
            -- (read, and then refused: the ruleset is the one compiled)
            assert.are.equal(core.image(smtpbounce.new().rs), core.image(c.rs))
            assert.are.equal(#smtpbounce.new():rule_list(), #c:rule_list())
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
