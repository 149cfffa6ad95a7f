// Word lists, as folded terms. The common-word candidates were found by intersecting city and
// region names with the lower-case entries of Debian's `wamerican` word list, then reviewed by
// hand; the person names and metonyms are hand-written from news usage.

function words(list: string): ReadonlySet<string> {
  return new Set(list.split("|").map((word) => word.trim()));
}

/**
 * Generated names never used as place terms: city names that are everyday words even when
 * capitalised in a headline ("Most", "Man", "Wedding"), people's names, brands, and region names
 * too vague to place ("Nile", "Sahel"). Directions and generic geography ("North", "Coast") are
 * dropped by the rule in common-words.ts.
 */
export const DROPPED_NAMES = words(
  "midland|unity|pool|sahel|red sea|river nile|white nile|blue nile|nile|federal district|" +
    "distrito federal|national capital|the bottom|city of victoria|union|independence|enterprise|" +
    "paradise|mission|normal|spring|springs|sunrise|surprise|temple|vista|metro|uptown|wedding|most|man|" +
    "bush|ode|has|save|roman|martin|gent|bimbo|honcho|jingling|shaping|simmering|worms|torrent|moron|" +
    "medias|pare|oral|elk|ruse|sari|saki|shush|silvan|grays|archway|barking|bury|colon|free|plantation|" +
    "woodland|woodlands|riverside|shoreline|upland|centennial|homestead|meridian|largo|troy|warren|" +
    "newton|rogers|chandler|davenport|sandy|sparks|garland|mesa|chino|corona|concord|canton|revere|" +
    "fishers|paramount|grapevine|buckeye|centurion|brusque|balsas|banes|bani|antique|cabanas|bale|bong|" +
    "ape|ogre|puke|pita|mono|meta|pest|var|lot|mat|grad|store|tartar|yap|quiche|acre|bender|cascade|" +
    "cascades|canaries|encamp|falcon|mascara|mayo|moray|fife|lira|bend|billings|chin|swat|shire|sake|" +
    "kasai oriental|kasai central|lagoons|hauts bassins|boucle du mouhoun|tanganyika|equateur|" +
    "equatorial|ashanti|volta|oti|bono|savannah region|greater accra|orient|la paz|la libertad|kongo|" +
    "santander|tata|david|paul|bryan|logan|wayne|mary|lori|hassan|ngozi|vladimir|jewish|balkan|dalai|" +
    "latina|americana|mann|mauricio|isabel|lola|nikki|antony|crosby|hayes|buckley|morley|ajax|moro|" +
    "columbia|westminster|kent|suffolk|norfolk|toyota|hitachi|goodyear|indio|enid|nigel|barry|taylor|" +
    "tracy|moore|gilbert|henderson|anderson|kendall|lynn|richardson|garcia|rodriguez|delgado|mariano|" +
    "chili|grenade|suede|polonaise|polonaises|hail|mesquite|maidenhead|como|la union|san miguel|" +
    "santa cruz|santa ana|san jose|san juan|san luis|san pedro|santa rosa|la guaira|monsanto|mercedes|" +
    "rodrigues|santo tome",
);

