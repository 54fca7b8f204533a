"""A journal of notes Denote names in the editor: links to an identifier, and a new person named as Denote would."""
import asyncio
import re

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import code_actions, open_doc, published, uri, written_journal

NOTES = {
    "20231015T093000--jane-doe__person.md": '---\ntitle:      "Jane Doe"\ntags:       ["person"]\n'
    'identifier: "20231015T093000"\n---\n\n## 2025-11-02 Coffee\n',
    "20240102T101500--ken-ito__person.md": '---\ntitle:      "Ken Ito"\ntags:       ["person"]\n---\n',
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_a_link_to_an_identifier_names_its_person_and_a_new_one_is_named_as_denote_names_notes(
    client: LanguageClient,
):
    text = "## 2025-11-20 Dinner\n\nWith [Jane](denote:20231015T093000) and [[Mia Chen]].\n"
    doc = await open_doc(client, "20251120T180000--dinners__journal.md", text)
    (unknown,) = await published(client, doc)
    assert unknown.message.startswith("no person or note named 'Mia Chen'"), unknown.message
    position = types.Position(line=2, character=8)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=doc), position=position)
    )
    assert hover is not None and hover.contents.value.startswith("**Jane Doe**"), hover
    target = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=position)
    )
    location = target[0] if isinstance(target, list) else target
    assert location.uri == uri(client.journal, "20231015T093000--jane-doe__person.md")
    actions = await code_actions(client, doc, 2, 45, [unknown])
    title = actions[0].title
    assert re.fullmatch(r"Create a person note for Mia Chen \(\d{8}T\d{6}--mia-chen__person\.md\)", title), title
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=actions[0].command, arguments=actions[0].arguments)
    )
    for _ in range(50):
        if client.applied:
            break
        await asyncio.sleep(0.05)
    (written,) = [c for c in client.applied[-1].edit.document_changes if isinstance(c, types.TextDocumentEdit)]
    identifier = re.search(r"(\d{8}T\d{6})--mia-chen__person\.md$", written.text_document.uri).group(1)
    assert written.edits[0].new_text.startswith('---\ntitle:      "Mia Chen"\ndate:       '), written.edits[0].new_text
    assert written.edits[0].new_text.endswith(f'tags:       ["person"]\nidentifier: "{identifier}"\n---\n\n')


async def test_after_denote_a_completion_offers_the_notes_by_identifier(client: LanguageClient):
    text = "## 2025-11-21 Walk\n\nWith [Ken](denote:\n"
    doc = await open_doc(client, "20251121T180000--walk__journal.md", text)
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=2, character=18)
        )
    )
    items = result.items if hasattr(result, "items") else result
    people = [(i.label, i.insert_text) for i in items if i.kind == types.CompletionItemKind.Reference]
    assert people[:2] == [("Jane Doe", "20231015T093000)"), ("Ken Ito", "20240102T101500)")], people
    typed = "## 2025-11-21 Walk\n\nWith [Ken](denote:2024\n"
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=doc, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=typed)],
        )
    )
    result = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=2, character=22)
        )
    )
    items = result.items if hasattr(result, "items") else result
    assert [i.label for i in items] == ["Ken Ito"], [i.label for i in items]
