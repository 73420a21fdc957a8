using System.CommandLine;
using PreAuthKit.Policies;
using PreAuthKit.Sample.Documents;
using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Commands;

/// <summary>Options several commands share. Each call returns a new instance for one command.</summary>
internal static class CommonOptions
{
    public static Option<string> Out() => new("--out", "-o")
    {
        Description = "Folder the PDF is written to (created when missing).",
        HelpName = "dir",
        DefaultValueFactory = _ => "out",
    };

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "A templates folder whose files override the embedded templates.",
        HelpName = "dir",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Apply strict documentation rules: missing checklist items block instead of warn.",
    };

    public static Option<bool> Archival() => new("--archival")
    {
        Description = "Write PDF/A-2u (archival: sRGB output intent, PDF/A identification; docs/pdf.md).",
    };

    public static Option<bool> Fax() => new("--fax")
    {
        Description = "Write a fax-friendly PDF: codes set to survive a 204x196 dpi fax, greyscale photos, no grey fills.",
    };

    public static Option<string?> Policies() => new("--policies")
    {
        Description = "A folder of medical-policy packs (JSON, docs/policies.md) the case is evaluated against.",
        HelpName = "dir",
    };

    /// <summary>
    /// Checks the generator settings and reads the policy packs. Writes the errors and returns null when the
    /// templates folder is missing or a policy pack is refused (each PAK-POL finding with its JSON path).
    /// </summary>
    public static GeneratorSettings? Check(HostContext host, GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TemplatesFolder is { } folder && !Directory.Exists(folder))
        {
            host.Error.WriteLine($"error: the templates folder '{TerminalText.Safe(folder)}' was not found.");
            return null;
        }

        if (settings.PoliciesFolder is not { } policies)
        {
            return settings;
        }

        try
        {
            return settings with { Policies = PolicyPackReader.LoadFolder(policies) };
        }
        catch (PolicyPackException ex)
        {
            host.Error.WriteLine("error: the policy packs were refused:");
            foreach (var finding in ex.Findings)
            {
                host.Error.WriteLine(FindingText.Line(finding));
            }

            return null;
        }
    }
}
