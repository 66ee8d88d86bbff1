namespace SageMakerRules.Cli.Validation;

/// <summary>Where a JSON value converted from YAML stands in its file.</summary>
/// <param name="Line">The one-based line it starts on.</param>
/// <param name="Column">The one-based column it starts at.</param>
/// <param name="EndLine">The one-based line it ends on (a mapping or list spans its entries).</param>
internal sealed record YamlPosition(int Line, int Column, int EndLine)
{
    /// <summary>Whether <paramref name="line"/> is one of the lines this value spans.</summary>
    /// <param name="line">A one-based line.</param>
    public bool Spans(int line) => line >= Line && line <= EndLine;
}
