#!/usr/bin/env bash
# Proves that every workspace's test command exits non-zero when a test fails: plants one
# failing spec per workspace in a scratch copy of the tree and runs that workspace's `test`
# script on it. Exits 1 if any of them exits 0. `--database-url URL` repeats the API's check
# against that server.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
database_url=""
[ "${1:-}" = "--database-url" ] && database_url="$2"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A full copy (not hard links): the runners write caches under node_modules.
tar -C "$root" --exclude=./.git --exclude=./.data -cf - . | tar -C "$scratch" -xf -

# workspace directory, planted file (matching that runner's include pattern)
checks=(
  "packages/api-types src/zz-must-fail.spec.ts"
  "packages/questionnaire src/zz-must-fail.spec.ts"
  "packages/scoring src/zz-must-fail.spec.ts"
  "apps/api src/zz-must-fail.spec.ts"
  "apps/web src/zz-must-fail.spec.ts"
  "e2e src/zz-must-fail.e2e.ts"
)
bad=0
run() { # label dir file [env...]
  local label=$1 dir=$2 file=$3; shift 3
  (cd "$scratch/$dir" && env "$@" npm run test -- "$file" >"$scratch/$label.log" 2>&1)
  local code=$?
  if [ "$code" -eq 0 ]; then
    echo "self-check: $label exits 0 with a failing test — its failures would go unnoticed"
    tail -20 "$scratch/$label.log"
    bad=1
  else
    echo "self-check: $label exits $code with a failing test"
  fi
}
for c in "${checks[@]}"; do
  set -- $c
  printf "import { it, expect } from 'vitest';\nit('is planted to fail', () => expect(1).toBe(2));\n" >"$scratch/$1/$2"
  run "$1" "$1" "$2" DATABASE_URL=
done
if [ -n "$database_url" ]; then
  run "apps/api (DATABASE_URL)" apps/api src/zz-must-fail.spec.ts DATABASE_URL="$database_url"
  run "e2e (DATABASE_URL)" e2e src/zz-must-fail.e2e.ts DATABASE_URL="$database_url"
fi
exit $bad
