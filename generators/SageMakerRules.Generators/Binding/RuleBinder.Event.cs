using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>The <c>event:</c> section: typed fields with their JSON Pointer paths.</summary>
internal sealed partial class RuleBinder
{
    private static readonly Regex s_type = new(@"^(string|bool|int|long|double|decimal|datetime)(\[\])?(\?)?$");

    private List<FieldModel> BindFields(YamlValue? node)
    {
        var fields = new List<FieldModel>();
        if (node is null)
        {
            return fields;
        }

        if (node is not YamlMapping mapping)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.WrongNodeKind,
                node.Span,
                "event",
                "a mapping of field name to type"
            );
            return fields;
        }

        foreach (var entry in mapping.Entries)
        {
            var field = BindField(entry);
            if (field is not null && !Collides(field, entry.Key, fields))
            {
                fields.Add(field);
            }
        }

        CheckPaths(fields, mapping);
        return fields;
    }

    private FieldModel? BindField(YamlEntry entry)
    {
        var name = entry.Key.Value;
        if (!Names.IsIdentifier(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, entry.Key.Span, "Field name", name);
            return null;
        }

        YamlScalar? typeNode;
        YamlScalar? pathNode = null;
        if (entry.Value is YamlMapping)
        {
            var reader = MappingReader.Open(entry.Value, "event." + name, _diagnostics, ["type", "path"], ["type"]);
            typeNode = reader?.Scalar("type");
            pathNode = reader?.Scalar("path");
        }
        else
        {
            typeNode = entry.Value as YamlScalar;
            if (typeNode is null)
            {
                _diagnostics.Report(
                    DiagnosticDescriptors.WrongNodeKind,
                    entry.Value.Span,
                    "event." + name,
                    "a type or a mapping with type and path"
                );
            }
        }

        var type = typeNode is null ? null : ParseType(name, typeNode);
        var pointer = pathNode?.Value ?? "/" + name.Replace("~", "~0").Replace("/", "~1");
        var segments = JsonPointer.TryParse(pointer, out var error);
        if (segments is null && pathNode is not null)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidJsonPointer,
                pathNode.Span,
                name,
                pointer,
                error ?? string.Empty
            );
        }

        if (type is null || segments is null)
        {
            return null;
        }

        var optional = typeNode!.Value.EndsWith("?", System.StringComparison.Ordinal);
        return new FieldModel(
            name,
            Names.PropertyName(name),
            type.Value,
            optional,
            pointer,
            segments.ToEquatableArray()
        );
    }

    private ExpressionType? ParseType(string field, YamlScalar typeNode)
    {
        var match = s_type.Match(typeNode.Value.Trim());
        if (!match.Success)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnknownFieldType, typeNode.Span, field, typeNode.Value);
            return null;
        }

        var kind = match.Groups[1].Value switch
        {
            "string" => ValueKind.String,
            "bool" => ValueKind.Bool,
            "int" => ValueKind.Int,
            "long" => ValueKind.Long,
            "double" => ValueKind.Double,
            "decimal" => ValueKind.Decimal,
            _ => ValueKind.DateTime,
        };
        return new ExpressionType(kind, match.Groups[2].Success);
    }

    private bool Collides(FieldModel field, YamlScalar key, List<FieldModel> fields)
    {
        var other = fields.FirstOrDefault(existing => existing.PropertyName == field.PropertyName);
        if (other is null)
        {
            return false;
        }

        _diagnostics.Report(
            DiagnosticDescriptors.FieldNameCollision,
            key.Span,
            other.Name,
            field.Name,
            field.PropertyName
        );
        return true;
    }

    private void CheckPaths(List<FieldModel> fields, YamlMapping mapping)
    {
        foreach (var inner in fields)
        {
            var outer = fields.FirstOrDefault(candidate => IsStrictPrefix(candidate.Segments, inner.Segments));
            if (outer is not null)
            {
                var key = mapping.Entries.First(entry => entry.Key.Value == inner.Name).Key;
                _diagnostics.Report(
                    DiagnosticDescriptors.ConflictingPaths,
                    key.Span,
                    inner.Name,
                    inner.Pointer,
                    outer.Name,
                    outer.Pointer
                );
            }
        }
    }

    private static bool IsStrictPrefix(EquatableArray<string> prefix, EquatableArray<string> path) =>
        prefix.Count < path.Count && path.Take(prefix.Count).SequenceEqual(prefix);
}
