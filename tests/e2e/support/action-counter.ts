/**
 * Counts what a clerk does beyond typing the applicant's data: every click and every press
 * of a key that is not text (Enter, Tab, F9, Space on a checkbox). Typing data goes through
 * `type`, which is not counted. Each action is logged with why it was needed, so a count
 * above the goal says which step to remove.
 */
import type { Locator, Page } from '@playwright/test';

export class ActionCounter {
  private readonly actions: string[] = [];

  constructor(private readonly page: Page) {}

  async click(target: Locator, why: string): Promise<void> {
    await target.click();
    this.actions.push(`点击 ${why}`);
  }

  /** A non-text key; a single character would be typing and must go through `type`. */
  async press(key: string, why: string): Promise<void> {
    if ([...key].length === 1 && key !== ' ') throw new Error(`"${key}" is text: type it with ActionCounter.type`);
    await this.page.keyboard.press(key);
    this.actions.push(`${key === ' ' ? 'Space' : key} ${why}`);
  }

  /** Typing data into the focused field: not an action. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  get count(): number {
    return this.actions.length;
  }

  /** One line per action, numbered, for the test's output. */
  report(): string {
    return this.actions.map((action, index) => `${index + 1}. ${action}`).join('\n');
  }
}
