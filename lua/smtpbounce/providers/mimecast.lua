-- Mimecast.  (Detection only so far.)
return {
    providers = {
        { id = "mimecast", name = "Mimecast" },
    },
    rules = {},
}
