/*
 * smtp-sink -- a scripted SMTP server for MTA log tests.
 *
 *   cc -std=c99 -O2 -Wall -Wextra -Werror -D_POSIX_C_SOURCE=200809L \
 *      -o smtp-sink tools/smtp-sink.c
 *   smtp-sink -s SCRIPT [-p PORT] [-a ADDR] [-l LOG] [-P PIDFILE]
 *             [-n HOSTNAME] [-c LOCALPART] [-m MAILDIR] [-W] [-C]
 *
 * One process, poll() based, up to MAX_CONN (128) connections at once
 * (more get a 421), listening on ADDR:PORT (default 127.0.0.1:2525).
 *
 * The script has one line per reply: LOCALPART TAB PHASE TAB REPLY, any
 * further TAB-separated columns (a source, a comment) are ignored, as are
 * blank lines and lines starting with '#'.  PHASE is connect, helo, mail,
 * rcpt, data or eod.  REPLY is sent as given; "\n" in it separates the
 * lines of a multi-line reply (write the "550-" continuation codes
 * yourself), "\\" is a backslash.  REPLY "DROP" closes the connection
 * without answering.  A reply whose code is 421 is sent and then the
 * connection is closed, as real servers do.
 *
 * Which line applies:
 *   connect, helo  LOCALPART "*" (every connection).  "-c NAME" makes
 *                  NAME's connect and helo lines apply to every connection
 *                  of this instance: a per-recipient greeting reject is a
 *                  second instance on its own port (with -c NAME) and a
 *                  test domain routed to that port.
 *   mail           the sender's sub-address tag (LOCAL+TAG@domain: the
 *                  line for TAG) or local part, else "*".  The recipient
 *                  is not known yet at MAIL FROM; the harness sends the
 *                  message for recipient X from harness+X@...
 *   rcpt           the local part of the RCPT TO address, else "*".
 *   data, eod      the first accepted recipient of the transaction that
 *                  has a line for the phase, else "*".
 * Unscripted: 220 greeting, 250 (EHLO: hostname + SIZE), 354 for DATA,
 * "250 2.0.0 Ok: queued" at end of data.  Local parts match ignoring
 * ASCII case.  A 5xx greeting is followed by 503 to everything but QUIT.
 *
 * Also: several RCPTs per transaction, pipelined commands (processed in
 * order; PIPELINING is not advertised), RSET, NOOP, QUIT, HELP, VRFY.
 * The log (-l, default stderr) is a transcript: each command received
 * (message text excepted) and each reply line sent, with connection
 * number and time.  -m MAILDIR keeps each message accepted at end of
 * data (dot-unstuffed, LF line ends, a Return-Path and a Delivered-To
 * header for the envelope first) in MAILDIR/new, written in MAILDIR/tmp
 * first, as a Maildir delivery is (both directories must exist).
 * -C checks the script and exits (0 if valid).
 * SIGTERM/SIGINT: close everything, remove the pid file, exit 0; with -W
 * also when the parent process ends (a test harness that was killed).
 */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define MAX_CONN 128
#define MAX_RCPT 100
#define MAX_LINE 4096         /* command line; longer ones get 500 */
#define OUT_SIZE 16384
#define MAX_SCRIPT 1000
#define MAX_REPLY 4000
#define MAX_LP 128
#define SIZE_LIMIT 52428800L

enum phase { P_CONNECT, P_HELO, P_MAIL, P_RCPT, P_DATA, P_EOD, P_COUNT };
static const char *const phase_names[P_COUNT] = {
    "connect", "helo", "mail", "rcpt", "data", "eod"
};

struct rule {
    char lp[MAX_LP];
    int phase;
    char reply[MAX_REPLY];    /* lines separated by '\n', no CR */
};

static struct rule *rules;
static int nrules;
static const char *session_lp;     /* -c */
static const char *hostname = "mx.sink.test";
static FILE *logfp;
static const char *maildir;        /* -m */
static unsigned msg_seq;
static volatile sig_atomic_t stop;

enum state { S_CMD, S_DATA, S_REFUSED };

