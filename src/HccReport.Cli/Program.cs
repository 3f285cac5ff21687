using HccReport.Cli;

return HccReportApp.Run(args, Console.Out, Console.Error);