/** Place names that are also lower-case words: only count when capitalised in mixed-case text. */
export const CASE_SENSITIVE_NAMES = words(
  "turkey|chad|jordan|china|japan|guinea|niger|chile|jersey|guernsey|us|car|prc|rok|png|nice|split|reading|" +
    "mobile|bath|male|van|perm|orange|sale|hue|muscat|mecca|shanghai|tamale|saga|tours|valence|liege|" +
    "derby|oxford|cork|flint|buffalo|phoenix|anchorage|boulder|auburn|queens|providence|surrey|slough|rugby|" +
    "paisley|hove|cayenne|savannah|cairns|angers|erode|astrakhan|afar|tyre|flagstaff|pueblo|wellington|" +
    "limerick|hull|fano|gao|polish|reunion|bologna|tangier|pecs|tubas|afghan|afghans|pentagon|jupiter|fuji|" +
    "wales|emirates|" +
    // Portuguese, Spanish and French words (scripts/overrides/common-words.ts) naming places too big
    // to drop; capitalised they are nearly always the place.
    "franca|peru|recife|fortaleza|salvador|formosa|corrientes|salta|asuncion|encarnacion|palma|bello|" +
    "soledad|pasto|manta|bata|coro|chia|taza|jura|guider|mora|posadas|ensenada|nogales|limon|sucre|" +
    "cascavel|bermudas|camaroes|montana|bahia|los lagos|porto novo|porto velho|campo grande|far north region|" +
    "saida|" +
    // Hand-written terms that are also ordinary phrases or other bodies' acronyms.
    "jas|is sahel|loc|line of control",
);

/** Place names that are often a person's first or last name. */
export const PERSON_NAMES = words(
  "jordan|chad|georgia|israel|india|kenya|america|cuba|ireland|holland|england|wales|paris|victoria|florence|" +
    "sofia|jackson|austin|lincoln|charlotte|hamilton|regina|adelaide|alexandria|eugene|tyler|marion|madison|" +
    "chester|lafayette|lawrence|orlando|aurora|elizabeth|dallas|houston|kingston|wellington|santiago|" +
    "salvador|mercedes|dolores|trinidad|lourdes|guadalupe|maurice|dominique|odessa|valencia|nancy|lima|sydney|" +
    "darwin|stanley|douglas|gao|kaya|dori|farah|shan|allen|irving|norman|gary|carson|clinton|sterling|" +
    "beverly|raleigh|medina|kobe|santos|mendoza|rosario|lyon|mila|medea|davis|irvine|hayward|fontana|murray|" +
    "preston|bradford|blackburn|wakefield|carlisle|stirling|bolton|sutton|dudley|hastings|bedford|leon|" +
    "soledad|bolivar|miranda|morelos|hidalgo|guerrero|juarez|herrera|cortes|rivera|maldonado|franco|" +
    "diego garcia|georgetown|washington|jamestown|nasir|haftar|hafter|hemedti|hemeti|assad|" +
    "cherizier|florencia|marilia|montero|barbosa|beni|batman|florida|virginia|carolina|" +
    "dakota|montana|indiana|nevada|shelby|quincy|laredo|kara|franklin|casper|clovis|everett|hammond|edison|" +
    "frederick|sanford|thornton|weston|conway|montgomery|cleveland|columbus|isabela|alba|rocha|flores|lara|" +
    "magdalena|cesar|quezon|rizal|engels|pushkin|chekhov|kropotkin|kirov|constantine|livingston|livingstone|" +
    "kimberley|napier|nelson|clare|kerry|goya|timon|lorena|santana|serra|milton|barrie|windsor|pickering|" +
    "markham|vaughan|laval|dali|mara|saladin|adler|brooklyn|olympia|cary|chico|racine|cicero|compton|clifton|" +
    "lowell|bismarck|cheyenne|brandon|elizabeth|douglas|moura|marinka",
);

/** Capitals and venues that stand for a government, or host talks about other countries. */
export const METONYMS = words(
  "washington|washington d c|washington dc|paris|london|moscow|beijing|brussels|tehran|ankara|riyadh|" +
    "abu dhabi|doha|cairo|geneva|new york|the hague|vienna|strasbourg|berlin|tokyo|new delhi|delhi|islamabad|" +
    "jeddah|oslo|minsk|astana|sochi|arusha|luanda|nairobi|addis ababa|abuja|ottawa|canberra|rome|madrid|" +
    "muscat|manama|kremlin|white house|pentagon|state department|capitol hill|downing street|whitehall|" +
    "elysee|elysee palace|quai d orsay|zhongnanhai|dayton|camp david|lausanne|montreux",
);
