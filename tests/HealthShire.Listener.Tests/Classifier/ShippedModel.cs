using HealthShire.Listener.Classifier;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Testing;

namespace HealthShire.Listener.Tests.Classifier;

/// <summary>The committed model, loaded once for all tests that use it.</summary>
internal static class ShippedModel
{
    private static readonly Lazy<MlPostClassifier> Instance = new(() =>
        new MlPostClassifier(ClassifierModel.Load(Path.Combine(RepositoryPaths.Root, ClassifierOptions.DefaultModelPath))));

    public static MlPostClassifier Classifier => Instance.Value;
}
