import { describe, expect, it } from 'vitest';
import { checkClaim, claimMeasure, doublingFactor, findClaimBase, halfStep, inferDirection, writtenNumber } from '../../../shared/trends/claims.ts';

const figure = (text: string, value: number, unit: string, lo = value, hi = value) => ({ text, value, unit, lo, hi });
const up = (text: string, value: number, unit = '%') => ({ ...figure(text, value, unit), direction: 'up' as const });
const down = (text: string, value: number, unit = '%') => ({ ...figure(text, value, unit), direction: 'down' as const });

describe('the 同比 claim check', () => {
  it('finds a claimed rise that the two years give: consistent', () => {
    // 兴国县: 72件 in 2022, 86件 in 2023, "同比增长19.4%".
    const outcome = checkClaim({ claim: up('19.4%', 19.4), current: figure('86件', 86, '件'), previous: figure('72件', 72, '件') });
    expect(outcome).toMatchObject({ measure: 'percent', claimed: 19.4, verdict: 'consistent' });
    expect(outcome.computed).toBeCloseTo(19.444, 3);
  });

  it('finds a claimed fall the figures do not bear out: contradicts', () => {
    // 于都县: 121件 in 2023, 98件 in 2024, yet "同比下降35.2%" (the figures give −19.0%).
    const outcome = checkClaim({ claim: down('35.2%', 35.2), current: figure('98件', 98, '件'), previous: figure('121件', 121, '件') });
    expect(outcome).toMatchObject({ claimed: -35.2, verdict: 'contradicts' });
    expect(outcome.computed).toBeCloseTo(-19.008, 3);
  });

  it('reads the direction: a rise claimed where the figures fell contradicts', () => {
    expect(checkClaim({ claim: up('14.04%', 14.04), current: figure('74件', 74, '件'), previous: figure('86件', 86, '件') }).verdict).toBe('contradicts');
    expect(checkClaim({ claim: down('14.0%', 14.0), current: figure('74件', 74, '件'), previous: figure('86件', 86, '件') }).verdict).toBe('consistent');
  });

  it('allows what hedges and rounding allow: 1.6万余件 → 1.8万余件, "增长15%"', () => {
    const outcome = checkClaim({
      claim: up('15%', 15),
      current: figure('1.8万余件', 18000, '件', 18000, 19000),
      previous: figure('1.6万余件', 16000, '件', 16000, 17000),
    });
    expect(outcome.computed).toBeCloseTo(12.5, 6);
    expect(outcome.verdict).toBe('rounding');
    expect(outcome.computedRange![0]).toBeLessThan(15);
    expect(outcome.computedRange![1]).toBeGreaterThan(15);
  });

  it('takes one unit off in the last digit as rounding, not as a contradiction', () => {
    // 64 → 72 is 12.5%; a report that truncates to 12.4% is off by one in the last place.
    expect(checkClaim({ claim: up('12.4%', 12.4), current: figure('72件', 72, '件'), previous: figure('64件', 64, '件') }).verdict).toBe('rounding');
    expect(checkClaim({ claim: up('12.8%', 12.8), current: figure('72件', 72, '件'), previous: figure('64件', 64, '件') }).verdict).toBe('contradicts');
  });

  it('checks a rate’s change in percentage points', () => {
    const outcome = checkClaim({ claim: up('0.4个百分点', 0.4, '个百分点'), current: figure('98.9%', 98.9, '%'), previous: figure('98.5%', 98.5, '%') });
    expect(outcome).toMatchObject({ measure: 'points', verdict: 'consistent' });
    expect(checkClaim({ claim: up('1.4个百分点', 1.4, '个百分点'), current: figure('98.9%', 98.9, '%'), previous: figure('98.5%', 98.5, '%') }).verdict).toBe('contradicts');
  });

  it('checks an absolute change in the figure’s own unit: 较去年减少307项', () => {
    expect(checkClaim({ claim: down('307项', 307, '项'), current: figure('1200项', 1200, '项'), previous: figure('1507项', 1507, '项') }).verdict).toBe('consistent');
    expect(checkClaim({ claim: down('307项', 307, '项'), current: figure('1200件', 1200, '件'), previous: figure('1507件', 1507, '件') }).verdict).toBe('not-comparable');
  });

  it('checks 翻番 as at least doubling', () => {
    expect(doublingFactor('翻番')).toBe(2);
    expect(doublingFactor('翻了一番')).toBe(2);
    expect(doublingFactor('翻两番')).toBe(4);
    const claim = { ...figure('翻番', 2, '倍'), direction: 'up' as const };
    expect(checkClaim({ claim, current: figure('210件', 210, '件'), previous: figure('100件', 100, '件') }).verdict).toBe('consistent');
    expect(checkClaim({ claim, current: figure('195件', 195, '件'), previous: figure('100件', 100, '件') }).verdict).toBe('rounding');
    expect(checkClaim({ claim, current: figure('150件', 150, '件'), previous: figure('100件', 100, '件') }).verdict).toBe('contradicts');
  });

  it('says so when the library has no figure for the year before', () => {
    expect(checkClaim({ claim: up('6.1%', 6.1), current: figure('121件', 121, '件'), previous: null })).toMatchObject({ verdict: 'no-earlier-data', computed: null, claimed: 6.1 });
  });

  it('reads how precisely a figure is written', () => {
    expect(writtenNumber('14.04%')).toEqual({ number: 14.04, decimals: 2 });
    expect(writtenNumber('１２.５%')).toEqual({ number: 12.5, decimals: 1 });
    expect(writtenNumber('翻番')).toBeNull();
    expect(halfStep({ text: '1.4万件', value: 14000, unit: '件' })).toBe(500);
    expect(halfStep({ text: '52件', value: 52, unit: '件' })).toBe(0);
    expect(halfStep({ text: '98.9%', value: 98.9, unit: '%' })).toBeCloseTo(0.05);
    expect(claimMeasure({ text: '0.8个百分点', unit: '个百分点' })).toBe('points');
  });

  it('infers the direction from the words before a change where extraction left it open', () => {
    expect(inferDirection('全年收到申请98件,同比下降')).toBe('down');
    expect(inferDirection('较上年增长了')).toBe('up');
    expect(inferDirection('调解成功率达')).toBeNull();
  });
});

