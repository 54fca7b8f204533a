#!/usr/bin/env python3
"""Writes libFuzzer seeds for kizuna-fuzz from samples/: kizuna.yaml, NUL, then the notes separated by 0x01."""
import os, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples", "journal")
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
notes = []
for folder, dirs, files in sorted(os.walk(root)):
    dirs.sort()
    for name in sorted(files):
        if name.endswith((".md", ".markdown")):
            with open(os.path.join(folder, name), "rb") as f:
                notes.append(f.read())
with open(os.path.join(root, "kizuna.yaml"), "rb") as f:
    config = f.read()


def seed(name, settings, files):
    """One seed: the settings, NUL, then the notes separated by 0x01."""
    with open(os.path.join(out, name), "wb") as f:
        f.write(settings + b"\0" + b"\x01".join(files))


seed("sample-all", config, notes)
for i, note in enumerate(notes):
    seed("sample-%02d" % i, config, [note])
# A Logseq graph's settings (the config text starts with `{`), with journal titles, web addresses in links, a check
# mark before no date and a quote never closed.
logseq = b'{:file/name-format :triple-lowbar\n ;; a comment\n :journal/page-title-format "EEE, dd.MM.yyyy"}'
logseq_notes = [
    b"---\ntype: person\n---\n- met [[Tue, 03.11.2026]] and [[Nov 3rd, 2026]] #meet\n",
    b"- [[https://example.com/a?b=1]] with [[p0]]\n- [x] \xe2\x9c\x85 PASSING \xf0\x9f\x93\x85\n",
    b'---\ndescription: "cut short\\"\ntags: [a]\n---\n- text\n',
    b"- TODO [#A] call [[p0]]\n  DEADLINE: <2026-13-01 Fri>\n  :LOGBOOK:\n  CLOCK: [2026-11-03]\n  :END:\n"
    + b"- LATER #[[Open problem]] SCHEDULED: <2026-11-30\n- DONE x\n",
]
seed("logseq-all", logseq, logseq_notes)
# A Dendron workspace's settings (the config text starts with `version:`): links label first and across vaults, user
# tags beside an email address, a closing dot and a code span, a daily journal note named by its hierarchy.
dendron = b"version: 5\nworkspace:\n  journal:\n    dailyDomain: daily\n    name: journal\n    dateFormat: y.MM.dd\n"
dendron_notes = [
    b"---\nid: a1\ntitle: Ann Lee\n---\n## 2026-11-20 Coffee with @p3.\n- [ ] Send [[Ann|user.p0]] notes\n",
    b"Met [[x|dendron://notes/p0#agenda,1:#*]] and @p0, ann@example.com, `@code` @. @\xe7\x94\xb0\xe4\xb8\xad\n",
    b"---\ntitle: '2026-11-24'\n---\n![[p0#a,1:#*]] [[|]] [[a|dendron://]] [[dendron://x]] @-. @user.p0\n",
]
seed("dendron-all", dendron, dendron_notes)
# A person's profile lines as templates and agents write them: labels bold or in a list, unfilled values, Japanese.
profile_notes = [
    b"# Sarah\n\n**Role**: PM\n**Email**: s@example.com\n**Birthday:** 1990-02-30\n**Company:** [[Acme]]\n"
    + b"- Met: 2024-06-13\n- Purpose: {{why}}\n**\xe9\x9b\xbb\xe8\xa9\xb1**: 090\n\n## 2026-11-02 Coffee\n**Email:** x\n",
    b"---\nname: Ken\n---\n**Birthday:**\n**Met:** YYYY-MM-DD\n- Email: [Email]\n*Phone*: :\n",
]
seed("profile-all", config, profile_notes)
# Orbit's people and the template keys around them: how often, how close, how the last touch was made, a status after
# a mark, an empty log; and a meeting's people written as one text, with you and a placeholder among them.
orbit_notes = [
    b"---\ntags: [people]\nfrequency: Bi-Weekly\nlast_interaction: in-person\nrelationship_strength: Close\n"
    + b"status: \xf0\x9f\x94\xb4 Inactive\n---\n# Dad\n\n## Interaction Log\n- 2026-11-02: call: lake\n",
    b"---\nfrequency: every so often\ncontact_frequency: Fortnightly\nlast_interaction: 2026-13-01\n---\n"
    + b"## Interaction Log\n",
    b"---\ndate: 2026-11-20\nparticipants: \"Myself, Ann Lee, Bo Chen, , TBD\"\n---\nTalked.\n",
    b"---\ndate: 2026-11-21\n\xe5\x8f\x82\xe5\x8a\xa0\xe8\x80\x85: \xe8\x87\xaa\xe5\x88\x86\xe3\x80\x81[[p0]]\xe3\x80\x81\n"
    + b"attendees: Kostolni, Scott\n---\n",
]
seed("orbit-all", config, orbit_notes)
# Templates that write every section at level one, a 1:1 whose person is plain text, and (the ninth note, a month's)
# headings that leave out the year or the month.
month_notes = [
    b"---\nnote_type: person\n---\n# Jo\n# notes\n- 2026-01-02 x\n# \xf0\x9f\x95\x90 log\n- [[2026-01-15]]\n  - tea\n",
    b"---\nperson: Jo\ndate: 2026-11-03\n---\n# 1:1 with Jo\n- [ ] \n",
    b"---\nperson: true\ndate: 2026-11-04\n---\n", b"", b"", b"", b"", b"",
    b"# 2026\xe5\xb9\xb412\xe6\x9c\x88\n## 12/3(\xe6\xb0\xb4) [[p0]]\n## 11\xe6\x97\xa5(\xe6\x9c\xa8)\n## 31 (Mon)\n"
    + b"## 2/30 x\n## 3 things\n## 13\xe6\x97\xa5\xe7\x9b\xae\n",
]
seed("month-all", config, month_notes)
# Contacts as Obsidian's contacts plugins write them: vCard's names, an address in parts, RELATED by name and by UID,
# the name in parts, a last contact as a day's link.
contacts = [
    b'---\nN.FN: Yamada\nN.GN: Hana\n"ADR[HOME].STREET": 1 Lane\nADR.WORK.LOCALITY: Kyoto\nBDAY: --0810\n'
    + b'CATEGORIES: a, b\nUID: urn:uuid:x\n"RELATED[friend]":\n  - name:Ken\n  - uid:y\nKIND: individual\n---\n#Contact\n',
    b"---\nFN: Ken\nUID: y\nRELATED[1:colleague]: urn:uuid:x\nBDAY: 19851302\nKIND: ORG\n---\n",
    b'---\nname:\n  first: Sue\n  last:\ntype: contact\nfriends: ["[[Ken]]"]\nlast_chat: "[[2026-11-02]]"\n---\n'
    + b"## 2026-11-01 Coffee\n",
]
seed("contacts-all", b"", contacts)
# A vault filed by area: a folder's README as its person, a meeting typed as people, placeholders a template left
# (and a formatter spaced), a key that is not text deep in a value, and Friend Tracker's logged touches.
areas = [
    b"---\ntype: people\ncompany: Acme\nlast_contact: '2026-11-20'\n---\n# Mei\n",
    b"---\ntype: people\ndate: '2026-11-20'\nparticipants:\n- Sam\n- Mei\ncreated: { { DATE } }\n---\n- [ ] x\n",
    b"---\ncreated: {{date}}\nmeta:\n  deep: {[k]: 1}\n{[a]: 1}: 2\nname: Kai\ntype: person\n---\n",
    b"---\nname: Jane\ntype: person\ninteractions:\n  - date: 2026-11-20\n    text: |-\n      Coffee\n      again\n"
    + b"  - date: 2026-13-40\n  - text: x\n  - 3\n---\n",
]
seed("areas-all", config, areas)
# Dates as vaults write them: links to the day's note, days in words, a date that names no day; Metadata Menu's class;
# a '#' in brackets; a person's own folder (the fifth and sixth notes) with a note named by a day that names no one.
dates = [
    b'---\nDate: "[[2026-08-03]]"\nAttendees:\n  - "[[p0]]"\n---\nx\n',
    b"---\ndate: [[Daily/August 3, 2026|Aug 3]]\npeople: [p0]\n---\n",
    b"---\ndate: someday\nattendees: [p0]\n---\n",
    b'---\nfileClass: [person]\nmet: "[[2024-01-09]]"\nsnooze_until: 3 Aug 2026\ntags: [#person, #friend]\n---\n',
    b"---\nname: Fay\n---\n",
    b"Coffee. #meet\n- [ ] send the deck\n",
]
seed("dates-all", config, dates)
# Person templates and minutes as the public vaults of the thirtieth round write them: kebab-case and template keys,
# a title the file name holds, a heading's date parted from its title by a dash, Japanese minutes' keys, links to
# days not written, a Spanish template's placeholders.
numbered = [
    b"---\nname: Jane Doe\nlast-contact: 2026-10-02\nbirthdate: 1990-12-10\nfirst_met: 2019-04-01\n---\n"
    + b"### 2026-10-02 - Coffee\n### 2026-11-10 \xe2\x80\x94 Sync\n## 2026\xe5\xb9\xb411\xe6\x9c\x8812\xe6\x97\xa5\xef\xbc\x9a\n",
    b"---\ntype: Person\ntitle: Dr. Bo Li\nlast_contacted_at: \"[[2026-11-02]]\"\n---\n",
    b"---\n\xe6\x97\xa5\xe4\xbb\x98: 2026-11-12\n\xe5\x8f\x82\xe5\x8a\xa0\xe8\x80\x85: [\"[[Jane Doe]]\", p0]\n---\n# x\n",
    b"<< [[2026-11-13]] | [[2026/11/15]] >> [[2026-13-40]]\n- Lunch with [[Jane Do]]\n",
    b"---\ntype: person\nlast-contact: <% tp.date.now() %>\ndob: --\n---\n- [[Person A]]\n",
    b"## 2026-11-02 -- \n## 2026-11-03 : \xef\xbc\x9a\n## 2026-11-04 \xc2\xb7\xc2\xb7x\n",
    "# 定例\n\n- **日時**: 2026年11月12日 10:00\n- **参加者**: [[Jane Doe]]、[[p0]]\n".encode(),
    b"**Date:** 2026-11-14\n**Attendees:** [[Jane Doe]]\n**Account**: [[Acme]]\n\nParticipants: Lior\n",
]
seed("numbered-all", config, numbered)
# Keys in camelCase, templates' met keys, a 1:1 note's person link, and YAML mistakes that cost one entry each (a colon
# in a value, a full-width colon, '#' in brackets, a dash without its space) beside ones that cost the front matter.
camel = [
    b"---\nname: Ann\nlastContact: 2026-10-01\nmetDate: 2024-05-02\nmet_context: PyCon\nlinkedIn: in/a\n---\n",
    "---\nname: Bo\n出会い: 勉強会\nhow_we_met: x\n---\n".encode(),
    b'---\ntype: 1on1\nperson: "[[Ann]]"\ndate: 2026-11-25\n---\n## Their updates\n',
    b"---\nperson: true\ndate: 2026-11-26\n---\n",
    "---\nname: Cy\ntitle: Plan: next\nname：田中\ntags: [#person, #x]\nlist:\n  - a\n  -b\ncircle: core\n---\n".encode(),
    b"---\nname: Di\nx: [unclosed\n\ty: 1\nz: 'open\n---\n",
]
seed("camel-all", config, camel)
# A person's log kept a list item each (dates, a nested item, an undated one, a task, an impossible date, a Japanese
# log), and slug-named notes named by the heading they open with (one with a role after a dash, one with a link).
logs = [
    b"# Alice Chen\n\n## \xf0\x9f\x92\xac Interactions\n- 2026-01-15: Lunch with [[p0]] #give\n  - about [[Bo]]\n"
    + b"- no date\n- 2026-02-30 x\n- [ ] 2026-03-01 deck\n### 2026-03-02 call\n- 2026-03-03 item\n## Notes\n- 2026-04-01 x\n",
    "# Bo Li — CTO\n## やりとり：\n- 2026年1月15日(木) ランチ\n- ２０２６/２/３：電話\n# [[Bo]]\n".encode(),
    b"\n\n# Dr. Sam `Lee`\n## Log\n1. 2026-01-15\n2. 2026-01-16 -- \n",
]
seed("logs-all", config, logs)
# Brackets never closed (a key's list, a nested one, the whole front matter, a multi-line one), a contacts plugin's
# log kept newest first with links to the day's notes, its prm- keys, a people hub and a template's unfilled names.
prm = [
    b"---\nname: A\nknows: [\"[[Ben]]\"\ncontact:\n  tags: [a, b\ncircle: core\naliases: [x\n---\n",
    b"---\n{name: A, circle: core\n---\n## 2026-01-01 x\n",
    b"---\nname: B\nknows: [\n  \"[[A]]\",\n\"[[C]]\"\ncircle: close\n---\n",
    b"---\nprm-tier: close\nprm-cadence: 45\nprm-last-contacted: 2026-11-20\nprm-birthday: 04-17\n"
    + b"prm-snooze-until: 2026-12-20\nprm-paused: true\n---\n## Contact log\n- [[2026-11-20]] \xe2\x80\x94 Coffee\n"
    + b"- [[Daily/2026-10-02|2026-10-02]] x\n- [[Daily/2026-09-01.md]]: Call\n- [[Daily/notes]] 2026-08-01\n",
    b"---\nname: \"{{title}}\"\nprm-tier: [x]\nprm-cadence: often\n---\n# {{title}}\n## Contact log\n- [[/2026-13-01]]\n",
]
seed("prm-all", config, prm)
# A person's headings dated in other forms, a daily note's links to its week, month, quarter and year, minutes with a
# front matter date and who took part under a heading and under a label, and a note about a person in the people
# folder, its dated headings newest first.
minutes = [
    "---\nname: P\n---\n## 2026年11月20日(金)\n## 2026.10.15 電話\n## 令和8年9月1日 x\n## 3月3日\n".encode(),
    b"<< [[2026-W47]] | [[2026-11]] | [[2026-Q4]] | [[2026]] | [[2026-W54]] | [[2026-13]] >>\n",
    "---\nDate: \"2026-11-14\"\n---\n# M\n## Participants\n- [[p0]]\n  - late\n- [[Nobody]]\n**Attendees:**\n- [[p0]]\n"
    "## 参加者：\n[[p0]]\n".encode(),
    b"---\nperson: \"[[p0]]\"\n---\n### 2026-11-20 \xe2\x80\x94 Lunch\n### 2026-10-01 \xe2\x80\x94 Call\n- [ ] x [[YYYY-MM-DD]]\n",
]
seed("minutes-all", config, minutes)
# Notes Denote names (every twelfth from the tenth): links to identifiers, in markdown and as wikilinks, with an Org
# search, to a note that has none, and a handle a card may bring.
denote = [
    b"## 2026-11-02 Tea\n[a](denote:20231019T093019) [[denote:20231013T093013::#x]] [b](denote:2023)\n",
    b'---\ntitle:      "Jo Park"\ntags:       ["person"]\nidentifier: "20231013T093013"\nLINE: jo\n---\n',
    b"x", b"x", b"x", b"x", b"x", b"x", b"x",
    b'---\ntitle: "Ann Lee"\nskype: ann\n---\n[c](denote:20231019T093019)',
]
seed("denote-all", config, denote)
# Meetings as exports and Japanese templates write them: Granola's note dated in UTC with attendees as tags, attendees
# by email address, a date with a clock time, minutes' details in a table under a section after the title, embeds and
# a remark in brackets after a name.
exports = [
    b"---\ngranola_id: abc\ncreated_at: 2025-06-06T23:30:00.000Z\ntags:\n  - person/p0\n  - person/\n  - people/x\n---\n",
    b"---\nname: P1\nemail: P1@Example.com, x@@y\ncontact:\n  work_email: p1@b.co\n---\n",
    b"---\ndate: Jan 22, 2026 at 21:46 pm:\nattendees: [p1@b.co, \"[[@p1@example.com]]\", p0 (lead), \xef\xbc\x88x\xef\xbc\x89]\n---\n",
    "# 第3回\n## 会議情報\n| 日時 | 2026年4月9日 16:00 |\n| **参加者** | [[p0]]、[[p1]] |\n|\n| 参加者 |\n\n![[p0]] ![[\n".encode(),
]
seed("exports-all", config, exports)
