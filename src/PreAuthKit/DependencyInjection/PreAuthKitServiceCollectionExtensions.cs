using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PreAuthKit.DependencyInjection;

/// <summary>Registers PreAuthKit with a service collection (ASP.NET Core and other hosts).</summary>
public static class PreAuthKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers one shared <see cref="PreAuthGenerator"/> (a singleton: it is thread-safe and caches
    /// parsed templates) configured through <see cref="IOptions{TOptions}"/> of
    /// <see cref="PreAuthGeneratorOptions"/>. An <see cref="ILogger{TCategoryName}"/> is used when
    /// the host registers logging; it never receives patient data. The options are validated by
    /// <see cref="PreAuthGeneratorOptionsValidator"/> when the host starts (<c>ValidateOnStart</c>) and
    /// copied when the generator is built.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of the options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddPreAuthKit(this IServiceCollection services, Action<PreAuthGeneratorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<PreAuthGeneratorOptions>();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        // Invalid options (a missing templates folder, a null, a value out of range) stop the host at start-up.
        builder.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PreAuthGeneratorOptions>, PreAuthGeneratorOptionsValidator>());

        services.TryAddSingleton(provider => new PreAuthGenerator(
            provider.GetRequiredService<IOptions<PreAuthGeneratorOptions>>().Value,
            provider.GetService<ILogger<PreAuthGenerator>>()));
        return services;
    }
}
