using System.Collections.Generic;
using System.IO;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SageMakerRules.Generators.Parsing;

/// <summary>Turns YAML text into located <see cref="YamlValue"/> nodes with YamlDotNet's event parser.</summary>
internal sealed class YamlSyntaxParser
{
    private readonly IParser _parser;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, YamlValue> _anchors = [];

    private YamlSyntaxParser(string text, DiagnosticBag diagnostics)
    {
        _parser = new Parser(new StringReader(text));
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Parses the first document of <paramref name="text"/>; reports SMR001 and returns null on bad YAML or text that
    /// is not Unicode (a lone surrogate).
    /// </summary>
    public static YamlValue? Parse(string text, DiagnosticBag diagnostics)
    {
        if (UnicodeText.TryFindLoneSurrogate(text, out var surrogate, out var problem))
        {
            diagnostics.Report(DiagnosticDescriptors.InvalidYaml, surrogate, problem);
            return null;
        }

        var parser = new YamlSyntaxParser(text, diagnostics);
        try
        {
            return parser.ParseStream();
        }
        catch (YamlException exception)
        {
            diagnostics.Report(
                DiagnosticDescriptors.InvalidYaml,
                Span(exception.Start, exception.End),
                Reason(exception)
            );
            return null;
        }
        catch (System.InvalidOperationException)
        {
            // YamlDotNet runs out of events instead of reporting an unclosed flow list or mapping.
            var reason = "the file ends inside a list '[' or mapping '{' that is not closed";
            diagnostics.Report(DiagnosticDescriptors.InvalidYaml, EndOf(text), reason);
            return null;
        }
    }

    private YamlValue? ParseStream()
    {
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _))
        {
            return null;
        }

        _parser.Consume<DocumentStart>();
        var root = _parser.Accept<DocumentEnd>(out _) ? null : ParseNode();
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var extra))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidYaml,
                Span(extra.Start, extra.End),
                "a rule file holds one YAML document; put each rule in its own file"
            );
        }

        return root;
    }

    private YamlValue ParseNode()
    {
        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
        }

        YamlValue node;
        string anchor;
        if (_parser.TryConsume<Scalar>(out var scalar))
        {
            node = new YamlScalar(scalar.Value, Style(scalar.Style), Span(scalar.Start, scalar.End));
            anchor = scalar.Anchor.IsEmpty ? string.Empty : scalar.Anchor.Value;
        }
        else if (_parser.TryConsume<MappingStart>(out var mapping))
        {
            node = ParseMapping(mapping);
            anchor = mapping.Anchor.IsEmpty ? string.Empty : mapping.Anchor.Value;
        }
        else
        {
            var sequence = _parser.Consume<SequenceStart>();
            node = ParseSequence(sequence);
            anchor = sequence.Anchor.IsEmpty ? string.Empty : sequence.Anchor.Value;
        }

        if (!string.IsNullOrEmpty(anchor))
        {
            _anchors[anchor] = node;
        }

        return node;
    }

    private YamlMapping ParseMapping(MappingStart start)
    {
        var entries = new List<YamlEntry>();
        var seen = new HashSet<string>();
        while (!_parser.Accept<MappingEnd>(out _))
        {
            var keyNode = ParseNode();
            var value = ParseNode();
            if (keyNode is not YamlScalar key)
            {
                throw new YamlException(ToMark(keyNode.Span), ToMark(keyNode.Span), "mapping keys must be scalars");
            }

            if (!seen.Add(key.Value))
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateKey, key.Span, key.Value, "this mapping");
                continue;
            }

            entries.Add(new YamlEntry(key, value));
        }

        var end = _parser.Consume<MappingEnd>();
        return new YamlMapping(entries.ToEquatableArray(), Span(start.Start, end.End));
    }

    private YamlSequence ParseSequence(SequenceStart start)
    {
        var items = new List<YamlValue>();
        while (!_parser.Accept<SequenceEnd>(out _))
        {
            items.Add(ParseNode());
        }

        var end = _parser.Consume<SequenceEnd>();
        return new YamlSequence(items.ToEquatableArray(), Span(start.Start, end.End));
    }

    private static YamlScalarStyle Style(ScalarStyle style) =>
        style switch
        {
            ScalarStyle.SingleQuoted => YamlScalarStyle.SingleQuoted,
            ScalarStyle.DoubleQuoted => YamlScalarStyle.DoubleQuoted,
            ScalarStyle.Literal or ScalarStyle.Folded => YamlScalarStyle.Block,
            _ => YamlScalarStyle.Plain,
        };

    private static string Reason(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var marker = message.IndexOf("): ", System.StringComparison.Ordinal);
        return marker >= 0 ? message.Substring(marker + 3) : message;
    }

    private static SourceSpan Span(Mark start, Mark end) =>
        new(
            (int)start.Index,
            (int)end.Index,
            (int)start.Line - 1,
            (int)start.Column - 1,
            (int)end.Line - 1,
            (int)end.Column - 1
        );

    private static SourceSpan EndOf(string text)
    {
        var line = 0;
        var column = 0;
        foreach (var character in text)
        {
            line += character == '\n' ? 1 : 0;
            column = character == '\n' ? 0 : column + 1;
        }

        return new SourceSpan(text.Length, text.Length, line, column, line, column);
    }

    private static Mark ToMark(SourceSpan span) => new(span.Start, span.StartLine + 1, span.StartColumn + 1);
}
