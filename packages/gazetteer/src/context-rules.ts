/**
 * Re-reads a place term by its context. When `term` matched with the reading `iso2`, and any
 * phrase of `whenAnyOf` occurs anywhere in the same text (both compared folded, as whole words),
 * the match points at `thenIso2` instead, or is dropped when `thenIso2` is null. Rules are
 * checked in order; the first that applies wins.
 */
export interface ContextRule {
  term: string;
  iso2: string;
  whenAnyOf: readonly string[];
  thenIso2: string | null;
}

function rule(term: string, iso2: string, thenIso2: string | null, whenAnyOf: string): ContextRule {
  return { term, iso2, thenIso2, whenAnyOf: whenAnyOf.split("|") };
}

// Phrases that make "America"/"American" mean the continents rather than the United States.
const CONTINENTAL =
  "Latin America|Latin American|South America|South American|Central America|Central American|" +
  "North America|North American|the Americas|African American|African-American|Pan American|" +
  "Inter-American|Organization of American States|Native American|Americas";

const US_GEORGIA =
  "Atlanta|Savannah|Augusta|Macon|Athens, Georgia|Fulton County|county|counties|U.S. state|Peach State|" +
  "Senate race|Kemp|Raffensperger|Warnock|Ossoff|Braves|Bulldogs|Falcons|Georgia Tech|" +
  "University of Georgia|Georgia State|Georgia Bulldogs|state legislature";

/** Hand-written context rules for the terms whose reading depends on the rest of the text. */
export const CONTEXT_RULES: readonly ContextRule[] = [
  rule("Georgia", "GE", "US", US_GEORGIA),
  rule("Georgian", "GE", "US", US_GEORGIA),
  rule("Georgians", "GE", "US", US_GEORGIA),
  // The basketball player, the brand and other people named Jordan; "Jordan River" stays JO.
  rule(
    "Jordan",
    "JO",
    null,
    "Michael Jordan|Air Jordan|Air Jordans|Jordan Brand|NBA|Chicago Bulls|Jordan Peterson|Jordan Henderson|" +
      "Jordan Spieth|Jordan Love|Jordan Poole|Jordan Clarkson|Jim Jordan|Rep. Jordan|sneakers",
  ),
  rule("Chad", "TD", null, "Chad Daybell|Chad Smith|Chad Johnson|Chad Kroeger|Chad Michael Murray|Chad Wolf"),
  rule(
    "Turkey",
    "TR",
    null,
    "Thanksgiving|roast turkey|turkey recipe|stuffing|gravy|wild turkey|turkey hunting|Butterball|" +
      "turkey sandwich|turkey pardon|pardoned turkey|turkeys",
  ),
  rule("Guinea", "GN", null, "guinea pig|guinea pigs|guinea fowl|Gulf of Guinea|guinea worm"),
  rule("America", "US", null, CONTINENTAL),
  rule("American", "US", null, CONTINENTAL),
  rule("Americans", "US", null, CONTINENTAL),
  rule(
    "Indian",
    "IN",
    null,
    "Indian Ocean|American Indian|West Indian|West Indies|Indian Country|Native American",
  ),
  rule("Indians", "IN", null, "American Indians|Native Americans|Cleveland Indians|West Indians"),
  // Reporters Without Borders is "RSF" too; Australia's and Japan's forces share ADF and SDF.
  rule(
    "RSF",
    "SD",
    null,
    "Reporters Without Borders|Reporters sans frontières|press freedom|RSF said|media watchdog",
  ),
  rule("ADF", "CD", "AU", "Australian|Australia|Australian Defence Force|Canberra|Marles"),
  rule("SDF", "SY", "JP", "Japan|Japanese|Self-Defense Forces|Self-Defence Forces|Tokyo"),
  rule(
    "Congo",
    "CD",
    "CG",
    "Brazzaville|Sassou|Sassou Nguesso|Pointe-Noire|Congo-Brazzaville|Republic of Congo",
  ),
  rule("Congolese", "CD", "CG", "Brazzaville|Sassou|Sassou Nguesso|Pointe-Noire|Congo-Brazzaville"),
  rule("Kashmir", "IN", "PK", "Muzaffarabad|Azad Kashmir|Pakistan-administered|Pakistani-administered|AJK"),
  rule(
    "Punjab",
    "PK",
    "IN",
    "Chandigarh|Amritsar|Ludhiana|Jalandhar|Bhagwant Mann|Indian Punjab|Indian state",
  ),
  rule("Tripoli", "LY", "LB", "Lebanon|Lebanese|Beirut|Akkar|Hezbollah"),
  rule("Hyderabad", "IN", "PK", "Sindh|Karachi|Pakistan|Pakistani"),
  rule("Dominican", "DO", "DM", "Dominica|Roseau"),
  rule("Korea", "KR", "KP", "Pyongyang|Kim Jong Un|Kim Jong-un|Kim Jong-Un|DPRK"),
  rule("Macedonia", "MK", "GR", "Greek Macedonia|Thessaloniki|Central Macedonia|Greece's Macedonia"),
  rule("Georgetown", "GY", "US", "Georgetown University|Washington, D.C.|D.C."),
  rule("San Jose", "US", "CR", "Costa Rica|Costa Rican"),
  rule("Santiago", "CL", "DO", "Dominican Republic|Santiago de los Caballeros"),
  rule("al-Shabaab", "SO", "MZ", "Cabo Delgado|Mozambique|Mozambican"),
  rule("al-Shabab", "SO", "MZ", "Cabo Delgado|Mozambique|Mozambican"),
  rule("Turkish", "TR", "CY", "Turkish Cypriot|Turkish Cypriots|Northern Cyprus|North Cyprus"),
  // South Africa's National Prosecuting Authority and Japan's National Police Agency are "NPA" too.
  rule(
    "NPA",
    "PH",
    null,
    "National Prosecuting Authority|Batohi|South Africa|South African|National Police Agency|Japan|Japanese",
  ),
  // "Occupied territories" of Ukraine, Georgia and Azerbaijan, not the Palestinian ones.
  rule(
    "Occupied Territories",
    "PS",
    null,
    "Ukraine|Ukrainian|Russia|Russian|Crimea|Donbas|Donetsk|Luhansk|Zaporizhzhia|Kherson|Abkhazia|" +
      "South Ossetia|Karabakh|Azerbaijan",
  ),
  rule("J&K", "IN", null, "Rowling|Harry Potter|Galbraith|J.K. Simmons"),
  rule("Washington", "US", null, "Denzel Washington|Kerry Washington"),
  rule("Paris", "FR", null, "Paris Hilton|Paris Jackson"),
];
