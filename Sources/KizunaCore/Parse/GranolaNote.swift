import Foundation

/// A note the Granola Sync plugin, or another importer, writes from a meeting Granola recorded (`granola_id:` or
/// `granola_url:` in its front matter). Granola makes the note as the meeting starts, so `created_at:` is the
/// meeting's time, and the plugin may keep the attendees only as tags (`person/john-smith`, its default, or
/// `people/…`).
enum GranolaNote {
    /// Whether the front matter is one a Granola importer wrote.
    static func isOne(_ yaml: YAMLValue) -> Bool { yaml["granola_id"] != nil || yaml["granola_url"] != nil }

    /// The day the meeting began, in `timeZone` (nil: the machine's): Granola stamps it in UTC
    /// (`2025-06-06T23:30:00.000Z`).
    static func day(_ yaml: YAMLValue, timeZone: TimeZone?) -> Day? {
        guard let written = (yaml["created_at"] ?? yaml["created"])?.string?.trimmingSpaces() else { return nil }
        if let instant = instant(written) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone ?? .current
            let parts = calendar.dateComponents([.year, .month, .day], from: instant)
            guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
            return Day(year: year, month: month, day: day)
        }
        return DateParser.value(written)
    }

    /// The instant a timestamp with its offset names (`…Z`, `…+09:00`, with or without fractions of a second).
    private static func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }

    /// The attendees the plugin keeps as tags, each by the name after the tag's group, placed where the tags are
    /// (a list, or one text of tags parted by commas or spaces).
    static func attendeeTags(_ yaml: YAMLValue) -> [(text: String, line: Int, column: Int)] {
        guard let tags = yaml["tags"] else { return [] }
        return tags.placedPeople.flatMap { placed in
            placed.text.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { tag in
                let text = tag.hasPrefix("#") ? tag.dropFirst() : tag
                guard let slash = text.firstIndex(of: "/"),
                    attendeeGroups.contains(text[..<slash].lowercased()), text[slash...].count > 1
                else { return nil }
                return (String(text[text.index(after: slash)...]), placed.line, placed.column)
            }
        }
    }

    /// The tag groups the plugin's attendee template is written with: its default, and its documented example.
    static let attendeeGroups: Set<String> = ["person", "people"]
}
