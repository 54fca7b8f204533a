"""A vault that keeps its people outside people_dir, marked in front matter, as kepano's does in References/."""
import asyncio

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import code_actions, open_doc, written_journal

NOTES = {
    "References/Steph Ango.md": '---\ncategories:\n  - "[[People]]"\n---\n',
    "References/Paul Chambers.md": '---\ncategories: ["[[People]]", "[[Musicians]]"]\n---\n',
    "References/Blade Runner.md": '---\ncategories: ["[[Movies]]"]\n---\n',
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_a_new_person_note_goes_where_the_people_are_marked_as_they_are(client: LanguageClient):
    doc = await open_doc(client, "Daily/2026-11-02.md", "Tea with [[Carl Dahl]].\n")
    (warning,) = client.diagnostics[doc]
    (create,) = [a for a in await code_actions(client, doc, 0, 12, [warning]) if a.title.startswith("Create")]
    assert create.title == "Create a person note for Carl Dahl (References/Carl Dahl.md)"
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=create.command, arguments=create.arguments)
    )
    for _ in range(50):
        if client.applied:
            break
        await asyncio.sleep(0.05)
    (applied,) = client.applied
    (written,) = [c for c in applied.edit.document_changes if isinstance(c, types.TextDocumentEdit)]
    assert written.text_document.uri.endswith("/References/Carl%20Dahl.md"), written.text_document.uri
    text = written.edits[0].new_text
    assert text.startswith('---\nname: Carl Dahl\ncategories: ["[[People]]"]\n---\n'), text
