-- smtpbounce.cli_report -- the command line's share of the HTML report:
-- scan's --report and --redact, and the `report` command (its help, its
-- options, its run).  smtpbounce.cli calls install() once and define()
-- when it builds its parser; smtpbounce.report itself is loaded only when
-- a report is written.
--
--   smtpbounce scan ... [--report FILE.html [--redact]] [FILE ... | -]
--   smtpbounce report -o FILE.html [--redact] [JSONL ... | -]

local ipairs = ipairs
local insert = table.insert

local _M = { _VERSION = "0.1.0" }

-- scan's options, after --suppress-out
local SCAN = {
    { "--report", "FILE", "write an HTML report (one self-contained file) to FILE" },
    { "--redact", nil, "in the report, hide the local part of every address behind a "
      .. "short hash" },
}

--[[
Add the report's parts to the tables of smtpbounce.cli: its commands'
help (help: name -> { summary, description, epilog }), scan's options
('scan', a list), the commands (commands: name -> function (o, out,
input, err) returning the exit status); 'exit' is the help's exit status
paragraph, usage_error raises a usage error.
]]
function _M.install (help, scan_options, commands, exit, usage_error, version)
    local t = { help = help, scan = scan_options, commands = commands, exit = exit,
                usage_error = usage_error, version = version }
    t.help.report = {
        "an HTML report of saved scan --json output",
        "Write the HTML report (one self-contained file) of saved 'scan --json' output "
        .. "(no JSONL, or '-': standard input), as 'scan --report FILE' does while scanning.",
        t.exit }
    for i, o in ipairs(SCAN) do
        for j, s in ipairs(t.scan) do
            if s[1] == "--suppress-out" then insert(t.scan, j + i, o) break end
        end
    end
    local scan = t.commands.scan
    t.commands.scan = function (o, ...)
        if o.redact and not o.report then t.usage_error("--redact goes with --report FILE") end
        return scan(o, ...)
    end
    t.commands.report = function (o, _, input, err)
        if not o.output then t.usage_error("report needs -o FILE (the HTML file to write)") end
        return require("smtpbounce.report").command(o, input, err, t.version)
    end
end

-- the report command's options and arguments; add(opt, argname, what)
-- adds an option (smtpbounce.cli's, which notes whose option it is)
function _M.define (cmd, add)
    add("-o --output", "FILE", "the HTML file to write (required)")
    add("--redact", nil, "hide the local part of every address behind a short hash")
    cmd:argument("JSONL", "saved scan --json output; '-': standard input"):args("*")
        :argname("JSONL"):target("args")
    -- -o is required (commands.report says so): not in brackets
    cmd:usage("Usage: smtpbounce report [-h] -o FILE [--redact] [JSONL] ...")
end

return _M
