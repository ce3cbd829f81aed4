"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { loadColumnPageAction, moveAccountStageAction } from "@/lib/board/actions";
import type { BoardCard, BoardColumn as Column } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { canTransition, STAGE_INFO, transitionTargets, type Stage, type UncouplingReason } from "@/lib/stages";
import type { TBoardFilters } from "@/lib/board/schemas";
import { CardBody } from "./board-card";
import { BoardColumn } from "./board-column";
import { columnCollision, columnKeyboardCoordinates } from "./dnd";
import { UncouplingDialog } from "./uncoupling-dialog";
import { useBoardColumns } from "./use-board-columns";

type Message = { tone: "status" | "alert"; text: string };

const cardOf = (data: { current?: Record<string, unknown> } | undefined) => data?.current?.card as BoardCard | undefined;

/**
 * The interactive board: drag and drop (pointer and keyboard, with announcements), the "Move to…" menus,
 * the uncoupling dialog, optimistic moves with rollback, and "show more" per column.
 */
export function BoardView({ columns: initial, filters }: { columns: Column[]; filters: TBoardFilters }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const board = useBoardColumns(initial);
  const [active, setActive] = useState<BoardCard | null>(null);
  const [overStage, setOverStage] = useState<Stage | null>(null);
  const [uncoupling, setUncoupling] = useState<BoardCard | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  // The column last announced, so that hovering the card's own column right after pick-up stays quiet.
  const announcedOver = useRef<Stage | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const label = (stage: Stage) => STAGE_INFO[stage].label[locale];

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
    const check = canTransition(card.stage, stage);
    if (!check.ok) {
      setMessage({ tone: "alert", text: t("board.move.failed", { name: card.name, reason: t(`board.refusal.${check.code}`) }) });
      return;
    }
    void commit(card, stage);
  }

  async function showMore(stage: Stage) {
    const cursor = board.columns.find((column) => column.stage === stage)?.cursor;
    if (!cursor) return;
    const result = await loadColumnPageAction({ stage, cursor, filters }).catch(() => null);
    if (result?.ok) board.append(stage, result.data.cards, result.data.cursor);
    else setMessage({ tone: "alert", text: result?.error ?? t("errors.unexpected") });
  }

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => {
      const card = cardOf(a.data);
      announcedOver.current = card?.stage ?? null;
      return card && t("board.dnd.pickedUp", { name: card.name, stage: label(card.stage) });
    },
    onDragOver: ({ active: a, over }) => {
      const name = cardOf(a.data)?.name ?? "";
      const stage = (over?.id as Stage | undefined) ?? null;
      if (stage === announcedOver.current) return undefined;
      announcedOver.current = stage;
      return over ? t("board.dnd.over", { name, stage: label(over.id as Stage) }) : t("board.dnd.notOver", { name });
    },
    onDragEnd: ({ active: a, over }) => {
      const name = cardOf(a.data)?.name ?? "";
      return over ? t("board.dnd.dropped", { name, stage: label(over.id as Stage) }) : t("board.dnd.droppedNowhere", { name });
    },
    onDragCancel: ({ active: a }) => t("board.dnd.cancelled", { name: cardOf(a.data)?.name ?? "" }),
  };

  const endDrag = () => {
    setActive(null);
    setOverStage(null);
  };
  const dropState = (stage: Stage) => {
    if (!active || overStage !== stage || stage === active.stage) return "none" as const;
    return transitionTargets(active.stage).some((target) => target.stage === stage) ? ("allowed" as const) : ("refused" as const);
  };

  return (
    <DndContext
      id="kam-board"
      sensors={sensors}
      collisionDetection={columnCollision}
      // The board fits the window and scrolls itself (columns down, the board sideways): scrolling the page under
      // a dragged card would only move the drop targets away from the pointer.
      autoScroll={{ canScroll: (element) => element !== document.scrollingElement && element !== document.body }}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t("board.dnd.instructions") } }}
      onDragStart={(event: DragStartEvent) => setActive(cardOf(event.active.data) ?? null)}
      onDragOver={(event: DragOverEvent) => setOverStage((event.over?.id as Stage | undefined) ?? null)}
      onDragCancel={endDrag}
      onDragEnd={(event: DragEndEvent) => {
        endDrag();
        const card = cardOf(event.active.data);
        if (card && event.over) requestMove(card, event.over.id as Stage);
      }}
    >
      <div className="mb-3 space-y-2">
        <div role="status" className={message?.tone === "status" ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" : "sr-only"}>
          {message?.tone === "status" && message.text}
        </div>
        <div role="alert" className={message?.tone === "alert" ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-800" : "sr-only"}>
          {message?.tone === "alert" && message.text}
        </div>
      </div>
      {/* Height-bounded: each column scrolls its own cards and the sideways scrollbar stays within the window. */}
      <div className="flex h-[calc(100dvh-5.5rem)] min-h-[22rem] items-stretch gap-3 overflow-x-auto overscroll-x-contain pb-2" data-testid="board-columns">
        {board.columns.map((column) => (
          <div key={column.stage} className={column.stage === "DISINTEGRATING" ? "flex min-h-0 gap-3" : "contents"}>
            {column.stage === "DISINTEGRATING" && <div aria-hidden className="mx-1 w-0 shrink-0 border-l-2 border-dashed border-slate-300" />}
            <BoardColumn column={column} dropState={dropState(column.stage)} onMove={requestMove} onShowMore={showMore} />
          </div>
        ))}
      </div>
      <DragOverlay>{active ? <div className="w-60 rotate-1 cursor-grabbing"><CardBody card={active} /></div> : null}</DragOverlay>
      {uncoupling && (
        <UncouplingDialog
          card={uncoupling}
          onCancel={() => setUncoupling(null)}
          onConfirm={async (reasons, note) => {
            const fields = await commit(uncoupling, "DISINTEGRATING", reasons, note);
            if (!fields) setUncoupling(null);
            return fields;
          }}
        />
      )}
    </DndContext>
  );
}
