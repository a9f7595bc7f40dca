-- Fresh dev batch (round 11), first part: the causes of a failed
-- delivery as a mail-delivery product words them in ten languages other
-- than English: the localised documentation of Adobe Campaign Standard,
-- "Understanding delivery failures" (help/sending/using/
-- understanding-delivery-failures.md), in the repositories
-- AdobeDocs/campaign-standard.<locale> (de-DE, es-ES, fr-FR, it-IT, ja-JP,
-- ko-KR, nl-NL, pt-BR, sv-SE, zh-Hans, zh-Hant).  Each translation gives
-- the examples of a hard and a soft error ("User unknown", "Invalid
-- domain", "Mailbox full" in the language) and a one-sentence description
-- of each failure type (the address does not exist; the user's mailbox is
-- full and cannot accept more messages; the provider closed the account
-- after long inactivity; the domain of the address is wrong or no longer
-- exists; an error in the delivery chain, e.g. a domain temporarily
-- unreachable).  The texts are taken as the source has them (the
-- translations are partly machine-made, "translation-type: tm+mt"); they
-- carry no reply code.  Labelled from the meaning the English original
-- gives each type, by the policy of accuracy/corpus/README.md, before any
-- was classified: without a code, a permanent cause is bounced, the
-- temporarily unreachable domain deferred.
-- Texts the corpus or a rule's example already held word for word
-- ("Postfach voll", "Usuario desconocido", "Utente sconosciuto", the
-- Portuguese 452 4.2.2) are left out.
local function e (family, outcome, reason, action, source, meaning, reply)
    return { reply = reply, group = "intl11", family = family,
             outcome = outcome, reason = reason, action = action,
             source = source, meaning = meaning }
end
local A, O = "address", "other"
local B, D = "bounced", "deferred"

local function src (locale, what)
    return "github.com/AdobeDocs/campaign-standard." .. locale ..
        " help/sending/using/understanding-delivery-failures.md (" .. what .. ")"
end
local HARD = "the example of a hard error: an invalid address, e.g. user unknown"
local SOFT_DOM = "an example of a soft error: invalid domain"
local SOFT_BOX = "an example of a soft error: mailbox full"
local UU = "type User unknown: the address does not exist"
local MF = "type Mailbox full: the user's mailbox is full and cannot accept more messages"
local AD = "type Account disabled: the provider closed the account after a long inactivity; delivery to it is impossible"
local ID = "type Invalid domain: the domain of the address is incorrect or no longer exists"
local UR = "type Unreachable: an error in the delivery chain, e.g. the domain temporarily unreachable"
local M_UU = "The recipient's address does not exist (user unknown)."
local M_MF = "The recipient's mailbox is full."
local M_AD = "The recipient's account was closed by its provider."
local M_ID = "The recipient's domain is wrong or no longer exists."
local M_UR = "Delivery failed somewhere on the way, e.g. the recipient's domain was temporarily unreachable."

return {
  -- German
  e(A, B, "userunknown", "suppress", src("de-DE", HARD), M_UU, [==[Benutzer unbekannt]==]),
  e(A, B, "hostunknown", "suppress", src("de-DE", SOFT_DOM), M_ID, [==[Ungültige Domain]==]),
  e(A, B, "userunknown", "suppress", src("de-DE", UU), M_UU, [==[die Adresse nicht vorhanden ist. An dieses Profil werden keine weiteren Zustellversuche unternommen.]==]),
  e(O, B, "mailboxfull", "suppress", src("de-DE", MF), M_MF, [==[der Posteingang dieses Benutzers ist voll und kann keine weiteren Nachrichten akzeptieren.]==]),
  e(A, B, "suspend", "suppress", src("de-DE", AD), M_AD, [==[Wenn der Internet Access Provider (IAP) eine längere Inaktivität feststellt, kann er das Konto des Benutzers schließen: Versände an die Adresse des Benutzers sind dann nicht mehr möglich.]==]),
  e(A, B, "hostunknown", "suppress", src("de-DE", ID), M_ID, [==[Die Domäne der E-Mail-Adresse ist nicht korrekt oder nicht mehr vorhanden.]==]),

  -- French
  e(A, B, "userunknown", "suppress", src("fr-FR", HARD), M_UU, [==[Utilisateur inconnu ou utilisatrice inconnue]==]),
  e(A, B, "hostunknown", "suppress", src("fr-FR", SOFT_DOM), M_ID, [==[Domaine invalide]==]),
  e(O, B, "mailboxfull", "suppress", src("fr-FR", SOFT_BOX), M_MF, [==[Boîte pleine]==]),
  e(A, B, "userunknown", "suppress", src("fr-FR", UU), M_UU, [==[L’adresse n’existe pas. Aucune nouvelle tentative de diffusion ne sera effectuée pour ce profil.]==]),
  e(O, B, "mailboxfull", "suppress", src("fr-FR", MF), M_MF, [==[La boîte aux lettres de cet utilisateur est pleine et ne peut pas accepter d’autres messages.]==]),
  e(A, B, "suspend", "suppress", src("fr-FR", AD .. "; label 'Compte désactivé'"), M_AD, [==[Lorsque le Fournisseur d’Accès Internet (FAI) détecte une inactivité prolongée, il peut fermer le compte de l’utilisateur, ce qui rend les diffusions vers son adresse impossibles.]==]),
  e(A, B, "hostunknown", "suppress", src("fr-FR", ID), M_ID, [==[Le domaine de l’adresse e-mail est incorrect ou n’existe plus.]==]),
  e(O, D, "networkerror", "retry", src("fr-FR", UR .. "; label 'Inatteignable'"), M_UR, [==[Une erreur s’est produite dans la chaîne de diffusion du message (domaine temporairement inatteignable, par exemple).]==]),

  -- Spanish
  e(A, B, "hostunknown", "suppress", src("es-ES", SOFT_DOM), M_ID, [==[Dominio no válido]==]),
  e(O, B, "mailboxfull", "suppress", src("es-ES", SOFT_BOX), M_MF, [==[Buzón lleno]==]),
  e(A, B, "userunknown", "suppress", src("es-ES", UU), M_UU, [==[La dirección no existe. No se intenta realizar entregas adicionales para este perfil.]==]),
  e(O, B, "mailboxfull", "suppress", src("es-ES", MF), M_MF, [==[El buzón de este usuario está lleno y no puede aceptar más mensajes.]==]),
  e(A, B, "suspend", "suppress", src("es-ES", AD), M_AD, [==[Cuando el proveedor de acceso a Internet (IAP) detecta un largo periodo de inactividad, puede cerrar la cuenta del usuario: las entregas a la dirección del usuario no serán posibles.]==]),
  e(A, B, "hostunknown", "suppress", src("es-ES", ID), M_ID, [==[El dominio de la dirección del correo electrónico es incorrecto o ya no existe.]==]),
  e(O, D, "networkerror", "retry", src("es-ES", UR), M_UR, [==[Se ha producido un error en la cadena de entrega de mensajes (como un dominio temporalmente inaccesible).]==]),

  -- Italian
  e(A, B, "hostunknown", "suppress", src("it-IT", SOFT_DOM), M_ID, [==[Dominio non valido]==]),
  e(O, B, "mailboxfull", "suppress", src("it-IT", SOFT_BOX), M_MF, [==[Cassetta postale completa]==]),
  e(A, B, "userunknown", "suppress", src("it-IT", UU), M_UU, [==[l'indirizzo non esiste. Per questo profilo non verranno tentate altre consegne.]==]),
  e(O, B, "mailboxfull", "suppress", src("it-IT", MF), M_MF, [==[la cassetta postale di questo utente è piena e non può accettare altri messaggi.]==]),
  e(A, B, "suspend", "suppress", src("it-IT", AD), M_AD, [==[quando Internet Access Provider (IAP) rileva un lungo periodo di inattività, può chiudere l'account dell'utente: le consegne all'indirizzo dell'utente saranno quindi impossibili.]==]),
  e(A, B, "hostunknown", "suppress", src("it-IT", ID), M_ID, [==[il dominio dell'indirizzo e-mail non è corretto o non esiste più.]==]),
  e(O, D, "networkerror", "retry", src("it-IT", UR), M_UR, [==[si è verificato un errore nella catena di distribuzione dei messaggi (ad esempio, dominio temporaneamente non raggiungibile).]==]),

  -- Portuguese (Brazil)
  e(A, B, "userunknown", "suppress", src("pt-BR", HARD), M_UU, [==[Usuário desconhecido]==]),
  e(A, B, "hostunknown", "suppress", src("pt-BR", SOFT_DOM), M_ID, [==[Domínio inválido]==]),
  e(A, B, "userunknown", "suppress", src("pt-BR", UU), M_UU, [==[o endereço não existe. Não haverá mais entregas para este perfil.]==]),
  e(O, B, "mailboxfull", "suppress", src("pt-BR", MF), M_MF, [==[a caixa de entrada deste usuário está cheia e não pode aceitar mais mensagens.]==]),
  e(A, B, "suspend", "suppress", src("pt-BR", AD), M_AD, [==[quando o Provedor de acesso à Internet (IAP) detecta um período longo de inatividade, ele pode fechar a conta do usuário: as entregas ao endereço do usuário serão impossíveis.]==]),
  e(A, B, "hostunknown", "suppress", src("pt-BR", ID), M_ID, [==[o domínio do endereço de email está incorreto ou não existe mais.]==]),
  e(O, D, "networkerror", "retry", src("pt-BR", UR), M_UR, [==[ocorreu um erro na cadeia de entrega de mensagens (incidente em RELTP SMTP, domínio temporariamente inatingível, etc.).]==]),

  -- Dutch
  e(A, B, "userunknown", "suppress", src("nl-NL", HARD), M_UU, [==[Onbekende gebruiker]==]),
  e(A, B, "hostunknown", "suppress", src("nl-NL", SOFT_DOM), M_ID, [==[Ongeldig domein]==]),
  e(O, B, "mailboxfull", "suppress", src("nl-NL", SOFT_BOX), M_MF, [==[Brievenbus vol]==]),
  e(A, B, "userunknown", "suppress", src("nl-NL", UU), M_UU, [==[het adres bestaat niet. Voor dit profiel worden geen verdere leveringen uitgevoerd.]==]),
  e(O, B, "mailboxfull", "suppress", src("nl-NL", MF), M_MF, [==[de brievenbus van deze gebruiker is volledig en kan niet meer berichten goedkeuren.]==]),
  e(A, B, "suspend", "suppress", src("nl-NL", AD), M_AD, [==[wanneer de Internet Access Provider (IAP) een lange periode van inactiviteit ontdekt, kan het de rekening van de gebruiker sluiten: levering aan het adres van de gebruiker zal dan onmogelijk zijn.]==]),
  e(A, B, "hostunknown", "suppress", src("nl-NL", ID), M_ID, [==[het domein van het e-mailadres is onjuist of bestaat niet meer.]==]),
  e(O, D, "networkerror", "retry", src("nl-NL", UR), M_UR, [==[er is een fout opgetreden in de berichtleveringsketen (bijvoorbeeld een tijdelijk onbereikbaar domein).]==]),

  -- Swedish
  e(A, B, "userunknown", "suppress", src("sv-SE", HARD), M_UU, [==[Okänd användare]==]),
  e(A, B, "hostunknown", "suppress", src("sv-SE", SOFT_DOM), M_ID, [==[Ogiltig domän]==]),
  e(O, B, "mailboxfull", "suppress", src("sv-SE", SOFT_BOX), M_MF, [==[Postlådan är full]==]),
  e(A, B, "userunknown", "suppress", src("sv-SE", UU), M_UU, [==[Adressen finns inte. Inga fler leveransförsök kommer att göras för den här profilen.]==]),
  e(O, B, "mailboxfull", "suppress", src("sv-SE", MF), M_MF, [==[Den här användarens postlåda är full och kan inte ta emot fler meddelanden.]==]),
  e(A, B, "suspend", "suppress", src("sv-SE", AD), M_AD, [==[När IAP (Internet Access Provider) upptäcker en lång inaktivitetsperiod kan den stänga användarens konto: det blir då omöjligt att leverera till användarens adress.]==]),
  e(A, B, "hostunknown", "suppress", src("sv-SE", ID), M_ID, [==[Domänen för e-postadressen är felaktig eller finns inte längre.]==]),
  e(O, D, "networkerror", "retry", src("sv-SE", UR), M_UR, [==[Ett fel har uppstått i meddelandeleveranskedjan (t.ex. en domän som inte kan nås temporärt).]==]),

  -- Japanese
  e(A, B, "userunknown", "suppress", src("ja-JP", HARD), M_UU, [==[不明なユーザー]==]),
  e(A, B, "hostunknown", "suppress", src("ja-JP", SOFT_DOM), M_ID, [==[無効なドメイン]==]),
  e(O, B, "mailboxfull", "suppress", src("ja-JP", SOFT_BOX), M_MF, [==[メールボックス容量超過]==]),
  e(A, B, "userunknown", "suppress", src("ja-JP", UU), M_UU, [==[アドレスが存在しません。このプロファイルに対する配信はこれ以上試行されません。]==]),
  e(O, B, "mailboxfull", "suppress", src("ja-JP", MF), M_MF, [==[このユーザーのメールボックスはいっぱいになっていて、メッセージをこれ以上受け入れることができません。]==]),
  e(A, B, "suspend", "suppress", src("ja-JP", AD), M_AD, [==[インターネットアクセスプロバイダ(IAP)が長時間の無操作状態を検出した場合、ユーザーのアカウントを閉じる可能性があります。その場合、ユーザーのアドレスへの配信は不可能になります。]==]),
  e(A, B, "hostunknown", "suppress", src("ja-JP", ID), M_ID, [==[E メールアドレスのドメインが正しくないか、存在しません。]==]),
  e(O, D, "networkerror", "retry", src("ja-JP", UR), M_UR, [==[メッセージ配信チェーン(ドメインの一時未到達など)でエラーが発生しました。]==]),

  -- Korean
  e(A, B, "userunknown", "suppress", src("ko-KR", HARD), M_UU, [==[알 수 없는 사용자]==]),
  e(A, B, "hostunknown", "suppress", src("ko-KR", SOFT_DOM), M_ID, [==[잘못된 도메인]==]),
  e(O, B, "mailboxfull", "suppress", src("ko-KR", SOFT_BOX), M_MF, [==[사서함 꽉 참]==]),
  e(A, B, "userunknown", "suppress", src("ko-KR", UU), M_UU, [==[주소가 없습니다. 이 프로필에 대해 추가 배달을 시도하지 않습니다.]==]),
  e(O, B, "mailboxfull", "suppress", src("ko-KR", MF), M_MF, [==[이 사용자의 사서함이 가득 찼으므로 더 많은 메시지를 받을 수 없습니다.]==]),
  e(A, B, "suspend", "suppress", src("ko-KR", AD), M_AD, [==[IAP(Internet Access Provider)가 장기간 동안 사용되지 않는 경우 사용자의 계정을 닫을 수 있습니다.그러면 사용자의 주소로 배달할 수 없습니다.]==]),
  e(A, B, "hostunknown", "suppress", src("ko-KR", ID), M_ID, [==[이메일 주소의 도메인이 잘못되었거나 더 이상 존재하지 않습니다.]==]),
  e(O, D, "networkerror", "retry", src("ko-KR", UR), M_UR, [==[메시지 배달 체인에 오류가 발생했습니다(SMTP 중계에서의 장애, 도메인에 일시적으로 연결할 수 없음 등).]==]),

  -- Chinese (simplified)
  e(A, B, "userunknown", "suppress", src("zh-Hans", HARD), M_UU, [==[未知用户]==]),
  e(A, B, "hostunknown", "suppress", src("zh-Hans", SOFT_DOM), M_ID, [==[域名无效]==]),
  e(O, B, "mailboxfull", "suppress", src("zh-Hans", SOFT_BOX), M_MF, [==[邮箱已满]==]),
  e(A, B, "userunknown", "suppress", src("zh-Hans", UU), M_UU, [==[地址不存在。 不再尝试对该用户档案进行投放。]==]),
  e(O, B, "mailboxfull", "suppress", src("zh-Hans", MF), M_MF, [==[此用户的邮箱已满，无法接受更多邮件。]==]),
  e(A, B, "suspend", "suppress", src("zh-Hans", AD), M_AD, [==[当Internet访问提供商(IAP)检测到长时间的非活动时，它可以关闭用户帐户：投放到用户地址将不可能。]==]),
  e(A, B, "hostunknown", "suppress", src("zh-Hans", ID), M_ID, [==[电子邮件地址的域不正确或不再存在。]==]),
  e(O, D, "networkerror", "retry", src("zh-Hans", UR), M_UR, [==[消息投放链中发生错误(如域临时不可到达)。]==]),

  -- Chinese (traditional)
  e(A, B, "userunknown", "suppress", src("zh-Hant", HARD), M_UU, [==[未知用戶]==]),
  e(A, B, "hostunknown", "suppress", src("zh-Hant", SOFT_DOM), M_ID, [==[無效域]==]),
  e(O, B, "mailboxfull", "suppress", src("zh-Hant", SOFT_BOX), M_MF, [==[郵箱已滿]==]),
  e(A, B, "userunknown", "suppress", src("zh-Hant", UU), M_UU, [==[地址不存在。 此描述檔不會再嘗試傳送。]==]),
  e(O, B, "mailboxfull", "suppress", src("zh-Hant", MF), M_MF, [==[此用戶的郵箱已滿，無法接受更多消息。]==]),
  e(A, B, "suspend", "suppress", src("zh-Hant", AD), M_AD, [==[當Internet訪問提供程式(IAP)檢測到長時間的不活動時，它可以關閉用戶帳戶：傳送至使用者位址的作業將無法進行。]==]),
  e(A, B, "hostunknown", "suppress", src("zh-Hant", ID), M_ID, [==[電子郵件地址的網域不正確或已不存在。]==]),
  e(O, D, "networkerror", "retry", src("zh-Hant", UR), M_UR, [==[消息傳送鏈中發生錯誤（例如暫時無法訪問域）。]==]),
}
