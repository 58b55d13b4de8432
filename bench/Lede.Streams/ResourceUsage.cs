using System.Runtime.InteropServices;

namespace Lede.Streams;

/// <summary>
/// Page faults and processor time of the process or of the calling thread (Linux getrusage), for the bench's memory
/// figures: a minor fault is a page the kernel hands out zeroed on first touch (fresh collector regions, large arrays),
/// so faults and system time say how much of the run goes to memory the program never had before.
/// </summary>
public sealed record ResourceUsage(long MinorFaults, long MajorFaults, double UserSeconds, double SystemSeconds, long MaxResidentBytes)
{
    /// <summary>Where the platform does not tell: every figure -1.</summary>
    public static readonly ResourceUsage Unknown = new(-1, -1, -1, -1, -1);

    private const int Self = 0; // RUSAGE_SELF: all threads of the process, the collector's included
    private const int Thread = 1; // RUSAGE_THREAD: the calling thread alone (Linux)

    // struct rusage on 64-bit Linux: two timevals, then fourteen longs (maxrss in KB, ..., minflt, majflt, ...).
    [StructLayout(LayoutKind.Sequential)]
    private struct Usage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, MinFlt, MajFlt, Nswap, Inblock, Oublock, Msgsnd, Msgrcv, Nsignals, Nvcsw, Nivcsw;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRusage(int who, out Usage usage);

    /// <summary>The whole process so far.</summary>
    public static ResourceUsage OfProcess() => Read(Self);

    /// <summary>The calling thread so far (its MaxResidentBytes is the process's: the kernel keeps no per-thread peak).</summary>
    public static ResourceUsage OfThread() => Read(Thread);

    private static ResourceUsage Read(int who)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess) return Unknown;
        try
        {
            return GetRusage(who, out var u) == 0
                ? new ResourceUsage(u.MinFlt, u.MajFlt, u.UserSeconds + u.UserMicroseconds / 1e6,
                    u.SystemSeconds + u.SystemMicroseconds / 1e6, u.MaxRss * 1024)
                : Unknown;
        }
        catch (DllNotFoundException)
        {
            return Unknown;
        }
        catch (EntryPointNotFoundException)
        {
            return Unknown;
        }
    }
}