struct conn {
    int fd;
    unsigned id;
    enum state state;
    int have_mail;
    int nrcpt;
    char rcpt[MAX_RCPT][MAX_LP];
    char in[MAX_LINE + 2];
    size_t inlen;
    int overlong;             /* discarding the rest of a too-long line */
    char out[OUT_SIZE];
    size_t outlen;
    int closing;              /* close once out is flushed */
    char from[MAX_LINE];      /* the envelope sender (for -m) */
    char to[MAX_LINE];        /* the first accepted recipient (for -m) */
    FILE *msg;                /* the message being kept (-m), or NULL */
    char msgpath[512];        /* its file in MAILDIR/tmp */
};

static struct conn *conns[MAX_CONN];
static unsigned conn_seq;

static void logmsg (unsigned id, const char *fmt, ...)
{
    char ts[32];
    struct timespec now;
    struct tm tm;
    va_list ap;
    if (logfp == NULL)
        return;
    clock_gettime(CLOCK_REALTIME, &now);
    localtime_r(&now.tv_sec, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%d %H:%M:%S", &tm);
    fprintf(logfp, "%s.%03ld #%u ", ts, now.tv_nsec / 1000000L, id);
    va_start(ap, fmt);
    vfprintf(logfp, fmt, ap);
    va_end(ap);
    fputc('\n', logfp);
    fflush(logfp);
}

/* a received line for the log: non-printable bytes as \xNN, at most 300 */
static const char *printable (const char *s, char *buf, size_t size)
{
    size_t n = 0;
    for (; *s && n + 5 < size && n < 300; s++) {
        unsigned char ch = (unsigned char)*s;
        if (ch >= 0x20 && ch < 0x7f) {
            buf[n++] = (char)ch;
        } else {
            snprintf(buf + n, size - n, "\\x%02x", ch);
            n += 4;
        }
    }
    if (*s)
        n += (size_t)snprintf(buf + n, size - n, "...");
    buf[n < size ? n : size - 1] = '\0';
    return buf;
}

static int phase_of (const char *s)
{
    int i;
    for (i = 0; i < P_COUNT; i++)
        if (strcmp(s, phase_names[i]) == 0)
            return i;
    return -1;
}

/* a reply: DROP, or lines "NNN-text" ... "NNN text" / "NNN" */
static const char *check_reply (const char *r)
{
    const char *line = r;
    if (strcmp(r, "DROP") == 0)
        return NULL;
    for (;;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (len < 3 || line[0] < '2' || line[0] > '5' || line[1] < '0' ||
            line[1] > '9' || line[2] < '0' || line[2] > '9')
            return "each reply line must start with a 3-digit code 2xx-5xx";
        if (strncmp(line, r, 3) != 0)
            return "all lines of a reply must have the same code";
        if (nl && (len < 4 || line[3] != '-'))
            return "a line followed by another must be NNN-...";
        if (!nl && len > 3 && line[3] != ' ')
            return "the last line must be NNN or NNN text";
        if (!nl)
            return NULL;
        line = nl + 1;
    }
}

static int load_script (const char *path)
{
    FILE *f = fopen(path, "r");
    char buf[8192];
    int lineno = 0, errors = 0;
    if (f == NULL) {
        fprintf(stderr, "smtp-sink: %s: %s\n", path, strerror(errno));
        return -1;
    }
    rules = calloc(MAX_SCRIPT, sizeof *rules);
    if (rules == NULL) {
        fclose(f);
        return -1;
    }
    while (fgets(buf, sizeof buf, f) != NULL) {
        char *lp, *ph, *rep, *p, *q;
        const char *why;
        size_t n = strlen(buf);
        int i;
        lineno++;
        if (n > 0 && buf[n - 1] != '\n' && !feof(f)) {
            fprintf(stderr, "smtp-sink: %s:%d: line too long\n", path, lineno);
            errors++;
            while (fgets(buf, sizeof buf, f) != NULL && strchr(buf, '\n') == NULL)
                ;
            continue;
        }
        while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r'))
            buf[--n] = '\0';
        if (n == 0 || buf[0] == '#')
            continue;
        lp = buf;
        ph = strchr(lp, '\t');
        rep = ph ? strchr(ph + 1, '\t') : NULL;
        if (rep == NULL) {
            fprintf(stderr, "smtp-sink: %s:%d: want LOCALPART<TAB>PHASE<TAB>REPLY\n",
                    path, lineno);
            errors++;
            continue;
        }
        *ph++ = '\0';
        *rep++ = '\0';
        if ((p = strchr(rep, '\t')) != NULL)
            *p = '\0';                      /* source/comment columns */
        if (strlen(lp) == 0 || strlen(lp) >= MAX_LP) {
            fprintf(stderr, "smtp-sink: %s:%d: bad local part\n", path, lineno);
            errors++;
            continue;
        }
        if (phase_of(ph) < 0) {
            fprintf(stderr, "smtp-sink: %s:%d: unknown phase '%s'\n", path, lineno, ph);
            errors++;
            continue;
        }
        if (nrules >= MAX_SCRIPT) {
            fprintf(stderr, "smtp-sink: %s:%d: too many lines\n", path, lineno);
            errors++;
            break;
        }
        /* unescape \n and \\ into the rule */
        q = rules[nrules].reply;
        for (p = rep; *p && q < rules[nrules].reply + MAX_REPLY - 1; p++) {
            if (p[0] == '\\' && p[1] == 'n') {
                *q++ = '\n';
                p++;
            } else if (p[0] == '\\' && p[1] == '\\') {
                *q++ = '\\';
                p++;
            } else {
                *q++ = *p;
            }
        }
        *q = '\0';
        if (*p != '\0') {
            fprintf(stderr, "smtp-sink: %s:%d: reply too long\n", path, lineno);
            errors++;
            continue;
        }
        if ((why = check_reply(rules[nrules].reply)) != NULL) {
            fprintf(stderr, "smtp-sink: %s:%d: %s\n", path, lineno, why);
            errors++;
            continue;
        }
        strcpy(rules[nrules].lp, lp);
        rules[nrules].phase = phase_of(ph);
        for (i = 0; i < nrules; i++)
            if (rules[i].phase == rules[nrules].phase &&
                strcasecmp(rules[i].lp, lp) == 0) {
                fprintf(stderr, "smtp-sink: %s:%d: second %s line for %s\n",
                        path, lineno, ph, lp);
                errors++;
                break;
            }
        if (i == nrules)
            nrules++;
    }
    fclose(f);
    return errors ? -1 : 0;
}

static const char *find_rule (const char *lp, int phase)
{
    int i;
    for (i = 0; i < nrules; i++)
        if (rules[i].phase == phase && strcasecmp(rules[i].lp, lp) == 0)
            return rules[i].reply;
    return NULL;
}

/* the reply for a phase: the named local part's line, else "*"'s, else def */
static const char *pick (const char *lp, int phase, const char *def)
{
    const char *r = NULL;
    if (lp != NULL)
        r = find_rule(lp, phase);
    if (r == NULL && (phase == P_CONNECT || phase == P_HELO) && session_lp)
        r = find_rule(session_lp, phase);
    if (r == NULL)
        r = find_rule("*", phase);
    return r ? r : def;
}

/* the message kept for -m: dropped (a transaction that did not end in 2xx) */
static void msg_drop (struct conn *c)
{
    if (c->msg == NULL)
        return;
    fclose(c->msg);
    c->msg = NULL;
    unlink(c->msgpath);
}

static void conn_close (int slot)
{
    struct conn *c = conns[slot];
    msg_drop(c);
    logmsg(c->id, "closed");
    close(c->fd);
    free(c);
    conns[slot] = NULL;
}

/* queue a (possibly multi-line) reply; DROP and 421 end the session */
static void reply (struct conn *c, const char *r)
{
    const char *line = r;
    if (c->closing)
        return;
    if (strcmp(r, "DROP") == 0) {
        logmsg(c->id, "> (dropping the connection without a reply)");
        c->closing = 1;
        return;
    }
    for (;;) {
        const char *nl = strchr(line, '\n');
        size_t len = nl ? (size_t)(nl - line) : strlen(line);
        if (c->outlen + len + 2 <= OUT_SIZE) {
            memcpy(c->out + c->outlen, line, len);
            c->outlen += len;
            c->out[c->outlen++] = '\r';
            c->out[c->outlen++] = '\n';
        }
        logmsg(c->id, "> %.*s", (int)len, line);
        if (!nl)
            break;
        line = nl + 1;
    }
    if (strncmp(r, "421", 3) == 0)
        c->closing = 1;
}

/* -m: start keeping the message of this transaction in MAILDIR/tmp */
static void msg_open (struct conn *c)
{
    if (maildir == NULL)
        return;
    snprintf(c->msgpath, sizeof c->msgpath, "%s/tmp/%ld.%u.sink", maildir, (long)getpid(),
             ++msg_seq);
    c->msg = fopen(c->msgpath, "w");
    if (c->msg == NULL) {
        logmsg(c->id, "-m: %s: %s", c->msgpath, strerror(errno));
        return;
    }
    fprintf(c->msg, "Return-Path: <%s>\nDelivered-To: %s\n", c->from, c->to);
}

/* -m: a line of the message (dot-unstuffed) */
static void msg_line (struct conn *c, const char *line, size_t len)
{
    if (c->msg == NULL)
        return;
    if (len > 0 && line[0] == '.') {
        line++;
        len--;
    }
    fwrite(line, 1, len, c->msg);
    fputc('\n', c->msg);
}

/* -m: the message was accepted: moved to MAILDIR/new */
static void msg_keep (struct conn *c)
{
    char path[600];
    if (c->msg == NULL)
        return;
    fclose(c->msg);
    c->msg = NULL;
    snprintf(path, sizeof path, "%s/new/%s", maildir, strrchr(c->msgpath, '/') + 1);
    if (rename(c->msgpath, path) < 0)
        logmsg(c->id, "-m: %s: %s", path, strerror(errno));
}

static void reset_tx (struct conn *c)
{
    c->have_mail = 0;
    c->nrcpt = 0;
}

/* the address in "FROM:<a@b> params" / "TO: a@b"; NULL if malformed */
static const char *parse_path (const char *arg, char *buf, size_t size)
{
    const char *p = arg, *e;
    size_t n;
    while (*p == ' ')
        p++;
    if (*p == '<') {
        e = strchr(++p, '>');
        if (e == NULL)
            return NULL;
    } else {
        e = p + strcspn(p, " ");
    }
    n = (size_t)(e - p);
    if (n >= size)
        return NULL;
    memcpy(buf, p, n);
    buf[n] = '\0';
    /* drop a source route "@a,@b:" */
    if (buf[0] == '@' && (p = strchr(buf, ':')) != NULL)
        memmove(buf, p + 1, strlen(p + 1) + 1);
    return buf;
}

/* the local part of an address, lower limit MAX_LP */
static void local_part (const char *addr, char *lp)
{
    const char *at = strrchr(addr, '@');
    size_t n = at ? (size_t)(at - addr) : strlen(addr);
    if (n >= MAX_LP)
        n = MAX_LP - 1;
    memcpy(lp, addr, n);
    lp[n] = '\0';
    if (n >= 2 && lp[0] == '"' && lp[n - 1] == '"') {
        memmove(lp, lp + 1, n - 2);
        lp[n - 2] = '\0';
    }
}

static int verb_is (const char *line, const char *verb)
{
    size_t n = strlen(verb);
    return strncasecmp(line, verb, n) == 0 && (line[n] == '\0' || line[n] == ' ');
}

static void do_command (struct conn *c, char *line)
{
    char addr[512], lp[MAX_LP], shown[400];
    const char *r;
    logmsg(c->id, "< %s", printable(line, shown, sizeof shown));
    if (verb_is(line, "QUIT")) {
        reply(c, "221 2.0.0 Bye");
        c->closing = 1;
        return;
    }
    if (c->state == S_REFUSED) {
        reply(c, "503 5.5.1 Bad sequence of commands");
        return;
    }
    if (verb_is(line, "EHLO") || verb_is(line, "HELO")) {
        char def[256];
        reset_tx(c);
        if (verb_is(line, "EHLO"))
            snprintf(def, sizeof def, "250-%s\n250 SIZE %ld", hostname, SIZE_LIMIT);
        else
            snprintf(def, sizeof def, "250 %s", hostname);
        reply(c, pick(NULL, P_HELO, def));
    } else if (strncasecmp(line, "MAIL FROM:", 10) == 0) {
        char tag[MAX_LP];
        const char *plus;
        if (c->have_mail) {
            reply(c, "503 5.5.1 Error: nested MAIL command");
            return;
        }
        if (parse_path(line + 10, addr, sizeof addr) == NULL) {
            reply(c, "501 5.1.7 Bad sender address syntax");
            return;
        }
        local_part(addr, lp);
        r = NULL;
        if ((plus = strchr(lp, '+')) != NULL) {
            snprintf(tag, sizeof tag, "%s", plus + 1);
            r = find_rule(tag, P_MAIL);
        }
        if (r == NULL && lp[0] != '\0')
            r = find_rule(lp, P_MAIL);
        if (r == NULL)
            r = pick(NULL, P_MAIL, "250 2.1.0 Ok");
        if (r[0] == '2') {
            c->have_mail = 1;
            snprintf(c->from, sizeof c->from, "%s", addr);
        }
        reply(c, r);
    } else if (strncasecmp(line, "RCPT TO:", 8) == 0) {
        if (!c->have_mail) {
            reply(c, "503 5.5.1 Error: need MAIL command");
            return;
        }
        if (parse_path(line + 8, addr, sizeof addr) == NULL || addr[0] == '\0') {
            reply(c, "501 5.1.3 Bad recipient address syntax");
            return;
        }
        if (c->nrcpt >= MAX_RCPT) {
            reply(c, "452 4.5.3 Error: too many recipients");
            return;
        }
        local_part(addr, lp);
        r = pick(lp, P_RCPT, "250 2.1.5 Ok");
        if (r[0] == '2') {
            if (c->nrcpt == 0)
                snprintf(c->to, sizeof c->to, "%s", addr);
            strcpy(c->rcpt[c->nrcpt++], lp);
        }
        reply(c, r);
    } else if (verb_is(line, "DATA")) {
        int i;
        if (!c->have_mail) {
            reply(c, "503 5.5.1 Error: need MAIL command");
            return;
        }
        if (c->nrcpt == 0) {
            reply(c, "554 5.5.1 Error: no valid recipients");
            return;
        }
        r = NULL;
        for (i = 0; i < c->nrcpt && r == NULL; i++)
            r = find_rule(c->rcpt[i], P_DATA);
        if (r == NULL)
            r = pick(NULL, P_DATA, "354 End data with <CR><LF>.<CR><LF>");
        if (r[0] == '3') {
            c->state = S_DATA;
            msg_open(c);
        } else {
            reset_tx(c);
        }
        reply(c, r);
    } else if (verb_is(line, "RSET")) {
        reset_tx(c);
        reply(c, "250 2.0.0 Ok");
    } else if (verb_is(line, "NOOP")) {
        reply(c, "250 2.0.0 Ok");
    } else if (verb_is(line, "VRFY")) {
        reply(c, "252 2.0.0 Cannot VRFY user");
    } else if (verb_is(line, "HELP")) {
        reply(c, "214 2.0.0 smtp-sink: see the script");
    } else {
        reply(c, "500 5.5.2 Error: command not recognized");
    }
}

static void end_of_data (struct conn *c)
{
    const char *r = NULL;
    int i;
    logmsg(c->id, "< . (end of message)");
    for (i = 0; i < c->nrcpt && r == NULL; i++)
        r = find_rule(c->rcpt[i], P_EOD);
    if (r == NULL)
        r = pick(NULL, P_EOD, "250 2.0.0 Ok: queued");
    if (r[0] == '2')
        msg_keep(c);
    else
        msg_drop(c);
    c->state = S_CMD;
    reset_tx(c);
    reply(c, r);
}

/* handle every complete line in the input buffer */
static void process_input (struct conn *c)
{
    size_t start = 0;
    for (;;) {
        char *nl = memchr(c->in + start, '\n', c->inlen - start);
        size_t len;
        char *line;
        if (nl == NULL || c->closing)
            break;
        line = c->in + start;
        len = (size_t)(nl - line);
        start += len + 1;
        if (len > 0 && line[len - 1] == '\r')
            len--;
        line[len] = '\0';
        if (c->overlong) {       /* tail of a line we already refused */
            c->overlong = 0;
            continue;
        }
        if (c->state == S_DATA) {
            if (len == 1 && line[0] == '.')
                end_of_data(c);
            else
                msg_line(c, line, len);
            continue;
        }
        if (memchr(line, '\0', len) != NULL) {
            logmsg(c->id, "< (line with a NUL byte)");
            reply(c, "500 5.5.2 Error: bad syntax");
            continue;
        }
        do_command(c, line);
    }
    if (start > 0) {
        memmove(c->in, c->in + start, c->inlen - start);
        c->inlen -= start;
    }
    if (c->inlen >= MAX_LINE) {  /* a line too long to be a command */
        c->inlen = 0;
        if (!c->overlong && c->state != S_DATA) {
            logmsg(c->id, "< (line longer than %d bytes)", MAX_LINE);
            reply(c, "500 5.5.2 Error: line too long");
        }
        c->overlong = 1;
    }
}

static void flush_out (int slot)
{
    struct conn *c = conns[slot];
    while (c->outlen > 0) {
        ssize_t n = send(c->fd, c->out, c->outlen, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            logmsg(c->id, "send: %s", strerror(errno));
            c->outlen = 0;
            c->closing = 1;
            break;
        }
        memmove(c->out, c->out + n, c->outlen - (size_t)n);
        c->outlen -= (size_t)n;
    }
    if (c->closing)
        conn_close(slot);
}

static void accept_conn (int lfd)
{
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    int fd, slot, fl;
    struct conn *c;
    char greet[300];
    const char *r;
    fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
        return;
    for (slot = 0; slot < MAX_CONN && conns[slot] != NULL; slot++)
        ;
    if (slot == MAX_CONN) {
        static const char busy[] = "421 4.3.2 Too many connections\r\n";
        logmsg(0, "refusing a connection: %d open", MAX_CONN);
        if (send(fd, busy, sizeof busy - 1, MSG_NOSIGNAL) < 0)
            logmsg(0, "send: %s", strerror(errno));
        close(fd);
        return;
    }
    fl = fcntl(fd, F_GETFL);
    if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0 ||
        (c = calloc(1, sizeof *c)) == NULL) {
        close(fd);
        return;
    }
    c->fd = fd;
    c->id = ++conn_seq;
    c->state = S_CMD;
    conns[slot] = c;
    logmsg(c->id, "connect from %s:%u", inet_ntoa(peer.sin_addr),
           (unsigned)ntohs(peer.sin_port));
    snprintf(greet, sizeof greet, "220 %s ESMTP smtp-sink", hostname);
    r = pick(NULL, P_CONNECT, greet);
    if (r[0] == '5')
        c->state = S_REFUSED;
    reply(c, r);
    flush_out(slot);
}

