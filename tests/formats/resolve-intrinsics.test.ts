// CloudFormation intrinsic functions resolved as a deployed stack would hold them
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html),
// with placeholders for what only a deployment knows; never refused.
import { describe, expect, it } from 'vitest';
import { intrinsicContext, resolveIntrinsics } from '../../src/formats/cloudformation/resolve-intrinsics.ts';

const template = {
  Parameters: { Env: { Type: 'String', Default: 'dev' }, Zones: { Type: 'CommaDelimitedList', Default: 'a,b' } },
  Mappings: { Hosts: { dev: { api: 'dev.example.com' }, prod: { api: 'api.example.com' } } },
  Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
  Resources: {
    Table: { Type: 'AWS::DynamoDB::Table', Properties: { TableName: { 'Fn::Sub': '${Env}-orders' } } },
    Machine: { Type: 'AWS::StepFunctions::StateMachine', Properties: {} },
    Role: { Type: 'AWS::IAM::Role', Properties: {} },
    Topic: { Type: 'AWS::SNS::Topic', Properties: {} },
  },
};

describe('resolveIntrinsics', () => {
  const dev = intrinsicContext(template);
  const prod = intrinsicContext(template, { Env: 'prod' });
  it.each([
    ['Ref of a parameter: its Default', { Ref: 'Env' }, 'dev'],
    ['Ref of a DynamoDB table: its TableName', { Ref: 'Table' }, 'dev-orders'],
    [
      'Ref of a state machine: its ARN',
      { Ref: 'Machine' },
      'arn:aws:states:us-east-1:123456789012:stateMachine:Machine',
    ],
    ['Ref of an SNS topic: its ARN', { Ref: 'Topic' }, 'arn:aws:sns:us-east-1:123456789012:Topic'],
    ['GetAtt Role.Arn', { 'Fn::GetAtt': ['Role', 'Arn'] }, 'arn:aws:iam::123456789012:role/Role'],
    [
      'GetAtt Table.Arn (dotted string form)',
      { 'Fn::GetAtt': 'Table.Arn' },
      'arn:aws:dynamodb:us-east-1:123456789012:table/dev-orders',
    ],
    ['Sub with a variable map', { 'Fn::Sub': ['${Host}/x', { Host: 'h.example.com' }] }, 'h.example.com/x'],
    ['Sub of an unknown name keeps it', { 'Fn::Sub': '${stageVariables.url}' }, '${stageVariables.url}'],
    ['Sub ${!Literal}', { 'Fn::Sub': '${!Env}' }, '${Env}'],
    ['Join of a list parameter', { 'Fn::Join': ['-', { Ref: 'Zones' }] }, 'a-b'],
    ['Select of Split', { 'Fn::Select': [1, { 'Fn::Split': [',', 'x,y,z'] }] }, 'y'],
    ['FindInMap', { 'Fn::FindInMap': ['Hosts', { Ref: 'Env' }, 'api'] }, 'dev.example.com'],
    ['If on a condition', { 'Fn::If': ['IsProd', 'big', 'small'] }, 'small'],
    ['Base64', { 'Fn::Base64': 'hi' }, 'aGk='],
    ['ImportValue: a placeholder with its name', { 'Fn::ImportValue': 'shared-url' }, 'ImportValue:shared-url'],
    ['a pseudo parameter', { Ref: 'AWS::Partition' }, 'aws'],
    ['an unknown Ref: its name', { Ref: 'Nowhere' }, 'Nowhere'],
  ])('%s', (_name, value, expected) => {
    expect(resolveIntrinsics(value, dev)).toEqual(expected);
  });

  it('given parameters win over Defaults, and conditions follow them', () => {
    expect(resolveIntrinsics({ 'Fn::If': ['IsProd', 'big', 'small'] }, prod)).toBe('big');
    expect(resolveIntrinsics({ 'Fn::FindInMap': ['Hosts', { Ref: 'Env' }, 'api'] }, prod)).toBe('api.example.com');
  });

  it('resolves nested values and leaves plain ones as they are', () => {
    expect(resolveIntrinsics({ a: [{ Ref: 'Env' }, 3, true], b: { c: 'x' } }, dev)).toEqual({
      a: ['dev', 3, true],
      b: { c: 'x' },
    });
  });
});
