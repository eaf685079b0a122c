using System.Text;

namespace HealthShire.Listener.Tests.Classifier;

/// <summary>A small labelled CSV written for these tests: three topics, every intent with both values.</summary>
internal static class TinyCsv
{
    private static readonly (string Label, string Body, string Intents)[] Templates =
    [
        ("anxiety", "My anxiety spikes before every meeting and my heart races with worry and panic", "0,0,0,0"),
        ("anxiety", "Does anyone else get panic attacks on the bus? How do you calm down?", "1,0,0,0"),
        ("anxiety", "Started sertraline for my anxiety. Is the nausea normal in the first week?", "1,1,1,0"),
        ("none", "We cooked pasta and watched a film with friends on Saturday night", "0,0,0,0"),
        ("none", "What is the best tent for a rainy camping trip in the mountains?", "1,0,0,0"),
        ("none", "The garden tomatoes are ripe and the basil is growing fast this summer", "0,0,0,0"),
        ("self_harm_suicide", "I want to die tonight and I have a plan to kill myself", "0,0,0,1"),
        ("self_harm_suicide", "I cut myself again today and the urges keep coming back", "0,0,0,1"),
        ("self_harm_suicide", "My psychiatrist doubled my lithium dose and I still think about ending my life", "0,1,0,1"),
    ];

    public static string Write(string folder)
    {
        var csv = new StringBuilder("id,source,label,subreddit,title,body,question,medication,medication_question,crisis\n");
        for (var copy = 0; copy < 8; copy++)
        {
            for (var i = 0; i < Templates.Length; i++)
            {
                var (label, body, intents) = Templates[i];
                csv.Append($"t{copy}-{i},fixture,{label},,Post {copy},\"{body} (variant {copy})\",{intents}\n");
            }
        }

        var path = Path.Combine(folder, "tiny.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }
}
