import Testing
@testable import KizunaCore

/// DIGEST.md, each rule at the day before, on, and after its boundary. D is 2026-11-24 throughout.
@Suite struct DigestRulesTests {
    let D = day("2026-11-24")

    /// A person note with front matter lines and entries "YYYY-MM-DD tags".
    func person(_ id: String, _ front: String = "", _ entries: [String] = []) -> (String, String) {
        ("people/\(id).md", "---\n\(front)\n---\n" + entries.map { "## \($0)\n" }.joined())
    }

    func digest(_ notes: [(String, String)], config: String? = nil, date: String = "2026-11-24") -> Digest {
        Digest(journal: journal(Dictionary(uniqueKeysWithValues: notes), config: config), date: day(date))
    }

    func reach(_ d: Digest) -> [String] { (d.reachOut + d.alsoOverdue).map(\.person.id) }

    @Test(arguments: [("2026-11-10", true), ("2026-11-11", false), ("2026-11-09", true)])
    func dueWhenLastTouchPlusCadenceIsOnOrBeforeD(last: String, due: Bool) {
        let d = digest([person("a", "cadence: 14d", ["\(last) call #call"])])
        #expect(reach(d) == (due ? ["a"] : []))
    }

    @Test(arguments: [("2026-11-17", true), ("2026-11-18", false)])
    func withNoTouchesDueWhenMetPlusFollowUpWithinIsOnOrBeforeD(met: String, due: Bool) {
        let d = digest([person("a", "met: \(met)")])
        #expect(reach(d) == (due ? ["a"] : []))
        #expect(d.stats.noHistory == 0)
    }

    @Test func withNeitherTouchesNorMetNeverDueAndCountedAsNoHistory() {
        let d = digest([person("a")])
        #expect(reach(d).isEmpty)
        #expect(d.stats.noHistory == 1)
    }

    @Test(arguments: [("2026-12-01", false), ("2026-12-02", true), ("2026-11-24", false)])
    func aPlanWithinTheNextSevenDaysHoldsTheReminder(plan: String, due: Bool) {
        // A plan dated D is a touch today; one on D + 7 holds the reminder, D + 8 does not.
        let d = digest([person("a", "cadence: 14d", ["2026-10-01 call #call", "\(plan) lunch #meet"])])
        #expect(reach(d) == (due ? ["a"] : []))
    }

    @Test func noteEntriesAreNotTouchesAndFutureEntriesArePlans() {
        let d = digest([
            person(
                "a", "cadence: 14d",
                ["2026-10-01 call #call", "2026-11-20 read his blog #note", "2026-12-20 dinner #meet"])
        ])
        #expect(d.reachOut.first?.lastTouch == day("2026-10-01"))
        #expect(d.upcoming.isEmpty)  // 2026-12-20 is beyond D + 13
    }

    @Test func urgencyOrdersThenCircleThenIdAndTheDailyLimitSplitsTheRest() {
        let d = digest(
            [
                person("a", "circle: network", ["2026-08-26 x #call"]),  // 90 / 90 = 1.0
                person("b", "circle: core", ["2026-11-10 x #call"]),  // 14 / 14 = 1.0, closer circle
                person("c", "circle: core", ["2026-10-27 x #call"]),  // 28 / 14 = 2.0
                person("d", "circle: close", ["2026-10-25 x #call"]),  // 30 / 30 = 1.0
                person("e", "met: 2026-11-03"),  // 21 / 7 = 3.0
            ], config: "daily_limit: 3\n")
        #expect(d.reachOut.map(\.person.id) == ["e", "c", "b"])
        #expect(d.alsoOverdue.map(\.person.id) == ["d", "a"])
        #expect(d.reachOut.map(\.urgency) == [3.0, 2.0, 1.0])
        #expect(d.stats.due == 5)
    }

