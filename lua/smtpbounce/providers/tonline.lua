-- Deutsche Telekom T-Online.  (Detection only so far.)
return {
    providers = {
        { id = "tonline", name = "Deutsche Telekom T-Online" },
    },
    rules = {},
}
