using System;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Patterns;

/// <summary>The entry point of <c>match:</c>: validates an EventBridge event pattern and builds its model.</summary>
public static class PatternCompiler
{
    /// <summary>Compiles the YAML <c>match:</c> node of a rule file (a mapping, or a string of JSON text).</summary>
    public static PatternCompilation Compile(YamlNode node)
    {
        var value = PatternYamlReader.Read(node, out var error);
        return value is null ? new PatternCompilation(null, error) : Compile(value);
    }

    /// <summary>Compiles the <c>match:</c> node as the generator's located YAML syntax.</summary>
    public static PatternCompilation Compile(Parsing.YamlValue node)
    {
        var value = PatternSyntaxReader.Read(node, out var error);
        return value is null ? new PatternCompilation(null, error) : Compile(value);
    }

    /// <summary>Compiles a pattern given as JSON text; locations are in the text itself.</summary>
    public static PatternCompilation CompileJson(string text)
    {
        var value = PatternJsonReader.Read(text, (line, column, index) => new(line, column, index), out var error);
        return value is null ? new PatternCompilation(null, error) : Compile(value);
    }

    /// <summary>Compiles an already read pattern value.</summary>
    public static PatternCompilation Compile(PatternValue value)
    {
        try
        {
            if (PatternLimits.CheckLength(value) is { } reason)
            {
                return new PatternCompilation(null, new PatternError("SMR309", reason, string.Empty, value.Location));
            }

            var model = PatternParser.Parse(value, out var error);
            return new PatternCompilation(model, error);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var reason = "Unexpected failure while compiling the pattern: " + exception.Message;
            return new PatternCompilation(null, new PatternError("SMR301", reason, string.Empty, value.Location));
        }
    }

    /// <summary>Converts the compilation's error, if any, to a diagnostic in <paramref name="filePath"/>.</summary>
    public static Diagnostic? DiagnosticOf(PatternCompilation compilation, string filePath) =>
        compilation.Error?.ToDiagnostic(filePath);
}
