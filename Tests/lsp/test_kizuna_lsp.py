"""End to end: open, edit, complete, hover, jump, fix; positions in UTF-16 with Japanese text and emoji."""
import asyncio
import os
import pathlib

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import apply, change_doc, code_actions, open_doc, published, uri


async def test_a_typo_in_an_unsaved_buffer_is_underlined_with_its_suggestion(client: LanguageClient):
    doc = await open_doc(client, "log/new.md", "# Tea\n")
    assert not client.diagnostics.get(doc)
    await change_doc(client, "log/new.md", "# Tea\n\n会議 🙂 with [[Hanakko]]\n")
    (d,) = client.diagnostics[doc]
    assert d.message == "no person or note named 'Hanakko'; did you mean 田中 花子 (tanaka-hanako)?"
    assert d.severity == types.DiagnosticSeverity.Warning
    # 会議 is two UTF-16 units, the emoji two more: the link starts at 2 + 1 + 2 + 6 = 11.
    assert (d.range.start.line, d.range.start.character, d.range.end.character) == (2, 11, 22)
    assert not os.path.exists(os.path.join(client.journal, "log/new.md"))


async def test_completing_a_link_offers_people_by_name_alias_and_id(client: LanguageClient):
    doc = await open_doc(client, "log/c.md", "Met [[Han\n")
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=9))
    )
    items = result.items if hasattr(result, "items") else result
    hanako = [i for i in items if i.label == "田中 花子"]
    assert hanako and "Hanako" in hanako[0].filter_text and hanako[0].insert_text == "田中 花子]]"
    assert hanako[0].detail.startswith("core · last touch 2026-11-15")
    tags = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=0))
    )
    await change_doc(client, "log/c.md", "## 2026-11-20 Tea #")
    tags = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=19))
    )
    labels = {i.label for i in (tags.items if hasattr(tags, "items") else tags)}
    assert {"meet", "give", "会った", "ギブ"} <= labels


async def test_hover_tells_when_you_last_met_and_definition_jumps_to_her_note(client: LanguageClient):
    doc = await open_doc(client, "log/h.md", "Lunch with [[Hanako]]\n")
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=14))
    )
    text = hover.contents.value
    assert text.startswith("**田中 花子** · core, every 14 days")
    assert "Last touch: 2026-11-15" in text and "Why: Mentor on design" in text and "Send Hanako the slides" in text
    target = await client.text_document_definition_async(
        types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=14))
    )
    location = target[0] if isinstance(target, list) else target
    assert location.uri == uri(client.journal, "people/tanaka-hanako.md")


async def test_a_code_action_replaces_a_typo_and_one_creates_the_person_through_apply_edit(client: LanguageClient):
    doc = await open_doc(client, "log/fix.md", "Call with [[Hanakko]]\n- [ ] Send the deck\n")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc),
            range=types.Range(start=types.Position(line=0, character=13), end=types.Position(line=0, character=13)),
            context=types.CodeActionContext(diagnostics=client.diagnostics[doc]),
        )
    )
    titles = [a.title for a in actions]
    assert titles == ["Create a person note for Hanakko (people/hanakko.md)", "Replace with 田中 花子"]
    replace = actions[1]
    await client.workspace_execute_command_async(types.ExecuteCommandParams(command=replace.command, arguments=replace.arguments))
    for _ in range(50):
        if client.applied:
            break
        await asyncio.sleep(0.05)
    (applied,) = client.applied
    (edit,) = applied.edit.changes[doc]
    assert edit.new_text == "田中 花子" and (edit.range.start.character, edit.range.end.character) == (12, 19)
    tasks = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc),
            range=types.Range(start=types.Position(line=1, character=3), end=types.Position(line=1, character=3)),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert [a.title for a in tasks] == ["Mark the task done"]
    assert not os.path.exists(os.path.join(client.journal, "people/hanakko.md")), "the server wrote a file itself"


async def test_renaming_an_alias_republishes_the_notes_that_use_it(client: LanguageClient):
    doc = await open_doc(client, "log/2026-11-15.md", "会議 🙂 with [[Hanako]] and [[Sato Kenji]].\n")
    assert not client.diagnostics.get(doc)
    person = "people/tanaka-hanako.md"
    text = open(os.path.join(client.journal, person), encoding="utf-8").read()
    await open_doc(client, person, text)
    await change_doc(client, person, text.replace("aliases: [Hanako]", "aliases: [Hana]"))
    for _ in range(50):
        if client.diagnostics.get(doc):
            break
        await asyncio.sleep(0.05)
    (d,) = client.diagnostics[doc]
    assert d.message.startswith("no person or note named 'Hanako'")
    assert (d.range.start.line, d.range.start.character) == (0, 11)


