using System.Text.RegularExpressions;

namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>The members of an <c>AssumeRoleWithWebIdentity</c> query request, checked like STS checks them.</summary>
internal sealed partial record AssumeRoleWithWebIdentityRequest(
    string RoleArn,
    string RoleSessionName,
    string WebIdentityToken,
    int DurationSeconds
)
{
    private const int DefaultDurationSeconds = 3_600;

    /// <summary>Reads and checks the request's parameters.</summary>
    public static AssumeRoleWithWebIdentityRequest Read(IReadOnlyDictionary<string, string> parameters)
    {
        var roleArn = Required(parameters, "RoleArn");
        var sessionName = Required(parameters, "RoleSessionName");
        var token = Required(parameters, "WebIdentityToken");

        Check(roleArn.Length is >= 20 and <= 2048, roleArn, "roleArn", "Member must have length between 20 and 2048");
        Check(
            SessionNamePattern().IsMatch(sessionName),
            sessionName,
            "roleSessionName",
            "Member must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64"
        );
        Check(token.Length is >= 4 and <= 20_000, "***", "webIdentityToken", "Member must have length <= 20000");

        return new AssumeRoleWithWebIdentityRequest(roleArn, sessionName, token, ReadDuration(parameters));
    }

    private static int ReadDuration(IReadOnlyDictionary<string, string> parameters)
    {
        if (!parameters.TryGetValue("DurationSeconds", out var text))
        {
            return DefaultDurationSeconds;
        }

        var valid =
            int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            && seconds is >= LocalStsOptions.MinimumDurationSeconds and <= LocalStsOptions.MaximumDurationSeconds;
        Check(valid, text, "durationSeconds", "Member must have value between 900 and 43200");

        return seconds;
    }

    private static string Required(IReadOnlyDictionary<string, string> parameters, string name) =>
        parameters.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw StsException.Validation(
                $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed "
                    + "to satisfy constraint: Member must not be null"
            );

    private static void Check(bool valid, string shown, string member, string constraint)
    {
        if (!valid)
        {
            throw StsException.Validation(
                $"1 validation error detected: Value '{shown}' at '{member}' failed to satisfy constraint: {constraint}"
            );
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_+=,.@-]{2,64}$")]
    private static partial Regex SessionNamePattern();

    /// <inheritdoc/>
    public override string ToString() => $"AssumeRoleWithWebIdentity {{ RoleArn = {RoleArn} }}";
}
