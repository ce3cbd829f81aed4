"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type ReactNode } from "react";
import { createAccountAction, updateAccountAction } from "@/lib/accounts/actions";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { unchecked } from "@/components/ui/use-action-runner";
import { CompanySize, CreditRating, LifecyclePhase, SalesScenario } from "@/lib/generated/prisma/enums";
import { useI18n } from "@/lib/i18n/client";
import { CURRENCY } from "@/lib/i18n/format";
import { DuplicateCandidates } from "@/components/duplicates/duplicate-candidates";
import type { DuplicateCandidate } from "@/lib/duplicates/queries";
import { ParentPicker, type ParentChoice } from "./parent-picker";
import { PersonPicker } from "@/components/ui/person-picker";

export type AccountFormValues = Record<
  "name" | "localName" | "industry" | "region" | "country" | "size" | "annualRevenue" | "creditRating" | "lifecyclePhase" | "salesScenario" | "strategy" | "products" | "operatingStatus" | "growthBottleneck" | "ownerId",
  string
>;

type Props = {
  values: AccountFormValues;
  parent: ParentChoice | null;
  /** Set when editing: the account and the version the user saw (optimistic locking). */
  account?: { id: string; version: number };
  /** Directors and admins choose the owner of a new account, starting from this person; null hides the choice. */
  owner: { id: string; name: string } | null;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-sm font-semibold text-slate-700">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/** Create or edit an account; the action checks the input (ZAccountInput) and answers the fields to correct. */
export function AccountForm({ values, parent, account, owner }: Props) {
  const { t } = useI18n();
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Existing accounts of the same or a similar name, answered by the create action; "Create anyway" resubmits confirmed.
  const [duplicates, setDuplicates] = useState<DuplicateCandidate[] | null>(null);
  const confirmDuplicates = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const raw = Object.fromEntries(new FormData(event.currentTarget));
    setPending(true);
    const result = account
      ? await updateAccountAction(unchecked({ ...raw, id: account.id, version: account.version }))
      : await createAccountAction(unchecked({ ...raw, confirmDuplicates: confirmDuplicates.current }));
    confirmDuplicates.current = false;
    if (result.ok && "duplicates" in result.data && result.data.duplicates) {
      setErrors({});
      setFormError(null);
      setDuplicates(result.data.duplicates);
      setPending(false);
      return;
    }
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setFormError(result.error);
      setPending(false);
      return;
    }
    router.push(`/accounts/${result.data.id}`);
    router.refresh();
  }

  const label = (key: Parameters<typeof t>[0]) => t(key);
  const enumOptions = (values: Record<string, string>, prefix: "size" | "lifecycle" | "scenario") =>
    Object.values(values).map((v) => ({ value: v, label: t(`domain.${prefix}.${v}` as Parameters<typeof t>[0]) }));
  const text = (name: keyof AccountFormValues, key: Parameters<typeof t>[0], required = false) => (
    <Field label={label(key)} name={name} error={errors[name]}>
      <TextInput name={name} defaultValue={values[name]} error={errors[name]} required={required} />
    </Field>
  );

  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={() => setDuplicates(null)} noValidate className="space-y-5">
      {formError && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {formError}
        </p>
      )}
      <Section title={t("accounts.form.company")}>
        {text("name", "accounts.form.name", true)}
        <Field label={t("shell.fields.localName")} name="localName" error={errors.localName} hint={t("shell.fields.localNameHint")}>
          <TextInput name="localName" defaultValue={values.localName} error={errors.localName} />
        </Field>
        {text("industry", "accounts.form.industry", true)}
        {text("region", "accounts.form.region", true)}
        {text("country", "accounts.form.country", true)}
        <Field label={t("accounts.form.size")} name="size" error={errors.size}>
          <Select name="size" defaultValue={values.size} error={errors.size} placeholder={t("accounts.form.choose")} options={enumOptions(CompanySize, "size")} />
        </Field>
        <Field label={t("accounts.form.annualRevenue")} name="annualRevenue" error={errors.annualRevenue} hint={t("accounts.form.annualRevenueHint", { currency: CURRENCY })}>
          <TextInput name="annualRevenue" inputMode="decimal" defaultValue={values.annualRevenue} error={errors.annualRevenue} />
        </Field>
        <Field label={t("accounts.form.parent")} name="parentSearch" error={errors.parentId} hint={t("accounts.form.parentHint")}>
          <ParentPicker initial={parent} excludeId={account?.id} error={errors.parentId} />
        </Field>
        {owner && (
          <Field label={t("accounts.form.owner")} name="ownerId" error={errors.ownerId} hint={t("accounts.form.ownerHint")}>
            <PersonPicker id="ownerId" name="ownerId" among="active" initial={{ value: owner.id, label: owner.name }} required invalid={!!errors.ownerId} describedBy={errors.ownerId ? "ownerId-error" : undefined} />
          </Field>
        )}
      </Section>
      <Section title={t("accounts.form.classification")}>
        <Field label={t("accounts.form.creditRating")} name="creditRating" error={errors.creditRating}>
          <Select name="creditRating" defaultValue={values.creditRating} error={errors.creditRating} placeholder={t("accounts.form.none")} options={Object.values(CreditRating).map((v) => ({ value: v, label: v }))} />
        </Field>
        <Field label={t("accounts.form.lifecyclePhase")} name="lifecyclePhase" error={errors.lifecyclePhase}>
          <Select name="lifecyclePhase" defaultValue={values.lifecyclePhase} error={errors.lifecyclePhase} options={enumOptions(LifecyclePhase, "lifecycle")} />
        </Field>
        <Field label={t("accounts.form.salesScenario")} name="salesScenario" error={errors.salesScenario}>
          <Select name="salesScenario" defaultValue={values.salesScenario} error={errors.salesScenario} placeholder={t("accounts.form.none")} options={enumOptions(SalesScenario, "scenario")} />
        </Field>
      </Section>
      <Section title={t("accounts.form.profile")}>
        {(["strategy", "products", "operatingStatus", "growthBottleneck"] as const).map((name) => (
          <Field key={name} label={t(`accounts.form.${name}`)} name={name} error={errors[name]}>
            <TextArea name={name} defaultValue={values[name]} error={errors[name]} />
          </Field>
        ))}
      </Section>
      {duplicates && (
        <DuplicateCandidates
          candidates={duplicates}
          pending={pending}
          onDismiss={() => setDuplicates(null)}
          onConfirm={() => {
            confirmDuplicates.current = true;
            formRef.current?.requestSubmit();
          }}
        />
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("accounts.form.saving") : account ? t("accounts.form.save") : t("accounts.form.create")}
        </Button>
        <Link href={account ? `/accounts/${account.id}` : "/accounts"} className={buttonClass("ghost")}>
          {t("accounts.form.cancel")}
        </Link>
      </div>
    </form>
  );
}
