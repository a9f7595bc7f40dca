-- smtpbounce.clitext -- the command-line tool's help texts (data, read by
-- smtpbounce.cli): one string per paragraph (argparse wraps them at 79
-- columns).

local concat = table.concat

local _M = {}

_M.EXIT_LINES = {
    "Exit status: 0 on success, 1 on an error in a rule file or an I/O error,",
    "2 on a usage error.  The manual: man smtpbounce (in a checkout:",
    "man -l doc/smtpbounce.1).",
}
local EXIT = concat(_M.EXIT_LINES, " ")

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
        .. RESULT_HELP .. "\n\n" .. EXIT },
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
      .. "from its first lines)" },
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
}

return _M
