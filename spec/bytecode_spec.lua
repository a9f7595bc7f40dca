-- smtpbounce.logio's file_stamp and load_bytecode: the precompiled
-- chunks `make` writes for the command-line tool's start-up
-- (tools/bytecode.lua) are used only while their source is the one they
-- were made from, by the interpreter that made them.

local helper = require "spec.helper"
local logio = require "smtpbounce.logio"

local LUA = os.getenv("LUA") or (rawget(_G, "jit") and "luajit" or "lua" .. _VERSION:match("%d+%.%d+"))
local JIT = rawget(_G, "jit")
local IDENT = _VERSION .. (JIT and " " .. JIT.version or "")

-- the precompiled chunk of the file 'src' as tools/bytecode.lua writes it
local function precompile (src, ident)
    local stamp = assert(logio.file_stamp(src))
    local chunk = assert(loadfile(src))
    return helper.temp_file("smtpbounce-bytecode " .. (ident or IDENT) .. " " .. stamp
                            .. "\n" .. string.dump(chunk))
end

describe("precompiled chunks", function ()
    local src, bc
    before_each(function ()
        src = helper.temp_file("return 'from the source', ...")
        bc = precompile(src)
    end)
    after_each(function ()
        os.remove(src)
        os.remove(bc)
    end)

    describe("file_stamp()", function ()
        it("gives size, modification time and inode; nil for no regular file", function ()
            assert.truthy(logio.file_stamp(src):match("^%d+ %-?%d+ %d+ %d+$"))
            assert.are.equal("29", logio.file_stamp(src):match("^%d+"))
            assert.is_nil(logio.file_stamp(src .. ".none"))
            assert.is_nil(logio.file_stamp("/"))
        end)
    end)

    describe("load_bytecode()", function ()
        it("loads the chunk made from the source as it is", function ()
            local f = assert(logio.load_bytecode(src, bc, IDENT))
            assert.are.same({ "from the source", "x" }, { f("x") })
        end)

        it("is nil once the source has changed, or only its time", function ()
            helper.write_file(src, "return 'changed'")
            assert.is_nil(logio.load_bytecode(src, bc, IDENT))
            helper.write_file(src, "return 'from the source', ...")
            assert.truthy(os.execute("touch -d '2001-02-03 04:05:06' " .. src))
            assert.is_nil(logio.load_bytecode(src, bc, IDENT))
        end)

        it("is nil for another interpreter's chunk", function ()
            assert.is_nil(logio.load_bytecode(src, bc, "Lua 9.9"))
            local other = precompile(src, "Lua 9.9")
            assert.is_nil(logio.load_bytecode(src, other, IDENT))
            os.remove(other)
        end)

        it("is nil without a chunk, a source, or with a text chunk", function ()
            assert.is_nil(logio.load_bytecode(src, bc .. ".none", IDENT))
            assert.is_nil(logio.load_bytecode(src .. ".none", bc, IDENT))
            local text = helper.temp_file("smtpbounce-bytecode " .. IDENT .. " "
                                          .. logio.file_stamp(src) .. "\nreturn 'text'")
            assert.is_nil(logio.load_bytecode(src, text, IDENT))
            os.remove(text)
            local cut = helper.temp_file("smtpbounce-bytecode " .. IDENT .. " "
                                         .. logio.file_stamp(src) .. "\n"
                                         .. string.dump(loadfile(src)):sub(1, 12))
            assert.is_nil(logio.load_bytecode(src, cut, IDENT))
            os.remove(cut)
        end)

        it("reads what tools/bytecode.lua writes", function ()
            local out = os.tmpname()
            local cmd = "LUA_PATH='" .. package.path .. "' LUA_CPATH='" .. package.cpath .. "' "
                        .. LUA .. " tools/bytecode.lua " .. src .. " " .. out
            assert.truthy(os.execute(cmd))
            local f = assert(logio.load_bytecode(src, out, IDENT))
            assert.are.equal("from the source", (f()))
            os.remove(out)
        end)
    end)
end)
