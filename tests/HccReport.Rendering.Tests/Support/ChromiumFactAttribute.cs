namespace HccReport.Rendering.Tests.Support;

/// <summary>A fact that is skipped, saying why, only when no chromium executable can be found at all.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
            Skip = "chromium was not found on PATH or in /usr/bin: install Debian's chromium (apt-get install -y chromium) to run this test.";
    }
}
