/*
** sb_prose_words.h -- the phrases sb_prose.c looks for: those that name
** an SMTP phase, and the marker lines of each family of prose bounce
** (what names the family, where recipients are listed, where a
** diagnostic for all of them follows, where the returned message
** starts).  Data only, included by sb_prose.c alone.
*/

#ifndef SB_PROSE_WORDS_H
#define SB_PROSE_WORDS_H

typedef struct PhaseWord {
  const char *w;      /* lowercase phrase */
  unsigned char len;  /* its length */
  unsigned char phase;  /* sb_phase */
} PhaseWord;

#define PW(w, p)  { w, sizeof(w) - 1, p }
static const PhaseWord phase_words[] = {
  /* Postfix: "(in reply to RCPT TO command)" */
  PW("in reply to rcpt to command", SB_PHASE_RCPT),
  PW("in reply to mail from command", SB_PHASE_MAIL),
  PW("in reply to end of data command", SB_PHASE_EOD),
  PW("in reply to data command", SB_PHASE_DATA),
  PW("in reply to ehlo command", SB_PHASE_HELO),
  PW("in reply to helo command", SB_PHASE_HELO),
  PW("in reply to lhlo command", SB_PHASE_HELO),
  PW("in reply to starttls command", SB_PHASE_HELO),
  PW("in reply to auth command", SB_PHASE_HELO),
  PW("in reply to bdat command", SB_PHASE_EOD),
  PW("while receiving the initial server greeting", SB_PHASE_CONNECT),
  /* Exim: "SMTP error from remote mail server after RCPT TO:<x>:" */
  PW("after pipelined rcpt to", SB_PHASE_RCPT),
  PW("after rcpt to", SB_PHASE_RCPT), PW("after rcpt", SB_PHASE_RCPT),
  PW("after pipelined mail from", SB_PHASE_MAIL),
  PW("after mail from", SB_PHASE_MAIL), PW("after end of data", SB_PHASE_EOD),
  PW("after sending data block", SB_PHASE_EOD),
  PW("after pipelined data", SB_PHASE_DATA), PW("after data", SB_PHASE_DATA),
  PW("after initial connection", SB_PHASE_CONNECT),
  PW("after ehlo", SB_PHASE_HELO), PW("after helo", SB_PHASE_HELO),
  PW("after starttls", SB_PHASE_HELO), PW("after auth", SB_PHASE_HELO),
  /* qmail-remote */
  PW("does not like recipient", SB_PHASE_RCPT),
  PW("but sender was rejected", SB_PHASE_MAIL),
  PW("failed after i sent the message", SB_PHASE_EOD),
  PW("failed on data command", SB_PHASE_DATA),
  PW("but greeting failed", SB_PHASE_CONNECT),
  PW("but my name was rejected", SB_PHASE_HELO),
  /* Yahoo's tags after the reply */
  PW("[rcpt_to]", SB_PHASE_RCPT), PW("[mail_from]", SB_PHASE_MAIL),
  PW("[body]", SB_PHASE_EOD), PW("[data]", SB_PHASE_DATA),
  /* SMTP transcripts (sendmail, Courier): the command sent */
  PW(">>> rcpt to", SB_PHASE_RCPT), PW(">>> mail from", SB_PHASE_MAIL),
  PW(">>> data", SB_PHASE_DATA), PW(">>> .", SB_PHASE_EOD),
  PW(">>> ehlo", SB_PHASE_HELO), PW(">>> helo", SB_PHASE_HELO),
  PW(">>> starttls", SB_PHASE_HELO),
  /* MDaemon transcripts */
  PW("--> rcpt to", SB_PHASE_RCPT), PW("--> mail from", SB_PHASE_MAIL),
  PW("--> data", SB_PHASE_DATA), PW("--> .", SB_PHASE_EOD),
  PW("--> ehlo", SB_PHASE_HELO),
  /* others */
  PW("during rcpt to", SB_PHASE_RCPT), PW("during mail from", SB_PHASE_MAIL),
  PW("in response to rcpt to", SB_PHASE_RCPT),
  PW("in response to mail from", SB_PHASE_MAIL),
  PW("in response to end of data", SB_PHASE_EOD),
  PW("in response to data", SB_PHASE_DATA),
};
#undef PW


enum {
  FAM_NONE = 0, FAM_QMAIL, FAM_POSTFIX, FAM_EXIM, FAM_SENDMAIL,
  FAM_EXCHANGE, FAM_GMAIL, FAM_YAHOO, FAM_DOMINO, FAM_COURIER,
  FAM_MDAEMON, FAM_MESSAGELABS, FAM_MIMECAST, FAM_MAILENABLE,
  FAM_MAILMARSHAL, FAM_TONLINE, FAM_OPENSMTPD, FAM_SMARTERMAIL,
  FAM_MSGSERVER, FAM_JAMES, FAM_COMMUNIGATE, FAM_GENERIC,
  FAM_MAX
};

static const char *const fam_names[] = {
  NULL, "qmail", "postfix", "exim", "sendmail", "exchange", "gmail",
  "yahoo", "domino", "courier", "mdaemon", "messagelabs", "mimecast",
  "mailenable", "mailmarshal", "tonline", "opensmtpd", "smartermail",
  "messagingserver", "james", "communigate",
  "generic"
};
/* one name a family (the build fails when the two lists differ) */
typedef char fam_names_check[sizeof fam_names / sizeof fam_names[0] == FAM_MAX
                             ? 1 : -1];

