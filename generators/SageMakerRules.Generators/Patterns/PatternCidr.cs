using System.Collections.Generic;
using System.Globalization;

namespace SageMakerRules.Generators.Patterns;

/// <summary>Parses EventBridge CIDR blocks (IPv4 and IPv6) with EventBridge's rejection reasons.</summary>
public static class PatternCidr
{
    /// <summary>
    /// Parses <paramref name="text"/> (<c>address/bits</c>); returns null on success or EventBridge's reason.
    /// The network has the host bits cleared.
    /// </summary>
    public static string? TryParse(string text, out byte[] network, out int maskBits)
    {
        network = new byte[0];
        maskBits = 0;
        var parts = text.Split('/');
        if (parts.Length != 2)
        {
            return "Malformed CIDR, one '/' required";
        }

        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out maskBits))
        {
            return "Malformed CIDR, mask bits must be an integer";
        }

        var address = TryParseAddress(parts[0]);
        if (address is null)
        {
            return "Nonstandard IP address: " + parts[0];
        }

        if (maskBits > address.Length * 8)
        {
            var most = (address.Length * 8).ToString(CultureInfo.InvariantCulture);
            return "Malformed CIDR, mask bits must be between 0 and " + most;
        }

        network = Mask(address, maskBits);
        return null;
    }

    /// <summary>Parses a dotted IPv4 or a textual IPv6 address strictly; null when it is not one.</summary>
    public static byte[]? TryParseAddress(string text) =>
        text.IndexOf(':') >= 0 ? TryParseIPv6(text) : TryParseIPv4(text);

    private static byte[]? TryParseIPv4(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 4)
        {
            return null;
        }

        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            var part = parts[i];
            if (
                part.Length is 0 or > 3
                || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            )
            {
                return null;
            }

            if (n > 255)
            {
                return null;
            }

            bytes[i] = (byte)n;
        }

        return bytes;
    }

    private static byte[]? TryParseIPv6(string text)
    {
        var halves = text.Split(["::"], System.StringSplitOptions.None);
        if (halves.Length > 2)
        {
            return null;
        }

        var head = Groups(halves[0]);
        var tail = halves.Length == 2 ? Groups(halves[1]) : [];
        if (head is null || tail is null)
        {
            return null;
        }

        var total = head.Count + tail.Count;
        if (halves.Length == 1 ? total != 8 : total > 7)
        {
            return null;
        }

        var bytes = new byte[16];
        Write(bytes, head, 0);
        Write(bytes, tail, 8 - tail.Count);
        return bytes;
    }

    private static List<int>? Groups(string text)
    {
        var groups = new List<int>();
        if (text.Length == 0)
        {
            return groups;
        }

        foreach (var part in text.Split(':'))
        {
            if (part.Length is 0 or > 4 || !int.TryParse(part, NumberStyles.AllowHexSpecifier, null, out var n))
            {
                return null;
            }

            groups.Add(n);
        }

        return groups;
    }

    private static void Write(byte[] bytes, List<int> groups, int firstGroup)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            bytes[(firstGroup + i) * 2] = (byte)(groups[i] >> 8);
            bytes[((firstGroup + i) * 2) + 1] = (byte)groups[i];
        }
    }

    private static byte[] Mask(byte[] address, int maskBits)
    {
        var network = (byte[])address.Clone();
        for (var bit = maskBits; bit < network.Length * 8; bit++)
        {
            network[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return network;
    }
}
