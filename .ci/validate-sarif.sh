#!/usr/bin/env bash
# Validate the SARIF sshlint writes with Microsoft's SARIF multitool: the SARIF rules plus GitHub code
# scanning's (Ghas), with GH1001–GH1007 switched on (they are off by default). The multitool exits 0
# even when rules fire, so this script gates on the error and warning count in its output file.
set -euo pipefail
cd "$(dirname "$0")/.."

MT=node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$MT" ]; then
  echo "sarif-multitool not installed (npm ci installs @microsoft/sarif-multitool)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The exported default configuration, with the GH100x rules enabled as errors. The binary is called
# directly: the npm wrapper runs it through a shell, which would split "Sarif;Ghas" at the semicolon.
"$MT" export-validation-config "$work/config.xml" >/dev/null
sed -E '/<Properties Key="GH100[1-7]\./,/<\/Properties>/ s/(Key="RuleEnabled" Value=)"Default"/\1"Error"/' \
  "$work/config.xml" >"$work/config-gh.xml"
enabled=$(grep -cE 'Key="RuleEnabled" Value="Error"' "$work/config-gh.xml" || true)
if [ "$enabled" -ne 7 ]; then
  echo "expected to enable GH1001-GH1007 in the validation config, enabled $enabled" >&2
  exit 1
fi

# SSHLINT_CLI overrides the command (e.g. "npx tsx src/cli/index.ts" while dist/ is stale).
read -r -a cli <<<"${SSHLINT_CLI:-node bin/sshlint.js}"

# SARIF files to check: what the CLI writes for the example repo and the Action fixtures, and the
# reporter's golden file.
files=()
produce() { # name, then sshlint arguments
  local name=$1
  shift
  local status=0
  "${cli[@]}" --format sarif "$@" >"$work/$name.sarif" || status=$?
  if [ "$status" -gt 1 ]; then
    echo "sshlint $* exited $status (expected 0 or 1)" >&2
    exit 1
  fi
  files+=("$work/$name.sarif")
}
produce example-repo fixtures/example-repo
produce action-dirty fixtures/action/dirty
produce action-clean fixtures/action/clean
files+=(fixtures/report/basic/expected.sarif)

# The gate must be able to fail: a file with an absolute URI, no region and a bare rule must be rejected.
cat >"$work/known-bad.sarif" <<'BAD'
{"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"x","rules":[{"id":"R1"}]}},
 "results":[{"ruleId":"R1","message":{"text":"bad"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"file:///abs/x"}}}]}]}]}
BAD

count_problems() { # validation output file → number of errors and warnings (a result without a level is a warning)
  node -e '
    const fs = require("fs");
    const log = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    const bad = log.runs.flatMap((r) => r.results || []).filter((r) => ["error", "warning"].includes(r.level || "warning"));
    for (const r of bad) console.error(`  ${r.level || "warning"} ${r.ruleId}: ${JSON.stringify(r.message.arguments || r.message.text)}`);
    console.log(bad.length);
  ' "$1"
}

validate() { # sarif file → validation output file
  "$MT" validate "$1" --rule-kind "Sarif;Ghas" --config "$work/config-gh.xml" \
    --output "$2" --log ForceOverwrite >"$work/multitool.log" 2>&1 || {
    cat "$work/multitool.log" >&2
    echo "sarif-multitool failed to run on $1" >&2
    exit 1
  }
}

validate "$work/known-bad.sarif" "$work/known-bad.validation.sarif"
if [ "$(count_problems "$work/known-bad.validation.sarif" 2>/dev/null)" -eq 0 ]; then
  echo "the validation gate accepted a known-bad SARIF file" >&2
  exit 1
fi

failed=0
for f in "${files[@]}"; do
  out="$work/$(basename "$f").validation.sarif"
  validate "$f" "$out"
  problems=$(count_problems "$out")
  results=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).runs[0].results.length)' "$f")
  echo "$f: $results results, $problems validation errors/warnings" | sed "s|$work/||"
  [ "$problems" -eq 0 ] || failed=1
done

if [ "$failed" -ne 0 ]; then
  echo "SARIF validation failed" >&2
  exit 1
fi
echo "SARIF valid (SARIF + GitHub rules, GH1001-GH1007 on)"
