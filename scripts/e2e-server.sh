#!/usr/bin/env bash
# The server the end-to-end tests run against: the production build on a fresh database
# holding the small demo center. Needs `npm run build` first.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-4173}
dir=.cache/e2e
rm -rf "$dir" && mkdir -p "$dir"
export DATABASE_URL="file:$dir/tend.db"
npm run -s tend -- db seed --demo --small >/dev/null
exec env PORT="$port" HOST=127.0.0.1 ORIGIN="http://localhost:$port" node build/index.js
