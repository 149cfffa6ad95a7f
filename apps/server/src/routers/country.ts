import { CountryDetailInputSchema, CountryDetailSchema, countryDetail } from "@vigil/db";
import { readerProcedure, router } from "../trpc.ts";

/** One country's page. */
export const countryRouter = router({
  /** Factor breakdown, daily series per factor, top evidence with matched terms and links, and "why this score". */
  detail: readerProcedure
    .input(CountryDetailInputSchema)
    .output(CountryDetailSchema)
    .query(({ ctx, input }) =>
      countryDetail(ctx.db, { ...input, asOf: input.asOf ?? ctx.now(), viewer: ctx.viewer }),
    ),
});
