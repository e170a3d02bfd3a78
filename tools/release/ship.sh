#!/usr/bin/env bash
# Ships a release's rules and public API: the rows of rules/AnalyzerReleases.Unshipped.md become the
# section "## Release <version>" of AnalyzerReleases.Shipped.md (the Unshipped tables are left with
# their headers only), and src/KubeLint.Core/PublicAPI.Unshipped.txt is merged into PublicAPI.Shipped.txt
# (a `*REMOVED*` line takes its symbol out of Shipped). The release workflow runs it before testing,
# so the tests and the API analyzers check the shipped state that is packed.
#
#   tools/release/ship.sh <version> [<repository root>]
#
# Exit codes: 0 shipped; 1 the version is already in AnalyzerReleases.Shipped.md; 2 wrong arguments.
set -euo pipefail
export LC_ALL=C

version=${1:-}
root=${2:-"$(cd "$(dirname "$0")/../.." && pwd)"}
if [[ ! $version =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "usage: tools/release/ship.sh <version like 0.2.0> [<repository root>]" >&2
  exit 2
fi

rules_shipped=$root/rules/AnalyzerReleases.Shipped.md
rules_unshipped=$root/rules/AnalyzerReleases.Unshipped.md
api_shipped=$root/src/KubeLint.Core/PublicAPI.Shipped.txt
api_unshipped=$root/src/KubeLint.Core/PublicAPI.Unshipped.txt
for file in "$rules_shipped" "$rules_unshipped" "$api_shipped" "$api_unshipped"; do
  [[ -f $file ]] || { echo "ship.sh: $file is missing" >&2; exit 2; }
done
if grep -qxF "## Release $version" "$rules_shipped"; then
  echo "ship.sh: release $version is already in $rules_shipped" >&2
  exit 1
fi

# Rules. In each "### <section>" of Unshipped, the first two table lines are the header and the
# separator; the rest are the release's rows. Sections without rows are left out of the release.
release=$(awk -v version="$version" '
  /^### / { section = $0; rows = 0; next }
  /^\|/ && section != "" {
    rows++
    if (rows <= 2) { head[section] = head[section] $0 "\n"; next }
    if (!(section in body)) order[++count] = section
    body[section] = body[section] $0 "\n"
  }
  END {
    printf "## Release %s\n", version
    for (i = 1; i <= count; i++) printf "\n%s\n\n%s%s", order[i], head[order[i]], body[order[i]]
  }' "$rules_unshipped")
remaining=$(awk '
  /^### / { section = $0; rows = 0; print; next }
  /^\|/ && section != "" { rows++; if (rows <= 2) print; next }
  { print }' "$rules_unshipped")
# Shipped ends with exactly one blank line before the new release.
shipped=$(cat "$rules_shipped")
printf '%s\n\n%s\n' "$shipped" "$release" > "$rules_shipped"
printf '%s\n' "$remaining" > "$rules_unshipped"

# Public API: Shipped minus what Unshipped removes, plus what it adds, sorted; Unshipped starts over.
removed=$(grep '^\*REMOVED\*' "$api_unshipped" | sed 's/^\*REMOVED\*//' || true)
{
  echo '#nullable enable'
  {
    grep -v -e '^#nullable enable$' -e '^$' "$api_shipped" | grep -vxF -f <(printf '%s\n' "$removed") || true
    grep -v -e '^#nullable enable$' -e '^$' -e '^\*REMOVED\*' "$api_unshipped" || true
  } | sort -u
} > "$api_shipped.tmp"
mv "$api_shipped.tmp" "$api_shipped"
echo '#nullable enable' > "$api_unshipped"

echo "shipped $version: $(printf '%s\n' "$release" | grep -c '^| KL' || true) rule row(s), $(($(wc -l < "$api_shipped") - 1)) public API line(s) in PublicAPI.Shipped.txt"
