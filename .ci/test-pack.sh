#!/usr/bin/env bash
# `npx sshlint` from the packed tarball: pack, install into an empty project from the local tarball
# (dependencies from the npm cache that `npm ci` filled), then run the installed bin on real fixtures.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$PWD

if [ ! -f dist/cli/index.js ]; then
  echo "dist/cli/index.js is missing: run npm run build first" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "test-pack: $*" >&2; exit 1; }

tarball=$(npm pack --silent --pack-destination "$work" | tail -n 1)
tarball="$work/$tarball"
[ -f "$tarball" ] || fail "npm pack did not produce a tarball"

# What the package ships: the CLI bundle and its bin, the rule docs (explain and SARIF help read them),
# and nothing of the sources or tests.
listing=$(tar -tzf "$tarball")
for must in package/package.json package/bin/sshlint.js package/dist/cli/index.js package/dist/cli/package.json \
  package/README.md; do
  grep -qx "$must" <<<"$listing" || fail "the tarball lacks $must"
done
grep -q '^package/rules/.*\.md$' <<<"$listing" || fail "the tarball ships no rule docs"
if grep -qE '^package/(src|test|fixtures|\.ci)/' <<<"$listing"; then fail "the tarball ships sources or tests"; fi

mkdir "$work/consumer"
cd "$work/consumer"
npm init -y >/dev/null
npm install --prefer-offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null

version=$(npx --no-install sshlint --version)
expected=$(node -p 'require(process.argv[1]).version' "$project/package.json")
[ "$version" = "$expected" ] || fail "npx sshlint --version printed '$version', expected '$expected'"

# A repo with findings exits 1 and names the root-login finding; a clean one exits 0.
cp -r "$project/fixtures/action/dirty" "$work/dirty"
cp -r "$project/fixtures/action/clean" "$work/clean"
status=0
out=$(cd "$work/dirty" && npx --no-install --prefix "$work/consumer" sshlint . 2>&1) || status=$?
[ "$status" -eq 1 ] || fail "sshlint on a repo with findings exited $status, expected 1: $out"
grep -q 'sshd/permit-root-login' <<<"$out" || fail "sshlint did not report sshd/permit-root-login: $out"

status=0
out=$(cd "$work/clean" && npx --no-install --prefix "$work/consumer" sshlint . 2>&1) || status=$?
[ "$status" -eq 0 ] || fail "sshlint on a clean repo exited $status, expected 0: $out"

# SARIF from the installed package carries rule help from the shipped docs.
status=0
(cd "$work/dirty" && npx --no-install --prefix "$work/consumer" sshlint --format sarif . >"$work/dirty.sarif") || status=$?
[ "$status" -le 1 ] || fail "sshlint --format sarif exited $status"
node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const rule = s.runs[0].tool.driver.rules.find((r) => r.id === "sshd/permit-root-login");
  if (!rule) throw new Error("sshd/permit-root-login missing from tool.driver.rules");
  if (!/## What it does/.test(rule.help.markdown)) throw new Error("rule help does not come from the shipped doc");
  if (!s.runs[0].results.some((r) => r.ruleId === "sshd/permit-root-login")) throw new Error("no permit-root-login result");
' "$work/dirty.sarif" || fail "the SARIF from the packed CLI is not as expected"

# The same installed CLI under Node 24, when .ci/run provided it.
if [ -n "${SSHLINT_NODE24:-}" ] && [ -x "${SSHLINT_NODE24}" ]; then
  v24=$("$SSHLINT_NODE24" "$work/consumer/node_modules/sshlint/bin/sshlint.js" --version)
  [ "$v24" = "$expected" ] || fail "under Node 24 sshlint --version printed '$v24'"
  echo "packed CLI also runs under $("$SSHLINT_NODE24" --version)"
fi

echo "npx sshlint works from the packed tarball ($(basename "$tarball"))"
