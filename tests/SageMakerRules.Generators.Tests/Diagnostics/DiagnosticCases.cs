namespace SageMakerRules.Generators.Tests.Diagnostics;

/// <summary>Invalid rule files, each with the one diagnostic it must produce.</summary>
public static class DiagnosticCases
{
    public const string Head = """
        version: 1
        name: Sample
        pipeline:
          name: sample-pipeline
        event:
          asset_id: string
          vibration: double
          status: string?
          count: int
          readings: double[]
          at: datetime

        """;

    /// <summary>(case name, YAML, ID, 1-based line, 1-based column, message).</summary>
    public static TheoryData<string, string, string, int, int, string> All =>
        new()
        {
            { "invalid yaml", "version: 1\nname: [unclosed\n", "SMR001", 3, 1, "The rule file is not valid YAML: " },
            {
                "unknown key",
                Head + "wen: vibration > 1\n",
                "SMR002",
                12,
                1,
                "Unknown key 'wen' in the rule; expected one of: version, name, description, pipeline, event, when, match, parameters, trigger, monitor"
            },
            {
                "missing key",
                "version: 1\npipeline:\n  name: p\n",
                "SMR003",
                1,
                1,
                "the rule is missing the required key 'name'"
            },
            {
                "wrong node kind",
                Head.Replace("name: sample-pipeline", "- sample"),
                "SMR004",
                4,
                3,
                "'pipeline' must be a mapping"
            },
            {
                "unsupported version",
                Head.Replace("version: 1", "version: 2"),
                "SMR005",
                1,
                10,
                "Unsupported version '2'; this generator understands version 1"
            },
            {
                "bad rule name",
                Head.Replace("name: Sample", "name: 1Sample"),
                "SMR006",
                2,
                7,
                "Rule name '1Sample' is not a valid identifier: use letters, digits and '_', not starting with a digit, and no keyword"
            },
            {
                "unknown type",
                Head.Replace("count: int", "count: integer"),
                "SMR007",
                9,
                10,
                "Field 'count' has unknown type 'integer'; use string, bool, int, long, double, decimal or datetime, optionally with [] and ?"
            },
            {
                "bad pointer",
                Head.Replace("count: int", "count: { type: int, path: /a/~2 }"),
                "SMR008",
                9,
                29,
                "Field 'count' has path '/a/~2', which is not a valid RFC 6901 JSON Pointer: '~' must be followed by 0 (for ~) or 1 (for /)"
            },
            {
                "syntax error",
                Head + "when: vibration > \n",
                "SMR009",
                12,
                18,
                "Invalid expression in when: the expression ends too early"
            },
            {
                "unknown field",
                Head + "when: vibraton > 1\n",
                "SMR010",
                12,
                7,
                "Unknown field 'vibraton' in when; declare it under event: (declared: asset_id, vibration, status, count, readings, at)"
            },
            {
                "type mismatch",
                Head + "when: vibration > 'high'\n",
                "SMR011",
                12,
                7,
                "Type mismatch in when: operator '>' needs two numbers, strings, datetimes or durations, but the left operand is double and the right operand is string"
            },
            {
                "unknown function",
                Head + "when: sqrt(vibration) > 1\n",
                "SMR012",
                12,
                7,
                "Unknown function 'sqrt'; available: startsWith, endsWith, contains, matches, lower, upper, len, abs, min, max, round, exists, coalesce"
            },
            {
                "argument count",
                Head + "when: startsWith(asset_id)\n",
                "SMR013",
                12,
                7,
                "Function 'startsWith' takes 2 arguments but was given 1"
            },
            {
                "invalid duration",
                Head + "trigger: { cooldown: 5 minutes }\n",
                "SMR014",
                12,
                22,
                "'5 minutes' is not a valid duration for trigger.cooldown; write groups of <integer><unit> with units ms, s, m, h, d, like 30s or 1h30m"
            },
            {
                "unclosed placeholder",
                Head + "parameters:\n  AssetId: \"id-{asset_id\"\n",
                "SMR015",
                13,
                16,
                "Invalid template for parameter 'AssetId': a '{' without '}'; write '{{' for a brace"
            },
            {
                "bad format",
                Head + "parameters:\n  Count: \"{count:Q}\"\n",
                "SMR016",
                13,
                18,
                "Format 'Q' in parameter 'Count' is not valid for a value of type int: "
            },
            {
                "bad parameter name",
                Head + "parameters:\n  Asset.Id: x\n",
                "SMR017",
                13,
                3,
                "Parameter name 'Asset.Id' is not accepted by SageMaker: use 1 to 256 of A-Z a-z 0-9 - _"
            },
            {
                "bad pipeline name",
                Head.Replace("name: sample-pipeline", "name: sample_pipeline"),
                "SMR019",
                4,
                9,
                "Pipeline 'sample_pipeline' is not a valid SageMaker pipeline name (1 to 256 of letters, digits and inner hyphens) or pipeline ARN"
            },
            {
                "bad edge",
                Head + "trigger: { edge: falling }\n",
                "SMR021",
                12,
                18,
                "Invalid trigger value for trigger.edge: 'falling' is not rising or none"
            },
            {
                "unknown key field",
                Head + "trigger: { key: asset }\n",
                "SMR021",
                12,
                17,
                "Invalid trigger value for trigger.key: 'asset' is not a field declared under event: (declared: asset_id, vibration, status, count, readings, at)"
            },
            {
                "bad when busy",
                Head + "trigger:\n  concurrency: { whenBusy: wait }\n",
                "SMR021",
                13,
                28,
                "Invalid trigger value for trigger.concurrency.whenBusy: 'wait' is not skip or queue"
            },
            {
                "fast poll",
                Head + "monitor: { pollInterval: 500ms }\n",
                "SMR022",
                12,
                26,
                "Invalid monitor value for monitor.pollInterval: poll at most once per second (1s or more)"
            },
            {
                "bad wait",
                Head + "monitor: { wait: maybe }\n",
                "SMR022",
                12,
                18,
                "Invalid monitor value for monitor.wait: 'maybe' is not true or false"
            },
            {
                "bad number",
                Head.Replace("name: sample-pipeline", "name: sample-pipeline\n  maxParallelSteps: 0"),
                "SMR023",
                5,
                21,
                "'pipeline.maxParallelSteps' must be an integer >= 1 but is '0'"
            },
            {
                "bad regex",
                Head + "when: matches(asset_id, '[a-')\n",
                "SMR024",
                12,
                25,
                "Invalid regular expression '[a-' in when: "
            },
            {
                "duplicate key",
                Head + "when: count > 1\nwhen: count > 2\n",
                "SMR025",
                13,
                1,
                "Key 'when' appears more than once in this mapping"
            },
            {
                "conflicting paths",
                Head + "  inner: { type: int, path: /count/x }\n",
                "SMR026",
                12,
                3,
                "Field 'inner' reads '/count/x', which lies inside the value of field 'count' ('/count')"
            },
            {
                "colliding fields",
                Head + "  assetId: string\n",
                "SMR027",
                12,
                3,
                "Fields 'asset_id' and 'assetId' both become the generated property 'AssetId'; rename one"
            },
            {
                "unclosed flow list",
                Head.Replace("name: sample-pipeline", "name: [pump"),
                "SMR001",
                12,
                1,
                "The rule file is not valid YAML: "
            },
            {
                "unclosed flow mapping",
                "version: 1\nname: {pump\n",
                "SMR001",
                3,
                1,
                "The rule file is not valid YAML: "
            },
            {
                "reserved rule name",
                Head.Replace("name: Sample", "name: TimeSpan"),
                "SMR030",
                2,
                7,
                "Rule name 'TimeSpan' is used by the generated code itself (a type or member it refers to); choose another name"
            },
            {
                "not a rule",
                "# nothing here\n",
                "SMR029",
                1,
                1,
                "The file holds no rule: expected a YAML mapping with version, name, pipeline and event"
            },
            {
                "when not bool",
                Head + "when: vibration + 1\n",
                "SMR011",
                12,
                7,
                "Type mismatch in when: the condition must be bool but is double"
            },
            {
                "in mismatch",
                Head + "when: status in ['A', 3]\n",
                "SMR011",
                12,
                23,
                "Type mismatch in when: 'in' compares string with a list item of type int"
            },
            {
                "datetime literal",
                Head + "when: at > 'yesterday'\n",
                "SMR011",
                12,
                12,
                "Type mismatch in when: 'yesterday' is not an ISO 8601 datetime"
            },
            {
                "unknown in template",
                Head + "parameters:\n  Id: \"{asset}\"\n",
                "SMR010",
                13,
                9,
                "Unknown field 'asset' in parameter 'Id'; declare it under event: (declared: asset_id, vibration, status, count, readings, at)"
            },
            {
                "format on string",
                Head + "parameters:\n  Id: \"{asset_id:N2}\"\n",
                "SMR016",
                13,
                18,
                "Format 'N2' in parameter 'Id' is not valid for a value of type string: string values take no format"
            },
            {
                "nested unknown key",
                Head + "monitor: { waitt: true }\n",
                "SMR002",
                12,
                12,
                "Unknown key 'waitt' in monitor; expected one of: wait, pollInterval, timeout, stopOnTimeout"
            },
        };
}
