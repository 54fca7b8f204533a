"""A journal written in Japanese (`language: ja`): the editor's fixes and completions speak it, as its warnings do."""
import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import apply, change_doc, code_actions, open_doc, published, written_journal

NOTES = {
    "kizuna.yaml": "language: ja\n",
    "people/tanaka-hanako.md": "---\nname: 田中 花子\ncircle: core\n---\n## 2026-11-10 カフェ #会った\n",
    "people/kim-a.md": "---\nname: Kim\n---\n",
    "people/kim-b.md": "---\nname: Kim\n---\n",
}


@pytest.fixture(scope="module")
def journal():
    yield from written_journal(NOTES)


async def test_code_actions_are_titled_in_the_journals_language(client: LanguageClient):
    doc = await open_doc(client, "log/会議.md", "[[田中 花了]] と [[Kim]] に相談\n- [ ] 資料を送る\n")
    typo, ambiguous = sorted(client.diagnostics[doc], key=lambda d: d.range.start.character)
    assert typo.message.startswith("'田中 花了' という人物もメモも見つかりません")
    titles = [a.title for a in await code_actions(client, doc, 0, 3, [typo])]
    assert titles == ["田中 花了 の人物メモを作る(people/田中-花了.md)", "田中 花子 に置き換える"]
    titles = [a.title for a in await code_actions(client, doc, 0, 15, [ambiguous])]
    assert titles == ["Kim (kim-a) へのリンクにする", "Kim (kim-b) へのリンクにする"]
    assert [a.title for a in await code_actions(client, doc, 1, 3, [])] == ["タスクを完了にする"]


async def test_a_link_with_an_honorific_is_fixed_without_losing_it(client: LanguageClient):
    doc = await open_doc(client, "log/敬称.md", "[[花子さん]]とランチ\n")
    (warning,) = client.diagnostics[doc]
    assert warning.message.endswith("もしかして: 田中 花子 (tanaka-hanako)")
    actions = await code_actions(client, doc, 0, 3, [warning])
    assert [a.title for a in actions] == ["花子 の人物メモを作る(people/花子.md)", "田中 花子 に置き換える"]
    assert (await apply(client, actions[1], doc)).new_text == "田中 花子|花子さん"


async def test_a_front_matter_fix_and_completions_speak_japanese(client: LanguageClient):
    doc = await open_doc(client, "people/ono.md", "---\nname：小野 結衣\n---\n")
    (typo,) = client.diagnostics[doc]
    actions = await code_actions(client, doc, 1, 2, [typo])
    assert [a.title for a in actions] == ["「：」を半角の「:」と空白にする"]
    assert (await apply(client, actions[0], doc)).new_text == "name: 小野 結衣"
    note = await open_doc(client, "log/c.md", "[[田中\n")
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=note), position=types.Position(line=0, character=4))
    )
    (hanako,) = [i for i in result.items if i.label == "田中 花子"]
    assert hanako.detail == "最も近い人 · 最後の接点 2026-11-10"
    # A key written in the Japanese word `show` labels it with is completed as the key itself.
    ken = await open_doc(client, "people/ken.md", "---\nサークル: \n状態: \n---\n")
    wanted = [(1, 6, ["core", "close", "network", "acquaintance"]), (2, 4, ["active", "paused", "archived", "target"])]
    for line, character, labels in wanted:  # characters in UTF-16, after "サークル: " and "状態: "
        result = await client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=ken), position=types.Position(line=line, character=character)
            )
        )
        assert [i.label for i in result.items] == labels


async def test_a_heading_in_an_era_or_with_a_full_width_hash_is_fixed_in_one_step(client: LanguageClient):
    text = "## 令和8年11月4日 飲み会 [[田中 花子]]\n## 2026-11-05 ランチ [[田中 花子]] ＃会った　＃ギブ\n"
    doc = await open_doc(client, "log/和暦.md", text)
    era, *hashes = sorted(client.diagnostics[doc], key=lambda d: (d.range.start.line, d.message))
    assert "は和暦です" in era.message and len(hashes) == 2
    actions = await code_actions(client, doc, 0, 3, [era])
    assert [a.title for a in actions] == ["日付を 2026年11月4日 と書く"]
    assert (await apply(client, actions[0], doc)).new_text == "## 2026年11月4日 飲み会 [[田中 花子]]"
    actions = await code_actions(client, doc, 1, 3, hashes)
    assert [a.title for a in actions] == ["タグを半角の # で書く"]
    assert (await apply(client, actions[0], doc)).new_text == "## 2026-11-05 ランチ [[田中 花子]] #会った　#ギブ"
    fixed = "## 2026年11月4日 飲み会 [[田中 花子]]\n## 2026-11-05 ランチ [[田中 花子]] #会った　#ギブ\n"
    await change_doc(client, "log/和暦.md", fixed)
    assert not await published(client, doc, empty=True)


