/**
 * The .docx reader's own XML reader (lib/import/docx/xml.ts) against xmldom:
 * whatever it reads, it reads as xmldom does, and whatever xmldom refuses it
 * leaves to xmldom; the .docx files we have are all plain enough for it.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderDocx } from "@/lib/docx";
import { parsePlainXml } from "@/lib/import/docx/xml";
import { parseXmlWithDom } from "@/lib/import/docx/xml-dom";
import { loadFixture } from "./support/fixtures";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function dom(xml: string) {
  try {
    return { tree: parseXmlWithDom(xml) };
  } catch {
    return { refused: true };
  }
}

function agrees(xml: string) {
  const plain = parsePlainXml(xml);
  if (plain === undefined) return; // left to xmldom: the same by construction
  expect(dom(xml)).toEqual({ tree: plain });
}

const PIECES = [
  "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", '<w:t xml:space="preserve">', "<w:tab/>", "<w:br />", '<w:jc w:val="center"/>',
  "<w:jc w:val='both'/>", '<w:gridSpan w:val="2"/>', "<w:vMerge/>", "甲", "乙 丙", "1", " ", "\n", "\r\n", "\t", "&amp;", "&lt;", "&#x4E00;",
  "&#20108;", "&nbsp;", "&", "<", ">", "]]>", "<![CDATA[a<b]]>", "<!-- c -->", "<!-- a--b -->", "<?pi x?>", '<x:y a="1"/>', '<w:t w:a="1" w:a="2">',
  '<w:t a=1>', '<w:t a="<">', "\u0001", "é", "<é/>", "</w:x>", '<w:p xmlns:v="urn:v"><v:shape/></w:p>',
];

describe("the .docx XML reader", () => {
  it("reads random WordprocessingML-like markup as xmldom does, or leaves it to xmldom", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        agrees(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${parts.join("")}</w:body></w:document>`);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads character references, CDATA, line ends and attribute whitespace as xmldom does", () => {
    const body = `<w:p><w:pPr><w:jc w:val="cen\tter"/></w:pPr><w:r><w:t>a &amp; b &lt;c&gt; &quot;&apos; &#x4E00;&#20108;<![CDATA[x<y>&amp;]]>\r\ny\rz</w:t></w:r></w:p>`;
    const xml = `<w:document ${W}><w:body>${body}</w:body></w:document>`;
    expect(parsePlainXml(xml)).toBeDefined();
    agrees(xml);
  });

  it("leaves broken markup to xmldom", () => {
    for (const body of ["<w:p><w:r><w:t>x</w:r></w:p>", "<w:p>", "&nbsp;", "<!DOCTYPE x>", "<u:p/>", '<w:p a="1" a="2"/>']) {
      expect(parsePlainXml(`<w:document ${W}><w:body>${body}</w:body></w:document>`)).toBeUndefined();
    }
  });

  it("takes the .docx files we have (年报通's own, LibreOffice's re-saved)", async () => {
    const files = [
      new Uint8Array(await renderDocx(loadFixture("guanting-town-2021"))),
      ...["wenquan-town-2021.libreoffice.docx", "demo-town-2020.libreoffice.docx"].map((f) => new Uint8Array(fs.readFileSync(path.resolve(__dirname, "fixtures/import", f)))),
    ];
    for (const bytes of files) {
      const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]);
      expect(parsePlainXml(xml)).toBeDefined();
      agrees(xml);
    }
  });
});
