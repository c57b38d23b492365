/**
 * GBT42509_CHECKLIST and MATURITY_LEVELS are deep-frozen: every object and array in them is frozen, and any
 * attempt to change one throws a TypeError (ES modules run in strict mode) and leaves the data as it was. A copy
 * stays usable.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assess, GBT42509_CHECKLIST, MATURITY_LEVELS, validateChecklist, type ChecklistDefinition } from '../../src/index.js';

interface Node {
  path: string;
  value: object;
}
type DeepMutable<T> = { -readonly [K in keyof T]: DeepMutable<T[K]> };

/** Every object and array reachable from `root`, with its path. */
function nodes(root: object, path = '$'): Node[] {
  const out: Node[] = [{ path, value: root }];
  for (const [k, v] of Object.entries(root)) if (typeof v === 'object' && v !== null) out.push(...nodes(v as object, `${path}.${k}`));
  return out;
}

const ROOTS: [string, object][] = [
  ['GBT42509_CHECKLIST', GBT42509_CHECKLIST],
  ['MATURITY_LEVELS', MATURITY_LEVELS],
];

/** Ways to change a node in place. */
type Mutation = { kind: 'set'; key: string; value: unknown } | { kind: 'add'; key: string; value: unknown } | { kind: 'delete'; key: string } | { kind: 'push' | 'unshift'; value: unknown } | { kind: 'pop' | 'sort' | 'reverse' } | { kind: 'define'; key: string };

function apply(node: Record<string, unknown>, m: Mutation): void {
  switch (m.kind) {
    case 'set':
    case 'add':
      node[m.key] = m.value;
      return;
    case 'delete':
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
      delete node[m.key];
      return;
    case 'define':
      Object.defineProperty(node, m.key, { value: 1 });
      return;
    case 'push':
    case 'unshift':
      (node as unknown as unknown[])[m.kind](m.value);
      return;
    default:
      (node as unknown as unknown[])[m.kind]();
  }
}

function mutationArb(node: object): fc.Arbitrary<Mutation> {
  const keys = Object.keys(node);
  const value = fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.constant({ id: 'X' }));
  const fresh = fc.string({ minLength: 1 }).filter((k) => !keys.includes(k) && k !== '__proto__');
  const arbs: fc.Arbitrary<Mutation>[] = [
    fresh.chain((key) => value.map((v): Mutation => ({ kind: 'add', key, value: v }))),
    fresh.map((key): Mutation => ({ kind: 'define', key })),
  ];
  if (keys.length > 0) {
    const key = fc.constantFrom(...keys);
    arbs.push(key.chain((k) => value.map((v): Mutation => ({ kind: 'set', key: k, value: v }))), key.map((k): Mutation => ({ kind: 'delete', key: k })));
  }
  if (Array.isArray(node)) {
    arbs.push(
      value.map((v): Mutation => ({ kind: 'push', value: v })),
      value.map((v): Mutation => ({ kind: 'unshift', value: v })),
    );
    // pop, reverse and sort write back every element they touch, even an unchanged one, so they throw when there are two or more.
    if (node.length > 1) arbs.push(fc.constantFrom<Mutation>({ kind: 'pop' }, { kind: 'reverse' }));
    if (node.length > 1 && typeof node[0] !== 'object') arbs.push(fc.constant<Mutation>({ kind: 'sort' }));
  }
  return fc.oneof(...arbs);
}

for (const [name, root] of ROOTS) {
  const all = nodes(root);
  const snapshot = structuredClone(root);

  describe(`${name} is deep-frozen`, () => {
    it('every object and array in it is frozen', () => {
      expect(all.length).toBeGreaterThan(name === 'GBT42509_CHECKLIST' ? 1000 : 10);
      expect(all.filter((n) => !Object.isFrozen(n.value)).map((n) => n.path)).toEqual([]);
    });

    it('changing any object or array in it throws a TypeError and changes nothing', () => {
      const arb = fc.constantFrom(...all).chain((n) => mutationArb(n.value).map((m) => [n, m] as const));
      fc.assert(
        fc.property(arb, ([n, m]) => {
          expect(() => {
            apply(n.value as Record<string, unknown>, m);
          }).toThrow(TypeError);
        }),
        { numRuns: 300 },
      );
      expect(root).toEqual(snapshot);
    });
  });
}

describe('a copy of GBT42509_CHECKLIST', () => {
  it('is mutable, validates, and scores like the original after a change', () => {
    const copy = structuredClone(GBT42509_CHECKLIST) as DeepMutable<ChecklistDefinition>;
    copy.version = '1.0.0-local';
    copy.dimensions[0]!.weight = 2;
    expect(Object.isFrozen(copy.dimensions[0])).toBe(false);
    expect(validateChecklist(copy)).toEqual([]);
    const r = assess(copy, { checklist: { id: copy.id, version: copy.version }, answers: [{ criterion: 'D01-1-L1', status: 'met' }] });
    expect(r.dimensions[0]!.weight).toBe(2);
    expect(GBT42509_CHECKLIST.dimensions[0]!.weight).toBe(1);
  });

  it('the spread of the frozen original is a new, unfrozen top-level object', () => {
    const spread = { ...GBT42509_CHECKLIST, id: 'mine' };
    expect(Object.isFrozen(spread)).toBe(false);
    expect(Object.isFrozen(spread.dimensions)).toBe(true);
  });
});
