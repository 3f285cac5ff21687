namespace HccReport.Statistics.Survival.Cox;

/// <summary>
/// The comparable pairs a stratum split in two has across the split, as the observations of one of its parts
/// share them (<see cref="ConcordanceAcrossSplit"/>): what <see cref="ConcordanceSweep.Sweep"/> adds to those
/// observations' counts on top of the pairs inside the part.
/// </summary>
/// <remarks>
/// Held by position in η order rather than by observation, so that the merge that finds them writes in sequence,
/// and the sweep reads them in processing order, where it writes the per-observation arrays in sequence (writing
/// them straight into those arrays, in η order, cost a cache miss per observation).
/// </remarks>
/// <param name="From">The part's first processing position: which segment of its sweep the pairs belong to.</param>
/// <param name="Difference">
/// By position in the part's η order: pairs where the event has the lower η less those where it has the higher.
/// </param>
/// <param name="EventPairs">Number of pairs across each of the part's events belongs to.</param>
/// <param name="CensoredPairs">Number of pairs across each of its censored observations belongs to.</param>
/// <param name="EventLower">Pairs where the event has the lower η (counted on one side only).</param>
/// <param name="EventHigher">Pairs where the event has the higher η (counted on one side only).</param>
/// <param name="Tied">Pairs with equal η (counted on one side only).</param>
internal sealed record PairsAcrossSplit(int From, int[] Difference, int EventPairs, int CensoredPairs, long EventLower,
    long EventHigher, long Tied);
