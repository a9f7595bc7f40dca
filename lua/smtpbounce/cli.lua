-- smtpbounce.cli -- the command-line tool (bin/smtpbounce is a launcher).
--
--   smtpbounce classify [--json] [--rules FILE] [--mx HOST] [--domain D]
--                       [--phase P] [--] [REPLY ...]
--   smtpbounce explain  [--json] [--rules FILE] [...] REPLY
--   smtpbounce scan     [--format F] [--json] [--summary] [--suppress-out FILE]
--                       [--rules FILE] [--since TIME] [--fields MAP] [FILE ... | -]
--
-- classify: every input gives exactly one output line, in order; with no
-- REPLY arguments each line of standard input is one reply, and each
-- result is written (and flushed) as soon as its line is read.  scan:
-- see smtpbounce.scan.

local smtpbounce = require "smtpbounce"

local ipairs, tostring, pcall = ipairs, tostring, pcall
local concat = table.concat
local fmt, find = string.format, string.find

local _M = { _VERSION = smtpbounce._VERSION }

local USAGE = [[
Usage: smtpbounce COMMAND [OPTIONS] [--] [ARG ...]

Commands:
  classify [REPLY ...]   classify each REPLY, or each line of standard input
  explain REPLY          the result, the deciding rule and what matched
  rules --check [FILE]   check the built-in rules, or an operator rule FILE:
                         examples decided by their rule, no shadowed rule
  rules --list [FILE]    list the rules in priority order
  scan [FILE ... | -]    classify every delivery attempt in mail logs (Postfix,
                         Exim, Sendmail, JSON lines; gzip'd too; none or "-":
                         standard input); a summary when stdout is a terminal,
                         else one line (--json: one object) per attempt

Options:
  --json          one JSON object per reply (result fields of DESIGN.md)
  --rules FILE    add an operator rule file (repeatable)
  --mx HOST       the receiving MX host, for provider detection
  --domain D      the recipient domain, for provider detection
  --phase P       SMTP phase: connect, helo, mail, rcpt, data, eod
  --provider ID   force the provider

Options of scan:
  --format F      postfix, exim, sendmail or jsonl (default: told per file
                  from its first lines)
  --summary       per provider and domain: outcomes, reasons, actions; who
                  throttles or blocks; addresses to suppress; replies no
                  rule explained (with --json: one JSON object at the end)
  --suppress-out FILE  write the addresses to suppress, TAB, the reason
  --since TIME    skip attempts before TIME (ISO 8601: 2026-11-28,
                  2026-11-28T01:02:03, ...Z or +01:00; without a zone, local
                  time).  Syslog timestamps have no year: the current one is
                  assumed
  --fields MAP    JSON lines: kumomta, postal, or FIELD=PATH pairs, e.g.
                  reply=response.content,recipient=rcpt (fields: time,
                  queue_id, recipient, relay, relay_ip, phase, mta_status,
                  dsn, code, reply, text)
  -h, --help      this text
  --version       the version

Exit status: 0 on success, 1 on an error in a rule file, 2 on a usage error.
]]

local FIELDS = { "code", "status", "outcome", "reason", "action", "scope",
                 "provider", "text", "tags", "forward", "retry_after",
                 "give_up_after", "rule", "template" }


