using Microsoft.CodeAnalysis;

namespace SageMakerRules.Generators.Patterns;

/// <summary>The diagnostics of <c>match:</c> event patterns (SMR300-SMR349, in docs/diagnostics.md).</summary>
public static class PatternDiagnostics
{
    private const string Category = "SageMakerRules.Patterns";

    /// <summary>SMR300: the pattern text is not valid JSON.</summary>
    public static readonly DiagnosticDescriptor InvalidJson = Create("SMR300", "Event pattern is not valid JSON");

    /// <summary>SMR301: the pattern's shape is not one EventBridge accepts.</summary>
    public static readonly DiagnosticDescriptor InvalidShape = Create("SMR301", "Event pattern shape is not valid");

    /// <summary>SMR302: an unknown match operator or more than one operator in one object.</summary>
    public static readonly DiagnosticDescriptor InvalidOperator = Create("SMR302", "Unknown or malformed operator");

    /// <summary>SMR303: a prefix, suffix, equals-ignore-case or wildcard value is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidString = Create("SMR303", "String matcher is not valid");

    /// <summary>SMR304: an anything-but value is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidAnythingBut = Create("SMR304", "anything-but is not valid");

    /// <summary>SMR305: a numeric matcher is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidNumeric = Create("SMR305", "numeric matcher is not valid");

    /// <summary>SMR306: an exists matcher is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidExists = Create("SMR306", "exists matcher is not valid");

    /// <summary>SMR307: a cidr matcher is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidCidr = Create("SMR307", "cidr matcher is not valid");

    /// <summary>SMR308: an <c>$or</c> is not valid.</summary>
    public static readonly DiagnosticDescriptor InvalidOr = Create("SMR308", "$or is not valid");

    /// <summary>SMR309: the pattern is longer than EventBridge accepts.</summary>
    public static readonly DiagnosticDescriptor TooLong = Create("SMR309", "Event pattern is too long");

    /// <summary>SMR310: the pattern's <c>$or</c>s make too many combinations.</summary>
    public static readonly DiagnosticDescriptor TooManyCombinations = Create(
        "SMR310",
        "$or makes too many combinations"
    );

    /// <summary>SMR311: a field's wildcards are too complex.</summary>
    public static readonly DiagnosticDescriptor WildcardTooComplex = Create("SMR311", "Wildcards are too complex");

    /// <summary>Finds the descriptor of an id.</summary>
    public static DiagnosticDescriptor Find(string id) =>
        id switch
        {
            "SMR300" => InvalidJson,
            "SMR302" => InvalidOperator,
            "SMR303" => InvalidString,
            "SMR304" => InvalidAnythingBut,
            "SMR305" => InvalidNumeric,
            "SMR306" => InvalidExists,
            "SMR307" => InvalidCidr,
            "SMR308" => InvalidOr,
            "SMR309" => TooLong,
            "SMR310" => TooManyCombinations,
            "SMR311" => WildcardTooComplex,
            _ => InvalidShape,
        };

    private static DiagnosticDescriptor Create(string id, string title) =>
        new(id, title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
