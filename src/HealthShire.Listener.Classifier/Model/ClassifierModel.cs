using System.IO.Compression;
using System.Text.Json;
using HealthShire.Listener.Classifier.Features;
using Microsoft.ML;

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

    public ClassifierModel(MLContext context, HashedTextFeaturizer featurizer, ITransformer transformer, ModelCard card)
    {
        Context = context;
        Featurizer = featurizer;
        Transformer = transformer;
        Card = card;
    }

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
            return new ClassifierModel(context, featurizer, transformer, card);
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
        Context.Model.Save(Transformer, inputSchema, path);
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
