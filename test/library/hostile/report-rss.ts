// Loaded with --import before the CLI: reports the process's peak resident memory when it exits.
process.on('exit', () => process.stderr.write(`\nPEAK_RSS_MB=${Math.round(process.resourceUsage().maxRSS / 1024)}\n`));
