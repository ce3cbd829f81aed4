"use client";

import { useState } from "react";
import type { BoardCard, BoardColumn } from "@/lib/board/queries";
import type { Stage } from "@/lib/stages";

const byRevenue = (a: BoardCard, b: BoardCard) => b.revenue12m - a.revenue12m || a.name.localeCompare(b.name);

/** Removes the card wherever it is and puts `card` into its stage's column, keeping counts and totals right. */
function place(columns: BoardColumn[], card: BoardCard): BoardColumn[] {
  const from = columns.find((column) => column.cards.some((c) => c.id === card.id));
  // Not on screen (the server's data replaced the local state meanwhile): the server's view stands.
  if (!from) return columns;
  return columns.map((column) => {
    let next = column;
    if (column === from) {
      const old = column.cards.find((c) => c.id === card.id)!;
      next = { ...next, count: next.count - 1, revenue12m: next.revenue12m - old.revenue12m, cards: next.cards.filter((c) => c.id !== card.id) };
    }
    if (column.stage === card.stage) {
      next = { ...next, count: next.count + 1, revenue12m: next.revenue12m + card.revenue12m, cards: [...next.cards, card].sort(byRevenue) };
    }
    return next;
  });
}

/**
 * The board's cards as the user sees them: the server's columns plus optimistic moves and "show more" pages.
 * New server data (after a move is saved or the board is refreshed) replaces the local state.
 */
export function useBoardColumns(initial: BoardColumn[]) {
  const [source, setSource] = useState(initial);
  const [columns, setColumns] = useState(initial);
  if (source !== initial) {
    setSource(initial);
    setColumns(initial);
  }
  return {
    columns,
    /** Shows `card` at `stage` at once; returns the card as it was, to put back if the server refuses. */
    move(card: BoardCard, stage: Stage) {
      setColumns((current) => place(current, { ...card, stage, daysInStage: 0 }));
      return card;
    },
    restore(card: BoardCard) {
      setColumns((current) => place(current, card));
    },
    setVersion(id: string, version: number) {
      setColumns((current) =>
        current.map((column) => ({ ...column, cards: column.cards.map((c) => (c.id === id ? { ...c, version } : c)) })),
      );
    },
    /** Adds a "show more" page to a column; `cursor` is where the next one starts (a card moved in meanwhile is not repeated). */
    append(stage: Stage, cards: BoardCard[], cursor: string | null) {
      setColumns((current) =>
        current.map((column) => {
          if (column.stage !== stage) return column;
          const known = new Set(column.cards.map((c) => c.id));
          return { ...column, cursor, cards: [...column.cards, ...cards.filter((c) => !known.has(c.id))] };
        }),
      );
    },
  };
}
