"""Word lists the rules rely on: titles, role nouns, organisation heads, places, demonyms, news outlets.

Kept as plain data in one place so a reviewer can see why a word is treated as it is, and extend
the lists without touching the rules. Lookups are on lower-cased words.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    return frozenset(word for word in text.lower().split())


# Honorifics and ranks that precede a name and are not part of it.
HONORIFICS = words("""
    mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady sheikh sheikha prince princess king queen
    emir crown his her excellency rev rev. father sister brother imam rabbi ayatollah pope cardinal bishop
""")

# Words that make up a title or role when written before a name ("Defense Secretary", "press secretary").
TITLE_WORDS = words("""
    president vice prime minister ministers secretary general secretary-general director director-general
    governor senator sen sen. rep rep. representative gov gov. congressman congresswoman lawmaker mayor chancellor
    ambassador envoy commissioner commander chief chairman chairwoman chair chairperson speaker spokesman
    spokeswoman spokesperson colonel col col. general gen gen. lt lt. lieutenant major maj maj. captain capt
    capt. commodore admiral adm adm. sergeant sgt marshal field brigadier magistrate judge justice attorney
    prosecutor deputy acting interim former foreign defense defence finance interior energy trade economy
    health justice home treasury army navy air force labor labour education transport agriculture environment
    culture competition commerce security intelligence national high state press staff executive adviser
    advisor aide counsel officer official head leader founder co-founder ceo cfo coo cto economist analyst
    researcher editor correspondent negotiator mediator coordinator delegate candidate nominee premier
    president-elect strategist inspector superintendent ombudsman auditor regulator banker investor
    chairman-elect mp mep legislator senior top special opposition party group committee cabinet
    administrator manager partner professor lecturer scientist physician doctor lawyer activist campaigner
    organizer organiser monarch ruler warlord militant commander-in-chief patriarch metropolitan
""")

# Nouns that name what a person is (used in appositions: "X, a 34-year-old mother", "Her neighbour, X").
PERSON_NOUNS = words("""
    adviser advisor aide ambassador analyst activist chairman chairwoman chair chief commander commissioner
    correspondent candidate deputy diplomat director economist editor envoy executive expert founder governor
    head investor journalist judge lawmaker lawyer leader manager mayor mediator member minister negotiator
    official officer partner president professor prosecutor researcher resident secretary senator spokesman
    spokeswoman spokesperson strategist student teacher doctor nurse farmer fisherman mother father son daughter
    wife husband widow neighbour neighbor survivor witness refugee worker driver owner shopkeeper trader
    veteran soldier colonel general captain commodore admiral magistrate premier chancellor monarch king queen
    prince princess sheikh cleric imam priest pastor bishop scholar scientist physician surgeon engineer pilot
    businessman businesswoman entrepreneur billionaire tycoon banker consultant representative delegate
    coordinator organizer organiser campaigner protester demonstrator player coach striker goalkeeper athlete
    actor actress singer writer author novelist poet director-general secretary-general ceo cfo coo mp mep
    head-of-mission inspector superintendent nominee counsel attorney administrator chief-executive grandmother
    grandfather brother sister uncle aunt villager resident mp vice-president vice-chancellor challenger rival
    opponent incumbent successor predecessor ally critic supporter defender rapporteur ombudsman
    co-founder president-elect heir chairperson treasurer secretary-treasurer whip mufti rector dean principal
    nun monk commissioner-general attaché attache consul consul-general governor-general republican democrat
    anesthetist anaesthetist paramedic medic midwife pharmacist dentist volunteer mechanic miner electrician
    plumber carpenter builder baker butcher cook chef waiter waitress cashier clerk accountant architect
    photographer reporter blogger filmmaker artist musician painter designer programmer developer technician
    firefighter rescuer guard sentry smuggler trafficker fighter militant insurgent rebel commander spokesman
    prisoner detainee hostage captive defendant plaintiff suspect victim mourner pilgrim migrant asylum-seeker
    herder shepherd fisherwoman homeowner landlord tenant retiree pensioner graduate pupil apprentice intern
    vendor seller merchant importer exporter broker dealer economist historian sociologist psychologist
    epidemiologist virologist chemist physicist biologist geologist seismologist meteorologist climatologist
