import { MapCountriesInputSchema, MapCountriesOutputSchema, mapCountries } from "@vigil/db";
import { readerProcedure, router } from "../trpc.ts";

/** The world map: every country's situation in a window. */
export const mapRouter = router({
  /** Every country's score, level, trend, spike flag, evidence count and per-factor scores. */
  countries: readerProcedure
    .input(MapCountriesInputSchema)
    .output(MapCountriesOutputSchema)
    .query(({ ctx, input }) => mapCountries(ctx.db, { ...input, asOf: input.asOf ?? ctx.now() })),
});
