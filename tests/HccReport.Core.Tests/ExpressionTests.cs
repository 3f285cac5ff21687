using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;

namespace HccReport.Core.Tests;

public class ExpressionTests
{
    // Row 1 has everything; row 2 misses afp; row 3 misses age, end and grp.
    private static readonly Dataset Data = Fixture.Read(
        "id,age,afp,sex,start,end,status,grp,flag\n" +
        "1,45,500,M,2020-01-01,2020-07-01,1,A,true\n" +
        "2,60,,F,2020-02-01,2021-02-01,0,B,false\n" +
        "3,,100,M,2020-03-01,,1,,\n");

    private static Column Eval(string text) => ExpressionCompiler.Compile(Fixture.Expr(text), Data).Evaluate(Data, "x");

    private static bool?[] Flags(string text)
    {
        var column = Assert.IsType<BooleanColumn>(Eval(text));
        return Enumerable.Range(0, column.Length).Select(i => column[i]).ToArray();
    }

    private static double?[] Numbers(string text)
    {
        var column = Assert.IsType<NumericColumn>(Eval(text));
        return Enumerable.Range(0, column.Length).Select(i => column.IsMissing(i) ? (double?)null : column[i]).ToArray();
    }

    private static string?[] Labels(string text)
    {
        var column = Assert.IsType<CategoricalColumn>(Eval(text));
        return Enumerable.Range(0, column.Length).Select(i => column[i]).ToArray();
    }

    [Theory]
    [InlineData("afp > 400", new[] { "T", "NA", "F" })]
    [InlineData("afp >= 500 && age < 50", new[] { "T", "F", "F" })]
    [InlineData("afp >= 500 && age > 50", new[] { "F", "NA", "F" })]
    [InlineData("age > 50 and afp > 400", new[] { "F", "NA", "F" })]
    [InlineData("age > 50 or afp > 400", new[] { "T", "T", "NA" })]
    [InlineData("age > 50 || afp > 400", new[] { "T", "T", "NA" })]
    [InlineData("not (afp > 400)", new[] { "F", "NA", "T" })]
    [InlineData("!(afp > 400)", new[] { "F", "NA", "T" })]
    [InlineData("missing(afp)", new[] { "F", "T", "F" })]
    [InlineData("not missing(end)", new[] { "T", "T", "F" })]
    [InlineData("missing(grp) or grp == 'A'", new[] { "T", "F", "T" })]
    [InlineData("sex == 'M'", new[] { "T", "F", "T" })]
    [InlineData("sex != \"M\"", new[] { "F", "T", "F" })]
    [InlineData("grp == 'B'", new[] { "F", "T", "NA" })]
    [InlineData("grp in ('A', 'B')", new[] { "T", "T", "NA" })]
    [InlineData("sex in ['F']", new[] { "F", "T", "F" })]
    [InlineData("age not in (45, 46)", new[] { "F", "T", "NA" })]
    [InlineData("start < '2020-02-15'", new[] { "T", "T", "F" })]
    [InlineData("end >= #2021/01/01#", new[] { "F", "T", "NA" })]
    [InlineData("flag == true", new[] { "T", "F", "NA" })]
    [InlineData("flag == 1", new[] { "T", "F", "NA" })]
    [InlineData("status == 1", new[] { "T", "F", "T" })]
    [InlineData("if(age > 50, afp > 0, flag)", new[] { "T", "NA", "NA" })]
    public void Conditions_propagate_missing(string expression, string[] expected)
    {
        Assert.Equal(expected.Select(e => e == "NA" ? (bool?)null : e == "T"), Flags(expression));
    }

    [Fact]
    public void Arithmetic_and_functions()
    {
        Assert.Equal([46.0, 61, null], Numbers("age + 1"));
        Assert.Equal([-45.0, -60, null], Numbers("-age"));
        Assert.Equal([500.0 / 45, null, null], Numbers("afp / age"));
        Assert.Equal([null, null, null], Numbers("afp / 0"));
        Assert.Equal([Math.Log(45), Math.Log(60), null], Numbers("log(age)"));
        Assert.Equal([null, null, null], Numbers("log(status - 1)"));
        Assert.Equal([Math.Sqrt(500), null, 10], Numbers("sqrt(afp)"));
        Assert.Equal([Math.Exp(1), 1, Math.Exp(1)], Numbers("exp(status)"));
        Assert.Equal([45.0, 60, null], Numbers("abs(-age)"));
        Assert.Equal([45.0, null, null], Numbers("min(age, afp)"));
        Assert.Equal([500.0, null, null], Numbers("max(age, afp, 3)"));
        Assert.Equal([166.67, null, 33.33], Numbers("round(afp / 3, 2)"));
        Assert.Equal([2.0, 2, 2], Numbers("round(2.5)"));
        Assert.Equal([4.0, 4, 4], Numbers("round(3.5)"));
        Assert.Equal([1.0, 0, null], Numbers("if(age < 50, 1, 0)"));
    }

    [Fact]
    public void Date_differences_in_days_months_and_years()
    {
        // 2020-01-01 to 2020-07-01 is 182 days; 2020-02-01 to 2021-02-01 is 366 days (2020 is a leap year).
        Assert.Equal([182.0, 366, null], Numbers("days_between(start, end)"));
        Assert.Equal([182 / 30.4375, 366 / 30.4375, null], Numbers("months_between(start, end)"));
        Assert.Equal([182 / 365.25, 366 / 365.25, null], Numbers("years_between(start, end)"));
        Assert.Equal([182.0, 366, null], Numbers("end - start"));
        var shifted = Assert.IsType<DateColumn>(Eval("start + 31"));
        Assert.Equal(new DateOnly(2020, 2, 1), shifted[0]);
    }

