import { TextField } from "@/components/admin/form-field";

/**
 * A new password typed twice, for the invitation, reset and change-password forms: the same
 * autocomplete hints (so password managers offer a strong one) and error placement in all three.
 */
export function NewPasswordFields({
  name,
  label,
  confirmLabel,
  hint,
  errors,
}: {
  /** The field the schema names ("password" or "newPassword"). */
  name: string;
  label: string;
  confirmLabel: string;
  hint: string;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <TextField
        id={name}
        name={name}
        type="password"
        label={label}
        hint={hint}
        autoComplete="new-password"
        required
        error={errors[name]?.[0]}
      />
      <TextField
        id="confirmPassword"
        name="confirmPassword"
        type="password"
        label={confirmLabel}
        autoComplete="new-password"
        required
        error={errors.confirmPassword?.[0]}
      />
    </>
  );
}
