-- smtpbounce.cli -- the command-line tool (bin/smtpbounce is a launcher).
--
--   smtpbounce classify [--json] [--rules FILE] [--profile P] [--mx HOST]
--                       [--domain D] [--phase P] [--provider ID] [--jsonl]
--                       [--] [REPLY ...]
--   smtpbounce explain  [--json] [--rules FILE] [--profile P] [...] REPLY
--   smtpbounce rules    (--check | --list) [--rules FILE] [FILE]
--   smtpbounce scan     [--format F] [--json] [--summary] [--suppress-out FILE]
--                       [--rules FILE] [--profile P] [--since TIME] [--fields MAP]
--                       [--report FILE.html [--redact]] [--state FILE] [FILE ... | -]
--   smtpbounce mail     [--json] [--summary] [--suppress-out FILE] [--rules FILE]
--                       [--profile P] [--header NAME]... [--verp PATTERN]
--                       [--verbose] [--state FILE] [PATH ... | -]
--   smtpbounce report   -o FILE.html [--redact] [JSONL ... | -]
--
-- Arguments are read by lua-argparse: each command has its own options
-- (another command's are refused) and its own --help; --opt=value works.
-- classify: every input gives exactly one output line, in order; with no
-- REPLY arguments each line of standard input is one reply, and each
-- result is written (and flushed) as soon as its line is read; with
-- --jsonl each line is a JSON object (reply, context, id) and each answer
-- one JSON object, an error object for a line that cannot be read.  scan:
-- see smtpbounce.scan; mail: smtpbounce.cli_mail.  doc/smtpbounce.1 is the
-- manual.

local smtpbounce = require "smtpbounce"
local argparse = require "argparse"
local result = require "smtpbounce.result"

local ipairs, tostring, pcall, error = ipairs, tostring, pcall, error
local concat = table.concat
local fmt, find, sub, gsub, lower = string.format, string.find, string.sub, string.gsub,
                                    string.lower

local _M = { _VERSION = smtpbounce._VERSION }


-- {======================================================================
-- Output
-- =======================================================================

local function dash (v) return v == nil and "-" or tostring(v) end

local function line_of (r)
    return fmt("%-9s %-15s %-8s %-11s %-3s %-7s %-10s %-22s %-6s %s",
               r.outcome, r.reason, r.action, r.scope, dash(r.code),
               dash(r.status), dash(r.provider), r.rule, r.basis, r.text)
end

-- }======================================================================


-- {======================================================================
-- Arguments
-- =======================================================================

local Usage = {}  -- raised (as a table) for usage errors

local function usage_error (msg)
    error(setmetatable({ msg = msg }, Usage), 0)
end

-- the help texts (data: smtpbounce.clitext)
local clitext = require "smtpbounce.clitext"
local EXIT_LINES, COMMAND_HELP = clitext.EXIT_LINES, clitext.COMMAND_HELP

local CONTEXT = {
    { "--mx", "HOST", "the receiving MX host, for provider detection" },
    { "--domain", "D", "the recipient domain, for provider detection" },
    { "--phase", "P", "SMTP phase: " .. concat(smtpbounce.vocab.phases, ", ") },
    { "--provider", "ID", "force the provider (rules --list names them)" },
    { "--dsn", "S", "the DSN status an MTA's log or a bounce mail gave (dsn=, "
      .. "Status:), e.g. 5.4.4: the class of a reply without a code or status" },
}

local PROFILE_HELP, SCAN, MAIL = clitext.PROFILE_HELP, clitext.SCAN, clitext.MAIL

-- the checks of option values (argparse's convert functions) and of
-- file names (smtpbounce.cli_check)
local check = require "smtpbounce.cli_check"

local COMMAND_NAMES = { "classify", "explain", "rules", "scan", "mail", "report" }

-- a command left out of the parser: its methods do nothing
local NONE = setmetatable({}, { __index = function (t) return function () return t end end })

--[[
The parser: one argparse command per command, each with its own -h/--help
whose action stops the parse (it raises) after noting the command in
st.help (argparse's own help flag would print to io.stdout and exit).
Fills st.owners: each option name -> the list of commands that take it.
Returns the parser and its commands by name.  With 'only' (a command's
name), that command alone, the others NONE (see parse_args).
]]
local function new_parser (st, only)
    local p = argparse("smtpbounce"):add_help(false):require_command(false)
        :command_target("command"):help_max_width(79)
    local function help_flag (cmd, what)
        cmd:flag("-h --help", what):action(function ()
            st.help = cmd
            error("help", 0)
        end)
    end
    help_flag(p, "this text")
    p:flag("--version", "print the version")
    local cmds = {}
    local function add (name, opt, argname, what)
        local cmd = cmds[name]
        if cmd == NONE then return NONE end
        local o = argname and cmd:option(opt, what):argname(argname) or cmd:flag(opt, what)
        if opt == "--rules" or opt == "--header" then o:count("*") end
        local owners = st.owners[opt] or {}
        st.owners[opt] = owners
        owners[#owners + 1] = name
        return o
    end
    for _, name in ipairs(COMMAND_NAMES) do
        local h = COMMAND_HELP[name]
        cmds[name] = (only and name ~= only) and NONE or p:command(name):add_help(false)
            :summary(h[1]):description(h[2]):epilog(h[3])
        if cmds[name] ~= NONE then help_flag(cmds[name], "show this help and exit") end
    end
    for _, name in ipairs{ "classify", "explain" } do
        add(name, "--json", nil, name == "classify" and "one JSON object per reply"
            or "one JSON object: the result and 'why'")
        add(name, "--rules", "FILE", "add an operator rule file (repeatable)")
        add(name, "--profile", "P", PROFILE_HELP):convert(check.profile)
        for _, c in ipairs(CONTEXT) do
            local o = add(name, c[1], c[2], c[3])
            if c[1] == "--phase" then o:convert(check.phase) end
            if c[1] == "--dsn" then o:convert(check.dsn) end
        end
        if name == "classify" then
            add(name, "--jsonl", nil, "each input line a JSON object {\"reply\": ..., "
                .. "\"mx\", \"domain\", \"phase\", \"dsn\", \"provider\", "
                .. "\"recipient\", \"id\"}; one JSON result (or error) object per line")
        end
    end
    cmds.classify:argument("REPLY", "a reply (none: read standard input)")
        :args("*"):argname("REPLY"):target("args")
    cmds.explain:argument("REPLY", "the reply"):args(1):argname("REPLY"):target("reply")
    cmds.rules:mutex(add("rules", "--check", nil, "check the rules and their examples"),
                     add("rules", "--list", nil, "list the rules in priority order"))
    add("rules", "--rules", "FILE", "add an operator rule file (repeatable)")
    cmds.rules:argument("FILE", "an operator rule file"):args("?"):argname("FILE"):target("file")
    cmds.rules:usage("Usage: smtpbounce rules [-h] (--check | --list) [--rules FILE] [FILE]")
    for _, o in ipairs(SCAN) do
        local opt = add("scan", o[1], o[2], o[3])
        if o[1] == "--profile" then opt:convert(check.profile) end
    end
    cmds.scan:argument("FILE", "a mail log; '-': standard input"):args("*"):argname("FILE"):target("args")
    for _, o in ipairs(MAIL) do
        local opt = add("mail", o[1], o[2], o[3])
        if o[1] == "--profile" then opt:convert(check.profile) end
        if o[1] == "--verp" then opt:convert(check.verp) end
        if o[1] == "--header" then opt:convert(check.header) end
    end
    cmds.mail:argument("PATH", "a message, mbox, Maildir or directory; '-': standard input")
        :args("*"):argname("PATH"):target("args")
    require("smtpbounce.cli_report").define(cmds.report, function (...) return add("report", ...) end)
    return p, cmds
end

-- the command named in argv (the root parser takes no option values, so
-- it is the first argument that is no option), and its index
local function command_of (argv)
    for i, a in ipairs(argv) do
        if a == "--" then return argv[i + 1], i + 1 end
        if a == "-" or sub(a, 1, 1) ~= "-" then return a, i end
    end
end

local TOO_MANY = { explain = "explain takes exactly one REPLY",
                   rules = "rules takes at most one FILE" }

-- an option of some command given before the command, or to another one
local function misplaced (name, owners, argv, cmd, at)
    for i, a in ipairs(argv) do
        if a == name or sub(a, 1, #name + 1) == name .. "=" then
            if at and i > at then break end
            local c = owners[1]
            for _, x in ipairs(owners) do if x == cmd then c = x end end
            return "option '" .. name .. "' goes after the command (smtpbounce "
                   .. c .. " " .. name .. " ...)"
        end
    end
    local list = owners[#owners]
    if #owners > 1 then list = concat(owners, ", ", 1, #owners - 1) .. " and " .. list end
    return (cmd or "smtpbounce") .. " does not take option '" .. name .. "' (" .. list
           .. (#owners > 1 and " do)" or " does)")
end

-- argparse's message in this tool's words: those kept from before
-- argparse, and whose option it is when it is another command's
local function usage_message (msg, argv, st)
    local cmd, at = command_of(argv)
    msg = gsub(msg, "^(option '[^']*') requires an argument", "%1 needs a value")
    if TOO_MANY[cmd] and (msg == "too many arguments" or find(msg, "^missing argument")) then
        return TOO_MANY[cmd]
    end
    local name = msg:match("^unknown option '([^']*)'")
    if name and st.owners[name] then return misplaced(name, st.owners[name], argv, cmd, at) end
    return msg
end

--[[
The options of argv: a table (o.command the command's name; o.help the
parser or command whose help was asked for), the parser and its commands.
Raises a usage error.
]]
local function parse_args (argv)
    -- a parser of the command alone first: a parse that goes well is the
    -- whole parser's; else (or help) the whole one's, for its messages
    local only = command_of(argv)
    if COMMAND_HELP[only] then
        local st = { owners = {} }
        local p, cmds = new_parser(st, only)
        local ok, parsed, o = pcall(p.pparse, p, argv)
        if ok and parsed and not st.help then return o, p, cmds end
    end
    local st = { owners = {} }
    local p, cmds = new_parser(st)
    local ok, parsed, o = pcall(p.pparse, p, argv)
    if st.help then return { help = st.help }, p, cmds end
    if not ok then error(parsed, 0) end
    if not parsed then usage_error(usage_message(o, argv, st)) end
    return o, p, cmds
end

-- the overall help: the commands, then each one's usage (from argparse)
local function root_help (cmds)
    local t = {
        "Usage: smtpbounce COMMAND [OPTIONS] [--] [ARG ...]",
        "",
        "Classify SMTP replies: delivered, retry (and when), slow down towards the",
        "provider, drop the address, fix your side, or contact the other side.",
        "",
        "Commands:",
        "  classify [REPLY ...]   " .. COMMAND_HELP.classify[1],
        "  explain REPLY          " .. COMMAND_HELP.explain[1],
        "  rules --check [FILE]   check the built-in rules, or an operator rule FILE:",
        "                         examples decided by their rule, no shadowed rule",
        "  rules --list [FILE]    list the rules in priority order",
        "  scan [FILE ... | -]    classify every delivery attempt in mail logs (Postfix,",
        "                         Exim, Sendmail, JSON lines; gzip'd too; none or \"-\":",
        "                         standard input); a summary when stdout is a terminal,",
        "                         else one line (--json: one object) per attempt",
        "  mail [PATH ... | -]    read bounce mails (files, mbox, Maildir, directories;",
        "                         gzip'd too); one line (--json: one object) per recipient",
        "  report [JSONL ...]     " .. COMMAND_HELP.report[1] .. " (-o FILE)",
        "",
        "Options:",
        "  -h, --help             this text (COMMAND --help: that command's options)",
        "  --version              print the version",
        "",
        "Each command's options (smtpbounce COMMAND --help says what they do):",
    }
    for _, name in ipairs(COMMAND_NAMES) do
        local u = gsub(gsub(cmds[name]:get_usage(), "^Usage: ", "  "), " %[%-h%]", "")
        t[#t + 1] = gsub(u, "\n       ", "\n      ")
    end
    t[#t + 1] = ""
    for _, l in ipairs(EXIT_LINES) do t[#t + 1] = l end
    return concat(t, "\n")
end

-- }======================================================================


local function classifier (o)
    local c = smtpbounce.new{ files = o.rules, profile = o.profile }
    if o.provider and not c.provider_index[o.provider] then
        local ids = {}
        for i, p in ipairs(c.providers) do ids[i] = p.id end
        usage_error("unknown provider '" .. o.provider .. "' (" .. concat(ids, ", ") .. ")")
    end
    -- the tracker rules the files carry (their 'tracker' field) are
    -- checked too: a malformed one is refused here, naming file:line
    if o.rules and #o.rules > 0 then
        require("smtpbounce.tracker.check").load{ rule_files = o.rules }
    end
    return c
end

local function context (o)
    if not (o.mx or o.domain or o.phase or o.provider or o.dsn) then return nil end
    return { mx = o.mx, domain = o.domain, phase = o.phase, provider = o.provider,
             dsn = o.dsn }
end

-- the lines of 'input', read one at a time (answers go out as each comes)
-- and whole even with NUL bytes in them (logio.readline) when it is a file
local function lines_of (input)
    if io.type(input) == "file" then
        local readline = require("smtpbounce.logio").readline
        return function () return readline(input) end
    end
    return input:lines()
end
_M.lines_of = lines_of

-- raises when standard input cannot be read at all (a directory): read
-- errors would otherwise end the lines as the end of the input does.
-- read(0) waits for the first byte and puts it back.
local function check_input (input)
    if io.type(input) ~= "file" then return end
    local ok, e = input:read(0)
    if ok == nil and e then error("<stdin>: " .. gsub(e, "^%u", lower), 0) end
end

local function cmd_classify (o, out, input)
    if o.jsonl and #o.args > 0 then
        usage_error("--jsonl and REPLY arguments do not go together (--jsonl reads "
                    .. "one JSON object per line of standard input)")
    end
    local c, ctx = classifier(o), context(o)
    local n = 0
    local function one (reply)
        n = n + 1
        if o.jsonl then
            out:write(require("smtpbounce.cli_jsonl").answer(c, o, reply, n), "\n")
            return
        end
        local r = c:classify(reply, ctx)
        out:write(o.json and result.json(r) or line_of(r), "\n")
    end
    if #o.args > 0 then
        for _, reply in ipairs(o.args) do one(reply) end
    else
        check_input(input)
        for line in lines_of(input) do
            if line:sub(-1) == "\r" then line = line:sub(1, -2) end
            one(line)
        end
    end
    return 0
end

local function cmd_explain (o, out)
    local c, ctx = classifier(o), context(o)
    local r = c:explain(o.reply, ctx)
    -- the tracker rules (built-in, and those of the --rules files) that
    -- would count this reply
    local t = require("smtpbounce.tracker").new{ rule_files = o.rules }
    local counting = t:counting(r)
    if #counting > 0 then r.why.tracker = counting end
    if o.json then
        out:write(result.json(r), "\n")
    else
        out:write(clitext.explain_text(o.reply, r), "\n")
    end
    return 0
end

local function cmd_rules (o, out, _, err)
    if not (o.check or o.list) then usage_error("rules needs --check or --list") end
    local files = o.rules
    if o.file then files[#files + 1] = o.file end
    -- (--check: every rule file read and checked as it loads, no image)
    local compile = require("smtpbounce.compile")
    local image = compile.image
    if o.check then compile.image = nil end
    local c = smtpbounce.new{ files = files }
    compile.image = image
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
    do  -- and the tracker's rules: the built-in ones, or the files' ('tracker' field)
        local tp, tn, tex = require("smtpbounce.tracker").check(c, { rule_files = files }, layer)
        for _, p in ipairs(tp) do err:write(p, "\n"); problems[#problems + 1] = p end
        if layer == nil or tn > 0 or #tp > 0 then  -- (a FILE without tracker rules: no line)
            out:write(fmt("%d tracker rules, %d examples checked, %d problems\n", tn, tex, #tp))
        end
    end
    return #problems == 0 and 0 or 1
end

local function cmd_scan (o, out, input, err)
    local log = require "smtpbounce.log"
    if o.format and not log.is_format[o.format] then
        usage_error("unknown format '" .. o.format .. "' (" .. concat(log.formats, ", ") .. ")")
    end
    if o.fields and o.format and o.format ~= "jsonl" then
        usage_error("--fields goes with JSON lines, not with --format " .. o.format)
    end
    local fields
    if o.fields then
        local m, e = log.grammar("jsonl").mapping(o.fields)
        if not m then usage_error("--fields: " .. e) end
        fields = m
    end
    local since = o.since and log.common.epoch(o.since)
    if o.since and not since then
        usage_error("--since: not an ISO 8601 date or date-time: '" .. o.since .. "'")
    end
    return require("smtpbounce.scan").run{
        classifier = classifier(o), json = o.json, summary = o.summary, report = o.report,
        suppress_out = o.suppress_out, since = since, format = o.format, redact = o.redact,
        fields = fields, files = o.args, out = out, err = err, input = input, version = _M._VERSION,
        state = o.state, rule_files = o.rules,
    }
end

local function cmd_mail (o, out, input, err)
    return require("smtpbounce.cli_mail").run{
        classifier = classifier(o), json = o.json, summary = o.summary,
        suppress_out = o.suppress_out, headers = o.header, verp = o.verp, verbose = o.verbose,
        paths = o.args, out = out, err = err, input = input, state = o.state,
    }
end

local COMMANDS = { classify = cmd_classify, explain = cmd_explain, rules = cmd_rules,
                   scan = cmd_scan, mail = cmd_mail }
require("smtpbounce.cli_report").install(COMMAND_HELP, SCAN, COMMANDS, clitext.EXIT, usage_error, _M._VERSION)

--[[
Run the tool with 'argv' (a list of strings); returns the exit status.
'out', 'err', 'input' default to io.stdout, io.stderr, io.stdin.
]]
function _M.main (argv, out, err, input)
    out, err, input = out or io.stdout, err or io.stderr, input or io.stdin
    if out.setvbuf then out:setvbuf("line") end
    local ok, status = pcall(function ()
        local o, p, cmds = parse_args(argv or {})
        if o.help then
            out:write(o.help == p and root_help(cmds) or o.help:get_help(), "\n")
            return 0
        end
        if o.version then out:write("smtpbounce ", _M._VERSION, "\n"); return 0 end
        if not o.command then usage_error("no command given") end
        -- (mail's start-up runs with the collector stopped until its
        -- classifier is built: bin/smtpbounce)
        check.files(o, usage_error)
        if o.command ~= "mail" then require("smtpbounce.compile").start_collector() end
        return COMMANDS[o.command](o, out, input, err)
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
