/// What a key a person template or a contacts plugin names a field with holds, other than kizuna's own keys. Found
/// in one lookup: most notes' other keys (`company:`) are none of these, and a `switch` compared such a key with
/// every spelling in turn, the Japanese ones by the standard library's slow path.
enum TemplateKey {
    case givenName, familyName, fullName, reading, birthday, met, howMet, org, uid, categories, friends, family
    case interactions
    /// How to stay in touch (`KeepingInTouchKeys.swift`).
    case closeness, frequency, cadenceDays, followUp, lastContact, nextAction, nextActionDate, nextContact

    /// Each kind's spellings, as front matter keys are read (lower case, `-` as `_`).
    private static let spellings: [(TemplateKey, [String])] = [
        (.givenName, ["first_name", "firstname", "given_name", "名", "n.gn"]),
        (.familyName, ["last_name", "lastname", "family_name", "surname", "姓", "n.fn"]),
        (.fullName, ["名前", "氏名", "full_name", "fn"]),
        (.reading, ["ふりがな", "よみがな", "読み", "furigana", "reading"]),
        (.birthday, ["bday", "birthdate", "birth_date", "date_of_birth", "dob", "生年月日"]),
        (.met, ["first_met", "met_date", "date_met", "met_on"]),
        (.howMet, ["how_we_met", "met_context", "met_where", "met_location", "where_met", "出会い", "出会いのきっかけ"]),
        (.org, ["org"]), (.uid, ["uid"]), (.categories, ["categories"]), (.friends, ["friends"]),
        (
            .family,
            [
                "spouse", "partner", "partners", "wife", "husband", "kids", "children", "parents", "mother", "father",
                "siblings", "family", "配偶者", "夫", "妻", "家族", "子供", "子ども", "両親", "兄弟", "姉妹",
            ]
        ),
        (.interactions, ["interactions"]),
        (.closeness, ["relationship_strength", "closeness"]),
        (.frequency, ["frequency", "contact_frequency"]),
        (
            .cadenceDays,
            [
                "cadence_days", "cadence_in_days", "frequency_days", "contact_frequency_days", "custom_frequency_days",
                "contact_interval_days",
            ]
        ),
        (.followUp, ["follow_up", "keep_in_touch"]),
        (
            .lastContact,
            [
                "last_contact", "last_contacted", "last_contacted_at", "last_chat", "last_chatted", "last_touch",
                "last_interaction", "date_last_spoken", "last_spoken", "最終連絡", "最終連絡日", "最後に会った日",
            ]
        ),
        (.nextAction, ["next_action", "next_step"]),
        (.nextActionDate, ["next_action_date", "next_action_due", "next_step_date"]),
        (
            .nextContact,
            [
                "next_contact", "next_contact_date", "next_follow_up", "next_followup", "follow_up_date",
                "next_contact_due", "next_touch", "next_touchpoint", "next_check_in", "次回連絡", "次回連絡日", "次の連絡日",
            ]
        ),
    ]

    /// The kind each spelling names.
    static let byName: [String: TemplateKey] = Dictionary(
        uniqueKeysWithValues: spellings.flatMap { kind, names in names.map { ($0, kind) } })
}
