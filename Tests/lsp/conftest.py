"""A real LSP client (pytest-lsp, on pygls) driving `kizuna lsp` over stdio on a small journal."""
import os
import shutil
import tempfile

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIZUNA = os.path.join(ROOT, ".build", "debug", "kizuna")

NOTES = {
    "kizuna.yaml": "owner: Yamada Taro\n",
    "people/tanaka-hanako.md": "---\nname: 田中 花子\naliases: [Hanako]\ncircle: core\npurpose: Mentor on design\n---\n"
    "# 田中 花子\n\n## 2026-11-10 Coffee in Shibuya #meet\n- [ ] Send Hanako the slides 📅 2026-11-20\n",
    "people/sato-kenji.md": "---\nname: Sato Kenji\ncircle: close\n---\n## 2026-11-02 Lunch with [[Hanako]] #meet\n",
    "log/2026-11-15.md": "会議 🙂 with [[Hanako]] and [[Sato Kenji]].\n",
}


@pytest.fixture(scope="session")
def journal():
    path = tempfile.mkdtemp(prefix="kizuna-lsp-")
    for rel, text in NOTES.items():
        full = os.path.join(path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    yield os.path.realpath(path)
    shutil.rmtree(path)
