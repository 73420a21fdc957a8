// Opens each PDF named on the command line with pdf.js (Mozilla) and pdf-lib (Hopding), the two
// JavaScript readers of issue 12, and prints one line per file: "OK <file>" or "WARN <file>: <what>".
// pdf.js: every page's text and structure tree, with its warnings (verbosity 1) caught;
// pdf-lib: load with throwOnInvalidObject, every page's size and content read, console warnings caught.
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { PDFDocument } from "pdf-lib";

const warnings = [];
const original = { warn: console.warn, log: console.log, error: console.error };
console.warn = (...args) => warnings.push(args.join(" "));
console.error = (...args) => warnings.push(args.join(" "));
console.log = (...args) => {
  const text = args.join(" ");
  if (/warn|error/i.test(text)) warnings.push(text); else original.log(...args);
};

for (const file of process.argv.slice(2)) {
  warnings.length = 0;
  try {
    const bytes = await readFile(file);
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 1, useSystemFonts: false, stopAtErrors: true }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      await page.getStructTree();
      await page.getOperatorList();
    }
    await doc.destroy();
    const lib = await PDFDocument.load(bytes, { throwOnInvalidObject: true, updateMetadata: false });
    for (const page of lib.getPages()) {
      page.getSize();
      page.node.Contents();
    }
    if (lib.getPageCount() !== doc.numPages) warnings.push(`page count ${lib.getPageCount()} (pdf-lib) vs ${doc.numPages} (pdf.js)`);
  } catch (e) {
    warnings.push("threw: " + (e && e.message ? e.message : String(e)));
  }
  original.log(warnings.length === 0 ? `OK ${file}` : `WARN ${file}: ${warnings.join(" | ")}`);
}
