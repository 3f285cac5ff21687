using System.Reflection;
using System.Runtime.CompilerServices;

namespace HccReport.Core.Tests;

public class ImmutabilityTests
{
    /// <summary>Every public property of Core's public types is get-only or init-only: nothing the Analysis layer receives can be changed.</summary>
    [Fact]
    public void Public_types_have_no_public_setters()
    {
        var settable = typeof(Study).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } setter
                            && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToArray();
        Assert.Empty(settable);
    }

    [Fact]
    public void Results_are_sealed_records()
    {
        Type[] results =
        [
            typeof(Cohort.CohortResult), typeof(Cohort.CohortExclusion), typeof(Cohort.CohortGroup), typeof(Cohort.CohortStep),
            typeof(Cohort.CohortStepGroup), typeof(Cohort.DataQualitySummary), typeof(Endpoints.EndpointData), typeof(AnalysisInput),
            typeof(Spec.ReportSpec), typeof(Diagnostics.Diagnostic),
        ];
        Assert.All(results, t => Assert.True(t.IsSealed && t.GetMethod("<Clone>$") is not null, t.Name));
    }
}
