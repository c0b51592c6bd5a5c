"""News check-worthiness dev set, part e (see GUIDELINES.md).

python3 eval/checkworthy/news/part_e.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "e01",
        "style": "wire",
        "paragraphs": [
            [C("Dockworkers strike shuts Chile's San Antonio port, stranding copper shipments", "event")],
            [
                C(
                    "SANTIAGO (Reuters) - Dockworkers walked off the job at Chile's San Antonio port on Wednesday, halting the loading of about 40,000 tonnes of copper cathode bound for China.",
                    "event",
                ),
                C("The strike is the first full stoppage at the terminal since 2019.", "event"),
            ],
            [
                A(
                    "Union leader Marcela Ibáñez said about 1,200 members had joined the walkout over a pay offer they considered insulting.",
                    "statement",
                ),
                A(
                    '"We have been patient for fourteen months, and patience does not pay rent," Ibáñez told reporters outside the terminal gates.',
                    "quote",
                ),
            ],
            [
                A(
                    "Port operator Puerto Central said in a statement it had offered a 6.5% raise and remained open to talks.",
                    "statement",
                )
            ],
            [
                N("Chile is the world's largest copper producer.", "background"),
                N("San Antonio handles roughly a third of the country's containerised exports by value.", "background"),
            ],
            [
                C(
                    "Benchmark copper on the London Metal Exchange rose 1.4% to $9,870 a tonne by 1400 GMT, its highest in three weeks.",
                    "statistic",
                ),
                A(
                    "Traders attributed part of the gain to the stoppage, although Chinese import data released on Tuesday had already lifted prices.",
                    "cause",
                    part="Chinese import data released on Tuesday had already lifted prices",
                ),
            ],
            [
                A(
                    "Two vessels carrying concentrate from the Los Bronces mine were diverted to Valparaíso on Wednesday afternoon, according to ship-tracking data compiled by Reuters.",
                    "event",
                ),
                C("By late afternoon, at least 14 ships were waiting at anchor outside the harbour.", "statistic"),
                N("Their lights could be seen strung out in a line toward the horizon as dusk fell.", "colour"),
            ],
            [
                A(
                    "A previous 11-day strike cost exporters an estimated $180 million, the exporters' association SOFOFA said at the time.",
                    "statistic",
                ),
                N("The dispute has tested the government's promise of closer ties with organised labour.", "analysis"),
            ],
            [
                A("The Labour Ministry said it would call both sides to a mediation session on Friday.", "statement"),
                N("Talks are scheduled to resume on Friday morning.", "schedule"),
            ],
            [
                N(
                    "(Reporting by Natalia Ramírez; Additional reporting by Tom Ellery in London; Editing by Mark Potter)",
                    "boilerplate",
                )
            ],
        ],
    },
    {
        "id": "e02",
        "style": "conflict",
        "paragraphs": [
            [C("Air strikes hit market town in northwest Syria, at least 17 dead", "casualty")],
            [
                A(
                    "BEIRUT (Reuters) - Air strikes hit a crowded vegetable market in the town of Kafr Halab in northwest Syria on Sunday morning, killing at least 17 people, according to a local civil defence group.",
                    "casualty",
                ),
                C("The strikes came shortly after 9 a.m., when the market is at its busiest.", "event"),
            ],
            [
                A(
                    "Rescue worker Ahmad Sweid said his team had pulled 11 bodies from the rubble of a single building.",
                    "casualty",
                ),
                A('"There were children among them, the smallest was maybe five," he said.', "quote"),
            ],
            [
                A(
                    "The Syrian Observatory for Human Rights, a Britain-based war monitor, put the toll at 21 and said the strikes were carried out by Russian jets.",
                    "accusation",
                ),
                A("Russia's defence ministry denied its aircraft had operated in the area on Sunday.", "denial"),
            ],
            [
                N("Kafr Halab lies about 25 km west of Aleppo.", "background"),
                C(
                    "At least two of the dead were volunteers with the civil defence group who had rushed to the scene after the first strike.",
                    "casualty",
                ),
            ],
            [
                A(
                    "Video posted online and verified by Reuters showed a collapsed two-storey building and burning stalls.",
                    "event",
                )
            ],
            [
                N("Hospitals in the area are already stretched.", "opinion"),
                A(
                    "The Bab al-Hawa hospital received 34 wounded by midday, a doctor there said, a day after the facility's only backup generator failed.",
                    "casualty",
                    part="a day after the facility's only backup generator failed",
                ),
            ],
            [
                N("The war in Syria began in 2011.", "background"),
                N(
                    "A ceasefire brokered by Russia and Turkey has broadly held in the region since March 2020, though violations are frequent.",
                    "background",
                ),
                C("Sunday's attack was the deadliest in the province this year.", "casualty"),
            ],
            [
                A(
                    'The U.N. humanitarian office said it was "deeply alarmed" and called for an independent investigation.',
                    "statement",
                ),
                N("It is unclear whether any such investigation will take place.", "analysis"),
            ],
            [N("(Reporting by Khaled Nasrallah; Writing by Sarah Dunmore; Editing by Alexandra Hart)", "boilerplate")],
        ],
    },
    {
        "id": "e03",
        "style": "disaster",
        "paragraphs": [
            [C("Tornado tears through Carver Springs, killing four and leveling school gym", "casualty")],
            [
                C(
                    "CARVER SPRINGS, Mo. — A tornado with winds estimated at 165 mph tore through this town of 6,000 late Tuesday, killing four people and destroying dozens of homes.",
                    "casualty",
                )
            ],
            [
                A(
                    "The National Weather Service rated it an EF3 on Wednesday after surveying the damage path, which ran about 11 miles.",
                    "damage",
                ),
                C(
                    "The storm touched down at 10:42 p.m., seven minutes after a warning was issued for Dade County.",
                    "event",
                ),
            ],
            [
                A(
                    "Sheriff Dale Mobley said the four dead included a couple in their 80s whose mobile home was thrown across Route 39.",
                    "casualty",
                ),
                C(
                    "At least 27 people were treated at Dade County Medical Center, and three remain in critical condition.",
                    "casualty",
                ),
            ],
            [
                C(
                    "The Carver Springs Middle School gymnasium, which the district had designated as a community storm shelter, lost its roof entirely.",
                    "damage",
                ),
                C("No one was inside at the time.", "event"),
                A(
                    "“If this had happened during a basketball game, we'd be counting a lot more than four,” said Superintendent Karen Whitlow.",
                    "quote",
                ),
            ],
            [
                N("Morning light revealed streets carpeted with insulation, shingles and splintered trees.", "colour"),
                N("Volunteers from neighboring towns arrived with chainsaws before sunrise.", "colour"),
            ],
            [
                C(
                    "Missouri's governor declared a state of emergency for Dade and Lawrence counties on Wednesday afternoon.",
                    "decision",
                ),
                A(
                    "The local electric cooperative reported roughly 3,400 customers without power at the peak.",
                    "damage",
                ),
                A(
                    "Mobley said many of the destroyed homes were older mobile homes that were likely uninsured, though the county had no firm figures yet.",
                    "damage",
                ),
            ],
            [
                N(
                    "Missouri sits on the eastern edge of Tornado Alley, and spring storms are common across the region.",
                    "background",
                ),
                N("The town's last deadly tornado, in 1957, killed two people.", "background"),
            ],
            [
                N("A Red Cross shelter is open at First Baptist Church on Main Street.", "service"),
                N("Donations can be dropped off at the church between 8 a.m. and 6 p.m.", "service"),
            ],
            [N("© 2025 Ozarks News 7. All rights reserved.", "boilerplate")],
        ],
    },
    {
        "id": "e04",
        "style": "business",
        "paragraphs": [
            [C("Skarvik Bank to cut 1,800 jobs after third-quarter profit halves", "decision")],
            [
                A(
                    "STOCKHOLM, Oct 23 (Reuters) - Skarvik Bank will cut about 1,800 jobs, or 9% of its workforce, by the end of 2026, the Swedish lender said on Thursday, as it reported a 52% drop in third-quarter net profit.",
                    "decision",
                )
            ],
            [
                A(
                    "Net profit fell to 2.1 billion Swedish crowns ($198 million), below the 2.9 billion expected by analysts in a poll compiled by LSEG.",
                    "statistic",
                    part="Net profit fell to 2.1 billion Swedish crowns ($198 million)",
                ),
                C(
                    "The bank booked a 1.4 billion crown provision tied to loans to commercial property developers, whose troubles have deepened since interest rates began rising in 2022.",
                    "statistic",
                ),
            ],
            [
                C(
                    "Shares in Skarvik fell 7.8% by 0915 GMT, the steepest drop on the Stockholm benchmark index.",
                    "statistic",
                )
            ],
            [
                A(
                    "Chief Executive Ulrika Dahlgren said the cuts would fall mainly on back-office roles and branch staff.",
                    "statement",
                ),
                A('"We are too big for the bank our customers actually use," she told a news conference.', "quote"),
            ],
            [
                N("Skarvik, founded in 1864, is Sweden's fourth-largest bank by assets.", "background"),
                C("It also cut its dividend payout target to 50% of earnings from 60%.", "decision"),
            ],
            [
                A(
                    "The Financial Sector Union said it had not been consulted and would demand negotiations under Swedish labour law.",
                    "statement",
                )
            ],
            [
                A(
                    "Analysts at Carnegie said the provision suggested the bank had been slower than rivals to recognise losses on property loans.",
                    "analysis",
                ),
                C("Swedish commercial property values have fallen roughly 20% from their 2022 peak.", "statistic"),
            ],
            [
                N("The restructuring is a bet that customers will not miss the branches.", "opinion"),
                N("Whether investors share that confidence is another matter.", "opinion"),
            ],
            [N("The bank will present its full-year results on Feb. 5.", "schedule")],
            [N("($1 = 10.61 Swedish crowns)", "boilerplate")],
            [N("(Reporting by Johan Lindqvist; Editing by Anna Brenner)", "boilerplate")],
        ],
    },
    {
        "id": "e05",
        "style": "courts_crime",
        "paragraphs": [
            [C("Ex-parish clerk jailed for taking £412,000 from village council", "event")],
            [
                C(
                    "A former parish clerk who siphoned £412,000 from a village council over nine years has been jailed for five years and four months.",
                    "event",
                )
            ],
            [
                C(
                    "Gillian Marsh, 61, of Holt Lane, Easthorpe Green, had admitted fraud by abuse of position at Chelmsford Crown Court in August.",
                    "event",
                )
            ],
            [
                A(
                    "The court heard that Marsh moved money from the council's accounts into her own in more than 300 separate payments, disguising them as invoices for grass cutting and hall repairs.",
                    "accusation",
                ),
                A(
                    "Prosecutor Daniel Okafor said she had spent much of the money on holidays, a caravan and online bingo.",
                    "accusation",
                ),
            ],
            [
                C(
                    "The fraud came to light in March last year when a newly elected councillor asked to see the original invoices.",
                    "event",
                ),
                N("Easthorpe Green Parish Council has an annual budget of about £48,000.", "background"),
                C(
                    "External auditors had signed off the council's accounts every year during the period covered by the fraud.",
                    "accusation",
                ),
            ],
            [
                A(
                    'In mitigation, Harriet Cole said her client had been suffering from a gambling addiction and was "deeply ashamed".',
                    "statement",
                )
            ],
            [
                A(
                    "Judge Martin Ashworth told Marsh: “You betrayed the trust of a small community that relied on you completely.”",
                    "quote",
                ),
                A("“The people of Easthorpe Green will be paying for your dishonesty for years to come.”", "quote"),
            ],
            [
                N("Marsh, wearing a grey cardigan, showed no emotion as the sentence was read.", "colour"),
                C("The council has recovered £61,000 so far through an insurance claim.", "statistic"),
            ],
            [N("A confiscation hearing under the Proceeds of Crime Act will take place next year.", "schedule")],
            [
                A(
                    "Council chairman Roger Pyle said the village had been “left reeling” by a fraud that forced the council to double its precept last year.",
                    "statement",
                    part="a fraud that forced the council to double its precept last year",
                )
            ],
            [N("Parish councils are the lowest tier of local government in England.", "background")],
            [N("Email news@eastessexcourier.co.uk with your stories and tips", "boilerplate")],
        ],
    },
    {
        "id": "e06",
        "style": "politics",
        "paragraphs": [
            [N("Could a pension vote still bring down the Czech coalition?", "question")],
            [
                C(
                    "PRAGUE — The Czech government narrowly survived a confidence vote on Tuesday, 101 to 96, after two rebels from the junior coalition partner abstained.",
                    "event",
                ),
                C(
                    "The opposition called the vote after the cabinet approved raising the retirement age to 68 for people born after 1975.",
                    "decision",
                ),
            ],
            [
                C(
                    "Two ministers from the junior partner, the Liberal Union, resigned their posts on Monday evening in protest.",
                    "event",
                ),
                A('Prime Minister Radek Veselý called the result "a mandate to finish the job".', "quote"),
                A(
                    'Opposition leader Jana Krejčí said the government had "lied to every worker in this country" about the cost of the reform.',
                    "accusation",
                ),
            ],
            [
                C("The pension system ran a deficit of 52 billion crowns last year, about 0.7% of GDP.", "statistic"),
                N("The Chamber of Deputies has 200 seats.", "background"),
                N(
                    "Czech governments have fallen in confidence votes before, most famously in 2009, in the middle of the country's EU presidency.",
                    "background",
                ),
            ],
            [
                C(
                    "Three independent deputies voted with the government, reversing the stance they took in a March vote on the same reform.",
                    "event",
                ),
                A(
                    "One of them, Pavel Šťastný, received ministry approval for a new hospital in his district the same week, records show.",
                    "accusation",
                ),
                A("Šťastný denied any connection between the two.", "denial"),
            ],
            [
                N("The reform is deeply unpopular.", "opinion"),
                A("A STEM poll published last week found 64% of respondents opposed it.", "statistic"),
            ],
            [
                A(
                    "Finance Minister Tomáš Horák told Czech Television the government would not soften the plan, even though the state pension reserve was drawn down to zero in 2023.",
                    "statement",
                    part="the state pension reserve was drawn down to zero in 2023",
                )
            ],
            [
                N(
                    "Protesters gathered outside the parliament building in the afternoon chill, some carrying banners with Veselý's face crossed out.",
                    "colour",
                ),
                A("Police estimated the crowd at about 8,000.", "statistic"),
            ],
            [
                N(
                    "The coalition's majority now depends on the goodwill of deputies it cannot fully control.",
                    "analysis",
                ),
                N("The bill returns to the chamber for its third reading on Nov. 12.", "schedule"),
            ],
        ],
    },
    {
        "id": "e07",
        "style": "science_health",
        "paragraphs": [
            [A("Blood test spots pancreatic cancer up to two years earlier, study finds", "finding")],
            [
                A(
                    "A blood test that looks for fragments of tumour DNA identified pancreatic cancer in 71% of patients who went on to develop the disease, up to two years before diagnosis, according to a study published on Wednesday in The Lancet Oncology.",
                    "finding",
                )
            ],
            [
                C(
                    "The test, developed by researchers at Uppsala University and the Danish biotech company Genvira, produced false positives in about 1.2% of healthy participants.",
                    "statistic",
                )
            ],
            [
                N(
                    "Pancreatic cancer is among the deadliest common cancers, with fewer than one in ten patients surviving five years after diagnosis.",
                    "background",
                ),
                N("Most cases are found only after the disease has spread.", "background"),
            ],
            [
                C(
                    "The researchers analysed stored blood samples from 14,200 people enrolled in a Danish health cohort between 2008 and 2015.",
                    "statistic",
                ),
                C("Of those, 212 were later diagnosed with pancreatic cancer.", "statistic"),
            ],
            [
                A(
                    "“For the first time we are seeing a signal early enough that surgery could still be an option,” said Dr. Lena Sørensen, the study's lead author.",
                    "quote",
                )
            ],
            [
                N("Outside experts were more cautious.", "transition"),
                A(
                    "Prof. Mark Fielding, an oncologist at University College London who was not involved in the research, said a 1.2% false-positive rate would mean thousands of unnecessary scans if the test were used on the general population.",
                    "statement",
                ),
                A(
                    "“Screening is not just about catching cancers, it's about what you do to everyone else,” he said.",
                    "quote",
                ),
            ],
            [
                C(
                    "The study was funded in part by Genvira, which has filed patents on the test.",
                    "conflict_of_interest",
                ),
                C("Two of the authors are company employees.", "conflict_of_interest"),
            ],
            [
                A(
                    "Genvira said it planned to seek European approval for the test in high-risk groups, such as people over 50 with new-onset diabetes, by 2027.",
                    "statement",
                )
            ],
            [
                N("The findings add to a growing field of so-called liquid biopsies.", "analysis"),
                C(
                    "None has yet been shown to reduce deaths from pancreatic cancer in a randomised trial.",
                    "statistic",
                ),
                C("A trial of the test in 40,000 people is due to begin in Sweden next spring.", "prediction"),
            ],
            [N("Sign up for our weekly health newsletter.", "boilerplate")],
        ],
    },
    {
        "id": "e08",
        "style": "feature",
        "paragraphs": [
            [N("The last bell at Castelvecchio's school", "headline")],
            [
                N(
                    "The bell still hangs above the door of the primary school in Castelvecchio di Monte, though no one has rung it since June.",
                    "colour",
                ),
                C(
                    "That was when the last two pupils, brothers aged 9 and 11, finished the year and the regional education office closed the school for good.",
                    "event",
                ),
            ],
            [
                C("Not a single child has been born in the village since 2013.", "statistic"),
                C(
                    "Castelvecchio, perched at 1,100 metres in the Apennines of Abruzzo, had 2,300 residents in 1951; today it has 187, most of them over 70.",
                    "statistic",
                ),
            ],
            [
                N("Teresa Colonna taught here for 31 years.", "background"),
                A(
                    "“In 1978 I had 44 children in two rooms,” she says, pouring coffee in a kitchen that smells of woodsmoke.",
                    "quote",
                ),
                A("“Now I have a key to an empty building.”", "quote"),
            ],
            [
                N("Italy's birth rate is among the lowest in Europe.", "background"),
                C("Across Abruzzo, 38 primary schools have closed since 2015 for lack of pupils.", "statistic"),
            ],
            [
                N("The mayor, Franco Di Biase, has tried almost everything.", "colour"),
                C(
                    "In 2019 he offered houses for one euro; 23 were sold, but only three buyers ever moved in.",
                    "statistic",
                ),
                A("Di Biase says the rest became holiday homes that stay shuttered eleven months a year.", "statement"),
            ],
            [
                C(
                    "The hospital in nearby Sulmona closed its maternity ward in 2016, so the nearest place to give birth is now 54 km away.",
                    "event",
                )
            ],
            [
                N("In the piazza, old men play cards under a poster for a concert that took place in 2019.", "colour"),
                N("There is a particular silence to a village without children.", "opinion"),
                N("It is hard to see what could bring families back.", "opinion"),
            ],
            [
                N("Colonna still walks past the school every morning on her way to buy bread.", "colour"),
                A("“Somebody should check that the bell is still there,” she says, and laughs.", "quote"),
            ],
        ],
    },
    {
        "id": "e09",
        "style": "analysis",
        "paragraphs": [
            [N("Analysis: Poland's first nuclear plant is slipping — will anyone admit it?", "question")],
            [
                N(
                    "WARSAW (Reuters) - Poland's plan to build its first nuclear power station on the Baltic coast dates back to 2009.",
                    "background",
                ),
                C(
                    "Site preparation at Lubiatowo-Kopalino is already 14 months behind the schedule set in the 2023 licensing decision.",
                    "event",
                ),
                C(
                    "The project's cost estimate has risen to 192 billion zlotys, nearly double the figure presented to parliament two years ago.",
                    "statistic",
                ),
            ],
            [
                A("Officials still publicly insist the first reactor will come online in 2036.", "statement"),
                N("Few people outside the government believe that date.", "opinion"),
            ],
            [
                N("Large reactor projects in Europe have a poor record on time and cost.", "opinion"),
                N(
                    "Finland's Olkiluoto 3 began regular output in 2023, more than a decade late, and France's Flamanville 3 was connected to the grid in 2024 after a 12-year delay.",
                    "background",
                ),
            ],
            [
                A(
                    'Jakub Wiśniewski, an energy analyst at the Warsaw think tank Forum Energii, said the delay so far was "normal for a first-of-a-kind project in a country with no nuclear workforce".',
                    "analysis",
                ),
                A("The bigger problem, he said, is money.", "analysis"),
            ],
            [
                C(
                    "The European Commission has yet to approve the state aid package that underpins the financing, and the government has not published the contract's price terms.",
                    "event",
                ),
                C(
                    "Without that approval, the U.S. Export-Import Bank loan on which the plan depends cannot be drawn.",
                    "analysis",
                ),
            ],
            [
                C("Coal still generates roughly 57% of Poland's electricity.", "statistic"),
                N("That makes the nuclear project less a climate policy than an energy security bet.", "opinion"),
            ],
            [
                A(
                    'A spokesperson for Polskie Elektrownie Jądrowe, the state company building the plant, said the schedule was "under review, as is normal" and declined to give a new date.',
                    "statement",
                )
            ],
            [
                N("The government is likely to unveil a revised timetable before the end of the year.", "prediction"),
                N("If it does not, others will ask the question for it.", "opinion"),
            ],
            [N("(Editing by Catherine Evans)", "boilerplate")],
        ],
    },
    {
        "id": "e10",
        "style": "local",
        "paragraphs": [
            [C("Council votes to close Riverside pool after inspection finds cracked basin", "decision")],
            [
                C(
                    "The Millbrook City Council voted 5-2 on Monday night to close the Riverside Aquatic Center permanently at the end of the summer season.",
                    "decision",
                ),
                A(
                    "An engineering inspection in April found cracks in the main pool basin and corrosion in the filtration system that would cost an estimated $2.3 million to repair.",
                    "finding",
                ),
            ],
            [
                C("The pool, which opened in 1964, drew about 31,000 visits last year.", "statistic"),
                C("That is down from nearly 50,000 in 2015.", "statistic"),
            ],
            [
                A(
                    'Council member Rosa Delgado, who voted against the closure, said the city had "let the building rot on purpose" by deferring maintenance for a decade.',
                    "accusation",
                ),
                C(
                    "The city's capital budget set aside no money for pool repairs in any year between 2014 and 2023.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Mayor Stephen Kowalczyk said the money would be better spent on a splash pad and a partnership with the YMCA on Route 9.",
                    "statement",
                )
            ],
            [
                C("More than 40 residents spoke during a public comment period that stretched past 11 p.m.", "event"),
                N("Several were children holding hand-painted signs.", "colour"),
                A(
                    "“This is where I learned to swim, and where my kids learned to swim,” said Denise Harlow, a lifeguard there in the 1990s.",
                    "quote",
                ),
            ],
            [
                C(
                    "Swim teams from Millbrook High School train at the pool and will have to travel to Eastfield, 20 minutes away, next season.",
                    "consequence",
                ),
                C("The school district has not said who will pay for the buses.", "event"),
            ],
            [
                N("Pools are expensive to run, and Millbrook is hardly the first town to give one up.", "opinion"),
                A(
                    "A petition to put the question on the November ballot had gathered 1,150 signatures by Tuesday afternoon, organizers said, about 600 short of the number required under the city charter.",
                    "statistic",
                    part="about 600 short of the number required under the city charter",
                ),
            ],
            [
                N("The pool will stay open through Labor Day.", "schedule"),
                C(
                    "The city plans to demolish the building in October and has already signed a $410,000 contract with Barrow Demolition.",
                    "decision",
                ),
            ],
            [N("This story has been updated to correct the year the pool opened.", "correction")],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
