using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SageMakerRules.Generators.Model;

/// <summary>A located range of a YAML file: character offsets and zero-based lines and columns.</summary>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset after the last character.</param>
/// <param name="StartLine">The zero-based line of the start.</param>
/// <param name="StartColumn">The zero-based column of the start.</param>
/// <param name="EndLine">The zero-based line of the end.</param>
/// <param name="EndColumn">The zero-based column of the end.</param>
public readonly record struct SourceSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    /// <summary>A span of <paramref name="length"/> characters inside this one, on its first line.</summary>
    /// <param name="offset">The character offset from this span's start.</param>
    /// <param name="length">The length.</param>
    public SourceSpan Slice(int offset, int length) =>
        new(
            Start + offset,
            Start + offset + length,
            StartLine,
            StartColumn + offset,
            StartLine,
            StartColumn + offset + length
        );

    /// <summary>The Roslyn location of this span in the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    public Location ToLocation(string path) =>
        Location.Create(
            path,
            TextSpan.FromBounds(Start, End < Start ? Start : End),
            new LinePositionSpan(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn))
        );
}
