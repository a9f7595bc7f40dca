-- smtpbounce.json: JSON through lua-cjson, written the project's way
-- ("/" left alone, invalid UTF-8 as U+FFFD) and read without raising.

local helper = require "spec.helper"
local json = require "smtpbounce.json"
local cjson = require "cjson"

describe("smtpbounce.json", function ()

    describe("string()", function ()
        it("writes plain strings between quotes as they are", function ()
            assert.are.equal('"550 5.1.1 <bob@example.com>: no such user"',
                             json.string("550 5.1.1 <bob@example.com>: no such user"))
            assert.are.equal('"http://example.com/a/b"', json.string("http://example.com/a/b"))
            assert.are.equal('""', json.string(""))
            assert.are.equal("null", json.string(nil))
        end)

        it("escapes as lua-cjson does, but leaves '/' alone", function ()
            assert.are.equal([["a \"b\" c\\d/e"]], json.string('a "b" c\\d/e'))
            assert.are.equal([["\b\f\n\r\t\u0000\u0001\u001f\u007f"]],
                             json.string("\b\f\n\r\t\0\1\31\127"))
        end)

        it("agrees with lua-cjson on every byte (UTF-8 aside)", function ()
            for b = 0, 127 do
                local s = "x" .. string.char(b) .. "/"
                local want = cjson.encode(s):gsub("\\/", "/")
                assert.are.equal(want, json.string(s), "byte " .. b)
            end
        end)

        it("replaces invalid UTF-8 with U+FFFD, keeps valid UTF-8", function ()
            assert.are.equal('"caf\195\169 \226\130\172 \240\159\152\128"',
                             json.string("caf\195\169 \226\130\172 \240\159\152\128"))
            assert.are.equal('"a\239\191\189b"', json.string("a\255b"))
            -- a cut sequence, an overlong one, a surrogate: one U+FFFD a byte
            assert.are.equal('"\239\191\189\239\191\189"', json.string("\226\130"))
            assert.are.equal('"\239\191\189\239\191\189"', json.string("\192\175"))
            assert.are.equal('"\239\191\189\239\191\189\239\191\189"', json.string("\237\160\128"))
            assert.is_true(helper.valid_utf8(json.string("\128\129\130\200\255")))
        end)
    end)

    describe("value() and object()", function ()
        it("writes strings, numbers, booleans, arrays and nil", function ()
            assert.are.equal('["a",1,true]', json.value({ "a", 1, true }))
            assert.are.equal("[]", json.value({}))
            assert.are.equal("900", json.value(900))
            assert.are.equal("null", json.value(nil))
        end)

        it("writes the fields in the order given, nil fields left out", function ()
            assert.are.equal('{"b":"x","a":[]}',
                             json.object({ a = {}, b = "x", c = 3 }, { "b", "z", "a" }))
            assert.are.equal('{"a":1,"why":{}}', json.object({ a = 1 }, { "a" }, '"why":{}'))
        end)

        it("lists objects", function ()
            assert.are.equal('[{"a":1},{"a":2}]', json.list({ { a = 1 }, { a = 2 } }, { "a" }))
        end)
    end)

    describe("result()", function ()
        it("is smtpbounce.result's json", function ()
            local r = require("smtpbounce").classify("550 5.1.1 no such user")
            assert.are.equal(require("smtpbounce.result").json(r), json.result(r))
        end)
    end)

    describe("the record writers' arguments", function ()
        it("a missing record or extra text of another type is a standard argument error", function ()
            local mail = require "smtpbounce.mail"
            assert.has_error(function () json.result() end,
                             "bad argument #1 to 'result' (table expected, got no value)")
            assert.has_error(function () require("smtpbounce.result").json("550 x") end,
                             "bad argument #1 to 'json' (table expected, got string)")
            assert.has_error(function () mail.json(nil) end,
                             "bad argument #1 to 'json' (table expected, got no value)")
            assert.has_error(function () mail.json({}, 5) end,
                             "bad argument #2 to 'json' (string expected, got number)")
            assert.are.equal('{"tags":[],"x":1}', mail.json({ tags = {} }, '"x":1'))
        end)

        it("every writer refuses what it cannot write with a standard error at the caller's line",
           function ()
            local cases = {
                { function () json.string({}) end, "#1 to 'string' (string expected, got table)" },
                { function () json.string(true) end, "#1 to 'string' (string expected, got boolean)" },
                { function () json.value(print) end,
                  "#1 to 'value' (string, number, boolean, table or nil expected, got function)" },
                { function () json.value({ 1, { 0 / 0 } }) end,
                  "#1 to 'value' (string, number, boolean, table or nil expected, got nan)" },
                { function () json.value(math.huge) end,
                  "#1 to 'value' (string, number, boolean, table or nil expected, got inf)" },
                { function () json.object(nil, { "a" }) end, "#1 to 'object' (table expected, got no value)" },
                { function () json.object({}, "a") end, "#2 to 'object' (table expected, got string)" },
                { function () json.object({}, {}, 5) end, "#3 to 'object' (string expected, got number)" },
                { function () json.object({ a = print }, { "a" }) end,
                  "#1 to 'object' (string, number, boolean, table or nil expected, got function)" },
                { function () json.list(5, { "a" }) end, "#1 to 'list' (table expected, got number)" },
                { function () json.list({ 5 }, { "a" }) end, "#1 to 'list' (item 1: table expected, got number)" },
                { function () json.list({ { a = { print } } }, { "a" }) end,
                  "#1 to 'list' (string, number, boolean, table or nil expected, got function)" },
                { function () json.typed(nil, {}) end, "#1 to 'typed' (table expected, got no value)" },
                { function () json.number_text("550") end, "#1 to 'number_text' (number expected, got string)" },
                { function () json.utf8_clean({}) end, "#1 to 'utf8_clean' (string expected, got table)" },
                { function () json.memo(0) end, "#1 to 'memo' (positive whole number expected, got number)" },
            }
            for _, case in ipairs(cases) do
                local ok, e = pcall(case[1])
                assert.is_false(ok, case[2])
                assert.are.equal(("spec/json_spec.lua:%d: bad argument %s"):format(
                    debug.getinfo(case[1], "S").linedefined, case[2]), e)
            end
            -- what they write is unchanged
            assert.are.equal('"550"', json.string(550))
            assert.are.equal("null", json.value(json.null))
            assert.are.equal('[1,"a",true]', json.value({ 1, "a", true }))
            assert.are.equal(5, json.utf8_clean(5))
        end)
    end)

    describe("memo()", function ()
        it("gives json.string's text, kept in a bounded cache", function ()
            local m, str = json.memo(2)
            assert.are.equal('"a\\"b"', str('a"b'))
            assert.are.equal('"a\\"b"', m.new['a"b'])
            assert.are.equal("null", str(nil))
            for i = 1, 100 do str("k" .. i) end
            assert.is_true(m:count() <= 4)
        end)
    end)

    describe("decode()", function ()
        it("reads JSON values", function ()
            local v = json.decode('{"a":[1,-2.5e1,true,false,null],"s":"q\\"\\\\\\/\\u00e9\\ud83d\\ude00","o":{}}')
            assert.are.same({ 1, -25, true, false, json.null }, v.a)
            assert.are.equal('q"\\/\195\169\240\159\152\128', v.s)
            assert.are.same({}, v.o)
            assert.are.equal("x", json.decode(' "x" '))
        end)

        it("returns nil and a message for what is not JSON, never raises", function ()
            for _, s in ipairs{ "", "{", '{"a":}', "[1,]", "nul", '{"a":1}x', "\0", "NaN",
                                "Infinity", "0x10", "01", ('['):rep(1001) .. (']'):rep(1001),
                                ('['):rep(100000) } do
                local v, err = json.decode(s)
                assert.is_nil(v, s:sub(1, 20))
                assert.are.equal("invalid JSON", err)
            end
            assert.are.same({ nil, "invalid JSON" }, { json.decode(nil) })
        end)

        it("takes nesting up to 1000 levels", function ()
            local v = json.decode(('['):rep(1000) .. (']'):rep(1000))
            assert.are.equal("table", type(v))
        end)

        it("reads a raw NUL byte in a string, and lone surrogates as U+FFFD", function ()
            assert.are.same({ s = "a\0b" }, json.decode('{"s":"a\0b"}'))
            assert.are.equal("a\239\191\189b", json.decode('"a\\ud800b"'))
            assert.are.equal("a\239\191\189b", json.decode('"a\\udc00b"'))
            assert.are.equal("\239\191\189\239\191\189", json.decode('"\\ud800\\ud800"'))
            assert.are.equal("\\ud800", json.decode('"\\\\ud800"'))
            assert.are.equal("\240\159\152\128\239\191\189",
                             json.decode('"\\ud83d\\ude00\\ude00"'))
        end)
    end)

    describe("number_text()", function ()
        it("writes whole numbers as integers, others as tostring does", function ()
            assert.are.equal("550", json.number_text(550.0))
            assert.are.equal("550", json.number_text(550))
            assert.are.equal("1678069691", json.number_text(1678069691.0))
            assert.are.equal("123456789012345", json.number_text(123456789012345.0))
            assert.are.equal("0", json.number_text(-0.0))
            assert.are.equal("-3", json.number_text(-3.0))
            assert.are.equal(tostring(1.5), json.number_text(1.5))
            assert.are.equal(tostring(1e300), json.number_text(1e300))
            assert.are.equal(tostring(math.huge), json.number_text(math.huge))
            local nan = json.number_text(0 / 0)
            assert.is_truthy(nan:find("nan"), nan)
        end)

        it("writes decoded numbers as the JSON text wrote them, whatever the Lua version", function ()
            local v = json.decode('{"code":550,"ts":1678069691,"id":12345}')
            assert.are.equal("550", json.number_text(v.code))
            assert.are.equal("1678069691", json.number_text(v.ts))
            assert.are.equal("12345", json.number_text(v.id))
        end)
    end)

    describe("typed()", function ()
        local TYPES = { offset = "number", head = "string", seen = "table" }

        it("takes a record whose named fields are absent or of their types", function ()
            assert.is_true(json.typed({}, TYPES))
            assert.is_true(json.typed({ offset = 3, head = "x", other = false }, TYPES))
            assert.is_true(json.typed(json.decode('{"offset":0,"seen":[]}'), TYPES))
        end)

        it("refuses a record with a named field of another type", function ()
            assert.is_false(json.typed({ offset = "3" }, TYPES))
            assert.is_false(json.typed({ offset = 1, head = 7 }, TYPES))
            assert.is_false(json.typed(json.decode('{"seen":null}'), TYPES))  -- (json.null)
        end)
    end)
end)
