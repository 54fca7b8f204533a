extension PersonReader {
    /// Reads a key a template or plugin keeps how to stay in touch with: how often, how close, whether to follow up,
    /// the day last in touch, the next step.
    mutating func readKeepingInTouchKey(
        _ kind: TemplateKey, _ key: String, _ value: YAMLValue, into f: inout PersonFields
    ) {
        switch kind {
        case .closeness:
            // Only a word that names one of the journal's circles: `warm` or `professional` is the template's own.
            templateCircle = value.string.flatMap {
                Config.circle(named: $0.trimmingSpaces().lowercased(), in: circles)
            }
        case .frequency:
            // Orbit's and other contact templates' how often to be in touch: `Weekly`, `Bi-Weekly`, `Quarterly`.
            if let t = text(value, key) { templateCadence = cadence(t, value, key: key) }
        case .cadenceDays:
            // As a CRM's schema keeps it (`cadence_days: 30`).
            if let t = text(value, key) { templateCadence = daysOrDuration(t, value, key: key) }
        case .followUp:
            // Dann Berg's people template lists for follow-up the people whose `follow_up` is true.
            if let flag = value.string?.trimmingSpaces().lowercased(), ["false", "no", "off"].contains(flag) {
                notFollowedUp = true
            }
        case .lastContact: readLastContact(key, value, into: &f)
        case .nextAction:
            // A CRM template's next step for the person: an open task of their note, at this line.
            guard let t = value.string?.trimmingSpaces(), !t.isEmpty, !NameIndex.isPlaceholder(t) else { return }
            let place = at(value.position.line, value.position.column)
            f.nextAction = PersonFields.NextAction(
                text: t, due: f.nextAction?.due, line: Int32(clamping: place.line),
                column: Int32(clamping: place.column))
        case .nextContact:
            // A template's day to be next in touch: a next step of the note, due that day.
            guard let mark = dayMark(key, value) else { return }
            f.nextContact = PersonFields.NextAction(
                text: language == .ja ? "連絡する" : "Get in touch", due: mark.day, line: mark.line, column: mark.column)
        case .nextActionDate:
            guard let day = date(value, key) else { return }
            f.nextAction = f.nextAction ?? PersonFields.NextAction(text: "", due: nil, line: 0, column: 0)
            f.nextAction?.due = day
        default: break
        }
    }

    /// Personal CRM's tiers (an Obsidian plugin), each a cadence in days.
    static let personalCRMTiers = ["inner": 14, "close": 30, "casual": 90, "warm": 180, "dormant": 365]

    /// Reads a key the Obsidian plugin Personal CRM keeps under `prm-`, when kizuna's own key is missing: the
    /// tier (a cadence), a cadence in days, the day last in touch, the birthday, snoozing, pausing.
    mutating func readPersonalCRMKey(_ key: String, _ value: YAMLValue, into f: inout PersonFields) -> Bool {
        switch key {
        case "prm_tier":
            // A tier the plugin's user named otherwise is theirs alone: no cadence.
            if let tier = value.string?.trimmingSpaces().lowercased() { tierCadence = Self.personalCRMTiers[tier] }
        case "prm_cadence":
            // As the plugin writes it.
            if let t = text(value, key) { templateCadence = daysOrDuration(t, value, key: "prm-cadence") }
        case "prm_last_contacted": readLastContact(key, value, into: &f)
        case "prm_birthday":
            guard let t = text(value, key) else { return true }
            if let b = birthday(t, value) { templateBirthday = b }
        case "prm_snooze_until": templateSnooze = date(value, key)
        case "prm_paused":
            if let flag = value.string?.trimmingSpaces().lowercased(), ["true", "yes", "on"].contains(flag) {
                notFollowedUp = true
            }
        default: return false
        }
        return true
    }

    /// A cadence a template writes as a number of days, or as a duration `cadence:` takes; an error at any other.
    mutating func daysOrDuration(_ t: String, _ value: YAMLValue, key: String) -> Int? {
        Int(t).flatMap { $0 > 0 ? $0 : nil } ?? cadence(t, value, key: key)
    }

    /// Reads the day a template says the person was last in touch: a date, or a link to the day's note.
    mutating func readLastContact(_ key: String, _ value: YAMLValue, into f: inout PersonFields) {
        // Orbit keeps in `last_interaction` how the last touch was made (`call`, `in-person`), its day elsewhere.
        if key == "last_interaction", let s = value.string, !s.contains(where: \.isNumber) { return }
        if let mark = dayMark(key, value) { f.lastContact = mark }
    }

    /// A day a template's key names, a date or a link to the day's note, and where it stands.
    mutating func dayMark(_ key: String, _ value: YAMLValue) -> PersonFields.Mark? {
        var v = value
        if case .scalar(let s, let line, let column) = value, let day = s.soleWikiLinkTarget {
            v = .scalar(day, line: line, column: column)  // `[[2026-11-02]]`, the day's note
        }
        guard let day = date(v, key) else { return nil }
        let place = at(v.position.line, v.position.column)
        return PersonFields.Mark(day: day, line: Int32(clamping: place.line), column: Int32(clamping: place.column))
    }
}
