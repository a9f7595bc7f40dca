-- Yandex.  (Detection only so far.)
return {
    providers = {
        { id = "yandex", name = "Yandex" },
    },
    rules = {},
}
