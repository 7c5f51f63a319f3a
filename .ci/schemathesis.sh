#!/usr/bin/env bash
# Checks the served OpenAPI document against the real server with schemathesis (PyPI):
# builds the demo store, starts `entente serve` on a free loopback port, lets
# schemathesis generate valid and invalid requests for every operation, and fails on a
# 5xx or on a response that does not match the documented schema.
# usage: .ci/schemathesis.sh [path/to/entente]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
ST_VERSION=4.32.5
BIN=${1:-target/debug/entente}

if ! python3 -m pip install --quiet "schemathesis==$ST_VERSION" 2>/tmp/schemathesis-pip.log; then
  echo "SKIP schemathesis: schemathesis==$ST_VERSION could not be installed from PyPI:"
  tail -3 /tmp/schemathesis-pip.log
  exit 0
fi
[ -x "$BIN" ] || cargo build -q -p entente-cli
work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

cp -r examples "$work/"
root=$PWD
(cd "$work" && "$root/$BIN" --models "$root/models" demo </dev/null >demo.log 2>&1) || {
  echo "schemathesis: entente demo failed:"; tail -20 "$work/demo.log"; exit 1; }
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" --models "$root/models" serve --db "$work/entente-demo.db" --addr "127.0.0.1:$port" >"$work/serve.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$port"
# Wait for the server, then for the coder (POST /api/v1/code answers 503 while it is
# unavailable, which would count as a server error).
for _ in $(seq 600); do
  status=$(curl -sf "$base/healthz" | python3 -c 'import json, sys; print(json.load(sys.stdin)["coder"]["status"])' 2>/dev/null || true)
  [ "$status" = ready ] && break
  [ "$status" = unavailable ] && { echo "schemathesis: the coder could not load"; curl -s "$base/healthz"; exit 1; }
  sleep 0.2
done
[ "$status" = ready ] || { echo "schemathesis: server not ready:"; tail -20 "$work/serve.log"; exit 1; }

# Bounded: a fixed number of examples per operation and a time budget, with a fixed seed
# so that a finding reproduces.
# Run from the scratch directory: schemathesis keeps a cache in its working directory.
if (cd "$work" && schemathesis run "$base/api/v1/openapi.json" \
    --checks not_a_server_error,response_schema_conformance \
    --max-examples 30 --max-time 100 --seed 20261125 \
    --request-timeout 40 --workers 2 --no-shrink \
    --suppress-health-check all \
    --report junit --report-dir "$work/report") >"$work/st.log" 2>&1; then
  tail -15 "$work/st.log"
  echo "schemathesis: PASS (no 5xx, every response matches the OpenAPI document)"
else
  cat "$work/st.log" | tail -150
  echo "schemathesis: FAIL (see the findings above; server log follows)"
  tail -30 "$work/serve.log"
  exit 1
fi
