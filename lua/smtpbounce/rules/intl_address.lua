-- Built-in phrase rules for address failures (no such user, mailbox
-- full, account disabled) in more languages: Dutch, Polish, Portuguese,
-- Czech and Slovak, Russian, Turkish, Korean and Japanese, Swedish,
-- Danish and Norwegian, Finnish, Hungarian, Romanian, Greek and Chinese,
-- Vietnamese, Indonesian and Malay, Arabic, Ukrainian, Hebrew and Thai,
-- and the disabled/expired accounts, unknown recipients and full
-- storage of French, German, Spanish and Italian that rules/intl.lua
-- leaves out.
--
-- They sit in the "phrases" layer after rules/intl.lua (same matching:
-- bytewise UTF-8, capitals read as small letters in ASCII and in the
-- Latin, Greek and Cyrillic letters of two bytes; accented words also
-- without their accents).  Each rule names the
-- cause in the language's general words -- the address/user/mailbox
-- word and the failure word apart -- never one server's sentence, and
-- refuses the sender's words and the words for "temporary".
--
-- The examples are the replies found in each language (sources per
-- example); where no captured reply was found (Dutch and Russian mailbox
-- full, Czech/Slovak, Turkish, Korean), the example is the wording a help
-- page in that language uses for the failure (named per example).  A
-- meaning with neither (Polish mailbox full, French or German disabled
-- accounts) has no rule yet.  The Ukrainian, Hebrew and Thai words (and
-- the Malay ones beside the Indonesian) are each language's general
-- words for the same causes, listed with the languages found (no reply
-- in those was captured); they carry no example of their own.
local r = require "smtpbounce.rules.rule"

