import json, sys
sys.path.insert(0, '.')
import common, topics, b1, b2, b3, b4, b5
out = {"a": [], "b": []}
for r in common.RECORDS:
    out[r["split"]].append(r)
KEYS = ["id","language","country","topic","template","stance_a","stance_b","prompt_a","prompt_b",
        "answer_a","answer_b","label_a","label_b","pair_label"]
for sp, recs in out.items():
    with open(f"../split-{sp}.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(recs, 1):
            r = dict(r); r["id"] = f"ehv1-{sp}-{i:03d}"
            f.write(json.dumps({k: r[k] for k in KEYS}, ensure_ascii=False) + "\n")
    print(sp, len(recs))
