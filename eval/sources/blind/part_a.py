"""Blind typed sources dev set, part A (tuning half). Markup: see GUIDELINES.md.

All events and people are invented for this project.
"""

ARTICLES = [
    # ------------------------------------------------------------------ wire
    (
        "ba-001",
        "Reuters",
        "wire",
        """
e1 named_organisation 3 government
e2 named_person 4 government
e3 anonymous_specific 2 government aff=the finance ministry
e4 poll_or_data 3 -
e5 named_person 4 -
e6 poll_or_data 3 -
e7 named_organisation 3 company
e8 named_person 4 company
e9 anonymous_vague 1 opposition
""",
        """
JAKARTA (Reuters) - [e1|Indonesia's energy ministry] said on Tuesday it would delay a planned cut to fuel subsidies until after the rainy season, citing concerns over food prices in rural provinces.
"We do not want to add pressure on households at this time," [e2|Energy Minister Bambang Sutrisno] told reporters in Jakarta. [e2|Sutrisno] said the cut, originally due in January, would now take effect in April at the earliest.
[e3|A senior official at the finance ministry], who asked not to be named because the discussions were private, said the delay would cost the state about 9 trillion rupiah ($570 million) in the first quarter alone. [e3|The official] added that the finance ministry had pushed for a smaller cut that could start sooner.
[e4|A Reuters poll of 14 economists] last month showed that 11 of them expected the cut to go ahead in January.
"This is a political decision dressed up as a technical one," said [e5|Rina Kusumawati], an economist at Bank Permata in Jakarta. [e5|She] said investors would be watching whether the government could keep its budget deficit below the legal cap of 3% of gross domestic product.
[e6|Data from Statistics Indonesia] showed on Monday that annual inflation rose to 3.4% in November, its highest in 14 months, driven by rice and chilli prices. [e1|The ministry] said the delay would give households time to adjust.
[e7|Pertamina], the state energy company, said in a statement that it had enough fuel in storage to meet demand through the year-end holidays. [e8|Pertamina spokesman Fajar Hidayat] said deliveries to the eastern provinces of Maluku and Papua would be increased from next week.
[e9|Opposition lawmakers] accused the government of delaying the cut to protect its standing ahead of regional elections. Sutrisno declined to comment on the timing.
""",
    ),
    (
        "ba-002",
        "AP",
        "wire",
        """
e1 anonymous_vague 1 government
e2 named_organisation 3 government
e3 named_person 4 government
e4 anonymous_vague 1 -
e5 named_person 3 -
e6 named_organisation 3 government
e7 news_outlet 3 -
e8 named_person 4 government
e9 social_media 2 -
""",
        """
MEXICO CITY (AP) — At least 14 people were killed when a bus carrying farmworkers plunged into a ravine in the southern state of Oaxaca, [e1|state authorities] said Sunday.
[e2|The Oaxaca state prosecutor's office] said in a statement that the driver survived and was being questioned at a hospital in the town of Miahuatlán.
[e3|Civil protection coordinator Ernesto Villalobos] told The Associated Press that rescuers worked through the night with ropes and floodlights to reach the wreckage, which came to rest about 80 meters (260 feet) below the highway. [e3|Villalobos] said 22 other passengers were taken to hospitals, four of them in serious condition. "The slope is almost vertical there," [e3|he] said.
[e4|Relatives at the hospital] said the bus had been overloaded. "People were standing in the aisle all the way from the coast," said [e5|Guadalupe Martínez], whose brother was among the injured. [e5|She] said the workers had been hired to pick coffee on farms in the highlands.
The bus company did not respond to requests for comment.
[e6|The National Guard], which patrols federal highways, said the road had been closed in both directions while investigators examined the vehicle's brakes.
[e7|El Imparcial], a newspaper in the state capital, reported that the same company had been fined last year for operating buses without valid inspection certificates.
[e8|State Gov. Marisol Quintero] wrote on social media that the state would cover funeral costs for the victims. [e9|A passenger's Facebook video] showed people climbing up the slope in the dark, using their phones as flashlights.
""",
    ),
    (
        "ba-003",
        "AFP",
        "wire",
        """
e1 named_organisation 3 -
e2 named_person 4 -
e3 named_organisation 3 government
e4 anonymous_specific 2 - aff=UN
e5 named_organisation 3 -
e6 poll_or_data 3 -
e7 anonymous_vague 1 -
e8 named_person 4 -
""",
        """
GENEVA (AFP) - [e1|The World Health Organization] warned on Thursday that a cholera outbreak in eastern Chad was spreading faster than aid agencies could respond, with more than 3,100 suspected cases recorded since August.
"We are seeing cases in camps that had none two weeks ago," [e2|WHO spokeswoman Ilse Vandermeer] told journalists in Geneva. [e2|Vandermeer] said the fatality rate among recorded cases stood at 2.3 percent, well above the one percent the agency considers the ceiling for a well-managed response.
[e3|Chad's health ministry] said in a statement that it had opened four new treatment centres in Ouaddaï province and was vaccinating health workers first.
[e4|A UN official in N'Djamena], speaking on condition of anonymity, told AFP that fuel shortages had grounded two of the three trucks used to carry chlorine to the camps. "We have the supplies in the capital. We cannot move them," [e4|the official] said.
[e5|Doctors Without Borders] said its teams had treated more than 900 patients at a single site near Adré in the past three weeks. [e5|The group] said it urgently needed more oral rehydration salts.
[e6|OCHA figures] showed that fewer than a third of the camps had one working latrine for every 50 people.
[e7|Newly arrived refugees] told AFP that clean water was scarce and that queues at the few working pumps lasted for hours.
One of them, [e8|Fatimé Abakar], said she had walked for nine days with her five children to reach the border from Sudan's Darfur region. "The water we drink here is the same water the animals drink," [e8|she] said.
""",
    ),
    (
        "ba-004",
        "Reuters",
        "wire",
        """
e1 named_organisation 3 government
e2 named_person 4 government
e3 named_person 4 -
e4 own_reporting 3 -
e5 social_media 2 -
e6 news_outlet 3 -
e7 anonymous_vague 1 -
e8 named_person 4 government
e9 poll_or_data 3 -
""",
        """
LISBON (Reuters) - More than 700 firefighters battled a wildfire in central Portugal on Saturday that has forced the evacuation of six villages, [e1|the country's civil protection authority] said.
[e1|The authority] said in its latest update that three firefighters had been treated for smoke inhalation and that one house had been destroyed near the village of Vale de Ameixas.
"The next 24 hours will be decisive," [e2|Interior Minister Rui Teixeira] said at a news conference in the nearby town of Pampilhosa da Serra. [e2|He] said strong, dry winds from the east were expected to ease on Sunday evening.
[e4|A Reuters photographer] saw water-dropping aircraft circling above a ridge as thick smoke blotted out the sun in the early afternoon.
[e3|A firefighter from a volunteer brigade in the area] told Reuters the flames had jumped a road twice during the morning. "It moves faster than we can lay hoses," said [e3|the firefighter], Nuno Carvalho, 34, who had been on duty since Friday night. [e3|Carvalho] said his brigade had not slept in 30 hours.
[e5|A video shared on social media] showed residents using garden hoses to wet the roof of a chapel as flames burned on the hillside behind it.
[e6|RTP], the public broadcaster, reported that a 79-year-old man had refused to leave his home in one of the evacuated villages.
[e7|Evacuated residents] said they had been given less than an hour to leave. "Everyone is safe, and that is what matters," [e8|Mayor Helena Pires] told Reuters by phone.
[e9|Satellite data from the EU's Copernicus programme] showed the fire had burned about 6,000 hectares (14,800 acres) by Saturday evening.
""",
    ),
    # -------------------------------------------------------------- conflict
    (
        "ba-005",
        "AFP",
        "conflict",
        """
e1 named_organisation 3 government
e2 named_person 4 government
e3 named_organisation 3 rebels
e4 social_media 3 rebels
e5 state_media 3 government
e6 named_person 4 government
e7 anonymous_specific 2 -
e8 named_organisation 3 -
e9 anonymous_vague 1 -
""",
        """
PORT SUDAN, Sudan (AFP) - [e1|Sudan's army] said on Monday it had repelled an attack by paramilitary forces on the outskirts of El Obeid, a key city on the road linking the capital to the western Darfur region.
[e2|Army spokesman Brigadier General Hatim al-Nour] said in a statement that "dozens of militia fighters" had been killed and 11 vehicles destroyed. [e2|Al-Nour] said the army's own losses were "limited" but gave no figure.
[e3|The Rapid Support Forces], which have been at war with the army since April 2023, said they had captured two villages east of the city and denied suffering heavy losses. [e4|Videos posted on the RSF's Telegram channel] showed fighters waving from pickup trucks beside a burning checkpoint.
AFP could not independently verify either side's account.
[e5|The official SUNA news agency] reported that drones launched by the RSF had struck a fuel depot inside El Obeid overnight. "The situation is under control and the markets will open tomorrow," [e6>state television|North Kordofan governor Abdelrahman Ismail] was quoted by state television as saying.
[e7>BBC|A doctor at the city's main hospital] told the BBC that 23 civilians, including six children, had been brought in with shrapnel wounds since Sunday. [e7|The doctor], who asked not to be named for fear of reprisals, said the hospital was running short of blood.
[e8|The El Obeid Emergency Response Room], a volunteer group, said on Facebook that water had been cut off to several neighbourhoods.
[e9|Residents] said by phone that they had heard heavy artillery fire throughout the night.
""",
    ),
    (
        "ba-006",
        "Reuters",
        "conflict",
        """
e1 named_organisation 3 ukraine
e2 named_person 4 ukraine
e3 named_organisation 3 russia
e4 named_person 4 russia
e5 state_media 3 russia
e6 named_person 4 ukraine
e7 own_reporting 3 -
e8 social_media 2 -
e9 anonymous_specific 2 ukraine aff=Ukraine's SBU security service
""",
        """
KYIV (Reuters) - Russia launched more than 90 drones and six cruise missiles at Ukraine overnight, striking energy facilities in three regions, [e1|Ukraine's air force] said on Wednesday.
[e1|The air force] said air defences had shot down 71 of the drones and four of the missiles. [e2>national television|Air force spokesman Taras Melnyk] told national television that the attack had come in several waves meant to exhaust air defence crews.
[e7|Reuters witnesses] heard at least a dozen explosions in Kyiv shortly after 3 a.m. (0100 GMT).
"Three substations were hit. Crews are already working," [e6|Zhytomyr regional governor Oksana Hrytsenko] wrote on Telegram. [e6|She] said about 40,000 households were without power.
[e3|Russia's defence ministry] said its forces had carried out a "massive strike" on facilities supplying Ukraine's military-industrial complex and that all targets had been hit. The Interfax news agency quoted [e4>Interfax news agency|Deputy Defence Minister Oleg Brovko] as saying the strikes were a response to Ukrainian attacks on Russian oil refineries.
[e5|TASS] reported that debris from a downed Ukrainian drone had damaged two houses in Russia's Bryansk region.
[e9|A senior official in Ukraine's SBU security service] told Reuters that Ukraine had hit a Russian ammunition depot in the same region hours earlier. "That is what they are answering," said [e9|the official], who was not authorised to speak publicly.
[e8|Footage circulating on Ukrainian Telegram channels] showed a large fire at what appeared to be a power plant west of Kyiv.
Reuters could not independently verify the footage or the claims of either side.
""",
    ),
    (
        "ba-007",
        None,
        "conflict",
        """
e1 named_organisation 3 government
e2 state_media 3 government
e3 named_person 4 government
e4 named_organisation 3 rebels
e5 named_person 4 rebels
e6 anonymous_vague 1 -
e7 named_organisation 3 -
e8 poll_or_data 3 -
e9 named_person 4 opposition
e10 anonymous_specific 2 -
""",
        """
[e1|Myanmar's military government] said on Friday its troops had retaken a key police outpost in western Rakhine state from ethnic Arakan Army rebels.
[e2|The state-run Global New Light of Myanmar] reported that 34 "terrorists" had been killed in the fighting near the town of Kyauktaw and that weapons and ammunition had been seized. "Security forces have restored stability in the area," [e3>MRTV|junta spokesman Major General Aung Kyaw Htet] was quoted by state broadcaster MRTV as saying.
[e4|The Arakan Army] said in a statement on its Telegram channel that its fighters still held the outpost and that the military had lost "more than 50 soldiers". [e5>Reuters|Arakan Army spokesman Saw Maung Hla] told Reuters by phone that the junta's claim was "a fantasy for its own supporters".
[e6>Radio Free Asia|Residents of Kyauktaw] told Radio Free Asia that air strikes had hit a monastery where displaced families were sheltering, killing at least nine people. Neither account could be independently verified.
[e7|The UN human rights office] said it was "deeply alarmed" by reports of air strikes on civilian sites and called for an independent investigation.
[e8|Figures compiled by the Assistance Association for Political Prisoners], a monitoring group, show that more than 6,000 civilians have been killed by security forces since the 2021 coup.
[e9>Observer|Min Thant], a former army captain who defected in 2022, claimed in the Observer last month that units in Rakhine were short of men and relied on forced conscripts. [e9|He] said many of them had received less than two weeks of training.
[e10|An aid worker in Sittwe], who asked not to be named, said food prices in the state capital had tripled since the main road to the south was closed. [e10|She] said fuel was being sold in plastic bottles at ten times its old price.
""",
    ),
    # ---------------------------------------------------------------- courts
    (
        "ba-008",
        "AP",
        "courts",
        """
e1 court_or_record 3 -
e2 court_or_record 3 prosecution
e3 named_person 4 prosecution
e4 named_person 4 defence
e5 named_person 4 prosecution
e6 named_person 4 defence
e7 court_or_record 3 -
e8 court_or_record 3 -
e9 official_statement 3 prosecution
""",
        """
DES MOINES, Iowa (AP) — [e1|A federal jury] on Thursday found a former county treasurer guilty of stealing more than $1.2 million in public money over nine years, much of it spent on casino trips and a lakeside cabin.
Dale Pruitt, 61, who served as treasurer of Marion County from 2012 to 2021, was convicted on 14 counts of wire fraud and theft of public funds.
[e2|The indictment] said Pruitt moved money from a little-used county escrow account into a business account he controlled, disguising the transfers as refunds to taxpayers.
[e3|Linda Graves], the county's former deputy treasurer, testified last week that she had raised concerns about the refunds in 2019 and had been ignored. [e4|Pruitt] testified in his own defense that he had meant to repay the money and that the transfers were loans.
[e5|Assistant U.S. Attorney Kendra Boyd] told jurors in her closing argument that "loans do not come with fake names on them." "That defense was never believable," [e5|Boyd] said after the verdict.
[e6|Defense attorney Mark Heller] said he would appeal. [e6|He] said jurors should have heard testimony about Pruitt's gambling addiction.
[e7|U.S. District Judge Raymond Soto] ruled before trial that the testimony was not relevant to whether Pruitt intended to steal. Soto set sentencing for March 3.
[e8|Court records] show Pruitt repaid about $40,000 after a state auditor discovered the missing money in 2021.
[e9|A statement from the U.S. Attorney's Office] said the case should serve as a warning to "anyone entrusted with the public's money."
""",
    ),
    (
        "ba-009",
        None,
        "courts",
        """
e1 named_person 4 prosecution
e2 court_or_record 3 -
e3 named_person 4 defence
e4 court_or_record 3 -
e5 named_person 3 -
e6 named_organisation 3 prosecution
e7 named_person 4 prosecution
""",
        """
A landlord who ignored repeated warnings about a faulty boiler has been jailed for three years after a 24-year-old tenant died of carbon monoxide poisoning at a flat in Leeds.
Gary Nolan, 58, had admitted gross negligence manslaughter at Leeds Crown Court.
[e1|Helen Marsh], prosecuting, told the court that Daniel Fielding had complained about headaches and a yellow flame on the boiler in at least five text messages to Nolan in the weeks before his death in January 2023. [e1|She] said Nolan had replied to only one, telling the tenant to "open a window".
[e2|A post-mortem examination] found that Mr Fielding had died in his sleep with a carbon monoxide level in his blood more than ten times the safe limit.
[e3|Rupert Vale], defending, said his client was "genuinely remorseful" and had been struggling with debts at the time. [e3|He] said Nolan had since sold his three other properties.
Jailing Nolan, [e4|Judge Caroline Ashdown] said he had treated a young man's life "as an inconvenience". [e4|She] said the text messages were "damning" and that a guilty plea could not remove the need for a substantial sentence.
[e5|Joanne Fielding], Daniel's mother, said in a statement read to the court that her son "did everything right and still died".
[e6|The Health and Safety Executive], which brought the prosecution, said after the hearing that landlords had a legal duty to have gas appliances checked every year. [e7|HSE inspector Priya Raman] said Nolan had not arranged a safety check at the flat for four years.
""",
    ),
    (
        "ba-010",
        "AP",
        "courts",
        """
e1 court_or_record 3 prosecution
e2 court_or_record 3 prosecution
e3 court_or_record 3 -
e4 named_person 4 defence
e5 named_person 4 defence
e6 court_or_record 3 -
e7 named_organisation 3 prosecution
e8 anonymous_specific 2 government aff=the city
""",
        """
JACKSON, Miss. (AP) — A Jackson city councilman took thousands of dollars in cash and a free kitchen remodel from a developer in exchange for his vote on a $9 million housing contract, [e1|a federal indictment] alleges.
Terrence Bell, 47, was arrested Monday at his home in north Jackson. [e1|The indictment], unsealed Tuesday, says Bell received about $38,000 in cash between 2021 and 2023 from a developer identified only as "Person A."
[e2|The arrest warrant affidavit] says FBI agents recorded Bell telling the developer that "the votes are there if the paperwork is there."
[e3|Minutes of the council's June 2022 meeting] show Bell made the motion to award the contract and cast the deciding vote in a 4-3 decision.
"I have never sold my vote and I never will," [e4|Bell] told reporters outside the federal courthouse. [e4|He] said he would not resign.
[e5|Carla Jennings], Bell's attorney, said the recordings had been "taken out of context" and that the cash was repayment of a personal loan.
[e6|U.S. Magistrate Judge Angela Whitfield] ruled that Bell could remain free on a $25,000 bond but must surrender his passport.
[e7|The U.S. attorney's office] said in a statement that the investigation was continuing. [e8|A spokeswoman for the city] said the housing contract had been suspended pending a review.
The developer has not been charged.
""",
    ),
    # -------------------------------------------------------------- business
    (
        "ba-011",
        "Reuters",
        "business",
        """
e1 named_organisation 3 company
e2 poll_or_data 3 -
e3 named_person 4 company
e4 named_person 4 company
e5 named_person 4 -
e6 anonymous_vague 1 -
e7 news_outlet 3 -
e8 anonymous_specific 2 company aff=Halvorsen
""",
        """
OSLO (Reuters) - [e1|Halvorsen Marine] said on Thursday its third-quarter operating profit fell 38%, hurt by cost overruns on two vessels built to install offshore wind turbines, and it cut its full-year margin forecast.
Operating profit came in at 412 million Norwegian crowns ($38 million), below the 530 million expected by analysts, according to [e2|LSEG data].
"We underestimated the complexity of these ships, and we are paying for it," [e3|Chief Executive Ingrid Solberg] told analysts on a conference call. [e3|She] said both vessels would be delivered by March, three months late.
[e4|Chief Financial Officer Marta Kowalczyk] said the company had set aside a further 150 million crowns for possible penalties. [e4|She] added that the order backlog, at 19 billion crowns, was the largest in the yard's history. [e3|Solberg] said the company would not bid for fixed-price contracts of that kind again, and [e3|she] said talks with the vessels' owner were "constructive".
Shares in the Norwegian shipbuilder fell 11% by 1015 GMT, their biggest one-day drop since 2020.
"The backlog is strong, but execution is the question now," said [e5|DNB Markets analyst Jonas Berg]. [e6|Other analysts] said the cut to guidance had been widely expected after a profit warning from a rival yard in September.
[e7|Dagens Naeringsliv], a business daily, reported on Wednesday that the company was considering selling its yard in Poland. [e8|A Halvorsen spokeswoman] denied the report, saying the yard was "core to our strategy".
""",
    ),
    (
        "ba-012",
        "Reuters",
        "business",
        """
e1 named_organisation 3 -
e2 official_statement 3 company
e3 named_person 4 company
e4 news_outlet 3 -
e5 anonymous_specific 2 -
e6 named_organisation 3 union
e7 named_person 4 -
e8 anonymous_vague 1 -
e9 anonymous_specific 2 - aff=the CMA
""",
        """
LONDON (Reuters) - [e1|Britain's competition regulator] said on Monday it would open an in-depth investigation into the planned 2.4 billion pound merger of supermarket chains Marlowe's and Kestrel Stores, warning the deal could push up prices in dozens of towns.
[e1|The Competition and Markets Authority] (CMA) said the two chains overlapped in 140 local areas, and that in 37 of them the combined business would face no large competitor within a 15-minute drive.
[e2|A joint statement from the two companies] said they were "disappointed but confident" the deal would be approved, and that they would offer to sell stores where needed.
"We think customers will be better off, not worse off," [e3>Channel 4 News|Marlowe's Chief Executive Simon Pryce] said in an interview with Channel 4 News. [e3|Pryce] said the merged group would cut prices on 1,000 staple products within a year.
[e4|The Financial Times] reported last week that the companies had already identified about 30 stores to sell. [e5|Two people familiar with the talks] told Reuters that figure could rise to 50 if the regulator pressed for more.
[e6|The Usdaw union], which represents shop workers, said it would seek guarantees that staff in any stores sold off would keep their current pay. [e6|The union] said about 61,000 people work for the two chains.
[e7|Priya Chandran], an analyst at Peel Hunt, said the regulator's concerns were narrower than some investors had feared. [e8|Consumer groups] warned that the deal would leave shoppers in rural areas with fewer choices.
[e9|A spokeswoman for the CMA] said a final decision was due by April.
""",
    ),
    (
        "ba-013",
        "AP",
        "business",
        """
e1 named_organisation 3 union
e2 named_person 4 union
e3 named_organisation 3 company
e4 anonymous_specific 2 company aff=Corliss
e5 official_statement 3 company
e6 anonymous_vague 1 union
e7 named_person 4 union
e8 poll_or_data 3 -
""",
        """
LOUISVILLE, Ky. (AP) — About 2,300 workers walked off the job Monday at a Corliss Appliance plant that makes washing machines and dryers, after contract talks broke down over wages and retiree health care, [e1|United Steelworkers Local 7721] said.
"Our members have given this company years of overtime and concessions. They're done," [e2|Local President Denise Harlan] said outside the plant gate. [e2|Harlan] said the union had asked for raises of 6% a year over four years.
[e3|Corliss Appliance] said in a statement that its offer of 14% over four years was "fair and competitive." [e4|A Corliss spokesman] said the plant would keep running at reduced capacity with salaried staff.
[e5|A company letter to employees], dated Friday, said workers who crossed the picket line would keep their health coverage.
[e6|Workers on the picket line] said health care mattered more to them than the raise. "I've got 19 years in, and I want to know my insulin is covered when I retire," said [e7|Keisha Tran], who assembles motors on the main line. [e7|She] said her husband, who works in the same plant, had also joined the strike.
[e2|Harlan] said the union's strike fund could pay members $500 a week. [e2|She] said no new talks had been scheduled. [e3|The company] said it had offered to meet union negotiators on Thursday.
[e8|Data from the Bureau of Labor Statistics] show that fewer than 10% of U.S. private-sector workers belong to a union.
""",
    ),
    # --------------------------------------------------------- polls_science
    (
        "ba-014",
        "AP",
        "polls_science",
        """
e1 poll_or_data 3 -
e2 named_person 4 -
e3 named_person 4 -
e4 poll_or_data 3 -
e5 poll_or_data 2 -
e6 named_person 4 -
e7 named_organisation 3 government
""",
        """
WASHINGTON (AP) — Child care has become too expensive for most American families, and few people think either political party has a plan to fix it, according to [e1|a new poll from the Halden Research Center].
[e1|87% of the 1,000 adults surveyed] said child care costs were a serious problem in their community, and [e1|about 4 in 10 parents of children under 5] said they had cut back their work hours because of those costs.
"People are making real trade-offs, not just complaining about prices," said [e2|Lena Whitford], who directs polling at the center. [e2|She] said the share of parents reporting reduced hours had roughly doubled since the center last asked the question in 2019.
[e3|Carmen Ibarra], a 34-year-old nurse from Tucson, Arizona, who took part in the poll, said she pays $1,400 a month for her 2-year-old's day care. "That's more than my rent," [e3|Ibarra] said.
[e4|Labor Department data] show that child care prices have risen about 30% over the past five years, faster than overall inflation. [e5|Another recent survey] found that nearly half of licensed child care centers had a waiting list.
[e6|Aaron Feld], an economist at the Brookings Institution, said the rise partly reflects the end of pandemic-era federal grants to providers. [e6|He] warned that more centers would close in rural areas.
[e7|The Department of Health and Human Services] said in a statement that it was reviewing rules that cap what low-income families pay.
The survey of 1,000 adults was conducted Oct. 3-7 and has a margin of sampling error of plus or minus 4.1 percentage points.
""",
    ),
    (
        "ba-015",
        None,
        "polls_science",
        """
e1 poll_or_data 3 -
e2 named_person 4 -
e3 named_person 4 -
e4 poll_or_data 3 -
e5 named_person 4 -
e6 named_organisation 3 government
""",
        """
Older adults are far more likely to be hospitalized for kidney problems during heat waves than on ordinary summer days, even in cities used to extreme heat, [e1|a large new study] has found.
[e1|The study], which was published Wednesday in JAMA Network Open, found that admissions for acute kidney injury among Medicare patients rose 14% on days when the heat index passed 103 degrees Fahrenheit.
"The kidneys are the quiet casualty of heat," said [e2|Dr. Yusuf Adeyemi], a nephrologist at the University of Michigan and the study's lead author. [e2|He] said many patients arrived dehydrated after days of trying not to run air conditioners to save money.
[e3|Dr. Karim Haddad], a co-author and climate scientist at the university, said the effect held even in Phoenix and Las Vegas. [e3|He] said the team had expected people in hot cities to be better adapted. [e2|Adeyemi] said the findings argued for checking on older neighbors during heat alerts, and [e2|he] said doctors should review diuretic doses before summer. [e3|Haddad] added that the data could not show how many patients lived alone.
[e4|National Weather Service records] show the number of days with a heat index above 103 degrees has risen in most of the 140 counties studied since the 1990s.
[e5|Dr. Sofia Lindqvist], an epidemiologist at Karolinska Institutet in Stockholm who was not involved in the research, said the study was "careful and large enough to take seriously." [e5|She] cautioned that hospital records miss milder cases treated at home.
[e6|The Centers for Disease Control and Prevention] said in guidance updated last month that people over 65 should drink water regularly during heat waves even if they are not thirsty.
""",
    ),
    (
        "ba-016",
        None,
        "polls_science",
        """
e1 poll_or_data 3 -
e2 named_organisation 3 -
e3 named_person 4 -
e4 anonymous_vague 1 -
e5 named_person 4 -
e6 poll_or_data 3 -
e7 anonymous_specific 2 government aff=Treasury
e8 named_person 4 opposition
""",
        """
Britain's unemployment rate rose to 4.6% in the three months to September, its highest in four years, as employers cut back on hiring ahead of higher payroll taxes, [e1|official figures] showed on Tuesday.
[e2|The Office for National Statistics] said the number of job vacancies fell for the 29th month in a row, to 723,000. "The labour market is clearly cooling, but we are not seeing large-scale redundancies," [e3|ONS director of economic statistics Gareth Pell] said.
[e2|The ONS] also said its estimates remained less reliable than before the pandemic because fewer households were answering its Labour Force Survey.
[e1|The figures] showed regular pay growth, excluding bonuses, slowed to 4.8% from 5.0%.
[e4|Economists] said the data made a Bank of England interest rate cut next month more likely. "This is the weakest jobs report in a long time," said [e5|Hannah Osei], chief economist at the Resolution Foundation think tank. [e5|She] said young people were being hit hardest, with unemployment among 18- to 24-year-olds at 14.2%.
[e6|A separate survey of 2,000 employers], published by the Chartered Institute of Personnel and Development on Monday, found that a quarter planned to cut staff in the next three months.
[e7|A Treasury spokesperson] said the government's reforms would "get Britain working again". [e8|Shadow Work and Pensions Secretary Daniel Marsh] said the figures were "a verdict on the budget".
""",
    ),
    # ----------------------------------------------------------------- local
    (
        "ba-017",
        "AP",
        "local",
        """
e1 named_organisation 3 -
e2 named_person 4 -
e3 named_organisation 3 police
e4 anonymous_specific 2 police aff=the sheriff's department
e5 anonymous_vague 1 -
e6 named_person 3 -
e7 social_media 2 -
e8 named_organisation 3 company
""",
        """
PERRIS, Calif. (AP) — A fire tore through a vacant warehouse in this Inland Empire city early Thursday, sending a column of black smoke over nearby neighborhoods and forcing about 200 people from their homes, [e1|the Riverside County Fire Department] said.
No one was injured.
[e2|Fire Capt. Brent Maddox] said crews arrived shortly after 2 a.m. to find the building "fully involved" and took nearly five hours to bring the flames under control. [e2|Maddox] said the roof had collapsed within 30 minutes. "We went defensive right away," [e2|he] said.
[e3|The Riverside County Sheriff's Department] said arson investigators were at the scene. [e4|A spokeswoman for the sheriff's department] said deputies had been called to the warehouse twice in the past month for reports of people living inside.
[e5|Residents] said the building had drawn squatters since its owner, a logistics company, moved out last year.
"You could feel the heat from across the street," [e6>local television|Roberto Fuentes], 62, told local television. [e6|Fuentes] said he woke his grandchildren and drove them to a relative's house in Moreno Valley.
[e7|A video posted to a neighborhood Facebook group] showed flames shooting through the roof as the first fire engines arrived.
[e8|Southern California Edison] said power had been cut to about 1,100 customers as a precaution and would be restored by the afternoon. Evacuation orders were lifted at about 9 a.m., [e1|the fire department] said.
""",
    ),
    (
        "ba-018",
        None,
        "local",
        """
e1 court_or_record 3 government
e2 named_person 4 government
e3 named_person 4 campaigners
e4 social_media 3 campaigners
e5 anonymous_specific 2 government aff=the council
e6 named_organisation 3 government
e7 own_reporting 3 -
e8 named_person 4 opposition
e9 anonymous_vague 1 -
""",
        """
Plans to sell part of a much-loved park for housing were drawn up months before residents were told, [e1|council minutes] show.
[e1|The minutes of a private cabinet meeting in March], released under freedom of information rules, record that officers were asked to "explore disposal options" for the northern end of Millfield Park. Residents were first told about the plan in September, when Hallam Borough Council launched a public consultation.
[e2|Councillor Janet Frost], the cabinet member for environment, said no decision had been taken and the minutes reflected "early, routine conversations". [e2|She] said any money raised would be spent on the borough's other parks.
[e3|Margaret Lowe], who chairs the Friends of Millfield Park, said the group felt "misled". [e3|She] said more than 3,000 people had signed a petition against the sale. [e2|Frost] said the petition would be considered at a full council meeting in January, but [e3|Lowe] said that was "too little, too late".
[e4|A post on the Save Millfield Park Facebook page] claimed that trees had already been marked for felling. [e5|A spokesperson for the council] denied this, saying the marks were part of a routine safety survey. [e6|The council] said in a statement that it had a duty to "consider all options" to balance its budget.
[e7|An investigation by this newspaper] found that the council had sold three other green spaces for development since 2018, raising £4.2 million.
[e8|Liberal Democrat councillor Asif Rahman], who represents the Millfield ward, said he would ask for all cabinet minutes on the park to be published in full. [e9|Dog walkers] said on Saturday that they had not seen any notices about the consultation.
""",
    ),
    (
        "ba-019",
        "AP",
        "local",
        """
e1 named_organisation 3 police
e2 named_person 4 police
e3 court_or_record 3 -
e4 named_person 4 -
e5 social_media 3 -
e6 anonymous_vague 1 -
e7 named_person 3 -
e8 news_outlet 3 -
""",
        """
DAYTON, Ohio (AP) — A 15-year-old student was charged Wednesday with inducing panic after a threat written on a bathroom wall led to the lockdown of a suburban Dayton high school, [e1|the Montgomery County Sheriff's Office] said.
[e2|Sheriff Carl Whitaker] said deputies searched Brookhaven High School room by room on Tuesday afternoon and found no weapons. "We treat every one of these as real until we know it isn't," [e2|Whitaker] said at a news conference.
[e3|A complaint filed in juvenile court] says the student wrote the message with a marker during a lunch period and was identified through hallway camera footage.
[e4|Superintendent Angela Pierce] said classes would resume Thursday with extra deputies on campus. [e5|A message posted on the district's Facebook page] said counselors would be available at every school in the district this week.
[e6|Parents waiting outside the school] said they learned of the lockdown from their children's texts before the district's alert arrived. "My daughter texted me, 'We're in the closet, don't call,'" said [e7|Tamika Jones], whose daughter is a sophomore. [e7|Jones] said the district needed to communicate faster.
[e4|Pierce] said the district would review how its alert system worked.
[e8|WHIO-TV] reported that it was the third threat at a Dayton-area school this month.
""",
    ),
    # ------------------------------------------------------------- interview
    (
        "ba-020",
        "Reuters",
        "interview",
        """
e1 named_person 4 -
e2 named_person 4 -
e3 poll_or_data 3 -
e4 anonymous_vague 1 -
""",
        """
YOGYAKARTA, Indonesia (Reuters) - In a narrow workshop off a lane in the south of the city, [e1|Ratna Wulandari] says she can tell within seconds whether a batik cloth was drawn by hand or printed in a factory.
"You look at the back. A hand-drawn cloth has the same colour on both sides," [e1|Wulandari], 51, told Reuters, holding a length of indigo cotton up to the window.
[e1|She] said orders at her workshop, which employs 14 women, had fallen by half in three years as cheap printed imports flooded local markets.
[e2|Sri Handayani], her former apprentice, now sells hand-drawn batik online from a rented room two streets away, and said most of her buyers were in Jakarta, Singapore and the Netherlands. [e2|She] said a single video of her drawing wax patterns had brought in more orders than a year of trade fairs.
[e1|Wulandari] said she had tried selling online but found it exhausting. "I am an artist, not a shop," [e1|she] said.
[e2|Handayani] said that view was common among older makers. "If nobody sees the cloth, there is no artist," [e2|she] said, adding that she now photographs Wulandari's work for her own page.
[e3|Figures from the industry ministry] show exports of batik fell 12% last year to $64 million.
[e4|Other workshop owners in the district] said they had cut staff or switched to cheaper stamped designs.
[e1|Wulandari] said she would keep her 14 workers as long as she could. [e2|Handayani] said she had offered to take two of them.
""",
    ),
    (
        "ba-021",
        "AFP",
        "interview",
        """
e1 named_person 4 company
e2 named_person 4 -
e3 anonymous_vague 1 -
e4 poll_or_data 3 -
""",
        """
SLUPSK, Poland (AFP) - When Javier Ortega Ruiz first came to northern Poland in 2016 to scout sites for wind turbines, farmers chased him off their land, [e1|he] says.
"One man came out with a dog and a shovel," [e1|Ortega], a 47-year-old engineer from Valencia, told AFP, laughing.
The man with the shovel was Tomasz Wiśniewski, a farmer who now leases 40 hectares to Ortega's company for six turbines. "I thought he was selling something. He was, but it was a good deal," [e2|Wiśniewski], 63, said in his farmhouse kitchen. [e2|He] said the lease brings in more each year than his wheat and rapeseed combined.
[e1|Ortega] said the hardest part had been a 2016 law barring turbines within ten times their height of any home, which froze new projects for years. [e1|He] said the rule was loosened in 2023 but permits could still take seven years.
[e2|Wiśniewski] said not everyone in the village had come round. [e3|Some neighbours] complained to the local council last year that the turbines kept them awake. [e2>Glos Pomorza|He] told the regional newspaper Glos Pomorza at the time that the noise was "quieter than my tractor".
[e4|Data from grid operator PSE] show that wind supplied about 14% of Poland's electricity last year, up from 9% in 2019.
[e1|Ortega] said his company planned two more turbines on the farm. "Now the dog likes him," [e2|Wiśniewski] said.
""",
    ),
    (
        "ba-022",
        "Reuters",
        "interview",
        """
e1 named_person 4 company
e2 named_person 4 company
e3 anonymous_vague 1 -
e4 social_media 3 company
e5 poll_or_data 3 -
e6 named_person 4 -
""",
        """
LAGOS (Reuters) - [e1|Emeka Nwosu] and [e2|Olumide Bakare] say they started their payments app in 2019 with two laptops and a borrowed generator in a flat in Yaba, the Lagos district at the centre of Nigeria's tech scene.
Five years on, their company, Kobo Bridge, processes about 4 million transactions a month, [e1|Nwosu] told Reuters. "We did not plan to become a bank; the market pulled us there," [e1|he] said.
[e2|Bakare], the company's chief technology officer, said the hardest period came in early 2023, when a shortage of new naira banknotes pushed millions of people to digital payments almost overnight. [e2|He] said the app's servers crashed four times in one week. "We were rebuilding the system while people were using it," [e2|he] said.
[e3|Some users] said on social media at the time that their money had vanished for days. [e4|A post on the company's X account] in February 2023 apologised and said all funds were safe.
[e1|Nwosu] said the naira's steep fall had made it harder to pay for cloud services billed in dollars. [e1|He] said the company now kept some of its servers in Lagos to cut costs.
[e5|Central bank data] show the value of electronic transfers in Nigeria rose more than 80% in 2023.
[e6>BBC|Omar Al-Sayed], a partner at a Dubai-based fund that invested in Kobo Bridge last year, said in an interview with the BBC that the founders were "unusually careful with money".
[e2|Bakare] said the two had argued seriously only once, over the company's name. [e1|Nwosu] said he had won.
""",
    ),
]
