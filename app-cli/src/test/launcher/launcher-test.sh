#!/usr/bin/env bash
# The ./consortia launcher under hostile conditions (issue 12, docs/cli-limits.md): a damaged
# class-data archive or runtime image is remade, never a crash, and a JDK that cannot link an image
# runs the module path (ADR 0022); a Chinese file name works with LANG unset or C; output that
# cannot be written exits 1 with one line; a pipe closed by its reader ends quietly.
# Run by ./test after the Maven build.
set -uo pipefail
cd "$(dirname "$0")/../../../.."
c=./consortia
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail() { echo "launcher test failed: $*" >&2; exit 1; }
unset CONSORTIA_NO_CDS

# The archives of every JVM go, so that the one left after a run is this JVM's.
rm -f app-cli/target/modules/.consortia-*.jsa app-cli/target/modules/.consortia-*.jsa.ok
$c jurisdictions >/dev/null || fail "the launcher does not run"
jsa="$(ls app-cli/target/modules/.consortia-*.jsa 2>/dev/null | head -n 1)"
[ -n "$jsa" ] || fail "no class-data archive was made"
remade() { [ -f "$jsa.ok" ] && [ "$(wc -c <"$jsa")" -gt 100000 ] && [ "$(cat "$jsa.ok")" = "$(wc -c <"$jsa")" ]; }

# A truncated archive (JDK 17 aborted on it with status 134) and one overwritten with garbage.
chmod u+w "$jsa"
truncate -s 100000 "$jsa"
$c jurisdictions >/dev/null || fail "with a truncated archive: exit $?"
remade || fail "the truncated archive was not made again"
chmod u+w "$jsa"
echo garbage >"$jsa"
$c jurisdictions >/dev/null || fail "with a garbage archive: exit $?"
remade || fail "the garbage archive was not made again"
rm -f "$jsa.ok"
$c jurisdictions >/dev/null || fail "without the archive's size file: exit $?"
remade || fail "the unrecorded archive was not made again"
echo "archive: truncated, garbage and unrecorded archives remade"

# The runtime image (ADR 0022): one per JVM; a damaged one is made again, never run.
# This JVM's image, named as the launcher names it (the java binary's device, inode and time).
image="app-cli/target/image-$(stat -L -c '%d-%i-%Y' "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")"
if [ -d "$image" ]; then
  $c jurisdictions | grep -q "in the runtime image" || fail "the bundled jurisdictions do not come from the image"
  truncate -s 1000 "$image/lib/modules"
  out="$($c jurisdictions 2>&1)" || fail "with a truncated image: exit $?: $out"
  grep -q "^suzhou .*bundled" <<<"$out" || fail "with a truncated image: $out"
  [ "$(wc -c <"$image/lib/modules")" -gt 1000 ] || fail "the truncated image was not made again"
  echo "image: a truncated image remade"
else
  echo "image: none (this JDK cannot link one); the launcher runs on the module path"
fi
out="$(CONSORTIA_NO_IMAGE=1 $c jurisdictions)" || fail "CONSORTIA_NO_IMAGE=1: exit $?"
grep -q "^suzhou .*bundled (jurisdiction-suzhou-.*\.jar)" <<<"$out" || fail "CONSORTIA_NO_IMAGE=1 does not load the bundled jars: $out"
# A JDK without jlink (a JRE): java behind a script, with no jlink beside it.
mkdir -p "$tmp/jre/bin"
printf '#!/bin/sh\nexec %s "$@"\n' "$(readlink -f "$(command -v "${JAVA_HOME:+$JAVA_HOME/bin/}java")")" >"$tmp/jre/bin/java"
chmod +x "$tmp/jre/bin/java"
out="$(JAVA_HOME="$tmp/jre" $c jurisdictions)" || fail "with a JRE: exit $?"
grep -q "^suzhou .*bundled (jurisdiction-suzhou-.*\.jar)" <<<"$out" || fail "with a JRE: $out"
echo "no image: CONSORTIA_NO_IMAGE=1 and a JRE without jlink run on the module path"

