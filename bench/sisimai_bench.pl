#!/usr/bin/perl
# sisimai_bench.pl DIR [--reasons] -- Sisimai->make over every file of DIR
# (Sisimai reads a directory as a Maildir: one mail a file).
# Prints one line "sisimai MAILS mails RECORDS records SECONDS s", SECONDS
# being the time of Sisimai->make alone: Perl and Sisimai are loaded
# before the clock starts (the caller times the whole process for the
# figure with start-up).  With --reasons, first one line per record:
# FILE<TAB>RECIPIENT<TAB>REASON (the second opinion bench/mail.lua prints).
# Used by `make bench-mail` (bench/mail.lua).
use strict;
use warnings;
use Time::HiRes qw(clock_gettime CLOCK_MONOTONIC);
use File::Basename qw(basename);
use Sisimai;

my ($dir, $mode) = @ARGV;
die "usage: sisimai_bench.pl DIR [--reasons]\n" unless defined $dir && -d $dir;
my $reasons = defined $mode && $mode eq '--reasons';

opendir(my $dh, $dir) or die "$dir: $!\n";
my $mails = grep { -f "$dir/$_" } readdir $dh;
closedir $dh;

my $t0 = clock_gettime(CLOCK_MONOTONIC);
my $v = Sisimai->make($dir, 'delivered' => 1, 'vacation' => 1);
my $t = clock_gettime(CLOCK_MONOTONIC) - $t0;
$v ||= [];

if ($reasons) {
    for my $e (@$v) {
        my $rcpt = $e->recipient ? $e->recipient->address : '';
        printf "%s\t%s\t%s\n", basename($e->origin // ''), $rcpt // '', $e->reason // '';
    }
}
printf "sisimai %d mails %d records %.6f s\n", $mails, scalar(@$v), $t;
