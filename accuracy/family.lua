-- family.lua -- the family of each reason: what "reason by family"
-- compares in accuracy/report.lua, accuracy/mail_report.lua,
-- tools/reply-perturb.lua and bench/mail.lua (a reason named in the
-- family of its cause, so that two readings of one cause agree).
return {
    userunknown = "address", hostunknown = "address", notaccept = "address",
    hasmoved = "address", suspend = "address",
    mailboxfull = "mailbox",
    blocked = "reputation", badreputation = "reputation", requireptr = "reputation",
    ratelimited = "rate",
    spamdetected = "content", virusdetected = "content", policyviolation = "content",
    contenterror = "content", emailtoolarge = "content",
    authfailure = "auth", securityerror = "auth",
    rejected = "relay", norelaying = "relay",
    filtered = "filter",
    systemerror = "system", systemfull = "system", networkerror = "system",
    expired = "system", syntaxerror = "system",
    delivered = "delivered", vacation = "delivered",
    feedback = "feedback", undefined = "undefined",
}
