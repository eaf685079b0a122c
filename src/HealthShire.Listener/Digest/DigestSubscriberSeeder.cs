using HealthShire.Listener.Core.Digest;
using Microsoft.Extensions.Options;

namespace HealthShire.Listener.Digest;

/// <summary>
/// Saves the subscribers listed in <c>Digest:Subscribers</c> to the store. Configuration wins for
/// the addresses it lists: an entry removed with the command comes back while it is configured.
/// </summary>
internal sealed class DigestSubscriberSeeder(ISubscriberStore store, IOptions<DigestOptions> options)
{
    public IReadOnlyList<Subscriber> Configured { get; } =
        [.. options.Value.Subscribers.Select(s => SubscriberRules.Create(s.Address, s.Name, s.Topics, s.Sources, s.TimeZone, s.Day, s.Hour))];

    public bool IsConfigured(string address) =>
        Configured.Any(s => string.Equals(s.Address, address, StringComparison.OrdinalIgnoreCase));

    /// <returns>How many subscribers were added or changed.</returns>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var wanted in Configured)
        {
            // Reads first, so that an hourly run over an unchanged list writes nothing.
            var stored = await store.GetAsync(wanted.Address, cancellationToken);
            if (stored is null || !Same(stored, wanted))
            {
                await store.SaveAsync(wanted, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    private static bool Same(Subscriber a, Subscriber b) =>
        a with { Topics = b.Topics, Sources = b.Sources } == b &&
        a.Topics.SequenceEqual(b.Topics, StringComparer.Ordinal) &&
        a.Sources.SequenceEqual(b.Sources, StringComparer.Ordinal);
}
