"""Trunk post-build hook: rewrite every JSON file under the staging dir's data/ minified."""
import json
import os
import pathlib

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
for path in sorted((staging / "data").glob("*.json")):
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
