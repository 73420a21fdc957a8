using PreAuthKit.Sample.Output;

namespace PreAuthKit.Sample.Documents;

/// <summary>The one place the host builds <see cref="PreAuthGeneratorOptions"/> from the command line.</summary>
internal static class GeneratorFactory
{
    /// <summary>
    /// Whether this build of the library has strict documentation rules. When false, <c>--strict</c>
    /// prints a note and the default rules apply.
    /// </summary>
    public static bool StrictSupported => false;

    public static PreAuthGenerator Create(HostContext host, GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(settings);
        var options = new PreAuthGeneratorOptions
        {
            TemplatesFolder = settings.TemplatesFolder,
            TimeProvider = host.Clock,
        };

        // Wired when validation options land (issue 3): options.Validation.Strict = settings.Strict;
        return new PreAuthGenerator(options);
    }
}
