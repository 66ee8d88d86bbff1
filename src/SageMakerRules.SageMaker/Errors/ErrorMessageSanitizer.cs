using System.Text.RegularExpressions;

namespace SageMakerRules.SageMaker;

/// <summary>
/// Removes signing material from service messages before they reach an exception or a log: AWS signature errors
/// echo the canonical request (which includes the session token header) and the string to sign.
/// </summary>
internal static partial class ErrorMessageSanitizer
{
    private const int MaxLength = 2048;

    private const string Hidden = "***";

    public static string Sanitize(string message)
    {
        var text = CutSigningDetails(message);
        text = SignatureValue().Replace(text, "${name}" + Hidden);
        text = AccessKeyId().Replace(text, Hidden);
        text = LongHex().Replace(text, Hidden);
        return text.Length <= MaxLength ? text : text[..MaxLength] + "...";
    }

    private static string CutSigningDetails(string message)
    {
        foreach (var marker in (string[])["The Canonical String", "The String-to-Sign", "Canonical request"])
        {
            var index = message.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                message = message[..index].TrimEnd() + " (signing details omitted)";
            }
        }

        return message;
    }

    [GeneratedRegex(
        @"(?<name>(Signature|Credential|X-Amz-Security-Token|X-Amz-Signature|X-Amz-Credential|SessionToken)\s*[=:]\s*)"
            + @"[^\s,;&""']+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant
    )]
    private static partial Regex SignatureValue();

    [GeneratedRegex(@"\b(AKIA|ASIA|AROA|AIDA)[A-Z0-9]{12,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex AccessKeyId();

    [GeneratedRegex(@"\b[0-9a-fA-F]{40,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongHex();
}
