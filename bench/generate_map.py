#!/usr/bin/env python3
"""Generate a synthetic provision map in the import format of data/README.md.

The rows spread over all 153 authorities of data/local-authorities.csv and the three maps. Text lengths, focus
ticks, summary rows and the Provided For / Level of Provision / Provided By lists follow the shape of the real
Schools map. The same --rows and --seed always give the same file, byte for byte.

Every row names a distinct (map, service, authorities) triple, so the import reports no repeated rows, and every
audience, level and provider entry maps to a vocabulary term. About one row in fifty carries <u> markup around its
email, which the import reports as a warning, as it does for the real map.
"""

import argparse
import csv
import random
import re
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent

HEADER = [
    "Map", "Section", "Subsection", "Service", "Virtual School",
    "Educational Attainment", "Transition", "Behaviour", "Mental Health", "Attachment",
    "Social and Emotional Understanding", "Peer Relationships", "Family Relationships", "Placement Stability", "Other",
    "Provided For", "Level of Provision", "Provided By", "Professionals Involved", "Contact Details",
]
FOCUS_COLUMNS = HEADER[5:15]

# Headings of the Schools map are the real ones, so data/sections.csv attaches its notes to them. The other two
# maps are not transcribed yet; their headings are invented in the same style.
SECTIONS = {
    "Schools": [
        ("Direct support to schools", ["Training / CPD for schools", "Casework/Support", "Conferences"]),
        ("Designated teacher support", ["Designated Teacher Training", "Designated Teacher Forums / Briefings / Network Meetings",
                                        "Conferences for Designated Teachers", "Advice and support for DTs"]),
        ("Governor support", [""]),
        ("Support with attachment / early trauma / behaviour", ["Training", "Other support with attachment / trauma / behaviour"]),
        ("Support with PEPs and Pupil Premium; policy updates and briefings", [""]),
        ("Transition support", [""]),
        ("Data monitoring / using data to inform interventions, advice and PEP cycles", [""]),
        ("Training to other professionals", [""]),
    ],
    "Looked-after children": [
        ("Direct teaching and mentoring", ["One-to-one tuition", "Mentoring", "Small group work"]),
        ("Emotional wellbeing", ["Therapeutic support", "Groups and clubs"]),
        ("Enrichment", ["Holiday activities", "Arts and sport", ""]),
        ("Post-16 and further education", ["Careers advice", "College transition"]),
        ("Participation and voice", [""]),
    ],
    "Foster carers": [
        ("Training for foster carers", ["Education training", "Attachment and trauma training"]),
        ("Support groups", ["Carer forums", ""]),
        ("Home learning", ["Resources and book schemes", "Homework support"]),
        ("Advice and advocacy", [""]),
    ],
}

ACTIVITIES = [
    "Training on", "Workshops on", "Termly briefings about", "Consultation sessions on", "Drop-in advice about",
    "A network meeting covering", "An annual conference on", "Bespoke casework support for", "Coaching for staff on",
    "A programme of group sessions about", "Online modules about", "Peer supervision on", "Whole school training on",
]
TOPICS = [
    "the needs of looked-after and previously looked-after children", "attachment and developmental trauma",
    "Personal Education Plans and their quality assurance", "use of Pupil Premium Plus", "emotion coaching",
    "restorative approaches to behaviour", "transition from primary to secondary school", "the statutory role of the designated teacher",
    "reducing exclusions", "promoting positive mental health", "the impact of loss and separation", "raising attainment in English and maths",
    "reading for pleasure", "tracking attendance and progress data", "working with foster carers and social workers",
    "therapeutic parenting strategies", "Protective Behaviours", "nurture groups", "sensory and regulation needs",
]
DETAILS = [
    "Sessions are delivered by the Virtual School's educational psychologist.",
    "Schools can book places through the Virtual School's training directory.",
    "Follow-up visits are offered to schools that request them.",
    "The programme runs over six weekly sessions after school.",
    "Materials are shared with schools afterwards so that the training can be cascaded to other staff.",
    "Priority is given to schools with several looked-after pupils on roll.",
    "Foster carers and social workers are invited to attend alongside school staff.",
    "Feedback from participants is collected and used to plan the next year's programme.",
    "Sessions are held at the local teachers' centre and online.",
    "The offer is reviewed each term with the designated teacher network.",
]
# Every entry of these lists maps to a term of data/vocabulary.csv, so the import's term warnings stay those of the
# markup rows only.
PROVIDED_FOR = [
    "Senior Management", "SENCOs/INCOs", "Class teachers", "TAs", "Governors", "Early Years", "Designated teachers",
    "School staff", "Foster carers", "Social workers", "Head teachers", "Learning mentors", "NQTs", "Pupils",
]
LEVELS = [
    "Individuals", "groups", "classes", "whole school", "clusters of schools across the LA", "Whole school",
    "Individual pupils", "LA wide",
]
PROVIDED_BY = [
    "VS directly", "VS directly and other service providers within LA", "Other LA services",
    "Private agency commissioned by VS", "VS directly and sometimes other service providers within LA",
    "University", "VS team and national experts",
]
PROFESSIONALS = [
    "VS staff", "EPs", "Advisory teachers", "VS deputy head", "Social workers and foster carers", "CAMHS clinicians",
    "Speech and language therapists", "",
]
OTHER_TEXT = [
    "Barriers to learning; destinations", "Educational stability/ continuity", "Legal duties",
    "Local and national updates", "Attendance", "Exclusions",
]
FIRST_NAMES = ["Ann", "Ben", "Chloe", "David", "Emma", "Farah", "George", "Hannah", "Imran", "Jo", "Kate", "Liam", "Maya"]
SURNAMES = ["Ahmed", "Baker", "Clarke", "Davies", "Evans", "Green", "Hughes", "Khan", "Lewis", "Morgan", "Patel", "Shaw"]
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six"]

