/**
 * The dialog a case action's form opens in, when it opens in one: ActionForm draws itself as
 * that dialog, and a successful action closes it (useCaseAction), so the opener decides where
 * focus goes next. Without a provider an ActionForm stays an inline card.
 */
import { createContext } from 'react';

export interface ActionDialog {
  /** `done`: the action was taken (the case changed); otherwise the clerk cancelled. */
  close(done: boolean): void;
}

export const ActionDialogContext = createContext<ActionDialog | null>(null);
