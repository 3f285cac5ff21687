using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace HccReport.Core.Tests.Properties;

/// <summary>
/// A random cohort: up to 30 rows of two small numeric columns and a group column, each with missing values, and up
/// to three inclusion criteria, three exclusion reasons and a flow step drawn from conditions that mix comparisons,
/// arithmetic and missing().
/// </summary>
public sealed record CohortCase(string Csv, string[] Include, string[] Exclude, bool Groups, string? Step)
{
    private static readonly Gen<string> Cell = Gen.Frequency((4, Gen.Choose(0, 3).Select(v => v.ToString(CultureInfo.InvariantCulture))), (1, Gen.Constant("")));

    private static readonly Gen<string> Condition =
        from template in Gen.Elements("a == {0}", "a >= {0}", "b < {0}", "missing(a)", "not missing(b)", "a != b", "a + b > {0}",
            "grp == 'X'", "b == {0} or missing(a)", "not (a < {0} and b < {0})")
        from k in Gen.Choose(0, 3)
        select string.Format(CultureInfo.InvariantCulture, template, k);

    public static Gen<CohortCase> Generator { get; } =
        from n in Gen.Choose(1, 30)
        from a in Gen.ArrayOf(Cell, n)
        from b in Gen.ArrayOf(Cell, n)
        from grp in Gen.ArrayOf(Gen.Elements("X", "Y", "Y", ""), n)
        from include in Gen.Choose(0, 3).SelectMany(k => Gen.ArrayOf(Condition, k))
        from exclude in Gen.Choose(0, 3).SelectMany(k => Gen.ArrayOf(Condition, k))
        from groups in Gen.Elements(true, false)
        from step in Gen.OneOf(Condition.Select(c => (string?)c), Gen.Constant((string?)null))
        select new CohortCase(Table(a, b, grp), include, exclude, groups, step);

    /// <summary>The first row has every value, so each column keeps its type whatever else is missing.</summary>
    private static string Table(string[] a, string[] b, string[] grp)
    {
        var csv = new StringBuilder("id,a,b,grp\n");
        for (var i = 0; i < a.Length; i++)
        {
            csv.Append(i + 1).Append(',')
                .Append(i == 0 ? "1" : a[i]).Append(',')
                .Append(i == 0 ? "2" : b[i]).Append(',')
                .Append(i == 0 ? "X" : grp[i]).Append('\n');
        }
        return csv.ToString();
    }

    public override string ToString() =>
        $"include [{string.Join("; ", Include)}], exclude [{string.Join("; ", Exclude)}], groups {Groups}, step {Step}\n{Csv}";
}
