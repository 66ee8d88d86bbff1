using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>The local STS over its wire protocol: form-encoded query requests, STS's XML answers and errors.</summary>
[Collection(FederationCollection.Name)]
public sealed class LocalStsTests(OidcServerFixture oidc)
{
    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";

    [Fact]
    public async Task AssumeRoleWithWebIdentity_ValidToken_ReturnsStsResponseShape()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var token = await TokenAsync();

        var (status, xml) = await PostAsync(harness, Form(token));

        Assert.Equal(HttpStatusCode.OK, status);
        var result = xml.Root!.Element(Sts + "AssumeRoleWithWebIdentityResult")!;
        var credentials = result.Element(Sts + "Credentials")!;
        Assert.StartsWith("ASIA", credentials.Element(Sts + "AccessKeyId")!.Value);
        Assert.EndsWith("Z", credentials.Element(Sts + "Expiration")!.Value);
        Assert.Equal(oidc.Issuer, result.Element(Sts + "Provider")!.Value);
        Assert.Equal(OidcServerSettings.ApplicationIdUri, result.Element(Sts + "Audience")!.Value);
        Assert.Equal(OidcServerSettings.ClientId, result.Element(Sts + "SubjectFromWebIdentityToken")!.Value);
        Assert.Equal(
            "arn:aws:sts::000000000000:assumed-role/sagemaker-rules-federated/session-1",
            result.Element(Sts + "AssumedRoleUser")!.Element(Sts + "Arn")!.Value
        );
        Assert.NotEmpty(xml.Root.Element(Sts + "ResponseMetadata")!.Element(Sts + "RequestId")!.Value);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_ValidToken_RecordsTheIssuedSessionWithoutSecrets()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var issuedAt = harness.Clock.GetUtcNow();

        var (_, xml) = await PostAsync(harness, Form(await TokenAsync()));

        var result = xml.Root!.Element(Sts + "AssumeRoleWithWebIdentityResult")!;
        var session = Assert.Single(harness.Server.IssuedSessions);
        Assert.Equal(result.Element(Sts + "Credentials")!.Element(Sts + "AccessKeyId")!.Value, session.AccessKeyId);
        Assert.Equal(FederationHarness.RoleArn, session.RoleArn);
        Assert.Equal("session-1", session.RoleSessionName);
        Assert.Equal(result.Element(Sts + "AssumedRoleUser")!.Element(Sts + "Arn")!.Value, session.AssumedRoleArn);
        Assert.Equal(OidcServerSettings.ClientId, session.Subject);
        Assert.Equal(issuedAt.AddSeconds(900), session.Expiration);
        Assert.DoesNotContain(
            result.Element(Sts + "Credentials")!.Element(Sts + "SecretAccessKey")!.Value,
            $"{session}"
        );
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_Refused_RecordsNoSession()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var form = Form(await TokenAsync());
        form["RoleSessionName"] = "bad name";

        var (status, _) = await PostAsync(harness, form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Empty(harness.Server.IssuedSessions);
    }

    [Theory]
    [InlineData("RoleSessionName", "x", "ValidationError")]
    [InlineData("RoleSessionName", "bad name", "ValidationError")]
    [InlineData("DurationSeconds", "899", "ValidationError")]
    [InlineData("DurationSeconds", "43201", "ValidationError")]
    [InlineData("RoleArn", "", "ValidationError")]
    [InlineData("Action", "AssumeRole", "InvalidAction")]
    public async Task AssumeRoleWithWebIdentity_InvalidParameter_ReturnsStsError(string name, string value, string code)
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var form = Form(await TokenAsync());
        form[name] = value;

        var (status, xml) = await PostAsync(harness, form);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertError(xml, code, "Sender");
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_TamperedSignature_InvalidIdentityTokenWithoutEchoingIt()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var token = await TokenAsync();
        var tampered = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");

        var (status, xml) = await PostAsync(harness, Form(tampered));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertError(xml, "InvalidIdentityToken", "Sender");
        Assert.DoesNotContain(tampered.Split('.')[1], xml.ToString() + harness.Logs.Text);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_NotAJwt_InvalidIdentityToken()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);

        var (_, xml) = await PostAsync(harness, Form("not-a-jwt-at-all"));

        AssertError(xml, "InvalidIdentityToken", "Sender");
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_RoleNotInTrustPolicy_AccessDenied()
    {
        await using var harness = await FederationHarness.StartAsync(
            oidc,
            allowedRole: "arn:aws:iam::000000000000:role/other"
        );

        var (status, xml) = await PostAsync(harness, Form(await TokenAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, status);
        AssertError(xml, "AccessDenied", "Sender");
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_ExpiredOnServerClock_ExpiredTokenException()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var token = await TokenAsync();
        harness.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var (_, xml) = await PostAsync(harness, Form(token));

        AssertError(xml, "ExpiredTokenException", "Sender");
    }

    private async Task<string> TokenAsync()
    {
        using var http = new HttpClient();
        var response = await http.PostAsync(
            new Uri(oidc.AuthorityHost, $"{OidcServerSettings.TenantId}/oauth2/v2.0/token"),
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = OidcServerSettings.ClientId,
                    ["client_secret"] = OidcServerSettings.ClientSecret,
                    ["scope"] = OidcServerSettings.ApplicationIdUri + "/.default",
                }
            )
        );
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        return body.GetProperty("access_token").GetString()!;
    }

    private static Dictionary<string, string> Form(string token) =>
        new()
        {
            ["Action"] = "AssumeRoleWithWebIdentity",
            ["Version"] = "2011-06-15",
            ["RoleArn"] = FederationHarness.RoleArn,
            ["RoleSessionName"] = "session-1",
            ["WebIdentityToken"] = token,
            ["DurationSeconds"] = "900",
        };

    private static async Task<(HttpStatusCode Status, XDocument Xml)> PostAsync(
        FederationHarness harness,
        Dictionary<string, string> form
    )
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(harness.Server.Endpoint, new FormUrlEncodedContent(form));

        return (response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static void AssertError(XDocument xml, string code, string type)
    {
        var error = xml.Root!.Element(Sts + "Error")!;
        Assert.Equal("ErrorResponse", xml.Root.Name.LocalName);
        Assert.Equal(code, error.Element(Sts + "Code")!.Value);
        Assert.Equal(type, error.Element(Sts + "Type")!.Value);
        Assert.NotEmpty(error.Element(Sts + "Message")!.Value);
    }
}
