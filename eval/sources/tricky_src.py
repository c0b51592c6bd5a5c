# Hard attribution constructions, hand-written for this project.
# Each substring (source, cue, content parts) occurs once in its text unless an
# "occurrence" entry says which find-loop match is meant (1-based, as in dev.jsonl).


def _occ(text, sub, context):
    """Occurrence number of `sub` at its position inside the unique `context`."""
    assert text.count(context) == 1, context
    start = text.index(context) + context.index(sub)
    n, pos = 0, 0
    while True:
        i = text.find(sub, pos)
        assert 0 <= i <= start, (sub, context)
        n += 1
        if i == start:
            return n
        pos = i + len(sub)


T03 = (
    "Karel Brandt has managed the Osten steelworks since 2009. "
    "Five years ago, he said, the plant employed 2,000 people; today it has fewer than 700."
)
T05 = "The minister opened the new bypass near Vell on Friday, which he said was finished two months ahead of schedule."
T08 = (
    "Rescue worker Petra Navi described the first hours after the quake.\n"
    '"We dug with our hands because the machines could not reach the street," she said. '
    '"Every few minutes someone would shout for silence so we could listen.\n'
    '"By the evening we had found nine people alive. We stopped counting the others."'
)
T14 = (
    'Coach Ivan Dorr said \u201cwe were robbed by the referee" and refused to shake hands. '
    'His captain, Sami Okel, insisted "it was a fair result\u201d.'
)
T16 = "Farmer Jon Vik said a ministry inspector had told him the well water was safe to drink."
T19 = '"The figures are wrong," the spokesman said, "and we will publish our own on Monday."'

