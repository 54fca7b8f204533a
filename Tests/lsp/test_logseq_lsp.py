"""A Logseq graph in the editor: journal titles and escaped page names are links, not warnings."""
import datetime

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import apply, change_doc, code_actions, open_doc, published, uri, written_journal

NOTES = {
    "logseq/config.edn": "{:meta/version 1\n ;; :journal/page-title-format \"yyyy-MM-dd\"\n :file/name-format :triple-lowbar}\n",
    "logseq/bak/journals/2026_11_03/2026-11-04T08_12_40.118Z.Desktop.md": "- Read with [[Nobody]]\n",
    "pages/Sato Kenji.md": "---\ntype: person\n---\n\n- Study group\n",
    "pages/Ch 1%3A Basics.md": "- Notes\n",
    "journals/2026_11_03.md": "- Read [[Ch 1: Basics]] with [[Sato Kenji]] after [[Nov 2nd, 2026]] #meet\n",
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_a_journal_page_with_a_title_link_and_an_escaped_page_name_has_no_warning(client: LanguageClient):
    text = NOTES["journals/2026_11_03.md"]
    doc = await open_doc(client, "journals/2026_11_03.md", text)
    assert not client.diagnostics.get(doc)
    # A typo of a person's name is still warned of, with the name meant.
    await change_doc(client, "journals/2026_11_03.md", text.replace("[[Sato Kenji]]", "[[Sato Kenjj]]"))
    (diagnostic,) = await published(client, doc)
    assert "Sato Kenjj" in diagnostic.message and "did you mean Sato Kenji" in diagnostic.message
    # The backup Logseq keeps of a page is no note of the journal: its link to nobody is not reported.
    assert not client.diagnostics.get(uri(client.journal, "logseq/bak/journals/2026_11_03/2026-11-04T08_12_40.118Z.Desktop.md"))


async def test_a_link_to_an_escaped_page_name_jumps_to_its_file(client: LanguageClient):
    text = NOTES["journals/2026_11_03.md"]
    doc = await open_doc(client, "journals/2026_11_03.md", text)
    target = await client.text_document_definition_async(
        types.DefinitionParams(
            text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=12)
        )
    )
    locations = target if isinstance(target, list) else [target]
    assert [l.uri for l in locations] == [uri(client.journal, "pages/Ch 1%3A Basics.md")]


async def test_a_logseq_task_is_marked_done_as_logseq_marks_it(client: LanguageClient):
    text = "- Coffee with [[Sato Kenji]] #meet\n- LATER Send [[Sato Kenji]] the deck\n"
    doc = await open_doc(client, "journals/2026_11_04.md", text)
    actions = await code_actions(client, doc, 1, 4, [])
    (done,) = [a for a in actions if a.title == "Mark the task done"]
    edit = await apply(client, done, doc)
    assert edit.new_text == f"- DONE Send [[Sato Kenji]] the deck ✅ {datetime.date.today().isoformat()}"
    # A plain list item is no task: nothing to mark.
    assert "Mark the task done" not in [a.title for a in await code_actions(client, doc, 0, 4, [])]
