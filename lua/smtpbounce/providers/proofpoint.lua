-- Proofpoint.  (Detection only so far.)
return {
    providers = {
        { id = "proofpoint", name = "Proofpoint" },
    },
    rules = {},
}
