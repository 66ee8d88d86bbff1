using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

public sealed class RoleSessionNameTests
{
    [Theory]
    [InlineData("agent-1", "agent-1")]
    [InlineData("pump agent/7", "pump-agent-7")]
    [InlineData("user@example.com,team=ml+ops", "user@example.com,team=ml+ops")]
    [InlineData("Müller:ä", "M-ller--")]
    [InlineData("x", "x-")]
    [InlineData("  padded  ", "padded")]
    public void Sanitize_Value_IsValidForSts(string value, string expected)
    {
        var sanitized = RoleSessionName.Sanitize(value);

        Assert.Equal(expected, sanitized);
        Assert.True(RoleSessionName.IsValid(sanitized));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Sanitize_Missing_UsesDefault(string? value) =>
        Assert.Equal("sagemaker-rules", RoleSessionName.Sanitize(value));

    [Fact]
    public void Sanitize_LongValue_IsCutTo64()
    {
        var sanitized = RoleSessionName.Sanitize(new string('a', 100));

        Assert.Equal(64, sanitized.Length);
        Assert.True(RoleSessionName.IsValid(sanitized));
    }

    [Fact]
    public void Derive_MachineName_PrefixesAndSanitizes() =>
        Assert.Equal("sagemaker-rules-HOST-01_a.lan", RoleSessionName.Derive("HOST 01_a.lan"));

    [Theory]
    [InlineData("a", false)]
    [InlineData("ab", true)]
    [InlineData("a b", false)]
    [InlineData("é1", false)]
    public void IsValid_Value_FollowsStsPattern(string value, bool expected) =>
        Assert.Equal(expected, RoleSessionName.IsValid(value));
}
