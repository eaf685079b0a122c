namespace HealthShire.Listener.Core.Posts;

/// <summary>The topic names the classifier predicts, exactly as stored and served.</summary>
public static class Topics
{
    /// <summary>Depression.</summary>
    public const string Depression = "depression";

    /// <summary>ADHD.</summary>
    public const string Adhd = "adhd";

    /// <summary>Anxiety.</summary>
    public const string Anxiety = "anxiety";

    /// <summary>Bipolar disorder.</summary>
    public const string Bipolar = "bipolar";

    /// <summary>PTSD.</summary>
    public const string Ptsd = "ptsd";

    /// <summary>Eating disorders.</summary>
    public const string EatingDisorder = "eating_disorder";

    /// <summary>Self-harm and suicide.</summary>
    public const string SelfHarmSuicide = "self_harm_suicide";

    /// <summary>Addiction.</summary>
    public const string Addiction = "addiction";

    /// <summary>Not about mental health.</summary>
    public const string None = "none";

    /// <summary>Every topic, in display order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Depression, Adhd, Anxiety, Bipolar, Ptsd, EatingDisorder, SelfHarmSuicide, Addiction, None];
}
