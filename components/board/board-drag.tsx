"use client";

import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { useLayoutEffect, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from "react";
import type { BoardCard, BoardColumn as Column } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { canTransition, STAGE_LABELS, transitionTargets, type Stage, type TransitionRefusalCode } from "@/lib/stages";
import { BoardCardItem, CardBody } from "./board-card";
import { BoardColumn, ColumnSlot } from "./board-column";
import { controlsOf, type FocusedControl } from "./board-focus";
import { columnCollision, columnKeyboardCoordinates } from "./dnd";

const cardOf = (data: { current?: Record<string, unknown> } | undefined) => data?.current?.card as BoardCard | undefined;

type Move = (card: BoardCard, stage: Stage) => void;

function DraggableCard({ card, onMoveMenu }: { card: BoardCard; onMoveMenu: (card: BoardCard) => void }) {
  const { t } = useI18n();
  const drag = useDraggable({ id: card.id, data: { card }, disabled: !card.canEdit, attributes: { roleDescription: t("board.dnd.roleDescription") } });
  return <BoardCardItem card={card} onMoveMenu={onMoveMenu} drag={drag} />;
}

function DroppableColumn(props: Omit<ComponentProps<typeof BoardColumn>, "dropRef" | "Card">) {
  const { setNodeRef } = useDroppable({ id: props.column.stage });
  return <BoardColumn {...props} dropRef={setNodeRef} Card={DraggableCard} />;
}

/**
 * The board's drag and drop (pointer and keyboard, with announcements), loaded when the pointer, a touch or the
 * focus first enters the board: the columns and cards as the plain board draws them, made droppable and draggable.
 * Drops go through the board's own `onMove`, as the "Move to…" dialog does.
 */
export default function DragBoard({
  columns,
  guidance,
  onMove,
  onRefused,
  onMoveMenu,
  onShowMore,
  lastFocus,
}: {
  columns: Column[];
  guidance: Record<Stage, ReactNode>;
  onMove: Move;
  /** A drop on a stage the rules do not allow from the card's stage. */
  onRefused: (card: BoardCard, code: TransitionRefusalCode) => void;
  onMoveMenu: (card: BoardCard) => void;
  onShowMore: (stage: Stage) => Promise<void>;
  lastFocus: RefObject<FocusedControl | null>;
}) {
  const { t, locale } = useI18n();
  const [active, setActive] = useState<BoardCard | null>(null);
  const [overStage, setOverStage] = useState<Stage | null>(null);
  // The column last announced, so that hovering the card's own column right after pick-up stays quiet.
  const announcedOver = useRef<Stage | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const label = (stage: Stage) => STAGE_LABELS[stage][locale];

  // The plain columns this replaced took the focus with them (it fell back to the body): give it back to the same
  // control of the same card.
  useLayoutEffect(() => {
    const focused = lastFocus.current;
    if (!focused || document.activeElement !== document.body) return;
    const card = document.querySelector(`[data-testid="board-card"][data-account-id="${CSS.escape(focused.accountId)}"]`);
    if (card) controlsOf(card)[focused.index]?.focus();
  }, [lastFocus]);

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
        if (!card || !event.over) return;
        const stage = event.over.id as Stage;
        // Uncoupling asks for its reasons first (the board's dialog); every other stage is checked here.
        const check = stage === card.stage || stage === "DISINTEGRATING" ? null : canTransition(card.stage, stage);
        if (check && !check.ok) onRefused(card, check.code);
        else onMove(card, stage);
      }}
    >
      {columns.map((column) => (
        <ColumnSlot key={column.stage} stage={column.stage}>
          <DroppableColumn column={column} guidance={guidance[column.stage]} dropState={dropState(column.stage)} onMoveMenu={onMoveMenu} onShowMore={onShowMore} />
        </ColumnSlot>
      ))}
      <DragOverlay>{active ? <div className="w-60 rotate-1 cursor-grabbing"><CardBody card={active} /></div> : null}</DragOverlay>
    </DndContext>
  );
}
