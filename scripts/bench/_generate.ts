// Report-like text for benchmarks, built from our own sentence templates (no corpus text).
const regions = [
  ['江西省', '赣州市', '宁都县'], ['江西省', '赣州市', '于都县'], ['湖南省', '株洲市', '攸县'], ['河南省', '洛阳市', '新安县'],
  ['广东省', '佛山市', '顺德区'], ['四川省', '绵阳市', '三台县'], ['浙江省', '温州市', '乐清市'], ['辽宁省', '鞍山市', '海城市'],
] as const;

const templates = [
  (n: number) => `全年收到行政复议申请${n}件,依法受理${Math.max(1, n - 3)}件,审结${Math.max(1, n - 5)}件。`,
  (n: number) => `排查化解矛盾纠纷${(n / 10).toFixed(1)}万余件,调解成功率达${(95 + (n % 50) / 10).toFixed(1)}%。`,
  (n: number) => `办理人大代表建议${n}件、政协提案${n + 17}件,办复率、满意率均为100%。`,
  (n: number) => `开展普法宣传活动${n * 3}场次,发放宣传资料${n}万余份,受益群众${n * 2}万人次。`,
  (n: number) => `审查规范性文件${n}件,清理${Math.round(n / 2)}件,同比增长${(n % 30) + 0.5}%。`,
  (n: number) => `组织行政执法人员培训${n % 20 + 2}期,参训${n * 4}人次,拨付法律援助经费${n * 1.5}万元。`,
  () => `坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党中央、国务院关于法治政府建设的决策部署。`,
  () => `持续深化“放管服”改革,优化营商环境,推动政务服务事项“一网通办”,群众满意度不断提升。`,
];

// Prose without figures: real reports carry about one figure per 200 characters, not one per sentence.
const prose = [
  '严格落实重大行政决策程序规定,决策事项均经过公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序。',
  '深化行政执法体制改革,全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度,规范执法行为。',
  '坚持和发展新时代“枫桥经验”,健全社会矛盾纠纷多元预防调处化解综合机制,把矛盾纠纷化解在基层、消除在萌芽状态。',
  '加强对行政权力的制约和监督,自觉接受人大法律监督、政协民主监督和社会舆论监督,认真办理人大代表建议和政协委员提案。',
  '扎实推进法治宣传教育,落实“谁执法谁普法”普法责任制,推动法治宣传进机关、进乡村、进社区、进学校、进企业、进单位。',
  '加强法治工作队伍建设,把法治素养作为干部选拔任用的重要内容,推动领导干部带头尊法学法守法用法。',
];

/** A report of one region and year; without `place` and `year` they follow from the index. */
export function generateReport(
  index: number,
  targetChars = 6000,
  place?: { province: string; city: string; county: string },
  fixedYear?: number,
): { name: string; text: string; region: string; year: number } {
  const [province, city, county] = place ? [place.province, place.city, place.county] : regions[index % regions.length]!;
  const year = fixedYear ?? 2016 + (index % 9);
  const lines = [`${county}${year}年法治政府建设情况报告`, '', `${year}年,${county}在${city}委、${city}政府的坚强领导下,扎实推进法治政府建设。(${province} 第${index}号样本)`];
  let section = 0;
  let n = 17 + index;
  while (lines.join('\n').length < targetChars) {
    if (lines.length % 6 === 3) lines.push(`${'一二三四五六七八九十'[section++ % 10]}、重点工作推进情况`);
    n = (n * 7919 + 13) % 997;
    if (n % 10 < 7) lines.push(prose[n % prose.length]! + prose[(n + 1) % prose.length]!);
    else lines.push(templates[n % templates.length]!(n + 3));
  }
  lines.push('', `${county}人民政府`, `${year + 1}年1月${(index % 27) + 1}日`);
  return { name: `${county}-${year}-${index}.txt`, text: lines.join('\n'), region: county, year };
}

/**
 * A report of about `targetBytes` of UTF-8 built as generateReport builds a small one (headings, prose, figure
 * sentences), with `figureShare` of its lines carrying figures: 0.4 gives about one figure per 65 characters,
 * so 20 MB holds some 100,000 figures. Built line by line in linear time.
 */
export function generateLargeReport(index: number, targetBytes: number, figureShare = 0.4): { name: string; text: string; region: string; year: number } {
  const [province, city, county] = regions[index % regions.length]!;
  const year = 2016 + (index % 9);
  const lines = [`${county}${year}年法治政府建设情况报告`, '', `${year}年,${county}在${city}委、${city}政府的坚强领导下,扎实推进法治政府建设。(${province} 第${index}号样本)`];
  let bytes = lines.reduce((sum, l) => sum + Buffer.byteLength(l) + 1, 0);
  let section = 0;
  let n = 17 + index;
  while (bytes < targetBytes - 200) {
    let line: string;
    if (lines.length % 40 === 3) line = `${'一二三四五六七八九十'[section % 10]}、第${++section}部分重点工作推进情况`;
    else {
      n = (n * 7919 + 13) % 99991;
      line = (n % 1000) / 1000 < figureShare ? templates[n % 6]!((n % 997) + 3) : prose[n % prose.length]! + prose[(n + 1) % prose.length]!;
    }
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  lines.push('', `${county}人民政府`, `${year + 1}年1月${(index % 27) + 1}日`);
  return { name: `${county}-${year}-large-${index}.txt`, text: lines.join('\n'), region: county, year };
}
