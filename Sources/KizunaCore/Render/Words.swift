/// Every phrase the digest writes, in English and Japanese: the markdown, HTML and JSON renderers share them.
struct Words {
    let language: Language
    var ja: Bool { language == .ja }

    /// `2026-11-24 (Tue)` or `2026年11月24日(火)`.
    func date(_ d: Day) -> String {
        let c = d.components
        if ja { return "\(c.year)年\(c.month)月\(c.day)日(\(Day.japaneseWeekdays[d.weekday]))" }
        return "\(d) (\(Day.englishShortWeekdays[d.weekday]))"
    }

    func days(_ n: Int) -> String { ja ? "\(n)日" : "\(n) \(n == 1 ? "day" : "days")" }

    func title(_ d: Day) -> String { ja ? "\(date(d))のダイジェスト" : "Digest for \(date(d))" }

    func intro(owner: String?, reach: Int, follow: Int, steps: Int) -> String {
        if ja {
            let who = owner.map { "\($0)さん、" } ?? ""
            return "\(who)今日の連絡候補は\(reach)人、フォローアップが\(follow)人、次の一歩が\(steps)件です。"
        }
        let who = owner.map { "\($0): " } ?? ""
        return "\(who)\(reach) \(reach == 1 ? "person" : "people") to reach out to, "
            + "\(follow) new \(follow == 1 ? "connection" : "connections") to follow up, "
            + "\(steps) next \(steps == 1 ? "step" : "steps")."
    }

    /// An entry's kind as its tag is written in the journal's language: `meet`, or `会った` (FORMAT.md's alias).
    func kind(_ english: String) -> String {
        guard ja else { return english }
        let japanese = [
            "meet": "会った", "call": "電話", "message": "メッセージ", "sns": "SNS", "event": "イベント", "note": "メモ",
            "give": "ギブ", "ask": "お願い", "thanks": "感謝", "intro": "紹介",
        ]
        return japanese[english] ?? english
    }

    /// Between clauses of one line.
    var clause: String { ja ? "、" : "; " }
    /// Between items of a list.
    var comma: String { ja ? "、" : ", " }

    // Section headings.
    var reachOut: String { ja ? "連絡する" : "Reach out" }
    var followUp: String { ja ? "新しいつながりのフォローアップ" : "Follow up new connections" }
    var nextSteps: String { ja ? "次の一歩" : "Next steps" }
    var give: String { ja ? "ギブとギブ" : "Give and give" }
    var pace: String { ja ? "ペース" : "Pace" }
    var purpose: String { ja ? "目的" : "Purpose" }
    var introductions: String { ja ? "紹介" : "Introductions" }
    var warmPaths: String { ja ? "紹介ルート" : "Warm paths" }
    var comingUp: String { ja ? "今後の予定" : "Coming up" }
    var network: String { ja ? "ネットワーク" : "Network" }
    var notesToFix: String { ja ? "直すべきメモ" : "Notes to fix" }

    // Empty sections.
    var noReachOut: String { ja ? "今日連絡が必要な人はいません。" : "Nobody is due today." }
    var noFollowUp: String { ja ? "フォローアップ待ちの新しいつながりはありません。" : "No new connections waiting for a second touch." }
    var noNextSteps: String { ja ? "期限切れ・期限間近・放置中のタスクはありません。" : "No overdue, due or stale next steps." }
    var noGive: String { ja ? "お願いばかりになっている関係はありません。" : "No relationship where you only ask." }
    var noPace: String { ja ? "急ぎすぎている関係はありません。" : "No relationship is being rushed." }
    var noPurpose: String { ja ? "全員に目的が書かれています。" : "Every relationship has a purpose." }
    var noIntroductions: String { ja ? "今は紹介の候補がありません。" : "No introductions to suggest right now." }
    var noTargets: String {
        ja ? "会いたい人(`status: target`)はいません。" : "No one marked as someone to meet (`status: target`)."
    }
    var noComingUp: String { ja ? "今後14日間の誕生日や予定はありません。" : "No birthdays or plans in the next 14 days." }
    var noNotes: String { ja ? "直すべき点はありません。" : "Nothing to fix." }

    // Reach out.
    func cadence(_ circle: String, _ daysN: Int) -> String {
        ja ? "\(Config.word(forCircle: circle, in: .ja))・\(days(daysN))ごと" : "\(circle), every \(days(daysN))"
    }
    func lastTouch(_ d: Day?, ago: Int?) -> String {
        guard let d, let ago else { return ja ? "まだ接点なし" : "no touch yet" }
        return ja ? "最後の接点 \(date(d))(\(days(ago))前)" : "last touch \(date(d)) (\(days(ago)) ago)"
    }
    func why(_ purpose: String?) -> String {
        if let purpose { return (ja ? "目的: " : "Why: ") + purpose }
        return ja ? "目的: 未記入" : "Why: no purpose written yet"
    }
    func suggestion(_ s: Digest.Suggestion) -> String {
        switch s {
        case .task(let text, let due):
            let d = due.map { ja ? "(期限 \(date($0)))" : " (due \(date($0)))" } ?? ""
            return (ja ? "次の一歩: " : "Next: ") + text + d
        case .birthday(let d):
            return ja
                ? "次の一歩: \(date(d))が誕生日です。短いお祝いのメッセージを。"
                : "Next: their birthday is \(date(d)); a short note will land well."
        case .lastTopic(let t):
            return ja ? "次の一歩: 前回の「\(t)」のその後を聞いてみる。" : "Next: ask how things went since “\(t)”."
        case .firstFollowUp(let how):
            if let how {
                return ja ? "次の一歩: 「\(how)」で会ったお礼と、短い近況を送る。" : "Next: send a short note after meeting (\(how))."
            }
            return ja ? "次の一歩: 出会いのお礼を短く送る。" : "Next: send a short note after your first meeting."
        case .hello:
            return ja ? "次の一歩: 短いメッセージで近況を聞く。" : "Next: send a short message to ask how they are."
        }
    }
    var alsoOverdue: String { ja ? "ほかに期限を過ぎている人" : "Also overdue" }
    func dueSince(_ d: Day) -> String { ja ? "\(date(d))から" : "due since \(date(d))" }

