using HealthShire.Listener.Core.Sources;
using HealthShire.Listener.Tests.Support;

namespace HealthShire.Listener.Tests.Core.Sources;

public sealed class LastPassErrorTests
{
    [Fact]
    public void ToCheckpoint_LongMessageOnSeveralLines_IsKeptAsOneShortLine()
    {
        var checkpoint = new LastPassError(Some.Now, "first\r\nsecond " + new string('x', 600)).ToCheckpoint("x");

        Assert.Equal(LastPassError.CheckpointKey, checkpoint.Key);
        Assert.StartsWith("first second xxx", checkpoint.Value, StringComparison.Ordinal);
        Assert.Equal(501, checkpoint.Value.Length);
        Assert.DoesNotContain('\n', checkpoint.Value);
    }

    [Fact]
    public void From_SourceCheckpoints_FindsOnlyTheKeptError()
    {
        Assert.Null(LastPassError.From([Some.Checkpoint("depression", "t3_a1")]));
        Assert.Equal(
            new LastPassError(Some.Now, "timeout"),
            LastPassError.From([Some.Checkpoint("depression", "t3_a1"), new Checkpoint("reddit", LastPassError.CheckpointKey, "timeout", Some.Now)]));
    }
}