async def test_symbols_references_and_files_changed_on_disk(client: LanguageClient):
    doc = await open_doc(client, "people/tanaka-hanako.md", open(os.path.join(client.journal, "people/tanaka-hanako.md"), encoding="utf-8").read())
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=doc))
    )
    assert [s.name for s in symbols] == ["2026-11-10 Coffee in Shibuya"]
    refs = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=0, character=0),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    places = sorted((pathlib.Path(r.range and r.uri).name, r.range.start.line) for r in refs)
    assert ("2026-11-15.md", 0) in places and ("sato-kenji.md", 4) in places and ("tanaka-hanako.md", 8) in places
    people = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="sato"))
    assert [p.name for p in people] == ["Sato Kenji"]
    other = await open_doc(client, "log/w.md", "Met [[Mori Aki]]\n")
    assert client.diagnostics[other]
    with open(os.path.join(client.journal, "people/mori-aki.md"), "w", encoding="utf-8") as f:
        f.write("---\nname: Mori Aki\n---\n")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=uri(client.journal, "people/mori-aki.md"), type=types.FileChangeType.Created)]
        )
    )
    for _ in range(50):
        if not client.diagnostics.get(other):
            break
        await asyncio.sleep(0.05)
    assert not client.diagnostics.get(other)


def resident_mb(client):
    with open(f"/proc/{client._server.pid}/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) // 1024


async def test_a_huge_note_pasted_then_undone_leaves_no_memory_behind(client: LanguageClient):
    before = resident_mb(client)
    huge = "*a" * 3_000_000  # markup that takes cmark past its memory limit for one note
    await open_doc(client, "log/huge.md", huge)
    for version in range(2, 4):
        await change_doc(client, "log/huge.md", huge + "x" * version, version)
    await change_doc(client, "log/huge.md", "Met [[Nobody Here]]\n", 4)
    assert [d.message for d in client.diagnostics[uri(client.journal, "log/huge.md")]] == [
        "no person or note named 'Nobody Here'"
    ]
    # The parses' memory goes back to the system, not to an allocator that keeps it.
    assert resident_mb(client) < before + 100


async def test_a_front_matter_value_that_needs_quotes_is_quoted_by_a_code_action(client: LanguageClient):
    doc = await open_doc(client, "people/plan.md", "---\nname: Plan Person\ntitle: Plan: next steps\n---\n")
    (diagnostic,) = client.diagnostics[doc]
    assert diagnostic.range.start.line == 2 and "must be in quotes" in diagnostic.message
    actions = await code_actions(client, doc, 2, 12, [diagnostic])
    (quote,) = [a for a in actions if a.title == "Put the value in quotes"]
    edit = await apply(client, quote, doc)
    assert edit.new_text == "title: 'Plan: next steps'" and edit.range.start.line == 2
    await change_doc(client, "people/plan.md", "---\nname: Plan Person\n" + edit.new_text + "\ncircle：core\n---\n", 2)
    (typo,) = client.diagnostics[doc]
    assert typo.range.start.line == 3 and "full-width colon" in typo.message
    actions = await code_actions(client, doc, 3, 2, [typo])
    assert [a.title for a in actions] == ["Write ':' and a space for '：'"]
    edit = await apply(client, actions[0], doc)
    assert edit.new_text == "circle: core"
    await change_doc(client, "people/plan.md", "---\nname: Plan Person\ntitle: 'Plan: next steps'\ncircle: core\n---\n", 3)
    assert not client.diagnostics.get(doc)


async def test_tags_written_with_hashes_in_brackets_are_mended_by_a_code_action(client: LanguageClient):
    text = "---\nname: Hash Person\ntags: [#person, #friend]\ncircle: core\n---\n"
    doc = await open_doc(client, "people/hash.md", text)
    (diagnostic,) = client.diagnostics[doc]
    assert diagnostic.range.start.line == 2 and "'#' starts a YAML comment" in diagnostic.message
    assert "'tags' is left out and the rest of the front matter is read" in diagnostic.message
    actions = await code_actions(client, doc, 2, 8, [diagnostic])
    assert [a.title for a in actions] == ["Write the tags without '#'"]
    edit = await apply(client, actions[0], doc)
    assert edit.new_text == "tags: [person, friend]" and edit.range.start.line == 2
    await change_doc(client, "people/hash.md", text.replace("[#person, #friend]", "[person, friend]"), 2)
    assert not client.diagnostics.get(doc)


async def test_a_bracket_never_closed_is_closed_by_a_code_action(client: LanguageClient):
    text = '---\nname: Bracket Person\nknows: ["[[Sato Kenji]]"\ncircle: core\n---\n'
    doc = await open_doc(client, "people/bracket.md", text)
    (diagnostic,) = client.diagnostics[doc]
    assert diagnostic.range.start.line == 2 and diagnostic.range.start.character == 7
    assert "'knows' is left out and the rest of the front matter is read" in diagnostic.message
    actions = await code_actions(client, doc, 2, 7, [diagnostic])
    assert [a.title for a in actions] == ["Close it with ']'"]
    edit = await apply(client, actions[0], doc)
    assert edit.new_text == 'knows: ["[[Sato Kenji]]"]' and edit.range.start.line == 2
    await change_doc(client, "people/bracket.md", text.replace('"[[Sato Kenji]]"\n', '"[[Sato Kenji]]"]\n'), 2)
    assert not client.diagnostics.get(doc)


async def test_an_ambiguous_link_is_pointed_at_one_person_by_a_code_action(client: LanguageClient):
    await open_doc(client, "people/kim-a.md", "---\nname: Kim\n---\n")
    await open_doc(client, "people/kim-b.md", "---\nname: Kim\n---\n")
    doc = await open_doc(client, "log/amb.md", "Met [[Kim]] today\n")
    (diagnostic,) = client.diagnostics[doc]
    assert "ambiguous link 'Kim'" in diagnostic.message
    actions = await code_actions(client, doc, 0, 7, [diagnostic])
    assert [a.title for a in actions] == ["Link to Kim (kim-a)", "Link to Kim (kim-b)"]
    edit = await apply(client, actions[1], doc)
    assert edit.new_text == "kim-b|Kim" and (edit.range.start.character, edit.range.end.character) == (6, 9)
    await change_doc(client, "log/amb.md", "Met [[kim-b|Kim]] today\n", 2)
    assert not client.diagnostics.get(doc)


async def test_a_link_written_as_a_notes_name_names_its_person_and_the_fix_links_by_it(client: LanguageClient):
    await open_doc(client, "people/谷南 達也.md", "---\nname: 谷南 達也\naliases: [達也]\n---\n")
    await open_doc(client, "people/谷南 達也 (Globex 3).md", "---\nname: 谷南 達也\naliases: [達也]\n---\n")
    doc = await open_doc(client, "log/shared.md", "Met [[谷南 達也]] and [[達也]]\n")
    (diagnostic,) = client.diagnostics[doc]
    assert "ambiguous link '達也'" in diagnostic.message and diagnostic.range.start.character == 18
    actions = await code_actions(client, doc, 0, 21, [diagnostic])
    assert [a.title for a in actions] == ["Link to 谷南 達也", "Link to 谷南 達也 (Globex 3)"]
    edit = await apply(client, actions[0], doc)
    assert edit.new_text == "谷南 達也|達也"
    await change_doc(client, "log/shared.md", "Met [[谷南 達也]] and [[谷南 達也|達也]]\n", 2)
    assert not client.diagnostics.get(doc)


async def test_no_code_action_creates_the_people_folders_own_note_or_a_template(client: LanguageClient):
    doc = await open_doc(client, "log/readme-link.md", "See [[Readme]] and [[Ono Yui]] [[Person Template]]\n")
    readme, ono, template = sorted(client.diagnostics[doc], key=lambda d: d.range.start.character)
    assert "no person or note named 'Readme'" in readme.message
    titles = [a.title for a in await code_actions(client, doc, 0, 7, [readme])]
    assert not [t for t in titles if t.startswith("Create a person note")], titles
    titles = [a.title for a in await code_actions(client, doc, 0, 35, [template])]
    assert not [t for t in titles if t.startswith("Create a person note")], titles
    titles = [a.title for a in await code_actions(client, doc, 0, 21, [ono])]
    assert "Create a person note for Ono Yui (people/ono-yui.md)" in titles


async def test_a_persons_heading_dated_in_words_is_rewritten_as_entries_are_dated(client: LanguageClient):
    text = "---\nname: Sarah Kim\n---\n## Recent conversations\n### November 1, 2024 - roadmap\n"
    doc = await open_doc(client, "people/sarah-kim.md", text)
    (diagnostic,) = await published(client, doc)
    assert diagnostic.message.startswith("'November 1, 2024' is written in words")
    actions = await code_actions(client, doc, 4, 6, [diagnostic])
    (fix,) = [a for a in actions if "2024-11-01" in a.title]
    edit = await apply(client, fix, doc)
    assert edit.new_text == "### 2024-11-01 - roadmap"
    await change_doc(client, "people/sarah-kim.md", text.replace("November 1, 2024", "2024-11-01"), 2)
    assert not await published(client, doc, empty=True)


async def test_a_persons_log_kept_as_a_table_is_written_as_list_items(client: LanguageClient):
    table = "| Date | Type | Notes |\n|------|:----:|-------|\n| | | |\n| 2026-01-15 | Call | the fund \\| a bet |\n" \
        "| 2026-02-01 | Lunch | |\n"
    text = "---\nname: Chuck Blake\n---\n## Contact Log\n\n" + table + "\n## Notes\n"
    doc = await open_doc(client, "people/chuck-blake.md", text)
    (diagnostic,) = await published(client, doc)
    assert diagnostic.message.startswith("this log is a table") and diagnostic.range.start.line == 8
    actions = await code_actions(client, doc, 8, 3, [diagnostic])
    (fix,) = [a for a in actions if a.title == "Write the log as list items"]
    edit = await apply(client, fix, doc)
    assert (edit.range.start.line, edit.range.end.line) == (5, 9)
    items = "- 2026-01-15: Call — the fund \\| a bet\n- 2026-02-01: Lunch"
    assert edit.new_text == items
    await change_doc(client, "people/chuck-blake.md", text.replace(table, items + "\n"), 2)
    assert not await published(client, doc, empty=True)
