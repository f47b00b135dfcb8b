"""Trigger words in senses that name no political act give no event; their political sense still does.

Sentences written for this test (no gold set was read to write them or the rules).
"""

from __future__ import annotations

import pytest

import eventwire
from eventwire.nlp import SpacyBackend
from tests.helpers import analyse, assert_no_event_at, assert_type_coded, at_word, event_at, types_at

pytestmark = pytest.mark.model

OTHER_SENSES = [
    ("Shares of the carmaker hit a record high on Tuesday.", "hit"),
    # a danger, not a threat made; a danger fought is a policy
    ("The senator dismissed the threat from the Islamic State in two sentences.", "threat"),
    ("The terrorist threat to Europe is growing.", "threat"),
    ("Indonesia combated the terrorist threat with police work.", "combated"),
    ("When the police vans arrived, the crowds dispersed.", "dispersed"),  # they went home
    ("The plan was met with what its critics called contempt.", "met"),  # a reaction drawn
    # releasing papers, striking words from a text, a clash of ideas: no act against anyone
    ("The State Department released 1,100 pages of Hillary Clinton's emails on Friday.", "released"),
    ("They want the platform to strike anti-LGBT language from the 2012 document.", "strike"),
    ("Rubio released a new video about the clash of civilizations.", "clash"),
    ("Washington's Asia policy has been firing on all cylinders.", "firing"),
    ("The rebels battled the odds to win the vote.", "battled"),
    ("The minister spoke of her deep conviction that the law is just.", "conviction"),  # a belief
    ("The two firms struck a deal worth $2 billion on Monday.", "struck"),
    ("The company executed its plan to cut costs last year.", "executed"),
    ("The director shot the film in Morocco last spring.", "shot"),
    ("The actor shot to fame in the 1990s.", "shot"),  # rose quickly
    ("Firefighters fought the blaze for three days.", "fought"),
    ("The senator died of a heart attack on Sunday.", "attack"),
    ("The group denied any role in the planning or execution of the attack.", "execution"),
    ("Two men were killed in a crash on the motorway on Friday.", "killed"),
    ("An earthquake killed 12 people in Peru on Monday.", "killed"),
    ("Brazil beat Germany 7-1 in the World Cup semi-final on Tuesday.", "beat"),
    ("The player was banned for four years for doping.", "banned"),  # sport's own discipline
    ("The striker shot wide as the team chased a goal in the second half.", "shot"),
    ("Nadal will face Federer in the tournament final on Sunday.", "face"),
    ("The senator continued to hold campaign rallies in Ohio.", "rallies"),
    ("The code-sharing and hosting service GitHub restored the page.", "hosting"),
    ("The platform ensures that the needs of everyone are captured.", "captured"),
    ("He had attended the Tulsa rally in June.", "attended"),
    ("The observations were executed in December 2019.", "executed"),
    ("He suffered a cardiac arrest on Monday and died.", "arrest"),
    ("We are already hitting limits with our hosting.", "hitting"),
    ("Members of Congress have abused their power for too long.", "abused"),
    ("Term limits offer a solution to the deadlock in Washington.", "offer"),
    ("The Bahamian government withdrew its tropical storm warnings on Sunday.", "withdrew"),
    ("The storm's wind speeds reached 185 mph on Monday.", "reached"),
    ("She resigned after she was unable to negotiate a Brexit deal.", "deal"),  # a deal is a thing
    ("Johnson intends to leave with or without a trade deal with the EU.", "deal"),
    ("SpaceX launched its first crewed mission from Florida on Saturday.", "launched"),
    ("Clinton narrowly defeated him in the Iowa caucuses on Monday.", "defeated"),  # an election
    ("It was another demonstration of how difficult it is for him to win.", "demonstration"),  # a showing
    ("The governor hosted a fundraiser in Denver on Friday.", "hosted"),
    ("Clinton had captured 1,944 delegates before the primaries.", "captured"),
    ("The agency lost contact with the space probe in June.", "probe"),
    ("American Airlines and JetBlue offer flights to Cuban cities.", "offer"),
    ("After the primary, three candidates withdrew from the race.", "withdrew"),
    ("Five people were killed in a stampede at the funeral.", "killed"),
    ("Three firefighters were killed by the fire.", "killed"),  # a blaze
    # a warning of a hazard is no threat (the guidelines: weather and hazard warnings)
    ("The doctor tried to warn people about the viral outbreak in December.", "warn"),
    ("Forecasters warned residents of flooding on Sunday.", "warned"),
    # a sum reached, a bar met, tax returns released, a race hosted, voters got out, a report used
    ("Donations to the party hit nearly $1.1 billion through the end of August.", "hit"),
    ("Only four member countries meet the mark on defence spending.", "meet"),
    ("The candidate released her tax returns this year.", "released"),
    ("The state would host the only Senate race in the country.", "host"),
    ("Party insiders are trying to mobilize black voters in Florida.", "mobilize"),
    ("Democrats and Republicans seized upon the senator's appearance on the network.", "seized"),
    # declining to comment (CAMEO 014, dropped by PLOVER); a state something is left in
    ("The ministry refused to comment on the report.", "refused"),
    ("The governor refuses to discuss potential appointees.", "refuses"),
    ("The senator refused to answer questions about his health.", "refused"),
    ("The death of the justice left the court ideologically split.", "left"),
    # a show's title; a retort; weighing in; an election upset; an image reinforced; ads halted
    ("Trump appeared on NBC's ''Meet the Press'' on Sunday.", "Meet"),
    ("'They are all here because he is promising free stuff,' Bennett shot back with a laugh.", "shot"),
    ("She declined to weigh in on the debate over encryption.", "declined"),
    ("Cruz surged from obscurity to upset a well-known Texas politician.", "upset"),
    ("Bill Clinton reinforces all the negative attributes voters assign to his wife.", "reinforces"),
    ("Her campaign had halted its advertising after the victories.", "halted"),
    ("Rising consumer demand for oil lifted prices.", "demand"),
    # an assurance; a speech or a rumour; releases sent out; a win pulled out
    ("During the discussion, Pence pledged that Trump really is in favor of free trade.", "pledged"),
    ("The Clinton segment of Trump's talk starts about the 7 minute mark.", "talk"),
    ("There is talk of war in the capital.", "talk"),
    ("Rubio's campaign has blasted out a barrage of news releases.", "blasted"),
    ("That is where he pulls out a tough win in Hawaii.", "pulls"),
    # an exclamation; an electoral challenge; e-mails kept; a chamber won; a disagreement; a law voided
    ("Thank God, I am here.", "Thank"),
    ("Sanders is challenging Clinton for the Democratic nomination.", "challenging"),
    ("Her work emails were immediately captured and preserved.", "captured"),
    ("Democrats hope to capture the Senate next year.", "capture"),
    ("Sanders takes issue with a new oversight board.", "takes"),
    ("The decision struck down restrictions on abortion clinics.", "struck"),
    ("The judge struck down claims that the vote had been rigged.", "struck"),
    ("If the narrative hits a speed bump, the campaign will suffer.", "hits"),
    ("Clinton is closing in on the number of delegates needed.", "closing"),
    ("Sanders has failed to dent Clinton's lead in the polls.", "failed"),  # a failure is no refusal
    # blaming a thing accuses no one; a body charged with a task is given it
    ("Clinton blamed the fog of war for the failure to send help.", "blamed"),
    # the examples after "including" and a relative clause are no words of the thing blamed
    ("Rendell blamed several factors, including budget cuts that Congress made.", "blamed"),
    ("The report blamed several factors for the collapse.", "blamed"),
    ("The commission is charged with overseeing the elections.", "charged"),
    # a manner of speech; a warning of dangers; what endangers the peace; a thing likely to do something
    ("Trump spoke with so much gusto it sounded like screaming.", "spoke"),
    ("He warned of the dangers of owners of technology who care about money.", "warned"),
    ("Those people are threatening the peace on our streets.", "threatening"),
    ("It was a debate that threatened to make or break some of their campaigns.", "threatened"),
    ("The debate promised to be a crucial moment for Ben Carson.", "promised"),
    # a practice banned; acknowledged as; idioms of waiting, convening, winning, recovering, showing
    ("Sanders voted to ban therapeutic cloning in 2001.", "ban"),
    ("The detentions are widely recognized as civil liberties violations.", "recognized"),
    ("Clinton is biding her time.", "biding"),
    ("Parliament will call a debate in January.", "call"),
    ("Bush took just 6 percent of the national vote.", "took"),
    ("He has fought his way back to respectability.", "fought"),
    ("It is one that hits home.", "hits"),
    ("The officer holds up the gun used by the man.", "holds"),
    # an audience attracted; a search given up; a greeting; support rallied; a campaign stop
    ("He is a one-issue candidate who appeals to white voters.", "appeals"),
    ("Many Americans had given up looking for work entirely.", "given"),
    ("Welcome to POLITICO New York's Culture-Business Report, a weekly digest.", "Welcome"),
    ("The only themes capable of rallying the Republican Party were its attacks.", "rallying"),
    ("Pence spent the day hitting a Rural Electric Cooperative Association gathering.", "hitting"),
    # calls or broadcasts made, a ball struck, unity, attraction: no attack, talks or appeal
    ("Grayson hit the phones on behalf of his wife.", "hit"),
    ("He spent the morning hitting a ball with a 9-iron.", "hitting"),
    ("The leaders spoke with one voice to solve the crisis.", "spoke"),
    ("The senator has broad appeal among young voters.", "appeal"),
    # things that meet; a demanding job; people sheltered; a point granted
    ("It is a place where yuletide ritual meets professional opportunism.", "meets"),
    ("He quit the post because it is demanding and time-consuming.", "demanding"),
    ("Erdogan laments hosting the growing number of migrants and refugees.", "hosting"),
    ("Rubio's advisers privately conceded that it had been a difficult night.", "conceded"),
    ("Trump was refusing to concede that the voters were unlikely to back him.", "refusing"),
    # asking with nothing asked for: a question (CAMEO 02 asks someone to do or give something)
    ("When I asked Bernie Sanders, he laughed.", "asked"),
    ("I was asked this a couple months ago.", "asked"),
    ("Clinton asks as a maintenance guy walks in.", "asks"),
    # an election swept, a tune struck, a campaign sabotaged, a scene filmed, a stunt, electioneering
    ("She swept primary challenger Bernie Sanders in five states.", "swept"),
    ("His campaign manager struck a similar tune.", "struck"),
    ("They sabotaged a revolutionary campaign.", "sabotaged"),
    ("The confrontation was captured on video from several angles.", "captured"),
    ("Clinton pulled a stunt on Thursday.", "pulled"),
    ("Bill Clinton campaigned on his wife's behalf later that month.", "campaigned"),
    ("His outsider appeal has been key to his success.", "appeal"),
    ("The senator appeals to many of the voters because of his record.", "appeals"),
    # a danger; delegates unbound; campaign funds; rules broken
    ("All of France is under the threat of Islamic terrorism.", "threat"),
    ("Walker backed freeing all 2,472 delegates to vote their conscience.", "freeing"),
    ("Lobbyists have donated to a super PAC supporting Clinton.", "donated"),
    ("The report says China breaks WTO rules.", "breaks"),
    # a source cited; a war fought as a situation; a candidate defeated at the polls
    ("The White House cited initial analysis that showed inconsistencies.", "cited"),
    ("Saudi Arabia has been fighting the same war on terror for two decades.", "fighting"),
    ("Voters in Ohio rejected the governor on Tuesday.", "rejected"),
    ("Bush had been soundly rejected by an electorate.", "rejected"),
    # a survey's answer; deliberating; a disease fought; a heads-up; events held; a comparison;
    # an interviewer's questions
    ("Less than a third agreed with the President that Britain would have to wait its turn.", "agreed"),
    ("Many Iowa Democrats are wrestling over their final choice.", "wrestling"),
    ("Her advisers are grappling with how to convince swing voters.", "grappling"),
    ("Congress will allocate funds to fight Zika.", "fight"),
    ("The House speaker gave Priebus a heads up about his declaration.", "gave"),
    ("Mr. Clinton will hold two organizing events in New Hampshire.", "hold"),
    ("Perez contrasted the Republican candidate with Clinton.", "contrasted"),
    ("Any guest who is asked to comment on the election is counted.", "asked"),
    ("Democratic voters in West Virginia were asked a series of questions.", "asked"),
    # themes hit; fees charged; resources mobilised; people or a fact acknowledged
    ("Mrs. Clinton struck many of the same notes, hitting themes that elevated Ms. Warren.", "hitting"),
    ("Walker charges thousands of dollars for speaking fees.", "charges"),
    ("A movement would mobilize every possible resource to block Trump.", "mobilize"),
    ("The Democratic platform explicitly recognizes transgender people.", "recognizes"),
    # a question about something; an audience attracted; the establishment fought; storming out
    ("NBC's Chuck Todd asked the GOP frontrunner about the Twitter kerfuffle.", "asked"),
    ("Sanders' plan and its appeal to voters grow out of naivete.", "appeal"),
    ("Cruz has long fought the Washington establishment.", "fought"),
    ("He tends to pick fights and storm out.", "storm"),
    # amendments passed; a rocket launched into space
    ("Mr. Sanders passed more amendments by roll call vote than any other member.", "passed"),
    ("North Korea launched a long-range rocket into space.", "launched"),
    # exceeding; a source's terms with a reporter; a mood captured; care; a value under attack
    ("His aversion to foreign conflicts goes beyond his opposition to the war in Iraq.", "goes"),
    ("An aide, who requested anonymity to discuss the plans, spoke to reporters.", "requested"),
    ("The official asked for anonymity because the talks were private.", "asked"),
    ("He is capturing the frustration of many voters.", "capturing"),
    ("She failed to protect the diplomats under her charge.", "charge"),
    ("Our freedom is under assault from an out-of-control government.", "assault"),
    ("The Second Amendment is under attack, the senator said.", "attack"),
    # a fire that burns (coming under fire in words is criticism: test_pressure_and_plots.py)
    ("The firefighters brought the fire under control.", "fire"),
    ("He gassed up the car before the trip.", "gassed"),
    # a bracket the parser hung as the object is none
    ("The pressure cooker increases the pressure of the explosion gasses [and] and fragments.", "gasses"),
    ("Cruz's non-endorsement of Donald Trump angered delegates.", "endorsement"),  # "non-": none
    # lifting someone out; a surprise; a place's tally of crimes; a candidate's rally
    ("The noise pulled him out of bed at dawn.", "pulled"),
    ("The ruling caught some seasoned prosecutors by surprise.", "caught"),
    ("Ferguson had two murders in 2014, according to the FBI data.", "murders"),
    ("The city recorded 50 shootings last year.", "shootings"),
    ("Presidential candidate Donald Trump signed autographs after a rally in Tennessee.", "rally"),
    # showing; regaining momentum; the floor taken in a chamber; an industry hit; reading a book;
    # kinds of thing named by a participle; gathering to watch; a contest won
    ("The pope demonstrated his knack for meddling in secular affairs.", "demonstrated"),
    ("The senator is trying to recapture her momentum across the state.", "recapture"),
    ("House Democrats seized the floor from Republicans on Wednesday.", "seized"),
    ("The new tax has hit the restaurant industry the hardest.", "hit"),
    ("Reporters have been inspecting the candidate's new book for clues.", "inspecting"),
    ("Rivals used the governor as a punching bag at every debate.", "punching"),
    ("Officials fear that a crowd of onlookers will gather to gawk at the crash.", "gather"),
    ("Bradley defeated state Appeals Court Judge JoAnne Kloppenburg on Tuesday.", "defeated"),
    # a contract competed for; a market's halt; a crash named by its flight; a practice outlawed;
    # views that clash
    ("That contract was fought for between Boeing and Lockheed Martin.", "fought"),
    ("Trading on the country's stock markets has been suspended for a second day.", "suspended"),
    ("Flight 200, which killed 102 people, crashed in 2007.", "killed"),
    ("The governor signed the act, outlawing nearly all abortions in the state.", "outlawing"),
    ("His moderate politics have clashed with the stances of national leaders.", "clashed"),
    # voters moving; a plan carried out; going home; company kept; a golf shot
    ("Americans living in wealthy households have abandoned the Republican party.", "abandoned"),
    ("He entered each debate with a game plan and flawlessly executed it.", "executed"),
    ("The immigrant who leaves home in search of a better life is welcome here.", "leaves"),
    ("He has surrounded himself with pro-Moscow advisers.", "surrounded"),
    ("Few voters can hit a hole-in-one, the judge wrote.", "hit"),
    ("Only four NATO countries meet the bar.", "meet"),
    ("The candidates hit the stage on Monday night.", "hit"),
    ("The president issued an executive order on social media.", "issued"),  # legislation
    # one person's objections; a word refused; opposition battled
    ("Despite her numerous protests, the evidence continued to grow.", "protests"),
    ("Both candidates reject the term containment.", "reject"),
    # a claim denied (its "that" clause); a kind of violence faced is a danger, no threat made
    ("Ms. Conway rejected the idea that the changes amounted to a shake-up.", "rejected"),
    ("Americans are forced to face the threat of ISIS-inspired terrorism.", "threat"),
    ("Critics savaged the film as shallow.", "savaged"),  # a review
    ("The police officers' lives were seriously threatened.", "threatened"),  # in danger
    # the dead of a vehicle's own crash
    ("The driver lost control and crashed into a wall, killing two passengers.", "killing"),
    # people who evacuate a place leave it: no one brings them out
    ("The wildfire forced thousands to evacuate their homes.", "evacuate"),
    ("Residents evacuated as the river rose.", "evacuated"),
    # workers dismissed at a plant; a rival's trade competed for
    ("The company fired 200 workers at its Ohio plant.", "fired"),
    ("Amazon launched an attack on Walmart's grocery business.", "attack"),
    ("Samsung is attacking Apple's market share in China.", "attacking"),
    # what something is called: a characterization, no act of its own
    ("Gowdy's office called the lawsuit an attack on the committee.", "attack"),
    ("His office calls the whole thing nothing short of an attack against the committee.", "attack"),
    # opposing a person, or what a pronoun stands for, is a stance held
    ("Beck virulently opposed Trump during the primaries.", "opposed"),
    ("He opposed every single one of them.", "opposed"),
    # a point granted: the clause's "that" right after the verb, wherever the parser hangs the clause
    ("He hates a task of politics - bragging - conceding that, when he does, he feels bad.", "conceding"),
    ("The two presidents battled staunch opposition from the media.", "battled"),
    ("In a video she thanked her supporters and ended her campaign.", "thanked"),  # courtesy
    # a report, or an allegation no party is named as making, denied; what draws voters; an idiom
    ("Trump dismissed a report in Politico that Bush would not endorse him.", "dismissed"),
    ("The senator rejected the allegations on Monday.", "rejected"),
    ("Taylor had only one appeal for the Whigs: he was popular.", "appeal"),
    ("Clinton has broadened her appeal among young voters.", "appeal"),
    ("Hillary Clinton pulled a Donald Trump on Thursday afternoon.", "pulled"),
    # deciding what to do; cutting off someone's access; a defeat shrugged off; cargo unloaded
    ("Sanders is investigating whether to punish other staff members.", "investigating"),
    ("The party responded by blocking Sanders' access to his own data.", "blocking"),
    ("The party responded by blocking Sanders’ access to his own data.", "blocking"),  # curly
    ("The coach shrugged off the defeat.", "shrugged"),
    ("The truck unloaded on the dock.", "unloaded"),
    # a side taken, and beliefs held
    ("Mike Shields leads a super PAC allied with House leadership.", "allied"),
    ("Pence praised Cruz for showing the courage of his convictions.", "convictions"),
    # a rejection no one is named as making: a mood, or an outcome told before
    ("Anti-Trump sentiment is driving a virulent rejection of the mogul among delegates.", "rejection"),
    ("The rejection of the treaty signals the beginning of the end for the EU.", "rejection"),
]

