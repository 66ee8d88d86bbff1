using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Generators.Tests.Patterns;

public sealed class PatternValidationTests
{
    [Theory]
    [InlineData("""{"a": []}""", "SMR301", "Empty arrays are not allowed")]
    [InlineData("""{"a": {}}""", "SMR301", "Empty objects are not allowed")]
    [InlineData("""{}""", "SMR301", "Empty objects are not allowed")]
    [InlineData("""[1]""", "SMR301", "Filter is not an object")]
    [InlineData("""{"a": 1}""", "SMR301", "\"a\" must be an object or an array")]
    [InlineData("""{"a": [[1]]}""", "SMR301", "Match value must be String, number, true, false, or null")]
    [InlineData("""{"a": [{}]}""", "SMR301", "Empty objects are not allowed")]
    [InlineData("""{"a": [{"prefix": "x", "suffix": "y"}]}""", "SMR302", "Only one key allowed in match expression")]
    [InlineData("""{"a": [{"regex": "x"}]}""", "SMR302", "Unrecognized match type regex")]
    [InlineData("""{"a": [{"prefix": 1}]}""", "SMR303", "prefix match pattern must be a string")]
    [InlineData(
        """{"a": [{"prefix": {"equals-ignore-case": 1}}]}""",
        "SMR303",
        "equals-ignore-case match pattern must be a string"
    )]
    [InlineData("""{"a": [{"suffix": null}]}""", "SMR303", "suffix match pattern must be a string")]
    [InlineData("""{"a": [{"wildcard": "a**"}]}""", "SMR303", "Consecutive wildcard characters at pos 2")]
    [InlineData("""{"a": [{"wildcard": "a\\b"}]}""", "SMR303", "Invalid escape character at pos 1")]
    [InlineData(
        """{"a": [{"anything-but": true}]}""",
        "SMR304",
        "Value of anything-but must be an array or single string/number value."
    )]
    [InlineData(
        """{"a": [{"anything-but": [null]}]}""",
        "SMR304",
        "Inside anything but list, start|null|boolean is not supported."
    )]
    [InlineData(
        """{"a": [{"anything-but": [1, "x"]}]}""",
        "SMR304",
        "Inside anything but list, either all values are number or string, mixed type is not supported"
    )]
    [InlineData("""{"a": [{"anything-but": []}]}""", "SMR301", "Empty arrays are not allowed")]
    [InlineData(
        """{"a": [{"anything-but": {"exists": true}}]}""",
        "SMR304",
        "Unsupported anything-but pattern: exists"
    )]
    [InlineData(
        """{"a": [{"anything-but": {"wildcard": "x**"}}]}""",
        "SMR304",
        "Consecutive wildcard characters at pos 2"
    )]
    [InlineData("""{"a": [{"numeric": []}]}""", "SMR301", "Empty arrays are not allowed")]
    [InlineData("""{"a": [{"numeric": ["~", 1]}]}""", "SMR305", "Unrecognized numeric range operator: ~")]
    [InlineData("""{"a": [{"numeric": [1, 1]}]}""", "SMR305", "Invalid member in numeric match: 1")]
    [InlineData("""{"a": [{"numeric": [">", "1"]}]}""", "SMR305", "Value of > must be numeric")]
    [InlineData(
        """{"a": [{"numeric": [">", 5.0e9, "<", 6e9]}]}""",
        "SMR305",
        "Value must be between -5.0E9 and 5.0E9, inclusive"
    )]
    [InlineData("""{"a": [{"numeric": [">", 5, "<", 1]}]}""", "SMR305", "Bottom must be less than top")]
    [InlineData("""{"a": [{"numeric": [">", 1, ">", 2]}]}""", "SMR305", "Too many lower bounds in numeric range")]
    [InlineData("""{"a": [{"numeric": ["=", 1, "<", 2]}]}""", "SMR305", "Too many elements in numeric expression")]
    [InlineData("""{"a": [{"exists": "yes"}]}""", "SMR306", "exists match pattern must be either true or false.")]
    [InlineData("""{"a": [{"cidr": "10.0.0.0/33"}]}""", "SMR307", "Malformed CIDR, mask bits must be between 0 and 32")]
    [InlineData("""{"a": [{"cidr": "10.0.0/8"}]}""", "SMR307", "Nonstandard IP address: 10.0.0")]
    [InlineData("""{"a": [{"cidr": 10}]}""", "SMR307", "cidr match pattern must be a string")]
    [InlineData("""{"$or": [{"a": [1]}]}""", "SMR308", "$or must contain at least 2 objects")]
    [InlineData(
        """{"a": [1],}""",
        "SMR300",
        "Unexpected character ('}' (code 125)): was expecting double-quote to start field name"
    )]
    [InlineData("""{"a": [1]""", "SMR300", "Unexpected end-of-input: expected close marker for Object")]
    [InlineData(
        """{"a": [tru]}""",
        "SMR300",
        "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"
    )]
    [InlineData(
        """{"a" [1]}""",
        "SMR300",
        "Unexpected character ('[' (code 91)): was expecting a colon to separate field name and value"
    )]
    public void CompileJson_InvalidPattern_ReportsEventBridgeReason(string pattern, string id, string reason)
    {
        var compilation = PatternCompiler.CompileJson(pattern);

        Assert.Null(compilation.Model);
        Assert.Equal(id, compilation.Error!.Id);
        Assert.Equal(reason, compilation.Error.Reason);
    }

    [Fact]
    public void CompileJson_NestedError_NamesThePathAndPosition()
    {
        var compilation = PatternCompiler.CompileJson("{\n  \"detail\": {\n    \"state\": [{\"prefix\": 1}]\n  }\n}");

        var error = compilation.Error!;
        Assert.Equal("match: prefix match pattern must be a string (at 'detail.state')", error.Message);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(26, error.Location.Column);
    }

    [Fact]
    public void CompileJson_DuplicateKeys_MergesTheirMatchers()
    {
        var model = PatternCompiler.CompileJson("""{"a": ["x"], "a": ["y"]}""").Model!;

        Assert.Single(model.Tests);
        Assert.Equal(2, model.Tests[0].Matchers.Count);
    }

    [Fact]
    public void CompileJson_SamePatternTwice_ModelsAreEqual()
    {
        var first = PatternCompiler.CompileJson("""{"a": [{"numeric": [">", 1]}], "b": {"c": ["x"]}}""").Model!;
        var second = PatternCompiler.CompileJson("""{"a":[{"numeric":[">",1]}],"b":{"c":["x"]}}""").Model!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void CompileJson_DottedKeys_SplitIntoPathSegments()
    {
        var model = PatternCompiler.CompileJson("""{"detail": {"state.status": ["x"]}}""").Model!;

        Assert.Equal(["detail", "state", "status"], model.Paths[0]);
    }
}
