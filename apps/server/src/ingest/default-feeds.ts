/**
 * The feed registry Vigil starts with when the feeds table is empty: public feeds that atrocity-prevention
 * analysts read, from the UN system and human-rights NGOs to world news desks in English, French and Spanish.
 *
 * None of these addresses could be fetched when this list was written (no network), so `format` is what
 * the URL's path promises. `verified: true` means the address is the publisher's documented feed, or the
 * same address is configured in many public feed readers' source lists (checked 2026-11-22; The New
 * Humanitarian's /rss.xml and Amnesty's /en/feed/ were also reported answering 200 in May 2026).
 * `verified: false` marks the ones whose exact path is remembered rather than known. The poller records a clear health error for any that has moved; edit or disable it with
 * `pnpm vigil feed edit|disable`.
 */

/** What an address's path says the document is. */
export type ExpectedFeedFormat = "rss2" | "rss1" | "atom";

/** One feed of the default registry. */
export interface DefaultFeed {
  name: string;
  url: string;
  lang: "en" | "fr" | "es";
  /** 0–1: how far a report from this source is taken at face value (docs/SCORING.md, item evidence). */
  reliability: number;
  pollIntervalMinutes: number;
  /** Who publishes it; informs the reliability chosen below. */
  publisher: "un" | "ngo" | "news";
  format: ExpectedFeedFormat;
  /** True when the address is documented by the publisher or widely configured elsewhere (see above). */
  verified: boolean;
}

// Reliability: UN and established human-rights NGOs investigate before publishing (0.9); wire-grade
// international desks 0.8; outlets with thinner verification or opinion mixed in 0.7.
// Poll intervals: UN and NGO pages publish a few items a day (60 min); news desks publish hourly (15–30 min).
/** The registry seeded on first start; every feed is enabled. */
// biome-ignore format: one feed per line reads as a table
export const DEFAULT_FEEDS: readonly DefaultFeed[] = [
  // United Nations system
  { name: "UN News (all)", url: "https://news.un.org/feed/subscribe/en/news/all/rss.xml", lang: "en", reliability: 0.9, pollIntervalMinutes: 30, publisher: "un", format: "rss2", verified: true },
  { name: "UN News: human rights", url: "https://news.un.org/feed/subscribe/en/news/topic/human-rights/feed/rss.xml", lang: "en", reliability: 0.9, pollIntervalMinutes: 60, publisher: "un", format: "rss2", verified: true },
  { name: "ONU Info (toutes)", url: "https://news.un.org/feed/subscribe/fr/news/all/rss.xml", lang: "fr", reliability: 0.9, pollIntervalMinutes: 60, publisher: "un", format: "rss2", verified: true },
  { name: "Noticias ONU (todas)", url: "https://news.un.org/feed/subscribe/es/news/all/rss.xml", lang: "es", reliability: 0.9, pollIntervalMinutes: 60, publisher: "un", format: "rss2", verified: true },
  { name: "OHCHR news and press releases", url: "https://www.ohchr.org/en/rss-feeds/news", lang: "en", reliability: 0.9, pollIntervalMinutes: 60, publisher: "un", format: "rss2", verified: false },
  { name: "ReliefWeb updates", url: "https://reliefweb.int/updates/rss.xml", lang: "en", reliability: 0.85, pollIntervalMinutes: 30, publisher: "un", format: "rss2", verified: true },
  { name: "ReliefWeb headlines", url: "https://reliefweb.int/headlines/rss.xml", lang: "en", reliability: 0.85, pollIntervalMinutes: 60, publisher: "un", format: "rss2", verified: true },
  { name: "Security Council Report: What's in Blue", url: "https://www.securitycouncilreport.org/whatsinblue/feed", lang: "en", reliability: 0.85, pollIntervalMinutes: 120, publisher: "ngo", format: "rss2", verified: false },
  // Human-rights and atrocity-prevention organisations
  { name: "Human Rights Watch", url: "https://www.hrw.org/rss/news", lang: "en", reliability: 0.9, pollIntervalMinutes: 60, publisher: "ngo", format: "rss2", verified: true },
  { name: "Amnesty International", url: "https://www.amnesty.org/en/feed/", lang: "en", reliability: 0.9, pollIntervalMinutes: 60, publisher: "ngo", format: "rss2", verified: true },
  { name: "International Crisis Group", url: "https://www.crisisgroup.org/rss", lang: "en", reliability: 0.9, pollIntervalMinutes: 120, publisher: "ngo", format: "rss2", verified: false },
  { name: "Global Centre for the Responsibility to Protect", url: "https://www.globalr2p.org/feed/", lang: "en", reliability: 0.9, pollIntervalMinutes: 240, publisher: "ngo", format: "rss2", verified: false },
  { name: "The New Humanitarian", url: "https://www.thenewhumanitarian.org/rss.xml", lang: "en", reliability: 0.85, pollIntervalMinutes: 60, publisher: "news", format: "rss2", verified: true },
  // World news desks
  { name: "BBC News: World", url: "https://feeds.bbci.co.uk/news/world/rss.xml", lang: "en", reliability: 0.8, pollIntervalMinutes: 15, publisher: "news", format: "rss2", verified: true },
  { name: "BBC News: Africa", url: "https://feeds.bbci.co.uk/news/world/africa/rss.xml", lang: "en", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "BBC News: Middle East", url: "https://feeds.bbci.co.uk/news/world/middle_east/rss.xml", lang: "en", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "BBC News: Asia", url: "https://feeds.bbci.co.uk/news/world/asia/rss.xml", lang: "en", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "BBC Mundo", url: "https://feeds.bbci.co.uk/mundo/rss.xml", lang: "es", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "Al Jazeera English", url: "https://www.aljazeera.com/xml/rss/all.xml", lang: "en", reliability: 0.75, pollIntervalMinutes: 15, publisher: "news", format: "rss2", verified: true },
  { name: "The Guardian: World", url: "https://www.theguardian.com/world/rss", lang: "en", reliability: 0.8, pollIntervalMinutes: 15, publisher: "news", format: "rss2", verified: true },
  { name: "NPR: World", url: "https://feeds.npr.org/1004/rss.xml", lang: "en", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "France 24 (English)", url: "https://www.france24.com/en/rss", lang: "en", reliability: 0.8, pollIntervalMinutes: 20, publisher: "news", format: "rss2", verified: true },
  { name: "France 24: Africa (English)", url: "https://www.france24.com/en/africa/rss", lang: "en", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "France 24 (français)", url: "https://www.france24.com/fr/rss", lang: "fr", reliability: 0.8, pollIntervalMinutes: 20, publisher: "news", format: "rss2", verified: true },
  // DW's feeds are RSS 1.0 (RDF), hence the /rdf/ path.
  { name: "DW: World", url: "https://rss.dw.com/rdf/rss-en-world", lang: "en", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss1", verified: true },
  { name: "RFI Afrique", url: "https://www.rfi.fr/fr/afrique/rss", lang: "fr", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "Le Monde: International", url: "https://www.lemonde.fr/international/rss_full.xml", lang: "fr", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "El País: Internacional", url: "https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/section/internacional/portada", lang: "es", reliability: 0.8, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "Africanews", url: "https://www.africanews.com/feed/rss", lang: "en", reliability: 0.7, pollIntervalMinutes: 30, publisher: "news", format: "rss2", verified: true },
  { name: "Radio Dabanga (Sudan)", url: "https://www.dabangasudan.org/en/feed", lang: "en", reliability: 0.7, pollIntervalMinutes: 60, publisher: "news", format: "rss2", verified: true },
];
