// integration.connectionType and connectionId (private integrations through a VPC link).
// Sources: https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html (`connectionType`: "INTERNET"
// (default) or "VPC_LINK"; `connectionId`: "The ID of the VpcLink used for the integration. Specify this value only if
// you specify VPC_LINK as the connection type"), and
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-api-with-vpclink-console.html ("setting either
// HTTP or HTTP_PROXY as the integration type, setting VPC_LINK as the integration connection type, and setting the
// VpcLink identifier on the integration connectionId"). A stage variable may name the link
// (https://docs.aws.amazon.com/apigateway/latest/developerguide/aws-api-gateway-stage-variables-reference.html).
import { isStageVariableReference } from '../names.ts';
import { CONNECTION_TYPES } from '../types.ts';
import type { Integration, IntegrationType } from '../types.ts';
import { isAbsent, type ProblemList } from './problem-list.ts';

export function checkConnection(integration: Integration, type: IntegrationType, out: ProblemList): void {
  const connectionType = integration.connectionType as unknown;
  const connectionId = integration.connectionId as unknown;
  if (!isAbsent(connectionType) && !(CONNECTION_TYPES as readonly unknown[]).includes(connectionType)) {
    out.error('integration.connectionType', `must be INTERNET or VPC_LINK, not ${JSON.stringify(connectionType)}`);
    return;
  }
  const viaVpcLink = connectionType === 'VPC_LINK';
  if (viaVpcLink && type !== 'HTTP' && type !== 'HTTP_PROXY') {
    out.error('integration.connectionType', `VPC_LINK is only for HTTP and HTTP_PROXY integrations, not ${type}`);
  }
  const hasId = !isAbsent(connectionId) && connectionId !== '';
  if (viaVpcLink && !hasId) {
    out.error(
      'integration.connectionId',
      'required when connectionType is VPC_LINK: the VpcLink id, or ${stageVariables.NAME}',
    );
  } else if (!viaVpcLink && hasId) {
    out.error(
      'integration.connectionId',
      'only used when connectionType is VPC_LINK; remove it or set connectionType to VPC_LINK',
    );
  } else if (
    hasId &&
    (typeof connectionId !== 'string' ||
      !(/^[A-Za-z0-9]+$/.test(connectionId) || isStageVariableReference(connectionId)))
  ) {
    out.error(
      'integration.connectionId',
      `${JSON.stringify(connectionId)} is neither a VpcLink id (like a1b2c3) nor \${stageVariables.NAME}`,
    );
  }
}
