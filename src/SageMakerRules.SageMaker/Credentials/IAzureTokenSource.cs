namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Obtains Azure AD access tokens for the configured application (cached by the implementation).</summary>
internal interface IAzureTokenSource
{
    /// <summary>Returns a valid access token, from the cache unless <paramref name="forceRefresh"/> is set.</summary>
    /// <exception cref="CredentialsException">Azure AD refused or could not be reached.</exception>
    Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}
