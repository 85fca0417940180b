/** Entry point of `npm run pdf -- <scenario.json> <out.pdf> [--lang zh-CN|en]`; see pdfCommand.ts. */
import { runPdfCommand } from './pdfCommand';

void runPdfCommand(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
).then((status) => {
  process.exitCode = status;
});