async def test_a_log_item_in_an_era_is_fixed_in_one_step(client: LanguageClient):
    text = "## やりとり\n- 令和8年11月12日 メール\n  1. 2026.11.13 電話\n"
    doc = await open_doc(client, "people/佐藤.md", text)
    era, dotted = sorted(client.diagnostics[doc], key=lambda d: d.range.start.line)
    assert "この項目はエントリーとして読みません" in era.message
    actions = await code_actions(client, doc, 1, 3, [era])
    assert [a.title for a in actions] == ["日付を 2026年11月12日 と書く"]
    assert (await apply(client, actions[0], doc)).new_text == "- 2026年11月12日 メール"
    actions = await code_actions(client, doc, 2, 6, [dotted])
    assert (await apply(client, actions[0], doc)).new_text == "  1. 2026-11-13 電話"
    await change_doc(client, "people/佐藤.md", "## やりとり\n- 2026年11月12日 メール\n  1. 2026-11-13 電話\n")
    assert not await published(client, doc, empty=True)


async def test_a_dotted_date_or_a_date_joined_to_its_time_is_fixed_in_one_step(client: LanguageClient):
    text = "## 2026.11.03 メール [[田中 花子]]\n## 2026-11-07T10:00 電話 [[田中 花子]]\n"
    doc = await open_doc(client, "log/日時.md", text)
    dotted, timed = sorted(client.diagnostics[doc], key=lambda d: d.range.start.line)
    assert "ドット区切り" in dotted.message and "「T」" in timed.message
    actions = await code_actions(client, doc, 0, 3, [dotted])
    assert [a.title for a in actions] == ["日付を 2026-11-03 と書く"]
    assert (await apply(client, actions[0], doc)).new_text == "## 2026-11-03 メール [[田中 花子]]"
    actions = await code_actions(client, doc, 1, 3, [timed])
    assert [a.title for a in actions] == ["日付を 2026-11-07 10:00 と書く"]
    assert (await apply(client, actions[0], doc)).new_text == "## 2026-11-07 10:00 電話 [[田中 花子]]"
    await change_doc(client, "log/日時.md", "## 2026-11-03 メール [[田中 花子]]\n## 2026-11-07 10:00 電話 [[田中 花子]]\n")
    assert not await published(client, doc, empty=True)


async def test_a_link_in_full_width_brackets_is_fixed_in_one_step(client: LanguageClient):
    text = "## 2026-11-02 「「田中 花子」」と［［Kim］］とランチ #会った\n"
    doc = await open_doc(client, "log/括弧.md", text)
    warnings = client.diagnostics[doc]
    assert sorted(w.message for w in warnings) == [
        "'「「田中 花子」」' は全角の括弧のため、リンクになりません。[[田中 花子]] と書きます",
        "'［［Kim］］' は全角の括弧のため、リンクになりません。[[Kim]] と書きます",
    ]
    actions = await code_actions(client, doc, 0, 3, warnings)
    assert [a.title for a in actions] == ["リンクを半角の [[ ]] で書く"]
    fixed = "## 2026-11-02 [[田中 花子]]と[[Kim]]とランチ #会った"
    assert (await apply(client, actions[0], doc)).new_text == fixed
    await change_doc(client, "log/括弧.md", "## 2026-11-02 [[田中 花子]]とランチ #会った\n")
    assert not await published(client, doc, empty=True)


async def test_full_width_brackets_typed_for_a_link_complete_to_the_link(client: LanguageClient):
    doc = await open_doc(client, "log/かな.md", "「「田中\n［［花子］］とランチ\n")

    async def complete(line, character):
        result = await client.text_document_completion_async(
            types.CompletionParams(
                text_document=types.TextDocumentIdentifier(uri=doc), position=types.Position(line=line, character=character)
            )
        )
        (hanako,) = [i for i in result.items if i.label == "田中 花子"]
        return hanako

    kana = await complete(0, 4)
    assert kana.text_edit.new_text == "[[田中 花子]]" and kana.filter_text.startswith("「「田中 花子")
    assert (kana.text_edit.range.start.character, kana.text_edit.range.end.character) == (0, 4)
    # Between the brackets, the choice takes the closing ones too.
    wide = await complete(1, 4)
    assert wide.text_edit.new_text == "[[田中 花子]]" and wide.filter_text.startswith("［［")
    assert (wide.text_edit.range.start.character, wide.text_edit.range.end.character) == (0, 6)
