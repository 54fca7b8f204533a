"""A vault set to write markdown links: a link completion writes a markdown link, as Obsidian turns `[[` into one."""
import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import open_doc, written_journal

NOTES = {
    ".obsidian/app.json": '{"useMarkdownLinks": true}\n',
    "People/Ken Ito.md": "---\nname: Ken Ito\naliases: [Ken]\n---\n",
    "People/田中 花子.md": "---\nname: 田中 花子\n---\n",
    "Projects/Launch (v2).md": "Plan.\n",
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def complete(client, doc, line, character, label):
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=line, character=character))
    )
    (item,) = [i for i in result.items if i.label == label]
    return item


async def test_a_link_completion_writes_a_markdown_link_from_the_note(client: LanguageClient):
    doc = await open_doc(client, "Daily/2026-12-07.md", "- Lunch with [[Ke\n- 田中さんと[[田中]] #会った\n- See [[Lau\n")
    ken = await complete(client, doc, 0, 17, "Ken Ito")
    assert ken.text_edit.new_text == "[Ken Ito](../People/Ken%20Ito.md)" and ken.insert_text is None
    assert (ken.text_edit.range.start.character, ken.text_edit.range.end.character) == (13, 17)
    assert ken.filter_text.startswith("[[Ken Ito")
    # Between brackets already closed, the choice takes the closing ones too; a name in Japanese stays as it is.
    hanako = await complete(client, doc, 1, 11, "田中 花子")
    assert hanako.text_edit.new_text == "[田中 花子](../People/田中%20花子.md)"
    assert (hanako.text_edit.range.start.character, hanako.text_edit.range.end.character) == (7, 13)
    # A note that is no one's is linked the same way, its parentheses encoded.
    launch = await complete(client, doc, 2, 11, "Launch (v2)")
    assert launch.text_edit.new_text == "[Launch (v2)](../Projects/Launch%20%28v2%29.md)"


async def test_hover_and_definition_follow_a_markdown_link_to_a_person(client: LanguageClient):
    text = "- Tea with [Ken Ito](../People/Ken%20Ito.md) and [the plan](../Projects/Launch%20%28v2%29.md)\n"
    doc = await open_doc(client, "Daily/2026-12-06.md", text)

    def at(character):
        return types.TextDocumentIdentifier(uri=doc), types.Position(line=0, character=character)

    hover = await client.text_document_hover_async(types.HoverParams(*at(14)))
    assert hover.contents.value.startswith("**Ken Ito**")
    assert (hover.range.start.character, hover.range.end.character) == (11, 44)
    target = await client.text_document_definition_async(types.DefinitionParams(*at(30)))
    location = target[0] if isinstance(target, list) else target
    assert location.uri.endswith("/People/Ken%20Ito.md")
    # Obsidian's shortest form, the file's name alone, is a link to the person whose note alone has that name.
    await open_doc(client, "Daily/2026-12-05.md", "- Call with [Ken](Ken%20Ito.md)\n")
    short = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=doc.replace("2026-12-06", "2026-12-05")),
            position=types.Position(line=0, character=14),
        )
    )
    assert short.contents.value.startswith("**Ken Ito**")
    # A markdown link to a note that is no one's, and text outside any link, show nothing.
    assert await client.text_document_hover_async(types.HoverParams(*at(55))) is None
    assert await client.text_document_hover_async(types.HoverParams(*at(3))) is None