POLITICAL_SENSES = [
    ("Hamas launched rockets at Israel on Monday.", "ASSAULT"),
    ("The minister received a threat from the gang on Friday.", "THREATEN"),  # a threat made
    ("The senator received death threats from extremists.", "THREATEN"),
    ("The UN made an appeal to donors for two billion dollars.", "REQUEST"),
    ("Russia recognized the independence of Abkhazia on Tuesday.", "SUPPORT"),
    ("The United States recognized Kosovo on Monday.", "SUPPORT"),
    ("The US agreed with Iran that talks would resume next week.", "AGREE"),
    ("Voters rejected the peace deal in a referendum.", "REJECT"),
    ("Iran rejected the idea of talks with the US.", "REJECT"),  # a proposal refused
    ("The group's threat of terrorism against Paris alarmed officials.", "THREATEN"),  # made by it
    ("Mr. Khan pleaded with voters to reject his politics.", "REQUEST"),
    ("The senator savaged the governor's budget plan.", "ACCUSE"),
    ("Bolsonaro opposed Macron's statement on the Amazon.", "REJECT"),  # an act answered
    ("Their lives were threatened by the gang.", "THREATEN"),
    ("Soldiers fired on the workers at the plant.", "ASSAULT"),
    ("Soldiers evacuated 300 villagers from the town.", "AID"),
    ("The government banned the opposition party on Monday.", "COERCE"),
    ("Rebels launched an attack on the market in Kabul.", "ASSAULT"),
    ("Gunmen attacked his business in Lagos.", "ASSAULT"),
    ("The plan went to a referendum, and voters rejected it on Sunday.", "REJECT"),
    ("Iraqi troops fought ISIS fighters in Mosul on Monday.", "ASSAULT"),
    ("Protesters broke the windows of the embassy on Monday.", "ASSAULT"),
    ("Rebels freed 20 hostages in Mali on Monday.", "RETREAT"),
    ("Rebels sabotaged the pipeline on Monday.", "ASSAULT"),
    ("Police captured the rebel leader on Monday.", "COERCE"),
    ("The president appealed to all of the parties for calm.", "REQUEST"),
    ("The prosecutor asked that the case be dismissed.", "REQUEST"),
    ("The families of the hostages asked the government for help.", "REQUEST"),
    ("He asked the senator to resign.", "REQUEST"),
    ("Protesters outside the ministry were demanding the release of the activists.", "REQUEST"),
    ("The committee meets the foreign minister on Friday.", "CONSULT"),
    ("Jordan hosted the Iraqi prime minister in Amman on Sunday.", "CONSULT"),
    ("The candidate conceded defeat on Wednesday night.", "CONCEDE"),
    ("The families of the victims made an urgent appeal for help on Monday.", "REQUEST"),
    ("The president was met by the prime minister at the airport.", "CONSULT"),
    ("Riot police dispersed the crowd with tear gas.", "COERCE"),
    ("An air strike hit a school in Idlib on Monday, killing 12 people.", "ASSAULT"),
    ("Gunmen shot two policemen in Kabul on Tuesday.", "ASSAULT"),
    ("Militants attacked an army base near Mosul on Sunday.", "ASSAULT"),
    ("The regime executed three activists in Tehran on Saturday.", "ASSAULT"),
    # a crowd's occupation of an office is a protest (PLOVER's 'obstruct'), an army's of land an assault
    ("Protesters occupied the office of the governor in Basra on Monday.", "PROTEST"),
    ("Troops occupied the office of the governor in Basra on Monday.", "ASSAULT"),
    ("Police beat protesters outside the stadium in Minsk on Sunday.", "ASSAULT"),
    ("The army withdrew its troops from the town on Monday.", "RETREAT"),
    ("Congress denied funding for the wall on Friday.", "REJECT"),
    ("Russia and Ukraine struck a deal on gas transit on Monday.", "SUPPORT"),
    ("Britain sealed a trade deal with Japan on Friday.", "SUPPORT"),
    ("The United States withdrew from the Paris agreement on Monday.", "SANCTION"),  # PLOVER: withdraw
    ("The Senate censured the senator on Monday.", "ACCUSE"),
    ("The minister stepped down on Monday.", "RETREAT"),  # "down" parsed as an adverb
    ("Police opened an investigation into the fire on Monday.", "ACCUSE"),  # not "opened fire"
    ("Police have opened a criminal case against the driver.", "ACCUSE"),
    ("Soldiers opened fire on the protesters on Sunday.", "ASSAULT"),
    ("Iran deeply regrets this disastrous mistake.", "CONCEDE"),
    ("Prosecutors sought a sentence of 20 years on Monday.", "REQUEST"),  # the guidelines' table
    ("Opposition leaders complained to the election commission about fraud.", "ACCUSE"),
    ("He quit his post as defence minister in March.", "RETREAT"),
    ("An appeals court overturned his conviction on Friday.", "CONCEDE"),
    ("Trump granted clemency to eleven people on Tuesday.", "CONCEDE"),
    ("The committee subpoenaed the attorney general on Monday.", "REQUEST"),
    ("Britain left the EU in January.", "SANCTION"),
    # banning an airline or flights is a sanction (CAMEO 163), banning a party is repression (1722)
    ("Germany on Monday banned Iranian airline Mahan Air from flying in the country.", "SANCTION"),
    ("The new policy prohibits all flights to Cuba.", "SANCTION"),
    ("Egypt banned the Muslim Brotherhood in 2013.", "COERCE"),
    ("The priest abused children for decades.", "ASSAULT"),  # abusing power or office is no violence
    ("Iran warned the United States of retaliation on Monday.", "THREATEN"),  # a warning of its own act
    ("Rebels seized on Monday the town of Kidal.", "COERCE"),  # "on" a date is no "seize on"
    ("Hamas refused to respond to the demand.", "REJECT"),  # a demand not answered is rejected
    ("Iran refused to discuss the plan with the envoys.", "REJECT"),  # talks refused
    ("Burundi left the court in 2017.", "SANCTION"),
    ("Troops shot back at the attackers.", "ASSAULT"),
    ('"We have the right to strike back in retaliation," the commander said on Monday.', "ASSAULT"),
    ("The minister promised that Mexico will pay for the wall.", "AGREE"),
    ("The talks with Iran resumed on Monday.", "CONSULT"),
    ("Russia pulled out its troops from the region.", "RETREAT"),
    ("Rebels captured the town on Monday.", "ASSAULT"),
    ("Obama blamed Iran for the attack.", "ACCUSE"),
    ("The man was charged with murder.", "ACCUSE"),
    ("Iran warned of retaliation.", "THREATEN"),
    ("Lawmakers voted to ban the party.", "COERCE"),
    ("Russia recognized Abkhazia in 2008.", "SUPPORT"),
    ("The mayor appealed to residents for calm.", "REQUEST"),
    ("The rebels gave up their weapons.", "CONCEDE"),
    ("Thousands rallied in the capital.", "PROTEST"),
    ("Israel went to war with Egypt in 1967.", "ASSAULT"),
    ("Rebels captured the governor of the province.", "ASSAULT"),
    ("Prosecutors dropped the charge against the senator.", "ACCUSE"),
    ("The embassy came under attack from gunmen on Monday.", "ASSAULT"),
    ("The convoy came under fire near Kandahar on Monday.", "ASSAULT"),
    ("The base came under heavy mortar fire on Sunday.", "ASSAULT"),
    ("Police tear-gassed the crowd outside parliament.", "ASSAULT"),
    ("Gunmen attacked the church on Sunday.", "ASSAULT"),
    ("The government requested assistance from the United Nations.", "REQUEST"),
    ("Cruz's endorsement of Donald Trump came on Friday.", "SUPPORT"),
    ("Russia pulled its troops out of Syria.", "RETREAT"),
    ("Police caught the suspect on Monday.", "COERCE"),
    ("Police made 12 arrests in the city on Monday.", "COERCE"),
    ("Thousands joined a rally against the war in London.", "PROTEST"),
    ("The governor called out the National Guard on Monday.", "MOBILIZE"),
    ("Axelrod called out Clinton on the substance of her attack.", "ACCUSE"),  # criticised, no request
    ("Thousands demonstrated against the law in Paris.", "PROTEST"),
    ("Rebels recaptured the town on Monday.", "COERCE"),
    ("Thousands gathered to protest the law.", "PROTEST"),
    ("Government forces defeated the rebels in the north.", "ASSAULT"),
    ("The army went on the offensive in the east.", "ASSAULT"),
    ("An air strike hit the industrial zone of the city.", "ASSAULT"),
    ("Russia suspended flights to Georgia.", "SANCTION"),
    ("Germany banned flights to Iran.", "SANCTION"),
    ("The government outlawed the opposition party.", "COERCE"),
    ("Protesters clashed with police in the capital.", "ASSAULT"),
    ("The president ordered troops to the border.", "MOBILIZE"),
    ("The president ordered troops to withdraw from the city.", "REQUEST"),  # an order, no mobilisation
    ("The Air Force was ordered by Congress to work with Boeing.", "REQUEST"),
    ("Erdogan also attacked the proclamation of Golan Heights as Israeli territory.", "ACCUSE"),
    ("The state executed three prisoners on Monday.", "ASSAULT"),
    ("Britain left the EU in January.", "SANCTION"),
    ("Militias call for a U.S. departure and have attacked bases housing coalition troops.", "ASSAULT"),
    ("Police cleared protesters from the square using tear gas.", "COERCE"),
    ("The court cleared him of all charges.", "CONCEDE"),
    ("Rioters toppled statues of Columbus.", "PROTEST"),
    ("The army toppled the president in 2013.", "COERCE"),
    ("Students continued their protests on Monday.", "PROTEST"),
    ("Iran rejected the proposal on Monday.", "REJECT"),
    ("Troops battled rebels near the border.", "ASSAULT"),
    ("Netanyahu thanked Trump for his support.", "SUPPORT"),
    ("The Russian government dismissed the claim from Berlin as groundless.", "REJECT"),
    ("Patricia Smith forcefully rejected Clinton's claim.", "REJECT"),
    ("The government made an appeal for calm.", "REQUEST"),
    ("Israel pulled its troops out of Gaza.", "RETREAT"),
    ("The FBI is investigating whether Clinton lied to Congress.", "ACCUSE"),
    ("Protesters blocked access to the port.", "PROTEST"),
    ("Clinton laughed off the attack ad.", "REJECT"),
    ("She brushed off the criticism.", "REJECT"),
    ("On Thursday, Sanders unloaded on the Post.", "ACCUSE"),
    ("Facing blowback from labor unions, Berlin backed off.", "ACCUSE"),
    ("The rebels have held the journalist hostage since March.", "ASSAULT"),
    ("The court upheld his conviction for fraud.", "SANCTION"),
    # a name the dictionary knows that the parser took for a plural noun ("pennies") is someone
    ("Pence praised Cruz for his courage.", "SUPPORT"),
    ("Iran's rejection of the proposal angered Washington.", "REJECT"),
]


