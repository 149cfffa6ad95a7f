import { type HandTerm, handTerms } from "./hand-terms.ts";

// Alternative country names that the packages lack or spell differently, as seen in
// English, French and Spanish news copy and in UN/OCHA usage. Weight 0.95 unless noted.
const ALIASES: Readonly<Record<string, string>> = {
  AE: "UAE|U.A.E.|United Arab Emirates|Emiratos Árabes Unidos|Émirats arabes unis",
  AF: "Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan",
  AG: "Antigua and Barbuda|Antigua & Barbuda",
  BA: "Bosnia|Bosnia-Herzegovina|Bosnia and Herzegovina|Bosnia & Herzegovina|Bosnie-Herzégovine",
  BF: "Burkina|Burkina Faso",
  BN: "Brunei|Brunei Darussalam",
  BO: "Bolivia|Plurinational State of Bolivia",
  BS: "The Bahamas|Bahamas",
  BY: "Belarus|Byelorussia|Belorussia|Bielorrusia|Biélorussie",
  CD: "DRC|D.R.C.|DR Congo|D.R. Congo|DR-Congo|RD Congo|RDC|Congo-Kinshasa|Congo Kinshasa|Democratic Republic of Congo|Democratic Republic of the Congo|République démocratique du Congo|República Democrática del Congo|República Democrática do Congo|Zaire",
  CF: "Central African Republic|Centrafrique|République centrafricaine|República Centroafricana",
  CG: "Congo-Brazzaville|Congo Brazzaville|Republic of Congo|Republic of the Congo|Congo Republic|République du Congo|República del Congo",
  CI: "Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Cote dIvoire|Côte d’Ivoire|Costa de Marfil",
  CN: "People's Republic of China|Mainland China|Chinese mainland",
  CV: "Cape Verde|Cabo Verde|Cap-Vert",
  CZ: "Czechia|Czech Republic",
  DM: "Commonwealth of Dominica",
  DO: "Dominican Republic|República Dominicana|République dominicaine",
  EH: "Western Sahara|Sahrawi Republic|Sahrawi Arab Democratic Republic|Sahara Occidental",
  FM: "Micronesia|Federated States of Micronesia",
  GB: "UK|U.K.|Britain|Great Britain|United Kingdom|Royaume-Uni|Reino Unido",
  GE: "Sakartvelo",
  GM: "The Gambia|Gambia",
  GN: "Guinea-Conakry|Guinea Conakry|Guinée|Guinée-Conakry",
  GQ: "Equatorial Guinea|Guinea Ecuatorial|Guinée équatoriale",
  GW: "Guinea-Bissau|Guinea Bissau|Guinée-Bissau",
  HK: "Hong Kong|Hongkong",
  IR: "Islamic Republic of Iran",
  JO: "Hashemite Kingdom of Jordan",
  KG: "Kyrgyzstan|Kirghizia|Kirgizia|Kyrgyz Republic|Kirgizstan",
  KN: "St Kitts and Nevis|St. Kitts and Nevis|Saint Kitts|St Kitts",
  KP: "North Korea|DPRK|D.P.R.K.|Democratic People's Republic of Korea|Corée du Nord|Corea del Norte",
  KR: "South Korea|Republic of Korea|Corée du Sud|Corea del Sur",
  LA: "Laos|Lao PDR|Lao People's Democratic Republic",
  LC: "St Lucia|St. Lucia",
  MD: "Moldova|Republic of Moldova|Moldavia",
  MK: "North Macedonia|FYROM|Former Yugoslav Republic of Macedonia|Republic of North Macedonia|Macédoine du Nord|Macedonia del Norte",
  MM: "Burma|Birmanie|Birmania|Republic of the Union of Myanmar",
  MO: "Macau|Macao",
  NL: "The Netherlands|Netherlands",
  PG: "Papua New Guinea|Papouasie-Nouvelle-Guinée|Papúa Nueva Guinea",
  PS: "Palestine|State of Palestine|Palestinian territories|Palestinian territory|occupied Palestinian territory|occupied Palestinian territories|Palestinian Authority|Territoires palestiniens|Territorios Palestinos",
  RU: "Russia|Russian Federation",
  SA: "Saudi Arabia|Kingdom of Saudi Arabia|KSA",
  SD: "Republic of the Sudan|Republic of Sudan",
  SS: "South Sudan|Republic of South Sudan|Soudan du Sud|Sudán del Sur",
  ST: "Sao Tome and Principe|São Tomé and Príncipe|Sao Tome",
  SY: "Syrian Arab Republic",
  SZ: "Eswatini|eSwatini|Swaziland|Kingdom of Eswatini",
  TL: "East Timor|Timor-Leste|Timor Leste|Timor Oriental",
  TR: "Türkiye|Turkiye|Republic of Türkiye|Turquía|Turquie",
  TT: "Trinidad and Tobago|Trinidad & Tobago",
  TW: "Taiwan|Republic of China|Chinese Taipei",
  TZ: "Tanzania|United Republic of Tanzania",
  US: "U.S.|U.S.A.|USA|United States|United States of America|Estados Unidos|EE.UU.|États-Unis|Etats-Unis",
  VA: "Vatican|Holy See|Vatican City",
  VC: "St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent|St Vincent",
  VE: "Venezuela|Bolivarian Republic of Venezuela",
  VN: "Vietnam|Viet Nam",
  XK: "Kosovo|Kosova|Republic of Kosovo",
};

