using System.Text;
using FsCheck.Xunit;
using HccReport.Core.Diagnostics;
using HccReport.Core.Expressions;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

/// <summary>
/// Whatever the input, the spec loader, the CSV reader and the expression compiler report problems as diagnostics:
/// no exception other than <see cref="SpecException"/> escapes. Inputs are random bytes and random sequences of
/// tokens that matter to each format (quotes, separators, keys, operators), so the fuzzing reaches deep paths.
/// </summary>
public class PropertyTests
{
    private static readonly string[] CsvTokens =
        ["id", "a", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", " ", "1", "2.5", "-3e2", "NaN", "Inf", "NA", ".", "", "x", "2020-01-31", "true", "é", "1,5", "\u00A0"];

    private static readonly string[] YamlTokens =
        ["title", "data", "path", "id", "cohort", "include", "exclude", "analyses", "kind", "km", "cox", "endpoint", "endpoints", "time",
         "event", "from", "to", "unit", "months", ":", " ", "\n", "  ", "- ", "[", "]", "{", "}", ",", "\"", "'", "#", "&a", "*a", "!", "|", ">",
         "x.csv", "0.95", "confidence_level", "derive", "steps", "split", "when", "expect", "printed", "rounding", "decimals:1", "~", "null", "?", "%"];

    private static readonly string[] ExpressionTokens =
        ["age", "afp", "sex", "start", "flag", "(", ")", "[", "]", ",", "'", "\"", "M", "1", "2.5", "-", "+", "*", "/", "==", "!=", "<", ">=",
         "and", "or", "not", "in", "&&", "||", "!", "missing", "log", "round", "min", "if", "cut", "days_between", "#2020/01/01#", " ", "?", ":", "%", "**", "&"];

    private static string Soup(string[] tokens, int[] picks) =>
        string.Concat((picks ?? []).Take(60).Select(p => tokens[(int)(Math.Abs((long)p) % tokens.Length)]));

    [Property(MaxTest = 300)]
    public void Csv_reader_never_throws_on_random_bytes(byte[] bytes)
    {
        Fixture.TryRead(bytes ?? []);
    }

    [Property(MaxTest = 500)]
    public void Csv_reader_never_throws_on_token_soup(int[] picks)
    {
        var (data, diagnostics) = Fixture.TryRead("id,a\n" + Soup(CsvTokens, picks));
        Assert.True(data is not null || diagnostics.HasErrors);
    }

    [Property(MaxTest = 500)]
    public void Spec_loader_never_throws_on_token_soup(int[] picks)
    {
        try
        {
            SpecLoader.Parse(Soup(YamlTokens, picks), "fuzz.yaml");
        }
        catch (SpecException e)
        {
            Assert.NotEmpty(e.Diagnostics);
            Assert.All(e.Diagnostics, d => Assert.True(d.Location is SpecLocation { Line: >= 1, Column: >= 1 }));
        }
    }

    [Property(MaxTest = 300)]
    public void Spec_loader_never_throws_on_random_text(string text)
    {
        var diagnostics = new DiagnosticBag();
        SpecLoader.TryParse(text ?? "", "fuzz.yaml", diagnostics);
    }

    private static readonly Data.Dataset Data = Fixture.Read("id,age,afp,sex,start,flag\n1,45,500,M,2020-01-01,true\n2,,,F,,false\n3,60,1,,2021-05-01,\n");

    [Property(MaxTest = 1000)]
    public void Expressions_never_throw(int[] picks)
    {
        var text = Soup(ExpressionTokens, picks);
        try
        {
            var compiled = ExpressionCompiler.Compile(Fixture.Expr(text), Data);
            var column = compiled.Evaluate(Data, "x");
            Assert.Equal(Data.RowCount, column.Length);
        }
        catch (SpecException e)
        {
            Assert.NotEmpty(e.Diagnostics);
        }
    }

    [Property(MaxTest = 300)]
    public void Expressions_never_throw_on_random_text(string text)
    {
        var diagnostics = new DiagnosticBag();
        ExpressionCompiler.TryCompile(Fixture.Expr(text ?? ""), Data, diagnostics)?.Evaluate(Data, "x");
    }

    [Property(MaxTest = 200)]
    public void Numbers_round_trip_through_the_reader(double[] values)
    {
        var finite = (values ?? []).Where(double.IsFinite).Take(50).ToArray();
        if (finite.Length == 0)
            return;
        var csv = new StringBuilder("id,x\n");
        for (var i = 0; i < finite.Length; i++)
            csv.Append(i).Append(',').Append(Fixture.Format(finite[i])).Append('\n');
        var column = (Data.NumericColumn)Fixture.Read(csv.ToString())["x"];
        Assert.Equal(finite, column.Values.ToArray());
    }
}
