-- Comcast / Xfinity.  (Detection only so far.)
return {
    providers = {
        { id = "comcast", name = "Comcast / Xfinity" },
    },
    rules = {},
}