// Names that stand for the country but mostly in a narrower sense, so they count less.
const WEAK_ALIASES: readonly HandTerm[] = [
  ...handTerms("US", "alias", 0.95, "US", 1),
  // "America" is also the continent ("Latin America"): see the context rules.
  ...handTerms("US", "alias", 0.8, "America"),
  ...handTerms("GB", "alias", 0.85, "England|Scotland|Wales|Northern Ireland"),
  ...handTerms("NL", "alias", 0.85, "Holland", 2),
  ...handTerms("AE", "alias", 0.7, "Emirates"),
  ...handTerms("CF", "alias", 0.9, "CAR", 1),
  ...handTerms("CN", "alias", 0.85, "PRC", 1),
  ...handTerms("KR", "alias", 0.8, "ROK", 1),
  ...handTerms("PG", "alias", 0.85, "PNG", 1),
  // Greece's region of Macedonia shares the name; the country is the usual subject in news.
  ...handTerms("MK", "alias", 0.85, "Macedonia|Macédoine"),
  ...handTerms("TT", "alias", 0.85, "Trinidad|Tobago", 2),
  ...handTerms("AG", "alias", 0.8, "Antigua|Barbuda"),
  ...handTerms("KN", "alias", 0.8, "Nevis"),
  ...handTerms("ZA", "alias", 0.9, "S. Africa|S.Africa"),
  // Indian copy's short form ("Pak forces"); bare "Pak" is also a Korean surname and Malay "Mr".
  ...handTerms("PK", "alias", 0.8, "Pak forces|Pak army|Pak Army|Pak troops|Pak Rangers"),
  ...handTerms("PK", "alias", 0.7, "Pak", 1 | 2),
  // "U.S.-Africa summit": longer than "S. Africa", which it would otherwise contain.
  ...handTerms("US", "alias", 0.6, "U.S.-Africa|U.S. Africa"),
  // Also used of Russian-held Ukraine ("occupied territories"): see the context rules.
  ...handTerms("PS", "alias", 0.7, "Occupied Territories", 1),
  // Portuguese for France; "franca" is also an adjective and a Brazilian town (see CASE_SENSITIVE_NAMES).
  ...handTerms("FR", "alias", 0.9, "França"),
];

/** Hand-written country aliases (kind "alias"). */
export const COUNTRY_ALIASES: readonly HandTerm[] = [
  ...Object.entries(ALIASES).flatMap(([iso2, list]) => handTerms(iso2, "alias", 0.95, list)),
  ...WEAK_ALIASES,
];