    [Fact]
    public void Cut_gives_labels_in_order()
    {
        var column = Assert.IsType<CategoricalColumn>(Eval("cut(age, [50], [\"<=50\", \">50\"])"));
        Assert.Equal(["<=50", ">50"], column.Levels);
        Assert.Equal(new string?[] { "<=50", ">50", null }, Labels("cut(age, [50], [\"<=50\", \">50\"])"));
        Assert.Equal(new string?[] { "a", "c", null }, Labels("cut(age, (45, 55), ('a', 'b', 'c'))"));
        Assert.Equal(new string?[] { "young", "old", null }, Labels("if(age > 50, 'old', 'young')"));
    }

    [Fact]
    public void Derived_boolean_is_binary_and_string_is_categorical()
    {
        Assert.True(Eval("afp > 400").IsBinary);
        Assert.Equal(ColumnKind.Categorical, Eval("if(flag, 'yes', 'no')").Kind);
    }

    [Fact]
    public void Condition_treats_missing_as_false()
    {
        var condition = ExpressionCompiler.Compile(Fixture.Expr("afp > 400"), Data);
        Assert.Equal([true, false, false], condition.EvaluateCondition(Data));
    }

    /// <summary>Expression, expected code, column offset of the problem inside the expression, suggested name (or null).</summary>
    public static TheoryData<string, string, int, string?> ProblemTable => new()
    {
        { "agee > 50", DiagnosticCodes.Expr.UnknownColumn, 0, "age" },
        { "afp > 400 and Age > 50", DiagnosticCodes.Expr.UnknownColumn, 14, "age" },
        { "lg(afp) > 1", DiagnosticCodes.Expr.UnknownFunction, 0, "log" },
        { "age > 50 and mising(afp)", DiagnosticCodes.Expr.UnknownFunction, 13, "missing" },
        { "log(age, 2)", DiagnosticCodes.Expr.ArgumentCount, 0, null },
        { "sex == 'Male'", DiagnosticCodes.Expr.UnknownLevel, 0, null },
        { "sex == 'm'", DiagnosticCodes.Expr.UnknownLevel, 0, "M" },
        { "sex == 1", DiagnosticCodes.Expr.TypeMismatch, 0, null },
        { "sex in ('M', 'X')", DiagnosticCodes.Expr.UnknownLevel, 0, null },
        { "sex > 'A'", DiagnosticCodes.Expr.TypeMismatch, 0, null },
        { "age and flag", DiagnosticCodes.Expr.TypeMismatch, 0, null },
        { "start < '31.12.2020'", DiagnosticCodes.Expr.TypeMismatch, 0, null },
        { "age & 1", DiagnosticCodes.Expr.UnsupportedOperator, 0, null },
        { "cut(age, [60, 50], ['a', 'b', 'c'])", DiagnosticCodes.Expr.InvalidArgument, 0, null },
        { "cut(age, [50], ['a'])", DiagnosticCodes.Expr.InvalidArgument, 0, null },
        { "if(age, 1, 2)", DiagnosticCodes.Expr.TypeMismatch, 0, null },
        { "age >", DiagnosticCodes.Expr.Syntax, -1, null },
        { "(age > 1", DiagnosticCodes.Expr.Syntax, -1, null },
        { "", DiagnosticCodes.Expr.Syntax, 0, null },
    };

    [Theory]
    [MemberData(nameof(ProblemTable))]
    public void Reports_problem_at_its_place_in_the_spec(string expression, string code, int offset, string? suggestion)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(ExpressionCompiler.TryCompile(Fixture.Expr(expression), Data, diagnostics));
        var diagnostic = Fixture.Single(diagnostics, code);
        var at = Assert.IsType<SpecLocation>(diagnostic.Location);
        Assert.Equal(3, at.Line);
        if (offset >= 0)
            Assert.Equal(10 + offset, at.Column);
        else
            Assert.InRange(at.Column, 10, 10 + expression.Length);
        if (suggestion is not null)
            Assert.Contains($"'{suggestion}'", diagnostic.Suggestion ?? "", StringComparison.Ordinal);
        Assert.Single(diagnostics.Items);
    }

    [Fact]
    public void A_number_is_not_a_condition()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(ExpressionCompiler.TryCompileCondition(Fixture.Expr("status"), Data, diagnostics));
        Assert.Equal(DiagnosticCodes.Expr.NotCondition, Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Column_names_with_spaces_go_in_brackets()
    {
        var data = Fixture.Read("id,tumour size\n1,6\n2,3\n");
        var column = ExpressionCompiler.Compile(Fixture.Expr("[tumour size] > 5"), data).Evaluate(data, "big");
        Assert.Equal([true, false], [((BooleanColumn)column)[0]!.Value, ((BooleanColumn)column)[1]!.Value]);
    }

    [Fact]
    public void Evaluates_a_million_rows()
    {
        // Not timed: this proves the column-wise evaluator handles the size (the timing is reported by hand).
        const int N = 1_000_000;
        var values = new double[N];
        for (var i = 0; i < N; i++)
            values[i] = i % 7 == 0 ? double.NaN : i;
        var data = new Dataset("big.csv", [new NumericColumn("x", values)], Enumerable.Range(0, N).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            new int[N]);
        var result = (BooleanColumn)ExpressionCompiler.Compile(Fixture.Expr("x > 10 and not missing(x)"), data).Evaluate(data, "y");
        Assert.Equal(N - 11 - (N / 7 + 1) + 2, Enumerable.Range(0, N).Count(i => result[i] == true));
    }
}
