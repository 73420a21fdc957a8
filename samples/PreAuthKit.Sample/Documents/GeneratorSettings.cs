namespace PreAuthKit.Sample.Documents;

/// <summary>What the command line says about the generator: <c>--templates</c> and <c>--strict</c>.</summary>
/// <param name="TemplatesFolder">Templates folder overriding the embedded defaults, or null.</param>
/// <param name="Strict">Whether strict documentation rules were asked for.</param>
internal sealed record GeneratorSettings(string? TemplatesFolder, bool Strict);