# A Chinese file name whatever the locale.
cp examples/suzhou-eligible.yaml "$tmp/苏州档案.yaml"
for locale in unset C POSIX; do
  if [ "$locale" = unset ]; then
    out="$(env -u LANG -u LC_ALL -u LC_CTYPE $c assess -j suzhou "$tmp/苏州档案.yaml" 2>&1)"
  else
    out="$(env -u LANG -u LC_CTYPE LC_ALL=$locale $c assess -j suzhou "$tmp/苏州档案.yaml" 2>&1)"
  fi
  grep -q "苏州档案.yaml · " <<<"$out" || fail "Chinese file name with locale $locale: $out"
done
echo "locale: a Chinese file name works with LANG unset, C and POSIX"

# Output that cannot be written: status 1 and one line.
err="$($c assess examples/suzhou-eligible.yaml 2>&1 >/dev/full)"
status=$?
[ "$status" = 1 ] || fail "> /dev/full: status $status"
[ "$err" = "consortia: cannot write to standard output (No space left on device)" ] || fail "> /dev/full: $err"
err="$($c jurisdictions 2>&1 >&-)"
status=$?
[ "$status" = 1 ] && [ "$(wc -l <<<"$err")" = 1 ] || fail "closed stdout: status $status, $err"
echo "write failures: status 1, one line"

# A pipe closed by its reader: quiet, status 141 as for a process killed by SIGPIPE.
err="$( { $c assess examples/*.yaml examples/*.yaml examples/*.yaml | head -n 1 >/dev/null; echo "status ${PIPESTATUS[0]}" >&2; } 2>&1)"
[ "$err" = "status 141" ] || fail "| head: $err"
echo "broken pipe: quiet, status 141"
# The JVM's flags by command (ADR 0024): short commands C1 alone; serve tiered with G1; survey and
# generate Parallel GC, with C2 alone when the job is large or of unknown size (and the JDK's class
# writer left interpreted); a collector named in CONSORTIA_JAVA_OPTS replaces the launcher's.
flags() {
  CONSORTIA_JAVA_OPTS="${extra:-} -XX:+PrintFlagsFinal" $c "$@" 2>/dev/null </dev/null \
    | awk '$2 == "TieredCompilation" || $2 == "UseParallelGC" || $2 == "UseG1GC" || $2 == "TieredStopAtLevel" {printf "%s=%s ", $2, $4}
           $1 == "CompileCommand" && $3 ~ /^exclude,jdk\/internal\/org\/objectweb\/asm\// {printf "AsmInterpreted=true "}'
}
expect() {
  local want="$1" got
  shift
  got="$(flags "$@")"
  for w in $want; do
    grep -q -- "$w" <<<"$got" || fail "flags of '$*' (CONSORTIA_JAVA_OPTS=${extra:-}): want $want, got $got"
  done
}
head -c 120000000 /dev/zero >"$tmp/large.jsonl"
expect "TieredStopAtLevel=1 UseG1GC=true" assess examples/suzhou-eligible.yaml
expect "TieredCompilation=true TieredStopAtLevel=4 UseG1GC=true" serve --help
expect "TieredCompilation=true UseParallelGC=true" survey --synthetic 1000 --format json
expect "TieredCompilation=false UseParallelGC=true AsmInterpreted=true" survey --synthetic 1e6 --format json
expect "TieredCompilation=false UseParallelGC=true" survey --synthetic=200_000 --format json
expect "TieredCompilation=true UseParallelGC=true" survey examples/suzhou-eligible.yaml --format json
expect "TieredCompilation=false UseParallelGC=true" survey "$tmp/large.jsonl" --format json
expect "TieredCompilation=false UseParallelGC=true" survey - --format json
expect "TieredCompilation=true UseParallelGC=true" generate 10 --seed 1
expect "TieredCompilation=false UseParallelGC=true AsmInterpreted=true" generate --seed 1 100000
extra="-XX:+UseSerialGC" expect "UseParallelGC=false UseG1GC=false" survey --synthetic 1e6 --format json
echo "flags: C1 for short commands, C2 alone for large surveys, Parallel GC for survey and generate"
echo "launcher hostile-conditions test OK"
