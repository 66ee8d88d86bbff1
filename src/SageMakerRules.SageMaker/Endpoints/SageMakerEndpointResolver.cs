using System.Net;
using System.Text.RegularExpressions;

namespace SageMakerRules.SageMaker.Endpoints;

/// <summary>
/// Chooses the SageMaker endpoint: an explicit URL, then <c>AWS_ENDPOINT_URL_SAGEMAKER</c>, then
/// <c>AWS_ENDPOINT_URL</c>, then the regional endpoint of the region's partition (FIPS and dual-stack forms when
/// asked). Plain <c>http</c> is accepted only for loopback hosts.
/// </summary>
internal static partial class SageMakerEndpointResolver
{
    public const string ServiceVariable = "AWS_ENDPOINT_URL_SAGEMAKER";

    public const string GlobalVariable = "AWS_ENDPOINT_URL";

    public const string IgnoreVariable = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    public static SageMakerEndpoint Resolve(SageMakerEndpointSettings settings)
    {
        var configured = FindConfigured(settings);
        if (configured is not null)
        {
            return FromConfigured(configured.Value.Url, configured.Value.Source, settings);
        }

        return FromRegion(settings);
    }

    private static (string Url, string Source)? FindConfigured(SageMakerEndpointSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.ServiceUrl))
        {
            return (settings.ServiceUrl, "ServiceURL");
        }

        if (settings.IgnoreConfiguredEndpointUrls || IsTrue(settings.EnvironmentLookup(IgnoreVariable)))
        {
            return null;
        }

        foreach (var variable in (string[])[ServiceVariable, GlobalVariable])
        {
            var value = settings.EnvironmentLookup(variable);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return (value.Trim(), variable);
            }
        }

        return null;
    }

    private static SageMakerEndpoint FromConfigured(string text, string source, SageMakerEndpointSettings settings)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new SageMakerEndpointException(
                $"The endpoint from {source} is not an absolute http(s) URL: '{Describe(text)}'. "
                    + "Use a URL such as https://api.sagemaker.eu-west-1.amazonaws.com or http://127.0.0.1:4566."
            );
        }

        if (url.UserInfo.Length > 0)
        {
            throw new SageMakerEndpointException(
                $"The endpoint from {source} contains user information; remove it (credentials belong in the "
                    + "credentials settings, never in a URL)."
            );
        }

        if (settings.UseFips || settings.UseDualStack)
        {
            throw new SageMakerEndpointException(
                $"The endpoint from {source} ({url}) cannot be combined with "
                    + (settings.UseFips ? "UseFIPSEndpoint" : "UseDualstackEndpoint")
                    + "; turn that option off or remove the explicit endpoint."
            );
        }

        if (url.Scheme == "http" && !IsLoopback(url))
        {
            throw new SageMakerEndpointException(
                $"The endpoint from {source} ({url}) uses plain http to a host that is not loopback. "
                    + "Use https, or http only with 127.0.0.0/8, ::1 or localhost."
            );
        }

        return new SageMakerEndpoint(url, source);
    }

    private static SageMakerEndpoint FromRegion(SageMakerEndpointSettings settings)
    {
        var region = settings.Region?.Trim();
        if (string.IsNullOrEmpty(region))
        {
            throw new SageMakerEndpointException(
                "No region and no endpoint are configured. Set RegionEndpoint (or AWS_REGION), ServiceURL, or "
                    + $"{ServiceVariable}."
            );
        }

        var useFips = settings.UseFips;
        region = StripFipsPseudoRegion(region, ref useFips);
        if (!RegionPattern().IsMatch(region))
        {
            throw new SageMakerEndpointException(
                $"The region '{Describe(region)}' is not a valid region name (for example eu-west-1)."
            );
        }

        var host = RegionalHost(region, useFips, settings.UseDualStack);
        return new SageMakerEndpoint(new Uri($"https://{host}"), "region");
    }

    private static string RegionalHost(string region, bool useFips, bool useDualStack)
    {
        var partition = Partition.Of(region);
        if (useDualStack)
        {
            var suffix =
                partition.DualStackDnsSuffix
                ?? throw new SageMakerEndpointException(
                    $"Dual-stack endpoints are not available in partition {partition.Name} (region {region}); "
                        + "turn UseDualstackEndpoint off."
                );
            return $"api.sagemaker{(useFips ? "-fips" : "")}.{region}.{suffix}";
        }

        if (useFips)
        {
            return partition.HasApiFipsHost
                ? $"api-fips.sagemaker.{region}.{partition.DnsSuffix}"
                : $"api.sagemaker-fips.{region}.{partition.DnsSuffix}";
        }

        // The secondary GovCloud pseudo-region is served by the primary region's endpoint.
        var hostRegion = region == "us-gov-west-1-secondary" ? "us-gov-west-1" : region;
        return $"api.sagemaker.{hostRegion}.{partition.DnsSuffix}";
    }

    private static string StripFipsPseudoRegion(string region, ref bool useFips)
    {
        if (region.StartsWith("fips-", StringComparison.Ordinal))
        {
            useFips = true;
            return region["fips-".Length..];
        }

        if (region.EndsWith("-fips", StringComparison.Ordinal))
        {
            useFips = true;
            return region[..^"-fips".Length];
        }

        return region;
    }

    internal static bool IsLoopback(Uri url)
    {
        if (url.IsLoopback && string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }

    private static bool IsTrue(string? value) =>
        string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    // A malformed URL is echoed to help the user, unless it might hold user information (a password).
    private static string Describe(string text) =>
        text.Contains('@') ? "(not shown: it contains '@')"
        : text.Length <= 200 ? text
        : text[..200] + "...";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
