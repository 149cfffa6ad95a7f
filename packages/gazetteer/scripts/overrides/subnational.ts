import { type HandTerm, handTerms } from "./hand-terms.ts";

// Conflict areas, towns and camps named in OCHA situation reports, ACLED and UN Security
// Council briefings, with the spellings wire services use; many are too small for the city
// floor or are spelt differently in GeoNames ("Khān Yūnis", "Al Ḩudaydah"). Weight 0.8 unless noted.
const AREAS: Readonly<Record<string, string>> = {
  AF: "Kunduz|Helmand|Hilmand|Nooristan|Paktya|Kandahar|Nangarhar|Jalalabad|Herat|Mazar-i-Sharif|Mazar-e-Sharif|Panjshir|Panjshir Valley|Ghazni|Paktia|Paktika|Khost|Badakhshan|Bamiyan|Bamyan|Lashkar Gah|Uruzgan|Oruzgan|Faryab|Takhar|Baghlan|Zabul|Kunar|Laghman|Logar|Wardak|Daikundi",
  AZ: "Stepanakert|Khankendi|Lachin corridor|Lachin Corridor",
  BA: "Srebrenica|Republika Srpska",
  BD: "Cox's Bazar|Coxs Bazar|Kutupalong|Bhasan Char|Chittagong Hill Tracts",
  BF: "Djibo|Barsalogho|Fada N'Gourma|Fada Ngourma|Ouahigouya|Arbinda|Solenzo|Dori|Kaya",
  CD: "Ituri|North Kivu|South Kivu|Nord-Kivu|Sud-Kivu|Kivu|Goma|Bukavu|Butembo|Bunia|Uvira|Rutshuru|Masisi|Djugu|Walikale|Minembwe|Lubero|Rubaya|Kalehe|Fizi|Kwamouth|Kasai|Kasaï|Kananga|Tanganyika Province",
  CF: "Bria|Bambari|Kaga-Bandoro|Kaga Bandoro|Ndele|Ndélé|Birao|Bangassou|Vakaga|Haute-Kotto|Ouham|Paoua",
  // "Extreme North" and the "North-West"/"South-West" regions are left out: generic words, and
  // Nigeria's North-West zone and other countries' regions share them.
  CM: "Far North Region|Anglophone regions|Anglophone crisis|Ambazonia|Bamenda|Buea|Kumba|Maroua",
  CN: "Xinjiang|Tibet|Tibet Autonomous Region|Inner Mongolia|Urumqi|Kashgar",
  CO: "Catatumbo|Cauca|Chocó|Choco|Arauca|Putumayo|Nariño|Guaviare",
  CY: "Northern Cyprus|North Cyprus|Turkish Republic of Northern Cyprus",
  EG: "Sinai|North Sinai|Sinai Peninsula|Arish|El Arish|Al-Arish",
  EH: "Laayoune|El Aaiún|Smara|Dakhla",
  ET: "Tigray|Amhara|Oromia|Mekelle|Mekele|Gondar|Bahir Dar|Dessie|Lalibela|Humera|Welkait|Wolkait|Western Tigray|Benishangul-Gumuz|Benishangul|Metekel|Wollo|Gambella|Ogaden|Somali Region|Afar Region",
  GE: "Abkhazia|South Ossetia|Tskhinvali|Sukhumi",
  HT: "Artibonite|Cité Soleil|Cite Soleil|Croix-des-Bouquets|Martissant|Pétion-Ville|Petion-Ville",
  ID: "West Papua|Aceh|Maluku|Poso|Nduga|Intan Jaya",
  IL: "Sderot|Ashkelon|Negev|Be'eri|Kfar Aza|Nir Oz|Tel Aviv",
  IN: "Manipur|Imphal|Jammu and Kashmir|Jammu|Srinagar|Kargil|Chhattisgarh|Bastar|Dantewada|Sukma",
  IQ: "Sinjar|Mosul|Anbar|Al Anbar|Fallujah|Falluja|Ramadi|Tikrit|Kirkuk|Erbil|Irbil|Basra|Basrah|Najaf|Karbala|Nineveh|Nineveh Plains|Ninewa|Salahuddin|Salah al-Din|Diyala|Sulaymaniyah|Sulaimaniya|Duhok|Dohuk|Halabja|Tal Afar|Samarra",
  LB: "Tyre|Sidon|Nabatieh|Nabatiyeh|Baalbek|Bekaa|Bekaa Valley|Beqaa|Dahiyeh|Dahieh|Dahiya|South Lebanon|Southern Lebanon|Marjayoun|Bint Jbeil",
  LK: "Jaffna|Mullaitivu|Kilinochchi|Vanni|Batticaloa",
  LY: "Benghazi|Misrata|Misurata|Misratah|Sirte|Derna|Tarhuna|Sabha|Sebha|Zawiya|Fezzan|Cyrenaica|Tripolitania|Ajdabiya|Tobruk|Kufra|Murzuq",
  MD: "Transnistria|Transdniestria|Trans-Dniester|Tiraspol",
  ML: "Gao|Timbuktu|Tombouctou|Mopti|Kidal|Menaka|Ménaka|Segou|Ségou|Douentza|Djenné|Djenne|Moura|Tessalit|Azawad|Sikasso|Kayes",
  MM: "Rakhine|Rakhine State|Arakan|Shan State|Kachin State|Chin State|Kayah|Kayah State|Kayin State|Karen State|Sagaing|Magway|Mandalay|Yangon|Rangoon|Myitkyina|Lashio|Sittwe|Maungdaw|Buthidaung|Laukkai|Myawaddy|Tanintharyi|Ayeyarwady",
  MX: "Sinaloa|Tamaulipas|Michoacán|Michoacan|Guerrero|Zacatecas",
  MZ: "Cabo Delgado|Cabo Delgado Province|Mocímboa da Praia|Mocimboa da Praia|Macomia|Ancuabe",
  NE: "Diffa|Tillaberi|Tillabéri|Tillabery|Tahoua|Agadez|Maradi|Zinder",
  NG: "Borno|Borno State|Maiduguri|Yobe|Zamfara|Katsina|Kaduna|Southern Kaduna|Plateau State|Benue|Sambisa|Sambisa Forest|Chibok|Gwoza|Damboa|Monguno|Dapchi|Niger Delta|Biafra|Middle Belt|Rivers State|Delta State|Niger State|Kebbi|Sokoto",
  PH: "Mindanao|Marawi|Sulu|Basilan|Maguindanao|Bangsamoro|Jolo",
  PK: "Khyber Pakhtunkhwa|Waziristan|North Waziristan|South Waziristan|FATA|Federally Administered Tribal Areas|Quetta|Peshawar|Swat Valley|Bajaur|Kurram|Parachinar|Gilgit-Baltistan|Azad Kashmir|Azad Jammu and Kashmir|Pakistan-administered Kashmir|Tirah|Gwadar",
  PS: "Gaza Strip|Gaza City|West Bank|Khan Younis|Khan Yunis|Khan Younes|Jabalia|Jabaliya|Jabalya|Beit Lahia|Beit Lahiya|Beit Hanoun|Beit Hanun|Deir al-Balah|Deir el-Balah|Nuseirat|Bureij|Maghazi|Shujaiya|Shejaiya|Jenin|Nablus|Hebron|Ramallah|Tulkarm|Tulkarem|Qalqilya|Tubas|Jericho|Bethlehem|Beit Sahour|Masafer Yatta|Huwara|Hawara|East Jerusalem|Silwan|Sheikh Jarrah|Al-Mawasi|Mawasi|Nur Shams|Balata|Netzarim|Philadelphi Corridor",
  RU: "Chechnya|Dagestan|Ingushetia|Grozny|Kursk|Belgorod",
  SD: "Darfur|Kordofan|El Fasher|El-Fasher|Al-Fashir|El Fashir|Nyala|El Geneina|Geneina|Zamzam|Omdurman|Wad Madani|Gezira|El Gezira|Nuba Mountains|Kadugli|Dilling|El Obeid|Babanusa|Tawila|Jebel Marra|Blue Nile State|Kassala|Gedaref|Al Qadarif|Sennar|Port Sudan|Heglig|Red Sea State",
  SO: "Kismayo|Kismaayo|Baidoa|Beledweyne|Beletweyne|Galkayo|Jowhar|Lower Shabelle|Middle Shabelle|Hiraan|Hiran|Puntland|Somaliland|Jubaland|Hargeisa|Garowe|Bosaso|Las Anod|Laascaanood|Gedo|Galmudug|Hirshabelle|Bay Region|Bakool|Mudug",
  SS: "Jonglei|Upper Nile|Unity State|Malakal|Bentiu|Pibor|Yei|Warrap|Western Equatoria|Yambio|Renk|Lakes State",
  SY: "Idlib|Idleb|Aleppo|Raqqa|Rakka|Raqa|Al-Raqqa|Ar-Raqqah|Raqqah|Deir ez-Zor|Dayr az-Zawr|Deir Ezzor|Deir al-Zor|Deir el-Zor|Deir Ez Zor|Homs|Hama|Daraa|Deraa|Dara'a|Ghouta|Eastern Ghouta|East Ghouta|Douma|Latakia|Tartus|Qamishli|Qamishlo|Qameshly|Qamishly|Al-Qamishli|Hasakah|Al-Hasakah|Hasaka|Hassakeh|Hasakeh|Al-Hassakeh|Kobani|Kobane|Afrin|Manbij|Suwayda|Sweida|As-Suwayda|Palmyra|Quneitra|Jableh|Rif Dimashq|Yarmouk|Tal Abyad|Ras al-Ain|Sednaya|Saydnaya|Rojava|Jisr al-Shughur|Maarat al-Numan|Kafranbel|Kafr Nabl|Kafr Nubl|Jabal al-Akrad|Jebel al-Akrad|Sahl al-Ghab|Ghab Plain|al-Ghab Plain",
  TD: "Abeche|Abéché|Adré|Adre|Tibesti|Ouaddaï|Ouaddai",
  TH: "Pattani|Narathiwat",
  UA: "Donbas|Donbass|Crimea|Donetsk|Donetsk Oblast|Luhansk|Luhansk Oblast|Lugansk|Kharkiv|Kharkiv Oblast|Kharkov|Kherson|Kherson Oblast|Zaporizhzhia|Zaporizhzhia Oblast|Zaporizhia|Zaporozhye|Mariupol|Bakhmut|Artemivsk|Artemovsk|Avdiivka|Pokrovsk|Kramatorsk|Sloviansk|Slovyansk|Bucha|Irpin|Izium|Kupiansk|Kupyansk|Marinka|Maryinka|Zolote|Mykolaiv|Sumy|Chernihiv|Dnipro|Vuhledar|Toretsk|Chasiv Yar|Sevastopol|Simferopol|Lviv",
  XK: "North Kosovo|Mitrovica",
  YE: "Marib|Ma'rib|Hodeidah|Hudaydah|Al Hudaydah|Hodeida|Taiz|Ta'izz|Saada|Sa'dah|Hajjah|Shabwa|Shabwah|Hadramawt|Hadramout|Hadhramaut|Mukalla|Al-Mukalla|Abyan|Lahj|Al Bayda|Socotra|Dhamar|Amran|Aden",
};