SUMMARY_SHARE = 0.03
FOCUS_TICK_SHARE = 0.45
MARKUP_SHARE = 0.02


def read_authority_names(path):
    with open(path, encoding="utf-8", newline="") as file:
        return [row["Name"] for row in csv.DictReader(file)]


def email_domain(name):
    return re.sub(r"[^a-z0-9]+", "", name.lower()) + ".gov.uk"


def pick_list(rng, values, low, high, separator):
    return separator.join(rng.sample(values, rng.randint(low, high)))


def make_service(rng, serial):
    sentence = f"{rng.choice(ACTIVITIES)} {rng.choice(TOPICS)}"
    if rng.random() < 0.4:
        sentence += f" and {rng.choice(TOPICS)}"
    sentences = [sentence + "."] + rng.sample(DETAILS, rng.choice([0, 0, 1, 1, 2, 3, 5]))
    # A service reference makes the text unique, as the real map's services are, without changing its length much.
    return " ".join(sentences) + f" Ref. {serial}."


def make_contact(rng, authority):
    first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
    address = f"{first.lower()}.{last.lower()}@{email_domain(authority)}"
    if rng.random() < MARKUP_SHARE:
        return f"<u>{address}</u>"
    return f"{first} {last} {address}" if rng.random() < 0.1 else address


def single_row(rng, authorities, serial):
    authority = rng.choice(authorities)
    focuses = ["x" if rng.random() < FOCUS_TICK_SHARE else "" for _ in FOCUS_COLUMNS[:-1]]
    other = rng.choice(OTHER_TEXT) if rng.random() < 0.05 else ""
    return [make_service(rng, serial), authority, *focuses, other,
            pick_list(rng, PROVIDED_FOR, 1, 5, ", "), pick_list(rng, LEVELS, 0, 4, ", "),
            rng.choice(PROVIDED_BY), rng.choice(PROFESSIONALS), make_contact(rng, authority)]


def summary_row(rng, authorities, serial):
    named = rng.sample(authorities, rng.randint(3, 9))
    unlisted = rng.randint(0, len(NUMBER_WORDS))
    cell = ", ".join(named[:-1]) + f" and {named[-1]}"
    if unlisted:
        cell = ", ".join(named) + f" and {NUMBER_WORDS[unlisted - 1]} not publicly listed"
    respondents = len(named) + unlisted
    counts = [str(rng.randint(0, respondents)) for _ in FOCUS_COLUMNS[:-1]]
    other = f"{rng.randint(1, respondents)} ({rng.choice(OTHER_TEXT)})" if rng.random() < 0.2 else ""
    return [f"Training specifically for {rng.choice(PROVIDED_FOR).lower()} (summary {serial})", cell, *counts, other,
            rng.choice(PROVIDED_FOR), "", rng.choice(PROVIDED_BY), "", "see other sections for individual emails"]


def generate(rows, seed, authorities, output):
    rng = random.Random(seed)
    maps = list(SECTIONS)
    writer = csv.writer(output, lineterminator="\n")
    writer.writerow(HEADER)
    serial = 0
    for map_index, map_name in enumerate(maps):
        # Rows are grouped by map and heading, as in the printed maps; the first map takes any remainder.
        map_rows = rows // len(maps) + (rows % len(maps) if map_index == 0 else 0)
        headings = [(section, subsection) for section, subsections in SECTIONS[map_name] for subsection in subsections]
        for heading_index, (section, subsection) in enumerate(headings):
            heading_rows = map_rows // len(headings) + (1 if heading_index < map_rows % len(headings) else 0)
            for _ in range(heading_rows):
                serial += 1
                make_row = summary_row if rng.random() < SUMMARY_SHARE else single_row
                writer.writerow([map_name, section, subsection, *make_row(rng, authorities, serial)])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, required=True, help="number of provision rows to write (at least 1)")
    parser.add_argument("--seed", type=int, default=20261204, help="random seed; the same seed gives the same file")
    parser.add_argument("--authorities", type=Path, default=REPOSITORY / "data" / "local-authorities.csv",
                        help="local authority list whose names the rows use")
    parser.add_argument("--output", type=Path, required=True, help="CSV file to write")
    arguments = parser.parse_args()
    if arguments.rows < 1:
        parser.error(f"--rows must be at least 1, not {arguments.rows}.")

    authorities = read_authority_names(arguments.authorities)
    with open(arguments.output, "w", encoding="utf-8", newline="") as output:
        generate(arguments.rows, arguments.seed, authorities, output)
    print(f"Wrote {arguments.rows} rows to {arguments.output}.", file=sys.stderr)


if __name__ == "__main__":
    main()
