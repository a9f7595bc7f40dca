-- gmail
return {
  {
    reply   = [=[Technical details of permanent failure:
Your email to group robin.klantenservice@brandfield.nl was rejected due to spam classification. To address this issue:

* Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails.
* Set up SPF records for your sending domain if you have not done so already.

Instructions for both steps can be found here: https://support.google.com/a/answer/168383.]=],
    group   = "gmail",
    provider = "gmail",
    outcome = "bounced",
    reason  = "spamdetected",
    action  = "fix",
    family  = "other",
    source  = "https://github.com/mail-in-a-box/mailinabox/issues/1046",
    meaning = "A Google Groups group refused the message because it classified it as spam; the advice is to have the group owner moderate instead, or to set up SPF for the sending domain.",
    note    = "No reply code; 'permanent failure' gives the bounced outcome. Judgment: the text names spam classification (with SPF as a remedy), so spamdetected rather than authfailure.",
  },
  {
    reply   = [=[DNS Error: DNS type 'mx' lookup of dasdasdsadas.com responded with code NXDOMAIN Domain name not found: dasdasdsadas.com Learn more at https://support.google.com/mail/?p=BadRcptDomain]=],
    group   = "gmail",
    provider = "gmail",
    outcome = "bounced",
    reason  = "hostunknown",
    action  = "suppress",
    family  = "address",
    source  = "https://github.com/postalsys/emailengine/issues/203",
    meaning = "Gmail's bounce when the recipient's domain does not exist in DNS (NXDOMAIN for the MX lookup).",
    note    = "No SMTP code (Gmail generated it itself); outcome bounced as the issue describes a failed delivery.",
  },
  {
    reply   = [=[Technical details of permanent failure: DNS Error: Address resolution of testingxonapi.org. failed: Domain name not found]=],
    group   = "gmail",
    provider = "gmail",
    outcome = "bounced",
    reason  = "hostunknown",
    action  = "suppress",
    family  = "address",
    source  = "https://pastebin.com/S1kHYH3j",
    meaning = "An older Gmail bounce ('Delivery to the following recipient failed permanently'): the recipient's domain could not be resolved because it does not exist.",
  },
  {
    reply   = [=[550 5.7.1 No such user c18si2365148hub]=],
    group   = "gmail",
    provider = "gmail",
    outcome = "bounced",
    reason  = "userunknown",
    action  = "suppress",
    family  = "address",
    source  = "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser/blob/master/t/various-unknown.t (expected reason, std_reason user_unknown) and t/corpus/gmail-via-sendmail.unknown.msg",
    meaning = "An early (2008-era) Gmail refusal of a non-existent recipient, with a session id; corpus reason user unknown.",
  },
  {
    reply   = [=[Remote server replied: 552 5.7.0 review our attachment guidelines.]=],
    group   = "gmail",
    provider = "gmail",
    outcome = "bounced",
    reason  = "policyviolation",
    action  = "fix",
    family  = "other",
    source  = "https://www.hainhan.com/vn/ho-tro/huong-dan/cac-thong-bao-email-thuong-gap/",
    meaning = "The same Vietnamese page: Gmail refused the message because an attachment is of a type it does not accept (for example an executable); see Google's attachment guidelines.",
    note    = "Truncated Gmail reply as the page quotes it.",
  },
}
