-- Orange.  (Detection only so far.)
return {
    providers = {
        { id = "orange", name = "Orange" },
    },
    rules = {},
}
