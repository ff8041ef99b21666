import { z } from "zod";
import { PasswordSchema } from "@/lib/users/password";
import { ROLES } from "@/lib/users/roles";

export { ROLES };

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: "Email addresses are at most 254 characters." })
  .pipe(z.email({ error: "Enter an email address such as name@example.org." }));

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().max(120, { error: "Names are at most 120 characters." }).default(""),
  password: PasswordSchema,
  role: z.enum(ROLES, { error: "Role must be admin, editor or contributor." }),
});
export type CreateUserInput = z.input<typeof CreateUserSchema>;

export const RoleSchema = z.enum(ROLES, { error: "Choose admin, editor or contributor." });
export type RoleValue = z.infer<typeof RoleSchema>;

const UserIdSchema = z.uuid({ error: "Unknown account." });

export const InviteUserSchema = z.object({ email: EmailSchema, role: RoleSchema });
export type InviteUserInput = z.infer<typeof InviteUserSchema>;

export const ChangeRoleSchema = z.object({ userId: UserIdSchema, role: RoleSchema });
export type ChangeRoleInput = z.infer<typeof ChangeRoleSchema>;

export const UserTargetSchema = z.object({ userId: UserIdSchema });
export type UserTargetInput = z.infer<typeof UserTargetSchema>;

const TokenFieldSchema = z.string().max(200);
/** Typed again to catch slips; checked after the new password itself is valid. */
const ConfirmSchema = z.string().max(1024);
const MISMATCH = { error: "The passwords do not match.", path: ["confirmPassword"] };

export const AcceptInviteSchema = z
  .object({
    token: TokenFieldSchema,
    name: z
      .string()
      .trim()
      .min(1, { error: "Enter your name." })
      .max(120, { error: "Names are at most 120 characters." }),
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
      .min(1, { error: "Enter your current password." })
      .max(1024, { error: "This is not your current password." }),
    newPassword: PasswordSchema,
    confirmPassword: ConfirmSchema,
  })
  .refine((value) => value.newPassword === value.confirmPassword, MISMATCH);
export type ChangePasswordInput = z.infer<typeof ChangePasswordSchema>;
