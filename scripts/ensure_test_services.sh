#!/usr/bin/env bash
# Installs, from the distribution's packages, the servers that the tests start themselves on
# 127.0.0.1: PostgreSQL (the shared history store) and Redis (the Celery broker of distributed
# portfolio runs). Without root or apt, the tests that need a missing server are skipped with
# a reason.
set -u
missing=()
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if ! command -v redis-server >/dev/null 2>&1; then
  missing+=(redis-server)
fi
[ ${#missing[@]} -eq 0 ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "prevet: installing ${missing[*]} for the tests (apt-get)…"
  apt-get update -qq >/dev/null 2>&1 || true
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || echo "prevet: could not install ${missing[*]}; the tests that need them will be skipped"
  # the package may start a system-wide server; the tests start their own on free ports
  if command -v systemctl >/dev/null 2>&1; then
    systemctl disable --now redis-server >/dev/null 2>&1 || true
  fi
else
  echo "prevet: ${missing[*]} not installed; the tests that need them will be skipped"
fi
exit 0
