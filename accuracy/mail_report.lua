-- mail_report.lua [--list] -- smtpbounce.mail against the labelled bounce
-- mails: the dev corpus (accuracy/mail/dev) and the hold-out set
-- (accuracy/mail/holdout), each on its own lines, every share with its 95%
-- interval (Wilson):
--   recipients found  labelled recipients the reader returns (address
--                     compared case-insensitively with the record's
--                     recipient or original_recipient; a label without an
--                     address, such as a redacted feedback report, is found
--                     by any record left over)
--   status            of the labelled recipients with a status: the
--                     record's dsn or status equals it
--   dsn_action        of the labelled recipients with a dsn_action: equal
--   reason, family    of all labelled recipients: the record's reason in
--                     the label's family (families as accuracy/report.lua)
--   reason, strict    the same, reason for reason
--   false bounce      of the mails labelled notbounce: records returned
--   missed mail       of the other mails: nil returned ("not a bounce")
--   extra records     of the records of those mails: the ones that name
--                     no labelled recipient (a sender's or a list's
--                     address read as a recipient); the records that
--                     name no one (a notice naming no recipient) are
--                     counted apart
-- then one line per labelled format (mails, recipients found, family).
-- --list prints every dev-corpus disagreement; hold-out mails are never
-- listed one by one (accuracy/mail/holdout/README.md).
-- Run by `make accuracy-mail` (and `make accuracy`).
local smtpbounce = require "smtpbounce"
local pages = dofile("accuracy/pages.lua")

local fmt = string.format

-- reasons by family, as in accuracy/report.lua
local FAMILY = dofile("accuracy/family.lua")

local list = false
for _, a in ipairs(arg) do
    if a == "--list" then list = true
    else
        io.stderr:write("usage: mail_report.lua [--list]\n")
        os.exit(2)
    end
end

if type(smtpbounce.mail) ~= "function" then
    io.stderr:write("mail_report: this smtpbounce has no mail() (the bounce-mail reader is not built in)\n")
    os.exit(1)
end

-- share a/n with its 95% Wilson interval, as text
local share = dofile("accuracy/share.lua")

