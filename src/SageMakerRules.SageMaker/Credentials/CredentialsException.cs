namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// AWS credentials could not be obtained. The message says what failed and which setting to fix; it never holds a
/// secret, token or signature.
/// </summary>
public sealed class CredentialsException : Exception
{
    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">What failed and how to fix it.</param>
    public CredentialsException(string message)
        : base(message) { }

    /// <summary>Creates an exception that wraps the (already sanitised) cause.</summary>
    /// <param name="message">What failed and how to fix it.</param>
    /// <param name="innerException">The cause; it must not hold secrets.</param>
    public CredentialsException(string message, Exception? innerException)
        : base(message, innerException) { }

    /// <summary>Creates an exception with the error code and the setting a person should fix.</summary>
    /// <param name="message">What failed and how to fix it.</param>
    /// <param name="errorCode">The Azure AD (<c>AADSTS...</c>) or STS error code, when known.</param>
    /// <param name="setting">The setting to fix, for example <c>AzureAd.ClientSecret</c>, when known.</param>
    /// <param name="isTransient">Whether trying again later may succeed.</param>
    /// <param name="innerException">The cause; it must not hold secrets.</param>
    public CredentialsException(
        string message,
        string? errorCode,
        string? setting,
        bool isTransient,
        Exception? innerException = null
    )
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        Setting = setting;
        IsTransient = isTransient;
    }

    /// <summary>The Azure AD (<c>AADSTS...</c>) or STS error code, when known.</summary>
    public string? ErrorCode { get; }

    /// <summary>The setting a person should fix, for example <c>AzureAd.ClientSecret</c>, when known.</summary>
    public string? Setting { get; }

    /// <summary>Whether trying again later may succeed (a network or service failure, not a setting).</summary>
    public bool IsTransient { get; }
}
