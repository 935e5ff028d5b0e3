// The command line: inspect, import, eval, trend — the same domain code and library as the workbench.
// Each command loads only its own modules, so `--version` and `inspect` start fast.
import { readFileSync } from 'node:fs';

const usage = `用法 / usage:
  nianbao inspect FILE [--json]             解码、识别并抽取数字,不写入资料库 / decode, detect and extract without a library
  nianbao import PATH... [--library FILE]   导入文件和文件夹(Ctrl-C 停止并列出已导入的)/ import files and folders (Ctrl-C stops with a summary)
  nianbao eval DIR [--json]                 用 NNN.labels.json 评估数字、元数据与指标对齐 / score figures, metadata and alignment
  nianbao audit [--library FILE] [--region NAME] [--json]               年报体检 / the analyst's audit
  nianbao trend --indicator ID --region NAME [--library FILE] [--json]   指标趋势 / an indicator's series
  nianbao --version`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect':
        return await (await import('./cli-inspect.ts')).inspectCommand(rest);
      case 'import':
        return await (await import('./cli-import.ts')).importCommand(rest);
      case 'eval':
        return await (await import('./cli-eval.ts')).evalCommand(rest);
      case 'audit':
        return await (await import('./cli-audit.ts')).auditCommand(rest);
      case 'trend':
        return await (await import('./cli-trend.ts')).trendCommand(rest);
      case '--version':
      case '-v':
        console.log(version());
        return 0;
      default:
        console.log(usage);
        return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
    }
  } catch (error) {
    console.error(`nianbao ${command}: ${(error as Error).message}`);
    return 1;
  }
}

function version(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      return (JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { version: string }).version;
    } catch {
      // the bundle sits one folder deeper than the sources
    }
  }
  return 'unknown';
}
