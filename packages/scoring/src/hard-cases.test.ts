import { describe, expect, it } from "vitest";
import { getDefaultScorer } from "./default-scorer.ts";

// The hard cases of place resolution, on the shipped gazetteer and lexicons.
const scorer = getDefaultScorer();
const countries = (text: string, title?: string) =>
  scorer.scoreText({ text, title }).countries.map((hit) => hit.iso2);
const top = (text: string) => countries(text)[0];

describe("hard cases of country detection", () => {
  it.each([
    ["Niger: soldiers killed near the border with Mali", "NE"],
    ["Nigeria: gunmen abduct students in Kaduna", "NG"],
    ["Nigerien troops patrol Tillaberi", "NE"],
    ["Nigerian army says it freed hostages", "NG"],
    ["Militants attack oil facilities in the Niger Delta", "NG"],
    ["Sudan: paramilitary forces shell El Fasher", "SD"],
    ["South Sudan: clashes in Jonglei displace thousands", "SS"],
    ["Guinea junta sets election date", "GN"],
    ["Guinea-Bissau coup attempt foiled", "GW"],
    ["Equatorial Guinea jails opposition leaders", "GQ"],
    ["Papua New Guinea tribal violence kills dozens", "PG"],
    ["DR Congo: M23 rebels advance on Goma", "CD"],
    ["Democratic Republic of the Congo declares state of emergency", "CD"],
    ["Republic of the Congo holds presidential vote", "CG"],
    ["Protests in Brazzaville after disputed vote", "CG"],
    ["Hurricane hits Dominica, killing several", "DM"],
    ["Dominican Republic deports Haitians", "DO"],
    ["Georgia: police disperse protesters in Tbilisi", "GE"],
    ["Turkey detains journalists after protests", "TR"],
    ["Türkiye says it struck militants in northern Iraq", "IQ"],
    ["Côte d'Ivoire: tension ahead of the vote", "CI"],
    ["Ivory Coast opposition boycotts election", "CI"],
    ["Myanmar military bombs village in Sagaing", "MM"],
    ["Burma junta extends emergency rule", "MM"],
    ["Eswatini pro-democracy activists arrested", "SZ"],
    ["Swaziland king dissolves parliament", "SZ"],
    ["Timor-Leste marks independence anniversary", "TL"],
    ["East Timor votes in parliamentary election", "TL"],
    ["North Macedonia: ethnic tensions flare", "MK"],
    ["Airstrikes hit Gaza overnight", "PS"],
    ["Settlers attack villages in the West Bank", "PS"],
  ])("%s → %s", (text, iso2) => {
    expect(top(text)).toBe(iso2);
  });

  it("keeps Niger and Nigeria apart in one text", () => {
    expect(countries("Niger and Nigeria close their border").sort()).toEqual(["NE", "NG"]);
  });

  it("reads Georgia the US state as the United States", () => {
    expect(top("Shooting at a school in Atlanta, Georgia leaves two dead")).toBe("US");
    expect(countries("Georgia governor signs new voting law in Atlanta")).not.toContain("GE");
  });

  it("reads Jordan and Chad as people's names when they are", () => {
    expect(countries("Michael Jordan opens a new restaurant")).not.toContain("JO");
    expect(countries("Chad Smith said the album was finished")).not.toContain("TD");
    expect(top("Refugees cross into Jordan from Syria's south")).toBe("JO");
    expect(countries("Chad: rebels advance towards N'Djamena")).toContain("TD");
    expect(countries("Jordan's King Abdullah meets Egyptian president")).toContain("JO");
  });

  it("does not read the bird or the meal as Turkey", () => {
    expect(countries("Roast turkey recipes for the holidays")).toEqual([]);
  });

  it("lets Washington and Paris stand for governments in other countries' news", () => {
    expect(top("Washington imposes new sanctions on Venezuela")).toBe("VE");
    expect(top("Paris recalls its ambassador from Mali")).toBe("ML");
    expect(top("Riots in Paris after police shooting")).toBe("FR");
  });

  it("finds countries through cities, regions, demonyms and actors", () => {
    expect(top("Gunmen kill 12 villagers in Borno state")).toBe("NG");
    expect(top("Shelling in Kharkiv leaves residents without power")).toBe("UA");
    expect(top("Taliban fighters seize district centre")).toBe("AF");
    expect(top("Al-Shabaab claims attack on army base")).toBe("SO");
    expect(top("Rohingya refugees describe killings")).toBe("MM");
  });

  it("handles French and Spanish names", () => {
    expect(top("Massacre au Soudan du Sud : des dizaines de morts")).toBe("SS");
    expect(top("Enfrentamientos en Colombia dejan cinco muertos")).toBe("CO");
    expect(top("Attaque à Bamako : l'armée malienne riposte")).toBe("ML");
  });
});
