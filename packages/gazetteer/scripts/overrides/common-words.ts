import { foldTerm } from "../../src/fold-term.ts";

// Words that make a place name fire on ordinary text. Written by hand from reading English,
// French, Spanish and Portuguese news copy, and from the place names they collided with
// ("Norte" → Guinea-Bissau on "Agusan del Norte", "Praia" → Cabo Verde on "Praia do Futuro").
// Entries are folded when loaded, so accents may be written or not.

function folded(list: string): ReadonlySet<string> {
  return new Set(
    list
      .split("|")
      .map((word) => foldTerm(word))
      .filter((word) => word.length > 0),
  );
}

/**
 * Directions, generic geography and the words that build other places' names, in en/fr/es/pt.
 * A name made only of these (and function or unit words) is never a term: "Norte", "Centre Sud",
 * "Far North", "Praia", "Príncipe" ("Ilha do Príncipe" is in Brazil).
 */
export const GENERIC_PLACE_WORDS = folded(
  // Directions and positions.
  "north|south|east|west|northern|southern|eastern|western|northeast|northwest|southeast|southwest|" +
    "northeastern|northwestern|southeastern|southwestern|central|centre|center|middle|mid|upper|lower|" +
    "inner|outer|far|extreme|greater|great|grand|little|new|old|" +
    "nord|sud|est|ouest|centrale|haut|haute|bas|basse|moyen|moyenne|extrême|nouveau|nouvelle|petit|petite|" +
    "norte|sur|este|oeste|centro|oriente|occidente|poniente|levante|alto|alta|bajo|baja|medio|nuevo|nueva|" +
    "gran|grande|viejo|vieja|sul|leste|nordeste|noroeste|sudeste|sudoeste|sureste|suroeste|baixo|baixa|" +
    "novo|nova|velho|velha|oriental|orientale|occidental|occidentale|meridional|septentrional|setentrional|" +
    // Generic geography.
    "coast|coastal|littoral|island|islands|isle|isles|lake|lakes|river|rivers|delta|plateau|plateaux|" +
    "highland|highlands|lowland|lowlands|valley|mountain|mountains|hills|plain|plains|desert|forest|bay|" +
    "gulf|sea|ocean|peninsula|capital|interior|frontier|border|mainland|midlands|maritime|port|cape|" +
    "côte|côtes|île|îles|lac|lacs|lagune|lagunes|montagne|montagnes|colline|collines|vallée|fleuve|" +
    "rivière|mer|baie|golfe|cap|capitale|intérieur|savane|savanes|savanne|plaine|forêt|désert|estuaire|" +
    "cuvette|frontière|costa|litoral|isla|islas|ilha|ilhas|sierra|serra|cordillera|monte|mont|cerro|" +
    "valle|vale|lago|lagoa|laguna|río|rio|mar|playa|praia|plage|bahía|baía|cabo|golfo|península|" +
    "planalto|altiplano|meseta|llano|llanos|sabana|savana|selva|mata|floresta|bosque|desierto|deserto|" +
    "campo|campos|pampa|sertão|agreste|frontera|fronteira|zona|zone|puerto|porto|insular|continental|" +
    "metropolitana|metropolitano|metropolitan|marítima|marítimo|" +
    // Titles and saints that start other places' names ("Santo André", "Ilha do Príncipe").
    "saint|sainte|san|santa|santo|são|prince|princesse|príncipe|princesa|rei|rey|roi|reina|rainha|reine|" +
    "dom|dona|don|doña|senhor|senhora|señor|señora|nossa|nuestra|notre|dame",
);

/** Words naming a kind of unit; they make no name specific on their own ("Central Region"). */
export const UNIT_WORDS = folded(
  "region|regions|région|región|região|province|provinces|provincia|província|state|states|estado|état|" +
    "district|districts|distrito|department|departamento|département|governorate|county|oblast|krai|" +
    "prefecture|préfecture|territory|territorio|território|territoire|municipality|municipio|município|" +
    "parish|division|area|wilaya|country|pays|país",
);

// Function words of Portuguese, which the taxonomy has no lexicon for.
const PORTUGUESE_FUNCTION_WORDS = folded("do|da|dos|das|de|e|o|a|os|as|em|no|na|nos|nas|um|uma");

/**
 * Names made of generic words that still name one place in news copy; reviewed one by one.
 * "Lagos" is also Spanish and Portuguese for "lakes", but Nigeria's largest city can't be left out.
 */
export const GENERIC_EXCEPTIONS = folded(
  "Lagos|Los Lagos|Bahia|Porto-Novo|Port-au-Prince|Port Said|Port Said Governorate|Porto Velho|Campo Grande|Puerto Princesa|" +
    "Cape Coast|Rio Grande do Sul|Rio Grande do Norte|Pays-Bas|" +
    "Plateau State|Delta State|Rivers State|Lakes State|Bay Region|Far North Region",
);

