import { parseDocument, isMap } from 'yaml';
import { normalizeDeep, normalizeText } from '../core/normalizeText.ts';
import type { Problem } from './formatIssues.ts';

export interface ParsedRecord {
  data: Record<string, unknown>;
  /** Markdown body (Markdown records only), normalised to NFC. */
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/**
 * Parses a Markdown record (YAML front matter + body) or a YAML record. YAML 1.2 core schema: an unquoted date stays
 * text, so the schema can tell 2023-02-30 from a real date instead of a parser silently rolling it over.
 */
export function parseRecord(file: string, text: string): { record: ParsedRecord } | { problems: Problem[] } {
  let yamlText = text;
  let body = '';
  let lineOffset = 0;
  if (file.endsWith('.md')) {
    const match = FRONTMATTER.exec(text.replace(/^\uFEFF/, ''));
    if (!match) {
      return { problems: [{ file, field: '', message: 'must start with front matter between two "---" lines' }] };
    }
    yamlText = match[1] ?? '';
    body = match[2] ?? '';
    lineOffset = 1;
  }
  const document = parseDocument(yamlText, { schema: 'core', prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      problems: document.errors.map((error) => {
        let line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
        // An unclosed quote is only noticed at the end of the text; point at the line where the quote was opened.
        if (/closing "?quote/i.test(error.message)) {
          const opened = yamlText.split('\n').findIndex((text) => (text.match(/"/g) ?? []).length % 2 === 1);
          if (opened >= 0) line = opened + 1 + lineOffset;
        }
        const reason = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
        return { file, field: '', message: `YAML syntax error on line ${line}: ${reason}` };
      }),
    };
  }
  if (!isMap(document.contents)) {
    return {
      problems: [
        { file, field: '', message: 'must hold fields written as "name: value" (the record is empty or a list)' },
      ],
    };
  }
  const data = normalizeDeep(document.toJS() as Record<string, unknown>);
  return { record: { data, body: normalizeText(body) === '' ? '' : body.normalize('NFC') } };
}
