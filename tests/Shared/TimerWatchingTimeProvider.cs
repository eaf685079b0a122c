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
            // Waiting to read takes nothing from the channel, so a wait left behind when the call ends cannot swallow
            // a timer that a later call starts.
            var announced = _timers.Reader.WaitToReadAsync(cancellationToken).AsTask();
            if (await Task.WhenAny(call, announced) == call)
            {
                break;
            }

            while (_timers.Reader.TryRead(out var due))
            {
                if (due > TimeSpan.Zero && due <= ignoreLongerThan)
                {
                    Advance(due);
                }
            }
        }

        await call;
        return GetUtcNow() - begin;
    }
}
