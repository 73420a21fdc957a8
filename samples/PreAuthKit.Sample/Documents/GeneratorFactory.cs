using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Documents;

/// <summary>The one place the host builds <see cref="PreAuthGeneratorOptions"/> from the command line and checks the templates.</summary>
internal static class GeneratorFactory
{
    /// <summary>The generator, or null (errors written) when a template override does not parse.</summary>
    public static PreAuthGenerator? Create(HostContext host, GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        var options = new PreAuthGeneratorOptions
        {
            TemplatesFolder = settings.TemplatesFolder,
            TimeProvider = host.Clock,
            Policies = settings.Policies,
            Archival = settings.Archival,
            FaxFriendly = settings.Fax,
        };
        options.Validation.Strict = settings.Strict;
        var generator = new PreAuthGenerator(options);
        var errors = settings.TemplatesFolder is null ? [] : generator.CheckTemplates();
        foreach (var error in errors)
        {
            host.Error.WriteLine($"template error: {error}");
        }

        return errors.Count == 0 ? generator : null;
    }
}