@pytest.mark.parametrize(("text", "word"), OTHER_SENSES)
def test_another_sense_gives_no_event(spacy_backend: SpacyBackend, text: str, word: str) -> None:
    assert_no_event_at(spacy_backend, text, word, "2021-12-09")


@pytest.mark.parametrize(("text", "kind"), POLITICAL_SENSES)
def test_the_political_sense_is_still_coded(spacy_backend: SpacyBackend, text: str, kind: str) -> None:
    assert_type_coded(spacy_backend, text, kind, "2021-12-09")


@pytest.mark.parametrize(
    "text",
    [
        "Reportedly, he struck a guard rail on June 3 and flipped the truck.",
        "The driver hit a tree on Monday.",
        # a street in the vehicle's phrase is where, not who: the bus stays a thing, no doer
        "A pedestrian was hit by a bus on Main Street.",
    ],
)
def test_a_vehicle_hitting_a_roadside_thing_is_an_accident(spacy_backend: SpacyBackend, text: str) -> None:
    assert not analyse(spacy_backend, text, published="2021-12-09", until="events").events


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "coded"),
    [
        # fighting for a cause is campaigning; fighting for an armed party is fighting
        ("Workers are fighting for higher wages.", "fighting", False),
        ("He spent 15 years fighting for a federal holiday in King's honour.", "fighting", False),
        ("He fought for the Taliban in Helmand.", "fought", True),
        ("A few hundred people attended a party to fight off COVID-19.", "fight", False),
        # fighting no one is struggling or campaigning; fighting someone, or somewhere, is fighting
        ("They have weakened the law that Obama spent his presidency fighting for.", "fighting", False),
        ("He will fight on to the July Democratic convention.", "fight", False),
        ("They fight like it matters to them.", "fight", False),
        ("The coalition came to Iraq to fight ISIS.", "fight", True),
        ("Troops fought in the streets of Mosul.", "fought", True),
        ("Rebels fought against government forces.", "fought", True),
        # struggling with a thing is no fight; how long a fight lasted is no cause fought for
        ("The president has struggled with a deteriorating economy.", "struggled", False),
        # a picture captures a scene, no one
        ("Photos posted online capture the chaos after the blast.", "capture", False),
        ("The army fought with the rebels for three days.", "fought", True),
        # a war's toll is no one act; a killing in a war with its doer named is
        ("Around 300,000 people were killed in the conflict.", "killed", False),
        ("Israeli forces killed 20 people in the war on Monday.", "killed", True),
        ("Three soldiers were killed in the fighting near Donetsk.", "killed", True),
        # questioning someone's power doubts it (criticism); questioning a man is an inquiry by police only
        ("Senator Durbin questioned the President's power to declare an emergency.", "questioned", True),
        ("Johnson was questioned about the case while speaking to the press.", "questioned", False),
        ("Police said they questioned the car's owner.", "questioned", True),  # "they": the police
        # holding someone in contempt censures them; holding a meeting does not
        ("The House voted to hold Attorney General William Barr in contempt of Congress.", "hold", True),
        # an inquiry said to be under way is what its clause tells (the guidelines: the main assertion)
        ("The fire service indicated an investigation was underway.", "investigation", True),
        # votes counted are no refusal (the guidelines: a legislative vote is no act)
        ("The resolution passed, with 194 Republicans opposing it.", "opposing", False),
        ("Two senators opposed the bill, and a third voted for it.", "opposed", False),
        ("Russia opposed the resolution.", "opposed", True),
        # a legal act in a clause on anyone of a kind describes the kind; people in particular do not
        ("The law would let the government extradite anyone accused of a crime.", "accused", False),
        ("The bill would allow the removal of people who had been accused of crimes.", "accused", False),
        ("Police arrested two men who had been accused of theft.", "accused", True),
        ("He killed people who were protesting.", "protesting", True),
        # evacuating with no one evacuated is leaving; moving others to safety is aid
        ("The storm forced over 58,000 civilians to evacuate.", "evacuate", False),
        ("Police evacuated 300 residents on Monday.", "evacuated", True),
        # agreeing on what ought to be is an opinion; agreeing that parties should act is an agreement
        ("Not everyone agreed there should be another referendum.", "agreed", False),
        ("The officials agreed that their countries should cooperate on refugees.", "agreed", True),
        # agreeing, in the present, that something is so is holding a view (past the headline)
        ("The bill failed. Most senators agree that the law should be changed.", "agree", False),
        # agreeing that something is or was so shares a view; agreeing what will be done is a deal
        ("A panel of experts all agreed that Pence won the debate.", "agreed", False),
        ("The two sides agreed that troops would withdraw by May.", "agreed", True),
        ("The parties agreed that elections be held in May.", "agreed", True),
        ("All agreed that Mrs. Clinton's proposal would increase taxes on the rich.", "agreed", False),
        # "led to" is a cause; a journey by someone who is no political actor is no visit
        ("The summit led to contact tracing across Europe.", "led", False),
        ("Saadallah came to the UK a number of years ago.", "came", False),
        ("Pompeo visited Ireland on Monday.", "visited", True),
        # a forecast calls for weather; asking the public for patience is no request of a party
        ("The warnings called for gale force winds and heavy rain.", "called", False),
        ("The hospital also asked for patience.", "asked", False),
        # an interviewer asking someone to comment asks a question; asking someone to act is a request
        ("Asked to describe the device, O'Neill said it was a pressure cooker.", "Asked", False),
        ("When asked to explain the delay, Trump said the wall was being built.", "asked", False),
        ("Asked to condemn the attack, the minister said nothing.", "Asked", True),
        ("The question has had to be asked of a serious contender for the presidency.", "asked", False),
        # carrying out a campaign is no execution of anyone
        (
            "A terror campaign is being deliberately executed by the very people they ignore.",
            "executed",
            False,
        ),
        ("The regime executed three dissidents on Monday.", "executed", True),
        ("The UN called for a ceasefire.", "called", True),
        ("The prime minister recommended that US troops withdraw from Iraq.", "recommended", True),
        # the parser hangs a double object's direct object on the indirect one
        ("President Donald Trump granted Angela Stanton a full and unconditional pardon.", "granted", True),
        # and reads an object with a participle after it as a clause's subject
        ("Judge Clark Waddoups reconsidered his decision made the previous day.", "reconsidered", True),
        # "it" that kills beside a fire or a quake is the fire, whatever coreference made of it
        ("A fire destroyed 200 homes in Chittagong. Officials said it killed nine people.", "killed", False),
        # what a thing is launched by is no object: a spacecraft launched via a rocket is no missile launch
        ("The Crew Dragon was launched via a Falcon 9 rocket from Florida.", "launched", False),
        ("North Korea launched two missiles on Monday.", "launched", True),
        # an act ordered is coded as its noun (the guidelines' hotel fire), not as a REQUEST too
        ("A judicial inquiry was ordered, according to police.", "ordered", False),
        ("The mayor ordered residents to evacuate.", "ordered", True),
        # joining protests is protesting (the noun is coded); joining a union is membership, no meeting
        ("Thousands of students joined the protests in Hong Kong.", "joined", False),
        ("The United Kingdom joined the European Union in 1973.", "joined", False),
        ("He abused his power as governor.", "abused", False),
        # protesters or a crowd gathering demonstrate; gathering evidence or for a funeral does not
        ("Thousands of protesters gathered outside the police headquarters.", "gathered", True),
        # "outside" tagged as an adjective of the object "parliament"
        ("Thousands of protesters gathered outside parliament on Friday.", "gathered", True),
        ("Several groups gathered in Washington for a rally.", "gathered", True),
        ("Thousands gathered for the funeral of the singer.", "gathered", False),
        ("Police gathered evidence at the scene.", "gathered", False),
        # defeating a candidate is winning an election; defeating rebels is fighting
        ("In 2008, Hagan defeated incumbent Republican US Senator Elizabeth Dole.", "defeated", False),
        ("The army defeated the rebels near Aleppo.", "defeated", True),
    ],
)
def test_senses_and_clauses_that_name_no_act(
    spacy_backend: SpacyBackend, text: str, word: str, coded: bool
) -> None:
    art = analyse(spacy_backend, text)
    assert any(at_word(art, e, word) for e in art.events) is coded