-- One rule a meaning, its words in every language above: the subject
-- words (address, user, mailbox, account) and the failure words must
-- both occur; a sender's or a temporary word (in any of the languages)
-- refuses the reply.  A rule a meaning rather than a language keeps the
-- rule count (and explain's cost) low; the words of two languages are
-- unlikely to meet in one reply.
return {
    rules = {
        -- the recipient's domain unknown, not found or not resolvable:
        -- Italian, Spanish, Portuguese, French, Dutch, German, Polish,
        -- Czech, Russian, Turkish, Swedish, Danish, Norwegian, Finnish,
        -- Hungarian, Romanian, Greek, Japanese, Korean, Chinese,
        -- Vietnamese, Indonesian, Arabic, Ukrainian, Hebrew, Thai, and a
        -- host named unknown (the domain word and the failure word apart;
        -- a sender's domain, the client's host or a temporary failure
        -- refuses it)
        r("intl.any.no-domain", "hostunknown", {
            "dominio", "domínio", "domaine", "domein", "domäne", "domain",
            "doména", "domena", "домен", "alan adı", "domän", "domæne",
            "domene", "verkkotunnus", "tartomány", "domeniu", "τομέα",
            "ドメイン", "도메인", "域名", "網域", "主机", "主機",
            -- Vietnamese, Indonesian and Malay, Arabic, Ukrainian, Hebrew,
            -- Thai; and a host named unknown in the Romance languages and
            -- German ("Host sconosciuto")
            "tên miền", "nama domain", "النطاق", "نطاق",
            "דומיין", "โดเมน", "host ",
            -- "the domain of the address" in Chinese ("地址的域")
            "的域"
        }, {
            all = { {
                "non esiste", "inesistent", "no existe", "inexistent",
                "não existe", "nao existe", "n'existe pas", "introuvable",
                "bestaat niet", "niet gevonden", "existiert nicht",
                "nicht gefunden", "neexistuje", "nie istnieje",
                "не существует", "не найден", "неизвестн", "несуществующ",
                "невідом", "mevcut değil", "bulunamadı",
                "finns inte", "findes ikke", "finnes ikke", "ei ole olemassa",
                "nem létezik", "nu există", "nu exista", "δεν υπάρχει",
                "存在しません", "見つかりません", "존재하지 않", "不存在",
                "无法解析", "無法解析", "无法被系统解析", "解析失败", "解析失敗",
                "không tồn tại", "không tìm thấy", "tidak ditemukan",
                "tidak dikenal", "tidak wujud", "لم يتم العثور", "غير موجود",
                "غير معروف", "не існує", "не знайдено", "לא קיים", "לא נמצא",
                "ไม่พบ", "ไม่มีอยู่", "sconosciut", "desconocid", "inconnu",
                "desconhecid", "unbekannt", "nieznan", "inexistant", "tuntematon",
                -- invalid, incorrect or no longer existing, in German,
                -- French, Spanish, Italian, Portuguese, Dutch, Swedish,
                -- Japanese, Korean and Chinese ("Ungültige Domain", "Le
                -- domaine de l'adresse est incorrect ou n'existe plus")
                "ungültig", "ungueltig", "nicht korrekt", "nicht vorhanden",
                "nicht mehr vorhanden", "invalide", "est incorrect",
                "n'existe", "no válido", "no valido", "es incorrecto",
                "non valid", "non è corrett", "non e corrett", "inválid",
                "invalido", "incorret", "ongeldig", "onjuist", "ogiltig",
                "felaktig", "無効", "正しくない", "잘못된", "잘못되었",
                "无效", "無效", "不正确", "不正確",
                -- unknown in Swedish, Norwegian and Danish; unknown in
                -- Japanese ("不明なドメイン"), bad in French ("Mauvais
                -- domaine")
                "okänd", "okänt", "ukjent", "ukendt", "不明", "mauvais domaine"
            } },
            none = r.with({
                "mittente", "remitente", "remetente", "expéditeur",
                "expediteur", "afzender", "absender", "nadawc", "odesílatel",
                "отправител", "gönderen", "avsändar", "afsender", "avsender",
                "lähettäjä", "feladó", "expeditor", "αποστολέ", "送信者",
                "差出人", "送信元", "発信者", "발신", "发件人", "發件人", "发信", "寄件者",
                "temporane", "temporal", "temporár", "temporair",
                "tijdelijk", "vorübergehend", "tymczasow", "dočasn", "временн",
                "geçici", "tillfällig", "midlertidig", "väliaikai",
                "ideiglenes", "προσωρ", "一時", "일시", "临时", "暂时", "暫時",
                "helo", "ehlo", "sender", "mail from", "from address",
                "người gửi", "tạm thời", "pengirim", "sementara",
                "المرسل", "مؤقت", "відправник", "тимчасов",
                "שולח", "זמני", "ผู้ส่ง", "ชั่วคราว",
                -- (the client's own host: "Client host unknown" is its
                -- reverse DNS, decided elsewhere)
                "client host", "absender-host",
                -- a domain's signature or policy checked, not its existence
                "dkim", "spf", "dmarc",
                -- a domain said to take no mail ("Домен не принимает
                -- почту или не существует"): intl.any.no-mail's notaccept
                "не принимает почт",
                -- (and the resolver's own "Name or service not known":
                -- rule.RESOLVER_UNKNOWN, below)
            }, r.RESOLVER_UNKNOWN),
            examples = {
                { reply = "不明なドメイン",
                  source = "https://www.neo-vps.com/wp/2015/11/16/ (a Japanese host's blog: a bulk-mail tool's error category, the recipient's domain wrong or missing)" },
                { reply = "Dominio non esiste: La parte dominio dell'indirizzo email non esiste",
                  source = "https://www.falconyte.com/it/help/smtp-errors/550-mailbox-unavailable-permanent (Italian causes of 550)" },
                { reply = "该地址的域名可能不存在",
                  source = "https://redmaomail.com/ask/post/50076.html (Alibaba Mail web-client error: the address's domain may not exist)" },
                { reply = "退信原因:主机或者对方域名有错误,无法被系统解析。",
                  source = "http://aliyuntx.com/news_in/351 (Chinese reseller page: the recipient's host or domain cannot be resolved, 550)" },
                { reply = "لم يتم العثور على النطاق",
                  source = "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/ (Arabic help article's names of the error messages)" },
                { reply = "Host sconosciuto, Domain Lookup non riuscito",
                  source = "http://windows.microsoft.com/it-it/outlook/delivery-failed (Outlook.com help in Italian: the recipient's domain does not exist)" },
            },
        }),

        -- the recipient's DNS named unknown, in Spanish, French, Finnish,
        -- Italian, Portuguese, German, Polish, Czech, Russian, Turkish,
        -- Arabic, Japanese and Chinese ("DNS desconocido", "DNS inconnu",
        -- "DNS tuntematon": a bounce manager's category for "Domain name
        -- not found"); an unknown DNS error, a server's or a temporary
        -- word refuses it (a lookup that failed for now is not a domain
        -- that does not exist)
        r("intl.any.dns-unknown", "hostunknown", { "dns " }, {
            all = { {
                "desconocid", "inconnu", "tuntematon", "sconosciut",
                "desconhecid", "unbekannt", "nieznan", "neznám", "neznam",
                "неизвестн", "bilinmiyor", "غير معروف", "不明", "未知"
            } },
            none = {
                "error", "erreur", "errore", "erro ", "fehler", "virhe", "błąd",
                "blad", "chyba", "ошибк", "hata", "خطأ", "エラー", "错误", "錯誤",
                "server", "serveur", "servidor", "serwer", "сервер", "palvelin",
                "timeout", "délai", "tiempo", "temporal", "temporair",
                "temporane", "vorübergehend", "tymczasow", "временн", "一時",
                "临时", "暂时", "sender", "remitente", "expéditeur", "absender",
                "mittente", "remetente", "nadawc", "отправител"
            },
            examples = {
                { reply = "DNS desconocido",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/es/messages.php (its category for 'Domain name not found')" },
                { reply = "DNS tuntematon",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/fi/messages.php (the same in Finnish)" },
            },
        }),

        -- the recipient (address, user, account, mailbox) unknown, not found or
        -- non-existent: Dutch, Polish, Portuguese, Czech/Slovak, Russian, Turkish, Korean,
        -- Japanese, French, Italian, Vietnamese, Indonesian and Malay, Arabic,
        -- Ukrainian, Hebrew, Thai, and Chinese's "recipient address refused"
        r("intl.any.no-user", "userunknown", {
            "adres", "gebruiker", "geadresseerde", "ontvanger", "mailbox",
            "postvak", "postbus", "account", "konta", "konto", "adresat",
            "odbiorc", "użytkownik", "uzytkownik", "skrzynk", "usuário",
            "usuario", "utilizador", "endereço", "endereco", "destinatário",
            "destinatario", "caixa postal", " conta ", "uživatel", "adressat",
            "uzivatel", "schránk", "schrank", "účet", "ucet",
            "príjemc", "příjemc", "prijemc", "адрес", "ящик",
            "пользовател", "получател",
            "адресат", "аккаунт", "учетн",
            "учётн", "kullanıcı", "kullanici", "alıcı", "alici",
            "hesap", "posta kutusu", "받는사람", "받는 사람", "수신자", "사용자", "계정",
            "주소", "메일함", "アカウント", "アドレス", "ユーザ", "宛先", "destinataire",
            "adresse", "utilisateur", "boite aux lettres",
            "boîte aux lettres", "compte", "destin.", "indirizzo", "utente",
            -- Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Greek, Chinese
            "kontot", "kontoen", "adressen", "e-postadress", "e-mailadresse",
            "e-postadresse", "mottagar", "modtager", "mottaker", "användar",
            "brugeren", "brukeren", "brevlåda", "postkasse", "käyttäjä",
            "osoite", "vastaanottaja", "postilaatikko", "felhasználó",
            "címzett", "postafiók", "utilizator", "destinatar", "adresa",
            "căsuța", "casuta", "χρήστη", "παραλήπτη", "διεύθυνση",
            "λογαριασμ", "γραμματοκιβώτιο", "收件人", "地址", "用户", "用戶", "帐号",
            "账号", "帳號", "邮箱", "郵箱", "信箱", "cassetta postale", "casella",
            -- Vietnamese, Indonesian and Malay, Arabic, Ukrainian, Hebrew,
            -- Thai; the Japanese "recipient"
            "tài khoản", "địa chỉ", "người nhận",
            "người dùng", "hộp thư",
            "akun", "akaun", "alamat", "penerima", "pengguna", "kotak surat",
            "peti mel", "مستخدم", "مستلم", "عنوان", "صندوق البريد", "حساب",
            "користувач", "одержувач", "скриньк",
            "обліков", "משתמש", "נמען", "כתובת",
            "תיבת דואר", "תיבת הדואר", "חשבון", "ผู้ใช้", "ผู้รับ", "บัญชี",
            "ที่อยู่อีเมล", "กล่องจดหมาย", "受信者",
            -- the address in Icelandic; addresses in Spanish, Arabic and
            -- Catalan; the mail box in French;
            "netfang", "direcciones", "العناوين", "adreces", "boîte mail",
            "boite mail",
            -- plurals: addresses in Italian, Finnish and Hebrew, recipients
            -- in Hebrew
            "indirizzi", "osoitteet", "כתובות", "נמענים"
        }, {
            all = { {
                "niet gevonden", "bestaat niet", "onbekend", "niet bekend",
                "ongeldig", "nie istnieje", "nie ma takiego",
                -- "no such" in Polish (Mailutils' "brak takiego użytkownika"), Swedish
                "brak takiego", "brak takiej", "ingen sådan",
                "nie ma takiej", "nieznany", "nieznana", "nie znaleziono",
                "nie została znaleziona", "nie zostala znaleziona",
                "nie został znaleziony", "nie zostal znaleziony",
                "inexistente", "não existe", "nao existe", "desconhecid",
                "não encontrad", "nao encontrad", "inválid", "invalido",
                -- "não foi encontrado", "não foi localizado"
                "não foi encontrad", "nao foi encontrad", "não foi localizad",
                "nao foi localizad",
                "invalida", "neexistuje", "neznám", "neznam",
                "nebyl nalezen", "nebola nájden", "nebola najden",
                "nenalezen", "не существует", "не найден", "неизвестн",
                "больше не принимает", "нет такого",
                "несуществующ", "неіснуюч",
                "bulunamadı", "bulunamadi", "mevcut değil", "mevcut degil",
                "bilinmeyen", "var olmayan", "böyle bir", "boyle bir",
                "존재하지 않", "찾을 수 없", "없는 사용자", "存在しません", "見つかりません",
                "見つかりませんでした", "不明", "inconnu", "inexistant", "n'existe pas",
                -- Japanese: the address does not match one there ("送信先
                -- E-mailアドレスの不一致です")
                "不一致",
                "introuvable", "non trouv", "errato", "sconosciut",
                "finns inte", "finns ej", "hittades inte", "hittades ej", "ikke fundet",
                "ikke funnet", "eksisterer ikke", "findes ikke",
                "finnes ikke", "okänd", "ukendt", "ukjent", "ogiltig",
                "ugyldig", "ei ole olemassa", "ei löydy", "tuntematon",
                "nem létezik", "ismeretlen", "nem található", "nu există",
                "nu exista", "necunoscut", "inexistent", "δεν υπάρχει",
                "άγνωστ", "不存在", "找不到", "未找到", "eliminat", "eliminad",
                "không tồn tại", "không tìm thấy", "không hợp lệ",
                "tidak ada", "tidak ditemukan", "tidak dikenal", "tidak valid",
                "tidak terdaftar", "tidak wujud", "tidak dikenali",
                "غير معروف", "غير صالح", "غير موجود", "لم يتم العثور",
                "не існує", "не знайдено", "невідом", "לא קיים",
                "לא נמצא", "לא ידוע", "אינו קיים", "ไม่พบ", "ไม่มีอยู่",
                "ไม่ถูกต้อง", "無効な受信者", "無効なアドレス", "無効な宛先", "無効なメールアドレス",
                -- Japanese "is not registered" ("アドレス「a@b」は、登録されていません")
                "登録されていません",
                -- "the recipient's address was refused" (Microsoft's 5.4.1
                -- for an address it does not have, in Chinese)
                "地址被拒绝", "地址被拒絕", "地址拒绝", "地址拒絕",
                "gelöscht", "geloescht", "usunięt", "usunieto", "supprimé",
                "verwijderd", "raderad", "slettet", "удален",
                "удалён", "삭제", "削除",
                -- French with a typographic apostrophe ("L’adresse
                -- n’existe pas"), "no longer exists"; Korean "there is no
                -- address / user / account / recipient / mailbox" (the
                -- subject's particle and "없"); Chinese "unknown user /
                -- recipient"
                "n'existe pas", "n'existe plus",
                "주소가 없", "사용자가 없", "계정이 없", "수신자가 없",
                "받는 사람이 없", "받는사람이 없", "메일함이 없",
                "未知用户", "未知用戶", "用户未知", "用戶未知", "未知收件人",
                "收件人未知",
                -- invalid, incorrect or badly formed in Polish, French and
                -- Vietnamese, "not found" in Spanish ("Nieprawidłowy adres
                -- e-mail odbiorcy", "L'adresse du destinataire est
                -- invalide", "Usuario no encontrado")
                "nieprawidłow", "nieprawidlow", "niepoprawn", "źle ",
                "invalide", "no encontrad", "không đúng", "không chính xác",
                -- wrong in Swedish ("E-postadressen är felaktig"), "is not"
                -- (exists) in Icelandic ("Netfangið er ekki til"),
                -- "there is no mailbox / user / account" in Turkish, "does
                -- not exist" (plain form) and "is wrong" in Japanese, the
                -- address syntax wrong in Vietnamese ("Cú pháp địa chỉ
                -- sai"), "unresolvable" in Polish
                "felaktig", "ekki til", "kutusu yok", "kullanıcı yok",
                "kullanici yok", "hesap yok", "存在しない", "間違って",
                "địa chỉ sai", "cú pháp địa chỉ",
                "nierozwiązywaln", "nierozwiazywaln",
                -- invalid, not valid, wrong or incorrect (a webmail's "all
                -- recipients are invalid", "the following addresses are
                -- invalid") in Italian, Spanish, French, Turkish, Russian,
                -- Ukrainian, Chinese, Japanese, Finnish, Hebrew, Arabic,
                -- Czech, Slovak, Hungarian, Catalan and Bulgarian; "bad
                -- mailbox / address" in French
                "non valid", "non sono valid", "nessun destinatario valid", "no son válid",
                "ninguno de los destinatarios",
                "no es válid", "n'est valide", "geçersiz", "gecersiz",
                "недействительн", "неверн", "некоректн", "都无效", "都無效",
                "帳號無效", "アドレスは無効", "virheellis", "לא תקינ", "خاطئ",
                "neplatn", "nie je platn", "nemajú platn", "érvénytelen",
                "incorrectes", "невалидн", "mauvaise boîte", "mauvaise boite",
                "mauvaise adresse"
            } },
            none = {
                "afzender", "tijdelijk", "domein", "nadawc", "tymczasow",
                "zablokowan", "nieaktywn", "remetente", "temporari",
                "domínio", "dominio", "odesílatel", "odesilatel",
                "odosielateľ", "dočasn", "docasn", "отправител", "временн",
                "gönderen", "gonderen", "geçici", "gecici",
                "보낸 사람", "발신자", "일시적", "送信者", "差出人", "送信元", "一時", "expéditeur",
                "expediteur", "temporair", "domaine", "mittente",
                -- senders, temporary, domain and password words of the added languages
                "avsändar", "afsender", "avsender", "lähettäjä", "feladó",
                "expeditor", "αποστολέ", "发件人", "發件人", "寄件者", "发信人",
                "tillfällig", "midlertidig", "väliaikai", "ideiglenes",
                "προσωρ", "临时", "暂时", "暫時", "域名", "網域", "domän", "domæne",
                "domene", "verkkotunnus", "tartomány", "domeniu", "τομέ",
                "ip地址", "ip 地址", "salasana", "lösenord", "adgangskode",
                "passord", "jelszó", "parola", "κωδικ", "密码", "密碼",
                "password", "hasło", "haslo", "heslo", "пароль", "パスワード",
                "비밀번호", "şifre", "contraseña", "senha", "mot de passe",
                "wachtwoord", "passwort", "kennwort", "认证", "認證", "登录", "登錄", "验证", "驗證",
                -- senders, temporary states, domains, passwords and the
                -- reader's own account in the languages added last
                "người gửi", "tạm thời", "tên miền",
                "mật khẩu", "pengirim", "sementara", " anda", "kata sandi",
                "alamat ip", "المرسل", "مؤقت", "النطاق", "كلمة المرور",
                "відправник", "тимчасов", "שולח", "זמני",
                "סיסמה", "דומיין", "ผู้ส่ง", "ชั่วคราว", "รหัสผ่าน", "โดเมน",
                -- an IP address called invalid is no recipient's
                "adres ip", "adresse ip", "dirección ip", "direccion ip",
                "indirizzo ip", "remitente"
            },
            examples = {
                { reply = "送信先E-mailアドレスの不一致です",
                  source = "fmlorg/fml8 fml/lib/Mail/Bounce/Language/Japanese.pm, ERROR EXAMPLE section (jp-r.ne.jp's error mail, 2001-2003)" },
                { reply = "Sua mensagem não foi entregue a user1@ig.com.br porque o endereço não foi encontrado.",
                  source = "a Brazilian firm's bounce detector tests (code index file id 63259574086), test_extrai_do_texto_google_portugues (Gmail's notice in Portuguese; the recipient masked)" },
                { reply = "E-postadressen är felaktig",
                  source = "https://hjalp.styrelseproffset.se/sv/articles/4017179-utskicksfel (Swedish help: a bounce's reasons)" },
                { reply = "Netfangið er ekki til.",
                  source = "https://tecnobits.com/is/correo-no-entregado-con-direccion-correcta-en-gmail (Icelandic article: causes of Gmail bounces)" },
                { reply = "設定している送信相手のアドレスが「存在しない」「間違っている」場合に表示されるエラーです。",
                  source = "https://user-manual2.smooooth.jp/archives/3770 (Japanese FAQ: 'User unknown' explained)" },
                { reply = "Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen: r.gelna@socav.nl Het door u ingevoerde e-mailadres is niet gevonden.",
                  source = "github.com/crisp-oss/email-bounce-parser test/fixtures/550_5_1_1_no_such_user_variant_23.txt (Exchange NDR in Dutch)" },
                { reply = "Adres odbiorcy nie istnieje lub jest niedostępny",
                  source = "code index file id 56130627144 (a Polish app's text for Microsoft Graph's ErrorRecipientNotFound)" },
                { reply = "Nieprawidłowy adres e-mail odbiorcy",
                  source = "code index file id 56130627144 (the same app's text for ErrorInvalidRecipients)" },
                { reply = "Usuario no encontrado",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/es/messages.php (its category for user unknown)" },
                { reply = "Nie ma takiego konta",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Polish unknown-user reply)" },
                { reply = "554 Usuário Inválido ou Inexistente.",
                  source = "github.com/cfortune/PHP-Bounce-Handler eml/6.eml (iG, Brazil; the reply without its English half)" },
                { reply = "adresa príjemcu pravdepodobne nefunguje alebo už neexistuje",
                  source = "https://support.google.com/mail/answer/6596?hl=sk (Gmail's help on its 'E-mailový účet príjemcu...' bounce, in Slovak)" },
                { reply = "Schránka neexistuje",
                  source = "https://faq.c4.cz/odeslany-e-mail-se-vraci-zpet-s-chybou (Czech hosting FAQ's wording for '550 5.1.1 no mailbox here by that name')" },
                { reply = "этот адрес больше не принимает писем",
                  source = "Plesk 8.3 Russian locale (psa-locale-ru-ru-8.3, mirrored at ftp.hosteurope.de): the bounce its mail server returns for a non-existent user" },
                { reply = "Bu adreste böyle bir kullanıcı yoktur.",
                  source = "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari (Turkish wording of '550 No Such User Here')" },
                { reply = "받는사람이 존재하지 않는 경우",
                  source = "https://puffinknight.tistory.com/102 (Korean heading for '550 User unknown', '550 5.1.1 No such user')" },
                { reply = "送信先のメール アカウントは存在しません",
                  source = "https://support.google.com/mail/answer/6596?hl=ja (Gmail's bounce heading in Japanese)" },
                { reply = "Destinataire inconnu ou boite aux lettres desactivee",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (French unknown-recipient reply)" },
                { reply = "Destinatario errato",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Italian wrong-recipient reply)" },
                { reply = "destin. Sconosciuto",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Italian unknown-recipient reply)" },
                { reply = "Kontot finns inte",
                  source = "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568 (GoDaddy's Swedish table of bounce errors)" },
                { reply = "收件人地址不存在",
                  source = "https://redmaomail.com/ask/post/50076.html (Alibaba Mail web-client send error, Chinese)" },
                { reply = "Cassetta postale eliminata: La cassetta postale è stata eliminata in modo permanente",
                  source = "https://www.falconyte.com/it/help/smtp-errors/550-mailbox-unavailable-permanent (Italian causes of 550)" },
                { reply = "Tài khoản không tồn tại",
                  source = "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568 (GoDaddy's Vietnamese table of recipient bounces)" },
                { reply = "Akun tidak ada",
                  source = "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685 (GoDaddy's Indonesian table of recipient bounces)" },
                { reply = "مستخدم غير معروف",
                  source = "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/ (Arabic help article's names of the error messages)" },
                { reply = "無効な受信者です",
                  source = "https://support.microsoft.com/ja-jp/topic/f711b1bd-c517-9cc4-10fd-58acfac6ca59 (Microsoft help in Japanese: the reasons undeliverable mail gives)" },
                { reply = "550 5.4.1 收件人地址被拒绝：访问被拒绝",
                  source = "https://sg.godaddy.com/zh/help/what-does-my-email-bounce-mean-3568 (GoDaddy help in Chinese: the bounce for an address that does not exist)" },
                { reply = "İleti gönderilemiyor: tüm alıcılar geçersiz.",
                  source = "Debian sogo-common 5.8.0-2+deb12u4, MailerUI.SOGo/Resources/TurkishTurkey.lproj/Localizable.strings (SOGo's webmail message when the SMTP server discarded every recipient)" },
                { reply = "לא ניתן לשלוח הודעה. הכתובות הבאות לא תקינות",
                  source = "Debian sogo-common 5.8.0-2+deb12u4, MailerUI.SOGo/Resources/Hebrew.lproj/Localizable.strings (the same when it discarded some recipients)" },
            },
        }),

        -- the recipient's domain accepts no mail (RFC 7504's 521/556, a
        -- null MX): the domain word and "does not accept / receive"
        -- apart, in Polish, German, French, Spanish, Italian, Portuguese,
        -- Dutch, Swedish, Danish, Norwegian, Finnish, Hungarian,
        -- Romanian, Greek, Russian, Ukrainian, Turkish, Czech, Japanese,
        -- Korean, Chinese, and English ("The domain does not receive
        -- email"); a refusal of our side (from you, your IP), a sender's
        -- or a temporary word refuses it
        r("intl.any.no-mail", "notaccept", {
            "domena", "domain", "domäne", "domaene", "domaine", "dominio",
            "domínio", "domein", "domän", "domæne", "domene", "verkkotunnus",
            "tartomány", "domeniu", "τομέα", "τομέας", "домен",
            "alan adı",
            "doména", "ドメイン", "도메인", "域名", "網域"
        }, {
            class = { 0, 5 },
            all = { {
                "nie przyjmuje", "nimmt keine", "akzeptiert keine", "empfängt keine",
                "n'accepte pas", "n'accepte aucun", "ne reçoit pas", "ne recoit pas",
                "no acepta", "no recibe", "non accetta", "non riceve",
                "não aceita", "nao aceita", "não recebe", "nao recebe",
                "accepteert geen", "ontvangt geen", "tar inte emot", "tar ej emot",
                "modtager ikke", "tar ikke imot", "ei vastaanota", "nem fogad",
                "nu acceptă", "nu accepta", "δεν δέχεται", "не принимает",
                "не приймає", "kabul etmiyor", "kabul etmez", "nepřijímá",
                "neprijima", "受け付けていません", "受け付けません", "受信しません",
                "받지 않", "수신하지 않", "不接收", "不接受",
                "does not receive", "doesn't receive", "receives no"
            } },
            none = {
                "from you", "from your", "from this", " ip", "ip ", "sender",
                "od ciebie", "von ihnen", "von ihrer", "de votre", "de su ",
                "dal tuo", "do seu", "van uw", "от вас", "nadawc", "absender",
                "expéditeur", "expediteur", "remitente", "mittente", "remetente",
                "afzender", "отправител", "gönderen", "odesílatel", "送信者",
                "발신", "发件人", "發件人",
                "tymczasow", "vorübergehend", "temporair", "temporal",
                "temporane", "tijdelijk", "временн", "geçici", "dočasn", "一時",
                "일시", "临时", "暂时", "暫時", "temporar"
            },
            examples = {
                { reply = "Ta domena nie przyjmuje poczty.",
                  source = "https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty (JZK's accounting program, help in Polish: its text for a domain that accepts no mail)" },
            },
        }),

        -- RFC 5321's 551 "user not local" in other languages: the user
        -- word and "is not local" apart (Polish, German, French, Spanish,
        -- Italian, Portuguese, Dutch, Swedish, Danish, Norwegian, Finnish,
        -- Hungarian, Romanian, Greek, Russian, Turkish, Czech, Japanese,
        -- Korean, Chinese); English is phrase.moved's
        r("intl.any.not-local", "hasmoved", {
            "użytkownik", "uzytkownik", "benutzer", "empfänger", "empfaenger",
            "utilisateur", "destinataire", "usuario", "usuário", "destinatario",
            "utente", "gebruiker", "ontvanger", "användar", "mottagar",
            "bruger", "modtager", "bruker", "mottaker", "käyttäjä", "utilizador",
            "vastaanottaja", "felhasználó", "címzett", "utilizator",
            "destinatar", "χρήστ", "παραλήπτ", "пользовател", "получател",
            "kullanıcı", "kullanici", "alıcı", "alici", "uživatel", "uzivatel",
            "příjemce", "prijemce", "ユーザ", "受信者", "사용자", "수신자",
            "用户", "用戶", "收件人"
        }, {
            class = { 0, 5 },
            all = { {
                "nie jest lokalny", "nicht lokal", "n'est pas local", "no es local",
                "non è locale", "non e locale", "não é local", "nao e local",
                "niet lokaal", "inte lokal", "ikke lokal", "ei ole paikallinen",
                "nem helyi", "nu este local", "δεν είναι τοπικ", "не локальн",
                "не является локальн", "yerel değil", "yerel degil",
                "není místní", "neni mistni", "ローカルではありません",
                "로컬이 아닙", "不是本地", "非本地"
            } },
            none = {
                "nadawc", "absender", "expéditeur", "expediteur", "remitente",
                "mittente", "remetente", "afzender", "отправител", "gönderen",
                "odesílatel", "送信者", "발신", "发件人", "發件人"
            },
            examples = {
                { reply = "Wskazany użytkownik nie jest lokalny.",
                  source = "https://www.jzk.pl/baza-wiedzy/problemy-z-wysylaniem-poczty (JZK's accounting program, help in Polish: its text for the 551 reply, user not local)" },
            },
        }),

        -- RFC 5321's "mailbox unavailable" in other languages (the 550 text
        -- translated by servers and help pages): as phrase.mailbox-unavailable,
        -- read only without a code or with a 5xx (a 4xx mailbox is busy);
        -- a temporary, sender's or policy word refuses it
        r("intl.any.mailbox-unavailable", "userunknown", {
            "casella di posta", "casella postale", "cassetta postale",
            "buzón de correo", "buzon de correo", "buzón", "caixa postal",
            "caixa de correio", "boîte aux lettres", "boite aux lettres",
            "postfach", "postvak", "postbus", "mailbox", "skrzynka", "schránka",
            "почтовый ящик", "адрес", "brevlåda", "postkasse", "postilaatikko",
            "postafiók", "posta kutusu", "邮箱", "郵箱", "信箱",
            "メールボックス", "메일함", "사서함",
            "hộp thư", "kotak surat", "peti mel", "صندوق البريد",
            "صندوق بريد", "поштова скринька",
            "תיבת דואר", "תיבת הדואר", "กล่องจดหมาย"
        }, {
            class = { 0, 5 },
            all = { {
                "non disponibile", "no disponible", "não disponível",
                "nao disponivel", "indisponível", "indisponivel",
                "indisponible", "non disponible", "nicht verfügbar",
                "nicht verfuegbar", "niet beschikbaar", "niedostępn",
                "niedostepn", "nedostupn", "недоступен", "не доступен",
                "inte tillgänglig", "ikke tilgængelig", "ikke tilgjengelig",
                "ei käytettävissä", "nem elérhető", "kullanılamıyor",
                "不可用", "无法使用", "利用できません", "사용할 수 없",
                "không khả dụng", "tidak tersedia", "غير متوفر", "غير متاح",
                "недоступн", "אינה זמינה", "לא זמינה", "ไม่พร้อมใช้งาน",
                -- "is not available" in Spanish, Czech and Turkish (the RFC's
                -- "mailbox unavailable" as Evolution's catalogues word it)
                "no está disponible", "no esta disponible", "není k dispozici",
                "neni k dispozici", "kullanılabilir değil", "kullanilabilir degil"
            } },
            none = {
                "temporane", "temporal", "temporári", "temporair",
                "vorübergehend", "tijdelijk", "tymczasow", "dočasn",
                "временн", "tillfällig", "midlertidig", "väliaikai",
                "ideiglenes", "geçici", "暂时", "暫時", "临时", "一時", "일시",
                "momentan", "policy", "política", "politica", "richtlinie",
                "spam", "mittente", "remitente", "remetente", "expéditeur",
                "absender", "afzender", "nadawc", "отправител", "发件人",
                -- (an IP address, a server's address)
                "ip-адрес", "ip адрес", "адрес ip", "адрес сервера",
                "адрес хоста",
                "người gửi", "tạm thời", "pengirim", "sementara", "المرسل",
                "مؤقت", "відправник", "тимчасов", "שולח", "זמני", "ผู้ส่ง",
                "ชั่วคราว"
            },
            examples = {
                { reply = [[Falló RCPT TO <user1@example.com>: Acción solicitada no realizada: el buzón no está disponible]],
                  source = "Debian evolution-data-server-common 3.46.4, po es (smtp_error_string(550) after 'RCPT TO <%s> failed: ')" },
                { reply = "550 Azione richiesta non eseguita: casella di posta non disponibile",
                  source = "https://ionos.it/digitalguide/e-mail/tecnica-e-mail/errore-smtp-550 (the page's Italian for RFC 5321's 550 text)" },
                { reply = "550 La acción solicitada no se ejecutó: buzón de correo no disponible",
                  source = "https://www.ionos.es/digitalguide/correo-electronico/cuestiones-tecnicas/error-550-causas-y-soluciones/ (the page's Spanish for RFC 5321's 550 text)" },
                { reply = "550 caixa postal não disponível",
                  source = "http://www.clubedohardware.com.br/artigos/entendendo-mensagens-de-erro-de-e-mail/2831 (the article's Portuguese for code 550)" },
            },
        }),

        -- RFC 5321's 553 "mailbox name not allowed" in other languages: the
        -- recipient's address or mailbox name not allowed or not
        -- authorised (Italian, French, Spanish, Portuguese, Polish); read
        -- only without a code or with a 5xx; a sender's, sending, relay,
        -- IP or access word refuses it (those are our side)
        r("intl.any.address-not-allowed", "userunknown", {
            "indirizzo email", "indirizzo e-mail", "indirizzo di posta",
            "adresse e-mail", "adresse email", "adresse électronique",
            "dirección de correo", "direccion de correo", "endereço de e-mail",
            "endereço de email", "endereco de e-mail", "adres e-mail",
            "adres email", "nome della casella", "nom de boîte",
            "nombre de buzón", "nome da caixa", "nazwa skrzynki"
        }, {
            class = { 0, 5 },
            all = { {
                "non autorizzat", "non consentit", "non autoris",
                "non permis", "no autorizad", "no permitid", "não autorizad",
                "nao autorizad", "não permitid", "nao permitid",
                "nieautoryzowan", "niedozwolon"
            } },
            none = {
                "mittente", "expéditeur", "expediteur", "remitente",
                "remetente", "nadawc", "sender", "invio", "inviare", "envoi",
                "envoyer", "envío", "enviar", "envio", "wysyła", "wysyla",
                "send", "relay", "inoltr", "relais", "retransm", "reenv",
                "przekaz", " ip", "accesso", "accès", "acces ", "acceso",
                "acesso", "dostęp", "dostep", "autentica", "authentifi",
                "uwierzyteln"
            },
            examples = {
                { reply = "Azione richiesta non effettuata: indirizzo email non autorizzato",
                  source = "github.com/ovh/docs .../troubleshooting/diagnostic_advanced/guide.it-it.md (OVHcloud's Italian for the 553 reply: usually a wrong destination address)" },
                { reply = "Operacja nie została wykonana: nieautoryzowany adres e-mail",
                  source = "github.com/ovh/docs .../troubleshooting/diagnostic_advanced/guide.pl-pl.md (OVHcloud's Polish for the 553 reply)" },
            },
        }),

        -- the account, mailbox or address disabled, inactive, blocked, expired,
        -- dormant or suspended: Polish, Spanish, Italian, German, French,
        -- Swedish, Danish, Norwegian, Finnish, Hungarian, Romanian, Greek,
        -- Chinese, Vietnamese, Indonesian and Malay, Arabic, Ukrainian,
        -- Hebrew, Thai
        r("intl.any.suspend", "suspend", {
            "konto", "konta", "skrzynk", "adres", "użytkownik", "uzytkownik",
            "usuario", "cuenta", "casilla", "buzón", "buzon", "dirección",
            "direccion", "indirizzo", "casella", "account", "utente",
            "cassetta", "postfach", "empfänger", "benutzer", "compte",
            "boîte", "boite", "destinataire", "utilisateur", "brevlåda",
            "postkasse", "mottagar", "modtager", "mottaker", "tili",
            "käyttäjä", "postilaatikko", "fiók", "felhasználó", "címzett",
            "contul", "utilizator", "destinatar", "λογαριασμ",
            "χρήστη",
            "用户", "用戶", "帐号", "账号", "帳號", "邮箱", "郵箱", "信箱", "收件人",
            "帐户", "账户", "帳戶", "賬戶",
            -- the English "mailbox" in another language's sentence
            -- ("Mailbox gesperrt")
            "mailbox",
            -- Dutch, Portuguese, Czech/Slovak, Russian, Turkish, Korean, Japanese
            "postvak", "gebruiker", "geadresseerde", "ontvanger", "conta",
            "caixa postal", "caixa de correio", "usuário", "utilizador",
            "endereço", "endereco", "účet", "ucet", "schránk",
            "schrank", "uživatel", "uzivatel", "ящик",
            "аккаунт", "учетн", "учётн",
            "пользовател", "адрес", "hesap", "hesab", "posta kutusu", "kullanıcı", "kullanici", "계정", "메일함",
            "사용자", "받는사람", "받는 사람", "수신자", "아이디", "アカウント",
            "メールボックス", "ユーザ", "宛先",
            -- Vietnamese, Indonesian and Malay, Arabic, Ukrainian, Hebrew, Thai
            "tài khoản", "hộp thư", "người dùng",
            "akun", "akaun", "kotak surat", "pengguna", "حساب", "صندوق البريد",
            "مستخدم", "обліков", "скриньк",
            "користувач", "חשבון", "תיבת", "משתמש", "บัญชี",
            "กล่องจดหมาย", "ผู้ใช้"
        }, {
            all = { {
                "zablokowan", "nieaktywn", "zawieszon", "wyłączon",
                "wylaczon", "dezaktywowan", "inactiv", "expirad",
                "suspendid", "deshabilitad", "desactivad", "bloquead",
                "dada de baja", "bloccat", "disattivat", "sospes", "inattiv",
                "disabilitat", "scadut", "deaktiviert", "gesperrt",
                "stillgelegt", "désactivé", "desactive", "suspendu",
                "inaktiv", "deaktiver", "spärrad", "spärrat", "spærret",
                "sperret", "suljettu", "lukittu", "poistettu käytöstä",
                -- French masculine "inactif", Finnish "is not active"
                "inactif", "ei ole aktiivinen", "ei aktiivinen",
                "ei käytössä", "letiltv", "felfüggesztett", "inaktív",
                "dezactivat", "suspendat", "blocat", "ανενεργ",
                "απενεργοποιη", "αναστολή", "休眠", "冻结", "凍結", "禁用",
                "停用", "锁定", "鎖定", "被锁", "被鎖", "注销", "註銷",
                "uitgeschakeld", "gedeactiveerd", "geblokkeerd", "inactief",
                "opgeschort", "verlopen", "desativad", "desabilitad",
                "suspens", "inativ", "zablokován", "zablokovan",
                "deaktivován", "deaktivovan", "neaktivní", "neaktivni",
                "pozastaven", "заблокирован", "отключен", "неактивен",
                "деактивирован", "приостановлен", "не используется", "devre dışı", "devre disi",
                "askıya alın", "askiya alin", "pasif", "kapatılmış",
                "kapatilmis", "dondurul", "휴면", "정지", "비활성", "사용중지",
                "사용 중지", "停止", "無効", "凍結", "休止",
                "vô hiệu hóa", "bị khóa", "tạm ngưng", "bị đình chỉ",
                "ngừng hoạt động", "dinonaktifkan", "nonaktif", "ditangguhkan",
                "tidak aktif", "diblokir", "dibekukan", "معطل", "موقوف",
                "غير نشط", "تم تعطيل", "تم إيقاف", "заблоковано", "заблокован",
                "вимкнено", "деактивовано", "неактивн", "מושבת", "מושעה",
                "חסום", "לא פעיל", "ถูกระงับ", "ถูกปิดใช้งาน", "ถูกล็อก"
            } },
            none = {
                "nadawc", "spam", "tymczasow", " ip ", "remitente",
                "dirección ip", "direccion ip", "mittente", "indirizzo ip",
                -- the sender's side, IP addresses and temporary states in
                -- the added languages; the reader's own account ("your")
                "absender", "expéditeur", "expediteur", "avsändar", "afsender",
                "avsender", "lähettäjä", "feladó", "expeditor", "αποστολέ",
                "发件人", "發件人", "发信", "發信", "寄件者", "ip地址", "ip 地址",
                "ip-adress", "adresse ip", "ip-адрес", "ip адрес", "адрес ip",
                "адреса ip", "垃圾", "vorübergehend", "temporair",
                "tillfällig", "midlertidig", "väliaikai", "ideiglenes",
                "προσωρ", "临时", "暂时", "暫時", "ihr konto", "dein konto",
                "votre compte", "ditt konto", "din konto", "tilisi",
                "您的", "你的", "your account", "su cuenta", "tu cuenta",
                "hat sie", "hat ihre", "ihre adresse",
                "afzender", "remetente", "odesílatel", "odesilatel",
                "отправител", "gönderen", "gonderen", "발신", "발송", "보낸",
                "送信者", "差出人", "送信元", "tijdelijk", "temporári",
                "dočasn", "docasn", "временн", "geçici", "gecici",
                "일시", "一時", " uw ", "uw adres", " seu ", " sua ", "váš",
                "vaše", "ваш", "sizin", "귀하", "あなた",
                -- the message or its delivery expired or stopped, not the
                -- account
                "bericht", "bezorging", "levering", "wachtrij", "mensagem",
                "entrega", "zpráva", "doručen", "сообщени",
                -- (in Russian the delivery's own state; "Доставка не
                -- удалась", delivery failed, names none)
                "доставка приостановлен", "доставка заблокирован",
                "доставка отключен", "доставка временно",
                "ileti", "teslim", "メッセージ", "配信", "메시지", "전송",
                "message", "delivery", "queue",
                -- the languages added last: sender, temporary, "your"
                "người gửi", "tạm thời", "pengirim", " anda",
                "sementara", "المرسل", "مؤقت", "حسابك", "відправник",
                "тимчасов", "שולח", "זמני", "שלך", "ผู้ส่ง", "ชั่วคราว", "ของคุณ"
            },
            examples = {
                { reply = "Podane konto jest zablokowane administracyjnie lub nieaktywne",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Polish inactive-account reply)" },
                { reply = "Compte inactif",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager resources/lang/fr/messages.php (its category for 'user is inactive', 'inactive account')" },
                { reply = "Tili ei ole aktiivinen",
                  source = "https://github.com/Molnix-open-source/BouncedMailManager lang/fi/messages.php (the same in Finnish)" },
                { reply = "Esta casilla ha expirado por falta de uso",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Spanish expired-mailbox reply)" },
                { reply = "El usuario esta en estado: inactivo",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Spanish inactive-user reply)" },
                { reply = "Questo indirizzo e' bloccato per inutilizzo",
                  source = "github.com/twisted1919/bounce-handler BounceHandler/rules.php (Italian address blocked for non-use)" },
                { reply = "Kontot är inaktivt",
                  source = "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568 (GoDaddy's Swedish table of bounce errors)" },
                { reply = "退信原因:用户由于长时间未登录处于休眠状态。",
                  source = "http://mysdqq.cn/a460000-show/news-1981.html (Chinese reseller page: the account is dormant after a long time without login)" },
                { reply = "Tài khoản bị vô hiệu hóa",
                  source = "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568 (GoDaddy's Vietnamese table of recipient bounces)" },
                { reply = "Akun dinonaktifkan",
                  source = "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685 (GoDaddy's Indonesian table of recipient bounces)" },
            },
        }),

        -- the account closed (by its provider, after long disuse), in
        -- Spanish, Portuguese, French, Italian, German, Dutch, Swedish,
        -- Polish, Russian, Turkish, Japanese, Korean and Chinese: the
        -- account's word and "close(d)" apart (intl.any.suspend's
        -- refusal of delivery words is not needed here: "the deliveries
        -- to the address are then impossible" is this cause's own
        -- sentence); our side's account ("your"), a sender's or a
        -- temporary word refuses it
        r("intl.any.closed", "suspend", {
            "cuenta", "conta", "compte", "konto", "kontot", "kontoen",
            "account", "аккаунт", "учетн", "учётн", "hesap",
            "アカウント", "계정", "帐户", "账户", "帳戶", "賬戶", "帐号",
            "账号", "帳號"
        }, {
            all = { {
                "cerrar", "cerrad", "fechar", "fechad", "fermer le",
                "fermé", "fermée", "clôtur", "chiuder", "chius",
                "schließen", "schliessen", "geschlossen", "sluiten",
                "gesloten", "stänga", "stängt", "stängd", "zamknięt",
                "zamkniet", "закрыт", "kapatıl", "kapatil", "閉じ", "閉鎖",
                "닫", "폐쇄", "关闭", "關閉"
            } },
            none = {
                "your", "su cuenta", "tu cuenta", "sua conta", "seu ",
                "votre compte", "ihr konto", "dein konto", "ditt konto",
                "uw ", "twoje konto", "ваш", "hesabınız", "您的",
                "你的", "귀하", "あなた", "remitente", "remetente",
                "expéditeur", "expediteur", "absender", "mittente",
                "afzender", "avsändar", "nadawc", "отправител", "gönderen",
                "发件人", "發件人", "送信者", "差出人", "발신", "temporal",
                "temporair", "temporári", "temporari", "vorübergehend",
                "temporane", "tijdelijk", "tillfällig", "tymczasow",
                "временн", "geçici", "一時", "일시", "临时", "暂时", "暫時",
                -- a connection or session closed, not the account
                "conexi", "connexion", "verbindung", "connessione",
                "verbinding", "anslutning", "połączen", "соединени",
                "接続", "연결", "连接", "連線", "session", "sesión"
            },
            examples = {
                { reply = "Cuando el proveedor de acceso a Internet (IAP) detecta un largo periodo de inactividad, puede cerrar la cuenta del usuario: las entregas a la dirección del usuario no serán posibles.",
                  source = "github.com/AdobeDocs/campaign-standard.es-ES help/sending/using/understanding-delivery-failures.md (failure type Account disabled)" },
                { reply = "当Internet访问提供商(IAP)检测到长时间的非活动时，它可以关闭用户帐户：投放到用户地址将不可能。",
                  source = "github.com/AdobeDocs/campaign-standard.zh-Hans help/sending/using/understanding-delivery-failures.md (the same in Chinese)" },
            },
        }),

        -- the mailbox or address moved (and not forwarded), in Polish,
        -- German, French, Spanish, Italian, Portuguese, Dutch, Czech and
        -- Russian: the mailbox's or address's word and the moved word
        -- apart, as RFC 3463's X.1.6 "Mailbox has moved"; a message or a
        -- folder moved, or a sender's word, refuses it
        r("intl.any.moved", "hasmoved", {
            "skrzynk", "postfach", "boîte", "boite", "buzón", "buzon",
            "casella", "caixa", "postvak", "schránk", "ящик",
            "mailbox", "adres", "adresse", "dirección", "direccion",
            "indirizzo", "endereço", "endereco", "メールボックス"
        }, {
            all = { {
                "przeniesion", "umgezogen", "a déménagé", "a demenage",
                "a été déplacé", "a ete deplace", "se ha trasladado",
                "ha sido trasladad", "è stata spostat", "e stata spostat",
                "è stato spostat", "e stato spostat", "foi movid", "foi transferid",
                "is verhuisd", "přesunut", "presunut", "перемещ", "переехал",
                -- moved in Japanese ("メールボックス移動")
                "移動"
            } },
            none = {
                "wiadomo", "nachricht", "message", "mensaje", "messaggio",
                "mensagem", "bericht", "zpráv", "сообщени", "folder", "ordner",
                "dossier", "carpeta", "cartella", "pasta", "map ", "složk",
                "папк", "spam", "nadawc", "absender", "expéditeur", "remitente",
                "mittente", "remetente", "afzender", "odesílatel", "отправител",
                "メッセージ", "フォルダ", "発信者", "送信者"
            },
            examples = {
                { reply = "メールボックス移動",
                  source = "https://www.neo-vps.com/wp/2015/11/16/ (a Japanese host's blog: a bulk-mail tool's error category, the address moved and not forwarded)" },
                { reply = "Skrzynka przeniesiona, brak forwardowania.",
                  source = "code index file id 60789717296 (a Polish bounce dashboard's help line for 5.1.6)" },
            },
        }),

        -- a full mailbox said to be temporary or to clear by itself, in a
        -- text without a code (French, Polish, Spanish, Italian,
        -- Portuguese, Dutch, Russian, Japanese, Chinese and English
        -- words: the mailbox's word, the full word and a "for now / try
        -- later" word): retried, not suppressed, before the rule below
        -- reads the same words as a bounce (German is
        -- nocode.quota-temp-de's)
        r("intl.any.mailbox-full-temp", "mailboxfull", {
            "boîte", "boite", "skrzynk", "mailbox", "buzón", "buzon",
            "casella", "caixa", "postvak", "ящик",
            "schránk", "posta kutusu", "メールボックス", "受信箱", "邮箱", "信箱"
        }, {
            class = { 0 }, action = "retry",
            all = {
                { "pleine", "plein", "pełn", "peln", "full", "llen",
                  "piena", "pieno", "cheia", "cheio", " vol", "переполнен",
                  "plná", "plna", "dolu", "いっぱい", "満杯", "容量不足", "已满", "已滿" },
                { "momentanément", "momentanement", "temporair", "temporary",
                  "temporari", "tymczasow",
                  "zwolni", "réessayez", "reessayez", "plus tard", "później",
                  "pozniej", "try again", "más tarde", "mas tarde",
                  "più tardi", "piu tardi", "mais tarde", "позже", "временно",
                  "しばらく", "一時", "稍后", "暂时" },
            },
            -- not Exchange's notice, a final failure whatever language it
            -- is in, that tells the sender to send later *or to reach the
            -- recipient another way* ("... позже или обратитесь к
            -- получателю напрямую"; English: "... later, or contact the
            -- recipient directly", phrase.mailbox-full's)
            none = { "обратитесь к получателю", "contact the recipient",
                     "póngase en contacto con el destinatario",
                     -- a sending service's soft bounce that lists a full
                     -- mailbox among its possible causes (Firefox Relay's notice,
                     -- github.com/mozilla/fx-private-relay/issues/1116)
                     "soft bounce", "soft “bounce”" },
            examples = {
                { reply = "La boîte du destinataire est momentanément pleine ou indisponible. Réessayez plus tard.",
                  source = "code index file id 68855521836 (a French shop back-office's text for MAILBOX_UNAVAILABLE)" },
                { reply = "Skrzynka pełna — może się zwolnić.",
                  source = "code index file id 60789717296 (a Polish bounce dashboard's help line for 4.2.2)" },
            },
        }),

        -- the mailbox full, out of space or over its quota: Dutch, Portuguese, Czech, Russian, Turkish, Korean, Japanese,
        -- French, and the storage space exceeded in Spanish, Italian, Polish;
        -- Vietnamese, Indonesian and Malay, Arabic, Ukrainian, Hebrew, Thai
        r("intl.any.mailbox-full", "mailboxfull", {
            "mailbox", "postvak", "postbus", "brievenbus",
            "caixa de entrada", "caixa postal", "caixa de correio",
            "caixa de e-mail", "schránka", "schranka", "schránky",
            "schranky", "ящик", "квот", "posta kutusu",
            "kota", "메일함", "메일용량", "메일 용량", "사서함", "メールボックス", "容量", "boite",
            "boîte", "quota",
            -- Polish, Swedish, Danish, Norwegian, Finnish, Hungarian,
            -- Romanian, Greek, Chinese
            "skrzynk", "koncie", "lagringsutrymme", "brevlåda", "inkorg",
            "postkasse", "indbakke", "innboks", "postilaatikko", "postafiók",
            "căsuța", "casuta", "γραμματοκιβώτιο", "收件箱", "收信箱", "邮箱",
            "郵箱", "信箱", "邮件夹", "邮箱空间", "存储空间",
            -- the storage space of an account or mailbox in French,
            -- Spanish, Italian, Polish, Portuguese; Vietnamese, Indonesian
            -- and Malay, Arabic, Ukrainian, Hebrew, Thai, Japanese
            "espace de stockage", "espacio de almacenamiento",
            "spazio di storage", "spazio di archiviazione",
            "przestrzeń dyskow", "espaço de armazenamento", "hộp thư",
            "tài khoản", "kotak surat", "kotak masuk",
            "akun", "penyimpanan", "peti mel", "صندوق البريد", "صندوق الوارد",
            "скриньк", "תיבת", "กล่องจดหมาย", "アカウント",
            "ストレージ",
            -- the inbox in German, the mailbox in Swedish and Italian
            "posteingang", "postlåda", "cassetta postale",
            -- the mailbox in Spanish, the quota in Spanish and German
            "buzón", "buzon", "cuota", "kontingent", "casella di posta",
            -- the letter box in German, the e-mail box in Swedish, the
            -- mailbox in Icelandic ("Briefkasten voll", "Pósthólf
            -- viðtakandans er fullt")
            "briefkasten", "e-postlåda", "pósthólf",
            -- the storage (its capacity, its allocation) in Spanish, German,
            -- Italian, Russian and Japanese: the RFC's 552 "exceeded storage
            -- allocation" as Evolution's catalogues word it
            "capacidad de almacenamiento", "speicherzuteilung", "allocazione",
            "хранилищ", "割り当て"
        }, {
            all = { {
                -- full in German and Italian, Korean "packed full"
                "ist voll", " voll.", "keinen freien speicherplatz",
                "kein freier speicherplatz", "piena", "꽉 차", "꽉 참", "꽉찬",
                " vol ", " vol.", "is vol", "zit vol", "quotum",
                "opslagruimte", "cheia", "sem espaço", "sem espaco",
                "excedeu", "cota excedida", "quota excedida",
                "limite de armazenamento", "plná", "plna", "přeplněn",
                "preplnen", "překročen", "prekrocen", "kvót", "kvot",
                "переполнен", "заполнен", "превышен", "нет места",
                "недостаточно места", "dolu", "doldu", "aşıldı", "asildi",
                "aşmış", "asmis", "초과", "가득", "容量オーバー", "容量超過", "満杯", "いっぱい",
                "一杯", "空き容量", "pleine", "dépassé", "depasse", "plein",
                "saturée", "saturee", "limit miejsca", "brak miejsca", "pełna",
                "przepełnion", "przekroczon", " slut", "gräns", "begränsat",
                " fullt", " fuld", " full", "overskredet", "överskrid",
                "täynnä", "ylitetty", "megtelt", "betelt", "túllép", "plină",
                "plina", "depășit", "depasit", "γεμάτ", "υπέρβαση", "已满",
                "已滿", "满了", "不足", "超过", "超過", "超出", "数量限制",
                "數量限制",
                "superado", "superato", "ultrapassad", "đã đầy", "bị đầy",
                "hộp thư đầy", "giới hạn dung lượng",
                "hết dung lượng", "vượt quá dung lượng",
                " penuh", "batas penyimpanan",
                "batasan penyimpanan", "kuota",
                "ممتلئ", "الحصة", "تجاوز", "перевищено", "переповнен",
                "מלאה", "מכסה", "เต็ม", "ストレージ制限", "容量制限", "上限に達",
                -- full without "ist" in German ("Briefkasten voll", "kann
                -- seine Mailbox ... voll sein"), "complete" in Italian
                -- ("Cassetta postale completa"), "filled" in Swedish, "over
                -- the limit" in Chinese ("邮箱容量超限"), overfull and "lacks
                -- room" in Russian
                "kasten voll", "fach voll", "gang voll", " voll sein",
                "voll ist", "completa", "fylld", "超限",
                "не хватает места",
                -- gone over in Spanish, Portuguese, German, Finnish,
                -- French, Russian and Ukrainian (a quota or a maximum size)
                "excedió", "excedio", "excedida", "überschritten",
                "ueberschritten", "ylitettiin", "excède", "превысил",
                "перевищил",
                -- gone over, run out (Italian, Russian, Japanese)
                "superata", "исчерпан", "超え", "越え"
            } },
            none = {
                "afzender", "remetente", "odesílatel", "odesilatel",
                "отправител", "gönderen", "gonderen", "발신자", "送信できる容量",
                "メールサイズ", "expéditeur", "expediteur",
                -- the sender's own sending quota ("Quota d'envoi de mails
                -- dépassé", "limit wysyłania"), the message's size, our
                -- side's account
                "d'envoi", "de envío", "de envio", "di invio", "versandlimit",
                -- a daily quota, an SMTP quota (French "Quota SMTP
                -- journalier dépassé"): the sender's, a mailbox's has no day
                "journalier", "journalière", "quotidien", "quota smtp",
                "limit wysyłania", "limitu wysyłania", "limit wysyłki",
                "发件人", "發件人", "发信量", "发送量", "發送量", "发信频率",
                "发送频率", "發信量", "發信頻率", "發送頻率", "外发", "外發",
                "邮件大小", "郵件大小", "附件",
                "avsändar", "afsender", "avsender", "nadawc", "您的", "你的",
                "votre", "ditt konto", "absender", "mittente",
                "ihr posteingang", "dein posteingang",
                "người gửi", "gửi đi", "pengirim", " anda", "المرسل", "إرسال",
                "відправник", "надсилання", "שולח", "ผู้ส่ง",
                -- sending in Polish and Japanese: the sender's own daily
                -- limit ("Przekroczony limit dzienny wysyłki", "送信用
                -- アカウントの1日の送信上限に達しました")
                "wysyłk", "wysylk", "wysyłan", "wysylan", "送信上限", "送信用",
                -- (Italian "completata" is a task done, not a full box;
                -- sending over the limit in Chinese is the sender's)
                "completat", "发信超限", "发送超限", "發信超限", "發送超限",
                "外发超限", "外發超限",
                -- the system's storage (Russian), not the mailbox's
                "системн",
                -- the mail server's storage, the message text's size
                -- (Japanese: "メールサーバの容量が一杯", "文面サイズが
                -- ...許容量を超えた")
                "サーバの容量", "サーバーの容量", "文面サイズ",
                -- a sending service's soft bounce that lists a full
                -- mailbox among its possible causes (Firefox Relay's notice,
                -- github.com/mozilla/fx-private-relay/issues/1116)
                "soft bounce", "soft “bounce”"
            },
            examples = {
                { reply = [[RCPT TO <user1@example.com> gescheitert: Angeforderte Aktion abgebrochen: Speicherzuteilung überschritten]],
                  source = "Debian evolution-data-server-common 3.46.4, po de (smtp_error_string(552) after 'RCPT TO <%s> failed: ')" },
                { reply = "Pósthólf viðtakandans er fullt.",
                  source = "https://tecnobits.com/is/correo-no-entregado-con-direccion-correcta-en-gmail (Icelandic article: causes of Gmail bounces)" },
                { reply = "Het postvak van de ontvanger is vol.",
                  source = "https://www.strato.nl/faq/mail/waarom-krijg-ik-foutmeldingen-bij-het-werken-met-e-mail/ (its Dutch wording of 'mailbox full, quota exceeded')" },
                { reply = "A caixa de entrada do destinatário está sem espaço de armazenamento.",
                  source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=pt-br (Gmail's 452 4.2.2 text in Portuguese)" },
                { reply = "schránka příjemce je přeplněná",
                  source = "https://support.grhosting.cz/kb/a290/email-se-vratil-odesilateli-jako-nedorucitelny.aspx (Czech hosting FAQ's wording for 'final recipient mailbox is full')" },
                { reply = "лимит свободного места для хранения писем в почтовом ящике превышен",
                  source = "https://mailout.ru/2015/09 (Russian help page's wording for 'Mailbox Full' / 'User quota exceeded')" },
                { reply = "Почтовый ящик получателя переполнен и в данный момент не может принимать сообщения. Попытайтесь повторно отправить это сообщение позже или обратитесь к получателю напрямую.",
                  source = "code index file id 58736100270 (a test quoting Exchange's Russian NDR for a full mailbox, status 5.2.2: its 'later, or contact the recipient' is no deferral)" },
                { reply = "Bu kullanıcının posta kutusu dolu",
                  source = "https://backlink.name/blog/smtp-550-hata-kodu-ayrintilari (Turkish wording of '550 This user's mailbox is full')" },
                { reply = "받는사람의 메일용량이 초과된 경우",
                  source = "https://puffinknight.tistory.com/102 (Korean heading for '552 ... exceeded storage allocation', 'mailbox is full')" },
                { reply = "送信先のメールボックスが満杯で送信できません",
                  source = "https://www.hocoroco.net/internet_lifeguide/errormail.html (Japanese wording of 'mail box is full')" },
                { reply = "Limit miejsca na koncie",
                  source = "https://pl.godaddy.com/help/co-to-znaczy-ze-poczta-zostala-odbita-3568 (GoDaddy's Polish table of bounce errors)" },
                { reply = "Kontots lagringsutrymme är slut",
                  source = "https://se.godaddy.com/help/vad-ar-en-e-postavvisning-3568 (GoDaddy's Swedish table of bounce errors)" },
                { reply = "退信原因: 收信人收件箱已满,无法收信。",
                  source = "http://aliyuntx.com/news_in/351 (Chinese reseller page: the recipient's inbox is full, 552)" },
                { reply = "Boite du destinataire pleine.",
                  source = "rules/intl.lua header (Orange/La Poste 'Boite du destinataire pleine. Recipient overquota.', without its English half)" },
                { reply = "Giới hạn dung lượng tài khoản",
                  source = "https://vn.godaddy.com/help/email-ca-toi-tr-li-co-y-ngha-gi-3568 (GoDaddy's Vietnamese table of recipient bounces)" },
                { reply = "Batasan penyimpanan akun",
                  source = "https://www.godaddy.com/id-id/help/perbaiki-email-yang-ditolak-dengan-kesalahan-pentalan-40685 (GoDaddy's Indonesian table of recipient bounces)" },
                { reply = "صندوق البريد ممتلئ",
                  source = "https://infotechhunter.com/pii_email_2d113871790217b2253f-email-error-solves-easily/ (Arabic help article's names of the error messages)" },
                { reply = "アカウントストレージ制限",
                  source = "https://jp.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy's Japanese table of recipient bounces)" },
                { reply = "Petición de acción de correo interrumpida: espacio de almacenamiento superado",
                  source = "github.com/ovh/docs .../troubleshooting/diagnostic_advanced/guide.es-es.md (OVHcloud's Spanish for the 552 reply)" },
            },
        }),

        -- the sender's own sending limit or quota (per account, per period,
        -- recipients per message), worded in French, Spanish, Portuguese,
        -- Italian, German, Dutch, Polish, Swedish, Danish, Norwegian,
        -- Russian, Ukrainian, Chinese, Japanese, Korean: not the
        -- recipient's full mailbox the quota words of the rule above
        -- would otherwise say
        r("intl.any.sending-limit", "ratelimited", {
            "quota d'envoi", "limite d'envoi", "limites d'envoi", "cuota de envío",
            -- the daily or SMTP quota in French ("Quota SMTP journalier
            -- dépassé")
            "quota journalier", "quota quotidien", "quota smtp",
            "limite journalière", "limite quotidienne",
            "límite de envío", "limite de envío", "limite de envio",
            "limite di invio", "quota di invio", "versandlimit",
            "sendelimit", "sendekontingent", "limit wysyłania",
            "limitu wysyłania", "limit wysyłki", "sändningsgräns",
            "sendegrænse", "发信量", "发送量", "發送量", "发信频率", "发送频率",
            "外发频率", "外發頻率", "送信数の上限", "送信制限",
            -- German "the limit for sending" (Gmail's "Sie haben das Limit
            -- zum Senden von E-Mails erreicht")
            "limit zum senden", "limit für das senden",
            -- the account's sending limit or its recipients per message
            -- (Gmail's sending-limit notices as its help pages translate
            -- them: German, French, Spanish, Portuguese, Italian, Dutch,
            -- Russian, Ukrainian, Japanese, Chinese, Korean), and the
            -- sending frequency in Traditional Chinese (a Tencent
            -- reseller's "發信頻率 ... 超過 ... 限制")
            "sendebeschränkung", "sendebeschraenkung", "empfängerzahl",
            "empfaengerzahl", "nombre maximal de destinataires",
            "límite para enviar", "limite para enviar",
            "número máximo de destinatarios", "número máximo de destinatários",
            "numero massimo di destinatari", "verzendlimiet",
            "ограничение на отправку", "лимит на отправку", "лимит отправки",
            "ограничение на количество получателей", "ліміт для надсилання",
            "ліміт надсилання", "максимальну кількість одержувачів",
            "制限数に達し", "受信者数の上限", "受信数の制限", "发送上限",
            "發送上限", "收件人数量超过上限", "收件人數量超過上限", "转发上限",
            "轉發上限", "發信量", "發信頻率", "發送頻率", "발송 제한", "전송 한도",
            -- a daily limit in Polish, the sending limit in Japanese
            "limit dzienny", "dzienny limit", "送信上限", "1日の送信",
            -- the sending limit in Greek (Gmail's "Συμπληρώθηκε το όριο
            -- αποστολής αλληλογραφίας"), Turkish, Czech, Hungarian,
            -- Romanian, Finnish and Vietnamese
            "όριο αποστολής", "ορίου αποστολής",
            "gönderim limiti", "gönderme sınırı", "gönderim sınırı",
            "limit odesílání", "limit pro odesílání", "küldési korlát",
            "küldési limit", "limita de trimitere", "lähetysraja",
            "giới hạn gửi",
            -- sending over the limit in Chinese ("发信超限")
            "发信超限", "发送超限", "發信超限", "發送超限",
        }, {
            examples = {
                { reply = "Συμπληρώθηκε το όριο αποστολής αλληλογραφίας",
                  source = "https://support.google.com/mail/answer/22839?hl=el (Gmail help in Greek: the sending limit reached)" },
                { reply = "Vous avez atteint une des limites d'envoi Gmail.",
                  source = "https://support.google.com/a/answer/166852?hl=fr (Gmail's sending limits in French)" },
                { reply = "Sie haben die maximale Empfängerzahl überschritten.",
                  source = "https://support.google.com/a/answer/166852?hl=de&from=166862&rd=1 (Gmail's sending limits: the notices a user sees)" },
                { reply = "送信できるメールの制限数に達しました",
                  source = "https://support.google.com/a/answer/166852?hl=ja (the same in Japanese)" },
                { reply = "出錯原因:該服務器IP的發信頻率大幅度超過騰訊企業郵箱限制。",
                  source = "http://ydadm.com/news_in/335 (a Tencent Exmail reseller quoting its bounce explanation)" },
                { reply = "Przekroczony limit dzienny wysyłki (quota konta Microsoft)",
                  source = "code index file id 56130627144 (a Polish app's text for Microsoft Graph's ErrorSubmissionQuotaExceeded)" },
                { reply = "送信用アカウントの1日の送信上限に達しました。翌日まで待つか、1日の上限を下げてください",
                  source = "code index file id 70167647510 (a Japanese outreach tool's text for a daily sending limit reached)" },
                { reply = "Quota d'envoi de mails dépassé",
                  source = "https://github.com/roundcube/roundcubemail/issues/5908 (Free's webmail error: the sender's sending quota)" },
                { reply = "552 5.7.1 Quota SMTP journalier dépassé",
                  source = "code index file id 66559925556 (a Python relay, French: the account's daily SMTP quota used up)" },
                { reply = "Przekroczono limit wysyłania i odbierania poczty",
                  source = "https://pomoc.poczta.onet.pl/baza-wiedzy/co-zrobic-w-przypadku-odeslanych-lub-odrzuconych-e-maili/ (Onet: the sending and receiving limit was exceeded)" },
                { reply = "发信量超过一段时间内向对方服务器发送的最大邮件量限制,被对方服务拒绝",
                  source = "http://aliyuntx.com/news_in/351 (Chinese reseller page: too many messages sent to that server in a period, 554)" },
            },
        }),

        -- the server limits or restricts sending (for now), in Czech,
        -- German, Spanish, French, Italian, Portuguese, Polish and
        -- Russian: the limiting verb and the word for sending apart
        -- ("E-mailový server dočasně limituje odesílání", "Der
        -- E-Mail-Server begrenzt vorübergehend das Senden"): our volume
        r("intl.any.limits-sending", "ratelimited", {
            "limituje", "omezuje", "begrenzt", "beschränkt", "limita ",
            "limite ", "restringe", "ogranicza", "ограничивает", "ограничил"
        }, {
            all = { {
                "odesílání", "odesilani", "senden", "versand", "envíos",
                "envios", "envío", "envoi", "invio", "invii", "envio",
                "wysyłk", "wysylk", "wysyłan", "отправк"
            } },
            -- (a size limited is the message's: "taille limite d'envoi")
            none = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
                "taille", "tamaño", "tamano", "tamanho", "größe", "grösse",
                "groesse", "dimension", "rozmiar", "velikost", "размер", "size"
            }),
            examples = {
                { reply = "E-mailový server dočasně limituje odesílání. Počkejte chvíli a zkuste to znovu.",
                  source = "code index file id 60455435373 (an app's Czech text for 421, 452, rate limit, throttling)" },
                { reply = "El servidor limita temporalmente los envíos. Espera un momento e inténtalo de nuevo.",
                  source = "code index file id 60455435373 (the same in Spanish)" },
            },
        }),

        -- a limit exceeded, in German, French, Spanish, Italian,
        -- Portuguese, Dutch, Swedish, Polish, Russian, Chinese, Japanese
        -- and Korean (the limit's word and "exceeded" apart), after the
        -- sending limit's own words above: our volume
        -- (Gmail's 450 4.2.1 "Peak SMTP relay limit exceeded",
        -- translated); a limit of the size, the storage, the mailbox or
        -- the time refuses it (the message too big, the mailbox full, a
        -- timeout), as does the recipient's word (a recipient's limit is
        -- the mailbox's or the address's)
        r("intl.any.limit", "ratelimited", {
            "beschränkung", "beschraenkung", "limit", "límite", "limiet",
            "gräns", "лимит", "限制", "上限", "制限", "한도"
        }, {
            all = { {
                "überschritten", "ueberschritten", "excedid", "dépassé",
                "depasse", "superat", "superad", "ultrapassad",
                "overschreden", "överskrid", "przekroczon", "превышен",
                "超出", "超过", "超過", "を超え", "초과"
            } },
            none = r.with(r.with(r.ADDRESS, r.INTL_ADDRESS), {
                "größe", "grösse", "groesse", "taille", "tamaño", "tamano",
                "tamanho", "dimension", "grootte", "storlek", "rozmiar",
                "размер", "大小", "サイズ", "크기", "speicher", "stockage",
                "almacenamiento", "armazenamento", "archiviazione", "opslag",
                "lagring", "存储", "存儲", "容量", "quot", "cuota", "cota",
                "kvot", "квот", "配额", "postfach", "posteingang", "mailbox",
                "boîte", "boite", "caixa", "buzón", "buzon", "casella",
                "brievenbus", "postvak", "postlåda", "skrzynk", "ящик",
                "邮箱", "郵箱", "信箱", "收件箱", "メールボックス", "메일함",
                "사서함",
                -- a time limit (a timeout), not a volume: "Zeitlimit
                -- überschritten" (but "temporário", "tijdelijk",
                -- "tymczasowo" and a limit per hour stay a volume's)
                "zeitlimit", "zeitüberschreitung", "límite de tiempo",
                "tiempo de espera", "limite de temps", "délai", "tempo limite",
                "tempo esgotado", "tempo de espera", "tijdslimiet",
                "tidsgräns", "limit czasu", "лимит времени", "время ожидания",
                "超时", "超時", "タイムアウト", "시간 초과", "timeout"
            }),
            examples = {
                { reply = "450 4.2.1 SMTP-Relay-Dienst-Höchstbeschränkung für diesen Kunden überschritten. Das ist ein vorübergehender Fehler.",
                  source = "https://support.google.com/a/answer/3726730?hl=de&ref_topic=7279058 (Gmail's 450 4.2.1 relay limit in German)" },
                { reply = "450 4.2.1 此客户的最高 SMTP 中继量超出限制。此错误是暂时性的。",
                  source = "https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=zh-cn (the same in Chinese)" },
            },
        }),
    },
}
