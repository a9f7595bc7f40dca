-- smtpbounce.scan.attempts -- from a log's lines to the delivery attempts
-- scan writes: each line parsed by its grammar (too long, unreadable and
-- other lines counted, the first REPORTED of each input reported by
-- number), --since, the further recipients of a line, and the queue ids
-- whose expiry line will name them alone (Postfix's qmgr).
--
--   local a = attempts.new{ emit = emit, counts = counts, err = err,
--                           since = epoch, limits = scan }
--   local feed, done = a.input(grammar, name)
--   feed(line, lineno, checked) ... done()
--
-- a.pending, a.dequeued: the queue ids followed (smtpbounce.cache) and
-- what to do with a line that says one left the queue (input.pass's
-- 'follow').  A record's 'more' holds further recipients of its line:
-- addresses (the rest as the record's), or records of their own.  Per
-- line: feed, then attempt, then emit (calls between
-- closures made once per input; nothing through a module table).

local common = require "smtpbounce.log.common"
local cache = require "smtpbounce.cache"

local ipairs, pairs, type = ipairs, pairs, type
local find, sub, byte, gsub, fmt = string.find, string.sub, string.byte, string.gsub,
    string.format
local sort = table.sort
local domain_of, epoch = common.domain_of, common.epoch

local _M = { _VERSION = "0.1.0" }

-- distinct seconds whose epoch --since keeps
_M.EPOCHS = 4096


-- before(t): whether the record time 't' is before 'since' (epochs kept
-- per distinct second)
local function before_since (since)
    local epochs = cache.new(_M.EPOCHS)
    return function (t)
        if not t then return false end
        local k = gsub(t, "%.%d+", "", 1)
        local e = epochs.new[k]
        if e == nil then
            e = epochs:get(k)
            if e == nil then
                e = epoch(k) or false
                epochs:set(k, e)
            end
        end
        return e and e < since
    end
end

--[[
attempt(rec) for the inputs of grammar 'g': --since, then the queue ids
followed (a grammar with expiry_by_queue: a deferred recipient is kept
under its queue id, until it is delivered or bounced, its queue id's
expiry line names it, or the log says its message left the queue), then
emit for the record and each of its further recipients.
]]
local function attempter (a, g)
    local emit, counts, before, pend = a.emit, a.counts, a.before, a.pending
    local track, fname = g.expiry_by_queue or false, g.name

    -- the expiry of queue id 'qid': its deferred recipients, or false
    local function expired (rec, qid)
        local p = pend:delete(qid)
        local list = {}
        for addr in pairs(p or {}) do list[#list + 1] = addr end
        if #list == 0 then return false end
        sort(list)
        for _, addr in ipairs(list) do
            local x = p[addr]
            emit{ time = rec.time, queue_id = qid, recipient = addr, domain = x[1],
                  relay = x[2], relay_ip = x[3], mta_status = "expired",
                  reply = "", text = rec.text, format = fname }
        end
        return true
    end

    local attempt
    attempt = function (rec)
        rec.format = fname
        if before and before(rec.time) then
            counts.before = counts.before + 1
            return
        end
        local st, qid, rcpt = rec.mta_status, rec.queue_id, rec.recipient
        if track and qid and rcpt then
            if st == "deferred" then
                local p = pend:get(qid)
                if not p then p = {}; pend:set(qid, p) end
                p[rcpt] = { rec.domain, rec.relay, rec.relay_ip }
            elseif pend.new[qid] or pend.old[qid] then
                pend:get(qid)[rcpt] = nil
            end
        elseif track and qid and st == "expired" and expired(rec, qid) then
            return
        end
        emit(rec)
        if rec.more then
            for _, addr in ipairs(rec.more) do
                if type(addr) == "table" then
                    attempt(addr)       -- an attempt of its own (a batch's)
                else
                    emit{ time = rec.time, queue_id = qid, recipient = addr,
                          domain = domain_of(addr), relay = rec.relay, relay_ip = rec.relay_ip,
                          phase = rec.phase, mta_status = st, dsn = rec.dsn, reply = rec.reply,
                          text = rec.text, classify = rec.classify, format = fname }
                end
            end
        end
    end
    return attempt
end

--[[
The feed of one input read with grammar 'g' ('name' for messages):
feed(line, lineno, checked) reads one line (a number: the length of a
line too long to keep; 'checked': the caller saw the prefilter in it);
done() ends the input.
]]
local function feeder (a, g, name)
    local counts, err, limits = a.counts, a.err, a.limits
    local attempt = attempter(a, g)
    local parse, pre, fname = g.parse, g.prefilter, g.name
    local deq, pend, dequeued = g.expiry_by_queue and g.dequeued, a.pending, a.dequeued
    local MAX_LINE, REPORTED = limits.MAX_LINE, limits.REPORTED
    local reported = 0
    local scratch = {}

    local function report (lineno, msg)
        reported = reported + 1
        if reported <= REPORTED then
            err:write("smtpbounce: ", name, ":", lineno, ": ", msg, "\n")
        end
    end

    local function feed (line, lineno, checked)
        if type(line) == "number" then
            counts.too_long = counts.too_long + 1
            report(lineno, fmt("line too long (%d bytes, limit %d), skipped", line, MAX_LINE))
            return
        end
        if pre and not checked and not find(line, pre, 1, true) then
            counts.skipped = counts.skipped + 1
            if deq and pend.n + pend.nold > 0 and find(line, deq, 1, true) then
                dequeued(line)
            end
            return
        end
        local n = #line
        if byte(line, n) == 13 then line = sub(line, 1, n - 1) end
        -- (a grammar may fill the same table each time: nothing here
        -- keeps a record past its line)
        local rec = parse(line, scratch)
        if rec then
            attempt(rec)
        elseif rec == false then
            counts.unreadable = counts.unreadable + 1
            report(lineno, "unreadable " .. fname .. " delivery line, skipped")
        else
            counts.skipped = counts.skipped + 1
        end
    end

    local function done ()
        if reported > REPORTED then
            err:write("smtpbounce: ", name, ": ", reported - REPORTED, " more lines not shown\n")
        end
    end

    return feed, done
end

--[[
The attempts of one run.  opts: emit (emit(rec) writes an attempt),
counts (the run's counters: attempts are emit's; before, skipped,
unreadable, too_long are counted here), err, since (epoch seconds or
nil), limits (PENDING, REPORTED, MAX_LINE: smtpbounce.scan's, read now).
]]
function _M.new (opts)
    local a = { emit = opts.emit, counts = opts.counts, err = opts.err, limits = opts.limits,
                before = opts.since and before_since(opts.since) or nil }
    -- queue ids with deferred recipients, for logs whose expiry line
    -- names the queue id alone: qid -> { rcpt -> { domain, relay,
    -- relay_ip } }
    local pend = cache.new(opts.limits.PENDING)
    a.pending = pend

    -- a line with the dequeued mark of the grammar being read
    local deq_id
    function a.dequeued (line)
        local qid = deq_id(line)
        if qid then pend:delete(qid) end
    end

    function a.input (g, name)
        deq_id = g.dequeued_id
        return feeder(a, g, name)
    end
    return a
end

return _M
