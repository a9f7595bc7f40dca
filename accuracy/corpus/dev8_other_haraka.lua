-- Fresh dev batch (round 8), second part: replies that blame something
-- other than the address, from Haraka plugins' DENY texts (Haraka
-- answers a DENY from a connect hook with 554, from the MAIL, RCPT and
-- data_post hooks with 550).  Template values filled with documentation
-- values (example.org, 192.0.2.1) or a plausible value.  Labelled from
-- the reply's words and what the plugin checks (reason, action by the
-- policy of accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local O = "other"
local B = "bounced"

local SNF = "github.com/haraka/haraka-plugin-messagesniffer index.js "
local function idx (id, what)
    return "a Haraka plugin read via the code index (file id " .. id .. "): " .. what
end

return {
  e(O, B, "badreputation", "throttle", SNF .. "hook_connect (GBUdb range 'truncate', DENY at connect: 554)",
    "The client IP has a poor reputation in MessageSniffer's GBUdb.",
    [==[554 Poor GBUdb reputation for [192.0.2.1]]==]),
  e(O, B, "badreputation", "throttle", SNF .. "hook_data_post (result code 20, DENY: 550)",
    "The scan's IP reputation (GBUdb) is poor.",
    [==[550 Poor GBUdb reputation for IP [192.0.2.1]]==]),
  e(O, B, "spamdetected", "fix", SNF .. "hook_data_post (non-zero result code, DENY: 550)",
    "MessageSniffer's scan classified the message as spam.",
    [==[550 Spam detected by MessageSniffer (code=52 group=Spam)]==]),
  e(O, B, "authfailure", "fix", idx("30498944817", "DMARC check, DENY when the policy is reject (data_post: 550)"),
    "The message fails DMARC and the sender domain's policy is reject.",
    [==[550 DMARC policy violation: mail from example.org rejected]==]),
  e(O, B, "rejected", "fix", idx("39873488497", "mail_from anti-spoof check (DENY at MAIL: 550)"),
    "The sender domain is one the server hosts, and the client is not allowed to send for it.",
    [==[550 Mail from domain 'example.org' is not allowed from your host]==]),
  e(O, B, "blocked", "contact", idx("36377423288", "connect-time IP allow list (DENY)"),
    "The client IP is not on the server's list of hosts allowed to send.",
    [==[550 Your IP: 192.0.2.1 is not allowed to send email]==]),
  e(O, B, "rejected", "fix", idx("52042844621", "sender domain verification (DENY at MAIL: 550)"),
    "The sending domain's verification record is missing on the service.",
    [==[550 Invalid domain verification setup for example.org]==]),
}
