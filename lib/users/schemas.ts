import { z } from "zod";
import { PasswordSchema } from "@/lib/users/password";

export const ROLES = ["ADMIN", "EDITOR", "CONTRIBUTOR"] as const;

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
