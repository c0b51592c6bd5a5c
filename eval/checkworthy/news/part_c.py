"""News check-worthiness dev set, part c (see GUIDELINES.md).

python3 eval/checkworthy/news/part_c.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "c01",
        "style": "wire",
        "paragraphs": [
            [C("Lebanon's Zahrani power plant halts output as fuel tanker held offshore", "event")],
            [
                C(
                    "BEIRUT (Reuters) - Lebanon's Zahrani power station shut down its last two working turbines on Thursday after a tanker carrying 40,000 tonnes of fuel oil was held at sea in a payment dispute, leaving much of the south with less than two hours of state electricity a day.",
                    "event",
                )
            ],
            [
                A(
                    'Electricite du Liban, the state utility, said in a statement that the shutdown was "temporary", after rolling cuts left parts of Sidon without any grid power for 22 hours on Wednesday.',
                    "statement",
                    part="rolling cuts left parts of Sidon without any grid power for 22 hours on Wednesday",
                ),
                N("It did not say when supplies would resume.", "transition"),
            ],
            [
                A(
                    "The tanker, the Marina Star, has been anchored off Sidon since Aug. 3, according to ship-tracking data from MarineTraffic.",
                    "event",
                ),
                A(
                    "Two officials at the energy ministry, who spoke on condition of anonymity, said the central bank had not released $18 million in letters of credit owed to the supplier.",
                    "accusation",
                ),
            ],
            [
                N(
                    "Lebanon has suffered chronic power shortages since the end of its 1975-1990 civil war.",
                    "background",
                ),
                N(
                    "Its economy collapsed in 2019, and the Lebanese pound has lost more than 95% of its value since then.",
                    "background",
                ),
            ],
            [
                A(
                    "Private generator owners in Tyre and Nabatieh raised their monthly fees by about a third this week, residents said.",
                    "statistic",
                ),
                C("Hospitals in the south have cut non-urgent surgery to conserve diesel.", "consequence"),
                A(
                    "The Lebanese Red Cross said at least three dialysis centres had moved patients to facilities in Beirut.",
                    "consequence",
                ),
                C(
                    "The outage also cut water pumping in parts of Sidon, where taps ran dry in several neighbourhoods on Thursday.",
                    "consequence",
                ),
            ],
            [
                A(
                    'Energy Minister Walid Haddad told reporters after a cabinet session that the government would "not be blackmailed" by suppliers.',
                    "quote",
                ),
                A(
                    '"We have paid what we owe, and we will not pay penalties that were never agreed," he said.',
                    "quote",
                ),
                N(
                    "The supplier, a Dubai-registered trading company, did not respond to a request for comment.",
                    "routine",
                ),
            ],
            [
                N("Parliament is due to debate an emergency fuel bill next Tuesday.", "schedule"),
                A(
                    "The World Bank estimated last year that power cuts cost the Lebanese economy about $3.9 billion a year.",
                    "statistic",
                ),
            ],
            [
                N(
                    "Reporting by Rana Khoury; Additional reporting by Samir Aziz in Sidon; Editing by Helen Marsh",
                    "boilerplate",
                )
            ],
        ],
    },
    {
        "id": "c02",
        "style": "wire",
        "paragraphs": [
            [C("Freight train derails in eastern Poland, spilling diesel into river", "event")],
            [
                C(
                    "WARSAW (Reuters) - A freight train carrying diesel derailed near the town of Hrubieszow in eastern Poland early on Monday, and at least 14 of its tank cars overturned, some of them into the Huczwa river.",
                    "event",
                ),
                A("No one was injured, the regional fire service said.", "casualty"),
            ],
            [
                A("PKP Cargo, which operated the train, said it was investigating the cause.", "statement"),
                C(
                    "Environmental inspectors measured an oil film stretching about 6 kilometres downstream by Monday afternoon.",
                    "damage",
                ),
                N("It was not clear how much fuel had leaked.", "uncertainty"),
                C("It was the third derailment on the line this year.", "statistic"),
            ],
            [
                N(
                    "The Huczwa is a tributary of the Bug, which forms part of Poland's border with Ukraine.",
                    "background",
                ),
                C(
                    "Authorities in two downstream municipalities told residents not to draw water from private wells until further notice.",
                    "decision",
                ),
            ],
            [
                A(
                    "Infrastructure Minister Pawel Lis said on X that a defective rail joint was the most likely cause, citing preliminary findings from the State Commission for Railway Accident Investigation.",
                    "cause",
                ),
                C(
                    "The section of track had been flagged for repairs in a 2022 audit, but the work was never carried out.",
                    "accusation",
                ),
            ],
            [
                N(
                    "The line is one of the main routes for grain and fuel moving between Ukraine and the European Union.",
                    "background",
                ),
                A(
                    "Freight traffic on the route has roughly doubled since 2022, according to the Office of Rail Transport.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Clean-up crews had laid floating booms at three points along the river by nightfall, a spokeswoman for the Lublin provincial governor said, after dead fish were found along a 2-km stretch near Mircze.",
                    "damage",
                    part="dead fish were found along a 2-km stretch near Mircze",
                ),
                A(
                    "Anglers' associations in the area said they would seek compensation from the rail operator.",
                    "statement",
                ),
            ],
            [N("The line is expected to stay closed until at least Friday.", "schedule")],
            [N("Reporting by Anna Wlodarczyk; Editing by Susan Fenwick", "boilerplate")],
        ],
    },
    {
        "id": "c03",
        "style": "science_health",
        "paragraphs": [
            [N("Can a blood test spot pancreatic cancer before it is too late?", "question")],
            [
                A(
                    "A blood test that looks for fragments of tumour DNA picked up pancreatic cancer in 71 of 112 patients whose disease was at an early stage, researchers reported on Wednesday.",
                    "statistic",
                ),
                C(
                    "The test, developed by a team at the University of Leeds and the Danish biotech firm Helixa, was also given to 1,400 people without cancer.",
                    "study_detail",
                ),
                C("It wrongly flagged 38 of them, a false-positive rate of 2.7%.", "statistic"),
                C("The results were published in the journal Nature Medicine.", "publication"),
            ],
            [
                N(
                    "Pancreatic cancer is one of the deadliest forms of the disease, largely because it is usually found late.",
                    "background",
                ),
                N("Fewer than one in ten patients in the UK survive five years after diagnosis.", "background"),
            ],
            [
                A(
                    '"If you can find it while it is still small enough to operate on, the picture changes completely," said Dr Miriam Okafor, a surgeon who led the clinical side of the study.',
                    "quote",
                ),
                A(
                    "She said the team now wanted to test it in a larger group of people at high risk, such as those over 50 with newly diagnosed diabetes.",
                    "statement",
                ),
            ],
            [
                N("The findings are the most encouraging yet in a field that has seen many false dawns.", "opinion"),
                N("Independent experts were more cautious.", "transition"),
            ],
            [
                A(
                    "Professor Alan Reyes of King's College London, who was not involved in the research, said the early-stage group was small and that most of the cancers had been found in people who already had symptoms.",
                    "statement",
                ),
                A('"This is a promising signal, not a screening test," he said.', "quote"),
                A(
                    "A false-positive rate of even 2.7% would mean tens of thousands of unnecessary scans if the test were offered to everyone over 60, he added.",
                    "prediction",
                ),
            ],
            [
                C(
                    "The study was funded partly by Helixa, and four of its authors hold shares in the company.",
                    "conflict_of_interest",
                ),
                A(
                    "Helixa said it planned to seek regulatory approval in Europe in 2026, weeks after it raised $85 million from investors.",
                    "statement",
                    part="it raised $85 million from investors",
                ),
                N("A price has not been set.", "routine"),
            ],
            [
                N(
                    "The NHS already offers regular scans to some people with a strong family history of the disease.",
                    "background",
                )
            ],
        ],
    },
    {
        "id": "c04",
        "style": "science_health",
        "paragraphs": [
            [C("Blackburn measles outbreak grows to 27 cases as clinics extended", "statistic")],
            [
                C(
                    "Twenty-seven people in Blackburn with Darwen have now been confirmed as having measles, up from 19 last week, in the largest outbreak in the area for more than a decade.",
                    "statistic",
                ),
                C("Nine of them have been treated in hospital, and all but two are children under 10.", "casualty"),
                C("Two of the children needed intensive care.", "casualty"),
            ],
            [
                A(
                    "None of the children who were admitted had received both doses of the MMR vaccine, the UK Health Security Agency (UKHSA) said.",
                    "statistic",
                ),
                N("Measles is one of the most contagious diseases known.", "background"),
            ],
            [
                A(
                    "The UKHSA said uptake of the second MMR dose among five-year-olds in the borough was 79% last year, well below the 95% needed to stop the virus spreading.",
                    "statistic",
                ),
                C("Measles cases in England last year reached their highest level since 2012.", "statistic"),
            ],
            [
                C("The first cases were linked to a primary school in the Audley area in late January.", "cause"),
                C("The school stayed open throughout.", "decision"),
                A(
                    "Some parents said they had not been told about the first case until nearly two weeks later.",
                    "accusation",
                ),
            ],
            [
                A(
                    "Dr Farah Siddiqui, the borough's director of public health, said walk-in clinics at three community centres would now also run on Saturdays until the end of the month.",
                    "statement",
                ),
                A('"Two doses protect about 97 out of every 100 people," she said.', "quote"),
                A('"It is never too late to catch up."', "quote"),
            ],
            [
                C(
                    "The borough council has written to every school in the area asking them to check pupils' vaccination records.",
                    "decision",
                ),
                N("Vaccination rates have fallen in many parts of England in recent years.", "background"),
            ],
            [
                N(
                    "Anyone unsure whether they have been vaccinated can check their red book or ask their GP practice.",
                    "advice",
                )
            ],
            [N("Sign up for our free weekly health newsletter", "boilerplate")],
        ],
    },
    {
        "id": "c05",
        "style": "business",
        "paragraphs": [
            [C("Nordlys Foods cuts profit forecast again, shares slump 18%", "statistic")],
            [
                C(
                    "OSLO (Reuters) - Shares in Norwegian seafood processor Nordlys Foods fell 18% on Tuesday, their steepest one-day drop since the company listed in 2015, after it cut its full-year profit forecast for the second time in three months.",
                    "event",
                )
            ],
            [
                A(
                    "The company now expects operating profit of 1.1-1.3 billion crowns ($104-123 million), down from a previous range of 1.6-1.8 billion.",
                    "forecast",
                ),
                A(
                    "Chief Executive Ingrid Solheim blamed higher salmon prices and a fire at its processing plant in Alesund in June.",
                    "cause",
                ),
                C("The fire halted production at the plant for five weeks.", "damage"),
            ],
            [
                A(
                    'Analysts at DNB Markets said the cut was larger than expected and that the market had been "too patient" with the company\'s margin problems.',
                    "analysis",
                )
            ],
            [
                N(
                    "Nordlys, which employs about 4,200 people in Norway, Poland and Scotland, has struggled since its 2021 takeover of British smokehouse Tay Valley.",
                    "background",
                ),
                N("That deal was worth 3.4 billion crowns.", "background"),
                C(
                    "Net debt stood at 5.9 billion crowns at the end of June, up from 4.7 billion a year earlier.",
                    "statistic",
                ),
            ],
            [
                A(
                    "The company said it would sell its Polish breaded-fish unit and review its dividend policy.",
                    "decision",
                ),
                A(
                    "The board has full confidence in management, Chairman Erik Dahl said in a statement, after two major shareholders called last week for Solheim to step down.",
                    "statement",
                    part="two major shareholders called last week for Solheim to step down",
                ),
            ],
            [
                A(
                    "Short interest in the stock had risen to 6.5% of shares outstanding before the announcement, data from S&P Global showed.",
                    "statistic",
                ),
                C("The shares have lost more than half their value since January.", "statistic"),
                N("For investors, the question now is whether management has run out of road.", "opinion"),
            ],
            [N("The second-quarter report is due on Aug. 20.", "schedule")],
            [N("($1 = 10.58 Norwegian crowns)", "boilerplate")],
            [N("Reporting by Nora Lind in Oslo; Editing by Clare Denton", "boilerplate")],
        ],
    },
    {
        "id": "c06",
        "style": "courts_crime",
        "paragraphs": [
            [C("Former council finance officer jailed for stealing £412,000 from housing repair fund", "event")],
            [
                C(
                    "A former finance officer at Dunmore District Council has been jailed for six years for stealing more than £412,000 from a fund meant to repair council homes.",
                    "event",
                )
            ],
            [
                A(
                    "Gareth Pryce, 54, of Hillcrest Road, Dunmore, moved the money into accounts held by his wife and brother over seven years, Cardiff Crown Court heard.",
                    "accusation",
                ),
                C("He pleaded guilty in September to fraud by abuse of position and money laundering.", "event"),
            ],
            [
                A(
                    "Prosecutor Helen Vaughan told the court that Pryce had created 37 invoices from contractors that did not exist.",
                    "accusation",
                ),
                C("None of the invoices was checked by a second officer.", "accusation"),
                A("He spent much of the money on a holiday villa in Portugal and a motorhome, she said.", "accusation"),
            ],
            [
                C(
                    "The fraud came to light in 2023 when a newly appointed auditor queried payments to a roofing firm with no website or phone number.",
                    "event",
                )
            ],
            [
                A(
                    'Defending, Owen Lloyd said his client had a gambling addiction and had shown "genuine remorse".',
                    "statement",
                ),
                A(
                    'Judge Rhys Morgan said Pryce had "betrayed the trust of the council and of tenants who waited, some of them for years, for damp and mould to be dealt with".',
                    "quote",
                ),
                N(
                    "Pryce was led from the dock without looking up at the public gallery, where several tenants sat.",
                    "colour",
                ),
            ],
            [
                C("His wife, Sandra, 51, was cleared of money laundering after a trial in January.", "event"),
                N("His brother, Neil, is due to be sentenced next month.", "schedule"),
            ],
            [
                C(
                    "The council has so far recovered about £90,000, mostly from the sale of the motorhome.",
                    "statistic",
                ),
                N("Proceeds of crime proceedings will follow at a later date.", "schedule"),
            ],
            [
                A(
                    'Council leader Bethan Ellis said internal controls had been "completely overhauled", two years after Audit Wales first warned the authority that a single officer could approve payments alone.',
                    "statement",
                    part="Audit Wales first warned the authority that a single officer could approve payments alone",
                )
            ],
            [
                N("Dunmore District Council manages around 9,000 homes.", "background"),
                N("The case is the latest in a string of frauds to embarrass local authorities in Wales.", "analysis"),
            ],
        ],
    },
    {
        "id": "c07",
        "style": "feature",
        "paragraphs": [
            [N("The woman who rewilded a mountain, one acorn at a time", "headline")],
            [
                N(
                    "The track up to Carn Dubh farm is barely wider than a car, and in February it turns into a river of mud.",
                    "colour",
                ),
                N("Morag Sinclair meets me at the gate in a waxed jacket that has seen better decades.", "colour"),
            ],
            [
                C(
                    "Over the past 34 years she has planted more than 60,000 native trees on the 900-acre hill farm her father once grazed with sheep, most of them grown from seed she collected herself.",
                    "statistic",
                ),
                C("When she started, there were fewer than a dozen trees on the whole hillside.", "statistic"),
                C(
                    "Now there are red squirrels, pine martens and, since 2019, a breeding pair of golden eagles.",
                    "event",
                ),
                C("The eagles have fledged eight chicks in six years.", "statistic"),
            ],
            [
                A('"People thought I had gone soft in the head," she says, laughing.', "quote"),
                A('"My neighbours would drive past and shake their heads."', "quote"),
            ],
            [
                N("Rewilding has become a fashionable word in the Highlands, and a divisive one.", "opinion"),
                C(
                    "Sinclair has never taken a grant, and in 2021 she turned down £2 million from a carbon-offsetting company that wanted to buy the land.",
                    "event",
                ),
                A(
                    "Her soil, once thin and acidic, now holds more than three times the carbon it did in 1990, according to tests by the James Hutton Institute.",
                    "statistic",
                ),
            ],
            [
                N("It is hard not to be moved by the place.", "opinion"),
                N("Not everyone is.", "transition"),
                A(
                    "A local gamekeeper, who asked not to be named, said the eagles had taken lambs from a neighbouring farm.",
                    "accusation",
                ),
                A("Sinclair says that is nonsense.", "denial"),
            ],
            [
                C(
                    "The farm will pass to a community trust when she dies; the papers were signed last spring.",
                    "decision",
                ),
                N("She still walks the hill every morning, a pocket full of acorns.", "colour"),
            ],
            [N("What will become of the hill when she is gone?", "question")],
        ],
    },
    {
        "id": "c08",
        "style": "analysis",
        "paragraphs": [
            [N("Analysis: Is Lisbon's rent freeze driving landlords out?", "question")],
            [
                A(
                    "LISBON (Reuters) - When Portugal's government froze rents on existing contracts in Lisbon and Porto 18 months ago, ministers promised it would buy time for a wave of new public housing.",
                    "statement",
                    part="Portugal's government froze rents on existing contracts in Lisbon and Porto 18 months ago",
                ),
                C("Of the 12,000 homes promised by the end of 2025, about 1,900 have been completed.", "statistic"),
            ],
            [
                A(
                    "Meanwhile the number of long-term rental listings in Lisbon has fallen by 31% since the freeze took effect, according to the property portal Idealista.",
                    "statistic",
                ),
                A(
                    "Landlords' groups say owners are switching to short-term tourist lets or leaving flats empty.",
                    "claim_reported",
                ),
                N("The evidence for that is thinner than either side admits.", "opinion"),
                C(
                    "Short-term rental licences in the city have fallen slightly since 2023, because a moratorium on new ones in central districts is still in place.",
                    "statistic",
                ),
            ],
            [
                N("Economists point to a simpler explanation.", "transition"),
                A(
                    '"Landlords are not leaving, they are selling," said Rui Martins, a housing economist at Nova SBE.',
                    "quote",
                ),
                A(
                    "Sales of previously rented flats rose by about a fifth last year, he said, as owners cashed in on prices that have more than doubled in a decade.",
                    "statistic",
                ),
            ],
            [
                C(
                    "Average asking rents on new contracts in Lisbon, which the freeze does not cover, rose 14% last year.",
                    "statistic",
                ),
                A(
                    "The finance ministry estimates the freeze has cost the state 240 million euros in compensation to small landlords.",
                    "statistic",
                ),
            ],
            [
                N("For tenants already in place, the freeze has been a lifeline.", "opinion"),
                N("For anyone trying to find a flat, it has made things worse.", "opinion"),
            ],
            [
                N("Housing has dominated Portuguese politics since the 2022 election.", "background"),
                N("The freeze expires in June.", "schedule"),
                A("The coalition's junior partner has said it will vote against any extension.", "statement"),
            ],
            [
                N(
                    "Whatever the coalition decides, the underlying shortage will take a decade or more to fix.",
                    "prediction",
                )
            ],
            [N("Reporting by Catarina Mendes; Editing by Paul Ashdown", "boilerplate")],
        ],
    },
    {
        "id": "c09",
        "style": "local",
        "paragraphs": [
            [C("Parking charges to be introduced at three Kelbrook Bay seafront car parks", "decision")],
            [
                C(
                    "Drivers will have to pay to park at three of Kelbrook Bay's seafront car parks from April after councillors voted 9-4 in favour of the plan on Tuesday night.",
                    "decision",
                ),
                C(
                    "Charges will be £1.80 an hour, or £9 for the day, at the Harbour Road, Cliff Top and Marine Parade car parks, which have been free since they opened.",
                    "decision",
                ),
            ],
            [
                A("The council expects the scheme to raise about £310,000 a year.", "forecast"),
                A(
                    "Cabinet member for finance Cllr Paul Hendry said the money would go towards repairing the sea wall.",
                    "statement",
                ),
                C("A 40-metre section of the wall collapsed during storms in January.", "damage"),
            ],
            [
                C("More than 2,300 people signed a petition against the charges.", "statistic"),
                A("Traders on Marine Parade say the charges will drive visitors away.", "prediction"),
            ],
            [
                A(
                    '"We have had three bad summers already," said Lorraine Beck, who runs the Crab Shack café.',
                    "quote",
                ),
                A('"This could finish some of us off."', "quote"),
            ],
            [
                N("The town's population roughly triples in July and August.", "background"),
                A(
                    'Opposition councillor Dave Nunn accused the ruling group of "balancing the books on the backs of small businesses".',
                    "accusation",
                ),
                N("The meeting ran for nearly four hours.", "colour"),
            ],
            [
                C("Residents with a permit will be able to park free of charge.", "decision"),
                C("Blue badge holders will also be exempt for the first three hours.", "decision"),
            ],
            [
                C(
                    "Neighbouring Saltby brought in similar charges in 2022, and footfall on its high street fell by 12% the following summer.",
                    "statistic",
                ),
                N("The car parks were last resurfaced in 2009.", "background"),
                N("Signs and payment machines will be installed in March.", "schedule"),
            ],
            [N("Have your say: email letters@kelbrookgazette.co.uk", "boilerplate")],
        ],
    },
    {
        "id": "c10",
        "style": "sport",
        "paragraphs": [
            [C("Okoro hat-trick sends Rovers top as City slump goes on", "event")],
            [
                C(
                    "Tunde Okoro scored three times in 19 second-half minutes as Bradley Rovers came from behind to beat Castleford City 4-1 at Moor Lane on Saturday and go top of League Two.",
                    "event",
                ),
                C("City had led through a Sam Whitlock header after 11 minutes.", "event"),
                N("It was a miserable afternoon for the visitors.", "opinion"),
            ],
            [
                A(
                    'Rovers manager Phil Garrity called it "the best 45 minutes since I\'ve been here", with his side now unbeaten in 11 home games.',
                    "quote",
                    part="his side now unbeaten in 11 home games",
                ),
                C(
                    "Okoro, 23, joined on a free transfer from Northallerton Town in the summer and has now scored 14 goals in 19 league games.",
                    "statistic",
                ),
                C("He is the first Rovers player to score a league hat-trick since 2014.", "statistic"),
                N("He went off to a standing ovation in the 88th minute.", "colour"),
            ],
            [
                C("Castleford have lost five in a row and have not kept a clean sheet since September.", "statistic"),
                A('City boss Marco Lindqvist admitted his side had been "soft" after the break.', "quote"),
                A('Asked whether he feared for his job, he said: "That is not for me to decide."', "quote"),
                C("The club's owners sacked his predecessor after a similar run last season.", "event"),
            ],
            [
                C(
                    "Rovers finished with 10 men after defender Liam Carty was shown a second yellow card in stoppage time.",
                    "event",
                ),
                N("Carty will miss next week's trip to Ashford Borough.", "schedule"),
            ],
            [
                C("Saturday's crowd of 7,912 was the biggest at Moor Lane for six years.", "statistic"),
                N("Rovers are at home to Harrowgate Athletic on Tuesday night.", "schedule"),
                N("Is this, at last, their season?", "question"),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
