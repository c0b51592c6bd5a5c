# Hand-written evaluation articles (invented events, people and places).
# Markup is explained in build.py. Entity lines: id type identifiability side [anon]
# ("-" = no side). All text was written for this project.

ARTICLES = [
    (
        "src-001",
        """
e1 anonymous_specific 2 government
e2 named_organisation 3 rebels
e3 state_media 3 government
""",
        """
{U:casualty_figure|Artillery fire struck the border town of Sarnek overnight, killing at least nine civilians, including three children.}
[e1>Reuters|A senior Valdorian army officer] told Reuters the shells had been fired from hills held by the Free Highland Front. [e1|The officer], who spoke on condition of anonymity, said the army had not returned fire.
[e2|The Free Highland Front] denied any role in the shelling. [e2|It] said government troops had fired on the town to turn residents against the movement. [e1|The army source], however, said drones had tracked the launchers back to the front's positions.
{B|Sarnek lies about 12 kilometres from the Kestran border.} [e3|State television] said rescue teams were still searching the rubble.
""",
    ),
    (
        "src-002",
        """
e1 named_organisation 3 government
e2 anonymous_specific 2 -
e3 named_person 4 -
""",
        """
{U:casualty_figure|A cholera outbreak in the eastern district of Orvale has killed 23 people since the start of the month.}
[e1|The health ministry] said on Tuesday that 412 cases had been confirmed and that the outbreak was under control. [e1|The ministry] added that clean water was being trucked into the worst-hit villages. [e1|It] said 57 patients remained in hospital.
[e2|A doctor at Orvale District Hospital] said the ward was treating twice as many patients as it had beds. "We are putting two children in each bed," [e2|the doctor] said.
[e3|Dr Hanna Welde], regional director of the charity MedAid, said her teams had counted 31 deaths in villages that do not appear in the official figures. {B|The rainy season in the region runs from May to September.}
""",
    ),
    (
        "src-003",
        """
e1 named_organisation 3 company
e2 named_person 4 union
e3 named_person 4 union
""",
        """
{U:numeric|Brennick Steel will close its rolling mill in Hadley, cutting 640 jobs.}
[e1|The company] said in a statement on Monday that falling demand from carmakers had made the plant unprofitable. [e1|It] said affected workers would be offered transfers to its plant in Ostry.
[e2|Lena Marsh] and [e3|Tomas Reyk], who lead the two unions at the mill, said the closure had been planned for months and kept from staff. "Nobody on the shop floor believes the demand story," [e2|Marsh] said.
{U:numeric|The mill made a profit of 11 million euros last year.} {B|Hadley is about 40 kilometres north of the capital.} {U:prediction|The closure will push unemployment in Hadley above 15 percent.}
""",
    ),
    (
        "src-004",
        """
e1 named_person 4 government
e2 named_organisation 3 opposition
e3 named_person 4 opposition
e4 poll_or_data 3 -
""",
        """
[e1|Defence Minister Ali Kemal] said on Thursday that Tarsen would raise military spending by 15 percent next year. [e1|The minister] told parliament the increase was needed to replace ageing fighter jets.
[e2|The opposition Civic Union] said the money would be better spent on hospitals. Its leader, [e3|Petra Dunn], called the plan "reckless and wasteful".
{B|The budget debate begins next week.} [e4|A poll published by the Meridian Institute] on Wednesday found that 58 percent of voters opposed higher defence spending. {U:numeric|Tarsen already spends more on its army per head than any of its neighbours.}
[e1|He] said the government would not be swayed by polls.
""",
    ),
    (
        "src-005",
        """
e1 court_or_record 3 prosecution
e2 named_person 4 defence
e3 named_organisation 3 prosecution
""",
        """
{U:event|A former mayor of Port Elsby was charged on Friday with taking bribes from a waste-collection firm.}
[e1|The charge sheet], filed at the Port Elsby district court, says Oren Vask accepted 220,000 crowns in cash between 2019 and 2022. [e1|It] says the money was handed over in a car park behind the town hall.
Vask's lawyer, [e2|Mira Tolan], said her client would plead not guilty. "The whole case rests on the word of one man," [e2|she] said.
[e3|The regional prosecutor's office] said a second city official was under investigation. Vask allegedly used part of the money to buy a holiday flat. {B|Vask served as mayor from 2016 to 2023.}
""",
    ),
    (
        "src-006",
        """
e1 named_organisation 3 -
e2 social_media 3 -
e3 named_person 4 -
""",
        """
{U:casualty_figure|Flash floods swept through the hill town of Brask on Saturday, leaving at least 17 people dead and dozens missing.}
[e1|Regional police] said rescue teams had reached the upper valley by boat. A bridge on the main road was reportedly washed away.
[e2|A post on the town council's official account] urged residents to move to higher ground and said the school gym was open as a shelter.
[e3|Ilse Moran], who runs a bakery on the main street, said the water rose to her chest within minutes. [e3|She] said nobody had warned them.
{U:numeric|It was the third deadly flood in the region this year.} [e1|The police] said later that the death toll would probably rise.
""",
    ),
    (
        "src-007",
        """
e1 anonymous_specific 2 Morvania
e2 anonymous_specific 2 Kestrana
e3 anonymous_specific 2 Kestrana
""",
        """
{U:event|Talks on a gas pipeline between Morvania and Kestrana stalled on Wednesday over transit fees.}
[e1|An official at Morvania's energy ministry] said Kestrana was demanding twice the fee agreed in 2021. [e1|The official], who was not authorised to speak publicly, said Morvania would not accept "blackmail".
[e2|A Kestran foreign ministry official] rejected that account. [e2|He] said the 2021 deal had never been ratified and that Morvania had missed three payments.
[e3|Another Kestran official], at the finance ministry, said the two sides were still "very close" to a deal. {U:numeric|Morvania buys about a third of its gas from Kestrana.} {B|The next round of talks is set for March.}
""",
    ),
    (
        "src-008",
        """
e1 named_person 4 government
e2 news_outlet 3 -
e3 anonymous_specific 2 company
""",
        """
[e1>state television|President Dario Falk] ordered the army to secure the northern oil fields, according to state television. [e1|Falk] said the fields had been "abandoned to bandits" by the previous government.
[e2|The Northern Ledger] reported on Monday that troops had already been deployed to two fields near Ossa. [e2|The newspaper] said at least one worker had been shot.
{U:allegation|Armed groups have stolen crude from the pipeline for years, selling it across the border.} [e3|An engineer at one of the fields] said production had halved since June. {U:characterisation|Falk has used the army to settle political scores since taking office.}
{B|Ossa is the largest town in the northern province.}
""",
    ),
    (
        "src-009",
        """
e1 named_organisation 3 -
e2 named_person 4 opposition
e3 named_organisation 3 -
e4 social_media 1 - anon
""",
        """
{U:event|Voters in Kestrana's presidential run-off waited in queues of up to six hours on Sunday as dozens of polling stations opened late.}
[e1|The National Electoral Commission] said on Monday that incumbent Vera Solano had won 53.4 percent of the vote. [e1|The commission] said turnout was 61 percent, the highest since 2005.
[e2|Opposition candidate Marko Ilic] rejected the result. In a post on social media, [e2|Ilic] wrote that ballot boxes had been "stuffed in plain sight" in at least 40 districts. [e2|He] called on supporters to gather outside the commission on Tuesday.
[e3|Observers from the Regional Democracy Mission] said voting had been largely orderly but noted problems with voter lists in the north. [e4|A video circulating on social media] purported to show officials counting ballots by torchlight.
""",
    ),
    (
        "src-010",
        """
e1 named_organisation 3 union
e2 named_person 4 union
e3 named_organisation 3 government
e4 anonymous_vague 1 -
""",
        """
{U:numeric|Nurses at 14 public hospitals in the capital walked off the job on Wednesday, the first strike in the sector in a decade.}
[e1|The Nurses' Federation] said its members had not had a pay rise since 2017. Its general secretary, [e2|Ruth Okoro], said the union would stay out until the government returned to talks. "We have been patient for seven years," [e2|Okoro] said.
[e3|The Ministry of Health] said emergency wards were operating normally and that army medics had been deployed. {U:allegation|Several patients were turned away from the Central Hospital's cancer unit on Wednesday morning.}
[e4|Sources close to the negotiations] said the government was preparing to offer a 6 percent increase. {B|The federation represents nurses in both public and private hospitals.}
""",
    ),
    (
        "src-011",
        """
e1 named_organisation 3 company
e2 named_person 4 -
e3 official_statement 3 -
""",
        """
{U:numeric|Personal data belonging to about 2.3 million customers of the mobile operator Telvio was posted on a hacking forum last week.}
[e1|Telvio] confirmed the breach on Thursday. [e1|The company] said names, phone numbers and home addresses had been exposed, but not bank details. [e1|It] said it had informed the data protection regulator.
[e2|Jonas Pereira], a security researcher at the firm Northgate Labs, said the leaked files did include partial card numbers for some customers. [e2|Pereira] said the data appeared to come from a billing server that had been left unprotected for months.
[e3|A notice published by the regulator on Friday] said an investigation had been opened. {B|Telvio is the country's second-largest mobile operator.}
""",
    ),
    (
        "src-012",
        """
e1 named_person 4 police
e2 named_person 4 protesters
e3 anonymous_specific 2 protesters
e4 named_organisation 3 -
""",
        """
{U:event|Police used tear gas and rubber bullets to break up a march of several thousand people in central Dorva on Saturday.}
A police spokesman, [e1|Captain Idris Maro], said officers had acted after protesters threw stones at a police station. [e1|Maro] said 12 officers had been injured.
[e2|Amira Sol], a 34-year-old teacher, said police had fired without warning. "They came at us from both sides," [e2|Sol] said. [e3|Another woman], who did not want to be named, said a boy standing next to her was hit in the face by a rubber bullet.
[e4|The rights group Civic Watch] said at least 60 people had been detained. [e4|It] called the arrests unlawful.
""",
    ),
    (
        "src-013",
        """
e1 poll_or_data 3 -
e2 named_person 4 government
e3 named_organisation 3 farmers
""",
        """
{U:prediction|This year's wheat harvest in Lanvar will be the smallest in three decades.}
[e1|Figures released by the national statistics office] on Tuesday showed wheat output fell 38 percent in the first half of the year. [e1|The data] also showed food prices rising at their fastest pace since 2011.
[e2|Agriculture Minister Selin Arda] said the government would import 500,000 tonnes of grain to keep bread prices stable. [e2|The minister] blamed the drought on a warming climate.
[e3|The Farmers' Association of Lanvar] said the help came too late. [e3|The association] said hundreds of small farms had already sold their livestock. {B|Most of Lanvar's wheat is grown in the southern plains.}
""",
    ),
    (
        "src-014",
        """
e1 court_or_record 3 -
e2 named_person 4 community
e3 named_organisation 3 government
""",
        """
[e1|The Supreme Court of Morvania] ruled on Monday that the government had illegally seized land belonging to the Ketu community in 2015. [e1|The court] ordered the state to return 3,000 hectares within a year. [e1|The ruling] said officials had forged signatures on the transfer documents.
[e2|Diane Kovac], a lawyer for the community, called the decision historic. [e2|She] said the families had waited nine years for justice.
[e3|The Ministry of Lands] said it would study the judgment. {U:allegation|Police evicted more than 400 families from the land in 2015, burning several homes.} {B|The Ketu live mainly in the forested east of the country.}
""",
    ),
    (
        "src-015",
        """
e1 official_statement 3 -
e2 named_organisation 3 company
e3 named_person 4 -
""",
        """
{U:casualty_figure|All 46 people on board were killed when a Skyline Air flight crashed on approach to Pella airport in March.}
[e1|A preliminary report by the Civil Aviation Investigation Bureau], published on Thursday, found that the crew had received a faulty altitude warning minutes before the crash. [e1|The report] said the warning system had been repaired twice in the previous month.
[e2|Skyline Air] said it was cooperating fully with investigators. [e2|The airline] said all its aircraft of the same type had been inspected.
[e3|Chief investigator Tamsin Reed] told reporters the final report would not be ready before next year. {U:characterisation|Skyline Air has one of the worst safety records of any regional carrier.} {B|Pella airport reopened two days after the crash.}
""",
    ),
    (
        "src-016",
        """
e1 named_organisation 3 -
e2 named_person 4 -
e3 anonymous_vague 1 -
""",
        """
{U:numeric|A wildfire has burned more than 8,000 hectares of pine forest in the Castel hills since Friday.}
[e1|The regional fire service] said 600 firefighters and nine water-bombing planes were tackling the blaze. [e1|It] said strong winds had forced crews to pull back from the eastern edge overnight.
[e2|Marta Quiroga], a meteorologist at the national weather agency, said the wind was expected to ease on Tuesday.
[e2|She] warned that temperatures would stay above 40C until the weekend. [e3|Residents of Villena], which was evacuated on Saturday, said the order to leave had come by text message only an hour before the flames arrived.
{B|Villena has about 2,000 inhabitants.}
""",
    ),
    (
        "src-017",
        """
e1 named_organisation 3 -
e2 anonymous_specific 2 -
e3 named_person 4 -
""",
        """
[e1|The UN refugee agency] said on Wednesday that 18,000 people had crossed into Tarsen from Valdoria in the past week, fleeing fighting in the border province. [e1|The agency] said the Kova camp, built for 10,000 people, now held more than 30,000.
[e2|A camp official], speaking on condition of anonymity, said water supplies would run out within days. [e2|The official] said two children had died of dehydration on Monday.
[e3|Jana Holt], who coordinates the aid group Open Hands in Kova, said new arrivals described villages being burned. Many of them had walked for four days, [e3|Holt] said.
{U:allegation|Valdorian militias have blocked aid convoys from reaching the border province since May.} {U:numeric|More than 200,000 people have fled the province since the fighting began.}
""",
    ),
    (
        "src-018",
        """
e1 news_outlet 3 -
e2 official_statement 3 government
e3 named_person 4 government
e4 named_organisation 3 opposition
""",
        """
[e1|The Daily Courier] reported on Sunday that Transport Minister Goran Petek had approved a 90-million-crown road contract for a company owned by his brother-in-law. [e1|The newspaper] said it had seen a leaked memo showing the contract was signed without a tender.
[e2|The memo], dated June 2022, describes the deal as "urgent and confidential".
[e3|Petek] denied any wrongdoing. [e3|The minister] said the contract had been approved by a committee he did not chair. [e4|The opposition Green Party] said Petek should resign.
{U:characterisation|Petek's ministry has been at the centre of three procurement scandals since 2020.}
""",
    ),
    (
        "src-019",
        """
e1 named_organisation 3 club
e2 named_organisation 3 fans
e3 named_person 4 fans
""",
        """
{U:numeric|Rovers FC lost 14 million euros last season and owes its players three months of wages.}
[e1|The club] said in a statement on Friday that it had found a new investor and that wages would be paid by the end of the month. [e1|It] said the investor would be named next week.
[e2|The Rovers Supporters' Trust] said fans had heard such promises before. Its chairman, [e3|Owen Blake], said the trust wanted the league to audit the club's accounts. "We want to see the money in the bank," [e3|Blake] said.
{U:prediction|The club faces relegation if the league deducts points.} {B|Rovers play their home games at the Riverside ground.}
""",
    ),
    (
        "src-020",
        """
e1 named_organisation 3 government
e2 named_organisation 3 union
e3 poll_or_data 3 -
""",
        """
[e1|The education ministry] announced on Monday that 120 rural schools would close by next September and their pupils would be bused to larger schools. [e1|The ministry] said the closures would save 30 million a year.
[e2|The Teachers' Union] said the plan would force children as young as five to travel an hour each way. [e2|The union] said it would challenge the decision in court.
[e3|A survey of 2,400 parents by the Rural Families Network] found that 71 percent opposed the closures. {U:numeric|Enrolment in rural schools has fallen by a quarter since 2010.} {B|The new school year begins in September.}
""",
    ),
    (
        "src-021",
        """
e1 named_organisation 3 military
e2 anonymous_vague 1 government
e3 anonymous_specific 2 -
e4 state_media 3 government
""",
        """
{U:event|Armoured vehicles were deployed around the presidential palace in Ostra on Thursday night.} It is believed that several senior officers were detained.
[e1|The army] said in a statement that the deployment was a routine exercise and that there had been "no irregular activity" in the capital.
[e2|Sources in the ruling party] said the president had not been seen in public for five days. [e2|They] said the army chief had met party leaders on Wednesday.
[e3|A diplomat in Ostra] said embassies had told staff to stay at home. [e3|The diplomat] described the situation as "tense but calm". [e4|The state news agency ONA] reported that the president would address the nation on Friday.
""",
    ),
    (
        "src-022",
        """
e1 official_statement 3 -
e2 named_organisation 3 company
e3 anonymous_vague 1 residents
e4 named_person 4 residents
""",
        """
{U:allegation|The Halvor chemical plant has been discharging untreated waste into the Mira river for at least two years.}
[e1|A report by the National Environment Agency], released on Wednesday, found mercury levels in the river 12 times above the legal limit downstream of the plant. [e1|It] said fish caught near the plant were unsafe to eat.
[e2|Halvor Chemicals] said it met all environmental standards. [e2|The company] said the mercury could have come from old mines upstream.
[e3|Villagers in Serro], below the plant, said skin rashes had become common among children who swim in the river. One fisherman, [e4|Luka Brandt], said his catch had fallen by half. {B|The Mira flows into the sea at Porto Vell.}
""",
    ),
    (
        "src-023",
        """
e1 poll_or_data 3 -
e2 named_person 4 -
e3 named_organisation 3 industry
""",
        """
[e1|Data from the central bank] showed house prices in Lanvar rose 14 percent in the year to June. [e1|The figures] showed rents rising even faster in the capital.
[e2|Economist Farah Nadim] of Coastline Bank said the rise was driven by low interest rates and a shortage of new homes. [e2|Nadim] said prices would probably keep climbing until rates go up.
[e3|The Estate Agents' Association] said demand from foreign buyers had doubled. {U:characterisation|Young families have been priced out of the capital altogether.} {U:numeric|Only 9,000 new homes were completed last year, half the number needed.} {B|The central bank meets again in September.}
""",
    ),
    (
        "src-024",
        """
e1 named_organisation 3 government
e2 named_person 4 families
e3 anonymous_specific 2 -
""",
        """
[e1|The foreign ministry] said on Saturday that two aid workers kidnapped in northern Velda in January had been freed and were in good health. [e1|It] said they would be flown home on Sunday.
A spokeswoman for the families, [e2|Clara Dent], said relatives were "overwhelmed with relief". [e2|Dent] said the families had been in contact with the kidnappers only twice.
[e3>AFP|A security official in Velda] told AFP that a ransom of 2 million dollars had been paid through a local mediator. [e1|The ministry] denied that any money had changed hands.
{U:characterisation|Kidnapping for ransom has become a lucrative business for armed groups in the north.} {B|The two women had worked for a water charity in the region for three years.}
""",
    ),
    (
        "src-025",
        """
e1 named_person 4 government
e2 named_person 4 opposition
e3 named_person 4 opposition
""",
        """
{U:event|Parliament approved a law on Tuesday allowing police to hold suspects for up to 30 days without charge.}
[e1|Interior Minister Sara Lind] said the law was needed to fight organised crime. [e1|Lind] said police had broken up 40 gangs in the past year but that judges kept releasing suspects.
[e2|Opposition MP Nora Vek] said the law would be used against journalists and protesters. Another opposition MP, [e3|Ines Talo], said her party would take the law to the constitutional court.
[e2|Vek] and [e3|Talo] said they had received threats after speaking against the bill. {B|The law takes effect on 1 January.}
""",
    ),
    (
        "src-026",
        """
e1 named_person 4 government
e2 named_person 4 -
e3 anonymous_vague 1 -
""",
        """
[e1|Health Minister Pavel Doran] said on Friday that 60 percent of adults had received a measles booster, beating the government's target. [e1|The minister] said a second round would start in the autumn.
The World Health Organization's representative in Kestrana, [e2|Dr Amina Yusuf], said the campaign had worked well in cities but that coverage in rural areas remained low. [e2|She] said at least 800 cases had been recorded this year.
[e3|Critics] said the ministry's figures counted doses shipped rather than doses given. [e1|Doran] dismissed the criticism as "politics". {U:casualty_figure|Eleven children have died of measles in the province of Arvo since January.} {B|The booster is free for all children under 15.}
""",
    ),
    (
        "src-027",
        """
e1 state_media 3 government
e2 named_organisation 3 company
e3 named_person 4 union
""",
        """
{U:casualty_figure|At least 31 miners were trapped underground after a tunnel collapsed at the Goran Deep copper mine on Wednesday.}
[e1|State radio] said rescuers had reached an air pocket where some of the men were sheltering. The mine's operator, [e2|Kalos Mining], said eight men had been brought to the surface alive. [e2|The company] said it had suspended all work at the site.
[e3|Viktor Hesse], a leader of the miners' union, said workers had complained about cracks in the tunnel for weeks. [e3|He] said managers had ignored the warnings to meet production targets.
[e2|Kalos] denied ignoring any warnings. {B|The mine is one of the largest employers in the region.}
""",
    ),
    (
        "src-028",
        """
e1 named_organisation 3 port
e2 named_person 4 union
e3 anonymous_specific 2 shipping
""",
        """
{U:numeric|More than 70 cargo ships were waiting off the port of Selva on Monday as a strike by dockworkers entered its second week.}
[e1|The port authority] said the backlog was costing the economy about 25 million dollars a day. [e1|It] said it had asked the government to intervene.
[e2>AFP|Mateo Ruiz], a spokesman for the Dockworkers' Union, told AFP the strike would go on until the authority scrapped plans to automate two terminals. [e2|Ruiz] said 1,500 jobs were at risk.
[e3|A shipping company executive], who asked not to be named, said several lines were diverting vessels to ports in neighbouring countries. {U:numeric|Selva handles about half of the country's container traffic.} {B|The port is on the country's western coast.}
""",
    ),
    (
        "src-029",
        """
e1 named_organisation 3 -
e2 named_person 4 government
e3 social_media 1 - anon
""",
        """
{U:event|Cyclone Mira made landfall near the fishing town of Ondo early on Thursday, tearing roofs from homes and cutting power to much of the coast.}
[e1|The national meteorological office] said the storm was carrying winds of up to 180 kilometres an hour. [e1|It] forecast that heavy rain would continue until Saturday.
[e2|Governor Tomas Adeyemi] said 40,000 people had been moved to shelters before the storm hit. [e2|The governor] said there were no confirmed deaths so far.
[e3|A video posted on social media] showed waves crashing over the sea wall in Ondo. {U:prediction|Damage to the coast's fishing fleet will take years to repair.} {B|Cyclone season in the region runs from November to April.}
""",
    ),
    (
        "src-030",
        """
e1 named_organisation 3 -
e2 named_organisation 3 government
e3 court_or_record 3 -
e4 named_person 4 family
""",
        """
[e1|Journalists Without Borders] said on Tuesday that the arrest of reporter Dana Ferre was an attempt to silence coverage of the port scandal. [e1|The group] said Ferre was the fifth journalist detained this year.
[e2|Police] said Ferre had been arrested on suspicion of holding classified documents. [e3|Court records] show she was charged with espionage, which carries a sentence of up to 20 years.
Her partner, [e4|Lucia Mont], said Ferre had not been allowed to see a lawyer. Ferre was reportedly questioned for 14 hours without a break.
{U:characterisation|The government has used espionage laws against a growing number of its critics.} {B|Ferre has worked for the weekly Coastal Review since 2015.}
""",
    ),
    (
        "src-031",
        """
e1 named_organisation 3 -
e2 news_outlet 3 -
e3 named_person 4 bank
""",
        """
{U:event|Depositors queued outside branches of Unity Savings Bank on Monday after the lender froze withdrawals.}
[e1|The Financial Supervisory Authority] said the bank had breached capital rules for 18 months. [e1|The regulator] said deposits of up to 50,000 would be repaid under the national guarantee scheme.
[e2|The Weekly Finance] reported that the bank's former chief executive, Hans Morrow, had moved his own savings out of the bank in February. [e3|Morrow] denied the report. [e3|He] said in a statement that he had "done nothing improper".
{U:numeric|Unity Savings has about 400,000 customers, most of them pensioners.}
""",
    ),
    (
        "src-032",
        """
e1 named_organisation 3 government
e2 named_organisation 3 rebels
e3 named_person 4 rebels
e4 named_organisation 3 -
""",
        """
{U:event|Fighting broke out again on Sunday along the front line near Drava, three days after a ceasefire took effect.}
[e1|The Valdorian defence ministry] said rebel fighters had attacked two army posts with mortars. [e1|The ministry] said four soldiers were wounded.
[e2|The rebel Eastern Council] said government forces had started the fighting by shelling the village of Kir. Its spokesman, [e3|Adem Roka], said three civilians had been killed there.
[e4|Monitors from the Regional Security Mission] said they could not confirm either account. [e4|They] said both sides had moved heavy weapons closer to the line in breach of the truce. {U:allegation|Both sides used the truce to bring in fresh supplies of ammunition.}
""",
    ),
    (
        "src-033",
        """
e1 named_organisation 3 company
e2 named_organisation 3 patients
e3 named_person 4 patients
e4 named_person 4 government
""",
        """
{U:numeric|The price of the insulin brand Glucora has risen fivefold in Tarsen since 2020.}
Its maker, [e1|Valen Pharma], said the increase reflected higher production costs and a weaker currency. [e1|The company] said it offered discounts to public hospitals.
[e2|The Diabetes Patients' Alliance] said some patients were rationing doses. [e3|Alliance president Mira Soto] said she knew of two deaths linked to rationing.
[e4|Health Minister Ivo Brecht] said the government would cap the price by the end of the year. {U:allegation|Valen Pharma has kept cheaper generic versions off the market by filing dozens of minor patents.}
""",
    ),
    (
        "src-034",
        """
e1 named_organisation 3 government
e2 anonymous_vague 1 -
e3 poll_or_data 3 -
e4 named_person 4 city
""",
        """
[e1|The Metro Transit Authority] said on Wednesday that bus and train fares in Halden would rise by 20 percent from March. [e1|It] said the increase was needed to cover higher fuel and wage costs.
[e2|Commuters at Central Station] said the rise would cost them a day's wages each month. [e3|A poll by the Halden Post] found that two thirds of residents thought the metro had become less reliable.
[e4|Mayor Elena Viks] said she would ask the authority to delay the increase. [e4|Viks], whose party controls the city council, said the city could offer a subsidy.
{U:characterisation|The Halden metro is among the most expensive in the region.} {B|The metro system opened in 1978.}
""",
    ),
    (
        "src-035",
        """
e1 named_organisation 3 Morvania
e2 anonymous_vague 1 Lanvar
e3 named_person 4 -
e4 social_media 1 - anon
""",
        """
{U:event|Morvania closed its main border crossing with Lanvar on Friday, leaving hundreds of lorries stranded.}
[e1|The interior ministry] said the closure was needed to stop fuel smuggling. [e1|The ministry] said the crossing would stay shut at least until Monday.
[e2|Officials in Lanvar] said they had not been warned. [e2|They] called the move "hostile".
[e3|Lorry driver Bogdan Terz] said he had been waiting for 20 hours without water. [e4|A video posted online by another driver] showed a queue stretching for several kilometres. {U:numeric|Trade between the two countries is worth about 3 billion dollars a year.}
""",
    ),
    (
        "src-036",
        """
e1 named_organisation 3 students
e2 named_person 4 students
e3 named_person 4 university
e4 named_organisation 3 -
""",
        """
{U:event|Students occupied the main building of Carran University on Monday to protest against a doubling of tuition fees.}
[e1|The student union] said about 2,000 students had joined the occupation. [e2|Union president Leo Fane] said they would stay until the fee rise was scrapped.
The university's rector, [e3|Professor Agnes Holm], said the increase was unavoidable after state funding was cut. [e3|Holm] said she had invited the union to talks.
[e3|She] said the occupation was putting exams at risk. [e4|Police] said they would not enter the campus unless asked. {B|Carran University was founded in 1891.}
""",
    ),
    (
        "src-037",
        """
e1 named_organisation 3 Kestrana
e2 named_organisation 3 Morvania
e3 named_person 4 Morvania
""",
        """
{U:event|A Kestran coastguard vessel detained three Morvanian fishing boats in disputed waters on Tuesday.}
[e1|Kestrana's fisheries ministry] said the boats were fishing illegally inside its exclusive zone. [e1|The Kestran ministry] said the crews would be released once fines were paid.
[e2>state media|Morvania's foreign ministry] said the boats were in international waters, according to state media. [e2|It] said the detention breached a 2009 fishing agreement.
[e3|Pavel Kuzen], whose brother is among the detained crew, said the boats had been "nowhere near" the line. {U:numeric|Kestran patrols have seized 11 foreign boats in the area since January.} {B|The two countries have argued over the waters since the 1990s.}
""",
    ),
    (
        "src-038",
        """
e1 named_organisation 3 government
e2 court_or_record 3 residents
e3 named_organisation 3 -
""",
        """
[e1|The Ministry of Water] said on Thursday that construction of the Tarva dam would begin next month. [e1|It] said the dam would supply electricity to 1.2 million homes.
[e2|A lawsuit filed at the High Court] by residents of the Tarva valley says the government did not consult the 6,000 people who will lose their homes. [e2|The lawsuit] says the environmental study was never published.
[e3|The environmental group River Watch] said the reservoir would flood 40 square kilometres of forest. {U:numeric|The project will cost 2.1 billion dollars, much of it borrowed from foreign lenders.} {B|A hearing in the case is set for 4 May.}
""",
    ),
    (
        "src-039",
        """
e1 named_organisation 3 government
e2 anonymous_specific 2 -
e3 official_statement 3 -
""",
        """
{U:casualty_figure|Six inmates were killed and at least 20 injured in a riot at Vellmar prison on Sunday.}
[e1|The prisons service] said guards had regained control after eight hours. [e1|It] said the riot began when inmates in one wing set fire to mattresses.
[e2>Harbour Gazette|The mother of one inmate], who asked that her name not be used for fear of reprisals, told the Harbour Gazette that cells built for four men held as many as twelve.
[e3|A report by the National Human Rights Commission] last year found overcrowding at Vellmar of 300 percent. [e3|The report] warned of "a serious risk of violence". {B|Vellmar is the country's oldest prison.}
""",
    ),
    (
        "src-040",
        """
e1 named_person 4 government
e2 named_person 4 opposition
e3 named_organisation 3 industry
e4 social_media 3 government
""",
        """
{U:event|Long queues formed at petrol stations across Lanvar for a third day on Wednesday.}
[e1|Energy Minister Rafael Osei] said the shortage was caused by a delayed tanker and would end by the weekend. [e1|The minister] said there was "no need to panic".
[e2|Opposition leader Kira Moss] wrote on social media that the government had failed to pay its suppliers. [e2|Moss] said the minister should resign.
[e3|The Petrol Retailers' Association] said 40 percent of stations had run dry. [e4|A post on the official account of the state oil company] said two tankers had docked on Wednesday night. {U:allegation|The government has quietly diverted fuel to army depots.}
""",
    ),
    (
        "src-041",
        """
e1 named_organisation 3 militants
e2 state_media 3 government
e3 named_person 4 Morvania
""",
        """
{U:casualty_figure|A car bomb exploded outside the Morvanian embassy in Ostra on Monday, killing four guards.}
[e1|The militant group Black Banner] claimed responsibility in a post on its Telegram channel. [e1|The group] said the attack was revenge for Morvania's support for the government.
[e2|State television] said security forces had arrested three suspects. [e2|It] said the bomber had entered the country a week earlier. A second bomb was reportedly defused nearby.
Morvania's foreign minister, [e3|Lidia Varga], said the embassy would remain open. {U:characterisation|Black Banner is the most active armed group in the country.}
""",
    ),
    (
        "src-042",
        """
e1 named_person 4 government
e2 named_organisation 3 business
e3 official_statement 3 -
e4 anonymous_vague 1 unions
""",
        """
[e1|Finance Minister Oskar Lund] said on Tuesday that the government would cut corporate tax from 30 percent to 22 percent. [e1|Lund] said the cut would attract foreign investment and create 50,000 jobs.
[e2|The Business Federation] said the plan would help exporters. [e3|A report by the International Monetary Fund] last month warned that Tarsen's budget deficit was already above 6 percent of output. [e3|It] said tax cuts should be paired with spending restraint.
[e4|Trade unions] said the plan would shift the burden to wage earners. {U:prediction|The cut will leave a hole of about 2 billion in next year's budget.}
""",
    ),
    (
        "src-043",
        """
e1 named_person 4 -
e2 poll_or_data 3 -
e3 named_organisation 3 -
""",
        """
{U:numeric|Poachers have killed 23 rhinos in Sella National Park this year, more than in the whole of last year.}
[e1|Chief ranger Daniel Oduya] said poachers were now using night-vision equipment. [e1|Oduya] said his rangers were outgunned.
[e2|Data compiled by the conservation group Wild Trust] show rhino numbers in the park have fallen to about 310. [e2|The figures] also show that most killings happen near the park's eastern fence.
[e3|Police] said two men had been arrested with horns worth 400,000 dollars. {U:prediction|At the current rate of killing, rhinos will vanish from the park within a decade.} {B|Sella covers about 5,000 square kilometres.}
""",
    ),
    (
        "src-044",
        """
e1 named_person 4 -
e2 named_person 4 hospital
e3 named_person 4 -
e4 named_person 4 -
""",
        """
{U:casualty_figure|A fire swept through the maternity wing of St Anne's Hospital in Drell overnight, killing three newborn babies.}
[e1|Fire chief Ramon Castell] said the blaze had started in a storeroom and spread through a ventilation shaft. [e1|Castell] said 80 patients had been evacuated.
[e2|Hospital director Irena Vos] said the wing had passed a safety inspection in January.
[e2|She] said staff had carried babies down the stairs in their arms. [e3|Nurse Hana Lutz] and [e4|midwife Petra Kolar] said the smoke alarms on the ward had not sounded. The hospital had reportedly asked for money to replace its wiring two years ago.
{B|St Anne's is the only hospital in Drell.}
""",
    ),
    (
        "src-045",
        """
e1 named_organisation 3 -
e2 state_media 3 -
e3 named_person 4 -
""",
        """
{U:event|A magnitude 6.4 earthquake struck the mountainous Tessa region early on Sunday, flattening homes in several villages.}
[e1|The National Seismology Institute] said the quake was centred 10 kilometres below the town of Gorra. [e1|The institute] said more than 50 aftershocks had been recorded.
[e2|The state news agency] said 112 people had died and 400 were injured. [e3|Rescue coordinator Elif Baran] said teams were still digging for survivors in Gorra. [e3|Baran] said roads to the upper villages were blocked by landslides.
[e3|She] said helicopters were needed to reach them. {B|Tessa is known for its apple orchards.}
""",
    ),
    (
        "src-046",
        """
e1 official_statement 3 -
e2 anonymous_vague 1 workers
e3 named_organisation 3 company
""",
        """
[e1|A report published on Monday by the labour rights group Fair Harvest] found that migrant workers on fruit farms in the Ravel valley were paid less than half the minimum wage. [e1|The report] said many workers had their passports taken by recruiters.
[e2|Workers interviewed by this newspaper] said they worked 12-hour days without overtime pay. [e2|They] said they slept in unheated containers.
[e3|Ravel Fruit], the largest grower in the valley, said it did not use recruiters and paid all its staff legally. [e3|The company] said it would look into the claims. {U:numeric|About 15,000 seasonal workers come to the valley each summer.}
""",
    ),
    (
        "src-047",
        """
e1 named_organisation 3 -
e2 named_person 4 campaign-Ibarra
e3 named_organisation 3 ruling-party
e4 named_organisation 3 platform
e5 poll_or_data 3 -
""",
        """
{U:event|A doctored video of candidate Rosa Ibarra appearing to insult farmers spread rapidly online in the final week of the campaign.}
[e1|The fact-checking group TruthLens] said the clip had been edited to join two separate speeches. [e1|TruthLens] said it had traced the first posts to a network of 300 accounts created in June.
Ibarra's campaign spokesman, [e2|Diego Ros], said the video was "a dirty trick" by the ruling party. [e3|The ruling Progress Party] denied any involvement.
[e4|The platform Chirp] said in a statement that it had removed the video and suspended the accounts. [e5|A poll by Civica Research] published on Friday put Ibarra two points behind. {U:characterisation|The campaign has been the most bitter in the country's recent history.}
""",
    ),
    (
        "src-048",
        """
e1 named_person 4 Tarsen
e2 anonymous_specific 2 -
e3 news_outlet 3 -
e4 named_person 4 Valdoria
""",
        """
[e1|Foreign Minister Henrik Saal] said on Monday that Tarsen would impose sanctions on 14 Valdorian officials over the crackdown on protesters. [e1|Saal] said the list included the interior minister.
[e2|A European diplomat] said other countries were likely to follow within weeks. [e2|The diplomat], who was not authorised to speak publicly, said the measures had been discussed at a closed meeting last week.
[e3|AFP] reported that Valdoria had recalled its ambassador from Tarsen. Valdoria's government spokesman, [e4>state television|Yuri Tamm], called the sanctions "illegal interference", according to state television.
{U:casualty_figure|Security forces killed dozens of protesters in the Valdorian capital in April.} {B|Tarsen and Valdoria share a 600-kilometre border.}
""",
    ),
    (
        "src-049",
        """
e1 court_or_record 3 -
e2 named_person 4 defence
e3 named_person 4 family
""",
        """
{U:event|A court in Ferro sentenced former police officer Milan Drost to 12 years in prison on Thursday for killing a student during protests in 2021.}
[e1|The judgment] said Drost had fired "deliberately and without provocation". [e1|It] said video evidence contradicted his account.
[e2|Drost], who had pleaded not guilty, said he would appeal. The student's mother, [e3|Vesna Horak], said outside the court that the sentence was too short. [e3|Horak] said police had tried to hide her son's body.
{B|Drost has 30 days to lodge an appeal.}
""",
    ),
    (
        "src-050",
        """
e1 anonymous_specific 2 party-rebels
e2 anonymous_specific 2 party-leadership
e3 named_person 4 party-leadership
""",
        """
{U:event|The ruling National Party postponed its leadership vote on Friday for the second time in a month.}
[e1|A senior party official] said the delay was meant to give leader Teodor Vass time to rally support. [e1|The official] said at least 30 lawmakers wanted him replaced.
[e2|Another party official], who is close to Vass, said the vote was delayed because of a dispute over who could cast ballots. [e2|He] said Vass had "more than enough" support.
[e3|Vass] told reporters on Friday that he was not worried. [e3|He] said the party was "more united than ever". {B|The party has governed since 2018.}
""",
    ),
]
