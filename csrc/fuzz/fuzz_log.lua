-- fuzz_log.lua -- the checks fuzz_log.c runs on every input: the bytes are
-- a log file.  Loaded once with a table of the target's C functions
-- (feature, pipe); returns the function called per input (the bytes, and
-- their hash, which picks the run's variations).  Any error is a crash.
--
-- 1. Every line (split at "\n" as scan splits, "\r" and NUL bytes kept)
--    through every grammar: postfix, exim, sendmail, and jsonl with the
--    kumomta and postal presets and a FIELD=PATH mapping.  parse returns
--    a record, nil or false; a record has only the documented fields, of
--    their documented types and values; what a syslog grammar reads out
--    of the line is in the line; a grammar's prefilter is in every line
--    it reads.  detect, decode and guess on the lines.
-- 2. The known lines below appended, the whole through smtpbounce.scan
--    three times: read as a file in blocks (JSON attempts and the JSON
--    summary), as a file whose reads return a few bytes at a time, and
--    from a pipe line by line.  Each line is counted exactly once, as an
--    attempt, skipped, unreadable or too long, as step 1's results say;
--    the attempts are the records of step 1 in order (Postfix's expiry
--    lines standing for the recipients left deferred); unreadable and
--    too-long lines are reported under their own line numbers; the known
--    line of the format read is the last attempt (nothing after garbage
--    is lost); the output is valid JSON and UTF-8; the three runs agree
--    byte for byte.  The line limit is sometimes cut to a few hundred
--    bytes so that too-long lines come up.
-- 3. One input in 32: two of its lines blown up to 16 KB (a piece of each
--    repeated, or one of its spaces): every grammar and detect must read each in
--    well under a second (catches patterns that backtrack in quadratic
--    time).  One in 256: the Lua heap after a full collection stays under
--    64 MB (what the modules keep from line to line is bounded).

local fz = ...

local log = require "smtpbounce.log"
local common = require "smtpbounce.log.common"
local PRESETS = require "smtpbounce.log.presets"  -- the names jsonl.guess may give
local scan = require "smtpbounce.scan"
local smtpbounce = require "smtpbounce"
local logio = require "smtpbounce.logio"
local cjson = require("cjson").new()
local utf8 = require "utf8"

local type, pairs, ipairs, tostring, error, select = type, pairs, ipairs, tostring,
                                                     error, select
local find, sub, rep, fmt, lower, gsub, gmatch = string.find, string.sub, string.rep,
    string.format, string.lower, string.gsub, string.gmatch
local concat, sort = table.concat, table.sort
local unpack = rawget(table, "unpack") or rawget(_G, "unpack")
local floor, clock = math.floor, os.clock
local feature = fz.feature

local jl = log.grammar("jsonl")
local classifier = smtpbounce.new()
-- syslog stamps carry no year: the same one whatever the date
common.set_year(2026)

local GRAMMARS = {
    { "postfix", log.grammar("postfix") },
    { "exim", log.grammar("exim") },
    { "sendmail", log.grammar("sendmail") },
    { "kumomta", jl.new(assert(jl.mapping("kumomta"))) },
    { "postal", jl.new(assert(jl.mapping("postal"))) },
    { "fields", jl.new(assert(jl.mapping(
        "time=ts|time,queue_id=id,recipient=rcpt|to.0,relay=mx.host,relay_ip=mx.ip,"
        .. "phase=cmd,mta_status=event,dsn=dsn,code=code,reply=reply|r.0,text=text"))) },
}

-- one valid delivery line per format, each read by its own grammar only
local KNOWN = {
    { "postfix", "Sep  1 09:34:42 mailscanner postfix/smtp[4431]: 3xkMFn2qvMz55kY: "
      .. "to=<known-postfix@fuzz.example>, relay=mx.fuzz.example[192.0.2.1]:25, delay=23, "
      .. "delays=18/0.01/0.35/5, dsn=5.7.1, status=bounced (host mx.fuzz.example[192.0.2.1] "
      .. "said: 550 5.7.1 Unable to relay (in reply to RCPT TO command))" },
    { "exim", "2023-11-02 20:55:11 1qyjOm-0000Jc-1Z ** known-exim@fuzz.example R=dnslookup "
      .. "T=remote_smtp H=mx.fuzz.example [192.0.2.1]: SMTP error from remote mail server "
      .. "after RCPT TO:<known-exim@fuzz.example>: 550 5.1.1 no such user" },
    { "sendmail", "Oct  3 15:40:44 host sm-mta[9471]: 093DecOR009469: "
      .. "to=<known-sendmail@fuzz.example>, delay=00:00:06, mailer=esmtp, pri=120592, "
      .. "relay=mx.fuzz.example. [192.0.2.1], dsn=5.1.1, stat=User unknown" },
    { "kumomta", '{"type":"Bounce","id":"k1","recipient":"known-kumomta@fuzz.example",'
      .. '"timestamp":1678069691,"peer_address":{"name":"mx.fuzz.example","addr":"192.0.2.1"},'
      .. '"response":{"code":550,"enhanced_code":{"class":5,"subject":1,"detail":1},'
      .. '"content":"no such user","command":"RCPT TO"}}' },
    { "postal", '{"status":"HardFail","details":"Message sent by SMTP to mx.fuzz.example '
      .. '(192.0.2.1)","output":"550 5.1.1 no such user","timestamp":1477945177.12994,'
      .. '"message":{"id":7,"to":"known-postal@fuzz.example"}}' },
}
local known_lines, known_max = {}, 0
for i, k in ipairs(KNOWN) do
    known_lines[i] = k[2]
    if #k[2] > known_max then known_max = #k[2] end
end
local KNOWN_TAIL = concat(known_lines, "\n") .. "\n"
for _, k in ipairs(KNOWN) do
    for _, g in ipairs(GRAMMARS) do
        local rec = g[2].parse(k[2])
        assert((type(rec) == "table") == (g[1] == k[1]), g[1] .. " reads the known " .. k[1] .. " line")
    end
end

-- a short text of a value, for messages: strings quoted, cut at 400 bytes
local function show (v)
    if type(v) ~= "string" then return tostring(v) end
    return fmt("%q", sub(v, 1, 400)) .. (#v > 400 and fmt(" (%d bytes)", #v) or "")
end

-- the invariant holds, or the input is a crash; the message's arguments
-- are shown with show() (so that passing them costs nothing)
local function check (cond, msg, ...)
    if cond then return end
    local args = { ... }
    for i = 1, select("#", ...) do args[i] = show(args[i]) end
    error("invariant failed: " .. fmt(msg, unpack(args, 1, select("#", ...))), 2)
end

local function set (list)
    local t = {}
    for _, v in ipairs(list) do t[v] = true end
    return t
end

local PHASES = set{ "connect", "helo", "mail", "rcpt", "data", "eod" }
local STATUSES = set{ "sent", "deferred", "bounced", "expired" }
local FORMATS = set(log.formats)
-- smtpbounce.log's record fields and their types
local FIELDS = { time = "string", queue_id = "string", recipient = "string",
                 domain = "string", relay = "string", relay_ip = "string",
                 phase = "string", mta_status = "string", dsn = "string",
                 reply = "string", text = "string", classify = "string",
                 more = "table", sender = "string", plain = "boolean" }
local KEYS = {}
for k in pairs(FIELDS) do KEYS[#KEYS + 1] = k end
sort(KEYS)
-- fields a syslog grammar cuts out of the line as they are
local VERBATIM = { "queue_id", "recipient", "relay", "relay_ip", "dsn", "sender" }
local SYSLOG = set{ "postfix", "exim", "sendmail" }


-- {======================================================================
-- 1. Lines through every grammar
-- =======================================================================

local function check_record (name, rec, line)
    local sig = { name }
    for k, v in pairs(rec) do
        check(FIELDS[k], "%s: unknown field %s in the record of %s", name, k, line)
        check(type(v) == FIELDS[k], "%s: %s is a %s, not a %s (%s)", name, k, type(v), FIELDS[k],
              line)
    end
    for _, k in ipairs(KEYS) do
        if rec[k] ~= nil then sig[#sig + 1] = k end
    end
    check(rec.reply ~= nil, "%s: no reply (\"\" when none) for %s", name, line)
    -- 'plain' promises a line with nothing JSON must escape
    check(not rec.plain or not find(line, '[^\32-\126]') and not find(line, '["\\]'),
          "%s: a line with bytes to escape marked plain: %s", name, line)
    check(rec.phase == nil or PHASES[rec.phase], "%s: phase %s", name, rec.phase)
    sig[#sig + 1] = rec.phase or "-"
    if SYSLOG[name] then
        check(STATUSES[rec.mta_status], "%s: mta_status %s", name, rec.mta_status)
    else
        check(rec.mta_status == nil or STATUSES[rec.mta_status], "%s: mta_status %s", name,
              rec.mta_status)
    end
    sig[#sig + 1] = rec.mta_status or "-"
    check(rec.domain == common.domain_of(rec.recipient),
          "%s: domain %s of recipient %s", name, rec.domain, rec.recipient)
    if rec.domain then
        check(rec.domain ~= "" and rec.domain == lower(rec.domain), "%s: domain %s", name,
              rec.domain)
    end
    if rec.more then
        check(#rec.more >= 1, "%s: an empty 'more' list", name)
        for i, a in pairs(rec.more) do
            check(type(i) == "number" and i >= 1 and i <= #rec.more and type(a) == "string",
                  "%s: more[%s] is a %s", name, i, type(a))
        end
        sig[#sig + 1] = "more"
    end
    if SYSLOG[name] then
        for _, k in ipairs(VERBATIM) do
            local v = rec[k]
            check(v == nil or find(line, v, 1, true), "%s: %s %s is not in the line %s",
                  name, k, v, line)
        end
        if name ~= "exim" or rec.mta_status ~= "sent" then   -- (Exim's C="..." unescaped)
            check(find(line, rec.reply, 1, true), "%s: reply %s is not in the line %s", name,
                  rec.reply, line)
        end
        check(rec.time == nil or find(rec.time, "^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d:%d%d"),
              "%s: time %s", name, rec.time)
    end
    if rec.time then
        -- what --since does with it
        local e = common.epoch((gsub(rec.time, "%.%d+", "", 1)))
        check(e == nil or type(e) == "number", "%s: epoch of %s", name, rec.time)
        sig[#sig + 1] = e and "epoch" or "noepoch"
    end
    if rec.reply ~= "" then sig[#sig + 1] = "reply" end
    if rec.text then sig[#sig + 1] = rec.text == "" and "text0" or "text" end
    return concat(sig, " ")
end

-- the Postfix layout read in C gives what its LPeg pattern gives: the
-- same values from postfix_values (the fast path smtpbounce.log.postfix
-- reads with), and as named fields from postfix_line, in this order (nil
-- where the pattern has false, but for 'plain'), into a table refilled
-- line after line and into a new one
local FAST_FIELDS = { "plain", "time", "stamp", "rest", "program", "queue_id", "recipient",
                      "domain", "relay", "relay_ip", "dsn", "status", "text_pos" }
local is_fast_field = set(FAST_FIELDS)
local postfix_fast = log.grammar("postfix").fast
local postfix_line, postfix_values = logio.postfix_line, logio.postfix_values
local fast_fields = {}
local function same_fast (line)
    local want = { n = select("#", postfix_fast:match(line)), postfix_fast:match(line) }
    if want.n == 1 and want[1] == nil then want.n = 0 end
    local vals = { n = select("#", postfix_values(line)), postfix_values(line) }
    check(want.n == vals.n, "postfix_values: %s values, the pattern %s: %s", vals.n, want.n, line)
    for i = 1, want.n do
        check(want[i] == vals[i], "postfix_values: value %s is %s, the pattern's %s: %s",
              i, vals[i], want[i], line)
    end
    local got, new = postfix_line(line, fast_fields), postfix_line(line)
    check((got == nil) == (want.n == 0) and (new == nil) == (got == nil),
          "postfix_line: %s, the pattern %s values: %s", got, want.n, line)
    if got then
        check(got == fast_fields, "postfix_line: not the table given")
        check(want.n == #FAST_FIELDS, "postfix_line: the pattern gives %s values", want.n)
        for i, k in ipairs(FAST_FIELDS) do
            local w = want[i]
            if w == false and k ~= "plain" then w = nil end
            check(got[k] == w and new[k] == w, "postfix_line: %s is %s (new table: %s), "
                  .. "the pattern's %s: %s", k, got[k], new[k], want[i], line)
        end
        for k in pairs(new) do check(is_fast_field[k], "postfix_line: field %s", k) end
    end
    feature("postfix_line " .. want.n)
end

-- every grammar's result for every line: results[name][i]
local function parse_lines (lines)
    local results = {}
    for _, g in ipairs(GRAMMARS) do results[g[1]] = {} end
    for i, raw in ipairs(lines) do
        local line = raw
        if sub(line, -1) == "\r" then line = sub(line, 1, -2) end
        same_fast(line)
        for _, g in ipairs(GRAMMARS) do
            local name, gr = g[1], g[2]
            local rec = gr.parse(line)
            local sig
            if type(rec) == "table" then
                sig = check_record(name, rec, line)
                if gr.prefilter then
                    check(find(raw, gr.prefilter, 1, true), "%s: read a line without %s: %s",
                          name, gr.prefilter, line)
                end
            else
                check(rec == nil or rec == false, "%s: parse returned a %s", name, type(rec))
                sig = name .. " " .. tostring(rec)
            end
            feature(sig)
            results[name][i] = rec
        end
        local v = jl.decode(line)
        local guess = jl.guess(v)
        check(guess == nil or PRESETS[guess] ~= nil, "guess: %s", guess)
        local vote = log.detect{ line }
        check(vote == nil or FORMATS[vote], "detect: %s", vote)
        feature("line " .. type(v) .. " " .. tostring(guess) .. " " .. tostring(vote))
    end
    local f, why = log.detect(lines)
    check((f == nil or FORMATS[f]) and (why == nil or (f == nil and why == "syslog")),
          "detect: %s, %s", f, why)
    return results
end

-- }======================================================================


-- {======================================================================
-- 2. The scanner
-- =======================================================================

local function split (s)
    local lines, pos, n = {}, 1, #s
    while pos <= n do
        local nl = find(s, "\n", pos, true)
        if not nl then
            lines[#lines + 1] = sub(s, pos)
            break
        end
        lines[#lines + 1] = sub(s, pos, nl - 1)
        pos = nl + 1
    end
    return lines
end

local function sink ()
    local buf = {}
    return {
        buf = buf,
        write = function (self, ...)
            for i = 1, select("#", ...) do buf[#buf + 1] = select(i, ...) end
            return self
        end,
        flush = function () end,
        text = function () return concat(buf) end,
    }
end

-- a seekable handle on s whose reads return at most 'chunk' bytes
local function string_handle (s, chunk)
    local pos = 1
    local fh = {}
    function fh.read (_, n)
        if pos > #s then return nil end
        if chunk and n > chunk then n = chunk end
        local r = sub(s, pos, pos + n - 1)
        pos = pos + #r
        return r
    end
    function fh.seek (_, whence, off)
        off = off or 0
        if whence == "set" then pos = off + 1
        elseif whence == "end" then pos = #s + 1 + off
        else pos = pos + off end
        return pos - 1
    end
    function fh.close () return true end
    return fh
end

local function run (input, json, summary)
    local out, err = sink(), sink()
    local status = scan.run{ classifier = classifier, json = json, summary = summary,
                             files = {}, input = input, out = out, err = err }
    return status, split(out.text()), err.text()
end

-- the attempts, counts and reports scan must give for 'lines' read with
-- the grammar 'name' (its results in 'res')
local function expect (lines, res, gr, fname)
    local e = { attempts = {}, skipped = 0, unreadable = 0, too_long = 0, reports = {} }
    local pend = {}
    local function add (a) e.attempts[#e.attempts + 1] = a end
    for i, raw in ipairs(lines) do
        local rec = res[i]
        if #raw > scan.MAX_LINE then
            e.too_long = e.too_long + 1
            e.reports[#e.reports + 1] = fmt(":%d: line too long (%d bytes, limit %d), skipped",
                                             i, #raw, scan.MAX_LINE)
        elseif gr.prefilter and not find(raw, gr.prefilter, 1, true) then
            e.skipped = e.skipped + 1
            -- "QID: removed": the message left the queue, its deferrals go
            if gr.expiry_by_queue and gr.dequeued and find(raw, gr.dequeued, 1, true) then
                local qid = gr.dequeued_id(raw)
                if qid then pend[qid] = nil end
            end
        elseif rec == false then
            e.unreadable = e.unreadable + 1
            e.reports[#e.reports + 1] = fmt(":%d: unreadable %s delivery line, skipped", i, fname)
        elseif rec == nil then
            e.skipped = e.skipped + 1
        else
            local st, qid, rcpt = rec.mta_status, rec.queue_id, rec.recipient
            local expanded = false
            -- deferrals are followed only where an expiry names the queue
            -- id alone
            local follow = gr.expiry_by_queue and qid
            if follow and rcpt then
                if st == "deferred" then
                    pend[qid] = pend[qid] or {}
                    pend[qid][rcpt] = true
                elseif pend[qid] then
                    pend[qid][rcpt] = nil
                end
            elseif follow and st == "expired" and not rcpt then
                local list = {}
                for a in pairs(pend[qid] or {}) do list[#list + 1] = a end
                pend[qid] = nil
                sort(list)
                for _, a in ipairs(list) do
                    add{ recipient = a, mta_status = "expired", queue_id = qid, reply = "", line = i }
                end
                expanded = #list > 0
            end
            if not expanded then
                add{ recipient = rcpt, mta_status = st, queue_id = qid, reply = rec.reply, line = i }
                for _, a in ipairs(rec.more or {}) do
                    add{ recipient = a, mta_status = st, queue_id = qid, reply = rec.reply, line = i }
                end
            end
        end
    end
    return e
end

local function decode (line)
    check(utf8.len(line), "output is not UTF-8: %s", line)
    local ok, v = pcall(cjson.decode, line)
    check(ok and type(v) == "table", "output is not a JSON object: %s", line)
    for k, x in pairs(v) do
        if x == cjson.null then v[k] = nil end
    end
    return v
end

-- a value the JSON output must give back as it is: valid UTF-8 (scan
-- writes U+FFFD for the rest)
local function same (a, b)
    if type(a) == "string" and not utf8.len(a) then return type(b) == "string" end
    return a == b
end

local function scan_all (input, results, nlines, h)
    -- A: in blocks, JSON attempts and summary
    local status, out, err = run(string_handle(input), true, true)
    check(status == 0 or status == 1, "scan exit status %s", status)
    check(#out >= 1, "no summary")
    local sm = decode(out[#out]).summary
    check(type(sm) == "table", "the last line is no summary: %s", out[#out])
    out[#out] = nil
    local objs = {}
    for i, line in ipairs(out) do
        check(find(line, '^{"time":'), "attempt %s: %s", i, line)
        objs[i] = decode(line)
    end
    check(sm.inputs == 1 and sm.attempts == #objs, "summary: %s attempts, %s written",
          sm.attempts, #objs)
    feature(fmt("scan %d %d %d %d %d", status, #objs > 0 and 1 or 0, sm.unreadable > 0 and 1 or 0,
                sm.too_long > 0 and 1 or 0, sm.skipped > 0 and 1 or 0))
    if status == 1 then
        -- a format not told: nothing read, and scan says why
        check(find(err, "cannot tell the log format", 1, true)
              or find(err, "JSON lines of a shape no preset knows", 1, true), "exit 1: %s", err)
        check(#objs == 0 and sm.lines == 0, "exit 1 after reading %s lines", sm.lines)
        return
    end
    -- the format read, from the known line that must come last
    check(#objs >= 1, "no attempt: the known lines were lost (%s)", err)
    local last = objs[#objs]
    local kname = type(last.recipient) == "string"
                  and last.recipient:match("^known%-(%a+)@fuzz%.example$")
    check(kname, "the last attempt is not a known line: %s", out[#out])
    local fname = last.format
    check(fname == kname or (fname == "jsonl" and (kname == "kumomta" or kname == "postal")),
          "known %s line read as %s", kname, fname)
    local gr
    for _, g in ipairs(GRAMMARS) do
        if g[1] == kname then gr = g[2] end
    end
    local lines = split(input)
    check(#lines == nlines, "lines")
    local res = results[kname]
    if fname == "jsonl" then
        -- JSON lines are read with the preset of the first line whose
        -- shape one names (smtpbounce.log's jsonl_grammar), which may be
        -- another preset than the known line's
        local preset
        for _, l in ipairs(lines) do
            if #l <= scan.MAX_LINE then preset = jl.guess(jl.decode(l)) end
            if preset then break end
        end
        if preset and preset ~= kname then
            gr = jl.new(jl.mapping(preset))
            res = {}
            for i, l in ipairs(lines) do res[i] = gr.parse(l) end
        end
    end
    local e = expect(lines, res, gr, fname)
    check(sm.lines == nlines, "summary: %s lines of %s", sm.lines, nlines)
    check(sm.skipped == e.skipped and sm.unreadable == e.unreadable
          and sm.too_long == e.too_long and sm.before_since == 0,
          "counts: skipped %s unreadable %s too long %s, expected %s %s %s", sm.skipped,
          sm.unreadable, sm.too_long, e.skipped, e.unreadable, e.too_long)
    check(#objs == #e.attempts, "%s attempts, expected %s", #objs, #e.attempts)
    for i, a in ipairs(e.attempts) do
        local o = objs[i]
        check(o.format == fname and same(a.recipient, o.recipient) and o.mta_status == a.mta_status
              and same(a.queue_id, o.queue_id) and same(a.reply, o.reply),
              "attempt %s (line %s): %s, expected %s %s %s", i, a.line, out[i],
              a.recipient, a.mta_status, a.reply)
    end
    -- reports: the first REPORTED, by line number
    local want = {}
    local warn = err:match("^smtpbounce: <stdin>: no MTA's lines among the first %d+; "
                           .. "reading it as postfix %(use %-%-format%)\n")
    if warn then want[1] = warn end
    for i, r in ipairs(e.reports) do
        if i > scan.REPORTED then break end
        want[#want + 1] = "smtpbounce: <stdin>" .. r .. "\n"
    end
    if #e.reports > scan.REPORTED then
        want[#want + 1] = fmt("smtpbounce: <stdin>: %d more lines not shown\n",
                              #e.reports - scan.REPORTED)
    end
    want = concat(want)
    check(err == want, "reports:\n%s\nexpected:\n%s", err, want)

    -- B: in blocks, reads of a few bytes; C: from a pipe, line by line
    local counts = fmt("smtpbounce scan: %d lines, %d delivery attempts, %d skipped, "
                       .. "%d unreadable, %d too long\n", nlines, #objs, e.skipped,
                       e.unreadable, e.too_long)
    local chunk = 1 + floor(h / 256) % 97
    local sb, outb, errb = run(string_handle(input, chunk), true, false)
    check(sb == 0 and errb == want .. counts, "reads of %s bytes: exit %s\n%s", chunk, sb, errb)
    check(#outb == #out, "reads of %s bytes: %s attempts, not %s", chunk, #outb, #out)
    for i = 1, #out do
        check(outb[i] == out[i], "reads of %s bytes: attempt %s\n%s\nnot\n%s", chunk, i, outb[i],
              out[i])
    end
    local fh = fz.pipe(input)
    if fh then
        local sc, outc, errc = run(fh, true, false)
        fh:close()
        check(sc == 0 and errc == want .. counts, "pipe: exit %s\n%s", sc, errc)
        check(#outc == #out, "pipe: %s attempts, not %s", #outc, #out)
        for i = 1, #out do
            check(outc[i] == out[i], "pipe: attempt %s\n%s\nnot\n%s", i, outc[i], out[i])
        end
    end
end

-- }======================================================================


-- {======================================================================
-- 3. Lines blown up
-- =======================================================================

local BIG = 16384
-- seconds for one blown-up line through one grammar (linear: a few ms;
-- quadratic: seconds); a replay in the specs turns it off
local TOO_SLOW = fz.too_slow or 0.5

local TIMED = {
    { "detect", function (s) return log.detect{ s } end },
    { "decode", jl.decode },
}
for _, g in ipairs(GRAMMARS) do TIMED[#TIMED + 1] = { g[1], g[2].parse } end

local function blown_up (lines, h)
    local n = 0
    for _, line in ipairs(lines) do
        if #line >= 2 and n < 2 then
            n = n + 1
            -- a piece of the line repeated, and its spaces
            local a = 1 + h % #line
            local b = a + floor(h / 4096) % 16
            if b > #line then b = #line end
            local piece = sub(line, a, b)
            local big = sub(line, 1, a - 1) .. rep(piece, floor(BIG / #piece)) .. sub(line, b + 1)
            -- and one of its spaces, the (h % count)th, made BIG spaces
            local count, k = 0, 0
            for _ in gmatch(line, " ") do count = count + 1 end
            local spaces = count > 0 and gsub(line, " ", function ()
                k = k + 1
                if k == 1 + h % count then return rep(" ", BIG) end
            end) or big
            for _, s in ipairs{ big, spaces } do
                for _, g in ipairs(TIMED) do
                    local t0 = clock()
                    g[2](s)
                    local t = clock() - t0
                    check(t < TOO_SLOW, "%s: %s s for a line of %s bytes (superlinear?): %s",
                          g[1], t, #s, s)
                end
            end
        end
    end
end

-- }======================================================================


-- the Lua heap after a full collection: the classifier's rules and the
-- modules take a few MB
local MAX_HEAP_KB = 64 * 1024

return function (data, h)
    -- the known lines after the input, on lines of their own
    local input = data
    if #input > 0 and sub(input, -1) ~= "\n" then input = input .. "\n" end
    input = input .. KNOWN_TAIL
    -- every other input: the last line without its "\n"
    if floor(h / 4) % 2 == 1 then input = sub(input, 1, -2) end
    -- every other input: a line limit of a few hundred bytes
    scan.MAX_LINE = (h % 2 == 0) and 1024 * 1024 or known_max + floor(h / 2) % 512
    local lines = split(input)
    local results = parse_lines(lines)
    scan_all(input, results, #lines, h)
    if h % 32 == 0 then blown_up(split(data), floor(h / 32)) end
    -- one input in 256: the state's memory stays bounded (what the
    -- grammars and scan keep between lines and runs is bounded)
    if floor(h / 32) % 8 == 1 then
        collectgarbage()
        local kb = collectgarbage("count")
        check(kb < MAX_HEAP_KB, "the Lua heap holds %s KB after a collection", kb)
    end
end
