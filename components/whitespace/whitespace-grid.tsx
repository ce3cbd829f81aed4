"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/field";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { ActionError, useActionRunner } from "@/components/ui/use-action-runner";
import { useI18n } from "@/lib/i18n/client";
import { formatMoney, formatPercent } from "@/lib/i18n/format";
import type { MapCell, WhitespaceMap } from "@/lib/whitespace-map/queries";
import { saveCellAction } from "@/lib/whitespace-map/actions";
import { WHITESPACE_STATUSES, type WhitespaceStatusCode } from "@/lib/whitespace";
import { OpportunityDialog, type OpportunityDraft } from "./opportunity-form";
import { STATUS_STYLE } from "./status";

type Props = {
  accountId: string;
  map: WhitespaceMap;
  canEdit: boolean;
  owners: { id: string; name: string }[];
  viewerId: string;
  /** YYYY-MM-DD, the server's today: new opportunities close 90 days later by default. */
  today: string;
};

type Target = { row: number; col: number };

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The map as a grid (role="grid"): buying centres by active offerings, grouped by product line. One cell is in the
 * tab order at a time (roving tabindex); arrow keys, Home and End move; Enter, Space or a click opens the editor.
 * The first column stays in place while the grid scrolls sideways on narrow screens.
 */
export function WhitespaceGrid({ accountId, map, canEdit, owners, viewerId, today }: Props) {
  const { t, locale } = useI18n();
  const [focus, setFocus] = useState<Target>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<Target | null>(null);
  const [opportunity, setOpportunity] = useState<OpportunityDraft | null>(null);
  const refs = useRef(new Map<string, HTMLTableCellElement>());
  const cells = new Map(map.cells.map((c) => [`${c.buyingCentreId}|${c.offeringId}`, c]));
  const rows = map.centres.length;
  const cols = map.offerings.length;
  const name = (o: { nameEn: string; nameZh: string }) => (locale === "zh" ? o.nameZh : o.nameEn);

  const lines: { id: string; label: string; span: number }[] = [];
  for (const o of map.offerings) {
    const last = lines.at(-1);
    if (last && last.id === o.lineId) last.span += 1;
    else lines.push({ id: o.lineId, label: locale === "zh" ? o.lineZh : o.lineEn, span: 1 });
  }

  function move(target: Target) {
    const next = { row: Math.max(0, Math.min(rows - 1, target.row)), col: Math.max(0, Math.min(cols - 1, target.col)) };
    setFocus(next);
    refs.current.get(`${next.row}:${next.col}`)?.focus();
  }

  function onKeyDown(event: KeyboardEvent, row: number, col: number) {
    const moves: Record<string, Target> = {
      ArrowRight: { row, col: col + 1 }, ArrowLeft: { row, col: col - 1 }, ArrowDown: { row: row + 1, col }, ArrowUp: { row: row - 1, col },
      Home: { row, col: 0 }, End: { row, col: cols - 1 },
    };
    if (moves[event.key]) {
      event.preventDefault();
      move(moves[event.key]);
    } else if ((event.key === "Enter" || event.key === " ") && canEdit) {
      event.preventDefault();
      setEditing({ row, col });
    }
  }

  const editingCentre = editing ? map.centres[editing.row] : null;
  const editingOffering = editing ? map.offerings[editing.col] : null;

  return (
    <>
      {/* `relative`: the cells' screen-reader text (absolutely positioned) stays inside the scrolling box. */}
      <div className="relative overflow-x-auto rounded-md border border-slate-200" data-testid="whitespace-grid">
        <table role="grid" aria-label={t("whitespace.map.caption")} aria-readonly={!canEdit} className="min-w-full border-collapse text-xs">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" rowSpan={2} className="sticky left-0 z-10 min-w-36 border-b border-r border-slate-200 bg-slate-50 px-3 py-2 text-left font-semibold">
                {t("whitespace.map.buyingCentre")}
              </th>
              {lines.map((line) => (
                <th key={line.id} scope="colgroup" colSpan={line.span} className="border-b border-l border-slate-200 px-2 py-1 text-center font-semibold text-slate-700">
                  {line.label}
                </th>
              ))}
            </tr>
            <tr>
              {map.offerings.map((o) => (
                <th key={o.id} scope="col" className="min-w-36 border-b border-l border-slate-200 px-2 py-1 text-left font-medium text-slate-700">
                  {name(o)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.centres.map((centre, row) => (
              <tr key={centre.id}>
                <th scope="row" className="sticky left-0 z-10 border-r border-t border-slate-200 bg-white px-3 py-2 text-left font-medium">
                  {centre.name}
                </th>
                {map.offerings.map((offering, col) => {
                  const cell = cells.get(`${centre.id}|${offering.id}`);
                  const status = cell?.status ?? "EMPTY";
                  const style = STATUS_STYLE[status];
                  // Clamped, so a removed row or column never leaves the grid without a tab stop.
                  const active = Math.min(focus.row, rows - 1) === row && Math.min(focus.col, cols - 1) === col;
                  return (
                    <td
                      key={offering.id}
                      role="gridcell"
                      ref={(el) => {
                        if (el) refs.current.set(`${row}:${col}`, el);
                        else refs.current.delete(`${row}:${col}`);
                      }}
                      tabIndex={active ? 0 : -1}
                      data-testid={`cell-${row}-${col}`}
                      onFocus={() => setFocus({ row, col })}
                      onKeyDown={(event) => onKeyDown(event, row, col)}
                      onClick={() => canEdit && setEditing({ row, col })}
                      className={`border-l border-t border-slate-200 p-1 align-top outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-1 ${canEdit ? "cursor-pointer" : ""}`}
                    >
                      {/* The name a screen reader gives the cell starts with where it is, then reads what is shown. */}
                      <span className="sr-only">{t("whitespace.map.cellContext", { centre: centre.name, offering: name(offering) })}</span>
                      <CellSummary cell={cell} status={status} style={style} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Legend />
      {editing && editingCentre && editingOffering && (
        <CellEditor
          accountId={accountId}
          centre={editingCentre}
          offering={{ ...editingOffering, label: name(editingOffering) }}
          cell={cells.get(`${editingCentre.id}|${editingOffering.id}`)}
          onClose={() => {
            setEditing(null);
            move(editing);
          }}
          onCreateOpportunity={(cellId, whitespace) => {
            setEditing(null);
            setOpportunity({
              name: t("whitespace.opportunities.defaultName", { offering: name(editingOffering), centre: editingCentre.name }),
              value: whitespace > 0 ? String(Math.round(whitespace)) : "",
              probability: "20",
              stage: "QUALIFY",
              expectedClose: addDays(today, 90),
              ownerId: owners.some((o) => o.id === viewerId) ? viewerId : (owners[0]?.id ?? ""),
              whitespaceCellId: cellId,
            });
          }}
        />
      )}
      {opportunity && <OpportunityDialog accountId={accountId} draft={opportunity} owners={owners} onClose={() => setOpportunity(null)} />}
    </>
  );
}

function CellSummary({ cell, status, style }: { cell: MapCell | undefined; status: WhitespaceStatusCode | "EMPTY"; style: { cell: string; icon: string } }) {
  const { t, locale } = useI18n();
  const f = cell?.figures;
  return (
    <div className={`flex h-full min-h-16 flex-col gap-0.5 rounded px-2 py-1 ring-1 ring-inset ${style.cell}`}>
      <span className="font-semibold">
        <span aria-hidden="true">{style.icon} </span>
        {t(`whitespace.status.${status}`)}
      </span>
      {cell?.totalMarket != null && <span>{t("whitespace.map.market", { amount: formatMoney(locale, cell.totalMarket, { compact: true }) })}</span>}
      {f?.shareDisplay != null && (
        <span title={f.inconsistent ? t("whitespace.map.shareInconsistent") : undefined}>
          {t("whitespace.map.share", { share: formatPercent(locale, f.shareDisplay) })}
          {f.inconsistent && (
            <>
              <span aria-hidden="true"> ⚠</span>
              <span className="sr-only">{t("whitespace.map.shareInconsistent")}</span>
            </>
          )}
        </span>
      )}
      {cell?.competitor && <span className="truncate">{t("whitespace.map.competitorShort", { name: cell.competitor })}</span>}
    </div>
  );
}

function Legend() {
  const { t } = useI18n();
  return (
    <ul aria-label={t("whitespace.map.legend")} className="mt-3 flex flex-wrap gap-2 text-xs">
      {WHITESPACE_STATUSES.map((status) => (
        <li key={status} className={`rounded px-2 py-0.5 ring-1 ring-inset ${STATUS_STYLE[status].cell}`}>
          <span aria-hidden="true">{STATUS_STYLE[status].icon} </span>
          {t(`whitespace.status.${status}`)}
        </li>
      ))}
    </ul>
  );
}

const text = (value: number | null) => (value === null ? "" : String(value));

function CellEditor({
  accountId, centre, offering, cell, onClose, onCreateOpportunity,
}: {
  accountId: string;
  centre: { id: string; name: string };
  offering: { id: string; label: string; revenueFromOrders: boolean };
  cell: MapCell | undefined;
  onClose: () => void;
  onCreateOpportunity: (cellId: string, whitespace: number) => void;
}) {
  const { t, locale } = useI18n();
  const runner = useActionRunner();
  const [values, setValues] = useState({
    status: cell?.status ?? "WHITESPACE",
    totalMarket: text(cell?.totalMarket ?? null),
    ourRevenue: text(cell?.enteredRevenue ?? null),
    competitor: cell?.competitor ?? "",
    note: cell?.note ?? "",
  });
  const set = (key: keyof typeof values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const err = runner.fieldErrors;
  const fromOrders = cell?.figures.revenueSource === "ORDERS";
  const input = () => ({ accountId, buyingCentreId: centre.id, offeringId: offering.id, ...values, status: values.status as WhitespaceStatusCode });
  // What the opportunity is worth by default: the market still open in this cell after the save.
  const openMarket = () => {
    const market = Number(values.totalMarket.replace(/[\s,]/g, ""));
    const ours = fromOrders ? (cell?.figures.ourRevenue ?? 0) : Number(values.ourRevenue.replace(/[\s,]/g, "")) || 0;
    return Number.isFinite(market) ? Math.max(0, market - ours) : 0;
  };

  return (
    <ModalDialog title={t("whitespace.cell.title", { centre: centre.name, offering: offering.label })} onClose={onClose}>
      <form
        className="mt-4 space-y-3"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          runner.run(() => saveCellAction(input()), onClose);
        }}
      >
        <ActionError message={runner.error} />
        <Field label={t("whitespace.cell.status")} name="cell-status" error={err.status}>
          <Select name="cell-status" value={values.status} onChange={set("status")} error={err.status} options={WHITESPACE_STATUSES.map((s) => ({ value: s, label: t(`whitespace.status.${s}`) }))} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label={t("whitespace.cell.totalMarket")} name="cell-market" error={err.totalMarket} hint={t("whitespace.cell.totalMarketHint")}>
            <TextInput name="cell-market" inputMode="decimal" value={values.totalMarket} onChange={set("totalMarket")} error={err.totalMarket} />
          </Field>
          <Field
            label={t("whitespace.cell.ourRevenue")}
            name="cell-revenue"
            error={err.ourRevenue}
            hint={fromOrders ? t("whitespace.cell.ourRevenueFromOrders", { amount: formatMoney(locale, cell?.figures.ourRevenue ?? 0) }) : t("whitespace.cell.ourRevenueHint")}
          >
            <TextInput name="cell-revenue" inputMode="decimal" value={values.ourRevenue} onChange={set("ourRevenue")} error={err.ourRevenue} />
          </Field>
        </div>
        <Field label={t("whitespace.cell.competitor")} name="cell-competitor" error={err.competitor}>
          <TextInput name="cell-competitor" value={values.competitor} onChange={set("competitor")} error={err.competitor} maxLength={100} />
        </Field>
        <Field label={t("whitespace.cell.note")} name="cell-note" error={err.note}>
          <TextArea name="cell-note" value={values.note} onChange={set("note")} error={err.note} maxLength={1000} />
        </Field>
        <div className="flex flex-wrap justify-between gap-2 pt-2">
          <Button
            variant="secondary"
            disabled={runner.pending}
            onClick={() => runner.run(() => saveCellAction(input()), (data) => onCreateOpportunity(data.cellId, openMarket()))}
          >
            {t("whitespace.cell.createOpportunity")}
          </Button>
          <div className="flex gap-2">
            <Button variant="secondary" onClick={onClose}>{t("whitespace.cell.cancel")}</Button>
            <Button type="submit" disabled={runner.pending}>{t("whitespace.cell.save")}</Button>
          </div>
        </div>
      </form>
    </ModalDialog>
  );
}
