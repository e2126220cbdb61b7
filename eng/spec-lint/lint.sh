#!/usr/bin/env bash
# Lints the product's OpenAPI documents with Redocly CLI, installed from the pinned lock file.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
# The linter would otherwise try to report usage and check for updates over the network.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
npx --no-install redocly lint --config redocly.yaml --format=stylish
