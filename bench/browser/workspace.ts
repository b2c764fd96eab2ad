// A whole API in the browser (issue #16): a generated OpenAPI file of 300 methods opened as a workspace (file chosen
// → the sidebar lists every method and the designer shows the first), and Run all of 300 methods × 3 samples
// (click → the results' summary). Both are timed inside the page (its own clock, no Playwright round trips), with the
// longest task meanwhile. The files are generated here: no large fixture is committed.
import type { Page } from '@playwright/test';
import { openApiWorkspace } from '../../src/workspace/open-api-workspace.ts';
import { serializeWorkspace } from '../../src/workspace/restore-workspace.ts';
import { longTasksBetween } from './probes.ts';

/** An OpenAPI document of `count` methods: MOCK, HTTP with a JSON template, and Lambda proxy, a third each. */
export function generatedOpenApi(count: number): string {
  const paths: Record<string, Record<string, unknown>> = {};
  for (let i = 0; i < count; i++) {
    const path = `/things${Math.floor(i / 3)}/{id}`;
    const kind = i % 3;
    paths[path] ??= {};
    const integration =
      kind === 0
        ? {
            type: 'mock',
            requestTemplates: { 'application/json': '{"statusCode": 200}' },
            responses: { default: { statusCode: '200', responseTemplates: { 'application/json': `{"n": ${i}}` } } },
          }
        : kind === 1
          ? {
              type: 'http',
              httpMethod: 'POST',
              uri: `https://backend.example.com/things/${i}/{id}`,
              requestParameters: { 'integration.request.path.id': 'method.request.path.id' },
              requestTemplates: {
                'application/json': `#set($b = $input.path('$'))\n{"id": "$input.params('id')", "name": "$util.escapeJavaScript($b.name)", "n": ${i}}`,
              },
              responses: { default: { statusCode: '200' } },
            }
          : {
              type: 'aws_proxy',
              httpMethod: 'POST',
              uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f${i}/invocations`,
            };
    paths[path][['get', 'post', 'delete'][kind]!] = {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': { description: 'ok' } },
      'x-amazon-apigateway-integration': integration,
    };
  }
  return JSON.stringify({ openapi: '3.0.1', info: { title: 'Generated', version: '1' }, paths }, null, 2);
}

/** The same API as a workspace file whose every method has `samples` samples, each with an expectation. */
export function generatedWorkspaceFile(count: number, samples: number): string {
  const opened = openApiWorkspace('generated.json', generatedOpenApi(count));
  if (!opened.ok) throw new Error(opened.error);
  for (const method of opened.workspace.methods) {
    const base = method.design.samples[0]!;
    method.design.samples = Array.from({ length: samples }, (_, s) => ({
      ...base,
      name: `sample ${s + 1}`,
      path: base.path!.replace(/\/42$/, `/${s + 1}`),
      ...(base.method === 'POST' ? { body: `{"name": "item \\"${s}\\""}` } : {}),
      expect: { status: 200 },
    }));
  }
  return serializeWorkspace(opened.workspace);
}

/**
 * Chooses `text` as the Import dialog's file and opens it as a workspace; resolves with file chosen → the sidebar
 * lists `methods` options (page clock) and the longest task meanwhile. The page clicks "Open workspace" itself as
 * soon as it appears, so no Playwright round trip is timed.
 */
export async function openWorkspaceFile(
  page: Page,
  name: string,
  text: string,
  methods: number,
): Promise<{ ms: number; maxLongTask: number }> {
  await page.getByRole('button', { name: 'Import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.waitFor(); // the dialog is its own chunk, loaded when it first opens
  await page.evaluate(`(() => {
    const input = document.querySelector('dialog input[type=file]');
    input.addEventListener('change', () => { window.__wsChosen = performance.now(); }, { once: true });
    const observer = new MutationObserver(() => {
      const open = [...document.querySelectorAll('dialog button')].find((b) => b.textContent === 'Open workspace');
      if (open && !open.disabled && !window.__wsClicked) { window.__wsClicked = true; open.click(); }
      const list = document.querySelector('[role=listbox][aria-label=Methods]');
      if (list && list.querySelectorAll('[role=option]').length === ${methods}) {
        window.__wsOpen = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true });
  })()`);
  await dialog
    .getByLabel('File to import')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction('window.__wsOpen !== undefined', undefined, { timeout: 60_000 });
  const [from, to] = (await page.evaluate('[window.__wsChosen, window.__wsOpen]')) as [number, number];
  return { ms: to - from, maxLongTask: (await longTasksBetween(page, from, to)).max };
}

/** Clicks Run all; resolves with click → the summary says every sample ran (page clock) and the longest task. */
export async function runAll(
  page: Page,
  samples: number,
): Promise<{ ms: number; maxLongTask: number; summary: string }> {
  await page.evaluate(`(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Run all');
    let started = false;
    const observer = new MutationObserver(() => {
      const status = document.querySelector('.run-all-results [role=status]');
      if (status && status.textContent.startsWith('Running')) started = true;
      if (started && status && status.textContent.startsWith('${samples} samples:')) {
        window.__runDone = performance.now();
        window.__runSummary = status.textContent;
        observer.disconnect();
      }
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    window.__runDone = undefined;
    window.__runStart = performance.now();
    button.click();
  })()`);
  await page.waitForFunction('window.__runDone !== undefined', undefined, { timeout: 120_000 });
  const [from, to, summary] = (await page.evaluate('[window.__runStart, window.__runDone, window.__runSummary]')) as [
    number,
    number,
    string,
  ];
  return { ms: to - from, maxLongTask: (await longTasksBetween(page, from, to)).max, summary };
}
