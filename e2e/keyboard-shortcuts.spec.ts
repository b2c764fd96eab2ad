// Journeys of issue #17: the shortcuts users of API tools expect (save, run, jump to the preview, switch samples, the
// sheet on Ctrl+/ as in Hoppscotch), from a form field and from inside a Monaco editor, and the ways out of an editor.
import { expect, test } from '@playwright/test';
import { DesignerPage } from './pages/designer-page.ts';

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
]) {
  test.describe(`shortcuts at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('Ctrl+/ opens the shortcut sheet, which lists every shortcut, from a field and from a code editor', async ({
      page,
    }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      const sheet = designer.shortcuts;
      await designer.designName.focus();
      await sheet.press('Control+/');
      await expect(sheet.dialog).toBeVisible();
      for (const keys of [
        'Ctrl+S',
        'Ctrl+Enter',
        'Alt+P',
        'Ctrl+Alt+Page Down',
        'Ctrl+Alt+Page Up',
        'Ctrl+/',
        'Ctrl+Z',
        'Tab',
        'Ctrl+M',
        'Escape, then Tab',
      ]) {
        await expect(sheet.row(keys)).toBeVisible();
      }
      await sheet.press('Control+/');
      await expect(sheet.dialog).toBeHidden();
      // Monaco binds Ctrl+/ to "toggle line comment"; the sheet wins, and the template is left as it was.
      const editor = designer.templates.editor('application/json');
      await editor.waitForMonaco();
      const text = await editor.monaco.textContent();
      await editor.textbox.focus();
      await sheet.press('Control+/');
      await expect(sheet.dialog).toBeVisible();
      await sheet.close();
      expect(await editor.monaco.textContent()).toBe(text);
      // The header button opens it too, and says which keys do.
      await expect(sheet.button).toHaveAttribute('aria-keyshortcuts', /Control\+\//);
      await sheet.button.click();
      await expect(sheet.dialog).toBeVisible();
    });

    test('Ctrl+S saves at once, without the browser’s save dialog, also from a code editor', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      await designer.designName.fill('Saved by shortcut');
      await expect(designer.saveStatus).toHaveText(/Unsaved changes|Saving…|Saved/);
      expect(await designer.pressTaken('Control+S')).toBe(true);
      await expect(designer.saveStatus).toHaveText('Saved');
      const editor = designer.templates.editor('application/json');
      await editor.typeAtEnd('\n## saved from the editor');
      expect(await designer.pressTaken('Control+S')).toBe(true);
      await expect(designer.saveStatus).toHaveText('Saved');
    });

    test('Ctrl+Enter runs the sample again, also from a code editor, where it does not add a line', async ({
      page,
    }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      await expect(designer.preview.status).toHaveText('Up to date');
      const runStatus = designer.sample.runAgainStatus;
      await expect(runStatus).toHaveText('');
      await page.keyboard.press('Control+Enter');
      await expect(runStatus).toHaveText('Ran again (1×)');
      const editor = designer.templates.editor('application/json');
      await editor.waitForMonaco();
      const text = await editor.monaco.textContent();
      await editor.textbox.focus();
      await page.keyboard.press('Control+Enter');
      await expect(runStatus).toHaveText('Ran again (2×)');
      expect(await editor.monaco.textContent()).toBe(text);
      await expect(designer.sample.runAgain).toHaveAttribute('aria-keyshortcuts', /Control\+Enter/);
    });

    test('Alt+P jumps to the preview; Ctrl+Alt+Page Down / Page Up switch samples, from an editor too', async ({
      page,
    }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      await designer.layout.scrollToEnd(designer.layout.settings);
      await designer.form.timeout.focus();
      await page.keyboard.press('Alt+P');
      await expect(designer.layout.preview).toBeFocused();
      await expect(designer.layout.previewHeading).toBeInViewport();

      await designer.sample.addSample();
      await expect(designer.sample.selector).toHaveValue('1');
      await designer.form.timeout.focus();
      await page.keyboard.press('Control+Alt+PageUp');
      await expect(designer.sample.selector).toHaveValue('0');
      await designer.sample.body.waitForMonaco();
      await designer.templates.editor('application/json').textbox.focus();
      await page.keyboard.press('Control+Alt+PageDown');
      await expect(designer.sample.selector).toHaveValue('1');
      await page.keyboard.press('Control+Alt+PageDown'); // round from the last to the first
      await expect(designer.sample.selector).toHaveValue('0');
      await expect(designer.sample.selector).toHaveAttribute('aria-keyshortcuts', /Control\+Alt\+PageDown/);
    });

    test('in a code editor Tab indents; Escape then Tab leaves it, and so does Tab after Ctrl+M', async ({ page }) => {
      const designer = new DesignerPage(page);
      await designer.open();
      const editor = designer.templates.editor('application/json');
      await editor.waitForMonaco();
      await editor.textbox.focus();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Tab');
      await expect(editor.textbox).toBeFocused(); // Tab indented, the focus stayed
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await expect(designer.sample.selector).toBeFocused(); // the next control after the template editor
      // Shift+Tab goes back into the editor, and Escape then Shift+Tab leaves it backwards.
      await page.keyboard.press('Shift+Tab');
      await expect(editor.textbox).toBeFocused();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+Tab');
      await expect(editor.textbox).not.toBeFocused();
      // Ctrl+M (Monaco's tab focus mode): Tab moves the focus, until Ctrl+M again.
      await editor.textbox.focus();
      await page.keyboard.press('Control+M');
      await page.keyboard.press('Tab');
      await expect(editor.textbox).not.toBeFocused();
    });
  });
}
