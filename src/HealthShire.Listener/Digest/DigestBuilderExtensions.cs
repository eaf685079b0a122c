using HealthShire.Listener.Api.Crisis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Digest;

/// <summary>Registers the weekly digest: options, composition and sending (the worker schedules it through <see cref="DigestJobDeclaration"/>).</summary>
internal static class DigestBuilderExtensions
{
    public static IHostApplicationBuilder AddDigest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>()
            .BindConfiguration(DigestOptions.SectionName)
            // Without a text of its own the digest shows the one staff read beside crisis posts.
            .PostConfigure<IOptions<CrisisOptions>>((options, crisis) =>
            {
                if (string.IsNullOrWhiteSpace(options.CrisisResourcesText))
                {
                    options.CrisisResourcesText = crisis.Value.ResourcesText;
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>());
        builder.Services.TryAddSingleton<DigestComposer>();
        builder.Services.TryAddSingleton<DigestSubscriberSeeder>();
        builder.Services.TryAddSingleton<DigestRunner>();
        return builder;
    }
}
