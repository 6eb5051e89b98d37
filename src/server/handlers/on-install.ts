// This file handles installation from the Marketplace: the document is already open, so add the menu now.
import { onOpen } from './on-open';

export function onInstall(): void {
  onOpen();
}