""")

# Nouns that head an organisation's name ("... Institute", "Ministry of ...").
ORG_HEADS = words("""
    ministry department agency bank fund institute institution council commission committee court party union
    organization organisation programme program group systems capital markets corporation corp corp. inc inc.
    ltd ltd. asa ag sa plc llc gmbh company co co. electronics semiconductor semiconductors motors airlines
    airways association federation foundation alliance coalition front movement army navy forces force guard
    guards police service services university college office authority administration assembly parliament
    senate congress tribunal board bureau centre center forum network holdings industries energy petroleum
    oil gas technologies technology telecom communications media pharmaceuticals bancorp trust society
    secretariat cabinet government presidency directorate command brigade battalion division regiment militia
    league club church mission observatory lab laboratories laboratory exchange reserve treasury house
    palace kremlin pentagon corps unit fleet ngo charity spa s.p.a srl nv bv ab oyj kk sas se s.a ag gmbh kgaa
    lp llp pte bhd tbk watch international community brotherhood front democrats republicans conservatives
    socialists greens liberals tories nationalists unionists pharma pharmaceutical therapeutics biologics biotech
    biosciences labs steel mining minerals metals resources chemicals foods logistics shipping ventures partners
    solutions dynamics aerospace airways railways telecoms
""")

# Organisations whose whole name the rules could not tell from a person's ("Human Rights Watch").
KNOWN_ORG_NAMES: frozenset[str] = frozenset({
    "médecins sans frontières", "medecins sans frontieres", "doctors without borders", "human rights watch",
    "amnesty international", "red cross", "red crescent", "save the children", "islamic state", "al qaeda",
    "al-qaeda", "al-shabaab", "muslim brotherhood", "world bank", "white house", "downing street", "african union",
    "arab league", "european union", "united nations", "security council", "general assembly", "supreme court",
    "federal reserve", "wall street", "silicon valley", "the kremlin", "the pentagon", "hezbollah", "hamas",
    "goldman sachs", "morgan stanley", "jpmorgan chase", "deutsche bank", "credit suisse", "world food programme",
    "international committee of the red cross", "transparency international", "greenpeace", "oxfam",
})

# First words of organisation names built with "of": "Ministry of Defence", "Bank of England".
ORG_STARTS = words("""
    ministry department bank office organization organisation committee house university council court
    institute federation association league union commission board bureau church chamber national central
    federal people's state royal supreme international economic united high world european african asian
""")

# Organisations known by a short name or acronym (lower-case keys).
KNOWN_ORGS = words("""
    nato opec opec+ eu un unhcr unicef wfp who wto imf iaea osce ecowas asean au sco brics g7 g20 oas oecd icc
    labour tories likud fidesz kmt dpp ldp pis morena podemos syriza vox ukip snp dup sinn féin fein
    icj msf fbi cia nsa mi6 mi5 fsb gru sbu idf ifrc icrc unesco undp unrwa ocha ilo iom fao hamas hezbollah
    houthis taliban isis kremlin pentagon congress senate house parliament bundestag duma knesset europol interpol
    frontex apec mercosur cfius sec fed ecb boj pboc wagner dpr cdu spd fdp afd csu anc pti bjp
""")

# Capitalised abbreviations that are not organisations: time zones, units, titles, common terms.
NOT_ORG_ACRONYMS = words("""
    est edt pst pdt cst cdt mst mdt gmt utc bst cet cest eet eest msk ist jst kst am pm tv gdp gnp cpi ppi ceo
    cfo coo cto cio ai id ok usa uk us ipo lng lpg vat phd mba mp mep bc ad ii iii iv vi vii viii ix xi xii
    covid hiv aids sars mers km kg mw gw kwh bpd mbpd rpm mph nb ps faq pdf usd eur gbp jpy cny rub uah inr
    dna rna icbm sam drone ngo ngos it hr pr qa vip ceos q1 q2 q3 q4 h1 h2 fy ltd llc et al
