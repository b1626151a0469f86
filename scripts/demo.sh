#!/usr/bin/env bash
# `npm run demo`: installs and builds if needed, then runs the example over the in-memory stores.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/pnpm.sh
if [ ! -d node_modules/.pnpm ]; then
  $PNPM install --frozen-lockfile --reporter=silent
fi
$PNPM exec turbo run build --output-logs=errors-only >/dev/null
node examples/demo.mjs
