using System.Collections.Generic;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// The locals of one parameter mapper, declared on first use: the stack-buffered template writer and the text of
/// each string field that is needed as a whole string, so that every field is decoded to a string at most once.
/// </summary>
internal sealed class MapperLocals
{
    private readonly HashSet<string> _texts = new();
    private bool _writer;

    /// <summary>Declares the template writer unless it already is.</summary>
    public void DeclareWriter(CodeWriter writer)
    {
        if (!_writer)
        {
            writer.Line("var text = new TemplateWriter(stackalloc char[128]);");
            _writer = true;
        }
    }

    /// <summary>The local holding the string of a string field (null when missing), declared on first use.</summary>
    public string Text(CodeWriter writer, FieldModel field)
    {
        var name = "text" + field.PropertyName;
        if (_texts.Add(name))
        {
            writer.Line($"var {name} = values.{field.PropertyName}.GetString(source);");
        }

        return name;
    }
}
