#!/usr/bin/env bash
# Installs what Vigil needs from Debian's packages, only when it is missing.
#   scripts/bootstrap.sh build   libyaml (headers and pkg-config file): enough for `make generate`
#   scripts/bootstrap.sh all     also promtool, amtool, prometheus, alertmanager and docker-compose (`make test`)
#   scripts/bootstrap.sh bench   libyaml, and Python 3 with venv for the Python side of `make bench`
set -euo pipefail

profile="${1:-all}"
case "$profile" in
build | all | bench) ;;
*)
    echo "usage: scripts/bootstrap.sh [build|all|bench]" >&2
    exit 64
    ;;
esac

missing=()
pkg-config --exists yaml-0.1 2>/dev/null || missing+=(libyaml-dev pkg-config)
if [ "$profile" = all ]; then
    { command -v promtool && command -v prometheus; } >/dev/null || missing+=(prometheus)
    { command -v amtool && command -v prometheus-alertmanager; } >/dev/null || missing+=(prometheus-alertmanager)
    command -v docker-compose >/dev/null || missing+=(docker-compose)
fi
if [ "$profile" = bench ]; then
    python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3 python3-venv)
fi

[ ${#missing[@]} -eq 0 ] && exit 0

echo "bootstrap: installing ${missing[*]}" >&2
if ! command -v apt-get >/dev/null; then
    echo "bootstrap: apt-get is not available; install these Debian packages (or their equivalents) yourself: ${missing[*]}" >&2
    exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        sudo=(sudo -n)
    else
        echo "bootstrap: not root and no password-less sudo; run as root: apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "bootstrap: installed ${missing[*]}" >&2
