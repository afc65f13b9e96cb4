// The well-formedness check of template parts against a strict XML parser (saxes), and the escaping helpers.
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXml, unescapeXml, xmlFault } from '../../../src/domain/document/xml';
import { BUILTIN_TEMPLATES } from '../../../src/domain/document/templates';
import { entriesOf, templateBytes } from './helpers';

/** Whether saxes (strict, XML 1.0, no namespaces) reads the text without an error. */
export function saxesAccepts(xml: string): boolean {
  const parser = new SaxesParser({ xmlns: false });
  let ok = true;
  parser.on('error', () => {
    ok = false;
  });
  parser.write(xml).close();
  return ok;
}

describe('xmlFault', () => {
  it('accepts every XML part of the built-in templates', () => {
    for (const name of Object.keys(BUILTIN_TEMPLATES))
      for (const e of entriesOf(templateBytes(name)).filter((x) => /\.(xml|rels)$/.test(x.name)))
        expect(xmlFault(Buffer.from(e.data).toString('utf8')), `${name}: ${e.name}`).toBeNull();
  });

  it('says where and why, in Vietnamese', () => {
    expect(xmlFault('<a>\n<b></a>')).toEqual({ offset: 7, line: 2, column: 4, reason: 'thẻ đóng “</a>” không khớp thẻ mở “<b>”' });
    expect(xmlFault('<a>x &nbsp; y</a>')?.reason).toBe('có “&nbsp;” không phải tham chiếu hợp lệ (dấu “&” phải viết là “&amp;”)');
    expect(xmlFault('<a>&#1;</a>')?.reason).toBe('tham chiếu “&#1;” chỉ tới ký tự mà XML không cho phép');
    expect(xmlFault('<a b="\u0001"/>')?.reason).toBe('có ký tự U+0001, ký tự mà XML không cho phép');
    expect(xmlFault('<a>\ud800</a>')?.reason).toBe('có ký tự U+D800, ký tự mà XML không cho phép');
    expect(xmlFault('<!DOCTYPE a><a/>')?.reason).toContain('DOCTYPE');
    expect(xmlFault('')?.reason).toBe('không có phần tử nào');
    expect(xmlFault('<a/><b/>')?.reason).toBe('có phần tử “<b>” thứ hai ngoài phần tử gốc');
  });

  // Tokens that make well-formed and broken XML alike. Not here: a DOCTYPE (refused outright, saxes reads it) and a
  // lone surrogate (refused like xmlSafe does; saxes, reading JavaScript strings, lets it through).
  const token = fc.constantFrom(
    '<a>', '</a>', '<b x="1">', '</b>', "<b x='<'>", '<b x="1" x="2">', '<b x="a>b">', '<c/>', '<c />', '<c a=1/>', '<é:ô ê="">', '</é:ô>',
    'text', ' ', '\n', '&amp;', '&lt;', '&nbsp;', '&#65;', '&#x1F600;', '&#1;', '&#xD800;', '&#99999999;', '&', '&#;', '<', '>', ']]>',
    '<!-- c -->', '<!-- a--b -->', '<!---->', '<![CDATA[x<y]]>', '<?pi x?>', '<?xml version="1.0"?>', '<?xml-stylesheet x?>',
    '\u0001', '\ud83d\ude00', '\uffff', '\u00a0', '<1a>', '</ a>', '<a/ >',
  );

  it('agrees with a strict parser on every text built from XML-like tokens', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const xml = tokens.join('');
        expect(xmlFault(xml) === null, JSON.stringify(xml)).toBe(saxesAccepts(xml));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with a strict parser on well-formed documents with one token spliced in', () => {
    const doc = fc.tuple(fc.array(token, { maxLength: 6 }), fc.nat(5)).map(([inner, at]) => {
      const body = ['<r>', '<p>', 'x', '</p>', '<q a="1"/>', '</r>'];
      body.splice(Math.min(at, body.length - 1) + 1, 0, ...inner);
      return `<?xml version="1.0" encoding="UTF-8"?>\n${body.join('')}`;
    });
    fc.assert(
      fc.property(doc, (xml) => {
        expect(xmlFault(xml) === null, JSON.stringify(xml)).toBe(saxesAccepts(xml));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('escapeXml and unescapeXml', () => {
  it('escapeXml drops every character XML forbids, lone surrogates and U+FFFF included', () => {
    expect(escapeXml('a\u0001b\u000bc\ud800d\uffff<&>"')).toBe('abcd&lt;&amp;&gt;&quot;');
    expect(escapeXml('😀 Đà Nẵng')).toBe('😀 Đà Nẵng');
  });

  it('unescapeXml keeps a reference to no character as written instead of throwing', () => {
    expect(unescapeXml('&#99999999; &#x110000; &#65; &amp;lt;')).toBe('&#99999999; &#x110000; A &lt;');
  });
});
