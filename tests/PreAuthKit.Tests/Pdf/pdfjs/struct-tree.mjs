// Prints, for a PDF, what pdf.js sees: per page the structure tree (roles and alt text) and the text.
// Usage: node struct-tree.mjs file.pdf  ->  JSON on stdout; warnings from pdf.js go to stderr.
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const data = new Uint8Array(await readFile(process.argv[2]));
const doc = await getDocument({ data, verbosity: 1, useSystemFonts: false }).promise;
const strip = (node) => {
  if (!node) return null;
  if (node.type === "content") return { content: true };
  const out = { role: node.role };
  if (node.alt) out.alt = node.alt;
  if (node.lang) out.lang = node.lang;
  if (node.children) out.children = node.children.map(strip).filter((c) => c !== null);
  return out;
};
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const tree = await page.getStructTree();
  const text = await page.getTextContent();
  pages.push({ tree: strip(tree), text: text.items.map((i) => i.str + (i.hasEOL ? "\n" : "")).join("") });
}
const meta = await doc.getMetadata();
console.log(JSON.stringify({ pages, title: meta.info.Title ?? null, lang: meta.info.Language ?? null }));
