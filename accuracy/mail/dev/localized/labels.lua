-- Bounces in languages other than English (with or without an English
-- line beside them).  Personal addresses were replaced by userN@<same
-- domain>; role addresses kept.
local function r (addr, action, status, reason, family)
    return { recipient = addr, dsn_action = action, status = status, reason = reason, family = family }
end
return {
    ["21cn-html-refused.eml"] = {
        source = "the comments of a Java bounce parser (package eris.parser.providers, DeliveryNotificationHTMLParser; code index file id 6900840919) quoting a 21cn.com (China) bounce of 2013-08-09 as 'HEADER> ' / 'MESS>> ' log lines: prefixes removed, header lines before the body; a Chinese/English HTML notice (gbk, quoted-printable) and the returned message's header, no delivery-status part although the type says report; two lines that the log shows broken with a leading space are kept so; recipient masked in all places",
        format = "21cn",
        recipients = { r("user1@htel.com.hk", "failed", nil, "filtered", "filter") },
    },
}