    @Test func eachReachOutCarriesOneSmallConcreteSuggestion() {
        let d = digest([
            (
                "people/a.md",
                "---\ncadence: 7d\n---\n## 2026-10-01 Coffee #meet\n- [ ] Send the book 📅 2026-12-01\n- [ ] Old idea\n"
            ),
            person("b", "cadence: 7d\nbirthday: 1990-12-01", ["2026-10-01 call #call"]),
            person("c", "cadence: 7d", ["2026-10-01 Ramen in Ebisu #meet"]),
            person("d", "met: 2026-11-01\nhow_met: a workshop"),
            person("e", "cadence: 7d", ["2026-10-01"]),
        ])
        // a, b, c, e: 54 days on a 7-day cadence; d: 23 days after meeting, on the 7-day follow-up.
        #expect(
            d.reachOut.map(\.suggestion) == [
                .task("Send the book", due: day("2026-12-01")), .birthday(day("2026-12-01")),
                .lastTopic("Ramen in Ebisu"), .hello,
                .firstFollowUp("a workshop"),
            ])
    }

    @Test(arguments: [("2026-12-10", false), ("2026-11-24", false), ("2026-11-23", true)])
    func snoozeUntilHoldsRemindersUntilTheDayAfter(snooze: String, inPlay: Bool) {
        let d = digest([person("a", "cadence: 7d\nsnooze_until: \(snooze)", ["2026-10-01 call #call"])])
        #expect(reach(d) == (inPlay ? ["a"] : []))
        #expect(d.stats.inPlay == (inPlay ? 1 : 0))
    }

    @Test(arguments: ["paused", "archived", "target"])
    func onlyActivePeopleGetReminders(status: String) {
        let d = digest([
            person("a", "cadence: 7d\nstatus: \(status)", ["2026-10-01 call #ask", "2026-10-02 call #ask"])
        ])
        #expect(reach(d).isEmpty)
        #expect(d.giveBalance.isEmpty)
        #expect(d.missingPurpose.isEmpty)
    }

    @Test(arguments: [
        ("2026-10-25", true, true), ("2026-10-24", false, false),
        ("2026-11-16", true, true), ("2026-11-17", true, false), ("2026-11-24", true, false),
    ])
    func followUpNewConnectionsWithinThirtyDaysMarkedLateAfterTheirDate(first: String, listed: Bool, late: Bool) {
        let d = digest([person("a", "", ["\(first) met at a meetup #event"])])
        #expect(d.followUp.map(\.person.index) == (listed ? [0] : []))
        if listed, let f = d.followUp.first {
            #expect(f.followUpBy == day(first) + 7)
            #expect(f.late == late)
        }
    }

    @Test func aSecondTouchEndsTheFollowUp() {
        let d = digest([person("a", "", ["2026-11-20 met #event", "2026-11-22 coffee #meet"])])
        #expect(d.followUp.isEmpty)
    }

    @Test func nextStepsOverdueDueSoonAndStaleAtTheirEdges() {
        let note = """
            ---
            name: Ken
            ---
            # Tasks
            - [ ] overdue 📅 2026-11-23
            - [ ] today 📅 2026-11-24
            - [ ] in a week 📅 2026-12-01
            - [ ] too far 📅 2026-12-02
            - [x] done 📅 2026-11-01
            ## 2026-10-25 thirty days ago
            - [ ] stale
            ## 2026-10-26 twenty-nine days ago
            - [ ] not yet stale
            """
        let d = digest([("people/ken.md", note)])
        #expect(d.nextSteps.map(\.task.text) == ["overdue", "today", "in a week", "stale"])
        #expect(d.nextSteps.map(\.status) == [.overdue, .dueSoon, .dueSoon, .stale])
        #expect(d.stats.openTasks == 6)
    }

    @Test func nextStepsListTasksAboutPeopleAndATaskWithNoTextIsNone() {
        let note = """
            # Errands
            - [ ] buy milk 📅 2026-11-20
            - [ ] ask [[ken]] about the venue 📅 2026-11-20
            - [ ] 
            - [ ] 📅 2026-11-21
            """
        let d = digest([("log/errands.md", note), ("people/ken.md", "---\nname: Ken\n---\n")])
        #expect(d.nextSteps.map(\.task.text) == ["ask ken about the venue"])
        #expect(d.stats.openTasks == 2)
        #expect(d.journal.tasks.count == 2)
    }

    @Test func giveAndGiveCountsAsksAndGivesOverTheLast365Days() {
        let d = digest([
            // two asks, and a second give on D - 364 (counts) or D - 365 (does not)
            person(
                "a", "purpose: x",
                ["2026-11-01 x #ask", "2026-06-01 x #ask", "2026-07-01 x #give", "2025-11-25 x #give"]),
            person(
                "b", "purpose: x",
                ["2026-11-01 x #ask", "2026-06-01 x #ask", "2026-07-01 x #give", "2025-11-24 x #give"]),
            person("c", "purpose: x", ["2026-11-01 x #ask", "2025-11-24 x #ask"]),  // only one ask in window
            // 2 asks, 1 give
            person("d", "purpose: x", ["2026-11-01 x #ask", "2026-10-01 x #お願い", "2026-09-01 x #感謝"]),
            person(
                "e", "purpose: x",
                ["2026-11-01 x #ask", "2026-10-01 x #ask", "2026-09-01 x #intro", "2026-08-01 x #thanks"]),
        ])
        #expect(d.giveBalance.map(\.person.id) == ["b", "d"])
        #expect(d.giveBalance.map(\.asks) == [2, 2])
        #expect(d.giveBalance.map(\.gives) == [1, 1])
    }

    @Test func paceFlagsThreeTouchesInFourteenDaysForSlowCadences() {
        let d = digest([
            // D - 13 counts
            person("a", "cadence: 60d", ["2026-11-11 x #meet", "2026-11-20 x #meet", "2026-11-24 x #meet"]),
            // D - 14 does not
            person("b", "cadence: 60d", ["2026-11-10 x #meet", "2026-11-20 x #meet", "2026-11-24 x #meet"]),
            person("c", "cadence: 59d", ["2026-11-11 x #meet", "2026-11-20 x #meet", "2026-11-24 x #meet"]),
        ])
        #expect(d.pace.map(\.person.index) == [0])
        #expect(d.pace.first?.touches14 == 3)
    }

    @Test func purposeIsMissingOnlyForPeopleInPlay() {
        let d = digest([person("a"), person("b", "purpose: mentor"), person("c", "status: archived")])
        #expect(d.missingPurpose.map(\.index) == [0])
    }

    @Test func introductionsNeedTwoSharedTagsOrCommunitiesRecentTouchesAndNoConnection() {
        let d = digest([
            person("a", "tags: [ux, research]\ncommunities: [Tokyo UX]", ["2026-05-29 x #meet"]),  // D - 179
            person("b", "tags: [UX, Research, ai]", ["2026-11-01 x #meet"]),
            person("c", "tags: [ux]\ncommunities: [tokyo-ux]", ["2026-05-28 x #meet"]),  // D - 180: too old
            person("d", "tags: [ux, research]\nknows: [b]", ["2026-11-01 x #meet"]),  // knows b
            person("e", "tags: [ux, design]\ncommunities: [Tokyo UX]", ["2026-11-01 x #meet"]),
        ])
        let pairs = d.introductions.map { [$0.a.id, $0.b.id] }
        #expect(pairs == [["a", "b"], ["a", "d"], ["a", "e"]])
        #expect(d.introductions.map(\.shared) == [["ux", "research"], ["ux", "research"], ["ux", "Tokyo UX"]])
    }

    /// A tag that marks the note as a person's (`person`, `#people`, `type/person`, `人物`, and `contact` beside
    /// them as CRM templates write `tags: [people, contact]`), as many vaults tag every person note, is no tag of
    /// theirs: two people who share it and one interest are no introduction.
    @Test func aTagThatMarksAPersonIsNoneOfTheirTags() {
        let d = digest([
            person("a", "tags: [person, colleague, \"#people\"]", ["2026-11-01 x #meet"]),
            person("b", "tags: [Person, colleague, type/person, 人物]", ["2026-11-01 x #meet"]),
            person("c", "tags: [people/family, colleague]", ["2026-11-01 x #meet"]),
            person("d", "tags: [people, Contact, colleague]", ["2026-11-01 x #meet"]),
            person("e", "tags: [contacts, colleague]", ["2026-11-01 x #meet"]),
        ])
        #expect(d.introductions.map(\.shared) == [])
        #expect(
            d.journal.people.map(\.tags) == [
                ["colleague"], ["colleague"], ["people/family", "colleague"], ["colleague"], ["colleague"],
            ])
    }

    @Test(arguments: [0, 1, 2, 3])
    func introductionsAreExactWhenOneTagIsSharedByEveryone(variant: Int) {
        // 600 people share common tags (held by more than 200 of them), some at several levels; a few pairs share
        // rare tags too. Compare with the quadratic definition. Variant 3 has rare tags only, held in many
        // overlapping sets, so that many pairs of one person tie on what they share and the list fills early.
        var notes: [(String, String)] = []
        for i in 0..<600 {
            var tags =
                variant == 3
                ? (0..<14).filter { t in (i * (t + 3) + t) % (t + 4) < 2 }.map { "r\($0)" } : ["common", "everyone"]
            if variant >= 1 {
                if i % 2 == 0 { tags.append("half") }
                if i % 3 != 0 { tags.append("two-thirds") }
            }
            if variant == 2 {
                tags = i % 5 == 0 ? ["half"] : tags  // some hold a single common tag
                if i % 4 != 3 { tags.append("most") }
            }
            if i % 7 == 0 { tags.append("seven") }
            if i % 11 == 0 { tags.append("eleven") }
            if i % 97 == 0 { tags.append("rare") }
            let knows = i % 2 == 0 ? "\nknows: [p\(pad(i + 1, 4)), p\(pad((i * 7) % 600, 4))]" : ""
            notes.append(
                person("p\(pad(i, 4))", "tags: [\(tags.joined(separator: ", "))]\(knows)", ["2026-11-01 x #meet"]))
        }
        let d = digest(notes)
        let j = d.journal
        var brute: [(Int, Int, Int)] = []
        let graph = RelationshipGraph(timeline: Timeline(journal: j, date: D))
        for a in j.people.indices {
            for b in (a + 1)..<j.people.count where !graph.connected(a, b) {
                let shared = Set(j.people[a].tags.map { Normalize.key($0) }).intersection(
                    j.people[b].tags.map { Normalize.key($0) }
                ).count
                if shared >= 2 { brute.append((-shared, a, b)) }
            }
        }
        brute.sort { $0 < $1 }
        #expect(d.introductions.map { [$0.a.index, $0.b.index] } == brute.prefix(5).map { [$0.1, $0.2] })
        #expect(d.introductions.count == 5)
    }

    @Test func aLaterPairOfTheSamePersonWithALowerIdStillEntersAFullList() {
        // p0000's pairs are counted through r1 first (p0006 to p0010), then r2 and r3 (p0001): when p0001 comes, the
        // list is full of pairs sharing as many as it does, and only its lower id puts it in.
        var notes = [
            person("p0000", "tags: [r1, r2, r3]", ["2026-11-01 x #meet"]),
            person("p0001", "tags: [r2, r3]", ["2026-11-01 x #meet"]),
        ]
        for i in 6...10 { notes.append(person("p\(pad(i, 4))", "tags: [r1, r2]", ["2026-11-01 x #meet"])) }
        let d = digest(notes)
        #expect(
            d.introductions.map { [$0.a.id, $0.b.id] }
                == [
                    ["p0000", "p0001"], ["p0000", "p0006"], ["p0000", "p0007"], ["p0000", "p0008"], ["p0000", "p0009"],
                ])
    }

    @Test func aPairSharingSeveralCommonTagsIsListedOnceWithItsFullCount() {
        // x, y and z are each held by more than 200 people, but only p0000 and p0001 hold more than one of them.
        var notes: [(String, String)] = []
        for i in 0..<610 {
            let tags = i < 2 ? ["x", "y", "z"] : [["x"], ["y"], ["z"]][i % 3]
            notes.append(person("p\(pad(i, 4))", "tags: [\(tags.joined(separator: ", "))]", ["2026-11-01 x #meet"]))
        }
        let d = digest(notes)
        #expect(d.introductions.map { [$0.a.index, $0.b.index] } == [[0, 1]])
        #expect(d.introductions.first?.shared == ["x", "y", "z"])
    }

    @Test func warmPathsTakeTheShortestChainThroughRecentContactsPreferringStrongerTies() {
        let d = digest([
            person("me-friend", "", ["2026-11-01 x #meet"]),
            person("weak", "knows: [bridge]", ["2026-11-01 x #meet"]),
            person("strong", "knows: [bridge]", ["2026-11-01 x #meet", "2026-10-01 x #meet", "2026-09-01 x #meet"]),
            person("bridge", "knows: [target]\nstatus: paused"),
            person("target", "status: target"),
            person("lonely", "status: target\ncommunities: [Kyoto Indie Games, BitSummit]"),
            person("old", "knows: [lonely]", ["2025-11-24 x #meet"]),  // D - 365: not a recent contact
        ])
        let paths = Dictionary(
            uniqueKeysWithValues: d.warmPaths.map {
                ($0.target.id, $0.path.map { $0.map(\.id) })
            })
        #expect(paths["target"] == .some(["strong", "bridge", "target"]))
        #expect(paths["lonely"] == .some(nil))
        let md = DigestMarkdown(d).render()
        #expect(
            md.contains(
                "[lonely](../people/lonely.md): no warm path yet; their communities: Kyoto Indie Games, BitSummit."))
    }

    @Test func sharedEntriesAndIntroductionsConnectPeopleForPaths() {
        let d = digest([
            person("a", "", ["2026-11-01 x #meet"]),
            (
                "log/old.md",
                "## 2024-01-01 Dinner with [[a]] and [[c]] #meet\n## 2024-02-01 Introduced [[c]] and [[d]] #intro\n"
            ),
            person("c"), person("d"), person("t", "knows: [d]\nstatus: target"),
        ])
        #expect(d.warmPaths.count == 1)
        #expect(d.warmPaths.first?.path.map { $0.map(\.id) } == ["a", "c", "d", "t"])
    }

    @Test(arguments: [
        ("2026-11-24", "12-07", 13, true), ("2026-11-24", "12-08", 14, false), ("2026-11-24", "11-24", 0, true),
        ("2026-11-24", "11-23", 364, false), ("2027-02-20", "1992-02-29", 8, true),
        ("2028-02-20", "1992-02-29", 9, true),
    ])
    func birthdaysInTheNextFourteenDaysWith29FebruaryOn28FebruaryInOtherYears(
        date: String, birthday: String, inDays: Int, listed: Bool
    ) {
        let d = digest([person("a", "birthday: \(birthday)")], date: date)
        #expect(d.birthdays.map(\.inDays) == (listed ? [inDays] : []))
    }

    @Test func comingUpListsPlansInTheNextFourteenDays() {
        let d = digest([
            ("log/plans.md", "## 2026-11-25 tomorrow with [[a]]\n## 2026-12-07 D + 13\n## 2026-12-08 D + 14\n"),
            person("a"),
        ])
        #expect(d.upcoming.map(\.title) == ["tomorrow with a", "D + 13"])
    }

    @Test func networkCounts() {
        let d = digest([
            person("a", "", ["2026-10-26 x #meet"]),  // D - 29: touched in 30 days
            person("b", "", ["2026-10-25 x #meet"]),  // D - 30: not in 30, in 90
            person("c", "", ["2026-08-26 x #meet"]),  // D - 90: in neither
            person("d", "status: paused"), person("e", "status: target"),
        ])
        let s = d.stats
        #expect([s.people, s.inPlay, s.touched30, s.touched90, s.entries] == [5, 3, 1, 2, 3])
        #expect(s.byStatus == [.active: 3, .paused: 1, .target: 1])
    }

    @Test func theOwnersOwnNoteIsLeftOutOfReminders() {
        let d = digest(
            [
                person("me", "name: Yamada Taro\ncadence: 7d", ["2026-10-01 x #meet"]),
                person("a", "", ["2026-10-01 x with [[Yamada Taro]] #meet"]),
            ],
            config: "owner: Yamada Taro\n")
        #expect(d.journal.owner == d.journal.index(ofId: "me"))
        #expect(reach(d).isEmpty)  // "me" would be due on a 7-day cadence; "a" is not due on 90 days
    }

    /// An owner whose name another person shares is the one whose note bears it, as a link so written names them.
    @Test func anOwnerWhoseNameIsSharedIsThePersonWhoseNoteBearsIt() {
        let d = digest(
            [person("Yamada Taro", "name: Yamada Taro"), person("Yamada Taro (Acme)", "name: Yamada Taro")],
            config: "owner: Yamada Taro\n")
        #expect(d.journal.owner == d.journal.index(ofId: "Yamada Taro"))
        let nobody = digest(
            [person("yamada-1", "name: Yamada Taro"), person("yamada-2", "name: Yamada Taro")],
            config: "owner: Yamada Taro\n")
        #expect(nobody.journal.owner == nil)
    }
}

