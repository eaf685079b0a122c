using HealthShire.Listener.Core.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Sources;

/// <summary>What every source module registers the same way; each module's <c>Add&lt;Name&gt;Source()</c> calls it once.</summary>
internal static class SourceModuleExtensions
{
    /// <summary>
    /// Registers a source module: its options bound from <paramref name="section"/> and validated at start (the schedule
    /// and <typeparamref name="TValidator"/>'s rules), its <see cref="IPostSource"/>, and the
    /// <see cref="SourceRegistration"/> the host schedules and reports it by, read from those same options.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The source name, the same as <typeparamref name="TSource"/>'s <see cref="IPostSource.Name"/>.</param>
    /// <param name="section">The options section, such as <c>Sources:Reddit</c>.</param>
    /// <param name="sourceLifetime">How long one <typeparamref name="TSource"/> lives.</param>
    /// <returns>The options builder, for defaults that only apply after binding.</returns>
    public static OptionsBuilder<TOptions> AddSourceModule<TSource, TOptions, TValidator>(
        this IServiceCollection services,
        string name,
        string section,
        ServiceLifetime sourceLifetime)
        where TSource : class, IPostSource
        where TOptions : SourceOptions
        where TValidator : SourceOptionsValidator<TOptions>
    {
        services.TryAddSingleton(TimeProvider.System);
        var options = services.AddOptions<TOptions>()
            .BindConfiguration(section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        services.AddSingleton(provider =>
        {
            var bound = provider.GetRequiredService<IOptions<TOptions>>().Value;
            return new SourceRegistration(name, section, bound.Enabled, bound.Interval);
        });
        services.TryAddEnumerable(new ServiceDescriptor(typeof(IPostSource), typeof(TSource), sourceLifetime));
        return options;
    }
}
