-- Tencent QQ Mail.  (Detection only so far.)
return {
    providers = {
        { id = "qq", name = "Tencent QQ Mail" },
    },
    rules = {},
}
