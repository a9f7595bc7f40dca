-- smtpbounce.scan -- `smtpbounce scan`: read mail logs (Postfix, Exim,
-- Sendmail, JSON lines; plain or gzip'd, or standard input), classify
-- every delivery attempt, and write one result per attempt and/or a
-- summary: per provider and domain, who throttles or blocks, which
-- addresses to suppress, which replies no rule explained.
--
--   require("smtpbounce.scan").run{ classifier = c, json = true,
--                                   files = { "maillog" }, out = io.stdout,
--                                   err = io.stderr, input = io.stdin }
--
-- The package, by job:
--   scan.input     files, gzip, standard input, the line reader, the hot
--                  loop over lines no grammar wants, the progress bar
--   scan.attempts  lines to attempts: parse, --since, queue ids followed
--                  for expiry lines that name them alone, line reports
--   scan.output    each attempt's classification (cached), its JSON or
--                  text line (smtpbounce.result's JSON)
--   scan.summary   the summary and the --suppress-out list (and the
--                  tables --report draws: smtpbounce.report)
--   scan.state     --state FILE: what a run leaves for the next (where
--                  each file stopped: scan.resume; queue ids, summary,
--                  the tracker); loaded only with --state
-- smtpbounce.log tells each input's format and gives its grammar.
--
-- Memory stays flat whatever the input size: files are read in blocks
-- (a pipe on standard input line by line, so that each result is written
-- as soon as its line is read), and nothing is kept per line, except in
-- bounded tables (smtpbounce.cache; limits below; what did not fit is
-- counted and the summary says so):
--   CACHE    classification results, per (relay, domain, phase, text),
--            two generations of CACHE entries each
--   GROUPS   provider/domain groups and throttling providers
--   ADDRESSES  addresses to suppress (the summary and --suppress-out
--            only: it grows with the bounced addresses, up to this)
--   TEMPLATES  groups of replies no rule explained
--   PENDING  queue ids with deferred recipients, for logs whose expiry
--            line names the queue id alone (Postfix's qmgr), so that it
--            can name them; two generations, and a queue id leaves when
--            the log says its message left the queue ("removed")
-- Lines longer than MAX_LINE are counted and skipped (never held whole,
-- except from a pipe).  The limits are read when a run starts.
--
-- The hot path, per line: a plain-text search for the grammar's
-- prefilter ("status=" for Postfix, "stat=" for Sendmail) over the read
-- buffer, so that the many lines that are no delivery are passed over
-- without a string being made of them; one LPeg match per delivery line
-- (Postfix's usual layout: one call of logio.postfix_values, which reads
-- what the grammar's LPeg pattern reads, in C); the classification from
-- the cache when (relay, domain, phase, text) was seen before, else from
-- the classifier as values (no result table); the result's JSON built
-- once per cached result, and each line's JSON in one concatenation and
-- one write.  Hot functions are locals and upvalues of closures made once
-- per run or input: nothing per line goes through a module table.

local log = require "smtpbounce.log"
local input = require "smtpbounce.scan.input"
local attempts = require "smtpbounce.scan.attempts"
local output = require "smtpbounce.scan.output"
local summary = require "smtpbounce.scan.summary"

local ipairs, tostring, setmetatable = ipairs, tostring, setmetatable
local io_open = io.open
local fmt, find = string.format, string.find

local _M = { _VERSION = "0.1.0" }

_M.MAX_LINE = 1024 * 1024
_M.CACHE = 8192
_M.GROUPS = 10000
_M.ADDRESSES = 200000
_M.TEMPLATES = 10000
_M.PENDING = 25000
_M.REPORTED = 20        -- unreadable lines reported by number, per file

-- the fields of each attempt's JSON object before the result's
_M.LOG_FIELDS = output.LOG_FIELDS


--[[
Read one input: 'fh' a handle, 'name' for messages, 'size' its size
when known, 'progress' whether to draw a progress bar, 'block' whether
to read in blocks.  'run': the run's state.  'job' (--state, a named
file: smtpbounce.scan.resume's) says where to start, and is told where
this run stopped.  Returns false when the input could not be read (its
format unknown); a forced format that reads none of its lines sets
run.status to 1 too.
]]
local function scan_one (run, fh, name, size, progress, block, job)
    local counts, err, opts = run.counts, run.err, run.opts
    counts.inputs = counts.inputs + 1
    local rd = input.reader(fh, block, _M.MAX_LINE, job)
    local g, first, seen = log.open(rd.next, { format = opts.format or (job and job.format),
                                               fields = opts.fields or (job and job.fields),
                                               max_bytes = 4 * _M.MAX_LINE })
    if not g then
        err:write("smtpbounce: ", name, ": ", first, "\n")
        run.status = 1
        return false
    end
    if seen.note then err:write("smtpbounce: ", name, ": ", seen.note, "\n") end
    run.formats_seen[g.name] = true
    run.output.input(g)
    local feed, done = run.attempts.input(g, name)
    local follow = g.expiry_by_queue and g.dequeued
                   and { mark = g.dequeued, pending = run.attempts.pending,
                         dequeued = run.attempts.dequeued } or nil
    local draw = size and size > 0 and progress and input.progress(err, fh, size) or nil
    local read = counts.attempts + counts.before

    local lineno0 = job and job.lineno or 0
    local lines, passed = input.pass(rd, first, feed, g.prefilter, follow, draw, lineno0)
    counts.lines, counts.skipped = counts.lines + lines - lineno0, counts.skipped + passed
    done()
    if job then
        -- (the format the lines said, or was forced; else the one known)
        run.state.files:finish(job, rd, lines, seen.said and g.name or opts.format or job.format,
                               g.preset)
    end
    if draw then draw() end
    if opts.format and read == counts.attempts + counts.before and seen.text
       and seen.said ~= opts.format then
        -- a forced format that read no line of the input as its own: an
        -- error, as a format that cannot be told is (exit status 1)
        run.status = 1
        err:write("smtpbounce: ", name, ": no line read as ", g.name, " (is it ",
                  find(g.name, "^[aeiou]") and "an " or "a ", g.name,
                  " log? without --format the format is told from the first lines)\n")
    end
    return true
end

-- the summary, or the counts line on standard error
local function finish (run, summary_mode)
    local c, out, err = run.counts, run.out, run.err
    if summary_mode then
        if run.opts.json then
            summary.json(run.summary, run, out)
        else
            summary.text(run.summary, run, out)
        end
    else
        err:write(fmt("smtpbounce scan: %d lines, %d delivery attempts, %d skipped, "
                      .. "%d unreadable, %d too long%s\n", c.lines, c.attempts, c.skipped,
                      c.unreadable, c.too_long,
                      run.since and fmt(", %d before --since", c.before) or ""))
    end
end

-- the time 't' (seconds since the epoch) as the logs write it
local function when (t)
    return t and os.date("%Y-%m-%dT%H:%M:%S", t) or "-"
end

--[[
With --state, what the report says besides the summary's tables (which
cover all runs): the totals of all runs, and as its advice section the
tracker's advice per provider ('v': scan.state's view).  Returns the
report's run and advice.
]]
local function state_report (run, v)
    local r = setmetatable({ counts = { lines = v.lines, attempts = v.attempts },
                             lines_read = fmt("lines read (%d run%s)", v.runs,
                                              v.runs == 1 and "" or "s") },
                           { __index = run })
    local rows = {}
    for i, a in ipairs(v.advice) do
        rows[i] = { a.who, a.state, a.state == "slow" and fmt("%s/%s", a.rate, a.per) or "",
                    when(a["until"]), a.rule, tostring(a.events) }
    end
    return r, {
        note = fmt("The tracker's advice at %s (the newest log time), from the history kept "
                   .. "in %s; %s.", when(v.now), v.file, #rows == 0
                   and "no provider is paused or slowed" or "a provider not listed is at normal"),
        columns = { "provider or domain", "state", "rate", "until", "rule", "events" },
        rows = rows }
end

-- the files --suppress-out and --report name, opened for writing: a
-- table (opts' key -> file), or nil when one cannot be (the message
-- written to 'err', those opened closed)
local OUTPUTS = { "suppress_out", "report" }
local function open_outputs (opts, err)
    local outs = {}
    for _, k in ipairs(OUTPUTS) do
        if opts[k] then
            local f, e = io_open(opts[k], "wb")
            if not f then
                for _, x in ipairs(OUTPUTS) do if outs[x] then outs[x]:close() end end
                err:write("smtpbounce: ", tostring(e), "\n")
                return nil
            end
            outs[k] = f
        end
    end
    return outs
end

-- the --suppress-out list and the --report page, each written and closed
local function write_outputs (run, suppress_f, report_f)
    local sm, opts, err = run.summary, run.opts, run.err
    if suppress_f then
        if not summary.close_output(suppress_f, opts.suppress_out, err,
                                    summary.write_suppress(sm, suppress_f)) then
            run.status = 1
        end
        if sm.suppress_over > 0 then
            err:write(fmt("smtpbounce: %s: %d addresses past the limit of %d not written\n",
                          opts.suppress_out, sm.suppress_over, _M.ADDRESSES))
        end
    end
    if report_f then
        local r, advice = run, nil
        if run.tracker then r, advice = state_report(run, run.tracker) end
        local ok, e = require("smtpbounce.report").write(sm, r, report_f, {
            redact = opts.redact, suppress_out = opts.suppress_out, version = opts.version,
            advice = advice })
        if not summary.close_output(report_f, opts.report, err, ok, e) then run.status = 1 end
    end
end

--[[
Run a scan.  opts: classifier, json, summary (true, false or nil for
"when stdout is a terminal"), suppress_out (a file name), report (a
file name: the HTML report, smtpbounce.report; redact: its addresses'
local parts hashed), since (epoch),
format (forced), fields (jsonl mapping), files (list; "-" or none:
standard input), out, err, input, state (a file name: scan.state; the
summary and the report then cover all runs), rule_files (the classifier's
rule files: the tracker of --state applies their 'tracker' rules too).  Returns the exit status.
]]
function _M.run (opts)
    local out, err = opts.out, opts.err
    local files = opts.files
    if #files == 0 then files = { "-" } end
    -- the outputs first: a file that cannot be written fails at once
    local outs = open_outputs(opts, err)
    if not outs then return 1 end
    local suppress_f, report_f = outs.suppress_out, outs.report
    local summary_mode = opts.summary
    if summary_mode == nil then
        summary_mode = not opts.json and out == io.stdout and input.isatty(out)
    end
    local mode = opts.json and "json" or (not summary_mode and "lines") or nil
    local state = opts.state and require "smtpbounce.scan.state"
    local st = state and state.open_or_say(opts.state, "scan", err,
                                           { rule_files = opts.rule_files })
    if state and not st then
        for _, k in ipairs(OUTPUTS) do if outs[k] then outs[k]:close() end end
        return 1
    end
    local collect = summary_mode or suppress_f ~= nil or report_f ~= nil or st ~= nil

    local counts = { inputs = 0, lines = 0, attempts = 0, skipped = 0, unreadable = 0,
                     too_long = 0, before = 0 }
    local run = { opts = opts, counts = counts, since = opts.since, formats_seen = {},
                  status = 0, out = out, err = err, state = st,
                  files = files,
                  summary = collect and summary.new(_M, { report = report_f ~= nil or st ~= nil })
                      or nil }
    local sm = run.summary
    run.output = output.new{ classifier = opts.classifier, mode = mode, out = out,
                             keep = collect, summary = sm, add = sm and summary.add,
                             counts = counts, limit = _M.CACHE,
                             decide = st and state.decider(st) }
    run.attempts = attempts.new{ emit = run.output.emit, counts = counts, err = err,
                                 since = opts.since, limits = _M }
    if st then state.restore(st, sm, run.attempts.pending) end

    -- a progress bar when standard error is a terminal (asked once)
    local tty
    for _, name in ipairs(files) do
        local whole = st and name ~= "-" and st.files:whole(name)
        local fh, label, size, close
        if not whole then fh, label, size, close = input.open(name, opts.input) end
        if whole then
            counts.inputs = counts.inputs + 1   -- a gzip'd copy read to its end before
        elseif not fh then
            err:write("smtpbounce: ", label, "\n")     -- (the message)
            run.status = 1
        else
            -- a pipe: write each result as soon as its line is read
            if out.setvbuf then out:setvbuf(size and "full" or "line") end
            if size and tty == nil then tty = err == io.stderr and input.isatty(err) end
            -- blocks, except from a pipe (answer each line as it comes)
            local block = name ~= "-" or size ~= nil
            local job = st and name ~= "-" and st.files:start(name, fh, size) or nil
            local ok = scan_one(run, fh, label, size, size and tty, block, job)
            if close and fh:close() == nil and ok then
                err:write("smtpbounce: ", label, ": could not be read (gzip -dc failed?)\n")
                run.status = 1
            end
            out:flush()
        end
    end
    if out.setvbuf then out:setvbuf("line") end
    if st then
        for _, note in ipairs(st.files.notes) do err:write("smtpbounce: ", note, "\n") end
        if summary_mode or report_f then run.tracker = state.view(st, sm, counts) end
    end

    finish(run, summary_mode)
    write_outputs(run, suppress_f, report_f)
    if st and not state.save_or_say(st, sm, run.attempts.pending, counts, err) then
        run.status = 1
    end
    out:flush()
    return run.status
end

return _M
