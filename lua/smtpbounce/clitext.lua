-- smtpbounce.clitext -- the command-line tool's help texts (data, read by
-- smtpbounce.cli): one string per paragraph (argparse wraps them at 79
-- columns); and explain's text.

local concat = table.concat
local ipairs, tostring = ipairs, tostring
local fmt = string.format

local _M = {}

_M.EXIT_LINES = {
    "Exit status: 0 on success, 1 on an error in a rule file, an I/O error or",
    "an input that is none of what the command reads (a log in no format it",
    "knows), 2 on a usage error.  The manual: man smtpbounce (in a checkout:",
    "man -l doc/smtpbounce.1).",
}
local EXIT = concat(_M.EXIT_LINES, " ")
_M.EXIT = EXIT   -- (the report command's help: smtpbounce.cli_report)

local RESULT_HELP = "The result fields (code, status, outcome, reason, action, scope, "
    .. "provider, text, tags, forward, retry_after, give_up_after, rule, basis, "
    .. "template) "
    .. "are described in smtpbounce(1), OUTPUT."

-- per command: summary, description, epilog
_M.COMMAND_HELP = {
    classify = {
        "classify each REPLY, or each line of standard input",
        "Classify each REPLY, or with none each line of standard input (one output "
        .. "line per input line, in order, written as each is read).",
        "Each output line: outcome, reason, action, scope, code, status, provider, "
        .. "rule, basis and text; with --json, one object with the result fields.  "
        .. "With --jsonl, each input line is a JSON object: reply (required), mx, "
        .. "domain, phase, dsn, provider, recipient, id (the options give their "
        .. "defaults); each output line the result object with id and recipient "
        .. "echoed, or {\"error\": ...} for a line that cannot be read (the "
        .. "command goes on); no REPLY goes with --jsonl, and --json changes "
        .. "nothing.  " .. RESULT_HELP .. "\n\n" .. EXIT },
    explain = {
        "the result, the deciding rule and what matched",
        "Classify REPLY and say why: the deciding rule, its layer and where it is "
        .. "defined, the phrases that matched, and the rules that lost.",
        "With --json, one object: the result fields and 'why' (rule, layer, where, "
        .. "source, phase, profile, matched, lost).  " .. RESULT_HELP .. "\n\n" .. EXIT },
    rules = {
        "check or list the built-in rules, or an operator rule FILE",
        "With --check: each rule's examples are decided by it, no rule is shadowed for "
        .. "good, every name is in the vocabulary: the built-in rules, or with FILE "
        .. "or --rules the operator's.  Problems go to standard error (exit status "
        .. "1).  --list: the rules in priority order.",
        EXIT },
    scan = {
        "classify every delivery attempt in mail logs",
        "Classify every delivery attempt in mail logs: Postfix, Exim, Sendmail, "
        .. "JSON lines (KumoMTA, Postal, your own), gzip'd or not; with no FILE, or "
        .. "'-', standard input.  A summary when standard output is a terminal, "
        .. "else one line (--json: one object) per attempt.",
        "With --json, each object has time, queue_id, recipient, domain, relay, "
        .. "phase, mta_status, dsn, reply and format, then the result fields.  "
        .. RESULT_HELP .. "\n\n" .. EXIT },
    mail = {
        "read bounce mails: one per file, mbox, Maildir, directories",
        "Read bounce mails (delivery status notifications, feedback reports, "
        .. "auto-replies, MTAs' prose bounces) from files of one message, mbox files, "
        .. "Maildir folders, directories of message files (recursively), gzip'd or "
        .. "not; '-' or none: standard input.  One line (--json: one object) per "
        .. "recipient; a summary when standard output is a terminal.",
        "With --json, each object has source (PATH, PATH:N for the Nth message of an "
        .. "mbox), recipient, original_recipient, dsn_action, dsn, remote_mta, "
        .. "reporting_mta, reply, format, time, message_id, headers, verp_recipient, "
        .. "feedback_type, then the result fields.  " .. RESULT_HELP .. "  Messages "
        .. "that are no bounce are counted (--verbose: named on standard error).\n\n"
        .. EXIT },
}

-- the options of scan and mail: name, value name (nil: a flag), help
_M.PROFILE_HELP = "policy profile: seed (the default: an unexplained 5xx "
    .. "counts the address as bad) or cautious (suppress only where an address "
    .. "failure is named; contact instead)"

_M.SCAN = {
    { "--format", "F", "postfix, exim, sendmail or jsonl (default: told per file "
      .. "from its first lines; a file it reads no line of is an error, exit status 1, "
      .. "as one whose format cannot be told)" },
    { "--json", nil, "one JSON object per attempt" },
    { "--summary", nil, "per provider and domain: outcomes, reasons, actions; who "
      .. "throttles or blocks; addresses to suppress; replies no rule explained "
      .. "(with --json: one JSON object at the end)" },
    { "--suppress-out", "FILE", "write the addresses to suppress, TAB, the reason" },
    { "--rules", "FILE", "add an operator rule file (repeatable)" },
    { "--profile", "P", _M.PROFILE_HELP },
    { "--since", "TIME", "skip attempts before TIME (ISO 8601: 2026-11-28, "
      .. "2026-11-28T01:02:03, ...Z or +01:00; without a zone, local time).  "
      .. "Syslog stamps have no year: the current one is assumed" },
    { "--fields", "MAP", "JSON lines: kumomta, postal, ses, sendgrid, mailgun, postmark, "
      .. "sparkpost, or FIELD=PATH pairs (a * in a path: each element of a list), e.g. "
      .. "reply=response.content,recipient=rcpt (fields: time, queue_id, recipient, "
      .. "relay, relay_ip, phase, mta_status, dsn, code, reply, text)" },
    { "--state", "FILE", "remember in FILE where each log stopped, the deferred queue ids, "
      .. "the summary and the tracker's history: a rerun reads only new lines (rotated, "
      .. "renamed and gzip'd copies known), and --summary and --report cover all runs" },
}

_M.MAIL = {
    { "--json", nil, "one JSON object per recipient" },
    { "--summary", nil, "per provider and domain: outcomes, reasons, actions; addresses to "
      .. "suppress (with --json: one JSON object at the end)" },
    { "--suppress-out", "FILE", "write the addresses to suppress, TAB, the reason" },
    { "--rules", "FILE", "add an operator rule file (repeatable)" },
    { "--profile", "P", _M.PROFILE_HELP },
    { "--header", "NAME", "return this header of the original message (repeatable)" },
    { "--verp", "PATTERN", "decode the bounce's envelope recipient: a Lua pattern with "
      .. "one capture, or prefix+%l=%d@" },
    { "--verbose", nil, "name the messages that are no bounce on standard error" },
    { "--state", "FILE", "remember in FILE the messages read (by Message-ID, else a hash; "
      .. "whole files by inode and size) and the summary: a rerun reads only new ones, "
      .. "and --summary covers all runs" },
}

local function dash (v) return v == nil and "-" or tostring(v) end

-- explain's text: result 'r' (with its 'why'; why.tracker: the tracker
-- rules that would count it, tracker:counting's) of 'reply'
function _M.explain_text (reply, r)
    local w = r.why
    local out = {
        "reply:     " .. reply,
        fmt("result:    %s / %s / %s (scope %s)", r.outcome, r.reason, r.action, r.scope),
        fmt("code:      %s  status: %s  provider: %s  phase: %s", dash(r.code),
            dash(r.status), dash(r.provider), dash(w.phase)),
        fmt("rule:      %s (layer %s, %s)", r.rule, dash(w.layer), dash(w.where)),
        "basis:     " .. r.basis,
    }
    if w.profile and w.profile ~= "seed" then out[#out + 1] = "profile:   " .. w.profile end
    if w.source then out[#out + 1] = "source:    " .. w.source end
    if r.retry_after or r.give_up_after then
        out[#out + 1] = fmt("retry:     after %ss, give up after %ss",
                            dash(r.retry_after), dash(r.give_up_after))
    end
    for _, p in ipairs(w.policy or {}) do
        out[#out + 1] = fmt("policy:    %s sets %s", p.where, concat(p.fields, ", "))
    end
    for _, m in ipairs(w.matched) do
        out[#out + 1] = fmt("matched:   %q at %d", m.phrase, m.at)
    end
    for _, l in ipairs(w.lost) do
        out[#out + 1] = fmt("also:      %s (%s) lost: %s", l.rule, dash(l.where), l.why)
    end
    for _, c in ipairs(w.tracker or {}) do
        local act = {}
        if c.expire then act[#act + 1] = fmt("suppress for %ds", c.expire) end
        if c.pause then act[#act + 1] = fmt("pause %ds", c.pause) end
        if c.slow then act[#act + 1] = fmt("slow to %s until %ds quiet", c.slow, c.quiet) end
        out[#out + 1] = fmt("tracker:   %s (%s rule, layer %s, %s): %d in %ds -> %s", c.id, c.on,
                            c.layer, dash(c.where), c.count, c.window, concat(act, ", "))
    end
    out[#out + 1] = "text:      " .. r.text
    return concat(out, "\n")
end

return _M
