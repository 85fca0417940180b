import { useEffect } from 'react';
import type { MenuCommand } from '../../shared/contract';
import { ashore } from '../platform/ashore';
import { requestCommand } from './commandRequests';
import { type Route, hrefOf } from './routes';

/** Where each menu command is carried out, and whether something there must then act. */
const destinations: Record<MenuCommand, { route: Route; acts: boolean }> = {
  importScenario: { route: 'data', acts: true },
  exportBackup: { route: 'data', acts: true },
  restoreBackup: { route: 'data', acts: true },
  // The PDF button lives on the dashboard, which says how the export went.
  exportPdf: { route: 'home', acts: true },
  // The packet is for the lender open in the negotiation workspace: its panel opens there.
  exportLenderPacket: { route: 'negotiation', acts: true },
  about: { route: 'settings', acts: false },
  methodology: { route: 'methodology', acts: false },
};

/** Where a menu command takes the user; exported for tests. */
export function destinationOf(command: MenuCommand): { route: Route; acts: boolean } {
  return destinations[command];
}

/**
 * Follows the native menu: goes to the page that owns the command and has it act there, with
 * the same dialogs, previews and confirmations as its own buttons.
 */
export function useMenuCommands(): void {
  useEffect(
    () =>
      ashore.onMenuCommand((command) => {
        const { route, acts } = destinationOf(command);
        const href = hrefOf(route);
        if (!window.location.hash.startsWith(href)) window.location.hash = href;
        if (acts) requestCommand(command);
      }),
    [],
  );
}
