-- Fresh dev batch (round 10), third part, collected after the round's
-- first rules were written (so it tests them): the delivery statuses a
-- Russian sending service (UniSender, and its transactional Unisender Go
-- / UniOne) reports for a message, WITHOUT any reply code, in English and
-- in Russian, as client libraries and integrations quote the service's
-- documentation (https://www.unisender.com/en/support/api/messages/checkemail/
-- and its Russian page).  Each text stands alone as the reason a sender
-- sees.  Labelled from each status's documented meaning (its name, and
-- "the status is final" or not; reason and action by the policy of
-- accuracy/corpus/README.md), before any was classified.
local e = dofile("accuracy/entry.lua")
local A, M, O = "address", "mailbox", "other"
local B, D = "bounced", "deferred"

local function en (status) return "UniSender checkEmail statuses as a Go client quotes the service's documentation (code index file id 39720284157), status " .. status end
local function ru (status) return "UniSender checkEmail statuses in Russian, mapped by a PHP integration (code index file id 21001082884), status " .. status end
local function go (status) return "Unisender Go (UniOne) hard_bounced delivery statuses explained in Russian by a Laravel client, UniOne::explainError() (code index file id 6004601933), delivery_status " .. status end
local MD = "Unisender Go delivery statuses, a markdown reference in the code index (file id 66870614663), delivery_status "
local CS = "Unisender Go delivery status constants of a C# client (code index file id 17075733318), "