-- {======================================================================
-- Output
-- =======================================================================

-- JSON output is smtpbounce.json's (it needs lua-cjson; only --json does)
local cjson_ok, json = pcall(require, "smtpbounce.json")

local function json_object (t, fields)
    return json.object(t, fields)
end

local function dash (v) return v == nil and "-" or tostring(v) end

local function line_of (r)
    return fmt("%-9s %-15s %-8s %-11s %-3s %-7s %-10s %-22s %s",
               r.outcome, r.reason, r.action, r.scope, dash(r.code),
               dash(r.status), dash(r.provider), r.rule, r.text)
end

local function explain_text (reply, r)
    local w = r.why
    local out = {
        "reply:     " .. reply,
        fmt("result:    %s / %s / %s (scope %s)", r.outcome, r.reason, r.action, r.scope),
        fmt("code:      %s  status: %s  provider: %s  phase: %s", dash(r.code),
            dash(r.status), dash(r.provider), dash(w.phase)),
        fmt("rule:      %s (layer %s, %s)", r.rule, dash(w.layer), dash(w.where)),
    }
    if w.source then out[#out + 1] = "source:    " .. w.source end
    if r.retry_after or r.give_up_after then
        out[#out + 1] = fmt("retry:     after %ss, give up after %ss",
                            dash(r.retry_after), dash(r.give_up_after))
    end
    for _, m in ipairs(w.matched) do
        out[#out + 1] = fmt("matched:   %q at %d", m.phrase, m.at)
    end
    for _, l in ipairs(w.lost) do
        out[#out + 1] = fmt("also:      %s (%s) lost: %s", l.rule, dash(l.where), l.why)
    end
    out[#out + 1] = "text:      " .. r.text
    return concat(out, "\n")
end

-- }======================================================================


-- {======================================================================
-- Arguments
-- =======================================================================

local VALUE_OPTS = { ["--rules"] = "rules", ["--mx"] = "mx", ["--domain"] = "domain",
                     ["--phase"] = "phase", ["--provider"] = "provider",
                     ["--format"] = "format", ["--suppress-out"] = "suppress_out",
                     ["--since"] = "since", ["--fields"] = "fields" }

local Usage = {}  -- raised (as a table) for usage errors

local function usage_error (msg)
    error(setmetatable({ msg = msg }, Usage), 0)
end

local function parse_args (argv)
    local o = { rules = {}, args = {} }
    local i, rest = 1, false
    while i <= #argv do
        local a = argv[i]
        if rest or a == "-" or not find(a, "^%-") then
            if not o.command and not rest then o.command = a
            else o.args[#o.args + 1] = a end
        elseif a == "--" then
            rest = true
        elseif a == "-h" or a == "--help" then
            o.help = true
        elseif a == "--version" then
            o.version = true
        elseif a == "--json" then
            o.json = true
        elseif a == "--summary" then
            o.summary = true
        elseif a == "--check" or a == "--list" then
            o[a:sub(3)] = true
        elseif VALUE_OPTS[a] then
            local v = argv[i + 1]
            if v == nil then usage_error("option '" .. a .. "' needs a value") end
            if a == "--rules" then o.rules[#o.rules + 1] = v else o[VALUE_OPTS[a]] = v end
            if a == "--phase" and not smtpbounce.vocab.phase_index[v] then
                usage_error("unknown phase '" .. v .. "' (" ..
                            concat(smtpbounce.vocab.phases, ", ") .. ")")
            end
            i = i + 1
        else
            usage_error("unknown option '" .. a .. "'")
        end
        i = i + 1
    end
    return o
end

-- }======================================================================


local function classifier (o)
    local c = smtpbounce.new{ files = o.rules }
    if o.provider and not c.provider_index[o.provider] then
        usage_error("unknown provider '" .. o.provider .. "'")
    end
    return c
end

local function context (o)
    if not (o.mx or o.domain or o.phase or o.provider) then return nil end
    return { mx = o.mx, domain = o.domain, phase = o.phase, provider = o.provider }
end

-- the lines of 'input', read one at a time (answers go out as each comes)
-- and whole even with NUL bytes in them (core.readline) when it is a file
local function lines_of (input)
    if io.type(input) == "file" then
        local readline = require("smtpbounce.logio").readline
        return function () return readline(input) end
    end
    return input:lines()
end
_M.lines_of = lines_of

local function cmd_classify (o, out, input)
    local c, ctx = classifier(o), context(o)
    local function one (reply)
        local r = c:classify(reply, ctx)
        out:write(o.json and json_object(r, FIELDS) or line_of(r), "\n")
    end
    if #o.args > 0 then
        for _, reply in ipairs(o.args) do one(reply) end
    else
        for line in lines_of(input) do
            if line:sub(-1) == "\r" then line = line:sub(1, -2) end
            one(line)
        end
    end
    return 0
end

local function cmd_explain (o, out)
    if #o.args ~= 1 then usage_error("explain takes exactly one REPLY") end
    local c, ctx = classifier(o), context(o)
    local r = c:explain(o.args[1], ctx)
    if o.json then
        out:write(json.result(r), "\n")
    else
        out:write(explain_text(o.args[1], r), "\n")
    end
    return 0
end

local function cmd_rules (o, out, _, err)
    if #o.args > 1 then usage_error("rules takes at most one FILE") end
    if not (o.check or o.list) then usage_error("rules needs --check or --list") end
    local files = o.rules
    if o.args[1] then files[#files + 1] = o.args[1] end
    local c = smtpbounce.new{ files = files }
    if o.list then
        for _, r in ipairs(c:rule_list()) do
            out:write(fmt("%-10s %-34s %-15s %s\n", r.layer, r.id, r.reason, r.where))
        end
        return 0
    end
    local lint = require "smtpbounce.lint"
    -- with a FILE, its rules (the operator layer); else the built-in ones
    local layer = (#files > 0) and "operator" or nil
    local problems, nrules, nexamples = lint.check(c, layer, layer == nil)
    for _, p in ipairs(problems) do err:write(p, "\n") end
    out:write(fmt("%d rules, %d examples checked, %d problems\n", nrules,
                  nexamples, #problems))
    return #problems == 0 and 0 or 1
end

local function cmd_scan (o, out, input, err)
    local log = require "smtpbounce.log"
    if o.format and not log.is_format[o.format] then
        usage_error("unknown format '" .. o.format .. "' (" .. concat(log.formats, ", ") .. ")")
    end
    local fields
    if o.fields then
        local m, e = log.grammar("jsonl").mapping(o.fields)
        if not m then usage_error("--fields: " .. e) end
        fields = m
    end
    local since
    if o.since then
        since = log.common.epoch(o.since)
        if not since then
            usage_error("--since: not an ISO 8601 date or date-time: '" .. o.since .. "'")
        end
    end
    return require("smtpbounce.scan").run{
        classifier = classifier(o), json = o.json, summary = o.summary,
        suppress_out = o.suppress_out, since = since, format = o.format,
        fields = fields, files = o.args, out = out, err = err, input = input,
    }
end

local COMMANDS = { classify = cmd_classify, explain = cmd_explain, rules = cmd_rules,
                   scan = cmd_scan }

--[[
Run the tool with 'argv' (a list of strings); returns the exit status.
'out', 'err', 'input' default to io.stdout, io.stderr, io.stdin.
]]
function _M.main (argv, out, err, input)
    out, err, input = out or io.stdout, err or io.stderr, input or io.stdin
    if out.setvbuf then out:setvbuf("line") end
    local ok, status = pcall(function ()
        local o = parse_args(argv or {})
        if o.help then out:write(USAGE); return 0 end
        if o.version then out:write("smtpbounce ", _M._VERSION, "\n"); return 0 end
        if not o.command then usage_error("no command given") end
        local cmd = COMMANDS[o.command]
        if not cmd then usage_error("unknown command '" .. o.command .. "'") end
        if o.json and not cjson_ok then
            error("--json needs lua-cjson (Debian package lua-cjson)", 0)
        end
        return cmd(o, out, input, err)
    end)
    if ok then return status end
    if getmetatable(status) == Usage then
        err:write("smtpbounce: ", status.msg, "\nTry 'smtpbounce --help'.\n")
        return 2
    end
    err:write("smtpbounce: ", tostring(status), "\n")
    return 1
end

return _M
