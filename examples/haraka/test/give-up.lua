-- For tools/test-haraka.sh: give up on Yahoo's "unresolvable RFC.5321
-- from domain" deferral (reason rejected) one second after queueing, so
-- that the test sees the plugin stop retrying without waiting 72 hours.
return {
    policy = {
        { provider = "yahoo", reason = "rejected", give_up_after = 1 },
    },
}
