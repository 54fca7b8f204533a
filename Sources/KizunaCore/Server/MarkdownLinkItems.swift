extension LanguageServer {
    /// Link completions in a vault set to write markdown links (Obsidian's "Use [[Wikilinks]]" off): each choice
    /// writes a markdown link from the note at `path` over `range` (the `[[`, what was typed after it and a closing
    /// `]]`), as Obsidian turns a `[[` completion into one.
    func markdownLinkItems(_ items: [[String: Any]], range: [String: Any], from path: String) -> [[String: Any]] {
        items.map { item in
            guard let target = (item["data"] as? [String: Any])?["path"] as? String,
                let label = item["label"] as? String
            else { return item }
            var item = item
            item["textEdit"] = [
                "range": range, "newText": "[\(label)](\(NoteLink.destination(from: path, to: target)))",
            ]
            // The editor filters by the text the edit replaces, which starts with `[[`.
            item["filterText"] = "[[" + (item["filterText"] as? String ?? label)
            item["insertText"] = nil
            return item
        }
    }
}
