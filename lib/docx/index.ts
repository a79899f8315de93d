export { buildDocument, renderDocx, type RenderDocxOptions } from "./render";
export { docxFileName } from "./file-name";
export { attachmentDisposition } from "./content-disposition";
export { docxDownloadHeaders } from "./download";
export { draftMark } from "./draft-mark";
export { DOCX_MIME } from "./style";
