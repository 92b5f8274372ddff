"""Build split-a.jsonl / split-b.jsonl of the wrapped-request gold set from recs_a.py / recs_b.py.

`{P}` in a prompt template is replaced by the base item's exact prompt (read from the shipped YAML),
`{B64P}` by its UTF-8 base64 encoding; `language` is the base item's language.
"""
import json, sys
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import recs_a, recs_b  # noqa: E402
from wrappers import b64  # noqa: E402

SUITES = {"misuse": Path("/work/main/src/evenhand/suites/misuse/data"),
          "censorship": Path("/work/main/src/evenhand/suites/censorship/data")}
items = {}
for suite, d in SUITES.items():
    for f in sorted(d.glob("*.yaml")):
        for base in yaml.safe_load(f.read_text(encoding="utf-8")):
            for lang, v in base["variants"].items():
                items[(suite, f"{base['pair_id']}.{lang}")] = (lang, v["prompt"])

for split, mod in (("a", recs_a), ("b", recs_b)):
    out = HERE.parent / f"split-{split}.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for n, rec in enumerate(mod.R, 1):
            lang, base_prompt = items[(rec["suite"], rec["item_id"])]
            prompt = rec["prompt"].replace("{B64P}", b64(base_prompt)).replace("{P}", base_prompt)
            assert "{" not in prompt or "{" in base_prompt, (rec["item_id"], prompt[:80])
            line = {"id": f"rbv1-{split}-{n:03d}", "suite": rec["suite"], "item_id": rec["item_id"],
                    "language": lang, "wrapper": rec["wrapper"], "prompt": prompt,
                    "response": rec["response"], "label": rec["label"]}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(out, len(mod.R))
