-- smtpbounce.mailbox -- where `smtpbounce mail` finds its messages: files
-- of one message, mbox files, Maildir folders, directories of message
-- files, standard input; gzip'd files too (smtpbounce.scan.input opens
-- them, as it does scan's logs).
--
--   local it, mbox = mailbox.messages(fh)   -- it() --> n, message | nil, err
--   mailbox.files(dir)      --> the message files under 'dir', sorted (or nil, err)
--   mailbox.sources(paths, stdin, fn, bad)  -- fn(source, message) or
--                               fn(source, nil, err) for each message
--   mailbox.run{ classifier = c, json = true, paths = { ... }, ... }
--                           -- `smtpbounce mail` (smtpbounce.cli_mail):
--                               each message through c:mail, its records
--                               written (record_json), scan's summary and
--                               suppress list over them
--
-- An mbox (its first line a "From " separator line) is split at each
-- "From " line that starts the file or follows an empty line: a line
-- quoted as ">From " (mboxo) or ">>From " (mboxrd) loses one ">" (a
-- body line "From " written unquoted by a careless writer, after text,
-- stays in its message).  A message is given without its separator line
-- and without the empty line that ends it in the mbox.  Anything else is
-- one message, as it is.  Messages are read a line at a time and kept
-- whole, one at a time; one over MAX_MESSAGE bytes is skipped (with an
-- error), never held.
--
-- Sources (for --json's 'source'): the path as given, "PATH:N" for the
-- Nth message of an mbox (from 1); standard input is "-".  A directory is
-- every file below it, by path in byte order; a Maildir (a directory with
-- cur/ and new/) only the messages in cur/ and new/ (and in its
-- subfolders' cur/ and new/): not tmp/ (deliveries under way), not the
-- files of its own (dovecot-uidlist, maildirfolder, ...).

local input = require "smtpbounce.scan.input"

local ipairs, pairs, type = ipairs, pairs, type
local find, sub, gsub, byte, match = string.find, string.sub, string.gsub, string.byte,
                                     string.match
local concat, sort = table.concat, table.sort
local io_popen, io_open = io.popen, io.open

local _M = { _VERSION = "0.1.0" }

-- the largest message kept, in bytes (longer ones are skipped)
_M.MAX_MESSAGE = 64 * 1024 * 1024
-- a file shorter than this that is one message (no mbox, no gzip) is
-- read in one piece, by one read (one_input); others go through
-- messages()
_M.WHOLE = 65536


-- {======================================================================
-- Messages of one input
-- =======================================================================

-- a line that starts a message of an mbox
local function separator (line)
    return sub(line, 1, 5) == "From "
end

-- an empty line ("" or a lone "\r")
local function blank (line)
    return line == "" or line == "\r"
end

-- ">From " -> "From ", ">>From " -> ">From " (mboxo and mboxrd)
local function unquote (line)
    if byte(line, 1) == 62 and find(line, "^>+From ") then return sub(line, 2) end
    return line
end

--[[
The messages of the open input 'fh' (anything with fh:read(n)): an
iterator giving n (the message's number in an mbox, from 1; 0 for an
input that is one message), then the message, or nil and an error for a
message over MAX_MESSAGE bytes; and whether the input is an mbox.  The
first line is read here, to tell which.
]]
function _M.messages (fh)
    local max = _M.MAX_MESSAGE
    local rd = input.reader(fh, true, max)
    local first = rd.next()
    local mbox = type(first) == "string" and separator(first)
    local done = first == nil
    if not mbox then
        -- one message: every line, as it is
        return function ()
            if done then return nil end
            done = true
            local lines, size, over = {}, 0, false
            local line = first
            while line do
                if type(line) == "number" then over = true else
                    size = size + #line + 1
                    if size > max then over = true end
                    if not over then lines[#lines + 1] = line end
                end
                line = rd.next()
            end
            if over then
                return 0, nil, "message too large (over " .. max .. " bytes), skipped"
            end
            return 0, concat(lines, "\n")
        end, false
    end
    local n = 0
    local pending = first            -- the separator line of the next message
    return function ()
        if not pending then return nil end
        pending = nil
        n = n + 1
        local lines, size, over, prev_blank = {}, 0, false, false
        while true do
            local line = rd.next()
            if line == nil then break end
            if type(line) == "number" then
                over = true
                prev_blank = false
            elseif prev_blank and separator(line) then
                pending = line
                break
            else
                prev_blank = blank(line)
                size = size + #line + 1
                if size > max then over = true end
                if not over then lines[#lines + 1] = unquote(line) end
            end
        end
        if over then
            return n, nil, "message too large (over " .. max .. " bytes), skipped"
        end
        -- the empty line before the next separator is the mbox's
        if #lines > 0 and blank(lines[#lines]) then lines[#lines] = nil end
        return n, concat(lines, "\n")
    end, true
end

-- }======================================================================


-- {======================================================================
-- Directories
-- =======================================================================

local function shell_quote (s)
    return "'" .. gsub(s, "'", "'\\''") .. "'"
end

local function parent (path)
    return match(path, "^(.*)/[^/]*$") or "."
end

-- smtpbounce.mailreader's small_file and tree (C), when it is built
local small_file_c, tree_c
do
    local ok, reader = pcall(require, "smtpbounce.mailreader")
    if ok and type(reader) == "table" then small_file_c, tree_c = reader.small_file, reader.tree end
end

-- the regular files and the directories below 'dir' (a list, a set),
-- as find(1) names them; or nil, why
local function tree_find (dir)
    local p = io_popen("find " .. shell_quote(dir) .. " -mindepth 1 \\( -type f -o -type d \\)"
                       .. " -printf '%y%p\\0' 2>/dev/null; echo \"$?\"", "r")
    if not p then return nil, "find failed" end
    local all = p:read("*a") or ""
    p:close()
    local status = match(all, "(%d+)\n$")
    if status ~= "0" then return nil, "find failed" end
    all = sub(all, 1, #all - #status - 1)
    -- each entry: its kind ("d" or "f"), its path, a NUL
    local dirs, files, pos = {}, {}, 1
    while true do
        local z = find(all, "\0", pos, true)
        if not z then break end
        local path = sub(all, pos + 1, z - 1)
        if byte(all, pos) == 100 then dirs[path] = true else files[#files + 1] = path end
        pos = z + 1
    end
    return files, dirs
end

--[[
The message files under directory 'dir', sorted by path (bytes): every
file below it, but in a Maildir only those of cur/ and new/ (see above).
Returns the list, or nil and a message.  Listed by smtpbounce.mailreader's
tree (readdir(3): no process started), else by find(1); names with any
byte in them come back whole.
]]
function _M.files (dir)
    local files, dirs = (tree_c or tree_find)(dir)
    if not files then return nil, dir .. ": cannot list every file (" .. dirs .. ")" end
    local function maildir (d) return dirs[d .. "/cur"] and dirs[d .. "/new"] end
    local any = false  -- (no Maildir below: every file is kept, none looked at)
    for d in pairs(dirs) do any = any or sub(d, -4) == "/cur" and maildir(sub(d, 1, -5)) end
    -- the files of which directories are passed over (the last file's
    -- directory tried first: f's when f is it, "/", a name)
    local skip_in, keep, last, nlast = {}, {}, nil, 0
    for _, f in ipairs(any and files or keep) do
        local d = last
        if not (d and byte(f, nlast + 1) == 47 and not find(f, "/", nlast + 2, true)
                and find(f, d, 1, true) == 1) then
            d = parent(f)
            last, nlast = d, #d
        end
        local skip = skip_in[d]
        if skip == nil then
            skip = (maildir(d)                                   -- its own files
                    or (match(d, "[^/]*$") == "tmp" and maildir(parent(d)))) and true or false
            skip_in[d] = skip
        end
        if not skip then keep[#keep + 1] = f end
    end
    if not any then keep = files end
    if not tree_c then sort(keep) end  -- (tree_c's list comes sorted)
    return keep
end

-- whether 'path' names a directory (opening it works, reading fails)
local function is_dir (path)
    local f = io.open(path, "rb")
    if not f then return false end
    local ok, _, code = f:read(0)
    f:close()
    return ok == nil and code == 21
end
_M.is_dir = is_dir

-- }======================================================================


-- {======================================================================
-- Sources
-- =======================================================================

--[[
The message in file 'name' when it is a file of one message (neither an
mbox nor gzip'd) shorter than WHOLE bytes, read in one piece: what
messages() gives for it (its bytes, less the newline that ends its last
line).  nil for any other file, or one that cannot be read here (the
general path says why).  smtpbounce.mailreader's small_file: one read(2)
(no fstat(2) for 'regular', a file listed as one), a small mbox as the
list of its messages; else in Lua.
]]
local function whole_file (name, regular)
    local whole, max = _M.WHOLE, _M.MAX_MESSAGE
    if small_file_c and whole <= 65536 and max >= 1 then
        return small_file_c(name, whole < max and whole or max, true, regular)
    end
    local f = io_open(name, "rb")
    if not f then return nil end
    f:setvbuf("no")
    local s = f:read(whole)
    f:close()
    local size = s and #s or 0
    if size == 0 or size >= whole or size >= max then return nil end
    local b1, b2 = byte(s, 1, 2)
    if (b1 == 31 and b2 == 139) or sub(s, 1, 5) == "From " then return nil end
    if byte(s, size) == 10 then s = sub(s, 1, size - 1) end
    return s
end

--[[
Each message of the input 'name' (opened by smtpbounce.scan.input:
"-" is 'stdin'; gzip'd files are decompressed), to fn(source, message)
or fn(source, nil, err) ('regular': whole_file's).  Returns false and a
message when the input cannot be opened or read to its end, else true.
'whole' (or nil): whole(name, limit, regular) takes a file whole_file
would read through small_file itself (the same arguments) and returns
true, or false when it is not one message (then read here).
]]
local function one_input (name, stdin, fn, regular, whole)
    if name ~= "-" then  -- (the usual bounce: one small file, one message)
        local w, max = _M.WHOLE, _M.MAX_MESSAGE
        if whole and small_file_c and w <= 65536 and max >= 1
           and whole(name, w < max and w or max, regular) then return true end
        local msg = whole_file(name, regular)
        if type(msg) == "table" then  -- (a small mbox, split)
            for n = 1, #msg do fn(name .. ":" .. n, msg[n]) end
        elseif msg then fn(name, msg) end
        if msg then return true end
    end
    local fh, label, _, close = input.open(name, stdin)
    if not fh then return false, label end
    local it = _M.messages(fh)
    for n, msg, err in it do
        local source = n > 0 and (name .. ":" .. n) or name
        fn(source, msg, err)
    end
    if close and fh:close() == nil then
        return false, label .. ": could not be read (gzip -dc failed?)"
    end
    return true
end

--[[
Every message of 'paths' (a list: files, directories, "-" for 'stdin';
none: standard input) to fn(source, message) (or fn(source, nil, err)
for a message that is skipped), in order.  An input that cannot be read
goes to bad(message) and the others are still read.  Returns the number
of inputs that could not be read, and the number of inputs (files).
'known' (or nil; mail --state): known.skip(path) says a file was read
whole before (it is not opened), known.done(path) is told of each file
read to its end.  'whole' (or nil): one_input's, for the files (not with
'known'); 'many' (or nil, and not with 'known'): many(list, i, limit)
takes a directory's files list[i], list[i+1], ... as 'whole' does, up to
the first it does not, and returns that one's index (#list + 1: none).
]]
function _M.sources (paths, stdin, fn, bad, known, whole, many)
    if #paths == 0 then paths = { "-" } end
    local failed, inputs = 0, 0
    local function one (name, regular)  -- (regular: one_input's)
        inputs = inputs + 1
        if known and name ~= "-" and known.skip(name) then return end
        local ok, err = one_input(name, stdin, fn, regular, not known and whole or nil)
        if not ok then
            failed = failed + 1
            bad(err)
        elseif known and name ~= "-" then
            known.done(name)
        end
    end
    for _, path in ipairs(paths) do
        if path ~= "-" and is_dir(path) then
            local list, err = _M.files(path)
            if not list then
                failed = failed + 1
                bad(err)
            else
                local i, n, w, max = 1, #list, _M.WHOLE, _M.MAX_MESSAGE
                if not (many and not known and small_file_c and w <= 65536 and max >= 1) then
                    many = nil
                end
                while i <= n do  -- (list[i], ... taken by 'many' up to list[j])
                    local j = many and many(list, i, w < max and w or max) or i
                    inputs = inputs + (j - i)
                    if j <= n then one(list[j], true) end
                    i = j + 1
                end
            end
        else
            one(path)
        end
    end
    return failed, inputs
end

-- }======================================================================


-- {======================================================================
-- `smtpbounce mail` (smtpbounce.cli_mail)
-- =======================================================================

-- a record's JSON line (smtpbounce.mail's record_json)
function _M.record_json (source, rec)
    return require("smtpbounce.mail").record_json(source, rec)
end

-- the command (smtpbounce.cli_mail's run)
function _M.run (opts)
    return require("smtpbounce.cli_mail").run(opts)
end

-- }======================================================================

return _M
