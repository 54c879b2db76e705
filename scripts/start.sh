#!/usr/bin/env bash
# `npm start`: install if needed, build web and server, then run the built server in the
# foreground (exec, so signals reach it directly). PORT and GESANG_DATA_DIR can be overridden.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-deps.sh
npm run build

export PORT="${PORT:-3000}"
export GESANG_DATA_DIR="${GESANG_DATA_DIR:-./data}"
exec node packages/server/dist/main.js start "$@"
