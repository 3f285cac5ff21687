using System.IO.Compression;
using System.Text;
using HccReport.Core.Data;
using HccReport.Core.Diagnostics;
using HccReport.Core.Spec;

namespace HccReport.Core.Tests;

public class DataReaderTests
{
    /// <summary>CSV, expected code, row (null when not one row's), column (null when not one column's).</summary>
    public static TheoryData<string, string, int?, string?> ProblemTable => new()
    {
        { "", DiagnosticCodes.Data.EmptyFile, null, null },
        { "  \n\n", DiagnosticCodes.Data.EmptyFile, null, null },
        { "id,a\n", DiagnosticCodes.Data.NoRows, 1, null },
        { "id,a,a\n1,2,3\n", DiagnosticCodes.Data.DuplicateColumn, 1, "a" },
        { "id,,b\n1,2,3\n", DiagnosticCodes.Data.UnnamedColumn, 1, null },
        { "id,a\n1,x\n2,y\n1,z\n", DiagnosticCodes.Data.DuplicateId, 4, "id" },
        { "id,a\n1,x\nNA,y\n", DiagnosticCodes.Data.MissingId, 3, "id" },
        { "id,a\n1,2\n2,3,4\n3,5\n", DiagnosticCodes.Data.RaggedRow, 3, null },
        { "id,a\n1,2\n2\n", DiagnosticCodes.Data.RaggedRow, 3, null },
        { "id,a\n1,\"abc\n2,3\n", DiagnosticCodes.Data.UnbalancedQuote, 2, null },
        { "id,a\n1,2\n2,NaN\n", DiagnosticCodes.Data.BadCell, 3, "a" },
        { "id,a\n1,2\n2,-Inf\n3,4\n", DiagnosticCodes.Data.BadCell, 3, "a" },
        { "id,a\n1,Infinity\n2,2\n", DiagnosticCodes.Data.BadCell, 2, "a" },
        { "id;a\n1;1,5\n2;2\n", DiagnosticCodes.Data.BadCell, 2, "a" },
    };

    [Theory]
    [MemberData(nameof(ProblemTable))]
    public void Reports_problem_with_row_and_column(string csv, string code, int? row, string? column)
    {
        var (data, diagnostics) = Fixture.TryRead(csv);
        Assert.Null(data);
        var at = Assert.IsType<DataLocation>(Fixture.Single(diagnostics, code).Location);
        Assert.Equal((row, column, "data.csv"), (at.Row, at.Column, at.File));
    }

