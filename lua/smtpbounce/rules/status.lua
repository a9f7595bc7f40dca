-- RFC 3463 enhanced status codes and the IANA "SMTP Enhanced Status Codes"
-- registry: the reason a status stands for when the text says nothing
-- more specific.  The class comes from the reply ("x"), so 4.2.2 and 5.2.2
-- share a rule and the policy decides retry or suppress.
-- Sources: RFC 3463 section 3; RFC 7505 (null MX); RFC 7372 (x.7.20-26);
-- RFC 4954 (x.7.8-12); RFC 6531 (x.6.7-10);
-- https://www.iana.org/assignments/smtp-enhanced-status-codes
-- x.0.0, x.7.0 and other "undefined" statuses are left to the reply code.
local function s (id, status, reason, examples)
    return { id = id, status = status, reason = reason,
             examples = examples, source = "RFC 3463 / IANA registry" }
end

return {
    rules = {
        -- addressing
        s("status.x.1.1", "x.1.1", "userunknown", {
            "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.",
            "550 5.1.1 <address@aol.com>: Recipient address rejected: aol.com",
        }),
        s("status.x.1.0", "x.1.0", "userunknown"),
        s("status.x.1.2", "x.1.2", "hostunknown"),
        s("status.x.1.3", "x.1.3", "userunknown"),
        s("status.x.1.4", "x.1.4", "userunknown"),
        s("status.x.1.6", "x.1.6", "hasmoved"),
        s("status.x.1.7", "x.1.7", "rejected"),
        s("status.x.1.8", "x.1.8", "rejected"),
        s("status.x.1.10", "x.1.10", "notaccept"),
        -- mailbox
        s("status.x.2.1", "x.2.1", "suspend"),
        s("status.x.2.2", "x.2.2", "mailboxfull", {
            "452 4.2.2 Over Quota",
            "552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.",
        }),
        s("status.x.2.3", "x.2.3", "emailtoolarge"),
        s("status.x.2.4", "x.2.4", "systemerror"),
        -- mail system
        s("status.x.3.0", "x.3.0", "systemerror"),
        s("status.x.3.1", "x.3.1", "systemfull", {
            "452. 4.3.1 Insufficient system storage (throttled)",
        }),
        s("status.x.3.2", "x.3.2", "systemerror"),
        s("status.x.3.3", "x.3.3", "systemerror"),
        s("status.x.3.4", "x.3.4", "emailtoolarge"),
        s("status.x.3.5", "x.3.5", "systemerror"),
        -- network and routing
        s("status.5.4.4", "5.4.4", "hostunknown"),
        s("status.x.4.7", "x.4.7", "expired"),
        s("status.x.4", "x.4", "networkerror"),
        -- protocol
        s("status.x.5.3", "x.5.3", "ratelimited"),
        s("status.x.5", "x.5", "syntaxerror"),
        -- content
        s("status.x.6", "x.6", "contenterror"),
        -- security and policy
        s("status.x.7.1", "x.7.1", "filtered", {
            "554 5.7.1 - ERROR: Mail refused",
        }),
        s("status.x.7.2", "x.7.2", "filtered"),
        s("status.x.7.13", "x.7.13", "suspend"),
        s("status.x.7.15", "x.7.15", "policyviolation"),
        s("status.x.7.16", "x.7.16", "emailtoolarge"),
        s("status.x.7.17", "x.7.17", "userunknown"),
        s("status.x.7.18", "x.7.18", "userunknown"),
        s("status.x.7.20", { "x.7.20", "x.7.21", "x.7.22", "x.7.23", "x.7.24",
                      "x.7.26", "x.7.29" }, "authfailure"),
        s("status.x.7.25", "x.7.25", "requireptr"),
        s("status.x.7.27", "x.7.27", "rejected"),
        s("status.x.7.28", "x.7.28", "ratelimited"),
        s("status.x.7.3", { "x.7.3", "x.7.4", "x.7.5", "x.7.6", "x.7.7", "x.7.8",
                     "x.7.9", "x.7.10", "x.7.11", "x.7.12", "x.7.14",
                     "x.7.30" }, "securityerror"),
    },
}
