import Testing
@testable import KizunaCore

/// FORMAT.md: `language: ja` is the language of digests and messages.
@Suite struct JapaneseMessagesTests {
    @Test func checkSpeaksJapaneseWhenTheJournalDoes() {
        let j = journal(
            [
                "people/a.md":
                    "---\nname: 田中 花子\ncadence: ときどき\n---\n## 2026-13-01 会食 #会った\n## 2026-11-02 (火) 電話 [[佐藤]] #電話\n"
                    + "- [ ] 資料 期限:2026-02-30\n",
                "people/b.md": "---\nname: [閉じていない\n---\n",
            ], config: "language: ja\n")
        #expect(
            CheckReport(journal: j).text == """
                people/a.md:3:10: error: cadence の期間 'ときどき' が読めません(例: 30d, 2w, 3m, 1y, monthly, 毎月, 3ヶ月, 月1回)
                people/a.md:5:1: error: '2026-13-01' は存在しない日付です。この見出しはエントリーとして読みません
                people/a.md:6:1: warning: 曜日 (火) が 2026-11-02 (月曜日) と合いません
                people/a.md:6:22: warning: '佐藤' という人物もメモも見つかりません
                people/a.md:7:3: warning: タスクの期限 '2026-02-30' が読めません(期限:YYYY-MM-DD で書いてください)
                people/b.md:2:7: error: YAMLとして読めません: did not find expected ',' or ']' \
                (while parsing a flow sequence at line 2)。「[」で始まる値はリストです。「]」で閉じるか、値を引用符で囲みます。\
                'name' は読まず、フロントマターの残りは読みます
                メモ 2 件、人物 2 人、エントリー 1 件、タスク 1 件: エラー 3 件、警告 3 件

                """)
    }

    @Test func theJapaneseDigestListsNotesToFixInJapanese() {
        let j = journal(["log/a.md": "## 2026-11-02 [[誰か]]と会った #会った\n"], config: "language: ja\n")
        let md = DigestMarkdown(Digest(journal: j, date: day("2026-11-24"))).render()
        #expect(md.contains("## 直すべきメモ\n\n- [log/a.md:1:15](../log/a.md#L1): warning: '誰か' という人物もメモも見つかりません\n"))
    }
}