/* what a marker line does (Marker.flags) */
#define M_LIST    0x01  /* recipients follow */
#define M_SHARED  0x02  /* a diagnostic for all recipients follows */
#define M_TEMP    0x04  /* still being retried */
#define M_PERM    0x08  /* given up */
#define M_STOP    0x10  /* the returned message starts: stop reading */
#define M_START   0x20  /* only at the start of a (trimmed) line */
#define M_INLINE  0x40  /* the recipient follows on the same line */
#define M_WEAK    0x80  /* names the family only if nothing else does */
#define M_OK      0x100 /* a notice of success: no failure unless said */
#define M_NAMES   0x200 /* a name alone may follow as the first recipient
                           (Exchange 2007 and later: bare_name) */

typedef struct Marker {
  const char *w;        /* lowercase phrase */
  unsigned char len;    /* its length */
  unsigned char fam;    /* family it names, or FAM_NONE */
  unsigned short flags; /* M_* */
} Marker;

/* a reply's separator ("-----Original Message-----"): a stop only where
   the line is not quoted ('>'): a person's reply quotes older mails under
   it, and a notice quoted below them is still read */
#define M_QSEP    0x400
#if !defined(SB_PROSE_QHDR)
#define SB_PROSE_QHDR  12  /* the lines of the header block under it */
#endif

/* does marker m stop the reading on the line that starts (trimmed, its
   quote marks still on) at s[b] */
static int marker_stops (const Marker *m, const char *s, size_t b, size_t e) {
  return (m->flags & M_STOP) && !((m->flags & M_QSEP) && b < e && s[b] == '>');
}

