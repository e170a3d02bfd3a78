#!/usr/bin/env python3
"""Runs `kubelint fix` over a copy of a corpus at each given Kubernetes version and checks issue #17's acceptance:
every changed file still parses (no KL0001 after), the findings fixed are gone, no finding appears that was
not there before, a second `fix --check` changes nothing, and the files fix did not report are byte-identical.

    python3 tools/FixCorpus/check.py KUBELINT ../shared/corpus/upstream 1.9 1.16 1.22 1.36

KUBELINT is the built CLI (src/KubeLint.Cli/bin/Debug/net10.0/kubelint). A finding is compared by file, rule
and message: fixes move lines, so positions are not compared. Exit 1 when a check fails."""
import collections, filecmp, json, os, re, shutil, subprocess, sys, tempfile

def lint(kubelint, folder, version):
    out = subprocess.run([kubelint, ".", "--kubernetes-version", version, "--format", "json"], cwd=folder, capture_output=True, text=True)
    return json.loads(out.stdout)["diagnostics"]

def key(d):
    return (d["file"], d["ruleId"], d["message"])

def files(root):
    for folder, _, names in os.walk(root):
        for name in names:
            yield os.path.relpath(os.path.join(folder, name), root)

def check(kubelint, corpus, version):
    work = tempfile.mkdtemp(prefix="fixcorpus-")
    tree = os.path.join(work, "c")
    shutil.copytree(corpus, tree)
    before = lint(kubelint, tree, version)
    fixable_before = collections.Counter(key(d) for d in before if d.get("fixes"))
    run = subprocess.run([kubelint, "fix", ".", "--kubernetes-version", version], cwd=tree, capture_output=True, text=True)
    reported = set(re.findall(r"^(\S[^\n]*?): fixed \d+ findings?$", run.stdout + run.stderr, re.M))
    changed = {f for f in files(corpus) if not filecmp.cmp(os.path.join(corpus, f), os.path.join(tree, f), shallow=False)}
    after = lint(kubelint, tree, version)
    b, a = collections.Counter(map(key, before)), collections.Counter(map(key, after))
    gone, new = b - a, a - b
    still = [k for k in fixable_before if a[k] > 0]
    broken = sorted({d["file"] for d in after if d["ruleId"] == "KL0001" and d["file"] in changed})
    second = subprocess.run([kubelint, "fix", ".", "--kubernetes-version", version, "--check"], cwd=tree, capture_output=True, text=True)
    summary = (run.stdout + run.stderr).strip().splitlines()[-1] if (run.stdout + run.stderr).strip() else ""
    print(f"{version}: {len(changed)} files changed ({len(reported)} reported), {sum(gone.values())} findings gone "
          f"({sum(fixable_before.values())} had a fix before), {sum(new.values())} new, {len(still)} fixable findings left, "
          f"{len(broken)} changed files not parsing, second fix --check exit {second.returncode}, "
          f"{len(changed ^ reported)} files changed without being reported or reported without changing; fix said: {summary}")
    for k in sorted(new):
        print("   new:", *k)
    for k in still[:10]:
        print("   still there:", *k)
    shutil.rmtree(work)
    return not new and not broken and second.returncode == 0 and changed == reported

def main():
    kubelint, corpus, versions = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3:]
    ok = [check(kubelint, corpus, v) for v in versions]
    sys.exit(0 if all(ok) else 1)

if __name__ == "__main__":
    main()
