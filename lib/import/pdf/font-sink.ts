/**
 * Where pdfjs's display layer puts the fonts of a document: nowhere.
 *
 * With `disableFontFace: true` (pdfjs's default in Node) the worker turns every
 * glyph that the operator list shows into a drawing path and sends it over, for
 * a canvas we never paint — about half the cost of a page's operator list. With
 * font faces on, the display layer instead adds each embedded font to its
 * document as an @font-face rule; in Node there is no document, so it gets this
 * one, whose single style sheet takes the rules and keeps none. It has no
 * `fonts` (FontFace API), so pdfjs takes the style-sheet path, which in Node
 * counts as loaded at once.
 */
export function fontSinkDocument() {
  const sheet = { cssRules: { length: 0 }, insertRule: () => 0 };
  const style = { sheet, remove: () => undefined };
  return {
    createElement: () => style,
    documentElement: { getElementsByTagName: () => [{ append: () => undefined }] },
  };
}
