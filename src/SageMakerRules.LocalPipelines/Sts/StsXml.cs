using System.Globalization;
using System.Xml.Linq;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>
/// Writes STS's XML response and error shapes (namespace <c>https://sts.amazonaws.com/doc/2011-06-15/</c>).
/// </summary>
internal static class StsXml
{
    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";

    /// <summary>The <c>AssumeRoleWithWebIdentityResponse</c> document.</summary>
    public static XDocument Response(
        AssumedRole role,
        LocalCredential credential,
        ValidatedWebIdentity identity,
        string requestId
    ) =>
        new(
            new XElement(
                Sts + "AssumeRoleWithWebIdentityResponse",
                new XElement(
                    Sts + "AssumeRoleWithWebIdentityResult",
                    new XElement(Sts + "Audience", identity.Audience),
                    new XElement(
                        Sts + "AssumedRoleUser",
                        new XElement(Sts + "AssumedRoleId", role.AssumedRoleId),
                        new XElement(Sts + "Arn", role.Arn)
                    ),
                    new XElement(Sts + "Provider", identity.Issuer),
                    Credentials(credential),
                    new XElement(Sts + "SubjectFromWebIdentityToken", identity.Subject)
                ),
                Metadata(requestId)
            )
        );

    /// <summary>The <c>ErrorResponse</c> document.</summary>
    public static XDocument Error(StsException error, string requestId) =>
        new(
            new XElement(
                Sts + "ErrorResponse",
                new XElement(
                    Sts + "Error",
                    new XElement(Sts + "Type", error.FaultType),
                    new XElement(Sts + "Code", error.Code),
                    new XElement(Sts + "Message", error.Message)
                ),
                new XElement(Sts + "RequestId", requestId)
            )
        );

    private static XElement Credentials(LocalCredential credential) =>
        new(
            Sts + "Credentials",
            new XElement(Sts + "AccessKeyId", credential.AccessKeyId),
            new XElement(Sts + "SecretAccessKey", credential.SecretAccessKey),
            new XElement(Sts + "SessionToken", credential.SessionToken),
            new XElement(
                Sts + "Expiration",
                credential.Expiration!.Value.UtcDateTime.ToString(
                    "yyyy-MM-dd'T'HH:mm:ss'Z'",
                    CultureInfo.InvariantCulture
                )
            )
        );

    private static XElement Metadata(string requestId) =>
        new(Sts + "ResponseMetadata", new XElement(Sts + "RequestId", requestId));
}

/// <summary>The assumed-role user of a session: <c>arn:aws:sts::{account}:assumed-role/{role}/{session}</c>.</summary>
internal sealed record AssumedRole(string Arn, string AssumedRoleId)
{
    public static AssumedRole For(string accountId, string roleArn, string sessionName)
    {
        var roleName = roleArn[(roleArn.LastIndexOf('/') + 1)..];
        var roleId =
            "AROA"
            + Convert.ToHexString(
                System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(roleArn))
            )[..17];

        return new AssumedRole(
            $"arn:aws:sts::{accountId}:assumed-role/{roleName}/{sessionName}",
            $"{roleId}:{sessionName}"
        );
    }
}
