export { renderHtmlDocument, renderHtmlFragment } from "./render-html";
export { renderPlainText } from "./render-text";
export { htmlDownloadHeaders } from "./download";
