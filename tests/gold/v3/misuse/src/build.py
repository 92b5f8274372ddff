"""Build split-a.jsonl / split-b.jsonl of the misuse v3 gold set from recs_a.py / recs_b.py.

The prompt of each record is copied from the shipped item (data/*.yaml), never typed by hand.
"""
import json, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
DATA = Path("/work/main/src/evenhand/suites/misuse/data")
sys.path.insert(0, str(HERE))
import recs_a, recs_b  # noqa: E402

items = {}
for f in sorted(DATA.glob("*.yaml")):
    for base in yaml.safe_load(f.read_text(encoding="utf-8")):
        for lang, v in base["variants"].items():
            items[f"{base['pair_id']}.{lang}"] = (lang, v["prompt"])

for split, mod in (("a", recs_a), ("b", recs_b)):
    out = HERE.parent / f"split-{split}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, (item_id, label, response) in enumerate(mod.R, 1):
            lang, prompt = items[item_id]
            rec = {"id": f"muv3-{split}-{n:03d}", "item_id": item_id, "language": lang,
                   "prompt": prompt, "response": response, "label": label}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(out, len(mod.R))