local function lines_of (cmd)
    local p = io.popen(cmd)
    local t = {}
    for l in p:lines() do t[#t + 1] = l end
    p:close()
    table.sort(t)
    return t
end

local function read (path)
    local f = assert(io.open(path, "rb"))
    local s = f:read("*a")
    f:close()
    return s
end

local function exists (path)
    local f = io.open(path, "rb")
    if f then f:close() end
    return f ~= nil
end

local function norm (addr)
    if type(addr) ~= "string" then return nil end
    return (addr:lower():gsub("^%s*<", ""):gsub(">%s*$", ""))
end

-- the record standing for labelled recipient l, among recs not yet taken
local function pick (recs, taken, l)
    local want = norm(l.recipient)
    for i, r in ipairs(recs) do
        if not taken[i] then
            if want then
                if norm(r.recipient) == want or norm(r.original_recipient) == want then
                    taken[i] = true
                    return r
                end
            else
                taken[i] = true
                return r
            end
        end
    end
end

-- label mistakes (an unlabelled mail, a label naming no mail, a family
-- that is not its reason's) are reported and make the exit status 1
local label_errors = 0
local function label_error (msg)
    io.stderr:write("mail_report: " .. msg .. "\n")
    label_errors = label_errors + 1
end

local function check_labels (dir, entries)
    for _, f in ipairs(lines_of("ls " .. dir .. " | grep '\\.eml$'")) do
        if not entries[f] then label_error(dir .. "/" .. f .. " has no label") end
    end
    for name, e in pairs(entries) do
        if not exists(dir .. "/" .. name) then label_error(dir .. "/labels.lua names a missing " .. name) end
        for _, l in ipairs(e.recipients) do
            if FAMILY[l.reason] ~= l.family then
                label_error(fmt("%s/%s: reason %s is not of family %s", dir, name, tostring(l.reason),
                                tostring(l.family)))
            end
        end
    end
end

local function new_tally ()
    return { mails = 0, rcpts = 0, found = 0, status_n = 0, status = 0,
             action_n = 0, action = 0, family = 0, reason = 0,
             notbounce = 0, false_bounce = 0, bounce = 0, missed = 0, errors = 0,
             records = 0, extra = 0, nameless = 0 }
end

-- one more of `field` in each tally of `all` (the whole set, the
-- mail's format, the mail's group)
local function add (all, field)
    for i = 1, #all do all[i][field] = all[i][field] + 1 end
end

-- the pages the dev corpus took: its labels' sources and SOURCES.txt
local function dev_pages (root)
    local set = {}
    for _, labels in ipairs(lines_of("find " .. root .. " -name labels.lua")) do
        for _, e in pairs(dofile(labels)) do pages.add(e.source, set) end
    end
    if exists(root .. "/SOURCES.txt") then pages.add(read(root .. "/SOURCES.txt"), set) end
    return set
end

-- measure(root, show [, shared]): with 'shared' (a set of pages), only the
-- mails whose source names none of them (t.left counts the others)
local function measure (root, show, shared)
    local t, by_format, by_group = new_tally(), {}, {}
    t.left = 0
    local format_order, group_order = {}, {}
    for _, labels in ipairs(lines_of("find " .. root .. " -name labels.lua")) do
        local dir = labels:match("^(.*)/labels%.lua$")
        local entries = dofile(labels)
        check_labels(dir, entries)
        local names = {}
        for name, e in pairs(entries) do
            if not exists(dir .. "/" .. name) then -- luacheck: ignore 542
            elseif shared and pages.shared(e.source, shared) then t.left = t.left + 1
            else names[#names + 1] = name end
        end
        table.sort(names)
        local group = dir:match("([^/]+)$")
        local gt = new_tally()
        by_group[group] = gt
        group_order[#group_order + 1] = group
        for _, name in ipairs(names) do
            local e = entries[name]
            local ft = by_format[e.format]
            if not ft then
                ft = new_tally()
                by_format[e.format] = ft
                format_order[#format_order + 1] = e.format
            end
            local all = { t, ft, gt }
            add(all, "mails")
            local ok, recs, why = pcall(smtpbounce.mail, read(dir .. "/" .. name))
            if not ok then
                add(all, "errors")
                if show then print(fmt("  %s/%s: error %s", dir, name, tostring(recs))) end
                recs = nil
            end
            if e.format == "notbounce" then
                add(all, "notbounce")
                if recs then
                    add(all, "false_bounce")
                    if show then print(fmt("  %s/%s: no bounce, read as %d record(s)", dir, name, #recs)) end
                end
            else
                add(all, "bounce")
                if not recs then
                    add(all, "missed")
                    if show and ok then print(fmt("  %s/%s: %s", dir, name, tostring(why))) end
                end
            end
            local taken = {}
            for _, l in ipairs(e.recipients) do
                local r = recs and pick(recs, taken, l)
                add(all, "rcpts")
                local bad = {}
                if r then
                    add(all, "found")
                else
                    bad[#bad + 1] = "not found"
                end
                if l.status then
                    add(all, "status_n")
                    if r and (r.dsn == l.status or r.status == l.status) then
                        add(all, "status")
                    elseif r then
                        bad[#bad + 1] = fmt("status %s/%s, want %s", tostring(r.dsn), tostring(r.status), l.status)
                    end
                end
                if l.dsn_action then
                    add(all, "action_n")
                    if r and r.dsn_action == l.dsn_action then
                        add(all, "action")
                    elseif r then
                        bad[#bad + 1] = fmt("dsn_action %s, want %s", tostring(r.dsn_action), l.dsn_action)
                    end
                end
                if r and FAMILY[r.reason] == l.family then
                    add(all, "family")
                elseif r then
                    bad[#bad + 1] = fmt("reason %s (%s), want %s (%s)", tostring(r.reason),
                                        tostring(FAMILY[r.reason]), l.reason, l.family)
                end
                if r and r.reason == l.reason then add(all, "reason") end
                if show and #bad > 0 then
                    print(fmt("  %s/%s %s: %s", dir, name, l.recipient or "(no address)",
                              table.concat(bad, "; ")))
                end
            end
            if recs and e.format ~= "notbounce" then
                for i, r in ipairs(recs) do
                    add(all, "records")
                    if not taken[i] and r.recipient == nil then
                        add(all, "nameless")
                        if show then print(fmt("  %s/%s: a record naming no one", dir, name)) end
                    elseif not taken[i] then
                        add(all, "extra")
                        if show then
                            print(fmt("  %s/%s %s: a record no label names", dir, name,
                                      tostring(r.recipient)))
                        end
                    end
                end
            end
        end
    end
    return t, by_format, format_order, by_group, group_order
end

local function report (title, root, show, shared)
    if show then print(title .. " disagreements:") end
    local t, by_format, order, by_group, groups = measure(root, show, shared)
    print(fmt("%s (%s): %d mails, %d labelled recipients%s%s", title, root, t.mails, t.rcpts,
              t.errors > 0 and fmt(", %d raised an error", t.errors) or "",
              shared and fmt(" (%d mails left out)", t.left) or ""))
    print("  recipients found  " .. share(t.found, t.rcpts))
    print("  status            " .. share(t.status, t.status_n))
    print("  dsn_action        " .. share(t.action, t.action_n))
    print("  reason, family    " .. share(t.family, t.rcpts))
    print("  reason, strict    " .. share(t.reason, t.rcpts))
    print("  false bounce      " .. share(t.false_bounce, t.notbounce) .. "  of mails that are no bounce")
    print("  missed mail       " .. share(t.missed, t.bounce) .. "  of bounces read as no bounce")
    print("  extra records     " .. share(t.extra, t.records) .. "  of their records name no labelled recipient"
          .. fmt(" (%d more name no one)", t.nameless))
    if shared then return end
    table.sort(groups)
    for _, g in ipairs(groups) do
        local gt = by_group[g]
        print(fmt("    group %-12s %3d mails  found %s  status %s  family %s", g, gt.mails,
                  share(gt.found, gt.rcpts), share(gt.status, gt.status_n), share(gt.family, gt.rcpts)))
    end
    table.sort(order)
    for _, f in ipairs(order) do
        local ft = by_format[f]
        if f == "notbounce" then
            print(fmt("    %-12s %3d mails  false bounce %s", f, ft.mails, share(ft.false_bounce, ft.notbounce)))
        else
            print(fmt("    %-12s %3d mails  found %s  family %s", f, ft.mails,
                      share(ft.found, ft.rcpts), share(ft.family, ft.rcpts)))
        end
    end
end

report("mail dev corpus", "accuracy/mail/dev", list)
report("mail hold-out", "accuracy/mail/holdout", false)
report("mail hold-out, pages the dev corpus shares left out", "accuracy/mail/holdout", false,
       dev_pages("accuracy/mail/dev"))
if label_errors > 0 then os.exit(1) end
