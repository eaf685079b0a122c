using HealthShire.Listener.Core.Medications;
using HealthShire.Listener.Core.Posts;

namespace HealthShire.Listener.Tests.Core.Medications;

public sealed class MedicationLexiconTests
{
    [Theory]
    [InlineData("I just started Ritalin. What should I expect?", "methylphenidate")]
    [InlineData("concerta 36mg made me jittery", "methylphenidate")]
    [InlineData("My doctor switched me from Adderall to Vyvanse", "amphetamine,lisdexamfetamine")]
    [InlineData("ZOLOFT and LEXAPRO both failed", "escitalopram,sertraline")]
    [InlineData("Started on buproprion (wellbutrin xl) last week", "bupropion")]
    [InlineData("lithium, lamotrigine/Lamictal and quetiapine", "lamotrigine,lithium,quetiapine")]
    [InlineData("Seroquel knocks me out", "quetiapine")]
    [InlineData("prazosin stopped my nightmares", "prazosin")]
    [InlineData("I'm on suboxone now, and naltrexone before", "buprenorphine,naltrexone")]
    [InlineData("Trazadone for sleep", "trazodone")]
    [InlineData("adderal and xanex", "alprazolam,amphetamine")]
    [InlineData("Zoloft's side effects", "sertraline")]
    [InlineData("zoloft zoloft Sertraline", "sertraline")]
    public void Find_NamesInText_ReturnsSortedDistinctGenericNames(string text, string expected)
    {
        Assert.Equal(expected.Split(','), MedicationLexicon.Find(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("We went fishing at the lake and caught trout.")]
    [InlineData("Lithiumion batteries and a prozacrat")]
    [InlineData("Subscribers to the subs I read like a good sonata")]
    [InlineData("The ambient noise in the lobby")]
    [InlineData("The valiumx band and the latudaville fair")]
    [InlineData("Add my address, I'm an addict of adventure")]
    public void Find_NoMedicationAsAWholeWord_ReturnsEmpty(string text)
    {
        Assert.Empty(MedicationLexicon.Find(text));
    }

    [Theory]
    [InlineData("Ritalin", "methylphenidate")]
    [InlineData("  concerta ", "methylphenidate")]
    [InlineData("ADDERALL", "amphetamine")]
    [InlineData("sertraline", "sertraline")]
    [InlineData("lexipro", "escitalopram")]
    [InlineData("Suboxone", "buprenorphine")]
    [InlineData("dextromethorphan-bupropion", "dextromethorphan-bupropion")]
    public void TryNormalise_KnownName_ReturnsGeneric(string name, string generic)
    {
        Assert.True(MedicationLexicon.TryNormalise(name, out var found));
        Assert.Equal(generic, found);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("aspirin")]
    [InlineData("ritalin concerta")]
    public void TryNormalise_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(MedicationLexicon.TryNormalise(name, out var found));
        Assert.Null(found);
    }

    [Fact]
    public void Catalog_EveryName_IsLowerCaseAndMapsBackToItsOwnGeneric()
    {
        foreach (var medication in MedicationCatalog.All)
        {
            foreach (var name in medication.Brands.Concat(medication.Misspellings).Append(medication.Generic))
            {
                Assert.Equal(name.ToLowerInvariant(), name);
                Assert.True(MedicationLexicon.TryNormalise(name, out var generic), name);
                Assert.Equal(medication.Generic, generic);
            }

            Assert.All(medication.Conditions, c => Assert.Contains(c, Topics.All));
        }
    }

    [Theory]
    [InlineData("methylphenidate", Topics.Adhd)]
    [InlineData("sertraline", Topics.Depression)]
    [InlineData("lithium", Topics.Bipolar)]
    [InlineData("prazosin", Topics.Ptsd)]
    [InlineData("buprenorphine", Topics.Addiction)]
    [InlineData("alprazolam", Topics.Anxiety)]
    public void TryGet_Generic_GivesTheUsualConditionFirst(string generic, string condition)
    {
        Assert.True(MedicationLexicon.TryGet(generic, out var medication));
        Assert.Equal(condition, medication.Conditions[0]);
    }

    [Fact]
    public void Catalog_CoversEveryClassAClinicExpects()
    {
        Assert.Equal(Enum.GetValues<MedicationClass>().Order(), MedicationCatalog.All.Select(m => m.Class).Distinct().Order());
    }
}
