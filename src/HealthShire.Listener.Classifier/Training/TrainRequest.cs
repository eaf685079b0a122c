namespace HealthShire.Listener.Classifier.Training;

/// <summary>What the train command asks for; <see cref="Settings"/> is there for experiments and tests.</summary>
internal sealed record TrainRequest(IReadOnlyList<string> DataFiles, string OutPath, int Seed = TrainRequest.DefaultSeed)
{
    public const int DefaultSeed = 20240611;

    public PipelineSettings Settings { get; init; } = new();
}
