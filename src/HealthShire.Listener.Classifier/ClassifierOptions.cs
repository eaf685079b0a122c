using System.ComponentModel.DataAnnotations;

namespace HealthShire.Listener.Classifier;

internal sealed class ClassifierOptions
{
    public const string SectionName = "Classifier";

    public const string DefaultModelPath = "models/healthshire-classifier.zip";

    /// <summary>The model zip; a relative path is looked up in the current directory, then beside the program.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Classifier:ModelPath must name the model zip file.")]
    public string ModelPath { get; set; } = DefaultModelPath;
}
