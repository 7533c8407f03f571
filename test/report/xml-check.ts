// A strict-enough check of the XML the JUnit writer produces, without an XML parser: every tag balanced, attributes
// quoted and unique, no raw `<` or `&` outside tags and references, and the entities decoded back. (The browser test
// parses the same XML with Chromium's DOMParser too.)

export interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

const reference = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const badText = /[<]|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Decodes the five entities and numeric references. */
function decodeXml(text: string): string {
  return text.replace(reference, (ref) => {
    const named: Record<string, string> = {
      '&amp;': '&',
      '&lt;': '<',
      '&gt;': '>',
      '&quot;': '"',
      '&apos;': "'",
    };
    if (named[ref]) return named[ref];
    const hex = ref.startsWith('&#x');
    return String.fromCodePoint(Number.parseInt(ref.slice(hex ? 3 : 2, -1), hex ? 16 : 10));
  });
}

/** Parses the document (after its XML declaration) into elements, or throws saying what is malformed. */
export function parseXml(xml: string): XmlElement {
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')) throw new Error('no XML declaration');
  if (notXml.test(xml)) throw new Error('a character XML 1.0 cannot hold');
  const body = xml.slice(xml.indexOf('\n') + 1);
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/g;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let last = 0;
  for (const match of body.matchAll(tag)) {
    const between = body.slice(last, match.index);
    if (badText.test(between)) throw new Error(`raw markup in text: ${JSON.stringify(between.slice(0, 80))}`);
    const top = stack.at(-1) as XmlElement;
    top.text += decodeXml(between);
    last = (match.index ?? 0) + match[0].length;
    const [, closing, name = '', attrs = '', selfClosing] = match;
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', value = ''] of attrs.matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (key in attributes) throw new Error(`attribute ${key} twice on <${name}>`);
      if (badText.test(value)) throw new Error(`raw markup in attribute ${key} of <${name}>`);
      attributes[key] = decodeXml(value);
    }
    const element: XmlElement = { name, attributes, children: [], text: '' };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  const rest = body.slice(last);
  if (rest.trim() !== '') throw new Error(`text after the root element: ${rest.slice(0, 80)}`);
  if (stack.length !== 1) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  if (root.children.length !== 1) throw new Error(`${root.children.length} root elements`);
  return root.children[0] as XmlElement;
}
