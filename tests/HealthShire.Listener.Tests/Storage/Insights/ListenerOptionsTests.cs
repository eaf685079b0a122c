using HealthShire.Listener.Core.Insights;
using HealthShire.Listener.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Tests.Storage.Insights;

public sealed class ListenerOptionsTests
{
    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData(" ")]
    public void Validate_UnknownTimeZone_NamesTheKeyAndTheValue(string zone)
    {
        var result = new ListenerOptionsValidator().Validate(null, new ListenerOptions { TimeZone = zone });

        Assert.True(result.Failed);
        Assert.Contains("Listener:TimeZone", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains($"'{zone}'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("Europe/Berlin")]
    public void Validate_KnownTimeZone_Succeeds(string zone)
    {
        Assert.True(new ListenerOptionsValidator().Validate(null, new ListenerOptions { TimeZone = zone }).Succeeded);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    public void Validate_TextRetentionNotPositive_NamesTheKeyAndTheValue(string retention)
    {
        var result = new StoreOptionsValidator().Validate(null, new StoreOptions { TextRetention = TimeSpan.Parse(retention, System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(result.Failed);
        Assert.Contains("Store:TextRetention", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains(retention, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPostStore_Defaults_UtcCalendarAndHalfAYearOfText()
    {
        using var provider = Build(new() { ["Store:ConnectionString"] = "Data Source=unused.db" });

        Assert.Equal(TimeZoneInfo.Utc.Id, provider.GetRequiredService<ListenerCalendar>().TimeZone.Id);
        Assert.Equal(TimeSpan.FromDays(180), provider.GetRequiredService<IOptions<StoreOptions>>().Value.TextRetention);
    }

    [Fact]
    public void AddPostStore_ConfiguredZone_OneCalendarSharedByTheInsightsStore()
    {
        using var provider = Build(new() { ["Listener:TimeZone"] = "Europe/Berlin", ["Store:ConnectionString"] = "Data Source=unused.db" });

        Assert.Same(provider.GetRequiredService<ListenerCalendar>(), provider.GetRequiredService<ListenerCalendar>());
        Assert.Equal("Europe/Berlin", provider.GetRequiredService<ListenerCalendar>().TimeZone.Id);
        Assert.NotNull(provider.GetRequiredService<IInsightsStore>());
    }

    [Fact]
    public void AddPostStore_UnknownZone_FailsNamingTheKey()
    {
        using var provider = Build(new() { ["Listener:TimeZone"] = "Nowhere/Atlantis" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ListenerCalendar>());

        Assert.Contains("Listener:TimeZone", error.Message, StringComparison.Ordinal);
        Assert.Contains("Nowhere/Atlantis", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddPostStore();
        return services.BuildServiceProvider();
    }
}