@Suite struct RelationshipGraphTests {
    @Test func eachNeighbourOnceWithHowOftenAndWhenLastWhateverOrderTheEvidenceCameIn() {
        // a and b share three entries, written out of date order across two notes, and a knows b; a and c share
        // one; b and c share one after D (a plan, no edge); d is alone.
        let j = journal([
            "people/a.md": "---\nname: A\nknows: [b]\n---\n## 2026-03-01 [[b]] and [[c]] #meet\n",
            "people/b.md": "---\nname: B\n---\n",
            "people/c.md": "---\nname: C\n---\n",
            "people/d.md": "---\nname: D\n---\n",
            "log/x.md":
                "## 2026-06-01 Lunch with [[a]] and [[b]] #meet\n\n## 2025-01-01 Call with [[b]] and [[a]] #call\n\n"
                + "## 2026-12-01 Plan with [[b]] and [[c]] #meet\n",
        ])
        let graph = RelationshipGraph(journal: j, date: day("2026-11-24"))
        func edges(_ id: String) -> [String] {
            graph.neighbours(of: j.index(ofId: id)!).map {
                "\(j.people[$0.to].id) \($0.strength) \($0.lastShared.map(\.description) ?? "-")"
            }
        }
        #expect(edges("a") == ["b 4 2026-06-01", "c 1 2026-03-01"])
        #expect(edges("b") == ["a 4 2026-06-01", "c 1 2026-03-01"])
        #expect(edges("c") == ["a 1 2026-03-01", "b 1 2026-03-01"])
        #expect(edges("d") == [])
    }
}
