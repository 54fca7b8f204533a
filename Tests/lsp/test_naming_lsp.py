"""A vault whose person notes are named by their people's names, as Obsidian vaults' are."""
import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import code_actions, open_doc, written_journal

NOTES = {
    "kizuna.yaml": "people_dir: People\n",
    "People/Jane Doe.md": "---\ntags: [person]\nEmail: jane@example.com\ncontact:\n  uid: urn:uuid:1\n---\n",
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


async def test_a_hover_says_how_to_reach_them(client: LanguageClient):
    doc = await open_doc(client, "Daily/2026-11-03.md", "Lunch with [[Jane Doe]].\n")
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=14))
    )
    assert "\n\nContact: email `jane@example.com`" in hover.contents.value and "uid" not in hover.contents.value
