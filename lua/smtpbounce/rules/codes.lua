-- RFC 5321 section 4.2 reply codes, read as the seed guide advises
-- (../shared seed: "Common SMTP Server Bounce Responses"): 4xx replies are
-- retried for up to 72 hours, 550/551/553 address failures suppress, 552
-- is not resent, an unknown 5xx counts the address as bad.  Used when
-- neither the enhanced status nor the text says more.  RFC 7504 adds 521
-- and 556; RFC 4954 adds 530, 534, 535, 538.
local function c (id, code, reason, examples, note)
    return { id = id, code = code, reason = reason,
             examples = examples, note = note, source = "RFC 5321 4.2.3" }
end

return {
    rules = {
        c("smtp.2xx", "2xx", "delivered", {
            "250 2.0.0 OK 1376056636 i3si9508927obz.16 - gsmtp",
            "250 ok dirdel",
            "250 <4798911130a2069f3483fda756b8e81c@www.example.com> Queued mail for delivery",
        }),
        c("smtp.3xx", "3xx", "undefined", nil,
          "an intermediate reply where a final one was due"),
        c("smtp.421", 421, "ratelimited", {
            "421 4.7.0 [GL01] Message from (192.0.2.1) temporarily deferred",
        }, "seed: usually too many messages or connections"),
        c("smtp.451", 451, "systemerror", {
            "451 Temporary local problem - please try later",
        }),
        c("smtp.452", 452, "systemfull", {
            "452. 4.3.1 Insufficient system storage (throttled)",
        }),
        c("smtp.455", 455, "syntaxerror", nil, "RFC 5321: server unable to accommodate parameters"),
        c("smtp.4xx", "4xx", "undefined"),
        c("smtp.500", { 500, 501, 502, 503, 504, 555 }, "syntaxerror"),
        c("smtp.521", { 521, 556 }, "notaccept", nil, "RFC 7504"),
        c("smtp.530", { 530, 534, 535, 538 }, "securityerror", nil, "RFC 4954"),
        c("smtp.550", 550, "userunknown", {
            "550 Requested action not taken: mailbox unavailable",
        }),
        c("smtp.551", 551, "userunknown", {
            "551 not our customer",
        }, "551 with a forward path is hasmoved (phrase rules)"),
        c("smtp.552", 552, "mailboxfull", nil, "seed: exceeded storage, not resent"),
        c("smtp.553", 553, "userunknown", {
            "553 Invalid/inactive user.",
        }),
        c("smtp.5xx", "5xx", "undefined", nil,
          "seed 554: consider the address bad unless the recipient says otherwise"),
        { id = "smtp.none", code = 0, reason = "undefined",
          examples = { "", "Delayed Bounce - Unable to Parse Server Reason" },
          source = "seed: Unable to Parse Server Reason",
          note = "no code: ask the receiving postmaster" },
    },
}
