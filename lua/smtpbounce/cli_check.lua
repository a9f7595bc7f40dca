-- smtpbounce.cli_check -- the command line's checks of what it is given
-- (smtpbounce.cli): option values, each a convert function for argparse
-- (the value, or nil and the message of a usage error), and the file
-- names of a parsed command line.
--
--   cli_check.profile(v), .phase(v), .dsn(v), .verp(v), .header(v)
--   cli_check.files(o, usage_error)  -- raises through usage_error

local vocab = require "smtpbounce.vocab"

local ipairs, type = ipairs, type
local concat = table.concat

local _M = { _VERSION = "0.1.0" }

function _M.verp (v)
    local e, ok = require("smtpbounce.mail").verp_problem(v)
    if ok then return v end
    if e then return nil, "--verp: not a Lua pattern: " .. e end
    return nil, "--verp: a Lua pattern with one capture (the address), or a template such as bounces+%l=%d@"
end

function _M.header (v)
    if require("smtpbounce.mail").header_name(v) then return v end
    return nil, "--header: not a header name (no blank, no ':'): '" .. v .. "'"
end

function _M.profile (v)
    if vocab.is_profile[v] then return v end
    return nil, "unknown profile '" .. v .. "' (" .. concat(vocab.profiles, ", ") .. ")"
end

function _M.phase (v)
    if vocab.phase_index[v] then return v end
    return nil, "unknown phase '" .. v .. "' (" .. concat(vocab.phases, ", ") .. ")"
end

function _M.dsn (v)
    if vocab.dsn_class(v) then return v end
    return nil, "--dsn: not a DSN status such as 5.1.1: '" .. v .. "'"
end

-- the commands whose arguments are inputs ("-": standard input, which
-- can be read once)
local READS_FILES = { scan = true, mail = true, report = true }

-- the options whose values are file names: the parsed options' key, the
-- option (in the order they are checked)
local FILE_OPTIONS = { { "rules", "--rules" }, { "suppress_out", "--suppress-out" },
                       { "report", "--report" }, { "state", "--state" }, { "output", "-o" } }

--[[
Check the file names of 'o' (smtpbounce.cli's parsed options): an empty
one (a name no file has, which would be said as "smtpbounce: : No such
file or directory"), and '-' named twice among the inputs of scan, mail
and report, are usage errors, raised by usage_error(message).
]]
function _M.files (o, usage_error)
    for _, f in ipairs(FILE_OPTIONS) do
        local v = o[f[1]]
        for _, x in ipairs(type(v) == "table" and v or { v }) do
            if x == "" then usage_error("option '" .. f[2] .. "': an empty file name") end
        end
    end
    if o.file == "" then usage_error("an empty FILE argument") end
    if not READS_FILES[o.command] then return end
    local dashes = 0
    for _, a in ipairs(o.args or {}) do
        if a == "-" then dashes = dashes + 1 end
        if a == "" then usage_error("an empty file name among the inputs") end
    end
    if dashes > 1 then usage_error("'-' (standard input) given more than once") end
end

return _M
