-- Deutsche Telekom T-Online.  Greeting refusals end in a code in
-- brackets -- (BL) block listed, (NOWL) no or bad reputation, (DIAL)
-- dial-up/dynamic IP -- and name a contact address at rx.t-online.de.
-- Sources:
--   https://postmaster.t-online.de/index.en.html (4.7: why a connection
--   was refused; 4.11: how to be placed on the allow list)
--   https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html
--   https://help.creoline.com/en/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866
--   https://smtp.codes/tonline
return {
    providers = {
        { id = "tonline", name = "Deutsche Telekom T-Online",
          hosts = { "t-online.de" },
          domains = { "t-online.de", "magenta.de" },
          tokens = { "rx.t-online.de", "ask your postmaster for help" } },
    },
    rules = {
        -- (BL): the IP is blocked by hand; it is not lifted by itself, the
        -- postmaster must be asked (tosa@rx.t-online.de).
        { id = "tonline.bl", provider = "tonline", reason = "blocked",
          any = { "(bl)" },
          examples = {
            "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact to clarify.) (BL)",
            { reply = "host mx03.t-online.de[194.25.134.73] refused to talk to me: 554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)",
              mx = "mx03.t-online.de" },
          },
          source = "https://www.spamresource.com/2020/06/whoops-t-onlinede-not-accepting-mail.html" },

        -- (NOWL): the IP has no (or a bad) reputation and is not on the
        -- allow list; it stays refused until the postmaster resets it.
        { id = "tonline.nowl", provider = "tonline", reason = "badreputation",
          action = "contact",
          any = { "(nowl)", "none/bad reputation" },
          examples = {
            "554 IP=192.0.2.1 - None/bad reputation. Ask your postmaster for help or to contact <postmaster@rx.t-online.de> for reset. (NOWL)",
          },
          source = "https://postmaster.t-online.de/index.en.html" },

        -- (DIAL): the IP looks dynamic (its host name gives no operator
        -- identity); send through a gateway or fix the host's identity.
        { id = "tonline.dial", provider = "tonline", reason = "requireptr",
          any = { "(dial)", "dialup/transient ip not allowed" },
          examples = {
            "554: Dialup/transient IP not allowed.\nUse a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
            { reply = "host mx00.t-online.de[194.25.134.8] refused to talk to me: 554 IP=x.x.x.x - Dialup/transient IP not allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
              mx = "mx00.t-online.de" },
          },
          source = "https://help.creoline.com/en/doc/t-online-554-dialuptransient-ip-not-allowed-zVwMz4z866" },

        -- T-Online's submission server: the account's sending quota is
        -- used up.  The wording means a sending limit whoever says it (not a
        -- full mailbox), so no provider condition.
        { id = "tonline.send-quota", reason = "ratelimited",
          any = { "send quota exceeded", "sending quota exceeded" },
          examples = {
            "550 Send quota exceeded",
          },
          source = "https://edvservice.bayern/t-online-kein-versand-von-emails-moeglich-send-quota-exceeded/" },

        -- T-Online's content filter: "spam or virus" names the spam filter
        -- (false positives go to FPR@RX.T-ONLINE.DE), not a found virus.
        { id = "tonline.spam-or-virus", reason = "spamdetected",
          any = { "considered as spam or virus" },
          examples = {
            "550 5.7.0 Message considered as spam or virus, rejected",
          },
          source = "https://smtp.codes/tonline" },
    },
}
