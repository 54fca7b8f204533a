"""A Dendron workspace in the editor: links written label first, user notes as people, user tags as links."""
import asyncio

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import apply, change_doc, code_actions, open_doc, published, uri, written_journal

NOTES = {
    "dendron.yml": "version: 5\nworkspace:\n  vaults:\n    - fsPath: vault\n",
    "vault/user.ann-lee.md": "---\nid: a1\ntitle: Ann Lee\ndesc: 'Beta lead'\n---\n\n## 2026-11-20 Coffee\n",
    "vault/user.田中.md": "---\nid: t1\ntitle: 田中 花子\n---\n",
    "vault/project.launch.md": "---\nid: p1\ntitle: Launch\n---\n\nOwners: [[Ann|user.ann-lee]] and @田中.\n"
    "Back to [[dendron://notes/root#top]].\n",
    "vault/root.md": "---\nid: r1\ntitle: Root\n---\n",
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_a_label_first_link_and_a_user_tag_name_their_people_and_jump_to_their_notes(client: LanguageClient):
    doc = await open_doc(client, "vault/project.launch.md", NOTES["vault/project.launch.md"])
    assert not client.diagnostics.get(doc)
    # A link across vaults, with no label, names its note as the check reads it.
    target = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=6, character=12))
    )
    location = target[0] if isinstance(target, list) else target
    assert location.uri == uri(client.journal, "vault/root.md")
    for character, name, note in [(12, "Ann Lee", "vault/user.ann-lee.md"), (35, "田中 花子", "vault/user.田中.md")]:
        position = types.Position(line=5, character=character)
        hover = await client.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=doc), position=position)
        )
        assert hover.contents.value.startswith(f"**{name}**")
        target = await client.text_document_definition_async(
            types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=position)
        )
        location = target[0] if isinstance(target, list) else target
        assert location.uri == uri(client.journal, note)


async def test_a_mistyped_link_or_user_tag_is_fixed_by_the_user_notes_name(client: LanguageClient):
    text = "Met [[Ann|user.ann-le]], then @ann-le.\n"
    doc = await open_doc(client, "vault/daily.journal.2026.11.24.md", text)
    link, tag = sorted(await published(client, doc), key=lambda d: d.range.start.character)
    assert link.message == "no person or note named 'user.ann-le'; did you mean Ann Lee (user.ann-lee)?"
    assert (link.range.start.character, tag.range.start.character) == (4, 30)
    actions = await code_actions(client, doc, 0, 14, [link])
    # A new person is a user note in the vault, not a note in the people folder.
    assert [a.title for a in actions] == ["Create a person note for ann-le (vault/user.ann-le.md)", "Replace with Ann Lee"]
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=actions[0].command, arguments=actions[0].arguments)
    )
    for _ in range(50):
        if client.applied:
            break
        await asyncio.sleep(0.05)
    (written,) = [c for c in client.applied[-1].edit.document_changes if isinstance(c, types.TextDocumentEdit)]
    assert written.text_document.uri.endswith("/vault/user.ann-le.md"), written.text_document.uri
    assert written.edits[0].new_text.startswith("---\nname: ann-le\n---\n"), written.edits[0].new_text
    edit = await apply(client, actions[1], doc)
    assert edit.new_text == "user.ann-lee" and (edit.range.start.character, edit.range.end.character) == (10, 21)
    actions = await code_actions(client, doc, 0, 33, [tag])
    edit = await apply(client, actions[-1], doc)
    assert edit.new_text == "ann-lee" and (edit.range.start.character, edit.range.end.character) == (31, 37)
    await change_doc(client, "vault/daily.journal.2026.11.24.md", "Met [[Ann|user.ann-lee]], then @ann-lee.\n")
    assert not await published(client, doc, empty=True)

