using HealthShire.Listener.Core.Alerts;

namespace HealthShire.Listener.Tests.Alerts;

public sealed class AlertEvaluatorTests
{
    private static readonly DateOnly Week = new(2026, 11, 9);

    [Fact]
    public void Evaluate_ZScoreAtOrAboveTheThreshold_FiresForTheCoveredSubjectsOnly()
    {
        var measures = Measures(AlertKind.Topic, ("adhd", 5, 0.5, 9.0), ("anxiety", 2, 1, 3.0), ("depression", 1, 1, 2.9), ("bipolar", 3, 3, null));

        var all = AlertEvaluator.Evaluate([Rule(AlertKind.Topic, string.Empty, 3)], measures);
        var one = AlertEvaluator.Evaluate([Rule(AlertKind.Topic, "anxiety", 3)], measures);

        Assert.Equal(["adhd", "anxiety"], all.Select(f => f.Measure.Subject));
        Assert.Equal("2026-W46", all[0].Period);
        Assert.Equal(9.0, all[0].Value);
        Assert.Equal(["anxiety"], one.Select(f => f.Measure.Subject));
    }

    [Theory]
    [InlineData(3, 0.0, 3.0)]
    [InlineData(3, 0.5, 3.0)]
    [InlineData(6, 2.0, 3.0)]
    [InlineData(0, 0.0, 0.0)]
    public void ValueOf_Crisis_IsThisWeekOverTheTrailingMeanCountedAsAtLeastOne(long posts, double mean, double expected) =>
        Assert.Equal(expected, AlertEvaluator.ValueOf(AlertKind.Crisis, new AlertMeasure("bipolar", Week, posts, mean, null)));

    [Fact]
    public void Evaluate_CrisisRule_MatchesTheCommunityWithoutCaseAndIgnoresOtherKinds()
    {
        var measures = new Dictionary<AlertKind, IReadOnlyList<AlertMeasure>>
        {
            [AlertKind.Crisis] = [new AlertMeasure("Bipolar", Week, 4, 1, 5), new AlertMeasure("ptsd", Week, 1, 1, 0)],
            [AlertKind.Topic] = [new AlertMeasure("bipolar", Week, 40, 1, 50)],
        };

        var firings = AlertEvaluator.Evaluate([Rule(AlertKind.Crisis, "bipolar", 2), Rule(AlertKind.Medication, string.Empty, 1)], measures);

        var firing = Assert.Single(firings);
        Assert.Equal((AlertKind.Crisis, "Bipolar", 4.0), (firing.Rule.Kind, firing.Measure.Subject, firing.Value));
    }

    private static AlertRule Rule(AlertKind kind, string subject, double threshold) =>
        new(1, kind, subject, threshold, "ann@clinic.example", null, DateTimeOffset.UnixEpoch);

    private static Dictionary<AlertKind, IReadOnlyList<AlertMeasure>> Measures(AlertKind kind, params (string Subject, long Posts, double Mean, double? Z)[] rows) =>
        new() { [kind] = [.. rows.Select(r => new AlertMeasure(r.Subject, Week, r.Posts, r.Mean, r.Z))] };
}
