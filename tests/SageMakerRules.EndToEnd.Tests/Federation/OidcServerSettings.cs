namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>The tenant and the one client the OIDC test server knows.</summary>
internal static class OidcServerSettings
{
    public const string TenantId = "7d3f7a52-5c4e-4c55-9a11-0f6f2f0b9c10";

    public const string ClientId = "f0e1d2c3-b4a5-4697-8899-aabbccddeeff";

    public const string ClientSecret = "oidc-test-secret~Qm4r-never-printed";

    public const string ApplicationIdUri = "api://" + ClientId;
}
