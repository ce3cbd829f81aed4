"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, TextArea } from "@/components/ui/field";
import type { BoardCard } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { UNCOUPLING_REASON_INFO, uncouplingReasonsOfKind, type UncouplingReason, type UncouplingReasonKind } from "@/lib/stages";
import { NOTE_MAX } from "@/lib/board/limits";
import { ModalDialog } from "@/components/ui/modal-dialog";

const GROUPS: { kind: UncouplingReasonKind; label: "board.uncoupling.internal" | "board.uncoupling.external" }[] = [
  { kind: "INTERNAL", label: "board.uncoupling.internal" },
  { kind: "EXTERNAL", label: "board.uncoupling.external" },
];

/** Moving to uncoupling asks for at least one reason, grouped internal/external, and a note. */
export function UncouplingDialog({
  card,
  onConfirm,
  onCancel,
}: {
  card: BoardCard;
  /** Moves the card; answers the field errors of a refused input (the dialog then stays open), else null. */
  onConfirm: (reasons: UncouplingReason[], note: string) => Promise<Record<string, string> | null>;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const [reasons, setReasons] = useState<UncouplingReason[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const note = String(new FormData(event.currentTarget).get("note") ?? "");
    // The move action checks the reasons and the note (with the schema the API shares) and answers field errors.
    setPending(true);
    void onConfirm(reasons, note).then((fields) => {
      setPending(false);
      if (fields) setErrors(fields);
    });
  }

  const toggle = (reason: UncouplingReason, checked: boolean) =>
    setReasons((current) => (checked ? [...current, reason] : current.filter((r) => r !== reason)));

  return (
    <ModalDialog title={t("board.uncoupling.title", { name: card.name })} onClose={onCancel}>
      <form onSubmit={submit} noValidate className="mt-2 space-y-4">
        <p className="text-sm text-slate-600">{t("board.uncoupling.intro")}</p>
        <fieldset aria-describedby={errors.reasons ? "reasons-error" : undefined}>
          <legend className="text-sm font-medium text-slate-700">{t("board.uncoupling.reasons")}</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {GROUPS.map((group) => (
              <fieldset key={group.kind}>
                <legend className="text-xs font-semibold uppercase tracking-wide text-slate-500">{t(group.label)}</legend>
                {uncouplingReasonsOfKind(group.kind).map((reason) => (
                  <label key={reason} className="mt-1 flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="mt-0.5"
                      checked={reasons.includes(reason)}
                      onChange={(event) => toggle(reason, event.target.checked)}
                    />
                    {UNCOUPLING_REASON_INFO[reason].label[locale]}
                  </label>
                ))}
              </fieldset>
            ))}
          </div>
          {errors.reasons && (
            <p id="reasons-error" className="mt-1 text-xs text-red-600">
              {errors.reasons}
            </p>
          )}
        </fieldset>
        <Field label={t("board.uncoupling.note")} name="note" error={errors.note} hint={t("board.uncoupling.noteHint")}>
          <TextArea name="note" maxLength={NOTE_MAX} error={errors.note} />
        </Field>
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onCancel}>
            {t("board.uncoupling.cancel")}
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {t("board.uncoupling.confirm")}
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
