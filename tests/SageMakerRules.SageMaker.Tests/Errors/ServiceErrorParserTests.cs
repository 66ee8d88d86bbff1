using System.Net;
using System.Text;

namespace SageMakerRules.SageMaker.Tests.Errors;

public sealed class ServiceErrorParserTests
{
    private static SageMakerPipelinesException Parse(
        string body,
        HttpStatusCode status = HttpStatusCode.BadRequest,
        string? requestId = "req-1",
        string? errorTypeHeader = null
    ) => ServiceErrorParser.Parse(Encoding.UTF8.GetBytes(body), status, requestId, errorTypeHeader);

    [Theory]
    [InlineData("ResourceNotFound", "ResourceNotFound")]
    [InlineData("com.amazonaws.sagemaker#ResourceNotFound", "ResourceNotFound")]
    [InlineData("com.amazon.coral.validate#ValidationException", "ValidationException")]
    [InlineData(
        "ThrottlingException:http://internal.amazon.com/coral/com.amazon.coral.availability/",
        "ThrottlingException"
    )]
    [InlineData("aws.protocoltests#ConflictException:extra", "ConflictException")]
    public void Parse_TypeWithNamespaceOrSuffix_ExtractsCode(string type, string expected)
    {
        var exception = Parse($$"""{"__type":"{{type}}","message":"m"}""");

        Assert.Equal(expected, exception.ErrorCode);
    }

    [Theory]
    [InlineData("""{"__type":"ResourceNotFound","message":"lower"}""", "lower")]
    [InlineData("""{"__type":"ResourceNotFound","Message":"upper"}""", "upper")]
    [InlineData("""{"Message":"upper first","__type":"ResourceNotFound"}""", "upper first")]
    public void Parse_MessageInEitherCase_IsRead(string body, string expected)
    {
        var exception = Parse(body);

        Assert.Equal(expected, exception.Message);
    }

    [Theory]
    [InlineData("ResourceNotFound", typeof(ResourceNotFoundException))]
    [InlineData("ResourceLimitExceeded", typeof(ResourceLimitExceededException))]
    [InlineData("ResourceInUse", typeof(ResourceInUseException))]
    [InlineData("ConflictException", typeof(ConflictException))]
    [InlineData("ValidationException", typeof(ValidationException))]
    [InlineData("ThrottlingException", typeof(ThrottlingException))]
    [InlineData("Throttling", typeof(ThrottlingException))]
    [InlineData("TooManyRequestsException", typeof(ThrottlingException))]
    [InlineData("AccessDeniedException", typeof(AccessDeniedException))]
    [InlineData("MissingAuthenticationToken", typeof(AccessDeniedException))]
    [InlineData("UnrecognizedClientException", typeof(UnrecognizedClientException))]
    [InlineData("InvalidClientTokenId", typeof(UnrecognizedClientException))]
    [InlineData("InvalidSignatureException", typeof(InvalidSignatureException))]
    [InlineData("SignatureDoesNotMatch", typeof(InvalidSignatureException))]
    [InlineData("ExpiredTokenException", typeof(ExpiredTokenException))]
    [InlineData("InternalFailure", typeof(ServiceFailureException))]
    [InlineData("SomethingNew", typeof(SageMakerPipelinesException))]
    public void Parse_Code_MapsToTypedException(string code, Type expected)
    {
        var exception = Parse($$"""{"__type":"{{code}}","message":"m"}""");

        Assert.IsType(expected, exception);
    }

    [Fact]
    public void Parse_ValuesOfAnswer_AreCarried()
    {
        var exception = Parse(
            """{"__type":"ResourceLimitExceeded","message":"Too many executions"}""",
            requestId: "c0ffee"
        );

        Assert.Equal("ResourceLimitExceeded", exception.ErrorCode);
        Assert.Equal("Too many executions", exception.Message);
        Assert.Equal("c0ffee", exception.RequestId);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal(Amazon.Runtime.ErrorType.Sender, exception.ErrorType);
    }

    [Fact]
    public void Parse_ServerErrorWithHtmlBody_ThrowsServiceFailureWithStatusCode()
    {
        var exception = Parse("<html>\n<body>Bad Gateway</body>\n</html>", HttpStatusCode.BadGateway);

        var failure = Assert.IsType<ServiceFailureException>(exception);
        Assert.Equal("BadGateway", failure.ErrorCode);
        Assert.Equal(Amazon.Runtime.ErrorType.Receiver, failure.ErrorType);
        Assert.Equal(
            "SageMaker answered HTTP 502 with a body that is not a JSON error: <html> <body>Bad Gateway</body> </html>",
            failure.Message
        );
    }

    [Fact]
    public void Parse_EmptyServerErrorBody_ExplainsStatus()
    {
        var exception = Parse("", HttpStatusCode.InternalServerError, requestId: null);

        Assert.IsType<ServiceFailureException>(exception);
        Assert.Equal("InternalServerError", exception.ErrorCode);
        Assert.Null(exception.RequestId);
        Assert.Equal("SageMaker answered HTTP 500 without an error message.", exception.Message);
    }

    [Fact]
    public void Parse_NoTypeInBody_UsesErrorTypeHeader()
    {
        var exception = Parse(
            """{"message":"slow down"}""",
            errorTypeHeader: "ThrottlingException:http://internal.amazon.com/"
        );

        Assert.IsType<ThrottlingException>(exception);
        Assert.Equal("slow down", exception.Message);
    }

    [Fact]
    public void Parse_JsonWithoutMessage_SaysSo()
    {
        var exception = Parse("""{"__type":"ValidationException"}""");

        Assert.Equal("SageMaker answered HTTP 400 without an error message.", exception.Message);
    }

    [Fact]
    public void Parse_TruncatedJson_FallsBackToStatus()
    {
        var exception = Parse("""{"__type":"Validation""", HttpStatusCode.ServiceUnavailable);

        Assert.IsType<ServiceFailureException>(exception);
        Assert.Equal("ServiceUnavailable", exception.ErrorCode);
    }

    [Fact]
    public void Parse_SignatureErrorEchoingCanonicalRequest_HidesSigningMaterial()
    {
        const string token = "IQoJb3JpZ2luX2VjEXAMPLESESSIONTOKEN";
        const string signature = "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7";
        var message =
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret "
            + "Access Key and signing method.\n\nThe Canonical String for this request should have been\n'POST\n/\n\n"
            + $"x-amz-security-token:{token}\n'\n\nThe String-to-Sign should have been\n"
            + $"'AWS4-HMAC-SHA256\n{signature}'";
        var body = System.Text.Json.JsonSerializer.Serialize(
            new Dictionary<string, string> { ["__type"] = "InvalidSignatureException", ["message"] = message }
        );

        var exception = Parse(body, HttpStatusCode.Forbidden);

        Assert.IsType<InvalidSignatureException>(exception);
        Assert.DoesNotContain(token, exception.Message);
        Assert.DoesNotContain(signature, exception.Message);
        Assert.StartsWith("The request signature we calculated does not match", exception.Message);
        Assert.EndsWith("(signing details omitted)", exception.Message);
    }
}
