import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordWeakness } from "@/lib/auth/password";
import { optionalCountryCode, recordId, requiredText } from "@/lib/validation/fields";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
  .max(MAX_PASSWORD_LENGTH, { error: "validation.tooLong" });

export const roleSchema = z.enum(Role, { error: "validation.unknownOption" });

/** Refuses, on `field`, a password that is common or made of the person's own names (lib/auth/password.ts). */
function refuseWeak(field: string, password: string | undefined, person: { email?: string; name?: string }, ctx: z.RefinementCtx) {
  const weakness = password ? passwordWeakness(password, person) : null;
  if (weakness) ctx.addIssue({ code: "custom", path: [field], message: weakness === "common" ? "validation.passwordCommon" : "validation.passwordPersonal" });
}

/**
 * A new account. The organisation is required, the country where the organisation has one
 * (a ministry confirms ventures for it). The password may be left empty: one is generated
 * and shown once. Either way the person chooses their own at first sign-in.
 */
export const newUserSchema = z
  .object({
    email: emailSchema,
    name: requiredText(120),
    organisation: requiredText(200),
    countryCode: optionalCountryCode,
    role: roleSchema,
    password: z
      .string()
      .optional()
      .transform((value) => value || undefined)
      .pipe(passwordSchema.optional()),
  })
  .superRefine((user, ctx) => refuseWeak("password", user.password, user, ctx));

/** The administrator's edit of an account: role, organisation and country. */
export const userProfileSchema = z.object({ id: recordId, role: roleSchema, organisation: requiredText(200), countryCode: optionalCountryCode });
export const userDisabledSchema = z.object({ id: recordId, disabled: z.boolean() });
export const userIdSchema = z.object({ id: recordId });

/** A new password typed twice; `person` names the account, for the check against its own names. */
const newPasswordFields = { newPassword: passwordSchema, repeatPassword: z.string({ error: "validation.required" }) };
function newPasswordChecks(value: { newPassword: string; repeatPassword: string }, person: { email?: string; name?: string }, ctx: z.RefinementCtx) {
  if (value.newPassword !== value.repeatPassword) ctx.addIssue({ code: "custom", path: ["repeatPassword"], message: "validation.passwordMismatch" });
  refuseWeak("newPassword", value.newPassword, person, ctx);
}

export function changePasswordSchema(person: { email: string; name: string }) {
  return z
    .object({
      currentPassword: z.string({ error: "validation.required" }).min(1, { error: "validation.required" }).max(MAX_PASSWORD_LENGTH),
      ...newPasswordFields,
    })
    .superRefine((value, ctx) => newPasswordChecks(value, person, ctx));
}

export function resetPasswordSchema(person: { email: string; name: string }) {
  return z.object(newPasswordFields).superRefine((value, ctx) => newPasswordChecks(value, person, ctx));
}

/** A six-digit code from the authenticator app (spaces allowed, as apps show "123 456"). */
export const totpCodeSchema = z.object({
  code: z
    .string({ error: "validation.required" })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { error: "validation.totpCode" })),
});
