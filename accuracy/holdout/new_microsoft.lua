-- microsoft
return {
  {
    reply   = [=[550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [PR2FRA01FT009.eop-fra01.prod.protection.outlook.com]]=],
    group   = "microsoft",
    provider = "microsoft",
    phase   = "rcpt",
    outcome = "bounced",
    reason  = "userunknown",
    action  = "suppress",
    family  = "address",
    source  = "https://github.com/zone-eu/zone-mta/pull/214",
    meaning = "Exchange Online's directory-based edge blocking: the recipient is not a valid address in the tenant, so the frontend rejects it; ZoneMTA's bounce rules were fixed to treat it as a hard bounce.",
    note    = "Same family as the corpus's 5.4.1 'Access denied' replies but with the AS(201806281) token; kept as a distinct template variant (the corpus labels 5.4.1 Access denied as userunknown).",
  },
}
