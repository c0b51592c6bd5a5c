"""News check-worthiness dev set, part d (see GUIDELINES.md).

python3 eval/checkworthy/news/part_d.py
"""

from __future__ import annotations

import os
import sys


def c(kind, text):
    return {"text": text, "label": "claim", "kind": kind}


def a(kind, text, part=None):
    s = {"text": text, "label": "attributed", "kind": kind}
    if part is not None:
        s["part"] = part
    return s


def n(kind, text):
    return {"text": text, "label": "not", "kind": kind}


ARTICLES = [
    {
        "id": "d01",
        "style": "conflict",
        "paragraphs": [
            [c("headline", "Shelling kills nine in border town of Kharvesk as truce talks stall")],
            [
                c(
                    "event",
                    "KHARVESK (Reuters) - Artillery shells hit a covered market and two apartment blocks in the border town of Kharvesk on Wednesday, killing nine civilians, among them three children.",
                ),
                c("casualty", "At least 31 other people were wounded, 11 of them seriously."),
            ],
            [
                a(
                    "statement",
                    "Regional governor Petro Halyn said the shells were fired from positions about 15 km to the east, across the river.",
                ),
                a(
                    "denial",
                    "The army of the breakaway region denied firing on the town and said its units had targeted only a fuel depot on the outskirts.",
                ),
            ],
            [
                n("note", "Reuters could not independently verify either account."),
                a(
                    "witness",
                    "A Reuters reporter at the scene saw craters in the market's concrete floor and at least four burned-out stalls.",
                ),
            ],
            [
                n(
                    "background",
                    "Kharvesk, a town of about 40,000 people before the fighting, lies 6 km from the front line.",
                ),
                n("background", "It has been shelled repeatedly since the conflict began in 2019."),
            ],
            [
                c(
                    "event",
                    "The strikes came a day after negotiators from both sides left talks in Geneva without agreeing on a prisoner exchange.",
                ),
                n("schedule", "The talks are due to resume next week."),
            ],
            [
                a(
                    "quote",
                    '"They knew it was market day," said Olena Marchuk, 52, who sells vegetables at the market.',
                ),
                a("quote", '"They wanted to kill as many people as possible."'),
            ],
            [
                a(
                    "statement",
                    "The town's only surgical ward ran out of blood for transfusions by midday, hospital officials said, after a supply convoy was turned back at a checkpoint on Monday.",
                    part="after a supply convoy was turned back at a checkpoint on Monday",
                ),
                a(
                    "statement",
                    "Aid groups have warned for months that medical stocks in frontline towns are dangerously low.",
                ),
            ],
            [
                a(
                    "statistic",
                    "The ceasefire agreed in January has been violated hundreds of times, according to monitors from the Organization for Security and Co-operation in Europe.",
                ),
                c("statistic", "Wednesday's attack was the deadliest on the town this year."),
                n("analysis", "It is likely to harden positions on both sides before next week's round."),
            ],
            [n("boilerplate", "Reporting by Anna Levchuk; Writing by Tom Berrington; Editing by Clare Hodd")],
        ],
    },
    {
        "id": "d02",
        "style": "conflict",
        "paragraphs": [
            [n("question", "Who bombed the Marsa Qadim grain terminal?")],
            [
                c(
                    "damage",
                    "A drone strike set fire to the main grain terminal at the Red Sea port of Marsa Qadim late on Saturday, destroying roughly 60,000 tonnes of wheat awaiting distribution.",
                )
            ],
            [
                c("event", "No group has claimed responsibility."),
                a(
                    "accusation",
                    "The government blamed the Eastern Coalition rebels, who have used long-range drones against coastal targets since last autumn.",
                    part="who have used long-range drones against coastal targets since last autumn",
                ),
                a(
                    "denial",
                    'A rebel spokesman, Idris Warsame, called the accusation "a fabrication to justify the siege" and said his forces had no drones capable of reaching the port.',
                ),
            ],
            [
                a(
                    "statistic",
                    "The terminal handled about 40 percent of the country's food imports last year, according to the World Food Programme.",
                ),
                a(
                    "prediction",
                    "Without it, the agency said, rations for 1.2 million people in the north could be cut within a month.",
                ),
            ],
            [
                n("background", "Marsa Qadim has changed hands twice during the war."),
                n(
                    "colour",
                    "The port is a shabby sprawl of cranes and warehouses, its quays stained orange with rust.",
                ),
            ],
            [
                a(
                    "evidence",
                    "Satellite images taken on Sunday morning and reviewed by this broadcaster show at least three of the five storage silos collapsed.",
                ),
                n("colour", "Firefighters were still spraying the wreckage as night fell."),
            ],
            [
                c(
                    "cause",
                    "The drone was launched from a site inside rebel-held territory, about 200 km to the south-west.",
                ),
                a(
                    "statement",
                    "That assessment rests on the drone's flight path, which coastal radar tracked for 40 minutes before impact, two Western security officials said.",
                ),
            ],
            [
                c("statistic", "Wheat prices in the capital's markets rose by a fifth on Sunday."),
                n("colour", "Bakers in the old city queued from dawn."),
            ],
            [
                c("statistic", "It was the fourth attack on civilian infrastructure along the coast this month."),
                n("schedule", "The United Nations Security Council is scheduled to discuss the war on Thursday."),
                n(
                    "analysis",
                    "Whoever was behind it, the strike has made an already fragile aid operation far harder to sustain.",
                ),
            ],
            [n("boilerplate", "Follow our live coverage for the latest updates.")],
        ],
    },
    {
        "id": "d03",
        "style": "disaster",
        "paragraphs": [
            [c("headline", "Flood death toll rises to 23 as river peaks in Vellmoor valley")],
            [
                c(
                    "casualty",
                    "The death toll from flooding in the Vellmoor valley rose to 23 on Thursday after rescuers recovered two more bodies from a collapsed farmhouse near Ostrand.",
                ),
                c("casualty", "Eight people remain missing."),
            ],
            [
                a(
                    "statistic",
                    "More than 4,000 residents have been evacuated from low-lying districts, the county emergency service said.",
                ),
                a(
                    "statement",
                    "Three emergency shelters in the town's schools were full by Wednesday night, it added.",
                ),
            ],
            [
                c(
                    "cause",
                    "The River Vell burst its banks early on Tuesday after 180 millimetres of rain fell in 36 hours, more than the area normally gets in two months.",
                ),
                n("background", "The valley has flooded before, most seriously in 1954, when 61 people died."),
            ],
            [
                c(
                    "statistic",
                    "Water levels at the Ostrand gauge peaked at 7.4 metres on Thursday morning, the highest since records began.",
                ),
                a(
                    "forecast",
                    "Forecasters expect the river to fall slowly over the weekend, though more rain is possible on Monday.",
                ),
            ],
            [
                a("statement", "Many residents say they had less than an hour's warning."),
                a(
                    "quote",
                    '"The siren went off when the water was already at my door," said Karin Bloch, who lives on Mill Lane with her two teenage sons.',
                ),
                n("colour", "She spent the night on the roof of her garage."),
            ],
            [
                c(
                    "accusation",
                    "The county's new early-warning system, installed in 2021 at a cost of 2.3 million euros, failed to send text alerts to phones in the worst-hit streets.",
                ),
                a(
                    "statement",
                    "A spokesperson for the county said the fault was being investigated and that the sirens had sounded as planned.",
                ),
                a("statement", "Opposition councillors have called for an independent inquiry."),
            ],
            [
                c(
                    "disruption",
                    "Roads into the valley remain closed, and the regional rail line between Ostrand and Hellig will not reopen before next week.",
                ),
                n("colour", "Volunteers filled sandbags in the market square under grey skies."),
            ],
            [
                n("boilerplate", "Donations can be made through the county's flood relief fund."),
                n("boilerplate", "Additional reporting by Jonas Feld"),
            ],
        ],
    },
    {
        "id": "d04",
        "style": "politics",
        "paragraphs": [
            [n("question", "Can Renner's coalition survive the pensions vote?")],
            [
                c(
                    "event",
                    "Prime Minister Aldo Renner's coalition lost its parliamentary majority on Tuesday when the Green Liberal party withdrew its four ministers over a plan to raise the retirement age to 68.",
                )
            ],
            [
                c(
                    "statistic",
                    "The bill, which cleared its first reading in March by 141 votes to 137, would raise the age in stages from 2027.",
                ),
                n("background", "Renner has governed with a razor-thin majority since the 2022 election."),
            ],
            [
                a(
                    "quote",
                    '"We cannot ask nurses and bricklayers to work until they drop," Green Liberal leader Mira Vasić told reporters outside parliament.',
                ),
                a("statement", "She said her party would vote against the bill at its second reading on May 14."),
            ],
            [
                a(
                    "statement",
                    "Renner's office said the government would press ahead and seek support from opposition lawmakers.",
                ),
                c("statistic", "Without the Green Liberals, the coalition controls 136 of the chamber's 280 seats."),
            ],
            [
                c("prediction", "The state pension fund will run out of money by 2034 if nothing changes."),
                a("statistic", "Independent economists at the Kessler Institute have put the date closer to 2041."),
            ],
            [
                n("background", "The retirement age was last raised in 2009, from 63 to 65."),
                n("background", "Earlier attempts at pension reform, in 1996 and 2004, both ended in early elections."),
            ],
            [
                a("statistic", "Polls suggest most voters oppose the change."),
                a(
                    "statistic",
                    "A survey by the Demoskop agency published on Sunday found 61 percent against and 29 percent in favour.",
                ),
            ],
            [
                n("opinion", "Renner has staked his reputation on the reform."),
                n("analysis", "The coming week will test whether he can find the votes."),
                n("schedule", "Parliament's pensions committee meets on Thursday."),
            ],
            [
                c(
                    "decision",
                    "The government also quietly dropped a promised cut to fuel taxes last month, a move that went largely unreported.",
                ),
                n("boilerplate", "Edited by Petra Lund"),
            ],
        ],
    },
    {
        "id": "d05",
        "style": "courts_crime",
        "paragraphs": [
            [c("headline", "Former mayor jailed for six years over waste contract bribes")],
            [
                c(
                    "event",
                    "A former mayor of Dunmore was sentenced to six years in prison on Friday for taking bribes in exchange for a municipal waste contract worth 14 million pounds.",
                )
            ],
            [
                c(
                    "event",
                    "Gerald Oakes, 61, was found guilty last month of two counts of bribery and one of misconduct in public office after a seven-week trial at Leeds Crown Court.",
                ),
                a("denial", "He had denied all the charges."),
            ],
            [
                a(
                    "evidence",
                    "Jurors heard that Oakes received 220,000 pounds in cash and the use of a holiday villa in Portugal from the owners of Brightway Environmental between 2016 and 2019.",
                ),
                a(
                    "accusation",
                    "In return, prosecutors said, he steered the contract to the firm and blocked a rival bid that was 3 million pounds cheaper.",
                ),
            ],
            [
                a(
                    "quote",
                    'Sentencing him, Judge Helen Marsh said Oakes had "treated the town hall as his private bank".',
                ),
                a("quote", '"The people of Dunmore trusted you, and you sold that trust," she told him.'),
            ],
            [
                n("colour", "Oakes showed no emotion as the sentence was read."),
                n("colour", "His wife, seated in the public gallery, wept."),
            ],
            [
                c(
                    "event",
                    "Two Brightway directors, Neil and Samuel Carver, were jailed for four years each in March after pleading guilty.",
                ),
                n("background", "The company went into administration in 2021."),
            ],
            [
                c(
                    "statistic",
                    "Dunmore council is still paying 1.1 million pounds a year under the contract, which runs until 2028.",
                ),
                a(
                    "statement",
                    "A council spokesman said it was seeking legal advice on ending the agreement early, a year after auditors first flagged irregularities in the tender.",
                    part="a year after auditors first flagged irregularities in the tender",
                ),
            ],
            [
                n("background", "Oakes served as mayor for 11 years and was twice re-elected unopposed."),
                a("statement", "His lawyer said he would appeal."),
                n("schedule", "A hearing to recover the proceeds of his crimes is set for September."),
            ],
            [n("boilerplate", "© 2024 Northern Press Ltd, all rights reserved")],
        ],
    },
    {
        "id": "d06",
        "style": "business",
        "paragraphs": [
            [c("headline", "Halvorsen Foods to shut three plants, cut 1,800 jobs")],
            [
                a(
                    "decision",
                    "OSLO, June 4 - Halvorsen Foods will close three processing plants in western Norway and cut about 1,800 jobs by the end of next year, the frozen-food maker said on Tuesday, a week after its biggest customer, the supermarket chain Nordkjøp, ended a supply deal.",
                    part="a week after its biggest customer, the supermarket chain Nordkjøp, ended a supply deal",
                )
            ],
            [
                c("statistic", "Operating profit fell 46 percent to 312 million crowns in the January-March period."),
                a(
                    "statistic",
                    "Revenue slipped 4 percent to 5.1 billion crowns, below the 5.4 billion analysts had expected in a Refinitiv poll.",
                    part="Revenue slipped 4 percent to 5.1 billion crowns",
                ),
            ],
            [
                c(
                    "statistic",
                    "Shares in Halvorsen fell 11 percent in early trading, their steepest one-day drop since 2020.",
                )
            ],
            [
                a(
                    "cause",
                    "Chief executive Lise Dahl said the company had been hit by higher energy and packaging costs and by shoppers switching to cheaper own-label products.",
                ),
                a(
                    "quote",
                    '"These are painful decisions, but standing still is not an option," she told a conference call.',
                ),
            ],
            [
                c("statistic", "The cuts amount to roughly a fifth of the workforce."),
                n("background", "Halvorsen was founded in 1921 as a fish-canning business in Ålesund."),
                c("statistic", "It is now the largest frozen-food producer in the Nordic region."),
            ],
            [
                a(
                    "quote",
                    'The Food Workers\' Union called the closures "a betrayal" of communities that had depended on the plants for generations.',
                ),
                a(
                    "statistic",
                    "The plant at Florvik employs nearly half the town's working population, according to municipal figures.",
                ),
            ],
            [
                n("analysis", "Dahl has spent her two years in charge trying to move the company upmarket."),
                n("opinion", "That strategy looks increasingly out of step with cash-strapped consumers."),
            ],
            [
                c("statistic", "The company received 90 million crowns in state energy support last winter."),
                n("schedule", "It will report second-quarter results on Aug. 20."),
            ],
            [n("boilerplate", "Reporting by Erik Sund; Editing by Mark Potter")],
        ],
    },
    {
        "id": "d07",
        "style": "feature",
        "paragraphs": [
            [n("headline", "The last ferryman of the Lakmo Strait")],
            [
                n(
                    "colour",
                    "The wind comes off the water at Sorrel Point in hard, salty gusts, and Tomas Erkki has felt every one of them for forty-one winters.",
                ),
                n(
                    "colour",
                    "He is 73, wears a fisherman's cap his late wife knitted, and still starts the engine of the Marta by hand.",
                ),
            ],
            [
                c("statistic", "The Marta is the last hand-operated cable ferry still carrying passengers in Finland."),
                c(
                    "statistic",
                    "Since a road bridge opened downstream in 2015, traffic has fallen from around 300 crossings a day to fewer than 20.",
                ),
            ],
            [
                a("quote", '"People think it\'s nostalgia," Erkki says, coiling a rope on the deck.'),
                a("quote", '"For the old folks on the island, it\'s the doctor, the shop and the pharmacy."'),
            ],
            [
                c("statistic", "Kallio island has 48 permanent residents, most of them over 65."),
                c(
                    "decision",
                    "The municipality cut the ferry's budget by a third in 2022 and has twice voted on scrapping it altogether.",
                ),
            ],
            [
                n("colour", "Winters here are long and dark."),
                n("colour", "In January the sun clears the pines for barely five hours."),
            ],
            [
                n(
                    "colour",
                    "Erkki's daughter, Sanna, runs the ticket booth in summer and worries about what happens when her father stops.",
                ),
                a("statement", "She says no one under 50 has applied for the job in a decade."),
            ],
            [
                c("statistic", "The ferry has never had a serious accident in its 96-year history."),
                a("statement", "Erkki credits the cable, not himself."),
            ],
            [
                a(
                    "statement",
                    "A regional councillor, Anneli Paasi, said a decision on the ferry's future would come with the autumn budget.",
                ),
                a("quote", '"Nobody wants to be the one who cuts the rope," she said.'),
            ],
            [
                n(
                    "colour",
                    "As the Marta bumps against the far jetty, a woman with a shopping trolley steps off and waves without looking back.",
                ),
                n("opinion", "It is, in its small way, a perfect piece of public service."),
            ],
        ],
    },
    {
        "id": "d08",
        "style": "feature",
        "paragraphs": [
            [n("headline", "The sweet lie in your breakfast jar")],
            [
                n(
                    "colour",
                    "On a Tuesday afternoon in a laboratory outside Bremen, a technician named Jutta Kray drips a golden sample into a machine the size of a fridge and waits.",
                )
            ],
            [
                c(
                    "statistic",
                    "Nearly half of the honey imported into the European Union last year was adulterated with cheap sugar syrups.",
                ),
                c(
                    "statistic",
                    'Most of it ends up in supermarket own-brand jars labelled as a "blend of EU and non-EU honeys".',
                ),
            ],
            [
                n("transition", "The trick is old."),
                n(
                    "background",
                    "Beekeepers in ancient Rome complained about merchants who cut their honey with boiled grape juice.",
                ),
            ],
            [
                n("analysis", "What is new is the sophistication."),
                c(
                    "accusation",
                    "Syrup makers in at least two countries now sell products engineered specifically to pass the standard isotope test used by customs laboratories.",
                ),
                a("quote", '"They read our papers and then they design around them," Kray says.'),
            ],
            [
                n("transition", "Prices tell the story."),
                c(
                    "statistic",
                    "Imported honey sold at an average of 1.90 euros a kilo at EU borders last year, while it costs at least 3.50 euros to produce a kilo honestly in most of the world.",
                ),
            ],
            [
                a(
                    "statement",
                    "Bernd Ostler, who keeps 400 hives in Lower Saxony, says he has lost two big supermarket contracts since 2020 to cheaper imports.",
                ),
                n("colour", "He now sells most of his honey at farmers' markets."),
            ],
            [
                a(
                    "statement",
                    "A European Commission spokesperson said new labelling rules requiring the country of origin on every jar would take effect in 2026.",
                ),
                c("accusation", "Industry groups lobbied for three years to water them down."),
            ],
            [
                n("colour", "Back in the lab, the machine beeps."),
                c("event", "Kray's sample, sold as acacia honey from Hungary, contains rice syrup."),
                n("colour", "She shrugs and reaches for the next jar."),
            ],
            [n("boilerplate", "This article is part of our series Food Fraud Files.")],
        ],
    },
    {
        "id": "d09",
        "style": "wire",
        "paragraphs": [
            [c("headline", "Coast guard seizes tanker suspected of smuggling diesel")],
            [
                a(
                    "event",
                    "MANILA, Philippines (AP) — The Philippine coast guard seized a tanker carrying an estimated 1.5 million liters of smuggled diesel off the island of Mindoro on Sunday and detained its 17 crew members, officials said.",
                )
            ],
            [
                c(
                    "event",
                    "The MT Sea Lantern, which was sailing under a Palau flag, had switched off its tracking transponder two days earlier.",
                ),
                a(
                    "statement",
                    "Coast guard spokesperson Cmdr. Rosa Dimaculangan said the ship's papers listed its cargo as lubricating oil.",
                ),
                a("quote", '"The documents and the cargo did not match," she said.'),
            ],
            [
                a(
                    "statistic",
                    "Fuel smuggling costs the Philippine government an estimated 30 billion pesos a year in lost taxes, according to the Bureau of Customs.",
                ),
                a(
                    "statement",
                    "Investigators believe the fuel was transferred at sea from a larger tanker anchored in international waters.",
                ),
            ],
            [
                c(
                    "event",
                    "The crew, all Indonesian and Filipino nationals, were taken to Batangas port for questioning.",
                ),
                c("event", "None has been charged."),
                c("event", "Coast guard officers found a second set of logbooks hidden in the engine room."),
            ],
            [n("note", "The ship's registered owner, a company based in Singapore, could not be reached for comment.")],
            [
                c("statistic", "It was the third such seizure this year."),
                c(
                    "event",
                    "In March, authorities impounded a smaller vessel off Palawan with about 400,000 liters of diesel aboard.",
                ),
            ],
            [
                n("background", "Diesel prices in the Philippines have risen sharply since 2022."),
                a("statement", "The coast guard said it would step up patrols in the Verde Island Passage."),
            ],
            [n("boilerplate", "Copyright 2024 The Associated Press, all rights reserved")],
        ],
    },
    {
        "id": "d10",
        "style": "science_health",
        "paragraphs": [
            [n("question", "Does a daily nap protect the ageing brain?")],
            [
                a(
                    "statistic",
                    "Adults over 60 who took a short afternoon nap on most days had a 22 percent lower risk of developing dementia over a decade than those who did not, a large study published on Wednesday found.",
                ),
                c("statistic", "The effect vanished for naps longer than an hour."),
            ],
            [
                c(
                    "method",
                    "Researchers at Aarhus University followed 31,400 people in Denmark and Sweden, using wrist-worn sensors to record when and how long they slept.",
                )
            ],
            [
                a(
                    "quote",
                    '"Short naps seem to give the brain a chance to clear out waste products that build up during the day," said the lead author, Dr. Freja Holm.',
                ),
                a(
                    "statement",
                    "She cautioned that the study showed an association, not proof that napping prevents dementia.",
                ),
            ],
            [
                n(
                    "background",
                    "Dementia affects about 55 million people worldwide, and the number is expected to nearly double by 2050.",
                ),
                n("background", "There is no cure."),
            ],
            [
                n(
                    "background",
                    "Earlier research had linked long daytime sleep to a higher risk of cognitive decline.",
                ),
                a(
                    "statement",
                    "Some scientists argue that excessive napping is an early symptom of dementia rather than a cause.",
                ),
            ],
            [
                a(
                    "quote",
                    'Dr. Marcus Webb, a neurologist at King\'s College London who was not involved in the study, called it "well designed but far from the last word".',
                ),
                a(
                    "statement",
                    "He noted that participants who napped were also more likely to exercise and less likely to smoke.",
                ),
            ],
            [
                c(
                    "accusation",
                    "The study was funded in part by Somnia, a Danish company that sells sleep-tracking devices.",
                ),
                c("accusation", "The paper's disclosure section does not mention the funding."),
                c(
                    "accusation",
                    "Somnia's chief executive, Lars Kjær, sits on the board of the university's sleep research centre.",
                ),
            ],
            [
                a(
                    "denial",
                    "A university spokesperson said the funding had been declared to the journal and that its omission from the paper was a production error.",
                )
            ],
            [
                n(
                    "advice",
                    "For now, the advice is unchanged: sleep seven to nine hours a night, and keep naps short.",
                ),
                n("boilerplate", "Sign up for our weekly health newsletter."),
                n(
                    "boilerplate",
                    "Correction: An earlier version of this article misstated the number of study participants.",
                ),
            ],
        ],
    },
]


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from check import write_part

    write_part(ARTICLES, __file__)
