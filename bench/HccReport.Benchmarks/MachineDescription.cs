using System.Runtime.InteropServices;

namespace HccReport.Benchmarks;

/// <summary>What the timings ran on: cores, processor, operating system and runtime.</summary>
internal static class MachineDescription
{
    public static int Cores => Environment.ProcessorCount;

    /// <summary>The processor's model name from /proc/cpuinfo, or the architecture where that file does not exist.</summary>
    public static string Processor
    {
        get
        {
            try
            {
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                    if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is var colon and > 0)
                        return line[(colon + 1)..].Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // fall through to the architecture
            }
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    public static string OperatingSystem => RuntimeInformation.OSDescription;

    public static string Runtime => RuntimeInformation.FrameworkDescription;
}
