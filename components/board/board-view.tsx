"use client";

import { useRouter } from "next/navigation";
import { lazy, startTransition, Suspense, useRef, useState, type ReactNode } from "react";
import { loadColumnPageAction, moveAccountStageAction } from "@/lib/board/actions";
import type { BoardCard, BoardColumn as Column } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { STAGE_LABELS, type Stage, type TransitionRefusalCode, type UncouplingReason } from "@/lib/stages";
import type { TBoardFilters } from "@/lib/board/schemas";
import { BoardColumn, ColumnSlot } from "./board-column";
import { CardLabelsContext, type CardLabels } from "./card-labels";
import { focusedControl, type FocusedControl } from "./board-focus";
import { loadMoveDialog } from "./move-menu";
import { useBoardColumns } from "./use-board-columns";

type Message = { tone: "status" | "alert"; text: string };

// Drag and drop (dnd-kit) is a third of the board's code: it loads when someone is about to use it.
const DragBoard = lazy(() => import("./board-drag"));
const MoveDialog = lazy(() => loadMoveDialog().then((module) => ({ default: module.MoveDialog })));
// Asked for only when a card is moved to uncoupling.
const UncouplingDialog = lazy(() => import("./uncoupling-dialog").then((module) => ({ default: module.UncouplingDialog })));

/**
 * The interactive board: the "Move to…" dialog, drag and drop (pointer and keyboard, with announcements; loaded
 * when the pointer, a touch or the focus first enters the columns), the uncoupling dialog, optimistic moves with
 * rollback, and "show more" per column.
 */
export function BoardView({ columns: initial, filters, guidance, labels }: { columns: Column[]; filters: TBoardFilters; guidance: Record<Stage, ReactNode>; labels: CardLabels }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const board = useBoardColumns(initial);
  const [uncoupling, setUncoupling] = useState<BoardCard | null>(null);
  const [moving, setMoving] = useState<BoardCard | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [dragWanted, setDragWanted] = useState(false);
  // The card control focused last: the drag layer's columns replace the plain ones and give the focus back to it.
  const lastFocus = useRef<FocusedControl | null>(null);
  /** Loads the drag layer the first time it may be needed; until it arrives the plain board stays (a transition). */
  const wantDrag = () => {
    if (!dragWanted) startTransition(() => setDragWanted(true));
  };
  const label = (stage: Stage) => STAGE_LABELS[stage][locale];

  /** Moves the card at once and back again if refused; answers the field errors of a refused input (or null). */
  async function commit(card: BoardCard, stage: Stage, reasons: UncouplingReason[] = [], note = ""): Promise<Record<string, string> | null> {
    const previous = board.move(card, stage);
    setMessage(null);
    const result = await moveAccountStageAction({ accountId: card.id, version: card.version, toStage: stage, reasons, note }).catch(() => null);
    if (result?.ok) {
      board.setVersion(card.id, result.data.version);
      setMessage({ tone: "status", text: t("board.move.moved", { name: card.name, stage: label(stage) }) });
      return null;
    }
    board.restore(previous);
    // The uncoupling dialog's reasons or note refused: it shows them at its fields and stays open.
    if (result?.code === "INVALID" && result.fieldErrors && ("reasons" in result.fieldErrors || "note" in result.fieldErrors)) return result.fieldErrors;
    if (result?.code === "CONFLICT") {
      setMessage({ tone: "alert", text: t("board.move.conflict", { name: card.name }) });
      router.refresh();
      return null;
    }
    setMessage({ tone: "alert", text: t("board.move.failed", { name: card.name, reason: result?.error ?? t("errors.unexpected") }) });
    return null;
  }

  function requestMove(card: BoardCard, stage: Stage) {
    if (stage === card.stage) return;
    if (stage === "DISINTEGRATING") {
      setUncoupling(card);
      return;
    }
    void commit(card, stage);
  }

  /** A drop the stage rules refuse (the drag layer checks them; the move dialog offers only allowed stages). */
  function refuseMove(card: BoardCard, code: TransitionRefusalCode) {
    setMessage({ tone: "alert", text: t("board.move.failed", { name: card.name, reason: t(`board.refusal.${code}`) }) });
  }

  async function showMore(stage: Stage) {
    const cursor = board.columns.find((column) => column.stage === stage)?.cursor;
    if (!cursor) return;
    const result = await loadColumnPageAction({ stage, cursor, filters }).catch(() => null);
    if (result?.ok) board.append(stage, result.data.cards, result.data.cursor);
    else setMessage({ tone: "alert", text: result?.error ?? t("errors.unexpected") });
  }

  return (
    <CardLabelsContext value={labels}>
      <div className="mb-3 space-y-2">
        <div role="status" className={message?.tone === "status" ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" : "sr-only"}>
          {message?.tone === "status" && message.text}
        </div>
        <div role="alert" className={message?.tone === "alert" ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" : "sr-only"}>
          {message?.tone === "alert" && message.text}
        </div>
      </div>
      {/* Height-bounded: each column scrolls its own cards and the sideways scrollbar stays within the window. */}
      <div
        className="flex h-[calc(100dvh-5.5rem)] min-h-[22rem] items-stretch gap-3 overflow-x-auto overscroll-x-contain pb-2"
        data-testid="board-columns"
        onPointerOver={wantDrag}
        onTouchStart={wantDrag}
        onFocus={(event) => {
          lastFocus.current = focusedControl(event.target);
          wantDrag();
        }}
      >
        <Suspense>
          {dragWanted ? (
            <DragBoard columns={board.columns} guidance={guidance} onMove={requestMove} onRefused={refuseMove} onMoveMenu={setMoving} onShowMore={showMore} lastFocus={lastFocus} />
          ) : (
            board.columns.map((column) => (
              <ColumnSlot key={column.stage} stage={column.stage}>
                <BoardColumn column={column} guidance={guidance[column.stage]} dropState="none" onMoveMenu={setMoving} onShowMore={showMore} />
              </ColumnSlot>
            ))
          )}
        </Suspense>
      </div>
      {moving && (
        <Suspense>
          <MoveDialog card={moving} onMove={requestMove} onClose={() => setMoving(null)} />
        </Suspense>
      )}
      {uncoupling && (
        <Suspense>
          <UncouplingDialog
            card={uncoupling}
            onCancel={() => setUncoupling(null)}
            onConfirm={async (reasons, note) => {
              const fields = await commit(uncoupling, "DISINTEGRATING", reasons, note);
              if (!fields) setUncoupling(null);
              return fields;
            }}
          />
        </Suspense>
      )}
    </CardLabelsContext>
  );
}
