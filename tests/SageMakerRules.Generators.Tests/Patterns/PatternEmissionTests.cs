namespace SageMakerRules.Generators.Tests.Patterns;

public sealed class PatternEmissionTests
{
    [Fact]
    public void EmitClass_SimplePattern_CompilesAndMatches()
    {
        var pattern = PatternHarness.CompileJson(
            """{"source": ["aws.ec2"], "detail": {"state": [{"prefix": "run"}]}}"""
        );

        Assert.True(pattern.Matches("""{"source": "aws.ec2", "detail": {"state": "running"}}"""));
        Assert.False(pattern.Matches("""{"source": "aws.ec2", "detail": {"state": "stopped"}}"""));
        Assert.False(pattern.Matches("""{"source": "aws.s3", "detail": {"state": "running"}}"""));
    }
}
