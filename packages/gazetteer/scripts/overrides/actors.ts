import { type HandTerm, handTerms } from "./hand-terms.ts";

const CASE_SENSITIVE = 1;
const METONYM = 4;

// Armed groups, missions and institutions tied to one country, as named by ACLED, OCHA and
// UN Security Council reports. Weights stay in 0.6–0.8: groups operate across borders, and an
// acronym is weaker evidence than a full name. UN and African Union missions weigh 0.75 (0.8 for
// MONUSCO, named in most Congo reports). Groups active in several countries (ISIS, Boko Haram,
// ISWAP) are in ambiguous.ts; al-Qaeda, Wagner/Africa Corps, Fulani militias and the Kurdish
// movement at large are left out on purpose.
const GROUPS: Readonly<Record<string, readonly (readonly [number, string])[]>> = {
  AF: [
    [0.8, "Taliban|Taleban|Talibans"],
    [0.75, "UNAMA"],
    [
      0.7,
      "Haqqani network|National Resistance Front|ISKP|ISIS-K|Islamic State Khorasan|Islamic State Khorasan Province|Islamic State-Khorasan",
    ],
  ],
  AO: [[0.65, "FLEC|UNITA"]],
  BF: [
    [
      0.7,
      "Volunteers for the Defence of the Homeland|Volunteers for the Defense of the Homeland|Ansarul Islam",
    ],
  ],
  BI: [[0.8, "Imbonerakure"]],
  CD: [
    [
      0.8,
      "M23|March 23 Movement|Allied Democratic Forces|CODECO|FARDC|MONUSCO|Wazalendo|Alliance Fleuve Congo",
    ],
    [0.75, "FDLR|Mai-Mai|Mai Mai|Mayi-Mayi|Mayi Mayi|Raia Mutomboki|Twirwaneho"],
  ],
  CF: [[0.75, "Seleka|Séléka|ex-Seleka|anti-Balaka|MINUSCA|Coalition of Patriots for Change"]],
  CM: [
    [
      0.75,
      "Amba Boys|Amba fighters|Amba separatists|Amba rebels|Amba militia|Amba militias|Ambazonia Defence Forces|Ambazonia Defense Forces",
    ],
  ],
  CI: [[0.75, "UNOCI"]],
  CN: [[0.65, "People's Liberation Army|Communist Party of China|Chinese Communist Party"]],
  CO: [
    [0.75, "FARC|Clan del Golfo|Gulf Clan|Segunda Marquetalia|Estado Mayor Central"],
    [0.7, "Ejército de Liberación Nacional"],
  ],
  CY: [[0.75, "UNFICYP"]],
  EH: [[0.75, "MINURSO|Polisario|Polisario Front|Front Polisario|Frente Polisario"]],
  ET: [
    [0.8, "TPLF|Tigray People's Liberation Front|Tigray Defense Forces|Tigray Defence Forces|ENDF"],
    [0.75, "Oromo Liberation Army|Oromo Liberation Front"],
    [0.7, "Fano"],
  ],
  HT: [
    [0.8, "Viv Ansanm|400 Mawozo|Gran Grif|Cherizier|Chérizier"],
    [0.75, "BINUH|MINUSTAH"],
  ],
  ID: [[0.75, "Free Papua Movement|TPNPB"]],
  IL: [[0.7, "Israel Defense Forces|Israeli Defense Forces|Knesset|Shin Bet|Mossad"]],
  IQ: [
    [
      0.75,
      "Popular Mobilization Forces|Popular Mobilisation Forces|Hashd al-Shaabi|Kataib Hezbollah|Kata'ib Hezbollah",
    ],
    [0.8, "Kurdistan Regional Government"],
    [0.75, "UNAMI"],
    [0.65, "Peshmerga|KRG"],
  ],
  LB: [[0.75, "Hezbollah|Hizbollah|Hizballah|Hizbullah|Hezbolá|Hizbulá|UNIFIL"]],
  LK: [[0.7, "LTTE|Tamil Tigers"]],
  LR: [[0.75, "UNMIL"]],
  LY: [
    [0.8, "Libyan National Army|Haftar|Hafter"],
    [0.75, "UNSMIL"],
  ],
  ML: [
    [0.75, "MINUSMA"],
    [0.7, "JNIM|Jama'at Nusrat al-Islam wal-Muslimin|Katiba Macina|Ansar Dine"],
  ],
  MM: [
    [
      0.8,
      "Tatmadaw|Arakan Army|Arakan Rohingya Salvation Army|Kachin Independence Army|Three Brotherhood Alliance",
    ],
    [0.75, "ARSA|MNDAA|TNLA|Karen National Union|KNU|Karen National Liberation Army|KNLA"],
    [0.6, "People's Defence Force|People's Defense Force|National Unity Government"],
  ],
  MZ: [[0.7, "Renamo|Frelimo"]],
  NG: [[0.75, "IPOB|Indigenous People of Biafra|Ansaru|Amotekun|Lakurawa|Miyetti Allah"]],
  PE: [[0.75, "Sendero Luminoso|Shining Path"]],
  PH: [
    [0.75, "Abu Sayyaf|New People's Army|Moro Islamic Liberation Front|Bangsamoro Islamic Freedom Fighters"],
  ],
  PK: [
    [
      0.8,
      "Tehrik-i-Taliban Pakistan|Tehreek-e-Taliban Pakistan|Tehrik-e-Taliban Pakistan|Tehrik-i-Taliban|Tehreek-e-Taliban|Tehrik-e-Taliban|Pakistani Taliban|Baloch Liberation Army|Balochistan Liberation Army|Baluch Liberation Army",
    ],
    // Not "JeM": it folds like "JEM", Sudan's Justice and Equality Movement.
    [
      0.7,
      "TTP|Lashkar-e-Taiba|Lashkar-e-Toiba|Lashkar-e-Tayyiba|Jaish-e-Mohammed|Jaish-e-Muhammad|Jaish-e-Mohammad",
    ],
  ],
  PS: [
    [
      0.75,
      "Hamas|Palestinian Islamic Jihad|Qassam Brigades|al-Qassam Brigades|Izz ad-Din al-Qassam Brigades",
    ],
    [0.7, "UNRWA|Fatah"],
  ],
  SD: [
    [0.8, "Rapid Support Forces|Janjaweed|Janjawid|Sudanese Armed Forces|Hemedti|Hemeti"],
    [
      0.75,
      "SPLM-N|SPLM-North|Sudan Liberation Army|Sudan Liberation Movement|Justice and Equality Movement|UNITAMS|UNAMID",
    ],
  ],
  SL: [[0.75, "UNAMSIL"]],
  SO: [
    [0.8, "al-Shabaab|al-Shabab|al Shabaab|al Shabab|Al-Shebab|Shabaab|Harakat al-Shabaab al-Mujahideen"],
    [0.75, "AMISOM|ATMIS|AUSSOM|UNSOM"],
  ],
  SS: [
    [0.75, "SPLM-IO|SPLA-IO|SSPDF|UNMISS|Sudan People's Liberation Army|Sudan People's Liberation Movement"],
  ],
  SY: [
    [
      0.8,
      "Syrian Democratic Forces|Hayat Tahrir al-Sham|Hay'at Tahrir al-Sham|Tahrir al-Sham|Syrian National Army",
    ],
    [0.7, "YPG|Nusra|al-Nusra|Nusra Front|Jabhat al-Nusra|White Helmets|Assad"],
  ],
  TR: [[0.65, "PKK|Kurdistan Workers' Party|Kurdistan Workers Party"]],
  UA: [[0.75, "Verkhovna Rada"]],
  XK: [[0.75, "UNMIK"]],
  UG: [[0.7, "Lord's Resistance Army|UPDF"]],
  VE: [[0.65, "Tren de Aragua"]],
  YE: [
    [0.8, "Houthi|Houthis|Huthi|Huthis|Hutí|Hutíes|Ansar Allah|Ansarullah|Southern Transitional Council"],
    [0.75, "UNMHA"],
    [0.7, "AQAP"],
  ],
  ZW: [[0.75, "ZANU-PF"]],
};

