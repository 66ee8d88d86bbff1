namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Which form of the <c>.default</c> scope is requested from Azure AD.</summary>
public enum AzureScopeForm
{
    /// <summary>
    /// <c>api://{clientId}/.default</c>: for an app registration that has the default Application ID URI set
    /// (Expose an API). The issued token's audience is <c>api://{clientId}</c>.
    /// </summary>
    ApplicationIdUri = 0,

    /// <summary>
    /// <c>{clientId}/.default</c>: for an app registration without an Application ID URI. The issued token's
    /// audience is the client id itself.
    /// </summary>
    ClientId = 1,
}
