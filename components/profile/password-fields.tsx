import { Field, TextInput } from "@/components/ui/field";
import type { Translate } from "@/lib/i18n/translate";

/** The new password twice, with the rule stated above them (the same rule the action checks). */
export function NewPasswordFields({ t, errors, passwordLabel, confirmLabel }: { t: Translate; errors: Record<string, string>; passwordLabel: string; confirmLabel: string }) {
  return (
    <>
      <p id="password-rule" className="text-xs text-slate-600">{t("users.password.rule")}</p>
      <Field label={passwordLabel} name="password" error={errors.password}>
        <TextInput name="password" type="password" autoComplete="new-password" required aria-describedby="password-rule" error={errors.password} />
      </Field>
      <Field label={confirmLabel} name="confirm" error={errors.confirm}>
        <TextInput name="confirm" type="password" autoComplete="new-password" required error={errors.confirm} />
      </Field>
    </>
  );
}
