/** Entry point of `npm run --silent plan -- FILE...`; see planCommand.ts. */
import { runPlanCommand } from './planCommand';

// exitCode rather than exit(): stdout is a pipe in tests and must be flushed before Node ends.
process.exitCode = runPlanCommand(process.argv.slice(2));
