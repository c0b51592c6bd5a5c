"""News check-worthiness dev set, part d (see GUIDELINES.md).

python3 eval/checkworthy/news/part_d.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "d01",
        "style": "conflict",
        "paragraphs": [
            [C("Shelling kills nine in border town of Kharvesk as truce talks stall", "headline")],
            [
                C(
                    "KHARVESK (Reuters) - Artillery shells hit a covered market and two apartment blocks in the border town of Kharvesk on Wednesday, killing nine civilians, among them three children.",
                    "event",
                ),
                C("At least 31 other people were wounded, 11 of them seriously.", "casualty"),
            ],
            [
                A(
                    "Regional governor Petro Halyn said the shells were fired from positions about 15 km to the east, across the river.",
                    "statement",
                ),
                A(
                    "The army of the breakaway region denied firing on the town and said its units had targeted only a fuel depot on the outskirts.",
                    "denial",
                ),
            ],
            [
                N("Reuters could not independently verify either account.", "note"),
                A(
                    "A Reuters reporter at the scene saw craters in the market's concrete floor and at least four burned-out stalls.",
                    "witness",
                ),
            ],
            [
                N(
                    "Kharvesk, a town of about 40,000 people before the fighting, lies 6 km from the front line.",
                    "background",
                ),
                N("It has been shelled repeatedly since the conflict began in 2019.", "background"),
            ],
            [
                C(
                    "The strikes came a day after negotiators from both sides left talks in Geneva without agreeing on a prisoner exchange.",
                    "event",
                ),
                N("The talks are due to resume next week.", "schedule"),
            ],
            [
                A(
                    '"They knew it was market day," said Olena Marchuk, 52, who sells vegetables at the market.',
                    "quote",
                ),
                A('"They wanted to kill as many people as possible."', "quote"),
            ],
            [
                A(
                    "The town's only surgical ward ran out of blood for transfusions by midday, hospital officials said, after a supply convoy was turned back at a checkpoint on Monday.",
                    "statement",
                    part="after a supply convoy was turned back at a checkpoint on Monday",
                ),
                A(
                    "Aid groups have warned for months that medical stocks in frontline towns are dangerously low.",
                    "statement",
                ),
            ],
            [
                A(
                    "The ceasefire agreed in January has been violated hundreds of times, according to monitors from the Organization for Security and Co-operation in Europe.",
                    "statistic",
                ),
                C("Wednesday's attack was the deadliest on the town this year.", "statistic"),
                N("It is likely to harden positions on both sides before next week's round.", "analysis"),
            ],
            [N("Reporting by Anna Levchuk; Writing by Tom Berrington; Editing by Clare Hodd", "boilerplate")],
        ],
    },
    {
        "id": "d02",
        "style": "conflict",
        "paragraphs": [
            [N("Who bombed the Marsa Qadim grain terminal?", "question")],
            [
                C(
                    "A drone strike set fire to the main grain terminal at the Red Sea port of Marsa Qadim late on Saturday, destroying roughly 60,000 tonnes of wheat awaiting distribution.",
                    "damage",
                )
            ],
            [
                C("No group has claimed responsibility.", "event"),
                A(
                    "The government blamed the Eastern Coalition rebels, who have used long-range drones against coastal targets since last autumn.",
                    "accusation",
                    part="who have used long-range drones against coastal targets since last autumn",
                ),
                A(
                    'A rebel spokesman, Idris Warsame, called the accusation "a fabrication to justify the siege" and said his forces had no drones capable of reaching the port.',
                    "denial",
                ),
            ],
            [
                A(
                    "The terminal handled about 40 percent of the country's food imports last year, according to the World Food Programme.",
                    "statistic",
                ),
                A(
                    "Without it, the agency said, rations for 1.2 million people in the north could be cut within a month.",
                    "prediction",
                ),
            ],
            [
                N("Marsa Qadim has changed hands twice during the war.", "background"),
                N(
                    "The port is a shabby sprawl of cranes and warehouses, its quays stained orange with rust.",
                    "colour",
                ),
            ],
            [
                A(
                    "Satellite images taken on Sunday morning and reviewed by this broadcaster show at least three of the five storage silos collapsed.",
                    "evidence",
                ),
                N("Firefighters were still spraying the wreckage as night fell.", "colour"),
            ],
            [
                C(
                    "The drone was launched from a site inside rebel-held territory, about 200 km to the south-west.",
                    "cause",
                ),
                A(
                    "That assessment rests on the drone's flight path, which coastal radar tracked for 40 minutes before impact, two Western security officials said.",
                    "statement",
                ),
            ],
            [
                C("Wheat prices in the capital's markets rose by a fifth on Sunday.", "statistic"),
                N("Bakers in the old city queued from dawn.", "colour"),
            ],
            [
                C("It was the fourth attack on civilian infrastructure along the coast this month.", "statistic"),
                N("The United Nations Security Council is scheduled to discuss the war on Thursday.", "schedule"),
                N(
                    "Whoever was behind it, the strike has made an already fragile aid operation far harder to sustain.",
                    "analysis",
                ),
            ],
            [N("Follow our live coverage for the latest updates.", "boilerplate")],
        ],
    },
    {
        "id": "d03",
        "style": "disaster",
        "paragraphs": [
            [C("Flood death toll rises to 23 as river peaks in Vellmoor valley", "headline")],
            [
                C(
                    "The death toll from flooding in the Vellmoor valley rose to 23 on Thursday after rescuers recovered two more bodies from a collapsed farmhouse near Ostrand.",
                    "casualty",
                ),
                C("Eight people remain missing.", "casualty"),
            ],
            [
                A(
                    "More than 4,000 residents have been evacuated from low-lying districts, the county emergency service said.",
                    "statistic",
                ),
                A(
                    "Three emergency shelters in the town's schools were full by Wednesday night, it added.",
                    "statement",
                ),
            ],
            [
                C(
                    "The River Vell burst its banks early on Tuesday after 180 millimetres of rain fell in 36 hours, more than the area normally gets in two months.",
                    "cause",
                ),
                N("The valley has flooded before, most seriously in 1954, when 61 people died.", "background"),
            ],
            [
                C(
                    "Water levels at the Ostrand gauge peaked at 7.4 metres on Thursday morning, the highest since records began.",
                    "statistic",
                ),
                A(
                    "Forecasters expect the river to fall slowly over the weekend, though more rain is possible on Monday.",
                    "forecast",
                ),
            ],
            [
                A("Many residents say they had less than an hour's warning.", "statement"),
                A(
                    '"The siren went off when the water was already at my door," said Karin Bloch, who lives on Mill Lane with her two teenage sons.',
                    "quote",
                ),
                N("She spent the night on the roof of her garage.", "colour"),
            ],
            [
                C(
                    "The county's new early-warning system, installed in 2021 at a cost of 2.3 million euros, failed to send text alerts to phones in the worst-hit streets.",
                    "accusation",
                ),
                A(
                    "A spokesperson for the county said the fault was being investigated and that the sirens had sounded as planned.",
                    "statement",
                ),
                A("Opposition councillors have called for an independent inquiry.", "statement"),
            ],
            [
                C(
                    "Roads into the valley remain closed, and the regional rail line between Ostrand and Hellig will not reopen before next week.",
                    "disruption",
                ),
                N("Volunteers filled sandbags in the market square under grey skies.", "colour"),
            ],
            [
                N("Donations can be made through the county's flood relief fund.", "boilerplate"),
                N("Additional reporting by Jonas Feld", "boilerplate"),
            ],
        ],
    },
    {
        "id": "d04",
        "style": "politics",
        "paragraphs": [
            [N("Can Renner's coalition survive the pensions vote?", "question")],
            [
                C(
                    "Prime Minister Aldo Renner's coalition lost its parliamentary majority on Tuesday when the Green Liberal party withdrew its four ministers over a plan to raise the retirement age to 68.",
                    "event",
                )
            ],
            [
                C(
                    "The bill, which cleared its first reading in March by 141 votes to 137, would raise the age in stages from 2027.",
                    "statistic",
                ),
                N("Renner has governed with a razor-thin majority since the 2022 election.", "background"),
            ],
            [
                A(
                    '"We cannot ask nurses and bricklayers to work until they drop," Green Liberal leader Mira Vasić told reporters outside parliament.',
                    "quote",
                ),
                A("She said her party would vote against the bill at its second reading on May 14.", "statement"),
            ],
            [
                A(
                    "Renner's office said the government would press ahead and seek support from opposition lawmakers.",
                    "statement",
                ),
                C("Without the Green Liberals, the coalition controls 136 of the chamber's 280 seats.", "statistic"),
            ],
            [
                C("The state pension fund will run out of money by 2034 if nothing changes.", "prediction"),
                A("Independent economists at the Kessler Institute have put the date closer to 2041.", "statistic"),
            ],
            [
                N("The retirement age was last raised in 2009, from 63 to 65.", "background"),
                N("Earlier attempts at pension reform, in 1996 and 2004, both ended in early elections.", "background"),
            ],
            [
                A("Polls suggest most voters oppose the change.", "statistic"),
                A(
                    "A survey by the Demoskop agency published on Sunday found 61 percent against and 29 percent in favour.",
                    "statistic",
                ),
            ],
            [
                N("Renner has staked his reputation on the reform.", "opinion"),
                N("The coming week will test whether he can find the votes.", "analysis"),
                N("Parliament's pensions committee meets on Thursday.", "schedule"),
            ],
            [
                C(
                    "The government also quietly dropped a promised cut to fuel taxes last month, a move that went largely unreported.",
                    "decision",
                ),
                N("Edited by Petra Lund", "boilerplate"),
            ],
        ],
    },
    {
        "id": "d05",
        "style": "courts_crime",
        "paragraphs": [
            [C("Former mayor jailed for six years over waste contract bribes", "headline")],
            [
                C(
                    "A former mayor of Dunmore was sentenced to six years in prison on Friday for taking bribes in exchange for a municipal waste contract worth 14 million pounds.",
                    "event",
                )
            ],
            [
                C(
                    "Gerald Oakes, 61, was found guilty last month of two counts of bribery and one of misconduct in public office after a seven-week trial at Leeds Crown Court.",
                    "event",
                ),
                A("He had denied all the charges.", "denial"),
            ],
            [
                A(
                    "Jurors heard that Oakes received 220,000 pounds in cash and the use of a holiday villa in Portugal from the owners of Brightway Environmental between 2016 and 2019.",
                    "evidence",
                ),
                A(
                    "In return, prosecutors said, he steered the contract to the firm and blocked a rival bid that was 3 million pounds cheaper.",
                    "accusation",
                ),
            ],
            [
                A(
                    'Sentencing him, Judge Helen Marsh said Oakes had "treated the town hall as his private bank".',
                    "quote",
                ),
                A('"The people of Dunmore trusted you, and you sold that trust," she told him.', "quote"),
            ],
            [
                N("Oakes showed no emotion as the sentence was read.", "colour"),
                N("His wife, seated in the public gallery, wept.", "colour"),
            ],
            [
                C(
                    "Two Brightway directors, Neil and Samuel Carver, were jailed for four years each in March after pleading guilty.",
                    "event",
                ),
                N("The company went into administration in 2021.", "background"),
            ],
            [
                C(
                    "Dunmore council is still paying 1.1 million pounds a year under the contract, which runs until 2028.",
                    "statistic",
                ),
                A(
                    "A council spokesman said it was seeking legal advice on ending the agreement early, a year after auditors first flagged irregularities in the tender.",
                    "statement",
                    part="a year after auditors first flagged irregularities in the tender",
                ),
            ],
            [
                N("Oakes served as mayor for 11 years and was twice re-elected unopposed.", "background"),
                A("His lawyer said he would appeal.", "statement"),
                N("A hearing to recover the proceeds of his crimes is set for September.", "schedule"),
            ],
            [N("© 2024 Northern Press Ltd, all rights reserved", "boilerplate")],
        ],
    },
    {
        "id": "d06",
        "style": "business",
        "paragraphs": [
            [C("Halvorsen Foods to shut three plants, cut 1,800 jobs", "headline")],
            [
                A(
                    "OSLO, June 4 - Halvorsen Foods will close three processing plants in western Norway and cut about 1,800 jobs by the end of next year, the frozen-food maker said on Tuesday, a week after its biggest customer, the supermarket chain Nordkjøp, ended a supply deal.",
                    "decision",
                    part="a week after its biggest customer, the supermarket chain Nordkjøp, ended a supply deal",
                )
            ],
            [
                C("Operating profit fell 46 percent to 312 million crowns in the January-March period.", "statistic"),
                A(
                    "Revenue slipped 4 percent to 5.1 billion crowns, below the 5.4 billion analysts had expected in a Refinitiv poll.",
                    "statistic",
                    part="Revenue slipped 4 percent to 5.1 billion crowns",
                ),
            ],
            [
                C(
                    "Shares in Halvorsen fell 11 percent in early trading, their steepest one-day drop since 2020.",
                    "statistic",
                )
            ],
            [
                A(
                    "Chief executive Lise Dahl said the company had been hit by higher energy and packaging costs and by shoppers switching to cheaper own-label products.",
                    "cause",
                ),
                A(
                    '"These are painful decisions, but standing still is not an option," she told a conference call.',
                    "quote",
                ),
            ],
            [
                C("The cuts amount to roughly a fifth of the workforce.", "statistic"),
                N("Halvorsen was founded in 1921 as a fish-canning business in Ålesund.", "background"),
                C("It is now the largest frozen-food producer in the Nordic region.", "statistic"),
            ],
            [
                A(
                    'The Food Workers\' Union called the closures "a betrayal" of communities that had depended on the plants for generations.',
                    "quote",
                ),
                A(
                    "The plant at Florvik employs nearly half the town's working population, according to municipal figures.",
                    "statistic",
                ),
            ],
            [
                N("Dahl has spent her two years in charge trying to move the company upmarket.", "analysis"),
                N("That strategy looks increasingly out of step with cash-strapped consumers.", "opinion"),
            ],
            [
                C("The company received 90 million crowns in state energy support last winter.", "statistic"),
                N("It will report second-quarter results on Aug. 20.", "schedule"),
            ],
            [N("Reporting by Erik Sund; Editing by Mark Potter", "boilerplate")],
        ],
    },
    {
        "id": "d07",
        "style": "feature",
        "paragraphs": [
            [N("The last ferryman of the Lakmo Strait", "headline")],
            [
                N(
                    "The wind comes off the water at Sorrel Point in hard, salty gusts, and Tomas Erkki has felt every one of them for forty-one winters.",
                    "colour",
                ),
                N(
                    "He is 73, wears a fisherman's cap his late wife knitted, and still starts the engine of the Marta by hand.",
                    "colour",
                ),
            ],
            [
                C("The Marta is the last hand-operated cable ferry still carrying passengers in Finland.", "statistic"),
                C(
                    "Since a road bridge opened downstream in 2015, traffic has fallen from around 300 crossings a day to fewer than 20.",
                    "statistic",
                ),
            ],
            [
                A('"People think it\'s nostalgia," Erkki says, coiling a rope on the deck.', "quote"),
                A('"For the old folks on the island, it\'s the doctor, the shop and the pharmacy."', "quote"),
            ],
            [
                C("Kallio island has 48 permanent residents, most of them over 65.", "statistic"),
                C(
                    "The municipality cut the ferry's budget by a third in 2022 and has twice voted on scrapping it altogether.",
                    "decision",
                ),
            ],
            [
                N("Winters here are long and dark.", "colour"),
                N("In January the sun clears the pines for barely five hours.", "colour"),
            ],
            [
                N(
                    "Erkki's daughter, Sanna, runs the ticket booth in summer and worries about what happens when her father stops.",
                    "colour",
                ),
                A("She says no one under 50 has applied for the job in a decade.", "statement"),
            ],
            [
                C("The ferry has never had a serious accident in its 96-year history.", "statistic"),
                A("Erkki credits the cable, not himself.", "statement"),
            ],
            [
                A(
                    "A regional councillor, Anneli Paasi, said a decision on the ferry's future would come with the autumn budget.",
                    "statement",
                ),
                A('"Nobody wants to be the one who cuts the rope," she said.', "quote"),
            ],
            [
                N(
                    "As the Marta bumps against the far jetty, a woman with a shopping trolley steps off and waves without looking back.",
                    "colour",
                ),
                N("It is, in its small way, a perfect piece of public service.", "opinion"),
            ],
        ],
    },
    {
        "id": "d08",
        "style": "feature",
        "paragraphs": [
            [N("The sweet lie in your breakfast jar", "headline")],
            [
                N(
                    "On a Tuesday afternoon in a laboratory outside Bremen, a technician named Jutta Kray drips a golden sample into a machine the size of a fridge and waits.",
                    "colour",
                )
            ],
            [
                C(
                    "Nearly half of the honey imported into the European Union last year was adulterated with cheap sugar syrups.",
                    "statistic",
                ),
                C(
                    'Most of it ends up in supermarket own-brand jars labelled as a "blend of EU and non-EU honeys".',
                    "statistic",
                ),
            ],
            [
                N("The trick is old.", "transition"),
                N(
                    "Beekeepers in ancient Rome complained about merchants who cut their honey with boiled grape juice.",
                    "background",
                ),
            ],
            [
                N("What is new is the sophistication.", "analysis"),
                C(
                    "Syrup makers in at least two countries now sell products engineered specifically to pass the standard isotope test used by customs laboratories.",
                    "accusation",
                ),
                A('"They read our papers and then they design around them," Kray says.', "quote"),
            ],
            [
                N("Prices tell the story.", "transition"),
                C(
                    "Imported honey sold at an average of 1.90 euros a kilo at EU borders last year, while it costs at least 3.50 euros to produce a kilo honestly in most of the world.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Bernd Ostler, who keeps 400 hives in Lower Saxony, says he has lost two big supermarket contracts since 2020 to cheaper imports.",
                    "statement",
                ),
                N("He now sells most of his honey at farmers' markets.", "colour"),
            ],
            [
                A(
                    "A European Commission spokesperson said new labelling rules requiring the country of origin on every jar would take effect in 2026.",
                    "statement",
                ),
                C("Industry groups lobbied for three years to water them down.", "accusation"),
            ],
            [
                N("Back in the lab, the machine beeps.", "colour"),
                C("Kray's sample, sold as acacia honey from Hungary, contains rice syrup.", "event"),
                N("She shrugs and reaches for the next jar.", "colour"),
            ],
            [N("This article is part of our series Food Fraud Files.", "boilerplate")],
        ],
    },
    {
        "id": "d09",
        "style": "wire",
        "paragraphs": [
            [C("Coast guard seizes tanker suspected of smuggling diesel", "headline")],
            [
                A(
                    "MANILA, Philippines (AP) — The Philippine coast guard seized a tanker carrying an estimated 1.5 million liters of smuggled diesel off the island of Mindoro on Sunday and detained its 17 crew members, officials said.",
                    "event",
                )
            ],
            [
                C(
                    "The MT Sea Lantern, which was sailing under a Palau flag, had switched off its tracking transponder two days earlier.",
                    "event",
                ),
                A(
                    "Coast guard spokesperson Cmdr. Rosa Dimaculangan said the ship's papers listed its cargo as lubricating oil.",
                    "statement",
                ),
                A('"The documents and the cargo did not match," she said.', "quote"),
            ],
            [
                A(
                    "Fuel smuggling costs the Philippine government an estimated 30 billion pesos a year in lost taxes, according to the Bureau of Customs.",
                    "statistic",
                ),
                A(
                    "Investigators believe the fuel was transferred at sea from a larger tanker anchored in international waters.",
                    "statement",
                ),
            ],
            [
                C(
                    "The crew, all Indonesian and Filipino nationals, were taken to Batangas port for questioning.",
                    "event",
                ),
                C("None has been charged.", "event"),
                C("Coast guard officers found a second set of logbooks hidden in the engine room.", "event"),
            ],
            [N("The ship's registered owner, a company based in Singapore, could not be reached for comment.", "note")],
            [
                C("It was the third such seizure this year.", "statistic"),
                C(
                    "In March, authorities impounded a smaller vessel off Palawan with about 400,000 liters of diesel aboard.",
                    "event",
                ),
            ],
            [
                N("Diesel prices in the Philippines have risen sharply since 2022.", "background"),
                A("The coast guard said it would step up patrols in the Verde Island Passage.", "statement"),
            ],
            [N("Copyright 2024 The Associated Press, all rights reserved", "boilerplate")],
        ],
    },
    {
        "id": "d10",
        "style": "science_health",
        "paragraphs": [
            [N("Does a daily nap protect the ageing brain?", "question")],
            [
                A(
                    "Adults over 60 who took a short afternoon nap on most days had a 22 percent lower risk of developing dementia over a decade than those who did not, a large study published on Wednesday found.",
                    "statistic",
                ),
                C("The effect vanished for naps longer than an hour.", "statistic"),
            ],
            [
                C(
                    "Researchers at Aarhus University followed 31,400 people in Denmark and Sweden, using wrist-worn sensors to record when and how long they slept.",
                    "method",
                )
            ],
            [
                A(
                    '"Short naps seem to give the brain a chance to clear out waste products that build up during the day," said the lead author, Dr. Freja Holm.',
                    "quote",
                ),
                A(
                    "She cautioned that the study showed an association, not proof that napping prevents dementia.",
                    "statement",
                ),
            ],
            [
                N(
                    "Dementia affects about 55 million people worldwide, and the number is expected to nearly double by 2050.",
                    "background",
                ),
                N("There is no cure.", "background"),
            ],
            [
                N(
                    "Earlier research had linked long daytime sleep to a higher risk of cognitive decline.",
                    "background",
                ),
                A(
                    "Some scientists argue that excessive napping is an early symptom of dementia rather than a cause.",
                    "statement",
                ),
            ],
            [
                A(
                    'Dr. Marcus Webb, a neurologist at King\'s College London who was not involved in the study, called it "well designed but far from the last word".',
                    "quote",
                ),
                A(
                    "He noted that participants who napped were also more likely to exercise and less likely to smoke.",
                    "statement",
                ),
            ],
            [
                C(
                    "The study was funded in part by Somnia, a Danish company that sells sleep-tracking devices.",
                    "accusation",
                ),
                C("The paper's disclosure section does not mention the funding.", "accusation"),
                C(
                    "Somnia's chief executive, Lars Kjær, sits on the board of the university's sleep research centre.",
                    "accusation",
                ),
            ],
            [
                A(
                    "A university spokesperson said the funding had been declared to the journal and that its omission from the paper was a production error.",
                    "denial",
                )
            ],
            [
                N(
                    "For now, the advice is unchanged: sleep seven to nine hours a night, and keep naps short.",
                    "advice",
                ),
                N("Sign up for our weekly health newsletter.", "boilerplate"),
                N(
                    "Correction: An earlier version of this article misstated the number of study participants.",
                    "boilerplate",
                ),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
