# Sourced by the root scripts: finds pnpm 10.34.8, or installs a private copy under .tools/
# (no global install), and exports the environment every build here needs.
PNPM_VERSION=10.34.8
export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1
# Native addons build from source against the local Node headers when they are present.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
  PNPM=pnpm
else
  if [ ! -x .tools/node_modules/.bin/pnpm ] || [ "$(.tools/node_modules/.bin/pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
    echo "==> installing pnpm $PNPM_VERSION into .tools/ (no global install)"
    npm install --silent --no-save --no-package-lock --prefix .tools "pnpm@$PNPM_VERSION" >/dev/null
  fi
  # On PATH too: turbo looks pnpm up there to run each package's scripts.
  export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  PNPM=pnpm
fi
export PNPM
