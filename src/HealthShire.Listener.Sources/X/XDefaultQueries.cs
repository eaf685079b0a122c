namespace HealthShire.Listener.Sources.X;

/// <summary>Terms that find first-person mental-health talk in English, one group per topic.</summary>
internal static class XDefaultQueries
{
    public static IReadOnlyList<XQueryOptions> All { get; } =
    [
        Group("depression", "depression", "depressed", "#depression", "my depression", "feeling hopeless", "antidepressants"),
        Group("adhd", "adhd", "#adhd", "adhd meds", "my adhd", "executive dysfunction", "adhd diagnosis"),
        Group("anxiety", "anxiety", "#anxiety", "panic attack", "panic attacks", "social anxiety", "my anxiety"),
        Group("bipolar", "bipolar", "#bipolar", "bipolar disorder", "manic episode", "hypomania", "mood stabilizer"),
        Group("ptsd", "ptsd", "cptsd", "#ptsd", "flashbacks", "trauma therapy", "trauma response"),
        Group("eating_disorder", "anorexia", "bulimia", "eating disorder", "binge eating", "#edrecovery", "arfid"),
        Group("self_harm_suicide", "suicidal", "self harm", "suicidal thoughts", "want to die", "#suicideprevention", "relapsed self harm"),
        Group("addiction", "addiction", "alcoholic", "sobriety", "days sober", "relapse", "#recovery", "opioid withdrawal"),
        Group(
            "medication",
            "my meds",
            "sertraline",
            "zoloft",
            "lexapro",
            "escitalopram",
            "fluoxetine",
            "prozac",
            "bupropion",
            "wellbutrin",
            "venlafaxine",
            "lamotrigine",
            "lithium",
            "quetiapine",
            "adderall",
            "vyvanse",
            "ritalin",
            "methylphenidate",
            "ssri"),
    ];

    private static XQueryOptions Group(string name, params string[] terms)
    {
        var group = new XQueryOptions { Name = name };
        foreach (var term in terms)
        {
            group.Terms.Add(term);
        }

        return group;
    }
}
