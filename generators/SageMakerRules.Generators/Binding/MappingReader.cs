using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>Reads the keys of one YAML mapping, reporting unknown, missing and mistyped values.</summary>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly string _context;
    private readonly DiagnosticBag _diagnostics;

    private MappingReader(YamlMapping mapping, string context, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _context = context;
        _diagnostics = diagnostics;
    }

    public const string RootContext = "the rule";

    public SourceSpan Span => _mapping.Span;

    /// <summary>
    /// Reads <paramref name="node"/> as a mapping with the given keys, or reports SMR004 and returns null.
    /// </summary>
    public static MappingReader? Open(
        YamlValue node,
        string context,
        DiagnosticBag diagnostics,
        IReadOnlyList<string> known,
        IReadOnlyList<string> required,
        bool allowExtensions = false
    )
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Report(DiagnosticDescriptors.WrongNodeKind, node.Span, context, "a mapping");
            return null;
        }

        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!known.Contains(key) && !(allowExtensions && key.StartsWith("x-", System.StringComparison.Ordinal)))
            {
                diagnostics.Report(
                    DiagnosticDescriptors.UnknownKey,
                    entry.Key.Span,
                    key,
                    context,
                    string.Join(", ", known)
                );
            }
        }

        foreach (var key in required.Where(key => mapping[key] is null))
        {
            diagnostics.Report(DiagnosticDescriptors.MissingKey, KeySpan(mapping), context, key);
        }

        return new MappingReader(mapping, context, diagnostics);
    }

    public YamlValue? Node(string key) =>
        _mapping[key] is { } node && !(node is YamlScalar { IsNull: true }) ? node : null;

    public YamlScalar? Scalar(string key)
    {
        var node = Node(key);
        if (node is null or YamlScalar)
        {
            return (YamlScalar?)node;
        }

        _diagnostics.Report(DiagnosticDescriptors.WrongNodeKind, node.Span, Path(key), "a scalar");
        return null;
    }

    public int? Integer(string key, int least)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (
            int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= least
        )
        {
            return value;
        }

        _diagnostics.Report(
            DiagnosticDescriptors.InvalidNumber,
            scalar.Span,
            Path(key),
            $"an integer >= {least}",
            scalar.Value
        );
        return null;
    }

    public long? Long(string key, long least)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        if (
            long.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= least
        )
        {
            return value;
        }

        _diagnostics.Report(
            DiagnosticDescriptors.InvalidNumber,
            scalar.Span,
            Path(key),
            $"an integer >= {least}",
            scalar.Value
        );
        return null;
    }

    public bool? Bool(string key, Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor)
    {
        var scalar = Scalar(key);
        switch (scalar?.Value)
        {
            case null:
                return null;
            case "true" or "True" or "TRUE":
                return true;
            case "false" or "False" or "FALSE":
                return false;
            default:
                _diagnostics.Report(descriptor, scalar.Span, Path(key), $"'{scalar.Value}' is not true or false");
                return null;
        }
    }

    public long? Duration(string key, long leastTicks = 1)
    {
        var scalar = Scalar(key);
        if (scalar is null)
        {
            return null;
        }

        var ticks = Durations.TryParse(scalar.Value);
        if (ticks is null || ticks < leastTicks)
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidDuration, scalar.Span, scalar.Value, Path(key));
            return null;
        }

        return ticks;
    }

    public string Path(string key) => _context == RootContext ? key : _context + "." + key;

    private static SourceSpan KeySpan(YamlMapping mapping) =>
        mapping.Entries.Count > 0 ? mapping.Entries[0].Key.Span : mapping.Span;
}
