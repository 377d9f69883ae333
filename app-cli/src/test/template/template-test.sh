#!/usr/bin/env bash
# The jurisdiction template (examples/jurisdiction-template), built and loaded as a newcomer would:
#
#   1. the published artifacts it depends on (the parent POM, io.consortia:kernel,
#      io.consortia:jurisdiction-tck) are installed with `mvn install`, into a temporary local
#      repository: a copy of ~/.m2/repository, so that the shared one is never written to;
#   2. the template is copied out of this repository and built there with that local repository
#      (`mvn package`: its TCK runs);
#   3. the CLI loads the jar with --plugins, lists the new region with where it came from,
#      assesses with its own fact, and passes the template's test cases.
#
# Run by ./test after `mvn verify`. Offline when every dependency is already in ~/.m2 (the usual case
# after a build), else Maven may download what is missing from Maven Central.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/consortia-template.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "template test: $*" >&2; exit 1; }

mvn_quiet() {
  local log="$work/mvn.log"
  if ! mvn -B -q -o "$@" >"$log" 2>&1; then
    echo "template test: offline build failed; trying online" >&2
    mvn -B -q "$@" >"$log" 2>&1 || { cat "$log" >&2; fail "mvn $* failed"; }
  fi
}

repo="$work/repository"
mkdir -p "$repo"
[ -d "$HOME/.m2/repository" ] && cp -r "$HOME/.m2/repository/." "$repo/"
rm -rf "$repo/io/consortia"

echo "== installing the kernel and the TCK into a temporary local repository"
(cd "$root" && mvn_quiet -Dmaven.repo.local="$repo" -Dbuild.dir=target-template -DskipTests install -pl kernel,jurisdiction-tck -am)
[ -f "$repo/io/consortia/jurisdiction-tck/0.1.0-SNAPSHOT/jurisdiction-tck-0.1.0-SNAPSHOT.jar" ] || fail "the TCK was not installed"

echo "== building the template outside the repository (its TCK runs)"
cp -r "$root/examples/jurisdiction-template" "$work/shili"
(cd "$work/shili" && mvn_quiet -Dmaven.repo.local="$repo" package)
grep -q 'Tests run: [1-9][0-9]*, Failures: 0, Errors: 0, Skipped: 0' "$work/shili/target/surefire-reports/"*ShiliTckTest.txt \
  || fail "the template's TCK did not run clean"
jar="$(ls "$work/shili/target/"jurisdiction-shili-*.jar)"

echo "== loading it with --plugins"
consortia="$root/consortia"
list="$("$consortia" --plugins "$work/shili/target" jurisdictions)"
grep -E "^shili +示例市 Shili.*plug-in $jar" <<<"$list" >/dev/null || { echo "$list"; fail "jurisdictions does not list shili as a plug-in"; }
grep -E "^suzhou .*bundled" <<<"$list" >/dev/null || { echo "$list"; fail "the bundled jurisdictions are gone"; }

out="$("$consortia" --plugins "$work/shili/target" assess -j shili --format json "$work/shili/profiles/shili-eligible.yaml")"
grep -q '"verdict":"ELIGIBLE"' <<<"$out" || { echo "$out"; fail "the eligible profile is not ELIGIBLE"; }
grep -q '"fact":"shili.hnteCertified","factType":"boolean","test":"is","value":true' <<<"$out" || { echo "$out"; fail "no evidence of the own fact"; }
sed 's/shili.hnteCertified: true/shili.hnteCertified: false/' "$work/shili/profiles/shili-eligible.yaml" >"$work/uncertified.yaml"
out="$("$consortia" --plugins "$work/shili/target" assess -j shili "$work/uncertified.yaml")"
grep -q "INELIGIBLE" <<<"$out" && grep -q "持有有效的高新技术企业证书 — 否" <<<"$out" || { echo "$out"; fail "the own fact does not decide SL3"; }

out="$(cd "$work/shili" && "$consortia" --plugins target test cases)" || { echo "$out"; fail "consortia test on the template's cases failed"; }
grep -q "4 cases, 4 expectations: 4 passed, 0 failed" <<<"$out" || { echo "$out"; fail "unexpected test summary"; }

echo "template OK: built against the installed kernel and TCK, loaded as a plug-in, assessed with its own fact"
