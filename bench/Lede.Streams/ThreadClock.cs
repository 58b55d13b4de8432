using System.Runtime.InteropServices;

namespace Lede.Streams;

/// <summary>
/// Processor time of the calling thread (Linux), for the bench's per-phase figures: the in-order index runs on one
/// thread, and its processor time, unlike its wall time, does not grow with other work on the machine.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);

    /// <summary>The calling thread's processor time so far; zero where the platform does not tell it.</summary>
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        try
        {
            return ClockGetTime(ThreadCpuTime, out var t) == 0
                ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100)
                : TimeSpan.Zero;
        }
        catch (DllNotFoundException)
        {
            return TimeSpan.Zero;
        }
    }
}
