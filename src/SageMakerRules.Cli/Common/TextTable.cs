using System.Text;

namespace SageMakerRules.Cli.Common;

/// <summary>A plain text table with left-aligned columns, for listings and summaries.</summary>
/// <param name="headers">The column headers.</param>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row; missing cells print as <c>-</c>.</summary>
    /// <param name="cells">The cells, in column order.</param>
    public void Add(params string?[] cells) =>
        _rows.Add([.. headers.Select((_, index) => index < cells.Length ? Clean(cells[index]) : "-")]);

    /// <summary>Writes the table, or <paramref name="empty"/> when it has no rows.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="empty">What to say when there is nothing to list.</param>
    public void WriteTo(TextWriter output, string empty)
    {
        if (_rows.Count == 0)
        {
            output.WriteLine($"({empty})");
            return;
        }

        var widths = headers.Select((header, column) => _rows.Max(row => row[column].Length)).ToArray();
        widths = [.. widths.Select((width, column) => Math.Max(width, headers[column].Length))];
        output.WriteLine(Line(headers, widths));
        foreach (var row in _rows)
        {
            output.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var column = 0; column < cells.Length; column++)
        {
            line.Append(column == cells.Length - 1 ? cells[column] : cells[column].PadRight(widths[column] + 2));
        }

        return line.ToString().TrimEnd();
    }

    private static string Clean(string? cell) => string.IsNullOrEmpty(cell) ? "-" : cell.ReplaceLineEndings(" ");
}
