import { describe, expect, it } from 'vitest';
import { checkMiss, hitsOn } from './rule-cases.js';

/**
 * `python.exception` takes the line that closes a Python traceback and nothing that other
 * languages print in the same shape. Lines from the recordings under packages/fixtures/ecosystems.
 */
describe('python.exception', () => {
  it.each([
    // python/module-not-found, syntax-error, uncaught-exception, unittest-error
    "SyntaxError: '[' was never closed",
    "FileNotFoundError: [Errno 2] No such file or directory: 'report.json'",
    'ValueError: too many values to unpack (expected 2)',
    // A class outside builtins is printed with its module.
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='x', port=443)",
    "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    "TypeError: 'NoneType' object is not iterable",
    'KeyError',
  ])('takes %s', (line) => {
    expect(hitsOn(line).some((h) => h.rule.id === 'python.exception')).toBe(true);
  });

  it.each([
    // java/junit4-exception, scala/scala-runtime-exception
    'java.lang.NumberFormatException: Cannot parse null string',
    'scala.MatchError: [Ljava.lang.String;@74287ea3 (of class [Ljava.lang.String;)',
    'org.opentest4j.AssertionFailedError: expected: <2> but was: <3>',
    // js/mocha-syntax, js/tape-throws, coffeescript/runtime-error
    "SyntaxError: Unexpected token ';'",
    'RangeError: Invalid time value',
    "TypeError: Cannot read properties of undefined (reading 'port')",
    'TypeError: client.fetch is not a function',
    // php/phpunit-type-error, php/phpunit-setup-error, cascade/php-parse-phpunit
    'TypeError: Cart::add(): Argument #2 ($qty) must be of type int, string given',
    'PDOException: could not find driver',
    'ParseError: syntax error, unexpected token "}"',
    // ruby/minitest-error
    'NoMethodError: undefined method `capitalise\' for "ada":String',
  ])('leaves %s to its own language', (line) => checkMiss('python.exception', line));
});
