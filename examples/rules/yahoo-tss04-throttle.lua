-- Change what a reason means for one provider: Yahoo's [TSS04] deferrals
-- ("temporarily deferred due to user complaints") -> slow down and wait
-- four hours before the next try, for 24 hours at most.
--   bin/smtpbounce classify --rules examples/rules/yahoo-tss04-throttle.lua \
--     "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1"
return {
    policy = {
        { provider = "yahoo", reason = "badreputation", action = "throttle",
          retry_after = 4 * 3600, give_up_after = 24 * 3600 },
    },
}
