-- Blocklist replies (Spamhaus, SpamCop, Barracuda RBL, ...) wherever they
-- appear: rules for every provider.
return { rules = {} }
