"""A vault whose person notes are named by their people's names: the editor's new person note is named so too."""
import pytest
from pytest_lsp import LanguageClient

from conftest import code_actions, open_doc, written_journal

NOTES = {
    "kizuna.yaml": "people_dir: People\n",
    "People/Jane Doe.md": "---\ntags: [person]\n---\n",
    "People/John Smith.md": "",
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_a_person_note_is_created_under_the_name_obsidian_links_by(client: LanguageClient):
    doc = await open_doc(client, "Daily/2026-11-02.md", "Tea with [[Carl Dahl]].\n")
    (warning,) = client.diagnostics[doc]
    titles = [a.title for a in await code_actions(client, doc, 0, 12, [warning])]
    assert titles[0] == "Create a person note for Carl Dahl (People/Carl Dahl.md)"
