namespace HccReport.Synthetic.Tests;

/// <summary>
/// The 18 binary rows of the paper's Table 1: how each is read from the CSV (as config/lenvatinib.yaml
/// derives it) and the printed counts in the primary (n = 169) and secondary (n = 362) groups.
/// </summary>
internal static class Table1Rows
{
    public static readonly (string Label, Func<CohortCsv.Row, bool> Yes, int Primary, int Secondary)[] All =
    [
        ("Age>50, years", r => r.Number("age") > 50, 128, 283),
        ("Male sex", r => r["sex"] == "Male", 148, 305),
        ("Diabetes", r => r.Yes("diabetes"), 35, 53),
        ("Hypertension", r => r.Yes("hypertension"), 63, 119),
        ("Smoking", r => r.Yes("smoking"), 75, 138),
        ("Drinking", r => r.Yes("drinking"), 67, 124),
        ("HBV", r => r["hepatitis_virus"] == "HBV", 161, 352),
        ("Vascular invasion", r => r.Yes("vascular_invasion"), 52, 106),
        ("Extrahepatic metastasis", r => r.Yes("extrahepatic_metastasis"), 107, 169),
        ("Portal hypertension", r => r.Yes("portal_hypertension"), 76, 180),
        ("Splenomegaly", r => r.Yes("splenomegaly"), 125, 243),
        ("Cirrhosis", r => r.Yes("cirrhosis"), 130, 287),
        ("AFP>400ng/mL", r => r.Number("afp_ng_ml") > 400, 78, 109),
        ("ALT>40U/L", r => r.Number("alt_u_l") > 40, 52, 113),
        ("AST>40U/L", r => r.Number("ast_u_l") > 40, 84, 167),
        ("Tumor size>5cm", r => r.Number("tumour_size_cm") > 5, 77, 132),
        ("Child, B stage", r => r["child_pugh"] == "B", 48, 100),
        ("BCLC, C stage", r => r["bclc"] == "C", 116, 190),
    ];

    public static TheoryData<string> Labels()
    {
        var data = new TheoryData<string>();
        foreach (var row in All)
            data.Add(row.Label);
        return data;
    }
}
