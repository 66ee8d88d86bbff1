using System.Text;

namespace SageMakerRules.Generators.Emission;

/// <summary>Writes indented C# lines.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _depth * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    /// <summary>
    /// Appends pre-formatted members (for example from the pattern stage), re-indented to this depth.
    /// </summary>
    public CodeWriter Block(string code)
    {
        foreach (var line in code.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            Line(line.TrimEnd());
        }

        return this;
    }

    public override string ToString() => _builder.ToString();
}
