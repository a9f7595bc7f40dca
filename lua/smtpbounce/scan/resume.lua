-- smtpbounce.scan.resume -- where `scan --state` stopped in each input
-- file, and where to start again: the "files" section of the state
-- (smtpbounce.scan.state).
--
--   local files = resume.new(saved_entries, run_number)
--   if files:whole(path) then ... end        -- a gzip'd copy read whole
--   local job = files:start(path, fh, size)  -- after input.open
--   local rd = input.reader(fh, true, max_line, job)   -- job.initial
--   ... input.pass(..., job.lineno) ...
--   files:finish(job, rd, lineno, grammar)
--   files:entries(max)                       --> the section to save
--
-- A file is known by what stays when it is renamed, rotated or copied:
--   dev, ino   its device and inode (lfs, else `stat`; none: not used)
--   head_len, head   the length and a hash of its first bytes (HEAD,
--              decompressed for a gzip'd file): a file that grows keeps
--              them, so a file first seen shorter than HEAD is checked
--              against its first head_len bytes only
--   offset     the bytes read: up to the end of its last whole line (a
--              last line without its newline is left for the next run;
--              a gzip'd file's is read: it will not grow)
--   lines      the lines read (line numbers go on from there)
--   size, format, path (the last name it was read under), run (the run
--              that last read it: the oldest are forgotten first),
--              preset (JSON lines: the preset they were read with)
--   zdev, zino, zsize, zhead   a gzip'd copy read to its end: met again
--              with the same inode, size and first (compressed) bytes, it
--              is not even decompressed
-- An input is matched to an entry by inode when its first head_len
-- bytes still agree (the same file, perhaps renamed: rotation), else by
-- the hash of its first bytes alone (a copy: gzip'd by logrotate, or
-- moved to another device); a file of the inode read before whose first
-- bytes differ (truncated and written again) is a new file, and a
-- matched file now shorter than the offset (truncated) is read from its
-- start.  Nothing matched: read from the start.

local ok_lfs, lfs = pcall(require, "lfs")
local typed = require("smtpbounce.json").typed

local type, ipairs, tonumber, setmetatable = type, ipairs, tonumber, setmetatable
local io_open, io_popen = io.open, io.popen
local byte, sub, gsub, fmt, match = string.byte, string.sub, string.gsub, string.format,
    string.match
local find, lower = string.find, string.lower
local sort = table.sort
local min = math.min

local _M = { _VERSION = "0.1.0" }

_M.HEAD = 4096            -- bytes of a file's start that identify it
_M.SKIP = 65536           -- bytes read at a time when skipping a gzip'd start


-- {======================================================================
-- Identity
-- =======================================================================

--[[
A hash of 's' (Lua 5.1 numbers: two sums modulo primes below 2^31, each
step exact in a double), as text.  Not cryptographic: it tells logs
apart, which differ in their first line's time stamp.
]]
local function hash (s)
    local h1, h2 = 0, 0
    for i = 1, #s do
        local b = byte(s, i)
        h1 = (h1 * 257 + b) % 2147483629
        h2 = (h2 * 263 + b) % 2147483587
    end
    return fmt("%d.%d", h1, h2)
end
_M.hash = hash

-- device and inode of 'path' (nil when neither lfs nor stat(1) says)
local function inode (path)
    if ok_lfs then
        local a = lfs.attributes(path)
        if a then return a.dev, a.ino end
        return nil
    end
    local p = io_popen("stat -L -c '%d %i' -- '" .. gsub(path, "'", "'\\''") .. "' 2>/dev/null")
    if not p then return nil end
    local line = p:read("*l") or ""
    p:close()
    local dev, ino = match(line, "^(%d+) (%d+)$")
    return tonumber(dev), tonumber(ino)
end
_M.inode = inode

-- whether 'path' starts with gzip's magic bytes
local function gzipped (path)
    local f = io_open(path, "rb")
    if not f then return false end
    local m = f:read(2)
    f:close()
    return m == "\31\139"
end

-- whether entry 'e' is the file whose first bytes are 'head'
local function same_head (e, head)
    local n = e.head_len
    return type(n) == "number" and n <= #head and e.head == hash(sub(head, 1, n))
end

-- }======================================================================


local Files = {}
Files.__index = Files

--[[
The files of a state: 'saved' the section as read (a list of entries;
those that are no table are dropped), 'run' this run's number.
]]
-- the types of an entry's fields (offset required); an entry with a
-- field of another type (a state edited by hand) is left out
local SHAPE = { offset = "number", dev = "number", ino = "number", head_len = "number",
                head = "string", lines = "number", size = "number", format = "string",
                path = "string", run = "number", preset = "string", zdev = "number",
                zino = "number", zsize = "number", zhead = "string" }
local function well_formed (e)
    if type(e) ~= "table" or type(e.offset) ~= "number" or not typed(e, SHAPE) then
        return false
    end
    return e.format == nil or require("smtpbounce.log").is_format[e.format] == true
end

function _M.new (saved, run)
    local list = {}
    for _, e in ipairs(type(saved) == "table" and saved or {}) do
        if well_formed(e) then list[#list + 1] = e end
    end
    return setmetatable({ list = list, run = run, notes = {} }, Files)
end

-- a gzip'd file's identity: device, inode, size and a hash of its first
-- HEAD bytes (as they are: compressed); nil for a file that is no gzip
local function gz_id (path)
    local f = io_open(path, "rb")
    if not f then return nil end
    local head = f:read(_M.HEAD) or ""
    local size = f:seek("end")
    f:close()
    if sub(head, 1, 2) ~= "\31\139" then return nil end
    local dev, ino = inode(path)
    if not dev then return nil end
    return dev, ino, size, hash(head)
end

--[[
Whether 'path' is a gzip'd copy read to its end before (the same inode,
size and first bytes): it need not be decompressed again.
]]
function Files:whole (path)
    local dev, ino, size, zhead = gz_id(path)
    if not dev then return false end
    for _, e in ipairs(self.list) do
        if e.zdev == dev and e.zino == ino and e.zsize == size and e.zhead == zhead then
            e.run = self.run
            return true
        end
    end
    return false
end

-- the entry of the file with inode (dev, ino) and first bytes 'head'
-- (nil, and whether an entry of that inode had other first bytes)
function Files:match (dev, ino, head)
    local other = false
    if dev then
        for _, e in ipairs(self.list) do
            if e.dev == dev and e.ino == ino then
                if same_head(e, head) then return e end
                other = true
            end
        end
    end
    local best
    for _, e in ipairs(self.list) do
        if (e.head_len or 0) > 0 and same_head(e, head)
           and (not best or e.head_len > best.head_len
                or (e.head_len == best.head_len and e.offset > best.offset)) then
            best = e
        end
    end
    return best, other
end

-- skip 'n' bytes of a stream; returns how many were there
local function skip (fh, n)
    local done = 0
    while done < n do
        local chunk = fh:read(min(_M.SKIP, n - done))
        if not chunk then break end
        done = done + #chunk
    end
    return done
end

--[[
Start reading input 'path' (opened as 'fh' by smtpbounce.scan.input:
'size' nil for a gzip'd file, read through a pipe).  Reads its first
bytes, finds its entry, and puts 'fh' where the last run stopped.
Returns the job for input.reader (its 'initial' bytes, already read
from a pipe), input.pass (its 'lineno', the line count so far) and
finish(); job.format is the format it was read in, and for JSON lines
job.fields the mapping of the preset they were read with (JSON lines
read with FIELD=PATH pairs: none, the fields are told again).  A note for the user (truncation) goes to
self.notes.
]]
function Files:start (path, fh, size)
    local gz = size == nil and gzipped(path)
    local dev, ino = inode(path)
    local head = fh:read(_M.HEAD) or ""
    local e, other = self:match(dev, ino, head)
    -- (a gzip'd file does not grow: its last line is read without its newline)
    local job = { path = path, dev = dev, ino = ino, gz = gz, complete = gz, head = head,
                  entry = e, start = 0, lineno = 0, initial = "" }
    if e and size and size < e.offset then
        self.notes[#self.notes + 1] = fmt("%s: shorter than where the last run stopped "
                                          .. "(%d < %d bytes): truncated, read from the start",
                                          path, size, e.offset)
        e = nil
        job.entry = nil
    elseif not e and other then
        self.notes[#self.notes + 1] = path .. ": not the file read before under this inode "
                                      .. "(truncated or replaced): read from the start"
    end
    if e then
        job.start, job.lineno = e.offset, e.lines or 0
        if e.format ~= "jsonl" then
            job.format = e.format
        elseif type(e.preset) == "string" then
            -- (JSON lines: the preset they were read with, if it still is one)
            local m = require("smtpbounce.log").grammar("jsonl").mapping(e.preset)
            if m then job.format, job.fields = "jsonl", m end
        end
    end
    if size then
        fh:seek("set", job.start)
    elseif job.start < #head then
        job.initial = sub(head, job.start + 1)
    else
        -- (a copy shorter than what was read: nothing new in it)
        skip(fh, job.start - #head)
    end
    return job
end

--[[
The input of 'job' was read: 'rd' its reader (rd.bytes read, rd.partial
left at the end), 'lineno' the last line number, 'format' the format its
lines said (nil: not known yet), 'preset' the JSON-lines preset it was
read with.  Its entry now says where this run stopped.
]]
function Files:finish (job, rd, lineno, format, preset)
    local e = job.entry
    if not e then
        e = {}
        self.list[#self.list + 1] = e
    end
    local offset = job.start + rd.bytes - (rd.partial or 0)
    if job.gz then
        e.zdev, e.zino, e.zsize, e.zhead = gz_id(job.path)
        if e.offset and e.offset > offset then offset = e.offset end
        e.size = offset + (rd.partial or 0)
    else
        e.dev, e.ino = job.dev, job.ino
        e.size = job.start + rd.bytes
    end
    e.path, e.offset, e.lines, e.format, e.run = job.path, offset, lineno, format, self.run
    e.preset = format == "jsonl" and preset or nil
    e.head_len, e.head = #job.head, hash(job.head)
end

-- the entries to save: the 'max' read most recently
function Files:entries (max)
    local list = {}
    for i, e in ipairs(self.list) do list[i] = e end
    sort(list, function (a, b)
        local ra, rb = a.run or 0, b.run or 0
        if ra ~= rb then return ra > rb end
        return (a.path or "") < (b.path or "")
    end)
    for i = #list, max + 1, -1 do list[i] = nil end
    return list
end

-- {======================================================================
-- `mail --state`: the bounce mails read already (st.seen: key -> run;
-- smtpbounce.scan.state keeps it)
-- =======================================================================

-- the key of the whole file 'path': its device, inode and size
local function file_key (path)
    local dev, ino = _M.inode(path)
    local f = dev and io_open(path, "rb")
    if not f then return nil end
    local size = f:seek("end")
    f:close()
    return fmt("file:%d:%d:%d", dev, ino, size)
end

--[[
Whether message 'msg' (a string), or with 'path' the whole file 'path'
(read to its end before: the same device, inode and size), was read in
an earlier run; either is marked read by this run (a file by done(st,
path), once all of it was).  A message is known by its Message-ID, else
by a hash of its first 64 KiB and its size.
]]
function _M.seen (st, msg, path)
    if path then
        local key = file_key(path)
        if not key or st.seen[key] == nil then return false end
        st.seen[key] = st.runs
        return true
    end
    local hend = find(msg, "\n\r?\n") or #msg
    local head = "\n" .. sub(msg, 1, hend)
    local at = find(lower(head), "\nmessage%-id:")
    local id = at and match(head, "^[ \t]*([^\r\n]*[^%s])", at + 12)
    local key = id and "id:" .. id or fmt("hash:%s:%d", hash(sub(msg, 1, 65536)), #msg)
    local was = st.seen[key] ~= nil
    st.seen[key] = st.runs
    return was
end

-- file 'path' was read to its end
function _M.done (st, path)
    local key = file_key(path)
    if key then st.seen[key] = st.runs end
end

-- }======================================================================

return _M
