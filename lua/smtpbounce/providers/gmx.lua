-- GMX.  (Detection only so far.)
return {
    providers = {
        { id = "gmx", name = "GMX" },
    },
    rules = {},
}
