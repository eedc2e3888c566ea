/**
 * The repository stands on its own: a fresh clone (or a fork) has nothing beside it, so no code
 * may read outside the repository, every citation of our docs must lead somewhere, and what a
 * user reads names the product and the research, never our tracker or our doc files.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function listFiles(directory: string, keep: (file: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'fixtures')
        found.push(...listFiles(full, keep));
    } else if (keep(full)) found.push(full);
  }
  return found;
}

const sourceFiles = [
  ...listFiles(path.join(repoRoot, 'src'), (f) => /\.(ts|tsx|css|html)$/.test(f)),
  ...listFiles(path.join(repoRoot, 'scripts'), () => true),
];
const relative = (file: string): string => path.relative(repoRoot, file);

/** `docs/science.md section 4`, `docs/product.md C10`, `docs/architecture.md, "Storage"`. */
const CITATION = /docs\/([a-z-]+\.md)(?:(?: |, )section (\d+)|(?: |, )(C\d+)\b|,? "([^"]+)")?/g;

interface DocIndex {
  text: string;
  sections: Set<string>;
}

const docs = new Map<string, DocIndex | null>();
function readDoc(name: string): DocIndex | null {
  if (!docs.has(name)) {
    const file = path.join(repoRoot, 'docs', name);
    if (!existsSync(file)) docs.set(name, null);
    else {
      const text = readFileSync(file, 'utf8');
      const sections = new Set([...text.matchAll(/^#{2,3} (\d+)\./gm)].map((m) => m[1]!));
      docs.set(name, { text, sections });
    }
  }
  return docs.get(name) ?? null;
}

/** Quotes are compared on words only, so line breaks and typographic quotes do not matter. */
const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('the repository stands on its own', () => {
  it('reads nothing outside the repository', () => {
    const offenders = sourceFiles.filter((file) =>
      /\.\.\/shared\b|shared\/datasets|shared\/docs/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders.map(relative)).toEqual([]);
  });

  it('keeps the data the graph tests and benchmarks read', () => {
    const dataset = path.join(repoRoot, 'data/snap-ego-facebook');
    for (const file of [
      'facebook_combined.txt',
      'networkx-reference.json',
      'README.md',
      'egos/README.md',
    ]) {
      expect(existsSync(path.join(dataset, file)), file).toBe(true);
    }
  });

  it('cites only docs and sections that exist', () => {
    const broken: string[] = [];
    for (const file of sourceFiles) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(CITATION)) {
        const [whole, name, section, capability, quote] = match;
        const doc = readDoc(name!);
        const where = `${relative(file)}: ${whole}`;
        if (!doc) broken.push(`${where} (no such doc)`);
        else if (section && !doc.sections.has(section))
          broken.push(`${where} (no section ${section})`);
        else if (capability && !new RegExp(`\\| ${capability} \\|`).test(doc.text))
          broken.push(`${where} (no capability ${capability})`);
        else if (quote && !words(doc.text).includes(words(quote)))
          broken.push(`${where} (quote not in the doc)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('shows users no issue numbers and no doc file names', () => {
    const userFacing = sourceFiles.filter(
      (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$|test-support|[/\\]bench[/\\]/.test(f),
    );
    const leaks: string[] = [];
    const internal =
      /\bissue \d+|\b(science|formats|architecture|product|demo-data)\.md\b|shared\/docs/i;
    for (const file of userFacing) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
      );
      const visit = (node: ts.Node): void => {
        if (
          ts.isStringLiteral(node) ||
          ts.isNoSubstitutionTemplateLiteral(node) ||
          ts.isTemplateHead(node) ||
          ts.isTemplateMiddle(node) ||
          ts.isTemplateTail(node) ||
          ts.isJsxText(node)
        ) {
          if (internal.test(node.text)) {
            const { line } = source.getLineAndCharacterOfPosition(node.getStart());
            leaks.push(`${relative(file)}:${line + 1}: ${node.text.slice(0, 80)}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(leaks).toEqual([]);
  });
});
