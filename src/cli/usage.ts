export const USAGE = `integration-designer — design and test API Gateway REST integrations

Usage:
  integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>]
      Render a mapping template against a sample method request; prints exactly the rendered text.
      Errors exit 1 with "line L, column C: message" on stderr.
  integration-designer validate <design.json>
      Check a design against API Gateway's rules; one "path: message" per problem, exit 1 if any.
  integration-designer --help | --version

Exit codes: 0 success, 1 a problem in the design or template, 2 bad usage or unreadable input.
`;
