/*
** mime_compare.c -- an optional measurement, not part of the build: the
** MIME work of the bounce-mail reader (smtpbounce_mail_read: structure,
** transfer encodings, charsets, and the reading of the records on top)
** against GMime 3 doing the MIME part alone (parse, walk every part,
** decode each text part to UTF-8 and each message/delivery-status or
** feedback-report part's content).  Mails: the files named on the
** command line, each read REPEAT times.  Prints mails/s for each
** (ONLY=own or ONLY=gmime: one of them, e.g. under perf stat).
**
**   apt-get install libgmime-3.0-dev
**   make && cc -O2 -Icsrc bench/mime_compare.c build/lua5.4/sb_mail.o \
**     build/lua5.4/sb_mime.o build/lua5.4/sb_prose.o \
**     $(pkg-config --cflags --libs gmime-3.0) -o build/mime_compare
**   build/mime_compare $(find spec/fixtures/mail accuracy/mail/dev -name '*.eml')
*/

#include <gmime/gmime.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "sb_mail.h"

#define REPEAT 200

typedef struct Mail {
  char *s;
  size_t len;
} Mail;

static double now (void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static size_t sink;  /* keeps the work from being optimised away */

/* one part: text decoded to UTF-8, report parts' content decoded */
static void visit (GMimeObject *parent, GMimeObject *part, gpointer ud) {
  (void)parent; (void)ud;
  if (GMIME_IS_TEXT_PART(part)) {
    char *t = g_mime_text_part_get_text(GMIME_TEXT_PART(part));
    if (t) { sink += strlen(t); g_free(t); }
  } else if (GMIME_IS_PART(part)) {
    GMimeContentType *ct = g_mime_object_get_content_type(part);
    if (g_mime_content_type_is_type(ct, "message", "delivery-status")
        || g_mime_content_type_is_type(ct, "message", "global-delivery-status")
        || g_mime_content_type_is_type(ct, "message", "feedback-report")) {
      GMimeDataWrapper *w = g_mime_part_get_content(GMIME_PART(part));
      GMimeStream *out = g_mime_stream_mem_new();
      if (w) g_mime_data_wrapper_write_to_stream(w, out);
      sink += (size_t)g_mime_stream_length(out);
      g_object_unref(out);
    }
  }
}

static void gmime_read (const Mail *m) {
  GMimeStream *st = g_mime_stream_mem_new_with_buffer(m->s, m->len);
  GMimeParser *p = g_mime_parser_new_with_stream(st);
  GMimeMessage *msg = g_mime_parser_construct_message(p, NULL);
  if (msg) {
    const char *subj = g_mime_message_get_subject(msg);
    if (subj) sink += strlen(subj);
    g_mime_message_foreach(msg, visit, NULL);
    g_object_unref(msg);
  }
  g_object_unref(p);
  g_object_unref(st);
}

/* as the binding reads: one buffer and the converters kept (GMime keeps
   its iconv descriptors in a cache too) */
static char buf[SB_MAIL_BUFSIZE];
static sb_mail_convs convs;

static void own_read (const Mail *m) {
  sb_mail r;
  if (smtpbounce_mail_read_buf(&r, m->s, m->len, buf, sizeof buf, &convs) == SB_OK)
    sink += r.nrecs;
  smtpbounce_mail_free(&r);
}

static double rate (const Mail *mails, int n, void (*f) (const Mail *)) {
  int i, k;
  double t0 = now();
  for (k = 0; k < REPEAT; k++)
    for (i = 0; i < n; i++) f(&mails[i]);
  return (double)n * REPEAT / (now() - t0);
}

int main (int argc, char **argv) {
  Mail *mails = (Mail *)calloc((size_t)argc, sizeof *mails);
  int i, n = 0;
  size_t bytes = 0;
  g_mime_init();
  for (i = 1; i < argc; i++) {
    FILE *f = fopen(argv[i], "rb");
    long len;
    if (f == NULL) continue;
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    mails[n].s = (char *)malloc((size_t)len + 1);
    mails[n].len = fread(mails[n].s, 1, (size_t)len, f);
    bytes += mails[n].len;
    fclose(f);
    n++;
  }
  printf("%d mails, %lu bytes, each read %d times\n", n, (unsigned long)bytes, REPEAT);
  own_read(&mails[0]);  /* warm up (iconv modules) */
  gmime_read(&mails[0]);
  /* ONLY=own or ONLY=gmime: one of them (for perf stat / perf record) */
  if (getenv("ONLY") == NULL || strcmp(getenv("ONLY"), "own") == 0)
    printf("smtpbounce_mail_read: %.0f mails/s\n", rate(mails, n, own_read));
  if (getenv("ONLY") == NULL || strcmp(getenv("ONLY"), "gmime") == 0)
    printf("GMime 3 (MIME only):  %.0f mails/s\n", rate(mails, n, gmime_read));
  return sink == 0;
}
