/**
 * Unit tests of revenueRetention and revenueRetentionFromSnapshots (src/retention/revenue-retention.ts).
 * Expected values are exact decimal quotients worked out by hand (compared as strings, no tolerance).
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  revenueRetention,
  revenueRetentionFromSnapshots,
  type RevenueRetentionInput,
  type RevenueSnapshotRow,
} from '../../src/retention/revenue-retention.js';
import { expectCxError } from '../helpers/errors.js';

const str = (d: Decimal | null): string | null => (d === null ? null : d.toString());

describe('revenueRetention', () => {
  it('GRR and NRR', () => {
    // (10000 − 300 − 700) / 10000 = 0.9; (10000 + 1500 − 300 − 700) / 10000 = 1.05.
    const r = revenueRetention({ start: '10000', expansion: '1500', contraction: '300', churned: '700' });
    expect([str(r.grr), str(r.nrr)]).toEqual(['0.9', '1.05']);
    expect(r.grr).toBeInstanceOf(Decimal);
    expect(JSON.stringify(r)).toBe('{"grr":"0.9","nrr":"1.05"}');
  });

  it('is exact in decimal: 0.1 + 0.2 style amounts', () => {
    // (0.3 − 0.1 − 0.1) / 0.3 = 1/3 to 34 digits; (0.3 + 0.2 − 0.2) / 0.3 = 1 exactly.
    const r = revenueRetention({ start: 0.3, expansion: 0.2, contraction: 0.1, churned: 0.1 });
    expect(str(r.grr)).toBe('0.3333333333333333333333333333333333');
    expect(str(r.nrr)).toBe('1');
  });

  it('accepts numbers, strings, bigints and Decimals; everything churned gives 0', () => {
    const r = revenueRetention({ start: 100n, expansion: new Decimal(0), contraction: 40, churned: '60' });
    expect([str(r.grr), str(r.nrr)]).toEqual(['0', '0']);
  });

  it('start 0: null, never NaN', () => {
    expect(revenueRetention({ start: 0, expansion: 0, contraction: 0, churned: 0 })).toEqual({ grr: null, nrr: null });
    expect(revenueRetention({ start: 0, expansion: 5, contraction: 0, churned: 0 })).toEqual({ grr: null, nrr: null });
  });

  it('bad input', () => {
    expectCxError(() => revenueRetention({ start: 100, expansion: 0, contraction: 50, churned: 51 }), 'OUT_OF_RANGE', ['churned']);
    expectCxError(() => revenueRetention({ start: -1, expansion: 0, contraction: 0, churned: 0 }), 'OUT_OF_RANGE', ['start']);
    expectCxError(() => revenueRetention({ start: 1, expansion: -1, contraction: 0, churned: 0 }), 'OUT_OF_RANGE', ['expansion']);
    expectCxError(() => revenueRetention({ start: 1, expansion: 0, contraction: '1,5', churned: 0 }), 'INVALID_MONEY', ['contraction']);
    expectCxError(() => revenueRetention({ start: 1, expansion: 0, contraction: 0, churned: Number.NaN }), 'INVALID_MONEY', ['churned']);
    expectCxError(() => revenueRetention(undefined as unknown as RevenueRetentionInput), 'INVALID_ARGUMENT', []);
  });
});

describe('revenueRetentionFromSnapshots', () => {
  const before: RevenueSnapshotRow[] = [
    { customerId: 'a', mrr: 100 }, // → 130: expansion 30
    { customerId: 'b', mrr: '50' }, // → 40: contraction 10
    { customerId: 'c', mrr: 50 }, // absent after: churned 50
    { customerId: 'e', mrr: 20 }, // → 0: churned 20
    { customerId: 'f', mrr: 0 }, // 0 → 15: new 15 (a returning customer is new revenue)
    { customerId: 'g', mrr: 30 }, // → 30: unchanged
  ];
  const after: RevenueSnapshotRow[] = [
    { customerId: 'a', mrr: 130 },
    { customerId: 'b', mrr: 40 },
    { customerId: 'd', mrr: 80 }, // absent before: new 80
    { customerId: 'e', mrr: 0 },
    { customerId: 'f', mrr: 15 },
    { customerId: 'g', mrr: '30.00' },
  ];

  it('derives the movements; new revenue is reported, not in NRR', () => {
    const r = revenueRetentionFromSnapshots(before, after);
    // start 250; GRR (250 − 10 − 70) / 250 = 0.68; NRR (250 + 30 − 10 − 70) / 250 = 0.8; end 295 = 250 + 30 − 10 − 70 + 95.
    expect(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, str(v as Decimal | null)]))).toEqual({
      start: '250',
      end: '295',
      expansion: '30',
      contraction: '10',
      churned: '70',
      new: '95',
      grr: '0.68',
      nrr: '0.8',
    });
  });

  it('sums repeated ids (one row per subscription)', () => {
    const r = revenueRetentionFromSnapshots(
      [
        { customerId: 1, mrr: 10 },
        { customerId: 1, mrr: 15 },
      ],
      [{ customerId: 1, mrr: 20 }],
    );
    expect([str(r.start), str(r.contraction), str(r.grr)]).toEqual(['25', '5', '0.8']);
  });

  it('empty snapshots', () => {
    const r = revenueRetentionFromSnapshots([], []);
    expect([str(r.start), str(r.end), r.grr, r.nrr]).toEqual(['0', '0', null, null]);
    expect(str(revenueRetentionFromSnapshots([], [{ customerId: 'x', mrr: 5 }]).new)).toBe('5');
  });

  it('bad input', () => {
    expectCxError(() => revenueRetentionFromSnapshots([{ customerId: 'a', mrr: -5 }], []), 'OUT_OF_RANGE', ['before', 0, 'mrr']);
    expectCxError(() => revenueRetentionFromSnapshots([], [{ customerId: 'a', mrr: 'abc' }]), 'INVALID_MONEY', ['after', 0, 'mrr']);
    expectCxError(() => revenueRetentionFromSnapshots([{ customerId: null, mrr: 1 }] as unknown as RevenueSnapshotRow[], []), 'INVALID_ARGUMENT', ['before', 0, 'customerId']);
    expectCxError(() => revenueRetentionFromSnapshots([], [7] as unknown as RevenueSnapshotRow[]), 'INVALID_ARGUMENT', ['after', 0]);
    expectCxError(() => revenueRetentionFromSnapshots(null as unknown as RevenueSnapshotRow[], []), 'INVALID_ARGUMENT', ['before']);
  });
});
