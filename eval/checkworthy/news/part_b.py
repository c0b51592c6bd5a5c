"""News check-worthiness dev set, part b (see GUIDELINES.md).

python3 eval/checkworthy/news/part_b.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check import A, C, N, write_part

ARTICLES = [
    {
        "id": "b01",
        "style": "analysis",
        "paragraphs": [
            [N("Why has Portugal's rent cap failed to cool Lisbon's housing market?", "question")],
            [
                C(
                    "LISBON (Reuters) - Eighteen months after Portugal capped annual rent increases at 3%, average asking rents in Lisbon have risen by 14%, outpacing every other large city in the country.",
                    "statistic",
                ),
                N(
                    "The cap was the centrepiece of a housing package that the government pushed through parliament in the spring of last year.",
                    "background",
                ),
                A("Landlords say the policy did exactly what they warned it would.", "claim_report"),
            ],
            [
                A(
                    "“Owners simply stopped offering long leases,” said Marta Quintela, who heads a small landlords' association in the Alfama district.",
                    "quote",
                ),
                C(
                    "Long-term rental listings in the capital fell by nearly a third between January and October, while short-stay listings on holiday platforms rose by 9%.",
                    "statistic",
                ),
                N("That shift is the crux of the problem.", "analysis"),
            ],
            [
                A(
                    "Economists at the Bank of Portugal estimated in a note last month that the cap removed around 6,000 units from the long-term market.",
                    "statistic",
                ),
                A("The government disputes that figure, arguing that the note ignores new construction.", "denial"),
                A("Housing Minister Duarte Lobo has said the cap needs more time.", "statement"),
            ],
            [
                N("There is little sign that time is on his side.", "opinion"),
                N(
                    "The city's historic centre, much of it rebuilt after the earthquake of 1755, has little room for new building.",
                    "background",
                ),
                A(
                    "Permits fell 11% in the first nine months of the year, INE data show, after the government cut a tax credit for developers in January.",
                    "statistic",
                    part="the government cut a tax credit for developers in January",
                ),
                C(
                    "In practice, the cap applies to fewer than one in five rental contracts in Lisbon, because leases signed before 2023 are exempt.",
                    "statistic",
                ),
            ],
            [
                N("For tenants, the arithmetic is brutal.", "opinion"),
                C(
                    "A two-bedroom flat in the Arroios neighbourhood now costs about 1,650 euros a month, more than the median household's entire monthly take-home pay in the city.",
                    "statistic",
                ),
                N(
                    "The debate is likely to dominate the budget talks that begin in parliament next month.",
                    "prediction",
                ),
                N("Whether the cap survives may depend less on rents than on the coalition's arithmetic.", "analysis"),
                N("(Reporting by Catarina Neves; Editing by Joanna Pike)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b02",
        "style": "conflict",
        "paragraphs": [
            [A("Drone strike on market in Sudan's North Darfur kills at least 23, medics say", "casualty")],
            [
                A(
                    "CAIRO (Reuters) - A drone strike hit a crowded livestock market in the North Darfur town of Um Kadada on Saturday, killing at least 23 people, a local medical group said.",
                    "casualty",
                ),
                N("The strike came shortly after midday prayers, when the market is at its busiest.", "colour"),
            ],
            [
                A(
                    "The Sudan Doctors Network said in a statement that 41 others were wounded, many of them children, and that the town's only clinic had run out of blood supplies.",
                    "casualty",
                ),
                A(
                    "Residents blamed the paramilitary Rapid Support Forces, which have attacked the town repeatedly since June.",
                    "accusation",
                    part="which have attacked the town repeatedly since June",
                ),
                N("The RSF did not respond to a request for comment.", "routine"),
            ],
            [
                N(
                    "Sudan's army and the RSF have been at war since April 2023, in a conflict that has displaced millions of people.",
                    "background",
                ),
                N(
                    "Um Kadada lies on the main road between El Fasher and El Obeid, about 180 km east of the state capital.",
                    "background",
                ),
                C(
                    "Fighters on motorbikes entered the town's eastern outskirts on Friday evening and looted several shops, hours before the strike.",
                    "event",
                ),
            ],
            [
                A(
                    "“We buried 19 people before sunset, and there are more under the stalls,” said Adam Ishaq, a teacher who helped carry the wounded.",
                    "quote",
                ),
                A("He said the drone circled twice before firing.", "event"),
                A(
                    "Footage shared on social media and verified by Reuters showed burnt-out stalls and the bodies of several animals.",
                    "damage",
                ),
                N("Reuters could not independently confirm the death toll.", "routine"),
            ],
            [
                A("The United Nations says nearly 25 million people in Sudan face acute hunger.", "statistic"),
                C(
                    "Aid convoys have not reached Um Kadada since August, when the main road was cut by fighting.",
                    "event",
                ),
                C(
                    "The army has stepped up its own drone campaign in Darfur in recent weeks, striking fuel depots in Nyala at least three times in October.",
                    "event",
                ),
                N("Neither side has shown much appetite for compromise.", "analysis"),
                N(
                    "Talks mediated by Saudi Arabia and the United States are scheduled to resume in Jeddah later this month.",
                    "schedule",
                ),
                N("(Reporting by Hamid Osman; Writing by Leila Farouk; Editing by Tom Sandler)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b03",
        "style": "disaster",
        "paragraphs": [
            [C("Cyclone Tendai kills at least 31 in northern Mozambique", "casualty")],
            [
                C(
                    "MAPUTO, Mozambique (AP) — Cyclone Tendai tore through Mozambique's northern Nampula province overnight into Thursday, killing at least 31 people and flattening thousands of homes.",
                    "casualty",
                ),
                C(
                    "The storm made landfall near the port town of Angoche with sustained winds of about 185 kilometres per hour.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Most of the dead were killed when walls and roofs collapsed on families sheltering indoors, the National Institute for Disaster Management said in its first assessment.",
                    "cause",
                ),
                A(
                    "The institute said more than 9,400 houses had been destroyed or damaged and that 42 schools had lost their roofs.",
                    "damage",
                ),
                C(
                    "Power was cut across much of the province, including Nampula city, after transmission lines north of Angoche came down.",
                    "damage",
                ),
                C("At least 11 fishermen who put to sea before the storm are still missing.", "casualty"),
            ],
            [
                N(
                    "Angoche, a fishing town of around 100,000 people, sits on a low-lying stretch of coast that has been hit by several major cyclones in the past decade.",
                    "background",
                ),
                N("Rain was still falling on Thursday afternoon as residents picked through the debris.", "colour"),
                A(
                    "“The water came in through the floor first, then the roof went,” said Fatima Momade, 46, who spent the night on a neighbour's roof with her four children.",
                    "quote",
                ),
            ],
            [
                A(
                    "Mozambique's weather service had issued a red alert on Tuesday, but many residents said they had not heard the warning.",
                    "event",
                    part="Mozambique's weather service had issued a red alert on Tuesday",
                ),
                C(
                    "The main road linking Angoche to Nampula city was cut in at least two places by floodwater, leaving rescue teams to reach the coast by boat.",
                    "damage",
                ),
                C("Cholera cases had already been rising in the province before the storm.", "statistic"),
            ],
            [
                A(
                    "UNICEF said it was sending water purification tablets and tarpaulins from a warehouse in Pemba.",
                    "response",
                ),
                N("The president was due to visit the area on Friday.", "schedule"),
                N("Southern Africa's cyclone season runs from November to April.", "background"),
                C(
                    "Tendai is the second cyclone to strike Mozambique this season, after a weaker storm brought flooding to Zambezia province in January.",
                    "event",
                ),
                N("Copyright 2025 The Associated Press. All rights reserved.", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b04",
        "style": "disaster",
        "paragraphs": [
            [C("Cedar Butte Fire forces evacuation of 3,000 homes near Sisters", "event")],
            [
                C(
                    "A wind-driven wildfire that started Tuesday afternoon in the Deschutes National Forest had grown to more than 14,000 acres by Wednesday morning, forcing the evacuation of about 3,000 homes west of Sisters.",
                    "event",
                ),
                A(
                    "The fire was zero percent contained as of 8 a.m., according to the Central Oregon Interagency Dispatch Center.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Fire officials said the blaze started near a campground off Highway 20 and was pushed east by gusts of up to 45 mph.",
                    "cause",
                ),
                N("The cause is under investigation.", "routine"),
                A(
                    "At least 17 structures, including six homes, have burned, Deschutes County Sheriff's Office spokesperson Dana Whitlock said.",
                    "damage",
                ),
            ],
            [
                N(
                    "Sisters, a town of about 3,000 people, is a gateway to the Three Sisters Wilderness and draws thousands of visitors for its summer quilt show.",
                    "background",
                ),
                N("On Wednesday, the smoke turned the sky over the town an eerie orange.", "colour"),
                C(
                    "Level 3 “Go Now” evacuation orders cover the Crossroads and Tollgate subdivisions and all homes west of Locust Street.",
                    "decision",
                ),
                N("Residents can find evacuation updates on the county's website.", "service"),
            ],
            [
                A(
                    "“I grabbed the dog and the photo albums and that was it,” said Rick Haney, who lives on Tollgate's northern edge.",
                    "quote",
                ),
                A(
                    "Haney said he could see flames on the ridge behind his house within 20 minutes of the first alert.",
                    "event",
                ),
            ],
            [
                C(
                    "The governor invoked the state's Emergency Conflagration Act late Wednesday morning, sending structural firefighting crews from six counties.",
                    "decision",
                ),
                C("Crews have not been able to fly helicopters for most of the day because of the wind.", "event"),
                C("The fire is already the largest in central Oregon this year.", "statistic"),
                A(
                    "Forecasters expect winds to ease by Thursday evening, which could give crews their first real chance to build containment lines.",
                    "prediction",
                ),
                N("This is a developing story and will be updated.", "boilerplate"),
                N("Read more: How to sign up for Deschutes County emergency alerts", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b05",
        "style": "business",
        "paragraphs": [
            [C("Nordic grocer Hallvik cuts outlook as price war bites", "decision")],
            [
                A(
                    "STOCKHOLM, Oct 23 (Reuters) - Swedish grocery chain Hallvik said on Thursday it would close 38 stores and cut its full-year profit forecast, sending its shares down 12% to their lowest level since 2020.",
                    "decision",
                    part="sending its shares down 12% to their lowest level since 2020",
                ),
                C(
                    "Operating profit for the third quarter fell to 412 million crowns ($39 million) from 655 million a year earlier, missing the 540 million expected by analysts in an LSEG poll.",
                    "statistic",
                ),
            ],
            [
                A(
                    "Chief Executive Annika Sjöberg blamed an aggressive discount campaign by rival chains, which she said had forced Hallvik to cut prices on more than 2,000 products since June.",
                    "cause",
                ),
                A(
                    "“We chose to protect our customers rather than our margin this quarter,” Sjöberg told reporters.",
                    "quote",
                ),
                C(
                    "Like-for-like sales rose 1.8%, well below food inflation, which was 4.1% in September.",
                    "statistic",
                ),
            ],
            [
                N("Hallvik, founded in 1961 in Gävle, runs about 640 stores in Sweden and Finland.", "background"),
                N("Sweden's grocery market is dominated by a handful of large chains.", "background"),
                N(
                    "Food prices became a political issue during the cost-of-living crisis that followed the pandemic.",
                    "background",
                ),
            ],
            [
                A(
                    "The store closures will cost around 900 jobs, the company said, most of them in northern Sweden.",
                    "statistic",
                ),
                A("Unions said they had not been consulted.", "statement"),
                C(
                    "Hallvik also paid a 48 million crown fine to the Swedish Competition Authority in March for sharing pricing data with a supplier, a matter it did not mention in its annual report.",
                    "accusation",
                ),
            ],
            [
                N("Analysts were unimpressed.", "colour"),
                A(
                    "“This is a company that has lost its pricing power, and closing stores doesn't fix that,” said Jonas Ekdahl, an analyst at Carnegie.",
                    "quote",
                ),
                C("The shares have lost more than a third of their value this year.", "statistic"),
                N("Hallvik will hold a capital markets day in November.", "schedule"),
                N("($1 = 10.56 Swedish crowns)", "boilerplate"),
                N("(Reporting by Elin Forsberg; Editing by Kirsten Dahl)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b06",
        "style": "courts_crime",
        "paragraphs": [
            [C("Former care home manager jailed for stealing £210,000 from residents", "event")],
            [
                C(
                    "A former care home manager who stole more than £210,000 from elderly residents over six years has been jailed for five years and four months.",
                    "event",
                ),
                A(
                    "Deborah Ainsley, 54, of Ripon, used the residents' bank cards to pay for holidays, a hot tub and her daughter's wedding, York Crown Court heard.",
                    "accusation",
                ),
            ],
            [
                C("She pleaded guilty in August to fraud by abuse of position and theft.", "event"),
                N("Fernbrook House, a 32-bed home on the outskirts of the town, opened in 1989.", "background"),
                A(
                    "Prosecutor Simon Hale told the court that Ainsley targeted residents with dementia who had no close family.",
                    "accusation",
                ),
                A("“She chose the people least able to notice, and least able to complain,” he said.", "quote"),
            ],
            [
                C(
                    "The theft came to light when a bank flagged repeated cash withdrawals from one resident's account at a cashpoint in Harrogate.",
                    "cause",
                ),
                A(
                    "North Yorkshire Police said officers later found receipts for more than 300 purchases made with residents' cards.",
                    "statistic",
                ),
                C("Fourteen residents were affected; nine have since died.", "statistic"),
            ],
            [
                A(
                    "Defending, Rachel Moss said her client had been under severe financial pressure after her husband lost his job.",
                    "statement",
                ),
                N("Ainsley wept in the dock as the sentence was read.", "colour"),
                A("Judge Andrew Pryce said the offending was “a gross breach of trust”.", "quote"),
            ],
            [
                C("The home's owner, Castlegate Care, repaid the families in full last year.", "event"),
                A(
                    "The Care Quality Commission rated the home inadequate in an inspection report published in May, citing weak financial safeguards.",
                    "report",
                ),
                N("A proceeds of crime hearing will be held next year.", "schedule"),
                N("Were you or your family affected by this story?", "question"),
            ],
        ],
    },
    {
        "id": "b07",
        "style": "politics",
        "paragraphs": [
            [C("Peru's Congress censures interior minister over prison escape", "event")],
            [
                C(
                    "LIMA (AFP) - Peru's Congress voted on Thursday to censure Interior Minister Raúl Ccahuana, forcing him from office two weeks after 14 inmates escaped from a high-security prison north of Lima.",
                    "event",
                ),
                C("The motion passed with 78 votes in favour, 19 against and 6 abstentions.", "statistic"),
            ],
            [
                C("Ccahuana is the fourth interior minister to leave the post in the past 12 months.", "statistic"),
                N("Under Peru's constitution, a minister censured by Congress must resign.", "background"),
                A(
                    "Lawmakers accused him of ignoring warnings from prison guards that an escape was being planned.",
                    "accusation",
                ),
            ],
            [
                A(
                    "“The minister knew, and he did nothing,” said congresswoman Lucía Vargas Pimentel, who sponsored the motion.",
                    "quote",
                ),
                A(
                    "Ccahuana denied the allegation in a speech before the vote, saying the warnings had never reached his office.",
                    "denial",
                ),
                A(
                    "The escape from the Ancón II prison, which officials said was carried out through a tunnel dug from a nearby house, was the largest in Peru in a decade.",
                    "event",
                    part="was the largest in Peru in a decade",
                ),
                C(
                    "Eleven of the escaped inmates remain at large, including two men convicted of leading an extortion gang in Trujillo.",
                    "event",
                ),
            ],
            [
                N("Peru has had a string of short-lived presidents and cabinets over the past decade.", "background"),
                C("Insecurity has topped voters' concerns in every Ipsos poll this year.", "statistic"),
            ],
            [
                A("The president's office said a replacement would be sworn in within days.", "statement"),
                C(
                    "The censure is a blow to a government that has little support in Congress and approval ratings in single digits.",
                    "analysis",
                ),
                N("General elections are due in April.", "schedule"),
                N(
                    "The vote may also embolden opposition lawmakers who want to go after the economy minister next.",
                    "analysis",
                ),
                N("(Reporting by Daniela Quispe; Editing by Ana Ferreira)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b08",
        "style": "politics",
        "paragraphs": [
            [N("Will a fuel tax revolt sink New Zealand's coalition?", "question")],
            [
                N(
                    "A backbench revolt over a proposed regional fuel tax has left New Zealand's governing coalition facing its most serious test since it took office.",
                    "analysis",
                ),
                C(
                    "Three National Party MPs from Auckland electorates voted against the bill at its first reading on Tuesday night.",
                    "event",
                ),
                C("The bill passed by 62 votes to 58 after the Green Party unexpectedly backed it.", "statistic"),
            ],
            [
                C(
                    "The tax would add 11 cents a litre to petrol in Auckland, Waikato and Canterbury to fund road and rail projects.",
                    "statistic",
                ),
                C(
                    "Petrol prices in New Zealand have risen 9% since January, driven largely by a weaker currency.",
                    "statistic",
                ),
                A(
                    "Transport Minister Hemi Walsh has said it is the only way to pay for the projects without raising income tax.",
                    "statement",
                ),
                A("“Nobody likes a tax, but potholes don't fill themselves,” Walsh told RNZ on Wednesday.", "quote"),
            ],
            [
                N("The rebels are not convinced.", "transition"),
                A(
                    "One of them, Papakura MP Sarah Tane, said her constituents already paid more for fuel than anywhere else in the country.",
                    "statement",
                ),
                A(
                    "In fact, Auckland pump prices were lower than Wellington's in eight of the past 12 months, according to figures from the Ministry of Business, Innovation and Employment.",
                    "statistic",
                ),
            ],
            [
                N("Bills need a simple majority at each reading.", "background"),
                N(
                    "Regional fuel taxes are not new: Auckland levied one from 2018 until it was scrapped in 2024.",
                    "background",
                ),
                A(
                    "Opposition leaders have accused the government of breaking an election promise not to raise taxes on motorists.",
                    "accusation",
                ),
            ],
            [
                A("A poll for 1News last week put support for the tax at 31%, with 58% opposed.", "statistic"),
                N("Those numbers will worry ministers with an election less than a year away.", "analysis"),
                N(
                    "The bill now goes to the transport select committee, which is due to report back in March.",
                    "schedule",
                ),
                N("Whether the rebels vote against it again at the second reading may decide its fate.", "analysis"),
            ],
        ],
    },
    {
        "id": "b09",
        "style": "sport",
        "paragraphs": [
            [C("Kiprono breaks Frankfurt Marathon course record on debut", "event")],
            [
                C(
                    "FRANKFURT, Oct 26 (Reuters) - Kenya's Amos Kiprono won the Frankfurt Marathon on Sunday in 2 hours 3 minutes 12 seconds, breaking the course record by 30 seconds in his first race over the distance.",
                    "event",
                ),
                C(
                    "Kiprono, 23, pulled away from Ethiopia's Tesfaye Gebru at the 35-kilometre mark and crossed the line 48 seconds clear.",
                    "event",
                ),
            ],
            [
                C("Gebru finished second in 2:04:00, with Kiprono's training partner Gideon Rotich third.", "event"),
                A("“I did not come here for the record, I came to learn,” Kiprono said.", "quote"),
                A("“At 35 I felt good, so I decided to go.”", "quote"),
            ],
            [
                N("Conditions were close to perfect, with temperatures around 9C and little wind.", "colour"),
                C(
                    "The pacemakers took the leading group through halfway in 61:20, well inside record pace.",
                    "statistic",
                ),
                N("Frankfurt, first held in 1981, is Germany's oldest city marathon.", "background"),
            ],
            [
                C("In the women's race, Ethiopia's Almaz Tekle retained her title in 2:19:05.", "event"),
                A("Race organisers said a record 16,200 runners finished the main event.", "statistic"),
                N(
                    "Kiprono's win is likely to put him in contention for a place in Kenya's team for next year's world championships.",
                    "prediction",
                ),
            ],
            [
                A(
                    "Kiprono credited his coach, Italian Renato Bellini, whose athletes have won 11 major marathons.",
                    "statement",
                    part="whose athletes have won 11 major marathons",
                ),
                C("Kiprono's time would have placed him fifth on this year's world list.", "statistic"),
                N("It was a statement run.", "opinion"),
                A("He said he would decide on a spring marathon after talking to his management.", "schedule"),
                N("(Reporting by Jonas Weber; Editing by Helen Marsh)", "boilerplate"),
            ],
        ],
    },
    {
        "id": "b10",
        "style": "local",
        "paragraphs": [
            [C("Council votes to close two branch libraries despite 4,000-name petition", "decision")],
            [
                C(
                    "Two of Stockport's branch libraries will close in April after councillors voted to cut £1.2 million from the library budget.",
                    "decision",
                ),
                C(
                    "The cabinet approved the plan by six votes to three at a meeting at the town hall on Tuesday evening.",
                    "statistic",
                ),
            ],
            [
                C(
                    "The libraries in Heaton Chapel and Brinnington, which together lent about 58,000 books last year, will be replaced by a mobile library that will visit each area once a week.",
                    "decision",
                ),
                C("A petition against the closures gathered more than 4,000 signatures.", "statistic"),
                N("Campaigners packed the public gallery, some holding handmade placards.", "colour"),
            ],
            [
                A(
                    "“These libraries are where kids do their homework because they have nowhere else to go,” said Janet Wilde, who chairs the Friends of Brinnington Library.",
                    "quote",
                ),
                A("She said the group would consider a legal challenge.", "statement"),
                A(
                    "Council leader Cllr Martin Oduya said the authority faced a £19 million gap in next year's budget and had “run out of easy options”.",
                    "statistic",
                ),
            ],
            [
                C(
                    "The council has already cut spending on parks and youth services by a quarter since 2021.",
                    "statistic",
                ),
                C("It closed three other branch libraries in 2019.", "event"),
                N(
                    "Brinnington Library, opened in 1974, is housed in a single-storey building beside the community centre.",
                    "background",
                ),
                A(
                    "Library visits across the borough fell by 23% between 2019 and 2024, according to council figures, though officers acknowledged that much of the drop came during the pandemic closures.",
                    "statistic",
                ),
                A(
                    "Opposition councillors said the mobile library would not be accessible for wheelchair users, which the council denies.",
                    "accusation",
                ),
            ],
            [
                N("The closures are a false economy.", "opinion"),
                N("The cabinet's decision will be reviewed by the scrutiny committee on 14 January.", "schedule"),
                N("Sign up to our free Stockport newsletter for the latest local news.", "boilerplate"),
            ],
        ],
    },
]


if __name__ == "__main__":
    write_part(ARTICLES, __file__)
