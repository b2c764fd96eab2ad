// API003: a binaryMediaTypes entry that matches application/json (`*/*`, `application/*`): every JSON body is then
// treated as binary, reaches templates as base64 ($input.json/$input.path find nothing) and Lambda proxies get
// isBase64Encoded: true. Proxy integrations are left alone: there the function decodes what it gets, and `*/*` is a
// common deliberate choice for serving binary through a Lambda proxy.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-payload-encodings-workflow.html
import { indexPath } from '../../../model/paths.ts';
import { isBinaryMediaType } from '../../request/media-type.ts';
import { isProxyIntegration } from '../../request/template-selection.ts';
import type { DesignRule } from '../rule.ts';

export const binaryMediaTypesMatchJson: DesignRule = {
  code: 'API003',
  title: 'binaryMediaTypes matches application/json',
  severity: 'warning',
  checkDesign({ design, report }) {
    if (isProxyIntegration(design.integration)) return;
    const types = Array.isArray(design.api?.binaryMediaTypes) ? design.api.binaryMediaTypes : [];
    types.forEach((entry, i) => {
      if (typeof entry !== 'string' || !isBinaryMediaType('application/json', [entry])) return;
      report(
        indexPath('api.binaryMediaTypes', i),
        `${entry} also matches application/json: JSON bodies become binary (base64) for every template and ` +
          'integration, so $input.json and $input.path see no JSON. List the binary types themselves ' +
          '(image/png, application/octet-stream).',
      );
    });
  },
};
