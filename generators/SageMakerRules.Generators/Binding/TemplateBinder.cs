using System.Collections.Generic;
using System.Text;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Binds templates: literal text with <c>{expression}</c> or <c>{expression:format}</c> placeholders; <c>{{</c> and
/// <c>}}</c> escape braces. The format starts at the first <c>:</c> outside quotes, brackets and parentheses.
/// </summary>
internal static class TemplateBinder
{
    public static TemplateModel? Bind(YamlScalar scalar, string context, BindingScope scope, DiagnosticBag diagnostics)
    {
        var text = scalar.Value;
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var ok = true;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            if ((character == '{' || character == '}') && i + 1 < text.Length && text[i + 1] == character)
            {
                literal.Append(character);
                i++;
            }
            else if (character == '}')
            {
                diagnostics.Report(
                    DiagnosticDescriptors.InvalidTemplate,
                    new ExpressionSource(text, scalar).Locate(i, 1),
                    context,
                    "a '}' without '{'; write '}}' for a brace"
                );
                return null;
            }
            else if (character == '{')
            {
                var close = FindClose(text, i + 1);
                if (close < 0)
                {
                    diagnostics.Report(
                        DiagnosticDescriptors.InvalidTemplate,
                        new ExpressionSource(text, scalar).Locate(i, text.Length - i),
                        context,
                        "a '{' without '}'; write '{{' for a brace"
                    );
                    return null;
                }

                Flush(parts, literal);
                var placeholder = BindPlaceholder(scalar, i + 1, close, context, scope, diagnostics);
                ok &= placeholder is not null;
                if (placeholder is not null)
                {
                    parts.Add(placeholder);
                }

                i = close;
            }
            else
            {
                literal.Append(character);
            }
        }

        Flush(parts, literal);
        return ok ? new TemplateModel(text, parts.ToEquatableArray()) : null;
    }

    private static TemplatePart? BindPlaceholder(
        YamlScalar scalar,
        int start,
        int close,
        string context,
        BindingScope scope,
        DiagnosticBag diagnostics
    )
    {
        var inner = scalar.Value.Substring(start, close - start);
        var colon = FormatColon(inner);
        var expressionText = colon < 0 ? inner : inner.Substring(0, colon);
        var format = colon < 0 ? null : inner.Substring(colon + 1);
        var source = new ExpressionSource(expressionText, scalar, start);
        if (expressionText.Trim().Length == 0)
        {
            diagnostics.Report(
                DiagnosticDescriptors.InvalidTemplate,
                source.Locate(0, inner.Length),
                context,
                "an empty placeholder '{}'"
            );
            return null;
        }

        var bound = ExpressionCompiler.Compile(source, context, scope, diagnostics);
        if (bound is null)
        {
            return null;
        }

        if (bound.Type.Kind == ValueKind.Null)
        {
            diagnostics.Report(
                DiagnosticDescriptors.TypeMismatch,
                source.Locate(0, expressionText.Length),
                context,
                "a placeholder cannot be the literal null"
            );
            return null;
        }

        if (format is not null && FormatCheck.Validate(format, bound.Type) is { } reason)
        {
            var formatSpan = new ExpressionSource(inner, scalar, start).Locate(colon + 1, format.Length);
            diagnostics.Report(
                DiagnosticDescriptors.InvalidFormat,
                formatSpan,
                format,
                context,
                bound.Type.ToString(),
                reason
            );
            return null;
        }

        return new TemplatePart(string.Empty, bound, format);
    }

    private static void Flush(List<TemplatePart> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(literal.ToString(), null, null));
            literal.Clear();
        }
    }

    private static int FindClose(string text, int start)
    {
        char? quote = null;
        for (var i = start; i < text.Length; i++)
        {
            var character = text[i];
            if (quote is not null)
            {
                quote = character == quote ? null : quote;
            }
            else if (character is '\'' or '"')
            {
                quote = character;
            }
            else if (character == '}')
            {
                return i;
            }
        }

        return -1;
    }

    private static int FormatColon(string inner)
    {
        char? quote = null;
        var depth = 0;
        for (var i = 0; i < inner.Length; i++)
        {
            var character = inner[i];
            if (quote is not null)
            {
                quote = character == quote ? null : quote;
            }
            else if (character is '\'' or '"')
            {
                quote = character;
            }
            else if (character is '(' or '[')
            {
                depth++;
            }
            else if (character is ')' or ']')
            {
                depth--;
            }
            else if (character == ':' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
