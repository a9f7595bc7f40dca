-- Round 28 (address failures in other languages): how Gmail's help
-- pages in Japanese, Italian, Slovak and Swedish word the replies and
-- notices a sender sees (the account that does not exist, the recipient
-- server that did not accept the requests, the message flagged as spam,
-- a recipient receiving too fast, an inbox out of storage), and a Polish
-- mail program's own message for a domain that takes no mail.  The help
-- pages give the failures without a reply code where Gmail's notice
-- gives none, and with the code where the reply table does.
-- Labels follow what each source says, mapped by the policy of
-- accuracy/corpus/README.md.  Set before any classifier output was seen.
-- Sources: see each entry.
local e = dofile("accuracy/entry.lua").noted
local O, A = "other", "address"
local B, D = "bounced", "deferred"

local G_JA = "https://support.google.com/mail/answer/6596?hl=ja&ref_topic=1668979&visit_id=638587151614781601-3171451096&rd=1"
local G_IT = "http://support.google.com/mail/bin/answer.py?hl=it&answer=82454"
local G_SK = "https://support.google.com/mail/answer/6596?hl=sk"
local G_SV = "https://support.google.com/a/answer/3726730?utm_source=thenewsletternewsletter&utm_medium=website&utm_campaign=100623 (SMTP-fel och SMTP-koder i Gmail)"
local JZK = "https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty"

return {
  -- {==================================================================
  -- the recipient's address or domain
  -- ===================================================================
  e(A, B, "userunknown", "suppress", G_JA,
    "Gmail's notice: the recipient's email account does not exist (the address is no longer valid or was mistyped).",
    [==[送信先のメール アカウントは存在しません]==]),
  e(A, B, "userunknown", "suppress", G_IT,
    "Gmail's notice: the email account the sender tried to reach does not exist.",
    [==[L'account email che hai cercato di raggiungere non esiste]==]),
  e(A, B, "notaccept", "suppress", JZK,
    "The mail program's message: the recipient's domain does not accept mail.",
    [==[Ta domena nie przyjmuje poczty.]==]),

  -- {==================================================================
  -- other causes, same languages
  -- ===================================================================
  e(O, D, "networkerror", "retry", G_IT,
    "Gmail could not connect to the recipient's mail server; it usually clears by itself, try later.",
    [==[Il server del destinatario non ha accettato le nostre richieste]==]),
  e(O, B, "spamdetected", "fix", G_IT,
    "The message was flagged as spam: its text or links look suspicious, or it had too many recipients.",
    [==[Messaggio contrassegnato come spam]==]),
  e(O, D, "networkerror", "retry", G_SK,
    "Gmail could not connect to the recipient's mail server; it usually clears by itself, try later.",
    [==[Server príjemcu neprijal naše požiadavky]==]),
  e(O, B, "spamdetected", "fix", G_SK,
    "The message was reported as spam: its text or links look suspicious, or it had too many recipients.",
    [==[Správa bola nahlásená ako spam]==]),
  e(O, D, "ratelimited", "throttle", G_SV,
    "The recipient receives mail too fast; resend later.",
    [==[450 4.2.1 Användaren du försöker kontakta tar emot e-post för snabbt. Skicka om meddelandet senare. Om användaren kan ta emot e-post då kommer ditt meddelande att levereras.]==]),
  e(O, D, "mailboxfull", "retry", G_SV,
    "The recipient's inbox is out of storage space (temporary).",
    [==[452 4.2.2 Mottagarens inkorg har slut på lagringsutrymme. Be mottagaren att hantera filer i lagringsutrymmet på Google Drive]==]),
}
