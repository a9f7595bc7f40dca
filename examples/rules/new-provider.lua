-- Add a provider with its detection (MX host suffixes, recipient domains,
-- tokens in the reply) and a rule of its own.
return {
    providers = {
        { id = "examplemail", name = "ExampleMail",
          hosts = { "mx.examplemail.net" }, domains = { "examplemail.net" },
          tokens = { "examplemail-smtpd" } },
    },
    rules = {
        { id = "ops.examplemail.quota", provider = "examplemail",
          any = { "box over limit" }, reason = "mailboxfull",
          examples = { "452 4.2.2 box over limit (examplemail-smtpd)" } },
    },
}
