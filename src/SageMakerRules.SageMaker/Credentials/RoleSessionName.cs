using System.Text;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Makes role session names valid for STS: 2 to 64 characters of <c>[\w+=,.@-]</c>.</summary>
public static class RoleSessionName
{
    /// <summary>The shortest valid session name.</summary>
    public const int MinimumLength = 2;

    /// <summary>The longest valid session name.</summary>
    public const int MaximumLength = 64;

    private const string Prefix = "sagemaker-rules";

    /// <summary>
    /// Returns <paramref name="value"/> with every invalid character replaced by <c>-</c>, cut to 64 characters and
    /// padded to 2; a missing or blank value becomes <c>sagemaker-rules</c>.
    /// </summary>
    /// <param name="value">A configured or derived name.</param>
    /// <returns>A name STS accepts.</returns>
    public static string Sanitize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Prefix;
        }

        var builder = new StringBuilder(Math.Min(value.Length, MaximumLength));
        foreach (var character in value.Trim())
        {
            if (builder.Length == MaximumLength)
            {
                break;
            }

            builder.Append(IsValid(character) ? character : '-');
        }

        while (builder.Length < MinimumLength)
        {
            builder.Append('-');
        }

        return builder.ToString();
    }

    /// <summary>Derives a session name from the machine name: <c>sagemaker-rules-{machine}</c>, made valid.</summary>
    /// <param name="machineName">The machine (host) name.</param>
    /// <returns>A name STS accepts.</returns>
    public static string Derive(string? machineName) =>
        Sanitize(string.IsNullOrWhiteSpace(machineName) ? Prefix : $"{Prefix}-{machineName}");

    /// <summary>Whether <paramref name="value"/> is already a valid session name.</summary>
    /// <param name="value">A session name.</param>
    /// <returns><see langword="true"/> when STS accepts it as it is.</returns>
    public static bool IsValid(string? value) =>
        value is { Length: >= MinimumLength and <= MaximumLength } && value.All(IsValid);

    // STS's \w is ASCII: letters, digits and underscore.
    private static bool IsValid(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '_' or '+' or '=' or ',' or '.' or '@' or '-';
}
