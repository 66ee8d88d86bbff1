namespace SageMakerRules.SageMaker;

/// <summary>A pipeline parameter value sent with or returned for an execution (always a string on the wire).</summary>
public sealed record Parameter
{
    /// <summary>Creates a parameter.</summary>
    /// <param name="name">The parameter name declared in the pipeline definition.</param>
    /// <param name="value">The value, at most 1,024 characters.</param>
    public Parameter(string name, string value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The parameter name declared in the pipeline definition.</summary>
    public string Name { get; init; }

    /// <summary>The value, at most 1,024 characters.</summary>
    public string Value { get; init; }
}
