namespace SageMakerRules.SageMaker.Tests.Errors;

public sealed class ErrorMessageSanitizerTests
{
    [Theory]
    [InlineData("Credential=AKIDEXAMPLE/20260101/eu-west-1/sagemaker/aws4_request, x", "Credential=***, x")]
    [InlineData("Signature=abcdef0123 rest", "Signature=*** rest")]
    [InlineData("X-Amz-Security-Token: IQoJb3JpZ2lu", "X-Amz-Security-Token: ***")]
    [InlineData("key AKIAIOSFODNN7EXAMPLE denied", "key *** denied")]
    [InlineData("key ASIAIOSFODNN7EXAMPLE denied", "key *** denied")]
    [InlineData("sig 5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7 end", "sig *** end")]
    [InlineData("Pipeline my-pipe does not exist", "Pipeline my-pipe does not exist")]
    public void Sanitize_Message_HidesSigningMaterialOnly(string message, string expected)
    {
        Assert.Equal(expected, ErrorMessageSanitizer.Sanitize(message));
    }

    [Fact]
    public void Sanitize_VeryLongMessage_IsCut()
    {
        var sanitized = ErrorMessageSanitizer.Sanitize(new string('x', 5000));

        Assert.Equal(2051, sanitized.Length);
        Assert.EndsWith("...", sanitized);
    }
}
