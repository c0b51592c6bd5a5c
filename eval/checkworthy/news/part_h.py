"""News check-worthiness dev set, part h (see GUIDELINES.md).

python3 eval/checkworthy/news/part_h.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "h01",
        "style": "conflict",
        "paragraphs": [
            [C("Rebels seize gold-mining town in eastern Congo as thousands flee toward Ugandan border", "event")],
            [
                C(
                    "BUNIA, Democratic Republic of Congo (Reuters) - Fighters from the Ituri Liberation Movement, an armed group that emerged from a split in a larger militia in 2019, seized the gold-mining town of Kabilo on Wednesday after two days of clashes with the army, forcing thousands of residents to flee east.",
                    "event",
                ),
                C(
                    "The fighting killed at least 27 civilians, among them nine children who were sheltering in a church compound on the edge of the town when mortar rounds struck its outer wall on Tuesday evening.",
                    "casualty",
                ),
                A(
                    'The army\'s regional spokesman, Lieutenant Colonel Jules Mbaya, said troops had carried out a "tactical withdrawal" to protect civilians and would retake the town within days, though he gave no figures for military casualties.',
                    "statement",
                ),
            ],
            [
                N(
                    'Ituri, a province of roughly 5.7 million people bordering Uganda and South Sudan, has been under a "state of siege" since 2021, a measure that replaced its civilian governor and local administrators with army and police officers.',
                    "background",
                ),
                N(
                    "Dozens of armed groups operate in the province, many of them organised along ethnic lines and financed in part by the trade in gold dug by hand from alluvial deposits in its rivers and forests.",
                    "background",
                ),
                A(
                    "The Ituri Liberation Movement, which the United Nations accused in a 2023 report of recruiting child soldiers, has now taken control of three of the four main mining sites in Djugu territory, cutting off a road the army used to resupply its forward bases.",
                    "event",
                    part="has now taken control of three of the four main mining sites in Djugu territory, cutting off a road the army used to resupply its forward bases",
                ),
            ],
            [
                A(
                    '"They came at night with guns and machetes, and we ran with nothing, not even shoes," said Esther Unyuthi, a 34-year-old mother of four who walked for two days with her children to reach a camp outside Bunia.',
                    "quote",
                ),
                A(
                    "The U.N. refugee agency said on Thursday that more than 18,000 people had arrived at displacement sites around Bunia since Monday, adding to an estimated 1.6 million people already displaced within the province.",
                    "statistic",
                ),
                N(
                    "In the camps, where overnight rain had turned the ground to thick red mud, families queued for water beside trucks unloading sacks of maize flour and plastic sheeting for makeshift shelters.",
                    "colour",
                ),
            ],
            [
                A(
                    'The government in Kinshasa accused Uganda of allowing the group to move weapons across the border, an allegation that Kampala rejected as "baseless" in a statement issued late on Wednesday.',
                    "accusation",
                ),
                N(
                    "Uganda has had troops inside eastern Congo since late 2021 under a joint operation with the Congolese army against the Allied Democratic Forces, an Islamist-linked group active further south in North Kivu province.",
                    "background",
                ),
                C(
                    "Congolese soldiers left behind at least two armoured vehicles and a store of ammunition when they pulled out of Kabilo, equipment the rebels have since paraded through the town's main street in videos posted online.",
                    "event",
                ),
            ],
            [
                N(
                    "Whether the army can mount a counter-offensive before the heavy rains of October turn the dirt roads into Djugu into impassable tracks is far from certain.",
                    "analysis",
                ),
                N(
                    "Reporting by Patrick Ilunga in Bunia; Additional reporting by Grace Nabirye in Kampala; Editing by Tom Pellow",
                    "boilerplate",
                ),
            ],
        ],
    },
    {
        "id": "h02",
        "style": "conflict",
        "paragraphs": [
            [N("Can Sudan's army hold El Obeid as drone strikes cut the city's power?", "question")],
            [
                C(
                    "PORT SUDAN (AFP) - Drones struck the main power station in El Obeid before dawn on Saturday, plunging the besieged city into darkness and knocking out the pumps that supply most of its drinking water, the second attack on the city's infrastructure this month.",
                    "event",
                ),
                A(
                    "The Rapid Support Forces, the paramilitary group that has been fighting the army for control of Sudan, did not claim responsibility, but a spokesman for the army-aligned government in Port Sudan blamed the group and said the drones had been launched from territory it holds in North Kordofan.",
                    "accusation",
                ),
                A(
                    "The attack came three days after RSF fighters shelled a market on the city's western edge, killing 14 people and wounding dozens, in what residents described as the heaviest bombardment since the siege tightened in January.",
                    "casualty",
                    part="RSF fighters shelled a market on the city's western edge, killing 14 people and wounding dozens",
                ),
            ],
            [
                N(
                    "El Obeid, the capital of North Kordofan state, sits on the main road linking Khartoum with the western region of Darfur and has long been a hub for the trade in gum arabic, livestock and grain.",
                    "background",
                ),
                N(
                    "The war, which erupted in April 2023 from a power struggle between the army chief and his former deputy who commands the RSF, has split the country into rival zones of control, with the army holding the north and east.",
                    "background",
                ),
                C(
                    "The RSF has lost ground around Khartoum over the past year but has tightened its hold over almost all of Darfur, and its forces now encircle El Obeid on three sides, leaving only the road east to Kosti open to traffic.",
                    "event",
                ),
                C(
                    "Electricity in much of Kordofan had already been rationed to a few hours a day since an earlier strike in December damaged a high-voltage transmission line carrying power from the Roseires dam on the Blue Nile.",
                    "damage",
                ),
            ],
            [
                A(
                    '"We have no electricity, no water, and the hospital is running its generators only for the operating theatre," said Dr. Hamid Osman, director of the city\'s main teaching hospital, who was reached by telephone.',
                    "quote",
                ),
                A(
                    "He said the hospital had enough diesel for about five days and that at least 30 patients who need regular dialysis would be at risk if fuel deliveries did not resume before then.",
                    "statement",
                ),
                C(
                    "Fuel prices in the city have nearly tripled since the beginning of the year, with a litre of diesel selling for the equivalent of about $4 on the black market, and bread queues now stretch for several hundred metres each morning.",
                    "statistic",
                ),
            ],
            [
                A(
                    "The United Nations has repeatedly warned that parts of Kordofan face famine conditions, and the World Food Programme said last week that its convoys had been unable to reach El Obeid since mid-February.",
                    "statement",
                ),
                A(
                    "The army has used Turkish-made drones to strike RSF positions in Darfur, while the paramilitary group has relied on cheaper long-range models that U.N. experts say were supplied by a foreign backer.",
                    "event",
                    part="The army has used Turkish-made drones to strike RSF positions in Darfur",
                ),
                N(
                    "Neither side has shown much appetite for the ceasefire talks proposed by regional mediators, and each appears to believe that it can still win the war on the battlefield.",
                    "analysis",
                ),
                A(
                    "The government announced on Saturday evening that it had sent engineers under military escort to assess the damage, and officials said partial power could be restored within a week.",
                    "statement",
                ),
            ],
            [N("Copyright 2025 Agence France-Presse. All rights reserved.", "boilerplate")],
        ],
    },
    {
        "id": "h03",
        "style": "courts_crime",
        "paragraphs": [
            [
                C(
                    "Former pension trustee jailed for 11 years over £43m fraud that drained bus drivers' savings",
                    "event",
                )
            ],
            [
                C(
                    "A former trustee of a pension scheme for bus drivers in the north of England was jailed for 11 years on Friday for diverting £43 million of members' savings into property ventures controlled by his brother-in-law.",
                    "event",
                ),
                C(
                    "Graham Whitcombe, 61, was convicted by a jury at Southwark Crown Court in March of fraud by abuse of position and money laundering after a trial that lasted nearly four months.",
                    "event",
                ),
                A(
                    'Sentencing him, Judge Helen Marr said Whitcombe had shown "a breathtaking contempt" for the 6,200 retired and serving drivers whose pensions he had been trusted to protect.',
                    "quote",
                ),
            ],
            [
                N(
                    "The scheme, set up in 1986 when the region's bus services were deregulated and sold off, had been closed to new members since 2009 and paid pensions to about 2,400 former employees.",
                    "background",
                ),
                C(
                    "Between 2015 and 2020, Whitcombe approved a series of loans from the scheme to four companies registered in Gibraltar, which used the money to buy hotels and student flats that later went into administration.",
                    "accusation",
                ),
                A(
                    'Prosecutors told the court that he had received at least £1.9 million in "consultancy fees" routed through an account in his wife\'s name, which he used in part to pay off the mortgage on a villa in the Algarve.',
                    "accusation",
                ),
                C(
                    "His brother-in-law, the property developer Anthony Reece, left Britain for the United Arab Emirates before charges were brought in 2022 and remains the subject of an international arrest warrant.",
                    "event",
                ),
            ],
            [
                A(
                    "Whitcombe had denied any wrongdoing, telling the jury that he had acted on professional advice at every stage and had genuinely believed the investments were sound.",
                    "denial",
                ),
                A(
                    "The Pensions Regulator, which began investigating after a whistleblower contacted it in 2020, said it had so far recovered about £11 million and that members' benefits had been cut by up to a fifth while the scheme was rescued.",
                    "statistic",
                ),
                N(
                    "The Pension Protection Fund, a lifeboat financed by a levy on defined-benefit schemes, was set up in 2005 to compensate members when an employer becomes insolvent and cannot meet its obligations.",
                    "background",
                ),
            ],
            [
                A(
                    '"I drove a bus for 38 years and I was told that money was safe," said Brian Castle, 74, who attended every day of the trial and sat in the public gallery on Friday.',
                    "quote",
                ),
                N(
                    "The courtroom fell silent as the sentence was read, and Whitcombe, wearing a grey suit and a poppy, looked down at the floor before he was led away by two dock officers.",
                    "colour",
                ),
                C(
                    "The case is one of the largest pension frauds prosecuted in Britain since the collapse of Robert Maxwell's publishing empire in 1991, when hundreds of millions of pounds were found to be missing from its schemes.",
                    "comparison",
                ),
                N("Confiscation proceedings to recover his assets are due to begin in the autumn.", "schedule"),
            ],
            [N("Reporting by Sarah Okafor; Editing by Daniel Hartley", "boilerplate")],
        ],
    },
    {
        "id": "h04",
        "style": "courts_crime",
        "paragraphs": [
            [N("Why are dozens of drug convictions in Tulsa suddenly in doubt?", "question")],
            [
                C(
                    "TULSA, Okla. (AP) - A former evidence technician for the Tulsa Police Department was charged Tuesday with stealing more than $180,000 in seized cash, along with quantities of fentanyl and methamphetamine, from the department's property room over a period of at least six years.",
                    "event",
                ),
                A(
                    "Dana Pruitt, 47, who resigned in January, faces 23 felony counts including embezzlement by a public employee, drug trafficking and tampering with evidence, according to a charging document filed in Tulsa County District Court.",
                    "accusation",
                ),
                A(
                    "Her arrest has prompted the county district attorney's office to review at least 64 criminal cases in which evidence she handled was used to secure a conviction, and defense lawyers say the number could run into the hundreds.",
                    "decision",
                    part="Her arrest has prompted the county district attorney's office to review at least 64 criminal cases in which evidence she handled was used to secure a conviction",
                ),
            ],
            [
                N(
                    "Pruitt had worked in the property room since 2011, when the department moved its evidence storage from the basement of its old headquarters to a converted warehouse on the city's north side.",
                    "background",
                ),
                A(
                    "An internal audit completed in December found that 41 sealed evidence bags had been opened and resealed, and that cash in several of them had been replaced with strips of newspaper cut to the size of banknotes.",
                    "finding",
                ),
                C(
                    "The department did not install security cameras inside the property room until 2022, more than a year after a state inspection flagged the absence of video monitoring there as a serious weakness.",
                    "accusation",
                ),
                A(
                    "Pruitt's annual salary was about $42,000, and investigators are examining her bank deposits and the purchase of a lakeside cabin in 2019 that prosecutors say was paid for in cash.",
                    "accusation",
                    part="Pruitt's annual salary was about $42,000, and investigators are examining her bank deposits and the purchase of a lakeside cabin in 2019",
                ),
            ],
            [
                A(
                    'Pruitt\'s attorney, Marcus Hale, said his client intended to plead not guilty and accused the department of making her "a scapegoat for years of sloppy management by people far above her pay grade."',
                    "denial",
                ),
                A(
                    "Police Chief Raymond Ortiz told reporters that the department had overhauled its procedures and now requires two employees to be present whenever any item of evidence is removed from storage.",
                    "statement",
                ),
                A(
                    '"This is a betrayal of every officer who did their job right and every victim who trusted us," Ortiz said.',
                    "quote",
                ),
            ],
            [
                C(
                    "At least two men convicted on drug charges partly on the strength of evidence logged by Pruitt have already been released from prison after judges granted motions to vacate their sentences last month.",
                    "event",
                ),
                N(
                    "Oklahoma has for years had one of the highest incarceration rates in the United States, which has made the state a focus for criminal justice reform groups across the political spectrum.",
                    "background",
                ),
                N(
                    "Pruitt, who surrendered to sheriff's deputies on Monday and was released on bond, is scheduled to appear before a judge for a preliminary hearing on May 12.",
                    "schedule",
                ),
            ],
            [N("Copyright 2025 The Associated Press. All rights reserved.", "boilerplate")],
        ],
    },
    {
        "id": "h05",
        "style": "science_health",
        "paragraphs": [
            [C("Weekly weight-loss jab cut kidney failure risk by a third in large trial", "finding")],
            [
                A(
                    "An experimental weekly injection developed by the Danish drugmaker Norhaven reduced the risk of kidney failure, dialysis or death from kidney disease by 33% among people with type 2 diabetes and obesity, according to the results of a trial involving 6,400 patients in 21 countries.",
                    "finding",
                ),
                C(
                    "The findings, presented on Saturday at the European Renal Association congress in Vienna and published at the same time in The Lancet, are likely to strengthen the company's case for approval of the drug, veltraglutide, for a wider group of patients.",
                    "event",
                ),
                N(
                    "Chronic kidney disease affects roughly one in ten adults worldwide, and diabetes and high blood pressure are by far its two most common causes.",
                    "background",
                ),
            ],
            [
                C(
                    "Patients in the trial, who were followed for a median of just over three years, lost an average of 14% of their body weight on the drug, compared with 2% among those who were given a placebo.",
                    "statistic",
                ),
                A(
                    '"This is the first time we have seen a drug of this class show such a clear benefit on hard kidney outcomes rather than just on markers in the blood," said Professor Ingrid Sølvberg of the University of Bergen, who led the study.',
                    "quote",
                ),
                C(
                    "Nausea and vomiting were the most common side effects, and about 8% of the patients taking veltraglutide stopped treatment because of them, roughly double the rate seen in the placebo group.",
                    "statistic",
                ),
            ],
            [
                A(
                    "The trial was funded by Norhaven, and several of the authors are employees of the company or have received consulting fees from it, a point that independent experts said should be borne in mind when weighing the results.",
                    "funding",
                    part="The trial was funded by Norhaven, and several of the authors are employees of the company or have received consulting fees from it",
                ),
                A(
                    'Dr. Marcus Feld, a nephrologist at Charité hospital in Berlin who was not involved in the research, said the effect was "substantial and probably real" but cautioned that the trial had excluded patients with the most advanced disease.',
                    "quote",
                ),
                N(
                    "Drugs that mimic the gut hormone GLP-1, first approved to treat diabetes in 2005, have transformed the treatment of obesity over the past few years and are now among the best-selling medicines in the world.",
                    "background",
                ),
            ],
            [
                C(
                    "Veltraglutide is not yet approved anywhere, but Norhaven filed for approval with the U.S. Food and Drug Administration in January, and a decision from the agency is due before the end of the year.",
                    "regulatory",
                ),
                C(
                    "The list price of comparable drugs in the United States exceeds $1,000 a month, a cost that has led many insurers and public health systems to restrict them to patients who meet strict criteria.",
                    "statistic",
                ),
                C(
                    "Shares in Norhaven rose 6% in Copenhagen trading on Monday, lifting the company's market value above 90 billion euros for the first time.",
                    "market",
                ),
            ],
            [
                N(
                    "How much the results will change what doctors actually prescribe, and who will pay for it, is another question altogether.",
                    "analysis",
                ),
                A(
                    "Kidney specialists will be watching closely for the longer-term follow-up data, which the company said would be published in 2027.",
                    "schedule",
                ),
                N(
                    "This article was amended on 3 June to correct the number of countries in which the trial took place.",
                    "boilerplate",
                ),
            ],
        ],
    },
    {
        "id": "h06",
        "style": "business",
        "paragraphs": [
            [C("Auto parts maker Kessler to cut 4,200 jobs and shut two German plants", "decision")],
            [
                A(
                    "FRANKFURT, June 5 (Reuters) - German car parts supplier Kessler Automotive will cut 4,200 jobs and close two factories in Germany by the end of 2026, it said on Thursday, blaming weak demand for electric vehicles and rising competition from Chinese rivals.",
                    "decision",
                ),
                A(
                    "The cuts, which amount to about 7% of the group's global workforce, come a year after Kessler reduced its headcount by 1,800 in a restructuring that unions said had been pushed through without proper consultation.",
                    "statistic",
                    part="The cuts, which amount to about 7% of the group's global workforce, come a year after Kessler reduced its headcount by 1,800",
                ),
                C(
                    "The plants to be closed, in Schweinfurt in Bavaria and Zwickau in Saxony, make transmission components for combustion-engine cars and together employ about 2,900 people.",
                    "statistic",
                ),
            ],
            [
                N(
                    "Kessler, founded in 1921 as a maker of bicycle chains and still majority-owned by a family foundation, is one of the largest privately held suppliers in Germany's automotive industry.",
                    "background",
                ),
                C(
                    "The company's operating profit fell 38% in the first quarter to 212 million euros on sales that slipped 9% to 4.1 billion euros, and its order book for electric drive units was down by nearly half from a year earlier.",
                    "statistic",
                ),
                A(
                    'Chief Executive Sabine Voss told analysts on a conference call that the company had "no choice but to adapt our footprint to a market that is growing more slowly than anyone expected."',
                    "quote",
                ),
                A(
                    "Voss said the company would invest 1.5 billion euros over the next five years in its plants in Poland, Hungary and Mexico, where labour costs are lower and several of its biggest customers have expanded production.",
                    "statement",
                ),
            ],
            [
                A(
                    'The IG Metall union said it would fight the closures "with every means available" and called a rally outside the Schweinfurt plant for next Tuesday.',
                    "statement",
                ),
                N(
                    "Germany's car industry, which employs around 770,000 people directly, has been grappling with high energy costs, a slower than expected shift to electric vehicles and falling sales in China, for years its most profitable export market.",
                    "background",
                ),
                A(
                    "According to an estimate by the consultancy EY, the sector has shed more than 50,000 jobs since 2019, with suppliers accounting for the bulk of the losses.",
                    "statistic",
                ),
                A(
                    "The job cuts will cost about 600 million euros in restructuring charges, most of which will be booked this year, the company said.",
                    "statistic",
                ),
            ],
            [
                C(
                    "Kessler's bonds due in 2029 fell about 2 cents on the euro after the announcement, and S&P Global cut the company's credit rating to junk status in March.",
                    "market",
                ),
                N(
                    "The move is a bitter blow to Zwickau, a city that had pinned its hopes on electric car production to replace the industrial jobs lost after reunification.",
                    "opinion",
                ),
            ],
            [N("Reporting by Jan Becker; Editing by Louise Harding", "boilerplate")],
        ],
    },
    {
        "id": "h07",
        "style": "business",
        "paragraphs": [
            [C("Budget carrier SkyBaltic collapses, stranding tens of thousands of passengers across Europe", "event")],
            [
                C(
                    "Latvian low-cost airline SkyBaltic ceased operations on Sunday night and filed for insolvency in a Riga court, grounding its fleet of 22 aircraft and leaving an estimated 35,000 passengers stranded at airports from Lisbon to Helsinki.",
                    "event",
                ),
                C(
                    "The airline, which was founded in 2012 and flew mainly from Riga, Vilnius and Tallinn to holiday and city destinations, carried 4.8 million passengers last year, making it the largest carrier in the Baltic states by number of flights.",
                    "statistic",
                ),
                A(
                    "In a statement posted on its website shortly after midnight, SkyBaltic said a last-minute rescue deal with a private equity investor had collapsed and that it could no longer pay its fuel suppliers.",
                    "statement",
                ),
            ],
            [
                C(
                    "The company had been losing money since 2022, and its accounts for last year, filed late in April, showed a net loss of 61 million euros and debts of more than 400 million euros owed mostly to aircraft leasing firms.",
                    "statistic",
                ),
                C(
                    "SkyBaltic's chief executive, Edgars Kalniņš, stepped down in February after the airline missed a payment to its lessors, and the company had since been run by its finance director.",
                    "event",
                ),
                N(
                    "Airlines across Europe have been squeezed since the pandemic by higher fuel and leasing costs, a shortage of new aircraft caused by delays at manufacturers and steadily rising airport charges.",
                    "background",
                ),
            ],
            [
                A(
                    "Passengers described chaotic scenes at Riga International Airport on Monday morning, where departure boards showed long lists of cancelled flights and staff at the check-in desks said they had not been told what was happening.",
                    "colour",
                ),
                A(
                    '"We were already through security when they told us there was no plane and no airline," said Kristīne Ozola, 29, who had been due to fly to Barcelona with her husband and their two young children.',
                    "quote",
                ),
                A(
                    "Latvia's transport ministry said it was working with other airlines to bring home about 9,000 Latvian residents who were abroad, and that two carriers had agreed to add extra flights at discounted fares.",
                    "statement",
                ),
            ],
            [
                C(
                    "Unlike holidaymakers in Britain, where package trips are protected by the ATOL scheme, most of SkyBaltic's passengers bought flight-only tickets and will have to claim refunds from the insolvency administrator or their card issuers.",
                    "statistic",
                ),
                A(
                    "Consumer groups warned that refunds could take many months to arrive, if they come at all, and urged passengers who paid by credit card to contact their banks.",
                    "statement",
                ),
                N(
                    "What happens to the airline's valuable take-off and landing slots at several congested airports, including London Gatwick, is likely to be the next fight.",
                    "analysis",
                ),
                N("The insolvency administrator will hold a first meeting with creditors on June 20.", "schedule"),
            ],
            [N("Read more: What are your rights if your airline goes bust?", "boilerplate")],
        ],
    },
    {
        "id": "h08",
        "style": "politics",
        "paragraphs": [
            [C("Dutch housing minister resigns over rent subsidy scandal, shaking fragile coalition", "event")],
            [
                C(
                    "THE HAGUE (Reuters) - Dutch Housing Minister Pieter van Doorn resigned on Wednesday, hours before parliament was due to debate a damning audit of a rent subsidy programme that paid out hundreds of millions of euros to landlords who did not qualify.",
                    "event",
                ),
                A(
                    "The Court of Audit report, published on Monday, found that about 740 million euros of the 2.3 billion euros paid under the scheme since 2021 had gone to property companies that had raised rents above the permitted level or left homes empty.",
                    "finding",
                ),
                A(
                    'Van Doorn, a member of the centre-right VVD party who had held the post since July 2024, said in a letter to parliament that he took "political responsibility" for failings that began before his tenure.',
                    "statement",
                ),
            ],
            [
                C(
                    "His ministry had been warned by its own officials in at least three internal memos in 2023 that checks on landlords were inadequate, but it did not tighten the rules until last October.",
                    "accusation",
                ),
                C(
                    "Three of the companies named in the audit are owned by a single investment fund registered in Luxembourg, which received more than 90 million euros under the programme.",
                    "accusation",
                ),
                N(
                    "The scheme was introduced in 2021 to encourage landlords to renovate and let out vacant homes, with subsidies of up to 25,000 euros per apartment for work that met energy-efficiency standards.",
                    "background",
                ),
            ],
            [
                N(
                    "The resignation is a fresh setback for the four-party coalition, which has struggled to agree on a budget and has been divided over asylum policy since it took office last year.",
                    "analysis",
                ),
                A(
                    "Marieke de Graaf, a senior lawmaker in the opposition GreenLeft-Labour alliance, said the minister's departure did not answer the question of who in government knew about the problems and when.",
                    "statement",
                ),
                N(
                    "The Netherlands has a long tradition of ministers resigning over critical official reports, and in January 2021 an entire cabinet stepped down over a scandal in which thousands of families were wrongly accused of child benefit fraud.",
                    "background",
                ),
            ],
            [
                A(
                    "The average rent for a new private lease in Rotterdam rose by 11% last year, the fastest increase among the four largest Dutch cities, and tenants' associations blame the subsidy scheme for part of that rise.",
                    "statistic",
                    part="The average rent for a new private lease in Rotterdam rose by 11% last year, the fastest increase among the four largest Dutch cities",
                ),
                A(
                    "The public prosecution service said on Tuesday that it was examining whether to open a criminal investigation into the way some of the subsidies had been claimed.",
                    "statement",
                ),
                A(
                    "Recent polls suggest the four governing parties would fall well short of a majority in the 150-seat lower house if an election were held now.",
                    "poll",
                ),
            ],
            [
                A(
                    'It was not immediately clear who would replace van Doorn, and the prime minister\'s office said only that a successor would be named "in the coming days."',
                    "statement",
                ),
                N("Parliament will hold the debate on the audit as planned on Thursday afternoon.", "schedule"),
            ],
            [N("Reporting by Anna Visser; Editing by Helen Maddox", "boilerplate")],
        ],
    },
    {
        "id": "h09",
        "style": "disaster",
        "paragraphs": [
            [C("Landslide buries mountain village in western Nepal, killing at least 31", "casualty")],
            [
                C(
                    "A landslide triggered by two days of torrential monsoon rain swept through a village in western Nepal before dawn on Tuesday, burying dozens of homes and killing at least 31 people, with more than 40 others still missing.",
                    "casualty",
                ),
                C(
                    "The slide struck Thapagaun, a settlement of about 600 people perched on a steep slope above the Bheri river in Jajarkot district, at around 3.30am local time, when most residents were asleep.",
                    "event",
                ),
                A(
                    "Rescue teams from the army and armed police had recovered 31 bodies by Wednesday afternoon, district official Hari Prasad Adhikari said, adding that the search was being hampered by fresh rain and the risk of further slides.",
                    "casualty",
                ),
            ],
            [
                C(
                    "The only road into the village was cut in three places, forcing rescuers to walk for more than five hours from the nearest town carrying shovels, stretchers and bags of medical supplies.",
                    "damage",
                ),
                N(
                    "Jajarkot was among the districts worst hit by an earthquake in November 2023 that killed more than 150 people and destroyed tens of thousands of homes across the region.",
                    "background",
                ),
                N(
                    "Nepal's monsoon season usually runs from June to September, and landslides and floods kill hundreds of people across the Himalayan country almost every year.",
                    "background",
                ),
            ],
            [
                C(
                    "This year's rains have been unusually heavy, with the weather station at the district headquarters recording 310 millimetres of rain in the 48 hours before the slide, nearly three times the average for the period.",
                    "statistic",
                ),
                C(
                    "At least 112 people have now died in rain-related disasters across Nepal since the monsoon began in mid-June, and authorities have ordered the evacuation of 14 other villages in Jajarkot and neighbouring Rukum West.",
                    "casualty",
                ),
                N(
                    "Survivors huddled under blue tarpaulins in the grounds of a school further down the valley, some still caked in mud, as soldiers unloaded sacks of rice and blankets from an army helicopter.",
                    "colour",
                ),
            ],
            [
                A(
                    '"I heard a sound like thunder that did not stop, and when I opened the door the house next to mine was gone," said Maya Kumari Bista, 52, who lost her brother and his two sons.',
                    "quote",
                ),
                A(
                    "Environmental groups have long argued that rural roads bulldozed into hillsides without proper drainage or engineering make slopes across the region more unstable during heavy rain.",
                    "cause",
                ),
                C(
                    "A dirt road was cut along the ridge above Thapagaun in 2021 without a geological survey, and a crack in the hillside below it had been visible for at least two weeks before Tuesday's collapse.",
                    "cause",
                ),
                C(
                    "The government has announced compensation of 200,000 rupees for the family of each person killed and free treatment for the injured at state hospitals.",
                    "decision",
                ),
            ],
            [
                N(
                    "Helicopter flights into the valley are expected to resume on Thursday morning if the cloud lifts.",
                    "schedule",
                ),
                N("Watch: Drone footage shows the scale of the landslide in Jajarkot", "boilerplate"),
            ],
        ],
    },
    {
        "id": "h10",
        "style": "local",
        "paragraphs": [
            [N("Is this the end for Millbrook's Victorian footbridge?", "question")],
            [
                C(
                    "The Victorian iron footbridge that carries walkers and cyclists over the River Wend in Millbrook was closed on Monday after inspectors found severe corrosion in two of its four main supports, cutting the most direct route between the town centre and the railway station.",
                    "event",
                ),
                N(
                    "The bridge, designed by the engineer Thomas Hartwell and opened in 1874 to serve workers at the town's long-demolished paper mill, is Grade II listed and one of the oldest surviving iron footbridges in the county.",
                    "background",
                ),
                C(
                    'An inspection in 2019 had rated the structure as "fair" and recommended repainting within three years, but the work was never carried out after it was dropped from the county council\'s maintenance budget in 2021.',
                    "accusation",
                ),
            ],
            [
                A(
                    'Councillor Janet Pryce, cabinet member for highways, said the council had acted "as soon as the engineers told us it was unsafe" and that repairs were expected to cost around £2.4 million and take at least 18 months.',
                    "statement",
                ),
                C(
                    "Around 3,000 people cross the bridge on a typical weekday, many of them commuters heading for trains to Birmingham, and the signed diversion via the road bridge at Castle Street adds roughly 20 minutes to the walk.",
                    "statistic",
                ),
                N(
                    "On Tuesday morning, a handful of commuters stood at the metal barriers at the bridge's northern end, reading the laminated notices cable-tied to the railings before turning back towards the town.",
                    "colour",
                ),
                A(
                    '"It\'s been falling to bits for years and everyone could see it," said Derek Lowe, 67, who has walked his dog across the bridge every morning since he retired from the railways.',
                    "quote",
                ),
            ],
            [
                C(
                    "A petition calling on the county council to provide a temporary crossing while the repairs are carried out had gathered more than 1,100 signatures by Wednesday afternoon.",
                    "statistic",
                ),
                A(
                    "The county council's own figures show a backlog of £48 million in repairs to bridges, culverts and other structures across the county, up from £31 million five years ago.",
                    "statistic",
                ),
                N(
                    "Whether the council can find the money in a budget already stretched by the rising cost of adult social care is another matter entirely.",
                    "opinion",
                ),
                N(
                    "Millbrook Town Council, which has no responsibility for the bridge, will discuss the closure at its next meeting on 14 October.",
                    "schedule",
                ),
            ],
            [
                N(
                    "The Wend, which rises in the hills to the west and joins the Severn some 30 miles downstream, has shaped the town since the mills were built along its banks in the 18th century.",
                    "background",
                ),
                N(
                    "The bridge featured in the opening titles of a 1990s television detective drama and remains a popular spot for wedding photographs on summer weekends.",
                    "colour",
                ),
            ],
            [N("Contact our newsdesk at news@wendvalleymercury.co.uk with your stories", "boilerplate")],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
