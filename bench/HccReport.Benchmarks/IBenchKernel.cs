namespace HccReport.Benchmarks;

/// <summary>
/// A statistical kernel timed by the bench command. <see cref="Name"/> is the key bench.R uses for the R call doing
/// the same work, so times and estimates can be paired.
/// </summary>
internal interface IBenchKernel
{
    /// <summary>Key shared with bench.R: cox_efron, kaplan_meier, log_rank, logistic.</summary>
    string Name { get; }

    /// <summary>The R call that does the same work, for the table's notes.</summary>
    string RCall { get; }

    /// <summary>The timed work: the fit as the analysis layer would call it, result discarded.</summary>
    void Run(BenchData data);

    /// <summary>Fits once more and returns the numbers compared with R's.</summary>
    IReadOnlyList<Estimate> Estimates(BenchData data);
}