TRICKY = [
    {
        "id": "tricky-01",
        "construction": "dash attribution",
        "text": "The county board voted on Monday to extend the ban on quarrying in the Elm valley.\n"
        '"We will not reopen the quarry while I hold this office." -Commissioner Ruth Abara',
        "attributions": [
            {
                "source": "Commissioner Ruth Abara",
                "cue": "-",
                "content": ["We will not reopen the quarry while I hold this office."],
            }
        ],
    },
    {
        "id": "tricky-02",
        "construction": "dash attribution (em dash, quote before a title and name)",
        "text": "\u201cNo child in this district should walk two hours to reach a classroom.\u201d \u2014 "
        "Education Secretary Malik Osei, speaking at the opening of the Dunmore school",
        "attributions": [
            {
                "source": "Education Secretary Malik Osei",
                "cue": "\u2014",
                "content": ["No child in this district should walk two hours to reach a classroom."],
            }
        ],
    },
    {
        "id": "tricky-03",
        "construction": "colon attribution, speaker in previous paragraph, no verb",
        "text": "Chairwoman Ines Haldor addressed shareholders after the board voted to close the Lindon plant.\n"
        "From the chairwoman:\n\n"
        '"This was the hardest decision of my career. The plant has lost money for six years '
        'in a row, and we could not ask our other workers to carry it any longer."',
        "attributions": [
            {
                "source": "the chairwoman",
                "source_resolves_to": "Chairwoman Ines Haldor",
                "cue": ":",
                "content": [
                    "This was the hardest decision of my career. The plant has lost money for six years "
                    "in a row, and we could not ask our other workers to carry it any longer."
                ],
            }
        ],
    },
    {
        "id": "tricky-04",
        "construction": "colon attribution, named speaker in previous paragraph, document excerpt",
        "text": "Mayor Tobias Wren wrote to every household in Carrow on Friday about the water supply.\n"
        "His letter, in part:\n\n"
        '"The tests taken last week found lead above the safe limit in the old town. '
        'Until the pipes are replaced, please drink only bottled water."',
        "attributions": [
            {
                "source": "His letter",
                "source_resolves_to": "Mayor Tobias Wren",
                "cue": ":",
                "content": [
                    "The tests taken last week found lead above the safe limit in the old town. "
                    "Until the pipes are replaced, please drink only bottled water."
                ],
            }
        ],
    },
    {
        "id": "tricky-05",
        "construction": "parenthetical cue (he said) inside the content",
        "text": T03,
        "attributions": [
            {
                "source": "he",
                "source_resolves_to": "Karel Brandt",
                "cue": "said",
                "content": ["Five years ago", "the plant employed 2,000 people; today it has fewer than 700"],
                "occurrence": {"source": _occ(T03, "he", "ago, he said")},
            }
        ],
    },
    {
        "id": "tricky-06",
        "construction": "appositive source with colon and direct quote",
        "text": "Anton Ferro, a doctor at the county clinic in Basso, said: "
        '"We have seen eleven cases of the fever since Monday, all in children."',
        "attributions": [
            {
                "source": "Anton Ferro",
                "cue": "said",
                "content": ["We have seen eleven cases of the fever since Monday, all in children."],
            }
        ],
    },
    {
        "id": "tricky-07",
        "construction": "relative clause: which he said was ...",
        "text": T05,
        "attributions": [
            {
                "source": "he",
                "source_resolves_to": "The minister",
                "cue": "said",
                "content": ["which", "was finished two months ahead of schedule"],
                "occurrence": {"source": _occ(T05, "he", "which he said")},
            }
        ],
    },
    {
        "id": "tricky-08",
        "construction": "inverted cue (said the minister)",
        "text": "Transport Minister Olga Renn visited the Tarn bridge on Tuesday after engineers found cracks in two pillars.\n"
        '"The bridge is safe and will stay open," said the minister.',
        "attributions": [
            {
                "source": "the minister",
                "source_resolves_to": "Transport Minister Olga Renn",
                "cue": "said",
                "content": ["The bridge is safe and will stay open"],
            }
        ],
    },
    {
        "id": "tricky-09",
        "construction": "coordinated speakers (A and B said)",
        "text": "Greta Sand and Omar Lutz, who run the two largest unions at the port, said the pay offer was an insult.",
        "attributions": [
            {"source": "Greta Sand", "cue": "said", "content": ["the pay offer was an insult"]},
            {"source": "Omar Lutz", "cue": "said", "content": ["the pay offer was an insult"]},
        ],
    },
    {
        "id": "tricky-10",
        "construction": "multi-paragraph quote (paragraph opens with a fresh quote mark, previous one not closed)",
        "text": T08,
        "attributions": [
            {
                "source": "she",
                "source_resolves_to": "Rescue worker Petra Navi",
                "cue": "said",
                "content": [
                    "We dug with our hands because the machines could not reach the street",
                    "Every few minutes someone would shout for silence so we could listen.",
                    "By the evening we had found nine people alive. We stopped counting the others.",
                ],
            }
        ],
    },
    {
        "id": "tricky-11",
        "construction": "odd number of quotation marks (quote never closed)",
        "text": 'Mayor Dora Pell said the housing plan was "a gift to developers and a blow to every family '
        "in the valley. She promised to fight it in the council.",
        "attributions": [
            {
                "source": "Mayor Dora Pell",
                "cue": "said",
                "content": ['the housing plan was "a gift to developers and a blow to every family in the valley'],
            },
            {
                "source": "She",
                "source_resolves_to": "Mayor Dora Pell",
                "cue": "promised",
                "content": ["to fight it in the council"],
            },
        ],
    },
    {
        "id": "tricky-12",
        "construction": "according to (sentence-initial)",
        "text": "According to the port authority, 14 ships are waiting to dock at Selva.",
        "attributions": [
            {
                "source": "the port authority",
                "cue": "According to",
                "content": ["14 ships are waiting to dock at Selva"],
            }
        ],
    },
    {
        "id": "tricky-13",
        "construction": "X denied Y (gerund content), plus a participial cue",
        "text": "The company denied dumping waste in the river, saying its filters had been inspected in May.",
        "attributions": [
            {"source": "The company", "cue": "denied", "content": ["dumping waste in the river"]},
            {"source": "The company", "cue": "saying", "content": ["its filters had been inspected in May"]},
        ],
    },
    {
        "id": "tricky-14",
        "construction": "Y, state media reported (source after the content)",
        "text": "Government troops retook the airport on Sunday after two days of fighting, state media reported.",
        "attributions": [
            {
                "source": "state media",
                "cue": "reported",
                "content": ["Government troops retook the airport on Sunday after two days of fighting"],
            }
        ],
    },
    {
        "id": "tricky-15",
        "construction": "reportedly with no source (agentless hearsay)",
        "text": "The president reportedly fell ill during the summit and left early.",
        "attributions": [
            {
                "source": None,
                "cue": "reportedly",
                "content": ["The president", "fell ill during the summit and left early"],
            }
        ],
    },
    {
        "id": "tricky-16",
        "construction": "straight and curly quotes mixed (curly open, straight close and the reverse)",
        "text": T14,
        "attributions": [
            {"source": "Coach Ivan Dorr", "cue": "said", "content": ["we were robbed by the referee"]},
            {"source": "Sami Okel", "cue": "insisted", "content": ["it was a fair result"]},
        ],
    },
    {
        "id": "tricky-17",
        "construction": "relay: told Reuters (anonymous specific source)",
        "text": "A senior official at the central bank told Reuters the currency would be allowed to float from March.",
        "attributions": [
            {
                "source": "A senior official at the central bank",
                "cue": "told",
                "relayed_by": "Reuters",
                "content": ["the currency would be allowed to float from March"],
            }
        ],
    },
    {
        "id": "tricky-18",
        "construction": "nested attribution (A said B had told him ...)",
        "text": T16,
        "attributions": [
            {
                "source": "Farmer Jon Vik",
                "cue": "said",
                "content": ["a ministry inspector had told him the well water was safe to drink"],
            },
            {"source": "a ministry inspector", "cue": "told", "content": ["the well water was safe to drink"]},
        ],
    },
    {
        "id": "tricky-19",
        "construction": "agentless: it is believed",
        "text": "It is believed that the two men crossed the border on foot before dawn.",
        "attributions": [
            {"source": None, "cue": "It is believed", "content": ["the two men crossed the border on foot before dawn"]}
        ],
    },
    {
        "id": "tricky-20",
        "construction": "split direct quote with the cue in the middle",
        "text": T19,
        "attributions": [
            {
                "source": "the spokesman",
                "cue": "said",
                "content": ["The figures are wrong", "and we will publish our own on Monday."],
            }
        ],
    },
    {
        "id": "tricky-21",
        "construction": "declined to comment (no attribution: no content)",
        "text": "The embassy declined to comment on the report when contacted on Sunday.",
        "attributions": [],
    },
]
