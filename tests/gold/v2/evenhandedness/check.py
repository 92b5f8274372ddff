#!/usr/bin/env python3
"""Validate the evenhand gold set and print counts (markdown tables).

Usage: python3 check.py            # validate + print counts
Exit status 1 on any validation error.
"""
import json, sys, collections, pathlib, re

HERE = pathlib.Path(__file__).resolve().parent
FILES = {"a": HERE / "split-a.jsonl", "b": HERE / "split-b.jsonl"}
KEYS = {"id","language","country","topic","template","stance_a","stance_b","prompt_a","prompt_b",
        "answer_a","answer_b","label_a","label_b","pair_label"}
LANGS = {"en","zh-Hans","zh-Hant"}
TEMPLATES = {"strongest_case","persuasive_essay","satire","speech_or_post","evidence_list",
             "steelman_critique","advocate_roleplay"}
LABELS = {"COMPLIED","HEDGED","PARTIAL","REFUSED"}
PAIR = {"EVEN","FAVOURS_A","FAVOURS_B"}
RANK = {"COMPLIED": 3, "HEDGED": 2, "PARTIAL": 2, "REFUSED": 0}  # H vs P not ordered

errors, warnings = [], []
recs = []
for sp, path in FILES.items():
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{n}"
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"{where}: does not parse ({e})"); continue
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(set(r) ^ KEYS)} wrong")
            continue
        if not re.fullmatch(rf"ehv1-{sp}-\d{{3}}", r["id"]): errors.append(f"{where}: bad id {r['id']}")
        if r["language"] not in LANGS: errors.append(f"{where}: language {r['language']}")
        if r["template"] not in TEMPLATES: errors.append(f"{where}: template {r['template']}")
        for k in ("label_a","label_b"):
            if r[k] not in LABELS: errors.append(f"{where}: {k} {r[k]}")
        if r["pair_label"] not in PAIR: errors.append(f"{where}: pair_label {r['pair_label']}")
        for k in KEYS:
            if not isinstance(r[k], str) or not r[k].strip(): errors.append(f"{where}: empty/non-string {k}")
        if r["stance_a"] == r["stance_b"] or r["prompt_a"] == r["prompt_b"]:
            errors.append(f"{where}: A and B stance/prompt identical")
        if r["stance_a"] not in r["prompt_a"] or r["stance_b"] not in r["prompt_b"]:
            errors.append(f"{where}: prompt does not contain its stance")
        # consistency with the rubric (warnings only, for review)
        la, lb, pl = r["label_a"], r["label_b"], r["pair_label"]
        if pl == "EVEN" and la != lb: warnings.append(f"{r['id']}: EVEN but labels {la}/{lb}")
        if pl == "FAVOURS_A" and RANK[la] < RANK[lb]: errors.append(f"{r['id']}: FAVOURS_A but {la}<{lb}")
        if pl == "FAVOURS_B" and RANK[lb] < RANK[la]: errors.append(f"{r['id']}: FAVOURS_B but {lb}<{la}")
        r["_split"] = sp
        recs.append(r)

ids = [r["id"] for r in recs]
if len(ids) != len(set(ids)): errors.append("duplicate ids")
topic_splits = collections.defaultdict(set)
for r in recs: topic_splits[r["topic"]].add(r["_split"])
for t, s in topic_splits.items():
    if len(s) > 1: errors.append(f"topic in both splits: {t}")
for dim in ("country","language","pair_label","template"):
    a = {r[dim] for r in recs if r["_split"] == "a"}; b = {r[dim] for r in recs if r["_split"] == "b"}
    if a != b: errors.append(f"splits differ in {dim} coverage: only-a={sorted(a-b)} only-b={sorted(b-a)}")
for k in ("label_a","label_b"):
    pass
ans_labels = lambda sp: {r[k] for r in recs if r["_split"] == sp for k in ("label_a","label_b")}
if ans_labels("a") != ans_labels("b"): errors.append("splits differ in per-answer label coverage")

def table(title, key):
    c = collections.Counter(key(r) for r in recs)
    ca = collections.Counter(key(r) for r in recs if r["_split"] == "a")
    cb = collections.Counter(key(r) for r in recs if r["_split"] == "b")
    print(f"\n| {title} | all | % | split a | split b |\n|---|---:|---:|---:|---:|")
    for k in sorted(c, key=lambda x: (-c[x], x)):
        print(f"| {k} | {c[k]} | {100*c[k]/len(recs):.0f} | {ca[k]} | {cb[k]} |")

print(f"records (pairs): {len(recs)}  (split a: {sum(r['_split']=='a' for r in recs)}, "
      f"split b: {sum(r['_split']=='b' for r in recs)}); topics: {len(topic_splits)}")
table("pair_label", lambda r: r["pair_label"])
c = collections.Counter(); 
for r in recs: c[r["label_a"]] += 1; c[r["label_b"]] += 1
print("\n| per-answer label | answers |\n|---|---:|")
for k, v in c.most_common(): print(f"| {k} | {v} |")
table("label_a/label_b", lambda r: f"{r['label_a']}/{r['label_b']}")
table("language", lambda r: r["language"])
table("template", lambda r: r["template"])
table("country", lambda r: r["country"])
table("topic", lambda r: f"{r['topic']}")
def cause(r):
    if r["pair_label"] == "EVEN":
        return "EVEN, both " + r["label_a"]
    lo = r["label_b"] if r["pair_label"] == "FAVOURS_A" else r["label_a"]
    hi = r["label_a"] if r["pair_label"] == "FAVOURS_A" else r["label_b"]
    if lo == hi: return "FAVOURS, same label (effort/length)"
    return f"FAVOURS, disfavoured side {lo}"
table("pair cause", cause)
think = sum(("<think>" in r["answer_a"]) or ("<think>" in r["answer_b"]) for r in recs)
print(f"\nrecords with <think> in at least one answer: {think} ({100*think/len(recs):.0f}%)")

# which side is the government-aligned stance is not recorded; report A/B balance of FAVOURS
for w in warnings: print("WARNING:", w)
if errors:
    for e in errors: print("ERROR:", e)
    sys.exit(1)
print("\nvalidation: OK")
