/**
 * Table borders from the page's drawing operators: stroked straight lines and
 * thin filled rectangles (how Word, WPS and LibreOffice draw cell edges), in
 * reading coordinates. Curves, large fills (cell shading, white paragraph
 * backgrounds) and white strokes are not borders.
 */
import { apply, IDENTITY, multiply, type Matrix, type Segment } from "./geometry";
import type { Pdfjs } from "./pdfjs";

// pdfjs 5 packs a path as drawing codes followed by their coordinates.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** A border is at most this thick when drawn as a filled rectangle (points). */
const THIN = 2.5;
/** Lines shorter than this are tick marks or glyph parts, not borders. */
const SHORTEST = 4;
/** Off-axis slack for a line to count as horizontal or vertical. */
const SKEW = 1;

/** pdfjs's operator codes, handed in by the caller: importing pdfjs here would load it outside loadPdfjs (pdfjs.ts). */
export type PdfOps = Pdfjs["OPS"];

export interface PageDrawing {
  segments: Segment[];
  /** The page paints at least one image (a scanned page is one big image). */
  hasImages: boolean;
}

const isWhite = (color: unknown) => typeof color === "string" && /^#f{6}$/i.test(color);

function subpaths(data: ArrayLike<number>, m: Matrix, pageTop: number, pageLeft: number): [number, number][][] {
  const out: [number, number][][] = [];
  let current: [number, number][] = [];
  const point = (x: number, y: number): [number, number] => {
    const [px, py] = apply(m, x, y);
    return [px - pageLeft, pageTop - py];
  };
  for (let i = 0; i < data.length; ) {
    const code = data[i++];
    if (code === MOVE_TO) {
      if (current.length > 1) out.push(current);
      current = [point(data[i], data[i + 1])];
      i += 2;
    } else if (code === LINE_TO) {
      current.push(point(data[i], data[i + 1]));
      i += 2;
    } else if (code === CURVE_TO) {
      // A curve ends the straight run: rounded corners are not rulings.
      if (current.length > 1) out.push(current);
      current = [point(data[i + 4], data[i + 5])];
      i += 6;
    } else if (code === QUAD_TO) {
      if (current.length > 1) out.push(current);
      current = [point(data[i + 2], data[i + 3])];
      i += 4;
    } else if (code === CLOSE) {
      if (current.length > 1) current.push(current[0]);
      if (current.length > 1) out.push(current);
      current = current.length ? [current[0]] : [];
    } else {
      break; // unknown code: stop rather than misread the rest
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

function straight(p: [number, number], q: [number, number]): Segment | null {
  const dx = Math.abs(p[0] - q[0]);
  const dy = Math.abs(p[1] - q[1]);
  if (dy <= SKEW && dx >= SHORTEST) return { dir: "h", pos: (p[1] + q[1]) / 2, a: Math.min(p[0], q[0]), b: Math.max(p[0], q[0]) };
  if (dx <= SKEW && dy >= SHORTEST) return { dir: "v", pos: (p[0] + q[0]) / 2, a: Math.min(p[1], q[1]), b: Math.max(p[1], q[1]) };
  return null;
}

/** A filled subpath that is a thin axis-aligned rectangle, as the line it draws. */
function thinRectangle(points: [number, number][]): Segment | null {
  if (points.length < 4 || points.length > 6) return null;
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const y0 = Math.min(...ys);
  const y1 = Math.max(...ys);
  const axisAligned = points.every((p) => (Math.abs(p[0] - x0) < SKEW || Math.abs(p[0] - x1) < SKEW) && (Math.abs(p[1] - y0) < SKEW || Math.abs(p[1] - y1) < SKEW));
  if (!axisAligned) return null;
  if (y1 - y0 <= THIN && x1 - x0 >= SHORTEST) return { dir: "h", pos: (y0 + y1) / 2, a: x0, b: x1 };
  if (x1 - x0 <= THIN && y1 - y0 >= SHORTEST) return { dir: "v", pos: (x0 + x1) / 2, a: y0, b: y1 };
  return null;
}

/** The rulings of one page from pdfjs's operator list (`fnArray`/`argsArray`). */
export function drawingOf(fnArray: number[], argsArray: unknown[][], OPS: PdfOps, pageTop: number, pageLeft: number): PageDrawing {
  const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const FILLS = new Set<number>([OPS.fill, OPS.eoFill]);
  const segments: Segment[] = [];
  let hasImages = false;
  let ctm: Matrix = IDENTITY;
  let stroke: unknown = "#000000";
  let fill: unknown = "#000000";
  const stack: { ctm: Matrix; stroke: unknown; fill: unknown }[] = [];
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] ?? [];
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, stroke, fill });
        break;
      case OPS.restore: {
        const top = stack.pop();
        if (top) ({ ctm, stroke, fill } = top);
        break;
      }
      case OPS.transform:
        ctm = multiply(args as unknown as Matrix, ctm);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ctm, stroke, fill });
        const m = args[0] as Matrix | null;
        if (m && m.length === 6) ctm = multiply(Array.from(m) as Matrix, ctm);
        break;
      }
      case OPS.paintFormXObjectEnd: {
        const top = stack.pop();
        if (top) ({ ctm, stroke, fill } = top);
        break;
      }
      case OPS.setStrokeRGBColor:
        stroke = args[0];
        break;
      case OPS.setFillRGBColor:
        fill = args[0];
        break;
      case OPS.paintImageXObject:
      case OPS.paintInlineImageXObject:
      case OPS.paintImageMaskXObject:
      case OPS.paintImageXObjectRepeat:
      case OPS.paintInlineImageXObjectGroup:
        hasImages = true;
        break;
      case OPS.constructPath: {
        const paint = args[0] as number;
        const data = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
        if (!data) break;
        const isStroke = STROKES.has(paint);
        const isFill = FILLS.has(paint) || paint === OPS.fillStroke || paint === OPS.eoFillStroke;
        if (!isStroke && !isFill) break;
        for (const path of subpaths(data, ctm, pageTop, pageLeft)) {
          if (isStroke && !isWhite(stroke)) {
            for (let k = 1; k < path.length; k++) {
              const s = straight(path[k - 1], path[k]);
              if (s) segments.push(s);
            }
          }
          if (isFill && !isWhite(fill)) {
            const s = thinRectangle(path);
            if (s) segments.push(s);
          }
        }
        break;
      }
    }
  }
  return { segments, hasImages };
}