def test_a_definite_act_that_only_dates_another_is_not_coded_again() -> None:
    """'Hours after the attack': an attack told before dates the arrest, and is only named again
    (events.references); an indefinite one reports."""
    told = eventwire.process(
        [
            "Gunmen attacked a checkpoint in Mosul on Monday."
            " Hours after the attack, police arrested three men."
        ],
        published="2021-12-09",
    )[0]
    reports = [e for e in told.events if e.trigger and e.refers_to is None]
    assert [(e.type, told.text[e.trigger.start : e.trigger.end]) for e in reports] == [
        ("ASSAULT", "attacked"),
        ("COERCE", "arrested"),
    ]
    new = eventwire.process(
        ["After an attack on a checkpoint, police arrested three men."], published="2021-12-09"
    )[0]
    assert "ASSAULT" in {e.type for e in new.events}
    told_of = eventwire.process(  # a relative clause tells something of the bombing: it reports it
        ["Police arrested two men after the bombing, which killed three people."], published="2021-12-09"
    )[0]
    assert "ASSAULT" in {e.type for e in told_of.events}


def test_a_line_of_attack_and_acts_joined_in_a_time_frame_are_not_attacks() -> None:
    """'a new line of attack' is a way of arguing; 'after the bombing and the shooting' dates both."""
    line = eventwire.process(
        ["Republicans are looking for a new line of attack on Clinton."], published="2016-03-05"
    )
    assert line[0].events == []
    both = eventwire.process(
        ["After the bombing and the shooting, police arrested three men."], published="2016-03-05"
    )
    assert [e.type for e in both[0].events] == ["COERCE"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sanders and Clinton both visited Wilmington, the state's biggest city.", False),
        ("She was across town visiting a halfway house for men.", False),
        ("Greek Prime Minister Mitsotakis visited Washington on Tuesday.", True),  # a capital: its government
        ("Biden visited Turkey in August.", True),
    ],
)
def test_a_visit_to_a_town_or_a_building_meets_no_one(text: str, kept: bool) -> None:
    [article] = eventwire.process([text], published="2016-03-05")
    assert ("CONSULT" in {e.type for e in article.events}) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Obama met his national security team on Monday.", False),
        ("Clinton was meeting with her staff during the break.", False),
        ("Obama met the Iranian team in Geneva.", True),
    ],
)
def test_a_meeting_with_ones_own_people_is_no_consultation(text: str, kept: bool) -> None:
    [article] = eventwire.process([text], published="2016-03-05")
    assert ("CONSULT" in {e.type for e in article.events}) is kept


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Markets are waiting for the central bank's policy meeting next week.", []),
        ("At its two-day policy meeting, the Bank of Japan kept rates on hold.", []),
        ("The central bank will hold a monetary policy meeting on Thursday.", []),  # no intent either
        ("The board meeting ended without a decision on Friday.", []),
        ("A meeting of the bank's policy committee ended on Wednesday.", []),
        # a meeting with or between parties, or of several, is talks
        ("The G7 meeting in Biarritz ended on Monday.", ["CONSULT"]),
        ("The meeting between Putin and Merkel ended on Monday.", ["CONSULT"]),
        ("Putin's meeting with Merkel ended on Monday.", ["CONSULT"]),
        ("The board meeting with the rebels ended without a deal.", ["CONSULT"]),
    ],
)
def test_a_bodys_meeting_of_its_own_members_is_no_consultation(
    spacy_backend: SpacyBackend, text: str, types: list[str]
) -> None:
    assert types_at(spacy_backend, f"It was a quiet week. {text}", "meeting") == types


