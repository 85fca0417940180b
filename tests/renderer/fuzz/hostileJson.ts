import fc from 'fast-check';

/**
 * Hostile JSON, generated as text: keys like `__proto__` must reach JSON.parse literally (an
 * object literal in JavaScript would set the prototype instead of making a key).
 */
export const pollutionKeys = ['__proto__', 'constructor', 'prototype'] as const;

/** A JSON value as a tree we serialise ourselves. */
export type Tree =
  | { t: 'raw'; text: string }
  | { t: 'arr'; items: Tree[] }
  | { t: 'obj'; entries: [string, Tree][] };

export function treeText(tree: Tree): string {
  switch (tree.t) {
    case 'raw':
      return tree.text;
    case 'arr':
      return `[${tree.items.map(treeText).join(',')}]`;
    case 'obj':
      return `{${tree.entries.map(([k, v]) => `${JSON.stringify(k)}:${treeText(v)}`).join(',')}}`;
  }
}

const raw = (text: string): Tree => ({ t: 'raw', text });

/** Scalars of every wrong kind: huge, tiny, negative, non-decimal money, odd strings. */
export const hostileScalar: fc.Arbitrary<Tree> = fc
  .oneof(
    fc.constantFrom(
      'null',
      'true',
      'false',
      '0',
      '-0',
      '1e308',
      '-1e308',
      '1e-320',
      '9007199254740993',
      '"1e400"',
      '"NaN"',
      '"Infinity"',
      '"-0.00"',
      '"99999999999999999999999999999.99"',
      '""',
      '"2026-02-30"',
      '"9999-99-99"',
      '"\\u0000"',
      '"<script>alert(1)</script>"',
      '"__proto__"',
      '"huabei"',
      '"monthly"',
    ),
    fc.double().map((n) => (Number.isFinite(n) ? JSON.stringify(n) : '1e999')),
    fc.integer().map(String),
    fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s)),
  )
  .map(raw);

const key = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...pollutionKeys) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'id',
      'name',
      'kind',
      'principal',
      'amount',
      'debts',
      'budget',
      'tables',
      'format',
      'version',
      'checksum',
      'startDate',
      'agreements',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);

/** Objects and arrays of hostile scalars, a few levels deep, with pollution keys. */
export const hostileTree: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileScalar,
    fc.array(tie('tree'), { maxLength: 4 }).map((items): Tree => ({ t: 'arr', items })),
    fc
      .array(fc.tuple(key, tie('tree')), { maxLength: 4 })
      .map((entries): Tree => ({ t: 'obj', entries })),
  ),
})).tree;

/** Text a parser must survive: deep nesting, huge strings, garbage, truncation. */
export function nastyText(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.integer({ min: 1000, max: 200_000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
    fc.integer({ min: 1000, max: 50_000 }).map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
    fc.integer({ min: 1, max: 1_000_000 }).map((n) => JSON.stringify('x'.repeat(n))),
    fc.string({ maxLength: 200 }),
    fc.nat({ max: Math.max(0, valid.length - 1) }).map((n) => valid.slice(0, n)),
    fc.constantFrom(
      '',
      ' ',
      'null',
      '[]',
      '{}',
      '"ashore-backup"',
      '\uFEFF{}',
      '{"__proto__":{"polluted":1}}',
    ),
  );
}

/** The JSON paths of a parsed document, to aim a mutation somewhere real. */
export function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) {
    return [...here, ...value.flatMap((item, i) => pathsOf(item, [...prefix, i]))];
  }
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
  }
  return here;
}

export type Mutation =
  | { kind: 'replace'; at: number; with: Tree }
  | { kind: 'delete'; at: number }
  | { kind: 'addKey'; at: number; key: string; with: Tree };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), with: hostileTree }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('addKey' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom(...pollutionKeys), fc.string({ maxLength: 6 })),
    with: hostileTree,
  }),
);

/**
 * A valid document with one hostile change, as text: the document is rebuilt as a Tree so a
 * `__proto__` key or value lands in the text literally.
 */
export function mutatedText(document: unknown, change: Mutation): string {
  const paths = pathsOf(document);
  const target = paths[change.at % paths.length] ?? [];
  return treeText(rebuild(document, [], target, change) ?? raw('null'));
}

function sameTarget(path: (string | number)[], target: (string | number)[]) {
  return path.length === target.length && path.every((p, i) => p === target[i]);
}

function rebuild(
  value: unknown,
  path: (string | number)[],
  target: (string | number)[],
  change: Mutation,
): Tree | undefined {
  if (sameTarget(path, target)) {
    if (change.kind === 'replace') return change.with;
    if (change.kind === 'delete') return undefined;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item, i) => rebuild(item, [...path, i], target, change))
      .filter((item): item is Tree => item !== undefined);
    return { t: 'arr', items };
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([k, v]): [string, Tree | undefined] => [k, rebuild(v, [...path, k], target, change)])
      .filter((entry): entry is [string, Tree] => entry[1] !== undefined);
    if (change.kind === 'addKey' && sameTarget(path, target)) {
      entries.push([change.key, change.with]);
    }
    return { t: 'obj', entries };
  }
  return raw(JSON.stringify(value));
}
