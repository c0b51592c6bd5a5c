"""News check-worthiness dev set, part a (see GUIDELINES.md).

python3 eval/checkworthy/news/part_a.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "a01",
        "style": "wire",
        "paragraphs": [
            [C("Kenya suspends maize imports from Tanzania over aflatoxin contamination", "event")],
            [
                C(
                    "NAIROBI (Reuters) - Kenya suspended all maize imports from neighbouring Tanzania on Thursday after inspectors found high levels of aflatoxin in consignments at two border posts.",
                    "event",
                ),
                A(
                    "The suspension takes effect immediately and covers grain already in transit, Agriculture Cabinet Secretary Josephine Wambugu told reporters in Nairobi.",
                    "decision",
                ),
            ],
            [
                A(
                    "Samples taken at Namanga and Isebania between Sept. 2 and Sept. 19 showed aflatoxin concentrations up to six times the legal limit of 10 parts per billion, according to a statement from the Kenya Bureau of Standards.",
                    "statistic",
                ),
                C(
                    "Kenya imported about 410,000 tonnes of maize from Tanzania last year, roughly a third of its total grain imports.",
                    "statistic",
                ),
                N(
                    "Aflatoxins are toxic compounds produced by moulds that grow on crops stored in warm, humid conditions.",
                    "background",
                ),
            ],
            [
                A(
                    "Tanzania's agriculture ministry called the decision “unilateral and unjustified” and said its own tests had found no contamination.",
                    "denial",
                ),
                A(
                    "“We have not been shown a single laboratory result,” ministry spokesman Elias Mbwambo said.",
                    "quote",
                ),
            ],
            [
                A(
                    "Wholesale maize prices in Nairobi's Wakulima market jumped 14% on Friday morning, traders said.",
                    "statistic",
                ),
                C("A 90-kg bag sold for 5,200 shillings, up from 4,550 shillings a day earlier.", "statistic"),
                N(
                    "The two countries have clashed over cross-border trade several times in the past decade.",
                    "background",
                ),
                N(
                    "In 2021 Tanzania briefly barred Kenyan milk imports in a dispute that was settled after talks between the two presidents.",
                    "background",
                ),
            ],
            [
                A(
                    "Millers warned that flour prices could rise before the end of the month if the ban holds, said Kevin Otieno, chairman of the Cereal Millers Association.",
                    "prediction",
                ),
                N("Kenya's main maize harvest in the Rift Valley usually begins in October.", "background"),
            ],
            [
                A(
                    "The East African Community secretariat said it would convene a meeting of trade officials from both countries next week, after Tanzanian truckers blocked the Namanga crossing for six hours on Friday.",
                    "event",
                    part="Tanzanian truckers blocked the Namanga crossing for six hours on Friday",
                ),
                N(
                    "(Reporting by Duncan Mwere in Nairobi and Halima Salum in Dar es Salaam; Editing by Mark Hollis)",
                    "boilerplate",
                ),
            ],
        ],
    },
    {
        "id": "a02",
        "style": "conflict",
        "paragraphs": [
            [C("Shelling of market kills at least 17 in Congo's North Kivu", "casualty")],
            [
                C(
                    "GOMA, Democratic Republic of Congo (AP) — Artillery shells struck a crowded market in the village of Kanyatsi on Saturday morning, killing at least 17 people and wounding dozens more.",
                    "casualty",
                ),
                A("Most of the dead were women selling produce, a local civil society leader said.", "casualty"),
            ],
            [
                C(
                    "The shells were fired from hills held by the rebel Alliance for the Liberation of Kivu, roughly eight kilometres to the north.",
                    "accusation",
                ),
                A(
                    "The group's spokesman, Jean-Baptiste Mirindi, denied responsibility in a message posted on X and blamed the Congolese army for the attack.",
                    "denial",
                ),
                A("“Our fighters were not in that sector,” he wrote.", "quote"),
            ],
            [
                A(
                    "Doctors at the hospital in nearby Rutshuru said they had received 41 wounded, including nine children, and had run out of blood for transfusions by midday.",
                    "casualty",
                ),
                C("The hospital has only two surgeons.", "statistic"),
            ],
            [
                N(
                    "Fighting between the army and dozens of armed groups has displaced millions of people in North Kivu over the past three decades.",
                    "background",
                ),
                N("The province borders Rwanda and Uganda and is rich in tin, tantalum and gold.", "background"),
            ],
            [
                C(
                    "Saturday's attack came two days after government forces retook the town of Bwito Centre, which the rebels had held since March.",
                    "event",
                ),
                A(
                    "Army spokesman Lt. Col. Patrick Mbuyi said troops had killed 23 rebel fighters in the operation, a figure that could not be independently verified.",
                    "casualty",
                ),
            ],
            [
                A(
                    "The United Nations peacekeeping mission, MONUSCO, said it was “deeply alarmed” and called for an independent investigation.",
                    "reaction",
                ),
                N(
                    "Peacekeepers have been drawing down from the country under a withdrawal plan agreed with Kinshasa.",
                    "background",
                ),
            ],
            [
                A(
                    "Residents said many families had begun leaving Kanyatsi on foot toward Rutshuru by Saturday afternoon.",
                    "event",
                ),
                N("The road south was lined with people carrying mattresses, jerrycans and goats.", "colour"),
                N(
                    "Whether the army can hold its new positions through the rainy season is far from clear.",
                    "analysis",
                ),
                C("It was the deadliest single attack on civilians in the province this year.", "statistic"),
            ],
        ],
    },
    {
        "id": "a03",
        "style": "conflict",
        "paragraphs": [
            [N("Is the Kidal truce already over?", "question")],
            [
                C(
                    "A convoy carrying fuel to the army base at Tessalit was ambushed on Wednesday, less than a week after a ceasefire brokered by Algeria came into force in northern Mali.",
                    "event",
                ),
                A("At least 11 soldiers were killed, two military sources told the BBC.", "casualty"),
            ],
            [
                C(
                    "The attackers used roadside bombs to halt the lead vehicles before opening fire with machine guns from both sides of the track.",
                    "event",
                ),
                C("No group has claimed responsibility.", "event"),
            ],
            [
                A(
                    "Mali's transitional government said in a televised statement that “terrorist elements” had attacked the convoy and that the army had “neutralised” 30 of them.",
                    "casualty",
                ),
                N("It did not provide evidence.", "transition"),
            ],
            [
                N(
                    "The ceasefire, signed in Algiers on 14 May, was meant to halt fighting between the army and Tuareg-led separatist groups that control much of the desert north.",
                    "background",
                ),
                N("Mali has been ruled by the military since coups in 2020 and 2021.", "background"),
                N(
                    "Under the deal, both sides agreed to freeze their positions and let aid convoys through.",
                    "background",
                ),
            ],
            [
                A(
                    "“The army is using the truce to resupply its bases, and we will not accept that,” said Ag Mohamed Assaleh, a spokesman for one of the separatist groups, speaking by phone from Kidal.",
                    "quote",
                ),
                A("He would not say whether his fighters had carried out Wednesday's attack.", "quote"),
            ],
            [
                A("Aid agencies say more than 70,000 people have fled the Tessalit area since January.", "statistic"),
                C(
                    "The town's only functioning health centre closed in April after its staff were threatened.",
                    "event",
                ),
            ],
            [
                N("For many in the north, the truce was never more than a pause.", "opinion"),
                A(
                    "Analysts had warned that an agreement which left the question of who controls Kidal unresolved would struggle to hold.",
                    "analysis",
                ),
                N("Algerian mediators are due to meet both sides again next week.", "schedule"),
                C(
                    "Wednesday's ambush took place about 40km south of Tessalit, on the only road linking the base to the rest of the country.",
                    "event",
                ),
            ],
        ],
    },
    {
        "id": "a04",
        "style": "disaster",
        "paragraphs": [
            [C("Landslide buries village in Central Sulawesi; 23 dead, dozens missing", "casualty")],
            [
                C(
                    "PALU, Indonesia — A landslide triggered by days of heavy rain buried much of the hillside village of Lembah Tinggi early on Monday, killing at least 23 people, with 31 still unaccounted for.",
                    "casualty",
                ),
                A(
                    "Rescuers were digging with shovels and bare hands because heavy machinery could not reach the site, the regional disaster agency said.",
                    "event",
                ),
            ],
            [
                C("The slope gave way at about 3 a.m., while most residents were asleep.", "event"),
                C("Forty-two houses and a primary school were destroyed.", "damage"),
            ],
            [
                A(
                    "“I heard a sound like a plane, and then the lights went out,” said Rahmat Lasimpo, 52, who escaped with his wife and two grandchildren.",
                    "quote",
                ),
                N("His brother's house, a few metres below his own, is gone.", "colour"),
            ],
            [
                A(
                    "The National Disaster Management Agency, BNPB, said 1,800 people had been moved to temporary shelters in three neighbouring villages.",
                    "statistic",
                ),
                N(
                    "Central Sulawesi lies on several active faults and was struck by an earthquake and tsunami in 2018 that killed more than 4,000 people.",
                    "background",
                ),
            ],
            [
                A(
                    "Environmental groups have linked the growing number of landslides in the province to the clearing of forest for nickel mining.",
                    "cause",
                ),
                C(
                    "A nickel concession covering 1,200 hectares was granted on the ridge above Lembah Tinggi in 2022, and clearing began last year.",
                    "cause",
                ),
                N(
                    "The mining company, PT Sulawesi Mineral Utama, did not respond to requests for comment.",
                    "boilerplate",
                ),
            ],
            [
                A(
                    "The provincial governor's office said on Monday evening that the company's operations had been suspended pending an investigation.",
                    "decision",
                ),
                A(
                    "Rainfall in the area over the 72 hours before the collapse was nearly three times the monthly average, according to the meteorology agency BMKG.",
                    "statistic",
                ),
            ],
            [
                N("More rain is forecast for the rest of the week.", "forecast"),
                N("Search operations will resume at first light on Tuesday.", "schedule"),
                C(
                    "Rescuers pulled a six-year-old girl alive from the mud on Monday afternoon, nearly 12 hours after the slide.",
                    "event",
                ),
            ],
        ],
    },
    {
        "id": "a05",
        "style": "business",
        "paragraphs": [
            [C("Nordvik Foods shares slump 18% after profit warning and audit delay", "statistic")],
            [
                C(
                    "OSLO, Feb 12 (Reuters) - Shares in Norwegian salmon processor Nordvik Foods fell 18% on Wednesday, their biggest one-day drop since the company listed in 2011, after it cut its full-year profit forecast and said its auditor needed more time to sign off on its accounts.",
                    "event",
                )
            ],
            [
                A(
                    "The company now expects operating profit of 1.1 billion to 1.3 billion crowns for 2024, down from a previous forecast of 1.8 billion crowns.",
                    "forecast",
                ),
                A(
                    "It blamed higher feed costs and a lice outbreak at farms in northern Norway that forced it to slaughter fish early.",
                    "cause",
                ),
            ],
            [
                N("Nordvik did not say why the audit had been delayed.", "transition"),
                A(
                    "The delay follows a report last month in the business daily Dagens Næringsliv that the company had booked sales to a Polish distributor that were later reversed.",
                    "accusation",
                ),
                C(
                    "Nordvik booked about 240 million crowns of sales to the distributor, Baltic Fresh Sp. z o.o., in the third quarter, and most of the shipments were returned within weeks.",
                    "accusation",
                ),
            ],
            [
                A(
                    "“We are cooperating fully with our auditors and expect to publish audited accounts by the end of March,” chief financial officer Ingrid Solheim said on a call with analysts.",
                    "quote",
                ),
                A("She declined to answer questions about the Polish sales.", "quote"),
            ],
            [
                C("Nordvik's shares had already lost a third of their value since the newspaper report.", "statistic"),
                N("Salmon prices have been volatile since the pandemic.", "background"),
                C(
                    "Analysts at DNB Markets cut their rating on the stock to “sell” from “hold” and lowered their price target to 95 crowns.",
                    "decision",
                ),
            ],
            [
                N("The profit warning is an embarrassment for chief executive Arne Bakke.", "opinion"),
                A(
                    "Bakke told investors at a capital markets day in September that Nordvik would double revenue to 12 billion crowns by 2027.",
                    "quote",
                ),
                A(
                    "The Financial Supervisory Authority of Norway said it was “following the matter” but declined to say whether it had opened an inquiry.",
                    "reaction",
                ),
            ],
            [
                N("Nordvik employs about 2,900 people in Norway, Scotland and Chile.", "background"),
                N("The company will report fourth-quarter results on Feb. 27.", "schedule"),
                N("(Reporting by Lise Hammervold; Editing by Tom Ekholm)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "a06",
        "style": "courts_crime",
        "paragraphs": [
            [C("Former care home manager jailed for stealing £86,000 from residents", "event")],
            [
                C(
                    "A former care home manager who stole more than £86,000 from elderly residents over four years has been jailed for five years and three months.",
                    "event",
                )
            ],
            [
                A(
                    "Deborah Ashworth, 49, of Carr Lane, Wakefield, used residents' bank cards to pay for holidays, a hot tub and her daughter's wedding, Leeds Crown Court heard.",
                    "accusation",
                ),
                C("She pleaded guilty in March to 14 counts of fraud by abuse of position.", "decision"),
            ],
            [
                N("Ashworth managed the Elmfield House care home in Ossett between 2018 and 2022.", "background"),
                A(
                    "Prosecutor James Whitlock told the court she had targeted residents with dementia who had no close family to check their accounts.",
                    "accusation",
                ),
                A("“She chose the people least able to notice, and least able to complain,” he said.", "quote"),
            ],
            [
                C(
                    "The thefts came to light in 2022 when a bank flagged repeated cash withdrawals from the account of a 91-year-old resident in the early hours of the morning.",
                    "event",
                ),
                A("One resident, a retired teacher, lost almost £30,000, the court heard.", "statistic"),
            ],
            [
                A(
                    "Defending, Sarah Pryce said Ashworth had built up gambling debts after the breakdown of her marriage and was “profoundly ashamed”.",
                    "mitigation",
                ),
                A("Judge Alan Morley told Ashworth her offending was “a gross breach of trust”.", "quote"),
            ],
            [
                A(
                    "West Yorkshire Police said it would seek to recover the money under the Proceeds of Crime Act.",
                    "decision",
                ),
                N("A confiscation hearing is expected later this year.", "schedule"),
            ],
            [
                C(
                    "Elmfield House was rated “inadequate” by the Care Quality Commission after an inspection in January 2023, months after Ashworth left.",
                    "event",
                ),
                N("The home has since changed owners.", "background"),
                A(
                    "Relatives say they are still waiting for an apology from the former operator, Highcroft Care Ltd, which went into administration last year.",
                    "reaction",
                    part="Highcroft Care Ltd, which went into administration last year",
                ),
                N("Financial abuse in care settings is notoriously hard to detect.", "opinion"),
                N("Anyone with concerns about a relative's finances can contact the force on 101.", "boilerplate"),
            ],
        ],
    },
    {
        "id": "a07",
        "style": "politics",
        "paragraphs": [
            [C("Portuguese government survives confidence vote as nationalists abstain", "event")],
            [
                C(
                    "LISBON — Portugal's minority government survived a confidence vote on Thursday by 104 votes to 98, after the nationalist Alternativa Nacional party abstained at the last minute.",
                    "event",
                )
            ],
            [
                A(
                    "The vote was called by Prime Minister Luís Carvalho after opposition parties accused his infrastructure minister of steering a €340 million rail contract to a company linked to her husband.",
                    "accusation",
                    part="The vote was called by Prime Minister Luís Carvalho",
                ),
                C("The minister, Helena Baptista, resigned on Monday.", "event"),
                A("She has denied any wrongdoing.", "denial"),
            ],
            [
                C(
                    "The contract was awarded in November to a consortium led by Ferrovia Atlântica, in which Baptista's husband held a 12% stake until last year.",
                    "accusation",
                ),
                A(
                    "Public prosecutors opened an inquiry into the award last week, the attorney general's office confirmed.",
                    "event",
                ),
            ],
            [
                A(
                    "“This government has nothing to hide, and today parliament has said so,” Carvalho told reporters after the vote.",
                    "quote",
                ),
                A(
                    "Opposition leader Marta Quintela said the abstention showed the government was “living on borrowed votes”.",
                    "quote",
                ),
            ],
            [
                N(
                    "The result buys Carvalho time but does little to settle the question of who will back his budget in the autumn.",
                    "analysis",
                ),
                N("His Democratic Alliance holds 80 of the 230 seats in the Assembly of the Republic.", "background"),
                N("Portugal has held three general elections since 2022.", "background"),
            ],
            [
                A(
                    "Alternativa Nacional's leader, Rui Pestana, said his party had abstained “for the sake of stability” but would not support the budget without tax cuts for pensioners.",
                    "quote",
                ),
                C("The party voted against the government in two previous confidence motions.", "event"),
            ],
            [
                A(
                    "Carvalho's approval rating has fallen to 31% from 44% in January, according to a poll by the Aximage institute published on Sunday.",
                    "statistic",
                ),
                N("The budget must be presented to parliament by Oct. 10.", "schedule"),
                N("Few in Lisbon expect it to pass unchanged.", "opinion"),
            ],
        ],
    },
    {
        "id": "a08",
        "style": "science_health",
        "paragraphs": [
            [N("Could a cheap blood pressure pill help prevent dementia?", "question")],
            [
                C(
                    "A generic blood pressure drug costing a few pence a day cut the risk of dementia by about a fifth in people over 65 in a five-year trial of more than 11,000 patients in Britain and Ireland.",
                    "statistic",
                )
            ],
            [
                C(
                    "The results, published on Wednesday in The Lancet, are among the strongest evidence yet that treating high blood pressure more aggressively can protect the brain.",
                    "event",
                ),
                C(
                    "Participants were randomly assigned either to intensive amlodipine-based treatment, aiming for a systolic pressure below 120, or to standard care with a target below 140.",
                    "method",
                ),
            ],
            [
                C(
                    "By the end of the trial, 412 people in the intensive group had been diagnosed with dementia, compared with 509 in the standard group.",
                    "statistic",
                ),
                C(
                    "Rates of fainting and falls were slightly higher in the intensive group, but the difference was not statistically significant.",
                    "statistic",
                ),
            ],
            [
                A(
                    "“This is a pill that is already in every pharmacy,” said Professor Aoife Brennan of University College Dublin, who led the study.",
                    "quote",
                ),
                A(
                    "“If these results hold up, we should be treating blood pressure in older people very differently.”",
                    "quote",
                ),
            ],
            [
                N(
                    "Around 55 million people worldwide live with dementia, and the number is expected to rise sharply as populations age.",
                    "background",
                ),
                N("High blood pressure in midlife has long been recognised as a risk factor.", "background"),
                N(
                    "Until now, however, trials testing whether lowering it prevents dementia have produced mixed results.",
                    "background",
                ),
            ],
            [
                A("Independent experts welcomed the findings but urged caution.", "reaction"),
                A(
                    "Dr Samuel Okafor, a geriatrician at King's College London who was not involved in the research, said the trial had excluded people with diabetes or a history of stroke, who make up a large share of older patients.",
                    "analysis",
                ),
                C(
                    "The study was funded by the National Institute for Health and Care Research and Ireland's Health Research Board, with no money from drug companies.",
                    "funding",
                ),
            ],
            [
                A("NICE, which sets treatment guidelines in England, said it would review the evidence.", "decision"),
                N("Patients should not change their medication without speaking to their GP.", "advice"),
            ],
        ],
    },
    {
        "id": "a09",
        "style": "feature",
        "paragraphs": [
            [N("Where the wells have run dry: a summer in Los Almendros", "headline")],
            [
                N(
                    "At six in the morning, before the heat settles on the valley, Antonio Ruiz walks the length of his grandfather's olive grove and counts the trees that did not survive the winter.",
                    "colour",
                ),
                N("There are 41 of them this year.", "colour"),
            ],
            [
                C(
                    "Los Almendros, a village of 1,900 people in the hills north of Almería, has had no running water in summer for three years.",
                    "statistic",
                ),
                C(
                    "Since 2022 the town hall has trucked in drinking water from the coast twice a week between June and September.",
                    "event",
                ),
                N("Residents queue for it with plastic drums in the square outside the church.", "colour"),
            ],
            [
                N("The cause is no mystery.", "transition"),
                C(
                    "The aquifer beneath the valley has fallen by 34 metres since 2005, as greenhouse farms on the plain below have expanded from a few hundred hectares to more than 4,000.",
                    "cause",
                ),
                C("Much of that growth has relied on wells that were never licensed.", "accusation"),
                C("Fewer than a third of the 630 boreholes in the valley have permits.", "statistic"),
            ],
            [
                A("“Everybody knows whose wells they are,” Ruiz says.", "quote"),
                A("“Nobody wants to be the one who says it out loud.”", "quote"),
            ],
            [
                N(
                    "From the ridge above the village the greenhouses stretch to the sea like a frozen lake of plastic, and much of the salad eaten in northern Europe each winter is grown beneath them.",
                    "colour",
                ),
                C("Tomato exports from the province were worth €1.2 billion last year.", "statistic"),
            ],
            [
                C(
                    "In March the regional government of Andalusia approved an amnesty that would legalise around 1,400 unlicensed wells across the province.",
                    "decision",
                ),
                C("Farmers' associations had lobbied for the measure for more than a decade.", "event"),
                A("The European Commission has warned Spain that the amnesty may breach EU water law.", "reaction"),
            ],
            [
                N(
                    "For those who stayed in Los Almendros, the arguments in Seville and Brussels feel very far away.",
                    "opinion",
                ),
                C("The primary school closed in 2023 when enrolment fell to seven pupils.", "event"),
                C("The last bakery shut in the spring.", "event"),
                N("Ruiz's own children live in Barcelona and Lyon.", "colour"),
                A(
                    "“They ask me when I'm leaving,” he says, looking back at the grove, “and I tell them I'm waiting for rain.”",
                    "quote",
                ),
            ],
        ],
    },
    {
        "id": "a10",
        "style": "local",
        "paragraphs": [
            [C("Harlan Springs council approves 22% water rate increase", "decision")],
            [
                C(
                    "The Harlan Springs City Council voted 5-2 on Tuesday night to raise water rates by 22% starting in January, the first increase since 2016.",
                    "decision",
                )
            ],
            [
                C("The average household bill will rise from about $48 to $59 a month.", "statistic"),
                C("Council members Dana Whitfield and Marcus Greer voted against the measure.", "decision"),
            ],
            [
                C(
                    "The increase will pay for the replacement of about 14 miles of cast-iron water mains, some of which date to the 1920s.",
                    "statistic",
                ),
                N("The city's water plant on River Road was built in 1958 and expanded in 1987.", "background"),
            ],
            [
                C(
                    "Pipe breaks have more than doubled in the past five years, from 31 in 2019 to 74 last year.",
                    "statistic",
                ),
                C("In February a main break on Elm Street left about 600 homes without water for two days.", "event"),
            ],
            [
                A(
                    "Public Works Director Karen Liu told the council that delaying the work would only make it more expensive.",
                    "quote",
                ),
                A("“We are patching a system that is older than most of the people in this room,” she said.", "quote"),
            ],
            [
                N(
                    "About 40 residents attended the meeting, and more than a dozen spoke during public comment, most of them against the increase.",
                    "colour",
                ),
                A("Several said they had not been told about the proposal until last week.", "reaction"),
                A(
                    "Retiree Phyllis Moran said her fixed income could not absorb another increase after the city raised trash fees last spring.",
                    "reaction",
                    part="the city raised trash fees last spring",
                ),
            ],
            [
                C(
                    "The city offers a 30% discount to households enrolled in the state's home energy assistance program.",
                    "policy",
                ),
                C("Fewer than 200 households currently use it.", "statistic"),
            ],
            [
                N("It was, by the standards of Harlan Springs council meetings, a lively night.", "colour"),
                N("The new rates must still pass a second reading on Nov. 12.", "schedule"),
                N("The full rate schedule is posted on the city's website.", "boilerplate"),
                N("Reporter Jen Alvarez can be reached at 555-0143 or jalvarez@hsledger.com.", "boilerplate"),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
