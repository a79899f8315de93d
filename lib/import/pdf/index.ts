/** The PDF reader's entry. A placeholder on this branch: the real reader lands here at merge. */
import { ImportRefusal, type SourceDocument } from "../document";

export async function readPdf(bytes: Uint8Array): Promise<SourceDocument> {
  void bytes;
  throw new ImportRefusal("unsupported", "暂不支持 PDF");
}
