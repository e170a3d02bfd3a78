#!/usr/bin/env bash
# Times a kustomize tree (a base of 100 resources and 3 overlays, built in-process) against the same objects as
# plain files (`kubectl kustomize` of each overlay), median of 5 runs each, in turn.
# Usage: bash tests/bench/kustomize.sh [KUBELINT] (default /tmp/kb-pub/kubelint, from
#   dotnet publish src/KubeLint.Cli -c Release -o /tmp/kb-pub)
set -euo pipefail
kubelint=${1:-/tmp/kb-pub/kubelint}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree
mkdir -p "$tree/base" "$work/plain"
{
  echo "resources:"
  for i in $(seq 1 25); do echo "  - app$i.yaml"; done
  echo "commonLabels: {team: web}"
  echo "configMapGenerator:"
  echo "  - {name: shared, literals: [LOG=info]}"
} > "$tree/base/kustomization.yaml"
for i in $(seq 1 25); do
  cat > "$tree/base/app$i.yaml" <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: app$i}
spec:
  selector: {matchLabels: {app: app$i}}
  template:
    metadata: {labels: {app: app$i}}
    spec:
      serviceAccountName: app$i
      containers:
        - name: app
          image: registry.example.com/app$i:1.0
          envFrom: [{configMapRef: {name: shared}}]
          resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 128Mi}}
---
apiVersion: v1
kind: Service
metadata: {name: app$i}
spec:
  selector: {app: app$i}
  ports: [{port: 80, targetPort: 8080}]
---
apiVersion: v1
kind: ServiceAccount
metadata: {name: app$i}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: app$i-settings}
data: {mode: blue}
YAML
done
for env in dev staging prod; do
  mkdir -p "$tree/$env"
  cat > "$tree/$env/kustomization.yaml" <<YAML
namespace: $env
namePrefix: $env-
resources: [../base]
images: [{name: registry.example.com/app1, newTag: "2.0"}]
replicas: [{name: app1, count: 3}]
YAML
  kubectl kustomize "$tree/$env" > "$work/plain/$env.yaml" 2>/dev/null
done

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_once() { local s e; s=$(date +%s%N); "$kubelint" "$1" -q -f json -o /dev/null >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
: > "$work/t-tree"; : > "$work/t-plain"
for _ in 1 2 3 4 5; do
  time_once "$tree" >> "$work/t-tree"
  time_once "$work/plain" >> "$work/t-plain"
done
t=$(median < "$work/t-tree"); p=$(median < "$work/t-plain")
echo "kustomize tree (3 overlays x 101 objects, built): median ${t} ms; runs: $(tr '\n' ' ' < "$work/t-tree")"
echo "the same objects as plain files:                 median ${p} ms; runs: $(tr '\n' ' ' < "$work/t-plain")"
echo "ratio: $(awk -v t="$t" -v p="$p" 'BEGIN {printf "%.2f", t / p}')"
"$kubelint" "$tree" -q >/dev/null 2>&1; echo "findings exit code (tree): $?"
