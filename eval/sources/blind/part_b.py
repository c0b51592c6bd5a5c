"""Blind typed sources dev set, part B (held out). Markup: see GUIDELINES.md."""

ARTICLES = [
    (
        "bb-001",
        "Reuters",
        "wire",
        """
e1 named_person 4 government
e2 anonymous_vague 1 -
e3 anonymous_specific 2 government aff=the energy ministry
e4 anonymous_specific 2 government aff=Pertamina
e5 named_organisation 3 -
e6 poll_or_data 3 -
e7 named_person 4 opposition
e8 anonymous_vague 1 -
""",
        """
JAKARTA (Reuters) - Indonesia plans to cut fuel subsidies by a fifth next year, [e1|Finance Minister Sri Wahyuningsih] said on Tuesday, a move [e2|economists] say could push inflation above 8 percent.
"We cannot keep burning money at the pump while schools have no roofs," [e1|Wahyuningsih] told reporters after a cabinet meeting. [e1|She] said the savings, estimated at 40 trillion rupiah, would go to rural clinics and roads.
[e3|A senior official at the energy ministry], who asked not to be named because the plan had not been formally announced, said the price of subsidised petrol could rise by as much as 1,500 rupiah a litre from January. "The president has already signed off on it," [e3|the official] said.
[e4|An official at state oil company Pertamina] said distributors had been told to prepare for long queues in the days before any increase.
[e5|Bank Indonesia] said in a statement it would watch prices closely but saw no need to raise interest rates before March.
[e6|A Reuters poll of 14 economists] showed median expectations for inflation of 7.9 percent in the second quarter of 2009, up from 6.2 percent in the previous poll.
[e7|Opposition lawmaker Budi Santoso] said his party would try to block the measure in parliament. "Fishermen and motorbike taxi drivers will pay for this, not the rich," [e7|Santoso] told Reuters by telephone.
Protests over a fuel price rise in 2005 turned violent in several cities.
[e8|Currency traders] said the rupiah weakened 0.4 percent after the announcement.
""",
    ),
    (
        "bb-002",
        "AFP",
        "conflict",
        """
e1 named_organisation 3 rebels
e2 named_organisation 3 government
e3 named_person 4 rebels
e4 named_person 4 government
e5 anonymous_vague 1 -
e6 anonymous_specific 2 - aff=United Nations
e7 state_media 3 government
""",
        """
KHARTOUM (AFP) - [e1|The rebel Darfur Unity Front] said on Sunday it had shot down an army helicopter near the town of Kutum, a claim [e2|the government] swiftly denied.
"Our fighters brought it down with heavy machine guns," [e3|DUF spokesman Ibrahim al-Nur] told AFP by satellite telephone. [e3|He] said the two pilots had been captured alive and were being treated "according to the Geneva Conventions".
[e4>SUNA news agency|Army spokesman Colonel Khalid Osman] was quoted by the SUNA news agency as saying the helicopter had made an emergency landing because of a technical fault. "There was no hostile fire of any kind," [e4|Osman] said, adding that the crew had been rescued.
[e5|Residents of Kutum] reached by telephone said they had heard heavy gunfire in the hills east of the town late on Saturday.
[e6|A United Nations official in El Fasher], speaking on condition of anonymity, said peacekeepers had been unable to reach the area because of the fighting.
[e7|SUNA] later reported that government forces had cleared two villages of "outlaws" and seized a large quantity of weapons.
[e3|Al-Nur] said the rebels had lost three fighters in the clashes and accused the army of bombing civilian areas around Kutum.
""",
    ),
    (
        "bb-003",
        None,
        "courts",
        """
e1 court_or_record 3 -
e2 named_person 4 prosecution
e3 official_statement 3 -
e4 named_person 4 defence
e5 named_person 4 defence
e6 court_or_record 3 -
e7 anonymous_specific 2 - aff=Greenway Homes Trust
""",
        """
A former finance director of a Midlands housing charity stole more than £400,000 over six years to fund a gambling habit and foreign holidays, [e1|a jury at Birmingham Crown Court] found on Thursday.
Gareth Pryce, 52, of Solihull, was convicted of fraud by abuse of position after a two-week trial.
[e2|Prosecutor Helen Marsh] told the court that Pryce had moved money from Greenway Homes Trust into 41 accounts held in the names of relatives and a former girlfriend. "This was not a moment of weakness. It was a system, and he ran it every month," [e2|Ms Marsh] said.
[e3|An audit commissioned by the trust's board] found that the losses had forced the charity to delay repairs to more than 200 homes.
[e4|Pryce] had denied the charges. [e4|He] told the jury he had always intended to repay the money once his "luck turned".
[e5|Defence barrister Simon Okafor] said his client had sought treatment for gambling addiction and had shown genuine remorse.
[e6|Judge Alan Whitcombe] adjourned sentencing until next month and warned Pryce that he faced "a substantial term of imprisonment".
[e7|A spokeswoman for Greenway Homes Trust] said the charity had tightened its financial controls and that no tenant had lost a home as a result of the fraud.
""",
    ),
    (
        "bb-004",
        "Reuters",
        "business",
        """
e1 named_organisation 3 company
e2 anonymous_specific 2 company aff=Haedong
e3 anonymous_vague 1 -
e4 named_person 4 -
e5 named_person 4 -
e6 poll_or_data 3 -
e7 named_organisation 3 -
""",
        """
SEOUL, March 3 (Reuters) - [e1|Haedong Heavy Industries], South Korea's third-largest shipbuilder, said on Monday it had won a $1.2 billion order for six liquefied natural gas carriers from a Norwegian shipping group, sending its shares up 6 percent.
[e1|The company] said in a regulatory filing that the vessels would be delivered by the end of 2011.
[e2|A Haedong spokesman] said the order was the yard's largest this year and that talks on two more ships were continuing. "We expect to sign the option before summer," [e2|he] said.
[e3|Analysts] said the deal eased worries that a slump in new orders would hit earnings in 2009.
"This fills the dock through 2011, and that is what the market needed to hear," said [e4|Lee Jae-won], an analyst at Woori Investment & Securities.
[e5|Park Sung-ho] of Hana Daetoo Securities was more cautious. [e5|He] said the price per ship appeared to be about 10 percent below last year's level, which would squeeze margins.
[e4|Lee] said Haedong could absorb lower prices because a weaker won had made its costs cheaper in dollar terms.
[e6|Data from the Korea Shipbuilders' Association] showed new orders for Korean yards fell 38 percent in January and February from a year earlier.
[e7|Fjordline Gas Shipping] confirmed the order in a statement issued in Oslo but did not disclose the price.
""",
    ),
    (
        "bb-005",
        "Reuters",
        "polls_science",
        """
e1 poll_or_data 3 -
e2 named_person 4 -
e3 poll_or_data 3 -
e4 named_person 4 -
e5 poll_or_data 3 -
e6 anonymous_specific 2 government aff=the department
""",
        """
LONDON (Reuters) - Children who sleep fewer than nine hours a night are more likely to be overweight by the age of 11, according to [e1|a study of 5,200 British schoolchildren] published on Wednesday.
[e1|The study], by researchers at the University of Bristol, found that each hour of lost sleep raised the risk of obesity by about 10 percent, even after diet and exercise were taken into account.
"The link held up however we sliced the data," [e2|lead author Fiona Gallagher] said in a telephone interview. [e2|Gallagher] cautioned that the team could not prove that short sleep caused weight gain, only that the two went together.
[e3|A separate survey for the charity Sleep Matters] found that many children go to bed next to a screen. [e3|Sixty-two percent of the 2,000 parents questioned] said their child had a television or computer in the bedroom.
[e4|Martin Reyes], a paediatrician at King's College London who was not involved in the research, said the findings were "plausible but not the whole story". [e4|He] warned that parents should not treat early bedtimes as a cure for obesity.
[e5|Figures from the Department of Health] show that one in five children in England is obese by the time they leave primary school.
[e6|A spokeswoman for the department] said new guidance on sleep and screen time would be published in the autumn.
""",
    ),
    (
        "bb-006",
        "AP",
        "local",
        """
e1 anonymous_vague 1 -
e2 named_person 4 -
e3 named_organisation 3 -
e4 anonymous_vague 1 -
e5 named_person 4 -
e6 official_statement 3 -
e7 named_person 4 -
e8 named_organisation 3 -
""",
        """
DODGE CITY, Kan. (AP) — A fire that tore through a downtown apartment building early Saturday killed two people and left more than 30 residents homeless, [e1|authorities] said.
[e2|Fire Chief Ray Dominguez] said crews arrived shortly after 3 a.m. to find flames pouring from second- and third-floor windows. [e2|Dominguez] said the cause was under investigation but did not appear to be suspicious.
[e3|The Ford County coroner's office] said the victims were a 71-year-old woman and her 44-year-old son, who lived together on the third floor.
[e4|Residents] said the smoke alarms in the building never went off.
"I woke up because my dog was barking at the door," said [e5|Tamika Lowe], 29, who lived down the hall from the victims. [e5|Lowe] said she carried her two daughters down a back staircase in the dark.
[e6|A 2006 inspection report by the city fire department] showed the building had been cited for blocked exits and missing alarm batteries.
[e7|Hollis Grant], who has owned the building since 1998, said in a brief phone interview that every problem had been fixed. "I passed the reinspection," [e7|he] said.
[e8|The American Red Cross] said it was housing 19 people at a motel on Wyatt Earp Boulevard.
""",
    ),
    (
        "bb-007",
        None,
        "interview",
        """
e1 named_person 4 -
e2 named_person 4 -
e3 anonymous_specific 2 government aff=the Aceh health office
""",
        """
BANDA ACEH, Indonesia — A year after the tsunami, Nurhayati Siregar still keeps a list of the patients she could not save.
"I read it every Sunday, so I do not forget their names," [e1|Siregar], a surgeon at the city's main hospital, said as she sat in a corridor that still smells of fresh paint.
Her closest colleague, Carmen Ibáñez, a Spanish doctor who arrived with a relief agency in January and never left, thinks the list is a burden.
"She carries too much," [e2|Ibáñez] said. [e2|She] said the hospital still had no working X-ray machine and that patients with fractures were sent 600 kilometres to Medan.
"Carmen thinks I am sad, but really I am angry," [e1|Siregar] said.
[e1|She] said that on the morning the water came she had been in theatre, and that by noon the corridors were full of the injured and the dead.
[e2|Ibáñez] said she had learned Indonesian from the nurses, who still tease her about her accent. "They say I speak like a soap opera," [e2|she] said, laughing.
[e1|Siregar] said the provincial health office had promised a new surgical wing by 2007.
[e3|A spokesman for the Aceh health office] said the money had been approved but that construction had been held up by a shortage of cement.
"Every year there is a shortage of something," [e1|she] said.
""",
    ),
    (
        "bb-008",
        "Reuters",
        "conflict",
        """
e1 anonymous_vague 1 opposition
e2 state_media 3 government
e3 named_organisation 3 -
e4 named_person 4 opposition
e5 social_media 2 opposition
e6 anonymous_specific 2 government
e7 state_media 3 government
e8 anonymous_specific 2 -
""",
        """
BEIRUT (Reuters) - Syrian troops shelled rebel-held districts of Homs on Thursday, killing at least 18 people, [e1|opposition activists] said, while [e2|state television] said the army had killed dozens of "terrorists".
[e3|The Syrian Observatory for Human Rights], a British-based monitoring group, said 11 of the dead were civilians, among them three children.
"The shells have been falling since dawn, one every few minutes," [e4|Rami Khalil], an activist in the Khalidiya district, told Reuters by Skype. [e4|He] said families were sheltering in basements without electricity.
[e5|A video posted on YouTube by activists] showed smoke rising over a row of apartment blocks to the sound of heavy explosions.
Reuters could not independently verify the reports because the government restricts access for journalists.
[e6>state television|An army officer] was quoted by state television as saying troops were "pursuing armed gangs who have terrorised the people of Homs".
[e7|The state news agency SANA] said six soldiers had been killed and that their funerals would be held in Damascus on Friday.
[e8|A Western diplomat in Damascus] said the government appeared determined to retake the city "whatever the cost". Arab League monitors had been unable to leave their hotel for two days, [e8|the diplomat] said.
""",
    ),
    (
        "bb-009",
        "AP",
        "wire",
        """
e1 anonymous_vague 1 government
e2 named_organisation 3 -
e3 named_person 4 government
e4 named_person 4 government
e5 named_organisation 3 government
e6 named_organisation 3 government
e7 anonymous_vague 1 -
e8 named_person 3 -
""",
        """
LIMA, Peru (AP) — A magnitude-6.1 earthquake struck the southern Andes of Peru on Tuesday, killing at least nine people and destroying hundreds of adobe homes, [e1|officials] said.
[e2|The U.S. Geological Survey] said the quake was centered 40 kilometers (25 miles) northeast of the city of Ayacucho at a depth of 60 kilometers (37 miles).
[e3>RPP radio|Interior Minister Luis Alberto Quispe] told RPP radio that police and soldiers were trying to reach villages cut off by landslides. [e3|Quispe] said at least 40 people had been injured.
[e4|Rosa Mendoza], the regional civil defense chief, said most of the dead were elderly people trapped when their roofs fell in. "The adobe simply turned to dust," [e4|Mendoza] said.
[e5|Peru's civil defense institute] estimated in a report late Tuesday that 1,200 homes had been damaged or destroyed.
[e6|The Health Ministry] said it was sending field hospitals to Huanta and Tambo. [e6|The ministry] said two clinics in the region had been evacuated because of cracks in their walls.
In Huanta, [e7>local television|residents] told local television they had slept in the streets for fear of aftershocks.
"We have nothing left, not even a cooking pot," [e8|Julia Huamán], 63, told The Associated Press by telephone from her village near Tambo.
""",
    ),
    (
        "bb-010",
        "AP",
        "courts",
        """
e1 court_or_record 3 prosecution
e2 named_person 4 prosecution
e3 court_or_record 3 prosecution
e4 named_person 4 defence
e5 court_or_record 3 -
e6 court_or_record 3 -
e7 named_organisation 3 -
""",
        """
MIAMI (AP) — A former South Florida county commissioner took more than $250,000 in bribes from developers in exchange for his votes on zoning changes, [e1|a federal indictment unsealed Wednesday] alleges.
[e1|The 14-count indictment] says Raymond Castellanos, 61, steered at least nine projects through the commission between 2004 and 2008 and hid the payments through a landscaping company owned by his nephew.
"Public office is not a private marketplace," [e2|U.S. Attorney Marcia Fenwick] said at a news conference. [e2|Fenwick] said two developers had agreed to cooperate with investigators.
[e3|An FBI agent's affidavit filed in support of a search warrant] says agents recorded Castellanos discussing "consulting fees" in a restaurant parking lot in 2007.
[e4|Defense attorney David Rubinstein] said his client would plead not guilty. [e4|He] said the payments were lawful campaign contributions that had been properly reported.
[e5|Court records] show Castellanos surrendered to federal agents Wednesday morning and was released on a $500,000 bond.
[e6|U.S. Magistrate Judge Helen Ortiz] ruled that he could not travel outside South Florida and must surrender his passport.
[e7|The county's ethics commission] said in a statement that it had opened its own inquiry into the zoning votes.
""",
    ),
    (
        "bb-011",
        None,
        "business",
        """
e1 named_organisation 3 company
e2 named_person 4 company
e3 named_person 4 company
e4 named_organisation 3 union
e5 anonymous_specific 2 union aff=Usdaw
e6 poll_or_data 3 -
e7 named_person 4 -
e8 anonymous_vague 1 -
""",
        """
[e1|Harrow & Finch], the department store chain, warned on Thursday that full-year profits would fall by as much as a third after a wet summer and a weak start to the Christmas season.
[e2|Chief executive Nigel Barraclough] said the group would close 12 of its 140 stores and cut about 900 jobs. "We have too many shops in the wrong places, and we have known it for a while," [e2|Barraclough] told analysts on a conference call.
[e3|A Harrow & Finch spokeswoman] said staff at the affected stores would be offered jobs at nearby branches where possible. [e3|The spokeswoman], Rachel Ives, added that redundancy terms would be above the legal minimum.
[e4|The shopworkers' union Usdaw] said it was "appalled" that staff had learned of the closures from the media. [e5|A Usdaw official] said members at two of the stores had been told on Wednesday night by text message.
[e6|Figures from the British Retail Consortium] showed like-for-like sales at department stores fell 1.2 percent in October.
[e7|Sarah Lyle], an analyst at Numis Securities, said the warning was worse than expected. "The market had priced in a miss, not a collapse," [e7|she] said.
[e1|The company] said it had no plans to raise new equity and that its banks had agreed to relax lending covenants.
[e8|Traders] said hedge funds had been building short positions in the stock for weeks.
""",
    ),
    (
        "bb-012",
        "AP",
        "polls_science",
        """
e1 poll_or_data 3 -
e2 named_person 4 -
e3 poll_or_data 3 -
e4 poll_or_data 3 -
e5 anonymous_vague 1 -
e6 named_person 4 government
e7 named_person 4 opposition
""",
        """
WASHINGTON (AP) — Most Americans think the economy is getting worse, and fewer than a third approve of the way Congress is handling it, according to [e1|an Associated Press-GfK poll] released Thursday.
[e1|The poll] found that 68 percent of adults believe the economy is deteriorating, up from 54 percent in March. [e1|Forty-one percent of those surveyed] said someone in their household had cut back on doctor visits to save money.
"I've cut back on everything except gas, and gas keeps going up," said [e2|Linda Pruett], 54, a school bus driver from Dayton, Ohio, who took part in the survey.
[e3|A separate Gallup survey released Monday] showed consumer confidence at its lowest level since 1992.
[e4|Figures from the Labor Department] showed employers cut 62,000 jobs in May, the fifth straight monthly decline.
[e5|Economists] say the housing slump and high fuel prices are likely to weigh on spending through the end of the year.
[e6|White House spokeswoman Dana Whitfield] said the president believed the tax rebates now reaching households would "give the economy a lift this summer". [e6|She] said the administration opposed a second stimulus package.
[e7|Rep. Carl Bettencourt], a California Democrat, said the rebates were "a drop in a very large bucket".
The poll was conducted May 29-June 2 by GfK Roper Public Affairs and Media and involved telephone interviews with 1,002 adults. It has a margin of error of plus or minus 3.1 percentage points.
""",
    ),
    (
        "bb-013",
        None,
        "local",
        """
e1 anonymous_vague 1 -
e2 named_organisation 3 police
e3 named_person 4 police
e4 named_person 4 -
e5 named_person 4 -
e6 named_organisation 3 council
e7 anonymous_specific 2 council aff=Sheffield City Council
e8 named_person 4 -
""",
        """
[e1|Residents of a Sheffield estate] say they are afraid to leave their cars outside their homes after a spate of arson attacks in which 14 vehicles have been set alight in a month.
[e2|South Yorkshire Police] said officers were investigating the fires on the Parson Cross estate, the first of which was reported on October 2, and had arrested two boys, aged 15 and 16.
[e3|Inspector Gail Norris] said extra patrols would run every night until the culprits were caught. [e3|She] added: "We know this is frightening, and we are taking it extremely seriously."
[e4|Pensioner Doreen Walsh], 74, said she had watched from her bedroom window as her late husband's car burned in the street. "That car was the last thing I had of his," [e4|Mrs Walsh] said.
[e5|Neighbour Kelly Brennan], 31, said she now parked at her mother's house two miles away. [e5|She] said the fires had started after a youth club on the estate closed in the summer.
[e6|Sheffield City Council] said in a statement that it would install two more CCTV cameras on the estate by Christmas.
[e7|A council spokesman] said the youth club had closed because of "budget pressures" but that the authority was looking for a new operator.
[e8|Local councillor Tony Dale] said people on the estate had been "let down twice, first by the cuts and now by the response".
""",
    ),
    (
        "bb-014",
        None,
        "interview",
        """
e1 named_person 4 -
e2 named_person 4 -
e3 anonymous_specific 2 - aff=the Olympic Delivery Authority
""",
        """
On a windy morning at the Olympic Park in east London, [e1|Tomasz Wiśniewski] points at a half-built stand and says he poured the concrete for every step.
Above him, [e2|Chinedu Okonkwo] leans out of his crane cab and shouts that the Pole is exaggerating.
"Tomasz says that about everything," [e2|Okonkwo] said later, over tea in the site canteen.
[e1|Wiśniewski], 34, came to Britain from Lublin in 2005. [e1|He] said he sends half his wages home to his parents, who keep asking when he will come back.
[e2|Okonkwo], 41, trained as a civil engineer in Enugu, in south-eastern Nigeria. [e2|He] said he had driven a minicab for three years before a friend found him the crane job.
[e1|Wiśniewski] said the two men had barely spoken in their first month on the site. "My English was terrible, and his accent was too fast for me," [e1|he] said.
[e2|Okonkwo] laughed at that. "Now he is the one who never stops talking," [e2|he] said.
[e3|A spokesman for the Olympic Delivery Authority] said about a third of the 9,000 workers on the park came from outside the UK.
[e2|Okonkwo] said he hoped to be in the stadium when it opened, and [e1|Wiśniewski] said he would watch from Lublin with his father.
""",
    ),
    (
        "bb-015",
        "Reuters",
        "conflict",
        """
e1 named_organisation 3 police
e2 anonymous_specific 2 government aff=the regional Interior Ministry
e3 named_organisation 3 government
e4 official_statement 2 rebels
e5 named_person 4 -
e6 anonymous_specific 2 police aff=the regional police
e7 named_organisation 3 -
""",
        """
MOSCOW (Reuters) - Security forces killed four suspected Islamist militants in a gunbattle in Russia's Dagestan region on Friday, [e1|police] said, the latest violence in the mostly Muslim North Caucasus.
The Interfax news agency quoted [e2>Interfax news agency|a spokesman for the regional Interior Ministry] as saying the men had opened fire when officers surrounded a house on the edge of the town of Khasavyurt.
[e3|The National Anti-Terrorist Committee] said in a statement that the men belonged to a group blamed for the killing of a local judge in March.
[e4|A statement posted on a rebel website] said the four were "martyrs" and that two of them had been unarmed.
[e5>Kommersant newspaper|Magomed Aliyev], whose brother Rasul was among the dead, told Kommersant newspaper that Rasul had been detained by police two days before the shootout. "They took him from the market in front of everyone," [e5|Aliyev] said.
[e6|A senior officer in the regional police], speaking on condition of anonymity, told Reuters that the brother's account was "invented to smear the security services".
[e7|The human rights group Memorial] said it had documented 11 cases in Dagestan this year in which men reported killed in shootouts had earlier been seen in custody.
""",
    ),
    (
        "bb-016",
        "AFP",
        "wire",
        """
e1 named_person 4 government
e2 named_organisation 3 government
e3 named_organisation 3 government
e4 named_person 4 -
e5 own_reporting 3 -
e6 anonymous_vague 1 -
e7 named_organisation 3 -
e8 named_organisation 3 -
e9 anonymous_specific 2 government aff=the Thai Meteorological Department
""",
        """
BANGKOK (AFP) - Floodwaters crept into Bangkok's northern suburbs on Wednesday as [e1|Prime Minister Arunee Chaiyasit] said the government would open more sluice gates to drain water away from the centre of the capital.
"We ask the people for patience for three more days," [e1|Arunee] told reporters at the government's flood relief centre at Don Mueang airport.
[e2|The Flood Relief Operations Centre] said 381 people had died since late July, most of them by drowning, and that more than 110,000 were living in shelters.
[e3|The Bangkok Metropolitan Administration] warned residents of seven districts to move their belongings to upper floors.
"The water is at my knees and nobody tells us anything," [e4|Somchai Rattanakorn], a 52-year-old noodle seller in Sai Mai district, told AFP.
[e5|An AFP reporter in Sai Mai] saw soldiers stacking sandbags around a hospital as water lapped at its entrance.
[e6|Residents] said the water had risen about 30 centimetres overnight.
[e7|The Japan External Trade Organization] estimated that more than 450 Japanese-owned factories had been forced to stop work.
[e8|Toyota] said it would keep its three Thai plants closed until at least November 12 because of parts shortages.
[e9|A spokeswoman for the Thai Meteorological Department] said more rain was expected over the weekend.
""",
    ),
    (
        "bb-017",
        "AP",
        "courts",
        """
e1 court_or_record 3 -
e2 court_or_record 3 -
e3 court_or_record 3 plaintiff
e4 named_person 4 plaintiff
e5 named_person 4 plaintiff
e6 named_person 4 defendant
e7 named_organisation 3 -
""",
        """
DES MOINES, Iowa (AP) — An Iowa school board broke the state's open meetings law when it voted behind closed doors to fire a high school English teacher, [e1|a Polk County judge] ruled Monday.
[e1|District Judge Karen Lindqvist] wrote in a 19-page ruling that the board "treated the closed session as a convenience rather than an exception" and ordered the teacher reinstated with back pay.
[e2|The minutes of the board's Feb. 12 meeting] show the five members met for 40 minutes in closed session and returned to vote 4-1 without discussion.
[e3|A lawsuit filed in March] claimed the board had fired Jennifer Haas in retaliation for criticizing its budget cuts on a local radio show.
[e4|Haas] said in a statement released by her lawyer that she was "grateful and ready to get back to my students".
[e5|Attorney Mark Vogel] said the ruling sent a message to every school board in Iowa. "The public's business has to be done in public," [e5|Vogel] said.
[e6|Board President Gary Schutte] said the board would appeal. [e6|He] said members had followed the advice of the district's lawyer at the time.
[e7|The Iowa Association of School Boards] said it would send updated guidance on closed sessions to its members this month.
""",
    ),
    (
        "bb-018",
        "Reuters",
        "business",
        """
e1 named_organisation 3 company
e2 anonymous_specific 2 company aff=Snapwell
e3 anonymous_vague 1 -
e4 social_media 3 -
e5 named_person 4 company
e6 named_organisation 3 -
e7 anonymous_vague 1 -
e8 named_person 4 -
e9 news_outlet 3 -
""",
        """
SAN FRANCISCO (Reuters) - [e1|Photo-sharing site Snapwell] said on Tuesday it had fixed a software bug that exposed some users' private albums to strangers for about six hours.
[e2|A Snapwell spokeswoman] said fewer than 1 percent of the company's 40 million users had been affected and that no passwords or payment details were exposed.
[e3|Users] complained on Twitter that wedding and baby photos belonging to people they did not know had appeared in their feeds.
"Just saw a stranger's entire honeymoon. Not cool," read [e4|a post from the account @kaylabakes], one of hundreds on the subject.
[e5|Chief Executive Dev Arora] wrote in a blog post that the company was "deeply sorry" and would hire an outside firm to audit its code. [e5|Arora] said the bug had been introduced in an update on Monday night.
[e9|The Wall Street Journal] reported last month that Snapwell was in talks to raise money at a valuation of about $2 billion.
[e6|The Electronic Privacy Information Center] said it would ask the Federal Trade Commission to investigate. An FTC spokeswoman declined to comment.
[e7|Analysts] said the episode was unlikely to slow Snapwell's growth but could complicate its plans to sell more advertising.
"Privacy scares fade fast unless there is a second one," said [e8|Mei Lin Tan], an analyst at Forrester Research.
""",
    ),
    (
        "bb-019",
        "Reuters",
        "polls_science",
        """
e1 named_organisation 3 -
e2 official_statement 3 -
e3 named_person 4 -
e4 poll_or_data 2 -
e5 poll_or_data 3 -
e6 named_person 4 -
e7 anonymous_vague 1 -
e8 anonymous_specific 2 - aff=the Global Fund to Fight AIDS, Tuberculosis and Malaria
""",
        """
GENEVA (Reuters) - Deaths from malaria in Africa fell by a fifth over the past decade, [e1|the World Health Organization] said on Tuesday, crediting the mass distribution of insecticide-treated bed nets.
[e2|The WHO's annual World Malaria Report] estimated that 781,000 people died of the disease worldwide in 2009, most of them children under five in sub-Saharan Africa.
"This is the first time we can say with confidence that the tide is turning," [e3|Anneliese Kurtz], who heads the WHO's malaria programme, told Reuters. [e3|Kurtz] said progress remained fragile because funding had levelled off.
[e4|Data from 11 African countries] showed that cases had been cut by more than half where nets and spraying reached most households.
[e5|A study by researchers at the London School of Hygiene and Tropical Medicine], published in The Lancet last month, found that resistance to common insecticides was spreading among mosquitoes in West Africa.
"Resistance is the cloud over all of this," [e6|Peter Mwangi], one of the study's authors, said by telephone from Nairobi. [e6|He] said new classes of insecticide were at least five years away.
[e7|Aid groups] warned that a shortfall in donor money could reverse the gains within two years.
[e8|A spokesman for the Global Fund to Fight AIDS, Tuberculosis and Malaria] said donors had pledged $11.7 billion for 2011-2013, short of the $13 billion it had sought.
""",
    ),
    (
        "bb-020",
        "AP",
        "local",
        """
e1 named_organisation 3 police
e2 named_person 4 police
e3 anonymous_specific 2 -
e4 named_person 4 -
e5 anonymous_vague 1 -
e6 social_media 2 -
e7 own_reporting 3 -
e8 named_organisation 3 -
e9 anonymous_specific 2 - aff=North Colorado Medical Center
""",
        """
GREELEY, Colo. (AP) — A police officer shot and wounded a man who was swinging a machete outside a convenience store late Friday, [e1|police] said.
[e2|Greeley police Sgt. Tom Haskins] said the man, 27, ignored repeated orders to drop the weapon and moved toward the officer. [e2|Haskins] said the officer, a five-year veteran, had been placed on paid leave, which is standard procedure after a shooting.
[e3>KUSA-TV|The man's mother] told KUSA-TV that her son had been struggling with mental illness and had stopped taking his medication.
[e4|Maria Delgado], who was working the night shift at the store, said the man had been shouting at customers for several minutes before officers arrived. "He wasn't making any sense," [e4|Delgado] said.
[e5|Several witnesses] said the officer fired three times.
[e6|A video posted on Facebook by a bystander] appears to show the man raising the machete moments before the shots.
[e7|An Associated Press reporter who visited the store Saturday] saw two bullet holes in the glass door and a bouquet of flowers left on the curb.
[e8|The Weld County District Attorney's Office] said it would review the shooting, as it does all shootings involving officers in the county.
[e9|A spokeswoman for North Colorado Medical Center] said the man was in serious but stable condition.
""",
    ),
    (
        "bb-021",
        "AP",
        "conflict",
        """
e1 anonymous_vague 1 government
e2 named_organisation 3 nato
e3 named_person 4 government
e4 official_statement 3 nato
e5 named_person 4 rebels
e6 named_organisation 3 government
e7 anonymous_specific 2 nato
e8 anonymous_vague 1 -
""",
        """
KABUL, Afghanistan (AP) — A NATO airstrike in southern Afghanistan killed 12 civilians, including five women and four children, [e1|provincial officials] said Sunday, but [e2|the alliance] said those killed were insurgents planting roadside bombs.
[e3|Abdul Rahim Sherzai], a spokesman for the Helmand provincial governor, said villagers had brought seven of the bodies to the provincial capital, Lashkar Gah, in protest. [e3|Sherzai] said the strike hit a compound in the Nad Ali district late Saturday.
[e4|A NATO statement] said coalition aircraft had targeted "a group of armed men observed emplacing an improvised explosive device" and that no civilians were seen in the area.
[e5|Taliban spokesman Abdul Hakim Faizi] said in a telephone call to The Associated Press that the dead were farmers. [e5|He] accused foreign forces of "killing our people and calling them fighters".
[e6|The Afghan president's office] said in a statement that a delegation would travel to Nad Ali on Monday to investigate.
[e7>Observer|A senior British officer in Helmand] claimed in the Observer on Sunday that insurgents were deliberately fighting from compounds where families lived.
[e8>Al Jazeera|Villagers] told Al Jazeera that the bomb had hit a house where a family was preparing dinner.
""",
    ),
    (
        "bb-022",
        "Reuters",
        "wire",
        """
e1 named_organisation 3 government
e2 named_person 4 government
e3 named_organisation 3 opposition
e4 named_person 4 opposition
e5 named_organisation 3 -
e6 official_statement 3 -
e7 named_person 4 police
e8 anonymous_vague 1 -
e9 news_outlet 3 -
""",
        """
ABUJA (Reuters) - [e1|Nigeria's electoral commission] said on Monday it would rerun governorship elections in two northern states after finding evidence of widespread ballot stuffing.
[e2|Commission chairman Adebayo Oyelaran] told a news conference that results from more than 300 polling units in Kano and Katsina had been cancelled. "Where the figures are impossible, we cannot accept them," [e2|Oyelaran] said.
[e3|The opposition Action Congress] said the reruns did not go far enough and demanded the cancellation of results in four more states.
[e4>BBC|Party spokesman Chukwuemeka Eze] told the BBC that the ruling party had "stolen the vote in broad daylight".
[e5|The Transition Monitoring Group], a coalition of civil society organisations, said its observers had seen ballot boxes carried away by armed men in at least three local government areas.
[e6|A preliminary report by European Union observers] said the polls had "fallen far short of basic international standards".
[e7|A police spokesman in Kano] said 11 people had been arrested for electoral offences. [e7|The spokesman], Aminu Bello, said the city was calm on Monday.
[e8|Voters in Kano] said turnout had been low because of fears of violence.
[e9|The Daily Trust newspaper] reported that at least four people were killed in clashes between party supporters in Katsina on Sunday.
""",
    ),
]
