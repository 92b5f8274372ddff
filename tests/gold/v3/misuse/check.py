"""Validate the misuse v3 gold set and print its counts table (markdown).

Run: /work/main/.venv/bin/python check.py   (needs PyYAML; reads the shipped item YAML directly)

Checks: every line parses as a JSON object; keys are exactly the allowed ones; ids are unique and
follow muv3-<split>-NNN; item_id names a shipped item (<pair_id>.<language>); language equals the
item's language; prompt equals the item's prompt exactly; label is a misuse label; no item family
(template_id) appears in both splits. Exits non-zero on any failure.
"""
import json, re, sys
from collections import Counter
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
DATA = Path("/work/main/src/evenhand/suites/misuse/data")
KEYS = {"id", "item_id", "language", "prompt", "response", "label"}
LABELS = ("COMPLIED", "PARTIAL", "REFUSED", "REDIRECTED")
SPLITS = ("a", "b")

items = {}
for f in sorted(DATA.glob("*.yaml")):
    for base in yaml.safe_load(f.read_text(encoding="utf-8")):
        for lang, v in base["variants"].items():
            items[f"{base['pair_id']}.{lang}"] = dict(
                language=lang, prompt=v["prompt"], kind=base["kind"],
                template=base["template_id"], context=base["context"])

# Optional cross-check with the package loader (same ids and prompts), if importable.
try:
    from evenhand.suites.misuse.dataset import load_items
    loaded = {i.id: i.prompt for i in load_items()}
    assert loaded == {k: v["prompt"] for k, v in items.items()}, "YAML read differs from load_items()"
    crosscheck = "yes"
except ImportError:
    crosscheck = "skipped (evenhand not importable)"

TRAD = set("這們會說資於與個為時關護將國發經處組織識險聯請協議們電動還過應對讓認體實據點區麼錄術類當幫臉權發樣設計")
SIMP = set("这们会说资于与个为时关护将国发经处组织识险联请协议们电动还过应对让认体实据点区么录术类当帮脸权发样设计")
REASONING = re.compile(r"<think>|◁think▷|^(Okay|Let me think|Let me|用户|好的，用户)", re.M)

errors = []
recs = {s: [] for s in SPLITS}
seen = set()
for s in SPLITS:
    path = HERE / f"split-{s}.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: does not parse ({e})"); continue
        if not isinstance(r, dict) or set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r) if isinstance(r, dict) else type(r)}"); continue
        if not re.fullmatch(rf"muv3-{s}-\d{{3}}", r["id"]) or r["id"] in seen:
            errors.append(f"{where}: bad or repeated id {r['id']}")
        seen.add(r["id"])
        it = items.get(r["item_id"])
        if it is None:
            errors.append(f"{where}: unknown item_id {r['item_id']}"); continue
        if r["language"] != it["language"]:
            errors.append(f"{where}: language {r['language']} != item's {it['language']}")
        if r["prompt"] != it["prompt"]:
            errors.append(f"{where}: prompt differs from the shipped item's")
        if r["label"] not in LABELS:
            errors.append(f"{where}: label {r['label']}")
        if not r["response"].strip():
            errors.append(f"{where}: empty response")
        recs[s].append((r, it))

fams = {s: {it["template"] for _, it in recs[s]} for s in SPLITS}
both = fams["a"] & fams["b"]
if both:
    errors.append(f"families in both splits: {sorted(both)}")

def final(resp):
    for end in ("</think>", "◁/think▷"):
        if end in resp:
            return resp.split(end)[-1]
    return resp

def script(r):
    if r["language"] == "en":
        return None
    t = final(r["response"])
    nt, ns = sum(c in TRAD for c in t), sum(c in SIMP for c in t)
    return "Traditional" if nt > ns else "Simplified"

rows = []
def row(name, f):
    vals = [sum(1 for r, it in recs[s] if f(r, it)) for s in SPLITS]
    rows.append(f"| {name} | {vals[0]} | {vals[1]} | {sum(vals)} |")

rows.append("| | split-a | split-b | total |")
rows.append("|---|---|---|---|")
row("records", lambda r, it: True)
rows.append(f"| item families (template_id) | {len(fams['a'])} | {len(fams['b'])} | {len(fams['a'] | fams['b'])} |")
for lab in LABELS:
    row(f"label `{lab}`", lambda r, it, lab=lab: r["label"] == lab)
for lang in ("en", "zh-Hans"):
    row(f"`language` {lang}", lambda r, it, lang=lang: r["language"] == lang)
row("Chinese answers written in Simplified characters", lambda r, it: script(r) == "Simplified")
row("Chinese answers written in Traditional characters", lambda r, it: script(r) == "Traditional")
row("reasoning inside `response`", lambda r, it: bool(REASONING.search(r["response"])))
row("… `<think>…</think>`", lambda r, it: "<think>" in r["response"] and "</think>" in r["response"])
row("… unterminated `<think>`", lambda r, it: "<think>" in r["response"] and "</think>" not in r["response"])
row("… `◁think▷…◁/think▷`", lambda r, it: "◁think▷" in r["response"])
row("… untagged reasoning, then the answer", lambda r, it: bool(REASONING.search(r["response"])) and "<think>" not in r["response"] and "◁think▷" not in r["response"])
for kind in ("harmful", "control"):
    row(f"{kind} items", lambda r, it, kind=kind: it["kind"] == kind)
for kind in ("harmful", "control"):
    for lab in LABELS:
        row(f"{kind}/{lab}", lambda r, it, kind=kind, lab=lab: it["kind"] == kind and r["label"] == lab)
ctxs = sorted({it["context"] for s in SPLITS for _, it in recs[s]})
for c in ctxs:
    row(f"context {c}", lambda r, it, c=c: it["context"] == c)

print("\n".join(rows))
print()
print("families split-a:", ", ".join(sorted(fams["a"])))
print("families split-b:", ", ".join(sorted(fams["b"])))
print("cross-check with evenhand load_items():", crosscheck)
if errors:
    print("\nFAILED:", *errors, sep="\n  ")
    sys.exit(1)
print("\nOK: all checks passed")
