namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Removes known secret values from text before it reaches a message or a log.</summary>
internal static class Secrets
{
    /// <summary>Replaces each occurrence of every given secret in <paramref name="text"/> with <c>***</c>.</summary>
    public static string Redact(string text, params string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 4)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
