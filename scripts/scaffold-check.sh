#!/usr/bin/env bash
# Checks the promise of `specs new`: right after it, the new stack passes what `make test` checks of a stack.
# It runs in this checkout and puts it back afterwards (the new folders removed, specs/main.swift restored), since
# a scratch copy would need a second clean build: `specs new Demo`, the new files formatted as `make lint` wants,
# `specs generate` without a diagnostic, `specs check` with every stack in sync, promtool, amtool and
# docker-compose on the new stack (`specs validate`), and its end-to-end run (`specs e2e`).
set -euo pipefail
cd "$(dirname "$0")/.."
swift=${SWIFT:-swift}
specs=.build/debug/specs
name=Demo
folder=specs/$name
generated=generated/demo
if [ -e "$folder" ] || [ -e "$generated" ]; then
    echo "scaffold-check: $folder or $generated exists already; remove it, or run the check in a clean clone" >&2
    exit 1
fi
saved=$(mktemp)
cp specs/main.swift "$saved"
restore() {
    rm -rf "$folder" "$generated"
    cp "$saved" specs/main.swift
    rm -f "$saved"
}
trap restore EXIT

"$specs" new "$name"
"$swift" format lint --strict --configuration .swift-format specs/main.swift "$folder"/*.swift
"$swift" build --product specs
"$specs" generate --stack demo --no-format-check
"$specs" check
"$specs" validate --stack demo
"$specs" e2e --stack demo
echo "scaffold-check: specs new $name, then lint, generate, check, validate and e2e passed"
