using System;
using System.Text.RegularExpressions;

namespace SageMakerRules.Generators.Binding;

/// <summary>Checks at build time that a <c>matches</c> pattern is a valid .NET regular expression.</summary>
internal static class RegexCheck
{
    public static string? Validate(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
