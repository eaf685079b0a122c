using HealthShire.Listener.Core.Medications;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Core.Medications;

public sealed class PostMedicationsTests
{
    [Fact]
    public void Find_TitleAndBody_UnionSortedAndNeverJoinedAcrossTheBoundary()
    {
        Assert.Equal(["lithium", "quetiapine"], PostMedications.Find(new PostText("Seroquel and", "lithium")));
        Assert.Empty(PostMedications.Find(new PostText("lith", "ium")));
        Assert.Equal(["lithium"], PostMedications.Find(new PostText("lithium", "Lithium again")));
        Assert.Equal(["lamotrigine"], PostMedications.Find(new PostText(string.Empty, "on lamictal")));
    }
}
