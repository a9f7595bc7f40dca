-- Round 36 (help pages in other languages): replies quoted by hosting
-- and mail providers' help pages no earlier round drew on, most of them
-- of the families read worst on unseen text.  GERMAN: STRATO's FAQ of
-- refusal reasons (#2420), Mittwald's error messages, ateliervision's
-- page on refused mail (MagicSpam), ralup's security-policy page, IPAX's
-- page on refused mail, mailfino's bounce categories.  CHINESE: Alibaba
-- Mail's sending-frequency refusals on two resellers' pages.  Fifteen
-- entries were taken out before this commit (a Dutch host's messages,
-- Coremail's address hints, a Coremail partner's SPF page, a Chinese
-- host's codes, an Italian page): the hold-out names their pages.
-- Labels follow what each source says, mapped by the policy of
-- accuracy/corpus/README.md, set before any classifier output was
-- seen: a limit on sending per time is ratelimited (throttle; deferred
-- without a code, as the no-code rate texts were read); an IP refused
-- by a receiver's filter or policy is blocked (contact at 5xx,
-- bounced without a code); greylisting undefined / retry as the
-- corpus reads it; a hostname the receiver cannot find requireptr
-- (fix); an SPF refusal authfailure (fix); spam or phishing content
-- spamdetected (fix); a bare relay refusal norelaying (suppress); a
-- time-out without a code networkerror (deferred, retry); an address
-- that does not exist userunknown (bounced, suppress).  Placeholders
-- are filled with example values.
-- Sources: see each entry.
local E = dofile("accuracy/entry.lua")
local e = E.noted
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local STRATO = "https://strato.de/faq/mail/fehlermeldungen-bei-e-mails (STRATO FAQ #2420, German: common refusal reasons and what they mean)"
local MITT = "http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung (Mittwald, German: what the mail error messages mean)"
local FINO = "https://docs.mailfino.de/?p=224 (mailfino, German: the bounce categories of a mailing report)"
local ALI = "https://aliuyun.com.cn/news/help/164.html (an Alibaba Mail reseller, Chinese: refusals for sending too often)"

local NOUSER = "The recipient address does not exist on the receiving server."
local FREQ = "Alibaba Mail refuses the message because the sender sent too many messages too often (per minute, hour or day); to slow down and retry later."

return {
  -- {==================================================================
  -- GERMAN
  -- ===================================================================
  e(O, B, "spamdetected", "fix", STRATO,
    "The message contains content that suggests phishing; remove it.",
    [==[Suspected phishing attempt]==]),
  e(O, B, "spamdetected", "fix", STRATO,
    "The receiver's spam filter found content that marks the message as spam (the reason follows in brackets: a URL, text, attachment).",
    [==[Refused by local policy. No SPAM please!]==]),
  e(A, B, "userunknown", "suppress", STRATO, NOUSER,
    [==[550 recipient e-mail adress unknown]==]),
  e(O, B, "blocked", "contact", "https://www.ateliervision.de/Fachartikel/$/E-Mail-nicht-zustellbar-Undelivered-Mail-Returned-to-Sender-Was-sind-die-Gr%C3%BCnde/247 (ateliervision, German: why mail is refused, an example report)",
    "The receiver's filter (MagicSpam) refuses the sending server because its host name matches a pattern that was abusive before; the sender's provider must fix its server's naming or listing.",
    [==[550 5.7.0 Your server hostname [mailserverdeskunden.com] for IP [85.13.143.231] matches a pattern which was abusive in the past. See http://spamauditor.org/best-practices/check_reverse_dns_list/ for more information. Protection provided by MagicSpam 2.0.18-1]==]),
  e(O, D, "ratelimited", "throttle", MITT,
    "The message is addressed to more recipients than the limit (300) allows.",
    [==[4.5.3 Error: too many recipients]==]),
  e(O, D, "undefined", "retry", MITT,
    "The sending server is new to the receiver and is greylisted: the retry after about five minutes is accepted.",
    [==[4.7.1 Docking request denied, first time visit, you have been greylisted, try again later]==]),
  e(O, D, "requireptr", "fix", MITT,
    "The sending server's IP has no PTR record pointing back to it; its operator must set the reverse DNS.",
    [==[4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]]==]),
  e(O, D, "rejected", "retry", MITT,
    "The sender address's domain does not exist or is not found in DNS for now.",
    [==[4.1.8 <user@example.com>: Sender address rejected: Domain not found]==]),
  e(O, B, "blocked", "contact", "https://ralup.de/securitypolicy/ (ralup, German: mail refused for violating the security policy)",
    "The receiver refuses the message under its security policy: forbidden attachments, a misconfigured sending server (SPF, DKIM) or a sender on a blocklist.",
    [==[This email was rejected because it violates our security policy.]==]),
  e(O, B, "authfailure", "fix", "https://wpbackend.ipax.at/?p=20074 (IPAX, Austrian host, German: why mail to you is refused)",
    "The receiving server refuses the message because the sender domain's SPF record does not allow the sending server.",
    [==[SPF Check failed]==]),
  e(O, D, "networkerror", "retry", FINO,
    "The recipient's mail server did not answer, or asked for a later attempt; the system retries up to ten times.",
    [==[Zeitüberschreitung (Timeout)]==]),
  e(O, B, "norelaying", "suppress", FINO,
    "The recipient's server refused to accept the mail (the page names spam content, too much mail, complaints, reputation, a changed IP or a full mailbox as possible causes); the words are a relay refusal.",
    [==[Annahme verweigert (Relay Denied)]==]),
  e(A, B, "userunknown", "suppress", FINO,
    "The recipient's server answered that the address does not exist.",
    [==[Empfänger unbekannt (User unknown)]==]),


  -- {==================================================================
  -- CHINESE
  -- ===================================================================
  e(O, D, "ratelimited", "throttle", "http://www.j32w2.cn/news_in/2519 (an Alibaba Mail reseller, Chinese: limits on the number and frequency of sending)", FREQ,
    [==[Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending]==]),
  e(O, D, "ratelimited", "throttle", ALI, FREQ, [==[much too frequently sending]==]),
  e(O, D, "ratelimited", "throttle", ALI, FREQ, [==[too frequently sending]==]),

}
