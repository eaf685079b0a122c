using System.IO.Compression;
using System.Text.Json;
using HealthShire.Listener.Classifier.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace HealthShire.Listener.Classifier.Model;

/// <summary>A trained ML.NET chain and its card. The card travels inside the zip so thresholds live with the model.</summary>
internal sealed class ClassifierModel
{
    private const string CardEntry = "HealthShire/card.json";
    private const string IdfEntry = "HealthShire/idf.bin";

    /// <summary>The card parameter that tells the featurizer whether to add character n-grams.</summary>
    public const string CharNgramsParameter = "charNgrams";

    /// <summary>The card parameter that tells the featurizer whether title words get their own hash space.</summary>
    public const string TitleSpaceParameter = "titleSpace";

    /// <summary>The card parameter that says the saved chain ends with a short-text topic head.</summary>
    public const string ShortHeadParameter = "shortHead";

    /// <summary>The card parameter: posts with at most this many characters of title and body take the short head's topic.</summary>
    public const string ShortMaxCharsParameter = "shortMaxChars";

    /// <param name="transformer">The chain for ordinary posts: topic head and intent heads.</param>
    /// <param name="shortTransformer">
    /// Optional: the same chain followed by the short-text topic head (<see cref="ModelColumns.ShortTopicScore"/>); it is
    /// what is saved, and a loaded model splits it again.
    /// </param>
    public ClassifierModel(MLContext context, HashedTextFeaturizer featurizer, ITransformer transformer, ModelCard card, ITransformer? shortTransformer = null)
    {
        Context = context;
        Featurizer = featurizer;
        Transformer = transformer;
        Card = card;
        ShortTransformer = shortTransformer;
        ShortMaxChars = shortTransformer is not null && card.Parameters.TryGetValue(ShortMaxCharsParameter, out var chars)
            && int.TryParse(chars, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var max) ? max : -1;
    }

    /// <summary>The chain with the short-text head at its end, or null for a model without one.</summary>
    public ITransformer? ShortTransformer { get; }

    /// <summary>Posts whose title and body together have at most this many characters go to the short head; -1 without one.</summary>
    public int ShortMaxChars { get; }

    public MLContext Context { get; }

    public HashedTextFeaturizer Featurizer { get; }

    public ITransformer Transformer { get; }

    public ModelCard Card { get; }

    public static ClassifierModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ClassifierModelException(
                $"The classifier model '{path}' (Classifier:ModelPath) does not exist. Train one with the train command or fix the path.");
        }

        try
        {
            var context = new MLContext(seed: 0);
            ModelCard card;
            HashedTextFeaturizer featurizer;
            using (var zip = ZipFile.OpenRead(path))
            {
                using var cardStream = Open(zip, CardEntry);
                card = JsonSerializer.Deserialize(cardStream, ClassifierJsonContext.Default.ModelCard)
                    ?? throw new InvalidDataException("the model card is empty");
                using var idfStream = Open(zip, IdfEntry);
                var options = new TextFeatureOptions(IsOn(card, CharNgramsParameter), IsOn(card, TitleSpaceParameter));
                featurizer = HashedTextFeaturizer.Deserialize(idfStream, options);
            }

            var transformer = context.Model.Load(path, out _);
            if (!IsOn(card, ShortHeadParameter))
            {
                return new ClassifierModel(context, featurizer, transformer, card);
            }

            var stages = (transformer as TransformerChain<ITransformer>)?.ToArray()
                ?? throw new InvalidDataException("the card names a short-text head but the model is not a chain of stages");
            if (stages.Length < 2)
            {
                throw new InvalidDataException("the card names a short-text head but the model's chain has fewer than two stages");
            }

            // Disposing a chain disposes its stages, which the full chain shares: the main chain is never disposed.
#pragma warning disable CA2000
            var main = new TransformerChain<ITransformer>(stages[..^1]);
#pragma warning restore CA2000
            return new ClassifierModel(context, featurizer, main, card, transformer);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or JsonException or FormatException or InvalidOperationException)
        {
            throw new ClassifierModelException(
                $"The classifier model '{path}' (Classifier:ModelPath) could not be read: {ex.Message}", ex);
        }
    }

    public void Save(string path, DataViewSchema inputSchema)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        Context.Model.Save(ShortTransformer ?? Transformer, inputSchema, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        using (var stream = zip.CreateEntry(CardEntry, CompressionLevel.Optimal).Open())
        {
            JsonSerializer.Serialize(stream, Card, ClassifierJsonContext.Default.ModelCard);
        }

        using (var stream = zip.CreateEntry(IdfEntry, CompressionLevel.Optimal).Open())
        {
            stream.Write(Featurizer.Serialize());
        }
    }

    private static bool IsOn(ModelCard card, string parameter) =>
        card.Parameters.TryGetValue(parameter, out var value) && value == bool.TrueString;

    private static Stream Open(ZipArchive zip, string name) =>
        (zip.GetEntry(name) ?? throw new InvalidDataException($"the zip has no {name}")).Open();
}
