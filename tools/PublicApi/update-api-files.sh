#!/usr/bin/env bash
# Rewrites src/KubeLint.Core/PublicAPI.Unshipped.txt from the code: every public symbol that
# PublicAPI.Shipped.txt does not list. Run it after changing the public API on purpose (and after
# tools/PublicApi/draw_api.py); review the diff, it is the API change users will see.
#
# The analyzer's own fix (RS0016, through `dotnet format analyzers`) only adds lines; a symbol that is
# gone or no longer public (RS0017) has no fix. So the file is reset first and filled again: what was
# removed disappears, what was added appears. `*REMOVED*` lines (a shipped symbol taken away on purpose)
# are kept. Shipped symbols that vanished still fail the build (RS0017): that is a breaking change, to be
# recorded by hand as a `*REMOVED*` line.
set -euo pipefail
cd "$(dirname "$0")/../.."
core=src/KubeLint.Core
unshipped=$core/PublicAPI.Unshipped.txt
{
  echo '#nullable enable'
  grep '^\*REMOVED\*' "$unshipped" || true
} > "$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"
dotnet format analyzers "$core/KubeLint.Core.csproj" --diagnostics RS0016 --verbosity quiet