@pytest.mark.parametrize(
    ("second", "trigger", "types"),
    [
        ("Officials are removed from office after being impeached.", "impeached", []),
        ("Charges of terrorism carry the death penalty.", "Charges", []),
        ("Soldiers shelled the village on Monday.", "shelled", ["ASSAULT"]),  # past: an act
        ("Efforts are ongoing to negotiate an end to the war.", "negotiate", ["CONSULT"]),  # a state
        ("The army arrests the protesters.", "arrests", ["COERCE"]),  # not a bare plural
        # the present passive: a custom, unless the clause is dated
        ("Jokes are told, interviews are requested and advice is given.", "requested", []),
        ("Suspects are arrested by the police on Friday.", "arrested", ["COERCE"]),
    ],
)
def test_a_rule_about_a_kind_is_no_act(
    spacy_backend: SpacyBackend, second: str, trigger: str, types: list[str]
) -> None:
    art = analyse(spacy_backend, f"Rebels attack the capital. {second}")
    assert [ev["type"] for ev in event_at(art, trigger)] == types
    assert [ev["type"] for ev in event_at(art, "attack")][:1] == [
        "ASSAULT"
    ]  # the lead is told in the present


@pytest.mark.parametrize(
    ("text", "trigger", "types"),
    [
        # a habit told in the present with a recurring time is no act
        ("Every year, activists protest outside the embassy.", "protest", []),
        ("Activists protest outside the embassy each Friday.", "protest", []),
        ("The two leaders meet over the years in Geneva.", "meet", []),
        # the present perfect reports the acts (the guidelines); so does one occasion
        ("Trump has frequently denounced Bush.", "denounced", ["ACCUSE"]),
        ("Activists protested outside the embassy on Friday.", "protested", ["PROTEST"]),
        ("Police have arrested 40 people over the past week.", "arrested", ["COERCE"]),
    ],
)
def test_a_habit_is_no_act(spacy_backend: SpacyBackend, text: str, trigger: str, types: list[str]) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for ev in event_at(art, trigger)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Pelosi had previously opposed impeachment proceedings.", []),
        ("Only two Democrats, both of whom opposed the Iran deal, are backing the measure.", []),
        ("Kaine has opposed defunding Planned Parenthood.", []),
        ("Mugabe co-founded the party to oppose white minority rule.", []),
        ("Republican members opposed the bill on Tuesday.", ["REJECT"]),
        ("Israel is opposed to French mediation in peace negotiations.", ["REJECT"]),
    ],
)
def test_a_stance_held_is_not_taken(spacy_backend: SpacyBackend, text: str, types: list[str]) -> None:
    art = analyse(spacy_backend, text)
    assert [ev["type"] for word in ("opposed", "oppose") for ev in event_at(art, word)] == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("Schlafly then discussed Trump's proposed wall and explained its importance.", []),
        ("Merkel discussed trade with Macron.", ["CONSULT"]),
        ("Merkel discussed trade on Monday with Macron in Paris.", ["CONSULT"]),
        ("The two leaders discussed trade.", ["CONSULT"]),
        # the "with" of a clause under the topic is not the discussion's partner
        ("Macron discussed the trade deal that he had signed with Merkel.", []),
    ],
)
def test_a_topic_discussed_alone_is_no_talks(
    spacy_backend: SpacyBackend, text: str, types: list[str]
) -> None:
    assert types_at(spacy_backend, text, "discussed") == types


