import { TextDirection } from "docx";

/**
 * 三、本年度办理结果 stands in a 9 mm column beside 22 rows: Word's vertical text
 * (top to bottom, CJK upright) reads one character per line as the template does.
 */
export const verticalTextDirection = TextDirection.TOP_TO_BOTTOM_RIGHT_TO_LEFT;
