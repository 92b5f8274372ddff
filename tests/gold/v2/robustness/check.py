"""Validate the wrapped-request gold set (rbv1) and print its counts table (markdown).

Run: /work/main/.venv/bin/python check.py   (needs PyYAML; reads the shipped item YAML directly)

Checks: every line parses as a JSON object; keys are exactly the allowed ones; ids are unique and
follow rbv1-<split>-NNN; suite is misuse or censorship; item_id names a shipped item of that suite;
misuse items are harmful and censorship items are sensitive (not neutral controls); language equals the
base item's language; wrapper is one of the eight; the prompt contains the base item's exact prompt, or
(wrapper base64) its base64 encoding; label is valid for the suite; no item family (misuse:
template_id; censorship: topic) appears in both splits. Exits non-zero on any failure.
"""
import base64, binascii, json, re, sys
from collections import Counter
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
DATA = {"misuse": Path("/work/main/src/evenhand/suites/misuse/data"),
        "censorship": Path("/work/main/src/evenhand/suites/censorship/data")}
KEYS = {"id", "suite", "item_id", "language", "wrapper", "prompt", "response", "label"}
WRAPPERS = ("role_play", "fiction", "prefix_injection", "refusal_suppression", "many_shot",
            "script_switch", "base64", "system_override")
LABELS = {"misuse": ("COMPLIED", "PARTIAL", "REFUSED", "REDIRECTED"),
          "censorship": ("COMPLETE", "HEDGED", "DEFLECTED", "REFUSED", "OFFICIAL_NARRATIVE")}
SPLITS = ("a", "b")

items = {}
for suite, d in DATA.items():
    for f in sorted(d.glob("*.yaml")):
        for base in yaml.safe_load(f.read_text(encoding="utf-8")):
            if suite == "misuse":
                family, sensitive = base["template_id"], base["kind"] == "harmful"
                group = base["context"]
            else:
                family, sensitive = base["topic"], base["jurisdiction"] != "neutral"
                group = base["jurisdiction"]
            for lang, v in base["variants"].items():
                items[(suite, f"{base['pair_id']}.{lang}")] = dict(
                    language=lang, prompt=v["prompt"], family=family, sensitive=sensitive, group=group)

TRAD = set("這們會說資於與個為時關護將國發經處組織識險聯請協議電動還過應對讓認體實據點區麼錄術類當幫臉權樣設計歲醫訓誡裡們後書麼")
SIMP = set("这们会说资于与个为时关护将国发经处组织识险联请协议电动还过应对让认体实据点区么录术类当帮脸权样设计岁医训诫里们后书么")

def decoded_b64(text):
    t = text.strip()
    if not t or not re.fullmatch(r"[A-Za-z0-9+/=\s]+", t):
        return None
    try:
        return base64.b64decode(t, validate=False).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None

def answer_script(resp):
    if decoded_b64(resp) is not None:
        return "base64"
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in resp)
    if cjk < 10:
        return "English"
    nt, ns = sum(c in TRAD for c in resp), sum(c in SIMP for c in resp)
    return "Traditional Chinese" if nt > ns else "Simplified Chinese"

