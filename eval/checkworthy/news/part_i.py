"""News check-worthiness dev set, part i (see GUIDELINES.md).

python3 eval/checkworthy/news/part_i.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "i01",
        "style": "conflict",
        "paragraphs": [
            [C("Drone strike on fuel depot kills nine in northern Mali as ceasefire talks stall", "event")],
            [
                C(
                    "BAMAKO, May 14 — A drone strike on a fuel depot on the outskirts of the northern town of Anefis late on Tuesday killed at least nine people, most of them drivers who had been sleeping beside their tankers while they waited for a convoy escort to Kidal.",
                    "casualty",
                ),
                C(
                    "The strike, which set off fires that burned until dawn and destroyed more than 30 tanker trucks, came two days after mediators in Algiers adjourned talks between the government and the Azawad Liberation Coalition without setting a new date.",
                    "damage",
                ),
            ],
            [
                A(
                    "No group has claimed responsibility, but the coalition, an alliance of mostly Tuareg armed movements that controls much of the road north of Gao, accused the army of carrying out the attack with Turkish-made drones it acquired last year.",
                    "accusation",
                    part="an alliance of mostly Tuareg armed movements that controls much of the road north of Gao",
                ),
                A(
                    "An army spokesman, Colonel Ibrahima Sangaré, told state television on Wednesday that the military had conducted 'precision operations against terrorist logistics' in the region but did not confirm or deny that the depot had been targeted.",
                    "quote",
                ),
            ],
            [
                N(
                    "Mali's military government, which seized power in 2021, has relied increasingly on drones since the departure of United Nations peacekeepers, whose mission formally ended in December 2023 after a decade in the country.",
                    "background",
                )
            ],
            [
                A(
                    "Ousmane Ag Hamma, a driver who said he had pulled two colleagues from a burning cab, described hearing a buzzing overhead for nearly an hour before the first explosion shook the compound.",
                    "witness",
                ),
                A(
                    "'We thought they were watching the road, not us,' he said by telephone from a clinic in Anefis, where he was being treated for burns to his arms.",
                    "quote",
                ),
            ],
            [
                N(
                    "The clinic, a single-storey building with eight beds, sits beside the town's only mosque, and on Wednesday morning relatives crowded its courtyard under a haze of black smoke drifting from the depot a kilometre away.",
                    "colour",
                ),
                A(
                    "The Médecins Sans Frontières team in Gao said it had received 14 wounded patients overnight, four of whom were in critical condition, and appealed for safe passage for ambulances on the northern road.",
                    "casualty",
                ),
            ],
            [
                A(
                    "Fuel prices in Kidal have tripled since March, when the coalition began restricting convoys in response to what it called the army's encirclement of the town, according to traders and a local official.",
                    "statistic",
                ),
                N(
                    "The conflict in northern Mali dates back to a 2012 rebellion that was hijacked by jihadist groups, prompting a French military intervention the following year and a series of peace accords that have since collapsed.",
                    "background",
                ),
            ],
            [
                A(
                    "Western diplomats in Bamako said privately that the strike appeared designed to weaken the coalition's position before talks resume, though one cautioned that the army may not have known the depot was being used by civilian drivers.",
                    "analysis",
                ),
                N("Whether either side still wants a negotiated settlement is far from clear.", "opinion"),
                N("Mediators are expected to propose a new round of talks before the end of the month.", "schedule"),
            ],
            [
                N(
                    "(Reporting by Aminata Keïta in Bamako; additional reporting by Lamine Touré in Algiers; Editing by Philippa Grant)",
                    "boilerplate",
                )
            ],
        ],
    },
    {
        "id": "i02",
        "style": "conflict",
        "paragraphs": [
            [N("Who is behind the attack on the Lake Chad island garrison?", "question")],
            [
                C(
                    "Gunmen in motorboats overran a military outpost on Kirta island in the Nigerien sector of Lake Chad before dawn on Sunday, killing at least 17 soldiers and seizing weapons and two armoured vehicles before retreating into the reed beds that cover much of the lake's northern basin.",
                    "event",
                ),
                C(
                    "The assault was the deadliest on Niger's forces in the lake region since January, when an ambush near the town of Bosso killed 22 troops, and it came a week after the army announced it had cleared the islands of militants.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Niger's defence ministry confirmed the attack in a statement read on national radio on Monday but gave a lower toll of 11 dead and nine wounded, saying 'a large number of terrorists' had been 'neutralised' in the counter-offensive.",
                    "casualty",
                ),
                A(
                    "Two security sources in Diffa, who spoke on condition of anonymity because they were not authorised to talk to the media, said the attackers numbered more than 100 and had arrived in at least 15 boats.",
                    "event",
                ),
            ],
            [
                C(
                    "No group has claimed the raid, although the Islamic State West Africa Province, which split from Boko Haram in 2016, has carried out similar attacks on island bases in the past two years.",
                    "responsibility",
                ),
                N(
                    "The Lake Chad basin, shared by Niger, Nigeria, Chad and Cameroon, has shrunk by about 90 percent since the 1960s, and its maze of islands and floating vegetation has long offered refuge to armed groups.",
                    "background",
                ),
            ],
            [
                A(
                    "Residents of Bosso said soldiers had evacuated two smaller positions on neighbouring islands on Sunday afternoon, a move that military analysts said could leave fishing communities exposed to reprisals.",
                    "event",
                ),
                A(
                    "'When the soldiers leave, the fighters come back the same night and ask who was talking to the army,' said Hadiza Mamane, a fish trader who fled Kirta last year and now lives in a camp outside Diffa.",
                    "quote",
                ),
                C(
                    "The camp, one of nine around Diffa, houses roughly 40,000 people, many of whom have been displaced more than once since the insurgency spread across the border from Nigeria.",
                    "statistic",
                ),
            ],
            [
                A(
                    "The Multinational Joint Task Force, the regional coalition set up to fight the insurgency, has been weakened since Chad withdrew two battalions last autumn, a decision N'Djamena blamed on a lack of support from its neighbours.",
                    "analysis",
                    part="The Multinational Joint Task Force, the regional coalition set up to fight the insurgency, has been weakened since Chad withdrew two battalions last autumn",
                ),
                N(
                    "Niger's military leaders, who took power in a coup in July 2023, have since expelled French forces and turned to Russia for security assistance.",
                    "background",
                ),
            ],
            [
                N(
                    "It was not immediately possible to verify either side's account, as journalists are barred from travelling to the lake islands without a military escort.",
                    "verification",
                ),
                A(
                    "Analysts say the raid shows the militants can still mass fighters at short notice despite months of air strikes on their camps.",
                    "analysis",
                ),
                N("Funerals for the soldiers are scheduled for Tuesday in Niamey.", "schedule"),
            ],
            [
                N("This article was compiled from agency reports.", "boilerplate"),
                N("Copyright 2025 Sahel Daily Digest — All rights reserved", "boilerplate"),
            ],
        ],
    },
    {
        "id": "i03",
        "style": "politics",
        "paragraphs": [
            [
                C(
                    "Province shelved Cape Breton hospital expansion months before premier called it 'shovel-ready'",
                    "decision",
                )
            ],
            [
                C(
                    "HALIFAX — Nova Scotia's cabinet voted in February to indefinitely postpone a $410-million expansion of the regional hospital in Sydney, five months before Premier Dale MacIsaac stood in the hospital's parking lot and told voters the project was 'shovel-ready.'",
                    "decision",
                ),
                A(
                    "The minutes, obtained by the Cape Breton Ledger through a freedom-of-information request, record that Finance Minister Heather Boudreau recommended the delay after the department's projections showed a deficit of $1.2 billion for the coming fiscal year, roughly double the figure published in the spring budget.",
                    "document",
                    part="roughly double the figure published in the spring budget",
                ),
            ],
            [
                N("MacIsaac's office did not respond to three requests for comment on Thursday.", "response"),
                A(
                    "Boudreau, in a brief statement, said the government 'remains fully committed' to the Sydney project and that 'timelines are being reviewed as part of normal fiscal planning.'",
                    "quote",
                ),
            ],
            [
                C(
                    "The expansion, which would add 120 beds, a new cancer centre and an emergency department twice the size of the current one, was first announced in 2019 by the previous Liberal government and has been re-announced at least four times since.",
                    "statistic",
                ),
                C(
                    "Emergency room wait times at the Sydney hospital averaged 11.4 hours last year, the longest of any hospital in the province, and the emergency department closed temporarily on 38 days because of staff shortages.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Opposition leader Colin Fraser called the revelation 'a betrayal of every family in Cape Breton' and said his party would ask the legislature's public accounts committee to summon Boudreau and the deputy minister of health.",
                    "quote",
                ),
                N(
                    "The committee, which meets on Wednesdays when the legislature is sitting, is chaired by a member of the governing party.",
                    "background",
                ),
            ],
            [
                N(
                    "The timing is awkward for MacIsaac, whose Progressive Conservatives won 31 of the legislature's 55 seats in last year's election on a campaign built almost entirely around health care.",
                    "analysis",
                ),
                A(
                    "Health-care workers' unions have warned for years that the region's hospitals cannot recruit enough nurses, and the Nova Scotia Nurses' Union said on Thursday that 140 nursing positions in the Cape Breton zone are currently vacant.",
                    "statistic",
                ),
            ],
            [
                N("Is the project dead?", "question"),
                A(
                    "Not according to the premier's allies, who point out that the minutes describe an 'indefinite postponement' rather than a cancellation, and that $22 million has already been spent on design work and site preparation.",
                    "statistic",
                ),
                A(
                    "But construction industry figures say that a delay of even a year would push the cost well past half a billion dollars, given how quickly the price of steel, concrete and skilled labour has risen since the project was first costed.",
                    "prediction",
                ),
            ],
            [
                N("The public accounts committee is scheduled to meet next on Oct. 8.", "schedule"),
                N("With files from Marie LeBlanc", "boilerplate"),
            ],
        ],
    },
    {
        "id": "i04",
        "style": "politics",
        "paragraphs": [
            [C("Latvian coalition collapses as Rural Alliance quits over defence tax", "event")],
            [
                C(
                    "RIGA, Sept 3 — Latvia's three-party governing coalition collapsed on Wednesday after the Rural Alliance withdrew its four ministers in protest at a proposed defence surcharge on income tax, leaving Prime Minister Andris Kalniņš without a majority in the 100-seat Saeima.",
                    "event",
                ),
                C(
                    "The surcharge, which would have raised income tax by 1.5 percentage points for five years to fund air defence purchases, was approved by cabinet last week over the objections of the Rural Alliance, whose voters are concentrated in the eastern regions bordering Russia and Belarus.",
                    "decision",
                ),
            ],
            [
                A(
                    "Kalniņš, a former central bank economist who became prime minister in 2023, said in a televised address that he would not resign and would seek to form a minority government with the support of two opposition parties.",
                    "statement",
                ),
                A("'Security is not a luxury we can postpone until it becomes convenient,' he said.", "quote"),
            ],
            [
                A(
                    "Rural Alliance leader Inese Vītola told reporters outside parliament that her party supported higher defence spending but could not accept 'a tax that falls hardest on pensioners and farmers who already earn the least in the European Union.'",
                    "quote",
                ),
                C(
                    "Latvian farm incomes, which averaged roughly 41 percent of the EU average last year, are the third-lowest in the bloc after those of Romania and Bulgaria.",
                    "statistic",
                ),
            ],
            [
                N(
                    "Latvia, a member of NATO since 2004, has raised military spending sharply since Russia's full-scale invasion of Ukraine in February 2022 and reintroduced conscription in 2023.",
                    "background",
                ),
                C(
                    "Defence spending is budgeted at 3.7 percent of gross domestic product this year, among the highest ratios in the alliance, and the government had planned to lift it above 4 percent by 2027.",
                    "statistic",
                ),
            ],
            [
                A(
                    "The collapse is the second in less than two years and comes as the coalition's approval rating has sunk to 18 percent, the lowest for any Latvian government since the 2008 financial crisis, according to a SKDS poll published in August.",
                    "statistic",
                    part="The collapse is the second in less than two years",
                ),
                N(
                    "The president, who under the constitution nominates the prime minister, will begin consultations with party leaders on Thursday.",
                    "schedule",
                ),
            ],
            [
                A(
                    "Analysts said a minority government would struggle to pass the 2026 budget, which must be submitted to parliament by mid-October.",
                    "analysis",
                ),
                N(
                    "A snap election cannot be called easily in Latvia, where dissolving parliament early requires a referendum initiated by the president.",
                    "background",
                ),
            ],
            [
                C(
                    "The yield on Latvia's 10-year government bond rose 14 basis points to 3.62 percent after the announcement, its biggest one-day rise since March.",
                    "market",
                ),
                N(
                    "The Saeima is due to debate the surcharge bill, which remains on its agenda, next Tuesday.",
                    "schedule",
                ),
            ],
            [N("Reporting by Jānis Bērziņš; Editing by Tom Ashworth", "boilerplate")],
        ],
    },
    {
        "id": "i05",
        "style": "feature",
        "paragraphs": [
            [C("How one toxic bloom cost a Chilean fishing town almost half its people", "cause")],
            [
                N(
                    "On a grey morning in late June, the harbour at Puerto Quellón Alto is so quiet that you can hear the halyards knocking against the masts of boats that have not left their moorings in months.",
                    "colour",
                ),
                C(
                    "Three years ago this stretch of the Chiloé coast supported 14 salmon farms and a processing plant that employed 1,100 people; today two farms remain, and the plant's gates have been chained shut since the harmful algal bloom of 2022 killed an estimated 6 million fish in eleven days.",
                    "statistic",
                ),
            ],
            [
                N(
                    "Marisol Cárcamo, who worked on the plant's filleting line for 19 years, now sells empanadas from a folding table outside the shuttered bank branch on the main square.",
                    "colour",
                ),
                A(
                    "'The company told us it would reopen in six months,' she said, wiping flour from her hands.",
                    "quote",
                ),
                A("'That was three winters ago.'", "quote"),
            ],
            [
                A(
                    "The company, Salmones Austral, was fined 2.3 billion pesos by Chile's environmental regulator in 2023 for exceeding its permitted stocking density at three of the farms, a violation that scientists have linked to the severity of the die-off.",
                    "accusation",
                    part="The company, Salmones Austral, was fined 2.3 billion pesos by Chile's environmental regulator in 2023 for exceeding its permitted stocking density at three of the farms",
                ),
                N(
                    "Blooms of this kind are not new to southern Chile, where the cold, nutrient-rich fjords have produced red tides for as long as fishermen have kept records.",
                    "background",
                ),
                C(
                    "What has changed is their frequency: the region has recorded a major bloom in six of the past ten summers, compared with two in the whole of the 1990s.",
                    "statistic",
                ),
                A(
                    "Oceanographers at the Universidad Austral in Valdivia attribute the shift mainly to warmer surface water and weaker summer rainfall, though some also point to the nitrogen released by the farms themselves.",
                    "cause",
                ),
            ],
            [
                C(
                    "The town's population has fallen from about 9,000 to fewer than 5,500 since the plant closed, and the secondary school, which once ran two shifts a day, now has a single class of final-year students.",
                    "statistic",
                )
            ],
            [
                N("Not everyone wants the salmon back.", "transition"),
                C(
                    "A cooperative of 40 families has begun farming mussels and seaweed in the bay, and last year it sold 310 tonnes of mussels to processors in Puerto Montt, earning more than the town's two remaining salmon farms made in export revenue.",
                    "statistic",
                ),
                N(
                    "Chile is the world's second-largest producer of farmed salmon after Norway, and the industry has for decades been one of the country's biggest food exports.",
                    "background",
                ),
            ],
            [
                A(
                    "The national government approved a law in January that will require all farms to relocate out of protected coastal zones by 2030, a measure the industry says will cost 20,000 jobs.",
                    "decision",
                    part="The national government approved a law in January that will require all farms to relocate out of protected coastal zones by 2030",
                ),
                N(
                    "In Puerto Quellón Alto, where the last bus to Castro leaves at four in the afternoon, few people expect to be around long enough to find out whether the mussels can do what the salmon once did.",
                    "colour",
                ),
            ],
        ],
    },
    {
        "id": "i06",
        "style": "analysis",
        "paragraphs": [
            [N("Why Thailand's durian boom may be about to bust", "headline")],
            [
                N(
                    "For most of the past decade, the durian has been the closest thing Thai agriculture has had to a money machine, its pungent, spiky fruit fetching ever-higher prices in Chinese supermarkets and turning orchard owners in the eastern provinces into minor celebrities.",
                    "colour",
                ),
                C(
                    "Thailand exported 1.04 million tonnes of fresh durian in 2024, worth about 3.6 billion dollars, and roughly nine in ten of those fruit went to China.",
                    "statistic",
                ),
            ],
            [
                C(
                    "That dependence now looks like a liability, after Chinese customs in May began rejecting shipments found to contain traces of Basic Yellow 2, an industrial dye that some exporters had used to make the fruit's flesh look riper.",
                    "event",
                ),
                A(
                    "Chinese state media reported in June that customs officers in Pingxiang had found the dye in samples from 27 Thai exporters, and that every consignment would in future need a certificate of laboratory testing.",
                    "event",
                ),
                C(
                    "Since then, more than 600 containers have been turned back or destroyed at border crossings in Guangxi, and wholesale prices at the Chanthaburi market have fallen by almost half.",
                    "statistic",
                ),
            ],
            [
                N(
                    "The timing could hardly be worse for Thai growers, who have spent heavily converting rubber and mangosteen plantations into durian orchards that take five years or more to bear fruit.",
                    "analysis",
                ),
                A(
                    "The area planted with durian in Thailand has more than doubled since 2017, to roughly 1.5 million rai, according to the agriculture ministry, and much of that acreage will reach maturity over the next three years.",
                    "statistic",
                ),
            ],
            [
                C(
                    "Vietnam, meanwhile, has moved quickly to fill the gap: its durian shipments to China rose 38 percent in the first half of the year, overtaking Thailand's by volume for the first time, and Malaysia won approval in July to export fresh whole fruit rather than only frozen pulp.",
                    "statistic",
                )
            ],
            [
                A(
                    "Thai officials insist the dye problem is confined to a handful of packing houses and that new testing at the border will restore Chinese confidence by the peak of next season.",
                    "statement",
                ),
                A(
                    "'Every container that comes back costs me 40,000 dollars, and the bank does not care whose fault the dye was,' said Somchai Rattanakorn, who ships about 200 containers a season from a packing house near Chanthaburi.",
                    "quote",
                ),
            ],
            [
                N(
                    "There is a deeper problem, too: a fruit that commands a premium because it is scarce and exotic cannot keep that premium when three countries are racing to grow more of it.",
                    "opinion",
                ),
                N(
                    "The last time Thailand bet this heavily on one crop and one buyer, rubber prices fell by about two thirds between 2011 and 2015, leaving thousands of southern smallholders in debt.",
                    "background",
                ),
            ],
            [
                C(
                    "The government has set aside 1.2 billion baht for low-interest loans to affected growers, a sum that works out at less than 3,000 baht per registered orchard.",
                    "statistic",
                ),
                N(
                    "Whether that is enough to stop a wave of distressed orchard sales should become clear once the harvest in the south ends in September.",
                    "prediction",
                ),
            ],
        ],
    },
    {
        "id": "i07",
        "style": "business",
        "paragraphs": [
            [C("Rheinwerk Chemie to cut 3,800 jobs and close Ludwigshafen cracker as energy costs bite", "decision")],
            [
                A(
                    "FRANKFURT (Market Wire) — Rheinwerk Chemie, Germany's third-largest chemicals maker, said on Thursday it would cut 3,800 jobs and permanently shut one of two steam crackers at its main site in Ludwigshafen by the end of 2026, blaming energy prices it said remained more than double those paid by US rivals.",
                    "decision",
                    part="Germany's third-largest chemicals maker",
                ),
                C(
                    "The cuts, equivalent to about 9 percent of the group's workforce, come on top of 2,100 job losses announced in 2023 and will fall mostly on production staff in Rhineland-Palatinate, where Rheinwerk is the largest private employer.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Shares in Rheinwerk rose 6.4 percent to 41.80 euros by midday in Frankfurt, making them the biggest gainers on the DAX, as investors welcomed a plan that the company said would save 1.1 billion euros a year from 2027.",
                    "market",
                    part="Shares in Rheinwerk rose 6.4 percent to 41.80 euros by midday in Frankfurt, making them the biggest gainers on the DAX",
                ),
                C(
                    "The company also cut its full-year forecast for adjusted operating profit to between 2.4 billion and 2.7 billion euros, from a previous range of 3.0 billion to 3.4 billion, after second-quarter earnings fell 31 percent.",
                    "statistic",
                ),
                C(
                    "Rheinwerk's net debt rose to 14.6 billion euros at the end of June, and Moody's placed its A3 credit rating on review for downgrade last month, citing weak demand in construction and the car industry.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Chief Executive Katrin Albers told analysts on a conference call that the company had 'no realistic path' to running the cracker profitably without a fundamental change in German energy policy.",
                    "quote",
                ),
                A(
                    "The IG BCE union, which represents most of the affected workers, said it would fight any compulsory redundancies and accused management of using energy prices as cover for cuts it had long planned.",
                    "accusation",
                ),
            ],
            [
                N(
                    "Germany's chemicals industry, which consumes about 15 percent of the country's natural gas, has been hit harder than most by the loss of cheap Russian pipeline gas after Moscow's invasion of Ukraine in 2022.",
                    "background",
                ),
                A(
                    "Chemical production in Germany fell 11 percent last year to its lowest level since 1995, and industry group VCI has warned that a third of its members are considering moving investment abroad.",
                    "statistic",
                    part="Chemical production in Germany fell 11 percent last year to its lowest level since 1995",
                ),
            ],
            [
                N(
                    "Rheinwerk, which was founded in 1881 as a dye works on the banks of the Rhine, employs about 42,000 people worldwide.",
                    "background",
                ),
                C(
                    "The cracker due to close, which turns naphtha into ethylene and propylene for plastics, has been running at less than 60 percent of capacity since last autumn.",
                    "statistic",
                ),
                C(
                    "The closure will also end supplies to at least four smaller chemical firms on the Ludwigshafen site that buy ethylene directly from the cracker by pipeline.",
                    "consequence",
                ),
            ],
            [
                A(
                    "Economy Minister Jürgen Hallström said the decision was 'painful but not surprising' and repeated the government's pledge to introduce a subsidised industrial power price from next year.",
                    "quote",
                ),
                N("The plan still needs the approval of the supervisory board, which meets on Sept. 18.", "schedule"),
            ],
            [N("(Reporting by Lena Hoffmann; Writing by Mark Dunne; Editing by Susan Fenton)", "boilerplate")],
        ],
    },
    {
        "id": "i08",
        "style": "science_health",
        "paragraphs": [
            [C("Legionnaires' disease outbreak in Wrexham linked to cooling tower at retail park", "cause")],
            [
                A(
                    "Two people have died and 23 others have been taken to hospital in an outbreak of Legionnaires' disease in Wrexham that health officials have traced to a cooling tower on the roof of the Dee Valley Retail Park.",
                    "casualty",
                    part="Two people have died and 23 others have been taken to hospital in an outbreak of Legionnaires' disease in Wrexham",
                ),
                A(
                    "Public Health Wales said on Friday that samples taken from the tower on Tuesday had tested positive for Legionella pneumophila serogroup 1, the same strain identified in 14 of the patients, and that the tower had been shut down and disinfected.",
                    "cause",
                ),
            ],
            [
                C(
                    "The first cases were reported to Wrexham Maelor Hospital on Aug. 9, and the number of confirmed infections more than doubled in the week that followed, with most of the patients aged over 60.",
                    "statistic",
                ),
                A(
                    "One of those who died, Gwyneth Pritchard, 78, a retired primary school teacher from Rhosddu, had visited the retail park for her weekly shop two days before she fell ill, her son said.",
                    "casualty",
                ),
            ],
            [
                N(
                    "Legionnaires' disease, a severe form of pneumonia, is caught by breathing in tiny droplets of contaminated water and cannot be passed from person to person.",
                    "background",
                ),
                N(
                    "The bacteria thrive in water between 20C and 45C, which is why poorly maintained cooling towers, hot tubs and air-conditioning systems in large buildings are the most common sources of outbreaks.",
                    "background",
                ),
            ],
            [
                C(
                    "The retail park's owner, Clwyd Estates, had been warned by Wrexham County Borough Council in March that the tower's water treatment records were incomplete, and a follow-up inspection scheduled for June did not take place.",
                    "accusation",
                ),
                A(
                    "A spokesperson for Clwyd Estates said the company was 'cooperating fully' with the investigation and that its contractors had carried out the required quarterly tests.",
                    "denial",
                ),
            ],
            [
                A(
                    "Dr Siân Roberts, a consultant in health protection, said further cases could emerge because symptoms can take up to 14 days to appear, and urged anyone who had visited the park since late July and developed a cough, fever or breathlessness to call NHS 111.",
                    "advice",
                ),
                C(
                    "The Health and Safety Executive has opened an investigation into the tower's maintenance, which could lead to a prosecution of the owner or its contractors.",
                    "event",
                ),
                C(
                    "The outbreak is the largest in Wales since 2016, when 11 people fell ill after an outbreak linked to a spa pool at a hotel in Conwy.",
                    "statistic",
                ),
            ],
            [
                N(
                    "Patients' families are due to meet health officials at the Guildhall on Monday evening.",
                    "schedule",
                ),
                N(
                    "If you have been affected by this story, you can contact our newsdesk at news@wrexhamleader.co.uk.",
                    "boilerplate",
                ),
            ],
        ],
    },
    {
        "id": "i09",
        "style": "disaster",
        "paragraphs": [
            [C("Floods in southern Brazil kill at least 31, leave 60,000 homeless", "casualty")],
            [
                C(
                    "BLUMENAU, Brazil, Nov 12 — Torrential rain in the southern state of Santa Catarina has killed at least 31 people and forced more than 60,000 from their homes after the Itajaí-Açu river burst its banks on Sunday night, flooding much of the low-lying city of Blumenau and at least a dozen neighbouring towns.",
                    "casualty",
                ),
                C(
                    "Some parts of the Vale do Itajaí received more than 400 millimetres of rain in 72 hours, nearly three times the average for the whole of November, and the river peaked at 14.8 metres in Blumenau on Monday afternoon, its highest level since 1984.",
                    "statistic",
                ),
            ],
            [
                C(
                    "Rescuers in boats and helicopters were still searching on Tuesday for at least 47 people reported missing, most of them in the hillside district of Garcia, where a landslide buried around 20 houses before dawn on Monday.",
                    "casualty",
                ),
                A(
                    "State governor Ricardo Wendhausen declared a state of public calamity and said the federal government had promised 1.5 billion reais in emergency aid, though he warned that the figure would 'not come close' to covering the damage.",
                    "decision",
                    part="State governor Ricardo Wendhausen declared a state of public calamity",
                ),
                A(
                    "Brazil's president, who flew over the region by helicopter on Tuesday morning, said the armed forces would send 2,000 more troops to help with rescues and the distribution of food, water and medicine.",
                    "decision",
                ),
            ],
            [
                N(
                    "Blumenau, a city of about 360,000 founded by German immigrants in 1850, sits in a narrow valley that has been prone to flooding since its earliest days, and its residents still mark the great floods of 1983 and 1984.",
                    "background",
                ),
                A(
                    "The city built a system of dikes and retention basins after those floods, but engineers have warned for years that rapid construction on the surrounding hillsides has made landslides more likely.",
                    "analysis",
                ),
            ],
            [
                N(
                    "At the Vila Nova gymnasium on Tuesday, families slept on foam mattresses laid in rows across the basketball court while volunteers handed out bottled water, nappies and dry clothes.",
                    "colour",
                ),
                A(
                    "'The water came up to the second floor in twenty minutes, and we left with nothing but the children,' said Adriana Schmitt, 34, who lives with her husband and three sons in the Itoupava Norte neighbourhood.",
                    "quote",
                ),
            ],
            [
                C(
                    "Electricity was cut to about 210,000 homes across the state, and the BR-470 highway, the main route between the coast and the interior, was closed in four places by landslides and collapsed sections of road.",
                    "damage",
                ),
                C(
                    "The port of Itajaí, one of Brazil's busiest container terminals, suspended operations on Monday after the river's current broke the moorings of two cargo ships.",
                    "damage",
                ),
            ],
            [
                A(
                    "Meteorologists said the rain was caused by a slow-moving extratropical cyclone that stalled over the coast, and forecast a further 100 millimetres in the region by Thursday.",
                    "cause",
                ),
                N(
                    "The floods come 18 months after the worst disaster in the history of neighbouring Rio Grande do Sul, where floods in May 2024 killed more than 180 people.",
                    "background",
                ),
                C(
                    "Rainfall in southern Brazil has become markedly more intense over the past two decades, with the number of days on which more than 100 millimetres fell in Santa Catarina roughly doubling since 2000.",
                    "statistic",
                ),
            ],
            [N("Authorities were expected to update the death toll later on Tuesday.", "schedule")],
        ],
    },
    {
        "id": "i10",
        "style": "wire",
        "paragraphs": [
            [C("Cargo plane crashes on approach to Almaty airport, killing four crew", "event")],
            [
                A(
                    "ALMATY, Kazakhstan (AP) — A cargo plane operated by a Kazakh freight company crashed in a field about 3 kilometres short of the runway at Almaty International Airport early on Saturday, killing all four crew members on board, the Emergency Situations Ministry said.",
                    "casualty",
                ),
                A(
                    "The Boeing 737-400 freighter, operated by Steppe Air Cargo, had taken off from Ürümqi in western China about two hours earlier and was carrying 16 tonnes of electronics and textiles, the company said in a statement.",
                    "event",
                ),
            ],
            [
                C(
                    "The aircraft came down at 4:52 a.m. local time in light snow and fog, hitting a power line and then skidding across a frozen irrigation channel before catching fire, and no one on the ground was hurt.",
                    "event",
                ),
                A(
                    "Video filmed by a motorist on the nearby highway and shared widely on social media appeared to show the plane flying unusually low with its landing lights on seconds before the impact.",
                    "video",
                ),
                A(
                    "Transport Minister Nurlan Sarsenbayev said a government commission would investigate and that the plane's flight data and cockpit voice recorders had been recovered and would be sent abroad for decoding.",
                    "statement",
                ),
            ],
            [
                C(
                    "Steppe Air Cargo, which operates a fleet of five ageing Boeing freighters, was banned from flying in European Union airspace in 2022 over safety concerns, and Kazakhstan's aviation regulator grounded one of its aircraft last year after an engine failure.",
                    "accusation",
                ),
                A(
                    "The airport suspended all flights for six hours on Saturday morning, diverting at least 14 passenger flights to Astana and Shymkent, and an airport spokeswoman said normal operations had resumed by early afternoon.",
                    "event",
                    part="The airport suspended all flights for six hours on Saturday morning, diverting at least 14 passenger flights to Astana and Shymkent",
                ),
            ],
            [
                N(
                    "Almaty's airport, which sits in the foothills of the Tien Shan mountains at an altitude of about 680 metres, is known among pilots for sudden winter fog that can reduce visibility to a few hundred metres.",
                    "background",
                ),
                C(
                    "Saturday's crash was the first fatal accident involving a cargo aircraft in Kazakhstan since 2016.",
                    "statistic",
                ),
                C(
                    "The four crew members, three Kazakh nationals and a Ukrainian flight engineer, have not yet been publicly named.",
                    "casualty",
                ),
            ],
            [
                N(
                    "Families of the crew gathered at the company's offices near the airport on Saturday afternoon, some of them weeping as they waited for officials to arrive.",
                    "colour",
                ),
                N("The commission is due to publish a preliminary report within 30 days.", "schedule"),
            ],
            [N("Copyright 2025 The Associated Press.", "boilerplate"), N("All rights reserved.", "boilerplate")],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
