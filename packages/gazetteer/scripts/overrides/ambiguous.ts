import { type AmbiguousSpec, ambiguous } from "./hand-terms.ts";

// Terms that name several countries. Every reading is emitted with the AMBIGUOUS flag; the
// highest weight is the default reading, and the scorer may prefer another when the rest of
// the text supports it. A term listed here replaces whatever the packages say about it.
/** Hand-decided ambiguous terms and their readings. */
export const AMBIGUOUS_TERMS: readonly AmbiguousSpec[] = [
  // AP and Reuters style: bare "Congo" is the DRC, "Republic of Congo" the other one.
  ambiguous("alias", "Congo", ["CD", 0.85], ["CG", 0.45]),
  ambiguous("demonym", "Congolese", ["CD", 0.8], ["CG", 0.4]),
  ambiguous("demonym", "congoleño|congoleña|congoleños|congoleñas", ["CD", 0.8], ["CG", 0.4]),
  ambiguous("demonym", "Congolais|Congolaise|Congolaises", ["CD", 0.8], ["CG", 0.4]),
  ambiguous("alias", "Korea", ["KR", 0.7], ["KP", 0.5]),
  ambiguous("demonym", "Korean|Koreans", ["KR", 0.7], ["KP", 0.45]),
  // Dominica's demonym is also "Dominican"; the Dominican Republic is far more often meant.
  ambiguous("demonym", "Dominican|Dominicans", ["DO", 0.8], ["DM", 0.35]),
  ambiguous("alias", "Virgin Islands", ["VI", 0.6], ["VG", 0.5]),
  ambiguous("alias", "New Guinea", ["PG", 0.6], ["ID", 0.5]),
  ambiguous("subnational", "Papua", ["ID", 0.7], ["PG", 0.45]),
  ambiguous("subnational", "Kashmir|Kashmiri|Kashmiris", ["IN", 0.6], ["PK", 0.5]),
  // Pakistan's Punjab has about four times the people of India's.
  ambiguous("admin1", "Punjab|Punjabi", ["PK", 0.65], ["IN", 0.55]),
  // Mostly West Bank land in news about settlements and annexation.
  ambiguous("subnational", "Jordan Valley", ["PS", 0.7], ["JO", 0.4]),
  ambiguous("subnational", "Baluchistan|Balochistan|Baloch|Baluch", ["PK", 0.75], ["IR", 0.35]),
  ambiguous("subnational", "Rafah", ["PS", 0.8], ["EG", 0.4]),
  ambiguous("city", "Jerusalem|Al-Quds", ["IL", 0.7], ["PS", 0.6]),
  // Syrian territory under Israeli occupation since 1967 (UNSC resolution 497).
  ambiguous("subnational", "Golan|Golan Heights", ["SY", 0.6], ["IL", 0.55]),
  ambiguous("capital", "Tripoli", ["LY", 0.8], ["LB", 0.5]),
  ambiguous("city", "Hyderabad", ["IN", 0.7], ["PK", 0.55]),
  ambiguous("subnational", "Abyei", ["SD", 0.7], ["SS", 0.6]),
  ambiguous("subnational", "Nagorno-Karabakh|Nagorno Karabakh|Karabakh|Artsakh", ["AZ", 0.8], ["AM", 0.45]),
  ambiguous("subnational", "Lake Chad", ["TD", 0.5], ["NG", 0.45], ["NE", 0.35], ["CM", 0.35]),
  ambiguous("admin1", "Adamawa", ["NG", 0.75], ["CM", 0.55]),
  ambiguous("subnational", "Beni", ["CD", 0.7], ["BO", 0.3]),
  ambiguous("city", "Odessa|Odesa", ["UA", 0.8], ["US", 0.35]),
  // Acronyms that several bodies share: Reporters Without Borders, Australia's and Japan's forces.
  ambiguous("actor", "RSF", ["SD", 0.6], ["FR", 0.2]),
  ambiguous("actor", "ADF", ["CD", 0.6], ["AU", 0.4]),
  ambiguous("actor", "SDF", ["SY", 0.6], ["JP", 0.4]),
  ambiguous("actor", "PKK", ["TR", 0.65], ["IQ", 0.4], ["SY", 0.3]),
  // Groups that fight in several countries: the default is where most of their attacks are
  // (ACLED), and the scorer prefers a reading that another place in the text supports. Weights
  // stay modest: alone, a halved default reading is under the scorer's reporting floor.
  ambiguous(
    "actor",
    "ISIS|ISIL|Daesh|Da'esh|Daech|Islamic State|Estado Islámico|État islamique|Etat islamique",
    ["SY", 0.55],
    ["IQ", 0.5],
  ),
  ambiguous(
    "actor",
    "Boko Haram|JAS|Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
    ["NG", 0.8],
    ["CM", 0.45],
    ["NE", 0.4],
    ["TD", 0.4],
  ),
  ambiguous(
    "actor",
    "ISWAP|Islamic State West Africa Province|Islamic State West Africa|Islamic State in West Africa",
    ["NG", 0.8],
    ["NE", 0.45],
    ["CM", 0.4],
    ["TD", 0.4],
  ),
  ambiguous(
    "actor",
    "ISGS|IS Sahel|Islamic State Sahel|Islamic State Sahel Province|Islamic State in the Greater Sahara|EIGS|État islamique au Grand Sahara",
    ["ML", 0.6],
    ["NE", 0.55],
    ["BF", 0.5],
  ),
  // Kurdish security forces of north-east Syria; Iraqi Kurdistan's security agency has the same name.
  ambiguous("actor", "Asayish|Asayesh", ["SY", 0.65], ["IQ", 0.5]),
  // UN missions whose area straddles a line between two countries.
  ambiguous("actor", "UNDOF", ["SY", 0.65], ["IL", 0.45]),
  ambiguous("actor", "UNISFA", ["SD", 0.65], ["SS", 0.55]),
  ambiguous("subnational", "Line of Control|LoC", ["IN", 0.55], ["PK", 0.5]),
  // Sidon is "Saida" in French and much wire copy; Algeria has a province of that name.
  ambiguous("city", "Saida|Saïda", ["LB", 0.6], ["DZ", 0.35]),
  // Egypt's Mansoura (GeoNames "Al Manşūrah") is far larger than Algeria's.
  ambiguous("city", "Mansoura|Mansourah|El Mansoura", ["EG", 0.7], ["DZ", 0.35]),
  ambiguous("subnational", "Kurdistan", ["IQ", 0.6], ["TR", 0.3], ["SY", 0.3], ["IR", 0.3]),
  ambiguous("city", "San Jose|San José", ["US", 0.55], ["CR", 0.5]),
  ambiguous("capital", "Kingston", ["JM", 0.7], ["CA", 0.3], ["NF", 0.2]),
  ambiguous("capital", "Georgetown", ["GY", 0.7], ["MY", 0.3], ["US", 0.3]),
  ambiguous("capital", "George Town", ["KY", 0.6], ["MY", 0.5]),
  ambiguous("capital", "Hamilton", ["BM", 0.4], ["CA", 0.5], ["NZ", 0.4]),
  ambiguous("capital", "Santiago", ["CL", 0.7], ["DO", 0.3], ["ES", 0.3]),
  ambiguous("capital", "San Juan", ["PR", 0.6], ["AR", 0.4], ["PH", 0.3]),
  ambiguous("capital", "La Paz", ["BO", 0.75], ["MX", 0.35]),
  ambiguous("capital", "Saint-Denis|Saint Denis", ["RE", 0.5], ["FR", 0.5]),
  ambiguous("capital", "Plymouth", ["GB", 0.6], ["MS", 0.3]),
  ambiguous("capital", "Panama City", ["PA", 0.75], ["US", 0.35]),
];
