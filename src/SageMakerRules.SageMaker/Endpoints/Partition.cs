namespace SageMakerRules.SageMaker.Endpoints;

/// <summary>An AWS partition: the DNS suffixes its regions use.</summary>
/// <param name="Name">The partition name, for example <c>aws-cn</c>.</param>
/// <param name="DnsSuffix">The regular DNS suffix.</param>
/// <param name="DualStackDnsSuffix">The dual-stack DNS suffix, or null when the partition has none.</param>
/// <param name="HasApiFipsHost">Whether FIPS uses the <c>api-fips.sagemaker</c> host (aws, aws-us-gov).</param>
internal sealed record Partition(string Name, string DnsSuffix, string? DualStackDnsSuffix, bool HasApiFipsHost)
{
    private static readonly (string Prefix, Partition Partition)[] ByRegionPrefix =
    [
        ("cn-", new("aws-cn", "amazonaws.com.cn", "api.amazonwebservices.com.cn", false)),
        ("us-gov-", new("aws-us-gov", "amazonaws.com", "api.aws", true)),
        ("us-isob-", new("aws-iso-b", "sc2s.sgov.gov", null, false)),
        ("us-isof-", new("aws-iso-f", "csp.hci.ic.gov", null, false)),
        ("us-iso-", new("aws-iso", "c2s.ic.gov", null, false)),
        ("eu-isoe-", new("aws-iso-e", "cloud.adc-e.uk", null, false)),
        ("eusc-", new("aws-eusc", "amazonaws.eu", null, false)),
    ];

    private static readonly Partition Aws = new("aws", "amazonaws.com", "api.aws", true);

    /// <summary>The partition of a region; <c>aws</c> for regions without a known prefix.</summary>
    /// <param name="region">The region system name.</param>
    /// <returns>The partition.</returns>
    public static Partition Of(string region)
    {
        foreach (var (prefix, partition) in ByRegionPrefix)
        {
            if (region.StartsWith(prefix, StringComparison.Ordinal))
            {
                return partition;
            }
        }

        return Aws;
    }
}