static void on_signal (int sig)
{
    (void)sig;
    stop = 1;
}

static void usage (void)
{
    fprintf(stderr, "usage: smtp-sink -s SCRIPT [-p PORT] [-a ADDR] [-l LOG] "
                    "[-P PIDFILE] [-n HOSTNAME] [-c LOCALPART] [-m MAILDIR] [-W] [-C]\n");
    exit(2);
}

int main (int argc, char **argv)
{
    const char *script = NULL, *logpath = NULL, *pidfile = NULL;
    const char *addr = "127.0.0.1";
    long port = 2525;
    pid_t parent = 0;
    int check_only = 0, lfd, opt, one = 1, i;
    struct sockaddr_in sin;
    struct sigaction sa;
    struct pollfd pfd[MAX_CONN + 1];
    int slot_of[MAX_CONN + 1];

    while ((opt = getopt(argc, argv, "s:p:a:l:P:n:c:m:WC")) != -1) {
        switch (opt) {
        case 's': script = optarg; break;
        case 'p': port = strtol(optarg, NULL, 10); break;
        case 'a': addr = optarg; break;
        case 'l': logpath = optarg; break;
        case 'P': pidfile = optarg; break;
        case 'n': hostname = optarg; break;
        case 'c': session_lp = optarg; break;
        case 'm': maildir = optarg; break;
        case 'W': parent = getppid(); break;
        case 'C': check_only = 1; break;
        default: usage();
        }
    }
    if (script == NULL || optind != argc || port <= 0 || port > 65535)
        usage();
    if (load_script(script) < 0)
        return 2;
    if (session_lp && find_rule(session_lp, P_CONNECT) == NULL &&
        find_rule(session_lp, P_HELO) == NULL) {
        fprintf(stderr, "smtp-sink: -c %s: no connect or helo line for it\n", session_lp);
        return 2;
    }
    if (check_only) {
        printf("%s: %d lines ok\n", script, nrules);
        return 0;
    }
    logfp = stderr;
    if (logpath && (logfp = fopen(logpath, "a")) == NULL) {
        fprintf(stderr, "smtp-sink: %s: %s\n", logpath, strerror(errno));
        return 1;
    }

    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;     /* no SA_RESTART: poll() returns EINTR */
    sigemptyset(&sa.sa_mask);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sa.sa_handler = SIG_IGN;
    sigaction(SIGPIPE, &sa, NULL);

    memset(&sin, 0, sizeof sin);
    sin.sin_family = AF_INET;
    sin.sin_port = htons((unsigned short)port);
    if (inet_pton(AF_INET, addr, &sin.sin_addr) != 1) {
        fprintf(stderr, "smtp-sink: bad IPv4 address %s\n", addr);
        return 1;
    }
    lfd = socket(AF_INET, SOCK_STREAM, 0);
    if (lfd < 0 || setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) < 0 ||
        bind(lfd, (struct sockaddr *)&sin, sizeof sin) < 0 || listen(lfd, 64) < 0) {
        fprintf(stderr, "smtp-sink: %s:%ld: %s\n", addr, port, strerror(errno));
        return 1;
    }
    if (pidfile) {
        FILE *pf = fopen(pidfile, "w");
        if (pf == NULL) {
            fprintf(stderr, "smtp-sink: %s: %s\n", pidfile, strerror(errno));
            return 1;
        }
        fprintf(pf, "%ld\n", (long)getpid());
        fclose(pf);
    }
    logmsg(0, "listening on %s:%ld, %d script lines%s%s", addr, port, nrules,
           session_lp ? ", session lines of " : "", session_lp ? session_lp : "");

    while (!stop) {
        int n = 0, rc;
        if (parent != 0 && getppid() != parent) {
            logmsg(0, "the parent process (%ld) ended", (long)parent);
            break;
        }
        pfd[n].fd = lfd;
        pfd[n].events = POLLIN;
        slot_of[n++] = -1;
        for (i = 0; i < MAX_CONN; i++) {
            if (conns[i] == NULL)
                continue;
            pfd[n].fd = conns[i]->fd;
            pfd[n].events = conns[i]->outlen ? POLLOUT : POLLIN;
            slot_of[n++] = i;
        }
        rc = poll(pfd, (nfds_t)n, 1000);
        if (rc < 0) {
            if (errno == EINTR)
                continue;
            logmsg(0, "poll: %s", strerror(errno));
            break;
        }
        for (i = 0; i < n; i++) {
            int s = slot_of[i];
            struct conn *c;
            if (pfd[i].revents == 0)
                continue;
            if (s < 0) {
                accept_conn(lfd);
                continue;
            }
            c = conns[s];
            if (c == NULL)
                continue;
            if (c->outlen > 0) {
                if (pfd[i].revents & (POLLOUT | POLLERR | POLLHUP))
                    flush_out(s);
                continue;
            }
            if (pfd[i].revents & (POLLIN | POLLERR | POLLHUP)) {
                ssize_t got = recv(c->fd, c->in + c->inlen, MAX_LINE + 1 - c->inlen, 0);
                if (got < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))
                    continue;
                if (got <= 0) {
                    if (got < 0)
                        logmsg(c->id, "recv: %s", strerror(errno));
                    else
                        logmsg(c->id, "client closed the connection");
                    conn_close(s);
                    continue;
                }
                c->inlen += (size_t)got;
                process_input(c);
                flush_out(s);
            }
        }
    }
    for (i = 0; i < MAX_CONN; i++)
        if (conns[i] != NULL)
            conn_close(i);
    close(lfd);
    logmsg(0, "exiting");
    if (pidfile)
        unlink(pidfile);
    return 0;
}
