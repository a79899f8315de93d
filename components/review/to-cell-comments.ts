import type { CellComment } from "@/components/report-grid/types";
import type { CommentView } from "@/lib/server/comments-service";

/** Comments in the shape the grid and the preview take. */
export function toCellComments(comments: CommentView[]): CellComment[] {
  return comments.map((c) => ({ id: c.id, anchor: c.anchor, body: c.body, author: c.authorName, resolved: c.resolved }));
}