/** Whether a folded name is made only of generic, unit and function words, and isn't an exception. */
export function isGenericName(fold: string, functionWords: ReadonlySet<string>): boolean {
  if (GENERIC_EXCEPTIONS.has(fold)) return false;
  // "Est" and "Sur" are function words too (French "is", "on"), but generic first.
  const isFunctionWord = (w: string) => functionWords.has(w) || PORTUGUESE_FUNCTION_WORDS.has(w);
  const words = fold.split(" ").filter((w) => GENERIC_PLACE_WORDS.has(w) || !isFunctionWord(w));
  const meaningful = words.filter((w) => !UNIT_WORDS.has(w));
  return meaningful.length > 0 && meaningful.every((w) => GENERIC_PLACE_WORDS.has(w));
}

/**
 * Ordinary Portuguese, Spanish and French words (nouns, adjectives, verb forms, months) that are
 * also names of places. A place of that name is dropped, unless `CASE_SENSITIVE_NAMES` lists it:
 * then it only counts capitalised. Capitalisation alone doesn't help with most of them: months
 * and holidays are capitalised ("Maio", "Natal"), and so is every headline's first word.
 */
export const ROMANCE_COMMON_WORDS = folded(
  // Portuguese.
  "janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|natal|" +
    "páscoa|domingo|água|areia|barra|barreira|barreiras|barro|bela|belo|boa|bom|brava|bravo|cabeça|" +
    "caçador|cachoeira|canoas|capela|carmo|casa|cascavel|castelo|cidade|conquista|contagem|coroa|" +
    "cruz|cruzeiro|diadema|divisa|esperança|estância|esteio|estrela|fazenda|feira|ferro|formiga|" +
    "formosa|fortaleza|franca|gravatá|guarda|horizonte|igreja|imperatriz|independência|lajes|leme|" +
    "liberdade|limeira|luz|madeira|massa|mestre|missão|mosteiros|ouro|paraíso|passos|pátria|" +
    "patrocínio|paz|pedra|pedras|picos|pinheiro|palmas|prata|prato|primavera|progresso|queimados|" +
    "recife|redenção|registro|reunião|saída|salvador|saudade|sorriso|trindade|união|vitória|araras|amora|" +
    "vinhedo|camarões|bermudas|peru|" +
    // Spanish.
    "enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|lunes|martes|" +
    "miércoles|jueves|viernes|sábado|agua|aguas|alegría|alegre|amistad|arena|arroyo|asunción|azul|" +
    "bello|blanco|blanca|bonito|buena|bueno|caballo|campaña|capilla|castillo|ciénaga|cielo|colina|" +
    "colonia|concepción|concordia|constitución|corral|corrientes|cortés|cortes|delicias|durazno|ejido|" +
    "encarnación|ensenada|esperanza|espinal|estrella|fortuna|fuerte|fundación|gana|granada|guardia|" +
    "hermosa|hermoso|higuera|independencia|jardín|libertad|limón|limpio|luna|madre|manta|matanzas|" +
    "merced|milagro|minas|misiones|montaña|morón|nogales|oro|palma|pasto|pedregal|perla|piedad|piedra|" +
    "piedras|pilar|plata|porvenir|portuguesa|posadas|potrero|progreso|providencia|puente|reconquista|" +
    "resistencia|rincón|rosa|rubio|salto|salta|salud|sauce|soledad|sucre|tigre|torre|torres|triunfo|" +
    "turbo|unión|vega|victoria|apartadó|chía|bata|coro|taza|flores|" +
    // French.
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|lundi|mardi|" +
    "mercredi|jeudi|vendredi|samedi|dimanche|abbaye|bois|campagne|champ|champs|chapelle|château|cité|" +
    "croix|douane|eau|école|église|étang|étoile|fer|ferme|fontaine|fort|gare|libre|lumière|marais|" +
    "marché|moulin|paix|pierre|plaisance|pont|prairie|puits|roche|route|rue|sable|sables|sel|source|" +
    "val|ville|vigne|atlantique|atlántico|fromager|glacis|pamplemousses|guider|jura|espoir|liberté|" +
    "victoire|concorde|bonheur|paradis|espérance|moka|mora|seno",
);

/** Common words kept as terms without any flag, with the reason beside each. */
export const UNFLAGGED_COMMON_NAMES = folded(
  // Nigeria's largest city; "lagos" (lakes) is rare in Spanish and Portuguese news copy.
  "Lagos",
);
