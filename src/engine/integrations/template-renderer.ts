// How integration modules render a mapping template without depending on the Velocity runtime directly: simulate.ts
// passes a renderer bound to the request's $input/$context/$stageVariables (src/engine/vtl). Shapes mirror the VTL
// engine's renderVtl result.

export interface TemplateOverrides {
  request: {
    header: Record<string, string | string[]>;
    querystring: Record<string, string | string[]>;
    path: Record<string, string>;
  };
  response: { status?: number; header: Record<string, string> };
}

export interface TemplateError {
  message: string;
  line: number;
  column: number;
  code?: string;
}

export type TemplateRender =
  | { ok: true; output: string; overrides: TemplateOverrides }
  | { ok: false; error: TemplateError };

/** Renders `template` with `$input.body` = `body` (everything else fixed by the caller). */
export type TemplateRenderer = (template: string, body: string) => TemplateRender;
