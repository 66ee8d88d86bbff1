using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SageMakerRules.Compiler.Loading;

/// <summary>A rule file handed to the generator as an additional file, as MSBuild's AdditionalFiles would.</summary>
internal sealed class InMemoryRuleFile(RuleSource source) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(source.Text, System.Text.Encoding.UTF8);

    public override string Path => source.Path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
