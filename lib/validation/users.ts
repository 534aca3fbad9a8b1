import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { optionalText, recordId, requiredText } from "@/lib/validation/fields";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

export const passwordSchema = z
  .string({ error: "validation.required" })
  .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
  .max(200, { error: "validation.tooLong" });

export const roleSchema = z.enum(Role, { error: "validation.unknownOption" });

export const newUserSchema = z.object({
  email: emailSchema,
  name: requiredText(120),
  organisation: optionalText(200),
  role: roleSchema,
  password: passwordSchema,
});

export const userRoleSchema = z.object({ id: recordId, role: roleSchema });
export const userDisabledSchema = z.object({ id: recordId, disabled: z.boolean() });
