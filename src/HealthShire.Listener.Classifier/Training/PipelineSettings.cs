namespace HealthShire.Listener.Classifier.Training;

/// <summary>The knobs explored while tuning; the defaults are the shipped choice. All are recorded in the model card.</summary>
internal sealed record PipelineSettings
{
    /// <summary>Hashed character 3–5-grams inside words beside the word n-grams: better on every kind of post (#25 in models/README.md).</summary>
    public bool CharNgrams { get; init; } = true;

    /// <summary>Title words hashed a second time into their own space.</summary>
    public bool TitleSpace { get; init; } = true;

    public Features.TextFeatureOptions TextFeatures => new(CharNgrams, TitleSpace);

    /// <summary>The topic head reads the hand features (medication indications, addiction words, length) beside the text.</summary>
    public bool TopicSeesHand { get; init; } = true;

    /// <summary>Reddit titles of the training posts are added again on their own, so short texts are trained on.</summary>
    public bool TitleRows { get; init; } = true;

    /// <summary>A title row weighs this share of an average whole post.</summary>
    public float TitleRowWeight { get; init; } = 0.5f;

    /// <summary>A row of a file without titles (tweets, labelled per user, so noisy) weighs this share of an average whole post.</summary>
    public float ShortPostWeight { get; init; } = 0.3f;

    /// <summary>
    /// A second topic head for short untitled texts (tweets, toots, first sentences, short untitled posts), trained on the
    /// untitled short rows of every kind and the files of short posts, which no longer train the whole-post head; a post
    /// without a title of at most <see cref="ShortMaxChars"/> characters takes its topic from it.
    /// </summary>
    public bool ShortHead { get; init; } = false;

    public int ShortMaxChars { get; init; } = 200;

    /// <summary>In the short head, a row of a file of short posts (tweets, labelled per user) weighs this share of a Reddit short row.</summary>
    public float ShortHeadTweetWeight { get; init; } = 0.5f;

    public float TopicL2 { get; init; } = 1e-6f;

    public int TopicMaxIterations { get; init; } = 100;

    public float TopicConvergenceTolerance { get; init; } = 0.1f;

    /// <summary>0 = no class weighting, 1 = balanced, 2 (shipped) over-weights the thin classes, which helped macro-F1.</summary>
    public float ClassWeightPower { get; init; } = 2f;

    public float IntentL2 { get; init; } = 10f;

    public bool IntentsSeeTopicScores { get; init; } = true;

    /// <summary>
    /// Half of the unjudged r/SuicideWatch training posts (topic <c>self_harm_suicide</c>) train the crisis head as weak
    /// positives; that half is kept out of the second topic head, so their topic scores are unseen too.
    /// </summary>
    public bool WeakCrisisRows { get; init; } = false;

    public double CrisisMinRecall { get; init; } = 0.90;

    public IReadOnlyDictionary<string, string> Describe() => new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        ["textFeatures"] = $"hashed word 1-2-grams{(CharNgrams ? " + char 3-5-grams within words" : string.Empty)}, {Features.HashedTextFeaturizer.Dimension} buckets, sublinear TF-IDF, L2",
        [Model.ClassifierModel.CharNgramsParameter] = CharNgrams.ToString(),
        [Model.ClassifierModel.TitleSpaceParameter] = TitleSpace.ToString(),
        ["topicTrainer"] = "SdcaMaximumEntropy",
        [Model.ClassifierModel.ShortHeadParameter] = ShortHead.ToString(),
        [Model.ClassifierModel.ShortMaxCharsParameter] = ShortMaxChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["shortHeadTweetWeight"] = ShortHeadTweetWeight.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        ["topicSeesHand"] = TopicSeesHand.ToString(),
        ["titleRows"] = TitleRows.ToString(),
        ["titleRowWeight"] = TitleRowWeight.ToString("R"),
        ["shortPostWeight"] = ShortPostWeight.ToString("R"),
        ["topicConvergenceTolerance"] = TopicConvergenceTolerance.ToString("R"),
        ["topicL2"] = TopicL2.ToString("R"),
        ["topicMaxIterations"] = TopicMaxIterations.ToString(),
        ["classWeightPower"] = ClassWeightPower.ToString("R"),
        ["intentTrainer"] = "LbfgsLogisticRegression",
        ["intentL2"] = IntentL2.ToString("R"),
        ["intentsSeeTopicScores"] = IntentsSeeTopicScores.ToString(),
        ["weakCrisisRows"] = WeakCrisisRows.ToString(),
        ["crisisMinRecall"] = CrisisMinRecall.ToString("R"),
        ["maxChars"] = Features.TextPreparation.MaxChars.ToString(),
    };
}
