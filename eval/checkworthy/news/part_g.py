"""News check-worthiness dev set, part g (see GUIDELINES.md).

python3 eval/checkworthy/news/part_g.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "g01",
        "style": "conflict",
        "paragraphs": [
            [C("Drone strike sets fuel depot ablaze in Yemen's Mukalla as ceasefire talks stall", "event")],
            [
                C(
                    "ADEN (Reuters) - Drones struck a fuel storage depot on the outskirts of the port city of Mukalla early on Thursday, setting off fires that burned for several hours and sending thick smoke over residential districts, as mediators in Muscat struggled to revive stalled ceasefire talks.",
                    "event",
                ),
                C(
                    "At least seven workers were killed and 19 others wounded in the strike, which destroyed three of the depot's nine storage tanks and cut fuel deliveries to the city's two main power plants.",
                    "casualty",
                ),
            ],
            [
                A(
                    "Provincial health official Salem Bahruq told Reuters by telephone that several of the wounded had suffered severe burns and that the city's only specialist burns unit, at the Ibn Sina hospital, had run out of dressings by midday.",
                    "quote",
                ),
                A(
                    "No group claimed responsibility for the attack, the second on the facility in less than a month, although the government blamed the rebel Southern Resistance Front, which it said had launched the drones from positions about 80 km to the west.",
                    "accusation",
                    part="No group claimed responsibility for the attack, the second on the facility in less than a month",
                ),
                A(
                    "A spokesman for the front denied any involvement and accused government forces of staging the attack to derail the negotiations, an allegation for which he offered no evidence.",
                    "denial",
                ),
            ],
            [
                N(
                    "Yemen's war began in late 2014, when the Houthi movement seized the capital Sanaa, and a Saudi-led coalition intervened the following March in support of the internationally recognised government.",
                    "background",
                ),
                C(
                    "The depot, built with Kuwaiti financing in 1998, held about 60 percent of the fuel reserves for Hadramout province, whose 1.4 million residents already endure daily power cuts of up to 14 hours.",
                    "statistic",
                ),
            ],
            [
                N(
                    "The talks in Muscat, the third round of negotiations this year, are meant to produce a nationwide truce and a mechanism for paying public-sector salaries in areas outside government control.",
                    "background",
                ),
                A(
                    "Oman's foreign ministry said in a statement that the delegations would remain in the Omani capital over the weekend and urged all sides to exercise restraint and refrain from any action that could undermine the process.",
                    "statement",
                ),
                A(
                    "Diplomats briefed on the discussions said the two sides remained divided over the sequencing of a prisoner exchange, with the government insisting on the release of about 1,200 detainees before any truce takes effect.",
                    "quote",
                ),
            ],
            [
                C(
                    "Fuel prices in Mukalla's informal markets had doubled by Thursday evening, with a 20-litre jerrycan of petrol selling for 45,000 rials, up from about 22,000 rials a day earlier.",
                    "statistic",
                ),
                C(
                    "Long queues formed outside the few petrol stations still open along the coast road, and at least two of them had begun rationing customers to 10 litres each by late afternoon.",
                    "event",
                ),
                N("The delegations are due to meet again on Saturday.", "schedule"),
            ],
            [
                N(
                    "Reporting by Mohammed Ghaleb in Aden and Nadia Farouk in Dubai; Editing by Peter Lindqvist",
                    "boilerplate",
                )
            ],
        ],
    },
    {
        "id": "g02",
        "style": "conflict",
        "paragraphs": [
            [C("Jihadists kill 34 soldiers in attack on army base in northern Burkina Faso", "casualty")],
            [
                A(
                    "OUAGADOUGOU (AFP) - Hundreds of jihadist fighters on motorbikes stormed an army base near the town of Djibasso in northwestern Burkina Faso on Sunday, killing at least 34 soldiers and seizing weapons and vehicles before withdrawing toward the Malian border, security sources said.",
                    "event",
                ),
                C(
                    "The attackers also burned the town's gendarmerie post and a primary school that had been converted into a barracks, and took at least five soldiers prisoner, including the base's deputy commander.",
                    "event",
                ),
                C(
                    "The assault, which began shortly after dawn and lasted nearly four hours, was one of the deadliest on the country's armed forces this year and came just days after the ruling junta announced that it had retaken control of the region.",
                    "event",
                ),
            ],
            [
                A(
                    "A security source in the regional capital Dedougou, who asked not to be named because he was not authorised to speak to the press, said reinforcements and a helicopter gunship had been sent to the area but had arrived after the attackers left.",
                    "quote",
                ),
                A(
                    "'They came from three directions at once, and our men ran out of ammunition long before the air support arrived,' he said.",
                    "quote",
                ),
            ],
            [
                N(
                    "Burkina Faso has been fighting jihadist insurgencies linked to al-Qaeda and the Islamic State group since 2015, when the violence spread across the border from neighbouring Mali.",
                    "background",
                ),
                C(
                    "The conflict has killed more than 20,000 people and forced some two million from their homes, making it one of the largest displacement crises on the African continent.",
                    "statistic",
                ),
                N(
                    "The military officers who now rule the country seized power in two successive coups in 2022, promising to restore security within months and accusing the civilian government of failing the army.",
                    "background",
                ),
            ],
            [
                C(
                    "The government did not comment on the attack on Sunday, and state television made no mention of it in its main evening news bulletin, which led instead with a report on a new cotton-processing plant.",
                    "event",
                ),
                A(
                    "Residents of Djibasso reached by telephone said many families had begun leaving the town for Nouna, about 60 km to the south, on donkey carts and on foot, fearing a fresh attack.",
                    "quote",
                ),
            ],
            [
                A(
                    "Medical charity Medecins Sans Frontieres said its team in Nouna had treated 11 wounded civilians on Sunday evening, including four children hit by stray bullets, and that the town's health centre had been without electricity for a week.",
                    "casualty",
                ),
                C(
                    "A blockade imposed by the militants on the road between Nouna and Djibasso since March has left food prices in the town nearly three times higher than a year ago.",
                    "statistic",
                ),
                N(
                    "The attack came as the junta prepared to mark the second anniversary of its takeover with a military parade and a week of celebrations in the capital.",
                    "colour",
                ),
            ],
            [N("(c) Agence France-Presse", "boilerplate")],
        ],
    },
    {
        "id": "g03",
        "style": "conflict",
        "paragraphs": [
            [N("Is the siege of Um Dafoq about to become Sudan's next massacre?", "question")],
            [
                A(
                    "Paramilitary fighters have tightened their encirclement of Um Dafoq, a market town of about 180,000 people in South Darfur, cutting the last road used by aid convoys and shelling the main hospital twice in the past week, according to residents and aid workers.",
                    "event",
                ),
                N(
                    "The town's central market, once a hub for the cattle trade between Sudan and the Central African Republic, has been largely deserted since the summer, its stalls shuttered and its alleys patrolled by stray dogs.",
                    "colour",
                ),
            ],
            [
                C(
                    "The Rapid Support Forces, which have been at war with the Sudanese army since April 2023, control most of Darfur's other major towns, and their fighters are now dug in along a ring of trenches roughly three kilometres from the town centre.",
                    "event",
                ),
                C(
                    "At least 60 civilians have been killed in the town since the siege began in mid-August, and thousands more have fled on foot toward the Chadian border, a journey of some 250 km across open scrubland.",
                    "casualty",
                ),
                N(
                    "The war began when a long-simmering power struggle between the army and the paramilitary force erupted into street fighting in Khartoum, and it has since spread to most of the country.",
                    "background",
                ),
            ],
            [
                A(
                    "Dr Hawa Ismail, one of four doctors still working at Um Dafoq Teaching Hospital, said the building had been hit by artillery on Monday and again on Thursday, killing two patients in the paediatric ward.",
                    "casualty",
                ),
                A(
                    "'We are operating by torchlight, and we have no more anaesthetic,' she said in a voice message sent through a satellite connection.",
                    "quote",
                ),
                N(
                    "The hospital, built with Qatari funding in 2009 and expanded in 2016, sits on the western edge of the town, close to the old airstrip that was used by peacekeepers until 2020.",
                    "background",
                ),
            ],
            [
                A(
                    "Satellite imagery analysed by the Darfur Monitoring Project, an independent research group, showed at least 40 burnt structures in the town's eastern Hilla Jadida district, a pattern it said was consistent with deliberate arson.",
                    "report",
                ),
                A(
                    "The RSF, whose fighters killed at least 15 civilians in a nearby village last month, has denied targeting civilians and says it is fighting army-allied militias that have taken up positions inside residential areas.",
                    "denial",
                    part="whose fighters killed at least 15 civilians in a nearby village last month",
                ),
                C(
                    "Food is running out: the last World Food Programme convoy reached the town in early September, and the price of a sack of sorghum has risen fivefold since then.",
                    "statistic",
                ),
            ],
            [
                N(
                    "The siege has drawn comparisons with the fall of other Darfur towns over the past two years, each of which was followed by reports of killings along ethnic lines.",
                    "analysis",
                ),
                N(
                    "Western governments have so far responded with statements of concern rather than action.",
                    "opinion",
                ),
                A(
                    "A spokesperson for the UN Office for the Coordination of Humanitarian Affairs said negotiations for a humanitarian corridor were continuing, but that neither side had yet given guarantees of safe passage.",
                    "statement",
                ),
                N("For the people trapped inside Um Dafoq, time may be running out.", "opinion"),
            ],
        ],
    },
    {
        "id": "g04",
        "style": "politics",
        "paragraphs": [
            [C("Portuguese government falls after losing confidence vote over hospital contracts", "event")],
            [
                C(
                    "LISBON (Reuters) - Portugal's minority government collapsed on Wednesday after losing a parliamentary confidence vote by 121 votes to 104, less than a year after taking office, setting the stage for the country's fourth snap election in six years.",
                    "event",
                ),
                C(
                    "The vote followed weeks of revelations that a health ministry agency had awarded contracts worth more than 340 million euros without public tender to companies linked to two senior officials of the ruling party.",
                    "accusation",
                ),
            ],
            [
                A(
                    "Prime Minister Rui Almeida Tavares, who has denied any wrongdoing, told lawmakers before the vote that he had 'nothing to hide' and that the opposition was exploiting the affair to force an election it expected to win.",
                    "quote",
                ),
                A(
                    "'This is not about hospitals, it is about power,' Tavares said, to jeers from the opposition benches.",
                    "quote",
                ),
            ],
            [
                N(
                    "Portugal has a 230-seat parliament, and governments have alternated between the centre-left Socialists and the centre-right Social Democrats for most of the period since the return of democracy in 1974.",
                    "background",
                ),
                N(
                    "The president is expected to dissolve parliament and call elections for late spring after consulting party leaders and the Council of State, as the constitution requires.",
                    "schedule",
                ),
            ],
            [
                C(
                    "Prosecutors opened an investigation into the contracts in January and have since searched the offices of the health procurement agency and the homes of three businessmen, one of whom is the brother-in-law of a former deputy health minister.",
                    "event",
                ),
                C(
                    "The ruling party's parliamentary leader, Ana Ribeiro Lopes, resigned on Monday after the weekly newspaper Expresso published text messages in which she discussed one of the contracts with a company director before it was signed.",
                    "event",
                ),
                A(
                    "The Public Prosecutor's Office said in a statement on Wednesday evening that no member of the government had so far been named as a formal suspect in the case.",
                    "statement",
                ),
                A(
                    "Opinion polls put the Socialists narrowly ahead, with a survey by the Catholic University published on Sunday giving them 31 percent against 28 percent for the governing party, while the far-right Chega stood at 19 percent.",
                    "statistic",
                ),
            ],
            [
                C(
                    "Bond markets took the news calmly, with the yield on Portugal's 10-year government debt rising just four basis points to 3.12 percent by the close of trading in Lisbon.",
                    "statistic",
                ),
                A(
                    "Analysts said the crisis was unlikely to derail the 22 billion euros of European recovery funds the country is due to receive by 2026, although some infrastructure projects could face delays.",
                    "analysis",
                    part="the 22 billion euros of European recovery funds the country is due to receive by 2026",
                ),
                N(
                    "The outgoing cabinet will remain in office in a caretaker capacity until a new government is sworn in.",
                    "schedule",
                ),
            ],
            [N("Additional reporting by Marta Cunha; Editing by Fiona Brackley", "boilerplate")],
        ],
    },
    {
        "id": "g05",
        "style": "politics",
        "paragraphs": [
            [C("Kenya's parliament passes tax bill as police fire tear gas at protesters outside", "event")],
            [
                C(
                    "NAIROBI, June 12 (Reuters) - Kenyan lawmakers approved a contested finance bill on Thursday that raises value-added tax on mobile money transfers and bread, as police fired tear gas and water cannon at hundreds of protesters who had gathered outside parliament in central Nairobi.",
                    "event",
                ),
                A(
                    "The bill, which the Treasury says will raise an extra 210 billion shillings ($1.6 billion) in the fiscal year starting in July, passed by 196 votes to 141 after a nine-hour debate.",
                    "statistic",
                    part="passed by 196 votes to 141 after a nine-hour debate",
                ),
            ],
            [
                C(
                    "At least 23 people were arrested and a journalist with a local television station was hit in the leg by a rubber bullet, while shops along Kenyatta Avenue pulled down their shutters early in the afternoon.",
                    "event",
                ),
                A(
                    "The Law Society of Kenya condemned what it called the excessive use of force against peaceful demonstrators and said its lawyers would represent those detained free of charge.",
                    "statement",
                ),
            ],
            [
                A(
                    "Finance Minister Joseph Mutua Wekesa defended the measures, saying in a televised address that Kenya had no choice but to raise revenue after spending almost 60 percent of its tax receipts on debt repayments last year.",
                    "quote",
                ),
                A("'We can borrow our way into the ground, or we can pay our way out,' he said.", "quote"),
            ],
            [
                A(
                    "Kenya's public debt has risen to roughly 10.6 trillion shillings, about 70 percent of gross domestic product, according to central bank data, well above the level the International Monetary Fund considers sustainable for a country of its income.",
                    "statistic",
                ),
                C(
                    "The government is negotiating a new lending programme with the IMF after its previous arrangement expired in April without the final disbursement being paid.",
                    "event",
                ),
                N(
                    "Kenya adopted its current constitution in 2010, and it gives parliament the power to amend and approve the budget but requires the president's assent before any finance bill becomes law.",
                    "background",
                ),
            ],
            [
                C(
                    "Opposition leaders, who walked out of the chamber before the final vote, have called for a nationwide general strike next Tuesday, the first such call since the 2022 election.",
                    "event",
                ),
                A(
                    "Civil society groups that organised Thursday's demonstration said they would return to the streets in larger numbers if the president signed the bill into law.",
                    "statement",
                ),
                C(
                    "A similar bill two years ago was withdrawn after weeks of street protests, a retreat that cost the government about 340 billion shillings in planned revenue and forced it into emergency spending cuts.",
                    "statistic",
                ),
                N(
                    "The president has 14 days to sign the bill or return it to parliament with reservations.",
                    "schedule",
                ),
            ],
            [N("Writing by Aisha Mwakilema; Editing by Tom Reddaway", "boilerplate")],
        ],
    },
    {
        "id": "g06",
        "style": "disaster",
        "paragraphs": [
            [C("Typhoon kills at least 58 in central Philippines, thousands stranded on rooftops", "casualty")],
            [
                C(
                    "MANILA, Philippines (AP) - Typhoon Marisol tore across the central Philippines on Monday with sustained winds of 185 kph, triggering flash floods and landslides that killed at least 58 people, flattened coastal villages and left tens of thousands stranded on rooftops across three provinces.",
                    "casualty",
                ),
                N(
                    "Eastern Samar, a province of fishing villages facing the Pacific, was among the areas worst hit by Typhoon Haiyan, which killed more than 6,000 people when it struck the region in November 2013.",
                    "background",
                ),
            ],
            [
                A(
                    "Civil defence official Ramon Villacorta said rescue teams had reached only about half of the affected villages because of fallen trees and washed-out bridges, and warned that the death toll was likely to rise.",
                    "quote",
                ),
                A(
                    "'There are places we still cannot contact at all, where the phone lines and the cell towers are down,' he told a news conference in Tacloban.",
                    "quote",
                ),
            ],
            [
                C(
                    "In the town of Borongan, floodwaters rose to more than two metres within an hour, submerging the ground floor of the provincial hospital and forcing staff to carry patients, some still attached to oxygen tanks, up to the second floor.",
                    "damage",
                ),
                C(
                    "A landslide in the mountain village of San Julian buried at least 14 houses and killed 19 people, including a family of seven who had refused to leave for an evacuation centre the night before.",
                    "casualty",
                ),
                N(
                    "Residents waded through the brown water carrying children and belongings in plastic basins, while others paddled makeshift rafts made of doors and empty jerrycans.",
                    "colour",
                ),
            ],
            [
                A(
                    "The national disaster agency said more than 412,000 people had been moved to evacuation centres before the storm hit, and that 27 people remained missing, most of them fishermen who had gone out to sea despite warnings.",
                    "statistic",
                ),
                C(
                    "About 1,900 homes were destroyed and another 11,000 damaged, while power was cut to nearly all of Eastern Samar and large parts of neighbouring Leyte.",
                    "damage",
                ),
                N(
                    "The Philippines is struck by about 20 typhoons and tropical storms each year, and its position on the Pacific typhoon belt makes it one of the most disaster-prone countries in the world.",
                    "background",
                ),
            ],
            [
                N(
                    "Whether warmer seas made Marisol stronger than it would otherwise have been is a question that will take climate scientists weeks of modelling to answer.",
                    "analysis",
                ),
                C(
                    "Flights to Tacloban were suspended and the coast guard barred all vessels from leaving port across the Visayas, stranding more than 8,000 passengers at ferry terminals.",
                    "event",
                ),
                A(
                    "Marisol was forecast to weaken as it crossed the Sibuyan Sea and to leave the Philippine area of responsibility by Wednesday morning, according to the state weather bureau.",
                    "prediction",
                ),
            ],
            [N("Copyright 2025 The Associated Press. All rights reserved.", "boilerplate")],
        ],
    },
    {
        "id": "g07",
        "style": "business",
        "paragraphs": [
            [C("Voltrix shares plunge 38% after battery maker discloses accounting probe", "event")],
            [
                C(
                    "FRANKFURT (Reuters) - Shares in Voltrix, the German maker of electric-vehicle batteries that was once valued at more than 9 billion euros, plunged 38 percent on Tuesday after the company cut its annual sales forecast for the second time in three months and disclosed that auditors had found irregularities at its Polish subsidiary.",
                    "event",
                ),
                C(
                    "The slump wiped about 1.4 billion euros off the company's market value, taking its shares to their lowest level since it listed on the Frankfurt Stock Exchange.",
                    "statistic",
                ),
            ],
            [
                A(
                    "In a statement issued before the market opened, Voltrix said it now expected revenue of between 1.1 billion and 1.25 billion euros this year, down from a previous forecast of 1.5 billion, citing weaker demand from carmakers and delays at its new plant in Saxony.",
                    "statistic",
                ),
                A(
                    "The company said its auditor had identified 'potential irregularities' in the recognition of revenue at its unit in Wroclaw, and that it had appointed an outside law firm to investigate.",
                    "statement",
                ),
            ],
            [
                A(
                    "Chief Executive Jonas Brenninger told analysts on a conference call that the problems were confined to one subsidiary and that the company's core business remained 'fundamentally sound'.",
                    "quote",
                ),
                A(
                    "Two people familiar with the matter said the irregularities involved orders worth about 90 million euros that had been booked as sales before the batteries were delivered, a practice that may have inflated the unit's revenue for at least two years.",
                    "accusation",
                ),
            ],
            [
                N(
                    "Voltrix was founded in 2016 by a group of engineers from Aachen and went public five years later at 24 euros a share, in one of the largest German technology listings of that year.",
                    "background",
                ),
                C(
                    "The company has burned through more than 600 million euros in cash over the past two years and had 212 million euros left at the end of June, enough to fund operations only until the middle of next year at its current rate of spending.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Germany's financial regulator BaFin said it was aware of the matter and in contact with the company, but declined to say whether it had opened a formal investigation.",
                    "statement",
                ),
                C(
                    "The disclosure is a fresh blow to Europe's efforts to build a home-grown battery industry capable of competing with Chinese suppliers, who make about three-quarters of the world's lithium-ion cells.",
                    "statistic",
                ),
                N(
                    "Europe's carmakers have been slower than many expected to switch to electric vehicles, and the hesitation has rippled through the suppliers that bet heavily on a rapid transition.",
                    "analysis",
                ),
            ],
            [
                A(
                    "Analysts at brokerage Keller & Roth cut their price target on the stock to 6 euros from 19 euros and said a capital increase now looked 'almost unavoidable'.",
                    "analysis",
                ),
                N("Voltrix will publish its full half-year results on Sept. 14.", "schedule"),
                N("Reporting by Katrin Wolff; Editing by Miranda Shaw", "boilerplate"),
            ],
        ],
    },
    {
        "id": "g08",
        "style": "wire",
        "paragraphs": [
            [
                A(
                    "Iran seizes tanker in Gulf of Oman, says it was smuggling fuel",
                    "event",
                    part="Iran seizes tanker in Gulf of Oman",
                )
            ],
            [
                A(
                    "DUBAI (Reuters) - Iran's Revolutionary Guards seized a foreign-flagged oil tanker in the Gulf of Oman on Saturday and detained its 21 crew members, Iranian state media reported, accusing the vessel of smuggling about two million litres of diesel.",
                    "event",
                ),
                A(
                    "The tanker, the Marshall Islands-flagged Ocean Serene, was boarded by commandos from a helicopter about 30 nautical miles off the Iranian port of Jask, according to the British military's United Kingdom Maritime Trade Operations agency, which monitors shipping in the region.",
                    "event",
                ),
            ],
            [
                A(
                    "Greek shipping company Thalassa Maritime, which manages the vessel, said it had lost contact with the ship at about 0600 GMT and that it was carrying fuel oil loaded in the United Arab Emirates for delivery to Singapore, not diesel.",
                    "denial",
                ),
                A(
                    "The company said the crew included nationals of India, the Philippines and Ukraine and that it was working with the relevant authorities to secure their release.",
                    "statement",
                ),
                C(
                    "The Ocean Serene had switched off its transponder for nearly 11 hours on Friday as it sailed close to Iranian waters, a practice often associated with efforts to conceal a ship's movements.",
                    "event",
                ),
            ],
            [
                C(
                    "The vessel is the second managed by Thalassa Maritime to be detained in the region in under a year, after one of its bulk carriers was held by Iranian forces for 19 days last August.",
                    "event",
                ),
                C(
                    "The seizure is the third of a commercial tanker by Iranian forces in the region since January, and comes amid heightened tension over Tehran's nuclear programme and stalled talks with Western powers.",
                    "event",
                ),
                N(
                    "Roughly a fifth of the world's oil passes through the nearby Strait of Hormuz, which connects the Gulf with the Gulf of Oman and the Arabian Sea.",
                    "background",
                ),
                N(
                    "Iran has in the past seized vessels in apparent retaliation for the seizure of its own cargoes by the United States and its allies, although it has usually cited smuggling or maritime violations.",
                    "background",
                ),
            ],
            [
                A(
                    "A U.S. Navy spokesman in Bahrain said the Fifth Fleet was monitoring the situation closely and called on Iran to release the ship and its crew immediately.",
                    "statement",
                ),
                C(
                    "Benchmark Brent crude futures rose 1.8 percent to $84.60 a barrel in early trading in Asia on Monday, their biggest daily gain in three weeks.",
                    "statistic",
                ),
                N(
                    "Iran's foreign ministry is expected to comment on the seizure at its weekly news briefing on Monday.",
                    "schedule",
                ),
            ],
            [N("Reporting by Leila Amiri and Omar Saeed; Editing by Clare Fenwick", "boilerplate")],
        ],
    },
    {
        "id": "g09",
        "style": "wire",
        "paragraphs": [
            [A("North Korea fires ballistic missile toward Sea of Japan, Seoul says", "event")],
            [
                A(
                    "SEOUL, March 4 (Reuters) - North Korea fired what appeared to be an intermediate-range ballistic missile from near its capital Pyongyang on Tuesday, South Korea's military said, the first such launch in four months and a day after U.S. and South Korean forces began their annual spring drills.",
                    "event",
                    part="the first such launch in four months and a day after U.S. and South Korean forces began their annual spring drills",
                ),
                A(
                    "The missile flew about 1,100 km before landing in waters outside Japan's exclusive economic zone, Japan's Defence Ministry said, adding that there were no reports of damage to aircraft or ships.",
                    "event",
                ),
            ],
            [
                A(
                    "Japan's top government spokesman told reporters that Tokyo had lodged a strong protest through diplomatic channels in Beijing and would continue to coordinate closely with Washington and Seoul.",
                    "statement",
                ),
                C(
                    "Japan's government briefly issued an emergency alert urging residents of several outlying islands in Okinawa prefecture to take cover, the first such alert for the area in more than a year.",
                    "event",
                ),
                C(
                    "Residents of the South Korean border island of Yeonpyeong were ordered into shelters for about 40 minutes as a precaution, the first such order since January.",
                    "event",
                ),
            ],
            [
                A(
                    "The launch came hours after North Korea's state news agency KCNA carried a statement by a senior military official warning that the drills, which involve about 18,000 troops, would be met with 'overwhelming' countermeasures.",
                    "event",
                    part="which involve about 18,000 troops",
                ),
                N(
                    "North Korea has been under United Nations Security Council sanctions over its nuclear and ballistic missile programmes since 2006, when it conducted its first nuclear test.",
                    "background",
                ),
                N(
                    "The country conducted a record number of missile tests in 2022, including its first launch of an intercontinental ballistic missile since 2017.",
                    "background",
                ),
            ],
            [
                A(
                    "Washington and Seoul say the drills are purely defensive, while Pyongyang has long denounced them as rehearsals for an invasion and a threat to its sovereignty.",
                    "statement",
                ),
                A(
                    "Commercial satellite imagery analysed last week by a Washington-based monitoring group showed new construction at the Sohae launch site on North Korea's west coast, including what appeared to be an expanded engine test stand.",
                    "report",
                ),
                N(
                    "Talks between North Korea and the United States on its nuclear programme have been stalled since 2019.",
                    "background",
                ),
                N("The drills are scheduled to run for 11 days.", "schedule"),
            ],
            [N("Reporting by Ji-won Park in Seoul and Kenji Morita in Tokyo; Editing by Lorna Pike", "boilerplate")],
        ],
    },
    {
        "id": "g10",
        "style": "analysis",
        "paragraphs": [
            [N("Who is draining the Mekong?", "question")],
            [
                N(
                    "For the fishermen of Tonle Sap, the great lake at the heart of Cambodia that swells each monsoon season to several times its dry-season size, this year's catch has been the worst anyone in the floating village of Kampong Luong can remember.",
                    "colour",
                ),
                C(
                    "Landings of the small silver fish known as trey riel, which make up the bulk of the catch and are fermented into the paste eaten in almost every Cambodian home, have fallen by roughly 60 percent over the past five years.",
                    "statistic",
                ),
            ],
            [
                N(
                    "The Mekong, which rises on the Tibetan plateau and flows some 4,900 km through China, Myanmar, Laos, Thailand, Cambodia and Vietnam before reaching the South China Sea, supports the world's largest inland fishery.",
                    "background",
                ),
                C(
                    "China has built 11 large dams on the upper reaches of the river, which it calls the Lancang, and those reservoirs held back more water last year than in any year since the first of them was filled in the 1990s.",
                    "statistic",
                ),
                C(
                    "Laos, which has staked its economic future on selling electricity to its neighbours, has added two more dams on the lower river since 2019, including one that blocks the main channel just upstream of the Cambodian border.",
                    "event",
                ),
            ],
            [
                A(
                    "Beijing rejects the charge that its dams are to blame, arguing that its reservoirs actually release water during the dry season and that the low flows are the result of reduced rainfall.",
                    "denial",
                ),
                A(
                    "A study published in March by researchers at the Mekong River Commission, the intergovernmental body that monitors the river, found that dam operations accounted for about a third of the drop in dry-season water levels at the Thai town of Chiang Saen.",
                    "report",
                ),
                A("The rest, the study concluded, was down to drought.", "report"),
            ],
            [
                N("Yet the argument over blame misses a larger point.", "transition"),
                C(
                    "Even in years of normal rain, the dams trap the sediment that once fed the Mekong Delta, which is now sinking and shrinking as a result; the delta lost some 500 hectares of coastline to erosion last year alone.",
                    "cause",
                ),
                N(
                    "The delta grows about half of Vietnam's rice and much of the shrimp the country sells abroad.",
                    "background",
                ),
            ],
            [
                N(
                    "Officials in Phnom Penh, wary of offending Beijing, have said little in public, preferring the language of partnership to that of complaint.",
                    "analysis",
                ),
                A(
                    "In private, two Cambodian officials involved in river management said the government had asked China for advance notice of reservoir releases but had received data for only four of the past 12 months.",
                    "accusation",
                ),
                A(
                    "The fishermen of Kampong Luong have their own explanation, and it is simpler: 'The water does not come when it used to,' said Sok Vanna, 54, who has fished the lake for four decades.",
                    "quote",
                ),
                N("Whether anyone upstream is listening is another question.", "opinion"),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
