// DynamoDB condition expressions as the mock evaluates them. Operator semantics from
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  evaluate,
  parseCondition,
  equalityPaths,
  rangePaths,
} from '../../src/mocks/handlers/dynamodb-expressions.ts';

const item = {
  pk: { S: 'user#1' },
  sk: { S: '2024-05-01' },
  n: { N: '10' },
  tags: { SS: ['a', 'b'] },
  title: { S: 'Hello world' },
};
const values = {
  ':u': { S: 'user#1' },
  ':d': { S: '2024' },
  ':five': { N: '5' },
  ':ten': { N: '10' },
  ':twenty': { N: '20' },
  ':a': { S: 'a' },
  ':w': { S: 'world' },
};
const placeholders = { names: { '#s': 'sk' }, values };

describe('DynamoDB condition expressions', () => {
  it.each([
    ['pk = :u', true],
    ['pk = :d', false],
    ['pk <> :d', true],
    ['n > :five', true],
    ['n >= :ten', true],
    ['n < :ten', false],
    ['n <= :ten', true],
    ['n BETWEEN :five AND :twenty', true],
    ['n BETWEEN :five AND :five', false],
    ['begins_with(#s, :d)', true],
    ['begins_with(pk, :d)', false],
    ['contains(tags, :a)', true],
    ['contains(title, :w)', true],
    ['attribute_exists(n)', true],
    ['attribute_not_exists(n)', false],
    ['NOT attribute_exists(missing)', true],
    ['pk = :u AND begins_with(#s, :d)', true],
    ['pk = :d OR n = :ten', true],
    ['(pk = :d OR n = :ten) AND n > :twenty', false],
    ['n = :u', false], // a number never equals a string
  ])('%s -> %s', (expression, expected) => {
    expect(evaluate(parseCondition(expression, placeholders), item)).toBe(expected);
  });

  it('finds the partition (=) and sort (range) attributes of a key condition', () => {
    const node = parseCondition('pk = :u AND begins_with(#s, :d)', placeholders);
    expect(equalityPaths(node)).toEqual(['pk']);
    expect(rangePaths(node)).toEqual(['sk']);
  });

  it.each([
    ['pk = :nope', /ExpressionAttributeValues/],
    ['#nope = :u', /expression attribute name/],
    ['pk = ', /unexpected end/],
    ['pk ! :u', /unexpected character/],
    ['n BETWEEN :five :ten', /BETWEEN needs AND/],
  ])('%s is rejected', (expression, message) => {
    expect(() => parseCondition(expression, placeholders)).toThrow(ExpressionError);
    expect(() => parseCondition(expression, placeholders)).toThrow(message);
  });
});