    [Fact]
    public void Bad_cell_names_the_row_id()
    {
        var (_, diagnostics) = Fixture.TryRead("id,afp\nP001,12\nP002,abc\n", Fixture.DataSpec(types: [Typed("afp", ColumnType.Number)]));
        var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Data.BadCell);
        Assert.Equal(new DataLocation("data.csv", 3, "P002", "afp"), diagnostic.Location);
        Assert.Equal("data.csv(row 3, id P002, column afp): error Data.BadCell: 'abc' is not a number. "
            + "write a number, or NA where the value is missing (or add 'abc' to data.missing).", diagnostic.Format());
    }

    [Fact]
    public void Invalid_utf8_names_byte_offset_and_row()
    {
        var bytes = Encoding.UTF8.GetBytes("id,a\n1,caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var (_, diagnostics) = Fixture.TryRead(bytes);
        var at = Assert.IsType<DataLocation>(Fixture.Single(diagnostics, DiagnosticCodes.Data.InvalidEncoding).Location);
        Assert.Equal((2, 10L), (at.Row, at.ByteOffset));
    }

    [Fact]
    public void Reads_utf8_with_bom_and_quoted_fields()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("id,name,note\n1,\"Müller, A\",\"said \"\"hi\"\"\"\n2,Ωmega, x \n")).ToArray();
        var (data, diagnostics) = Fixture.TryRead(bytes);
        Assert.False(diagnostics.HasErrors);
        Assert.Equal(["id", "name", "note"], data!.Columns.Select(c => c.Name));
        var names = (CategoricalColumn)data["name"];
        Assert.Equal(["Müller, A", "Ωmega"], [names[0]!, names[1]!]);
        Assert.Equal("said \"hi\"", ((CategoricalColumn)data["note"])[0]);
        Assert.Equal("x", ((CategoricalColumn)data["note"])[1]);
    }

    [Theory]
    [InlineData("id;a;b\n1;2;x\n2;3.5;y\n")]
    [InlineData("id\ta\tb\n1\t2\tx\n2\t3.5\ty\n")]
    [InlineData("id,a,b\n1,2,x\n2,3.5,y\n")]
    public void Detects_the_separator(string csv)
    {
        var data = Fixture.Read(csv);
        Assert.Equal([2.0, 3.5], ((NumericColumn)data["a"]).Values.ToArray());
        Assert.Equal(ColumnKind.Categorical, data["b"].Kind);
    }

    [Fact]
    public void Separator_set_in_the_spec_wins()
    {
        var data = Fixture.Read("id;a,b\n1;x,y\n", Fixture.DataSpec(separator: ';'));
        Assert.Equal("x,y", ((CategoricalColumn)data["a,b"])[0]);
    }

    [Fact]
    public void Infers_column_types()
    {
        var data = Fixture.Read("id,n,d,b,t,e\n1,1.5,2020-01-31,TRUE,x,\n2,-2e3,2021-12-01,false,NA,NA\n3,.,2020-02-29,True,y,.\n");
        Assert.Equal([ColumnKind.Number, ColumnKind.Number, ColumnKind.Date, ColumnKind.Boolean, ColumnKind.Categorical, ColumnKind.Number],
            data.Columns.Select(c => c.Kind));
        var n = (NumericColumn)data["n"];
        Assert.Equal((1.5, -2000.0, true), (n[0], n[1], n.IsMissing(2)));
        Assert.Equal(new DateOnly(2020, 2, 29), ((DateColumn)data["d"])[2]);
        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(i => ((BooleanColumn)data["b"])[i]!.Value));
        Assert.True(data["t"].IsMissing(1));
        Assert.Equal(3, data["e"].CountMissing([0, 1, 2]));
    }

    [Fact]
    public void Zero_one_columns_stay_numeric_and_binary()
    {
        var data = Fixture.Read("id,dead,stage\n1,0,1\n2,1,2\n3,,3\n");
        Assert.Equal((ColumnKind.Number, true), (data["dead"].Kind, data["dead"].IsBinary));
        Assert.False(data["stage"].IsBinary);
    }

    [Fact]
    public void Levels_sort_numbers_by_value_then_text()
    {
        var data = Fixture.Read("id,stage\n1,10\n2,2\n3,IIIb\n4,1\n5,IIIa\n6,2\n", Fixture.DataSpec(types: [Typed("stage", ColumnType.Categorical)]));
        var stage = (CategoricalColumn)data["stage"];
        Assert.Equal(["1", "2", "10", "IIIa", "IIIb"], stage.Levels);
        Assert.Equal("1", stage.Reference);
        Assert.Equal([1, 2, 1, 1, 1], stage.CountLevels(Enumerable.Range(0, 6)));
    }

    [Fact]
    public void Labels_set_level_order_and_map_values()
    {
        var labels = new ColumnLabelsSpec(new SpecName("sex", Fixture.SpecAt), [new ValueLabel("2", "Female"), new ValueLabel("1", "Male")]);
        var data = Fixture.Read("id,sex\n1,1\n2,2\n3,1.0\n4,\n", Fixture.DataSpec(labels: [labels]));
        var sex = (CategoricalColumn)data["sex"];
        Assert.Equal(["Female", "Male"], sex.Levels);
        Assert.Equal(["Male", "Female", "Male", null], Enumerable.Range(0, 4).Select(i => sex[i]));
    }

    [Fact]
    public void Unlabelled_value_is_an_error_naming_the_row()
    {
        var labels = new ColumnLabelsSpec(new SpecName("sex", Fixture.SpecAt), [new ValueLabel("1", "Male"), new ValueLabel("2", "Female")]);
        var (_, diagnostics) = Fixture.TryRead("id,sex\nA,1\nB,3\n", Fixture.DataSpec(labels: [labels]));
        Assert.Equal(new DataLocation("data.csv", 3, "B", "sex"), Fixture.Single(diagnostics, DiagnosticCodes.Data.UnlabelledValue).Location);
    }

    [Fact]
    public void Dates_in_the_given_format_and_iso()
    {
        var data = Fixture.Read("id,start\n1,2020/03/15\n2,2020-03-16\n", Fixture.DataSpec(dateFormat: "yyyy/MM/dd"));
        var start = (DateColumn)data["start"];
        Assert.Equal([new DateOnly(2020, 3, 15), new DateOnly(2020, 3, 16)], [start[0]!.Value, start[1]!.Value]);
    }

    [Fact]
    public void Bad_date_in_a_date_column_is_an_error()
    {
        var (_, diagnostics) = Fixture.TryRead("id,start\n1,2020-01-01\n2,2020-13-01\n", Fixture.DataSpec(types: [Typed("start", ColumnType.Date)]));
        Assert.Equal(new DataLocation("data.csv", 3, "2", "start"), Fixture.Single(diagnostics, DiagnosticCodes.Data.BadCell).Location);
    }

    [Fact]
    public void On_bad_cell_missing_counts_the_cells()
    {
        var spec = Fixture.DataSpec(onBadCell: BadCellPolicy.Missing, types: [Typed("afp", ColumnType.Number)]);
        var data = Fixture.Read("id,afp\n1,12\n2,NaN\n3,>1000\n4,NA\n5,Inf\n", spec);
        var afp = (NumericColumn)data["afp"];
        Assert.Equal(12, afp[0]);
        Assert.Equal(4, afp.CountMissing(Enumerable.Range(0, 5)));
        Assert.Equal([new ColumnCoercion("afp", 2, "NaN/Inf in a number column"), new ColumnCoercion("afp", 1, "text in a number column")], data.Coercions);
    }

    [Fact]
    public void Many_bad_cells_are_summed_up_after_the_first_twenty()
    {
        var csv = "id,x\n" + string.Concat(Enumerable.Range(0, 30).Select(i => $"{i},NaN\n")) + "31,1\n";
        var (_, diagnostics) = Fixture.TryRead(csv);
        Assert.Equal(21, diagnostics.Items.Count(d => d.Code == DiagnosticCodes.Data.BadCell));
        Assert.Contains("10 more cells", diagnostics.Items[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_whose_texts_rarely_repeat_are_typed_alike()
    {
        // Past 4096 rows a column of mostly distinct texts is kept per row instead of interned; typing must not change.
        var csv = new System.Text.StringBuilder("id,note,x,bad\n");
        for (var i = 0; i < 6000; i++)
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"P{i},{(i % 1000 == 0 ? "same" : "n" + i)},{i * 0.5},{(i == 5000 ? "NaN" : i.ToString(System.Globalization.CultureInfo.InvariantCulture))}\n");
        var (data, diagnostics) = Fixture.TryRead(csv.ToString());
        Assert.Null(data);
        Assert.Equal(new DataLocation("data.csv", 5002, "P5000", "bad"), Assert.Single(diagnostics.Items).Location);

        data = Fixture.Read(csv.ToString().Replace(",NaN\n", ",1\n", StringComparison.Ordinal));
        var ids = (CategoricalColumn)data["id"];
        Assert.Equal(("P0", "P5999", 6000), (ids.Levels[0], ids.Levels[^1], ids.Levels.Count));
        var note = (CategoricalColumn)data["note"];
        Assert.Equal(6000 - 6 + 1, note.Levels.Count);
        Assert.Equal(6, note.CountLevels(Enumerable.Range(0, 6000))[note.IndexOf("same")]);
        Assert.Equal(2999.5, ((NumericColumn)data["x"])[5999]);
        Assert.Equal("P4999", data.RowId(4999));
    }

    [Fact]
    public void Without_an_id_rows_are_named_by_row_number()
    {
        var data = Fixture.Read("a\n1\n\n2\n", Fixture.DataSpec(id: null));
        Assert.Equal(("2", "4"), (data.RowId(0), data.RowId(1)));
    }

    [Fact]
    public void Missing_id_column_is_a_spec_positioned_error()
    {
        var (_, diagnostics) = Fixture.TryRead("pid,a\n1,2\n", Fixture.DataSpec(id: "patient_id"));
        var diagnostic = Fixture.Single(diagnostics, DiagnosticCodes.Data.MissingColumn);
        Assert.Equal(new SpecLocation("spec.yaml", 4, 7), diagnostic.Location);
    }

    [Fact]
    public void Types_and_labels_of_absent_columns_are_spec_positioned_errors()
    {
        var spec = Fixture.DataSpec(types: [new ColumnTypeSpec(new SpecName("afpp", new SpecLocation("spec.yaml", 6, 14)), ColumnType.Number)],
            labels: [new ColumnLabelsSpec(new SpecName("sexx", new SpecLocation("spec.yaml", 8, 5)), [new ValueLabel("1", "Male")])]);
        var (_, diagnostics) = Fixture.TryRead("id,afp,sex\n1,2,1\n", spec);
        Assert.Equal(
            [(DiagnosticCodes.Data.MissingColumn, (SourceLocation)new SpecLocation("spec.yaml", 6, 14), "did you mean 'afp'?"),
             (DiagnosticCodes.Data.MissingColumn, new SpecLocation("spec.yaml", 8, 5), "did you mean 'sex'?")],
            diagnostics.Items.Select(d => (d.Code, d.Location!, d.Suggestion!)));
    }

    [Fact]
    public void Reads_an_xlsx_sheet_with_dates_and_numbers()
    {
        using var folder = new SpecFolder();
        var path = Path.Combine(folder.Path, "cohort.xlsx");
        WriteWorkbook(path);
        var spec = Fixture.DataSpec() with { Path = path, PathAsWritten = "cohort.xlsx", Sheet = "Patients" };
        var data = DataReader.Read(spec);
        Assert.Equal(["P1", "P2"], [data.RowId(0), data.RowId(1)]);
        Assert.Equal(new DateOnly(2020, 1, 1), ((DateColumn)data["start"])[0]);
        Assert.Equal([1.5, 400.0], ((NumericColumn)data["afp"]).Values.ToArray());
        Assert.True(data["start"].IsMissing(1));

        var wrongSheet = spec with { Sheet = "Patient" };
        var diagnostics = new DiagnosticBag();
        Assert.Null(DataReader.TryRead(wrongSheet, diagnostics));
        Assert.Contains("'Patients'", Fixture.Single(diagnostics, DiagnosticCodes.Data.UnknownSheet).Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_workbook_is_a_diagnostic()
    {
        using var folder = new SpecFolder();
        var path = folder.Write("broken.xlsx", "this is not a zip file");
        var diagnostics = new DiagnosticBag();
        Assert.Null(DataReader.TryRead(Fixture.DataSpec() with { Path = path, PathAsWritten = "broken.xlsx" }, diagnostics));
        Assert.Equal(DiagnosticCodes.Data.Unreadable, Assert.Single(diagnostics.Items).Code);
    }

    [Fact]
    public void Missing_data_file_and_unknown_format_are_diagnostics()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(DataReader.TryRead(Fixture.DataSpec() with { Path = "/no/such/file.csv" }, diagnostics));
        Assert.Null(DataReader.TryRead(Fixture.DataSpec() with { Path = "/no/such/file.sav" }, diagnostics));
        Assert.Equal([DiagnosticCodes.Data.FileNotFound, DiagnosticCodes.Data.UnsupportedFormat], diagnostics.Items.Select(d => d.Code));
    }

    private static ColumnTypeSpec Typed(string column, ColumnType type) => new(new SpecName(column, Fixture.SpecAt), type);

    /// <summary>A minimal xlsx: one sheet "Patients" with ids, a date cell (serial 43831 = 2020-01-01, date style) and numbers.</summary>
    private static void WriteWorkbook(string path)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        const string Pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""",
            ["_rels/.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Pkg}"><Relationship Id="rId1" Type="{Rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
            ["xl/workbook.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets><sheet name="Patients" sheetId="1" r:id="rId1"/></sheets></workbook>""",
            ["xl/_rels/workbook.xml.rels"] = $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Pkg}"><Relationship Id="rId1" Type="{Rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Rel}/styles" Target="styles.xml"/></Relationships>""",
            ["xl/styles.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>""",
            ["xl/worksheets/sheet1.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>start</t></is></c><c r="C1" t="inlineStr"><is><t>afp</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>P1</t></is></c><c r="B2" s="1"><v>43831</v></c><c r="C2"><v>1.5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>P2</t></is></c><c r="C3"><v>400</v></c></row></sheetData></worksheet>""",
        };
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in parts)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
    }
}
