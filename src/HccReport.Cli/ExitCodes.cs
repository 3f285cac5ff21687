namespace HccReport.Cli;

/// <summary>The exit codes of <c>hccreport</c>, as the public contract fixes them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was written.</summary>
    public const int Success = 0;

    /// <summary>Any failure that is not a problem of the spec or the data (a bug, a full disk, a bad command line).</summary>
    public const int Failure = 1;

    /// <summary>The spec or the data is invalid; stderr names the file and the place.</summary>
    public const int InvalidInput = 2;
}
