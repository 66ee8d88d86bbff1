using System;
using System.Globalization;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>Tries a .NET format string on a sample value of the placeholder's type, at build time.</summary>
internal static class FormatCheck
{
    /// <summary>Null when the format works for <paramref name="type"/>, otherwise the reason.</summary>
    public static string? Validate(string format, ExpressionType type)
    {
        if (type.IsArray)
        {
            return "arrays are rendered joined by ',' and take no format";
        }

        IFormattable? sample = type.Kind switch
        {
            ValueKind.Int => 12345,
            ValueKind.Long => 1234567890123L,
            ValueKind.Double => 1234.5678d,
            ValueKind.Decimal => 1234.5678m,
            ValueKind.DateTime => new DateTimeOffset(2024, 5, 6, 7, 8, 9, TimeSpan.Zero),
            ValueKind.Duration => TimeSpan.FromMinutes(90),
            _ => null,
        };
        if (sample is null)
        {
            return $"{type} values take no format";
        }

        if (format.IndexOfAny(['{', '}']) >= 0)
        {
            return "a format cannot contain braces";
        }

        try
        {
            _ = sample.ToString(format, CultureInfo.InvariantCulture);
            return null;
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }
}
