#!/usr/bin/env bash
# `npm test`: everything from a fresh clone. Gets pnpm, installs from the lockfile, builds,
# starts the local services, then runs every package's tests, typecheck and lint.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh

echo "==> pnpm install --frozen-lockfile (pnpm $($PNPM --version))"
$PNPM install --frozen-lockfile --reporter=append-only

bash scripts/start-services.sh

rm -f packages/*/.jest-results.json examples/.jest-results.json tools/*/.jest-results.json
status=0
# Four tasks at a time: on 2 cores more only make the timing-sensitive tests (child processes, deadlines) slower.
$PNPM exec turbo run build typecheck lint lint:biome test --concurrency=4 --continue=dependencies-successful --output-logs=full --log-order=grouped || status=$?

node scripts/summarize-tests.mjs || status=1
exit $status