errors, seen = [], set()
recs = {s: [] for s in SPLITS}
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
        if not re.fullmatch(rf"rbv1-{s}-\d{{3}}", r["id"]) or r["id"] in seen:
            errors.append(f"{where}: bad or repeated id {r['id']}")
        seen.add(r["id"])
        if r["suite"] not in DATA:
            errors.append(f"{where}: suite {r['suite']}"); continue
        it = items.get((r["suite"], r["item_id"]))
        if it is None:
            errors.append(f"{where}: unknown {r['suite']} item_id {r['item_id']}"); continue
        if not it["sensitive"]:
            errors.append(f"{where}: {r['item_id']} is a control, not a harmful/sensitive item")
        if r["language"] != it["language"]:
            errors.append(f"{where}: language {r['language']} != item's {it['language']}")
        if r["wrapper"] not in WRAPPERS:
            errors.append(f"{where}: wrapper {r['wrapper']}")
        enc = base64.b64encode(it["prompt"].encode("utf-8")).decode("ascii")
        if r["wrapper"] == "base64":
            if enc not in r["prompt"]:
                errors.append(f"{where}: base64 prompt does not carry the encoded base prompt")
        elif it["prompt"] not in r["prompt"]:
            errors.append(f"{where}: wrapped prompt does not contain the base item's exact prompt")
        if r["prompt"].strip() == it["prompt"].strip():
            errors.append(f"{where}: prompt is not wrapped")
        if r["label"] not in LABELS[r["suite"]]:
            errors.append(f"{where}: label {r['label']} not a {r['suite']} label")
        if not r["response"].strip():
            errors.append(f"{where}: empty response")
        recs[s].append((r, it))

fams = {s: {(r["suite"], it["family"]) for r, it in recs[s]} for s in SPLITS}
both = fams["a"] & fams["b"]
if both:
    errors.append(f"families in both splits: {sorted(both)}")

rows = ["| | split-a | split-b | total |", "|---|---|---|---|"]
def row(name, f):
    vals = [sum(1 for r, it in recs[s] if f(r, it)) for s in SPLITS]
    rows.append(f"| {name} | {vals[0]} | {vals[1]} | {sum(vals)} |")

row("records", lambda r, it: True)
for suite in DATA:
    row(f"suite {suite}", lambda r, it, suite=suite: r["suite"] == suite)
for suite in DATA:
    n = [len({f for su, f in fams[s] if su == suite}) for s in SPLITS]
    rows.append(f"| {suite} families ({'template_id' if suite == 'misuse' else 'topic'}) | {n[0]} | {n[1]} | {sum(n)} |")
for suite in DATA:
    for lab in LABELS[suite]:
        row(f"{suite} `{lab}`", lambda r, it, suite=suite, lab=lab: r["suite"] == suite and r["label"] == lab)
for w in WRAPPERS:
    row(f"wrapper `{w}`", lambda r, it, w=w: r["wrapper"] == w)
for w in WRAPPERS:
    for suite in DATA:
        row(f"… `{w}` / {suite}", lambda r, it, w=w, suite=suite: r["wrapper"] == w and r["suite"] == suite)
for lang in ("en", "zh-Hans", "zh-Hant"):
    row(f"`language` {lang}", lambda r, it, lang=lang: r["language"] == lang)
for sc in ("English", "Simplified Chinese", "Traditional Chinese", "base64"):
    row(f"response written in {sc}", lambda r, it, sc=sc: answer_script(r["response"]) == sc)
for g in sorted({it["group"] for s in SPLITS for _, it in recs[s]}):
    row(f"context/jurisdiction {g}", lambda r, it, g=g: it["group"] == g)

print("\n".join(rows))
print()
for s in SPLITS:
    print(f"families split-{s}:", "; ".join(f"{su}:{f}" for su, f in sorted(fams[s])))

# Consistency with the misuse v3 set, if present: the same template in the same split letter.
v3 = HERE.parent / "gold-misuse-v3"
if (v3 / "split-a.jsonl").exists():
    mu_items = {k[1]: v for k, v in items.items() if k[0] == "misuse"}
    v3f = {s: {mu_items[json.loads(l)["item_id"]]["family"] for l in (v3 / f"split-{s}.jsonl").read_text(encoding="utf-8").splitlines()} for s in SPLITS}
    for s in SPLITS:
        other = "b" if s == "a" else "a"
        bad = {f for su, f in fams[s] if su == "misuse"} & v3f[other]
        if bad:
            errors.append(f"misuse families of split-{s} are in gold-misuse-v3 split-{other}: {sorted(bad)}")
    print("misuse families agree with gold-misuse-v3 splits: checked")
if errors:
    print("\nFAILED:", *errors, sep="\n  ")
    sys.exit(1)
print("\nOK: all checks passed")
