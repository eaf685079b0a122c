using HealthShire.Listener.Classifier.Data;
using HealthShire.Listener.Classifier.Model;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace HealthShire.Listener.Classifier.Training;

/// <summary>The estimators: one shared text featurizer, a topic head and one head per intent.</summary>
internal static class PipelineBuilder
{
    public static string Describe(PipelineSettings s) =>
        "Title+body (first " + Features.TextPreparation.MaxChars + " chars) → hashed word 1-2-grams with '?'/'!' as words" + (s.CharNgrams ? " + char 3-5-grams within words" : string.Empty)
        + (s.TitleSpace ? " + title words again in their own hash space" : string.Empty) + " ("
        + Features.HashedTextFeaturizer.Dimension + " buckets, sublinear TF × IDF, L2-normalised)"
        + (s.TopicSeesHand ? " + hand features (medication indications from the medication catalog, addiction words, length bands)" : string.Empty)
        + " → SdcaMaximumEntropy (topic, class-weighted per kind of text; Reddit titles alone as extra rows); "
        + "text features + hand features (question marks, request phrases, drug/crisis lexicons)"
        + (s.IntentsSeeTopicScores ? " + topic scores (while training, from a second topic head that never saw the judged posts)" : string.Empty)
        + " → LbfgsLogisticRegression per intent, thresholds tuned on cross-validated scores.";

    public static IEstimator<ITransformer> LabelKey(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey(ModelColumns.LabelKey, ModelColumns.Label, keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);

    public static IEstimator<ITransformer> TopicHead(MLContext ml, PipelineSettings s, string outputColumn) =>
        (s.TopicSeesHand
            ? ml.Transforms.Concatenate(ModelColumns.TopicFeatures, ModelColumns.Features, ModelColumns.Hand).Append(SdcaTopic(ml, s, ModelColumns.TopicFeatures))
            : SdcaTopic(ml, s, ModelColumns.Features))
            .Append(ml.Transforms.CopyColumns(outputColumn, "Score"));

    private static IEstimator<ITransformer> SdcaTopic(MLContext ml, PipelineSettings s, string features) =>
        ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = ModelColumns.LabelKey,
            FeatureColumnName = features,
            ExampleWeightColumnName = ModelColumns.Weight,
            L2Regularization = s.TopicL2,
            MaximumNumberOfIterations = s.TopicMaxIterations,
            ConvergenceTolerance = s.TopicConvergenceTolerance,
            NumberOfThreads = 1,
        });

    public static IEstimator<ITransformer> IntentFeatures(MLContext ml, PipelineSettings s) =>
        s.IntentsSeeTopicScores
            ? ml.Transforms.Concatenate(ModelColumns.IntentFeatures, ModelColumns.Features, ModelColumns.Hand, ModelColumns.IntentTopicScore)
            : ml.Transforms.Concatenate(ModelColumns.IntentFeatures, ModelColumns.Features, ModelColumns.Hand);

    public static IEstimator<ITransformer> IntentHead(MLContext ml, PipelineSettings s, IntentName intent) =>
        ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = ModelColumns.LabelOf(intent),
            FeatureColumnName = ModelColumns.IntentFeatures,
            L2Regularization = s.IntentL2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        }).Append(ml.Transforms.CopyColumns(ModelColumns.ProbabilityOf(intent), "Probability"));
}
