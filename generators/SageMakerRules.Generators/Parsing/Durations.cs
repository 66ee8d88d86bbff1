using System;

namespace SageMakerRules.Generators.Parsing;

/// <summary>
/// Reads durations written as groups of <c>&lt;integer&gt;&lt;unit&gt;</c>: <c>30s</c>, <c>1h30m</c>, <c>250ms</c>.
/// </summary>
internal static class Durations
{
    /// <summary>The duration in ticks, or null when the text is not a duration.</summary>
    public static long? TryParse(string text)
    {
        long total = 0;
        var position = 0;
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            while (position < text.Length)
            {
                var start = position;
                while (position < text.Length && char.IsDigit(text[position]))
                {
                    position++;
                }

                if (position == start || position - start > 12)
                {
                    return null;
                }

                var amount = long.Parse(
                    text.Substring(start, position - start),
                    System.Globalization.CultureInfo.InvariantCulture
                );
                var unit = Unit(text, ref position);
                if (unit is null)
                {
                    return null;
                }

                total = checked(total + checked(amount * unit.Value));
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return total;
    }

    private static long? Unit(string text, ref int position)
    {
        if (string.CompareOrdinal(text, position, "ms", 0, 2) == 0)
        {
            position += 2;
            return TimeSpan.TicksPerMillisecond;
        }

        if (position >= text.Length)
        {
            return null;
        }

        long? ticks = text[position] switch
        {
            's' => TimeSpan.TicksPerSecond,
            'm' => TimeSpan.TicksPerMinute,
            'h' => TimeSpan.TicksPerHour,
            'd' => TimeSpan.TicksPerDay,
            _ => null,
        };
        position++;
        return ticks;
    }
}
