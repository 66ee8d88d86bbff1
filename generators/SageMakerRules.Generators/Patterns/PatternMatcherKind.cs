namespace SageMakerRules.Generators.Patterns;

/// <summary>What one matcher of an event pattern tests.</summary>
public enum PatternMatcherKind
{
    /// <summary>The value is this string.</summary>
    ExactString,

    /// <summary>The value is this number (compared as a number).</summary>
    ExactNumber,

    /// <summary>The value is <c>true</c>.</summary>
    ExactTrue,

    /// <summary>The value is <c>false</c>.</summary>
    ExactFalse,

    /// <summary>The value is <c>null</c>.</summary>
    ExactNull,

    /// <summary>The string starts with the text.</summary>
    Prefix,

    /// <summary>The string starts with the text, ignoring case.</summary>
    PrefixIgnoreCase,

    /// <summary>The string ends with the text.</summary>
    Suffix,

    /// <summary>The string ends with the text, ignoring case.</summary>
    SuffixIgnoreCase,

    /// <summary>The string equals the text, ignoring case.</summary>
    EqualsIgnoreCase,

    /// <summary>The string matches a wildcard pattern (<c>*</c> matches any run of characters).</summary>
    Wildcard,

    /// <summary>The field has a value (exists: true).</summary>
    Exists,

    /// <summary>The number lies in a range.</summary>
    Numeric,

    /// <summary>The string is an IP address inside a CIDR block.</summary>
    Cidr,

    /// <summary>The field has a value that none of the excluded matchers match.</summary>
    AnythingBut,
}
