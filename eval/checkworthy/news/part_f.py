"""News check-worthiness dev set, part f (see GUIDELINES.md).

python3 eval/checkworthy/news/part_f.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "f01",
        "style": "wire",
        "paragraphs": [
            [C("Freight train derails in northern Kazakhstan, spilling diesel into river", "event")],
            [
                C(
                    "ASTANA (Reuters) - A freight train carrying diesel fuel derailed near the town of Ereymentau in northern Kazakhstan on Thursday, sending at least 14 tank cars off the tracks and spilling fuel into a tributary of the Ishim river.",
                    "event",
                ),
                A(
                    "No one was killed, but two crew members were taken to hospital with burns, the emergency situations ministry said in a statement.",
                    "casualty",
                ),
                A(
                    "The ministry said about 600 tonnes of diesel had leaked before the damaged cars were sealed.",
                    "damage",
                ),
            ],
            [
                A(
                    "Kazakhstan Temir Zholy, the state railway operator, said the cause of the derailment was under investigation and declined to comment on reports that a section of the track had been flagged for repair last year.",
                    "cause",
                ),
                C(
                    "Local officials halted water intake at two pumping stations downstream on Thursday afternoon.",
                    "decision",
                ),
                A(
                    "Residents of three villages were being supplied with bottled water, regional governor Daulet Serikbayev told reporters.",
                    "event",
                ),
            ],
            [
                N(
                    "The line, which links the capital with industrial centres in the north, carries much of the country's coal and grain freight.",
                    "background",
                ),
                N(
                    "Kazakhstan's rail network, much of it built in the Soviet era, stretches for more than 16,000 kilometres.",
                    "background",
                ),
                C("It was the third derailment on the network this year.", "statistic"),
            ],
            [
                A(
                    "Environmental group Ekolog said satellite images showed a slick stretching several kilometres downstream, a figure the ministry disputed.",
                    "damage",
                ),
                A(
                    '"The ministry is downplaying the scale of this spill," the group\'s director, Aigerim Tulegenova, said.',
                    "quote",
                ),
                A("Fuel prices in the region have not been affected, traders said.", "statement"),
                N("Traffic on the line is expected to resume on Saturday.", "schedule"),
                A("The ministry said a government commission would report its findings within 10 days.", "schedule"),
            ],
            [N("Reporting by Nurlan Abdrakhmanov; Writing by Helen Marsh; Editing by Peter Grant", "boilerplate")],
        ],
    },
    {
        "id": "f02",
        "style": "conflict",
        "paragraphs": [
            [C("Drone strike on market kills at least 23 in Sudan's North Kordofan", "casualty")],
            [
                A(
                    "KHARTOUM (AP) — A drone strike hit a crowded livestock market in the town of Um Sumeima in Sudan's North Kordofan province on Sunday, killing at least 23 people and wounding dozens, according to a local medical group.",
                    "casualty",
                ),
                A(
                    "The Sudan Doctors Network said the dead included six children and that the town's only clinic had run out of blood supplies.",
                    "casualty",
                ),
            ],
            [
                A("The army and the paramilitary Rapid Support Forces blamed each other for the attack.", "accusation"),
                C("Neither side has acknowledged using drones in the area.", "statement"),
                C(
                    "The strike came two days after RSF fighters seized the nearby town of Rahad, cutting the main road between El Obeid and the east.",
                    "event",
                ),
                C("The RSF has controlled most of the surrounding countryside since January.", "event"),
            ],
            [
                N(
                    "Sudan's war began in April 2023, when a power struggle between the army and the RSF erupted into open fighting in the capital.",
                    "background",
                ),
                N(
                    "The conflict has displaced millions of people and pushed parts of the country into famine.",
                    "background",
                ),
            ],
            [
                A(
                    "Witnesses described bodies lying among the animal pens as traders tried to load the wounded onto donkey carts.",
                    "colour",
                ),
                A(
                    '"The drone came twice," said Ibrahim Adam, a cattle trader who lost two brothers in the strike.',
                    "quote",
                ),
                A('"The second time it hit the people who ran to help."', "quote"),
            ],
            [
                N(
                    "The market, one of the largest in the region, draws traders from as far away as Chad on its weekly market days.",
                    "background",
                ),
                A(
                    "Four RSF drones were shot down over El Obeid on Saturday, the army said, hours after the group shelled the city's airport and damaged a cargo plane.",
                    "event",
                    part="hours after the group shelled the city's airport and damaged a cargo plane",
                ),
                N("The RSF did not respond to a request for comment.", "routine"),
            ],
            [
                A(
                    "The United Nations has warned that fighting around El Obeid threatens aid routes to the Darfur region.",
                    "warning",
                ),
                C("Aid convoys have not reached the city since early March.", "event"),
                N("Whether either side can hold the roads through the rainy season remains unclear.", "analysis"),
            ],
        ],
    },
    {
        "id": "f03",
        "style": "conflict",
        "paragraphs": [
            [N("How did rebels take Mabanga in under a week?", "question")],
            [
                C(
                    "Fighters of the M23 rebel group took control of Mabanga, a mining town of about 80,000 people in North Kivu province, on Friday, after government troops and allied militias withdrew overnight.",
                    "event",
                ),
                C(
                    "By Saturday morning the rebels had raised their flag over the town hall and set up checkpoints on the road south to Goma.",
                    "event",
                ),
            ],
            [
                C("The advance began last Sunday with an assault on the hills above the Loa river crossing.", "event"),
                A(
                    'Congolese army spokesman Colonel Jean-Baptiste Mwamba said troops had made a "tactical repositioning" to spare civilians.',
                    "statement",
                ),
                A(
                    "Residents, however, said soldiers had left their positions before any fighting reached the town, some taking vehicles belonging to a hospital.",
                    "accusation",
                ),
            ],
            [
                A(
                    "A United Nations panel of experts has repeatedly accused Rwanda of backing M23 with troops and weapons, a charge Kigali denies.",
                    "accusation",
                ),
                N("The group first rose to prominence in 2012, when it briefly captured Goma.", "background"),
            ],
            [
                C(
                    "At least 40,000 people have fled Mabanga since Wednesday, most of them heading east towards the Rwandan border on foot.",
                    "statistic",
                ),
                A(
                    "Aid workers at camps around Sake said they had registered 9,000 new families in two days.",
                    "statistic",
                ),
                C(
                    "The town's cassiterite mines, which supply tin ore to traders in Goma, stopped working on Thursday.",
                    "event",
                ),
            ],
            [
                A(
                    "Control of the mines gives the rebels a source of revenue that analysts estimate at several hundred thousand dollars a month.",
                    "statistic",
                ),
                N("Mabanga lies about 60 kilometres from Butembo, the province's second city.", "background"),
                N(
                    "For the government in Kinshasa, which promised to end the war in the east, the loss is a serious setback.",
                    "opinion",
                ),
            ],
            [
                C("Talks between Kinshasa and the rebels, mediated by Qatar, stalled last month.", "event"),
                N("A new round is scheduled for early next month in Doha.", "schedule"),
                N(
                    "Whether the rebels will push on towards Butembo is the question now facing commanders on both sides.",
                    "analysis",
                ),
            ],
            [N("Additional reporting by Chantal Ilunga in Goma", "boilerplate")],
        ],
    },
    {
        "id": "f04",
        "style": "disaster",
        "paragraphs": [
            [C("Landslide buries village in Central Java; dozens missing", "event")],
            [
                C(
                    "JAKARTA, Indonesia — A landslide triggered by days of heavy rain buried at least 30 houses in the village of Sidomulyo in Central Java's Banjarnegara regency before dawn on Tuesday, leaving 11 people dead and 27 missing.",
                    "casualty",
                ),
                N(
                    "Rescuers worked with shovels and bare hands through the morning because heavy machinery could not reach the site along the collapsed access road.",
                    "colour",
                ),
            ],
            [
                A(
                    "The National Disaster Management Agency (BNPB) said 412 residents had been moved to a school and a mosque in a neighbouring village.",
                    "statistic",
                ),
                A(
                    "Agency spokesman Abdul Hakim said the search could take days because the soil remained unstable.",
                    "statement",
                ),
                A('"Every time it rains again we have to pull the teams back," he said.', "quote"),
            ],
            [
                N(
                    "Banjarnegara lies on steep volcanic slopes and has a long history of deadly landslides.",
                    "background",
                ),
                N("In 2016, a slide in a neighbouring district killed 19 people.", "background"),
                A(
                    "Residents said cracks had appeared in the hillside above Sidomulyo weeks ago and had been reported to the village head.",
                    "statement",
                ),
                C(
                    "The regency government had not carried out a geological survey of the slope, despite a 2021 provincial order requiring one for all high-risk villages.",
                    "accusation",
                ),
            ],
            [
                C(
                    "Rainfall at the nearest weather station reached 180 millimetres in the 24 hours before the collapse.",
                    "statistic",
                ),
                A(
                    "Meteorologists have warned that the rainy season, which usually begins in November, arrived early this year across much of Java.",
                    "statement",
                ),
            ],
            [
                N(
                    "Grey clouds hung over the valley on Tuesday afternoon as relatives gathered at the edge of the mud.",
                    "colour",
                ),
                N(
                    "Among them was Siti Rohmah, 52, whose daughter and two grandchildren are among the missing.",
                    "colour",
                ),
                A('"I heard a sound like a plane, then the lights went out," she said.', "quote"),
            ],
            [
                C(
                    "The central government released 5 billion rupiah ($310,000) in emergency funds on Tuesday evening.",
                    "decision",
                ),
                N("Search operations will resume at first light on Wednesday.", "schedule"),
                N("This story has been updated with the latest death toll.", "boilerplate"),
            ],
        ],
    },
    {
        "id": "f05",
        "style": "business",
        "paragraphs": [
            [C("Nordvik Foods cuts outlook as cocoa costs bite; shares fall 14%", "event")],
            [
                C(
                    "OSLO, Feb 12 (Reuters) - Norwegian confectioner Nordvik Foods cut its full-year profit forecast on Wednesday, blaming record cocoa prices and weaker demand in Germany, and its shares fell 14% to their lowest level since 2020.",
                    "event",
                ),
                A(
                    "The company now expects adjusted operating profit of 1.1 billion to 1.3 billion crowns, down from a previous range of 1.6 billion to 1.8 billion.",
                    "forecast",
                ),
            ],
            [
                C(
                    "Fourth-quarter revenue rose 3% to 4.2 billion crowns, but volumes fell 6%, the first decline in volume in more than a decade.",
                    "statistic",
                ),
                A(
                    "Chief executive Ingrid Solheim said the group had raised prices twice last year and would not be able to pass on all of this year's cost increases to retailers.",
                    "statement",
                ),
                A(
                    '"We are not going to price our chocolate out of the supermarket," Solheim told analysts on a conference call.',
                    "quote",
                ),
            ],
            [
                C("Cocoa futures in New York have more than tripled since the start of last year.", "statistic"),
                N("Ivory Coast and Ghana together grow more than half of the world's cocoa.", "background"),
            ],
            [
                N(
                    "Nordvik, founded in 1889 in Bergen, sells its chocolate bars in 30 countries and employs about 5,200 people.",
                    "background",
                ),
                C("The company closed its factory in Malmö last year and moved production to Poland.", "decision"),
                C(
                    "Analysts at DNB Markets cut their price target on the stock to 210 crowns from 265 crowns.",
                    "decision",
                ),
                A('One London-based trader said the warning had been "worse than the market\'s worst fears".', "quote"),
            ],
            [
                C("The slump wiped roughly 4 billion crowns off the company's market value.", "statistic"),
                N(
                    "Investors will be looking for signs of a recovery in German demand when the company reports first-quarter results on April 24.",
                    "schedule",
                ),
                N(
                    "The guidance cut looks less like a one-off than a reckoning for a business model built on cheap cocoa.",
                    "opinion",
                ),
                A(
                    "A union representing workers at the company's Bergen plant said it had been told no job cuts were planned.",
                    "statement",
                ),
            ],
            [
                N("($1 = 10.72 Norwegian crowns)", "boilerplate"),
                N("Reporting by Lars Eriksen; Editing by Anna Whitfield", "boilerplate"),
            ],
        ],
    },
    {
        "id": "f06",
        "style": "courts_crime",
        "paragraphs": [
            [C("Former council finance chief jailed for six years over £2.3m fraud", "event")],
            [
                C(
                    "A former finance director at Eastmoor District Council has been jailed for six years after a jury found he diverted £2.3 million of public money into accounts controlled by his family.",
                    "event",
                ),
                C(
                    "Graham Petrie, 58, of Hollins Lane, Thornley, was convicted at Leeds Crown Court of fraud by abuse of position and money laundering after a five-week trial.",
                    "event",
                ),
            ],
            [
                A(
                    "Over seven years Petrie approved invoices from a consultancy, Arden Civic Solutions, that did no work for the council, the court heard.",
                    "accusation",
                ),
                C(
                    "The company was registered at the address of his sister-in-law, who was cleared of money laundering at the same trial.",
                    "event",
                ),
                A(
                    "Prosecutor Helen Morrow told jurors the money paid for a villa in Portugal, two cars and his daughter's wedding.",
                    "accusation",
                ),
            ],
            [
                A(
                    "Petrie denied the charges and told the court the payments had been approved by the council's audit committee.",
                    "denial",
                ),
                C("None of the 47 invoices shown to the jury carried a committee reference number.", "statistic"),
            ],
            [
                A(
                    'Sentencing him on Friday, Judge Martin Ashworth said Petrie had "betrayed the trust of every council tax payer in the district".',
                    "quote",
                ),
                A('"You thought no one was looking, and for a long time you were right," the judge said.', "quote"),
            ],
            [
                C(
                    "The fraud came to light in 2022 when a newly appointed internal auditor queried a payment of £86,000 made on a bank holiday.",
                    "event",
                ),
                C(
                    "Eastmoor council, which serves about 140,000 residents, has since cut 60 posts to close a budget gap.",
                    "decision",
                ),
                C("The council has recovered just £310,000 of the missing money.", "statistic"),
            ],
            [
                A(
                    "A council spokesperson said procedures for approving supplier payments had been overhauled.",
                    "statement",
                ),
                N(
                    "Proceedings to confiscate Petrie's assets under the Proceeds of Crime Act will be heard next year.",
                    "schedule",
                ),
                N("It is a sorry end to a career that spanned three decades in local government.", "opinion"),
            ],
            [N("Have you got a story? Email newsdesk@eastmoorgazette.co.uk", "boilerplate")],
        ],
    },
    {
        "id": "f07",
        "style": "politics",
        "paragraphs": [
            [N("Will Bulgaria's new government survive its first budget?", "question")],
            [
                C(
                    "SOFIA — Bulgaria's parliament approved a minority government led by economist Petar Vasilev on Wednesday by 122 votes to 109, ending seven months of political deadlock.",
                    "event",
                ),
                C(
                    "The vote passed after the nationalist Homeland Front party, which had opposed the coalition for weeks, abstained.",
                    "event",
                ),
            ],
            [
                N("Bulgaria has held seven parliamentary elections since 2021.", "background"),
                C(
                    "Turnout in the most recent vote, in March, was 34%, the lowest since the end of communism.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Vasilev, 47, a former deputy finance minister, told lawmakers his priority was to pass a budget that keeps the deficit below 3% of GDP.",
                    "statement",
                ),
                A('"Bulgaria cannot afford another year of caretaker governments," he said.', "quote"),
                A("He has promised to publish the draft budget within a month.", "promise"),
            ],
            [
                A(
                    'Opposition leader Dimitar Kolev accused the new cabinet of being "a government of the same old faces".',
                    "accusation",
                ),
                C("Four of the 17 ministers served in the cabinet that collapsed in 2023.", "statistic"),
                N(
                    "The new finance minister, Elena Marinova, was previously chief economist at a commercial bank.",
                    "background",
                ),
            ],
            [
                N("The government's hold on power is fragile.", "opinion"),
                C(
                    "It controls 98 seats on its own and depends on Homeland Front abstaining on key votes.",
                    "statistic",
                ),
                A(
                    'Homeland Front leader Stoyan Iliev said his party would "judge the government by its actions, not its promises".',
                    "quote",
                ),
            ],
            [
                C(
                    "Bulgaria's annual inflation rate stood at 4.1% in April, above the threshold required to join the euro.",
                    "statistic",
                ),
                N("Parliament will begin debating the budget in September.", "schedule"),
                N("Many voters, weary of repeated elections, greeted the news with a shrug.", "colour"),
            ],
        ],
    },
    {
        "id": "f08",
        "style": "feature",
        "paragraphs": [
            [N("The last ferry to Inishcorra", "headline")],
            [
                N(
                    "The ferry leaves Ballyglass pier at 7.40 every morning, rain or shine, and on most days it carries more sheep than people.",
                    "colour",
                ),
                N("Inishcorra, three miles off the Mayo coast, had 412 residents in 1911.", "background"),
                C("Today it has 23.", "statistic"),
            ],
            [
                N("Mary Gallagher, 81, has lived on the island all her life.", "colour"),
                A(
                    '"When I was a girl there were forty children in that school," she says, nodding towards a roofless building above the harbour.',
                    "quote",
                ),
                A('"Now there\'s my grandson, and he goes over on the boat."', "quote"),
            ],
            [
                C(
                    "The island's school closed in 2019, after the Department of Education withdrew its last teaching post.",
                    "event",
                ),
                C("Since then, not a single child has been born on Inishcorra.", "statistic"),
                C("The €1.2 million pier upgrade promised to islanders in 2016 has never been built.", "accusation"),
            ],
            [
                N(
                    "There is a particular silence on an island in winter, when the visitors have gone and the wind is the loudest thing for miles.",
                    "colour",
                ),
                N(
                    "Islanders talk about the state the way farmers talk about the weather: something that happens to them.",
                    "analysis",
                ),
            ],
            [
                A(
                    "Ferry operator Joe Conneely says the subsidy he receives from the state has not risen since 2012, while his fuel bill has doubled.",
                    "statement",
                ),
                A(
                    "Unless the contract is renegotiated, he says, the winter sailings will stop next year.",
                    "prediction",
                ),
                A("The Department of Transport said the contract was under review.", "statement"),
            ],
            [
                C(
                    "Island populations along the western seaboard have fallen by more than a third since 1990.",
                    "statistic",
                ),
                N("Most of the people who leave never come back.", "opinion"),
            ],
            [
                N("Gallagher, for her part, has no intention of leaving.", "colour"),
                A('"They\'ll carry me off this island in a box," she says, "and not before."', "quote"),
                N("This article is part of our series Edge of Ireland; read the other parts here", "boilerplate"),
            ],
        ],
    },
    {
        "id": "f09",
        "style": "sport",
        "paragraphs": [
            [C("Harrowby stun league leaders with stoppage-time winner", "event")],
            [
                C(
                    "Harrowby Town ended Castlegate Rovers' 19-match unbeaten run with a 2-1 win at the Mill Ground on Saturday, substitute Kieran Doyle heading the winner in the fourth minute of stoppage time.",
                    "event",
                ),
                C("Castlegate had not lost a league game since August.", "statistic"),
            ],
            [
                N("It was a raw, blustery afternoon, and for an hour the football matched the weather.", "colour"),
                C(
                    "Castlegate went ahead on 61 minutes when Harrowby goalkeeper Sam Okafor spilled a low shot from Luis Ferreira and Ferreira tapped in the rebound.",
                    "event",
                ),
                C(
                    "Harrowby equalised six minutes later through a penalty from captain Jordan Blake, awarded after Castlegate defender Tom Reyes handled on the line.",
                    "event",
                ),
                C("Reyes was sent off for the offence.", "event"),
            ],
            [
                A(
                    'Castlegate manager Paul Hendry said the penalty decision was "baffling" and that replays showed the ball struck Reyes\'s shoulder.',
                    "statement",
                ),
                A("\"I've watched it ten times and I still can't see it,\" Hendry said.", "quote"),
                A("Harrowby boss Neil Carter said he had not seen the incident clearly.", "statement"),
                A('Ferreira said afterwards the defeat would "sting for a day, no more".', "quote"),
            ],
            [
                C("The result lifts Harrowby out of the relegation places on goal difference.", "statistic"),
                C("Castlegate stay top, four points clear of Denholm Athletic, who have a game in hand.", "statistic"),
                N("Doyle, 19, was making only his third senior appearance.", "background"),
            ],
            [
                N("The Mill Ground, opened in 1908, has hosted league football for more than a century.", "background"),
                C("A crowd of 4,812 was the largest at the ground this season.", "statistic"),
                N("Castlegate host Denholm on Tuesday night in what now looks like a title decider.", "schedule"),
            ],
            [N("Follow all the latest from the league on our live page", "boilerplate")],
        ],
    },
    {
        "id": "f10",
        "style": "science_health",
        "paragraphs": [
            [N("Can a cheap blood pressure pill slow dementia?", "question")],
            [
                A(
                    "A widely used blood pressure drug was linked to a 17% lower rate of dementia diagnoses among older adults in a large Danish study published on Wednesday in The Lancet Healthy Longevity.",
                    "finding",
                ),
                C(
                    "The researchers followed 312,000 people aged 65 and over who were prescribed either amlodipine or another class of blood pressure medicine between 2005 and 2018.",
                    "method",
                ),
            ],
            [
                A(
                    "Those taking amlodipine were diagnosed with dementia at a rate of 8.1 per 1,000 person-years, compared with 9.8 among those on other drugs, the authors reported.",
                    "statistic",
                ),
                A(
                    'Lead author Dr Mette Kjær of Aarhus University said the finding was "intriguing but not proof".',
                    "quote",
                ),
                A('"People should not start or switch medication because of this study," she said.', "quote"),
            ],
            [
                N(
                    "Dementia affects more than 55 million people worldwide, and nearly 10 million new cases are diagnosed each year.",
                    "background",
                ),
                N("There is no cure.", "background"),
            ],
            [
                N("Observational studies like this one cannot show that a drug causes an effect.", "analysis"),
                C(
                    "People prescribed amlodipine in the study were, on average, two years younger and less likely to have diabetes than those on other drugs.",
                    "statistic",
                ),
                C(
                    "The authors adjusted for age, diabetes and 40 other factors, but the gap narrowed to 11% in the fully adjusted model.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Professor Rachel Ong, a neurologist at University College London who was not involved in the work, said the result fitted with earlier evidence that controlling blood pressure in mid-life protects the brain.",
                    "statement",
                ),
                A(
                    "A British trial published in 2021 found that tighter blood pressure control slowed the shrinking of brain tissue in people over 70.",
                    "finding",
                ),
                C(
                    "The study was funded by the Danish Dementia Research Fund, which receives no money from the makers of amlodipine.",
                    "funding",
                ),
                C("About 400,000 people in Denmark take amlodipine.", "statistic"),
            ],
            [
                C(
                    "A randomised trial testing the drug in 4,000 people with early memory problems is due to begin recruiting in Denmark and Sweden next year.",
                    "prediction",
                ),
                N(
                    "Amlodipine costs a few pence a tablet and has been available as a generic since the early 2000s.",
                    "background",
                ),
                N("Related: What the latest research says about sleep and memory", "boilerplate"),
                N("© 2025 Nordic Health Wire. All rights reserved.", "boilerplate"),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
