#!/usr/bin/env bash
# `npm run demo`: installs and builds if needed, then runs a scripted session through the
# `casual-memory` command (examples/demo.mjs) in a temporary data folder, offline.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh
if [ ! -d node_modules/.pnpm ]; then
  echo "==> first run: installing dependencies (pnpm $($PNPM --version))"
  $PNPM install --frozen-lockfile --reporter=silent
fi
$PNPM exec turbo run build --filter=@casual-memory/examples... --output-logs=errors-only >/dev/null
$PNPM --silent --filter @casual-memory/examples demo
