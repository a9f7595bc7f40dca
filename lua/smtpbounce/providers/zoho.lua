-- Zoho Mail.  (Detection only so far.)
return {
    providers = {
        { id = "zoho", name = "Zoho Mail" },
    },
    rules = {},
}
