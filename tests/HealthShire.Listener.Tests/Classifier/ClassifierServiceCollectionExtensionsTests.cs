using HealthShire.Listener.Classifier;
using HealthShire.Listener.Core.Classification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class ClassifierServiceCollectionExtensionsTests
{
    [Fact]
    public void AddPostClassifier_MissingModelFile_ThrowsNamingTheSetting()
    {
        using var provider = Build(Path.Combine(Path.GetTempPath(), "no-such-model.zip"));

        var error = Assert.Throws<ClassifierModelException>(() => provider.GetRequiredService<IPostClassifier>());

        Assert.Contains("Classifier:ModelPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPostClassifier_CorruptModelFile_ThrowsNamingTheSetting()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not a zip");
        try
        {
            using var provider = Build(path);

            var error = Assert.Throws<ClassifierModelException>(() => provider.GetRequiredService<IPostClassifier>());

            Assert.Contains("Classifier:ModelPath", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AddPostClassifier_DefaultPath_LoadsTheShippedModelAsASingleton()
    {
        // The default is relative; the current directory of a test run is its output folder, beside which models/ is copied.
        using var provider = Build(modelPath: null);

        var first = provider.GetRequiredService<IPostClassifier>();

        Assert.Same(first, provider.GetRequiredService<IPostClassifier>());
        Assert.False(string.IsNullOrEmpty(first.ModelVersion));
    }

    private static ServiceProvider Build(string? modelPath)
    {
        var settings = new Dictionary<string, string?>();
        if (modelPath is not null)
        {
            settings["Classifier:ModelPath"] = modelPath;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPostClassifier();
        return services.BuildServiceProvider();
    }
}
