-- How the SMTP phase shows in replies and in the log lines around them.
-- Postfix: "(in reply to RCPT TO command)"; Exim: "SMTP error from remote
-- mail server after RCPT TO:<a@b>:"; Sendmail/others: "... after MAIL FROM".
-- A caller that knows the phase passes ctx.phase instead.
return {
    phases = {
        connect = {
            "in reply to initial greeting", "after initial connection",
            "in reply to banner", "while receiving the initial server greeting",
            "at greeting", "during connect", "in response to banner",
            -- Postfix: the greeting itself was a 4xx or 5xx
            "refused to talk to me",
        },
        helo = {
            "in reply to helo command", "in reply to ehlo command",
            "after helo", "after ehlo", "in reply to starttls command",
            "after starttls", "in reply to auth command", "after auth",
        },
        mail = {
            "in reply to mail from command", "after mail from",
            "in reply to mail command",
            -- Exim's callout to the sender's own server ("sender verify
            -- fail for <a@b>: response to "RCPT TO:<a@b>" from ... was:
            -- 553 No such user"): the reply quoted speaks of our sender
            "sender verify fail", "sender verify defer",
        },
        rcpt = {
            "in reply to rcpt to command", "after rcpt to",
            "in reply to rcpt command", "after pipelined rcpt to",
        },
        data = {
            "in reply to data command", "after data command",
            "after pipelined data",
        },
        eod = {
            "in reply to end of data command", "after end of data",
            "after end of data command", "in reply to end of data",
        },
    },
}
