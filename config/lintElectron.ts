/**
 * `npm run lint:electron`: Electronegativity over the main process and the preload, failing on
 * any finding of medium severity or above (config/electronegativity.ts says how).
 */
import { appFolders, electronegativityFindings } from './electronegativity';

const findings = electronegativityFindings(process.cwd(), appFolders(process.cwd()));
if (findings.length > 0) {
  console.error(`Electronegativity: ${findings.length} finding(s) of medium severity or above:`);
  for (const line of findings) console.error(`  ${line}`);
  process.exitCode = 1;
} else {
  console.log(
    'Electronegativity: no findings of medium severity or above in src/main, src/preload and ' +
      'src/shared (exceptions are inline eng-disable comments, see docs/SECURITY.md).',
  );
}
