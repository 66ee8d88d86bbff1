using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// What expressions of one rule can see: the declared fields, and the regular expressions collected so far.
/// </summary>
internal sealed class BindingScope(IReadOnlyList<FieldModel> fields)
{
    private readonly Dictionary<string, FieldModel> _fields = fields.ToDictionary(field => field.Name);

    public List<string> Regexes { get; } = [];

    public bool TryGetField(string name, out FieldModel field) => _fields.TryGetValue(name, out field!);

    public string DeclaredNames => _fields.Count == 0 ? "none" : string.Join(", ", _fields.Keys);

    public int AddRegex(string pattern)
    {
        var index = Regexes.IndexOf(pattern);
        if (index >= 0)
        {
            return index;
        }

        Regexes.Add(pattern);
        return Regexes.Count - 1;
    }
}