""")

# Countries, capitals, regions and place words: capitalised, but never actors by themselves.
PLACES = words("""
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahrain
    bangladesh belarus belgium benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina faso
    burundi cambodia cameroon canada chad chile china colombia congo croatia cuba cyprus czechia denmark
    djibouti ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
    ghana greece guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland
    israel italy jamaica japan jordan kazakhstan kenya kosovo kuwait kyrgyzstan laos latvia lebanon lesotho
    liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
    mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal
    netherlands nicaragua niger nigeria norway oman pakistan palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia
    spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia
    turkey türkiye turkmenistan uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia
    zimbabwe britain england scotland wales europe asia africa america americas antarctica arctic gaza
    crimea donbas donetsk luhansk kherson zaporizhzhia kharkiv odesa kyiv kiev moscow washington beijing
    brussels london paris berlin tokyo seoul pyongyang tehran baghdad damascus beirut riyadh doha dubai
    cairo ankara istanbul jerusalem ramallah kabul islamabad delhi mumbai dhaka jakarta manila hanoi bangkok
    geneva vienna rome madrid lisbon warsaw prague budapest bucharest sofia athens oslo stockholm helsinki
    copenhagen tallinn riga vilnius minsk chisinau tbilisi yerevan baku astana tashkent algiers tunis tripoli
    khartoum nairobi addis ababa lagos abuja accra dakar bamako niamey ouagadougou kinshasa johannesburg
    pretoria canberra sydney ottawa toronto caracas bogota bogotá lima santiago havana brasilia brasília
    shenzhen shanghai hong kong macau taipei singapore arizona texas california florida york mississippi
    kigali kampala juba mogadishu asmara sanaa aden muscat amman kuwait manama nicosia valletta
    luanda harare lusaka lilongwe maputo windhoek gaborone antananarivo dodoma bujumbura bangui
    yaoundé yaounde libreville brazzaville malabo lomé lome cotonou porto-novo freetown monrovia conakry bissau
    banjul nouakchott rabat casablanca benghazi misrata n'djamena ndjamena goma bukavu kharkiv lviv dnipro
    mariupol bakhmut avdiivka pokrovsk sumy chernihiv belgorod kursk rostov vladivostok
    colombo kathmandu thimphu ulaanbaatar bishkek dushanbe ashgabat naypyidaw yangon mandalay
    vientiane dili wellington auckland melbourne perth brisbane
    suva montevideo asuncion asunción sucre quito guayaquil panama managua tegucigalpa
    guatemala belmopan kingston nassau mexico monterrey guadalajara tijuana
    vancouver montreal chicago boston atlanta houston dallas miami seattle denver detroit
    philadelphia baltimore frankfurt munich hamburg cologne milan naples turin marseille lyon barcelona
    valencia seville porto rotterdam amsterdam antwerp zurich bern basel gdansk krakow odessa donbass
    kaliningrad sevastopol tbilisi aleppo homs idlib mosul basra erbil kirkuk gaza rafah
    hebron nablus jenin haifa golan sinai suez alexandria darfur kordofan tigray amhara
    oromia ogaden puntland somaliland kashmir punjab sindh balochistan xinjiang tibet guangdong
    hokkaido okinawa mindanao luzon aceh papua java sumatra borneo kalimantan bali sahel sahara balkans
    caucasus baltic baltics mediterranean atlantic pacific
    west east north south western eastern northern southern central middle sea ocean gulf strait bay river
    lake island islands mountains valley shoal reef peninsula province region county district city state
    street square airport port hague avenue road boulevard highway bridge park hall tower building plaza
