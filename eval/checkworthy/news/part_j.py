"""News check-worthiness dev set, part j (see GUIDELINES.md).

python3 eval/checkworthy/news/part_j.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "j01",
        "style": "conflict",
        "paragraphs": [
            [C("Rebels seize hilltop town as government forces pull back from northern front", "event")],
            [
                C(
                    "KOROMA, Sierra Vista Province (Reuters) - Fighters from the Northern Liberation Alliance, a coalition of three armed groups that broke with the peace process last year, seized the hilltop town of Koroma on Thursday after a two-day assault that left at least 23 civilians dead.",
                    "event",
                ),
                A(
                    "Government troops withdrew from their positions around the town's water plant before dawn, a senior army officer said, speaking on condition of anonymity because he was not authorised to brief the media.",
                    "event",
                ),
            ],
            [
                N(
                    "Koroma, a market town of about 40,000 people that sits on the main road linking the provincial capital to the northern border, changed hands twice during the civil war that ended with a ceasefire in 2016.",
                    "background",
                ),
                C(
                    "The alliance's fighters had already cut the road south of the town on Tuesday, stranding more than 300 lorries carrying food aid bound for displacement camps further north.",
                    "event",
                ),
                A(
                    '"We saw them burning the police station and the district office, and then they went from house to house looking for men who had worked for the government," said Amara Touré, a 34-year-old teacher who fled with her four children to the village of Bendu.',
                    "quote",
                ),
            ],
            [
                A(
                    'The defence ministry said in a statement that the withdrawal was a "tactical repositioning" intended to protect civilians, and that its forces would retake the town "within days".',
                    "statement",
                ),
                A(
                    "A spokesman for the alliance, who gave his name only as Commander Sesay, told Reuters by telephone that his fighters had taken 41 soldiers prisoner and would treat them according to the Geneva Conventions.",
                    "statement",
                ),
                C(
                    "Hospitals in the provincial capital have received at least 112 wounded people since the fighting began, many of them children hit by shrapnel when mortar rounds landed near a school on Wednesday morning.",
                    "casualty",
                ),
            ],
            [
                N(
                    "The ceasefire, brokered by regional mediators after years of talks, had largely held until the alliance walked out of negotiations over the integration of its fighters into the national army.",
                    "background",
                ),
                A(
                    "The United Nations humanitarian office said on Thursday that some 18,000 people had fled Koroma and surrounding villages in the past 48 hours, and warned that aid agencies had no access to the area.",
                    "statistic",
                ),
                C(
                    "The government suspended mobile phone and internet services across three northern districts on Wednesday evening, making it difficult to verify accounts from inside the town.",
                    "decision",
                ),
                N(
                    "The fall of Koroma is the most serious setback for the government since the ceasefire and raises questions about whether the army can hold the rest of the northern corridor.",
                    "analysis",
                ),
                N(
                    "Regional foreign ministers are due to meet in the capital next week to discuss the crisis.",
                    "schedule",
                ),
            ],
            [
                N(
                    "Reporting by Ibrahim Kallon; Additional reporting by Claire Dupont in Dakar; Editing by Mark Heinrich",
                    "boilerplate",
                )
            ],
        ],
    },
    {
        "id": "j02",
        "style": "conflict",
        "paragraphs": [
            [C("Drone strike on fuel depot deepens blackout in besieged port city", "event")],
            [
                C(
                    "A drone strike set fire to the main fuel depot in the port city of Varnesk early on Monday, knocking out the last working power station and leaving roughly 600,000 residents without electricity as temperatures dropped below freezing.",
                    "event",
                ),
                A(
                    "City officials said the depot, which supplied diesel to the hospitals and water pumping stations, was still burning by midday and that firefighters could not get close because of the risk of further explosions.",
                    "damage",
                ),
            ],
            [
                N(
                    "Varnesk, a shipbuilding centre on the eastern coast that was once the country's third-largest port, has been encircled on three sides since the spring, when the front line moved to within 15 kilometres of its outskirts.",
                    "background",
                ),
                A(
                    "The regional governor, Oleh Martynenko, said on his Telegram channel that two workers at the depot had been killed and five injured, and accused the enemy of deliberately targeting civilian infrastructure ahead of winter.",
                    "casualty",
                ),
                A(
                    'The other side\'s defence ministry said its forces had struck "a military fuel storage facility" used to supply troops, without mentioning casualties.',
                    "statement",
                ),
            ],
            [
                C(
                    "It was the fourth strike on the city's energy network this month, after attacks on 3, 9 and 17 November that damaged two substations and the thermal plant that heats most of the northern districts.",
                    "event",
                ),
                A(
                    '"We have generators at the maternity hospital for perhaps three days, and after that I do not know what we will do," said Dr Iryna Bondar, the hospital\'s deputy director, standing in a corridor lit by torches.',
                    "quote",
                ),
                C(
                    "Russian-made Shahed-type drones were used in the attack, and debris recovered from the depot by police on Monday included parts of at least three of them, carrying serial numbers from a batch produced this year.",
                    "event",
                ),
                N(
                    "Snow had begun falling by late afternoon, and queues formed outside the few shops still running on generators.",
                    "colour",
                ),
            ],
            [
                C(
                    "The city's water utility shut down pumping in the southern half of Varnesk on Monday afternoon because it no longer had power, cutting running water to an estimated 200,000 people.",
                    "decision",
                ),
                A(
                    "Engineers need at least two weeks to restore the power station even if strikes stop, according to the state energy company, which said it had requested emergency transformers from European partners.",
                    "prediction",
                ),
                A(
                    "The International Committee of the Red Cross said it was sending a convoy with 40 industrial generators, but officials did not say when it would arrive, as shelling has repeatedly closed the only road into the city since the convoy left the capital.",
                    "statement",
                    "shelling has repeatedly closed the only road into the city",
                ),
                N(
                    "Attacks on energy infrastructure have been a feature of the war since its first winter.",
                    "background",
                ),
                N(
                    "Whether the city can get through the coming months without a mass evacuation is now an open question.",
                    "analysis",
                ),
            ],
        ],
    },
    {
        "id": "j03",
        "style": "conflict",
        "paragraphs": [
            [N("Who fired on the aid convoy at Tel Hamra?", "question")],
            [
                C(
                    "Eleven aid workers and drivers were killed on Saturday when a convoy of the World Food Programme came under fire near the village of Tel Hamra, the deadliest single attack on humanitarian staff in the region this year.",
                    "casualty",
                ),
                N(
                    "Three days later, the question of who was responsible has become as contested as the war itself.",
                    "transition",
                ),
            ],
            [
                A(
                    "The WFP said the convoy of nine lorries had been cleared with all parties, that its route and timing were shared 24 hours in advance, and that each vehicle carried the agency's emblem on its roof.",
                    "statement",
                ),
                A(
                    'The army, which controls the high ground east of the village, said in a statement that its units had fired only at "armed men travelling alongside the convoy" and that it regretted any loss of civilian life.',
                    "statement",
                ),
                A(
                    "A militia commander in the area, reached by phone, denied that any of his fighters had been near the road, and said the convoy was hit by tank fire from an army base about four kilometres away.",
                    "denial",
                ),
            ],
            [
                C(
                    "Satellite images taken on Sunday morning show six burnt-out lorries stretched across roughly 300 metres of road, with craters on both sides of the tarmac consistent with artillery rather than small-arms fire.",
                    "event",
                ),
                A(
                    "Two surviving drivers, interviewed separately in hospital, said the first shots came from the direction of the ridge, where the army has had a position since February, after which the lead vehicle exploded.",
                    "statement",
                ),
                N(
                    "The road from Tel Hamra to the provincial capital runs for about 60 kilometres through farmland that was largely abandoned during the first year of the war.",
                    "background",
                ),
            ],
            [
                C(
                    "The army had blocked the same convoy at a checkpoint for nearly six hours on Friday before letting it continue, forcing it to travel the final stretch after dark in breach of the agency's own safety rules.",
                    "event",
                ),
                A(
                    "Aid officials said they had repeatedly warned that night-time movements were dangerous, but that the delays left them little choice.",
                    "statement",
                ),
                C(
                    "At least 47 aid workers have been killed in the country since the fighting began, most of them local staff employed by national charities.",
                    "statistic",
                ),
                A(
                    "The UN Secretary-General called for an independent investigation, and the army said it had opened an inquiry of its own, which it expected to conclude within a month.",
                    "statement",
                ),
                N(
                    "Past inquiries into attacks on aid workers in the region have rarely led to prosecutions.",
                    "analysis",
                ),
            ],
            [N("© 2024 Agence France-Presse", "boilerplate")],
        ],
    },
    {
        "id": "j04",
        "style": "politics",
        "paragraphs": [
            [C("Coalition survives confidence vote after finance minister quits over budget row", "event")],
            [
                C(
                    "Prime Minister Helena Vasquez survived a confidence vote by just four votes on Wednesday, hours after her finance minister resigned in protest at a budget that he said would break the government's pledge not to raise income tax.",
                    "event",
                ),
                C(
                    "The motion, tabled by the opposition Democratic Alliance, failed by 172 votes to 168, with three members of the governing coalition abstaining and one, the former transport minister Pablo Ortega, voting against his own government.",
                    "event",
                ),
            ],
            [
                A(
                    '"I cannot put my name to a budget that takes money from working families to pay for promises we should never have made," the outgoing finance minister, Tomás Reyes, told reporters outside the ministry.',
                    "quote",
                ),
                C(
                    "The draft budget, presented to cabinet on Monday, raises the top rate of income tax from 45 to 48 percent and cuts fuel subsidies that cost the treasury about 2.3 billion euros last year.",
                    "statistic",
                ),
                N(
                    "Vasquez, a former labour lawyer, has led a three-party coalition since the election of 2021, when her Social Democrats won the most seats but fell well short of a majority.",
                    "background",
                ),
            ],
            [
                A(
                    "Speaking in the chamber before the vote, Vasquez said the tax rise would affect only the top 3 percent of earners and was needed to fund the pension increases her government approved last spring.",
                    "statement",
                ),
                A(
                    'The opposition leader, Marco Llorente, accused her of "governing by ambush", saying the coalition\'s junior partners had only learned of the tax rise from newspaper reports on Sunday.',
                    "accusation",
                ),
                C(
                    "The Greens, the smallest coalition partner with 14 seats, had demanded and won a last-minute change to the budget on Tuesday night that restores 400 million euros in rail funding, according to a copy of the revised draft seen by this newspaper.",
                    "decision",
                ),
                C(
                    "Ortega, who was dropped from the cabinet in a reshuffle in June, had been negotiating with the opposition for weeks over a possible role in an alternative government, three people familiar with the talks said, though he has not commented publicly.",
                    "event",
                ),
                N("The vote was the third confidence motion of the parliamentary term.", "background"),
            ],
            [
                A(
                    "Analysts said the narrow margin left the coalition vulnerable when the budget itself comes to a vote next month, though they noted that none of the rebels has so far said they would bring the government down.",
                    "analysis",
                ),
                C(
                    "Government bond yields rose to 3.9 percent on Wednesday, their highest level since March, as investors priced in the risk of an early election.",
                    "statistic",
                ),
                N("The budget debate is scheduled to begin on 14 November.", "schedule"),
                N(
                    "For Vasquez, the bigger test may be keeping her own party together through a winter of rising prices.",
                    "opinion",
                ),
            ],
        ],
    },
    {
        "id": "j05",
        "style": "disaster",
        "paragraphs": [
            [C("Landslide buries mountain village after days of monsoon rain; dozens missing", "event")],
            [
                C(
                    "KATHAMANDU, July 14 (AP) - A landslide triggered by days of torrential rain buried much of the village of Lamjung Khola in western Nepal before dawn on Sunday, killing at least 19 people and leaving 42 others missing under mud and rock.",
                    "casualty",
                ),
                A(
                    "Rescue workers using shovels and bare hands had pulled 11 people alive from the debris by nightfall, district police chief Ramesh Thapa said, adding that the search would continue through the night with floodlights.",
                    "event",
                ),
            ],
            [
                N(
                    "The village, a cluster of about 80 stone-and-timber houses on a steep slope above the Kali Gandaki river, is a four-hour walk from the nearest road.",
                    "background",
                ),
                C(
                    "The district recorded 312 millimetres of rain in the 72 hours before the slide, more than three times the average for the period, and a second, smaller landslide on Saturday evening had already blocked the only footpath into the village.",
                    "statistic",
                ),
                A(
                    '"The whole hill came down, it sounded like thunder that did not stop," said Bishnu Gurung, 52, who survived because he had gone to check on his buffalo in a shed at the edge of the village.',
                    "quote",
                ),
            ],
            [
                C(
                    "Army helicopters were grounded for most of Sunday by low cloud, and the first rescue team of 30 soldiers reached the site on foot only in the early afternoon.",
                    "event",
                ),
                A(
                    "The home ministry said 97 people had died in floods and landslides across the country since the monsoon began in mid-June, a toll that includes six people swept away when a suspension bridge collapsed in the east on Friday.",
                    "statistic",
                ),
                C(
                    "The landslide also destroyed a micro-hydropower plant that supplied electricity to four neighbouring villages, leaving around 1,500 people without power and cutting the only mobile phone tower in the area.",
                    "damage",
                ),
                N(
                    "Nepal's monsoon season usually runs from June to September and brings most of the country's annual rainfall.",
                    "background",
                ),
            ],
            [
                C(
                    "Geologists from Tribhuvan University had warned local authorities in a report last year that the slope above Lamjung Khola was unstable and that the village should be partly relocated, but no families were moved.",
                    "accusation",
                ),
                A(
                    "A district official, Sita Adhikari, said relocation had been discussed but that there was no land available and villagers had been unwilling to leave their fields.",
                    "statement",
                ),
                A(
                    "The meteorological department has forecast heavy rain for at least three more days across western and central provinces, and authorities said they had ordered the evacuation of 14 other villages considered at risk.",
                    "decision",
                ),
                N(
                    "Mourners gathered at a temple in the valley below as the rain eased briefly in the evening.",
                    "colour",
                ),
                N("Copyright 2024 The Associated Press. All rights reserved.", "boilerplate"),
            ],
        ],
    },
    {
        "id": "j06",
        "style": "business",
        "paragraphs": [
            [C("Nordvik Steel to shut two plants, cut 3,200 jobs as Asian imports bite", "event")],
            [
                C(
                    "Nordvik Steel, the Nordic region's largest steelmaker, will close two of its five blast-furnace plants by the end of next year and cut about 3,200 jobs, the company announced on Tuesday, blaming cheap imports and high energy costs.",
                    "decision",
                ),
                A(
                    "The closures, at Holmsund in Sweden and Raahe in Finland, will reduce the group's annual crude steel capacity by roughly a third, chief executive Anders Lindqvist told analysts on a conference call.",
                    "statement",
                ),
            ],
            [
                C(
                    "The company reported a third-quarter net loss of 412 million euros, compared with a profit of 88 million a year earlier, as sales fell 17 percent to 2.1 billion euros.",
                    "statistic",
                ),
                N(
                    "Founded in 1919 as a state-owned ironworks, Nordvik was privatised in the 1990s and is now listed in Stockholm and Helsinki, with the Swedish state retaining a 12 percent stake.",
                    "background",
                ),
                A(
                    '"We have not made this decision lightly, but we cannot keep running furnaces that lose money on every tonne they produce," Lindqvist said.',
                    "quote",
                ),
            ],
            [
                C(
                    "Imports of hot-rolled coil into the European Union from Asia have risen by more than 40 percent over the past two years, undercutting European producers by as much as 150 euros a tonne.",
                    "statistic",
                ),
                A(
                    'The European steel industry association Eurofer has called for tighter import quotas, and a spokesperson said on Tuesday that Nordvik\'s closures showed that existing safeguard measures "are not working".',
                    "statement",
                ),
                A(
                    "The Swedish metalworkers' union IF Metall said it would fight the Holmsund closure, noting that the plant received 95 million euros in state support for a hydrogen-based steelmaking pilot in 2022 and that the company had promised to keep it open until at least 2030.",
                    "accusation",
                    "the plant received 95 million euros in state support for a hydrogen-based steelmaking pilot in 2022",
                ),
            ],
            [
                C(
                    "Nordvik shares rose 6.4 percent in Stockholm by the close, as investors welcomed the cost cuts, which the company expects to save 280 million euros a year from 2026.",
                    "statistic",
                ),
                C(
                    "The Holmsund plant, which employs about 1,900 people, produced its last profitable quarter in 2021, when steel prices briefly reached record highs after the pandemic.",
                    "statistic",
                ),
                N(
                    "Holmsund, a town of about 9,000 people on the Gulf of Bothnia, has been built around the steelworks for more than a century.",
                    "background",
                ),
                N(
                    "The decision is likely to add to pressure on governments in the region to shield heavy industry from foreign competition.",
                    "analysis",
                ),
                N("Nordvik will publish its full-year results on 6 February.", "schedule"),
                N("(Reporting by Lena Sjöberg in Stockholm; Editing by Susan Fenton)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "j07",
        "style": "courts_crime",
        "paragraphs": [
            [C("Former port chief jailed for 9 years over bribes from shipping firms", "event")],
            [
                C(
                    "A former director of the Port of Santa Lucía was sentenced to nine years in prison on Friday after a court found he had taken more than 2.4 million dollars in bribes from shipping companies in exchange for priority berths and waived inspection fees.",
                    "event",
                ),
                C(
                    "Rodrigo Almeida, 61, who ran the country's busiest container terminal from 2015 to 2021, was also ordered to repay 3.1 million dollars and barred from public office for 15 years.",
                    "decision",
                ),
            ],
            [
                A(
                    'Judge Carmen Sotomayor told the court that Almeida had "turned a public asset into a private business", and that the evidence, including bank records from accounts in Panama and Uruguay, left no doubt about his guilt.',
                    "statement",
                ),
                A(
                    "Almeida, who watched the verdict from the dock in a grey suit, has denied all charges, and his lawyer, Felipe Ramos, said outside the court that they would appeal.",
                    "denial",
                ),
                N("The trial, which opened in March, heard from more than 60 witnesses over 14 weeks.", "background"),
            ],
            [
                C(
                    "Three shipping agents who paid the bribes were convicted alongside Almeida and received sentences of between two and four years, while a fourth, who testified for the prosecution, was given a suspended sentence.",
                    "event",
                ),
                A(
                    "Prosecutors said the scheme cost the state at least 18 million dollars in lost fees and allowed hundreds of containers to pass through the port without customs checks, some of which were later found to contain counterfeit medicines.",
                    "accusation",
                ),
                C(
                    "Customs officers seized 1.2 tonnes of cocaine hidden in a shipment of bananas at the port in 2020, in a container that had been exempted from inspection on Almeida's personal order.",
                    "event",
                ),
            ],
            [
                C(
                    "Almeida's wife and brother-in-law, who were named in the indictment as the registered owners of two of the offshore accounts, were acquitted for lack of evidence that they knew where the money came from.",
                    "event",
                ),
                N(
                    "The port handles about two-thirds of the country's exports, most of them fruit and coffee bound for Europe and North America.",
                    "background",
                ),
                A(
                    "The anti-corruption prosecutor's office said the case was one of 34 it had brought against senior port and customs officials since a new transparency law took effect in 2019, though only nine had so far reached trial.",
                    "statistic",
                ),
                C(
                    "The current port authority has since scrapped the fee waiver system and installed scanners that check every container leaving the terminal, at a cost of 22 million dollars.",
                    "decision",
                ),
                N("The appeal is expected to be heard next year.", "schedule"),
                N(
                    "Corruption cases of this scale have become a test of the government's promise to clean up public institutions.",
                    "opinion",
                ),
            ],
        ],
    },
    {
        "id": "j08",
        "style": "science_health",
        "paragraphs": [
            [N("Can a cheap blood test spot pancreatic cancer early?", "question")],
            [
                A(
                    "A blood test costing less than 30 dollars detected early-stage pancreatic cancer in 81 percent of patients in a trial involving more than 4,000 people, researchers reported on Wednesday, raising hopes for one of the deadliest forms of the disease.",
                    "statement",
                ),
                N(
                    "Pancreatic cancer is usually diagnosed late, when it has already spread, and fewer than one in ten patients survive five years after diagnosis.",
                    "background",
                ),
            ],
            [
                A(
                    "The study, published in The Lancet Oncology, was led by Dr Mei-Ling Zhao of the University of Melbourne and tested the blood of 4,216 adults at high risk of the disease, including people with a family history and those recently diagnosed with diabetes.",
                    "statement",
                ),
                A(
                    "The test looks for a combination of five proteins that tumours shed into the bloodstream, the researchers said, and it wrongly flagged healthy people in about 4 percent of cases.",
                    "statistic",
                ),
                A(
                    '"If these results hold up in larger groups, we could be catching this cancer at a stage where surgery can actually cure it," Zhao said in an interview.',
                    "quote",
                ),
            ],
            [
                C(
                    "The trial was funded in part by Helix Diagnostics, the Boston start-up that holds the licence to the test, and two of the study's 14 authors hold shares in the company.",
                    "accusation",
                ),
                A(
                    "Independent experts welcomed the findings but cautioned that a false-positive rate of 4 percent could lead to large numbers of unnecessary scans and biopsies if the test were offered to the general population, where the disease is far rarer.",
                    "analysis",
                ),
                A(
                    '"This is a good signal, not a screening programme," said Professor James Whitfield, an oncologist at King\'s College London who was not involved in the research.',
                    "quote",
                ),
            ],
            [
                N("Pancreatic cancer kills hundreds of thousands of people worldwide every year.", "background"),
                C(
                    "Helix Diagnostics applied to the U.S. Food and Drug Administration in August for breakthrough device designation, which would speed up the review, and has already begun selling the test in Australia through private clinics for 280 Australian dollars.",
                    "event",
                ),
                A(
                    "The company said it planned a second trial in 20,000 patients across the United States and Europe starting next year.",
                    "schedule",
                ),
                C(
                    "In the trial, the test missed 19 percent of early-stage cancers, most of them small tumours in the tail of the pancreas that are also difficult to see on standard scans.",
                    "statistic",
                ),
                N(
                    "Several earlier blood tests for the disease showed promise in small studies but failed to perform as well in wider use.",
                    "background",
                ),
                N("For now, doctors say, people at high risk should continue with existing monitoring.", "opinion"),
            ],
        ],
    },
    {
        "id": "j09",
        "style": "analysis",
        "paragraphs": [
            [N("ANALYSIS-Why the central bank's rate cut may not rescue the housing market", "headline")],
            [
                C(
                    "When the Bank of Eldoria cut its main interest rate by half a percentage point last month, the first reduction in three years, mortgage approvals had already fallen for eight consecutive months to their lowest level since 2012.",
                    "statistic",
                ),
                N(
                    "The cut was meant to send a signal, but signals count for little when buyers cannot find houses they can afford.",
                    "opinion",
                ),
            ],
            [
                C(
                    "Average house prices in the capital are now 11.4 times average annual earnings, up from 7.8 times a decade ago, and first-time buyers need a deposit of roughly 70,000 dollars to qualify for a standard loan.",
                    "statistic",
                ),
                N(
                    "Rate cuts work by making borrowing cheaper, which in theory brings buyers back into the market and lifts construction.",
                    "background",
                ),
                A(
                    "But builders say the problem is on the supply side: the national association of house builders estimates that planning delays add an average of 14 months to a typical development, and its members started 23 percent fewer homes last year than in 2019.",
                    "statistic",
                ),
            ],
            [
                C(
                    "The government's flagship programme to build 100,000 affordable homes by 2025, announced with great fanfare four years ago, has so far completed fewer than 31,000.",
                    "statistic",
                ),
                A(
                    "Officials at the housing ministry, speaking privately, blame rising material costs and a shortage of skilled workers, while opposition lawmakers say the money was spread too thin across too many small projects.",
                    "statement",
                ),
                C(
                    "Meanwhile, the share of homes bought by investors rather than owner-occupiers has climbed to 38 percent, helped by a tax break on rental income that the finance ministry extended in January despite advice from its own economists.",
                    "statistic",
                ),
            ],
            [
                A(
                    '"Lower rates help people who already own, or who have rich parents," said Dana Kowalczyk, an economist at the Institute for Fiscal Research, who has argued for scrapping the rental tax break.',
                    "quote",
                ),
                N("None of this means the rate cut was a mistake.", "opinion"),
                N(
                    "The bank's mandate is inflation, not housing, and with consumer prices rising at their slowest pace in years it had room to act.",
                    "analysis",
                ),
                C(
                    "But the last time the bank cut rates sharply, between 2015 and 2017, house prices rose by 26 percent while the number of new homes completed barely changed, a pattern that economists expect to repeat.",
                    "statistic",
                ),
                N(
                    "The question for policymakers is whether they are prepared to tackle the slower, less popular work of planning reform.",
                    "question",
                ),
                N("The bank's next rate decision is due in six weeks.", "schedule"),
            ],
        ],
    },
    {
        "id": "j10",
        "style": "wire",
        "paragraphs": [
            [C("UPDATE 2-Passenger train derails near Lyon after hitting fallen tree; 3 dead", "event")],
            [
                C(
                    "LYON, France, Oct 22 (Reuters) - A high-speed train carrying 412 passengers derailed south of Lyon on Tuesday evening after striking a tree that had fallen onto the tracks during a storm, killing three people and injuring at least 27, four of them seriously.",
                    "casualty",
                ),
                A(
                    "The TGV, travelling from Paris to Marseille, was running at about 160 kilometres per hour when the front carriage left the rails near the village of Saint-Rambert, the rail operator SNCF said in a statement.",
                    "event",
                ),
            ],
            [
                A(
                    "Transport Minister Claire Fontaine, who travelled to the scene late on Tuesday, said the driver was among the dead and that the investigation would examine whether the line should have been closed as the storm approached.",
                    "casualty",
                ),
                C(
                    "Météo-France had issued an orange wind warning for the Rhône valley at midday on Tuesday, with gusts of up to 120 km/h recorded at Lyon airport in the hours before the crash.",
                    "event",
                ),
                N(
                    "Storm Ilona, the first named storm of the autumn, swept across central and eastern France on Tuesday afternoon.",
                    "background",
                ),
            ],
            [
                A(
                    'A passenger in the fourth carriage, Julien Marchand, told BFM TV that the train braked violently and then "lurched sideways", and that people were thrown from their seats as luggage fell from the racks.',
                    "statement",
                ),
                A(
                    "SNCF said traffic on the Paris-Marseille high-speed line would remain suspended at least until Thursday, affecting some 60,000 passengers a day, after the derailment tore up around 400 metres of track and damaged overhead power lines.",
                    "damage",
                    "the derailment tore up around 400 metres of track and damaged overhead power lines",
                ),
                C(
                    "The storm also brought down power lines across the region, cutting electricity to around 180,000 homes in the Rhône, Isère and Loire departments, and a woman in Grenoble was killed when a tree fell on her car.",
                    "casualty",
                ),
            ],
            [
                N("The line, opened in 2001, is one of the busiest high-speed routes in Europe.", "background"),
                C(
                    "The same stretch of line was closed for six hours in February 2022 after a tree fell onto the overhead cables during a storm, and a local residents' group had since asked SNCF to clear the wooded embankment beside the tracks.",
                    "event",
                ),
                N(
                    "France's last fatal high-speed train accident occurred during a test run in Alsace in 2015.",
                    "background",
                ),
                A(
                    "Prosecutors in Lyon said they had opened an investigation for involuntary manslaughter, a routine step after fatal accidents in France.",
                    "statement",
                ),
                N("(Adds minister's comments, details on storm damage)", "boilerplate"),
                N("Reporting by Sophie Laurent; Writing by Tom Bridges; Editing by Alex Richardson", "boilerplate"),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
