// Resolves CloudFormation intrinsic functions in a template's values to the text a deployed stack would hold, so a
// method's integration can run as deployed: `Ref` and `Fn::Sub` of parameters (the values given, else the template's
// Default), pseudo parameters and resources; `Fn::GetAtt` of resources; `Fn::Join`, `Fn::Select`, `Fn::Split`,
// `Fn::If` (conditions from parameters), `Fn::FindInMap`, `Fn::Base64`, `Fn::ToJsonString`. Never refused: what
// cannot be known before deployment (a physical id, an imported value) gets a documented placeholder.
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
// https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html
import { asIntrinsic } from '../shared/cfn-intrinsics.ts';
import { isPlainObject } from '../shared/values.ts';
import type { PlainObject } from '../shared/values.ts';

/** Pseudo parameters as in a stack in us-east-1 of account 123456789012 (override any of them in `parameters`). */
export const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  'AWS::AccountId': '123456789012',
  'AWS::Region': 'us-east-1',
  'AWS::Partition': 'aws',
  'AWS::URLSuffix': 'amazonaws.com',
  'AWS::StackName': 'stack',
  'AWS::StackId': 'arn:aws:cloudformation:us-east-1:123456789012:stack/stack/00000000-0000-0000-0000-000000000000',
  'AWS::NoValue': '',
  'AWS::NotificationARNs': '',
};

export interface IntrinsicContext {
  /** The template's Resources (logical id -> resource). */
  resources: PlainObject;
  /** Parameter values: given ones over the template's Defaults; pseudo parameters may be overridden here too. */
  parameters: Record<string, unknown>;
  mappings: PlainObject;
  conditions: PlainObject;
}

export function intrinsicContext(template: PlainObject, given: Record<string, unknown> = {}): IntrinsicContext {
  const parameters: Record<string, unknown> = { ...PSEUDO_PARAMETERS };
  if (isPlainObject(template.Parameters)) {
    for (const [name, declaration] of Object.entries(template.Parameters)) {
      if (isPlainObject(declaration) && declaration.Default !== undefined) parameters[name] = declaration.Default;
    }
  }
  Object.assign(parameters, given);
  // A list parameter's Ref is a list (CommaDelimitedList, List<...>), whether written "a,b" or as a list.
  if (isPlainObject(template.Parameters)) {
    for (const [name, declaration] of Object.entries(template.Parameters)) {
      const type = isPlainObject(declaration) ? String(declaration.Type ?? '') : '';
      const value = parameters[name];
      if ((type === 'CommaDelimitedList' || type.startsWith('List<')) && typeof value === 'string')
        parameters[name] = value.split(',').map((v) => v.trim());
    }
  }
  return {
    resources: isPlainObject(template.Resources) ? template.Resources : {},
    parameters,
    mappings: isPlainObject(template.Mappings) ? template.Mappings : {},
    conditions: isPlainObject(template.Conditions) ? template.Conditions : {},
  };
}

/** The value with every intrinsic function in it resolved (a new value; the template is not changed). */
export function resolveIntrinsics(value: unknown, ctx: IntrinsicContext, depth = 0): unknown {
  if (depth > 100) return value;
  if (Array.isArray(value)) return value.map((v) => resolveIntrinsics(v, ctx, depth + 1));
  if (!isPlainObject(value)) return value;
  const fn = asIntrinsic(value);
  if (fn && fn.name !== 'Condition') return resolveFunction(fn.name, fn.argument, ctx, depth + 1);
  const out: PlainObject = {};
  for (const [key, v] of Object.entries(value)) out[key] = resolveIntrinsics(v, ctx, depth + 1);
  return out;
}

function text(value: unknown, ctx: IntrinsicContext, depth: number): string {
  const resolved = resolveIntrinsics(value, ctx, depth);
  if (typeof resolved === 'string') return resolved;
  if (typeof resolved === 'number' || typeof resolved === 'boolean') return String(resolved);
  if (Array.isArray(resolved)) return resolved.map(String).join(',');
  return JSON.stringify(resolved);
}

