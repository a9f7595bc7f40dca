-- Apple iCloud.  (Detection only so far.)
return {
    providers = {
        { id = "icloud", name = "Apple iCloud" },
    },
    rules = {},
}
