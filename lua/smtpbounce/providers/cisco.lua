-- Cisco Secure Email (IronPort).  (Detection only so far.)
return {
    providers = {
        { id = "cisco", name = "Cisco Secure Email (IronPort)" },
    },
    rules = {},
}
