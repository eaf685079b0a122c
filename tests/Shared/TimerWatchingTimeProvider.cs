using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace HealthShire.Listener.Testing;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that tells the test when the code under test starts waiting: every timer it creates
/// (a <c>Task.Delay</c>, a timeout) is announced, so a test moves the clock exactly to the moment the code waits for,
/// without sleeping and without racing real time.
/// </summary>
internal sealed class TimerWatchingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _timers.Writer.TryWrite(dueTime);
        return base.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits until the code under test starts a timer and returns how long that timer waits.</summary>
    public async Task<TimeSpan> NextTimerAsync(CancellationToken cancellationToken) => await _timers.Reader.ReadAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="call"/> to its end, moving the clock to each timer it waits on (timers longer than
    /// <paramref name="ignoreLongerThan"/>, such as a whole-pass timeout, are left to run out on their own); returns how
    /// much fake time passed.
    /// </summary>
    public async Task<TimeSpan> RunUntilDoneAsync(Task call, TimeSpan ignoreLongerThan, CancellationToken cancellationToken)
    {
        var begin = GetUtcNow();
        while (!call.IsCompleted)
        {
            var next = NextTimerAsync(cancellationToken);
            if (await Task.WhenAny(call, next) == call)
            {
                break;
            }

            var due = await next;
            if (due > TimeSpan.Zero && due <= ignoreLongerThan)
            {
                Advance(due);
            }
        }

        await call;
        return GetUtcNow() - begin;
    }
}
