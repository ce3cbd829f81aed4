import { pointerWithin, rectIntersection, type CollisionDetection, type KeyboardCoordinateGetter } from "@dnd-kit/core";
import { STAGES } from "@/lib/stages";

/** The pointer's column when there is a pointer (mouse, touch); the overlapped column for keyboard moves. */
export const columnCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/**
 * Keyboard moves jump a whole column: ArrowRight/ArrowLeft place the dragged card at the left edge of the
 * next/previous stage column (columns are droppables keyed by stage), instead of dnd-kit's 25 px steps.
 */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  if (event.code !== "ArrowRight" && event.code !== "ArrowLeft") return undefined;
  event.preventDefault();
  const { collisionRect, droppableRects, over } = context;
  if (!collisionRect) return undefined;
  const columns = STAGES.flatMap((stage) => {
    const rect = droppableRects.get(stage);
    return rect ? [{ stage, rect }] : [];
  });
  const centre = collisionRect.left + collisionRect.width / 2;
  const current = over
    ? columns.findIndex((column) => column.stage === over.id)
    : columns.findIndex((column) => centre >= column.rect.left && centre <= column.rect.left + column.rect.width);
  const target = columns[current + (event.code === "ArrowRight" ? 1 : -1)];
  if (current < 0 || !target) return currentCoordinates;
  return { x: target.rect.left + 8, y: currentCoordinates.y };
};
