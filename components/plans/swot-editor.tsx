"use client";

import { useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { addSwotLineAction, moveSwotLineAction, removeSwotLineAction, updateSwotLineAction } from "@/lib/plans/actions";
import { SWOT_LISTS, type SwotList } from "@/lib/plans/swot";

export type SwotData = Record<SwotList, string[]>;

const TONE: Record<SwotList, string> = {
  strengths: "border-green-200 bg-green-50/50",
  weaknesses: "border-amber-200 bg-amber-50/50",
  opportunities: "border-brand-100 bg-brand-50/50",
  threats: "border-red-200 bg-red-50/50",
};

/** The plan's SWOT: four lists edited in place (add, edit, remove, reorder with buttons or Alt + arrow keys). */
export function SwotEditor({ accountId, planId, swot, canEdit }: { accountId: string; planId: string; swot: SwotData; canEdit: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby={`swot-${planId}`} className="mt-4" data-testid="swot">
      <h4 id={`swot-${planId}`} className="text-sm font-medium text-slate-700">{t("planDocument.swot.title")}</h4>
      {canEdit && <p className="text-xs text-slate-500">{t("planDocument.swot.keyboardHint")}</p>}
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        {SWOT_LISTS.map((list) => (
          <SwotList key={list} accountId={accountId} planId={planId} list={list} lines={swot[list]} canEdit={canEdit} />
        ))}
      </div>
    </section>
  );
}

function SwotList({ accountId, planId, list, lines, canEdit }: { accountId: string; planId: string; list: SwotList; lines: string[]; canEdit: boolean }) {
  const { t } = useI18n();
  const runner = useActionRunner();
  const [draft, setDraft] = useState("");
  const [announce, setAnnounce] = useState("");
  const listRef = useRef<HTMLUListElement>(null);
  const name = t(`planDocument.swot.${list}`);

  function add(event: FormEvent) {
    event.preventDefault();
    if (!draft.trim()) return;
    runner.run(() => addSwotLineAction({ accountId, planId, list, text: draft }), () => setDraft(""));
  }

  function move(index: number, direction: -1 | 1) {
    const target = index + direction;
    if (target < 0 || target >= lines.length) return;
    runner.run(() => moveSwotLineAction({ accountId, planId, list, index, expected: lines[index], direction }), () => {
      setAnnounce(t("planDocument.swot.moved", { n: target + 1 }));
      // Keep the focus on the moved line at its new place.
      requestAnimationFrame(() => listRef.current?.querySelectorAll<HTMLElement>("[data-line]")[target]?.focus());
    });
  }

  return (
    <div className={`rounded-md border p-3 ${TONE[list]}`} data-testid={`swot-${list}`}>
      <h5 className="text-sm font-semibold text-slate-900">{name}</h5>
      <ActionError message={runner.error} />
      <p aria-live="polite" className="sr-only">{announce}</p>
      {lines.length === 0 ? (
        <p className="mt-1 text-xs text-slate-500">{t("planDocument.swot.empty")}</p>
      ) : (
        <ul ref={listRef} className="mt-1 space-y-1">
          {lines.map((line, index) => (
            <SwotLine
              key={`${index}-${line}`}
              accountId={accountId} planId={planId} list={list} name={name} index={index} line={line} last={index === lines.length - 1}
              canEdit={canEdit} pending={runner.pending} onMove={(direction) => move(index, direction)}
            />
          ))}
        </ul>
      )}
      {canEdit && (
        <form onSubmit={add} className="mt-2 flex gap-2">
          <input aria-label={t("planDocument.swot.addLabel", { list: name })} value={draft} maxLength={500} onChange={(e) => setDraft(e.target.value)} className={`${inputClass} mt-0 flex-1`} />
          <Button type="submit" size="sm" variant="secondary" disabled={runner.pending || !draft.trim()}>{t("planDocument.swot.add")}</Button>
        </form>
      )}
    </div>
  );
}

function SwotLine(props: {
  accountId: string; planId: string; list: SwotList; name: string; index: number; line: string; last: boolean;
  canEdit: boolean; pending: boolean; onMove: (direction: -1 | 1) => void;
}) {
  const { accountId, planId, list, name, index, line, last, canEdit, pending, onMove } = props;
  const { t } = useI18n();
  const runner = useActionRunner();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(line);
  const n = index + 1;

  function onKey(event: KeyboardEvent<HTMLElement>) {
    if (!canEdit || !event.altKey) return;
    if (event.key === "ArrowUp") { event.preventDefault(); onMove(-1); }
    if (event.key === "ArrowDown") { event.preventDefault(); onMove(1); }
  }

  if (editing) {
    return (
      <li>
        <form
          className="flex flex-wrap gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            runner.run(() => updateSwotLineAction({ accountId, planId, list, index, expected: line, text }), () => setEditing(false));
          }}
        >
          <input aria-label={t("planDocument.swot.editLine", { n, list: name })} value={text} maxLength={500} autoFocus onChange={(e) => setText(e.target.value)} className={`${inputClass} mt-0 min-w-40 flex-1`} />
          <Button type="submit" size="sm" disabled={runner.pending || !text.trim()}>{t("planDocument.swot.save")}</Button>
          <Button size="sm" variant="secondary" onClick={() => { setText(line); setEditing(false); }}>{t("planDocument.swot.cancel")}</Button>
        </form>
        <ActionError message={runner.error} />
      </li>
    );
  }
  return (
    <li className="flex items-start gap-1 text-sm" data-testid="swot-line">
      <span data-line tabIndex={canEdit ? 0 : undefined} onKeyDown={onKey} className="flex-1 rounded px-1 py-0.5 text-slate-900">{line}</span>
      {canEdit && (
        <span className="flex shrink-0 items-center">
          <Button size="sm" variant="ghost" disabled={pending || index === 0} aria-label={t("planDocument.swot.moveUp", { n, list: name })} onClick={() => onMove(-1)}>↑</Button>
          <Button size="sm" variant="ghost" disabled={pending || last} aria-label={t("planDocument.swot.moveDown", { n, list: name })} onClick={() => onMove(1)}>↓</Button>
          <Button size="sm" variant="ghost" aria-label={t("planDocument.swot.editLine", { n, list: name })} onClick={() => setEditing(true)}>{t("planDocument.swot.edit")}</Button>
          <Button
            size="sm" variant="ghost" disabled={runner.pending}
            aria-label={t("planDocument.swot.removeLine", { n, list: name })}
            onClick={() => {
              if (window.confirm(t("planDocument.swot.confirmRemove", { text: line }))) runner.run(() => removeSwotLineAction({ accountId, planId, list, index, expected: line }));
            }}
          >
            {t("planDocument.swot.remove")}
          </Button>
        </span>
      )}
      {runner.error && <p role="alert" className="w-full text-xs text-red-700">{runner.error}</p>}
    </li>
  );
}
