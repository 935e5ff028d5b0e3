import { describe, expect, it } from 'vitest';
import { foldText } from '../../../shared/figures/fold.ts';
import { parseChineseNumeral, readNumber, stepOf } from '../../../shared/figures/numbers.ts';

function read(text: string, at = 0) {
  return readNumber(foldText(text), at);
}

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百零五', 105],
    ['三百四十', 340],
    ['两千', 2000],
    ['三万五千', 35000],
    ['十二万', 120000],
    ['一亿二千万', 120000000],
    ['一万二', 12000],
    ['三千五', 3500],
    ['十二点五', 12.5],
    ['百', 100],
    ['千亿', 100000000000],
  ])('%s → %d', (run, value) => {
    expect(parseChineseNumeral(run)?.value).toBe(value);
  });

  it('rejects runs that are not one number', () => {
    expect(parseChineseNumeral('十四五')).toBeNull();
    expect(parseChineseNumeral('三百四百')).toBeNull();
    expect(parseChineseNumeral('十百')).toBeNull();
  });

  it('marks digit strings and bare size words', () => {
    expect(parseChineseNumeral('二〇二四')).toMatchObject({ digitString: true, value: 2024 });
    expect(parseChineseNumeral('百万')).toMatchObject({ bareScale: true, value: 1000000 });
    expect(parseChineseNumeral('十万')).toMatchObject({ bareScale: false });
  });
});

describe('readNumber', () => {
  it('reads Arabic numbers with thousands separators and decimals', () => {
    expect(read('1,256件')).toMatchObject({ value: 1256, end: 5, script: 'arabic' });
    expect(read('12,345,678元')).toMatchObject({ value: 12345678 });
    expect(read('64.5%')).toMatchObject({ value: 64.5, step: 0.1 });
    // a comma that does not group three digits is punctuation
    expect(read('12,34')).toMatchObject({ value: 12, end: 2 });
  });

  it('reads full-width digits through folding', () => {
    expect(read('３２０个')).toMatchObject({ value: 320 });
    expect(read('２．５％')).toMatchObject({ value: 2.5 });
    expect(read('１，２３４万元')).toMatchObject({ value: 12340000 });
  });

  it('scales 万 and 亿 exactly, with hedges inside the number', () => {
    expect(read('3.1万余件')).toMatchObject({ value: 31000, step: 1000, innerHedge: '余', scaled: true, end: 5 });
    expect(read('1.12万条')).toMatchObject({ value: 11200, step: 100 });
    expect(read('860余万元')).toMatchObject({ value: 8600000, innerHedge: '余', end: 5 });
    expect(read('46万余人次')).toMatchObject({ value: 460000, innerHedge: '余' });
    expect(read('2081.57万元')).toMatchObject({ value: 20815700 });
    expect(read('6.98亿元')).toMatchObject({ value: 698000000 });
    expect(read('5千万元')).toMatchObject({ value: 50000000 });
    expect(read('290余万')).toMatchObject({ value: 2900000, end: 5 });
  });

  it('reads 万 and 亿 after a space or two, as copies of PDFs write them, and nothing else across a space', () => {
    expect(read('1.5 亿元')).toMatchObject({ value: 150000000, end: 5, scaled: true });
    expect(read('3.1  万余件')).toMatchObject({ value: 31000, innerHedge: '余', end: 7 });
    expect(read('860 余万元')).toMatchObject({ value: 8600000, innerHedge: '余' });
    expect(read('12 件')).toMatchObject({ value: 12, end: 2, scaled: false });
    expect(read('5 千米')).toMatchObject({ value: 5, end: 1 });
    expect(read('3\n万元')).toMatchObject({ value: 3, end: 1 });
  });

  it('does not read a unit that starts with 千 as a multiplier', () => {
    expect(read('5千米')).toMatchObject({ value: 5, end: 1 });
    expect(read('3千瓦')).toMatchObject({ value: 3, end: 1 });
  });

  it('reads Chinese numerals with 多, 余 and 几', () => {
    expect(read('四百多人')).toMatchObject({ value: 400, step: 100, innerHedge: '多', script: 'chinese' });
    expect(read('十几个')).toMatchObject({ value: 10, innerHedge: '几' });
    expect(read('二十余次')).toMatchObject({ value: 20, innerHedge: '余' });
    expect(read('三千多万元')).toMatchObject({ value: 30000000, innerHedge: '多' });
    expect(read('兩萬餘人')).toMatchObject({ value: 20000, innerHedge: '余' });
  });

  it('reads 百分之 and 千分之 with the unit in front', () => {
    expect(read('百分之十二点五')).toMatchObject({ value: 12.5, percent: '%', end: 7 });
    expect(read('百分之百')).toMatchObject({ value: 100, percent: '%' });
    expect(read('百分之80')).toMatchObject({ value: 80, percent: '%' });
    expect(read('千分之三')).toMatchObject({ value: 3, percent: '‰' });
  });

  it('flags codes and years for the exclusion rules', () => {
    expect(read('0731')).toMatchObject({ leadingZero: true });
    expect(read('2024年')).toMatchObject({ integerDigits: 4 });
  });

  it('never returns an infinite value', () => {
    expect(read('9'.repeat(400))).toBeNull();
  });
});

describe('stepOf', () => {
  it('is the place of the last significant digit', () => {
    expect(stepOf(31000)).toBe(1000);
    expect(stepOf(200)).toBe(100);
    expect(stepOf(98.7)).toBe(0.1);
    expect(stepOf(7)).toBe(1);
    expect(stepOf(0)).toBe(1);
  });
});