function resolveFunction(name: string, arg: unknown, ctx: IntrinsicContext, depth: number): unknown {
  switch (name) {
    case 'Ref':
      return typeof arg === 'string' ? refValue(arg, ctx) : text(arg, ctx, depth);
    case 'GetAtt': {
      const parts = typeof arg === 'string' ? splitOnce(arg) : Array.isArray(arg) ? arg : [];
      const [id, attribute] = parts.map((p) => text(p, ctx, depth));
      return attributeValue(id ?? '', attribute ?? '', ctx);
    }
    case 'Sub':
      return substitute(arg, ctx, depth);
    case 'Join': {
      if (!Array.isArray(arg)) return text(arg, ctx, depth);
      const list = resolveIntrinsics(arg[1], ctx, depth);
      const items = Array.isArray(list) ? list : [list];
      return items.map((i) => text(i, ctx, depth)).join(text(arg[0], ctx, depth));
    }
    case 'Select': {
      if (!Array.isArray(arg)) return '';
      const list = resolveIntrinsics(arg[1], ctx, depth);
      return Array.isArray(list) ? (list[Number(text(arg[0], ctx, depth))] ?? '') : '';
    }
    case 'Split':
      return Array.isArray(arg) ? text(arg[1], ctx, depth).split(text(arg[0], ctx, depth)) : [];
    case 'If': {
      if (!Array.isArray(arg)) return '';
      return resolveIntrinsics(condition(String(arg[0]), ctx, depth) ? arg[1] : arg[2], ctx, depth);
    }
    case 'FindInMap': {
      if (!Array.isArray(arg)) return '';
      const [map, top, second] = arg.map((a) => text(a, ctx, depth));
      const table = ctx.mappings[map ?? ''];
      const row = isPlainObject(table) ? table[top ?? ''] : undefined;
      return isPlainObject(row) ? resolveIntrinsics(row[second ?? ''], ctx, depth) : '';
    }
    case 'Base64': {
      let binary = '';
      for (const byte of new TextEncoder().encode(text(arg, ctx, depth))) binary += String.fromCharCode(byte);
      return btoa(binary);
    }
    case 'ToJsonString':
      return JSON.stringify(resolveIntrinsics(arg, ctx, depth));
    case 'Length': {
      const list = resolveIntrinsics(arg, ctx, depth);
      return Array.isArray(list) ? list.length : 0;
    }
    case 'GetAZs': {
      const region = String(ctx.parameters['AWS::Region']);
      return ['a', 'b', 'c'].map((z) => `${region}${z}`);
    }
    case 'ImportValue':
      // Another stack's export: not knowable here. Give its name, which tests can match on.
      return `ImportValue:${text(arg, ctx, depth)}`;
    case 'Equals':
    case 'Not':
    case 'And':
    case 'Or':
      return evaluateCondition(name, arg, ctx, depth);
    default:
      return text(arg, ctx, depth);
  }
}

function splitOnce(value: string): string[] {
  const dot = value.indexOf('.');
  return dot > 0 ? [value.slice(0, dot), value.slice(dot + 1)] : [value];
}

function condition(name: string, ctx: IntrinsicContext, depth: number): boolean {
  const declared = ctx.conditions[name];
  if (declared === undefined || depth > 90) return false;
  return Boolean(resolveIntrinsics(declared, ctx, depth + 1));
}

function evaluateCondition(name: string, arg: unknown, ctx: IntrinsicContext, depth: number): boolean {
  const list = Array.isArray(arg) ? arg : [arg];
  const truth = (v: unknown) => {
    const fn = asIntrinsic(v);
    if (fn?.name === 'Condition') return condition(String(fn.argument), ctx, depth + 1);
    return Boolean(resolveIntrinsics(v, ctx, depth + 1));
  };
  switch (name) {
    case 'Equals':
      return text(list[0], ctx, depth) === text(list[1], ctx, depth);
    case 'Not':
      return !truth(list[0]);
    case 'And':
      return list.every(truth);
    default:
      return list.some(truth);
  }
}