@pytest.mark.parametrize(
    ("text", "word", "types"),
    [
        # talks that are none carry no intent and no refusal read off them
        ("In his speeches he would discuss his mother's illness.", "discuss", []),
        ("The governor would not discuss potential appointees.", "discuss", []),
        ("The senator will meet with her staff on Monday.", "meet", []),
        # talks with a party: the intent and the refusal stay
        ("Obama said he would discuss the plan with Iran.", "discuss", ["CONSULT", "AGREE"]),
        ("The senator will meet with Netanyahu on Monday.", "meet", ["CONSULT", "AGREE"]),
        (
            "Iran will not discuss its missile programme with the United States.",
            "discuss",
            ["CONSULT", "REJECT"],
        ),
    ],
)
def test_no_intent_is_read_off_talks_that_are_none(
    spacy_backend: SpacyBackend, text: str, word: str, types: list[str]
) -> None:
    assert types_at(spacy_backend, f"It was a quiet week. {text}", word) == types


@pytest.mark.parametrize(
    ("text", "trigger", "types"),
    [
        (
            "About 82 percent of murders involving white victims were committed by white people.",
            "murders",
            [],
        ),
        ("The number of arrests rose sharply.", "arrests", []),
        ("Police made a number of arrests on Monday.", "arrests", ["COERCE"]),
        ("Police made a total of 12 arrests on Monday.", "arrests", ["COERCE"]),
        ("The charts show the distribution of strikes over time by province.", "strikes", []),
        ("The study measured the frequency of bombings in the region.", "bombings", []),
    ],
)
def test_acts_counted_in_a_figure_are_no_act(
    spacy_backend: SpacyBackend, text: str, trigger: str, types: list[str]
) -> None:
    assert types_at(spacy_backend, text, trigger) == types


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("In the past, Trump had voiced support for a single-payer health system.", []),
        ("The senator expressed support for the bill.", []),
        ("Cruz voiced support for Trump on Monday.", ["SUPPORT"]),
        ("The union expressed support for the strikers.", ["SUPPORT"]),  # a plural may be people
    ],
)
def test_support_voiced_for_a_thing_is_no_endorsement(
    spacy_backend: SpacyBackend, text: str, types: list[str]
) -> None:
    assert [e.type for e in analyse(spacy_backend, text).events] == types


