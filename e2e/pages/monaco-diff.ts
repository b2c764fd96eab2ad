// Reading Monaco's diff editor (Compare's templates, Save to file's file) as the page shows it.
import { expect, type Locator } from '@playwright/test';

/** The text of one side of a loaded Monaco diff editor, line by line as shown (folded runs left out). */
export async function monacoDiffText(editor: Locator, which: 'original' | 'modified'): Promise<string> {
  await expect(editor).toBeVisible({ timeout: 30_000 });
  return editor.locator(`.editor.${which} .view-lines`).evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.view-line')]
      .sort((a, b) => Number.parseFloat(a.style.top) - Number.parseFloat(b.style.top))
      .map((l) => l.textContent?.replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}