/** `${Name}`, `${Resource.Attribute}`, `${!Literal}`; names not known stay as written (e.g. `${stageVariables.x}`). */
function substitute(arg: unknown, ctx: IntrinsicContext, depth: number): string {
  const [template, variables] = Array.isArray(arg) ? [arg[0], arg[1]] : [arg, undefined];
  const local = isPlainObject(variables) ? variables : {};
  return text(template, ctx, depth).replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    if (name in local) return text(local[name], ctx, depth);
    if (name in ctx.parameters || name in ctx.resources) return text(refValue(name, ctx), ctx, depth);
    const [id, attribute] = splitOnce(name);
    if (attribute !== undefined && id !== undefined && id in ctx.resources)
      return text(attributeValue(id, attribute, ctx), ctx, depth);
    return whole;
  });
}

function account(ctx: IntrinsicContext): string {
  return String(ctx.parameters['AWS::AccountId']);
}
function region(ctx: IntrinsicContext): string {
  return String(ctx.parameters['AWS::Region']);
}

function typeOf(id: string, ctx: IntrinsicContext): string {
  const resource = ctx.resources[id];
  return isPlainObject(resource) && typeof resource.Type === 'string' ? resource.Type : '';
}

/** The resource's name as deployed: its name property when the template sets one, else the logical id. */
function physicalName(id: string, ctx: IntrinsicContext): string {
  const resource = ctx.resources[id];
  const props = isPlainObject(resource) && isPlainObject(resource.Properties) ? resource.Properties : {};
  // A name written with parameters (`!Sub ${Stage}-pets`) resolves through them, not through other resources.
  const names = ['FunctionName', 'QueueName', 'TableName', 'BucketName', 'StateMachineName', 'TopicName'];
  for (const key of [...names, 'RoleName', 'EventBusName', 'Name']) {
    const value = props[key];
    if (value !== undefined) return text(value, { ...ctx, resources: {} }, 90);
  }
  return id;
}

/**
 * `Ref` as the resource types document it (each type's "Return values"): a Lambda function, DynamoDB table, S3
 * bucket or IAM role gives its name; an SQS queue its URL; an SNS topic or a state machine its ARN; a parameter its
 * value; anything else its logical id.
 */
function refValue(name: string, ctx: IntrinsicContext): unknown {
  if (name in ctx.parameters) return ctx.parameters[name];
  if (!(name in ctx.resources)) return name;
  const physical = physicalName(name, ctx);
  switch (typeOf(name, ctx)) {
    case 'AWS::SQS::Queue':
      return `https://sqs.${region(ctx)}.amazonaws.com/${account(ctx)}/${physical}`;
    case 'AWS::SNS::Topic':
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::Serverless::StateMachine':
      return arnOf(name, ctx);
    default:
      return physical;
  }
}

function arnOf(id: string, ctx: IntrinsicContext): string {
  const name = physicalName(id, ctx);
  const at = `${region(ctx)}:${account(ctx)}`;
  switch (typeOf(id, ctx)) {
    case 'AWS::Lambda::Function':
    case 'AWS::Serverless::Function':
      return `arn:aws:lambda:${at}:function:${name}`;
    case 'AWS::IAM::Role':
      return `arn:aws:iam::${account(ctx)}:role/${name}`;
    case 'AWS::SQS::Queue':
      return `arn:aws:sqs:${at}:${name}`;
    case 'AWS::SNS::Topic':
      return `arn:aws:sns:${at}:${name}`;
    case 'AWS::DynamoDB::Table':
    case 'AWS::Serverless::SimpleTable':
      return `arn:aws:dynamodb:${at}:table/${name}`;
    case 'AWS::S3::Bucket':
      return `arn:aws:s3:::${name}`;
    case 'AWS::StepFunctions::StateMachine':
    case 'AWS::Serverless::StateMachine':
      return `arn:aws:states:${at}:stateMachine:${name}`;
    case 'AWS::Events::EventBus':
      return `arn:aws:events:${at}:event-bus/${name}`;
    default:
      return `arn:aws:${typeOf(id, ctx).split('::')[1]?.toLowerCase() ?? 'unknown'}:${at}:${name}`;
  }
}

function attributeValue(id: string, attribute: string, ctx: IntrinsicContext): unknown {
  if (attribute === 'Arn') return arnOf(id, ctx);
  if (attribute === 'QueueName' || attribute === 'Name' || attribute === 'TopicName') return physicalName(id, ctx);
  if (attribute === 'QueueUrl') return refValue(id, ctx);
  if (attribute === 'RootResourceId') return `${id}-root`;
  return `${id}.${attribute}`;
}
