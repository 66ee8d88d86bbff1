namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Builds the Azure AD <c>.default</c> scope and names the other form for error messages.</summary>
internal static class AzureScope
{
    /// <summary>The configured scope, or the <c>.default</c> scope of the client id in the configured form.</summary>
    public static string Resolve(AzureAdCredentialOptions options) =>
        string.IsNullOrWhiteSpace(options.Scope)
            ? Format(options.ClientId.Trim(), options.ScopeForm)
            : options.Scope.Trim();

    /// <summary>The <c>.default</c> scope of <paramref name="clientId"/> in <paramref name="form"/>.</summary>
    public static string Format(string clientId, AzureScopeForm form) =>
        form == AzureScopeForm.ApplicationIdUri ? $"api://{clientId}/.default" : $"{clientId}/.default";

    /// <summary>The scope in the other form than <paramref name="scope"/>, to suggest when Azure rejects it.</summary>
    public static string Alternative(string clientId, string scope) =>
        scope.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
            ? Format(clientId, AzureScopeForm.ClientId)
            : Format(clientId, AzureScopeForm.ApplicationIdUri);
}
