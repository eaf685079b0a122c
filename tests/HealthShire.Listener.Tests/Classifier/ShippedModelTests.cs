using HealthShire.Listener.Classifier.Scoring;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class ShippedModelTests
{
    [Theory]
    [InlineData("Panic attacks every morning", "My heart races, my chest gets tight and I am sure something terrible will happen. The anxiety and constant worry will not stop.", Topics.Anxiety)]
    [InlineData("Manic again", "I have not slept in three days, I spent my savings and my thoughts are racing. My bipolar mania is back even on my mood stabilizer.", Topics.Bipolar)]
    [InlineData("Can't focus", "My ADHD makes it impossible to focus at work. I procrastinate all day, lose my keys and forget every deadline.", Topics.Adhd)]
    [InlineData("Flashbacks", "Since the assault I get flashbacks and nightmares every night. My PTSD triggers are everywhere and I startle at every noise.", Topics.Ptsd)]
    [InlineData("Restricting again", "I skipped meals all week and weighed myself five times a day. My eating disorder tells me I am fat even though I am underweight.", Topics.EatingDisorder)]
    [InlineData("Fishing trip", "We drove up to the lake on Saturday, caught three trout and grilled them by the campfire. Great weekend with my brother.", Topics.None)]
    public void Classify_ClearExample_ReturnsItsTopic(string title, string body, string expected)
    {
        var tags = ShippedModel.Classifier.Classify([new PostText(title, body)]);

        Assert.Equal(expected, tags[0].Topic);
        Assert.InRange(tags[0].TopicProbability, 0f, 1f);
    }

    [Fact]
    public void Classify_CurrentSuicidalPlan_FlagsCrisis()
    {
        var tags = ShippedModel.Classifier.Classify(
            [new PostText("Goodbye", "I want to die. I have the pills ready and I am going to kill myself tonight. I can't do this anymore.")]);

        Assert.True(tags[0].Crisis.IsPresent);
    }

    [Fact]
    public void Classify_QuestionAboutADrug_FlagsMedicationQuestion()
    {
        var tags = ShippedModel.Classifier.Classify(
            [new PostText("Sertraline side effects?", "I started sertraline 50 mg last week and feel nauseous. Has anyone had this? Does it go away?")]);

        Assert.True(tags[0].Question.IsPresent);
        Assert.True(tags[0].Medication.IsPresent);
        Assert.True(tags[0].MedicationQuestion.IsPresent);
    }

    [Fact]
    public void Classify_ShortQuestionAboutAStimulant_IsAdhdAndAMedicationQuestion()
    {
        var tags = ShippedModel.Classifier.Classify([new PostText(string.Empty, "I just started Ritalin. What should I expect?")]);

        Assert.Equal(Topics.Adhd, tags[0].Topic);
        Assert.True(tags[0].Question.IsPresent);
        Assert.True(tags[0].MedicationQuestion.IsPresent);
        Assert.False(tags[0].Crisis.IsPresent);
    }

    [Fact]
    public void Classify_RelapseAfterClean_IsAddictionAndNotCrisis()
    {
        var tags = ShippedModel.Classifier.Classify([new PostText(string.Empty, "Relapsed on opioids after 90 days clean, I feel like a failure")]);

        Assert.Equal(Topics.Addiction, tags[0].Topic);
        Assert.False(tags[0].Crisis.IsPresent);
    }

    [Theory]
    [InlineData("Does Vyvanse stop working after a few months?", Topics.Adhd)]
    [InlineData("Lamictal rash, should I be worried?", Topics.Bipolar)]
    public void Classify_TitleAlone_DoesNotCollapseIntoNone(string title, string expected)
    {
        var tags = ShippedModel.Classifier.Classify([new PostText(title, string.Empty)]);

        Assert.Equal(expected, tags[0].Topic);
    }

    [Fact]
    public void Classify_PlainStatement_IsNotAQuestion()
    {
        var tags = ShippedModel.Classifier.Classify(
            [new PostText("Good day", "Went for a walk in the park with my dog, then cooked dinner with friends. A calm, happy day.")]);

        Assert.False(tags[0].Question.IsPresent);
        Assert.False(tags[0].Crisis.IsPresent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🎉🔥😂👍")]
    [InlineData("東京の天気は今日は晴れです。明日は雨が降るでしょう。")]
    [InlineData("Ce matin nous sommes allés au marché pour acheter du pain et des légumes pour le repas du soir.")]
    public void Classify_TextWithoutEnglishContent_ReturnsNoneWithLowConfidence(string body)
    {
        var tags = ShippedModel.Classifier.Classify([new PostText(string.Empty, body)]);

        Assert.Equal(Topics.None, tags[0].Topic);
        Assert.False(tags[0].Crisis.IsPresent);
        Assert.Equal(ShippedModel.Classifier.ModelVersion, tags[0].ModelVersion);
    }

    [Fact]
    public void Classify_HugeText_ReturnsAValidAnswerQuickly()
    {
        var huge = string.Concat(Enumerable.Repeat("The bus timetable for the new route was printed on Tuesday. ", 50_000));

        var tags = ShippedModel.Classifier.Classify([new PostText("Timetable", huge)]);

        Assert.Contains(tags[0].Topic, Topics.All);
        Assert.InRange(tags[0].TopicProbability, 0f, 1f);
    }

    [Fact]
    public void Classify_LargeBatchAcrossThreads_KeepsOrder()
    {
        var texts = Enumerable.Range(0, 600)
            .Select(i => i % 2 == 0
                ? new PostText("Trout", "We caught trout at the lake and grilled them by the campfire on a sunny weekend.")
                : new PostText("Flashbacks", "My PTSD flashbacks and nightmares about the assault come back every night."))
            .ToList();

        var tags = ShippedModel.Classifier.Classify(texts);

        Assert.Equal(600, tags.Count);
        Assert.All(tags.Where((_, i) => i % 2 == 0), t => Assert.Equal(Topics.None, t.Topic));
        Assert.All(tags.Where((_, i) => i % 2 == 1), t => Assert.Equal(Topics.Ptsd, t.Topic));
    }

    [Fact]
    public void ClassifyToJson_OneText_RendersTopicProbabilityAndIntents()
    {
        var json = TextClassification.ClassifyToJson(ShippedModel.Classifier, "Does anyone else get brain zaps when coming off Lexapro?");

        Assert.Contains("\"topic\"", json, StringComparison.Ordinal);
        Assert.Contains("\"probability\"", json, StringComparison.Ordinal);
        Assert.Contains("\"medication_question\"", json, StringComparison.Ordinal);
        Assert.Contains("\"modelVersion\"", json, StringComparison.Ordinal);
    }
}