def test_retiring_alone_is_a_career_fact(spacy_backend: SpacyBackend) -> None:
    # "retire" shares CAMEO's 080 block with "retreat"; bare, it tells a career, not a concession
    assert analyse(spacy_backend, "He retired in 1982.").events == []
    assert [e.type for e in analyse(spacy_backend, "The rebels retreated from the town.").events] == [
        "RETREAT"
    ]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("The attacks on our police threaten our very way of life.", False),
        ("Druze inhabitants threatened to hold a general strike.", True),
        ("The rebels threatened the capital.", True),
        ("Police say the man posed a deadly threat to the officers.", False),  # a danger, no threat made
    ],
)
def test_what_an_act_threatens_is_a_danger(spacy_backend: SpacyBackend, text: str, threat: bool) -> None:
    types = {e.type for e in analyse(spacy_backend, text).events}
    assert ("THREATEN" in types) is threat


def test_a_participle_reads_its_noun_as_its_object_for_other_senses(spacy_backend: SpacyBackend) -> None:
    text = "The photo is from one of the Democratic presidential candidate debates hosted by Univision."
    assert not [e for e in analyse(spacy_backend, text).events if e.type == "CONSULT"]


def test_harm_whose_cause_is_named_as_an_attack_is_no_accident() -> None:
    """Beside a stampede, 'was killed by a ... airstrike' names the attack; 'killed in the crash' does not."""
    text = (
        "A stampede during the funeral procession killed 56 people."
        " The general was killed last week by a United States military airstrike in Iraq."
    )
    attack = eventwire.process([text], published="2021-12-09")[0]
    # the airstrike is the act, the killing its toll (folding: the agent of the passive names the act)
    assert [attack.text[e.trigger.start : e.trigger.end] for e in attack.events if e.refers_to is None] == [
        "airstrike"
    ]
    crash = eventwire.process(
        ["A bus crashed on the motorway. Two passengers were killed in the crash."], published="2021-12-09"
    )[0]
    assert crash.events == []


@pytest.mark.parametrize(
    "text",
    [
        "A Pakistani soldier was killed by Indian fire along the border.",
        "Two soldiers were killed by sniper fire.",
        "Five civilians were killed by artillery fire in Idlib.",
    ],
)
def test_fire_that_someone_shoots_is_an_attack(spacy_backend: SpacyBackend, text: str) -> None:
    """'Fire' under a shooter, a weapon or a nationality is gunfire, not a blaze."""
    assert [ev.type for ev in analyse(spacy_backend, text).events] == ["ASSAULT"]