describe('which figure a change is about', () => {
  const f = (start: number, sentenceStart: number, kind: string, key: string) => ({ start, sentenceStart, kind, key });
  it('prefers a figure of the same indicator in the same sentence, else the nearest figure before it', () => {
    const count = f(10, 0, 'count', 'admin_review_received');
    const other = f(30, 0, 'count', 'admin_review_concluded');
    const change = f(20, 0, 'change', 'admin_review_received');
    expect(findClaimBase(change, [count, change, other])).toBe(count);
    const labelled = f(40, 0, 'change', 'label:同比增长');
    expect(findClaimBase(labelled, [count, other, labelled])).toBe(other);
    const alone = f(5, 100, 'change', 'label:同比增长');
    expect(findClaimBase(alone, [count, alone])).toBeNull();
  });
});

describe('claims that know the genre', () => {
  const level = (value: number, text: string) => ({ value, lo: value, hi: value, unit: '元', text });
  const growth = (value: number) => ({ value, lo: value, hi: value, unit: '%', text: `${value.toFixed(1)}%`, direction: 'up' as const });

  it('calls a real GDP growth against nominal levels a different basis, not a contradiction', () => {
    const input = { claim: growth(2.4), current: level(30_210_000_000, '302.1亿元'), previous: level(28_200_000_000, '282亿元') };
    expect(checkClaim(input).verdict).toBe('contradicts');
    const out = checkClaim({ ...input, context: { indicatorId: 'gdp' } });
    expect(out).toMatchObject({ verdict: 'different-basis', basis: 'real' });
  });

  it('names an adjusted basis and an estimate as the reason', () => {
    const input = { claim: growth(12.6), current: level(7_930_000_000, '79.3亿元'), previous: level(7_600_000_000, '76亿元') };
    expect(checkClaim({ ...input, context: { claimMeasure: 'adjusted-growth' } })).toMatchObject({ verdict: 'different-basis', basis: 'adjusted' });
    expect(checkClaim({ ...input, context: { previousStatus: 'estimate' } })).toMatchObject({ verdict: 'different-basis', basis: 'estimate' });
  });

  it('treats a gap under one point in a money series as a likely revision, but never in a count', () => {
    const money = { claim: growth(5.0), current: level(10_550, '10550元'), previous: level(10_000, '10000元') };
    expect(checkClaim(money)).toMatchObject({ verdict: 'different-basis', basis: 'revision' });
    const count = { claim: growth(5.0), current: { value: 1055, lo: 1055, hi: 1055, unit: '件', text: '1055件' }, previous: { value: 1000, lo: 1000, hi: 1000, unit: '件', text: '1000件' } };
    expect(checkClaim(count)).toMatchObject({ verdict: 'contradicts', basis: null });
  });

  it('leaves agreeing claims alone whatever the basis', () => {
    const input = { claim: growth(10), current: level(110, '110元'), previous: level(100, '100元'), context: { indicatorId: 'gdp' } };
    expect(checkClaim(input)).toMatchObject({ verdict: 'consistent', basis: null });
  });
});
