-- Orange (orange.fr, wanadoo.fr), La Poste (laposte.net) and Free
-- (free.fr).  Orange and La Poste run the same platform: every refusal
-- says it in French and in English and ends in a code, OFR<n>_<nnn>
-- (Orange) or LPN<n>_<nnn> (La Poste), often followed by "[nnn]"; the
-- last three digits say why (e.g. OFR_416 / LPN416 416: invalid recipient).
-- Sources:
--   https://postmaster.orange.fr/ and https://postmaster.laposte.net/
--   Sisimai's table of the codes (lib/Sisimai/Rhost/FrancePTT.pm,
--   https://github.com/sisimai/p5-sisimai) and the replies quoted in
--   sisimai issues 240, 241 and 243
--   https://smtp.codes/orange, https://smtp.codes/laposte,
--   https://smtp.codes/free, http://postmaster.free.fr/
local FR = { "orange", "laposte" }

-- the phrases that carry code nnn in its written forms
local function code (...)
    local out = {}
    for _, n in ipairs({ ... }) do
        out[#out + 1] = "_" .. n          -- OFR004_405, LPN007_510, ofr_506
        out[#out + 1] = "[" .. n .. "]"   -- [405]
        out[#out + 1] = "lpn" .. n        -- LPN416
    end
    return out
end

local function with (list, ...)
    for _, p in ipairs({ ... }) do list[#list + 1] = p end
    return list
end

return {
    providers = {
        { id = "orange", name = "Orange",
          hosts = { "orange.fr", "wanadoo.fr" },
          domains = { "orange.fr", "wanadoo.fr" },
          tokens = { " ofr_", " ofr0", "mwinf" } },
        { id = "laposte", name = "La Poste",
          hosts = { "laposte.net" },
          domains = { "laposte.net" },
          tokens = { " lpn" } },
        { id = "free", name = "Free",
          hosts = { "free.fr" },
          domains = { "free.fr" },
          tokens = { "postmaster.free.fr" } },
    },
    rules = {
        -- 100/102/103/999: the source IP is blocked (spam incident,
        -- Cloudmark, Abusix or another list); ask for a reset.
        { id = "orange.blocked", provider = FR, reason = "blocked",
          any = with(code("100", "102", "103", "999"),
                     "adresse ip source bloquee"),
          examples = {
            "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref",
            "521 5.7.1 Service unavailable LPN007_102",
          },
          source = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm" },

        -- 104: too many connections; slow down.
        { id = "orange.connections", provider = FR, reason = "ratelimited",
          any = with(code("104"), "trop de connexions"),
          examples = {
            "421 mwinf5c27 ME\nTrop de connexions, veuillez verifier votre configuration. Too many\nconnections, slow down. OFR004_104 [104]",
          },
          source = "https://github.com/sisimai/p5-sisimai/issues/240" },

        -- 305: invalid authentication code (submission login failed).
        { id = "orange.auth", provider = FR, reason = "securityerror",
          any = with(code("305"), "code d'authentification invalide",
                     "authentification requise"),
          examples = {
            "550 5.7.0 Code d'authentification invalide OFR_305",
          },
          source = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm" },

        -- 403/405/415/421: the envelope sender is invalid or not owned by
        -- the authenticated user.
        { id = "orange.sender", provider = FR, reason = "rejected",
          any = with(code("403", "405", "415", "421"), "emetteur invalide"),
          examples = {
            { reply = "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]",
              mx = "smtp-in.orange.fr" },
          },
          source = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm" },

        -- 416/418: at least one recipient address is invalid.
        { id = "orange.recipient", provider = FR, reason = "userunknown",
          any = with(code("416", "418"), "destinataire invalide"),
          examples = {
            "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
            "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN416 416",
          },
          source = "https://github.com/sisimai/p5-sisimai/issues/241" },

        -- 417: the recipient's mailbox is full.
        { id = "orange.full", provider = FR, reason = "mailboxfull",
          any = with(code("417"), "destinataire pleine"),
          examples = {
            "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
          },
          source = "https://github.com/sisimai/p5-sisimai/issues/240" },

        -- 420: the recipient's mailbox is archived; 426: the recipient's
        -- account is blocked.  The address exists but takes no mail.
        { id = "orange.inactive", provider = FR, reason = "suspend",
          any = with(code("420", "426"), "destinataire archivee",
                     "destinataire archivée", "compte du destinataire est bloque"),
          examples = {
            "550 550 5.1.1 Boite du destinataire archivee. Archived recipient. LPN004_420 [420] ",
            "550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426",
          },
          source = "https://github.com/sisimai/p5-sisimai/issues/241" },

        -- 505: service refused for now, try later (a temporary refusal of
        -- the platform, given with 421).
        { id = "orange.temporary", provider = FR, reason = "systemerror",
          any = code("505"),
          class = 4,
          examples = {
            "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]",
          },
          source = "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm" },

        -- 506 "Mail rejete" (Orange) and 510 "Suspicion de contenu non
        -- sollicite" (La Poste): the message itself was judged unwanted.
        { id = "orange.content", provider = FR, reason = "spamdetected",
          any = with(code("506", "510"), "mail rejete", "contenu non sollicite"),
          examples = {
            "The error that the other server returned was:\n550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]",
            "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN105_510",
            "550 5.7.1 Suspicion de contenu non sollicite. Afin de preserver la qualite du service et limiter les volumes de spam sur la plateforme, ce message n'a pas ete transmis. Likely unsolicited email. LPN007_510",
          },
          source = "https://smtp.codes/laposte" },

        -- 514: the message exceeds the maximum size.
        { id = "orange.size", provider = FR, reason = "emailtoolarge",
          any = with(code("514"), "taille limite du message"),
          examples = {
            "Le serveur a répondu : 5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514]. Veuillez vérifier le message et essayer à nouveau.",
          },
          source = "https://github.com/sisimai/p5-sisimai/issues/240" },

        -- Free: a mailbox not used for a long time is blocked until its
        -- owner logs in again (not a block of our IP).
        { id = "free.inactive", provider = "free", reason = "suspend",
          any = { "blocked due to inactivity" },
          examples = {
            { reply = "550 5.2.1 This mailbox has been blocked due to inactivity",
              mx = "mx1.free.fr" },
          },
          source = "https://smtp.codes/free" },
    },
}
