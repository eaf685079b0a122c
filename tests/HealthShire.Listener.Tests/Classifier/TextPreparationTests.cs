using HealthShire.Listener.Classifier.Features;

namespace HealthShire.Listener.Tests.Classifier;

public sealed class TextPreparationTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("Title only", "")]
    [InlineData("", "Body only")]
    [InlineData("Both", "a body")]
    [InlineData("Long body", null)]
    [InlineData(null, "Long body without title")]
    public void Combine_IntoBuffer_WritesTheSameTextAsTheStringVersion(string? title, string? body)
    {
        body ??= new string('b', TextPreparation.MaxChars + 10);
        title ??= new string('t', TextPreparation.MaxChars + 10);
        var buffer = new char[TextPreparation.MaxChars];

        var length = TextPreparation.Combine(title, body, buffer);

        Assert.Equal(TextPreparation.Combine(title, body), new string(buffer, 0, length));
    }
}
