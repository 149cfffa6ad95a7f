import { describe, expect, it } from "vitest";
import { parseFeedDate } from "./feed-dates.ts";

describe("parseFeedDate", () => {
  it.each([
    ["Mon, 16 Oct 2017 15:10:00 +0000", "2017-10-16T15:10:00.000Z"],
    ["Wed, 8 Jun 2005 19:00:00 GMT", "2005-06-08T19:00:00.000Z"],
    ["Tue, 17 Oct 2017 12:17:00 EDT", "2017-10-17T16:17:00.000Z"],
    ["Tue, 17 Oct 2017 12:17:00 CEST", "2017-10-17T10:17:00.000Z"],
    ["17 Oct 2017 12:17:00", "2017-10-17T12:17:00.000Z"],
    ["Seg, 24 Set 2018 19:42:40 -0300", "2018-09-24T22:42:40.000Z"],
    ["Mi, 05 Okt 2016 08:00:00 +0200", "2016-10-05T06:00:00.000Z"],
    ["ven., 03 juil. 2020 10:00:00 +0200", "2020-07-03T08:00:00.000Z"],
    ["2014-07-21T21:14:39+02:00", "2014-07-21T19:14:39.000Z"],
    ["2014-07-21T21:14:39.5+0200", "2014-07-21T19:14:39.500Z"],
    ["2014-07-21 21:14:39", "2014-07-21T21:14:39.000Z"],
    ["2014-07-21", "2014-07-21T00:00:00.000Z"],
    ["1518478934", "2018-02-12T23:42:14.000Z"],
    ["1518478934000", "2018-02-12T23:42:14.000Z"],
  ])("parses %s", (input, expected) => {
    expect(parseFeedDate(input)).toBe(expected);
  });

  it("parses unix timestamps given as numbers", () => {
    expect(parseFeedDate(1518478934)).toBe("2018-02-12T23:42:14.000Z");
  });

  it.each([
    "",
    "   ",
    "not a date",
    "Item 0 with an invalid date",
    "2017-13-45T99:00:00Z",
    "0001-01-01T00:00:00Z",
    "Mon, 32 Foo 2017 25:61:00",
  ])("gives null for %j, never throws", (input) => {
    expect(parseFeedDate(input)).toBeNull();
  });

  it("gives null for non-string values", () => {
    expect(parseFeedDate(undefined)).toBeNull();
    expect(parseFeedDate({ _: "2017-01-01" })).toBeNull();
    expect(parseFeedDate(Number.NaN)).toBeNull();
  });
});