return {
  -- {==================================================================
  -- UniSender, English
  -- ===================================================================
  e(A, B, "userunknown", "suppress", en "err_user_unknown", "The address does not exist; delivery failed for good.",
    "The address does not exist, delivery failed. The status is final."),
  e(A, B, "suspend", "suppress", en "err_user_inactive", "The address existed but has been disabled; delivery failed for good.",
    "The address used to exist before, but now it has been disabled. Delivery failed. The status is final."),
  e(A, B, "userunknown", "suppress", en "err_mailbox_discarded", "The recipient's mailbox was deleted; final.",
    "The recipient’s mailbox has been deleted. The status is final."),
  e(M, B, "mailboxfull", "suppress", en "err_mailbox_full", "The recipient's mailbox is full; final.",
    "The recipient’s mailbox is full. The status is final."),
  e(A, B, "hostunknown", "suppress", en "err_no_dns", "The recipient's domain has no (or a wrong) DNS record.",
    "There is no record or an incorrect record in DNS."),
  e(A, B, "notaccept", "suppress", en "err_no_smtp", "The recipient's domain is in DNS but has no SMTP server.",
    "There is an entry in DNS, but there is no smtp server."),
  e(A, B, "notaccept", "suppress", en "err_domain_inactive", "The recipient's domain does not accept mail or does not exist; final.",
    "The domain does not accept mail or does not exist. The status is final."),
  e(O, B, "blocked", "contact", en "err_blacklisted", "The message was rejected because of a blacklisting.",
    "The message has been rejected due to blacklisting."),
  e(O, D, "undefined", "retry", en "err_will_retry", "Delivery attempts failed so far and continue; not final.",
    "One or more delivery attempts have been unsuccessful, but attempts continue. The status is not final."),
  e(O, D, "systemerror", "retry", en "err_internal", "The service failed internally; the letter must be sent again.",
    "Internal failure. The letter needs to be re-sent. The status is final."),
  e(O, B, "systemerror", "contact", en "err_destination_misconfigured", "The recipient's domain does not accept mail because of its own wrong settings (a fixable cause on the receiving side).",
    "The domain does not accept mail due to incorrect settings on the recipient’s side, and the server’s response contains information about a cause that can be fixed (for example, an inoperative blacklist is used, etc.)."),
  e(O, B, "spamdetected", "fix", en "err_spam_rejected", "The receiving server rejected the message as spam.",
    "The message was rejected by the server as a spam."),
  e(O, B, "emailtoolarge", "fix", en "err_too_large", "The message exceeds the size the receiving server allows (or carries a refused attachment type).",
    "The letter exceeds the size allowed by the recipient’s server. Also, the reason may be a rejection of the letter by the recipient’s server due to an unacceptable attachment type. For example, .exe."),
  e(O, B, "undefined", "suppress", en "err_delivery_failed", "Delivery failed for another reason; final.",
    "Delivery failed due to other reasons. The status is final."),
  e(A, B, "userunknown", "suppress", en "err_skip_letter", "The service did not send: the address is not available (it bounced before).",
    "Sending has been canceled because the email address is not available (except for cases of err_unsubscribed and err_not_allowed)."),
  e(O, B, "filtered", "suppress", en "err_unsubscribed", "Not sent: the address unsubscribed before; final.",
    "The letter has not been sent as the address to which it was tried to be sent has previously unsubscribed. You can mark this address as unsubscribed in your database and not send messages to it any more. The status is final."),
  e(O, B, "rejected", "fix", en "err_src_invalid", "Our sender address is invalid; final.",
    "Invalid sender’s email address. It is used if the “invalid sender’s email” was discovered not at the stage of accepting the task and checking the parameters, but at a later stage when the things to be sent are checked in detail. The status is final."),
  e(A, B, "userunknown", "suppress", en "err_dest_invalid", "The recipient's address is invalid; final.",
    "Invalid recipient’s email address. It is used if the “invalid recipient’s email” was discovered not at the stage of accepting the task and checking the parameters, but at a later stage when the things to be sent are checked in detail. The status is final."),
  e(A, B, "userunknown", "suppress", en "err_unreachable", "Not sent: the address is unavailable for good.",
    "Sending has been canceled because the address is not available, but, in contrast to the err_not_available status, the availability of the address will not be restored. The status is final."),
  e(A, B, "userunknown", "suppress", en "skip_dup_unreachable", "The address is unavailable; sending failed for good.",
    "The address is unavailable, sending failed. The status is final."),

  -- {==================================================================
  -- UniSender, Russian
  -- ===================================================================
  e(A, B, "userunknown", "suppress", ru "err_user_unknown", "The address does not exist; delivery failed; final.",
    "Адрес не существует, доставка не удалась. Статус окончательный."),
  e(A, B, "suspend", "suppress", ru "err_user_inactive", "The address once existed but is disabled now; final.",
    "Адрес когда-то существовал, но сейчас отключен. Доставка не удалась. Статус окончательный."),
  e(A, B, "userunknown", "suppress", ru "err_mailbox_discarded", "The recipient's mailbox was deleted; final.",
    "Почтовый ящик получателя удален. Статус окончательный."),
  e(M, B, "mailboxfull", "suppress", ru "err_mailbox_full", "The recipient's mailbox is full; final.",
    "Почтовый ящик получателя переполнен. Статус окончательный."),
  e(A, B, "hostunknown", "suppress", ru "err_no_dns", "No (or a wrong) DNS record for the recipient's domain.",
    "Нет записи или некорректная запись в DNS."),
  e(A, B, "notaccept", "suppress", ru "err_no_smtp", "The domain is in DNS but has no SMTP server.",
    "Запись в DNS есть, но smtp сервер отсутствует."),
  e(A, B, "notaccept", "suppress", ru "err_domain_inactive", "The domain does not accept mail or does not exist; final.",
    "Домен не принимает почту или не существует. Статус окончательный."),
  e(O, D, "blocked", "throttle", ru "err_blacklisted (the Russian text adds that it will be sent again)", "Rejected because of a blacklisting; the message will be re-sent.",
    "Сообщение отвергнуто из-за блеклистинга. Будет переотправлено."),
  e(O, D, "undefined", "retry", ru "err_will_retry", "Delivery attempts failed so far and continue; not final.",
    "Одна или несколько попыток доставки оказались неудачными, но попытки продолжаются. Статус неокончательный."),
  e(O, B, "spamdetected", "fix", ru "err_spam_rejected", "The server rejected the letter as spam.",
    "Письмо отклонено сервером как спам."),
  e(O, B, "undefined", "suppress", ru "err_delivery_failed", "Delivery failed for other reasons; final.",
    "Доставка не удалась по иным причинам. Статус окончательный."),
  e(A, B, "userunknown", "suppress", ru "skip_dup_unreachable", "The address is unavailable; sending failed; final.",
    "Адрес недоступен, отправка не удалась. Статус окончательный."),
  e(O, B, "emailtoolarge", "fix", ru "err_too_large", "The letter exceeds the size the recipient's server allows (or its attachment type is refused).",
    "Письмо превышает допустимый размер по данным сервера получателя. Также причиной может быть отклонение письма сервером получателя из-за непринимаемого типа вложения. Например, .exe."),

  -- {==================================================================
  -- Unisender Go, Russian explanations of hard bounces
  -- ===================================================================
  e(A, B, "userunknown", "suppress", go "err_user_unknown", "Not delivered: a non-existent address.",
    "Письмо не удалось доставить. Несуществующий адрес."),
  e(A, B, "suspend", "suppress", go "err_user_inactive", "Not delivered: the address is not in use.",
    "Письмо не удалось доставить. Адрес не используется."),
  e(A, B, "userunknown", "suppress", go "err_mailbox_discarded", "Not delivered: the address was deleted (it existed before).",
    "Письмо не удалось доставить. Адрес удален (раньше существовал)."),
  e(M, B, "mailboxfull", "suppress", go "err_mailbox_full", "Not delivered: the recipient's mailbox is full.",
    "Письмо не удалось доставить. Ящик получателя переполнен."),
  e(O, B, "spamdetected", "fix", go "err_spam_rejected", "Not delivered: rejected by a spam filter.",
    "Письмо не удалось доставить. Отклонено spam-фильтром."),
  e(O, B, "blocked", "contact", go "err_blacklisted", "Not delivered: rejected because of a blacklist.",
    "Письмо не удалось доставить. Отклонено из-за черного списка."),
  e(O, B, "emailtoolarge", "fix", go "err_too_large", "Not delivered: the letter exceeds the allowed size.",
    "Письмо не удалось доставить. Письмо превышает допустимый размер."),
  e(A, B, "hostunknown", "suppress", go "err_domain_inactive", "Not delivered: a non-existent address, an unknown domain name.",
    "Письмо не удалось доставить. Несуществующий адрес, неизвестное доменное имя."),
  e(O, B, "systemerror", "contact", go "err_destination_misconfigured", "Not delivered: an error on the recipient's server.",
    "Письмо не удалось доставить. Ошибка на сервере получателя."),
  e(A, B, "userunknown", "suppress", go "err_unreachable", "Not delivered: the address is marked permanently unavailable after repeated delivery errors.",
    "Письмо не удалось доставить.  Адрес помечен как постоянно недоступный по причине многократных ошибок доставки на этот адрес."),
  e(O, D, "undefined", "retry", go "err_will_retry", "Temporarily rejected; delivery will be retried later.",
    "Письмо не удалось доставить. Письмо было временно отклонено и позднее будет осуществлена повторная попытка доставки."),
  e(O, D, "undefined", "retry", go "(status soft_bounced)", "Delivery attempts continue.",
    "Продолжаются попытки доставки письма"),

  -- {==================================================================
  -- Unisender Go, English (other clients)
  -- ===================================================================
  e(A, B, "userunknown", "suppress", MD .. "err_user_unknown", "The address does not exist and never did.",
    "Address does not exist (and could never have existed)."),
  e(A, B, "suspend", "suppress", MD .. "err_user_inactive", "A previously active address is no longer used; delivery failed.",
    "A previously active address is no longer used; delivery has failed."),
  e(A, B, "userunknown", "suppress", CS .. "Err_mailbox_discarded", "The address was active before but has been deleted.",
    "Email address was active earlier, but now it’s deleted"),
  e(O, D, "undefined", "retry", CS .. "Err_will_retry", "Temporarily rejected; delivery will be retried later.",
    "Email was temporary rejected, delivery will be retried later"),
}
