-- smtpbounce.cache: the bounded map in two generations every bounded
-- table of smtpbounce uses.

require "spec.helper"
local cache = require "smtpbounce.cache"

describe("smtpbounce.cache", function ()

    describe("new()", function ()
        it("makes an empty cache with its limit", function ()
            local c = cache.new(3)
            assert.are.equal(3, c.limit)
            assert.are.equal(0, c:count())
            assert.are.same({}, c.new)
            assert.are.same({}, c.old)
        end)

        it("raises for a limit that is no positive integer", function ()
            for _, case in ipairs{ { 0, "0" }, { -1, "-1" }, { 1.5, "1.5" }, { nil, "nil" },
                                   { "8", "string" } } do
                assert.has_error(function () cache.new(case[1]) end,
                                 "bad argument #1 to 'new' (positive integer expected, got "
                                 .. case[2] .. ")")
            end
        end)
    end)

    describe("set() and get()", function ()
        it("keeps values, false ones too", function ()
            local c = cache.new(10)
            c:set("a", 1); c:set("b", false)
            assert.are.equal(1, c:get("a"))
            assert.is_false(c:get("b"))
            assert.is_nil(c:get("c"))
            assert.are.equal(2, c:count())
        end)

        it("replaces a value without counting it twice", function ()
            local c = cache.new(10)
            c:set("a", 1); c:set("a", 2)
            assert.are.equal(2, c:get("a"))
            assert.are.equal(1, c:count())
        end)

        it("drops the old generation whole when the new one fills", function ()
            local c = cache.new(2)
            c:set("a", 1); c:set("b", 2)          -- full: a, b become the old generation
            assert.are.same({}, c.new)
            assert.are.same({ a = 1, b = 2 }, c.old)
            c:set("c", 3); c:set("d", 4)          -- full again: a, b dropped
            assert.is_nil(c:get("a"))
            assert.is_nil(c:get("b"))
            assert.are.same({ c = 3, d = 4 }, c.old)
            assert.are.equal(2, c:count())
        end)

        it("moves an entry used again from the old generation to the new one", function ()
            local c = cache.new(2)
            c:set("a", 1); c:set("b", 2)
            assert.are.equal(1, c:get("a"))
            assert.are.same({ a = 1 }, c.new)
            assert.are.same({ b = 2 }, c.old)
            c:set("c", 3)                          -- full: b dropped, a kept
            assert.are.equal(1, c:get("a"))
            assert.is_nil(c:get("b"))
            assert.are.equal(3, c:get("c"))
        end)

        it("moves an old entry given a new value", function ()
            local c = cache.new(2)
            c:set("a", 1); c:set("b", 2)
            c:set("b", 20)
            assert.are.same({ b = 20 }, c.new)
            assert.are.same({ a = 1 }, c.old)
            assert.are.equal(2, c:count())
        end)

        it("deletes with a nil value", function ()
            local c = cache.new(10)
            c:set("a", 1)
            c:set("a", nil)
            assert.is_nil(c:get("a"))
            assert.are.equal(0, c:count())
        end)

        it("never keeps more than twice its limit", function ()
            local c = cache.new(100)
            for i = 1, 10000 do
                c:set(i, i)
                assert.is_true(c:count() <= 200)
            end
            local n = 0
            for _ in pairs(c.new) do n = n + 1 end
            for _ in pairs(c.old) do n = n + 1 end
            assert.are.equal(c:count(), n)
        end)
    end)

    describe("delete()", function ()
        it("takes an entry out of either generation and returns its value", function ()
            local c = cache.new(2)
            c:set("a", 1); c:set("b", false); c:set("c", 3)
            assert.are.equal(1, c:delete("a"))          -- old generation
            assert.is_false(c:delete("b"))              -- a false value
            assert.are.equal(3, c:delete("c"))          -- new generation
            assert.is_nil(c:delete("c"))
            assert.are.equal(0, c:count())
        end)
    end)

    describe("added()", function ()
        it("counts the entries a caller nests in c.new itself", function ()
            local c = cache.new(2)
            c.new.x = { y = 1 }
            c:added()
            assert.are.equal(1, c:count())
            c.new.z = { y = 2 }
            c:added()                                    -- full: swapped
            assert.are.same({ x = { y = 1 }, z = { y = 2 } }, c.old)
            -- an entry moved from c.old by the caller
            c.old.x = nil
            c.new.x = { y = 1 }
            c:added(true)
            assert.are.equal(2, c:count())
        end)
    end)

    describe("flush()", function ()
        it("forgets everything", function ()
            local c = cache.new(2)
            c:set("a", 1); c:set("b", 2); c:set("c", 3)
            c:flush()
            assert.are.equal(0, c:count())
            assert.is_nil(c:get("a"))
            assert.is_nil(c:get("c"))
        end)
    end)

    describe("inline probes", function ()
        it("c.new[k] or c:get(k) is get()", function ()
            local c = cache.new(2)
            c:set("a", 1); c:set("b", 2)                 -- both in c.old now
            assert.is_nil(c.new.a)
            assert.are.equal(1, c.new.a or c:get("a"))
            assert.are.equal(1, c.new.a)                 -- moved by get
        end)
    end)
end)
