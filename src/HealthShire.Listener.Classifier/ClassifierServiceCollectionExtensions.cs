using HealthShire.Listener.Classifier.Evaluation;
using HealthShire.Listener.Classifier.Model;
using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Classifier.Training;
using HealthShire.Listener.Core.Classification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Classifier;

public static class ClassifierServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPostClassifier"/> (a singleton that loads the model named by Classifier:ModelPath on first use),
    /// the evaluator and the trainer.
    /// </summary>
    public static IServiceCollection AddPostClassifier(this IServiceCollection services)
    {
        services.AddOptions<ClassifierOptions>()
            .BindConfiguration(ClassifierOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPostClassifier>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClassifierOptions>>().Value;
            return new MlPostClassifier(SharedModels.Load(ModelPathResolver.Resolve(options.ModelPath)));
        });
        services.TryAddSingleton<ClassifierEvaluator>();
        services.TryAddSingleton<ClassifierTrainer>();
        return services;
    }
}
