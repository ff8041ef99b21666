import { z } from "zod";
import { msg } from "@/lib/admin-i18n/codes";
import { PasswordSchema } from "@/lib/users/password";
import { ROLES } from "@/lib/users/roles";

export { ROLES };

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: msg("validation.emailTooLong") })
  .pipe(z.email({ error: msg("validation.email") }));

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: z
    .string()
    .trim()
    .max(120, { error: msg("validation.nameTooLong") })
    .default(""),
  password: PasswordSchema,
  role: z.enum(ROLES, { error: msg("validation.role") }),
});
export type CreateUserInput = z.input<typeof CreateUserSchema>;

export const RoleSchema = z.enum(ROLES, { error: msg("validation.role") });
export type RoleValue = z.infer<typeof RoleSchema>;

const UserIdSchema = z.uuid({ error: msg("validation.unknown") });

export const InviteUserSchema = z.object({ email: EmailSchema, role: RoleSchema });
export type InviteUserInput = z.infer<typeof InviteUserSchema>;

export const ChangeRoleSchema = z.object({ userId: UserIdSchema, role: RoleSchema });
export type ChangeRoleInput = z.infer<typeof ChangeRoleSchema>;

export const UserTargetSchema = z.object({ userId: UserIdSchema });
export type UserTargetInput = z.infer<typeof UserTargetSchema>;

export const InvitationTargetSchema = z.object({
  invitationId: z.uuid({ error: msg("validation.unknown") }),
});
const TokenFieldSchema = z.string().max(200);
/** Typed again to catch slips; checked after the new password itself is valid. */
const ConfirmSchema = z.string().max(1024);
const MISMATCH = { error: msg("validation.passwordMismatch"), path: ["confirmPassword"] };

export const AcceptInviteSchema = z
  .object({
    token: TokenFieldSchema,
    name: z
      .string()
      .trim()
      .min(1, { error: msg("validation.nameRequired") })
      .max(120, { error: msg("validation.nameTooLong") }),
    password: PasswordSchema,
    confirmPassword: ConfirmSchema,
  })
  .refine((value) => value.password === value.confirmPassword, MISMATCH);
export type AcceptInviteInput = z.infer<typeof AcceptInviteSchema>;

export const ResetPasswordSchema = z
  .object({ token: TokenFieldSchema, password: PasswordSchema, confirmPassword: ConfirmSchema })
  .refine((value) => value.password === value.confirmPassword, MISMATCH);
export type ResetPasswordInput = z.infer<typeof ResetPasswordSchema>;

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, { error: msg("validation.currentRequired") })
      .max(1024, { error: msg("validation.currentWrong") }),
    newPassword: PasswordSchema,
    confirmPassword: ConfirmSchema,
  })
  .refine((value) => value.newPassword === value.confirmPassword, MISMATCH);
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;