// Capital spellings that folding alone does not reconcile with the packages' forms.
const CAPITALS: Readonly<Record<string, string>> = {
  KZ: "Astana|Nur-Sultan",
  MM: "Naypyitaw|Naypyidaw|Nay Pyi Taw|Nay Pyi Daw",
  MN: "Ulaanbaatar|Ulan Bator",
  TD: "N'Djamena|Ndjamena",
  // "Praia" alone is Portuguese for "beach" (common-words.ts); the city's official name is specific.
  CV: "Cidade da Praia",
  UA: "Kyiv|Kiev",
  XK: "Pristina|Prishtina",
  YE: "Sanaa|Sana'a",
};

/** Hand-written conflict areas and place spellings (kind "subnational"). */
export const SUBNATIONAL: readonly HandTerm[] = [
  ...Object.entries(AREAS).flatMap(([iso2, list]) => handTerms(iso2, "subnational", 0.8, list)),
  // Strongest Palestinian place names: as decisive as the country name.
  ...handTerms("PS", "subnational", 0.95, "Gaza"),
  ...handTerms("UA", "subnational", 0.85, "Crimean"),
  // Folds like the initials in "J.K. Rowling": capitals only, and not next to a surname.
  ...handTerms("IN", "subnational", 0.75, "J&K|J and K", 1 | 2),
  ...Object.entries(CAPITALS).flatMap(([iso2, list]) => handTerms(iso2, "capital", 0.8, list)),
  // The seat of government stands for it far more often than the city is the subject.
  ...handTerms("US", "capital", 0.8, "Washington|Washington, D.C.|Washington DC", 2 | 4),
];
