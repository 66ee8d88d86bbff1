using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace SageMakerRules.Generators.Binding;

/// <summary>The naming rules of rules, fields, pipelines and parameters.</summary>
internal static class Names
{
    private static readonly Regex s_pipelineName = new("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$");
    private static readonly Regex s_pipelineArn = new(
        @"^arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:([0-9]{12}|aws):pipeline/.+$"
    );
    private static readonly Regex s_parameterName = new("^[A-Za-z0-9_-]{1,256}$");

    private static readonly HashSet<string> s_reservedRuleNames =
    [
        "Values",
        "Utf8Reader",
        "TokenReader",
        "Instance",
        "Name",
        "Description",
        "SourcePath",
        "Pipeline",
        "Trigger",
        "Monitor",
        "Fields",
        "ParameterNames",
        "Evaluate",
        "ReadEvent",
        "Decide",
        "Condition",
        "Map",
        "TriggerKey",
        "EventId",
        "CheckRequired",
        "ToEvent",
        "Skip",
        "PatternState",
        "PatternScan",
        "PatternMatches",
        "GeneratedRuleRegistry",
        "System",
        "Newtonsoft",
        "SageMakerRules",
        "TimeSpan",
        "DateTimeOffset",
        "JsonText",
        "FieldPresence",
        "RuleOperators",
        "RuleText",
        "EventErrors",
        "JsonTokens",
        "DateTimes",
        "RuleEvaluation",
        "PipelineTarget",
        "TriggerOptions",
        "MonitorOptions",
        "RuleField",
        "FieldType",
        "PipelineParameter",
        "PipelineStartRequest",
        "EventError",
        "IRule",
        "TriggerEdge",
        "BusyBehavior",
        "List",
        "IReadOnlyList",
        "CultureInfo",
        "Regex",
        "RegexOptions",
        "Utf8JsonReader",
        "JsonTokenType",
        "JsonException",
        "JObject",
        "JToken",
        "JArray",
        "JTokenType",
        "ArgumentNullException",
        "ArithmeticException",
        "ReadOnlySpan",
        "String",
        "Math",
    ];

    /// <summary>
    /// Whether the generated code uses <paramref name="name"/> itself, so a rule type of that name breaks it.
    /// </summary>
    public static bool IsReservedRuleName(string name) => s_reservedRuleNames.Contains(name);

    /// <summary>A C# identifier that is not a keyword (and not one of the expression words).</summary>
    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name)
        && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && name is not ("true" or "false" or "null" or "in")
        && name.IndexOf("__", System.StringComparison.Ordinal) < 0;

    public static bool IsPipelineNameOrArn(string name) =>
        name.Length <= 2048 && (s_pipelineName.IsMatch(name) || s_pipelineArn.IsMatch(name));

    public static bool IsParameterName(string name) => s_parameterName.IsMatch(name);

    /// <summary>The generated property name of a field: <c>asset_id</c> becomes <c>AssetId</c>.</summary>
    public static string PropertyName(string field)
    {
        var builder = new StringBuilder(field.Length);
        var upper = true;
        foreach (var character in field)
        {
            if (character == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(character) : character);
            upper = false;
        }

        var name = builder.ToString();
        return name.Length == 0 || char.IsDigit(name[0]) ? "F" + name : name;
    }
}
