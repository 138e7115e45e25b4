#!/usr/bin/env bash
# dist/ is what the Action and `npx sshlint` run: it must be exactly what the sources build.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build >/dev/null
if ! git diff --quiet --exit-code -- dist || [ -n "$(git ls-files --others --exclude-standard dist)" ]; then
  echo "dist/ is stale: run 'npm run build' and commit dist/" >&2
  git status --short dist >&2
  git diff --stat -- dist >&2
  exit 1
fi
echo "dist/ is fresh"
