using HccReport.Statistics.Distributions;

namespace HccReport.Statistics.Selection;

/// <summary>
/// Variable selection for a multivariable model by p values: univariate screening, then enter, forward,
/// backward, stepwise (SPSS FSTEP) or backward stepwise (SPSS BSTEP). Written against
/// <see cref="ISelectableModel"/>, so it drives logistic regression and the Cox model alike.
/// docs/selection.md describes each method, its tests and how it corresponds to SPSS and R.
/// </summary>
/// <remarks>
/// <para>A candidate (a categorical variable's dummy columns together) enters when its entry p is the smallest
/// and below <see cref="SelectionOptions.EntryP"/>; a variable leaves when its removal p is the largest and above
/// <see cref="SelectionOptions.RemovalP"/>. Ties go to the larger statistic, then to the earlier candidate.
/// In the stepwise methods each entry is followed by removals until none qualifies, as SPSS describes METHOD=FSTEP.
/// The procedure stops when nothing qualifies, or when a step recreates a model seen before (SPSS's rule,
/// which prevents endless cycling between entry and removal).</para>
/// <para>Every decision is recorded: the step's own test and the tests of all variables considered at it.</para>
/// <para>Conventions for degenerate fits: a variable whose coefficients are all aliased in the fit has Wald
/// statistic 0 (no evidence), which agrees with its likelihood ratio of 0; a statistic that is not a number
/// (a failed fit) counts as p = 1.</para>
/// </remarks>
public static class StepwiseSelection
{
    /// <summary>Runs the selection.</summary>
    /// <param name="model">The regression family over its design columns.</param>
    /// <param name="candidates">Candidate variables, each with its design columns; names must be unique.</param>
    /// <param name="options">Method, thresholds and tests; null for the defaults (enter).</param>
    /// <exception cref="ArgumentException">Invalid candidates (unknown or shared columns, duplicate names) or options.</exception>
    public static SelectionOutcome Run(ISelectableModel model, IReadOnlyList<SelectionCandidate> candidates, SelectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(candidates);
        options ??= new SelectionOptions();
        Validate(model, candidates, options);

        var procedure = new Procedure(model, candidates, options);
        return procedure.Run();
    }

    private static void Validate(ISelectableModel model, IReadOnlyList<SelectionCandidate> candidates, SelectionOptions options)
    {
        Preconditions.CheckNotEmpty(candidates, nameof(candidates));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var columns = new HashSet<int>();
        foreach (var c in candidates)
        {
            if (c is null || string.IsNullOrEmpty(c.Name) || c.Columns is null || c.Columns.Count == 0)
                throw new ArgumentException("Every candidate needs a name and at least one column.", nameof(candidates));
            if (!names.Add(c.Name)) throw new ArgumentException($"Candidate name {c.Name} is used twice.", nameof(candidates));
            foreach (var j in c.Columns)
            {
                if (j < 0 || j >= model.ColumnCount)
                    throw new ArgumentException($"Candidate {c.Name} has column {j}; the model has columns 0 to {model.ColumnCount - 1}.", nameof(candidates));
                if (!columns.Add(j)) throw new ArgumentException($"Column {j} belongs to more than one candidate.", nameof(candidates));
            }
        }

        Preconditions.CheckProbability(options.EntryP, nameof(options), allowOne: true);
        Preconditions.CheckProbability(options.RemovalP, nameof(options), allowOne: true);
        if (options.ScreeningP is { } s) Preconditions.CheckProbability(s, nameof(options), allowOne: true);
        if (options.EntryTest == SelectionTest.Conditional)
            throw new ArgumentException("The conditional statistic is a removal test only.", nameof(options));
        if (options.ScreeningTest == SelectionTest.Conditional)
            throw new ArgumentException("The conditional statistic is a removal test only.", nameof(options));
        if (options.RemovalTest == SelectionTest.Score)
            throw new ArgumentException("The score statistic is an entry test only.", nameof(options));
        if (options.RemovalTest == SelectionTest.Conditional && model is not IConditionalRemoval
            && options.Method is not (SelectionMethod.Enter or SelectionMethod.Forward))
            throw new ArgumentException($"{model.GetType().Name} does not provide the conditional removal statistic.", nameof(options));
        if (options.Method is SelectionMethod.Stepwise or SelectionMethod.BackwardStepwise && options.EntryP > options.RemovalP)
            throw new ArgumentException(
                FormattableString.Invariant($"The entry threshold ({options.EntryP}) must not exceed the removal threshold ({options.RemovalP}), or a variable could enter and leave forever."),
                nameof(options));
        if (options.MaxSteps < 0) throw new ArgumentException("MaxSteps must not be negative.", nameof(options));
    }

    /// <summary>The state of one run.</summary>
    private sealed class Procedure(ISelectableModel model, IReadOnlyList<SelectionCandidate> candidates, SelectionOptions options)
    {
        private readonly List<SelectionStep> _steps = [];
        private readonly HashSet<string> _visited = [];
        private List<int> _pool = [];
        private List<int> _inModel = [];
        private SelectionFit _fit = null!;

