using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.LocalPipelines.Configuration;

/// <summary>
/// Loads a pipelines file: YAML, or JSON (which is read as YAML). The format is documented in docs/local-endpoint.md.
/// </summary>
public static class LocalPipelinesFile
{
    /// <summary>Loads and validates a pipelines file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The pipelines and faults it declares.</returns>
    /// <exception cref="LocalPipelinesFileException">The file is missing, unreadable or invalid.</exception>
    public static LocalPipelinesConfiguration Load(string path)
    {
        string text;

        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new LocalPipelinesFileException(path, [$"{path}: cannot be read ({exception.Message})."]);
        }

        return Parse(text, path);
    }

    /// <summary>Parses and validates the text of a pipelines file.</summary>
    /// <param name="text">YAML or JSON text.</param>
    /// <param name="source">The name used in error locations, usually the file path.</param>
    /// <returns>The pipelines and faults it declares.</returns>
    /// <exception cref="LocalPipelinesFileException">
    /// The text is not valid YAML or JSON, or declares invalid values.
    /// </exception>
    public static LocalPipelinesConfiguration Parse(string text, string source)
    {
        var stream = new YamlStream();

        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new LocalPipelinesFileException(
                source,
                [
                    $"{source}({exception.Start.Line},{exception.Start.Column}): "
                        + $"not valid YAML or JSON: {exception.Message}",
                ]
            );
        }

        if (stream.Documents.Count == 0)
        {
            throw new LocalPipelinesFileException(source, [$"{source}: the file is empty; declare 'pipelines:'."]);
        }

        var reader = new NodeReader(source);
        var configuration = new PipelinesFileParser(reader).Parse(stream.Documents[0].RootNode);

        return reader.Errors.Count == 0 ? configuration : throw new LocalPipelinesFileException(source, reader.Errors);
    }
}