#define MK(w, f, fl)  { w, sizeof(w) - 1, f, fl }
static const Marker markers[] = {
  /* qmail-send.c, qmail-remote.c, vpopmail, qmail-ldap */
  MK("this is the qmail-send program at", FAM_QMAIL, 0),
  MK("i'm afraid i wasn't able to deliver your message", FAM_QMAIL, M_LIST),
  MK("this is a permanent error; i've given up", FAM_QMAIL, M_PERM | M_LIST),
  MK("su mensaje no pudo ser entregado", FAM_QMAIL, M_LIST),
  MK("--- below this line is a copy of the message", FAM_NONE, M_STOP),
  MK("--- enclosed are the original headers of the message", FAM_NONE, M_STOP),
  /* Yahoo (a qmail descendant) */
  MK("sorry, we were unable to deliver your message to the following",
     FAM_YAHOO, M_LIST | M_PERM),
  MK("message from yahoo.com", FAM_YAHOO, 0),
  MK("unable to deliver message to the following address", FAM_YAHOO, M_LIST),
  /* Postfix bounce templates (bounce.cf.default) */
  MK("this is the mail system at host", FAM_POSTFIX, 0),
  MK("this is the postfix program at host", FAM_POSTFIX, 0),
  MK("i'm sorry to have to inform you that your message could not",
     FAM_POSTFIX, M_PERM | M_LIST),
  MK("this is a warning only.", FAM_POSTFIX, M_TEMP | M_LIST),
  MK("your message could not be delivered for more than", FAM_POSTFIX,
     M_TEMP | M_LIST),
  MK("the mail system", FAM_NONE, M_START | M_LIST),
  MK("your message was successfully delivered to the destination", FAM_POSTFIX,
     M_OK),
  MK("your message was relayed to the destination", FAM_POSTFIX, M_OK),
  /* Exim (src/deliver.c, exim_bounce and warn messages) */
  MK("this message was created automatically by mail delivery software",
     FAM_EXIM, 0),
  MK("the following address(es) failed:", FAM_EXIM, M_LIST | M_PERM),
  MK("the following addresses failed:", FAM_NONE, M_LIST | M_PERM),
  MK("the following address failed:", FAM_NONE, M_LIST | M_PERM),
  MK("this is a permanent error. the following address", FAM_EXIM,
     M_LIST | M_PERM),
  MK("has not yet been delivered to one or more", FAM_EXIM, M_TEMP),
  MK("message has not yet been delivered is:", FAM_EXIM, M_LIST | M_TEMP),
  MK("message has not yet been delivered are:", FAM_EXIM, M_LIST | M_TEMP),
  MK("no action is required on your part. delivery attempts", FAM_EXIM,
     M_TEMP),
  /* Exim's lead-in to what a delivery attempt printed (under
     "------ a@b ------"): no diagnostic itself */
  MK("the following text was generated during the delivery attempt", FAM_EXIM, 0),
  MK("------ this is a copy of the message", FAM_NONE, M_STOP),
  MK("------ this is a copy of the body of the message", FAM_NONE, M_STOP),
  MK("------ the body of the message is", FAM_NONE, M_STOP),
  /* sendmail (savemail.c, deliver.c) */
  MK("the following addresses had permanent fatal errors",
     FAM_SENDMAIL, M_LIST | M_PERM),
  MK("the following addresses had transient non-fatal errors",
     FAM_SENDMAIL, M_LIST | M_TEMP),
  /* sendmail 8.7-8.8: each address then "(unrecoverable error)" or
     "(transient failure)" (sendmail_note, sb_prose_diag.h) */
  MK("the following addresses had delivery problems", FAM_SENDMAIL, M_LIST),
  MK("transcript of session follows", FAM_SENDMAIL,
     M_LIST | M_SHARED),
  MK("this is a warning message only", FAM_SENDMAIL, M_TEMP),
  MK("warning: message still undelivered after", FAM_SENDMAIL, M_TEMP),
  MK("the original message was received at", FAM_SENDMAIL, M_WEAK),
  MK("----- original message follows -----", FAM_NONE, M_STOP),
  MK("----- unsent message follows -----", FAM_NONE, M_STOP),
  MK("----- message header follows -----", FAM_NONE, M_STOP),
  MK("----- returned message follows -----", FAM_NONE, M_STOP),
  /* Microsoft Exchange, Microsoft 365, Outlook.com */
  MK("delivery has failed to these recipients or groups", FAM_EXCHANGE,
     M_LIST | M_PERM | M_NAMES),
  MK("delivery is delayed to these recipients or groups", FAM_EXCHANGE,
     M_LIST | M_TEMP | M_NAMES),
  /* Exchange 2007's first wording */
  MK("delivery has failed to these recipients or distribution lists",
     FAM_EXCHANGE, M_LIST | M_PERM | M_NAMES),
  MK("delivery is delayed to these recipients or distribution lists",
     FAM_EXCHANGE, M_LIST | M_TEMP | M_NAMES),
  MK("diagnostic information for administrators", FAM_EXCHANGE, M_LIST),
  /* Microsoft 365's sections over the message's sender and recipient
     ("Recipient Address:") and the error */
  MK("original message details", FAM_EXCHANGE, 0),
  MK("couldn't deliver the message to the following recipient", FAM_EXCHANGE,
     M_LIST | M_PERM | M_INLINE),  /* Microsoft 365: "...recipients: a, b" */
  MK("could not deliver the message to the following recipient", FAM_EXCHANGE,
     M_LIST | M_PERM | M_INLINE),
  MK("your message did not reach some or all of the intended recipients",
     FAM_EXCHANGE, 0),
  MK("the following recipient(s) cannot be reached", FAM_EXCHANGE,
     M_LIST | M_PERM | M_INLINE),
  MK("the following recipient(s) could not be reached", FAM_EXCHANGE,
     M_LIST | M_PERM | M_INLINE),  /* Trend Micro: "...: a@b." */
  MK("your message to ", FAM_NONE, M_START | M_INLINE),
  MK("couldn't be delivered.", FAM_EXCHANGE, M_PERM | M_WEAK),
  /* ... in German ("Ihre Nachricht an a@b konnte nicht zugestellt
     werden." over "kim wurde nicht in example.org gefunden.") */
  MK("ihre nachricht an ", FAM_NONE, M_START | M_INLINE),
  MK("konnte nicht zugestellt werden.", FAM_NONE, M_PERM | M_WEAK),
  /* its diagnostic line under the address, pasted without the heading */
  MK("remote server returned '", FAM_EXCHANGE, M_WEAK),
  MK("original message headers:", FAM_NONE, M_STOP),
  /* ... in German (Microsoft's German Exchange documentation) */
  MK("diagnoseinformationen f\xc3\xbcr administratoren", FAM_EXCHANGE, M_LIST),
  MK("urspr\xc3\xbcngliche nachrichtenkopfzeilen", FAM_NONE, M_STOP),
  MK("-----original message-----", FAM_NONE, M_STOP | M_QSEP),
  /* Google */
  MK("delivery to the following recipient failed permanently",
     FAM_GMAIL, M_LIST | M_PERM),
  MK("delivery to the following recipients failed permanently",
     FAM_GMAIL, M_LIST | M_PERM),
  MK("delivery to the following recipient has been delayed",
     FAM_GMAIL, M_LIST | M_TEMP),
  MK("delivery to the following recipients has been delayed",
     FAM_GMAIL, M_LIST | M_TEMP),
  MK("technical details of permanent failure", FAM_GMAIL, M_SHARED | M_PERM),
  MK("technical details of temporary failure", FAM_GMAIL, M_SHARED | M_TEMP),
  MK("the error that the other server returned was", FAM_GMAIL, M_SHARED),
  MK("the response from the remote server was", FAM_GMAIL, M_SHARED),
  MK("the response was:", FAM_NONE, M_START | M_SHARED),
  MK("la respuesta fue:", FAM_NONE, M_START | M_SHARED),  /* Gmail, Spanish */
  MK("** address not found **", FAM_GMAIL, M_PERM),
  MK("** message not delivered **", FAM_GMAIL, M_PERM),
  MK("** message blocked **", FAM_GMAIL, M_PERM),
  MK("** delivery incomplete **", FAM_GMAIL, M_TEMP),
  MK("your message wasn't delivered to ", FAM_NONE, M_INLINE),
  MK("there was a temporary problem delivering your message to ", FAM_NONE,
     M_INLINE | M_TEMP),
  MK("temporary problem while delivering your message to ", FAM_NONE,
     M_INLINE | M_TEMP),
  MK("----- original message -----", FAM_NONE, M_STOP),
  /* HCL/IBM Domino */
  MK("was not delivered to:", FAM_DOMINO, M_LIST | M_PERM),
  MK("because:", FAM_NONE, M_START | M_SHARED),
  /* Courier */
  MK("running the courier mail server", FAM_COURIER, 0),
  MK("your message to the following recipients cannot be delivered",
     FAM_COURIER, M_LIST | M_PERM),
  MK("your message to the following recipients has been delayed",
     FAM_COURIER, M_LIST | M_TEMP),
  /* MDaemon and its SecurityGateway */
  MK("this message was undeliverable due to the following reason",
     FAM_GENERIC, M_LIST | M_PERM),
  MK("mdaemon delivery status notification", FAM_MDAEMON, 0),
  MK("the attached message had permanent fatal delivery errors", FAM_MDAEMON,
     M_PERM),
  MK("--- session transcript ---", FAM_NONE, M_SHARED),
  MK("*  to: ", FAM_NONE, M_START | M_INLINE),
  MK("failed address: ", FAM_NONE, M_START | M_INLINE),
  MK("mdaemon", FAM_MDAEMON, M_WEAK),
  /* MailEnable, Trustwave MailMarshal */
  MK("mailenable: message could not be delivered", FAM_MAILENABLE, M_PERM),
  MK("recipient: [smtp:", FAM_NONE, M_START | M_INLINE),
  MK("message contents follow", FAM_NONE, M_STOP | M_START),
  MK("could not be delivered because of", FAM_MAILMARSHAL, M_SHARED | M_PERM),
  MK("the following recipients were affected", FAM_MAILMARSHAL, M_LIST),
  /* T-Online */
  MK("------ failed addresses follow:", FAM_TONLINE, M_LIST | M_PERM),
  MK("------ message text follows:", FAM_NONE, M_STOP),
  /* Symantec Email Security.cloud (MessageLabs), Mimecast */
  MK("i was unable to deliver your message to the following addresses",
     FAM_MESSAGELABS, M_LIST | M_PERM),
  MK("the message you sent to ", FAM_NONE, M_START | M_INLINE),
  MK("couldn't be delivered due to:", FAM_MIMECAST, M_SHARED | M_PERM),
  /* "This is a delivery failure notification message indicating that /
     an email you addressed to email address : / -- a@b" (the address on
     a line of its own after the lead-in, any "-- " before it) */
  MK("delivery failure notification message", FAM_MIMECAST, M_PERM),
  MK("you addressed to email address", FAM_NONE, M_LIST | M_PERM),
  MK("you addressed to the following", FAM_NONE, M_LIST | M_PERM),
  /* a list manager's notice of the members its non-delivery reports named
     ("Because we received MANY non-delivery reports, the subsribers
     listed bellow have been removed from list l :", Sympa's spelling,
     and its French "les abonnes listes ci-dessous", accented) */
  MK("subscribers listed below", FAM_NONE, M_LIST | M_PERM),
  MK("subsribers listed bellow", FAM_NONE, M_LIST | M_PERM),
  MK("members listed below", FAM_NONE, M_LIST | M_PERM),
  MK("abonn\xc3\xa9s list\xc3\xa9s ci-dessous", FAM_NONE, M_LIST | M_PERM),
  /* OpenSMTPD (smtpd/bounce.c), old and new */
  MK("this is the mailer-daemon, please do not reply", FAM_OPENSMTPD, 0),
  MK("an error has occurred while attempting to deliver a message for",
     FAM_OPENSMTPD, M_LIST | M_PERM),
  MK("a message is delayed for more than", FAM_OPENSMTPD, M_LIST | M_TEMP),
  MK("recipient: ", FAM_NONE, M_START | M_INLINE),
  /* "Recipient:" in German, French, Spanish, Portuguese, Catalan, Dutch,
     the Nordic languages, Polish, Czech, Hungarian, Turkish, Russian,
     Bulgarian, Ukrainian, Chinese, Japanese, Korean, Indonesian,
     Vietnamese, Finnish, Croatian, Estonian */
  MK("empf\xc3\xa4nger: ", FAM_NONE, M_START | M_INLINE),
  MK("destinataire : ", FAM_NONE, M_START | M_INLINE),
  MK("destinataire: ", FAM_NONE, M_START | M_INLINE),
  MK("destinataire\xc2\xa0: ", FAM_NONE, M_START | M_INLINE),
  MK("adressaat: ", FAM_NONE, M_START | M_INLINE),
  MK("destinatario: ", FAM_NONE, M_START | M_INLINE),
  MK("destinat\xc3\xa1rio: ", FAM_NONE, M_START | M_INLINE),
  MK("destinatari: ", FAM_NONE, M_START | M_INLINE),
  MK("ontvanger: ", FAM_NONE, M_START | M_INLINE),
  MK("mottagare: ", FAM_NONE, M_START | M_INLINE),
  MK("modtager: ", FAM_NONE, M_START | M_INLINE),
  MK("mottaker: ", FAM_NONE, M_START | M_INLINE),
  MK("odbiorca: ", FAM_NONE, M_START | M_INLINE),
  MK("p\xc5\x99\xc3\xadjemce: ", FAM_NONE, M_START | M_INLINE),
  MK("c\xc3\xadmzett: ", FAM_NONE, M_START | M_INLINE),
  MK("al\xc4\xb1" "c\xc4\xb1: ", FAM_NONE, M_START | M_INLINE),
  MK("\xd0\x9f\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8c: ", FAM_NONE, M_START | M_INLINE),
  MK("\xd0\x9f\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb: ", FAM_NONE, M_START | M_INLINE),
  MK("\xd0\x9e\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87: ", FAM_NONE, M_START | M_INLINE),
  MK("\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xef\xbc\x9a", FAM_NONE, M_START | M_INLINE),
  MK("\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba: ", FAM_NONE, M_START | M_INLINE),
  /* Coremail's bilingual labels ("shoujianren/To : a@b") */
  MK("\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba/to :", FAM_NONE, M_START | M_INLINE),
  MK("\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba/to:", FAM_NONE, M_START | M_INLINE),
  MK("\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85\xef\xbc\x9a", FAM_NONE, M_START | M_INLINE),
  MK("\xe5\xae\x9b\xe5\x85\x88\xef\xbc\x9a", FAM_NONE, M_START | M_INLINE),
  MK("\xe5\xae\x9b\xe5\x85\x88: ", FAM_NONE, M_START | M_INLINE),
  MK("\xec\x88\x98\xec\x8b\xa0\xec\x9e\x90: ", FAM_NONE, M_START | M_INLINE),
  MK("\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c: ", FAM_NONE, M_START | M_INLINE),
  MK("penerima: ", FAM_NONE, M_START | M_INLINE),
  MK("ng\xc6\xb0\xe1\xbb\x9di nh\xe1\xba\xadn: ", FAM_NONE, M_START | M_INLINE),
  MK("vastaanottaja: ", FAM_NONE, M_START | M_INLINE),
  MK("primatelj: ", FAM_NONE, M_START | M_INLINE),
  MK("below is a copy of the original message", FAM_NONE, M_STOP),
  /* SmarterMail */
  MK("could not deliver message to the following recipient", FAM_SMARTERMAIL,
     M_LIST | M_PERM),
  MK("failed recipient: ", FAM_NONE, M_START | M_INLINE),
  /* Sun / Oracle Communications Messaging Server */
  MK("this report relates to a message you sent", FAM_MSGSERVER, 0),
  MK("your message cannot be delivered to the following recipients",
     FAM_NONE, M_LIST | M_PERM),
  MK("recipient address: ", FAM_NONE, M_START | M_INLINE),
  /* (the address the sender wrote, beside the one an alias gave) */
  MK("original address: ", FAM_NONE, M_START | M_INLINE),
  /* CommuniGate Pro */
  MK("failed to deliver to '", FAM_COMMUNIGATE, M_INLINE | M_PERM),
  MK("smtp module(domain ", FAM_COMMUNIGATE, M_WEAK),
  /* Apache James */
  MK("this is the james mail server", FAM_JAMES, 0),
  MK("failed recipient(s):", FAM_NONE, M_LIST),
  MK("error message:", FAM_NONE, M_START | M_SHARED),
  /* Exchange 5.5 IMS, and the headings of Exchange's localised NDRs
     (German, French, Spanish, Dutch, Italian, Portuguese) */
  MK("did not reach the following recipient(s)", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("fehler bei der zustellung an folgende empf\xc3\xa4nger oder gruppen",
     FAM_EXCHANGE, M_LIST | M_PERM),
  MK("la remise aux destinataires ou groupes suivants a "
     "\xc3\xa9\x63hou\xc3\xa9",
     FAM_EXCHANGE, M_LIST | M_PERM),
  MK("error en la entrega a estos destinatarios o grupos", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("bezorging is mislukt voor deze ontvangers of groepen", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("recapito non riuscito a questi destinatari o gruppi", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("falha na entrega para estes destinat\xc3\xa1rios ou grupos",
     FAM_EXCHANGE, M_LIST | M_PERM),
  /* ... and as Microsoft 365 words them now (Spanish "No se pudo
     entregar a ...", French "\xc3\x89\x63hec de la remise pour ...",
     Portuguese "A entrega falhou para ..."), and its delay notice in
     Spanish */
  MK("se pudo entregar a estos destinatarios o grupos", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("de la remise pour ces destinataires ou groupes", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("a entrega falhou para estes destinat\xc3\xa1rios ou grupos",
     FAM_EXCHANGE, M_LIST | M_PERM),
  MK("se retras\xc3\xb3 la entrega a estos destinatarios o grupos",
     FAM_EXCHANGE, M_LIST | M_TEMP),
  MK("one or more of following addresses was unreachable", FAM_NONE, M_LIST),
  /* the list heading of Exchange 5.5-2003 and Outlook reports in other
     languages ("Impossible de joindre le(s) destinataire(s) suivant(s)",
     "... hat folgende Empf\xc3\xa4nger nicht erreicht", "... los
     siguientes destinatarios", "... i seguenti destinatari", "... de
     volgende ontvanger(s)", "... os seguintes destinat\xc3\xa1rios") */
  MK("destinataire(s) suivant(s)", FAM_EXCHANGE, M_LIST | M_PERM),
  MK("empf\xc3\xa4nger nicht erreicht", FAM_EXCHANGE, M_LIST | M_PERM),
  MK("siguientes destinatarios", FAM_NONE, M_LIST | M_PERM),
  MK("seguenti destinatari", FAM_NONE, M_LIST | M_PERM),
  MK("volgende ontvanger", FAM_NONE, M_LIST | M_PERM),
  MK("seguintes destinat\xc3\xa1rios", FAM_NONE, M_LIST | M_PERM),
  /* ... the adjective after the noun ("No se puede localizar a los
     destinatarios siguientes:"), and Outlook's Spanish opening line */
  MK("destinatarios siguientes", FAM_NONE, M_LIST | M_PERM),
  MK("destinatari seguenti", FAM_NONE, M_LIST | M_PERM),
  MK("destinat\xc3\xa1rios seguintes", FAM_NONE, M_LIST | M_PERM),
  /* Exim's "The following address(es) failed:" as a hosting panel's
     Spanish text gives it ("La siguiente direcci\xc3\xb3n (es) fall\xc3\xb3 :") */
  MK("siguiente direcci\xc3\xb3n (es) fall", FAM_EXIM, M_LIST | M_PERM),
  MK("algunos de los destinatarios no recibieron su mensaje", FAM_EXCHANGE,
     0),
  /* Exchange's 'Diagnostic information for administrators' and
     'Original message headers' in Dutch, French, Spanish, Italian,
     Portuguese, the Nordic languages, Polish, Czech, Russian, Japanese,
     Chinese, Korean */
  MK("diagnostische gegevens voor beheerders", FAM_EXCHANGE, M_LIST),
  MK("informations de diagnostic pour les administrateurs", FAM_EXCHANGE, M_LIST),
  MK("informaci\xc3\xb3n de diagn\xc3\xb3stico para administradores", FAM_EXCHANGE, M_LIST),
  MK("informazioni di diagnostica per gli amministratori", FAM_EXCHANGE, M_LIST),
  MK("informa\xc3\xa7\xc3\xb5\x65s de diagn\xc3\xb3stico para administradores", FAM_EXCHANGE, M_LIST),
  MK("diagnostisk information f\xc3\xb6r administrat\xc3\xb6rer", FAM_EXCHANGE, M_LIST),
  MK("diagnosticeringsoplysninger til administratorer", FAM_EXCHANGE, M_LIST),
  MK("diagnostikkinformasjon for administratorer", FAM_EXCHANGE, M_LIST),
  MK("informacje diagnostyczne dla administrator\xc3\xb3w", FAM_EXCHANGE, M_LIST),
  MK("diagnostick\xc3\xa9 informace pro spr\xc3\xa1vce", FAM_EXCHANGE, M_LIST),
  MK("\xd0\x94\xd0\xb8\xd0\xb0\xd0\xb3\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8\xd1\x87\xd0\xb5\xd1\x81\xd0\xba\xd0\xb8\xd0\xb5 \xd1\x81\xd0\xb2\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb0\xd0\xb4\xd0\xbc\xd0\xb8\xd0\xbd\xd0\xb8\xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb2", FAM_EXCHANGE, M_LIST),
  MK("\xe7\xae\xa1\xe7\x90\x86\xe8\x80\x85\xe5\x90\x91\xe3\x81\x91\xe3\x81\xae\xe8\xa8\xba\xe6\x96\xad\xe6\x83\x85\xe5\xa0\xb1", FAM_EXCHANGE, M_LIST),
  MK("\xe7\xae\xa1\xe7\x90\x86\xe5\x91\x98\xe7\x9a\x84\xe8\xaf\x8a\xe6\x96\xad\xe4\xbf\xa1\xe6\x81\xaf", FAM_EXCHANGE, M_LIST),
  MK("\xea\xb4\x80\xeb\xa6\xac\xec\x9e\x90\xec\x9a\xa9 \xec\xa7\x84\xeb\x8b\xa8 \xec\xa0\x95\xeb\xb3\xb4", FAM_EXCHANGE, M_LIST),
  MK("oorspronkelijke berichtkoppen", FAM_NONE, M_STOP),
  MK("en-t\xc3\xaates de message d'origine", FAM_NONE, M_STOP),
  MK("encabezados del mensaje original", FAM_NONE, M_STOP),
  MK("intestazioni originali del messaggio", FAM_NONE, M_STOP),
  MK("cabe\xc3\xa7\x61lhos da mensagem original", FAM_NONE, M_STOP),
  MK("ursprungliga meddelandehuvuden", FAM_NONE, M_STOP),
  MK("oryginalne nag\xc5\x82\xc3\xb3wki wiadomo\xc5\x9b\x63i", FAM_NONE, M_STOP),
  MK("\xd0\x98\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xb7\xd0\xb0\xd0\xb3\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xb2\xd0\xba\xd0\xb8 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f", FAM_NONE, M_STOP),
  MK("kan niet worden bezorgd bij de volgende geadresseerden", FAM_EXCHANGE,
     M_LIST | M_PERM),
  MK("rejected your message to the following email address", FAM_EXCHANGE,
     M_LIST | M_PERM),

  /* Exchange 2000/2003 in German and French */
  MK("folgende(r) empf\xc3\xa4nger konnte(n) nicht erreicht werden",
     FAM_EXCHANGE, M_LIST | M_PERM),
  MK("impossible de joindre le(s) destinataire(s) suivant(s)", FAM_EXCHANGE,
     M_LIST | M_PERM),
  /* ... Exchange 5.x's German plural ("Folgende Empf\xc3\xa4nger konnten
     nicht erreicht werden:"), also where a wrong charset left '?' for
     the umlaut */
  MK("konnten nicht erreicht werden:", FAM_EXCHANGE, M_LIST | M_PERM),
  /* older Exim, 1&1, Postfix, Lotus Notes, Gmail wordings */
  MK("smtp error from remote mail", FAM_EXIM, M_WEAK),
  MK("--- the header of the original message is following", FAM_NONE,
     M_STOP),
  MK("the postfix program", FAM_POSTFIX, M_START | M_LIST),
  MK("------- failure reasons", FAM_DOMINO, M_LIST | M_SHARED | M_PERM),
  MK("------- returned message", FAM_NONE, M_STOP),
  MK("your message couldn't be delivered to ", FAM_GMAIL, M_INLINE | M_PERM),
  /* XMail (SMTPDeliver.cpp, the bounce's "[<00>] XMail bounce:
     Rcpt=[a@b];Error=[...]" and "[<05>]" sections) */
  MK("xmail bounce: rcpt=", FAM_GENERIC, 0),
  /* Coremail's heading, in Chinese ("nin de youjian bei tuihui lai le")
     and in the English it writes beside it */
  MK("\xe6\x82\xa8\xe7\x9a\x84\xe9\x82\xae\xe4\xbb\xb6\xe8\xa2\xab\xe9\x80\x80\xe5\x9b\x9e\xe6\x9d\xa5\xe4\xba\x86",
     FAM_GENERIC, M_PERM | M_WEAK),
  MK("sorry, your mail is returned", FAM_GENERIC, M_PERM | M_WEAK),
  /* and its footer, where the notice ends (at a line's start: a
     flattened preview runs the whole notice into one line) */
  MK("this message is generated by coremail", FAM_NONE, M_STOP | M_START),
  MK("here is listed the initial part of the message", FAM_NONE, M_STOP),
  /* wordings shared by several MTAs */
  MK("the following addresses had delivery problems", FAM_NONE, M_LIST),
  MK("the following recipients could not be reached", FAM_NONE,
     M_LIST | M_PERM),
  MK("the following recipient address(es) could not be reached", FAM_NONE,
     M_LIST | M_PERM),  /* IONOS / 1&1 */
  MK("the following destination addresses were unknown", FAM_NONE,
     M_LIST | M_PERM),
  MK("was undeliverable to the following", FAM_NONE,
     M_LIST | M_PERM | M_NAMES),
  /* a list under "... of your recipients failed to receive your
     message(s):" (English, German: "... haben Ihre Nachricht(en) nicht
     erhalten:") */
  MK("failed to receive your message", FAM_NONE, M_LIST | M_PERM),
  MK("did not receive your message", FAM_NONE, M_LIST | M_PERM),
  MK("ihre nachricht(en) nicht erhalten", FAM_NONE, M_LIST | M_PERM),
  MK("ihre nachricht nicht erhalten", FAM_NONE, M_LIST | M_PERM),
  MK("could not be delivered to the following address", FAM_NONE,
     M_LIST | M_PERM),
  MK("was not delivered to the following recipient", FAM_NONE,
     M_LIST | M_PERM),
  MK("not delivered to the following", FAM_NONE, M_LIST | M_PERM),
  MK("could not be delivered to:", FAM_NONE, M_LIST | M_PERM),
  MK("each of the following recipients was rejected", FAM_NONE,
     M_LIST | M_PERM),
  MK("your message could not be delivered to the following recipients",
     FAM_NONE, M_LIST | M_PERM),
  MK("unable to deliver to receipient on remote mail host", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("unable to deliver to recipient on remote mail host", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("these recipients of your message have been processed by the mail",
     FAM_GENERIC, M_LIST),
  MK("the following message to <", FAM_NONE, M_INLINE),
  MK("could not be delivered to the following recipients", FAM_GENERIC,
     M_LIST | M_PERM),
  /* "We could not deliver the attached mail for the following
     recipients." (Purelymail), "... the attached message to ..." */
  MK("could not deliver the attached mail", FAM_GENERIC, M_LIST | M_PERM),
  MK("could not deliver the attached message", FAM_GENERIC, M_LIST | M_PERM),
  MK("delivery to the following recipients failed", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("unable to deliver your message to the following address", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("the following recipients did not receive", FAM_GENERIC,
     M_LIST | M_PERM),
  MK("message headers follow", FAM_NONE, M_STOP),
  MK("original message follows", FAM_NONE, M_STOP | M_START),
  MK("--- original message follows", FAM_NONE, M_STOP),
  MK("--- mensaje original adjunto", FAM_NONE, M_STOP),
  MK("received: from ", FAM_NONE, M_STOP | M_START),
  /* what any MTA says of a message it still retries, or gave up on
     (the line is read on: M_WEAK) */
  MK("the following address(es) deferred", FAM_EXIM, M_LIST | M_TEMP),
  MK("address(es) failed:", FAM_NONE, M_LIST | M_PERM),  /* wrapped */
  MK("this is a temporary error", FAM_NONE, M_TEMP | M_WEAK),
  MK("will be reattempted", FAM_NONE, M_TEMP | M_WEAK),
  MK("will keep trying", FAM_NONE, M_TEMP | M_WEAK),
  /* early OpenSMTPD: "You ran into a TEMPORARY FAILURE, ..." over "The
     following recipients caused a temporary failure:" */
  MK("ran into a temporary failure", FAM_NONE, M_TEMP | M_WEAK),
  MK("caused a temporary failure", FAM_NONE, M_TEMP | M_WEAK),
  MK("still trying", FAM_NONE, M_TEMP | M_WEAK),
  MK("will be retried", FAM_NONE, M_TEMP | M_WEAK),
  MK("failed permanently:", FAM_NONE, M_PERM | M_WEAK),  /* a list's heading
     after one of those retried ("Recipients that failed permanently:") */
  MK("will retry", FAM_NONE, M_TEMP | M_WEAK),
  MK("will try again", FAM_NONE, M_TEMP | M_WEAK),
  MK("will continue to try", FAM_NONE, M_TEMP | M_WEAK),
  MK("will continue trying", FAM_NONE, M_TEMP | M_WEAK),
  MK("will continue attempting", FAM_NONE, M_TEMP | M_WEAK),  /* Citadel */
  MK("will continue to attempt", FAM_NONE, M_TEMP | M_WEAK),
  MK("delivery attempts will continue", FAM_NONE, M_TEMP | M_WEAK),
  MK("has been delayed", FAM_NONE, M_TEMP | M_WEAK),
  MK("still undelivered after", FAM_NONE, M_TEMP | M_WEAK),
  MK("not been delivered yet", FAM_NONE, M_TEMP | M_WEAK),
  MK("wird erneut versucht", FAM_NONE, M_TEMP | M_WEAK),
  MK("wird weiterhin versucht", FAM_NONE, M_TEMP | M_WEAK),
  MK("se volver\xc3\xa1 a intentar", FAM_NONE, M_TEMP | M_WEAK),
  MK("wordt opnieuw geprobeerd", FAM_NONE, M_TEMP | M_WEAK),
  MK("verr\xc3\xa0 ritentat", FAM_NONE, M_TEMP | M_WEAK),
  MK("been deferred", FAM_NONE, M_TEMP | M_WEAK),
  MK("been defered", FAM_NONE, M_TEMP | M_WEAK),  /* MasqMail's spelling */
  MK("not yet be delivered", FAM_NONE, M_TEMP | M_WEAK),
  MK("\xc3\xa9t\xc3\xa9 diff\xc3\xa9r\xc3\xa9", FAM_NONE, M_TEMP | M_WEAK),
  MK("noch nicht zugestellt", FAM_NONE, M_TEMP | M_WEAK),
  MK("stato ritardato", FAM_NONE, M_TEMP | M_WEAK),
  MK("ha sido retrasad", FAM_NONE, M_TEMP | M_WEAK),
  MK("se ha retrasado", FAM_NONE, M_TEMP | M_WEAK),
  MK("is vertraagd", FAM_NONE, M_TEMP | M_WEAK),
  MK("foi adiad", FAM_NONE, M_TEMP | M_WEAK),
  MK("will not be retried", FAM_NONE, M_PERM | M_WEAK),
  MK("have given up", FAM_NONE, M_PERM | M_WEAK),
  MK("has given up", FAM_NONE, M_PERM | M_WEAK),
  MK("gave up", FAM_NONE, M_PERM | M_WEAK),
  MK("return-path: <", FAM_NONE, M_STOP | M_START),
};
#undef MK


/* what a text without a list says of an address it names: a failure
   (lowercase, matched at a word start) */
typedef struct FailWord {
  const char *w;
  unsigned char len;
} FailWord;

#define FW(w)  { w, sizeof(w) - 1 }
static const FailWord fail_words[] = {
  FW("user unknown"), FW("unknown user"), FW("no such user"), FW("user not"),
  FW("unknown recipient"), FW("recipient unknown"), FW("invalid recipient"),
  FW("invalid address"), FW("invalid mailbox"), FW("no such recipient"),
  FW("no such mailbox"), FW("no mailbox"), FW("mailbox unavailable"),
  FW("mailbox not found"), FW("mailbox is full"), FW("mailbox full"),
  FW("does not exist"), FW("doesn't exist"), FW("not exist"),
  FW("not found"), FW("not listed"), FW("not recognized"),
  FW("not known"), FW("unrouteable"), FW("unroutable"),
  FW("host not found"), FW("host unknown"), FW("domain not found"),
  FW("over quota"), FW("quota exceeded"), FW("exceeded"), FW("exceeds"),
  FW("disk quota"), FW("account disabled"), FW("account is disabled"),
  FW("has been disabled"), FW("inactive"), FW("no longer"),
  FW("illegal alias"), FW("relaying denied"), FW("relay denied"),
  FW("unable to relay"), FW("relay access denied"), FW("rejected"),
  FW("refused"), FW("blocked"), FW("denied"), FW("expired"),
  FW("timed out"), FW("unable to deliver"), FW("could not be delivered"),
  FW("undeliverable"), FW("permanent error"), FW("permanent failure"),
  FW("temporary failure"), FW("deferred"), FW("delay"), FW("unknown"),
  FW("invalid"), FW("unavailable"), FW("no such"), FW("closed"),
  FW("suspended"), FW("disabled"), FW("full"), FW("too large"),
  FW("size limit"), FW("spam"), FW("virus"), FW("timeout"),
  FW("not permitted"), FW("not allowed"), FW("failed"), FW("failure"),
  FW("could not"), FW("couldn't"), FW("cannot"), FW("can't"), FW("unable"),
  FW("undelivered"), FW("nonexistent"), FW("non-existent"), FW("bounced"),
  FW("not a valid"), FW("not valid"), FW("isn't a valid"), FW("no valid"),
  FW("not delivered"), FW("not be delivered"), FW("error occurred"),
  FW("an error occurred"), FW("delivery error"), FW("error delivering"),
  FW("error while"), FW("aborted"), FW("quarantined"),
  FW("problem delivering"), FW("problem while delivering"),
  FW("did not receive"), FW("failed to receive"), FW("not received"),
  FW("excessive bounces"), FW("fatal bounces"), FW("bounce score"),
  FW("too many bounces"), FW("excessive bouncing"), FW("no recipient"),
  /* German, French, Spanish, Dutch, Italian, Portuguese */
  FW("unbekannt"), FW("existiert nicht"), FW("nicht zustellbar"),
  FW("nicht erhalten"),
  FW("inconnu"), FW("n'existe pas"), FW("no existe"), FW("desconocido"),
  FW("onbekend"), FW("bestaat niet"), FW("sconosciuto"), FW("non esiste"),
  FW("inexistente"), FW("n\xc3\xa3o existe"),
};
#undef FW

#endif
