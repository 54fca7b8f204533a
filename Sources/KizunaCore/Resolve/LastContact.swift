extension JournalResolver {
    /// A `last_contact:` touch stands only when no other entry touches the person that day or later: a journal that
    /// logs its touches and keeps the field up to date (as hal_md's script writes it) counts each touch once.
    static func dropLastContactsLoggedElsewhere(_ perNote: inout [Resolved], people: Int) {
        guard perNote.contains(where: { $0.lastContactEntry != nil }) else { return }
        var latest = [Int](repeating: .min, count: people)
        for i in perNote.indices {
            for k in perNote[i].entries.indices where k != perNote[i].lastContactEntry {
                let entry = perNote[i].entries[k]
                guard entry.isContact else { continue }
                for p in entry.participants { latest[p] = max(latest[p], entry.date.ordinal) }
            }
        }
        for i in perNote.indices {
            guard let k = perNote[i].lastContactEntry else { continue }
            let entry = perNote[i].entries[k]
            if entry.participants.contains(where: { latest[$0] >= entry.date.ordinal }) {
                perNote[i].entries.remove(at: k)
            }
            perNote[i].lastContactEntry = nil
        }
    }
}
