-- perturb-args.lua -- the command line of tools/mail-perturb.lua and
-- tools/reply-perturb.lua: [--list] [--kind K] [--every N].
-- parse(args, name) -> list, kind, every; a usage line on standard
-- error and exit status 2 for anything else.
return function (args, name)
    local list, only, every = false, nil, 1
    local i = 1
    while i <= #args do
        local a = args[i]
        if a == "--list" then list = true
        elseif a == "--kind" then i = i + 1; only = args[i]
        elseif a == "--every" then i = i + 1; every = tonumber(args[i]) or 1
        else
            io.stderr:write("usage: " .. name .. " [--list] [--kind K] [--every N]\n")
            os.exit(2)
        end
        i = i + 1
    end
    return list, only, every
end
