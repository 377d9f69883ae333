// Parses a Mermaid diagram with the real Mermaid parser; exit 0 when it parses, 1 with the
// parser's message when it does not. Fed to `node --input-type=module -` with the working
// directory at an npm prefix that has mermaid and jsdom installed, so that the bare imports
// resolve there. The diagram's file is the last argument.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
const text = readFileSync(process.argv.at(-1), 'utf8');
try {
  const result = await mermaid.parse(text);
  console.log('parsed ' + result.diagramType);
} catch (e) {
  console.error('mermaid parse error: ' + e.message);
  process.exit(1);
}
