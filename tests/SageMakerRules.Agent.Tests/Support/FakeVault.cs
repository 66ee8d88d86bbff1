using System.Text;

namespace SageMakerRules.Agent.Tests.Support;

/// <summary>Stands in for the stream host's encryption of secure settings and variables.</summary>
internal static class FakeVault
{
    private const string Prefix = "enc:";

    public static string Encrypt(string plain) => Prefix + Convert.ToBase64String(Encoding.UTF8.GetBytes(plain));

    public static string Decrypt(string encrypted) =>
        encrypted.StartsWith(Prefix, StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(encrypted[Prefix.Length..]))
            : throw new FormatException("The value is not encrypted by this host.");
}
