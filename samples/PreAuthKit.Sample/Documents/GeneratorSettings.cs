using PreAuthKit.Policies;

namespace PreAuthKit.Sample.Documents;

/// <summary>What the command line says about the generator: <c>--templates</c>, <c>--strict</c>, <c>--archival</c>, <c>--fax</c> and <c>--policies</c>.</summary>
/// <param name="TemplatesFolder">Templates folder overriding the embedded defaults, or null.</param>
/// <param name="Strict">Whether strict documentation rules were asked for.</param>
/// <param name="Archival">Whether PDF/A-2u output was asked for.</param>
/// <param name="Fax">Whether fax-friendly output was asked for.</param>
/// <param name="PoliciesFolder">Folder of medical-policy packs (docs/policies.md), or null.</param>
internal sealed record GeneratorSettings(string? TemplatesFolder, bool Strict, bool Archival = false, bool Fax = false, string? PoliciesFolder = null)
{
    /// <summary>The packs read from <see cref="PoliciesFolder"/> by <c>CommonOptions.Check</c>.</summary>
    public PolicyLibrary Policies { get; init; } = PolicyLibrary.Empty;
}
