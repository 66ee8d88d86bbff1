using System.Globalization;
using System.Linq;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// SageMaker's text limits that a template's literal text already decides at build time: a description or a
/// parameter value whose literal parts alone are too long, and a display name that sanitising always drops or cuts.
/// </summary>
internal sealed partial class RuleBinder
{
    private const int MaxParameterValueLength = 1024;
    private const int MaxDescriptionLength = 3072;

    /// <summary>Binds a template and reports literal text that is over <paramref name="limit"/> on its own.</summary>
    private TemplateModel? CheckLength(YamlScalar? scalar, string context, int limit, BindingScope scope)
    {
        var template = Template(scalar, context, scope);
        var length = template is null ? 0 : LiteralText(template).Length;
        if (length > limit)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.TextOverLimit,
                scalar!.Span,
                context,
                Count(length),
                Count(limit)
            );
        }

        return template;
    }

    /// <summary>Binds the display name and warns when its literal text means it is always dropped or cut.</summary>
    private TemplateModel? CheckDisplayName(YamlScalar? scalar, BindingScope scope)
    {
        var template = Template(scalar, "pipeline.displayName", scope);
        if (template is null)
        {
            return null;
        }

        var literal = LiteralText(template);
        var kept = literal.Count(IsAsciiLetterOrDigit);
        if (template.IsLiteral && kept == 0)
        {
            Warn(
                scalar!,
                $"'{literal}' has no ASCII letter or digit, so no display name is sent (SageMaker shows "
                    + "the execution id); use letters, digits and '-'"
            );
        }
        else if (kept > DisplayNames.MaxLength)
        {
            var cut = template.IsLiteral ? $" to '{DisplayNames.Sanitize(literal)}'" : " after 82 characters";
            Warn(
                scalar!,
                $"keeps {Count(kept)} letters and digits of literal text; SageMaker accepts at most "
                    + $"{DisplayNames.MaxLength} characters, so it is always cut{cut}"
            );
        }

        return template;
    }

    private void Warn(YamlScalar scalar, string message) =>
        _diagnostics.Report(DiagnosticDescriptors.DisplayNameChanged, scalar.Span, message);

    private static string LiteralText(TemplateModel template) =>
        string.Concat(template.Parts.Where(part => part.Expression is null).Select(part => part.Literal));

    private static bool IsAsciiLetterOrDigit(char character) =>
        character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
