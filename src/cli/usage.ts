export const USAGE = `integration-designer — design and test API Gateway REST integrations

Usage:
  integration-designer render <template.vtl|-> --request <request.json> [--design <design.json>] [--deterministic]
      Render a mapping template against a sample method request; prints exactly the rendered text.
      Errors exit 1 with "line L, column C: message" on stderr. --deterministic fixes $context ids and time.
  integration-designer simulate <design.json> [--request <request.json> | --sample <name>] [--deterministic] [--log]
      Run a sample request through the design as API Gateway would and print the Trace as JSON (method request,
      parameter mappings, template choice, content handling, the exact integration request, ...), or with --log the
      execution log the console's "Test" shows. Without --request/--sample the design's first sample is used.
      --deterministic fixes request ids and time. Exit 0 whatever the HTTP status.
  integration-designer validate <design.json>
      Check a design against API Gateway's rules; one "path: message" per problem, exit 1 if any.
  integration-designer export <design.json> --to FORMAT
      Print the design in a deployable format. FORMAT: aws-json (get-integration's JSON), design-json,
      aws-cli (bash script of aws apigateway commands), aws-cli-files (the same with --cli-input-json files),
      cloudformation (YAML template; cloudformation-yaml), cloudformation-json, openapi (OpenAPI 3 JSON with
      x-amazon-apigateway-integration), openapi-yaml, terraform. What a format cannot carry: "warning:" on stderr.
  integration-designer export <design.json> --into <template.yaml|openapi.json>
      Write the design's method back into the CloudFormation/SAM template or OpenAPI document that declares it, in
      place: only what changed is rewritten, the rest of the file stays as it was. Exit 1 with the reason when the
      file does not declare the method (or SAM generates it).
  integration-designer import <file|-> [--from aws-json|design-json|openapi|cloudformation] [--path P --method M]
                                       [--resource LOGICAL_ID] [--base design.json]
      Read get-integration / get-method output, an OpenAPI document or a CloudFormation template (JSON or YAML; the
      format is detected when --from is absent) and print the design document. --path/--method choose among an
      OpenAPI document's integrations, --resource among a template's methods; --base keeps that design's samples,
      backend and what the file does not say. Exit 1 with the reason (and the choices) when it cannot be imported.
  integration-designer test <file|folder|glob>... [--reporter human|junit|json] [--pass-with-no-tests]
      Run design documents (every sample with an "expect" block) and tests files (*.tests.yaml|json: tests of the
      methods of your CloudFormation/SAM template or OpenAPI document) through the engine with mocked backends,
      deterministically. A folder means every *.tests.yaml|yml|json and *.design.json in it; quote globs.
      expect: status, integrationRequestBody, integrationRequestJson, integrationRequestUrl,
      integrationRequestHeaders, methodResponseBody, methodResponseJson, headers. --reporter junit prints JUnit XML,
      json a JSON report. Exit 1 if a test fails or nothing was tested (unless --pass-with-no-tests).
  integration-designer lint <files, folders and globs…> [--format human|json]
      Lint design documents, tests files and API definitions (CloudFormation/SAM, OpenAPI; every method): the traps
      API Gateway users learn the hard way (escapeJavaScript in JSON strings, objects printed as Java maps, trailing
      commas from #foreach, content types that get 415, ...; each rule is in docs/lint-rules.md), API Gateway's own
      refusals, and each sample's (or test's) rendered body checked against its content type and its schema or
      model. --format json prints [{file, location, line, column, severity, rule, message}]; line and column are
      inside the template that location names for a design, in the file for an API definition or tests file.
      Exit 1 on an error or a warning, 2 on unreadable input.
  integration-designer diff <before.json> <after.json> [--to summary|json|aws-cli]
      What changed between two designs in what API Gateway stores for the method (its request parameters, method
      responses, the integration and its responses): one "+ / - / ~ path" line per field, or --to json the API
      Gateway calls that apply the change to the live method in dependency order ([{operation, statusCode?,
      patchOperations?, input?}]: UpdateMethod, PutMethodResponse, UpdateIntegration with patchOperations,
      Put/Update/DeleteIntegrationResponse, ...), or --to aws-cli the same as a bash script. Exit 0.
  integration-designer open <file> [--port N] [--no-browser]
      Serve the designer on 127.0.0.1 (a free port unless --port) with the file loaded: a design document, or a
      CloudFormation/SAM template or OpenAPI document as a workspace of all its methods. "Save to file" shows the
      change and writes it back into the file, keeping the rest of it as it was (comments, order, intrinsic
      functions of untouched fields); it refuses when the file changed on disk meanwhile. Opens the browser unless
      --no-browser. Runs until Ctrl+C.
  integration-designer --help | --version

Exit codes: 0 success, 1 a problem in the design or template, 2 bad usage or unreadable input.
`;
