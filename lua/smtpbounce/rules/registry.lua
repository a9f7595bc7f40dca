-- Built-in phrase rules for the standards' own words: the descriptions
-- RFC 3463 (section 3) and the IANA "SMTP Enhanced Status Codes" registry
-- give each status, and the reply texts RFC 5321 (section 4.2) suggests,
-- where a server or a delivery report writes them without the status or
-- the code they describe (a report's human-readable part, a client that
-- shows the text alone, a server that answers with a bare code and the
-- registry's words).  Each rule gives the reason rules/status.lua gives
-- the status the words describe, so a reply that carries both reads the
-- same either way.
--
-- Only the descriptions no rule of rules/phrases.lua reads already are
-- here, and only those that name a cause: "Other address status",
-- "Other or undefined security status" and their kin name none and stay
-- with the code.  "Directory server failure" (RFC 1893's "Routing server
-- failure") is left out: a directory that will not answer and a domain
-- that routes nowhere are both read into it.
--
-- The layer is "phrases", after rules/intl_address.lua (init.lua's
-- BUILTIN): a named cause in the same reply decides first.
local r = require "smtpbounce.rules.rule"

local RFC3463 = "RFC 3463 section 3 (the status's description)"
local DBMAIL = "github.com/dbmail/dbmail dsn.c (DBMail writes RFC 1893/3463 descriptions"
    .. " as its delivery status texts)"

return {
    rules = {
        -- the receiving system is not taking mail, or cannot do what was
        -- asked: X.2.4, X.3.2, X.3.3, X.3.5
        r("registry.system", "systemerror", {
            "system not accepting network messages",
            "system not capable of selected features",
            "system incorrectly configured",
            "mailing list expansion problem",
        }, {
          examples = {
              { reply = [[453 System not accepting network messages.]],
                source = "github.com/zotonic/zotonic apps/zotonic_listen_smtp/src/zotonic_listen_smtp.erl"
                    .. " (the reply while the addressed site is not running)" },
              { reply = [[System not capable of selected features]],
                source = DBMAIL },
              { reply = [[System incorrectly configured]],
                source = RFC3463 .. " X.3.5" },
              { reply = [[Mailing list expansion problem]],
                source = DBMAIL },
          },
        }),

        -- the address names more than one mailbox: X.1.4
        r("registry.ambiguous", "userunknown", {
            "destination mailbox address ambiguous",
        }, {
          examples = {
              { reply = [[Destination mailbox address ambiguous]],
                source = DBMAIL },
          },
        }),

        -- the two ends do not speak the same protocol: X.5.0, X.5.5, and
        -- RFC 5321's 455/555 text
        r("registry.protocol", "syntaxerror", {
            "other or undefined protocol status", "wrong protocol version",
            "unable to accommodate parameters",
        }, {
          examples = {
              { reply = [[Wrong protocol version]],
                source = DBMAIL },
              { reply = [[Server unable to accommodate parameters]],
                source = "RFC 5321 section 4.2.2 (455 and 555)" },
          },
        }),

        -- the message's media: X.6.0, X.6.1, X.6.3, X.6.4 (not X.6.5's
        -- "Conversion failed": a sending host's "network address
        -- conversion failed" is no message's)
        r("registry.media", "contenterror", {
            "other or undefined media error", "media not supported",
            "conversion required but not supported", "conversion with loss performed",
        }, {
          examples = {
              { reply = [[Media not supported]],
                source = DBMAIL },
              { reply = [[Conversion required but not supported]],
                source = DBMAIL },
          },
        }),

        -- security the two ends could not agree on: X.7.3 - X.7.7
        r("registry.security", "securityerror", {
            "security conversion required but not possible",
            "security features not supported", "cryptographic failure",
            "cryptographic algorithm not supported", "message integrity failure",
        }, {
          examples = {
              { reply = [[Security features not supported]],
                source = DBMAIL },
              { reply = [[Message integrity failure]],
                source = DBMAIL },
          },
        }),
    },
}