        public SelectionOutcome Run()
        {
            var nullFit = model.Fit([]);
            var screening = new List<SelectionTestResult>();
            if (options.ScreeningP is { } threshold)
            {
                for (var i = 0; i < candidates.Count; i++)
                {
                    var result = TestAlone(nullFit, candidates[i]);
                    screening.Add(result);
                    if (result.P <= threshold) _pool.Add(i);
                }
            }
            else
            {
                _pool = Enumerable.Range(0, candidates.Count).ToList();
            }

            SelectionStopReason reason;
            if (_pool.Count == 0)
            {
                _fit = nullFit;
                reason = SelectionStopReason.NothingPassedScreening;
            }
            else
            {
                var startFull = options.Method is SelectionMethod.Enter or SelectionMethod.Backward or SelectionMethod.BackwardStepwise;
                SetModel(startFull ? [.. _pool] : [], startFull ? model.Fit(Columns(_pool)) : nullFit);
                _visited.Add(Key(_inModel));
                reason = options.Method switch
                {
                    SelectionMethod.Enter => SelectionStopReason.AllEntered,
                    SelectionMethod.Forward => Forward(),
                    SelectionMethod.Backward => Backward(),
                    SelectionMethod.Stepwise => Stepwise(),
                    _ => BackwardStepwise(),
                };
            }

            return new SelectionOutcome
            {
                Options = options,
                Screening = screening,
                Screened = _pool.Select(i => candidates[i].Name).ToArray(),
                Steps = _steps,
                Selected = _inModel.Select(i => candidates[i]).ToArray(),
                FinalFit = _fit,
                NotSelected = _pool.Count == 0 ? [] : EntryTests(),
                StopReason = reason,
            };
        }

        private SelectionStopReason Forward()
        {
            while (true)
            {
                if (_steps.Count >= options.MaxSteps) return SelectionStopReason.StepLimit;
                var entered = TryEnter(out var repeated);
                if (repeated) return SelectionStopReason.ModelRepeated;
                if (!entered) return SelectionStopReason.NoVariableQualifies;
            }
        }

        private SelectionStopReason Backward()
        {
            while (true)
            {
                if (_steps.Count >= options.MaxSteps) return SelectionStopReason.StepLimit;
                var removed = TryRemove(out var repeated);
                if (repeated) return SelectionStopReason.ModelRepeated;
                if (!removed) return SelectionStopReason.NoVariableQualifies;
            }
        }

        private SelectionStopReason Stepwise()
        {
            while (true)
            {
                if (_steps.Count >= options.MaxSteps) return SelectionStopReason.StepLimit;
                var entered = TryEnter(out var repeated);
                if (repeated) return SelectionStopReason.ModelRepeated;
                if (!entered) return SelectionStopReason.NoVariableQualifies;
                var stop = RemoveWhilePossible();
                if (stop is not null) return stop.Value;
            }
        }

        private SelectionStopReason BackwardStepwise()
        {
            while (true)
            {
                var stop = RemoveWhilePossible();
                if (stop is not null) return stop.Value;
                if (_steps.Count >= options.MaxSteps) return SelectionStopReason.StepLimit;
                var entered = TryEnter(out var repeated);
                if (repeated) return SelectionStopReason.ModelRepeated;
                if (!entered) return SelectionStopReason.NoVariableQualifies;
            }
        }

        /// <summary>Removes while a variable qualifies; a stop reason if the procedure must end.</summary>
        private SelectionStopReason? RemoveWhilePossible()
        {
            while (true)
            {
                if (_steps.Count >= options.MaxSteps) return SelectionStopReason.StepLimit;
                var removed = TryRemove(out var repeated);
                if (repeated) return SelectionStopReason.ModelRepeated;
                if (!removed) return null;
            }
        }

        private bool TryEnter(out bool repeated)
        {
            repeated = false;
            var tests = EntryTests();
            if (tests.Count == 0) return false;
            var best = 0;
            for (var k = 1; k < tests.Count; k++)
            {
                if (tests[k].P < tests[best].P || (tests[k].P == tests[best].P && tests[k].Statistic > tests[best].Statistic)) best = k;
            }
            if (!(tests[best].P < options.EntryP)) return false;

            var index = Outside().ElementAt(best);
            var next = _inModel.Append(index).Order().ToList();
            SetModel(next, model.Fit(Columns(next)));
            Record(SelectionAction.Entered, tests[best], tests);
            repeated = !_visited.Add(Key(_inModel));
            return true;
        }

        private bool TryRemove(out bool repeated)
        {
            repeated = false;
            if (_inModel.Count == 0) return false;
            var tests = _inModel.Select(i => RemovalTest(candidates[i])).ToList();
            var worst = 0;
            for (var k = 1; k < tests.Count; k++)
            {
                if (tests[k].P > tests[worst].P || (tests[k].P == tests[worst].P && tests[k].Statistic < tests[worst].Statistic)) worst = k;
            }
            if (!(tests[worst].P > options.RemovalP)) return false;

            var next = _inModel.Where((_, k) => k != worst).ToList();
            SetModel(next, model.Fit(Columns(next)));
            Record(SelectionAction.Removed, tests[worst], tests);
            repeated = !_visited.Add(Key(_inModel));
            return true;
        }

