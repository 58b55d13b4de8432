using System.Diagnostics;

namespace Lede.Stories;

/// <summary>
/// A second thread that takes items of a loop the assigning thread runs over a state nothing changes meanwhile (an
/// article's scoring reads the live stories, it does not change them). The items are shared out as they are claimed,
/// not split in halves: the assigning thread takes items itself from the first, so a helper that is asleep, slow to
/// wake or busy elsewhere costs it nothing but the items it did take; it waits only for an item the helper is in the
/// middle of. Each item writes its own results, so what is computed does not depend on which thread took what.
/// The helper spins a short while after a job (the next comes within the article), then sleeps, and it ends after a
/// second idle, so that a clusterer left behind (tests, tools) leaves no thread behind.
/// </summary>
internal sealed class StoryHelper
{
    private const int Running = 0, Sleeping = 1, Gone = 2;

    // The job's generation in the high half, its next unclaimed item in the low half: a claim is a compare-exchange
    // on both, so a helper that arrives late never claims an item of a later job for an earlier one's delegate.
    private long _cursor;
    private Action<int>? _job;
    private int _count;
    private int _helped;
    private Exception? _failed;
    private int _state = Gone;
    private readonly SemaphoreSlim _wake = new(0);

    /// <summary>How long the helper spins for the next job before it sleeps.</summary>
    private static readonly long SpinTicks = Stopwatch.Frequency * SpinMicroseconds / 1_000_000;

    private const int SpinMicroseconds = 40;

    private const int IdleExitMilliseconds = 1000;

    public static bool Useful => Environment.ProcessorCount > 1;

    /// <summary>Runs job(0) ... job(count - 1), each once, on this thread and the helper; returns when all are done.</summary>
    public void Run(int count, Action<int> job)
    {
        if (count <= 1)
        {
            for (var i = 0; i < count; i++) job(i);
            return;
        }
        var generation = (Volatile.Read(ref _cursor) >> 32) + 1;
        _job = job;
        _count = count;
        _helped = 0;
        Volatile.Write(ref _cursor, generation << 32);
        Call();
        var mine = 0;
        Exception? failed = null;
        while (true)
        {
            var c = Volatile.Read(ref _cursor);
            var i = (int)c;
            if (i >= count) break;
            if (Interlocked.CompareExchange(ref _cursor, c + 1, c) != c) continue;
            // A failure is thrown once every item is done: the helper must not be reading the state when it is.
            try
            {
                job(i);
            }
            catch (Exception e)
            {
                failed ??= e;
            }
            mine++;
        }
        if (mine < count)
        {
            var spin = new SpinWait();
            while (Volatile.Read(ref _helped) + mine < count) spin.SpinOnce(sleep1Threshold: -1);
        }
        _job = null;
        failed ??= _failed;
        _failed = null;
        if (failed is not null) throw new AggregateException(failed);
    }

    /// <summary>Wakes the helper ahead of a job, so that it is up when the job comes (waking takes tens of microseconds).</summary>
    public void Ready() => Call();

    /// <summary>Wakes the helper, or starts one when none is left.</summary>
    private void Call()
    {
        var before = Interlocked.CompareExchange(ref _state, Running, Sleeping);
        if (before == Sleeping) _wake.Release();
        else if (before == Gone && Interlocked.CompareExchange(ref _state, Running, Gone) == Gone)
            new Thread(Loop) { IsBackground = true, Name = "story helper" }.Start();
    }

    private void Loop()
    {
        var seen = Volatile.Read(ref _cursor) >> 32;
        seen--;
        while (true)
        {
            var c = Volatile.Read(ref _cursor);
            if (c >> 32 != seen)
            {
                Help(c >> 32);
                seen = c >> 32;
                continue;
            }
            var changed = false;
            var until = Stopwatch.GetTimestamp() + SpinTicks;
            while (!changed && Stopwatch.GetTimestamp() < until)
            {
                Thread.SpinWait(8);
                changed = Volatile.Read(ref _cursor) >> 32 != seen;
            }
            if (changed) continue;
            Interlocked.Exchange(ref _state, Sleeping);
            if (Volatile.Read(ref _cursor) >> 32 != seen)
            {
                // A job came as the helper went to sleep: if the poster saw it asleep, its release is consumed now.
                if (Interlocked.CompareExchange(ref _state, Running, Sleeping) != Sleeping) _wake.Wait();
                continue;
            }
            if (_wake.Wait(IdleExitMilliseconds)) continue;
            if (Interlocked.CompareExchange(ref _state, Gone, Sleeping) == Sleeping) return;
            _wake.Wait();
        }
    }

    /// <summary>Takes the job's items while there are any left unclaimed.</summary>
    private void Help(long generation)
    {
        while (true)
        {
            var c = Volatile.Read(ref _cursor);
            if (c >> 32 != generation) return;
            var i = (int)c;
            // Read after the cursor: a job's fields are written before its generation is published, and stay until
            // all its items are claimed and done, so a claim that succeeds below was made for this delegate.
            var (job, count) = (_job, _count);
            if (i >= count || job is null) return;
            if (Interlocked.CompareExchange(ref _cursor, c + 1, c) != c) continue;
            try
            {
                job(i);
            }
            catch (Exception e)
            {
                _failed = e;
            }
            Interlocked.Increment(ref _helped);
        }
    }
}
