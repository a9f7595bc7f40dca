-- Apple iCloud Mail (icloud.com, me.com, mac.com).
--
-- Sources:
--   Apple, "Postmaster information for iCloud Mail"
--     https://support.apple.com/en-us/102322 (formerly HT204137, the page
--     iCloud's replies link to): iCloud filters on IP/domain reputation,
--     content and user feedback, honours the sender's DMARC policy, and
--     its SMTP errors carry a URL and a reason
--   smtp.codes iCloud list (the replies as seen by senders)
--     https://smtp.codes/icloud
--   Suped / Bento on the [CSnn]/[HMnn] "local policy" rejections
--     https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-causes-apple-email-bounces-and-how-can-i-fix-them
--
-- iCloud's inbound filtering runs on Proofpoint: "Blocked - see
-- https://support.proofpoint.com/dnsbl-lookup.cgi" listings from its MX
-- are decided by the blocklist rules; detection by MX host then says
-- icloud.
local SRC = "https://smtp.codes/icloud"
local MX = "mx01.mail.icloud.com"

local function i (reply) return { reply = reply, mx = MX } end

return {
    providers = {
        { id = "icloud", name = "Apple iCloud",
          hosts = { "mail.icloud.com", "icloud.com", "me.com", "mac.com" },
          domains = { "icloud.com", "me.com", "mac.com" },
          tokens = { ".mail.icloud.com", "support.apple.com/en-us/ht204137",
                     "support.apple.com/en-us/102322", "[cs01]", "[cs02]",
                     "[cs03]", "[hm07]", "[hm08]",
                     "deferred due to excessive volume" } },
    },
    rules = {
        -- [CS01]/[CS02]/[HM08] "Message rejected due to local policy":
        -- iCloud's filter refused the message (content or sender
        -- reputation); review the content, then ask icloudadmin@apple.com
        { id = "icloud.local-policy", provider = "icloud", reason = "spamdetected",
          any = { "rejected due to local policy", "[cs0", "[hm0" },
          examples = {
            "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
            "550: 5.7.1 Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
          },
          source = "https://support.apple.com/en-us/102322" },
        -- 421 4.7.1 "deferred due to excessive volume": the recipient is
        -- receiving too much mail right now
        { id = "icloud.volume", provider = "icloud", reason = "ratelimited",
          any = { "excessive volume" },
          examples = {
            "421 4.7.1 Messages to example@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
          },
          source = SRC },
        { id = "icloud.dmarc", provider = "icloud", reason = "authfailure",
          any = { "dmarc policy" },
          examples = {
            i "550 5.7.1 Your message was rejected due to example.com DMARC policy.",
          },
          source = SRC },
        -- 550 5.1.1 "inactive email address": the user switched the
        -- address off (it may come back)
        { id = "icloud.inactive", provider = "icloud", reason = "suspend",
          any = { "inactive email address" },
          examples = {
            i "550 5.1.1 <example@icloud.com>: inactive email address",
          },
          source = "https://bentonow.com/smtp-errors/apple" },
        { id = "icloud.nouser", provider = "icloud", reason = "userunknown",
          any = { "user does not exist" },
          examples = {
            i "550 5.1.1 <example@icloud.com>: user does not exist",
          },
          source = SRC },
        { id = "icloud.quota", provider = "icloud", reason = "mailboxfull",
          any = { "over quota" },
          examples = {
            i "5.2.2 <xyz@icloud.com>: the user is over quota",
          },
          source = "https://chargebee.freshdesk.com/support/solutions/articles/259969-emails-sent-out-to-the-customers-are-getting-bounced-due-to-this-error-5-2-2-user-is-over-quota-" },
        -- 451 4.7.1 "Service unavailable - try again later": iCloud is not
        -- taking mail right now (often at the top of the hour)
        { id = "icloud.unavailable", provider = "icloud", reason = "systemerror",
          any = { "service unavailable" },
          class = 4,
          examples = {
            i "451 4.7.1 Service unavailable - try again later",
          },
          source = SRC },
    },
}
