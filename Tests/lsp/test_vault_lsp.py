"""An Obsidian vault with no people: notes tagged as people are warned of, and a code action marks one a person."""
import pytest
from pytest_lsp import LanguageClient

from conftest import apply, change_doc, code_actions, open_doc, published, written_journal

NOTES = {
    ".obsidian/app.json": "{}\n",
    "Contacts/Anna.md": "---\r\naliases: [Anna K]\r\ntags: [person, friend]\r\n---\r\nMet at the fair.\r\n",
    "Contacts/Ben.md": "---\ntags: person\n---\n",
    "2026-11-01.md": "Tea with [[Anna]].\n",
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_a_note_tagged_as_a_person_is_marked_one_by_a_code_action(client: LanguageClient):
    text = NOTES["Contacts/Anna.md"]
    doc = await open_doc(client, "Contacts/Anna.md", text)
    (diagnostic,) = client.diagnostics[doc]
    assert diagnostic.range.start.line == 2 and "a tag does not make this note one" in diagnostic.message
    actions = await code_actions(client, doc, 2, 8, [diagnostic])
    (mark,) = [a for a in actions if a.title == "Mark as a person (type: person)"]
    edit = await apply(client, mark, doc)
    # One line, before the closing '---', in the note's own line ending; nothing else changes.
    assert edit.new_text == "type: person\r\n"
    assert (edit.range.start.line, edit.range.start.character, edit.range.end.line, edit.range.end.character) == (3, 0, 3, 0)
    marked = text.replace("\r\n---\r\nMet", "\r\ntype: person\r\n---\r\nMet")
    await change_doc(client, "Contacts/Anna.md", marked, 2)
    # Anna's becoming a person publishes the journal's notes again; hers may come after another's.
    assert not await published(client, doc, empty=True)
    # Anna is a person now, so Ben's tag is no longer warned of: the journal has people.
    ben = await open_doc(client, "Contacts/Ben.md", NOTES["Contacts/Ben.md"])
    assert not client.diagnostics.get(ben)
    actions = await code_actions(client, ben, 1, 2, [])
    assert "Mark as a person (type: person)" not in [a.title for a in actions]


async def test_an_inline_type_person_field_is_warned_of_and_marked_a_person_in_front_matter(client: LanguageClient):
    text = "title:: Dan\ntype:: person\n\n- Met at the meetup\n"
    doc = await open_doc(client, "pages/Dan.md", text)
    (diagnostic,) = await published(client, doc)
    assert diagnostic.range.start.line == 1 and "does not read inline fields" in diagnostic.message
    actions = await code_actions(client, doc, 1, 3, [diagnostic])
    (mark,) = [a for a in actions if a.title == "Mark as a person (type: person)"]
    edit = await apply(client, mark, doc)
    # Front matter written at the top; the inline field stays as the user wrote it.
    assert edit.new_text == "---\ntype: person\n---\n" and (edit.range.start.line, edit.range.end.line) == (0, 0)
    await change_doc(client, "pages/Dan.md", edit.new_text + text, 2)
    assert not await published(client, doc, empty=True)


async def test_an_inline_tags_person_field_in_a_journal_with_no_people_is_marked_too(client: LanguageClient):
    doc = await open_doc(client, "pages/Eve.md", "tags:: person, friend\n")
    (diagnostic,) = await published(client, doc)
    assert diagnostic.range.start.line == 0 and "a tag does not make this note one" in diagnostic.message
    actions = await code_actions(client, doc, 0, 2, [diagnostic])
    (mark,) = [a for a in actions if a.title == "Mark as a person (type: person)"]
    assert (await apply(client, mark, doc)).new_text == "---\ntype: person\n---\n"
