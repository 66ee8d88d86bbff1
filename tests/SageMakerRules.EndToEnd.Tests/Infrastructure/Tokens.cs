namespace SageMakerRules.EndToEnd.Tests.Infrastructure;

/// <summary>Idempotency tokens of the length SageMaker requires (32 to 128 characters).</summary>
public static class Tokens
{
    /// <summary>A fresh random token.</summary>
    public static string New() => Guid.NewGuid().ToString("N");
}