""") | words("""
    kutupalong kidal gao tengiz
""")

# Place names of several words, matched whole.
PLACE_NAMES: frozenset[str] = frozenset({
    "abu dhabi", "dar es salaam", "porto-novo", "st petersburg", "saint petersburg", "phnom penh",
    "kuala lumpur", "bandar seri begawan", "port moresby", "la paz", "san salvador", "port-au-prince",
    "santo domingo", "san juan", "los angeles", "tel aviv", "west bank", "khan younis",
    "cabo delgado", "hong kong", "new york", "new delhi", "addis ababa", "burkina faso",
    "south africa", "north korea", "south korea", "saudi arabia", "united states", "united kingdom",
    "united arab emirates", "sri lanka", "new zealand", "costa rica", "el salvador", "ivory coast",
    "cote d'ivoire", "côte d'ivoire", "sierra leone", "south sudan", "east timor", "papua new guinea",
    "bosnia and herzegovina", "north macedonia", "czech republic", "dominican republic",
    "central african republic", "democratic republic of congo",
    "equatorial guinea", "the hague", "middle east", "latin america", "south china sea", "red sea",
    "black sea", "persian gulf", "gaza strip", "second thomas shoal", "n'djamena",
})

# Capitalised names of things that are neither people nor organisations acting in a story.
NON_ACTOR_NAMES: frozenset[str] = frozenset({
    "air force one", "oval office", "capitol hill", "truth social", "rose garden", "camp david", "situation room",
    "election day", "super bowl", "world cup", "nobel peace prize", "cold war", "world war ii", "new year",
    "black friday", "cyber monday", "holy see",
})

# Demonyms and adjectives of countries, mapped to the country an affiliation names.
DEMONYMS: dict[str, str] = {
    "u.s.": "United States", "us": "United States", "american": "United States", "russian": "Russia",
    "ukrainian": "Ukraine", "chinese": "China", "british": "United Kingdom", "u.k.": "United Kingdom",
    "french": "France", "german": "Germany", "italian": "Italy", "spanish": "Spain", "polish": "Poland",
    "japanese": "Japan", "korean": "Korea", "indian": "India", "pakistani": "Pakistan", "iranian": "Iran",
    "iraqi": "Iraq", "israeli": "Israel", "palestinian": "Palestine", "saudi": "Saudi Arabia",
    "turkish": "Türkiye", "egyptian": "Egypt", "syrian": "Syria", "lebanese": "Lebanon",
    "jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates", "afghan": "Afghanistan",
    "canadian": "Canada", "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
    "chilean": "Chile", "colombian": "Colombia", "venezuelan": "Venezuela", "cuban": "Cuba",
    "uruguayan": "Uruguay", "peruvian": "Peru", "belgian": "Belgium", "dutch": "Netherlands",
    "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland",
    "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania", "hungarian": "Hungary",
    "czech": "Czechia", "slovak": "Slovakia", "romanian": "Romania", "bulgarian": "Bulgaria",
    "serbian": "Serbia", "croatian": "Croatia", "greek": "Greece", "austrian": "Austria", "swiss": "Switzerland",
    "irish": "Ireland", "portuguese": "Portugal", "belarusian": "Belarus", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
    "nigerian": "Nigeria", "kenyan": "Kenya", "ethiopian": "Ethiopia", "sudanese": "Sudan",
    "malian": "Mali", "algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia", "libyan": "Libya",
    "south african": "South Africa", "ghanaian": "Ghana", "senegalese": "Senegal", "somali": "Somalia",
    "indonesian": "Indonesia", "philippine": "Philippines", "filipino": "Philippines",
    "vietnamese": "Vietnam", "thai": "Thailand", "malaysian": "Malaysia", "singaporean": "Singapore",
    "australian": "Australia", "taiwanese": "Taiwan", "bangladeshi": "Bangladesh", "burmese": "Myanmar",
    "nepali": "Nepal", "sri lankan": "Sri Lanka", "european": "European Union", "kremlin": "Russia",
    "yemeni": "Yemen", "kuwaiti": "Kuwait", "omani": "Oman", "bahraini": "Bahrain", "mongolian": "Mongolia",
    "north korean": "North Korea", "south korean": "South Korea", "western": "the West",
}

# Capitalised words that open sentences or name days, months and the like: never a name on their own.
COMMON_CAPITALIZED = words("""
    the a an this that these those it its his her their our we i you he she they there here then when while
    after before during since until as at by for from in into of on over under with without within about
    and but or nor so yet if though although because however meanwhile moreover also still even only just
    all both each every some many most more much few several other another such no not neither either one
    two three four five six seven eight nine ten dozens hundreds thousands millions first second third last
    next new old monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december today yesterday tomorrow tonight mon tue wed thu fri
    sat sun jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter christmas easter
    ramadan eid what who whom whose which where why how yes oh photo video watch read related
    advertisement updated published reporting editing additional said says told according asked like unlike
    despite amid among across along around between beyond toward towards per via is are was were be been
    will would can could should might must do does did has have had let please thanks thank people officials
    diplomats analysts residents traders investors bankers lawmakers rebels fighters troops police witnesses
    sources experts critics supporters protesters voters officers soldiers workers families children women
    men students doctors scientists economists negotiators delegates observers mediators leaders ministers
    governments companies markets prices shares
    talks god allah top senior internet covid-19 covid coronavirus
