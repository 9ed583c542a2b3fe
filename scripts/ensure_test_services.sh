#!/usr/bin/env bash
# Installs, from the distribution's packages, the servers that the tests start on 127.0.0.1
# (PostgreSQL). Without root or apt the store tests against PostgreSQL are skipped with a reason.
set -u
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "prevet: installing PostgreSQL for the store tests (apt-get)…"
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null 2>&1 \
    || echo "prevet: could not install PostgreSQL; its tests will be skipped"
else
  echo "prevet: PostgreSQL is not installed; the PostgreSQL store tests will be skipped"
fi
exit 0
