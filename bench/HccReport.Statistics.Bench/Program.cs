using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(HccReport.Statistics.Bench.LogisticRegressionBenchmark).Assembly).Run(args);
