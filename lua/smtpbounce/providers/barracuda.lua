-- Barracuda.  (Detection only so far.)
return {
    providers = {
        { id = "barracuda", name = "Barracuda" },
    },
    rules = {},
}