""")

# Modifiers written capitalised in front of a title at the start of a sentence ("Top ... official").
COMMON_TITLE_MODIFIERS = words("top senior former acting interim outgoing incoming then")

# Lower-case words that may stand between title words in a role ("Secretary of State", "chief of staff").
ROLE_CONNECTORS = words("of for to at on the and in")

# Particles inside personal names ("Faisal bin Khalid", "Théo Van den Broeck").
NAME_PARTICLES = words("bin ibn bint al el ag van von der den de da di du dos das del della la le y ter zu abu")

# News organisations: cited as the reporter of a story they are sources, not actors.
OUTLETS = words("""
    reuters ap afp bloomberg axios cbs nbc abc cnn bbc fox msnbc npr pbs politico nyt wsj ft xinhua tass
    interfax ria novosti kyodo yonhap nikkei dpa ansa efe aljazeera al-jazeera guardian telegraph economist
    spiegel tagesspiegel zeit faz sueddeutsche le monde figaro libération liberation haaretz ynet tempo
    kompas asahi yomiuri mainichi scmp vedomosti kommersant izvestia ukrinform unian semafor punchbowl
    bild welt corriere repubblica pais mundo clarín folha globo dawn hindu times post journal tribune
    herald gazette chronicle news observer independent standard express mirror sun daily wire agency
    broadcaster newspaper magazine tv television radio channel network outlet
""")

# Multi-word outlet names (lower case) for exact matching.
OUTLET_NAMES: frozenset[str] = frozenset({
    "associated press", "agence france-presse", "bloomberg news", "cbs news", "nbc news", "abc news",
    "fox news", "cnn", "bbc", "bbc news", "financial times", "new york times", "the new york times",
    "washington post", "the washington post", "wall street journal", "the wall street journal", "le monde",
    "der spiegel", "die zeit", "al jazeera", "the guardian", "the times", "the economist", "south china morning post",
    "dhaka tribune", "the hindu", "times of india", "kyiv independent", "ukrainska pravda", "moscow times",
    "the atlantic", "new yorker", "the new yorker", "sky news", "channel 4 news", "deutsche welle", "dw",
    "radio free europe", "voice of america", "rfe/rl", "nikkei asia", "the telegraph", "el país", "el pais",
})

# Nouns that announce a news organisation ("the newspaper Tagesspiegel", "Tempo magazine").
MEDIA_NOUNS = words("newspaper magazine daily weekly agency broadcaster channel network outlet media station")
