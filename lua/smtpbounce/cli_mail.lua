-- smtpbounce.cli_mail -- `smtpbounce mail`: each message of the inputs
-- (smtpbounce.mailbox's sources) through a classifier's :mail, its
-- records written (JSON lines: smtpbounce.mail's record_writer; or one
-- text line each), scan's summary and suppress list over them, the
-- counts at the end.
--
--   cli_mail.run{ classifier = c, json = true, paths = { ... }, ... }
--
-- (smtpbounce.mailbox's run is this one.)

local mailbox = require "smtpbounce.mailbox"
local input = require "smtpbounce.scan.input"

local ipairs, type, tostring = ipairs, type, tostring

local _M = { _VERSION = "0.1.0" }


-- {======================================================================
-- `smtpbounce mail`
-- =======================================================================

-- what an MTA's log would say of a record, for the summary
local MTA_STATUS = { failed = "bounced", delayed = "deferred", delivered = "sent",
                     relayed = "sent", expanded = "sent" }

-- smtpbounce.scan.summary and log.common's domain_of, loaded only when
-- a summary is kept: with smtpbounce.scan they are a good part of the
-- start-up of a plain `mail --json`
local function summary_modules ()
    return require "smtpbounce.scan.summary", require("smtpbounce.log.common").domain_of
end

-- record 'rec' into the summary 'sm' (smtpbounce.scan.summary's add)
local function add_to_summary (summary, sm, rec, domain_of)
    local rcpt = rec.recipient
    summary.add(sm, { recipient = rcpt, domain = rcpt and domain_of(rcpt), time = rec.time,
                      mta_status = MTA_STATUS[rec.dsn_action]
                                   or (rec.reason == "feedback" and "complained" or nil),
                      reply = rec.reply or "", text = rec.text }, rec)
end

-- fn(source, k, why): a message's records counted in 'n' ('k' of them),
-- or a not-bounce ('why': on 'say' when 'verbose')
local function counter (n, verbose, say)
    return function (source, k, why)
        if k then n.records = n.records + k
        else
            n.not_bounces = n.not_bounces + 1
            if verbose then say("smtpbounce: ", source, ": ", why, "\n") end
        end
    end
end

-- mailbox.sources' 'whole': a small file of one message read, classified
-- and written by mail.json_writer's 'json_file', counted
local function whole_file (json_file, n, count)
    return function (name, limit, regular)
        local k, why = json_file(name, limit, regular)
        if k == false then return false end
        n.messages = n.messages + 1
        count(name, k, why)
        return true
    end
end

-- mailbox.sources' 'many': a listing's small files of one message read,
-- classified and written by mail.json_writer's 'json_files', counted
local function whole_list (json_files, n)
    return function (list, i, limit)
        local j, messages, records, not_bounces = json_files(list, i, limit)
        n.messages, n.records = n.messages + messages, n.records + records
        n.not_bounces = n.not_bounces + not_bounces
        return j
    end
end

--[[
Whether the records go out in full blocks (not a write(2) a line): when
every input is a file or directory (from standard input each message's
records go out as it is read) and 'out' is no terminal.  Sets 'out' so.
]]
local function block_output (out, paths)
    if not out.setvbuf or (out == io.stdout and input.isatty(out)) then return false end
    if #paths == 0 then return false end
    for _, p in ipairs(paths) do
        if p == "-" then return false end
    end
    out:flush()
    out:setvbuf("full")
    return true
end

-- the closing lines: the summary (text or JSON) on 'out', else the
-- counts on 'err'
local function finish (opts, st, sm, summary, n, inputs, failed, out, err)
    local fmt = string.format
    local already = st and fmt(", %d read before (--state)", n.already) or ""
    if not summary then
        err:write(fmt("smtpbounce mail: %d inputs, %d messages, %d recipient records, "
                      .. "%d not bounces, %d skipped, %d unreadable%s\n", inputs, n.messages,
                      n.records, n.not_bounces, n.skipped, failed, already))
        return
    end
    local run = {
        headline = fmt("Read %d message%s from %d input%s: %d recipient records, "
                       .. "%d not bounces, %d skipped, %d input%s unreadable%s",
                       n.messages, n.messages == 1 and "" or "s", inputs,
                       inputs == 1 and "" or "s", n.records, n.not_bounces, n.skipped,
                       failed, failed == 1 and "" or "s", already),
        counts_json = fmt('"inputs":%d,"messages":%d,"records":%d,"not_bounces":%d,'
                          .. '"skipped":%d,"unreadable":%d', inputs, n.messages, n.records,
                          n.not_bounces, n.skipped, failed) }
    if opts.json then summary.json(sm, run, out) else summary.text(sm, run, out) end
end

--[[
Run `smtpbounce mail`.  opts: classifier (one with :mail), json,
summary (true, false or nil: when 'out' is a terminal), suppress_out (a
file name), headers (a list of header names), verp (a pattern), verbose
(not-bounces named on 'err'), paths (a list; none: standard input), out,
err, input, state (a file name: the messages read in earlier runs are
passed over, the summary covers all runs; smtpbounce.scan.state).
Returns the exit status: 1 when an input could not be read or a message
was skipped, else 0.
]]
function _M.run (opts)
    local summary, domain_of  -- (summary_modules: when a summary is kept)
    local c, out, err = opts.classifier, opts.out, opts.err
    if type(c.mail) ~= "function" then
        err:write("smtpbounce: this build has no bounce-mail reader\n")
        return 1
    end
    local suppress_f
    if opts.suppress_out then
        local f, e = io.open(opts.suppress_out, "wb")
        if not f then
            err:write("smtpbounce: ", tostring(e), "\n")
            return 1
        end
        suppress_f = f
    end
    local summary_mode = opts.summary
    if summary_mode == nil then
        summary_mode = not opts.json and out == io.stdout and input.isatty(out)
    end
    local state = opts.state and require "smtpbounce.scan.state"
    local st = state and state.open_or_say(opts.state, "mail", err)
    if state and not st then
        if suppress_f then suppress_f:close() end
        return 1
    end
    if summary_mode or suppress_f or st then summary, domain_of = summary_modules() end
    local sm = summary and summary.new(require "smtpbounce.scan") or nil
    if st then state.restore(st, sm) end
    local headers = opts.headers
    headers = headers and #headers > 0 and headers or nil
    local ctx = (headers or opts.verp) and { headers = headers, verp = opts.verp } or nil
    local n = { messages = 0, records = 0, not_bounces = 0, skipped = 0, already = 0 }
    local status = 0
    local write_record = opts.json and require("smtpbounce.mail").record_writer(out)
    -- a message on 'err' after the records before it ('out' may be
    -- buffered in blocks, below)
    local function say (...)
        out:flush()
        err:write(...)
    end

    local mail, json, verbose = c.mail, opts.json, opts.verbose
    -- the records only written: each message read, classified and
    -- written in one call (mail.json_writer), no record table made
    local json_only, json_file, json_files
    if json and not sm and not ctx then
        json_only, json_file, json_files = require("smtpbounce.mail").json_writer(c, out)
    end
    local count = counter(n, verbose, say)
    local function each (source, msg, e)
        if st and msg and state.seen(st, msg) then n.already = n.already + 1; return end
        n.messages = n.messages + 1
        if not msg then
            n.skipped = n.skipped + 1
            status = 1
            say("smtpbounce: ", source, ": ", e, "\n")
            return
        end
        if json_only then return count(source, json_only(source, msg)) end
        local recs, why = mail(c, msg, ctx)
        count(source, recs and #recs, why)
        if not recs then return end
        for i = 1, #recs do
            local rec = recs[i]
            if json then
                write_record(source, rec)
            elseif not summary_mode then
                out:write(source, " ", rec.dsn_action or rec.format or "-", " ", rec.outcome, " ",
                          rec.reason, " ", rec.action, " ", rec.recipient or "-", " ",
                          rec.provider or "-", " ", rec.rule, " ", rec.basis, " ", rec.text, "\n")
            end
            if sm then add_to_summary(summary, sm, rec, domain_of) end
        end
    end

    local paths = opts.paths or {}
    local blocks = block_output(out, paths)
    local failed, inputs = mailbox.sources(paths, opts.input, each, function (e)
        say("smtpbounce: ", e, "\n")
    end, st and { skip = function (p) return state.seen(st, nil, p) end,
                  done = function (p) state.done(st, p) end },
    json_file and whole_file(json_file, n, count),
    json_files and not verbose and whole_list(json_files, n))
    if blocks then
        out:flush()
        out:setvbuf("line")
    end
    if failed > 0 then status = 1 end
    finish(opts, st, sm, summary_mode and summary, n, inputs, failed, out, err)
    if suppress_f and not summary.close_output(suppress_f, opts.suppress_out, err,
                                               summary.write_suppress(sm, suppress_f)) then
        status = 1
    end
    if st and not state.save_or_say(st, sm, nil, n, err) then status = 1 end
    out:flush()
    return status
end

-- }======================================================================

return _M
