-- Barracuda: Email Security Gateway (appliance, formerly Spam Firewall)
-- and Email Security Service / Email Gateway Defense (cloud,
-- *.ess.barracudanetworks.com).
-- Sources:
--   "Message Log" reasons and actions of the ESS / Email Gateway Defense
--     (https://campus.barracuda.com/doc/169282026): a message is Blocked
--     by Barracuda Reputation, RBLs, sender or content policies, intent
--     analysis, spam scoring, antivirus, ATP ...
--   "In what situations will my Email Security Gateway send an NDR"
--     (https://campus.barracuda.com/product/emailsecuritygateway/knowledgebase/50160000000HmT0AAK/):
--     connection-level blocks (blocked senders, invalid recipients, SPF,
--     IP blocks, RBLs, Barracuda Reputation, rDNS, rate control) are SMTP
--     rejections, not NDRs.
-- The ESS answers at end of DATA with one line for all recipients:
--   "550 permanent failure for one or more recipients (rcpt:status, ...)"
-- where status is "blocked" or the downstream server's own reply.
-- Barracuda Reputation Block List refusals ("blocked using Barracuda
-- Reputation", b.barracudacentral.org) are decided by
-- providers/blocklists.lua.
return {
    providers = {
        { id = "barracuda", name = "Barracuda",
          hosts = { "barracudanetworks.com" },
          tokens = { ".ess.barracudanetworks.com", "barracuda reputation", "cuda_nsu",
                     "permanent failure for one or more recipients" } },
    },
    rules = {
        -- ESS: the recipient's Barracuda blocked the message (its policy,
        -- reputation or spam verdict; the Message Log has the reason)
        { id = "barracuda.ess-blocked", provider = "barracuda", reason = "blocked",
          any = { ":blocked" },
          examples = {
            "Diagnostic-Code: smtp; 550 permanent failure for one or more recipients\n    (wlin@evga.com:blocked)",
          },
          source = "https://campus.barracuda.com/doc/169282026",
          note = "per-recipient status 'blocked'; only the recipient's admin can see why" },

        -- "cuda_nsu": no such user, from the recipient verification
        { id = "barracuda.nsu", provider = "barracuda", reason = "userunknown",
          any = { "cuda_nsu" },
          examples = {
            "550 cuda_nsu 5.1.1 <email@example.com> Recipient address rejected: User unknown",
          },
          source = "https://smtp.codes/550" },
    },
}
