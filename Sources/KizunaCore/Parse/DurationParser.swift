import Foundation

/// Reads durations in every form FORMAT.md lists, in days.
public enum DurationParser {
    /// Days in the duration, or nil when the text is not a duration.
    public static func days(_ raw: String) -> Int? {
        let text = Normalize.nfkc(raw).trimmingWhitespaces().lowercased()
        switch text {
        case "weekly", "毎週": return 7
        case "biweekly", "隔週": return 14
        case "monthly", "毎月": return 30
        case "quarterly": return 90
        case "yearly", "annually", "毎年": return 365
        case "半年": return 180
        default: break
        }
        var digits = 0
        var value = 0
        for ch in text.unicodeScalars {
            guard ch.value >= 48, ch.value <= 57 else { break }
            digits += 1
            value = value * 10 + Int(ch.value - 48)
            if value > 100_000 { return nil }
        }
        guard digits > 0, value > 0 else { return nil }
        let unit = String(text.unicodeScalars.dropFirst(digits)).trimmingWhitespaces()
        switch unit {
        case "d", "日": return value
        case "w", "週", "週間": return value * 7
        case "m", "ヶ月", "か月", "カ月", "ケ月", "ヵ月", "箇月": return value * 30
        case "y", "年": return value * 365
        default: return nil
        }
    }
}