    // Follow up.
    func followUp(first: Day, by: Day, late: Bool, lateDays: Int) -> String {
        if ja { return "初回 \(date(first))、\(date(by))までにフォローアップ" + (late ? "(\(days(lateDays))遅れ)" : "") }
        return "first touch \(date(first)); follow up by \(date(by))" + (late ? " (late by \(days(lateDays)))" : "")
    }

    // Next steps.
    var overdue: String { ja ? "期限切れ" : "Overdue" }
    var dueSoon: String { ja ? "期限間近" : "Due soon" }
    var stale: String { ja ? "放置中" : "Stale" }
    func taskStatus(_ status: Digest.TaskStatus) -> String {
        switch status {
        case .overdue: overdue
        case .dueSoon: dueSoon
        case .stale: stale
        }
    }
    func due(_ d: Day) -> String { ja ? "期限 \(date(d))" : "due \(date(d))" }
    func created(_ d: Day) -> String { ja ? "\(date(d))から" : "since \(date(d))" }

    // Give.
    func giveLine(asks: Int, gives: Int) -> String {
        ja
            ? "この1年でお願い\(asks)回、ギブ\(gives)回。次のお願いの前に何かを贈りましょう。"
            : "\(asks) asks and \(gives) \(gives == 1 ? "give" : "gives") in the last year; "
                + "give something before the next ask."
    }
    // Pace.
    func paceLine(touches: Int, cadence: Int) -> String {
        ja
            ? "14日間で\(touches)回の接点(普段は\(days(cadence))ごと)。相手の時間を大切に、少し間をあけましょう。"
            : "\(touches) touches in 14 days for a \(days(cadence)) cadence; give them room."
    }
    // Purpose.
    var purposeHint: String {
        ja ? "この関係がなぜ大切か、`purpose:` に一言書きましょう:" : "Write down why each of these relationships matters, in `purpose:`:"
    }
    // Introductions.
    func introLine(shared: [String]) -> String {
        ja ? "共通点: \(shared.joined(separator: "、"))" : "share \(shared.joined(separator: ", "))"
    }
    var and: String { ja ? "と" : "and" }
    // Warm paths.
    var you: String { ja ? "あなた" : "you" }
    func noPath(communities: [String]) -> String {
        if communities.isEmpty { return ja ? "まだ紹介ルートがありません。" : "no warm path yet." }
        return ja
            ? "まだ紹介ルートがありません。所属コミュニティ: \(communities.joined(separator: "、"))"
            : "no warm path yet; their communities: \(communities.joined(separator: ", "))."
    }
    // Coming up.
    func birthday(inDays: Int) -> String {
        ja
            ? (inDays == 0 ? "誕生日(今日)" : "誕生日(\(days(inDays))後)")
            : (inDays == 0 ? "birthday (today)" : "birthday (in \(days(inDays)))")
    }
    var plan: String { ja ? "予定" : "plan" }
    var with: String { ja ? "参加:" : "with" }
    // Network.
    var statsHeader: (String, String) { ja ? ("項目", "数") : ("", "count") }
    func statLabels() -> [String] {
        let statuses = PersonStatus.allCases.map(status)
        if ja {
            return ["人数"] + statuses + ["連絡対象", "30日以内に接点", "90日以内に接点", "連絡が必要", "履歴なし", "未完了タスク", "エントリー"]
        }
        return ["people"] + statuses
            + ["in play", "touched in 30 days", "touched in 90 days", "due", "no history", "open tasks", "entries"]
    }
}

extension Words {
    /// A status as the reader's language names it (the stats table's words).
    func status(_ s: PersonStatus) -> String {
        s.word(in: language)
    }

    /// A way to reach someone as the reader's language names it: in Japanese the words profiles write (`会社`,
    /// `メール`) for the keys kizuna reads them as; any other key as it is written.
    func contactLabel(_ key: String) -> String {
        guard ja else { return key }
        return Words.japaneseContactLabels[key] ?? key
    }

    private static let japaneseContactLabels = [
        "email": "メール", "phone": "電話", "mobile": "携帯", "company": "会社", "role": "役職", "address": "住所",
        "website": "ウェブサイト",
    ]

    /// `3 days ago`, `3日前`.
    func ago(_ n: Int) -> String { ja ? "\(days(n))前" : "\(days(n)) ago" }

    // The HTML page's picture.
    var pictureCaption: String {
        ja ? "今日連絡する人、そのつながり、紹介ルート" : "The people to reach out to, their connections and the warm paths"
    }
    var pictureMissing: String {
        ja
            ? "Graphviz を入れるとここにネットワークの図が表示されます(例: sudo apt-get install graphviz)。"
            : "Install Graphviz to see a picture of your network here (for example: sudo apt-get install graphviz)."
    }
}
