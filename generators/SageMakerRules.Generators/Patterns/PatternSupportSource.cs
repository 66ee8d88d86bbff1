namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// The helper class emitted with every pattern (nested, private): UTF-8 case-insensitive comparisons, wildcards,
/// CIDR tests and number scaling, all without heap allocation.
/// </summary>
internal static class PatternSupportSource
{
    /// <summary>Separates wildcard segments in emitted byte data (0xFF never occurs in UTF-8).</summary>
    public const byte WildcardMarker = 0xFF;

    /// <summary>The C# text of the helper class.</summary>
    public const string Text = """
        private static class PatternSupport
        {
            internal const int True = 0;
            internal const int False = 1;
            internal const int Null = 2;
            private const decimal Limit = 5_000_000_000m;

            internal static bool TryScale(ref global::System.Text.Json.Utf8JsonReader reader, out long scaled, out double number)
            {
                number = 0;
                if (!reader.HasValueSequence && TryScalePlain(reader.ValueSpan, out scaled))
                {
                    return true;
                }

                if (reader.TryGetDecimal(out var value) && TryScale(value, out scaled))
                {
                    return true;
                }

                scaled = 0;
                if (!reader.TryGetDouble(out number))
                {
                    number = double.NaN;
                }

                return false;
            }

            internal static bool TryScale(global::Newtonsoft.Json.Linq.JToken token, out long scaled, out double number)
            {
                var raw = ((global::Newtonsoft.Json.Linq.JValue)token).Value;
                scaled = 0;
                if (raw is global::System.Numerics.BigInteger big)
                {
                    number = (double)big;
                    return false;
                }

                number = global::System.Convert.ToDouble(raw, global::System.Globalization.CultureInfo.InvariantCulture);
                if (raw is double or float && (number > (double)Limit || number < -(double)Limit))
                {
                    return false;
                }

                decimal value;
                try
                {
                    value = global::System.Convert.ToDecimal(raw, global::System.Globalization.CultureInfo.InvariantCulture);
                }
                catch (global::System.OverflowException)
                {
                    return false;
                }

                return TryScale(value, out scaled);
            }

            // Plain numbers (no exponent, at most ten integer digits, within the range) are scaled straight from
            // the bytes; everything else goes through decimal parsing.
            private static bool TryScalePlain(global::System.ReadOnlySpan<byte> text, out long scaled)
            {
                scaled = 0;
                var i = text.Length > 0 && text[0] == (byte)'-' ? 1 : 0;
                var negative = i == 1;
                long integer = 0;
                var digits = 0;
                while (i < text.Length && text[i] >= (byte)'0' && text[i] <= (byte)'9')
                {
                    if (++digits > 10)
                    {
                        return false;
                    }

                    integer = (integer * 10) + (text[i++] - '0');
                }

                long fraction = 0;
                var places = 0;
                if (i < text.Length && text[i] == (byte)'.')
                {
                    i++;
                    while (i < text.Length && text[i] >= (byte)'0' && text[i] <= (byte)'9')
                    {
                        if (places < 6)
                        {
                            fraction = (fraction * 10) + (text[i] - '0');
                            places++;
                        }

                        i++;
                    }
                }

                if (i != text.Length || digits == 0 || integer >= 5_000_000_000L)
                {
                    return false;
                }

                for (; places < 6; places++)
                {
                    fraction *= 10;
                }

                scaled = (integer * 1_000_000L) + fraction;
                scaled = negative ? -scaled : scaled;
                return true;
            }

            private static bool TryScale(decimal value, out long scaled)
            {
                scaled = 0;
                if (value > Limit || value < -Limit)
                {
                    return false;
                }

                scaled = (long)decimal.Truncate(value * 1_000_000m);
                return true;
            }

            internal static bool MayHaveDot(ref global::System.Text.Json.Utf8JsonReader reader) =>
                reader.ValueIsEscaped
                || reader.HasValueSequence
                || global::System.MemoryExtensions.IndexOf(reader.ValueSpan, (byte)'.') >= 0;

            internal static int RawLength(ref global::System.Text.Json.Utf8JsonReader reader) =>
                reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;

            internal static void Return(byte[]? rented)
            {
                if (rented is not null)
                {
                    global::System.Buffers.ArrayPool<byte>.Shared.Return(rented);
                }
            }

            internal static string TextOf(global::Newtonsoft.Json.Linq.JToken token)
            {
                var raw = ((global::Newtonsoft.Json.Linq.JValue)token).Value;
                return raw switch
                {
                    string text => text,
                    global::System.DateTime time => time.ToString(
                        time.Kind == global::System.DateTimeKind.Unspecified
                            ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"
                            : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
                        global::System.Globalization.CultureInfo.InvariantCulture),
                    global::System.DateTimeOffset time => time.ToString(
                        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
                        global::System.Globalization.CultureInfo.InvariantCulture),
                    null => string.Empty,
                    _ => global::System.Convert.ToString(raw, global::System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                };
            }

            internal static bool Equal(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> text) =>
                global::System.MemoryExtensions.SequenceEqual(value, text);

            internal static bool StartsWith(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> text) =>
                global::System.MemoryExtensions.StartsWith(value, text);

            internal static bool EndsWith(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> text) =>
                global::System.MemoryExtensions.EndsWith(value, text);

            internal static bool EqualsIgnoreCase(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> lower) =>
                CompareIgnoreCase(ref value, ref lower) && value.IsEmpty && lower.IsEmpty;

            internal static bool StartsWithIgnoreCase(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> lower) =>
                CompareIgnoreCase(ref value, ref lower) && lower.IsEmpty;

            private static bool CompareIgnoreCase(ref global::System.ReadOnlySpan<byte> value, ref global::System.ReadOnlySpan<byte> lower)
            {
                while (!value.IsEmpty && !lower.IsEmpty)
                {
                    if (value[0] < 0x80 && lower[0] < 0x80)
                    {
                        var b = value[0];
                        if ((b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b) != lower[0])
                        {
                            return false;
                        }

                        value = value.Slice(1);
                        lower = lower.Slice(1);
                        continue;
                    }

                    global::System.Text.Rune.DecodeFromUtf8(value, out var a, out var usedA);
                    global::System.Text.Rune.DecodeFromUtf8(lower, out var p, out var usedP);
                    if (global::System.Text.Rune.ToLowerInvariant(a) != p)
                    {
                        return false;
                    }

                    value = value.Slice(usedA);
                    lower = lower.Slice(usedP);
                }

                return true;
            }

            internal static bool EndsWithIgnoreCase(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> lower)
            {
                while (!value.IsEmpty && !lower.IsEmpty)
                {
                    global::System.Text.Rune.DecodeLastFromUtf8(value, out var a, out var usedA);
                    global::System.Text.Rune.DecodeLastFromUtf8(lower, out var p, out var usedP);
                    if (global::System.Text.Rune.ToLowerInvariant(a) != p)
                    {
                        return false;
                    }

                    value = value.Slice(0, value.Length - usedA);
                    lower = lower.Slice(0, lower.Length - usedP);
                }

                return lower.IsEmpty;
            }

            internal static bool Wildcard(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> pattern)
            {
                var star = global::System.MemoryExtensions.IndexOf(pattern, (byte)0xFF);
                if (star < 0)
                {
                    return global::System.MemoryExtensions.SequenceEqual(value, pattern);
                }

                var head = pattern.Slice(0, star);
                var rest = pattern.Slice(star + 1);
                var last = global::System.MemoryExtensions.LastIndexOf(rest, (byte)0xFF);
                var tail = last < 0 ? rest : rest.Slice(last + 1);
                var middle = last < 0 ? default : rest.Slice(0, last);
                if (value.Length < head.Length + tail.Length || !global::System.MemoryExtensions.StartsWith(value, head) || !global::System.MemoryExtensions.EndsWith(value, tail))
                {
                    return false;
                }

                value = value.Slice(head.Length, value.Length - head.Length - tail.Length);
                while (!middle.IsEmpty)
                {
                    var next = global::System.MemoryExtensions.IndexOf(middle, (byte)0xFF);
                    var segment = next < 0 ? middle : middle.Slice(0, next);
                    middle = next < 0 ? default : middle.Slice(next + 1);
                    var at = global::System.MemoryExtensions.IndexOf(value, segment);
                    if (at < 0)
                    {
                        return false;
                    }

                    value = value.Slice(at + segment.Length);
                }

                return true;
            }

            internal static bool InCidr(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> network, int maskBits)
            {
                global::System.Span<byte> address = stackalloc byte[16];
                var length = global::System.MemoryExtensions.IndexOf(value, (byte)':') >= 0 ? ParseIPv6(value, address) : ParseIPv4(value, address);
                if (length != network.Length)
                {
                    return false;
                }

                for (var bit = 0; bit < maskBits; bit++)
                {
                    var mask = 0x80 >> (bit % 8);
                    if ((address[bit / 8] & mask) != (network[bit / 8] & mask))
                    {
                        return false;
                    }
                }

                return true;
            }

            private static int ParseIPv4(global::System.ReadOnlySpan<byte> text, global::System.Span<byte> address)
            {
                for (var part = 0; part < 4; part++)
                {
                    var end = part < 3 ? global::System.MemoryExtensions.IndexOf(text, (byte)'.') : text.Length;
                    if (end is <= 0 or > 3)
                    {
                        return 0;
                    }

                    var number = 0;
                    for (var i = 0; i < end; i++)
                    {
                        if (text[i] < (byte)'0' || text[i] > (byte)'9')
                        {
                            return 0;
                        }

                        number = (number * 10) + (text[i] - '0');
                    }

                    if (number > 255)
                    {
                        return 0;
                    }

                    address[part] = (byte)number;
                    text = part < 3 ? text.Slice(end + 1) : default;
                }

                return 4;
            }

            private static int ParseIPv6(global::System.ReadOnlySpan<byte> text, global::System.Span<byte> address)
            {
                global::System.Span<ushort> head = stackalloc ushort[8];
                global::System.Span<ushort> tail = stackalloc ushort[8];
                var gap = global::System.MemoryExtensions.IndexOf(text, "::"u8);
                var headText = gap < 0 ? text : text.Slice(0, gap);
                var tailText = gap < 0 ? default : text.Slice(gap + 2);
                if (global::System.MemoryExtensions.IndexOf(tailText, "::"u8) >= 0)
                {
                    return 0;
                }

                var headCount = Groups(headText, head);
                var tailCount = Groups(tailText, tail);
                var total = headCount + tailCount;
                if (headCount < 0 || tailCount < 0 || (gap < 0 ? total != 8 : total > 7))
                {
                    return 0;
                }

                address.Clear();
                for (var i = 0; i < headCount; i++)
                {
                    address[i * 2] = (byte)(head[i] >> 8);
                    address[(i * 2) + 1] = (byte)head[i];
                }

                for (var i = 0; i < tailCount; i++)
                {
                    var group = 8 - tailCount + i;
                    address[group * 2] = (byte)(tail[i] >> 8);
                    address[(group * 2) + 1] = (byte)tail[i];
                }

                return 16;
            }

            private static int Groups(global::System.ReadOnlySpan<byte> text, global::System.Span<ushort> groups)
            {
                var count = 0;
                while (!text.IsEmpty)
                {
                    var end = global::System.MemoryExtensions.IndexOf(text, (byte)':');
                    var group = end < 0 ? text : text.Slice(0, end);
                    if (group.Length is 0 or > 4 || count == 8)
                    {
                        return -1;
                    }

                    var number = 0;
                    foreach (var b in group)
                    {
                        var digit = b >= (byte)'0' && b <= (byte)'9' ? b - '0'
                            : b >= (byte)'a' && b <= (byte)'f' ? b - 'a' + 10
                            : b >= (byte)'A' && b <= (byte)'F' ? b - 'A' + 10
                            : -1;
                        if (digit < 0)
                        {
                            return -1;
                        }

                        number = (number * 16) + digit;
                    }

                    groups[count++] = (ushort)number;
                    if (end < 0)
                    {
                        break;
                    }

                    text = text.Slice(end + 1);
                    if (text.IsEmpty)
                    {
                        return -1;
                    }
                }

                return count;
            }
        }
        """;
}
