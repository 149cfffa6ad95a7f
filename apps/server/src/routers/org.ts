import {
  createOrganisation,
  listOrganisations,
  OrganisationNameSchema,
  OrganisationSchema,
  recordAudit,
} from "@vigil/db";
import { z } from "zod";
import { actorOf, adminProcedure, router } from "../trpc.ts";

/** Member organisations: each has its own alert source, so its reports corroborate others'. */
export const orgRouter = router({
  /** Adds an organisation. */
  add: adminProcedure
    .input(z.object({ name: OrganisationNameSchema }))
    .output(OrganisationSchema)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const organisation = await createOrganisation(ctx.db, { name: input.name, now });
      await recordAudit(ctx.db, [
        {
          at: now,
          actor: actorOf(ctx),
          action: "org.add",
          detail: { id: organisation.id, name: organisation.name },
        },
      ]);
      return organisation;
    }),
  /** Every organisation, by name. */
  list: adminProcedure.output(z.array(OrganisationSchema)).query(({ ctx }) => listOrganisations(ctx.db)),
});
