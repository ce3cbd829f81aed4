"use client";

import { useId, type FormEvent } from "react";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import type { MessageKey } from "@/lib/i18n/translate";
import type { TContactInput } from "@/lib/contacts/schemas";
import { ActionError, unchecked, useActionRunner } from "@/components/ui/use-action-runner";

export type ContactValues = Partial<Record<keyof TContactInput, string | number | null>>;

const TEXT_FIELDS = ["name", "title", "department", "email", "phone"] as const;
const NEEDS_FIELDS = ["explicitNeeds", "implicitNeeds"] as const;

/** Add or edit one contact inline; the action checks the input with its schema and answers field errors. */
export function ContactForm({ accountId, contactId, initial = {}, onDone }: { accountId: string; contactId?: string; initial?: ContactValues; onDone: () => void }) {
  const { t } = useI18n();
  const prefix = `c${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const runner = useActionRunner();
  const errors = runner.fieldErrors;

  const options = <T extends string>(values: Record<string, T>, labelOf: (value: T) => MessageKey) =>
    Object.values(values).map((value) => ({ value, label: t(labelOf(value)) }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const raw = Object.fromEntries([...form.entries()].map(([key, value]) => [key.replace(`${prefix}-`, ""), value]));
    runner.run(
      () => (contactId ? updateContactAction(unchecked({ accountId, contactId, contact: raw })) : createContactAction(unchecked({ accountId, contact: raw }))),
      onDone,
      { fieldsOnly: true },
    );
  }

  const value = (key: keyof TContactInput) => (initial[key] == null ? "" : String(initial[key]));
  const name = (key: string) => `${prefix}-${key}`;
  const label = (key: keyof TContactInput) => t(`accountPage.contacts.field.${key}`);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={contactId ? t("accountPage.contacts.editTitle", { name: value("name") }) : t("accountPage.contacts.addTitle")}>
      <ActionError message={runner.error} />
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {TEXT_FIELDS.map((key) => (
          <Field key={key} label={label(key)} name={name(key)} error={errors[key]}>
            <TextInput name={name(key)} defaultValue={value(key)} type={key === "email" ? "email" : "text"} error={errors[key]} required={key === "name"} />
          </Field>
        ))}
        <Field label={label("level")} name={name("level")} error={errors.level}>
          <Select name={name("level")} defaultValue={value("level")} error={errors.level} placeholder="" options={options(ContactLevel, (v) => `domain.level.${v}`)} />
        </Field>
        <Field label={label("function")} name={name("function")} error={errors.function}>
          <Select name={name("function")} defaultValue={value("function")} error={errors.function} placeholder="" options={options(ContactFunction, (v) => `domain.function.${v}`)} />
        </Field>
        <Field label={label("buyingRole")} name={name("buyingRole")} error={errors.buyingRole}>
          <Select name={name("buyingRole")} defaultValue={value("buyingRole")} error={errors.buyingRole} placeholder={t("accountPage.common.notSet")} options={options(BuyingRole, (v) => `domain.buyingRole.${v}`)} />
        </Field>
        <Field label={label("personalityType")} name={name("personalityType")} error={errors.personalityType}>
          <Select name={name("personalityType")} defaultValue={value("personalityType")} error={errors.personalityType} placeholder={t("accountPage.common.notSet")} options={options(PersonalityType, (v) => `domain.personality.${v}`)} />
        </Field>
        <Field label={label("attitude")} name={name("attitude")} error={errors.attitude}>
          <Select name={name("attitude")} defaultValue={value("attitude") || "NEUTRAL"} error={errors.attitude} options={options(Attitude, (v) => `domain.attitude.${v}`)} />
        </Field>
        <Field label={label("relationshipStrength")} name={name("relationshipStrength")} error={errors.relationshipStrength}>
          <Select name={name("relationshipStrength")} defaultValue={value("relationshipStrength") || "3"} error={errors.relationshipStrength} options={["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }))} />
        </Field>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        {NEEDS_FIELDS.map((key) => (
          <Field key={key} label={label(key)} name={name(key)} error={errors[key]}>
            <TextArea name={name(key)} defaultValue={value(key)} rows={2} error={errors[key]} />
          </Field>
        ))}
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={runner.pending}>{runner.pending ? t("accountPage.common.saving") : t("accountPage.common.save")}</Button>
        <Button variant="secondary" onClick={onDone} disabled={runner.pending}>{t("accountPage.common.cancel")}</Button>
      </div>
    </form>
  );
}