// Acronyms that are also common words or other bodies' acronyms: count only in capitals.
const ACRONYMS: readonly HandTerm[] = [
  ...handTerms("CO", "actor", 0.65, "ELN", CASE_SENSITIVE),
  ...handTerms("SY", "actor", 0.65, "HTS", CASE_SENSITIVE),
  ...handTerms("LY", "actor", 0.6, "LNA", CASE_SENSITIVE),
  ...handTerms("UG", "actor", 0.6, "LRA", CASE_SENSITIVE),
  ...handTerms("PK", "actor", 0.6, "BLA", CASE_SENSITIVE),
  ...handTerms("IL", "actor", 0.6, "IDF", CASE_SENSITIVE),
  ...handTerms("BF", "actor", 0.65, "VDP", CASE_SENSITIVE),
  ...handTerms("MM", "actor", 0.65, "NUG", CASE_SENSITIVE),
  // "IS-K" would otherwise match "is K"; ISIS-K is not Syria's (see ambiguous.ts for ISIS).
  ...handTerms("AF", "actor", 0.7, "IS-K", CASE_SENSITIVE),
  // Also South Africa's National Prosecuting Authority and Japan's National Police Agency: see
  // the context rules.
  ...handTerms("PH", "actor", 0.6, "NPA", CASE_SENSITIVE),
  ...handTerms("PH", "actor", 0.65, "MILF|BIFF", CASE_SENSITIVE),
];

// Seats of government that stand for it in foreign-affairs copy ("the Kremlin said").
const SEATS: readonly HandTerm[] = [
  ...handTerms("RU", "actor", 0.7, "Kremlin", METONYM),
  ...handTerms("US", "actor", 0.7, "White House|Pentagon|State Department|Capitol Hill", METONYM),
  // Longer than "S. Africa" inside "U.S. Africa Command", which would otherwise read as South Africa.
  ...handTerms("US", "actor", 0.6, "U.S. Africa Command|US Africa Command|AFRICOM|Africom"),
  ...handTerms("GB", "actor", 0.65, "Downing Street|Whitehall|Westminster", METONYM),
  ...handTerms("FR", "actor", 0.6, "Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay", METONYM),
  ...handTerms("CN", "actor", 0.6, "Zhongnanhai", METONYM),
];

/** Armed actors, missions and seats of government (kind "actor"). */
export const ACTORS: readonly HandTerm[] = [
  ...Object.entries(GROUPS).flatMap(([iso2, rows]) =>
    rows.flatMap(([weight, list]) => handTerms(iso2, "actor", weight, list)),
  ),
  ...ACRONYMS,
  ...SEATS,
];