        private void Record(SelectionAction action, SelectionTestResult decision, IReadOnlyList<SelectionTestResult> evaluated) =>
            _steps.Add(new SelectionStep
            {
                Number = _steps.Count + 1,
                Action = action,
                Variable = decision.Variable,
                Decision = decision,
                Evaluated = evaluated,
                Model = _inModel.Select(i => candidates[i].Name).ToArray(),
            });

        private IEnumerable<int> Outside() => _pool.Where(i => !_inModel.Contains(i));

        private List<SelectionTestResult> EntryTests() => Outside().Select(i => EntryTest(candidates[i])).ToList();

        private SelectionTestResult EntryTest(SelectionCandidate c) => options.EntryTest switch
        {
            SelectionTest.Score => Result(c, SelectionTest.Score, model.ScoreStatistic(_fit, c.Columns), c.Columns.Count),
            SelectionTest.LikelihoodRatio => Result(c, SelectionTest.LikelihoodRatio,
                LikelihoodRatio(model.Fit(Columns(_inModel.Append(IndexOf(c)).Order())), _fit), c.Columns.Count),
            _ => Wald(model.Fit(Columns(_inModel.Append(IndexOf(c)).Order())), c),
        };

        private SelectionTestResult RemovalTest(SelectionCandidate c) => options.RemovalTest switch
        {
            SelectionTest.LikelihoodRatio => Result(c, SelectionTest.LikelihoodRatio,
                LikelihoodRatio(_fit, model.Fit(Columns(_inModel.Where(i => i != IndexOf(c))))), c.Columns.Count),
            SelectionTest.Wald => Wald(_fit, c),
            _ => Result(c, SelectionTest.Conditional, ((IConditionalRemoval)model).ConditionalStatistic(_fit, c.Columns), c.Columns.Count),
        };

        private SelectionTestResult TestAlone(SelectionFit nullFit, SelectionCandidate c) => options.ScreeningTest switch
        {
            SelectionTest.Score => Result(c, SelectionTest.Score, model.ScoreStatistic(nullFit, c.Columns), c.Columns.Count),
            SelectionTest.LikelihoodRatio => Result(c, SelectionTest.LikelihoodRatio,
                LikelihoodRatio(model.Fit(c.Columns), nullFit), c.Columns.Count),
            _ => Wald(model.Fit(c.Columns), c),
        };

        private int IndexOf(SelectionCandidate c)
        {
            for (var i = 0; i < candidates.Count; i++) if (ReferenceEquals(candidates[i], c)) return i;
            throw new InvalidOperationException("Unknown candidate.");
        }

        private void SetModel(List<int> inModel, SelectionFit fit)
        {
            _inModel = inModel;
            _fit = fit;
        }

        private int[] Columns(IEnumerable<int> candidateIndices) => candidateIndices.SelectMany(i => candidates[i].Columns).ToArray();

        private static string Key(IEnumerable<int> candidateIndices) => string.Join(",", candidateIndices.Order());

        /// <summary>2 [l(larger) - l(smaller)], floored at 0 as R's drop1 and add1 do (a refit can land a rounding error below).</summary>
        private static double LikelihoodRatio(SelectionFit larger, SelectionFit smaller) =>
            Math.Max(0.0, 2 * (larger.LogLikelihood - smaller.LogLikelihood));

        private static SelectionTestResult Wald(SelectionFit fit, SelectionCandidate c)
        {
            var positions = c.Columns.Select(j => fit.Columns.ToList().IndexOf(j)).ToArray();
            var estimable = positions.Where(p => p >= 0 && double.IsFinite(fit.Coefficients[p])).ToArray();
            if (estimable.Length == 0) return Result(c, SelectionTest.Wald, 0.0, c.Columns.Count);
            var v = new double[estimable.Length, estimable.Length];
            var b = new double[estimable.Length];
            for (var i = 0; i < estimable.Length; i++)
            {
                b[i] = fit.Coefficients[estimable[i]];
                for (var j = 0; j < estimable.Length; j++) v[i, j] = fit.Covariance[estimable[i], estimable[j]];
            }
            var (value, rank) = QuadraticForm.Evaluate(v, b);
            return Result(c, SelectionTest.Wald, value, Math.Max(rank, 1));
        }

        private static SelectionTestResult Result(SelectionCandidate c, SelectionTest test, double statistic, int df)
        {
            var p = double.IsNaN(statistic) ? 1.0 : ChiSquareDistribution.UpperTail(Math.Max(statistic, 0.0), df);
            return new SelectionTestResult
            {
                Variable = c.Name,
                Test = test,
                Statistic = double.IsNaN(statistic) ? 0.0 : statistic,
                DegreesOfFreedom = df,
                P = p,
            };
        }
    }
}
