using Microsoft.CodeAnalysis;

namespace SageMakerRules.Generators.Diagnostics;

/// <summary>
/// Every diagnostic the generator reports. IDs are never reused: a retired ID stays here, marked retired.
/// SMR300 to SMR349 are reserved for the <c>match:</c> pattern stage. docs/diagnostics.md has one entry per ID.
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Category = "SageMakerRules";

    /// <summary>SMR001: the file is not valid YAML.</summary>
    public static readonly DiagnosticDescriptor InvalidYaml = Error(
        "SMR001",
        "Invalid YAML",
        "The rule file is not valid YAML: {0}"
    );

    /// <summary>SMR002: a key the language does not know.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = Error(
        "SMR002",
        "Unknown key",
        "Unknown key '{0}' in {1}; expected one of: {2}"
    );

    /// <summary>SMR003: a required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = Error(
        "SMR003",
        "Missing required key",
        "{0} is missing the required key '{1}'"
    );

    /// <summary>SMR004: a node of the wrong YAML kind or an unusable value.</summary>
    public static readonly DiagnosticDescriptor WrongNodeKind = Error(
        "SMR004",
        "Unexpected YAML value",
        "'{0}' must be {1}"
    );

    /// <summary>SMR005: an unsupported language version.</summary>
    public static readonly DiagnosticDescriptor UnsupportedVersion = Error(
        "SMR005",
        "Unsupported version",
        "Unsupported version '{0}'; this generator understands version 1"
    );

    /// <summary>SMR006: a name that is not a valid identifier.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error(
        "SMR006",
        "Invalid identifier",
        "{0} '{1}' is not a valid identifier: use letters, digits and '_', not starting with a digit, and no keyword"
    );

    /// <summary>SMR007: an unknown field type.</summary>
    public static readonly DiagnosticDescriptor UnknownFieldType = Error(
        "SMR007",
        "Unknown field type",
        "Field '{0}' has unknown type '{1}'; use string, bool, int, long, double, decimal or datetime, "
            + "optionally with [] and ?"
    );

    /// <summary>SMR008: an invalid JSON Pointer.</summary>
    public static readonly DiagnosticDescriptor InvalidJsonPointer = Error(
        "SMR008",
        "Invalid JSON Pointer",
        "Field '{0}' has path '{1}', which is not a valid RFC 6901 JSON Pointer: {2}"
    );

    /// <summary>SMR009: an expression that does not parse.</summary>
    public static readonly DiagnosticDescriptor ExpressionSyntax = Error(
        "SMR009",
        "Invalid expression",
        "Invalid expression in {0}: {1}"
    );

    /// <summary>SMR010: an expression names a field that is not declared.</summary>
    public static readonly DiagnosticDescriptor UnknownField = Error(
        "SMR010",
        "Unknown field",
        "Unknown field '{0}' in {1}; declare it under event: (declared: {2})"
    );

    /// <summary>SMR011: operand types that do not fit the operator or context.</summary>
    public static readonly DiagnosticDescriptor TypeMismatch = Error(
        "SMR011",
        "Type mismatch",
        "Type mismatch in {0}: {1}"
    );

    /// <summary>SMR012: an unknown function.</summary>
    public static readonly DiagnosticDescriptor UnknownFunction = Error(
        "SMR012",
        "Unknown function",
        "Unknown function '{0}'; available: {1}"
    );

    /// <summary>SMR013: a function called with the wrong number of arguments.</summary>
    public static readonly DiagnosticDescriptor WrongArgumentCount = Error(
        "SMR013",
        "Wrong number of arguments",
        "Function '{0}' takes {1} but was given {2}"
    );

    /// <summary>SMR014: an invalid duration.</summary>
    public static readonly DiagnosticDescriptor InvalidDuration = Error(
        "SMR014",
        "Invalid duration",
        "'{0}' is not a valid duration for {1}; write groups of <integer><unit> with units ms, s, m, h, d, like 30s or 1h30m"
    );

    /// <summary>SMR015: a template with a broken placeholder.</summary>
    public static readonly DiagnosticDescriptor InvalidTemplate = Error(
        "SMR015",
        "Invalid template",
        "Invalid template for {0}: {1}"
    );

    /// <summary>SMR016: a format that does not apply to the placeholder's type.</summary>
    public static readonly DiagnosticDescriptor InvalidFormat = Error(
        "SMR016",
        "Invalid format",
        "Format '{0}' in {1} is not valid for a value of type {2}: {3}"
    );

    /// <summary>SMR017: a parameter name SageMaker rejects.</summary>
    public static readonly DiagnosticDescriptor InvalidParameterName = Error(
        "SMR017",
        "Invalid parameter name",
        "Parameter name '{0}' is not accepted by SageMaker: use 1 to 256 of A-Z a-z 0-9 - _"
    );

    /// <summary>SMR018: more parameters than SageMaker accepts.</summary>
    public static readonly DiagnosticDescriptor TooManyParameters = Error(
        "SMR018",
        "Too many parameters",
        "The rule sets {0} parameters; SageMaker accepts at most 200 per execution"
    );

    /// <summary>SMR019: a pipeline name or ARN SageMaker rejects.</summary>
    public static readonly DiagnosticDescriptor InvalidPipelineName = Error(
        "SMR019",
        "Invalid pipeline name or ARN",
        "Pipeline '{0}' is not a valid SageMaker pipeline name (1 to 256 of letters, digits and inner hyphens) "
            + "or pipeline ARN"
    );

    /// <summary>SMR020: two rule files with the same rule name.</summary>
    public static readonly DiagnosticDescriptor DuplicateRuleName = Error(
        "SMR020",
        "Duplicate rule name",
        "Rule name '{0}' is also used by {1}; rule names must be unique in a project"
    );

    /// <summary>SMR021: an invalid trigger value.</summary>
    public static readonly DiagnosticDescriptor InvalidTrigger = Error(
        "SMR021",
        "Invalid trigger value",
        "Invalid trigger value for {0}: {1}"
    );

    /// <summary>SMR022: an invalid monitor value.</summary>
    public static readonly DiagnosticDescriptor InvalidMonitor = Error(
        "SMR022",
        "Invalid monitor value",
        "Invalid monitor value for {0}: {1}"
    );

    /// <summary>SMR023: a number out of the allowed range.</summary>
    public static readonly DiagnosticDescriptor InvalidNumber = Error(
        "SMR023",
        "Invalid number",
        "'{0}' must be {1} but is '{2}'"
    );

    /// <summary>SMR024: an invalid regular expression in matches().</summary>
    public static readonly DiagnosticDescriptor InvalidRegex = Error(
        "SMR024",
        "Invalid regular expression",
        "Invalid regular expression '{0}' in {1}: {2}"
    );

    /// <summary>SMR025: a key given twice in one mapping.</summary>
    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "SMR025",
        "Duplicate key",
        "Key '{0}' appears more than once in {1}"
    );

    /// <summary>SMR026: two field paths that cannot both be read.</summary>
    public static readonly DiagnosticDescriptor ConflictingPaths = Error(
        "SMR026",
        "Conflicting field paths",
        "Field '{0}' reads '{1}', which lies inside the value of field '{2}' ('{3}')"
    );

    /// <summary>SMR027: two field names that give the same generated property.</summary>
    public static readonly DiagnosticDescriptor FieldNameCollision = Error(
        "SMR027",
        "Field names collide",
        "Fields '{0}' and '{1}' both become the generated property '{2}'; rename one"
    );

    /// <summary>SMR028: match: is given but no pattern stage is built in.</summary>
    public static readonly DiagnosticDescriptor PatternsUnavailable = Error(
        "SMR028",
        "match: is not available",
        "match: is not supported by this build of the generator; use when: instead"
    );

    /// <summary>SMR029: a YAML file that is empty or holds no mapping.</summary>
    public static readonly DiagnosticDescriptor NotARule = Error(
        "SMR029",
        "Not a rule file",
        "The file holds no rule: expected a YAML mapping with version, name, pipeline and event"
    );

    /// <summary>SMR030: a rule name the generated code itself uses.</summary>
    public static readonly DiagnosticDescriptor ReservedRuleName = Error(
        "SMR030",
        "Reserved rule name",
        "Rule name '{0}' is used by the generated code itself (a type or member it refers to); choose another name"
    );

    /// <summary>
    /// SMR031: literal text that is already over SageMaker's limit, so every start would be rejected.
    /// </summary>
    public static readonly DiagnosticDescriptor TextOverLimit = Error(
        "SMR031",
        "Text over SageMaker's limit",
        "{0} has {1} characters of literal text; SageMaker accepts at most {2}, so every event would be invalid; "
            + "shorten it"
    );

    /// <summary>SMR032: a display name that sanitising always drops or cuts.</summary>
    public static readonly DiagnosticDescriptor DisplayNameChanged = new(
        "SMR032",
        "Display name is dropped or cut",
        "pipeline.displayName {0}",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true
    );

    /// <summary>SMR099: an unexpected failure inside the generator.</summary>
    public static readonly DiagnosticDescriptor InternalError = Error(
        "SMR099",
        "Internal generator error",
        "The SageMakerRules generator failed unexpectedly on this file ({0}: {1}); please report it with the file"
    );

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
