export { buildDocument, renderDocx, type RenderDocxOptions } from "./render";
export { docxFileName, DRAFT_SUFFIX } from "./file-name";
export { attachmentDisposition } from "./content-disposition";
export { docxDownloadHeaders } from "./download";
export { draftMark, isDraftDownload } from "./draft-mark";
export { DOCX_MIME } from "./style";
