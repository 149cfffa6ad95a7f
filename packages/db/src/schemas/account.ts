import { z } from "zod";

/** The roles, least to most trusted. */
export const RoleSchema = z.enum(["member", "coordinator", "analyst", "admin"], {
  error: "a role: member, coordinator, analyst or admin",
});

/** Shortest password accepted: long passphrases beat complexity rules (NIST SP 800-63B). */
export const PASSWORD_MIN_LENGTH = 12;

/** An email address, compared in lower case. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "An email address has at most 254 characters")
  .pipe(z.email({ error: "Give a valid email address" }));

/** A new password. */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `A password needs at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(256, "A password can be at most 256 characters");

/** An organisation's name. */
export const OrganisationNameSchema = z
  .string()
  .trim()
  .min(2, "An organisation's name needs at least 2 characters")
  .max(120, "An organisation's name can be at most 120 characters");

// Members and coordinators act for an organisation; analysts and admins may belong to one or not.
const needsOrganisation = (role: string, organisation: unknown) =>
  !(role === "member" || role === "coordinator") || (organisation !== undefined && organisation !== null);

/** `user.add` input (and `vigil user add`): the organisation by name. */
export const UserAddSchema = z
  .object({
    email: EmailSchema,
    name: z.string().trim().min(1).max(120).optional(),
    role: RoleSchema,
    organisation: OrganisationNameSchema.optional(),
  })
  .refine((user) => needsOrganisation(user.role, user.organisation), {
    message: "Members and coordinators belong to an organisation: give one",
    path: ["organisation"],
  });
export type UserAddInput = z.input<typeof UserAddSchema>;

/** `user.update` input: any of role, organisation, name, disabled, review-all permission. */
export const UserUpdateSchema = z.object({
  id: z.number().int().positive(),
  name: z.string().trim().min(1).max(120).optional(),
  role: RoleSchema.optional(),
  organisation: OrganisationNameSchema.nullable().optional(),
  isDisabled: z.boolean().optional(),
  /** Lets a coordinator review every organisation's alerts (their reporters stay hidden from them). */
  canReviewAllOrgs: z.boolean().optional(),
});
export type UserUpdateInput = z.input<typeof UserUpdateSchema>;

/** A user as the API shows them; never the password hash. */
export const UserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  organisation: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  canReviewAllOrgs: z.boolean(),
  mustChangePassword: z.boolean(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
});
export type User = z.infer<typeof UserSchema>;

/** An organisation. */
export const OrganisationSchema = z.object({ id: z.number().int(), name: z.string(), createdAt: z.string() });
export type Organisation = z.infer<typeof OrganisationSchema>;

/** `auth.login` input. */
export const LoginSchema = z.object({
  email: EmailSchema,
  password: z.string().min(1, "Give your password").max(256),
});

/** `auth.changePassword` input. */
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1, "Give your current password").max(256),
  newPassword: PasswordSchema,
});

/** `apikey.create` input. */
export const ApiKeyCreateSchema = z.object({
  organisation: OrganisationNameSchema,
  label: z.string().trim().min(1, "Label the key (e.g. 'SMS gateway')").max(100),
});

/** An API key as listed: never the key or its hash. */
export const ApiKeySchema = z.object({
  id: z.number().int(),
  organisation: z.object({ id: z.number().int(), name: z.string() }),
  label: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;
