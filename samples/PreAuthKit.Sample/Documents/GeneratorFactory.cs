using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Documents;

/// <summary>The one place the host builds <see cref="PreAuthGeneratorOptions"/> from the command line.</summary>
internal static class GeneratorFactory
{
    public static PreAuthGenerator Create(HostContext host, GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        var options = new PreAuthGeneratorOptions
        {
            TemplatesFolder = settings.TemplatesFolder,
            TimeProvider = host.Clock,
            Policies = settings.Policies,
        };
        options.Validation.Strict = settings.Strict;
        return new PreAuthGenerator(options);
    }
}
