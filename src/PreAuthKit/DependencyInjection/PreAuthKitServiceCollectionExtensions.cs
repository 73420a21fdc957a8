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
    /// the host registers logging; it never receives patient data.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optional configuration of the options.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddPreAuthKit(this IServiceCollection services, Action<PreAuthGeneratorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(provider => new PreAuthGenerator(
            provider.GetRequiredService<IOptions<PreAuthGeneratorOptions>>().Value,
            provider.GetService<ILogger<PreAuthGenerator>>()));
        return services;
    }
}
