// The GraphQL documents the web app sends, read from apps/web/src/**/*.graphql, each operation with
// the fragments it spreads, so the benchmark asks exactly what the pages ask.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function graphqlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return graphqlFiles(path);
    return entry.name.endsWith('.graphql') ? [path] : [];
  });
}

/** Top-level definitions of a document: brace-matched, comments dropped. */
function definitions(text) {
  const source = text.replace(/#[^\n]*/g, '');
  const found = [];
  const head = /(query|mutation|subscription|fragment)\s+(\w+)/g;
  for (let match; (match = head.exec(source)); ) {
    let depth = 0;
    let i = source.indexOf('{', match.index);
    for (; i < source.length; i++) {
      if (source[i] === '{') depth++;
      if (source[i] === '}' && --depth === 0) break;
    }
    found.push({ kind: match[1], name: match[2], text: source.slice(match.index, i + 1) });
    head.lastIndex = i + 1;
  }
  return found;
}

export function webOperations(webSrc) {
  const all = graphqlFiles(webSrc).flatMap((file) => definitions(readFileSync(file, 'utf8')));
  const fragments = new Map(all.filter((d) => d.kind === 'fragment').map((d) => [d.name, d.text]));
  const documentOf = (name) => {
    const operation = all.find((d) => d.kind !== 'fragment' && d.name === name);
    if (!operation) throw new Error(`The web app has no operation ${name}`);
    const needed = new Set();
    const visit = (text) => {
      for (const [, spread] of text.matchAll(/\.\.\.(\w+)/g)) {
        if (needed.has(spread) || !fragments.has(spread)) continue;
        needed.add(spread);
        visit(fragments.get(spread));
      }
    };
    visit(operation.text);
    return [operation.text, ...[...needed].map((f) => fragments.get(f))].join('\n');
  };
  return documentOf;
}
